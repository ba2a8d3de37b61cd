"""A month (with or without a day) followed by a year word is one expression in that year.

"in June last year" read on 2020-09-03 is June 2019, not "in June" (2020) plus "last year".
Expected years are computed here from the word, independently of the library's table.
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from libya_events import EventDate, Granularity
from libya_events.dates import find_time_expressions, normalize_time_expression

D = dt.date
P = D(2020, 9, 3)
MONTHS = list(calendar.month_name)[1:]
ABBREVIATIONS = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

# the year word -> years after the published year (or after the story's previous date)
PUBLISHED_WORDS = {"last year": -1, "of last year": -1, "this year": 0, "of this year": 0, "next year": 1}
ANCHORED_WORDS = {"the previous year": -1, "the year before": -1, "the following year": 1, "the same year": 0}


def found(text: str, published: D | None = P) -> list[tuple[str, str | None]]:
    return [(t.text, None if t.date is None else t.date.iso) for t in find_time_expressions(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighters reached the port in June last year.", [("in June last year", "2019-06")]),
        ("The base changed hands in June of last year.", [("in June of last year", "2019-06")]),
        ("Elections are planned in March next year.", [("in March next year", "2021-03")]),
        ("The column left Jufra on 5 May last year.", [("on 5 May last year", "2019-05-05")]),
        ("The column left Jufra on May 5 last year.", [("on May 5 last year", "2019-05-05")]),
        ("The siege began in early June last year.", [("early June last year", "2019-06")]),
        ("Talks resumed in mid-January this year.", [("mid-January this year", "2020-01")]),
        (
            "The brigade pulled back on the 12th of Oct. last year.",
            [("12th of Oct. last year", "2019-10-12")],
        ),
        ("The airport reopened in late December of last year.", [("late December of last year", "2019-12")]),
    ],
)
def test_a_month_and_a_year_word_are_one_expression(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_the_previous_year_counts_from_the_story_date() -> None:
    text = "The town fell on 4 April 2016. In June the previous year the militia had left it."
    assert found(text) == [("on 4 April 2016", "2016-04-04"), ("In June the previous year", "2015-06")]
    text = "The town fell on 4 April 2016; in May the following year the army returned."
    assert found(text)[-1] == ("in May the following year", "2017-05")


def test_the_previous_year_without_an_earlier_date_counts_from_publication() -> None:
    assert found("In June the year before, the convoy had crossed the border.") == [
        ("In June the year before", "2019-06")
    ]


def test_a_comma_separates_a_month_from_a_following_year_phrase() -> None:
    text = "The fighters came in June, last year they came in May."
    assert found(text) == [("in June", "2020-06"), ("last year", "2019"), ("in May", "2020-05")]


def test_without_a_published_date_the_expression_is_found_but_not_dated() -> None:
    assert found("The army arrived in June last year.", None) == [("in June last year", None)]


def test_a_day_the_month_lacks_is_no_date() -> None:
    assert all(
        date is None or not date.startswith("2019-02-30") for _, date in found("on 30 February last year")
    )


def test_normalize_reads_the_whole_phrase() -> None:
    date = normalize_time_expression("in June last year", P)
    assert (date.start, date.end, date.granularity) == (D(2019, 6, 1), D(2019, 6, 30), Granularity.MONTH)
    day = normalize_time_expression("5 May next year", P)
    assert (day.start, day.granularity) == (D(2021, 5, 5), Granularity.DAY)
    anchored = normalize_time_expression(
        "in June the previous year", P, anchor=EventDate.from_day(D(2014, 2, 1))
    )
    assert anchored.start == D(2013, 6, 1)


phrase_parts = st.tuples(
    st.sampled_from(["in ", "In ", "on ", "since ", "by ", ""]),
    st.sampled_from(["", "early ", "mid-", "late "]),
    st.sampled_from(MONTHS + ABBREVIATIONS),
    st.none() | st.integers(1, 28),
    st.sampled_from(sorted(PUBLISHED_WORDS)),
)


def _month_number(name: str) -> int:
    return [m[:3] for m in MONTHS].index(name[:3]) + 1


@given(
    st.dates(min_value=D(1950, 1, 1), max_value=D(2030, 12, 31)),
    phrase_parts,
    st.sampled_from(["The convoy moved ", "Reports said the brigade withdrew "]),
)
def test_any_month_and_year_word_give_one_expression_in_the_stated_year(
    published: D, parts: tuple[str, str, str, int | None, str], lead: str
) -> None:
    pre, part, month, day, word = parts
    assume(not (day is not None and part))  # "early 5 May" is no phrase
    assume(not (pre == "" and month[-1] == "."))  # a bare abbreviation needs a preposition
    core = f"{month} {day}" if day is not None else f"{part}{month}"
    text = f"{lead}{pre}{core} {word}, officials said."
    year = published.year + PUBLISHED_WORDS[word]
    times = find_time_expressions(text, published)
    covering = [t for t in times if t.span.start <= text.index(core) < t.span.end]
    assert len(covering) == 1
    t = covering[0]
    assert text[t.span.start : t.span.end] == t.text
    assert t.text.endswith(word)
    assert not any(u.text == word.removeprefix("of ") for u in times)  # no second "last year"
    first = D(year, _month_number(month), day or 1)
    if pre.strip() == "since" and not part:  # a range from the stated month or day up to publication
        assert (t.date is None) == (first > published)
        assert t.date is None or (t.date.start, t.date.end) == (first, published)
        return
    assert t.date is not None
    assert t.date.start.year == t.date.end.year == year
    assert t.date.start == first
    if day is not None:
        assert t.date.end == first
        assert t.date.granularity is Granularity.DAY
    else:
        assert t.date.granularity is Granularity.MONTH


@given(
    st.dates(min_value=D(1950, 1, 1), max_value=D(2030, 12, 31)),
    st.dates(min_value=D(1950, 1, 1), max_value=D(2030, 12, 31)),
    st.sampled_from(MONTHS),
    st.sampled_from(sorted(ANCHORED_WORDS)),
)
def test_a_year_told_after_a_month_counts_from_the_previous_date(
    published: D, anchor: D, month: str, word: str
) -> None:
    first = f"{anchor.day} {MONTHS[anchor.month - 1]} {anchor.year}"
    text = f"The town fell on {first}. In {month} {word} the militia had left it."
    times = find_time_expressions(text, published)
    assert [t.text for t in times] == [f"on {first}", f"In {month} {word}"]
    last = times[-1]
    assert text[last.span.start : last.span.end] == last.text
    assert last.date is not None
    assert last.date.start == D(anchor.year + ANCHORED_WORDS[word], MONTHS.index(month) + 1, 1)


@given(
    st.dates(min_value=D(1950, 1, 1), max_value=D(2030, 12, 31)),
    st.sampled_from(["morning", "afternoon", "evening"]),
)
def test_this_morning_is_the_published_day(published: D, part: str) -> None:
    text = f"The brigade withdrew this {part}, a spokesman said."
    [t] = find_time_expressions(text, published)
    assert text[t.span.start : t.span.end] == t.text == f"this {part}"
    assert t.date is not None
    assert t.date.start == t.date.end == published


def test_earlier_in_the_day_is_the_previous_dated_day() -> None:
    text = "The column reached Sirte on 4 April 2016. Earlier in the day it had left Misrata."
    assert found(text) == [("on 4 April 2016", "2016-04-04"), ("Earlier in the day", "2016-04-04")]
    assert found("Later in the day the column left.") == [("Later in the day", None)]


@given(
    st.dates(min_value=D(1950, 1, 1), max_value=D(2030, 12, 31)),
    st.dates(min_value=D(1950, 1, 1), max_value=D(2030, 12, 31)),
    st.booleans(),
    st.booleans(),
)
def test_a_weekday_with_a_stated_date_is_that_date(
    day: D, published: D, day_first: bool, with_year: bool
) -> None:
    weekday, month = calendar.day_name[day.weekday()], MONTHS[day.month - 1]
    stated = f"{day.day} {month}" if day_first else f"{month} {day.day}"
    phrase = f"on {weekday}, {stated}" + (f", {day.year}" if with_year else "")
    text = f"The brigade entered the town {phrase}, residents said."
    [t] = find_time_expressions(text, published if not with_year else None)
    assert text[t.span.start : t.span.end] == t.text == phrase
    if with_year:
        assert t.date is not None
        assert t.date.start == t.date.end == day
    else:  # the stated month and day, whatever the weekday
        assert t.date is None or (t.date.start.month, t.date.start.day) == (day.month, day.day)
