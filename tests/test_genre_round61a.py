"""Round 61a: classes found by four blind genre articles (genre-313..316)."""

from __future__ import annotations

import pytest
from _movement_records import actor_moves

from libya_events import Parser
from libya_events.model import Modality


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- a passive "be left (in X)" tells who remains there, not a departure


@pytest.mark.parametrize(
    "text",
    [
        "The brigade stormed the port on Monday. No more than 150 militants are left in Sirte,"
        " a commander said.",
        "Only a few dozen gunmen were left in Derna after the assault, officials said.",
        "About 60 families are still left in the old town of Tawergha, a resident said.",
    ],
)
def test_those_left_in_a_place_do_not_withdraw(parser: Parser, text: str) -> None:
    moves = actor_moves(parser, text, "2016-08-11")
    assert not any(kind in ("withdraw", "deploy") for _, kind, _, _ in moves)


def test_a_place_left_by_its_holders_is_still_a_withdrawal(parser: Parser) -> None:
    """With its agent, the passive still tells the agent's departure."""
    moves = actor_moves(parser, "The militants left Derna on Monday.", "2016-08-11")
    assert any(kind == "withdraw" for _, kind, _, _ in moves)


# ------------- an attempt still to come (under "expect", "is expected") is planned, not attempted


def _modalities(parser: Parser, text: str) -> list[tuple[str, Modality]]:
    article = parser.parse(text, published="2019-07-10")
    return [(m.kind.value, m.modality) for m in article.movements]


@pytest.mark.parametrize(
    "text",
    [
        "Observers expect the LNA to try to retake Gharyan in the coming days.",
        "GNA forces are expected to try to seize Tarhuna before the end of the month.",
        "Diplomats expect Haftar's forces to try to recapture the airport road soon.",
    ],
)
def test_an_expected_attempt_is_planned(parser: Parser, text: str) -> None:
    mods = _modalities(parser, text)
    assert mods
    assert all(modality is Modality.PLANNED for _, modality in mods)


def test_a_past_attempt_stays_attempted(parser: Parser) -> None:
    mods = _modalities(parser, "The LNA tried to retake Gharyan on Monday, a spokesman said.")
    assert ("capture", Modality.ATTEMPTED) in mods
