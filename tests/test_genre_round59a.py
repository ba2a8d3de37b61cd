"""Round 59a: classes found by four blind genre articles (genre-297..300)."""

from __future__ import annotations

import pytest
from _movement_records import actor_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- "sent ships carrying X to Y": the goal hung on the carrying clause is the sending's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey sent three frigates carrying medical teams to Derna, while its planes landed in"
            " Benghazi.",
            ("Turkey", "deploy", None, "Derna"),
        ),
        (
            "The Egyptian army dispatched a convoy carrying food and tents to Derna on Wednesday.",
            ("Egyptian armed forces", "deploy", None, "Derna"),
        ),
        (
            "The Libyan National Army sent reinforcements carrying heavy weapons to Sirte overnight.",
            ("Libyan National Army", "deploy", None, "Sirte"),
        ),
        (
            "The Government of National Unity dispatched ambulances carrying medical staff to Derna on"
            " Tuesday.",
            ("Government of National Unity", "deploy", None, "Derna"),
        ),
    ],
)
def test_goal_on_carrying_clause(parser: Parser, text: str, expected: tuple[str | None, ...]) -> None:
    assert expected in actor_moves(parser, text, "2023-09-20")


def test_carrying_clause_without_sending(parser: Parser) -> None:
    # a vehicle carrying goods to a place, with no verb of sending, is no one's deployment
    moves = actor_moves(parser, "A cargo plane carrying aid to Benghazi crashed on Monday.", "2023-09-20")
    assert all(kind != "deploy" for _actor, kind, _origin, _dest in moves)


# ------------- a rare past form read as a noun ("forces of X retook Y") is still the clause's verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In late June, forces of the Government of National Accord (GNA) retook Gharyan, the town"
            " south of the capital that the LNA had turned into its main base.",
            ("Government of National Accord forces", "capture", None, "Gharyan"),
        ),
        (
            "Units of the Presidential Guard retook Gharyan, the hill town south of Tripoli that they"
            " had lost in April.",
            ("Presidential Guard", "capture", None, "Gharyan"),
        ),
        (
            "On 5 June, troops of the Government of National Accord (GNA) retook Tarhuna, the last LNA"
            " stronghold in the west.",
            ("Government of National Accord forces", "capture", None, "Tarhuna"),
        ),
    ],
)
def test_past_form_read_as_noun(parser: Parser, text: str, expected: tuple[str | None, ...]) -> None:
    assert expected in actor_moves(parser, text, "2019-07-01")


def test_past_form_noun_needs_subject_and_object(parser: Parser) -> None:
    # a noun phrase with no clause of its own stays a noun: no capture
    moves = actor_moves(parser, "The retook of the base was celebrated in Misrata.", "2019-07-01")
    assert all(kind != "capture" for _actor, kind, _origin, _dest in moves)
