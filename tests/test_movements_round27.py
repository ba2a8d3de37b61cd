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
