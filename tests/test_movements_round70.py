"""Round 70: where the vehicles are bound, and working people who move.

- "The migrants left Kufra in trucks bound for Ajdabiya", "set off in boats destined for Italy",
  "left in pickups headed for Tripoli": a participle that names where the vehicles of a journey
  are going gives the movers' destination.
- "Firefighters withdrew from X", "engineers arrived in Y", "farmers fled Z": groups of people
  named by their trade who move are collective actors (SCHEMA: "fishermen", "migrants").

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser

PARSER = Parser()
DAY = "2019-03-14"


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, DAY)


# ------------------------------------------------------------------ vehicles bound somewhere


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("Dozens of migrants quit Kufra on Sunday in lorries bound for Ajdabiya.", "migrants", "Ajdabiya"),
        ("About sixty migrants set out from Sabratha in two boats destined for Italy.", "migrants", "Italy"),
        ("The families fled Tawergha overnight in cars heading to Benghazi.", "families", "Benghazi"),
        ("Fighters left Gharyan before dawn in pickups headed for Tripoli.", "Fighters", "Tripoli"),
    ],
)
def test_vehicles_bound_somewhere_give_the_goal(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert any(a == actor and d is not None and d.startswith(dest[:5]) for _k, a, _o, d in moves), moves


def test_vehicles_loaded_for_somewhere_give_no_goal() -> None:
    """Only a heading participle names the goal: what the trucks carry is not where they go."""
    moves = _moves("The migrants left Kufra in trucks loaded with fuel meant for Ajdabiya.")
    assert all(d is None or not d.startswith("Ajdab") for _k, _a, _o, d in moves), moves


# ------------------------------------------------------------------ working people who move


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        ("Firefighters withdrew from Zawiya after the blaze spread on Monday.", "Firefighters", "withdraw"),
        ("Engineers arrived in Brega on Tuesday to inspect the damaged terminal.", "Engineers", "travel"),
        ("Farmers fled Tawergha as the shelling grew heavier.", "Farmers", "withdraw"),
        ("Fishermen abandoned Zuwara harbour after the clashes.", "Fishermen", "withdraw"),
        ("Herdsmen fled Ubari on Sunday as the fighting neared their camps.", "Herdsmen", "withdraw"),
    ],
)
def test_working_people_move(text: str, actor: str, kind: str) -> None:
    moves = _moves(text)
    assert any(a == actor and k == kind for k, a, _o, _d in moves), moves


def test_working_people_suffered_upon_are_no_movers() -> None:
    """People only suffered upon stay no actor: "killed two farmers" moves no one."""
    article = PARSER.parse("Shelling killed two farmers near Tawergha on Monday.", published=DAY)
    assert not article.movements
    assert all(a.name.lower() != "farmers" for a in article.actors), article.actors


def test_a_bodys_own_engineers_move_as_the_body() -> None:
    """ "The company said its engineers reached X": owned by an organisation they stand for it,
    no collective of their own."""
    text = "The National Oil Corporation said its engineers reached Zawiya refinery on Friday."
    article = PARSER.parse(text, published=DAY)
    assert all(a.name.lower() != "engineers" for a in article.actors), article.actors
    assert any(m.actor == "National Oil Corporation" for m in article.movements), article.movements
