"""Round 61b: classes found by four blind genre articles (genre-317..320)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- "people who had fled X went back to Y": the return is a move of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Displaced households who had fled the shelling went back to Ain Zara in March.",
            ("travel", "households", None, "Ain Zara"),
        ),
        (
            "Families who fled the clashes last year returned to Tawergha on Sunday.",
            ("travel", "Families", None, "Tawergha"),
        ),
        (
            "Residents who fled the shelling in April are going back to Tajoura, officials said.",
            ("travel", "Residents", None, "Tajoura"),
        ),
    ],
)
def test_return_after_a_flight_is_its_own_travel(
    parser: Parser, text: str, expected: tuple[str, str, None, str]
) -> None:
    moves = kind_first_moves(parser, text, "2021-04-01")
    assert expected in moves
    assert not any(kind == "withdraw" and dest is not None for kind, _a, _o, dest in moves)


def test_each_place_returned_to_after_a_flight_is_travel(parser: Parser) -> None:
    text = "Families who had fled the fighting went back to Salah al-Din and Khallet al-Furjan in May."
    moves = kind_first_moves(parser, text, "2021-06-01")
    dests = {dest for kind, _a, _o, dest in moves if kind == "travel"}
    assert dests == {"Salah al-Din", "Khallet al-Furjan"}


def test_leaving_then_returning_stays_one_journey(parser: Parser) -> None:
    # a plain leaving ("left X") followed by a return is still one journey from X
    moves = kind_first_moves(
        parser, "The delegation left Cairo and returned to Tripoli on Sunday.", "2021-06-01"
    )
    assert moves == [("travel", "delegation", "Cairo", "Tripoli")]


def test_force_returning_after_its_pullout_stays_one_withdrawal(parser: Parser) -> None:
    # a force's pullout that ends back at its base is one retreat, not a return of its own
    text = "Fighters who had pulled out of Sirte returned to Misrata on Monday."
    moves = kind_first_moves(parser, text, "2021-06-01")
    assert moves == [("withdraw", "Fighters", "Sirte", "Misrata")]


def test_flight_that_arrives_somewhere_stays_joined(parser: Parser) -> None:
    moves = kind_first_moves(
        parser, "A refugee who arrived in Zuwara said he fled from Sabratha.", "2021-06-01"
    )
    assert moves == [("withdraw", "refugee", "Sabratha", "Zuwara")]


# ------------- "inmates" are the prisoners: their escape is a withdrawal


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Around 200 inmates broke out of Kuweifiya prison in Benghazi during the night.",
            "Kuweifiya prison",
        ),
        ("Dozens of inmates escaped from the Jdeida prison in Tripoli on Friday.", "Jdeida prison"),
        ("Several inmates fled Gernada prison after the guards abandoned their posts.", "Gernada prison"),
    ],
)
def test_inmates_escaping_withdraw(parser: Parser, text: str, origin: str) -> None:
    moves = kind_first_moves(parser, text, "2021-06-01")
    assert ("withdraw", "inmates", origin, None) in moves
