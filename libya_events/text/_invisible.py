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

__all__ = ["INVISIBLE", "restore_offsets", "strip_invisible"]

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
    cleaned = article.text
    size = len(original)

    def start_of(i: int) -> int:
        if offsets is None:
            return i
        return offsets[i] if i < len(offsets) else size

    def end_of(start: int, i: int) -> int:
        if offsets is None:
            return i
        if i <= 0:
            return start
        return max(start, offsets[i - 1] + 1 if ends is None else ends[i - 1])

    memo: dict[int, Any] = {}

    def remap(value: Any) -> Any:
        key = id(value)
        if key in memo:
            return memo[key]
        out: Any = value
        if isinstance(value, Span):
            if offsets is None:  # the same offsets: the same span
                memo[key] = value
                return value
            start = start_of(value.start)
            out = Span(start, end_of(start, value.end))
        elif isinstance(value, tuple):
            items = tuple(remap(v) for v in value)
            out = value if all(a is b for a, b in zip(items, value, strict=True)) else items
        elif attrs.has(type(value)) and not isinstance(value, Article):
            changes: dict[str, Any] = {}
            for f in attrs.fields(type(value)):
                old = getattr(value, f.name)
                new = remap(old)
                if new is not old:
                    changes[f.alias or f.name] = new
            old_span = getattr(value, "span", None)
            text = getattr(value, "text", None)
            if isinstance(old_span, Span) and isinstance(text, str) and text == old_span.slice(cleaned):
                new_text = changes.get("span", old_span).slice(original)
                if new_text != text:  # an equal text is kept as it is
                    changes["text"] = new_text
            if changes:
                out = attrs.evolve(value, **changes)
        memo[key] = out
        return out

    changes = {
        f.alias or f.name: remap(getattr(article, f.name))
        for f in attrs.fields(Article)
        if f.name not in ("text", "published", "id")
    }
    return attrs.evolve(article, text=original, **changes)
