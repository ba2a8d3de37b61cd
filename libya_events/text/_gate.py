"""Word gates: try a whole-text pattern only where one of its first words starts.

``re`` tries a pattern such as ``\\b(?:forces|troops)\\s+loyal\\s+to`` at every character of
an article. In an ASCII text the words (``[A-Za-z0-9]+`` runs, lower-cased) say exactly where
such a first word can start, so trying ``match`` only there, in order, and going on from
the end of each match, finds the same matches as ``finditer`` does: every match is
non-empty and starts at one of those words. The words are those the mention finder already
has; a text with other characters (where case-insensitive matching can equate an ASCII
letter with another one, the Kelvin sign with "k") is scanned with ``finditer`` itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from attrs import frozen

__all__ = ["FirstWords", "WordGate", "finditer_at"]


@frozen
class FirstWords:
    """A pattern with the words one of its matches must start with.

    The pattern must begin with ``\\b`` and match only where a word of ``words`` (lower-case)
    starts and is followed by a character that is no ASCII letter or digit, or where a word
    beginning with one of ``prefixes`` starts; it never matches the empty string.
    """

    pattern: re.Pattern[str]
    words: frozenset[str]
    prefixes: tuple[str, ...] = ()


class WordGate:
    """Where each word of one text starts, keyed by its lower-case form (built on first use)."""

    def __init__(self, text: str, words: Sequence[tuple[str, int, int, bool]]) -> None:
        self.text = text
        self._ascii = text.isascii()
        self._words = words
        self._index: dict[str, list[int]] | None = None

    def _starts(self, first: FirstWords) -> list[int]:
        index = self._index
        if index is None:
            index = self._index = {}
            for key, start, _, _ in self._words:
                found = index.get(key)
                if found is None:
                    index[key] = [start]
                else:
                    found.append(start)
        starts = [s for w in first.words if w in index for s in index[w]]
        if first.prefixes:
            starts.extend(s for key, found in index.items() if key.startswith(first.prefixes) for s in found)
        starts.sort()
        return starts

    def finditer(self, first: FirstWords) -> Iterator[re.Match[str]]:
        """The matches ``first.pattern.finditer(text)`` gives, in order."""
        if not self._ascii:
            return first.pattern.finditer(self.text)
        return finditer_at(first.pattern, self.text, self._starts(first))


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, when every match is non-empty and starts
    at one of ``starts`` (ascending; repeats allowed): ``match`` is tried only there."""
    match = pattern.match
    pos = 0
    for start in starts:
        if start < pos:
            continue
        m = match(text, start)
        if m is not None:
            yield m
            pos = m.end()
