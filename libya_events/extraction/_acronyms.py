"""Foreign bodies a text names by an acronym after a nationality ("the Turkish AFAD team", "Greek
ERT rescuers"): an organisation named by the acronym, its team a mention of it; the acronym
alone later in the text is the same body."""

from __future__ import annotations

import re

from libya_events.extraction._mentions import BODY_KINDS, Hit
from libya_events.extraction._spans import SpanIndex
from libya_events.model import ActorKind

__all__ = [
    "affiliated_force_hits",
    "foreign_acronym_hits",
    "named_team_hits",
    "short_name_hits",
    "spelled_out_names",
]

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


COMMON_NOUN_ACRONYMS = frozenset({"NGO", "INGO", "CSO", "IDP", "IDPS", "UAV", "MP", "MPS"})
"""Acronyms of a kind of thing, not of one body: after a nationality ("a British NGO", "a Turkish
UAV") they name no organisation. Extend with another such acronym (upper case)."""


def foreign_acronym_hits(folded: str, hits: list[Hit]) -> list[Hit]:
    """Organisation mentions for acronyms a nationality introduces and their later bare uses,
    where no named mention covers those words."""
    if not any(c.isupper() for c in folded):
        return []
    taken: SpanIndex[None] | None = None  # the named mentions, indexed at the first match
    out: list[Hit] = []
    covered: SpanIndex[None] = SpanIndex()  # the spans of ``out``
    seen: set[str] = set()
    for m in _FOREIGN_ACRONYM.finditer(folded):
        acronym = m.group(1)
        if acronym in COMMON_NOUN_ACRONYMS:
            continue
        if taken is None:
            taken = SpanIndex((h.start, h.end, None) for h in hits if h.actor_kind is not None and _named(h))
        if taken.overlaps(m.start(1), m.end(1)):
            continue
        seen.add(acronym)
        out.append(_hit(m.start(1), m.end(), acronym))
        covered.add(m.start(1), m.end(), None)
    named = taken if taken is not None else SpanIndex()  # indexed when an acronym was seen
    for acronym in seen:
        for later in re.finditer(rf"\b{acronym}\b", folded):
            if not named.overlaps(later.start(), later.end()) and not covered.overlaps(
                later.start(), later.start() + 1
            ):
                out.append(_hit(later.start(), later.end(), acronym))
                covered.add(later.start(), later.end(), None)
    return out


_NAMED_TEAM = re.compile(
    r"\b((?:UN|U\.N\.|EU|[A-Z][a-z]++)(?:\s++(?:and\s++|of\s++|for\s++)?+[A-Z][a-z]++){2,5}+)"
    r"(?:\s++\([A-Z]{2,8}+\))?+\s++team\b"
)
"""A team named by what it is for: "a UN Disaster Assessment and Coordination team", its
acronym perhaps given before "team" ("a UN Disaster Assessment and Coordination (UNDAC) team")."""


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


def _hit(start: int, end: int, acronym: str) -> Hit:
    return Hit(start, end, "acronym:" + acronym.lower(), acronym, "unit", ActorKind.ORGANIZATION)


_AFFILIATED = re.compile(
    r"(?<=[ \t])(affiliated|aligned|allied)[ \t]++(forces|troops|fighters|units|militias)\b"
)
"""The tail of a side named after whom it serves, written without a hyphen ("Haftar affiliated
forces", a United Nations report's usage); the name before it is read back word by word."""
_SIDE_WORD = re.compile(r"(?:[A-Z][\w'\u2019-]*+|of|the|al|el)\Z")
_ACRONYM_AFTER = re.compile(r"\(([A-Z][A-Za-z-]{1,8}+)\)")
SIDE_NAME_WORDS = 4
"""The most words a side's name before "affiliated forces" is read back over."""


def affiliated_force_hits(folded: str, hits: list[Hit]) -> tuple[list[Hit], set[int]]:
    """Armed groups named "<Side> affiliated forces" (no hyphen), with the acronym given after
    them in brackets and its later bare uses ("Haftar affiliated forces (HAF)" ... "HAF units"),
    and the ids of the mentions inside the name that give way (the side's own: "Haftar" there
    is no act of his)."""
    if "affiliated" not in folded and "aligned" not in folded and "allied" not in folded:
        return [], set()
    out: list[Hit] = []
    gone: set[int] = set()
    actors = SpanIndex((h.start, h.end, h) for h in hits if h.actor_kind is not None)
    named = NamedSpans(hits)
    by_span: dict[tuple[int, int], list[Hit]] = {}
    for h in hits:
        by_span.setdefault((h.start, h.end), []).append(h)
    spelled: set[tuple[str, str]] = set()  # (acronym, side) whose later uses are listed already
    for m in _AFFILIATED.finditer(folded):
        end = m.start()
        while end > 0 and folded[end - 1] in " \t":
            end -= 1
        start = _side_start(folded, end)
        if start is None:
            continue
        name = folded[start : m.end()]
        key = "group:" + name.lower()
        inside = [h for h in actors.overlapping(start, end) if start <= h.start and h.end <= end]
        gone.update(id(h) for h in inside)
        out.append(Hit(start, m.end(), key, name, "unit", ActorKind.ARMED_GROUP))
        after = m.end()
        while folded[after : after + 1] in (" ", "\t"):
            after += 1
        short = _ACRONYM_AFTER.match(folded, after)
        if short is not None:
            acronym, first = short.group(1), short.start(1)
            if (acronym, key) in spelled:  # given again: the first pass listed every later use
                uses = [Hit(first, first + len(acronym), key, name, "unit", ActorKind.ARMED_GROUP)]
            else:
                spelled.add((acronym, key))
                uses = _acronym_uses(folded, named, acronym, first, key, name)
            for u in uses:  # the text's own acronym, not another body's
                gone.update(id(h) for h in by_span.get((u.start, u.end), ()))
            out.extend(uses)
    return out, gone


def _side_start(folded: str, end: int) -> int | None:
    """Where the capitalised name ending at ``end`` starts (None when no capitalised word ends there)."""
    start: int | None = None
    pos = end
    for _ in range(SIDE_NAME_WORDS):
        cut = folded.rfind(" ", 0, pos)
        word = folded[cut + 1 : pos]
        if not word or _SIDE_WORD.match(word) is None:
            break
        if word[0].isupper():
            start = cut + 1
        pos = cut
        if cut < 0:
            break
    return start


class NamedSpans:
    """The spans of an article's named mentions (no collectives, groups or roles), for
    :func:`_acronym_uses`: exact spans in a set, overlaps through a :class:`SpanIndex`."""

    def __init__(self, hits: list[Hit]) -> None:
        spans = [(h.start, h.end) for h in hits if h.actor_kind is not None and _named(h)]
        self.exact = set(spans)
        self.index = SpanIndex((a, b, None) for a, b in spans)


def _acronym_uses(folded: str, named: NamedSpans, acronym: str, first: int, key: str, name: str) -> list[Hit]:
    """Mentions of the side's acronym: its bracketed introduction and each later use that no
    longer named mention covers (a body the knowledge base knows by the same letters gives
    way: the text says what they stand for here)."""
    out = [Hit(first, first + len(acronym), key, name, "unit", ActorKind.ARMED_GROUP)]
    for later in re.compile(rf"\b{re.escape(acronym)}\b").finditer(folded, first + len(acronym)):
        a, b = later.start(), later.end()
        if (a, b) in named.exact or not named.index.overlaps(
            a, b
        ):  # the bare acronym, or inside no longer name
            out.append(Hit(a, b, key, name, "unit", ActorKind.ARMED_GROUP))
    return out


SHORT_HEADS = frozenset(
    {"Panel", "Mission", "Commission", "Committee", "Council", "Court", "Tribunal", "Agency", "Authority"}
)
"""Capitalised heads a body's name ends or turns on that a text then uses alone ("the Panel of
Experts on Libya ... the Panel identified")."""
_SHORT_NAME = re.compile(
    r"\b[Tt]he[ \t]++(" + "|".join(sorted(SHORT_HEADS)) + r")\b(?![ \t]++(?:[A-Z]|of\b|for\b|on\b))"
)


def short_name_hits(folded: str, hits: list[Hit]) -> list[Hit]:
    """Mentions of a body by its capitalised head alone ("the Panel", "the Commission"), each
    the body named earlier with that word in its name, when only one body so named came before."""
    if not any(head in folded for head in SHORT_HEADS):
        return []
    bodies = sorted(
        (h for h in hits if h.actor_kind in BODY_KINDS and h.source != "pronoun"), key=lambda h: h.start
    )
    # bodies enter, in the order they end, the tally of each short head their names hold: the
    # first body's key, whether another key came too, and the latest body (by start) so far
    order = sorted(range(len(bodies)), key=lambda i: bodies[i].end)
    tally: dict[str, tuple[str, bool, int]] = {}
    told = 0
    taken = SpanIndex((h.start, h.end, None) for h in hits)
    out: list[Hit] = []
    for m in _SHORT_NAME.finditer(folded):
        head = m.group(1)
        while told < len(order) and bodies[order[told]].end <= m.start():
            i = order[told]
            told += 1
            words = _name_words(bodies[i])
            for w in SHORT_HEADS & words:
                key, mixed, latest = tally.get(w, (bodies[i].key, False, i))
                tally[w] = (key, mixed or bodies[i].key != key, max(latest, i))
        if taken.overlaps(m.start(1), m.end(1)):
            continue
        if head not in tally or tally[head][1]:
            continue  # no body so named before, or two
        body = bodies[tally[head][2]]
        if body.entry is not None:
            out.append(Hit.of_entry(m.start(1), m.end(1), body.entry, body.source))
        else:
            out.append(Hit(m.start(1), m.end(1), body.key, body.name, body.source, body.actor_kind))
    return out


def _name_words(hit: Hit) -> set[str]:
    names = [hit.name, *(hit.entry.aliases if hit.entry is not None else ())]
    return {w for n in names for w in n.split()}


_KNOWN_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}+")
_BEFORE_PARENTHESIS = re.compile(r"\(\s*+\Z")
SPELLED_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT, ActorKind.ORGANIZATION})
"""Kinds of body a name spelled out before its acronym may be."""
SPELLING_SOURCES = frozenset({"unit", "ner"})
"""Sources of names found by their form (a capitalised unit name, the recogniser's), which the
knowledge base may know under the acronym that follows them."""


def spelled_out_names(folded: str, hits: list[Hit]) -> list[Hit]:
    """ "the US military's Africa Command (AFRICOM) said": a name found by its form right before
    a known body's acronym in parentheses spells that acronym out, so it is a mention of the
    known body, not a second actor beside it. The hits, with such names rewritten."""
    if "(" not in folded:
        return hits
    known = {
        h.start: h
        for h in hits
        if h.entry is not None
        and h.actor_kind in SPELLED_KINDS
        and _KNOWN_ACRONYM.fullmatch(folded, h.start, h.end)
        and _BEFORE_PARENTHESIS.search(folded, max(0, h.start - 4), h.start)
    }
    if not known:
        return hits
    out: list[Hit] = []
    for h in hits:
        if h.entry is None and h.source in SPELLING_SOURCES and h.actor_kind in SPELLED_KINDS:
            gap = _OPENING.match(folded, h.end)
            body = known.get(gap.end()) if gap is not None else None
            if body is not None:
                h = h.standing_for(body)
        out.append(h)
    return out


_OPENING = re.compile(r"(?<![ \t])[ \t]*+\([ \t]*+")
