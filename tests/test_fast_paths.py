"""Fast paths of the who-and-where layer give what their plain versions give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events.extraction._mentions import _WORD, Word, _key, words_of
from libya_events.text import fold
from libya_events.text._gate import _chunks_back
from libya_events.text._segment import _BOUNDARY, _FOLD, _LINE_BOUNDARY

_CHARS = st.text(
    alphabet=st.sampled_from(
        [*"aZ09 _-'.,\n\t`", *map(chr, _FOLD), "\u00e9", "\u212a", "\u0130", "\u00df", "\u0645"]
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_CHARS)
def test_fold_is_the_translation_table(text: str) -> None:
    assert fold(text) == text.translate(_FOLD)
    assert len(fold(text)) == len(text)


@settings(max_examples=300, deadline=None)
@given(_CHARS)
def test_words_of_an_ascii_text_are_its_unicode_words(text: str) -> None:
    plain = [Word(_key(m.group()), m.start(), m.end(), m.group()[0].isupper()) for m in _WORD.finditer(text)]
    assert words_of(text) == plain
    assert all(type(w) is Word for w in words_of(text))


def test_words_of_a_short_text() -> None:
    assert words_of("Forces_took Sirte-2") == [
        Word("forces", 0, 6, True),
        Word("took", 7, 11, False),
        Word("sirte", 12, 17, True),
        Word("2", 18, 19, False),
    ]


_LINE = st.text(alphabet=st.sampled_from([*'aZ9 .!?"\')](["\t', "\u0645", "\u00a0"]), max_size=40)


@settings(max_examples=400, deadline=None)
@given(_LINE, _LINE, _LINE)
def test_line_boundaries_are_the_boundaries_inside_one_line(before: str, line: str, after: str) -> None:
    for gap in ("\n", ""):
        text = f"{before}{gap}{line}{gap}{after}"
        start = len(before) + len(gap)
        end = start + len(line)
        plain = [m.span() for m in _BOUNDARY.finditer(text, start, end)]
        assert [m.span() for m in _LINE_BOUNDARY.finditer(text, start, end)] == plain
    assert [m.span() for m in _LINE_BOUNDARY.finditer(line)] == [m.span() for m in _BOUNDARY.finditer(line)]


def _chunks_back_plain(text: str, end: int, count: int) -> int:
    pos = end
    for _ in range(count):
        while pos > 0 and text[pos - 1].isspace():
            pos -= 1
        while pos > 0 and not text[pos - 1].isspace():
            pos -= 1
    return pos


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ab -'", "\n", "\t", "\u00a0"]), max_size=30), st.data())
def test_chunks_back_walks_whitespace_separated_runs(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    count = data.draw(st.integers(0, 6))
    assert _chunks_back(text[::-1], end, count) == _chunks_back_plain(text, end, count)
