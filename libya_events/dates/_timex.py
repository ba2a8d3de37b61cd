"""Find time expressions in news text and normalise them against the published date.

Detection is one compiled regular expression (an optional modifier such as "on",
"late on", "since", "last", then one of a dozen cores: a weekday, a month with an
optional day and year, an ISO date, "yesterday", "last month", "over the weekend",
"that day", "two weeks ago" …). Every quantifier is bounded or runs over a single
character class, so matching is linear in the text; it is tried only at the few word
starts before a time word found by a ``str.find`` prefilter. Matches are then checked
(capitalisation of month and weekday names, "Sunday Times", "February 17
brigades", a bare month or year needs a preposition) and normalised with plain
calendar arithmetic; :mod:`dateparser` is only a fallback for odd absolute
formats in :func:`normalize_time_expression`.

Conventions (published date ``P``):

* a bare weekday ("on Thursday", "late on Monday", "Sunday night") is the latest
  such day on or before ``P`` (``P`` itself when the weekday matches); in a
  future-tense clause (will, would, is due to, plans to …) the earliest on or after ``P``;
  "last Wednesday" is strictly before ``P``, "next Friday" strictly after;
* "overnight" is ``P``; "overnight on Monday" / "overnight into Tuesday" is that weekday;
* "this week", "earlier this week" are ``P``'s Monday–Sunday week, "last/next week" the week before/after;
* "over the weekend", "at the weekend", "last weekend" are the MONTH of the weekend
  before ``P`` (its Sunday; the annotation convention), "next weekend" the month of the next Saturday;
* "last month", "earlier this month", "next month"; "last year", "this year"; "N days/weeks/months/years ago";
  "N days later/earlier" count from the previous dated expression; "days later" is the week after
  it (a range), "hours later" its day; "the following week" ("month", "year"), "the previous
  month" are the unit after (before) the one the previous dated expression falls in;
  "within hours" of it is its day, "within a day" the day after, "within two days" / "within
  a week" / "within days" the days after it up to that many (a range);
* a month without a year ("in December") is the latest such month not after ``P``'s
  month (the earliest not before it in a future clause); "last December" is strictly before;
  a month and day without a year likewise ("on Dec. 8", "Aug. 1");
* "since X" is the RANGE from the start of X to ``P``;
* "this morning", "this evening" are ``P``;
* "in recent days" ("weeks"), "over the past few days", "in the past week" are ``P``'s MONTH
  (the annotation convention: the news of the last days, told with no day); "the last days of
  January" is no such period: only the month (or year) after it is read;
* "that day", "the same day", "later that day", "earlier in the day", "the next day" (or "the following
  morning", "the previous night"), "later that month", "that year"
  resolve against the previous dated expression (the ``anchor``); without one the date is ``None``.
* a clock time in the small hours ("after 2 am", "after midnight") is the day after the previous dated expression
  when that one tells an evening or a night ("on Friday evening", "late on Friday"); any other
  clock time is no expression;

Without a published date, relative expressions are found but their ``date`` is ``None``;
expressions that carry a year are still normalised.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Callable, Iterable
from typing import Literal

import attrs
from attrs import frozen

from libya_events._errors import DateParseError, InputTypeError
from libya_events.dates import _calendar as cal
from libya_events.model import EventDate, Granularity, Span

__all__ = [
    "TimeExpression",
    "find_time_expressions",
    "normalize_time_expression",
    "parse_published",
]

Tense = Literal["past", "future"]

# --------------------------------------------------------------------------- vocabulary

_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_FULL_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTHS = {name: i for i, name in enumerate(_FULL_MONTHS, start=1)}
_MONTHS.update(
    {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
    | {"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
)
# A season -> its first month and its length in months (winter runs from December into the next year).
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON_MONTHS = 3
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

# Modifiers kept inside the expression's span; the others ("by", "until", "of" …) only
# license a bare month or year and are left out of the span.
_SPAN_PREFIXES = frozenset(
    {"on", "in", "since", "last", "next", "this", "coming", "late", "early", "later", "earlier", "mid"}
)
_BLOCKING_PREVIOUS_WORDS = frozenset(
    {"mail", "bloody", "good", "black", "holy", "palm", "easter", "super", "cyber", "ash", "maundy", "usa"}
)

# --------------------------------------------------------------------------- the pattern

_S = r"[\s\u00a0]{1,3}"
_WD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|(?:sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?:\.|\b))"
)
_YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"
_ORD = r"(?:st|nd|rd|th)?"
_TOD = r"(?:night|morning|afternoon|evening|overnight)"

_PREFIX = (
    rf"(?P<pre>(?:late|early|later|earlier){_S}(?:on|in)|since|on|in|by|until|till|before|after|from"
    r"|during|throughout|through|of|last|next|this|coming|later|late|earlier|early|mid)"
    rf"(?:{_S}|(?<=mid)-|(?<=early)-|(?<=late)-)"
)

# A year told as a word after a month, with or without a day ("June last year", "5 May of
# next year", "March the previous year", "in June the year before"): the word -> years after
# the reference year (the published year for last/this/next, else the previous dated expression's).
_YEAR_WORDS = {
    "last year": -1,
    "this year": 0,
    "next year": 1,
    "the previous year": -1,
    "the preceding year": -1,
    "the year before": -1,
    "the same year": 0,
    "that year": 0,
    "that same year": 0,
    "the following year": 1,
    "the next year": 1,
    "the year after": 1,
}
_YEAR_WORD_ALTERNATIVES = "|".join(w.replace(" ", _S) for w in sorted(_YEAR_WORDS, key=len, reverse=True))


def _year_word(group: str) -> str:
    """An optional year word after a month core, captured as ``group``."""
    return rf"(?:{_S}(?:of{_S})?(?P<{group}>{_YEAR_WORD_ALTERNATIVES})\b)?"


# A clock time in the small hours ("2 am", "3.30 a.m.", "0400 GMT" is not one): the hour, with
# no day of its own, that follows an evening or a night the story has told.
SMALL_HOURS_LAST = 5
"""The last hour (a.m.) still counted as the night before's small hours."""
NIGHT_ANCHOR_WORDS = frozenset({"evening", "night", "late"})
"""Words in the previous dated expression ("on Friday evening", "late on Friday", "Friday night")
that put a following small-hours clock time on the day after it."""
_SMALL_HOURS = re.compile(rf"\b[0-{SMALL_HOURS_LAST}](?:[:.][0-5][0-9])?[ \u00a0]?(?:a\.m\.|am\b)", re.ASCII)
_CORES = [
    r"(?P<iso>(?P<iy>(?:19|20)[0-9]{2})-(?P<im>[01][0-9])-(?P<id>[0-3][0-9]))(?![0-9])",
    rf"(?P<d1>[0-3]?[0-9]){_ORD}(?:{_S}of)?{_S}(?P<m1>{_MONTH})(?:,?{_S}(?P<y1>{_YEAR})|{_year_word('w1')})",
    rf"(?P<m2>{_MONTH})(?:{_S}(?P<d2>[0-3]?[0-9]){_ORD}(?![0-9]|,[0-9])(?:,?{_S}(?P<y2>{_YEAR})|{_year_word('w2')})"
    rf"|(?:,|{_S}of)?{_S}(?P<y3>{_YEAR})|{_year_word('w3')})",
    rf"(?P<yo>{_YEAR})(?!,[0-9]|-[0-9]|[A-Za-z])",
    rf"(?P<wd>{_WD})\b(?:{_S}(?P<tod>{_TOD})\b)?"
    rf"(?:,?{_S}(?:the{_S})?(?:(?P<wdd1>[0-3]?[0-9]){_ORD}(?:{_S}of)?{_S}(?P<wdm1>{_MONTH})"
    rf"|(?P<wdm2>{_MONTH}){_S}(?P<wdd2>[0-3]?[0-9]){_ORD}(?![0-9]|,[0-9]))(?:,?{_S}(?P<wdy>{_YEAR}))?)?",
    rf"(?P<rd>yesterday|today|tonight|tomorrow|last{_S}night|this{_S}(?:morning|afternoon|evening))\b"
    rf"(?:{_S}{_TOD}\b)?",
    rf"(?P<ovn>overnight)\b(?:{_S}(?:(?:on|into|to){_S})?(?P<ovwd>{_WD})\b)?",
    rf"(?P<pmod>earlier{_S}this|later{_S}this|earlier{_S}that|later{_S}that|this|last|next|that)"
    rf"{_S}(?P<unit>weekend|week|month|year)\b",
    rf"(?:earlier|later){_S}in{_S}the{_S}(?P<punit>week|month|year)\b",
    rf"(?P<wkend>over|at|during){_S}the{_S}weekend\b",
    rf"(?P<ana>(?:(?:later|earlier){_S})?that{_S}(?:day|night|morning|afternoon|evening)"
    rf"|the{_S}same{_S}day|the{_S}(?P<arel>next|following|previous){_S}(?:day|night|morning|afternoon|evening)"
    rf"|(?:earlier|later){_S}in{_S}the{_S}day)\b",
    rf"(?:(?P<smod>last|this|next|coming|that){_S}|the{_S}|(?P<bare>))(?P<season>spring|summer|autumn|fall|winter)\b"
    rf"(?:(?:,|{_S}of)?{_S}(?P<sy>{_YEAR}))?",
    rf"(?P<pana>the{_S}(?P<prel>following|next|previous|preceding){_S}(?P<pu>week|month|year))\b",
    rf"(?P<recent>recent{_S}(?:days|weeks)|the{_S}past{_S}week"
    rf"|the{_S}(?:past|last){_S}(?:(?:few|several|couple{_S}of|two|three){_S})?(?:days|weeks))\b"
    rf"(?!{_S}of{_S}(?:{_MONTH}|{_YEAR}))",  # "the last days of January": January's end, no recent days
    rf"(?P<vague>(?:(?:a{_S}few|several|a{_S}couple{_S}of){_S})?(?P<vu>hours|days){_S}later)\b",
    rf"(?P<within>within){_S}(?:(?P<wq>a{_S}few|several|a{_S}couple{_S}of|an?|one|two|three|four|five|six|seven"
    rf"|[1-7]){_S})?(?P<wu>hours?|days?|weeks?)\b",
    rf"(?P<num>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{{1,2}})"
    rf"{_S}(?P<agou>day|week|month|year)s?{_S}(?P<agodir>ago|later|earlier)\b",
    r"(?P<midnight>midnight)\b",
    rf"(?P<clock>[0-{SMALL_HOURS_LAST}](?:[:.][0-5][0-9])?[ \u00a0]?(?:a\.m\.|am\b))",
]

_PATTERN = re.compile(
    rf"\b(?:{_PREFIX})?(?:{'|'.join(_CORES)})",
    re.IGNORECASE | re.ASCII,
)

# Prefilter: every expression contains one of these stems. It runs on a lower-cased copy
# (case-insensitive regexes are several times slower); the full pattern is then tried only
# at the starts of the few words before each stem.
_STEMS = ("day", "night", "morrow", "noon", "week", "month", "year", "morning", "evening", "hour", *_SEASONS)
# Month names must be capitalised in running text, so they are found in the original text
# (a capital first letter makes this regex fast).
_MONTH_STEM = re.compile(
    r"[JFMASOND](?:an|eb|a[ry]|pr|u[nl]|ug|ep|ct|ov|ec|AN|EB|A[RY]|PR|U[NL]|UG|EP|CT|OV|EC)"
)
_TRIGGER_WORDS = frozenset(
    {
        *_WEEKDAYS,
        *_MONTHS,
        *_SEASONS,
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "overnight",
        "night",
        "midnight",
        "morning",
    }
    | {"evening", "afternoon", "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years"}
    | {"hours"}
)
_LETTERS = re.compile(r"[a-z]{1,12}(?![a-z])")
_DIGITS = re.compile(r"[12][09][0-9]{2}")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WORD_START = re.compile(r"\b[A-Za-z0-9]", re.ASCII)
_LOOKBACK_CHARS = 40  # longer than any modifier ("earlier in the", "over the", "On 3rd of")
_LOOKBACK_WORDS = 5
# Every word an expression can start with (modifiers, month and weekday names, "yesterday",
# "over", "the", "two" …); a candidate start that is no digit and none of these is skipped.
_FIRST_WORDS = frozenset(
    {*_WEEKDAYS, *_MONTHS, *_NUMBERS, *_SEASONS}
    | {"late", "early", "later", "earlier", "since", "on", "in", "by", "until", "till", "before", "after"}
    | {"from", "during", "throughout", "through", "of", "last", "next", "this", "coming", "mid", "yesterday"}
    | {"today", "tonight", "tomorrow", "overnight", "over", "at", "that", "the"}
    | {"days", "hours", "several", "within"}
)

_EVENT_NOUN = re.compile(
    rf"{_S}(?:uprising|revolution|revolt|war|civil{_S}war|conflict|elections?|vote|intervention|agreement"
    r"|accord|cease-?fire|deal|offensive|campaign|attacks?|coup|constitution|protests?|crisis|fighting"
    r"|battles?|bombing|raids?|invasion|talks|conference|summit|referendum|floods?|storm)\b",
    re.IGNORECASE | re.ASCII,
)
# A bare year needs one of these before it ("in 2011", "since 2014", "mid-2011", "from 2019") or must be
# "the 2011 uprising"; "on 2000 targets", "of 2000 fighters", "by 1990 votes" are counts.
_YEAR_PREFIXES = frozenset(
    {"in", "since", "until", "till", "during", "throughout", "early", "late", "mid", "earlier in", "later in"}
    | {"early in", "late in", "from"}
)
_YEAR_RANGE_END = re.compile(rf"{_S}(?:to|until|till|through)\b", re.IGNORECASE | re.ASCII)
"""What closes a span of years after "from" ("from 2013 to 2016"): a span, not the year it starts."""
_COUNT_NOUN = re.compile(
    rf"{_S}(?:people|persons|civilians|fighters|troops|soldiers|men|women|children|families|homes|houses"
    r"|residents|migrants|refugees|barrels|votes|km|kilometres|kilometers|miles|metres|meters|tons|tonnes"
    r"|dollars|euros|dinars|targets|vehicles|cars|rockets|shells|strikes|members|seats|deaths|dead|killed)\b",
    re.IGNORECASE | re.ASCII,
)
_DATE_NAME_NOUN = re.compile(
    rf"{_S}(?:brigades?|revolution|martyrs|movement|battalions?|squares?|street|road|hospital|university"
    r"|stadium|bridge|coalition|camp|district|port|airport)\b",
    re.IGNORECASE | re.ASCII,
)
_NAME_DAY_WORDS = frozenset({"Today", "Tonight", "Tomorrow", "Yesterday"})
"""Day words that, capitalised after a capitalised word, end a name: a paper, a channel or a
programme ("Benghazi Today", "Libya Tonight"), never the day of the news."""


def _title_word(word: str, before: list[str]) -> bool:
    """Whether the day ``word`` (with no modifier) is the last word of a name: it is
    capitalised and so is the word right before it, which ends no sentence or clause."""
    if word not in _NAME_DAY_WORDS or not before:
        return False
    prev = before[-1]
    return prev[:1].isupper() and prev[-1:].isalpha()


_PAPER = re.compile(
    rf"{_S}(?:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Mail|Independent|Observer|Star|Sport)\b"
)

_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|would|won't|due[\s\u00a0]+to|plans?[\s\u00a0]+to|planned[\s\u00a0]+to"
    r"|planning[\s\u00a0]+to|intends?[\s\u00a0]+to|expected[\s\u00a0]+to|scheduled|set[\s\u00a0]+to"
    r"|going[\s\u00a0]+to|to[\s\u00a0]+be[\s\u00a0]+held|aims?[\s\u00a0]+to|is[\s\u00a0]+to|are[\s\u00a0]+to)\b"
    r"|'ll\b",
    re.ASCII,
)
_PAST_CUE = re.compile(r"\b(?:said|says|told|had|was|were|did|announced|reported|added)\b", re.ASCII)
_CLAUSE_END = re.compile(r"[.;!?\n](?=[\s\"'\u201c\u201d]|\Z)")
_CLAUSE_START_ONLY = re.compile(r"[\s,\"'\u201c\u201d(\-\u2014]*\Z")


# --------------------------------------------------------------------------- the record


@frozen
class TimeExpression:
    """A time expression found in a text.

    ``span`` slices the text to ``text``; ``date`` is the normalised date (its own
    ``text`` and ``span`` are the expression's) or ``None`` when it cannot be resolved
    (a relative expression without a published date, an anaphor without an anchor).
    ``kind`` is one of ``absolute`` (carries a year), ``month_day``, ``month_name``,
    ``weekday``, ``relative_day``, ``relative_period`` or ``anaphoric``;
    ``tense_hint`` is set where the direction mattered ("past" or "future").
    """

    text: str
    span: Span
    kind: str
    date: EventDate | None = None
    tense_hint: Tense | None = None


# --------------------------------------------------------------------------- helpers


def _check_published(published: object) -> _dt.date | None:
    if published is None:
        return None
    if isinstance(published, _dt.datetime):
        return published.date()
    if isinstance(published, _dt.date):
        return published
    raise InputTypeError(f"'published' must be a datetime.date or None (got {type(published).__name__})")


def parse_published(value: str | _dt.date | None) -> _dt.date | None:
    """A published date from the CLI's ``--published YYYY-MM-DD`` (or a date, or ``None``).

    :class:`~libya_events.InputTypeError` for other types, :class:`~libya_events.DateParseError`
    for a string that is not an ISO calendar date.
    """
    if value is None or isinstance(value, _dt.date):
        return _in_range(_check_published(value), value)
    if not isinstance(value, str):
        kind = type(value).__name__
        raise InputTypeError(f"'published' must be a YYYY-MM-DD string or a date (got {kind})")
    stripped = value.strip()
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", stripped, re.ASCII):
        raise DateParseError(f"'published' must be a date as YYYY-MM-DD (got {value!r})")
    try:
        day = _dt.date.fromisoformat(stripped)
    except ValueError as exc:
        raise DateParseError(f"'published' is no calendar date (got {value!r})") from exc
    return _in_range(day, value)


EARLIEST_PUBLISHED = _dt.date(1900, 1, 1)
"""News about Libya's conflicts is not older than this."""


_FINE_ENOUGH = {
    "week": frozenset({Granularity.DAY, Granularity.WEEK}),
    "month": frozenset({Granularity.DAY, Granularity.WEEK, Granularity.MONTH}),
    "year": frozenset({Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.YEAR}),
}
"""The anchors a "the following week" ("month", "year") can count from: none coarser than the unit."""


def _next_period(anchor: EventDate | None, rel: str, unit: str) -> _D | None:
    """ "the following week", "the previous month", "the next year": the unit after (before)
    the one the previous dated expression falls in; ``None`` without one."""
    if anchor is None or anchor.granularity not in _FINE_ENOUGH[unit]:
        return None
    step, a = (-1 if rel in {"previous", "preceding"} else 1), anchor.start
    if unit == "week":
        return _week(a + _dt.timedelta(days=7 * step))
    if unit == "month":
        return _shift_month(a, step)
    return _year(a.year + step)


def _in_range(day: _dt.date | None, value: object) -> _dt.date | None:
    """Refuse a published date before 1900 or more than two days ahead of today."""
    if day is None:
        return None
    latest = _dt.date.today() + _dt.timedelta(days=2)
    if day < EARLIEST_PUBLISHED:
        raise DateParseError(f"'published' must be on or after {EARLIEST_PUBLISHED} (got {value!r})")
    if day > latest:
        raise DateParseError(f"'published' must not be in the future, after {latest} (got {value!r})")
    return day


def _tense(text: str, start: int, end: int) -> Tense:
    """Future if the clause around ``text[start:end]`` is in the future tense, else past."""
    lo = max(0, start - 100)
    hi = min(len(text), end + 100)
    before = text[lo:start].lower()  # the cue patterns are lower-case and case-sensitive (fast)
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    if ends:
        before = before[ends[-1] :]
    cues = list(_FUTURE_CUE.finditer(before))
    if cues:
        return "past" if _PAST_CUE.search(before, cues[-1].end()) else "future"
    if _CLAUSE_START_ONLY.match(before):
        after = text[end:hi].lower()
        clause = _CLAUSE_END.search(after)
        if clause is not None:
            after = after[: clause.start()]
        future = _FUTURE_CUE.search(after)
        if future is not None:
            past = _PAST_CUE.search(after, 0, future.start())
            return "past" if past else "future"
    return "past"


def _weekday_date(p: _dt.date, weekday: int, modifier: str, tense: Tense) -> _dt.date:
    if modifier == "last":
        return cal.weekday_strictly_before(p, weekday)
    if modifier == "next":
        return cal.weekday_strictly_after(p, weekday)
    if modifier == "coming" or tense == "future":
        return cal.weekday_on_or_after(p, weekday)
    return cal.weekday_on_or_before(p, weekday)


_D = tuple[_dt.date, _dt.date, Granularity]  # a date before it gets its text and span


def _day(day: _dt.date) -> _D:
    return day, day, Granularity.DAY


def _week(day: _dt.date) -> _D:
    monday = day - _dt.timedelta(days=day.weekday())
    return monday, monday + _dt.timedelta(days=6), Granularity.WEEK


def _month(year: int, month: int) -> _D:
    last = calendar.monthrange(year, month)[1]
    return _dt.date(year, month, 1), _dt.date(year, month, last), Granularity.MONTH


def _year(year: int) -> _D:
    return _dt.date(year, 1, 1), _dt.date(year, 12, 31), Granularity.YEAR


def _shift_month(day: _dt.date, delta: int) -> _D:
    year, month = cal.add_months(day.year, day.month, delta)
    return _month(year, month)


def _fold(s: str | None) -> str:
    return "" if s is None else " ".join(s.casefold().split())


class _Reject(Exception):
    """A match that is no time expression after all."""


# --------------------------------------------------------------------------- resolution


def _weekday_and_date(g: dict[str, str | None], p: _dt.date | None, tense: Callable[[], Tense]) -> _D | None:
    """ "Sunday 5 April 2020", "on Monday, May 4": the day the date states (the nearest such
    day to ``p`` without a year, as for "May 4"). :class:`_Reject` for a day the month lacks."""
    month = _MONTHS[_fold(g["wdm1"] or g["wdm2"]).rstrip(".")]
    dom = int(g["wdd1"] or g["wdd2"] or 0)
    try:
        if g["wdy"]:
            return _day(_dt.date(int(g["wdy"]), month, dom))
        _dt.date(2000, month, dom)
    except ValueError:
        raise _Reject from None
    if p is None:
        return None
    found = cal.month_day_near(p, month, dom, future=tense() == "future")
    return None if found is None else _day(found)


def _season_in(year: int, first_month: int) -> _D:
    """The season that starts in ``first_month`` of ``year``, as a range of whole months."""
    start = _dt.date(year, first_month, 1)
    last_year, last_month = cal.add_months(year, first_month, _SEASON_MONTHS - 1)
    end = _dt.date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
    return start, end, Granularity.RANGE


def _season(
    g: dict[str, str | None], modifier: str, p: _dt.date | None, anchor: EventDate | None
) -> _D | None:
    """ "the summer of 2014", "last summer", "this winter", "that spring": a range of months.

    "last" is the latest such season over before ``p``, "next"/"coming" the first to start after
    it, "this" the one ``p`` falls in or else the one starting in ``p``'s year; "that" the one
    starting in the previous dated expression's year (its winter began the December before
    when that date is in January or February)."""
    first = _SEASONS[_fold(g["season"])]
    if g["sy"]:
        return _season_in(int(g["sy"]), first)
    base = (anchor.start if anchor is not None else None) if modifier == "that" else p
    if base is None:
        return None
    late = base.month < first and first + _SEASON_MONTHS > 12 + base.month  # January in winter
    this = _season_in(base.year - 1 if late else base.year, first)
    if modifier == "last":
        year = this[0].year if this[1] < base else this[0].year - 1
        return _season_in(year, first)
    if modifier in {"next", "coming"}:
        return _season_in(this[0].year if this[0] > base else this[0].year + 1, first)
    if modifier == "this" and not this[0] <= base <= this[1] and first + _SEASON_MONTHS > 12:
        before = _season_in(base.year - 1, first)  # "this winter" in May: the one just over
        return before if (base - before[1]) < (this[0] - base) else this
    return this


def _not_a_season(g: dict[str, str | None], modifier: str, text: str, start: int, end: int) -> bool:
    """ "the Arab Spring", "the fall of Sirte", "in the summer" (no year), "Operation Peace
    Spring", "the last fall of the city", "over the last summer" (a duration)."""
    before = text[max(0, start - 16) : start].split()
    if g["sy"]:
        return bool(before) and before[-1].casefold() in _SEASON_NAMERS
    if not modifier or (before and before[-1].casefold() == "the"):
        return True
    return _fold(g["season"]) == "fall" and (modifier == "that" or _OF.match(text, end) is not None)


_OF = re.compile(rf"{_S}of\b", re.IGNORECASE | re.ASCII)


_SEASON_NAMERS = frozenset({"arab", "prague", "peace", "libyan", "tripoli", "operation"})


def _month_in_year_word(g: dict[str, str | None], p: _dt.date | None, anchor: EventDate | None) -> _D | None:
    """ "June last year", "5 May of next year", "March the previous year": the month (or day)
    in the year the word names; ``None`` without the reference year. :class:`_Reject` for a
    day the month lacks ("30 February last year")."""
    word = _fold(g["w1"] or g["w2"] or g["w3"])
    if word.startswith(("the ", "that ")) and anchor is not None:
        base: _dt.date | None = anchor.start  # "the previous year", "that year": the story's year so far
    else:
        base = p if not word.startswith("that ") else None  # "that year" with no year told before
    if base is None:
        return None
    year = base.year + _YEAR_WORDS[word]
    month = _MONTHS[_fold(g["m1"] or g["m2"]).rstrip(".")]
    dom = g["d1"] or g["d2"]
    if dom is None:
        return _month(year, month)
    try:
        return _day(_dt.date(year, month, int(dom)))
    except ValueError:
        raise _Reject from None


_YEAR_PARTS = frozenset(
    {"end", "start", "beginning", "middle", "months", "weeks", "half", "quarter", "course"}
)
"""Nouns of a part of a year: "the end of 2019", "the first months of 2020" name that year."""
_YEAR_PART_MONTHS = {"end": 12, "start": 1, "beginning": 1}
"""Parts of a year that name one month of it: "at the end of 2016" is December 2016, "at the
start of 2021" January 2021."""


_FRONTING = frozenset({"In", "Since", "Until", "By"})
"""Prepositions that, capitalised at a sentence's start, front a time: "In 2016 fighters
entered Sirte" tells the year, not a count of fighters (a count would need a verb before it)."""


def _fronted(text: str, m: re.Match[str]) -> bool:
    """Whether the match opens its sentence with a capitalised fronting preposition."""
    pre = m.group("pre") or ""
    if pre not in _FRONTING:
        return False
    before = text[: m.start("pre")].rstrip()
    return not before or before[-1] in '.!?"\n'


def _part_of_year(text: str, m: re.Match[str], pre: str) -> bool:
    """Whether a bare year after "of" ends a part-of-year phrase (and no count follows it)."""
    if pre != "of" or _COUNT_NOUN.match(text, m.end()):
        return False
    before = text[max(0, m.start() - 16) : m.start()].split()
    return bool(before) and before[-1].casefold() in _YEAR_PARTS


def _year_part_month(text: str, m: re.Match[str], pre: str) -> int | None:
    """The month a part-of-year phrase names ("the end of 2016": 12), or None."""
    if not _part_of_year(text, m, pre):
        return None
    return _YEAR_PART_MONTHS.get(text[max(0, m.start() - 16) : m.start()].split()[-1].casefold())


def _small_hours(anchor: EventDate | None) -> _D:
    """ "Shortly after 2 am", after "on Friday evening" (or "late on Friday", "Friday night": a
    :data:`NIGHT_ANCHOR_WORDS` word in the previous dated expression): the day after that one.
    :class:`_Reject` for any other clock time: it adds nothing to the day the story is on."""
    if anchor is None or anchor.granularity is not Granularity.DAY:
        raise _Reject
    if not set(re.findall(r"[a-z]+", (anchor.text or "").lower())) & NIGHT_ANCHOR_WORDS:
        raise _Reject
    return _day(anchor.start + _dt.timedelta(days=1))


def _resolve(
    m: re.Match[str],
    text: str,
    published: _dt.date | None,
    *,
    scan: bool,
    future: bool | None,
    anchor: EventDate | None,
) -> TimeExpression:
    """Validate and normalise one match; :class:`_Reject` if it is a false hit."""
    g = m.groupdict()
    pre = _fold(g["pre"])
    modifier = pre if pre in {"last", "next", "this", "coming"} else ""
    since = pre == "since"
    p = published
    start = m.start()
    month_or_year = bool(g["m1"] or g["m2"] or g["yo"] or g["iso"])
    if pre and (pre.split()[0] not in _SPAN_PREFIXES or (pre == "in" and not month_or_year)):
        start = m.end("pre")  # "by", "until", "of" …: outside the span
        while start < m.end() and text[start] in " \t\n\r\f\v\u00a0-":
            start += 1
    end = m.end()

    tense_hint: Tense | None = None

    def tense() -> Tense:
        nonlocal tense_hint
        if future is None:
            tense_hint = _tense(text, start, end)
            return tense_hint
        tense_hint = "future" if future else "past"
        return tense_hint

    date: _D | None = None
    kind: str

    if scan:
        for token in (g["m1"], g["m2"], g["wd"], g["ovwd"], g["wdm1"], g["wdm2"]):
            if token is not None and not token[:1].isupper():  # month and weekday names are capitalised
                raise _Reject
        if g["wd"] or g["rd"]:
            before = text[max(0, m.start() - 16) : m.start()].split()
            if before and before[-1].casefold() in _BLOCKING_PREVIOUS_WORDS:
                raise _Reject
            if g["wd"] and _PAPER.match(text, m.end()):
                raise _Reject
            if g["rd"] and _title_word(g["rd"], before if m.start("rd") == m.start() else []):
                raise _Reject

    if g["iso"] or g["y1"] or g["y2"]:
        kind = "absolute"
        try:
            if g["iso"]:
                day = _dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
            elif g["y1"]:
                day = _dt.date(int(g["y1"]), _MONTHS[_fold(g["m1"]).rstrip(".")], int(g["d1"]))
            else:
                day = _dt.date(int(g["y2"]), _MONTHS[_fold(g["m2"]).rstrip(".")], int(g["d2"]))
        except ValueError:
            raise _Reject from None
        date = _day(day)
    elif g["season"]:
        kind = "absolute" if g["sy"] else "anaphoric" if _fold(g["smod"]) == "that" else "relative_period"
        season_modifier = _fold(g["smod"]) or modifier  # "last summer" or "since last summer"
        if scan and _not_a_season(g, season_modifier, text, m.start(), m.end()):
            raise _Reject
        date = _season(g, season_modifier, p, anchor)
    elif g["w1"] or g["w2"] or g["w3"]:
        kind = "relative_period"
        bare = _fold(g["m2"]) if g["w3"] and not pre else ""
        if scan and bare and bare not in _FULL_MONTHS:
            raise _Reject  # "May last year" with no preposition: perhaps the verb
        date = _month_in_year_word(g, p, anchor)
    elif g["d1"] or g["d2"]:
        kind = "month_day"
        month = _MONTHS[_fold(g["m1"] or g["m2"]).rstrip(".")]
        dom = int(g["d1"] or g["d2"])
        if not 1 <= dom <= 31:
            raise _Reject
        try:
            _dt.date(2000, month, dom)
        except ValueError:
            raise _Reject from None
        if scan and _DATE_NAME_NOUN.match(text, m.end()):
            raise _Reject
        if p is not None:
            direction = "future" if modifier == "next" else tense()
            found = cal.month_day_near(p, month, dom, future=direction == "future")
            date = None if found is None else _day(found)
    elif g["y3"]:
        kind = "absolute"
        date = _month(int(g["y3"]), _MONTHS[_fold(g["m2"]).rstrip(".")])
    elif g["m2"]:
        kind = "month_name"
        token = _fold(g["m2"])
        if scan and (not pre or token not in _MONTHS or token not in _FULL_MONTHS):
            raise _Reject
        if token.rstrip(".") not in _FULL_MONTHS and not token.endswith("."):
            pass  # an abbreviation such as "Sept" in phrase mode is fine
        if scan and text.startswith("'s", m.end()):
            raise _Reject
        month = _MONTHS[token.rstrip(".")]
        if p is not None:
            if modifier == "last":
                year = p.year if month < p.month else p.year - 1
            elif modifier == "next":
                year = p.year if month > p.month else p.year + 1
            elif modifier == "this":
                year = p.year
            elif month != p.month and tense() == "future":
                year = cal.month_on_or_after(p, month)
            else:
                year = cal.month_on_or_before(p, month)
            date = _month(year, month)
    elif g["yo"]:
        kind = "absolute"
        if (
            scan
            and (pre not in _YEAR_PREFIXES or (_COUNT_NOUN.match(text, m.end()) and not _fronted(text, m)))
            and not _part_of_year(text, m, pre)
        ):
            lead = text[max(0, m.start() - 4) : m.start()]
            if pre or lead.casefold() != "the " or not _EVENT_NOUN.match(text, m.end()):
                raise _Reject
        if scan and pre == "from" and _YEAR_RANGE_END.match(text, m.end()):
            raise _Reject  # "from 2013 to 2016": a span of years
        part = _year_part_month(text, m, pre)
        date = _year(int(g["yo"])) if part is None else _month(int(g["yo"]), part)
    elif g["wdm1"] or g["wdm2"]:  # "on Sunday, April 5": the stated day, whatever the weekday
        kind = "absolute" if g["wdy"] else "month_day"
        date = _weekday_and_date(g, p, tense)
    elif g["wd"]:
        kind = "weekday"
        if p is not None:
            weekday = _WEEKDAYS[_fold(g["wd"])]
            # the published weekday itself is P either way: no need to read the tense
            ambiguous = modifier in {"", "this"} and weekday != p.weekday()
            direction = tense() if ambiguous else "past"
            date = _day(_weekday_date(p, weekday, modifier, direction))
    elif g["rd"]:
        kind = "relative_day"
        word = _fold(g["rd"])
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}.get(
            word, 0 if word[:4] == "this" else -1
        )
        if p is not None:
            date = _day(p + _dt.timedelta(days=offset))
    elif g["ovn"]:
        if g["ovwd"]:
            kind = "weekday"
            if p is not None:
                date = _day(_weekday_date(p, _WEEKDAYS[_fold(g["ovwd"])], "", tense()))
        else:
            kind = "relative_day"
            if p is not None:
                date = _day(p)
    elif g["unit"] or g["punit"] or g["wkend"]:
        kind = "relative_period"
        pmod = _fold(g["pmod"]) if g["unit"] else "this"
        unit = _fold(g["unit"] or g["punit"] or "weekend")
        if g["wkend"]:
            pmod = "this"
        if scan and pmod == "last":
            lead = text[max(0, m.start() - 4) : m.start()]
            if lead.casefold() == "the ":  # "over the last week" is a duration
                raise _Reject
        if pmod.endswith("that") or pmod == "that":
            kind = "anaphoric"
            if anchor is not None:
                a = anchor.start
                if unit == "week":
                    date = _week(a)
                elif unit == "month":
                    date = _month(a.year, a.month)
                elif unit == "year":
                    date = _year(a.year)
        elif p is not None:
            step = {"last": -1, "next": 1}.get(pmod, 0)
            if unit == "week":
                date = _week(p + _dt.timedelta(days=7 * step))
            elif unit == "month":
                date = _shift_month(p, step)
            elif unit == "year":
                date = _year(p.year + step)
            else:  # weekend: the month it falls in (annotation convention)
                if step == 1 or (step == 0 and tense() == "future"):
                    after = cal.weekday_strictly_after if step == 1 else cal.weekday_on_or_after
                    saturday = after(p, 5)
                    date = _month(saturday.year, saturday.month)
                else:
                    sunday = cal.weekend_before(p)[1]
                    date = _month(sunday.year, sunday.month)
    elif g["ana"]:
        kind = "anaphoric"
        rel = _fold(g["arel"])
        if anchor is not None and anchor.granularity.value == "day":
            offset = {"next": 1, "following": 1, "previous": -1}.get(rel, 0)
            date = _day(anchor.start + _dt.timedelta(days=offset))
    elif g["pana"]:
        kind = "anaphoric"
        date = _next_period(anchor, _fold(g["prel"]), _fold(g["pu"]))
    elif g["recent"]:
        kind = "relative_period"  # "in recent days": the month of the news (annotation convention)
        if p is not None:
            date = _month(p.year, p.month)
    elif g["vague"]:
        kind = "anaphoric"
        if anchor is not None and anchor.granularity is Granularity.DAY:
            a = anchor.start
            hours = _fold(g["vu"]) == "hours"  # "hours later": the same day; "days later": within a week
            date = (
                _day(a)
                if hours
                else (a + _dt.timedelta(days=1), a + _dt.timedelta(days=7), Granularity.RANGE)
            )
    elif g["within"]:
        kind = "anaphoric"
        if anchor is not None and anchor.granularity is Granularity.DAY:
            date = _within(anchor.start, _fold(g["wq"]), _fold(g["wu"]))
    elif g["agou"]:
        number = _fold(g["num"])
        n = int(number) if number.isdigit() else _NUMBERS[number]
        unit = _fold(g["agou"])
        if _fold(g["agodir"]) == "ago":  # counted back from the published date
            kind, base, sign = "relative_period", p, -1
        else:  # "two days later": counted from the previous dated expression
            kind, sign = "anaphoric", (1 if _fold(g["agodir"]) == "later" else -1)
            base = None if anchor is None or anchor.granularity is not Granularity.DAY else anchor.start
            if unit != "day" and anchor is not None:
                base = anchor.start
        if base is not None:
            if unit == "day":
                date = _day(base + _dt.timedelta(days=sign * n))
            elif unit == "week":
                date = _week(base + _dt.timedelta(days=sign * 7 * n))
            elif unit == "month":
                date = _shift_month(base, sign * n)
            else:
                date = _year(base.year + sign * n)
    elif g["clock"]:
        kind = "anaphoric"
        date = _small_hours(anchor)
    elif g["midnight"]:
        kind = "anaphoric"
        if pre != "after":
            raise _Reject  # "at midnight", "before midnight": the day told, or either day
        date = _small_hours(anchor)  # "shortly after midnight", after "on Thursday evening"
    else:  # pragma: no cover - every core sets a group
        raise _Reject

    if since and date is not None:
        date = (date[0], p, Granularity.RANGE) if p is not None and date[0] <= p else None
    span = Span._unchecked(start, end)
    surface = text[start:end]
    event_date = None if date is None else EventDate(date[0], date[1], date[2], surface, span)
    return TimeExpression(surface, span, kind, event_date, tense_hint)


# --------------------------------------------------------------------------- public API


WITHIN_VAGUE_DAYS = 7
"""How many days "within days" (or "a few days", "several days") may run on: a week, as "days later"."""


def _within(day: _dt.date, count: str, unit: str) -> _D:
    """ "Within hours" of a dated event is its day; "within a day" the day after; "within two
    days" / "within a week" the days after it, up to that many (a range)."""
    if unit.startswith("hour"):
        return _day(day)
    n = _NUMBERS.get(count) or (int(count) if count.isdigit() else 0)
    days = n * (7 if unit.startswith("week") else 1) if n else WITHIN_VAGUE_DAYS
    if days == 1:
        return _day(day + _dt.timedelta(days=1))
    return (day + _dt.timedelta(days=1), day + _dt.timedelta(days=days), Granularity.RANGE)


def _triggers(text: str, low: str) -> list[int]:
    """Start offsets of the words that every expression contains, in order.

    ``str.find`` of a few stems in the lower-cased text beats any case-folding regex; a hit
    counts only if its whole word is a time word (so "holiday", "mayor", "Janzour" cost nothing more).
    """
    hits = {m.start() for m in _DIGITS.finditer(low)}
    hits.update(m.start() for m in _SMALL_HOURS.finditer(low))
    for m in _MONTH_STEM.finditer(text):
        i = m.start()
        if i == 0 or not low[i - 1].isalpha():
            word = _LETTERS.match(low, i)
            if word is not None and word.group() in _MONTHS:
                hits.add(i)
    for stem in _STEMS:
        i = low.find(stem)
        while i >= 0:
            start = i
            floor = max(0, i - 9)  # no time word is longer than "wednesday": keeps this linear
            while start > floor and "a" <= low[start - 1] <= "z":
                start -= 1
            word = _LETTERS.match(low, start)
            if word is not None and word.group() in _TRIGGER_WORDS:
                hits.add(start)
            i = low.find(stem, i + 1)
    return sorted(hits)


def find_time_expressions(text: str, published: _dt.date | None = None) -> list[TimeExpression]:
    """Every time expression in ``text``, in order and without overlaps, normalised against ``published``.

    Anaphors ("that day", "later that month") resolve against the previous dated expression.
    Never raises on a ``str``; :class:`~libya_events.InputTypeError` for anything else.
    """
    if not isinstance(text, str):
        raise InputTypeError(f"'text' must be a str (got {type(text).__name__})")
    p = _check_published(published)
    found: list[TimeExpression] = []
    anchor: EventDate | None = None
    told: EventDate | None = None  # the latest date the story itself told on (no "since" clause's)
    done = 0  # no expression may start before this offset
    low = text.lower()
    if len(low) != len(text):  # a few non-ASCII characters change length when lower-cased
        low = text.translate(_ASCII_LOWER)
    for t in _triggers(text, low):
        if t < done:
            continue
        starts = [w.start() for w in _WORD_START.finditer(text, max(done, t - _LOOKBACK_CHARS), t + 1)]
        if not starts:
            continue
        for candidate in starts[-_LOOKBACK_WORDS:]:
            if not low[candidate].isdigit():
                word = _LETTERS.match(low, candidate)
                if word is None or word.group() not in _FIRST_WORDS:
                    continue  # no expression starts with this word: skip the costly match
            m = _PATTERN.match(text, candidate)
            if m is None or m.end() <= t:
                continue
            # the leftmost match through the stem decides, as a left-to-right scan would
            done = m.end()
            try:
                expression = _resolve(m, text, p, scan=True, future=None, anchor=anchor)
                if p is None and told is not None and _undated_yearless(expression):
                    expression = _in_told_year(m, text, expression, told)
            except (_Reject, ValueError, KeyError, OverflowError):
                break
            expression = _in_story_year(expression, found[-1] if found else None, text, p)
            paired = _restated_day(text, found[-1], expression) if found else None
            if paired is not None:  # "12 June (Monday)": one day, told twice
                found[-1] = expression = paired
                done = paired.span.end
            else:
                found.append(expression)
            if expression.date is not None:
                anchor = expression.date
                if not _SINCE_BEFORE.search(
                    text, max(0, expression.span.start - SINCE_REACH), expression.span.start
                ):
                    told = expression.date
            break
    return found


SINCE_REACH = 150
"""How far before a time expression a "since" may open the clause that holds it."""
_SINCE_BEFORE = re.compile(r"(?<![\w'\u2019-])since\b[^.;!?\n]*+\Z", re.IGNORECASE)
"""A "since" clause still open where a time expression starts ("the biggest shift since Haftar
launched his offensive in April 2019"): with no published date, the year of such a background
date does not carry to a later month or day told without one ("around May 23")."""


_YEARLESS = frozenset({"month_name", "month_day"})

RESTATED_DAY_KINDS = frozenset({"absolute", "month_day"})
"""Kinds of a stated day that a weekday beside it names again ("12 June (Monday)", "12 June, Monday:")."""
RESTATING_GAPS = frozenset({"(", ",", "|"})
"""What may part a stated day from the weekday that restates it: a bracket (either may come
first, "Monday (12 June)"; the bracket must close), or a comma or bar after the day, the weekday
then ending its phrase ("12 June, Monday: ...", "12 June | Monday | ...")."""
PHRASE_ENDS = frozenset(".,:;|-\u2013\u2014)\n")
"""What may follow a weekday set behind a comma or bar after a stated day: not a word, so
"on 12 June, Monday night fighting resumed" keeps its weekday apart."""
GAP_SPACE = " \t\u00a0"
MAX_GAP_SPACE = 3
"""Spaces (at most) read between a restating weekday and what closes it."""


def _restated_day(text: str, first: TimeExpression, second: TimeExpression) -> TimeExpression | None:
    """ "12 June (Monday)", "Monday (12 June)", "12 June, Monday:": a weekday beside a stated
    day names that one day, as "Monday, 12 June" does. The pair is one expression, the stated day
    (whatever the weekday), spanning both (and a closing bracket); ``None`` for any other pair
    of neighbours. It only reads the few characters between and after the two: linear in the text."""
    gap = text[first.span.end : second.span.start].strip(GAP_SPACE)
    if gap not in RESTATING_GAPS:
        return None
    day, weekday = (first, second) if first.kind in RESTATED_DAY_KINDS else (second, first)
    if weekday.kind != "weekday" or day.kind not in RESTATED_DAY_KINDS:
        return None
    if day.date is None or day.date.granularity is not Granularity.DAY:
        return None
    after = second.span.end
    while after < len(text) and after - second.span.end < MAX_GAP_SPACE and text[after] in GAP_SPACE:
        after += 1
    closer = text[after] if after < len(text) else "\n"
    if gap == "(":
        if closer != ")":
            return None
        end = after + 1
    elif day is not first or _fold(weekday.text.split()[0]) not in _WEEKDAYS or closer not in PHRASE_ENDS:
        return None  # "Monday, 12 June" is one expression already; "last Monday" is no restatement
    else:
        end = second.span.end
    span = Span(first.span.start, end)
    words = text[span.start : span.end]
    return TimeExpression(
        words, span, day.kind, attrs.evolve(day.date, text=words, span=span), day.tense_hint
    )


def _in_story_year(
    e: TimeExpression, told: TimeExpression | None, text: str, published: _dt.date | None
) -> TimeExpression:
    """ "By early 2017 its fighters had reached X, and they took the district in March": a month
    (or a month's day) with no year, right after an expression that names one in the same
    sentence, is in that year (after a bare year) or is the such month (day) nearest to it
    ("in November 2019, and on 4 April" is April 2020), not the one before the published
    date, so long as it is not after the published date."""
    if told is None or told.kind not in _STORY_KINDS or told.date is None or e.kind not in _YEARLESS:
        return e
    date, base = e.date, told.date.start
    if date is None or date.granularity not in (Granularity.MONTH, Granularity.DAY):
        return e
    if told.date.granularity is Granularity.RANGE or _story_break(text, told, e, published):
        return e
    if _founding_year(text, told):
        return e
    years = (
        [base.year]
        if told.date.granularity is Granularity.YEAR
        else [base.year - 1, base.year, base.year + 1]
    )
    candidates = [d for d in (_same_day_in(date.start, y) for y in years) if d is not None]
    if not candidates:
        return e
    moved = min(candidates, key=lambda d: (abs((d - base).days), -d.toordinal()))
    if moved.year == date.start.year or (published is not None and moved > published):
        return e
    if moved < base < date.start and _CLAUSE_END.search(text, told.span.end, e.span.start):
        return e  # "In December 2016 they took X. On 28 October ...": a later sentence goes forward
    if date.granularity is Granularity.DAY:
        return attrs.evolve(e, date=EventDate.from_day(moved, text=date.text, span=date.span))
    return attrs.evolve(e, date=EventDate.from_month(moved.year, moved.month, text=date.text, span=date.span))


PUBLISHED_RELATIVE_WORDS = frozenset({"last", "next", "this", "coming"})
"""Words that tie a yearless month to the published date ("last October"), never to the story."""


def _undated_yearless(e: TimeExpression) -> bool:
    """A month or a month's day with no year ("in October", "on 20 November") left without a
    date because there is no published date, and not told relative to that date."""
    words = e.text.lower().split()
    return e.date is None and e.kind in _YEARLESS and not PUBLISHED_RELATIVE_WORDS.intersection(words)


def _in_told_year(m: re.Match[str], text: str, e: TimeExpression, anchor: EventDate) -> TimeExpression:
    """With no published date, "driven out in August 2014 ... In October they advanced": a
    month (or a month's day) with no year is the first such month (day) from the date the
    story last told on (a story goes forward: "in November 2018, and in January" is 2019)."""
    told = anchor.start
    resolved = _resolve(m, text, _dt.date(told.year, 12, 31), scan=True, future=None, anchor=anchor)
    date = resolved.date
    if date is None or date.granularity not in (Granularity.MONTH, Granularity.DAY):
        return e
    first = told.replace(day=1) if date.granularity is Granularity.MONTH else told
    candidates = [
        d for d in (_same_day_in(date.start, y) for y in (told.year, told.year + 1)) if d is not None
    ]
    moved = next((d for d in candidates if d >= first), None)
    if moved is None:
        return e
    if date.granularity is Granularity.DAY:
        return attrs.evolve(resolved, date=EventDate.from_day(moved, text=date.text, span=date.span))
    return attrs.evolve(
        resolved, date=EventDate.from_month(moved.year, moved.month, text=date.text, span=date.span)
    )


FOUNDING_WORDS = frozenset({"founded", "formed", "created", "established", "set up", "born"})
"""Participles that date a body's beginning ("a militia formed in 2015"): background, no story year."""
_FOUNDING = re.compile(
    r"\b(" + "|".join(sorted(FOUNDING_WORDS, key=len, reverse=True)) + r")\s+$", re.IGNORECASE
)
_FOUNDING_REACH = 20


def _founding_year(text: str, told: TimeExpression) -> bool:
    """ "The group, founded in 2016, launched its offensive on 11 April": a bare year that dates
    a body's founding tells its past, not the year of the story told after it."""
    if told.date is None or told.date.granularity is not Granularity.YEAR:
        return False
    return _FOUNDING.search(text, max(0, told.span.start - _FOUNDING_REACH), told.span.start) is not None


_STORY_KINDS = frozenset({"absolute", "anaphoric", "relative_period"})
"""Expressions that set a story's year: "in 2014", "later that year", "in July of that year"."""


def _story_break(text: str, told: TimeExpression, e: TimeExpression, published: _dt.date | None) -> bool:
    """Whether the year ``told`` sets no longer holds at ``e``: a new clause, save within a
    paragraph that tells a past year's story month by month ("In July of that year they attacked
    X. ... X fell in late August": the same summer)."""
    between = text[told.span.end : e.span.start]
    by_month = told.date is not None and told.date.granularity in (Granularity.MONTH, Granularity.DAY)
    if not _CLAUSE_END.search(between):
        return not (told.kind == "absolute" or by_month)  # "came in June, last year in May"
    if "\n" in between or published is None or told.date is None or not by_month:
        return True  # "The town fell in 2016. They returned in March.": a year alone sets no story
    return told.date.start.year >= published.year


def _same_day_in(day: _dt.date, year: int) -> _dt.date | None:
    """``day`` in ``year``; ``None`` for 29 February in a common year."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def normalize_time_expression(
    phrase: str,
    published: _dt.date | None = None,
    *,
    future: bool = False,
    anchor: EventDate | None = None,
) -> EventDate:
    """Normalise one phrase ("late on Monday", "in March 2011", "last month") to an :class:`EventDate`.

    ``future`` picks the direction of an underspecified weekday or month; ``anchor`` resolves
    "that day", "later that month". :class:`~libya_events.DateParseError` when ``phrase`` is no
    time expression or cannot be normalised (a relative one without ``published``);
    :class:`~libya_events.InputTypeError` for a non-str phrase or a non-date ``published``.
    """
    if not isinstance(phrase, str):
        raise InputTypeError(f"'phrase' must be a str (got {type(phrase).__name__})")
    p = _check_published(published)
    if not isinstance(future, bool):
        raise InputTypeError(f"'future' must be a bool (got {type(future).__name__})")
    if anchor is not None and not isinstance(anchor, EventDate):
        raise InputTypeError(f"'anchor' must be an EventDate or None (got {type(anchor).__name__})")
    start = len(phrase) - len(phrase.lstrip())
    m = _PATTERN.match(phrase, start)
    if m is not None and phrase[m.end() :].strip(" \t\r\n\u00a0.,;:!?") == "":
        try:
            expression = _resolve(m, phrase, p, scan=False, future=future, anchor=anchor)
        except (_Reject, ValueError, KeyError, OverflowError):
            expression = None
        if expression is not None:
            if expression.date is None:
                needs = "an anchor date" if expression.kind == "anaphoric" else "a published date"
                raise DateParseError(f"{phrase!r} needs {needs} to be normalised")
            return expression.date
    fallback = _dateparser_fallback(phrase)
    if fallback is None:
        raise DateParseError(f"{phrase!r} is no time expression")
    return fallback


def _dateparser_fallback(phrase: str) -> EventDate | None:
    """An odd but complete absolute date ("Thursday, 4th of April, 2019") through dateparser."""
    stripped = phrase.strip()
    if not stripped or len(stripped) > 64 or not re.search(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", stripped):
        return None
    try:
        import dateparser  # slow to import: only here

        parsed = dateparser.parse(
            stripped,
            languages=["en"],
            settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if not isinstance(parsed, _dt.datetime):
        return None
    span = Span(phrase.index(stripped), len(phrase.rstrip()))
    return EventDate.from_day(parsed.date(), text=stripped, span=span)


def stated_published(text: str, lines: Iterable[Span]) -> _dt.date | None:
    """The date an article states for itself on its publication lines or dateline
    ("Tripoli, March 5, 2011", "Reuters, Sunday 10 Jun 2012"): the first full date (day,
    month and year) in ``lines``, taken in text order; ``None`` without one, or when it is
    outside the range :func:`parse_published` accepts."""
    for line in sorted(lines, key=lambda s: s.start):
        for t in find_time_expressions(text[line.start : line.end]):
            if t.kind == "absolute" and t.date is not None and t.date.granularity is Granularity.DAY:
                try:
                    return _in_range(t.date.start, t.text)
                except DateParseError:
                    return None
    return None
