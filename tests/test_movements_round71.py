"""Round 71: unnamed units that move as their side.

- "Columns under X moved west": columns named by whom they serve are X's forces, as "units
  under X" already were.
- "An army unit was sent to X", "a Shield unit moved to Y": one unit named by its owner's word
  moves as that side (the plural "army units" already did); "the army" told before takes it.
- "Shield units" after "the Libya Shield Force": "Shield" is a unit name's head word, as
  "Brigade" is, so the force is that unit's men.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser

PARSER = Parser()
DAY = "2015-05-20"


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, DAY)


# ------------------------------------------------------------------ columns under a commander


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Columns under Khalifa Haftar moved south from Benghazi on Friday.", "Haftar"),
        ("Columns under Osama Juwaili advanced towards Gharyan overnight.", "Juwaili"),
        ("Armoured columns under Saddam Haftar pushed into Ubari on Monday.", "Haftar"),
    ],
)
def test_columns_under_a_commander_are_his_forces(text: str, owner: str) -> None:
    moves = _moves(text)
    sides = {f"{owner}'s forces", "Libyan National Army"}  # his forces, or the side the KB knows
    assert any(a in sides for _k, a, _o, _d in moves), moves


# ------------------------------------------------------------------ one unit named by its owner


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("An army unit was sent to Ghat on Monday.", "army units", "Ghat"),
        ("A Shield unit moved to Kufra on Sunday.", "Shield units", "Kufra"),
        ("An army unit based in Sabha was dispatched to Ubari on Tuesday.", "army units", "Ubari"),
        ("Residents said a Chadian force crossed into Libya near Qatrun.", "Chadian forces", "Libya"),
    ],
)
def test_one_owned_unit_moves_as_its_side(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert any(a == actor and d == dest for _k, a, _o, d in moves), moves


def test_one_army_unit_after_the_army_is_the_army() -> None:
    moves = _moves("The Libyan army said on Monday it had closed the border. An army unit was sent to Ghat.")
    army = [a for _k, a, _o, d in moves if d == "Ghat"]
    assert army, moves
    assert army[0] != "army units", moves
    assert "Army" in army[0].title(), moves


@pytest.mark.parametrize(
    "text",
    [
        "A small unit moved to Ghat on Monday.",
        "The metre is a unit of measurement used in Tripoli.",
        "A police patrol was attacked near Zawiya on Monday.",
        "An intensive care unit was opened in Sabha on Monday.",
        # a lower-case noun that tells what kind of unit, not whose (round 51a's vanguard)
        "A task force moved to Ghat on Monday.",
        "An advance force reached the edge of Ubari on Tuesday.",
    ],
)
def test_units_no_owner_names_do_not_move(text: str) -> None:
    assert _moves(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Libya Shield Force said it was ready. A Shield unit moved to Kufra on Sunday.",
        "The Libya Shield Force said it was ready. Shield units moved to Kufra on Sunday.",
        "Leaders of the Libya Shield Force met in Misrata. Shield units were sent to Sabha a day later.",
    ],
)
def test_shield_units_are_the_shield_told_before(text: str) -> None:
    """ "Shield" is a unit name's head word, like "Brigade": "Shield units" are its men."""
    moves = _moves(text)
    assert [a for _k, a, _o, _d in moves] == ["Libya Shield Force"], moves
