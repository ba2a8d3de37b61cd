"""Day headings of a live page: each day's entries are told on that day.

A live page (a blog of timestamped entries) groups its entries under lines that name a day
and nothing else ("Wednesday 30 March"). An entry's "this evening", "overnight" or "on
Monday" is relative to the day of its heading, not to the page's last day (the published
date), and an entry that names no time at all happened on its heading's day.

>>> import datetime
>>> text = "Monday 12 September\\n\\n09:00 Troops left the town this morning.\\n"
>>> times = find_time_expressions(text, datetime.date(2016, 9, 14))
>>> [(t.text, t.date.iso) for t in in_day_sections(text, times, datetime.date(2016, 9, 14))]
[('Monday 12 September', '2016-09-12'), ('this morning', '2016-09-12')]
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Sequence

import attrs

from libya_events.dates._timex import TimeExpression, find_time_expressions
from libya_events.model import EventDate, Span

__all__ = [
    "day_headings",
    "heading_day",
    "in_dateline_sections",
    "in_day_sections",
    "in_publication_month",
    "publication_month",
    "section_datelines",
]

HEADING_PUNCTUATION = " \t,.:;-|*#"
"""What may stand beside the day on a heading line ("Wednesday 30 March:", "## Monday 12 Sept")."""


def _fills_line(text: str, span: Span) -> bool:
    """Whether the expression is the whole of its line, punctuation aside."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    return not text[start : span.start].strip(HEADING_PUNCTUATION) and not text[span.end : end].strip(
        HEADING_PUNCTUATION
    )


def day_headings(text: str, times: Sequence[TimeExpression]) -> list[tuple[int, EventDate]]:
    """(offset, day) of every line that names one day and nothing else, in text order."""
    return [
        (t.span.start, t.date)
        for t in times
        if t.date is not None and t.date.granularity.value == "day" and _fills_line(text, t.span)
    ]


def heading_day(headings: Sequence[tuple[int, EventDate]], pos: int) -> EventDate | None:
    """The day of the latest heading before ``pos``, or ``None`` above the first heading."""
    k = bisect.bisect_right(headings, pos, key=lambda h: h[0])
    return headings[k - 1][1] if k else None


def _moved(t: TimeExpression, by: int) -> TimeExpression:
    date = t.date
    if date is not None and date.span is not None:
        date = attrs.evolve(date, span=Span(date.span.start + by, date.span.end + by))
    return attrs.evolve(t, span=Span(t.span.start + by, t.span.end + by), date=date)


DATELINE_WORDS = 8
"""Most words a section dateline may put before its day ("BENGHAZI, army media centre, 6 May 2020")."""
DATELINE_ENDS = ",-|"
"""What stands between a section dateline's place and its day."""
DATELINE_TAIL = " \t-|:"
"""What may follow a section dateline's day on its line (no full stop: that ends a sentence)."""
MIN_SECTION_DATELINES = 2
"""Fewest datelines that make a text a compilation of dated sections (one is the article's own)."""


def _dateline_line(text: str, t: TimeExpression) -> bool:
    """Whether ``t`` (a day with its year) ends a line that opens with a capitalised place or
    source and a comma, dash or bar before the day, and says nothing else: "ANKARA, presidential
    palace, 6 January 2020", "Misrata - Tuesday 9 August 2016"."""
    if t.kind != "absolute" or t.date is None or t.date.granularity.value != "day":
        return False
    start = text.rfind("\n", 0, t.span.start) + 1
    end = text.find("\n", t.span.end)
    end = len(text) if end < 0 else end
    before = text[start : t.span.start].rstrip()
    if text[t.span.end : end].strip(DATELINE_TAIL) or not (t.text[:1].isupper() or t.text[:1].isdigit()):
        return False  # "... entered Sirte on 6 January 2020.": a sentence, with its "on" and full stop
    if not before or before[-1] not in DATELINE_ENDS:
        return False
    words = before.rstrip(DATELINE_ENDS).split()
    return (
        0 < len(words) <= DATELINE_WORDS and words[0][0].isupper() and not any(w.endswith(".") for w in words)
    )


ITEM_SEPARATORS = ("-", "\u2013", "\u2014", "|", ":")
"""What stands between an item heading's day and its headline ("11 April 2021 - Rebels cross")."""
ITEM_HEADLINE_WORDS = 14
"""Most words an item heading's headline may have after its day."""


def _item_heading_line(text: str, t: TimeExpression) -> bool:
    """Whether ``t`` (a day with its year) opens a line and a dash, bar or colon parts it from a
    short headline with no closing full stop: the item heading of a news-in-brief series or a
    digest ("11 April 2021 - Chadian rebels cross the border", "3 May 2019 | Strikes on Mitiga")."""
    if t.kind != "absolute" or t.date is None or t.date.granularity.value != "day":
        return False
    start = text.rfind("\n", 0, t.span.start) + 1
    end = text.find("\n", t.span.end)
    end = len(text) if end < 0 else end
    if text[start : t.span.start].strip(HEADING_PUNCTUATION) or not t.text[:1].isdigit():
        return False  # "Tuesday 11 April 2021 - ..." and "On 11 April 2021, ..." are not item headings
    rest = text[t.span.end : end].strip()
    separator = next((s for s in ITEM_SEPARATORS if rest.startswith(s)), None)
    if separator is None:
        return False
    headline = rest[len(separator) :].strip()
    words = headline.split()
    return 0 < len(words) <= ITEM_HEADLINE_WORDS and headline[:1].isupper() and not headline.endswith(".")


LOG_ENTRY_KINDS = frozenset({"absolute", "month_day"})
"""Kinds of day an incident log's entry may open with ("23 Nov", "23 November 2018")."""
LOG_ENTRY_HEAD = re.compile(
    r"(?<![ \t])(?:[^\S\n]*+\([A-Z][a-z]{2,8}+\.?\))?+[^\S\n]*+,[^\S\n]*+"
    r"[A-Z][A-Z'\u2019-]++(?:[^\S\n][A-Z][A-Z'\u2019-]*+){0,3}+[^\S\n]++[-\u2013\u2014|][^\S\n]"
)
"""What follows the day of an incident log's entry: an optional weekday in brackets, a comma and a
place in capitals, then a dash ("23 Nov (Fri), TAZIRBU - ATTACK ON POLICE STATION. ...")."""


def _log_entry_line(text: str, t: TimeExpression) -> bool:
    """Whether ``t`` (a day) opens a line as the heading of an incident log's entry: the day,
    perhaps its weekday in brackets, a comma and a place in capitals before a dash
    (:data:`LOG_ENTRY_HEAD`); the entry's body may follow on the same line."""
    if t.kind not in LOG_ENTRY_KINDS or t.date is None or t.date.granularity.value != "day":
        return False
    start = text.rfind("\n", 0, t.span.start) + 1
    if text[start : t.span.start].strip(HEADING_PUNCTUATION) or not t.text[:1].isdigit():
        return False
    return LOG_ENTRY_HEAD.match(text, t.span.end) is not None


def section_datelines(text: str, times: Sequence[TimeExpression]) -> list[tuple[int, EventDate]]:
    """(offset, day) of every section dateline of a compiled text (transcript excerpts, a file of
    dispatches), item heading of a brief series or entry heading of an incident log, when it has at least ``MIN_SECTION_DATELINES``
    of them; else none."""
    found = [
        (t.span.start, t.date)
        for t in times
        if t.date is not None
        and (_dateline_line(text, t) or _item_heading_line(text, t) or _log_entry_line(text, t))
    ]
    return found if len(found) >= MIN_SECTION_DATELINES else []


def in_dateline_sections(
    text: str, times: Sequence[TimeExpression], published: _dt.date | None
) -> list[TimeExpression]:
    """``times`` with every expression below a section dateline resolved against its day: "this
    morning" under "BENGHAZI, 6 January 2020" is 6 January, whatever day the compilation appeared."""
    return _resolved_in_sections(text, times, published, section_datelines(text, times))


def in_day_sections(
    text: str, times: Sequence[TimeExpression], published: _dt.date | None
) -> list[TimeExpression]:
    """``times`` with every expression below a day heading resolved against that heading's day
    (each section is read once: the cost stays linear in the text)."""
    return _resolved_in_sections(text, times, published, day_headings(text, times))


def _resolved_in_sections(
    text: str,
    times: Sequence[TimeExpression],
    published: _dt.date | None,
    headings: Sequence[tuple[int, EventDate]],
) -> list[TimeExpression]:
    if published is None or not headings:
        return list(times)
    out = [t for t in times if t.span.start < headings[0][0]]
    bounds = [*(start for start, _ in headings[1:]), len(text)]
    for (start, day), end in zip(headings, bounds, strict=True):
        heading = next(t for t in times if t.span.start == start)
        out.append(heading)
        section = text[heading.span.end : end]
        out.extend(_moved(t, heading.span.end) for t in find_time_expressions(section, day.start))
    return out


MONTH_ANCHORED_KINDS = frozenset({"absolute", "month_day", "month_name", "anaphoric"})
"""Kinds of expression a publication month resolves as it would a published day: "in May",
"on 5 May", "that day" after one of them. A "relative_period" resolves only to a month or
more ("this year", "last month"); a weekday or "yesterday" never: that day is not known."""
MONTH_ANCHORED_GRANULARITIES = frozenset({"month", "year", "range"})
"""Granularities of a relative period a publication month still tells ("this year", "last month")."""


def publication_month(text: str, head: int) -> _dt.date | None:
    """The last day of the month an undated article states for itself on a line of its own
    above its body (before ``head``): a month and its year and nothing else ("November 2024"
    under a magazine byline, "March 2021" under a brief's title); ``None`` without one."""
    for t in find_time_expressions(text[:head]):
        date = t.date
        if t.kind == "absolute" and date is not None and date.granularity.value == "month":
            if _fills_line(text, t.span):
                return date.end
    return None


def in_publication_month(text: str, month_end: _dt.date) -> list[TimeExpression]:
    """The time expressions of an undated article that states its month (``month_end`` is the
    month's last day, the latest it can have appeared): "this year" is that month's year and
    "in May" the latest May not after that month, but a weekday, "yesterday" or "last week"
    stays unresolved (``date`` ``None``), since the day of publication is unknown."""
    out = []
    for t in find_time_expressions(text, month_end):
        date = t.date
        if date is not None and not (
            t.kind in MONTH_ANCHORED_KINDS
            or (t.kind == "relative_period" and date.granularity.value in MONTH_ANCHORED_GRANULARITIES)
        ):
            t = attrs.evolve(t, date=None, tense_hint=None)
        out.append(t)
    return out
