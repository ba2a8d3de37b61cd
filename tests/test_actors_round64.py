"""Round 64: a force the army's name marks, and a surname spelled another way.

* "Army special forces seized the port" after the army was told: the army moves, not a new
  actor "special forces".
* "Commander Ali Mansour said ... Mansur added": a surname that differs only in a vowel's
  spelling (or a doubled letter) is the same person.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _actor_views import kinds, speakers
from _movement_records import kind_first_moves
from _statement_views import PARSER, PUBLISHED

# ------------------------------------ a force the army's name marks


@pytest.mark.parametrize(
    ("text", "army"),
    [
        (
            "The army said on Monday it had reached Benghazi. Army special forces seized the port of Derna on Tuesday.",
            "army",
        ),
        (
            "The army said its jets had struck Sirte. Army special forces took the airport at Jufra on Sunday.",
            "army",
        ),
        (
            "The Libyan army said it had shelled Gharyan. Army special forces captured Gharyan on Friday.",
            "Libyan National Army",
        ),
    ],
)
def test_army_special_forces_are_the_army_told(text: str, army: str) -> None:
    moves = kind_first_moves(PARSER, text, PUBLISHED)
    assert next(m for m in moves if m[0] == "capture")[1] == army
    assert "special forces" not in kinds(PARSER.parse(text, published=PUBLISHED))


def test_army_special_forces_with_no_army_told_stay_a_force() -> None:
    moves = kind_first_moves(PARSER, "Army special forces seized the port of Derna on Tuesday.", PUBLISHED)
    assert [m[1] for m in moves] == ["special forces"]


# ------------------------------------ a surname spelled another way


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Commander Ali Mansour said the brigade had withdrawn. Mansur added that shelling went on near Sirte.",
            "Ali Mansour",
        ),
        (
            "Commander Omar Zeetouni said the road was cut. Zitouni added that two trucks had burned.",
            "Omar Zeetouni",
        ),
        (
            "Colonel Salem Boussaa said his men held the bridge. Busaa added that the enemy had fled.",
            "Salem Boussaa",
        ),
    ],
)
def test_a_respelled_surname_is_the_same_person(text: str, person: str) -> None:
    article = PARSER.parse(text, published=PUBLISHED)
    assert speakers(article) == [person, person]
    assert [a.name for a in article.actors if a.kind.value == "person"] == [person]


def test_a_different_surname_stays_apart() -> None:
    article = PARSER.parse(
        "Commander Ali Mansour said the brigade had withdrawn. Mansouri added that shelling went on.",
        published=PUBLISHED,
    )
    assert speakers(article)[0] == "Ali Mansour"
    assert speakers(article)[1] != "Ali Mansour"
