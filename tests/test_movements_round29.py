"""Movement classes of round 29: a town's own people ("families", "households", "residents")
going somewhere on their own with a plain verb of going leave their homes (SCHEMA: leaving is
withdraw), unlike people moved by others, people going back, and refugees on the road.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2020-02-10"


def _kinds(text: str) -> set[tuple[MovementKind, str, str | None]]:
    return {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}


def test_displaced_families_moving_to_a_city_withdraw() -> None:
    text = "GHARYAN - As the shelling grew heavier, displaced families moved to Gharyan in March, aid workers said."
    records = _kinds(text)
    assert any(k is MovementKind.WITHDRAW and "families" in a for k, a, _d in records), records
    assert not any(k is MovementKind.TRAVEL and "families" in a for k, a, _d in records), records


def test_households_heading_east_to_a_town_withdraw() -> None:
    text = "SABHA - When the clashes reached their district, many households headed east to Sabha."
    records = _kinds(text)
    assert any(k is MovementKind.WITHDRAW and "households" in a for k, a, _d in records), records


def test_families_going_back_home_travel() -> None:
    text = "SIRTE - After the ceasefire, families went back to Sirte, the local council said."
    records = _kinds(text)
    assert not any(k is MovementKind.WITHDRAW and "families" in a for k, a, _d in records), records


def test_families_moved_by_the_authorities_are_not_fleeing() -> None:
    text = "AJDABIYA - The authorities began moving families by bus to Ajdabiya on Sunday."
    records = _kinds(text)
    assert not any(k is MovementKind.WITHDRAW and "families" in a for k, a, _d in records), records


def test_refugees_moving_on_are_not_townspeople_fleeing() -> None:
    text = "BENGHAZI - Sudanese refugees moved to Benghazi last week, aid workers said."
    records = _kinds(text)
    assert not any(k is MovementKind.WITHDRAW and "refugees" in a for k, a, _d in records), records


def test_a_brigade_moving_to_a_town_is_no_flight() -> None:
    text = "MISRATA - The 166 Battalion moved to Sirte on Monday, a spokesman said."
    records = _kinds(text)
    assert not any(k is MovementKind.WITHDRAW for k, _a, _d in records), records
