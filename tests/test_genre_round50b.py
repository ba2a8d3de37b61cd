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


# ------------- "families displaced from X went home": the home they go back to is X


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Families displaced from Ain Zara last year have started to go home.", "Ain Zara"),
        ("Families displaced from Ain Zara last year returned home on Monday.", "Ain Zara"),
        ("Families who fled Ain Zara last year returned home on Monday.", "Ain Zara"),
        ("Hundreds of families were displaced from Tawergha in 2011 and went home last week.", "Tawergha"),
    ],
)
def test_going_home_after_being_displaced_from_a_place_returns_there(
    parser: Parser, text: str, place: str
) -> None:
    moves = kind_first_moves(parser, text, "2020-06-11")
    assert [(m[0], m[3]) for m in moves if m[0] == "travel"] == [("travel", place)]


def test_displaced_movers_going_elsewhere_keep_their_destination(parser: Parser) -> None:
    moves = kind_first_moves(
        parser, "Families displaced from Ain Zara went to Tajoura on Monday.", "2020-06-11"
    )
    assert [m[3] for m in moves] == ["Tajoura"]
