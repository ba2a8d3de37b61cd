"""Media a text names where a speaker talks to them: "said in a phone statement to Al-Quds Al-Arabi",
"told Al-Wasat newspaper", "in an interview with Al-Marsad website". SCHEMA counts media named
in the body as organisations."""

from __future__ import annotations

import re
from bisect import bisect_right

from libya_events.extraction._lexicon import FIRST_NAMES, PUBLICATION_HEADS, TITLE_WORDS
from libya_events.extraction._mentions import MEDIUM_KEY, Hit
from libya_events.model import ActorKind
from libya_events.text._gate import FirstWords, WordGate, scan

__all__ = ["MEDIUM_HEADS", "media_slot_hits", "places_inside_media"]

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
        closing = _told_at_close(m, folded)
        if (
            taken.find(1, start, end) >= 0
            and not _titled_after_place(m, hits)
            and not (closing and _place_inside_name(m, hits))
        ):
            continue
        if not (_medium(m) or closing):
            continue
        name = folded[start:end]
        out.append(Hit(start, end, MEDIUM_KEY + name.lower(), name, "unit", ActorKind.ORGANIZATION))
    return out


def _titled_after_place(m: re.Match[str], hits: list[Hit]) -> bool:
    """ "told Fezzan Voice": an outlet named after a place, its title word closing the name; the
    place inside is the only mention there (the place is dropped later as part of a longer name)."""
    start, end = m.start(1), m.end(1)
    if m.group(1).split()[-1] not in PUBLICATION_HEADS:
        return False
    inside = [h for h in hits if h.start < end and h.end > start]
    return all(h.place is not None and not h.is_actor and h.end < end for h in inside)


TOLD_CLOSINGS = ("by telephone", "by phone", "in an interview", "on condition of anonymity")
"""Words that may close an attribution after its listener ("a resident told Cyrene Daily by
telephone."). Lower case; extend freely."""
_TOLD_CLOSE = re.compile(
    r"(?:,?[ \t]++(?:" + "|".join(re.escape(c) for c in TOLD_CLOSINGS) + r"))?+[ \t]*+(?:[.;]|\n|\Z)"
)
"""What ends the attribution right after "told X": the sentence's end, perhaps after a closing."""


def _told_at_close(m: re.Match[str], folded: str) -> bool:
    """ "..., a resident told Libya Update.": a listener that closes the attribution after a
    quotation or a report is a medium, as news tells its own sources; a person told something
    is told it in a clause ("told Ahmed that"). Not a name that opens with a given name or a
    title, nor one with a medium noun after it (:func:`_medium` reads those)."""
    if not m.group().startswith("told") or m.group(2) is not None or m.group(1).isupper():
        return False  # an acronym ("told MPN.") is left to the body it abbreviates
    words = m.group(1).split()
    first = words[0].split("-")[-1].lower()
    if first in FIRST_NAMES or words[0].lower() in TITLE_WORDS | PERSON_ROLES:
        return False
    return _TOLD_CLOSE.match(folded, m.end(1)) is not None


def _place_inside_name(m: re.Match[str], hits: list[Hit]) -> bool:
    """ "told Libya Update.": only places (a country too) cover the name, and none covers all of
    it, so the place is a word of the outlet's name."""
    start, end = m.start(1), m.end(1)
    if len(m.group(1).split()) < 2:
        return False
    inside = [h for h in hits if h.start < end and h.end > start]
    return all(
        h.place is not None and start <= h.start and h.end <= end and (h.start, h.end) != (start, end)
        for h in inside
    )


def places_inside_media(hits: list[Hit], media: list[Hit]) -> set[int]:
    """The ids of the place mentions that are words of a medium's name ("Libya" in "told Libya
    Update.", "Cyrene" in "told Cyrene Daily"): the name is the outlet, no place is told."""
    if not media:
        return set()
    spans = sorted((m.start, m.end) for m in media)
    starts = [start for start, _end in spans]
    found: set[int] = set()
    for h in hits:
        if h.place is None:
            continue
        # the media before the place, nearest first; names do not nest, so the nearest few decide
        for i in range(bisect_right(starts, h.start) - 1, -1, -1):
            start, end = spans[i]
            if end <= h.start:
                break
            if h.end <= end and (h.start, h.end) != (start, end):
                found.add(id(h))
                break
    return found


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
