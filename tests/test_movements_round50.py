"""Movements found missing or wrong in blind round 49a: a vehicle told full of fighters moves
the fighters, the killed or wounded "brought in dead" are no force moving, a force that
"repositioned" fell back, and a town's port named by the possessive ("X's port") is a site.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import MovementRecord, movement_records

from libya_events import MovementKind, Parser

A, C, D, W = MovementKind.ADVANCE, MovementKind.CAPTURE, MovementKind.DEPLOY, MovementKind.WITHDRAW

PARSER = Parser()


def _records(text: str) -> list[MovementRecord]:
    return movement_records(PARSER, text)


# ------------------------------------------------- a vehicle full of fighters: the fighters move


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pickup trucks crammed with rebel fighters raced east toward Brega on Tuesday.",
            [(A, "Libyan rebels", "Brega", None)],
        ),
        (
            "A bus crammed with LNA soldiers left Benghazi for Ajdabiya on Sunday.",
            [(D, "Libyan National Army", "Ajdabiya", "Benghazi")],
        ),
        (
            "Lorries laden with Zintani fighters drove to Gharyan at dawn.",
            [(A, "Zintan brigades", "Gharyan", None)],
        ),
    ],
)
def test_vehicle_filled_with_fighters_moves_them(text: str, expected: list[MovementRecord]) -> None:
    assert _records(text) == expected


def test_vehicle_loaded_with_goods_names_no_mover() -> None:
    assert _records("A truck loaded with flour reached Sabha.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser makes "packed" the verb and the motion verb a clause hung on it
        (
            "Trucks packed with Misratan fighters headed toward Sirte on Monday.",
            [(A, "Misrata forces", "Sirte", None)],
        ),
        (
            "Buses packed with LNA soldiers drove into Sirte on Monday.",
            [(C, "Libyan National Army", "Sirte", None)],
        ),
    ],
)
def test_vehicle_filled_with_fighters_read_as_the_verb_still_moves_them(
    text: str, expected: list[MovementRecord]
) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LNA tanks full of ammunition entered Sirte on Monday.",
            [(C, "Libyan National Army", "Sirte", None)],
        ),
        (
            "LNA trucks loaded with ammunition reached Sirte on Monday.",
            [(A, "Libyan National Army", "Sirte", None)],
        ),
    ],
)
def test_vehicle_full_of_goods_stays_its_owners(text: str, expected: list[MovementRecord]) -> None:
    assert _records(text) == expected


# ------------------------------------------------- the dead or wounded brought in are no force moving


@pytest.mark.parametrize(
    "text",
    [
        "Two Zintani fighters were brought back dead to Zintan on Sunday.",
        "Six soldiers were brought in wounded to the hospital in Sabha.",
        "Tebu fighters were brought back dead to Ubari.",
        "Misratan fighters had been brought in dead to the field clinic in Dafniya.",
    ],
)
def test_fighters_brought_in_dead_or_wounded_are_no_deployment(text: str) -> None:
    assert _records(text) == []


def test_fighters_brought_in_fresh_are_still_deployed() -> None:
    text = "Zintani fighters were brought in fresh from the mountains to Tripoli."
    assert _records(text) == [(D, "Zintan brigades", "Tripoli", None)]


# ------------------------------------------------- "repositioned": a force falling back


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under heavy shelling, the Zintan brigades repositioned on Tuesday.",
            [(W, "Zintan brigades", None, None)],
        ),
        (
            "The Misrata brigades repositioned after the shelling of their camp near Sirte.",
            [(W, "Misrata forces", None, None)],
        ),
        ("LNA units repositioned outside Tarhuna overnight.", [(W, "Libyan National Army", None, "Tarhuna")]),
    ],
)
def test_repositioned_force_withdraws(text: str, expected: list[MovementRecord]) -> None:
    assert _records(text) == expected


# ------------------------------------------------- "X's port": the town's port as a site


def test_town_port_by_possessive_is_the_site_taken() -> None:
    text = "Pro-government forces had taken Sirte's port by Monday."
    assert [r[2] for r in _records(text)] == ["Port of Sirte"]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Shells landed near Sirte's port on Friday.", "Port of Sirte"),
        ("Two tankers waited outside Benghazi's harbour.", "Port of Benghazi"),
        ("A ferry docked in Tripoli's harbour on Monday.", "Port of Tripoli"),
    ],
)
def test_town_port_or_harbour_by_possessive_is_found(text: str, site: str) -> None:
    names = [loc.name for loc in PARSER.parse(text, published="2022-06-01").locations]
    assert site in names


def test_town_alone_stays_the_town() -> None:
    names = [
        loc.name
        for loc in PARSER.parse("Shells landed near Sirte on Friday.", published="2022-06-01").locations
    ]
    assert names == ["Sirte"]


# ------------------------------------------------- a force "in X" that withdraws leaves X


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GNA forces in Sirte had withdrawn on Monday.",
            [(W, "Government of National Accord forces", None, "Sirte")],
        ),
        ("The Zintani fighters in Gharyan pulled back overnight.", [(W, "Zintan brigades", None, "Gharyan")]),
        (
            "Mohamed Gnunu, a spokesman for the GNA, said the forces in Sirte had withdrawn on Monday.",
            [(W, "Government of National Accord", None, "Sirte")],
        ),
    ],
)
def test_force_in_a_town_that_withdraws_leaves_it(text: str, expected: list[MovementRecord]) -> None:
    assert _records(text) == expected


def test_body_in_a_town_withdrawing_its_forces_gives_no_origin() -> None:
    text = "The government in Tripoli withdrew its forces on Monday."
    assert [r[3] for r in _records(text)] == [None]
