"""Round 58a: classes found by four blind genre articles (genre-289..292)."""

from __future__ import annotations

import pytest
from _movement_records import actor_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- a compass heading measured by a distance ("pushed 200 km south") is still a heading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fighters then pushed several hundred kilometres south.", ("fighters", "advance", None, None)),
        ("The militiamen drove 80 km east on Friday.", ("militiamen", "advance", None, None)),
        (
            "LNA troops swept 60 km west overnight.",
            ("Libyan National Army", "advance", None, None),
        ),
        (
            "The fighters pushed about 120 kilometres further north on Sunday.",
            ("fighters", "advance", None, None),
        ),
    ],
)
def test_measured_heading_is_an_advance(parser: Parser, text: str, expected: tuple[str | None, ...]) -> None:
    assert expected in actor_moves(parser, text, "2021-04-20")


def test_measured_heading_needs_a_force(parser: Parser) -> None:
    # labourers driving somewhere are no force advancing, however far they drove
    assert actor_moves(parser, "The labourers drove 80 km east on Friday.", "2021-04-20") == []


# ------------- an unnamed source's "he" / "his convoy" is the person told of, not the source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bashagha arrived in Tripoli on Monday. A source said his convoy left the capital for"
            " Misrata on Tuesday.",
            ("Fathi Bashagha", "Misrata"),
        ),
        (
            "Bashagha reached Tripoli overnight. A source close to him told us his motorcade drove out"
            " of the city toward Misrata.",
            ("Fathi Bashagha", "Misrata"),
        ),
        (
            "Dbeibah landed in Misrata on Monday. A source close to him said he left the city for"
            " Tripoli the next day.",
            ("Abdul Hamid Dbeibah", "Tripoli"),
        ),
    ],
)
def test_informant_pronoun_is_the_one_told_of(parser: Parser, text: str, expected: tuple[str, str]) -> None:
    moves = actor_moves(parser, text, "2022-05-17")
    assert any(actor == expected[0] and dest == expected[1] for actor, _kind, _origin, dest in moves)
    assert not any(actor == "source" for actor, _kind, _origin, _dest in moves)


def test_speakers_own_move_stays_the_speakers(parser: Parser) -> None:
    # a fighter is no informant: "he" in what he says is himself
    moves = actor_moves(parser, "A former fighter said he had been deployed to Sirte in 2020.", "2022-05-17")
    assert ("fighter", "deploy", None, "Sirte") in moves
