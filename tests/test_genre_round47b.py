"""Round 47b: classes found by four blind genre articles (genre-217..220)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2019-09-19"
) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(parser, text, published)


# ------------------------------------------ people an agency moves from X to Y are transferred


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the agency moved 140 migrants from Zuwara to Misrata.",
        "The Red Crescent transferred 60 detainees from Zawiya to Tripoli last week.",
        "The organisation relocated about 200 refugees from Sabha to Tripoli on Sunday.",
    ],
)
def test_people_moved_by_an_agency_travel(parser: Parser, text: str) -> None:
    kinds = {m[0] for m in _moves(parser, text) if m[2] is not None}
    assert kinds == {"travel"}


def test_people_fleeing_from_a_place_still_withdraw(parser: Parser) -> None:
    text = "On Monday 140 migrants fled from Zuwara to Misrata."
    assert [m[0] for m in _moves(parser, text)] == ["withdraw"]


# --------------------------------------------- people going home from a place return, not flee


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("The agency said it had helped 150 Nigerien migrants fly home from Sabha on Monday.", "Sabha"),
        ("Officials said 90 Egyptian workers travelled home from Benghazi by road last week.", "Benghazi"),
        ("Dozens of Sudanese migrants went home from Kufra on Friday, aid workers said.", "Kufra"),
    ],
)
def test_people_going_home_from_a_place_travel(parser: Parser, text: str, origin: str) -> None:
    moves = [m for m in _moves(parser, text) if m[2] == origin]
    assert [m[0] for m in moves] == ["travel"]


def test_people_leaving_a_place_with_no_way_home_withdraw(parser: Parser) -> None:
    text = "The agency said 150 migrants left Sabha on Monday."
    assert [(m[0], m[2]) for m in _moves(parser, text)] == [("withdraw", "Sabha")]


@pytest.mark.parametrize(
    "text",
    [
        "In February foreign governments moved their workers out by ship from Benghazi.",
        "Last week Asian governments moved their citizens away from Sirte by bus.",
    ],
)
def test_people_moved_out_of_a_place_are_evacuated(parser: Parser, text: str) -> None:
    assert [m[0] for m in _moves(parser, text)] == ["withdraw"]
