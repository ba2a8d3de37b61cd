"""Named forces and councils the dictionaries only partly know, and unnamed groups by head noun.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.model import ActorKind

PARSER = Parser()


def _actors(text: str) -> dict[str, tuple[ActorKind, list[str]]]:
    article = PARSER.parse(text, published="2023-06-10")
    return {a.name: (a.kind, [m.text for m in a.mentions]) for a in article.actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("At dusk the allied Judicial Police clashed with a rival brigade near the port.", "Judicial Police"),
        ("The Diplomatic Police said the embassy in the capital was safe.", "Diplomatic Police"),
    ],
)
def test_a_headed_name_holding_a_collective_word_is_one_named_force(text: str, name: str) -> None:
    actors = _actors(text)
    assert name in actors
    assert actors[name][0] is ActorKind.ARMED_GROUP
    assert "Police" not in actors


def test_bare_police_stays_a_collective() -> None:
    actors = _actors("Police said four people were hurt in the blast in Sabha.")
    assert actors["Police"][0] is ActorKind.COLLECTIVE


def test_a_towns_military_council_is_its_own_armed_actor() -> None:
    text = (
        "Misrata forces moved east on Sunday. Later the Misrata Military Council closed the "
        "road west of the city to stop any convoy heading to the capital."
    )
    actors = _actors(text)
    assert actors["Misrata Military Council"][0] is ActorKind.ARMED_GROUP
    assert "Misrata Military Council" not in actors.get("Misrata forces", (None, []))[1]
