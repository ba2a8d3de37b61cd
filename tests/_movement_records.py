"""A compact view of an article's movements for the movement-rule tests."""

from __future__ import annotations

from libya_events import MovementKind, Parser

MovementRecord = tuple[MovementKind, "str | None", "str | None", "str | None"]


def movement_records(parser: Parser, text: str, published: str = "2022-06-01") -> list[MovementRecord]:
    """Each movement of ``text`` as (kind, actor, destination name, origin name)."""
    article = parser.parse(text, published=published)
    return [
        (m.kind, m.actor, m.destination.name if m.destination else None, m.origin.name if m.origin else None)
        for m in article.movements
    ]
