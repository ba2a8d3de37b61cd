"""Movements found missing in blind round 49b: one part of a group ("another unit", "one
group", "a second column") told as the passive subject of a verb that carries forces
("was sent east toward X", "was flown back to Y") is a part of the side told moving just
before, as the active "one column pushed on toward X" already was.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import MovementKind, Parser

C, D, W = MovementKind.CAPTURE, MovementKind.DEPLOY, MovementKind.WITHDRAW

PARSER = Parser()


# ------------------------------------------- a part of a group as a passive subject


def test_another_unit_sent_with_a_compass_word_is_the_side_told_before() -> None:
    text = "Rebel fighters entered Gharyan on Monday. Another unit was sent east toward Tarhuna on Tuesday."
    assert (D, "Libyan rebels", "Tarhuna", None) in movement_records(PARSER, text)


def test_a_second_column_dispatched_is_the_side_told_before() -> None:
    text = "Misratan brigades pushed into Zliten at dawn. A second column was dispatched to Khoms the same evening."
    records = movement_records(PARSER, text)
    assert [r for r in records if r[2] == "Al Khums"] == [(D, "Misrata forces", "Al Khums", None)]


def test_one_group_flown_home_is_part_of_the_fighters_told_before() -> None:
    text = "Syrian fighters were deployed to Tripoli in January. In March one group was flown back to Turkey."
    records = movement_records(PARSER, text)
    assert [r for r in records if r[2] == "Turkey"] == [(W, "Syrian fighters", "Turkey", None)]


def test_a_part_noun_with_an_owner_is_not_a_bare_part() -> None:
    # "one unit of the Nawasi Brigade" names its own side: the rule leaves it to that name
    text = (
        "Rebel fighters entered Gharyan on Monday. "
        "One unit of the Nawasi Brigade was sent toward Tarhuna on Tuesday."
    )
    actors = {r[1] for r in movement_records(PARSER, text) if r[2] == "Tarhuna"}
    assert "Libyan rebels" not in actors


def test_a_captured_town_is_no_part_of_a_group() -> None:
    # a passive verb of taking a place is not one of carrying forces: no part of a side moved
    text = "Rebel fighters entered Gharyan on Monday. One unit was captured near Tarhuna on Tuesday."
    assert [r for r in movement_records(PARSER, text) if r[2] == "Tarhuna"] == []


# ------------------------------------------- an agentless capture in a run of captures


def test_a_place_taken_after_a_run_of_captures_is_the_same_sides() -> None:
    text = "LNA forces seized Brega on Monday. Zueitina was taken the following day."
    assert (C, "Libyan National Army", "Zueitina", None) in movement_records(PARSER, text)


def test_a_place_seized_after_two_captures_is_the_same_sides() -> None:
    text = "Rebel fighters captured Zawiya and Surman on Friday. Sabratha was seized on Saturday."
    assert (C, "Libyan rebels", "Sabratha", None) in movement_records(PARSER, text)


def test_a_retaking_with_no_agent_is_no_ones() -> None:
    # a place taken back may be the other side's: no taker is guessed
    text = "LNA forces seized Brega on Monday. Ajdabiya was recaptured the following day."
    assert [r for r in movement_records(PARSER, text) if r[2] == "Ajdabiya"] == []


def test_an_agentless_capture_after_another_kind_of_move_is_no_ones() -> None:
    text = "LNA forces seized Brega on Monday. Haftar flew to Cairo. Zueitina was taken the following day."
    assert [r for r in movement_records(PARSER, text) if r[2] == "Zueitina"] == []
