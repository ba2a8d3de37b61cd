"""Movement classes of round 24: a vehicle a nationality word owns ("a Turkish frigate") is
moved by that country where the article names it as an actor; the far end of a road that
only locates a place reached is not reached too.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2020-02-10"


# ------------------------------------------------ "a Turkish frigate sailed to X": its country deploys


def test_a_ship_a_nationality_owns_is_deployed_by_its_country() -> None:
    text = "ANKARA - Turkey pledged support to the government. A Turkish frigate sailed to Misrata on Monday."
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.DEPLOY, "Turkey", "Misrata") in {(k, a, d) for k, a, d, _o in records}
    assert all(k is not MovementKind.ADVANCE for k, _a, _d, _o in records)


def test_flights_a_nationality_owns_carry_their_countrys_cargo() -> None:
    text = (
        "MOSCOW - Russia denied any role in the war. "
        "Russian cargo flights have carried equipment from al-Khadim to Mali, the panel said."
    )
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.DEPLOY, "Russia", "Mali") in {(k, a, d) for k, a, d, _o in records}


def test_a_nationality_with_no_country_actor_in_the_article_adds_no_mover() -> None:
    # the adjective alone adds no actor (SCHEMA): with no Turkey named, no one moves
    text = "MISRATA - A Turkish frigate sailed to Misrata on Monday, port workers said."
    records = movement_records(PARSER, text, PUBLISHED)
    assert all(a != "Turkey" for _k, a, _d, _o in records)


def test_a_libyan_vehicle_names_no_side() -> None:
    text = "TRIPOLI - Libya asked for help. A Libyan ship sailed to Malta on Monday."
    records = movement_records(PARSER, text, PUBLISHED)
    assert all(a != "Libya" for _k, a, _d, _o in records)


# ------------------------------------------------ "reached X, on the road to Y": Y is not reached


def test_a_road_that_locates_the_place_reached_names_no_second_destination() -> None:
    text = "MISRATA - Rebel units reached Dafniya, on the coast road to Zliten, on Tuesday."
    records = movement_records(PARSER, text, PUBLISHED)
    dests = {d for _k, _a, d, _o in records}
    assert "Dafniya" in dests
    assert "Zliten" not in dests


def test_a_road_a_move_follows_still_names_where_it_goes() -> None:
    text = "MISRATA - Rebel units seized Dafniya and pushed along the coast road to Zliten on Tuesday."
    records = movement_records(PARSER, text, PUBLISHED)
    legs = {(k, d) for k, _a, d, _o in records}
    assert (MovementKind.CAPTURE, "Dafniya") in legs
    assert (MovementKind.ADVANCE, "Zliten") in legs


# ------------------------------------------------ "according to X officials, ... flew them home"


def test_them_after_an_according_to_source_means_the_movers_not_the_source() -> None:
    text = (
        "CAIRO - Thousands of Egyptian workers fled the fighting in Libya. By Friday more than 3,000 had "
        "reached Ras Ajdir, according to Tunisian officials, and chartered planes flew them home to Cairo."
    )
    records = movement_records(PARSER, text, PUBLISHED)
    assert all(a != "Tunisian officials" for _k, a, _d, _o in records)


def test_others_after_an_according_to_source_are_not_the_source() -> None:
    text = (
        "CAIRO - Hundreds of Egyptian workers left Tripoli by bus, according to the Tunisian officials. "
        "Others drove east to Salloum."
    )
    records = movement_records(PARSER, text, PUBLISHED)
    assert all(a != "Tunisian officials" for _k, a, _d, _o in records)


def test_officials_who_act_still_stand_for_a_later_them() -> None:
    text = (
        "TUNIS - Tunisian officials arrived at Ras Ajdir on Monday to inspect the crossing. "
        "A plane later flew them back to Tunis."
    )
    records = movement_records(PARSER, text, PUBLISHED)
    assert any(a == "Tunisian officials" and d == "Tunis" for _k, a, d, _o in records)


# ------------------------------------------------ "Have foreign fighters reached Tripoli?": asked, not told


def test_a_yes_no_question_tells_no_move() -> None:
    text = "TRIPOLI - Have the Wagner fighters already reached Sirte? Officials would not say on Monday."
    assert movement_records(PARSER, text, PUBLISHED) == []


def test_a_conjunct_of_a_yes_no_question_tells_no_move() -> None:
    text = "TRIPOLI - Did the Libyan National Army withdraw from Sirte and regroup in Jufra? Officials would not say."
    assert movement_records(PARSER, text, PUBLISHED) == []


def test_a_wh_question_takes_the_move_as_made() -> None:
    text = "TRIPOLI - Why did the Libyan National Army withdraw from Sirte? Its commanders have not said."
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.WITHDRAW, "Sirte") in {(k, o) for k, _a, _d, o in records}


def test_the_answer_to_a_question_tells_the_move() -> None:
    text = "Q: Have the Wagner fighters already reached Sirte?\nA: They reached Sirte on Sunday."
    records = movement_records(PARSER, text, PUBLISHED)
    assert any(d == "Sirte" for _k, _a, d, _o in records)


# ------------------------------------------------ "Sudanese refugees crossed into Libya": they flee


def test_refugees_crossing_a_border_withdraw() -> None:
    text = "KUFRA - Thousands of Sudanese refugees have crossed into Libya since April, aid workers say."
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.WITHDRAW, "Sudanese refugees", "Libya") in {(k, a, d) for k, a, d, _o in records}


def test_refugees_crossing_back_home_travel() -> None:
    text = "KUFRA - Hundreds of Sudanese refugees crossed back into Sudan on Monday, aid workers say."
    records = movement_records(PARSER, text, PUBLISHED)
    assert records
    assert all(k is not MovementKind.WITHDRAW for k, _a, _d, _o in records)


def test_rescuers_crossing_a_border_do_not_flee() -> None:
    text = "SALLOUM - Egyptian rescue teams crossed into Libya on Monday with tents and food."
    records = movement_records(PARSER, text, PUBLISHED)
    assert all(k is not MovementKind.WITHDRAW for k, _a, _d, _o in records)


# ------------------------------------------------ "toward X, where the militia had fled": it fled to X


def test_a_relative_where_names_where_a_flight_went() -> None:
    text = "TRIPOLI - GNA forces advanced toward Tarhuna, where the Kaniyat had fled after the battle."
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.WITHDRAW, "Kaniyat", "Tarhuna") in {(k, a, d) for k, a, d, _o in records}


def test_a_relative_where_of_a_pull_out_names_the_place_left() -> None:
    text = "TRIPOLI - GNA forces entered Tarhuna, where the Kaniyat had pulled out on Monday."
    records = movement_records(PARSER, text, PUBLISHED)
    assert all(not (a == "Kaniyat" and d == "Tarhuna") for _k, a, d, _o in records)


# ------------------------------------------------ "from X to Y and to Z": both legs


def test_a_chain_from_x_to_y_and_to_z_names_both_destinations() -> None:
    text = "TRIPOLI - Officials said Russian personnel had moved some equipment on from al-Khadim to Sirte and to Brak."
    legs = {(d, o) for _k, _a, d, o in movement_records(PARSER, text, PUBLISHED)}
    assert {("Sirte", "al-Khadim air base"), ("Brak", "al-Khadim air base")} <= legs


def test_a_single_chain_names_one_destination() -> None:
    text = "TRIPOLI - Officials said Russian personnel had moved some equipment from al-Khadim to Sirte."
    dests = {d for _k, _a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert dests == {"Sirte"}


# ------------------------------------------------ "to help repel Haftar's assault": the assault is what is resisted


@pytest.mark.parametrize("verb", ["repel", "fend off", "thwart"])
def test_an_assault_a_side_resists_is_no_new_movement(verb: str) -> None:
    text = f"TRIPOLI - Syrian fighters were flown into Tripoli last winter to help {verb} Haftar's assault on the capital."
    records = movement_records(PARSER, text, PUBLISHED)
    assert all(k is not MovementKind.ADVANCE for k, _a, _d, _o in records)


def test_an_assault_told_as_the_subject_is_still_a_movement() -> None:
    text = "TRIPOLI - The Libyan National Army's assault on Tripoli began in April."
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.ADVANCE, "Libyan National Army", "Tripoli") in {(k, a, d) for k, a, d, _o in records}


# ------------------------------------------------ "crossed the border": a crossing with no place named


def test_a_group_crossing_the_border_advances() -> None:
    text = "N'DJAMENA - Several hundred FACT fighters crossed the border in fifty vehicles on Sunday."
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.ADVANCE, "Front for Change and Concord in Chad") in {
        (k, a) for k, a, _d, _o in records
    }


def test_families_crossing_the_desert_flee() -> None:
    text = "KUFRA - Hundreds of Sudanese families crossed the desert on foot this spring, aid workers say."
    records = movement_records(PARSER, text, PUBLISHED)
    assert records
    assert all(k is MovementKind.WITHDRAW for k, _a, _d, _o in records)


def test_crossing_a_road_is_no_movement() -> None:
    text = "N'DJAMENA - Several hundred FACT fighters crossed the road on Sunday."
    assert movement_records(PARSER, text, PUBLISHED) == []


# ------------------------------------------------ "demonstrators marched to X": a crowd moves on a place


def test_demonstrators_marching_on_a_place_advance() -> None:
    text = "TRIPOLI - Thousands of demonstrators marched from Martyrs' Square to Gharghour on Friday."
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.ADVANCE, "Gharghour") in {(k, d) for k, _a, d, _o in records}


def test_protesters_occupying_a_field_capture_it() -> None:
    text = "UBARI - Local protesters occupied the El Sharara oil field in December."
    records = movement_records(PARSER, text, PUBLISHED)
    assert any(k is MovementKind.CAPTURE for k, _a, _d, _o in records)


def test_families_marching_still_travel() -> None:
    text = "TRIPOLI - Families marched to Martyrs' Square on Friday."
    records = movement_records(PARSER, text, PUBLISHED)
    assert records
    assert all(k is MovementKind.TRAVEL for k, _a, _d, _o in records)
