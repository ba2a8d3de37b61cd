"""Very long texts are parsed in paragraph-aligned parts whose records are merged."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libya_events import Parser
from libya_events.extraction import _long, _pipeline
from libya_events.extraction._long import split_long

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@given(st.text(alphabet=st.sampled_from("ab .\n\t"), max_size=400), st.integers(1, 60))
def test_parts_tile_the_text_and_end_at_a_break(text: str, size: int) -> None:
    parts = split_long(text, size)
    assert parts[0][0] == 0
    assert parts[-1][1] == len(text)
    for (a, b), (c, _) in itertools.pairwise(parts):
        assert b == c  # contiguous: no character lost or read twice
        assert size <= b - a <= 2 * size
    for a, b in parts[:-1]:
        if "\n\n" in text[a + size : a + 2 * size]:
            assert text[b - 1] == "\n"  # a paragraph break is preferred


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pipeline, "LONG_TEXT_CHARS", 3_000)
    monkeypatch.setattr(_long, "PART_CHARS", 2_000)


def _corpus() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt")))


@pytest.mark.usefixtures("small_parts")
def test_a_long_text_is_one_article_merged_from_its_parts() -> None:
    text = _corpus()
    assert len(text) > 3_000
    parser = Parser()
    whole = parser.parse(text, published="2020-01-01", id="corpus")
    parts = [parser.parse(text[a:b], published="2020-01-01") for a, b in split_long(text)]
    assert len(parts) > 1
    assert whole.id == "corpus"
    assert len(whole.movements) == sum(len(p.movements) for p in parts)
    assert len(whole.statements) == sum(len(p.statements) for p in parts)
    # every span slices the whole text (the Article checks mentions; check the rest too)
    for m in whole.movements:
        assert m.trigger.span.slice(text) == m.trigger.text
        assert m.span.end <= len(text)
    for s in whole.statements:
        assert s.span.slice(text).strip()
    # one record per actor and per place, with the mentions of every part
    keys = [(a.kb_id or a.name, a.kind) for a in whole.actors]
    assert len(keys) == len(set(keys))
    assert sum(len(a.mentions) for a in whole.actors) == sum(len(a.mentions) for p in parts for a in p.actors)
    places = {id(p) for p in whole.locations}
    for m in whole.movements:
        for place in (m.origin, m.destination):
            assert place is None or id(place) in places


@pytest.mark.usefixtures("small_parts")
def test_pipe_parses_a_long_text_in_its_turn() -> None:
    text = _corpus()
    parser = Parser()
    texts = ["Convoys left Sirte on Monday.", text, "LNA forces entered Gharyan."]
    piped = list(parser.pipe(texts, published="2020-01-01"))
    assert [a.text for a in piped] == texts
    assert piped[1] == parser.parse(text, published="2020-01-01")


FROZEN_DEATHS = 1000
"""How many of a caller's frozen objects may die during a parse (seen: 2 of 1.6 million); an
unfreeze would hand back all of them."""


@pytest.mark.usefixtures("small_parts")
def test_parts_are_frozen_from_the_collector_only_while_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from libya_events.extraction import _pipeline

    frozen_at_merge: list[int] = []
    merge = _pipeline.PartMerger.article

    def spy(*args):  # type: ignore[no-untyped-def]
        frozen_at_merge.append(gc.get_freeze_count())
        return merge(*args)

    monkeypatch.setattr(_pipeline.PartMerger, "article", spy)
    text = _corpus()
    parser = Parser()
    assert gc.get_freeze_count() == 0
    parser.parse(text)
    assert frozen_at_merge
    assert frozen_at_merge[0] > 0  # the parts stay out of the collector's scans while merged
    assert gc.get_freeze_count() == 0  # everything frozen meanwhile is handed back
    gc.freeze()  # a caller that froze objects of its own keeps those frozen
    try:
        frozen = gc.get_freeze_count()
        parser.parse(text)
        # nothing more is frozen and nothing is handed back; a frozen object that dies meanwhile
        # (a cache entry the parse replaces) leaves the count, so it may fall by a few
        assert frozen - FROZEN_DEATHS <= gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()


def _untidy(text: str) -> str:
    """``text`` as pasted from the web: a byte-order mark, zero-width characters and soft
    hyphens inside names, HTML references for apostrophes (every one of them changes the
    offsets the parser reads the text at)."""
    text = text.replace("Tripoli", "Tri\u200bpoli").replace("Misrata", "Mis\u00adrata")
    return "\ufeff" + text.replace("\u2019", "&#8217;").replace("'", "&rsquo;")


@pytest.mark.usefixtures("small_parts")
def test_parts_map_their_spans_back_as_the_whole_article_would() -> None:
    from libya_events.text._invisible import restore_offsets

    text = _untidy(_corpus())
    parser = Parser()
    clean, original = _pipeline._for_parsing(text)
    assert original is not None
    assert original[1] is not None  # the offsets do change
    whole_then_mapped = restore_offsets(parser._parse(clean, None, "x"), *original)
    got = parser.parse(text, id="x")
    assert got == whole_then_mapped
    assert [a.text for a in parser.pipe([text], ids=["x"])] == [text]
    for actor in got.actors:
        for mention in actor.mentions:
            assert mention.span.slice(text) == mention.text


@given(
    st.lists(st.sampled_from(["a", "b", " ", "\n", "\u200b", "\u00ad", "&amp;", "&#8217;"]), max_size=60),
    st.data(),
)
def test_part_of_original_tiles_the_given_text(pieces: list[str], data: st.DataObject) -> None:
    from libya_events.text._invisible import part_of_original

    text = "".join(pieces)
    clean, original = _pipeline._for_parsing(text)
    given_text, offsets, ends = original if original is not None else (text, None, None)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(clean)), max_size=4)))
    bounds = [0, *cuts, len(clean)]
    rebuilt = []
    for a, b in itertools.pairwise(bounds):
        base, piece, local, local_ends = part_of_original(given_text, offsets, ends, a, b)
        rebuilt.append(piece)
        if offsets is not None:
            assert local is not None
            assert [base + o for o in local] == list(offsets[a:b])  # each character where it was
            if ends is not None:
                assert local_ends is not None
                assert [base + e for e in local_ends] == list(ends[a:b])
    # the parts' slices tile the given text (after any invisible characters it starts with)
    start = offsets[0] if offsets is not None and len(offsets) else 0
    assert "".join(rebuilt) == given_text[start:] or not clean


def test_mapping_spans_back_leaves_no_garbage_for_the_collector() -> None:
    import gc

    from libya_events.text._invisible import restore_offsets

    text = _untidy("Forces loyal to Misrata's council entered Tripoli on Monday.")
    clean, original = _pipeline._for_parsing(text)
    assert original is not None
    parsed = Parser()._parse(clean, None, None)
    gc.collect()
    gc.disable()
    try:
        mapped = restore_offsets(parsed, *original)
        assert mapped.text == text
        del mapped
        assert gc.collect() == 0  # freed as soon as dropped: no reference cycle holds it
    finally:
        gc.enable()
