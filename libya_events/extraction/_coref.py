"""Coreference good enough for news: pronouns and definite descriptions to their actor.

The movement and statement engines ask one question, :meth:`Coreference.resolve`: which
actor mention does the pronoun or description at ``[start, end)`` stand for? The answer is
the latest earlier actor mention that is compatible in kind (person or body), number and
gender, within the same live-blog entry. Compatibility is read from tables below, so a
maintainer extends the descriptions by adding rows.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence

from libya_events.extraction._mentions import MEDIUM_KEY, Hit, past_companion, past_relative_clause
from libya_events.model import ActorKind

__all__ = ["DESCRIPTIONS", "PRONOUNS", "Coreference"]

_BODIES = (ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT, ActorKind.ORGANIZATION, ActorKind.COUNTRY)

PRONOUNS: dict[str, tuple[ActorKind, ...]] = {
    "he": (ActorKind.PERSON,),
    "him": (ActorKind.PERSON,),
    "his": (ActorKind.PERSON,),
    "she": (ActorKind.PERSON,),
    "her": (ActorKind.PERSON,),
    "they": (*_BODIES, ActorKind.COLLECTIVE),
    "them": (*_BODIES, ActorKind.COLLECTIVE),
    "their": (*_BODIES, ActorKind.COLLECTIVE),
    "it": _BODIES,
    "its": _BODIES,
}
"""Pronoun → the actor kinds it can stand for."""

DESCRIPTIONS: dict[str, tuple[ActorKind, ...]] = {
    # armed groups
    "militia": (ActorKind.ARMED_GROUP,),
    "militias": (ActorKind.ARMED_GROUP,),
    "group": (ActorKind.ARMED_GROUP, ActorKind.ORGANIZATION),
    "faction": (ActorKind.ARMED_GROUP,),
    "factions": (ActorKind.ARMED_GROUP,),
    "brigade": (ActorKind.ARMED_GROUP,),
    "brigades": (ActorKind.ARMED_GROUP,),
    "battalions": (ActorKind.ARMED_GROUP,),
    "battalion": (ActorKind.ARMED_GROUP,),
    "force": (ActorKind.ARMED_GROUP,),
    "forces": (ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT),
    "fighters": (ActorKind.ARMED_GROUP,),
    "troops": (ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT),
    "units": (ActorKind.ARMED_GROUP,),  # "the units entered the town": the force told before
    "rebels": (ActorKind.ARMED_GROUP,),
    "army": (ActorKind.ARMED_GROUP,),  # a national army is an armed group, not its government
    "military": (ActorKind.ARMED_GROUP,),  # "the military said": the army just named
    "guard": (ActorKind.ARMED_GROUP,),  # "the coast guard": the guard force named before
    "navy": (ActorKind.ARMED_GROUP,),  # "a navy statement said": the navy named before
    "coastguard": (ActorKind.ARMED_GROUP,),  # "the coastguard": the "coast guard" named before
    "convoy": (ActorKind.ARMED_GROUP, ActorKind.ORGANIZATION),
    "convoys": (ActorKind.ARMED_GROUP, ActorKind.ORGANIZATION),
    "column": (ActorKind.ARMED_GROUP,),  # "the columns pulled back": the force they belong to
    "columns": (ActorKind.ARMED_GROUP,),
    "coalition": (ActorKind.ARMED_GROUP, ActorKind.COUNTRY),
    # institutions
    "agency": (ActorKind.ORGANIZATION,),
    "organisation": (ActorKind.ORGANIZATION,),
    "organization": (ActorKind.ORGANIZATION,),
    "mission": (ActorKind.ORGANIZATION,),
    # "a UN assessment team ... The team travelled", "special forces seized him ... the team left"
    "team": (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP),
    "company": (ActorKind.ORGANIZATION,),
    "government": (ActorKind.GOVERNMENT,),
    "ministry": (ActorKind.GOVERNMENT,),
    "directorate": (ActorKind.GOVERNMENT, ActorKind.ORGANIZATION),  # "the directorate": its agency
    "department": (ActorKind.GOVERNMENT, ActorKind.ORGANIZATION),
    "council": (ActorKind.GOVERNMENT, ActorKind.ORGANIZATION),
    "parliament": (ActorKind.GOVERNMENT,),
    "chamber": (ActorKind.GOVERNMENT,),  # "the chamber said": the house of parliament just named
    "congress": (ActorKind.GOVERNMENT,),  # "the congress": the General National Congress
    "commission": (ActorKind.ORGANIZATION, ActorKind.GOVERNMENT),  # "the commission travelled"
    "committee": (ActorKind.ORGANIZATION, ActorKind.GOVERNMENT),
    "administration": (ActorKind.GOVERNMENT,),
    "country": (ActorKind.COUNTRY,),
    "court": (ActorKind.ORGANIZATION, ActorKind.GOVERNMENT),  # "the court": the ICC named before
    "room": (ActorKind.ARMED_GROUP, ActorKind.ORGANIZATION),  # "the Operations Room": its command
    "newspaper": (ActorKind.ORGANIZATION,),  # "..., the newspaper said": the paper just named
    "monitor": (ActorKind.ORGANIZATION,),  # "the monitor said": the observatory named before
    "watchdog": (ActorKind.ORGANIZATION,),  # "the watchdog said": the rights group named before
    # "the network calls on ...": the body a press release names by that head ("X Relief Network")
    "network": (ActorKind.ORGANIZATION,),
    "charity": (ActorKind.ORGANIZATION,),
    "association": (ActorKind.ORGANIZATION,),
    "foundation": (ActorKind.ORGANIZATION,),
    "observatory": (ActorKind.ORGANIZATION,),
    # people
    "commander": (ActorKind.PERSON,),
    "minister": (ActorKind.PERSON,),
    "spokesman": (ActorKind.PERSON,),
    "spokeswoman": (ActorKind.PERSON,),
    "spokesperson": (ActorKind.PERSON,),
    "official": (ActorKind.PERSON,),
    "envoy": (ActorKind.PERSON,),
    "leader": (ActorKind.PERSON,),
    "general": (ActorKind.PERSON,),
    "president": (ActorKind.PERSON,),
    "premier": (ActorKind.PERSON,),
    "mayor": (ActorKind.PERSON,),
    "suspect": (ActorKind.PERSON,),  # "forces seized X ... The suspect was flown to Y": X
}
"""Head noun of a definite description ("the militia") → the actor kinds it can stand for."""

NAMED_BY_HEAD = frozenset(DESCRIPTIONS) - {
    "force",
    "forces",
    "troops",
    "units",
    "fighters",
    "group",
    "country",
    "faction",
    "factions",
}
"""Descriptions that prefer an actor whose name has the same head ("the army": "Libyan National
Army" before a nearer militia); a bare force noun names no particular group."""
FAR_NAMED_HEADS = frozenset(
    {
        *("ministry", "parliament", "government", "council", "commission", "committee"),
        *("network", "association", "foundation", "observatory"),
    }
)
"""Institutional descriptions that, with no body of that head in reach, still mean the one of that
head named earlier in the entry ("the ministry" after a long digression), not the latest body."""
NAMED_ONLY = frozenset({"army", "navy", "guard", "coastguard"})
"""Descriptions that only an actor named by the same head can be ("the army" is not the
mercenaries told just before; "the coast guard" is a guard named before, never Haftar's forces):
with none in reach, they stay unresolved."""

MEDIUM_DESCRIPTIONS = frozenset({"newspaper", "agency"})
"""Descriptions a medium named only as a listener ("told Cyrene Daily") may be: it is no
council, group or government the story later calls by a description."""
SPEAKER_POSSESSIVES = frozenset({"its", "their"})
"""Possessives that, right after a body's speech verb, stand for the speaking body and not for a
name inside the body's relative clause (``past_relative_clause``)."""
CATAPHORIC_PRONOUNS = frozenset({"its", "their"})
"""Body possessives that, opening a sentence that closes with its source ("Its teams left X on
Sunday, said Y, a Dutch charity", "Their ship docked at Z, the group Y said"), stand for that
source: the organisation (:data:`CATAPHORIC_SOURCE_KINDS`) told after the reported words."""
CATAPHORIC_SOURCE_KINDS = frozenset({ActorKind.ORGANIZATION})
"""Kinds of source such a possessive may stand for: a charity, an agency or a medium telling its own
moves. Rival sides and states tell each other's ("Its forces withdrew, the GNA said" may be the
enemy's forces), so for them the possessive keeps its antecedent before."""
CLOSING_REACH = 400
"""Characters after a sentence-opening pronoun read for the closing source (one sentence)."""
_SPEECH_BEFORE = re.compile(r",\s++(?:said|says|added|according\s+to)\s++(?:the\s+)?$")
"""The words between a closing attribution's comma and its source: ", said Y", ", according to Y"."""
_SPEECH_AFTER = re.compile(r"(?<!\s)\s*+(?:,[^,.\n]{1,80},\s*)?(?:said|says|added)\b")
"""A source's speech verb after it: "Y said", "Y, a Dutch charity, said"."""
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?][\"')]?\s+|\n\s*)$")
"""What comes before a sentence's first word: the text's start, a sentence's end, a line break."""
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_SINGULAR_NEUTER = frozenset({"it", "its"})
_PLURAL_HEADS = frozenset(
    {
        "forces",
        "troops",
        "rebels",
        "fighters",
        "militias",
        "loyalists",
        "brigades",
        "units",
        "soldiers",
        "men",
    }
)
"""Head words that make a named group plural ("Misrata forces")."""
_OFFICE_KEY = "office:"
_PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
SINGLE_PERSON_NOUNS = frozenset(
    {
        "woman",
        "man",
        "mother",
        "father",
        "teacher",
        "doctor",
        "nurse",
        "resident",
        "official",
        "source",
        "witness",
        "driver",
        "farmer",
        "student",
        "activist",
        "journalist",
        "lawyer",
        "engineer",
        "survivor",
        "migrant",
        "refugee",
    }
)
"""Head nouns of an unnamed single person: "she" or "he" can stand for such a collective."""
_FEMININE = frozenset({"she", "her", "spokeswoman"})
_MASCULINE = frozenset({"he", "him", "his", "spokesman"})
_FEMALE_TITLES = ("ms", "mrs", "miss", "madam", "lady")
_MALE_TITLES = ("mr", "sir", "sheikh")


class Coreference:
    """Resolves pronouns and definite descriptions over one article's actor mentions.

    ``hits`` are the article's mentions (actors are those with an ``actor_kind``);
    ``barriers`` are offsets no reference crosses (live-blog entry starts).
    """

    def __init__(
        self, hits: Sequence[Hit], barriers: Sequence[int] = (), *, text: str = "", asides: str = ""
    ) -> None:
        self._text = text  # with the article, a description's head is read off each mention's words
        self._actors = sorted(
            (h for h in hits if h.actor_kind is not None and h.source != "pronoun"), key=lambda h: h.start
        )
        self._ends = [h.end for h in self._actors]
        self._starts = [h.start for h in self._actors]
        self._barriers = sorted(barriers)
        self._people: dict[str, Hit] = {}  # a person's first mention, for "X's office" naming X
        for h in self._actors:
            if h.actor_kind is ActorKind.PERSON:
                self._people.setdefault(h.key, h)
        self._apposed = {  # "Ali Omar, a refugee who ...": the description is the named person
            id(h) for prev, h in itertools.pairwise(self._actors) if _apposed_to(prev, h)
        }
        self._audience = {id(h) for h in self._actors if _audience(h, text) or _cited_source(h, text)}
        self._far_named: dict[str, tuple[list[Hit], list[int]]] = {}  # head -> bodies it names, their ends
        self._cited = {id(h) for h in self._actors if _inside_citation(h, text)}
        # ``asides``: the article, read only for its aside clauses where ``text`` is not given
        self._aside = _aside_mentions(self._actors, text or asides)
        self._owners = {id(h) for h in self._actors if _owns_kin(h, text) or _background_possessor(h, text)}

    def resolve(self, start: int, word: str, *, limit: int = 1500) -> Hit | None:
        """The actor that ``word`` (a pronoun, or a description's head noun) at ``start`` means.

        Looks back at most ``limit`` characters and never across a barrier. A person's
        description ("commander") prefers the latest person holding that title.
        """
        key = word.strip().lower()
        kinds = PRONOUNS.get(key) or DESCRIPTIONS.get(key)
        if kinds is None:
            return None
        if key in CATAPHORIC_PRONOUNS and self._text:
            closing = self._closing_source(start, key, kinds)
            if closing is not None:
                return closing
        compatible: Iterator[Hit] = (
            h
            for h in self._before(start, limit)
            if _compatible(h, key, kinds, self._text)
            and not (key in _PERSONAL_PRONOUNS and (id(h) in self._apposed or id(h) in self._owners))
            and id(h) not in self._audience
            and not (key in _PLURAL_PRONOUNS and id(h) in self._cited)
        )
        if key in SPEAKER_POSSESSIVES and self._text:
            # "X, which groups A and B, said its fighters ...": X's, not B's
            listed = list(compatible)
            owners = past_companion(self._text, start, past_relative_clause(self._text, start, listed))
            compatible = (h for h in listed if h in owners)
        if key in DESCRIPTIONS and self._aside:
            compatible = _main_clause_first(compatible, self._aside)
        person_description = key in DESCRIPTIONS and kinds == (ActorKind.PERSON,)
        if key not in NAMED_BY_HEAD and not person_description:
            return next(compatible, None)  # no preference among them: the latest
        candidates = list(compatible)
        if person_description:
            titled = next((h for h in candidates if key in _title_of(h)), None)
            if titled is not None:
                return titled
        if key in NAMED_BY_HEAD:
            # a body named only inside an aside is no body the description names
            named = next(
                (h for h in candidates if _named_by(h, key, self._text) and id(h) not in self._aside), None
            )
            if named is None and key in FAR_NAMED_HEADS:
                named = self._named_far_back(start, key, kinds, limit)
            if named is not None or key in NAMED_ONLY:
                return named
        return candidates[0] if candidates else None

    def _closing_source(self, start: int, key: str, kinds: tuple[ActorKind, ...]) -> Hit | None:
        """The source a sentence opened by the possessive at ``start`` closes with (see
        :data:`CATAPHORIC_PRONOUNS`): the first compatible organisation after the pronoun, within
        :data:`CLOSING_REACH` characters and the sentence, that a closing attribution names (after
        ", said" or ", according to", or before its own "said" past a comma). None when the pronoun
        does not open its sentence or no such source follows."""
        text = self._text
        if not _SENTENCE_OPEN.search(text, max(0, start - 4), start):
            return None
        stop = min(len(text), start + CLOSING_REACH)
        k = bisect.bisect_left(self._starts, start + len(key))
        for h in self._actors[k:]:
            if h.start >= stop or ". " in text[start : h.start] or "\n" in text[start : h.start]:
                return None
            if h.actor_kind not in CATAPHORIC_SOURCE_KINDS or "," not in text[start : h.start]:
                continue  # "Their withdrawal was orderly, residents said": no source that owns
            if not _compatible(h, key, kinds, text):
                continue
            if _SPEECH_BEFORE.search(text, max(0, h.start - 30), h.start) or _SPEECH_AFTER.match(text, h.end):
                return h
        return None

    def _named_far_back(self, start: int, key: str, kinds: tuple[ActorKind, ...], limit: int) -> Hit | None:
        """ "The interior ministry ... (three paragraphs on) ... the ministry has said": the body
        named by the description's head earlier in the entry, beyond the usual reach."""
        found = self._far_named.get(key)
        if found is None:  # built once per head: each lookup then walks only bodies of that head
            named = [h for h in self._actors if _named_by(h, key, self._text) and id(h) not in self._aside]
            found = self._far_named[key] = (named, list(itertools.accumulate((h.end for h in named), max)))
        named, ends = found
        floor = self._barrier_before(start)
        k = bisect.bisect_right(ends, start - limit)
        for h in reversed(named[:k]):
            if h.start < floor:
                return None
            if _compatible(h, key, kinds, self._text):
                return h
        return None

    def _before(self, start: int, limit: int) -> Iterator[Hit]:
        """Actor mentions ending before ``start``, latest first, within reach (read lazily:
        a pronoun mostly wants the first that fits)."""
        floor = max(start - limit, self._barrier_before(start))
        k = bisect.bisect_right(self._ends, start)
        for hit in reversed(self._actors[:k]):
            if hit.start < floor:
                break
            if hit.end <= start:
                yield hit
                owner = (
                    self._people.get(hit.key[len(_OFFICE_KEY) :]) if hit.key.startswith(_OFFICE_KEY) else None
                )
                if owner is not None:
                    yield owner  # "Bashagha's office said he had left": the office names its person

    def _barrier_before(self, pos: int) -> int:
        k = bisect.bisect_right(self._barriers, pos)
        return self._barriers[k - 1] if k else 0


ING_PREPOSITIONS = frozenset(
    {
        "including",
        "according",
        "during",
        "following",
        "regarding",
        "concerning",
        "excluding",
        "notwithstanding",
    }
)
"""Words in "-ing" that are prepositions, not participles: ", including X," opens no aside."""
_ASIDE = re.compile(
    rf",[ \t]++(?!(?:{'|'.join(sorted(ING_PREPOSITIONS))})\b)"
    r"(?:where|which|who|whom|whose|[a-z]{2,}ing)\b[^,.;:\n]*+,"
)
"""A clause set off by commas that opens with a relative word or an "-ing" participle
("Hundreds of fighters, leaving bases where they had served alongside the forces of X,
crossed the border"): what it names is background to the sentence."""


def _aside_mentions(actors: Sequence[Hit], text: str) -> set[int]:
    """The ids of actor mentions that lie wholly inside an :data:`_ASIDE` clause."""
    if not text or ", " not in text:
        return set()
    spans = [(m.start(), m.end()) for m in _ASIDE.finditer(text)]
    if not spans:
        return set()
    starts = [a for a, _ in spans]
    inside: set[int] = set()
    for h in actors:
        k = bisect.bisect_right(starts, h.start) - 1
        if k >= 0 and h.end <= spans[k][1]:
            inside.add(id(h))
    return inside


def _main_clause_first(candidates: Iterator[Hit], aside: set[int]) -> Iterator[Hit]:
    """The candidates with those named in an aside clause moved after the first one named in
    a main clause: "the column" that follows "Fighters, leaving bases where they served
    alongside the forces of X, crossed the border" is the fighters, not X's forces. A
    description is a sentence's topic taken up again, which an aside does not set."""
    held: list[Hit] = []
    for h in candidates:
        if id(h) in aside:
            held.append(h)
            continue
        yield h
        break
    else:
        yield from held
        return
    yield from held
    yield from candidates


def _compatible(hit: Hit, key: str, kinds: tuple[ActorKind, ...], text: str = "") -> bool:
    """Whether the mention can be what ``key`` stands for: kind, number and gender."""
    if key in _PERSONAL_PRONOUNS and _one_person(hit):
        return _gender(hit) in (None, "f" if key in _FEMININE else "m")
    if hit.actor_kind not in kinds:
        return False
    if key in DESCRIPTIONS and key not in MEDIUM_DESCRIPTIONS and hit.key.startswith(MEDIUM_KEY):
        return False  # "told Cyrene Daily ... The council said": not the newspaper
    if key in _PLURAL_PRONOUNS and (
        hit.actor_kind is ActorKind.PERSON or _one_person(hit) or _one_of(hit, text)
    ):
        return False  # "they" is not "a fighter"
    if key in _PLURAL_PRONOUNS and hit.actor_kind is ActorKind.COUNTRY and _country_as_place(hit, text):
        return False  # "fought in northern Syria. Their deployment ...": not Syria
    if (
        key in _SINGULAR_NEUTER
        and (_plural(hit) or _plural_surface(hit, text))
        and not _acronym_mention(hit, text)
        and not _singular_body_mention(hit, text)
    ):
        return False  # "it" is not "the rebels", nor "the Tripoli authorities" (a government)
    gender = "f" if key in _FEMININE else "m" if key in _MASCULINE else None
    return gender is None or _gender(hit) in (None, gender)


PLACE_PREPOSITIONS = frozenset({"in", "inside", "into", "across", "from", "throughout"})
"""Prepositions before a country that name it as a place, not as a state that acts."""
SIDE_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central"})


def _country_as_place(hit: Hit, text: str) -> bool:
    """A country named as where something is ("in northern Syria", "from Chad"), by its
    preceding words (with the article's ``text`` only)."""
    words = text[max(0, hit.start - 24) : hit.start].lower().split()
    if words[-1:] and words[-1] in SIDE_ADJECTIVES:
        words.pop()
    return bool(words) and words[-1] in PLACE_PREPOSITIONS


TELLING = frozenset({"told", "tell", "tells", "telling", "briefed", "briefing"})
"""Verbs whose object is the audience ("told reporters", "briefed journalists")."""
AUDIENCE_NOUNS = frozenset({"reporters", "journalists", "correspondents", "press", "media"})
"""Unnamed audiences of a statement: they hear it and stand for no later "they" or "their"."""


def _audience(hit: Hit, text: str) -> bool:
    """ "told reporters": an unnamed audience right after a verb of telling (with the
    article's ``text`` only)."""
    if not text or hit.entry is not None:
        return False  # most mentions: a known actor, so no need to split the name
    words = hit.name.lower().split()
    if not words or words[-1] not in AUDIENCE_NOUNS:
        return False
    before = text[max(0, hit.start - 16) : hit.start].lower().split()
    return bool(before) and before[-1] in TELLING


def _cited_source(hit: Hit, text: str) -> bool:
    """ "more had crossed, according to Tunisian officials, and planes flew them home": an
    unnamed source cited by "according to" tells of the movers and stands for no later
    "they", "them" or "others" (with the article's ``text`` only)."""
    if not text or hit.entry is not None or hit.actor_kind is not ActorKind.COLLECTIVE:
        return False
    before = text[max(0, hit.start - 20) : hit.start].lower().split()
    if before[-1:] == ["the"]:
        before.pop()
    return before[-2:] == ["according", "to"]


CITATION_REACH = 60
"""Characters (at most) between "according to" and a body named inside what it cites."""
_CITATION = re.compile(r"\baccording to\b[^.;:!?\n\"]*$", re.IGNORECASE)


def _inside_citation(hit: Hit, text: str) -> bool:
    """ "hundreds were expelled, according to testimonies collected by IOM teams. Many of them
    walked ...": a body named inside an "according to" phrase (with the article's ``text``
    only) tells of the movers and stands for no later "they" or "them" ("it" may still be it)."""
    return bool(text) and _CITATION.search(text, max(0, hit.start - CITATION_REACH), hit.start) is not None


SINGULAR_DETERMINERS = ("a ", "an ", "one ", "another ")


def _one_of(hit: Hit, text: str) -> bool:
    """An unnamed source told as one ("a fighter", "one resident"), by its own words."""
    return (
        bool(text)
        and hit.entry is None
        and text[hit.start : hit.end].lower().startswith(SINGULAR_DETERMINERS)
    )


KIN_NOUNS = frozenset(
    """son sons daughter daughters brother brothers sister sisters wife wives nephew nephews
    cousin cousins heir""".split()
)
"""Nouns of a person's kin: "X's son", "the youngest of X's sons" tells of the kin, not of X."""
_KIN_AFTER = re.compile(r"['\u2019]s\s{1,3}([a-z]+)\b(?:\s{1,3}([a-z]+)\b)?")
"""A possessive after a name and the next two words: the possessed noun, or a word ("eldest",
"second") and the noun."""


def _owns_kin(hit: Hit, text: str) -> bool:
    """A person named only as the owner of kin ("the youngest of Khalifa Haftar's sons"): the
    sentence tells of the kin, so a following "he" or "his" is not that person."""
    if hit.actor_kind is not ActorKind.PERSON or not text:
        return False
    found = _KIN_AFTER.match(text, hit.end)
    return found is not None and not KIN_NOUNS.isdisjoint(found.groups())


SENTENCE_REACH = 300
"""Characters (at most) read back from a possessor to the start of its sentence."""
_SENTENCE_END = re.compile(r"[.!?\n]")
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\s")


def _background_possessor(hit: Hit, text: str) -> bool:
    """A person named only as a possessor in a sentence already about "he" or "she" ("he fell
    out with Muammar Gaddafi's officers. In 1989 he fled"): the sentence keeps its subject, so a
    following "he" or "his" is that subject, not the owner (with the article's ``text`` only)."""
    if hit.actor_kind is not ActorKind.PERSON or not text or not _POSSESSIVE_AFTER.match(text, hit.end):
        return False
    floor = max(0, hit.start - SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, hit.start)]
    start = ends[-1] if ends else floor
    return _SUBJECT_PRONOUN.search(text, start, hit.start) is not None


def _apposed_to(person: Hit, hit: Hit) -> bool:
    """Whether ``hit`` is an unnamed person's description right after a named person."""
    return person.actor_kind is ActorKind.PERSON and _one_person(hit) and 0 < hit.start - person.end <= 6


def _one_person(hit: Hit) -> bool:
    """An unnamed single person ("a woman", "a security official"): a collective named by a
    singular person noun, whom "she" or "he" can stand for."""
    words = hit.name.lower().split()
    return (
        hit.actor_kind is ActorKind.COLLECTIVE
        and hit.entry is None
        and bool(words)
        and words[-1] in SINGLE_PERSON_NOUNS
    )


def _acronym_mention(hit: Hit, text: str) -> bool:
    """ "The BDB ... its trucks": a group named by its acronym is one body, whatever its full name."""
    surface = text[hit.start : hit.end] if text else ""
    return len(surface) >= 2 and surface.isupper() and surface.isalpha()


def _plural(hit: Hit) -> bool:
    """A mention named by a plural noun ("rebels", "Haftar's forces"), not an acronym or a name."""
    last = hit.name.split()[-1] if hit.name.split() else ""
    if hit.entry is not None and hit.entry.name[:1].isupper():
        return hit.entry.name.split()[-1].lower() in _PLURAL_HEADS
    return last.lower() in _PLURAL_HEADS or (
        last.islower() and last.endswith("s") and not last.endswith("ss")
    )


SINGULAR_BODY_HEADS = frozenset({"army", "force", "brigade", "militia", "battalion"})
"""Singular nouns of an armed body: a mention in these words ("the army said it had ...") is one
body for "it", though the group it stands for has a plural name ("Gaddafi loyalists")."""


def _singular_body_mention(hit: Hit, text: str) -> bool:
    words = text[hit.start : hit.end].lower().split() if text else []
    return bool(words) and words[-1] in SINGULAR_BODY_HEADS


def _plural_surface(hit: Hit, text: str) -> bool:
    """A mention whose words end in a plural common noun ("the Tripoli authorities"), whatever
    body it names."""
    words = text[hit.start : hit.end].split() if text else []
    last = words[-1] if words else ""
    return last.islower() and last.endswith("s") and not last.endswith(("ss", "us"))


def _named_by(hit: Hit, key: str, text: str = "") -> bool:
    """Whether the mention's name, or its entry's, has ``key`` (or its singular) as a word.
    With the article's ``text``, the mention's own words stand in for the entry's other aliases
    ("the army" is not "loyalists", though "Gaddafi army" names them too)."""
    heads = {key, key[:-1] if key.endswith("s") else key}
    names = [hit.name]
    if hit.entry is not None:
        names.append(hit.entry.name)
        names.extend([text[hit.start : hit.end]] if text else hit.entry.aliases)
    return any(heads & _name_words(n) for n in names)


def _name_words(name: str) -> set[str]:
    """The words of a name, and each pair of neighbours run together ("Libyan coast guard" holds
    "coastguard", as a later "the coastguard" spells it)."""
    words = name.lower().replace("-", " ").split()
    return {*words, *(a + b for a, b in itertools.pairwise(words))}


def _title_of(hit: Hit) -> str:
    title = hit.title or (hit.entry.title if hit.entry is not None else None) or ""
    return title.lower()


def _gender(hit: Hit) -> str | None:
    """A person's gender when the mention or the knowledge base tells it, else None."""
    entry = hit.entry
    if entry is not None and entry.gender in ("f", "m"):
        return entry.gender
    title = (hit.title or "").lower().rstrip(".")
    if hit.actor_kind is ActorKind.COLLECTIVE:
        title = hit.name.lower().split()[-1] if hit.name.split() else ""
    if title in _FEMALE_TITLES or "woman" in title or title == "mother":
        return "f"
    if title in _MALE_TITLES or title.endswith("man"):
        return "m"
    return None
