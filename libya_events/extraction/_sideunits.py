"""Units of a known side named by a capitalised unit name: "LNA Special Forces", "the GNU
Presidential Guard", "the Special Forces affiliated to the Libyan National Army". Each is an
armed group of its own, affiliated to the side; the side's name inside adds no actor. So is an
operations room named by a side or a person ("the Libya Dawn operations room", "the Omar Mukhtar
operations room")."""

from __future__ import annotations

import re

from libya_events.extraction._kb import normalize_alias
from libya_events.extraction._mentions import Hit
from libya_events.model import ActorKind
from libya_events.text._gate import HeadWords, WordGate

__all__ = ["ROOM_KEY", "UNIT_NOUNS", "operations_room_hits", "side_unit_hits"]

UNIT_NOUNS = frozenset({"Forces", "Force", "Division", "Unit", "Corps", "Regiment", "Guard", "Squadron"})
"""Capitalised last words of a unit's name ("Special Forces", "Military Information Division")."""

_UNIT_WORDS = (
    r"((?:[A-Z][a-z]{1,20}+\s++){1,3}?)(" + "|".join(sorted(UNIT_NOUNS, key=len, reverse=True)) + r")\b"
)
_UNIT_AFTER_SIDE = re.compile(r"(?<!\s)\s++" + _UNIT_WORDS)
"""After a side's name: the unit's capitalised words and its unit noun ("LNA| Special Forces")."""
_UNIT_BEFORE_SIDE = re.compile(
    r"\b(?:[Tt]he\s++)" + _UNIT_WORDS + r"\s++(?:affiliated\s++(?:to|with)|loyal\s++to|attached\s++to|"
    r"belonging\s++to|of)\s++"
)
"""A unit tied to a side named after it ("the Special Forces affiliated to ...")."""
_UNIT_BEFORE_SIDE_GATE = HeadWords(
    _UNIT_BEFORE_SIDE, frozenset(w.lower() for w in UNIT_NOUNS), words_before=4
)
_SIDE_GAP = re.compile(r"[^.,;:()\"\u201c\u201d]{0,40}+")
"""What may stand between "affiliated to" and the side's name ("Haftar's self-styled")."""

_SIDE_KINDS = (ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT)


def side_unit_hits(folded: str, hits: list[Hit], gate: WordGate) -> tuple[list[Hit], set[int]]:
    """Unit mentions, and the ids of the side mentions that a unit's name swallows."""
    if not gate.has_any(w.lower() for w in UNIT_NOUNS) or not any(map(folded.__contains__, UNIT_NOUNS)):
        return [], set()  # both patterns need a unit noun as written, capitalised
    sides = [h for h in hits if h.actor_kind in _SIDE_KINDS and h.place is None and h.source == "kb"]
    if not sides:
        return [], set()
    out: list[Hit] = []
    gone: set[int] = set()
    for side in sides:
        m = _UNIT_AFTER_SIDE.match(folded, side.end)
        inside = None if m is None else _guessed_inside(hits, m.start(1), m.end())
        if m is None or inside is None:
            continue
        gone.update(inside | {id(side)})
        out.append(_unit(side.start, m.end(), folded[side.start : m.end()], side))
    for m in gate.finditer(_UNIT_BEFORE_SIDE_GATE):
        owner = _side_after(folded, m.end(), sides)
        inside = None if owner is None else _guessed_inside(hits, m.start(1), m.end(2))
        if owner is None or inside is None:
            continue
        gone.update(inside)
        unit = folded[m.start(1) : m.end(2)]
        out.append(_unit(m.start(1), m.end(2), f"{owner.name} {unit}", owner))
    return out, gone


def _side_after(folded: str, at: int, sides: list[Hit]) -> Hit | None:
    gap = _SIDE_GAP.match(folded, at)
    limit = gap.end() if gap is not None else at
    return next((s for s in sides if at <= s.start <= limit), None)


_GUESSED_SOURCES = frozenset({"person", "group", "collective", "unit"})
"""Sources of mentions a pattern guessed; a unit's name that holds one wins over it ("the LNA
Military Information Division" is no person "Information Division")."""


def _guessed_inside(hits: list[Hit], start: int, end: int) -> set[int] | None:
    """The ids of the guessed mentions inside ``[start, end)``; None where another mention
    overlaps it (a known name: the words are not this unit's)."""
    inside: set[int] = set()
    for h in hits:
        if h.start < end and start < h.end and (h.is_actor or h.place is not None):
            if h.source not in _GUESSED_SOURCES or h.start < start or h.end > end:
                return None
            inside.add(id(h))
    return inside


def _unit(start: int, end: int, name: str, side: Hit) -> Hit:
    return Hit(
        start,
        end,
        "unit:" + normalize_alias(name),
        name,
        "unit",
        ActorKind.ARMED_GROUP,
        affiliation=side.name,
    )


ROOM_WORDS = frozenset({"operations", "operation"})
ROOM_KEY = "room:"
"""Key prefix of an operations room: a side's command, an actor only where it acts or speaks
(a room struck or told of, "strikes hit positions around the LNA operations room", is a place)."""
"""Words that open the name of a command room after a side's or a person's name."""
_ROOM_AFTER = re.compile(r"(?<!\s)(?:['\u2019]s)?+\s++([Oo]perations?+\s++(?:[Rr]oom|[Cc]ent(?:re|er)))\b")
"""After a name: its operations room or centre ("Libya Dawn| operations room", "Dawn|'s operations
room", "the Omar Mukhtar| Operations Room")."""


def operations_room_hits(folded: str, hits: list[Hit], gate: WordGate) -> tuple[list[Hit], set[int]]:
    """ "The Libya Dawn operations room said", "the commander of the Omar Mukhtar operations room":
    the command room of a known side (a knowledge-base armed group or government) or of a name
    a pattern guessed for a person is an armed group of its own, affiliated to the side; the
    side's name inside stays its mention, a guessed person's is none. Returns the rooms and the
    ids of the mentions they swallow."""
    if not gate.has_any(ROOM_WORDS):
        return [], set()
    out: list[Hit] = []
    gone: set[int] = set()
    for h in hits:
        side = h.source == "kb" and h.actor_kind in _SIDE_KINDS
        person = h.source in _GUESSED_SOURCES and h.actor_kind is ActorKind.PERSON
        if h.place is not None or not (side or person):
            continue
        m = _ROOM_AFTER.match(folded, h.end)
        inside = None if m is None else _guessed_inside(hits, m.start(1), m.end())
        if m is None or inside is None:
            continue
        gone.update(inside | ({id(h)} if person else set()))  # a side stays named: its own actor
        name = folded[h.start : m.end()]
        out.append(
            Hit(
                h.start,
                m.end(),
                ROOM_KEY + normalize_alias(name),
                name,
                "unit",
                ActorKind.ARMED_GROUP,
                affiliation=h.name if side else None,
            )
        )
    return out, gone
