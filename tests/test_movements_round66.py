"""Round 66: the hurt carried somewhere, and crowds of men told by their number.

- "The wounded were driven to X", "wounded fighters were flown to Y", "a group of injured men
  was evacuated from Z": the hurt named as a group of their own are people carried somewhere
  alive, who move (a collective named by the phrase); carried out of a named place they
  withdraw from it, as evacuees do. The dead stay suffered upon ("the bodies were taken to X"),
  and so do a force's men told hurt ("the wounded soldiers of the LNA were transferred to X" is
  no deployment of the LNA).
- "Several hundred men marched to X", "dozens of young men drove into Y": men counted as a
  crowd are people told by their number, an actor where they move; "two men" are persons the
  story tells of, no crowd.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser

PARSER = Parser()
DAY = "2016-10-12"


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, DAY)


# ------------------------------------------------------------------ the hurt carried somewhere


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("The wounded were driven to the main hospital in Benghazi on Tuesday.", "wounded", "Benghazi"),
        ("Twelve wounded fighters were flown to Tunis late on Monday.", "wounded fighters", "Tunis"),
        (
            "About forty injured civilians were taken to Zliten by ambulance overnight.",
            "injured civilians",
            "Zliten",
        ),
    ],
)
def test_the_hurt_carried_somewhere_move(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert any(a == actor and d is not None and d.startswith(dest[:5]) for _k, a, _o, d in moves), moves


@pytest.mark.parametrize(
    ("text", "actor", "origin"),
    [
        ("A group of injured men was evacuated from Ganfouda on Saturday.", "injured men", "Ganfouda"),
        (
            "The Red Crescent took 80 wounded people from Sirte to Misrata on Sunday.",
            "wounded people",
            "Sirte",
        ),
        (
            "Medics took sixty sick residents from Tawergha to Misrata on Friday.",
            "sick residents",
            "Tawergha",
        ),
    ],
)
def test_the_hurt_carried_out_of_a_place_withdraw(text: str, actor: str, origin: str) -> None:
    moves = _moves(text)
    assert ("withdraw", actor) in [(k, a) for k, a, o, _d in moves if o == origin], moves


@pytest.mark.parametrize(
    "text",
    [
        "The bodies were taken to the hospital in Zawiya on Monday.",
        "The dead were brought to Misrata overnight.",
        "The wounded soldiers of the Libyan National Army were transferred to Benghazi by ambulance.",
        "Doctors in Zawiya treated the wounded through the night.",
    ],
)
def test_the_dead_and_a_forces_hurt_men_move_nowhere(text: str) -> None:
    assert _moves(text) == []


# ------------------------------------------------------------------ crowds of men by their number


@pytest.mark.parametrize(
    ("text", "mention", "dest"),
    [
        (
            "Several hundred men marched to Martyrs' Square on Sunday evening.",
            "Several hundred men",
            "Martyrs",
        ),
        ("Dozens of young men drove into Zawiya after dark.", "Dozens of young men", "Zawiya"),
        ("About 200 men crossed into Tunisia at Ras Ajdir on Friday.", "About 200 men", "Tunisia"),
    ],
)
def test_a_counted_crowd_of_men_moves(text: str, mention: str, dest: str) -> None:
    article = PARSER.parse(text, published=DAY)
    moved = [
        m for m in article.movements if m.destination is not None and m.destination.name.startswith(dest)
    ]
    assert moved, [(m.actor, m.destination) for m in article.movements]
    actors = {a.name: a for a in article.actors}
    assert any(mention in [x.text for x in actors[m.actor].mentions] for m in moved if m.actor in actors)


@pytest.mark.parametrize(
    "text",
    [
        "Two young men were detained and driven away.",
        "Two men were killed in Zawiya on Sunday.",
    ],
)
def test_a_few_men_are_no_crowd(text: str) -> None:
    assert _moves(text) == []
