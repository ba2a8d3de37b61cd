"""Round 50b: classes found by four blind genre articles (genre-233..236)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- "left X by road for Y": the goal of a departure hung on its means is where they went


@pytest.mark.parametrize(
    ("text", "origin", "places"),
    [
        ("American diplomats left Tripoli by road for Tunisia yesterday.", "Tripoli", ["Tunisia"]),
        ("Dozens of families left Sirte by car for Misrata on Tuesday.", "Sirte", ["Misrata"]),
        (
            "Several families left Derna by road for Tobruk and Benghazi on Friday.",
            "Derna",
            ["Tobruk", "Benghazi"],
        ),
    ],
)
def test_departure_goal_hung_on_its_means_is_the_destination(
    parser: Parser, text: str, origin: str, places: list[str]
) -> None:
    moves = kind_first_moves(parser, text, "2014-07-27")
    assert [(m[0], m[2], m[3]) for m in moves] == [("withdraw", origin, p) for p in places]


def test_means_with_no_goal_adds_no_destination(parser: Parser) -> None:
    moves = kind_first_moves(parser, "Dozens of families left Sirte by car on Tuesday.", "2014-07-27")
    assert [(m[0], m[2], m[3]) for m in moves] == [("withdraw", "Sirte", None)]
