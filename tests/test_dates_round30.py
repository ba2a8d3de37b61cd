"""Dates (round 30): "within hours", "within a day", "within two days" count from the date told
before them, as "two days later" does.

Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from libya_events import Parser
from libya_events.dates import find_time_expressions

PARSER = Parser()
PUBLISHED = dt.date(2021, 9, 30)


def _last_iso(text: str) -> str | None:
    found = find_time_expressions(text, PUBLISHED)
    date = found[-1].date
    return date.iso if date is not None else None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("On 12 August the rebels shelled the port. Within hours the garrison surrendered.", "2021-08-12"),
        (
            "On 12 August the rebels shelled the port. Within a day the garrison had surrendered.",
            "2021-08-13",
        ),
        (
            "The convoy left Sabha on 3 March, and within two days it had reached Ubari.",
            "2021-03-04/2021-03-05",
        ),
        ("The talks opened on 1 July. Within a week the delegates had gone home.", "2021-07-02/2021-07-08"),
        (
            "The siege began on 5 May, and within days the defenders ran short of water.",
            "2021-05-06/2021-05-12",
        ),
    ],
)
def test_within_a_span_counts_from_the_date_told_before(text: str, iso: str) -> None:
    assert _last_iso(text) == iso


def test_within_a_span_with_no_day_told_before_has_no_date() -> None:
    assert _last_iso("In August the rebels shelled the port. Within a day the garrison surrendered.") is None


def test_a_long_deadline_is_no_time_expression() -> None:
    """ "within 90 days" is a deadline, not when something happened after a dated event."""
    found = find_time_expressions(
        "On 23 October the sides agreed that fighters leave within 90 days.", PUBLISHED
    )
    assert [t.text for t in found] == ["On 23 October"]


@pytest.mark.parametrize(
    "text",
    [
        "Government forces entered Brega on 3 June. Within a day the army had also seized Zueitina.",
        "Islamic State fighters overran the air base of Sirte on 3 June. "
        "Within a day the port of Sirte had also fallen to the militants.",
    ],
)
def test_a_move_told_within_a_day_of_a_dated_one_takes_the_day_after(text: str) -> None:
    article = PARSER.parse(text, published="2021-06-10")
    assert [m.date.iso if m.date else None for m in article.movements] == ["2021-06-03", "2021-06-04"]
