"""Whom a possessive opening a sentence points back to (round 52): "Its fighters ..." after
"X joined the fighting on the side of Y" are X's, the previous sentence's subject, not the
group named last inside a companion phrase ("on the side of", "alongside", "next to").

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.extraction._coref import Coreference
from libya_events.extraction._mentions import Hit
from libya_events.model import ActorKind

PARSER = Parser()


def _movers(text: str) -> list[tuple[str, str | None, str | None]]:
    article = PARSER.parse(text, published="2019-04-10")
    return [(m.kind.value, m.actor, m.destination.name if m.destination else None) for m in article.movements]


@pytest.mark.parametrize(
    ("text", "owner", "place"),
    [
        (
            "On Monday the Nawasi Brigade joined the battle on the side of the Rada Special Deterrence"
            " Force. Its fighters moved into Ain Zara from the west.",
            "Nawasi",
            "Ain Zara",
        ),
        (
            "The Kani militia entered the fight alongside the Tripoli Protection Force on Tuesday."
            " Its gunmen advanced into Qasr bin Ghashir.",
            "Kani",
            "Qasr bin Ghashir",
        ),
        (
            "The Misrata Brigade took up positions next to the Halbous Brigade. Its fighters then"
            " pushed into Wadi al-Rabi.",
            "Misrata",
            "Wadi al-Rabi",
        ),
    ],
)
def test_possessive_opening_a_sentence_is_the_subjects(text: str, owner: str, place: str) -> None:
    moves = [m for m in _movers(text) if m[2] == place]
    assert moves, _movers(text)
    assert all(owner.lower() in (m[1] or "").lower() for m in moves), moves


def test_a_direct_object_is_still_the_latest_group() -> None:
    """ "X attacked Y. Its fighters ...": Y is no companion; the latest group keeps the pronoun."""
    moves = _movers(
        "The Misrata Brigade attacked the Halbous Brigade. Its fighters then pushed into Wadi al-Rabi."
    )
    assert [m[1] for m in moves if m[2] == "Wadi al-Rabi"] == ["Halbous brigade"]


def test_a_companion_with_no_subject_before_it_keeps_the_pronoun() -> None:
    """ "Clashes broke out with Y. Its fighters ...": no group opens that sentence, so Y's."""
    moves = _movers(
        "Clashes broke out on Monday with the Halbous Brigade. Its fighters then pushed into Wadi al-Rabi."
    )
    assert [m[1] for m in moves if m[2] == "Wadi al-Rabi"] == ["Halbous brigade"]


def _group(text: str, name: str) -> Hit:
    start = text.index(name)
    return Hit(start, start + len(name), "group:" + name.lower(), name, "group", ActorKind.ARMED_GROUP)


def test_coreference_resolves_its_past_the_companion() -> None:
    text = "The Zawiya Brigade fought alongside the Nasr Brigade. Its volunteers held the bridge."
    hits = [_group(text, "Zawiya Brigade"), _group(text, "Nasr Brigade")]
    owner = Coreference(hits, text=text).resolve(text.index("Its"), "its")
    assert owner is not None
    assert owner.name == "Zawiya Brigade"


def test_coreference_its_inside_a_sentence_keeps_the_latest() -> None:
    """Not opening a sentence: "... alongside Y and its volunteers" stays with Y."""
    text = "The Zawiya Brigade fought alongside the Nasr Brigade and its volunteers."
    hits = [_group(text, "Zawiya Brigade"), _group(text, "Nasr Brigade")]
    owner = Coreference(hits, text=text).resolve(text.index("its"), "its")
    assert owner is not None
    assert owner.name == "Nasr Brigade"


# ------------------------------------------------- a commander's men: the group he is told leading


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "GNA forces pushed into Gharyan on Thursday. LNA forces withdrew toward Tarhuna. Salem Juha,"
            " who commands the Misrata Brigade, said his men had reached Aziziya from Gharyan.",
            "Misrata Brigade",
        ),
        (
            "GNA forces pushed into Gharyan on Thursday. LNA forces withdrew toward Tarhuna. Salem Juha,"
            " who leads the Halbous Brigade, said his men had reached Aziziya from Gharyan.",
            "Halbous brigade",
        ),
        (
            "The Halbous Brigade, led by commander Salem Juha, joined the offensive. LNA forces withdrew"
            " toward Tarhuna. Juha said his men had reached Aziziya from Gharyan.",
            "Halbous brigade",
        ),
    ],
)
def test_commanders_men_are_the_group_he_leads(text: str, group: str) -> None:
    moves = [m for m in _movers(text) if m[2] == "Aziziya"]
    assert [m[1] for m in moves] == [group], _movers(text)


def test_commander_of_an_indefinite_unit_is_no_named_group() -> None:
    """ "who leads a brigade from Zintan": one unit of a side, not a group his men move as."""
    text = (
        "GNA forces pushed into Gharyan on Thursday. LNA forces withdrew toward Tarhuna. Salem Juha,"
        " who leads a brigade from Zintan, said his men had reached Aziziya from Gharyan."
    )
    moves = [m for m in _movers(text) if m[2] == "Aziziya"]
    assert all("brigade" not in (m[1] or "").lower() for m in moves), moves
