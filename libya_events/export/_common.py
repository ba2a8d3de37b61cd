"""Helpers shared by the flat exports (GeoJSON, ACLED CSV, the map).

The flat exports turn an :class:`~libya_events.Article` into one row or feature per
located record. They all need the same few answers: the sentence that is a
record's evidence, the date a record stands for, the actor record behind a name,
and where a speaker was when they spoke.
"""

from __future__ import annotations

from libya_events.model import Actor, ActorKind, Article, EventDate, Location, Movement, Span, Statement
from libya_events.text import fold, sentences

__all__ = [
    "actor_named",
    "evidence_sentence",
    "is_government",
    "record_date",
    "record_source",
    "speaker_place",
]


def evidence_sentence(article: Article, span: Span | None) -> str:
    """The whole sentence (or sentences) of ``article.text`` that ``span`` touches.

    An empty span, or one that touches no sentence, gives the span's own text;
    ``None`` gives ``""``.
    """
    if span is None:
        return ""
    text = article.text
    touched = [
        s
        for s in sentences(fold(text))
        if (s.start < span.end and span.start < s.end) or (span.length == 0 and s.start <= span.start < s.end)
    ]
    if not touched:
        return " ".join(text[span.start : span.end].split())
    return " ".join(text[touched[0].start : touched[-1].end].split())


def actor_named(article: Article, name: str | None) -> Actor | None:
    """The article's actor record called ``name`` (by name or alias), if any."""
    if name is None:
        return None
    for actor in article.actors:
        if actor.name == name:
            return actor
    for actor in article.actors:
        if name in actor.aliases:
            return actor
    return None


def is_government(article: Article, name: str | None) -> bool:
    """Whether ``name`` is a government or a force affiliated to one."""
    actor = actor_named(article, name)
    if actor is None:
        return False
    if actor.kind is ActorKind.GOVERNMENT:
        return True
    affiliation = actor.affiliation or ""
    if actor.kind in (ActorKind.ARMED_GROUP, ActorKind.PERSON) and affiliation:
        parent = actor_named(article, affiliation)
        if parent is not None:
            return parent.kind is ActorKind.GOVERNMENT
        return "government" in affiliation.lower()
    return False


def speaker_place(article: Article, statement: Statement) -> Location | None:
    """Where the speaker of ``statement`` was, if the article says so.

    That is the destination of the speaker's last movement that ends with a known
    point before the statement's end (or, failing that, anywhere in the article).
    Unknown speakers and speakers who never move have no place.
    """
    if statement.speaker is None:
        return None

    def arrival(movement: Movement) -> Location | None:
        if movement.actor != statement.speaker:
            return None
        place = movement.destination
        return place if place is not None and place.point is not None else None

    before = [m for m in article.movements if m.span.start <= statement.span.end and arrival(m)]
    pool = before or [m for m in article.movements if arrival(m)]
    return arrival(pool[-1]) if pool else None


def record_source(article: Article, source: str | None) -> str | None:
    """The source to cite for a record: the file it came from, else the article id."""
    return source if source is not None else article.id


def record_date(article: Article, date: EventDate | None) -> EventDate | None:
    """A record's own date, or the article's publication day when it has none."""
    if date is not None:
        return date
    return EventDate.from_day(article.published) if article.published is not None else None
