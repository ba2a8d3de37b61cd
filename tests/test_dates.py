"""Tests of :mod:`libya_events.dates`: detection, normalisation, tense, false hits, robustness.

Expected dates in the property tests are computed independently of the library, by
walking the calendar one day (or month) at a time.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libya_events import DateParseError, EventDate, Granularity, InputTypeError
from libya_events.dates import (
    TimeExpression,
    find_time_expressions,
    normalize_time_expression,
    parse_published,
)

D = dt.date
ONE = dt.timedelta(days=1)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = list(calendar.month_name)[1:]

# --------------------------------------------------------------------------- an independent oracle


def walk_back(start: D, ok: Callable[[D], bool], *, strict: bool = False) -> D:
    day = start - ONE if strict else start
    while not ok(day):
        day -= ONE
    return day


def walk_forward(start: D, ok: Callable[[D], bool], *, strict: bool = False) -> D:
    day = start + ONE if strict else start
    while not ok(day):
        day += ONE
    return day


def day_iso(day: D) -> str:
    return day.isoformat()


def month_iso(day: D) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def week_iso(day: D) -> str:
    monday = walk_back(day, lambda d: d.weekday() == 0)
    return f"{monday.isoformat()}/{(monday + 6 * ONE).isoformat()}"


def previous_month(day: D) -> D:
    return day.replace(day=1) - ONE


def show(date: EventDate | None) -> str | None:
    """ISO text with weeks spelt as start/end (independent of how the model writes a week)."""
    if date is None:
        return None
    if date.granularity in (Granularity.WEEK, Granularity.RANGE):
        return f"{date.start.isoformat()}/{date.end.isoformat()}"
    return date.iso


def nearest_month_day(published: D, month: int, day: int) -> D:
    """The reading the dates module documents for a bare "<Month> <day>": a date within a
    week of publication on either side (a late edition, a time zone), else the latest on or
    before the publication date."""
    for year in (published.year, published.year - 1, published.year + 1):
        if calendar.monthrange(year, month)[1] >= day and abs((D(year, month, day) - published).days) <= 7:
            return D(year, month, day)
    return walk_back(published, lambda x: (x.month, x.day) == (month, day))


# A phrase generator yields (phrase, expected iso for a published date).
Case = tuple[str, Callable[[D], str]]

weekday_index = st.integers(min_value=0, max_value=6)


@st.composite
def phrases(draw: st.DrawFn) -> Case:
    kind = draw(
        st.sampled_from(
            [
                *("weekday", "last_weekday", "yesterday", "last_month", "in_month", "in_month_year"),
                *("month_day", "day_month_year", "this_week", "last_year", "weekend", "next_weekday"),
                "earlier_this_month",
            ]
        )
    )
    if kind == "weekday":
        wd = draw(weekday_index)
        lead = draw(st.sampled_from(["on ", "late on ", "early on ", "later on ", ""]))
        tail = draw(st.sampled_from(["", " night", " morning", " evening"]))
        return f"{lead}{WEEKDAYS[wd]}{tail}", lambda p: day_iso(walk_back(p, lambda d: d.weekday() == wd))
    if kind == "last_weekday":
        wd = draw(weekday_index)
        return f"last {WEEKDAYS[wd]}", lambda p: day_iso(
            walk_back(p, lambda d: d.weekday() == wd, strict=True)
        )
    if kind == "next_weekday":
        wd = draw(weekday_index)
        return f"next {WEEKDAYS[wd]}", lambda p: day_iso(
            walk_forward(p, lambda d: d.weekday() == wd, strict=True)
        )
    if kind == "yesterday":
        return "yesterday", lambda p: day_iso(p - ONE)
    if kind == "last_month":
        return draw(st.sampled_from(["last month", "Last month"])), lambda p: month_iso(previous_month(p))
    if kind == "earlier_this_month":
        return "earlier this month", month_iso
    if kind == "in_month":
        m = draw(st.integers(min_value=1, max_value=12))

        def latest_month(p: D) -> str:
            day = p
            while day.month != m:
                day = previous_month(day)
            return month_iso(day)

        return f"in {MONTHS[m - 1]}", latest_month
    if kind == "in_month_year":
        m = draw(st.integers(min_value=1, max_value=12))
        y = draw(st.integers(min_value=1950, max_value=2030))
        return f"in {MONTHS[m - 1]} {y}", lambda p: f"{y:04d}-{m:02d}"
    if kind == "month_day":
        m = draw(st.integers(min_value=1, max_value=12))
        d = draw(st.integers(min_value=1, max_value=calendar.monthrange(2001, m)[1]))  # no 29 Feb
        name = draw(st.sampled_from([MONTHS[m - 1], MONTHS[m - 1][:3] + "."])) if m != 5 else "May"
        if name == "Sep.":
            name = "Sept."
        lead = draw(st.sampled_from(["on ", ""]))
        return f"{lead}{name} {d}", lambda p: day_iso(nearest_month_day(p, m, d))
    if kind == "day_month_year":
        day = draw(st.dates(min_value=D(1950, 1, 1), max_value=D(2030, 12, 31)))
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}", lambda p: day_iso(day)
    if kind == "this_week":
        return draw(st.sampled_from(["earlier this week", "this week"])), week_iso
    if kind == "weekend":
        return "over the weekend", lambda p: month_iso(
            walk_back(p, lambda d: d.weekday() == 5, strict=True) + ONE
        )
    assert kind == "last_year"
    return "last year", lambda p: str(p.year - 1)


published_dates = st.dates(min_value=D(1950, 1, 1), max_value=D(2030, 12, 31))

# --------------------------------------------------------------------------- properties


@given(published_dates, phrases())
def test_phrase_normalises_to_the_independently_computed_date(published: D, case: Case) -> None:
    phrase, expected = case
    assert show(normalize_time_expression(phrase, published)) == expected(published)


@given(published_dates, phrases(), st.sampled_from(["The rebels withdrew ", "Fighting was reported "]))
def test_phrase_in_a_sentence_is_found_and_normalised(published: D, case: Case, lead: str) -> None:
    phrase, expected = case
    text = f"{lead}{phrase}, a spokesman said."
    found = find_time_expressions(text, published)
    assert [t.text for t in found] == [phrase]
    (expression,) = found
    assert expression.span.slice(text) == phrase
    assert expression.date is not None
    assert show(expression.date) == expected(published)
    assert expression.date.text == phrase
    assert expression.date.span == expression.span


def check_spans(text: str, found: list[TimeExpression]) -> None:
    previous_end = 0
    for expression in found:
        assert expression.span.start >= previous_end
        assert expression.span.slice(text) == expression.text
        assert expression.text.strip() == expression.text
        if expression.date is not None:
            assert expression.date.span == expression.span
        previous_end = expression.span.end


@given(st.text(), st.none() | published_dates)
def test_any_text_never_raises_and_spans_slice(text: str, published: D | None) -> None:
    check_spans(text, find_time_expressions(text, published))


noise = st.sampled_from(
    [
        "the",
        "forces",
        "Gate 27",
        "one,",
        "now",
        "may",
        "March",
        "a march on",
        "Tripoli",
        ".",
        ",",
        "said",
        "on",
        "in",
        "last",
        "late",
        "\n",
        "  ",
        "2,000",
        "1973",
        "Sunday Times",
        "17",
        "the same",
    ]
)
fragments = st.lists(st.one_of(noise, phrases().map(lambda case: case[0])), max_size=25)


@given(fragments, st.none() | published_dates)
def test_mixed_text_spans_are_ordered_exact_and_disjoint(parts: list[str], published: D | None) -> None:
    text = " ".join(parts)
    check_spans(text, find_time_expressions(text, published))


weird = st.sampled_from(
    ["\u0130", "\u017f", "\u212a", "\u00a0", "\u2014", "\u00e9", "\u0661\u0669", "'s", "-"]
)


@given(st.lists(st.one_of(noise, weird, phrases().map(lambda case: case[0])), max_size=20), st.dates())
def test_extreme_published_dates_and_odd_characters_never_raise(parts: list[str], published: D) -> None:
    text = "".join(parts)
    check_spans(text, find_time_expressions(text, published))
    for part in parts:
        with contextlib.suppress(DateParseError):
            normalize_time_expression(part, published)


@given(st.text())
def test_normalize_raises_only_typed_errors(phrase: str) -> None:
    with contextlib.suppress(DateParseError):
        normalize_time_expression(phrase, D(2019, 2, 12))


# --------------------------------------------------------------------------- worked examples


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        # own sentences with the resolutions the dev gold's notes spell out
        (D(2011, 8, 24), "Rebels stormed the compound on Tuesday.", [("on Tuesday", "2011-08-23")]),
        (D(2011, 8, 24), "He drove to the hotel late on Monday.", [("late on Monday", "2011-08-22")]),
        (D(2011, 8, 24), "Columns were near the city by Sunday morning.", [("Sunday morning", "2011-08-21")]),
        (D(2011, 8, 24), "Fighters arrived by sea over the weekend.", [("over the weekend", "2011-08")]),
        (
            D(2014, 5, 18),
            "The general spoke yesterday after fighting on Friday.",
            [("yesterday", "2014-05-17"), ("on Friday", "2014-05-16")],
        ),
        (
            D(2016, 8, 11),
            "They seized the town last year and lost it last month.",
            [("last year", "2015"), ("last month", "2016-07")],
        ),
        (
            D(2016, 8, 11),
            "Jets have struck targets since Aug. 1.",
            [("since Aug. 1", "2016-08-01/2016-08-11")],
        ),
        (D(2016, 8, 11), "The campaign began in May.", [("in May", "2016-05")]),
        (D(2019, 2, 12), "The unit reached the field last Wednesday.", [("last Wednesday", "2019-02-06")]),
        (
            D(2019, 2, 12),
            "Tribesmen seized it on Dec. 8 and he visited in December.",
            [("on Dec. 8", "2018-12-08"), ("in December", "2018-12")],
        ),
        (
            D(2019, 2, 12),
            "The push started in January and reached the city later that month.",
            [("in January", "2019-01"), ("later that month", "2019-01")],
        ),
        (D(2019, 2, 12), "He was appointed last week.", [("last week", "2019-02-04/2019-02-10")]),
        (D(2019, 6, 27), "The assault began on April 4.", [("on April 4", "2019-04-04")]),
        (D(2020, 5, 19), "Troops entered the town early on Tuesday.", [("early on Tuesday", "2020-05-19")]),
        (D(2020, 6, 20), "The minister flew there earlier this month.", [("earlier this month", "2020-06")]),
        (
            D(2022, 5, 17),
            "He arrived overnight and left later on Tuesday.",
            [("overnight", "2022-05-17"), ("later on Tuesday", "2022-05-17")],
        ),
        (D(2022, 5, 17), "The talks opened on Tuesday.", [("on Tuesday", "2022-05-17")]),
        (D(2023, 9, 12), "The storm hit on Sunday night.", [("on Sunday night", "2023-09-10")]),
        # more of the grammar
        (
            D(2019, 2, 12),
            "Sources said earlier this week that it fell.",
            [("earlier this week", "2019-02-11/2019-02-17")],
        ),
        (
            D(2019, 2, 12),
            "Elections were held in March 2011 and June 5, 2019 and 4 April 2019 and 2019-04-04.",
            [
                ("in March 2011", "2011-03"),
                ("June 5, 2019", "2019-06-05"),
                ("4 April 2019", "2019-04-04"),
                ("2019-04-04", "2019-04-04"),
            ],
        ),
        (
            D(2019, 2, 12),
            "Oil flowed in 2011, this year and next month.",
            [("in 2011", "2011"), ("this year", "2019"), ("next month", "2019-03")],
        ),
        (D(2019, 2, 12), "He will travel there next Friday.", [("next Friday", "2019-02-15")]),
        (
            D(2019, 2, 12),
            "Shelling resumed overnight on Monday and again the next day.",
            [("overnight on Monday", "2019-02-11"), ("the next day", "2019-02-12")],
        ),
        (
            D(2019, 2, 12),
            "Fighting erupted on Sunday and stopped the same day.",
            [("on Sunday", "2019-02-10"), ("the same day", "2019-02-10")],
        ),
        (D(2019, 2, 12), "The town fell two weeks ago.", [("two weeks ago", "2019-01-28/2019-02-03")]),
        (
            D(2019, 2, 12),
            "Clashes began on Sunday and two days later the town fell; a month earlier it was calm.",
            [("on Sunday", "2019-02-10"), ("two days later", "2019-02-12"), ("a month earlier", "2019-01")],
        ),
        (D(2019, 2, 12), "Three days later it fell.", [("Three days later", None)]),
        (D(2019, 2, 12), "The minister will visit this weekend.", [("this weekend", "2019-02")]),
        (D(2019, 3, 27), "Rebels regrouped over the weekend of fighting.", [("over the weekend", "2019-03")]),
        (D(2019, 6, 3), "Troops moved in over the weekend.", [("over the weekend", "2019-06")]),
        (D(2019, 6, 1), "Troops moved in over the weekend.", [("over the weekend", "2019-05")]),
        (
            D(2019, 2, 12),
            "The blockade has lasted since last month.",
            [("since last month", "2019-01-01/2019-02-12")],
        ),
        (
            D(2019, 2, 12),
            "Nothing has moved until March 2011 or by early 2012.",
            [("March 2011", "2011-03"), ("early 2012", "2012")],
        ),
        (D(2019, 2, 12), "Veterans of the 2011 uprising joined.", [("2011", "2011")]),
        (D(2019, 2, 12), "TRIPOLI, Feb 12 (Reuters) - Clashes broke out.", [("Feb 12", "2019-02-12")]),
    ],
)
def test_worked_examples(published: D, sentence: str, expected: list[tuple[str, str]]) -> None:
    found = find_time_expressions(sentence, published)
    assert [(t.text, show(t.date)) for t in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks will be held on Friday.", "2019-02-15"),
        ("The council is due to meet on Thursday.", "2019-02-14"),
        ("On Friday, parliament will vote on the cabinet.", "2019-02-15"),
        ("He said on Friday he would resign.", "2019-02-08"),
        ("The firm said on Tuesday in a statement that output would resume.", "2019-02-12"),
        ("Forces withdrew on Friday.", "2019-02-08"),
        ("Elections will be held in December.", "2019-12"),
        ("Voting took place in December.", "2018-12"),
    ],
)
def test_tense_picks_the_direction(sentence: str, expected: str) -> None:
    (expression,) = find_time_expressions(sentence, D(2019, 2, 12))  # a Tuesday
    assert show(expression.date) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gate 27 was closed.",
        "One, two, three.",
        "The fighting continues now.",
        "Troops may withdraw.",
        "May God protect Libya.",
        "MAY BE DELAYED",
        "Protesters planned a march on Tripoli.",
        "March on Tripoli, the leader urged.",
        "The Sunday Times reported it.",
        "The Mail on Sunday reported it.",
        "USA Today reported it.",
        "The February 17 brigades fought.",
        "A 42-year rule ended after a 13-month campaign.",
        "The year was difficult for a week or a month.",
        "Over the last year violence fell.",
        "UN resolution 1973 authorised strikes on 2000 targets.",
        "Theresa May spoke, and in May's view it failed.",
        "It was the decision of Janzour's mayor to separate the market.",
        "a day, the day, days",
        "Sanctions imposed in the 1990s and in 1990s-era rules.",
        "They pray every day; on Fridays the market closes; a three-day visit.",
        "The general quoted the Bloody Sunday inquiry.",
    ],
)
def test_false_hits_yield_nothing(text: str) -> None:
    assert find_time_expressions(text, D(2019, 2, 12)) == []


def test_relative_expressions_without_published_are_found_but_not_dated() -> None:
    found = find_time_expressions("On Monday, and in March 2011, and last month, since 4 April 2019.")
    assert [(t.text, t.kind, show(t.date)) for t in found] == [
        ("On Monday", "weekday", None),
        ("in March 2011", "absolute", "2011-03"),
        ("last month", "relative_period", None),
        ("since 4 April 2019", "absolute", None),  # a range needs its end, the published date
    ]


def test_expression_records_kind_and_tense() -> None:
    (expression,) = find_time_expressions("They will meet on Friday.", D(2019, 2, 12))
    assert expression.kind == "weekday"
    assert expression.tense_hint == "future"
    assert expression.date == EventDate.from_day(D(2019, 2, 15), text="on Friday", span=expression.span)


# --------------------------------------------------------------------------- single-phrase API


def test_normalize_examples() -> None:
    p = D(2019, 2, 12)
    assert normalize_time_expression("late on Monday", p).iso == "2019-02-11"
    assert normalize_time_expression("  in December. ", p).iso == "2018-12"
    assert normalize_time_expression("in December", p, future=True).iso == "2019-12"
    assert normalize_time_expression("Friday", p, future=True).iso == "2019-02-15"
    assert normalize_time_expression("may 2019", None).granularity is Granularity.MONTH
    assert normalize_time_expression("December", p).iso == "2018-12"
    assert normalize_time_expression("2011", None).iso == "2011"
    assert normalize_time_expression("earlier this week", p).granularity is Granularity.WEEK
    assert normalize_time_expression("over the weekend", p).iso == "2019-02"
    assert (
        normalize_time_expression("later that month", anchor=EventDate.from_month(2019, 1)).iso == "2019-01"
    )
    assert normalize_time_expression("Thursday, the 4th of April, 2019", None).iso == "2019-04-04"


@pytest.mark.parametrize("phrase", ["", "   ", "one", "now", "Gate 27", "Tripoli", "April 31", "2019-02-30"])
def test_normalize_rejects_non_expressions(phrase: str) -> None:
    with pytest.raises(DateParseError):
        normalize_time_expression(phrase, D(2019, 2, 12))


@pytest.mark.parametrize("phrase", ["yesterday", "on Monday", "last month", "in December", "that day"])
def test_normalize_needs_published_or_anchor(phrase: str) -> None:
    with pytest.raises(DateParseError, match="needs"):
        normalize_time_expression(phrase, None)


def test_type_errors() -> None:
    with pytest.raises(InputTypeError):
        normalize_time_expression(b"yesterday", D(2019, 2, 12))  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        normalize_time_expression("yesterday", "2019-02-12")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        find_time_expressions(None)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        parse_published(20190212)  # type: ignore[arg-type]


def test_parse_published() -> None:
    assert parse_published(None) is None
    assert parse_published(" 2019-02-12 ") == D(2019, 2, 12)
    assert parse_published(D(2019, 2, 12)) == D(2019, 2, 12)
    assert parse_published(dt.datetime(2019, 2, 12, 8, 30)) == D(2019, 2, 12)
    for bad in ["", "12/02/2019", "2019-02-30", "2019-2-12", "yesterday"]:
        with pytest.raises(DateParseError):
            parse_published(bad)


# --------------------------------------------------------------------------- the dev gold's notes

DEV = Path("/work/shared/eval/dev")
_NOTE = re.compile(r"'([^']+)' = ([^,;.']+)")
_MONTH_NUMBER = {name[:3].lower(): i for i, name in enumerate(MONTHS, start=1)}


def _note_iso(value: str, published: D) -> str | None:
    """'11 Feb' -> 2019-02-11, 'July' -> 2016-07, 'April 2020' -> 2020-04, '2015', '2018-12'."""
    value = value.strip()
    if re.fullmatch(r"\d{4}(-\d{2})?", value):
        return value
    if m := re.fullmatch(r"(\d{1,2}) ([A-Za-z]{3})\w*", value):
        return D(published.year, _MONTH_NUMBER[m.group(2).lower()], int(m.group(1))).isoformat()
    if m := re.fullmatch(r"([A-Za-z]+)(?: (\d{4}))?", value):
        month = _MONTH_NUMBER.get(m.group(1)[:3].lower())
        if month is None:
            return None
        year = (
            int(m.group(2))
            if m.group(2)
            else (published.year if month <= published.month else published.year - 1)
        )
        return f"{year:04d}-{month:02d}"
    return None


@pytest.mark.skipif(not DEV.is_dir(), reason="no dev set on this machine")
def test_dev_notes_resolutions_hold_in_the_dev_texts() -> None:
    """Each "'phrase' = date" of a dev note is found in that article with that date (read at run time)."""
    checked = 0
    for meta_path in sorted(DEV.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        published = D.fromisoformat(meta["published"])
        text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
        dated: dict[str, set[str | None]] = {}
        for expression in find_time_expressions(text, published):
            if expression.date is not None:
                dated.setdefault(expression.text.lower(), set()).add(show(expression.date))
        for phrase_group, value in _NOTE.findall(meta.get("notes", "")):
            expected = _note_iso(value, published)
            if expected is None:
                continue
            for phrase in phrase_group.split("'/'"):
                matches = {
                    iso
                    for text_, isos in dated.items()
                    if re.search(rf"\b{re.escape(phrase.lower())}\b", text_)
                    for iso in isos
                }
                assert expected in matches, (meta_path.name, phrase, expected, dated)
                checked += 1
    assert checked >= 20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes broke out on 21 August.", dt.date(2024, 8, 21)),  # the day after: a time zone
        ("Talks will resume on 18 August.", dt.date(2024, 8, 18)),  # two days before, future tense
        ("Clashes broke out on 30 August.", dt.date(2023, 8, 30)),  # ten days after: last year's
        ("Talks will resume on 30 July.", dt.date(2025, 7, 30)),
    ],
)
def test_a_day_close_to_publication_stays_in_its_year(text: str, expected: dt.date) -> None:
    found = [t.date.start for t in find_time_expressions(text, dt.date(2024, 8, 20)) if t.date]
    assert found == [expected]


@given(st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)), st.integers(-40, 40), st.booleans())
def test_a_day_and_month_resolve_within_a_year_of_publication(
    published: dt.date, shift: int, future: bool
) -> None:
    from libya_events.dates._calendar import NEAR_DAYS, month_day_near

    target = published + dt.timedelta(days=shift)
    got = month_day_near(published, target.month, target.day, future=future)
    assert got is not None
    assert (got.month, got.day) == (target.month, target.day)
    if abs(shift) <= NEAR_DAYS:
        assert got == target
    else:
        if (target.month, target.day) != (2, 29):  # a leap day may lie years back: the next one
            assert (got >= published) == future or got == published
        assert abs((got - published).days) <= 366


def test_29_february_is_the_nearest_leap_day_on_either_side() -> None:
    from libya_events.dates._calendar import month_day_near

    assert month_day_near(dt.date(2000, 2, 1), 2, 29, future=False) == dt.date(2000, 2, 29)
    assert month_day_near(dt.date(2001, 3, 1), 2, 29, future=True) == dt.date(2000, 2, 29)
    assert month_day_near(dt.date(2020, 4, 10), 2, 29, future=False) == dt.date(2020, 2, 29)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (D(2000, 1, 1), "2000-01-02"),  # the next day: a late edition or a time zone
        (D(2000, 3, 1), "2000-01-02"),  # weeks later: the latest January 2 before
        (D(2000, 12, 30), "2001-01-02"),  # across the new year, within a week
        (D(2000, 1, 20), "2000-01-02"),
    ],
)
def test_a_bare_month_day_reads_as_the_nearest_within_a_week_else_the_latest_before(
    published: D, expected: str
) -> None:
    (found,) = find_time_expressions("The rebels withdrew on January 2, a spokesman said.", published)
    assert found.date is not None
    assert found.date.iso == expected
