"""Dates (round 34): with no published date, a month (or a month's day) with no year is
the first such month from the date the story last told on ("driven out in March 2015 ... In
May they came back" is May 2015), unless it is told against the published date ("last May").

Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime

import pytest

from libya_events import Parser
from libya_events.dates import find_time_expressions, section_datelines

PARSER = Parser()
PUBLISHED = datetime.date(2020, 6, 1)


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


# ------------------------------------------------- the datelines of a compilation's sections

COMPILED = (
    "Statements on the fighting, compiled 9 March 2020\n\n"
    "MISRATA, Bunyan al-Marsous media office, 6 March 2020\n\n"
    "Bunyan al-Marsous forces entered Abu Grein this morning.\n\n"
    "BENGHAZI - Saturday 7 March 2020\n\n"
    "LNA units advanced on Wadi Jaref on Friday and captured Sirte this morning.\n"
)


def _moves(text: str, published: str) -> dict[str, str | None]:
    article = PARSER.parse(text, published=published)
    return {m.trigger.text: m.date.iso if m.date is not None else None for m in article.movements}


def test_a_section_datelines_day_dates_its_relative_times() -> None:
    moves = _moves(COMPILED, "2020-03-09")
    assert moves["entered"] == "2020-03-06"
    assert moves["advanced"] == "2020-03-06"
    assert moves["captured"] == "2020-03-07"


@pytest.mark.parametrize(
    "line",
    [
        "TRIPOLI, 6 March 2020",
        "Misrata - Friday 6 March 2020",
        "GENEVA, UN press briefing room, 6 March 2020",
    ],
)
def test_section_dateline_forms(line: str) -> None:
    text = f"{line}\n\nSome words.\n\nBENGHAZI, 8 March 2020\n\nMore words.\n"
    found = section_datelines(text, find_time_expressions(text))
    assert [d.iso for _, d in found] == ["2020-03-06", "2020-03-08"]


def test_a_single_dateline_is_the_articles_own() -> None:
    """One dated line is the article's own dateline: the published date still rules."""
    text = "MISRATA, 6 March 2020\n\nBunyan al-Marsous forces entered Abu Grein this morning.\n"
    assert _moves(text, "2020-03-09")["entered"] == "2020-03-09"


def test_prose_lines_ending_in_a_date_are_no_datelines() -> None:
    text = (
        "The army said it entered Abu Grein, on 6 March 2020.\n\n"
        "Officials said the units advanced again on 8 March 2020.\n"
    )
    assert section_datelines(text, find_time_expressions(text)) == []


# ------------------------------------------------- a founding year sets no story year


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("The Kaniyat, a militia formed in 2015, seized the town on 3 April.", "on 3 April", "2020-04-03"),
        (
            "The rebel front, founded in 2016, launched its offensive on 11 April.",
            "on 11 April",
            "2020-04-11",
        ),
        (
            "The brigade, established in 2012 by former officers, entered the port in May.",
            "in May",
            "2020-05",
        ),
    ],
)
def test_a_founding_year_sets_no_story_year(text: str, phrase: str, iso: str) -> None:
    found = {
        t.text: t.date.iso if t.date is not None else None for t in find_time_expressions(text, PUBLISHED)
    }
    assert found[phrase] == iso


def test_a_story_year_still_holds_for_what_follows() -> None:
    """ "By early 2017 ... in March": the year the story is told in."""
    text = "By early 2017 its fighters had reached the port, and they took the district in March."
    found = {
        t.text: t.date.iso if t.date is not None else None for t in find_time_expressions(text, PUBLISHED)
    }
    assert found["in March"] == "2017-03"


# ------------------------------------------- the story's time narrows within a sentence


@pytest.mark.parametrize(
    ("text", "trigger", "iso"),
    [
        (
            "Saiqa units pushed into Ganfouda in 2017, and they captured the district in March. "
            "Shura Council fighters slipped away toward Souq al-Hout.",
            "slipped away",
            "2017-03",
        ),
        (
            "Misrata brigades advanced on Sirte in June 2016 and entered the port on 10 June. "
            "Islamic State fighters withdrew to the Ouagadougou centre.",
            "withdrew",
            "2016-06-10",
        ),
    ],
)
def test_the_next_move_goes_on_from_the_finer_date_just_told(text: str, trigger: str, iso: str) -> None:
    """A sentence that tells a time and then a finer one inside it ("in 2017 ... in March")
    leaves the story at the finer one."""
    assert _moves(text, "2021-03-25")[trigger] == iso


def test_a_later_date_outside_the_main_one_does_not_narrow_it() -> None:
    """ "in June 2016 ... in August 2016": not inside June, so the main clause's time holds."""
    text = (
        "Misrata brigades advanced on Sirte in June 2016 and entered the port in August 2016. "
        "Islamic State fighters withdrew to the Ouagadougou centre."
    )
    assert _moves(text, "2021-03-25")["withdrew"] == "2016-06"
