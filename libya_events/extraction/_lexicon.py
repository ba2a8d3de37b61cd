"""Word lists of the genre: titles, speech verbs, channels, movement triggers.

These are closed classes of English news wording, not facts about the world (those
live in the data files of the knowledge base and the gazetteer).
"""

from __future__ import annotations

import calendar
import re
from typing import NamedTuple

__all__ = [
    "AGE_YEARS",
    "BODY_APPOSITION_NOUNS",
    "BODY_GROUP_MODIFIERS",
    "BODY_GROUP_NOUNS",
    "CHANNELS",
    "COMMON_CAPITALISED",
    "COMPASS_POINTS",
    "DOCUMENT_NOUNS",
    "FIRST_NAMES",
    "GROUP_NOUNS",
    "NAME_CONNECTORS",
    "PUBLICATION_HEADS",
    "SURNAME_TITLES",
    "TITLE_LEAD_NOISE",
    "TITLE_WORDS",
    "Channel",
    "is_age",
]

COMPASS_POINTS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
"""The eight compass points as single words, the stem of the tables that read a bearing
("X lies 150 km south of Y", "moved north", "20 km southwest of X")."""

PUBLICATION_HEADS = frozenset(
    {"Voice", "Post", "Herald", "Gazette", "Tribune", "Forum", "News", "Observer", "Review", "Times", "Today"}
)
"""Title words of outlets and forums named after a place ("Fezzan Voice", "Tripoli Post",
"Fezzan Today"): the name is the outlet, and the place inside it no place mention."""

BODY_APPOSITION_NOUNS = frozenset(
    {"charity", "ngo", "nonprofit", "non-profit", "organisation", "organization", "foundation"}
)
"""Head nouns of an "a/an ..." apposition that describes a non-governmental body ("Sea Rescue Aid,
a German charity", "X, a non-governmental organisation"): the name is an organisation's, however
the entity recogniser labelled it. Extend with another such noun."""
BODY_GROUP_MODIFIERS = frozenset(
    {"aid", "rights", "relief", "humanitarian", "rescue", "advocacy", "charity", "campaign", "medical"}
)
"""Words before "group" or "agency" in such an apposition that make it an aid or rights body ("an
aid group", "a Dutch rights group", "a relief agency"), not an armed one ("a militia group")."""
BODY_GROUP_NOUNS = frozenset({"group", "agency", "network"})
"""Head nouns that describe such a body only with a :data:`BODY_GROUP_MODIFIERS` word before them."""

TITLE_LEAD_NOISE = frozenset(
    {
        *(name.lower() for name in (*calendar.day_name, *calendar.month_name[1:])),
        *("on", "in", "at", "by", "since", "early", "late", "last", "next", "this", "earlier", "later"),
        *("yesterday", "today", "tonight", "then", "meanwhile", "also", "and", "but", "when", "after"),
        *("before", "while", "as", "once"),
    }
)
"""Lower-case words that open a sentence before a title but are no part of it: time words
("On Monday Chancellor X", "In March Foreign Minister Y") and linking words ("Meanwhile
President Z"). A title told before a name starts after the last of them. Extend freely."""
SURNAME_TITLES = frozenset(
    {
        *("minister", "president", "premier", "chancellor", "secretary", "colonel"),
        *("brigadier", "captain", "lieutenant", "marshal", "ambassador", "mayor", "governor"),
        *("commander", "spokesman", "spokeswoman", "envoy", "senator"),
    }
)
"""Lower-case title words that introduce a person by the family name alone ("Foreign Minister
Dendias", "Secretary Carter", "Colonel Qadhafi"): the name after them is a person's, the title
his. Titles that also open bodies' names ("Head Office", "General Assembly", "General Command")
stay out."""

# Words that open a person's title ("spokesman Ahmed Mismari", "Colonel Gaddafi").
TITLE_WORDS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "general",
        "gen",
        "colonel",
        "col",
        "brigadier",
        "major",
        "captain",
        "lieutenant",
        "marshal",
        "field",
        "minister",
        "president",
        "premier",
        "chancellor",
        "chairman",
        "chairwoman",
        "chief",
        "head",
        "leader",
        "envoy",
        "ambassador",
        "mayor",
        "governor",
        "secretary-general",
        "secretary",
        "adviser",
        "advisor",
        "official",
        "director",
        "speaker",
        "deputy",
        "vice-chairman",
        "vice-president",
        "member",
        "lawmaker",
        "mp",
        "emir",
        "king",
        "prince",
        "sheikh",
        "dr",
        "doctor",
        "judge",
        "prosecutor",
        "representative",
        "ruler",
        "coordinator",
        "commissioner",
        "rapporteur",
    ]
)

# Common first names of people in Libya stories; a strong signal for an unknown person.
FIRST_NAMES = frozenset(
    [
        "abdel",
        "abdul",
        "abd",
        "abdullah",
        "abdallah",
        "abdelhakim",
        "abdulhamid",
        "ahmed",
        "ahmad",
        "ali",
        "mohamed",
        "mohammed",
        "mohammad",
        "muhammad",
        "mahmoud",
        "mustafa",
        "moustafa",
        "omar",
        "osama",
        "usama",
        "khalifa",
        "khaled",
        "khalid",
        "fathi",
        "fayez",
        "faiez",
        "faiz",
        "salem",
        "salah",
        "saleh",
        "saif",
        "ibrahim",
        "ismail",
        "youssef",
        "yousef",
        "hassan",
        "hussein",
        "hussain",
        "hamid",
        "hamed",
        "idris",
        "aguila",
        "aqila",
        "agila",
        "abdessalam",
        "abdelrahim",
        "abdel-rahim",
        "othman",
        "osman",
        "kais",
        "qais",
        "rida",
        "ridha",
        "nuri",
        "nouri",
        "jamal",
        "kamal",
        "tarek",
        "tariq",
        "walid",
        "wissam",
        "haitham",
        "hisham",
        "mabrouk",
        "milad",
        "nasser",
        "naser",
        "rafallah",
        "faraj",
        "faisal",
        "fawzi",
        "ghassan",
        "suleiman",
        "sulaiman",
        "sadiq",
        "sadek",
        "emad",
        "imad",
        "adel",
        "adil",
        "anas",
        "ayoub",
        "bashir",
        "najla",
        "hanan",
        "fatima",
        "aisha",
        "stephanie",
        "richard",
        "martin",
        "jan",
        "bernardino",
        "antonio",
        "ban",
        "roland",
        "mevlut",
        "recep",
        "vladimir",
        "emmanuel",
        "donald",
        "barack",
        "hillary",
        "angela",
        "giuseppe",
        "luigi",
        "jean",
        "boris",
        "joe",
        "mike",
        "mark",
        "john",
        "david",
        "james",
        "robert",
        "william",
        "michael",
        "peter",
        "paul",
        "george",
    ]
)

# Lower-case connectors inside names: "Abdel Hakim Belhaj", "Saif al-Islam", "Bani Walid".
ARABIC_UNIT_WORDS = frozenset(
    {"katiba", "katibat", "kataib", "liwa", "liwaa", "sariya", "sariyat", "saraya", "jaysh", "jaish", "quwat"}
)
"""Arabic words for a military unit that open its transliterated name ("Katibat al-Nasr": the
al-Nasr battalion; "Liwa", brigade; "Sariyat", company; "Saraya", companies; "Jaysh", army;
"Quwat", forces): the name is an armed group's, though it reads like a person's."""
GIVEN_NAME_CUES = frozenset(
    f"{cue}{only} as"
    for cue in (
        "gave his name",
        "gave her name",
        "gave his first name",
        "gave her first name",
        "giving his name",
        "giving her name",
        "giving his first name",
        "giving her first name",
        "identified himself",
        "identified herself",
        "be identified",
        "identified",
        "known",
        "named",
    )
    for only in (" only", "")
    if f"{cue}{only}" not in ("known", "named")  # "known as", "named as" may give a full name
)
"""Words a story uses to give the one name someone chose to be quoted under ("a resident who
gave his name only as Ibrahim", "a fighter identified only as Salem"): the word after them is
that person's own name, never the surname of someone the story names in full."""


NAME_CONNECTORS = frozenset(
    {"al", "el", "bin", "ben", "ibn", "abu", "abou", "bani", "ould", "ad", "as", "ash"}
)

# Capitalised words that are never a person, place or actor by themselves.
COMMON_CAPITALISED = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "for",
        "nor",
        "if",
        "when",
        "while",
        "after",
        "before",
        "as",
        "at",
        "by",
        "in",
        "on",
        "of",
        "to",
        "from",
        "with",
        "without",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "house",
        "gate",
        "twitter",
        "facebook",
        "forces",
        "force",
        "army",
        "government",
        "council",
        "ministry",
        "minister",
        "president",
        "prime",
        "state",
        "states",
        "islamic",
        "national",
        "united",
        "nations",
        "libyan",
        "arab",
        "western",
        "eastern",
        "southern",
        "northern",
        "central",
        "west",
        "east",
        "south",
        "north",
        "associated",
        "press",
        "agency",
        "news",
        "sources",
        "source",
        "officials",
        "official",
        "residents",
        "witnesses",
        "pictures",
        "video",
        "output",
        "hours",
        "last",
        "later",
        "earlier",
        "many",
        "some",
        "several",
        "hundreds",
        "thousands",
        "dozens",
        "members",
        "another",
        "other",
        "one",
        "two",
        "three",
        "four",
        "five",
        "military",
        "security",
        "health",
        "interior",
        "foreign",
        "defence",
        "defense",
        "oil",
        "gas",
        "field",
        "airport",
        "base",
        "hotel",
        "city",
        "town",
        "village",
        "district",
        "region",
        "capital",
        "road",
        "coastal",
        "international",
    ]
) | {name.lower() for name in (*calendar.month_name[1:], *calendar.day_name)}

# Names of languages a Libyan story is written in, translated from or quotes ("translated from
# Arabic", "a banner in Tamazight"). They are never a place's other spelling, though a fuzzy key
# can make one of them ("Arabic" folds close to a village "Al Arabi"). Lower case; extend freely.
LANGUAGE_NAMES = frozenset(
    [
        "arabic",
        "english",
        "french",
        "italian",
        "turkish",
        "russian",
        "german",
        "spanish",
        "greek",
        "maltese",
        "hausa",
        "berber",
        "tamazight",
        "amazigh",
        "tamasheq",
        "tebu",
        "tedaga",
        "farsi",
        "persian",
        "hebrew",
        "amharic",
        "tigrinya",
        "somali",
    ]
)

# Plural nouns that make an armed group out of a descriptive phrase ("Chadian rebels").
GROUP_NOUNS = frozenset(
    [
        "rebels",
        "militants",
        "militias",
        "militiamen",
        "mercenaries",
        "fighters",
        "tribesmen",
        "factions",
        "gunmen",
        "jihadists",
        "insurgents",
        "extremists",
        "loyalists",
        "cells",
        "troops",
        "soldiers",
        "brigades",
        "guards",
    ]
)


class Channel(NamedTuple):
    """How a statement was made: a surface pattern, the schema's channel name, and the cues.

    ``cues`` are lower-case words (or word starts) one of which the pattern needs in the
    lowered text: a cheap substring screen run before the pattern's scan. ``"x"`` stands for
    the platform X's letter, screened in its context ("on X", "X account")."""

    pattern: re.Pattern[str]
    name: str
    cues: tuple[str, ...]


def _channel(pattern: str, name: str, cues: tuple[str, ...]) -> Channel:
    """A row of ``CHANNELS``; refuses a row without cues (the screen would never let it match)."""
    if not cues or any(not cue or cue != cue.lower() or not cue.isascii() for cue in cues):
        raise ValueError(f"channel {name!r}: give one or more lower-case ASCII cues its pattern needs")
    return Channel(re.compile(pattern, re.IGNORECASE), name, cues)


# How a statement was made: surface pattern -> the schema's channel name, with the pattern's cues.
CHANNELS: tuple[Channel, ...] = (
    _channel(
        r"\b(?:on|via|in a post on|posted on|wrote on|tweet(?:ed)?|on (?:his|her|its) )\s*(?:twitter|x)\b",
        "Twitter",
        ("twitter", "x"),
    ),
    _channel(
        r"\btweet(?:ed|s)?\b|\bon x\b|\b(?:twitter|x) (?:account|post)", "Twitter", ("tweet", "twitter", "x")
    ),
    _channel(r"\bfacebook\b", "Facebook", ("facebook",)),
    _channel(
        r"\btelevised (?:address|speech|remarks|comments)|\b(?:address|speech) (?:on|broadcast on) (?:state )?television\b|\bin a televised\b(?!\s+interview)"
        r"|\b(?:spoke|speaking|said|announced|declared|went|appeared) on (?:state |national )?television\b",
        "televised address",
        ("televis",),
    ),
    _channel(
        r"\bnews conference\b|\bpress conference\b|\bbriefing\b",
        "news conference",
        ("conference", "briefing"),
    ),
    _channel(r"\b(?:by )?(?:tele)?phone\b|\bphone call\b", "telephone", ("phone",)),
    _channel(r"\binterview(?:ed)?\b", "interview", ("interview",)),
    _channel(r"\bvideo\b", "video", ("video",)),
    _channel(r"\bstatement\b|\bcommuniqu[eé]\b", "statement", ("statement", "communiqu")),
)

DOCUMENT_NOUNS = ("agreements", "agreement", "accords", "accord", "declaration", "memorandum")
"""Nouns that end the name of an accord ("the Skhirat Agreement", "the Cairo Declaration"): a
town before one names the document, no place, and the name itself is no actor."""
BAND_NOUNS = frozenset({"band", "gang", "squad", "party", "knot"})
"""Lemmas of a noun that gathers people into an unnamed band ("bands of armed young men
pushed into X"): the people it holds act as the band does."""

AGE_YEARS = range(1, 111)
"""Whole numbers that, set off by commas after a name, give a person's age ("Salem, 34,
said ..."): a name with one is a person's, however short."""


def is_age(word: str) -> bool:
    """Whether ``word`` is a number of :data:`AGE_YEARS` as decimal digits ("34", not "1,200" or "³")."""
    return word.isdecimal() and int(word) in AGE_YEARS
