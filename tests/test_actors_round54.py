"""Round 54: armed revolutionaries.

- "Revolutionaries" (Libya's thuwar, the armed revolutionaries of 2011 and the brigades that grew
  out of them) are fighters: told without a name, they move as a force, so "the revolutionaries
  advanced on X" is an advance and "entered X" a capture, as gold annotates an armed group, not a
  crowd that travels. Words of unarmed people ("Islamists", "families") still travel.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.model import Article, MovementKind

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
