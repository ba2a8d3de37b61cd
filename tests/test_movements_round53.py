"""Movements found missing in blind rounds 50a and 50b: a partitive phrase after a departure
that heads a compass word ("fled X, most of them east toward A, B and C") names where the
movers went, whether the parser hangs the compass word below the departure or above it; and
a "for" goal the parser hangs on an unnamed place left ("have since left the area for Y, a town
east of X") is where the movers went, never a place they left, and a bare "the area" left is
the town named just before. A bare plural force noun ("reinforcements", "troops", "units") as
the agentless passive subject of a verb of carrying forces goes on with the armed group just
told moving, as the active "Units entered the town" does. A perfect of "besiege" with the time
the siege has lasted from ("which the army has besieged since last year") is a standing siege,
no advance.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import MovementKind, Parser

A, D, W = MovementKind.ADVANCE, MovementKind.DEPLOY, MovementKind.WITHDRAW

PARSER = Parser()


# ------------------------------------------- a partitive's compass word and its goals


def test_partitive_compass_word_names_every_goal() -> None:
    text = "Around 5,000 people have fled Sirte since 4 June, most of them east toward Ajdabiya, Brega and Benghazi."
    records = movement_records(PARSER, text, "2019-10-22")
    for town in ("Ajdabiya", "Brega", "Benghazi"):
        assert (W, "people", town, "Sirte") in records


def test_partitive_compass_word_after_a_list_of_left_places() -> None:
    text = (
        "Around 5,000 people have fled Sirte and nearby villages since 4 June, "
        "most of them west toward Misrata, Zliten and Khoms."
    )
    records = movement_records(PARSER, text, "2019-10-22")
    assert (W, "people", "Misrata", "Sirte") in records
    assert (W, "people", "Zliten", "Sirte") in records


def test_partitive_compass_word_with_to() -> None:
    text = "Hundreds of families fled Tawergha, many of them south to Hun and Sabha."
    records = movement_records(PARSER, text, "2012-02-01")
    assert (W, "families", "Sabha", "Tawergha") in records


def test_compass_word_without_a_partitive_of_them_names_no_goal() -> None:
    # "most of the town's residents" picks from the town, not from the movers
    text = "Hundreds of families fled Tawergha, most of the town's residents east toward Misrata."
    records = movement_records(PARSER, text, "2012-02-01")
    assert all(r[2] is None for r in records if r[0] is W)


# ------------------------------------------- a goal hung on an unnamed place left


def test_goal_hung_on_the_area_left_is_the_destination() -> None:
    text = "Dozens of families have since left the area for Zliten, east of the capital."
    assert movement_records(PARSER, text, "2019-10-22") == [(W, "families", "Zliten", None)]


def test_goal_hung_on_the_camp_left_is_the_destination() -> None:
    text = "Most residents have since left the camp for Misrata, a city on the coast."
    assert movement_records(PARSER, text, "2019-10-22") == [(W, "residents", "Misrata", None)]


def test_area_left_placed_by_a_town_is_still_the_origin() -> None:
    text = "Dozens of families left the area near Zliten."
    assert movement_records(PARSER, text, "2019-10-22") == [(W, "families", None, "Zliten")]


def test_bare_area_left_is_the_town_named_before() -> None:
    text = (
        "Misrata forces advanced into Tawergha, south of the airport, on Saturday. "
        "Hundreds of families have since left the area for Zliten, east of the capital."
    )
    assert (W, "families", "Zliten", "Tawergha") in movement_records(PARSER, text, "2019-10-22")


def test_bare_area_left_without_a_goal_is_the_town_named_before() -> None:
    text = "Shelling hit Ain Zara on Monday. Dozens of families have since left the area."
    assert movement_records(PARSER, text, "2019-10-22") == [(W, "families", None, "Ain Zara")]


def test_area_placed_by_its_own_words_takes_no_town_from_before() -> None:
    text = "Shelling hit Ain Zara on Monday. Dozens of families have since left the area around the airport."
    assert all(r[3] != "Ain Zara" for r in movement_records(PARSER, text, "2019-10-22"))


# ------------------------------------------- a bare force sent, with no agent


def test_reinforcements_sent_go_on_with_the_side_just_told_moving() -> None:
    text = "LNA troops entered Gharyan on Monday. Reinforcements were sent from Jufra to Asabaa on Tuesday."
    assert (D, "Libyan National Army", "Asabaa", "Jufra") in movement_records(PARSER, text, "2019-10-22")


def test_troops_flown_go_on_with_the_side_just_told_moving() -> None:
    text = (
        "GNA forces pushed into Ain Zara on Monday. Troops were flown from Misrata to Tripoli the next day."
    )
    records = movement_records(PARSER, text, "2019-10-22")
    assert (D, "Government of National Accord forces", "Tripoli", "Misrata") in records


def test_units_moved_go_on_with_the_side_just_told_moving() -> None:
    text = "LNA troops entered Gharyan on Monday. Units were moved to Derna."
    assert (D, "Libyan National Army", "Derna", None) in movement_records(PARSER, text, "2019-10-22")


def test_reinforcements_sent_with_no_move_told_before_are_no_one() -> None:
    text = "Reinforcements were sent from Jufra to Asabaa on Tuesday."
    assert movement_records(PARSER, text, "2019-10-22") == []


def test_reinforcements_sent_by_a_named_agent_are_the_agent() -> None:
    text = "LNA troops entered Gharyan on Monday. Reinforcements were sent by the GNA from Misrata to Zawiya."
    records = movement_records(PARSER, text, "2019-10-22")
    assert (D, "Government of National Accord", "Zawiya", "Misrata") in records
    assert all(r[1] != "Libyan National Army" for r in records if r[2] == "Zawiya")


# ------------------------------------------- a siege that stands is no advance


def test_siege_told_in_a_relative_clause_since_a_time_is_no_advance() -> None:
    text = "Other units were moved to Derna, which the army has besieged since last year."
    assert all(r[0] is not A for r in movement_records(PARSER, text, "2019-10-22"))


def test_siege_of_a_force_since_a_month_is_no_advance() -> None:
    text = "Haftar's forces, which have besieged southern Tripoli since April, shelled Mitiga on Monday."
    assert movement_records(PARSER, text, "2019-10-22") == []


def test_siege_laid_on_a_day_is_still_an_advance() -> None:
    text = "The LNA besieged Derna on Monday."
    assert movement_records(PARSER, text, "2019-10-22") == [(A, "Libyan National Army", "Derna", None)]
