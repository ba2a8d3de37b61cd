"""Round 68: fighter nouns and named bodies the actors missed.

* "The rebels seized X" in a story dated outside 2011 (where the knowledge base's "rebels"
  has no holder): the definite words name an armed group of their own, "rebels", which moves;
  a group named before that the words refer back to still takes them, and the 2011 holder
  stays the actor in a 2011 story. Indefinite "300 rebels" there names no group.
* "contact the OCHA Libya office", "the IOM Libya team said": the organisation named before
  its own office or team (and its country branch) is an actor, named by its own words
  ("OCHA", not "OCHA Libya").
* "armed Tebu men", "Tuareg men": a people's men are that people's fighters.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _actor_views import kinds, mentions
from _movement_records import movement_triples

from libya_events import Parser
from libya_events.model import ActorKind

PARSER = Parser()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The rebels seized Brega on Monday after a short fight.", "capture"),
        ("The rebels fell back on Brega after two days of shelling.", "withdraw"),
        ("Residents said the rebels had pushed into Sirte before dawn.", "advance"),
    ],
)
def test_dated_definite_rebels_are_a_group_that_moves(text: str, kind: str) -> None:
    article = PARSER.parse(text, published="2019-05-02")
    assert kinds(article).get("rebels") is ActorKind.ARMED_GROUP
    assert [(k, actor) for k, actor, _dest in movement_triples(PARSER, text, "2019-05-02")] == [
        (kind, "rebels")
    ]


def test_dated_rebels_still_refer_back_to_a_named_group() -> None:
    text = "Chadian rebels crossed the border near Qatrun. The rebels then took a fuel depot."
    article = PARSER.parse(text, published="2020-03-10")
    assert "rebels" not in kinds(article)
    assert "Chadian rebels" in kinds(article)


def test_rebels_in_2011_stay_the_knowledge_base_holder() -> None:
    article = PARSER.parse("The rebels seized Brega on Monday.", published="2011-04-04")
    assert "rebels" not in kinds(article)
    assert [m.actor for m in article.movements] == ["Libyan rebels"]


def test_dated_counted_rebels_make_no_group() -> None:
    article = PARSER.parse(
        "Troops said they had killed 40 rebels near the border on Sunday.", published="2021-04-20"
    )
    assert "rebels" not in kinds(article)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain flooded 80 homes in Derna.\n\nFor further details, please contact the OCHA Libya office.",
        "Heavy rain flooded 80 homes in Derna, according to the OCHA Libya office in Tunis.",
        "Heavy rain flooded 80 homes in Derna, the OCHA Libya team said on Friday.",
    ],
)
def test_an_organisation_before_its_own_office_is_an_actor(text: str) -> None:
    article = PARSER.parse(text, published="2021-01-12")
    assert mentions(article, "UN Office for the Coordination of Humanitarian Affairs") == ["OCHA"]


def test_an_organisation_before_another_noun_stays_a_modifier() -> None:
    article = PARSER.parse("Two OCHA vehicles were damaged in Derna on Friday.", published="2021-01-12")
    assert "UN Office for the Coordination of Humanitarian Affairs" not in kinds(article)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Armed Tebu men advanced on Murzuq on Friday.", "Tebu fighters"),
        ("Tebu men took control of the airport in Sabha.", "Tebu fighters"),
        ("Armed Tuareg men withdrew from Ubari on Saturday.", "Tuareg fighters"),
    ],
)
def test_a_peoples_men_are_its_fighters(text: str, name: str) -> None:
    article = PARSER.parse(text, published="2015-02-03")
    assert kinds(article).get(name) is ActorKind.ARMED_GROUP
    assert [m.actor for m in article.movements] == [name]
