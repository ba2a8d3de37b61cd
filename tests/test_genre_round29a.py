"""Round 29a: classes found by four blind genre articles (genre-85..88)."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _place_names(parser: Parser, text: str) -> set[str]:
    return {loc.name for loc in parser.parse(text).locations}


@pytest.mark.parametrize(
    "text",
    [
        "Loyalist units entered Sirte from the south on Monday.",
        "A rebel column approached Brega from the east before dawn.",
        "Militia fighters pushed into Gharyan from the north at first light.",
    ],
)
def test_side_an_attack_came_in_from_is_not_a_region(parser: Parser, text: str) -> None:
    names = _place_names(parser, text)
    assert not any(name.endswith("Libya") for name in names), names


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Reinforcements arrived in Sabha from the east on Friday.", "eastern Libya"),
        ("Tribal leaders in the south rejected the deal.", "southern Libya"),
    ],
)
def test_side_that_is_an_origin_stays_a_region(parser: Parser, text: str, region: str) -> None:
    assert region in _place_names(parser, text)
