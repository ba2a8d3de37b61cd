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


# ------------------------------------------------- a force sent, then arriving: one journey

GNA = "Government of National Accord"
LNA = "Libyan National Army"


def test_sent_by_from_then_reached_is_one_deployment() -> None:
    text = "Reinforcements sent by the LNA from Ajdabiya reached Ras Lanuf in the evening."
    assert _records(text) == [(D, LNA, "Ras Lanuf", "Ajdabiya")]


def test_dispatched_then_arrived_in_is_one_deployment() -> None:
    text = "Troops dispatched by the GNA from Misrata arrived in Sirte on Monday."
    assert _records(text) == [(D, GNA, "Sirte", "Misrata")]


def test_sent_by_a_state_then_arrived_at_is_the_senders_deployment() -> None:
    text = "Fighters sent by Turkey arrived at Mitiga airport on Tuesday."
    assert [(r[0], r[1], r[2]) for r in _records(text)] == [(D, "Turkey", "Mitiga International Airport")]


def test_sent_then_never_reached_goes_nowhere_told() -> None:
    text = "A column sent by the LNA from Benghazi on Friday never reached Derna."
    records = _records(text)
    assert (D, LNA, None, "Benghazi") in records
    assert (D, LNA, "Derna", "Benghazi") not in records


def test_sender_as_subject_keeps_two_moves() -> None:
    text = "The LNA sent reinforcements from Ajdabiya, and they reached Ras Lanuf on Monday."
    assert [r[0] for r in _records(text)] == [D, MovementKind.ADVANCE]


# ------------------------------------------------- a sending toward a place stays a deployment


def test_sent_troops_toward_a_town_is_a_deployment() -> None:
    text = "The LNA sent troops toward Ghadames on Monday."
    assert _records(text) == [(D, LNA, "Ghadames", None)]


def test_dispatched_from_toward_is_a_deployment() -> None:
    text = "The 444 Brigade dispatched armoured vehicles from Tripoli toward Ghadames on Monday."
    assert [(r[0], r[2], r[3]) for r in _records(text)] == [(D, "Ghadames", "Tripoli")]


def test_moved_forces_toward_a_town_is_still_an_advance() -> None:
    text = "The LNA moved forces toward Ghadames on Monday."
    assert [r[0] for r in _records(text)] == [MovementKind.ADVANCE]


# ------------------------------------------------- an attack on one small post is a raid


def test_attack_on_a_checkpoint_near_a_town_is_no_advance() -> None:
    text = "In the south, armed men attacked a checkpoint near Ubari on Monday and kidnapped two soldiers."
    assert _records(text) == []


def test_attack_on_a_patrol_at_a_town_is_no_advance() -> None:
    text = "IS fighters attacked a patrol at Sirte on Monday."
    assert _records(text) == []


def test_attack_on_a_convoy_of_a_brigade_is_no_advance() -> None:
    text = "Gunmen attacked a convoy of the brigade near the Zawiya refinery on Saturday."
    assert _records(text) == []


def test_attack_on_a_town_still_advances_on_it() -> None:
    text = "The LNA attacked Sirte on Monday."
    assert _records(text) == [(MovementKind.ADVANCE, LNA, "Sirte", None)]


def test_attack_on_the_towns_checkpoints_is_not_a_raid_on_one_post() -> None:
    text = "The LNA attacked the checkpoints of Sirte on Monday."
    assert [r[0] for r in _records(text)] == [MovementKind.ADVANCE]
