"""Round 60: a force moving on a bare compass heading, the country a move crossed into.

- A verb of advancing with a compass heading and no place named ("swept east", "swung west"),
  and a verb of going that is an advance for a force ("headed south", "rolled east") with a force
  as its subject, is a movement with no destination (SCHEMA: a movement with no named place is still a movement).
  The compass word may hang on the verb as an adverb or as a bare noun phrase ("swept east").
- "Crossed into X from Y ... left the country": the place named as an origin right after the
  place a move entered is left behind; "the country" (or "the city") told later is the place
  entered, not the origin named last.
- A name that is the subject of a verb only a vessel does ("docked", "sailed", "steamed",
  "berthed", "moored") is a ship moving itself: an organisation actor whose voyage is its own
  travel (the gold codes a named ship's voyage so), whatever label the recogniser gave the name.
  A ship only suffered upon ("X, the rescue ship, was held") stays no actor.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import ActorKind, Parser

PARSER = Parser()
DAY = "2021-03-10"


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, DAY)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Haftar's forces swept east on Monday after taking the port.", "Libyan National Army"),
        ("The LNA swung west on Friday.", "Libyan National Army"),
        ("The LNA convoy rolled east along the coast road.", "Libyan National Army"),
        ("GNA forces headed south on Thursday night.", "Government of National Accord forces"),
    ],
)
def test_force_on_a_bare_heading_advances(text: str, actor: str) -> None:
    assert ("advance", actor, None, None) in _moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "GNA forces pushed the militia south on Friday.",
        "The storm headed east on Friday.",
        "Oil prices surged north of 90 dollars on Friday.",
        "Hundreds of labourers drove east on Friday, desperate to reach the border.",
        "When the plane landed in Zintan, a crowd surged around it.",
    ],
)
def test_heading_of_others_or_things_moves_no_force(text: str) -> None:
    assert not any(kind == "advance" and dest is None for kind, _a, _o, dest in _moves(text)), _moves(text)


@pytest.mark.parametrize(
    ("text", "actor", "entered"),
    [
        (
            "Chadian fighters crossed into Libya from Chad in May. The fighters left the country in June.",
            "Chadian fighters",
            "Libya",
        ),
        (
            "Sudanese workers crossed into Libya from Sudan last year and left the country by boat in June.",
            "Sudanese workers",
            "Libya",
        ),
        (
            "Nigerien traders entered Algeria from Niger in April. The traders left the country a week later.",
            "Nigerien traders",
            "Algeria",
        ),
    ],
)
def test_country_left_is_the_country_entered(text: str, actor: str, entered: str) -> None:
    moves = _moves(text)
    leaves = [(a, o) for kind, a, o, _d in moves if kind == "withdraw"]
    assert any(a.endswith(actor.split()[-1]) and o == entered for a, o in leaves), moves


@pytest.mark.parametrize(
    ("text", "ship", "dest"),
    [
        ("The Blue Harbour docked in Catania on Sunday with 90 survivors.", "Blue Harbour", "Catania"),
        ("The Geo Barents sailed to Augusta after the rescue.", "Geo Barents", "Augusta"),
        ("The Nadir sailed to Lampedusa on Friday.", "Nadir", "Lampedusa"),
    ],
)
def test_named_ship_sailing_travels(text: str, ship: str, dest: str) -> None:
    assert ("travel", ship, None, dest) in _moves(text)
    article = PARSER.parse(text, published=DAY)
    assert any(a.name == ship and a.kind is ActorKind.ORGANIZATION for a in article.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Geo Barents, the rescue ship run by a medical charity, was held in Sicily for 20 days.",
            "Geo Barents",
        ),
        ("Ahmed Salem sailed to Malta in 2011 with his family.", "Ahmed Salem"),
    ],
)
def test_ship_rule_leaves_others(text: str, name: str) -> None:
    article = PARSER.parse(text, published=DAY)
    assert not any(a.name == name and a.kind is ActorKind.ORGANIZATION for a in article.actors)
