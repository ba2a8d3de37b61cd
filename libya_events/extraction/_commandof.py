"""A force's command named with the force: "the General Command of the Libyan National Army".

The command of an armed group speaks and acts for the group, so the whole phrase is one
mention of the group, not a second actor beside it; a bare "the General Command" later in the
same story is that group again. A command named alone ("The General Command said") stays the
actor it was.
"""

from __future__ import annotations

import re

from attrs import evolve

from libya_events.extraction._mentions import Hit
from libya_events.model import ActorKind

__all__ = ["COMMAND_NAMES", "command_of_hits"]

COMMAND_NAMES = frozenset({"general command", "high command", "general staff", "supreme command"})
"""Names of a force's command (lower case, without an article): "the General Command of X", "the
High Command of X" are X speaking. Extend freely."""
_OF_THE = re.compile(r"(?<![ \t])[ \t]++of[ \t]++(?:the[ \t]++)?+")
"""What joins a command to the force it commands (from where a word ends: a run of blanks is not
retried from each of its blanks)."""


def _command(folded: str, hit: Hit) -> bool:
    return hit.is_actor and " ".join(folded[hit.start : hit.end].lower().split()) in COMMAND_NAMES


def command_of_hits(folded: str, hits: list[Hit]) -> tuple[list[Hit], set[int]]:
    """The mentions to add and the ids of those they replace: "the General Command of X" (a
    command of :data:`COMMAND_NAMES`, then an armed group right after "of") becomes one mention
    of X over the whole phrase, replacing both; where the story names the command of one group
    only, its bare later mentions are that group too."""
    commands = [h for h in hits if _command(folded, h)]
    if not commands:
        return [], set()
    groups = {h.start: h for h in hits if h.actor_kind is ActorKind.ARMED_GROUP and not _command(folded, h)}
    found: list[Hit] = []
    gone: set[int] = set()
    commanded: dict[str, Hit] = {}  # a command's key -> the group it was told to command
    for c in commands:
        of = _OF_THE.match(folded, c.end)
        group = groups.get(of.end()) if of is not None else None
        if group is None:
            continue
        found.append(evolve(c, end=group.end).standing_for(group))
        gone.update((id(c), id(group)))
        if commanded.setdefault(c.key, group).key != group.key:
            commanded[c.key] = c  # the commands of two groups: a bare one is neither's
    first = min((h.start for h in found), default=len(folded))
    for c in commands:
        group = commanded.get(c.key)
        if id(c) in gone or group is None or group.key == c.key or c.start < first:
            continue
        found.append(c.standing_for(group))
        gone.add(id(c))
    return found, gone
