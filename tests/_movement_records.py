"""A compact view of an article's movements for the movement-rule tests."""

from __future__ import annotations

from libya_events import MovementKind, Parser
from libya_events.model import Modality

MovementRecord = tuple[MovementKind, str | None, str | None, str | None]


def movement_records(parser: Parser, text: str, published: str = "2022-06-01") -> list[MovementRecord]:
    """Each movement of ``text`` as (kind, actor, destination name, origin name); each
    trigger's span is checked to slice the text."""
    article = parser.parse(text, published=published)
    for m in article.movements:
        assert text[m.trigger.span.start : m.trigger.span.end] == m.trigger.text
    return [
        (m.kind, m.actor, m.destination.name if m.destination else None, m.origin.name if m.origin else None)
        for m in article.movements
    ]


def movement_triples(parser: Parser, text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    """Each movement of ``text`` as (kind value, actor, destination name), spans checked as above."""
    return [
        (kind.value, actor, dest) for kind, actor, dest, _origin in movement_records(parser, text, published)
    ]


def movement_quads(
    parser: Parser, text: str, published: str
) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each movement of ``text`` as (kind value, actor, origin name, destination name), spans
    checked as above."""
    return [
        (kind.value, actor, origin, dest)
        for kind, actor, dest, origin in movement_records(parser, text, published)
    ]


def actor_moves(
    parser: Parser, text: str, published: str, *, reported_only: bool = False
) -> list[tuple[str | None, str, str | None, str | None]]:
    """Each movement of ``text`` as (actor, kind value, origin name, destination name), spans
    checked as above; with ``reported_only``, only the movements told as done (not planned,
    attempted, denied or habitual)."""
    article = parser.parse(text, published=published)
    for m in article.movements:
        assert text[m.trigger.span.start : m.trigger.span.end] == m.trigger.text
    return [
        (
            m.actor,
            m.kind.value,
            m.origin.name if m.origin is not None else None,
            m.destination.name if m.destination is not None else None,
        )
        for m in article.movements
        if not reported_only or m.modality is Modality.REPORTED
    ]


def kind_first_moves(
    parser: Parser, text: str, published: str
) -> list[tuple[str, str, str | None, str | None]]:
    """Each movement of ``text`` as (kind value, actor or "", origin name, destination name),
    spans checked as above: the view of the genre round files."""
    return [
        (kind, actor or "", origin, dest)
        for kind, actor, origin, dest in movement_quads(parser, text, published)
    ]


def movement_days(parser: Parser, text: str, published: str) -> list[str | None]:
    """The start day (ISO) of each movement of ``text``, None where a movement has no date."""
    article = parser.parse(text, published=published)
    return [m.date.start.isoformat() if m.date is not None else None for m in article.movements]
