"""Round 57b: classes found by four blind genre articles (genre-285..288)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- the goal of a journey the parser hangs on its escort or vehicles is the goal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Maltese minister was driven under heavy escort to Mitiga airport on Sunday.",
            ("travel", "Maltese minister", None, "Mitiga International Airport"),
        ),
        (
            "Serraj was driven in an armoured convoy to Mitiga airport on Sunday.",
            ("travel", "Fayez al-Sarraj", None, "Mitiga International Airport"),
        ),
        (
            "Gaddafi loyalists withdrew under cover of darkness to Bani Walid.",
            ("withdraw", "Gaddafi loyalists", None, "Bani Walid"),
        ),
        (
            "Hundreds of families fled in a convoy to Zawiya on Friday.",
            ("withdraw", "families", None, "Zawiya"),
        ),
    ],
)
def test_goal_hung_on_escort_is_the_goal(parser: Parser, text: str, expected: tuple[str, ...]) -> None:
    assert expected in kind_first_moves(parser, text, "2021-05-10")


def test_capture_under_fire_takes_no_escort_goal(parser: Parser) -> None:
    moves = kind_first_moves(
        parser, "LNA units seized the airport under heavy fire from Tarhuna.", "2019-05-10"
    )
    assert all(m[0] != "capture" or m[3] != "Tarhuna" for m in moves)


# ------------- a town's forces opening a subordinate clause are that town's side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police units took over the border post on Monday, a day after forces from Zuwara pulled out of it.",
            ("withdraw", "Zuwara forces"),
        ),
        (
            "The army entered the town on Friday, hours before troops from Misrata arrived in Sirte.",
            ("deploy", "Misrata forces"),
        ),
        (
            "The road reopened on Tuesday after brigades from Zintan withdrew to the mountains.",
            ("withdraw", "Zintan brigades"),
        ),
    ],
)
def test_town_forces_after_clause_opener(parser: Parser, text: str, expected: tuple[str, str]) -> None:
    assert expected in [m[:2] for m in kind_first_moves(parser, text, "2024-04-02")]


def test_forces_pulled_from_a_town_stay_unowned(parser: Parser) -> None:
    moves = kind_first_moves(
        parser, "The militia pulled its forces from Sirte after the truce.", "2016-06-01"
    )
    assert all(m[1] != "Sirte forces" for m in moves)
