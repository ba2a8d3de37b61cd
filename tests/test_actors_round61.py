"""Round 61: bare group nouns no dated holder names.

* "The rebels advanced to X" in a story with no date: the words name an armed group of their
  own, "rebels", as the gold sets name it, which moves; no longer nothing. In a 2011 story the
  knowledge base's holder stays the actor; in a story of another year they are that war's
  group, which the story names, no group of their own.
* "Chadian rebels ... The rebels withdrew", "FACT ... the rebels": a later bare "the <noun>"
  stands for the group named before with that head noun, or known by a name or side holding
  it: one actor, not a second. "The rebels of the FACT" are the FACT.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _actor_views import kinds, mentions

from libya_events import Parser
from libya_events.model import ActorKind

PARSER = Parser()


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The rebels advanced to Ajdabiya on Thursday after a night of shelling.", None),
        ("The rebels pushed into Ras Lanuf at dawn, witnesses said.", None),
        ("Insurgents moved into Ajdabiya on Thursday, residents said.", None),
        ("Witnesses said the rebels had fled Bin Jawad under heavy fire.", None),
    ],
)
def test_a_bare_group_with_no_holder_is_an_armed_group(text: str, published: str | None) -> None:
    article = PARSER.parse(text, published=published)
    groups = [a for a in article.actors if a.kind is ActorKind.ARMED_GROUP]
    assert [a.name.lower() for a in groups] in (["rebels"], ["insurgents"])
    assert [m.actor for m in article.movements] == [groups[0].name]


def test_the_rebels_of_2011_stay_the_holder() -> None:
    article = PARSER.parse("The rebels advanced to Ajdabiya on Thursday.", published="2011-03-24")
    assert kinds(article).get("Libyan rebels") is ActorKind.ARMED_GROUP
    assert "rebels" not in kinds(article)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Chadian rebels crossed the border near Tummo on Monday. The rebels later reached Qatrun.",
            "Chadian rebels",
        ),
        (
            "Sudanese rebels entered Kufra on Monday. The rebels withdrew toward the border on Tuesday.",
            "Sudanese rebels",
        ),
    ],
)
def test_the_bare_noun_is_the_group_named_before(text: str, group: str) -> None:
    article = PARSER.parse(text, published=None)
    groups = [a.name for a in article.actors if a.kind is ActorKind.ARMED_GROUP]
    assert groups == [group]
    assert "rebels" in mentions(article, group)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels of the Front for Change and Concord in Chad crossed into Chad. The rebels later reached Zouarke.",
        "The Front for Change and Concord in Chad crossed into Chad on Monday. The rebels later reached Zouarke.",
    ],
)
def test_the_rebels_of_a_named_group_are_that_group(text: str) -> None:
    article = PARSER.parse(text, published=None)
    assert [a.name for a in article.actors if a.kind is ActorKind.ARMED_GROUP] == [
        "Front for Change and Concord in Chad"
    ]


def test_a_dated_storys_indefinite_holderless_rebels_make_no_group() -> None:
    # round 68: a dated story's definite "the rebels" is a group of its own (test_actors_round68)
    article = PARSER.parse(
        "The army said it had captured 200 rebels near Ajdabiya on Thursday.", published="2019-06-05"
    )
    assert "rebels" not in kinds(article)
