"""The forces of a commander the entity recogniser names: "Bahroun's men", "fighters loyal to
Mohammed Bahroun" are his armed group, an actor of its own, not the man himself.

The dictionary scan already reads "X's forces" for people it knows; a person only the entity
recogniser proposes comes later, so his forces are read here. His group is named by his
surname ("Bahroun's forces"), as for a known commander whose side the knowledge base lacks, and
each phrase is a mention of it; the person stays an actor where he is named alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from libya_events.extraction._mentions import Hit
from libya_events.model import ActorKind

__all__ = ["commander_forces"]

_OWNED_FORCES = re.compile(
    r"['\u2019]s\s++(?:[a-z-]++\s++)?(?:men|fighters|forces|troops|militiamen|loyalists|gunmen)\b"
)
"""A person's possessive before a force noun ("Bahroun's men", "Bahroun's armed loyalists")."""
_LOYAL_BEFORE = re.compile(
    r"\b(?:[Ff]orces|[Tt]roops|[Ff]ighters|[Uu]nits|[Mm]en|[Mm]ilitiamen|[Gg]unmen)\s++"
    r"(?:loyal\s++to|led\s++by|commanded\s++by)\s++$"
)
"""A force noun and a word of allegiance right before the person ("fighters loyal to X")."""
LOYAL_LOOK_CHARS = 40
PROPOSED_SOURCES = frozenset({"ner", "person"})
"""People found by their shape or by the recogniser, not by the knowledge base."""


def commander_forces(folded: str, hits: Sequence[Hit]) -> tuple[list[Hit], list[Hit]]:
    """The forces hits of people the knowledge base does not know (their phrase's span), and the person hits they take
    in (each kept as the forces' ``master``), for the caller to drop."""
    found: list[Hit] = []
    taken: list[Hit] = []
    owned = {(f.start, f.end) for f in hits if f.source == "forces"}
    for h in hits:
        if h.actor_kind is not ActorKind.PERSON or h.source not in PROPOSED_SOURCES or h.entry is not None:
            continue
        span = _forces_span(folded, h)
        if span is None or span in owned:
            continue
        surname = h.name.split()[-1]
        key = "forces-of:" + h.key
        found.append(Hit(*span, key, f"{surname}'s forces", "forces", ActorKind.ARMED_GROUP, master=h))
        taken.append(h)
    return found, taken


def _forces_span(folded: str, h: Hit) -> tuple[int, int] | None:
    owned = _OWNED_FORCES.match(folded, h.end)
    if owned is not None:
        return h.start, owned.end()
    floor = max(0, h.start - LOYAL_LOOK_CHARS)
    loyal = _LOYAL_BEFORE.search(folded[floor : h.start])
    return (floor + loyal.start(), h.end) if loyal is not None else None
