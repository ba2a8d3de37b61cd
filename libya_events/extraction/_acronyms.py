"""Foreign bodies a text names by an acronym after a nationality ("the Turkish AFAD team", "Greek
ERT rescuers"): an organisation named by the acronym, its team a mention of it; the acronym
alone later in the text is the same body."""

from __future__ import annotations

import re

from libya_events.extraction._mentions import Hit
from libya_events.model import ActorKind

__all__ = ["foreign_acronym_hits", "named_team_hits"]

_TEAM_NOUNS = ("team", "teams", "crew", "crews", "rescuers", "delegation", "experts", "mission")
_FOREIGN_ACRONYM = re.compile(
    r"[A-Z](?<!\w[A-Z])[a-z]++(?:(?<=ish)|(?<=ese)|(?<=an)|(?<=ch)|(?<=ic))\s++([A-Z]{3,6}+)(?:\s++(?:"
    + "|".join(_TEAM_NOUNS)
    + r"))?+\b"
)
"""A nationality, an acronym and what the body sent ("Turkish AFAD team"). The nationality ends as
one does (-ish, -ese, -an, -ch, -ic): "Turkish", "Italian", "French", "Maltese". It opens with
its capital and looks back for the word boundary (``\b[A-Z]`` as written): ``re`` then skips
to the text's capitals instead of trying every character."""


def foreign_acronym_hits(folded: str, hits: list[Hit]) -> list[Hit]:
    """Organisation mentions for acronyms a nationality introduces and their later bare uses,
    where no named mention covers those words."""
    if not any(c.isupper() for c in folded):
        return []
    taken: list[tuple[int, int]] | None = None  # the named mentions, listed at the first match
    out: list[Hit] = []
    seen: set[str] = set()
    for m in _FOREIGN_ACRONYM.finditer(folded):
        acronym = m.group(1)
        if taken is None:
            taken = sorted((h.start, h.end) for h in hits if h.actor_kind is not None and _named(h))
        if _overlaps(taken, m.start(1), m.end(1)):
            continue
        seen.add(acronym)
        out.append(_hit(m.start(1), m.end(), acronym))
    named = taken or []  # listed when an acronym was seen
    for acronym in seen:
        for later in re.finditer(rf"\b{acronym}\b", folded):
            if not _overlaps(named, later.start(), later.end()) and not any(
                h.start <= later.start() < h.end for h in out
            ):
                out.append(_hit(later.start(), later.end(), acronym))
    return out


_NAMED_TEAM = re.compile(
    r"\b((?:UN|U\.N\.|EU|[A-Z][a-z]++)(?:\s++(?:and\s++|of\s++|for\s++)?+[A-Z][a-z]++){2,5}+)\s++team\b"
)
"""A team named by what it is for: "a UN Disaster Assessment and Coordination team"."""


def named_team_hits(folded: str, hits: list[Hit]) -> tuple[list[Hit], set[int]]:
    """Organisations named by a team's capitalised name, and the ids of the mentions inside
    them that give way (the "UN" of "UN Disaster Assessment and Coordination team"); a team
    a named body already covers ("the Libyan Red Crescent team") is that body's."""
    if "team" not in folded:
        return [], set()
    out: list[Hit] = []
    gone: set[int] = set()
    for m in _NAMED_TEAM.finditer(folded):
        inside = [h for h in hits if h.actor_kind is not None and m.start() <= h.start and h.end <= m.end(1)]
        if any(h.end > m.start(1) + len(m.group(1).split()[0]) for h in inside):
            continue  # a named body's own words, not only a leading "UN"
        if any(h.start < m.end() and m.start() < h.end for h in hits if h not in inside and h.place is None):
            continue
        gone.update(id(h) for h in inside if h.place is None)
        name = folded[m.start() : m.end()]
        out.append(Hit(m.start(), m.end(), "team:" + name.lower(), name, "unit", ActorKind.ORGANIZATION))
    return out, gone


def _named(hit: Hit) -> bool:
    return hit.actor_kind is not ActorKind.COLLECTIVE and hit.source not in ("collective", "group", "role")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _hit(start: int, end: int, acronym: str) -> Hit:
    return Hit(start, end, "acronym:" + acronym.lower(), acronym, "unit", ActorKind.ORGANIZATION)
