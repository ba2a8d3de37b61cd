"""Round 54: armed revolutionaries.

- "Revolutionaries" (Libya's thuwar, the armed revolutionaries of 2011 and the brigades that grew
  out of them) are fighters: told without a name, they move as a force, so "the revolutionaries
  advanced on X" is an advance and "entered X" a capture, as gold annotates an armed group, not a
  crowd that travels. Words of unarmed people ("Islamists", "families") still travel.
- "Forces loyal to Prime Minister X": the office written as a title before its holder's name is
  part of the phrase, so the forces run to the name's end and they move, not the prime minister
  (a travel) nor his government. With no name right after the title, the phrase ends at the title.
- "X was (one of) the last towns to fall to Y": an infinitive after a noun ranked by an ordinal
  ("first", "last") tells a move made, not a purpose, and the place that fell is the subject the
  noun is said of, so it is Y's capture of X; a subject that is no place ("he was the last
  commander to fall") tells none, and an unranked noun ("a town to take") stays a purpose.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.model import ActorKind, Article, MovementKind

PARSER = Parser()


def _parse(text: str, published: str = "2012-09-09") -> Article:
    return PARSER.parse(text, published=published)


def _moves(article: Article) -> set[tuple[str, MovementKind]]:
    return {(m.actor, m.kind) for m in article.movements}


@pytest.mark.parametrize(
    ("text", "published", "actor", "kind"),
    [
        (
            "The revolutionaries advanced on Sirte on Monday, a commander told reporters.",
            "2012-06-03",
            "revolutionaries",
            MovementKind.ADVANCE,
        ),
        (
            "Hundreds of revolutionaries pushed toward Bani Walid at dawn on Thursday.",
            "2011-10-14",
            "revolutionaries",
            MovementKind.ADVANCE,
        ),
        (
            "Revolutionaries from Zintan marched on Gharyan on Friday.",
            "2013-04-02",
            "Revolutionaries from Zintan",
            MovementKind.ADVANCE,
        ),
    ],
)
def test_revolutionaries_move_as_a_force(text: str, published: str, actor: str, kind: MovementKind) -> None:
    assert (actor, kind) in _moves(_parse(text, published))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Islamists advanced on Sirte on Monday.", "Islamists"),
        ("Dozens of families advanced on Sirte on Monday.", "families"),
    ],
)
def test_unarmed_collectives_do_not_become_forces(text: str, actor: str) -> None:
    kinds = {k for a, k in _moves(_parse(text)) if actor in a}
    assert MovementKind.ADVANCE not in kinds


@pytest.mark.parametrize(
    ("text", "published", "phrase", "kind"),
    [
        (
            "Forces loyal to Prime Minister Abdul Hamid Dbeibah entered Janzour on Saturday.",
            "2022-08-29",
            "Forces loyal to Prime Minister Abdul Hamid Dbeibah",
            MovementKind.CAPTURE,
        ),
        (
            "On Friday units loyal to Prime Minister Fayez al-Sarraj pushed toward Sirte from Misrata.",
            "2016-06-10",
            "units loyal to Prime Minister Fayez al-Sarraj",
            MovementKind.ADVANCE,
        ),
        (
            "Troops loyal to Prime Minister Abdurrahim El-Keib were sent to Kufra last week.",
            "2012-02-25",
            "Troops loyal to Prime Minister Abdurrahim El-Keib",
            MovementKind.DEPLOY,
        ),
    ],
)
def test_forces_loyal_to_a_titled_holder(text: str, published: str, phrase: str, kind: MovementKind) -> None:
    article = _parse(text, published)
    forces = [
        a
        for a in article.actors
        if a.kind is ActorKind.ARMED_GROUP and phrase in [m.text for m in a.mentions]
    ]
    assert forces, [(a.name, [m.text for m in a.mentions]) for a in article.actors]
    assert (forces[0].name, kind) in _moves(article)


def test_forces_loyal_to_a_title_with_its_name_apart() -> None:
    article = _parse(
        "Forces loyal to the prime minister, Abdul Hamid Dbeibah, entered Janzour on Saturday.", "2022-08-29"
    )
    texts = {m.text for a in article.actors for m in a.mentions}
    assert "Forces loyal to the prime minister" in texts
    assert not any(t.startswith("Forces loyal to") and "Dbeibah" in t for t in texts)


@pytest.mark.parametrize(
    ("text", "published", "town"),
    [
        (
            "Bani Walid was one of the last towns to fall to the revolutionaries in October 2011.",
            "2012-10-21",
            "Bani Walid",
        ),
        ("Sirte was the last city to fall to the rebels.", "2011-10-21", "Sirte"),
        ("Gharyan became the first town to fall to Haftar's forces in April.", "2019-04-21", "Gharyan"),
    ],
)
def test_ranked_town_to_fall_is_a_capture(text: str, published: str, town: str) -> None:
    article = _parse(text, published)
    captured = [m for m in article.movements if m.kind is MovementKind.CAPTURE and m.destination is not None]
    assert [m.destination.name for m in captured if m.destination is not None] == [town]


@pytest.mark.parametrize(
    "text",
    [
        "He was the last commander to fall to the brigade.",
        "Sirte was a town to take before the winter, the commander said.",
    ],
)
def test_no_capture_without_a_ranked_place(text: str) -> None:
    article = _parse(text, "2016-05-02")
    assert not [m for m in article.movements if m.kind is MovementKind.CAPTURE]
