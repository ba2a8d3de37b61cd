"""Round 72: who leaves, and whose people are taken out.

- "Embassy staff left for Tunisia": people who leave for a goal, the place left unnamed, withdraw
  (SCHEMA: leaving is a withdrawal), as "families left X for Y" already did; travellers
  ("migrants") and people a vehicle carries ("a flight carrying 30 Nigerians left for Lagos") still
  travel, and a named person leaving for a city is still a trip.
- "An LNA spokesman said fresh troops had reached X": a bare force noun with a part word
  ("fresh", "several", "more") in a clause a side's speaker reports is that side's, as the bare
  noun already was; "Turkish troops" name their own side.
- "Families returned from Tunisia": people returning from a named place travel (SCHEMA: a
  return is travel), where people leaving one withdraw.
- "Turkey moved its embassy staff overland to Tunisia": a state, government or body moving its own
  civilians (staff, nationals, workers) pulls them out, a withdrawal, not a deployment; "sent its
  soldiers" still deploys.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser

PARSER = Parser()
DAY = "2014-08-04"


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, DAY)


# ------------------------------------------------------------------ people leaving for a goal


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("Italian embassy staff left for Tunisia on Monday.", "Tunisia"),
        ("Italian embassy staff left in early August, leaving overland for Tunisia.", "Tunisia"),
        ("Dozens of foreign journalists left for Benghazi after dark.", "Benghazi"),
    ],
)
def test_people_leaving_for_a_goal_withdraw(text: str, dest: str) -> None:
    moves = _moves(text)
    assert any(k == "withdraw" and d == dest for k, _a, _o, d in moves), moves
    assert not any(k == "travel" for k, _a, _o, _d in moves), moves


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("A second flight carrying 30 Nigerians left for Lagos on Monday.", "Lagos"),
        ("About 200 migrants left for Niamey on Monday.", "Niamey"),
        ("Ali Zeidan left Tripoli for Malta on Sunday.", "Malta"),
    ],
)
def test_travellers_and_passengers_leaving_still_travel(text: str, dest: str) -> None:
    moves = _moves(text)
    assert any(k == "travel" and d == dest for k, _a, _o, d in moves), moves


# ------------------------------------------------------------------ a speaker's side's troops


@pytest.mark.parametrize(
    ("text", "kind", "dest"),
    [
        ("An LNA spokesman said that fresh troops had reached Sirte on Monday.", "advance", "Sirte"),
        ("An LNA spokesman said that several units had been sent to Sabha.", "deploy", "Sabha"),
        ("A Rada commander said more fighters had been deployed to Mitiga on Sunday.", "deploy", "Mitiga"),
    ],
)
def test_part_of_a_speakers_side_is_that_side(text: str, kind: str, dest: str) -> None:
    moves = _moves(text)
    assert any(k == kind and d is not None and d.startswith(dest) for k, _a, _o, d in moves), moves
    side = "Special Deterrence Force" if "Rada" in text else "Libyan National Army"
    assert any(a == side for _k, a, _o, _d in moves), moves


def test_troops_named_by_their_own_side_stay_theirs() -> None:
    moves = _moves("An LNA spokesman said that Turkish troops had reached Sirte on Monday.")
    assert moves, moves
    assert not any(a == "Libyan National Army" for _k, a, _o, _d in moves), moves


# ------------------------------------------------------------------ a state's own civilians taken out


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("Turkey had moved its embassy staff overland to Tunisia by Sunday.", "Turkey", "Tunisia"),
        ("Turkey had already moved most of its embassy staff overland to Tunisia.", "Turkey", "Tunisia"),
        ("The Philippines flew its workers from Benghazi to Manila on Friday.", "Philippines", "Manila"),
        ("Egypt drove its workers to Salloum on Friday.", "Egypt", "Salloum"),
    ],
)
def test_a_state_moving_its_own_civilians_withdraws_them(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert any(
        k == "withdraw" and a == actor and d is not None and d.startswith(dest) for k, a, _o, d in moves
    ), moves
    assert not any(k == "deploy" for k, _a, _o, _d in moves), moves


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sent its soldiers to Tripoli in January.",
        "The army moved its troops to Sirte on Friday.",
    ],
)
def test_a_state_moving_its_forces_still_deploys(text: str) -> None:
    moves = _moves(text)
    assert any(k == "deploy" for k, _a, _o, _d in moves), moves
    assert not any(k == "withdraw" for k, _a, _o, _d in moves), moves


# ------------------------------------------------------------------ people returning from a place


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("The first families returned from Tunisia on Saturday.", "Tunisia"),
        ("Egyptian workers returned from Libya on Sunday.", "Libya"),
        ("Several hundred residents returned from Zliten overnight.", "Zliten"),
    ],
)
def test_people_returning_from_a_place_travel(text: str, origin: str) -> None:
    moves = _moves(text)
    assert any(k == "travel" and o == origin for k, _a, o, _d in moves), moves
    assert not any(k == "withdraw" for k, _a, _o, _d in moves), moves


def test_people_leaving_a_place_still_withdraw() -> None:
    moves = _moves("Several hundred residents fled Zliten overnight.")
    assert any(k == "withdraw" for k, _a, _o, _d in moves), moves


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("Several ministers left for Rome on Sunday for talks.", "Rome"),
        ("A delegation of elders left for Zintan on Monday to broker a truce.", "Zintan"),
    ],
)
def test_people_on_an_errand_leaving_still_travel(text: str, dest: str) -> None:
    moves = _moves(text)
    assert any(k == "travel" and d == dest for k, _a, _o, d in moves), moves
    assert not any(k == "withdraw" for k, _a, _o, _d in moves), moves
