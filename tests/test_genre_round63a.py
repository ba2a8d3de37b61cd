"""Round 63a: classes found by four blind genre articles (genre-329..332)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- "a special forces unit": a single elite unit is an actor of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A commando unit was rushed to Sabha on Friday after the prison break, a source said.",
            ("deploy", "commando units", None, "Sabha"),
        ),
        (
            "Men of a special forces unit that had been flown into Misrata from Sirte on Monday "
            "refused to fire on the marchers.",
            ("deploy", "special forces units", "Sirte", "Misrata"),
        ),
        (
            "An elite unit arrived in Zawiya late on Tuesday to guard the refinery.",
            ("deploy", "elite units", None, "Zawiya"),
        ),
    ],
)
def test_single_elite_unit_moves_as_itself(parser: Parser, text: str, expected: tuple[str, ...]) -> None:
    assert expected in kind_first_moves(parser, text, "2011-02-25")


@pytest.mark.parametrize(
    "text",
    [
        "A small unit arrived in Zawiya late on Tuesday to guard the refinery.",
        "A joint force was sent to Sabha on Friday after the prison break.",
    ],
)
def test_single_unit_of_no_kind_names_no_actor(parser: Parser, text: str) -> None:
    assert kind_first_moves(parser, text, "2011-02-25") == []
