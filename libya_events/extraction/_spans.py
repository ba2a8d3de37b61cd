"""A sorted index of character spans: which entries overlap a range, in logarithmic time.

Mention passes ask "does anything cover these characters?" once per candidate; a linear
scan over every hit makes a long article quadratic. Entries are kept sorted by start, and
a query looks only at entries starting within the longest entry's length before the range.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Generic, TypeVar

__all__ = ["SpanIndex"]

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items with ``[start, end)`` spans; :meth:`overlapping` lists those meeting a range."""

    def __init__(self, items: Iterable[tuple[int, int, T]] = ()) -> None:
        ordered = sorted(items, key=lambda it: (it[0], it[1]))
        self._starts = [s for s, _, _ in ordered]
        self._items = ordered
        self._longest = max((e - s for s, e, _ in ordered), default=0)

    def add(self, start: int, end: int, item: T) -> None:
        k = bisect.bisect_right(self._starts, start)
        self._starts.insert(k, start)
        self._items.insert(k, (start, end, item))
        self._longest = max(self._longest, end - start)

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items whose span shares a character with ``[start, end)``, in start order."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        return [it for s, e, it in self._items[lo:hi] if s < end and start < e]

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self.overlapping(start, end))

    def __len__(self) -> int:
        return len(self._items)
