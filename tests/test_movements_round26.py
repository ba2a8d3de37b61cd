"""Movement classes of round 26: a headline's or a timeline's present-tense verb the parser
read as a noun inside one long name ("the X Brigades storm Y air base") is the clause's verb.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2020-02-10"


# ------------------------------------------- "the X Brigades storm Y": a present verb read as a noun


def test_a_timeline_present_verb_read_as_a_noun_is_a_capture_by_both_sides_named() -> None:
    text = (
        "TRIPOLI - 18 May: Misrata fighters and the Benghazi Defence Brigades storm Tamanhint air base "
        "while the garrison is away."
    )
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.CAPTURE, "Benghazi Defence Brigades", "Tamanhint air base") in records
    assert (MovementKind.CAPTURE, "Misrata forces", "Tamanhint air base") in records


def test_a_present_verb_after_the_fighters_of_a_council_is_their_capture() -> None:
    text = (
        "MISRATA - Timeline of the day. 10:00 - Behind them, the fighters of the Misrata Military Council "
        "overrun Zliten, the last town still held by the loyalists."
    )
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.CAPTURE, "Misrata Military Council", "Zliten") in records


def test_a_verb_form_before_a_noun_that_is_no_place_moves_no_one() -> None:
    text = "MISRATA - The fighters of the Misrata Military Council overrun plans were discussed in Zliten."
    assert movement_records(PARSER, text, PUBLISHED) == []


def test_a_storm_that_is_weather_takes_no_place() -> None:
    text = "BENGHAZI - Benghazi residents counted storm damage in Tobruk on Monday, officials said."
    assert all(k is not MovementKind.CAPTURE for k, _a, _d, _o in movement_records(PARSER, text, PUBLISHED))


# ------------------------------------------------- "the enemy fled", "the attackers fled": which side


def test_the_enemy_is_the_side_the_last_mover_fought() -> None:
    text = (
        "SIRTE - Bunyan Marsous forces advanced on the port on Monday and took the hospital after clashes "
        "with the Islamic State group. The enemy fled toward the harbour, the statement said."
    )
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.WITHDRAW, "Islamic State") in {(k, a) for k, a, _d, _o in records}
    assert (MovementKind.WITHDRAW, "Bunyan Marsous") not in {(k, a) for k, a, _d, _o in records}


def test_the_attackers_in_a_sides_reported_words_are_its_rival() -> None:
    text = (
        "BENGHAZI - LNA forces entered Ras Lanuf on Tuesday after the Benghazi Defence Brigades had held it "
        "for a week. A spokesman said the attackers had fled toward Jufra."
    )
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.WITHDRAW, "Benghazi Defence Brigades", "Jufra") in records
    assert (MovementKind.WITHDRAW, "Libyan National Army", "Jufra") not in records


def test_the_attackers_in_plain_narration_are_the_side_that_attacked() -> None:
    text = "SIRTE - Islamic State fighters attacked the port on Monday. The attackers fled toward Jufra."
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.WITHDRAW, "Islamic State", "Jufra") in records


def test_the_enemy_with_no_side_told_moving_is_no_one() -> None:
    text = "SIRTE - The statement was brief. The enemy fled toward Jufra, it said."
    assert movement_records(PARSER, text, PUBLISHED) == []


# ------------------------------------ "fled the fighting, most of them to relatives in X": a flight to X


def test_fleeing_the_fighting_to_relatives_in_a_town_reaches_the_town() -> None:
    text = (
        "JANZOUR - Fighting broke out in Warshefana on Wednesday. Several hundred families fled the "
        "fighting, most of them to relatives in Janzour, according to the Red Crescent."
    )
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.WITHDRAW, "families", "Janzour") in records


def test_fleeing_the_fighting_with_no_place_is_still_a_flight() -> None:
    text = (
        "JANZOUR - Fighting broke out in Warshefana on Wednesday. Thousands of residents fled the fighting."
    )
    assert (MovementKind.WITHDRAW, "residents", None, None) in movement_records(PARSER, text, PUBLISHED)


def test_shelter_sought_with_relatives_in_a_town_is_a_flight_there() -> None:
    text = (
        "ZAWIYA - Clashes broke out in Zawiya on Sunday. Most families drove east toward Tripoli, while "
        "others sought shelter with relatives in Surman."
    )
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.WITHDRAW, "families", "Surman") in records


def test_staying_with_relatives_is_no_movement() -> None:
    text = "ZAWIYA - Clashes broke out in Zawiya on Sunday. The families stayed with relatives in Surman."
    assert movement_records(PARSER, text, PUBLISHED) == []


def test_relatives_are_no_place_for_a_capture() -> None:
    text = "ZAWIYA - Clashes broke out on Sunday. Gunmen seized the town's council with relatives in Surman."
    assert all(d != "Surman" for _k, _a, d, _o in movement_records(PARSER, text, PUBLISHED))


# ---------------------------------- "declared the liberation of X": a victory proclaimed, no capture


def test_a_declared_liberation_is_no_capture() -> None:
    text = (
        "BENGHAZI - Khalifa Haftar announced the liberation of Benghazi in a televised speech on Wednesday."
    )
    assert movement_records(PARSER, text, PUBLISHED) == []


def test_an_announced_recapture_is_still_a_capture() -> None:
    text = "BENGHAZI - The LNA announced the recapture of Ras Lanuf on Wednesday."
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.CAPTURE, "Libyan National Army", "Ras Lanuf") in records


def test_a_liberation_told_as_an_event_is_a_capture() -> None:
    text = "BENGHAZI - The liberation of Ras Lanuf by the LNA on Wednesday ended a week of fighting."
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.CAPTURE, "Libyan National Army", "Ras Lanuf") in records


# ---------------------------------------- "took off from X", "touched down in Y": a flight, no capture


def test_taking_off_from_an_airport_is_a_departure_not_a_capture() -> None:
    text = "TRIPOLI - The minister took off from Mitiga airport for Rome on Monday."
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.TRAVEL, "minister", "Rome", "Mitiga International Airport") in records
    assert all(k is not MovementKind.CAPTURE for k, _a, _d, _o in records)


def test_touching_down_somewhere_is_an_arrival() -> None:
    text = "ROME - Prime Minister Ali Zeidan touched down in Malta on Tuesday."
    assert (MovementKind.TRAVEL, "Ali Zeidan", "Malta", None) in movement_records(PARSER, text, PUBLISHED)


def test_touching_on_a_subject_is_no_movement() -> None:
    text = "TRIPOLI - The talks in Tripoli touched on the question of the militias."
    assert movement_records(PARSER, text, PUBLISHED) == []


def test_taking_off_clothes_is_no_movement_and_the_capture_stays() -> None:
    text = "SIRTE - LNA forces took Sirte on Monday and took off their uniforms."
    assert movement_records(PARSER, text, PUBLISHED) == [
        (MovementKind.CAPTURE, "Libyan National Army", "Sirte", None)
    ]


def test_the_defenders_are_the_side_named_before_the_assault() -> None:
    text = (
        "TRIPOLI - Gaddafi loyalists held the compound for weeks. Rebel fighters stormed the Bab al-Aziziya "
        "compound on Tuesday after hours of heavy exchanges. By nightfall the defenders had fled."
    )
    records = {(k, a) for k, a, _d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.WITHDRAW, "Gaddafi loyalists") in records
    assert (MovementKind.WITHDRAW, "Libyan rebels") not in records


def test_many_of_the_defenders_move_as_their_side() -> None:
    text = (
        "DERNA - LNA fighters pushed into the old city of Derna on Monday, the last district held by the "
        "Derna Protection Force. Many of the defenders are believed to have fled into the hills south of the town."
    )
    records = movement_records(PARSER, text, PUBLISHED)
    assert any(k is MovementKind.WITHDRAW and a != "Libyan National Army" for k, a, _d, _o in records)
    assert (MovementKind.WITHDRAW, "Libyan National Army") not in {(k, a) for k, a, _d, _o in records}


def test_the_defenders_with_no_rival_named_are_no_one() -> None:
    text = "TRIPOLI - Rebel fighters stormed the compound in Tripoli on Tuesday. By nightfall the defenders had fled."
    assert all(k is not MovementKind.WITHDRAW for k, _a, _d, _o in movement_records(PARSER, text, PUBLISHED))


# ------------------------------------------ "Bahroun's men ... his men": every move of a commander's men


def test_his_men_after_an_unknown_commanders_men_are_his_group() -> None:
    text = (
        "ZAWIYA - Clashes broke out between the Nasr Brigade and fighters loyal to Mohammed Bahroun. "
        "Bahroun's men seized the refinery gate in Zawiya on Saturday. On Monday his men pulled back to Surman."
    )
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.WITHDRAW, "Bahroun's forces", "Surman") in records


def test_his_fighters_after_fighters_loyal_to_a_commander_are_his_group_not_him() -> None:
    text = "ZAWIYA - Fighters loyal to Mohammed Bahroun entered Surman on Monday. His fighters later withdrew to Zawiya."
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.WITHDRAW, "Bahroun's forces", "Zawiya") in records
    assert all(a != "Mohammed Bahroun" for _k, a, _d in records)


def test_his_men_after_a_known_commander_stay_his_known_side() -> None:
    text = "SIRTE - Khalifa Haftar flew to Cairo on Monday. His men later withdrew to Sirte."
    records = {(k, a, d) for k, a, d, _o in movement_records(PARSER, text, PUBLISHED)}
    assert (MovementKind.WITHDRAW, "Libyan National Army", "Sirte") in records
