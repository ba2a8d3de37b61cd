"""Unnamed descriptions that stand for an actor the article names.

News reporting often tells a speaker or a side twice: once by a role ("a rebel spokesman",
"the official", "Commander of the Sabha military region") and once by name, or names a side
and then calls it by a bare force noun ("Fighters poured in", "soldiers entered the base").
Such a description is that actor's mention, not an actor of its own. The rules:

* **Role nouns** (table :data:`ROLE_TITLES`). A singular role description is the person
  named in apposition right after it in its sentence ("A rebel spokesman, called Kalefa,";
  "Commander of the X region, Ahmad Ali,"). Else a definite one ("the official") is the
  latest earlier person who acts (subject of a verb) and whose title fits the role, and an
  indefinite or definite one with no such antecedent is the next person named soon after
  whose title holds the role's own word ("a member of parliament ... Ali Saleh, a member
  of ..."); "an official", which any office holder is, is never read forward.
* **Bare force nouns** (:data:`FORCE_NOUNS`: "fighters", "soldiers", "troops" with no
  modifier) that act (subject of an active verb) are the latest armed group named before
  them in their live-blog entry; "fighters of the X Brigade" are that brigade's; a person's
  ("he said his own fighters ...") are that person's, never the group named last.

Everything is read from the mentions and the text around them; no parse is needed beyond the
"acts" roles the pipeline already computes.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence

from libya_events.extraction._coref import DESCRIPTIONS, SINGULAR_BODY_HEADS, Coreference
from libya_events.extraction._interview import THIRD_PERSON_OWNERS
from libya_events.extraction._lexicon import GROUP_NOUNS, TITLE_WORDS
from libya_events.extraction._mentions import BODY_KINDS, FOREIGN_GOVERNMENT_KEY, NAMING_RELATIVES, Hit
from libya_events.extraction._offices import OFFICE_SOURCE
from libya_events.model import ActorKind

__all__ = ["FORCE_NOUNS", "MEMBER_NOUNS", "ROLE_TITLES", "antecedents", "town_sides"]

_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen"})
_SPOKESMEN = _SPOKES - {"spokeswoman"}
_SPOKESWOMEN = _SPOKES - {"spokesman", "spokesmen"}

ROLE_TITLES: Mapping[str, frozenset[str]] = {
    "official": frozenset(),  # any person who holds an office
    "spokesman": _SPOKESMEN,  # a gendered role is no person the text calls by the other one
    "spokeswoman": _SPOKESWOMEN,  # ("a spokesman said ... X, a spokeswoman for the agency")
    "spokesperson": _SPOKES,
    "commander": frozenset({"commander"}),
    "member": frozenset({"member", "mp", "lawmaker"}),  # "a member of parliament"
    "lawmaker": frozenset({"lawmaker", "member", "mp"}),
    "mp": frozenset({"mp", "member", "lawmaker"}),
    "minister": frozenset({"minister"}),  # "Turkey's defence minister said ... the minister added"
    "ambassador": frozenset({"ambassador"}),
    "envoy": frozenset({"envoy"}),
}
"""Head noun of an unnamed singular role description → title words of a person it can be
(empty: any person)."""

FORCE_NOUNS = frozenset({"fighters", "soldiers", "troops"})
"""Bare plural nouns that, unmodified, stand for the armed side the article is telling of."""
DEFINITE_FORCE_NOUNS = frozenset({"gunmen", "militiamen", "combatants"})
"""Plural nouns that stand for that side only after "the" ("the gunmen withdrew"): bare, they
are often attackers no one has named ("Gunmen stormed a hotel")."""

MEMBER_NOUNS = frozenset(
    """fighters gunmen men militiamen soldiers troops combatants volunteers commanders leaders
    engineers""".split()
)
"""Plural nouns of a body's own people that, owned by an armed group or an organisation, stand
for the body itself: "the Shield's commanders said", "its volunteers evacuated", "their gunmen
opened fire", "commanders of the Zintan brigades", "its engineers arrived". A government's
fighters are its forces and its leaders its officials, actors of their own."""
MEMBER_OWNERS = frozenset({ActorKind.ARMED_GROUP, ActorKind.ORGANIZATION})
"""Kinds of body whose own people (:data:`MEMBER_NOUNS`) are the body."""
OWNER_POSSESSIVES = frozenset({"its", "their"})
"""Possessive pronouns before a member noun whose body coreference finds ("its fighters")."""
_OWNED_BY = re.compile(
    r"(?:(?P<pronoun>\b[Ii]ts|\b[Tt]heir)|(?P<the>\b[Tt]he\s++)?+(?P<word>\b[A-Za-z][\w-]*+)['\u2019]s)"
    r"(?:\s++own)?+\s++$"
)
"""What ends right before an owned member noun: "its", "their" or a possessor's "'s" ("the
group's", "the Shield's", "Dawn's"; "own" may follow)."""
OWNER_REACH = 60
"""Characters before a member noun searched for its possessive (the window bounds the search)."""

STAFF_NOUNS = frozenset(
    """correspondent correspondents reporter reporters journalist journalists crew team cameraman
    photographer witness witnesses""".split()
)
"""Head nouns of staff that speak for the organisation named right before them ("Reuters
witnesses" are the agency's own reporters)."""
_FORCE_HEADS = frozenset({"forces", "troops", "soldiers", "units", "fighters"})

NAMED_SOURCES = frozenset({"kb", "role", "person", "ner", "fuzzy", "unit", "forces", "group"})
"""Sources of mentions that name an actor or a described side ("Libyan rebels"), not unnamed
sources, pronouns or speakers' roles."""
UNNAMED_SOURCES = frozenset({"collective", "speaker"})
DESCRIBED_SOURCES = UNNAMED_SOURCES | {OFFICE_SOURCE}
"""Sources of the unnamed descriptions a later definite one takes up ("a senior official ... the
official said"; "Turkey's defence minister said ... the minister added": an office holder
told by its state's office, ``_offices``)."""

_DEFINITE = frozenset({"the", "this", "that"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_NAMING_RELATIVE = r"who\s++(?:" + "|".join(p.replace(" ", r"\s++") for p in NAMING_RELATIVES) + ")"
"""A relative clause of naming between a role and its name ("a commander, who goes by the name X")."""
_RANK = (
    r"(?:"
    + "|".join(sorted((w.capitalize() for w in TITLE_WORDS if w.isalpha()), key=len, reverse=True))
    + r")"
)
_TO_NAME = re.compile(
    r"(?:(?<!\s)\s++(?:of|for|in|at|with)\s++[^,.;:\n\"“”()]{1,80}+)?+(?<!\s)\s*+,\s*+"
    r"(?:(?:called|named|identified\s++as|" + _NAMING_RELATIVE + r")\s++)?+"
    r"(?:" + _RANK + r"\.?+\s++){0,3}+$"
)
"""What may stand between a role description and the name in apposition to it, the name's rank
too ("The commander of the X operations room, Major General Y,")."""
APPOSITION_GAP = 120
"""The longest stretch of text between a description and a name in apposition to it."""
_FROM_NAME = re.compile(r"(?<!\s)\s*+,\s*+(?:(?:the|a|an|its|his|their)\s++)?+(?:[A-Z][\w'’.-]*+\s++){0,4}+")
"""What may stand between a name and a role description in apposition after it."""
_POSTMODIFIER = re.compile(
    r"(?<!\s)\s++(?:who|that|which|from|of|in|at|with|loyal|backing|based|under|led|allied|aligned)\b"
)
"""Words after a force noun that make it a description of its own ("fighters who fled")."""
_OF = re.compile(r"(?<!\s)\s++of\s++(?:the\s++)?+")
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_APPOSITION_ENDS = (",", ".", ";", ":")
_APPOSITION_STOPS = frozenset({"of", "for", "said", "gave", "told"})

ROLE_REACH = 1000
"""Characters a role description looks back or ahead for its person."""
FORCE_REACH = 800
"""Characters a bare force noun looks back for its side."""


def antecedents(
    text: str, hits: Sequence[Hit], acting: frozenset[int] | set[int], barriers: Sequence[int] = ()
) -> dict[int, Hit]:
    """``id(hit)`` → the hit rewritten as the named actor it stands for, for each unnamed
    role description or bare force noun that stands for one."""
    named = sorted(
        (h for h in hits if h.actor_kind is not None and h.source in NAMED_SOURCES), key=lambda h: h.start
    )
    starts = [h.start for h in named]
    described = sorted(
        (h for h in hits if h.actor_kind is ActorKind.COLLECTIVE and h.source in DESCRIBED_SOURCES),
        key=lambda h: h.start,
    )
    max_ends = list(itertools.accumulate((h.end for h in named), max))
    owners = _Owners(hits, barriers, text)
    short_forms = _ShortForms(text, named)
    out: dict[int, Hit] = {}
    for h in hits:
        if h.actor_kind is not ActorKind.COLLECTIVE or h.source not in UNNAMED_SOURCES:
            continue
        k = bisect.bisect_right(starts, h.start)  # only these start early enough to enclose it
        if (
            k
            and max_ends[k - 1] >= h.end
            and any(h.end <= o.end and (o.start, o.end) != (h.start, h.end) for o in named[:k])
        ):
            target: Hit | None = _enclosing(h, named)
        else:
            target = (
                _role_person(text, h, named, starts, acting, barriers, described)
                or _owner_of(text, h, named, starts, owners)
                or _person_of_force(text, h, owners)
                or (
                    _force_side(text, h, named, starts, barriers) if not acting or h.start in acting else None
                )
                or _staff_of(text, h, named, starts)
                or _foreign_state_body(text, h, named, starts, barriers)
            )
            # the description taken up may stand for a person itself ("X, a spokesman for the
            # council ... the spokesman added"): that person
            target = out.get(id(target), target) if target is not None else None
        if target is not None:
            out[id(h)] = h.standing_for(target)
    for h in hits:
        if id(h) not in out and h.source in _GUESSED_SOURCES:
            target = short_forms.of(h)
        elif id(h) not in out and h.source in ("kb", "collective"):
            target = _described_side(text, h, named, starts, barriers) or (
                _modified_group(text, h, named, starts, barriers) if _generic_entry(h) else None
            )
        else:
            continue
        if target is not None:
            out[id(h)] = h.standing_for(target)
    for h in hits:
        if id(h) not in out and h.source == "group" and h.entry is None:
            target = (
                _same_group(text, h, named)
                or _army_of(text, h, owners)
                or short_forms.of_forces(h)
                or _described_side(text, h, named, starts, barriers)
                or _modified_group(text, h, named, starts, barriers)
            )
            if target is not None:
                out[id(h)] = h.standing_for(target)
    for h in hits:
        if id(h) not in out and _unnamed_single(text, h):
            target = _apposed_named(text, h, named, starts)
            if target is not None:
                out[id(h)] = h.standing_for(target)
        elif id(h) not in out and h.source == "role" and h.actor_kind is ActorKind.PERSON:
            target = _titled_person(text, h, named, starts)
            if target is not None:
                out[id(h)] = h.standing_for(target)
    return out


def _titled_person(text: str, hit: Hit, named: Sequence[Hit], starts: Sequence[int]) -> Hit | None:
    """The person named right before a dated role in apposition to it ("Khalifa al-Obeidi, a
    spokesman for the Libyan National Army,"): the role is that person's title, not the role's
    holder of the day the knowledge base knows (who may be another man)."""
    k = bisect.bisect_left(starts, hit.start)
    before = named[k - 1] if k else None
    if (
        before is None
        or before.actor_kind is not ActorKind.PERSON
        or before.key == hit.key
        or not _AFTER_NAME.fullmatch(text, before.end, hit.start)
        or _LISTED_ON.match(text, hit.end)
    ):
        return None
    return before


_BEFORE_NAME = re.compile(
    r"(?:\s{1,3}(?:loyal|allied|close|sympathetic|linked|affiliated|aligned|opposed)\s{1,3}(?:to|with)"
    r"\s{1,3}[^,.;:\n\"\u201c\u201d()]{1,40}+)?+,\s{1,3}(?:the\s{1,3}|" + _NAMING_RELATIVE + r"\s{1,3})?+"
)
"""What may stand between an unnamed description and the name in apposition after it
("an armed group sympathetic to him, the Nawasi Brigade")."""
_AFTER_NAME = re.compile(r",\s++(?:(?:the|a|an)\s++)?+")
"""What stands between a name and the description in apposition after it ("Omran Shaban,
the Misratan fighter")."""
_LISTED_ON = re.compile(r"(?:\s{0,3},)?+\s{1,3}(?:and|or)\b")
"""What follows the last but one item of a list ("the Sumud Brigade, the militia and the
police"): the description is a further item, not an apposition."""


def _unnamed_single(text: str, hit: Hit) -> bool:
    """A singular unnamed description: a collective's words, or a generic group's ("an armed
    group"), whose head noun is no plural."""
    if hit.actor_kind is None or hit.source == "pronoun":
        return False
    generic = hit.actor_kind is ActorKind.COLLECTIVE or (
        hit.entry.generic if hit.entry is not None else hit.source == "group"
    )
    head = _head(_words(text, hit))
    return generic and bool(head) and not head.endswith("s")


def _apposed_named(text: str, hit: Hit, named: Sequence[Hit], starts: Sequence[int]) -> Hit | None:
    """The named actor a singular description is in apposition with, either side: a person
    for a person's description, a body for a group's ("Omran Shaban, the Misratan fighter";
    "an armed group loyal to him, the Nawasi Brigade,")."""
    k, j = bisect.bisect_left(starts, hit.start), bisect.bisect_left(starts, hit.end)
    before = named[k - 1] if k else None
    after = named[j] if j < len(named) else None
    if (
        before is not None
        and _AFTER_NAME.fullmatch(text, before.end, hit.start)
        and not _LISTED_ON.match(text, hit.end)
        and _same_sort(text, hit, before)
    ):
        return before
    if (
        after is not None
        and _BEFORE_NAME.fullmatch(text, hit.end, after.start)
        and _same_sort(text, hit, after)
    ):
        return after
    return None


BODY_NOUNS = frozenset(
    """delegation team group crowd family committee council convoy unit force mission
    coalition alliance body board panel agency column patrol""".split()
)
"""Singular heads of a collective that is a body of people ("a delegation of elders"),
never one person's description."""


def _same_sort(text: str, hit: Hit, name: Hit) -> bool:
    """A person's description and a person, or a group's and a body."""
    if name.actor_kind is ActorKind.PERSON:
        return hit.actor_kind is ActorKind.COLLECTIVE and _head(_words(text, hit)) not in BODY_NOUNS
    return hit.actor_kind is not ActorKind.COLLECTIVE and name.actor_kind in BODY_KINDS


_GUESSED_SOURCES = frozenset({"speaker", "ner"})


class _ShortForms:
    """Names guessed as a speaker or entity that are the last word or words of a known
    group's name told earlier ("Dawn says" after "Libya Dawn", "the Deterrence Force" after
    "the Special Deterrence Force"), not a person or a new group of that name.

    Each known group's name is indexed once under every shorter tail of its words, so a
    guessed name looks up its tail instead of walking every name told before it."""

    def __init__(self, text: str, named: Sequence[Hit]) -> None:
        self._text = text
        self._by_tail: dict[tuple[str, ...], list[Hit]] = {}
        self._forces_by_tail: dict[tuple[str, ...], list[Hit]] = {}
        for o in named:  # sorted by start
            if o.entry is None or o.actor_kind not in BODY_KINDS:
                continue
            words = text[o.start : o.end].split()
            for n in range(1, len(words)):
                self._by_tail.setdefault(tuple(words[-n:]), []).append(o)
                if o.actor_kind is ActorKind.ARMED_GROUP and words[-n - 1][:1].isupper():
                    self._forces_by_tail.setdefault(tuple(words[-n:]), []).append(o)

    def of(self, hit: Hit) -> Hit | None:
        """The known group ``hit`` shortens: the latest told before it, else (in a headline,
        which shortens a name its body spells out later) the first told after it."""
        tail = self._text[hit.start : hit.end].split()
        if not tail or not all(w.isalpha() and w[:1].isupper() for w in tail):
            return None
        groups = self._by_tail.get(tuple(tail))
        if not groups:
            return None
        k = bisect.bisect_left(groups, hit.start, key=lambda o: o.start)
        if k:
            return groups[k - 1]
        if k < len(groups) and _in_headline(self._text, hit):
            return groups[k]
        return None

    def of_forces(self, hit: Hit) -> Hit | None:
        """The known armed group whose name's tail a force noun follows ("Dawn units", "the
        Dawn forces" after "Libya Dawn"): the group's own fighters, so the group, the latest
        told before it. A tail that follows a lower-case word of the name ("of Zintan" in
        "the Military Council of Zintan") is a place the name holds, not the group's short
        name, and a government's or an organisation's forces are no body of theirs."""
        words = self._text[hit.start : hit.end].split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) < 2 or words[-1].lower() not in _FORCE_HEADS:
            return None
        tail = tuple(words[:-1])
        if not all(w.isalpha() and w[:1].isupper() for w in tail):
            return None
        groups = self._forces_by_tail.get(tail, [])
        k = bisect.bisect_left(groups, hit.start, key=lambda o: o.start)
        return groups[k - 1] if k else None


DESCRIBED_SIDES = frozenset(
    {"jihadists", "militants", "extremists", "insurgents", "islamists", "terrorists", "rebels"}
)
"""Plural descriptions that, with "the", stand for the armed group the article has named
("Chadian rebels ... the rebels")."""
DESCRIBED_IDENTITY = frozenset(
    {"islamic", "islamist", "jihadist", "sharia", "qaeda", "shura", "mujahideen", "militants", "rebels"}
)
"""Words in a known group's own names that such a description fits ("the jihadists" are
Islamic State or al-Qaeda, not the government brigades named in the same sentence)."""


@functools.lru_cache(maxsize=512)
def _described_fits(names: tuple[str, ...]) -> bool:
    return any(w.strip("'-,.") in DESCRIBED_IDENTITY for n in names for w in n.lower().split())


def _described_side(
    text: str, hit: Hit, named: Sequence[Hit], starts: Sequence[int], barriers: Sequence[int]
) -> Hit | None:
    """ "the jihadists", "the militants" after a named group: that group, not the knowledge
    base's generic description of such fighters. Out of reach, the article's one such group
    named before; in a headline, the first such group the body names."""
    surface = text[hit.start : hit.end].lower()
    if not any(side in surface for side in DESCRIBED_SIDES):
        return None  # most knowledge-base mentions: no need to split the words
    words = _words(text, hit)
    determiner = _determiner(text, hit, words)
    if len(words) != 1 or words[0] not in DESCRIBED_SIDES or not _side_determiner(determiner):
        return None
    groups: list[Hit] = []
    for o in reversed(named[: bisect.bisect_left(starts, hit.start)]):
        if hit.start - o.end > ROLE_REACH or _barrier_between(barriers, o.start, hit.start):
            break
        if _side_named(text, o):
            groups.append(o)
    sole = not groups  # out of reach, "the jihadists" are the article's one such group
    if not groups:
        before = named[: bisect.bisect_left(starts, hit.start)]
        groups = [
            o
            for o in reversed(before)
            if _side_named(text, o) and not _barrier_between(barriers, o.start, hit.start)
        ]
    fitting = [o for o in groups if _entry_called(o, words[0]) or _fits_description(o)]
    if not fitting and _in_headline(text, hit):  # "Town drives out jihadists": the body names them
        ahead = named[bisect.bisect_left(starts, hit.end) :]
        groups = [o for o in ahead if o.start - hit.end <= ROLE_REACH and _side_named(text, o)]
        fitting, sole = [o for o in groups if _entry_called(o, words[0]) or _fits_description(o)], False
    if (determiner != "the" or sole) and len({o.entry.id for o in fitting if o.entry is not None}) > 1:
        return None  # "militants" with no article and two such groups in reach: either, or others
    return fitting[0] if fitting else None


def _modified_group(
    text: str, hit: Hit, named: Sequence[Hit], starts: Sequence[int], barriers: Sequence[int]
) -> Hit | None:
    """ "the rebels" after "Chadian rebels" or "FACT": a bare group noun (:data:`_TAKEN_UP_NOUNS`)
    with "the" stands for the latest group named in reach by a longer phrase with that head noun,
    or, for a description of a side (:data:`DESCRIBED_SIDES`), known by a name or side holding
    it; not a group of its own. ("the army" is no such noun: an army's own name says "army".)"""
    words = _words(text, hit)
    if len(words) != 1 or words[0] not in _TAKEN_UP_NOUNS or _determiner(text, hit, words) != "the":
        return None
    described = words[0] in DESCRIBED_SIDES
    for o in reversed(named[: bisect.bisect_left(starts, hit.start)]):
        if hit.start - o.end > ROLE_REACH or _barrier_between(barriers, o.start, hit.start):
            break
        found = _words(text, o)
        if o.actor_kind is hit.actor_kind and (
            (len(found) > 1 and found[-1] == words[0])
            or (described and _side_named(text, o) and _group_called(o, words[0]))
        ):
            return o
    return None


_TAKEN_UP_NOUNS = GROUP_NOUNS | SINGULAR_BODY_HEADS
"""Bare nouns that, with "the", take up a group named before by a longer phrase with that head:
plural group nouns ("the rebels") and singular nouns of one armed body ("the Kaniyat militia
... the militia said": the knowledge base's generic "militia" is that one)."""


def _generic_entry(hit: Hit) -> bool:
    return hit.entry is not None and hit.entry.generic


def _group_called(hit: Hit, noun: str) -> bool:
    """Whether a known group's names or side hold the noun ("FACT", a group of the Chadian
    rebels, is what "the rebels" call it)."""
    entry = hit.entry
    return entry is not None and (
        _entry_called(hit, noun) or noun in (entry.affiliation or "").lower().split()
    )


def _side_named(text: str, hit: Hit) -> bool:
    """A known armed group named by a capitalised name ("Islamic State fighters")."""
    return (
        hit.actor_kind is ActorKind.ARMED_GROUP
        and hit.entry is not None
        and text[hit.start : hit.end][:1].isupper()
    )


def _in_headline(text: str, hit: Hit) -> bool:
    """Whether the mention is on the article's first line, before any body text (reading
    only the first line, not copying the text before the mention)."""
    first_break = text.find("\n", _after_spaces(text, 0), hit.start)
    on_first_line = first_break == -1 or _after_spaces(text, first_break) >= hit.start
    return on_first_line and text.find("\n", hit.end) != -1


def _after_spaces(text: str, pos: int) -> int:
    m = _SPACES.match(text, pos)
    return m.end() if m is not None else pos


_SPACES = re.compile(r"\s*+")


_NOT_THE_SIDE = frozenset(
    {"of", "other", "these", "those", "this", "that", "his", "her", "its", "their", "our"}
)
"""Words before a bare description that make it a part or another set ("a number of
militants", "other militants", "these militants")."""


def _side_determiner(determiner: str) -> bool:
    """Whether the word before a description leaves it the side ("the militants", "several
    dozen militants", "drove out militants"), not a part or another set of such fighters."""
    return determiner not in _INDEFINITE and determiner not in _NOT_THE_SIDE


def _fits_description(hit: Hit) -> bool:
    entry = hit.entry
    return entry is not None and _described_fits((entry.name, *entry.aliases))


def _entry_called(hit: Hit, description: str) -> bool:
    """Whether the knowledge base calls the group by the description ("Islamic State
    militants", "IS jihadists"): of the groups in reach, the one "the jihadists" means, not
    the nearer side that fought it."""
    entry = hit.entry
    return entry is not None and any(
        description in name.lower().split() for name in (entry.name, *entry.aliases)
    )


def _same_group(text: str, hit: Hit, named: Sequence[Hit]) -> Hit | None:
    """Another named mention of the same words less a redundant "Libyan" ("Pro-government
    Libyan forces" are the "pro-government forces")."""
    words = [w for w in _words(text, hit) if w != "libyan"]
    if len(words) == len(_words(text, hit)):
        return None
    return next((o for o in named if o is not hit and o.source != "group" and _words(text, o) == words), None)


def _army_of(text: str, hit: Hit, coref: _Owners) -> Hit | None:
    """ "Army forces", "army troops": the army the article has named ("the army" resolves
    to an actor named by that head, else to none). ``coref`` is the article's one
    coreference (built once, not once per such mention: that walked every mention each time)."""
    words = _words(text, hit)
    if len(words) != 2 or words[0] != "army" or words[1] not in _FORCE_HEADS:
        return None
    found = coref.resolve(hit.start, "army")
    return found if found is not None and found.entry is not None else None


_TOWN_FORCES = re.compile(
    r"\b(?:[Tt]he\s++)?+([A-Z][a-z]++(?:-[A-Z][a-z]++)?+)(?:['\u2019]s)?+\s++"
    r"(?i:forces|brigades?|fighters|troops|soldiers|units|militias?|battalions?)\b"
)
"""A side named by its town or townspeople and a force noun ("Misrata brigade")."""
NOT_TOWNS = frozenset(
    """armed rival foreign local government army security special elite regular islamist
    allied loyalist tribal militia opposition rebel enemy our their his its these those
    national international border coast navy air military police pro""".split()
)
"""Capitalised words before a force noun that name no town or people ("Armed troops")."""
_DEMONYM_END = re.compile(r"[aeioun]+$")


def town_sides(text: str, hits: Sequence[Hit]) -> dict[int, Hit]:
    """``id(hit)`` → the side it is, for sides named by the same town or its people
    ("Misrata forces", "the Misrata brigade", "Misratan fighters", "Turkish soldiers" and the
    knowledge base's Turkish Armed Forces, whose aliases say "Turkish troops"): one actor, the
    one the knowledge base names where it names one, else the first told."""
    by_town: dict[str, list[Hit]] = {}
    for h in hits:
        if h.actor_kind is not ActorKind.ARMED_GROUP or h.source not in NAMED_SOURCES:
            continue
        if h.entry is not None:
            towns = _entry_towns(h.entry.name, tuple(h.entry.aliases))
        elif h.key.startswith("town-forces:"):  # "Misrati checkpoints", "fighters from Zawiya"
            towns = _name_towns(h.name)
        else:
            towns = _name_towns(text[h.start : h.end])
        for town in towns:
            by_town.setdefault(town, []).append(h)
    out: dict[int, Hit] = {}
    for same in by_town.values():
        known = {h.key for h in same if h.entry is not None}
        if len(known) > 1:
            continue  # two entities the knowledge base tells apart stay apart
        target = next((h for h in same if h.entry is not None), same[0])
        out.update({id(h): h.standing_for(target) for h in same if h.key != target.key and id(h) not in out})
    return out


def _towns(names: Iterable[str]) -> frozenset[str]:
    return frozenset(
        _DEMONYM_END.sub("", m.group(1).lower())
        for m in map(_TOWN_FORCES.fullmatch, names)
        if m and m.group(1).lower() not in NOT_TOWNS
    )


@functools.lru_cache(maxsize=4096)
def _name_towns(name: str) -> frozenset[str]:
    """The towns one name of a side names it by (read once per name: a long text repeats them)."""
    return _towns((name,))


@functools.lru_cache(maxsize=4096)
def _entry_towns(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """The towns a knowledge-base entry's names name it by (read once per entry)."""
    return _towns((name, *aliases))


def _enclosing(hit: Hit, named: Sequence[Hit]) -> Hit | None:
    """The named mention whose words include the description ("Fighters backing X" is the
    forces hit of those words; its first word is no second actor)."""
    return next((o for o in named if o.start <= hit.start and hit.end <= o.end), None)


def _words(text: str, hit: Hit) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[hit.start : hit.end])]


def _head(words: list[str]) -> str:
    """The head noun: the word before "of" ("member of parliament"), else the last word."""
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1] if words else ""


def _determiner(text: str, hit: Hit, words: list[str]) -> str:
    if words and (words[0] in _DEFINITE or words[0] in _INDEFINITE):
        return words[0]
    before = text[max(0, hit.start - 20) : hit.start].split()
    return before[-1].lower() if before and before[-1].isalpha() else ""


def _barrier_between(barriers: Sequence[int], a: int, b: int) -> bool:
    k = bisect.bisect_right(barriers, a)
    return k < len(barriers) and barriers[k] <= b


def _role_person(
    text: str,
    hit: Hit,
    named: Sequence[Hit],
    starts: Sequence[int],
    acting: frozenset[int] | set[int],
    barriers: Sequence[int],
    described: Sequence[Hit] = (),
) -> Hit | None:
    words = _words(text, hit)
    head = _head(words)
    if head not in ROLE_TITLES:
        return None
    titles = ROLE_TITLES[head]
    k = bisect.bisect_left(starts, hit.end)
    persons_after = [
        p
        for p in itertools.takewhile(
            lambda p: p.start - hit.end <= ROLE_REACH, itertools.islice(named, k, None)
        )
        if p.actor_kind is ActorKind.PERSON and not _barrier_between(barriers, hit.end, p.start)
    ]  # the names within reach only (``named`` is in text order): no walk to the text's end per role
    if (
        persons_after
        and persons_after[0].start - hit.end <= APPOSITION_GAP
        and _TO_NAME.fullmatch(text, hit.end, persons_after[0].start)
    ):
        return persons_after[0]  # in apposition: "A rebel spokesman, called Kalefa,"
    before = named[: bisect.bisect_left(starts, hit.start)]
    if (
        before
        and before[-1].actor_kind is ActorKind.PERSON
        and hit.start - before[-1].end <= APPOSITION_GAP
        and _FROM_NAME.fullmatch(text, before[-1].end, hit.start)
    ):
        return before[-1]  # in apposition after the name: "Ali Saleh, Air Force Commander"
    if persons_after and not text[hit.end : persons_after[0].start].strip():
        return persons_after[0]  # a title before the name: "spokesman Youssef Shagan"
    if acting and hit.start not in acting:
        return None  # "the official news agency": a description that does nothing names no one
    if _determiner(text, hit, words) in _DEFINITE:
        earlier = _earlier_person(text, hit, before, titles, acting)
        if earlier is not None and _barrier_between(barriers, earlier.start, hit.start):
            earlier = None
        same = _same_description(text, described, hit, head, earlier.end if earlier is not None else 0)
        if same is not None and not _barrier_between(barriers, same.start, hit.start):
            return same  # "a senior European official said ... the official said": that official
        if earlier is not None:
            return earlier
    if not titles:
        return None  # "a security official" is not whoever is named next
    body = _body_of(text, hit.end)
    found = next(
        (p for p in persons_after if _fits(text, p, titles, known=False) and _serves(text, p, body)),
        None,
    )
    if found is not None or head not in KB_TITLED_ROLES:
        return found
    owner = body or _role_owner(words)
    return next(
        (
            p
            for p in persons_after
            if p.entry is not None
            and p.start in acting
            and _fits(text, p, titles)
            and _affiliated(p.entry.affiliation, owner)
        ),
        None,
    )


KB_TITLED_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
"""Heads of an unnamed role a later speaker takes up by the knowledge base's title alone: "the
army's spokesman said ... Brigadier Ahmed al-Mismari said" (a body has one spokesman, whom the
story names after the lede without repeating his title). Other roles ("a commander said ...
Haftar said") stay open: many hold them at once."""


def _role_owner(words: list[str]) -> str | None:
    """The owner a role description names before its head ("the army's spokesman": "army")."""
    return next((w.removesuffix("'s") for w in words if w.endswith("'s")), None)


def _affiliated(affiliation: str | None, owner: str | None) -> bool:
    """Whether a person of ``affiliation`` can speak for the body a role names by ``owner`` (a
    word of its name, or the initials of its capitalised words: "army" and "lna" both serve the
    Libyan National Army); a role with no owner named serves any body."""
    if owner is None:
        return True
    if not affiliation:
        return False
    words = affiliation.replace("-", " ").split()
    initials = "".join(w[0] for w in words if w[:1].isupper()).lower()
    return owner == initials or owner in {w.lower() for w in words}


_BODY_AFTER = re.compile(r"\s{1,3}(?:for|of)\s{1,3}(?:the\s{1,3})?([\w'\u2019-]+)", re.IGNORECASE)
"""A role's own body right after it: "a spokesman for the alliance", "a spokesman of the council"."""


def _body_of(text: str, end: int) -> str | None:
    """The body a role description names after it ("for the alliance": "alliance"), if any."""
    m = _BODY_AFTER.match(text, end, end + 60)
    return m.group(1).lower() if m is not None else None


def _serves(text: str, person: Hit, body: str | None) -> bool:
    """Whether a person named later can be the role read forward: "a spokesman for the alliance
    said ..." is not "X, a spokesman for the council" (each role names its own body); a role with
    no body of its own, or a person whose apposition names none, stays open."""
    if body is None:
        return True
    role = _apposed_after(text, person.end)
    if not role:
        return True
    m = _BODY_AFTER.match(text, text.index(role, person.end) + len(role), person.end + APPOSITION_GAP + 60)
    return m is None or m.group(1).lower() == body


def _same_description(text: str, described: Sequence[Hit], hit: Hit, head: str, since: int) -> Hit | None:
    """The latest unnamed description before ``hit`` (after ``since``, within reach) whose head
    noun is ``head``: what a definite role description ("the official") takes up."""
    for d in reversed(described):
        if d.start >= hit.start:
            continue
        if d.start < since or hit.start - d.end > ROLE_REACH:
            return None
        if _head(_words(text, d)) == head:
            return d
    return None


def _earlier_person(
    text: str, hit: Hit, before: Sequence[Hit], titles: frozenset[str], acting: frozenset[int] | set[int]
) -> Hit | None:
    for p in reversed(before):
        if hit.start - p.end > ROLE_REACH:
            return None
        if p.actor_kind is ActorKind.PERSON and p.start in acting and _fits(text, p, titles):
            return p
    return None


def _fits(text: str, person: Hit, titles: frozenset[str], *, known: bool = True) -> bool:
    """Whether the person's title, the words just before the name or the description in
    apposition after it hold one of ``titles`` (any person when ``titles`` is empty). With
    ``known`` false only the text's own words count, not a title the mention or the knowledge
    base carries: a role read forward ("a commander said ... Haftar, who flew") is only a
    person the text itself gives that role."""
    held = [person.title or "", person.entry.title or "" if person.entry is not None else ""] if known else []
    held.append(_apposed_after(text, person.end))
    before = text[max(0, person.start - 40) : person.start]
    if not known:
        before = _SENTENCE_BREAK.split(before)[-1]  # "... a commander said.\n\nAli Saleh": not his title
    held.append(" ".join(before.split()[-3:]))
    # a title keeps no punctuation of its own: "the spokesman, Ali Saleh" holds "spokesman"
    words = {w.lower().strip(TITLE_PUNCTUATION) for t in held for w in t.replace("-", " ").split()}
    return not titles or bool(words & titles)


TITLE_PUNCTUATION = ".,;:"
"""Marks stripped from the words around a name before they are read as titles (the comma
that sets a name in apposition after its title: "the spokesman, Ali Saleh")."""


def _apposed_after(text: str, end: int) -> str:
    """The description in apposition after a name ("Ali Saleh, Air Force Commander gave"):
    up to nine words after a comma, to the next punctuation or a verb of saying."""
    after = text[end : end + APPOSITION_GAP].lstrip()
    if not after.startswith(","):
        return ""
    words: list[str] = []
    for word in after[1:].split()[:9]:
        if word.lower() in _APPOSITION_STOPS:
            break
        words.append(word.rstrip(",.;:"))
        if word.endswith(_APPOSITION_ENDS):
            break
    return " ".join(words)


def _staff_of(text: str, hit: Hit, named: Sequence[Hit], starts: Sequence[int]) -> Hit | None:
    """ "A Reuters correspondent", "an MSF team": staff named by their organisation are it."""
    words = _words(text, hit)
    if not words or words[-1] not in STAFF_NOUNS:
        return None
    k = bisect.bisect_left(starts, hit.start)
    before = named[k - 1] if k else None
    if (
        before is None
        or before.actor_kind is not ActorKind.ORGANIZATION
        or text[before.end : hit.start].strip()
    ):
        return None
    return before


class _Owners:
    """The article's coreference, built on the first word that asks for it: the owner of "its"
    and "their" before a member noun, the army that "army forces" means."""

    def __init__(self, hits: Sequence[Hit], barriers: Sequence[int], text: str) -> None:
        self._args = (hits, barriers, text)
        self._coref: Coreference | None = None

    def resolve(self, start: int, word: str) -> Hit | None:
        if self._coref is None:
            hits, barriers, text = self._args
            self._coref = Coreference(hits, barriers, text=text)
        return self._coref.resolve(start, word)


STATE_BODY_NOUNS = frozenset({"authorities", "government"})
"""Bare nouns of a state's rulers that, after "the" and with nothing after them to say whose
("the authorities said"), are the government the story last named: a foreign state's
("Mali's government ... the authorities said") when that is the latest government told."""
STATE_BODY_REACH = 1000
"""Characters a bare state-body noun looks back for the government it stands for."""
_WHOSE_AFTER = re.compile(r"(?<!\s)\s++(?:of|in|at|for|from|based|loyal|backing|under)\b")
"""Words after a state-body noun that say whose it is ("the authorities in Tripoli")."""


def _foreign_state_body(
    text: str, hit: Hit, named: Sequence[Hit], starts: Sequence[int], barriers: Sequence[int]
) -> Hit | None:
    """The foreign government (named by its nationality or country, ``FOREIGN_GOVERNMENT_KEY``)
    that a definite bare "the authorities" stands for (:data:`STATE_BODY_NOUNS`): only when it
    is the latest government named before, in the same entry and within reach. After a
    Libyan government, or none, the description keeps its own reading."""
    words = _words(text, hit)
    if len(words) != 1 or words[0] not in STATE_BODY_NOUNS or _determiner(text, hit, words) != "the":
        return None
    if _WHOSE_AFTER.match(text, hit.end):
        return None
    for o in reversed(named[: bisect.bisect_left(starts, hit.start)]):
        if hit.start - o.end > STATE_BODY_REACH or _barrier_between(barriers, o.start, hit.start):
            return None
        if o.actor_kind is ActorKind.GOVERNMENT and o.end <= hit.start:
            return o if o.key.startswith(FOREIGN_GOVERNMENT_KEY) else None
    return None


def _owner_of(
    text: str, hit: Hit, named: Sequence[Hit], starts: Sequence[int], owners: _Owners
) -> Hit | None:
    """The named body whose own people an unnamed member noun tells (:data:`MEMBER_NOUNS`):
    its possessor ("the Shield's commanders", "its volunteers", "their gunmen") or the body
    of its "of" phrase ("commanders of the Zintan brigades")."""
    words = _words(text, hit)
    if len(words) != 1 or words[0] not in MEMBER_NOUNS:
        return None
    owner: Hit | None = None
    before = _OWNED_BY.search(text, max(0, hit.start - OWNER_REACH), hit.start)
    of = _OF.match(text, hit.end)
    if before is not None and before.group("pronoun") is not None:
        owner = owners.resolve(before.start("pronoun"), before.group("pronoun"))
    elif before is not None:
        owner = _possessor(text, before, named, starts, owners)
    elif of is not None:
        k = bisect.bisect_left(starts, of.end())
        owner = named[k] if k < len(named) and named[k].start == of.end() else None
        if owner is None:
            owner = _described_owner(text, of, owners)
    if owner is None or owner.actor_kind not in MEMBER_OWNERS or owner.source not in NAMED_SOURCES:
        return None
    return owner


_DESCRIBED_OWNER = re.compile(r"([a-z]++)(?![\w'\u2019-])")
"""The lone head noun right after "of the" ("fighters of the brigade"): the whole description."""


def _described_owner(text: str, of: re.Match[str], owners: _Owners) -> Hit | None:
    """The body a definite description in a member noun's "of" phrase stands for ("fighters of
    the brigade", "members of the group"): its head a :data:`DESCRIPTIONS` noun, alone, resolved
    as that description is elsewhere; None for a longer phrase ("of the brigade's commander")."""
    if not of.group().rstrip().endswith("the"):
        return None
    head = _DESCRIBED_OWNER.match(text, of.end())
    if head is None or head.group(1) not in DESCRIPTIONS:
        return None
    return owners.resolve(of.end(), head.group(1))


def _possessor(
    text: str, before: re.Match[str], named: Sequence[Hit], starts: Sequence[int], owners: _Owners
) -> Hit | None:
    """The body a possessive names: "the group's" (a description: the body it resolves to),
    the name ending at the "'s", or "the Shield's" (a word of a body named before)."""
    word, end = before.group("word"), before.end("word")
    if before.group("the") is not None and word.lower() in DESCRIPTIONS:
        return owners.resolve(before.start("the"), word.lower())
    k = bisect.bisect_right(starts, before.start("word"))
    ending = next((o for o in reversed(named[:k]) if o.end == end), None)
    if ending is not None or before.group("the") is None or not word[:1].isupper():
        return ending
    for o in reversed(named[:k]):
        if before.start() - o.end > FORCE_REACH:
            return None
        if o.actor_kind in BODY_KINDS and word.lower() in text[o.start : o.end].lower().split():
            return o
    return None


def _person_owned(text: str, hit: Hit) -> str | None:
    """The person's possessive (:data:`THIRD_PERSON_OWNERS`, "own" may follow) right before the
    force noun ``hit``, else None."""
    before = text[max(0, hit.start - 12) : hit.start].lower().split()
    if before[-1:] == ["own"]:
        before.pop()
    return before[-1] if before and before[-1] in THIRD_PERSON_OWNERS else None


def _person_of_force(text: str, hit: Hit, owners: _Owners) -> Hit | None:
    """ "He said his own fighters had pushed on": the person "his" is (the speaker), whose men
    the force noun tells, not the armed group named last."""
    words = _words(text, hit)
    if len(words) != 1 or words[0] not in FORCE_NOUNS | DEFINITE_FORCE_NOUNS:
        return None
    pronoun = _person_owned(text, hit)
    if pronoun is None:
        return None
    person = owners.resolve(text.rfind(pronoun, max(0, hit.start - 12), hit.start), pronoun)
    return person if person is not None and person.actor_kind is ActorKind.PERSON else None


def _force_side(
    text: str, hit: Hit, named: Sequence[Hit], starts: Sequence[int], barriers: Sequence[int]
) -> Hit | None:
    words = _words(text, hit)
    if len(words) != 1 or words[0] not in FORCE_NOUNS | DEFINITE_FORCE_NOUNS:
        return None
    determiner = _determiner(text, hit, words)
    if determiner in _INDEFINITE or (words[0] in DEFINITE_FORCE_NOUNS and determiner != "the"):
        return None
    of = _OF.match(text, hit.end)
    if of is not None:
        k = bisect.bisect_left(starts, of.end())
        owner = named[k] if k < len(named) and named[k].start == of.end() else None
        return owner if owner is not None and owner.actor_kind is ActorKind.ARMED_GROUP else None
    if _POSTMODIFIER.match(text, hit.end):
        return None
    for o in reversed(named[: bisect.bisect_left(starts, hit.start)]):
        if hit.start - o.end > FORCE_REACH or _barrier_between(barriers, o.start, hit.start):
            return None
        if o.end > hit.start - 3:
            return None  # "LNA fighters": a modifier, not an antecedent
        if o.actor_kind is ActorKind.ARMED_GROUP:
            return o
    return None
