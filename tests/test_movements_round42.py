"""Movement classes found missing in round forty-two: a body of warships ("the carrier group",
"the flotilla") moves for the country that owns its ships, never for the army told just before;
a coast or waters a foreign nationality word names lie in that country ("the Syrian coast"); and
a relative "where" hung on a country that is where a clause is set ("spoke in Turkey, where he had
flown") places the move there.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import MovementRecord, movement_records

from libya_events import MovementKind, Parser

A, D, T, W = MovementKind.ADVANCE, MovementKind.DEPLOY, MovementKind.TRAVEL, MovementKind.WITHDRAW

PARSER = Parser()


def _records(text: str) -> list[MovementRecord]:
    return movement_records(PARSER, text)


# ------------------------------------------- a ship group: its nation's, not the army's


def test_a_carrier_group_sails_for_the_nation_of_its_carrier() -> None:
    text = (
        "Russia protested on Sunday. Haftar was taken by helicopter to the Russian aircraft carrier "
        "Admiral Kuznetsov. The Libyan National Army shelled Derna on Monday. "
        "The carrier group sailed to Tobruk on Tuesday."
    )
    assert (D, "Russia", "Tobruk", None) in _records(text)
    assert not any(r[1] == "Libyan National Army" and r[2] == "Tobruk" for r in _records(text))


def test_a_flotilla_with_a_nationality_leaves_for_that_country() -> None:
    text = "Italy said nothing. The LNA held Derna. The Italian flotilla left Misrata on Tuesday."
    assert (W, "Italy", None, "Misrata") in _records(text)


def test_a_ship_group_with_no_owner_told_is_no_one_s_move() -> None:
    text = "The LNA shelled Derna on Monday. The carrier group sailed to Tobruk on Tuesday."
    assert not any(r[2] == "Tobruk" for r in _records(text))


def test_a_naval_group_owned_by_a_pronoun_is_its_side_s_deployment() -> None:
    text = "The LNA held Derna. Its naval group sailed to Ras Lanuf on Friday."
    assert _records(text) == [(D, "Libyan National Army", "Ras Lanuf", None)]


def test_a_plain_group_still_stands_for_the_armed_group_told_before() -> None:
    text = "The LNA shelled the port. The group then advanced to Sirte."
    assert _records(text) == [(A, "Libyan National Army", "Sirte", None)]


# ------------------------------------------ a foreign nation's coast lies in that nation


def test_leaving_a_foreign_coast_leaves_the_country_the_article_names() -> None:
    text = "Russian forces left the Syrian coast last week after months in Syria."
    assert _records(text) == [(W, "Russian armed forces", None, "Syria")]


def test_leaving_foreign_waters_leaves_that_country() -> None:
    text = "Turkey was silent. The Turkish flotilla left Tunisian waters on Monday, after a stop in Tunisia."
    assert (W, "Turkey", None, "Tunisia") in _records(text)


def test_a_nation_s_coast_is_not_placed_where_the_article_never_names_the_country() -> None:
    text = "Russian forces left the Syrian coast last week."
    assert _records(text) == [(W, "Russian armed forces", None, None)]


# ------------------------------------ a relative "where" hung on a country a clause is set in


def test_where_after_a_country_a_clause_is_set_in_is_that_country() -> None:
    text = "Sarraj spoke in Turkey, where he had flown the previous week."
    assert _records(text) == [(T, "Fayez al-Sarraj", "Turkey", None)]


def test_where_after_a_country_with_another_verb_of_travel() -> None:
    text = "Sarraj spoke to reporters in Italy, where he had arrived on Monday."
    assert _records(text) == [(T, "Fayez al-Sarraj", "Italy", None)]


def test_where_after_a_town_still_means_the_town() -> None:
    text = "Haftar met officials in Amman, where he had travelled on Monday."
    assert _records(text) == [(T, "Khalifa Haftar", "Amman", None)]
