"""A speaker's "we" (round 50): in a quotation attributed to an unnamed speaker whose mention
names an armed group by a word the knowledge base knows ("an LNA spokesman", "a Rada commander"),
"we" is that group (``_movements._speaker_group``). A speaker whose mention names no armed group
("a military source", "a GNA official") gives "we" no side.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import MovementRecord, movement_records

from libya_events import MovementKind, Parser

A, C, W = MovementKind.ADVANCE, MovementKind.CAPTURE, MovementKind.WITHDRAW

PARSER = Parser()
LNA = "Libyan National Army"


def _records(text: str) -> list[MovementRecord]:
    return movement_records(PARSER, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We withdrew from Ain Zara to keep civilians out of the fighting," an LNA spokesman said on Sunday.',
            [(W, LNA, None, "Ain Zara")],
        ),
        (
            '"We entered Qasr Bin Ghashir before dawn," an LNA commander told reporters.',
            [(C, LNA, "Qasr bin Ghashir", None)],
        ),
        (
            '"We reached the outskirts of Sirte on Tuesday," a Rada commander said.',
            [(A, "Special Deterrence Force", "Sirte", None)],
        ),
    ],
)
def test_we_of_a_group_speaker_is_the_group(text: str, expected: list[MovementRecord]) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"We entered Gharyan this morning," a military source said.',
        '"We entered Gharyan this morning," a GNA official said.',
    ],
)
def test_we_of_a_speaker_with_no_group_moves_no_one(text: str) -> None:
    assert _records(text) == []
