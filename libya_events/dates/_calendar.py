"""Calendar arithmetic used by the normaliser: pure functions on :class:`datetime.date`.

Weekdays are numbered as :meth:`datetime.date.weekday` does (Monday 0 … Sunday 6).
"""

from __future__ import annotations

import calendar
import datetime as _dt

__all__ = [
    "add_months",
    "month_day_after",
    "month_day_before",
    "month_day_near",
    "month_on_or_after",
    "month_on_or_before",
    "weekday_on_or_after",
    "weekday_on_or_before",
    "weekday_strictly_after",
    "weekday_strictly_before",
    "weekend_before",
]

_DAY = _dt.timedelta(days=1)


def weekday_on_or_before(day: _dt.date, weekday: int) -> _dt.date:
    """The latest date with ``weekday`` that is not after ``day`` (``day`` itself if it matches)."""
    return day - _dt.timedelta(days=(day.weekday() - weekday) % 7)


def weekday_strictly_before(day: _dt.date, weekday: int) -> _dt.date:
    """The latest date with ``weekday`` that is before ``day`` (a week back if ``day`` matches)."""
    return day - _dt.timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)


def weekday_on_or_after(day: _dt.date, weekday: int) -> _dt.date:
    """The earliest date with ``weekday`` that is not before ``day``."""
    return day + _dt.timedelta(days=(weekday - day.weekday()) % 7)


def weekday_strictly_after(day: _dt.date, weekday: int) -> _dt.date:
    """The earliest date with ``weekday`` that is after ``day`` (a week on if ``day`` matches)."""
    return day + _dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def weekend_before(day: _dt.date) -> tuple[_dt.date, _dt.date]:
    """The Saturday and Sunday of the weekend before ``day``: the latest Saturday strictly before it.

    For a Sunday that is the day before; for a Saturday it is the previous weekend.
    """
    saturday = weekday_strictly_before(day, 5)
    return saturday, saturday + _DAY


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_on_or_before(day: _dt.date, month: int) -> int:
    """The year of the latest ``month`` that does not start after ``day``'s month."""
    return day.year if month <= day.month else day.year - 1


def month_on_or_after(day: _dt.date, month: int) -> int:
    """The year of the earliest ``month`` that does not end before ``day``'s month."""
    return day.year if month >= day.month else day.year + 1


def _valid(year: int, month: int, dom: int) -> bool:
    return 1 <= year <= 9999 and dom <= calendar.monthrange(year, month)[1]


def month_day_before(day: _dt.date, month: int, dom: int) -> _dt.date | None:
    """The latest date ``month``/``dom`` that is on or before ``day`` (``None`` if there is none)."""
    year = day.year if (month, dom) <= (day.month, day.day) else day.year - 1
    for candidate in range(year, year - 9, -1):  # 29 February: back to a leap year
        if _valid(candidate, month, dom):
            return _dt.date(candidate, month, dom)
    return None


def month_day_after(day: _dt.date, month: int, dom: int) -> _dt.date | None:
    """The earliest date ``month``/``dom`` that is on or after ``day`` (``None`` if there is none)."""
    year = day.year if (month, dom) >= (day.month, day.day) else day.year + 1
    for candidate in range(year, year + 9):
        if _valid(candidate, month, dom):
            return _dt.date(candidate, month, dom)
    return None


NEAR_DAYS = 7
"""A day and month this close to the publication date, on the "wrong" side of it for the
tense, is still that year's: a report dated 20 August about "21 August" means the next day
(a time zone, a late edition), not a day 364 days earlier."""


YEAR_DAYS = 366
"""A day and month read from a date lie within this many days of it, on one side or the other:
29 February read on 1 February 2000 is 29 February 2000, not 1996."""


def month_day_near(day: _dt.date, month: int, dom: int, *, future: bool) -> _dt.date | None:
    """``month``/``dom`` read from ``day``: the latest on or before it (the earliest on or
    after it when ``future``), unless one lies within :data:`NEAR_DAYS` on the other side."""
    for year in (day.year, day.year - 1, day.year + 1):  # 31 December read on 1 January
        if _valid(year, month, dom) and abs((_dt.date(year, month, dom) - day).days) <= NEAR_DAYS:
            return _dt.date(year, month, dom)
    found = month_day_after(day, month, dom) if future else month_day_before(day, month, dom)
    if found is not None and abs((found - day).days) > YEAR_DAYS:  # 29 February: the next one
        other = month_day_before(day, month, dom) if future else month_day_after(day, month, dom)
        if other is not None and abs((other - day).days) < abs((found - day).days):
            return other
    return found
