"""Place mentions that the dictionaries miss: regions described in words, places inside roles."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import attrs

from libya_events.extraction._lexicon import (
    COMMON_CAPITALISED,
    DOCUMENT_NOUNS,
    FIRST_NAMES,
    PUBLICATION_HEADS,
    TITLE_WORDS,
)
from libya_events.extraction._mentions import PLACE_SLOT_WORDS, TRIBAL_AREA, Hit, Word
from libya_events.extraction._sites import SITE_ID_PREFIX, known_quarter
from libya_events.gazetteer import STOP_WORDS, Gazetteer, Place, normalize_name, variant_key
from libya_events.model import ActorKind, GeoPoint, LocationKind, RelativeLocation
from libya_events.text._gate import FirstWords, WordGate

__all__ = [
    "closes_an_organisation_name",
    "described_region_hits",
    "drop_places_in_longer_names",
    "in_a_longer_name",
    "joined_libyan_names",
    "landforms_far_from_story",
    "old_quarter_hits",
    "on_side",
    "placed_by_relative",
    "places_in_roles",
    "prefer_named_countries",
    "prefer_story_places",
    "side_of_a_town",
    "variant_place_hits",
    "variant_word_hits",
]


class _Spans:
    """Which spans overlap a range, in logarithmic time (sorted starts, running maximum end)."""

    def __init__(self, hits: Iterable[Hit]) -> None:
        spans = sorted((h.start, h.end) for h in hits)
        self._starts = [a for a, _ in spans]
        self._max_ends = list(itertools.accumulate((b for _, b in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self._starts, end)
        return k > 0 and self._max_ends[k - 1] > start


_SIDES = (
    "south-?east|south-?west|north-?east|north-?west|south|north|east|west",
    {
        "south": "curated:southern-libya",
        "north": "curated:northern-libya",
        "east": "curated:eastern-libya",
        "west": "curated:western-libya",
        "southeast": "curated:southeastern-libya",
        "southwest": "curated:southwestern-libya",
        "northeast": "curated:northeastern-libya",
        "northwest": "curated:northwestern-libya",
    },
)

# Adjectives that describe a side of the country without naming a place: "the remote south",
# "the desert south", and the country's own adjective ("the Libyan south", as translated wire
# copy writes it). Lower case only, so "the Far East" (Asia) is not "the far east".
_SIDE_ADJECTIVES = "remote|far|deep|desert|saharan|restive|lawless|sparsely[- ]populated|vast|rugged|Libyan"

_DESCRIBED_REGIONS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    # landform + side: the mountains of the west are the Nafusa range
    (re.compile(r"\bthe\s+(?:mountainous|hilly)\s+(?:north-?)?west(?![\w-])"), "curated:nafusa"),
    (re.compile(r"\bthe\s+western\s+(?:highlands|hills|mountain\s+range)\b"), "curated:nafusa"),
    # the country's share of the great desert is its south
    (re.compile(r"\bthe\s+(?:southern|south)\s+(?:Sahara|desert)\b"), "curated:southern-libya"),
    # the coast of the oil ports, named in lower case as often as capitalised
    (re.compile(r"\bthe\s+oil\s+crescent\b"), "curated:oil-crescent"),
    # "the west of the country" is never "the West" (Western governments), whatever else
    # took the words first
    (
        re.compile(rf"\bthe\s+({_SIDES[0]})(?:ern)?\s+(?:part\s+|region\s+)?of\s+the\s+country\b"),
        None,
    ),
    # adjective + side: the side's region
    (
        re.compile(
            rf"\bthe\s+(?:{_SIDE_ADJECTIVES})\s+({_SIDES[0]})(?![\w-])(?!\s+of\s+(?!the\s+country|Libya))"
        ),
        None,
    ),
)


def _described_place(match: re.Match[str], place_id: str | None, gazetteer: Gazetteer) -> Place | None:
    if place_id is None:
        place_id = _SIDES[1].get(match.group(1).replace("-", ""))
    return None if place_id is None else gazetteer.get(place_id)


_DESCRIBED_START = re.compile(
    rf"\bthe\s+(?:mountainous|hilly|western|southern|south|north|east|west|oil|{_SIDE_ADJECTIVES})"
)
"""Where any of :data:`_DESCRIBED_REGIONS` can match: one scan of the text finds the places
each pattern is then tried at (rather than each pattern scanning the whole text)."""
_DESCRIBED_FIRST = FirstWords(_DESCRIBED_START, frozenset({"the"}))


def described_region_hits(
    folded: str, hits: list[Hit], gazetteer: Gazetteer, gate: WordGate | None = None
) -> list[Hit]:
    """``hits`` with regions described in words ("the mountainous west", "the southern Sahara")
    added; a dictionary hit inside such a description ("Sahara") gives way to it. ``gate``
    holds the words of ``folded``, when the caller has them."""
    found: list[Hit] = []
    starts = [
        m.start() for m in (gate.finditer(_DESCRIBED_FIRST) if gate else _DESCRIBED_START.finditer(folded))
    ]
    if not starts:
        return hits
    for pattern, place_id in _DESCRIBED_REGIONS:
        earlier = _Spans(found)  # one pattern's matches never overlap each other
        end = 0
        for start in starts:
            m = pattern.match(folded, start) if start >= end else None
            if m is None:
                continue
            end = m.end()
            place = _described_place(m, place_id, gazetteer)
            if place is None or earlier.overlaps(m.start(), m.end()):
                continue
            found.append(
                Hit(m.start(), m.end(), place.id, place.name, "gazetteer", place=place, candidates=(place,))
            )
    if not found:
        return hits
    described = _Spans(found)
    return [h for h in hits if not described.overlaps(h.start, h.end)] + found


# "the government in Tripoli", "the Tripoli-based parliament": the place inside an actor's role
_IN_PLACE = re.compile(r"\bin\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")
_OWNER_PLACE = re.compile(r"(?<![\w-])([A-Z][a-z]+)['’]s\s")  # "forces backing Libya's government"
_BASED_PLACE = re.compile(r"(?<![\w'’])(?:the\s++)?([A-Z][\w'’]++)-based\b")


_IN_SIDE = re.compile(rf"\bin\s+(the\s+({_SIDES[0]}))$")


def _role_side(folded: str, hit: Hit, gazetteer: Gazetteer) -> Hit | None:
    m = _IN_SIDE.search(folded, hit.start, hit.end)
    place_id = None if m is None else _SIDES[1].get(m.group(2).replace("-", ""))
    place = None if place_id is None else gazetteer.get(place_id)
    if m is None or place is None:
        return None
    return Hit(m.start(1), m.end(1), place.id, place.name, "gazetteer", place=place, candidates=(place,))


def _has_apostrophe(words: str) -> bool:
    return "'" in words or "\u2019" in words


def _role_place(folded: str, hit: Hit, gazetteer: Gazetteer) -> Hit | None:
    words = folded[hit.start : hit.end]
    if len(words.split(None, 1)) < 2 and "-based" not in words:
        return None  # one word: no "in X", no "X's", no "X-based" inside
    # literal tests first: "in X" needs "in", "X's" an apostrophe, "X-based" "-based"
    has_in = "in" in words
    side = _role_side(folded, hit, gazetteer) if has_in else None
    if side is not None:
        return side
    owner = _OWNER_PLACE.search(folded, hit.start, hit.end) if _has_apostrophe(words) else None
    found: list[Place] = []
    if owner is not None:  # "Libya's government": a country only, not "al-Tajouri's brigade"
        found = [p for p in gazetteer.lookup(owner.group(1)) if p.feature == "country"]
    m = owner if found else None
    if m is None:
        m = _IN_PLACE.search(folded, hit.start, hit.end) if has_in else None
        if m is None and "-based" in words:
            m = _BASED_PLACE.match(folded, hit.start, hit.end)
        found = [] if m is None else [p for p in gazetteer.lookup(m.group(1)) if p.country_code == "LY"]
    if m is None or not found or not (found[0].populated or found[0].feature == "country"):
        return None
    start, end = m.start(1), m.end(1)
    return Hit(start, end, found[0].id, found[0].name, "gazetteer", place=found[0], candidates=tuple(found))


def places_in_roles(folded: str, hits: Sequence[Hit], gazetteer: Gazetteer) -> list[Hit]:
    """Libyan towns named inside a role ("the government in Tripoli") that no hit covers."""
    out: list[Hit] = []
    places: _Spans | None = None
    for h in hits:
        if h.source not in ("role", "kb") or h.place is not None:
            continue
        hit = _role_place(folded, h, gazetteer)
        if hit is None:
            continue
        if places is None:
            places = _Spans(o for o in hits if o.place is not None)
        if not places.overlaps(hit.start, hit.start + 1):
            out.append(hit)
    return out


# "the Brega Oil Company", "the Zawiya Martyrs Brigade", "US Defense Secretary": a place
# naming whose body or office this is, inside a longer proper name, is no place mention
_NAME_HEADS = frozenset(
    {
        "Oil",
        "Petroleum",
        "Company",
        "Corporation",
        "Martyrs",
        "Revolutionaries",
        "Defense",
        "Defence",
        "Secretary",
        "Ambassador",
        "Embassy",
        "Envoy",
        "Foreign",
        "President",
        # a publication or a forum named after its region ("Fezzan Voice", "Tripoli Post")
        *PUBLICATION_HEADS,
    }
)
_NEXT_WORD = re.compile(r"(?<![ \t])[ \t]++([A-Z][a-z]++)\b")


# "the Skhirat agreement", "the Juba Peace Agreement": a town naming an accord signed there
# names the document, no place of the story (a country, "a Libya peace deal", stays a place)
DOCUMENT_QUALIFIERS = ("peace", "political", "ceasefire", "cease-fire", "power-sharing")
_DOCUMENT_AFTER = re.compile(
    r"(?<![ \t])[ \t]++(?:(?:"
    + "|".join(DOCUMENT_QUALIFIERS)
    + r")[ \t]++)?+(?:"
    + "|".join(DOCUMENT_NOUNS)
    + r")\b",
    re.IGNORECASE,
)


def in_a_longer_name(folded: str, hit: Hit) -> bool:
    """Whether place ``hit`` only names whose company, brigade or office follows it, or the
    accord signed in the town (:data:`DOCUMENT_NOUNS`)."""
    if hit.place is None or hit.source == "role":
        return False
    if hit.place.kind is LocationKind.CITY and _DOCUMENT_AFTER.match(folded, hit.end):
        return True
    m = _NEXT_WORD.match(folded, hit.end)
    return m is not None and m.group(1) in _NAME_HEADS


_BARE_SIDE = re.compile(rf"the\s+(?:{_SIDES[0]})", re.IGNORECASE)
_TOWN_NOUNS = r"(?:city|town|capital|village|district|port|oasis|suburb|area|neighbourhood)\b"
_OF_A_TOWN = re.compile(r"(?<!\s)\s++of\s++(?:the|this|that)\s++" + _TOWN_NOUNS)
_AND_PART_OF_A_TOWN = re.compile(
    r"(?<!\s)\s++(?:and|or)\s++(?:the\s++)?[a-z]{1,12}+\s++of\s++(?:the|this|that)\s++" + _TOWN_NOUNS
)
"""'the west and centre of the capital': a side joined to another part of a town."""


def side_of_a_town(folded: str, hit: Hit) -> bool:
    """ "the south of the city": a part of a town, not the country's region."""
    if hit.place is None or hit.is_actor or not _BARE_SIDE.fullmatch(folded, hit.start, hit.end):
        return False
    return (
        _OF_A_TOWN.match(folded, hit.end) is not None
        or _AND_PART_OF_A_TOWN.match(folded, hit.end) is not None
    )


def on_side(lat: float, lon: float, side: str) -> bool:
    """Whether a Libyan point lies in the part of the country a descriptor names."""
    return {
        "eastern": lon >= 19.0,
        "western": lon <= 15.5,
        "southern": lat <= 29.5,
        "northern": lat >= 30.5,
        "coastal": lat >= 30.2,
        "central": 15.0 <= lon <= 20.0,
    }[side]


_SIDE_PARTS = re.compile(r"south|north|east|west")


DEEP_SIDES: Mapping[str, Callable[[float, float], bool]] = {
    "south": lambda lat, lon: lat <= 28.0,
    "north": lambda lat, lon: lat >= 31.5,
    "east": lambda lat, lon: lon >= 20.0,
    "west": lambda lat, lon: lon <= 14.0,
}
"""Where a Libyan place lies well inside a side of the country, so that "X in the south" names the
country's side and not the scene's: stricter than :func:`on_side` ("Jalu in the south", at 29 N in
the east, is the side of a scene around Ajdabiya; "Brak in the south" is the Fezzan's)."""


def _in_the_country_side(place: Place, side: str) -> bool:
    """Whether a Libyan ``place`` lies well inside the country's ``side`` (:data:`DEEP_SIDES`;
    "south-east": south and east)."""
    parts = _SIDE_PARTS.findall(side.lower())
    return (
        place.country_code == "LY" and bool(parts) and all(DEEP_SIDES[p](place.lat, place.lon) for p in parts)
    )


def side_where_a_place_lies(folded: str, hit: Hit, place_ends: Mapping[int, Place]) -> bool:
    """ "from Martuba in the south" (in a story about Derna): the side of the scene a named place
    lies on, not the country's region. A Libyan place that does lie in that side of the country
    ("Kufra in the east", "the air base at Brak in the south") is placed in the country's region,
    which stays a place."""
    if hit.place is None or hit.is_actor or not _BARE_SIDE.fullmatch(folded, hit.start, hit.end):
        return False
    if folded[max(0, hit.start - 4) : hit.start] != " in ":
        return False
    place = place_ends.get(hit.start - 4)
    return place is not None and not _in_the_country_side(place, folded[hit.start + 4 : hit.end])


LYING_WORDS = frozenset(
    {"town", "towns", "village", "villages", "farmland", "farms", "base", "bases", "crossing"}
    | {"area", "areas", "district", "districts", "city", "oasis", "suburb", "suburbs", "drive"}
    | {"far", "further", "farther", "just"}
    | {"hills", "mountains", "valley", "valleys", "plain", "plains", "desert", "dunes", "countryside"}
    | {"camps", "neighbourhoods", "neighborhoods", "outskirts", "orchards", "fields", "settlements"}
)
"""Words that, right before "to the south", make it where a place lies from the scene ("an Arab
town to the southwest", "the districts to the south", "a half-hour drive to the east", "the
crossing far to the south", "the hills to the south"), not the country's region; "sent reinforcements to the south" and
"the journey to the east" are not among them and still go to the region."""


def side_a_place_lies_toward(folded: str, hit: Hit) -> bool:
    """ "Towns to the east", "farmland to the south", "far to the south": the side of the scene
    a place lies on, told by a word of :data:`LYING_WORDS` before "to", not a region."""
    if hit.place is None or hit.is_actor or not _BARE_SIDE.fullmatch(folded, hit.start, hit.end):
        return False
    if folded[max(0, hit.start - 4) : hit.start].lower() != " to ":
        return False
    words = folded[max(0, hit.start - 40) : hit.start - 4].split()
    return bool(words) and words[-1].lower() in LYING_WORDS


APPROACH_VERB_STEMS = ("enter", "approach", "push", "storm", "attack", "clos", "swept", "sweep", "advanc")
"""Word openings of verbs of moving in on a place ("entered", "approaching", "pushed into",
"advanced on X"): "from the south" after one names the side the movers came in from, not the
country's region."""
ENTERING_WORDS = frozenset({"into"})
"""Words that, before "from the south", tell a move into a place ("moved into X from the south"):
the side it was entered from, whatever the verb. A move "from the east into X" (the region
before the place entered) is not read so: only the words before "from" are looked at."""
SIDE_CONJUNCTIONS = (" and ", " or ")
"""What joins a second side to a first after "from" ("from the west and the south")."""

_APPROACH_WINDOW_WORDS = 5


def side_approached_from(folded: str, hit: Hit) -> bool:
    """ "entered the town from the south", "advanced on the airport from the east", "moved into
    X from the south", "pushed into the capital from the west and the south": the side an
    attack came in from, not a region. A second side joined to the first ("and the south")
    stands where the first does."""
    if hit.place is None or hit.is_actor or not _BARE_SIDE.fullmatch(folded, hit.start, hit.end):
        return False
    start = _first_joined_side(folded, hit.start)
    if folded[max(0, start - 6) : start].lower() != " from ":
        return False
    before = folded[max(0, start - 80) : start - 6]
    clause = before.rsplit(".", 1)[-1].rsplit(",", 1)[-1].lower()
    words = clause.split()[-_APPROACH_WINDOW_WORDS:]
    return any(w.startswith(APPROACH_VERB_STEMS) or w in ENTERING_WORDS for w in words)


def _first_joined_side(folded: str, start: int) -> int:
    """Where the first of two joined bare sides starts ("the west" of "from the west and the
    south", asked at "the south"); else ``start`` itself."""
    for joiner in SIDE_CONJUNCTIONS:
        if folded[max(0, start - len(joiner)) : start].lower() == joiner:
            m = _BARE_SIDE_BEFORE.search(folded[max(0, start - len(joiner) - 20) : start - len(joiner)])
            if m is not None:
                return start - len(joiner) - (len(m.group(0)))
    return start


_BARE_SIDE_BEFORE = re.compile(rf"the\s+(?:{_SIDES[0]})$", re.IGNORECASE)


BRANCH_NAME_MIN_WORDS = 2
"""How many capitalised words of its own an organisation's name needs before a country that
closes it ("Safe Passage Libya", "Alarm Phone Libya"); one word ("Radio Libya", "Free Libya")
is too often a phrase or an outlet's name for the country to be left out."""

_POSSESSIVE_ENDS = ("'s", "’s")


def _line_goes_on(folded: str, end: int) -> bool:
    """Whether the line goes on after ``end`` (past a possessive and blanks) with something
    other than a capitalised word: a title-case headline ends on its country or runs on
    ("UN Envoy Warns Libya")."""
    if folded.startswith(_POSSESSIVE_ENDS, end):
        end += 2
    while end < len(folded) and folded[end] in " \t":
        end += 1
    return end < len(folded) and not folded[end].isspace() and not folded[end].isupper()


_LONGEST_NAME_WORD = 30


def _word_before(folded: str, end: int) -> tuple[int, str] | None:
    """The word that ends one space or tab before ``end`` (letters only, at most
    :data:`_LONGEST_NAME_WORD` of them, after a blank or the text's start) and where it
    starts; None when something else comes before ``end``."""
    if end < 2 or folded[end - 1] not in " \t":
        return None
    stop = end - 1
    start = stop
    while start > 0 and stop - start < _LONGEST_NAME_WORD and folded[start - 1].isalpha():
        start -= 1
    if start == stop or (start > 0 and not folded[start - 1].isspace()):
        return None
    return start, folded[start:stop]


def _capitalised_word_before(folded: str, end: int) -> bool:
    """Whether a word opening with a capital ("UN", "Warns") ends one space or tab before ``end``."""
    if end < 2 or folded[end - 1] not in " \t":
        return False
    last = folded[max(0, end - 1 - _LONGEST_NAME_WORD) : end - 1].split()
    if not last:
        return False
    word = last[-1]  # "Tripoli," before the run closes a clause: no word of the name
    return word[:1].isupper() and all(c.isalnum() or c in "_.'’-" for c in word)


def closes_an_organisation_name(folded: str, hit: Hit, taken: Callable[[int, int], bool]) -> bool:
    """Whether country ``hit`` closes the name of an organisation or of its country branch
    ("Safe Passage Libya said", "the group Alarm Phone Libya"): it is preceded, one space
    apart, by at least :data:`BRANCH_NAME_MIN_WORDS` capitalised words that no other mention
    covers (``taken``) and that are no common capitalised word (:data:`COMMON_CAPITALISED`: "On
    Monday Libya", "Across Libya"), with no other capitalised word or acronym just before
    them; the line goes on after the country, with no capitalised word next. Such a country
    names neither a place nor an actor."""
    if hit.place is None or hit.place.kind is not LocationKind.COUNTRY or hit.source == "role":
        return False
    if not _line_goes_on(folded, hit.end):
        return False
    end, words = hit.start, 0
    while (found := _word_before(folded, end)) is not None:
        start, word = found
        if not (word[0].isupper() and (len(word) == 1 or word[1:].islower())):
            break
        if word.lower() in COMMON_CAPITALISED:
            return words >= BRANCH_NAME_MIN_WORDS  # "The Safe Passage Libya team"
        if taken(start, start + len(word)):
            return False  # "UN Envoy Warns Libya": a known name opens the run
        words, end = words + 1, start
    # the run opens the sentence or follows a word in lower case ("the group Alarm Phone
    # Libya"), not an acronym or another capitalised word of a headline
    return words >= BRANCH_NAME_MIN_WORDS and not _capitalised_word_before(folded, end)


BRANCH_PLACE_KINDS = frozenset({LocationKind.COUNTRY, LocationKind.CITY})
"""Kinds of place that, right after a known organisation's name, name its country or city branch
("Save the Children Libya", "Doctors Without Borders Tunisia", "Mercy Corps Tripoli")."""
NOT_BRANCH_NEXT = TITLE_WORDS | frozenset({"envoy", "envoys", "talks", "crisis", "conference", "file"})
"""Words after such a place that make it a modifier of what follows ("the UN Libya envoy"), not
the end of a branch's name: the place is left alone there."""


def branch_of(folded: str, hit: Hit, orgs: dict[int, Hit]) -> Hit | None:
    """The known organisation whose name place ``hit`` closes as its branch's name: a
    :data:`BRANCH_PLACE_KINDS` place one space after a knowledge-base organisation (``orgs``, by
    end offset), on a line that goes on with no capitalised word next ("Save the Children Libya
    said", "according to Doctors Without Borders Tunisia."). Such a place names neither a place
    nor an actor; the organisation's own name is the branch's mention ("OCHA", as the gold sets
    name it, not "OCHA Libya")."""
    if hit.place is None or hit.place.kind not in BRANCH_PLACE_KINDS or hit.source == "role":
        return None
    org = orgs.get(hit.start - 1)
    if org is None or folded[hit.start - 1] != " " or not _line_goes_on(folded, hit.end):
        return None
    after = folded[hit.end : hit.end + _LONGEST_NAME_WORD].split()
    if after and after[0].strip(".,;:").lower() in NOT_BRANCH_NEXT:
        return None
    return org


def drop_places_in_longer_names(folded: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` without places inside longer names; an actor there ("US" in "US Defense
    Secretary") stays an actor but names no place. A country closing an organisation's name
    (:func:`closes_an_organisation_name`) is dropped whole, as is the country or city that closes
    a known organisation's branch (:func:`branch_of`: the organisation's own name stays its
    mention)."""
    out: list[Hit] = []
    place_ends = {h.end: h.place for h in hits if h.place is not None}
    orgs = {
        h.end: h
        for h in hits
        if h.actor_kind is ActorKind.ORGANIZATION and h.entry is not None and h.place is None
    }
    taken: _Spans | None = None  # built at the first country: most texts' countries stand alone
    for h in hits:
        org = branch_of(folded, h, orgs) if orgs else None
        if org is not None:
            continue  # "Save the Children Libya": a mention of Save the Children, by its own name
        if h.place is not None and h.place.kind is LocationKind.COUNTRY:
            if taken is None:
                taken = _Spans(o for o in hits if o.source != "collective")  # "Migrant Rescue Libya"
            if closes_an_organisation_name(folded, h, taken.overlaps):
                continue
        if (
            side_of_a_town(folded, h)
            or side_where_a_place_lies(folded, h, place_ends)
            or side_approached_from(folded, h)
            or side_a_place_lies_toward(folded, h)
        ):
            continue
        if h.place is not None and not h.is_actor and names_a_vessel(folded, h.start):
            continue  # "the frigate Hamburg": a ship's name, not the port
        if not in_a_longer_name(folded, h):
            out.append(h)
        elif h.is_actor:
            h.place, h.candidates = None, ()
            out.append(h)
    return out


VESSEL_NAME_NOUNS = frozenset(
    {"ship", "vessel", "boat", "tanker", "freighter", "frigate", "warship", "corvette", "destroyer", "ferry"}
)
"""Nouns right before a name that make it a ship's name ("the frigate Hamburg", "the tanker X")."""


def names_a_vessel(folded: str, start: int) -> bool:
    """Whether the name at ``start`` follows a vessel noun as that vessel's name."""
    before = folded[max(0, start - 12) : start]
    words = before.split()
    return bool(words) and before.endswith(" ") and words[-1].lower() in VESSEL_NAME_NOUNS


# Words that open Arabic place names ("Souq al-Jouma", "Bir al-Ghanam", "Wadi Zamzam"): a
# run that starts with one and whose transliteration matches a Libyan place is that place
# even when the text spells it differently from every gazetteer name.
_PLACE_OPENERS = frozenset(
    {
        "souq",
        "souk",
        "suq",
        "suk",
        "bir",
        "ain",
        "ayn",
        "wadi",
        "ras",
        "bab",
        "sidi",
        "jebel",
        "jabal",
        "qasr",
        "gasr",
    }
)
_OPENED_NAME = re.compile(
    r"\b([A-Z][a-z]+)((?:[\s-]+(?:(?:al|el|as|ash|az|ad|ar|at|an)-)?[A-Z][a-z’']+){1,2})\b(?!\s*(?:'s|’s|said|told))"
)


def variant_place_hits(
    folded: str, hits: Sequence[Hit], gazetteer: Gazetteer, gate: WordGate | None = None
) -> list[Hit]:
    """Libyan places named by an opener word and spelled differently from the gazetteer
    ("Souq al-Jouma" for "Souq al-Juma"), where no hit already is. ``gate`` holds the words
    of ``folded``, when the caller has them."""
    out: list[Hit] = []
    if gate is not None and not gate.has_any(_PLACE_OPENERS):
        return out  # an opener is a whole word of every name found
    taken = _Spans(hits)
    for m in _OPENED_NAME.finditer(folded):
        if m.group(1).lower() not in _PLACE_OPENERS:
            continue
        start, end = m.span()
        if taken.overlaps(start, end) or any(h.start < end and start < h.end for h in out):
            continue
        found = tuple(p for p in gazetteer.lookup(folded[start:end]) if p.country_code == "LY")
        if found:
            out.append(
                Hit(start, end, found[0].id, found[0].name, "gazetteer", place=found[0], candidates=found)
            )
    return out


_OLD_QUARTER = re.compile(r"the\s+(?:old\s+city|medina|old\s+town)", re.IGNORECASE)


def old_quarter_hits(folded: str, hits: Sequence[Hit], gazetteer: Gazetteer) -> None:
    """ "the Old City" taken for the town named before it becomes that town's old quarter
    where the gazetteer has one ("Old City of Tripoli"); the hits change in place."""
    for h in hits:
        if h.source != "coref" or h.place is None or not _OLD_QUARTER.fullmatch(folded, h.start, h.end):
            continue
        quarter = known_quarter(h.place, gazetteer)
        if quarter is not None:
            h.place, h.key, h.name, h.candidates = quarter, quarter.id, quarter.name, (quarter,)


# French spellings end an Arabic name in -e where English writes -a or -ah ("Sousse", "Susah")
_FRENCH_ENDINGS = ((re.compile(r"e$"), "a"), (re.compile(r"e$"), "ah"))


def _libyan_spelling(name: str, gazetteer: Gazetteer) -> Place | None:
    for pattern, repl in _FRENCH_ENDINGS:
        other = pattern.sub(repl, name)
        if other == name:
            continue
        found = [p for p in gazetteer.lookup(other) if p.country_code == "LY" and p.populated]
        if found:
            return found[0]
    return None


_JOINED_NAME = re.compile(
    r"(?:,\s*+(?:and\s++|or\s++)?|(?<!\s)\s++(?:and|or)\s++)([A-Z][a-z]{3,}+)\b(?![\s-]++[A-Z])"
)


WELL_KNOWN_FOREIGN_POPULATION = 400_000
"""A foreign town at least this big is meant as itself even when joined to a Libyan town
("Benghazi and Alexandria"); a smaller one that a Libyan town answers to in another spelling
("Derna and Sousse") is the Libyan town."""


def joined_libyan_names(folded: str, hits: Sequence[Hit], gazetteer: Gazetteer) -> list[Hit]:
    """A name joined to a Libyan town ("Derna and Sousse") that a Libyan town answers to in
    another spelling (the French -e for -a or -ah): new hits where no hit covers the name; a
    hit already on a small foreign town of that name (a list in a place slot, "between Derna
    and Sousse", takes it for the Tunisian one) is moved to the Libyan town in place."""
    out: list[Hit] = []
    taken: _Spans | None = None  # built at the first joined name: most texts have none
    by_span: dict[tuple[int, int], Hit] = {}
    done: set[int] = set()
    for h in hits:
        if h.place is None or h.place.country_code != "LY" or h.place.kind.value != "city":
            continue
        m = _JOINED_NAME.match(folded, h.end)
        if m is None or m.start(1) in done:
            continue
        if taken is None:
            taken = _Spans(hits)
            by_span = {(o.start, o.end): o for o in hits if o.place is not None}
        done.add(m.start(1))
        foreign = None
        if taken.overlaps(m.start(1), m.end(1)):
            foreign = by_span.get((m.start(1), m.end(1)))
            if foreign is None or not _small_foreign_town(foreign):
                continue
        name = m.group(1)
        found = [p for p in gazetteer.lookup(name) if p.country_code == "LY" and p.populated]
        place = found[0] if found else _libyan_spelling(name, gazetteer)
        if place is None:
            continue
        if foreign is not None:
            foreign.place, foreign.key, foreign.name, foreign.candidates = (
                place,
                place.id,
                place.name,
                (place,),
            )
        else:
            out.append(
                Hit(m.start(1), m.end(1), place.id, place.name, "gazetteer", place=place, candidates=(place,))
            )
    return out


def _small_foreign_town(hit: Hit) -> bool:
    """Whether ``hit`` names a foreign town smaller than :data:`WELL_KNOWN_FOREIGN_POPULATION`."""
    place = hit.place
    return (
        place is not None
        and place.country_code not in (None, "LY")
        and place.kind.value == "city"
        and place.population < WELL_KNOWN_FOREIGN_POPULATION
    )


# Spellings of a known place that no gazetteer name has ("Gheryan" for "Gharyan", "Wirshifana"
# for "Warshefana") are found by the gazetteer's transliteration folding. A run of capitalised
# words that no hit covers is tried from its first word; the place must be Libyan and either
# well known (a curated place, a region, a town of 5,000 people) or named in a place slot.
_NAME_LINKS = frozenset({"al", "el", "as", "ash", "az", "ad", "ar", "at", "an"})
_RUN_GAPS = frozenset({" ", "-"})
_SPEECH_AFTER = re.compile(r"(?<!\s)(?:['’]s)?+\s++(?:said|says|told|added|stressed|noted|wrote)\b")
_SLOT_BEFORE = re.compile(r"\b(?:" + "|".join(PLACE_SLOT_WORDS) + r")\s+(?:the\s+)?$")
_WELL_KNOWN_POPULATION = 5000


_COMPOUND_AFTER = re.compile(r"-[a-z]")
"""A hyphen and a lower-case word right after a name: a compound adjective ("Korean-flagged")."""


def _in_capitals(folded: str, run: Sequence[Word]) -> bool:
    """Whether a run of two or more words written in capitals throughout holds a common word
    that opens no place name: a heading's prose ("HOW IT FELL"), not a name ("BANI WALEED")."""
    return (
        len(run) > 1
        and all(folded[w.start : w.end].isupper() for w in run)
        and any(w.key in STOP_WORDS and w.key not in _PLACE_OPENERS for w in run)
    )


def _capital_runs(folded: str, words: Sequence[Word]) -> Iterator[list[Word]]:
    """Maximal runs of capitalised words joined by one space or hyphen ("al-" links inside)."""
    run: list[Word] = []
    last = -2  # the index of the run's last word
    for k, w in enumerate(words):
        if not w.capital and (
            w.key not in _NAME_LINKS
            or folded[w.end : w.end + 1] != "-"
            or k + 1 >= len(words)
            or not words[k + 1].capital
        ):
            continue  # neither a capitalised word nor a link ("al-") before one
        if run and (k != last + 1 or folded[run[-1].end : w.start] not in _RUN_GAPS):
            yield run
            run = []
        run.append(w)
        last = k
    if run:
        yield run


def _well_known(place: Place) -> bool:
    if place.feature == TRIBAL_AREA:
        return False  # a tribe's land is named as the tribe: only in a place slot
    if place.source.startswith("curated") or place.kind.value in ("region", "site"):
        return True
    return place.population >= _WELL_KNOWN_POPULATION


def _variant_place(name: str, gazetteer: Gazetteer, slot: Callable[[], bool]) -> Place | None:
    """``slot`` tells (when asked: a look-behind scan) whether a place slot word comes before."""
    key = normalize_name(name)
    if len(key) < 4 or key in STOP_WORDS or key in gazetteer.key_index:
        return None  # an exact name: the dictionary scan has judged it
    found = [p for p in gazetteer.lookup(name) if p.country_code == "LY" and p.kind.value != "country"]
    if found and (_well_known(found[0]) or slot()) and not _derived_adjective(name, found[0]):
        return found[0]
    return None


def _derived_adjective(name: str, place: Place) -> bool:
    """Whether ``name`` is an adjective or surname made from the place's name, not the place:
    a nisba in -i ("Misrati", "Zintani", "Gheriani") or the name with a suffix ("Tripolitanian")."""
    v = variant_key(name)
    words = v.count(" ")
    own = [o for o in (variant_key(n) for n in place.names) if o.count(" ") == words]
    if v in own:
        return False
    if v.endswith("i") and not any(o.endswith("i") for o in own):
        return True
    return any(v.startswith(o) for o in own if o)


def _slot_before(folded: str, start: int) -> bool:
    """A place slot word ("in", "near the") just before ``start``."""
    return _SLOT_BEFORE.search(folded, max(0, start - 40), start) is not None


def variant_word_hits(
    folded: str, words: Sequence[Word], hits: Sequence[Hit], gazetteer: Gazetteer
) -> list[Hit]:
    """Libyan places that a run of capitalised words names in a spelling no gazetteer name has
    ("Gheryan was calm"), where no hit already is: the first one to four words of the run
    that fold to a place's transliteration key."""
    out: list[Hit] = []
    taken = _Spans(hits)
    for run in _capital_runs(folded, words):
        if _in_capitals(folded, run):
            continue  # "HOW IT FELL": a heading in capitals tells no name from a word
        while run and run[0].capital and run[0].key in STOP_WORDS:
            run = run[1:]  # "The", "In": a sentence's first word
        if not run or run[0].key in FIRST_NAMES:
            continue  # a person's name
        start = run[0].start
        if taken.overlaps(start, run[0].end):
            continue  # every one to four words of the run holds the first, which a hit covers
        slot = functools.partial(_slot_before, folded, start)
        for size in range(min(4, len(run)), 0, -1):
            end = run[size - 1].end
            if run[size - 1].key in _NAME_LINKS or taken.overlaps(start, end):
                continue
            if size == len(run) and _SPEECH_AFTER.match(folded, end):
                continue  # "Gheryani said": a person
            if _COMPOUND_AFTER.match(folded, end):
                continue  # "Korean-flagged", "Tarhunan-led": an adjective, no place
            place = _variant_place(folded[start:end], gazetteer, slot)
            if place is not None:
                out.append(
                    Hit(start, end, place.id, place.name, "gazetteer", place=place, candidates=(place,))
                )
                break
    return out


def prefer_named_countries(hits: Sequence[Hit]) -> None:
    """A foreign town whose name several countries share is the one in a country the article
    names ("Valencia" beside "Spain" is the Spanish city, not the larger Venezuelan one)."""
    named = {
        h.place.country_code for h in hits if h.place is not None and h.place.kind is LocationKind.COUNTRY
    }
    if not named:
        return
    for h in hits:
        place = h.place
        if (
            place is None
            or h.is_actor
            or place.kind is not LocationKind.CITY
            or place.country_code in named | {"LY"}
        ):
            continue
        better = next(
            (
                c
                for c in h.candidates
                if c.kind is LocationKind.CITY and c.country_code in named and c.populated
            ),
            None,
        )
        if better is not None:
            h.place, h.key, h.name = better, better.id, better.name


APPOSED_GAP = re.compile(r",\s*")
"""What stands between a place and the relative phrase that places it ("X, about 12 km south of Y")."""
FAR_FROM_PLACING_KM = 25.0
"""How far (at least) a place's point may lie from the point of the relative phrase set after
it before the phrase, not the gazetteer's homonym, says where the place is (farther for a
phrase as uncertain, or half as far as its distance: a long figure's bearing is rough)."""


def placed_by_relative(folded: str, hits: list[Hit], relative: Sequence[RelativeLocation]) -> list[Hit]:
    """ "the camp at Sabaa, about 12 km south of central Tripoli": a relative phrase set after a
    place name says where that place is. When the gazetteer's point for the name lies far from
    the phrase's point (a homonym across the country), the candidate nearest the phrase's point
    is taken if it is close enough, else the name is placed at the phrase's point, with the
    phrase's uncertainty. A place already near the phrase's point is left as it is, except a site
    the gazetteer lacks ("the Kaam bridge, some 20 km west of Zlitan"): it was only put at a
    town, and the phrase says where it is, unless the town it was put at is named right after
    the phrase as the one it lies in ("the camp, 10 km west of the centre in Ganfouda")."""
    if not relative:
        return hits
    ends = {h.end: h for h in hits if h.place is not None and not h.is_actor}
    starts = {h.start: h for h in hits if h.place is not None and not h.is_actor}
    replaced: dict[int, Hit] = {}
    for rel in relative:
        point, span = rel.point, rel.span
        if point is None or span is None:
            continue
        gap = APPOSED_GAP.search(folded, max(0, span.start - 4), span.start)
        if gap is None or gap.end() != span.start:
            continue
        hit = ends.get(gap.start())
        if hit is None or hit.place is None:
            continue
        reach = max(FAR_FROM_PLACING_KM, 3 * (rel.uncertainty_km or 0.0), (rel.distance_km or 0.0) / 2)
        at_a_town = hit.place.id.startswith(SITE_ID_PREFIX) and not _lies_in_after(
            folded, span.end, hit, starts
        )
        if hit.place.distance_km(point.lat, point.lon) <= reach and not at_a_town:
            continue
        near = [c for c in hit.candidates if c.distance_km(point.lat, point.lon) <= reach]
        named = folded[hit.start : hit.end]
        place = (
            min(near, key=lambda c: c.distance_km(point.lat, point.lon))
            if near
            else _at(hit.place, named, point, rel.uncertainty_km)
        )
        replaced[id(hit)] = attrs.evolve(hit, key=place.id, place=place, candidates=(place,))
    return [replaced.get(id(h), h) for h in hits] if replaced else hits


IN_AFTER_PHRASE = re.compile(r"(?<![^\S\n])[^\S\n]++in[^\S\n]++")  # starts where a run of spaces does
"""The word between a relative phrase and the town a site lies in ("..., 10 km west of the
centre in Ganfouda")."""


def _lies_in_after(folded: str, end: int, site: Hit, starts: dict[int, Hit]) -> bool:
    """Whether the town named by "in X" right after a relative phrase ending at ``end`` is the
    one ``site`` was put at: the text says the site lies in it."""
    m = IN_AFTER_PHRASE.match(folded, end)
    town = starts.get(m.end()) if m is not None else None
    if town is None or town.place is None or site.place is None:
        return False
    return (town.place.lat, town.place.lon) == (site.place.lat, site.place.lon)


def _at(base: Place, name: str, point: GeoPoint, uncertainty_km: float | None) -> Place:
    """The place a mention names, put at the point a relative phrase after it gives (as
    uncertain as that phrase)."""
    return Place(
        "text:placed:" + normalize_name(name).replace(" ", "-"),
        name,
        base.kind,
        base.feature,
        point.lat,
        point.lon,
        country_code=base.country_code,
        extent_km=max(base.extent_km, uncertainty_km or 0.0),
        source="text: the point of the relative phrase set after it",
    )


STORY_FAR_KM = 100.0
"""A small place this far (km) from every other Libyan place a story names is doubtful: the
story may mean another place of that name, or of a name spelt like it."""
STORY_NEAR_KM = 40.0
"""How near (km) another place of the name must lie to a place the story names to be the one meant."""
STORY_TOWN_POPULATION = 10_000
"""A town at least this large keeps its name wherever the story is (Zawiya the city, not a
village called Zawia near the story's other towns): the larger place wins first."""
_STORY_KINDS = (LocationKind.CITY, LocationKind.SITE)


def prefer_story_places(folded: str, hits: Sequence[Hit], gazetteer: Gazetteer) -> None:
    """Where several Libyan places share a name, or names spelt alike (:meth:`Gazetteer.lookalikes`:
    "Sabaa", "Sebaa"), the one the story means: a small place the gazetteer ranked first that
    lies far from every other place the story names gives way to a reading near one of them
    ("the Sabaa area, south of the capital" is the Tripoli suburb, not a village 800 km east).
    A town of some size (:data:`STORY_TOWN_POPULATION`) and a curated place keep their reading."""
    anchors = {
        h.place.id: h.place
        for h in hits
        if h.place is not None and h.place.country_code == "LY" and h.place.kind in _STORY_KINDS
    }
    if len(anchors) < 2:
        return
    decided: dict[tuple[str, str], Place | None] = {}
    for h in hits:
        place = h.place
        if place is None or h.is_actor or place.id not in anchors or not _doubtful(place):
            continue
        surface = folded[h.start : h.end]
        key = (place.id, surface)
        if key not in decided:
            others = [p for pid, p in anchors.items() if pid != place.id]
            decided[key] = _story_reading(place, surface, h.candidates, others, gazetteer)
        better = decided[key]
        if better is not None:
            h.place, h.key, h.name = better, better.id, better.name


def _doubtful(place: Place) -> bool:
    """Whether a place may give way to another of its name: small and from no curated row."""
    return place.population < STORY_TOWN_POPULATION and not place.id.startswith("curated:")


def _story_reading(
    place: Place, surface: str, candidates: Sequence[Place], others: Sequence[Place], gazetteer: Gazetteer
) -> Place | None:
    """Another reading of ``surface`` near one of ``others`` when ``place`` is far from all."""
    if min(_km(place, o) for o in others) <= STORY_FAR_KM:
        return None
    for pool in (candidates, gazetteer.lookalikes(surface)):
        options = [
            (min(_km(c, o) for o in others), i, c)
            for i, c in enumerate(pool)
            if c.id != place.id and c.country_code == "LY" and c.kind in _STORY_KINDS
        ]
        near = [o for o in options if o[0] <= STORY_NEAR_KM]
        if near:
            return min(near, key=lambda o: (o[0], o[1]))[2]
    return None


def _km(a: Place, b: Place) -> float:
    return a.distance_km(b.lat, b.lon)


LANDFORM_NOUNS = frozenset(
    {
        "triangle",
        "plateau",
        "massif",
        "mountain",
        "mountains",
        "hills",
        "highlands",
        "depression",
        "dunes",
        "basin",
        "escarpment",
    }
)
"""Lower-case nouns that, after a place's name, make the words a landform's name ("the Uweinat
triangle", "the Akakus massif"): a small town of that name far from the story is not the place meant."""
_LANDFORM_AFTER = re.compile(r"(?<![ \t])[ \t]++([a-z]++)\b")
LANDFORM_CONTEXT_KM = 300.0
"""How far (km) a landform placed at the story's most-named town may lie from it: a region's reach."""
LANDFORM_FEATURE = "landform"
LANDFORM_SOURCE = "text: a landform the gazetteer lacks, placed at the town its story names most"


def landforms_far_from_story(folded: str, hits: list[Hit]) -> list[Hit]:
    """ "the Uweinat triangle" in a story about Kufra: a small town's name followed by a landform
    noun (:data:`LANDFORM_NOUNS`), where that town lies far (:data:`STORY_FAR_KM`) from every
    other Libyan place the story names, names a landform the gazetteer lacks (here the border
    corner of Jebel Uweinat), not the town 1,500 km away that shares its name. The mention
    becomes a region named with its noun, placed at the story's most-named Libyan town as
    uncertainly as a region (:data:`LANDFORM_CONTEXT_KM`). A landform named after a town of the
    story ("the Dahr al-Hamar plateau" in Derna) stays that town."""
    landforms = [
        (h, m)
        for h in hits
        if h.place is not None
        and not h.is_actor
        and h.place.kind is LocationKind.CITY
        and _doubtful(h.place)
        and (m := _LANDFORM_AFTER.match(folded, h.end)) is not None
        and m.group(1) in LANDFORM_NOUNS
    ]
    if not landforms:
        return hits
    counts: dict[str, int] = {}
    anchors: dict[str, Place] = {}
    for h in hits:
        if h.place is not None and h.place.country_code == "LY" and h.place.kind in _STORY_KINDS:
            anchors[h.place.id] = h.place
            counts[h.place.id] = counts.get(h.place.id, 0) + 1
    replaced: dict[int, Hit] = {}
    for h, m in landforms:
        town = h.place
        assert town is not None
        others = [p for pid, p in anchors.items() if pid != town.id]
        if not others or min(_km(town, o) for o in others) <= STORY_FAR_KM:
            continue
        most = max(others, key=lambda p: counts[p.id])  # first named wins a tie
        name = f"{folded[h.start : h.end]} {m.group(1)}"
        place = Place(
            "text:landform:" + normalize_name(name).replace(" ", "-"),
            name,
            LocationKind.REGION,
            LANDFORM_FEATURE,
            most.lat,
            most.lon,
            country_code=most.country_code,
            extent_km=LANDFORM_CONTEXT_KM,
            source=LANDFORM_SOURCE,
        )
        replaced[id(h)] = attrs.evolve(
            h, end=m.end(), key=place.id, name=name, place=place, candidates=(place,)
        )
    return [replaced.get(id(h), h) for h in hits] if replaced else hits
