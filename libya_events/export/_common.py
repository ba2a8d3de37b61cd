"""Helpers shared by the flat exports (GeoJSON, ACLED CSV, the map).

The flat exports turn an :class:`~libya_events.Article` into one row or feature per
located record. They all need the same few answers: the sentence that is a
record's evidence, the date a record stands for, the actor record behind a name,
and where a speaker was when they spoke.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading
import weakref
from typing import Any, Literal

from libya_events.model import Actor, ActorKind, Article, EventDate, Location, Span, Statement
from libya_events.text import fold, sentences

__all__ = [
    "FORMULA_PREFIXES",
    "actor_named",
    "actor_side",
    "clean_note",
    "escape_surrogates",
    "evidence_sentence",
    "is_government",
    "record_date",
    "record_source",
    "safe_cell",
    "speaker_place",
    "speaker_places",
]


@functools.lru_cache(maxsize=16)
def _sentence_bounds(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and ends of ``text``'s sentences (cached: an article has many records)."""
    found = sentences(fold(text))
    return tuple(s.start for s in found), tuple(s.end for s in found)


def evidence_sentence(article: Article, span: Span | None) -> str:
    """The whole sentence (or sentences) of ``article.text`` that ``span`` touches.

    An empty span, or one that touches no sentence, gives the span's own text;
    ``None`` gives ``""``.
    """
    if span is None:
        return ""
    text = article.text
    starts, ends = _sentence_bounds(text)
    first = bisect.bisect_right(ends, span.start)  # the first sentence ending after the span starts
    last = bisect.bisect_left(starts, max(span.end, span.start + 1)) - 1  # the last starting before its end
    if first > last or first >= len(starts):
        return " ".join(text[span.start : span.end].split())
    return " ".join(text[starts[first] : ends[last]].split())


def actor_named(article: Article, name: str | None) -> Actor | None:
    """The article's actor record called ``name`` (by name or alias), if any: the first
    actor with that name, else the first with that alias.

    The actors are indexed by name once per article (the last few articles' indexes are
    kept), so that an article's rows, each asking for its actor, do not each read every
    actor record.
    """
    if name is None:
        return None
    return _actor_index(article).get(name)


_ACTOR_INDEXES = 8
"""How many articles' actor indexes :func:`actor_named` keeps (the exports read one article at a time)."""
_actor_indexes: dict[int, tuple[weakref.ref[Article], dict[str, Actor]]] = {}
_actor_indexes_lock = threading.Lock()


def _actor_index(article: Article) -> dict[str, Actor]:
    """Name or alias -> the actor :func:`actor_named` gives, for ``article`` (kept by identity:
    hashing an article would read all of it)."""
    kept = _actor_indexes.get(id(article))
    if kept is not None and kept[0]() is article:
        return kept[1]
    index: dict[str, Actor] = {}
    for actor in article.actors:
        index.setdefault(actor.name, actor)
    for actor in article.actors:
        for alias in actor.aliases:
            index.setdefault(alias, actor)
    with _actor_indexes_lock:
        while len(_actor_indexes) >= _ACTOR_INDEXES:
            del _actor_indexes[next(iter(_actor_indexes))]
        _actor_indexes[id(article)] = (weakref.ref(article), index)
    return index


@functools.cache
def _knowledge_base() -> Any:
    from libya_events.extraction import ActorKB

    return ActorKB.default()


def _kind_of(article: Article, name: str) -> ActorKind | None:
    """An actor's kind: from the article's record, else from the default knowledge base."""
    actor = actor_named(article, name)
    if actor is not None:
        return actor.kind
    entry = _knowledge_base().lookup(name)
    return entry.kind if entry is not None else None


def _affiliation(article: Article, name: str) -> str | None:
    actor = actor_named(article, name)
    if actor is not None:
        return actor.affiliation
    entry = _knowledge_base().lookup(name)
    return entry.affiliation if entry is not None else None


def actor_side(article: Article, name: str | None) -> Literal["government", "non_state", "other"]:
    """Which side of ACLED's territory distinction an actor is on.

    ``government``: a government, or an armed group, person or collective affiliated
    to one (by the article's actor record, else the default knowledge base, else an
    affiliation whose name says "government"); ``non_state``: any other armed group
    or collective, or a person affiliated to an armed group; ``other``: everyone
    else, and unknown actors.
    """
    if name is None:
        return "other"
    kind = _kind_of(article, name)
    if kind is ActorKind.GOVERNMENT:
        return "government"
    affiliation = _affiliation(article, name)
    parent = _kind_of(article, affiliation) if affiliation else None
    if affiliation and (
        parent is ActorKind.GOVERNMENT or (parent is None and "government" in affiliation.lower())
    ):
        return "government"
    if kind in (ActorKind.ARMED_GROUP, ActorKind.COLLECTIVE):
        return "non_state"
    if kind is ActorKind.PERSON and parent is ActorKind.ARMED_GROUP:
        return "non_state"
    return "other"


def is_government(article: Article, name: str | None) -> bool:
    """Whether ``name`` is a government or a force affiliated to one (see :func:`actor_side`)."""
    return actor_side(article, name) == "government"


def speaker_place(article: Article, statement: Statement) -> Location | None:
    """Where the speaker of ``statement`` was, if the article says so.

    That is the destination of the speaker's last movement that ends with a known
    point before the statement's end (or, failing that, anywhere in the article).
    Unknown speakers and speakers who never move have no place. For every statement of
    an article at once, :func:`speaker_places` reads the movements once.
    """
    return _Arrivals(article).place_of(statement)


def speaker_places(article: Article) -> list[Location | None]:
    """:func:`speaker_place` of each of ``article``'s statements, in order."""
    arrivals = _Arrivals(article)
    return [arrivals.place_of(statement) for statement in article.statements]


class _Arrivals:
    """Each actor's movements that end at a known point: where each starts, and the place."""

    def __init__(self, article: Article) -> None:
        self._by_actor: dict[str, tuple[list[int], list[Location]]] = {}
        for movement in article.movements:
            place = movement.destination
            if movement.actor is not None and place is not None and place.point is not None:
                starts, places = self._by_actor.setdefault(movement.actor, ([], []))
                starts.append(movement.span.start)
                places.append(place)
        self._in_order = {
            actor: all(a <= b for a, b in itertools.pairwise(starts))
            for actor, (starts, _) in self._by_actor.items()
        }

    def place_of(self, statement: Statement) -> Location | None:
        speaker = statement.speaker
        found = self._by_actor.get(speaker) if speaker is not None else None
        if speaker is None or found is None:
            return None
        starts, places = found
        end = statement.span.end
        if self._in_order[speaker]:  # movements in text order, as the parser gives them
            i = bisect.bisect_right(starts, end) - 1
        else:
            i = max((n for n, start in enumerate(starts) if start <= end), default=-1)
        return places[i]  # i == -1: none before the statement, so the last of all


def record_source(article: Article, source: str | None) -> str | None:
    """The source to cite for a record: the file it came from, else the article id."""
    return source if source is not None else article.id


def record_date(article: Article, date: EventDate | None) -> EventDate | None:
    """A record's own date, or the article's publication day when it has none."""
    if date is not None:
        return date
    return EventDate.from_day(article.published) if article.published is not None else None


# --------------------------------------------------------------------------- clean edges

_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(text: str) -> str:
    r"""``text`` with every lone surrogate written as its escape, ``\ud800`` (six characters).

    The one policy of every export (as the batch writer's ``backslashreplace``): the
    result always encodes as UTF-8. In JSON text the escape reads back as the same
    surrogate; in a CSV cell it stays the literal escape.

    >>> escape_surrogates("a\ud800b")
    'a\\ud800b'
    """
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that make a spreadsheet read a cell as a formula (OWASP, CWE-1236)."""

_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?\Z")


def safe_cell(value: str) -> str:
    """A CSV cell that a spreadsheet shows as text: surrogates escaped, formulas defused.

    A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (or
    with one of the first four after leading whitespace) is prefixed with ``'`` as OWASP
    advises against CSV injection (CWE-1236); a plain decimal number (``-12.5``, a
    longitude west of Greenwich) is left as it is, since a spreadsheet reads it as a
    number and pandas must too. A carriage return inside a cell becomes a line feed:
    a CSV writer whose line ends are ``\\n`` does not quote a bare ``\\r``, and a reader
    would split the row there.

    >>> safe_cell("=1+1"), safe_cell("-12.500000"), safe_cell("Sirte"), safe_cell("a\\r\\nb")
    ("'=1+1", '-12.500000', 'Sirte', 'a\\nb')
    """
    value = escape_surrogates(value)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        if value.startswith("\n"):
            return "'" + value
    if (
        value.startswith(FORMULA_PREFIXES) or value.lstrip().startswith(FORMULA_PREFIXES[:4])
    ) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


_COUNTRY = r"(?:[A-Z][A-Za-z.]{1,20}(?:\s[A-Z][A-Za-z.]{1,20})?(?:,\s*|\s+))?"
_DAY = r"(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?,?\s*)"
_AGENCY = r"(?:\([A-Za-z][A-Za-z .&/-]{0,30}\)\s*)"
_DASH = r"(?:-{1,2}|\u2013|\u2014)\s+"
_DATELINE = re.compile(
    r"^\s*(?:"
    # TRIPOLI, April 4 (Reuters) -   /   BENGHAZI, Libya (AP) --   /   MISRATA -
    rf"[A-Z][A-Z'.\- ]{{1,40}}(?:,\s*{_COUNTRY})?{_DAY}?{_AGENCY}?{_DASH}"
    # Tripoli, 4 April 2019 -   /   Tripoli, Libya (AFP) -   (a date or an agency is needed)
    rf"|[A-Z][A-Za-z'.\- ]{{1,40}},\s*{_COUNTRY}(?:{_DAY}{_AGENCY}?|{_AGENCY}){_DASH}"
    # (Reuters) -
    rf"|{_AGENCY}{_DASH}"
    ")"
)
_TIMESTAMP = re.compile(
    r"^\s*(?:[\[(]\s*)?(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:[AaPp]\.?[Mm]\.?))?"
    r"(?:\s*(?:GMT|UTC|EET|CET|CEST|local(?: time)?|\+\d{2}:?\d{2}))?\s*(?:[\])]\s*)?(?:-{1,2}|\u2013|\u2014|:|\|)?\s+"
)
_BULLET = re.compile(
    r"^\s*(?:[\u2022\u2023\u25aa\u25cf\u25e6\u2043\u2219*>#]+|-{1,2}(?=\s)|\d{1,2}[.)](?=\s))\s*"
)


def clean_note(sentence: str) -> str:
    """An evidence sentence as a note: no dateline, live-blog timestamp or bullet at its head.

    ``"TRIPOLI, April 4 (Reuters) - LNA forces seized Gharyan."``,
    ``"10:45 GMT - LNA forces seized Gharyan."`` and ``"• LNA forces seized Gharyan."``
    all give ``"LNA forces seized Gharyan."``; whitespace runs become one space.

    >>> clean_note("BENGHAZI, Libya (AP) -- 14:05 GMT - • LNA forces seized Gharyan.")
    'LNA forces seized Gharyan.'
    """
    text = " ".join(sentence.split())
    for _ in range(4):  # a dateline, then a timestamp, then a bullet, in any order
        before = text
        for pattern in (_DATELINE, _TIMESTAMP, _BULLET):
            stripped = pattern.sub("", text, count=1)
            if stripped.strip():
                text = stripped
        if text == before:
            break
    return text.strip()
