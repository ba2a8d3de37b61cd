"""Round 56b: classes found by four blind genre articles (genre-277..280)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- a departure whose participle of going is bound for the front is no retreat


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Residents said long columns of GNA fighters left Zliten on Sunday, "
            "heading east toward the front line.",
            "Zliten",
        ),
        ("Dozens of armed vehicles left Gharyan at dawn, heading for the front.", "Gharyan"),
        ("The Zintan brigades left Zintan on Tuesday, moving to the frontline.", "Zintan"),
    ],
)
def test_departure_heading_for_the_front_is_not_a_withdrawal(parser: Parser, text: str, origin: str) -> None:
    moves = kind_first_moves(parser, text, "2020-01-26")
    left = [m for m in moves if m[2] == origin]
    assert left, moves
    assert all(kind != "withdraw" for kind, _actor, _origin, _dest in left), moves


def test_departure_heading_toward_a_town_is_still_a_withdrawal(parser: Parser) -> None:
    moves = kind_first_moves(
        parser, "Hundreds of families left Tawergha on Monday, heading east toward Hun.", "2011-08-15"
    )
    assert ("withdraw", "families", "Tawergha", "Hun") in moves, moves


# ------------- "including time in X": a stay told beside a return, not a place reached


@pytest.mark.parametrize(
    ("text", "home", "stays"),
    [
        (
            "His relatives say Salem Hamid returned to Libya in 2011 after years abroad, "
            "including time in Sudan and Britain.",
            "Libya",
            {"Sudan", "United Kingdom"},
        ),
        (
            "Fathi Omar came back to Tripoli in 2012 after decades away, including stints in Egypt and Jordan.",
            "Tripoli",
            {"Egypt", "Jordan"},
        ),
        (
            "Nuri Saleh flew back to Misrata in 2011 after years in exile, including periods in Switzerland and Italy.",
            "Misrata",
            {"Switzerland", "Italy"},
        ),
    ],
)
def test_stays_in_an_including_phrase_are_not_destinations(
    parser: Parser, text: str, home: str, stays: set[str]
) -> None:
    moves = kind_first_moves(parser, text, "2013-10-14")
    dests = {dest for _kind, _actor, _origin, dest in moves}
    assert home in dests, moves
    assert not dests & stays, moves


def test_places_an_including_phrase_lists_are_still_taken(parser: Parser) -> None:
    moves = kind_first_moves(
        parser, "The army retook several towns last week, including Gharyan and Tarhuna.", "2020-06-05"
    )
    assert {dest for _kind, _actor, _origin, dest in moves} >= {"Gharyan", "Tarhuna"}, moves
