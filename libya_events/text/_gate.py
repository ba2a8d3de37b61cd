"""Word gates: try a whole-text pattern only near the words its matches must contain.

``re`` tries a pattern such as ``\\b(?:forces|troops)\\s+loyal\\s+to`` at every character of
an article. In an ASCII text the words (``[A-Za-z0-9]+`` runs, lower-cased) say where a
match can start: where one of its first words starts (:class:`FirstWords`), or a few words
before one of its head words (:class:`HeadWords`). Trying ``match`` only there, in order,
and going on from the end of each match, finds the same matches as ``finditer`` does
(:func:`finditer_at`). The words are those the mention finder already has; a text with other
characters is gated by its ASCII words too, where each of its other characters acts in the
pattern as an ASCII character would (:func:`_stand_ins`, :func:`_gateable`); otherwise (a
character that case-insensitive matching equates with an ASCII letter, the Kelvin sign with
"k"; another script's digit) it is scanned with ``finditer`` itself.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from attrs import frozen

__all__ = ["FirstWords", "HeadWords", "WordGate", "finditer_at", "scan", "search_ending"]


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


@frozen
class HeadWords:
    """A pattern each of whose matches holds a head word (one of ``words``, lower-case, as a
    whole ``[A-Za-z0-9]+`` word, or a word beginning with one of ``prefixes``) and starts at
    a word boundary no further before the head's start than ``words_before`` words, or than
    ``chunks_before`` whitespace-separated chunks (whichever reaches further); it never
    matches the empty string. With ``firsts``, a match also starts where one of those words
    starts (as for :class:`FirstWords`)."""

    pattern: re.Pattern[str]
    words: frozenset[str]
    words_before: int = 0
    chunks_before: int = 0
    prefixes: tuple[str, ...] = ()
    firsts: frozenset[str] = frozenset()


class WordGate:
    """The words of one text, indexed by their lower-case form (built on first use)."""

    def __init__(self, text: str, words: Sequence[tuple[str, int, int, bool]]) -> None:
        self.text = text
        self._ascii = text.isascii()
        self._words = words
        self._index: dict[str, list[int]] | None = None
        self._word_starts: list[int] | None = None
        self._reversed = ""
        self._shadow: WordGate | None = None  # over the ASCII words of a text with other characters
        self._others: frozenset[str] | None = None  # the text's other characters ("" if any cannot stand in)

    @property
    def ascii(self) -> bool:
        """Whether the text is ASCII: then its words are exactly its ``[A-Za-z0-9]+`` runs."""
        return self._ascii

    def _built_index(self) -> dict[str, list[int]]:
        index = self._index
        if index is None:
            index = self._index = {}
            for i, word in enumerate(self._words):
                found = index.get(word[0])
                if found is None:
                    index[word[0]] = [i]
                else:
                    found.append(i)
        return index

    def has_any(self, keys: Iterable[str]) -> bool:
        """Whether the text has a word with one of ``keys`` (lower-case)."""
        index = self._built_index()
        return any(key in index for key in keys)

    def _positions(self, keys: Iterable[str]) -> list[int]:
        """The indexes (into the words) of the words with one of ``keys``, in any order."""
        index = self._built_index()
        return [i for key in keys if key in index for i in index[key]]

    def positions(self, keys: Iterable[str]) -> list[int]:
        """The indexes (into the words) of the words with one of ``keys`` (lower-case), ascending."""
        found = self._positions(keys)
        found.sort()
        return found

    def _matching(self, words: frozenset[str], prefixes: tuple[str, ...]) -> list[int]:
        """The indexes of the words in ``words`` or beginning with one of ``prefixes``."""
        found = self._positions(words)
        if prefixes:
            assert self._index is not None
            found.extend(self._positions([key for key in self._index if key.startswith(prefixes)]))
        return found

    def _first_starts(self, first: FirstWords) -> list[int]:
        words = self._words
        starts = [words[i][1] for i in self._matching(first.words, first.prefixes)]
        starts.sort()
        return starts

    def _head_starts(self, head: HeadWords) -> list[int]:
        words = self._words
        if self._word_starts is None:
            self._word_starts = [w[1] for w in words]
            self._reversed = self.text[::-1]
        word_starts, reversed_text = self._word_starts, self._reversed
        starts: list[int] = []
        for j in self._matching(head.words, head.prefixes):
            lo = max(0, j - head.words_before)
            if head.chunks_before:
                lo = min(
                    lo,
                    bisect.bisect_left(
                        word_starts, _chunks_back(reversed_text, words[j][1], head.chunks_before)
                    ),
                )
            if head.firsts:
                starts.extend(words[i][1] for i in range(lo, j + 1) if words[i][0] in head.firsts)
            else:
                starts.extend(word_starts[lo : j + 1])
        starts.sort()
        return starts

    def finditer(self, gated: FirstWords | HeadWords, on: str | None = None) -> Iterator[re.Match[str]]:
        """The matches ``gated.pattern.finditer(text)`` gives, in order; with ``on``, those
        ``gated.pattern.finditer(on)`` gives, where ``on`` is the text in other letter cases
        (its lower-case copy): of the same length, with the same words."""
        text = self.text if on is None else on
        if len(text) != len(self.text):
            return gated.pattern.finditer(text)
        gate = self if self._ascii else self._ascii_gate(gated.pattern, on)
        if gate is None:
            return gated.pattern.finditer(text)
        if isinstance(gated, FirstWords):
            return finditer_at(gated.pattern, text, gate._first_starts(gated))
        return finditer_at(gated.pattern, text, gate._head_starts(gated))

    def _ascii_gate(self, pattern: re.Pattern[str], on: str | None) -> WordGate | None:
        """For a text with other characters than ASCII: the gate over its ASCII words
        (``[A-Za-z0-9]+`` runs), when ``pattern`` matches in it where it would match in the
        ASCII text that has each other character's stand-in (:func:`_stand_ins`) in its place;
        None when some character has none or the pattern tells one apart from its stand-in."""
        if self._others is None:
            self._others = _stand_ins(self.text)
        others = self._others if on is None else _stand_ins(on)
        if not self._others or not others or not _gateable(pattern, others):
            return None
        if self._shadow is None:
            text = self.text
            spans = [m.span() for m in _ASCII_WORD.finditer(text)]
            self._shadow = WordGate(text, [(text[a:b].lower(), a, b, text[a].isupper()) for a, b in spans])
            self._shadow._ascii = True
        return self._shadow


_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
_OTHER = re.compile(r"[^\x00-\x7f]")
_DIGIT = re.compile(r"\d")
_ASCII_ANY = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
STAND_INS = "_\x01\x1f"
r"""The ASCII characters another character acts as in a pattern that names none of them: "_"
for a word character (a letter with a diacritic: a word character that is no letter or digit
of ASCII), "\x1f" for a space, "\x01" for anything else (both control characters)."""


def _stand_ins(text: str) -> frozenset[str]:
    r"""The characters of ``text`` other than ASCII (with the stand-ins), or an empty set when one
    of them is a digit (``\d``: another script's) or matches an ASCII character when the case
    is ignored (the Kelvin sign, the long s, the dotless i)."""
    others = frozenset(_OTHER.findall(text))
    if any(_DIGIT.match(c) or _ASCII_ANY.match(c) for c in others):
        return frozenset()
    return others | frozenset(STAND_INS)


@functools.lru_cache(maxsize=256)
def _named_characters(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A class of every character ``pattern`` names as itself (a literal, a range, a negated
    literal), case ignored; None when the pattern reads ASCII only (``re.ASCII``: then a
    letter with a diacritic is no word character) or names none."""
    if pattern.flags & re.ASCII or "(?a" in pattern.pattern:
        return None
    codes: list[str] = []
    _collect(_PARSER.parse(pattern.pattern, pattern.flags), codes)
    return re.compile("[" + "".join(codes) + "]", re.IGNORECASE) if codes else None


try:  # CPython's own pattern parser (private): without it, such texts scan whole as before
    _PARSER: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - every CPython from 3.11 has it
    _PARSER = None
_PARSE_ERRORS = (re.error, TypeError, ValueError, AttributeError)
"""What a private parser that changed shape might raise: the pattern then scans whole."""


def _collect(node: Any, codes: list[str]) -> None:
    """The characters and ranges a parsed pattern names, as class items, into ``codes``."""
    for item in node.data if hasattr(node, "data") else node:
        if not isinstance(item, tuple) or len(item) != 2:
            if isinstance(item, (list, tuple)) or hasattr(item, "data"):
                _collect(item, codes)
            continue
        op, av = item
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            codes.append(re.escape(chr(av)))
        elif name in ("RANGE", "RANGE_UNI_IGNORE"):
            codes.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif isinstance(av, (list, tuple)) or hasattr(av, "data"):
            _collect(av, codes)


def _gateable(pattern: re.Pattern[str], others: frozenset[str]) -> bool:
    """Whether ``pattern`` treats each of ``others`` (a text's other characters and the stand-ins)
    as its stand-in: it names none of them, and their kinds (word, space, other) agree."""
    if _PARSER is None or pattern.flags & re.ASCII or "(?a" in pattern.pattern:
        return False
    try:
        named = _named_characters(pattern)
    except _PARSE_ERRORS:  # pragma: no cover - a parser that reads patterns otherwise
        return False
    return named is None or not any(named.match(c) for c in others)


def scan(gated: FirstWords | HeadWords, text: str, gate: WordGate | None) -> Iterator[re.Match[str]]:
    """``gated.pattern.finditer(text)``, tried only near its words when ``gate`` (the words of
    ``text``) is given."""
    return gate.finditer(gated) if gate is not None else gated.pattern.finditer(text)


_CHUNK_BACK = re.compile(r"\s*+\S*+")
"""Over the reversed text: the spaces before a chunk, then the chunk."""


def _chunks_back(reversed_text: str, end: int, count: int) -> int:
    """Where the ``count``-th run of non-space characters before ``end`` starts (in the text
    that ``reversed_text`` reverses)."""
    n = len(reversed_text)
    pos = n - end
    for _ in range(count):
        m = _CHUNK_BACK.match(reversed_text, pos)
        assert m is not None  # the pattern matches the empty string
        pos = m.end()
    return n - pos


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


def search_ending(
    pattern: re.Pattern[str], text: str, lo: int, hi: int, ends: tuple[str, ...]
) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)`` for a case-insensitive ``pattern`` whose every match
    ends the window with one of ``ends`` (lower-case ASCII) and whitespace (``...\\s+$``): an
    ASCII window that ends otherwise is not searched. (A window with other characters is: there
    ``re`` equates some of them with ASCII letters, the Kelvin sign with "k".) For the short
    windows before a mention, where ``search`` would try every character."""
    window = text[lo:hi]
    if window.isascii():
        stripped = window.rstrip()
        if len(stripped) == len(window) or not stripped.lower().endswith(ends):
            return None
    return pattern.search(text, lo, hi)
