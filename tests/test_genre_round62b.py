"""Round 62b: classes found by four blind genre articles (genre-325..328)."""

from __future__ import annotations

import pytest
from _movement_records import movement_quads

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- "the Misrata brigade ... left the city": a town named as a group's home is named
# in passing, so a bare "the city" later still means the story's own town


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militia quits Sabha after clashes\n\n"
            "SABHA, May 3 - Gunfire echoed across Sabha on Tuesday. Traders in Sabha closed early. "
            "The Misrata brigade had held the airport for two years. Its fighters left the city on "
            "Wednesday night, residents said.",
            ("withdraw", "Sabha"),
        ),
        (
            "Calm returns to Ubari\n\n"
            "UBARI, Aug 9 - Elders in Ubari met on Sunday, and shops in Ubari reopened. "
            "A Zintan brigade had guarded the oil pipeline there since spring. "
            "On Monday its fighters left the city in a long convoy.",
            ("withdraw", "Ubari"),
        ),
        (
            "Gharyan council takes over checkpoints\n\n"
            "GHARYAN, Oct 2 - The council in Gharyan met on Friday. Police in Gharyan took over "
            "three checkpoints. A Zawiya battalion had manned them since the summer. Its "
            "vehicles drove out of the town at dawn, a council member said.",
            ("withdraw", "Gharyan"),
        ),
    ],
)
def test_home_town_of_a_group_is_not_the_city(parser: Parser, text: str, expected: tuple[str, str]) -> None:
    origins = {(kind, origin) for kind, _actor, origin, _dest in movement_quads(parser, text, "2017-05-03")}
    assert expected in origins


def test_home_town_that_is_the_story_town_stays(parser: Parser) -> None:
    text = (
        "Zintan fighters regroup\n\n"
        "ZINTAN, June 4 - Zintan fighters gathered in Zintan on Saturday after a week at the "
        "front. Elders in Zintan welcomed them. On Sunday the fighters left the city again."
    )
    origins = {origin for kind, _actor, origin, _dest in movement_quads(parser, text, "2017-06-04")}
    assert "Zintan" in origins
