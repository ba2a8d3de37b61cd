"""Movement classes of round 30: a bare "the town" or "the city" that a move reaches is never a
place named in a "from" phrase (or a list after "from") just before it in the same clause:
fighters "from X and Y" who "pushed into the town", or convoys "from X" "seen entering the
city", reach a town told earlier, not their own.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2021-03-15"


def _destinations(text: str) -> set[str | None]:
    return {d for _k, _a, d, _o in movement_records(PARSER, text, PUBLISHED)}


def test_a_list_after_from_is_not_the_town_entered() -> None:
    text = (
        "Government forces shelled Gharyan on Monday. "
        "GNA fighters, backed by units from Misrata and Zintan, pushed into the town at dawn on Tuesday."
    )
    dests = _destinations(text)
    assert "Gharyan" in dests, dests
    assert not dests & {"Zintan", "Misrata"}, dests


def test_a_pair_after_from_is_not_the_city_stormed() -> None:
    text = "Misrata brigades shelled Sirte on Monday. Fighters from Zliten and Khoms then stormed the city."
    dests = _destinations(text)
    assert "Sirte" in dests, dests
    assert not dests & {"Zliten", "Al Khums", "Khoms"}, dests


def test_convoys_from_a_town_seen_entering_the_city() -> None:
    text = (
        "Gunfire echoed across Tripoli on Saturday night. "
        "Convoys of armed groups from Zawiya were seen entering the city from the west, residents said."
    )
    dests = _destinations(text)
    assert "Tripoli" in dests, dests
    assert "Zawiya" not in dests, dests


def test_reinforcements_from_two_towns_reaching_the_city() -> None:
    text = (
        "The siege of Derna entered its third week. "
        "LNA reinforcements from Tobruk and Bayda reached the city on Monday."
    )
    dests = _destinations(text)
    assert "Derna" in dests, dests
    assert not dests & {"Tobruk", "Al Bayda", "Bayda"}, dests


def test_a_town_named_alone_is_still_the_town() -> None:
    # negative: with no "from" before it, the town named last is "the town" again
    text = "LNA forces besieged Zintan for a week. On Friday they pushed into the town from the south."
    dests = _destinations(text)
    assert "Zintan" in dests, dests
