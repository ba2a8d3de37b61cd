"""Mention finding: where actors and places are named in a text.

Three mechanisms feed one list of :class:`Hit` objects, every one with its character
span into the original text:

1. dictionary matches of the knowledge bases (actor aliases, dated roles, collectives,
   gazetteer names), found by walking a word index keyed on each alias's first word;
2. patterns of the genre: titles and appositions that introduce people
   ("LNA spokesman Ahmed Mismari", "Fathi Bashagha, the interior minister,"), named
   units ("the Nawasi brigade"), descriptive groups ("Chadian rebels") and forces
   named by whom they serve ("Haftar's forces", "troops allied to the Tripoli government");
3. overlap resolution: the longest evidence wins, and a country named as a noun is both
   a place and (when it acts) an actor.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

from attrs import define, evolve

from libya_events.extraction._kb import ActorEntry, ActorKB, name_skeleton, normalize_alias
from libya_events.extraction._lexicon import (
    ARABIC_UNIT_WORDS,
    BODY_APPOSITION_NOUNS,
    BODY_GROUP_MODIFIERS,
    BODY_GROUP_NOUNS,
    COMMON_CAPITALISED,
    FIRST_NAMES,
    GROUP_NOUNS,
    SURNAME_TITLES,
    TITLE_LEAD_NOISE,
    TITLE_WORDS,
)
from libya_events.gazetteer import NATIONALITY_WORDS, Gazetteer, Place
from libya_events.gazetteer._names import ARTICLES
from libya_events.model import ActorKind, LocationKind
from libya_events.text._gate import FirstWords, HeadWords, WordGate, finditer_at, search_ending
from libya_events.text._segment import ABBREVIATIONS

__all__ = [
    "DWELLER_NOUNS",
    "HURT_PEOPLE_KEY",
    "HURT_WORDS",
    "KIN_NOUNS",
    "Hit",
    "MentionFinder",
    "Word",
    "publishers_staff",
    "words_of",
]

_WORD = re.compile(r"[^\W_]+")
# Words after which a small place's name stands where a place is meant: prepositions, and the
# past forms of verbs whose object is a place reached, taken or left ("fled Tawergha").
PLACE_SLOT_WORDS = [
    *(
        "in at near to from into outside around of toward towards via reached entered took captured seized "
        "retook recaptured stormed overran occupied liberated fled left abandoned evacuated besieged "
        "encircled surrounded attacked raided shelled visited toured "
        # other forms of the same verbs ("had retaken X", "after taking X", "entering X")
        "taken retaken overrun take retake capture recapture seize enter reach leave visit "
        "taking retaking capturing recapturing seizing entering reaching leaving fleeing visiting "
        "storming attacking shelling through across beyond"
    ).split(),
    "far as",  # "got as far as X": the furthest place reached
    r"back\s+on",  # "fell back on X", "pulled back on X": the place a retreat falls back to
]
_PLACE_SLOT = re.compile(r"\b(?:" + "|".join(PLACE_SLOT_WORDS) + r")\s+(?:the\s+)?$")
_LIST_NAME = r"[A-Z][\w'\u2019-]*+(?:\s+[A-Z][\w'\u2019-]*+){0,2}"
_LIST_GAP = r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_LISTED_IN_SLOT = re.compile(
    r"\b(?:" + "|".join(PLACE_SLOT_WORDS) + r")\s+(?:the\s+)?"
    rf"({_LIST_NAME})(?:{_LIST_GAP}{_LIST_NAME}){{0,3}}{_LIST_GAP}$"
)
"""A place slot whose first name a list goes on from ("fled to Sabha and X", "in Dehiba, X",
"to Zintan, Nalut or X"): the later names stand in the same slot."""
LISTED_SLOT_REACH = 70
TRIBAL_AREA = "tribal_area"
"""The feature of a region named as the tribe that lives there: a place only where a place
is meant (after "in", "from", "near"... or as "<name> area"), elsewhere the tribe."""
SENDING_TOWN_KEY = "town:"
"""The key prefix of a town acting as its authorities ("Misrata sent troops to X")."""
BODY_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT, ActorKind.ORGANIZATION})
"""Actors that are bodies (an armed group, a government, an organisation): what "it", "its
members" or an acronym can stand for, unlike a person or an unnamed collective."""
MEDIUM_KEY = "medium:"
"""The key prefix of a medium named only as a speaker's listener ("told Al-Marsad newspaper")."""
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")  # _WORD on an ASCII text


class Word(NamedTuple):
    """A word of the folded text: its key (case-folded, no diacritics) and offsets."""

    key: str
    start: int
    end: int
    capital: bool


def _key(text: str) -> str:
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words_of(folded: str) -> list[Word]:
    """The words of a folded text with their keys and offsets."""
    if folded.isascii():
        lower = folded.lower()
        spans = [m.span() for m in _ASCII_WORD.finditer(folded)]
        new = tuple.__new__  # Word(...) without the keyword-handling constructor
        return [new(Word, (lower[a:b], a, b, folded[a].isupper())) for a, b in spans]
    spans = [m.span() for m in _WORD.finditer(folded)]
    new = tuple.__new__
    return [new(Word, (_key(folded[a:b]), a, b, folded[a].isupper())) for a, b in spans]


def _numbered_name(words: Sequence[Word], i: int, size: int) -> bool:
    """Whether the ``size`` words from ``i`` are a name that opens with a number and goes on
    capitalised ("27 Gate", "17 Bridge"): a number has no case to tell a name by."""
    return size > 1 and words[i].key[:1].isdigit() and all(w.capital for w in words[i + 1 : i + size])


def _alias_words(alias: str) -> tuple[str, ...]:
    return tuple(_key(w) for w in _WORD.findall(alias.replace("\u2019", "'")))


@define
class Hit:
    """One mention: an actor (``actor_kind`` set), a place (``place`` set), or both."""

    start: int
    end: int
    key: str
    name: str
    source: str  # kb, role, collective, gazetteer, person, unit, group, forces, pronoun, kin
    actor_kind: ActorKind | None = None
    place: Place | None = None
    candidates: tuple[Place, ...] = ()
    title: str | None = None
    affiliation: str | None = None
    entry: ActorEntry | None = None
    agentive: bool = False
    master: Hit | None = None  # who these forces serve, named inside ("forces loyal to Haftar")

    @property
    def is_actor(self) -> bool:
        return self.actor_kind is not None

    @property
    def length(self) -> int:
        return self.end - self.start

    @classmethod
    def of_entry(cls, start: int, end: int, entry: ActorEntry, source: str = "kb") -> Hit:
        """A mention of the knowledge-base actor ``entry``, with its name, kind, title and
        affiliation."""
        return cls(
            start,
            end,
            entry.id,
            entry.name,
            source,
            entry.kind,
            title=entry.title,
            affiliation=entry.affiliation,
            entry=entry,
        )

    def standing_for(self, other: Hit) -> Hit:
        """This mention rewritten as a mention of the actor ``other`` names (its key, name,
        kind, entry, title and affiliation); its span and the rest stay."""
        return evolve(
            self,
            key=other.key,
            name=other.name,
            source=other.source,
            actor_kind=other.actor_kind,
            entry=other.entry,
            title=other.title,
            affiliation=other.affiliation,
        )


def _title_modifier(folded: str, words: Sequence[Word], keys: Sequence[str], i: int) -> bool:
    """Whether the capitalised word ``i`` modifies a capitalised title word right after it ("the
    Resident Coordinator", "the Resident Representative"): part of an office's name."""
    if not words[i].capital or i + 1 >= len(words) or not words[i + 1].capital:
        return False
    return keys[i + 1] in TITLE_WORDS and folded[words[i].end : words[i + 1].start].isspace()


def _collective_hit(start: int, end: int, key_name: str, surface: str) -> Hit:
    """A collective actor's hit ("families", "a security source"), keyed by its normalised name."""
    return Hit(
        start, end, "collective:" + normalize_alias(key_name), surface, "collective", ActorKind.COLLECTIVE
    )


def _unheld_group_hit(start: int, end: int, text: str, definite: bool = False) -> Hit | None:
    """A role alias that is a bare plural group noun ("the rebels", "insurgents") where no holder
    is known: the armed group the words themselves name, as the gold sets name it ("rebels"),
    never nothing; a named group or side earlier in the text that the words refer back to takes
    the mention over in coreference. In a story dated outside the role's years only the definite
    words ("the rebels seized Brega") are such a group (``definite``): "300 rebels", "rebels
    based in Libya" there are some other war's, which the story names. An office ("the envoy")
    stays unheld, and so do "the rebels of <group>", that group's own name."""
    article = _LEADING_ARTICLE.match(text[start:end])
    if definite and article is None and _DEFINITE_BEFORE.search(text, max(0, start - 5), start) is None:
        return None
    start += article.end() if article is not None else 0
    name = text[start:end]
    if name.lower() not in GROUP_NOUNS or _OF_AFTER.match(text, end):
        return None
    return Hit(start, end, "group:" + normalize_alias(name), name, "group", ActorKind.ARMED_GROUP)


_OF_AFTER = re.compile(r"(?<!\s)\s++of\b")
"""A noun's "of" phrase right after it ("the rebels of the FACT")."""


_Payload = tuple[str, object, bool]  # (source, payload, needs a capital)


_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")


def _spellings(alias: str) -> tuple[str, ...]:
    """The alias, and its form with dotted acronyms closed up ("U.N.-backed": "UN-backed"), since
    the knowledge base keeps one spelling of aliases that normalise alike."""
    closed = _DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", ""), alias)
    return (alias,) if closed == alias else (alias, closed)


class _WordIndex:
    """Aliases keyed on their first word, longest first."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], _Payload]]] = {}
        # after freeze(): the longer aliases keyed on their first two words, each pair with
        # its aliases' lengths (longest first) and the aliases by their words, so a common
        # opening ("al", "government of") costs one look-up per length, not one per alias
        self._by_pair: dict[tuple[str, str], tuple[tuple[int, ...], dict[tuple[str, ...], _Payload]]] = {}
        self._singles: dict[str, list[tuple[tuple[str, ...], _Payload]]] = {}
        self._frozen = False

    def add(self, alias: str, payload: _Payload) -> None:
        for form in _spellings(alias):
            words = _alias_words(form)
            if not words:
                continue
            bucket = self._by_first.setdefault(words[0], [])
            at = next((k for k, (existing, _) in enumerate(bucket) if existing == words), None)
            if at is None:
                bucket.append((words, payload))
            elif _lower_case_spelling(bucket[at][1], payload):
                bucket[at] = (words, payload)  # "western military region" beside its capitalised name

    def freeze(self) -> None:
        self._singles = {}
        by_pair: dict[tuple[str, str], dict[tuple[str, ...], _Payload]] = {}
        for first, bucket in self._by_first.items():
            bucket.sort(key=lambda item: -len(item[0]))
            for words, payload in bucket:
                if len(words) > 1:
                    by_pair.setdefault((first, words[1]), {})[words] = payload  # words are unique
                else:
                    self._singles.setdefault(first, []).append((words, payload))
        self._by_pair = {
            pair: (tuple(sorted({len(words) for words in table}, reverse=True)), table)
            for pair, table in by_pair.items()
        }
        self._frozen = True

    def openings(self) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
        """After :meth:`freeze`: the words that are a whole alias, and the (first, second)
        word pairs the longer aliases open with; :meth:`matches` finds nothing elsewhere."""
        return frozenset(self._singles), frozenset(self._by_pair)

    @property
    def first_words(self) -> dict[str, list[tuple[tuple[str, ...], _Payload]]]:
        """Alias buckets keyed on their first word (for a quick membership test)."""
        return self._by_first

    def matches(
        self, words: Sequence[Word], keys: tuple[str, ...], i: int, folded: str
    ) -> list[tuple[int, _Payload]]:
        """(number of words, payload) for every alias that starts at word ``i``, longest first.

        ``keys`` are the words' keys (``tuple(w.key for w in words)``), computed once. The
        alias's words must be adjacent in the text (no punctuation between, except hyphens,
        dots and apostrophes inside a name).
        """
        if not self._frozen:
            return self._matches_unfrozen(words, keys, i, folded)
        key = keys[i]
        singles = self._singles.get(key)
        pair = self._by_pair.get((key, keys[i + 1])) if i + 1 < len(keys) else None
        if pair is None:
            return [(1, payload) for _, payload in singles] if singles else []
        found: list[tuple[int, _Payload]] = []
        lengths, table = pair
        left = len(keys) - i
        for n in lengths:
            if n > left:
                continue  # a shorter slice could be another alias of the table
            payload = table.get(keys[i : i + n])
            if payload is not None and _adjacent(words, i, n, folded):
                found.append((n, payload))
        if singles:
            found.extend((1, payload) for _, payload in singles)
        return found

    def _matches_unfrozen(
        self, words: Sequence[Word], keys: tuple[str, ...], i: int, folded: str
    ) -> list[tuple[int, _Payload]]:
        found: list[tuple[int, _Payload]] = []
        for alias, payload in self._by_first.get(keys[i], ()):
            n = len(alias)
            if n == 1 or keys[i : i + n] == alias:
                if n > 1 and not _adjacent(words, i, n, folded):
                    continue
                found.append((n, payload))
        return found


def _adjacent(words: Sequence[Word], i: int, n: int, folded: str) -> bool:
    """Whether words ``i..i+n`` follow each other within one phrase (no line break or comma)."""
    for k in range(i, i + n - 1):
        start, end = words[k].end, words[k + 1].start
        if end - start > 3 or _BREAK_CHARS.intersection(folded[start:end]):
            return False
        if _sentence_ends(folded, words[k].start, start):
            return False  # "the town. Officials said": two sentences, not "town officials"
    return True


def _sentence_ends(folded: str, word_start: int, word_end: int) -> bool:
    """A full stop and a space after a lower-case word of two letters or more (not "U.S. forces")."""
    if folded[word_end : word_end + 2] not in (". ", ".\n"):
        return False
    word = folded[word_start:word_end]
    return len(word) > 1 and word.isalpha() and word.islower()


_BREAK_CHARS = frozenset('\n,;:"()')


_GOVERNMENT_FORCES = re.compile(
    r"\b(?:(?:the\s+)?government(?:'s)?\s+(?:forces|troops|units|fighters|soldiers|convoys|columns)"
    r"|pro-government\s+(?:forces|fighters|troops|militias)"
    r"|(?:forces|troops|fighters|units|soldiers|militias)\s+(?:loyal\s+to|backing|fighting\s+for|aligned\s+with|allied\s+(?:to|with))\s+"
    r"(?:Libya's\s+)?(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:Government\s+of\s+National\s+(?:Accord|Unity)|government|GNA|GNU|administration|rulers|authorities))\b",
    re.IGNORECASE,
)
GOVERNMENT_WORD = "Government"
"""The capitalised head of a government's proper name ("the Salvation Government")."""


def _unknown_government_name(folded: str, end: int, places: _Occupancy) -> bool:
    """Whether the government of a forces phrase closing at ``end`` is named by a proper name the
    knowledge base lacks ("forces loyal to the Rescue Government"): a capitalised word right
    before a capitalised "Government" (:data:`GOVERNMENT_WORD`) that is neither a place ("the
    Tripoli Government", where it sits) nor a nationality ("the Libyan Government"). Such a
    government is not the one of the story's day (the dated "government"), and its forces are
    left unresolved. Read with string operations over the phrase's last 60 characters."""
    tail = folded[max(0, end - 60) : end]
    if not tail.endswith(GOVERNMENT_WORD):
        return False
    before = tail[: -len(GOVERNMENT_WORD)]
    stripped = before.rstrip()
    if not stripped or len(stripped) == len(before):
        return False
    word = stripped.split()[-1]
    if not word[:1].isupper():
        return False
    lowered = word.lower()
    if lowered in NATIONALITY_WORDS or lowered.removesuffix("-based") in NATIONALITY_WORDS:
        return False
    hi = end - len(tail) + len(stripped)
    lo = hi - len(word)
    return not any(h.start < hi and lo < h.end for h in places.actors_between(lo - 40, hi))


_LOYAL_TO = re.compile(
    r"\b(?:forces|troops|fighters|units|soldiers|militias|men|loyalists|convoys|columns|brigades|battalions|groups|army)"
    r"\s+(?:loyal\s+to|backing|"
    r"commanded\s+by|led\s+by|allied\s+(?:to|with)|aligned\s+with|affiliated\s+with|under|of)\s+",
    re.IGNORECASE,
)
_POSSESSED_FORCES = re.compile(
    r"'s\s+(?:[\w-]+\s+)?(?:forces|troops|fighters|men|army|units|loyalists|militias|soldiers|brigades|columns?|camp)\b"
    r"|(?<!\s)\s++(?:loyalists|forces)\b"
)
_EMBASSY = re.compile(r"(?<!\s)\s++(?:[Ee]mbassy|[Cc]onsulate)\b")
GOVERNMENT_OF_PERSON_NOUNS = frozenset({"government", "cabinet", "administration"})
"""Nouns of a body a leader heads that "the ... of <person>" names ("the government of Prime
Minister X", "the cabinet of X"): the leader's government, an actor apart from the leader."""
GOVERNMENT_OF_PERSON_TITLES = ("prime minister", "president", "premier", "mr.", "mr")
"""Titles that may stand between "of" and the leader's name. Lower case; extend freely."""
_GOVERNMENT_OF_PERSON = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+)?(?:"
    + "|".join(sorted(GOVERNMENT_OF_PERSON_NOUNS))
    + r")\s+of\s+(?:(?:"
    + "|".join(re.escape(t) for t in GOVERNMENT_OF_PERSON_TITLES)
    + r")\s+)?$",
    re.IGNORECASE,
)
"""The words before a person's name that make the phrase that person's government, read on a
short window before the name (the phrase opens with "the"; one capitalised word may name its
seat: "the Tripoli government of Prime Minister X")."""
GOVERNMENT_OF_PERSON_REACH = 60
"""How far before a person's name :data:`_GOVERNMENT_OF_PERSON` looks, in characters."""
_GOVERNMENT_AFTER_HEAD = re.compile(
    r"(?:['\u2019]s)?+(?<![ \t])[ \t]++(?:"
    + "|".join(sorted(GOVERNMENT_OF_PERSON_NOUNS))
    + r")\b(?![ \t]++of\b)"
)
"""The words after a head of government's name that make the phrase the government ("the
Meloni government", "Meloni's cabinet")."""
GOVERNMENT_OF_KEY = "leader-government:"
"""Key prefix of a person's government the knowledge base does not know by the person."""
_OFFICE = re.compile(r"'s\s+(?:media\s+|press\s+)?office\b")
_PRONOUN_OFFICE = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:media\s+|press\s+)?office\b")
_PRONOUN_OFFICE_FIRST = FirstWords(_PRONOUN_OFFICE, frozenset({"his", "her"}))
_PRONOUN_MINISTRY = re.compile(r"\b(?:[Hh]is|[Hh]er)\s++ministry\b")
_THE_MINISTRY = re.compile(r"\b[Tt]he\s++ministry\b(?!\s++of\b)")
"""A bare "the ministry" (not "the ministry of X", which names its own)."""
THE_MINISTRY_REACH = 300
"""How far before "the ministry" (characters) the minister it belongs to may be told."""
_MINISTER_OF = re.compile(
    r"\b[Mm]inister\s++of\s++(?:the\s++)?+([A-Za-z]++)"
    r"|\b(interior|defen[cs]e|foreign|health|oil|finance|justice|economy|education)\s++minister\b",
    re.IGNORECASE,
)
"""A minister's portfolio in his title ("Minister of Interior", "the defence minister")."""
MINISTER_TITLE_REACH = 120
"""Characters before a minister's name his title may stand in ("The Minister of Interior of
the Government of National Unity, Emad Al-Trabelsi")."""
_PRONOUN_FORCES = re.compile(
    r"\b(its|his|their)\s+(?:own\s+)?(?:forces?|troops|fighters|men|units|loyalists|militias|soldiers|brigades)\b",
    re.IGNORECASE,
)
_FORCE_WORDS = frozenset({"forces", "troops", "fighters", "units", "soldiers", "militias"})
_GOVERNMENT_FORCES_HEAD = HeadWords(
    _GOVERNMENT_FORCES,
    _FORCE_WORDS | {"government", "convoys", "columns"},
    words_before=1,
    firsts=_FORCE_WORDS | {"the", "government", "pro"},
)
LOYAL_FORCE_WORDS = _FORCE_WORDS | {
    "men",
    "loyalists",
    "convoys",
    "columns",
    "brigades",
    "battalions",
    "groups",
    "gunmen",
    "militiamen",
    "army",
}
"""Force nouns that open "N loyal to X", "N backing X": a force named by whom it serves ("the
army of the GNA" is the GNA's forces)."""
_LOYAL_TO_FIRST = FirstWords(_LOYAL_TO, LOYAL_FORCE_WORDS)
LOYAL_UNIT_NOUNS = ("armed group", "brigade", "battalion", "militia", "unit", "group", "force")
"""Singular nouns of one armed body that "a <noun> loyal to X" names: one unit serving X, an
actor of its own named by the phrase ("brigade allied to Bashagha"), not all of X's forces.
Lower case; extend freely (a longer noun before its tail: "armed group" before "group")."""
ALLEGIANCE_PHRASES = ("loyal to", "allied to", "allied with", "aligned with", "aligned to")
"""The words between such a unit and whom it serves."""
_LOYAL_UNIT = re.compile(
    r"\b(?:an?)\s+((?:"
    + "|".join(n.replace(" ", r"\s+") for n in LOYAL_UNIT_NOUNS)
    + r")\s+(?:"
    + "|".join(p.replace(" ", r"\s+") for p in ALLEGIANCE_PHRASES)
    + r")\s+)",
    re.IGNORECASE,
)
_LOYAL_UNIT_FIRST = FirstWords(_LOYAL_UNIT, frozenset({"a", "an"}))
LOYAL_LEAD_WORDS = frozenset({"remaining", "last", "armed"})
"""Words before "forces loyal to X" that belong to the phrase: those that pick out the part of X's
forces still in place ("the remaining forces loyal to X") and "armed" ("armed groups aligned
with X"); the mention takes them (and a "the" before them) in."""
_LOYAL_LEAD = re.compile(
    r"(?:\b[Tt]he\s+)?(?:\b(?:" + "|".join(sorted(LOYAL_LEAD_WORDS)) + r")\s+){1,2}$", re.IGNORECASE
)


def _loyal_lead_start(folded: str, start: int) -> int:
    """Where "forces loyal to X" at ``start`` begins with its LOYAL_LEAD_WORDS word taken in
    (an army's ARMY_LEAD_WORDS too: "the Libyan army of the GNA")."""
    m = _LOYAL_LEAD.search(folded, max(0, start - 24), start)
    if m is None and folded[start : start + len(ARMY_WORD)].lower() == ARMY_WORD:
        m = _ARMY_LEAD.search(folded, max(0, start - 24), start)
    return m.start() if m is not None else start


ARMY_WORD = "army"
"""The force noun of "army of X", whose mention is the army's own words ("the Libyan army")."""


def _army_of(folded: str, loyal: re.Match[str]) -> bool:
    """Whether a loyal-to match is "army of X" (not "army loyal to X", which names the army by
    whom it serves)."""
    phrase = loyal.group().lower()
    return phrase.startswith(ARMY_WORD) and phrase.rstrip().endswith(" of")


ARMY_LEAD_WORDS = frozenset({"libyan", "national", "regular"})
"""Words before "army of X" that belong to the phrase: "the Libyan army of the GNA" is the GNA's
forces as a whole, not the knowledge base's "Libyan army" (the LNA) followed by "of the GNA"."""
_ARMY_LEAD = re.compile(
    r"(?:\b[Tt]he\s+)?(?:\b(?:" + "|".join(sorted(ARMY_LEAD_WORDS)) + r")\s+){1,2}$", re.IGNORECASE
)
GOVERNMENT_ARMY_NOUNS = ("army", "armed forces", "military", "forces", "troops", "soldiers", "fighters")
"""Nouns of a government's armed force after its possessive ("the GNA's army", "the Tripoli
government's troops"): the government's forces, an armed group apart from the government."""
_GOVERNMENT_POSSESSED = re.compile(
    r"['\u2019]s\s++(?:own\s++)?+(?:"
    + "|".join(w.replace(" ", r"\s++") for w in GOVERNMENT_ARMY_NOUNS)
    + r")\b"
)


def _apposition_before(folded: str, start: int) -> bool:
    """Whether a comma ends the text right before ``start``: "X, a unit loyal to Y" describes X."""
    return folded[max(0, start - 3) : start].rstrip().endswith(",")


_PRONOUN_FORCES_FIRST = FirstWords(_PRONOUN_FORCES, frozenset({"its", "his", "their"}))
_ALLIES = re.compile(
    r"(?:\b(his|her|its|their)|(?<=\w)('s|\u2019s))\s{1,3}(?:(?:local|tribal|armed|political|own|main)\s{1,3})?"
    r"(allies|supporters)\b(?![\'\u2019])",
    re.IGNORECASE,
)
""""X's allies", "his supporters": followers of an actor, a group of their own ("X and its
allies" are X's partners named after it, "his allies' base" only a place)."""
_AND_BEFORE = re.compile(r"\band\s{1,3}$", re.IGNORECASE)
_APPOSITION_OPENS = re.compile(r",\s{1,3}(?:the\s{1,3})?", re.IGNORECASE)
"""The comma (and article) that opens an apposition after a noun phrase ("X's allies, the ...")."""


def _allies_named_after(end: int, occupied: _Occupancy, folded: str) -> bool:
    """ "the LNA's local allies, the Kaniyat militia,": an apposition that opens with an actor
    already found names who the allies are; the phrase describes that actor (its mover and
    speaker), so it is no following of its own."""
    m = _APPOSITION_OPENS.match(folded, end, min(len(folded), end + 12))
    return m is not None and bool(occupied.actors_between(m.end(), m.end() + 1))


_FOLLOWED_KINDS = frozenset({ActorKind.PERSON, ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT})
_FOLLOWER_PRONOUNS = {
    "his": frozenset({ActorKind.PERSON}),
    "her": frozenset({ActorKind.PERSON}),
    "its": frozenset({ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT}),
    "their": frozenset({ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT}),
}
_PRO_FORCES = re.compile(
    r"\b[Pp]ro-([A-Z][\w'\u2019]*(?:[ -][A-Z][\w'\u2019]*)?)\s+(?:[a-z]+\s+)?"
    r"(?:forces|troops|fighters|units|soldiers|militias|militiamen|groups|brigades|loyalists|gunmen"
    r"|convoys|columns)\b"
)
"""A force named by whom it serves ("pro-Haftar fighters", "the pro-Bashagha convoys"): the
nouns after the name are forces or the convoys and columns they move in; extend freely."""
_PRO_FORCES_FIRST = FirstWords(_PRO_FORCES, frozenset({"pro"}))
_PRO_MASTERS = frozenset({ActorKind.PERSON, ActorKind.GOVERNMENT, ActorKind.ARMED_GROUP})
_WHOSE_FORCES = re.compile(r",\s+(whose\s+(?:forces|troops|fighters|men|army|units|loyalists))\b")
GIVEN_NAME_TAILS = ("bek", "beg", "din", "uddin")
"""Lower-case second halves of hyphenated given names ("Yunus-bek", "Salah-din"): kept short and
closed, since a lower-case tail is otherwise an adjective ("Tripoli-based", "Haftar-led")."""
_TAIL = "|".join(GIVEN_NAME_TAILS)
_NAME_TOKEN = (
    rf"(?:(?:al|el|Al|El|Abdel|Abdul|Abu|Ben|Bin)-)?[A-Z][a-z'\u2019]+(?:-[A-Z][a-z]+|-(?:{_TAIL})\b)?"
)
_NAME = re.compile(
    rf"{_NAME_TOKEN}(?:\s+(?:(?:al|el|bin|ibn|Abu|Ben|Bani|Ould|Abdel|Abdul)\s+)?{_NAME_TOKEN}){{1,6}}"
)
_NAME_START = re.compile(
    rf"[A-Z](?=[a-z'\u2019]+(?:-[A-Z][a-z]+|-(?:{_TAIL}))?\s+(?:(?:al|el|bin|ibn|Abu|Ben|Bani|Ould|Abdel|Abdul)\s+)?"
    r"(?:(?:al|el|Al|El|Abdel|Abdul|Abu|Ben|Bin)-)?[A-Z][a-z'\u2019])"
)
"""Where a :data:`_NAME` match with no prefix ("al-") can start: two name tokens open there."""
_NAME_PREFIXES = ("al", "el", "Al", "El", "Abdel", "Abdul", "Abu", "Ben", "Bin")
_HYPHEN_CAPITAL = re.compile(r"-(?=[A-Z])")


def _name_starts(folded: str) -> list[int]:
    """Every offset where :data:`_NAME` can match (and a few more), in order."""
    starts = [m.start() for m in _NAME_START.finditer(folded)]
    for m in _HYPHEN_CAPITAL.finditer(folded):
        h = m.start()
        starts.extend(h - len(p) for p in _NAME_PREFIXES if h >= len(p) and folded.startswith(p, h - len(p)))
    return sorted(starts)


_BODY_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+(?:[\w'-]+\s+){0,3}?(?:"
    + "|".join(sorted(map(re.escape, BODY_APPOSITION_NOUNS)))
    + r"|(?:"
    + "|".join(sorted(BODY_GROUP_MODIFIERS))
    + r")\s+(?:"
    + "|".join(sorted(BODY_GROUP_NOUNS))
    + r"))\b(?=\s*[,.;:]|\s*$)",
    re.IGNORECASE,
)
"""An apposition right after a name that calls it a charity or an aid group ("Sea Rescue Aid, a
German charity, said"): the name is an organisation's, not a person's (the tables are
``_lexicon``'s, shared with the entity proposals)."""
BODY_APPOSITION_REACH = 80
"""Characters after a name read for such an apposition."""
_ARTICLE_AT = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
"""An article a name's run may open with ("The Sea Rescue Aid"), matched at the run's start."""


def _body_named(text: str, folded: str, start: int, end: int) -> Hit | None:
    """The organisation a :data:`_BODY_APPOSITION` describes, named by the words at
    ``[start, end)`` past a leading article ("The Sea Rescue Aid"); None when no word of the
    name is more than a common capitalised word."""
    m = _ARTICLE_AT.match(folded, start, end)
    if m is not None:
        start = m.end()
    words = folded[start:end].split()
    if not words or all(w.lower() in COMMON_CAPITALISED for w in words):
        return None
    name = text[start:end]
    return Hit(start, end, "named:" + normalize_alias(name), name, "unit", ActorKind.ORGANIZATION)


_TITLE_BEFORE = re.compile(
    r"(?:(?:[A-Z][\w.'-]{0,40}+|military|senior|chief|foreign|interior|defence|defense|health|oil|prime|deputy|former|"
    r"acting|interim|top|local|army|navy|air|force|media|official|special|u\.n\.|un)\s+){0,3}"
    r"(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")(?:\s+of\s+staff)?,?\s*$",
    re.IGNORECASE,
)
_APPOSITION = re.compile(  # the article is a whole word: "an aid official" is no "a" + "n aid official"
    r",\s+(?:(?:the|an|a|his|its|their|another)\s+)?((?:[\w.'-]+\s+){0,6}?(?:"
    + "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
    + r")(?:\s+(?:of|for|in|at|to)\s+(?:the\s+)?[\w.'-]+(?:\s+[A-Z][\w.'-]+){0,4})?)\s*[,.;]",
    re.IGNORECASE,
)
_UNIT = re.compile(  # words apart by spaces on one line: a name does not run over a line's end
    r"\b((?:(?:[A-Z][\w'-]{0,40}+|\d{2,4}|\d{1,4}(?:st|nd|rd|th))[^\S\n]+)"
    r"(?:(?:al-|el-)?[A-Z][\w'-]{0,40}+[^\S\n]+|(?:of|al|el)[^\S\n]+){0,4})"
    r"(Brigade|brigade|Battalion|battalion|Ministry|Command|Corporation|Company|Operations\s+Room|operation|Operation)\b"
)
_NAMED_UNIT = re.compile(
    r"\b(?:the\s+)?((?:al-|el-)?[A-Z][\w'-]{1,40}+(?:\s+(?:al-|el-)?[A-Z][\w'-]{1,40}+){0,2})\s+(?:brigade|militia|battalion)s?\b"
)
NUMBER_LAST_UNIT_HEADS = frozenset({"brigade", "battalion", "regiment"})
"""Heads that name a unit when a number follows them ("Battalion 166", "Brigade 301"): the
same unit as "the 166 Battalion"."""
_NUMBER_LAST_UNIT = re.compile(r"\b(Brigade|Battalion|Regiment)[^\S\n]++(\d{2,3}+)\b(?![.,:/-]?+\d)")
_NUMBER_LAST_UNIT_FIRST = FirstWords(_NUMBER_LAST_UNIT, NUMBER_LAST_UNIT_HEADS)
_UNIT_NAME_WORD = r"(?:al-|el-)?[A-Z\d][\w'\u2019-]{0,40}+"
_SHARED_UNIT = re.compile(
    r"\b((?:al-|el-)?[A-Z][\w'\u2019-]{1,40}+(?:\s+" + _UNIT_NAME_WORD + r"){0,2})"
    r"\s+and\s+(?:the\s+)?(" + _UNIT_NAME_WORD + r"(?:\s+" + _UNIT_NAME_WORD + r"){0,3})"
    r"\s+(?:[Bb]rigades|[Bb]attalions)\b"
)
"""Named units coordinated under one plural head: "the Nasr and Fajr brigades" names the Nasr
brigade and the Fajr brigade."""
_SHARED_UNIT_HEAD = HeadWords(_SHARED_UNIT, frozenset({"brigades", "battalions"}), chunks_before=9)
_ALLIANCE_NOUNS = frozenset({"alliance", "coalition"})
"""Heads of a described alliance of sides ("the Zintani-Warshefana alliance")."""
_DESCRIBED_GROUP_NOUNS = frozenset(
    {
        "groups",
        "brigade",
        "militia",
        "personnel",
        "officers",
        "advisers",
        "advisors",
        "instructors",
        "trainers",
        "navy",
    }
)
"""Heads that name an actor only after a describing word ("tribal groups", "a local brigade",
"a rival militia", "Russian personnel", "Turkish officers": a foreign army's people are its forces)."""
_GROUP_WORDS = GROUP_NOUNS | _ALLIANCE_NOUNS | _DESCRIBED_GROUP_NOUNS
_GROUP = re.compile(
    r"\b((?:(?:[A-Z][a-z]+(?:an|ian|ien|i|ese|ish)(?:-[A-Z][a-z]+)?+|Islamist|armed|rival|foreign|local|tribal|jihadist|Sudanese|Syrian|Russian|Chadian|sleeper)\s+){1,3})"
    r"(" + "|".join(sorted(_GROUP_WORDS, key=len, reverse=True)) + r")"
    r"(?:\s+and\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(GROUP_NOUNS, key=len, reverse=True)) + r"))?\b"
)
AIR_ARM_OWNERS = ("the", "its", "our", "their", "his")
"""Words before a lower-case "air force" that make it a side's air arm told of ("the air force
had struck", "our air force carried out four sorties"), not part of a name ("Libyan Air Force");
a named owner's possessive does too (:data:`AIR_ARM_POSSESSIVE`)."""
AIR_ARM_NOT_BEFORE = ("base", "bases", "commander", "chief", "officer", "officers", "spokesman", "of")
"""Words after "air force" that make it a modifier ("the air force base", "the air force
commander said") or a part's owner ("the air force of the Dawn"), not the arm itself."""
AIR_ARM_POSSESSIVE = r"[A-Z][a-z]++['\u2019]s"
"""A named owner's possessive before a lower-case "air force" ("Libya's air force", "Haftar's
air force"): the owner's air arm told of, as after "its"."""
_AIR_ARM = re.compile(
    r"\b(?:(?i:"
    + "|".join(AIR_ARM_OWNERS)
    + r")|"
    + AIR_ARM_POSSESSIVE
    + r")\s++(air\s++force)\b(?!\s++(?:"
    + "|".join(AIR_ARM_NOT_BEFORE)
    + r")\b|-)"
)
"""A side's air arm told without its name ("the air force had struck a convoy"): an unnamed armed
group named "air force", an actor only where it acts or moves (SCHEMA: an armed group)."""
TOWN_OPENERS = frozenset(
    {"Abu", "Ain", "Bab", "Bani", "Bir", "Hay", "Qasr", "Ras", "Sidi", "Souq", "Suq", "Wadi", "Zawiyat"}
)
"""Arabic words that open a place name of two words or more ("Souq al-Juma", "Abu Salim", "Ain
Zara", "Bani Walid"): before a municipality the town's name starts there. Extend freely."""
_MUNICIPAL_TOWN = r"(?:(?:" + "|".join(sorted(TOWN_OPENERS)) + r")\s+)?(?:[Aa]l-|[Ee]l-)?[A-Z][a-z]+"
_INSTITUTION = re.compile(
    r"\b((?:(?:[A-Z][a-z]+(?:ian|ish|ese|an|i|ch)|Libyan|GNA|GNU|LNA)\s+)?(?:(?:interior|defen[cs]e|foreign|health|"
    r"oil|finance|justice|local\s+government|economy|education)\s+ministry|[Mm]inistry\s+of\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})"
    r"|(?:[A-Z][a-z]+(?:ian|ish|ese|an|i))\s+parliament|"
    + _MUNICIPAL_TOWN
    + r"\s+(?:municipality|municipal\s+council))\b"
)
"""Ministries by portfolio, foreign parliaments by nationality and municipalities by town (a
town of two words or with the Arabic article too: "the Souq al-Juma municipal council",
"Abu Salim municipality")."""
NATIONAL_BODY_HEADS = frozenset({"centre", "center"})
"""Nouns of a building that, in a name a national adjective opens ("the Libyan Mine Action
Centre", "the Tunisian Migration Center"), name a state's body, not a site: a site is named by
its place or its founder ("the Tripoli Medical Centre"). Extend with another such noun."""
NATIONAL_BODY_OPENERS = frozenset({"national"})
"""Capitalised words other than a nationality that open a national body's name ("the National
Mine Action Centre")."""
_NATIONAL_BODY = re.compile(
    r"\b(?!(?:The|A|An)\b)([A-Z][a-z]+)\s+((?:[A-Z][\w-]*\s+){1,4})("
    + "|".join(h.capitalize() for h in sorted(NATIONAL_BODY_HEADS))
    + r")\b"
)
_NATIONAL_BODY_HEAD = HeadWords(_NATIONAL_BODY, NATIONAL_BODY_HEADS, words_before=5)
_NAMED_SOURCE_OWNER = r"(?P<owner>(?:(?:al-|el-)?[A-Z][\w'-]+\s+){1,3})?"
"""A body's name before an unnamed source's noun ("a Third Force officer", "a Red Crescent
official"): the source is a collective named with it, as "an LNA officer" is. Not when a name
follows in apposition ("a Third Force commander, Jamal al-Treiki,"): that is a person, and the
body stays an actor of its own."""
_COLLECTIVE_SOURCE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he(?=\s+(?:town's\s+|city's\s+|local\s+)?(?:mayor|governor)\b))\s+("
    + _NAMED_SOURCE_OWNER
    + r"(?:(?:senior|local|military|security|government|rebel|NTC|LNA|GNA|GNU|GNS|HoR|NOC|UNSMIL|medical|hospital|"
    r"diplomatic|Western|European|U\.S\.|U\.N\.|UN|Libyan|Egyptian|Turkish|oil|industry|official|\d{1,3}-year-old)\s+){0,3}"
    r"(?:source|official|spokesman|spokeswoman|commander|reporter|witness|resident|diplomat|doctor|medic|nurse|"
    r"woman|man|mother|father|farmer|teacher|student|engineer|worker|driver|fighter|soldier|survivor|officer|"
    r"volunteer|journalist|lawmaker|analyst|activist|migrant|refugee|mayor|governor|presenter|announcer|newsreader|"
    r"coordinator(?!\s++(?:for|of|with|at)\b)))\b(?!\s+[A-Z])(?(owner)(?!\s*,\s*(?:al-|el-)?[A-Z]))"
)
_COLLECTIVE_SOURCE_HEAD = HeadWords(
    _COLLECTIVE_SOURCE,
    frozenset(
        "source official spokesman spokeswoman commander reporter witness resident diplomat doctor medic nurse "
        "woman man mother father farmer teacher student engineer worker driver fighter soldier survivor officer "
        "volunteer journalist lawmaker analyst activist migrant refugee mayor governor presenter announcer newsreader "
        "coordinator".split()
    ),
    chunks_before=4,
    firsts=frozenset({"a", "an", "one", "another", "the"}),
)
PEOPLE_COUNTS = ("dozens", "scores", "hundreds", "thousands", "millions")
"""Words that count people with no figure ("hundreds of people")."""
PEOPLE_HEDGES = (
    "more than",
    "fewer than",
    "less than",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "over",
    "up to",
    "at least",
    "an estimated",
    "roughly",
    "approximately",
)
"""Words that hedge a count before its figure ("more than 200,000 people")."""
PEOPLE_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
).split()
"""Numbers spelled out that count people ("eight people", "some three hundred people", "forty-five
people"); "one" and "a" count only before "hundred" or "thousand" ("a hundred people")."""
_SPELLED_COUNT = (
    r"(?:(?:" + "|".join(PEOPLE_NUMBER_WORDS) + r")(?:-(?:" + "|".join(PEOPLE_NUMBER_WORDS[:8]) + r"))?+"
    r"(?:\s++(?:hundred|thousand))?+|(?:a|one|several|a\s++few)\s++(?:hundred|thousand))"
)
_COUNTED_PEOPLE = re.compile(
    r"\b(?:(?:" + "|".join(h.replace(" ", r"\s++") for h in PEOPLE_HEDGES) + r")\s++)?+"
    r"(?:(?<![\d,.])\d[\d,.]*+(?:\s++(?:hundred|thousand|million))?+|"
    + _SPELLED_COUNT
    + r"|(?:tens\s++of\s++)?+(?:"
    + "|".join(PEOPLE_COUNTS)
    + r")\s++of)\s++(people|(?:young\s++)?+men)\b(?![-'\u2019])",
    re.IGNORECASE,
)
"""People told by their number ("more than 200,000 people", "about 6,000 people", "thousands
of people", "several hundred men", "dozens of young men"): a collective, an actor only where
it acts or moves ("fled", "have reached X", "marched to Y"), not where it is suffered upon ("12
people were killed"); a bare "people" is no group. Counted men (:data:`COUNTED_MEN`) are never
the refugees or families a story told before ("hundreds of families fled ... several hundred men
marched"): a crowd of their own."""
COUNTED_MEN = "men"
"""The head of counted people that no group of people told before takes in; only a crowd's count
(:data:`_CROWD_COUNT`) makes counted men a group ("two men" are persons the story tells of)."""
_CROWD_COUNT = re.compile(r"hundred|thousand|dozen|scores|\d{2}", re.IGNORECASE)
"""The count of a crowd of men: hundreds, dozens, or a figure of two digits or more."""
NATIONALS: frozenset[str] = frozenset(
    {w + "s" for w in NATIONALITY_WORDS if w.endswith(("an", "i")) and w != "arab"}
    | {"arabs", "turks", "britons", "filipinos"}
)
"""Plural nouns of nationality that name people ("Egyptians crossed at Salloum", "hundreds of
Tunisians left"): a collective named by the noun, an actor only where it acts, speaks or
moves. Adjectives ("Egyptian workers") are no such noun; "the Turks", "the Russians" alone
stand for the state (:data:`STATE_PEOPLES`), "the Libyans who marched" are people. Extend with irregular
plurals."""
_NATIONALS = re.compile(  # the gate's contract: match only where one of its words starts
    r"\b("
    + "|".join(sorted((w.capitalize() for w in NATIONALS), key=len, reverse=True))
    + r")\b(?![-'\u2019])"
)
_NATIONALS_FIRST = FirstWords(_NATIONALS, NATIONALS)
STATE_PEOPLES: Mapping[str, str] = {
    "turks": "Turkey",
    "russians": "Russia",
    "egyptians": "Egypt",
    "emiratis": "United Arab Emirates",
    "qataris": "Qatar",
    "americans": "United States",
    "italians": "Italy",
}
"""Plurals of nationality that, definite and alone ("the Turks demanded", "the Emiratis sent
drones"), stand for a foreign state in the conflict: a mention of that country as an actor (the
knowledge base's entry of that name), not a group of people and not a place. Counted or
described ones ("two Turks", "the Egyptians who crossed") stay people (:data:`NATIONALS`).
Extend with a state whose people's plural names its government in the news."""
STATE_PEOPLE_SOURCE = "people"
"""Source of a :data:`STATE_PEOPLES` mention: the state only where it acts or speaks ("asked the
Russians to leave" may be any Russians the story told of, and names no actor)."""
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s++$")
_WHO_AFTER = re.compile(r"(?<!\s)\s++who\b")  # entered only where a run of spaces starts
_PARTITIVE_BEFORE = re.compile(r"\bof\s++them\s++(?:[A-Z][a-z]++\s++(?:and|or)\s++)?+$")
"""A plural of nationality that says what part of a group told before is ("the attackers, many
of them Tunisians", "workers, most of them Egyptians and Nigerians"): no group of its own."""
_QUOTE_MARKS = ('"', "\u201c", "\u201d")


class _QuoteMarks(NamedTuple):
    """Where a text's quotation marks and line breaks are, found once for the whole text."""

    marks: list[int]
    breaks: list[int]

    @classmethod
    def of(cls, folded: str) -> _QuoteMarks:
        marks = [i for i, c in enumerate(folded) if c in _QUOTE_MARKS]
        return cls(marks, [i for i, c in enumerate(folded) if c == "\n"])

    def inside(self, start: int) -> bool:
        """Whether ``start`` lies inside a quotation of its paragraph (an odd number of
        quotation marks since the paragraph began)."""
        line = bisect.bisect_left(self.breaks, start)
        line_start = self.breaks[line - 1] if line else -1
        return (bisect.bisect_left(self.marks, start) - bisect.bisect_right(self.marks, line_start)) % 2 == 1


TOWN_PEOPLE_NOUNS = frozenset({"people", "inhabitants", "citizens"})
"""Nouns that, with "of" and a place ("the people of Tawergha", "the inhabitants of Sirte"),
name that place's people: a collective named by the phrase, an actor where it acts or moves.
Inside a direct quotation the phrase is the speaker's appeal to a populace ("the people of
Tripoli have rejected war"), not a group in the story, and adds none."""
DWELLER_NOUNS = TOWN_PEOPLE_NOUNS | frozenset({"residents", "villagers", "townspeople", "dwellers"})
"""Nouns of the people who live in a place, before "of" and its name ("residents of X said"):
the name is the place they live in, never a person's."""


def _dwellers_of(tail: Sequence[str]) -> bool:
    """Whether the text before a name, split once from the right, ends in a dweller noun and
    "of" ("residents of"): the name is a place (:data:`DWELLER_NOUNS`)."""
    if len(tail) < 2 or tail[-1].lower() != "of":
        return False
    return tail[0].rsplit(None, 1)[-1].lower() in DWELLER_NOUNS


_TOWN_PEOPLE = re.compile(
    r"\b(?:[Tt]he\s++)?+((?:people|inhabitants|citizens)\s++of\s++"
    r"(?:[Aa]l-|[Ee]l-)?+[A-Z][\w'\u2019-]*+(?:\s++(?:[Aa]l-|[Ee]l-)?+[A-Z][\w'\u2019-]*+){0,2})"
)
_TOWN_PEOPLE_HEAD = HeadWords(_TOWN_PEOPLE, TOWN_PEOPLE_NOUNS, words_before=1)
_COUNTED_PEOPLE_HEAD = HeadWords(_COUNTED_PEOPLE, frozenset({"people", COUNTED_MEN}), chunks_before=6)
COUNTED_PEOPLE_KEY = "collective:people"
"""The key of people told only by their number: an actor only where they move or speak."""
PEOPLE_GROUP_HEADS = frozenset(
    """refugees migrants families households displaced arrivals newcomers evacuees
    returnees survivors detainees prisoners inmates""".split()
)
"""Head words of a group of people that a count told after it is part of ("Sudanese refugees
... about 6,000 people have reached Kufra": the refugees, not a second group of people)."""


HURT_WORDS = ("wounded", "injured", "sick")
"""Adjectives of the hurt that, before a people noun (:data:`HURT_PEOPLE_NOUNS`) or alone after
"the", name the hurt as a group: an actor only where it moves ("the wounded were driven to X",
"150 wounded people were taken to Y"), as people told by their number are; before a people
noun also capitalised, opening a sentence ("Wounded men were flown to Z")."""
HURT_PEOPLE_NOUNS = (
    "people",
    "men",
    "fighters",
    "soldiers",
    "civilians",
    "migrants",
    "residents",
    "patients",
)
"""People nouns after a hurt adjective that the phrase names ("wounded fighters")."""
HURT_ALONE_AFTER = ("were", "was", "are", "had", "have", "and")
"""Words after a bare "the wounded" that leave it a noun ("the wounded were ..."), where any
other word may be the noun it modifies ("the wounded commander")."""
_HURT_PEOPLE = re.compile(
    r"\b((?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in HURT_WORDS)
    + r")\s++(?:"
    + "|".join(HURT_PEOPLE_NOUNS)
    + r"))\b(?![-'\u2019])"
    r"|\b[Tt]he\s++((?:"
    + "|".join(HURT_WORDS)
    + r"))(?=\s*+[,.;]|\s++(?:"
    + "|".join(HURT_ALONE_AFTER)
    + r")\b)"
)
_HURT_PEOPLE_HEAD = HeadWords(_HURT_PEOPLE, frozenset(HURT_WORDS), words_before=1)
HURT_PEOPLE_KEY = "collective:hurt:"
"""The key prefix of the hurt told as a group: an actor only where it moves."""


TRIBE_WORDS = ("tribe", "tribesmen", "clan")
"""Nouns after a name that make it a tribe ("the Mashashiya tribe", "Qawalish tribesmen")."""
TRIBE_NAME_STOPS = frozenset(
    {"each", "every", "another", "one", "any", "no", "whole", "entire", "other", "same", "his", "her"}
    | {"their", "its", "our", "my", "your", "which", "what", "whose", "rival", "local", "powerful"}
)
"""Capitalised words that open a sentence before "tribe" or "clan" and are no tribe's name
("Each clan sent fighters", "Another tribe joined")."""
_TRIBE = re.compile(r"\b((?:[Aa]l-)?+[A-Z][a-z]++)\s++(?:tribe|tribesmen|clan)\b")
_TRIBE_HEAD = HeadWords(_TRIBE, frozenset(TRIBE_WORDS), words_before=2)
TRIBE_SIDE_NOUNS = ("tribesmen", "tribe", "clan", "fighters", "gunmen", "militiamen", "forces")
"""Nouns after a tribe's name that name the tribe's side ("Mashashiya fighters"); the tribe's
name alone ("the Mashashiya") names it too. Its people as a crowd ("elders") are no side."""


def _tribe_name(name: str) -> bool:
    """Whether a capitalised word before "tribe" may be a tribe's own name (not "The tribe",
    "Libyan tribes", "Each clan")."""
    lowered = name.lower().removeprefix("al-")
    return lowered not in NATIONALITY_WORDS | COMMON_CAPITALISED | TRIBE_NAME_STOPS


def _tribe_mentions(folded: str, tribes: Mapping[str, str]) -> Iterator[re.Match[str]]:
    """Every mention of the tribes found: each name, with a side noun after it where one is
    (:data:`TRIBE_SIDE_NOUNS`), one linear scan of the text for all of them."""
    if not tribes:
        return iter(())
    names = "|".join(re.escape(n) for n in sorted(tribes.values(), key=len, reverse=True))
    sides = "|".join(TRIBE_SIDE_NOUNS)
    pattern = re.compile(rf"\b({names})(?:\s++(?:{sides})\b)?+(?![-\w])", re.IGNORECASE)
    return pattern.finditer(folded)


def _people_groups(hits: Sequence[Hit]) -> list[tuple[int, Hit]]:
    """The groups of people (:data:`PEOPLE_GROUP_HEADS`) told, by where each is told: people
    counted after one are that group ("families ... thousands of people have left X")."""
    return sorted(
        ((h.start, h) for h in hits if _people_group(h)),
        key=lambda pair: pair[0],
    )


def _people_group(h: Hit) -> bool:
    return h.actor_kind is ActorKind.COLLECTIVE and h.name.rpartition(" ")[2].lower() in PEOPLE_GROUP_HEADS


def _first_people_group(hits: Sequence[Hit]) -> int:
    """Where the first group of people (:data:`PEOPLE_GROUP_HEADS`) is told, else past any
    text's end: counted people before it are a group of their own, those after it that group's."""
    starts = [h.start for h in hits if _people_group(h)]
    return min(starts, default=sys.maxsize)


UNIT_NAME_OPENERS = frozenset(
    {"under", "during", "since", "until", "through", "throughout", "despite", "against", "amid"}
    | {"following", "into", "over", "upon", "within", "across", "toward", "towards", "near", "behind"}
)
"""Prepositions that, capitalised at a sentence's start, are no word of the unit or operation
name after them ("Under Operation X, ...", "During Operation Y"): besides ``COMMON_CAPITALISED``."""
PLACE_CAMPAIGN_HEADS = frozenset({"operation"})
"""Lower-case heads that, after nothing but a place's name, tell a campaign fought there ("the
Sirte operation", "the Tripoli operation"), not a named body that acts: no actor (a named one,
"Operation Dignity", keeps its capital and its own name)."""
_UNIT_HEAD = HeadWords(
    _UNIT,
    frozenset(
        {"brigade", "battalion", "ministry", "command", "corporation", "company", "operations", "operation"}
    ),
    chunks_before=5,
)
_NAMED_UNIT_HEAD = HeadWords(
    _NAMED_UNIT,
    frozenset({"brigade", "brigades", "militia", "militias", "battalion", "battalions"}),
    chunks_before=4,
)
_GROUP_HEAD = HeadWords(_GROUP, frozenset(_GROUP_WORDS), words_before=3)
_INSTITUTION_HEAD = HeadWords(
    _INSTITUTION, frozenset({"ministry", "parliament", "municipality", "municipal"}), words_before=3
)
NOT_STATE_NATIONALITIES = frozenset(
    {"libyan", "arab", "arabs", "african", "european", "asian", "sahelian", "maghrebi"}
)
"""Nationality words that name no foreign state's government: Libya's own governments are the
knowledge base's ("the Libyan government"), and "the Arab government" is no state's."""
STATE_BODY_WORDS = frozenset({"government", "authorities"})
"""Nouns that, after a foreign nationality, name that state's government ("the Italian
government", "the Italian authorities": one body)."""
_NATIONAL_GOVERNMENT = re.compile(
    r"\b([A-Z][a-z]+)\s+(" + "|".join(sorted(STATE_BODY_WORDS)) + r")\b(?!\s+of\b)"
)
_NATIONAL_GOVERNMENT_HEAD = HeadWords(_NATIONAL_GOVERNMENT, STATE_BODY_WORDS, words_before=1)
FOREIGN_GOVERNMENT_KEY = "government-of:"
"""Key prefix of a foreign state's government named by its nationality ("the Italian
government"): a government actor of its own, apart from the country; where it only modifies a
noun ("an Italian government jet") it names no actor (``_pipeline._only_modifier``)."""
STATE_ARMY_WORDS = frozenset({"army"})
"""Nouns that, after a foreign nationality, name that state's national army ("the Malian army",
"the Mauritanian army"): an armed group apart from the country and its government (SCHEMA:
national armies are armed groups). The knowledge base's own entries ("the Chadian army", "the
Egyptian army") are found first and keep their canonical names; this names the others."""
_NATIONAL_ARMY = re.compile(r"\b([A-Z][a-z]+)\s+(" + "|".join(sorted(STATE_ARMY_WORDS)) + r")\b(?!\s+of\b|-)")
_NATIONAL_ARMY_HEAD = HeadWords(_NATIONAL_ARMY, STATE_ARMY_WORDS, words_before=1)
FOREIGN_ARMY_KEY = "army-of:"
"""Key prefix of a foreign state's army named by its nationality ("the Malian army"); where it
only modifies a noun ("a Malian army officer" names the officer) it names no actor."""


COUNTRY_GOVERNMENT_FORMS = (
    r"\b[Tt]he\s+(?P<head>government|authorities)\s+of\s+(?P<of>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b",
    r"\b(?P<owner>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)'s\s+(?:government|authorities)\b",
    r"\b(?P<seat>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+where\s+the\s+(?P<seated>government|authorities)\b",
)
"""How a foreign state's government is named by the country itself ("the government of Niger",
"Mauritania's government", "Chad's authorities"): the owner or the "of" object must be a
country of the gazetteer other than Libya (Libya's governments are the knowledge base's, and
"Sarraj's government" or "the government of National Accord" name no country). A foreign
country or capital followed by ", where the government" seats the government there ("was flown
to Niamey, where the government said"): its country's (group ``seat``, the words from
``seated`` on). Extend with another form that names the country in a group ``of`` or ``owner``."""
_COUNTRY_GOVERNMENT = re.compile("|".join(COUNTRY_GOVERNMENT_FORMS))
_COUNTRY_GOVERNMENT_HEAD = HeadWords(_COUNTRY_GOVERNMENT, STATE_BODY_WORDS, words_before=4)

_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _national_government(m: re.Match[str], folded: str) -> Hit | None:
    """ "the Tunisian government", "the Italian government": a foreign state's government.
    A state has one government: after "a"/"an" the words modify the noun after them ("an
    Italian government jet", "a Turkish government delegation") and name no actor."""
    return _national_body(m, folded, FOREIGN_GOVERNMENT_KEY, ActorKind.GOVERNMENT)


def _national_army(m: re.Match[str], folded: str) -> Hit | None:
    """ "the Malian army", "the Nigerian army": a foreign state's national army
    (:data:`STATE_ARMY_WORDS`), an armed group. As with a government, after "a"/"an" the words
    modify the noun after them ("a Malian army patrol") and name no actor."""
    return _national_body(m, folded, FOREIGN_ARMY_KEY, ActorKind.ARMED_GROUP)


def _national_legislature(m: re.Match[str], folded: str) -> Hit | None:
    """ "the French parliament", "the Greek National Assembly": a foreign state's legislature
    (:data:`LEGISLATURE_WORDS`), a government of its own. A form the ministries' and parliaments'
    rule (:data:`_INSTITUTION`) names already ("the Italian parliament") is left to it."""
    if _INSTITUTION.fullmatch(m.group()):
        return None
    hit = _national_body(m, folded, FOREIGN_LEGISLATURE_KEY, ActorKind.GOVERNMENT)
    return None if hit is None else evolve(hit, name=" ".join(hit.name.split()))


def _national_body(m: re.Match[str], folded: str, key: str, kind: ActorKind) -> Hit | None:
    """A state's body named by its nationality word (group 1) and the body's noun (group 2),
    keyed ``key`` plus the nationality; none after "a"/"an" or for a nationality that is no state."""
    nationality = m.group(1).lower()
    if nationality not in NATIONALITY_WORDS or nationality in NOT_STATE_NATIONALITIES:
        return None
    if _INDEFINITE_BEFORE.search(folded, max(0, m.start() - 4), m.start()):
        return None
    return Hit(m.start(), m.end(), key + nationality, f"{m.group(1)} {m.group(2)}", "unit", kind)


REGNAL_TITLES = ("King", "Queen", "Emir", "Sultan", "Prince", "Pope")
"""Titles of monarchs (and popes) named with a regnal numeral ("King Abdullah II", "King
Mohammed VI"). Capitalised as written before the name; extend freely."""
_REGNAL_NAME = re.compile(
    r"\b(?P<title>" + "|".join(REGNAL_TITLES) + r")\s+(?P<name>(?:[A-Z][a-z]+\s+){1,2}"
    r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI))\b(?![\w-])"
)
"""A monarch's name ending in a regnal numeral, after the monarch's title: the numeral is part
of the name, which no pattern of words written in lower case after a capital finds."""


COUNTRY_NATIONALITIES: Mapping[str, str] = {
    "turkey": "Turkish",
    "greece": "Greek",
    "france": "French",
    "britain": "British",
    "united kingdom": "British",
    "united states": "American",
    "netherlands": "Dutch",
    "spain": "Spanish",
    "niger": "Nigerien",
    "united arab emirates": "Emirati",
}
"""A country's nationality word where the regular endings of :data:`NATIONALITY_ENDINGS` do not
give it (or give another country's: "Niger" is no "Nigerian"). Lower-case keys; extend freely."""
NATIONALITY_ENDINGS = (
    ("", "n"),
    ("", "ian"),
    ("y", "ian"),
    ("o", "an"),
    ("", "i"),
    ("", "ese"),
    ("a", "ese"),
    ("y", ""),
)
"""(dropped ending, added ending) pairs that turn a country's name into its nationality word,
tried in order, each kept only when :data:`NATIONALITY_WORDS` lists the result ("Tunisia" ->
"Tunisian", "Egypt" -> "Egyptian", "Italy" -> "Italian", "Morocco" -> "Moroccan", "Qatar" ->
"Qatari", "Sudan" -> "Sudanese", "Malta" -> "Maltese", "Germany" -> "German")."""


def nationality_of(country: str) -> str | None:
    """The nationality word of the country named ``country`` ("Tunisia" -> "Tunisian"), or None."""
    lowered = country.lower()
    irregular = COUNTRY_NATIONALITIES.get(lowered)
    if irregular is not None:
        return irregular
    for dropped, added in NATIONALITY_ENDINGS:
        if lowered.endswith(dropped):
            word = lowered[: len(lowered) - len(dropped)] + added
            if word in NATIONALITY_WORDS:
                return word.capitalize()
    return None


MINISTRY_PORTFOLIOS = ("interior", "defence", "defense", "foreign", "health", "justice", "finance", "oil")
"""Portfolios of a ministry a country's possessive names ("Tunisia's interior ministry")."""
_COUNTRY_MINISTRY = re.compile(
    r"\b(?P<owner>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})(?:'s|\u2019s)\s+(?P<ministry>(?i:"
    + "|".join(MINISTRY_PORTFOLIOS)
    + r")\s+(?i:ministry))\b"
)
"""A foreign country's ministry named by the country's possessive ("Tunisia's interior ministry",
"Russia's defence ministry"): that state's ministry, named with its nationality word as "the
Tunisian interior ministry" is, and so the same actor; the country stays a place."""
NATIONAL_SOCIETY_NAMES = ("Red Crescent", "Red Cross")
"""Names every country's own humanitarian society bears: after a foreign nationality word or
country name ("the Tunisian Red Crescent", "the Qatar Red Crescent") they name that country's
society, not Libya's. Extend freely."""
_NATIONAL_SOCIETY = re.compile(
    r"\b(?P<owner>[A-Z][a-z]+)\s+(?P<society>"
    + "|".join(n.replace(" ", r"\s+") for n in NATIONAL_SOCIETY_NAMES)
    + r")\b"
)


_PLACE_COUNCIL = re.compile(
    r"\b((?!(?:A|An|The|One|Another|Each|Every|Any|No|Its|Their|His|Her|This|That|Some)\b)"
    r"[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?(?:'s|\u2019s)?\s+(?:local|military)\s+council)\b(?!\s+members?\b)"
)
"""A town's council named by its place ("the Misrata military council", "Tawergha local
council"); not a member of one ("a local council member" is the member alone)."""
_PLACE_COUNCIL_HEAD = HeadWords(_PLACE_COUNCIL, frozenset({"council"}), words_before=4)
_AFTER_DISTANCE = re.compile(
    r"(?:\b|(?<=\d))(?:km|kilometres?|kilometers?|miles?|metres?|meters?)\s+(?:to\s+)?$", re.IGNORECASE
)
SIDE_OF_REACH = 60
"""Characters after "the south" read to tell whose side it is ("of the whole nation")."""
COUNTRY_WORDS = frozenset({"country", "nation", "libya"})
"""Words that make "the south of ..." the country's side: the region."""


def _side_of_part(folded: str, end: int) -> bool:
    """Whether "of" after "the south" makes it a side of something other than the country: "the
    south of the ridge", "the west of the city", "the east of Benghazi" name part of that place or
    a direction from it, not the region; "the south of the country", "the west of the
    nation" and "the south of Libya" stay the region."""
    if end >= len(folded) or not folded[end].isspace():
        return False
    words = [w.strip(".,;:()").lower() for w in folded[end : end + SIDE_OF_REACH].split()]
    if len(words) < 2 or words[0] != "of":
        return False
    rest = words[2:] if words[1] == "the" else words[1:]
    return not any(w in COUNTRY_WORDS for w in rest[:3])


_DISTANCE_ENDS = ("km", "mile", "miles", "metre", "metres", "meter", "meters", "to")
"""How every match of :data:`_AFTER_DISTANCE` ends before its spaces ("kilometres" as "metres")."""
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|inside|into|to|from|near|across|towards?|via|through|at|border\s+with|borders\s+with|crossing\s+with|"
    r"frontier\s+with|border\s+of|outside|of|visit(?:ed|ing|s)?|toured?|entered|reach(?:ed)?|"
    r"returned\s+from)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?$"
)


ADJECTIVE_COLLECTIVES = frozenset({"local"})
"""Collective words that are mostly adjectives: before another word ("a local council
member", "local officials") they name no collective of their own."""
_NOUN_AFTER = re.compile(r"\s(?!(?:said|says|told|tells|added|wrote)\b)[a-z]")
_SAID_AFTER = re.compile(r"(?<!\s)\s*+(?:,\s*[^,]{1,80},\s*)?(?:said|told|says|added|wrote)\b")
_COLLECTIVE_OWNER = re.compile(r"\b[Gg]overnment\s$")
"""The word before a generic group that says it speaks for the government ("Government sources")."""
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|one|another)\s+", re.IGNORECASE)
_CAPITAL_OF_OTHER = re.compile(r"\s{1,3}of\s{1,3}(?!(?:the\s{1,3})?Libya\b)")
"""After "the capital": "of" and a land other than Libya ("the capital of North Darfur")."""
_PLACE_NOUN_OF = re.compile(r"\b(?:town|city|village|oasis|port|district|suburb|area|region)\s+of\s+$")


_BUILDING_NOUNS = frozenset({"centre", "center", "prison", "jail", "camp", "hospital", "clinic", "detention"})
"""Nouns after a name that make it a building's ("the Tariq al-Sikka centre"), not a person's."""


def _names_a_building(folded: str, end: int) -> bool:
    following = folded[end : end + 24].split(None, 1)
    return bool(following) and following[0].lower().strip(",.") in _BUILDING_NOUNS


KIN_NOUNS = frozenset(
    """wife husband widow son sons daughter daughters brother brothers sister sisters father
    mother nephew nephews niece cousin cousins uncle""".split()
)
"""Nouns of kinship that, owned ("his wife", "Gaddafi's sons"), name the person beside them."""
_KIN_CUES = tuple(f" {noun} " for noun in sorted(KIN_NOUNS))
_KIN = re.compile(
    r"(?:'s|\b[Hh]is|\b[Hh]er)\s++(?:(?:eldest|youngest|elder|younger)\s++)?+(?:"
    + "|".join(sorted(KIN_NOUNS, key=len, reverse=True))
    + r")\s++([A-Z][a-z]{2,20}+)\b(?!\s++[A-Z])"
)
"""A relative named by a given name alone after a kinship noun ("Haftar's son Saddam")."""
_FAMILIAR_SOURCE = re.compile(
    r"\b(?:[Aa]n?\s++|[Tt]wo\s++|[Tt]hree\s++|[Ss]everal\s++)?+"
    r"((?:[Pp]eople|[Pp]ersons?|[Ss]ources?|[Oo]fficials?|[Dd]iplomats?|[Ii]nsiders?)\s++(?:familiar\s++with|close\s++to|briefed\s++on)"
    r"\s++the\s++[a-z]{3,20}+)\b"
)
"""Unnamed sources told by what they know ("people familiar with the talks", "a source close
to the negotiations"): a collective, whatever the matter."""
_CLAUSE_WORDS = frozenset(
    """and or but nor who which that had has have was were is are will would could can may might
    must shall also then did do does say says said to in on at from of for with by as into near
    after before against themselves still now later""".split()
)
"""Lowercase words after a people's bare name that show the name is a noun, not a modifier."""
_NEXT_LOWER_WORD = re.compile(r"(?<!\s)\s++([a-z][a-z-]*+)")


def _people_as_modifier(text: str, start: int, end: int, peoples: frozenset[str]) -> bool:
    """A people's bare name followed by a noun it modifies ("Tebu representative"); ``peoples``
    are the knowledge base's ``ActorKB.people_names``. A people's name is a side only as a
    noun ("the Tebu attacked"), not as a modifier ("a Tebu representative", "a Tuareg town")."""
    if text[start:end].lower() not in peoples:
        return False
    after = _NEXT_LOWER_WORD.match(text, end, min(len(text), end + 30))
    if after is None:
        return False
    word = after.group(1)
    return word not in _CLAUSE_WORDS and not word.endswith("ed")


_IN_NAME_AFTER = re.compile(r"(?<![ \t])[ \t]++in[ \t]++([A-Z][a-z]++)\b")
"""" in Ankara" right after a word: the place a body sits in."""
_SEAT_FEATURES = frozenset({"capital", "country"})
"""Gazetteer features of a place whose name seats a body abroad."""
LEGISLATURE_WORDS = frozenset({"parliament", "legislature", "national assembly"})
"""Words of a state's legislature (lower case, as a role names it). Seated abroad ("the parliament
in Ankara") or after a foreign nationality ("the French parliament", "the Greek National
Assembly") they name that state's legislature, an actor of its own, never Libya's House of
Representatives; other offices seated abroad ("the government in Rome") name no actor. Extend
with another such word."""
FOREIGN_LEGISLATURE_KEY = "legislature-of:"
"""Key prefix of a foreign state's legislature named by its nationality or its seat."""
_NATIONAL_LEGISLATURE = re.compile(
    r"\b([A-Z][a-z]+)\s+((?i:"
    + "|".join(sorted(w.replace(" ", r"\s+") for w in LEGISLATURE_WORDS))
    + r"))\b(?!\s+of\b)"
)
"""A nationality word and a legislature's word: "the Greek parliament", "the French National
Assembly" (the nationality is checked against the gazetteer's words by :func:`_national_body`)."""
_NATIONAL_LEGISLATURE_HEAD = HeadWords(
    _NATIONAL_LEGISLATURE, frozenset(w.split()[-1] for w in LEGISLATURE_WORDS), words_before=2
)


def _seated_legislature(hit: Hit, folded: str) -> Hit | None:
    """A legislature's role seated abroad ("the parliament in Ankara") is that country's own body,
    named by its words and its seat; any other office seated abroad names no actor."""
    role = " ".join(folded[hit.start : hit.end].lower().split())
    role = role.removeprefix("the ")
    m = _IN_NAME_AFTER.match(folded, hit.end)
    if role not in LEGISLATURE_WORDS or m is None:
        return None
    seat = m.group(1)
    return Hit(
        hit.start,
        hit.end,
        FOREIGN_LEGISLATURE_KEY + seat.lower(),
        f"{role} in {seat}",
        "unit",
        ActorKind.GOVERNMENT,
    )


PASSIVE_AUXILIARIES = frozenset({"be", "is", "are", "was", "were", "been", "being", "get", "got", "gets"})
"""Words before a participle that make it a passive verb: a collective's one-word form that is
also a participle ("displaced", "detained", "wounded") after one of them is the verb."""

_INDEFINITE = frozenset({"a", "an", "any", "another", "possible", "future", "such", "every", "each", "no"})

OWN_FORCES_FORMS = ("{}'s forces", "{}'s troops")
"""Forms, filled with a person's family name, by which the knowledge base calls the armed group
that serves that person: forces named by whom they serve ("troops loyal to X", "X's men") are
that group where the person's own entry names no side. Extend with further forms."""

OWNING_PRONOUNS = frozenset({"my", "our", "your", "his", "her", "its", "their"})
"""Possessive pronouns before a one-word role noun that make it the owner's own body, not the
holder the role names: "our mission is to protect", "its parliament voted" (a foreign state's)."""

DEFINITE_ROLE_NOUNS = frozenset({"mission"})
"""One-word role nouns that name the role's holder only as "the <noun>" with nothing between:
a modifier makes the noun another body of its kind ("the European Union observer mission", "a
humanitarian mission", "an assessment mission"), and a later bare "the mission" is that one
again (as after "the U.S. mission"). Extend with nouns a story often gives to several bodies."""

DEFINITE_WORDS = frozenset({"the", "this", "that"})
"""Words that may stand right before a DEFINITE_ROLE_NOUNS noun naming the role's holder."""


def _other_body_role(keys: Sequence[str], i: int) -> bool:
    """Whether the one-word role noun at ``i`` names another body than the role's holder: an
    owning pronoun before it, or, for a DEFINITE_ROLE_NOUNS noun, any word other than a
    DEFINITE_WORDS one (a modifier: "the EU observer mission")."""
    if i == 0:
        return False
    before = keys[i - 1]
    if before in OWNING_PRONOUNS:
        return True
    if keys[i] not in DEFINITE_ROLE_NOUNS or before == "s":  # "the UN's mission": its owner's
        return False
    return before not in DEFINITE_WORDS and before not in _INDEFINITE


OTHER_OFFICE_QUALIFIERS = frozenset({"deputy", "vice", "assistant", "former", "late"})
"""Words before an office's name that make it another office or another holder: "a deputy
prime minister", "the former prime minister", "an assistant secretary" are not the office's holder
of the day (the role is skipped, so a name beside it keeps the title). Extend freely."""


def _longest_place(place_matches: Sequence[tuple[int, _Payload]], capital: bool) -> int:
    """The number of words of the longest place name of several words that matches (0: none)."""
    for size, (_, _, needs_cap) in place_matches:
        if size > 1 and (capital or not needs_cap):
            return size
    return 0


class MentionFinder:
    """Finds actor and place mentions; built once per parser (the indexes), used per article."""

    def __init__(self, gazetteer: Gazetteer, kb: ActorKB) -> None:
        self.gazetteer = gazetteer
        self.kb = kb
        self._actors = _WordIndex()
        self._places = _WordIndex()
        self._acronyms: dict[str, frozenset[str]] = {}
        self._roles: dict[_dt.date | None, dict[str, ActorEntry]] = {}
        for entry in kb.entries:
            self._acronyms[entry.id] = frozenset(_key(a) for a in entry.acronyms)
            for form in (entry.name, *entry.aliases, *entry.surnames):
                self._actors.add(_strip_article(form), ("kb", entry, _needs_capital(form)))
        for role in kb.roles:
            self._actors.add(_strip_article(role.alias), ("role", role.key, _needs_capital(role.alias)))
        for collective in kb.collectives:
            for form in collective.forms:
                self._actors.add(form, ("collective", collective, False))
        for place in gazetteer:
            for form in (place.name, *place.aliases):
                self._places.add(form, ("gazetteer", form, _needs_capital(form)))
        self._actors.freeze()
        self._places.freeze()
        actor_singles, actor_pairs = self._actors.openings()
        place_singles, place_pairs = self._places.openings()
        self._single_words = actor_singles | place_singles
        self._first_words = frozenset(self._actors.first_words) | frozenset(self._places.first_words)
        self._word_pairs = actor_pairs | place_pairs
        self._place_cache: dict[str, tuple[Place, ...]] = {}
        self._entries_on: dict[tuple[str, _dt.date | None], ActorEntry] = {}
        self._countries: dict[str, str] | None = None

    def _seated_abroad(self, folded: str, end: int) -> bool:
        """A Libyan office's word followed by "in" a capital or country abroad ("the parliament
        in Ankara", "the government in Rome"): that country's body, not the Libyan one."""
        m = _IN_NAME_AFTER.match(folded, end)
        if m is None:
            return False
        places = self.gazetteer.lookup(m.group(1))
        return bool(places) and all(
            p.country_code not in (None, "LY") and p.feature in _SEAT_FEATURES for p in places
        )

    def _country_government(self, m: re.Match[str]) -> Hit | None:
        """ "the government of Niger", "Mauritania's government": the government of a foreign
        country (:data:`COUNTRY_GOVERNMENT_FORMS`), an actor apart from the country."""
        if m.group("seat") is not None:
            return self._seated_government(m)
        group = "of" if m.group("of") is not None else "owner"
        country = m.group(group)
        places = self._lookup_place(country)
        if not places or not all(p.feature == "country" and p.country_code != "LY" for p in places):
            return None
        start = m.start("head" if group == "of" else group)  # as "the Italian government": no "the"
        key = FOREIGN_GOVERNMENT_KEY + places[0].name.lower()
        return Hit(start, m.end(), key, f"Government of {places[0].name}", "unit", ActorKind.GOVERNMENT)

    def _foreign_country(self, name: str) -> str | None:
        """The gazetteer's name of the one foreign country ``name`` names, else None."""
        places = self._lookup_place(name)
        if not places or not all(p.feature == "country" and p.country_code != "LY" for p in places):
            return None
        return places[0].name

    def _country_ministry(self, m: re.Match[str]) -> Hit | None:
        """ "Tunisia's interior ministry": a foreign state's ministry (:data:`_COUNTRY_MINISTRY`),
        named and keyed as "the Tunisian interior ministry" is."""
        country = self._foreign_country(m.group("owner"))
        if country is None:
            return None
        owner = nationality_of(country) or country
        name = f"{owner} {' '.join(m.group('ministry').split())}"
        return Hit(
            m.start(), m.end(), "institution:" + _portfolio_key(name), name, "unit", ActorKind.GOVERNMENT
        )

    def _national_society(self, m: re.Match[str]) -> Hit | None:
        """ "the Tunisian Red Crescent", "the Qatar Red Crescent": a foreign country's own society
        (:data:`NATIONAL_SOCIETY_NAMES`), not Libya's, whose name the knowledge base holds."""
        owner = m.group("owner")
        lowered = owner.lower()
        if lowered in NATIONALITY_WORDS:
            if lowered in NOT_STATE_NATIONALITIES:
                return None
        elif self._foreign_country(owner) is None:
            return None
        name = f"{owner} {' '.join(m.group('society').split())}"
        return Hit(m.start(), m.end(), "body:" + name.lower(), name, "unit", ActorKind.ORGANIZATION)

    def _seated_government(self, m: re.Match[str]) -> Hit | None:
        """ "Niamey, where the government": the government of the one foreign country that the
        place before "where" is, or whose capital it is; a Libyan place seats none."""
        places = self._lookup_place(m.group("seat"))
        codes = {p.country_code for p in places if p.feature in _SEAT_FEATURES}
        if len(codes) != 1 or len(places) != sum(p.feature in _SEAT_FEATURES for p in places):
            return None
        code = next(iter(codes))
        country = self._country_names().get(code) if code not in (None, "LY") else None
        if country is None:
            return None
        key = FOREIGN_GOVERNMENT_KEY + country.lower()
        return Hit(m.start("seated"), m.end(), key, f"Government of {country}", "unit", ActorKind.GOVERNMENT)

    def _country_names(self) -> dict[str, str]:
        """Each country code of the gazetteer → its country's name, read once."""
        if self._countries is None:
            self._countries = {
                p.country_code: p.name
                for p in self.gazetteer
                if p.kind is LocationKind.COUNTRY and p.country_code is not None
            }
        return self._countries

    def roles_on(self, day: _dt.date | None) -> dict[str, ActorEntry]:
        """The knowledge base's role aliases on ``day``, computed once per day.

        Without a day there are none: who holds an office depends on the date, and
        "the U.N. envoy" of an undated article is not guessed to be today's.
        """
        if day is None:
            return {}
        found = self._roles.get(day)
        if found is None:
            if len(self._roles) > 4096:
                self._roles.clear()
            found = self._roles[day] = self.kb.roles_on(day)
        return found

    def _entry_on(self, entry: ActorEntry, day: _dt.date | None) -> ActorEntry:
        """``entry.on(day)`` for an entry of the knowledge base (ids are unique there), computed
        once per entry and day. A person's undated side is dropped on a day before the
        knowledge base has it formed: in November 2013 Wanis Bukhamada's men are not the Libyan
        National Army, formed in May 2014 (his forces are then his own, as for a commander with
        no known side). A side since dissolved stays his: the base knows no later one."""
        found = self._entries_on.get((entry.id, day))
        if found is None:
            if len(self._entries_on) > 65536:
                self._entries_on.clear()
            found = entry.on(day)
            if (
                day is not None
                and found.kind is ActorKind.PERSON
                and found.affiliation
                and self._side_not_yet_formed(found.affiliation, day)
            ):
                found = evolve(found, affiliation=None)
            self._entries_on[entry.id, day] = found
        return found

    def _side_not_yet_formed(self, name: str, day: _dt.date) -> bool:
        """Whether the knowledge base's actor ``name`` was formed after ``day``."""
        side = self.kb.lookup(name)
        return side is not None and side.valid_from is not None and day < side.valid_from

    # ------------------------------------------------------------------ dictionary hits

    def _lookup_place(self, name: str) -> tuple[Place, ...]:
        found = self._place_cache.get(name)
        if found is None:
            found = self.gazetteer.lookup(name)
            self._place_cache[name] = found
        return found

    def dictionary_hits(
        self,
        text: str,
        folded: str,
        words: Sequence[Word],
        published: _dt.date | None,
        skipped_roles: list[tuple[int, int]] | None = None,
    ) -> list[Hit]:
        """Knowledge-base actors and gazetteer places; role aliases no holder is known for
        on ``published`` (all of them without a date) go to ``skipped_roles`` as spans."""
        roles = self.roles_on(published)
        hits: list[Hit] = []
        owned_roles: set[str] = set()  # role nouns the article gave an owner of its own
        i = 0
        actor_first = self._actors.first_words
        place_first = self._places.first_words
        keys = tuple([w.key for w in words])
        first, singles, pairs = self._first_words, self._single_words, self._word_pairs
        following = (*keys[1:], "")
        for k in [
            k
            for k, key in enumerate(keys)
            if key in first and (key in singles or (key, following[k]) in pairs)
        ]:
            if k < i:
                continue  # inside the last hit
            i = k
            w = words[i]
            advanced = False
            actor_matches = self._actors.matches(words, keys, i, folded) if w.key in actor_first else ()
            place_matches = self._places.matches(words, keys, i, folded) if w.key in place_first else ()
            # a longer place name starting here wins over a shorter actor name ("the CBL HQ")
            longest_place = _longest_place(place_matches, w.capital) if place_matches else 0
            for size, (source, payload, needs_cap) in actor_matches:
                if size < longest_place:
                    break
                if needs_cap and not w.capital and not _common_head_name(words, i, size):
                    continue
                if source == "kb" and size == 1 and isinstance(payload, ActorEntry):
                    surface = folded[w.start : w.end]
                    if w.key in self._acronyms.get(payload.id, ()) and not surface.isupper():
                        continue
                start, end = _extend_prefix(folded, w.start), words[i + size - 1].end
                if not _clean_edges(folded, start, end):
                    continue
                if size == 2 and w.key == "the" and keys[i + 1] in _SIDE_WORDS and not words[i + 1].capital:
                    continue  # "in the west": a side of the country, not "the West" (Western powers)
                if size == 1 and w.capital and w.key in COMMON_CAPITALISED and source != "collective":
                    continue
                if source == "collective" and size == 1 and i > 0 and keys[i - 1] in PASSIVE_AUXILIARIES:
                    continue  # "families were displaced from X": the verb, not "the displaced"
                if source == "collective" and size == 1 and _title_modifier(folded, words, keys, i):
                    continue  # "X, the Resident Coordinator": a word of a title, no group
                if source == "collective" and publishers_staff(folded, start, end):
                    continue  # "told our correspondent": the publisher, no actor
                if size == 1 and not w.capital and source == "role" and i > 0 and keys[i - 1] in _INDEFINITE:
                    continue  # "a possible mission" is no particular mission
                if size == 1 and source == "role" and _title_of_bare_noun(keys, i):
                    continue  # "the IOM's chief of mission": a diplomat's title, not the mission
                if size == 1 and not w.capital and source == "role" and _owned_by_hit(hits, words, i):
                    owned_roles.add(w.key)
                    continue  # "a UNHCR mission" is UNHCR's, not the mission the role names
                if size == 1 and not w.capital and source == "role" and _other_body_role(keys, i):
                    if keys[i - 1] not in OWNING_PRONOUNS:
                        owned_roles.add(w.key)
                    continue  # "our mission", "the EU observer mission": another body's
                if size == 1 and not w.capital and source == "role" and w.key in owned_roles:
                    continue  # "the mission" after "the U.S. mission": that one again (OWNED_ROLE_ANAPHORA)
                if size > 1 and self._longer_inside(words, keys, i, size, folded):
                    continue  # "the rival Government of National Unity": the longer name wins
                if source == "kb" and _family_name_after_given(payload, words, i, start, folded):
                    continue  # "Milad al-Zwai": a man's family name, not the Zuwayya tribe
                if end + 1 < len(folded) and folded[end] == "." and end >= 2 and folded[end - 2] == ".":
                    end += 1  # "U.N." keeps its last dot
                hit = self._actor_hit(source, payload, start, end, text, roles, published)
                if hit is not None and source == "role" and i > 0 and keys[i - 1] in OTHER_OFFICE_QUALIFIERS:
                    hit = None  # "Ahmed Maiteeq, a deputy prime minister": not the prime minister
                if hit is not None and source == "role" and _office_in_title(hit, folded, start):
                    hit = None  # "the Special Representative of the UN Secretary-General": another's title
                if (
                    hit is not None
                    and source == "role"
                    and _apposed_to_other_person(hits, hit, folded, start)
                ):
                    hit = None  # "Fathi Bashagha, the prime minister named by ...": his title, not the holder
                if (
                    hit is not None
                    and source == "role"
                    and _title_of_other_name(hit, words, i + size, folded)
                ):
                    hit = None  # "Prime Minister Brigi Rafini": another's title, not Libya's holder
                if hit is not None and hit.actor_kind is ActorKind.PERSON:
                    k = i - 1
                    while k >= 0 and words[k].end > hit.start:
                        k -= 1  # past the "al-" glued to the name
                    if k >= 0:
                        hit = self._with_variant_given_name(hit, words[k], folded)
                if hit is not None and size > 2 and keys[i + 1] == "s" and folded[w.end] in _APOSTROPHES:
                    hit = self._owned_by_full_name(hit, words, text, published)
                if hit is not None and source == "role" and self._seated_abroad(folded, end):
                    # "the parliament in Ankara": another country's body, its own actor
                    hit = _seated_legislature(hit, folded)
                if hit is None and source == "role" and skipped_roles is not None:
                    skipped_roles.append((start, end))
                if hit is not None:
                    hits.append(hit)
                    i += size
                    advanced = True
                    break
            if advanced:
                continue
            for size, (_, payload, needs_cap) in place_matches:
                if needs_cap and not w.capital and not _numbered_name(words, i, size):
                    continue
                if size == 1 and w.key in COMMON_CAPITALISED:
                    continue
                if size == 1 and _acronym_in_other_case(str(payload), folded[w.start : w.end]):
                    continue  # "... Tells Us" in a title-case headline: the pronoun, not the US
                start, end = _extend_prefix(folded, w.start), words[i + size - 1].end
                if not (_clean_edges(folded, start, end) or _paired_place(folded, start, end)):
                    continue
                candidates = self._lookup_place(str(payload))
                before = folded[max(0, start - 24) : start]
                if search_ending(_AFTER_DISTANCE, before, 0, len(before), _DISTANCE_ENDS):
                    continue  # "some 250 km to the east": a direction, not the region
                if _after_ship_prefix(before):
                    continue  # "the USS New York": a ship named after the city, not the city
                if keys[i + size - 1] in _SIDE_WORDS and _side_of_part(folded, end):
                    continue  # "pulled back to the south of the ridge": a side of that, not the region
                best = next((c for c in candidates if self._plausible_place(c, folded, start, end, w)), None)
                if (
                    best is None
                    and w.capital
                    and w.key not in COMMON_CAPITALISED
                    and _joined_to_place(hits, folded, start)
                ):
                    best = next((c for c in candidates if c.kind is LocationKind.CITY), None)
                if best is None:
                    continue
                hits.append(
                    Hit(start, end, best.id, best.name, "gazetteer", place=best, candidates=candidates)
                )
                i += size
                advanced = True
                break
            if not advanced:
                i += 1
        return hits

    def _held_namesake(self, occupied: _Occupancy, folded: str, start: int, end: int) -> Hit | None:
        """A known person's full name that ends a longer name of given names before it
        ("Mahamat Idriss Deby" holds "Idriss Deby", his father's): the longer name is another
        person, so the known one's hit inside it gives way. Leading titles and nationalities
        are cut off the name before this is asked ("President Idriss Deby" is the father), and
        a longer name the knowledge base gives the same person ("Idriss Deby Itno") is his."""
        inside = occupied.actors_between(start, end)
        if len(inside) != 1:
            return None
        held = inside[0]
        if (
            held.actor_kind is not ActorKind.PERSON
            or held.entry is None
            or held.end != end
            or held.start <= start
            or " " not in folded[held.start : held.end].strip()
        ):
            return None
        given = folded[start : held.start].split()
        if not given or not all(w[:1].isupper() and not _is_name_prefix(w) for w in given):
            return None
        same = self.kb.lookup(folded[start:end])
        return held if same is None or same.id != held.entry.id else None

    def _owned_by_full_name(
        self, hit: Hit, words: Sequence[Word], text: str, published: _dt.date | None
    ) -> Hit:
        """ "Khalifa Haftar's forces", "Haitham al-Tajouri's brigade": a known force named by
        its commander's surname covers his given names told just before, and the commander
        named in full stays an actor of his own (the force's master)."""
        mark = hit.start + next(k for k, c in enumerate(text[hit.start : hit.end]) if c in _APOSTROPHES)
        j = bisect.bisect_right(words, hit.start, key=lambda w: w.end) - 1
        for first in (j, j - 1):
            if first < 0 or not words[first].capital:
                break
            name = text[words[first].start : mark]
            if not all(c.isalpha() or c in " -" for c in name) or "  " in name:
                break
            entry = self.kb.lookup(name)
            if entry is not None and entry.kind is ActorKind.PERSON:
                master = Hit.of_entry(words[first].start, mark, self._entry_on(entry, published))
                return evolve(hit, start=words[first].start, master=master)
        return self._owned_by_surname(hit, mark, text, published)

    def _with_variant_given_name(self, hit: Hit, before: Word, folded: str) -> Hit:
        """A known person named by the surname after a given name spelled another way than the
        knowledge base's ("Haythem Al-Tajouri" for Haitham al-Tajouri): the mention covers the
        given name too, so the full name is told (and "Haythem Al-Tajouri's forces" is named
        so); the hit itself otherwise."""
        if not before.capital or folded[before.end : hit.start].strip() or hit.entry is None:
            return hit
        found = self._variant_full_name(folded[before.start : hit.end], folded[hit.start : hit.end])
        return evolve(hit, start=before.start) if found is not None and found.id == hit.entry.id else hit

    def _variant_full_name(self, name: str, surname: str) -> ActorEntry | None:
        """The known person whose surname ends ``name`` and whose given names ``name``'s other
        words spell another way ("Haythem Al-Tajouri" for Haitham al-Tajouri: the same letters
        but for the vowels, see :func:`name_skeleton`); None when they differ."""
        entry = self.kb.lookup(surname)
        if entry is None or entry.kind is not ActorKind.PERSON:
            return None
        given = name[: len(name) - len(surname)].split()
        known = [form.split()[: len(given)] for form in (entry.name, *entry.aliases)]
        same = [name_skeleton(w) for w in given]
        return entry if any([name_skeleton(w) for w in words] == same for words in known) else None

    def _owned_by_surname(self, hit: Hit, mark: int, text: str, published: _dt.date | None) -> Hit:
        """ "Haftar's forces": the commander the surname names is an actor too (the master)."""
        entry = self.kb.lookup(text[hit.start : mark])
        if entry is None or entry.kind is not ActorKind.PERSON:
            return hit
        return evolve(hit, master=Hit.of_entry(hit.start, mark, self._entry_on(entry, published)))

    def _longer_inside(
        self, words: Sequence[Word], keys: tuple[str, ...], i: int, size: int, folded: str
    ) -> bool:
        """Whether another actor name of two words or more starts inside words ``i..i+size`` and
        runs past their end ("Libya's U.N.-backed Government of National Accord": the name wins)."""
        first_words = self._actors.first_words
        for k in range(i + 1, i + size):
            if keys[k] not in first_words:
                continue
            for other, (_, _, needs_cap) in self._actors.matches(words, keys, k, folded):
                if other > 1 and k + other > i + size and (words[k].capital or not needs_cap):
                    return True
                break
        return False

    def _actor_hit(
        self,
        source: str,
        payload: object,
        start: int,
        end: int,
        text: str,
        roles: dict[str, ActorEntry],
        published: _dt.date | None = None,
    ) -> Hit | None:
        """A dictionary hit; the entry carries its side as of ``published`` (dated affiliations)."""
        if source == "kb" and isinstance(payload, ActorEntry):
            if _people_as_modifier(text, start, end, self.kb.people_names):
                return None  # "a Tuareg town", "a Tebu representative": no actor
            successor = self._successor(payload, text[start:end], roles, published)
            if successor is not None:
                return Hit.of_entry(start, end, successor.on(published), "role")
            payload = self._entry_on(payload, published)
            return Hit.of_entry(start, end, payload)
        if source == "role" and isinstance(payload, str):
            entry = roles.get(payload)
            if entry is None:
                return _unheld_group_hit(start, end, text, definite=published is not None)
            entry = entry.on(published)
            return Hit.of_entry(start, end, entry, "role")
        if source == "collective":
            if text[start:end].lower() in ADJECTIVE_COLLECTIVES and _NOUN_AFTER.match(text, end):
                return None  # "a local council member": an adjective, not "locals"
            owner = _COLLECTIVE_OWNER.search(text, max(0, start - 12), start)
            # "Government sources" are not the rebels' sources; "Italian officials" not Libya's
            start = owner.start() if owner is not None else _nationality_before(text, start)
            start = _people_before(text, start, self.kb.people_names)
            name = _LEADING_ARTICLE.sub("", text[start:end])
            return _collective_hit(start, end, name, name)
        return None

    @staticmethod
    def _successor(
        entry: ActorEntry, surface: str, roles: Mapping[str, ActorEntry], published: _dt.date | None
    ) -> ActorEntry | None:
        """The actor a dated role gives an entry's own words on a day the entry did not exist
        ("the Libyan army" of a 2019 story is the Libyan National Army, the army of that name
        having ended in 2015), as :meth:`ActorKB.lookup` prefers the role; None while the entry
        existed or no role holds the words then."""
        if published is None or entry.valid_on(published):
            return None
        held = roles.get(normalize_alias(surface))
        return held if held is not None and held.id != entry.id else None

    def _plausible_place(self, place: Place, folded: str, start: int, end: int, first: Word) -> bool:
        """Small or foreign places need evidence that a place is meant."""
        if _CAPITAL_OF_OTHER.match(folded, end) and folded[start:end].lower().endswith("capital"):
            return False  # "El Fasher, the capital of North Darfur": another land's capital
        if place.feature == TRIBAL_AREA:  # "the Warshefana" are the tribe; "in Warshefana" its land
            return (
                " " in folded[start:end] or _PLACE_SLOT.search(folded, max(0, start - 40), start) is not None
            )
        if place.kind is not LocationKind.CITY or place.feature in {"capital", "district", "neighbourhood"}:
            return True
        if place.country_code == "LY":
            if place.population >= 5000 or place.source.startswith("curated"):
                return True
        elif place.population >= 400_000:
            return True
        before = folded[max(0, start - 40) : start].lower()
        return bool(
            _PLACE_SLOT.search(before) or _PLACE_NOUN_OF.search(before) or self._listed_in_slot(folded, start)
        )

    def _listed_in_slot(self, folded: str, start: int) -> bool:
        """ "fled to Sabha and Tataouine", "staying in Dehiba and Tataouine": a name listed after
        a place that stands in a place slot is in that slot too."""
        m = _LISTED_IN_SLOT.search(folded, max(0, start - LISTED_SLOT_REACH), start)
        return m is not None and m.end() == start and bool(self._lookup_place(m.group(1)))

    # ------------------------------------------------------------------ pattern hits

    def _state_of_people(self, plural: str) -> ActorEntry | None:
        """The country a definite plural of nationality stands for (:data:`STATE_PEOPLES`), if
        the knowledge base has it as a country."""
        name = STATE_PEOPLES.get(plural.lower())
        entry = self.kb.lookup(name) if name is not None else None
        return entry if entry is not None and entry.kind is ActorKind.COUNTRY else None

    def pattern_hits(
        self,
        text: str,
        folded: str,
        taken: list[Hit],
        government: ActorEntry | None,
        gate: WordGate | None = None,
    ) -> list[Hit]:
        """People, units, descriptive groups and forces the knowledge base does not name.

        ``gate`` holds the words of ``folded`` (:func:`words_of`), when the caller has them.
        """
        out: list[Hit] = []
        if gate is None:
            gate = WordGate(folded, words_of(folded))
        occupied = _Occupancy(taken, len(folded))
        places = _Occupancy(
            [h for h in taken if h.place is not None and not h.is_actor], len(folded), every=True
        )

        def add(hit: Hit) -> None:
            if hit.end > hit.start and occupied.free(hit.start, hit.end):
                out.append(hit)
                occupied.add(hit)

        # forces named by whom they serve; they may swallow a dictionary hit of their master
        lower = folded.lower()

        def cue(*words: str) -> bool:
            return any(map(lower.__contains__, words))  # no generator: it costs more than the searches

        def gated_cue(*words: str) -> bool:
            """:func:`cue` for a gated pattern whose every match holds one of ``words``: the
            gate of an ASCII text needs no cue."""
            return gate.ascii or cue(*words)

        for m in (
            gate.finditer(_GOVERNMENT_FORCES_HEAD)
            if cue("government", "loyal", "backing", "aligned", "allied", "fighting for")
            else ()
        ):
            named = [
                h
                for h in occupied.actors_between(m.start(), m.end())
                if h.entry is not None
                and h.actor_kind is ActorKind.GOVERNMENT
                and m.start() <= h.start < m.end()
            ]
            gov = named[-1].entry if named else government
            if not named and _unknown_government_name(folded, m.end(), places):
                continue  # "units loyal to the Rescue Government": a government the KB lacks, not the day's
            if gov is None or any(
                h.actor_kind is ActorKind.ARMED_GROUP and h.start < m.end() and m.start() < h.end
                for h in occupied.actors_between(m.start() - 200, m.end())
            ):
                continue  # the knowledge base already names these forces
            own = self._own_forces(gov.affiliation) if gov.affiliation else None
            if own is not None:  # "government troops" of Gaddafi's government are his forces
                hit = Hit(
                    m.start(),
                    m.end(),
                    own.id,
                    own.name,
                    "forces",
                    own.kind,
                    entry=own,
                    master=named[-1] if named else None,
                )
            else:
                hit = Hit(
                    m.start(),
                    m.end(),
                    "forces:" + gov.id,
                    f"{gov.name} forces",
                    "forces",
                    ActorKind.ARMED_GROUP,
                    affiliation=gov.name,
                    master=named[-1] if named else None,  # the government named stays an actor too
                )
            occupied.replace_inside(hit.start, hit.end)
            if named and _proper(folded, named[-1]):
                occupied.release_owners(hit.start, hit.end, folded)
            add(hit)
        for h in (
            [h for h in taken if h.source == "kb" and h.actor_kind is ActorKind.ARMED_GROUP]
            if cue(*LOYAL_LEAD_WORDS)
            else ()
        ):  # "the remaining forces loyal to Haftar": the knowledge base's name, with its remnant word
            remnant = _loyal_lead_start(folded, h.start)
            if remnant < h.start and _LOYAL_TO.match(folded, h.start):
                occupied.replace_inside(remnant, h.end)
                add(evolve(h, start=remnant))
        for loyal in (
            gate.finditer(_LOYAL_TO_FIRST)
            if cue(
                " loyal",
                "backing",
                "commanded",
                "led by",
                "allied",
                "aligned",
                "affiliated",
                " under ",
                " of ",
            )
            else ()
        ):
            master = _first_actor_at(
                [
                    h
                    for h in occupied.actors_between(loyal.end(), loyal.end() + 51)
                    if not _compound_modifier(folded, h) and not _owning_country(folded, h)
                ],
                loyal.end(),
                limit=50,
            )
            if master is None or _sentence_break(folded, loyal.end(), master.start):
                continue  # "forces loyal to Haftar. The government ...": the master is in the phrase
            if "(" in folded[loyal.end() : master.start]:
                continue  # "forces loyal to the Government of X (GX)": a bracket only abbreviates
            if _clause_after_name(folded[loyal.end() : master.start]):
                continue  # "forces loyal to X had moved against Y": Y is whom they fight
            if loyal.group().rstrip().lower().endswith(" of") and not _commanded_forces_of(
                folded, loyal, master
            ):
                continue  # "forces of X": only a government's or a known leader's are a force here
            master = _titled_name(folded, master, occupied.actors_between(master.end, master.end + 3))
            # "the Libyan army of the GNA": the army's own words name the force, its owner stays a
            # mention of its own
            end = loyal.start() + len(ARMY_WORD) if _army_of(folded, loyal) else master.end
            forces = self._forces_of(master, _loyal_lead_start(folded, loyal.start()), end)
            if forces is not None:
                occupied.replace_inside(forces.start, forces.end)
                if _proper(folded, master):
                    occupied.release_owners(forces.start, forces.end, folded)
                add(forces)
        for unit in gate.finditer(_LOYAL_UNIT_FIRST) if cue("loyal", "allied", "aligned") else ():
            if _apposition_before(folded, unit.start()):
                continue  # "the Nawasi Brigade, a unit loyal to X": the named brigade is the unit
            master = _first_actor_at(
                [
                    h
                    for h in occupied.actors_between(unit.end(), unit.end() + 51)
                    if not _owning_country(folded, h)
                ],
                unit.end(),
                limit=50,
            )
            if master is None or _sentence_break(folded, unit.end(), master.start):
                continue
            if _clause_after_name(folded[unit.end() : master.start]):
                continue
            phrase = " ".join(folded[unit.start(1) : master.end].split())
            hit = Hit(
                unit.start(1),
                master.end,
                "unit-loyal:" + normalize_alias(phrase),
                phrase,
                "forces",
                ActorKind.ARMED_GROUP,
                affiliation=master.name,  # whom it serves; the master stays an actor
                master=master,
            )
            occupied.replace_inside(hit.start, hit.end)
            if _proper(folded, master):
                occupied.release_owners(hit.start, hit.end, folded)
            add(hit)
        for pro in gate.finditer(_PRO_FORCES_FIRST) if gated_cue("pro-") else ():
            forces = self._pro_forces(pro, taken)
            if forces is not None:
                occupied.replace_inside(forces.start, forces.end)
                add(forces)
        for h in [h for h in taken if h.actor_kind is ActorKind.PERSON]:
            if h.actor_kind is not ActorKind.PERSON:
                continue
            whose = _WHOSE_FORCES.match(folded, h.end)
            if whose:
                forces = self._forces_of(h, whose.start(1), whose.end(1))
                if forces is not None:
                    add(forces)
                continue
            possessed = _POSSESSED_FORCES.match(folded, h.end)
            if possessed:
                forces = self._forces_of(h, h.start, possessed.end())
                if forces is not None:
                    occupied.replace_inside(forces.start, forces.end)
                    add(forces)
        for h in [h for h in taken if h.actor_kind is ActorKind.GOVERNMENT and h.entry is not None]:
            possessed = _GOVERNMENT_POSSESSED.match(folded, h.end)
            if possessed:  # "the GNA's army": the government's forces (the government stays an actor)
                forces = _forces_of(h, h.start, possessed.end())
                if forces is not None:
                    occupied.replace_inside(forces.start, forces.end)
                    add(forces)

        # "Bashagha's office", "his office": the office speaks for the person, as its own actor
        for h in [h for h in taken if h.actor_kind is ActorKind.PERSON]:
            office = _OFFICE.match(folded, h.end)
            if office and not _placed_at(folded, h.start):
                occupied.replace_inside(h.start, office.end())
                surname = h.name.split()[-1]
                add(
                    Hit(
                        h.start,
                        office.end(),
                        "office:" + h.key,
                        f"{surname}'s office",
                        "unit",
                        ActorKind.ORGANIZATION,
                        affiliation=h.name,
                    )
                )
        # "the government of Prime Minister X": X's government speaks and acts; X stays an actor
        for h in (
            [h for h in taken if h.actor_kind is ActorKind.PERSON]
            if cue("government of", "cabinet of", "administration of")
            else ()
        ):
            led = self._government_of_person(folded, h)
            if led is not None:
                occupied.replace_inside(led.start, led.end)
                add(led)
        # "the Meloni government", "Meloni's cabinet": a foreign head's government is the state's
        for h in (
            [h for h in taken if h.actor_kind is ActorKind.PERSON]
            if cue(*(" " + noun for noun in GOVERNMENT_OF_PERSON_NOUNS))
            else ()
        ):
            led = self._government_after_head(folded, h)
            if led is not None:
                occupied.replace_inside(led.start, led.end)
                add(led)
        # "the U.S. embassy", "the Turkish consulate": the mission speaks for itself, not the country
        for h in (
            [h for h in taken if h.actor_kind is ActorKind.COUNTRY] if cue("embassy", "consulate") else ()
        ):
            mission = _EMBASSY.match(folded, h.end)
            if mission:
                occupied.replace_inside(h.start, mission.end(), places=True)
                add(
                    Hit(
                        h.start,
                        mission.end(),
                        "embassy:" + h.key,
                        text[h.start : mission.end()],
                        "unit",
                        ActorKind.GOVERNMENT,
                        affiliation=h.name,
                    )
                )
        for pm in gate.finditer(_PRONOUN_OFFICE_FIRST) if cue(" office") else ():
            prior = [
                p
                for p in occupied.actors_between(pm.start() - 600, pm.start())
                if p.actor_kind is ActorKind.PERSON
            ]
            if prior and occupied.free(pm.start(), pm.end()) and not _placed_at(folded, pm.start()):
                person = prior[-1]
                surname = person.name.split()[-1]
                add(
                    Hit(
                        pm.start(),
                        pm.end(),
                        "office:" + person.key,
                        f"{surname}'s office",
                        "unit",
                        ActorKind.ORGANIZATION,
                        affiliation=person.name,
                    )
                )

        # "its forces", "his men", "their fighters": the forces of the actor just named ("his"
        # here, of a person the dictionaries know; "its" and "their" once named units are found)
        for pm in gate.finditer(_PRONOUN_FORCES_FIRST) if cue("his ") else ():
            if pm.group(1).lower() != "his":
                continue
            self._pronoun_forces(pm, occupied, folded, add)

        # "the LNA's local allies", "his supporters": a following of its own, not the master
        for am in _ALLIES.finditer(folded) if cue("allies", "supporters") else ():
            if (
                occupied.free(am.start(), am.end())
                and not _AND_BEFORE.search(folded, max(0, am.start() - 5), am.start())
                and not _allies_named_after(am.end(), occupied, folded)
            ):
                master = self._allies_master(am, occupied, folded)
                if master is not None:
                    allies = _allies_hit(master, am)
                    occupied.replace_inside(allies.start, allies.end)
                    add(allies)

        for m in _REGNAL_NAME.finditer(folded) if cue(*(t.lower() + " " for t in REGNAL_TITLES)) else ():
            start, end = m.start("name"), m.end("name")
            if occupied.free(start, end) and places.free(start, end):
                name = " ".join(m.group("name").split())
                add(
                    Hit(
                        start,
                        end,
                        "person:" + normalize_alias(name),
                        name,
                        "person",
                        ActorKind.PERSON,
                        title=m.group("title"),
                    )
                )
        # people introduced by a title or an apposition
        for m in finditer_at(_NAME, folded, _name_starts(folded)):
            start, end = m.start(), m.end()
            if folded.endswith(("'s", "\u2019s"), start, end):
                end -= 2  # "Ghaddour's brigade": the possessive is not part of the name
            name_words = folded[start:end].split()
            if _BODY_APPOSITION.match(folded, end, min(len(folded), end + BODY_APPOSITION_REACH)):
                # "Sea Rescue Aid, a German charity, said": an organisation's name, every word of it
                body = _body_named(text, folded, start, end)
                if (
                    body is not None
                    and occupied.free(body.start, body.end)
                    and places.free(body.start, body.end)
                ):
                    add(body)
                continue
            # leading titles, nationalities and sentence-initial words are not part of the name
            lead: list[str] = []
            while len(name_words) > 2 and _is_name_prefix(name_words[0]):
                lead.append(name_words.pop(0))
            cut = _title_words_before_name(name_words)  # "Justice Minister Carlo Nordio", "Minister Dendias"
            if cut:
                lead.extend(name_words[:cut])
                del name_words[:cut]
            if lead:
                start = folded.index(name_words[0], start + sum(len(w) for w in lead))
            if len(name_words) > 4 or _is_name_prefix(name_words[0]):
                continue
            if name_words[-1].lower() in TITLE_WORDS and name_words[0].lower() not in FIRST_NAMES:
                continue  # "The Emergency Relief Coordinator, Martin Griffiths,": a title, no name
            held = self._held_namesake(occupied, folded, start, end)
            if held is not None:
                occupied.replace_inside(held.start, held.end)  # "Mahamat Idriss Deby" is the son
            if not occupied.free(start, end) or not places.free(start, end):
                continue
            before = folded[max(0, start - 60) : start]
            tail = before.rstrip(" ,").rsplit(None, 1)
            last_word = tail[-1].lower().strip(".") if tail else ""
            title_m = (
                _TITLE_BEFORE.search(before) if last_word in TITLE_WORDS or last_word == "staff" else None
            )
            appos = _APPOSITION.match(folded, end, min(len(folded), end + 160))
            first_is_name = (
                name_words[0].split("-")[0].lower() in FIRST_NAMES or name_words[0].lower() in FIRST_NAMES
            )
            said = _SAID_AFTER.match(folded[end : end + 100])
            if not (title_m or appos or first_is_name or said):
                continue
            if _dwellers_of(tail):
                continue  # "residents of Buwairat al-Hassun said": the village they live in
            if _looks_like_place_or_org(name_words) or _names_a_building(folded, end):
                continue
            if name_words[-1].lower() in NATIONALS:
                continue  # "Stranded Nigerians said": people of a nationality, not a person
            known = self.kb.spelled_variant(folded[start:end])
            if known is not None:  # "Khalifa Hafter": Khalifa Haftar spelled another way
                add(Hit.of_entry(start, end, known))
                continue
            title = " ".join(lead) if lead and lead[-1].lower() in TITLE_WORDS else None
            if title_m and title is None:
                title = title_m.group().strip(" ,") or None
            elif appos:
                title = appos.group(1).strip()
            add(
                Hit(
                    start,
                    end,
                    "person:" + normalize_alias(folded[start:end]),
                    text[start:end],
                    "person",
                    ActorKind.PERSON,
                    title=_clean_title(title),
                )
            )

        # "Haftar's son Saddam", "his brother Khaled": a relative named by a given name alone
        for km in _KIN.finditer(folded) if cue(*_KIN_CUES) else ():
            kin = self._kin_hit(text, km, occupied)
            if kin is not None:
                add(kin)

        # names a noun tells the kind of: "a brigade called the X", "broadcaster X"; a name the
        # knowledge base knows keeps its entry ("the Special Deterrence Force, known as Rada":
        # Rada is the force's own alias, not a second unit)
        for hit in _introduced_names(text, folded, cue, gated_cue, gate):
            if self.kb.lookup(hit.name) is not None:
                continue
            occupied.replace_inside(hit.start, hit.end, places=True)
            add(hit)

        # named units, ministries and operations
        for m in (
            gate.finditer(_UNIT_HEAD)
            if gated_cue("brigade", "battalion", "ministry", "command", "corporation", "company", "operation")
            else ()
        ):
            head = m.group(2).lower()
            start, end = _after_possessor(folded, m.start(1), m.start(2)), m.end()
            words = folded[start : m.start(2)].split()
            while words and (
                words[0].lower() in UNIT_NAME_OPENERS
                or (
                    words[0].lower() in COMMON_CAPITALISED
                    and words[0].lower() not in {"health", "interior", "defence", "defense", "foreign", "oil"}
                )
            ):
                start += len(words[0]) + 1
                words = words[1:]
            if not words or (m.group(2) in PLACE_CAMPAIGN_HEADS and self._lookup_place(" ".join(words))):
                continue  # "the Sirte operation": a campaign named by its place, no actor
            kind = (
                ActorKind.GOVERNMENT
                if head == "ministry"
                else (ActorKind.ORGANIZATION if head in {"corporation", "company"} else ActorKind.ARMED_GROUP)
            )
            add(Hit(start, end, "unit:" + normalize_alias(folded[start:end]), text[start:end], "unit", kind))
        for m in (
            gate.finditer(_NUMBER_LAST_UNIT_FIRST) if gated_cue("brigade", "battalion", "regiment") else ()
        ):
            # "Battalion 166" names the unit "the 166 Battalion" names: one key for both orders
            key = "unit:" + normalize_alias(f"{m.group(2)} {m.group(1)}")
            if self.kb.lookup(m.group(0)) is None:
                add(Hit(m.start(), m.end(), key, m.group(0), "unit", ActorKind.ARMED_GROUP))
        for m in gate.finditer(_NAMED_UNIT_HEAD) if gated_cue("brigade", "militia", "battalion") else ():
            start, end = _after_possessor(folded, m.start(1), m.end(1)), m.end()
            if folded[start : m.end(1)].split()[0].lower() in COMMON_CAPITALISED:
                continue
            add(
                Hit(
                    start,
                    end,
                    "unit:" + normalize_alias(folded[start:end]),
                    text[start:end],
                    "unit",
                    ActorKind.ARMED_GROUP,
                )
            )

        for m in gate.finditer(_SHARED_UNIT_HEAD) if gated_cue("brigades", "battalions") else ():
            for hit in _shared_units(m, text, folded):
                add(hit)

        for pm in gate.finditer(_PRONOUN_FORCES_FIRST) if cue("its ", "their ") else ():
            if pm.group(1).lower() != "his":
                self._pronoun_forces(pm, occupied, folded, add)

        # ministries, parliaments and municipalities named by their portfolio or place
        cores: dict[
            str, tuple[str, str]
        ] = {}  # "Ministry of Defence" -> the "GNU Ministry of Defence" told first
        for m in gate.finditer(_INSTITUTION_HEAD) if gated_cue("ministry", "parliament", "municipal") else ():
            start, end = m.start(1), m.end(1)
            occupied.replace_inside(start, end)
            key, name = "institution:" + _portfolio_key(folded[start:end]), text[start:end]
            first, _, rest = name.partition(" ")
            if rest and _institution_owner(first):
                cores.setdefault(normalize_alias(rest), (key, name))
            key, name = cores.get(normalize_alias(name), (key, name))
            add(Hit(start, end, key, name, "unit", ActorKind.GOVERNMENT))

        for m in _COUNTRY_MINISTRY.finditer(folded) if cue("'s ", "\u2019s ") and cue(" ministry") else ():
            ministry = self._country_ministry(m)
            if ministry is not None:
                occupied.release_countries(ministry.start, ministry.end)  # the country stays a place
                occupied.replace_inside(ministry.start, ministry.end)
                add(ministry)
        for m in (
            _NATIONAL_SOCIETY.finditer(folded) if cue(*(n.lower() for n in NATIONAL_SOCIETY_NAMES)) else ()
        ):
            society = self._national_society(m)
            if society is not None:
                occupied.replace_inside(society.start, society.end, places=True)  # a name, no place
                add(society)

        for m in gate.finditer(_NATIONAL_GOVERNMENT_HEAD) if gated_cue(*STATE_BODY_WORDS) else ():
            national = _national_government(m, folded)
            if national is not None:
                occupied.replace_inside(national.start, national.end)  # not the collective "authorities"
                add(national)

        for m in gate.finditer(_NATIONAL_ARMY_HEAD) if gated_cue(*STATE_ARMY_WORDS) else ():
            army = _national_army(m, folded)
            if army is not None:
                add(army)  # a known army ("the Egyptian army") was found first and keeps its span

        for m in (
            gate.finditer(_NATIONAL_LEGISLATURE_HEAD)
            if gated_cue(*(w.split()[-1] for w in LEGISLATURE_WORDS))
            else ()
        ):
            legislature = _national_legislature(m, folded)
            if legislature is not None:
                occupied.replace_inside(legislature.start, legislature.end)  # not Libya's parliament
                add(legislature)

        for m in gate.finditer(_NATIONAL_BODY_HEAD) if gated_cue(*NATIONAL_BODY_HEADS) else ():
            opener = m.group(1).lower()
            if opener in NATIONALITY_WORDS or opener in NATIONAL_BODY_OPENERS:
                occupied.replace_inside(m.start(), m.end(), places=True)  # "Libyan" names no place
                name = " ".join(m.group().split())
                add(Hit(m.start(), m.end(), "body:" + name.lower(), name, "unit", ActorKind.ORGANIZATION))

        for m in gate.finditer(_COUNTRY_GOVERNMENT_HEAD) if gated_cue(*STATE_BODY_WORDS) else ():
            country = self._country_government(m)
            if country is not None:
                occupied.release_countries(country.start, country.end)  # the country stays a place
                occupied.replace_inside(country.start, country.end)
                add(country)

        for m in gate.finditer(_PLACE_COUNCIL_HEAD) if gated_cue("council") else ():
            add(_place_council(m, text))

        # tribes named by a word the knowledge base lacks ("the Mashashiya tribe"), and their fighters
        tribes: dict[str, str] = {}
        for m in gate.finditer(_TRIBE_HEAD) if gated_cue(*TRIBE_WORDS) else ():
            name = m.group(1)
            if _tribe_name(name) and occupied.free(m.start(1), m.end(1)) and not self.gazetteer.lookup(name):
                tribes.setdefault(name.lower(), name)  # a town's name ("the Zintan tribe") stays the town's
        for m in _tribe_mentions(folded, tribes):
            name = tribes[m.group(1).lower()]
            if occupied.free(m.start(), m.end()):
                occupied.replace_inside(m.start(), m.end(), places=True)  # the tribe, not a place
                add(Hit(m.start(), m.end(), "tribe:" + name.lower(), name, "unit", ActorKind.ARMED_GROUP))

        # descriptive groups and unnamed sources
        for m in gate.finditer(_GROUP_HEAD):
            start, end = m.start(), m.end()
            occupied.replace_inside(
                start, end
            )  # the longer description wins: "armed tribesmen (and state guards)"
            phrase = folded[start:end]
            if phrase.split()[0].lower() in {"libyan", "the"} and phrase.lower().endswith(
                ("forces", "troops")
            ):
                continue
            add(
                Hit(
                    start,
                    end,
                    "group:" + normalize_alias(phrase),
                    text[start:end],
                    "group",
                    ActorKind.ARMED_GROUP,
                )
            )
        for m in _AIR_ARM.finditer(folded) if cue("air force") else ():
            if occupied.free(m.start(1), m.end(1)):
                add(Hit(m.start(1), m.end(1), "group:air force", "air force", "group", ActorKind.ARMED_GROUP))
        # people told by their number, unless a group of people they are part of was told first
        told = _first_people_group(taken) if cue("people", " men") else -1
        groups = _people_groups(taken) if told >= 0 else []
        for m in gate.finditer(_COUNTED_PEOPLE_HEAD) if told >= 0 else ():
            if not occupied.free(m.start(), m.end()):
                continue
            men = m.group(1).lower().endswith(COUNTED_MEN)
            if men and not _CROWD_COUNT.search(folded, m.start(), m.end()):
                continue  # "two young men were detained": persons, not a crowd
            if m.start() < told or men:
                add(Hit(m.start(), m.end(), COUNTED_PEOPLE_KEY, "people", "collective", ActorKind.COLLECTIVE))
                continue
            group = groups[bisect.bisect_left(groups, (m.start(),)) - 1][1]  # the group told last
            add(Hit(m.start(), m.end(), group.key, group.name, group.source, group.actor_kind))
        for m in gate.finditer(_HURT_PEOPLE_HEAD) if cue("wounded", "injured", "sick") else ():
            hurt = m.lastindex or 1
            occupied.replace_inside(m.start(hurt), m.end(hurt))  # "wounded fighters": the hurt, no force
            if occupied.free(m.start(hurt), m.end(hurt)):
                name = m.group(hurt).lower()
                add(
                    Hit(
                        m.start(hurt),
                        m.end(hurt),
                        HURT_PEOPLE_KEY + name,
                        name,
                        "collective",
                        ActorKind.COLLECTIVE,
                    )
                )
        for m in gate.finditer(_COLLECTIVE_SOURCE_HEAD):
            occupied.replace_inside(m.start(), m.end())
            add(_collective_hit(m.start(), m.end(), m.group(1), text[m.start(1) : m.end(1)]))
        for m in gate.finditer(_NATIONALS_FIRST):
            if _DEFINITE_BEFORE.search(folded, max(0, m.start() - 5), m.start()) and not _WHO_AFTER.match(
                folded, m.end()
            ):
                state = self._state_of_people(m.group(1))
                if state is not None:  # "the Turks demanded": the state, not a group of people
                    add(Hit.of_entry(m.start(), m.end(), state, STATE_PEOPLE_SOURCE))
                continue
            if _PARTITIVE_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
                continue  # "many of them Tunisians": a part of the group told before
            add(
                Hit(
                    m.start(),
                    m.end(),
                    "collective:" + m.group(1).lower(),
                    text[m.start() : m.end()],
                    "collective",
                    ActorKind.COLLECTIVE,
                )
            )
        quotes: _QuoteMarks | None = None
        for m in gate.finditer(_TOWN_PEOPLE_HEAD) if cue(" of ") else ():
            quotes = quotes or _QuoteMarks.of(folded)
            if quotes.inside(m.start()):
                continue
            occupied.replace_inside(m.start(1), m.end(1))  # "people" alone says less
            add(_collective_hit(m.start(1), m.end(1), m.group(1), text[m.start(1) : m.end(1)]))
        for m in (
            _FAMILIAR_SOURCE.finditer(folded) if cue(" familiar with", " close to", " briefed on") else ()
        ):
            occupied.replace_inside(m.start(), m.end(1))  # "a source" alone says less
            add(_collective_hit(m.start(1), m.end(1), m.group(1), text[m.start(1) : m.end(1)]))
        for pm in _PRONOUN_MINISTRY.finditer(folded) if cue("his ministry", "her ministry") else ():
            ministry = _pronoun_ministry(pm, occupied, folded, cores)
            if ministry is not None:
                add(ministry)
        for tm in _THE_MINISTRY.finditer(folded) if cue("the ministry") else ():
            ministry = _the_ministry(tm, occupied, folded, cores)
            if ministry is not None:
                add(ministry)
        occupied.apply(taken, out)
        return out

    def _pronoun_forces(
        self, pm: re.Match[str], occupied: _Occupancy, folded: str, add: Callable[[Hit], None]
    ) -> None:
        """ "its forces", "his men": the forces of the latest actor of a fitting kind told before."""
        if not occupied.free(pm.start(), pm.end()):
            return
        pronoun = pm.group(1).lower()
        prior = [h for h in occupied.actors_between(pm.start() - 400, pm.start()) if h.end <= pm.start()]
        if pronoun == "his":
            prior = [h for h in prior if h.actor_kind is ActorKind.PERSON]
        else:
            prior = [
                h
                for h in prior
                if h.actor_kind in (ActorKind.GOVERNMENT, ActorKind.ARMED_GROUP, ActorKind.COUNTRY)
            ]
        if not prior:
            return
        owners = past_companion(folded, pm.start(), past_relative_clause(folded, pm.start(), prior))
        if not owners:
            return  # the speaking subject is not found yet: no name inside its relative clause
        master = max(owners, key=lambda h: h.end)
        if pronoun == "his" and _titled_name_between(folded, master.end, pm.start()):
            return  # "X ... Ali Omar, a Tebu commander, said his men": Ali Omar's, not X's
        given = _namesake_given_name(master, folded) if pronoun == "his" else None
        if given is not None:  # "Ali Saleh said his forces": another man than the known Saleh
            full = folded[given : master.end]
            master = Hit(
                given, master.end, "person:" + normalize_alias(full), full, "person", ActorKind.PERSON
            )
        forces = (
            self._forces_of(master, pm.start(), pm.end())
            if master.actor_kind is not ActorKind.COUNTRY
            else None
        )
        if forces is not None:
            forces.start, forces.end = pm.start(), pm.end()
            add(forces)

    def _kin_hit(self, text: str, km: re.Match[str], occupied: _Occupancy) -> Hit | None:
        """The relative a kinship apposition names by a given name ("Haftar's son Saddam"):
        the given name with the family's surname, the knowledge base's person where it has one."""
        start, end = km.span(1)
        if not occupied.free(start, end):
            return None
        prior = [
            h
            for h in occupied.actors_between(km.start() - 400, km.start() + 1)
            if h.actor_kind is ActorKind.PERSON and h.end <= km.start()
        ]
        if not prior or (km.group().startswith("'") and prior[-1].end != km.start()):
            return None  # "the commander's son Ali": no family named
        full = f"{km.group(1)} {prior[-1].name.split()[-1]}"
        entry = self.kb.lookup(full)
        if entry is not None and entry.kind is ActorKind.PERSON:
            return Hit.of_entry(start, end, entry)
        return Hit(start, end, "person:" + normalize_alias(full), full, "person", ActorKind.PERSON)

    def _pro_forces(self, pro: re.Match[str], taken: Sequence[Hit]) -> Hit | None:
        """ "pro-Haftar fighters": the forces of the named person or group, with his side as
        of the article's date when the article names him elsewhere."""
        entry = self.kb.lookup(pro.group(1))
        if entry is None or entry.kind not in _PRO_MASTERS:
            return None
        entry = next((h.entry for h in taken if h.entry is not None and h.entry.id == entry.id), entry)
        master = Hit(pro.start(1), pro.end(1), entry.id, entry.name, "kb", entry.kind, entry=entry)
        forces = self._forces_of(master, pro.start(), pro.end())
        if forces is not None and master.actor_kind is ActorKind.GOVERNMENT:
            forces.master = None  # "pro-GNA": the government only modifies
        return forces

    @staticmethod
    def _allies_master(am: re.Match[str], occupied: _Occupancy, folded: str) -> Hit | None:
        """Whom "X's allies" or "his supporters" follow: X, or the person or body the
        pronoun stands for (the latest before it within a paragraph's reach)."""
        pronoun = (am.group(1) or "").lower()
        if pronoun in _FOLLOWER_PRONOUNS:
            prior = [h for h in occupied.actors_between(am.start() - 400, am.start()) if h.end <= am.start()]
            kinds = _FOLLOWER_PRONOUNS[pronoun]
            prior = [h for h in prior if h.actor_kind in kinds]
            owners = past_relative_clause(folded, am.start(), prior)
            return max(owners, key=lambda h: h.end) if owners else None
        owner = [h for h in occupied.actors_between(am.start() - 80, am.start()) if h.end == am.start()]
        return owner[0] if owner and owner[0].actor_kind in _FOLLOWED_KINDS else None

    def _government_of_person(self, folded: str, person: Hit) -> Hit | None:
        """ "The government of Prime Minister Ali Zeidan", "the cabinet of X": the government the
        person heads (:data:`_GOVERNMENT_OF_PERSON`), an actor of its own whose mention is the
        whole phrase, the person inside staying an actor (``master``). The knowledge base's
        government known by the person ("Zeidan government", "Sarraj's government") when it has
        one; else a government named "government of <person>"."""
        lo = max(0, person.start - GOVERNMENT_OF_PERSON_REACH)
        m = _GOVERNMENT_OF_PERSON.search(folded, lo, person.start)
        if m is None:
            return None
        surname = person.name.split()[-1]
        bare = surname.split("-", 1)[1] if surname.lower().startswith(("al-", "el-")) else surname
        for form in (f"{person.name}'s government", f"{surname} government", f"{bare} government"):
            entry = self.kb.lookup(form)
            if entry is not None and entry.kind is ActorKind.GOVERNMENT:
                hit = Hit.of_entry(m.start(), person.end, entry)
                hit.master = person
                return hit
        state = self._state_headed_by(person)
        if state is not None:  # "the government of Giorgia Meloni": "the Italian government"
            key, name = FOREIGN_GOVERNMENT_KEY + state.lower(), f"{state} government"
            return Hit(m.start(), person.end, key, name, "unit", ActorKind.GOVERNMENT, master=person)
        name = f"government of {person.name}"
        key = GOVERNMENT_OF_KEY + person.key
        return Hit(m.start(), person.end, key, name, "unit", ActorKind.GOVERNMENT, master=person)

    def _government_after_head(self, folded: str, person: Hit) -> Hit | None:
        """ "the Meloni government", "Meloni's cabinet" (:data:`_GOVERNMENT_AFTER_HEAD`): the
        government of the foreign state the person heads (:meth:`_state_headed_by`), keyed as
        "the Italian government" is, the person staying an actor; None for anyone else (Libya's
        governments known by their heads are the knowledge base's: "the Zeidan government")."""
        m = _GOVERNMENT_AFTER_HEAD.match(folded, person.end)
        if m is not None and _INDEFINITE_BEFORE.search(folded, max(0, person.start - 4), person.start):
            return None  # "a Meloni government jet": the words modify the noun after them
        state = self._state_headed_by(person) if m is not None else None
        if m is None or state is None:
            return None
        key, name = FOREIGN_GOVERNMENT_KEY + state.lower(), f"{state} government"
        return Hit(person.start, m.end(), key, name, "unit", ActorKind.GOVERNMENT, master=person)

    def _state_headed_by(self, person: Hit) -> str | None:
        """The nationality word of the foreign state whose government ``person`` heads: a known
        person affiliated to a country other than Libya, with a head of government's title
        (:data:`GOVERNMENT_OF_PERSON_TITLES`); None for anyone else."""
        entry = person.entry
        if entry is None or not entry.affiliation or not entry.title:
            return None
        if entry.title.lower() not in GOVERNMENT_OF_PERSON_TITLES:
            return None
        country = self._foreign_country(entry.affiliation)
        return nationality_of(country) if country is not None else None

    def _forces_of(self, master: Hit, start: int, end: int) -> Hit | None:
        """The armed force a person or government commands ("Haftar's forces" is the LNA)."""
        forces = self._forces_hit(master, start, end)
        if forces is not None and master.actor_kind is ActorKind.PERSON:
            forces.master = master  # the person stays an actor too
        return forces

    def _forces_hit(self, master: Hit, start: int, end: int) -> Hit | None:
        entry = master.entry
        if master.actor_kind is ActorKind.PERSON:
            if entry is None or not entry.affiliation:
                own = self._own_forces(master.name)
                if own is not None:  # "troops loyal to Muammar Gaddafi" are "Gaddafi's forces"
                    return Hit(start, end, own.id, own.name, "forces", own.kind, entry=own)
                # "Juwaili's forces": a commander whose group the knowledge base does not know
                surname = master.name.split()[-1]
                name = f"{surname}'s forces"
                return Hit(start, end, "forces-of:" + master.key, name, "forces", ActorKind.ARMED_GROUP)
            group = self.kb.lookup(entry.affiliation)
            if group is None:
                return Hit(
                    start,
                    end,
                    "forces-of:" + entry.affiliation,
                    entry.affiliation,
                    "forces",
                    ActorKind.ARMED_GROUP,
                )
            if group.kind is ActorKind.GOVERNMENT:
                return Hit(
                    start,
                    end,
                    "forces:" + group.id,
                    f"{group.name} forces",
                    "forces",
                    ActorKind.ARMED_GROUP,
                    affiliation=group.name,
                )
            return Hit(start, end, group.id, group.name, "forces", group.kind, entry=group)
        return _forces_of(master, start, end)

    def _own_forces(self, person: str) -> ActorEntry | None:
        """The knowledge base's armed group that serves the person named ``person`` (its
        affiliation) and that it calls by one of OWN_FORCES_FORMS ("Gaddafi's forces" is "Gaddafi
        loyalists"), for a person whose own entry names no side: "troops loyal to Muammar
        Gaddafi" and "Gaddafi's forces" are then one actor, not two; so are the "government
        troops" of a government whose side is that person (the Gaddafi government)."""
        surname = person.split()[-1]
        for form in OWN_FORCES_FORMS:
            group = self.kb.lookup(form.format(surname))
            if group is not None and group.kind is ActorKind.ARMED_GROUP and group.affiliation == person:
                return group
        return None

    # ------------------------------------------------------------------ agency of countries

    @staticmethod
    def mark_agentive(hits: list[Hit], folded: str) -> None:
        """A country named as a noun is an actor too, unless it only says where.

        "Turkey sent drones", "backed by Egypt and Russia" and "talks with Turkey" make
        actors; "the border with Tunisia", "flew to Cairo", "in Egypt" do not, and Libya,
        the setting of every story, never does.
        """
        for h in hits:
            if h.place is None or h.place.kind is not LocationKind.COUNTRY:
                continue
            if h.place.country_code == "LY":
                h.agentive = False
                continue
            before = folded[max(0, h.start - 30) : h.start].lower()
            after = folded[h.end : h.end + 3]
            locative = bool(_LOCATIVE_BEFORE.search(before)) or after.startswith("-")
            h.agentive = not locative


_UP = bytes(min(255, b + 1) for b in range(256))
_DOWN = bytes(max(0, b - 1) for b in range(256))


class _Occupancy:
    """Which characters mentions take, as counts per character, with an index of actor hits.

    Every query costs the length of the span asked about (or a binary search), never the
    number of hits, so pattern matching stays linear in the text's length. Hits swallowed
    by a longer mention are dropped from the caller's lists by :meth:`apply`.
    """

    def __init__(self, hits: Sequence[Hit], length: int, *, every: bool = False) -> None:
        self._mask = bytearray(length + 1)
        actors = [h for h in hits if every or h.actor_kind is not None]
        actors.sort(key=_hit_start)
        self._actors: list[Hit] = actors
        self._starts = [h.start for h in actors]
        self._removed: set[int] = set()
        for h in actors:
            self._mark(h.start, h.end, 1)

    def _mark(self, start: int, end: int, step: int) -> None:
        start = max(0, start)
        if end > start:
            self._mask[start:end] = self._mask[start:end].translate(_UP if step > 0 else _DOWN)

    def free(self, start: int, end: int) -> bool:
        return not self._mask[max(0, start) : end].strip(b"\0")

    def add(self, hit: Hit) -> None:
        k = bisect.bisect_right(self._starts, hit.start)
        self._starts.insert(k, hit.start)
        self._actors.insert(k, hit)
        self._mark(hit.start, hit.end, 1)

    def actors_between(self, lo: int, hi: int) -> list[Hit]:
        """Live actor hits that start in ``[lo, hi)``."""
        a = bisect.bisect_left(self._starts, max(0, lo))
        b = bisect.bisect_left(self._starts, hi)
        return [h for h in self._actors[a:b] if id(h) not in self._removed]

    def release_owners(self, start: int, end: int, folded: str) -> None:
        """Let a longer mention take the characters of the countries that own what it names
        ("forces allied to Libya's internationally recognised government"): the country stays
        a mention (a place), but no longer blocks the phrase."""
        for h in self.actors_between(start, end):
            if h.end <= end and _owning_country(folded, h):
                self._mark(h.start, h.end, -1)

    def release_countries(self, start: int, end: int) -> None:
        """Let a longer mention take the characters of the countries named inside it ("the
        government of Niger"): each stays a mention (a place), but no longer blocks the phrase."""
        for h in self.actors_between(start, end):
            if h.end <= end and h.actor_kind is ActorKind.COUNTRY:
                self._mark(h.start, h.end, -1)

    def replace_inside(self, start: int, end: int, *, places: bool = False) -> None:
        """Drop actor hits that lie wholly inside [start, end): the longer mention swallows them
        (with ``places``, a country's too: "Libya Channel" is no mention of Libya)."""
        for h in self.actors_between(start, end):
            if h.end <= end and (places or h.place is None):
                self._removed.add(id(h))
                self._mark(h.start, h.end, -1)

    def apply(self, *lists: list[Hit]) -> None:
        for hits in lists:
            hits[:] = [h for h in hits if id(h) not in self._removed]


_NAME_WORDS = r"(?:al-|el-|Al-|El-)?[A-Z][\w'-]*(?:\s+(?:al-|el-|Al-|El-)?[A-Z][\w'-]*){0,3}"
_PERSON_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "commander", "officer", "official", "leader", "fighter"}
)
_MEDIA_NOUNS = frozenset(
    {
        "broadcaster",
        "newspaper",
        "daily",
        "channel",
        "agency",
        "website",
        "outlet",
        "station",
        "television",
        "tv",
    }
)
_MEDIA_BEFORE_CUES = (*(_MEDIA_NOUNS - {"television"}), "radio")
"""Words one of which a text needs before a medium named after its noun is looked for."""
_CALLED = re.compile(
    r"\b(?i:(brigade|battalion|militia|group|force|unit|"
    + "|".join(sorted(_PERSON_NOUNS | _MEDIA_NOUNS))
    + r")s?,?\s+(?:called|named|known\s+as)\s+(?:the\s+)?)("
    + _NAME_WORDS
    + ")"
)
"""A name a noun introduces: "an elite brigade called the X Martyrs", "a spokesman, called X";
the name's words are capitalised ("a militia known as the Kaniyat attacked": not "attacked")."""
_CALLED_NOUNS = (
    frozenset({"brigade", "battalion", "militia", "group", "force", "unit"}) | _PERSON_NOUNS | _MEDIA_NOUNS
)
_CALLED_FIRST = FirstWords(_CALLED, _CALLED_NOUNS | {noun + "s" for noun in _CALLED_NOUNS})
_MEDIA_BEFORE = re.compile(
    r"\b(?:broadcaster|newspaper|daily|channel|news\s+agency|website|outlet|station|television|TV|radio)\s+("
    + _NAME_WORDS
    + ")"
)
"""A medium named after what it is: "broadcaster CNN Turk", "the daily Al-Wasat"."""
_MEDIA_BEFORE_FIRST = FirstWords(
    _MEDIA_BEFORE,
    frozenset(
        {"broadcaster", "newspaper", "daily", "channel", "news", "website", "outlet", "station", "television"}
        | {"tv", "radio"}
    ),
)
_MEDIA_NAME = re.compile(
    r"\b(?:told|to|with|by|on)\s+((?:[A-Z][\w'-]*\s+){1,3}(?:Channel|TV|Television|Radio|News|Network))\b"
)
"""A medium whose own name ends in what it is: "told Libya Channel"."""
_MEDIA_NAME_HEAD = HeadWords(
    _MEDIA_NAME,
    frozenset({"channel", "tv", "television", "radio", "news", "network"}),
    chunks_before=4,
    firsts=frozenset({"told", "to", "with", "by", "on"}),
)


def _introduced_names(
    text: str, folded: str, cue: Callable[..., bool], gated_cue: Callable[..., bool], gate: WordGate
) -> list[Hit]:
    """Actors named right after a noun that says what they are: a person, a group or a
    medium ("a brigade called X", "broadcaster X", "told X Channel")."""
    found: list[tuple[int, int, ActorKind]] = []
    if cue("called", "named", "known as"):
        for m in gate.finditer(_CALLED_FIRST):
            noun = m.group(1).lower()
            kind = (
                ActorKind.PERSON
                if noun in _PERSON_NOUNS
                else ActorKind.ORGANIZATION
                if noun in _MEDIA_NOUNS
                else ActorKind.ARMED_GROUP
            )
            found.append((m.start(2), m.end(2), kind))
    if cue(*_MEDIA_BEFORE_CUES):
        found.extend(
            (m.start(1), m.end(1), ActorKind.ORGANIZATION) for m in gate.finditer(_MEDIA_BEFORE_FIRST)
        )
    headed = len(found)  # the matches after this one end in their medium word ("Benghazi News")
    if gated_cue("channel", "tv", "television", "radio", "news", "network"):
        found.extend((m.start(1), m.end(1), ActorKind.ORGANIZATION) for m in gate.finditer(_MEDIA_NAME_HEAD))
    out: list[Hit] = []
    for k, (start, end, kind) in enumerate(found):
        words = folded[start:end].split()
        while k < headed and words and words[-1].lower() in COMMON_CAPITALISED:
            end -= len(words.pop()) + 1  # "state TV Sunday": the day is no part of the name
        if not words or all(w.lower() in COMMON_CAPITALISED for w in words):
            continue
        name = text[start:end]
        out.append(Hit(start, end, "named:" + normalize_alias(name), name, "unit", kind))
    return out


_POSSESSOR_END = re.compile(r"'s\s+")


def _shared_units(m: re.Match[str], text: str, folded: str) -> Iterator[Hit]:
    """One unit for each name before a shared plural head ("the X and Y brigades")."""
    head = folded[m.end() - len("brigades") : m.end()].lower()
    singular = "brigade" if head.endswith("brigades") else "battalion"
    for group in (1, 2):
        start, end = _after_possessor(folded, m.start(group), m.end(group)), m.end(group)
        words = folded[start:end].split()
        while words[1:] and words[0].lower() in COMMON_CAPITALISED and not words[1][0].isdigit():
            start += len(words.pop(0)) + 1  # "the", not "February" of "February 17"
        dated = len(words) > 1 and words[1][0].isdigit()  # "February 17": a date's name
        if not words or (words[0].lower() in COMMON_CAPITALISED and not dated) or not words[0][0].isalnum():
            continue
        name = f"{text[start:end]} {singular}"
        yield Hit(start, end, "unit:" + normalize_alias(name), name, "unit", ActorKind.ARMED_GROUP)


BARE_TITLE_HEADS = frozenset({"chief", "head"})
"""Title words that take a bare noun after "of" to make a diplomat's title ("chief of mission",
"head of mission", "deputy head of mission"): the noun names no body there."""


def _title_of_bare_noun(keys: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` closes a title of the form "<head> of <noun>" with no article
    ("chief of mission"; "the head of the mission" still names the mission)."""
    return i >= 2 and keys[i - 1] == "of" and keys[i - 2] in BARE_TITLE_HEADS


def _owned_by_hit(hits: Sequence[Hit], words: Sequence[Word], i: int) -> bool:
    """Whether the word before ``words[i]`` ends a capitalised actor name just found ("UNHCR"
    before "mission", "the U.S. mission"): the noun is that actor's own, not the body the
    role names."""
    if i == 0 or not hits or not words[i - 1].capital:
        return False
    last = hits[-1]
    return last.is_actor and last.end - words[i - 1].end in (0, 1)  # 1: "U.S." keeps its dot


PLACING_WORDS = frozenset({"at", "in", "inside", "outside", "to", "into"})
"""Prepositions before "his office" that make it the room he sits in ("received X at his
office"), not a body that speaks."""


def _placed_at(folded: str, start: int) -> bool:
    """Whether a place preposition stands right before ``start`` ("at his office"); the "to"
    of "according to" names a source, not a place."""
    before = folded[max(0, start - 16) : start].split()
    if len(before) >= 2 and before[-2].lower() == "according":
        return False
    return bool(before) and before[-1].lower() in PLACING_WORDS


_APOSTROPHES = frozenset({"'", "\u2019"})


def _after_possessor(folded: str, start: int, end: int) -> int:
    """Where a unit's own name starts: after its owner's possessive ("Ansar al-Sharia's
    Al-Farouq brigade" is the Al-Farouq brigade; its owner is named on its own)."""
    ends = [m.end() for m in _POSSESSOR_END.finditer(folded, start, end)]
    return ends[-1] if ends else start


def _hit_start(hit: Hit) -> int:
    return hit.start


_SENTENCE_MARK = re.compile(r"[;!?\n]|\.(?=[\"')\]]*\s)")


def _sentence_break(folded: str, start: int, end: int) -> bool:
    """Whether a sentence (or a clause after a semicolon) ends between ``start`` and ``end``;
    the full stop of an abbreviation or an initial ("Gen.", "U.N.", "K.") ends none."""
    for m in _SENTENCE_MARK.finditer(folded, start, end):
        if m.group() != ".":
            return True
        word = folded[max(start, m.start() - 12) : m.start()].rsplit(None, 1)[-1:] or [""]
        if len(word[0]) > 1 and word[0].lower() not in ABBREVIATIONS:
            return True
    return False


NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "of", "de", "al-", "el-"})


def _clause_after_name(gap: str) -> bool:
    """Whether the words between "loyal to" and the actor found after it hold a name the
    mention finder has not taken and then words of a clause ("Khalifa Haftar had moved
    against"): the actor found is not the one they serve."""
    words = gap.split()
    named = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
    return named is not None and any(
        w[:1].islower() and w.lower() not in NAME_PARTICLES for w in words[named + 1 :]
    )


TITLED_NAME_GAP = re.compile(r"[ \t]+")
"""What may stand between an office written as a title and its holder's name ("Prime Minister
Abdul Hamid Dbeibah"): spaces only, no comma or line break."""


def _titled_name(folded: str, master: Hit, after: Sequence[Hit]) -> Hit:
    """ "forces loyal to Prime Minister X": the office found first is a title, and the holder's
    name right after it is whom the forces serve, so the phrase runs to the name's end (where a
    holder's name follows the role it holds that day: same key). Any other master stays."""
    if master.source != "role":
        return master
    for h in after:
        if (
            h.key == master.key
            and h.source != "role"
            and TITLED_NAME_GAP.fullmatch(folded[master.end : h.start])
        ):
            return h
    return master


def _first_actor_at(hits: Sequence[Hit], pos: int, *, limit: int) -> Hit | None:
    best: Hit | None = None
    for h in hits:
        if (
            h.is_actor
            and h.actor_kind is not ActorKind.COLLECTIVE
            and pos <= h.start <= pos + limit
            and (best is None or h.start < best.start)
        ):
            best = h
    return best


def _allies_hit(master: Hit, am: re.Match[str]) -> Hit:
    """The followers "X's allies" or "his supporters" name, an armed group serving X."""
    start = am.start() if am.group(1) else master.start
    word = am.group(3).lower()
    return Hit(
        start,
        am.end(),
        f"{word}-of:{master.key}",
        f"{word} of {master.name}",
        "forces",
        ActorKind.COLLECTIVE if word == "supporters" else ActorKind.ARMED_GROUP,
        affiliation=master.name,
        master=master if master.start >= start else None,
    )


def _commanded_forces_of(folded: str, loyal: re.Match[str], master: Hit) -> bool:
    """ "Tarhuna fell to forces of the Government of National Accord": the government named
    right after "forces of" (an article and a describing word or two at most between:
    "forces of the UN-recognised Government of National Accord") commands them. So does a
    person of the knowledge base named there, a rank word or two at most before the name
    ("the forces of General Khalifa Haftar", "troops of Haftar"): a known leader's forces."""
    between = folded[loyal.end() : master.start].lower().split()
    if between[:1] == ["the"]:
        between = between[1:]
    if master.actor_kind is ActorKind.PERSON:
        return (
            master.entry is not None
            and len(between) <= 2
            and all(w.rstrip(".") in MILITARY_RANK_WORDS for w in between)
        )
    return (
        master.actor_kind is ActorKind.GOVERNMENT
        and master.entry is not None
        and len(between) <= 2
        and all("-" in w or w in RECOGNITION_WORDS for w in between)
    )


MILITARY_RANK_WORDS = frozenset(
    {"general", "gen", "field", "marshal", "colonel", "col", "brigadier", "major", "commander"}
)
"""Ranks that may stand between "forces of (the)" and a leader's name ("the forces of Field
Marshal Khalifa Haftar")."""


RECOGNITION_WORDS = frozenset({"internationally", "recognised", "recognized", "backed", "rival"})
"""Words that may describe a government between "forces of (the)" and its name ("forces of the
UN-recognised Government of National Accord", "the internationally recognised ...")."""


def _owning_country(folded: str, hit: Hit) -> bool:
    """A country in the possessive before what it owns ("Libya's unity government", "Libya's
    Government of National Accord"): it says whose the next name is and commands no forces
    itself; forces "loyal to" it serve the government named after it."""
    return (
        hit.place is not None
        and hit.place.kind is LocationKind.COUNTRY
        and folded.startswith(("'s ", "' "), hit.end)
    )


def _proper(folded: str, hit: Hit) -> bool:
    """A mention written as a proper name ("Government of National Accord", "GNA"), not a
    description whose referent the date decides ("the rival administration")."""
    return folded[hit.start : hit.start + 1].isupper()


def _compound_modifier(folded: str, hit: Hit) -> bool:
    """An actor's name that opens a hyphenated modifier ("UN-recognised", "Turkish-backed"):
    it describes the next name and commands no forces itself."""
    return folded[hit.end : hit.end + 1] == "-" and folded[hit.end + 1 : hit.end + 2].islower()


def _forces_of(master: Hit, start: int, end: int) -> Hit | None:
    entry = master.entry
    if master.actor_kind is ActorKind.GOVERNMENT:
        name = f"{master.name} forces"
        # the government named inside the phrase ("forces loyal to X's government") is an actor too
        inside = master if start <= master.start else None
        return Hit(
            start,
            end,
            "forces:" + master.key,
            name,
            "forces",
            ActorKind.ARMED_GROUP,
            affiliation=master.name,
            master=inside,
        )
    if master.actor_kind is ActorKind.ARMED_GROUP:
        return Hit(start, end, master.key, master.name, "forces", ActorKind.ARMED_GROUP, entry=entry)
    return None


_TITLE_GAP = re.compile(r"[ \t]{1,3}")
_TITLE_COMMA = re.compile(r",[ \t]{1,3}")
"""A title set off before the name it introduces ("Its prime minister, Osama Hammad, told")."""
NAMING_RELATIVES = (
    "goes by the name",
    "goes by the nickname",
    "goes by",
    "is known as",
    "is called",
    "calls himself",
    "calls herself",
    "gave his name as",
    "gave her name as",
    "uses the name",
)
"""Relative clauses that name their head ("Their commander, who goes by the name Abu Bakr,
said"): the role word before them is the named person's title, as in an apposition. Lower case;
extend freely."""
_TITLE_NAMING_RELATIVE = re.compile(
    r",[ \t]{1,3}who[ \t]+(?:" + "|".join(re.escape(p) for p in NAMING_RELATIVES) + r")[ \t]+",
    re.IGNORECASE,
)
_APPOSITION_CLOSE = re.compile(r"\s{0,3}(?:[,;:.)]|\u2013|\u2014|-\s)")
"""What closes a name in apposition after its title: a comma, a dash, the sentence's end."""


def titles_before_names(
    hits: Sequence[Hit], folded: str, spans: Iterable[tuple[int, int]]
) -> set[tuple[int, int]]:
    """Those of ``spans`` (role words: "Prime Minister", "U.N. envoy") directly followed by a person.

    A title right before a name is that person's title ("Prime Minister Fayez
    al-Sarraj"), never a second actor; the person keeps it as its title if it had none.
    """
    people = {h.start: h for h in hits if h.actor_kind is ActorKind.PERSON}
    found: set[tuple[int, int]] = set()
    for start, end in spans:
        gap = _TITLE_GAP.match(folded, end) or _TITLE_COMMA.match(folded, end)
        gap = gap or _TITLE_NAMING_RELATIVE.match(folded, end)
        person = people.get(gap.end()) if gap is not None else None
        if person is None:
            continue
        if folded.startswith(",", end) and not _APPOSITION_CLOSE.match(folded, person.end):
            continue  # "met the prime minister, Ali Saleh and ...": a list, not an apposition
        found.add((start, end))
        if person.title is None:
            person.title = _clean_title(folded[start:end])
    return found


SPEECH_VERBS_AFTER_SUBJECT = (
    "said",
    "says",
    "stated",
    "announced",
    "claimed",
    "reported",
    "confirmed",
    "declared",
)
"""Speech verbs whose reported clause a subject's own pronoun opens ("X, which ..., said its ...")."""
SPEECH_ADJUNCT_REACH = 140
"""How long (characters) the adjuncts between the speech verb and "that" may run ("announced
on Tuesday evening in a statement on its Facebook page that its fighters ...")."""
_SAID_BEFORE = re.compile(
    r",\s*(?:" + "|".join(SPEECH_VERBS_AFTER_SUBJECT) + r")\s+"
    r"(?:(?:[^,.;:\"\n]{0," + str(SPEECH_ADJUNCT_REACH) + r"}?\s)?that\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who)\s", re.IGNORECASE)


def past_relative_clause(folded: str, at: int, prior: list[Hit]) -> list[Hit]:
    """ "The LNA, which fought Islamist groups in the city, said its troops ...": the pronoun
    after the speech verb is the subject's, not that of a name inside the subject's relative clause.
    The verb may carry adjuncts before "that" ("announced on Monday in a statement that its units ...").
    Where no actor is found before the relative clause (the subject's name is found later), no
    name inside the clause owns the pronoun: the list comes back empty."""
    said = _SAID_BEFORE.search(folded, max(0, at - SPEECH_ADJUNCT_REACH - 40), at)
    if said is None:
        return prior
    openings = list(_RELATIVE_OPENING.finditer(folded, max(0, said.start() - 300), said.start()))
    if not openings:
        return prior
    return [h for h in prior if h.end <= openings[-1].start()]


COMPANION_PREPOSITIONS = (
    "on the side of",
    "alongside",
    "along with",
    "together with",
    "with",
    "beside",
    "next to",
    "against",
)
"""Prepositions that bring in a second group beside the sentence's subject ("X joined the
fighting on the side of Y", "X fought alongside Y"): a group named after one is not what a
possessive opening the next sentence ("Its fighters ...") points back to."""
_COMPANION_BEFORE = re.compile(
    r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in COMPANION_PREPOSITIONS) + r")\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"')\u201d]?\s+|\n\s*)$")
SENTENCE_END_CHARS = ".!?\n"
"""Characters after which a new sentence (or line) may open."""
COMPANION_REACH = 30
"""Characters before a mention a companion preposition is looked for in."""


_GIVEN_NAME_BEFORE = re.compile(r"\b([A-Z][\w-]{0,24}+)\s{1,3}+$")
"""A capitalised word right before a name ("Ali" of "Ali Saleh"), searched in a short window (no
possessive: "Libya's Haftar")."""
SENTENCE_OPENERS = frozenset('.!?"\u201c\n')
"""Characters after which a capitalised word may open a sentence ("Yesterday Haftar said")."""
GIVEN_NAME_REACH = 30


def _namesake_given_name(person: Hit, folded: str) -> int | None:
    """ "Ali Saleh said his forces had reached X": a known person named here by his bare surname
    right after a given name none of his known names has (no title, no nationality) is another
    man of that surname, whose forces are not the known man's side: where that given name starts;
    None for the known man."""
    if person.actor_kind is not ActorKind.PERSON or person.entry is None:
        return None
    if " " in folded[person.start : person.end].strip():
        return None
    m = _GIVEN_NAME_BEFORE.search(folded, max(0, person.start - GIVEN_NAME_REACH), person.start)
    if m is None or _is_name_prefix(m.group(1)):
        return None
    opens = folded[max(0, m.start(1) - 3) : m.start(1)].rstrip()[-1:]
    if (not opens or opens in SENTENCE_OPENERS) and m.group(1).lower() not in FIRST_NAMES:
        return None  # "Yesterday Haftar said": a capitalised sentence opener, not a given name
    entry = person.entry
    known = {w for form in (entry.name, *entry.aliases) for w in normalize_alias(form).split()}
    return None if normalize_alias(m.group(1)) in known else m.start(1)


def past_companion(folded: str, at: int, prior: list[Hit]) -> list[Hit]:
    """ "The Sumud Brigade joined the fighting on the side of the 7th Brigade. Its fighters
    moved in": a possessive opening a sentence points back to the previous sentence's subject,
    not to a group named there after a companion preposition (:data:`COMPANION_PREPOSITIONS`).
    Only when the latest of ``prior`` is such a companion and another of ``prior`` is named
    earlier in that same sentence are the companions of that sentence left out; else ``prior``
    comes back as it is."""
    if not prior or not _OPENS_SENTENCE.search(folded, max(0, at - 4), at):
        return prior
    latest = max(prior, key=lambda h: h.end)

    def companion(h: Hit) -> bool:
        return _COMPANION_BEFORE.search(folded, max(0, h.start - COMPANION_REACH), h.start) is not None

    if not companion(latest):
        return prior
    lo = max(0, latest.start - 400)
    end = max(folded.rfind(c, lo, latest.start) for c in SENTENCE_END_CHARS)
    begin = end + 1 if end >= 0 else lo
    kept = [h for h in prior if h.start < begin or not companion(h)]
    if not any(h.start >= begin for h in kept):
        return prior  # "Clashes broke out with the 7th Brigade. Its ...": no subject to prefer
    return kept


INSTITUTION_OWNERS = frozenset({"Libyan", "GNA", "GNU", "LNA"})


_PORTFOLIO_SPELLINGS = {"defense": "defence", "foreign affairs": "foreign"}
"""Portfolios news writes two ways ("defense ministry", "Ministry of Foreign Affairs")."""
TWO_WORD_PORTFOLIOS = frozenset({"local"})
"""First words of a portfolio named by two words before "ministry" ("local government")."""


def _place_council(m: re.Match[str], text: str) -> Hit:
    """A town's council: military ones are armed bodies, local ones its government."""
    start, end = m.start(1), m.end(1)
    name = re.sub(r"['\u2019]s\b", "", text[start:end])
    kind = ActorKind.ARMED_GROUP if " military " in name else ActorKind.GOVERNMENT
    return Hit(start, end, "institution:" + normalize_alias(name), name, "unit", kind)


def _portfolio_key(name: str) -> str:
    """One key for a ministry however its portfolio is placed: "interior ministry", "Interior
    Ministry", "Ministry of Interior" and "Ministry of the Interior" are one body (a side or
    country word before it stays: "GNU interior ministry")."""
    words = normalize_alias(name).split()
    if "of" in words:  # "ministry of (the) interior", "gnu ministry of defence"
        k = words.index("of")
        owner, portfolio = words[: k - 1], [w for w in words[k + 1 :] if w != "the"]
    elif words and words[-1] == "ministry" and len(words) >= 2:  # "(gnu) interior ministry"
        size = 2 if len(words) >= 3 and words[-3] in TWO_WORD_PORTFOLIOS else 1
        owner, portfolio = words[: -1 - size], words[-1 - size : -1]
    else:
        return " ".join(words)
    joined = " ".join(portfolio)
    return " ".join([*owner, "ministry of", _PORTFOLIO_SPELLINGS.get(joined, joined)])


def _pronoun_ministry(
    pm: re.Match[str], occupied: _Occupancy, folded: str, cores: Mapping[str, tuple[str, str]]
) -> Hit | None:
    """ "his ministry" after a minister ("The Minister of Interior, Emad Al-Trabelsi, said his
    ministry had sent patrols"): the ministry his title names, an actor of its own (the
    ministry told by name elsewhere is the same body); None after anyone else."""
    prior = [
        p for p in occupied.actors_between(pm.start() - 600, pm.start()) if p.actor_kind is ActorKind.PERSON
    ]
    if not prior or not occupied.free(pm.start(), pm.end()):
        return None
    return _ministry_of_minister(prior[-1], pm.start(), pm.end(), folded, cores)


def _ministry_of_minister(
    person: Hit, start: int, end: int, folded: str, cores: Mapping[str, tuple[str, str]]
) -> Hit | None:
    """The ministry the minister ``person``'s title names ("Minister of Interior", "the
    deputy interior minister"), as a mention over ``start``-``end``; None for anyone else."""
    told = folded[max(0, person.start - MINISTER_TITLE_REACH) : person.start]
    title = _MINISTER_OF.search(person.title or "") or _last_match(_MINISTER_OF, told)
    if title is None:
        return None
    portfolio = (title.group(1) or title.group(2)).lower()
    portfolio = "foreign affairs" if portfolio == "foreign" else portfolio
    name = f"Ministry of {portfolio.title().replace('Defense', 'Defence')}"
    key, name = cores.get(normalize_alias(name), ("institution:" + _portfolio_key(name), name))
    return Hit(start, end, key, name, "unit", ActorKind.GOVERNMENT, affiliation=person.affiliation)


def _the_ministry(
    tm: re.Match[str], occupied: _Occupancy, folded: str, cores: Mapping[str, tuple[str, str]]
) -> Hit | None:
    """ "the ministry" right after a minister ("It was led by the deputy interior minister, X,
    according to the ministry"; "Deputy Interior Minister X said the ministry had ..."): the
    ministry his title names, as for "his ministry", when he is the latest actor told before
    it (a body named nearer is left to the coreference of descriptions)."""
    if not occupied.free(tm.start(), tm.end()):
        return None
    prior = [
        h for h in occupied.actors_between(tm.start() - THE_MINISTRY_REACH, tm.start()) if h.end <= tm.start()
    ]
    if not prior:
        return None
    latest = max(prior, key=lambda h: h.end)
    if latest.actor_kind is not ActorKind.PERSON:
        return None
    return _ministry_of_minister(latest, tm.start(), tm.end(), folded, cores)


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = list(pattern.finditer(text))
    return found[-1] if found else None


def _titled_name_between(folded: str, start: int, end: int) -> bool:
    """Whether a name set off by a title ("Ali Omar, a Tebu commander,") stands in
    ``[start, end)``: a person the dictionaries do not know, nearer than any they do."""
    return any(
        _APPOSITION.match(folded, m.end(), min(len(folded), m.end() + 160))
        for m in _NAME.finditer(folded, start, end)
    )


def _institution_owner(word: str) -> bool:
    """The side or country word a ministry's name may open with ("GNU Ministry of Defence")."""
    return word in INSTITUTION_OWNERS or (
        word.endswith(("ian", "ish", "ese", "an", "i", "ch")) and word[:1].isupper()
    )


_TITLE_OF_ROLE = re.compile(
    r"\b(?:[Rr]epresentative|[Ee]nvoy|[Aa]dvis[eo]r|[Ss]pokes(?:man|woman|person)|[Dd]eputy|[Oo]ffice)"
    r"\s+(?:of|to|for)\s+(?:the\s+)?(?:U\.?N\.?\s+|United\s+Nations\s+)?$"
)
"""A title held on behalf of an office ("Special Representative of the"): the office named next
is part of the title, not an actor."""


def _office_in_title(hit: Hit, folded: str, start: int) -> bool:
    """A person's office named inside another's title ("the Special Representative of the UN
    Secretary-General"); a body so named ("a spokesman for the Tripoli government") stays."""
    return hit.actor_kind is ActorKind.PERSON and bool(
        _TITLE_OF_ROLE.search(folded, max(0, start - 40), start)
    )


_APPOSITION_GAP = re.compile(r",\s{1,3}(?:the\s{1,3}|a\s{1,3}|an\s{1,3})?")


def _apposed_to_other_person(hits: list[Hit], hit: Hit, folded: str, start: int) -> bool:
    """A role in apposition right after another named person ("Fathi Bashagha, the prime
    minister named by the parliament") is that person's title, not a mention of its holder."""
    if not hits or hit.actor_kind is not ActorKind.PERSON:
        return False
    before = hits[-1]
    return (
        before.actor_kind is ActorKind.PERSON
        and before.key != hit.key
        and 0 < start - before.end <= 12
        and _APPOSITION_GAP.fullmatch(folded, before.end, start) is not None
    )


PLACE_JOINS = frozenset({"and", "or", ","})
"""Words between two places of one list ("from Gao and Timbuktu", "Kidal, Gao or Menaka")."""


def _joined_to_place(hits: Sequence[Hit], folded: str, start: int) -> bool:
    """A town joined by "and", "or" or a comma to a place found just before it ("fled from Gao
    and Timbuktu"): the list's slot is a place's for each of its names, so a small foreign town
    named second needs no place word of its own."""
    if not hits or hits[-1].place is None or hits[-1].is_actor:
        return False
    between = folded[hits[-1].end : start].replace(",", " , ").split()
    return 1 <= len(between) <= 2 and all(w in PLACE_JOINS for w in between)


def _title_of_other_name(hit: Hit, words: Sequence[Word], after: int, folded: str) -> bool:
    """A role written as a title right before a name that is not its holder's ("Prime Minister
    Brigi Rafini of Niger", "President Erdogan"): the name's title, not a mention of the office's
    holder of the day. The next word, one space on, is capitalised and no word of the holder's
    names ("Prime Minister Abdurrahim El-Keib" and "Prime Minister Keib" stay the holder)."""
    if hit.actor_kind is not ActorKind.PERSON or hit.entry is None or after >= len(words):
        return False
    nxt = words[after]
    if not nxt.capital or nxt.start - hit.end != 1 or folded[hit.end] != " " or nxt.key in COMMON_CAPITALISED:
        return False
    holder = {k for form in hit.entry.forms for k in normalize_alias(form).split()}
    return not holder.intersection(normalize_alias(nxt.key).split())


PUBLISHER_STAFF = frozenset(
    {"correspondent", "correspondents", "reporter", "reporters", "journalist", "journalists", "team", "crew"}
)
"""Staff words that, after "our", name the publisher's own people ("our correspondent")."""


def publishers_staff(folded: str, start: int, end: int) -> bool:
    """ "our correspondent", "our reporters", "our correspondent in Tripoli": the publisher's
    staff (wherever they are posted) are no actor."""
    head = folded[start:end].lower().split(maxsplit=1)
    return folded[max(0, start - 4) : start].lower() == "our " and bool(head) and head[0] in PUBLISHER_STAFF


def _strip_article(alias: str) -> str:
    """A name without its article ("the Libyan National Army" is "Libyan National Army")."""
    return re.sub(r"^(?:the|a|an)\s+", "", alias, flags=re.IGNORECASE)


def _lower_case_spelling(existing: _Payload, new: _Payload) -> bool:
    """Whether ``new`` is the same actor or place as ``existing``, listed in lower case too (a
    name a text may write uncapitalised): the form then matches without a capital.

    A gazetteer payload is the form itself, looked up by its case-folded words, so two forms of
    the same words name the same places: "port of Tripoli" beside "Port of Tripoli" (a common
    noun before a town's name, which a text writes in lower case). The lower-case form must keep
    a capitalised name inside: an all-lower-case form ("airport road" beside "Airport Road") is
    a phrase any town has one of. A form that opens with an article ("al-Jufra" beside "Al
    Jufra") is no such spelling either: its name word carries the capital, and the article's
    case tells nothing."""
    if existing[0] != new[0] or not existing[2] or new[2]:
        return False
    if existing[1] is new[1]:
        return True
    if new[0] != "gazetteer" or not isinstance(new[1], str) or new[1].islower():
        return False
    lead = _LEADING_WORD.match(new[1])
    return lead is not None and lead.group(0).casefold() not in ARTICLES


_LEADING_WORD = re.compile(r"[^\W_]+")
"""A form's first word (an article glued by a hyphen, "al-Jufra", is a word of its own)."""


def _acronym_in_other_case(form: str, surface: str) -> bool:
    """Whether a place's acronym form ("US", "UK", "UAE") meets a word not written in capitals.

    An acronym names the place only as written: "Us" opening a title-case headline word ("What
    the Deployment Tells Us") is the pronoun. Gazetteer names and aliases with lower-case letters
    ("Hun", "Jalu") are untouched."""
    letters = form.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5 and not surface.isupper()


COMMON_HEAD_WORDS = frozenset({"government"})
"""First words of a body's capitalised name that writers often leave lower-case while the rest
stays capitalised ("the government of National Accord"): the name still names the body."""


def _common_head_name(words: Sequence[Word], i: int, size: int) -> bool:
    """A name of three words or more matched from a lower-case first word of
    :data:`COMMON_HEAD_WORDS`, its last word capitalised ("government of National Unity"); a
    lower-case name throughout ("the government of national unity") is no proper name."""
    return size >= 3 and words[i].key in COMMON_HEAD_WORDS and words[i + size - 1].capital


def _needs_capital(alias: str) -> bool:
    stripped = _strip_article(alias)
    return stripped[:1].isupper() or stripped[:1].isdigit()


def _family_name_after_given(payload: object, words: Sequence[Word], i: int, start: int, folded: str) -> bool:
    """Whether a known group or tribe named with a glued "al-"/"el-" right after a common given
    name is a person's family name instead (FAMILY_NAME_RULE): Libyan family names are often
    tribe, town or group names in their "al-" form, so "Milad al-Zwai" and "Ahmed al-Zwai" are
    men, not the Zuwayya. The given name must be one of :data:`FIRST_NAMES` and stand just
    before, with only a space between; a known person's surname is left to the person rules,
    and a unit named by its commander's possessive ("Haitham al-Tajouri's brigade") stays his."""
    if not isinstance(payload, ActorEntry) or payload.kind is ActorKind.PERSON:
        return False
    if i == 0 or start == words[i].start:
        return False  # no "al-" glued to the name: "Zwai fighters", "the Zuwayya"
    if folded[words[i].end : words[i].end + 1] in _APOSTROPHES:
        return False  # "Haitham al-Tajouri's brigade": the man's unit, named by his full name
    k = i - 1
    while k >= 0 and words[k].end > start:
        k -= 1  # past the "al" word itself
    if k < 0:
        return False
    before = words[k]
    return before.capital and before.key in FIRST_NAMES and not folded[before.end : start].strip()


def _extend_prefix(folded: str, start: int) -> int:
    """Take an "al-"/"el-" glued to the word into the mention."""
    if start >= 3 and folded[start - 1] == "-" and folded[start - 3 : start - 1].lower() in {"al", "el"}:
        if start == 3 or not folded[start - 4].isalnum():
            return start - 3
    return start


_SIDE_WORDS = frozenset({"west", "east", "north", "south"})
"""Compass words that, in lower case after "the", are no actor ("the west" is a region, "the
West" the Western powers)."""
PAIR_NOUNS = frozenset(
    {
        "line",
        "road",
        "highway",
        "axis",
        "front",
        "frontline",
        "corridor",
        "route",
        "border",
        "coastal",
        "coast",
        "area",
        "zone",
        "region",
    }
)
"""Nouns after two places joined by a hyphen that make the pair a line or road between them, or
the stretch of land around both ("the Sirte-Jufra area"): either name is the place it names."""


def _word_end(folded: str, k: int) -> int:
    while k < len(folded) and folded[k].isalpha():
        k += 1
    return k


def _word_start(folded: str, k: int) -> int:
    while k > 0 and folded[k - 1].isalpha():
        k -= 1
    return k


def _paired_place(folded: str, start: int, end: int) -> bool:
    """ "the Sirte-Jufra line", "the Misrata-Sirte road": either of two capitalised names joined
    by a hyphen before a line or road noun is a place ("Tripoli-based" is none)."""
    if end + 1 < len(folded) and folded[end] == "-" and folded[end + 1].isupper():
        lo, hi = start, _word_end(folded, end + 1)
    elif start > 1 and folded[start - 1] == "-" and folded[start - 2].isalpha():
        lo, hi = _word_start(folded, start - 1), end
        if not folded[lo].isupper():
            return False
    else:
        return False
    if not _clean_edges(folded, lo, hi):
        return False
    after = folded[hi : hi + 24].split()
    return bool(after) and after[0].lower().strip(",.;") in PAIR_NOUNS


CURRENCY_SIGNS = frozenset("$\u00a3\u20ac")
"""Signs that make the name glued before them a currency's ("US$10 million"), not a country."""


def _clean_edges(folded: str, start: int, end: int) -> bool:
    """A mention may not start or end inside a hyphenated word ("U.N.-backed") nor be a
    currency's prefix ("US$")."""
    if end < len(folded) and folded[end] in CURRENCY_SIGNS:
        return False
    if start > 0 and (
        folded[start - 1].isalnum()
        or (folded[start - 1] == "-" and start > 1 and folded[start - 2].isalnum())
    ):
        return False
    return not (
        end < len(folded)
        and (
            folded[end].isalnum()
            or (folded[end] == "-" and end + 1 < len(folded) and folded[end + 1].isalnum())
        )
    )


_ORG_WORDS = frozenset(
    [
        "army",
        "force",
        "forces",
        "guard",
        "guards",
        "corps",
        "directorate",
        "apparatus",
        "authority",
        "militia",
        "brigades",
        "battalions",
        "police",
        "council",
        "government",
        "ministry",
        "congress",
        "house",
        "parliament",
        "brigade",
        "battalion",
        "corporation",
        "company",
        "bank",
        "nations",
        "union",
        "league",
        "court",
        "committee",
        "commission",
        "party",
        "front",
        "movement",
        "agency",
        "command",
        "airport",
        "base",
        "field",
        "hotel",
        "road",
        "street",
        "square",
        "university",
        "hospital",
        "state",
    ]
)
"""Words that make a capitalised name a body or a place, never a person's name ("the Deterrence
Force", "the Petroleum Facilities Guard" after "a spokesman for": not the spokesman's name)."""


ORG_NAME_LINKS = frozenset({"without", "sans", "beyond", "across", "against"})
"""Capitalised words that join the parts of an organisation's name in title case ("Doctors
Without Borders", "Reporters Sans Frontieres", "Lawyers Against Torture") and never stand in a
person's name: a guessed name holding one is the organisation, not a person."""


PORTFOLIO_WORDS = frozenset({"affairs", "rights", "relations", "peacebuilding", "operations"})
"""Last words of an office's portfolio ("the Deputy Special Representative for Political Affairs,
X,", "the Assistant Secretary-General for Human Rights"): capitalised words ending with one
name the office's field, never a person. Extend freely."""


def _looks_like_place_or_org(words: Sequence[str]) -> bool:
    """A name with an organisation's word or name link ("Shelter Without Borders"), opening
    with an Arabic unit word ("Liwa al-Sumood"), or an office's portfolio ("Political Affairs")."""
    return any(w.lower().strip("'") in _ORG_WORDS or w.lower() in ORG_NAME_LINKS for w in words) or (
        bool(words) and (words[0].lower() in ARABIC_UNIT_WORDS or words[-1].lower() in PORTFOLIO_WORDS)
    )


_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:ish|ian|ien|ese|an|i|ch)$")


SHIP_PREFIXES = frozenset(
    {"USS", "HMS", "RFA", "HMCS", "HMAS", "TCG", "ITS", "INS", "FS", "SPS", "ENS", "HNLMS"}
)
"""Prefixes of a warship's name ("USS New York", "HMS Cumberland"): a place name right after one
names the ship, not the place."""


def _after_ship_prefix(before: str) -> bool:
    """Whether ``before`` (the text just before a name) ends with a ship prefix and a space."""
    if not before[-1:].isspace():
        return False
    words = before.split()
    return bool(words) and words[-1] in SHIP_PREFIXES


def _nationality_before(text: str, start: int) -> int:
    """The start of a nationality word right before a group ("European officials", "Russian
    commanders", "Nigerien nationals"): that group is told apart from another nation's; else ``start``."""
    before = text[max(0, start - 24) : start]
    if not before.endswith(" ") or not before.strip():
        return start
    word = before.split()[-1]
    if _NATIONALITY.match(word) and word.lower() not in FIRST_NAMES:
        return start - 1 - len(word)
    return start


def _people_before(text: str, start: int, peoples: frozenset[str]) -> int:
    """The start of a people's name right before a group of people ("Tuareg families", "Tebu
    households"): they are told apart from other families; else ``start``."""
    before = text[max(0, start - 24) : start]
    if not before.endswith(" ") or not before.strip():
        return start
    word = before.split()[-1]
    if word[:1].isupper() and word.lower() in peoples:
        return start - 1 - len(word)
    return start


def _is_name_prefix(word: str) -> bool:
    low = word.lower().strip(",")
    return (
        low in TITLE_WORDS
        or low in COMMON_CAPITALISED
        or (bool(_NATIONALITY.match(word)) and low not in FIRST_NAMES)
        or (low in NATIONALITY_WORDS and low not in FIRST_NAMES)  # "Greek", "Swiss": no such ending
    )


def _title_words_before_name(name_words: Sequence[str]) -> int:
    """How many opening words of ``name_words`` are a title before the name: those up to the
    last :data:`TITLE_WORDS` word ("Justice Minister Carlo Nordio": 2, the portfolio word no name
    prefix), before a name of two words or more or a family name alone
    (:func:`_title_then_surname`: "Justice Minister Nordio"); 0 where no title opens them."""
    for i in range(len(name_words) - 2, -1, -1):
        if name_words[i].lower() in TITLE_WORDS:
            if len(name_words) - i > 2 or _title_then_surname(name_words[i:]):
                return i + 1
            return 0
    return 0


def _title_then_surname(name_words: Sequence[str]) -> bool:
    """Whether ``name_words`` are a title and one family name ("Minister Dendias", "Secretary
    Carter"): a :data:`SURNAME_TITLES` word, then a capitalised word that is no title, common
    capitalised word, nationality or given name."""
    if len(name_words) != 2 or name_words[0].lower() not in SURNAME_TITLES:
        return False
    surname = name_words[1]
    return (
        surname[:1].isupper()
        and not _is_name_prefix(surname)
        and surname.lower() not in FIRST_NAMES
        and not _looks_like_place_or_org([surname])
    )


def _clean_title(title: str | None) -> str | None:
    """A title as told, without its article or the opening words of its sentence before it
    (a leading run of :data:`TITLE_LEAD_NOISE`: "On Monday Chancellor" is the title "Chancellor")."""
    if not title:
        return None
    words = title.strip(" ,").split()
    lead = 0
    while lead < len(words) - 1 and words[lead].lower().strip(",") in TITLE_LEAD_NOISE:
        lead += 1
    title = " ".join(words[lead:])
    title = re.sub(r"^(?:the|a|an|his|its|their|another)\s+", "", title, flags=re.IGNORECASE)
    return title or None
