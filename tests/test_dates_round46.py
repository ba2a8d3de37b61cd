"""Round 46: when a movement happened, in timelines and in articles with no published date.

* A weekday in brackets beside a stated day ("9 March (Tuesday): ..."), or a stated day in
  brackets beside a weekday ("Tuesday (9 March)"), or a bare weekday behind a comma or bar
  after a stated day ("9 March, Tuesday: ..."), names that one day, as "Tuesday, 9 March"
  does: the entry's moves are on it, not on the last Tuesday before publication.
* An undated article that states only its month on a line of its own above the body
  ("October 2023" under a byline) has its "in June" and "this year" in that month's year; a
  weekday or "yesterday" in it stays undated, since its day is unknown.
* A dateline whose date follows the agency ("MISRATA (Agency) 9 March 2021 -") dates the
  article, so "yesterday" and "on Sunday" count from it.
* A move whose own clause tells a time that cannot be resolved is undated, not on the story's
  last date; an unresolved anaphor ("within days") still takes that date.
* "X on Monday, a day after they took Y, and the rebels fled": a conjunct with its own subject
  after ", and" goes on from the main clause, even where the parse hangs it on the offset clause.
"""

from __future__ import annotations

import datetime

import pytest

from libya_events import Parser
from libya_events.dates import find_time_expressions, publication_month
from libya_events.text import find_preamble

PARSER = Parser()


def dates(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    article = PARSER.parse(text, published=published)
    return [(m.trigger.text, None if m.date is None else m.date.iso) for m in article.movements]


def times(text: str, published: datetime.date | None) -> list[tuple[str, str | None]]:
    return [(t.text, None if t.date is None else t.date.iso) for t in find_time_expressions(text, published)]


# ---------------------------------------------------------------- bracketed weekdays


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 March (Tuesday): convoys left Sirte.", [("9 March (Tuesday)", "2021-03-09")]),
        ("March 9 (Tuesday night) - convoys left Sirte.", [("March 9 (Tuesday night)", "2021-03-09")]),
        ("Tuesday (9 March 2021): convoys left Sirte.", [("Tuesday (9 March 2021)", "2021-03-09")]),
        ("Convoys left Sirte on 9 March ( Tuesday ).", [("on 9 March ( Tuesday )", "2021-03-09")]),
        ("9 March, Tuesday: convoys left Sirte.", [("9 March, Tuesday", "2021-03-09")]),
        ("9 March | Tuesday | convoys left Sirte.", [("9 March | Tuesday", "2021-03-09")]),
        ("Convoys left Sirte on 9 March, Tuesday.", [("on 9 March, Tuesday", "2021-03-09")]),
    ],
)
def test_weekday_in_brackets_beside_a_day_is_that_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert times(text, datetime.date(2021, 3, 20)) == expected


def test_bracketed_pair_anchors_that_day() -> None:
    found = times(
        "2 May (Sunday): the column left Jufra. Later that day it reached Hun.", datetime.date(2021, 5, 20)
    )
    assert found == [("2 May (Sunday)", "2021-05-02"), ("Later that day", "2021-05-02")]


@pytest.mark.parametrize(
    "text",
    [
        "Convoys left Sirte on 9 March (see Tuesday's report).",  # more than the weekday in brackets
        "Convoys left Sirte in March (Tuesday was the worst day).",  # a month, no stated day
        "Convoys left Sirte on 9 March (Sunday) and Tuesday.",  # the bracket holds another word
        "Convoys left Sirte on 9 March, Tuesday night convoys came back.",  # the weekday opens a clause
        "Convoys left Sirte on 9 March, last Tuesday and today.",  # a weekday counted from publication
        "Convoys left Sirte on 9 March and Tuesday.",  # "and" parts two days
    ],
)
def test_other_brackets_leave_the_weekday_alone(text: str) -> None:
    found = dict(times(text, datetime.date(2021, 3, 20)))
    weekday = next(k for k in found if "Tuesday" in k)
    assert found[weekday] == "2021-03-16"


def test_timeline_entries_with_bracketed_weekdays_date_their_moves() -> None:
    text = (
        "Weekly security digest\n\n"
        "TIMELINE\n\n"
        "8 March (Monday): Units of the Libyan National Army advanced toward Sirte.\n\n"
        "10 March (Wednesday): Government of National Accord forces withdrew from Abu Grein.\n\n"
        "11 March (Thursday): Turkish troops arrived in Misrata.\n"
    )
    found = dates(text, "2021-03-20")
    assert [d for _, d in found] == ["2021-03-08", "2021-03-10", "2021-03-11"]


# ---------------------------------------------------------------- a stated month, no published day

PROFILE = (
    "A commander's year on the road\n\n"
    "By our defence writer\n"
    "October 2023\n\n"
    "Few officers have travelled as much this year as Khalid Haftar. In June Khalid Haftar "
    "flew to Cairo for talks with Egyptian officers. In August this year the Tariq Bin Ziyad "
    "Brigade was redeployed to Sabha.\n\n"
    "On Tuesday Khalid Haftar arrived in Benghazi, aides said.\n"
)


def test_publication_month_is_read_from_its_own_line() -> None:
    assert publication_month(PROFILE, find_preamble(PROFILE).body) == datetime.date(2023, 10, 31)


def test_publication_month_dates_months_in_its_year() -> None:
    found = dict(dates(PROFILE))
    assert found["flew"] == "2023-06"
    assert found["redeployed"] == "2023-08"


def test_publication_month_leaves_weekdays_undated() -> None:
    found = dict(dates(PROFILE))
    assert found["arrived"] is None


def test_a_month_in_prose_is_no_publication_month() -> None:
    text = "Troops pulled out\n\nBy October 2023 the units had left Ubari. In June they flew to Sabha.\n"
    assert publication_month(text, find_preamble(text).body) is None


def test_published_date_wins_over_a_month_line() -> None:
    text = PROFILE.replace("In June Khalid", "In December Khalid")
    # with a published day, December is the one before that day, not the one before the month line
    assert dict(dates(text, "2024-02-10"))["flew"] == "2023-12"
    assert dict(dates(text))["flew"] == "2022-12"


# ---------------------------------------------------------------- a dateline's date after the agency


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "MISRATA (Agency) 9 March 2021 - Turkish troops arrived in Misrata yesterday.",
            "arrived",
            "2021-03-08",
        ),
        (
            "SIRTE (Agency), 9 March 2021 - LNA units withdrew from Abu Grein on Sunday.",
            "withdrew",
            "2021-03-07",
        ),
        ("BENGHAZI, Libya (AP) March 9, 2021 - Haftar flew to Cairo on Monday.", "flew", "2021-03-08"),
    ],
)
def test_dateline_date_after_the_agency_dates_the_article(text: str, trigger: str, expected: str) -> None:
    assert PARSER.parse(text).published == datetime.date(2021, 3, 9)
    assert dict(dates(text))[trigger] == expected


def test_dateline_without_a_date_after_the_agency_states_none() -> None:
    text = "MISRATA (Agency) - Turkish troops arrived in Misrata yesterday."
    assert PARSER.parse(text).published is None


# ---------------------------------------------------------------- an own time that cannot be resolved

STORY = "In March 2019 the Libyan National Army seized Gharyan. {} Khalifa Haftar flew to Benghazi."


@pytest.mark.parametrize("time", ["On Tuesday", "Yesterday", "Late on Sunday"])
def test_own_time_unknown_leaves_the_move_undated(time: str) -> None:
    assert dates(STORY.format(time)) == [("seized", "2019-03"), ("flew", None)]


@pytest.mark.parametrize("time", ["Within days", "Then"])
def test_an_anaphor_or_no_time_keeps_the_story_date(time: str) -> None:
    assert dates(STORY.format(time)) == [("seized", "2019-03"), ("flew", "2019-03")]


# ---------------------------------------------------------------- a main-clause conjunct after an offset clause


@pytest.mark.parametrize(
    "text",
    [
        "Gaddafi forces shelled Brega on Monday, a day after they overran the eastern checkpoint, "
        "and many of the rebels who had held the town fled east toward Ajdabiya.",
        "LNA aircraft bombed Gharyan on Monday, two days after the town's brigades expelled them, "
        "and hundreds of families who lived near the base fled north toward Tripoli.",
        "Turkish drones struck al-Watiya on Monday, three days after GNA units surrounded the base, "
        "and LNA troops who had held the runway withdrew south toward Zintan.",
    ],
)
def test_conjunct_after_comma_and_is_the_main_clause_day(text: str) -> None:
    assert dates(text, "2011-03-15")[-1][1] == "2011-03-14"


def test_conjunct_sharing_the_offset_clause_subject_keeps_the_offset() -> None:
    text = (
        "Gaddafi forces shelled Brega on Monday, a day after they overran the checkpoint and seized the port."
    )
    assert dates(text, "2011-03-15") == [("overran", "2011-03-13"), ("seized", "2011-03-13")]
