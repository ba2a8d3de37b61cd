"""Movement classes of round 21: a second place phrase after an aside ("heading for X, a town
south of Y, or for Z").

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2020-06-10"


def _dests(text: str) -> list[tuple[MovementKind, str | None]]:
    return [(kind, dest) for kind, _actor, dest, _origin in movement_records(PARSER, text, PUBLISHED)]


# ------------------------------------------------ "for X, a town south of Y, or for Z"


@pytest.mark.parametrize(
    ("text", "kind", "places"),
    [
        (
            "Loyalist units were heading for Tarhuna, a hill town 80 km south-east of Tripoli, or for Bani Walid.",
            MovementKind.ADVANCE,
            {"Tarhuna", "Bani Walid"},
        ),
        (
            "The LNA retreated to Tarhuna, a town south-east of the capital, and to Bani Walid.",
            MovementKind.WITHDRAW,
            {"Tarhuna", "Bani Walid"},
        ),
    ],
)
def test_repeated_preposition_after_an_aside_names_a_second_place(
    text: str, kind: MovementKind, places: set[str]
) -> None:
    found = {dest for k, dest in _dests(text) if k is kind}
    assert places <= found


def test_a_different_preposition_after_an_aside_is_no_second_destination() -> None:
    # "from" after "to": an origin, never a second place reached
    found = _dests("The LNA retreated to Tarhuna, a town south-east of the capital, from Gharyan.")
    assert (MovementKind.WITHDRAW, "Gharyan") not in found
    assert (MovementKind.WITHDRAW, "Tarhuna") in found


# ------------------------------------------------ "then": a further move, no retelling


def test_a_move_told_as_the_next_step_is_no_retelling_of_the_last() -> None:
    records = movement_records(
        PARSER, "The LNA advanced on Sirte on Monday. Its units then advanced from Nofaliya.", PUBLISHED
    )
    found = {(kind, dest, origin) for kind, _actor, dest, origin in records}
    assert (MovementKind.ADVANCE, "Sirte", None) in found
    assert (MovementKind.ADVANCE, None, "Nofaliya") in found


def test_a_move_with_no_sequence_word_may_still_retell_the_last() -> None:
    # no "then": the later clause says where the advance on Sirte came from (one event)
    records = movement_records(
        PARSER, "The LNA advanced on Sirte on Monday. Its units advanced from Nofaliya.", PUBLISHED
    )
    assert [(kind, dest) for kind, _actor, dest, _origin in records] == [(MovementKind.ADVANCE, "Sirte")]
