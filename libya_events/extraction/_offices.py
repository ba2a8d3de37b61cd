"""Office holders of a state or body as movers and speakers.

An office noun owned by a state or a body ("Turkey's defence minister", "the ambassador of
Italy", "the GNA's interior minister") tells of the person who holds the office, never of the
owner: the minister who flew to Tripoli is not Turkey. Where the knowledge base knows the holder
on the article's date (a dated role) that person acts; where a name beside the noun names the
holder ("Turkey's defence minister Hulusi Akar") the name acts and this rule stays out; otherwise
the phrase itself is an unnamed actor, a collective named by its own words, as for kin.
"""

from __future__ import annotations

from collections.abc import Callable

from libya_events.extraction._kin import kin_named, owned_phrase_hit, owner_of
from libya_events.extraction._mentions import Hit
from libya_events.model import ActorKind
from libya_events.syntax import ParsedSentence, Token

OFFICE_HEADS = frozenset({"minister", "ambassador", "envoy", "consul", "emissary", "attache"})
"""Nouns of an office a state or body gives one person: owned by it ("Egypt's foreign minister",
"the envoy of Qatar") they name the holder, and the owner is neither the mover nor the speaker.
Words a body's own spokesman or unit may be ("spokesman", "office") are left to other rules.
Extend with further offices."""
OFFICE_OWNER_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.GOVERNMENT, ActorKind.ORGANIZATION})
"""Kinds of owner whose office noun names its holder (a person's "minister" is no office)."""
OFFICE_SOURCE = "office"
"""The ``Hit.source`` of an unnamed office holder made an actor here."""


def office_holder_hit(
    sent: ParsedSentence,
    tok: Token,
    text: str,
    held: Hit | None,
    owner_kind: Callable[[Token], ActorKind | None],
) -> Hit | None:
    """The holder an owned office noun stands for. ``held`` is the actor mention already holding
    the noun: a person (the dated role's holder) is kept, as is an unnamed collective holding the
    whole phrase. ``owner_kind`` tells the kind of actor an owner token names. None when ``tok``
    is no office noun owned by a state or body (:data:`OFFICE_OWNER_KINDS`), or a name beside it
    names the holder."""
    owner = owner_of(sent, tok, OFFICE_HEADS)
    if owner is None or kin_named(sent, tok) or owner_kind(owner) not in OFFICE_OWNER_KINDS:
        return None
    if held is not None and held.actor_kind is ActorKind.PERSON:
        return held  # "the GNA's interior minister" on a day the role names a person
    return owned_phrase_hit(sent, tok, text, "office:", OFFICE_SOURCE)
