"""Movement dates (round 55).

- "in recent days", "in recent weeks", "over the past few days", "in the past week": the news of
  the last days, told with no day, is dated the month of the news (the annotation convention),
  neither left undated nor put on a date told earlier in the story.
- "Families who fled X in 2016 have begun to return": a move told in a clause on the mover
  (``_movements.DESCRIBING_CLAUSES``) lends neither its date nor its clause's time to the
  sentence's main move. A clause on the one who tells ("a refugee who arrived in X last week said
  that he had fled Y", ``_movements.REPORTED_CLAUSE_LINKS``) or on another actor still dates it.

Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _movement_records import movement_days

from libya_events import Parser
from libya_events.dates import find_time_expressions
from libya_events.model import Granularity

PARSER = Parser()
PUBLISHED = "2022-06-20"


def _dates(text: str) -> list[str | None]:
    return movement_days(PARSER, text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Extra police units have been sent to Sabha in recent weeks.",
        "Several hundred Syrian fighters were flown out of Misrata to Turkey in recent days.",
        "Tebu fighters have pushed north towards Ubari over the past few days.",
        "The LNA captured Sirte in January. Extra police units have been sent to Sabha in recent weeks.",
    ],
)
def test_recent_days_are_the_month_of_the_news(text: str) -> None:
    assert _dates(text)[-1] == "2022-06-01"


@pytest.mark.parametrize("phrase", ["in recent days", "over the past few days", "in the past week"])
def test_recent_days_are_a_month(phrase: str) -> None:
    found = find_time_expressions(f"Convoys crossed the border {phrase}.", dt.date(2022, 6, 20))
    assert [e.date.granularity for e in found if e.date is not None] == [Granularity.MONTH]


@pytest.mark.parametrize(
    "text",
    [
        "Families who fled Sirte in 2016 have begun to return to the city.",
        "Workers who had left Ras Lanuf for Benghazi when the port closed in 2014 have started to come back.",
    ],
)
def test_a_describing_clause_does_not_date_the_main_move(text: str) -> None:
    dates = _dates(text)
    assert dates[0] is not None
    assert dates[0].startswith(("2016", "2014"))  # the flight keeps its year
    assert dates[-1] is None or not dates[-1].startswith(("2016", "2014"))


def test_the_main_move_still_takes_its_own_date() -> None:
    assert _dates("Families who fled Sirte in 2016 returned to the city on Friday.")[-1] == "2022-06-17"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A Sudanese refugee who arrived in Kufra last week said that he had fled from El Fasher with his family.",
            "2022-06-13",
        ),
        (
            "A UN mission that visited Ghat in December reported that Tuareg fighters were still arriving from Libya.",
            "2021-12-01",
        ),
    ],
)
def test_a_clause_on_the_teller_still_bounds_the_move_told(text: str, day: str) -> None:
    assert _dates(text)[-1] == day
