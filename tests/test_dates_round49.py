"""Movement dates carried over from the story (round 49).

A move with no time of its own happens at the story's last time told, but a time told as
background moves the story nowhere (``_movements._background_time``):

- a time in a relative clause ("the brigade, which was formed on Monday, ...");
- a time in what a speech verb in the present or present perfect reports ("The brigade says its
  commander was arrested on Monday", "the mission has said its convoy was shelled on Tuesday"):
  a claim the story cites now, not a day its later events happen on.

A past report ("a spokesman said a column was ambushed on Friday") still tells the story's time.

Nor does a list of days ("struck their convoys on Tuesday and Wednesday", ``_in_day_list``) move
the story to its last day: it names no one day a later undated move happened on; a single day does.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_days

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2022-06-03"  # a Friday


def _dates(text: str) -> list[str | None]:
    return movement_days(PARSER, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Gunmen from Zintan seized the airport on Wednesday. The brigade says its commander was arrested"
            " in the capital on Monday. Passengers fled the terminal on foot.",
            "2022-06-01",
        ),
        (
            "Militia fighters withdrew from Gharyan on Thursday. The UN mission has said its convoy was"
            " shelled near the town on Tuesday. Aid workers also left for Tripoli.",
            "2022-06-02",
        ),
        (
            "LNA forces entered Sirte on Thursday. The brigade, which was formed on Monday, put up no fight."
            " Families fled toward Misrata.",
            "2022-06-02",
        ),
    ],
)
def test_a_background_time_is_not_carried_to_later_moves(text: str, day: str) -> None:
    assert _dates(text) == [day, day]


def test_a_past_report_tells_the_storys_time() -> None:
    """ "A spokesman said a column was ambushed on Friday": the story moved on to Friday."""
    text = (
        "LNA forces entered Sirte on Thursday. A spokesman said a second column was ambushed on Friday."
        " Families fled toward Misrata."
    )
    assert _dates(text) == ["2022-06-02", "2022-06-03"]


@pytest.mark.parametrize(
    "days",
    ["on Tuesday and Wednesday", "on Tuesday, and Wednesday", "on 31 May or 1 June"],
)
def test_a_list_of_days_is_not_carried_to_later_moves(days: str) -> None:
    text = (
        f"LNA units pulled back from Gharyan on Monday. Drones struck their convoys {days}."
        " The units then withdrew to Tarhuna."
    )
    assert _dates(text) == ["2022-05-30", "2022-05-30"]


def test_a_single_day_told_since_is_carried() -> None:
    text = (
        "LNA units pulled back from Gharyan on Monday. Drones struck their convoys on Wednesday."
        " The units then withdrew to Tarhuna."
    )
    assert _dates(text) == ["2022-05-30", "2022-06-01"]
