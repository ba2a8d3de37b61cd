"""Movement origins found missing in round nine: a "from X" the parser hangs on the destination
("drove to the crossing from X"), "these bases" pointing back to places listed before (never to
a list that follows), and people who travel from one named place to another.

Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime as dt

from _movement_records import MovementRecord, movement_records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from libya_events import MovementKind, Parser

A, C, T, W = MovementKind.ADVANCE, MovementKind.CAPTURE, MovementKind.TRAVEL, MovementKind.WITHDRAW

PARSER = Parser()
SETTINGS = settings(
    max_examples=8, deadline=dt.timedelta(seconds=20), suppress_health_check=[HealthCheck.too_slow]
)
TOWNS = ["Gharyan", "Zliten", "Sabha", "Zawiya", "Brega", "Tarhuna", "Ubari", "Misrata"]


def _records(text: str) -> list[MovementRecord]:
    return movement_records(PARSER, text)


# ------------------------------------------------- a "from X" hung on the destination


@SETTINGS
@given(towns=st.lists(st.sampled_from(TOWNS), min_size=2, max_size=2, unique=True))
def test_from_after_the_destination_is_the_origin(towns: list[str]) -> None:
    dest, origin = towns
    text = f"Fighters of the Zintan brigades gathered on Monday. By evening they had advanced on {dest} from {origin}."
    assert _records(text) == [(A, "Zintan brigades", dest, origin)]


def test_a_minister_driving_from_the_capital_travels() -> None:
    text = "The defence minister drove to the Ras Ajdir crossing from the capital on Monday."
    assert _records(text) == [(T, "minister", "Ras Ajdir border crossing", "Tripoli")]


def test_a_distance_from_a_town_is_no_origin() -> None:
    text = "The Misrata brigades advanced on Sirte, 20 km from Abu Grein, on Monday."
    assert all(origin is None for *_, origin in _records(text))


# ------------------------------------------------------------- "these bases" point back


def test_these_bases_are_the_bases_named_before() -> None:
    text = (
        "The Benghazi Defence Brigades held Tamanhint air base and Jufra airbase for months. "
        "These bases were the launchpad for an attack by the Benghazi Defence Brigades on the "
        "oil terminals – Es Sider and Ras Lanuf – on Monday."
    )
    records = _records(text)
    assert [r[2] for r in records] == ["Es Sider", "Ras Lanuf"]
    assert all(r[3] == "Tamanhint air base" for r in records)


def test_the_bases_still_take_the_bases_listed_before() -> None:
    text = (
        "The Libyan National Army lost Tamanhint air base and Jufra airbase in June. "
        "The Petroleum Facilities Guard seized the bases on Monday."
    )
    assert _records(text) == [
        (C, "Petroleum Facilities Guard", "Tamanhint air base", None),
        (C, "Petroleum Facilities Guard", "al-Jufra air base", None),
    ]


# --------------------------------------------- "to within N km of X", the retelling's origin


@SETTINGS
@given(town=st.sampled_from(TOWNS), unit=st.sampled_from(["km", "kilometres", "miles"]))
def test_moving_to_within_a_distance_of_a_place_closes_on_it(town: str, unit: str) -> None:
    text = f"Haftar's forces moved to within 60 {unit} of {town} on Monday."
    assert _records(text) == [(A, "Libyan National Army", town, None)]


def test_a_mover_from_a_region_sets_out_from_it() -> None:
    text = "On Monday Haftar's forces from the east of the country came to within 70 km of Tripoli."
    assert _records(text) == [(A, "Libyan National Army", "Tripoli", "eastern Libya")]


def test_a_mover_from_a_place_that_pulls_back_did_not_leave_it() -> None:
    text = "Libyan National Army units from Benghazi pulled back to Ajdabiya on Monday."
    assert all(origin != "Benghazi" for *_, origin in _records(text))


def test_the_second_telling_in_a_sentence_gives_the_origin() -> None:
    text = (
        "Rebel columns had advanced to within 30 km of Sirte by noon on Monday and swept into "
        "the city later that evening from Abu Grein."
    )
    assert _records(text) == [(A, "Libyan rebels", "Sirte", "Abu Grein")]


def test_a_destination_hung_on_the_origins_distance_is_the_verbs() -> None:
    text = (
        "The Misrata brigades advanced from Zliten, some 150 km east of Tripoli, toward Garabulli on Monday."
    )
    assert _records(text) == [(A, "Misrata forces", "Garabulli", "Zliten")]


# ------------------------------------------------------------ "took them to X" carries


def test_taking_people_to_a_place_is_no_capture_of_it() -> None:
    text = "The Libyan National Army captured 20 fighters near Sirte and took them to Benghazi on Monday."
    assert all(dest != "Benghazi" for _, _, dest, _ in _records(text))


def test_taking_a_town_is_still_a_capture() -> None:
    assert _records("The Libyan National Army took Sirte on Monday.") == [
        (C, "Libyan National Army", "Sirte", None)
    ]


# --------------------------------------------------- "the headquarters": the site just named


def test_the_headquarters_left_is_the_camp_named_before() -> None:
    text = (
        "Islamic State fighters overran the Tekbali camp south of Sirte on Tuesday. Residents said "
        "the 166th Brigade was pushed out of the strategic headquarters after a night of fighting."
    )
    assert (W, "166th Brigade", None, "Tekbali camp") in _records(text)


def test_a_hospital_named_last_is_no_headquarters() -> None:
    text = (
        "Islamic State fighters overran the Tekbali camp south of Sirte on Tuesday. A doctor at the "
        "Ibn Sina hospital said the 166th Brigade was pushed out of the headquarters."
    )
    assert (W, "166th Brigade", None, "Ibn Sina hospital") not in _records(text)


def test_the_base_abandoned_is_the_base_named_before() -> None:
    text = (
        "The Libyan National Army seized al-Watiya air base on Monday. "
        "Government forces had abandoned the base before dawn."
    )
    assert any(origin == "al-Watiya air base" for *_, origin in _records(text)[1:])


def test_a_retelling_that_names_the_place_left_completes_the_first() -> None:
    text = (
        "A spokesman said most of the Haftar loyalists had already pulled out. "
        "Haftar's troops abandoned al-Watiya air base before dawn on Monday."
    )
    assert _records(text) == [(W, "Libyan National Army", None, "al-Watiya air base")]


# ------------------------------------------- a bare departure, the place the other side took


def test_fighters_who_had_left_left_the_town_just_entered() -> None:
    text = "Government troops entered Gharyan on Friday. Haftar's fighters had already left."
    assert (W, "Libyan National Army", None, "Gharyan") in _records(text)


def test_being_left_with_a_place_is_no_departure() -> None:
    assert _records("Juwaili's forces are now left with the southern suburbs of Tripoli.") == []


def test_the_capturing_side_does_not_leave_what_it_took() -> None:
    text = "The Libyan National Army captured Sirte on Monday. The Libyan National Army withdrew from Brega."
    assert (W, "Libyan National Army", None, "Sirte") not in _records(text)


# ------------------------------------------------------ fighters shipped in by sea from X


def test_fighters_shipped_in_from_a_town_are_deployed_from_it() -> None:
    text = (
        "Libyan rebels entered Tripoli on Sunday. A second group of fighters had been shipped in "
        "from Misrata by boat over the weekend, a rebel spokesman said."
    )
    assert (MovementKind.DEPLOY, "Libyan rebels", None, "Misrata") in _records(text)


def test_migrants_shipped_back_from_a_place_still_leave_it() -> None:
    text = "Hundreds of migrants were shipped back from Lampedusa on Monday."
    assert _records(text) == [(W, "migrants", None, "Lampedusa")]


def test_an_attack_from_bases_in_a_town_sets_out_from_the_town() -> None:
    text = "The Benghazi Defence Brigades attacked Ras Lanuf from their bases in Jufra."
    assert _records(text) == [(A, "Benghazi Defence Brigades", "Ras Lanuf", "Jufra")]


def test_a_place_hung_on_the_light_verbs_noun_is_taken_too() -> None:
    text = "LNA forces won control of the port area of Misrata, and nearby Ubari, on Monday."
    assert (C, "Libyan National Army", "Ubari", None) in _records(text)
