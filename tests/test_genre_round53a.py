"""Round 53a: classes found by four blind genre articles (genre-249..252)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _statements(parser: Parser, text: str) -> list[tuple[str | None, bool, str]]:
    return [(s.speaker, s.direct, s.text) for s in parser.parse(text, published="2019-04-26").statements]


# ------------- a counted share of people moved by others: the people go


@pytest.mark.parametrize(
    ("text", "actor", "destination"),
    [
        ("The IOM relocated about 150 of the migrants to Tripoli on Monday.", "migrants", "Tripoli"),
        (
            "Guards transferred dozens of the detainees to the centre in Zintan on Monday.",
            "detainees",
            "Zintan",
        ),
        (
            "On Tuesday the UN refugee agency moved around 250 of the refugees by bus to a shelter in Misrata.",
            "refugees",
            "Misrata",
        ),
    ],
)
def test_a_counted_share_of_people_moved_travels(
    parser: Parser, text: str, actor: str, destination: str
) -> None:
    moves = kind_first_moves(parser, text, "2019-04-26")
    assert ("travel", actor, None, destination) in moves


def test_a_counted_share_of_soldiers_is_still_deployed(parser: Parser) -> None:
    moves = kind_first_moves(
        parser, "The Libyan National Army moved 300 of its soldiers to Sirte.", "2019-04-26"
    )
    assert [kind for kind, *_ in moves] == ["deploy"]


# ------------- forcing or shooting one's way into a place is an advance


@pytest.mark.parametrize(
    ("text", "actor", "destination"),
    [
        (
            "A group of gunmen forced their way into the Abu Salim detention centre on Monday.",
            "gunmen",
            "Abu Salim",
        ),
        ("Armed men forced their way into Zawiya late on Sunday.", "Armed men", "Zawiya"),
        ("Armed men shot their way into Gharyan before dawn on Friday.", "Armed men", "Gharyan"),
    ],
)
def test_forcing_ones_way_in_advances(parser: Parser, text: str, actor: str, destination: str) -> None:
    moves = kind_first_moves(parser, text, "2019-04-26")
    assert any(k == "advance" and a == actor and d is not None and destination in d for k, a, _o, d in moves)


def test_forcing_others_somewhere_is_no_advance_of_the_subject(parser: Parser) -> None:
    moves = kind_first_moves(
        parser, "Armed men forced the families into the desert near Sirte on Monday.", "2019-04-26"
    )
    assert not any(k == "advance" and a == "Armed men" for k, a, _o, _d in moves)


# ------------- leaving a garrison somewhere is no departure from it


@pytest.mark.parametrize(
    "text",
    [
        "The Libyan National Army left a small garrison in Sirte on Monday.",
        "The Misrata brigades went home to Misrata, leaving a smaller garrison in Sirte.",
        "The Libyan National Army left a detachment of 200 men at Brega on Monday.",
    ],
)
def test_a_force_left_somewhere_is_no_withdrawal(parser: Parser, text: str) -> None:
    moves = kind_first_moves(parser, text, "2019-04-26")
    assert not any(k == "withdraw" for k, *_ in moves)


def test_leaving_a_town_still_withdraws(parser: Parser) -> None:
    moves = kind_first_moves(parser, "The Libyan National Army left Sirte on Monday.", "2019-04-26")
    assert ("withdraw", "Libyan National Army", "Sirte", None) in moves


# ------------- "According to X <relative clause without a pronoun>, Y": Y is what X said


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "According to residents the agency has spoken to, the Libyan National Army entered Gharyan on Monday.",
            "residents",
            "the Libyan National Army entered Gharyan on Monday",
        ),
        (
            "According to detainees our teams spoke to, armed men forced their way into the centre on Monday.",
            "detainees",
            "armed men forced their way into the centre on Monday",
        ),
        (
            "According to witnesses Reuters reached by phone, the Libyan National Army entered Gharyan.",
            "witnesses",
            "the Libyan National Army entered Gharyan",
        ),
    ],
)
def test_according_to_a_source_with_a_relative_clause(
    parser: Parser, text: str, speaker: str, content: str
) -> None:
    assert (speaker, False, content) in _statements(parser, text)


# ------------- a speaker after the quote described by an "-ing" participle


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We are staying," said a fighter manning a checkpoint near Sirte.', "fighter"),
        ('"We held the line," said a fighter holding a rifle.', "fighter"),
        ('"The road is closed," said a driver waiting at the gate of the port.', "driver"),
    ],
)
def test_a_speaker_described_by_a_participle(parser: Parser, text: str, speaker: str) -> None:
    found = _statements(parser, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert found[0][1]
    assert "said" not in found[0][2]


# ------------- declaring a state of emergency is an order, not a statement


@pytest.mark.parametrize(
    "text",
    [
        "The General National Congress declared a state of emergency on Sunday.",
        "The National Oil Corporation declared force majeure at the port of Es Sider on Sunday.",
        "The army command declared a state of maximum alert in Sabha on Sunday.",
    ],
)
def test_a_state_declared_is_no_statement(parser: Parser, text: str) -> None:
    assert _statements(parser, text) == []


def test_declaring_that_something_happened_is_a_statement(parser: Parser) -> None:
    text = "The General National Congress declared that the government had failed."
    assert [c for _s, _d, c in _statements(parser, text)] == ["the government had failed"]
