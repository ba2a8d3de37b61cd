"""Dates (round 34): with no published date, a month (or a month's day) with no year is
the first such month from the date the story last told on ("driven out in March 2015 ... In
May they came back" is May 2015), unless it is told against the published date ("last May").

Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime

import pytest

from libya_events import Parser
from libya_events.dates import find_time_expressions

PARSER = Parser()


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("The brigade lost Sabha in March 2015. In May it retook the town.", "In May", "2015-05"),
        (
            "The siege began on 2 July 2016. On 9 September the last fighters surrendered.",
            "On 9 September",
            "2016-09-09",
        ),
        (
            "Talks failed in November 2018, and in January the militias clashed again.",
            "in January",
            "2019-01",
        ),
        (
            "Rebels held the port by October 2011; on 14 February they left it.",
            "on 14 February",
            "2012-02-14",
        ),
    ],
)
def test_yearless_month_takes_the_year_the_story_told(text: str, phrase: str, iso: str) -> None:
    found = {t.text: t.date.iso if t.date is not None else None for t in find_time_expressions(text)}
    assert found[phrase] == iso


def test_month_told_against_the_published_date_stays_undated() -> None:
    """ "last May" needs the published date; the story's year does not tell which May."""
    found = {
        t.text: t.date for t in find_time_expressions("The town fell in June 2014. Last May it was calm.")
    }
    assert found["Last May"] is None


def test_yearless_month_with_no_year_told_stays_undated() -> None:
    found = find_time_expressions("In October the brigade advanced on the town.")
    assert [t.date for t in found] == [None]


def test_yearless_month_dates_a_move_with_no_published_date() -> None:
    text = (
        "Zintan's brigades were driven from Tripoli in August 2014. "
        "In October Libya Dawn units advanced into Warshefana and seized Aziziya."
    )
    article = PARSER.parse(text)
    dates = {m.trigger.text: m.date.iso if m.date is not None else None for m in article.movements}
    assert dates["advanced"] == "2014-10"
    assert dates["seized"] == "2014-10"


def test_published_date_still_decides_the_year() -> None:
    """With a published date, "in October" is the October before it, as before."""
    found = find_time_expressions(
        "The brigade lost Sabha in March 2015. In October it retook the town.", published=None
    )
    assert found[-1].date is not None
    assert found[-1].date.iso == "2015-10"
    dated = find_time_expressions("In October it retook the town.", published=datetime.date(2016, 2, 1))
    assert dated[-1].date is not None
    assert dated[-1].date.iso == "2015-10"
