"""Movement dates in the small hours (round 50).

A clock time between midnight and 5 am with no day of its own ("shortly after 2 am", "by 4.30
a.m.", "after midnight") that follows an evening or a night the story has told ("on Friday evening", "late on
Friday", "Friday night": ``_timex.NIGHT_ANCHOR_WORDS``) is on the day after that evening. Any
other clock time adds nothing: a move "at 9 am" after "Thursday night", or "at 3 am" after a plain
"on Friday", stays on the day told.

Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _movement_records import movement_days

from libya_events import Parser
from libya_events.dates import find_time_expressions

PARSER = Parser()
PUBLISHED = "2022-06-05"  # a Sunday


def _dates(text: str) -> list[str | None]:
    return movement_days(PARSER, text, PUBLISHED)


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
        (
            "Fighting broke out at a checkpoint in Zawiya on Thursday evening. Shortly after midnight"
            " the LNA withdrew to Warshefana.",
            "2022-06-03",
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
        (  # "before midnight" is the evening's own day
            "Rival militias exchanged fire in Gharyan on Friday evening. Just before midnight the"
            " brigade pulled its fighters back to Asaba.",
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


# ------------------------------------------------- "from 2019": the year a move began


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The Wagner Group, which sent fighters to Jufra from 2019, has kept a low profile.", "2019"),
        ("Turkey deployed military advisers to Tripoli from 2020 onward, officials said.", "2020"),
        ("From 2014 the LNA sent troops into the western districts of Benghazi.", "2014"),
    ],
)
def test_a_year_after_from_dates_the_move(text: str, year: str) -> None:
    assert _dates(text) == [f"{year}-01-01"]


@pytest.mark.parametrize(
    "text",
    [
        "The guards kept the oil ports shut from 2013 to 2016.",  # a span of years
        "The camp grew from 2000 residents to twice that.",  # a count
    ],
)
def test_from_before_a_span_or_a_count_is_no_year(text: str) -> None:
    assert find_time_expressions(text, dt.date(2022, 6, 5)) == []


# ------------------------------------------------- a later conjunct's own "when" clause tells its time


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "In April 2019 the LNA advanced on Tripoli, and it pulled back to Tarhuna when the offensive"
            " collapsed a year later.",
            ["2019-04-01", "2020-01-01"],
        ),
        (
            "In March 2016 the militia seized Sirte, and it withdrew to Misrata when its money ran out a"
            " year later.",
            ["2016-03-01", "2017-01-01"],
        ),
        (
            "On Monday the GNA sent troops to Garabulli and they pulled out of the town when the shelling"
            " resumed on Wednesday.",
            ["2022-05-30", "2022-06-01"],
        ),
    ],
)
def test_own_when_clause_dates_a_later_conjunct(text: str, days: list[str]) -> None:
    assert _dates(text) == days


def test_a_when_clause_with_no_time_leaves_the_first_verbs_time() -> None:
    text = "In April 2019 the LNA advanced on Tripoli, and it pulled back to Tarhuna when the offensive collapsed."
    assert _dates(text) == ["2019-04-01", "2019-04-01"]
