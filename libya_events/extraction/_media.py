"""Media a text names where a speaker talks to them: "said in a phone statement to Al-Quds Al-Arabi",
"told Al-Wasat newspaper", "in an interview with Al-Marsad website". SCHEMA counts media named
in the body as organisations."""

from __future__ import annotations

import re

from libya_events.extraction._lexicon import FIRST_NAMES, PUBLICATION_HEADS, TITLE_WORDS
from libya_events.extraction._mentions import Hit
from libya_events.model import ActorKind
from libya_events.text._gate import FirstWords, WordGate, scan

__all__ = ["MEDIUM_HEADS", "media_slot_hits"]

MEDIUM_NOUNS = ("newspaper", "daily", "website", "channel", "TV", "television", "radio", "news agency")
"""Words after a name that say it is a medium ("Al-Wasat newspaper")."""
MEDIUM_HEADS = frozenset(
    {
        "newspaper",
        "daily",
        "website",
        "channel",
        "tv",
        "television",
        "radio",
        "agency",
        "broadcaster",
        "magazine",
    }
)
"""Head nouns a medium's name modifies while still naming it ("Al-Wasat newspaper", "Reuters
news agency"): the name is the medium, not a word about something else."""
_NAME_WORD = r"(?:(?:Al|El|al|el)-)?+[A-Z][\w'\u2019-]*+"
_MEDIA_SLOT = re.compile(
    r"\b(?:told|(?:statements?+|remarks|comments|interview)\s++(?:to|with)|speaking\s++to)\s++(?:the\s++)?+"
    rf"({_NAME_WORD}(?:\s++{_NAME_WORD}){{0,2}}+)"
    rf"(\s++(?:{'|'.join(MEDIUM_NOUNS)})\b)?+"
)
"""A speaker's listener: a medium where a medium noun follows ("told Al-Wasat newspaper"), or
where, after a word of statement, the name is an Arabic title ("a statement to Al-Quds
Al-Arabi")."""


_MEDIA_SLOT_GATE = FirstWords(
    _MEDIA_SLOT,
    frozenset({"told", "statement", "statements", "remarks", "comments", "interview", "speaking"}),
)


def media_slot_hits(folded: str, hits: list[Hit], gate: WordGate | None = None) -> list[Hit]:
    """Organisation mentions for media named as a speaker's listener, where no mention covers
    the name (a known medium, a person, a place). ``gate``, the words of ``folded``, lets the
    pattern be tried only where its first word starts."""
    if "told" not in folded and " to " not in folded and " with " not in folded:
        return []
    taken: bytearray | None = None  # the characters of the mentions, marked at the first slot
    out: list[Hit] = []
    for m in scan(_MEDIA_SLOT_GATE, folded, gate):
        start, end = m.start(1), m.end(1)
        if taken is None:
            taken = _taken(folded, hits)
        if taken.find(1, start, end) >= 0 and not _titled_after_place(m, hits):
            continue
        if not _medium(m):
            continue
        name = folded[start:end]
        out.append(Hit(start, end, "medium:" + name.lower(), name, "unit", ActorKind.ORGANIZATION))
    return out


def _titled_after_place(m: re.Match[str], hits: list[Hit]) -> bool:
    """ "told Fezzan Voice": an outlet named after a place, its title word closing the name; the
    place inside is the only mention there (the place is dropped later as part of a longer name)."""
    start, end = m.start(1), m.end(1)
    if m.group(1).split()[-1] not in PUBLICATION_HEADS:
        return False
    inside = [h for h in hits if h.start < end and h.end > start]
    return all(h.place is not None and not h.is_actor and h.end < end for h in inside)


def _taken(folded: str, hits: list[Hit]) -> bytearray:
    taken = bytearray(len(folded) + 1)
    for h in hits:
        taken[h.start : h.end] = b"\1" * (h.end - h.start)
    return taken


PERSON_ROLES = frozenset({"pope", "queen", "sultan", "crown"})
"""Roles held by one person that "told the" may name (most of a person's titles are in TITLE_WORDS)."""
TOLD_THE = re.compile(r"told\s+the\s")
"""A listener after "told the": a name with an article is no person's ("told the Financial Times")."""


def _medium(m: re.Match[str]) -> bool:
    if m.group(2) is not None:
        return True
    if TOLD_THE.match(m.group()):  # "told the Financial Times", "told the Guardian": a title,
        return m.group(1).split()[0].lower() not in TITLE_WORDS | PERSON_ROLES  # not "the President"
    first = m.group(1).split()[0]
    if len(m.group(1).split()) > 1 and m.group(1).split()[-1] in PUBLICATION_HEADS:
        return True  # "told Fezzan Voice": an outlet's title word closes the name
    if m.group().startswith("told") or first.split("-")[-1].lower() in FIRST_NAMES:
        return False
    words = m.group(1).split()
    return len(words) > 1 and all(w[:3].lower() in ("al-", "el-") for w in words)
