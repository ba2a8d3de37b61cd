"""Movement classes of round 23: a mover named "from X" set out from X even where no place
it reached is named in its own clause.

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
