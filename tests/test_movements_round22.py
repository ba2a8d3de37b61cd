"""Movement classes of round 22: a group that left a place and went on its way withdrew, to
every place it headed for.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2020-06-10"


# ------------------------------------------------ "left X and headed toward Y and Z"


def test_a_group_that_left_and_headed_on_withdrew_to_each_place() -> None:
    records = movement_records(
        PARSER, "The militia's trucks left Tarhuna at dawn and headed toward Bani Walid and Sirte.", PUBLISHED
    )
    legs = {(kind, dest, origin) for kind, _actor, dest, origin in records}
    assert (MovementKind.WITHDRAW, "Bani Walid", "Tarhuna") in legs
    assert (MovementKind.WITHDRAW, "Sirte", "Tarhuna") in legs
    assert all(kind is not MovementKind.ADVANCE for kind, *_ in records)


def test_a_person_who_left_and_went_on_travelled() -> None:
    records = movement_records(PARSER, "The minister left Tripoli on Sunday and went to Tunis.", PUBLISHED)
    assert (MovementKind.TRAVEL, "Tunis", "Tripoli") in {(k, d, o) for k, _a, d, o in records}


def test_a_group_that_left_and_advanced_still_advanced() -> None:
    # an attack verb after the departure keeps its own kind
    records = movement_records(PARSER, "LNA units left Ajdabiya and advanced on Brega.", PUBLISHED)
    kinds = {(k, d) for k, _a, d, _o in records}
    assert (MovementKind.ADVANCE, "Brega") in kinds
    assert (MovementKind.WITHDRAW, "Brega") not in kinds


# ------------------------------------------------ "then pushed south": a heading, no place


def test_an_advance_with_a_compass_heading_is_a_move_with_no_place() -> None:
    records = movement_records(
        PARSER, "GNA forces retook Gharyan on Monday and then pushed south.", PUBLISHED
    )
    assert (MovementKind.ADVANCE, None) in {(k, d) for k, _a, d, _o in records}


def test_pushing_others_in_a_direction_is_no_advance_of_ones_own() -> None:
    records = movement_records(PARSER, "GNA forces pushed the attackers south.", PUBLISHED)
    assert (MovementKind.ADVANCE, None) not in {(k, d) for k, _a, d, _o in records}


def test_an_advance_verb_with_no_heading_and_no_place_is_no_move() -> None:
    records = movement_records(PARSER, "GNA forces pushed hard on Tuesday.", PUBLISHED)
    assert all(k is not MovementKind.ADVANCE for k, *_ in records)


# ------------------------------------------------ "passing through X"


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        ("LNA reinforcements passed through Aziziya on Monday.", MovementKind.DEPLOY, "Aziziya"),
        ("The minister passed through Tunis on his way home.", MovementKind.TRAVEL, "Tunis"),
    ],
)
def test_passing_through_a_place_reaches_it(text: str, kind: MovementKind, place: str) -> None:
    records = movement_records(PARSER, text, PUBLISHED)
    assert any(k is kind and dest is not None and place[:6] in dest for k, _a, dest, _o in records)


def test_passing_through_what_is_no_place_is_no_move() -> None:
    assert movement_records(PARSER, "The law passed through parliament on Monday.", PUBLISHED) == []
