"""Round 47a: classes found by four blind genre articles (genre-213..216)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2022-01-18"
) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(parser, text, published)


# ------------------------------------------- a partitive object does not cut the verb off its particle


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("The Libyan National Army pulled some of its units away from Sirte last month.", "Sirte"),
        ("The Libyan National Army moved most of its heavy armour back from Sirte in March.", "Sirte"),
        ("The Libyan National Army pulled the bulk of its fighters out of Gharyan overnight.", "Gharyan"),
        ("The Libyan National Army moved part of its forces out of Tarhuna on Friday.", "Tarhuna"),
    ],
)
def test_partitive_object_keeps_the_withdrawal_particle(parser: Parser, text: str, origin: str) -> None:
    moves = _moves(parser, text)
    assert [(m[0], m[2]) for m in moves] == [("withdraw", origin)]


def test_partitive_object_keeps_the_heading_after_the_particle(parser: Parser) -> None:
    text = "An officer said the army had moved some of its own units away from Sirte toward Jufra."
    assert [(m[0], m[2], m[3]) for m in _moves(parser, text)] == [("withdraw", "Sirte", "Jufra")]


def test_partitive_object_with_no_particle_is_still_sent(parser: Parser) -> None:
    text = "The Libyan National Army sent some of its brigades to Sirte on Monday."
    assert [(m[0], m[3]) for m in _moves(parser, text)] == [("deploy", "Sirte")]
