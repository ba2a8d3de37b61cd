"""Round 54a (blind genre round, genre-257..260): the classes its misses revealed.

A push into a town's edge: a move that enters the edge itself ("pushed into the southern edge
of X", "moved onto the western edge of Y"; ``EDGE_ENTRY_PREPS`` in ``_edge_goals``) reaches the
town, as a move "to the edge of X" already did; an unnamed site entered on that edge ("moved into
a warehouse on the edge of X") is only placed there, and a retreat into the edge reaches nothing.
Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2011-03-19"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- a push into a town's edge reaches the town -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Government troops pushed into the southern edge of Ajdabiya on Saturday.", "Ajdabiya"),
        ("Rebel fighters pushed into the edge of Sirte before dawn.", "Sirte"),
        ("LNA units moved into the western edge of Derna on Friday.", "Derna"),
    ],
)
def test_a_push_into_the_edge_of_a_town_reaches_it(text: str, town: str) -> None:
    assert any(q[0] in ("advance", "deploy") and q[3] == town for q in _quads(text))


def test_a_site_entered_on_a_towns_edge_is_only_placed_there() -> None:
    quads = _quads("Local fighters moved into a warehouse on the northern edge of Zliten on Monday.")
    assert not any(q[0] == "advance" and q[3] == "Zliten" for q in quads)


def test_a_retreat_into_the_edge_of_a_town_reaches_nothing() -> None:
    quads = _quads("Tebu fighters retreated into the edge of Murzuq on Monday.")
    assert not any(q[3] == "Murzuq" for q in quads)
