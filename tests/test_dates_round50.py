"""Movement dates in the small hours (round 50).

A clock time between midnight and 5 am with no day of its own ("shortly after 2 am", "by 4.30
a.m.") that follows an evening or a night the story has told ("on Friday evening", "late on
Friday", "Friday night": ``_timex.NIGHT_ANCHOR_WORDS``) is on the day after that evening. Any
other clock time adds nothing: a move "at 9 am" after "Thursday night", or "at 3 am" after a plain
"on Friday", stays on the day told.

Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from libya_events import Parser
from libya_events.dates import find_time_expressions

PARSER = Parser()
PUBLISHED = "2022-06-05"  # a Sunday


def _dates(text: str) -> list[str | None]:
    article = PARSER.parse(text, published=PUBLISHED)
    return [m.date.start.isoformat() if m.date is not None else None for m in article.movements]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Rival militias exchanged fire in Gharyan on Friday evening. Shortly after 2 am, the"
            " brigade pulled its fighters back to Asaba.",
            "2022-06-04",
        ),
        (
            "Shelling hit the port of Misrata late on Thursday. By 4:30 am the militia had withdrawn"
            " to Zliten.",
            "2022-06-03",
        ),
        (
            "A convoy was ambushed near Sabha on Wednesday night. At 3 a.m. the army sent"
            " reinforcements to Ubari.",
            "2022-06-02",
        ),
    ],
)
def test_small_hours_after_an_evening_are_the_next_day(text: str, day: str) -> None:
    assert _dates(text) == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (  # a morning hour is no small hour of the night before
            "Rival militias exchanged fire in Gharyan on Friday night. At 9 am the brigade pulled its"
            " fighters back to Asaba.",
            "2022-06-03",
        ),
        (  # a plain day told: its own small hours
            "Rival militias exchanged fire in Gharyan on Friday. At 3 am the brigade pulled its"
            " fighters back to Asaba.",
            "2022-06-03",
        ),
    ],
)
def test_other_clock_times_keep_the_day(text: str, day: str) -> None:
    assert _dates(text) == [day]


def test_a_count_of_amendments_is_no_clock_time() -> None:
    found = find_time_expressions("On Friday evening the house passed 2 amendments.", dt.date(2022, 6, 5))
    assert [e.text for e in found] == ["On Friday evening"]
