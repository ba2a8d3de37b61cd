"""Round 43a: classes found by four blind genre articles (genre-185..188)."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(parser: Parser, text: str) -> list[tuple[str, str | None, str]]:
    """Each movement as (kind, destination or origin name, modality)."""
    article = parser.parse(text, published="2021-09-04")
    out = []
    for m in article.movements:
        place = m.destination or m.origin
        out.append((m.kind.value, place.name if place is not None else None, m.modality.value))
    return out


# ------------------------------------------- a move inside an embedded yes-no question


@pytest.mark.parametrize(
    "text",
    [
        "It was not clear on Saturday whether Haftar forces were moving toward Tripoli.",
        "Nobody in the town knows if the LNA withdrew from Sirte overnight.",
        "Officials could not confirm whether the LNA had pulled out of Sirte.",
        "There was no word on whether the Misrata brigades had left Sirte.",
        "Whether rebel fighters took Brega on Monday is still unknown.",
    ],
)
def test_move_asked_about_is_not_told(parser: Parser, text: str) -> None:
    assert [m for m in _moves(parser, text) if m[2] == "reported"] == []


def test_move_to_come_asked_about_stays_planned(parser: Parser) -> None:
    moves = _moves(parser, "A spokesman did not say whether the LNA would advance on Gharyan.")
    assert moves == [("advance", "Gharyan", "planned")]


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        ("The LNA withdrew from Sirte on Friday, whether by choice or under pressure.", "withdraw", "Sirte"),
        ("A spokesman said the LNA had withdrawn from Sirte.", "withdraw", "Sirte"),
        ("Rebel fighters took Brega on Monday, and it is unclear if they can hold it.", "capture", "Brega"),
    ],
)
def test_told_moves_near_whether_or_if_stay(parser: Parser, text: str, kind: str, place: str) -> None:
    assert (kind, place, "reported") in _moves(parser, text)
