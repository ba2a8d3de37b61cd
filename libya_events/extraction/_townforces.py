"""Sides named by their town: a demonym or a town before a force noun ("Misrati checkpoints",
"Zawiya fighters", "Zintani-based units") or a force noun "from" one town ("a force from the
western city of Misrata", "tribal fighters from Zuwara").

Each is one actor per town, named as the knowledge base names that town's forces where it
names them ("Misrata forces"), else "<Town> <noun>" with the force noun its first mention
uses ("fighters from Zawiya": "Zawiya fighters", "Zintani brigades": "Zintan brigades"), as a
story names such a side; the town stays a place.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from importlib import resources

from libya_events.extraction._kb import ActorEntry, ActorKB
from libya_events.extraction._mentions import Hit
from libya_events.gazetteer import Gazetteer, Place
from libya_events.model import ActorKind, LocationKind
from libya_events.text._gate import HeadWords, WordGate, scan

__all__ = ["BASED_NOUNS", "DEMONYMS", "FORCE_NOUNS", "town_force_hits"]


def _load_demonyms() -> dict[str, str]:
    raw = resources.files("libya_events.extraction").joinpath("data", "demonyms.tsv").read_text("utf-8")
    return parse_demonyms(raw)


def parse_demonyms(raw: str, name: str = "demonyms.tsv") -> dict[str, str]:
    """Rows ``demonym<TAB>town``; ``#`` comments and the header are skipped."""
    table: dict[str, str] = {}
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith(("#", "demonym\t")):
            continue
        cells = line.split("\t")
        if (
            len(cells) != 2
            or not cells[0].isalpha()
            or cells[0] != cells[0].lower()
            or not cells[1][:1].isupper()
        ):
            raise ValueError(f"{name} line {number}: expected 'demonym<TAB>Town'")
        if cells[0] in table:
            raise ValueError(f"{name} line {number}: {cells[0]!r} listed twice")
        table[cells[0]] = cells[1]
    return table


DEMONYMS: dict[str, str] = _load_demonyms()
"""Demonym (lower case) → its town ("misrati" → "Misrata")."""

FORCE_NOUNS = frozenset(
    """forces troops fighters brigades militias militiamen units battalions checkpoints gunmen
    convoys columns reinforcements""".split()
)
"""Plural heads that make a town's name or its people's a side ("Zintani brigades", "Misratan
reinforcements": the men a town's side sends are that side)."""
SIDE_NAMING_NOUNS = frozenset(
    """forces troops fighters brigades militias militiamen units battalions gunmen""".split()
)
"""Plural force nouns that name a town's side as told ("fighters from Zawiya": "Zawiya
fighters"); a single unit ("a Zawiya-based brigade") or the side's gear or posts ("Misrati
checkpoints", "convoys from Zintan") name it "<Town> forces"."""
_SINGULAR_FORCE_NOUNS = frozenset({"force", "brigade", "militia", "unit", "battalion", "convoy", "column"})
_FROM_NOUNS = FORCE_NOUNS | _SINGULAR_FORCE_NOUNS
"""Heads a "from <town>" phrase makes a side ("a force from Misrata")."""
BASED_NOUNS = frozenset({"force", "brigade", "militia", "unit", "battalion"})
"""Singular heads that make a town a side only after "<Town>-based" ("the Zawiya-based
brigade", "a Misrata-based militia"): a bare town before one ("the Zawiya brigade") may be a
unit's own name."""
UNIT_NAME_HEADS = BASED_NOUNS - {"unit"}
"""Singular heads that may end a unit's own name ("the Zawiya brigade", "the Misrata force"): after
a bare town only "-based" makes them the town's. A lower-case "unit" ends no unit's name: "a
Misrata unit" is one of the town's, as "a Misrata-based unit" is."""
UNIT_DESCRIBING_WORDS = ("with", "of", "to", "from", "for", "by", "in", "into", "at", "on", "against", "as")
"""Prepositions before "a <Town> unit" that make it a unit only described or told of ("fighting
with a Zintan unit", "served as a Misrata unit"), as an apposition does ("the 166 Battalion, a
Misrata unit,"): the named unit, or none, acts; no side of the town's is added."""
_UNIT_DESCRIBED = re.compile(
    r"(?:,|\b(?i:" + "|".join(UNIT_DESCRIBING_WORDS) + r"))[ \t]++(?i:an?|one)[ \t]++$"
)
_MODIFIERS = ("armed", "local", "tribal", "allied", "rival")
"""Describing words allowed between the town and the force noun, or before a "from" phrase."""

_TOWN = r"((?:[Aa]l-|[Ee]l-)?+[A-Z][a-z]++)"
_BY_TOWN = re.compile(
    rf"\b{_TOWN}(-based)?+\s++(?:(?:{'|'.join(_MODIFIERS)})\s++)?+"
    rf"({'|'.join(sorted(FORCE_NOUNS | BASED_NOUNS, key=len, reverse=True))})\b"
)
_COLUMN_VEHICLES = (
    "pick-up trucks",
    "pickup trucks",
    "pick-ups",
    "pickups",
    "technicals",
    "trucks",
    "vehicles",
)
"""Vehicles a force's column or convoy is told as ("a column of pick-up trucks from Misrata"):
the column "from" a town is that town's side, as "a column from Misrata" is."""
_FROM_TOWN = re.compile(
    rf"\b((?:(?i:{'|'.join(_MODIFIERS)})\s++)?+((?i:{'|'.join(sorted(_FROM_NOUNS, key=len, reverse=True))}))"
    rf"(?:\s++of\s++(?:armed\s++)?+(?:{'|'.join(_COLUMN_VEHICLES)}))?+"
    rf"\s++from\s++(?:the\s++(?:[a-z]++\s++)?+(?:city|town|port|oasis|village)\s++of\s++)?+{_TOWN})\b"
    r"(?!-|\s*+,\s*+[A-Z]|\s++and\s)"
)
"""One town only: "fighters from Tajoura, Ghariyan and Zuwara" stay the group they are."""
_FROM_AFTER = frozenset(
    """a an some by of and including with as more many several other two three four five
    hundreds dozens thousands""".split()
)
"""Words before a "from <town>" phrase that leave the town its forces' home; after a verb or
a possessive ("pulled its forces from Sirte") the town is where they left."""
HOME_CLAUSE_OPENERS = frozenset(
    """after before until till since once as when while because although though whereas where
    that""".split()
)
"""Words that open a clause the force noun is the subject of ("a day after forces from Zuwara
pulled out", "while fighters from Zintan held the road"): the town is still the forces' home,
as after punctuation."""
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]*+$")


_BY_TOWN_GATE = HeadWords(_BY_TOWN, FORCE_NOUNS | BASED_NOUNS, words_before=4)
"""Tried only up to four words before a force noun: "Al-Zawiya-based armed forces"."""
_FROM_TOWN_GATE = HeadWords(_FROM_TOWN, frozenset({"from"}), words_before=6)
"""Tried only up to six words before "from": "tribal fighters from", "columns of armed pick-up
trucks from"."""


def town_force_hits(
    folded: str, hits: list[Hit], gazetteer: Gazetteer, kb: ActorKB, gate: WordGate | None = None
) -> list[Hit]:
    """``hits`` with a side for every town's forces the text names; the actor mentions they
    cover (a guessed person "Gharyani", the bare group "Zawiyan fighters") give way. ``gate``,
    the words of ``folded``, lets the patterns be tried only near their head words."""
    lower = folded.lower()
    if not any(map(lower.__contains__, FORCE_NOUNS | BASED_NOUNS)) and " from " not in lower:
        return hits
    found: list[tuple[Hit, str]] = []
    found_places: list[Hit] = []
    towns = _Towns(gazetteer, kb)
    for m in scan(_BY_TOWN_GATE, folded, gate):
        if m.group(2) is None and m.group(3) in UNIT_NAME_HEADS:
            continue
        if (
            m.group(2) is None
            and m.group(3) == "unit"
            and _UNIT_DESCRIBED.search(folded, max(0, m.start() - 40), m.start())
        ):
            continue  # "the 166 Battalion, a Misrata unit,", "fighting with a Zintan unit": no side acting  # "the Zawiya brigade": perhaps a unit's name; "Zawiya-based brigade" is the town's
        word = m.group(1).lower()
        demonym = m.group(2) is None and word in DEMONYMS
        town = DEMONYMS[word] if demonym else towns.town(m.group(1))
        if town is not None:
            noun = m.group(3).lower()
            found.extend(_joined_town(folded, m.start(), towns, noun))
            how = DEMONYM if demonym else (BASED if m.group(2) is not None else "")
            found.append((towns.side(m.start(), m.end(), town, noun), how))
    for m in scan(_FROM_TOWN_GATE, folded, gate) if " from " in lower else ():
        home = _home_phrase(folded, m.start())
        if not home and not _named_whole(hits, m.start(), m.end()):
            continue
        place = _gazetteer_place(m.group(3), gazetteer, fuzzy=" of " in m.group(1))
        if place is None:
            continue
        if home:
            found.append(
                (towns.side(m.start(), m.end(), _town_name(place, m.group(3)), m.group(2).lower()), "")
            )
        if not any(h.place is not None and h.start == m.start(3) for h in hits):
            # a misspelt town the gazetteer's exact names miss, or a town inside the knowledge
            # base's name of its forces ("forces from Misrata"), is a place still
            found_places.append(Hit(m.start(3), m.end(3), place.id, place.name, "fuzzy", place=place))
    if not found:
        return hits + found_places
    return _merged(hits, found) + found_places


_JOINED_WORD = re.compile(r"((?:[Aa]l-|[Ee]l-)?+[A-Z][a-z]++),?+\s++and\s++$")


class _Towns:
    """One article's look-ups, each made once however often the text repeats it: the town a
    word names, the knowledge base's entry for a town's forces."""

    def __init__(self, gazetteer: Gazetteer, kb: ActorKB) -> None:
        self._gazetteer, self._kb = gazetteer, kb
        self._towns: dict[str, str | None] = {}
        self._entries: dict[str, ActorEntry | None] = {}

    def town(self, word: str) -> str | None:
        """The Libyan town of the gazetteer ``word`` names, as the text spells it."""
        if word not in self._towns:
            place = _gazetteer_place(word, self._gazetteer)
            self._towns[word] = _town_name(place, word) if place is not None else None
        return self._towns[word]

    def side(self, start: int, end: int, town: str, noun: str) -> Hit:
        """The mention of ``town``'s forces at ``start..end``: the knowledge base's armed
        group that names them, else "<Town> <noun>" with the force noun the phrase uses
        (:data:`SIDE_NAMING_NOUNS`; "fighters from Zawiya": "Zawiya fighters"), else "<Town>
        forces"; one actor per town, named as first told."""
        if town not in self._entries:
            self._entries[town] = self._kb.lookup(f"{town} forces")
        entry = self._entries[town]
        if entry is not None and entry.kind is ActorKind.ARMED_GROUP:
            return Hit(start, end, entry.id, entry.name, "kb", ActorKind.ARMED_GROUP, entry=entry)
        name = f"{town} {noun if noun in SIDE_NAMING_NOUNS else 'forces'}"
        return Hit(start, end, "town-forces:" + town.lower(), name, "forces", ActorKind.ARMED_GROUP)


def _joined_town(folded: str, start: int, towns: _Towns, noun: str) -> list[tuple[Hit, str]]:
    """The other town's side in "Zintani and Warshefani units": its demonym or name alone."""
    lo = max(0, start - 40)
    joined = _JOINED_WORD.search(folded, lo, start)
    if joined is None or joined.end() != start:
        return []
    word = joined.group(1).lower()
    town = DEMONYMS.get(word) or towns.town(joined.group(1))
    if town is None:
        return []
    return [(towns.side(joined.start(1), joined.end(1), town, noun), DEMONYM if word in DEMONYMS else "")]


def _named_whole(hits: Sequence[Hit], start: int, end: int) -> bool:
    """Whether an actor mention of ``hits`` is the phrase at ``start..end`` ("forces from X", a
    knowledge-base name of the town's forces)."""
    return any(h.actor_kind is not None and h.start == start and h.end == end for h in hits)


def _home_phrase(folded: str, start: int) -> bool:
    """A "from" phrase starting at ``start`` tells the forces' home: it opens a sentence, a
    quotation or a clause, or follows a word of _FROM_AFTER."""
    before = folded[max(0, start - 30) : start]
    word = _WORD_BEFORE.search(before)
    if word is None:
        return True  # after punctuation or at the start
    if folded[start].isupper():
        return True
    return word.group(1).lower() in _FROM_AFTER | HOME_CLAUSE_OPENERS


def _gazetteer_place(word: str, gazetteer: Gazetteer, *, fuzzy: bool = False) -> Place | None:
    """The Libyan town ``word`` names; misspelt too where ``fuzzy`` ("the city of Mistrata"
    says a town is meant). A word shaped like a nationality ("Jordanian", an alternate name
    of a Libyan town) is left to the demonym table."""
    if word.lower() in _NOT_TOWN_WORDS or _NATIONALITY_SHAPE.search(word):
        return None
    places = gazetteer.lookup(word) or (gazetteer.fuzzy_lookup(word) if fuzzy else ())
    return next((p for p in places if p.kind is LocationKind.CITY and p.country_code == "LY"), None)


def _town_name(place: Place, word: str) -> str:
    """The town as the text spells it, without "Al-" ("Al-Zawiya fighters" and "Zawiyan
    fighters" are one side); as the gazetteer spells it where the text misspells it."""
    if not any(_ARTICLE.sub("", n).lower() == _ARTICLE.sub("", word).lower() for n in place.names):
        return place.name if place.name.isascii() else word
    return _ARTICLE.sub("", word)


_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l)[- ]")
_NATIONALITY_SHAPE = re.compile(r"(?:ian|ish|ese|ans)$")


_NOT_TOWN_WORDS = frozenset({"libya", "libyan", "government", "army", "national", "special", "the"})


def _merged(hits: list[Hit], found: Sequence[tuple[Hit, str]]) -> list[Hit]:
    """Adds each found side unless a named armed group already covers its words; actor
    mentions wholly inside it (not places) give way. The actors a side overlaps are found by
    position, so that a text of many sides costs what its length does."""
    actors = sorted((h for h in hits if h.actor_kind is not None), key=lambda h: h.start)
    starts = [h.start for h in actors]
    longest = max((h.end - h.start for h in actors), default=0)
    gone: set[int] = set()
    added: list[Hit] = []
    covered: set[int] = set()  # the characters of the sides added
    for side, how in found:
        lo = bisect.bisect_left(starts, side.start - longest)
        hi = bisect.bisect_left(starts, side.end)
        over = [h for h in actors[lo:hi] if side.start < h.end and id(h) not in gone]
        if any(_keeps(h, side, how) for h in over) or not covered.isdisjoint(range(side.start, side.end)):
            continue
        gone.update(id(h) for h in over if h.place is None)
        added.append(side)
        covered.update(range(side.start, side.end))
    if not added:
        return hits
    return [h for h in hits if id(h) not in gone] + added


DEMONYM = "demonym"
"""A side named by its town's people ("Misrati checkpoints")."""
BASED = "based"
"""A side named "<Town>-based <force>" ("the Zawiya-based brigade")."""


def _keeps(h: Hit, side: Hit, how: str) -> bool:
    """An existing mention that stands: one reaching outside the side's words, or a named
    armed group (the knowledge base's "Zintan brigades", a unit's name). Before a demonym the
    forces of a person guessed from it give way ("Tarhuni forces" are Tarhuna's)."""
    if h.start < side.start or h.end > side.end:
        return h.place is None
    if h.actor_kind is not ActorKind.ARMED_GROUP or h.source == "group":
        return False
    if how == BASED and (h.entry.generic if h.entry is not None else h.source == "unit"):
        return False  # "a Misrata-based militia": the town's, not any militia nor a unit "Misrata-based"
    return not (how == DEMONYM and h.source == "forces" and h.entry is None)
