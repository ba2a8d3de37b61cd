"""Round 62a: classes found by four blind genre articles (genre-321..324)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- "was shelled out of X": a verb of fire with "out" drives the group from the place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The militia was shelled out of Ajdabiya on Thursday after a week of fighting.",
            ("withdraw", "militia", "Ajdabiya", None),
        ),
        (
            "Brigade fighters were bombed out of Brega by aircraft late on Tuesday, a medic said.",
            ("withdraw", "fighters", "Brega", None),
        ),
        (
            "After a month of siege the militia was starved out of Sabratha, residents said.",
            ("withdraw", "militia", "Sabratha", None),
        ),
        (
            "The militia reached Ajdabiya on Monday. On Thursday they were smoked out of the town.",
            ("withdraw", "militia", "Ajdabiya", None),
        ),
    ],
)
def test_fire_verb_with_out_drives_a_group_from_a_place(
    parser: Parser, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in kind_first_moves(parser, text, "2011-03-20")


def test_agent_that_shells_a_group_out_of_a_town_captures_it(parser: Parser) -> None:
    moves = kind_first_moves(
        parser, "Gaddafi loyalists shelled the militia out of Ajdabiya on Thursday.", "2011-03-20"
    )
    assert ("capture", "Gaddafi loyalists", None, "Ajdabiya") in moves


def test_money_shelled_out_is_no_movement(parser: Parser) -> None:
    """ "shelled out" also means paid: with no place left, it is no capture."""
    moves = kind_first_moves(
        parser, "The Interior Ministry shelled out 3 million dinars for new vehicles last year.", "2022-06-01"
    )
    assert moves == []
