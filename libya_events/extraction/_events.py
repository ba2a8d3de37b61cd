"""Drafts of movements and statements, as the engines over the parse find them.

:mod:`._movements` and :mod:`._statements` produce these; the pipeline turns them into
the model's records. Each draft keeps the span of its sentence (or quotation) and of its
trigger words.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from attrs import define

from libya_events.extraction._mentions import Hit
from libya_events.model import EventDate, Modality, MovementKind, Span

__all__ = ["MovementDraft", "StatementDraft"]


@define
class MovementDraft:
    kind: MovementKind
    trigger: Span
    sentence: Span
    actor: Hit | None
    origin: Hit | None
    destination: Hit | None
    date: EventDate | None
    modality: Modality
    thing: str | None = None
    """What the move took, held or left when the text names it by a common noun ("the port"):
    two place-less moves of one actor on different things are two events."""


@define
class StatementDraft:
    text_span: Span
    text: str
    direct: bool
    sentence: Span
    speaker: Hit | None
    channel: str | None
    date: EventDate | None


_T = TypeVar("_T")


class _Sorted(Generic[_T]):
    """Items sorted by start offset, with fast range queries (keeps every rule linear)."""

    def __init__(self, items: Sequence[_T], start: Callable[[_T], int]) -> None:
        self.items = sorted(items, key=start)
        self.starts = [start(x) for x in self.items]

    def between(self, lo: int, hi: int) -> list[_T]:
        """Items whose start lies in ``[lo, hi)``."""
        return self.items[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]

    def index_before(self, pos: int) -> int:
        """The number of items that start before ``pos``."""
        return bisect.bisect_left(self.starts, pos)


def _hit_start(hit: Hit) -> int:
    return hit.start
