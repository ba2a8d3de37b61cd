"""Compact views of an article's actors and speakers for the actor-rule tests."""

from __future__ import annotations

from libya_events.model import ActorKind, Article


def speakers(article: Article) -> list[str | None]:
    """Each statement's speaker, in order."""
    return [s.speaker for s in article.statements]


def kinds(article: Article) -> dict[str, ActorKind]:
    """Each actor's name and kind."""
    return {a.name: a.kind for a in article.actors}


def mentions(article: Article, name: str) -> list[str]:
    """The texts of the mentions of the actor called ``name``."""
    return [m.text for a in article.actors if a.name == name for m in a.mentions]
