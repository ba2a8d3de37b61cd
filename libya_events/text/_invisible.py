"""Invisible characters (zero-width spaces and joiners, soft hyphens, direction marks, BOMs).

Text pasted from the web often carries them inside words ("Mis\\u200brata"), where they
split a name in two for every rule. :func:`strip_invisible` removes them and returns,
for each kept character, its offset in the original text; :func:`restore_offsets` maps
every span of an :class:`~libya_events.Article` parsed from the cleaned text back onto the
original, so spans still slice the text exactly as given (the invisible characters
inside a name stay inside its span).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from libya_events.model import Article, Span

__all__ = ["INVISIBLE", "part_of_original", "restore_offsets", "strip_invisible"]

INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
"""Soft hyphen, Mongolian vowel separator, zero-width space/non-joiner/joiner, direction marks and
embeddings, word joiner, invisible operators, direction isolates and the byte-order mark."""

_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def strip_invisible(text: str) -> tuple[str, list[int] | None]:
    """``text`` without invisible characters, and the original offset of each kept character
    (None, and ``text`` itself, when there is nothing to remove).

    >>> clean, offsets = strip_invisible("Mis\\u200brata")
    >>> clean, offsets
    ('Misrata', [0, 1, 2, 4, 5, 6, 7])
    """
    if _INVISIBLE.search(text) is None:
        return text, None
    offsets = [i for i, c in enumerate(text) if c not in INVISIBLE]
    return "".join(text[i] for i in offsets), offsets


def restore_offsets(
    article: Article, original: str, offsets: Sequence[int] | None, ends: Sequence[int] | None = None
) -> Article:
    """``article`` (parsed from the cleaned text) with every span mapped onto ``original``.

    ``offsets[i]`` is where the cleaned text's character ``i`` starts in ``original`` and
    ``ends[i]`` where it ends (``offsets[i] + 1`` when None; more for a decoded reference,
    see :func:`~libya_events.text._encoding.decode_characters`). ``offsets`` None: the
    cleaned text has the same length, only some characters were replaced (see
    :func:`~libya_events.text._wrap.unwrap`). A mention's text (and any other record's
    ``text`` that was its span's slice) is sliced again from ``original``.
    """
    remap = _Restorer(article.text, original, offsets, ends).remap
    changes = {
        f.alias or f.name: remap(getattr(article, f.name))
        for f in attrs.fields(Article)
        if f.name not in ("text", "published", "id")
    }
    return attrs.evolve(article, text=original, **changes)


def part_of_original(
    original: str, offsets: Sequence[int] | None, ends: Sequence[int] | None, start: int, end: int
) -> tuple[int, str, list[int] | None, list[int] | None]:
    """What :func:`restore_offsets` needs to map a part of the cleaned text on its own:
    the part ``[start, end)`` of the cleaned text comes from ``original[base:stop]``; returns
    ``base``, that slice, and the part's ``offsets`` and ``ends`` counted from ``base``.

    A long text is parsed in parts (see ``extraction/_long.py``); each part's spans are
    mapped back while its records are fresh, and the parts' slices tile ``original``, so
    the result is what mapping the whole article at once would give.

    >>> part_of_original("ab\u200bcd", [0, 1, 3, 4], None, 2, 4)
    (3, 'cd', [0, 1], None)
    """
    if offsets is None:
        return start, original[start:end], None, None
    base = offsets[start] if start < len(offsets) else len(original)
    stop = offsets[end] if end < len(offsets) else len(original)
    local = [o - base for o in offsets[start:end]]
    local_ends = None if ends is None else [e - base for e in ends[start:end]]
    return base, original[base:stop], local, local_ends


class _Restorer:
    """Maps the records of an article parsed from ``cleaned`` onto ``original`` (see
    :func:`restore_offsets`), each object once. A class rather than nested functions: a
    recursive closure is a reference cycle, and the cycle kept every mapped record (and
    the whole text) alive until the garbage collector's next full pass."""

    __slots__ = ("cleaned", "ends", "memo", "offsets", "original", "size")

    def __init__(
        self, cleaned: str, original: str, offsets: Sequence[int] | None, ends: Sequence[int] | None
    ) -> None:
        self.cleaned = cleaned
        self.original = original
        self.offsets = offsets
        self.ends = ends
        self.size = len(original)
        self.memo: dict[int, Any] = {}

    def start_of(self, i: int) -> int:
        offsets = self.offsets
        if offsets is None:
            return i
        return offsets[i] if i < len(offsets) else self.size

    def end_of(self, start: int, i: int) -> int:
        offsets = self.offsets
        if offsets is None:
            return i
        if i <= 0:
            return start
        return max(start, offsets[i - 1] + 1 if self.ends is None else self.ends[i - 1])

    def remap(self, value: Any) -> Any:
        memo = self.memo
        key = id(value)
        if key in memo:
            return memo[key]
        out: Any = value
        if isinstance(value, Span):
            if self.offsets is None:  # the same offsets: the same span
                memo[key] = value
                return value
            start = self.start_of(value.start)
            out = Span(start, self.end_of(start, value.end))
        elif isinstance(value, tuple):
            items = tuple(self.remap(v) for v in value)
            out = value if all(a is b for a, b in zip(items, value, strict=True)) else items
        elif attrs.has(type(value)) and not isinstance(value, Article):
            changes: dict[str, Any] = {}
            for f in attrs.fields(type(value)):
                old = getattr(value, f.name)
                new = self.remap(old)
                if new is not old:
                    changes[f.alias or f.name] = new
            old_span = getattr(value, "span", None)
            text = getattr(value, "text", None)
            if isinstance(old_span, Span) and isinstance(text, str) and text == old_span.slice(self.cleaned):
                new_text = changes.get("span", old_span).slice(self.original)
                if new_text != text:  # an equal text is kept as it is
                    changes["text"] = new_text
            if changes:
                out = attrs.evolve(value, **changes)
        memo[key] = out
        return out
