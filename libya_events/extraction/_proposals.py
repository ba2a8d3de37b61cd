"""Names the dictionaries miss, read from the parse: places in place slots, unknown actors.

The knowledge base and the gazetteer name entities by exact aliases; the parse tells where a
name sits. Two proposals use that:

* :func:`place_slot_hits` — a proper name in a slot only a place fills (the object of "in",
  "near", "from"; a conjunct of a named place; the modifier of "area", "suburb") is looked up
  with the gazetteer's spelling-tolerant matching ("Ghariyan", "Zawiyya", "Sawkna").
* :func:`actor_proposals` — the pipeline's entity recogniser (PERSON, ORG) proposes actors the
  knowledge base and the genre patterns do not know; head nouns ("brigade", "council",
  "authority") give an organisation its kind, and the knowledge base links a proposal it knows.

Both return :class:`~libya_events.extraction._mentions.Hit` objects with spans into the
article; both only read the project's own parse records.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from attrs import evolve

from libya_events.extraction._kb import ActorEntry, ActorKB, normalize_alias
from libya_events.extraction._lexicon import (
    ARABIC_UNIT_WORDS,
    BAND_NOUNS,
    BODY_APPOSITION_NOUNS,
    BODY_GROUP_MODIFIERS,
    BODY_GROUP_NOUNS,
    COMMON_CAPITALISED,
    COMPASS_POINTS,
    DOCUMENT_NOUNS,
    LANGUAGE_NAMES,
    TITLE_WORDS,
    is_age,
)
from libya_events.extraction._media import MEDIUM_HEADS
from libya_events.extraction._mentions import ARMY_WORD, DWELLER_NOUNS, KIN_NOUNS, SENDING_TOWN_KEY, Hit
from libya_events.extraction._sites import FACILITIES
from libya_events.extraction._spans import SpanIndex
from libya_events.extraction._storytown import TOWN_HEADS
from libya_events.gazetteer import Gazetteer, Place, normalize_name
from libya_events.model import ActorKind, LocationKind
from libya_events.syntax import ParsedSentence, Token

__all__ = [
    "ORG_HEADS",
    "PLACE_NOUNS",
    "PLACE_PREPOSITIONS",
    "Roles",
    "actor_proposals",
    "aged_name",
    "mention_roles",
    "place_slot_hits",
    "towns_that_send",
    "unnamed_army_hits",
]

PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "to", "into", "towards", "toward", "outside", "around", "inside", "via"}
)
"""Prepositions whose object, when a proper name, is most likely a place."""

PLACE_NOUNS = frozenset(
    {
        "area",
        "suburb",
        "district",
        "town",
        "village",
        "city",
        "neighbourhood",
        "neighborhood",
        "oasis",
        "outskirts",
        "outskirt",  # the parser's lemma of "outskirts"
    }
)
"""Common nouns that a place name modifies ("the Sheiha area") or follows ("the town of X")."""

CENTRE_NOUNS = frozenset({"centre", "center"})
"""Nouns of a building a name modifies ("the Tariq al-Sikka centre"), which is no actor; an
organisation named with the noun ("the Carter Center") holds it in its own name."""

MEMO_SIZE = 4096
"""Names a lookup cache holds before it starts afresh."""
NAME_PARTS = frozenset({"PROPN"})
NAME_LINKS = frozenset({"al", "el", "-", "bin", "ben", "abu"})
COMPOUNDS = frozenset({"compound", "nmod", "amod"})
CONJUNCTS = frozenset({"conj", "appos"})
OBJECTS = frozenset({"pobj"})


def place_slot_hits(
    parsed: Sequence[ParsedSentence],
    hits: Sequence[Hit],
    gazetteer: Gazetteer,
    cache: dict[str, Place | None] | None = None,
) -> list[Hit]:
    """Places the dictionary pass missed, found by their slot and a tolerant lookup.

    ``cache`` remembers lookups by name (the tolerant lookup is slow); pass one dict for
    many articles.
    """
    memo: dict[str, Place | None] = cache if cache is not None else {}
    spans: SpanIndex[Hit] = SpanIndex((h.start, h.end, h) for h in hits)
    places: SpanIndex[Hit] = SpanIndex((h.start, h.end, h) for h in hits if h.place is not None)
    out: list[Hit] = []
    for sent in parsed:
        for tok in sent.tokens:
            if tok.pos not in NAME_PARTS or _inside_name(sent, tok):
                continue
            first = _name_start(sent, tok)
            start, end = sent.tokens[first].start, tok.end
            if spans.overlaps(start, end) or not _place_slot(sent, tok, places):
                continue
            place = _lookup(sent.tokens, first, tok.i, gazetteer, memo)
            if place is not None:
                hit = Hit(start, end, place.id, place.name, "fuzzy", place=place, candidates=(place,))
                out.append(hit)
                places.add(start, end, hit)  # a later conjunct may lean on it
                spans.add(start, end, hit)
    return out


def _inside_name(sent: ParsedSentence, tok: Token) -> bool:
    """Whether ``tok`` is not the last word of its name (the next token continues it)."""
    nxt = tok.i + 1
    return (
        nxt < len(sent.tokens)
        and sent.tokens[nxt].pos in NAME_PARTS
        and sent.tokens[nxt].start == tok.end + 1
    )


def _name_start(sent: ParsedSentence, tok: Token) -> int:
    """Index of the first word of the proper name ending at ``tok``."""
    i = tok.i
    while i > 0:
        prev = sent.tokens[i - 1]
        if prev.end not in (sent.tokens[i].start, sent.tokens[i].start - 1):
            break
        if prev.pos not in NAME_PARTS and prev.lower not in NAME_LINKS:
            break
        i -= 1
    while i < tok.i and sent.tokens[i].lower in NAME_LINKS - {"al", "el"}:
        i += 1
    return i


def _place_slot(sent: ParsedSentence, tok: Token, places: SpanIndex[Hit]) -> bool:
    head = sent.head_of(tok)
    if tok.dep in OBJECTS:
        return head.lower in PLACE_PREPOSITIONS or (
            head.lower == "of" and sent.head_of(head).lemma in PLACE_NOUNS
        )
    if tok.dep in COMPOUNDS:
        return head.lemma in PLACE_NOUNS
    if tok.dep in CONJUNCTS:
        return any(
            p.start <= head.start and head.end <= p.end for p in places.overlapping(head.start, head.end)
        )
    return False


def _lookup(
    tokens: Sequence[Token], first: int, last: int, gazetteer: Gazetteer, memo: dict[str, Place | None]
) -> Place | None:
    words = [t.text for t in tokens[first : last + 1]]
    if words[-1].lower() in COMMON_CAPITALISED:
        return None
    name = tokens[first].text
    for prev, t in zip(tokens[first:last], tokens[first + 1 : last + 1], strict=True):
        name += (" " if t.start > prev.end else "") + t.text
    if name.lower() in LANGUAGE_NAMES:
        return None  # "translated from Arabic": a language, never a village's other spelling
    if name not in memo:
        if len(memo) > MEMO_SIZE:
            memo.clear()
        found = gazetteer.lookup(name) or gazetteer.fuzzy_lookup(name)
        libyan = [p for p in found if p.country_code == "LY" and p.kind is not LocationKind.COUNTRY]
        memo[name] = libyan[0] if libyan else None
    return memo[name]


ORG_HEADS: dict[str, ActorKind] = {
    **dict.fromkeys(
        (
            "brigade",
            "brigades",
            "battalion",
            "battalions",
            "force",
            "forces",
            "army",
            "guard",
            "guards",
            "militia",
            "police",
            "division",
            "unit",
            "units",
            "corps",
            "regiment",
            "command",
            "shield",
            "service",
            "apparatus",
            "squad",
            "squadron",
        ),
        ActorKind.ARMED_GROUP,
    ),
    **dict.fromkeys(
        (
            "council",
            "authority",
            "ministry",
            "embassy",
            "assembly",
            "parliament",
            "government",
            "municipality",
            "congress",
            "cabinet",
            "presidency",
            "directorate",
            "administration",
            "department",
        ),
        ActorKind.GOVERNMENT,
    ),
    **dict.fromkeys(
        (
            "center",
            "centre",
            "agency",
            "organisation",
            "organization",
            "company",
            "corporation",
            "institute",
            "foundation",
            "channel",
            "network",
            "party",
            "association",
            "union",
            "commission",
            "federation",
            "society",
            "crescent",
            "committee",
            "bank",
            "observatory",
            "movement",
            "coalition",
            "alliance",
            "team",
            "tv",
            "television",
            "radio",
            "newspaper",
        ),
        ActorKind.ORGANIZATION,
    ),
}
"""Head noun of an organisation's name → its actor kind ("Misrata Military Council")."""
ARMED_HEADS = frozenset(head for head, kind in ORG_HEADS.items() if kind is ActorKind.ARMED_GROUP)

ENTITY_LABELS = frozenset({"PERSON", "ORG"})
DETERMINERS = frozenset({"the", "a", "an"})
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
MISREAD_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "LAW", "EVENT"})
"""Entity labels the small model gives some armed groups' names ("the Constitution Support
Force" read as a work of art): proposed only when a force noun ends the name."""
PLACE_LABELS = frozenset({"FAC", "GPE", "LOC"})
"""Entity labels the small model gives some people's names ("Noureddine Chouchane" read as a
facility): proposed as a person only when an apposition describes a person."""
_PROPOSED_LABELS = ENTITY_LABELS | MISREAD_LABELS | PLACE_LABELS
PERSON_APPOSITION_NOUNS = TITLE_WORDS | frozenset(
    """militant jihadist fighter leader chief member citizen national resident businessman
    smuggler trafficker activist lawyer doctor journalist politician cleric preacher""".split()
)
"""Head nouns of "a/an ..." apposition that describes one person ("a Tunisian militant")."""
_DEMONYM_ENDS = ("ian", "ese", "an", "i", "ish")
ACTING = frozenset({"nsubj", "nsubjpass", "conj", "appos"})
"""Relations in which a bare acronym or an unheaded name acts or is named as an actor."""
NOT_ACRONYMS = frozenset(
    {"GMT", "UTC", "CET", "EET", "AM", "PM", "TV", "OK", "ID", "PDF", "GDP", "USD", "LYD"}
)
PLACE_FIRST_WORDS = frozenset(
    {
        "shara",
        "sharia",
        "shari",
        "souq",
        "souk",
        "suq",
        "wadi",
        "bir",
        "ain",
        "ras",
        "bab",
        "jebel",
        "jabal",
        "qasr",
    }
)
"""Arabic words that open a place's name, never a person's ("Souq al-Jouma" is a district,
"Shara Al-Shatt" a seafront street, "Wadi Kaam" a valley): street, market, valley, well,
spring, cape, gate, mountain, castle."""
_DASHES = frozenset({"-", "\u2013", "\u2014"})
ACRONYM_REACH = 50
"""How many earlier proposals an acronym may abbreviate (the latest first)."""
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_CAPITALISED = re.compile(r"\A(?:(?:al|el|bin|ibn|ben|abu|de|van|von)[-\s]?)*+[A-Z\d]")


def actor_proposals(
    parsed: Sequence[ParsedSentence],
    hits: Sequence[Hit],
    text: str,
    kb: ActorKB,
    gazetteer: Gazetteer | None = None,
    unplaced: list[Hit] | None = None,
) -> tuple[list[Hit], list[Hit]]:
    """Actors the entity recogniser names that no hit covers.

    Returns the new hits and the softer hits they swallow (the place "Misrata" inside
    "Misrata Military Council", a guessed person "Rescue Authority"), which the caller drops.
    With ``gazetteer``, a guessed person whose whole name is a place's is no person. With
    ``unplaced``, the names found standing where a place does (a village the gazetteer lacks)
    are added to it, for the caller to record as unresolved places.
    """
    firm = [_firm(h, text) for h in hits]  # asked of every hit twice: decided once
    spans: SpanIndex[Hit] = SpanIndex(
        (h.start, h.end, h)
        for h, f in zip(hits, firm, strict=True)
        if f or (h.place is not None and h.source == "site")
    )
    soft = [
        h
        for h, f in zip(hits, firm, strict=True)
        if not f and h.source != "site" and (h.place is not None or h.is_actor)
    ]
    places: SpanIndex[Hit] = SpanIndex((h.start, h.end, h) for h in soft)
    named_before = {h.end: h for h in hits if h.is_actor and (h.entry is not None or h.source == "unit")}
    units = _units_by_initials(hits)
    stems = _unit_stems(hits)
    out: list[Hit] = []
    swallowed: list[Hit] = []
    for sent in parsed:
        shouting: bool | None = None  # read only when the sentence proposes an unknown name
        for first, last in _entities(sent):
            last = _before_named_conjunct(sent, first, last, spans)  # "SOS Mediterranee and MSF"
            hit = _proposal(sent, first, last, text, kb)
            if hit is None or (gazetteer is not None and _place_as_person(hit, gazetteer)):
                continue
            if _unknown_name_in_place_slot(sent, hit, last, places):
                if unplaced is not None:
                    unplaced.append(hit)
                continue  # "fighting broke out in al-Shgeiga": a village no gazetteer knows
            if hit.entry is None and hit.actor_kind is not ActorKind.PERSON:
                if shouting is None:
                    shouting = _shouting(text, sent.start, sent.end)
                if shouting:
                    continue
            topic_end = _topic_end(hit, text) if hit.entry is None else None
            words = spans.overlapping(hit.start, hit.end)
            if words and not (_names_its_words(hit, words) or _bodies_inside(hit, words, topic_end)):
                continue
            inner = places.overlapping(hit.start, hit.end)
            if not _admissible(hit, inner):
                continue
            if topic_end is not None:  # "the Working Group on Arbitrary Detention"
                swallowed.extend(spans.overlapping(hit.end, topic_end))
                swallowed.extend(places.overlapping(hit.end, topic_end))
                hit = _with_topic(hit, topic_end, text)
            swallowed.extend(words)
            if hit.title is None:
                # a guessed person it replaces may carry the title before the name
                # (not a known namesake's: "Idris Bukhamada" holds Wanis Bukhamada's surname only)
                hit.title = next((p.title for p in inner if p.is_actor and p.title and p.entry is None), None)
            hit = _as_acronym_of(hit, out, text, named_before, units)
            out.append(_as_unit_stem(hit, stems, text))
            _add_unit_stem(stems, out[-1])
            swallowed.extend(inner)
            spans.add(hit.start, hit.end, hit)
    later, namesakes = _later_surnames(out, spans, places, text)
    out.extend(later)
    swallowed.extend(namesakes)
    for known, other in _other_topics(hits, text):  # "the UN Panel of Experts on Sudan"
        out.append(other)
        swallowed.append(known)
        swallowed.extend(spans.overlapping(known.end, other.end))
        swallowed.extend(places.overlapping(known.end, other.end))
    return out, swallowed


TOPIC_HEADS = frozenset(
    {"committee", "subcommittee", "panel", "experts", "group", "commission", "mission", "rapporteur"}
)
"""Last words of a body's name that "on" and a capitalised topic may continue ("the Security
Council Committee on Libya", "the Working Group on Arbitrary Detention", "the Panel of Experts
on Sudan"): the topic is part of the body's name, and names another body than the same words
with another topic. "Council" stays out: "briefed the Security Council on Libya" tells what the
briefing was about. Extend with further heads."""
TOPIC_STOP_WORDS = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name[1:]))
"""Capitalised words after "on" that are no topic ("the committee on Monday")."""
_ON_TOPIC = re.compile(
    r"(?<![ \t])[ \t]on[ \t]++((?:the[ \t]++)?+[A-Z][\w'\u2019-]*+"
    r"(?:[ \t]++(?:(?:of|and|for|in)[ \t]++(?:the[ \t]++)?+)?+[A-Z][\w'\u2019-]*+)*+)"
)
"""A capitalised topic after a body's name: "on Libya", "on Arbitrary Detention"."""
_POSSESSIVE_ENDS = ("'s", "\u2019s", "'", "\u2019")


def _topic_end(hit: Hit, text: str) -> int | None:
    """Where a body's name ends that "on" and a capitalised topic continue (the last word of
    ``hit`` one of :data:`TOPIC_HEADS`), or None."""
    last = text[hit.start : hit.end].rsplit(None, 1)[-1]
    if (
        hit.actor_kind is not ActorKind.ORGANIZATION
        or not last[:1].isupper()
        or last.lower() not in TOPIC_HEADS
    ):
        return None  # "the committee on Libya": a common noun's topic names no body
    m = _ON_TOPIC.match(text, hit.end)
    if m is None:
        return None
    topic = m.group(1)
    first = topic.split()[0]
    if first.lower() in TOPIC_STOP_WORDS or topic.endswith(_POSSESSIVE_ENDS):
        return None  # "the panel on Monday", "the committee on Libya's arms embargo"
    return m.end()


def _bodies_inside(hit: Hit, words: Sequence[Hit], topic_end: int | None) -> bool:
    """A body named for its topic whose name opens with a known body's ("the Security Council
    Committee on Libya"): the committee, not the council, is the actor."""
    return topic_end is not None and all(
        w.actor_kind is ActorKind.ORGANIZATION and hit.start <= w.start and w.end < hit.end for w in words
    )


def _with_topic(hit: Hit, end: int, text: str) -> Hit:
    """``hit`` named to ``end``: an unknown body with its topic."""
    surface = text[hit.start : end]
    return evolve(hit, end=end, key="ner:" + normalize_alias(surface), name=surface, entry=None, source="ner")


def _other_topics(hits: Sequence[Hit], text: str) -> Iterator[tuple[Hit, Hit]]:
    """Knowledge-base bodies named for one topic ("UN Panel of Experts on Libya") whose words the
    text continues with another topic ("the UN Panel of Experts on Sudan"): another body, an
    unknown one named by the text, replaces the known one's hit."""
    for hit in hits:
        entry = hit.entry
        if entry is None or " on " not in entry.name or hit.source != "kb":
            continue
        end = _topic_end(hit, text)
        if end is None:
            continue
        topic = text[hit.end : end].split(None, 1)[1]
        if normalize_alias(entry.name).endswith(" " + normalize_alias(topic)):
            continue  # the known body's own topic
        yield hit, _with_topic(hit, end, text)


NAME_PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "into", "toward", "towards", "outside", "around", "inside"}
)
"""Prepositions whose object, when an unknown name no apposition calls a person, is a place: a
village the gazetteer lacks ("pushed into al-Shgeiga", "near Bir Ayyad"), never a person's name
("from" and "to" take both: "a call from Salem", "spoke to Salem")."""


def _unknown_name_in_place_slot(sent: ParsedSentence, hit: Hit, last: int, places: SpanIndex[Hit]) -> bool:
    """Whether a guessed actor (a person's or an organisation's name the knowledge base lacks, with
    no organisation's head word) stands where a place does: the object of a place preposition
    (:data:`NAME_PLACE_PREPOSITIONS`), after "the <place noun> of" ("the outskirts of X", "the
    village of X"), before a place noun ("the X area"), or joined to a place ("Bir Ghanam and X").
    Such a name is a place the text names but the gazetteer cannot place: no actor."""
    if hit.entry is not None or hit.actor_kind not in (ActorKind.PERSON, ActorKind.ORGANIZATION):
        return False
    tok = sent.tokens[last]
    if hit.actor_kind is ActorKind.ORGANIZATION and tok.lower in ORG_HEADS:
        return False
    if _described_as_person(sent, tok):
        return False
    head = sent.head_of(tok)
    if tok.dep in OBJECTS:
        return head.lower in NAME_PLACE_PREPOSITIONS or (
            head.lower == "of"
            and (sent.head_of(head).lemma in PLACE_NOUNS or sent.head_of(head).lower in DWELLER_NOUNS)
        )
    if tok.dep in PLACE_SUBJECTS:
        return _subject_of_a_place_verb(sent, tok, head)
    return tok.dep in (COMPOUNDS | CONJUNCTS) and _place_slot(sent, tok, places)


PLACE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SITED_VERBS = frozenset({"locate", "situate"})
"""Verbs whose passive subject is a place: "X is located/situated ..."."""
LYING_VERBS = frozenset({"lie", "lies", "lay"})
"""Verbs whose subject is a place when a bearing, a distance or a place preposition goes with
them ("X lies 150 km south of Y", "X lies between Y and Z"); "lie" alone may be a person's."""
BEARING_WORDS = COMPASS_POINTS | {
    *("north-east", "north-west", "south-east", "south-west"),
    *("km", "kilometres", "kilometers", "miles", "between", "along", "near", "off"),
}
"""Words below a lying verb that say where its subject lies: a bearing, a distance or a place
preposition."""
SHELLED_VERBS = frozenset({"shell", "bombard", "bomb", "pound"})
"""Verbs whose passive subject, when a name no apposition calls a person, is a place ("X was
shelled overnight"): towns are shelled, people are shot or struck."""


def _subject_of_a_place_verb(sent: ParsedSentence, tok: Token, verb: Token) -> bool:
    """Whether a name is the subject of a verb only places take: "X lies 150 km south of Y",
    "X is located in the Jufra", "X was shelled" (:data:`SITED_VERBS`, :data:`LYING_VERBS`,
    :data:`SHELLED_VERBS`)."""
    if tok.dep == "nsubjpass":
        return verb.lemma in SITED_VERBS or verb.lemma in SHELLED_VERBS
    if verb.lemma not in LYING_VERBS:
        return False
    return any(
        c.lower in BEARING_WORDS or any(g.lower in BEARING_WORDS for g in sent.children(c))
        for c in sent.children(verb)
    )


def _place_as_person(hit: Hit, gazetteer: Gazetteer) -> bool:
    """A guessed person of two or more words whose name is exactly a place's ("an assault on
    Ben Guerdane" read as a person's name): the place, not a person."""
    if hit.actor_kind is not ActorKind.PERSON or hit.entry is not None or " " not in hit.name:
        return False
    key = normalize_name(hit.name)
    return any(
        normalize_name(form) == key
        for place in gazetteer.lookup(hit.name)
        for form in (place.name, *place.aliases)
    )


SHOUTING_SHARE = 0.8
"""Share of a sentence's letters (at least) in capitals for it to be set in capitals."""
SHOUTING_LETTERS = 12
"""Letters (at least) of a sentence set in capitals (a shorter one may be an acronym list)."""


def _shouting(text: str, start: int, end: int) -> bool:
    """A sentence set in capitals ("HAFTAR FORCES SHELL DERNA"), as some outlets print a
    headline: every word looks like a name there and the recogniser labels words as
    organisations ("ATTACK"), so only people and names the knowledge base knows are proposed
    in it."""
    letters = [c for c in text[start:end] if c.isalpha()]
    if len(letters) < SHOUTING_LETTERS:
        return False
    return sum(1 for c in letters if c.isupper()) >= SHOUTING_SHARE * len(letters)


def _names_its_words(hit: Hit, words: Sequence[Hit]) -> bool:
    """A headed name ("the Judicial Police", "the Coastal Guards") made of a generic
    collective's word ("police") and capitalised words before it: the name, not the common
    noun, is the actor."""
    return (
        hit.source == "ner"
        and hit.actor_kind in _HEADED_KINDS
        and all(_generic_entry(w) and hit.start < w.start and w.end <= hit.end for w in words)
    )


_HEADED_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT})


def _before_named_conjunct(sent: ParsedSentence, first: int, last: int, spans: SpanIndex[Hit]) -> int:
    """Where an organisation entity the recogniser ran over two names ends ("SOS Mediterranee
    and Doctors Without Borders"): before its "and" when the part after it is an actor already
    found, the part before being a name of its own; else at its last token."""
    toks = sent.tokens
    if toks[first].ent_type != "ORG":
        return last
    joint = next((k for k in range(first + 1, last) if toks[k].lower == "and" and toks[k].dep == "cc"), None)
    if joint is None or not toks[joint - 1].text[:1].isupper():
        return last
    after = spans.overlapping(toks[joint + 1].start, toks[last].end)
    if not any(w.is_actor and w.start == toks[joint + 1].start and w.end == toks[last].end for w in after):
        return last
    return joint - 1


def _generic_entry(hit: Hit) -> bool:
    """A hit of a collective or of a lower-case knowledge-base row ("police", "armed groups")."""
    if hit.entry is not None:
        return hit.entry.generic
    return hit.source == "collective"


def _admissible(hit: Hit, inner: Sequence[Hit]) -> bool:
    """Whether a proposal may replace the softer hits it overlaps."""
    if not all((hit.start <= p.start and p.end <= hit.end) or _guess_of(p, hit) for p in inner):
        return False  # a place runs across the name's edge
    if hit.actor_kind is ActorKind.PERSON:
        if any(_holds_known_name(p, hit) for p in inner):
            return False  # "Mahamat Idriss Deby" is the son, not the father his name holds
        if any(_cut_short(p, hit) for p in inner):
            return False  # "Soumeylou Boubeye Maiga": the recogniser stopped a word short
        return all(_namesake(p, hit) for p in inner)  # "Tripoli Ali" is no one's name
    return not any(p.entry is not None for p in inner)  # a known person inside an organisation's name


def _holds_known_name(soft: Hit, person: Hit) -> bool:
    """A guessed full name that ends with a known person's full name after given names of its
    own ("Mahamat Idriss Deby" after "Idriss Deby"): the recogniser's shorter reading of the
    known person inside it does not replace it (the mention finder let the longer name stand)."""
    return (
        soft.source == "person"
        and person.entry is not None
        and soft.start < person.start
        and soft.end == person.end
        and " " in person.name
    )


def _cut_short(soft: Hit, person: Hit) -> bool:
    """A guessed full name ("Foreign Minister Soumeylou Boubeye Maiga said") that the
    recogniser's person starts with and stops short of ("Soumeylou Boubeye"): the mention finder
    read the name to its last capitalised word before the verb, so the longer name stands."""
    return (
        soft.source == "person"
        and person.entry is None
        and soft.start == person.start
        and soft.end > person.end
    )


def _firm(hit: Hit, text: str) -> bool:
    """An actor hit a proposal may not override: all but a guessed name ("Rescue Authority")
    and a known person's bare surname, which a namesake's full name may hold."""
    return hit.is_actor and hit.source != "person" and not _bare_surname(hit, text)


def _bare_surname(hit: Hit, text: str) -> bool:
    """A knowledge-base person named by one word here ("Dabaiba")."""
    surface = text[hit.start : hit.end].strip()
    return hit.actor_kind is ActorKind.PERSON and hit.entry is not None and " " not in surface


def _guess_of(soft: Hit, person: Hit) -> bool:
    """A guessed name ("Ali Omar's") that a person proposal overlaps: the proposal wins."""
    return soft.source == "person" and person.actor_kind is ActorKind.PERSON


def _namesake(inner: Hit, person: Hit) -> bool:
    """Whether ``inner`` is a known person's surname inside the full name of someone else
    ("Ibrahim Dabaiba" holds the surname of Abdul Hamid Dbeibah), also where it opens that
    name as a given name ("Mubarak al-Fatmani", "Haftar al-Obeidi")."""
    if _guess_of(inner, person):
        return True
    if inner.actor_kind is not ActorKind.PERSON or inner.entry is None:
        return False
    first = normalize_alias(person.name).split()[0]
    known = normalize_alias(inner.entry.name).split()
    if inner.start == person.start and inner.end < person.end and known and first == known[-1]:
        return True  # "Mubarak al-Fatmani": the known surname is this man's given name
    return first not in known


def _entities(sent: ParsedSentence) -> Iterator[tuple[int, int]]:
    """(first, last) token indices of each PERSON or ORG entity, determiners and punctuation trimmed."""
    toks = sent.tokens
    for i, tok in enumerate(toks):  # an entity's inside tokens are no "B": passed over
        if tok.ent_iob != "B" or tok.ent_type not in _PROPOSED_LABELS:
            continue
        j = i + 1
        while j < len(toks) and toks[j].ent_iob == "I":
            j += 1
        if _misread(sent, tok, toks[j - 1], j == i + 1) and not _sailing_name(sent, toks[j - 1]):
            continue  # "the Sea Lantern docked": a ship's name, whatever label the recogniser gave it
        first, last = i, j - 1
        cut = next((k for k in range(first + 1, last + 1) if toks[k].lower in POSSESSIVES), None)
        if cut is not None:
            last = cut - 1  # "Aburraouf Kara's Rada" ends at the possessor
        while first <= last and (toks[first].lower in DETERMINERS or not toks[first].text[0].isalnum()):
            first += 1
        while last >= first and not toks[last].text[-1].isalnum():
            last -= 1
        if first <= last:
            yield first, last


def _misread(sent: ParsedSentence, tok: Token, last: Token, single: bool) -> bool:
    """Whether an entity opening at ``tok`` and ending at ``last`` carries a label that names no
    actor here: a product or work ("misread", unless an armed head ends it), or a place not
    described as a person or body."""
    if tok.ent_type in MISREAD_LABELS:
        return last.lower not in ARMED_HEADS
    return tok.ent_type in PLACE_LABELS and not (
        _described_as_person(sent, last)
        or described_as_body(sent, last)
        or (single and (_named_kin(sent, tok) or aged_name(sent, tok)))
    )


def _proposal(sent: ParsedSentence, first: int, last: int, text: str, kb: ActorKB) -> Hit | None:
    toks = sent.tokens
    words = toks[first : last + 1]
    start, end = words[0].start, words[-1].end
    surface = text[start:end]
    head = toks[words[-1].head]
    if words[-1].dep in COMPOUNDS and (
        head.lemma in FACILITIES or head.lemma in PLACE_NOUNS or head.lemma in CENTRE_NOUNS
    ):
        return None  # "the Heera checkpoint" is a site, "the al-Nasr detention centre" a building
    if words[-1].dep in COMPOUNDS and head.lower in TITLE_WORDS:
        return None  # "Air Force commander": a title's modifier adds no actor
    if words[-1].dep in COMPOUNDS and surface.lower() in kb.people_names:
        return None  # "the Tebu side": a people's name as a modifier is no side
    sailing = _sailing_name(sent, words[-1])
    if _named_vessel(sent, words[-1]) and not sailing:
        return None  # "Ocean Viking, the rescue ship": a ship is no actor, unless it sails itself
    if words[0].lower in WEATHER_WORDS:
        return None  # "Storm Daniel": a named storm is weather, no actor
    entry = kb.lookup(surface) or _number_variant(kb, surface) or kb.spelled_variant(surface)
    if entry is not None:
        return Hit(start, end, entry.id, entry.name, "kb", entry.kind, title=entry.title, entry=entry)
    if words[-1].lower in DOCUMENT_HEADS and len(words) > 1 and not any(w.lower == "of" for w in words):
        return None  # "the Skhirat Agreement", "the Berlin Process": a document or a process, no actor
    kind = _kind(
        words,
        toks[first].ent_type,
        described_as_person=_described_as_person(sent, words[-1])
        or _titled_before(toks, first)
        or _apposed_to_title(sent, words[-1]),
        described_as_body=described_as_body(sent, words[-1]),
    )
    if kind is None and len(words) == 1 and (_named_kin(sent, words[0]) or aged_name(sent, words[0])):
        kind = ActorKind.PERSON  # "his wife Safia", "Hannibal and Mohammed", "Salem, 34, said"
    if kind is None and _named_agent(sent, words):
        kind = ActorKind.ORGANIZATION  # "operated by SOS Mediterranee"
    if sailing and toks[first].ent_type != "PERSON":
        kind = ActorKind.ORGANIZATION  # "the Sea Lantern docked in X": the ship moves itself
    if kind is None:
        return None
    return Hit(start, end, "ner:" + normalize_alias(surface), surface, "ner", kind)


def _named_agent(sent: ParsedSentence, words: Sequence[Token]) -> bool:
    """An organisation's name, every word capitalised, as a passive's agent ("the ship,
    operated by SOS Mediterranee"): it acts."""
    last = words[-1]
    if words[0].ent_type != "ORG" or last.dep != "pobj" or sent.head_of(last).dep != "agent":
        return False
    content = [w for w in words if w.pos not in ("ADP", "CCONJ", "DET", "PUNCT")]
    return all(_CAPITALISED.match(w.text) and w.text.lower() not in COMMON_CAPITALISED for w in content)


DOCUMENT_HEADS = frozenset(DOCUMENT_NOUNS) | frozenset(
    {"plan", "plans", "process", "roadmap", "charter", "treaty", "protocol", "communique", "communiqué"}
)
"""Last words of a name that make it a document, a plan or a diplomatic process ("the Libyan
Political Agreement", "the Humanitarian Response Plan", "the Berlin Process"): the name is no
actor, whatever label the recogniser gave it. A known body ("the Government of National Accord")
is the knowledge base's before this is asked, and a name with "of" in it is a body's whose
head comes before "of" ("the Presidency Council of the Government of National Accord").
Extend with further such nouns."""
WEATHER_WORDS = frozenset({"storm", "cyclone", "medicane", "hurricane", "typhoon", "tempest"})
"""Words that open a named weather system ("Storm Daniel", "Cyclone Ianos", "Medicane Zorbas"):
the storm strikes and moves, but the name is no actor."""
VESSEL_NOUNS = frozenset({"ship", "vessel", "boat", "tanker", "frigate", "ferry", "tug", "trawler"})
"""Nouns that, in apposition to a name, make it a vessel's name ("Geo Barents, the rescue ship")."""


SAILING_VERBS = frozenset({"dock", "sail", "steam", "berth", "moor"})
"""Verbs of a vessel's own voyage: a name that is their subject (or the subject of a verb they are
conjoined to, "turned north and steamed back") is a ship that moves, an actor (SCHEMA's conventions:
what moves is an actor; the gold codes a named ship's voyage as its own movement)."""


def _sailing_name(sent: ParsedSentence, last: Token) -> bool:
    """Whether the name ending at ``last`` is the active subject of a sailing verb, itself or
    through the vessel noun it is apposed to ("the rescue ship Ocean Viking sailed to X")."""
    if last.pos != "PROPN":
        return False
    subject = sent.head_of(last) if last.dep == "appos" else last
    if subject.dep != "nsubj" or (subject is not last and subject.lemma not in VESSEL_NOUNS):
        return False
    verb = sent.head_of(subject)
    return verb.lemma in SAILING_VERBS or any(c.lemma in SAILING_VERBS for c in sent.children(verb, "conj"))


def _named_vessel(sent: ParsedSentence, last: Token) -> bool:
    """A name in apposition to a vessel noun, either side."""
    linked = [sent.head_of(last)] if last.dep == "appos" else []
    linked.extend(sent.children(last, "appos"))
    return any(t.lemma in VESSEL_NOUNS for t in linked)


_NUMBER_VARIANTS = (
    ("Forces", "Force"),
    ("Brigades", "Brigade"),
    ("Battalions", "Battalion"),
    ("Guards", "Guard"),
)


def _number_variant(kb: ActorKB, surface: str) -> ActorEntry | None:
    """The entry a name's other number names: "Special Deterrence Forces" for the knowledge
    base's "Special Deterrence Force" (news writes both)."""
    for plural, singular in _NUMBER_VARIANTS:
        for have, other in ((plural, singular), (singular, plural)):
            if surface.endswith(" " + have):
                return kb.lookup(surface[: -len(have)] + other)
    return None


def _kind(
    words: Sequence[Token], label: str, *, described_as_person: bool = False, described_as_body: bool = False
) -> ActorKind | None:
    """The actor kind of an entity, or None when it does not look like a name of one.

    ``described_as_person``: an apposition calls the name one person ("Adrian Edwards, a UNHCR
    spokesman,"): a person-like name with no organisation's head word is a person whatever
    label the recogniser gave it (it reads an unfamiliar given name as an organisation's).
    ``described_as_body``: an apposition calls the name a charity or an aid group ("Sea Rescue
    Aid, a German charity"): an organisation, whatever label the recogniser gave it."""
    content = [
        w for w in words if w.pos not in ("ADP", "CCONJ", "DET", "PUNCT") and w.lower not in NAME_LINKS
    ]
    if any(not _CAPITALISED.match(w.text) for w in content) or _spaced_dash(words):
        return None
    if all(w.text.lower() in COMMON_CAPITALISED for w in words):
        return None
    if described_as_body:
        return ActorKind.ORGANIZATION
    heads = [w.lower for w in words if w.pos in ("NOUN", "PROPN")]
    org_head = ORG_HEADS.get(heads[-1]) if heads else None
    if org_head is None and heads and heads[0] in ORG_HEADS and words[-1].pos == "NUM":
        org_head = ORG_HEADS[heads[0]]  # "Brigade 166"
    if org_head is None and _headed_first(words):
        org_head = ORG_HEADS[words[0].lower]  # "the Department for Combating Illegal Migration"
    if org_head is not None and len(words) >= 2:
        return _military(words, org_head)
    if len(words) >= 2 and words[0].lower in ARABIC_UNIT_WORDS:
        return ActorKind.ARMED_GROUP  # "Katibat al-Nasr", "Liwa al-Sumood": a unit, not a person
    if described_as_person and _person_like(words) and words[0].lower not in PLACE_FIRST_WORDS:
        return ActorKind.PERSON
    if label == "PERSON" or label in PLACE_LABELS:
        return ActorKind.PERSON if _person_like(words) and words[0].lower not in PLACE_FIRST_WORDS else None
    if words[-1].lower in TITLE_WORDS:
        return None  # "the Acting Special Representative": a title, not an organisation
    if len(words) == 1 and _ACRONYM.fullmatch(words[0].text) and words[0].text not in NOT_ACRONYMS:
        return ActorKind.ORGANIZATION if words[0].dep in ACTING or words[0].dep == "pobj" else None
    if len(words) >= 2 and _name_root(words).dep in ACTING:
        return ActorKind.ORGANIZATION
    return None


def _name_root(words: Sequence[Token]) -> Token:
    """The word a name's other words hang on: its last word, or the first where the name opens
    with its head and a preposition follows ("Shelter Without Borders", "Lawyers for Justice in
    Libya"), so that the name acts when that head is the verb's subject or apposition."""
    last = words[-1]
    if len(words) >= 3 and words[1].pos == "ADP" and words[0].pos in ("NOUN", "PROPN"):
        inside = {w.i for w in words}
        if words[1].head == words[0].i and last.dep == "pobj" and words[0].head not in inside:
            return words[0]
    return last


HEAD_FIRST_LINKS = frozenset({"of", "for"})
"""Prepositions after the head noun of a name built as "<head> of/for <what>" ("the
Department for Combating Illegal Migration", "the Authority for Oil Installations")."""


def _headed_first(words: Sequence[Token]) -> bool:
    """A name whose first word is an organisation's head noun and whose second is "of" or
    "for": the head opens the name, the rest tells what it does."""
    return len(words) >= 3 and words[0].lower in ORG_HEADS and words[1].lower in HEAD_FIRST_LINKS


MILITARY_WORDS = frozenset({"military", "revolutionary", "revolutionaries"})
"""Words that make a council or a command an armed body ("Misrata Military Council")."""


def _military(words: Sequence[Token], kind: ActorKind) -> ActorKind:
    """A government-headed name with a military word is an armed group."""
    if kind is ActorKind.GOVERNMENT and any(w.lower in MILITARY_WORDS for w in words):
        return ActorKind.ARMED_GROUP
    return kind


def _spaced_dash(words: Sequence[Token]) -> bool:
    """A dash with a space beside it joins two phrases, not a name's parts: "10:20 GMT -
    Airbase falls" is a live blog's time stamp and headline ("Al-Halbous" has no space)."""
    return any(
        w.text in _DASHES
        and 0 < k < len(words) - 1
        and (words[k - 1].end < w.start or w.end < words[k + 1].start)
        for k, w in enumerate(words)
    )


def _titled_before(toks: Sequence[Token], first: int) -> bool:
    """Whether a person's title (:data:`TITLE_WORDS`) stands right before a name ("Chancellor
    Olaf Scholz", "King Abdullah"): the name is a person's, whatever label the recogniser gave
    it (it reads an unfamiliar name as an organisation's)."""
    return first > 0 and toks[first - 1].lower in TITLE_WORDS and toks[first - 1].text[:1].isupper()


def _described_as_person(sent: ParsedSentence, last: Token) -> bool:
    """Whether a name's apposition describes one person: "a/an" and a person's noun or a
    nationality ("Noureddine Chouchane, a Tunisian accused of ...", ", a local commander")."""
    for appos in sent.children(last, "appos"):
        if not any(c.lower in ("a", "an") for c in sent.children(appos, "det")):
            continue
        if appos.lower in PERSON_APPOSITION_NOUNS:
            return True
        # "a Tunisian", "a Tunisian accused of ...": a nationality with no other noun ("a
        # Libyan oil port" is a place)
        if appos.pos != "NOUN" and any(_demonym(t) for t in (appos, *sent.children(appos, "amod"))):
            return True
    return False


TITLE_APPOSITION_DETERMINERS = frozenset({"the", "its", "their"})
"""Determiners of a title that names the one office its apposed name holds ("the Humanitarian
Coordinator for Libya, X,", "X, the mission's deputy head,")."""


def _apposed_to_title(sent: ParsedSentence, last: Token) -> bool:
    """Whether a name stands in apposition to a definite person's title, either side: "The
    Humanitarian Coordinator for Libya, Yacoub El Hillo, said", "Jane Roe, the Resident
    Coordinator,": the name is the office holder's, whatever label the recogniser gave it (it
    reads an unfamiliar given name beside a capitalised title as an organisation's)."""
    titles = [_title_of_phrase(sent, sent.head_of(last))] if last.dep == "appos" else []
    titles.extend(sent.children(last, "appos"))
    return any(
        t.lower in TITLE_WORDS
        and t.i != last.i
        and any(d.lower in TITLE_APPOSITION_DETERMINERS for d in sent.children(t, "det", "poss"))
        for t in titles
    )


def _title_of_phrase(sent: ParsedSentence, tok: Token) -> Token:
    """The noun a title's prepositional tail hangs on, where the parser hung an apposition on the
    tail's last noun ("the Deputy Coordinator for Libya, X": X on "Libya", the title
    "Coordinator"); ``tok`` itself when it ends no such tail."""
    for _ in range(2):
        if tok.dep != "pobj" or sent.head_of(tok).dep != "prep":
            break
        tok = sent.head_of(sent.head_of(tok))
    return tok


def described_as_body(sent: ParsedSentence, last: Token) -> bool:
    """Whether a name's apposition describes a non-governmental body: "a/an", optional modifiers,
    and a :data:`BODY_APPOSITION_NOUNS` head ("a Norwegian charity", "an NGO"), or a
    :data:`BODY_GROUP_NOUNS` head with a :data:`BODY_GROUP_MODIFIERS` modifier ("an aid group")."""
    for appos in sent.children(last, "appos"):
        if not any(c.lower in ("a", "an") for c in sent.children(appos, "det")):
            continue
        if appos.lower in BODY_APPOSITION_NOUNS:
            return True
        if appos.lower in BODY_GROUP_NOUNS and any(
            c.lower in BODY_GROUP_MODIFIERS for c in sent.children(appos, "compound", "amod")
        ):
            return True
    return False


def _named_kin(sent: ParsedSentence, tok: Token) -> bool:
    """A one-word capitalised name in apposition to an owned kinship noun, or a conjunct of
    one ("his wife Safia", "two of his sons, Hannibal and Mohammed"): a person's given name."""
    if not tok.text[:1].isupper() or tok.pos != "PROPN":
        return False
    if tok.dep == "conj":
        tok = sent.head_of(tok)
    if tok.dep != "appos":
        return False
    kin = sent.head_of(tok)
    return kin.lower in KIN_NOUNS and any(c.dep == "poss" for c in sent.children(kin))


def aged_name(sent: ParsedSentence, tok: Token) -> bool:
    """A capitalised name with an age in apposition ("Salem, 34, said ...", "Aisha, 52, and
    her husband"): a person, though named by one word the entity recogniser may call a place
    or an organisation."""
    return (
        tok.pos == "PROPN"
        and tok.text[:1].isupper()
        and any(c.pos == "NUM" and is_age(c.text) for c in sent.children(tok, "appos"))
    )


def _demonym(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.lower.endswith(_DEMONYM_ENDS) and tok.pos in ("PROPN", "ADJ")


def _person_like(words: Sequence[Token]) -> bool:
    """Two to five capitalised words, no digits: "Omar ben Shaaban", "Juan Matias Gil"."""
    names = [w for w in words if w.pos != "PUNCT" and w.text != "-"]
    return 2 <= len(names) <= 5 and not any(c.isdigit() for w in names for c in w.text)


def _as_acronym_of(
    hit: Hit,
    earlier: Sequence[Hit],
    text: str,
    named: Mapping[int, Hit] | None = None,
    units: Mapping[str, Sequence[Hit]] | None = None,
) -> Hit:
    """ "the Special Deterrence Forces (SDF)": the acronym names the entity it abbreviates,
    a proposal or a known actor (``named``: known actor mentions by end offset); a later
    bare "SDF" is that entity too."""
    surface = text[hit.start : hit.end]
    if not _ACRONYM.fullmatch(surface):
        return hit
    lead = text[max(0, hit.start - 3) : hit.start]
    opened = lead.rstrip().endswith("(")
    known = (named or {}).get(hit.start - len(lead) + len(lead.rstrip()[:-1].rstrip())) if opened else None
    if known is not None:
        return hit.standing_for(known)
    same = next((p for p in reversed(earlier) if text[p.start : p.end] == surface and p.key != hit.key), None)
    if same is not None:
        return hit.standing_for(same)
    for prev in reversed(earlier[-ACRONYM_REACH:]):
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", prev.name) if w[0].isupper())
        if text[prev.end : hit.start].strip() == "(" or (initials == surface and prev.key != hit.key):
            return Hit(
                hit.start, hit.end, prev.key, prev.name, prev.source, prev.actor_kind, entry=prev.entry
            )
    unit = _unit_of_initials(surface, hit.start, units or {})
    return hit.standing_for(unit) if unit is not None else hit


UNIT_HEADS = frozenset({"battalion", "brigade", "regiment", "militia", "force"})
"""Head words a unit's full name may end in and its later bare name drop ("the Subul al-Salam
battalion ... Subul al-Salam")."""


def _unit_stem(unit: Hit) -> str | None:
    """An armed group's name less its head word ("subul al-salam" of "the Subul al-Salam
    battalion"), normalised; None for any other hit."""
    if unit.actor_kind is not ActorKind.ARMED_GROUP:
        return None
    words = normalize_alias(unit.name).split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in UNIT_HEADS else None


def _add_unit_stem(stems: dict[str, list[Hit]], unit: Hit) -> None:
    stem = _unit_stem(unit)
    if stem is not None:
        stems.setdefault(stem, []).append(unit)


def _unit_stems(units: Iterable[Hit]) -> dict[str, list[Hit]]:
    """Armed groups by their name less its head word, in the order given."""
    stems: dict[str, list[Hit]] = {}
    for unit in units:
        _add_unit_stem(stems, unit)
    return stems


def _as_unit_stem(hit: Hit, stems: Mapping[str, Sequence[Hit]], text: str) -> Hit:
    """An unknown name that is an armed group's earlier full name without its head word
    ("the Subul al-Salam battalion ... Subul al-Salam was deployed") is that group. ``stems``
    (:func:`_unit_stems`) holds the groups by that stem: one lookup, not a walk over every
    mention for each name."""
    if hit.entry is not None or hit.actor_kind not in (ActorKind.PERSON, ActorKind.ARMED_GROUP, None):
        return hit
    stem = normalize_alias(text[hit.start : hit.end])
    unit = next((u for u in stems.get(stem, ()) if u.end <= hit.start), None)
    return hit if unit is None else hit.standing_for(unit)


def _units_by_initials(hits: Sequence[Hit]) -> dict[str, list[Hit]]:
    """Units named in full ("the Sabha Shield Brigade"), by the acronym their capitals spell."""
    out: dict[str, list[Hit]] = {}
    for h in hits:
        if h.is_actor and h.source == "unit":
            out.setdefault("".join(w[0] for w in h.name.split() if w[:1].isupper()), []).append(h)
    return out


def _unit_of_initials(surface: str, before: int, units: Mapping[str, Sequence[Hit]]) -> Hit | None:
    """The nearest unit named in full before ``before`` whose capitals spell the acronym
    ("the Sabha Shield Brigade ... the SSB"), else None."""
    found = [h for h in units.get(surface, ()) if h.end <= before]
    return max(found, key=lambda h: h.end) if found else None


def _later_surnames(
    people: Sequence[Hit], spans: SpanIndex[Hit], soft: SpanIndex[Hit], text: str
) -> tuple[list[Hit], list[Hit]]:
    """Later mentions of a proposed person by surname alone ("Kara" after "Aburraouf Kara"),
    and the known namesakes' bare surnames they replace ("Bukhamada" after "Idris Bukhamada"
    is he, not the known Wanis Bukhamada)."""
    first: dict[str, Hit] = {}
    for p in people:
        if p.actor_kind is not ActorKind.PERSON or p.source != "ner":
            continue
        surname = re.split(r"[\s-]+", p.name)[-1]
        if len(surname) >= 3 and surname.lower() not in COMMON_CAPITALISED and surname not in first:
            first[surname] = p
    if not first:
        return [], []
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(first, key=len, reverse=True))) + r")\b")
    out: list[Hit] = []
    namesakes: list[Hit] = []
    for m in pattern.finditer(text):
        p = first[m.group()]
        if m.start() >= p.end and not spans.overlaps(m.start(), m.end()):
            hit = Hit(m.start(), m.end(), p.key, p.name, "ner", ActorKind.PERSON)
            out.append(hit)
            spans.add(m.start(), m.end(), hit)
            namesakes.extend(
                o
                for o in soft.overlapping(m.start(), m.end())
                if o.entry is not None and _bare_surname(o, text) and _namesake(o, p)
            )
    return out, namesakes


SUBJECTS = frozenset({"nsubj"})
"""Relations of an active subject: the mention acts ("residents fled")."""
PASSIVE_SUBJECTS = frozenset({"nsubjpass"})
MODIFIERS = frozenset({"compound", "nmod", "amod"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


class Roles:
    """What the parse says each mention does: acts (subject, agent), or only modifies a noun.

    Keys are mention start offsets; a mention outside the parsed sentences is in neither set.
    """

    def __init__(self) -> None:
        self.acting: set[int] = set()
        self.subjects: set[int] = set()  # acting as a verb's own subject, not as one asked to act
        self.modifying: set[int] = set()
        self.parsed: set[int] = set()


def mention_roles(parsed: Sequence[ParsedSentence], hits: Sequence[Hit]) -> Roles:
    """The syntactic role of each actor mention's head word."""
    roles = Roles()
    actors = sorted((h for h in hits if h.is_actor), key=lambda h: h.start)
    starts = [h.start for h in actors]
    for sent in parsed:
        lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
        here = actors[lo:hi]
        for h in here:
            head = _head_in(sent, h.start, h.end)
            if head is None:
                continue
            roles.parsed.add(h.start)
            if _beside_another(sent, head, h, here):
                continue  # "Ahmed Ali, a spokesman," is one actor: the description adds none
            if _acts(sent, head):
                roles.acting.add(h.start)
                if (_band_of(sent, head) or head).dep in SUBJECTS:
                    roles.subjects.add(h.start)
            elif head.dep in MODIFIERS and _modified(sent.head_of(head)) and not _own_branch(sent, head):
                roles.modifying.add(h.start)
    return roles


def _modified(noun: Token) -> bool:
    """Whether a name before ``noun`` only describes it: a noun, not one naming a medium
    ("told Al-Wasat newspaper": the newspaper is Al-Wasat)."""
    return noun.pos in ("NOUN", "PROPN") and noun.lower not in MEDIUM_HEADS


OWN_BRANCH_HEADS = frozenset({"office", "offices", "team", "teams"})
"""Nouns a body's name before them makes that body's own branch ("contact the OCHA office",
"the IOM Libya team said"): the branch is the body at work, so the name is no mere modifier.
Lower case; extend freely."""


def _own_branch(sent: ParsedSentence, head: Token) -> bool:
    """Whether the name whose head word is ``head`` opens a body's own branch: its compound
    chain of names ("OCHA Libya office") ends on a word of :data:`OWN_BRANCH_HEADS`."""
    noun = sent.head_of(head)
    while noun.dep == "compound" and noun.pos == "PROPN" and sent.head_of(noun).i != noun.i:
        noun = sent.head_of(noun)
    return noun.lower in OWN_BRANCH_HEADS


def _head_in(sent: ParsedSentence, start: int, end: int) -> Token | None:
    """The token of ``[start, end)`` whose head lies outside it (the phrase's head word)."""
    inside = sent.tokens_in(start, end)
    for tok in reversed(inside):
        head = sent.head_of(tok)
        if head.i == tok.i or not start <= head.start < end:
            return tok
    return None


def _beside_another(sent: ParsedSentence, head: Token, hit: Hit, others: Sequence[Hit]) -> bool:
    """Whether the mention is in apposition to another actor mention (either side)."""
    linked = [sent.head_of(head)] if head.dep == "appos" else []
    linked.extend(sent.children(head, "appos"))
    return any(
        o is not hit and o.start <= t.start and t.end <= o.end
        for t in linked
        for o in others
        if o.start < sent.end
    )


APPEALS = frozenset({"urge", "call", "ask", "appeal", "encourage", "invite", "press", "implore", "tell"})
"""Verbs whose object is asked to act ("urged the international community to respect ...",
"told residents to leave"); an order to a subordinate ("ordered the ministers to") is not
listed: the ministers are told of, not heard from."""


APPEALED_PEOPLE = frozenset(
    """residents resident families family civilians people citizens parties sides supporters
    volunteers youths""".split()
)
"""Populace and sides of a fight whom an appeal alone does not make actors ("urged all parties
to exercise restraint", "urged residents not to seek revenge"): asked, not acting; a body
appealed to ("urged the authorities to", "called on donors to") is."""


def _appealed_to(sent: ParsedSentence, tok: Token) -> bool:
    """The object of a verb of appeal that asks it to do something (a to-infinitive follows),
    or the whole a part of it is ("urged all members of the international community to")."""
    if tok.lemma in APPEALED_PEOPLE or tok.lower in APPEALED_PEOPLE:
        return False
    if tok.dep == "pobj" and sent.head_of(tok).lower == "of":
        tok = sent.head_of(sent.head_of(tok))
    if tok.dep == "pobj" and sent.head_of(tok).lower == "on":  # "called on X to"
        tok = sent.head_of(tok)
    if tok.dep not in ("dobj", "prep"):
        return False
    verb = sent.head_of(tok)
    # "told residents to leave" asks them to act; "told reporters staying there" does not
    return verb.lemma in APPEALS and any(x.tag == "VB" for x in sent.children(verb, "xcomp"))


def _acts(sent: ParsedSentence, tok: Token) -> bool:
    """Subject of an active verb, agent of a passive one, or antecedent of "who fled"."""
    tok = _band_of(sent, tok) or tok
    for _ in range(4):  # a conjunct acts as its head does
        if tok.dep != "conj":
            break
        tok = sent.head_of(tok)
    if tok.dep in SUBJECTS:
        verb = sent.head_of(tok)
        return (
            not _only_may(sent, verb) and verb.lemma not in STATE_VERBS and verb.lemma not in SUFFERING_VERBS
        )
    if _appealed_to(sent, tok):
        return True
    head = sent.head_of(tok)
    if tok.dep == "pobj" and head.dep == "agent":
        return True
    if (
        tok.dep == "pobj"
        and head.lower == "to"
        and head.i > 0
        and sent.tokens[head.i - 1].lower == "according"
    ):
        return True
    if _takes_part(sent, tok, head):
        return True
    if tok.dep in _PREDICATIVE:
        return False  # "He was a soldier who believed ...": what he was, no one new
    return any(
        c.lower in RELATIVE_PRONOUNS and c.dep in SUBJECTS
        for rel in sent.children(tok, "relcl")
        if rel.lemma not in _DWELLING_VERBS
        for c in sent.children(rel)
    )


def _band_of(sent: ParsedSentence, tok: Token) -> Token | None:
    """The band noun whose "of" phrase holds ``tok`` ("bands" in "bands of armed young men")."""
    if tok.dep != "pobj":
        return None
    prep = sent.head_of(tok)
    if prep.lower != "of" or prep.i == 0:
        return None
    band = sent.tokens[prep.i - 1]  # the word before "of": the parser may hang "of" elsewhere
    return band if band.lemma in BAND_NOUNS else None


_PREDICATIVE = frozenset({"attr"})
"""The relation of a noun that only says what its subject is ("He was a soldier")."""


ARMY_NOUNS = frozenset({"army", "navy", "coastguard"})
"""Nouns of a national army or fleet that "the" alone may name ("the army said", "the navy
sailed to X") when the article names no body with that word: it is then an armed group of its
own (SCHEMA: a government's forces), named by the word."""
ARMY_COMPOUNDS = frozenset({("coast", "guard")})
"""Two-word nouns of a national force ("the coast guard said") that "the" alone may name, as
:data:`ARMY_NOUNS`: the first word the only modifier of the second."""
ARMY_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod", "nummod"})
GENERIC_ARMY_ADJECTIVES = frozenset({"national", "regular"})
"""Adjectives that describe an army without naming one ("units of the national army"): "the
national army" of a story that names no army is the unnamed army, as "the army" is."""
ARMY_PART_NOUNS = frozenset({"unit", "troop", "soldier", "force", "detachment", "contingent", "battalion"})
"""Lemmas of a noun naming part of an army by an "of"/"from" phrase ("units of the army were
sent to X", "soldiers from the army entered X"): the part acts as its army, so the army acts."""
ARMY_PART_PREPOSITIONS = frozenset({"of", "from"})
SENT_VERBS = frozenset(
    {"deploy", "redeploy", "send", "dispatch", "move", "fly", "airlift", "station", "post", "rush"}
)
"""Verbs whose passive subject is moved somewhere ("units of the army were sent to X"): the
units move, so their army acts though no one is told sending them."""
STATE_ARMY_MASTERS = frozenset({"Muammar Gaddafi"})
"""Rulers whose forces were Libya's army, though their names do not say so ("Gaddafi
loyalists", "troops loyal to Muammar Gaddafi"): in a story that tells of those forces, a bare
"the army" that acts ("the army had restored order in Zawiya", an official said) is they."""


def unnamed_army_hits(parsed: Sequence[ParsedSentence], hits: Sequence[Hit]) -> list[Hit]:
    """ "The army said it had retaken the town": a bare "the army" that acts, in an article
    that names no army (no actor mention whose name has the word), is one unnamed armed group
    "army"; with an army named ("the Libyan National Army ... the army") it is that army, which
    coreference finds. An army only told of ("the army's medical corps", "the army could")
    adds none. Forces named by whom they serve ("Haftar's forces", "the forces of X") name no
    army, though the knowledge base knows them as one: the text never called them an army."""
    named: set[str] | None = None  # built at the first bare noun: most articles have none
    state = next((h for h in hits if _state_army(h)), None)
    taken: SpanIndex[Hit] | None = None
    out: list[Hit] = []
    for sent in parsed:
        for tok in sent.tokens:
            start = _bare_army_start(sent, tok)
            if start is None:
                continue
            name = " ".join(t.lower for t in sent.tokens if start <= t.start and t.end <= tok.end)
            if named is None:
                named = {n for n in _ARMY_NAMES if any(_names_army(h, n) for h in hits if _army_naming(h))}
            if name in named:
                continue
            if taken is None:
                taken = SpanIndex((h.start, h.end, h) for h in hits if h.is_actor)
            part = _army_part(sent, tok)
            if taken.overlapping(start, tok.end):
                continue
            if not _acts(sent, part or tok) and not (part is not None and _sent(sent, part)):
                continue
            if (
                state is not None and name == ARMY_WORD
            ):  # the forces the story told of, under the state's ruler
                out.append(
                    Hit(
                        tok.start, tok.end, state.key, state.name, state.source, ActorKind.ARMED_GROUP
                    ).standing_for(state)
                )
            else:
                out.append(Hit(start, tok.end, "group:" + name, name, "group", ActorKind.ARMED_GROUP))
    return out


_ARMY_NAMES = ARMY_NOUNS | {" ".join(pair) for pair in ARMY_COMPOUNDS}


def _army_naming(h: Hit) -> bool:
    return h.is_actor and h.source != "forces"


def _bare_army_start(sent: ParsedSentence, tok: Token) -> int | None:
    """Where a bare "the army" (:data:`ARMY_NOUNS`) or "the coast guard" (:data:`ARMY_COMPOUNDS`)
    at its head ``tok`` starts its name, else None."""
    if not _common_noun(tok):
        return None
    if tok.lower in ARMY_NOUNS:
        return tok.start if _bare_definite(sent, tok) else None
    compounds = [c for c in sent.children(tok, "compound") if (c.lower, tok.lower) in ARMY_COMPOUNDS]
    if len(compounds) != 1 or not _bare_definite(sent, tok, compounds[0]):
        return None
    return compounds[0].start


SENT_OBJECTS = ("dobj", "obj")
"""Dependencies of what a verb of sending sends."""
MEANS_GERUND_PREPS = frozenset({"by"})
"""Prepositions whose gerund tells how its verb's subject acted ("reacted by sending Y")."""


def towns_that_send(parsed: Sequence[ParsedSentence], hits: Sequence[Hit]) -> None:
    """ "Misrata sent troops to Sirte", "Zintan reacted by dispatching its brigade": a Libyan
    town the subject of a verb of sending (:data:`SENT_VERBS`) with an object, or of a verb
    whose "by" gerund is one, stands for its authorities and acts (SCHEMA: a town named for its
    authorities or forces acting is an actor): its place mention becomes an actor as well, named
    as the text names the town, as a capital standing for its government is."""
    towns: SpanIndex[Hit] | None = None  # built at the first sending verb: most articles have none
    for sent in parsed:
        for tok in sent.tokens:
            if tok.dep not in SUBJECTS or not _sends(sent, sent.head_of(tok)):
                continue
            named = tok if tok.text[:1].isupper() else _town_named_by(sent, tok)
            if named is None:
                continue
            if towns is None:
                towns = SpanIndex((h.start, h.end, h) for h in hits if _libyan_town(h))
            for h in towns.overlapping(named.start, named.end):
                if h.actor_kind is None:
                    h.actor_kind, h.key = ActorKind.GOVERNMENT, SENDING_TOWN_KEY + h.key


TOWN_NAMING_PREPS = frozenset({"of"})
"""Prepositions by which a town's head noun names it ("the town of Misrata")."""


def _town_named_by(sent: ParsedSentence, tok: Token) -> Token | None:
    """The capitalised name a town's head noun (:data:`TOWN_HEADS`) names by "of" ("the town of
    Misrata sent fighters"): the town sends as its bare name does."""
    if tok.lemma not in TOWN_HEADS:
        return None
    return next(
        (
            o
            for p in sent.children(tok, "prep")
            if p.lower in TOWN_NAMING_PREPS
            for o in sent.children(p, "pobj")
            if o.text[:1].isupper()
        ),
        None,
    )


def _sends(sent: ParsedSentence, verb: Token) -> bool:
    """Whether ``verb`` sends something (a verb of :data:`SENT_VERBS` with an object), itself or
    by a gerund of means ("reacted by sending its battalion")."""
    if verb.lemma in SENT_VERBS:
        return any(True for _ in sent.children(verb, *SENT_OBJECTS))
    return any(
        g.tag == "VBG" and _sends(sent, g)
        for p in sent.children(verb, "prep", "agent")
        if p.lower in MEANS_GERUND_PREPS
        for g in sent.children(p, "pcomp")
    )


def _libyan_town(h: Hit) -> bool:
    return (
        h.place is not None
        and h.place.kind is LocationKind.CITY
        and h.place.country_code == "LY"
        and h.actor_kind is None
    )


def _state_army(hit: Hit) -> bool:
    """Forces of a ruler of :data:`STATE_ARMY_MASTERS`, by affiliation or by the master named inside."""
    if hit.actor_kind is not ActorKind.ARMED_GROUP:
        return False
    master = hit.master.name if hit.master is not None else None
    return hit.affiliation in STATE_ARMY_MASTERS or master in STATE_ARMY_MASTERS


def _names_army(hit: Hit, noun: str = ARMY_WORD) -> bool:
    """Whether the hit's name (or its entry's) has the words ``noun`` ("Libyan National Army":
    "army"; "Libyan coast guard": "coast guard")."""
    names = [hit.name, *((hit.entry.name,) if hit.entry is not None else ())]
    noun = ARMY_SPELLINGS.get(noun, noun)
    first = noun.partition(" ")[0]
    if not any(first in n.lower() for n in names):
        return False  # no name has the word (most hits): skip splitting them into words
    return any(f" {noun} " in f" {_army_words(n)} " for n in names)


ARMY_SPELLINGS = {"coastguard": "coast guard"}
"""One-word spellings of a two-word force noun: "the coastguard" after "the Libyan coast guard"
is that named one, not an unnamed force."""


def _army_words(name: str) -> str:
    words = name.lower().replace("-", " ").split()
    return " ".join(ARMY_SPELLINGS.get(w, w) for w in words)


def _bare_definite(sent: ParsedSentence, tok: Token, part: Token | None = None) -> bool:
    """ "the army" with no word naming it ("the Chadian army" names one, "the national army"
    does not: :data:`GENERIC_ARMY_ADJECTIVES`); ``part``, the first word of a two-word noun, is
    no such word, nor is a phrase after the noun ("the navy, loyal to X,": whom it serves)."""
    children = list(sent.children(tok))
    return any(c.dep == "det" and c.lower == "the" for c in children) and not any(
        c.dep in ARMY_MODIFIERS
        and c.i < tok.i
        and (part is None or c.i != part.i)
        and not (c.dep == "amod" and c.lower in GENERIC_ARMY_ADJECTIVES)
        for c in children
    )


def _common_noun(tok: Token) -> bool:
    """A common noun, or one the tagger took for a name though written in lower case ("the
    national army")."""
    return tok.pos == "NOUN" or (tok.pos == "PROPN" and tok.text == tok.lower)


def _sent(sent: ParsedSentence, tok: Token) -> bool:
    """Whether ``tok`` is the passive subject of a verb of sending (:data:`SENT_VERBS`)."""
    return tok.dep in PASSIVE_SUBJECTS and sent.head_of(tok).lemma in SENT_VERBS


def _army_part(sent: ParsedSentence, tok: Token) -> Token | None:
    """The noun whose "of"/"from" phrase holds the army ``tok`` and names a part of it
    (:data:`ARMY_PART_NOUNS`: "units" in "units of the army")."""
    if tok.dep != "pobj":
        return None
    prep = sent.head_of(tok)
    if prep.lower not in ARMY_PART_PREPOSITIONS or prep.dep != "prep":
        return None
    part = sent.head_of(prep)
    return part if part.lemma in ARMY_PART_NOUNS and part.pos == "NOUN" else None


STATE_VERBS = frozenset({"be"})
"""Verbs whose subject is only described, not acting ("civilians were under threat", "its
citizens were there"); "were fleeing" and "were sent" have another head."""
SUFFERING_VERBS = frozenset({"die", "perish", "drown", "starve"})
"""Verbs whose subject only suffers ("at least 42 people died", "migrants drowned off Zuwara"):
people only suffered upon are no actors (SCHEMA.md)."""
_DWELLING_VERBS = STATE_VERBS | frozenset({"remain", "live", "stay"})
"""Verbs of a relative clause that only places its noun ("the families who remain in the
city", "people who live there"): the noun does not act."""
MAY_WORDS = frozenset({"could", "can", "would", "may", "might"})
"""Modals after which a subject only may or could act ("armed groups could still bring the
capital to a halt"): an unnamed group told so does not act. An obligation ("must respect")
is asked of the group, as an appeal is, and it acts; one told by "be" ("units are to return
to their camps") is a term of an agreement that describes the group (:data:`STATE_VERBS`)."""
CONDITIONS = frozenset({"if", "unless"})


def _only_may(sent: ParsedSentence, verb: Token) -> bool:
    """Whether ``verb`` is only possible or conditional: a modal of possibility, or an
    "if"/"unless" clause."""
    for c in sent.children(verb):
        if c.dep == "aux" and c.lower in MAY_WORDS:
            return True
        if c.dep == "mark" and c.lower in CONDITIONS:
            return True
    return False


JOINT_ACTIONS: dict[str, frozenset[str]] = {
    "between": frozenset(
        """meeting meetings talks negotiations dialogue clashes fighting agreement deal truce
        ceasefire reconciliation contacts consultations""".split()
    ),
    "among": frozenset("meeting meetings talks negotiations dialogue consultations".split()),
    "of": frozenset("meeting meetings gathering summit conference".split()),
    "with": frozenset("meeting meetings talks negotiations consultations clashes".split()),
}
"""Preposition → nouns of a joint action whose object takes part in it ("talks between the
elders and the council", "a meeting of militia leaders", "meetings with European officials"):
the participants act."""


def _takes_part(sent: ParsedSentence, tok: Token, prep: Token) -> bool:
    """The object of "between"/"among"/"of" after a noun of joint action (a conjunct too), or
    after a verb whose subject is one ("clashes broke out between X and Y")."""
    if tok.dep != "pobj" or prep.dep != "prep":
        return False
    nouns = JOINT_ACTIONS.get(prep.lower)
    if nouns is None:
        return False
    owner = sent.head_of(prep)
    if owner.lower in nouns:
        return True
    return (
        owner.pos == "VERB"
        and any(c.lower in nouns for c in sent.children(owner, "nsubj"))
        and not any(c.lower in ANAPHORIC_DETERMINERS for c in sent.children(tok, "det"))
    )


ANAPHORIC_DETERMINERS = frozenset({"those", "these", "both"})
"""Determiners that point back to sides already named ("clashes broke out again between those
militias and their backers"): no new actor."""
