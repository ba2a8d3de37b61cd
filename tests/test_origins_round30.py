"""Where movements come from (round 30): a withdrawal that names only where it went, in a
story about one town the fighting reached, left that town.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import MovementRecord, movement_records
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import MovementKind, Parser
from libya_events.extraction._mentions import Hit
from libya_events.extraction._storytown import TownTally, dominant_town
from libya_events.gazetteer import Gazetteer

PARSER = Parser()
PUBLISHED = "2022-06-01"
GAZ = Gazetteer.default()


def _records(text: str) -> list[MovementRecord]:
    return movement_records(PARSER, text, PUBLISHED)


def _withdrawals(text: str) -> list[tuple[str | None, str | None]]:
    """(destination, origin) of each withdrawal."""
    return [(dest, origin) for kind, _actor, dest, origin in _records(text) if kind is MovementKind.WITHDRAW]


# ------------------------------------ the story's town, reached by an earlier move, was left


@pytest.mark.parametrize(
    ("text", "town", "dest"),
    [
        (
            "Sabratha changes hands again\n\n"
            "Government troops swept into Sabratha on Monday after a week of street battles. "
            "Residents of Sabratha said the shelling had stopped by the evening. "
            "The council of Sabratha asked for medical supplies.\n\n"
            "Most of the militiamen pulled out westward toward Zuwara, according to witnesses.",
            "Sabratha",
            "Zuwara",
        ),
        (
            "How Ajdabiya was lost\n\n"
            "Rebel fighters advanced into Ajdabiya on 2 March. "
            "For weeks Ajdabiya served as their main depot, and traders in Ajdabiya "
            "reopened their shops.\n\n"
            "When the bombardment began, the rebel units fell back along the coast road to Brega.",
            "Ajdabiya",
            "Brega",
        ),
        (
            "Siege of Bani Walid ends\n\n"
            "Government forces pushed into Bani Walid from the north on Sunday. "
            "Elders in Bani Walid said the market had been shelled, and the hospital in Bani Walid "
            "was full.\n\n"
            "Many loyalist gunmen slipped away at night, heading for Sabha.",
            "Bani Walid",
            "Sabha",
        ),
    ],
)
def test_a_withdrawal_to_a_town_left_the_town_the_story_is_about(text: str, town: str, dest: str) -> None:
    assert (dest, town) in _withdrawals(text)


def test_a_withdrawal_to_the_storys_own_town_keeps_no_origin() -> None:
    text = (
        "Fighting near Misrata\n\n"
        "Government forces advanced on Misrata on Monday. Doctors in Misrata treated the wounded, "
        "and shops in Misrata stayed shut.\n\n"
        "The rebel fighters withdrew to Misrata."
    )
    assert ("Misrata", None) in _withdrawals(text)


def test_a_town_no_move_of_the_story_reached_is_no_origin() -> None:
    """The story names Derna most, but no move reached it: nobody is told to have been there."""
    text = (
        "Derna council meets\n\n"
        "The council of Derna met on Monday. Traders in Derna complained about prices, "
        "and teachers in Derna asked for their salaries.\n\n"
        "Armed men fled to Tobruk after a shooting, the police said."
    )
    assert ("Tobruk", None) in _withdrawals(text)


def test_a_journey_told_from_its_start_never_reached_the_storys_town() -> None:
    """ "set off from X to the capital": told from where it started, it may not have got there."""
    text = (
        "Convoy turned back\n\n"
        "A convoy of Misrata fighters set off from Misrata to Tripoli on Monday. Officials in Tripoli "
        "said the capital was calm, and shops in Tripoli reopened.\n\n"
        "After clashes on the coast road, the fighters withdrew to Zliten."
    )
    assert ("Zliten", None) in _withdrawals(text)


def test_another_side_leaving_the_town_long_ago_puts_nobody_there() -> None:
    """A group expelled from the town years ago: the town is no place the later evacuees left."""
    text = (
        "Oil ports retaken\n\n"
        "Fighters expelled from Tobruk in 2016 raided the ports. Officials in Tobruk condemned "
        "the raid, and the council in Tobruk called for calm.\n\n"
        "Port workers were evacuated to Brega."
    )
    assert ("Brega", None) in _withdrawals(text)


# ------------------------------- "civilians trapped in X were evacuated": where they were kept


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        ("Aid workers evacuated 40 civilians trapped in Tawergha on Monday.", "Tawergha", None),
        ("Dozens of migrants stranded in Sabha were flown to Niamey on Monday.", "Sabha", "Niamey"),
        ("Some families who had been living in Benghazi reached Derna on Friday.", "Benghazi", "Derna"),
    ],
)
def test_people_kept_or_staying_somewhere_left_it(text: str, origin: str, dest: str | None) -> None:
    assert [(d, o) for _kind, _actor, d, o in _records(text)] == [(dest, origin)]


def test_kept_with_no_place_of_stay_names_no_origin() -> None:
    """ "held for months" says how long, not where: no place left."""
    assert [
        (d, o) for _kind, _actor, d, o in _records("Detainees held for months were flown to Misrata.")
    ] == [("Misrata", None)]


# ----------------------------------- "refugees moved on from X": a journey going on, no flight


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        ("Some refugees have moved on from Benghazi toward the coast.", "Benghazi", None),
        ("Most of the migrants moved on from Kufra to Ajdabiya.", "Kufra", "Ajdabiya"),
        ("Several hundred displaced people moved on from Bani Walid, aid workers said.", "Bani Walid", None),
    ],
)
def test_people_moving_on_from_a_place_travel(text: str, origin: str, dest: str | None) -> None:
    assert [(k, d, o) for k, _actor, d, o in _records(text)] == [(MovementKind.TRAVEL, dest, origin)]


def test_people_moving_out_of_a_place_still_leave_it() -> None:
    assert [(k, o) for k, _actor, _d, o in _records("Hundreds of families moved out of Sirte.")] == [
        (MovementKind.WITHDRAW, "Sirte")
    ]


# --------------------- "had moved on to Y" with no earlier move: on from the story's own town


@pytest.mark.parametrize(
    ("text", "town", "dests"),
    [
        (
            "Life in Ghat after the floods\n\n"
            "GHAT, Libya - Aid agencies in Ghat say the town now shelters thousands of Nigerien workers. "
            "Traders in Ghat say prices have doubled.\n\n"
            "Many of the workers have travelled on to Sabha in search of jobs, a local official said.",
            "Ghat",
            {"Sabha"},
        ),
        (
            "Sudanese in Kufra\n\n"
            "Officials in Kufra say the town hosts 20,000 Sudanese. Clinics in Kufra are full.\n\n"
            "About 3,000 of the refugees have moved on to Benghazi and Tobruk, the IOM said.",
            "Kufra",
            {"Benghazi", "Tobruk"},
        ),
    ],
)
def test_an_onward_move_with_nothing_reached_before_goes_on_from_the_storys_town(
    text: str, town: str, dests: set[str]
) -> None:
    assert {(d, o) for _kind, _actor, d, o in _records(text)} == {(d, town) for d in dests}


def test_an_onward_move_to_the_storys_own_town_names_no_origin() -> None:
    text = (
        "Sudanese in Kufra\n\n"
        "Officials in Kufra say the town hosts 20,000 Sudanese. Clinics in Kufra are full.\n\n"
        "About 3,000 of the refugees have moved on to Kufra, the IOM said."
    )
    assert [(d, o) for _kind, _actor, d, o in _records(text)] == [("Kufra", None)]


# ------------------------------------- TownTally answers as dominant_town does, in any order


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(["Misrata", "Sirte", "Zliten", "Tripoli"]), max_size=14),
    st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=8),
    st.booleans(),
)
def test_town_tally_answers_as_dominant_town_at_any_offsets(
    names: list[str], offsets: list[int], headline: bool
) -> None:
    text, hits = ("Talks in " + (names[0] if names else "Sirte") + "\n\n") if headline else "", []
    for k, name in enumerate(names):
        place = next(p for p in GAZ.lookup(name) if p.country_code == "LY" and p.populated)
        start = len(text) + len("Shells fell on ") if not (headline and k == 0) else len("Talks in ")
        hits.append(Hit(start, start + len(name), place.id, place.name, "gazetteer", place=place))
        text += f"Shells fell on {name}. " if not (headline and k == 0) else ""
    tally = TownTally(text, hits)
    for pos in offsets:
        want, got = dominant_town(text, hits, pos), tally.dominant(pos)
        assert (want.start if want else None) == (got.start if got else None)


def test_town_tally_finds_a_clear_story_town_and_none_when_two_are_close() -> None:
    names = ["Misrata", "Sirte", "Misrata", "Misrata", "Sirte", "Sirte"]
    text, hits = "", []
    for name in names:
        place = next(p for p in GAZ.lookup(name) if p.country_code == "LY" and p.populated)
        start = len(text) + len("Shells fell on ")
        hits.append(Hit(start, start + len(name), place.id, place.name, "gazetteer", place=place))
        text += f"Shells fell on {name}. "
    tally = TownTally(text, hits)
    found = tally.dominant(hits[3].end)
    assert found is not None
    assert found.name == "Misrata"
    assert tally.dominant(len(text)) is None  # three each
