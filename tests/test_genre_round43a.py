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


# ------------------------------------------- people driven out by an event, not by a side


def _moves_by(parser: Parser, text: str) -> list[tuple[str, str, str | None]]:
    """Each movement as (kind, actor name, origin or destination name)."""
    article = parser.parse(text, published="2021-09-04")
    out = []
    for m in article.movements:
        place = m.origin or m.destination
        out.append((m.kind.value, m.actor, place.name if place is not None else None))
    return out


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The fighting forced dozens of families from their homes in Sirte on Friday.", "Sirte"),
        ("Days of fighting drove thousands of residents out of Sirte last month.", "Sirte"),
        (
            "Calm returned after several hours of fighting between two armed groups near the port,"
            " which left one man dead and forced dozens of families from their homes in Sirte.",
            "Sirte",
        ),
        ("The clashes forced about 200 families out of Ain Zara overnight.", "Ain Zara"),
    ],
)
def test_event_drives_people_out(parser: Parser, text: str, place: str) -> None:
    moves = _moves_by(parser, text)
    assert [m for m in moves if m[0] == "capture"] == []
    assert any(kind == "withdraw" and where == place for kind, _, where in moves)


@pytest.mark.parametrize(
    "text",
    [
        "The LNA forced the militias out of Sirte on Friday.",
        "Clashes erupted near a base of the LNA, which forced the militias out of Sirte.",
    ],
)
def test_side_that_drives_out_still_captures(parser: Parser, text: str) -> None:
    assert ("capture", "Libyan National Army", "Sirte") in _moves_by(parser, text)
