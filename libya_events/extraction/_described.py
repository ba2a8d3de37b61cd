"""An unnamed group a text introduces by a description and names right after it: "the former
rebels, now the X Brigade,", "a unit, the Y Battalion,", "an armed group calling itself Z".
The description is a mention of the named group, one actor."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from libya_events.extraction._kb import normalize_alias
from libya_events.extraction._mentions import Hit
from libya_events.model import ActorKind
from libya_events.text._gate import FirstWords, HeadWords, WordGate, scan

__all__ = ["described_then_named", "known_as_aliases"]

HEDGE_VERBS = ("believed", "thought", "suspected", "presumed", "said", "reported", "understood")
"""Participles of a hedged identification ("armed men, believed to be IS fighters,"): the group
described is the one named, as the text tells it. Extend with further verbs of belief."""
HEDGE_MEMBER_NOUNS = ("members", "fighters", "militants", "loyalists", "supporters")
"""Nouns that make the named group the whole of which the described people are part ("thought
to be members of the Islamic State group"): the people are that group, as one actor."""
_NAMING_CUE = re.compile(
    r"(?<!\s)(,)?+\s*+"
    r"(?:(now|since\s++renamed|renamed|known\s++as|dubbed|called|calling\s++(?:itself|themselves)"
    r"|(?:which|who|that)\s++calls?\s++(?:itself|themselves)"
    r"|(?:(?:widely|strongly|locally)\s++)?+(?:"
    + "|".join(HEDGE_VERBS)
    + r")\s++to\s++(?:be|have\s++been)(?:\s++(?:"
    + "|".join(HEDGE_MEMBER_NOUNS)
    + r")\s++(?:of|from))?+)\s++)?+"
    r"(?:the\s++)?+"
)
"""What joins a description to the name that follows it: an apposition's comma, a word of
naming ("now", "known as", "calling itself") or a hedged one ("believed to be")."""
_APPOSITION_END = re.compile(r"(?<!\s)\s*+(?:[,)\u2014;]|--)(?!\s*+(?:and|or)\b)")
"""A bare apposition closes before the sentence goes on ("a unit, the Y Battalion, moved"),
not into a list ("rebels, the Y Battalion and the army")."""
_DESCRIBED_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.COLLECTIVE})
_NAMED_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.ORGANIZATION})
_UNNAMED_SOURCES = frozenset({"group", "collective"})


def described_then_named(folded: str, hits: list[Hit], gate: WordGate | None = None) -> list[Hit]:
    """``hits`` with each description a name follows rewritten as a mention of that name, and
    the side a described group's words name ("the ex-rebel group, Libya Shield,") wherever the
    article names it by those words ("Ex-rebels attacked"). ``gate``, the words of ``folded``,
    lets the patterns be tried only near their words."""
    actors = sorted((h for h in hits if h.actor_kind is not None and h.place is None), key=lambda h: h.start)
    starts = [h.start for h in actors]
    unnamed = [d for d in actors if _unnamed(d)]
    named: dict[int, Hit] = {}
    for d in unnamed:
        target = _name_after(folded, d, actors, starts)
        if target is not None:
            named[id(d)] = d.standing_for(target)
    by_words = _named_descriptions(folded, actors, starts, gate)
    for d in unnamed if by_words else ():
        if id(d) not in named:
            target = by_words.get(_stem(folded[d.start : d.end]))
            if target is not None:
                named[id(d)] = d.standing_for(target)
    led = _led_descriptions(folded, actors, gate)
    if not named and not led:
        return hits
    return [named.get(id(h), h) for h in hits] + led


_LED = re.compile(
    r"\b([A-Z][a-z]++-(?:led|backed|based|aligned|allied))\s++(?:(forces|fighters|troops|militias|units)\b)?+"
)
"""A side told by who leads or backs it: "Misratan-led forces", and "Misratan-led Libya Dawn
forces" where the name follows the same words."""


_LED_GATE = HeadWords(_LED, frozenset({"led", "backed", "based", "aligned", "allied"}), words_before=1)


def _led_descriptions(folded: str, actors: Sequence[Hit], gate: WordGate | None = None) -> list[Hit]:
    """Mentions for "<X>-led forces" where the article names one group "<X>-led <Name>": the
    description is that group ("Misratan-led forces" ... "Misratan-led Libya Dawn forces")."""
    if "-" not in folded:
        return []
    by_start: dict[int, Hit] | None = None  # the named groups by where they start, at the first match
    bare: list[tuple[int, int, str]] = []
    names: dict[str, Hit | None] = {}
    for m in scan(_LED_GATE, folded, gate):
        word = m.group(1).lower()
        if m.group(2) is not None:
            bare.append((m.start(), m.end(), word))
            continue
        if by_start is None:
            by_start = {
                h.start: h for h in actors if h.actor_kind is ActorKind.ARMED_GROUP and not _unnamed(h)
            }
        target = by_start.get(m.end())
        if target is not None:
            names[word] = target if names.get(word, target) is target else None
    if not bare or not names:
        return []
    taken = [(h.start, h.end) for h in actors]
    out: list[Hit] = []
    for start, end, word in bare:
        target = names.get(word)
        if target is not None and not any(a < end and start < b for a, b in taken):
            out.append(Hit(start, end, "", "", "group", ActorKind.ARMED_GROUP).standing_for(target))
    return out


_DESCRIBED_GROUP = re.compile(
    r"\b[Tt]he\s++((?:[a-z][a-z-]*+\s++){0,2}+)(?:group|brigade|militia|force|coalition|movement)(?=\s*+,)"
)
"""A definite described group an apposition may name: "the ex-rebel group, Libya Shield,"."""
_PLAIN_WORDS = frozenset({"armed", "new", "main", "rival", "local", "same", "other", "largest", "powerful"})
"""Describing words too plain to tell one group from another."""


_DESCRIBED_GROUP_GATE = FirstWords(_DESCRIBED_GROUP, frozenset({"the"}))


def _named_descriptions(
    folded: str, actors: Sequence[Hit], starts: Sequence[int], gate: WordGate | None = None
) -> dict[str, Hit]:
    """Describing words → the named group an apposition gives them ("ex-rebel" → Libya Shield),
    for words only one group is named by."""
    found: dict[str, Hit | None] = {}
    if "the " not in folded.lower():
        return {}
    for m in scan(_DESCRIBED_GROUP_GATE, folded, gate):
        words = [w for w in m.group(1).split() if w not in _PLAIN_WORDS]
        if len(words) != 1:
            continue
        probe = Hit(m.start(), m.end(), "", "", "group", ActorKind.ARMED_GROUP)
        target = _name_after(folded, probe, actors, starts)
        if target is not None:
            key = _stem(words[0])
            found[key] = target if found.get(key, target) is target else None
    return {k: v for k, v in found.items() if v is not None}


def _stem(words: str) -> str:
    """ "Ex-rebels" and "ex-rebel" alike: lower case, a plural's "s" dropped."""
    word = words.lower().strip()
    return word[:-1] if word.endswith("s") else word


def _unnamed(hit: Hit) -> bool:
    if hit.actor_kind not in _DESCRIBED_KINDS:
        return False
    if hit.entry is not None:
        return hit.entry.generic  # a generic entry: "former rebels"
    return hit.source in _UNNAMED_SOURCES


def _name_after(folded: str, d: Hit, actors: Sequence[Hit], starts: Sequence[int]) -> Hit | None:
    cue = _NAMING_CUE.match(folded, d.end, min(len(folded), d.end + 60))
    if cue is None or (cue.group(1) is None and cue.group(2) is None):
        return None  # "armed group the X": no apposition
    k = bisect.bisect_left(starts, cue.end())
    if k == len(actors) or starts[k] != cue.end():
        return None
    target = actors[k]
    if target.actor_kind not in _NAMED_KINDS or _unnamed(target) or target.source == "pronoun":
        return None
    if cue.group(2) is None and not _APPOSITION_END.match(folded, target.end):
        return None
    return target


ALIAS_CUES = ("known as", "also known as", "better known as", "widely known as", "locally known as")
"""Words that give a second name to the actor named just before them ("the Special Deterrence
Force, known as Rada"). Lower case; extend freely."""
ALIAS_DESCRIPTION_WORDS = 3
"""At most this many words of a description between the name and its cue ("X, a militia leader
known as Y", "X, a powerful unit known as Y")."""
ALIAS_BARRIERS = frozenset({"of", "for", "with", "in", "at", "on", "to", "by", "from", "whose", "and", "or"})
"""Words a description before the cue may not hold: after them the cue names something else ("X,
the head of a force known as Y": the force is Y, not X)."""
_ALIAS_GAP = re.compile(
    r"(?<!\s)\s*+(?:\([A-Z][A-Za-z]{1,7}+\)\s*+)?+(?:,|\()\s*+(?:(an?|the)\s++((?:[a-z][a-z-]*+\s++){1,"
    + str(ALIAS_DESCRIPTION_WORDS)
    + r"}))?("
    + "|".join(c.replace(" ", r"\s++") for c in sorted(ALIAS_CUES, key=len, reverse=True))
    + r")\s++(?:the\s++)?+"
)
"""What joins a name to its alias: an optional acronym in brackets, a comma or an opening
bracket, an optional short description with its article, and the cue ("also known as"). It
starts where a name ends, never inside a run of spaces (a search from every space of a long run
would cost time that grows with the run's square)."""


def known_as_aliases(folded: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with a name an alias cue gives right after a named actor made a mention of that
    actor: "the Special Deterrence Force, known as Rada", "Bashir Khalaf Allah, a militia leader
    known as al-Bugra" (one actor, not two), here and wherever else the article uses it. The
    actor is the shortest named mention ending where the gap begins (the person, not "fighters
    loyal to" the person); where only the alias is known to the knowledge base, the name before
    it becomes the known actor's. Two different known actors stay apart. A bare description
    before the cue ("a militia known as the Kaniyat") names no one before it and is left to
    ``described_then_named``."""
    if "known" not in folded:
        return hits
    actors = [h for h in hits if h.actor_kind is not None and h.place is None]
    by_end: dict[int, Hit] = {}
    by_start: dict[int, Hit] = {}
    for h in actors:
        last = by_end.get(h.end)
        if last is None or h.start > last.start:
            by_end[h.end] = h
        first = by_start.get(h.start)
        if first is None or h.end > first.end:
            by_start[h.start] = h
    same: dict[str, Hit] = {}  # a key -> the actor its mentions name
    for end, told in by_end.items():
        named = told.master if told.master is not None and told.master.end == end else told
        m = _ALIAS_GAP.match(folded, end)
        if m is None or (m.group(2) and ALIAS_BARRIERS & set(m.group(2).split())):
            continue
        alias = by_start.get(m.end())
        if alias is None or alias.key == named.key or _UNNAMED_SOURCES & {alias.source, named.source}:
            continue
        if alias.entry is not None and named.entry is not None:
            continue  # two known actors: the knowledge base tells them apart
        if alias.entry is not None:
            same.setdefault(named.key, alias)
        else:
            same.setdefault(alias.key, named)
    if not same:
        return hits
    words = {normalize_alias(folded[h.start : h.end]): h for h in hits if h.key in same}
    out: list[Hit] = []
    for h in hits:
        if h.actor_kind is not None and h.place is None and h.entry is None and h.key not in same:
            again = words.get(normalize_alias(folded[h.start : h.end]))  # "Al-Bugra" again later
            h = h.standing_for(again) if again is not None else h
        out.append(h.standing_for(same[h.key]) if h.key in same and h.actor_kind is not None else h)
    return out
