"""Kin of a named person as movers and speakers.

A kinship noun with an owner ("Gaddafi's son", "the wife of X", "relatives of the detained
man", "his brother") tells of the kin, never of the owner: the son who fled is not his father,
the relatives who spoke are not the man they speak for. Where the phrase names the kin too
("Haftar's son Saddam", "his brother, Salem,") the named person acts; otherwise the phrase itself
is an unnamed actor (a collective, as for unnamed sources), named by its own words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from libya_events.extraction._mentions import KIN_NOUNS, Hit
from libya_events.model import ActorKind
from libya_events.syntax import ParsedSentence, Token

KIN_HEADS = KIN_NOUNS | frozenset(
    """wives widows husbands fathers mothers nieces uncles aunt aunts grandson grandsons
    granddaughter relative relatives family kin kinsman kinsmen in-laws""".split()
)
"""Nouns of a person's kin: owned by a person ("X's son", "the family of X"), they name the
kin, and the owner is neither the mover nor the speaker. Extend with further kin words."""
KIN_OWNER_DEPS = frozenset({"poss"})
"""Dependencies of a kin noun's owner before it ("Gaddafi's son", "his wife")."""
KIN_OWNER_PREPOSITIONS = frozenset({"of"})
"""Prepositions that bring a kin noun's owner after it ("the son of X", "relatives of X")."""
FIGURATIVE_OWNERS = frozenset({"our"})
"""Owners that make kin words figurative: "our sons", "our brothers" in a speaker's mouth are
the speaker's own people (fighters, townsmen), not his relatives."""
NAMING_DEPS = frozenset({"appos", "compound"})
"""Dependencies of a name beside a kin noun that names the kin ("his son Saadi", "his son, Saadi,")."""
KIN_SOURCE = "kin"
"""The ``Hit.source`` of an unnamed kin phrase made an actor here."""
_LEFT_DEPS = frozenset({"poss", "amod", "nummod", "compound"})
"""Left children kept in a kin phrase's words (the determiner is left out: "the son of X" is
named "son of X")."""


def kin_owner(sent: ParsedSentence, tok: Token) -> Token | None:
    """The owner of a kinship noun ("Gaddafi" in "Gaddafi's son" or "the son of Gaddafi", "his"
    in "his brother"); none when ``tok`` is no kin noun or is owned by nobody."""
    return owner_of(sent, tok, KIN_HEADS)


def owner_of(sent: ParsedSentence, tok: Token, heads: frozenset[str]) -> Token | None:
    """The owner of a common noun of ``heads`` told before it by a possessive ("X's son",
    "Turkey's defence minister") or after it by "of" ("the ambassador of Italy"); none when
    ``tok`` is no such noun or is owned by nobody."""
    if tok.pos != "NOUN" or tok.lower not in heads:
        return None
    for c in sent.children(tok):
        if c.dep in KIN_OWNER_DEPS:
            return c
        if c.dep == "prep" and c.lower in KIN_OWNER_PREPOSITIONS:
            obj = next(sent.children(c, "pobj"), None)
            if obj is not None and obj.pos != "NUM":
                return obj  # "a mother of four" counts her children: she is no one's kin here
    return None


def kin_named(sent: ParsedSentence, tok: Token) -> bool:
    """A proper name beside the kin noun names the kin ("Haftar's son Saddam")."""
    return any(c.dep in NAMING_DEPS and c.pos == "PROPN" and c.i > tok.i for c in sent.children(tok))


def kin_phrase_hit(
    sent: ParsedSentence, tok: Token, text: str, held: Hit | None, is_place: Callable[[Token], bool]
) -> Hit | None:
    """The unnamed kin an owned kinship noun stands for, as a collective named by the phrase's
    words ("Gaddafi's son", "relatives of the detained man"). ``held`` is the actor mention
    already holding the noun: an unnamed one ("relatives") is kept as the kin's. None when
    ``tok`` is no owned kin noun, a name beside it names the kin (that name acts instead), or
    its owner is a place ("Zlitan's families" are the town's people, left to other rules)."""
    owner = kin_owner(sent, tok)
    if owner is None or owner.lower in FIGURATIVE_OWNERS or kin_named(sent, tok) or is_place(owner):
        return None
    if held is not None and held.actor_kind is ActorKind.COLLECTIVE:
        return held
    return owned_phrase_hit(sent, tok, text, "kin:", KIN_SOURCE)


def owned_phrase_hit(sent: ParsedSentence, tok: Token, text: str, key_prefix: str, source: str) -> Hit | None:
    """An unnamed collective named by an owned noun's phrase: the noun with its owner and left
    modifiers and its "of" phrase, less the determiner ("Gaddafi's son", "son of X", "Turkey's
    defence minister"); none when the phrase runs over a line's end."""
    start, end = tok.start, tok.end
    for c in sent.children(tok):
        if c.dep in _LEFT_DEPS and c.i < tok.i:
            start = min(start, sent.subtree(c)[0])
        elif c.dep == "prep" and c.lower in KIN_OWNER_PREPOSITIONS:
            end = max(end, sent.subtree(c)[1])
    name = text[start:end]
    if "\n" in name:
        return None
    return Hit(start, end, key_prefix + name.lower(), name, source, ActorKind.COLLECTIVE)


SINGLE_KIN_HEADS = frozenset(
    """son daughter brother sister wife husband widow nephew niece cousin uncle aunt father
    mother grandson granddaughter""".split()
)
"""Kin nouns that name one person: told with "the" or a possessive ("the son of X", "X's son"),
the phrase may stand for a relative the story has named in full before."""
FAMILY_REACH = 3000
"""Characters read back from a kin phrase for the relative named before it."""
_FAMILY_PREFIXES = ("al-", "el-")


def family_name(name: str) -> str:
    """The family name a person's name ends with, without its article ("Gaddafi" of "Saif
    al-Islam Gaddafi", "serraj" of "Fayez al-Serraj"), lower-cased."""
    words = name.lower().split()
    last = words[-1] if words else ""
    for prefix in _FAMILY_PREFIXES:
        if last.startswith(prefix):
            return last[len(prefix) :]
    return last


def kin_named_before(
    sent: ParsedSentence, tok: Token, actors_in: Callable[[int, int], Sequence[Hit]]
) -> Hit | None:
    """ "Saif al-Islam Gaddafi was captured ... Gaddafi's son said": a definite singular kin noun
    owned by a named person stands for the latest person named before it who bears the owner's
    family name and is not the owner; none when no such relative was named ("a son of X" is
    one of several). ``actors_in(start, end)`` gives the article's actor mentions in a range,
    in order; it is asked only for a phrase that can name a relative."""
    if tok.lower not in SINGLE_KIN_HEADS:
        return None
    det = next(sent.children(tok, "det"), None)
    if det is not None and det.lower != "the":
        return None
    owner_tok = kin_owner(sent, tok)
    owners = actors_in(*sent.subtree(owner_tok)) if owner_tok is not None else ()
    owner = owners[0] if owners else None
    if owner is None or owner.actor_kind is not ActorKind.PERSON:
        return None
    family = family_name(owner.name)
    for hit in reversed(actors_in(tok.start - FAMILY_REACH, tok.start)):
        if (
            hit.actor_kind is ActorKind.PERSON
            and hit.end <= tok.start
            and hit.key != owner.key
            and family_name(hit.name) == family
        ):
            return hit
    return None
