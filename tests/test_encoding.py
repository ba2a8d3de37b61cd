"""HTML character references and UTF-8 read as Windows-1252 (``text/_encoding.py``) read as
the characters they stand for.

The sentences are written for this test.
"""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from libya_events import parse_article
from libya_events.text._encoding import decode_characters

PLAIN = (
    "Haftar\u2019s forces entered Gharyan on Tuesday after a night of clashes, residents said.\n\n"
    "\u201cWe will not leave the town,\u201d a commander of the Libyan National Army told reporters "
    "in Gharyan on Wednesday.\n\n"
    "The Government of National Accord said its units had withdrawn to Tripoli.\n"
)
ESCAPED = PLAIN.replace("\u2019", "&rsquo;").replace("\u201c", "&#8220;").replace("\u201d", "&#x201D;")
MISREAD = PLAIN.encode("utf-8").decode("cp1252", errors="replace")


def _plain(text: str) -> str:
    decoded, _, _ = decode_characters(text)
    return decoded


def _summary(text: str) -> tuple[object, ...]:
    article = parse_article(text, published="2019-04-03")
    return (
        sorted(a.name for a in article.actors),
        sorted(p.name for p in article.locations),
        sorted((m.kind.value, m.actor, m.destination and m.destination.name) for m in article.movements),
        sorted((s.speaker, _plain(s.text)) for s in article.statements),
    )


def test_references_decode_to_their_characters() -> None:
    decoded, starts, ends = decode_characters("Misrata&#39;s &amp; Zintan&#x2019;s men &nosuch; AT&T R&D")
    assert decoded == "Misrata's & Zintan\u2019s men &nosuch; AT&T R&D"
    assert starts is not None
    assert ends is not None
    assert (starts[7], ends[7]) == (7, 12)


def test_text_without_references_is_returned_as_it_is() -> None:
    text = "AT&T and R&D, but no reference"
    assert decode_characters(text) == (text, None, None)


def test_an_escaped_article_parses_like_the_plain_one() -> None:
    plain = _summary(PLAIN)
    assert plain[2], "the article must have a movement to compare"
    assert plain[3], "the article must have a statement to compare"
    assert _summary(ESCAPED) == plain


def test_utf8_read_as_windows_1252_decodes() -> None:
    assert "\u00e2\u20ac\u2122" in MISREAD  # the apostrophe as three letters
    decoded, starts, ends = decode_characters(
        "Zintan\u00e2\u20ac\u2122s caf\u00c3\u00a9, \u00e2\u20ac\ufffdend"
    )
    assert decoded == "Zintan\u2019s caf\u00e9, \u201dend"
    assert starts is not None
    assert ends is not None
    assert (starts[6], ends[6]) == (6, 9)


def test_latin_letters_that_are_not_utf8_stay() -> None:
    text = "Caf\u00e9 au lait in Montr\u00e9al, \u00c0 la carte, \u00c3 alone"
    assert decode_characters(text) == (text, None, None)


def test_a_misread_article_parses_like_the_plain_one() -> None:
    plain = _summary(PLAIN)
    assert parse_article(MISREAD, published="2019-04-03").text == MISREAD
    assert _summary(MISREAD) == plain


def test_spans_slice_the_escaped_text_as_given() -> None:
    article = parse_article(ESCAPED, published="2019-04-03")
    assert article.text == ESCAPED
    mentions = [m for a in article.actors for m in a.mentions] + [
        m for p in article.locations for m in p.mentions
    ]
    assert any("&rsquo;" in m.text for m in mentions)
    for mention in mentions:
        assert ESCAPED[mention.span.start : mention.span.end] == mention.text
    assert article.statements
    for statement in article.statements:
        assert _plain(statement.text) in _plain(ESCAPED[statement.span.start : statement.span.end])


_PIECES = st.sampled_from(
    ["a", " ", "&", ";", "#", "&amp;", "&#8217;", "&#x201c;", "&lt;", "&bogus;", "&#;", "x"]
)


@given(st.lists(_PIECES, max_size=60).map("".join))
def test_each_decoded_character_maps_to_its_source(text: str) -> None:
    decoded, starts, ends = decode_characters(text)
    if starts is None or ends is None:
        assert decoded == text
        return
    assert len(starts) == len(ends) == len(decoded)
    previous = 0
    for i, char in enumerate(decoded):
        source = text[starts[i] : ends[i]]
        assert starts[i] >= previous
        assert source == char or html.unescape(source) == char
        previous = starts[i]
    ranges = dict.fromkeys(zip(starts, ends, strict=True))  # a reference's characters share one range
    assert "".join(text[s:e] for s, e in ranges) == text
