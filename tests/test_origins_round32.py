"""Where movements come from (round 32).

- "from its garrison in X", "from its branches in X", "from a prison in X": the noun of where
  a force, a body's staff or people held are kept names no place; the place after it is the origin;
- "reinforced X with fighters brought from Y", "... with men from Y": what a place is reinforced
  with set out from Y;
- "This town was the launchpad for an assault on Y": a demonstrative base or town with no list
  before it is the last such place named;
- "clashes in X forced them to return to Y": a move an event at a place forced sets out from there.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2022-06-01"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


def _origin_to(text: str, dest: str | None) -> str | None:
    """The origin of the (only) movement of ``text`` that reaches ``dest``."""
    found = [origin for _kind, _actor, origin, to in _quads(text) if to == dest]
    assert len(found) == 1, _quads(text)
    return found[0]


# ------------------------------------------------------- the noun of a force's or body's base


@pytest.mark.parametrize(
    ("text", "dest", "origin"),
    [
        ("The army moved two battalions from its garrison in Sabha to Ubari on Tuesday.", "Ubari", "Sabha"),
        (
            "The Libyan Red Crescent has moved 80 volunteers from its branches in Tobruk and Al Bayda into Derna.",
            "Derna",
            "Tobruk",
        ),
        (
            "The interior ministry transferred 120 detainees from a prison in Misrata to Tripoli.",
            "Tripoli",
            "Misrata",
        ),
        ("The army sent troops from its garrison in Sabha to Ubari.", "Ubari", "Sabha"),
    ],
)
def test_base_noun_before_a_place_gives_the_origin(text: str, dest: str, origin: str) -> None:
    assert _origin_to(text, dest) == origin


def test_base_noun_with_no_place_gives_no_origin() -> None:
    assert _origin_to("The army moved two battalions from its garrison to Ubari on Tuesday.", "Ubari") is None


# ------------------------------------------------------------- what a place is reinforced with


@pytest.mark.parametrize(
    ("text", "dest", "origin"),
    [
        (
            "The LNA has reinforced Sirte with fighters and heavy weapons brought from Benghazi.",
            "Sirte",
            "Benghazi",
        ),
        ("The LNA reinforced Jufra with tanks transferred from Benghazi on Sunday.", "Jufra", "Benghazi"),
        ("The LNA has reinforced Sirte with fighters from Benghazi.", "Sirte", "Benghazi"),
    ],
)
def test_what_a_place_is_reinforced_with_came_from_its_origin(text: str, dest: str, origin: str) -> None:
    assert _origin_to(text, dest) == origin


def test_sending_participle_on_the_things_sent() -> None:
    assert ("deploy", "Turkey", "Izmir", None) in _quads(
        "Turkey sent Tripoli armoured vehicles shipped from Izmir."
    )


def test_recruited_from_is_no_origin() -> None:
    """ "drawn from X" tells where fighters were recruited, not where they set out."""
    assert _origin_to("The LNA has reinforced Sirte with fighters drawn from Benghazi.", "Sirte") is None


# --------------------------------------------------- a launching point told with a demonstrative


@pytest.mark.parametrize(
    ("text", "dest", "origin"),
    [
        (
            "The Third Force kept its heavy guns at Brak al-Shati air base. "
            "These bases were the launchpad for an assault by the Third Force on Sabha.",
            "Sabha",
            "Brak al-Shati air base",
        ),
        (
            "The Halbous Brigade parked its tanks at al-Watiya air base for a month. "
            "These bases were the launchpad for an assault by the Halbous Brigade on Zintan.",
            "Zintan",
            "al-Watiya air base",
        ),
        (
            "The Halbous Brigade gathered in Ubari. "
            "This town was the launchpad for an assault by the Halbous Brigade on Murzuq last year.",
            "Murzuq",
            "Ubari",
        ),
    ],
)
def test_demonstrative_launch_point_is_the_last_place_of_its_sort(text: str, dest: str, origin: str) -> None:
    assert _origin_to(text, dest) == origin


def test_launch_point_that_is_no_place_noun_gives_no_origin() -> None:
    text = (
        "The Halbous Brigade gathered in Ubari. "
        "This farm was the launchpad for an assault by the Halbous Brigade on Murzuq."
    )
    assert _origin_to(text, "Murzuq") is None


# ----------------------------------------------------- a move forced by an event at a place


@pytest.mark.parametrize(
    ("text", "dest", "origin"),
    [
        ("Heavy clashes in Zliten forced the Halbous Brigade to return to Misrata.", "Misrata", "Zliten"),
        ("Renewed clashes in Murzuq forced the Tebu fighters to withdraw to Qatrun.", "Qatrun", "Murzuq"),
        ("Fighting near Gharyan forced LNA units to turn back to Tarhuna.", "Tarhuna", "Gharyan"),
        ("The shelling of Ain Zara forced the families to go back to Tajoura.", "Tajoura", "Ain Zara"),
        (
            "The Halbous Brigade met heavy fire in Zliten, which forced it to return to Misrata.",
            "Misrata",
            "Zliten",
        ),
    ],
)
def test_event_at_a_place_that_forced_the_move_gives_the_origin(text: str, dest: str, origin: str) -> None:
    assert _origin_to(text, dest) == origin


def test_forcing_by_an_actor_gives_no_origin() -> None:
    assert _origin_to("The government forced the Halbous Brigade to return to Misrata.", "Misrata") is None


# ---------------------------------------------- a withdrawal to unnamed ground outside a place


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Hundreds of families have fled to farms outside Zawiya.", "Zawiya"),
        ("The fighters pulled back to positions outside Gharyan.", "Gharyan"),
        ("Thousands of residents fled to camps outside Derna, the residents said.", "Derna"),
        ("Dozens of families fled to olive farms outside Gharyan as the shelling grew heavier.", "Gharyan"),
    ],
)
def test_withdrawal_to_ground_outside_a_place_left_it(text: str, origin: str) -> None:
    assert _origin_to(text, None) == origin


def test_advance_to_ground_outside_a_place_has_no_origin() -> None:
    assert _origin_to("GNA units advanced to positions outside Tarhuna.", None) is None


# ------------------------------------------------------------ guards leave the place they keep


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("The guards of the Tajoura detention centre abandoned their posts.", "Tajoura detention centre"),
        ("The guards of the Tajoura detention centre fled.", "Tajoura detention centre"),
        ("The guards at Mitiga airport abandoned their posts on Sunday.", "Mitiga International Airport"),
    ],
)
def test_guards_leave_the_place_they_keep(text: str, origin: str) -> None:
    assert _origin_to(text, None) == origin


def test_guards_who_travel_keep_no_origin() -> None:
    """Only a withdrawal leaves the guarded place; a trip of the guards is told as it is."""
    assert _origin_to("The guards of the Tajoura detention centre moved to Zintan.", "Zintan") is None


# -------------------------------------------------------- a mover told to be in a town sets out


@pytest.mark.parametrize(
    ("text", "dest", "origin"),
    [
        (
            "The Government of National Unity in Tripoli flew 20 tonnes of tents and blankets to Benghazi.",
            "Benghazi",
            "Tripoli",
        ),
        ("Militias in Zawiya moved toward Tripoli on Friday.", "Tripoli", "Zawiya"),
        ("LNA units in Sirte advanced on Abu Grein.", None, "Sirte"),
    ],
)
def test_the_town_a_mover_is_in_is_its_origin(text: str, dest: str | None, origin: str) -> None:
    assert _origin_to(text, dest) == origin


def test_a_country_a_mover_is_in_is_no_origin() -> None:
    assert _origin_to("Turkish troops in Libya moved to Sirte.", "Sirte") is None


# ---------------------------------------------------- a halt on the way starts the last leg


@pytest.mark.parametrize(
    ("text", "dest", "origin"),
    [
        (
            "Russia had flown at least ten jets to al-Jufra air base last month, stopping in Syria, "
            "where they were repainted.",
            "al-Jufra air base",
            "Syria",
        ),
        ("Stephanie Williams flew to Benghazi on Monday, stopping in Malta on the way.", "Benghazi", "Malta"),
        ("Turkey flew two cargo planes to Misrata, stopping over in Tunisia.", "Misrata", "Tunisia"),
    ],
)
def test_a_stopover_is_where_the_last_leg_set_out(text: str, dest: str, origin: str) -> None:
    assert _origin_to(text, dest) == origin


def test_a_stated_origin_outranks_a_stopover() -> None:
    assert (
        _origin_to("Stephanie Williams flew from Rome to Benghazi, stopping in Malta.", "Benghazi") == "Rome"
    )


# ---------------------------------------------------- a journey told beside the arrival


@pytest.mark.parametrize(
    ("text", "dest", "origin"),
    [
        (
            "Most of the Sudanese refugees reached Kufra after a journey of a week through the desert from Darfur.",
            "Kufra",
            "Darfur",
        ),
        ("Fayez al-Serraj arrived in Rome on Monday after a flight from Tripoli.", "Rome", "Tripoli"),
        (
            "After a three-day drive from Benghazi, the Libya Shield convoy reached Kufra.",
            "Kufra",
            "Benghazi",
        ),
    ],
)
def test_a_journey_from_a_place_beside_the_arrival(text: str, dest: str, origin: str) -> None:
    assert _origin_to(text, dest) == origin


@pytest.mark.parametrize(
    "text",
    [
        "The Libya Shield convoy reached Kufra after a long drive.",
        "Fayez al-Serraj arrived in Rome on Monday after talks with Egypt.",
    ],
)
def test_no_journey_from_a_place_gives_no_origin(text: str) -> None:
    assert [origin for _kind, _actor, origin, _dest in _quads(text)] == [None]
