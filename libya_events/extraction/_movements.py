"""Movements as frames over the dependency parse.

A trigger is a verb or noun whose lemma (and particle) the verb table lists
(:mod:`._verbclasses`). Its arguments come from dependency relations, never from
character distance: the subject (or the passive's agent), the object, prepositional
objects by preposition, a relative clause's antecedent, conjuncts and appositions.
Parse tokens are linked to the article's mentions (:class:`Hit`) by character offsets:
the gazetteer and the actor base name entities, the parse gives structure.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import NamedTuple, TypeGuard

import attrs

from libya_events._errors import DateParseError
from libya_events.dates import TimeExpression, day_headings, heading_day, normalize_time_expression
from libya_events.extraction._coref import DESCRIPTIONS, PRONOUNS, Coreference
from libya_events.extraction._events import MovementDraft
from libya_events.extraction._interview import (
    FIRST_PERSON_OWNERS,
    FIRST_PERSON_PLURAL,
    THIRD_PERSON_OWNERS,
    Transcript,
)
from libya_events.extraction._kb import ActorEntry, ActorKB, normalize_alias
from libya_events.extraction._kin import KIN_HEADS, kin_named_before, kin_phrase_hit
from libya_events.extraction._lexicon import BAND_NOUNS, COMPASS_POINTS, TITLE_WORDS
from libya_events.extraction._mentions import (
    HURT_PEOPLE_KEY,
    HURT_WORDS,
    NAMING_RELATIVES,
    SENDING_TOWN_KEY,
    SHIP_PREFIXES,
    Hit,
)
from libya_events.extraction._offices import office_holder_hit
from libya_events.extraction._storytown import TOWN_HEADS, TownTally
from libya_events.extraction._verbclasses import VerbClass, load_verb_classes
from libya_events.gazetteer import NATIONALITY_WORDS, Place
from libya_events.model import ActorKind, EventDate, LocationKind, Modality, MovementKind, Span
from libya_events.syntax import ParsedSentence, Token, subtree_bounds
from libya_events.text import find_preamble

__all__ = ["find_movements", "inflections", "movement_cue_words"]

# dependency label sets (spaCy's English labels)
SUBJECTS = frozenset({"nsubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass"})
ALL_SUBJECTS = SUBJECTS | PASSIVE_SUBJECTS
OBJECTS = frozenset({"dobj", "obj"})
AGENTS = frozenset({"agent"})
STRAY_OBJECTS = frozenset({"advmod", "npadvmod", "oprd", "attr", "dep", "ccomp"})
PREPOSITIONS = frozenset({"prep", "dative"})
PREP_OBJECTS = frozenset({"pobj", "pcomp"})
PARTICLES = frozenset({"prt", "prep", "advmod", "dobj"})
CONJUNCTS = frozenset({"conj"})
NEGATIONS = frozenset({"neg"})
AUXILIARIES = frozenset({"aux", "auxpass"})
NAME_PARTS = frozenset({"compound", "appos", "nmod", "npadvmod"})
ACTOR_MODIFIERS = frozenset(
    {"poss", "compound", "amod", "nmod", "appos", "acl", "prep", "pobj", "npadvmod", "agent"}
)
EMBEDDED_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "xcomp", "conj", "acl"})
NOUN_CLAUSES = frozenset({"relcl", "acl"})
"""Clauses hung on a noun: relative ("which fight under ...") and participial ("known as X")."""
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})

ORIGIN_PREPS = frozenset({"from", "out", "out of", "away", "away from", "off"})
DEST_PREPS = frozenset(
    {
        "to",
        "into",
        "towards",
        "toward",
        "on",
        "onto",
        "at",
        "in",
        "inside",
        "as",
        "for",
        "upon",
        "against",
        "through",
        "via",  # "advanced via X", with no other place named: as "through" (PATH_PREPS)
        "across",
        "back to",
        "back on",
        "back into",
        "back towards",
        "back toward",
        "closer to",
        "up to",
        "on to",  # "moved the units on to X"
        "on into",
        "on towards",
        "on toward",
    }
)
OVERFLY_VERBS = frozenset({"send", "fly", "dispatch", "scramble"})
"""Verbs of sending aircraft whose "over X" is where they go ("sent jets over Benghazi"); "control
over X" and "fought over X" reach nothing."""
NEAR_PREPS = frozenset({"near", "outside", "around", "to near"})  # "advanced to near X"
TOWARDS = frozenset({"towards", "toward", "on", "against", "closer to", "on towards", "on toward"})
ACTOR_PREPS = frozenset({"of", "to", "by", "as"})
OWNER_PREPS = ACTOR_PREPS | {
    "from"
}  # "forces from Misrata"  # "forces of X", "loyal to X", "led by X", "known as X"
REFERENCE_WORDS = COMPASS_POINTS | {
    *("km", "kilometre", "kilometer", "mile", "kilometres", "kilometers", "miles"),
    *("outside", "edge"),
}
AREA_NOUNS = frozenset(
    {
        "outskirt",
        "outskirts",
        "part",
        "area",
        "position",
        "district",
        "suburb",
        "centre",
        "center",
        "neighbourhood",
        "neighborhood",
        "quarter",
        "coast",
        "rest",
        "most",
        "all",
        "much",
        "parts",
        "areas",
        "positions",
        "side",
        "heart",
        "gate",
        "pocket",
        "stronghold",
        "bastion",
        "enclave",
        "remnant",
        "front",
        "frontline",
        "line",
        "edge",
        "entrance",
        "periphery",
        "vicinity",
        "environs",
        "approach",
    }
)
TERRITORY_NOUNS = frozenset(
    {
        "town",
        "city",
        "village",
        "oasis",
        "port",
        "terminal",
        "base",
        "airbase",
        "airport",
        "airstrip",
        "airfield",
        "aerodrome",
        "field",
        "oilfield",
        "checkpoint",
        "camp",
        "barracks",
        "headquarters",
        "compound",
        "area",
        "territory",
        "position",
        "district",
        "neighbourhood",
        "neighborhood",
        "building",
        "bridge",
        "road",
        "highway",
        "hospital",
        "stronghold",
        "bastion",
        "facility",
        "installation",
        "post",
        "outpost",
        "crossing",
        "border",
        "capital",
        "region",
        "zone",
        "coast",
        "hill",
        "junction",
        "roundabout",
        "intersection",
        "crossroads",
        "complex",
        "palace",
        "ministry",
        "parliament",
        "refinery",
        "plant",
        "factory",
        "prison",
        "school",
        "university",
        "square",
        "street",
        "suburb",
        "outskirts",
        "control",
        "ground",
        "it",
        "them",
        "quarter",
        "mountain",
        "desert",
        "harbour",
        "harbor",
        "site",
        "depot",
        "garrison",
        "campus",
        "station",
        "hotel",
        "stadium",
        "warehouse",
        "embassy",
        "consulate",
        "mission",
        "mosque",
    }
)
FACILITY_PART_NOUNS = frozenset({"room", "tower", "runway", "hangar", "gate", "wing"})
"""Parts of a site that stand for the site when taken: "took over the control room at the
Zueitina terminal", "seized the control tower at Mitiga airport" capture the terminal or the
airport. Only where the part's own "at X" / "of X" / "in X" names a place or a site
(:func:`_site_part`): "seized the planning room of the LNA" names no place."""
SITE_PART_PREPS = frozenset({"at", "of", "in"})
PLANNED_HEADS = frozenset(
    {
        "plan",
        "intend",
        "aim",
        "prepare",
        "threaten",
        "vow",
        "expect",
        "set",
        "due",
        "want",
        "hope",
        "pledge",
        "promise",
        "decide",
        "agree",
        "order",
        "go",
        "ready",
        "poise",
        "likely",
        "seek",
        "mean",
        "need",
        "wish",
        "propose",
        "schedule",
        "consider",
        "refuse",
    }
)
ATTEMPTED_HEADS = frozenset({"try", "attempt", "fail", "struggle", "strive", "bid", "endeavour"})
REPORTED_HEADS = frozenset(
    {"manage", "succeed", "begin", "start", "continue", "force", "compel", "oblige", "keep", "prompt"}
)
REQUEST_HEADS = frozenset(
    {
        "urge",
        "ask",
        "call",
        "tell",
        "encourage",
        "appeal",
        "demand",
        "allow",
        "permit",
        "warn",
        "invite",
        "instruct",
        "request",
        "advise",
        "persuade",
        "press",
        "order",
        "command",
    }
)
OBJECT_CONTROL = REQUEST_HEADS | frozenset({"force", "compel", "oblige", "help", "prompt"})
DENIAL_HEADS = frozenset({"deny", "reject", "dismiss", "refute"})
PLANNED_AUXILIARIES = frozenset(
    {"will", "would", "shall", "could", "might", "may", "'ll", "wo", "should", "must", "can", "ca"}
)
SUPPORT_VERBS = frozenset(
    {
        "launch",
        "begin",
        "start",
        "mount",
        "stage",
        "make",
        "take",
        "gain",
        "carry",
        "conduct",
        "complete",
        "continue",
        "resume",
        "beat",
        "lead",
        "spearhead",
        "step",
        "press",
        "push",
        "intensify",
        "undertake",
        "pursue",
        "seize",
        "assume",
        "win",
        "regain",
        "wrest",
        "establish",
        "extend",
        "impose",
        "tighten",
        "reassert",
        "restore",
        "consolidate",
        "cement",
        "have",
        "order",
        "renew",
        "escalate",
        "finish",
        "open",
        "pull",
        "speed",
        "accelerate",
        "wage",
        "wag",  # the small pipeline's lemma of "waged"
    }
)
NON_EVENT_GOVERNORS = REQUEST_HEADS | frozenset(
    {
        "secure",
        "ensure",
        "guarantee",
        "oversee",
        "monitor",
        "verify",
        "demand",
        "seek",
        "want",
        "propose",
        "plan",
        "discuss",
        "agree",
        "reject",
        "oppose",
        "prevent",
        "stop",
        "block",
        "halt",
        "resist",
        "repel",
        "repulse",
        "fend",
        "thwart",
        "foil",
        "withstand",
        "fear",
        "expect",
        "await",
        "threaten",
        "warn",
        "announce",
        "deny",
        "condemn",
        "support",
        "back",
        "welcome",
        "negotiate",
        "facilitate",
        "allow",
        "prepare",
    }
)
CONTROL_HEADS = PLANNED_HEADS | ATTEMPTED_HEADS | REPORTED_HEADS | REQUEST_HEADS
PREVENTION_HEADS = frozenset({"prevent", "stop", "block", "halt", "bar", "ban", "forbid", "deter", "avert"})
MOVABLE_NOUNS = frozenset(
    {
        "troop",
        "force",
        "fighter",
        "soldier",
        "unit",
        "reinforcement",
        "convoy",
        "column",
        "vehicle",
        "truck",
        "lorry",
        "ambulance",
        "bus",
        "tank",
        "aircraft",
        "plane",
        "airplane",
        "airliner",
        "jet",
        "warplane",
        "drone",
        "helicopter",
        "ship",
        "warship",
        "vessel",
        "boat",
        "ferry",
        "frigate",
        "mercenary",
        "man",
        "personnel",
        "team",
        "delegation",
        "envoy",
        "commander",
        "officer",
        "equipment",
        "weapon",
        "arm",
        "ammunition",
        "supply",
        "aid",
        "brigade",
        "battalion",
        "militia",
        "militiaman",
        "adviser",
        "advisor",
        "expert",
        "doctor",
        "nurse",
        "staff",
        "rescuer",
        "worker",
        "police",
        "policeman",
        "guard",
        "patrol",
        "artillery",
        "missile",
        "system",
        "kit",
        "armour",
        "armor",
        "battery",
        "detachment",
        "contingent",
        "tanker",
        "squadron",
        "fleet",
        "flotilla",
        "military",
        "army",
        "navy",
        "crew",
        "medic",
        "engineer",
        "specialist",
        "volunteer",
        "recruit",
        "fighter-jet",
        "them",
        "they",
        "him",
        "her",
        "it",
        "food",
        "medicine",
        "tent",
        "tonne",
        "ton",
        "cargo",
        "shipment",
        "consignment",
        "minister",
        "official",
        "representative",
        "platoon",
        "squad",
        "marine",
        "commando",
        "paratrooper",
        "sailor",
        "destroyer",
        "corvette",
        "submarine",
        "clinic",
    }
)
"""What a verb of sending moves: forces, vehicles, aircraft, aid and people (not "fighting");
mobile clinics an agency moves or sends too."""
FORCE_HEADS = frozenset(
    {
        "force",
        "troop",
        "fighter",
        "soldier",
        "guardsman",
        "militia",
        "militiaman",
        "unit",
        "brigade",
        "battalion",
        "loyalist",
        "man",
        "gunman",
        "rebel",
        "convoy",
        "column",
        "drone",
        "jet",
        "warplane",
        "aircraft",
        "plane",
        "helicopter",
        "tank",
        "vehicle",
        "ship",
        "warship",
        "boat",
        "mercenary",
        "group",
        "faction",
    }
)
"""Heads of a noun phrase that stand for an armed group or its equipment."""
CLAIM_VERBS = frozenset({"announce", "declare", "claim", "proclaim", "celebrate", "confirm"})
CELEBRATING_VERBS = frozenset({"celebrate"})
"""A claim verb anyone may use of another's capture: "the LNA celebrated the capture" took it,
"crowds celebrated the capture" only cheered it (only a force, a state or a government takes)."""
"""Verbs whose subject reports its own capture told as a noun ("declared its control of X")."""
HOLDING_VERBS = frozenset({"control", "hold"})
NOW_HOLDS = VerbClass(
    "verb", "control", None, MovementKind.CAPTURE, None, "dest", False, frozenset()
)  # "now controls X": the row a holding verb takes after "now"
VISITS = frozenset({"visit", "tour"})
"""Travel verbs whose object may be what is seen ("visited the wounded in X"), not a place."""
DEPARTURES = frozenset({"leave", "depart"})
ARRIVALS = frozenset({"come", "arrive"})
"""Verbs of leaving that, with a destination, tell a journey ("left Misrata for Sirte")."""
ARRIVING_ROWS = frozenset({("fly", "in"), ("drive", "in"), ("sail", "in"), ("ride", "in")})
"""Verbs of going with "in" that tell an arrival ("deputies who had flown in from Misrata"):
people come from the "from" place, as with ``ARRIVALS``, rather than flee it."""
SCENE_NOUNS = frozenset(
    {"fighting", "clash", "violence", "war", "battle", "shelling", "bombardment", "flood"}
)
"""Events a people flee: "fled the fighting in X" leaves X."""
REACH_PREPS = frozenset({"to", "at", "into", "back to"})
FAR_AS_TAIL = "far as"
"""How the phrase of a limit reached ends ("as far as X", "so far as X"): like "to X", a place
in or at the edge of the town named after it is reached ("as far as the edge of X")."""
DEPARTURE_GOAL_PREPS = frozenset({"for"})
"""Prepositions of where those who leave make for: "fled their homes for schools in X" reaches
X, as "fled to schools in X" does (a shelter or host placed by a town, ``_places_inside``)."""
DIRECTION_NOUNS = frozenset({"direction"})
COMPASS_WORDS = COMPASS_POINTS | {
    *("northward", "southward", "eastward", "westward"),
    *("northwards", "southwards", "eastwards", "westwards"),
}
SITE_WORDS = frozenset({"scene", "site", "front", "frontline", "front-line", "line", "spot", "rescue"})
"""Unnamed places (and errands) a move reaches ("arrived at the scene", "went to the rescue"):
a movement with no named place."""
GROUND_WORDS = frozenset(
    {"street", "building", "desert", "rooftop", "roof", "perimeter", "junction", "crossroads", "roundabout"}
)
"""Unnamed ground a side sends or moves its own men into ("sent 200 men to the streets", "moved
extra fighters into the terminal buildings", "sent patrols into the desert"): no name of a town
follows, so the deployment is a movement with no named place (a town, "sent forces into a
western town", is a place meant but not found, and stays no movement)."""
CO_ACTOR_PREPS = frozenset({"together with", "along with", "alongside"})
_CO_ACTOR_LAST = frozenset(p.rsplit(" ", 1)[-1] for p in CO_ACTOR_PREPS)
"""The preposition each of :data:`CO_ACTOR_PREPS` ends with ("with", "alongside")."""
BACKING_WORDS = frozenset(
    {"back", "backed", "support", "supported", "recognise", "recognised", "recognize", "recognized"}
    | {"link", "linked"}
    | {"sponsor", "sponsored", "ally", "allied", "endorse", "endorsed", "oppose", "opposed"}
)
"""Participles that relate a phrase to an actor without making it theirs ("UN-backed")."""
OWNER_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.COUNTRY, ActorKind.GOVERNMENT})
CONDITIONALS = frozenset({"if", "unless", "whether", "lest"})
QUESTION_MARKS = frozenset({"whether", "if"})
"""Marks of an embedded yes-no question ("unclear whether X had left", "nobody knows if Y
withdrew"): the clause asks whether the move was made and does not tell it, so it is no
movement; one told as still to come ("whether X would move on Y") is at most planned."""
QUESTION_CLAUSE_DEPS = frozenset({"ccomp", "csubj", "csubjpass", "pcomp"})
"""Links by which an embedded question hangs on what asks it: the complement of a verb or
adjective ("was not clear whether"), a clausal subject ("whether X left is not known") or the
object of a preposition ("no word on whether")."""
AWAITING_MARKS = frozenset({"until", "till"})
INVERTING_AUXILIARIES = frozenset({"had", "should", "were"})
"""Auxiliaries that open a condition when put before its subject ("Had the LNA entered X, ...",
"Should forces advance on Y, ...")."""
CONDITION_NOUNS = frozenset({"case"})
""" "in case X advanced": the noun of "in case", whose clause is a condition."""


def _inverted_condition(s: _Sentence, verb: Token, head: Token) -> bool:
    """A clause before its main clause, opened by an auxiliary put before its subject ("Had the
    LNA entered Tripoli, the war would have ended"): a condition, not a move made."""
    if verb.i > head.i:
        return False
    subject = next(iter(s.children(verb, ALL_SUBJECTS)), None)
    return subject is not None and any(
        a.lower in INVERTING_AUXILIARIES and a.i < subject.i for a in s.children(verb, AUXILIARIES)
    )


def _in_case(s: _Sentence, verb: Token, head: Token) -> bool:
    """ "would respond in case LNA forces advanced on X": the parser hangs "in case" on the main
    verb and the clause after it beside it; the clause is a condition."""
    lo, _hi = s.sent.subtree(verb)
    for prep in s.children(head, frozenset({"prep"})):
        if prep.lower != "in":
            continue
        for noun in s.children(prep, PREP_OBJECTS):
            after = noun.i + 1
            if noun.lemma in CONDITION_NOUNS and after < len(s.tokens) and s.tokens[after].start == lo:
                return True  # the clause opens right after "in case"
    return False


"""Marks of a clause telling what a main clause waits for ("until the militias had left")."""
FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll"})
"""Auxiliaries of a main clause told as to come ("would continue", "will stay")."""


def _awaited(s: _Sentence, mark: Token, head: Token) -> bool:
    """ "The strike would continue until every armed group had left", "they will stay until the
    army withdraws": a move in an "until" clause on a main clause still to come is a condition
    awaited, not a move made (AWAITED_MOVES); on a past main clause ("fought until the rebels
    withdrew") it happened."""
    return mark.lower in AWAITING_MARKS and any(
        a.lower in FUTURE_MODALS for a in s.children(head, AUXILIARIES)
    )


AHEAD_MARKS = frozenset({"before", "until", "till", "ahead"})
"""Marks of a clause whose event follows its main clause's ("a day before leaders gather")."""
FINITE_PRESENT_TAGS = frozenset({"VBP", "VBZ"})
FINITE_PAST_TAGS = frozenset({"VBD"})
"""The finite tenses :func:`_ahead` compares (a participle or a bare form tells no tense)."""


def _ahead(s: _Sentence, verb: Token, mark: Token, head: Token) -> bool:
    """ "Haftar flew to Athens a day before world leaders gather in Berlin", "talks ended on
    Friday, before the delegations return to Tripoli": a move in the present tense, in a clause
    of what comes after a main clause told in the past, is still to come when the story is told
    (English puts a future event in such a clause in the present); it is planned, not made. A
    past-tense move ("before the rebels withdrew") happened."""
    if mark.lower not in AHEAD_MARKS or head.tag not in FINITE_PAST_TAGS:
        return False
    auxes = [a for a in s.children(verb, AUXILIARIES) if a.i < verb.i]
    tense = auxes[0] if auxes else verb
    return tense.tag in FINITE_PRESENT_TAGS


NOT_EVENT_TIMES = frozenset({"since", "until", "till", "before"})
ANCHORED_KINDS = frozenset({"anaphoric"})
"""Kinds of time counted from the one told before it ("hours later", "the same day", "a day later")."""
REANCHOR_LOOKBACK = 10
"""How many earlier times a counted time looks back over for the story's main-line one."""
PURPOSE_LINKS = frozenset({"advcl", "xcomp", "acl"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})
REINFORCING_VERBS = frozenset({"reinforce", "shore"})
_PORTS = frozenset({"oil_terminal", "port"})
_BASES = frozenset({"air_base", "military_base", "airport"})
PLURAL_PLACE_NOUNS: dict[str, frozenset[str] | None] = {
    "town": None,
    "city": None,
    "village": None,
    "port": _PORTS,
    "terminal": _PORTS,
    "base": _BASES,
    "airbase": _BASES,
    "basis": _BASES,  # the tagger's lemma of "bases"
    "oilfield": frozenset({"oil_field"}),
    "field": frozenset({"oil_field"}),
}
"""Plural place nouns ("the ports") and the features (None: a populated place) of what they list."""
LIST_NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2}
BACK_POINTING = frozenset({"these", "those"})
"""Determiners that point back: "these bases" are places named before, never a list that follows."""
LIST_DETERMINERS = frozenset({"the", "these", "those", "all"}) | frozenset(LIST_NUMBERS)
LIST_OPENERS = frozenset({"\u2013", "\u2014", ":", "-"})  # "the ports – A and B", "two towns: A and B"
LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|&|or|,?\s*as well as)?\s*")
PRONOUN_PLACES = frozenset({"it", "them", "control", "ground"})
_GROUPS = frozenset({ActorKind.ARMED_GROUP, ActorKind.COUNTRY})
_Table = Mapping[tuple[str, str], tuple[VerbClass, ...]]


class _Frame(NamedTuple):
    """One trigger with its arguments, before it becomes drafts (one per actor and place)."""

    cls: VerbClass
    trigger: Span
    actors: list[Hit]
    origins: list[Hit]
    dests: list[Hit]
    modality: Modality
    anchor: Token  # the clause head that carries the event's time
    towards: bool  # "moved towards X": a move on a place, not onto it
    withdrawn: bool = False  # "Y was driven out of Z": the expelled withdraw
    carried: bool = False  # the actor moved something else ("sent troops"), not itself
    onward: tuple[Hit, ...] = ()  # "toward X and on to Y": Y is a further leg, from X
    thing: str | None = None  # the common noun of what was taken or left ("the port")
    aircraft: bool = False  # what the actor sent is aircraft or ships ("sent its flights to X")
    forces: bool = False  # what the actor sent is forces ("flew reinforcements into X")
    way_out: bool = False  # "leaving through X": the goal is only the way out (a departure)
    vehicle_moves: bool = False  # the actor's vehicle is the mover ("a Libyan Airlines plane landed")
    ferried: bool = False  # people a vehicle carried on a journey ("a flight carried 200 migrants to X")
    aboard: bool = False  # the movers are people a vehicle carries ("a flight carrying 20 Ghanaians left")
    evacuees: bool = False  # what the actor moved is its own civilians ("moved its embassy staff to X")


class _Sentence:
    """A parsed sentence with its tokens linked to the article's mentions."""

    def __init__(self, sent: ParsedSentence, hits: Sequence[Hit], ctx: _Context | None = None) -> None:
        self.sent = sent
        self.ctx = ctx
        self.tokens = sent.tokens
        self.actor_at: list[Hit | None] = [None] * len(sent.tokens)
        self.place_at: list[Hit | None] = [None] * len(sent.tokens)
        starts = [t.start for t in sent.tokens]
        for h in hits:
            actor, place = h.is_actor, h.place is not None  # asked once per mention, not per token
            for k in range(bisect.bisect_left(starts, h.start), bisect.bisect_left(starts, h.end)):
                i = sent.tokens[k].i
                if actor and _longer(h, self.actor_at[i]):
                    self.actor_at[i] = h
                if place and _longer(h, self.place_at[i]):
                    self.place_at[i] = h

    def children(self, tok: Token, deps: frozenset[str] | None = None) -> Iterator[Token]:
        for c in tok.children:
            child = self.tokens[c]
            if deps is None or child.dep in deps:
                yield child

    def child(self, tok: Token, deps: frozenset[str]) -> Token | None:
        tokens = self.tokens
        for c in tok.children:  # a loop, not next(self.children(...)): called for most tokens
            if tokens[c].dep in deps:
                return tokens[c]
        return None

    def head(self, tok: Token) -> Token:
        return self.tokens[tok.head]


def _longer(new: Hit, old: Hit | None) -> bool:
    return old is None or new.end - new.start > old.end - old.start


INTRO_DAY_KINDS = frozenset({"absolute", "month_day"})
"""Kinds of time expression that name a calendar day ("20 October", "on 3 June 2019")."""


def _intro_day(times: Sequence[TimeExpression], entries: Sequence[int]) -> _dt.date | None:
    """The day a page of timed entries is about, as its introduction tells it: the last calendar
    day ("piecing together the events of 20 October hour by hour") named before the first entry
    ("04:00 - ..."). A reconstructed timeline's entries happen on that day, not on the day the
    page appeared; a live page's introduction names its own day, which changes nothing."""
    if not entries:
        return None
    first = min(entries)
    day = None
    for t in times:
        if t.span.end > first:
            break
        words = t.text.split()
        if (
            t.date is not None
            and t.date.granularity.value == "day"
            and t.kind in INTRO_DAY_KINDS
            and (not words or words[0].lower() not in NOT_EVENT_TIMES)
        ):
            day = t.date.start
    return day


class _Context:
    """What every frame of one article needs: mentions, coreference and times."""

    def __init__(
        self, hits: Sequence[Hit], times: Sequence[TimeExpression], entries: Sequence[int], text: str = ""
    ) -> None:
        self.text = text
        self.hits = sorted(hits, key=lambda h: h.start)
        self.starts = [h.start for h in self.hits]
        self.coref = Coreference(hits, entries, text=text)
        self.times = sorted((t for t in times if t.date is not None), key=lambda t: t.span.start)
        self.time_starts = [t.span.start for t in self.times]
        self.time_spans = sorted((t.span.start, t.span.end) for t in times)  # dated or not
        # times told but not resolvable ("on Tuesday" with no published day)
        self.undated = sorted((t for t in times if t.date is None), key=lambda t: t.span.start)
        self.undated_starts = [t.span.start for t in self.undated]
        self.entries = sorted(entries)
        self.headings = day_headings(text, self.times) if entries else []  # a live page's day lines
        self.intro_day = _intro_day(self.times, self.entries)  # "the events of 20 October hour by hour"
        self.named_by: dict[int, Hit] = {}  # a generic group's mention -> the named group it belongs to
        self.known_as: dict[str, Hit] = {}  # "the brigades, known as X": the head's lemma -> X
        self.stood_for: dict[int, Hit] = {}  # an unnamed mover's mention -> the named actor it is
        self.drafts: list[MovementDraft] = []  # the article's movements so far
        self.carried: tuple[int, list[Hit]] | None = None  # a vehicle's sentence end -> whom it carried
        self.sent_vehicles: dict[str, tuple[int, list[Hit]]] = {}  # a vehicle sort -> (its mention, owners)
        self.last_told: dict[int, int] = {}  # id(draft) -> the end of its latest retelling's trigger
        self.main_dates: dict[int, tuple[int, EventDate]] = {}  # a sentence's start -> its main clause's date
        self.background_times: set[int] = set()  # starts of times told as background (no story time)
        self.reanchored: set[int] = set()  # starts of counted times counted anew (:meth:`_reanchor`)
        self.speech_times: set[int] = set()  # starts of times that date a speech verb ("said on Monday")
        self.since_moves: set[int] = set()  # starts of dated moves told in a "since" clause
        self.published: _dt.date | None = None
        self.loyal_to: dict[tuple[int, int], tuple[int, int]] = {}  # (id(person), sentence) -> the phrase
        # an interview's answers: "we" is the interviewee's side
        self.transcript = Transcript(text, self.hits)
        self.towns = TownTally(text, [h for h in self.hits if h.place is not None and not h.is_actor])
        self.home_bound: set[int] = set()  # the trigger starts of journeys told as going home
        self.kept_at: dict[int, list[Hit]] = {}  # a held group's mention start -> where it was held
        self.vessel_owner: tuple[int, list[Hit]] | None = None  # the latest warship told by its nation
        # country actors by name, in text order, and each country's first mention as a place:
        # read once per nationality word ("a Turkish frigate", "the Syrian coast"), never a scan
        self.country_actors: dict[str, list[Hit]] = {}
        self.country_places: dict[str, Hit] = {}
        self.armed_groups: dict[str, Hit] = {}  # an armed group's name -> its first mention
        self.group_words: dict[str, list[Hit]] = {}  # a word of an armed group's name -> the groups
        for h in self.hits:
            if h.actor_kind is ActorKind.ARMED_GROUP and h.name not in self.armed_groups:
                self.armed_groups[h.name] = h
                for word in h.name.lower().split():
                    self.group_words.setdefault(word, []).append(h)
            if h.actor_kind is ActorKind.COUNTRY:
                self.country_actors.setdefault(h.name, []).append(h)
            if h.place is not None and h.place.kind is LocationKind.COUNTRY:
                self.country_places.setdefault(h.place.name, h)
        self._unit_stems: dict[str, list[int]] | None = None
        self._led_groups: dict[str, Hit] | None = None

    def led_group(self, person: Hit) -> Hit | None:
        """The named armed group the text tells ``person`` leading (:data:`LEADING_PARTICIPLES`):
        "Y, led by P" or "P, who commands the Y" (:func:`_group_led_by`). Built once, on the
        first call, over every person's mention; each later call is a look-up."""
        if self._led_groups is None:
            self._led_groups = {}
            for i, h in enumerate(self.hits):
                if h.actor_kind is ActorKind.PERSON:
                    group = _group_led_by(self, i)
                    if group is not None:
                        self._led_groups.setdefault(h.key, group)
        return self._led_groups.get(person.key)

    def units_by_stem(self, stem: str) -> list[int]:
        """Indexes into ``hits``, in text order, of the armed groups a force named ``stem`` plus
        a force noun may stand for (:func:`_unit_by_stem`): each unit's name (or alias) less its
        head word, and each unit head word its name holds. Built once, on the first call, so a
        force noun looks its stem up instead of walking every mention told before it."""
        if self._unit_stems is None:
            self._unit_stems = {}
            for i, h in enumerate(self.hits):
                if h.actor_kind is not ActorKind.ARMED_GROUP:
                    continue
                keys: set[str] = set()
                for name in (h.name, *(h.entry.aliases if h.entry is not None else ())):
                    head, _, last = normalize_alias(name).rpartition(" ")
                    if last in UNIT_NAME_HEADS:
                        keys.add(head)
                    keys.update(w for w in (*head.split(), last) if w in UNIT_NAME_HEADS)
                for key in keys:
                    self._unit_stems.setdefault(key, []).append(i)
        return self._unit_stems.get(stem, [])

    def name_generic_heads(self, s: _Sentence) -> None:
        """ "Kaniyat fighters": the generic head ("fighters") stands for the named modifier."""
        for tok in s.tokens:
            head = s.actor_at[tok.i]
            if head is None:
                continue
            if head.actor_kind is not ActorKind.COLLECTIVE:
                self._name_owned_force(s, tok, head)
                continue
            for c in s.children(tok, frozenset({"compound", "amod", "poss"})):
                named = s.actor_at[c.i]
                if named is not None and named is not head and named.actor_kind is not ActorKind.COLLECTIVE:
                    self.named_by[id(head)] = named
                    break

    def remember_described(self, s: _Sentence) -> None:
        """ "part of the coalition known as X", "X, an alliance of brigades": a later "the
        coalition" ("the alliance") is X, even where the description was no mover's."""
        for tok in s.tokens:
            if tok.pos != "NOUN" or tok.lemma not in ALLIANCE_NOUNS:
                continue
            if tok.dep == "appos" and s.actor_at[tok.i] is None:
                named = s.actor_at[tok.head]
                if named is not None and named.actor_kind in _GROUPS and not _is_weak(named):
                    self.known_as[tok.lemma] = named
                continue
            if any(c.lemma in NAMING_VERBS for c in s.children(tok, NOUN_CLAUSES)):
                _known_as(s, tok, self)

    def remember_background_times(self, s: _Sentence) -> None:
        """Note the sentence's times told as background (:func:`_background_time`): the story's
        later moves with no date of their own do not happen then."""
        k = bisect.bisect_left(self.time_starts, s.sent.start)
        for i in range(k, len(self.times)):
            t = self.times[i]
            if t.span.start >= s.sent.end:
                break
            tok = s.sent.token_at(t.span.start)
            if tok is not None and _background_time(s, tok):
                self.background_times.add(t.span.start)
            elif t.kind in ANCHORED_KINDS and i > 0:
                self._reanchor(i)
            if tok is not None and _speech_time(s, tok):
                self.speech_times.add(t.span.start)

    def _reanchor(self, i: int) -> None:
        """ "X, who was detained on Sunday, ... Hours later, fighters moved to Y": a time counted
        from the one before it ("hours later", "a day later", "the same day") counts from the
        story's latest main-line time when that one was told as background (or was itself counted
        anew); with no such time within :data:`REANCHOR_LOOKBACK` it stays as told."""
        t, before = self.times[i], self.times[i - 1]
        anchor: TimeExpression | None = before if before.span.start in self.reanchored else None
        if anchor is None and before.span.start in self.background_times:
            floor = self.entry_start(t.span.start)
            for u in reversed(self.times[max(0, i - 1 - REANCHOR_LOOKBACK) : i - 1]):
                if u.span.start < floor:
                    break
                if u.span.start not in self.background_times and u.span.start not in self.speech_times:
                    anchor = u  # "officials said on Wednesday": the telling's day, not the story's
                    break
        if anchor is None or anchor.date is None or t.date is None:
            return
        try:
            date = normalize_time_expression(t.text, self.published, anchor=anchor.date)
        except DateParseError:
            return
        self.times[i] = attrs.evolve(t, date=attrs.evolve(date, text=t.date.text, span=t.date.span))
        self.reanchored.add(t.span.start)

    def remember_vessel(self, s: _Sentence) -> None:
        """ "Haftar was flown to the Russian aircraft carrier X": a vessel noun
        (``VESSEL_NAME_LEADS``) a nationality word owns, moving or not, is that country's; a later
        ship group ("the carrier group", ``_ship_group``) is the same country's."""
        for tok in s.tokens:
            if tok.lemma in VESSEL_NAME_LEADS | SHIP_GROUP_HEADS and tok.pos == "NOUN":
                owners = _nation_owner(s, tok, self)
                if owners:
                    self.vessel_owner = (tok.start, owners)

    def remember_kept(self, s: _Sentence) -> None:
        """ "The militia held 40 detainees in X": people an active verb of keeping
        (``KEPT_PARTICIPLES``) holds in a place were there, so a later "they were driven to Y"
        sets out from X (``_kept_before``)."""
        for tok in s.tokens:
            if tok.lemma not in KEPT_PARTICIPLES or tok.pos != "VERB":
                continue
            obj = s.child(tok, PASSIVE_SUBJECTS if _is_passive(s, tok) else OBJECTS)
            group = obj
            if obj is not None and s.actor_at[obj.i] is None:  # "dozens of prisoners": the group counted
                of = (p for p in s.children(obj, PREPOSITIONS) if p.lower in PARTITIVE_PREPS)
                parts = (o for p in of for o in s.children(p, PREP_OBJECTS))
                group = next(parts, obj)
            held = s.actor_at[group.i] if group is not None else None
            if held is None and group is not None and _plain_people(s, group):
                held = self.people_before(group.start)  # "38 detainees ... The men had been held in X"
            if obj is None or held is None or CARRIED_PEOPLE.isdisjoint(held.name.lower().split()):
                continue
            places = [  # the parser hangs "in X" on the verb or on the people held
                h
                for w in (tok, obj)
                if w is tok or w.dep in OBJECTS
                for p in s.children(w, PREPOSITIONS)
                if p.lower in LOCATED_PREPS
                for o in s.children(p, PREP_OBJECTS)
                for h in _places(s, o) or _located_in(s, o)  # "in a jail in X": the jail's town
                if not _is_area(h)
            ]
            if places:
                self.kept_at[held.start] = places

    def people_before(self, pos: int) -> Hit | None:
        """The latest moved people (``CARRIED_PEOPLE``) named within ``PEOPLE_REACH_CHARS``
        before ``pos``, in the entry: whom a plain "the men" stands for."""
        floor = max(pos - PEOPLE_REACH_CHARS, self.entry_start(pos))
        for h in reversed(self.hits_in(floor, pos)):
            if (
                h.actor_kind is not None
                and h.end <= pos
                and not CARRIED_PEOPLE.isdisjoint(h.name.lower().split())
            ):
                return h
        return None

    def _name_owned_force(self, s: _Sentence, tok: Token, head: Hit) -> None:
        """ "The militias of X": a generic force told with its owner stands for the owner's
        side when a later description ("these factions") means it."""
        if tok.lemma not in FORCE_HEADS or not _is_weak(head) or id(head) in self.named_by:
            return
        owner = _named_owner(s, tok, head)
        if owner is not None and owner.actor_kind in OWNER_KINDS:
            self.named_by[id(head)] = owner

    def place_before(self, pos: int) -> Hit | None:
        """The latest town or site named before ``pos`` ("its outskirts"), within the entry."""
        return self._latest_place_before(pos, lambda h: not _is_area(h))

    def town_before(self, pos: int) -> Hit | None:
        """The latest town (a populated place) named before ``pos``, within the entry."""
        return self._latest_place_before(pos, lambda h: h.place is not None and h.place.populated)

    def _latest_place_before(self, pos: int, accept: Callable[[Hit], bool]) -> Hit | None:
        """The latest place named before ``pos`` that ``accept`` takes: within the entry, 600
        characters and 30 mentions back at most."""
        floor = max(pos - 600, self.entry_start(pos))
        k = bisect.bisect_left(self.starts, pos)
        for h in reversed(self.hits[max(0, k - 30) : k]):
            if h.start < floor:
                break
            if h.place is not None and h.end <= pos and accept(h):
                return h
        return None

    def place_of_sort_before(self, pos: int, features: frozenset[str] | None) -> Hit | None:
        """The latest place of a sort (a base, a port) named before ``pos``, within the entry."""
        return self._latest_place_before(pos, lambda h: h.place is not None and _of_sort(h.place, features))

    def places_listed_before(self, pos: int, features: frozenset[str] | None) -> list[Hit]:
        """ "Es Sider and Ras Lanuf ... the ports": the latest list of two or more places of a
        sort ("A, B and C"), named before ``pos`` within the entry."""
        floor = max(pos - 600, self.entry_start(pos))
        k = bisect.bisect_left(self.starts, pos)
        run: list[Hit] = []
        for h in reversed(self.hits[max(0, k - 30) : k]):
            if h.start < floor or h.end > pos:
                continue
            if h.place is None or not _of_sort(h.place, features):
                if run:
                    break
                continue
            if run and not self._listed_with(h, run[-1]):
                if len(run) >= 2:
                    break
                run = []
            run.append(h)
        return run[::-1] if len(run) >= 2 else []

    def places_listed_after(self, pos: int, features: frozenset[str] | None) -> list[Hit]:
        """ "the oil ports – A and B": the list of two or more places of a sort that a dash or
        colon right after ``pos`` opens."""
        k = bisect.bisect_left(self.starts, pos)
        run: list[Hit] = []
        for h in self.hits[k : k + 12]:
            if h.place is None or (run and h.start < run[-1].end):
                continue  # an actor, or a shorter hit inside the last place
            gap = self.text[run[-1].end : h.start] if run else self.text[pos : h.start]
            opened = LIST_GAP.fullmatch(gap) is not None if run else gap.strip() in LIST_OPENERS
            if not opened or not _of_sort(h.place, features):
                break
            run.append(h)
        return run if len(run) >= 2 else []

    def _listed_with(self, first: Hit, second: Hit) -> bool:
        gap = self.text[first.end : second.start] if self.text else " " * (second.start - first.end)
        return LIST_GAP.fullmatch(gap) is not None

    def named(self, hit: Hit | None) -> Hit | None:
        return self.named_by.get(id(hit), hit) if hit is not None else None

    def hits_in(self, start: int, end: int) -> list[Hit]:
        lo = bisect.bisect_left(self.starts, start - 200)
        hi = bisect.bisect_left(self.starts, end)
        return [h for h in self.hits[lo:hi] if h.end > start and h.start < end]

    def times_in(self, start: int, end: int) -> list[TimeExpression]:
        lo = bisect.bisect_left(self.time_starts, start)
        hi = bisect.bisect_left(self.time_starts, end)
        return self.times[lo:hi]

    def undated_in(self, start: int, end: int) -> list[TimeExpression]:
        lo = bisect.bisect_left(self.undated_starts, start)
        hi = bisect.bisect_left(self.undated_starts, end)
        return self.undated[lo:hi]

    def is_time(self, start: int, end: int) -> bool:
        """Whether a time expression (dated or not) meets ``[start, end)``."""
        k = bisect.bisect_left(self.time_spans, (end, end))
        return k > 0 and self.time_spans[k - 1][1] > start

    def entry_start(self, pos: int) -> int:
        k = bisect.bisect_right(self.entries, pos)
        return self.entries[k - 1] if k else 0


IRREGULAR_FORMS = frozenset(
    {
        "took",
        "taken",
        "fled",
        "left",
        "sent",
        "went",
        "gone",
        "came",
        "flew",
        "flown",
        "fell",
        "fallen",
        "drove",
        "driven",
        "withdrew",
        "withdrawn",
        "overran",
        "ran",
        "brought",
        "began",
        "begun",
        "won",
        "beat",
        "beaten",
        "swept",
        "threw",
        "thrown",
        "rode",
        "ridden",
        "led",
        "made",
        "got",
        "gotten",
        "held",
        "kept",
        "set",
        "put",
        "retook",
        "retaken",
        "overrun",
        "undertook",
        "undertaken",
        "stormed",
        "forced",
        "forces",
    }
)
"""Inflected forms a regular rule does not make; with the table's lemmas, the words that cue
a movement (a sentence without one is not sent to the parser for movements)."""


@functools.lru_cache(maxsize=1)
def movement_cue_words() -> frozenset[str]:
    """Every inflection of the verb table's lemmas (and its particles' verbs), lower-case."""
    words: set[str] = set(IRREGULAR_FORMS)
    for form, lemma in load_verb_classes():
        words.update(inflections(lemma) if form == "verb" else (lemma, lemma + "s", lemma + "es"))
    return frozenset(words)


def inflections(lemma: str) -> set[str]:
    """The regular inflections of a verb lemma ("seize": seizes, seized, seizing)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "stop", "stopped"
    return forms


def find_movements(
    parsed: Sequence[ParsedSentence],
    hits: Sequence[Hit],
    times: Sequence[TimeExpression],
    entries: Sequence[int] = (),
    text: str = "",
    *,
    resolved: dict[int, Hit] | None = None,
    published: _dt.date | None = None,
) -> list[MovementDraft]:
    """Movements read from the parse of each sentence, one draft per actor and place.

    ``entries`` are offsets where an independent entry starts (a live blog's timestamps):
    no pronoun or date is carried across them. With the article's ``text``, a headline
    (which restates the body) is passed over. ``resolved``, when given, receives the unnamed
    mentions ("armed troops", "fighters") found to stand for a named actor: ``id(hit)`` → actor.
    ``published``, when given, dates a move the story tells as news with no date before it.
    """
    ctx = _Context(hits, times, entries, text)
    ctx.published = published
    table = load_verb_classes()
    out: list[MovementDraft] = ctx.drafts
    taken_on_entry: set[int] = set()
    for sent in parsed:
        if _is_headline(sent, text):
            continue
        s = _Sentence(sent, ctx.hits_in(sent.start, sent.end), ctx)
        ctx.name_generic_heads(s)
        ctx.remember_described(s)
        ctx.remember_kept(s)
        ctx.remember_vessel(s)
        ctx.remember_background_times(s)
        span = Span(sent.start, sent.end)
        first = len(out)
        for tok in s.tokens:
            if tok.pos not in FRAME_POS:
                continue  # most tokens: spare the call
            frame = _frame(s, tok, table, ctx)
            if frame is not None:
                _emit(frame, span, s, ctx, out)
        _join_flights(out, first, text)
        _join_set_outs(out, first, text)
        _join_relative_set_outs(out, first, s)
        _join_landings(out, first, text)
        _drop_set_out_retold(out, first)
        _drop_positions_taken(out, first, s)
        _set_off_from_last_stop(out, first, text)
        _advancing_parts(out, first, s, ctx)
        _flight_goes_on(out, first, text)
        _retreat_goes_on(out, first, text)
        taken_on_entry.update(_entries_taken(out[first:], s))
    if resolved is not None:
        resolved.update(ctx.stood_for)
    kept = _drop_retold(_drop_told_later(_drop_entry_headings(out, ctx)))
    kept = [d for d in kept if id(d) not in taken_on_entry]  # after its retellings are merged into it
    _raids_left(kept, text)
    _fill_places_given_up(kept, ctx.last_told)
    _fill_label_places(kept, ctx)
    _fill_home_towns(kept, ctx)
    _fill_sending_towns(kept)
    _fill_returns_home(kept, ctx)
    _fill_contested_towns(kept, ctx)
    _hurt_carried_out(kept)
    _drop_origins_reached(kept)
    return [d for k, d in enumerate(kept) if not any(_retold_departure(d, e) for e in kept[:k])]


def _drop_origins_reached(out: list[MovementDraft]) -> None:
    """ "Some fled west to Ghat, or moved in with relatives": a move whose origin is the very
    place it reaches (an origin carried from another clause or sentence onto a move that names
    its goal) left nowhere the text tells; the goal stands and the origin is dropped."""
    for d in out:
        if d.origin is None or d.destination is None:
            continue
        left, reached = d.origin.place, d.destination.place
        if left is not None and reached is not None and left.id == reached.id:
            d.origin = None


def _hurt_carried_out(out: list[MovementDraft]) -> None:
    """ "The Red Crescent took 150 wounded people from X to Y": the hurt carried out of a place
    they were in are evacuated from it, a withdrawal (SCHEMA: evacuating is leaving); carried
    with no place left ("the wounded were driven to the hospital"), they travel."""
    for d in out:
        if (
            d.kind is MovementKind.TRAVEL
            and d.origin is not None
            and d.actor is not None
            and d.actor.key.startswith(HURT_PEOPLE_KEY)
        ):
            d.kind = MovementKind.WITHDRAW


RAID_VERB_FORMS = frozenset({"storm", "storms", "stormed", "storming"})
"""Forms of verbs that tell a capture by a sudden assault ("stormed X"), which the raiders may
leave as quickly (:func:`_raids_left`)."""
RAID_EXIT_FORMS = frozenset(
    {"withdrew", "withdrawn", "withdrawing", "withdraw", "withdraws", "left", "leaving", "pulled", "pulling"}
)
"""First words of a withdrawal the raiders make on their own ("withdrew", "pulled out", "left"),
as against being driven or pushed out."""
RAID_EXIT_KEEP = 4
"""How many later drafts are looked through for the raiders' leaving."""


def _raids_left(out: list[MovementDraft], text: str) -> None:
    """ "Gunmen stormed X at dawn and withdrew hours later", "stormed X ... They pulled out before
    noon": a storming whose raiders leave the place on their own in the same or the next sentence
    took nothing; it is a raid on X (an advance), told with the withdrawal that ends it."""
    for k, d in enumerate(out):
        if d.kind is not MovementKind.CAPTURE or d.modality is not Modality.REPORTED or d.actor is None:
            continue
        words = text[d.trigger.start : d.trigger.end].lower().split()
        if not words or words[0] not in RAID_VERB_FORMS:
            continue
        for e in out[k + 1 : k + 1 + RAID_EXIT_KEEP]:
            if e.sentence != d.sentence and text[d.sentence.end : e.sentence.start].strip():
                break  # neither the storming's sentence nor the next
            if e.kind is not MovementKind.WITHDRAW or e.modality is not Modality.REPORTED:
                continue
            if e.actor is None or not _same_side(e.actor, d.actor) or e.trigger.start < d.trigger.end:
                continue
            exit_words = text[e.trigger.start : e.trigger.end].lower().split()
            if not exit_words or exit_words[0] not in RAID_EXIT_FORMS:
                continue
            if e.origin is not None and not _same_place(e.origin, d.destination):
                continue
            d.kind = MovementKind.ADVANCE
            break


LABEL_MARKS = frozenset(" \t-*\u2022\u2013\u2014")
"""What may stand before a line's label: indentation and list bullets ("- Ain Zara: ...")."""
LABEL_FILLED = {
    MovementKind.ADVANCE: "destination",
    MovementKind.CAPTURE: "destination",
    MovementKind.DEPLOY: "destination",
    MovementKind.WITHDRAW: "origin",
}
"""The place a line's label fills in a move that names none: where forces went, or left."""


def _fill_label_places(out: list[MovementDraft], ctx: _Context) -> None:
    """A situation report's line headed by a place ("- Wadi Rabie: The area changed hands.
    It was seized by X"): a move on that line that names no place happened there."""
    for d in out:
        slot = LABEL_FILLED.get(d.kind)
        if slot is None or d.destination is not None or (slot == "origin" and d.origin is not None):
            continue
        label = _line_label(ctx, d.trigger.start)
        if label is not None and not (d.origin is not None and _same_place(d.origin, label)):
            setattr(d, slot, label)


def _line_label(ctx: _Context, pos: int) -> Hit | None:
    """The place that heads the line of ``pos`` as its label ("Ain Zara: ..."), if any."""
    text = ctx.text
    start = text.rfind("\n", 0, pos) + 1
    while start < pos and text[start] in LABEL_MARKS:
        start += 1
    k = bisect.bisect_left(ctx.starts, start)
    if k >= len(ctx.hits) or ctx.hits[k].start != start:
        return None
    hit = ctx.hits[k]
    if hit.place is None or hit.end >= pos or not text[hit.end : hit.end + 3].lstrip(" ").startswith(":"):
        return None
    return hit


def _entries_taken(drafts: list[MovementDraft], s: _Sentence) -> set[int]:
    """ "Forces swept into X on Friday, seizing the last stronghold": the participle tells what
    the entry did; one capture of X, not an advance on X as well (``id`` of each such advance)."""
    return {id(d) for d in drafts if any(_takes_entry(e, d, s) for e in drafts)}


def _takes_entry(capture: MovementDraft, entry: MovementDraft, s: _Sentence) -> bool:
    if entry.kind is not MovementKind.ADVANCE or capture.kind is not MovementKind.CAPTURE:
        return False
    if entry.actor is None or capture.actor is None or not _same_side(entry.actor, capture.actor):
        return False
    if entry.destination is None or not _same_place(entry.destination, capture.destination):
        return False
    verb, participle = s.sent.token_at(entry.trigger.start), s.sent.token_at(capture.trigger.start)
    return (
        verb is not None
        and participle is not None
        and participle.tag == "VBG"
        and participle.dep in ("advcl", "xcomp", "conj")
        and participle.head == verb.i
    )


PART_TAKERS = frozenset({MovementKind.ADVANCE, MovementKind.CAPTURE})
"""Moves that tell a force part ("the convoy", "the column") going forward."""


def _advancing_parts(out: list[MovementDraft], first: int, s: _Sentence, ctx: _Context) -> None:
    """ "X pushed toward A after Y withdrew from B. The convoy reached A": a bare "the convoy"
    or "the column" going forward is part of the side last told advancing or taking a place,
    not of the side named last because it was told pulling back. Only where the side the
    description was read as has its latest move within reach a withdrawal and another armed
    side advanced within reach before it."""
    for d in out[first:]:
        if d.kind not in PART_TAKERS or d.actor is None or not _bare_part_subject(s, d):
            continue
        floor = max(d.sentence.start - MOVER_REACH, ctx.entry_start(d.sentence.start))
        last_own = next(
            (e for e in reversed(out[:first]) if e.actor is not None and e.actor.key == d.actor.key), None
        )
        if last_own is None or last_own.kind is not MovementKind.WITHDRAW or last_own.trigger.start < floor:
            continue
        mover = _last_assault(ctx, floor, d.sentence.start)
        if mover is not None and mover.key != d.actor.key:
            d.actor = mover


def _bare_part_subject(s: _Sentence, d: MovementDraft) -> bool:
    """Whether the draft's verb (or the verb it is conjoined to) has for subject a force part
    with "the" and no owner ("The convoy left X", "the column of tanks"; not "a convoy of X's
    fighters", "the government convoy")."""
    verb = s.sent.token_at(d.trigger.start)
    while verb is not None:
        subject = s.child(verb, SUBJECTS)
        if subject is not None:
            if subject.lemma not in FORCE_PARTS or subject.tag != "NN" or s.actor_at[subject.i] is not None:
                return False
            kids = list(s.children(subject))
            det = next((c for c in kids if c.dep == "det"), None)
            return det is not None and det.lower == "the" and all(_unowning(s, c) for c in kids)
        verb = s.head(verb) if verb.dep == "conj" else None
    return False


def _unowning(s: _Sentence, kid: Token) -> bool:
    """A word beside a force part that names no owner: "the", "then", a comma, "of vehicles"."""
    if kid.dep in ("det", "advmod", "punct"):
        return True
    if kid.dep != "prep" or kid.lower != "of":
        return False
    obj = s.child(kid, PREP_OBJECTS)
    return obj is not None and obj.lemma in PART_CONTENTS and s.actor_at[obj.i] is None


GIVEN_UP_CHARS = 450
"""How far (characters) before a withdrawal with no place a capture by the other side may lie."""


def _fill_places_given_up(out: list[MovementDraft], last_told: Mapping[int, int]) -> None:
    """ "Government troops entered X. Haftar's fighters had already left.": a withdrawal that
    names no place, told just after the other side took a place, left that place. People who
    fled their homes held no place: only a capture in their own sentence tells where they left
    ("gunmen stormed the centre, and the migrants held there were evacuated")."""
    for k, d in enumerate(out):
        if d.kind is MovementKind.WITHDRAW and d.origin is None and d.actor is not None:
            d.origin = _given_up(out[max(0, k - 3) : k], d.actor, d.trigger, d.destination, last_told)


def _given_up(
    before: Sequence[MovementDraft], actor: Hit, trigger: Span, dest: Hit | None, last_told: Mapping[int, int]
) -> Hit | None:
    """The place the other side's capture just told (or just told again) took, if any; for
    people who fled their homes, only a capture told in their own sentence."""
    civilians = _civilians(actor)
    for e in reversed(before):
        if trigger.start - last_told.get(id(e), e.trigger.end) > GIVEN_UP_CHARS:
            return None
        if civilians and not e.sentence.start <= trigger.start < e.sentence.end:
            return None
        if e.kind is MovementKind.CAPTURE and e.destination is not None and e.actor is not None:
            if not _same_side(e.actor, actor) and not _same_place(e.destination, dest):
                return e.destination
            return None
    return None


TOLD_LATER_CHARS = 800


SORTIE_VERBS = frozenset({("push", "out")})
"""Rows (lemma, particle) of forcing whose expelling sense, with no object, tells a force setting out to attack
("fighters pushed out of X before dawn and tried to retake Y"): an advance from X, where
"drove out of X" with no object is leaving it, and "pushed back" may be a retreat."""


def _sallies(cls: VerbClass, obj: Token | None, passive: bool) -> bool:
    """Whether an expelling row of a ``SORTIE_VERBS`` verb, active and with no object, is a sortie."""
    return cls.object == "expel" and (cls.lemma, cls.particle) in SORTIE_VERBS and obj is None and not passive


def _leaves_what_it_reached(s: _Sentence, verb: Token) -> bool:
    """ "pushed into X and were driven out within a day", "entered X but pulled out by dusk": a
    withdrawal joined, with no subject of its own, to an earlier verb of its clause shares that
    verb's mover and leaves the place that verb's move reached; so does one told in a clause of
    time whose subject is a pronoun for that mover ("reached the gates of X before they were
    beaten back": ``BACK_REF_PRONOUNS``, ``LEAVING_CLAUSES``; the caller keeps it to the same
    side), but not a joined clause with a subject of its own ("entered X, and they withdrew
    later" may tell another time and place). Not when it has a "from" or
    "of" phrase of its own ("pulled out of Y", the place perhaps lost by the parser)."""
    if verb.dep not in CONJUNCTS | LEAVING_CLAUSES or verb.head > verb.i:
        return False
    subject = s.child(verb, ALL_SUBJECTS)
    if subject is not None and (subject.lower not in BACK_REF_PRONOUNS or verb.dep not in LEAVING_CLAUSES):
        return False  # "..., and they withdrew later": a clause of its own, perhaps another time and place
    if verb.dep in LEAVING_CLAUSES and subject is None:
        return False  # "reached X before being pushed back" may be someone else's; left as it was
    links = [verb, *s.children(verb, frozenset({"prt", "prep"}))]
    return not any(p.lower in LEFT_PLACE_WORDS for t in links for p in s.children(t, PREPOSITIONS))


LEFT_PLACE_WORDS = frozenset({"from", "of"})
BACK_REF_PRONOUNS = frozenset({"they", "it", "he", "she"})
"""Subject pronouns that stand for the mover of the verb a withdrawal is joined to."""
LEAVING_CLAUSES = frozenset({"advcl"})
"""Clauses of time hung on the earlier verb ("before they were beaten back", "until they withdrew")."""
"""Prepositions that name, under a withdrawal or its particle, the place it left."""


def _reached_in_sentence(
    s: _Sentence, out: Sequence[MovementDraft], actor: Hit, sentence: Span, trigger: Span
) -> Hit | None:
    """The place the same actor's latest earlier move in ``sentence`` reached, if any; none
    when that move only went towards it ("pushed towards X but were driven back")."""
    for d in reversed(out):
        if d.sentence != sentence or d.trigger.start >= trigger.start:
            if d.sentence.start < sentence.start:
                return None
            continue
        if d.actor is not None and d.destination is not None and _same_side(d.actor, actor):
            return None if _told_towards(s, d.destination) else d.destination
    return None


def _told_towards(s: _Sentence, place: Hit) -> bool:
    """Whether the preposition that governs ``place`` ("towards X", "on X") tells a move
    towards it, not onto it."""
    tok = s.sent.token_at(place.start)
    if tok is None:
        return False
    for a in (tok, *s.sent.ancestors(tok)):
        if a.dep in PREPOSITIONS:
            return a.lower in TOWARDS
        if a.pos in _CLAUSE_POS:
            return False
    return False


def _civilians(actor: Hit) -> bool:
    """An unnamed group of people named by a word for the displaced ("residents", "families")."""
    return actor.actor_kind is ActorKind.COLLECTIVE and _displaced(actor)


TOWNSPEOPLE = frozenset(
    {"resident", "family", "families", "civilian", "inhabitant", "household", "displaced"}
)
"""Words (less a plural "s") of a town's own people; workers, migrants and refugees may be
anywhere."""


def _townspeople(actor: Hit) -> bool:
    """ "residents", "displaced families": people named by a word for a town's own people."""
    return _named_with(actor, TOWNSPEOPLE)


def _named_with(actor: Hit, words: frozenset[str]) -> bool:
    """Whether a word of the actor's name, or that word less a plural "s", is one of ``words``."""
    for w in actor.name.split():
        low = w.lower()
        if low in words or low.removesuffix("s") in words:
            return True
    return False


def _town_reached(dest: Hit | None) -> bool:
    """Whether ``dest`` is a town (not a region or country one may cross into from anywhere)."""
    return dest is not None and dest.place is not None and dest.place.kind is LocationKind.CITY


def _fill_sending_towns(out: list[MovementDraft]) -> None:
    """ "Misrata sent its battalion to Sirte": what a town sends sets out from that town, when
    the move names no other start."""
    for d in out:
        if d.origin is None and d.actor is not None and d.actor.key.startswith(SENDING_TOWN_KEY):
            if d.kind is MovementKind.DEPLOY and not _same_place(d.actor, d.destination):
                d.origin = d.actor


def _fill_home_towns(out: list[MovementDraft], ctx: _Context) -> None:
    """ "Residents who had fled to X during the siege began drifting back": people of the town
    a story is about (named clearly more often than any other so far) who fled to another
    place and are not told where from fled from that town."""
    for d in out:
        if d.kind is not MovementKind.WITHDRAW or d.origin is not None or not _town_reached(d.destination):
            continue
        if d.actor is None or not _civilians(d.actor) or not _townspeople(d.actor):
            continue
        home = ctx.towns.dominant(d.trigger.start)
        if home is not None and not _same_place(home, d.destination):
            d.origin = home


def _fill_returns_home(out: list[MovementDraft], ctx: _Context) -> None:
    """ "Families who fled to X have started to come home": townspeople going home, with no
    place named, go back to the town the story is about (named clearly more often than any other
    so far); a story with no such town leaves the return with no place."""
    for d in out:
        if (
            d.kind is not MovementKind.TRAVEL
            or d.destination is not None
            or d.trigger.start not in ctx.home_bound
        ):
            continue
        if d.actor is None or not _civilians(d.actor) or not _townspeople(d.actor):
            continue
        home = ctx.towns.dominant(d.trigger.start)
        if home is None or (d.origin is not None and _same_place(home, d.origin)):
            continue
        if any(_fled_to(e, d, home) for e in out):
            continue  # "families who fled to X have started to come home": not to X
        d.destination = home


def _fled_to(e: MovementDraft, d: MovementDraft, place: Hit) -> bool:
    """Whether ``e`` is a flight, told in ``d``'s sentence, that ended in ``place``."""
    return (
        e.kind is MovementKind.WITHDRAW
        and e.sentence == d.sentence
        and e.destination is not None
        and _same_place(e.destination, place)
    )


def _fill_contested_towns(out: list[MovementDraft], ctx: _Context) -> None:
    """ "X's forces entered the town ... Most of the defenders pulled out toward Y": in a story
    about one town (named clearly more often than any other so far), a withdrawal that names the
    town it went to but not where from left the story's town, when an earlier move of the story
    (by either side) reached that town, or the withdrawing side's own move left it: the fighting,
    and the people moved by it, were there. Townspeople who fled are ``_fill_home_towns``'s; a story with no such move names no
    town anyone was in, and a withdrawal to the story's town itself keeps no origin."""
    for k, d in enumerate(out):
        if d.kind is not MovementKind.WITHDRAW or d.origin is not None or not _town_reached(d.destination):
            continue
        if d.actor is None or (_civilians(d.actor) and _townspeople(d.actor)):
            continue
        home = ctx.towns.dominant(d.trigger.start)
        if home is None or _same_place(home, d.destination):
            continue
        if any(_was_in(e, home, d.actor) for e in out[max(0, k - CONTESTED_LOOKBACK) : k]):
            d.origin = home


CONTESTED_LOOKBACK = 40
"""How many moves before a withdrawal are searched for one that puts the fighting in the story's
town (a bound, so a long article costs no more per withdrawal)."""


def _was_in(e: MovementDraft, town: Hit, actor: Hit) -> bool:
    """Whether move ``e`` puts fighting in ``town``: a capture of the town, or a move into it
    told with no place it set out from ("set off from X to the town" may never have got there),
    or ``actor``'s own side left it (another side leaving a town tells nothing of where
    ``actor`` was)."""
    if _same_place(e.destination, town) and (e.kind is MovementKind.CAPTURE or e.origin is None):
        return True
    return e.actor is not None and _same_side(e.actor, actor) and _same_place(e.origin, town)


def _drop_retold(out: list[MovementDraft]) -> list[MovementDraft]:
    """ "The LNA had taken the base on Sunday ... The LNA has captured the base": one actor's
    move of one kind to one named place, told again further on with no other date, is one
    event (kept where first told, or as retold when only the retelling says where from). A
    different date is another event ("advanced on X in April
    ... is advancing on X")."""
    kept: list[MovementDraft] = []
    for d in out:
        k = next((k for k, e in enumerate(kept) if _retells(d, e)), None)
        if k is None:
            kept.append(d)
        elif d.origin is not None and kept[k].origin is None:
            first = kept[k]  # the retelling tells where from: kept with the first telling's date
            kept[k] = (
                attrs.evolve(d, date=first.date) if first.date is not None and not _told_date(d.date) else d
            )
    return kept


def _told_date(date: EventDate | None) -> TypeGuard[EventDate]:
    """A date the text tells (not the publication day a move was given for want of one)."""
    return date is not None and date.span is not None


def _retells(d: MovementDraft, e: MovementDraft) -> bool:
    if _retold_departure(d, e):
        return True
    if d.destination is None or d.actor is None or e.actor is None or d.kind is not e.kind:
        return False
    if d.modality is not e.modality or not _same_place(d.destination, e.destination):
        return False
    if d.origin is not None and e.origin is not None and not _same_place(d.origin, e.origin):
        return False  # from elsewhere: another leg
    if _told_date(d.date) and _told_date(e.date) and (d.date.start, d.date.end) != (e.date.start, e.date.end):
        return False
    if _far_apart(d.date, e.date):
        return False  # "is advancing on X" (today) ... "launched an offensive on X in April"
    return _same_side(d.actor, e.actor)


def _retold_departure(d: MovementDraft, e: MovementDraft) -> bool:
    """ "GNA fighters pulled back from Sirte toward X ... its forces had withdrawn from Sirte": a
    withdrawal from the place one side was told to leave, told again with no destination and no
    date of its own, is the same withdrawal."""
    if (
        d.kind is not MovementKind.WITHDRAW
        or e.kind is not MovementKind.WITHDRAW
        or d.destination is not None
    ):
        return False
    if d.origin is None or e.origin is None or d.actor is None or e.actor is None:
        return False
    if d.modality is not e.modality or not _same_place(d.origin, e.origin):
        return False
    if _told_date(d.date) and (not _told_date(e.date) or d.date.span != e.date.span):
        return False  # a date of its own: perhaps another withdrawal
    return not _far_apart(d.date, e.date) and _same_side(d.actor, e.actor)


RETELLING_GAP = _dt.timedelta(days=31)
"""A told date this far from the other telling's (told or publication) date is another event."""


def _far_apart(a: EventDate | None, b: EventDate | None) -> bool:
    if a is None or b is None or not (_told_date(a) or _told_date(b)):
        return False
    return a.start - b.end > RETELLING_GAP or b.start - a.end > RETELLING_GAP


HEADING_ENDS = (".", "!", "?", '"', "\u201d")


def _entry_heading(span: Span, ctx: _Context) -> bool:
    """Whether a sentence is a live-blog entry's heading line ("18:15 GMT - Forces turn back"):
    the entry's first line, with no closing stop, before the entry's body."""
    start = ctx.entry_start(span.start)
    if not ctx.entries or start not in ctx.entries:
        return False
    line_end = ctx.text.find("\n", start)
    if line_end < 0 or span.end > line_end + 1 or not ctx.text[line_end:].strip():
        return False
    return not ctx.text[start:line_end].rstrip().endswith(HEADING_ENDS)


def _drop_entry_headings(out: list[MovementDraft], ctx: _Context) -> list[MovementDraft]:
    """An entry's heading restates its body: a movement the heading tells is dropped when the
    body of the same entry tells one of the same kind (the body's has the places and actor)."""
    if not ctx.entries:
        return out
    heads = {k for k, d in enumerate(out) if _entry_heading(d.sentence, ctx)}
    return [
        d
        for k, d in enumerate(out)
        if k not in heads
        or not any(
            j not in heads
            and e.kind is d.kind
            and ctx.entry_start(e.trigger.start) == ctx.entry_start(d.trigger.start)
            for j, e in enumerate(out[k + 1 : k + 9], k + 1)
        )
    ]


def _drop_told_later(out: list[MovementDraft]) -> list[MovementDraft]:
    """ "X has captured a key base. ... the capture of the Y base": an event first told with no
    place and named in a later sentence is one event, kept with its place."""
    return [
        d for k, d in enumerate(out) if not (d.destination is None and _placed_later(d, out[k + 1 : k + 7]))
    ]


def _placed_later(d: MovementDraft, later: Sequence[MovementDraft]) -> bool:
    if d.origin is not None or d.actor is None:
        return False
    return any(
        e.destination is not None
        and e.kind is d.kind
        and e.modality is d.modality
        and e.sentence != d.sentence
        and e.trigger.start - d.trigger.end < TOLD_LATER_CHARS
        and not _other_things(d.thing, _placed_thing(e))
        and e.actor is not None
        and _same_side(e.actor, d.actor)
        for e in later
    )


def _placed_thing(d: MovementDraft) -> str | None:
    """The thing a placed move took: its own noun, else "town" for a town named bare ("took Sirte")."""
    if d.thing is not None or d.destination is None or d.destination.place is None:
        return d.thing
    return "town" if d.destination.place.kind is LocationKind.CITY else None


def _join_flights(out: list[MovementDraft], first: int, text: str) -> None:
    """ "a refugee who arrived in X said he fled from Y": one flight from Y to X, told by a
    withdrawal with no end and an arrival with no start of the same actor in one sentence;
    "left Y and arrived in X", "left Y and headed for X": one move from Y to X, of the
    arrival's kind, save a group that only went on its way ("left the base and headed toward X":
    a withdrawal); "abandoned Y and retreated to X": one withdrawal from Y to X. A second place
    of the arrival ("headed toward X and Z") is a second leg from Y, of the same kind."""
    for w in [d for d in out[first:] if d.kind is MovementKind.WITHDRAW]:
        if w.destination is not None or w.actor is None:
            continue  # "pulled out and drove back toward X" joins too: one withdrawal to X
        departed = text[w.trigger.start : w.trigger.end].lower() in _departure_forms()
        arrivals = [
            d
            for d in out[first:]
            if (_ends_flight(d, w, departed) or _drives_on(d, w, text))
            and not _return_after_flight(d, w, departed, text)
        ]
        if not arrivals or _deployed_first(arrivals[0], w) or _reposted_forces(arrivals[0], text):
            continue
        arrival = arrivals[0]
        w.destination = arrival.destination
        if departed and not _went_on_its_way(arrival, text):
            w.kind = arrival.kind
        out.remove(arrival)
        for leg in arrivals[1:]:
            if leg.trigger == arrival.trigger:  # "headed toward X and Z": from Y to Z too
                leg.origin, leg.kind = w.origin, w.kind


def _drives_on(d: MovementDraft, w: MovementDraft, text: str) -> bool:
    """ "the troops pulled out of X overnight and drove west toward Y": an advance told by a verb
    of going on under one's own power (:data:`FLIGHT_ON_WORDS`) right after the same side's
    withdrawal in one sentence is where the retreat went, not an attack on Y (after "left X"
    any advance already ends the flight, :func:`_ends_flight`)."""
    if d.kind is not MovementKind.ADVANCE or d.trigger.start < w.trigger.end:
        return False
    words = text[d.trigger.start : d.trigger.end].split(maxsplit=1)
    return bool(words) and words[0].lower() in FLIGHT_ON_WORDS and _next_leg(d, w)


def _deployed_first(arrival: MovementDraft, w: MovementDraft) -> bool:
    """ "arrived at X after retreating from Y", "deployed in X, having pulled back from Y": a
    force's deployment told before its withdrawal is a move of its own (SCHEMA: deploy is forces
    moved somewhere), the withdrawal told after it only what came before; a person's or people's
    arrival ("a refugee who arrived in X said he fled from Y") still ends their flight."""
    return arrival.kind is MovementKind.DEPLOY and arrival.trigger.end <= w.trigger.start


REPOSTED_OBJECTS = frozenset({"them", "it"})
"""Pronouns a side's deploying verb takes for the forces it has just pulled out ("moved them")."""


def _reposted_forces(arrival: MovementDraft, text: str) -> bool:
    """ "had withdrawn its heavy units from X and moved them to positions south of Y": a
    deployment whose verb takes the withdrawn forces again as its object
    (:data:`REPOSTED_OBJECTS`) is the side posting them anew, a deployment of its own, not
    where the withdrawal went; "pulled out of X and moved to Y" (no object) still joins."""
    if arrival.kind is not MovementKind.DEPLOY:
        return False
    after = text[arrival.trigger.end : arrival.trigger.end + 6].split(maxsplit=1)
    return bool(after) and after[0].lower() in REPOSTED_OBJECTS


FLIGHT_REACH_CHARS = 400
"""How far (characters) a people's flight told in one sentence goes on into the next ones."""


FLIGHT_ON_WORDS = frozenset(
    {
        "drove",
        "driving",
        "drive",
        "drives",
        "headed",
        "heading",
        "head",
        "heads",
        "went",
        "going",
        "go",
        "goes",
    }
    | {"walked", "walking", "trekked", "crossed", "crossing", "streamed", "streaming", "made", "making"}
    | {"travelled", "traveled", "travelling", "traveling"}
)
"""Verbs of going on under one's own power: a return home ("flew them home", "returned") is a journey."""


def _flight_goes_on(out: list[MovementDraft], first: int, text: str) -> None:
    """ "Dozens of families fled the district. Most drove east toward X": people who fled and are
    next told going on somewhere are still fleeing (a withdrawal to X, not a journey)."""
    for d in out[first:]:
        words = text[d.trigger.start : d.trigger.end].split(maxsplit=1)
        if (
            not words
            or words[0].lower() not in FLIGHT_ON_WORDS
            or d.kind is not MovementKind.TRAVEL
            or d.actor is None
            or d.actor.actor_kind is not ActorKind.COLLECTIVE
        ):
            continue
        for w in reversed(out[max(0, first - 4) : first]):
            if (
                w.kind is MovementKind.WITHDRAW
                and w.actor is not None
                and w.actor.key == d.actor.key
                and w.modality is d.modality
                and d.trigger.start - w.trigger.end < FLIGHT_REACH_CHARS
            ):
                d.kind = MovementKind.WITHDRAW
                break


CONTINUING_WORDS = frozenset({"continued", "continuing", "continue", "continues", "pressed", "kept"})
"""Verbs that carry on the move just told ("some of them continued on to X", "pressed on to Y")."""
CONTINUED_KINDS = frozenset({MovementKind.ADVANCE, MovementKind.DEPLOY, MovementKind.TRAVEL})
"""Kinds the going-on verbs' rows give, which a retreat they carry on makes a withdrawal."""
CONTINUED_LOOKBACK = 6
"""Most earlier drafts searched for the retreat a going-on verb carries on."""


def _retreat_goes_on(out: list[MovementDraft], first: int, text: str) -> None:
    """ "convoys left X and headed toward Y, and some of them continued on to Z": a mover told
    carrying on ("continued", "pressed on") right after its own withdrawal is still withdrawing;
    the row's plain kind (an advance for a force) is the onward leg of a retreat, not an attack."""
    for k in range(first, len(out)):
        d = out[k]
        words = text[d.trigger.start : d.trigger.end].split(maxsplit=1)
        if not words or words[0].lower() not in CONTINUING_WORDS or d.kind not in CONTINUED_KINDS:
            continue
        if d.actor is None:
            continue
        for w in reversed(out[max(0, k - CONTINUED_LOOKBACK) : k]):
            if w.actor is None or w.actor.key != d.actor.key or w.modality is not d.modality:
                continue
            if w.kind is MovementKind.WITHDRAW and d.trigger.start - w.trigger.end < FLIGHT_REACH_CHARS:
                d.kind = MovementKind.WITHDRAW
            break  # only the mover's latest move is carried on


SET_OUT_KINDS = frozenset({MovementKind.ADVANCE, MovementKind.DEPLOY})
"""Kinds of a move that sets out from a place and is told reaching another in the next clause."""


def _join_set_outs(out: list[MovementDraft], first: int, text: str) -> None:
    """ "advanced from X on Monday and reached Y", "advanced from X and got as far as Y and Z":
    a move told setting out (a start, no end) and then, in the same sentence, the same actor's
    move of the same kind reaching a place (an end, no start) is one move from X to each place
    ("moved up from X and reached Y": the reaching's kind, :func:`_reaches_on`)."""
    for w in [d for d in out[first:] if d.kind in SET_OUT_KINDS]:
        if w.origin is None or w.destination is not None or w.actor is None:
            continue
        after = [d for d in out[first:] if d.actor is not None and d.actor.key == w.actor.key]
        after = after[after.index(w) + 1 :]
        legs = [d for d in after if _reaches_on(d, w, text) and d.trigger == after[0].trigger]
        if not legs:
            continue  # none, or a move between ("advanced from X, seized Y and pushed on to Z")
        for leg in legs:
            leg.origin, leg.date = w.origin, leg.date or w.date
        out.remove(w)


RELATIVE_SET_OUT_LEMMAS = DEPARTURES | frozenset({"set"})
"""Verbs of setting out ("left X", "departed X", "set out from X") that, in a relative clause on
a move's subject, tell where that move started."""
RELATIVE_SET_OUT_ENDS = frozenset({MovementKind.ADVANCE, MovementKind.CAPTURE, MovementKind.DEPLOY})
"""Kinds of the main move a relative setting out is the start of (a force's journey; a return or a
flight told after "who had fled X" is another move)."""


def _join_relative_set_outs(out: list[MovementDraft], first: int, s: _Sentence) -> None:
    """ "A column that had left X pushed north-west and entered Y", "fighters who had set out from
    X moved west and took Y": a setting out told in a relative clause on the subject of the
    sentence's moves is where those moves (the subject's verb and its conjuncts) started, not a
    withdrawal of its own; the moves take its place and date, and it is dropped."""
    for w in [d for d in out[first:] if d.origin is not None and d.destination is None]:
        tok = s.sent.token_at(w.trigger.start)
        actor = w.actor
        if actor is None or tok is None or tok.dep != "relcl" or tok.lemma not in RELATIVE_SET_OUT_LEMMAS:
            continue
        noun = s.head(tok)
        main = s.head(noun) if noun is not None and noun.dep in SUBJECTS else None
        if main is None or main is noun or main.i < tok.i:
            continue
        verbs = {main.i} | {c.i for c in s.children(main, frozenset({"conj"}))}
        ends = [
            d
            for d in out[first:]
            if d is not w
            and d.kind in RELATIVE_SET_OUT_ENDS
            and d.origin is None
            and d.actor is not None
            and _same_side(d.actor, actor)
            and _trigger_index(s, d) in verbs
        ]
        if not ends:
            continue
        for d in ends:
            d.origin, d.date = w.origin, d.date or w.date
        out.remove(w)


def _trigger_index(s: _Sentence, d: MovementDraft) -> int | None:
    """The index in ``s`` of the token that opens ``d``'s trigger (None off the parse)."""
    tok = s.sent.token_at(d.trigger.start)
    return tok.i if tok is not None else None


def _drop_set_out_retold(out: list[MovementDraft], first: int) -> None:
    """ "The column arrived at Y after driving in from X", "Driving in from X, the brigade reached
    Y": a move told only setting out from X (a start, no end), in the same sentence as the same
    actor's move of the same modality that already goes from X to a place, is that journey's
    start told again, not a move of its own; it is dropped. A setting out from another place
    ("reached Y after leaving Z" where the move to Y names no start, or starts elsewhere) stays."""
    for w in [d for d in out[first:] if d.origin is not None and d.destination is None]:
        if w.actor is None:
            continue
        if any(
            d is not w
            and d.destination is not None
            and d.actor is not None
            and d.actor.key == w.actor.key
            and d.modality is w.modality
            and _same_place(d.origin, w.origin)
            for d in out[first:]
        ):
            out.remove(w)


POSITION_TAKING = (("take", "up"), ("take", None))
"""Verbs (lemma, particle) by which a force that has arrived takes up its posts ("took up
positions", "took positions"), with an object of :data:`STATION_NOUNS`."""


def _drop_positions_taken(out: list[MovementDraft], first: int, s: _Sentence) -> None:
    """ "reached the town overnight and took up positions near X", "advanced on Y and took up
    positions in its streets": positions taken by a verb joined to the same actor's move in one
    sentence are where that move ended, not a move of their own; the taking is dropped, its
    place given to the move where that move named none."""
    drafts = out[first:]
    if len(drafts) < 2:
        return
    starts = [t.start for t in s.tokens]
    for d in drafts:
        tok = _token_starting(s, starts, d.trigger.start)
        if tok is None or tok.dep != "conj" or d.actor is None or not _takes_positions(s, tok):
            continue
        head = s.head(tok)
        move = next(
            (
                e
                for e in drafts
                if e is not d
                and e.actor is not None
                and e.actor.key == d.actor.key
                and e.modality is d.modality
                and _token_starting(s, starts, e.trigger.start) is head
            ),
            None,
        )
        if move is None:
            continue
        if (
            move.destination is None
            and d.destination is not None
            and not _same_place(d.destination, move.origin)
        ):
            move.destination = d.destination  # not the place the move came from ("the town" for X)
        out.remove(d)


def _token_starting(s: _Sentence, starts: Sequence[int], start: int) -> Token | None:
    k = bisect.bisect_left(starts, start)
    return s.tokens[k] if k < len(starts) and starts[k] == start else None


def _takes_positions(s: _Sentence, tok: Token) -> bool:
    """ "took up positions", "took positions": a verb of :data:`POSITION_TAKING` whose object is
    a noun of :data:`STATION_NOUNS`."""
    particle = s.child(tok, frozenset({"prt"}))
    if (tok.lemma, particle.lower if particle is not None else None) not in POSITION_TAKING:
        return False
    return any(o.lemma in STATION_NOUNS for o in s.children(tok, OBJECTS))


LANDING_WORDS = frozenset(
    {"landed", "lands", "landing", "arrived", "arrives", "arriving", "docked", "docks", "touched", "touches"}
)
"""Verbs (as the trigger's first word) that end a journey: "took off from X ... landed at Y"."""
LANDING_KINDS = frozenset({MovementKind.TRAVEL, MovementKind.DEPLOY})
LANDING_LOOKBACK = 3
"""Most earlier drafts searched for the take-off a landing ends."""


def _join_landings(out: list[MovementDraft], first: int, text: str) -> None:
    """ "A plane carrying X took off from Y at dawn and landed at Z", "... took off from Y. It
    landed at Z": a journey or deployment told setting out (a start, no end) and then, in the
    same or the next sentence, ended by a verb of landing or arriving (``LANDING_WORDS``: an
    end, no start) of the same actor, kind and modality, with no move of that actor between,
    is one move from Y to Z, kept on the setting out. Other verbs are left apart: "returned
    from Rome and visited Misrata" are two trips."""
    for d in [e for e in out[first:] if _lands(e, text)]:
        k = next(i for i, e in enumerate(out) if e is d)
        for w in reversed(out[max(0, k - LANDING_LOOKBACK) : k]):
            if w.actor is None or d.actor is None or w.actor.key != d.actor.key:
                continue
            paired = _set_off_arrival(w, d, text)
            if (
                (w.kind is d.kind or paired)
                and w.origin is not None
                and w.destination is None
                and _next_leg(d, w)
                and d.trigger.start - w.trigger.end < FLIGHT_REACH_CHARS
            ):
                w.destination, w.date = d.destination, w.date or d.date
                w.kind = d.kind  # "set off from X and arrived in Y": the arrival tells what the move was
                del out[k]
            break  # only the actor's latest move is ended


SET_OFF_ARRIVALS = frozenset({(MovementKind.ADVANCE, MovementKind.DEPLOY)})
"""A force's set-out kind and its arrival's kind that make one move of the arrival's kind: "the
brigade set off from X and arrived in Y" (the set-out row reads an advance, the arrival a force
moved somewhere: one deployment from X to Y)."""
SET_OFF_FORMS = frozenset(f for lemma in ("set", "depart") for f in inflections(lemma))
"""Forms of the verbs of setting out that tell only a start ("set off", "set out", "departed")."""


def _set_off_arrival(w: MovementDraft, d: MovementDraft, text: str) -> bool:
    """Whether ``w`` sets out (:data:`SET_OFF_FORMS`) and ``d``, of the kind
    :data:`SET_OFF_ARRIVALS` pairs with ``w``'s, arrives: one move."""
    words = text[w.trigger.start : w.trigger.end].split(maxsplit=1)
    return bool(words) and words[0].lower() in SET_OFF_FORMS and (w.kind, d.kind) in SET_OFF_ARRIVALS


SETTING_OFF_WORDS = frozenset(f for lemma in ("sail", "set", "return") for f in inflections(lemma))
"""Verbs (as the trigger's first word, with the departures ``DEPARTURES``) by which a mover sets
off again from where it last was: "reached X and sailed for Y", "who had fled to X returned to Y"."""
SETTING_OFF_PARTICLES = frozenset({"back"})
"""A later word of the trigger that tells a move back from the last stop ("went back", "pulled back")."""


def _set_off_from_last_stop(out: list[MovementDraft], first: int, text: str) -> None:
    """ "The ship reached X on Monday and sailed for Y", "arrived in X and then left for Y",
    "families who had fled to X returned to Y": a move of setting off or going back
    (:data:`SETTING_OFF_WORDS`, the departures, a trigger with "back") that names where it went
    but not where from, told in the same sentence after the same actor's move that ended at a
    place (with no move of that actor between), set off from that place."""
    for k in range(first, len(out)):
        d = out[k]
        if d.origin is not None or d.destination is None or d.actor is None or not _sets_off(d, text):
            continue
        for w in reversed(out[first:k]):
            if w.actor is None or w.actor.key != d.actor.key or w.trigger.end > d.trigger.start:
                continue
            if (
                w.destination is not None
                and w.modality is d.modality
                and not _same_place(w.destination, d.destination)
                and not _told_out_of_order(text[w.trigger.end : d.trigger.start])
            ):
                d.origin = w.destination
            break  # only the actor's latest move is where it set off from


OUT_OF_ORDER_WORDS = frozenset({"after", "before", "until", "when", "while", "once"})
"""Words that put the later-told move in a clause of time: "flew to X a day after he returned to
Y" tells the return first, so it did not set off from X."""


def _told_out_of_order(between: str) -> bool:
    """Whether the words between two moves put the second in a clause of time (:data:`OUT_OF_ORDER_WORDS`)."""
    return any(w.strip(",;") in OUT_OF_ORDER_WORDS for w in between.lower().split())


def _sets_off(d: MovementDraft, text: str) -> bool:
    """Whether ``d``'s trigger is a verb of setting off or going back (:func:`_set_off_from_last_stop`)."""
    words = text[d.trigger.start : d.trigger.end].lower().split()
    if not words:
        return False
    return (
        words[0] in SETTING_OFF_WORDS
        or words[0] in _departure_forms()
        or any(w in SETTING_OFF_PARTICLES for w in words[1:])
    )


def _lands(d: MovementDraft, text: str) -> bool:
    """Whether ``d`` is an arrival with no start of its own ("landed at Z", "arrived in Z")."""
    words = text[d.trigger.start : d.trigger.end].split(maxsplit=1)
    return (
        bool(words)
        and words[0].lower() in LANDING_WORDS
        and d.kind in LANDING_KINDS
        and d.origin is None
        and d.destination is not None
        and d.actor is not None
    )


def _reaches_from(d: MovementDraft, w: MovementDraft) -> bool:
    """Whether ``d``, told after ``w``, is where ``w``'s move went."""
    return d.kind is w.kind and d.trigger.start > w.trigger.end and _next_leg(d, w)


SET_OUT_REACHES = frozenset({(MovementKind.DEPLOY, MovementKind.ADVANCE)})
"""A set-out kind and the kind of a reaching told after it that make one move of the second, when
the set-out is a force's own move (:data:`OWN_SET_OUT_FORMS`): "columns moved up from X and reached
Y" is an advance from X to Y (the verb of moving alone reads as a deployment); troops "sent from X"
that reached Y stay a deployment (SCHEMA: forces sent are deployed by their sender)."""
SET_OUT_ENDINGS = frozenset(
    {(MovementKind.ADVANCE, MovementKind.CAPTURE), (MovementKind.ADVANCE, MovementKind.DEPLOY)}
)
"""A set-out kind and the kind of a move told after it, by any verb, that ends it where it went,
when the set-out only describes the mover: "fighters who came down from X entered Y", "units that
had pushed north from X seized Y" (a capture), "convoys coming up from X were seen passing through
Y" (a deployment) are one move from X, of the later move's kind. Two moves joined as clauses
("pushed out of X on Monday and took Y", :data:`CLAUSE_JOINING_WORDS`) stay two."""
CLAUSE_JOINING_WORDS = frozenset({"and", "then", "but", "before", "after"})
"""Words between two moves that tell them as clauses of their own, not a mover's description."""


def _clauses_joined(between: str) -> bool:
    """Whether the text between two moves joins them as clauses (:data:`CLAUSE_JOINING_WORDS`, a semicolon)."""
    return ";" in between or any(w.strip(",") in CLAUSE_JOINING_WORDS for w in between.lower().split())


OWN_SET_OUT_FORMS = frozenset(f for lemma in ("move", "drive") for f in inflections(lemma))
"""Forms of the verbs by which a force sets out by itself ("moved up from X", "drove out of Y")."""


def _reaches_on(d: MovementDraft, w: MovementDraft, text: str) -> bool:
    """Whether ``d`` is where ``w``'s move went: of ``w``'s kind, a kind that ends any advance
    (:data:`SET_OUT_ENDINGS`), or, for a force's own set-out, the reaching kind
    :data:`SET_OUT_REACHES` pairs with it."""
    if _reaches_from(d, w):
        return True
    if (
        (w.kind, d.kind) in SET_OUT_ENDINGS
        and d.trigger.start > w.trigger.end
        and _next_leg(d, w)
        and not _clauses_joined(text[w.trigger.end : d.trigger.start])
    ):
        return True
    own = text[w.trigger.start : w.trigger.end].split(" ", 1)[0].lower() in OWN_SET_OUT_FORMS
    return own and (w.kind, d.kind) in SET_OUT_REACHES and d.trigger.start > w.trigger.end and _next_leg(d, w)


def _next_leg(d: MovementDraft, w: MovementDraft) -> bool:
    """Whether ``d`` can be the leg that goes on from ``w``: the same actor and modality, a
    destination and no origin of its own, and not back to where ``w`` set out."""
    return (
        d is not w
        and d.origin is None
        and d.destination is not None
        and d.actor is not None
        and w.actor is not None
        and d.actor.key == w.actor.key
        and d.modality is w.modality
        and not _same_place(d.destination, w.origin)
    )


NEUTRAL_COURSES = frozenset({"head", "heads", "headed", "heading", "go", "goes", "went", "gone", "going"})
"""Verbs of going that tell no attack: a group that left a place and then "headed toward X" went
away from it (an advance only by the table's group kind); "left its base and moved towards Y"
moves up to a front (an advance)."""


def _went_on_its_way(arrival: MovementDraft, text: str) -> bool:
    """Whether ``arrival`` is a group's advance told by a neutral verb of going ("headed")."""
    if arrival.kind is not MovementKind.ADVANCE:
        return False
    words = text[arrival.trigger.start : arrival.trigger.end].split(maxsplit=1)
    return bool(words) and words[0].lower() in NEUTRAL_COURSES


@functools.lru_cache(maxsize=1)
def _departure_forms() -> frozenset[str]:
    return frozenset({"left", *(f for lemma in DEPARTURES for f in inflections(lemma))})


FLIGHT_ENDS = frozenset({MovementKind.TRAVEL, MovementKind.DEPLOY, MovementKind.WITHDRAW})
"""Kinds of move that end a flight begun by a withdrawal ("abandoned X and retreated to Y")."""


FLIGHT_RETURN_KINDS = frozenset({MovementKind.TRAVEL})
"""Kinds of a return told after a flight (SCHEMA: returning somewhere is travel)."""


def _return_after_flight(d: MovementDraft, w: MovementDraft, departed: bool, text: str) -> bool:
    """ "families who had fled the fighting went back to X", "people who escaped the siege
    returned to Y": a return (:data:`BACK_WORDS`, "return") told after the same people's flight
    goes home again, a move of its own, not where the flight ended; after a plain leaving ("left
    Cairo and returned to Tripoli") the return is still that journey's end, and so is a force's
    return after its pullout ("units that pulled out of X returned to their base in Y")."""
    if departed or d.kind not in FLIGHT_RETURN_KINDS or d.trigger.start < w.trigger.end:
        return False
    if d.actor is None or d.actor.actor_kind in _GROUPS:
        return False
    words = text[d.trigger.start : d.trigger.end].lower().split()
    return any(word.startswith("return") or word in BACK_WORDS for word in words)


def _ends_flight(d: MovementDraft, w: MovementDraft, departed: bool = False) -> bool:
    """Whether ``d`` ends the flight ``w`` began (after "left X", also an advance: "left X and
    pushed on towards Y")."""
    return (d.kind in FLIGHT_ENDS or (departed and d.kind is MovementKind.ADVANCE)) and _next_leg(d, w)


def _is_headline(sent: ParsedSentence, text: str) -> bool:
    """A sentence of the article's headline lines (:func:`~libya_events.text.find_preamble`)."""
    return bool(text) and sent.start < find_preamble(text).body


FRAME_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})
"""The parts of speech a frame's word may have: every branch of :func:`_frame` asks for one."""
_POST_POS = frozenset({"VERB", "NOUN"})
"""The parts of speech :func:`_from_a_post` asks for."""
_MISREAD_LINKS = frozenset({"conj", "compound"})
"""The links :func:`_misread_name` asks for (tested first: most names have neither)."""


def _frame(s: _Sentence, tok: Token, table: _Table, ctx: _Context) -> _Frame | None:
    if tok.pos not in FRAME_POS:
        return None  # most tokens (determiners, prepositions, punctuation)
    if tok.children and tok.pos in _POST_POS and _from_a_post(s, tok):
        return None  # "the departure of the family from power": out of an office, not a place
    if tok.pos == "VERB":
        if tok.lemma in ERRAND_VERBS and _errand(s, tok):
            return None  # "went to school", "went to war": an activity, no place reached
        if tok.lemma in RESULT_VERBS and _left_in_a_state(s, tok):
            return None  # "its loss leaves his followers holding X": a result, no departure
        if tok.lemma in OFFICE_TAKING_VERBS and _takes_up_office(s, tok):
            return None  # "the new envoy took up his post this month": an office, no place
        rows = table.get(("verb", tok.lemma), ()) or table.get(("verb", tok.lower), ())
        if not rows and tok.lower in _regular_forms():  # "reoccupied" read as "reoccupie"
            rows = table.get(("verb", _regular_forms()[tok.lower]), ())
        cls = (_match(s, tok, rows) if rows else None) or _state_change(s, tok)
        return _verb_frame(s, tok, cls, ctx) if cls is not None else None
    if tok.pos == "NOUN" and tok.lower in IRREGULAR_PAST and _misread_noun(s, tok) is not None:
        cls = _match(s, tok, table.get(("verb", IRREGULAR_PAST[tok.lower]), ()))  # "forces of X retook Y"
        return _verb_frame(s, tok, cls, ctx) if cls is not None else None
    if (tok.pos == "NOUN" and tok.dep != "compound") or (tok.pos == "ADJ" and _adjective_noun(s, tok)):
        if tok.lemma in CIVIL_NOUN_LEMMAS and _civil_operation(s, tok):
            return None
        rows = table.get(("noun", tok.lemma), ())
        cls = _match(s, tok, rows) if rows else None  # most nouns: no row, so spare the call
        return _noun_frame(s, tok, cls, ctx) if cls is not None else None
    if tok.pos == "PROPN" and tok.dep in OBJECTS and _named_operation(s, tok):
        cls = _match(s, tok, table.get(("noun", "operation"), ()))  # "launched Operation Dignity"
        return _noun_frame(s, tok, cls, ctx) if cls is not None else None
    if tok.pos == "ADJ" and tok.lower in _past_forms() and _misread_verb(s, tok):
        cls = _match(s, tok, table.get(("verb", _past_forms()[tok.lower]), ()))  # "X secured A, B and C"
        return _verb_frame(s, tok, cls, ctx) if cls is not None else None
    if tok.pos == "PROPN" and tok.dep in _MISREAD_LINKS and _misread_name(s, tok) is not None:
        lemma = IRREGULAR_PAST.get(tok.lower) or _past_forms()[tok.lower]
        cls = _match(s, tok, table.get(("verb", lemma), ()))  # "X descended on the plain and overran Y"
        return _verb_frame(s, tok, cls, ctx) if cls is not None else None
    if tok.dep == "compound" and tok.pos in _NOUN_POS and _misread_present(s, tok) is not None:
        cls = _match(s, tok, table.get(("verb", tok.lower), ()))  # "X brigades storm Y"
        return _verb_frame(s, tok, cls, ctx) if cls is not None else None
    return None


ERRAND_VERBS = frozenset({"go", "come"})
ERRAND_NOUNS = frozenset(
    {"school", "college", "university", "war", "court", "work", "church", "bed", "sea", "trial", "press"}
)
"""Bare nouns after "went to" that name an activity, not a place ("went to school in Sabha",
"the country went to war", "the case went to court"); with a determiner ("went to the school")
they are places again."""


def _errand(s: _Sentence, tok: Token) -> bool:
    """ "X went to school here": the verb's "to" phrase is a bare activity noun."""
    for p in s.children(tok, PREPOSITIONS):
        if p.lower != "to":
            continue
        for obj in s.children(p, PREP_OBJECTS):
            if obj.lemma in ERRAND_NOUNS and obj.tag == "NN" and not any(s.children(obj)):
                return True
    return False


RESULT_VERBS = frozenset({"leave"})
"""Verbs that, with an object and a participle or adjective told of it, say what state a thing
left someone in ("leaves them holding two towns", "left the fighters stranded"): no departure."""
STATE_TAGS = frozenset({"VBG", "VBN", "JJ"})


def _left_in_a_state(s: _Sentence, tok: Token) -> bool:
    """The object of "leave" is people or a thing (not a place) with a participle clause on
    it ("leaves his followers holding X"), or the verb has an object and a predicate of state
    ("left them stranded"), or "leave" is a passive with no agent ("no more than 200 fighters
    are left in the city", "a few families were left in X"): those who remain, no departure."""
    if s.child(tok, AGENTS) is None and any(c.dep == "auxpass" for c in s.children(tok)):
        return True
    obj = s.child(tok, OBJECTS)
    if obj is None or s.place_at[obj.i] is not None:
        return False
    if any(c.tag in ("VBG", "VBN") for c in s.children(obj, frozenset({"acl"}))):
        return True
    return any(
        c.tag in STATE_TAGS and c.i > obj.i and s.child(c, ALL_SUBJECTS) is None
        for c in s.children(tok, frozenset({"xcomp", "oprd"}))
    )


IRREGULAR_PAST = {
    "overran": "overrun", "took": "take", "retook": "retake", "drove": "drive", "swept": "sweep",
    "fled": "flee", "sent": "send", "flew": "fly", "went": "go", "rode": "ride", "swung": "swing",
}  # fmt: skip
"""Irregular past forms of the table's verbs, for a past verb the parser tagged as a name."""


def _misread_name(s: _Sentence, tok: Token) -> tuple[Token, Token] | None:
    """ "Units descended onto the plain and overran Bir X": a lower-case past form of a table
    verb tagged as a proper noun (the parse hangs its object on the verb before it) is a verb
    joined to that verb: its subject is that verb's subject, its object the object after it."""
    if tok.pos != "PROPN" or not tok.text.islower() or tok.dep not in ("conj", "compound"):
        return None
    if tok.lower not in IRREGULAR_PAST and tok.lower not in _past_forms():
        return None
    obj: Token | None = None
    if tok.dep == "compound":  # "... and overran Bir X": the name read as the verb's conjunct
        name = s.head(tok)
        verb = s.head(name) if name.dep == "conj" and s.place_at[name.i] is not None else None
        obj = name
    else:
        verb = next((a for a in s.sent.ancestors(tok) if a.pos == "VERB"), None)
        obj = next((c for c in s.children(verb, OBJECTS) if c.i > tok.i), None) if verb is not None else None
    if verb is None or verb.pos != "VERB" or verb.i > tok.i:
        return None
    subject = s.child(verb, SUBJECTS)
    return (subject, obj) if subject is not None and obj is not None else None


MISREAD_NOUN_LINKS = frozenset({"ROOT", "conj", "ccomp", "relcl", "advcl"})
"""Links of a clause's verb that a past form read as a common noun may still have."""


def _misread_noun(s: _Sentence, tok: Token) -> tuple[Token, Token] | None:
    """ "In late June, forces of the GNA retook Gharyan": the tagger may read a rare irregular
    past form (of :data:`IRREGULAR_PAST`) as a common noun while the parser still gives it a
    subject before it; a noun never has one, so it is the clause's past verb. Its object is its
    direct object after it, or the place name it is made a modifier of ("retook Gharyan" read
    as one name). The (subject, object) pair, or None."""
    if tok.pos != "NOUN" or tok.lower not in IRREGULAR_PAST:
        return None
    subject = s.child(tok, frozenset({"nsubj"}))
    if subject is None or subject.i > tok.i:
        return None
    if tok.dep in MISREAD_NOUN_LINKS:
        obj = s.child(tok, frozenset({"dobj"}))
    elif tok.dep == "compound" and s.place_at[s.head(tok).i] is not None:
        obj = s.head(tok)
    else:
        return None
    return (subject, obj) if obj is not None and obj.i > tok.i else None


PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
_SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})


@functools.lru_cache(maxsize=1)
def _present_forms() -> frozenset[str]:
    """Plural present forms of the table's verbs that take the place reached as their object
    ("storm", "overrun", "seize"), for a headline's or a timeline's verb read as a noun."""
    return frozenset(
        lemma
        for (form_kind, lemma), rows in load_verb_classes().items()
        if form_kind == "verb" and any(r.particle is None and r.object == "dest" for r in rows)
    )


def _misread_present(s: _Sentence, tok: Token) -> tuple[Token, Token] | None:
    """ "18 May: the X Brigades storm Y air base": in a sentence with no verb, a plural present
    form of a table verb the parser read as a noun inside one long name, right after an
    actor's plural noun and before a place, is the clause's verb, with subject and object."""
    if tok.dep != "compound" or tok.tag not in _SINGULAR_NOUN_TAGS or tok.lower not in _present_forms():
        return None
    if tok.i == 0 or not tok.text.islower():
        return None
    place, before = s.head(tok), s.tokens[tok.i - 1]
    if place.i <= tok.i or not _plural_side(s, before, place) or s.actor_at[before.i] is None:
        return None
    if s.place_at[tok.i + 1] is None or s.place_at[before.i] is s.actor_at[before.i] or _has_verb_root(s):
        return None
    return before, place


def _plural_side(s: _Sentence, before: Token, place: Token) -> bool:
    """The noun before a misread present verb is plural, or the name the parser hung with
    the verb and place under the "of" of a plural noun ("the fighters of the X Council")."""
    if before.tag in PLURAL_NOUN_TAGS:
        return True
    of = s.head(place)
    return place.dep == "pobj" and of.lower == "of" and s.head(of).tag in PLURAL_NOUN_TAGS


POST_NOUNS = frozenset({"power", "office", "post", "presidency", "premiership", "throne", "politics"})
"""What a leader leaves that is no place: "his departure from power", "stepped down from office"."""


OFFICE_TAKING_VERBS = frozenset({"take", "assume", "resume"})
OFFICE_NOUNS = frozenset({"post", "office", "duty", "function", "role", "seat"})
"""What a person takes up that is no place when it is theirs: "took up his post", "assumed her
duties", "resumed their functions" (a possessive makes the noun an office, where "took the
post" or "took up positions" may still be a checkpoint or a line held by a force)."""


def _takes_up_office(s: _Sentence, tok: Token) -> bool:
    """The verb's direct object is an office owned by a possessive ("took up his post")."""
    for obj in s.children(tok, OBJECTS):
        if obj.lemma in OFFICE_NOUNS and any(c.dep == "poss" for c in s.children(obj)):
            return True
    return False


def _from_a_post(s: _Sentence, tok: Token) -> bool:
    """The word has a "from" phrase whose object is an office ("from power")."""
    if tok.pos not in ("VERB", "NOUN"):
        return False
    tokens = s.tokens
    for c in tok.children:  # a loop, not generators: asked for most tokens, few have a "from"
        p = tokens[c]
        if p.lower == "from" and p.dep in PREPOSITIONS:
            if any(o.lemma in POST_NOUNS for o in s.children(p, PREP_OBJECTS)):
                return True
    return False


NOMINAL_SLOTS = frozenset({"dobj", "obj", "pobj", "nsubj", "nsubjpass"})
OPERATION_WORDS = frozenset({"operation"})
CIVIL_NOUN_LEMMAS = OPERATION_WORDS | frozenset({"campaign"})
"""Nouns of a campaign that, launched, move forces with no place named, unless a modifier says otherwise."""
# what makes an operation or a campaign no movement of forces: "a rescue operation", "an aid campaign"
CIVIL_MODIFIERS = frozenset(
    {
        "rescue", "relief", "evacuation", "search", "humanitarian", "aid", "recovery", "demining",
        "clean", "cleanup", "clean-up", "vaccination", "registration", "election", "electoral",
        "media", "awareness", "advertising", "smear", "fundraising", "lobbying", "political",
        "diplomatic", "repatriation", "return", "medical", "health", "police", "arrest", "smuggling",
        "disinformation", "propaganda", "recruitment", "vote", "voter",
    }
)  # fmt: skip


def _civil_operation(s: _Sentence, tok: Token) -> bool:
    """ "a rescue operation", "an election campaign": a modifier says it moves no forces."""
    return any(c.lower in CIVIL_MODIFIERS for c in s.children(tok, frozenset({"compound", "amod"})))


def _named_operation(s: _Sentence, tok: Token) -> bool:
    """ "launched Operation Dignity": a named military operation, the object of a launching verb."""
    if s.head(tok).lemma not in LAUNCH_VERBS:
        return False
    return any(
        c.lower in OPERATION_WORDS and c.text[:1].isupper() for c in s.children(tok, frozenset({"compound"}))
    )


LAUNCH_VERBS = frozenset({"launch", "start", "begin", "mount", "open", "unleash"})


def _adjective_noun(s: _Sentence, tok: Token) -> bool:
    """ "launched a lightning offensive": the parser may tag a noun of movement that it reads as
    an adjective ("offensive") ADJ, yet put it in a noun's slot with a determiner of its own."""
    return (
        tok.pos == "ADJ" and tok.dep in NOMINAL_SLOTS and s.child(tok, frozenset({"det", "poss"})) is not None
    )


def _misread_verb(s: _Sentence, tok: Token) -> bool:
    """A past form read as an adjective: "X secured A, B and C" (a modifier of its object), or a
    clause's head with a subject of its own ("forces loyal to him advanced from X")."""
    if _misread_modifier(s, tok) is not None:
        return True
    return (
        tok.dep == "ROOT" and s.child(tok, SUBJECTS) is not None and s.child(tok, frozenset({"cop"})) is None
    )


@functools.lru_cache(maxsize=1)
def _regular_forms() -> Mapping[str, str]:
    """Every regular inflection of the table's verbs, to its lemma: the fallback when the
    lemmatiser misreads a form it does not know ("reoccupied" -> "reoccupie")."""
    return {
        form: lemma
        for form_kind, lemma in load_verb_classes()
        if form_kind == "verb"
        for form in inflections(lemma)
    }


@functools.lru_cache(maxsize=1)
def _past_forms() -> Mapping[str, str]:
    """Regular past forms of the table's verbs ("secured" -> "secure"), for a verb tagged as an adjective."""
    return {
        form: lemma
        for form_kind, lemma in load_verb_classes()
        if form_kind == "verb"
        for form in inflections(lemma)
        if form.endswith("ed")
    }


STATION_NOUNS = frozenset({"position", "line", "front"})
"""Objects of a holding verb that say where a force stands, not what it took ("now hold
positions around X")."""


def _state_change(s: _Sentence, tok: Token) -> VerbClass | None:
    """ "the army now controls X", "now holds X": a state just reached tells a capture; "now
    hold positions in X" only tells where the force stands."""
    if tok.lemma not in HOLDING_VERBS or not any(
        c.lower == "now" for c in s.children(tok, frozenset({"advmod"}))
    ):
        return None
    if any(o.lemma in STATION_NOUNS for o in s.children(tok, OBJECTS)):
        return None
    return NOW_HOLDS if not _is_passive(s, tok) else None  # "X, now held by Y": a state told in passing


PARTICLE_REACH = 4
"""Most words after a verb its particle or preposition may stand ("pulled its forces back")."""
CARRIED_MEANS = frozenset({"bus", "coach", "car", "lorry", "van"}) | {
    "sea",
    "air",
    "road",
    "boat",
    "ship",
    "truck",
}
"""Nouns of the means people are carried by ("taken by bus", "moved by road"), beside ``MEANS_NOUNS``."""


def _means_words(s: _Sentence, tok: Token) -> int:
    """How many words a "by" phrase of means right after the verb takes ("taken by bus on
    Monday to X"): they push the verb's particle further off without loosening the reach for
    anything else."""
    for by in s.children(tok, frozenset({"agent", "prep"})):
        if by.lower != "by" or by.i > tok.i + 2:
            continue
        means = s.child(by, PREP_OBJECTS)
        if means is not None and means.lemma in CARRIED_MEANS and not any(s.children(means)):
            return means.i - by.i + 1
    return 0


OBJECT_PARTICLE_DEPS = frozenset({"prt", "prep", "advmod"})
"""Particles that may close a verb's object phrase ("drove the X out", "pulled the Y back")."""


def _right_after_object(s: _Sentence, tok: Token, particle: Token) -> bool:
    """ "drove the Petroleum Facilities Guard out of X", "pulled the Khamis Brigade's last units
    back from Y": a particle standing right after the head of the verb's own direct object
    closes that object phrase and belongs to the verb however many words the object's name
    or possessor takes, since nothing but the object stands between them (the nearness window
    :data:`PARTICLE_REACH` is for a particle with other words in between)."""
    if particle.dep not in OBJECT_PARTICLE_DEPS or particle.i <= tok.i:
        return False
    end = _before_counted_aside(s, particle)
    return any(
        tok.i < obj.i and (obj.i == end or _owner_phrase_end(s, obj, end)) for obj in s.children(tok, OBJECTS)
    )


ASIDE_WORDS = 6
"""How many words an aside that counts a verb's object may take between the commas that set it
off before the verb's particle ("drove the residents, some 3,000 people, out")."""
OWNER_PHRASE_DEPTH = 4
"""How far (heads) the last word of an object's "of" phrase may hang below the object."""


def _before_counted_aside(s: _Sentence, particle: Token) -> int:
    """The index of the word a particle closes: the one right before it, or, where a short aside
    that counts the object stands between commas right before the particle ("the population of
    X, some 40,000 people, out of"), the word right before that aside."""
    last = particle.i - 1
    if last < 1 or s.tokens[last].text != ",":
        return last
    for k in range(last - 1, max(0, last - 1 - ASIDE_WORDS), -1):
        if s.tokens[k].text == ",":
            return k - 1 if any(w.pos == "NUM" for w in s.tokens[k + 1 : last]) else last
    return last


APPOSITION_LINKS = frozenset({"appos"})


def _counted_aside_preps(s: _Sentence, obj: Token) -> list[Token]:
    """ "drove the fighters, about 200 men, out of X": the parse may hang the verb's particle
    phrase on an aside that counts the object (an apposition with a number, set off by commas);
    a preposition right after the aside's closing comma is the verb's."""
    return [
        p
        for aside in s.children(obj, APPOSITION_LINKS)
        if aside.i - obj.i <= ASIDE_WORDS and any(c.pos == "NUM" for c in s.children(aside))
        for p in s.children(aside, PREPOSITIONS)
        if p.i > aside.i and s.tokens[p.i - 1].text == ","
    ]


def _owner_phrase_end(s: _Sentence, obj: Token, end: int) -> bool:
    """ "drove the residents of X out", "the fighters of the Y brigade out": the word before the
    particle ends the object's own "of" phrase (it hangs below the object through "of")."""
    if end <= obj.i:
        return False
    word = s.tokens[end]
    for _ in range(OWNER_PHRASE_DEPTH):
        up = s.head(word)
        if up.i == obj.i:
            return word.lower in PARTITIVE_OBJECT_PREPS
        if up.i == word.i:
            return False
        word = up
    return False


PARTITIVE_OBJECT_HEADS = frozenset({"part", "half", "all"})
"""Heads of a partitive object beside :data:`PARTITIVE_PRONOUNS` and :data:`PARTITIVE_NOUNS`
("pulled part of its forces back", "moved half of the units out")."""
PARTITIVE_OBJECT_PREPS = frozenset({"of"})
BAND_HEADS = BAND_NOUNS | frozenset({"group", "contingent", "detachment", "platoon", "company"})
"""Heads of a band of men a verb moves ("took a group of young men to the front", "sent a platoon
of soldiers to X"): the men after "of" are what moves, and their words push the verb's particle
further off as a partitive's whole does."""


def _partitive_object_words(s: _Sentence, tok: Token) -> int:
    """How many words the "of" phrase of a partitive object takes ("moved some of its own units
    away from X", "pulled most of its fighters out of Y", "the bulk of its men back"): the part
    stands for the whole named after it, and the words naming that whole push the verb's
    particle further off without loosening the reach for anything else."""
    for obj in s.children(tok, OBJECTS):
        if (
            obj.lower not in PARTITIVE_PRONOUNS
            and obj.lemma not in PARTITIVE_NOUNS | PARTITIVE_OBJECT_HEADS | BAND_HEADS
        ):
            continue
        for of in s.children(obj, PREPOSITIONS):
            whole = s.child(of, PREP_OBJECTS) if of.lower in PARTITIVE_OBJECT_PREPS else None
            if whole is not None and of.i == obj.i + 1 and whole.i > of.i:
                return whole.i - obj.i
    return 0


FORCE_PART_NOUNS = frozenset(
    {"unit", "element", "detachment", "battalion", "company", "contingent", "squad", "member"}
)
"""Heads of an object that is part of a force named in its "of" phrase ("ordered units of the X
force into Y", "sent elements of the 166th Brigade to Z"): the parser may hang the verb's
particle on the whole's noun instead of the verb."""


WHOLE_GOAL_PREPS = frozenset({"into", "to", "toward", "towards", "from", "out"})
"""Prepositions of a move's ends that the parser may hang on the whole after a force part."""


SORT_NOUNS = frozenset({"type", "kind", "sort", "model", "make", "variant", "class"})
"""Nouns of an object's "of" phrase that only tell what sort it is ("moved vehicles of the same
type to X", "sent drones of a newer model to Y"): like a force part's whole, the parser may hang
the verb's preposition on them."""


def _part_whole(s: _Sentence, obj: Token) -> Token | None:
    """The whole a force part belongs to ("units of the X force": "force"), or the sort an
    object is said to be of ("vehicles of the same type": "type"), when a preposition of a
    move's ends (:data:`WHOLE_GOAL_PREPS`) hangs on it."""
    for of in s.children(obj, PREPOSITIONS):
        whole = (
            s.child(of, PREP_OBJECTS) if of.lower in PARTITIVE_OBJECT_PREPS and of.i == obj.i + 1 else None
        )
        if whole is None or (obj.lemma not in FORCE_PART_NOUNS and whole.lemma not in SORT_NOUNS):
            continue
        if any(c.lower in WHOLE_GOAL_PREPS for c in s.children(whole, PREPOSITIONS)):
            return whole
    return None


def _whole_of_part_words(s: _Sentence, obj: Token) -> set[str]:
    """The prepositions hung on the whole after a force part ("units of the X force into Y"):
    "into" there is the verb's, the part's "of" phrase naming only whose units moved."""
    whole = _part_whole(s, obj)
    if whole is None:
        return set()
    return {c.lower for c in s.children(whole, PREPOSITIONS) if c.lower in WHOLE_GOAL_PREPS}


def _match(s: _Sentence, tok: Token, classes: Sequence[VerbClass]) -> VerbClass | None:
    """The table row for ``tok``: one whose particle depends on it, else the plain row."""
    if not classes:
        return None  # most tokens: no row to choose from, so no particles to gather
    reach = PARTICLE_REACH + _means_words(s, tok) + _partitive_object_words(s, tok)
    words = {
        c.lower
        for c in s.children(tok, PARTICLES)
        if (tok.i < c.i <= tok.i + reach or _right_after_object(s, tok, c))
        and not _dates(s, c)
        and not _locative_in(s, tok, c)
    }
    words.update(_paired_goal_words(s, tok, words))  # "taken by bus from eleven schools in X to Y"
    for obj in s.children(tok, OBJECTS):  # "drove the fighters from X"
        words.update(c.lower for c in s.children(obj, PREPOSITIONS))
        words.update(_whole_of_part_words(s, obj))  # "ordered units of the X force into Y"
        words.update(p.lower for p in _counted_aside_preps(s, obj))  # "the men, some 200, out of Y"
        if obj.lower in COMPASS_WORDS:  # "heading back west": "back" hung on the heading
            words.update(c.lower for c in s.children(obj) if c.lower == "back")
    for way in s.children(tok, COMPASS_LINKS):  # "pulled back south": "back" hung on the adverb
        if way.lower in COMPASS_WORDS:
            words.update(c.lower for c in s.children(way) if c.lower == "back" and tok.i < c.i)
    for cls in _nearest_particle_first(s, tok, classes):
        if cls.particle is None or cls.particle in words:
            if cls.governors and not _governed(s, tok, cls):
                continue
            if cls.particle == "from" and cls.object == "expel" and _drives_itself(s, tok):
                continue
            if cls.object == "expel" and _drives_out_own_evacuees(s, tok):
                return None  # "evacuated its staff to X, driving them out of Y": the same evacuation
            if (
                (cls.lemma, cls.particle) in PASSIVE_ONLY_ROWS
                and not _is_passive(s, tok)
                and not _own_men_taken(s, tok)
            ):
                continue
            if cls.lemma in GATHERED_PASSIVES and _is_passive(s, tok):
                return cls._replace(kind=MovementKind.TRAVEL, group_kind=MovementKind.DEPLOY)
            if cls.object == "expel" and _drove_back_itself(s, tok, cls):
                return cls._replace(kind=MovementKind.TRAVEL, group_kind=None, object="-", bare=False)
            if cls.object == "expel" and _pushed_back_in(s, tok, cls):
                return cls._replace(kind=MovementKind.ADVANCE, group_kind=None, object="-", bare=False)
            if _carries_past_particle(s, tok, cls, classes) or _moved_back_in(s, tok, cls):
                continue
            if _out_to_journey(s, tok, cls):
                continue
            if _road_taken(s, tok, cls):
                return cls._replace(
                    kind=MovementKind.TRAVEL, group_kind=MovementKind.ADVANCE, object="-", bare=True
                )
            if _route_followed(s, tok, cls):
                return cls._replace(
                    particle=None,
                    kind=MovementKind.TRAVEL,
                    group_kind=MovementKind.ADVANCE,
                    object="-",
                    bare=False,
                )
            return cls
    return None


PAIRED_ORIGIN_PREPS = frozenset({"from"})
PAIRED_GOAL_PREPS = frozenset({"to", "into"})
"""A goal preposition that comes right after the verb's own origin phrase ("from X to Y")."""


def _paired_goal_words(s: _Sentence, tok: Token, near: set[str]) -> set[str]:
    """ "were taken by bus from eleven schools in X to a site in Y": a goal preposition right
    after the verb's own "from" phrase (itself near the verb), hung on the verb or on the
    origin's noun ("from schools in X to Y"), pairs with it as the move's end and so is a
    particle of the verb however long the origin phrase runs (the nearness window is for a
    particle standing alone)."""
    if not near & PAIRED_ORIGIN_PREPS:
        return set()
    preps = sorted(s.children(tok, frozenset({"prep"})), key=lambda c: c.i)
    reach = PARTICLE_REACH + _partitive_object_words(s, tok)  # "took a group of men from X to Y"
    found = {
        b.lower
        for a, b in itertools.pairwise(preps)
        if a.lower in PAIRED_ORIGIN_PREPS and tok.i < a.i <= tok.i + reach and b.lower in PAIRED_GOAL_PREPS
    }
    for a in preps:
        if a.lower in PAIRED_ORIGIN_PREPS and tok.i < a.i <= tok.i + reach:
            for origin in s.children(a, PREP_OBJECTS):
                found.update(
                    b.lower for b in s.children(origin, frozenset({"prep"})) if b.lower in PAIRED_GOAL_PREPS
                )
    return found


OUTWARD_JOURNEY_LEMMAS = frozenset({"fly"})
"""Verbs whose "out" row is a departure ("flew out of X") but which, with only a "to" phrase and no
place left, tell a journey there ("flew out to Rome", "was flown out to a carrier off the coast"):
the verb's plain row then (a person travels, forces are deployed)."""
OUTWARD_GOAL_PREPS = frozenset({"to", "into"})
OUTWARD_ORIGIN_PREPS = frozenset({"of", "from"})


def _out_to_journey(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "the envoy flew out to Rome", "the wounded commander was flown out to Tunis": an "out" that
    leads only to a "to" phrase (on the verb or on the particle) is a journey to that place, not a
    withdrawal; "flew out of X (to Y)" and "flew out from X" stay departures."""
    if cls.particle != "out" or cls.lemma not in OUTWARD_JOURNEY_LEMMAS:
        return False
    heads = (tok, *(c for c in s.children(tok) if c.lower == "out"))
    preps = {p.lower for h in heads for p in s.children(h, PREPOSITIONS)}
    return bool(preps & OUTWARD_GOAL_PREPS) and not preps & OUTWARD_ORIGIN_PREPS


REENTERING_BACK_LEMMAS = frozenset({"move"})
"""Verbs whose "back" row is a retreat ("moved back toward Sirte") but which, with "into", tell
a return into a place ("had moved back into the capital from Misrata"): the plain row then."""


def _moved_back_in(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "his brigade had moved back into the capital": a move back into a place is a return
    there (the verb's plain row), not a withdrawal."""
    return (
        cls.lemma in REENTERING_BACK_LEMMAS
        and cls.particle == "back"
        and cls.object == "origin"
        and any(
            p.lower in REENTRY_PREPS
            for h in (tok, *(c for c in s.children(tok) if c.lower == "back"))  # "into" may hang on "back"
            for p in s.children(h, PREPOSITIONS)
        )
    )


COMPASS_LINKS = frozenset({"advmod", "npadvmod"})
"""How a compass adverb hangs on a verb of motion ("fell back south")."""
PASSIVE_ONLY_ROWS = frozenset({("take", "to")})
"""Verb-table rows read only in the passive: "the migrants were taken by bus to X" moves the people
taken; an active "captured 20 fighters and took them to X" is a captor holding captives (no
movement), and "took X" stays the lemma's own row (a capture)."""
REENTRY_PREPS = frozenset({"into", "inside"})
GATHERED_PASSIVES = frozenset({"regroup"})
"""Verbs of a force drawing itself together after a setback (its own withdrawal: "the rebels
regrouped in X") whose passive tells others gathering those moved ("the vehicles were regrouped
near X", "the survivors were regrouped in a camp"): a deployment of a force, people's travel."""


TAKEN_MEN_OWNERS = frozenset({"his", "her", "its", "their"})
"""Possessives that make the men an active "take ... to X" carries the taker's own ("took his
fighters to X"), who deploy there; captives are never owned so."""


def _own_men_taken(s: _Sentence, tok: Token) -> bool:
    """ "Mismari took his fighters from Benghazi to the front", "the colonel took a group of
    young men to X": an active "take ... to X" whose object is the taker's own men (an owning
    possessive, or a band of men) deploys them (SCHEMA: forces sent somewhere are their
    owner's deploy); "captured 20 fighters and took them to X" still holds captives (no move)."""
    obj = s.child(tok, OBJECTS)
    if obj is None or obj.pos != "NOUN":
        return False
    if obj.lemma in OWN_MEN | OWN_UNIT:
        return any(c.lower in TAKEN_MEN_OWNERS for c in s.children(obj, frozenset({"poss"})))
    if obj.lemma not in BAND_HEADS:
        return False
    men = _prep_object(s, obj, ("of",))
    return men is not None and men.lemma in OWN_MEN


def _pushed_back_in(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "forces pushed back into parts of X": with no one pushed (no object, not passive), a push
    back into a place is the subject's own return there, an advance (the row is for others
    pushed back)."""
    return (
        cls.lemma in ("push", "move", "fight")
        and cls.particle == "back"
        and s.child(tok, OBJECTS) is None
        and not _is_passive(s, tok)
        and any(p.lower in REENTRY_PREPS for p in s.children(tok, PREPOSITIONS))
    )


def _locative_in(s: _Sentence, tok: Token, word: Token) -> bool:
    """ "moved from their bases in the south": an "in" with its own object after other words
    says where something is (the parser may hang it on the verb), not the particle of "moved in"."""
    return word.lower == "in" and word.i > tok.i + 1 and s.child(word, PREP_OBJECTS) is not None


def _carries_past_particle(s: _Sentence, tok: Token, cls: VerbClass, classes: Sequence[VerbClass]) -> bool:
    """ "Moved some equipment on to X": a phrasal row that takes no object ("moved on", an
    advance) does not fit a verb with a direct object before its particle; the lemma's row for
    things moved does ("moved equipment": a deployment)."""
    if (
        cls.particle is None
        or cls.object != "-"
        or not any(c.object == "mover" for c in classes if c.particle is None)
    ):
        return False
    particle = next((c for c in s.children(tok, PARTICLES) if c.lower == cls.particle and c.i > tok.i), None)
    obj = s.child(tok, OBJECTS)
    return particle is not None and obj is not None and obj.i < particle.i


SELF_DESTINATIONS = frozenset({"to", "into", "towards", "toward"})
SELF_HEADINGS = COMPASS_WORDS | {"in", "ahead", "onward", "onwards", "forward"}
"""Words on a driving verb with no one driven that say where its subject itself went."""


def _driven_toward(
    s: _Sentence, tok: Token, cls: VerbClass, patient: Token | None, actor_tok: Token | None, ctx: _Context
) -> list[Hit] | None:
    """ "forced the attackers back towards X": a side driven back with no place it lost named,
    only where it went, withdraws there (the driving side takes no place). Its actors where
    "the attackers" or "the enemy" stands for the side (else ``[]``: the object's own), or
    None when this is no such drive."""
    if cls.object != "expel" or cls.particle != "back" or patient is None:
        return None
    origins, dests, _towards = _prep_places(s, tok, cls, None)
    if origins or not dests:
        return None
    if _actor_of(s, patient, ctx) is not None:
        return []
    rival = _driven_rival(s, tok, patient, actor_tok, ctx)
    return [rival] if rival is not None else None


BEATEN_BACK_PARTICLES = frozenset({"back"})
"""Particles of the verb-table rows that beat a side back ("pushed back", "driven back", "beaten
back", "forced back", "turned back"): with no place the side lost named, such a drive takes no
ground, so it is only the side's retreat (``_beaten_back_by``)."""
BEATEN_BACK_OBJECTS = frozenset({"expel", "origin"})
"""Object columns of those rows: the side driven ("drove the rebels back") or the place turned
back from ("turned back from the checkpoint")."""


def _beaten_back_by(
    s: _Sentence, tok: Token, cls: VerbClass, subject: Token | None, agent: Token | None, ctx: _Context
) -> bool:
    """ "they were turned back by units backing the government", "the rebels were pushed back by
    loyalist troops": a side beaten back by a named agent, with no place it lost named, withdraws;
    the agent takes no ground. With the lost place named ("were driven out of X by Y", "pushed
    back from X by Y") the agent's capture of X stands, as SCHEMA's "X drove Y out of Z" wants."""
    if cls.particle not in BEATEN_BACK_PARTICLES or cls.object not in BEATEN_BACK_OBJECTS:
        return False
    if subject is None or agent is None or not _actors(s, subject, ctx):
        return False
    origins, _dests, _towards = _prep_places(s, tok, cls, agent)
    return not origins


def _driven_rival(
    s: _Sentence, tok: Token, patient: Token, actor_tok: Token | None, ctx: _Context
) -> Hit | None:
    """ "Their men forced the attackers back": "the attackers" (or "the enemy") driven back is
    the side told attacking last before, other than the side that drives them."""
    det = s.child(patient, frozenset({"det"}))
    if patient.lower not in ATTACKER_MOVERS | RIVAL_MOVERS or det is None or det.lower not in _DEFINITE_DET:
        return None
    own = {h.key for h in _actors(s, actor_tok, ctx)} if actor_tok is not None else set()
    floor = max(tok.start - RIVAL_REACH, ctx.entry_start(tok.start))
    for d in reversed(ctx.drafts):
        if d.trigger.start >= tok.start or d.actor is None:
            continue
        if d.trigger.start < floor:
            return None
        if d.kind in _ASSAULTS and d.actor.actor_kind in _GROUPS and d.actor.key not in own:
            return d.actor
    return None


def _drove_back_itself(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "the fighters drove back to their city": with no one driven (no object, not passive),
    the subject's own drive home, read as "went back" is (the table's row is for others driven
    back)."""
    return (
        cls.lemma == "drive"
        and cls.particle == "back"
        and s.child(tok, OBJECTS) is None
        and not _is_passive(s, tok)
    )


def _drove_off(s: _Sentence, tok: Token) -> bool:
    """ "the diplomats drove out of X to Y": with no one driven (no object, not passive) the
    subject left X under its own power, and its "to Y" is where it went (others "driven out of
    X" end nowhere the verb names)."""
    return s.child(tok, OBJECTS) is None and not _is_passive(s, tok)


ROAD_PARTICLES = frozenset({"up", "down"})
"""Particles of a drive along the way ("columns that had driven up from Jufra", "drove down from
Tripoli"): with no one driven, the subject itself came from the place."""


def _road_taken(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "moved up the coast road from X", "moved up the main road from Y": an active verb of
    moving things with "up" or "down" (:data:`ROAD_PARTICLES`) whose object, or the object of
    that "up" parsed as a preposition, is a road (:data:`ROUTE_NOUNS`) moves its own subject along
    the road, as "headed" does: a journey, an advance for a force (the row's reading, troops
    moved by their owner, needs a thing moved)."""
    if cls.object != "mover" or cls.particle not in ROAD_PARTICLES or _is_passive(s, tok):
        return False
    obj = s.child(tok, OBJECTS)
    if obj is not None:
        return obj.lemma in ROUTE_NOUNS
    return any(
        o.lemma in ROUTE_NOUNS
        for p in s.children(tok, PREPOSITIONS)
        if p.lower == cls.particle
        for o in s.children(p, PREP_OBJECTS)
    )


ROUTE_TAKING_LEMMAS = frozenset({"take"})
"""Verbs whose object, when it is a road, is the way the subject goes ("took the road south to X",
"took the coast road to Y"). Lower-case lemmas; extend with verbs of the same sense that have a
row in the verb table."""
ROUTE_GOAL_PREPS = frozenset({"to", "toward", "towards", "for"})
"""Prepositions of the goal a road is taken to ("took the coast road to X")."""
ROUTE_GOAL_PARTICLES = ROUTE_GOAL_PREPS | {"-"}
"""Rows of a road-taking verb that may read as the journey: its plain row or a goal particle
("take to"); "take over the road" stays a capture."""


def _route_followed(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "families took the road west to X", "the column took the coast road to Y": an active verb
    of :data:`ROUTE_TAKING_LEMMAS` whose object is a road (:data:`ROUTE_NOUNS`) and whose goal
    ("to", "toward", "for") hangs on the verb itself or on its compass adverb is a journey of its
    subject along that road, as "headed" is: travel, an advance for a force. A goal on the road
    noun ("took the road to X") may be a road captured and is left to the row; a road taken
    with no goal ("took the coast road") stays a capture."""
    if tok.lemma not in ROUTE_TAKING_LEMMAS or (cls.particle or "-") not in ROUTE_GOAL_PARTICLES:
        return False
    obj = s.child(tok, OBJECTS)
    if obj is None or obj.lemma not in ROUTE_NOUNS or _is_passive(s, tok):
        return False
    heads = [tok, *(c for c in s.children(tok, COMPASS_LINKS) if c.lower in COMPASS_WORDS)]
    return any(
        p.lower in ROUTE_GOAL_PREPS and p.i > obj.i for h in heads for p in s.children(h, PREPOSITIONS)
    )


EVACUATING_VERBS = frozenset({"evacuate", "relocate", "rescue", "pull"})
"""Verbs of taking one's own people out of a place: a participle of driving beside them that
drives "them" out ("evacuated its staff to X, driving them out of Y") tells the same move."""
EVACUEE_PRONOUNS = frozenset({"them", "him", "her"})


def _drives_out_own_evacuees(s: _Sentence, tok: Token) -> bool:
    """Whether ``tok`` is a participle (:data:`EVACUATING_VERBS`' adverbial clause) driving a
    pronoun out: the evacuees the verb above carries, not a side expelled."""
    if tok.dep != "advcl" or tok.tag != "VBG" or s.head(tok).lemma not in EVACUATING_VERBS:
        return False
    obj = s.child(tok, OBJECTS)
    return obj is not None and obj.lower in EVACUEE_PRONOUNS


EXPELLED_FROM_PREPS = frozenset({"out of", "from"})


def _evacuees_driven_from(s: _Sentence, tok: Token) -> list[Hit]:
    """The places the participle beside an evacuation drives its evacuees out of
    (:func:`_drives_out_own_evacuees`): where the evacuation set out from."""
    return [
        h
        for c in s.children(tok, frozenset({"advcl"}))
        if _drives_out_own_evacuees(s, c)
        for name, obj in _prep_args(s, c)
        if name in EXPELLED_FROM_PREPS
        for h in _places(s, obj)
    ]


def _drives_itself(s: _Sentence, tok: Token) -> bool:
    """ "X drove from the compound to the hotel": with no one driven and a destination, the
    verb's "from" is where the subject set off, not a place others were driven from."""
    if any(name in ROUTE_PREPS and obj.lemma in ROUTE_NOUNS for name, obj in _prep_args(s, tok)):
        return True  # "drove along the highway from X": the subject drives along a road
    obj = s.child(tok, OBJECTS)
    if obj is not None:
        return obj.lemma in ROUTE_NOUNS  # "drove up the highway from X"
    if any(c.lower in SELF_HEADINGS | ROAD_PARTICLES for c in s.children(tok, PARTICLES) if c.i < tok.i + 3):
        return (
            True  # "pushed west from X", "had driven in from X", "drove up from X": a heading or an arrival
        )
    return any(p.lower in SELF_DESTINATIONS for p in s.children(tok, PREPOSITIONS))


def _dates(s: _Sentence, prep: Token) -> bool:
    """ "moved troops on Wednesday": a preposition heading a time expression is no particle."""
    if prep.dep != "prep" or s.ctx is None:
        return False
    obj = s.child(prep, PREP_OBJECTS)
    return obj is not None and s.ctx.is_time(prep.start, obj.end)


def _governed(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    return tok.dep in OBJECTS | PASSIVE_SUBJECTS and s.head(tok).lemma in cls.governors


def _trigger_span(s: _Sentence, tok: Token, cls: VerbClass) -> Span:
    end = tok.end
    if cls.particle is not None:
        part = next((c for c in s.children(tok, PARTICLES) if c.lower == cls.particle), None)
        origin_between = (
            any(tok.i < c.i < part.i for c in s.children(tok, PREPOSITIONS) if c.lower in PAIRED_ORIGIN_PREPS)
            if part is not None
            else False
        )  # "taken by bus from X to": the goal word pairs with the origin
        if part is not None and part.start >= tok.end and part.start - tok.end <= 40 and not origin_between:
            end = part.end
    return Span(tok.start, end)


# ---------------------------------------------------------------- verb frames


BARE_DEPARTURES = frozenset({"leave"})
"""Verbs of leaving that, with no object, are a departure ("the fighters had already left")."""


def _heading(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "then pushed south", "swept east", "headed west": a verb of advancing (for people or,
    as "head" and "drive", for a force) with a compass heading and no object is a move with no
    place named ("pushed the attackers south" moves others)."""
    if cls.object != "-" or s.child(tok, OBJECTS) is not None:
        return False
    if cls.kind is not MovementKind.ADVANCE and not (
        cls.group_kind is MovementKind.ADVANCE and _force_subject(s, tok)
    ):
        return False  # "labourers drove east", "a crowd surged": no force advancing
    return any(
        c.lower in COMPASS_WORDS
        for c in s.children(tok, HEADING_LINKS)
        if tok.i < c.i and _measured_from(s, c) <= tok.i + 2
    )


MEASURE_REACH = 6
"""Most words a compass word's own distance may span before it ("several hundred kilometres
further south")."""


def _measured_from(s: _Sentence, compass: Token) -> int:
    """Where a compass heading's words begin: at the first word of the distance it is measured
    by ("pushed 200 km south", "drove about 80 kilometres further east": the parser hangs the
    distance on the compass word), else at the compass word itself; the distance is part of the
    heading, not a word standing between it and the verb."""
    first, unit, todo = compass.i, False, [compass]
    while todo:
        for k in s.children(todo.pop()):
            if compass.i - MEASURE_REACH <= k.i < compass.i:
                first, unit = min(first, k.i), unit or k.lower in DISTANCE_UNITS
                todo.append(k)
    return first if unit else compass.i


def _force_subject(s: _Sentence, tok: Token) -> bool:
    """Whether the verb's active subject is a force: a force noun ("forces", "convoy") or an
    armed group or country named ("the LNA headed south")."""
    subject = s.child(tok, SUBJECTS)
    if subject is None:
        return False
    named = s.actor_at[subject.i]
    return subject.lemma in FORCE_HEADS or (named is not None and named.actor_kind in _GROUPS)


HEADING_LINKS = PARTICLES | {"npadvmod"}
"""Links a compass word after a verb may have ("sent troops north": advmod or npadvmod)."""
SENT_FORCES = frozenset({"reinforcement", "battalion", "company", "squadron", "armour", "armor", "patrol"})
"""Nouns of what a force sends, beside ``FORCE_HEADS`` ("sent reinforcements north")."""
HEADING_REACH = 4
"""Most words after the verb a sending's compass heading may stand ("sent two battalions north")."""


def _sent_heading(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "sent troops north", "its troops had been sent south", "moved its units east": a verb
    that moves forces (its object, or its passive subject, the forces moved) with a compass
    heading and no place named still deploys them, with no destination."""
    if cls.kind is not MovementKind.DEPLOY or cls.object != "mover":
        return False
    moved = s.child(tok, PASSIVE_SUBJECTS if _is_passive(s, tok) else OBJECTS)
    if moved is None or (moved.lemma not in FORCE_HEADS and moved.lemma not in SENT_FORCES):
        return False  # "sent its reply north": no force is moved
    return any(
        c.lower in COMPASS_WORDS
        for c in s.children(tok, HEADING_LINKS)
        if tok.i < c.i <= tok.i + HEADING_REACH
    )


SELF_SENDING_LEMMAS = frozenset({"move"})
"""Verbs of sending that, with no object, tell the subject's own move ("fighters moved west")."""


def _own_heading(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "Fighters from X moved west", "the columns moved south": a sending verb that may move
    its own subject, with no object, active, a force as its subject and a compass heading, is
    the force's own deployment with no place named ("prices moved south" is no force)."""
    if tok.lemma not in SELF_SENDING_LEMMAS or cls.kind is not MovementKind.DEPLOY or cls.particle:
        return False
    if s.child(tok, OBJECTS) is not None or _is_passive(s, tok):
        return False
    subject = s.child(tok, SUBJECTS)
    if subject is None or subject.lemma not in FORCE_HEADS | SENT_FORCES:
        return False
    return any(
        c.lower in COMPASS_WORDS
        for c in s.children(tok, HEADING_LINKS)
        if tok.i < c.i <= tok.i + HEADING_REACH
    )


LEAVING_REASONS = frozenset({"precaution", "measure", "result", "consequence", "protest", "part"})
"""Nouns an "as" phrase on leaving tells the reason with ("left X as a precaution", "as a result
of the fighting"): why the leavers went, not a role what is left is put in."""


def _left_as(s: _Sentence, tok: Token) -> bool:
    """ "the fall of X leaves Sirte as the last stronghold": what is left is said to be in a
    state ("as" a role), no one departs. An "as" phrase of a reason ("families began leaving for
    X as a precaution") tells why the leavers went: a departure."""
    if tok.lemma not in BARE_DEPARTURES:
        return False
    return any(
        p.lower == "as" and not any(o.lemma in LEAVING_REASONS for o in s.children(p, PREP_OBJECTS))
        for p in s.children(tok, PREPOSITIONS)
    )


def _bare_departure(s: _Sentence, tok: Token, cls: VerbClass, obj: Token | None) -> bool:
    """ "Haftar's fighters had already left": leaving with nothing left behind is a departure
    ("left ten dead", "left the city" name what was left)."""
    if tok.lemma not in BARE_DEPARTURES or cls.kind is not MovementKind.WITHDRAW or obj is not None:
        return False
    if _is_passive(s, tok) or any(p.lower == "with" for p in s.children(tok, PREPOSITIONS)):
        return False  # "are now left with south Tripoli"
    return not any(s.children(tok, frozenset({"dobj", "ccomp", "xcomp", "oprd", "dative", "attr"})))


def _left_behind(s: _Sentence, tok: Token) -> bool:
    """ "leaving behind their weapons", "left police units behind": what is left stays put;
    the leaving tells no departure of its own."""
    if tok.lemma not in BARE_DEPARTURES:
        return False
    return any(c.lower == "behind" for c in s.children(tok, PARTICLES))


STAYING_FORCE_NOUNS = frozenset(
    {
        "garrison",
        "rearguard",
        "contingent",
        "detachment",
        "force",
        "unit",
        "troop",
        "man",
        "fighter",
        "soldier",
    }
)
"""Heads of a force a side leaves somewhere, which stays there ("leaving a smaller garrison in the
city", "left 200 men at X"). Lower-case lemmas; extend with nouns of a body of armed men."""


def _left_in_place(s: _Sentence, tok: Token, obj: Token | None) -> bool:
    """ "returned to X, leaving a smaller garrison in the city", "left a small force at Y": a
    leaving (:data:`BARE_DEPARTURES`) whose object is a force (:data:`STAYING_FORCE_NOUNS`) that
    names no place leaves that force where it is; no departure of its own is told."""
    return (
        tok.lemma in BARE_DEPARTURES
        and obj is not None
        and obj.lemma in STAYING_FORCE_NOUNS
        and s.place_at[obj.i] is None
        and not _is_passive(s, tok)
    )


CARRYING_CAPTURES = frozenset({"take", "bring"})
"""Capture verbs that, with "to X" and an object that is not a place, carry the object to X."""
CARRIED_TO = ("to", "back to", "into")


def _carried_off(s: _Sentence, tok: Token, cls: VerbClass, obj: Token | None) -> bool:
    """ "took them to Benghazi", "took the prisoners back to X": a taking whose object is
    carried to a place is no capture of that place."""
    if cls.kind is not MovementKind.CAPTURE or tok.lemma not in CARRYING_CAPTURES or obj is None:
        return False
    if _places(s, obj):
        return False  # "took Sirte"
    return _prep_object(s, tok, CARRIED_TO) is not None


def _took_to(s: _Sentence, tok: Token, cls: VerbClass, obj: Token | None) -> bool:
    """ "protesters took to the streets of X", "the air force took to the air": an active
    taking with no object and only "to" after it is the idiom of turning to something, no
    place taken."""
    return (
        cls.kind is MovementKind.CAPTURE
        and cls.particle is None
        and tok.lemma in CARRYING_CAPTURES
        and obj is None
        and not _is_passive(s, tok)
        and _prep_object(s, tok, ("to",)) is not None
    )


DRIVING_LEMMAS = frozenset({"drive", "roll"})
"""Verbs of going in a vehicle whose object may be the vehicle driven ("drove their tanks into X",
"rolled armoured vehicles into Y"). Lower-case lemmas; extend with verbs of the same sense."""


def _ridden_into(s: _Sentence, tok: Token, cls: VerbClass, obj: Token) -> bool:
    """ "the brigades drove their tanks into X", "the force rolled armoured vehicles into Y": an
    active verb of :data:`DRIVING_LEMMAS` on a row whose object is the place entered ("drive
    into", "roll into"), with a vehicle (:data:`RIDDEN_VEHICLES`) that names no place as its
    object, moves its subject in that vehicle: the place is the one the row's preposition names,
    as in "drove into X", and with none ("drove its tanks into a ditch") there is no move."""
    return (
        cls.object == "dest"
        and tok.lemma in DRIVING_LEMMAS
        and obj.lemma in RIDDEN_VEHICLES
        and s.place_at[obj.i] is None
        and not _is_passive(s, tok)
    )


WAY_ONLY_LEMMAS = frozenset({"force", "shoot", "blast"})
"""Verbs that are a motion only with the mover's own way as their object ("forced their way into
X", "shot their way through Y"); with any other object they push or fire at something ("forced the
families into the desert", "shot a prisoner"), no move of the subject. Lower-case lemmas."""


def _way_only_without_way(tok: Token, cls: VerbClass, s: _Sentence, obj: Token | None) -> bool:
    """A row of :data:`WAY_ONLY_LEMMAS` with no object of its own whose verb lacks "their way"."""
    return cls.object == "-" and tok.lemma in WAY_ONLY_LEMMAS and not (obj is not None and _own_way(s, obj))


def _own_way(s: _Sentence, obj: Token) -> bool:
    """ "fought their way into X", "pushed its way toward Y": the mover's own way is a path."""
    return obj.lower == "way" and any(c.dep == "poss" for c in s.children(obj))


def _bare_compass(s: _Sentence, obj: Token) -> bool:
    """ "heading west": a direction, no place; "left the south" names a region (a place hit)."""
    return obj.lower in COMPASS_WORDS and s.place_at[obj.i] is None


INTRANSITIVE_MOTION_LEMMAS = frozenset({"close"})
"""Verbs that are a motion only with no direct object ("closed on Sirte", "closed to within 10 km
of Tripoli"); with one they shut or end something ("closed the road", "closed the border"), a
blockade and not a move. Lower-case lemmas; extend with verbs of the same two senses."""


def _shut(s: _Sentence, tok: Token) -> bool:
    """ "forces had closed the coastal road at Janzour": a motion verb of INTRANSITIVE_MOTION_LEMMAS
    with a direct object is its other, non-motion sense."""
    return tok.lemma in INTRANSITIVE_MOTION_LEMMAS and s.child(tok, OBJECTS) is not None


STATE_PARTICIPLES = frozenset({"gone"})
"""Participles that, after "be", tell where a side no longer is rather than a move."""


def _state_participle(s: _Sentence, tok: Token) -> bool:
    """ "The army is gone from the suburbs", "within days they were gone from the front": "be"
    with "gone" is a state (where a side no longer is), not a move told; "had gone to X" is."""
    return (
        tok.lower in STATE_PARTICIPLES
        and s.child(tok, AUXILIARIES) is not None
        and any(a.lemma == "be" for a in s.children(tok, AUXILIARIES))
    )


STANDING_POST_LEMMAS = frozenset({"station"})
"""Verbs of keeping a force at a post. As a passive participle in a clause hung on a noun
(``NOUN_CLAUSES``: "the units stationed at X", "fighters who had been stationed in Y") they
describe where the force stood, background to what the sentence tells, not a move; told as the
clause's own verb ("the factions are now stationed at X") they remain a deployment."""


def _standing_post(s: _Sentence, tok: Token) -> bool:
    """ "reinforced the units stationed at X", "troops that had been stationed in Y withdrew": a
    posting verb (:data:`STANDING_POST_LEMMAS`) as a passive participle in a noun's clause."""
    return (
        tok.lemma in STANDING_POST_LEMMAS
        and tok.tag == "VBN"
        and tok.dep in NOUN_CLAUSES
        and s.child(tok, OBJECTS) is None
    )


SENDING_LEMMAS = frozenset({"send", "dispatch", "fly", "airlift", "ship", "ferry", "bus", "truck"})
"""Verbs of sending a force whose participle on a noun ("reinforcements sent by X", "troops
dispatched from Y", "a team flown in from Y") tells one journey with the arrival (or the work
on arrival) that noun then makes."""
WORK_ON_ARRIVAL_LEMMAS = frozenset(
    {"begin", "start", "resume", "join", "work", "patrol", "guard", "help", "assist"}
)
"""Verbs of what a force just sent does where it arrives ("engineers flown in from Y began work
in Z", "fighters bussed in from Y joined the fighting in Z"): the place "in"/"at" on the verb or
its object is where the sending ended."""
WORK_PLACE_PREPS = frozenset({"in", "at"})
"""Prepositions that name where a force just sent set to work ("began repairs at Z")."""
ARRIVING_LEMMAS = frozenset({"reach", "arrive"})
"""Verbs of getting somewhere that, told of a force just sent, end the sending's journey."""
ARRIVAL_PLACE_PREPS = frozenset({"in", "at", "to"})
"""Prepositions of an arrival verb that name where it arrives ("arrived in X", "at X")."""


def _sent_then_arriving(s: _Sentence, tok: Token) -> Token | None:
    """The arrival verb (:data:`ARRIVING_LEMMAS`) that the force sent by ``tok`` makes as its
    subject: "reinforcements sent by X from Y reached Z", "troops dispatched from Y arrived in Z"
    (a sending participle, :data:`SENDING_LEMMAS`, on the arrival's subject). Only an arrival told
    as done counts ("a column sent from Y never reached Z" went nowhere told)."""
    if tok.lemma not in SENDING_LEMMAS or tok.tag != "VBN" or tok.dep not in NOUN_CLAUSES:
        return None
    noun = s.head(tok)
    if noun.dep not in SUBJECTS:
        return None
    verb = s.head(noun)
    if verb.lemma not in ARRIVING_LEMMAS | WORK_ON_ARRIVAL_LEMMAS or verb.pos != "VERB":
        return None
    if _modality(s, verb) is not Modality.REPORTED:
        return None
    return verb


def _reached_when_sent(s: _Sentence, tok: Token) -> list[Hit]:
    """Where a force sent by ``tok`` then arrived (:func:`_sent_then_arriving`): the place its
    arrival verb reaches, as its object or after "in", "at" or "to"."""
    verb = _sent_then_arriving(s, tok)
    if verb is None:
        return []
    if verb.lemma in WORK_ON_ARRIVAL_LEMMAS:  # "began work in Z", "joined the fighting at Z"
        return [
            h
            for head in (verb, *s.children(verb, OBJECTS))
            for p in s.children(head, PREPOSITIONS)
            if p.lower in WORK_PLACE_PREPS
            for h in _of_places(s, p)
        ]
    found = [h for o in s.children(verb, OBJECTS) for h in _places(s, o)]
    found += [
        h for p in s.children(verb, PREPOSITIONS) if p.lower in ARRIVAL_PLACE_PREPS for h in _of_places(s, p)
    ]
    return found


def _arrival_of_the_sent(s: _Sentence, tok: Token) -> bool:
    """ "reinforcements sent by X from Y reached Z": the arrival is the end of the sending's
    journey, told once by the sending (which takes Z as its destination), not a move of its own."""
    subj = s.child(tok, SUBJECTS)
    if subj is None:
        return False
    return any(
        _sent_then_arriving(s, c) is tok and _reached_when_sent(s, c) for c in s.children(subj, NOUN_CLAUSES)
    )


RAID_LEMMAS = frozenset({"attack", "assault", "raid"})
"""Verbs of an assault that, on a single small post, are a raid rather than a move on a place."""
RAIDED_POSTS = frozenset({"checkpoint", "post", "outpost", "patrol", "convoy"})
"""A small post or unit an armed group strikes in passing ("attacked a checkpoint near X",
"raided a patrol at Y"): told with "a"/"an" it is an attack on men, not an advance on X."""


def _raid_on_a_post(s: _Sentence, tok: Token, cls: VerbClass, obj: Token | None) -> bool:
    """ "gunmen attacked a checkpoint near X", "armed men attacked a post at Y": an assault verb
    (:data:`RAID_LEMMAS`) whose object is one indefinite small post (:data:`RAIDED_POSTS`) is a
    raid, not a movement; "attacked the garrison at X" or "attacked X" still advances on X."""
    if cls.lemma not in RAID_LEMMAS or obj is None or obj.lemma not in RAIDED_POSTS:
        return False
    det = s.child(obj, frozenset({"det"}))
    return det is not None and det.lower in _INDEFINITE_ARTICLES


WALKOUT_ROWS = frozenset({("walk", "out")})
"""Rows of leaving on foot that, out of a meeting, are a protest ("walked out of the talks")."""
MEETING_NOUNS = frozenset(
    {
        "talk",
        "talks",
        "meeting",
        "session",
        "negotiation",
        "negotiations",
        "conference",
        "summit",
        "hearing",
        "dialogue",
    }
)
"""Gatherings one walks out of in protest: no place left, so no movement."""


def _walked_out_of_meeting(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "X walked out of talks in Moscow", "the delegates walked out of the session": a walk-out
    (:data:`WALKOUT_ROWS`) whose "of" names a gathering (:data:`MEETING_NOUNS`) is a protest, not a
    move; "walked out of the rubble" or "of the besieged district" leaves a place."""
    if (cls.lemma, cls.particle) not in WALKOUT_ROWS:
        return False
    heads = [tok, *(c for c in s.children(tok) if c.lower == cls.particle)]
    return any(
        o.lemma in MEETING_NOUNS or o.lower in MEETING_NOUNS
        for h in heads
        for p in s.children(h, PREPOSITIONS)
        if p.lower == "of"
        for o in s.children(p, PREP_OBJECTS)
    )


SIEGE_VERBS = frozenset({"besiege", "surround", "encircle"})
"""Verbs of holding a place under siege: told as lasting, they tell a standing siege, no move."""
SIEGE_SPAN_PREPS = frozenset({"since"})
"""Prepositions of a time a siege has lasted from ("has besieged X since April")."""
SIEGE_LENGTH_PREPS = frozenset({"for"})
"""Prepositions of how long a siege has lasted, before a unit of time ("have surrounded the
ministries for more than a week", "has encircled it for two years")."""
SIEGE_TIME_UNITS = frozenset({"hour", "day", "week", "month", "year", "decade"})
"""Units of time a siege lasts ("for more than a week", "for two years")."""
SIEGE_SPAN_AUXILIARIES = frozenset({"have", "has", "had"})
PROGRESSIVE_AUXILIARIES = frozenset({"been"})
"""The auxiliary of a perfect progressive ("has been besieging X since April")."""


def _standing_siege(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "X, which the army has besieged since last year", "forces that had besieged the suburbs
    since April", "armed men who have surrounded two ministries for a week", "has been besieging
    the capital since April", "the city has been encircled by his forces since 2016": a perfect
    (simple, progressive or passive) of a siege verb (:data:`SIEGE_VERBS`) with the time it has
    lasted from (:data:`SIEGE_SPAN_PREPS`) or for (:data:`SIEGE_LENGTH_PREPS` before a unit of
    time) tells a siege that stands, not an advance made then."""
    if cls.lemma not in SIEGE_VERBS or tok.tag not in ("VBN", "VBG"):
        return False
    auxes = [a.lower for a in s.children(tok, AUXILIARIES)]
    if not any(a in SIEGE_SPAN_AUXILIARIES for a in auxes):
        return False
    if tok.tag == "VBG" and not any(a in PROGRESSIVE_AUXILIARIES for a in auxes):
        return False
    for p in s.children(tok, PREPOSITIONS):
        if p.lower in SIEGE_SPAN_PREPS:
            return True
        if p.lower in SIEGE_LENGTH_PREPS and any(
            o.lemma in SIEGE_TIME_UNITS for o in s.children(p, PREP_OBJECTS)
        ):
            return True
    return False


PROVENANCE_VERBS = frozenset({"come", "hail"})
"""Verbs whose simple present with "from" tells where people are from ("most of the fighters come
from Misrata", "the new arrivals come from Darfur", "militiamen who hail from Zawiya"), not a
journey; "came from X", "have come from X" and a headline's present still tell one."""
PROVENANCE_PREPS = frozenset({"from"})


def _provenance(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """A verb of :data:`PROVENANCE_VERBS` in the simple present, with no auxiliary, whose "from"
    names a place, outside the headline."""
    if cls.lemma not in PROVENANCE_VERBS or tok.tag not in FINITE_PRESENT_TAGS:
        return False
    if any(s.children(tok, AUXILIARIES)) or not any(
        p.lower in PROVENANCE_PREPS for p in s.children(tok, PREPOSITIONS)
    ):
        return False
    return s.ctx is None or not _is_headline(s.sent, s.ctx.text)


SWEEP_NOUNS = frozenset({"house", "home", "door", "street", "room", "building", "shop", "tent"})
"""Nouns of "from N to N" ("went from house to house", "moved from door to door") that tell a
search or sweep inside a place, not a journey to one."""


def _sweep(s: _Sentence, tok: Token) -> bool:
    """ "The gunmen went from house to house": a "from" on the verb whose object (a noun of
    :data:`SWEEP_NOUNS`) is followed by "to" and the same noun."""
    for p in s.children(tok, PREPOSITIONS):
        if p.lower != "from":
            continue
        for o in s.children(p, PREP_OBJECTS):
            if o.lemma in SWEEP_NOUNS and o.i + 2 < len(s.tokens):
                to, again = s.tokens[o.i + 1], s.tokens[o.i + 2]
                if to.lower == "to" and again.lemma == o.lemma:
                    return True
    return False


def _verb_frame(s: _Sentence, tok: Token, cls: VerbClass, ctx: _Context) -> _Frame | None:
    if _state_participle(s, tok):
        return None  # "they were gone from the front": a state
    if _standing_post(s, tok):
        return None  # "the units stationed at X": where a force stood, not a move
    if _arrival_of_the_sent(s, tok):
        return None  # "reinforcements sent by X reached Z": the sending's own journey, told there
    if _stopover(s, tok, cls):
        return None  # "flew jets to X, stopping in Y": a halt on that journey, not one of its own
    if _shut(s, tok):
        return None  # "closed the road": a blockade, not "closed on X"
    if _walked_out_of_meeting(s, tok, cls):
        return None  # "walked out of the talks in Moscow": a protest, not a move
    if _standing_siege(s, tok, cls):
        return None  # "X, which the army has besieged since last year": a siege that stands
    if _provenance(s, tok, cls):
        return None  # "most of the fighters come from Misrata": where they are from, no journey
    if _sweep(s, tok):
        return None  # "went from house to house": a search inside a place, no journey
    modality = _modality(s, tok) if not (_prevented(s, tok) or _asked(s, tok)) else None
    obj = _object(s, tok)
    if _raid_on_a_post(s, tok, cls, obj):
        return None  # "attacked a checkpoint near X": a raid on men, not a move on X
    if obj is None and cls.object in ("origin", "dest"):
        obj = _contact_antecedent(s, tok) or _object_stolen_by_main_verb(s, tok)  # "the shore they had left"
        if obj is not None and _places_summed_up(s, obj, cls):
            return None  # "the seaside towns his fighters had freed": earlier captures summed up
    if obj is not None and obj.lower == cls.particle:
        obj = None  # "set course for X": the row's word is its object, part of the verb, no thing moved
    if _way_only_without_way(tok, cls, s, obj):
        return None  # "forced the families into the desert": no way of the subject's own, no move
    if obj is not None and (_bare_compass(s, obj) or _own_way(s, obj) or obj.lower in DISTANCE_UNITS):
        obj = None  # "heading west", "fought their way into X", "advanced two kilometres": no thing moved
    if obj is not None and cls.object == "origin" and obj.lower in ROUTE_MANNER_WORDS:
        obj = None  # "left overland for X" (the parse's object): how the move went, no place left
    if obj is not None and _ridden_into(s, tok, cls, obj):
        obj = None  # "drove their tanks into X": the tanks are ridden, X is what is entered
    if modality is None or (obj is not None and _lends_to_noun(tok, obj)):
        return None  # not done, or a light verb whose noun tells the event ("took control")
    if _left_behind(s, tok) or _left_as(s, tok) or _left_in_place(s, tok, obj):
        return None  # "leaving behind their weapons", "leaves X as the last ...": not a departure
    if _carried_off(s, tok, cls, obj):
        transfer = cls._replace(kind=MovementKind.DEPLOY, group_kind=None, object="mover")
        if not _people_moved(s, transfer, obj, ctx):
            return None  # "took the weapons to X": a thing carried somewhere, not a place taken
        cls = transfer  # "the agency took them to X": the people carried go there (a transfer)
    if _took_to(s, tok, cls, obj):
        return None  # "protesters took to the streets": no place taken
    if cls.object == "expel" and obj is not None and _is_assault_noun(obj):
        return None  # "repelled an attack": an assault beaten off takes no place
    if cls.kind is MovementKind.CAPTURE and obj is not None and _stance(s, obj):
        return None  # "Niger has taken a different line": a stance taken, no ground
    passive = _is_passive(s, tok)
    if _sallies(cls, obj, passive):
        cls = cls._replace(kind=MovementKind.ADVANCE, group_kind=None, object="origin")
    subject, agent = _subject(s, tok), _agent(s, tok)
    if _led_by(s, tok, cls):
        return None  # "a government headed by X": led, not gone anywhere
    if passive and (_casualties(s, tok, subject) or _carried_as_casualties(s, tok)):
        return None  # "the bodies were taken to X": the dead carried, suffered upon
    if agent is not None and not _actors(s, agent, ctx):
        agent = None  # "shipped in by sea": a means, not an agent
    beaten_back = passive and _beaten_back_by(s, tok, cls, subject, agent, ctx)
    ferried = False
    actor_tok, patient = (agent, subject) if passive else (subject, obj)
    if beaten_back:
        actor_tok, patient = subject, None  # "they were turned back by X": they retreat, X takes nothing
    elif not passive and _ferried(s, subject, obj, ctx):
        actor_tok, patient = obj, None  # "a plane returned the team to X": the team travels
        ferried = subject is not None and not _evacuation_vehicle(s, subject)
    elif not passive and _people_moved(
        s, cls, _people_share(s, obj or _approximate_count(s, tok)) or obj, ctx
    ):
        actor_tok, patient = _people_share(s, obj or _approximate_count(s, tok)) or obj, None
        # "relocated 300 refugees to X", "moved around 300 of the detainees to Y": they go there
    elif passive and agent is not None and _people_moved(s, cls, subject, ctx):
        actor_tok, patient = subject, None  # "others were brought out by volunteers": they leave
    event_driven = not passive and _driven_by_event(s, tok, cls, subject, obj, ctx)
    if event_driven:
        actor_tok, patient = obj, None  # "the fighting forced families from their homes": they leave
    # "the agency bussed the migrants out of the camp": people taken out of a place leave it
    withdrawn = (
        event_driven or beaten_back or (patient is None and cls.object == "mover" and _taken_out_of(s, tok))
    )
    told: list[Hit] = []
    if passive and agent is None and cls.object == "dest":
        told = (
            _previous_taker(s, tok, subject, cls, ctx)
            or _next_in_run_taker(s, tok, subject, cls, ctx)
            or _placeless_assault_taker(s, tok, subject, cls, ctx)
        )
        if not told:
            return None  # "X was seized": who took it is not told (a person seized is an arrest)
    if passive and agent is None and subject is not None and _actor_of(s, subject, ctx) is not None:
        actor_tok, patient = subject, None  # "troops were sent", "the brigade was pushed out"
        withdrawn = cls.object == "expel" or (cls.object == "mover" and _taken_out_of(s, tok))
    if cls.object == "expel" and not passive and obj is None:
        withdrawn = True  # "the families drove out of the city": they left
    driven = None if passive else _driven_toward(s, tok, cls, patient, actor_tok, ctx)
    if driven is not None:
        actor_tok, patient, withdrawn = patient, None, True  # "forced the attackers back towards X"
    if cls.object == "fall":
        actor_tok, patient = _fall_side(s, tok, cls), _fallen_place(s, tok, subject)
        if patient is not None and patient is not subject and not _places(s, patient):
            return None  # "he was the last commander to fall to X": no place fell
        if actor_tok is None and cls.particle == "under":
            return None  # "came under fire": no side took it
    held = _held_ground(s, patient, cls)
    if cls.object == "mover" and patient is not None and not held and not _movable(s, patient, ctx):
        return None  # "brought the worst fighting to the city"
    escorted_own = cls.object == "-" and patient is not None and not passive and _own_evacuees(s, patient)
    if cls.object == "-" and patient is not None and not passive and _kin_escorted(s, tok, patient):
        patient = None  # "he drove his family to X": he goes with them
    if escorted_own:
        patient = None  # "the United States drove its embassy staff to X": it takes them out
    if (
        cls.object == "-"
        and patient is not None
        and patient.lemma not in RIDDEN_VEHICLES | ROUTE_NOUNS  # "boarded a flight to X", "moved up
        # the coast road from Y" (``_road_taken``): the object is the vehicle ridden or the road taken
        and not (_places(s, patient) or _is_territory(s, patient) or _crossed_border(cls, patient))
    ):
        return None  # "set off gunfights", "headed the delegation": not a motion verb here
    if cls.object == "mover" and actor_tok is None:
        actor_tok = patient
    actor_tok, patient, mover = _moved_out(s, cls, actor_tok, patient, ctx)
    vehicle = actor_tok
    if actor_tok is not None:
        actor_tok = _carried(s, actor_tok, tok) or actor_tok  # "a plane carrying rescuers landed"
        if vehicle is not None and actor_tok is not vehicle and _on_board(s, vehicle, tok) is actor_tok:
            ferried = not _evacuation_vehicle(s, vehicle)  # "buses with 148 migrants on board left X for Y"
    actors = driven or (_actors(s, actor_tok, ctx) if actor_tok is not None else told)
    if vehicle is not None and vehicle is actor_tok and vehicle.lemma in VEHICLE_NOUNS and actors:
        actors = _national_vehicle_owner(s, vehicle, actors, ctx)  # "French military planes landed"
    if vehicle is not None and actor_tok is not vehicle and actors:
        ctx.carried = (s.tokens[-1].end, actors)  # a later "It landed" is the vehicle
    elif actor_tok is not None and not passive:
        actors = _vehicle_again(s, actor_tok, ctx) or actors
    owned = _sent_vehicles(s, cls, passive, actor_tok) or _sent_by_owner(s, actor_tok)
    owned = owned or (actor_tok is not None and _named_vessel(s, actor_tok))  # "the frigate HMS X sailed"
    owned = owned or (actor_tok is not None and _vessel_body(s, actor_tok))  # "the carrier group sailed"
    if not actors and vehicle is not None:
        vehicle = _vehicles_counted(s, vehicle) or vehicle  # "two of those aircraft flew on to X"
        actors = _vehicle_owner(s, vehicle, ctx)  # "an Egyptian navy ship carrying tents docked"
        actors = actors or _vehicle_sent_before(s, vehicle, ctx)  # "X sent jets ... The jets landed"
        owned = bool(actors)
    elif actors and vehicle is not None and vehicle is actor_tok and vehicle.lemma in VEHICLE_SORTS:
        _remember_sent_vehicle(
            s, vehicle, actors, ctx
        )  # "aircraft associated with X flew ... those aircraft"
        owned = owned or VEHICLE_SORTS[vehicle.lemma] in OWNER_SENT_SORTS  # "a navy patrol boat sailed"
    if actors and vehicle is not None and vehicle is actor_tok and _body_vehicles(vehicle, actors):
        owned = True  # "five WFP trucks reached X", "a convoy of IOM trucks left Y"
    if not actors and cls.object == "fall" and patient is not None and not passive:
        actors = _claiming_side(s, tok, patient, ctx)  # '"X has fallen," an LNA commander said'
    if not actors:
        return None
    actors += [a for a in _co_actors(s, tok, ctx) if not any(a is b for b in actors)]
    carrier = patient if patient is not None else mover
    origins, dests, towards = _verb_places(s, tok, cls, actor_tok, (carrier, carrier is mover), withdrawn)
    if (
        passive
        and agent is None
        and (not (origins or dests) or _into_custody(s, tok))
        and all(a.actor_kind is ActorKind.PERSON for a in actors)
    ):
        return None  # "he is pulled out and beaten", "was transferred to a prison in X": handled by others
    origins = [o for o in origins if not any(o is h for h in _homes_of_attacked(s, tok, cls, patient))]
    territory = False
    if patient is not None and cls.object in ("dest", "origin", "fall"):
        reached = _patient_places(s, tok, patient, cls)
        if reached is None:
            return None  # "captured three fighters": people or things, not a place
        found, territory = reached
        (origins if cls.object == "origin" else dests)[:0] = found
        if found and cls.object == "dest":
            dests = _without_route_ends(s, tok, found, dests)  # "reached X, on the road to Y"
            dests = _without_setting(s, tok, patient, dests)  # "seized X's airport in Y": the airport
            dests += _gapped_places(s, tok)
            dests += [h for h in _placed_pair(s, tok, patient) if not any(h is d for d in dests)]
    if patient is None and dests:
        dests += _gapped_goals(s, tok, dests)  # "swept into X and then Y"
    if (
        patient is not None
        and cls.object in ("dest", "origin")
        and not (origins if cls.object == "origin" else dests)
    ):
        (origins if cls.object == "origin" else dests).extend(_there(s, tok))  # "stormed the base there"
    if (
        patient is None
        and not dests
        and cls.object in ("-", "mover")
        and cls.kind is MovementKind.TRAVEL
        and (actor_tok is None or actor_tok.pos != "PRON")
    ):
        # "invited to Moscow, Haftar travelled there": a journey's "there" is the place just named
        # (a travel verb only: "were still stationed there" tells where forces stay, not a move;
        # and a named mover only: "they ... there" chains two guesses)
        dests.extend(_there(s, tok))
    if held and patient is not None:
        dests[:0] = _places(s, patient)  # "reinforced its positions in X", "reinforced Sirte"
        territory = True
    if not dests and (patient is None or cls.object != "mover" or actor_tok is not patient):
        territory = territory or _reaches_site(s, tok, cls, sites_only=patient is not None)
    if not origins and _retreating(cls, withdrawn) and actor_tok is not None:
        origins = [h for h in _held_by(s, actor_tok) if not any(_same_place(h, d) for d in dests)]
    if not dests and cls.kind in PARTITIVE_GOAL_KINDS:
        dests = _partitive_goals(s, tok)  # "left Sirte, most of them for Ajdabiya"
    if not dests and not withdrawn and cls.kind not in EDGELESS_KINDS:
        dests = [h for h in _edge_goals(s, tok) if not any(_same_place(h, o) for o in origins)]
    home_bound = not dests and _going_home(s, tok, cls)
    if home_bound and actor_tok is not None:
        dests = _uprooted_homes(s, tok, actor_tok)  # "families displaced from X went home": to X
        home_bound = not dests
    elif not dests and actor_tok is not None and _goes_back(cls):
        dests = _uprooted_homes(s, tok, actor_tok)  # "families who fled X have begun to return": to X
    if home_bound:
        ctx.home_bound.add(tok.start)  # the town is the story's, filled once the article is read
    bare = cls.bare or _bare_departure(s, tok, cls, obj) or _came_to_aid(s, tok, cls) or _heading(s, tok, cls)
    bare = bare or home_bound  # "families began coming home": a return with no place named
    bare = bare or _sent_heading(s, tok, cls)  # "sent troops north": a deployment with no place
    bare = bare or _own_heading(s, tok, cls)  # "fighters moved west": their own deployment
    bare = bare or _sent_on_mission(s, tok, cls, patient, ctx)  # "sent a force to separate them"
    bare = bare or (patient is not None and _crossed_border(cls, patient))  # "crossed the border"
    if not (origins or dests or territory or bare or _against_a_force(s, tok, cls)):
        return None
    if cls.object == "origin":
        dests = [d for d in dests if not any(_same_place(d, o) for o in origins)]  # not left for itself
    elif dests:
        origins = [o for o in origins if not any(_same_place(o, d) for d in dests)]  # not come from itself
    if not origins:  # "were displaced from X, most of them moving to Y": from X
        origins = [h for h in _uprooted_from(s, tok) if not any(_same_place(h, d) for d in dests)]
    if not origins and not withdrawn and cls.kind in SETTING_OUT_KINDS and actor_tok is not None:
        starts = _from_places(s, actor_tok) + _based_places(s, actor_tok) + _setting_out_places(s, tok)
        starts = starts or _taken_by_mover(s, actor_tok) or _seat_places(s, actor_tok)
        origins = [h for h in starts if not any(_same_place(h, d) for d in dests)]
    if not origins and dests:  # "flew to X, stopping in Y", "reached X after a drive from Y"
        halts = _stopover_places(s, tok) or _journey_places(s, tok) or _loaded_at(s, tok)
        origins = [h for h in halts if not any(_same_place(h, d) for d in dests)]
    if not origins and (cls.kind is MovementKind.WITHDRAW or withdrawn) and actor_tok is not None:
        origins = [h for h in _home_places(s, actor_tok) if not any(_same_place(h, d) for d in dests)]
    if not origins and actor_tok is not None and _pulls_out_itself(cls, patient, obj):
        origins = [h for h in _seat_places(s, actor_tok) if not any(_same_place(h, d) for d in dests)]
    if not origins and actor_tok is not None and (cls.kind in STAYING_KINDS or _carried_passive(s, tok, cls)):
        origins = [h for h in _kept_places(s, actor_tok) if not any(_same_place(h, d) for d in dests)]
    if not origins and dests and actor_tok is not None and _carried_people(s, actor_tok):
        origins = [h for h in _kept_before(actors, ctx) if not any(_same_place(h, d) for d in dests)]
    if not origins and cls.kind in STAYING_KINDS:
        origins = [h for h in _forced_away_from(s, tok) if not any(_same_place(h, d) for d in dests)]
    withdrawn = withdrawn or (bool(origins) and not dests and _moving_away(s, tok))
    trigger = _trigger_span(s, tok, cls)
    carried = owned or (cls.object == "mover" and patient is not None and actor_tok is not patient)
    if carried and patient is not None and patient.lemma in SUPPORT_NOUNS:
        towards = False  # "sent reinforcements toward X": support sent to its own side there
    dests = _unique(dests)
    if carried and patient is not None:
        _remember_sent_vehicle(s, patient, actors, ctx)
    onward = tuple(h for h in _onward_places(s, tok) if any(h is d for d in dests[1:]))
    return _Frame(
        cls, trigger, actors, _unique(origins), dests, modality, tok, towards, withdrawn, carried, onward
    )._replace(
        thing=_thing(
            s, patient if patient is not None and cls.object in THING_OBJECTS else _prep_thing(s, tok)
        ),
        aircraft=carried and patient is not None and _whole(s, patient).lemma in VEHICLE_NOUNS,
        forces=carried and patient is not None and _whole(s, patient).lemma in FORCE_HEADS | SENT_FORCES,
        way_out=_left_by_way(s, tok, cls),
        vehicle_moves=vehicle is not None and patient is None and vehicle.lemma in VEHICLE_NOUNS,
        ferried=ferried,
        aboard=actor_tok is not None and (actor_tok is not vehicle or _carried_aboard(s, actor_tok)),
        evacuees=escorted_own or (carried and patient is not None and _own_evacuees(s, patient)),
    )


def _carried_aboard(s: _Sentence, mover: Token) -> bool:
    """Whether the mover is what a vehicle is told carrying ("a flight carrying 30 Nigerians left"):
    the object of a carrying participle (:data:`CARRY_VERBS`) hung on the vehicle."""
    head = s.head(mover)
    return (
        mover.dep in OBJECTS
        and head is not None
        and head is not mover
        and head.dep == "acl"
        and head.lemma in CARRY_VERBS
    )


PARTITIVE_GOAL_KINDS = frozenset({MovementKind.WITHDRAW, MovementKind.TRAVEL})
PARTITIVE_LINKS = frozenset({"npadvmod", "dep", "advmod", "appos"})
PARTITIVE_GOAL_PREPS = frozenset({"for", "to", "towards", "toward", "into"})
COMPASS_PART_LINKS = frozenset({"advcl", "advmod", "npadvmod", "dep", "conj"})
"""Links by which the parser hangs a partitive's compass word on the departure ("fled X, most
of them east toward Y": "east" an ``advcl`` of "fled", with "most" its subject)."""
COMPASS_PART_HEADS = frozenset({"ccomp"})
"""Links by which the parser instead makes that compass word the head of the departure ("fled"
a ``ccomp`` of a root "west")."""


def _partitive_holders(s: _Sentence, verb: Token) -> list[tuple[Token, Token]]:
    """The partitive words after a departure, each with the word whose prepositions name its
    goal: the partitive itself ("most of them for Y") or the compass word it is the subject of
    ("most of them east toward Y", the parser hanging "east" below or above the verb)."""
    pairs = [(part, part) for part in s.children(verb, PARTITIVE_LINKS)]
    # "The migrants left X, most of them to Y": the parser may make the partitive the subject's apposition
    pairs += [
        (part, part) for subj in s.children(verb, SUBJECTS) for part in s.children(subj, PARTITIVE_APPOS)
    ]
    compasses = [c for c in s.children(verb, COMPASS_PART_LINKS) if c.lower in COMPASS_WORDS]
    head = s.head(verb)
    if verb.dep in COMPASS_PART_HEADS and head.lower in COMPASS_WORDS:
        compasses.append(head)
    pairs += [(part, c) for c in compasses for part in s.children(c, SUBJECTS | PARTITIVE_LINKS)]
    return [(part, holder) for part, holder in pairs if part.lower in PARTITIVE_PRONOUNS and part.i > verb.i]


def _partitive_goals(s: _Sentence, verb: Token) -> list[Hit]:
    """ "Families have left Sirte, most of them for Ajdabiya", "fled X, many of them to Y and
    Z", "fled X, most of them south toward Y": a partitive phrase after a departure ("most of
    them", "many of them") that names a goal tells where the movers went; the parser hangs it
    on the verb as a loose modifier, or makes it the subject of a compass word."""
    found: list[Hit] = []
    for part, holder in _partitive_holders(s, verb):
        preps = list(s.children(part, PREPOSITIONS))
        if not any(
            p.lower == "of" and any(o.lower == "them" for o in s.children(p, PREP_OBJECTS)) for p in preps
        ):
            continue  # "most of the town": no part of the movers
        for prep in (p for p in s.children(holder, PREPOSITIONS) if p.lower in PARTITIVE_GOAL_PREPS):
            for obj in s.children(prep, PREP_OBJECTS):
                found.extend(h for h in _places(s, obj) if not any(h is f for f in found))
                for rest in _rest_goals(s, obj):  # "most of them to Y and the rest to Z"
                    found.extend(h for h in _places(s, rest) if not any(h is f for f in found))
    return found


PARTITIVE_APPOS = frozenset({"appos"})
REST_WORDS = frozenset({"rest", "remainder", "others", "other", "remaining"})
"""Words of the other share of the movers, joined to the first share's goal ("most of them to Y
and the rest to Z", "three to Y and the others to Z"): their own goal is another destination."""


def _rest_goals(s: _Sentence, goal: Token) -> list[Token]:
    """The objects of the goal prepositions on a share word (:data:`REST_WORDS`, or a number)
    the parser joined to ``goal`` as a conjunct ("to Y and the rest to Z": Z)."""
    found: list[Token] = []
    for rest in s.children(goal, frozenset({"conj"})):
        if rest.lower not in REST_WORDS and rest.pos != "NUM":
            continue
        for prep in s.children(rest, PREPOSITIONS):
            if prep.lower in PARTITIVE_GOAL_PREPS:
                found.extend(s.children(prep, PREP_OBJECTS))
    return found


LEADING_SENSE_VERBS = frozenset({"head"})
"""Going verbs that, passive with a "by" agent, mean leading ("a council headed by X")."""


def _led_by(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "a regional government headed by X", "was headed by Y": a body led by someone."""
    if cls.lemma not in LEADING_SENSE_VERBS or tok.tag != "VBN":
        return False
    return any(c.lower == "by" for c in s.children(tok, frozenset({"agent", "prep"})))


SUPPORT_NOUNS = frozenset({"reinforcement", "reinforcements", "backup"})
"""Forces sent to strengthen a side: sent toward a place, they deploy there, not advance on it."""


THERE_REACH_CHARS = 300


STOPOVER_VERBS = frozenset({"stop"})
"""Verbs of halting on the way: a move of their own when told as one ("stopped in Malta to
refuel and went on"), a halt on another move's journey when told as its participle."""


def _stopover(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "Russia flew the jets to X, stopping in Y": an "-ing" participle of a halting verb hung
    on another verb tells where that verb's journey paused, not a movement of its own."""
    return (
        cls.lemma in STOPOVER_VERBS
        and tok.tag == "VBG"
        and tok.dep in ("advcl", "xcomp", "conj", "acl")
        and s.head(tok).pos == "VERB"
    )


STOPOVER_PREPS = frozenset({"in", "at", "over"})


def _stopover_places(s: _Sentence, tok: Token) -> list[Hit]:
    """ "flew the jets to X, stopping in Y": the journey's last leg set out from the halt Y, so
    Y is where the move to X came from (as "stopped in Y and went on to X" goes on from Y)."""
    return [
        h
        for c in s.children(tok, frozenset({"advcl", "xcomp", "conj"}))
        if c.lemma in STOPOVER_VERBS and c.tag == "VBG" and c.i > tok.i
        for p in s.children(c, PREPOSITIONS)
        if p.lower in STOPOVER_PREPS
        for h in _of_places(s, p)
    ]


JOURNEY_NOUNS = frozenset(
    {"journey", "trip", "drive", "flight", "march", "trek", "voyage", "ride", "crossing"}
)
"""Nouns of a journey told beside an arrival: "reached X after a three-day drive from Y"."""


CARRIER_PREPS = frozenset({"with", "aboard", "on"})
"""Prepositions of what carries or escorts a mover: "arrived with a convoy of police vehicles
from X", "landed aboard a plane from X"."""
CARRIER_CLAUSES = frozenset({"relcl", "acl"})
CARRIER_SET_OUT_VERBS = frozenset({"take", "leave", "depart", "fly", "sail", "come", "set"})
"""Verbs of a clause on a carrier that tell where it set out ("that had taken off from X", "which
sailed from X"); a clause of what it carried ("carrying aid from X") tells no start."""


def _journey_places(s: _Sentence, tok: Token) -> list[Hit]:
    """ "reached Kufra after a journey through the desert from Darfur", "arrived in Rome after
    a flight from Tripoli": the "from" place of a journey noun in a phrase on the verb (or of
    a noun inside that journey's own phrases) is where the move set out. So is that of what
    carried or escorted the mover (:data:`CARRIER_PREPS`, :data:`CARRIER_NOUNS`): "arrived with
    a convoy of police vehicles from X", "landed aboard a plane that had taken off from X"."""
    found: list[Hit] = []
    for p in s.children(tok, PREPOSITIONS):
        for noun in s.children(p, PREP_OBJECTS):
            carrier = p.lower in CARRIER_PREPS and noun.lemma in CARRIER_NOUNS
            if noun.lemma not in JOURNEY_NOUNS and not carrier:
                continue
            inner = [
                o
                for q in s.children(noun, PREPOSITIONS)
                if q.lower != "from"
                for o in s.children(q, PREP_OBJECTS)
            ]
            if carrier:  # "a plane that had taken off from X"
                inner += [c for c in s.children(noun, CARRIER_CLAUSES) if c.lemma in CARRIER_SET_OUT_VERBS]
            for n in (noun, *inner):
                found.extend(h for h in _from_places(s, n) if not any(h is f for f in found))
    return found


def _there(s: _Sentence, tok: Token) -> list[Hit]:
    """ "stormed the headquarters there": the town named just before (within a few sentences)."""
    there = next((c for c in s.children(tok, frozenset({"advmod"})) if c.lower == "there"), None)
    if there is None or s.ctx is None:
        return []
    before = s.ctx.place_before(there.start)
    if before is None or before.place is None or not before.place.populated:
        return []
    return [before] if there.start - before.end <= THERE_REACH_CHARS else []


RESIDENT_NOUNS = frozenset(
    {
        "resident",
        "inhabitant",
        "family",
        "villager",
        "townspeople",
        "townsfolk",
        "people",
        "civilian",
        "population",
    }
)
"""People named by where they live: "residents of X fled" (or "X's residents fled") left X."""
HOME_PREPS = frozenset({"of", "from"})
HOME_POSSESSORS = frozenset({"poss"})
"""The link of a place that owns its people: "X's residents", "the town's families"."""
GUARD_NOUNS = frozenset({"guard", "garrison", "defender", "sentry", "warden", "jailer", "custodian"})
"""People named by the place they guard: "the guards of X abandoned their posts" left X."""
GUARD_PREPS = frozenset({"of", "at", "in", "inside"})


HELD_VERBS = HOLDING_VERBS | {"occupy", "defend", "garrison", "man", "guard"}
"""Verbs of keeping a place with a force ("units that had manned the checkpoint at X")."""
HELD_CLAUSES = frozenset({"relcl", "acl"})


def _retreating(cls: VerbClass, withdrawn: bool) -> bool:
    """A retreat: the row's kind, the kind it takes for a group ("moved back", "pulled back"),
    or a mover driven out ("were pushed out")."""
    return withdrawn or MovementKind.WITHDRAW in (cls.kind, cls.group_kind)


TAKEN_CLAUSE_LEMMAS = frozenset({"take", "retake", "capture", "recapture", "seize", "storm", "overrun"})
"""Verbs of a mover's relative clause that tell a place it took ("units that retook X pushed south"):
the move told by the main verb sets out from that place."""
TAKEN_CLAUSES = frozenset({"relcl"})


def _taken_by_mover(s: _Sentence, mover: Token) -> list[Hit]:
    """ "GNA units that retook Gharyan on Wednesday pushed south toward Asabaa", "the fighters who
    had stormed X moved on to Y": a place the mover's own relative clause says it took
    (:data:`TAKEN_CLAUSE_LEMMAS`; the tagger may leave "retook" unlemmatised, :data:`IRREGULAR_PAST`)
    is where its next move set out from."""
    return [
        h
        for clause in s.children(mover, TAKEN_CLAUSES)
        if IRREGULAR_PAST.get(clause.lower, clause.lemma) in TAKEN_CLAUSE_LEMMAS and clause.i > mover.i
        for obj in s.children(clause, OBJECTS)
        for h in _places(s, obj)
    ]


def _held_by(s: _Sentence, mover: Token) -> list[Hit]:
    """ "The militia, who had held the town since 2015, fled": the place the mover's own
    relative clause (or participle: "fighters holding the base") says it held is what it left;
    a site held is placed by its own "at X" ("had manned the checkpoint at X"). So is the place
    the clause says the force was posted at ("who had been stationed at X withdrew"). Also for
    the group a partitive mover is part of ("units of the army, which had manned X, pulled back",
    "some of the fighters who had held X withdrew")."""
    found: list[Hit] = []
    nouns = (
        mover,
        *(o for p in s.children(mover, PREPOSITIONS) if p.lower == "of" for o in s.children(p, PREP_OBJECTS)),
    )
    for clause in (c for n in nouns for c in s.children(n, HELD_CLAUSES)):
        if clause.lemma in HELD_VERBS:
            for obj in s.children(clause, OBJECTS):  # a site held, not "held a press conference in X"
                found.extend(_places(s, obj) or (_located_in(s, obj) if obj.lemma in TERRITORY_NOUNS else []))
        elif clause.lower in POSTED_PARTICIPLES and s.child(clause, OBJECTS) is None:
            for prep in s.children(clause, PREPOSITIONS):
                if prep.lower in BASED_PREPS:
                    found.extend(_of_places(s, prep))
    return found


def _home_places(s: _Sentence, mover: Token) -> list[Hit]:
    """ "Residents of X fled to Y", "X's residents fled", "many of the families from X fled": where
    the people who flee live (the mover, or the group a partitive mover is part of) is the place they left;
    so is the place guards or a garrison keep ("the guards at X fled")."""
    for noun in (
        mover,
        *(o for p in s.children(mover, PREPOSITIONS) if p.lower == "of" for o in s.children(p, PREP_OBJECTS)),
    ):
        if noun.lemma in RESIDENT_NOUNS:
            homes = [
                h for p in s.children(noun, PREPOSITIONS) if p.lower in HOME_PREPS for h in _of_places(s, p)
            ]
            return homes or [h for c in s.children(noun, HOME_POSSESSORS) for h in _places(s, c)]
        if noun.lemma in GUARD_NOUNS:  # "the guards of the centre abandoned their posts"
            return [
                h for p in s.children(noun, PREPOSITIONS) if p.lower in GUARD_PREPS for h in _of_places(s, p)
            ]
    return []


AID_VERBS = frozenset({"help", "assist", "aid", "rescue", "support", "reinforce", "fight", "join"})


def _came_to_aid(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "the teams that came to help", "fighters went to join them": a verb of travel with a
    purpose of aid or combat is a movement even where no place is named."""
    if cls.kind is not MovementKind.TRAVEL or cls.object != "-":
        return False
    for purpose in s.children(tok, frozenset({"advcl", "xcomp"})):
        if purpose.lemma in AID_VERBS and any(a.lower == "to" for a in s.children(purpose, AUXILIARIES)):
            return True
    return False


MISSION_GOALS = frozenset({"frontier", "front", "border", "frontline", "line", "lines"})
"""Nouns a force is sent to with no place named ("sent troops to the frontier")."""


def _sent_on_mission(s: _Sentence, tok: Token, cls: VerbClass, patient: Token | None, ctx: _Context) -> bool:
    """ "had sent a force to separate the two groups", "sent extra troops to the frontier": a
    force sent for a purpose, to a front or onto unnamed ground (:data:`GROUND_WORDS`: "moved
    extra men into the terminal buildings") is deployed even where no place is named."""
    if cls.object != "mover" or cls.kind is not MovementKind.DEPLOY or patient is None:
        return False
    sent_force = patient.lemma in FORCE_HEADS or patient.lemma in SENT_FORCES
    if not sent_force and (s.actor_at[patient.i] is None or patient.pos != "PROPN"):
        return False
    preps = [p for p in s.children(tok, PREPOSITIONS) if p.lower in DEST_PREPS and not _dates(s, p)]
    goals = [obj.lemma in MISSION_GOALS | GROUND_WORDS for p in preps for obj in s.children(p, PREP_OBJECTS)]
    if goals and not all(goals):
        return False  # "sent forces into a western town": a place meant but not found
    for purpose in s.children(tok, frozenset({"advcl", "xcomp"})):
        if any(a.lower == "to" for a in s.children(purpose, AUXILIARIES)):
            return True  # "sent a force to separate them"
    return bool(goals)


SETTING_OUT_KINDS = frozenset({MovementKind.ADVANCE, MovementKind.DEPLOY, MovementKind.TRAVEL})
"""Kinds of move whose mover, named "from X" ("forces from X advanced on Y"), set out from X."""


def _from_places(s: _Sentence, tok: Token) -> list[Hit]:
    """Named places in ``tok``'s own "from X" phrases. On the mover ("forces from the east
    moved to Y"), the place it comes from; on the destination ("drove to the crossing from X",
    "advanced on the capital from X": the parser hangs the verb's "from X" there), where the
    move set out."""
    found: list[Hit] = []
    for prep in s.children(tok, PREPOSITIONS):
        if prep.lower == "from" and not _homeland_aside(s, prep):
            for obj in s.children(prep, PREP_OBJECTS):
                found.extend(_places(s, obj))
    return found


SHARE_ADVERBS = frozenset(
    {"mostly", "mainly", "largely", "chiefly", "predominantly", "primarily", "overwhelmingly"}
)
"""Adverbs by which a "from" phrase tells the homes of most of a group ("mostly from Chad")."""


def _homeland_aside(s: _Sentence, prep: Token) -> bool:
    """ "The group, mostly from Nigeria and Ghana, was driven to X": a "from" phrase set off by a
    comma after its noun and led by an adverb of share (:data:`SHARE_ADVERBS`) tells where the
    people come from, not the place a move left nor an owner of the group; the phrase with no
    such adverb ("forces from the east moved to Y") still does."""
    if prep.lower != "from" or prep.i < 2:
        return False
    lead = s.tokens[prep.i - 1]
    if lead.lower not in SHARE_ADVERBS or lead.head != prep.i:
        return False
    return s.tokens[lead.i - 1].text == ","


BASED_WORDS = frozenset({"based", "stationed", "garrisoned"})
"""Participles that place a force ("Misrata-based forces", "units stationed in X")."""
BASED_PREPS = frozenset({"in", "at", "around"})
POSTED_PARTICIPLES = BASED_WORDS | {"posted", "deployed"}
"""Passive participles that tell where a force stood ("fighters who had been stationed at X",
"troops deployed in X"): a retreat of that force left the place."""


def _based_places(s: _Sentence, mover: Token) -> list[Hit]:
    """ "Misrata-based forces moved to Y", "units based in X advanced on Y": where the mover is
    based is where it set out from."""
    found: list[Hit] = []
    for c in s.children(mover, frozenset({"amod", "acl"})):
        if c.lower in BASED_WORDS:
            for part in s.children(c, frozenset({"npadvmod", "compound"})):
                found.extend(_places(s, part))
            for prep in s.children(c, PREPOSITIONS):
                if prep.lower in BASED_PREPS:
                    found.extend(_of_places(s, prep))
    return found


SENT_PARTICIPLES = frozenset(
    {"bring", "send", "fly", "ship", "transfer", "dispatch", "airlift", "truck", "ferry", "redeploy"}
)
"""Verbs whose passive participle on what a force is sent with tells where it came from:
"reinforced X with fighters brought from Y", "troops flown in from Y": they set out from Y."""


def _sent_from_places(s: _Sentence, noun: Token) -> list[Hit]:
    """The places in the "from" phrase of a sending participle on ``noun`` or its conjuncts
    ("fighters and weapons brought from X": the parser hangs the participle on the last one)."""
    found: list[Hit] = []
    for member in (noun, *s.children(noun, CONJUNCTS)):
        for c in s.children(member, frozenset({"acl"})):
            if c.tag != "VBN" or c.lemma not in SENT_PARTICIPLES:
                continue
            for prep in s.children(c, PREPOSITIONS):
                if prep.lower == "from":
                    found.extend(h for h in _of_places(s, prep) if not any(h is f for f in found))
    return found


def _supplied_with(s: _Sentence, tok: Token) -> list[Token]:
    """The nouns of a verb's "with" phrase: what a place is reinforced or supplied with."""
    return [
        o for p in s.children(tok, PREPOSITIONS) if p.lower == "with" for o in s.children(p, PREP_OBJECTS)
    ]


STAYING_KINDS = frozenset({MovementKind.WITHDRAW, MovementKind.TRAVEL})
"""Kinds of move whose movers, told as kept or staying somewhere, left that place (a verb of
sending, "were transferred", is left out: a place left makes people sent a withdrawal)."""
KEPT_PARTICIPLES = frozenset(
    {"hold", "keep", "detain", "trap", "strand", "maroon", "house", "jail", "imprison", "confine"}
)
"""Verbs whose passive participle on people tells where they were kept ("migrants held at X")."""
STAYING_VERBS = frozenset({"live", "stay", "shelter", "camp", "reside", "wait", "hide", "work", "report"})
"""Verbs of staying somewhere ("families who had been living in X", "people sheltering in X",
"journalists who had been working in X")."""
REPORTING_VERBS_FROM = frozenset({"report"})
"""Staying verbs whose "from X" also places the stay: "journalists who had been reporting from X"."""
STAYING_CLAUSES = frozenset({"acl", "relcl"})


def _carried_passive(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "passengers stranded at X were taken (bused, transferred) to Y": a passive verb of carrying
    (``TRANSFER_VERBS``) with a place reached moves its subject away from where it was kept (a
    sending verb with no place reached is left out, as ``STAYING_KINDS`` says)."""
    return (
        cls.object == "mover"
        and cls.lemma in TRANSFER_VERBS
        and _is_passive(s, tok)
        and _prep_object(s, tok, CARRIED_TO) is not None
    )


def _kept_before(actors: Sequence[Hit], ctx: _Context) -> list[Hit]:
    """ "The militia held 40 detainees in X. They were driven to Y": a carried "they"
    (``_carried_people``) whose antecedent an earlier sentence told held in a place
    (``_Context.remember_kept``) set out from that place."""
    return [h for a in actors for h in ctx.kept_at.get(a.start, [])]


def _kept_places(s: _Sentence, mover: Token) -> list[Hit]:
    """ "Migrants held at X were transferred to Y", "civilians trapped in X were evacuated",
    "families who had been living in X reached Y": where the movers' own participle or relative
    clause says they were kept or stayed ("in", "at", "inside") is the place they left. Also
    for the group a partitive mover is part of ("dozens of migrants stranded in X"). Holding
    a place ("fighters holding X") is ``_held_by``'s: an active participle with an object."""
    found: list[Hit] = []
    for noun in (
        mover,
        *(o for p in s.children(mover, PREPOSITIONS) if p.lower == "of" for o in s.children(p, PREP_OBJECTS)),
    ):
        for clause in s.children(noun, STAYING_CLAUSES):
            kept = clause.lemma in KEPT_PARTICIPLES and clause.tag == "VBN"
            if not (kept or clause.lemma in STAYING_VERBS) or s.child(clause, OBJECTS) is not None:
                continue
            for prep in s.children(clause, PREPOSITIONS):
                if prep.lower in LOCATED_PREPS or (
                    prep.lower == "from" and clause.lemma in REPORTING_VERBS_FROM
                ):
                    found.extend(_of_places(s, prep))
            cause = _agent(s, clause) if kept else None  # "trapped by the shooting in X": X
            if cause is not None and not found:
                found.extend(
                    h
                    for p in s.children(cause, PREPOSITIONS)
                    if p.lower in LOCATED_PREPS
                    for h in _of_places(s, p)
                )
    return found


SEAT_PREPS = frozenset({"in"})


def _seat_places(s: _Sentence, mover: Token) -> list[Hit]:
    """ "The Government of National Unity in Tripoli flew supplies to X", "militias in Zawiya
    moved toward Y": the town or site a mover is told to be in is where its move set out from
    (a region or a country is only its setting). The parser may hang "in X" on the last word
    of a name ("Government of National Unity in X")."""
    nouns = [
        mover,
        *(o for p in s.children(mover, PREPOSITIONS) if p.lower == "of" for o in s.children(p, PREP_OBJECTS)),
    ]
    found = [
        h
        for n in nouns
        for p in s.children(n, PREPOSITIONS)
        if p.lower in SEAT_PREPS and p.i > mover.i
        for h in _of_places(s, p)
    ]
    return [h for h in found if not _is_area(h)]


def _pulls_out_itself(cls: VerbClass, patient: Token | None, obj: Token | None) -> bool:
    """ "GNA forces in Sirte had withdrawn", "the fighters in Gharyan pulled back overnight": a
    withdrawal row whose mover goes itself (no forces moved as its object) leaves the town or
    site the mover is told to be in (:func:`_seat_places`), as a move setting out from it does.
    "The government in Tripoli withdrew its forces" moves the forces, not the government: no
    origin from its seat."""
    return cls.kind is MovementKind.WITHDRAW and patient is None and obj is None


LOADING_VERBS = frozenset({"embark", "board", "load", "pick", "take"})
"""Verbs of taking people or cargo aboard ("took on board", "embarked", "picked up", "loaded")."""
LOADING_PARTICLES: Mapping[str, str] = {"take": "on", "pick": "up"}
"""The particle a loading verb needs to load ("took on", "picked up"; a bare "took" is a capture)."""


def _loaded_at(s: _Sentence, tok: Token) -> list[Hit]:
    """ "the frigate took on passengers in X and sailed for Y", "embarked 200 people at X and
    sailed to Y": a move told as the conjunct after a loading (:data:`LOADING_VERBS`) sets out
    from the place ("in", "at") where the loading was."""
    if tok.dep != "conj":
        return []
    head = s.head(tok)
    if head.i >= tok.i or head.lemma not in LOADING_VERBS:
        return []
    needed = LOADING_PARTICLES.get(head.lemma)
    if needed is not None and not any(c.lower == needed for c in s.children(head, frozenset({"prt"}))):
        return []
    for holder in (head, *s.children(head, OBJECTS)):
        found = _located_in(s, holder)
        if found:
            return found
    return []


def _setting_out_places(s: _Sentence, tok: Token) -> list[Hit]:
    """ "Setting off from X, the brigades advanced on Y", "moving from X, ...": a participle
    beside the move, with no subject of its own, names where the move set out from."""
    return [
        h
        for c in s.children(tok, frozenset({"advcl"}))
        if c.tag == "VBG" and s.child(c, ALL_SUBJECTS) is None
        for h in _from_places(s, c)
    ]


DISTANCING_WORDS = frozenset({"further", "farther"})


def _moving_away(s: _Sentence, tok: Token) -> bool:
    """ "moved further from X", "were pushed farther from X": a move away from the place
    left, with no place reached, is a withdrawal ("moved further into X" reaches a place); so
    is taking new positions outside it ("units repositioned outside the town")."""
    if tok.lemma in REPOSITION_VERBS and any(p.lower in OUTSIDE_PREPS for p in s.children(tok, PREPOSITIONS)):
        return True
    return any(c.lower in DISTANCING_WORDS for c in s.children(tok, frozenset({"advmod"})))


REPOSITION_VERBS = frozenset({"reposition", "redeploy", "regroup", "relocate"})
"""Verbs of taking new positions: "outside X" after them is the place they left."""
DEPLOYING_VERBS = frozenset({"deploy", "send", "dispatch", "despatch"})
"""Verbs that name a deployment outright: "deployed toward X" stays a deployment (the units are
posted facing X), and so does a sending ("sent reinforcements toward X", "dispatched armoured
vehicles from Y toward X": forces sent by their owner), where "moved forces toward X" is an
advance on it."""
OUTSIDE_PREPS = frozenset({"outside"})


def _after_unnamed_ground(s: _Sentence, tok: Token, obj: Token) -> bool:
    """ "fled to farms outside X": the parser hangs "outside X" on the verb right after a "to"
    phrase whose noun names no place; X is the place left, not where the move went."""
    found = _verbs_phrase_before(s, tok, obj, REACH_PREPS)
    return found is not None and found.pos == "NOUN" and not _places(s, found)


def _verbs_phrase_before(s: _Sentence, tok: Token, obj: Token, preps: frozenset[str]) -> Token | None:
    """The noun of the verb's own ``preps`` phrase ending just before the preposition of ``obj``,
    when the parser hangs both phrases on the verb ``tok`` ("moved from their bases | in X"). The
    phrase may open with a two-word preposition the parser splits ("pulled out of their barracks
    | in X": "of" under "out", under the verb)."""
    prep = s.tokens[obj.head]
    if prep.head != tok.i or prep.i == 0:
        return None
    noun = s.tokens[prep.i - 1]
    before = s.tokens[noun.head]
    if noun.dep not in PREP_OBJECTS or before.i == before.head:
        return None
    if before.lower in preps and before.head == tok.i:
        return noun
    first = s.tokens[before.head]
    if first.head == tok.i and first.i == before.i - 1 and f"{first.lower} {before.lower}" in preps:
        return noun
    return None


def _ground_outside(s: _Sentence, obj: Token) -> list[Hit]:
    """ "streamed back from the front outside X", "pulled out of positions outside X": unnamed
    ground (:data:`AREA_NOUNS`) outside a place that a move leaves sets out from that place."""
    return _outside_places(s, obj) if obj.lemma in AREA_NOUNS else []


def _outside_places(s: _Sentence, obj: Token) -> list[Hit]:
    """ "fled to farms outside X", "pulled back to positions outside X": a withdrawal to
    unnamed ground outside a place left that place."""
    return [h for p in s.children(obj, PREPOSITIONS) if p.lower in OUTSIDE_PREPS for h in _of_places(s, p)]


SETTING_PREPS = frozenset({"in", "inside", "within"})
NOMINAL_POS = frozenset({"PROPN", "NOUN"})


def _gapped_places(s: _Sentence, verb: Token) -> list[Hit]:
    """ "won control of the port area of X, and nearby Y": a named place the parser hung on the
    verb as its conjunct (a bare noun with no clause of its own) is one more place taken."""
    out: list[Hit] = []
    for c in s.children(verb, CONJUNCTS):
        if c.pos not in NOMINAL_POS or s.place_at[c.i] is None or any(s.children(c, ALL_SUBJECTS | OBJECTS)):
            continue
        out.extend(_places(s, c))
    return out


def _gapped_goals(s: _Sentence, verb: Token, dests: list[Hit]) -> list[Hit]:
    """ "swept into X and then Y": a named place the parser hung on a verb of going as its
    conjunct, after the place the verb's preposition reached, is one more place reached."""
    last = max(d.start for d in dests)
    return [h for h in _gapped_places(s, verb) if h.start > last and not any(h is d for d in dests)]


def _placed_pair(s: _Sentence, verb: Token, patient: Token) -> list[Hit]:
    """ "Seized X just south of Y and Z to the north": a named place joined to the reference
    point of the first place's direction, and placed by a direction of its own ("to the
    north"), is one more place taken (the parse makes it the reference point's conjunct)."""
    out: list[Hit] = []
    for way in (w for head in (verb, patient) for w in s.children(head, frozenset({"advmod", "npadvmod"}))):
        ref = _prep_object(s, way, ("of",)) if way.lower in COMPASS_WORDS else None
        if ref is None or not any(
            _own_direction(s, p, ref) for h in (verb, ref) for p in s.children(h, PREPOSITIONS)
        ):
            continue
        for c in s.children(ref, CONJUNCTS):
            if s.place_at[c.i] is not None and s.place_at[c.i] is not s.place_at[ref.i]:
                out.extend(_places(s, c))
    return out


def _own_direction(s: _Sentence, prep: Token, ref: Token) -> bool:
    """ "to the north" after the reference point: a direction that places a later name."""
    return (
        prep.lower == "to"
        and prep.i > ref.i
        and any(o.lower in COMPASS_WORDS for o in s.children(prep, PREP_OBJECTS))
    )


def _without_setting(s: _Sentence, tok: Token, patient: Token, dests: list[Hit]) -> list[Hit]:
    """ "Seized the airport in eastern Tripoli": the place taken is the airport; the area it
    lies in ("in Y" on the verb or on the object) is its setting, not a second place taken."""
    setting: set[int] = set()
    for head in (tok, patient):
        for prep in s.children(head, PREPOSITIONS):
            if prep.lower in SETTING_PREPS:
                setting.update(id(h) for t in s.children(prep, PREP_OBJECTS) for h in _places(s, t))
    kept = [d for d in dests if id(d) not in setting]
    return kept if kept else dests


def _previous_taker(
    s: _Sentence, tok: Token, subject: Token | None, cls: VerbClass, ctx: _Context
) -> list[Hit]:
    """ "X forces attacked Sirte; the city was captured two days later": an agentless capture
    of the place the latest assault just before was on is that assault's side's."""
    if subject is None or cls.kind is not MovementKind.CAPTURE:
        return []
    reached = _patient_places(s, tok, subject, cls)
    if reached is None or not reached[0]:
        return []
    floor = max(tok.start - TAKER_REACH, ctx.entry_start(tok.start))
    for d in reversed(ctx.drafts[-6:]):
        if d.trigger.start < floor or d.actor is None or d.kind not in ASSAULT_KINDS:
            continue
        if d.actor.actor_kind in _GROUPS and any(_same_place(d.destination, p) for p in reached[0]):
            return [d.actor]
    return []


TAKER_REACH = 400
"""How far back (characters) an agentless capture looks for the assault that took the place."""

RETAKING_LEMMAS = frozenset({"retake", "recapture", "regain", "reclaim", "recover"})
"""Capture verbs that tell a place changing hands back: told with no agent after one side's
captures, they may well be the other side's, so :func:`_next_in_run_taker` leaves them."""


def _next_in_run_taker(
    s: _Sentence, tok: Token, subject: Token | None, cls: VerbClass, ctx: _Context
) -> list[Hit]:
    """ "X's units seized A, B and C on Monday. D was taken the following day": an agentless
    capture of a named place, told when the story's latest move (within :data:`TAKER_REACH`,
    in the same entry) is a capture of another place by an armed side, goes on that side's run
    of captures. Not a retaking (:data:`RETAKING_LEMMAS`), nor after any other kind of move."""
    if subject is None or cls.kind is not MovementKind.CAPTURE or cls.lemma in RETAKING_LEMMAS:
        return []
    reached = _patient_places(s, tok, subject, cls)
    if reached is None or not reached[0] or not ctx.drafts:
        return []
    last = ctx.drafts[-1]
    floor = max(tok.start - TAKER_REACH, ctx.entry_start(tok.start))
    if last.trigger.start < floor or last.trigger.end > tok.start or last.kind is not MovementKind.CAPTURE:
        return []
    if last.actor is None or last.actor.actor_kind not in _GROUPS or last.destination is None:
        return []
    return [last.actor]


def _placeless_assault_taker(
    s: _Sentence, tok: Token, subject: Token | None, cls: VerbClass, ctx: _Context
) -> list[Hit]:
    """ "The army's ground forces moved back in. X and Y had both been retaken": an agentless
    capture of a named place, told right after an armed side's advance that named no place
    (the story's latest move, within :data:`TAKER_REACH` and the same entry), is that side's:
    the places taken are where its advance went."""
    if subject is None or cls.kind is not MovementKind.CAPTURE or not ctx.drafts:
        return []
    reached = _patient_places(s, tok, subject, cls)
    if reached is None or not reached[0]:
        return []
    last = ctx.drafts[-1]
    floor = max(tok.start - TAKER_REACH, ctx.entry_start(tok.start))
    if last.trigger.start < floor or last.trigger.end > tok.start or last.kind is not MovementKind.ADVANCE:
        return []
    if last.actor is None or last.actor.actor_kind not in _GROUPS or last.destination is not None:
        return []
    return [last.actor]


GOAL_HANGING_DEPARTURES = DEPARTURES | {"flee", "abandon", "evacuate"}
"""Verbs of leaving a place whose goal ("for Y") the parser may hang on the place left."""
DEPARTURE_GOALS = frozenset({"for"})
"""The preposition of where a departure goes ("left X for Y")."""


def _goal_hung_on_left_place(s: _Sentence, left: Token) -> list[Hit]:
    """ "Families leave Ain Zara for Tajoura and Janzour", "have since left the area for Y":
    the parser may hang the goal of a departure on the place left (its object, named or one of
    :data:`UNNAMED_LEFT_PLACES`); it is still where the movers go, never a place they left."""
    found: list[Hit] = []
    for place in (left, *s.children(left, CONJUNCTS)):  # "fled X and the villages around it for Y"
        if s.place_at[place.i] is None and (place.pos != "NOUN" or place.lemma not in UNNAMED_LEFT_PLACES):
            continue
        _add_departure_goals(s, place, found)
    return found


def _add_departure_goals(s: _Sentence, head: Token, found: list[Hit]) -> None:
    """Add to ``found`` the places (and their heading conjuncts) of ``head``'s "for" phrases
    (:data:`DEPARTURE_GOALS`) that it does not hold yet."""
    for prep in s.children(head, PREPOSITIONS):
        if prep.lower not in DEPARTURE_GOALS:
            continue
        for goal in s.children(prep, PREP_OBJECTS):
            found += [
                h for h in (*_places(s, goal), *_heading_conjuncts(s, goal)) if not any(h is f for f in found)
            ]


FROM_GOAL_DEPARTURES = DEPARTURES | {"set"}
"""Verbs of setting out ("set out", "set off", "departed", "left") whose goal ("for Y") the
parser may hang on the place of their "from" phrase."""
FROM_PREPS = frozenset({"from"})


def _goal_hung_on_from_place(s: _Sentence, tok: Token) -> list[Hit]:
    """ "The column set out from Kufra for Tazirbu", "trucks set off from Sabha for Ubari": the
    parser may hang the goal of a departure on the place it set out from; it is still where the
    movers go (as :func:`_goal_hung_on_left_place` reads "left X for Y")."""
    found: list[Hit] = []
    for prep in s.children(tok, PREPOSITIONS):
        if prep.lower in FROM_PREPS:
            for left in s.children(prep, PREP_OBJECTS):
                found += [h for h in _goal_hung_on_left_place(s, left) if not any(h is f for f in found)]
    return found


MEANS_PREPS = frozenset({"by"})
"""Prepositions of the means a departure takes ("left X by road for Y")."""


def _goal_hung_on_means(s: _Sentence, tok: Token) -> list[Hit]:
    """ "Diplomats left Tripoli by road for Tunisia", "the crew left the port by sea for Malta":
    the parser may hang the goal of a departure on the means of its "by" phrase (a noun of
    :data:`CARRIED_MEANS`); "road" or "sea" is no place, so the "for" place is where the movers
    go, as when the goal hangs on the place left (:func:`_goal_hung_on_left_place`)."""
    found: list[Hit] = []
    for by in s.children(tok, PREPOSITIONS):
        if by.lower not in MEANS_PREPS:
            continue
        for means in s.children(by, PREP_OBJECTS):
            if means.lemma not in CARRIED_MEANS:
                continue
            _add_departure_goals(s, means, found)
    return found


ESCORT_PREPS = frozenset({"under", "in", "with", "aboard", "on"})
"""Prepositions of the escort or vehicles a journey is made in ("driven under heavy escort to Y",
"travelled in an armoured convoy to Y", "flew on a military plane to Y")."""
ESCORT_GOAL_PREPS = frozenset({"to", "into", "toward", "towards"})
"""Prepositions of where such a journey goes, hung by the parser on the escort's noun; also
of where a sent vehicle goes, hung on its carrying clause (:func:`_goal_hung_on_cargo`)."""
ESCORTED_KINDS = frozenset(
    {MovementKind.TRAVEL, MovementKind.DEPLOY, MovementKind.ADVANCE, MovementKind.WITHDRAW}
)
"""Kinds of move an escort or convoy goes along on ("fled in a convoy to Y"); a capture's place
is what it takes, not where a convoy goes."""


def _goal_hung_on_escort(s: _Sentence, tok: Token) -> list[Hit]:
    """ "He was driven under heavy escort to Y", "the minister travelled in an armoured convoy to
    Y": the parser may hang the goal of a journey on the noun of the escort or vehicles it is made
    in (:data:`ESCORT_PREPS` and a noun of :data:`ESCORT_NOUNS` or :data:`RIDDEN_VEHICLES`), or on
    that noun's "of" phrase ("under cover of darkness to Y"), or on a heading participle on that
    noun ("in trucks bound for Y"); the escort goes nowhere of its own, so that place is where the
    mover goes."""
    found: list[Hit] = []
    for name, escort in _prep_args(s, tok):  # also "before dawn in trucks": hung on the time word
        if name not in ESCORT_PREPS or (
            escort.lemma not in ESCORT_NOUNS and escort.lemma not in RIDDEN_VEHICLES
        ):
            continue
        of = [
            o
            for p in s.children(escort, PREPOSITIONS)
            if p.lower == "of"
            for o in s.children(p, PREP_OBJECTS)
        ]
        for goal_prep in (p for n in (escort, *of) for p in s.children(n, PREPOSITIONS)):
            if goal_prep.lower in ESCORT_GOAL_PREPS:
                found += [h for goal in s.children(goal_prep, PREP_OBJECTS) for h in _places(s, goal)]
        found += _bound_goals(s, escort)  # "in trucks bound for Y"
    return found


def _goal_hung_on_cargo(s: _Sentence, moved: Token) -> list[Hit]:
    """ "Turkey sent two ships carrying field hospitals to Derna", "dispatched a convoy loaded
    with tents into X": the parser may hang the goal of a sending on the participle that tells
    what the sent vehicles carry (a lemma of :data:`CARRYING_LEMMAS`); the vehicles still go
    there, so it is the sending's destination."""
    found: list[Hit] = []
    for clause in s.children(moved, CARRYING_LINKS):
        if clause.lemma not in CARRYING_LEMMAS and clause.lower not in CARRYING_LEMMAS:
            continue
        for prep in s.children(clause, PREPOSITIONS):
            if prep.lower not in ESCORT_GOAL_PREPS:
                continue
            for goal in s.children(prep, PREP_OBJECTS):
                found += [h for h in _places(s, goal) if not any(h is f for f in found)]
    return found


WAY_HOLDERS = frozenset({"be"})
"""Verbs joined to a departure that carry its "on one's way to Y" ("left X and is on his way")."""
WAY_GOAL_PREPS = frozenset({"to", "toward", "towards"})
"""Prepositions of where one's way goes ("on his way to Y")."""
WAY_BACK_WORDS = frozenset({"back", "home"})
"""Adverbs on one's way that the parser may hang its goal on ("on his way back to Y")."""


def _on_the_way_to(s: _Sentence, tok: Token) -> list[Hit]:
    """ "Left X on Monday and is on his way to Y", "departed X on its way to Y": the place one's
    own way (:func:`_own_way`) leads to, on the departure or on a "be" joined to it, is where
    the movers go."""
    holders = [tok, *(c for c in s.children(tok, CONJUNCTS) if c.lemma in WAY_HOLDERS)]
    found: list[Hit] = []
    for holder in holders:
        for on in s.children(holder, PREPOSITIONS):
            if on.lower != "on":
                continue
            for way in s.children(on, PREP_OBJECTS):
                if not _own_way(s, way):
                    continue
                backs = [b for b in s.children(way, frozenset({"advmod"})) if b.lower in WAY_BACK_WORDS]
                for prep in (p for w in (way, *backs) for p in s.children(w, PREPOSITIONS)):
                    if prep.lower in WAY_GOAL_PREPS:
                        found += [h for goal in s.children(prep, PREP_OBJECTS) for h in _places(s, goal)]
    return found


def _verb_places(
    s: _Sentence,
    tok: Token,
    cls: VerbClass,
    actor_tok: Token | None,
    carried: tuple[Token | None, bool],
    withdrawn: bool,
) -> tuple[list[Hit], list[Hit], bool]:
    """Origins, destinations and "towards" from the verb's prepositions (and those of what it
    carries), chained "from X to Y", a relative "where", and a purpose clause."""
    origins, dests, towards = _prep_places(s, tok, cls, actor_tok)
    if not origins and tok.lemma in EVACUATING_VERBS:
        origins = _evacuees_driven_from(s, tok)  # "evacuated X to Y, driving them out of Z": from Z
    carrier, moved_out = carried
    hung = (
        _goal_hung_on_left_place(s, carrier)
        if cls.lemma in GOAL_HANGING_DEPARTURES and carrier is not None
        else []
    )
    if not dests:
        dests = hung  # "leave Ain Zara for Tajoura", "left the area for Y"
    if not dests and cls.lemma in DEPARTURES:
        dests = _goal_hung_on_means(s, tok)  # "left Tripoli by road for Tunisia"
    if not dests and cls.lemma in FROM_GOAL_DEPARTURES:
        dests = _goal_hung_on_from_place(s, tok)  # "set out from Kufra for Tazirbu"
    if not dests and cls.lemma in DEPARTURES:
        dests = _on_the_way_to(s, tok)  # "left X on Monday and is on his way to Y"
    if not dests and cls.kind in ESCORTED_KINDS:
        dests = _goal_hung_on_escort(s, tok)  # "was driven under heavy escort to Y"
    if not dests and cls.object == "mover" and carrier is not None:
        dests = _goal_hung_on_cargo(s, carrier)  # "sent two ships carrying tents to X"
    if carrier is not None and (cls.object == "mover" or moved_out or not _places(s, carrier)):
        more = _prep_places(s, carrier, cls, actor_tok)
        if cls.object == "origin" and not moved_out:
            more = (
                [h for h in more[0] + more[1] if not any(h is g for g in hung)] + _edge_places(s, carrier),
                [],
                False,
            )  # "abandoned their positions on the edge of X": where they were
        origins, dests, towards = origins + more[0], dests + more[1], towards or more[2]
        if cls.object == "dest" and more[1]:
            dests = _without_scene(s, tok, dests)  # "Inside the city, units took over a camp in X"
    if cls.object == "dest" and carrier is not None and not _places(s, carrier):
        dests = _without_fronted_scene(s, tok, dests)  # the parser hangs "in X" on the verb
    if cls.object == "origin" and carrier is not None and not moved_out and _holds_a_force(s, carrier):
        held = [  # "left their base at X": the parser hangs "at X" on the verb
            h for p in s.children(tok, PREPOSITIONS) if p.lower in LOCATED_PREPS for h in _of_places(s, p)
        ]
        origins += [h for h in held if not any(h is o for o in origins)]
        dests = [d for d in dests if not any(d is h for h in held)]
    if cls.object == "origin" and carrier is not None and not moved_out:
        held = _settlements_placed(s, tok, carrier)  # "left villages around X": X is what they left
        origins += [h for h in held if not any(h is o for o in origins)]
        dests = [d for d in dests if not any(d is h for h in held)]
    whole = _part_whole(s, carrier) if carrier is not None and cls.object == "mover" else None
    if whole is not None and not dests:
        more = _prep_places(s, whole, cls, actor_tok)  # "ordered units of the X force into Y"
        origins, dests, towards = origins + more[0], more[1], towards or more[2]
    if carrier is not None and cls.object == "mover" and not origins:
        origins, found = _conjunct_places(s, carrier, cls, actor_tok)  # "sent X and a unit from Y"
        dests = dests or found
    if cls.object == "mover" and not origins:
        sent = ([carrier] if carrier is not None else []) + _supplied_with(s, tok)
        origins = [h for m in sent for h in _sent_from_places(s, m)]  # "with troops sent from Y"
        origins = origins or [
            h for m in _supplied_with(s, tok) for h in _from_places(s, m)
        ]  # "with men from Y"
    if not dests:
        chained = _chained_places(s, tok)  # "sent food from its X depot to Y"
        origins, dests = origins + [o for o in chained[0] if o not in origins], chained[1]
    if not dests:
        dests, towards = _companion_places(s, tok, cls, actor_tok, towards)
    if not dests and cls.lemma in ARRIVAL_VERBS:
        dests = _reported_scene(s, tok)  # "In X, officials said 260 families had arrived": X
    if not dests and cls.object == "mover":
        sent = [carrier] if carrier is not None else _particle_objects(s, tok, cls)
        dests = [h for c in sent for h in _landed_places(s, c)]  # "sent a ship, which docked at X"
    if not origins:
        origins = _stopped_at(s, tok)  # "was stopped at a checkpoint at X and turned back": from X
    route = _route_places(s, tok, road_object=cls.object == "-")  # "moving along the coast road from X"
    origins += [o for o in route[0] if not any(o is h for h in origins)]
    dests = dests or route[1]
    towards = towards or bool(route[0] or route[1])  # forces on a road are heading somewhere
    if cls.object == "expel":
        origins = _without_homes(s, tok, origins)
        origins, dests = (
            ([], origins)
            if not withdrawn
            else (origins, dests if cls.particle == "back" or _drove_off(s, tok) else [])
        )
    if not dests and (cls.object != "origin" or (carrier is None and _falls_back(cls))):
        dests.extend(_where_places(s, tok))  # "X, where the militias had fled": they fled to X
    if not dests:
        for purpose in s.children(tok, frozenset({"advcl", "xcomp"})):
            if cls.kind in (MovementKind.DEPLOY, MovementKind.ADVANCE) or purpose.lemma in REACHING_VERBS:
                dests.extend(_purpose_places(s, purpose))  # "sent troops to secure the field"
    if not dests and cls.lemma in DEPARTURES and _bound_for_front(s, tok):
        towards = True  # "left Misrata for the front": on the way to fight
    later = _only_to_verb(s, tok) if cls.object == "origin" and not origins else None
    if later is not None:
        origins = _places_reached(s, later, cls)  # "reached X, only to leave again"
    goals = _goal_places(s, tok) if cls.kind in GOAL_KINDS else []
    if goals:  # "pushed east, setting their sights on X": X is the place aimed at
        dests = goals + [d for d in dests if not _is_area(d) and not any(d is g for g in goals)]
    if dests:
        dests += [h for h in _onward_places(s, tok) if not any(h is d for d in dests)]
        dests = _without_fronted_region(tok, dests)
    if not dests and cls.object == "mover":
        dests = _reached_when_sent(s, tok)  # "reinforcements sent by X from Y reached Z": to Z
    left = (
        [o for o in origins if _named_as_left(s, tok, o, cls.object == "mover")]
        if cls.object != "expel"
        else []
    )
    dests = [d for d in dests if not (any(d is o for o in left) or _described_left(s, d, left))]
    return origins, dests, towards  # "from X to relieve the town": X is left, not reached


def _without_scene(s: _Sentence, tok: Token, dests: list[Hit]) -> list[Hit]:
    """ "Inside the city, units took over a camp in X", "In Benghazi, the army captured a barracks
    in Y": where the object is an unnamed site placed by its own "in X", the place taken is X; the
    place on the verb after a setting preposition (:data:`SETTING_PREPS`) is only the scene, no
    second place taken. Nothing is dropped when it would leave no place."""
    scene = {
        id(h)
        for p in s.children(tok, PREPOSITIONS)
        if p.lower in SETTING_PREPS
        for t in s.children(p, PREP_OBJECTS)
        for h in _places(s, t)
    }
    kept = [d for d in dests if id(d) not in scene]
    return kept if kept else dests


def _without_fronted_scene(s: _Sentence, tok: Token, dests: list[Hit]) -> list[Hit]:
    """ "In Benghazi, the army captured a camp in Sabri", where the parser hangs both phrases on
    the verb: a setting phrase (:data:`SETTING_PREPS`) that opens the sentence and is closed by a
    comma is the scene, and the unnamed site taken lies in the other place named. Nothing is
    dropped when it would leave no place ("In Benghazi, the army captured the barracks")."""
    scene: set[int] = set()
    for prep in s.children(tok, PREPOSITIONS):
        if prep.i != 0 or prep.lower not in SETTING_PREPS:
            continue
        hi = s.sent.subtree(prep)[1]
        after = next((t for t in s.tokens[prep.i + 1 : tok.i] if t.start >= hi), None)
        if after is not None and after.text == ",":
            scene.update(id(h) for o in s.children(prep, PREP_OBJECTS) for h in _places(s, o))
    kept = [d for d in dests if id(d) not in scene]
    return kept if kept else dests


ARRIVAL_VERBS = frozenset({"arrive"})
"""Verbs of coming somewhere that, with no place of their own, may arrive in a report's scene."""


def _reported_scene(s: _Sentence, tok: Token) -> list[Hit]:
    """ "In Janzour, the council said some 260 families had arrived since Friday": an arrival with
    no place of its own, told in the clause of a speech verb (``SAYING_VERBS``) whose sentence
    opens with "In X," (the phrase hung on the speech verb, closed by a comma), arrives in X; the
    fronted scene of the report is the scene of what it reports."""
    if tok.dep not in SPEECH_LINKS:
        return []
    verb = s.head(tok)
    if verb.lemma not in SAYING_VERBS:
        return []
    for prep in s.children(verb, PREPOSITIONS):
        if prep.i != 0 or prep.lower != "in":
            continue
        hi = s.sent.subtree(prep)[1]
        after = next((t for t in s.tokens[prep.i + 1 : verb.i] if t.start >= hi), None)
        if after is not None and after.text == ",":
            return _of_places(s, prep)
    return []


LANDING_VERBS = frozenset({"land", "arrive", "dock", "touch", "reach", "enter"})
"""Verbs of arriving that, in a relative clause on what was sent, tell where it went."""
LANDING_PREPS = frozenset({"in", "at", "on", "to", "into"})
OBJECT_LANDINGS = frozenset({"reach", "enter"})
"""Verbs of arriving whose object is the place reached ("a convoy that reached X")."""


def _landed_places(s: _Sentence, carrier: Token) -> list[Hit]:
    """ "Algeria flew in two aircraft, which landed in Benghazi", "sent a ship that docked at
    X", "sent a column that entered Y": a relative clause of arriving on the thing sent names
    the sending's destination. On a convoy or column the parser may hang the clause on what it
    is "of" ("sent a convoy of 40 trucks that reached X"); it tells of the convoy still."""
    content = _prep_object(s, carrier, ("of",)) if carrier.lemma in CONVOY_HEADS else None
    holders = (carrier,) if content is None else (carrier, content)
    for rel in (r for h in holders for r in s.children(h, frozenset({"relcl"}))):
        if rel.lemma not in LANDING_VERBS:
            continue
        if rel.lemma in OBJECT_LANDINGS:
            return [h for o in s.children(rel, OBJECTS) for h in _places(s, o)]
        return [
            h
            for p in s.children(rel, PREPOSITIONS)
            if p.lower in LANDING_PREPS
            for o in s.children(p, PREP_OBJECTS)
            for h in _places(s, o)
        ]
    return []


def _particle_objects(s: _Sentence, tok: Token, cls: VerbClass) -> list[Token]:
    """ "flew in two aircraft": what a particle row moves, when the parse makes it the
    particle's object."""
    if cls.particle is None:
        return []
    return [
        o
        for p in s.children(tok, PREPOSITIONS)
        if p.lower == cls.particle
        for o in s.children(p, PREP_OBJECTS)
    ]


COMPANION_PREPS = frozenset({"with"})
"""Prepositions of what goes along with the mover ("sent planes with rescue teams to X")."""


def _companion_places(
    s: _Sentence, tok: Token, cls: VerbClass, actor_tok: Token | None, towards: bool
) -> tuple[list[Hit], bool]:
    """ "sent three aircraft with rescue teams to X": the parser hangs "to X" on the companion
    noun; where the companions go, the movement goes (destinations only: "teams from Y" tells
    where the companions come from, not the sender)."""
    dests: list[Hit] = []
    for p in s.children(tok, PREPOSITIONS):
        if p.lower in COMPANION_PREPS:
            for o in s.children(p, PREP_OBJECTS):
                more = _prep_places(s, o, cls, actor_tok)
                dests += [d for d in more[1] if not any(d is h for h in dests)]
                towards = towards or more[2]
    return dests, towards


EDGE_PREPS = frozenset({"on", "at", "along"})
EDGE_NOUNS = frozenset({"edge", "fringe", "fringes", "rim"})
"""Nouns of a town's border ("positions on the southern edge of X"): a reference word where a
move ends ("pushed out to the edge of the town"), a part of X where what is left stood."""


APPROACH_NOUNS = frozenset({"approach"})
APPROACH_PREPS = frozenset({"to", "of"})
"""Nouns of the ways into a town, named "to" or "of" it ("as far as the western approaches to
X"): a move that is no retreat going to them reaches the town, as its edge does."""
EDGE_GOAL_PREPS = frozenset({"to", "up to", "toward", "towards"})
"""Prepositions of the verb by which a move that is no retreat goes to a town's edge ("on the
edge of X" may only place another goal: "moved into the academy on the edge of X")."""
EDGE_ENTRY_PREPS = frozenset({"into", "onto"})
"""Prepositions of a move that enters a town's edge itself ("pushed into the southern edge of X",
"broke into the western fringes of X"): it reaches the town; an unnamed site entered there ("moved
into a school on the edge of X") is only placed on that edge."""
EDGELESS_KINDS = frozenset({MovementKind.WITHDRAW, MovementKind.CAPTURE})
"""Kinds whose "to the edge of X" reaches no X: a retreat there left X, and a side that "pushed
the LNA out to the edge of X" drove the other side there, taking nothing of X."""


def _edge_goals(s: _Sentence, tok: Token) -> list[Hit]:
    """ "moved armoured vehicles to the edge of X", "advanced to the western edge of X", "reached
    the edge of the town": a move that is no retreat, going to the edge of a town
    (:data:`EDGE_NOUNS` with "of", on a preposition of :data:`EDGE_GOAL_PREPS` or the object of
    :data:`REACHING_VERBS`), reaches the town (as "the outskirts of X" does); a side "pushed out
    to the edge of the town" left it (the caller asks only for other moves)."""
    edges = [
        e
        for p in s.children(tok, PREPOSITIONS)
        if p.lower in EDGE_GOAL_PREPS
        for e in s.children(p, PREP_OBJECTS)
    ]
    edges += [o for name, o in _prep_args(s, tok) if name.endswith(FAR_AS_TAIL)]  # "as far as the edge of X"
    if tok.lemma in REACHING_VERBS:
        edges += s.children(tok, OBJECTS)
    entered = [
        e
        for p in s.children(tok, PREPOSITIONS)
        if p.lower in EDGE_ENTRY_PREPS
        for e in s.children(p, PREP_OBJECTS)
        if e.lemma in EDGE_NOUNS
    ]
    found = [
        h
        for edge in entered
        for o in s.children(edge, PREPOSITIONS)
        if o.lower == "of"
        for h in _of_places(s, o)
    ]
    found += [
        h
        for edge in edges
        if edge.lemma in EDGE_NOUNS | APPROACH_NOUNS
        for o in s.children(edge, PREPOSITIONS)
        if o.lower == "of" or (o.lower in APPROACH_PREPS and edge.lemma in APPROACH_NOUNS)
        for h in _of_places(s, o)
    ]
    return found or [h for goal in edges if goal.lemma not in EDGE_NOUNS for h in _site_on_edge(s, goal)]


def _site_on_edge(s: _Sentence, goal: Token) -> list[Hit]:
    """ "moved to a camp on the edge of X", "taken to a new site of prefabricated units on the
    southern edge of X": an unnamed goal placed on a town's edge (itself, or what it is "of")
    lies in that town, as "a school in X" does; the move reaches X."""
    if _places(s, goal):
        return []
    holders = [
        goal,
        *(o for p in s.children(goal, PREPOSITIONS) if p.lower == "of" for o in s.children(p, PREP_OBJECTS)),
    ]
    return [h for holder in holders for h in _edge_places(s, holder)]


def _edge_places(s: _Sentence, carrier: Token) -> list[Hit]:
    """ "abandoned their positions on the (southern) edge of X": X, where the positions were."""
    return [
        h
        for p in s.children(carrier, PREPOSITIONS)
        if p.lower in EDGE_PREPS
        for edge in s.children(p, PREP_OBJECTS)
        if edge.lemma in EDGE_NOUNS
        for o in s.children(edge, PREPOSITIONS)
        if o.lower == "of"
        for h in _of_places(s, o)
    ]


def _falls_back(cls: VerbClass) -> bool:
    """A verb of falling back somewhere ("fled", "withdrew", "pulled back"): with no place
    left named as its object, a relative "where" names where the retreat went."""
    return cls.lemma in FALLING_BACK or cls.particle == "back"


FALLING_BACK = frozenset({"flee", "withdraw", "retreat"})


REACHING_VERBS = frozenset({"reach"})
"""A purpose that is the journey's end: "drove for days to reach X" went to X (any purpose of
a force sent names where it goes: "sent troops to secure the field")."""


LEFT_SETTLEMENTS = frozenset(
    {"city", "town", "village", "oasis", "neighbourhood", "neighborhood", "district", "suburb"}
    | {"quarter", "home", "house", "farm"}
)
"""Nouns of an unnamed place people live in ("villages", "their homes"): left, a place named
right after them says where they were."""
UNNAMED_LEFT_PLACES = LEFT_SETTLEMENTS | frozenset(
    {"area", "region", "camp", "shelter", "country", "capital"}
)
"""Nouns of an unnamed place a departure may leave ("left the area for Y", "left their homes
for Y"): a goal hung on them is where the movers go, as on a named place left."""


PLACING_PREPS = frozenset({"in", "at", "inside", "near", "around", "outside"})
"""Prepositions that place an unnamed settlement by a named one ("villages around X")."""


def _settlements_placed(s: _Sentence, verb: Token, left: Token) -> list[Hit]:
    """ "left villages around X for Y", "abandoned their homes near X": the parser hangs the
    phrase that places the unnamed settlements left on the verb; the place it names is left,
    not reached. Only a phrase right after the object's noun counts."""
    if left.lemma not in LEFT_SETTLEMENTS or _places(s, left):
        return []
    return [
        h
        for p in s.children(verb, PREPOSITIONS)
        if p.lower in PLACING_PREPS and p.i == left.i + 1
        for h in _of_places(s, p)
    ]


def _holds_a_force(s: _Sentence, noun: Token) -> bool:
    """Whether a noun is a force's place that names no town of its own ("their base", "its
    positions"): a place named beside it is where it is."""
    return (noun.lemma in BASE_NOUNS or noun.lemma in AREA_NOUNS) and not _places(s, noun)


def _conjunct_places(
    s: _Sentence, carrier: Token, cls: VerbClass, actor_tok: Token | None
) -> tuple[list[Hit], list[Hit]]:
    """ "dispatched three battalions and an engineering unit from Benghazi (to X)": the parser
    hangs "from Y (to X)" on the last of the things sent; they all set out from Y for X."""
    origins = _members_from(s, carrier)
    dests: list[Hit] = []
    for c in s.children(carrier, CONJUNCTS):
        origins += _members_from(s, c)
        more = _prep_places(s, c, cls, actor_tok)
        origins, dests = origins + more[0], dests + more[1]
        for start in (p for p in s.children(c, PREPOSITIONS) if p.lower == "from"):
            for goal in (p for p in s.children(start, PREPOSITIONS) if p.lower in ("to", "into")):
                dests += [h for o in s.children(goal, PREP_OBJECTS) for h in _places(s, o)]
    return origins, dests


def _members_from(s: _Sentence, carrier: Token) -> list[Hit]:
    """ "sent a team of doctors from X", "a convoy of ambulances and a team of medics from X":
    the parser hangs "from X" on the members of the group sent (or on a conjunct of them, and
    its own members); the group set out from X."""
    found: list[Hit] = []
    members = _of_members(s, carrier)
    for member in members + [c for m in members for c in s.children(m, CONJUNCTS)]:
        found += _from_places(s, member)
        found += [h for inner in _of_members(s, member) for h in _from_places(s, inner)]
    return found


def _of_members(s: _Sentence, tok: Token) -> list[Token]:
    """The nouns of ``tok``'s "of" phrases ("a team of doctors": doctors)."""
    return [m for p in s.children(tok, PREPOSITIONS) if p.lower == "of" for m in s.children(p, PREP_OBJECTS)]


def _without_fronted_region(tok: Token, dests: list[Hit]) -> list[Hit]:
    """ "In the south, units were deployed from Sabha to Ubari": a region told before the verb
    sets the scene when places after it are reached."""
    later = [d for d in dests if d.start > tok.start]
    if not later:
        return dests
    return [
        d for d in dests if d.start > tok.start or d.place is None or d.place.kind is not LocationKind.REGION
    ]


def _without_homes(s: _Sentence, tok: Token, places: list[Hit]) -> list[Hit]:
    """ "drove brigades from Zintan out of Tripoli": beside "out of Y", a "from X" tells where
    the driven come from, not the place they were driven out of."""
    if not any(c.lower == "out" for c in s.children(tok, PARTICLES)):
        return places
    homes = [h for name, obj in _prep_args(s, tok) if name == "from" for h in _places(s, obj)]
    kept = [p for p in places if not any(p is h for h in homes)]
    return kept or places


ROUTE_PREPS = frozenset({"along", "down", "up", "via", "by", "on"})
ROUTE_NOUNS = frozenset({"road", "highway", "route", "corridor", "track", "motorway"})


def _route_places(s: _Sentence, tok: Token, road_object: bool = False) -> tuple[list[Hit], list[Hit]]:
    """ "moving along the coast road from X", "drove up the highway to Y": the ends of the
    route the move follows are its origin and destination. With ``road_object`` (a verb that
    moves its own subject) a road that is the verb's object is such a route too ("moved up the
    coast road from X", "moved up the main road from Y")."""
    origins: list[Hit] = []
    dests: list[Hit] = []
    args = list(_route_args(s, tok))
    if road_object:
        args += [("along", o) for o in s.children(tok, OBJECTS)]
    for name, obj in args:
        if _route_word(name) not in ROUTE_PREPS or obj.lemma not in ROUTE_NOUNS:
            continue
        leading = [c for c in s.children(obj, NOUN_CLAUSES) if c.lemma in ROAD_VERBS]
        for prep in (p for h in (obj, *leading) for p in s.children(h, PREPOSITIONS)):
            for end in s.children(prep, PREP_OBJECTS):
                if prep.lower == "from":
                    origins += _places(s, end)
                elif prep.lower in SELF_DESTINATIONS:
                    dests += _places(s, end)
    return origins, dests


def _route_word(name: str) -> str:
    """The preposition of a phrase that may name a route: its last word, since a particle that
    carries the phrase comes first ("fell back along the coast road toward X": "back along")."""
    return name.rsplit(" ", 1)[-1]


def _without_route_ends(s: _Sentence, tok: Token, found: list[Hit], dests: list[Hit]) -> list[Hit]:
    """ "reached Dafniya, on the coast road to Zliten", "seized X along the highway to Y": where
    the verb's object names the place reached or taken, a road phrase only locates it; the
    road's far end is not reached."""
    ends = _route_places(s, tok)[1]
    return [d for d in dests if any(d is f for f in found) or not any(d is e for e in ends)]


ROAD_VERBS = frozenset({"lead", "go", "run"})
"""Verbs that tell where a road goes ("roads that lead to X", "the highway running into Y")."""


def _route_args(s: _Sentence, tok: Token) -> Iterator[tuple[str, Token]]:
    """The verb's prepositional phrases, and those the parser hangs one phrase lower
    ("advancing after clashes on roads that lead to X": "on roads" hung on "clashes")."""
    for name, obj in _prep_args(s, tok):
        yield name, obj
        yield from _prep_args(s, obj)


ONWARD_WORDS = frozenset({"on", "onward", "onwards"})
ONWARD_PREPS = frozenset({"to", "toward", "towards", "into"})


def _onward_places(s: _Sentence, tok: Token) -> list[Hit]:
    """ "Fled toward X and on to Y", "drove to X and on to Y": Y is reached too (a leg of its
    own; the parse makes "on" a conjunct of the verb or of its first preposition)."""
    for head in (tok, *s.children(tok, PREPOSITIONS)):
        for c in s.children(head, frozenset({"conj"})):
            if c.lower not in ONWARD_WORDS:
                continue
            for p in s.children(c, PREPOSITIONS):
                found = [h for o in s.children(p, PREP_OBJECTS) for h in _places(s, o)]
                if p.lower in ONWARD_PREPS and found:
                    return found
    return []


def _places_reached(s: _Sentence, verb: Token, cls: VerbClass) -> list[Hit]:
    """The places a verb's object or its prepositions of arrival name ("entered X", "slipped into X")."""
    obj = s.child(verb, OBJECTS)
    return (_places(s, obj) if obj is not None else []) + _prep_places(s, verb, cls, None)[1]


def _only_to(s: _Sentence, tok: Token) -> bool:
    """ "only to leave again": an infinitive telling what followed, not a purpose (the parse
    may hang it on the verb or on a noun of the verb's phrase)."""
    if tok.dep not in ("advcl", "acl") or not any(a.lower == "to" for a in s.children(tok, AUXILIARIES)):
        return False
    return any(c.lower == "only" for c in s.children(tok, frozenset({"advmod"})))


def _only_to_verb(s: _Sentence, tok: Token) -> Token | None:
    """The verb an "only to" infinitive tells what followed: its head, or the clause's verb
    above the noun the parse hung it on ("slipped into X with an escort, only to leave")."""
    if not _only_to(s, tok):
        return None
    if tok.dep == "advcl":
        return s.head(tok)
    return next((a for a in s.sent.ancestors(tok) if a.pos == "VERB"), None)


GOAL_KINDS = frozenset({MovementKind.ADVANCE, MovementKind.DEPLOY})
GOAL_VERBS = frozenset({"set", "aim", "target", "eye"})  # "setting its sights on", "aiming at", "eyeing"
GOAL_NOUNS = frozenset({"sight"})
GOAL_PREPS = frozenset({"on", "at", "for"})


def _goal_places(s: _Sentence, tok: Token) -> list[Hit]:
    """The place a participle beside the move names as its goal ("advanced, eyeing X"; "tried
    to advance, setting their sights on X": the parse hangs it on the governing verb)."""
    verbs = [tok, s.head(tok)] if tok.dep == "xcomp" else [tok]
    found: list[Hit] = []
    for verb in verbs:
        for adjunct in s.children(verb, frozenset({"advcl"})):
            if adjunct.lemma in GOAL_VERBS and adjunct.tag == "VBG":
                found.extend(_goal_of(s, adjunct))
    return found


def _goal_of(s: _Sentence, adjunct: Token) -> list[Hit]:
    """ "eyeing X", "aiming at X", "setting their sights on X" ("on X" hung on the noun or the verb)."""
    objs = list(s.children(adjunct, OBJECTS))
    sights = [o for o in objs if o.lemma in GOAL_NOUNS]
    if adjunct.lemma == "set" and not sights:
        return []  # "setting up checkpoints"
    found = [h for o in objs if o.lemma not in GOAL_NOUNS for h in _places(s, o)]
    for owner in (adjunct, *sights):
        found.extend(h for name, o in _prep_args(s, owner) if name in GOAL_PREPS for h in _places(s, o))
    return found


def _homes_of_attacked(s: _Sentence, tok: Token, cls: VerbClass, patient: Token | None) -> list[Hit]:
    """ "attacked fighters from X at Y": a "from" right after the fighters attacked tells where
    they come from, not where the attackers set out (the parser hangs it on the verb)."""
    if cls.kind is not MovementKind.ADVANCE or patient is None or not _is_force(s, patient):
        return []
    end = subtree_bounds(s.tokens, patient.i)[1]
    prep = next(
        (p for p in s.children(tok, PREPOSITIONS) if p.lower == "from" and s.tokens[p.i - 1].end == end), None
    )
    obj = s.child(prep, PREP_OBJECTS) if prep is not None else None
    if obj is None or s.child(obj, frozenset({"det", "poss"})) is not None:
        return []  # "attacked them from its base in X": the attackers' base
    return _places(s, obj)


def _against_a_force(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "moved against the Rada militia": an advance on an armed group, wherever it is."""
    if cls.kind is not MovementKind.ADVANCE:
        return False
    return any(name == "against" and _is_armed(s, obj) for name, obj in _prep_args(s, tok))


RIVAL_WORDS = frozenset({"rival", "enemy", "foe", "opponent", "adversary"})


def _is_armed(s: _Sentence, tok: Token) -> bool:
    hit = s.actor_at[tok.i]
    return tok.lemma in FORCE_HEADS | RIVAL_WORDS or (hit is not None and hit.actor_kind in _GROUPS)


def _is_force(s: _Sentence, tok: Token) -> bool:
    return tok.lemma in FORCE_HEADS or (s.actor_at[tok.i] is not None and s.place_at[tok.i] is None)


_PREP = frozenset({"prep"})


def _patient_places(
    s: _Sentence, tok: Token, patient: Token, cls: VerbClass
) -> tuple[list[Hit], bool] | None:
    """The places a verb's patient names, and whether it is territory; None for a patient that
    is no place ("captured three fighters")."""
    if patient.lemma == "part" and not any(c.lower == "of" for c in s.children(patient, _PREP)):
        return None  # "taking part in the attack": an idiom, no share of a place
    found = (
        _governing_places(s, tok, patient, cls)
        or _places(s, patient)
        or _list_setting(s, patient)
        or _target_places(s, patient, cls)
        or _scene_places(s, patient, cls)
        or (_based_in(s, patient) if cls.object == "origin" else [])
        or _area_left(s, patient, cls)
    )
    found += [h for h in _split_objects(s, tok, patient) if not any(h is f for f in found)]
    if not found and cls.lemma in VISITS:
        found = _places_inside(s, patient, cls)  # "visited the wounded in X"
    if (
        not found
        and not _is_territory(s, patient)
        and cls.object != "fall"
        and not _left_dwelling(patient, cls)
    ):
        if cls.kind is not MovementKind.ADVANCE and cls.lemma not in VISITS and not _fled_scene(patient, cls):
            return None
    return found, bool(found) or _is_territory(s, patient)


SITE_LIST_LINKS = frozenset({"conj"})
"""Links from the first of a list of unnamed sites to the others ("the radio station and several
buildings in X")."""


def _list_setting(s: _Sentence, patient: Token) -> list[Hit]:
    """ "took over the radio station and several government buildings in X": a named place after
    "in", "at" or "inside" on the last of a list of unnamed sites places the whole list (the
    parser hangs it on the last conjunct only), so the first is taken in X as well."""
    if patient.pos != "NOUN" or s.actor_at[patient.i] is not None:
        return []
    conjuncts = sorted(s.children(patient, SITE_LIST_LINKS), key=lambda c: c.i)
    if not conjuncts or conjuncts[-1].pos != "NOUN" or s.actor_at[conjuncts[-1].i] is not None:
        return []
    return _located_in(s, conjuncts[-1])


AREA_LEFT_NOUNS = frozenset({"area"})
"""Nouns of the bare, unnamed surroundings a departure leaves ("families have since left the
area", "left the area for Y"): the town named just before, within the entry, is the place left."""
AREA_LEFT_DEPS = frozenset({"det"})


def _area_left(s: _Sentence, patient: Token, cls: VerbClass) -> list[Hit]:
    """ "Fighters entered X on Saturday. Families have since left the area for Y": a departure
    from a bare "the area" (:data:`AREA_LEFT_NOUNS`, with nothing but its article and a "for"
    goal) leaves the town named just before."""
    if cls.object != "origin" or patient.lemma not in AREA_LEFT_NOUNS or patient.tag != "NN" or s.ctx is None:
        return []
    det = s.child(patient, AREA_LEFT_DEPS)
    if det is None or det.lower != "the":
        return []
    for c in s.children(patient):
        if c.dep not in AREA_LEFT_DEPS and not (c.dep in PREPOSITIONS and c.lower in DEPARTURE_GOALS):
            return []  # "the area around X", "the area's farms": placed by its own words
    town = s.ctx.town_before(patient.start)
    return [town] if town is not None else []


def _left_dwelling(patient: Token, cls: VerbClass) -> bool:
    """ "fled their homes", "left their houses in X": a verb of leaving whose object is where people
    live (:data:`LEFT_SETTLEMENTS`) is a departure from that place, not people moved; a place
    named beside it ("in X") is where they set out from."""
    return cls.object == "origin" and patient.lemma in LEFT_SETTLEMENTS


def _split_objects(s: _Sentence, tok: Token, patient: Token) -> list[Hit]:
    """ "controls X's airport, the depots, and the Y camp": the parser splits one list into
    several direct objects; the later ones are conjuncts of the first."""
    found: list[Hit] = []
    if patient.dep not in OBJECTS or s.head(patient) is not tok:
        return found
    for obj in s.children(tok, OBJECTS):
        if obj.i > patient.i and s.actor_at[obj.i] is None:
            found.extend(_places(s, obj))
    return found


def _moved_out(
    s: _Sentence, cls: VerbClass, actor_tok: Token | None, patient: Token | None, ctx: _Context
) -> tuple[Token | None, Token | None, Token | None]:
    """ "withdrew its forces from X": the owner withdraws; "evacuated 300 families from X": the
    people leave. Returns the actor, the patient left to read as a place, and the forces moved."""
    if cls.object != "origin" or patient is None or _places(s, patient) or _is_territory(s, patient):
        return actor_tok, patient, None
    if patient.lemma in BASE_NOUNS or _left_dwelling(patient, cls):
        return actor_tok, patient, None  # "left their bases (homes) in X": the place left, not people moved
    if patient.lemma not in MOVABLE_NOUNS and _actor_of(s, patient, ctx) is None:
        return actor_tok, patient, None
    moved = _actor_of(s, patient, ctx)
    if (
        moved is not None
        and moved.actor_kind in (ActorKind.COLLECTIVE, ActorKind.PERSON)
        and not (
            actor_tok is not None
            and (_own_people(s, patient) or _staff_pulled(cls, patient))
            and _actor_of(s, actor_tok, ctx) is not None
        )
    ):
        return patient, None, patient  # the people evacuated leave
    return actor_tok, None, patient


OWN_PEOPLE_POSSESSIVES = frozenset({"its", "their"})
"""Possessives that, on the people a body takes out of a place, make them the body's own
("evacuated its embassy staff", "pulled their staff out", "pulled its diplomats out of X"): the
body withdraws them, as a state withdraws its forces. "his" and "her" are left out: a person's
own people are kin (``_kin``), who move as themselves."""


def _own_people(s: _Sentence, patient: Token) -> bool:
    """Whether the people taken out are owned by a possessive of :data:`OWN_PEOPLE_POSSESSIVES`
    ("their staff"): the subject's own, who leave as its withdrawal ("Western embassies pulled
    their staff out to Tunisia" is the embassies'), unlike "evacuated 300 families from X"."""
    heads = [patient]
    heads += s.children(patient, OWN_PEOPLE_LINKS)  # "its embassy staff overland": the parser's compound
    return any(c.lower in OWN_PEOPLE_POSSESSIVES for h in heads for c in s.children(h, frozenset({"poss"})))


STAFF_PULLING_VERBS = frozenset({"pull", "withdraw"})
"""Verbs by which a body takes its own people out of a place, owned or not ("Western governments
pulled diplomats out of X", "firms withdrew foreign staff from Y"): the body withdraws them, as it
would its forces; people others move (:data:`CARRIED_PEOPLE`: "pulled 200 migrants out of the
camp") still leave as themselves."""


def _staff_pulled(cls: VerbClass, patient: Token) -> bool:
    """Whether ``patient`` is a body's own people pulled out (:data:`STAFF_PULLING_VERBS`)."""
    return cls.lemma in STAFF_PULLING_VERBS and patient.lower not in CARRIED_PEOPLE


OWN_PEOPLE_LINKS = frozenset({"compound"})
"""Links from the object to a noun the parser hung before it that may hold the possessive ("its
embassy staff overland to X" parsed as a compound of "overland")."""


VEHICLE_NOUNS = frozenset(
    {
        "plane",
        "aircraft",
        "airplane",
        "airliner",
        "jet",
        "flight",
        "helicopter",
        "ship",
        "vessel",
        "boat",
        "ferry",
        "truck",
        "bus",
        "car",
        "vehicle",
        "pickup",
        "jeep",
        "warplane",
        "frigate",
        "warship",
        "drone",
    }
)

UNCREWED_VEHICLES = frozenset({"drone"})
"""Vehicles that carry no one: moved by their owner, they never ferry people ("drones helped
drive the army back" moves no army)."""

RIDDEN_VEHICLES = VEHICLE_NOUNS | {"tank", "lorry", "tanker", "ambulance", "bulldozer"}
"""What the object of a motion verb with no object of its own may be and the clause still move
its subject: the vehicle it goes in ("boarded a flight to X", "drove their tanks to Y", "drove
their lorries to Z"). Any other object ("set off gunfights") makes the verb no motion."""
PART_CONTENTS = VEHICLE_NOUNS | {"tank", "ambulance"}
"""What a convoy or column is "of" when it names no owner ("a column of tanks")."""


def _sent_vehicles(s: _Sentence, cls: VerbClass, passive: bool, moved: Token | None) -> bool:
    """ "Red Crescent ambulances were sent to X", "army trucks were moved to Y": vehicles sent,
    named for their owner, are the owner's deployment (SCHEMA: equipment sent is deployed)."""
    return (
        passive
        and cls.object == "mover"
        and moved is not None
        and moved.lemma in VEHICLE_NOUNS | {"ambulance"}
        and s.actor_at[moved.i] is None
    )


SENDING_PARTICIPLES = frozenset({"send", "dispatch", "organise", "organize", "deploy", "despatch"})
"""Participles that name who sent a vehicle or convoy ("a convoy sent by X arrived in Y")."""
SENT_THINGS = VEHICLE_NOUNS | frozenset({"ambulance", "convoy", "column", "shipment", "consignment"})


def _body_vehicles(vehicle: Token, owners: list[Hit]) -> bool:
    """ "Five WFP trucks reached X", "a convoy of IOM trucks left Y for Z": road vehicles, or a
    convoy, whose owners are all bodies that send things rather than fight or go themselves (an
    agency, a ministry: SENDING_BODIES) move as those owners' deployment (SCHEMA: equipment sent
    somewhere is deployed by its owner), not as the agency's own journey. A force's vehicles
    still move as the force does ("LNA vehicles entered X" is its capture), and an agency's
    teams or staff, being people, still travel."""
    return vehicle.lemma in SENT_THINGS and all(o.actor_kind in SENDING_BODIES for o in owners)


def _sent_by_owner(s: _Sentence, moved: Token | None) -> bool:
    """ "A convoy sent by the Red Crescent arrived in X", "ambulances dispatched by the ministry
    reached Y": vehicles that arrive, sent by a named owner, are the owner's deployment (SCHEMA:
    equipment sent is deployed), not the owner's own journey."""
    if moved is None or moved.lemma not in SENT_THINGS:
        return False
    return any(
        c.tag == "VBN" and c.lemma in SENDING_PARTICIPLES and any(s.children(c, frozenset({"agent"})))
        for c in s.children(moved, frozenset({"acl"}))
    )


CARRY_VERBS = frozenset({"carry", "transport", "ferry", "bring"})


def _ferried(s: _Sentence, subject: Token | None, obj: Token | None, ctx: _Context) -> bool:
    """ "A plane flew the rescuers to X", "a ship returned the migrants to Y": a vehicle with
    no named owner moves the people it carries; they are the ones who travel."""
    if subject is None or obj is None or subject.lemma not in VEHICLE_NOUNS - UNCREWED_VEHICLES:
        return False
    if _actor_of(s, subject, ctx) is not None:
        return False  # "Turkish planes flew fighters in": the owner moves them
    moved = _actor_of(s, obj, ctx)
    if obj.lower in CARRIED_PRONOUNS:  # "planes flew them home": people told before
        return moved is not None and moved.actor_kind is ActorKind.COLLECTIVE
    if obj.lower in CARRIED_PERSON_PRONOUNS:  # "a government aircraft flew her to X": the person told
        return moved is not None and moved.actor_kind is ActorKind.PERSON
    return moved is not None and obj.pos in ("NOUN", "PROPN")


SHARE_COUNT_HEADS = frozenset(
    {
        "hundred",
        "thousand",
        "dozen",
        "score",
        "some",
        "many",
        "most",
        "several",
        "majority",
        "rest",
        "half",
        "all",
    }
)
"""Heads of a share of people counted before "of" ("around 300 of the detainees", "dozens of the
migrants", "most of the families") beside a number."""


def _people_share(s: _Sentence, obj: Token | None) -> Token | None:
    """ "UNHCR moved around 300 of the detainees to X", "guards transferred dozens of the
    migrants to Y": the people after "of" a counted share (a number or :data:`SHARE_COUNT_HEADS`)
    that a verb takes as its object, when they are people others move (the caller's
    :func:`_people_moved` checks them as it checks a plain object); else None."""
    if obj is None or not (
        obj.pos == "NUM" or obj.lemma in SHARE_COUNT_HEADS or obj.lower in SHARE_COUNT_HEADS
    ):
        return None
    whole = _prep_object(s, obj, ("of",))
    if (
        whole is None
        or whole.lemma.removesuffix("s") not in DISPLACED_PEOPLE | HELD_PEOPLE | COUNTED_PEOPLE_WORDS
    ):
        return None
    return whole


APPROXIMATING_WORDS = frozenset({"around", "about", "some", "nearly", "almost", "over", "roughly"})
"""Words of an approximate count that the parser may read as a preposition or adverb of the verb,
with the number as its object ("moved around 300 of the detainees")."""


def _approximate_count(s: _Sentence, verb: Token) -> Token | None:
    """ "moved around 300 of the detainees to X": the number the parser hangs, as its object, on an
    approximating word (:data:`APPROXIMATING_WORDS`) read as the verb's own adverb or preposition
    (the caller's :func:`_people_share` takes the people after its "of"); else None."""
    for word in s.children(verb, ADVERBIAL_COUNT_DEPS):
        if word.lower in APPROXIMATING_WORDS and word.i > verb.i:
            number = s.child(word, frozenset({"pobj"}))
            if number is not None and number.pos == "NUM" and number.i == word.i + 1:
                return number
    return None


ADVERBIAL_COUNT_DEPS = frozenset({"advmod", "prep"})


EVACUATION_VEHICLE_WORDS = frozenset({"evacuation", "rescue", "medevac"})
"""Words before a vehicle that make its run an evacuation ("evacuation flights carried 289
refugees from X to Y"): the people it carries leave the place (a withdrawal), where a plain
flight's passengers ("a flight carried 231 nationals from X to Y") travel."""
EVACUATION_VEHICLE_DEPS = frozenset({"compound", "amod", "nmod"})


def _evacuation_vehicle(s: _Sentence, vehicle: Token) -> bool:
    """Whether the vehicle is named for an evacuation (:data:`EVACUATION_VEHICLE_WORDS`)."""
    return any(c.lemma in EVACUATION_VEHICLE_WORDS for c in s.children(vehicle, EVACUATION_VEHICLE_DEPS))


def _people_moved(s: _Sentence, cls: VerbClass, obj: Token | None, ctx: _Context) -> bool:
    """ "UNHCR relocated 300 refugees from X to Y", "the council moved the families to Y": civilians
    a verb of moving takes somewhere are the ones who go (a force sent is moved by its owner); so
    is the passive subject when an agent is told ("others were brought out by volunteers")."""
    if obj is None or cls.object not in ("mover", "-") or cls.lemma not in PEOPLE_MOVING_VERBS:
        return False
    if cls.lemma in ESCORTING_VERBS and (
        s.child(obj, frozenset({"poss"})) is not None or obj.lemma in CAPTIVES
    ):
        return False  # "he drove his family to X": one's own, whom one goes with; "took the prisoners to X"
    carried = obj.lower in CARRIED_PRONOUNS and _carried_object(s, obj)
    if (
        obj.lemma.removesuffix("s") not in DISPLACED_PEOPLE | HELD_PEOPLE | COUNTED_PEOPLE_WORDS
        and not (obj.lower in PARTITIVE_PRONOUNS and _carried_part(s, obj))
        and not carried
        and not _carried_group(s, obj)
    ):
        return False
    moved = _actor_of(s, obj, ctx)
    if carried:  # "took them to X": "them" must be people told before, not forces or staff
        return moved is not None and _people_words(moved)
    return moved is not None and moved.actor_kind is ActorKind.COLLECTIVE


def _people_words(hit: Hit) -> bool:
    """A collective named by words of people others move (:data:`CARRIED_PEOPLE`: "migrants")."""
    return hit.actor_kind is ActorKind.COLLECTIVE and not CARRIED_PEOPLE.isdisjoint(hit.name.lower().split())


DRIVING_EVENTS = SCENE_NOUNS | frozenset({"airstrike", "gunfire", "unrest", "flooding"})
"""Events that drive people from a place without being anyone's capture ("the fighting forced
families from their homes", "shelling drove residents out of X")."""
EVENT_SPAN_NOUNS = frozenset({"hour", "day", "night", "week", "month", "year"})
"""Stretches of time counted before an event ("several hours of fighting", "days of shelling")."""
EVENT_SPAN_PREPS = frozenset({"of"})


def _driven_by_event(
    s: _Sentence, verb: Token, cls: VerbClass, subject: Token | None, obj: Token | None, ctx: _Context
) -> bool:
    """ "The fighting forced dozens of families from their homes", "days of shelling drove
    residents out of X": a verb of driving out (object ``expel``) whose subject is an event
    (``DRIVING_EVENTS``, also under a stretch of time, ``EVENT_SPAN_NOUNS``) has no side that
    takes the place; its object, an actor, is the one who leaves. A "which" clause the parse
    hangs on the last noun of the event's phrase ("hours of fighting between two groups, which
    ... forced families from their homes") is the event's too."""
    if cls.object != "expel" or subject is None or obj is None or _actor_of(s, obj, ctx) is None:
        return False
    if _event_noun(s, subject):
        return True
    if not _which_clause(s, verb):
        return False
    cur = subject  # "hours of fighting between two groups, which ... forced families out": the
    for _ in range(EVENT_PHRASE_REACH):  # parse hangs "which" on the last noun; the event heads it
        if cur.dep not in PREP_OBJECTS or s.head(cur).dep != "prep":
            return False
        cur = s.head(s.head(cur))
        if _event_noun(s, cur):
            return True
    return False


EVENT_PHRASE_REACH = 3
"""How many "of"/"between" steps up from a relative clause's noun the event may head its phrase."""
RELATIVE_WHICH = frozenset({"which"})


def _which_clause(s: _Sentence, verb: Token) -> bool:
    """The verb (or the first of the verbs it is joined to) heads a relative clause whose
    subject is "which"."""
    cur = verb
    while cur.dep == "conj":
        cur = s.head(cur)
    return cur.dep == "relcl" and any(c.lower in RELATIVE_WHICH for c in s.children(cur, SUBJECT_DEPS))


def _event_noun(s: _Sentence, noun: Token) -> bool:
    """An event of ``DRIVING_EVENTS``, or a stretch of time counted of one ("days of shelling")."""
    if noun.lemma in DRIVING_EVENTS:
        return True
    return noun.lemma in EVENT_SPAN_NOUNS and any(
        o.lemma in DRIVING_EVENTS
        for p in s.children(noun, PREPOSITIONS)
        if p.lower in EVENT_SPAN_PREPS
        for o in s.children(p, PREP_OBJECTS)
    )


ESCORTED_KIN = KIN_HEADS | frozenset({"child", "children", "kid", "kids"})
"""Nouns of one's own kin a person may take along: the kin words, and children, who with an
owner's possessive ("her children") are kin too."""
KIN_ESCORT_OWNERS = frozenset({"his", "her", "their"})
"""Possessives that make the kin a verb of carrying people takes along the subject's own ("drove
his family to X"): the subject goes with them."""


def _kin_escorted(s: _Sentence, tok: Token, patient: Token) -> bool:
    """ "a teacher who drove his family to X", "drove her children to Y": a verb of carrying
    people (:data:`ESCORTING_VERBS`) whose object is the subject's own kin (:data:`ESCORTED_KIN`
    with :data:`KIN_ESCORT_OWNERS`) moves the subject, who goes along; in a war that is a flight
    (:func:`_refined`)."""
    return (
        tok.lemma in ESCORTING_VERBS
        and (patient.lemma in ESCORTED_KIN or patient.lower in ESCORTED_KIN)
        and any(c.lower in KIN_ESCORT_OWNERS for c in s.children(patient, frozenset({"poss"})))
    )


ESCORTING_VERBS = frozenset({"take", "drive", "carry", "transport"})
"""Verbs of carrying people along to a place ("drove the group to X", "took them to Y"): the people
carried go there (a transfer); one's own people ("drove his family to X") go with the subject."""
CAPTIVES = frozenset({"prisoner", "captive", "hostage"})
"""People a side takes along as captives ("the LNA took the prisoners to Benghazi"): led away, an
arrest, no transfer of people who go somewhere."""
PEOPLE_MOVING_VERBS = frozenset(
    {"relocate", "transfer", "move", "bus", "resettle", "bring", "ferry", "truck", "return"} | ESCORTING_VERBS
)
"""Verbs of moving whose object can be the people moved ("relocated 300 refugees", "brought 200
civilians out of X", "drove the families to Y", "took them to Z")."""
HELD_PEOPLE = frozenset({"detainee", "prisoner", "patient", "child"})
"""Words for people held or cared for, whom others move."""
COUNTED_PEOPLE_WORDS = frozenset({"people", "person"})
"""Plain words for people, a group only with their count ("more than 90 people", "thousands of
people"; the mentions layer makes a bare "people" no actor, so the collective check rules it out):
moved by a verb of moving people, the counted people are the ones who go."""


CARRIED_PRONOUNS = frozenset({"them"})
"""A pronoun for people a vehicle carries ("planes flew them home"), when it stands for a
collective (a force flown in is moved by its owner)."""
CARRIED_PERSON_PRONOUNS = frozenset({"him", "her"})
"""Pronouns for one person a vehicle carries ("a government plane flew her from X to Y"), when
they stand for a person told before: the person travels, not the vehicle's owner."""
OWNER_DEPS = frozenset({"compound", "poss"})


def _vehicle_owner(s: _Sentence, vehicle: Token, ctx: _Context) -> list[Hit]:
    """ "an Egyptian navy ship docked at X", "the coast guard's boat returned": a vehicle moved
    is moved by the actor named as its owner before it (SCHEMA: equipment is its owner's)."""
    if vehicle.lemma not in VEHICLE_NOUNS:
        return []
    stacked = _stacked_subject(s, vehicle)
    for owner in (*s.children(vehicle, OWNER_DEPS), *([stacked] if stacked is not None else [])):
        if owner.i < vehicle.i:
            found = _actors(s, owner, ctx)
            if found:
                return _national_vehicle_owner(s, vehicle, found, ctx)
    return _nation_owner(s, vehicle, ctx)


NATIONAL_FORCES_WORDS = frozenset({"military"})
"""Words that, after a nationality adjective, name a state's forces in the knowledge base
("French military") and, before a vehicle noun, read as an adjective ("French military transport
planes"): the phrase only says whose the vehicle is, as the nationality alone would. A noun
("an Italian navy ship") still names the body that owns the vehicle."""


def _national_vehicle_owner(s: _Sentence, vehicle: Token, owners: list[Hit], ctx: _Context) -> list[Hit]:
    """ "two French military transport planes landed at X": a state's forces named by a
    nationality and a forces word inside a vehicle's phrase only say whose the vehicle is, as
    "French planes" would; the vehicle is its country's, where the article names that country as
    an actor (SCHEMA: equipment is its owner's; the adjective adds no actor), else no one's.
    Other owners ("LNA cargo planes", "the coast guard's boat") stay as they are."""
    national = [_national_forces_country(ctx.text[h.start : h.end], h) for h in owners]
    if not all(national) or s.actor_at[vehicle.i] is not None:
        return owners  # not all national forces, or the vehicle word is itself part of the name
    return _country_named_before(ctx, national[0] or "", vehicle)


def _national_forces_country(surface: str, hit: Hit) -> str | None:
    """The country of a state's forces named by a nationality adjective and a forces word
    (:data:`NATIONAL_FORCES_WORDS`: "French military", "Italian navy"), else None."""
    entry = hit.entry
    if entry is None or hit.actor_kind is not ActorKind.ARMED_GROUP or not entry.affiliation:
        return None
    nation, _, rest = surface.strip().partition(" ")
    country = NATION_COUNTRIES.get(nation.lower())
    if country != entry.affiliation or rest.lower() not in NATIONAL_FORCES_WORDS:
        return None
    return country


def _country_named_before(ctx: _Context, country: str, vehicle: Token) -> list[Hit]:
    """The latest mention of ``country`` as an actor before ``vehicle``, else its first one, else
    nothing (the adjective alone adds no actor)."""
    named = ctx.country_actors.get(country, [])
    before = bisect.bisect_left(named, vehicle.start, key=lambda h: h.start)
    return named[before - 1 : before] if before else named[:1]


VESSEL_NAME_LEADS = frozenset(
    {"ship", "vessel", "boat", "frigate", "warship", "corvette", "destroyer", "carrier"}
)
"""Vessel nouns (lemmas) that a ship's own name follows ("the frigate HMS X", "the Royal Navy
warship Y")."""


def _named_vessel(s: _Sentence, tok: Token) -> bool:
    """ "the Royal Navy frigate HMS X sailed for Malta": an actor told by a ship's name, right after
    a vessel noun, is a vessel; its move is its owner's deployment (SCHEMA: equipment sent is
    deployed by its owner), not a journey or an advance of its own. The vessel noun with the name
    in apposition ("the destroyer HMS Y arrived", parsed with the noun as subject) is one too."""
    if tok.lemma in VESSEL_NAME_LEADS and any(
        c.pos == "PROPN" and s.actor_at[c.i] is not None for c in s.children(tok, frozenset({"appos"}))
    ):
        return True
    hit = s.actor_at[tok.i]
    if hit is None or tok.pos != "PROPN":
        return False
    first = tok.i
    while first > 0 and s.actor_at[first - 1] is hit:
        first -= 1
    return first > 0 and s.tokens[first - 1].lemma in VESSEL_NAME_LEADS


SHIP_GROUP_HEADS = frozenset({"group", "flotilla", "fleet", "squadron"})
"""Nouns of a body of vessels ("the carrier group", "a frigate squadron", "the flotilla"); all
but "flotilla" need a vessel word before them (``SHIP_GROUP_MARKS``): "the group" alone is the
armed group told before, "a fleet of trucks" is no navy."""
SHIP_GROUP_MARKS = VESSEL_NAME_LEADS | {"naval", "navy"}
"""Words before a group noun that make it a body of vessels ("carrier group", "naval squadron")."""
SHIP_GROUP_REACH = 1500
"""Characters (at most) from a warship told with its nation to a ship group that is its."""


def _vessel_body(s: _Sentence, tok: Token) -> bool:
    """ "the carrier group", "the LNA naval squadron", "the flotilla": a body of vessels (a head
    in ``SHIP_GROUP_HEADS``, marked by a vessel word unless it is a flotilla). Its move is its
    owner's deployment (SCHEMA: equipment sent is deployed by its owner), as a ship's is."""
    if tok.pos != "NOUN" or tok.lemma not in SHIP_GROUP_HEADS:
        return False
    return tok.lemma == "flotilla" or any(
        c.lemma in SHIP_GROUP_MARKS and c.i < tok.i for c in s.children(tok, NATION_MODIFIERS)
    )


def _ship_group(s: _Sentence, tok: Token) -> bool:
    """ "The carrier group arrived off X", "the flotilla left Y": a body of vessels
    (``_vessel_body``) the mention finder gave no named owner. Its moves are not those of the
    army told before it."""
    hit = s.actor_at[tok.i]
    return (hit is None or _is_weak(hit)) and _vessel_body(s, tok)


def _ship_group_owner(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """The owner of a ship group: an actor named or meant in its phrase ("the LNA naval group",
    "its naval group"), the
    country of a nationality word on it or on its vessel word ("the Russian carrier group"), else
    the country of the warship told last by its nation (``_Context.remember_vessel``), when near;
    None when no owner is told (SCHEMA: equipment is its owner's, never a side told nearby)."""
    for c in s.children(tok, NATION_MODIFIERS | {"poss"}):
        named = _actor_of(s, c, ctx) if c.pos == "PRON" else s.actor_at[c.i]  # "its naval group"
        if named is not None and not _is_weak(named) and s.place_at[c.i] is not named:
            return ctx.named(named)
    marks = [c for c in s.children(tok, NATION_MODIFIERS) if c.lemma in SHIP_GROUP_MARKS]
    for vessel in (tok, *marks):
        owners = _nation_owner(s, vessel, ctx)
        if owners:
            return ctx.named(owners[0])
    told = ctx.vessel_owner
    if told is None or not 0 <= tok.start - told[0] <= SHIP_GROUP_REACH:
        return None
    return ctx.named(told[1][0])


STACKED_NOUN_POS = frozenset({"NOUN", "PROPN"})
"""Parts of speech of a noun the parser may read as a second subject of a vehicle's verb."""


def _stacked_subject(s: _Sentence, vehicle: Token) -> Token | None:
    """ "a Turkish navy frigate docked": the parser may read the noun right before a vehicle noun
    as a second subject of the same verb rather than its compound modifier; that noun is the
    vehicle's owner, as a compound would be. None when no such noun stands right before it."""
    if vehicle.dep not in ALL_SUBJECTS or vehicle.i == 0:
        return None
    before = s.tokens[vehicle.i - 1]
    if before.dep != vehicle.dep or before.head != vehicle.head or before.pos not in STACKED_NOUN_POS:
        return None
    return before


NATION_COUNTRIES: Mapping[str, str] = {
    "turkish": "Turkey",
    "egyptian": "Egypt",
    "russian": "Russia",
    "emirati": "United Arab Emirates",
    "french": "France",
    "italian": "Italy",
    "american": "United States",
    "qatari": "Qatar",
    "sudanese": "Sudan",
    "chadian": "Chad",
    "nigerien": "Niger",
    "tunisian": "Tunisia",
    "algerian": "Algeria",
    "german": "Germany",
    "british": "United Kingdom",
    "saudi": "Saudi Arabia",
    "jordanian": "Jordan",
    "greek": "Greece",
    "maltese": "Malta",
    "syrian": "Syria",
    "spanish": "Spain",
}
"""A foreign nationality word and the country it names (a Libyan vehicle names no side)."""
NATION_MODIFIERS = frozenset({"amod", "compound"})
"""Relations of a nationality word to its vehicle: an adjective, or a compound where the tagger
took the word for a name ("an Emirati cargo plane")."""


MODEL_NAME_DEPTH = 2
"""How many compound links below a vehicle noun a nationality word may hang and still own it:
"Russian Il-76 cargo aircraft", where the parser puts "Russian" on the model name "Il-76", a
compound of "cargo", itself a compound of "aircraft"."""


def _nation_modifiers(s: _Sentence, vehicle: Token) -> list[Token]:
    """The adjectives and compounds before a vehicle noun, and those of its compound modifiers
    down to ``MODEL_NAME_DEPTH`` links: a nationality word the parser hung on a model or type
    word ("a Russian Il-76 cargo plane", "Turkish Bayraktar drones") still tells whose the
    vehicle is."""
    found: list[Token] = []
    level = [vehicle]
    for _ in range(MODEL_NAME_DEPTH + 1):
        mods = [m for t in level for m in s.children(t, NATION_MODIFIERS) if m.i < vehicle.i]
        found.extend(mods)
        level = [m for m in mods if m.dep == "compound"]
        if not level:
            break
    return found


def _nation_owner(s: _Sentence, vehicle: Token, ctx: _Context) -> list[Hit]:
    """ "a Turkish frigate sailed", "Russian transport flights carried arms": a vehicle a
    nationality word owns is its country's, where the article names that country as an actor
    (SCHEMA: equipment is its owner's; the adjective alone adds no actor). The word may stand on
    a model name before the vehicle noun (``_nation_modifiers``)."""
    for mod in _nation_modifiers(s, vehicle):
        country = NATION_COUNTRIES.get(mod.lower)
        if country is None or mod.i > vehicle.i:
            continue
        named = ctx.country_actors.get(country, [])
        before = bisect.bisect_left(named, vehicle.start, key=lambda h: h.start)
        return named[before - 1 : before] if before else named[:1]
    return []


VEHICLE_SORTS: Mapping[str, str] = {
    **dict.fromkeys(
        ("plane", "aircraft", "airplane", "airliner", "jet", "warplane", "flight", "helicopter", "drone"),
        "aircraft",
    ),
    **dict.fromkeys(("ship", "vessel", "boat", "ferry", "frigate", "warship"), "ship"),
    **dict.fromkeys(("truck", "bus", "car", "vehicle", "pickup", "jeep"), "vehicle"),
}
"""The sort of each vehicle noun: a later "the planes" may stand for "jets" sent before."""
OWNER_SENT_SORTS = frozenset({"ship", "aircraft"})
"""Sorts of vehicle whose own move, with the owner named in its phrase ("an Italian navy patrol
boat sailed into X", "LNA cargo planes landed at Y"), is the owner's deployment (SCHEMA: equipment
sent is deployed by its owner), as with a nationality word ("a Turkish frigate"); a road vehicle
of a force ("LNA vehicles entered X") still moves as the force does."""
VEHICLE_ANAPHORS = frozenset({"the", "these", "those"})
"""Determiners by which a vehicle noun points back to vehicles told before ("the jets")."""
SENT_VEHICLE_CHARS = 600
"""How far after an owner sent vehicles a definite vehicle noun can still be those vehicles."""


def _remember_sent_vehicle(s: _Sentence, moved: Token, owners: list[Hit], ctx: _Context) -> None:
    """Keep the owner of vehicles a frame moves ("Russia sent jets to X") for a later "the jets"."""
    sort = VEHICLE_SORTS.get(moved.lemma)
    if sort is not None and owners:
        ctx.sent_vehicles[sort] = (moved.start, owners)


def _vehicle_sent_before(s: _Sentence, vehicle: Token, ctx: _Context) -> list[Hit]:
    """ "Russia sent jets to Libya. The jets were flown on to X", "... The planes landed at Y": a
    vehicle told with "the" (no owner named) that an owner sent shortly before is that owner's
    still; its next move is the owner's deployment (SCHEMA: equipment is its owner's)."""
    sort = VEHICLE_SORTS.get(vehicle.lemma)
    sent = ctx.sent_vehicles.get(sort) if sort is not None else None
    if sent is None or not any(c.lower in VEHICLE_ANAPHORS for c in s.children(vehicle, frozenset({"det"}))):
        return []
    told, owners = sent  # told again in the same clause ("were flown to X and landed at Y") too
    return owners if 0 <= vehicle.start - told <= SENT_VEHICLE_CHARS else []


COUNTED_PARTS = frozenset(
    {"two", "three", "four", "five", "six", "several", "some", "most", "one", "many", "all"}
)
"""Words that count a part of vehicles told before ("two of those aircraft", "some of the jets")."""


def _vehicles_counted(s: _Sentence, part: Token) -> Token | None:
    """ "Two of those aircraft flew on to Jufra": the vehicle noun a counted part is of, when it
    points back with "the", "these" or "those" (the part moves for the vehicles' owner)."""
    if part.lower not in COUNTED_PARTS and part.pos != "NUM":
        return None
    for prep in s.children(part, PREPOSITIONS):
        whole = s.child(prep, PREP_OBJECTS) if prep.lower == "of" else None
        if whole is not None and whole.lemma in VEHICLE_SORTS:
            return whole
    return None


def _vehicle_again(s: _Sentence, subject: Token, ctx: _Context) -> list[Hit]:
    """ "A plane carrying X took off from A. It landed at B": a sentence-opening "it" right
    after a vehicle that carried people moves those people again."""
    if subject.lower != "it" or subject.i != 0 or ctx.carried is None:
        return []
    end, carried = ctx.carried
    return carried if not ctx.text[end : s.tokens[0].start].strip() else []


def _carried(s: _Sentence, vehicle: Token, anchor: Token) -> Token | None:
    """The people or goods a vehicle carries ("a plane carrying rescuers"); the parser may hang
    the participle on the movement noun instead ("the arrival of a plane to X carrying ...").
    A vehicle told full of people carries them too (:func:`_filled_with`), and so does one told
    with people on board (:func:`_on_board`); a counting head ("dozens of pickups") carries what
    the vehicles it counts carry."""
    aboard = _on_board(s, vehicle, anchor)
    if aboard is not None:
        return aboard  # "a convoy of buses with 148 migrants on board left X"
    counted = _counted(s, vehicle)
    people = _carried(s, counted, anchor) if counted is not None and counted.lemma in VEHICLE_NOUNS else None
    if people is not None and (s.actor_at[people.i] is not None or people.lemma in FILLING_PEOPLE):
        return people  # "dozens of pickups carrying X left Y": X moves (goods leave the count as before)
    if vehicle.lemma in CONVOY_HEADS:
        return _convoy_carried(s, vehicle) or _filled_with(s, vehicle)
    if vehicle.lemma not in VEHICLE_NOUNS:
        return _filled_with(s, vehicle)  # "lorries crammed with fighters"
    for owner in (vehicle, anchor):
        for acl in s.children(owner, frozenset({"acl"})):
            obj = s.child(acl, OBJECTS) if acl.lemma in CARRY_VERBS else None
            if obj is not None:
                return obj
    return _filled_with(s, vehicle) or _people_with(s, vehicle)


PEOPLE_WITH_PREPS = frozenset({"with"})
"""Prepositions on a vehicle noun that name the people it carries ("planes with rescue teams")."""


def _people_with(s: _Sentence, vehicle: Token) -> Token | None:
    """ "Planes with rescue teams from X landed in Y", "a boat with 40 migrants reached Z": the
    people (an actor, or a word of :data:`FILLING_PEOPLE`) a crewed vehicle is told "with", on
    the vehicle noun itself, are what it carries, as with "carrying"; they are the movers. None
    for an owned vehicle ("its planes with ...", as :func:`_on_board`) and for contents that are
    no people ("jets with missiles")."""
    if vehicle.lemma in UNCREWED_VEHICLES:
        return None
    if any(c.dep == "poss" or s.actor_at[c.i] is not None for c in s.children(vehicle, OWNER_DEPS)):
        return None
    for p in s.children(vehicle, PREPOSITIONS):
        if p.lower not in PEOPLE_WITH_PREPS:
            continue
        for obj in s.children(p, PREP_OBJECTS):
            if s.actor_at[obj.i] is not None or obj.lemma in FILLING_PEOPLE:
                return obj
    return None


def _convoy_carried(s: _Sentence, convoy: Token) -> Token | None:
    """ "A convoy carrying 90 fighters reached X", "a column of trucks carrying 200 militiamen
    arrived in Y": the people a convoy (or the vehicles it is "of") is told carrying, an actor or
    a word for people (:data:`FILLING_PEOPLE`); they are the movers. Goods carried ("a convoy
    carrying fuel") leave the convoy the mover."""
    content = _prep_object(s, convoy, ("of",))
    holders = (convoy, content) if content is not None and content.lemma in CONVOY_CONTENTS else (convoy,)
    for holder in holders:
        for acl in s.children(holder, frozenset({"acl"})):
            obj = s.child(acl, OBJECTS) if acl.lemma in CARRY_VERBS else None
            if obj is not None and (s.actor_at[obj.i] is not None or obj.lemma in FILLING_PEOPLE):
                return obj
    return None


ON_BOARD_PREPS = frozenset({"with"})
"""Prepositions that name who a vehicle carries when told on board ("with 148 migrants on board")."""
ON_BOARD_WORDS = frozenset({"aboard", "onboard"})
"""Single words that tell people are on board ("with 300 evacuees aboard")."""
BOARD_NOUNS = frozenset({"board"})
"""The noun of "on board", after "on"."""


def _on_board(s: _Sentence, vehicle: Token, anchor: Token) -> Token | None:
    """ "A convoy of buses with 148 migrants on board left X", "a ferry left Y with 300 evacuees
    aboard": the people a vehicle (or a convoy, :data:`CARRIER_NOUNS`) carries, told after "with"
    on the vehicle or on its verb and marked on board; they are the movers. None otherwise ("a
    convoy with an escort", "left with their weapons"), and None for an owned vehicle ("its ship
    reached X with 80 survivors on board", "IOM buses"): its owner's deployment, as before."""
    if vehicle.lemma not in CARRIER_NOUNS | RIDDEN_VEHICLES:
        return None
    if any(c.dep == "poss" or s.actor_at[c.i] is not None for c in s.children(vehicle, OWNER_DEPS)):
        return None
    holders = (vehicle, anchor, s.head(anchor)) if anchor.dep == "conj" else (vehicle, anchor)
    for holder in holders:  # "left X with 148 migrants on board and arrived in Y": the first verb's
        for p in s.children(holder, PREPOSITIONS):
            if p.lower not in ON_BOARD_PREPS:
                continue
            for obj in s.children(p, PREP_OBJECTS):
                if _marked_aboard(s, (obj, p, holder)) and (
                    s.actor_at[obj.i] is not None or obj.lemma in FILLING_PEOPLE
                ):
                    return obj
    return None


def _marked_aboard(s: _Sentence, words: tuple[Token, ...]) -> bool:
    """Whether "aboard" or "on board" hangs on one of ``words`` (the parser places it on the
    people, the "with" or the verb)."""
    for w in words:
        for c in s.children(w):
            if c.lower in ON_BOARD_WORDS:
                return True
            if c.lower == "on" and any(o.lemma in BOARD_NOUNS for o in s.children(c, PREP_OBJECTS)):
                return True
    return False


FILLING_WORDS: dict[str, str] = {
    "cram": "with",
    "pack": "with",
    "load": "with",
    "fill": "with",
    "laden": "with",
    "stuff": "with",
    "full": "of",
}
"""Participles and adjectives that tell what fills a vehicle, each with the preposition that
names the contents ("trucks crammed with fighters", "buses full of soldiers"). Lemma ->
preposition; extend with words of the same sense."""
FILLING_LINKS = frozenset({"acl", "amod"})
FILLING_PEOPLE = frozenset(
    {"fighter", "soldier", "troop", "rebel", "man", "gunman", "militiaman", "mercenary", "volunteer"}
    | {"family", "people", "civilian", "refugee", "migrant", "passenger", "worker", "resident"}
)
"""Lemmas of the people a full vehicle carries as its movers ("crammed with fighters", "full of
families"); other contents (goods, weapons, ammunition) leave the vehicle and its owner the mover,
as do contents that are no actor and not listed here."""


def _misread_filling(s: _Sentence, word: Token) -> bool:
    """ "Trucks packed with fighters headed toward X": the parser may make the filling participle
    (:data:`FILLING_WORDS`) the sentence's past verb, the vehicle its subject, and the motion verb
    an adverbial clause on it. A vehicle packs nothing itself, so such a root is the vehicle's
    modifier."""
    return (
        word.head == word.i
        and word.tag in PAST_TAGS
        and word.lemma in FILLING_WORDS
        and s.child(word, OBJECTS) is None
        and any(c.dep == "advcl" for c in s.children(word))
    )


def _filled_vehicle_subject(s: _Sentence, tok: Token) -> Token | None:
    """The vehicle a misread filling root (:func:`_misread_filling`) takes as subject is the
    subject of the motion verb the parser hung on that root as an adverbial clause ("Trucks
    packed with fighters headed toward X": the trucks head there, carrying the fighters)."""
    if tok.dep != "advcl" or s.child(tok, ALL_SUBJECTS) is not None:
        return None
    head = s.head(tok)
    if not _misread_filling(s, head):
        return None
    vehicle = s.child(head, SUBJECTS)
    return vehicle if vehicle is not None and vehicle.lemma in RIDDEN_VEHICLES else None


def _filled_with(s: _Sentence, vehicle: Token) -> Token | None:
    """ "Pickup trucks crammed with fighters raced toward X", "buses full of soldiers left Y": the
    contents a filling word (:data:`FILLING_WORDS`) on the vehicle names are what moves; whether
    they are people who act (and not "cars loaded with mattresses") is left to the actor lookup."""
    if vehicle.lemma not in RIDDEN_VEHICLES:
        return None
    words = list(s.children(vehicle, FILLING_LINKS))
    if vehicle.dep in SUBJECTS and _misread_filling(s, s.head(vehicle)):
        words.append(
            s.head(vehicle)
        )  # "Trucks packed with fighters headed to X" read with "packed" as the verb
    for word in words:
        prep_word = FILLING_WORDS.get(word.lemma) or FILLING_WORDS.get(word.lower)
        if prep_word is None or word.i < vehicle.i:
            continue
        prep = _prep_object(s, word, (prep_word,))
        if prep is not None and (s.actor_at[prep.i] is not None or prep.lemma in FILLING_PEOPLE):
            return prep
    return None


SPEECH_VERBS = frozenset({"say", "shout", "announce", "declare", "tell", "write", "claim", "confirm", "hear"})
SPEECH_LINKS = frozenset({"ccomp", "parataxis"})


def _claiming_side(s: _Sentence, tok: Token, fallen: Token, ctx: _Context) -> list[Hit]:
    """'"X has fallen," an LNA commander said': a place fallen with no taker named, told by a
    side's spokesman or commander, fell to that side (a neutral speaker names no taker)."""
    if not (_places(s, fallen) or _is_territory(s, fallen)):
        return []  # "rockets fell on homes"
    verbs = [s.head(tok)] if tok.dep in SPEECH_LINKS else []
    verbs += list(s.children(tok, SPEECH_LINKS))  # the parser may hang the speech clause on the quote
    for verb in (v for v in verbs if v.lemma in SPEECH_VERBS):
        speaker = s.child(verb, ALL_SUBJECTS)
        hit = _actor_of(s, speaker, ctx) if speaker is not None else None
        if hit is None:
            continue
        if hit.actor_kind in _GROUPS:
            return [hit]
        side = next((h for h in ctx.hits if h.name == hit.affiliation and h.actor_kind in _GROUPS), None)
        return [side] if side is not None else []
    return []


def _prevented(s: _Sentence, tok: Token) -> bool:
    """ "to stop any forces bringing in arms", "to prevent GNA forces from moving into X": a
    move hung on a prevented mover, or told after "from" under a verb of prevention, is not done."""
    if tok.dep == "pcomp" and tok.tag == "VBG":
        prep = s.head(tok)
        return prep.lower == "from" and s.head(prep).lemma in PREVENTION_HEADS
    if tok.dep != "acl" or tok.tag != "VBG":
        return False
    mover = s.head(tok)
    return mover.dep in OBJECTS and s.head(mover).lemma in PREVENTION_HEADS


def _object(s: _Sentence, tok: Token) -> Token | None:
    """The direct object; a proper name the parser left as a modifier ("entered Sirte")."""
    obj = s.child(tok, OBJECTS)
    if obj is not None:
        if obj.lower in RELATIVE_PRONOUNS and tok.dep == "relcl" and obj.i < tok.i:
            return _past_distance_aside(s, s.head(tok))  # "the towns which the army took": the antecedent
        return obj
    misread = (
        _misread_modifier(s, tok)
        or _misread_name(s, tok)
        or _misread_present(s, tok)
        or _misread_noun(s, tok)
    )
    if misread is not None:
        return misread[1]
    if _clausal_modifier(s, tok):
        return s.head(tok)  # "X had flown fighters from A into B", read as "flown fighters"
    stray = (c for c in s.children(tok, STRAY_OBJECTS) if s.place_at[c.i] is not None and c.i > tok.i)
    return next(stray, None) or _second_subject(s, tok)


RELATIVE_ADVERBS = frozenset({"where", "when", "why", "how"})
TIME_NOUNS = frozenset(
    {"day", "night", "week", "month", "year", "time", "moment", "hour", "morning", "evening", "weekend"}
)


def _places_summed_up(s: _Sentence, head: Token, cls: VerbClass) -> bool:
    """ "stood with the seaside towns his fighters had already liberated", "the towns its units took":
    a capture verb in a relative clause on an unnamed plural noun sums up several earlier
    captures the story does not tell one by one; no movement of its own (SUMMED_CAPTURES)."""
    return cls.kind is MovementKind.CAPTURE and head.tag == "NNS" and s.place_at[head.i] is None


def _contact_antecedent(s: _Sentence, tok: Token) -> Token | None:
    """ "the shore they had left", "the town its units took": a relative clause with no
    relative word whose verb has a subject of its own and no object; the noun it hangs on
    is the object."""
    head = s.head(tok)
    if tok.dep != "relcl" or head.i > tok.i or head.pos not in NOMINAL_POS or head.lemma in TIME_NOUNS:
        return None  # "the day they left": when, not what
    subject = s.child(tok, SUBJECTS)
    if subject is None or subject.lower in RELATIVE_PRONOUNS or s.child(tok, OBJECTS) is not None:
        return None
    if any(c.lower in RELATIVE_PRONOUNS | RELATIVE_ADVERBS for c in s.children(tok) if c.i < tok.i):
        return None
    if any(c.lower in RELATIVE_PRONOUNS for c in s.children(subject)):
        return None  # "blocks whose residents fled": the noun owns the subject, nothing was left
    if any(c.dep in PREPOSITIONS and not s.child(c, PREP_OBJECTS) for c in s.children(tok)):
        return None  # "the town they fled to": the noun is a preposition's, not the verb's
    return head


def _second_subject(s: _Sentence, tok: Token) -> Token | None:
    """ "forces recaptured Tripoli International Airport": a place the parser made a second
    subject after the verb, the verb's own subject standing before it, is its object."""
    subjects = list(s.children(tok, frozenset({"nsubj"})))
    if len(subjects) < 2 or subjects[0].i > tok.i:
        return None
    return next((c for c in subjects[1:] if c.i > tok.i and s.place_at[c.i] is not None), None)


FRONT_NOUNS = frozenset({"front", "frontline", "frontlines", "battlefield", "battlefront"})


FRONT_COURSE_LEMMAS = frozenset({"head", "move", "go"})
"""Verbs of going whose participle after a departure tells where the movers were bound ("left X,
heading south toward the front line", "left X, moving to the front")."""
FRONT_COURSE_PREPS = frozenset({"for", "toward", "towards", "to"})
"""Prepositions by which such a participle names the front it goes to."""


def _bound_for_front(s: _Sentence, tok: Token) -> bool:
    """ "left X for the front (line)": a departure whose goal is the fighting, not a place (the
    parser may read "front" as a modifier: "for the front west of Y"); so is one whose participle
    of going is bound there ("left X, heading south toward the front line")."""
    if _front_named(s, tok, frozenset({"for"})):
        return True
    return any(
        c.lemma in FRONT_COURSE_LEMMAS and _front_named(s, c, FRONT_COURSE_PREPS)
        for c in s.children(tok, frozenset({"advcl", "xcomp"}))
    )


def _front_named(s: _Sentence, tok: Token, preps: frozenset[str]) -> bool:
    """Whether one of the word's phrases (by ``preps``) names the front ("for the front line")."""
    for prep in s.children(tok, PREPOSITIONS):
        if prep.lower not in preps:
            continue
        for goal in s.children(prep, PREP_OBJECTS):
            modifiers = s.children(goal, frozenset({"compound", "amod"}))
            if goal.lemma in FRONT_NOUNS or any(c.lower == "front" for c in modifiers):
                return True
    return False


def _taken_out_of(s: _Sentence, tok: Token) -> bool:
    """ "the fighters were flown out of X": those moved are taken out of a place (they leave it)."""
    for out in s.children(tok, PARTICLES):
        if out.lower == "out" and any(c.lower == "of" for c in s.children(out, PREPOSITIONS)):
            return True
    return False


DISTANCE_LINKS = frozenset({"npadvmod", "nummod", "quantmod"})
"""How a distance hangs on its direction word ("45 km west")."""


def _past_distance_aside(s: _Sentence, antecedent: Token) -> Token:
    """ "Zawiya, 45 km west of Tripoli, which they stormed": a relative clause the parser hung
    on the anchor of a distance aside is about the place the aside follows."""
    prep = s.head(antecedent)
    if antecedent.dep != "pobj" or prep.lower != "of" or s.place_at[antecedent.i] is None:
        return antecedent
    direction = s.head(prep)
    if not any(c.i < direction.i for c in s.children(direction, DISTANCE_LINKS)):
        return antecedent
    left, stack = direction.i, [c for c in s.children(direction) if c.i < direction.i]
    while stack:  # the aside's first word: "45", "about 45", "some 45"
        t = stack.pop()
        left = min(left, t.i)
        stack.extend(s.children(t))
    if left < 2 or s.tokens[left - 1].text != "," or s.place_at[left - 2] is None:
        return antecedent
    return s.tokens[left - 2]


def _is_passive(s: _Sentence, tok: Token) -> bool:
    if any(
        c.dep in PASSIVE_SUBJECTS
        or (c.dep == "auxpass" and not _initials_as_auxiliary(s, c) and not _hyphen_as_auxiliary(c))
        for c in s.children(tok)
    ):
        return True
    if tok.dep == "xcomp" and tok.tag == "VBN" and s.child(tok, AGENTS) is not None:
        return True  # "X, reported captured by the rebels": a participle with its agent
    if tok.dep == "conj" and _agent_or_bare_participle(s, tok) and s.child(tok, SUBJECTS) is None:
        head = s.head(tok)  # "X was seized by A and recaptured by B": the passive goes on
        return head is not tok and any(c.dep in PASSIVE_SUBJECTS for c in s.children(head))
    if tok.dep == "acl" and tok.tag == "VBN" and _perfect_clause(s, tok):
        return False  # "reports that families have left X": a clause the parse hung on the noun
    if _stranded_main_verb(s, tok) is not None:
        return False  # "Families who had fled X during the fighting returned": the main verb
    return tok.dep == "acl" and tok.tag == "VBN" and not _verbless_relative(s, tok)


PERFECT_AUXILIARIES = frozenset({"have", "'ve"})
"""The perfect auxiliary, as lemma or as written ("have reached", "may've left")."""


def _perfect_clause(s: _Sentence, tok: Token) -> bool:
    """A past participle with its own subject and "have" ("that dozens of families have left"):
    an active perfect clause, however the parse attached it, not a participle of the passive."""
    return s.child(tok, SUBJECTS) is not None and any(
        c.dep == "aux" and c.lemma in PERFECT_AUXILIARIES for c in s.children(tok)
    )


def _hyphen_as_auxiliary(aux: Token) -> bool:
    """ "GNA units counter-attacked and retook X": the parser splits a hyphenated verb and reads
    its hyphen as a passive auxiliary; a hyphen makes no passive."""
    return aux.lower == "-"


COMPOUND_DEPS = frozenset({"compound"})
CUSTODY_NOUNS = frozenset({"prison", "jail", "gaol", "cell", "custody", "detention"})
"""Where a person is held: one moved there by others ("transferred to a prison in X", "taken into
custody") is held, not travelling."""


def _into_custody(s: _Sentence, tok: Token) -> bool:
    """Whether the verb's "to"/"into" phrase names a place of detention ("to a prison in X", "to
    the detention centre at Y", "into custody")."""
    return any(
        o.lemma in CUSTODY_NOUNS or any(c.lemma in CUSTODY_NOUNS for c in s.children(o, COMPOUND_DEPS))
        for p in s.children(tok, PREPOSITIONS)
        if p.lower in ("to", "into")
        for o in s.children(p, PREP_OBJECTS)
    )


def _agent_or_bare_participle(s: _Sentence, tok: Token) -> bool:
    """ "recaptured by B", or a bare participle with no auxiliary of its own ("was arrested
    and flown to X"): a conjunct that goes on its head's passive. A carrying verb whose past
    tense is its participle ("were intercepted off X and brought back to Y", "sent", "shipped")
    the tagger may read as an active past; with no object of its own it carries no one, so it
    is the bare participle too (``OBJECT_CARRYING_VERBS``)."""
    if s.child(tok, AGENTS) is not None:
        return True
    if any(c.dep in ("aux", "auxpass") for c in s.children(tok)):
        return False
    if tok.tag == "VBN":
        return True
    return tok.tag == "VBD" and tok.lemma in OBJECT_CARRYING_VERBS and s.child(tok, OBJECTS) is None


OBJECT_CARRYING_VERBS = frozenset(
    {"bring", "send", "ship", "ferry", "bus", "truck", "airlift", "transfer", "carry", "dispatch"}
)
"""Verbs that move someone else and are never said of the mover going on its own: with no
object of their own after a passive ("were intercepted and brought back to X") they continue
the passive. Verbs also said of a force going by itself ("deployed", "moved", "rushed",
"gathered") stay out: "were redeployed to X and then moved west" moved themselves."""


def _movable(s: _Sentence, tok: Token, ctx: _Context) -> bool:
    """Whether a verb's object can be moved: forces, vehicles, named things, an actor; or what
    a counting head counts ("sent dozens of pickup trucks", "hundreds of armoured vehicles")."""
    if tok.lemma in MOVABLE_NOUNS or tok.pos == "PROPN" or _actor_of(s, tok, ctx) is not None:
        return True
    if _moved_share(s, tok):
        return True  # "the air force flew others from X to Y": a share of those told before
    return _whole(s, tok).lemma in MOVABLE_NOUNS


def _moved_share(s: _Sentence, tok: Token) -> bool:
    """ "flew others from X to Y", "sent the rest to Z": a share of people or forces told before
    (:data:`PARTITIVE_PRONOUNS`, :data:`PARTITIVE_NOUNS`) standing alone as the object is moved
    as they would be; with an "of" phrase of its own the whole it names decides (``_whole``)."""
    if tok.lower not in PARTITIVE_PRONOUNS and tok.lemma not in PARTITIVE_NOUNS:
        return False
    return _prep_object(s, tok, ("of",)) is None


def _whole(s: _Sentence, tok: Token) -> Token:
    """What a counting head or a counted part moves ("dozens of trucks", "two of its jets"):
    the noun after its "of"; any other word is itself."""
    return _counted(s, tok) or _part_of(s, tok) or _band_of(s, tok) or tok


def _band_of(s: _Sentence, tok: Token) -> Token | None:
    """ "sent a group of fighters", "took a platoon of soldiers to X": the men a band
    (:data:`BAND_HEADS`) is made of, after "of", else None."""
    if tok.lemma not in BAND_HEADS:
        return None
    return _prep_object(s, tok, ("of",))


def _part_of(s: _Sentence, tok: Token) -> Token | None:
    """ "flew several of their aircraft to X", "sent two of its frigates": the whole a part
    (``COUNTED_PARTS`` or a number) is taken from after "of", else None."""
    if tok.lower not in COUNTED_PARTS and tok.pos != "NUM":
        return None
    prep = next((c for c in s.children(tok, frozenset({"prep"})) if c.lower == "of"), None)
    return s.child(prep, frozenset({"pobj"})) if prep is not None else None


def _counted(s: _Sentence, tok: Token) -> Token | None:
    """What a counting head (``PARTITIVE_HEADS``: "dozens", "hundreds", "a number") counts after
    "of", else None."""
    if tok.lemma not in PARTITIVE_HEADS:
        return None
    prep = next((c for c in s.children(tok, frozenset({"prep"})) if c.lower == "of"), None)
    return s.child(prep, frozenset({"pobj"})) if prep is not None else None


def _lends_to_noun(verb: Token, obj: Token) -> bool:
    return any(_supports(verb, cls) for cls in load_verb_classes().get(("noun", obj.lemma), ()))


def _is_assault_noun(tok: Token) -> bool:
    """An attack, raid or offensive (a noun row of the advance kind)."""
    rows = load_verb_classes().get(("noun", tok.lemma), ())
    return any(cls.kind is MovementKind.ADVANCE for cls in rows)


def _is_trigger_noun(tok: Token) -> bool:
    return bool(load_verb_classes().get(("noun", tok.lemma)))


def _crossed_border(cls: VerbClass, patient: Token) -> bool:
    """ "crossed the border", "crossed the desert": a crossing told by what is crossed, a
    movement with no place named (SCHEMA: still a movement)."""
    return cls.lemma in BORDER_CROSSINGS and patient.lemma in CROSSED_NOUNS


CROSSED_NOUNS = frozenset({"border", "frontier", "desert", "sea", "mediterranean", "river"})


def _is_territory(s: _Sentence, tok: Token) -> bool:
    return (
        tok.lemma in TERRITORY_NOUNS
        or tok.lower in TERRITORY_NOUNS
        or tok.lemma in AREA_NOUNS
        or (tok.lemma in FACILITY_PART_NOUNS and _site_part(s, tok))
    )


def _site_part(s: _Sentence, tok: Token) -> bool:
    """ "the control room at the Zueitina terminal", "the control tower at Mitiga airport": a
    part of a site whose own preposition names a place or a site (FACILITY_PART_NOUNS); the
    parse may hang an "at X" / "in X" on the verb whose object the part is ("seized the tower
    at X")."""
    preps = [p for p in s.children(tok, PREPOSITIONS) if p.lower in SITE_PART_PREPS]
    if tok.dep in OBJECTS:
        preps += [p for p in s.children(s.head(tok), PREPOSITIONS) if p.lower in ("at", "in")]
    return any(
        bool(_places(s, o)) or o.lemma in TERRITORY_NOUNS for p in preps for o in s.children(p, PREP_OBJECTS)
    )


def _misread_modifier(s: _Sentence, tok: Token) -> tuple[Token, Token] | None:
    """ "LNA forces secured Sirte, Hun and Waddan" read as "secured Sirte" modifying a name: a
    past verb between an actor's noun and a place is the clause's verb, with subject and object."""
    if tok.dep != "amod" or tok.tag not in ("VBD", "VBN", "JJ") or tok.i == 0:
        return None
    place, before = s.head(tok), s.tokens[tok.i - 1]
    if place.i <= tok.i or s.place_at[place.i] is None or before.pos not in ("NOUN", "PROPN"):
        return None
    if s.actor_at[before.i] is None or s.place_at[before.i] is s.actor_at[before.i] or _has_verb_root(s):
        return None
    return before, place


def _clausal_modifier(s: _Sentence, tok: Token) -> bool:
    """A participle the parser made a modifier of the noun after it though it has its own
    subject and auxiliary ("the LNA had flown fighters ..."): a clause's verb and its object."""
    if tok.dep != "amod" or tok.tag != "VBN" or s.head(tok).i <= tok.i:
        return False
    return s.child(tok, SUBJECTS) is not None and s.child(tok, AUXILIARIES) is not None


def _has_verb_root(s: _Sentence) -> bool:
    return any(t.head == t.i and t.pos in _CLAUSE_POS for t in s.tokens)


def _verbless_relative(s: _Sentence, tok: Token) -> bool:
    """ "LNA forces secured Sirte" read as a reduced relative on a verbless sentence's root: a
    participle with a direct object there is the sentence's verb, in the active voice."""
    head = s.head(tok)
    return head.head == head.i and head.pos in ("NOUN", "PROPN") and s.child(tok, OBJECTS) is not None


def _subject(s: _Sentence, tok: Token, depth: int = 0) -> Token | None:
    """The verb's subject; a relative clause's antecedent; the controller of an infinitive."""
    misread = _misread_modifier(s, tok) or _misread_name(s, tok) or _misread_present(s, tok)
    if misread is not None:
        return misread[0]
    initials = (
        _initials_read_as_auxiliary(s, tok)
        or _partitive_read_as_adverb(s, tok)
        or _fraction_read_as_adverb(s, tok)
        or _count_read_as_date(s, tok)
    )
    if initials is not None:
        return initials
    swallowed = (
        _swallowed_subject(s, tok)
        or _subordinated_subject(s, tok)
        or _reduced_relative_subject(s, tok)
        or _fenced_participle_subject(s, tok)
        or _subordinate_gerund_subject(s, tok)
        or _filled_vehicle_subject(s, tok)
        or _stranded_main_verb(s, tok)
    )
    if swallowed is not None:
        return swallowed
    found = _governed_subject(s, tok, depth)
    return found if found is not None else _dangling_subject(s, tok)


PRESENT_TAGS = frozenset({"VBP", "VB"})
PAST_TAGS = frozenset({"VBD", "VBN"})
"""A past verb's tags: the parser often tags a finite past it misattaches as a participle."""


def _fenced_participle_subject(s: _Sentence, tok: Token) -> Token | None:
    """ "Units of X, backed by armoured cars, advanced on the airport": the parser joins the
    finite verb after the comma to the participle fencing off the subject ("backed", "supported",
    "led"), as if it went on with it (tagging it a participle too); a past conjunct of a
    participle that modifies a noun,
    with a comma and no "and" before it, has that noun as its subject."""
    if tok.dep != "conj" or tok.tag not in PAST_TAGS or s.child(tok, ALL_SUBJECTS) is not None or tok.i < 2:
        return None
    head = s.head(tok)
    if head.dep != "acl" or head.tag != "VBN" or head.i > tok.i or s.tokens[tok.i - 1].text != ",":
        return None
    if any(c.dep == "cc" and head.i < c.i < tok.i for c in s.children(head)):
        return None  # "..., backed by X and advanced": a list of the participle's own
    noun = s.head(head)
    return noun if noun.pos in ("NOUN", "PROPN") and noun.i < head.i else None


def _partitive_read_as_adverb(s: _Sentence, tok: Token) -> Token | None:
    """ "Refugees cross the border every week. Most arrive in Kufra": a partitive word ("most",
    "many", "some") opening a present-tense clause with no subject is read as the verb's adverb,
    as if the clause were an order; it is the verb's subject."""
    if tok.tag not in PRESENT_TAGS or s.child(tok, ALL_SUBJECTS) is not None or tok.i == 0:
        return None
    word = s.tokens[tok.i - 1]
    if word.head != tok.i or word.dep != "advmod" or word.lower not in PARTITIVE_PRONOUNS:
        return None
    opens = word.i == 0 or s.tokens[word.i - 1].pos in ("PUNCT", "CCONJ")
    return word if opens else None


FRACTION_PARTS = frozenset({"half", "third", "quarter"})
"""Nouns of a share that, standing alone as a subject ("Roughly half went to X", "a third
stayed"), are part of a group named before, as a partitive pronoun is."""
FRACTION_MODIFIERS = frozenset({"det", "advmod", "quantmod"})
"""The only dependents a lone fraction subject takes ("a third", "roughly half", "about half")."""


def _lone_fraction(s: _Sentence, tok: Token) -> bool:
    """Whether ``tok`` is a share noun (:data:`FRACTION_PARTS`) standing alone: no dependents
    but an article or an approximator ("roughly half", "a third"; not "half of the town")."""
    return tok.lemma in FRACTION_PARTS and all(c.dep in FRACTION_MODIFIERS for c in s.children(tok))


def _counted_group_part(s: _Sentence, tok: Token) -> bool:
    """ "A group of about 40", "a second party of 60": a group noun (:data:`CARRIED_GROUP_NOUNS`)
    whose only "of" phrase is a bare number, with no name of its own, is a part of a group named
    before, as a lone share noun is (not "a group of 40 fighters": those are named)."""
    if tok.lemma not in CARRIED_GROUP_NOUNS or tok.tag != "NN":
        return False
    if any(c.dep in GROUP_NAMING_LINKS for c in s.children(tok)):
        return False
    for prep in s.children(tok, frozenset({"prep"})):
        if prep.lower in COUNT_OF and prep.i == tok.i + 1:
            count = s.child(prep, PREP_OBJECTS)
            return (
                count is not None
                and count.pos == "NUM"
                and all(c.dep in FRACTION_MODIFIERS for c in s.children(count))
            )  # "of about 40": an approximator only
    return False


def _fraction_read_as_adverb(s: _Sentence, tok: Token) -> Token | None:
    """ "Families fled X. Roughly half travelled to Y": a lone share noun (:func:`_lone_fraction`)
    opening a clause with no subject is read as the verb's adverbial noun ("npadvmod"); it is
    the verb's subject."""
    if s.child(tok, ALL_SUBJECTS) is not None:
        return None
    for word in s.children(tok, frozenset({"npadvmod"})):
        if word.i < tok.i and _lone_fraction(s, word):
            first = min((c.i for c in s.children(word)), default=word.i)
            if first == 0 or s.tokens[first - 1].pos in ("PUNCT", "CCONJ"):
                return word
    return None


COUNT_OF = frozenset({"of"})
"""The preposition of a counted part ("118 of them", "40 of the detainees")."""


def _count_read_as_date(s: _Sentence, tok: Token) -> Token | None:
    """ "On Tuesday 118 of them were flown to X": with no comma after an opening phrase of time,
    the parser reads the number that opens the clause as part of the date ("Tuesday 118") and
    hangs its "of" phrase on the time word (:data:`CLOCK_WORDS`), leaving the verb with no
    subject. A verb with no subject whose time phrase (:data:`CLOCK_LEADS`) holds a number right
    after the time word, and an "of" phrase right after the number, has that counted part as its
    subject: the time word, which carries the "of" phrase the part's group is read from."""
    if s.child(tok, ALL_SUBJECTS) is not None:
        return None
    for prep in s.children(tok, frozenset({"prep"})):
        when = s.child(prep, PREP_OBJECTS) if prep.i < tok.i and prep.lower in CLOCK_LEADS else None
        if when is None or when.lower not in CLOCK_WORDS:
            continue
        count = next((c for c in s.children(when, frozenset({"nummod"})) if c.i == when.i + 1), None)
        if count is None or count.pos != "NUM":
            continue
        if any(c.lower in COUNT_OF and c.i == count.i + 1 for c in s.children(when, frozenset({"prep"}))):
            return when
    return None


def _initials_read_as_auxiliary(s: _Sentence, tok: Token) -> Token | None:
    """ "IS was pushed out of X": the parser reads a group's capital initials before an
    auxiliary as a verb ("is"); with no subject of its own, the verb's subject is that group."""
    if s.child(tok, ALL_SUBJECTS) is not None:
        return None
    first = next((a for a in s.children(tok, AUXILIARIES) if a.i < tok.i), None)
    return first if first is not None and _initials_as_auxiliary(s, first) else None


def _initials_as_auxiliary(s: _Sentence, aux: Token) -> bool:
    return len(aux.text) >= 2 and aux.text.isupper() and s.actor_at[aux.i] is not None


TIME_MODIFIERS = frozenset({"nummod", "compound", "npadvmod"})
SUBORDINATING_PREPS = frozenset({"after", "before", "until", "till", "since", "once", "as", "when", "while"})


def _subordinated_subject(s: _Sentence, tok: Token) -> Token | None:
    """ "It came a day after X, whom the rebels said they held, drove to Y": the parser reads
    "after X" as a phrase and the clause's verb as a conjunct or adverbial of the main verb;
    with no "and" or conjunction of its own, the noun of that phrase is the verb's subject."""
    if tok.dep not in ("conj", "advcl") or tok.head > tok.i or s.child(tok, ALL_SUBJECTS) is not None:
        return None
    head = s.head(tok)
    if s.child(tok, frozenset({"mark"})) is not None or any(
        c.dep == "cc" and head.i < c.i < tok.i for c in s.children(head)
    ):
        return None  # "came and drove", "resumed as X flew": a clause of its own
    for p in s.children(head, PREPOSITIONS):
        obj = s.child(p, PREP_OBJECTS) if p.lower in SUBORDINATING_PREPS and head.i < p.i < tok.i else None
        if obj is not None and obj.pos in ("NOUN", "PROPN"):
            return _phrase_actor(s, obj)
    return _subordinator_deeper(s, tok)


GERUND_SUBJECT_TAGS = frozenset({"VBG", "NN"})
"""Tags of a "-ing" noun the parser may read as a verb of its own ("fighting", "shelling")."""
GERUND_CLAUSE_DEPS = frozenset({"conj", "advcl"})
"""Relations the parser gives the verb of such a "when" clause on the main verb."""


def _subordinate_gerund_subject(s: _Sentence, tok: Token) -> Token | None:
    """ "Diplomats pulled out in July, when fighting for the airport reached the suburbs": the
    parser reads the "-ing" noun after "when" as a clause hung on the later verb and makes that
    verb a conjunct or adverbial clause of the main one, sharing its subject (:data:`GERUND_CLAUSE_DEPS`). One with no subject, no "and"
    before it and such a "when", "as" or "after" clause (``SUBORDINATING_PREPS``) opening between
    the main verb and it has the "-ing" noun for its subject: the fighting reached the suburbs,
    not the diplomats."""
    if tok.dep not in GERUND_CLAUSE_DEPS or tok.head > tok.i or s.child(tok, ALL_SUBJECTS) is not None:
        return None
    head = s.head(tok)
    if any(c.dep == "cc" and head.i < c.i < tok.i for c in s.children(head)):
        return None  # "pulled out and reached X": one mover
    for c in s.children(tok, frozenset({"advcl"})):
        if not head.i < c.i < tok.i or c.tag not in GERUND_SUBJECT_TAGS:
            continue
        if any(
            m.lower in SUBORDINATING_PREPS and m.i < c.i for m in s.children(c, frozenset({"advmod", "mark"}))
        ):
            return c
    return None


def _clause_before_conjunct(s: _Sentence, tok: Token, head: Token) -> Token | None:
    """ "LNA troops pushed along the road before GNA units counter-attacked and retook the town":
    the parser hangs "retook" on the main verb, past a "before"/"after" clause with a subject of
    its own that ends right before the "and"; with no comma between, the conjunct goes on with
    that clause and its subject."""
    clauses = [c for c in s.children(head) if c.dep == "advcl" and head.i < c.i < tok.i]
    for c in reversed(clauses):
        subject, mark = s.child(c, SUBJECTS), s.child(c, frozenset({"mark"}))
        if subject is None or mark is None or mark.lower not in SUBORDINATING_PREPS:
            continue
        if any(t.lower in CLAUSE_BREAKS for t in s.tokens[c.i : tok.i]):
            return None  # "advanced after the defenders fled, and took X": the main verb's
        return subject
    return None


CLAUSE_BREAKS = frozenset({",", ";", ":"})


def _subordinator_deeper(s: _Sentence, tok: Token) -> Token | None:
    """ "advanced along the road before GNA units counter-attacked": the "before" phrase the parser
    hung on a noun of the main clause ends right before the verb (or before the first piece of a
    hyphenated verb it split); its noun is the verb's subject."""
    first = tok.i
    while (
        first > 0
        and s.tokens[first - 1].head in (tok.head, tok.i)
        and s.tokens[first - 1].end == s.tokens[first].start
    ):
        first -= 1  # "counter", "-", "attacked": one word, split
    own = s.child(s.tokens[first], SUBJECTS) if first < tok.i else None
    if own is not None:
        return own  # the split word's first piece took the subject
    if first == 0:
        return None
    obj = s.tokens[first - 1]
    if obj.dep not in PREP_OBJECTS or obj.pos not in ("NOUN", "PROPN") or obj.head == obj.i:
        return None
    prep = s.head(obj)
    return _phrase_actor(s, obj) if prep.lower in SUBORDINATING_PREPS and prep.i > tok.head else None


def _phrase_actor(s: _Sentence, obj: Token) -> Token | None:
    """The noun of a phrase that names an actor; its named apposition first ("X's son Y": Y)."""
    named = next((a for a in s.children(obj, frozenset({"appos"})) if s.actor_at[a.i] is not None), None)
    if named is not None:
        return named
    return obj if s.ctx is not None and _actor_of(s, obj, s.ctx) is not None else None


REDUCED_RELATIVE_VERBS = frozenset({"ally", "align", "affiliate", "attach", "base", "link", "station", "tie"})
"""Participles that follow a force's noun ("forces allied to X", "units based in Y") and that the
parser may read as the sentence's past-tense verb."""


STRANDED_MAIN_VERBS = frozenset(
    {"return", "come", "flee", "leave", "arrive", "withdraw", "retreat", "go", "head"}
    | {"sweep", "push", "move", "advance", "march", "roll", "pour", "race", "rush"}
)
"""Verbs of going by oneself that the parser, ending a relative clause too late, hangs as a
participle on the clause's last noun: "Families who had fled X during the fighting returned on
Friday" reads "returned" as a participle of "fighting" and leaves "Families" a verbless root;
or, after the clause's closing comma, on the root noun itself ("Forces, who had set out from X,
swept into Y")."""


COUNT_OF_LINKS = frozenset({"pobj", "prep"})
"""Links from a noun up to the count or share that leads it ("Hundreds of families")."""


def _stranded_main_verb(s: _Sentence, tok: Token) -> Token | None:
    """The verbless root noun whose main verb the parser hung inside the noun's own relative
    clause as a bare participle (``STRANDED_MAIN_VERBS``, no auxiliary, subject or agent): the
    sentence has no other verb to be its main verb, so the participle is it, and the root noun
    its subject. So is the noun the parser made the subject of an attribution after the
    participle ("Hundreds of families who had fled X during the fighting returned, an official
    said"), and the count that leads the noun ("Hundreds of") is taken with it."""
    if tok.dep != "acl" or tok.tag not in PAST_TAGS or tok.lemma not in STRANDED_MAIN_VERBS:
        return None
    if any(c.dep in ALL_SUBJECTS or c.dep in AUXILIARIES or c.dep in AGENTS for c in s.children(tok)):
        return None
    link, head = tok, s.head(tok)
    if _after_own_relative(s, head, tok):
        return head  # "Forces, who had set out from X, swept into Y": hung on the root noun
    while head is not link and link.dep != "relcl":
        link, head = head, s.head(head)
    if link.dep != "relcl" or head.pos not in ("NOUN", "PROPN"):
        return None
    while head.dep in COUNT_OF_LINKS and head.head != head.i:  # "Hundreds of families who ..."
        head = s.head(head)
    if head.head == head.i and head.pos in ("NOUN", "PROPN"):
        return head
    attributed = head.dep in SUBJECTS and s.head(head).i > tok.i  # "..., a local official said"
    return head if attributed and head.pos in ("NOUN", "PROPN") else None


def _after_own_relative(s: _Sentence, noun: Token, tok: Token) -> bool:
    """Whether ``noun`` is a verbless sentence's root whose relative clause ends before the
    participle ``tok`` hung on it: the participle comes after the clause, so it is the verb."""
    if noun.head != noun.i or noun.pos not in ("NOUN", "PROPN") or noun.i > tok.i:
        return False
    return any(c.i < tok.i for c in s.children(noun, frozenset({"relcl"})))


def _reduced_relative_subject(s: _Sentence, tok: Token) -> Token | None:
    """ "Forces allied to the Government of National Accord regained X": the parser reads "allied"
    as the main verb and the real verb as its complement; the complement's subject is the
    participle's subject."""
    if tok.dep != "ccomp" or s.child(tok, ALL_SUBJECTS) is not None:
        return None
    head = s.head(tok)
    if head.lemma not in REDUCED_RELATIVE_VERBS or head.tag != "VBD" or head.i > tok.i:
        return None
    if not any(p.i < tok.i for p in s.children(head, PREPOSITIONS)):
        return None
    subj = s.child(head, SUBJECTS)
    return subj if subj is not None and subj.pos in ("NOUN", "PROPN") else None


def _swallowed_subject(s: _Sentence, tok: Token) -> Token | None:
    """ "At about 23.00 X arrived": the parser reads the clock time and the name after it as one
    phrase of the time's preposition and leaves the verb with no subject; the name right before
    the verb, led by a number or a time, is the subject."""
    if s.child(tok, ALL_SUBJECTS) is not None:
        return None
    for p in s.children(tok, PREPOSITIONS):
        obj = s.child(p, PREP_OBJECTS) if p.i < tok.i else None
        if obj is None or obj.i != tok.i - 1 or obj.pos != "PROPN":
            continue
        lead = [c for c in s.children(obj, TIME_MODIFIERS) if c.i < obj.i]
        if any(c.pos == "NUM" or (s.ctx is not None and s.ctx.is_time(c.start, c.end)) for c in lead):
            return obj
    return None


def _dangling_subject(s: _Sentence, tok: Token) -> Token | None:
    """A subject the parser hung on a non-verb ("as forces loyal to X ... pushed"): the nearest
    one before the verb, not crossing another verb that has its own subject."""
    if tok.dep in ("relcl", "acl", "xcomp") or (tok.tag == "VBN" and tok.dep != "ROOT"):
        return None
    for k in range(tok.i - 1, -1, -1):
        t = s.tokens[k]
        if t.pos in _CLAUSE_POS and s.child(t, ALL_SUBJECTS) is not None:
            return None
        if t.dep in SUBJECTS and s.head(t).pos not in _CLAUSE_POS:
            return t
    return None


def _governed_subject(s: _Sentence, tok: Token, depth: int) -> Token | None:
    subjects = list(s.children(tok, ALL_SUBJECTS))
    before = [
        c
        for c in subjects
        if c.i < tok.i
        and not _misread_list_member(s, c, subjects)
        and not _stolen_relative_object(s, c, subjects)
    ]
    subj = before[-1] if before else (subjects[0] if subjects else None)  # "[14:05] LNA forces seized"
    if subj is not None:
        if subj.lower in RELATIVE_PRONOUNS and tok.dep in ("relcl", "acl"):
            return _relative_antecedent(s, tok, subj)
        return subj
    if depth > 3 or tok.head == tok.i:
        return None
    head = s.head(tok)
    later = _only_to_verb(s, tok) if tok.dep == "acl" else None
    if later is not None:  # "slipped into X with an escort, only to leave again": the escort's verb
        return _subject(s, later, depth + 1)
    if tok.dep in ("relcl", "acl"):
        return head if head.pos in ("NOUN", "PROPN", "PRON") else None
    if tok.dep == "xcomp" and head.lemma in OBJECT_CONTROL:
        return s.child(head, OBJECTS) or _subject(s, head, depth + 1)
    if tok.dep in ("acomp", "attr"):
        return _governed_subject(s, head, depth + 1)  # "is due to fly": the subject of "is"
    if (
        tok.dep == "conj"
        and _is_passive(s, head)
        and not _is_passive(s, tok)
        and not _and_joined(s, head, tok)
        and not _finite_pair_misread(s, head, tok)
    ):
        return (
            None  # "X was killed as fighters overran Y": not X's doing ("was pushed out and fell back": X's)
        )
    unmarked = tok.dep == "advcl" and (tok.tag == "VBG" or s.child(tok, frozenset({"mark"})) is None)
    if (
        tok.dep in ("xcomp", "conj") or unmarked or _loose_conjunct(s, tok, head)
    ):  # ", seizing X", ", then advanced on X"
        deeper = (
            _subordinator_deeper(s, head) if tok.dep == "conj" and head.dep in ("advcl", "conj") else None
        )
        deeper = deeper or (_clause_before_conjunct(s, tok, head) if tok.dep == "conj" else None)
        return deeper or _governed_subject(s, head, depth + 1)  # "before X attacked and took Y": X
    if tok.dep == "pcomp" and head.dep == "prep":
        return _accused(s, head) or _subject(s, s.head(head), depth + 1)  # "after seizing X"
    if tok.dep == "pcomp" and head.dep == "agent" and _means_under_active(s, s.head(head)):
        return _subject(s, s.head(head), depth + 1)  # "X, which ..., answered by sending Y"
    return None


def _means_under_active(s: _Sentence, verb: Token) -> bool:
    """Whether a gerund the parser hung on ``verb`` as its "by" agent is the means of an active
    verb ("X, the rival government, responded by dispatching Y": "responded" read as a
    participle with an agent, yet it has a subject of its own and no passive auxiliary), or of a
    main verb the parser hung as a participle on its subject (:func:`_main_verb_misread`)."""
    if _main_verb_misread(s, verb):
        return True
    return s.child(verb, SUBJECTS) is not None and not _is_passive(s, verb)


def _stolen_relative_object(s: _Sentence, subj: Token, subjects: Sequence[Token]) -> bool:
    """ "A convoy that had left X drove south": the parser ends the relative clause before its
    verb's object and makes the place a second subject of the main verb. Such a subject is a
    place, not an actor, right after an objectless relative verb on another subject of the
    same verb: the verb's subject is that other one."""
    if s.place_at[subj.i] is None or s.actor_at[subj.i] is not None:
        return False
    first = subj.i
    while first > 0 and s.tokens[first - 1].dep == "compound" and s.tokens[first - 1].head == subj.i:
        first -= 1
    if first < 1:
        return False
    rel = s.tokens[first - 1]
    if rel.dep != "relcl" or rel.pos != "VERB" or s.child(rel, OBJECTS) is not None:
        return False
    return any(c.i == rel.head and c.i < subj.i for c in subjects)


def _object_stolen_by_main_verb(s: _Sentence, tok: Token) -> Token | None:
    """The place right after the relative verb ``tok`` that the parser made a second subject of
    the main verb (:func:`_stolen_relative_object`): the relative verb's own object."""
    if tok.dep != "relcl" or tok.i + 1 >= len(s.tokens):
        return None
    nxt = s.tokens[tok.i + 1]
    while nxt.dep == "compound" and nxt.head > nxt.i:
        nxt = s.tokens[nxt.head]
    if nxt.dep not in SUBJECTS or nxt.head == nxt.i:
        return None
    subjects = list(s.children(s.head(nxt), ALL_SUBJECTS))
    return nxt if _stolen_relative_object(s, nxt, subjects) else None


def _misread_list_member(s: _Sentence, subj: Token, subjects: Sequence[Token]) -> bool:
    """ "Troops from A, B and C moved into X": with three or more places after "from", the
    parser ends the "from" phrase at the first comma and makes the next place (with its
    conjuncts) a subject of its own. Such a subject is a place, not an actor, that follows a
    comma right after a place inside another subject of the same verb: it goes on with that
    list, and the verb's subject is the other one."""
    if s.place_at[subj.i] is None or s.actor_at[subj.i] is not None:
        return False
    first = subj.i
    while first > 0 and s.tokens[first - 1].dep == "compound" and s.tokens[first - 1].head == subj.i:
        first -= 1
    if first < 2 or s.tokens[first - 1].lower != ",":
        return False
    prev = s.tokens[first - 2]
    if s.place_at[prev.i] is None:
        return False
    others = {c.i for c in subjects if c.i < subj.i}
    t = prev
    for _ in range(LIST_CLIMB):
        if t.i in others:
            return True
        if t.head == t.i or t.dep not in LIST_LINKS:
            return False
        t = s.head(t)
    return False


LIST_CLIMB = 6
"""How many links a list's place climbs to reach the subject that holds it."""
LIST_LINKS = frozenset({"pobj", "prep", "conj", "compound"})
"""The links from a place in a "from" list up to the noun it belongs to."""


def _loose_conjunct(s: _Sentence, tok: Token, head: Token) -> bool:
    """ "took X, then advanced on Y": a finite verb the parser hangs loosely (``dep``) after a
    verb, with no subject or marker of its own, goes on with that verb's subject."""
    return (
        tok.dep == "dep"
        and tok.pos == "VERB"
        and tok.tag in FINITE_TAGS
        and head.pos in _CLAUSE_POS
        and head.i < tok.i
        and s.child(tok, frozenset({"mark"})) is None
    )


ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "suspect", "credit", "praise", "thank"})
"""Verbs whose object did what the gerund after their preposition tells ("accused X of
sending Y", "blamed X for bringing in Y")."""


def _accused(s: _Sentence, prep: Token) -> Token | None:
    """The object of a verb of accusing, for a gerund in its "of"/"for"/"with" phrase, whether
    the parser hangs the phrase on the verb or on the object ("accuse X of bringing in Y")."""
    gov = s.head(prep)
    if gov.dep in OBJECTS and gov.pos in ("NOUN", "PROPN") and s.head(gov).lemma in ACCUSING_VERBS:
        return gov
    if gov.lemma in ACCUSING_VERBS and gov.pos == "VERB":
        return s.child(gov, OBJECTS)
    return None


RETREAT_VERBS = frozenset({"retreat", "flee", "withdraw", "fall", "escape", "regroup"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
"""Tags of a verb in a finite tense (past or present)."""
SELF_GOING_VERBS = frozenset(
    {
        "leave",
        "travel",
        "fly",
        "go",
        "head",
        "depart",
        "walk",
        "drive",
        "sail",
        "journey",
        "land",
        "arrive",
        "dock",
    }
)
"""Verbs of going by oneself that a person is not made to do in the passive."""
"""Verbs by which a side driven out goes on by itself ("were pushed out and fell back")."""


TURNING_BACK_VERBS = frozenset({"turn", "head"})
TURNING_BACK_PARTICLES = frozenset({"back", "around", "round"})
"""A verb of turning with one of these and no object ("was stopped at the checkpoint and turned
back", "were intercepted and headed back") tells the stopped side going back by itself."""


def _turned_back(s: _Sentence, verb: Token) -> bool:
    return (
        verb.tag in FINITE_TAGS
        and verb.lemma in TURNING_BACK_VERBS
        and s.child(verb, OBJECTS) is None
        and any(c.lower in TURNING_BACK_PARTICLES for c in s.children(verb, frozenset({"prt", "advmod"})))
    )


def _stopped_at(s: _Sentence, verb: Token) -> list[Hit]:
    """ "The convoy was stopped at a checkpoint at Karsa and turned back": a side that turns back
    (:func:`_turned_back`) after the verb it is joined to placed it somewhere leaves that place:
    the named place after "at", "in", "inside" or "near" on that verb, or on the unnamed site it
    names ("a checkpoint at X")."""
    if verb.dep != "conj" or verb.head == verb.i or not _turned_back(s, verb):
        return []
    for p in s.children(s.head(verb), PREPOSITIONS):
        if p.lower not in SITED_PREPS:
            continue
        for obj in s.children(p, PREP_OBJECTS):
            found = [h for h in _places(s, obj) if not _is_area(h)] or _located_in(s, obj, SITED_PREPS)
            if found:
                return found
    return []


OBLIGED_VERBS = frozenset({"have"})
"""A conjunct verb whose infinitive tells what the passive's subject then had to do."""


def _and_joined(s: _Sentence, head: Token, conj: Token) -> bool:
    """Whether a verb of retreat with no object is joined to a passive head by "and" ("were
    driven out and retreated"): the passive's subject moved on ("were intercepted and
    returned" is a second passive, "were stationed there and evicted people" acts on others).
    A verb of going on one's own in a finite tense is no passive participle: "was released and
    left for X" is the released one's move ("was seized and transferred to X" is not)."""
    inner = s.child(conj, frozenset({"xcomp"})) if conj.lemma in OBLIGED_VERBS else None
    verb = inner if inner is not None else conj  # "were hit and had to fall back": the falling back
    finite = conj.tag in FINITE_TAGS and verb.lemma in SELF_GOING_VERBS
    finite = finite or _turned_back(s, verb)
    if not finite and (verb.lemma not in RETREAT_VERBS or s.child(verb, OBJECTS) is not None):
        return False
    return any(c.dep == "cc" and c.lower == "and" and head.i < c.i < conj.i for c in s.children(head))


def _finite_pair_misread(s: _Sentence, head: Token, conj: Token) -> bool:
    """ "The delegation set out from X and reached Y": in a sentence with no verb root, the
    parser hangs the main verb on its subject as a participle ("set" an ``acl`` of the root
    noun) though a finite past (``VBD``) is joined to it by "and": both are the sentence's
    verbs, the participle no passive."""
    if head.dep != "acl" or head.tag != "VBN" or conj.tag != "VBD" or head.i > conj.i:
        return False
    noun = s.head(head)
    return noun.head == noun.i and noun.pos in ("NOUN", "PROPN") and not _has_verb_root(s)


def _main_verb_misread(s: _Sentence, verb: Token) -> bool:
    """A sentence's main verb the parser hung as a participle on its subject, left as a
    verbless root ("X, which signed a pact, answered by sending Y": "answered" an ``acl`` of X)."""
    if verb.dep != "acl":
        return False
    noun = s.head(verb)
    return (
        noun.head == noun.i
        and noun.pos in ("NOUN", "PROPN")
        and s.child(noun, frozenset({"relcl"})) is not None
    )


def _relative_antecedent(s: _Sentence, tok: Token, pronoun: Token) -> Token:
    """The noun a relative clause tells of: the conjunct just before "who" ("the brigades and
    fighters who fled": the fighters), where the parser hung the clause on the first one."""
    head = s.head(tok)
    before = s.tokens[pronoun.i - 1] if pronoun.i > 0 else None
    if before is not None and before is not head and any(c is before for c in _conjuncts(s, head)):
        return before
    named = s.head(head)
    if head.dep == "appos" and named.pos == "PROPN" and named.i < head.i:
        return named  # "Saif, Gaddafi's son, who was flown to X": the named one, not the son's father
    return head


def _agent(s: _Sentence, tok: Token) -> Token | None:
    agent = s.child(tok, AGENTS)
    return s.child(agent, PREP_OBJECTS) if agent is not None else None


CONTROL_NOUNS = frozenset({"control"})
"""What a place comes under when a side takes it ("came under the control of X", "under LNA control")."""


def _fall_side(s: _Sentence, tok: Token, cls: VerbClass) -> Token | None:
    """Who a place fell to: "fell to X", "fell into X's hands", "came under X control"."""
    if cls.particle != "under":
        return _prep_object(s, tok, ("to", "into"))
    found = _prep_object(s, tok, ("under",))
    return found if found is not None and found.lemma in CONTROL_NOUNS else None


COPULA_LEMMAS = frozenset({"be", "become", "remain"})
"""Verbs that make their subject the noun after them ("X was the last town to fall to Y")."""


def _fallen_place(s: _Sentence, tok: Token, subject: Token | None) -> Token | None:
    """ "X was one of the last towns to fall to Y", "X became the first city to fall to Y": the
    falling clause hangs on a noun said of the copula's subject (:data:`COPULA_LEMMAS`), so the
    place that fell is that subject (a subject that is no place, "he was the last commander to
    fall", then tells no fall); any other subject stays."""
    said = subject if subject is not None or tok.dep not in ("relcl", "acl") else s.head(tok)
    if said is not None and said.dep == "pobj" and s.head(said).lower == "of":
        said = s.head(s.head(said))  # "one of the last towns": "one" is said of the subject
    if said is None or said.dep != "attr":
        return subject
    copula = s.head(said)
    if copula.lemma not in COPULA_LEMMAS:
        return subject
    named = s.child(copula, frozenset({"nsubj"}))
    return named if named is not None else subject


def _prep_object(s: _Sentence, tok: Token, preps: tuple[str, ...]) -> Token | None:
    for name, obj in _prep_args(s, tok):
        if name in preps:
            return obj
    return None


def _prep_args(s: _Sentence, tok: Token) -> Iterator[tuple[str, Token]]:
    """``(preposition, object)`` pairs under ``tok``: "out of X", "back to X", "as far as X"."""
    for c in s.children(tok):
        if c.dep in PREPOSITIONS:
            yield from _prep_objects(s, c, c.lower, 0)
        elif _fitted_vehicles_clause(s, tok, c):  # "deployed trucks mounted with guns at X" (misparsed)
            yield from _fitted_places(s, c)
        elif c.lower in ROUTE_MANNER_WORDS:  # "went overland to X" (may parse as an object)
            for p in s.children(c, PREPOSITIONS):
                yield from _prep_objects(s, p, _particle_prep(c, p), 0)
        elif c.dep in OBJECTS and _own_way(s, c):  # "making their way to X": the parse's "to" on the way
            for p in s.children(c, PREPOSITIONS):
                yield from _prep_objects(s, p, p.lower, 0)
        elif c.dep in OBJECTS and tok.pos == "VERB":  # "deployed trucks fitted with guns outside X"
            for p in _counted_aside_preps(s, c):  # "drove the fighters, some 200 men, out of X"
                yield from _prep_objects(s, p, p.lower, 0)
            for fitted in s.children(c, frozenset({"acl"})):
                if fitted.lemma in FITTED_PARTICIPLES and c.lemma in VEHICLE_SORTS:
                    yield from _fitted_places(s, fitted)
        elif _far_heading(s, c):  # "pushed as far east as X": the limit reached, a heading inside
            for p in s.children(c, PREPOSITIONS):
                if p.lower == FAR_AS_TAIL.split()[-1]:
                    yield from _prep_objects(s, p, FAR_AS_TAIL, 0)
        elif c.dep in ("advmod", "prt"):
            for p in s.children(c, PREPOSITIONS):
                yield from _prep_objects(s, p, _particle_prep(c, p), 0)
        elif c.lower in BOUND_WORDS and c.dep in BOUND_LINKS:  # "flew out of X, bound for Y"
            for p in s.children(c, PREPOSITIONS):
                if p.lower in ("for", "to"):
                    yield from _prep_objects(s, p, "to", 0)
        elif _repeated_preposition(s, tok, c):  # "landed at X, 40 km north of Y, or at Z"
            yield from _prep_objects(s, c, c.lower, 1)
        elif _second_leg(s, tok, c):  # "pulled back to X and then further south toward Y"
            for p in s.children(c, PREPOSITIONS):
                if p.lower in HEADING_PREPS:
                    yield from _prep_objects(s, p, p.lower, 0)


FITTED_PARTICIPLES = frozenset({"mount", "arm", "fit", "equip", "load"})
"""Participles that tell what vehicles carry ("trucks mounted with guns", "pickups fitted with
rocket launchers")."""
FITTING_PREPS = frozenset({"with"})
"""The preposition of what the vehicles are fitted with: a place phrase the parse hangs on that
thing ("mounted with guns near X") is still where the vehicles were put."""


def _fitted_vehicles_clause(s: _Sentence, tok: Token, c: Token) -> bool:
    """ "deployed pick-up trucks mounted with anti-aircraft guns at X": the parse may read the
    vehicles as the subject of a clause of the fitting participle (:data:`FITTED_PARTICIPLES`)
    that is the verb's complement, leaving the verb no object; the place phrases of that clause
    are then the verb's own (where the vehicles were sent)."""
    if c.dep != "ccomp" or c.lemma not in FITTED_PARTICIPLES or s.child(tok, OBJECTS) is not None:
        return False
    subject = s.child(c, SUBJECTS)
    return subject is not None and subject.lemma in VEHICLE_SORTS


def _fitting_of(s: _Sentence, verb: Token, clause: Token) -> bool:
    """Whether ``clause`` is the fitting participle of the vehicles ``verb`` moves, on its object
    ("deployed trucks fitted with guns") or misparsed as its complement (``_fitted_vehicles_clause``):
    what the parse hangs on that participle (a place, a time) is the verb's."""
    if clause.head != verb.i and not (clause.dep == "acl" and s.head(clause).head == verb.i):
        return False
    if clause.dep == "acl":
        vehicles = s.head(clause)
        return (
            clause.lemma in FITTED_PARTICIPLES and vehicles.dep in OBJECTS and vehicles.lemma in VEHICLE_SORTS
        )
    return _fitted_vehicles_clause(s, verb, clause)


def _fitted_places(s: _Sentence, fitted: Token) -> Iterator[tuple[str, Token]]:
    """The place phrases of a fitting participle on vehicles ("mounted with guns at X", "fitted
    with launchers outside Y"), also those the parse hangs on what they are fitted with."""
    for name, obj in _prep_args(s, fitted):
        if name in FITTING_PREPS:
            yield from ((n, o) for n, o in _prep_args(s, obj) if n not in FITTING_PREPS)
        else:
            yield name, obj


FAR_HEADING_LINKS = frozenset({"advmod", "advcl", "npadvmod"})
"""How the parse hangs the compass word of "as far east as X" on the verb (an adverb, or a
noun heading a clause of its own), with "far" under it and "as X" after it."""


def _far_heading(s: _Sentence, c: Token) -> bool:
    """ "advanced as far west as X", "drove as far south as Y": a compass word between "as far"
    and "as X" (:data:`FAR_AS_TAIL`), which the parse makes the verb's modifier with the limit
    reached under it; X is reached as in "as far as X", the compass word only its heading."""
    return (
        c.dep in FAR_HEADING_LINKS
        and c.lower in COMPASS_WORDS
        and any(f.lower == FAR_AS_TAIL.split()[0] for f in s.children(c, frozenset({"advmod"})))
    )


def _second_leg(s: _Sentence, tok: Token, c: Token) -> bool:
    """ "withdrew to X and then further south toward Y": the parse makes the compass word of the
    move's next leg the verb's own conjunct, with the leg's heading ("toward Y") under it. Y is one
    more place the same mover went, by the same move; a compass word there with a subject of its
    own is a clause of its own and not read."""
    return (
        c.dep in CONJUNCTS
        and c.i > tok.i
        and c.lower in COMPASS_WORDS
        and s.child(c, SUBJECTS) is None
        and any(p.lower in HEADING_PREPS for p in s.children(c, PREPOSITIONS))
    )


def _repeated_preposition(s: _Sentence, tok: Token, c: Token) -> bool:
    """ "making for X, a town south of Y, or for Z": after an aside the parse hangs the second
    phrase on the verb as its conjunct; the same preposition as an earlier phrase of the verb
    (or of its object: "moved equipment from X to Y and to Z")."""
    if c.dep not in CONJUNCTS or c.pos != "ADP" or c.lower in ONWARD_WORDS:
        return False
    heads = (tok, *s.children(tok, OBJECTS), *s.children(tok, PARTICLE_LINKS))
    return any(p.lower == c.lower and p.i < c.i for h in heads for p in s.children(h, PREPOSITIONS))


PARTICLE_LINKS = frozenset({"advmod", "prt"})
"""A verb's particle that may carry its first phrase: in "pulled back to X and to Y" the parse
hangs "to X" on "back" and "and to Y" on the verb, the same repeated preposition."""


HOME_WORDS = frozenset({"home", "homeward"})
"""Words a way home is told with; the parse may hang "to X" on them ("flew them home to Cairo")."""
HOME_LINKS = frozenset({"advmod", "npadvmod", "prt", "dobj"})
"""Links the word "home" may have under a verb of going ("came home", "headed home")."""
DWELLING_NOUNS = frozenset({"home", "house"})
"""Nouns of where people live that a "to" phrase may name as a way home ("back to their homes")."""


def _going_home(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "families began coming home", "drifted back to their homes", "went home": a verb of
    going (a travel row) whose way is home is a return, a movement even with no place named;
    its place is the story's town (``_fill_returns_home``). A verb of sending used with no
    object ("the deputies flew home") is its subject's own way home."""
    if cls.kind is not MovementKind.TRAVEL:
        return False
    if cls.object not in ("-", "dest") and not (cls.object == "mover" and s.child(tok, OBJECTS) is None):
        return False
    if any(c.lower in HOME_WORDS for c in s.children(tok, HOME_LINKS) if c.i > tok.i):
        return True
    heads = (tok, *s.children(tok, PARTICLE_LINKS))
    return any(
        p.lower in ("to", "toward", "towards") and o.lemma in DWELLING_NOUNS
        for h in heads
        for p in s.children(h, PREPOSITIONS)
        for o in s.children(p, frozenset({"pobj"}))
    )


LEAVING_PARTICLES = frozenset({"away", "out", "off"})
"""Particles a move away is told with; with a compass word, the words a heading preposition
may hang on instead of the verb."""
ROUTE_MANNER_WORDS = frozenset({"overland", "directly", "straight", "safely", "together"})
"""Adverbs of how a move went that the parse may hang its heading on ("evacuated its staff
overland to Tunisia", "drove straight to X"): the heading is the move's own."""


def _particle_prep(particle: Token, prep: Token) -> str:
    """The phrase a preposition under a particle names: "away from X" is where the mover left,
    but "slipped away toward X" and "pushed north towards X" (the parse hangs the preposition
    on the particle or the compass word) name where it went."""
    if prep.lower in ONWARD_PREPS and (
        particle.lower in LEAVING_PARTICLES
        or particle.lower in COMPASS_WORDS
        or particle.lower in HOME_WORDS
        or particle.lower in ROUTE_MANNER_WORDS
    ):
        return prep.lower
    return f"{particle.lower} {prep.lower}"


BOUND_WORDS = frozenset({"bound", "destined"})
BOUND_LINKS = frozenset({"advcl", "acl", "acomp", "xcomp", "oprd", "amod", "conj"})
"""A participle on a move that names where it is going ("left X, bound for Y")."""


HEADING_PARTICIPLES = BOUND_WORDS | {"headed", "heading"}
"""Participles on a vehicle or convoy that name where it is going ("trucks bound for X", "boats
destined for Y", "a column heading to Z"), whose goal is where the people in it go."""
HEADING_PARTICIPLE_LINKS = frozenset({"acl", "amod", "relcl"})
HEADING_GOAL_PREPS = frozenset({"for", "to", "toward", "towards"})


def _bound_goals(s: _Sentence, vehicle: Token) -> list[Hit]:
    """ "Left X in trucks bound for Y", "set off in boats destined for Italy": the goal of a
    heading participle (:data:`HEADING_PARTICIPLES`) on the vehicles a journey is made in is
    where the movers go (SCHEMA: the movers' destination)."""
    return [
        h
        for part in s.children(vehicle, HEADING_PARTICIPLE_LINKS)
        if part.lower in HEADING_PARTICIPLES
        for prep in s.children(part, PREPOSITIONS)
        if prep.lower in HEADING_GOAL_PREPS
        for goal in s.children(prep, PREP_OBJECTS)
        for h in _places(s, goal)
    ]


CLOCK_WORDS = frozenset(
    {"dawn", "dusk", "daybreak", "nightfall", "sunrise", "sunset", "night", "midnight", "noon", "morning"}
    | {"afternoon", "evening", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
"""Times of day and weekdays: the parse may hang a verb's place phrase on them ("at dawn on X")."""
CLOCK_LEADS = frozenset({"at", "on", "by", "before", "after", "during"})
"""Prepositions that only date a verb ("at dawn"); "into the night near X" is no phrase of time alone."""


def _prep_objects(s: _Sentence, prep: Token, name: str, depth: int) -> Iterator[tuple[str, Token]]:
    objs = list(s.children(prep, PREP_OBJECTS))
    for o in objs:
        yield name, o
        if depth == 0 and o.lower in CLOCK_WORDS and name in CLOCK_LEADS:  # "at dawn on X": the verb's
            for p in s.children(o, PREPOSITIONS):
                if p.lower != "of":
                    yield from _prep_objects(s, p, p.lower, 1)
    for joined in s.children(prep, CONJUNCTS):
        if joined.pos == "ADP" and depth < 2:  # "to X and to Y": the second phrase hangs on the first
            yield from _chain_legs(s, prep, joined, depth)
            yield from _prep_objects(s, joined, joined.lower, depth + 1)
    if not objs and depth < 2:
        for p in s.children(prep, PREPOSITIONS):
            yield from _prep_objects(s, p, f"{name} {p.lower}", depth + 1)
    if depth == 0 and prep.lower not in ORIGIN_PREPS:  # "from X to Y and to Z": a chain's leg
        for p in _joined_prepositions(s, prep):
            yield from _prep_objects(s, p, p.lower, 1)


def _chain_legs(s: _Sentence, prep: Token, joined: Token, depth: int) -> Iterator[tuple[str, Token]]:
    """ "moved equipment from X to Y and to Z": the parse hangs "to Y" on "from X" and joins
    "and to Z" to "from"; "to Y" is a leg as "to Z" is."""
    if prep.lower not in ORIGIN_PREPS:
        return
    for p in s.children(prep, PREPOSITIONS):
        if p.lower == joined.lower and p.i < joined.i:
            yield from _prep_objects(s, p, p.lower, depth + 1)


def _joined_prepositions(s: _Sentence, prep: Token) -> list[Token]:
    """ "To X and to Y", "from X and from Y": the parse hangs the second preposition on the
    first as its conjunct; it is a phrase of the verb too (not "on", a leg of its own)."""
    return [c for c in s.children(prep, CONJUNCTS) if c.pos == "ADP" and c.lower not in ONWARD_WORDS]


PASSED_BEYOND_PREPS = frozenset({"beyond"})
"""Prepositions of a place an advance went on past ("pushed some distance beyond X", "advanced
beyond X"): the movers were at X and went on from it, so X is the origin, not a place reached."""


OUTSIDE_FROM_NAMES = frozenset({"from outside"})
"""Preposition pairs naming the outside of a place as where movers came from ("from outside X")."""


def _from_outside(s: _Sentence, name: str, obj: Token) -> bool:
    """ "came from outside X", "arrived from outside the city": X is not where they set out
    but the place they came into from elsewhere (the parse hangs "outside" either as a
    preposition under "from" or as a modifier of X)."""
    if name in OUTSIDE_FROM_NAMES:
        return True
    return name in FROM_PREPS and any(
        c.lower in OUTSIDE_PREPS for c in s.children(obj, MODIFIER_DEPS_OUTSIDE)
    )


MODIFIER_DEPS_OUTSIDE = frozenset({"amod", "advmod"})
"""Dependencies by which the parse may hang "outside" on the place it qualifies."""


def _prep_places(
    s: _Sentence, tok: Token, cls: VerbClass, actor_tok: Token | None
) -> tuple[list[Hit], list[Hit], bool]:
    origins: list[Hit] = []
    dests: list[Hit] = []
    towards = False
    for name, obj in _prep_args(s, tok):
        if obj is actor_tok or (cls.object == "fall" and name in ("to", "into")):
            continue
        if name in SPREAD_PREPS and _included_after(s, tok):
            continue  # "across Tripoli, including in X": X, where in the spread
        if obj.lemma in DIRECTION_NOUNS and name in ("in", "into", "towards", "toward"):
            name, obj = "towards", _prep_object(s, obj, ("of",)) or obj  # "in the direction of X"
        if _passed_on_the_way(s, tok, name) or _route_beside_object(s, tok, name, cls):
            continue  # "fell back through X toward Y", "entered Chad through X": X is only passed
        if _way_out(s, tok, name, obj) or _crossing_point(s, tok, name):
            continue  # "left X through Y", "crossed into Tunisia at Y": Y is the way, not a goal
        if name in NEAR_PREPS and _after_passing(s, tok, obj):
            continue  # "sailed past the coast near X": X only places what was passed
        if name in OFFSHORE_PREPS and cls.lemma in OFFSHORE_ARRIVALS:
            dests.extend(_places(s, obj))  # "the frigate arrived off X": the waters off X are reached
            continue
        if name in ROUTE_PREPS and obj.lemma in ROUTE_NOUNS:
            continue  # "moved south on the airport road toward X": a road its place names is the way
        first = name.split()[0]
        if name in BASE_PLACING_PREPS and _after_own_base(s, tok, obj):
            origins.extend(_places(s, obj))  # "moved from their bases in the south": set out from it
        elif name in SETTING_PREPS and _after_named_origin(s, tok, obj):
            continue  # "flew from Latakia in Syria to X": Syria only says where Latakia lies
        elif name in SETTING_PREPS and _fronted_setting(s, tok, obj):
            continue  # "In Tripoli, crowds drove into Martyrs' Square": the scene, not a second goal
        elif name in SETTING_PREPS and cls.object == "origin" and _after_left_place(s, tok, obj):
            continue  # "left the Garyounis camp in Benghazi": Benghazi only says where the camp lies
        elif first in INCLUDING_WORDS and obj.lemma in STAY_NOUNS:
            continue  # "returned to X after years abroad, including time in Y": a stay told, not a goal
        elif first in INCLUDING_WORDS:  # "seized several towns, including X": hung on the verb
            (origins if _leaves(s, tok, cls) else dests).extend(_places(s, obj, 1))
        elif first in ORIGIN_PREPS and _attack_side(s, tok, obj):
            continue  # "advanced on X from the south": the side the attack came from, no place left
        elif tok.lemma in ARRIVALS and _from_outside(s, name, obj):
            dests.extend(_places(s, obj))  # "arrived from outside the city": they came into it
        elif first in ORIGIN_PREPS or name.endswith(FROM_TAIL):  # "pushed them back from X"
            left = (
                _places(s, obj)
                or _based_in(s, obj)
                or _exile_places(s, obj)
                or _shelter_left(s, obj)
                or _ground_outside(s, obj)
                or _expelled_home(s, tok, obj, cls)
            )
            origins.extend(left)
            found = [h for h in _aside_dests(s, obj) if not any(_same_place(h, o) for o in left)]
            dests.extend(found)
            towards = towards or bool(found)
        elif name in SHUTTLE_PREPS and cls.kind in SHUTTLE_KINDS:
            set_out, went = _shuttle_ends(s, obj)  # "flew between X and Y": out from X, on to Y
            origins.extend(set_out)
            dests.extend(went)
        elif name == "with" and obj.lemma in HOST_NOUNS and cls.kind is MovementKind.WITHDRAW:
            dests.extend(_located_in(s, obj))  # "took refuge with relatives in X"
        elif (
            name in OUTSIDE_PREPS and cls.kind is MovementKind.WITHDRAW and _after_unnamed_ground(s, tok, obj)
        ):
            origins.extend(_places(s, obj))  # "fled to farms outside X", "outside X" hung on the verb
        elif name in OUTSIDE_PREPS and cls.lemma in REPOSITION_VERBS:  # "repositioned outside X"
            origins.extend(_places(s, obj))
        elif name in PASSED_BEYOND_PREPS and MovementKind.ADVANCE in (cls.kind, cls.group_kind):
            origins.extend(_places(s, obj))  # "pushed some distance beyond X": on from X
        elif _within_distance(s, name, obj):  # "moved to within 60 km of X"
            found = [h for o in s.children(obj, PREPOSITIONS) if o.lower == "of" for h in _of_places(s, o)]
            dests.extend(found)
            towards = towards or bool(found)
        elif (
            name in DEST_PREPS
            or (name == "over" and OVERFLY_VERBS & {tok.lemma, s.head(tok).lemma})
            or name.endswith(FAR_AS_TAIL)
            or (name in NEAR_PREPS and cls.kind is not MovementKind.CAPTURE)
        ):
            found = (
                _beyond_path(s, name, obj)
                or _places(s, obj)
                or _target_places(s, obj, cls)
                or _own_town(s, obj, actor_tok)
            )
            if not found and (
                name in REACH_PREPS
                or name.endswith(FAR_AS_TAIL)  # "pushed as far as the western approaches to X"
                or name in NEAR_PREPS
                or (name in DEPARTURE_GOAL_PREPS and cls.kind is MovementKind.WITHDRAW)
            ):
                found = _places_inside(s, obj, cls)  # "gathered near a hotel in X": X
            if not found and name in REACH_PREPS and cls.kind is MovementKind.DEPLOY:
                found = _post_by_compass(s, tok, obj)  # "moved them to positions south of X": X
            if found:
                found = found + [h for h in _heading_conjuncts(s, obj) if not any(h is f for f in found)]
            if name == "in" and cls.kind is MovementKind.CAPTURE:
                found = [h for h in found if not _is_area(h)]  # "seized a base in western Libya"
            dests.extend(found)
            towards = towards or (bool(found) and name in TOWARDS)
            if found:
                origins.extend(_from_places(s, obj))
            elif name in REACH_PREPS:
                if cls.kind is MovementKind.WITHDRAW:
                    origins.extend(_outside_places(s, obj))  # "fled to farms outside X": X was left
                if _unplaced_goal_from(s, obj):  # "moved to the checkpoint from X"
                    origins.extend(h for h in _from_places(s, obj) if _named_hit(s, h))
    means = _agent(s, tok)
    if means is not None and means.lemma in MEANS_NOUNS:  # "shipped in by sea from X"
        origins.extend(_from_places(s, means))
    if cls.object != "expel":  # "drove X from Y": Y is what is taken
        moved = cls.object == "mover"
        dests = [d for d in dests if not _named_as_left(s, tok, d, moved)]  # "from X to the town": X is left
    origins = [o for o in origins if not any(o is d for d in dests)]  # "to X from its positions"
    came_in = bool(origins) and cls.kind is MovementKind.TRAVEL and _comes_in(s, tok)
    return origins, dests, towards or came_in


def _named_hit(s: _Sentence, place: Hit) -> bool:
    """Whether ``place`` is told by its name, not by a description ("the city centre") that the
    parse of a noun's own phrase may lend to a town named earlier."""
    return s.ctx is not None and s.ctx.text[place.start : place.start + 1].isupper()


def _unplaced_goal_from(s: _Sentence, goal: Token) -> bool:
    """ "the brigade moved to the checkpoint from X", "fled to a camp from X": with a goal that
    names no place, the parse hangs the verb's own "from X" on the goal's noun; X is still where
    the move set out. A measured distance ("to a position 20 km from X": X only places the goal)
    and a road ("to the road from X": the road's own end) keep the phrase the noun's."""
    if goal.lemma in ROUTE_NOUNS or goal.pos == "PROPN":
        return False
    return not any(c.dep in DISTANCE_LINKS or c.lower in DISTANCE_UNITS for c in s.children(goal))


FROM_WORDS = frozenset({"from"})
"""The preposition by which a move's own phrase names the place it set out from."""


def _described_left(s: _Sentence, place: Hit, left: list[Hit]) -> bool:
    """A goal told by a description ("the town"), not a name, that stands for a place the
    move's "from" phrase names (:func:`_named_as_left`)."""
    if s.ctx is None or s.ctx.text[place.start : place.start + 1].isupper():
        return False
    return any(_same_place(place, o) for o in left)


def _named_as_left(s: _Sentence, tok: Token, place: Hit, moved: bool = False) -> bool:
    """ "moved up from X to relieve the town": a goal found at the name the verb's own "from"
    phrase names is where the move set out, come back as the town a bare "the town" after it
    stands for (the town named just before); "to X from its positions near the town" (X named
    as the goal, "the town" the description) is left alone. With ``moved`` (a verb whose object
    is what it moves), the "from" phrase the parse hangs on that object counts too ("moved troops
    from X to the town")."""
    if s.ctx is None or not s.ctx.text[place.start : place.start + 1].isupper():
        return False
    heads = [tok, *s.children(tok, OBJECTS)] if moved else [tok]
    for head in heads:
        for prep in s.children(head, PREPOSITIONS):
            if prep.lower in FROM_WORDS:  # not "arrived off X": there it reached X
                if any(
                    place.start <= o.start < place.end and not _from_outside(s, prep.lower, o)
                    for o in s.children(prep, PREP_OBJECTS)
                ):
                    return True  # "came from outside X" names X the place come into, not left
    return False


SHUTTLE_PREPS = frozenset({"between"})
SHUTTLE_KINDS = frozenset({MovementKind.TRAVEL, MovementKind.DEPLOY})
"""A trip or a shipment "between X and Y" ("cargo aircraft flew between X and Y", "shuttled
between X and Y"): told in the order of the journey, X is where it set out and Y where it went.
Fighting or talks "between" two sides move nothing (only travel and deploy verbs read it)."""


HEADING_PREPS = frozenset({"to", "toward", "towards", "into"})


def _heading_conjuncts(s: _Sentence, obj: Token) -> list[Hit]:
    """ "heading north to X or south to Y": the parse hangs the second heading on X as its
    conjunct, a compass word with its own "to Y"; Y is one more place the movement went. So is
    "making for X, a town south of W, or for Y", where the parse hangs the repeated preposition
    on X."""
    prep = s.head(obj)
    found: list[Hit] = []
    for c in s.children(obj, CONJUNCTS):
        if _repeats_preposition(c, prep):
            preps: Sequence[Token] = (c,)  # "for X, a town south of W, or for Y"
        elif c.lower in COMPASS_WORDS:
            preps = [p for p in s.children(c, PREPOSITIONS) if p.lower in HEADING_PREPS]
        else:
            continue
        found += [h for p in preps for o in s.children(p, PREP_OBJECTS) for h in _places(s, o)]
    for c in s.children(prep, CONJUNCTS) if prep.dep == "prt" or prep.lower in DEPARTURE_GOALS else ():
        if _repeats_preposition(c, prep):  # "making for X, ..., or for Y": "for" read as a particle
            found += [h for o in s.children(c, PREP_OBJECTS) for h in _places(s, o)]
    for aside in s.children(obj, frozenset({"appos"})):  # "for X, a town south of W, or for Y"
        joined = any(c.dep == "cc" for c in s.children(aside))
        again = [
            c
            for c in s.children(aside, PREPOSITIONS | CONJUNCTS)
            if (joined or c.dep in CONJUNCTS) and _repeats_preposition(c, prep)
        ]
        found += [h for p in again for o in s.children(p, PREP_OBJECTS) for h in _places(s, o)]
    return found


REPEATED_GOAL_PREPS = HEADING_PREPS | {"for"}
"""Prepositions of a goal that, said again after an aside, name one more goal."""


def _repeats_preposition(c: Token, prep: Token) -> bool:
    """Whether a conjunct is the preposition of a goal its head's phrase opened with, said again."""
    return c.pos == "ADP" and c.lower in REPEATED_GOAL_PREPS and c.lower == prep.lower


def _shuttle_ends(s: _Sentence, obj: Token) -> tuple[list[Hit], list[Hit]]:
    """The two ends of "between X and Y": the first place named and the places after it. The
    parse may hang "and Y" on a place inside X's phrase ("X air base in Syria and Y"), so a
    conjunct anywhere under X counts as the far end; "between" with one place names no route."""
    ends = _places(s, obj)
    if len(ends) < 2:
        ends = ends[:1] + [
            h
            for t in _descendants(s, obj)
            if t.dep in CONJUNCTS
            for h in _places(s, t, 1)
            if not any(h is e for e in ends)
        ]
    return (ends[:1], ends[1:]) if len(ends) > 1 else ([], [])


def _descendants(s: _Sentence, tok: Token) -> Iterator[Token]:
    """Every token under ``tok`` in the parse (a noun phrase's own words: small)."""
    for c in s.children(tok):
        yield c
        yield from _descendants(s, c)


CASUALTY_WORDS = frozenset({*HURT_WORDS, "dead", "casualty", "casualties", "body", "bodies"})
"""Words of the hurt (:data:`HURT_WORDS`) or killed: carried by others, they do not move as a
force ("brought in wounded"); the hurt told as a group of their own ("the wounded were driven to
X", "wounded fighters were flown to Y") are people carried somewhere alive, who move."""
KILLED_WORDS = CASUALTY_WORDS - frozenset(HURT_WORDS)
"""Words of the killed (and of casualties, who may be): a passive's subject so named is carried,
and moves nowhere itself ("the bodies were taken to Y")."""


def _casualties(s: _Sentence, tok: Token, subject: Token | None) -> bool:
    """A passive's subject that is the dead (:data:`KILLED_WORDS`: "the bodies were taken to Y"),
    or the hurt read as a force's men ("the wounded soldiers of the LNA were transferred to X":
    no deployment); the hurt named as a group of their own (``HURT_PEOPLE_KEY``: "the wounded",
    "wounded fighters") move."""
    if subject is not None and subject.lower in RELATIVE_PRONOUNS and tok.dep == "relcl":
        subject = s.head(tok)
    if subject is None:
        return False
    nouns = [
        subject,
        *(
            o
            for p in s.children(subject, PREPOSITIONS)
            if p.lower == "of"
            for o in s.children(p, PREP_OBJECTS)
        ),
    ]
    named = [h for h in (s.actor_at[n.i] for n in nouns) if h is not None]
    hurt = bool(named) and all(h.key.startswith(HURT_PEOPLE_KEY) for h in named)
    words = KILLED_WORDS if hurt else CASUALTY_WORDS  # "a group of wounded men": the hurt, moving
    return any(
        n.lower in words or any(c.lower in words for c in s.children(n, frozenset({"amod"}))) for n in nouns
    )


CASUALTY_PREDICATE_LINKS = frozenset({"oprd", "acomp", "advcl", "xcomp"})
"""How a word telling the state a carried person arrives in hangs on the passive verb ("were
brought in dead": ``oprd``; the parser may read it as ``acomp`` or a clause)."""


def _carried_as_casualties(s: _Sentence, tok: Token) -> bool:
    """ "Four fighters had been brought in dead to X", "two soldiers were taken away wounded": a
    passive verb whose secondary predicate is a casualty word (:data:`CASUALTY_WORDS`) tells the
    killed or hurt carried by others, not a force that moves (like ``_casualties`` for a subject
    that names them: "the bodies were taken to Y")."""
    return any(c.lower in CASUALTY_WORDS and c.i > tok.i for c in s.children(tok, CASUALTY_PREDICATE_LINKS))


OWNER_PRONOUNS = frozenset({"their", "its", "his", "her"})


def _own_town(s: _Sentence, obj: Token, actor_tok: Token | None) -> list[Hit]:
    """ "the Misrata fighters drove back to their city": the town the movers are named for or
    come from ("fighters from X")."""
    if actor_tok is None or obj.lemma not in SETTLEMENT_NOUNS:
        return []
    if not any(c.lower in OWNER_PRONOUNS for c in s.children(obj, frozenset({"poss"}))):
        return []
    named = [h for c in s.children(actor_tok, FORCE_MODIFIERS) if (h := _town_word(s, c)) is not None]
    return named or _from_places(s, actor_tok)


def _expelled_home(s: _Sentence, tok: Token, obj: Token, cls: VerbClass) -> list[Hit]:
    """ "drove the entire population of X out of their town", "forced the residents of X out of
    their homes": the people driven out are named for their town by their "of" phrase, and "their
    town" (a home owned by a pronoun) is that town, the place the driving side takes."""
    if cls.object != "expel" or obj.lemma not in EXPELLED_HOME_NOUNS:
        return []
    if not any(c.lower in OWNER_PRONOUNS for c in s.children(obj, frozenset({"poss"}))):
        return []
    return [
        h
        for driven in s.children(tok, OBJECTS)
        for of in s.children(driven, PREPOSITIONS)
        if of.lower in PARTITIVE_OBJECT_PREPS
        for h in _of_places(s, of)
    ]


def _town_word(s: _Sentence, word: Token) -> Hit | None:
    """The town a modifier names ("Misrata" in "the Misrata fighters"); where the fighters'
    mention covers the word, the place of that name the article names elsewhere."""
    if s.place_at[word.i] is not None:
        return s.place_at[word.i]
    if s.ctx is None or word.pos != "PROPN":
        return None
    return next((h for h in s.ctx.hits if h.place is not None and h.name == word.text), None)


def _after_own_base(s: _Sentence, tok: Token, obj: Token) -> bool:
    """ "moved from their bases in X", "withdrew from the airport in X": the parser hangs "in X"
    on the verb right after a "from" phrase whose noun is a force's base or other unnamed ground
    (:data:`LEFT_GROUND_NOUNS`); X is where that ground is, not where the move went."""
    base = _verbs_phrase_before(s, tok, obj, ORIGIN_PREPS)
    return base is not None and base.lemma in LEFT_GROUND_NOUNS and not _places(s, base)


def _after_named_origin(s: _Sentence, tok: Token, obj: Token) -> bool:
    """ "flew from Latakia in Syria to X", "moved from Jufra in the centre": the parser hangs
    "in Y" on the verb right after a "from" phrase that names a place; Y is where that place
    lies, neither where the move went nor a second place left."""
    origin = _verbs_phrase_before(s, tok, obj, ORIGIN_PREPS)
    return origin is not None and bool(_places(s, origin))


SCENE_GOAL_PREPS = frozenset({"to", "into", "onto", "toward", "towards"})
"""Prepositions of a goal that, after the verb, make a fronted "In X," only the scene."""


def _fronted_setting(s: _Sentence, tok: Token, obj: Token) -> bool:
    """ "In Tripoli, hundreds of people drove into Martyrs' Square": an "in" phrase that opens
    the clause before the verb and is closed by a comma sets the scene; when the verb names its
    own goal after it ("into X", "to X"), the scene is where that goal lies, not a second place
    reached (a fronted "In X, forces advanced" with no goal of its own still places the move)."""
    prep = s.tokens[obj.head]
    if prep.head != tok.i or prep.i > tok.i:
        return False
    hi = s.sent.subtree(prep)[1]
    after = next((t for t in s.tokens[prep.i + 1 : tok.i] if t.start >= hi), None)
    if after is None or after.text != ",":
        return False
    return any(
        c.dep in PREPOSITIONS
        and c.i > tok.i
        and c.lower in SCENE_GOAL_PREPS
        and any(_places(s, o) for o in s.children(c))
        for c in s.children(tok)
    )


def _after_left_place(s: _Sentence, tok: Token, obj: Token) -> bool:
    """ "families left the Garyounis camp in Benghazi": the parser hangs "in Y" on the verb right
    after its direct object, a named place left; Y is where that place lies, not where they went."""
    prep = s.tokens[obj.head]
    if prep.head != tok.i or prep.i == 0:
        return False
    left = s.tokens[prep.i - 1]
    return left.dep in OBJECTS and left.head == tok.i and bool(_places(s, left))


def _comes_in(s: _Sentence, tok: Token) -> bool:
    """ "had driven in from X", "walked in from Y": a bare "in" tells an arrival, not a leaving."""
    return any(c.lower == "in" and s.child(c, PREP_OBJECTS) is None for c in s.children(tok, PARTICLES))


DISTANCE_UNITS = frozenset({"km", "kilometre", "kilometer", "kilometres", "kilometers", "mile", "miles"})
"""Units of a distance "within" which a move closes on a place."""


BASE_NOUNS = frozenset(
    {"base", "basis", "airbase", "stronghold", "camp", "position", "headquarters"}
    | {"garrison", "barracks", "barrack", "outpost", "depot", "branch", "office", "prison", "jail"}
    | {"warehouse", "storehouse", "hub"}
)  # "barrack": the tagger's lemma of "barracks"
"""Nouns of where a force, a body's staff, a group held or an agency's stores are based: "from
their bases in X", "from its garrison in X", "from its branches in X", "from a prison in X",
"from its warehouse in X" set out from X."""
LEFT_GROUND_NOUNS = BASE_NOUNS | TERRITORY_NOUNS | AREA_NOUNS
"""Nouns of unnamed ground a move sets out from whose place the parser may hang on the verb
("withdrew from the airport | in X", "moved from their bases | in X")."""
BASE_PLACING_PREPS = frozenset({"in", "at", "around", "outside", "near"})
"""Prepositions that place a base by a named place: "from a camp outside X", "out of their positions
near X" set out from X (the parser may hang the phrase on the verb, where it is no goal)."""


def _based_in(s: _Sentence, obj: Token) -> list[Hit]:
    """ "attacked Y from their bases in X": the place the bases left are in."""
    if obj.lemma not in BASE_NOUNS:
        return []
    return [
        h for p in s.children(obj, PREPOSITIONS) if p.lower in BASE_PLACING_PREPS for h in _of_places(s, p)
    ]


EXILE_NOUNS = frozenset({"exile", "hiding", "captivity", "detention", "refuge"})
"""Nouns of a stay away that a return ends: "returned from exile in X", "from hiding in X"."""
SPELL_NOUNS = frozenset({"year", "decade", "month", "week", "spell"})
"""Spans of time a stay is counted in: "from two decades of exile in X"."""


STAY_NOUNS = SPELL_NOUNS | EXILE_NOUNS | {"time", "stint", "stay", "period"}
"""Nouns of a stay somewhere that an "including" phrase may tell beside a journey ("returned
home after years abroad, including time in X and a stint in Y"): where the mover stayed before,
not a place the move reached."""


def _exile_places(s: _Sentence, obj: Token) -> list[Hit]:
    """ "returned to Libya from exile in X", "came back from two decades of exile in X", "from
    hiding in X": where a stay away (``EXILE_NOUNS``, perhaps counted in ``SPELL_NOUNS`` with
    "of") was is the place the move set out from; the parser may hang "in X" on the span."""
    stay = obj
    if obj.lemma in SPELL_NOUNS:
        stay = next(
            (
                o
                for p in s.children(obj, PREPOSITIONS)
                if p.lower == "of"
                for o in s.children(p, PREP_OBJECTS)
            ),
            obj,
        )
    if stay.lemma not in EXILE_NOUNS:
        return []
    return [
        h
        for holder in dict.fromkeys((obj, stay))
        for p in s.children(holder, PREPOSITIONS)
        if p.lower in LOCATED_PREPS
        for h in _of_places(s, p)
    ]


MEANS_NOUNS = frozenset({"sea", "air", "land", "road", "boat", "ship", "plane", "helicopter", "truck"})
"""Means of a move ("by sea"), on which the parser may hang the move's "from X"."""


SPREAD_PREPS = frozenset({"across", "throughout", "all over"})


def _included_after(s: _Sentence, tok: Token) -> bool:
    """The word has an "including" phrase that names places."""
    return bool(_included_places(s, tok))


def _leaves(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """The places a verb's "including" phrase lists are left when the verb's object is the place
    left ("abandoned ..., including X") or the verb has a "from" phrase ("withdrew from ...")."""
    return cls.object == "origin" or any(p.lower in ORIGIN_PREPS for p in s.children(tok, PREPOSITIONS))


def _within_distance(s: _Sentence, name: str, obj: Token) -> bool:
    """ "to within 60 km (of X)": parsed as "within" over the distance, or as a modifier of its number."""
    if obj.lower not in DISTANCE_UNITS:
        return False
    if name.endswith("within"):
        return True
    numbers = s.children(obj, frozenset({"nummod"}))
    return name == "to" and any(q.lower == "within" for n in numbers for q in s.children(n))


def _aside_dests(s: _Sentence, origin: Token) -> list[Hit]:
    """ "advanced from X, some 190 km east of Y, toward Z": the parser hangs the verb's "toward Z"
    on the distance said of the origin; the place there is where the move went."""
    found: list[Hit] = []
    for aside in s.children(origin, frozenset({"appos"})):
        if aside.lower in DISTANCE_UNITS:
            for prep in s.children(aside, PREPOSITIONS):
                if prep.lower in ONWARD_PREPS:
                    found.extend(h for o in s.children(prep, PREP_OBJECTS) for h in _places(s, o))
    if origin.lemma not in ROUTE_NOUNS and _places(s, origin):
        found.extend(_hung_on_left_place(s, origin))
    return found


HUNG_ONWARD_PREPS = frozenset({"toward", "towards"})
"""Prepositions of a heading the parser may hang on the place left ("out of X toward Y")."""


def _hung_on_left_place(s: _Sentence, origin: Token) -> list[Hit]:
    """ "heading west out of the city toward Zintan": the parser hangs "toward Y" on the place
    left; a heading is never said of a town, so it is where the move went ("the road to Y" is a
    route noun and is not read here)."""
    return [
        h
        for prep in s.children(origin, PREPOSITIONS)
        if prep.lower in HUNG_ONWARD_PREPS and prep.i > origin.i
        for o in s.children(prep, PREP_OBJECTS)
        for h in _places(s, o)
    ]


PATH_PREPS = frozenset({"through", "via"})
"""Prepositions of a place passed on the way: a "toward Y" hung on it names where the move went."""


def _beyond_path(s: _Sentence, name: str, obj: Token) -> list[Hit]:
    """ "fell back through X toward Y": the parse hangs "toward Y" on X; Y is the destination,
    X only a place passed through."""
    if name not in PATH_PREPS:
        return []
    return [
        h
        for prep in s.children(obj, PREPOSITIONS)
        if prep.lower in ONWARD_PREPS
        for o in s.children(prep, PREP_OBJECTS)
        for h in _places(s, o)
    ]


PASSING_PREPS = frozenset({"past", "by", "along"})
"""Prepositions of going past a place without stopping there ("sailed past the coast")."""
OFFSHORE_PREPS = frozenset({"off"})
OFFSHORE_ARRIVALS = frozenset({"arrive", "anchor", "dock", "appear"})
"""Verbs of arriving whose "off X" names the waters reached ("the ship arrived off Tobruk"), not
a place left as "off" names after other verbs ("drove off the road")."""


def _after_passing(s: _Sentence, tok: Token, obj: Token) -> bool:
    """ "sailed past the coast near X": a "near" phrase the parse hung on the verb right after a
    passing phrase ("past", "by", "along") places the thing passed; X is no goal."""
    near = s.head(obj)
    return any(p.lower in PASSING_PREPS and p.i < near.i for p in s.children(tok, PREPOSITIONS))


def _passed_on_the_way(s: _Sentence, tok: Token, name: str) -> bool:
    """ "fell back through X toward Y" with both phrases on the verb: a goal is named beside X."""
    return name in PATH_PREPS and any(
        p.lower in ONWARD_PREPS and any(_places(s, o) for o in s.children(p, PREP_OBJECTS))
        for p in s.children(tok, PREPOSITIONS)
    )


def _route_beside_object(s: _Sentence, tok: Token, name: str, cls: VerbClass) -> bool:
    """ "entered Chad through the Tibesti area", "reached the coast via X": a verb whose direct
    object is the place reached names, after "through" or "via", only the way it went."""
    return (
        name in PATH_PREPS and cls.object == "dest" and any(_places(s, o) for o in s.children(tok, OBJECTS))
    )


def _way_out(s: _Sentence, tok: Token, name: str, obj: Token) -> bool:
    """ "left eastern Libya through Benina airport", "left for Tunisia through Ras Jedir": a verb
    of leaving (:data:`DEPARTURES`) that names the place left (its object) or a goal ("for",
    "to") names, after "through" or "via", only the way out; the place passed is no
    destination. A goal the parse hangs on it ("left X through Y toward Z") is still read
    (:func:`_beyond_path`). With no other place named ("were leaving by road through Salloum")
    the way out is where the movers went (:func:`_left_by_way`)."""
    if name not in PATH_PREPS or tok.lemma not in DEPARTURES or _beyond_path(s, name, obj):
        return False
    if any(_places(s, o) for o in s.children(tok, OBJECTS)):
        return True
    return any(n in LEAVING_GOAL_PREPS and _places(s, o) for n, o in _prep_args(s, tok))


LEAVING_GOAL_PREPS = frozenset({"for", "to", "toward", "towards", "into"})
"""Prepositions of the goal of a departure ("left for Tunisia", "left X to Y")."""


def _left_by_way(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "Egyptians were leaving by road through Salloum": a verb of leaving whose only goal is
    a place passed on the way out ("through", "via") still tells a departure, not a journey to
    that place (as "left X for Y" does): a withdrawal for those who flee."""
    if cls.lemma not in DEPARTURES:
        return False
    names = [name for name, obj in _prep_args(s, tok) if _places(s, obj)]
    return any(n in PATH_PREPS for n in names) and not any(n in DEST_PREPS - PATH_PREPS for n in names)


CROSSING_VERBS = frozenset({"cross", "enter"})
"""Verbs of going into a country or region across its edge ("crossed into Tunisia", "entered
Egypt"), whose "at Y" may name the point of crossing."""
CROSSING_POINT_PREPS = frozenset({"at", "near"})
"""Prepositions that, beside the goal of a crossing, name where the border was crossed."""


def _crossing_point(s: _Sentence, tok: Token, name: str) -> bool:
    """ "crossed into Tunisia at Ras Jedir", "crossed the border into Egypt at Salloum", "entered
    Tunisia at Dehiba": with the land gone into named (after "into", or as the object of
    "enter"), "at Y" is the crossing point on the way there, not a second destination. With no
    such goal ("crossed at Salloum") the crossing point is where the mover went."""
    if name not in CROSSING_POINT_PREPS or tok.lemma not in CROSSING_VERBS:
        return False
    holders = (tok, *s.children(tok, OBJECTS))
    if any(
        p.lower in ENTRY_PREPS and any(_places(s, o) for o in s.children(p, PREP_OBJECTS))
        for h in holders
        for p in s.children(h, PREPOSITIONS)
    ):
        return True
    return tok.lemma != "cross" and any(_places(s, o) for o in s.children(tok, OBJECTS))


ATTACK_APPROACH_VERBS = frozenset(
    {"advance", "push", "attack", "storm", "approach", "close", "converge", "enter", "press", "assault"}
)
"""Verbs of closing on a target: their "from the south" names the side the attack came from
("advanced on the airport from the north", "stormed the base from the south"), not a region
left. Verbs of setting out or arriving ("set out from the east", "arrived from the east") still
name the region they came from."""


def _attack_side(s: _Sentence, tok: Token, obj: Token) -> bool:
    """ "advanced from the south toward X": a bare compass noun ("the south", with no "of"
    phrase) after "from" on a verb of closing on a target is a side, not an origin."""
    return (
        tok.lemma in ATTACK_APPROACH_VERBS
        and obj.lemma in COMPASS_WORDS
        and s.child(obj, PREPOSITIONS) is None
    )


def _of_places(s: _Sentence, of: Token) -> list[Hit]:
    return [h for obj in s.children(of, PREP_OBJECTS) for h in _places(s, obj)]


FROM_TAIL = " from"
"""A particle's "from" ("back from X", "further from X") names the place left, like a bare "from"."""


def _places_inside(s: _Sentence, obj: Token, cls: VerbClass) -> list[Hit]:
    """ "arrived at his headquarters in X", "went to a camp near X": a travel or deployment
    reaches an unnamed building or site, placed by a named place after "in"."""
    if obj.pos not in ("NOUN", "PROPN"):
        return []
    if cls.kind is MovementKind.ADVANCE and _is_territory(s, obj):
        return _located_in(s, obj, SITED_PREPS)  # "attacked them at a checkpoint near X"
    if cls.kind is MovementKind.WITHDRAW and obj.lemma in HOST_NOUNS | SHELTER_NOUNS:
        return _located_in(s, obj)  # "fled to relatives in X", "evacuated to a school in X"
    if cls.kind not in (MovementKind.TRAVEL, MovementKind.DEPLOY):
        return []
    if obj.lemma in GROUND_WORDS:
        return _located_in(s, obj, GROUND_PREPS)  # "sent men to the streets around the X hotel": X
    return _located_in(s, obj)


FIELD_POST_NOUNS = frozenset({"position", "line", "area"})
"""Unnamed posts a side sends or moves its forces to, placed by a compass word and "of" a named
place ("moved its units to positions south of X", "sent troops to new lines west of Y")."""
POST_COMPASS_LINKS = frozenset({"advmod", "npadvmod", "amod"})
"""How the compass word hangs: on the post noun, or (as the parser often makes it) on the verb."""


def _post_by_compass(s: _Sentence, verb: Token, post: Token) -> list[Hit]:
    """ "Moved them to positions south of X", "deployed troops to a line just west of Y": a
    deployment to an unnamed post (:data:`FIELD_POST_NOUNS`) that a compass word and "of" place by a
    named place is a deployment at that place (gold names the place the posts are told by). The
    compass word hangs on the post or, right after it, on the verb. A withdrawal "to positions
    east of X" is not read so: it may well have left X (the caller asks only for a deployment)."""
    if post.lemma not in FIELD_POST_NOUNS or s.place_at[post.i] is not None:
        return []
    _lo, hi = s.sent.subtree(post)
    ways = [c for c in s.children(post, POST_COMPASS_LINKS) if c.lower in COMPASS_WORDS]
    ways += [
        c
        for c in s.children(verb, POST_COMPASS_LINKS)
        if c.lower in COMPASS_WORDS
        and c.start >= hi
        and not any(t.pos in ("VERB", "NOUN") for t in _words_between(s, hi, c.start))
    ]
    for way in ways:
        ref = _prep_object(s, way, ("of",))
        if ref is not None:
            found = [h for h in _places(s, ref) if not _is_area(h)]
            if found:
                return found
    return []


def _words_between(s: _Sentence, start: int, end: int) -> list[Token]:
    """The sentence's tokens lying between two character offsets (found by bisection, so a
    sentence of many candidates is not walked whole for each)."""
    out: list[Token] = []
    tokens = s.tokens
    for i in range(bisect.bisect_left(tokens, start, key=lambda t: t.start), len(tokens)):
        if tokens[i].end > end:
            break
        out.append(tokens[i])
    return out


GROUND_PREPS = frozenset({"in", "at", "inside", "around", "near", "outside"})
"""Prepositions that place unnamed ground (:data:`GROUND_WORDS`) by a named place: men sent "to
the streets around X" or "into the buildings near X" are deployed at X."""


def _shelter_left(s: _Sentence, obj: Token) -> list[Hit]:
    """ "were taken by bus from eleven schools in X to Y", "moved out of the camps in X": a
    move out of an unnamed shelter (:data:`SHELTER_NOUNS`) placed by a named town sets out from
    that town, as a flight "to a school in X" reaches it."""
    return _located_in(s, obj) if obj.lemma in SHELTER_NOUNS else []


HOST_NOUNS = frozenset({"relative", "relatives", "family", "families", "friend", "friends", "kin", "kinsman"})
"""People who take in those who flee: "fled to relatives in X" reaches X."""
SHELTER_NOUNS = frozenset(
    {
        "school",
        "camp",
        "shelter",
        "mosque",
        "building",
        "hotel",
        "settlement",
        "centre",
        "center",
        "house",
        "home",
        "tent",
    }
)
"""Places of refuge (lemmas) those who flee or are evacuated reach: "were evacuated to a disused
school in X", "fled to a camp in X" reach X, as a travel to "a hotel in X" does."""
LOCATED_PREPS = frozenset({"in", "at", "inside"})
SITED_PREPS = LOCATED_PREPS | {"near"}


def _located_in(s: _Sentence, obj: Token, preps: frozenset[str] = LOCATED_PREPS) -> list[Hit]:
    """The named places (not areas) after "in", "at" or "inside" on ``obj``, or on a participle
    that describes it ("positions held by X in Y", "fighters based at Y")."""
    described = [c for c in s.children(obj, frozenset({"acl"})) if c.tag == "VBN"]
    holders = [obj, *described, *(a for a in (_agent(s, c) for c in described) if a is not None)]
    for p in (p for h in holders for p in s.children(h, PREPOSITIONS)):
        if p.lower in preps:
            for o in s.children(p, PREP_OBJECTS):
                return [h for h in _places(s, o) if not _is_area(h)]
    return []


def _target_places(s: _Sentence, obj: Token, cls: VerbClass) -> list[Hit]:
    """ "attacked Kaniyat fighters in Tarhuna": an attack on a group advances on where it is."""
    if cls.kind is not MovementKind.ADVANCE or not (obj.lemma in FORCE_HEADS or s.actor_at[obj.i]):
        return []
    return _located_in(s, obj)


def _scene_places(s: _Sentence, obj: Token, cls: VerbClass) -> list[Hit]:
    """ "fled the fighting in Benghazi": leaving an event leaves the place it is in."""
    if cls.object != "origin" or obj.lemma not in SCENE_NOUNS:
        return []
    return _scene_site(s, obj)


def _scene_site(s: _Sentence, scene: Token) -> list[Hit]:
    """The places an event noun is "in", "at", "around" or "near" ("the fighting in X")."""
    for p in s.children(scene, PREPOSITIONS):
        if p.lower in ("in", "at", "around", "near"):
            for o in s.children(p, PREP_OBJECTS):
                return _places(s, o)
    return []


FORCING_VERBS = frozenset({"force", "make", "compel", "oblige", "push", "drive", "prompt"})
"""Verbs that make someone move: "clashes in X forced them to return to Y"."""
RELATIVE_SUBJECTS = frozenset({"which", "that"})


def _forced_away_from(s: _Sentence, tok: Token) -> list[Hit]:
    """ "clashes in X forced the brigade to return to Y", "ran into heavy fire in X, which
    forced it to turn back": a move that an event at a place forced on the movers sets out from it.
    The event is the forcing verb's subject, or the noun a "which" clause hangs on."""
    head = s.head(tok)
    if tok.dep not in ("xcomp", "ccomp") or head.lemma not in FORCING_VERBS or head.i == tok.i:
        return []
    cause = s.child(head, SUBJECTS)
    if cause is not None and cause.lower in RELATIVE_SUBJECTS and head.dep == "relcl":
        cause = s.head(head)  # "met heavy fire in X, which forced it to turn back"
    if cause is None:
        return []
    if cause.lemma in SCENE_NOUNS or cause.lower in SCENE_NOUNS:
        return _scene_site(s, cause) or [
            h for p in s.children(cause, PREPOSITIONS) if p.lower == "of" for h in _of_places(s, p)
        ]  # "the shelling of X"
    return [h for h in _places(s, cause) if not _is_area(h)] if cause.pos in ("NOUN", "PROPN") else []


UPROOTING_VERBS = frozenset({"displace", "uproot"})
"""Verbs that tell people put out of their homes, which are no movement of their own (a count of
"people displaced" is a tally): the clause they head names where a move told after it began."""


def _uprooted_from(s: _Sentence, tok: Token) -> list[Hit]:
    """ "families were displaced from X, most of them moving in with relatives in Y": a move told
    as a participle or conjunct of a clause of being displaced sets out from the place that
    clause names with "from". The parser may hang the participle on that place as a relative
    clause ("displaced from X, many of them driving to Y"): the place is then its head."""
    head = s.head(tok)
    if tok.dep == "relcl" and head.dep == "pobj" and head.i < tok.i:
        prep = s.head(head)
        if prep.lower == "from" and s.head(prep).lemma in UPROOTING_VERBS:
            return _places(s, head)
    if tok.dep not in ("advcl", "conj", "xcomp") or head.i == tok.i or head.lemma not in UPROOTING_VERBS:
        return []
    return [h for p in s.children(head, PREPOSITIONS) if p.lower == "from" for h in _of_places(s, p)]


FLED_HOME_VERBS = frozenset({"flee", "leave", "escape", "abandon"})
"""Verbs of a flight a clause on the movers may tell ("families who fled X"): its object is home."""
UPROOTED_CLAUSES = frozenset({"acl", "relcl"})


HOMING_CHAIN_DEPS = frozenset({"advcl", "xcomp", "conj"})
"""Links by which a going home hangs on a clause of the same movers told before it ("were
displaced from X and later went home"; the parser also reads a participle on the subject,
"families displaced from X have started to go home", as the main verb)."""


def _names_mover(s: _Sentence, subject: Token, mover: Token) -> bool:
    """Whether ``subject`` is the mover or the count it is "of" ("hundreds of families")."""
    if subject.i == mover.i:
        return True
    return any(
        o.i == mover.i
        for p in s.children(subject, PREPOSITIONS)
        if p.lower == "of"
        for o in s.children(p, PREP_OBJECTS)
    )


def _uprooted_homes(s: _Sentence, tok: Token, mover: Token) -> list[Hit]:
    """ "Families displaced from X have started to go home", "residents who fled X returned
    home": people going home whose own participle or relative clause (or a clause of theirs the
    going hangs on, :data:`HOMING_CHAIN_DEPS`) says they were put out of a place
    (:data:`UPROOTING_VERBS` with "from") or fled it (:data:`FLED_HOME_VERBS` with the place as
    object) go back to that place; a return home is otherwise the story's town
    (``_fill_returns_home``)."""
    clauses = list(s.children(mover, UPROOTED_CLAUSES))
    head = tok
    while head.dep in HOMING_CHAIN_DEPS and s.head(head).i != head.i:
        head = s.head(head)
        if any(_names_mover(s, c, mover) for c in s.children(head, ALL_SUBJECTS)):
            clauses.append(head)
            break
    found: list[Hit] = []
    for clause in clauses:
        if clause.lemma in UPROOTING_VERBS:
            preps = [p for p in s.children(clause, PREPOSITIONS) if p.lower == "from"]
            found += [h for p in preps for h in _of_places(s, p) if not any(h is f for f in found)]
        elif clause.lemma in FLED_HOME_VERBS:
            objs = list(s.children(clause, OBJECTS))
            found += [h for o in objs for h in _places(s, o) if not any(h is f for f in found)]
    return found


def _fled_scene(patient: Token, cls: VerbClass) -> bool:
    """ "fled the fighting" with no place named: an event left, a flight with no place."""
    return cls.object == "origin" and cls.bare and patient.lemma in SCENE_NOUNS


STANCE_NOUNS = frozenset({"line", "approach", "stance", "view", "course", "tack", "attitude", "posture"})
"""Nouns that, taken with "a" or "an" and no place ("took a harder line", "has taken a cautious
approach"), are a stance adopted: "took the front line" or "took a line of hills near X" are ground."""
_INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _stance(s: _Sentence, obj: Token) -> bool:
    """Whether a capture verb's object is a stance (:data:`STANCE_NOUNS`), not ground taken."""
    return (
        obj.lemma in STANCE_NOUNS
        and any(c.lower in _INDEFINITE_ARTICLES for c in s.children(obj, frozenset({"det"})))
        and not _places(s, obj)
    )


def _held_ground(s: _Sentence, patient: Token | None, cls: VerbClass) -> bool:
    """ "reinforced its positions", "reinforced the base": forces sent to ground already held."""
    if patient is None or cls.lemma not in REINFORCING_VERBS or s.actor_at[patient.i] is not None:
        return False
    return _is_territory(s, patient) or bool(_places(s, patient))


def _reaches_site(s: _Sentence, tok: Token, cls: VerbClass, sites_only: bool = False) -> bool:
    """ "arrived at the scene", "rushed to the front", "returned to the base": a move onto an
    unnamed place is still a movement (with no destination). Forces sent somewhere count only
    onto a site word ("sent troops to the front"): "sent forces into a town" names it later."""
    if cls.kind is MovementKind.CAPTURE or cls.object == "origin":
        return False
    for name, obj in _prep_args(s, tok):
        site = obj.lemma in SITE_WORDS or (_is_territory(s, obj) and not sites_only)
        if name in REACH_PREPS and obj.pos == "NOUN" and site:
            return obj.lemma not in PRONOUN_PLACES and not _rescues_a_power(s, obj)
    return False


def _rescues_a_power(s: _Sentence, obj: Token) -> bool:
    """ "came to the rescue of the government": support for a power, not a trip."""
    rescued = _prep_object(s, obj, ("of",)) if obj.lemma == "rescue" else None
    hit = s.actor_at[rescued.i] if rescued is not None else None
    return hit is not None and hit.actor_kind in OWNER_KINDS


def _where_places(s: _Sentence, tok: Token) -> list[Hit]:
    """ "the town of X, where troops were sent": a relative "where" places the move in X. The
    parser may hang the clause on a country or region named inside X's phrase ("the town of X,
    near the border with Chad, where ..."): the clause then climbs to the phrase that holds it."""
    if tok.dep != "relcl" or not any(c.lower == "where" for c in s.children(tok, frozenset({"advmod"}))):
        return []
    noun = s.head(tok)
    setting = _set_in_area(s, noun)
    for _ in range(WHERE_CLIMB):
        found = [h for h in _places(s, noun) if not _is_area(h)]
        if found:
            return found
        up = _phrase_holder(s, noun)
        if up is None:
            return setting
        if up.pos in _CLAUSE_POS:  # "fighting resumed in X, near the border with Y, where"
            return _clause_setting(s, up, tok) or setting
        noun = up
    return setting


def _set_in_area(s: _Sentence, noun: Token) -> list[Hit]:
    """ "He spoke in Turkey, where he had flown the week before": a country or region that is
    itself where a clause is set (the object of a locating preposition on a verb), with no town
    named in its phrase, is the place a "where" clause hung on it means. One named inside another
    noun's phrase ("near the border with Chad, where") is not: that clause means the town before."""
    if noun.dep not in PREP_OBJECTS or noun.head == noun.i:
        return []
    prep = s.head(noun)
    if prep.lower not in LOCATED_PREPS or prep.head == prep.i or s.head(prep).pos not in _CLAUSE_POS:
        return []
    return [h for h in _places(s, noun) if _is_area(h)]


def _clause_setting(s: _Sentence, verb: Token, before: Token) -> list[Hit]:
    """The towns or sites a clause is set in ("resumed in X") before ``before``."""
    preps = (p for p in s.children(verb, PREPOSITIONS) if p.lower in LOCATED_PREPS and p.i < before.i)
    objs = (o for p in preps for o in s.children(p, PREP_OBJECTS))
    return [h for o in objs for h in _places(s, o) if not _is_area(h)]


WHERE_CLIMB = 5
"""How many phrases up a misattached relative "where" may climb to find the town it means."""
HOLDING_LINKS = frozenset({"pobj", "conj", "appos"})


def _phrase_holder(s: _Sentence, noun: Token) -> Token | None:
    """The noun whose phrase holds ``noun``: "border" for "Chad" in "near the border with Chad"."""
    if noun.dep not in HOLDING_LINKS or noun.head == noun.i:
        return None
    up = s.head(noun)
    if up.dep in PREPOSITIONS and up.head != up.i:
        up = s.head(up)
    return up if up.pos in ("NOUN", "PROPN") or up.pos in _CLAUSE_POS else None


def _co_actors(s: _Sentence, tok: Token, ctx: _Context) -> list[Hit]:
    """ "visited X together with Y", "toured X along with Y": Y moves too."""
    out: list[Hit] = []
    for prep in s.tokens:
        if prep.dep not in PREPOSITIONS or prep.lower not in _CO_ACTOR_LAST or _clause_of(s, prep) != tok:
            continue  # the parser may hang "together with Y" on the last place
        words = {prep.lower, *(f"{a.lower} {prep.lower}" for a in s.children(prep, frozenset({"advmod"})))}
        words.add(f"{s.head(prep).lower} {prep.lower}")  # "along with" parsed as two prepositions
        if words & CO_ACTOR_PREPS:
            for obj in s.children(prep, PREP_OBJECTS):
                out.extend(_actors(s, obj, ctx))
    return out + _leading_groups(s, tok, ctx) + _present_partner(s, tok, ctx)


_NAME_OPENERS = frozenset({"compound", "det", "amod"})


def _present_partner(s: _Sentence, tok: Token, ctx: _Context) -> list[Hit]:
    """ "the X fighters and the Y Brigades storm Z" (:func:`_misread_present`): the side named
    before "and" moves too (the parser made it the head of the whole chain)."""
    misread = _misread_present(s, tok)
    if misread is None:
        return []
    i = misread[0].i
    while i > 0 and s.tokens[i - 1].dep in _NAME_OPENERS:
        i -= 1
    if i < 2 or s.tokens[i - 1].lower != "and":
        return []
    return _actors(s, s.tokens[i - 2], ctx)


LEADING_VERBS = frozenset({"lead", "spearhead", "accompany", "join"})


def _leading_groups(s: _Sentence, tok: Token, ctx: _Context) -> list[Hit]:
    """ "forces attacked X, led by a brigade called Y", "advanced on X, joined by Y": a group
    that leads or joins the move moves too (a person leading it is its commander, not a mover)."""
    out: list[Hit] = []
    for clause in s.children(tok, frozenset({"advcl"})):
        if clause.lemma not in LEADING_VERBS or clause.tag != "VBN":
            continue
        for agent in s.children(clause, AGENTS):
            for obj in s.children(agent, PREP_OBJECTS):
                out.extend(a for a in _actors(s, obj, ctx) if a.actor_kind in _GROUPS)
    return out


def _clause_of(s: _Sentence, tok: Token) -> Token | None:
    """The nearest verb above ``tok``."""
    return next((a for a in s.sent.ancestors(tok) if a.pos in _CLAUSE_POS), None)


# ---------------------------------------------------------------- noun frames


FLEEING_NOUNS = frozenset({"flight"})
"""Nouns that are a withdrawal only as the flight "of" a mover ("the flight of the militia"), not
as a journey by air ("the minister's flight to Rome", "flights to Benghazi")."""


def _not_fleeing(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """ "flights to Benghazi", "his flight to Rome": a flight by air, not a flight from danger."""
    if cls.lemma not in FLEEING_NOUNS:
        return False
    return tok.tag != "NN" or _prep_object(s, tok, ("of",)) is None


REPELLING_VERBS = frozenset({"repel", "repulse", "fend", "thwart", "foil", "withstand", "rebuff"})
"""Verbs of beating off an assault: "repelled an attack on X", "help repel Haftar's offensive",
"the assault was repulsed". The assault they take as object (or passive subject) is told as
failed, so it moves its attackers nowhere (the gold sets leave such an attack out)."""


REPELLING_CLAUSES = frozenset({"acl"})
"""The participle clause on an assault noun that may beat it off ("an assault repulsed by X")."""


def _repelled(s: _Sentence, tok: Token) -> bool:
    """ "repelled an attack", "the offensive was repulsed", "an assault repulsed by X": an
    assault noun beaten off. The parser may read the verb as a noun ("helped the GNA repel X's
    offensive": "offensive" in apposition to "repel", or "repel" a compound of X), so the noun's
    head and a repelling word before the noun inside its own phrase count too."""
    if s.head(tok).lemma in REPELLING_VERBS or any(
        c.lemma in REPELLING_VERBS for c in s.children(tok, REPELLING_CLAUSES)
    ):
        return True
    lo, _hi = s.sent.subtree(tok)
    return any(t.lemma in REPELLING_VERBS and lo <= t.start < tok.start for t in s.tokens)


def _noun_frame(s: _Sentence, tok: Token, cls: VerbClass, ctx: _Context) -> _Frame | None:
    if _not_fleeing(s, tok, cls):
        return None
    if cls.kind is MovementKind.ADVANCE and _repelled(s, tok):
        return None  # "repelled an attack on X": the assault failed
    if _made_an_aim(s, tok):
        return None  # "made the departure of X a priority": wanted, not made
    head = s.head(tok)
    gov = head if tok.dep in OBJECTS | PASSIVE_SUBJECTS and _supports(head, cls) else None
    modality = _modality(s, gov) if gov is not None else _noun_modality(s, tok)
    if modality is None or (gov is None and _background_noun(s, tok)):
        return None
    actors = _noun_actors(s, tok, cls, ctx)
    if not actors and gov is not None:
        actor_tok = _agent(s, gov) if tok.dep in PASSIVE_SUBJECTS else _subject(s, gov)
        actors = _actors(s, actor_tok, ctx) if actor_tok is not None else []
        if gov.lemma in CELEBRATING_VERBS:
            actors = [a for a in actors if a.actor_kind in OWNER_KINDS]
    engaged = _engaged_in(s, tok) if not actors and cls.lemma in CONTEST_NOUNS else None
    if engaged is not None:
        actors = _actors(s, engaged, ctx)  # "locked in a battle for X"
    if not actors and cls.kind is MovementKind.ADVANCE:
        actors = _joined_in(s, tok, ctx)  # "X joined Y in an offensive on Z", "took part in an assault"
    described = _described_by(s, tok, cls)
    agent = _agent(s, described) if described is not None else None
    if not actors and agent is not None:
        actors = _actors(s, agent, ctx)  # "the offensive launched by X"
    if not actors:
        actors = _equated_actors(s, tok, cls, ctx)  # "the battle for X is the first fought by Y"
    if not actors:
        visitor = _visitor(s, tok, cls)
        actors = _actors(s, visitor, ctx) if visitor is not None else []  # "said, during a visit to X"
    if not actors:
        actors = _previous_taker(s, tok, _prep_object(s, tok, ("of",)), cls, ctx)  # "the fall of the town"
    if not actors:
        return None
    origins, dests, towards = _prep_places(s, tok, cls, None)
    for part in _conjoined_movers(s, tok):  # "the withdrawal of X and its allies from Y"
        more = _prep_places(s, part, cls, None)
        origins, dests, towards = origins + more[0], dests + more[1], towards or more[2]
    misplaced = _misplaced_agent(s, tok)  # "faced an offensive by X on Y": "by X" and "on Y" on the verb
    hosts = (agent, _prep_object(s, tok, ("by",)), misplaced, s.head(tok) if misplaced is not None else None)
    for by in hosts:  # "an attack by X on Y": the parser hangs "on Y" on X
        if by is not None and not dests:
            dests += _hung_on_agent(s, by, cls)
    mover = _prep_object(s, tok, ("of",)) if cls.object == "mover" else None
    movers = _mover_phrases(s, mover) if mover is not None else []  # "of X and Y towards Z"
    for part in (p for p in (gov, *movers, described) if p is not None):  # "a movement of forces towards X"
        more = _prep_places(s, part, cls, None)
        origins, dests, towards = origins + more[0], dests + more[1], towards or more[2]
    if cls.kind is MovementKind.DEPLOY and cls.object == "-":
        dests = _post_sites(s, tok, gov, dests)  # "set up checkpoints on the road to X": not at X
    if not dests and gov is None:
        dests = _hung_on_governor(s, tok, cls)  # "followed rapid gains by X through Y"
    if not dests and gov is None:
        dests = _brought_to(s, tok, cls)  # "the rebels' advance brought them closer to X"
    if not dests and cls.kind is MovementKind.ADVANCE:
        dests = _compass_region(s, tok, ctx)  # "began its southern offensive"
    if not origins and cls.kind is MovementKind.ADVANCE:
        origins = _launch_places(s, tok)  # "X was the springboard for an attack on Y"
    purposes = list(s.children(tok, frozenset({"acl"})))
    if gov is not None:
        purposes.extend(s.children(gov, frozenset({"advcl", "xcomp"})))
    for purpose in purposes:
        dests.extend(_purpose_places(s, purpose))  # "an offensive to take Sirte"
    of = _prep_object(s, tok, ("of",))
    if of is None and gov is not None:
        of = _prep_object(s, gov, ("of",))  # "took control of X" with "of" on the verb
    if cls.object == "dest" and of is not None and _person_taken(s, of):
        return None  # "the seizure of X by special forces": a person taken is an arrest
    territory = False
    if of is not None and cls.object in ("dest", "fall", "origin"):
        (origins if cls.object == "origin" else dests)[:0] = _places(s, of)
        territory = _is_territory(s, of)
    elif cls.object in ("dest", "fall", "origin"):
        (origins if cls.object == "origin" else dests)[:0] = _owner_places(s, tok)
    if of is not None and cls.object == "dest":
        # the parser hangs the gapped place on the verb or on the noun ("control ..., and nearby Y")
        dests += [*(_gapped_places(s, gov) if gov is not None else ()), *_gapped_places(s, tok)]
    launched = (
        gov is not None and gov.lemma in LAUNCH_VERBS and cls.lemma in CIVIL_NOUN_LEMMAS
    )  # "launched its campaign"
    if not (origins or dests or territory or cls.bare or launched) or _unplaced_claim(gov, cls, dests):
        return None
    targets = _targets(s, tok, ctx)
    actors = [a for a in actors if not any(a is p or a.key == p.key for p in (*origins, *dests, *targets))]
    if not actors:
        return None
    anchor = gov if gov is not None else tok
    span = Span(tok.start, tok.end)
    thing = _thing(s, of) if cls.object in THING_OBJECTS else None
    return _Frame(cls, span, actors, _unique(origins), _unique(dests), modality, anchor, towards, thing=thing)


MOVER_CONJUNCT_PREPS = ORIGIN_PREPS | HEADING_PREPS
"""Prepositions of a place a misparsed second mover of a move noun may carry ("from Y", "to Y")."""


def _conjoined_movers(s: _Sentence, tok: Token) -> list[Token]:
    """ "the withdrawal of the LNA and its allies from Tarhuna": the parser may join the second
    mover to the move noun itself, not to the first mover after "of", and hang the move's "from Y"
    on it. Such a conjunct (a noun after the noun's "of" mover, with no "of" of its own, so not a
    second move noun, carrying a place preposition of :data:`MOVER_CONJUNCT_PREPS`) carries the
    move's place; who it is stays to the other rules (the "from Y" under it would make "allied
    militias" militias of Y)."""
    of = _prep_object(s, tok, ("of",))
    if of is None or s.actor_at[of.i] is None:
        return []
    return [
        c
        for c in s.children(tok, CONJUNCTS)
        if c.i > of.i
        and c.pos in _NOUN_POS
        and _prep_object(s, c, ("of",)) is None
        and any(p.lower in MOVER_CONJUNCT_PREPS for p in s.children(c, PREPOSITIONS))
    ]


COMPASS_REGIONS: Mapping[str, str] = {
    "southern": "curated:southern-libya",
    "eastern": "curated:eastern-libya",
    "western": "curated:western-libya",
}
"""Compass adjectives of a campaign and the gazetteer id of the region of Libya each names."""


def _compass_region(s: _Sentence, tok: Token, ctx: _Context) -> list[Hit]:
    """ "Opened its southern offensive last winter": a campaign named by a compass adjective
    (:data:`COMPASS_REGIONS`) goes to that region, where the story names the region ("the
    south", "southern Libya"); an adjective alone adds no place."""
    for mod in s.children(tok, frozenset({"amod"})):
        region = COMPASS_REGIONS.get(mod.lower)
        if region is not None:
            return [h for h in ctx.hits if h.place is not None and h.place.id == region][:1]
    return []


def _person_taken(s: _Sentence, of: Token) -> bool:
    """ "the capture of Saif al-Islam by Zintan fighters": the noun's "of" names a person (or a
    name that is no place), not a place taken."""
    if _places(s, of) or _is_territory(s, of):
        return False
    hit = s.actor_at[of.i]
    return hit.actor_kind is ActorKind.PERSON if hit is not None else of.pos == "PROPN"


SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "capital", "oasis"})
EXPELLED_HOME_NOUNS = SETTLEMENT_NOUNS | DWELLING_NOUNS | frozenset({"homeland"})
"""Nouns of the place a people lives, left when they are driven "out of their town"."""
TOWN_PART_NOUNS = frozenset({"neighbourhood", "neighborhood", "district", "suburb", "quarter"})
"""A bare "the neighbourhood" is the town or district named just before, like "the town"."""


COPULAS = frozenset({"be"})


def _equated_actors(s: _Sentence, tok: Token, cls: VerbClass, ctx: _Context) -> list[Hit]:
    """ "The battle for X is the first battle fought by Y", "the capture of X was the first
    capture by Y": a noun of movement equated with another of the same word takes its actor
    (the parser may hang the describing participle on the second noun's phrase)."""
    head = s.head(tok)
    attr = s.child(head, frozenset({"attr"})) if tok.dep in SUBJECTS and head.lemma in COPULAS else None
    if attr is None or attr.lemma != tok.lemma:
        return []
    found = _noun_actors(s, attr, cls, ctx)
    nouns = [attr, *(o for _, o in _prep_args(s, attr))]
    for noun in nouns:
        described = _described_by(s, noun, cls)
        agent = _agent(s, described) if described is not None else None
        if not found and agent is not None:
            found = _actors(s, agent, ctx)
    return found


def _hung_on_agent(s: _Sentence, agent: Token, cls: VerbClass) -> list[Hit]:
    """ "An attack by X on Y", "a raid by X on fighters in Y": the parser hangs the target's
    phrase on the agent; a place there (or where the targeted force is) is the noun's."""
    found: list[Hit] = []
    for name, obj in _prep_args(s, agent):
        if name in TOWARDS:
            found += _places(s, obj) or _target_places(s, obj, cls)
    return found


def _hung_on_governor(s: _Sentence, tok: Token, cls: VerbClass) -> list[Hit]:
    """ "the capture followed rapid gains by X through Y": the parser hangs the advance's place
    on the verb governing the noun; a place right after the noun's phrase is the noun's."""
    if cls.kind is not MovementKind.ADVANCE or tok.dep not in OBJECTS:
        return []
    end = subtree_bounds(s.tokens, tok.i)[1]
    for prep in s.children(s.head(tok), PREPOSITIONS):
        obj = s.child(prep, PREP_OBJECTS)
        if s.tokens[prep.i - 1].end == end and prep.lower in DEST_PREPS and obj is not None:
            return [h for h in _places(s, obj) if not _is_area(h)]
    return []


BRINGING_VERBS = frozenset({"bring", "take", "carry", "put"})
LAUNCH_NOUNS = frozenset({"springboard", "launchpad", "launchpoint", "platform"})


def _launch_places(s: _Sentence, tok: Token) -> list[Hit]:
    """ "the bases were the launchpad for an attack on Y": the subject of a launching
    point the attack is "for" is where the attack set out from."""
    prep = s.head(tok)
    if tok.dep not in PREP_OBJECTS or prep.lower != "for":
        return []
    point = s.head(prep)
    if point.lemma not in LAUNCH_NOUNS or point.dep != "attr":
        return []
    subject = s.child(s.head(point), SUBJECTS)
    found = _places(s, subject) if subject is not None else []
    before = [h for h in found if h.start < point.start]  # named before, not the targets listed after
    if before or subject is None:
        return before
    listed = [h for h in _listed_places(s, subject) if h.start < point.start]  # "these bases": listed earlier
    return listed or _one_told_before(s, subject)


def _one_told_before(s: _Sentence, subject: Token) -> list[Hit]:
    """ "The brigade kept its guns at X air base. These bases were its launchpad for ...": a
    launching point told as "this base" or "these bases" with no list before it is the last
    place of its sort named before (the last base, the last port)."""
    det = s.child(subject, frozenset({"det"}))
    if det is None or det.lower not in BACK_POINTING | {"this", "that"} or s.ctx is None:
        return []
    if subject.lemma not in PLURAL_PLACE_NOUNS:
        return []
    last = s.ctx.place_of_sort_before(subject.start, PLURAL_PLACE_NOUNS[subject.lemma])
    return [last] if last is not None else []


def _brought_to(s: _Sentence, tok: Token, cls: VerbClass) -> list[Hit]:
    """ "the rebels' advance brought them closer to X", "the push took them to X": an advance
    that is the subject of a verb of bringing reaches the place the verb brings its object to."""
    head = s.head(tok)
    if cls.kind is not MovementKind.ADVANCE or tok.dep not in SUBJECTS or head.lemma not in BRINGING_VERBS:
        return []
    obj = s.child(head, OBJECTS)
    if obj is None or not (obj.pos == "PRON" or obj.lemma in UNNAMED_FORCES):
        return []  # "brought them closer to X", not "brought hope to X"
    return [h for h in _prep_places(s, head, cls, None)[1] if not _is_area(h)]


def _owner_places(s: _Sentence, tok: Token) -> list[Hit]:
    """ "Sirte's fall", "the town's capture": a possessive place is what fell or was taken;
    "the city's" stands for the town named just before."""
    owner = s.child(tok, frozenset({"poss"}))
    if owner is None:
        return _named_for_place(s, tok)
    found = _places(s, owner)
    if found or owner.lemma not in SETTLEMENT_NOUNS or s.ctx is None:
        return found or _named_for_place(s, tok)  # "the LNA's Tripoli offensive"
    det = s.child(owner, frozenset({"det"}))
    before = s.ctx.place_before(owner.start) if det is not None and det.lower == "the" else None
    return [before] if before is not None else []


def _named_for_place(s: _Sentence, tok: Token) -> list[Hit]:
    """ "The Tripoli offensive", "its Derna campaign": a town or site the noun is named for is
    its place (a region or country modifier only locates: "the Libya campaign")."""
    found: list[Hit] = []
    for c in s.children(
        tok, frozenset({"compound", "amod", "nmod"})
    ):  # "Gharyan" may be read as an adjective
        hit = s.place_at[c.i]
        if hit is not None and not _is_area(hit) and s.actor_at[c.i] is None and hit.end <= tok.start:
            found.append(hit)
    return found


def _described_by(s: _Sentence, tok: Token, cls: VerbClass) -> Token | None:
    """ "the offensive launched by X on Y in April": a light verb's participle describing the
    noun lends it its agent and places."""
    acls = (c for c in s.children(tok, frozenset({"acl"})) if c.tag == "VBN" and _supports(c, cls))
    return next(acls, None)


def _targets(s: _Sentence, tok: Token, ctx: _Context) -> list[Hit]:
    """ "its push against the SSA": the group pushed against is not the one pushing."""
    found: list[Hit] = []
    for name, obj in _prep_args(s, tok):
        if name in ("against", "on"):
            found.extend(_actors(s, obj, ctx))
    return found


def _unplaced_claim(gov: Token | None, cls: VerbClass, dests: list[Hit]) -> bool:
    """ "announced the capture" with no place: the capture told before, not a new one."""
    return gov is not None and gov.lemma in CLAIM_VERBS and gov.lemma not in cls.governors and not dests


def _noun_modality(s: _Sentence, tok: Token) -> Modality | None:
    """ "any attack on X would...": hypothetical; "called for the withdrawal": requested."""
    det = s.child(tok, frozenset({"det"}))
    if det is not None and det.lower in ("any", "no", "every"):
        return None
    asked = _asked_for_noun(s, tok)
    if asked is not Modality.REPORTED:
        return asked
    tok = _first_conjunct(s, tok)  # "called for a truce and the withdrawal of X"
    head = s.head(tok)
    if tok.dep == "pobj" and head.lower == "for":
        head = s.head(head)
    if head.lemma in AUTHORISING_HEADS and tok.dep in OBJECTS | PASSIVE_SUBJECTS:
        return Modality.PLANNED  # "approved the deployment of troops": permitted, not made
    if head.pos == "VERB" and head.lemma in NON_EVENT_GOVERNORS and not _announced_arrival(tok, head):
        return None
    if head.lemma in CLAIM_VERBS and tok.lemma in PROCLAIMED_NOUNS:
        return None  # "declared the liberation of X": a victory proclaimed, the capture told as it happened
    if head.pos in _CLAUSE_POS and tok.dep in ALL_SUBJECTS | OBJECTS:
        return _own_modality(s, head) if _own_modality(s, head) is not Modality.DENIED else Modality.REPORTED
    return Modality.REPORTED


REQUEST_NOUNS = frozenset(
    {"demand", "call", "appeal", "request", "plea", "ultimatum", "proposal", "condition", "precondition"}
)
"""Nouns of asking: a move noun listed under one ("its demands, including the departure of X",
"a communique that calls for a truce, an end to arms deliveries and the withdrawal of X") is
asked for, not told as made (SCHEMA: requested movements are not annotated)."""
CANCELLING_VERBS = frozenset({"postpone", "cancel", "defer", "shelve", "scrap"})
"""Verbs that put off or drop a move not yet made ("postponed the withdrawal", "the deployment
was cancelled"): the move noun they take is planned."""
PLAN_NOUNS = frozenset({"plan", "timetable", "roadmap", "schedule", "blueprint"})
"""Nouns of a plan: "an action plan for a gradual withdrawal of mercenaries" is planned, not made."""
LISTING_PREPS = frozenset({"of", "for", "to", "including", "on"})
"""Prepositions by which a noun phrase holds a move noun as what it is about or lists ("the
implementation of the withdrawal", "demands, including the departure of X", "calls for the
pullout"), as against a time or a place ("fled during the withdrawal")."""
NOUN_CHAIN_LINKS = frozenset({"conj", "appos"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
ASKING_FOR_VERBS = REQUEST_HEADS | frozenset({"press", "push", "lobby", "seek", "plead", "campaign"})
"""Verbs whose "for" phrase is what they ask for ("calls for a truce and the withdrawal of X",
"pressed for the departure of foreign forces")."""
ASKING_VERBS = frozenset({"demand", "request", "seek", "urge", "propose", "want"})
"""Verbs whose object is what they ask for ("demanded the departure of X")."""


def _noun_chain(s: _Sentence, tok: Token) -> tuple[list[Token], Token | None]:
    """The nouns above a move noun inside its noun phrase (through conjuncts, appositions and
    :data:`LISTING_PREPS`), ending with the last word of the phrase (the noun itself or the
    preposition that hangs the phrase on its governor), and the governor: the word, most often
    a verb, the whole phrase depends on, or None at the sentence's root."""
    nouns: list[Token] = []
    cur = tok
    for _ in range(8):
        if cur.head == cur.i:
            return nouns, None
        head = s.head(cur)
        if cur.dep in NOUN_CHAIN_LINKS and head.pos in NOUN_POS:
            cur = head
        elif cur.dep == "pobj" and head.lower in LISTING_PREPS and head.head != head.i:
            above = s.head(head)
            if above.pos not in NOUN_POS:
                nouns.append(head)
                return nouns, above
            cur = above
        else:
            return nouns, head
        nouns.append(cur)
    return nouns, None


TORN_ITEM_DEPS = frozenset({"npadvmod", "appos", "conj", "dobj"})
"""Links by which the parser may hang the second item of a "for" list on the verb itself."""


def _torn_list_item(s: _Sentence, last: Token, governor: Token) -> bool:
    """ "calls for a truce, an end to the shelling and the withdrawal of X": the parser hangs a
    later item of the list a verb of asking asks for on the verb; the item follows the verb's
    own "for" phrase, after a comma, and is what is asked for too."""
    if governor.lemma not in ASKING_FOR_VERBS or last.dep not in TORN_ITEM_DEPS:
        return False
    return any(
        p.lower == "for" and governor.i < p.i < last.i for p in s.children(governor, frozenset({"prep"}))
    )


def _asked_for_noun(s: _Sentence, tok: Token) -> Modality | None:
    """A move noun asked for or planned by the phrase or clause that holds it: None when a noun
    of asking lists it (:data:`REQUEST_NOUNS`) or the clause it sits in is itself only asked for
    ("urged the commission to move on to the withdrawal of X"); planned when a noun of a plan
    holds it (:data:`PLAN_NOUNS`); else reported (the caller reads the rest)."""
    nouns, governor = _noun_chain(s, tok)
    if any(n.lemma in REQUEST_NOUNS for n in nouns):
        return None
    if tok.dep in OBJECTS | PASSIVE_SUBJECTS and s.head(tok).lemma in CANCELLING_VERBS:
        return Modality.PLANNED  # "the withdrawal was postponed": planned, not made
    if any(n.lemma in PLAN_NOUNS for n in nouns):
        return Modality.PLANNED
    if governor is None or governor.pos != "VERB":
        return Modality.REPORTED
    last = nouns[-1] if nouns else tok
    if last.lower == "for" and governor.lemma in ASKING_FOR_VERBS:
        return None  # "calls for a ceasefire, an end to arms deliveries and the withdrawal of X"
    if _torn_list_item(s, last, governor):
        return None  # "calls for a truce, an end to ...": the parser hung "an end" on the verb
    if last.dep in OBJECTS and governor.lemma in ASKING_VERBS:
        return None  # "demanded an apology and the departure of X"
    if governor.dep == "xcomp":
        above = s.head(governor)
        if above.lemma in REQUEST_HEADS and any(a.lower == "to" for a in s.children(governor, AUXILIARIES)):
            return None
    return Modality.REPORTED


AIM_NOUNS = frozenset({"priority", "goal", "aim", "objective", "target", "condition", "demand"})
"""Nouns of what a side wants done: a move noun made one ("made the departure of X a
priority") is wanted, not told as made (SCHEMA: requested movements are not annotated)."""
AIM_MAKING_VERBS = frozenset({"make"})
"""Verbs that make a move noun an aim with a second noun ("made the withdrawal its main goal")."""


def _made_an_aim(s: _Sentence, tok: Token) -> bool:
    """ "Has made the departure of foreign forces a priority", "made the withdrawal of X its main
    goal": a move noun that a verb of :data:`AIM_MAKING_VERBS` makes an aim (:data:`AIM_NOUNS`),
    parsed as the subject of the aim noun or as the verb's first of two objects, is wanted."""
    head = s.head(tok)
    if tok.dep in SUBJECTS and head.lemma in AIM_NOUNS and head.dep in OBJECTS:
        return s.head(head).lemma in AIM_MAKING_VERBS
    if tok.dep in OBJECTS and head.lemma in AIM_MAKING_VERBS:
        return any(c.i > tok.i and c.lemma in AIM_NOUNS for c in s.children(head, OBJECTS))
    return False


ARRIVAL_NOUNS = frozenset({"arrival"})
PROCLAIMED_NOUNS = frozenset({"liberation"})
"""Nouns of a victory a side proclaims ("announced the liberation of X"): a declaration, not a
capture of its own (unlike "announced the recapture of X", which tells the move)."""


def _announced_arrival(noun: Token, head: Token) -> bool:
    """ "announced the arrival of a plane": an arrival is announced once it happened."""
    return noun.lemma in ARRIVAL_NOUNS and head.lemma in CLAIM_VERBS


def _first_conjunct(s: _Sentence, tok: Token) -> Token:
    """The first of a list of nouns ("a ceasefire and the departure of X": "ceasefire")."""
    for _ in range(6):
        if tok.dep not in CONJUNCTS or tok.head == tok.i:
            break
        tok = s.head(tok)
    return tok


def _supports(verb: Token, cls: VerbClass) -> bool:
    """A light verb lends its subject and time to the noun ("launched an offensive"). A noun that
    is itself a place ("set up checkpoints at X") takes only its own governors: "took the
    checkpoint" is a place taken, not a checkpoint set up."""
    if verb.pos != "VERB":
        return False
    if cls.lemma in TERRITORY_NOUNS:
        return verb.lemma in cls.governors
    claimed = cls.kind is MovementKind.CAPTURE and verb.lemma in CLAIM_VERBS  # "announced the recapture of X"
    claimed = claimed and cls.lemma not in PROCLAIMED_NOUNS
    fought = verb.lemma in FIGHTING_VERBS and cls.lemma in CONTEST_NOUNS  # "the battle for X fought by Y"
    return verb.lemma in cls.governors or verb.lemma in SUPPORT_VERBS or claimed or fought


FIGHTING_VERBS = frozenset({"fight"})
CONTEST_NOUNS = frozenset({"battle", "campaign", "siege"})
ENGAGED_VERBS = frozenset({"lock", "engage", "embroil", "bog", "mire"})


def _engaged_in(s: _Sentence, tok: Token) -> Token | None:
    """ "X has been locked in a battle for Y", "X is engaged in a campaign against Y": X fights it."""
    head = s.head(tok)
    if tok.dep != "pobj" or head.lower != "in" or head.dep != "prep":
        return None
    verb = s.head(head)
    return s.child(verb, ALL_SUBJECTS) if verb.lemma in ENGAGED_VERBS else None


PURPOSE_OBJECT_PREPS = ("in", "at", "near", "outside", "around")
"""Prepositions that place a purpose's unnamed object ("sent troops to guard the warehouse in
X", "to protect the oil fields near Y"): the place they name is where the force was sent."""


def _purpose_places(s: _Sentence, verb: Token) -> list[Hit]:
    """The places a to-infinitive of purpose names: its object's ("to secure Sirte", "to take
    control of X"), the place that object stands in ("to guard the warehouse in X"), and the
    verb's own destination ("to push towards X")."""
    if not any(a.lower == "to" for a in s.children(verb, AUXILIARIES)):
        return []
    found: list[Hit] = []
    for obj in s.children(verb, OBJECTS):
        own = _places(s, obj)
        if not own and (placed := _prep_object(s, obj, PURPOSE_OBJECT_PREPS)) is not None:
            own = _places(s, placed)
        found.extend(own)
        if _is_trigger_noun(obj):  # "to take control of X"
            noun = _prep_object(s, obj, ("of",)) or _prep_object(s, verb, ("of",))
            found.extend(_places(s, noun) if noun is not None else [])
    return found + _prep_places(s, verb, load_verb_classes()[("verb", "advance")][0], None)[1]


def _mover_phrases(s: _Sentence, mover: Token) -> list[Token]:
    """The nouns of a mover phrase a place may hang on: the mover, its conjuncts, and their
    owners after "of" ("the flight of the militias of X and the men of Y towards Z")."""
    out, level = [mover], [mover]
    for _ in range(3):  # a few levels: the phrase is short
        found = [c for m in level for c in s.children(m, CONJUNCTS)]
        found += [o for m in level if (o := _prep_object(s, m, ("of",))) is not None]
        level = [t for t in found if all(t.i != u.i for u in out)]
        out.extend(level)
    return out


JOINING_VERBS = frozenset({"join", "participate", "engage"})
"""Verbs whose "in" names an assault the subject (and, for "join", its object) took part in."""


def _joined_in(s: _Sentence, tok: Token, ctx: _Context) -> list[Hit]:
    """ "X joined Y in an offensive on Z", "X took part in the assault on Z": each side that
    joined the assault advances."""
    prep = s.head(tok)
    if tok.dep != "pobj" or prep.lower != "in" or prep.i == tok.i:
        return []
    verb = s.head(prep)
    if verb.lemma == "part" and s.head(verb).lemma == "take":
        verb = s.head(verb)  # "took part in"
    elif verb.lemma == "take" and any(c.lemma == "part" for c in s.children(verb, OBJECTS)):
        pass  # "took part in", the "in" hung on the verb
    elif verb.lemma not in JOINING_VERBS or verb.pos != "VERB":
        return []
    subject = _subject(s, verb)
    actors = _actors(s, subject, ctx) if subject is not None else []
    if verb.lemma == "join":
        for obj in s.children(verb, OBJECTS):
            actors += [h for h in _actors(s, obj, ctx) if not any(h is a for a in actors)]
    return actors


def _noun_actors(s: _Sentence, tok: Token, cls: VerbClass, ctx: _Context) -> list[Hit]:
    """ "the LNA's offensive", "the capture of X by Y", "the fall of X to Y", "the withdrawal of Y"."""
    cands: list[Token | None] = [_whose_owner(s, s.child(tok, frozenset({"poss"})))]
    cands.append(_prep_object(s, tok, ("by",)))
    cands.append(_misplaced_agent(s, tok))
    of = _prep_object(s, tok, ("of",))
    if of is not None:
        cands.append(_prep_object(s, of, ("by",)))  # "the capture of X by Y", "by Y" hung on X
    if cls.object == "fall":
        cands.append(_prep_object(s, tok, ("to", "into")))
    if cls.object == "mover" and of is not None:
        cands += [_carried(s, of, tok), of]  # "the arrival of a plane carrying rescuers": they travel
    cands.extend(s.children(tok, frozenset({"compound", "amod", "nmod"})))
    for c in cands:
        if c is None:
            continue
        found = [
            h for h in _actors(s, c, ctx) if not h.start <= tok.start < h.end
        ]  # not "Operation Dignity" itself
        if found:
            return found
    return _described_side(s, tok, ctx)


VISIT_NOUNS = frozenset({"visit", "trip", "tour", "journey"})
"""Nouns of a person's own going ("a visit to X"), told in passing as when a clause happened."""
VISIT_PREPS = frozenset({"during", "on", "in"})
"""Prepositions that set a clause in a visit ("said during a visit to X", "on a trip to Y")."""


def _visitor(s: _Sentence, tok: Token, cls: VerbClass) -> Token | None:
    """ "X warned, during a visit to Y, that ...", "X, on a trip to Y, said": a VISIT_NOUNS noun
    in a VISIT_PREPS phrase is the visit of the clause's subject (or of the name the phrase
    hangs on)."""
    if cls.lemma not in VISIT_NOUNS or tok.dep != "pobj":
        return None
    prep = s.head(tok)
    if prep.lower not in VISIT_PREPS or prep.head == prep.i:
        return None
    host = s.head(prep)
    if host.pos in ("VERB", "AUX"):
        return _subject(s, host)
    return host if host.pos == "PROPN" and host.dep in ALL_SUBJECTS | frozenset({"appos"}) else None


_WHOSE_DEPTH = 3


def _whose_owner(s: _Sentence, owner: Token | None) -> Token | None:
    """ "the army, whose offensive on X began in April": "whose" stands for the noun its
    relative clause hangs on; any other owner is itself."""
    if owner is None or owner.lower != "whose":
        return owner
    node = s.head(owner)
    for _ in range(_WHOSE_DEPTH):
        if node.dep == "relcl":
            return s.head(node)
        node = s.head(node)
    return owner


SIDE_MODIFIERS = {"rebel": "rebels", "militia": "militias", "army": "army"}
"""A modifier that names a side by its description ("rebel advances") → the description's head."""


def _described_side(s: _Sentence, tok: Token, ctx: _Context) -> list[Hit]:
    """ "rebel advances", "militia attacks": the side the modifier describes, named before."""
    for c in s.children(tok, frozenset({"compound", "amod"})):
        head = SIDE_MODIFIERS.get(c.lower)
        hit = ctx.coref.resolve(c.start, head) if head is not None else None
        if hit is None or hit.actor_kind is not ActorKind.ARMED_GROUP:
            continue
        named = ctx.named(hit)
        words = f"{hit.name} {named.name if named else ''} {ctx.text[hit.start : hit.end]}".lower()
        if c.lower in words.replace("-", " ").split() or head in words.split():
            return [named or hit]  # the side named by that word, not the last group told
    return []


def _misplaced_agent(s: _Sentence, tok: Token) -> Token | None:
    """ "faced an offensive by X": the parser hangs the noun's "by" on an active verb as its agent."""
    head = s.head(tok)
    if tok.dep not in OBJECTS or head.pos != "VERB" or _is_passive(s, head):
        return None
    return _agent(s, head) or _prep_object(s, head, ("by",))  # "by" as a plain preposition


# ---------------------------------------------------------------- arguments


def _conjuncts(s: _Sentence, tok: Token) -> list[Token]:
    """``tok`` and its conjuncts ("A, B and C"), in order."""
    out = [tok]
    k = 0
    while k < len(out) and len(out) < 12:
        out.extend(s.children(out[k], CONJUNCTS))
        k += 1
    return out


def _place_conjuncts(s: _Sentence, tok: Token) -> list[Token]:
    """Conjuncts, and named places the parser hung as appositions ("Hun, Sirte and Waddan")."""
    out = _conjuncts(s, tok)
    for t in list(out):
        for c in s.children(t, frozenset({"appos"})):
            listing = s.place_at[t.i] is not None or t.tag in PLURAL_TAGS  # "two ports - A and B -"
            if s.place_at[c.i] is not None and listing and c not in out:
                out.extend(_conjuncts(s, c))
    return out


def _actors(s: _Sentence, tok: Token, ctx: _Context) -> list[Hit]:
    """The actors a noun phrase names, one per conjunct ("A and B advanced")."""
    out: list[Hit] = []
    for t in _conjuncts(s, tok) + _listed_apposition(s, tok) + _stranded_conjuncts(s, tok):
        hit = _actor_of(s, t, ctx)
        joint = _joint_sides(s, t, hit) or _joint_actors(s, t, hit) or _conjoined_antecedents(s, t, hit, ctx)
        joint = joint or _counted_persons(s, t, hit, ctx)
        for h in joint or ([hit] if hit is not None else []):
            if not any(h is o or h.key == o.key for o in out):
                out.append(h)
    return out


STRANDING_PREPOSITIONS = frozenset({"in", "from", "based"})
"""Prepositions of a place that locates an actor ("the government in the east", "fighters from
Zintan"), on whose place the parser may hang the actor's own conjunct."""


def _stranded_conjuncts(s: _Sentence, tok: Token) -> list[Token]:
    """ "An offensive by the rival government in the east and forces loyal to X": the parser hangs
    the second actor on the place that locates the first ("the east and forces"). A force
    (:data:`FORCE_HEADS`) or a named actor conjoined to a place in one of the actor's locating
    phrases (:data:`STRANDING_PREPOSITIONS`) is the actor's conjunct: a place and a force are
    never one list."""
    out: list[Token] = []
    for prep in s.children(tok, frozenset({"prep"})):
        if prep.lower not in STRANDING_PREPOSITIONS:
            continue
        for place in s.children(prep, PREP_OBJECTS):
            if s.place_at[place.i] is None:
                continue
            for c in s.children(place, CONJUNCTS):
                named = s.actor_at[c.i]
                if s.place_at[c.i] is None and (c.lemma in FORCE_HEADS or named is not None):
                    out.extend(_conjuncts(s, c))
    return out


NAME_LIST_LINKS = frozenset({"appos", "conj"})
NAME_LIST_REACH = 12


def _listed_apposition(s: _Sentence, tok: Token) -> list[Token]:
    """ "his wife Safia, his daughter Aisha and his son Mohammed (, who) crossed into X": the
    parser hangs the items of a list of named people on one another as appositions, with the
    "and" item conjoined somewhere in that chain. Where the appositions and conjuncts after the
    mover hold a conjunct, and every conjunct names a person ("his son Mohammed"), each person
    named in the chain is a mover too. An apposition that describes ("Haftar, the commander of
    the LNA and a former officer") has a conjunct that names no person and adds no one."""
    chain = [tok]
    k = 0
    while k < len(chain) and len(chain) < NAME_LIST_REACH:
        chain.extend(c for c in s.children(chain[k], NAME_LIST_LINKS) if c.i > tok.i)
        k += 1
    joined = [t for t in chain[1:] if t.dep == "conj"]
    if not joined or any(_person_named(s, t) is None for t in joined):
        return []
    named = [t for t in chain if _person_named(s, t) is t]
    return named if len(named) >= 2 else []


def _person_named(s: _Sentence, item: Token) -> Token | None:
    """The token of a list item that names a person: the item itself, or its name in
    apposition ("his son Mohammed")."""
    for t in (item, *s.children(item, frozenset({"appos"}))):
        hit = s.actor_at[t.i]
        if t.pos == "PROPN" and hit is not None and hit.actor_kind is ActorKind.PERSON:
            return t
    return None


PLURAL_OWNER_WORDS = frozenset({"they", "their"})
"""A plural pronoun, or the owner of a force ("their men"), that may stand for conjoined groups."""
JOINER_WORDS = (("and",), (",", "and"), (",",))
"""What stands between two conjoined group names, "the" aside ("A, B and the C")."""
ANTECEDENT_REACH_CHARS = 600


def _conjoined_antecedents(s: _Sentence, tok: Token, hit: Hit | None, ctx: _Context) -> list[Hit]:
    """ "A and B hit back. They (their men) retook X": a plural pronoun whose antecedent was told
    as one of conjoined armed groups stands for each of them (one record per actor)."""
    if hit is None or not ctx.text:
        return []
    owner = s.child(tok, frozenset({"poss"})) if tok.pos == "NOUN" and tok.lemma in FORCE_HEADS else None
    word = tok.lower if tok.pos == "PRON" else owner.lower if owner is not None else ""
    if word not in PLURAL_OWNER_WORDS:
        return []
    before = [h for h in ctx.hits_in(tok.start - ANTECEDENT_REACH_CHARS, tok.start) if h.end <= tok.start]
    served = _patron_served(ctx.text, [h for h in before if h.is_actor])
    if served:
        return served
    if hit.actor_kind is not ActorKind.ARMED_GROUP:
        return []
    at = next(
        (k for k in range(len(before) - 1, -1, -1) if (ctx.named(before[k]) or before[k]).key == hit.key),
        None,
    )
    if at is None:
        return []
    lo = hi = at
    while lo > 0 and _joined(ctx.text, before[lo - 1], before[lo]):
        lo -= 1
    while hi + 1 < len(before) and _joined(ctx.text, before[hi], before[hi + 1]):
        hi += 1
    chain = before[lo : hi + 1]
    gaps = " ".join(ctx.text[a.end : b.start] for a, b in itertools.pairwise(chain))
    if len(chain) < 2 or "and" not in gaps.split():
        return []
    out: list[Hit] = []
    for h in (ctx.named(h) for h in chain):
        if h is not None and not any(h.key == o.key for o in out):
            out.append(h)
    return out


ALLEGIANCE_PHRASES = frozenset(
    {
        ("loyal", "to"),
        ("aligned", "with"),
        ("aligned", "to"),
        ("allied", "to"),
        ("allied", "with"),
        ("backed", "by"),
        ("affiliated", "with"),
        ("answering", "to"),
        ("close", "to"),
    }
)
"""The last two words before a patron named in a description of groups ("both loyal to X")."""
PATRON_GAP_CHARS = 50


def _patron_served(text: str, actors: list[Hit]) -> list[Hit]:
    """ "A and B, both loyal to C, hit back. They (their men) retook X": when the last actor
    before a plural pronoun is the patron that a description of conjoined groups names, the
    pronoun stands for the groups, one record each, not for the patron."""
    if len(actors) < 3:
        return []
    patron, last = actors[-1], actors[-2]
    gap = text[last.end : patron.start]
    words = [w for w in gap.replace(",", " ").lower().split() if w != "the"]
    if len(gap) > PATRON_GAP_CHARS or tuple(words[-2:]) not in ALLEGIANCE_PHRASES:
        return []
    lo = len(actors) - 2
    while lo > 0 and _joined(text, actors[lo - 1], actors[lo]):
        lo -= 1
    chain = actors[lo:-1]
    joints = " ".join(text[a.end : b.start] for a, b in itertools.pairwise(chain))
    if len(chain) < 2 or "and" not in joints.split():
        return []
    return list({h.key: h for h in chain}.values())


def _joined(text: str, first: Hit, second: Hit) -> bool:
    """Whether two armed groups' names are conjuncts: only "and", a comma or "the" between."""
    if first.actor_kind is not ActorKind.ARMED_GROUP or second.actor_kind is not ActorKind.ARMED_GROUP:
        return False
    gap = text[first.end : second.start]
    if len(gap) > 12:
        return False
    words = tuple(w for w in gap.replace(",", " , ").lower().split() if w != "the")
    return words in JOINER_WORDS


JOINT_MODIFIERS = frozenset({"amod", "nmod", "compound"})


def _joint_sides(s: _Sentence, tok: Token, hit: Hit | None) -> list[Hit]:
    """ "Zintani and Warshefani units": sides the mention finder named by each town, joined
    under one force noun, each its own actor."""
    if hit is None or hit.actor_kind is not ActorKind.ARMED_GROUP or tok.pos != "NOUN":
        return []
    for amod in s.children(tok, JOINT_MODIFIERS):
        sides = [s.actor_at[t.i] for t in _conjuncts(s, amod)]
        if len(sides) > 1 and all(h is not None and h.actor_kind is ActorKind.ARMED_GROUP for h in sides):
            return list({id(h): h for h in sides if h is not None}.values())
    return []


def _joint_actors(s: _Sentence, tok: Token, hit: Hit | None) -> list[Hit]:
    """ "The Spanish and Greek rescue teams left": conjoined proper adjectives split an unnamed
    noun into one actor each, named in the singular as the speakers are ("Zintani and Warshefani
    units": a force noun keeps its plural)."""
    force = tok.lemma in UNNAMED_FORCES
    if tok.pos != "NOUN" or not (force if hit is None else _is_weak(hit)):
        return []
    for amod in s.children(tok, JOINT_MODIFIERS):
        chain = [t for t in _conjuncts(s, amod) if t.pos in ("ADJ", "PROPN") and t.text[:1].isupper()]
        if len(chain) < 2 or any(s.actor_at[t.i] is not None for t in chain):
            continue  # "LNA and GNA forces": named actors, conjuncts of their own
        between = [t.text for t in s.tokens[chain[-1].i + 1 : tok.i]]
        rest = " ".join([*between, tok.lemma if tok.tag == "NNS" and not force else tok.text])
        names = [f"{adj.text} {rest}" for adj in chain]
        kind = hit.actor_kind if hit is not None else ActorKind.ARMED_GROUP
        start, end = (hit.start, hit.end) if hit is not None else (chain[0].start, tok.end)
        return [Hit(start, end, "group:" + n.lower(), n, "group", kind) for n in names]
    return []


COUNTED_PERSON_NOUNS = frozenset(
    {"leader", "man", "rival", "minister", "premier", "envoy", "official", "commander", "delegate"}
)
"""Plural nouns by which a story counts the people it has told moving ("the four leaders left X",
"the two men flew home", "both rivals returned")."""
BOTH_WORDS = frozenset({"both"})
COUNTED_PERSON_REACH = 1500
"""How far back (characters) the persons a counted noun sums up may have been told moving."""


def _counted_persons(s: _Sentence, tok: Token, hit: Hit | None, ctx: _Context) -> list[Hit]:
    """ "X arrived from A, Y and Z were flown in from B ... The three leaders left C": a plural
    person noun (:data:`COUNTED_PERSON_NOUNS`) counted with "the" and a number, or with "both",
    sums up the persons told moving last, one actor each, when the story has told at least that
    many different persons moving within :data:`COUNTED_PERSON_REACH`; else none (a group of its
    own)."""
    if tok.pos != "NOUN" or tok.tag not in PLURAL_NOUN_TAGS or tok.lemma not in COUNTED_PERSON_NOUNS:
        return []
    if hit is not None and not _is_weak(hit) and hit.actor_kind is not ActorKind.COLLECTIVE:
        return []
    kids = list(s.children(tok))
    count = next((OFFSET_COUNTS.get(c.lower, 0) for c in kids if c.dep == "nummod"), 0)
    if count < 2 or not any(c.dep == "det" and c.lower == "the" for c in kids):
        count = 2 if any(c.lower in BOTH_WORDS for c in kids) else 0
    if count < 2:
        return []
    persons: list[Hit] = []
    for d in reversed(ctx.drafts):
        if d.trigger.end > tok.start:
            continue
        if tok.start - d.trigger.end > COUNTED_PERSON_REACH or len(persons) == count:
            break
        named = ctx.named(d.actor)
        if (
            named is not None
            and named.actor_kind is ActorKind.PERSON
            and all(p.key != named.key for p in persons)
        ):
            persons.append(named)
    return persons[::-1] if len(persons) == count else []


def _kind_at(s: _Sentence, tok: Token) -> ActorKind | None:
    """The kind of actor the mention holding ``tok`` names, if any."""
    hit = s.actor_at[tok.i]
    return hit.actor_kind if hit is not None else None


def _office_owner_kind(s: _Sentence, tok: Token) -> ActorKind | None:
    """The kind of the owner of an office noun: the actor its mention names, else a country for a
    country's name read only as a place ("the ambassador of Italy", where Italy itself does
    nothing and so is no actor of the article: SCHEMA: a country used as a noun is a place)."""
    kind = _kind_at(s, tok)
    if kind is not None:
        return kind
    place = s.place_at[tok.i]
    if place is not None and place.place is not None and place.place.kind is LocationKind.COUNTRY:
        return ActorKind.COUNTRY
    return None


PERSON_RELATIVES = frozenset({"who", "whom"})
"""Relative pronouns that only a person heads: the clause they open tells of the person."""


def _inner_master(s: _Sentence, tok: Token, hit: Hit | None) -> Hit | None:
    """The person or body named inside a longer mention ("Sarraj" in "the government of Prime
    Minister Sarraj", "Haftar" in "forces loyal to Haftar") when the word itself is the head the
    parse asks about, as the antecedent of "who" is ("the government of Prime Minister X, who
    flew to Y, had sent ..."): that word names the one inside (``Hit.master``), not the whole."""
    master = hit.master if hit is not None else None
    if master is None or not (master.start <= tok.start and tok.end <= master.end):
        return None
    if not any(
        c.lower in PERSON_RELATIVES
        for rel in s.children(tok, NOUN_CLAUSES)
        for c in s.children(rel, SUBJECT_DEPS)
    ):
        return None  # "convoys loyal to X that had been moving": a "that" clause is the convoys'
    return master


def _actor_of(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """The actor a head noun stands for: itself, a named modifier, a pronoun's antecedent."""
    own = _own_side(s, tok, ctx)
    if own is not None:
        return own
    kin = kin_phrase_hit(s.sent, tok, ctx.text, s.actor_at[tok.i], lambda o: s.place_at[o.i] is not None)
    if kin is not None:
        relative = kin_named_before(s.sent, tok, lambda a, b: [h for h in ctx.hits_in(a, b) if h.is_actor])
        return ctx.named(relative or kin)  # "Gaddafi's son fled": the son, never his father
    holder = office_holder_hit(s.sent, tok, ctx.text, s.actor_at[tok.i], lambda o: _office_owner_kind(s, o))
    if holder is not None:
        return ctx.named(holder)  # "Turkey's defence minister flew in": the minister, not Turkey
    stray = _stray_apposed_name(s, tok)
    if stray is not None:
        return ctx.named(stray)  # "X and the speaker of Y, Z, flew in": Z, not Y
    if tok.lower in REFLEXIVES and tok.dep in SUBJECTS and s.head(tok).dep == "relcl":
        return _actor_of(s, s.head(s.head(tok)), ctx)  # "units, which themselves pulled back": the units
    if tok.pos == "PRON" and tok.lower in PRONOUNS:
        informant = _informant_teller(s, tok)
        if informant is not None:
            return ctx.named(ctx.coref.resolve(informant.start, tok.lower))  # someone the source tells of
        teller = _telling_person(s, tok)
        if teller is not None:
            return ctx.named(teller)
        if _unknown_body_teller(s, tok):
            return None  # "the Pentagon said it had sent X": that body, not an actor told before
        speaker = _reporting_subject(s, tok)
        if speaker is not None:
            return _bound_actor(s, tok, speaker, ctx)
        shared = _conjoined_own_side(s, tok, ctx)
        if shared is not None:
            return shared  # "our forces advanced ..., and they took X"
        clause_side = _time_clause_subject(s, tok, ctx)
        if clause_side is not None:
            return clause_side  # "X advanced on Y before they were turned back": X
        if _unnamed_plural_before(s, tok):
            return None
        found = _outside_quote(tok, ctx.named(_antecedent(s, tok, ctx)), ctx)
        if found is None and _quoted_pronoun(tok, ctx):
            return None  # '"They ran away in the night," a fighter said': someone the speaker means
        return _recent_mover(tok, found, ctx)
    if _carried_group(s, tok):
        # "230 people were intercepted ... the group was taken by bus to X": the counted people,
        # else the moved people told last ("120 migrants ... The group was taken to X")
        people = _counted_people_before(tok.start, ctx) or ctx.people_before(tok.start)
        if people is not None:
            return ctx.named(people)
    if _ship_group(s, tok):
        return _ship_group_owner(s, tok, ctx)  # "The carrier group left X": the ships' nation, not the army
    whole = _partitive_whole(s, tok)
    if whole is not None:
        found_whole = _actor_of(s, whole, ctx)
        if found_whole is not None:
            return found_whole  # "some of these units reached X": the units' side
    if tok.lower in PARTITIVE_PRONOUNS and tok.dep in SUBJECTS | {"advmod"} and not any(s.children(tok)):
        return _part_of_group(tok, ctx)  # an adverb only as ``_partitive_read_as_adverb`` chose it
    if tok.lower in PARTITIVE_PRONOUNS and _raised_subject(s, tok) and not any(s.children(tok)):
        return _part_of_group(tok, ctx)  # "Others are thought to have headed south"
    if tok.lower in PARTITIVE_PRONOUNS and _carried_part(s, tok):
        return _part_of_group(tok, ctx)  # "Others were brought out by volunteers"
    if tok.lower in PARTITIVE_PRONOUNS and _sent_part(s, tok):
        return _split_group(tok, ctx)  # "X units were moved to Y. Others were sent south": X's
    if tok.lemma in PARTITIVE_NOUNS and tok.dep in SUBJECTS and all(c.dep == "det" for c in s.children(tok)):
        return _part_of_group(tok, ctx)  # "The majority moved to X"
    if tok.dep in SUBJECTS | {"npadvmod"} and _lone_fraction(s, tok):
        return _part_of_group(tok, ctx)  # "Roughly half went to X", "a third stayed behind"
    if tok.dep in SUBJECTS and s.actor_at[tok.i] is None and _counted_group_part(s, tok):
        return _part_of_group(tok, ctx)  # "A group of about 40 reached X": some of those told before
    if (tok.dep in SUBJECTS or _raised_subject(s, tok)) and s.actor_at[tok.i] is None and _split_part(s, tok):
        split = _split_group(tok, ctx) or _part_of_group(tok, ctx)  # "one pushed north; the other ..."
        if tok.lemma not in ARMED_PARTS:
            return split
        if split is not None and _armed_mover(split):
            return split  # "other units", "one column": a part of an armed side, else read on
    if s.actor_at[tok.i] is None and _sent_split_part(s, tok):
        # "Another unit was sent toward X": only a side just told moving, or the side of the
        # speaker who reports it ("an LNA spokesman said other units had been moved to X")
        return _split_group(tok, ctx) or _reported_side(s, tok, ctx)
    bare = _bare_force_goes_on(s, tok, ctx) or _count_of_movers(s, tok, ctx)
    if bare is not None:
        return bare  # "GNA forces advanced on X. Units entered the town": the GNA's
    rival = _rival_side(s, tok, ctx)
    if rival is not None:
        return rival  # "X took the hospital. The enemy fled": the side X fought
    known = _known_as(s, tok, ctx)  # read first: it remembers "the brigades, known as X" for later
    headed = _unit_by_head_word(s, tok, ctx)
    if headed is not None:
        return headed  # "Council fighters were deployed": the council's, not the fighters told last
    spoken = _speakers_body(s, tok, ctx)
    if spoken is not None:
        return spoken  # "A Radaa official said the group had pulled back": Radaa, not a body told before
    apposed = _apposed_body_owner(s, tok, ctx)
    if apposed is not None:
        return apposed  # "fighters of X, the coalition led by P, crossed": X's, not P
    hit = (
        s.actor_at[tok.i]
        or _sending_town_named(s, tok)
        or _person_beside(s, tok)
        or _named_in_apposition(s, tok)
    )
    hit = _inner_master(s, tok, hit) or hit or _actor_inside(s, tok, ctx) or _band_members(s, tok)
    hit = _commanded(s, tok, hit, ctx)
    hit = _described_owner(s, tok, hit, ctx)
    hit = _named_owner(s, tok, hit) or hit
    told = _speakers_men(s, tok, hit, ctx)
    if told is not None:
        return told[0]  # "a Tebu commander said his men pulled back": the speaker's side, not a person
    hit = _commanders_men(s, tok, hit, ctx)
    if hit is None or _is_weak(hit):
        hit = known or hit
    if hit is None or hit.actor_kind is ActorKind.COLLECTIVE:
        hit = (
            _side_of_vehicles(s, tok, ctx)
            or _owner_from(s, tok)
            or _named_apposition(s, tok)
            or _person_beside(s, tok)
            or _reported_side(s, tok, ctx)
            or hit
        )
    if hit is None or hit.entry is None:
        hit = _demonstrated(s, tok, ctx) or hit
    if hit is not None:
        found = ctx.named(hit)
        if tok.lemma not in FORCE_HEADS and tok.lemma not in SIDE_WORDS:  # "the GNA army": its forces
            part = _partitive_force(s, tok)
            if part is not None:
                _stands_for(s.actor_at[part.i], found, ctx)
            return found
        return _government_forces(s, tok, _stands_for(s.actor_at[tok.i], found, ctx))
    short = _short_form(s, tok, ctx)
    if short is not None:
        return ctx.named(short)
    if tok.dep == "appos" and s.actor_at[tok.head] is not None:
        return ctx.named(s.actor_at[tok.head])  # "Libya Dawn, a coalition that took Tripoli"
    determiner = s.child(tok, frozenset({"det"}))
    if tok.lower in DESCRIPTIONS and determiner is not None and determiner.lower in ("the", "this", "that"):
        if _supply_train(s, tok):
            return None  # "The first convoy, twenty trucks loaded with flour, set off": no side's
        if _force_phrase(s, tok) is None:
            return ctx.coref.resolve(tok.start, tok.lower)
    side = _part_of_side(s, tok, ctx)
    if side is not None:
        return ctx.named(side)
    owner = _owning_army(s, tok, ctx)
    if owner is not None:
        return ctx.named(owner)
    force = _unnamed_force(s, tok)
    return _unit_by_stem(force, ctx) or force or _unnamed_convoy(s, tok, ctx)


ARMY_OWNER_WORDS = frozenset({"army", "military"})
"""Words before a force noun that name the army it belongs to ("Army special forces", "army
units"): with that army told before, the force is the army's (its mention), not a new actor."""


def _owning_army(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "Army special forces seized the port" after "the army said ...": the army told before,
    where the parser left the army's word out of the force's phrase (one that holds it, "Army
    forces", is named by its words and joined to the army later)."""
    if tok.pos != "NOUN" or tok.lemma not in UNNAMED_FORCES:
        return None
    phrase = {t.i for t in (_force_phrase(s, tok) if tok.tag == "NNS" else None) or ()}
    for mod in s.sent.children(tok, "compound", "nmod"):  # "an army unit": the army, if told
        if (
            mod.i < tok.i
            and mod.lower in ARMY_OWNER_WORDS
            and s.actor_at[mod.i] is None
            and mod.i not in phrase
        ):
            return ctx.coref.resolve(mod.start, mod.lower)
    return None


TRAIN_NOUNS = frozenset({"convoy", "column"})
"""Nouns of a line of vehicles that may be a side's force or a train of goods."""
CARRIER_NOUNS = VEHICLE_NOUNS | TRAIN_NOUNS | {"motorcade", "escort"}
"""Nouns of what carries or escorts a mover, whose "from" place (or that of a clause on them:
"a plane that had taken off from X") is where the move set out."""
ESCORT_NOUNS = CARRIER_NOUNS | {"cover", "fire", "guard"}
"""Nouns of what a journey is made in or under: an escort or vehicles, and the cover or fire it
goes under ("withdrew under cover of darkness to Y", "taken under guard to Y")."""
GOODS_NOUNS = frozenset(
    """flour fuel food aid medicine medicines supplies goods wheat water bread produce
    groceries""".split()
)
"""What a civilian train of vehicles carries: a convoy described by these ("trucks loaded with
flour and fuel", "carrying food") is a supply train, not the side last told moving."""


def _supply_train(s: _Sentence, tok: Token) -> bool:
    """ "The first convoy, some twenty trucks loaded with flour and fuel, set off": a convoy or
    column whose own phrase (apposition, participle, "of" phrase) names goods it carries."""
    if tok.lemma not in TRAIN_NOUNS:
        return False
    lo, hi = s.sent.subtree(tok)
    return any(t.lemma in GOODS_NOUNS for t in s.tokens if lo <= t.start < hi and t.i != tok.i)


def _band_members(s: _Sentence, tok: Token) -> Hit | None:
    """ "bands of armed young men pushed into X": a band noun (BAND_NOUNS) moves as the people
    its "of" phrase names, also where the parser hung that phrase on another noun."""
    if tok.lemma not in BAND_NOUNS or tok.i + 2 >= len(s.tokens) or s.tokens[tok.i + 1].lower != "of":
        return None
    prep = s.tokens[tok.i + 1]
    return next(
        (s.actor_at[o.i] for o in s.children(prep, PREP_OBJECTS) if s.actor_at[o.i] is not None), None
    )


BARE_FORCE_LEMMAS = frozenset({"unit", "troop", "soldier", "force"})
"""Force nouns that, bare and plural ("Units entered the town"), go on with the force just told
moving."""
BARE_FORCE_REACH = 300
"""Characters (at most) from the force's last move to the bare noun that goes on with it."""


BARE_SENT_LEMMAS = BARE_FORCE_LEMMAS | SUPPORT_NOUNS
"""Force nouns that, bare and plural as the passive subject of a verb of carrying forces
("Reinforcements were sent from X to Y", "Troops were flown to Z"), go on with the force just
told moving, as the active "Units entered the town" does."""


def _bare_sent_force(s: _Sentence, tok: Token) -> bool:
    """ "Reinforcements were sent from X to Y": a force noun of :data:`BARE_SENT_LEMMAS` that is
    the passive subject of a verb of :data:`SENT_SPLIT_LEMMAS` (no agent of its own)."""
    if tok.lemma not in BARE_SENT_LEMMAS or not _carried_passive_subject(s, tok):
        return False
    return s.child(s.head(tok), AGENTS) is None


BARE_FORCE_CLAUSES = frozenset({"relcl"})
"""The only words a bare force noun may carry and still be the side just told moving: a relative
clause ("the operation was carried out by forces that moved from X and Y"), which tells no owner."""


def _bare_force_goes_on(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "GNA forces advanced on Tarhuna on Monday. Units entered the town on Tuesday": a bare
    plural force noun (no determiner, modifier or name) as the subject, with the latest move told
    just before made by a named armed group that is also the latest such group named, is that
    group; else None (a force of its own, or none)."""
    relative = tok.lemma in BARE_FORCE_LEMMAS and any(s.children(tok, BARE_FORCE_CLAUSES))
    if (
        not ((tok.dep in SUBJECTS and tok.lemma in BARE_FORCE_LEMMAS) or _bare_sent_force(s, tok) or relative)
        or tok.tag != "NNS"
        or s.actor_at[tok.i] is not None
        or any(c.dep not in BARE_FORCE_CLAUSES for c in s.children(tok))
        or not ctx.drafts
    ):
        return None
    last = ctx.drafts[-1]
    actor = last.actor
    if actor is None or actor.actor_kind is not ActorKind.ARMED_GROUP or last.trigger.end > tok.start:
        return None
    if tok.start - last.trigger.end > BARE_FORCE_REACH:
        return None
    latest, named = (
        ctx.named(ctx.coref.resolve(tok.start, "forces", limit=BARE_FORCE_REACH)),
        ctx.named(actor),
    )
    if latest is None or named is None or latest.key != named.key:
        return None  # another force named since: the bare noun may be its, or a new one
    return named


COUNT_LINKS = frozenset({"quantmod", "advmod", "amod", "nummod", "compound", "punct", "det"})
"""What a bare number standing for people may carry: "more than 5,000", "about 200", "some 300"."""


def _count_of_movers(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "Egyptian workers fled X on Monday. By Wednesday more than 5,000 had crossed into Y": a
    bare number as the subject (no noun counted: "5,000 troops" has its own) is part of the group
    (an armed group or people) whose move was told just before; else None."""
    if tok.pos != "NUM" or any(c.dep not in COUNT_LINKS for c in s.children(tok)):
        return None
    if tok.dep not in SUBJECTS and not _carried_count(s, tok):
        return None
    if not _names_a_place(s, s.head(tok)):
        return None  # "dozens were killed and 18 captured": people counted, not a move told
    last = ctx.drafts[-1] if ctx.drafts else None
    if last is None or last.actor is None or last.actor.actor_kind not in _GROUP_KINDS:
        return None
    if last.trigger.end > tok.start or tok.start - last.trigger.end > PART_REACH:
        return None
    return ctx.named(last.actor)


def _carried_count(s: _Sentence, tok: Token) -> bool:
    """ "Wagner fighters reached X in May. In June about 300 were flown back to Y": a bare number
    that is the passive subject of a verb of carrying people or forces (:data:`CARRYING_VERBS`,
    :data:`DRIVEN_VERBS`, :data:`SENT_SPLIT_LEMMAS`), as an active one is, counts the group that
    moved just before."""
    if tok.dep not in PASSIVE_SUBJECTS:
        return False
    verb = s.head(tok)
    return verb.lemma in CARRIED_COUNT_LEMMAS and _is_passive(s, verb)


def _names_a_place(s: _Sentence, verb: Token) -> bool:
    """Whether a named place hangs on the verb after it, within three links ("crossed into X",
    "reached X", "pulled back to X")."""
    level = [c for c in s.children(verb) if c.i > verb.i]
    for _ in range(PLACE_LINKS):
        if any(s.place_at[c.i] is not None for c in level):
            return True
        level = [g for c in level for g in s.children(c)]
    return False


PLACE_LINKS = 3
"""How many links below its verb a place told with a count may lie."""


def _unit_by_stem(force: Hit | None, ctx: _Context) -> Hit | None:
    """ "the al-Samoud Brigade ... Al-Samoud units attacked": a force named by a unit's name less
    its head word is that unit's men (the nearest such unit named before it)."""
    if force is None:
        return None
    stem = normalize_alias(force.name).rpartition(" ")[0]
    if not stem:
        return None
    # a unit whose name less its head word is the stem ("al-samoud" of "al-Samoud Brigade"), or,
    # for a head word ("council units"), one whose name holds it ("the Shura Council of Derna")
    units = ctx.units_by_stem(stem)
    k = bisect.bisect_left(units, bisect.bisect_left(ctx.starts, force.start))
    return ctx.named(ctx.hits[units[k - 1]]) if k else None


def _unit_by_head_word(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "The Shura Council of Derna ... Council fighters were deployed": a force noun whose only
    modifier is a unit's head word ("council", "brigade") is that unit's men, though the mention
    finder read the bare force noun as a description of the group told last."""
    if tok.pos != "NOUN" or tok.lemma not in UNNAMED_FORCES or tok.tag != "NNS":
        return None
    mods = list(s.children(tok, FORCE_MODIFIERS))
    if len(mods) != 1 or mods[0].lower not in UNIT_NAME_HEADS or mods[0].i != tok.i - 1:
        return None
    head = mods[0]
    if s.actor_at[head.i] is not None or s.place_at[head.i] is not None:
        return None
    words = f"{head.text} {tok.text}"
    force = Hit(head.start, tok.end, "group:" + words.lower(), words, "group", ActorKind.ARMED_GROUP)
    return _unit_by_stem(force, ctx)


UNIT_NAME_HEADS = frozenset({"brigade", "battalion", "regiment", "militia", "council", "shield"})
"""Head words of a unit's name that a phrase for its men drops ("the X Brigade ... X units")."""


PART_WORDS = frozenset({"several", "other", "some", "more", "additional", "fresh", "further", "many"})
"""Words that make a bare force noun a part of a side told elsewhere ("several units")."""
PART_DEPS = frozenset({"amod", "det"})


COLUMN_HEADS = frozenset({"column"})
"""Nouns for a moving body of a force, which stand for the side told moving ("the column")."""
COLUMN_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _part_of_side(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "Several units pulled back to X", "other rebel units reached Y", "the column reached
    Z": a bare force noun that moves, counted or set apart by a vague word (or a column told
    again), is a part of a side: the one its modifier names, else the armed side whose move
    the story told last (within reach)."""
    if tok.pos != "NOUN" or tok.dep not in ALL_SUBJECTS:
        return None
    vague = any(c.lower in PART_WORDS for c in s.children(tok, PART_DEPS))
    if not (
        _told_column(s, tok)
        or _vanguard(s, tok)
        or (vague and tok.lemma in UNNAMED_FORCES and tok.tag == "NNS")
    ):
        return None
    modifiers = list(s.children(tok, FORCE_MODIFIERS))
    for m in modifiers:
        own = s.actor_at[m.i]
        if own is not None and own.actor_kind in OWNER_KINDS:
            return own
    if _nationality_named(modifiers):
        return None  # "some Sudanese units": a force of its own (``_force_phrase``)
    floor = max(tok.start - MOVER_REACH, ctx.entry_start(tok.start))
    last = ctx.drafts[-1] if ctx.drafts else None
    if (
        last is None
        or last.actor is None
        or not (floor <= last.sentence.end and last.trigger.start < tok.start)
    ):
        return None  # the last move told, in a sentence that ends within reach
    return last.actor if _armed_mover(last.actor) else None


VANGUARD_NOUNS = frozenset({"vanguard", "spearhead"})
"""Nouns that by themselves name the leading part of a force ("a vanguard reached X")."""
VANGUARD_MARKS = frozenset({"advance", "advanced", "forward", "lead", "leading"})
VANGUARD_HEADS = frozenset({"force", "guard", "party", "unit", "element", "detachment", "team"})
"""A head noun that, marked as leading (``VANGUARD_MARKS``: "an advance force", "a forward
unit", "the lead element"), names the front of a force: like "several units", a part of the
side whose move the story told last, not a force of its own."""


def _vanguard(s: _Sentence, tok: Token) -> bool:
    """ "an advance force reached X", "a vanguard entered Y": the leading part of a force."""
    if tok.lemma in VANGUARD_NOUNS:
        return True
    return tok.lemma in VANGUARD_HEADS and any(
        c.lower in VANGUARD_MARKS for c in s.children(tok, FORCE_MODIFIERS)
    )


def _armed_mover(actor: Hit) -> bool:
    """An armed group, or armed people the story names later ("several hundred fighters")."""
    if actor.actor_kind is ActorKind.ARMED_GROUP:
        return True
    words = actor.name.lower().split()
    return actor.actor_kind is ActorKind.COLLECTIVE and bool(words) and words[-1] in FORCE_SUFFIXES


def _told_column(s: _Sentence, tok: Token) -> bool:
    """ "the column", "the columns from the mountains": a column of a force told before."""
    if tok.lemma not in COLUMN_HEADS or s.child(tok, frozenset({"poss"})) is not None:
        return False
    det = s.child(tok, frozenset({"det"}))
    told = det is not None and det.lower in COLUMN_DETERMINERS
    return told or any(p.lower == "from" for p in s.children(tok, PREPOSITIONS))


OWN_MEN = frozenset({"man", "fighter", "troop", "force", "soldier", "unit"})
"""Plural nouns a speaker calls his own people by ("his men", "her troops")."""
OWN_UNIT = frozenset({"unit", "brigade", "battalion", "column", "company"})
"""Singular nouns a speaker calls his own force by ("a rebel fighter said his unit had pulled back")."""
GROUP_REACH_CHARS = 2000


def _speakers_men(s: _Sentence, tok: Token, hit: Hit | None, ctx: _Context) -> tuple[Hit | None] | None:
    """ "A Tebu commander said his men had pulled back": "his" is the unnamed speaker, whose
    men are the group his title names (a group of that name in the story), not a person named
    earlier. ``None`` where the rule does not apply; else the side (or no actor)."""
    if not ((tok.lemma in OWN_MEN and tok.tag == "NNS") or (tok.lemma in OWN_UNIT and tok.tag == "NN")):
        return None
    owner = next(
        (c.lower for c in s.children(tok, frozenset({"poss"})) if c.lower in ("his", "her", "their")), None
    )
    if owner is None or (owner != "their" and _person_before(s, tok, ctx)):
        return None  # "X said Haftar had sent his men": the person named in the sentence
    clause = next((a for a in s.sent.ancestors(tok) if a.pos in _CLAUSE_POS), None)
    if clause is None or clause.dep != "ccomp" or s.head(clause).lemma not in SAYING_VERBS:
        return None
    speaker = s.child(s.head(clause), SUBJECTS)
    told = s.actor_at[speaker.i] if speaker is not None else None
    if speaker is None or told is None or told.actor_kind is not ActorKind.COLLECTIVE:
        return None
    if speaker.tag != ("NNS" if owner == "their" else "NN"):
        return None
    if owner == "their":  # "the Shield's commanders said their men ...": the group they command
        side = _possessor_group(s, speaker, ctx)
        return (side,) if side is not None else None
    return (_group_called(s, speaker, ctx) or _group_of_member(s, speaker, ctx),)


COMMANDER_SIDE_REACH = 1500
"""How far back (in characters, within the paragraph) a side told moving lends itself to a
commander's "his men"."""


def _commanders_men(s: _Sentence, tok: Token, hit: Hit | None, ctx: _Context) -> Hit | None:
    """ "Commander Abu Bakr said his men had advanced", "his unit had been sent to X": the men
    (OWN_MEN, plural) or the unit (OWN_UNIT, singular) of a person the
    knowledge base does not know do not move as the person himself. They are the armed group
    last told moving earlier in the same paragraph (his side); where no side at all is named
    within COMMANDER_SIDE_REACH, his own forces, an armed group "<surname>'s forces" (also
    where sides are named but none moved: which is his is unknown, and his unit, not he, moves). His
    affiliation, where the text tells it ("a commander of the 166th Brigade", "the Tebu
    commander"), is read before this (``_commanded``, ``_titled_side``,
    ``_led_side``: "the Y, led by P") and leaves no person
    here. Any other ``hit`` is returned as it is."""
    if hit is None or hit.actor_kind is not ActorKind.PERSON or hit.entry is not None:
        return hit
    own = s.actor_at[tok.i]
    own_men = (tok.lemma in OWN_MEN and tok.tag == "NNS") or (tok.lemma in OWN_UNIT and tok.tag == "NN")
    if not own_men or (own is not None and not _is_weak(own)):
        return hit  # "his Rada fighters": the group the phrase names
    if not any(c.lower in ("his", "her") for c in s.children(tok, frozenset({"poss"}))):
        return hit
    side = _side_told_moving(tok, ctx)
    if side is not None:
        return side
    start, end = _phrase_span(s, tok)  # sides told but none moved just before: his own, not him
    name = f"{hit.name.split()[-1]}'s forces"
    return Hit(start, end, "forces-of:" + hit.key, name, "group", ActorKind.ARMED_GROUP)


def _side_told_moving(tok: Token, ctx: _Context) -> Hit | None:
    """The armed group of the latest move told before ``tok`` in its paragraph (no blank line
    between) and within COMMANDER_SIDE_REACH characters; None where there is none."""
    for draft in reversed(ctx.drafts):
        if draft.trigger.end > tok.start:
            continue
        if tok.start - draft.trigger.end > COMMANDER_SIDE_REACH:
            return None
        if "\n\n" in ctx.text[draft.trigger.end : tok.start]:
            return None
        actor = draft.actor
        if actor is not None and actor.actor_kind is ActorKind.ARMED_GROUP:
            return ctx.named(actor)
    return None


def _person_before(s: _Sentence, tok: Token, ctx: _Context) -> bool:
    """Whether the sentence names a person (not its speaker's description) before ``tok``."""
    return any(h.actor_kind is ActorKind.PERSON for h in ctx.hits_in(s.tokens[0].start, tok.start))


def _possessor_group(s: _Sentence, noun: Token, ctx: _Context) -> Hit | None:
    """The armed group that owns a noun ("the Shield's commanders"): named or the short form
    of one named before."""
    for owner in s.children(noun, frozenset({"poss"})):
        hit = s.actor_at[owner.i] or _short_form(s, owner, ctx)
        if hit is not None and hit.actor_kind is ActorKind.ARMED_GROUP:
            return ctx.named(hit)
        if owner.pos == "PROPN" and hit is None:
            for h in reversed(ctx.hits_in(max(0, noun.start - GROUP_REACH_CHARS), owner.start)):
                if h.actor_kind is ActorKind.ARMED_GROUP and owner.lower in h.name.lower().split():
                    return ctx.named(h)  # "the Shield's commanders" after "the Libya Shield force"
    return None


MEMBER_PREPS = frozenset({"of", "from", "in", "with"})
"""Prepositions by which a member noun names the armed group he belongs to ("a commander of the
Y", "a fighter from the Y", "an officer in the Y", "a commander with the Y")."""


def _group_of_member(s: _Sentence, noun: Token, ctx: _Context) -> Hit | None:
    """The named armed group (not a weak description) a member noun's own prepositional phrase
    names (:data:`MEMBER_PREPS`): "a commander of the Nawasi Brigade said his men ...": the
    brigade; also the group named before a unit noun there ("the commander of the Petroleum
    Facilities Guard unit at the field said his men ...": the guard)."""
    for prep in s.children(noun, PREPOSITIONS):
        if prep.lower not in MEMBER_PREPS:
            continue
        for obj in s.children(prep, PREP_OBJECTS):
            hit = s.actor_at[obj.i]
            if hit is None and obj.lemma in OWN_UNIT | FORCE_PART_NOUNS:
                hit = next((s.actor_at[c.i] for c in s.children(obj, COMPOUND_DEPS) if s.actor_at[c.i]), None)
            if hit is not None and hit.actor_kind is ActorKind.ARMED_GROUP and not _is_weak(hit):
                return ctx.named(hit)
    return None


def _group_called(s: _Sentence, noun: Token, ctx: _Context) -> Hit | None:
    """The armed group a noun's modifier names ("Tebu" in "a Tebu commander"): one the story
    named before with that word, else one the knowledge base knows by it."""
    for m in s.children(noun, FORCE_MODIFIERS):
        own = s.actor_at[m.i]
        if own is not None and own.actor_kind is ActorKind.ARMED_GROUP:
            return ctx.named(own)
        for h in reversed(ctx.hits_in(max(0, noun.start - GROUP_REACH_CHARS), m.start)):
            words = h.name.lower().split()
            if h.actor_kind is ActorKind.ARMED_GROUP and m.lower in words:
                return ctx.named(h)
            if h.actor_kind is ActorKind.ARMED_GROUP and m.lower + "s" in words:  # "a rebel fighter"
                named = ctx.named(h) or h  # "the rebels" told before: the side, at the modifier
                return Hit(
                    m.start, m.end, named.key, named.name, named.source, named.actor_kind, entry=named.entry
                )
        found = _group_named_by(m)
        if found is not None:
            return found
    return None


def _own_side(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """In an interview's answer, "we" and "our units" are the interviewee's forces, "I" the
    interviewee (:class:`~libya_events.extraction._interview.Transcript`); in a communique's
    own voice, "our forces" are its issuer's."""
    if not ctx.transcript.answers:
        return _quoted_side(s, tok, ctx) or _issuer_side(s, tok, ctx)
    if tok.pos == "PRON" and tok.lower == "i":
        return ctx.transcript.person(tok.start)
    if tok.pos == "PRON" and tok.lower in FIRST_PERSON_PLURAL:
        return ctx.transcript.side(tok.start, tok.end)
    owner = s.child(tok, frozenset({"poss"}))
    if tok.pos == "NOUN" and owner is not None and owner.lower in FIRST_PERSON_OWNERS:
        return ctx.transcript.side(owner.start, tok.end)
    if tok.pos == "NOUN" and owner is not None and owner.lower in THIRD_PERSON_OWNERS:
        return ctx.transcript.side(owner.start, tok.end) if ctx.transcript.introduced(tok.start) else None
    return None


OWN_FORCE_LEMMAS = frozenset({"force", "unit", "troop", "fighter", "man", "hero", "soldier"})
"""Heads that, after "our" outside quotation marks, are the forces of the text's own voice."""
OWN_STAFF_LEMMAS = frozenset({"team", "staff", "colleague", "medic", "worker", "clinic"})
"""Heads that, after "our" inside a quotation an organisation's attribution gives, are that
organisation's own people ('"Our teams reached X," the agency said') or the mobile clinic they
work from ("our mobile clinic returned to X"): the organisation moves."""
ISSUER_REACH_CHARS = 800
"""A communique names the side it speaks for near its start ("The Media Office of X ...")."""


@functools.lru_cache(maxsize=4)
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans inside quotation marks, paragraph by paragraph (an unclosed one ends with it)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and opened is not None and text.startswith("\n", i + 1):
            spans.append((opened, i))
            opened = None
        elif ch in QUOTE_MARKS:
            if opened is None and ch != "\u201d":
                opened = i
            elif opened is not None and ch != "\u201c":
                spans.append((opened, i))
                opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return tuple(spans)


SAYING_WORDS = frozenset({"said", "says", "say", "told", "tells", "added", "adds"})
"""Words of an attribution that gives a quotation its speaker ('"...," LNA spokesman X said')."""
ATTRIBUTION_CHARS = 160
"""How far after a quotation's close (or before its opening colon) its attribution may run."""
ATTRIBUTION_ENDS = (".", "\n", " and ", " that ", ";")
"""Where the attribution after a quotation ends: '"...," he said, and he added that the air force
...' names no speaker past the first clause."""


def _quoted_side(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """'"We entered the city and took the port," LNA spokesman X said', '"Our forces are
    advancing," said a spokesman for the Y brigade': "we" and "our forces" (:data:`OWN_FORCE_LEMMAS`)
    inside a quotation are the forces of the armed group whose spokesman or member the attribution
    names (:func:`_attributed_group`); "our teams" (:data:`OWN_STAFF_LEMMAS`) are likewise the
    organisation the attribution names. A speaker with no armed group of his own names no side, and
    a quotation that names no place by its name is left alone: a spokesman's "our forces arrived
    safely at the field" most often retells a move the story has told."""
    kind = ActorKind.ARMED_GROUP
    if tok.pos == "PRON":
        if tok.lower not in FIRST_PERSON_PLURAL:
            return None
    else:
        owner = s.child(tok, frozenset({"poss"}))
        if tok.pos != "NOUN" or owner is None or owner.lower != "our":
            return None
        if tok.lemma in OWN_STAFF_LEMMAS:
            kind = ActorKind.ORGANIZATION  # '"Our teams reached X," MSF said': the agency's own staff
        elif tok.lemma not in OWN_FORCE_LEMMAS:
            return None
    spans = _quoted_spans(ctx.text)
    k = bisect.bisect_right(spans, (tok.start, len(ctx.text)))
    if not k or not spans[k - 1][0] < tok.start < spans[k - 1][1]:
        return None
    named = (h for h in ctx.hits_in(*spans[k - 1]) if h.place is not None and h.start >= spans[k - 1][0])
    if not any(ctx.text[h.start].isupper() for h in named):
        return None  # '"Our forces arrived at the field," X said': words that name no place retell a move
    group = _attributed_group(spans[k - 1], ctx, kind)
    if group is None:
        return None
    return Hit(tok.start, tok.end, group.key, group.name, "group", group.actor_kind, entry=group.entry)


def _attributed_group(
    quote: tuple[int, int], ctx: _Context, kind: ActorKind = ActorKind.ARMED_GROUP
) -> Hit | None:
    """The armed group (or body of ``kind``) a quotation's attribution names: right after its
    close, up to the sentence's end ('"...," said X'), or before its opening colon on the same
    line ('X said: "..."'); the group itself, or the group a named person is affiliated with."""
    lo, hi = quote
    text = ctx.text
    after_end = min(len(text), hi + ATTRIBUTION_CHARS)
    for mark in ATTRIBUTION_ENDS:
        found = text.find(mark, hi + 1, after_end)
        after_end = found if found != -1 else after_end
    opening = max(text.rfind("\n", 0, lo) + 1, text.rfind(". ", 0, lo) + 2, lo - ATTRIBUTION_CHARS)
    before = (opening, lo) if text[:lo].rstrip().endswith(":") else None  # that sentence's own words
    for begin, end in ((hi, after_end), *((before,) if before is not None else ())):
        words = set(re.findall(r"[a-z]+", text[begin:end].lower()))
        if not words & SAYING_WORDS:
            continue
        for h in ctx.hits_in(begin, end):
            if h.start < begin or not h.is_actor:
                continue
            if h.actor_kind is kind:
                return ctx.named(h)
            if h.actor_kind is ActorKind.PERSON and kind is ActorKind.ARMED_GROUP:
                commanded = _commanded_group(h, ctx, end)
                if commanded is not None:
                    return commanded  # "said X, commander of the Y brigade": his "we" is the brigade
            if h.actor_kind is ActorKind.PERSON and h.affiliation:
                told = ctx.armed_groups.get(h.affiliation) if kind is ActorKind.ARMED_GROUP else None
                if told is not None:
                    return ctx.named(told)
                entry = ActorKB.default().lookup(h.affiliation)  # "LNA spokesman X": the army, named once
                if entry is not None and entry.kind is ActorKind.GOVERNMENT and kind is ActorKind.ARMED_GROUP:
                    return _military_speaker_forces(h, entry, ctx)
                if entry is None or entry.kind is not kind:
                    return None
                return Hit.of_entry(h.start, h.end, entry, source="group")
            if h.actor_kind is ActorKind.COLLECTIVE and kind is ActorKind.ARMED_GROUP:
                return _speaker_group(h, ctx)  # "an LNA spokesman": the group his title names
            return None  # the speaker is someone with no group of his own
    return None


COMMANDING_TITLES = frozenset({"commander", "head", "chief", "leader", "spokesman", "spokesperson"})
"""Title words of an apposition that make the armed group after it the speaker's own ("said X,
commander of the Y brigade", "X, a spokesman for the Z forces"): his "we" is that group."""
_COMMANDING_LINK = re.compile(
    r",[ \t]*+(?:(?:the|a|an)[ \t]++)?+(?:[A-Za-z]++[ \t]++){0,2}?(?:"
    + "|".join(sorted(COMMANDING_TITLES))
    + r")[ \t]++(?:of|for|in)[ \t]++(?:the[ \t]++)?+$"
)
"""What stands between a speaker's name and the group his title names (", commander of the ")."""
MILITARY_TITLE_WORDS = frozenset(
    {"commander", "military", "general", "colonel", "brigadier", "major", "officer", "army", "field"}
)
"""Words of a speaker's title that make him speak for a government's forces, not the government
(the knowledge base's "military spokesman" of the GNA, a "commander of the western military
region"): his "we" and "our forces" are those forces (SCHEMA: a government's forces are an armed
group of their own)."""


def _commanded_group(person: Hit, ctx: _Context, end: int) -> Hit | None:
    """The armed group an apposition to the speaker's name calls his own (", commander of the Y
    brigade"), named within the attribution (which ends at ``end``)."""
    for h in ctx.hits_in(person.end, end):
        if h.start < person.end or not h.is_actor or h.key == person.key:
            continue
        if h.actor_kind is ActorKind.COLLECTIVE and h.name.lower().rsplit(None, 1)[-1] in COMMANDING_TITLES:
            continue  # the title itself, read as a mention ("commander")
        if h.actor_kind is ActorKind.ARMED_GROUP and _COMMANDING_LINK.search(ctx.text, person.end, h.start):
            return ctx.named(h)
        return None  # only the first actor after the name
    return None


def _military_speaker_forces(person: Hit, government: ActorEntry, ctx: _Context) -> Hit | None:
    """A government's forces as a speaker with a military title says "we" for them: the armed
    group the story names as that government's, else the knowledge base's forces of it. A
    civilian official of a government names no side."""
    title = (person.title or "").lower().split()
    if not MILITARY_TITLE_WORDS.intersection(title):
        return None
    told = next((g for g in ctx.armed_groups.values() if g.affiliation == government.name), None)
    if told is not None:
        return ctx.named(told)
    entry = ActorKB.default().lookup(f"{government.name} forces")
    if entry is None or entry.kind is not ActorKind.ARMED_GROUP:
        return None
    return Hit.of_entry(person.start, person.end, entry, source="group")


SPEAKER_GROUP_WORD = re.compile(r"\b[A-Z][A-Za-z]*\b")
"""A capitalised word inside an unnamed speaker's mention ("LNA" in "an LNA spokesman")."""


def _speaker_group(h: Hit, ctx: _Context) -> Hit | None:
    """The armed group an unnamed speaker's mention names by a word the knowledge base knows
    ("an LNA spokesman", "a Rada commander"): the speaker speaks for it, so his "we" is that
    group, as the story first named it. None where no word of the mention names an armed group
    ("a military source", "a GNA official": a government is no side in the field)."""
    for word in SPEAKER_GROUP_WORD.findall(ctx.text[h.start : h.end]):
        entry = ActorKB.default().lookup(word)
        if entry is None or entry.kind is not ActorKind.ARMED_GROUP:
            continue
        told = ctx.armed_groups.get(entry.name)
        return ctx.named(told) if told is not None else Hit.of_entry(h.start, h.end, entry, source="group")
    return None


def _conjoined_own_side(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "our forces advanced ..., and they took X": "they" as the subject of a verb conjoined to
    one whose subject is the voice's own forces."""
    verb = s.head(tok)
    if tok.dep not in SUBJECTS or verb.dep != "conj":
        return None
    first = s.child(s.head(verb), SUBJECTS)
    return _own_side(s, first, ctx) if first is not None and first.pos == "NOUN" else None


TIME_CLAUSE_MARKERS = frozenset({"before", "after", "until", "till", "once", "when"})
"""Words opening a time clause whose "they" is the side of the clause it hangs on ("advanced on X
before they were turned back", "held the town until they ran out of ammunition")."""
TIME_CLAUSE_PRONOUNS = frozenset({"they"})
"""Pronouns ``_time_clause_subject`` reads: a side told as a plural."""


def _time_clause_subject(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "Forces loyal to X, the former commander of the western zone, advanced on Y and reached Z
    before they were turned back": "they" as the subject of a time clause is the subject of the
    verb the clause hangs on (through "and" to the first verb where that one has none), not the
    group told last inside an apposition. None where that subject names no actor or is itself a
    pronoun (left to the usual antecedent search)."""
    verb = s.head(tok)
    if tok.lower not in TIME_CLAUSE_PRONOUNS or tok.dep not in SUBJECTS | PASSIVE_SUBJECTS:
        return None
    if verb.dep != "advcl" or not any(
        c.lower in TIME_CLAUSE_MARKERS for c in s.children(verb, frozenset({"mark"}))
    ):
        return None
    main = s.head(verb)
    first = s.child(main, SUBJECTS)
    while first is None and main.dep in CONJUNCTS and s.head(main) is not main:
        main = s.head(main)
        first = s.child(main, SUBJECTS)
    if first is None or first.pos == "PRON":
        return None
    return _actor_of(s, first, ctx)


def _issuer_side(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "our forces advanced", "our units were moved", outside quotation marks in a story that
    is not an interview: the text speaks for a side (a translated communique), the armed group
    it names first; "our team" there is the organisation issuing the statement
    (:func:`_issuing_organisation`)."""
    if tok.pos == "PRON" and tok.lower == "i":
        return _first_person_voice(tok, ctx)
    owner = s.child(tok, frozenset({"poss"}))
    if tok.pos != "NOUN" or owner is None or owner.lower != "our":
        return None
    if tok.lemma not in OWN_FORCE_LEMMAS and tok.lemma not in OWN_STAFF_LEMMAS:
        return None
    spans = _quoted_spans(ctx.text)
    k = bisect.bisect_right(spans, (tok.start, len(ctx.text)))
    if k and spans[k - 1][0] < tok.start < spans[k - 1][1]:
        return None  # a speaker's own side, told in the speaker's words
    if tok.lemma in OWN_STAFF_LEMMAS:
        return _issuing_organisation(ctx)
    first = next(
        (h for h in ctx.hits if h.actor_kind is ActorKind.ARMED_GROUP and h.start < ISSUER_REACH_CHARS),
        None,
    )
    return ctx.named(first)


ISSUER_SAYS_CHARS = 30
"""Most characters between an issuing organisation's name and its saying word ("X said")."""


ISSUER_LABELS = ("issued by", "published by", "prepared by", "produced by")
"""Heading labels of a report that name the organisation issuing it ("Issued by: X")."""


def _issuer_label_before(text: str, start: int) -> bool:
    """Whether the words on the line before ``start`` are only an issuer label and a colon
    (:data:`ISSUER_LABELS`): "Issued by: X" names the report's issuer."""
    line = text[text.rfind("\n", 0, start) + 1 : start].strip().lower()
    return line.endswith(":") and line[:-1].strip() in ISSUER_LABELS


def _issuing_organisation(ctx: _Context) -> Hit | None:
    """ "Our staff, who visited the centre, found ...", "our team went to the port": outside
    quotation marks, in a statement whose first speaker, in its opening (``ISSUER_REACH_CHARS``),
    is an organisation ("X said on Wednesday"), "our teams" (``OWN_STAFF_LEMMAS``) are that
    organisation's people; a text whose first speaker is anyone else (a news story quoting an
    official first, its "our team" the reporters) names no one."""
    text = ctx.text
    for h in ctx.hits:
        if h.start >= ISSUER_REACH_CHARS:
            return None
        if h.actor_kind is None:
            continue
        if h.actor_kind is ActorKind.ORGANIZATION and _issuer_label_before(text, h.start):
            return ctx.named(h)  # "Issued by: X, Tripoli office": a report's own heading names it
        words = re.findall(r"[a-z]+", text[h.end : h.end + ISSUER_SAYS_CHARS].lower())
        if words and words[0] in SAYING_WORDS:
            return ctx.named(h) if h.actor_kind is ActorKind.ORGANIZATION else None
    return None


def _first_person_voice(tok: Token, ctx: _Context) -> Hit | None:
    """ "I travelled to Benghazi" outside quotation marks, in remarks or a column whose heading
    lines name the person speaking ("Remarks of the envoy, X, ..."): that person."""
    spans = _quoted_spans(ctx.text)
    k = bisect.bisect_right(spans, (tok.start, len(ctx.text)))
    if k and spans[k - 1][0] < tok.start < spans[k - 1][1]:
        return None  # a speaker's own words: the quotation's speaker, not the text's voice
    body = find_preamble(ctx.text).body
    if tok.start < body:
        return None
    first = next((h for h in ctx.hits if h.start < body and h.actor_kind is ActorKind.PERSON), None)
    return ctx.named(first) if first is not None else None


GROUP_HEADS = frozenset(
    {"brigade", "brigades", "battalion", "battalions", "force", "apparatus", "guard", "division", "regiment"}
)
"""Last words of armed groups' names that a text may use alone, capitalised ("the Brigades")."""
SHORT_FORM_REACH = 2000


def _short_form(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "the Benghazi Defence Brigades ... an attack by the Brigades": a capitalised head standing
    alone is the armed group named before whose name ends with it."""
    if tok.pos != "PROPN" or not tok.text[:1].isupper() or tok.lower not in GROUP_HEADS:
        return None
    det = s.child(tok, frozenset({"det"}))
    if det is None or det.lower != "the" or any(c.dep != "det" for c in s.children(tok)):
        return None
    k = bisect.bisect_left(ctx.starts, tok.start)
    for hit in reversed(ctx.hits[:k]):
        if hit.start < tok.start - SHORT_FORM_REACH:
            break
        words = hit.name.lower().split()
        if hit.actor_kind is ActorKind.ARMED_GROUP and len(words) > 1 and words[-1] == tok.lower:
            return hit
    return None


SIDE_KEYS = ("forces-of:", "forces:")


def _government_forces(s: _Sentence, tok: Token, found: Hit | None) -> Hit | None:
    """ "GNA convoys", "the government's tanks", "a unit of the interior ministry": the forces,
    vehicles or aircraft a government (or a ministry the knowledge base does not list) owns are
    its forces (an armed group of their own), not the government itself."""
    if found is None or found.actor_kind is not ActorKind.GOVERNMENT:
        return found
    if s.actor_at[tok.i] is found:
        return found  # the head is the government's own name
    key, name = (found.entry.id, found.entry.name) if found.entry is not None else (found.key, found.name)
    start, end = _phrase_span(s, tok)
    return Hit(
        start, end, "forces:" + key, f"{name} forces", "forces", ActorKind.ARMED_GROUP, affiliation=name
    )


PARTITIVE_PRONOUNS = frozenset({"some", "others", "many", "most", "several"})
"""Words that, standing alone as a subject, are part of a group named before ("Some withdrew
to X, others fled")."""
_GROUP_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.COLLECTIVE})


def _part_of_group(tok: Token, ctx: _Context) -> Hit | None:
    """The group a bare "some" or "others" is part of: people who just moved ("families fled
    X. The majority went to Y; others to Z"), else the plural group "they" would be."""
    moved = _recent_people_mover(tok, ctx)
    if moved is not None:
        return moved
    hit = ctx.coref.resolve(tok.start, "they")
    return ctx.named(hit) if hit is not None and hit.actor_kind in _GROUP_KINDS else None


PART_REACH = 600
"""Characters (at most) from the latest move of people to a part of them ("others")."""


def _recent_people_mover(tok: Token, ctx: _Context) -> Hit | None:
    """The people (a collective) whose move was told just before ``tok``, else None."""
    for d in reversed(ctx.drafts):
        if d.trigger.end > tok.start:
            continue
        if tok.start - d.trigger.end > PART_REACH:
            return None
        if d.actor is not None and d.actor.actor_kind is ActorKind.COLLECTIVE:
            return ctx.named(d.actor)
        return None
    return None


WHOLE_DETERMINERS = BACK_POINTING | {"the"}
"""Determiners by which the whole a part is taken from is a force told before ("some of these units")."""


def _partitive_whole(s: _Sentence, tok: Token) -> Token | None:
    """ "Some of these units had reached X", "most of the brigades pulled back", "two of those
    columns entered Y": a partitive word (:data:`PARTITIVE_PRONOUNS`, or a number) as the
    subject, whose "of" phrase is a plural force noun (:data:`FORCE_HEADS`) pointing back with
    "the", "these" or "those", moves as that force: the force noun, whose side the caller reads;
    None for any other subject ("most of the town", "some of them", "hundreds of fighters", "one
    of the brigades")."""
    if tok.dep in ALL_SUBJECTS and tok.pos == "NOUN" and tok.lemma in WHOLE_PART_NOUNS:
        return _whole_force(s, tok)  # "the rest of the force", "part of the garrison"
    if tok.dep in ALL_SUBJECTS and tok.lemma in MEMBER_NOUNS and _every_member(s, tok):
        return _whole_force(s, tok)  # "every member of the team", "all members of the unit"
    if tok.dep in ALL_SUBJECTS and tok.lemma in SHARE_PLURALS and tok.tag in PLURAL_NOUN_TAGS:
        return _whole_force(s, tok)  # "the surviving members of the brigade fled to X"
    if tok.dep not in ALL_SUBJECTS or not (tok.lower in PARTITIVE_PRONOUNS or tok.pos == "NUM"):
        return None
    if tok.lower in PART_NUMBERS:
        return None  # "one of the brigades": a unit of its own, maybe of another side
    whole = _prep_object(s, tok, ("of",))
    if whole is None or whole.lemma not in FORCE_HEADS or whole.tag not in PLURAL_NOUN_TAGS:
        return None
    det = s.child(whole, frozenset({"det"}))
    return whole if det is not None and det.lower in WHOLE_DETERMINERS else None


WHOLE_PART_NOUNS = frozenset({"rest", "remainder", "bulk", "part"})
"""Nouns of a share of a force that move as the force their "of" phrase names ("the rest of the
force pulled back to X", "part of the garrison withdrew to Y")."""
MEMBER_NOUNS = frozenset({"member"})
"""Nouns of one who belongs to a force; with a word of all (:data:`ALL_MEMBER_WORDS`: "every
member of the team", "all members of the unit") they move as the whole force."""
SHARE_PLURALS = frozenset({"member", "remnant", "element"})
"""Plural nouns of the men of a force told before ("the surviving members of the brigade",
"remnants of the militia", "elements of the unit"): where they go, the force goes, as "members of
the 28 May Brigade" named does; one member alone is a person, moving as the whole only with a
word of all (:data:`ALL_MEMBER_WORDS`)."""
ALL_MEMBER_WORDS = frozenset({"every", "each", "all"})
ALL_MEMBER_DEPS = frozenset({"det", "predet", "amod"})


def _every_member(s: _Sentence, tok: Token) -> bool:
    """Whether a member noun is taken with a word of all ("every member", "all the members")."""
    return any(c.lower in ALL_MEMBER_WORDS for c in s.children(tok, ALL_MEMBER_DEPS))


WHOLE_FORCE_HEADS = FORCE_HEADS | {"garrison", "contingent", "detachment", "team"}
"""Heads of the force such a share is taken from, singular or plural ("the garrison")."""


def _whole_force(s: _Sentence, tok: Token) -> Token | None:
    """ "The rest of the force had pulled back to X", "part of the Surman garrison withdrew":
    the force noun after "of" a share noun (:data:`WHOLE_PART_NOUNS`) takes, pointing back with
    "the", "these" or "those" or owned ("its garrison"), whose side the caller reads; None for
    any other phrase ("the rest of the town", "part of the convoy of aid")."""
    whole = _prep_object(s, tok, ("of",))
    if whole is None or whole.lemma not in WHOLE_FORCE_HEADS:
        return None
    det = s.child(whole, frozenset({"det", "poss"}))
    return whole if det is not None and (det.dep == "poss" or det.lower in WHOLE_DETERMINERS) else None


PARTITIVE_NOUNS = frozenset({"majority", "rest", "remainder", "bulk"})
"""Nouns that, as "the majority" standing alone as a subject, are part of a group named before."""
SPLIT_WORDS = frozenset({"one", "other", "another"})
"""Words that, standing alone as a subject, are one part of a group that split ("the other")."""
PART_ORDINALS = frozenset({"first", "second", "third", "fourth", "another", "other", "last"})
"""Modifiers of a force part that pick one of a group's parts ("a second column")."""
PART_NUMBERS = frozenset({"one"})
"""Numbers that, on a singular force part, pick one of a group's parts ("One column reached X")."""
SPLIT_PARTS = frozenset({"patrol", "convoy", "column", "contingent", "detachment", "unit", "group", "wave"})
"""Heads of one part of a group that split, with an ordinal or "one" ("a second group moved up
the road from X", "a second wave reached Y"): beside :data:`FORCE_PARTS`, words that name no
force alone and so are read as a part only with the ordinal (the force parts are those of
:data:`FORCE_PARTS`)."""
ORDINAL_PARTS = frozenset({"second", "third", "fourth", "last"})
"""Ordinals that, standing alone as a subject with "a" or "the", are one part of a group told
before ("one column reached X; a second pushed toward Y")."""


AGAIN_WORDS = frozenset({"again"})


SEQUEL_PREPOSITIONS = frozenset({"before"})
"""Prepositions whose "-ing" clause tells what a mover did next ("drove into X before pulling
back"): a withdrawal told so leaves the place the move it hangs on reached."""


def _leaves_again(s: _Sentence, frame: _Frame) -> bool:
    """ "went back to X, but they left again", "drove into X before pulling back a day later": a
    withdrawal told leaving once more, or next after a move (:data:`SEQUEL_PREPOSITIONS`)."""
    if frame.cls.kind is not MovementKind.WITHDRAW:
        return False
    anchor = frame.anchor
    if anchor.dep == "pcomp" and s.head(anchor).lower in SEQUEL_PREPOSITIONS:
        return True
    return any(c.lower in AGAIN_WORDS for c in s.children(anchor, frozenset({"advmod"})))


def _own_last_reached(out: Sequence[MovementDraft], actors: Sequence[Hit], pos: int) -> Hit | None:
    """The place the same actor's latest move (within reach) reached: where it left again."""
    for d in reversed(out):
        if pos - d.trigger.end >= ONWARD_REACH:
            return None
        if d.actor is not None and d.destination is not None and any(_same_side(d.actor, a) for a in actors):
            return d.destination
    return None


def _split_subject(s: _Sentence, verb: Token) -> bool:
    """ "One pushed north towards X": a part of a group that split sets out from where it was."""
    subject = s.child(verb, SUBJECTS)
    return subject is not None and s.actor_at[subject.i] is None and _split_part(s, subject)


def _split_group(tok: Token, ctx: _Context) -> Hit | None:
    """The group a part split from: the side whose move was told last, not long before (an
    armed side for a part only a force has, :data:`ARMED_PARTS`)."""
    last = ctx.drafts[-1] if ctx.drafts else None
    if last is None or last.actor is None or last.actor.actor_kind not in _GROUP_KINDS:
        return None
    if tok.lemma in ARMED_PARTS and not _armed_mover(last.actor):
        return None
    if not 0 <= tok.start - last.trigger.end < MOVER_REACH:
        return None
    named = ctx.named(last.actor)
    between = ctx.hits_in(last.trigger.end, tok.start)
    if any(
        h.actor_kind is ActorKind.ARMED_GROUP and h.start >= last.trigger.end and ctx.named(h) != named
        for h in between
    ):
        return None  # "X's convoy left Y. Syrian fighters remain at Z ... one group was flown back"
    return last.actor


def _raised_subject(s: _Sentence, tok: Token) -> bool:
    """ "A second convoy was reportedly seen heading for X": the passive subject of a verb of
    seeing or saying whose infinitive or participle (an ``xcomp``) tells the move."""
    return tok.dep in PASSIVE_SUBJECTS and s.child(s.head(tok), frozenset({"xcomp"})) is not None


def _names_an_actor(s: _Sentence, clause: Token) -> bool:
    """Whether a clause's words name an actor (a relative clause saying whose a part is)."""
    return s.actor_at[clause.i] is not None or any(
        s.actor_at[t.i] is not None for t in _descendants(s, clause)
    )


def _split_part(s: _Sentence, tok: Token) -> bool:
    """ "One pushed north; the other swung east", "a second column entered X": one part of a
    group told before, named by nothing of its own (no "of" phrase, owner or name)."""
    kids = list(s.children(tok))
    if tok.lower in SPLIT_WORDS:
        return all(c.dep == "det" and c.lower == "the" for c in kids)
    if tok.lower in ORDINAL_PARTS:
        return bool(kids) and all(
            c.dep == "det" and c.lower in ("a", "the") for c in kids
        )  # "a second reached X"
    if tok.pos != "NOUN" or tok.lemma not in SPLIT_PARTS:
        return False
    if any(c.dep in ("poss", "compound", "appos", "acl") for c in kids):
        return False
    if any(c.dep == "prep" and not _bare_vehicles_of(s, c) for c in kids):
        return False  # "a second column of Zintan fighters": its own ("of vehicles" names no one)
    if any(c.dep == "relcl" and _names_an_actor(s, c) for c in kids):
        return False  # "a second column that belonged to the X brigade": its own
    return any(
        (c.dep in ("amod", "det") and c.lower in PART_ORDINALS)
        or (c.dep == "nummod" and c.lower in PART_NUMBERS)  # "one column entered X"
        for c in kids
    )


BARE_VEHICLE_LINKS = frozenset({"amod", "compound", "punct"})
"""What may stand on the vehicles of "a second group of armoured vehicles" and leave them no
one's: lower-case words of their kind ("armoured", "pick-up"), never an owner or a side's name."""


def _bare_vehicles_of(s: _Sentence, prep: Token) -> bool:
    """ "of vehicles", "of armoured pick-up trucks": an "of" phrase naming only the road vehicles
    a part of a group is made of (:data:`FORCE_VEHICLES`), which says nothing of whose they are,
    so the part is still one told only by its ordinal ("a second group of vehicles was sent to
    X"); not "of Misratan vehicles", "of the brigade's trucks" or "of trucks from Y"."""
    if prep.lower != "of":
        return False
    obj = s.child(prep, frozenset({"pobj"}))
    if obj is None or obj.lemma not in FORCE_VEHICLES or s.actor_at[obj.i] is not None:
        return False
    return all(c.dep in BARE_VEHICLE_LINKS and not c.text[:1].isupper() for c in s.children(obj))


PARTITIVE_HEADS = frozenset({"hundred", "thousand", "dozen", "score", "member", "number", "some", "many"})
"""Heads that count or pick out a force named after "of" ("hundreds of mercenaries")."""


def _partitive_force(s: _Sentence, tok: Token) -> Token | None:
    """ "Hundreds of Russian mercenaries from the X group": the force noun a counting head
    takes after "of", else None."""
    if tok.lemma not in PARTITIVE_HEADS:
        return None
    obj = _counted(s, tok)
    return obj if obj is not None and obj.lemma in FORCE_HEADS else None


def _stands_for(head: Hit | None, found: Hit | None, ctx: _Context) -> Hit | None:
    """ "Armed troops affiliated with X arrived": the unnamed head's mention stands for the
    named actor found for it (one actor, not two), here and wherever it is asked again."""
    if head is not None and found is not None and head is not found and head.key != found.key:
        named = not _is_weak(found) or found.key.startswith(SIDE_KEYS)  # "his fighters": his side
        if _is_weak(head) and named and found.actor_kind in OWNER_KINDS:
            ctx.named_by.setdefault(id(head), found)
            ctx.stood_for.setdefault(id(head), found)
    return found


MOVER_REACH = 300
"""How far back (characters) "they" may mean the side that just moved."""
_SPEAKING_BODIES = frozenset({ActorKind.GOVERNMENT, ActorKind.ORGANIZATION})


RIVAL_MOVERS = frozenset({"enemy", "foe", "adversary", "defenders"})
"""Definite nouns for the side that another side fights ("the enemy fled")."""
ATTACKER_MOVERS = frozenset({"attackers", "assailants", "raiders", "invaders"})
"""Definite nouns for the side that attacked: the side told moving in plain narration, its
rival in words a side is reported saying ("he said the attackers had fled")."""
RIVAL_REACH = 1500
"""How far back (characters, within the entry) the side last told moving is looked for."""
_DEFINITE_DET = frozenset({"the"})


def _rival_side(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "Our forces took the hospital after clashes with IS. The enemy fled toward X": a mover
    called "the enemy" that names no one is the latest named armed side before it other than
    the side last told advancing or taking a place, whose rival it is. "The attackers" is
    that side itself, or, in what someone is reported saying, its rival. "Many of the
    defenders": a part of the rival side moves as that side."""
    if tok.dep not in ALL_SUBJECTS or s.actor_at[tok.i] is not None:
        return None
    word = _partitive_of(s, tok) if tok.lower in PARTITIVE_PRONOUNS else tok
    if word is None or (word.lower not in RIVAL_MOVERS and word.lower not in ATTACKER_MOVERS):
        return None
    det = s.child(word, frozenset({"det"}))
    if det is None or det.lower not in _DEFINITE_DET:
        return None
    floor = max(tok.start - RIVAL_REACH, ctx.entry_start(tok.start))
    mover = _last_assault(ctx, floor, tok.start)
    if mover is None or (word.lower in ATTACKER_MOVERS and not _reported_words(s, tok)):
        return mover
    k = bisect.bisect_left(ctx.starts, tok.start)
    for h in reversed(ctx.hits[max(0, k - 40) : k]):
        if h.start < floor:
            break
        named = ctx.named(h)
        if named is not None and named.key != mover.key and _side_named(named):
            return named
    return None


_UNNAMED_SOURCES = frozenset({"collective", "role", "pronoun"})


def _side_named(hit: Hit) -> bool:
    """An armed side a name or a description names ("IS", "Gaddafi loyalists"), not a bare
    role, pronoun or generic entry ("armed groups")."""
    if hit.place is not None or hit.actor_kind is not ActorKind.ARMED_GROUP or hit.source in _UNNAMED_SOURCES:
        return False
    return hit.entry is None or not hit.entry.generic


_ASSAULTS = frozenset({MovementKind.ADVANCE, MovementKind.CAPTURE})


def _partitive_of(s: _Sentence, tok: Token) -> Token | None:
    """The noun after "of" in "many of the defenders"."""
    of = next((c for c in s.children(tok, PREPOSITIONS) if c.lower == "of"), None)
    return s.child(of, PREP_OBJECTS) if of is not None else None


def _reported_words(s: _Sentence, tok: Token) -> bool:
    """Whether ``tok`` is in a clause a saying verb reports ("he said the attackers fled")."""
    clause = s.head(tok)
    return clause.dep == "ccomp" and s.head(clause).lemma in SAYING_VERBS


def _last_assault(ctx: _Context, floor: int, pos: int) -> Hit | None:
    """The armed side of the latest advance or capture told in ``[floor, pos)``."""
    for d in reversed(ctx.drafts):
        if d.trigger.start >= pos:
            continue
        if d.trigger.start < floor:
            return None
        if d.kind in _ASSAULTS and d.actor is not None and d.actor.actor_kind in _GROUPS:
            return d.actor
    return None


def _recent_mover(tok: Token, hit: Hit | None, ctx: _Context) -> Hit | None:
    """ "X's fighters have withdrawn, a spokesman for the government said. Earlier they had
    advanced": a subject "they", or the owner "their" ("their retreat from X"), whose nearest
    antecedent is a body that only speaks (a government, an organisation) is the armed side
    that moved just before. So is one whose nearest antecedent was named before that move or
    beside it ("X, fighting IS fighters, advanced on Sirte. They took the port": the side
    moving is the topic, not the one it met)."""
    if tok.lower not in PLURAL_PRONOUN_WORDS or tok.dep not in SUBJECTS | OWNER_OF_MOVE:
        return hit
    floor = max(tok.start - MOVER_REACH, ctx.entry_start(tok.start))
    last = ctx.drafts[-1] if ctx.drafts else None
    if last is None or last.actor is None or last.trigger.start < floor or last.trigger.start > tok.start:
        return hit
    if hit is not None and hit.actor_kind not in _SPEAKING_BODIES and not _moved_since(hit, last):
        return hit
    return last.actor if last.actor.actor_kind is ActorKind.ARMED_GROUP else hit


OWNER_OF_MOVE = frozenset({"poss"})
"""The owner of a noun ("their retreat from X"), which :func:`_recent_mover` reads as a subject."""


def _moved_since(hit: Hit, last: MovementDraft) -> bool:
    """Whether another side's move was told after ``hit`` was last named, or in the sentence
    that names it ("X advanced on Sirte, where IS fighters waited": X is the one moving)."""
    actor = last.actor
    return (
        actor is not None
        and actor.key != hit.key
        and last.modality in (Modality.REPORTED, Modality.ATTEMPTED)
        and (last.trigger.start >= hit.end or last.sentence.start <= hit.start < last.sentence.end)
        and not _is_weak(actor)
    )


QUOTE_MARKS = frozenset('"\u201c\u201d')


def _outside_quote(tok: Token, hit: Hit | None, ctx: _Context) -> Hit | None:
    """ "They fled like rats," he said: a plural pronoun inside a quotation means someone the
    speaker has in mind, not an actor named before the quotation opened (no record)."""
    if hit is None or tok.lower not in PLURAL_PRONOUN_WORDS or not ctx.text:
        return hit
    line = ctx.text.rfind("\n", 0, tok.start) + 1
    count = sum(ctx.text.count(m, line, tok.start) for m in QUOTE_MARKS)
    opened = max(ctx.text.rfind(m, line, tok.start) for m in QUOTE_MARKS)
    return None if count % 2 == 1 and hit.start < opened else hit


def _quoted_pronoun(tok: Token, ctx: _Context) -> bool:
    """Whether a plural pronoun stands inside a quotation opened on its own line (what the
    speaker has in mind is not the side the narration last told moving)."""
    if tok.lower not in PLURAL_PRONOUN_WORDS or not ctx.text:
        return False
    line = ctx.text.rfind("\n", 0, tok.start) + 1
    return sum(ctx.text.count(m, line, tok.start) for m in QUOTE_MARKS) % 2 == 1


PLURAL_TAGS = frozenset({"NNS", "NNPS"})
PLURAL_PRONOUN_WORDS = frozenset({"they", "them", "their"})


BINDING_CLAUSES = frozenset({"ccomp", "advcl"})


def _reporting_subject(s: _Sentence, tok: Token) -> Token | None:
    """ "X said they captured Y", "X are losing men as they attack Y": a plural pronoun subject
    of a reported or adverbial clause is bound to the governing clause's subject when that is a
    plural noun phrase."""
    if tok.dep not in SUBJECTS or tok.lower not in PLURAL_PRONOUN_WORDS:
        return None
    clause = s.head(tok)
    if clause.dep not in BINDING_CLAUSES or clause.head == clause.i:
        return None
    speaker = s.child(s.head(clause), SUBJECTS)
    if speaker is None or speaker.i > tok.i or speaker.tag not in PLURAL_TAGS:
        return None
    return speaker


REFLEXIVES = frozenset({"themselves", "itself", "himself", "herself"})
"""An emphatic pronoun the parser may take for a relative clause's subject ("which themselves")."""
SINGULAR_PERSON_PRONOUNS = frozenset({"he", "she"})
TELLING_KINDS = frozenset({ActorKind.PERSON, ActorKind.COLLECTIVE})


INFORMANT_NOUNS = frozenset({"source"})
"""Heads of an unnamed informant, who tells of others' moves ("a source close to him said he had
left X", "a security source said his convoy left X"), not of its own."""
INFORMANT_PRONOUNS = frozenset({"he", "she", "his", "her"})
REPORT_CLIMB = 3
"""Most heads climbed from a pronoun to the reported clause it stands in ("his convoy drove ...")."""


def _informant_teller(s: _Sentence, tok: Token) -> Hit | None:
    """The unnamed source (``INFORMANT_NOUNS``) whose reported clause has ``tok``, a singular
    person pronoun, as its subject or its subject's owner: the pronoun means someone told of
    before the source, never the source ("one former fighter said he had been deployed" is the
    speaker's own move: a fighter is no informant)."""
    if tok.lower not in INFORMANT_PRONOUNS or tok.dep not in ALL_SUBJECTS | {"poss"}:
        return None
    clause = s.head(tok)
    for _ in range(REPORT_CLIMB):
        if clause.dep == "ccomp" and clause.head != clause.i and s.head(clause).lemma in SAYING_VERBS:
            break
        if clause.head == clause.i:
            return None
        clause = s.head(clause)
    else:
        return None
    speaker = s.child(s.head(clause), SUBJECTS)
    if speaker is None or speaker.i > tok.i or speaker.lemma not in INFORMANT_NOUNS:
        return None
    hit = s.actor_at[speaker.i]
    return hit if hit is not None and hit.actor_kind is ActorKind.COLLECTIVE else None


def _telling_person(s: _Sentence, tok: Token) -> Hit | None:
    """ "One former fighter said that he had been deployed to X": "he" as the subject of what a
    singular person-like speaker says is the speaker, named or not (not a person named earlier);
    so is "it" of what a body says ("the Pentagon said it had dispatched Marines to X")."""
    if tok.dep not in ALL_SUBJECTS:
        return None
    kinds = (
        TELLING_KINDS
        if tok.lower in SINGULAR_PERSON_PRONOUNS
        else TELLING_BODY_KINDS
        if tok.lower == "it"
        else None
    )
    if kinds is None:
        return None
    clause = s.head(tok)
    if clause.dep != "ccomp" or clause.head == clause.i or s.head(clause).lemma not in SAYING_VERBS:
        return None
    speaker = s.child(s.head(clause), SUBJECTS)
    if speaker is None or speaker.i > tok.i or speaker.tag not in SINGULAR_TAGS:
        return None
    hit = s.actor_at[speaker.i]
    return hit if hit is not None and hit.actor_kind in kinds else None


def _unknown_body_teller(s: _Sentence, tok: Token) -> bool:
    """ "The Pentagon said it had dispatched Marines": "it" in what a named body says is that
    body, even where no actor mention covers the name; it is not an earlier actor."""
    if tok.lower != "it" or tok.dep not in ALL_SUBJECTS:
        return False
    clause = s.head(tok)
    if clause.dep != "ccomp" or clause.head == clause.i or s.head(clause).lemma not in SAYING_VERBS:
        return False
    speaker = s.child(s.head(clause), SUBJECTS)
    return (
        speaker is not None and speaker.i < tok.i and speaker.tag == "NNP" and s.actor_at[speaker.i] is None
    )


TELLING_BODY_KINDS = frozenset(
    {ActorKind.GOVERNMENT, ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP, ActorKind.COUNTRY}
)
"""Kinds of speaker that "it" in their own reported clause stands for."""
SINGULAR_TAGS = frozenset({"NN", "NNP"})


def _bound_actor(s: _Sentence, tok: Token, speaker: Token, ctx: _Context) -> Hit | None:
    """The reporter's actor; a force noun naming no actor gives none (not a nearer group); a
    collective reporter ("officials said they") leaves the pronoun to coreference."""
    hit = _actor_of(s, speaker, ctx)
    if hit is not None and hit.actor_kind is not ActorKind.COLLECTIVE:
        return hit
    if hit is None and (speaker.lemma in FORCE_HEADS or s.head(speaker).lemma not in SAYING_VERBS):
        return None  # "dozens of vehicles entered X before they pulled back": the vehicles, no actor
    return ctx.named(_antecedent(s, tok, ctx))


def _unnamed_plural_before(s: _Sentence, pronoun: Token) -> bool:
    """ "Dozens of armed vehicles rolled into X, before some of them pulled back": a plural
    pronoun after a plural subject of its own sentence that names no actor is that subject,
    not an actor told earlier (nor the witnesses who report it)."""
    if pronoun.lower not in PLURAL_PRONOUN_WORDS or pronoun.dep == "dobj":
        return False  # "planes flew them home": what the vehicles carry, not the vehicles
    for k in range(pronoun.i - 1, -1, -1):
        t = s.tokens[k]
        if t.dep in ALL_SUBJECTS and t.pos in NOMINAL_POS:
            lo, hi = s.sent.subtree(t)
            if hi > pronoun.start:
                continue  # the pronoun's own phrase ("some of them")
            named = any(s.actor_at[u.i] is not None for u in s.tokens if lo <= u.start and u.end <= hi)
            return t.tag in PLURAL_TAGS and not named
    return False


UNNAMED_FORCES = frozenset({"force", "troop", "soldier", "unit", "fighter", "militia", "brigade"})
"""Heads of an unnamed force that moves as itself ("armed forces were sent", "naval units")."""
FORCE_PARTS = frozenset({"patrol", "convoy", "column", "contingent", "detachment", "unit"})
"""Heads that stand for the force they are part of ("patrols of the naval forces")."""
ARMED_PARTS = FORCE_PARTS - {"convoy"}
"""Heads of a part that only a force has ("other units", "a second column", "one patrol"): such a
part splits from an armed side, never from people told moving ("families fled X ... other units
entered Y" are no families). A convoy may carry families as well as fighters."""
FORCE_MODIFIERS = frozenset({"amod", "compound"})
VAGUE_MODIFIERS = frozenset(
    {"more", "additional", "several", "many", "other", "new", "fresh", "further", "some", "few", "own"}
    | {"extra", "two", "three", "four", "five", "hundreds", "thousands", "dozens"}
)


def _unnamed_force(s: _Sentence, tok: Token) -> Hit | None:
    """ "Armed forces were sent", "patrols of the naval forces were deployed": a force no name
    or description resolves is an actor of its own, named by its words."""
    if tok.pos == "NOUN" and tok.lemma in FORCE_PARTS:
        inner = _prep_object(s, tok, ("of",))
        if inner is not None and inner.lemma in UNNAMED_FORCES:
            tok = inner
    words = _force_phrase(s, tok)
    if words is None:
        return None
    name = "".join(
        t.text if k == 0 or t.start == words[k - 1].end else " " + t.text for k, t in enumerate(words)
    )
    if words[-1].tag == "NN":
        name += "s"  # "an army unit": the side's "army units", one actor with them
    key = "group:" + name.lower()
    return Hit(words[0].start, words[-1].end, key, name, "group", ActorKind.ARMED_GROUP)


SIDE_FORCE_FORMS = ("forces", "fighters")
"""How the knowledge base names a side after the word that marks it ("Misratan forces", "rebel
fighters"): the same word before a convoy or its vehicles names their side."""
SIDE_VEHICLE_LINKS = frozenset({"amod", "compound"})


def _side_of_vehicles(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "A column of Misratan vehicles entered X", "Zintani trucks moved south", "the rebel
    pickups rolled into Y", "Dawn columns moved up from Z": a convoy, or the road vehicles it
    is "of", marked by a word the knowledge base names an armed group by (with "forces" or
    "fighters" after it) or by a capitalised word of the name of the one armed group the story
    has named before with that word, moves as that group; else None."""
    heads = [tok]
    if tok.lemma in CONVOY_HEADS or tok.lower in COUNT_HEADS:
        inner = _prep_object(s, tok, ("of",))
        heads += [inner] if inner is not None else []
    for head in heads:
        if head.lemma not in SIDE_MARKED_HEADS:
            continue
        for mark in s.children(head, SIDE_VEHICLE_LINKS):
            side = _side_marked_by(mark, tok, ctx) if mark.i < head.i else None
            if side is not None:
                return side
    return None


def _side_marked_by(mark: Token, tok: Token, ctx: _Context) -> Hit | None:
    """The armed group a convoy's marking word names (:func:`_side_of_vehicles`): as told
    first in the story where it was, else as the knowledge base knows it. A nationality
    ("Egyptian trucks") is left to the vehicles' owner country, as "Egyptian jets" are."""
    if mark.lower in NATIONALITY_WORDS:
        return None
    for form in SIDE_FORCE_FORMS:
        entry = ActorKB.default().lookup(f"{mark.text} {form}", on=ctx.published)
        if entry is not None and entry.kind is ActorKind.ARMED_GROUP:
            told = ctx.armed_groups.get(entry.name)
            return ctx.named(told) if told is not None else Hit.of_entry(mark.start, mark.end, entry, "group")
    if not mark.text[:1].isupper() or (mark.i == 0 and mark.pos != "PROPN"):
        return None  # a common word, or one capitalised only as the sentence's first
    named = [h for h in ctx.group_words.get(mark.lower, ()) if h.start < tok.start]
    return ctx.named(named[0]) if len(named) == 1 else None


CONVOY_HEADS = frozenset({"convoy", "column"})
"""Nouns for a moving body of vehicles, singular or plural ("a convoy of trucks", "columns")."""
GROUND_VEHICLES = frozenset({"vehicle", "truck", "lorry", "tanker", "pickup", "jeep", "car", "bus"})
"""Road vehicles that, plural, move as a body of their own ("dozens of armed vehicles rolled in").
Tanks are not among them: tanks that "took up positions" belong to an army the story means."""
CONVOY_CONTENTS = GROUND_VEHICLES | {"tank"}
"""What a convoy or column may be "of" and still be a convoy ("a column of tanks")."""
FORCE_VEHICLES = CONVOY_CONTENTS - {"bus", "car"}
"""Vehicles a force's part may be made of ("a second group of vehicles", "another column of
trucks"); buses and cars carry families as often as fighters."""
SIDE_MARKED_HEADS = CONVOY_HEADS | CONVOY_CONTENTS | {"garrison"}
"""Heads a side's word marks as that side's (its convoys, road vehicles, tanks and garrisons:
"the last loyalist garrison pulled back")."""
ARMED_VEHICLE_WORDS = frozenset({"armed", "armoured", "armored", "military", "tank"})
"""Words (modifier or lemma) that make an unnamed convoy an armed group rather than a collective."""
FORCE_BODY_WORDS = frozenset({"column", "reinforcement"})
"""Words (the convoy noun's lemma or a modifier) that make an unnamed convoy a body of a force by
the word alone ("a second column", "a reinforcement convoy"): where it moves as itself it is an
armed group, not a collective, but unlike a convoy told armed by its arms it is no side's part
after a side's move (a column whose side the story leaves untold stays its own)."""
COUNT_HEADS = frozenset({"dozens", "scores", "hundreds", "thousands", "tens"})
"""Counts that stand before "of" and the counted noun ("dozens of armed vehicles")."""
CONVOY_MARKS = frozenset({"det", "nummod", "amod", "compound"})
"""What makes a convoy noun one of its own rather than a bare plural a report explains."""
CARRYING_LINKS = NOUN_CLAUSES | {"amod"}
"""How a carrying participle hangs on a convoy ("trucks carrying X", "trucks packed with X")."""
TOLD_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
CARRYING_LEMMAS = frozenset(
    {
        "carry",
        "transport",
        "ferry",
        "pack",
        "packed",
        "bring",
        "evacuate",
        "load",
        "loaded",
        "laden",
        "cram",
        "crammed",
    }
)
"""Verbs of a clause on a convoy that tell what it carries: the people carried are the movers."""
CONVOY_NAME_STOPS = frozenset({"relcl", "acl", "prep", "punct", "appos", "advmod", "cc", "conj"})
"""Dependents of a convoy noun that end its name ("a convoy of trucks that left X": not "that ...")."""


def _unnamed_convoy(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "Dozens of armed vehicles rolled into X", "convoys of fuel tankers left Y", "a convoy of
    about forty armed vehicles heading for Z": a convoy or a plural of road vehicles that moves
    with no owner named (no possessive, no actor or capitalised word in its phrase, not "the
    convoy" told again) and carrying no people it is said to carry. An armed one ("armed",
    "armoured", "military", tanks) is the armed side told moving last, within reach
    (:func:`_convoy_side`); any convoy after a government's or country's move, or where a side
    is named in reach, stays unresolved (no guessed actor); where no side is named in reach, it
    is an actor of its own named by its words: an armed group when armed, else a collective."""
    if tok.dep in PREP_OBJECTS and s.head(tok).lower == "of" and s.head(s.head(tok)).lemma in CONVOY_HEADS:
        tok = s.head(s.head(tok))  # "a convoy of vehicles that left X": the clause hangs on "vehicles"
    if tok.dep in OBJECTS | PREP_OBJECTS or tok.pos not in _NOUN_POS:
        return None
    if tok.dep == "conj" and s.head(tok).lemma in CONVOY_HEADS | GROUND_VEHICLES:
        return None  # "convoys of tankers and covered lorries": one convoy, named by its head
    head = tok
    if tok.lower in COUNT_HEADS:
        inner = _prep_object(s, tok, ("of",))
        if inner is None:
            return None
        head = inner
    if head.lemma in CONVOY_HEADS:
        content = _prep_object(s, head, ("of",))
        if content is not None and content.lemma not in CONVOY_CONTENTS:
            return None  # "a column of fighters", "a convoy of refugees": who moves is told
        if content is None and head is tok and not any(s.children(head, CONVOY_MARKS)):
            return None  # a bare "columns moving from X": whose they are the report tells
    elif not (head.lemma in GROUND_VEHICLES and head.tag in PLURAL_TAGS):
        return None
    if any(
        c.lower in TOLD_DETERMINERS or c.dep == "poss" for c in s.children(head, frozenset({"det", "poss"}))
    ):
        return None  # "the convoy", "its trucks": a body told before, or owned
    lo, hi = s.sent.subtree(tok)
    if any(s.actor_at[t.i] is not None for t in s.tokens if lo <= t.start and t.end <= hi):
        return None  # "a convoy of the 444 Brigade", "a convoy organised by the council"
    inside = [t for t in s.tokens if lo <= t.start and t.end <= hi]
    after = s.tokens[head.i + 1] if head.i + 1 < len(s.tokens) else None
    carrying = [t for t in inside if t.lemma in CARRYING_LEMMAS and t.dep in CARRYING_LINKS]
    if after is not None and after.lemma in CARRYING_LEMMAS and after not in carrying:
        carrying.append(after)
    cargo = [c for t in carrying for c in _cargo(s, t)]
    if carrying and not (cargo and all(c.lemma in CARGO_GOODS for c in cargo)):
        return None  # "trucks carrying families", "trucks packed with families": the families move
    words = _convoy_words(s, tok, head)
    if any(t.pos == "PROPN" or (t.i > 0 and t.text[:1].isupper()) for t in words):
        return None  # "Dawn columns", "Zintani vehicles": a name or demonym tells the owner
    armed = any(t.lower in ARMED_VEHICLE_WORDS or t.lemma in ARMED_VEHICLE_WORDS for t in words)
    armed = armed or any(c.lemma in CARGO_WEAPONS for c in cargo)  # "trucks carrying heavy guns"
    told, side = _convoy_side(tok, ctx)
    if told:
        return side if armed else None  # lorries after a side's move: its supplies, or no one's
    armed = armed or any(t.lemma in FORCE_BODY_WORDS for t in words)  # "a second column moving east"
    name = "".join(
        t.text if k == 0 or t.start == words[k - 1].end else " " + t.text for k, t in enumerate(words)
    )
    kind, prefix = (ActorKind.ARMED_GROUP, "group:") if armed else (ActorKind.COLLECTIVE, "collective:")
    return Hit(
        words[0].start, words[-1].end, prefix + name.lower(), name, "group", kind
    )  # "group": named by its words


CARGO_WEAPONS = frozenset(
    {"gun", "weapon", "arm", "ammunition", "munition", "rocket", "missile", "mortar", "launcher", "artillery"}
)
"""Cargo that makes a convoy carrying it an armed one ("trucks carrying anti-aircraft guns")."""
CARGO_GOODS = CARGO_WEAPONS | frozenset(
    {
        "fuel",
        "supply",
        "aid",
        "food",
        "flour",
        "water",
        "medicine",
        "equipment",
        "tent",
        "goods",
        "cargo",
        "kit",
        "item",
        "blanket",
        "mattress",
        "ration",
        "parcel",
        "medication",
        "vaccine",
        "relief",
    }
)
"""Things, not people, a convoy may carry: a convoy of trucks carrying them is still the mover
("a convoy of lorries loaded with fuel reached X"), where one carrying people is their transport."""
CARGO_LINKS = frozenset({"with"})


def _cargo(s: _Sentence, verb: Token) -> list[Token]:
    """What a carrying participle carries: its object ("carrying guns") or its "with" phrase
    ("loaded with fuel"), with the conjuncts of either ("guns and ammunition")."""
    heads = list(s.children(verb, OBJECTS))
    heads += [
        o
        for p in s.children(verb, PREPOSITIONS)
        if p.lower in CARGO_LINKS
        for o in s.children(p, PREP_OBJECTS)
    ]
    out: list[Token] = []
    for h in heads:
        out.append(h)
        out.extend(c for c in s.children(h, frozenset({"conj"})))
    return out


def _convoy_words(s: _Sentence, tok: Token, head: Token) -> list[Token]:
    """The words that name a convoy: the phrase up to its head and what it is "of" (with that
    noun's own modifiers and conjuncts), without an article or the clauses that tell its move."""
    keep = {tok.i, head.i}
    for t in (tok, head):
        keep.update(c.i for c in s.children(t) if c.i < t.i and c.dep not in CONVOY_NAME_STOPS)
    if head is not tok:
        keep.update(k for k in range(tok.i, head.i + 1))
    content = _prep_object(s, head, ("of",))
    if content is not None:
        lo, hi = s.sent.subtree(content)
        inside = [t for t in s.tokens if lo <= t.start and t.end <= hi]
        clauses = [s.sent.subtree(t) for t in inside if t.dep in NOUN_CLAUSES]
        keep.update(t.i for t in inside if not any(a <= t.start and t.end <= b for a, b in clauses))
        keep.add(s.head(content).i)
    first, last = min(keep), max(keep)
    words = [t for t in s.tokens[first : last + 1] if t.pos != "DET" or t.lower not in ("a", "an")]
    cut = next((k for k, t in enumerate(words) if t.i not in keep and t.dep in NOUN_CLAUSES), len(words))
    return words[:cut] or [head]


CONVOY_SIDE_REACH = 2000
"""Characters (at most, within the entry) back to a side's move that an unnamed convoy goes on."""


def _convoy_side(tok: Token, ctx: _Context) -> tuple[bool, Hit | None]:
    """The side an unnamed convoy is part of: the latest side (an armed group, a government or a
    country) told moving within reach before ``tok`` in its entry. (True, the group) when that
    side is an armed group ("LNA forces advanced on X. A convoy of armed vehicles reached the
    town": the LNA's); (True, None) when it is a government or a country, whose force the story
    does not name, or when no side moved but one is named in reach (the convoy stays
    unresolved); (False, None) when no side is named in reach at all."""
    floor = max(tok.start - CONVOY_SIDE_REACH, ctx.entry_start(tok.start))
    for d in reversed(ctx.drafts):
        if d.trigger.start >= tok.start or d.actor is None:
            continue
        if d.trigger.start < floor:
            break
        if _armed_mover(d.actor):
            return True, d.actor
        if d.actor.actor_kind in OWNER_KINDS:
            return True, None
    named = any(h.actor_kind in OWNER_KINDS and h.end <= tok.start for h in ctx.hits_in(floor, tok.start))
    return named, None  # a side named in reach (a headline's "GNA sends convoy") may own it


def _hyphened(t: Token, mods: list[Token]) -> bool:
    """ "Misratan-led": the words a hyphen joins to the modifier after it."""
    return bool(mods) and t.end == mods[0].start and "-" in (t.text, mods[0].text)


def _nationality_named(mods: Sequence[Token]) -> bool:
    """ "some Sudanese units", "several Chadian forces": a nationality among a force noun's
    modifiers tells which force it is, so the vague word only counts part of that force; it is
    no part of a side told before (as "several units" is), but the force of that nationality."""
    return any(m.lower in NATIONALITY_WORDS for m in mods)


def _force_phrase(s: _Sentence, tok: Token) -> list[Token] | None:
    """The modifiers and head of a plural force noun ("naval forces"), when a modifier tells
    which force it is; None for a bare or partial one ("forces", "several units"). A singular
    one counts only as :func:`_one_unit` says ("an army unit", "a Shield unit")."""
    if tok.pos != "NOUN" or tok.lemma not in UNNAMED_FORCES or (tok.tag != "NNS" and not _one_unit(s, tok)):
        return None
    mods: list[Token] = []
    for k in range(tok.i - 1, -1, -1):
        t = s.tokens[k]
        attached = t.head == tok.i and t.dep in FORCE_MODIFIERS
        if not (attached or _hyphened(t, mods) or _elite_kind_modifier(s, t, tok, mods)):
            break
        mods.insert(0, t)
    vague = any(t.lower in VAGUE_MODIFIERS or t.dep == "nummod" for t in s.children(tok))
    if vague and not _nationality_named(mods):
        return None  # "several units", "more troops": part of a side told elsewhere
    while mods and mods[0].lower in VAGUE_MODIFIERS:
        mods.pop(0)  # "several Chadian forces": the force is "Chadian forces"
    if not mods or any(s.place_at[t.i] is not None or s.actor_at[t.i] is not None for t in mods):
        return None  # "Misrata forces", "LNA troops": named by the mention finder
    if tok.tag != "NNS" and not (all(_owner_word(t) for t in mods) or mods[0].lower in ELITE_UNIT_KINDS):
        return None  # "a small unit", "a joint force": which side's, the words do not say
    return [*mods, tok]


ELITE_UNIT_KINDS = frozenset({"special", "commando", "elite", "paratroop", "paratrooper", "ranger", "marine"})
"""First words of a single unit's kind that name a formation moving as itself ("a special forces
unit", "a commando unit", "an elite unit"): unlike "a small unit" or "a joint force", such a unit
is an actor of its own even where no word says whose it is."""


def _elite_kind_modifier(s: _Sentence, t: Token, tok: Token, mods: list[Token]) -> bool:
    """ "special" in "a special forces unit": the describing word of the single unit's own compound
    modifier, when it starts an elite kind (:data:`ELITE_UNIT_KINDS`)."""
    return (
        tok.tag == "NN"
        and bool(mods)
        and t.head == mods[0].i
        and t.dep in FORCE_MODIFIERS
        and t.lower in ELITE_UNIT_KINDS
    )


ONE_UNIT_HEADS = frozenset({"unit", "force"})
"""Singular force nouns that, after "a"/"an" and a word naming whose they are ("an army unit",
"a Shield unit"), stand for that side's forces: one unit of a side moving is the side moving."""
ONE_UNIT_DETERMINERS = frozenset({"a", "an"})


def _one_unit(s: _Sentence, tok: Token) -> bool:
    """ "An army unit was sent to X", "a Shield unit moved": one unit named by its owner's word
    (:data:`ONE_UNIT_HEADS`), not "the unit" (one told before) nor "a unit of X" (its own)."""
    if tok.tag != "NN" or tok.lemma not in ONE_UNIT_HEADS:
        return False
    determiner = s.child(tok, frozenset({"det"}))
    if determiner is None or determiner.lower not in ONE_UNIT_DETERMINERS:
        return False
    return _prep_object(s, tok, ("of",)) is None


ONE_UNIT_SERVICES = frozenset(
    {"army", "navy", "coastguard", "police", "military", "government", "rebel", "militia"}
)
"""Lower-case nouns that say whose a single unit is ("an army unit", "a police force"); other
lower-case nouns before "unit"/"force" tell what kind of unit it is ("an advance force", "a
task force", "a security force"), not whose."""


def _owner_word(t: Token) -> bool:
    """A modifier that can say whose a single unit is: a service noun (:data:`ONE_UNIT_SERVICES`),
    a capitalised name ("Shield") or adjective ("Chadian"), not a describing word ("small",
    "joint", "advance")."""
    return t.text[:1].isupper() or (t.dep == "compound" and t.lower in ONE_UNIT_SERVICES)


def _antecedent(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """A pronoun's actor; an object pronoun is never its own clause's subject ("Tarhuna, the
    LNA's last stronghold, fell to them": not the LNA); "they" again in one sentence is the
    same "they" ("X stopped them, which made them turn back")."""
    earlier = _same_pronoun_before(s, tok)
    if earlier is not None:
        return _antecedent(s, earlier, ctx)
    hit = _described_subject_before(s, tok, ctx) or ctx.coref.resolve(tok.start, tok.lower)
    if hit is not None and _carried_people(s, tok):
        hit = _displaced_before(hit, tok.lower, ctx) or hit
    if tok.dep not in OBJECTS | PREP_OBJECTS:
        return hit  # a subject or a possessive ("the LNA launched its push") may be bound
    verb = next((a for a in s.sent.ancestors(tok) if a.pos in _CLAUSE_POS), None)
    subject = s.child(verb, ALL_SUBJECTS) if verb is not None else None
    if subject is None:
        return hit
    lo, hi = s.sent.subtree(subject)
    for _ in range(3):
        if hit is None or not (lo <= hit.start < hi):
            break
        hit = ctx.coref.resolve(hit.start, tok.lower)
    return hit


TRANSFER_VERBS = frozenset(
    {"bus", "transfer", "move", "bring", "take", "gather", "relocate", "ferry", "truck"}
)
"""Verbs whose passive subject is people moved by others ("they were bused to X", "about 400 of
them have been transferred to Y"): a transfer, told as travel even from a place."""
CARRYING_VERBS = TRANSFER_VERBS | {"evacuate", "deport", "expel"}
"""Verbs whose passive subject is people moved by others; evacuated or expelled, they leave (withdraw)."""
CARRIED_PEOPLE = frozenset(
    """migrant migrants refugee refugees family families people civilian civilians resident residents
    detainee detainees prisoner prisoners inmate inmates displaced evacuee evacuees survivor survivors asylum-seekers
    children women""".split()
)
"""Words of the collectives such a "they" stands for ("migrants", "migrant workers"): the moved,
not who moved, held, helped or counted them ("smugglers", "aid workers", "partners")."""
PLAIN_PEOPLE_NOUNS = frozenset({"man", "woman"})
"""Nouns that, as "the men", "the women", name no group of their own: the moved people told just
before ("handed over 38 detainees ... The men had been held in X")."""
PEOPLE_REACH_CHARS = 400
"""How far back (characters) a plain "the men" looks for the people it stands for."""


def _plain_people(s: _Sentence, tok: Token) -> bool:
    """Whether ``tok`` is a plain plural "the men" or "the women"."""
    det = s.child(tok, frozenset({"det"}))
    return tok.lemma in PLAIN_PEOPLE_NOUNS and tok.tag == "NNS" and det is not None and det.lower == "the"


CARRIED_GROUP_NOUNS = frozenset({"group", "party", "batch"})
"""Nouns that, as "the group" carried by others, name no body of their own but the moved people
told just before ("150 migrants were stopped off X ... The group was then bused to Y")."""
CARRIED_GROUP_DETERMINERS = frozenset({"the", "this", "that"})
GROUP_NAMING_LINKS = frozenset({"appos", "compound", "poss", "nmod"})
"""Links by which a group's own phrase names what it is ("the group, a Tebu militia,")."""


def _carried_group(s: _Sentence, tok: Token) -> bool:
    """ "The group was taken by bus to X", "this batch was transferred to Y": a definite singular
    ``CARRIED_GROUP_NOUNS`` with no name or "of" phrase of its own, the passive subject of a verb
    that carries people (``TRANSFER_VERBS``, ``CARRYING_VERBS``, a "drive" that expels no one),
    stands for the moved people told before (the counted ones first), never for the body that
    stopped or held them. "The group was driven out of
    X" (an expulsion) and "the group of fighters" are left to the other rules."""
    if tok.lemma not in CARRIED_GROUP_NOUNS or tok.tag != "NN":
        return False
    if tok.dep not in PASSIVE_SUBJECTS and not _carried_object(s, tok):
        return False
    det = s.child(tok, frozenset({"det"}))
    if det is None or det.lower not in CARRIED_GROUP_DETERMINERS or s.actor_at[tok.i] is not None:
        return False
    if any(c.dep in GROUP_NAMING_LINKS or (c.dep == "prep" and c.lower == "of") for c in s.children(tok)):
        return False  # "the group of fighters", "the group, a Tebu militia,": named by its own words
    if tok.dep not in PASSIVE_SUBJECTS:
        return True  # "IOM teams drove the group to X": the object a verb of moving people carries
    verb = s.head(tok)
    if not _is_passive(s, verb):
        return False
    if verb.lemma in DRIVEN_VERBS:
        return not _expelled_by_road(s, verb)
    return verb.lemma in TRANSFER_VERBS or verb.lemma in CARRYING_VERBS


CARRIED_REACH = 8
"""How many antecedents back (each the one before) a carried "they" may look for the moved people."""


def _carried_object(s: _Sentence, tok: Token) -> bool:
    """ "IOM teams drove the group to X", "the agency took them to Y": the direct object of an
    active verb of moving people (:data:`PEOPLE_MOVING_VERBS`) that names where it carries them
    (:data:`CARRIED_TO`), not "took them hostage" nor "drove them out"."""
    if tok.dep != "dobj":
        return False
    verb = s.head(tok)
    return (
        verb.lemma in PEOPLE_MOVING_VERBS
        and not _is_passive(s, verb)
        and _prep_object(s, verb, CARRIED_TO) is not None
    )


def _carried_people(s: _Sentence, tok: Token) -> bool:
    """ "They have since been gathered in X", "about 1,200 of them were bused to Y": a plural
    pronoun that is (or counts a part of) the passive subject of a verb of moving people."""
    if tok.lower not in ("they", "them"):
        return False
    head = tok
    if tok.dep in PREP_OBJECTS and s.head(tok).lower == "of":
        head = s.head(s.head(tok))  # "1,200 of them": the counted part is the subject
    if head.dep in PASSIVE_SUBJECTS:
        verb = s.head(head)
    elif head.dep in PREP_OBJECTS and _count_read_as_date(s, s.head(s.head(head))) is head:
        verb = s.head(s.head(head))  # "On Tuesday 118 of them were flown to X": the part misread as a date
    else:
        return False
    if verb.lemma in DRIVEN_VERBS and _is_passive(s, verb):
        return not _expelled_by_road(s, verb)
    return (verb.lemma in CARRYING_VERBS or verb.lemma in AIRLIFT_VERBS) and _is_passive(s, verb)


AIRLIFT_VERBS = frozenset({"fly", "airlift"})
"""Verbs whose passive, with a pronoun subject, tells people carried by air ("about 100 of them
were flown to X"): the pronoun stands for moved people, as with ``CARRYING_VERBS``, though a
force may be flown as well (the moved people are looked for first, the pronoun's own antecedent
kept where none was told)."""


DRIVEN_VERBS = frozenset({"drive"})
"""Verbs whose passive, with no particle of driving out, tells people carried by road ("they were
driven to the capital in buses"): a "they" there stands for moved people, like ``CARRYING_VERBS``."""
EXPELLING_WORDS = frozenset({"out", "back", "away", "off", "from"})
"""Particles and prepositions that make a passive "drive" an expulsion ("they were driven out of
X", "driven back to the coast", "driven from the town"), whoever it was told of."""


def _expelled_by_road(s: _Sentence, verb: Token) -> bool:
    """ "They were driven out of X": a passive "drive" with an expelling word on it."""
    return any(c.lower in EXPELLING_WORDS for c in s.children(verb) if c.i > verb.i)


CARRIED_GROUP_REACH_CHARS = 600
"""How far back (characters) a carried "the group" looks for the counted people it sums up."""
PEOPLE_COUNT_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands"})
"""Words that count people with no figure ("hundreds of migrants")."""


def _counted_people_before(pos: int, ctx: _Context) -> Hit | None:
    """The latest people (``CARRIED_PEOPLE``) told with their count ("at least 230 people", "120
    migrants", "hundreds of refugees") within :data:`CARRIED_GROUP_REACH_CHARS` before ``pos``, in the
    entry: the set a later "the group" sums up (uncounted people told since, "survivors said",
    are some of them, not the group)."""
    floor = max(pos - CARRIED_GROUP_REACH_CHARS, ctx.entry_start(pos))
    for h in reversed(ctx.hits_in(floor, pos)):
        if h.actor_kind is None or h.end > pos or CARRIED_PEOPLE.isdisjoint(h.name.lower().split()):
            continue
        before = ctx.text[max(0, h.start - 24) : h.start].split()[-2:]
        words = [*before, *ctx.text[h.start : h.end].split()]
        if any(any(c.isdigit() for c in w) or w.lower() in PEOPLE_COUNT_WORDS for w in words):
            return h
    return None


def _carried_part(s: _Sentence, tok: Token) -> bool:
    """ "Others were brought out by volunteers", "some were evacuated to X": a bare partitive
    pronoun (``PARTITIVE_PRONOUNS``) that is the passive subject of a verb of carrying people
    (``CARRYING_VERBS``, ``DRIVEN_VERBS``) is part of a group told before, as an active subject is."""
    if tok.dep not in PASSIVE_SUBJECTS or any(s.children(tok)):
        return False
    verb = s.head(tok)
    return (verb.lemma in CARRYING_VERBS or verb.lemma in DRIVEN_VERBS) and _is_passive(s, verb)


SENT_PART_LEMMAS = frozenset({"send", "dispatch", "despatch", "deploy", "redeploy", "move", "transfer"})
"""Verbs of moving forces whose bare partitive passive subject ("others were sent") is part of the
forces moved just before."""
RAISING_LINKS = frozenset({"xcomp"})
"""How a verb hangs on a passive verb of saying or believing its subject is raised from ("are
said to have been sent", "are believed to have been moved")."""


def _sent_part(s: _Sentence, tok: Token) -> bool:
    """ "Some X units were moved to Y. Others were sent south toward Z", "others are said to have
    been sent to Z": a bare partitive pronoun (``PARTITIVE_PRONOUNS``) that is the passive subject
    of a verb of moving forces (:data:`SENT_PART_LEMMAS`), itself or through the passive verb of
    saying its subject is raised from, is part of the side whose move was told just before
    (:func:`_split_group`); with no side's move in reach it stays no one's."""
    if tok.dep not in PASSIVE_SUBJECTS or any(s.children(tok)):
        return False
    verb = s.head(tok)
    if verb.lemma in SENT_SPLIT_LEMMAS:
        return _is_passive(s, verb)
    return any(x.lemma in SENT_SPLIT_LEMMAS and _is_passive(s, x) for x in s.children(verb, RAISING_LINKS))


SENT_SPLIT_LEMMAS = SENT_PART_LEMMAS | frozenset({"fly", "airlift", "ferry", "ship", "rotate"})
"""Verbs of carrying forces whose passive subject, one part of a group ("another unit was sent
east", "one group was flown back to X"), is part of the side whose move was told just before."""

CARRIED_COUNT_LEMMAS = CARRYING_VERBS | DRIVEN_VERBS | SENT_SPLIT_LEMMAS
"""Verbs of carrying people or forces whose passive subject, a bare number ("about 300 were flown
back to X") or partitive pronoun ("others were ferried to Y"), is part of the group moved just before."""


def _sent_split_part(s: _Sentence, tok: Token) -> bool:
    """ "Another unit was sent east toward X", "one group was reportedly flown back to Y": one
    part of a group (:func:`_split_part`: an ordinal, "another" or "one" on a part noun) that is
    the passive subject of a verb of carrying forces (:data:`SENT_SPLIT_LEMMAS`) is the mover, a
    part of the side told moving just before, as the active "one column pushed on" is. Unlike
    the active part it does not fall back on whoever "they" would be: with no armed side's move
    in reach (:func:`_split_group`) it stays no one's."""
    return _carried_passive_subject(s, tok) and _split_part(s, tok)


def _carried_passive_subject(s: _Sentence, tok: Token) -> bool:
    """Whether ``tok`` is the passive subject of a verb of carrying forces
    (:data:`SENT_SPLIT_LEMMAS`: "... was sent east", "... were flown to Z")."""
    if tok.dep not in PASSIVE_SUBJECTS:
        return False
    verb = s.head(tok)
    return verb.lemma in SENT_SPLIT_LEMMAS and _is_passive(s, verb)


def _displaced_before(hit: Hit, word: str, ctx: _Context) -> Hit | None:
    """The latest antecedent (from ``hit`` back) that is a collective of moved people."""
    cur: Hit | None = hit
    for _ in range(CARRIED_REACH):
        if cur is None:
            return None
        if cur.actor_kind is ActorKind.COLLECTIVE and not CARRIED_PEOPLE.isdisjoint(cur.name.lower().split()):
            return cur
        cur = ctx.coref.resolve(cur.start, word)
    return None


PARTITIVE_PREPS = frozenset({"of"})
"""The preposition of a part ("many of them", "some of them")."""
SOURCE_REACH = 3
"""How many antecedents back a part's pronoun may look past its own reporting source."""


def _past_reporting_source(s: _Sentence, tok: Token, hit: Hit | None, ctx: _Context) -> Hit | None:
    """ "Rebel commanders said many of them were making for X": a part of a group ("many of
    them") in what an unnamed source reports is of the group the source tells about, not of
    the source itself (officials, commanders, witnesses): the pronoun looks past it."""
    if hit is None or hit.actor_kind is not ActorKind.COLLECTIVE or tok.dep not in PREP_OBJECTS:
        return hit
    if tok.lower not in PLURAL_PRONOUN_WORDS or s.head(tok).lower not in PARTITIVE_PREPS:
        return hit
    source = _reporting_source(s, tok)
    if source is None:
        return hit
    lo, hi = s.sent.subtree(source)
    for _ in range(SOURCE_REACH):
        if hit is None or not (lo <= hit.start < hi):
            break
        hit = ctx.coref.resolve(hit.start, tok.lower)
    return hit


def _reporting_source(s: _Sentence, tok: Token) -> Token | None:
    """The subject of the saying verb whose reported clause holds ``tok``, if any."""
    for a in s.sent.ancestors(tok):
        if a.dep == "ccomp" and a.head != a.i and s.head(a).lemma in SAYING_VERBS:
            return s.child(s.head(a), SUBJECTS)
    return None


def _commanded(s: _Sentence, tok: Token, hit: Hit | None, ctx: _Context) -> Hit | None:
    """ "His forces", "the commander's fighters": a person's force moves as his side, when the
    knowledge base knows it (else as the person, whose forces the caller cannot name)."""
    owner = s.child(tok, frozenset({"poss"}))
    if tok.pos != "NOUN" or not (
        tok.lemma in UNNAMED_FORCES or (tok.lemma in MEN_LEMMAS and owner is not None)
    ):
        return hit
    if (hit is None or _is_weak(hit)) and owner is not None and owner.lower in PRONOUNS:
        resolved = ctx.coref.resolve(owner.start, owner.lower)  # "his fighters"
        group = (
            _latest_commanders_group(s, tok, ctx)
            if resolved is None and owner.lower in SINGULAR_OWNERS
            else None
        )
        if group is not None:
            return group  # "Bahroun's men ... his men": the commander is named only in his men
        hit = resolved or hit
    if hit is not None and hit.key.startswith(UNKNOWN_COMMANDERS_FORCES) and hit.master is not None:
        return (
            _apposed_side(hit.master, _phrase_span(s, tok), ctx) or hit
        )  # "P, an LNA commander, ... his men"
    if hit is None or hit.actor_kind is not ActorKind.PERSON or hit.start <= tok.start < hit.end:
        return hit
    phrase = _phrase_span(s, tok)
    return (
        _side_of(hit, phrase)
        or _titled_side(hit, phrase, ctx)
        or _apposed_side(hit, phrase, ctx)
        or _led_side(hit, phrase, ctx)
        or _group_of_commander(hit, phrase, ctx)
        or hit
    )


APPOSED_SIDE_REACH = 80
"""Characters an apposition after a commander's name ("P, commander of the Y,") may take."""
APPOSITION_OPENERS = frozenset(
    {"a", "an", "the", "commander", "head", "leader", "chief", "deputy", "spokesman"}
)
"""Lower-case first words of an apposition after a name (a capitalised word opens one too): a
verb there ("P, said ...") opens none."""
UNKNOWN_COMMANDERS_FORCES = "forces-of:person:"
"""Key prefix of the forces the mention finder made of a commander the knowledge base does not
know ("Juwaili's forces", "his men" of "Ali Saleh")."""


def _apposed_side(person: Hit, phrase: tuple[int, int], ctx: _Context) -> Hit | None:
    """ "P, commander of the Y Brigade, said his men had entered X", "P, an LNA commander, said
    his forces ...": the side named in the apposition set off by commas right after the
    commander's name (an armed group; a government's forces; the group a title's word names)
    is his, where the knowledge base gives him none."""
    text = ctx.text
    if not text.startswith(",", person.end):
        return None
    close = text.find(",", person.end + 1, person.end + APPOSED_SIDE_REACH)
    opener = text[person.end + 1 : close].split()[:1]
    if close < 0 or not opener or not (opener[0][:1].isupper() or opener[0] in APPOSITION_OPENERS):
        return None
    for h in ctx.hits_in(person.end, close):
        if h.start < person.end:
            continue
        if h.actor_kind is ActorKind.ARMED_GROUP and not _is_weak(h):
            return Hit(*phrase, h.key, h.name, h.source, h.actor_kind, entry=h.entry)
        if h.actor_kind is ActorKind.GOVERNMENT:
            key, name = (h.entry.id, h.entry.name) if h.entry is not None else (h.key, h.name)
            return Hit(
                *phrase, "forces:" + key, f"{name} forces", "forces", ActorKind.ARMED_GROUP, affiliation=name
            )
        if h.actor_kind is ActorKind.COLLECTIVE:
            side = _side_in_title(text[h.start : h.end], phrase)
            if side is not None:
                return side
    return None


def _side_in_title(title: str, phrase: tuple[int, int]) -> Hit | None:
    """The armed group (or a government's forces) the knowledge base knows by a capitalised word of
    an unnamed title ("LNA" in "an LNA commander"), as :func:`_group_named_by` reads a title's
    modifier."""
    kb = ActorKB.default()
    for word in title.split():
        if not word[:1].isupper():
            continue
        entry = kb.lookup(word)
        if entry is not None and entry.kind is ActorKind.ARMED_GROUP:
            return Hit.of_entry(*phrase, entry)
        if entry is not None and entry.kind is ActorKind.GOVERNMENT:  # "a GNA commander": its forces
            name = f"{entry.name} forces"
            return Hit(
                *phrase, "forces:" + entry.id, name, "forces", ActorKind.ARMED_GROUP, affiliation=entry.name
            )
    return None


MEN_LEMMAS = frozenset({"man", "gunman", "militiaman", "loyalist"})
"""Heads that are a commander's force only with an owner ("his men", "Bahroun's gunmen")."""
SINGULAR_OWNERS = frozenset({"his", "her"})
COMMANDER_REACH = 600
"""How far back (characters, within the entry) a commander's men are looked for."""


def _latest_commanders_group(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "his men" whose "his" finds no one (the commander named only in "X's men"): the
    latest commander's group told before, within the entry."""
    phrase = _phrase_span(s, tok)
    floor = max(phrase[0] - COMMANDER_REACH, ctx.entry_start(phrase[0]))
    k = bisect.bisect_left(ctx.starts, phrase[0])
    for h in reversed(ctx.hits[max(0, k - 40) : k]):
        if h.start < floor:
            break
        if h.source == "forces" and h.master is not None and h.master.actor_kind is ActorKind.PERSON:
            return Hit(*phrase, h.key, h.name, h.source, h.actor_kind, entry=h.entry, master=h.master)
    return None


LEADING_PARTICIPLES = ("led", "commanded", "headed")
"""Participles that tell whom a group follows ("the Sumud Brigade, led by Salah Badi")."""
LEADING_VERBS_PRESENT = ("leads", "led", "commands", "commanded", "heads", "headed")
"""Verbs of a relative clause that tell the group a person leads ("P, who commands the Y")."""
_LED_BY_BEFORE = re.compile(
    r"(?<!\s)\s*+,\s++(?:" + "|".join(LEADING_PARTICIPLES) + r")\s++by\s++(?:[a-z]++\s++){0,2}$"
)
_WHO_LEADS_AFTER = re.compile(
    r"(?<!\s)\s*+,\s++who\s++(?:" + "|".join(LEADING_VERBS_PRESENT) + r")\s++the\s++"
)
LED_BY_REACH = 40
"""Characters between a group and its leader's name a "led by" phrase may take."""
OWNED_LEADER_NOUNS = ("commander", "leader", "chief", "commanding officer")
"""Nouns of a group's leader that, owned by the group's pronoun and set before his name, tell
the group he leads ("Their commander, Ali Bashir,"). Lower case; extend freely."""
_OWNED_LEADER_BEFORE = re.compile(
    r"\b([Tt]heir|[Ii]ts)\s++(?:own\s++)?+(?:"
    + "|".join(w.replace(" ", r"\s++") for w in OWNED_LEADER_NOUNS)
    + r")\s*+,\s++(?:who\s++(?:"
    + "|".join(p.replace(" ", r"\s++") for p in NAMING_RELATIVES)
    + r")\s++)?+(?:[A-Z][\w.'\u2019-]*+\s++){0,3}+$"
)
"""What stands before a leader's name that his group's pronoun owns ("Their commander, Colonel
Ali Bashir", "Its leader, who goes by the name Abu Ali")."""
OWNED_LEADER_REACH = 80
"""Characters before a leader's name :data:`_OWNED_LEADER_BEFORE` may take."""


def _group_led_by(ctx: _Context, i: int) -> Hit | None:
    """The named armed group (not a weak description) that the person mention ``ctx.hits[i]``
    is told leading: the group just before a "led by" naming him ("Y, led by commander P") or
    the definite group his own "who leads" clause names ("P, who leads the Y"). An indefinite
    group ("who leads a brigade from X") is one of a side's units, no side: none."""
    person, text = ctx.hits[i], ctx.text
    before = _LED_BY_BEFORE.search(text, max(0, person.start - LED_BY_REACH), person.start)
    if before is not None:
        for h in reversed(ctx.hits[max(0, i - 3) : i]):
            if h.end == before.start():
                return h if h.actor_kind is ActorKind.ARMED_GROUP and not _is_weak(h) else None
    after = _WHO_LEADS_AFTER.match(text, person.end)
    if after is not None:
        for h in ctx.hits[i + 1 : i + 4]:
            if h.start == after.end():
                return h if h.actor_kind is ActorKind.ARMED_GROUP and not _is_weak(h) else None
    owned = _OWNED_LEADER_BEFORE.search(text, max(0, person.start - OWNED_LEADER_REACH), person.start)
    if owned is not None:  # "Their commander, P": the group "their" takes up
        group = ctx.named(ctx.coref.resolve(owned.start(), owned.group(1).lower()))
        return group if group is not None and group.actor_kind is ActorKind.ARMED_GROUP else None
    return None


def _led_side(person: Hit, phrase: tuple[int, int], ctx: _Context) -> Hit | None:
    """ "The Y, led by P, joined ... P said his men had reached X": the men of a commander the
    knowledge base gives no side are the group the text tells him leading, not the side told
    moving last."""
    group = ctx.led_group(person)
    if group is None:
        return None
    return Hit(*phrase, group.key, group.name, group.source, group.actor_kind, entry=group.entry)


def _group_of_commander(person: Hit, phrase: tuple[int, int], ctx: _Context) -> Hit | None:
    """ "Bahroun's men seized X. His men later pulled back": the armed group the article made
    of the commander's men ("Bahroun's forces"), for every move his men make."""
    for h in ctx.hits:
        if h.source == "forces" and h.master is not None and h.master.key == person.key:
            return Hit(*phrase, h.key, h.name, h.source, h.actor_kind, entry=h.entry, master=h.master)
    return None


def _described_owner(s: _Sentence, tok: Token, hit: Hit | None, ctx: _Context) -> Hit | None:
    """ "The brigade's columns", "the group's fighters": a force owned by a description of an
    armed group told before moves as that group."""
    if tok.pos != "NOUN" or tok.lemma not in FORCE_HEADS or not (hit is None or _is_weak(hit)):
        return hit
    owner = s.child(tok, frozenset({"poss"}))
    if owner is None or owner.lower not in DESCRIPTIONS or owner.pos != "NOUN":
        return hit
    det = s.child(owner, frozenset({"det"}))
    if det is None or det.lower not in COLUMN_DETERMINERS:
        return hit
    found = ctx.coref.resolve(owner.start, owner.lower)
    return found if found is not None and found.actor_kind is ActorKind.ARMED_GROUP else hit


def _titled_side(person: Hit, phrase: tuple[int, int], ctx: _Context) -> Hit | None:
    """ "The X brigade commander Y ... his forces": the named armed group in the commander's
    title, when the knowledge base does not know his side."""
    title = (person.title or "").lower()
    if not title or not ctx.text:
        return None
    reach = len(title) + 40
    for h in ctx.hits_in(person.start - reach, person.end + reach):
        if (
            h.actor_kind is ActorKind.ARMED_GROUP
            and not _is_weak(h)
            and ctx.text[h.start : h.end].lower() in title
        ):
            return Hit(*phrase, h.key, h.name, h.source, h.actor_kind, entry=h.entry)
    return None


BODY_PRONOUN_NUMBER = {"it": "NN", "its": "NN", "they": "NNS", "them": "NNS", "their": "NNS"}
"""A body's pronoun → the tag of the description it may take up ("its" a singular one)."""


def _described_subject_before(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "The commission travelled to Ghadames, and its members drove on": a pronoun after a
    definite description that is its sentence's subject, with no actor named between, is the
    actor the description stands for, not an actor named before the sentence."""
    tag = BODY_PRONOUN_NUMBER.get(tok.lower)
    if tag is None:
        return None
    for k in range(tok.i - 1, -1, -1):
        if s.actor_at[k] is not None:
            return None  # a named actor stands nearer
        t = s.tokens[k]
        if (
            t.dep in SUBJECT_DEPS
            and t.tag == tag
            and ActorKind.PERSON not in DESCRIPTIONS.get(t.lower, (ActorKind.PERSON,))
            and any(c.lower == "the" for c in s.children(t, frozenset({"det"})))
        ):
            return ctx.coref.resolve(t.start, t.lower)
    return None


def _same_pronoun_before(s: _Sentence, tok: Token) -> Token | None:
    """The nearest earlier plural pronoun of the sentence, when ``tok`` is one."""
    if tok.lower not in PLURAL_PRONOUN_WORDS:
        return None
    for k in range(tok.i - 1, -1, -1):
        if s.tokens[k].lower in PLURAL_PRONOUN_WORDS:
            return s.tokens[k]
    return None


def _post_sites(s: _Sentence, tok: Token, gov: Token | None, dests: list[Hit]) -> list[Hit]:
    """Where a post is set up ("set up checkpoints at X", "erected roadblocks around Y"): a post
    stands at a place, so a place only aimed at ("to X", "toward X", the far end of a road the
    post is on) is not where it stands; the parser may hang "to X" of "the road to X" on the verb."""
    hosts = [h for h in (tok, gov) if h is not None]
    aimed = [e for h in hosts for e in _route_places(s, h)[1]]
    aimed += [
        p for h in hosts for name, o in _prep_args(s, h) if name in SELF_DESTINATIONS for p in _places(s, o)
    ]
    return [d for d in dests if not any(d is a for a in aimed)]


def _apposed_body_owner(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "A column of trucks belonging to X, the coalition led by P, crossed ...": a bare group
    description (:data:`DESCRIPTIONS`) apposed to a phrase that names a body, itself or inside it
    (the last body named between the phrase's head and the apposition), stands for that body, not
    for the leader its own "led by" names (the parser may hang the verb on the apposition)."""
    outer = _apposed_to(s, tok) if _describes_body(s, tok) else None  # the verb hung on the apposition
    appos: Token | None = tok
    if outer is not None:
        head = outer
    else:
        head, appos = tok, next((c for c in s.children(tok, APPOSITIONS) if _describes_body(s, c)), None)
    own = s.actor_at[head.i]
    if appos is None or (own is not None and own.actor_kind is not ActorKind.COLLECTIVE):
        return None
    named = (s.actor_at[i] for i in range(appos.i - 1, head.i, -1))  # the phrase before the comma
    hit = next((h for h in named if h is not None and h.actor_kind in APPOSED_BODY_KINDS), None)
    return ctx.named(hit) if hit is not None else None


APPOSITIONS = frozenset({"appos"})
APPOSED_BODY_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT, ActorKind.ORGANIZATION})
"""Kinds of the body a group description apposed to its phrase stands for (not a person, place or crowd)."""


def _apposed_to(s: _Sentence, tok: Token) -> Token | None:
    """What ``tok`` is apposed to: its head for an apposition, or the verb's subject before it
    when the parser made a comma-fenced apposition a second subject ("Fighters from X, the
    group led by P, advanced": "group" a subject beside "Fighters")."""
    if tok.dep in APPOSITIONS:
        return s.head(tok)
    if tok.dep not in SUBJECTS:
        return None
    first = min((c.i for c in s.children(tok) if c.i < tok.i), default=tok.i)
    if first == 0 or s.tokens[first - 1].text != ",":
        return None
    return next((c for c in s.children(s.head(tok), SUBJECTS) if c.i < tok.i), None)


def _describes_body(s: _Sentence, tok: Token) -> bool:
    """A bare group description ("the coalition", "the group") that names no actor of its own."""
    return tok.lower in DESCRIPTIONS and tok.pos == "NOUN" and s.actor_at[tok.i] is None


def _sending_town_named(s: _Sentence, tok: Token) -> Hit | None:
    """The town a town's head noun names by "of" when that town acts as its authorities ("the
    town of Misrata sent fighters": Misrata, as the bare "Misrata sent fighters" is)."""
    if tok.lemma not in TOWN_HEADS:
        return None
    prep = next((c for c in s.children(tok, _PREP) if c.lower == "of"), None)
    town = s.child(prep, frozenset({"pobj"})) if prep is not None else None
    hit = s.actor_at[town.i] if town is not None else None
    return hit if hit is not None and hit.key.startswith(SENDING_TOWN_KEY) else None


def _actor_inside(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """An actor named inside the phrase: "Haftar's forces", "forces loyal to X", "X-led troops",
    "drones of X" (vehicles and aircraft stand for their owner)."""
    level = [c for c in s.children(tok, ACTOR_MODIFIERS) if _opens_owner(s, c)]
    for _ in range(3):
        found: list[tuple[int, Hit]] = []
        for c in level:
            hit = s.actor_at[c.i]
            if (
                hit is None
                and c.dep in ("poss", "pobj")
                and c.lower in PRONOUNS
                and not _unnamed_plural_before(s, c)
            ):
                # "his forces", "forces loyal to him"; "a source said his convoy ...": not the source's
                informant = _informant_teller(s, c)
                hit = (
                    ctx.coref.resolve(informant.start, c.lower)
                    if informant is not None
                    else _described_subject_before(s, c, ctx) or ctx.coref.resolve(c.start, c.lower)
                )
                hit = _past_reporting_source(s, c, hit, ctx)  # "sources said many of them ..."
            if hit is not None and _carried_people(s, c):
                hit = _displaced_before(hit, c.lower, ctx) or hit  # "1,200 of them were bused"
            if hit is not None and s.place_at[c.i] is not hit:
                found.append((abs(tok.i - c.i), hit))
                if _loyalty_link(s, c):
                    ctx.loyal_to[id(hit), s.sent.start] = _phrase_span(s, tok)
        if found:
            return min(found, key=lambda f: f[0])[1]  # the modifier nearest the head
        level = [g for c in level for g in s.children(c, ACTOR_MODIFIERS) if _opens_owner(s, g)]
    return _group_of_place(s, tok)


SAYING_VERBS = frozenset({"say", "tell", "report", "announce", "confirm", "add", "state", "claim"})
SIDE_WORDS = frozenset({"army", "forces", "military"})
BARE_BREAKERS = frozenset({"det", "amod", "compound", "poss", "nummod", "prep", "relcl", "acl"})


def _reporting_speaker(s: _Sentence, tok: Token) -> Token | None:
    """The subject of the saying verb (:data:`SAYING_VERBS`) whose reported clause has ``tok``
    as its subject ("X said troops reached the camp": X; "Troops reached the camp, X said", the
    saying hung on the clause as :data:`SPEECH_LINKS`); none outside such a clause."""
    clause = s.head(tok)
    if clause.dep == "ccomp" and s.head(clause).lemma in SAYING_VERBS:
        return s.child(s.head(clause), SUBJECTS)
    after = (v for v in s.children(clause, SPEECH_LINKS) if v.lemma in SAYING_VERBS and v.i > tok.i)
    saying = next(after, None)
    return s.child(saying, SUBJECTS) if saying is not None else None


REPORTED_FORCES = UNNAMED_FORCES | SUPPORT_NOUNS
"""Bare plural nouns of a force that, in a clause a side's speaker reports, are that side's
("the LNA said reinforcements had been sent to X")."""


def _reported_side(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "X, spokesman for the army, said troops reached the camp": a bare force noun in a
    reported clause belongs to the side its speaker's own words name (his side, the group
    in his title); none when they name no side."""
    if tok.lemma not in REPORTED_FORCES or tok.tag != "NNS" or tok.dep not in ALL_SUBJECTS:
        return None
    if any(c.dep in BARE_BREAKERS and not _side_owner(s, c) and not _part_word(c) for c in s.children(tok)):
        return None  # "Turkish troops" name their own side; "fresh troops", "other units" do not
    speaker = _reporting_speaker(s, tok)
    if speaker is None:
        return None
    lo, hi = s.sent.subtree(speaker)
    government: Hit | None = None
    for t in s.tokens:
        if lo <= t.start < hi:
            side = _side_in(s, t, ctx)
            if side is not None:
                return side
            government = government or _speakers_government(s, t)
    return _government_forces(s, tok, government) if government is not None else None


def _speakers_government(s: _Sentence, t: Token) -> Hit | None:
    """ "GNA commanders said fresh units had been deployed to X": a government named in the
    speaker's title (a modifier of the speaker, not the speaker itself) whose forces, not the
    government, are the bare force the speaker reports (``_government_forces``)."""
    hit = s.actor_at[t.i]
    if hit is not None and hit.actor_kind is ActorKind.COLLECTIVE and t.dep in ("compound", "amod"):
        return _government_named_by(t)  # "a GNA commander": one mention, the government in its title
    if hit is None or hit.actor_kind is not ActorKind.GOVERNMENT or t.dep in ALL_SUBJECTS:
        return None
    return hit


def _government_named_by(t: Token) -> Hit | None:
    """The government the knowledge base knows by a modifier's word ("GNA" in "a GNA commander"),
    as :func:`_group_named_by` finds an armed group."""
    if t.pos != "PROPN":
        return None
    entry = ActorKB.default().lookup(t.text)
    if entry is None or entry.kind is not ActorKind.GOVERNMENT:
        return None
    return Hit(t.start, t.end, entry.id, entry.name, "kb", ActorKind.GOVERNMENT, entry=entry)


def _part_word(c: Token) -> bool:
    """ "fresh troops", "other units", "more reinforcements": a word (:data:`PART_WORDS`) that makes
    a bare force noun a part of some side, naming none of its own."""
    return c.dep in PART_DEPS and c.lower in PART_WORDS


SPEAKER_BODY_WORDS = frozenset({"group", "militia", "force", "brigade"})
"""Heads of a bare definite description of an armed body ("the group", "the militia") that, as the
subject of what a member of a named body reports, stand for that body."""
SPEAKER_TITLE_LINKS = frozenset({"compound", "amod", "poss"})
"""How a body's name hangs on its member who speaks ("a Radaa official", "the brigade's spokesman")."""


def _speakers_body(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "A Radaa official said the group had pulled its men back", "an LNA spokesman said the force
    had withdrawn": a bare "the group" (:data:`SPEAKER_BODY_WORDS`, with only "the") that is the
    subject of a clause reported by a speaker whose title names an armed group (``_side_in`` over
    the title's modifiers, :data:`SPEAKER_TITLE_LINKS`) is the speaker's own body, not the body
    named just before; with no group in the title it is left to coreference."""
    if tok.lemma not in SPEAKER_BODY_WORDS or tok.tag != "NN" or tok.dep not in ALL_SUBJECTS:
        return None
    kids = list(s.children(tok))
    if len(kids) != 1 or kids[0].dep != "det" or kids[0].lower != "the":
        return None
    speaker = _reporting_speaker(s, tok)
    if speaker is None:
        return None
    for t in s.children(speaker, SPEAKER_TITLE_LINKS):
        side = _side_in(s, t, ctx)
        if side is not None:
            return side
    return None


def _side_owner(s: _Sentence, poss: Token) -> bool:
    """ "the army's units": a bare side word owning the force names no side of its own."""
    det = s.child(poss, frozenset({"det"}))
    return poss.dep == "poss" and poss.lower in SIDE_WORDS and det is not None and det.lower == "the"


def _side_in(s: _Sentence, t: Token, ctx: _Context) -> Hit | None:
    hit = s.actor_at[t.i]
    if hit is not None and hit.actor_kind is ActorKind.PERSON:
        return _side_of(hit, (hit.start, hit.end))
    if hit is not None and hit.actor_kind is ActorKind.COLLECTIVE and t.dep in ("compound", "amod"):
        return _group_named_by(t)  # "an LNA official": the group his title names
    if hit is not None:
        return hit if hit.actor_kind is ActorKind.ARMED_GROUP and not _is_weak(hit) else None
    det = s.child(t, frozenset({"det"}))
    if t.lower in SIDE_WORDS and det is not None and det.lower == "the":
        found = ctx.coref.resolve(t.start, t.lower)
        return found if found is not None and found.actor_kind is ActorKind.ARMED_GROUP else None
    return None


def _group_named_by(t: Token) -> Hit | None:
    """The armed group the knowledge base knows by a modifier's word ("LNA" in "an LNA official")."""
    if t.pos != "PROPN":
        return None
    entry = ActorKB.default().lookup(t.text)
    if entry is None or entry.kind is not ActorKind.ARMED_GROUP:
        return None
    return Hit(t.start, t.end, "forces-of:" + entry.name, entry.name, "group", ActorKind.ARMED_GROUP)


def _group_of_place(s: _Sentence, tok: Token) -> Hit | None:
    """ "Drones belonging to the UAE", "the jets of Egypt": a country owns the
    equipment or forces. (Forces named by their town are left to the mention finder.)"""
    if tok.lemma not in FORCE_HEADS:
        return None
    level = [c for c in s.children(tok, ACTOR_MODIFIERS) if not _homeland_aside(s, c)]  # "men, mostly from X"
    for _ in range(3):
        for c in level:
            place = s.place_at[c.i]
            if place is not None and place.place is not None and place.place.kind is LocationKind.COUNTRY:
                return Hit(
                    place.start,
                    place.end,
                    place.key,
                    place.name,
                    "owner",
                    ActorKind.COUNTRY,
                    place=place.place,
                )
        level = [g for c in level for g in s.children(c, ACTOR_MODIFIERS) if _opens_actor(g)]
    return None


def _opens_actor(tok: Token) -> bool:
    if tok.lemma in BACKING_WORDS or tok.lower in BACKING_WORDS:
        return False  # "rebels allied to the army": not theirs
    return tok.dep != "prep" or tok.lower in ACTOR_PREPS


def _backs(s: _Sentence, tok: Token) -> bool:
    """ "UN-backed", "Turkish-supported": the name only backs the phrase's head."""
    after = [t.lower for t in s.tokens[tok.i + 1 : tok.i + 3]]
    if after and after[0] == "-":
        after = after[1:]
    return bool(after) and after[0] in BACKING_WORDS


def _opens_owner(s: _Sentence, tok: Token) -> bool:
    return (
        _opens_actor(tok)
        and not _backs(s, tok)
        and not _homeland_aside(s, tok)
        and not _apposition_past_verb(s, tok)
    )


def _apposition_past_verb(s: _Sentence, tok: Token) -> bool:
    """ "six people had been taken to a shelter run by X, the UN agency, in the city": the parser
    may hang an apposition that follows the subject's own verb on the subject; an apposition
    stands right after what it renames, so one with the subject's verb between the two renames a
    word after the verb (X), never the subject, and names no owner of it."""
    if tok.dep != "appos":
        return False
    head = s.head(tok)
    if head.dep not in ALL_SUBJECTS:
        return False
    verb = s.head(head)
    return head.i < verb.i < tok.i


def _person_beside(s: _Sentence, tok: Token) -> Hit | None:
    """ "Gaddafi's son Saif", "its commander, Ali Kana": a role noun with a named person in
    apposition stands for that person, not for the owner before it; so does a capitalised
    title no name holds ("the Minister of Health, Dr. Ramadan Abu Janah, arrived")."""
    if tok.pos != "NOUN" and not _bare_title(s, tok):
        return None
    for a in s.children(tok, frozenset({"appos"})):
        named = s.actor_at[a.i]
        if named is not None and named.actor_kind is ActorKind.PERSON:
            return named
    return None


def _bare_title(s: _Sentence, tok: Token) -> bool:
    """A capitalised title noun ("Minister", "Representative") that no named actor holds."""
    held = s.actor_at[tok.i]
    return tok.pos == "PROPN" and (held is None or held.actor_kind is ActorKind.COLLECTIVE)


def _named_in_apposition(s: _Sentence, tok: Token) -> Hit | None:
    """ "The LNA's local allies, the Kaniyat militia, retreated": a head noun that names no actor
    of its own, with an apposition that names a group, stands for that group, not for the owner
    inside its own phrase (the mentions layer leaves such "allies" unnamed)."""
    for appos in s.children(tok, frozenset({"appos"})):
        named = s.actor_at[appos.i]
        if named is not None and named.actor_kind in APPOSED_GROUP_KINDS:
            return named
    return None


TITLE_CONJUNCT_TAGS = frozenset({"NN"})


def _stray_apposed_name(s: _Sentence, tok: Token) -> Hit | None:
    """ "X and the speaker of the House, Y, were flown in": a singular title conjunct whose
    person's name, set off by commas right after the title's phrase, the parser hangs on the
    first conjunct as its apposition; that person moves, not the body the title's phrase names."""
    if tok.dep != "conj" or tok.tag not in TITLE_CONJUNCT_TAGS or s.actor_at[tok.i] is not None:
        return None
    if s.child(tok, frozenset({"det"})) is None:
        return None
    end = s.sent.subtree(tok)[1]
    for appos in s.children(s.head(tok), frozenset({"appos"})):
        named = s.actor_at[appos.i]
        lo = s.sent.subtree(appos)[0]
        if named is not None and named.actor_kind is ActorKind.PERSON and s.ctx is not None:
            if appos.start > tok.start and s.ctx.text[end:lo].strip() == ",":
                return named
    return None


APPOSED_GROUP_KINDS = frozenset({ActorKind.ARMED_GROUP})
"""Kinds of actor an apposition names for a head noun that names none ("its allies, the X militia")."""


def _named_apposition(s: _Sentence, tok: Token) -> Hit | None:
    """ "Ahmed, a farmer who fled X": the named actor a description stands beside."""
    if tok.dep != "appos":
        return None
    named = s.actor_at[tok.head]
    return named if named is not None and named.actor_kind is not ActorKind.COLLECTIVE else None


def _demonstrated(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "these fighters", "those units": the named group told before."""
    det = s.child(tok, frozenset({"det"}))
    if tok.lemma not in FORCE_HEADS or det is None or det.lower not in ("these", "those"):
        return None
    hit = ctx.coref.resolve(tok.start, tok.lower) or ctx.coref.resolve(tok.start, "forces")
    return hit if hit is not None and hit.actor_kind in OWNER_KINDS else None


def _owner_from(s: _Sentence, tok: Token) -> Hit | None:
    """ "fighters from the Kaniyat militia", "troops of the army": the named group a
    collective force noun belongs to (a town after "from" is where they come from)."""
    if tok.lemma not in FORCE_HEADS:
        return None
    for prep in s.children(tok, PREPOSITIONS):
        if prep.lower not in ("from", "of"):
            continue
        for obj in s.children(prep, PREP_OBJECTS):
            hit = s.actor_at[obj.i]
            if hit is not None and hit.actor_kind in OWNER_KINDS and s.place_at[obj.i] is not hit:
                return hit
    return None


def _places(s: _Sentence, tok: Token, depth: int = 0) -> list[Hit]:
    """The places a noun phrase names, one per conjunct ("Sirte and Brega", "the towns of
    Waddan, Hun and Sawkna")."""
    out: list[Hit] = []
    for t in _place_conjuncts(s, tok):
        hit = _place_of(s, t, depth)
        found = [hit] if hit is not None else _places_of_part(s, t, depth) or _listed_places(s, t)
        if depth == 0:
            found = found + _included_places(s, t)  # "three towns, including X and Y"
        out.extend(h for h in found if not any(h is o for o in out))
    return out


INCLUDING_WORDS = frozenset({"including"})


def _included_places(s: _Sentence, tok: Token) -> list[Hit]:
    """ "several towns, including X and Y", "bases across the city, including in X": the places
    an "including" phrase on the word lists are among the places it names."""
    found: list[Hit] = []
    for prep in s.children(tok, PREPOSITIONS):
        if prep.lower in INCLUDING_WORDS:
            for _, obj in _prep_objects(s, prep, prep.lower, 0):
                found.extend(_places(s, obj, 1))
    return found


def _listed_places(s: _Sentence, tok: Token) -> list[Hit]:
    """ "The ports were retaken": a plural description stands for the places just listed, or for
    those it introduces after a dash or colon ("the biggest oil ports – A and B –")."""
    if tok.tag != "NNS" or tok.lemma not in PLURAL_PLACE_NOUNS or s.ctx is None:
        return []
    det = s.child(tok, frozenset({"det", "predet", "nummod"}))
    pointing_back = det is not None and det.lower in BACK_POINTING
    after = [] if pointing_back else s.ctx.places_listed_after(tok.end, PLURAL_PLACE_NOUNS[tok.lemma])
    if after:
        return after
    if det is None or det.lower not in LIST_DETERMINERS or any(s.children(tok, PREPOSITIONS)):
        return []
    listed = s.ctx.places_listed_before(tok.start, PLURAL_PLACE_NOUNS[tok.lemma])
    count = LIST_NUMBERS.get(det.lower)
    return listed if count is None or len(listed) == count else []


def _of_sort(place: Place, features: frozenset[str] | None) -> bool:
    return place.feature in features if features is not None else place.populated


PART_PREPS = frozenset({"in", "near", "around", "at", "on"})
"""Prepositions that place a thing ("control of the terminals at X", "positions near Y"); "on"
leads to a part of a place ("pulled back to positions on the outskirts of X", "on the edge of Y"),
so an area noun before it is where that part is."""


def _places_of_part(s: _Sentence, tok: Token, depth: int) -> list[Hit]:
    """ "the town of X", "the outskirts of X", "positions in X": the places the phrase names."""
    if tok.lemma in REFERENCE_WORDS or tok.lower in REFERENCE_WORDS or depth > 2:
        return []  # "south of Tripoli": Tripoli is only the reference point
    for p in s.children(tok, PREPOSITIONS):
        inside = p.lower in PART_PREPS and (tok.lemma in AREA_NOUNS or depth > 0)
        inside = inside or (p.lower == "at" and tok.lemma in PLURAL_PLACE_NOUNS)  # "the terminals at X"
        if p.lower == "of" or inside:  # "the last pocket of resistance in X"
            for o in s.children(p, PREP_OBJECTS):
                return _places(s, o, depth + 1)
    shore = _nation_shore(s, tok)
    if shore:
        return shore  # "left the Syrian coast": Syria
    if _is_ship(s, tok):
        return _ship_waters(s, tok, depth)  # "flown to a warship in the Mediterranean"
    if tok.lemma in AREA_NOUNS:
        return _located_in(s, tok)  # "positions held by the LNA in X"
    return []


SHIP_WATERS_PREPS = frozenset({"in"})
"""Prepositions that place a ship at sea ("a warship in the Mediterranean"): someone taken to the
ship goes there ("off" is left out: a ship off a town is not in it)."""
SHIP_WATERS_LINKS = frozenset({"appos", "relcl"})
"""Links from a ship's name to the words that say where it lies ("the USS X, a transport ship
that had been waiting in the Mediterranean")."""
SHIP_WATERS_REACH = 3


def _is_ship(s: _Sentence, tok: Token) -> bool:
    """A vessel noun (:data:`VESSEL_NAME_LEADS`) or a ship's name after its prefix ("USS X")."""
    if tok.lemma in VESSEL_NAME_LEADS:
        return True
    return tok.pos == "PROPN" and any(
        c.text in SHIP_PREFIXES for c in s.children(tok, frozenset({"compound"}))
    )


def _ship_waters(s: _Sentence, tok: Token, depth: int) -> list[Hit]:
    """The sea or coast a ship lies in or off (:data:`SHIP_WATERS_PREPS`), told on the ship's
    word, its apposition or a relative clause on either (:data:`SHIP_WATERS_LINKS`)."""
    todo, seen = [tok], 0
    while todo and seen < SHIP_WATERS_REACH:
        cur = todo.pop(0)
        seen += 1
        for p in s.children(cur, PREPOSITIONS):
            if p.lower in SHIP_WATERS_PREPS:
                for o in s.children(p, PREP_OBJECTS):
                    found = _places(s, o, depth + 1)
                    if found:
                        return found
        todo.extend(c for c in s.children(cur, SHIP_WATERS_LINKS) if c.pos in ("NOUN", "PROPN", "VERB"))
    return []


SHORE_NOUNS = frozenset({"coast", "coastline", "shore", "waters", "water"})
"""Nouns of a country's edge by the sea that a nationality word before them places in that
country ("the Syrian coast", "Tunisian waters")."""


NATION_LAND_NOUNS = frozenset({"territory", "soil"})
"""Nouns of a country's whole land that a nationality word before them makes that country
("left Libyan territory", "on Tunisian soil"), Libya's own word included
(:data:`HOME_NATION_COUNTRIES`)."""
HOME_NATION_COUNTRIES: Mapping[str, str] = {"libyan": "Libya"}
"""Libya's nationality word, which names the country only before a land noun (a Libyan coast or
vehicle names no place or side)."""


def _nation_shore(s: _Sentence, tok: Token) -> list[Hit]:
    """ "The fleet left the Syrian coast", "sailed out of Maltese waters": a shore noun
    (``SHORE_NOUNS``) a foreign nationality word (``NATION_COUNTRIES``) modifies is in that
    country, where the article names the country as a place (a Libyan coast names no town);
    "left Libyan territory" (``NATION_LAND_NOUNS``) leaves the country, Libya too."""
    land = tok.lemma in NATION_LAND_NOUNS
    if not (land or tok.lemma in SHORE_NOUNS) or s.ctx is None:
        return []
    for mod in s.children(tok, NATION_MODIFIERS):
        country = NATION_COUNTRIES.get(mod.lower) or (HOME_NATION_COUNTRIES.get(mod.lower) if land else None)
        if country is None or mod.i > tok.i:
            continue
        place = s.ctx.country_places.get(country)
        return [] if place is None else [place]
    return []


OWNED_BY_COUNTRY = frozenset(
    {"mission", "embassy", "consulate", "envoy", "ambassador", "delegation", "diplomat", "legation"}
)
"""Nouns of a state's people or bodies abroad: a country's name before them is their owner, not
a place ("stormed the U.S. mission in Benghazi", "arrived as the U.S. envoy")."""


def _country_owns(s: _Sentence, modifier: Token, head: Token) -> bool:
    """ "the U.S. mission": the country named before an OWNED_BY_COUNTRY noun owns it."""
    hit = s.place_at[modifier.i]
    return (
        head.lemma in OWNED_BY_COUNTRY
        and hit is not None
        and hit.place is not None
        and hit.place.kind.value == "country"
    )


def _place_of(s: _Sentence, tok: Token, depth: int) -> Hit | None:
    """The place a head noun names: itself, or a name beside it ("X airport", "the city X")."""
    hit = s.place_at[tok.i]
    if hit is not None:
        return hit
    if tok.lemma in REFERENCE_WORDS or tok.lower in REFERENCE_WORDS or depth > 2:
        return None  # "south of Tripoli": Tripoli is only the reference point
    for c in s.children(tok, NAME_PARTS):
        if s.place_at[c.i] is not None and not _country_owns(s, c, tok):
            return s.place_at[c.i]
    for c in (m for a in s.children(tok, frozenset({"amod"})) for m in (a, *s.children(a, CONJUNCTS))):
        if c.pos == "PROPN" and c.i < tok.i and s.place_at[c.i] is not None:
            return s.place_at[c.i]  # "the (eastern) Gharyan area": a name the parser read as a modifier
    owner = s.child(tok, frozenset({"poss"}))
    if owner is not None and tok.lemma in AREA_NOUNS:  # "its stronghold in/of X": X, more precise
        return next(iter(_located_in(s, tok, OWNED_PART_PREPS)), None) or _owning_place(s, owner)
    told = _the_town(s, tok) or _the_site(s, tok)
    if told is None and owner is not None and tok.lemma in TERRITORY_NOUNS and owner.pos != "PRON":
        return _owning_town(s, tok, owner)
    return told


def _owning_town(s: _Sentence, tok: Token, owner: Token) -> Hit | None:
    """ "The capital's camps", "Sirte's port": a site a town owns, not named itself, is in that
    town ("Libya's eastern city of Derna" names its own place after "of")."""
    if any(p.lower == "of" for p in s.children(tok, PREPOSITIONS)):
        return None
    town = s.place_at[owner.i] or _the_town(s, owner)
    if town is None or town.place is None or town.place.kind in (LocationKind.COUNTRY, LocationKind.REGION):
        return None
    return town


IN_PREPS = frozenset({"in"})
OWNED_PART_PREPS = IN_PREPS | {"of"}
"""Prepositions naming the place of a possessed part: "its stronghold in X", "its stronghold of X"
are X, not the place named before."""


def _owning_place(s: _Sentence, owner: Token) -> Hit | None:
    """The place whose part a possessive names: "its outskirts" (the place just named),
    "Tripoli's outskirts", "the city's eastern suburbs" (the town named just before)."""
    if owner.lower == "its":
        return s.ctx.place_before(owner.start) if s.ctx is not None else None
    return s.place_at[owner.i] or _the_town(s, owner)


TOWN_DEPS = frozenset({"det", "case"})  # "the city", "the city's"


def _the_town(s: _Sentence, tok: Token) -> Hit | None:
    """ "launched an attack on the city": a bare "the city" or "the town" is the town named
    just before (never a region or country)."""
    if (
        tok.lemma not in (SETTLEMENT_NOUNS | TOWN_PART_NOUNS) - {"capital"}
        or tok.tag != "NN"
        or s.ctx is None
    ):
        return None
    det = s.child(tok, frozenset({"det"}))
    if det is None or det.lower != "the" or any(c.dep not in TOWN_DEPS for c in s.children(tok)):
        return None
    before = s.ctx.place_before(_before_own_start(s, tok))
    return before if before is not None and before.place is not None and before.place.populated else None


START_PREPS = frozenset({"from"})
"""Prepositions of a move's starting place, which a goal "the town" after them never names."""


def _before_own_start(s: _Sentence, tok: Token) -> int:
    """Where to look back from for the town a goal "the town" names: "sent troops from X and Y
    to the town" names the town told before the "from" phrase on the same verb, not X or Y."""
    prep = s.head(tok)
    if prep.dep not in PREPOSITIONS or prep.lower not in DEST_PREPS:
        return tok.start
    verb = s.head(prep)
    start = next((p for p in s.children(verb, PREPOSITIONS) if p.lower in START_PREPS and p.i < prep.i), None)
    return start.start if start is not None else tok.start


SITE_SORTS: dict[str, frozenset[str]] = {
    "base": _BASES,
    "airbase": _BASES,
    "camp": frozenset({"military_base"}),
    "barracks": frozenset({"military_base"}),
    "headquarters": _BASES | {"military_base", "compound", "building"},
    "compound": _BASES | {"military_base", "compound", "building", "camp", "prison"},
}
"""Site nouns a bare "the (strategic) headquarters" uses for the site named just before, and the
features that site must have (a hospital named last is no headquarters)."""
SITE_DEPS = frozenset({"det", "amod"})
SITE_REACH_CHARS = 600


def _the_site(s: _Sentence, tok: Token) -> Hit | None:
    """ "pushed out of the strategic headquarters": a bare "the base" or "the headquarters" is
    the site of its sort named just before (within a paragraph's reach)."""
    if tok.lemma not in SITE_SORTS or s.ctx is None or tok.pos != "NOUN":
        return None
    det = s.child(tok, frozenset({"det"}))
    if det is None or det.lower != "the" or any(c.dep not in SITE_DEPS for c in s.children(tok)):
        return None
    sort = SITE_SORTS[tok.lemma]
    floor = max(tok.start - SITE_REACH_CHARS, s.ctx.entry_start(tok.start))
    for h in reversed(s.ctx.hits_in(floor, tok.start)):
        if h.place is not None and h.place.kind is LocationKind.SITE:
            return h if h.place.feature in sort else None
    return None


def _is_area(hit: Hit) -> bool:
    return hit.place is not None and hit.place.kind in (LocationKind.REGION, LocationKind.COUNTRY)


def _unique(hits: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    for h in hits:
        if not any(_same_place(h, o) for o in out):
            out.append(h)
    return out


def _same_place(a: Hit | None, b: Hit | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.place is not None and b.place is not None and a.place.id == b.place.id


# ---------------------------------------------------------------- modality


def _asked(s: _Sentence, tok: Token) -> bool:
    """ "Have foreign fighters reached Tripoli?", "Did the brigade withdraw and regroup?": a
    yes-no question (its auxiliary before its subject, a question mark at its end) asks
    whether the move was made; it does not tell it (a wh-question presupposes the move)."""
    last = next((t for t in reversed(s.tokens) if t.pos != "SPACE"), None)
    if last is None or last.text != "?":
        return False
    clause = tok
    while clause.dep == "conj" and not any(s.children(clause, AUXILIARIES)):
        clause = s.head(clause)
    subject = next(iter(s.children(clause, SUBJECT_DEPS)), None)
    aux = next((a for a in s.children(clause, AUXILIARIES) if subject is not None and a.i < subject.i), None)
    return aux is not None and not any(t.tag in WH_TAGS for t in s.tokens[: aux.i - s.tokens[0].i])


WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
"""Question words: "why did X withdraw?" asks about a move it takes as made."""


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
"""A clause's subject, active or passive."""


DUTY_VERBS = frozenset({"secure", "clear"})
"""Verbs of a capture ("the army secured the towns", "had cleared Brega of gangs") that in the
simple present or as a progressive ("Rada secures the bank's headquarters", "troops were
clearing the city of gangs", "the convoys are securing the borders") tell a standing duty or
work going on, not a place taken. A headline's present tells a past event ("Army secures X")."""


def _on_duty(s: _Sentence, verb: Token) -> bool:
    """A verb of :data:`DUTY_VERBS` in the simple present (outside the headline) or in a
    progressive ("were clearing", "are securing")."""
    if verb.lemma not in DUTY_VERBS or verb.pos != "VERB":
        return False
    if verb.tag == "VBG":
        return any(a.lemma == "be" for a in s.children(verb, AUXILIARIES))
    if verb.tag not in FINITE_PRESENT_TAGS or any(s.children(verb, AUXILIARIES)):
        return False
    return s.ctx is None or not _is_headline(s.sent, s.ctx.text)


def _modality(s: _Sentence, tok: Token) -> Modality | None:
    """Reported, planned, attempted or denied; None for requested, conditional, purpose,
    habitual moves or a duty going on (:func:`_on_duty`)."""
    if _habitual(s, tok) or _on_duty(s, tok):
        return None
    modality = _own_modality(s, tok)
    cur = tok
    for _ in range(4):
        if cur.head == cur.i:
            break
        head = s.head(cur)
        step = _step(s, cur, head)
        if step is None:
            return None
        if step is not Modality.REPORTED:
            modality = _under(modality, step)
        if cur.dep == "pcomp" and head.dep == "prep" and s.head(head).lemma in CONTROL_HEADS:
            step = _control_step(s, s.head(head), cur)  # "did not succeed in taking X"
            return _stronger(modality, step) if step is not None else None
        if cur.dep not in ("xcomp", "conj", "ccomp") and not _time_clause_of_asked(s, cur, head):
            break
        if cur.dep == "conj" and (
            any(s.children(cur, AUXILIARIES)) or _finite_after_infinitive(s, cur, head)
        ):
            break
        cur = head
        if _habitual(s, cur):
            return None  # "convoys often try to cross", "fighters used to cross ... and return"
    return modality


def _time_clause_of_asked(s: _Sentence, cur: Token, head: Token) -> bool:
    """ "urged its fighters to protect civilians once they entered the capital", "told them to
    hold Sirte when they reach it": a time clause (:data:`TIME_CLAUSE_MARKERS`) hung on a
    to-infinitive that completes another verb is no more told as done than that infinitive, so
    the walk goes on up to the verb that asks for it (:data:`REQUEST_HEADS`); under any other
    verb ("moved to secure X after they entered Y", "agreed to disarm after they left Y on
    Monday") the time clause may tell what was done."""
    if cur.dep != "advcl" or head.dep not in ("xcomp", "ccomp") or head.head == head.i:
        return False
    if s.head(head).lemma not in REQUEST_HEADS:
        return False
    if not any(a.lower == "to" for a in s.children(head, AUXILIARIES)):
        return False
    links = s.children(cur, frozenset({"mark", "advmod"}))
    return any(c.lower in TIME_CLAUSE_MARKERS and c.i < cur.i for c in links)


HABITUAL_ADVERBS = frozenset(
    {
        "often",
        "regularly",
        "routinely",
        "usually",
        "frequently",
        "sometimes",
        "typically",
        "generally",
        "normally",
        "habitually",
        "occasionally",
        "customarily",
        "commonly",
        "seldom",
        "rarely",
        "daily",
        "weekly",
        "nightly",
    }
)
"""Adverbs of frequency: a move told with one ("convoys regularly cross into Chad", "fighters
often travel to Tripoli") is a habit, no movement made at one time (SCHEMA: a movement is an
event)."""
HABITUAL_DETERMINERS = frozenset({"every", "each"})
HABITUAL_TIMES = frozenset(
    {"day", "week", "month", "year", "night", "morning", "evening", "weekend", "fortnight", "season"}
)
""""every week", "each night": a recurring time, when it modifies the verb, makes the move a habit."""
HABITUAL_LINKS = frozenset({"advmod", "npadvmod"})
HABIT_VERBS = frozenset({"use"})
""""fighters used to cross the border": a past habit; "used" has no object ("used trucks to
reach X" is a means) and no auxiliary ("trucks were used to ferry fighters")."""


def _habitual(s: _Sentence, verb: Token) -> bool:
    """A move told as a habit: an adverb of frequency or "every week" on its verb, or the verb
    under "used to"."""
    for mod in s.children(verb, HABITUAL_LINKS):
        if mod.lower in HABITUAL_ADVERBS:
            return True
        if mod.lemma in HABITUAL_TIMES and any(
            d.lower in HABITUAL_DETERMINERS for d in s.children(mod, frozenset({"det"}))
        ):
            return True
    return (
        verb.dep == "xcomp"
        and s.head(verb).lemma in HABIT_VERBS
        and not any(s.children(s.head(verb), OBJECTS | AUXILIARIES))
    )


def _finite_after_infinitive(s: _Sentence, verb: Token, head: Token) -> bool:
    """ "stopped in X to refuel and went on to Y": a past-tense verb the parser joins to an
    infinitive of purpose is a clause of its own; the purpose does not reach it."""
    return verb.tag == "VBD" and any(a.lower == "to" for a in s.children(head, AUXILIARIES))


NEGATED_SUBJECT_WORDS = frozenset({"none", "nobody", "neither"})
"""Subjects that deny the verb's act of every one of them ("None of the rebels reached X")."""


def _denied_subject(s: _Sentence, tok: Token) -> bool:
    """ "No LNA unit has entered X", "None of the rebels reached Y", "Not one of their vehicles
    has reached Z": a subject denied by its determiner, its own word or a "not" on it says
    the move was not made."""
    for subject in s.children(tok, SUBJECT_DEPS):
        if subject.lower in NEGATED_SUBJECT_WORDS or any(s.children(subject, NEGATIONS)):
            return True
        if any(d.lower in NEGATING_DETERMINERS for d in s.children(subject, frozenset({"det"}))):
            return True
    return False


NON_ASSERTIVE_DETERMINERS = frozenset({"any"})
"""Determiners that stand only where a clause is denied, asked or supposed: a move whose object
or place they mark ("have not, as far as we know, entered any town", where the parser may hang
the "not" elsewhere) is not told as made."""
NON_ASSERTIVE_PLACE_PREPS = frozenset({"into", "to", "toward", "towards", "on", "at", "in", "from"})
"""Prepositions of a move's place; "without any resistance" licenses its own "any"."""


def _non_assertive_object(s: _Sentence, tok: Token) -> bool:
    """ "entered any town held by X", "moved into any of the villages": the move's object, or the
    object of one of its prepositions, is marked by :data:`NON_ASSERTIVE_DETERMINERS`."""
    held = list(s.children(tok, OBJECTS))
    held += [
        o
        for p in s.children(tok, frozenset({"prep"}))
        if p.lower in NON_ASSERTIVE_PLACE_PREPS
        for o in s.children(p, frozenset({"pobj"}))
    ]
    for obj in held:
        if obj.lower in NON_ASSERTIVE_DETERMINERS:
            return True  # "entered any of the towns"
        if any(d.lower in NON_ASSERTIVE_DETERMINERS for d in s.children(obj, frozenset({"det"}))):
            return True
    return False


def _own_modality(s: _Sentence, tok: Token) -> Modality:
    if any(s.children(tok, NEGATIONS)) or _denied_subject(s, tok) or _non_assertive_object(s, tok):
        return Modality.DENIED
    if _alternative_not_taken(s, tok):
        return Modality.DENIED
    auxes = {a.lower for a in s.children(tok, AUXILIARIES)}
    if _hedged_past(auxes, tok):
        return Modality.REPORTED
    if auxes & PLANNED_AUXILIARIES or ("to" in auxes and tok.dep == "ROOT"):
        return Modality.PLANNED
    return Modality.REPORTED


ALTERNATIVE_MARKS = frozenset({"than"})
"""Conjunctions that join a move as the alternative set aside ("were rotated rather than
withdrawn", "moved to X rather than withdrawn"): the move after them was not made."""


def _alternative_not_taken(s: _Sentence, tok: Token) -> bool:
    """ "they may have been rotated rather than withdrawn": a conjunct verb joined to its head by
    one of :data:`ALTERNATIVE_MARKS` is the move not made (denied), whatever its head's modality."""
    if tok.dep != "conj" or tok.head == tok.i:
        return False
    head = s.head(tok)
    return any(
        c.lower in ALTERNATIVE_MARKS and head.i < c.i < tok.i for c in s.children(head, frozenset({"cc"}))
    )


HEDGED_PAST_MODALS = frozenset({"may", "might", "must"})
"""Modals that, with a perfect "have" and a past participle, hedge a move already made ("a second
column may have reached X", "the convoy might have crossed into Y", "they must have left Z"): a
report told with doubt, as a monitor tells what it could not verify, not a move still to come.
"would have", "could have" and "should have" stay planned: they tell what did not happen."""


def _hedged_past(auxes: set[str], tok: Token) -> bool:
    """ "may have reached", "might have left": a hedging modal (:data:`HEDGED_PAST_MODALS`) and a
    perfect auxiliary on a past participle."""
    return tok.tag == "VBN" and bool(auxes & HEDGED_PAST_MODALS) and bool(auxes & PERFECT_AUXILIARIES)


AUTHORISING_HEADS = frozenset(
    {"approve", "authorise", "authorize", "sanction", "endorse", "mandate", "ratify", "greenlight", "clear"}
)
"""Verbs by which a body permits a movement ("approved the deployment of troops", "authorised
sending units abroad", "had cleared her departure", "the jet was cleared to land"): the movement
is planned, not made."""
AUTHORISED_DEPS = frozenset({"dobj", "xcomp", "ccomp", "nsubjpass"})


NEGATING_DETERMINERS = frozenset({"no"})
"""Determiners that deny the noun they stand on ("no sign", "no intention")."""
GERUND_LINKS = frozenset({"of"})
"""Prepositions by which a gerund hangs on a noun of sign or intent ("no sign of leaving")."""


def _no_sign_of(s: _Sentence, cur: Token, head: Token) -> bool:
    """ "showed no sign on Thursday of leaving the capital", "gave no indication of withdrawing":
    a gerund under "of" that the parse hangs on the verb (past a time phrase) rather than on its
    noun, where the verb's object is denied by "no": the move is not made."""
    if cur.dep != "pcomp" or head.dep != "prep" or head.lower not in GERUND_LINKS:
        return False
    verb = s.head(head)
    return verb is not head and any(
        d.lower in NEGATING_DETERMINERS
        for o in s.children(verb, OBJECTS)
        for d in s.children(o, frozenset({"det"}))
    )


def _step(s: _Sentence, cur: Token, head: Token) -> Modality | None:
    """What the clause above says of the movement below it."""
    if _no_sign_of(s, cur, head):
        return Modality.DENIED
    if head.lemma in AUTHORISING_HEADS and cur.dep in AUTHORISED_DEPS:
        return Modality.PLANNED  # "parliament approved the deployment": permitted, not made
    to = any(a.lower == "to" for a in s.children(cur, AUXILIARIES))
    mark = s.child(cur, frozenset({"mark"}))
    if cur.dep == "advcl" and mark is not None and mark.lower in CONDITIONALS:
        return None  # "if the rebels advance"
    if cur.dep in QUESTION_CLAUSE_DEPS and mark is not None and mark.lower in QUESTION_MARKS:
        # "it was not clear whether the brigades were moving": asked, not told; a move still to
        # come that is asked about ("did not say whether his force would move on X") stays planned
        return Modality.PLANNED if _own_modality(s, cur) is Modality.PLANNED else None
    if cur.dep == "advcl" and mark is None and (_inverted_condition(s, cur, head) or _in_case(s, cur, head)):
        return None  # "had the LNA entered Tripoli, ...", "in case LNA forces advanced on X"
    if cur.dep == "advcl" and mark is not None and _awaited(s, mark, head):
        return None  # "the strike would continue until every armed group had left"
    if cur.dep == "advcl" and mark is not None and _ahead(s, cur, mark, head):
        return Modality.PLANNED  # "flew to Athens a day before world leaders gather in Berlin"
    if head.lemma in PRETENCE_HEADS or _seeming(s, cur, head):
        return None  # "pretended to withdraw", "made it look like they had withdrawn"
    if cur.dep in ("advcl", "acl") and to and _only_to(s, cur):
        return Modality.REPORTED  # "slipped into X, only to leave again": what happened next
    if cur.dep == "advcl" and to and _implicative(s, head, cur):
        return _own_modality(s, head)  # "went on to seize X": the parser reads a purpose
    if cur.dep in ("acl", "relcl") and to and _ordinal_noun(s, head):
        return _own_modality(s, s.head(head))  # "X was the last town to fall to Y": a move made
    if cur.dep in ("advcl", "acl", "relcl") and to:
        return _noun_purpose(head)  # "an offensive to seize X": purpose, not done
    if head.lemma in PREVENTION_HEADS and cur.dep not in SIBLING_CLAUSES and not _told_clause(s, cur):
        # "to prevent militias moving across the capital" (not "stopped after X withdrew"); a
        # relative clause only describes its noun: "apartment blocks whose residents fled"; a
        # conjunct is a second act ("were stopped at X and sent back", "halted loading and its
        # workers were evacuated"), not the one prevented
        return None
    if cur.dep == "xcomp" or (cur.dep == "ccomp" and to):
        return _control_step(s, head, cur)  # "demanded the army to withdraw" (parsed as ccomp)
    if cur.dep == "ccomp" and head.lemma in DENIAL_HEADS:
        return Modality.DENIED
    if cur.dep == "acl" and _disowned_claim(s, head):
        return Modality.DENIED  # "denied reports that its forces had entered X"
    if cur.dep == "ccomp" and head.lemma in WISHED_STATE_HEADS and not any(s.children(cur, AUXILIARIES)):
        return None  # "wanted every member of the family returned": a wish, not a move made
    if _mandative(s, cur, head):
        return None  # "demanded that the militias leave", "his call that the council go": asked for
    if cur.dep == "conj":
        return _own_modality(s, head) if not any(s.children(cur, AUXILIARIES)) else Modality.REPORTED
    return Modality.REPORTED


CLAIM_NOUNS = frozenset(
    {"report", "claim", "rumour", "rumor", "allegation", "suggestion", "account", "story", "speculation"}
)
"""Nouns of a claim whose "that" clause tells what was claimed ("reports that X had entered Y")."""
UNTRUE_WORDS = frozenset({"false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "wrong"})
"""Words that judge a claim untrue ("rumours that X had fled proved false")."""
JUDGING_VERBS = frozenset({"be", "prove", "turn"})


def _disowned_claim(s: _Sentence, noun: Token) -> bool:
    """A noun of a claim (:data:`CLAIM_NOUNS`) that a verb of denial takes as its object ("denied
    reports that ...", "dismissed claims that ..."), or that is the subject of a verb judging it
    untrue ("rumours that ... proved false"): the move its "that" clause tells was denied."""
    if noun.lemma not in CLAIM_NOUNS or noun.head == noun.i:
        return False
    verb = s.head(noun)
    if noun.dep in OBJECTS | PASSIVE_SUBJECTS and verb.lemma in DENIAL_HEADS:
        return True
    if noun.dep not in SUBJECTS or verb.lemma not in JUDGING_VERBS:
        return False
    judged = s.children(verb, frozenset({"acomp", "attr", "oprd"}))
    return any(j.lower in UNTRUE_WORDS for j in judged)


MANDATIVE_HEADS = frozenset(
    {
        "demand",
        "insist",
        "request",
        "ask",
        "call",
        "urge",
        "order",
        "command",
        "require",
        "propose",
        "recommend",
    }
)
"""Verbs and nouns whose "that" clause in the bare (subjunctive) form is what they ask for:
"demanded that the brigade withdraw", "repeated his demand that the council leave"."""
BARE_TAGS = frozenset({"VB", "VBP"})


def _mandative(s: _Sentence, cur: Token, head: Token) -> bool:
    """A "that" clause in the bare form, with no auxiliary, under a verb or noun of asking (or
    hung on the verb whose object that noun is: "repeated its call that X leave")."""
    asking = head.lemma in MANDATIVE_HEADS or (
        cur.dep == "ccomp" and any(o.lemma in MANDATIVE_HEADS for o in s.children(head, OBJECTS))
    )
    return (
        asking
        and cur.dep in ("ccomp", "acl")
        and cur.tag in BARE_TAGS
        and not any(s.children(cur, AUXILIARIES))
        and any(m.lower == "that" for m in s.children(cur, frozenset({"mark"})))
    )


WISHED_STATE_HEADS = frozenset({"want", "wish", "demand", "need", "prefer"})
"""Verbs whose bare clause is a state wished for ("wanted them sent back", "demanded the
fighters withdrawn"), not one told as done."""


SIBLING_CLAUSES = frozenset({"relcl", "conj"})
"""Clauses under a verb of prevention that are not what it prevents: a relative clause describes
its noun, a conjunct tells a second act ("the convoy was stopped at the checkpoint and turned
back": it did turn back)."""


TOLD_MARKS = frozenset({"after", "when", "as", "once", "since", "while", "because"})
"""Conjunctions of a clause that tells what happened ("stopped after X withdrew"), not what was stopped."""


PRETENCE_HEADS = frozenset({"pretend", "feign", "fake", "simulate"})
SEEMING_VERBS = frozenset({"look", "seem", "appear", "sound"})


def _seeming(s: _Sentence, cur: Token, head: Token) -> bool:
    """ "made it look like they had withdrawn", "made it seem as if": an appearance someone
    made, not the movement ("it looked like X had withdrawn" only hedges a report)."""
    if cur.dep != "advcl" or head.lemma not in SEEMING_VERBS or head.head == head.i:
        return False
    if s.head(head).lemma != "make":
        return False
    return any(c.lower in ("like", "if") for c in s.children(cur, frozenset({"mark"})))


def _told_clause(s: _Sentence, cur: Token) -> bool:
    """An adverbial clause of time or cause ("after X withdrew", "when X entered")."""
    links = s.children(cur, frozenset({"mark", "advmod"}))
    return cur.dep == "advcl" and any(c.lower in TOLD_MARKS and c.i < cur.i for c in links)


ORDINAL_WORDS = frozenset({"first", "last", "second", "third", "latest", "final"})
"""Words that rank a noun by when its move came ("the last town to fall to X", "one of the first
units to enter Y"): the infinitive after such a noun tells a move made, no purpose; it takes the
modality of the clause the noun stands in ("will be the first force to enter X" is planned)."""


def _ordinal_noun(s: _Sentence, noun: Token) -> bool:
    """Whether ``noun`` (or the noun after "one of") is ranked by an :data:`ORDINAL_WORDS` word."""
    ranked = noun
    if noun.lower == "one":
        of = s.child(noun, frozenset({"prep"}))
        obj = s.child(of, frozenset({"pobj"})) if of is not None and of.lower == "of" else None
        ranked = obj if obj is not None else noun
    return any(c.lower in ORDINAL_WORDS for c in s.children(ranked, frozenset({"amod"})))


def _noun_purpose(head: Token) -> Modality | None:
    if head.lemma in ATTEMPTED_HEADS or head.lemma in ("effort", "attempt", "bid"):
        return Modality.ATTEMPTED
    if head.lemma in PLANNED_HEADS or head.lemma in ("plan", "intention", "order", "threat"):
        return Modality.PLANNED
    return None


def _control_step(s: _Sentence, head: Token, verb: Token) -> Modality | None:
    lemma = head.lemma
    if lemma in ATTEMPTED_HEADS:
        own = _own_modality(s, head)  # "may be trying to reach X", "will try to": only possible
        return Modality.ATTEMPTED if own is Modality.REPORTED else own
    if lemma in REPORTED_HEADS:
        own = _own_modality(s, head)
        return Modality.ATTEMPTED if own is Modality.DENIED and lemma in ("succeed", "manage") else own
    if lemma in ("order", "command"):
        return Modality.PLANNED
    if _implicative(s, head, verb):
        return _own_modality(s, head)  # "chose to withdraw", "went on to seize X", "had to pull back"
    if lemma in REQUEST_HEADS:
        return None  # "urged the militias to withdraw": asked for, not done
    if _hedged_report(s, head, verb):
        return _own_modality(s, head)  # "are said to have flown out of X": a report, hedged
    if lemma == "refuse":
        return Modality.DENIED
    if lemma in PLANNED_HEADS or verb.tag != "VBG":
        return Modality.PLANNED  # "vowed to take X"
    return _own_modality(s, head)  # "reported capturing X", "kept pushing"


IMPLICATIVE_HEADS = frozenset({"choose", "opt", "dare", "proceed", "hasten", "bother"})
"""Verbs whose infinitive tells what their subject did ("chose to withdraw", "opted to leave X",
"proceeded to seize Y"), as against a plan or a wish."""
IMPLICATIVE_PARTICLE_HEADS = frozenset({("go", "on")})
""" "went on to seize X": with its particle the verb tells the next act done ("go" alone plans)."""
PAST_IMPLICATIVE_HEADS = frozenset({"have"})
""" "had to pull back": an obligation told in the past was met ("has to leave" is still to come)."""


def _implicative(s: _Sentence, head: Token, verb: Token) -> bool:
    """Whether ``head``'s infinitive ``verb`` is told as done: an implicative verb, "go on" with
    the infinitive right after its particle ("went on to Sirte to seize the airport" is a
    purpose), or a past "had to"."""
    if head.lemma in IMPLICATIVE_HEADS:
        return True
    to = next((a for a in s.children(verb, AUXILIARIES) if a.lower == "to"), None)
    for particle in s.children(head, frozenset({"prt"})):
        if (head.lemma, particle.lower) in IMPLICATIVE_PARTICLE_HEADS and to is not None:
            return to.i == particle.i + 1
    return head.lemma in PAST_IMPLICATIVE_HEADS and head.tag in FINITE_PAST_TAGS


HEDGE_HEADS = frozenset(
    {
        "say",
        "report",
        "believe",
        "think",
        "understand",
        "rumour",
        "rumor",
        "claim",
        "allege",
        "know",
        "suppose",
    }
)
"""Verbs of hearsay whose passive raises the mover ("X is said to have fled"): a report, hedged."""


def _hedged_report(s: _Sentence, head: Token, verb: Token) -> bool:
    """ "are said to have flown out", "is reported to have flown", "appears to have withdrawn"."""
    if head.lemma in HEDGE_HEADS:
        return _is_passive(s, head)
    perfect = any(a.lower == "have" for a in s.children(verb, AUXILIARIES))
    return head.lemma in SEEMING_VERBS and perfect


_RANK = {Modality.REPORTED: 0, Modality.PLANNED: 1, Modality.DENIED: 2, Modality.ATTEMPTED: 3}


def _stronger(a: Modality, b: Modality) -> Modality:
    return a if _RANK[a] >= _RANK[b] else b


def _under(inner: Modality, outer: Modality) -> Modality:
    """The modality of a move told ``inner`` under a head told ``outer``: the stronger of the
    two, except that an attempt under a plan or an expectation ("expect the LNA to try to
    retake X", "is expected to try to seize Y") is still to come: planned."""
    if inner is Modality.ATTEMPTED and outer is Modality.PLANNED:
        return Modality.PLANNED
    return _stronger(inner, outer)


# ---------------------------------------------------------------- dates and records


def _emit(frame: _Frame, span: Span, s: _Sentence, ctx: _Context, out: list[MovementDraft]) -> None:
    """One draft per actor and per destination, unless the same event was just told."""
    later = _only_to_verb(s, frame.anchor)  # "slipped in on 17 May, only to leave within hours"
    if _told_since(s, frame.anchor):
        date = _own_clause_date(s, frame.anchor, ctx)  # "began on 15 January and has since taken X"
    else:
        date = (
            (_clause_date(s, later, ctx) if later is not None else None)
            or _clause_date(s, frame.anchor, ctx)
            or (
                None
                if _own_time_unknown(s, frame.anchor, ctx)
                else _ongoing_date(
                    s,
                    frame.anchor,
                    ctx,
                    _inherited_date(out, ctx, frame.trigger.start, span, _described_moves(s, frame, out)),
                )
                or _news_date(s, frame.anchor, ctx)
            )
        )
        date = _offset_date(s, frame.anchor, date, ctx)
    _note_main_date(s, frame.anchor, date, span.start, ctx)
    origin = frame.origins[0] if frame.origins else None
    if origin is None and _from_where(s, frame.anchor):
        origin = _where_antecedent(s, frame.anchor, frame.dests)
    if origin is None and (
        _goes_on(s, frame.anchor) or _split_subject(s, frame.anchor) or _from_where(s, frame.anchor)
    ):
        origin = _last_reached(out, frame.actors, frame.dests, frame.trigger.start)
    if origin is None and _goes_on(s, frame.anchor):
        origin = _story_town_left(ctx, frame.dests, frame.trigger.start)
    if origin is None and _leaves_again(s, frame):
        origin = _own_last_reached(out, frame.actors, frame.trigger.start)
    if origin is None and frame.dests and not _goes_on(s, frame.anchor):
        origin = _conjoined_start(s, out, frame)  # "moved from X into Y and pushed north towards Z"
    for named in frame.actors:
        kind = _refined(_kind(frame, named), frame, s, named)
        if kind is None or (kind in ASSAULT_KINDS and _targeted(s, named, frame.anchor)):
            continue
        actor = _loyalists(named, span, ctx) or (named if _launched(frame) else _forces_of(named, kind))
        retreat = _retreat_told_on(out, frame, kind, actor, ctx.text)
        if retreat is not None:
            kind, origin = MovementKind.WITHDRAW, origin or retreat.origin  # "withdrew ... making for X"
        leg = _retreat_leg(s, out, frame, kind, actor)
        if leg is not None:
            kind, origin = MovementKind.WITHDRAW, origin or leg.destination  # ", from where ... flown to Z"
        dests: list[Hit | None] = [
            d for d in frame.dests if d is not actor and not _side_of_a_dest(d, frame.dests, ctx.text)
        ] or [None]
        starts = _left_places(frame, kind, dests)
        if len(starts) > 1:
            dests = [None] * len(starts)  # "abandoned X and Y": one withdraw from each
        for k, dest in enumerate(dests):
            start = dests[k - 1] if k and any(dest is h for h in frame.onward) else origin
            start = starts[k] if len(starts) > 1 else start
            if kind is MovementKind.WITHDRAW and start is None and dest is None:
                start = _given_up(out[-3:], actor, frame.trigger, dest, ctx.last_told)  # "had already left"
            if kind is MovementKind.WITHDRAW and start is None and _leaves_what_it_reached(s, frame.anchor):
                start = _reached_in_sentence(s, out, actor, span, frame.trigger)  # "entered X and pulled out"
            told = _repeat_of(out, actor, kind, dest, span, frame.trigger, ctx, date, frame.thing, start)
            if told is not None and told.sentence != span and _told_next(s, frame.anchor):
                told = None  # "besieged X ... its units then advanced from Y": a further move
            if told is not None and _way_back(frame, dest, told, ctx.text):
                told = None  # "flew to Cairo ... he returned": the journey back, not the one out
            if told is not None and len(starts) > 1 and told.destination is not None:
                told = None  # "abandoned X and Y" after "pulled back to Z": leaving each town is its own move
            if told is not None:
                ctx.last_told[id(told)] = frame.trigger.end
                if (
                    told.origin is None
                    and start is not None
                    and (dest is None or _same_place(told.destination, dest))
                ):
                    told.origin = (
                        start  # "pushed to X and swept into it from Y": the retelling says where from
                    )
                continue
            out.append(
                MovementDraft(
                    kind, frame.trigger, span, actor, start, dest, date, frame.modality, frame.thing
                )
            )


DEST_SIDE = re.compile(r"the\s++(?:north|south)?+-?+(?:east|west)?+", re.IGNORECASE)
"""A bare side of the country ("the south", "the north-east")."""
DEST_SIDE_GAP = " in "
"""What stands between a place reached and the side of the country it lies in."""


def _side_of_a_dest(hit: Hit, dests: Sequence[Hit], text: str) -> bool:
    """ "redeployed to the air base at X in the south", "sent troops to Kufra in the east": the
    side after "in" says where the place reached lies, and is no second destination."""
    if hit.place is None or hit.place.kind is not LocationKind.REGION:
        return False
    m = DEST_SIDE.fullmatch(text, hit.start, hit.end)
    if m is None or m.end() - m.start() <= len("the "):
        return False
    gap = hit.start - len(DEST_SIDE_GAP)
    return text[gap : hit.start] == DEST_SIDE_GAP and any(d.end == gap for d in dests if d is not hit)


HEADING_VERBS = frozenset({"head", "make"})
"""Verbs of heading somewhere ("heading towards X", "making for X"): where a mover is going."""
RETREAT_REACH = 400
"""How far back (characters) a withdrawal of the same actor makes its heading a retreat."""


RETREAT_COURSE_VERBS = frozenset({"move", "drive"})
"""Verbs of plain going under one's own power that, with nothing carried and no particle ("its
vehicles were seen driving east toward Y", "moving south toward Z"), tell a heading as
:data:`HEADING_VERBS` do ("moved them to X" and "moved on to Y" tell more)."""


def _plain_drive(frame: _Frame) -> bool:
    """Whether the frame is a bare verb of :data:`RETREAT_COURSE_VERBS` moving nothing but its subject."""
    return frame.cls.lemma in RETREAT_COURSE_VERBS and not frame.cls.particle and not frame.carried


def _retreat_told_on(
    out: Sequence[MovementDraft], frame: _Frame, kind: MovementKind, actor: Hit, text: str
) -> MovementDraft | None:
    """ "X pulled back from Y. ... its vehicles were seen heading towards Z": a heading told just
    after the same actor's withdrawal goes on with that retreat (a withdraw, from where it left);
    after a plain leaving ("left X and headed to Z") it is setting out, not a retreat."""
    if kind not in ONWARD_KINDS or frame.cls.particle == "back":
        return None
    if frame.cls.lemma not in HEADING_VERBS and not _plain_drive(frame):
        return None
    start = frame.trigger.start
    for d in reversed(out):
        if d.trigger.start < start - RETREAT_REACH:
            return None
        if d.actor is not None and _same_side(d.actor, actor) and d.trigger.start < start:
            if d.kind is not MovementKind.WITHDRAW or d.modality is not Modality.REPORTED:
                return None
            return None if text[d.trigger.start : d.trigger.end].lower() in _departure_forms() else d
    return None


LEG_KINDS = frozenset({MovementKind.DEPLOY, MovementKind.TRAVEL})
"""Kinds a carrying or plain going verb takes ("were airlifted", "travelled") that, told as the
next leg of a retreat, go on with it."""


def _from_where(s: _Sentence, verb: Token) -> bool:
    """ "..., from where they were airlifted to Z": a clause hung on the place before it."""
    head = s.head(verb)
    return (
        verb.dep == "pcomp"
        and head.lower == "from"
        and any(c.lower == "where" for c in s.children(verb, frozenset({"advmod"})))
    )


def _conjoined_start(s: _Sentence, out: Sequence[MovementDraft], frame: _Frame) -> Hit | None:
    """ "moved from X into Y and pushed north towards Z", "advanced from X to Y and swept on
    towards Z": a move told as the next conjunct of a force's advance or deployment
    (``SET_OUT_KINDS``) from a place to another, with no subject of its own, a place reached and
    no start of its own, goes on with that push and so sets out from the same place (a start
    with no end, "drove south from X and crossed into Z", is one move, ``_join_set_outs``; a
    journey "travelled on to Z" goes on from where it reached, ``_goes_on``). A capture starts
    nothing ("left X and seized Y" took Y)."""
    verb = frame.anchor
    if verb.dep != "conj" or s.child(verb, SUBJECTS) is not None or frame.cls.kind is MovementKind.CAPTURE:
        return None
    head = s.head(verb)
    for d in reversed(out):
        if d.sentence.start != s.sent.start:
            return None  # drafts are in text order: the sentence's own are the last ones
        if not d.trigger.start <= head.start < d.trigger.end:
            continue
        if (
            d.origin is not None
            and d.destination is not None  # a start with no end is joined with its end instead
            and d.kind in SET_OUT_KINDS
            and d.actor is not None
            and any(_same_side(d.actor, a) for a in frame.actors)
            and not any(_same_place(d.origin, h) for h in frame.dests)
        ):
            return d.origin
    return None


WHERE_REACH_CHARS = 80
"""Most characters between the place a relative "from where" means and its "from"."""


def _where_antecedent(s: _Sentence, verb: Token, dests: Sequence[Hit]) -> Hit | None:
    """ "were bused to the island of X, from where planes flew them home to Y": the town or site
    named just before a relative "from where" (in the sentence, within ``WHERE_REACH_CHARS``)
    is what "where" stands for, so the move of its clause sets out from it, unless it is where
    that move goes."""
    start = s.head(verb).start
    before = s.ctx.place_before(start) if s.ctx is not None else None
    if before is None or before.start < s.sent.start or start - before.end > WHERE_REACH_CHARS:
        return None
    return None if any(_same_place(before, d) for d in dests) else before


def _retreat_leg(
    s: _Sentence, out: Sequence[MovementDraft], frame: _Frame, kind: MovementKind, actor: Hit
) -> MovementDraft | None:
    """ "withdrew to Y, from where they were airlifted to Z": a carrying or going move told from
    where the same actor's withdrawal in the sentence ended is the next leg of that retreat (a
    withdraw from Y); an attack verb there ("from where they pushed on to Z") keeps its kind."""
    if kind not in LEG_KINDS or not _from_where(s, frame.anchor):
        return None
    for d in reversed(out):
        if d.sentence.start < s.sent.start:
            return None  # drafts are in text order: the sentence's own are the last ones
        if d.trigger.start >= frame.trigger.start:
            continue
        if d.actor is not None and _same_side(d.actor, actor):
            withdrew = d.kind is MovementKind.WITHDRAW and d.destination is not None
            return d if withdrew and d.modality is Modality.REPORTED else None
    return None


def _left_places(frame: _Frame, kind: MovementKind, dests: Sequence[Hit | None]) -> list[Hit]:
    """The places a withdraw with no destination leaves, one record each ("abandoned the towns
    of X and Y", "pulled out of X and Y"); else none (the first origin serves every record)."""
    if kind is not MovementKind.WITHDRAW or dests != [None]:
        return []
    return list(frame.origins)


ASSAULT_KINDS = frozenset({MovementKind.CAPTURE, MovementKind.ADVANCE})
TARGET_PREPS = frozenset({"against"})


def _targeted(s: _Sentence, actor: Hit, anchor: Token) -> bool:
    """ "The ambush of X against Y ... the forces seized the bases": a mention the sentence
    names as the target of an attack ("against Y", "against Z and Y"), reached by a pronoun
    or description, is not the side that attacks or captures (no record rather than the
    victim). Read linearly: the parse of such lists is often torn."""
    if not s.sent.start <= actor.start < s.sent.end or _in_argument(s, actor, anchor):
        return False
    tok = s.sent.token_at(actor.start)
    if tok is None:
        return False
    for k in range(tok.i - 1, max(-1, tok.i - 16), -1):
        t = s.tokens[k]
        if t.lower in TARGET_PREPS:
            return True
        if t.pos in _CLAUSE_POS or t.lower in RELATIVE_PRONOUNS:
            return False
    return False


def _in_argument(s: _Sentence, actor: Hit, anchor: Token) -> bool:
    """Whether the actor is the clause's own subject or agent, not reached by reference."""
    for arg in (s.child(anchor, ALL_SUBJECTS), _agent(s, anchor)):
        if arg is not None:
            lo, hi = s.sent.subtree(arg)
            if lo <= actor.start < hi:
                return True
    return False


BODIES = frozenset({ActorKind.GOVERNMENT, ActorKind.ORGANIZATION})


def _moves_itself(frame: _Frame, actor: Hit) -> bool:
    """A person, or a body told by a verb ("the parliament has moved to X", not "the
    government's movement of forces"), that moves with nothing carried travels."""
    if frame.carried:
        return False
    return actor.actor_kind is ActorKind.PERSON or (actor.actor_kind in BODIES and frame.cls.form == "verb")


SENDING_BODIES = frozenset({ActorKind.GOVERNMENT, ActorKind.ORGANIZATION})
"""Bodies whose carrying verbs ("flew aid to X", "shipped tents to Y") send things, not
themselves: a deploy by the owner (SCHEMA), where a person or crowd carrying travels."""


def _kind(frame: _Frame, actor: Hit) -> MovementKind | None:
    """The row's kind, refined by who moves: armed groups deploy or advance, people travel;
    unnamed armed people ("gunmen", "militants") move as an armed group."""
    cls = frame.cls
    if frame.withdrawn and _chauffeured(frame, actor):
        return MovementKind.TRAVEL  # "the minister was driven back to Tripoli": taken there by car
    if frame.withdrawn:
        return MovementKind.WITHDRAW
    if actor.actor_kind is ActorKind.COLLECTIVE and _armed_people(actor):
        actor = attrs.evolve(actor, actor_kind=ActorKind.ARMED_GROUP)
    kind = cls.kind
    if cls.group_kind is not None and actor.actor_kind in _GROUPS:
        kind = cls.group_kind
    elif cls.group_kind is MovementKind.CAPTURE and actor.actor_kind is ActorKind.GOVERNMENT:
        kind = cls.group_kind  # a government's forces enter a town; its ministers arrive
    if frame.carried and kind is MovementKind.ADVANCE and cls.kind is MovementKind.TRAVEL:
        kind = MovementKind.DEPLOY  # "a Turkish frigate sailed to X": a vehicle its owner sends
    if frame.carried and kind is MovementKind.TRAVEL and actor.actor_kind in SENDING_BODIES:
        kind = MovementKind.DEPLOY  # "the government flew supplies to X": cargo its owner sends
    if frame.evacuees and kind in EVACUATED_KINDS and actor.actor_kind in EVACUATING_OWNERS:
        return MovementKind.WITHDRAW  # "Turkey moved its embassy staff to Tunisia": it pulls them out
    if frame.forces and kind is MovementKind.TRAVEL and actor.actor_kind is ActorKind.PERSON:
        kind = MovementKind.DEPLOY  # "the colonel flew reinforcements into X": a leader sends forces
    if cls.lemma in DEPARTURES and actor.actor_kind in _GROUPS and _leaves_the_country(frame):
        kind = MovementKind.WITHDRAW  # "the foreign fighters left Benina for Damascus": out of Libya
    elif (
        cls.lemma in DEPARTURES
        and (frame.dests or frame.towards)
        and not frame.withdrawn
        and not frame.way_out
    ):
        sent = frame.carried and actor.actor_kind in SENDING_BODIES  # "the agency's trucks left X for Y"
        kind = (
            MovementKind.DEPLOY if actor.actor_kind in _GROUPS or sent else MovementKind.TRAVEL
        )  # "left X for Y"
    if _is_business(actor) and kind in FORCE_KINDS and not (frame.aircraft or _carrier_plane(frame, actor)):
        return None  # "fuel sent by the X Oil Company": a firm has no forces to move (its planes it sends)
    if actor.actor_kind is ActorKind.ORGANIZATION and cls.lemma in CLEARING_VERBS:
        return None  # "the Mine Action Centre cleared 200 sites": of mines, not of enemies
    if actor.actor_kind is ActorKind.COLLECTIVE:
        if kind in CROWD_KINDS and _protesters(actor):
            return kind  # "protesters marched on X", "protesters occupied the oil field"
        if kind is MovementKind.ADVANCE and (cls.lemma, cls.particle) in CROWD_ASSAULT_ROWS:
            return kind  # "hundreds of residents marched on the base": on it, not a journey
        if kind is MovementKind.CAPTURE:
            return None
        if frame.forces and kind in (MovementKind.DEPLOY, MovementKind.TRAVEL) and not frame.withdrawn:
            return MovementKind.DEPLOY  # "the authorities flew foreign fighters into X": forces they send
        if frame.carried and kind in (MovementKind.DEPLOY, MovementKind.TRAVEL) and _aid_bodies(actor):
            return MovementKind.DEPLOY  # "aid agencies deployed mobile teams to X": what a body sends
        if kind in (MovementKind.DEPLOY, MovementKind.TRAVEL) and _supply_convoy(actor):
            return MovementKind.DEPLOY  # "a convoy of aid trucks left X for Y": vehicles someone sends
        if cls.kind is MovementKind.DEPLOY and kind is MovementKind.DEPLOY and _sent_team(actor):
            return MovementKind.DEPLOY  # "monitors were deployed to X": a team its owner sends
        if kind in (MovementKind.DEPLOY, MovementKind.ADVANCE, MovementKind.TRAVEL):
            if (
                frame.origins
                and cls.lemma not in ARRIVALS
                and cls.lemma not in RETURNS  # "families returned from Tunisia": a return is travel
                and (cls.lemma, cls.particle) not in ARRIVING_ROWS
                and cls.particle not in ONWARD_WORDS  # "refugees moved on from X": a journey going on
                and not (frame.dests and (cls.kind is MovementKind.TRAVEL or frame.ferried))
                and not (frame.towards and not frame.dests)
                and not _journey_set_out(frame, actor)
            ):
                return MovementKind.WITHDRAW  # people leaving a place ("came from X": they arrive)
            if _people_leave_for(frame, actor):
                return MovementKind.WITHDRAW  # "embassy staff left for Tunisia": they leave, as from X
            return MovementKind.TRAVEL
    if (
        actor.actor_kind is ActorKind.ORGANIZATION
        and kind is MovementKind.TRAVEL
        and cls.lemma in BODY_ENTRY_VERBS
        and not cls.particle
    ):
        return MovementKind.DEPLOY  # "the Red Crescent entered Zawiya": a body sends its teams in
    if kind is MovementKind.DEPLOY and _moves_itself(frame, actor):
        return MovementKind.TRAVEL  # "the minister moved to Tripoli", "the parliament has moved to X"
    if _onward_journey(frame, actor, kind):
        return MovementKind.TRAVEL  # "in 1991 he moved on to Manchester": a journey going on
    if (
        kind is MovementKind.CAPTURE
        and cls.lemma in ENTERING_VERBS
        and (_abroad(frame) or _across_border(frame))
    ):
        kind = MovementKind.ADVANCE  # "the rebels entered Chad": an incursion, no country is taken
    if kind is MovementKind.ADVANCE and cls.kind is MovementKind.TRAVEL and _abroad(frame):
        if cls.lemma not in BORDER_CROSSINGS | ENTERING_VERBS:  # "rebels crossed into Chad": an incursion
            kind = MovementKind.DEPLOY  # "troops are going to Libya": sent into a country, not on a town
    if kind is MovementKind.DEPLOY and frame.towards and actor.actor_kind is not ActorKind.PERSON:
        if cls.lemma in REPOSITION_VERBS or cls.lemma in DEPLOYING_VERBS:
            return kind  # "units redeployed toward the camp": new positions, not an attack
        if not (frame.carried and all(_is_area(d) for d in frame.dests)):
            return (
                MovementKind.ADVANCE
            )  # "moved forces towards Sirte" ("moved forces towards the west": deployed)
    return kind


JOURNEYING_PEOPLE = frozenset(
    {"migrant", "passenger", "pilgrim", "traveller", "traveler", "tourist", "returnee", "deportee"}
)
"""Words (less a plural "s") of people whose leaving one place for another is a journey, not a
flight: "200 migrants left Sabha for Bani Walid", "the pilgrims departed Benghazi for Jeddah" are
travel (SCHEMA, the migrant routes of the genre set), where "families left Derna for Tobruk"
flee their homes (withdraw). Leaving with no goal named ("150 migrants left Sabha") stays a
withdrawal."""


def _journey_set_out(frame: _Frame, actor: Hit) -> bool:
    """ "the migrants left Kufra for Ajdabiya": people on a journey (:data:`JOURNEYING_PEOPLE`)
    leaving a place (:data:`DEPARTURES`) for a named goal travel there."""
    return frame.cls.lemma in DEPARTURES and bool(frame.dests) and _named_with(actor, JOURNEYING_PEOPLE)


EVACUEE_NOUNS = frozenset(
    {"staff", "national", "citizen", "diplomat", "ambassador", "employee", "expatriate", "worker"}
)
"""Heads of a state's or a body's own civilians abroad: "moved its embassy staff overland to X",
"flew its nationals home" pulls them out (SCHEMA: evacuating is a withdrawal), where "moved its
troops to X" deploys them."""
EVACUEE_OWNERS = frozenset({"its", "their"})
"""Possessives that make the civilians the mover's own ("its nationals", not "the nationals")."""
EVACUATED_KINDS = frozenset({MovementKind.DEPLOY, MovementKind.TRAVEL, MovementKind.ADVANCE})
EVACUATING_OWNERS = frozenset({ActorKind.COUNTRY, ActorKind.GOVERNMENT, ActorKind.ORGANIZATION})
"""Who evacuates its own people: a state, a government or a body (an embassy's country, an aid
agency's staff)."""


def _own_evacuees(s: _Sentence, moved: Token) -> bool:
    """Whether what a carrying verb moves is the mover's own civilians: a noun of
    :data:`EVACUEE_NOUNS` owned by "its" or "their" ("its embassy staff", "thousands of its
    nationals"); the parser may make a following adverb the head ("its embassy staff overland")."""
    part_of = _prep_object(s, moved, ("of",))  # "most of its embassy staff"
    named = [moved, _whole(s, moved), *([part_of] if part_of is not None else [])]
    for noun in (*named, *(c for n in named for c in s.children(n, frozenset({"compound"})))):
        if noun.lemma in EVACUEE_NOUNS or noun.lower.removesuffix("s") in EVACUEE_NOUNS:
            owner = s.child(noun, frozenset({"poss"}))
            if owner is not None and owner.lower in EVACUEE_OWNERS:
                return True
    return False


TRIP_MAKERS = TITLE_WORDS | {"delegation", "delegate", "elder", "negotiator", "mediator"}
"""Words (less a plural "s") of people who leave for a place on an errand ("ministers left for
Rome", "a delegation of elders left for Zintan"): a trip, not a flight."""


def _people_leave_for(frame: _Frame, actor: Hit) -> bool:
    """ "embassy staff left for Tunisia", "the crews were leaving overland for Tunis": people who
    leave (:data:`DEPARTURES`) for a goal with the place left unnamed withdraw (SCHEMA: leaving is
    a withdrawal), as "families left Derna for Tobruk" does; people on a journey
    (:data:`JOURNEYING_PEOPLE`) or an errand (:data:`TRIP_MAKERS`) and people a vehicle carries
    ("a flight carrying 20 Ghanaians left for Accra") still travel."""
    return (
        frame.cls.lemma in DEPARTURES
        and not frame.origins
        and bool(frame.dests or frame.towards)
        and not frame.ferried
        and not frame.aboard
        and not frame.carried
        and not _named_with(actor, JOURNEYING_PEOPLE | TRIP_MAKERS)
    )


BODY_ENTRY_VERBS = frozenset({"enter"})
"""Verbs of going into a place that, told of an organisation ("the Libyan Red Crescent entered
the town"), tell the teams and convoys it sent in: a deploy by their owner (SCHEMA), where a
person entering a town travels there."""


def _onward_journey(frame: _Frame, actor: Hit, kind: MovementKind) -> bool:
    """A person going on to a place by a plain going verb ("moved on to Manchester", "went on to
    Cairo"): a journey's next leg, travel, where "moved on X" (no "to") is a move on a place."""
    cls = frame.cls
    return (
        kind is MovementKind.ADVANCE
        and actor.actor_kind is ActorKind.PERSON
        and cls.lemma in GOING_VERBS
        and cls.particle in ONWARD_WORDS
        and bool(frame.dests)
        and not frame.towards
        and not frame.carried
    )


CHAUFFEUR_ROWS = frozenset({("drive", "back")})
"""Verb-table rows (lemma, particle) that drive a side back ("the rebels were driven back to X":
a retreat) but carry one person ("the minister was driven back to his office": by car)."""


def _chauffeured(frame: _Frame, actor: Hit) -> bool:
    """A single person "driven back to" a place: a ride there, a return (travel), not a rout."""
    return (
        actor.actor_kind is ActorKind.PERSON
        and (frame.cls.lemma, frame.cls.particle) in CHAUFFEUR_ROWS
        and bool(frame.dests)
    )


ONWARD_KINDS = frozenset({MovementKind.DEPLOY, MovementKind.TRAVEL, MovementKind.ADVANCE})
"""Kinds a plain going verb takes that a retreat it goes on from makes a withdrawal."""
GOING_VERBS = frozenset({"move", "head", "go", "drive", "travel", "relocate"})
"""Verbs of plain going, which tell no more than where a mover went."""


WAY_GOING_VERBS = frozenset({"make"})
"""Verbs that, with the mover's own way as their object ("making their way to Y"), tell no more
than where a mover went, as :data:`GOING_VERBS` do."""


def _plain_going(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """Whether the verb tells plain going: a bare verb of :data:`GOING_VERBS` ("heading for Y"),
    or one of :data:`WAY_GOING_VERBS` with one's own way ("making their way to Y")."""
    if cls.lemma in GOING_VERBS:
        return not cls.particle
    return cls.lemma in WAY_GOING_VERBS and any(_own_way(s, o) for o in s.children(tok, OBJECTS))


def _continues_withdrawal(s: _Sentence, tok: Token, cls: VerbClass, actor: Hit) -> bool:
    """ "pulled out of X, moving first to Y", "left the town, most of them driving to Y": a participle
    of plain going hung on a verb of leaving is the same withdrawal, told on to its end (a force
    leaving a town for somewhere, "left X, heading for Y", is setting out, as "left X for Y" is)."""
    if tok.dep != "advcl" or tok.tag != "VBG" or not _plain_going(s, tok, cls):
        return False
    head = s.head(tok)
    if head is None or head is tok or (head.lemma in DEPARTURES and actor.actor_kind in _GROUPS):
        return False
    head_cls = _match(s, head, load_verb_classes().get(("verb", head.lemma), ()))
    return head_cls is not None and head_cls.kind is MovementKind.WITHDRAW


ENTERING_VERBS = frozenset({"enter", "drive", "roll"})
"""Verbs an armed group captures a town by ("entered Sirte", "drove into Ajdabiya", "rolled into
X") but only advances into a country by ("entered Chad", "drove from Libya into Chad", "rolled
into Niger"): a border is crossed, a country is not taken by going in."""
BORDER_CROSSINGS = frozenset({"cross"})
"""Verbs of crossing a border: an armed group crossing into a country advances on it."""
RETURNS = frozenset({"return"})
"""Verbs of going back: returning somewhere is travel (SCHEMA), unless the mover was made to."""
CAUSATIVE_HEADS = frozenset({"make", "force", "compel", "oblige", "push", "drive", "prompt"})
"""Verbs whose complement is a movement the mover was made to do ("forced them to return")."""
TRIED_ENTRIES = frozenset({"enter", "storm", "penetrate", "overrun"})
"""Verbs of getting into a place by force that capture it when done but, only tried ("tried to
enter X", "attempted to storm Y but were repelled"), tell a move on it: an advance; an attempt to
take or seize a place stays an attempted capture."""
ENTRY_MOVES = frozenset({"move"})
"""Plain verbs of moving that, with no thing moved and "into" a place, tell a move onto it."""
ENTRY_PREPS = frozenset({"into"})


LEAVING_LINKS = PARTICLE_LINKS | {"prep"}
"""How a leaving particle hangs on its verb: as a particle, or as the head of "out of X"."""


def _transferred_people(s: _Sentence, tok: Token, actor: Hit) -> bool:
    """ "the agency moved 103 refugees and asylum-seekers from X to Y": people who are the object
    of a verb of transfer (or joined to it by "and") are moved by others, as its passive subject
    is ("were bused to X"); the transfer is their travel, not a flight (SCHEMA, genre-214). Moved
    "out" or "away" ("moved their citizens out by sea from X") they are evacuated: that stays a
    withdrawal, whether the parse hangs "out" as a particle or as the preposition of "out of X"."""
    if any(c.lower in LEAVING_PARTICLES for c in s.children(tok, LEAVING_LINKS)):
        return False
    for obj in s.children(tok, OBJECTS):
        for c in (obj, *s.children(obj, CONJUNCTS)):
            hit = s.actor_at[c.i]
            if hit is not None and hit.start == actor.start:
                return True
    return False


KIN_ESCORT_KINDS = frozenset({ActorKind.PERSON, ActorKind.COLLECTIVE})
"""Actors whose carrying of their own kin is a flight: people ("a father of four", "residents")."""


def _kin_taken_away(s: _Sentence, tok: Token, actor: Hit) -> bool:
    """ "a teacher who drove his family to X late on Saturday": a person who carries his own kin
    somewhere (:func:`_kin_escorted`) takes them out of harm's way, a flight (SCHEMA: fleeing is
    withdraw); "drove his family back home" (:data:`BACK_WORDS`) is a return, a journey."""
    if actor.actor_kind not in KIN_ESCORT_KINDS or _is_passive(s, tok):
        return False
    if any(c.lower in BACK_WORDS for c in s.children(tok)):
        return False
    return any(_kin_escorted(s, tok, obj) for obj in s.children(tok, OBJECTS))


def _entry_under_way(s: _Sentence, tok: Token, cls: VerbClass) -> bool:
    """A verb of :data:`ENTERING_VERBS` as a progressive ("are entering X", "were driving into
    Y"): the side is going in, the town not yet taken (an advance, as the gold codes it)."""
    if cls.lemma not in ENTERING_VERBS or tok.tag != "VBG":
        return False
    return any(a.lemma == "be" for a in s.children(tok, AUXILIARIES))


def _refined(kind: MovementKind | None, frame: _Frame, s: _Sentence, actor: Hit) -> MovementKind | None:
    """The kind read again from the clause: a group's return, a group moving into a place, a
    withdrawal told on to its end."""
    tok = s.sent.token_at(frame.trigger.start)
    if kind is MovementKind.CAPTURE and tok is not None and _entry_under_way(s, tok, frame.cls):
        return MovementKind.ADVANCE  # "our men are entering X": a push going on, the town not yet taken
    if kind in ONWARD_KINDS and tok is not None and _continues_withdrawal(s, tok, frame.cls, actor):
        return MovementKind.WITHDRAW  # "pulled out of X, moving first to Y": where the retreat went
    if (
        kind is MovementKind.ADVANCE
        and frame.cls.kind is MovementKind.TRAVEL
        and tok is not None
        and _going_home(s, tok, frame.cls)
    ):
        return MovementKind.TRAVEL  # "the fighters began heading home to X": a group's return (SCHEMA)
    if kind is MovementKind.TRAVEL and tok is not None and _flees_across(s, tok, frame.cls, actor):
        return MovementKind.WITHDRAW  # "refugees crossed into Chad": people crossing a border flee
    if kind is MovementKind.TRAVEL and tok is not None and _crosses_out(s, tok, frame, actor):
        return MovementKind.WITHDRAW  # "his family crossed into Algeria": people leaving the war flee
    if kind is MovementKind.TRAVEL and tok is not None and _townsfolk_leave(s, tok, frame, actor):
        return MovementKind.WITHDRAW  # "displaced families moved to X": a town's people flee their homes
    if kind is MovementKind.TRAVEL and tok is not None and _kin_taken_away(s, tok, actor):
        return MovementKind.WITHDRAW  # "drove his family to his brother's house in X": out of harm's way
    if kind is MovementKind.TRAVEL and tok is not None and _refuge_reached(s, tok, frame, actor):
        return MovementKind.WITHDRAW  # "displaced families arrived in X": people in flight reach a refuge
    if (
        kind is MovementKind.WITHDRAW
        and not frame.withdrawn
        and actor.actor_kind is ActorKind.COLLECTIVE
        and frame.cls.lemma in TRANSFER_VERBS
        and tok is not None
        and (_is_passive(s, tok) or _transferred_people(s, tok, actor))
    ):
        return MovementKind.TRAVEL  # "were bused from X to Y": people moved by others are transferred
    if (
        kind is MovementKind.WITHDRAW
        and not frame.withdrawn
        and actor.actor_kind is ActorKind.COLLECTIVE
        and not frame.dests
        and tok is not None
        and _going_home(s, tok, frame.cls)
    ):
        return MovementKind.TRAVEL  # "helped 120 migrants fly home from X": a return, not a flight
    if (
        kind in (MovementKind.DEPLOY, MovementKind.TRAVEL)
        and tok is not None
        and _flown_home(s, tok, frame, actor)
    ):
        return MovementKind.WITHDRAW  # "the mercenaries were flown to Syria": a force taken out of the war
    if (
        kind is MovementKind.CAPTURE
        and frame.modality is Modality.ATTEMPTED
        and frame.cls.lemma in TRIED_ENTRIES
    ):
        return MovementKind.ADVANCE  # "tried and failed to enter X": an attempt to get in is a move on X
    if kind is None or actor.actor_kind not in _GROUPS:
        return kind
    if tok is None:
        return kind
    if frame.cls.lemma in RETURNS and kind is MovementKind.WITHDRAW and not frame.withdrawn:
        return kind if _made_to(s, tok) else MovementKind.TRAVEL  # "fighters returned to their camp"
    if (
        frame.cls.lemma in ENTRY_MOVES
        and kind is MovementKind.DEPLOY
        and not frame.carried
        and any(p.lower in ENTRY_PREPS for p in s.children(tok, PREPOSITIONS))
    ):
        return MovementKind.ADVANCE  # "the brigade moved into Tajoura" (not "moved teams into X")
    if kind is MovementKind.ADVANCE and _sent_on_a_heading(s, tok, frame):
        return MovementKind.DEPLOY  # "others were sent south toward X": posted that way, no attack told
    return kind


def _sent_on_a_heading(s: _Sentence, tok: Token, frame: _Frame) -> bool:
    """ "units were sent south toward X", "troops have been moved north towards Y": forces sent (the
    passive subject of a verb of moving forces, not an owner's object) with a compass heading before
    their "toward" are deployed that way; an advance is a move on X told without a heading ("moved
    forces towards X")."""
    if frame.cls.kind is not MovementKind.DEPLOY or frame.cls.object != "mover" or frame.carried:
        return False
    if not _is_passive(s, tok):
        return False
    return any(
        c.lower in COMPASS_WORDS
        for c in s.children(tok, HEADING_LINKS)
        if tok.i < c.i <= tok.i + HEADING_REACH
    )


def _made_to(s: _Sentence, tok: Token) -> bool:
    """ "forced the brigade to return", "made them return", "were forced to return"."""
    return tok.dep in ("xcomp", "ccomp") and s.head(tok).lemma in CAUSATIVE_HEADS


def _armed_people(actor: Hit) -> bool:
    """ "fighters", "another group of troops": people named by a word for a force."""
    return _named_with(actor, ARMED_WORDS)


DISPLACED_PEOPLE = frozenset(
    {"refugee", "family", "families", "migrant", "worker", "civilian", "resident", "displaced", "evacuee"}
)
"""Words (less a plural "s") of people who leave their homes or a war ("Sudanese refugees",
"Egyptian workers", "families"): crossing a border, they flee (SCHEMA: leaving is withdraw)."""


AID_BODY_WORDS = frozenset(
    {"agency", "agencies", "partner", "organisation", "organization", "ngo", "charity", "charities", "donor"}
)
"""Words (or those less a plural "s") of unnamed bodies that send help ("aid agencies", "humanitarian
partners", "NGOs"): teams, convoys or supplies they send or deploy are a deploy by their owner
(SCHEMA), as for a named organisation, where a crowd carrying something travels."""


def _aid_bodies(actor: Hit) -> bool:
    """ "aid agencies", "humanitarian partners": an unnamed collective of bodies that send help."""
    return _named_with(actor, AID_BODY_WORDS)


SENT_TEAM_WORDS = frozenset({"team", "monitor", "observer"})
"""Words (less a plural "s") of unnamed people a body sends on a task ("vaccination teams",
"ceasefire monitors"): moved by a verb of deploying ("were deployed to X", "moved up to Y") they
are a deploy (SCHEMA), as sent staff; by a verb of travel ("the team arrived in Z") a journey."""


def _sent_team(actor: Hit) -> bool:
    """ "medical teams", "ceasefire monitors": an unnamed collective sent on a task."""
    return _named_with(actor, SENT_TEAM_WORDS)


SUPPLY_CONVOY_WORDS = CONVOY_HEADS | GROUND_VEHICLES | frozenset({"lorries"})
"""Words of an unnamed, unarmed convoy's name (:func:`_unnamed_convoy`: "convoy of aid trucks",
"fuel tankers"): such a convoy leaving or reaching a place is equipment its unnamed owner sends,
a deploy (SCHEMA), not a crowd's journey or flight."""
PASSENGER_VEHICLES = (CONVOY_CONTENTS - FORCE_VEHICLES) | frozenset({"minibus", "minibuses", "buses"})
"""Vehicles that carry people ("a convoy of buses"): such a convoy is the people's journey."""


def _supply_convoy(actor: Hit) -> bool:
    """ "A convoy of twelve trucks", "fuel tankers": an unnamed collective named by its vehicles,
    none of them buses or cars (:data:`PASSENGER_VEHICLES`)."""
    return (
        actor.source == "group"
        and actor.key.startswith("collective:")
        and _named_with(actor, SUPPLY_CONVOY_WORDS)
        and not _named_with(actor, PASSENGER_VEHICLES)
    )


CROWD_KINDS = frozenset({MovementKind.ADVANCE, MovementKind.CAPTURE})
PROTEST_PEOPLE = frozenset({"protester", "protestor", "demonstrator", "marcher", "crowd"})
"""Words (less a plural "s") of a crowd that marches on or occupies a place, as a force does."""


CROWD_ASSAULT_ROWS = frozenset(
    {("march", "on"), ("march", "against"), ("converge", "on"), ("descend", "on"), ("move", "against")}
)
"""Rows (lemma, particle) that go on or against a place: whoever the crowd is ("hundreds of
residents marched on the base", "youths converged on the compound"), it advances on the place
as protesters do, rather than making a journey there ("residents marched to the square" travels)."""


def _protesters(actor: Hit) -> bool:
    """ "local protesters", "thousands of demonstrators": a crowd named by a word for protest."""
    return _named_with(actor, PROTEST_PEOPLE)


def _flees_across(s: _Sentence, tok: Token, cls: VerbClass, actor: Hit) -> bool:
    """ "Sudanese refugees crossed into Libya", "families crossed the desert": the displaced
    crossing a border or a desert flee (not "crossed back into Sudan", "crossed home")."""
    if (
        cls.lemma not in BORDER_CROSSINGS
        or actor.actor_kind is not ActorKind.COLLECTIVE
        or not _displaced(actor)
    ):
        return False
    return not any(c.lower in HOMEWARD_WORDS for c in s.children(tok, frozenset({"advmod", "prt"})))


HOME_COUNTRY = "LY"
"""The country whose war the stories tell: people crossing out of it flee."""
CROSSING_PEOPLE = frozenset({ActorKind.PERSON, ActorKind.COLLECTIVE})


def _leaves_the_country(frame: _Frame) -> bool:
    """ "left Benina for Damascus", "left Tripoli for Turkey": a departure whose every named
    destination lies outside Libya (``HOME_COUNTRY``) and whose origin, if named, lies inside it.
    A force doing so goes home or away, a withdrawal from the war, not a deployment ("left
    Misrata for Sirte", between two Libyan towns, stays a deployment; "left Turkey for Tripoli"
    comes in)."""
    if not frame.dests or not all(
        d.place is not None and d.place.country_code not in (None, HOME_COUNTRY) for d in frame.dests
    ):
        return False
    return all(o.place is None or o.place.country_code == HOME_COUNTRY for o in frame.origins)


FORCE_AIRLIFT_VERBS = frozenset({"fly", "airlift", "ship"})
"""Verbs of carrying a force by air or sea: in the passive, the force is what is carried
(``AIRLIFT_VERBS`` are those by air whose pronoun subject stands for moved people)."""


def _flown_home(s: _Sentence, tok: Token, frame: _Frame, actor: Hit) -> bool:
    """ "Some contractors were flown back to Moscow", "the mercenaries were flown to Syria": a
    force (an armed group, or people named by a word for one) carried in the passive
    (:data:`FORCE_AIRLIFT_VERBS`) to places all outside Libya, from none or from inside it
    (``_leaves_the_country``), is taken out of the war: a withdrawal, as a force that "left X for
    Damascus" withdraws; flown into Libya, or by its own sender in the active, it is still sent."""
    armed = actor.actor_kind is ActorKind.ARMED_GROUP or (
        actor.actor_kind is ActorKind.COLLECTIVE and _armed_people(actor)
    )
    return (
        armed
        and frame.cls.lemma in FORCE_AIRLIFT_VERBS
        and not frame.carried
        and _is_passive(s, tok)
        and _leaves_the_country(frame)
    )


def _crosses_out(s: _Sentence, tok: Token, frame: _Frame, actor: Hit) -> bool:
    """ "Gaddafi's wife and sons crossed into Algeria", "embassy staff crossed into Tunisia":
    people (not a force, which advances) crossing a border out of Libya into another country
    flee (not "crossed back into Sudan", going home; "rescue teams crossed into Libya" come)."""
    if frame.cls.lemma not in BORDER_CROSSINGS or actor.actor_kind not in CROSSING_PEOPLE:
        return False
    if _armed_people(actor) or not frame.dests:
        return False
    beyond = [d for d in frame.dests if not _border_post(d)]  # "crossed into Tunisia at Ras Jedir"
    abroad = bool(beyond) and all(
        d.place is not None and d.place.country_code not in (None, HOME_COUNTRY) for d in beyond
    )
    return abroad and not any(
        c.lower in HOMEWARD_WORDS for c in s.children(tok, frozenset({"advmod", "prt"}))
    )


BORDER_POST_WORDS = frozenset({"crossing", "border"})
"""Words of a site's name that make it a border post ("Ras Ajdir border crossing", "the Salloum
crossing"): the gate people cross at, on the border itself, which says nothing of which side
they go to; a crossing "into Tunisia at Ras Jedir" still goes abroad."""


def _border_post(hit: Hit) -> bool:
    """Whether a destination is a border crossing site (BORDER_POST_WORDS)."""
    place = hit.place
    if place is None or place.kind is not LocationKind.SITE:
        return False
    return bool(BORDER_POST_WORDS & set(place.name.lower().split()))


HOMEWARD_WORDS = HOME_WORDS | {"back"}
"""Words of a way back or home: people crossing back are returning, not fleeing."""

FLEEING_GOES = frozenset({"move", "head", "drive", "go"})
"""Plain going verbs that, said of a town's own people on their own, tell them leaving their homes."""
SHELTER_PARTICLES = frozenset({"in"})
"""Particles of a going verb that still tell people leaving home ("moved in with relatives in X")."""


def _townsfolk_leave(s: _Sentence, tok: Token, frame: _Frame, actor: Hit) -> bool:
    """ "displaced families moved to X", "households headed east to Y": a town's own people going
    on their own leave their homes (SCHEMA: leaving is withdraw); not when they are moved ("were
    moved to a camp", "moving families by bus"), go back or home, or are refugees or migrants, who may be anywhere.
    A compass word the parse makes the verb's object ("are heading east to Y") is their heading,
    not people they move."""
    departs = frame.cls.lemma in DEPARTURES  # "families left (X) for Y": its object is the place left
    road = _route_followed(s, tok, frame.cls)  # "families took the road west to X": a going too
    if (frame.cls.lemma not in FLEEING_GOES and not departs and not road) or frame.carried:
        return False
    if frame.cls.particle and frame.cls.particle not in SHELTER_PARTICLES:
        return False  # "moved back", "moved out": told by their own rows
    if actor.actor_kind is not ActorKind.COLLECTIVE or not _townspeople(actor) or _is_passive(s, tok):
        return False
    moved = s.child(tok, OBJECTS)
    if not departs and not road and moved is not None and not _bare_compass(s, moved):
        return False  # "the authorities began moving families to a camp": they are moved
    return not any(
        c.lower in HOMEWARD_WORDS for c in s.children(tok, frozenset({"advmod", "prt", "npadvmod"}))
    )


FLIGHT_NAMES = frozenset({"displaced", "evacuee"})
"""Words (less a plural "s") that name people by their flight itself ("displaced families",
"the evacuees"), unlike "families" or "refugees" alone, who may be told on any journey."""
REFUGE_GOES = ARRIVING_LEMMAS | {"come", "travel"}
"""Verbs of getting somewhere that, said of people named by their flight, tell them reaching
the place they fled to (SCHEMA: fleeing is withdraw), where "returned" or "came back" go home."""


def _refuge_reached(s: _Sentence, tok: Token, frame: _Frame, actor: Hit) -> bool:
    """ "displaced families have arrived in X", "evacuees reached Y", "displaced households
    travelled to Z": people named by their flight (:data:`FLIGHT_NAMES`) getting somewhere on
    their own (:data:`REFUGE_GOES`) are still fleeing; not when carried or moved by others ("were
    brought to X"), nor going back or home ("displaced families came home")."""
    if frame.cls.lemma not in REFUGE_GOES or frame.carried or frame.cls.particle:
        return False
    if actor.actor_kind is not ActorKind.COLLECTIVE or not _named_with(actor, FLIGHT_NAMES):
        return False
    if _is_passive(s, tok):
        return False
    return not any(
        c.lower in HOMEWARD_WORDS for c in s.children(tok, frozenset({"advmod", "prt", "npadvmod"}))
    )


def _displaced(actor: Hit) -> bool:
    """ "Sudanese refugees", "displaced families": people named by a word for the displaced."""
    return _named_with(actor, DISPLACED_PEOPLE)


ARMED_PEOPLE = frozenset(
    {"gunmen", "militant", "combatant", "militiamen", "insurgent", "jihadist", "armed", "guardsmen"}
    | {"police", "policemen", "policeman", "officer"}
    | {"revolutionaries", "revolutionary"}
)
"""Words (less a plural "s") of unnamed armed people, who move as a force ("gunmen attacked X",
"police were deployed to X", "a police unit was sent from Y", "several hundred officers were
sent from Tripoli": police or army officers are sent, they do not flee the place they leave).
"Revolutionaries" (the thuwar, Libya's armed revolutionaries of 2011 and their brigades after it)
are fighters: "the revolutionaries advanced on X" is an advance, as gold annotates them."""
ARMED_WORDS = UNNAMED_FORCES | ARMED_PEOPLE
"""Words of a force or of armed people, either of which moves as a force."""


BUSINESS_HEADS = frozenset(
    {"company", "corporation", "corp", "firm", "inc", "ltd", "llc", "plc", "airlines", "airways"}
)
"""Last words of a firm's name: a firm sends goods and staff, never forces."""
FORCE_KINDS = frozenset({MovementKind.DEPLOY, MovementKind.ADVANCE, MovementKind.CAPTURE})


CLEARING_VERBS = frozenset({"clear"})
"""Verbs of a capture ("troops cleared the district") that, told of an organisation, name its
work, not a capture: a demining body or an aid agency clears sites of mines and rubble."""


CARRIER_HEADS = frozenset({"airlines", "airways", "airline"})
"""Last words of an airline's name: its plane that flies somewhere is aircraft its owner sends
(a deploy, SCHEMA), as "flew two of its planes to X" is, and no firm's forces (no move)."""


def _carrier_plane(frame: _Frame, actor: Hit) -> bool:
    """Whether the mover is an airline's own plane ("a Libyan Airlines plane landed at X")."""
    words = actor.name.lower().split()
    return frame.vehicle_moves and bool(words) and words[-1] in CARRIER_HEADS


def _is_business(actor: Hit) -> bool:
    if actor.actor_kind is not ActorKind.ORGANIZATION:
        return False
    words = actor.name.lower().replace(".", "").split()
    return bool(words) and words[-1] in BUSINESS_HEADS


def _abroad(frame: _Frame) -> bool:
    return bool(frame.dests) and all(
        d.place is not None and d.place.kind is LocationKind.COUNTRY for d in frame.dests
    )


def _across_border(frame: _Frame) -> bool:
    """ "drove from Libya into north-eastern Chad": from a country into a region (or a country),
    an incursion across a border, as into the country itself; no region is taken by going in."""
    return (
        bool(frame.dests)
        and all(_is_area(d) for d in frame.dests)
        and any(o.place is not None and o.place.kind is LocationKind.COUNTRY for o in frame.origins)
    )


LOYALTY_WORDS = frozenset({"loyal"})
"""Adjectives that make a force a person's own following ("fighters loyal to X")."""


def _loyalty_link(s: _Sentence, c: Token) -> bool:
    """Whether ``c`` is the object of "loyal to" ("forces loyal to him")."""
    if c.dep != "pobj":
        return False
    prep = s.head(c)
    return prep.lower == "to" and s.head(prep).lemma in LOYALTY_WORDS


def _loyalists(named: Hit, sentence: Span, ctx: _Context) -> Hit | None:
    """ "Fighters loyal to X": a following of a politician whose side is a government (not an
    armed group) is named by the person, not passed off as the government's forces."""
    person, phrase = named.master, (named.start, named.end)
    if person is None or person.actor_kind is not ActorKind.PERSON or not named.key.startswith("forces:"):
        person, phrase = named, ctx.loyal_to.get((id(named), sentence.start), (0, 0))
        if person.actor_kind is not ActorKind.PERSON or phrase == (0, 0):
            return None
    elif not any(w in ctx.text[named.start : named.end].lower().split() for w in LOYALTY_WORDS):
        return None
    entry = person.entry
    if entry is None or not entry.affiliation:
        return None
    side = ActorKB.default().lookup(entry.affiliation)
    if side is not None and side.kind is not ActorKind.GOVERNMENT:
        return None  # "forces loyal to Haftar" are his army
    name = f"forces loyal to {person.name}"
    # the person named inside the phrase stays an actor of his own (the following's master)
    master = named.master if named.master is person else None
    return Hit(
        *phrase,
        "loyal-to:" + person.key,
        name,
        "group",
        ActorKind.ARMED_GROUP,
        affiliation=person.name,
        master=master,
    )


def _launched(frame: _Frame) -> bool:
    """ "Haftar launched an offensive": the person who launches a campaign is its actor, not his forces."""
    return frame.cls.form == "noun" and frame.anchor.lemma in LAUNCH_VERBS


def _forces_of(actor: Hit, kind: MovementKind) -> Hit:
    """A commander's capture or advance is his forces' ("Haftar took Gharyan")."""
    entry = actor.entry
    if actor.actor_kind is not ActorKind.PERSON or entry is None or not entry.affiliation:
        return actor
    if kind not in (MovementKind.CAPTURE, MovementKind.ADVANCE):
        return actor
    key = "forces-of:" + entry.affiliation
    return Hit(actor.start, actor.end, key, entry.affiliation, "forces", ActorKind.ARMED_GROUP)


THING_OBJECTS = frozenset({"dest", "origin", "fall"})
"""Rows whose object is the place taken, held or left (its common noun tells one event from another)."""
GENERIC_THINGS = frozenset(
    {"area", "territory", "position", "ground", "control", "place", "location", "zone"}
    | {"facility", "installation", "site", "target", "stronghold", "complex", "compound"}
    | {"centre", "center", "outskirts", "edge", "heart", "street", "downtown", "front", "frontline", "line"}
)
"""Nouns that may stand for any place taken before ("took the area"), or for a part of it ("reached
the centre"): no thing of their own."""
THING_SYNONYMS = {
    **dict.fromkeys(SETTLEMENT_NOUNS | TOWN_PART_NOUNS, "town"),
    **dict.fromkeys(("airbase", "barracks", "barrack"), "base"),
    **dict.fromkeys(("airfield", "airstrip", "aerodrome"), "airport"),
    **dict.fromkeys(("harbour", "harbor", "seaport"), "port"),
}
"""One word for the nouns that name one sort of thing taken ("the airbase" retells "the base")."""
FRESH_WORDS = frozenset({"another", "second", "third", "more", "further", "other", "new"})
"""Words that make a taken thing one not told before ("took another camp")."""


def _thing(s: _Sentence, tok: Token | None) -> str | None:
    """The common noun a move took or left ("the port", "two camps"), one word for a town's
    synonyms; a noun marked as another ("another camp") is unique to its mention."""
    if tok is None or tok.pos != "NOUN" or tok.lemma in GENERIC_THINGS:
        return None
    if any(c.lower in FRESH_WORDS for c in s.children(tok, FRESH_LINKS)):
        return f"{tok.lemma}@{tok.start}"
    return THING_SYNONYMS.get(tok.lemma) or THING_SYNONYMS.get(tok.lower) or tok.lemma


FRESH_LINKS = frozenset({"det", "amod"})
THING_PREPS = frozenset({"from", "of", "to", "into", "on", "onto", "towards", "toward"})
"""Last words of a verb's preposition whose object is the thing reached or left ("out of the port")."""


def _prep_thing(s: _Sentence, tok: Token) -> Token | None:
    """The noun of a verb's first phrase of reaching or leaving ("withdrew from the airport")."""
    return next((obj for name, obj in _prep_args(s, tok) if name.split()[-1] in THING_PREPS), None)


def _other_things(a: str | None, b: str | None) -> bool:
    """Whether two moves are told of different things ("seized the airport" ... "the port")."""
    return a is not None and b is not None and a != b


def _repeat_of(
    out: Sequence[MovementDraft],
    actor: Hit,
    kind: MovementKind,
    dest: Hit | None,
    span: Span,
    trigger: Span,
    ctx: _Context,
    date: EventDate | None = None,
    thing: str | None = None,
    origin: Hit | None = None,
) -> MovementDraft | None:
    """The draft just told that this one repeats, if any (not one told for another time, nor
    of another thing taken: "seized the airport ... seized the port" are two events)."""
    contested = dest is None and _taken_back(out[-6:], actor, kind, span)
    for d in out[-6:]:
        if d.actor is None or not _same_side(d.actor, actor) or d.kind is not kind:
            continue
        if dest is not None and _far_apart(d.date, date):
            continue  # "is advancing on X" ... "launched its offensive on X in April"
        if d.sentence != span and _entry_heading(d.sentence, ctx):
            continue  # a heading's restatement gives way to the body's account
        if contested and d.sentence != span:
            continue  # "It was seized by A and recaptured by B": B's move on A's place, not told before
        if dest is None and trigger.start - d.trigger.end < 800 and not _other_things(thing, d.thing):
            if origin is None or d.origin is None or _same_place(origin, d.origin):
                return d  # "the offensive" again, its place told before (not a move from elsewhere)
            if d.destination is None:
                continue  # "abandoned X and Y": leaving another place is another move
        if not _same_place(d.destination, dest):
            continue
        if d.sentence == span or (dest is not None and trigger.start - d.trigger.end < 600):
            return d
    return None


BACK_PARTICLES = frozenset({"back"})
"""Particles of a verb of going that make it a way back ("came back", "headed back")."""
BACK_WORDS = BACK_PARTICLES | {"home"}
"""Words of a trigger that tell a way back ("went back", "flew home")."""


def _goes_back(cls: VerbClass) -> bool:
    """Whether a verb row tells a journey back: "return", "come back", "head back" (not a side
    driven back: "pushed back" is a row of driving out)."""
    return (
        cls.form == "verb"
        and cls.kind is MovementKind.TRAVEL
        and (cls.lemma in RETURNS or cls.particle in BACK_PARTICLES)
    )


def _way_back(frame: _Frame, dest: Hit | None, told: MovementDraft, text: str) -> bool:
    """ "Haftar flew to Cairo at the weekend. He returned with promises of support": a return
    naming no place, after the same mover's journey to a place, is the journey back, another
    move, not that journey told again (a return told twice is still one)."""
    if dest is not None or told.destination is None or not _goes_back(frame.cls):
        return False
    words = text[told.trigger.start : told.trigger.end].lower().split()
    return not any(w.startswith("return") or w in BACK_WORDS for w in words)


def _taken_back(recent: Sequence[MovementDraft], actor: Hit, kind: MovementKind, span: Span) -> bool:
    """Whether another side's move of the same kind was told in this sentence ("seized by A and
    recaptured by B"): a place-less move then answers that one."""
    return any(
        e.sentence == span and e.kind is kind and e.actor is not None and not _same_side(e.actor, actor)
        for e in recent
    )


OFFSET_MARKS = {"after": -1, "before": 1}
"""Links of a clause told as so long after (or before) the clause it hangs on."""
TIME_UNITS = frozenset({"day", "week", "month", "year"})
"""Units a span of time is counted in ("a week after", "a 14-month campaign")."""
OFFSET_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
OFFSET_LINKS = frozenset({"npadvmod"})


ONWARD_PARTICLES = frozenset({"prt", "advmod", "prep"})
ONWARD_REACH = 1500
"""How far back (characters) the place a move goes on from is looked for."""


def _goes_on(s: _Sentence, verb: Token) -> bool:
    """ "travelled on to X", "had moved on to X": the move goes on from where the mover was."""
    for c in s.children(verb, ONWARD_PARTICLES):
        nxt = s.tokens[c.i + 1] if c.i + 1 < len(s.tokens) else None
        if c.lower in ONWARD_WORDS and c.i > verb.i and nxt is not None and nxt.lower in ONWARD_PREPS:
            return True
    return False


NEXT_WORDS = frozenset({"then", "next", "afterwards", "afterward", "subsequently", "thereafter"})
"""Adverbs that tell a clause's move came after the one told before it: a further move, no retelling."""


def _told_next(s: _Sentence, verb: Token) -> bool:
    """ "Its units then advanced from Y": the clause says it is the next step of the story."""
    return any(c.lower in NEXT_WORDS for c in s.children(verb, frozenset({"advmod"})))


def _last_reached(
    out: Sequence[MovementDraft], actors: Sequence[Hit], dests: Sequence[Hit], pos: int
) -> Hit | None:
    """Where a move that goes on set out from: the place the same actor last reached, else the
    place the story's last move (within reach) reached, if it is not where this move goes."""
    recent = [d for d in out if pos - d.trigger.end < ONWARD_REACH and d.destination is not None]
    own = [d for d in recent if d.actor is not None and any(_same_side(d.actor, a) for a in actors)]
    for d in reversed(own or recent[-1:]):
        if not any(_same_place(d.destination, h) for h in dests):
            return d.destination
    return None


def _story_town_left(ctx: _Context, dests: Sequence[Hit], pos: int) -> Hit | None:
    """ "Thousands of new arrivals had moved on to X": a move that goes on from where the movers
    were, when no earlier move tells where they reached, goes on from the town the story is
    about (named clearly more often than any other so far), if it is not where the move goes."""
    home = ctx.towns.dominant(pos)
    if home is None or any(_same_place(home, d) for d in dests):
        return None
    return home


def _offset_date(s: _Sentence, anchor: Token, date: EventDate | None, ctx: _Context) -> EventDate | None:
    """ "took X on Sunday, a day after Y abandoned Z": a clause told as a span of time after
    (or before) the clause it hangs on happened that long before (or after) that clause's date,
    unless it has a date of its own."""
    below: Token | None = None
    for clause in (anchor, *s.sent.ancestors(anchor)):
        offset = _clause_offset(s, clause) if clause.pos in _CLAUSE_POS else None
        step, below = below, clause
        if offset is None:
            continue
        if step is not None and _main_conjunct_after_comma(s, step, clause):
            return date
        if date is not None and date.span is not None and _dated_inside(s, clause, date.span):
            return date
        head = s.head(clause)
        head = s.head(head) if head.lemma in TIME_UNITS else head
        base = _clause_date(s, head, ctx) or _news_date(s, head, ctx) if date is None else date
        if base is None:
            return None
        shifted = _shifted(base, *offset)
        return _own_time_within(s, clause, shifted, ctx) or shifted
    return date


CONJUNCT_COMMAS = frozenset({","})
"""What stands right before the "and" of a conjunct that is the main clause's, not the offset
clause's ("..., a day after they overran Y, and many rebels fled")."""


def _main_conjunct_after_comma(s: _Sentence, conj: Token, clause: Token) -> bool:
    """ "shelled X on Monday, a day after they overran Y, and many rebels fled north": a conjunct
    with a subject of its own after a comma and "and" goes on from the main clause (the parse
    hung it on the nearer offset clause); the offset is not its date."""
    if conj.dep != "conj" or s.head(conj).i != clause.i:
        return False
    if not any(True for _ in s.children(conj, SUBJECT_DEPS)):
        return False
    cc = next((c for c in s.children(clause, frozenset({"cc"})) if c.i < conj.i), None)
    return cc is not None and cc.i > 0 and s.tokens[cc.i - 1].lower in CONJUNCT_COMMAS


def _own_time_within(s: _Sentence, clause: Token, reckoned: EventDate, ctx: _Context) -> EventDate | None:
    """ "five years after the families left their homes, near the coast, in May 2014": a
    time told inside the offset clause that falls within the span the offset reckons (the parse
    may hang it on a noun of the clause) is the clause's date, finer than the reckoning."""
    lo, hi = s.sent.subtree(clause)
    for t in ctx.times_in(lo, hi):
        tok = s.sent.token_at(t.span.start)
        if tok is None or t.date is None or _not_event_time(s, tok, t):
            continue
        if _finer_within(t.date, reckoned) and any(a.i == clause.i for a in s.sent.ancestors(tok)):
            return t.date
    return None


def _clause_offset(s: _Sentence, clause: Token) -> tuple[int, str] | None:
    """(signed count, unit) of a clause's "a day after" or "three weeks before": the count hangs
    on the clause, on its "after", or on the verb above right before the "after" ("the
    announcement came a day after X pushed into Y")."""
    mark = next((m for m in s.children(clause, frozenset({"mark"})) if m.lower in OFFSET_MARKS), None)
    if mark is None:
        return None
    sign = OFFSET_MARKS[mark.lower]
    head = s.head(clause)
    units = [*s.children(clause, OFFSET_LINKS), *([head] if head.dep in OFFSET_LINKS else [])]
    units += s.children(mark, OFFSET_LINKS)  # "eleven days after X drove Y": the count on "after"
    units += [u for u in s.children(head, OFFSET_LINKS) if u.i == mark.i - 1]  # "came a day after X pushed"
    for unit in units:  # "a day after X took Y", also parsed as "a day" with "after ..." under it
        if unit.lemma not in TIME_UNITS or unit.i > clause.i:
            continue
        for count in s.children(unit, frozenset({"det", "nummod"})):
            n = OFFSET_COUNTS.get(count.lower) or (int(count.lower) if count.lower.isdecimal() else 0)
            if 0 < n < 100:
                return sign * n, unit.lemma
    return None


def _dated_inside(s: _Sentence, clause: Token, where: Span) -> bool:
    tok = s.sent.token_at(where.start)
    return tok is not None and (tok.i == clause.i or any(a.i == clause.i for a in s.sent.ancestors(tok)))


def _shifted(date: EventDate, n: int, unit: str) -> EventDate:
    """``date`` moved by ``n`` units, no more precise than the count of units allows."""
    if unit in ("day", "week"):
        days = _dt.timedelta(days=n * (7 if unit == "week" else 1))
        if date.granularity.value == "day":
            return EventDate.from_day(date.start + days)
        return EventDate.from_range(date.start + days, date.end + days)
    if unit == "month":
        months = date.start.year * 12 + date.start.month - 1 + n
        return EventDate.from_month(months // 12, months % 12 + 1)
    return EventDate.from_year(date.start.year + n)


SINCE_ADVERBS = frozenset({"since"})
"""Adverbs that tell a move as done at some time after the clause before ("began its push on 15
January and has since taken X", "have since returned to Y"): no day of that clause, nor the story's
day, is its date; only a time in its own clause is."""


def _told_since(s: _Sentence, anchor: Token) -> bool:
    """Whether the trigger's verb carries a bare adverb of :data:`SINCE_ADVERBS` (no object of
    its own: "since February" is a time, not this adverb)."""
    return any(
        c.lower in SINCE_ADVERBS and not any(s.children(c, PREP_OBJECTS))
        for c in s.children(anchor, frozenset({"advmod"}))
    )


def _own_clause_date(s: _Sentence, anchor: Token, ctx: _Context) -> EventDate | None:
    """The date of a time expression in the trigger's own clause, or None."""
    for t in ctx.times_in(s.sent.start, s.sent.end):
        tok = s.sent.token_at(t.span.start)
        if tok is None or t.date is None or _not_event_time(s, tok, t):
            continue
        if _clause_head(s, tok, anchor).i == anchor.i:
            return t.date
    return None


def _clause_date(s: _Sentence, anchor: Token, ctx: _Context) -> EventDate | None:
    """The time expression of the trigger's own clause, else the time its "when" clause hangs
    on, else the time expression of a clause above it."""
    best: tuple[int, int, EventDate] | None = None
    above = {a.i for a in s.sent.ancestors(anchor)}
    for t in ctx.times_in(s.sent.start, s.sent.end):
        tok = s.sent.token_at(t.span.start)
        if tok is None or t.date is None or _not_event_time(s, tok, t):
            continue
        clause = _clause_head(s, tok, anchor)
        if clause.i == anchor.i:
            rank = 1 if _in_subjects_clause(s, tok, anchor) else 0
        elif _own_when_of_conjunct(s, clause, anchor, above):
            rank = 1  # "took X in April 2019 and pulled back to Y when the offensive collapsed a year later"
        elif _counted_after(s, t, tok, clause, anchor, above):
            rank = 1  # "pushed into X on 14 May before being driven back by Y the next day"
        elif clause.i in above:
            rank = 2 + (SPEECH_TIME_RANK if t.span.start in ctx.speech_times else 0)
        elif (
            _purpose_of(s, clause, anchor)
            or _onset_of(s, clause, anchor)
            or _while_of(s, clause, anchor, above)
            or _shared_by_conjunct(s, clause, anchor)
            or _sending_of(s, clause, anchor)
            or _goal_described(s, clause, anchor)
        ):
            rank = 3  # "launched an offensive to take X in April", "attacked, starting on Thursday"
        else:
            continue
        if t.text.lower() in DAYLESS_NIGHT_WORDS:
            rank += WEAK_TIME_RANK  # "reached X on Wednesday and sailed overnight": Wednesday night
        cand = (rank, abs(tok.start - anchor.start), t.date)
        if best is None or cand[:2] < best[:2]:
            best = cand
    if best is None or best[0] > 0:
        when = _when_date(s, anchor, ctx)
        if when is not None and (best is None or not _finer_within(best[2], when)):
            return when
        return best[2] if best is not None else None
    return _appositive_refinement(best[2], ctx) or best[2]


SUBJECT_CLAUSES = frozenset({"relcl"})


def _in_subjects_clause(s: _Sentence, tok: Token, anchor: Token) -> bool:
    """ "Army units that captured X in January moved toward Y in March": the parser may hang a
    time told right after the subject's relative clause verb on the main verb; a time between
    that clause's verb and the trigger, with no comma between it and the trigger, is the
    clause's, so a time of the trigger's own clause after the trigger goes first."""
    if tok.i > anchor.i:
        return False
    subject = s.child(anchor, SUBJECTS)
    if subject is None or not any(c.i < tok.i for c in s.children(subject, SUBJECT_CLAUSES)):
        return False
    return not any(t.text == "," for t in s.tokens[tok.i : anchor.i])


STORY_RELATIVE_KINDS = frozenset({"anaphoric"})
"""Kinds of time expression told from the story's own time, not from the published day."""


def _own_time_unknown(s: _Sentence, anchor: Token, ctx: _Context) -> bool:
    """ "On Tuesday X arrived in Y" in an article with no published day: the trigger's own
    clause tells its time, but that time cannot be resolved. The move is undated, not on the
    story's last date (which is another day's). An anaphor left unresolved ("the following
    week", "within days") is told from the story's time: that date is still the best guess."""
    for t in ctx.undated_in(s.sent.start, s.sent.end):
        if t.kind in STORY_RELATIVE_KINDS:
            continue
        tok = s.sent.token_at(t.span.start)
        if tok is not None and not _not_event_time(s, tok, t) and _clause_head(s, tok, anchor).i == anchor.i:
            return True
    return False


APPOSITION_GAPS = frozenset({","})
"""What may stand between a time and the narrower time set beside it ("last year, in June")."""


def _appositive_refinement(date: EventDate, ctx: _Context) -> EventDate | None:
    """ "travelled to X twice last year, in June and again in November": a narrower time set
    right after the clause's time, behind a comma, tells when within it (the parse often hangs
    it on the verb above)."""
    if date.span is None:
        return None
    k = bisect.bisect_left(ctx.time_starts, date.span.end)
    if k >= len(ctx.times):
        return None
    nxt = ctx.times[k]
    gap = ctx.text[date.span.end : nxt.span.start].strip()
    if gap not in APPOSITION_GAPS or nxt.date is None or not _finer_within(nxt.date, date):
        return None
    return nxt.date


DAYLESS_NIGHT_WORDS = frozenset({"overnight"})
"""A night told with no day (the dates module reads it as the publication day): a move told so
happened in the night after the day a clause of the same sentence tells, and takes that day;
only with no such day is it the publication day."""
WEAK_TIME_RANK = 4
MISHUNG_CLAUSE_LINKS = frozenset({"acl"})
"""Links of a participle on a noun ("forces aligned with X") under which the parse may hang the
time that ends the trigger's clause."""


def _counted_after(
    s: _Sentence, t: TimeExpression, tok: Token, clause: Token, anchor: Token, above: set[int]
) -> bool:
    """ "pushed into X on 14 May before being driven back by forces aligned with Y (Z) the next
    day": a time counted from the one told before it (:data:`ANCHORED_KINDS`) that follows the
    trigger and that the parse hangs on the clause above (beside that clause's own date) or on a
    participle on a noun of the trigger's clause (:data:`MISHUNG_CLAUSE_LINKS`) ends the
    trigger's clause: it is the trigger's time."""
    if t.kind not in ANCHORED_KINDS or tok.start < anchor.start:
        return False
    if clause.i in above:
        return True
    return clause.dep in MISHUNG_CLAUSE_LINKS and any(a.i == anchor.i for a in s.sent.ancestors(clause))


SPEECH_TIME_RANK = 1
"""A time that dates a speech verb above the trigger ("stormed X late on Sunday, killing three
before withdrawing, officials said on Monday") dates the telling: a time of an event clause above
the trigger (or one of purpose or onset) comes first, however near the telling's time lies."""


STANDING_PARTICIPLES = frozenset({"run", "manage", "operate", "hold", "base", "locate", "own"})
"""Participles that describe a place by who keeps it ("shelters run by partner groups in X"), a
standing state with no time of its own: a time the parse hangs under them is the move's."""


def _goal_described(s: _Sentence, clause: Token, anchor: Token) -> bool:
    """ "drove the group to two shelters run by partner groups in X on Tuesday": a participle of
    a standing state (:data:`STANDING_PARTICIPLES`) describing the place the trigger's own "to"
    phrase goes to tells no time of its own; the time the parse hangs under it is the move's."""
    if clause.dep != "acl" or clause.tag != "VBN" or clause.lemma not in STANDING_PARTICIPLES:
        return False
    place = s.head(clause)
    if place.dep not in PREP_OBJECTS:
        return False
    prep = s.head(place)
    return prep.head == anchor.i and prep.lower in CARRIED_TO


def _sending_of(s: _Sentence, clause: Token, anchor: Token) -> bool:
    """ "reinforced X with tanks transferred from Y on Sunday", "sent troops flown in on Monday":
    a sending participle on what the trigger moves (its object or its "with" noun) tells the
    same move, and its time is the move's."""
    if clause.dep != "acl" or clause.tag != "VBN" or clause.lemma not in SENT_PARTICIPLES:
        return False
    moved = s.head(clause)
    for noun in (moved, s.head(moved)):  # "fighters and tanks transferred ...": the first conjunct
        if noun.dep in OBJECTS and noun.head == anchor.i:
            return True
        if noun.dep in PREP_OBJECTS and s.head(noun).lower == "with" and s.head(noun).head == anchor.i:
            return True
        if noun.dep not in CONJUNCTS:
            break
    return False


def _finer_within(date: EventDate, outer: EventDate) -> bool:
    """Whether ``date`` is a narrower time inside ``outer`` ("in August of that year" in "2014")."""
    return outer.start <= date.start and date.end <= outer.end and date != outer


def _shared_by_conjunct(s: _Sentence, clause: Token, anchor: Token) -> bool:
    """ "drove the brigades out and seized the airport in August": a later verb joined to the
    trigger with no subject of its own tells a time both share."""
    return (
        clause.dep == "conj"
        and clause.head == anchor.i
        and clause.i > anchor.i
        and s.child(clause, ALL_SUBJECTS) is None
    )


_WHEN = frozenset({"when"})


def _when_date(s: _Sentence, anchor: Token, ctx: _Context) -> EventDate | None:
    """ "since February, when the units entered the town": a "when" clause on a time
    expression happened at that time (also after "since", which otherwise marks a state)."""
    if anchor.dep != "relcl" or not any(c.lower in _WHEN for c in s.children(anchor)):
        return None
    head = s.head(anchor)
    for t in ctx.times_in(s.sent.start, s.sent.end):
        if t.date is not None and t.span.start <= head.start < t.span.end:
            return _since_start(t.date, t.text)
    return None


_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def _since_start(date: EventDate, text: str) -> EventDate:
    """ "since February" is the range from February to the story's day; its "when" clause
    happened in February itself (the day when the expression names one, the year when it
    names only a year)."""
    if date.granularity.value != "range" or not text.lower().startswith("since "):
        return date
    words = text.split()
    if len(words) == 2 and len(words[1]) == 4 and words[1].isdigit():
        return EventDate.from_year(date.start.year, text=text)  # "since 2014, when X took Y"
    if _DAY_NUMBER.search(text):
        return EventDate(date.start, date.start, "day", text=text)
    month = EventDate.from_iso(date.start.strftime("%Y-%m"))
    return EventDate(month.start, month.end, "month", text=text)


def _purpose_of(s: _Sentence, clause: Token, anchor: Token) -> bool:
    """Whether ``clause`` is a to-infinitive of purpose on ``anchor`` or on its object."""
    if clause.dep not in PURPOSE_LINKS or not any(a.lower == "to" for a in s.children(clause, AUXILIARIES)):
        return False
    head = s.head(clause)
    return head.i == anchor.i or (head.dep in OBJECTS and head.head == anchor.i)


ONSET_VERBS = frozenset({"start", "begin", "commence"})


SAME_TIME_MARKS = frozenset({"when", "while"})
"""Words of an adverbial clause told at the same time as the clause it hangs on."""


def _own_when_of_conjunct(s: _Sentence, clause: Token, anchor: Token, above: set[int]) -> bool:
    """Whether ``clause`` is a "when" clause hung on the trigger itself where the trigger is a
    later conjunct ("advanced on X in April 2019, and pulled back to Y when the offensive collapsed
    a year later"): the move's own time clause tells its time before the first verb's time does."""
    return anchor.dep in CONJUNCTS and clause.head == anchor.i and _while_of(s, clause, anchor, above)


def _while_of(s: _Sentence, clause: Token, anchor: Token, above: set[int]) -> bool:
    """Whether ``clause`` is a "when" clause on the trigger or on a clause above it: "when the
    fighting reached X in April, the guards left and the detainees fled" (both in April)."""
    if clause.dep != "advcl" or (clause.head != anchor.i and clause.head not in above):
        return False
    return any(c.lower in SAME_TIME_MARKS for c in s.children(clause, frozenset({"advmod", "mark"})))


def _onset_of(s: _Sentence, clause: Token, anchor: Token) -> bool:
    """Whether ``clause`` is a subjectless "starting late on Thursday" under the trigger: when
    the move began."""
    if clause.lemma not in ONSET_VERBS or clause.tag != "VBG" or s.child(clause, ALL_SUBJECTS) is not None:
        return False
    return any(a.i == anchor.i for a in s.sent.ancestors(clause))


def _clause_head(s: _Sentence, tok: Token, anchor: Token) -> Token:
    """The clause a time expression belongs to: the anchor itself, or the nearest verb above (not
    a misparsed clause of vehicles fitted with arms, whose phrases are the anchor's own)."""
    for a in s.sent.ancestors(tok):
        if _fitting_of(s, anchor, a):
            continue  # "deployed trucks mounted with guns near X on Sunday": deployed on Sunday
        if a.i == anchor.i or a.pos in _CLAUSE_POS or a.head == a.i:
            return a
    return tok


def _not_event_time(s: _Sentence, tok: Token, t: TimeExpression) -> bool:
    """ "since last year", "until March": the span of a state, not the event's date."""
    words = t.text.lower().split()
    first = words[0] if words else ""
    before = s.tokens[tok.i - 1].lower if tok.i > 0 else ""
    if first in DURATION_OPENERS and words[-1] in SHORT_UNITS:
        return True  # "entered the city within three hours": how long it took, not the day
    return first in NOT_EVENT_TIMES or before in NOT_EVENT_TIMES


DURATION_OPENERS = frozenset({"within"})
SHORT_UNITS = frozenset({"hour", "hours", "minute", "minutes"})
"""A time "within" some hours or minutes is how long a move took (the dates module reads it as
the publication day): the clause's date comes from elsewhere ("told reporters late on Monday")."""


NEWS_TAGS = frozenset({"VBP", "VBZ"})
"""Present-tense verb tags: "say they control X", "have seized X"."""


def _news_date(s: _Sentence, anchor: Token, ctx: _Context) -> EventDate | None:
    """A move the story tells as its news ("X have seized Y", "X say they control Y", or any
    move in a live blog's entry) with no date of its own and none told before it happened
    on the day of publication (a live blog's entry: on the day of the heading it is under)."""
    if ctx.published is None:
        return None
    if not ctx.entries and not _told_as_news(s, anchor):
        return None
    if ctx.entries:
        heading = heading_day(ctx.headings, s.sent.start)
        day = heading.start if heading is not None else ctx.intro_day or ctx.published
        return EventDate(day, day, "day")  # the day itself, not the heading's words
    told = _news_day_told_after(ctx, s.sent.end, ctx.published)
    return told or EventDate(ctx.published, ctx.published, "day")


NEWS_LOOKAHEAD = 800
"""How far after a news lede ("X have seized Y.") its day may still be told."""
NEWS_DAYS_BACK = 3


def _news_day_told_after(ctx: _Context, end: int, published: _dt.date) -> EventDate | None:
    """ "X have seized Y. ... said on Twitter late on Monday": the first day the next few
    time expressions after the news sentence tell, if it is within a few days before publication."""
    k = bisect.bisect_left(ctx.time_starts, end)
    for t in ctx.times[k : k + 3]:
        if t.span.start > end + NEWS_LOOKAHEAD:
            break
        date = t.date
        if date is None or date.granularity.value != "day" or t.text.split()[0].lower() in NOT_EVENT_TIMES:
            continue
        if 0 <= (published - date.start).days <= NEWS_DAYS_BACK:
            return date
    return None


ONGOING_TAGS = frozenset({"VBG"})
"""The tag of a verb told as going on ("are pushing", "is trying to reach X")."""
ONGOING_LINKS = frozenset({"xcomp", "conj"})
"""How a move hangs on the verb that tells it going on ("are trying to push", "are regrouping and
pushing", a conjunct only in the same form): up these links only, not out of a relative clause or
a clause told about."""
ONGOING_DAYS_BACK = NEWS_DAYS_BACK
"""A day told before that lies further back than this from publication is a past event's day, not
the day a move told as going on is made."""


def _told_as_ongoing(s: _Sentence, anchor: Token) -> bool:
    """Whether the trigger's clause, or a clause of trying or going on it hangs on, is in the present
    progressive ("they are trying to push west toward X", "units are advancing on Y")."""
    tok = anchor
    while True:
        if tok.tag in ONGOING_TAGS and any(
            a.lemma == "be" and a.tag in NEWS_TAGS for a in s.children(tok, AUXILIARIES)
        ):
            return True
        head = s.head(tok)
        if head is None or head is tok or tok.dep not in ONGOING_LINKS or head.pos not in ("VERB", "AUX"):
            return False
        if tok.dep == "conj" and tok.tag not in ONGOING_TAGS:
            return False  # "X is losing ground, and civilians have fled": a clause of its own
        tok = head


def _ongoing_date(
    s: _Sentence, anchor: Token, ctx: _Context, inherited: EventDate | None
) -> EventDate | None:
    """ "Rebels failed to take X in June. ... they are trying to push west toward Y": a move told as
    going on (:func:`_told_as_ongoing`) outside a live blog is made when the story is written; a day
    told before it that lies well before publication is a past event's, and the move takes the day
    of publication instead. Else the day it would inherit."""
    published = ctx.published
    if published is None or ctx.entries or inherited is None or not _told_as_ongoing(s, anchor):
        return inherited
    if (published - inherited.start).days <= ONGOING_DAYS_BACK:
        return inherited
    return EventDate(published, published, "day")


def _told_as_news(s: _Sentence, anchor: Token) -> bool:
    """Whether the trigger's clause, or one above it, is in the present or present perfect."""
    for tok in (anchor, *s.sent.ancestors(anchor)):
        if tok.tag in NEWS_TAGS or any(a.tag in NEWS_TAGS for a in s.children(tok, AUXILIARIES)):
            return True
        if tok.pos == "VERB" and tok.tag == "VBD":
            return False  # a past clause in between ("said they had ...") is not today's news
    return False


def _note_main_date(s: _Sentence, anchor: Token, date: EventDate | None, key: int, ctx: _Context) -> None:
    """Keep the date of the sentence's movement nearest its root: its main event's."""
    if date is not None and any(_since_clause(s, t) for t in (anchor, *s.sent.ancestors(anchor))):
        ctx.since_moves.add(anchor.start)  # "since the army drove him out in 2016": no story time
    if date is None or _background(s, anchor):
        return
    depth = sum(1 for _ in s.sent.ancestors(anchor))
    known = ctx.main_dates.get(key)
    if known is None or depth < known[0]:
        ctx.main_dates[key] = (depth, date)


BACKGROUND_LINKS = frozenset({"relcl"})
"""A move told in a relative clause ("a government that arrived in Tripoli in March") is background."""
REPORT_LINKS = frozenset({"ccomp"})
"""The link of what a speech verb reports ("says | its commander was detained on Sunday")."""


def _background_time(s: _Sentence, tok: Token) -> bool:
    """Whether the time at ``tok`` is told as background, not as a time the story moves to: in a
    relative clause ("the alliance, which took over command on March 31, ..."), or in what a speech
    verb in the present or present perfect reports ("The brigade says its commander was detained on
    Sunday", "the alliance has said it struck 14 targets on Wednesday"): a claim the story cites
    now, whose time the later events do not happen at. A past report ("said they entered X on
    Monday") tells the story's own time."""
    below = tok
    for a in s.sent.ancestors(tok):
        if below.dep in BACKGROUND_LINKS:
            return True
        if below.dep in REPORT_LINKS and a.lemma in SAYING_VERBS and _present_report(s, a):
            return True
        below = a
    return below.dep in BACKGROUND_LINKS


def _speech_time(s: _Sentence, tok: Token) -> bool:
    """Whether the time at ``tok`` dates a speech verb ("officials said on Wednesday"): the day
    of the telling, no time of the story's events."""
    verb = next((a for a in s.sent.ancestors(tok) if a.pos in _CLAUSE_POS), None)
    return verb is not None and verb.lemma in SAYING_VERBS


def _present_report(s: _Sentence, verb: Token) -> bool:
    """ "says", "say", "has said": a speech verb told in the present or present perfect."""
    return verb.tag in NEWS_TAGS or any(a.tag in NEWS_TAGS for a in s.children(verb, AUXILIARIES))


def _background(s: _Sentence, anchor: Token) -> bool:
    """Whether the trigger sits in a relative clause, or in a clause of the time a state began
    ("had not been seen since the army drove him out in 2016"): its date is no main date the
    story goes on from."""
    if any(
        t.dep in BACKGROUND_LINKS and not _clause_of_time(s, t) for t in (anchor, *s.sent.ancestors(anchor))
    ):
        return True
    return any(_since_clause(s, t) for t in (anchor, *s.sent.ancestors(anchor)))


TIME_CLAUSE_ADVERBS = frozenset({"when"})
"""Relative adverbs of a clause on a time that tells what happened then ("The offensive came in
August, when units advanced from X"): the scene-setting sentence's event, no background to it."""


def _clause_of_time(s: _Sentence, clause: Token) -> bool:
    """Whether the relative clause ``clause`` hangs on a time expression and opens with
    :data:`TIME_CLAUSE_ADVERBS` ("in August, when units advanced"): it tells the time's event,
    the date the story's next moves go on from."""
    if s.ctx is None or not any(
        c.lower in TIME_CLAUSE_ADVERBS for c in s.children(clause, frozenset({"advmod"}))
    ):
        return False
    head = s.head(clause)
    k = bisect.bisect_left(s.ctx.time_starts, head.end)
    time = s.ctx.times[k - 1] if k else None
    if time is None or time.span.end <= head.start:
        return False
    return time.text.split()[0].lower() not in NOT_EVENT_TIMES  # "since February, when ...": a state's start


BACKGROUND_MARKS = frozenset({"since"})
"""Words that open a clause telling when a state began ("had not been seen since the army drove
him out in 2016"): the move it tells is background, its date no time the story moves to."""


def _since_clause(s: _Sentence, tok: Token) -> bool:
    """Whether ``tok`` heads an adverbial clause opened by :data:`BACKGROUND_MARKS`."""
    return tok.dep == "advcl" and any(
        m.lower in BACKGROUND_MARKS for m in s.children(tok, frozenset({"mark"}))
    )


STORY_LOOKBACK = 40


def _story_date(out: Sequence[MovementDraft], ctx: _Context, floor: int) -> EventDate | None:
    """The main date of the latest earlier sentence that has one (skipping background moves;
    the last ``STORY_LOOKBACK`` drafts at most, so a long run of them costs no more)."""
    for d in reversed(out[-STORY_LOOKBACK:]):
        if d.trigger.start < floor:
            break
        main = ctx.main_dates.get(d.sentence.start)
        if main is not None:
            return main[1]
    return None


def _inherited_date(
    out: Sequence[MovementDraft], ctx: _Context, pos: int, sentence: Span | None = None, skip: int = 0
) -> EventDate | None:
    """No date of its own: the story's last movement date (the main event's of an earlier
    sentence, not a background clause's: "captured X on Wednesday, the base IS had held since
    it seized the city last year"), else its last date before ``pos``. The last ``skip`` moves
    (those told only to describe the mover, :func:`_described_moves`) are passed over."""
    floor = ctx.entry_start(pos)
    if len(out) > skip and out[-1 - skip].date is not None and out[-1 - skip].trigger.start >= floor:
        last = out[-1 - skip]
        told = _date_told_since(ctx, last.sentence.end, pos, last.date)
        if told is not None:
            return told  # "... in early August. X fell on Aug. 13. The capture of X ...": Aug. 13
        if sentence is not None and last.sentence.start != sentence.start:
            main = ctx.main_dates.get(last.sentence.start)
            if main is not None and last.date is not None and _finer_within(last.date, main[1]):
                return last.date  # "pushed into X in 2017 and took it in March. ...": March
            if main is None and last.trigger.start in ctx.since_moves:
                return _story_date(out, ctx, floor)  # a state's start is no time the story went on from
            return main[1] if main is not None else _story_date(out, ctx, floor) or last.date
        return last.date
    limit = sentence.start if skip and sentence is not None else pos  # not the described moves' times
    k = bisect.bisect_left(ctx.time_starts, pos)
    for t in reversed(ctx.times[max(0, k - 40) : k]):
        if t.span.start < floor:
            break
        if (
            t.span.end <= limit
            and t.text.split()[0].lower() not in NOT_EVENT_TIMES
            and not _event_named(ctx, t)
        ):
            return t.date  # "held since 2016" dates a state, not the story's events
    return None


DESCRIBING_CLAUSES = frozenset({"relcl"})
"""Clauses on a noun: a move told in one ("families who fled X in 2016") describes the mover,
and its time is no time of the sentence's main move ("... have begun to return")."""


def _described_moves(s: _Sentence, frame: _Frame, out: Sequence[MovementDraft]) -> int:
    """How many of the sentence's latest moves are the frame's own movers' told in a clause on a
    noun (:data:`DESCRIBING_CLAUSES`) that the frame's verb is not part of: "families who fled X in
    2016 have begun to return": the flight's 2016 does not date the return. Another's move in such
    a clause ("a mission that visited the region in December reported that fighters were still
    arriving") is not passed over."""
    keys = {a.key for a in frame.actors}
    n = 0
    while n < len(out) and out[-1 - n].sentence.start == s.sent.start:
        d = out[-1 - n]
        tok = s.sent.token_at(d.trigger.start)
        if tok is None or d.actor is None or d.actor.key not in keys:
            break
        if not _in_describing_clause(s, tok, frame.anchor):
            break
        n += 1
    return n


REPORTED_CLAUSE_LINKS = frozenset({"ccomp"})
"""Links of a reported clause: a clause on the speaker ("a refugee who arrived in X last week said
that he fled Y") describes the one who tells, and its time may well bound the move told."""


def _in_describing_clause(s: _Sentence, tok: Token, anchor: Token) -> bool:
    """Whether ``tok`` lies in a clause on a noun that does not hold ``anchor``, the noun of a
    verb that ``anchor`` is (or hangs on) with no reported clause between."""
    clause = tok if tok.dep in DESCRIBING_CLAUSES else None
    if clause is None:
        clause = next((a for a in s.sent.ancestors(tok) if a.dep in DESCRIBING_CLAUSES), None)
    if clause is None or clause.i == anchor.i:
        return False
    if any(a.i == clause.i for a in s.sent.ancestors(anchor)):
        return False
    governor = s.head(s.head(clause))
    for up in (anchor, *s.sent.ancestors(anchor)):
        if up.i == governor.i:
            return True
        if up.dep in REPORTED_CLAUSE_LINKS:
            return False
    return False


POSSESSIVE_MARKS = ("'s", "\u2019s")
"""What makes a time a possessive ("last year's war", "2011's uprising")."""


def _event_named(ctx: _Context, t: TimeExpression) -> bool:
    """ "had stood with Gaddafi during last year's war": a possessive time names an earlier
    event by its date; the story's later moves do not happen then."""
    end = t.span.end
    return t.text.endswith(POSSESSIVE_MARKS) or ctx.text[end : end + 2] in POSSESSIVE_MARKS


def _date_told_since(ctx: _Context, after: int, pos: int, last: EventDate | None = None) -> EventDate | None:
    """The date a sentence between the last move and ``pos`` told (the story's time moved on);
    a time told as background (``_Context.background_times``) moves it nowhere. ``last`` is the
    last move's date (:func:`_resets_time`)."""
    k = bisect.bisect_left(ctx.time_starts, pos)
    for i in reversed(range(max(0, k - 10), k)):
        t = ctx.times[i]
        if t.span.start < after:
            return None
        if t.span.start in ctx.background_times:
            continue  # "The brigade says its commander was detained on Sunday": background
        if _in_day_list(ctx, i):
            continue  # "struck X on Wednesday and Thursday": no one day the story moved to
        if (
            t.span.end <= pos
            and t.date is not None
            and t.text.split()[0].lower() not in NOT_EVENT_TIMES
            and not _event_named(ctx, t)
        ):
            return t.date if _resets_time(t, last) else None  # a day told, not a setting
    return None


YEAR_WORD_TAIL = "year"
"""The last word of a month told in a year by a word ("In August this year", "in June last year")."""


DAY_LIST_JOINS = frozenset({"and", "or", ", and", ", or"})
"""What joins the days of a list ("on Wednesday and Thursday", "on 3 or 4 May")."""


def _in_day_list(ctx: _Context, i: int) -> bool:
    """Whether the time ``ctx.times[i]`` is one of a list of different days joined by
    :data:`DAY_LIST_JOINS` ("targeted X on Wednesday and Thursday"): the list spans its days and
    names no one day a later move with no time of its own happened on."""
    t = ctx.times[i]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(ctx.times):
            continue
        u = ctx.times[j]
        first, second = (u, t) if j < i else (t, u)
        gap = " ".join(ctx.text[first.span.end : second.span.start].split())
        if gap.replace(" ,", ",") in DAY_LIST_JOINS and _different_days(t, u):
            return True
    return False


def _different_days(t: TimeExpression, u: TimeExpression) -> bool:
    """Whether both times are single days, and not the same day."""
    if t.date is None or u.date is None:
        return False
    return t.date.granularity.value == u.date.granularity.value == "day" and t.date.start != u.date.start


NAMED_MONTH_KINDS = frozenset({"month_name"})
"""A month told by its name with no year ("in August"); "last month" only sets the scene."""


def _resets_time(t: TimeExpression, last: EventDate | None = None) -> bool:
    """ "on 3 June", or a month with its year ("By late May 2020 the offensive had collapsed.",
    "In August this year he was named chief of staff."), or a month after the last move's date
    (``last``: "took X in April. The offensive came in August. Units advanced ..."; an earlier
    month is a look back): a time the story moves to, where a bare year or season only sets the scene."""
    grain = t.date.granularity.value if t.date is not None else ""
    if grain != "month":
        return grain == "day"
    words = t.text.lower().split()
    if t.kind == "absolute" or (bool(words) and words[-1] == YEAR_WORD_TAIL):
        return True
    return t.kind in NAMED_MONTH_KINDS and t.date is not None and last is not None and t.date.start > last.end


# ---------------------------------------------------------------- repairs over the parse (round 2)

OWNER_MODIFIERS = frozenset({"compound", "poss", "prep", "pobj", "acl"})
OWNER_PREPOSITIONS = frozenset({"of", "from"})
AFFILIATION_VERBS = frozenset({"affiliate", "belong", "attach", "subordinate", "associate"})
"""Participles that make a force (or its aircraft) another's ("troops affiliated with X", "units belonging to X",
"aircraft associated with X")."""
AFFILIATION_PREPOSITIONS = frozenset({"with", "to"})
PARTICIPLE_LINKS = frozenset({"advcl", "conj", "xcomp"})
WEAK_SOURCES = frozenset({"collective", "group", "role", "pronoun"})  # unnamed: "Syrian fighters"


def _named_owner(s: _Sentence, tok: Token, hit: Hit | None) -> Hit | None:
    """A weak head names its group: "mercenaries from the X group", "the X mission", "units of
    the X brigade", "troops affiliated with X's militias" (a collective, or a common noun read as
    a description, gives way to the named actor that modifies it; a commander's forces are his
    side's)."""
    if hit is not None and not _is_weak(hit):
        if tok.pos != "NOUN" or hit.start < tok.start or hit.end > tok.end:
            return None  # a name of its own, or a named modifier already found
    level = [tok]
    for _ in range(5):
        level = [c for t in level for c in s.children(t, OWNER_MODIFIERS) if _owner_link(s, c)]
        for c in level:
            named = s.actor_at[c.i]
            if named is not None and named is not hit and _is_named_group(s, c, named):
                if named.actor_kind is ActorKind.PERSON and tok.lemma in FORCE_HEADS:
                    return _side_of(named, _phrase_span(s, tok))
                return named
    return None


def _owner_link(s: _Sentence, tok: Token) -> bool:
    if tok.dep == "acl":
        return tok.lemma in AFFILIATION_VERBS
    if tok.dep != "prep":
        return True
    affiliated = s.head(tok).lemma in AFFILIATION_VERBS and tok.lower in AFFILIATION_PREPOSITIONS
    return tok.lower in OWNER_PREPOSITIONS or affiliated


def _side_of(person: Hit, phrase: tuple[int, int]) -> Hit | None:
    """The armed group a commander's forces belong to, mentioned by the force's own words
    (``phrase``); none when his side is not known."""
    entry = person.entry
    if entry is None or not entry.affiliation:
        return None
    key = "forces-of:" + entry.affiliation
    return Hit(*phrase, key, entry.affiliation, "group", ActorKind.ARMED_GROUP)


def _phrase_span(s: _Sentence, tok: Token) -> tuple[int, int]:
    """The head noun with its left modifiers ("his fighters", "armed troops")."""
    start = tok.start
    for k in range(tok.i - 1, -1, -1):
        t = s.tokens[k]
        if t.head != tok.i or t.dep not in ("amod", "compound", "poss", "nmod", "det"):
            break
        if t.dep != "det":
            start = t.start
    return start, tok.end


def _is_weak(hit: Hit) -> bool:
    if hit.actor_kind is ActorKind.COLLECTIVE or hit.source in WEAK_SOURCES:
        return True
    return hit.entry is not None and hit.entry.generic  # a generic entry: "armed groups"


def _is_named_group(s: _Sentence, tok: Token, hit: Hit) -> bool:
    return not _is_weak(hit) and s.place_at[tok.i] is not hit


def _governing_places(s: _Sentence, tok: Token, patient: Token, cls: VerbClass) -> list[Hit]:
    """ "Swept into X, seizing the last stronghold of the militia": a participle whose object is a
    description of the place (not a person, naming no town or site) takes the place its governing
    motion verb names."""
    if tok.dep not in PARTICIPLE_LINKS or tok.tag != "VBG" or cls.object != "dest":
        return []
    if patient.pos != "NOUN" or s.actor_at[patient.i] is not None or s.place_at[patient.i] is not None:
        return []  # a person, or a place named in its own right ("seizing its airport")
    if not all(_is_area(h) for h in _places(s, patient)):
        return []  # "seizing the port of X": a place of its own ("in western Libya" only locates)
    head = s.head(tok)
    classes = load_verb_classes().get(("verb", head.lemma), ())
    head_cls = _match(s, head, classes)
    if head_cls is None:
        return []
    head_obj = _object(s, head)
    found = _places(s, head_obj) if head_obj is not None and head_cls.object == "dest" else []
    return found + _prep_places(s, head, head_cls, None)[1]


CHAIN_LINKS = frozenset({"prep", "pobj", "dobj", "dative"})
CHAIN_DESTS = frozenset({"to", "into", "towards", "toward"})


def _chained_places(s: _Sentence, verb: Token) -> tuple[list[Hit], list[Hit]]:
    """ "From X to Y" where the parser hung "to Y" on "from X" (or "from X" on the object):
    within the verb's own phrase (no embedded clause), X is the origin and Y the destination."""
    origins: list[Hit] = []
    dests: list[Hit] = []
    level = [verb]
    for _ in range(4):
        level = [c for t in level for c in s.children(t, CHAIN_LINKS)]
        for prep in (c for c in level if c.dep == "prep" and c.lower in ORIGIN_PREPS):
            pobj = s.child(prep, PREP_OBJECTS)
            if pobj is None:
                continue
            links = [p for t in (prep, pobj) for p in s.children(t, frozenset({"prep"}))]
            for link in links + _joined_prepositions(s, prep) if links else links:
                target = s.child(link, PREP_OBJECTS)
                if link.lower in CHAIN_DESTS and target is not None and _places(s, target):
                    origins.extend(_places(s, pobj))
                    dests.extend(_places(s, target))
    return origins, dests


def _same_side(a: Hit, b: Hit) -> bool:
    """The same actor, or a body and its own forces ("the GNA" and "GNA forces" taking one town
    in one report is one event)."""
    if a.key == b.key or a.name.lower() == b.name.lower():
        return True  # one name found by two routes ("GNA fighters", "its forces")
    short, long_ = sorted((a.name.lower(), b.name.lower()), key=len)
    return long_.startswith(short + " ") and long_[len(short) + 1 :] in FORCE_SUFFIXES


FORCE_SUFFIXES = frozenset({"forces", "troops", "units", "fighters"})


BACKGROUND_PREPS = frozenset({"for", "during", "throughout"})


def _background_noun(s: _Sentence, tok: Token) -> bool:
    """ "The main base for his offensive on the capital": an owned campaign named inside
    another noun's modifier is background to the report, not a movement it tells."""
    if _lasting(s, tok):
        return True  # "ends Haftar's 14-month campaign": a long span summed up, no move told
    head = s.head(tok)
    if tok.dep != "pobj" or s.child(tok, frozenset({"poss"})) is None:
        return False
    if head.lower in SETTING_TIME_PREPS:
        return True  # "entered the town during their campaign in the south": the move is the entering
    if head.lower == "of" and s.head(head).lemma in TIME_NOUNS | PHASE_NOUNS:
        return True  # "held since the first weeks of its offensive": a time told by the campaign
    return head.lower in BACKGROUND_PREPS and s.head(head).pos in ("NOUN", "PROPN")


SETTING_TIME_PREPS = frozenset({"during", "throughout", "amid"})
"""Prepositions that make an owned campaign the time of another event told beside it."""
PHASE_NOUNS = frozenset({"start", "beginning", "outset", "end", "height", "eve"})


def _lasting(s: _Sentence, tok: Token) -> bool:
    """ "A 14-month campaign", "a three-year war": a noun measured by a counted span of time."""
    return any(
        c.lemma in TIME_UNITS and s.child(c, frozenset({"nummod"})) is not None
        for c in s.children(tok, frozenset({"compound", "amod", "nmod"}))
    )


NAMING_VERBS = frozenset({"know", "call", "name", "dub", "nickname", "style"})
NAMING_LINKS = frozenset({"prep", "oprd", "attr", "dobj"})


def _known_as(s: _Sentence, tok: Token, ctx: _Context) -> Hit | None:
    """ "The brigades, known collectively as X, overran ...", "fell to the alliance that calls
    itself X": the head is X, and so is "the brigades" later in the article."""
    if tok.pos != "NOUN":
        return None
    for acl in s.children(tok, NOUN_CLAUSES):
        if acl.lemma not in NAMING_VERBS:
            continue
        for link in s.children(acl, NAMING_LINKS):
            target = s.child(link, PREP_OBJECTS) if link.dep == "prep" else link
            named = (
                s.actor_at[target.i]
                if target is not None and (link.dep != "prep" or link.lower == "as")
                else None
            )
            if named is not None and not _is_weak(named):
                ctx.known_as[tok.lemma] = named
                return named
    named = _bannered(s, tok)
    if named is not None:
        ctx.known_as[tok.lemma] = named
        return named
    determiner = s.child(tok, frozenset({"det"}))
    if determiner is not None and determiner.lower in ("the", "these", "those"):
        return ctx.known_as.get(tok.lemma)
    return None


ALLIANCE_NOUNS = frozenset({"coalition", "alliance"})
"""Nouns for a named alliance that a later "the coalition" means ("Libya Dawn, a coalition of ...")."""
BANNER_NOUNS = frozenset({"banner", "umbrella", "flag"})


def _bannered(s: _Sentence, tok: Token) -> Hit | None:
    """ "The brigades, which fight under the banner of X": the group the force noun's clause
    says it fights as (not "under the command of X", a commander)."""
    if tok.lemma not in UNNAMED_FORCES or s.actor_at[tok.i] is not None:
        return None
    for clause in s.children(tok, NOUN_CLAUSES):
        for under in (p for p in s.children(clause, PREPOSITIONS) if p.lower == "under"):
            banner = s.child(under, PREP_OBJECTS)
            if banner is None or banner.lemma not in BANNER_NOUNS:
                continue
            group = _prep_object(s, banner, ("of",))
            named = s.actor_at[group.i] if group is not None else None
            if named is not None and named.actor_kind is ActorKind.ARMED_GROUP and not _is_weak(named):
                return named
    return None


def _nearest_particle_first(s: _Sentence, tok: Token, classes: Sequence[VerbClass]) -> list[VerbClass]:
    """ "Fell back into X": the particle next to the verb ("back") decides the row, not a
    preposition further on ("into"); rows without a particle stay last."""
    place = {c.lower: c.i for c in s.children(tok, PARTICLES) if c.i > tok.i}
    far = len(s.tokens) + 1
    return sorted(classes, key=lambda c: far + 1 if c.particle is None else place.get(c.particle, far))
