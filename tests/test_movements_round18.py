"""Movement classes of round 18: joined prepositions of destination ("to X and to Y"), a phrasal
verb with a direct object before its particle ("moved equipment on to X").

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()


def _records(text: str) -> list[tuple[MovementKind, str | None, str | None, str | None]]:
    return movement_records(PARSER, text, "2023-03-14")


# ------------------------------------------------------------ "to X and to Y"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The Tariq bin Ziyad Brigade withdrew from Gharyan to Tarhuna and to Bani Walid.",
            MovementKind.WITHDRAW,
        ),
        (
            "Russian contractors moved some equipment on from Benghazi to Sabha and to Tarhuna.",
            MovementKind.DEPLOY,
        ),
        (
            "The Libyan National Army sent armoured units to Tarhuna and to Bani Walid on Monday.",
            MovementKind.DEPLOY,
        ),
    ],
)
def test_each_joined_preposition_of_destination_is_a_leg(text: str, kind: MovementKind) -> None:
    found = _records(text)
    dests = {dest for k, _, dest, _ in found if k is kind}
    assert {"Tarhuna"} <= dests, found
    assert {"Bani Walid", "Sabha"} & dests, found


def test_a_chain_from_one_place_keeps_its_origin_on_every_leg() -> None:
    found = _records("Russian contractors had moved their radars from Benghazi to Sabha and to Tarhuna.")
    legs = {(dest, origin) for kind, _, dest, origin in found if kind is MovementKind.DEPLOY}
    assert legs == {("Sabha", "Benghazi"), ("Tarhuna", "Benghazi")}, found


def test_a_preposition_joined_to_a_time_adds_no_place() -> None:
    found = _records("The Libyan National Army sent troops to Sirte in May and again in June.")
    assert [dest for _, _, dest, _ in found] == ["Sirte"], found


def test_onward_legs_still_start_where_the_first_ended() -> None:
    found = _records("The Kaniyat militia fled toward Bani Walid and on to Sabha.")
    assert (MovementKind.WITHDRAW, "Kaniyat", "Sabha", "Bani Walid") in found, found


# ------------------------------------------------------------ "moved equipment on to X"


def test_an_object_before_the_particle_is_what_was_moved() -> None:
    found = _records("Russian contractors moved their air-defence systems on to Sabha in March.")
    assert [k for k, _, dest, _ in found if dest == "Sabha"] == [MovementKind.DEPLOY], found


def test_the_phrasal_verb_without_an_object_still_advances() -> None:
    found = _records("The Libyan National Army moved on to Sirte after taking Nofaliya.")
    assert (MovementKind.ADVANCE, "Libyan National Army", "Sirte", None) in found, found
