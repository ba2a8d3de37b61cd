"""Movement classes of round 23: a mover named "from X" set out from X even where no place
it reached is named in its own clause; a carrying or going move told "from where" a retreat
ended is the next leg of that retreat.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2019-05-10"


# ------------------------------------------------ "a battalion from X was sent" (no place named)


def test_a_mover_from_a_town_set_out_from_it_with_no_destination_named() -> None:
    text = "TRIPOLI - Shelling went on all week in Ain Zara. A battalion from Zintan was sent to the area on 5 May."
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.DEPLOY, "Zintan") in {(k, o) for k, _a, _d, o in records}


def test_a_labelled_line_gives_the_destination_and_the_mover_the_origin() -> None:
    text = (
        "Front lines, week of 6 May\n"
        "- Ain Zara: Shelling went on all week. A battalion from Zintan was sent to the area on 5 May."
    )
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.DEPLOY, "Ain Zara", "Zintan") in {(k, d, o) for k, _a, d, o in records}


def test_a_withdrawal_by_a_mover_from_a_town_does_not_start_there() -> None:
    # fighters from Zintan who pull back leave the front, not their home town
    text = "TRIPOLI - Fighters from Zintan pulled back on Monday after heavy shelling."
    records = movement_records(PARSER, text, PUBLISHED)
    assert records
    assert all(o != "Zintan" for _k, _a, _d, o in records)


# ------------------------------------------------ "withdrew to Y, from where they were airlifted to Z"


def test_an_airlift_from_where_a_retreat_ended_is_its_next_leg() -> None:
    text = "TRIPOLI - Wagner fighters withdrew from the front to Bani Walid, from where they were then airlifted to Jufra."
    legs = {(k, d, o) for k, _a, d, o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.WITHDRAW, "Jufra", "Bani Walid") in legs
    assert all(k is not MovementKind.DEPLOY for k, _d, _o in legs)


def test_a_flight_from_where_a_retreat_ended_keeps_the_retreating_group() -> None:
    text = (
        "SIRTE - The Kaniyat militia retreated to Bani Walid, from where its fighters were flown to Benghazi."
    )
    legs = {(k, d, o) for k, _a, d, o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.WITHDRAW, "Benghazi", "Bani Walid") in legs


def test_a_push_from_where_an_advance_ended_stays_an_advance() -> None:
    text = "TRIPOLI - GNA forces advanced to Tarhuna, from where they pushed on to Bani Walid."
    legs = {(k, d, o) for k, _a, d, o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.ADVANCE, "Bani Walid", "Tarhuna") in legs
    assert all(k is not MovementKind.WITHDRAW for k, _d, _o in legs)


def test_a_move_sent_on_from_where_an_advance_ended_starts_there() -> None:
    text = "TRIPOLI - GNA forces advanced to Tarhuna, from where they were sent to Bani Walid."
    legs = {(k, d, o) for k, _a, d, o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.DEPLOY, "Bani Walid", "Tarhuna") in legs


def test_a_retreat_in_an_earlier_sentence_makes_no_leg() -> None:
    text = (
        "TRIPOLI - Wagner fighters withdrew to Bani Walid in May. "
        "In June the LNA advanced to Sirte, from where its reinforcements were flown to Jufra."
    )
    legs = {(k, d) for k, _a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.WITHDRAW, "Jufra") not in legs


# ------------------------------------------------ "several units pulled back": part of a side


def test_several_units_after_a_sides_move_are_that_side() -> None:
    text = "TRIPOLI - GNA forces pushed toward Tarhuna on Monday. Several units pulled back to Gharyan after nightfall."
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.WITHDRAW, "Government of National Accord forces", "Gharyan") in {
        (k, a, d) for k, a, d, _o in records
    }


def test_other_units_named_by_a_side_word_are_the_side_that_moved_last() -> None:
    text = (
        "MISRATA - Rebel fighters took the port on Monday. "
        "Other rebel units reached the outskirts of Dafniya on Tuesday."
    )
    records = movement_records(PARSER, text, PUBLISHED)
    assert ("Dafniya", "Libyan rebels") in {(d, a) for _k, a, d, _o in records}


def test_several_units_with_no_side_moving_before_are_no_actor() -> None:
    text = "TRIPOLI - The parliament met in Tobruk on Monday. Several units pulled back to Gharyan after nightfall."
    records = movement_records(PARSER, text, PUBLISHED)
    assert all(d != "Gharyan" for _k, _a, d, _o in records)


def test_several_units_after_a_persons_journey_are_not_that_person() -> None:
    # the last move is a minister's trip: no armed side to be part of
    text = "TRIPOLI - Abdul Hamid Dbeibah flew to Tunis on Monday. Several units pulled back to Gharyan after nightfall."
    records = movement_records(PARSER, text, PUBLISHED)
    assert all(d != "Gharyan" for _k, _a, d, _o in records)


# ------------------------------------------------ "advanced from X and got as far as Y": one move


def test_a_set_out_and_the_place_reached_are_one_move_from_the_start() -> None:
    text = "SIRTE - GNA forces advanced from Misrata along the coast road and got as far as Abu Grein and then Wishka."
    records = movement_records(PARSER, text, PUBLISHED)
    legs = {(k, d, o) for k, _a, d, o in records}
    assert (MovementKind.ADVANCE, "Abu Grein", "Misrata") in legs
    assert (MovementKind.ADVANCE, "Wishka", "Misrata") in legs
    assert (MovementKind.ADVANCE, None, "Misrata") not in legs


def test_a_set_out_then_reaching_keeps_one_record() -> None:
    text = "SIRTE - GNA forces advanced from Misrata on Monday and reached Abu Grein by nightfall."
    records = movement_records(PARSER, text, PUBLISHED)
    assert [(k, d, o) for k, _a, d, o in records] == [(MovementKind.ADVANCE, "Abu Grein", "Misrata")]


def test_a_capture_after_setting_out_keeps_both_moves() -> None:
    text = "SIRTE - GNA forces advanced from Misrata on Monday and captured Abu Grein."
    kinds = {(k, d, o) for k, _a, d, o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.ADVANCE, None, "Misrata") in kinds
    assert (MovementKind.CAPTURE, "Abu Grein", None) in kinds


def test_a_move_between_the_set_out_and_the_push_keeps_them_apart() -> None:
    text = (
        "TRIPOLI - GNA units advanced from Ain Zara, seized the airport on Wednesday "
        "and then pushed on towards Qasr bin Ghashir."
    )
    legs = {(k, d, o) for k, _a, d, o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.ADVANCE, None, "Ain Zara") in legs
    assert (MovementKind.ADVANCE, "Qasr bin Ghashir", "Ain Zara") not in legs


def test_another_sides_push_does_not_end_the_set_out() -> None:
    text = "SIRTE - GNA forces advanced from Misrata on Monday, and LNA forces pushed towards Abu Grein."
    legs = {(k, a, d, o) for k, a, d, o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.ADVANCE, "Libyan National Army", "Abu Grein", None) in legs


# ------------------------------------------------ "the column reached X": the side told moving


def test_the_column_is_the_side_whose_move_was_told_last() -> None:
    text = (
        "NDJAMENA - FACT rebels crossed the border from Libya on Sunday and attacked a post at Zouarke. "
        "Moving fast along the desert tracks, the column had then reached the province of Kanem by Friday."
    )
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.ADVANCE, "Front for Change and Concord in Chad", "Kanem") in {
        (k, a, d) for k, a, d, _o in records
    }


def test_a_column_with_no_armed_side_moving_before_is_no_actor() -> None:
    text = "TOBRUK - The parliament met in Tobruk on Monday. The column reached Kanem by Friday."
    records = movement_records(PARSER, text, PUBLISHED)
    assert all(d != "Kanem" for _k, _a, d, _o in records)
