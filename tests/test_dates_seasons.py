"""Seasons: "the summer of 2014", "last summer", "this winter", "that spring" are ranges of months.

Expected ranges are computed here by walking back or forward over the calendar's seasons.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libya_events import Granularity
from libya_events.dates import find_time_expressions

D = dt.date
FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def season(year: int, name: str) -> tuple[D, D]:
    """The season starting in ``year``: three whole months (winter ends in February of the next year)."""
    first = FIRST_MONTH[name]
    end_year, end_month = (year + 1, (first + 2) - 12) if first + 2 > 12 else (year, first + 2)
    next_month = D(end_year + (end_month == 12), end_month % 12 + 1, 1)
    return D(year, first, 1), next_month - dt.timedelta(days=1)


def found(text: str, published: D | None) -> list[tuple[str, str | None]]:
    return [(t.text, None if t.date is None else t.date.iso) for t in find_time_expressions(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coalition took the capital last summer.", [("last summer", "2014-06-01/2014-08-31")]),
        ("Fighting spread in the summer of 2011.", [("the summer of 2011", "2011-06-01/2011-08-31")]),
        ("The brigade withdrew in autumn 2012.", [("autumn 2012", "2012-09-01/2012-11-30")]),
        ("The port reopened in the fall of 2013.", [("the fall of 2013", "2013-09-01/2013-11-30")]),
        ("Talks may resume next spring.", [("next spring", "2016-03-01/2016-05-31")]),
        (
            "The militia has held the town since last winter.",
            [("since last winter", "2014-12-01/2015-05-21")],
        ),
    ],
)
def test_seasons(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, D(2015, 5, 21)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the Arab Spring of 2011",
        "after the fall of Sirte",
        "in the summer heat",
        "Operation Peace Spring began",
        "a spring offensive",
        "after the last fall of the city",
        "over the last summer",
        "the next spring offensive",
    ],
)
def test_no_season_without_a_year_or_a_modifier(text: str) -> None:
    assert found(text, D(2015, 5, 21)) == []


def test_that_season_counts_from_the_previous_date() -> None:
    text = "The town fell on 4 February 2016. That winter the militia had left it."
    assert found(text, None)[1:] == [("That winter", "2015-12-01/2016-02-29")]
    text = "The town fell on 4 February 2016. That summer the militia came back."
    assert found(text, None)[1:] == [("That summer", "2016-06-01/2016-08-31")]


@given(
    st.dates(min_value=D(1950, 1, 1), max_value=D(2030, 12, 31)),
    st.sampled_from(sorted(FIRST_MONTH)),
    st.sampled_from(["last", "next"]),
)
def test_last_and_next_season_are_the_nearest_over_or_to_come(published: D, name: str, word: str) -> None:
    text = f"The brigade moved to the coast {word} {name}."
    [t] = find_time_expressions(text, published)
    assert text[t.span.start : t.span.end] == t.text == f"{word} {name}"
    assert t.date is not None
    assert t.date.granularity is Granularity.RANGE
    if word == "last":
        year = published.year
        while season(year, name)[1] >= published:
            year -= 1
    else:
        year = published.year - 1
        while season(year, name)[0] <= published:
            year += 1
    assert (t.date.start, t.date.end) == season(year, name)


@given(
    st.integers(1950, 2030), st.sampled_from(sorted(FIRST_MONTH)), st.sampled_from(["the {} of {}", "{} {}"])
)
def test_a_season_with_a_year_is_that_years(year: int, name: str, form: str) -> None:
    phrase = form.format(name, year)
    [t] = find_time_expressions(f"Forces advanced in {phrase}.", None)
    assert t.text == phrase
    assert t.date is not None
    assert (t.date.start, t.date.end) == season(year, name)
