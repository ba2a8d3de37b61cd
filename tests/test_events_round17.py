"""Round 17: place-less moves of one actor on different things, headlines glued to the body,
and where a move set off from.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
C = MovementKind.CAPTURE


def _captures(text: str) -> list[tuple[str | None, str | None]]:
    return [(actor, dest) for kind, actor, dest, _ in movement_records(PARSER, text) if kind is C]


# ------------------------------------------- place-less moves on different things are two


def test_two_captures_of_different_unnamed_sites_are_two_events() -> None:
    text = (
        "Rebel fighters seized the airport on Monday after heavy clashes. Local officials said "
        "the night was calm. On Tuesday the rebels seized the port as well."
    )
    assert _captures(text) == [("Libyan rebels", None), ("Libyan rebels", None)]


def test_a_capture_of_camps_after_a_capture_of_an_airport_is_another_event() -> None:
    text = "The LNA seized the airport after a long fight. It later took two military camps."
    assert len(_captures(text)) == 2


def test_another_thing_of_the_same_sort_is_another_event() -> None:
    text = "The LNA captured a base near the border on Sunday. The LNA captured another base on Monday."
    assert len(_captures(text)) == 2


def test_a_retelling_of_the_same_unnamed_site_stays_one_event() -> None:
    text = "The LNA seized the airport on Monday. A spokesman said the LNA seized the airport without losses."
    assert _captures(text) == [("Libyan National Army", None)]


def test_a_town_retold_as_the_city_stays_one_event() -> None:
    text = (
        "Government forces captured the town after days of fighting. Residents said the forces "
        "had taken the city and cut the road."
    )
    assert len(_captures(text)) == 1


def test_an_unnamed_base_named_later_as_an_airbase_is_one_event() -> None:
    text = (
        "The LNA has captured a desert base from militants. Two days of air strikes saw the LNA "
        "capture Jufra airbase."
    )
    found = _captures(text)
    assert len(found) == 1, found
    assert found[0][1] is not None, found


def test_an_unnamed_port_before_a_named_town_taken_is_its_own_event() -> None:
    text = "The LNA seized the port. Later that day the LNA captured Sirte."
    assert _captures(text) == [("Libyan National Army", None), ("Libyan National Army", "Sirte")]
