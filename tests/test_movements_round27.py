"""Movement classes of round 27: a verb's place phrase that the parser hangs on a time of day
or a weekday ("launched an offensive at dawn on X"), and a return home told with "back".

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2020-02-10"


# ------------------------------------------------ "at dawn on X": a place hung on a time of day


def test_an_offensive_launched_at_dawn_on_a_town_goes_to_that_town() -> None:
    text = "SIRTE - The Libyan National Army launched a surprise offensive at dawn on Sirte, residents said."
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.ADVANCE, "Libyan National Army", "Sirte") in records


def test_a_withdrawal_at_night_from_a_town_leaves_that_town() -> None:
    text = "TRIPOLI - Fighters of the Libyan National Army withdrew at night from Gharyan, a commander said."
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.WITHDRAW, "Libyan National Army", "Gharyan") in {
        (k, a, o) for k, a, _d, o in records
    }


def test_a_time_of_day_of_a_named_place_lends_no_place_to_an_unplaced_verb() -> None:
    text = "TRIPOLI - The talks ended at dawn on Monday, officials said."
    assert movement_records(PARSER, text, PUBLISHED) == []


def test_a_fight_into_the_night_near_a_town_moves_no_one() -> None:
    text = "SIRTE - Bunyan Marsous fighters fought into the night near Sirte on Thursday."
    assert movement_records(PARSER, text, PUBLISHED) == []


# -------------------------------------------- "drove back to their town": a return home is travel


def test_fighters_driving_back_to_their_town_return_home() -> None:
    text = "SIRTE - After the battle the Misrata fighters drove back to their city with their wounded."
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert MovementKind.TRAVEL in {k for k, a, _d in records if a == "Misrata forces"}
    assert all(k is not MovementKind.WITHDRAW for k, _a, _d in records)


def test_a_group_heading_back_to_its_base_returns_home() -> None:
    text = (
        "ZAWIYA - The Nasr Brigade convoy headed back to Zawiya on Tuesday after the talks, a resident said."
    )
    records = {(k, d) for k, _a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.TRAVEL, "Zawiya") in records
    assert (MovementKind.WITHDRAW, "Zawiya") not in records


def test_a_side_pulled_back_or_driven_back_by_others_still_withdraws() -> None:
    text = "AJDABIYA - Gaddafi forces pulled back to Brega on Sunday after the air strikes."
    records = {(k, d) for k, _a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.WITHDRAW, "Brega") in records


# ------------------------------ "forced the attackers back towards X": the side driven back withdraws


def test_a_side_forced_back_towards_a_place_withdraws_there() -> None:
    text = (
        "TRIPOLI - The Seventh Brigade attacked Salah al-Din on Saturday. The Nawasi Brigade hit back on "
        "Sunday. Its men retook two streets in Salah al-Din and forced the attackers back towards "
        "Khallet al-Furjan."
    )
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.WITHDRAW, "Kaniyat", "Khallet al-Furjan") in {(k, a, d) for k, a, d, _o in records}
    assert (MovementKind.CAPTURE, "Nawasi brigade", "Salah al-Din") in {(k, a, d) for k, a, d, _o in records}


def test_a_named_side_pushed_back_towards_a_place_withdraws_there() -> None:
    text = "TRIPOLI - The Nawasi Brigade pushed the Seventh Brigade back towards Qasr bin Ghashir on Monday."
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.WITHDRAW, "Kaniyat", "Qasr bin Ghashir") in records
    assert all(k is not MovementKind.CAPTURE for k, _a, _d in records)


def test_a_side_driven_back_from_a_place_still_loses_it_to_the_driver() -> None:
    text = "TRIPOLI - The Nawasi Brigade drove the Seventh Brigade back from Abu Salim on Monday."
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.CAPTURE, "Nawasi brigade", "Abu Salim") in records


def test_a_side_driven_back_to_a_town_with_no_agent_withdraws_to_it() -> None:
    text = "SIRTE - Gaddafi loyalists were driven back to Sirte on Monday."
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert records == {(MovementKind.WITHDRAW, "Gaddafi loyalists", "Sirte")}


# ------------------------------ "sent a force to separate them": a mission with no place named


def test_a_force_sent_for_a_purpose_is_deployed_with_no_place_named() -> None:
    text = "TRIPOLI - The Interior Ministry said it had sent a force to separate the two groups on Monday."
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.DEPLOY, "Interior Ministry", None) in records


def test_troops_sent_to_the_frontier_are_deployed_with_no_place_named() -> None:
    text = "TUNIS - Tunisia's defence ministry said it had sent extra troops to the frontier on Friday."
    records = {(k, d) for k, _a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.DEPLOY, None) in records


def test_things_sent_for_a_purpose_move_no_force() -> None:
    text = "TRIPOLI - The ministry sent a letter to the frontier and aid to help the families."
    assert movement_records(PARSER, text, PUBLISHED) == []


def test_forces_sent_into_an_unnamed_town_are_no_placeless_deployment() -> None:
    text = (
        "TRIPOLI - The government sent armoured units into a town in the west on Saturday to restore order."
    )
    assert all(d is not None for _k, _a, d, _o in movement_records(PARSER, text, PUBLISHED))
