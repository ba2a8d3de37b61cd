"""Named sites the gazetteer lacks: checkpoints, camps, hotels, roads, bridges, hospitals.

News names many small sites by a proper name and a facility noun ("the Heera checkpoint",
"Camp Tekbali", "the Corinthia hotel", "Bridge 17", "the University of Sirte"). No
gazetteer lists them all, but the text places them: a site named after a town the
gazetteer knows ("the Dafniya checkpoint") lies at that town; otherwise it lies in the
town the text places it in ("Bridge 9 in west Tripoli", "the Nour camp, 20km south of the
centre in Tajoura"), else the latest town named before it in its own sentence, else the
latest one named before it when that lies near the town the article has named most so far,
else that town, else the first one after. A town named in passing in another region ("the
government in Tripoli" in a story about Sirte) does not pull a site hundreds of km from
the towns the article is about. Each such site becomes a
place of kind ``site`` with an honest uncertainty: the nearer the tie, the smaller.

The facility nouns are a table (:data:`FACILITIES`), so a maintainer extends them by rows.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from libya_events.extraction._lexicon import COMMON_CAPITALISED
from libya_events.extraction._mentions import Hit, words_of
from libya_events.extraction._spans import SpanIndex
from libya_events.gazetteer import Gazetteer, Place
from libya_events.gazetteer._names import normalize_name
from libya_events.model import ActorKind, LocationKind
from libya_events.text._gate import FirstWords, WordGate, search_ending

__all__ = [
    "FACILITIES",
    "anchor_sites",
    "known_quarter",
    "part_hits",
    "site_hits",
    "sites_that_speak",
    "without_region_buildings",
    "without_street_towns",
]

FACILITIES: dict[str, str] = {
    "checkpoint": "checkpoint",
    "camp": "military_base",
    "barracks": "military_base",
    "academy": "building",
    "hotel": "hotel",
    "road": "road",
    "street": "road",
    "highway": "road",
    "roundabout": "road",
    "bridge": "bridge",
    "square": "square",
    "hospital": "hospital",
    "clinic": "hospital",
    "university": "building",
    "prison": "prison",
    "jail": "prison",
    "mosque": "building",
    "market": "building",
    "stadium": "building",
    "palace": "building",
    "compound": "compound",
    "centre": "building",  # "the Tariq al-Sikka centre", "the al-Nasr detention centre"
    "center": "building",
}
"""Facility noun → the gazetteer feature of a site it names."""

DISTRICT_NOUNS: frozenset[str] = frozenset(
    {"district", "neighbourhood", "neighborhood", "quarter", "suburb", "area"}
)
"""Nouns of a named part of a town ("the Maghar district", "the city's Salmani district", "the
Gadervi area"). A part the gazetteer lacks is a place of kind ``city`` (the gold sets' kind for a
district) at the town of its context; a part named after a place the gazetteer knows ("the Abu
Salim district", "the Tripoli area") is that place, so it adds nothing here."""
DISTRICT_FEATURE = "neighbourhood"

MIDDLE_NOUNS = frozenset({"centre", "center"})
"""Facility nouns that also mean a town's middle: after a town's name ("the Tajoura centre")
they name a site only with a qualifier ("the Qasr bin Ghashir detention centre")."""
STREET_NOUNS = frozenset({"street"})
"""Facility nouns of a town's own streets: one named after another town ("Tripoli Street" in
Misrata) is named for where it leads, so it lies in the town of its context."""
STREET_SOURCE = "text: the town of its context, not the town it is named after"
"""The provenance of a street placed in another town than the one it is named after."""

#: Lower-case words that may stand between a name and its facility noun ("Naqliya military camp").
QUALIFIERS = frozenset({"military", "army", "air", "naval", "police", "detention", "refugee", "migrant"})

#: How far (km) a site may lie from the town it is placed at: the point's uncertainty.
IN_NAMED_TOWN_KM = 5.0
IN_CONTEXT_TOWN_KM = 15.0
IN_ARTICLE_TOWN_KM = 25.0
"""A site placed at the town the article has named most, not one of its own sentence."""
#: How near (km) the town named last must lie to the town named most to stand for a site's context.
CLUSTER_KM = 50.0

SITE_ID_PREFIX = "text:site:"
"""The id prefix of a site the gazetteer lacks, placed at a town (of its context, or named with it)
rather than at a point of its own."""
#: The provenance of a site placed at a town of its context, which :func:`anchor_sites` may revise.
CONTEXT_SOURCE = "text: the town of its context"

_LINKED = re.compile(
    r"\A(?:\s*,)?(?:[^.;:!?\"\u201c\u201d\n]{0,60}?\s)?(?:in|near|outside|at|of|around)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)[a-z-]*\s+)?",
)
"""What may stand between a site and the town it is said to lie in: "Bridge 9 in west
Tripoli", "the Nour camp, 20km south of the centre in Tajoura"."""
_NOT_LINKED = re.compile(r"\b(?:and|but|or|said|says|told|from|to|towards?|while|after|before)\b")
"""Words that open another clause or a movement's end: the town after them is not the site's."""
_RELATIVE_END = re.compile(
    r"(?:(?<!the\s)\b(?:north|south|east|west)[a-z-]*|km|kilometres?|kilometers?|miles?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A link that ends in a direction or a distance: the site lies some way from the town
("south of", "20km west of"); "in the south of" is in it."""
#: How many towns after a site, and how far (characters), may name the town it lies in.
LINK_TOWNS = 3
LINK_REACH = 90
_SENTENCE_END = re.compile(r"[.!?]\s|\n")

_NOUNS = "|".join(sorted((*FACILITIES, *DISTRICT_NOUNS), key=len, reverse=True))
_NAME_WORD = r"(?:(?:(?:al|el|Al|El)[-\s])?[A-Z][\w'\u2019-]*|(?:bin|ben|ibn)(?=\s+[A-Z]))"
"""A word of a site's name: capitalised (after an "al-"), or the "bin" inside one ("Qasr bin Ghashir")."""
_NOUN = re.compile(rf"\b(?:{_NOUNS})\b(?!-)")
"""A facility noun in the lower-cased text: where a site's name may end."""
_NAMED_BEFORE = re.compile(
    rf"\b((?:{_NAME_WORD}\s+){{1,4}})((?:(?:{'|'.join(sorted(QUALIFIERS))})\s+)?)((?i:{_NOUNS}))$"
)
"""A proper name then a facility noun, ending where the noun does: "the Heera checkpoint"."""
#: How far before its noun a site's name may start (characters).
NAME_REACH = 120
_NAMED_AFTER = re.compile(
    rf"\b(Camp|Bridge|University\s+of)\s+((?:{_NAME_WORD}|\d{{1,3}})(?:\s+{_NAME_WORD}){{0,2}})",
)
"""A facility noun then its name: "Camp Tekbali", "Bridge 17", "University of Sirte"."""
_NAMED_AFTER_WORDS = ("Camp", "Bridge", "University")  # one of them is in every _NAMED_AFTER match
STREET_WORDS = frozenset({"shara", "sharaa", "shari", "sharia"})
"""Arabic words for "street" before a street's name with its article ("Shara al-Shatt", the
seafront road): a street (:data:`FACILITIES`' "street") at the town of its context."""
_STREET_FIRST = re.compile(
    rf"\b({'|'.join(sorted((w.capitalize() for w in STREET_WORDS), key=len, reverse=True))})\s+"
    r"((?:al|Al|el|El)-[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)"
)
_STREET_WORD_FIRST = FirstWords(_STREET_FIRST, STREET_WORDS)
_NOUN_FIRST = FirstWords(_NOUN, frozenset(FACILITIES) | DISTRICT_NOUNS)
_NAMED_AFTER_FIRST = FirstWords(_NAMED_AFTER, frozenset(w.lower() for w in _NAMED_AFTER_WORDS))
_CAPITAL_START = re.compile(r"(?:(?:al|el)[-\s])?[A-Z\d]")
_TOWNS = ("populated_place", "capital", "district", "neighbourhood")


def site_hits(
    folded: str, hits: Sequence[Hit], gazetteer: Gazetteer, gate: WordGate | None = None
) -> list[Hit]:
    """Sites named in ``folded`` that no hit covers, each placed at its town.

    ``gate`` holds the words of ``folded``, when the caller has them."""
    if gate is not None and gate.ascii:
        if not any(map(gate.has_any, (FACILITIES, DISTRICT_NOUNS, STREET_WORDS))):  # every site
            return []  # phrase holds a facility, district or street word as a word
    elif not any(map(folded.lower().__contains__, (*FACILITIES, *DISTRICT_NOUNS, *STREET_WORDS))):
        return []
    if gate is None:
        gate = WordGate(folded, words_of(folded))
    towns = _Towns(hits)
    index: SpanIndex[Hit] = SpanIndex((h.start, h.end, h) for h in hits)
    out: list[Hit] = []
    for start, end, name_end, noun in _candidates(folded, gate):
        near = index.overlapping(start, end)
        if _overlaps_actor_or_site(near, start, end):
            continue
        inner = [h for h in near if h.place is not None and start <= h.start and h.end <= name_end]
        lookup = gazetteer if name_end > start else None
        hit = _site(folded, noun, (start, end), inner, towns, lookup)
        if hit is not None:
            out.append(hit)
            index.add(hit.start, hit.end, hit)
    return out


class _Towns:
    """The article's Libyan towns by position, and which one a site at an offset lies in."""

    def __init__(self, hits: Sequence[Hit]) -> None:
        libyan = sorted(
            (h for h in hits if _is_town(h.place) and h.place is not None and h.place.country_code == "LY"),
            key=lambda h: h.start,
        )
        self._starts = [h.start for h in libyan]
        self._ends = [h.end for h in libyan]
        self._places = [h.place for h in libyan if h.place is not None]

    def around(self, folded: str, start: int, end: int) -> tuple[Place | None, float]:
        """The town a site at ``start:end`` lies in, and how far from its point it may be (km)."""
        if not self._places:
            return None, 0.0
        linked = self._linked_after(folded, end)
        if linked is not None:
            return linked, max(linked.extent_km, IN_NAMED_TOWN_KM)
        k = bisect.bisect_left(self._starts, start)
        if not k:
            return self._places[0], IN_CONTEXT_TOWN_KM
        latest, most = self._places[k - 1], self._most_named(k)
        if _SENTENCE_END.search(folded, self._ends[k - 1], start) is None:
            return latest, IN_CONTEXT_TOWN_KM
        if latest.distance_km(most.lat, most.lon) <= CLUSTER_KM:
            return latest, IN_CONTEXT_TOWN_KM
        return most, IN_ARTICLE_TOWN_KM

    def _linked_after(self, folded: str, end: int) -> Place | None:
        """The town the words right after a site say it lies in; a town it lies some
        way from ("20km south of the city") is passed over for one after it."""
        k = bisect.bisect_left(self._starts, end)
        for j in range(k, min(k + LINK_TOWNS, len(self._places))):
            between = folded[end : self._starts[j]]
            if len(between) > LINK_REACH:
                break
            if _linked(between) and _RELATIVE_END.search(between) is None:
                return self._places[j]
        return None

    def _most_named(self, k: int) -> Place:
        """Of the first ``k`` towns named, the one named most (the latest of those tied)."""
        counts: dict[str, int] = {}
        for place in self._places[:k]:
            counts[place.id] = counts.get(place.id, 0) + 1
        top = max(counts.values())
        return next(p for p in reversed(self._places[:k]) if counts[p.id] == top)


def _linked(between: str) -> bool:
    """Whether the text between a site and a town says the site lies in that town."""
    return _LINKED.fullmatch(between) is not None and _NOT_LINKED.search(between) is None


def anchor_sites(folded: str, hits: Sequence[Hit]) -> None:
    """Place again, among all the article's places, each site placed by its context: a town
    found after the sites were (a variant spelling, a fuzzy match) may be the one it lies in."""
    sites = [
        h for h in hits if h.source == "site" and h.place is not None and h.place.source == CONTEXT_SOURCE
    ]
    if not sites:
        return
    towns = _Towns(hits)
    for h in sites:
        town, extent = towns.around(folded, h.start, h.end)
        if town is not None and h.place is not None:
            h.place = _placed(h.place.name, h.place.feature, town, extent, CONTEXT_SOURCE, h.place.kind)


def _candidates(folded: str, gate: WordGate) -> list[tuple[int, int, int, str]]:
    """(start, end, end of the name part, facility noun) of each site-like phrase."""
    found: list[tuple[int, int, int, str]] = []
    lower = folded.lower()
    if len(lower) != len(folded):  # a letter whose lower case is longer: offsets would shift
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    for noun_at in gate.finditer(_NOUN_FIRST, on=lower):
        if not _after_a_name(folded, noun_at.start()):
            continue
        lo = max(0, noun_at.start() - NAME_REACH)
        lo = folded.rfind(" ", 0, lo) + 1 if lo else 0
        m = _NAMED_BEFORE.search(folded, lo, noun_at.end())
        if m is None:
            continue
        start, name_end = _trim_name(folded, m.start(1), m.end(1))
        noun = m.group(3).lower()
        possessive = re.search(r"['\u2019]s\s+$", m.group(1)) is not None
        if start is not None and _is_singular(folded, m.end(3)) and not possessive:
            found.append((start, m.end(), name_end, noun))
    for m in gate.finditer(_NAMED_AFTER_FIRST) if any(map(folded.__contains__, _NAMED_AFTER_WORDS)) else ():
        noun = m.group(1).split()[0].lower()
        # "Camp X" is named for a person, not a town; "University of X" for its town
        found.append((m.start(), m.end(), m.end() if noun == "university" else m.start(), noun))
    if gate.has_any(STREET_WORDS):
        for m in gate.finditer(_STREET_WORD_FIRST):
            found.append((m.start(), m.end(), m.start(), "street"))  # named for no town
    return found


def _after_a_name(folded: str, noun_start: int) -> bool:
    """Whether the word before the noun is capitalised, a number or a qualifier ("military")."""
    before = folded[max(0, noun_start - 40) : noun_start].split()
    if not before:
        return False
    word = before[-1]
    return _CAPITAL_START.match(word) is not None or word.lower() in QUALIFIERS


def _trim_name(folded: str, start: int, end: int) -> tuple[int | None, int]:
    """Drop leading common words ("The", "Saturday") from a name; None when nothing is left."""
    words = folded[start:end].split()
    pos = start
    while words and not _starts_name(words):
        pos = folded.index(words[0], pos) + len(words[0])
        words = words[1:]
    if not words:
        return None, end
    first = folded.index(words[0], pos)
    return first, start + len(folded[start:end].rstrip())


def _starts_name(words: Sequence[str]) -> bool:
    first = words[0]
    if first.lower() in ("al", "el") and len(words) > 1:
        return _CAPITAL_START.match(words[1]) is not None
    return first.lower() not in COMMON_CAPITALISED and _CAPITAL_START.match(first) is not None


ROUTE_NOUNS = frozenset({"road", "street", "highway", "roundabout", "bridge", "checkpoint"})
"""Facility nouns of a way through a region ("the Fezzan road", "the Jufra checkpoint"): such a
site lies in the region it is named after, so the region's name keeps its place."""
_FACILITY_AFTER = re.compile(r"(?<![ \t])[ \t]++([A-Za-z]++)")  # enters a run of blanks only where it starts


def without_region_buildings(folded: str, hits: Sequence[Hit]) -> list[Hit]:
    """``hits`` without a region's name that opens a building's name ("the Tibesti Hotel" in
    Benghazi, "the Fezzan hospital" in Sabha): a hotel or hospital named after a region stands
    in some town, not at the region's representative point hundreds of km away, so the phrase
    is left to :func:`site_hits`, which places it at the town of its context. Ways through the
    region (:data:`ROUTE_NOUNS`) keep the region."""
    out: list[Hit] = []
    for h in hits:
        if h.place is not None and h.place.kind is LocationKind.REGION and not h.is_actor:
            m = _FACILITY_AFTER.match(folded, h.end)
            noun = m.group(1).lower() if m is not None else ""
            if (
                m is not None
                and noun in FACILITIES
                and noun not in ROUTE_NOUNS
                and _is_singular(folded, m.end(1))
            ):
                continue
        out.append(h)
    return out


def _is_singular(folded: str, noun_end: int) -> bool:
    """ "checkpoints" is no one site; the noun must end the word."""
    return not folded[noun_end : noun_end + 1].isalpha()


def _overlaps_actor_or_site(near: Sequence[Hit], start: int, end: int) -> bool:
    """Whether an actor, a non-town place or a longer mention meets the phrase."""
    for h in near:
        if h.start < end and start < h.end:
            if h.is_actor or (h.place is not None and h.place.kind is not LocationKind.CITY):
                return True
            if h.start < start or h.end > end:
                return True
    return False


def _site(
    folded: str,
    noun: str,
    span: tuple[int, int],
    inner: Sequence[Hit],
    towns: _Towns,
    gazetteer: Gazetteer | None,
) -> Hit | None:
    """A site hit at the town it is named after, else at the town of its context; a district
    (:data:`DISTRICT_NOUNS`) the gazetteer lacks at the town of its context."""
    start, end = span
    name = re.sub(r"\s+", " ", folded[start:end]).strip()
    if noun in DISTRICT_NOUNS:
        return _district(folded, name, span, inner, towns, gazetteer)
    if _in_a_longer_name(folded, start) or _INDEFINITE_BEFORE.search(folded, max(0, start - 4), start):
        return None  # "a Tripoli prison", "a Tebu checkpoint": a description, no named site
    town, extent = _named_town(name, noun, inner, gazetteer)
    longer = _town_inside_longer_name(folded, start, inner)
    if longer:
        town = None  # "the Shara Zawiya centre" in Tripoli: a street's name, not the town's
    if town is not None and noun in MIDDLE_NOUNS and not QUALIFIERS.intersection(name.lower().split()):
        return None  # "the Tajoura centre": the town's middle, or a site the text names no better
    source = "text"
    if town is not None and noun in STREET_NOUNS:
        around = towns.around(folded, start, end)
        if around[0] is not None and around[0].id != town.id:  # "Tripoli Street" in Misrata
            (town, extent), source = around, STREET_SOURCE
    if town is None:
        (town, extent), source = towns.around(folded, start, end), CONTEXT_SOURCE
    if town is None:
        return None
    if longer and not any(h.place is not None and h.place.id == town.id for h in inner):
        source = STREET_SOURCE  # the town inside the name is no mention of that town
    place = _placed(name, FACILITIES[noun], town, extent, source)
    return Hit(start, end, place.id, place.name, "site", place=place)


NOT_NAME_WORDS = frozenset(
    {"al", "el", "the", "new", "old", "great", "greater", "central", "north", "south", "east", "west"}
    | {"northern", "southern", "eastern", "western"}
)
"""Capitalised words before a town's name in a site's name that still leave the site named after
the town ("the New Zawiya hospital", "the Central Sirte checkpoint")."""


def _town_inside_longer_name(folded: str, start: int, inner: Sequence[Hit]) -> bool:
    """Whether the first town inside a site's name starting at ``start`` follows right after
    another capitalised name word ("the Shara Zawiya centre", Zawiya Street in Tripoli; "the Bab
    Ben Ghashir checkpoint"; not "the University of Gharyan"): a longer proper name (a street's,
    a gate's), so the site is not named after that town and the town's name inside it is no
    mention of the town.
    Words of :data:`NOT_NAME_WORDS` and common capitalised words do not make a longer name."""
    first = next((h for h in sorted(inner, key=lambda h: h.start) if _is_town(h.place)), None)
    if first is None:
        return False
    words = folded[start : first.start].split()
    if not words:
        return False
    w = words[-1]  # the word right before the town: "the University of Gharyan" is Gharyan's
    return w[:1].isupper() and w.lower() not in NOT_NAME_WORDS and w.lower() not in COMMON_CAPITALISED


_LONGER_NAME_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*+\s++(?:and|of|&)\s++\Z")
"""A capitalised word and "and" / "of" right before a site's name: the words belong to a longer
name ("the Emergency Medicine and Support Center" is a body's name, not a "Support Center")."""


def _in_a_longer_name(folded: str, start: int) -> bool:
    return _LONGER_NAME_BEFORE.search(folded, max(0, start - 40), start) is not None


def _district(
    folded: str,
    name: str,
    span: tuple[int, int],
    inner: Sequence[Hit],
    towns: _Towns,
    gazetteer: Gazetteer | None,
) -> Hit | None:
    """A part of a town named by a name the gazetteer lacks, at the town of its context."""
    if inner or gazetteer is None:  # a known place's part is that place
        return None
    if not _definite(folded, span[0]) and not name.split()[-1][:1].isupper():
        return None  # "a Tebu area" is no one named place; "the city's Third District" is
    words = name.split()[:-1]
    if gazetteer.lookup(" ".join(words)) or any(map(_PAIRED_NAMES.fullmatch, words)):
        return None  # "the Sirte-Jufra area" is the land of two places, no third place
    town, extent = towns.around(folded, *span)
    if town is None:
        return None
    place = _placed(name, DISTRICT_FEATURE, town, extent, CONTEXT_SOURCE, LocationKind.CITY)
    return Hit(span[0], span[1], place.id, place.name, "site", place=place)


_PAIRED_NAMES = re.compile(
    r"(?<![\w'\u2019-])(?!(?:al|el|Al|El)-)[A-Z][\w'\u2019]*+(?:-(?!(?:al|el)-)[A-Z][\w'\u2019]*+)++"
)
"""Two capitalised names joined by a hyphen ("Sirte-Jufra"; not a name after its "Al-"
article): a pair of places, so a district noun after it names no part of one town."""
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+\Z")
"""An indefinite article right before a site's words: a description ("a Tripoli prison")."""
_DEFINITE_BEFORE = re.compile(r"(?:\bthe|['\u2019]s)\s+\Z", re.IGNORECASE)
"""What stands right before a named district: "the", or a town's possessive ("the city's")."""


def _definite(folded: str, start: int) -> bool:
    """Whether the name starting at ``start`` follows "the" or a possessive."""
    return _DEFINITE_BEFORE.search(folded, max(0, start - 12), start) is not None


def without_street_towns(hits: list[Hit]) -> list[Hit]:
    """``hits`` without the town inside a street named after it but placed elsewhere
    ("Tripoli Street" in Misrata names no Tripoli)."""
    streets = [
        h for h in hits if h.source == "site" and h.place is not None and h.place.source == STREET_SOURCE
    ]
    if not streets:
        return hits
    inside = {
        id(h)
        for h in hits
        if h.place is not None
        and not h.is_actor
        and any(s.start <= h.start and h.end < s.end and h is not s for s in streets)
    }
    return [h for h in hits if id(h) not in inside] if inside else hits


def _placed(
    name: str, feature: str, town: Place, extent: float, source: str, kind: LocationKind = LocationKind.SITE
) -> Place:
    """A site (or a town's district) ``name`` at ``town``'s point, within ``extent`` km of it."""
    return Place(
        SITE_ID_PREFIX + normalize_name(name).replace(" ", "-"),
        name,
        kind,
        feature,
        town.lat,
        town.lon,
        country_code=town.country_code,
        extent_km=extent,
        source=source,
    )


def _named_town(
    name: str, noun: str, inner: Sequence[Hit], gazetteer: Gazetteer | None
) -> tuple[Place | None, float]:
    """The town a site is named after, from a mention inside it or the gazetteer."""
    for h in inner:
        if _is_town(h.place):
            return h.place, IN_NAMED_TOWN_KM
    words = [w for w in name.split() if w.lower() not in FACILITIES and w.lower() not in QUALIFIERS]
    words = [w for w in words if w.lower() not in ("of", "the")]
    if not words or gazetteer is None:
        return None, 0.0
    found = [
        p for p in gazetteer.lookup(" ".join(words)) if p.country_code == "LY" and p.kind is LocationKind.CITY
    ]
    return (found[0], IN_NAMED_TOWN_KM) if found else (None, 0.0)


def _is_town(place: Place | None) -> bool:
    return place is not None and place.kind is LocationKind.CITY and place.feature in _TOWNS


_PART_BEFORE = re.compile(
    r"\b((?:north|south)?-?(?:east|west)(?:ern)?|(?:north|south)(?:ern)?|central)(?:[ \t]++\n?|\n)[ \t]*+\Z",
    re.IGNORECASE,
)
"""A direction right before a town's name: "west Tripoli", "southern Benghazi" (not across a
blank line: a headline's last word before a dateline)."""
_DIRECTION_ENDS = ("east", "west", "ern", "north", "south", "central")
"""How every match of :data:`_PART_BEFORE` ends before its spaces ("southern" as "ern")."""
_DISTANCE_BEFORE = re.compile(r"(?:\d|\b)(?:km|kilometres?|kilometers?|miles?)\s*$", re.IGNORECASE)
CENTRE_WORDS = frozenset({"central"})
"""A town's centre is a mention of the town ("central Tripoli"), not a part of it as "west
Tripoli" is (the gold sets list the first as the town, the second apart)."""
#: The radius (km) of a part of a town around the town's point.
PART_OF_TOWN_KM = 8.0
PARTS_AFTER_TOWN = (
    "suburb",
    "suburbs",
    "district",
    "districts",
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "quarter",
    "quarters",
    "outskirts",
)
"""Nouns of a town's parts set after its name as a modifier ("the southern Tripoli suburbs of Ain
Zara", "the eastern Benghazi districts"): the direction before the town qualifies the noun (the
southern suburbs of Tripoli), so the town's name is a mention of the town itself, not of a part of
it as "southern Tripoli" alone is. A maintainer extends the tuple by rows."""
_PART_NOUN_AFTER = re.compile(r"(?<![ \t])[ \t]++(?:" + "|".join(PARTS_AFTER_TOWN) + r")\b", re.IGNORECASE)


def _modifies_part_noun(folded: str, end: int) -> bool:
    """Whether the town name ending at ``end`` modifies a part noun set right after it
    ("Tripoli suburbs", "Benghazi districts")."""
    return _PART_NOUN_AFTER.match(folded, end) is not None


OLD_QUARTER_NOUNS = ("old city", "old town", "medina")
"""A town's old quarter, named with the town ("the old city of Derna", "Derna's old city"): a part
of the town (the gold sets list it apart); a bare "the old city" is the town named before."""
_OLD_QUARTER_OF = re.compile(r"\bthe\s+(old\s+city|old\s+town|medina)\s+of\s+\Z", re.IGNORECASE)
_OLD_QUARTER_AFTER = re.compile(r"['\u2019]s\s+(old\s+city|old\s+town|medina)\b", re.IGNORECASE)
_OLD_QUARTER_NAMES = ("Old City of {}", "Old City {}", "Old Town of {}", "Medina of {}")


def _old_quarters(
    folded: str, hits: Sequence[Hit], gazetteer: Gazetteer | None
) -> tuple[list[Hit], list[Hit]]:
    """Old quarters named with their town: new hits (the gazetteer's quarter where it has one,
    else a part at the town's point) and the town hits they replace."""
    out: list[Hit] = []
    replaced: list[Hit] = []
    for h in hits:
        place = h.place
        if place is None or h.is_actor or not _is_town(place):
            continue
        m = _OLD_QUARTER_OF.search(folded, max(0, h.start - 24), h.start)
        if m is not None:
            start, end = m.start(), h.end  # "the old city of Derna"
        else:
            m = _OLD_QUARTER_AFTER.match(folded, h.end)
            if m is None:
                continue
            start, end = h.start, m.end()  # "Derna's old city"
        quarter = known_quarter(place, gazetteer)
        if quarter is None:
            noun = " ".join(m.group(1).lower().split())
            quarter = Place(
                f"text:part:{noun.replace(' ', '-')}:{place.id}",
                f"{noun} of {place.name}",
                LocationKind.CITY,
                "district",
                place.lat,
                place.lon,
                country_code=place.country_code,
                extent_km=IN_NAMED_TOWN_KM,
                source="text",
            )
        replaced.append(h)
        out.append(Hit(start, end, quarter.id, quarter.name, "site", place=quarter))
    return out, replaced


def known_quarter(town: Place, gazetteer: Gazetteer | None) -> Place | None:
    """The gazetteer's old quarter of ``town`` ("Old City of Tripoli"), near the town."""
    if gazetteer is None:
        return None
    for pattern in _OLD_QUARTER_NAMES:
        found = [
            p for p in gazetteer.lookup(pattern.format(town.name)) if p.country_code == town.country_code
        ]
        if found and found[0].distance_km(town.lat, town.lon) < 15.0:
            return found[0]
    return None


def part_hits(
    folded: str, hits: Sequence[Hit], gazetteer: Gazetteer | None = None
) -> tuple[list[Hit], list[Hit]]:
    """Parts of a town named by a direction ("west Tripoli") or as its old quarter ("the old
    city of Derna"): new hits and the town hits they replace."""
    out: list[Hit] = []
    replaced: list[Hit] = []
    if "old" in folded or "edina" in folded:
        out, replaced = _old_quarters(folded, hits, gazetteer)
    quartered = {id(h) for h in replaced}
    index: SpanIndex[Hit] | None = None  # built at the first direction found: most texts have none
    for h in hits:
        place = h.place
        if place is None or h.is_actor or not _is_town(place) or id(h) in quartered:
            continue
        m = search_ending(_PART_BEFORE, folded, max(0, h.start - 24), h.start, _DIRECTION_ENDS)
        if m is None or (m.start() > 0 and folded[m.start() - 1] == "-"):
            continue
        if index is None:
            index = SpanIndex((o.start, o.end, o) for o in hits)
        if index.overlaps(m.start(), h.start):
            continue
        if _DISTANCE_BEFORE.search(folded, max(0, m.start() - 24), m.start()):
            continue  # "20 km west Tripoli" is a relative location
        if _modifies_part_noun(folded, h.end):
            continue  # "the southern Tripoli suburbs": the town's southern suburbs, the town
        replaced.append(h)
        if m.group(1).lower() in CENTRE_WORDS:  # "central Tripoli" is the town itself
            out.append(Hit(m.start(), h.end, place.id, place.name, "site", place=place))
            continue
        name = f"{m.group(1)} {place.name}"
        part = Place(
            f"text:part:{m.group(1).lower()}:{place.id}",
            name,
            LocationKind.CITY,
            "district",
            place.lat,
            place.lon,
            country_code=place.country_code,
            extent_km=max(place.extent_km, PART_OF_TOWN_KM),
            source="text",
        )
        out.append(Hit(m.start(), h.end, part.id, name, "site", place=part))
    return out, replaced


SPEAKING_FACILITIES = frozenset({"university", "hospital", "clinic", "academy"})
"""Facility nouns of an institution that speaks for its staff ("the University of Tripoli said
classes were suspended", "Al-Jala Hospital said it had received 12 wounded"): the named site
is then a body too, an actor as well as a place."""

SITE_PLACING_WORDS = frozenset({"in", "at", "from", "to", "near", "of", "inside", "outside", "on", "into"})
"""Words before a site's name that make it where someone else is ("students at the University of
Benghazi said"), not the body that speaks."""

_SITE_SPEAKS_NEXT = re.compile(
    r"(?<!\s)\s++(?:said|says|announced|announces|warned|warns|confirmed|confirms|reported|"
    r"stated|denied|denies|urged|urges|called\s++(?:on|for))\b"
)
"""A speech verb right after a site's name: the site's body speaks."""


def sites_that_speak(folded: str, hits: Sequence[Hit]) -> None:
    """Make each named site of a :data:`SPEAKING_FACILITIES` noun that a speech verb follows
    ("schools and the University of Tripoli said") an organisation too, keeping its place."""
    for h in hits:
        if h.place is None or h.place.kind is not LocationKind.SITE or h.is_actor:
            continue
        if not SPEAKING_FACILITIES.intersection(folded[h.start : h.end].lower().split()):
            continue
        before = folded[max(0, h.start - 12) : h.start].lower().split()
        if before and before[-1] == "the":
            before.pop()
        if before and before[-1] in SITE_PLACING_WORDS:
            continue  # "students at the University of Benghazi said": the students speak
        if _SITE_SPEAKS_NEXT.match(folded, h.end):
            h.actor_kind = ActorKind.ORGANIZATION
            h.name = folded[h.start : h.end]
            h.key = "site_body:" + normalize_name(h.name)
