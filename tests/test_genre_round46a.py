"""Round 46a: classes found by four blind genre articles (genre-205..208)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2022-08-29"
) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(parser, text, published)


# ------------------------------------------- a side beaten back by a named agent withdraws


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        ("Haftar's fighters were driven back by Misrata brigades on Sunday.", "Libyan National Army"),
        ("Rebel fighters marched on Brega, but they were pushed back by loyalist troops.", "Libyan rebels"),
        (
            "Misrata brigades held the airport until they were beaten back by the Libyan National Army.",
            "Misrata",
        ),
    ],
)
def test_side_beaten_back_by_an_agent_withdraws(parser: Parser, text: str, mover: str) -> None:
    backs = [m for m in _moves(parser, text) if m[0] in ("withdraw", "capture") and m[3] is None]
    assert backs, text
    assert all(m[0] == "withdraw" and mover in m[1] for m in backs), backs


def test_driven_out_of_a_named_place_by_an_agent_stays_the_agents_capture(parser: Parser) -> None:
    moves = _moves(parser, "Rebel fighters were driven out of Brega by loyalist troops on Sunday.")
    assert [(m[0], m[3]) for m in moves] == [("capture", "Brega")]
    assert "rebel" not in moves[0][1].lower()


# ------------------------------------------- "they" in a time clause is the side of its clause


@pytest.mark.parametrize(
    "text",
    [
        "Forces loyal to Osama Juwaili, the former commander of the western military zone, advanced from "
        "Zintan toward the capital and reached Al-Aziziya before they were turned back by units backing "
        "the Dbeibah government.",
        "Fighters loyal to Osama Juwaili, who once led the western military zone, held Al-Aziziya for a day "
        "until they were pushed back by government units.",
    ],
)
def test_they_in_a_time_clause_is_the_governing_subject(parser: Parser, text: str) -> None:
    backs = [m for m in _moves(parser, text) if m[0] == "withdraw"]
    assert backs
    assert all(m[1] == "Juwaili's forces" for m in backs), backs


# ------------------------------------------- forces flown or sent by unnamed authorities are deployed


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("Residents accused the authorities of flying foreign fighters into Sabha last week.", "Sabha"),
        ("Officials in Tripoli flew 300 soldiers to Sabha on Tuesday.", "Sabha"),
        ("The local authorities sent troops to Kufra after the clashes.", "Kufra"),
    ],
)
def test_authorities_sending_forces_deploy(parser: Parser, text: str, dest: str) -> None:
    moves = [m for m in _moves(parser, text) if m[3] == dest]
    assert moves
    assert all(m[0] == "deploy" for m in moves), moves


def test_authorities_flying_themselves_travel(parser: Parser) -> None:
    moves = _moves(parser, "The authorities flew to Benghazi on Monday for talks.")
    assert [(m[0], m[3]) for m in moves] == [("travel", "Benghazi")]
