"""Hard-wrapped text: line breaks that only wrap a paragraph.

Text copied from e-mail, PDF reports, plain-text newsletters or fixed-width wire feeds
breaks its lines at about the same column, inside sentences. Every rule that reads a line
(the headline, the dateline) or a sentence (quotations, clauses, the parse) then sees
sentences cut in two: on hard-wrapped copies of the real evaluation articles the parser
found a twentieth of the statements and a third of the movements.

:func:`soft_breaks` finds the breaks a wrapping program made and :func:`unwrap` replaces
each with spaces. The result has the same length as the input, so every offset into it is
an offset into the original and spans found in it slice the original text.

A break is a soft break when the line is full, that is, the next line's first word would not
have fitted on it (how a wrapping program decides; :data:`WIDTH_SLACK` allows for
proportional fonts), and the text as a whole is wrapped: its lines are no longer than
:data:`MAX_WRAP_WIDTH` characters and at least :data:`MIN_SHARE` of its full lines end inside
a sentence. A blank line, a next line indented deeper than this one (a new
paragraph) and a first line that does not end inside a sentence when the next goes on in
upper case (a headline) always end a line.

See :func:`unwrap` for an example.
"""

from __future__ import annotations

import re

__all__ = [
    "JOINER",
    "MAX_WRAP_WIDTH",
    "MIN_SHARE",
    "MIN_SOFT_BREAKS",
    "WIDTH_SLACK",
    "blank_list_markers",
    "soft_breaks",
    "unwrap",
]

MAX_WRAP_WIDTH = 160
"""Lines longer than this (at the 90th percentile) are paragraphs, not wrapped lines."""

MIN_SOFT_BREAKS = 3
"""A text with fewer full lines ending inside a sentence than this is left as it is."""

MIN_SHARE = 0.5
"""The share of full lines (the next word would not have fitted) that must end inside a
sentence for the text to count as wrapped. A wrapping program ends about one line in twenty
at a sentence's end; a text of one paragraph per line ends nearly every line there."""

WIDTH_SLACK = 0.1
"""A line counts as full when the next word would have taken it past (1 - this) times the
width: proportional fonts and justified text wrap a few characters early."""

_WORD = re.compile(r"\S++")
_SENTENCE_END = re.compile(r"[.!?:][\"'\u201d\u2019)\]]*+\Z")
_CONTINUES = re.compile(r"(?:[,;(\u2013\u2014-]|\b(?:a|an|and|at|by|for|from|in|of|on|or|the|to|with))\Z")
"""How a first line that is not a headline ends: inside a sentence."""

JOINER = "\u200b"
"""What :func:`unwrap` puts in place of a break inside a hyphenated word ("Al-" at a line's end,
"Utaybi" on the next): a zero-width space, which the parser drops
(see :func:`~libya_events.text._invisible.strip_invisible`), so the word reads whole."""


_LIST_MARKER = re.compile(
    r"(?m)^[ \t]*+([\u2022\u25e6\u25aa\u25ab\u2023\u2219\u25cf\u25a0\u25a1\u2043*\u2013\u2014-]|\d{1,3}[.)])(?=[ \t])"
)
"""A list item's marker at a line's start: a bullet, a dash or a star, or a number with a full
stop or a parenthesis ("3. "), before a space."""
_OUTLINE_LABEL = re.compile(
    r"(?m)^[ \t]*+([A-Z]\.|[IVX]{1,5}\.)(?=[ \t][^\n]{1,100}+(?<![.!?:;,\"'\u201d])$)"
)
"""A report's section label at the start of a heading line: a capital letter or a Roman numeral
with a full stop ("B. Transfer of foreign fighters", "IV. Arms embargo"), not a name's initial
("B. Transfer" is no person); only on a line with no closing punctuation (a heading)."""


def blank_list_markers(text: str) -> str:
    """``text`` with the marker of each list item replaced by spaces: the same length, and
    ``text`` itself when it has none. A bullet read as a word ("\u2022 On Thursday Reuters
    reported that ...") costs the sentence its structure; as spaces the item reads as
    prose. Run it after :func:`unwrap`: a wrapped line that begins with a dash ("- loyal to
    X -") goes on a sentence and is joined to it first.

    >>> blank_list_markers("Updates:\\n\u2022 Forces entered Sirte.\\n12. Talks resumed.")
    'Updates:\\n  Forces entered Sirte.\\n    Talks resumed.'
    """
    for marker in (_LIST_MARKER, _OUTLINE_LABEL):
        if marker.search(text) is not None:
            text = marker.sub(lambda m: m.group()[: m.start(1) - m.start()] + " " * len(m.group(1)), text)
    return text


def soft_breaks(text: str, width: int | None = None) -> list[int]:
    """Offsets of the ``"\\n"`` characters that only wrap a paragraph; empty when the text
    is not hard-wrapped. ``width`` is the wrapping column, measured from the text when None."""
    return [newline for _, newline in _soft(text, width)]


def unwrap(text: str) -> str:
    """``text`` with every soft break (see :func:`soft_breaks`), and the white space before it,
    replaced by spaces (by :data:`JOINER` inside a hyphenated word): the same length, and
    ``text`` itself when it is not hard-wrapped.

    >>> wrapped = "Forces loyal to the government entered the\\ntown on Sunday after two days of\\nheavy fighting, residents said, and the\\nother side withdrew to the south, where\\nit had held a base since the spring."
    >>> unwrap(wrapped) == wrapped.replace("\\n", " ")
    True
    >>> unwrap("Sirte\\nand Misrata") == "Sirte\\nand Misrata"
    True
    """
    breaks = _soft(text)
    if not breaks:
        return text
    pieces: list[str] = []
    last = 0
    for end, newline in breaks:
        pieces.append(text[last:end])
        hyphenated = (
            text[end - 1] == "-"
            and text[end - 2 : end - 1].isalnum()
            and text[newline + 1 : newline + 2].isalnum()
        )
        pieces.append((JOINER if hyphenated else " ") * (newline + 1 - end))
        last = newline + 1
    pieces.append(text[last:])
    return "".join(pieces)


def _soft(text: str, width: int | None = None) -> list[tuple[int, int]]:
    """Each soft break's line end (after the line's last visible character) and its ``"\\n"``."""
    lines = _lines(text)
    full = [line[1] for line in lines if line[1]]
    if len(full) <= MIN_SOFT_BREAKS:
        return []
    if width is None:
        full.sort()
        width = full[(len(full) - 1) * 9 // 10]
    if width > MAX_WRAP_WIDTH:
        return []
    least = width * (1 - WIDTH_SLACK)
    found: list[tuple[int, int]] = []
    open_ended = 0
    first = next(i for i, line in enumerate(lines) if line[1])
    for i in range(first, len(lines) - 1):
        start, length, indent, newline = lines[i]
        next_length, next_indent = lines[i + 1][1:3]
        if not length or not next_length:
            continue
        word = _WORD.match(text, newline + 1 + next_indent)
        if (
            word is None
            or next_indent > indent
            or (i == first and _headline(text, start, length, word.group()))
        ):
            continue
        if length + 1 + len(word.group()) > least:
            found.append((start + length, newline))
            open_ended += _SENTENCE_END.search(text, start, start + length) is None
    return found if open_ended >= MIN_SOFT_BREAKS and open_ended >= MIN_SHARE * len(found) else []


def _headline(text: str, start: int, length: int, next_word: str) -> bool:
    """Whether the text's first line, of ``length`` from ``start``, stands alone: it does not
    end inside a sentence and the next line does not go on in lower case."""
    return not next_word[0].islower() and _CONTINUES.search(text, start, start + length) is None


def _lines(text: str) -> list[tuple[int, int, int, int]]:
    """Each line's start, its length without trailing white space (0 when blank), its
    indentation and its end (the offset of its ``"\\n"``, or the text's length)."""
    out = []
    start = 0
    for line in text.split("\n"):
        body = line.rstrip()
        indent = len(body) - len(body.lstrip())
        out.append((start, len(body), indent, start + len(line)))
        start += len(line) + 1
    return out
