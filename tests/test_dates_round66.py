"""Movement dates (round 66).

- "at the end of 2016", "at the start of 2021": a part of a year that names one month of it
  (``_timex._YEAR_PART_MONTHS``) dates to that month; other parts ("the middle of 2019", "the
  first months of 2020") keep the year.
- With no published date, a month or a day told without a year takes the year of the date the
  story last told on, but not of a date inside a "since" clause ("the biggest shift since Haftar
  launched his offensive in April 2019"): that is background (``_timex._SINCE_BEFORE``).
- "Army units that captured X in January moved toward Y in March": a time the parser hangs on the
  main verb but told right after the subject's relative clause verb (no comma before the verb) is
  that clause's; the main verb's own time after it dates the move
  (``_movements._in_subjects_clause``).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.dates import find_time_expressions

PARSER = Parser()


def _isos(text: str) -> list[str | None]:
    article = PARSER.parse(text, published="2022-06-01")
    return [m.date.iso if m.date is not None else None for m in article.movements]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Chadian rebels withdrew from Ubari at the end of 2020.", "2020-12"),
        ("The Islamic State was driven out of its stronghold of Sirte at the end of 2016.", "2016-12"),
        ("Chadian rebels withdrew from Ubari at the start of 2021.", "2021-01"),
        ("Misratan brigades pulled back to Abu Grein at the beginning of 2019.", "2019-01"),
    ],
)
def test_a_part_of_a_year_that_names_a_month(text: str, iso: str) -> None:
    assert iso in _isos(text)


def test_the_middle_of_a_year_keeps_the_year() -> None:
    times = find_time_expressions("Talks resumed in the middle of 2019.", None)
    assert [t.date.iso for t in times if t.date is not None] == ["2019"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The fighting shifted in May 2020. It was the biggest change since Haftar launched his "
            "offensive in April 2019. Wagner personnel pulled out of Ain Zara around May 23.",
            "2020-05-23",
        ),
        (
            "Tebu fighters took the town in August 2019. It was the worst violence since the militia "
            "seized the airport in March 2018. Families fled to Qatrun on 12 September.",
            "2019-09-12",
        ),
        (
            "The ceasefire held through October 2020, the longest lull since the war began in April "
            "2019. Government units withdrew from Sirte on November 3.",
            "2020-11-03",
        ),
    ],
)
def test_a_since_clause_sets_no_story_year(text: str, day: str) -> None:
    article = PARSER.parse(text)
    assert day in [m.date.start.isoformat() for m in article.movements if m.date is not None]


def test_a_year_told_outside_a_since_clause_still_sets_the_year() -> None:
    text = (
        "The fighting shifted in May 2020. Haftar launched his offensive in April 2019. "
        "Wagner personnel pulled out of Ain Zara around May 23."
    )
    days = [m.date.start.isoformat() for m in PARSER.parse(text).movements if m.date is not None]
    assert "2019-05-23" in days


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Army units that captured Sirte in January moved toward Jufra in March.", "2022-03-01"),
        ("Militias that seized Zawiya last week advanced toward Surman on Friday.", "2022-05-27"),
    ],
)
def test_a_time_after_the_subjects_relative_clause_verb_is_that_clauses(text: str, day: str) -> None:
    article = PARSER.parse(text, published="2022-06-01")
    days = [m.date.start.isoformat() for m in article.movements if m.kind.value == "advance" and m.date]
    assert days == [day]


def test_a_time_behind_a_comma_before_the_verb_is_still_the_verbs() -> None:
    article = PARSER.parse(
        "Army units that had waited for weeks, on Monday moved toward Jufra.", published="2022-06-01"
    )
    assert [m.date.start.isoformat() for m in article.movements if m.date is not None] == ["2022-05-30"]
