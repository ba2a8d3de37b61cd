"""Movements found missing in blind rounds 50a and 50b: a partitive phrase after a departure
that heads a compass word ("fled X, most of them east toward A, B and C") names where the
movers went, whether the parser hangs the compass word below the departure or above it; and
a "for" goal the parser hangs on an unnamed place left ("have since left the area for Y, a town
east of X") is where the movers went, never a place they left, and a bare "the area" left is
the town named just before.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import MovementKind, Parser

W = MovementKind.WITHDRAW

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
