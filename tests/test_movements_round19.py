"""Movement classes of round 19: a launched campaign or named operation is an advance by whoever
launched it; a heading told just after the same side's withdrawal goes on with that retreat.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()


def _records(text: str) -> list[tuple[MovementKind, str | None, str | None, str | None]]:
    return movement_records(PARSER, text, "2020-06-01")


def _kinds(text: str) -> set[MovementKind]:
    return {kind for kind, _, _, _ in _records(text)}


# ------------------------------------------------------------ launched campaigns and operations


@pytest.mark.parametrize(
    "text",
    [
        "The LNA launched its eastern campaign on March 3.",
        "The LNA said it had started a campaign against smugglers.",
        "The LNA launched a military operation against the militias in Sabha.",
        "The LNA launched Operation Desert Shield against the gangs in Murzuq in May 2019.",
    ],
)
def test_a_launched_campaign_or_operation_is_an_advance(text: str) -> None:
    found = _records(text)
    assert [(k, a) for k, a, _, _ in found] == [(MovementKind.ADVANCE, "Libyan National Army")], found


def test_a_person_who_launches_a_named_operation_is_its_actor() -> None:
    found = _records("Khalifa Haftar launched Operation Flood of Dignity in April 2019.")
    assert [(k, a) for k, a, _, _ in found] == [(MovementKind.ADVANCE, "Khalifa Haftar")], found


@pytest.mark.parametrize(
    "text",
    [
        "The Libyan Red Crescent launched a rescue operation in Derna.",
        "The coast guard launched a search operation off Zuwara.",
        "The LNA began an election campaign in Sirte.",
        "The health ministry launched a vaccination campaign in Sabha.",
        "The LNA's campaign ended in defeat, its spokesman said.",
    ],
)
def test_civil_or_unlaunched_campaigns_are_no_movement(text: str) -> None:
    assert MovementKind.ADVANCE not in _kinds(text), _records(text)


# ------------------------------------------------------------ a retreat told on by a heading


def test_heading_after_the_same_sides_withdrawal_is_that_retreat() -> None:
    found = _records(
        "The LNA withdrew from Gharyan on Friday. Residents said LNA trucks were seen heading south towards Mizda."
    )
    heading = [r for r in found if r[2] == "Mizda"]
    assert heading == [(MovementKind.WITHDRAW, "Libyan National Army", "Mizda", "Gharyan")], found


@pytest.mark.parametrize(
    "text",
    [
        # the side had captured, not withdrawn: heading on is an advance
        "The LNA captured Gharyan on Friday. Residents said LNA trucks were seen heading south towards Mizda.",
        # another side withdrew: the heading side advances
        "The LNA withdrew from Gharyan on Friday. GNA forces were seen heading south towards Mizda.",
    ],
)
def test_heading_after_no_withdrawal_of_its_own_stays_an_advance(text: str) -> None:
    heading = [r for r in _records(text) if r[2] == "Mizda"]
    assert [k for k, _, _, _ in heading] == [MovementKind.ADVANCE], heading


# ------------------------------------------------------------ "the army's units" in a side's own report


def test_the_armys_units_in_a_sides_officer_report_are_that_side() -> None:
    found = _records("An LNA officer said the army's units had withdrawn to Sirte before dawn.")
    assert found == [(MovementKind.WITHDRAW, "Libyan National Army", "Sirte", None)], found


def test_the_armys_units_told_by_a_neutral_speaker_name_no_side() -> None:
    assert _records("A resident said the army's units had withdrawn to Sirte before dawn.") == []


# ------------------------------------------------------------ towns left after a retreat elsewhere


def test_towns_left_after_a_retreat_to_another_town_are_moves_of_their_own() -> None:
    found = _records(
        "The LNA pulled back to Sirte on Friday. LNA fighters also left the towns of Hun and Waddan, witnesses said."
    )
    withdraws = {(dest, origin) for kind, _, dest, origin in found if kind is MovementKind.WITHDRAW}
    assert withdraws == {("Sirte", None), (None, "Hun"), (None, "Waddan")}, found
