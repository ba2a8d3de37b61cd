"""Round 39: when a movement happened.

A capitalised "Today" or "Tonight" right after a capitalised word ends a name (a paper, a
channel, a programme: "Misrata Today", "Libya Tonight"). It is no time expression, so a move
told by such an outlet keeps the day the story carries over instead of the publication day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from libya_events import Parser
from libya_events.dates import find_time_expressions

PARSER = Parser()
P = dt.date(2014, 7, 19)


def found(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, None if t.date is None else t.date.iso) for t in find_time_expressions(text, P)]


@pytest.mark.parametrize(
    "text",
    [
        "The brigade left the camp, a reporter for Misrata Today said.",
        "Its commander spoke to Libya Tonight about the retreat.",
        "Residents told Zawiya Tomorrow, a local radio station, that the convoy had gone.",
    ],
)
def test_day_word_ending_a_name_is_no_time(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fighters fled. Today the town is quiet.", [("Today", "2014-07-19")]),
        ("The convoy reached Gharyan today.", [("today", "2014-07-19")]),
        ("Officials said Today, the port would reopen.", [("Today", "2014-07-19")]),
        ("Late Tonight the militia is expected to withdraw.", [("Late Tonight", "2014-07-19")]),
    ],
)
def test_day_word_of_the_news_is_kept(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


def dates(text: str, published: str) -> list[tuple[str, str | None]]:
    article = PARSER.parse(text, published=published)
    return [(m.trigger.text, None if m.date is None else m.date.iso) for m in article.movements]


def test_move_reported_by_an_outlet_keeps_the_story_day() -> None:
    text = (
        "Hundreds of protesters stormed the barracks of the Martyrs brigade in Derna on Thursday night.\n\n"
        "The brigade's fighters withdrew from the barracks after a brief exchange of fire, "
        "witnesses told Derna Today."
    )
    got = dates(text, "2014-07-19")
    assert ("withdrew from", "2014-07-17") in got or ("withdrew", "2014-07-17") in got, got


# A page of timed entries ("05:00 - ...") whose introduction names a calendar day is a
# timeline of that day: an entry's move with no day of its own happened then, not on the
# day the page appeared.

TIMELINE = (
    "How Zawiya changed hands\n\n"
    "Analysis | 2 October 2014\n\n"
    "Interviews with commanders and residents let us retrace{intro} minute by minute.\n\n"
    "05:00 - Fighters of the western brigades leave their camp at Bir al-Ghanam.\n\n"
    "07:15 - Fighters from Zintan enter Zawiya from the south.\n\n"
    "09:40 - The Libya Shield units pull back to Sabratha.\n"
)


def test_timeline_entries_take_the_intro_day() -> None:
    got = dates(TIMELINE.format(intro=" the assault of 12 September"), "2014-10-02")
    assert len(got) == 3, got
    assert all(d == "2014-09-12" for _, d in got), got


@pytest.mark.parametrize(
    "intro",
    [
        "",  # no day told: the page's own day
        " the fighting that has gone on since 12 September",  # a span's start, not the day
        " the fighting on Friday",  # a weekday names no calendar day of its own
    ],
)
def test_timeline_without_a_calendar_day_keeps_the_page_day(intro: str) -> None:
    got = dates(TIMELINE.format(intro=intro), "2014-10-02")
    assert len(got) == 3, got
    assert all(d != "2014-09-12" for _, d in got), got
    if not intro:
        assert all(d == "2014-10-02" for _, d in got), got


# "The announcement came a day after X pushed into Y": the parser may hang the count ("a
# day") on the verb above and "after" on the clause; the clause still happened that long
# before the verb above's date (here carried over from the sentence before).


@pytest.mark.parametrize(
    "second",
    [
        "The announcement came a day after LNA units pushed into the old districts of Sirte.",
        "The speech came a day after army units pushed into the last districts of Derna.",
        "The vote came a day after GNA forces pushed into the western districts of Sirte.",
    ],
)
def test_count_on_the_verb_above_shifts_the_clause(second: str) -> None:
    text = "The defence ministry announced the news on Wednesday, 9 March.\n\n" + second
    got = dict(dates(text, "2016-03-11"))
    assert got.get("pushed into") == "2016-03-08", got


def test_clause_after_a_dated_verb_with_no_count_is_not_shifted() -> None:
    text = (
        "The defence ministry announced the news on Wednesday, 9 March.\n\n"
        "The announcement came after Libya Dawn forces withdrew from Sirte."
    )
    got = dict(dates(text, "2016-03-11"))
    assert got.get("withdrew") == "2016-03-09", got
