"""Extraction: whole articles into actors, places, movements and statements."""

from libya_events.extraction._kb import ActorEntry, ActorKB, CollectiveEntry, RoleAlias, normalize_alias
from libya_events.extraction._pipeline import Parser, parse_article

__all__ = [
    "ActorEntry",
    "ActorKB",
    "CollectiveEntry",
    "Parser",
    "RoleAlias",
    "normalize_alias",
    "parse_article",
]
