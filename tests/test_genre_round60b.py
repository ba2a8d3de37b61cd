"""Round 60b: classes found by four blind genre articles (genre-309..312)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- "according to A and to B": each source the repeated "to" names speaks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The militia left Sirte on Monday, according to the army and to local elders.",
            {"army", "elders"},
        ),
        (
            "According to residents and to a hospital source, the gunmen left Zawiya overnight.",
            {"residents", "hospital source"},
        ),
        (
            "According to two officials and to a UN source, the talks in Geneva collapsed on Tuesday.",
            {"officials", "UN source"},
        ),
        (
            "The convoy reached Sabha on Sunday, according to the municipal council and to tribal elders.",
            {"municipal council", "tribal elders"},
        ),
    ],
)
def test_each_conjoined_according_source_speaks(parser: Parser, text: str, expected: set[str]) -> None:
    article = parser.parse(text, published="2022-05-10")
    assert {s.speaker for s in article.statements} == expected
    assert len({s.text for s in article.statements}) == 1  # one report, told by each source


def test_single_according_source_stays_single(parser: Parser) -> None:
    article = parser.parse(
        "According to the ministry, the road to Tarhuna was reopened on Friday.", published="2022-05-10"
    )
    assert [s.speaker for s in article.statements] == ["ministry"]


# ------------- "urged X to spare civilians once they entered Y": the time clause is asked for too


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The council urged its fighters to protect civilians once they entered the capital.", "2011-08-19"),
        ("The council told its fighters to spare civilians when they reach Sirte.", "2016-06-01"),
        ("The mayor asked the army to reopen the road when it reaches Ubari.", "2019-02-01"),
        ("The envoy urged the militias to free the detainees once they left Sirte.", "2016-12-01"),
    ],
)
def test_time_clause_of_a_request_is_no_movement(parser: Parser, text: str, published: str) -> None:
    assert kind_first_moves(parser, text, published) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels moved to secure the airport after they entered Tripoli.",
            ("capture", "Libyan rebels", None, "Tripoli"),
        ),
        (
            "The militias agreed to hand over their weapons after they left Sirte on Monday.",
            ("withdraw", "militias", "Sirte", None),
        ),
    ],
)
def test_time_clause_of_a_non_request_stays_told(
    parser: Parser, text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    """Only a request's time clause is asked for: under a verb of moving or agreeing it may tell
    a move made."""
    assert expected in kind_first_moves(parser, text, "2011-08-19")
