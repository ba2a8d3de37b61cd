"""Dates (round 32): a sending participle on what a move carries ("reinforced X with tanks
transferred from Y on Sunday") tells the same move, so its time is the move's.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2020-05-10"  # a Sunday


def _dates(text: str) -> list[str | None]:
    article = PARSER.parse(text, published=PUBLISHED)
    return [
        m.date.iso if m.date is not None else None
        for m in article.movements
        if m.trigger.text == "reinforced"
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The LNA reinforced Jufra with tanks transferred from Benghazi on Sunday.", "2020-05-10"),
        ("The LNA reinforced Jufra with fighters and tanks brought from Benghazi on Sunday.", "2020-05-10"),
        ("The army reinforced Sirte with troops airlifted from Benghazi on 4 May.", "2020-05-04"),
    ],
)
def test_time_of_a_sending_participle_dates_the_move(text: str, iso: str) -> None:
    assert _dates(text) == [iso]


def test_time_of_another_participle_is_not_the_moves() -> None:
    """ "tanks captured from the GNA on Sunday": the capture is another event, told as background."""
    assert _dates("The LNA reinforced Jufra with tanks captured from the GNA on Sunday.") == [None]
