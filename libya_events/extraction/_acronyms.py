"""Foreign bodies a text names by an acronym after a nationality ("the Turkish AFAD team", "Greek
ERT rescuers"): an organisation named by the acronym, its team a mention of it; the acronym
alone later in the text is the same body."""

from __future__ import annotations

import re

from libya_events.extraction._mentions import Hit
from libya_events.model import ActorKind

__all__ = ["foreign_acronym_hits"]

_TEAM_NOUNS = ("team", "teams", "crew", "crews", "rescuers", "delegation", "experts", "mission")
_FOREIGN_ACRONYM = re.compile(
    r"\b[A-Z][a-z]++(?:(?<=ish)|(?<=ese)|(?<=an)|(?<=ch)|(?<=ic))\s++([A-Z]{3,6}+)(?:\s++(?:"
    + "|".join(_TEAM_NOUNS)
    + r"))?+\b"
)
"""A nationality, an acronym and what the body sent ("Turkish AFAD team"). The nationality ends as
one does (-ish, -ese, -an, -ch, -ic): "Turkish", "Italian", "French", "Maltese"."""


def foreign_acronym_hits(folded: str, hits: list[Hit]) -> list[Hit]:
    """Organisation mentions for acronyms a nationality introduces and their later bare uses,
    where no named mention covers those words."""
    if not any(c.isupper() for c in folded):
        return []
    taken = sorted((h.start, h.end) for h in hits if h.actor_kind is not None and _named(h))
    out: list[Hit] = []
    seen: set[str] = set()
    for m in _FOREIGN_ACRONYM.finditer(folded):
        acronym = m.group(1)
        if _overlaps(taken, m.start(1), m.end(1)):
            continue
        seen.add(acronym)
        out.append(_hit(m.start(1), m.end(), acronym))
    for acronym in seen:
        for later in re.finditer(rf"\b{acronym}\b", folded):
            if not _overlaps(taken, later.start(), later.end()) and not any(
                h.start <= later.start() < h.end for h in out
            ):
                out.append(_hit(later.start(), later.end(), acronym))
    return out


def _named(hit: Hit) -> bool:
    return hit.actor_kind is not ActorKind.COLLECTIVE and hit.source not in ("collective", "group", "role")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _hit(start: int, end: int, acronym: str) -> Hit:
    return Hit(start, end, "acronym:" + acronym.lower(), acronym, "unit", ActorKind.ORGANIZATION)
