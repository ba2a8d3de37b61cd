"""Movement false positives found in round 49: a posting verb ("stationed") as a
participle in a clause hung on a noun describes where a force stood, not a move; the same verb
told as its clause's own verb is still a deployment.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import MovementRecord, movement_records

from libya_events import MovementKind, Parser

D, W = MovementKind.DEPLOY, MovementKind.WITHDRAW

PARSER = Parser()


def _records(text: str) -> list[MovementRecord]:
    return movement_records(PARSER, text)


def _kinds(text: str) -> list[MovementKind]:
    return [r[0] for r in _records(text)]


# ------------------------------------------------- a posting participle on a noun is background


def test_reduced_relative_stationed_is_no_deployment() -> None:
    text = "The army sent two battalions from Misrata to the front on Thursday to reinforce the units stationed at Bin Jawad."
    assert D in _kinds(text)
    assert all(r[2] != "Bin Jawad" for r in _records(text))


def test_relative_clause_stationed_adds_only_the_withdrawal() -> None:
    text = "The armed groups that had been stationed at Mitiga airport withdrew to Ain Zara on Monday."
    assert _kinds(text) == [W]


def test_stationed_participle_on_an_object_is_no_deployment() -> None:
    text = "On Monday the Misrata brigades shelled the fighters stationed in Sirte, residents said."
    assert D not in _kinds(text)


def test_who_were_stationed_keeps_only_the_later_move() -> None:
    text = "Soldiers who were stationed in Ubari drove to Sabha on Friday."
    assert [(r[0], r[2]) for r in _records(text)] == [(MovementKind.ADVANCE, "Sabha")]


# ------------------------------------------------- the clause's own verb is still a deployment


def test_stationed_as_the_main_verb_is_a_deployment() -> None:
    text = "The Turkish troops were stationed at al-Watiya air base in May, officials said."
    assert [r[0] for r in _records(text)] == [D]


def test_active_stationed_with_an_object_is_a_deployment() -> None:
    text = "Haftar stationed 300 fighters at the Jufra base in June."
    assert _kinds(text) == [D]
