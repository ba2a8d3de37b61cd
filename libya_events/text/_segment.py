"""Tokens, sentences and paragraphs, all with offsets into the original text.

Matching works on :func:`fold`, a same-length copy of the text in which curly quotes,
apostrophes and dashes are made straight, so every offset found in the folded text is
an offset into the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import frozen

from libya_events.model import Span

__all__ = ["Sentence", "Token", "fold", "paragraphs", "sentences", "tokens"]

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u02bf": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)

_FOLD_PAIRS = tuple((chr(k), str(v)) for k, v in _FOLD.items())
""":data:`_FOLD` as (character, replacement) pairs; no replacement is itself folded."""


def fold(text: str) -> str:
    """A same-length copy of ``text`` with straight quotes, apostrophes and dashes."""
    for old, new in _FOLD_PAIRS:  # str.replace per character: far faster than str.translate
        if old in text:
            text = text.replace(old, new)
    return text


@frozen
class Token:
    """A word, number or punctuation mark with its span."""

    text: str
    start: int
    end: int

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


_TOKEN = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*|\d+(?:[.,]\d+)*|\S")
_POSSESSIVE = re.compile(r"'s?$")


def tokens(folded: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of a folded text; a possessive ``'s`` becomes a token of its own."""
    out: list[Token] = []
    for m in _TOKEN.finditer(folded, start, len(folded) if end is None else end):
        word = m.group()
        if len(word) > 2 and word.endswith("'s"):
            out.append(Token(word[:-2], m.start(), m.end() - 2))
            out.append(Token("'s", m.end() - 2, m.end()))
        else:
            out.append(Token(word, m.start(), m.end()))
    return out


@frozen
class Sentence:
    """A sentence: its span and its paragraph's index."""

    start: int
    end: int
    paragraph: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "sgt",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "no",
        "vs",
        "etc",
        "inc",
        "co",
        "corp",
        "jr",
        "sr",
        "gov",
        "sen",
        "rep",
        "brig",
        "cmdr",
        "adm",
    ]
)
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]++[\"')\]]*+(?=\s+[\"'(\[]?[A-Z0-9\u0600-\u06ff])|\n\s*\n|\n")
_LINE_BOUNDARY = re.compile(r"[.!?](?<![.!?]{2})[.!?]*+[\"')\]]*+(?=\s+[\"'(\[]?[A-Z0-9\u0600-\u06ff])")
""":data:`_BOUNDARY` inside one line, led by its punctuation so ``re`` skips quickly to each mark."""

_PARAGRAPH = re.compile(r"(?m)^[^\S\n]*+\S[^\n]*")
"""A line with something on it; possessive, so a long blank line costs one pass, not one per blank."""


_WORD_BEFORE_DOT = re.compile(r"(?<![\w.])([\w.]+)\.$")


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans: runs of non-blank lines (a single newline also ends one)."""
    return [Span._unchecked(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


def sentences(folded: str) -> list[Sentence]:
    """Sentence spans, abbreviation-aware ("U.N.", "Gen.", "Dec. 8" do not end a sentence)."""
    out: list[Sentence] = []
    for p_index, para in enumerate(_PARAGRAPH.finditer(folded)):  # paragraphs(), without their spans
        para_start, para_end = para.span()
        start = para_start
        while start < para_end and folded[start].isspace():
            start += 1
        for m in _LINE_BOUNDARY.finditer(folded, para_start, para_end):
            if m.group().startswith("."):
                before = _WORD_BEFORE_DOT.search(folded[max(para_start, m.start() - 12) : m.start() + 1])
                if before and (before.group(1).lower() in ABBREVIATIONS or len(before.group(1)) == 1):
                    continue
            end = m.end()
            if end > start:
                _append(out, folded, start, end, p_index)
            start = end
            while start < para_end and folded[start].isspace():
                start += 1
        if start < para_end:
            _append(out, folded, start, para_end, p_index)
    return out


MAX_SENTENCE_CHARS = 1200
"""Longer runs without a sentence end (lists, tables, broken text) are cut at spaces.

Keeping sentences bounded keeps every per-sentence rule linear in the article's length.
"""


def _append(out: list[Sentence], folded: str, start: int, end: int, paragraph: int) -> None:
    while end - start > MAX_SENTENCE_CHARS:
        cut = folded.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        out.append(Sentence(start, cut, paragraph))
        start = cut
        while start < end and folded[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, paragraph))


def iter_sentence_tokens(folded: str, sents: list[Sentence]) -> Iterator[tuple[Sentence, list[Token]]]:
    for s in sents:
        yield s, tokens(folded, s.start, s.end)
