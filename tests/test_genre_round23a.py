"""Genre round 23a: failure classes found on the blind genre articles genre-49..52
(a translated daily summary of the 2016 Sirte campaign's media office, a regional story on the
February 2012 Kufra clashes, an hour-by-hour chronology of 20 October 2011 in Sirte, and a
hedged think-tank brief on the August 2024 moves toward Ghadames).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2024-08-14"


def _records(text: str) -> list[tuple[MovementKind, str | None, str | None, str | None]]:
    return movement_records(PARSER, text, PUBLISHED)


# ------------------------- "moved from their bases in X": X is where they set out, not their goal


def test_the_place_of_the_bases_left_is_the_origin_not_a_destination() -> None:
    records = _records("Libyan National Army columns moved from their bases in the south toward Ghadames.")
    assert [(dest, origin) for _kind, _actor, dest, origin in records] == [("Ghadames", "southern Libya")]


def test_a_locative_in_phrase_is_not_the_particle_of_moving_in() -> None:
    records = _records(
        "Libyan National Army units moved from bases in the centre of the country toward Ghadames."
    )
    assert len(records) == 1
    assert records[0][2] == "Ghadames"


def test_moving_in_on_a_town_is_still_an_advance() -> None:
    records = _records("Libyan National Army columns moved in on Ghadames at dawn.")
    assert records == [(MovementKind.ADVANCE, "Libyan National Army", "Ghadames", None)]


# ---------------------------------------------- reinforcements sent toward a place deploy there


def test_reinforcements_sent_toward_a_town_deploy_there() -> None:
    records = _records("Armed groups from Zintan sent reinforcements toward Nalut on Monday.")
    assert [(kind, dest) for kind, _actor, dest, _origin in records] == [(MovementKind.DEPLOY, "Nalut")]


def test_troops_sent_toward_a_town_still_advance_on_it() -> None:
    records = _records("The Libyan National Army sent troops towards Sirte on Monday.")
    assert [(kind, dest) for kind, _actor, dest, _origin in records] == [(MovementKind.ADVANCE, "Sirte")]
