"""Movement dates (round 62).

- "hours later", "within hours", "a day later" right after a time told as background ("the
  commander, who was arrested on Monday, ..."; "the brigade says its chief was held on Monday")
  count from the story's latest main-line time, not from the background one
  (``_movements._Context._reanchor``).
- "The offensive came in August, when units advanced from X": a "when" clause on a time
  (``_movements.TIME_CLAUSE_ADVERBS``) tells the time's event, no background; the moves after it
  go on from its month, not from an earlier move's.
- "took X in April. The push came in August. Units advanced ...": a month with no year that the
  last move's date lies outside is a time the story moves to (``_movements._resets_time``).
- "In December 2016 they took X. On 28 October ...": a later sentence's month and day with no year
  is not put before the month just told; it keeps the year nearest before publication.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_days

from libya_events import Parser

PARSER = Parser()


def _dates(text: str, published: str) -> list[str | None]:
    return movement_days(PARSER, text, published)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The LNA captured Gharyan on Friday. The brigade commander, who was arrested on Monday, "
            "had fled the town. Within hours, fighters moved to Tarhuna.",
            "2019-04-05",
        ),
        (
            "The LNA captured Gharyan on Friday. The brigade says its commander was detained on Monday. "
            "Hours later, fighters advanced on Tarhuna.",
            "2019-04-05",
        ),
        (
            "The LNA captured Gharyan on Friday. The brigade says its commander was detained on Monday. "
            "A day later, fighters advanced on Tarhuna.",
            "2019-04-06",
        ),
    ],
)
def test_a_counted_time_after_a_background_time_counts_from_the_main_line(text: str, day: str) -> None:
    assert _dates(text, "2019-04-10")[-1] == day


def test_a_counted_time_skips_the_day_of_a_telling() -> None:
    text = (
        "Gunmen stormed the barracks in Sabha on Tuesday night, officials said on Wednesday. "
        "Its commander, who was appointed on Monday, was missing. Hours later, soldiers withdrew to Traghen."
    )
    assert _dates(text, "2019-04-11")[-1] == "2019-04-09"


def test_a_state_told_since_a_month_is_still_background() -> None:
    text = (
        "Murzuq has been divided since February, when army units entered the town. "
        "In July Tebu fighters retook the centre, and the army's allies were pushed out to its edge."
    )
    assert "2019-02-01" not in _dates(text, "2019-08-07")[1:]


def test_a_counted_time_after_a_main_line_time_is_unchanged() -> None:
    text = "The LNA captured Gharyan on Friday. On Monday, its units shelled Aziziya. Hours later, fighters advanced on Tarhuna."
    assert _dates(text, "2019-04-10")[-1] == "2019-04-08"


@pytest.mark.parametrize(
    "text",
    [
        "The LNA took Gharyan in April. The offensive on Sirte came in August, when LNA units advanced "
        "from Jufra. They then captured Hun.",
        "The LNA took Gharyan in April. The offensive on Sirte came in August. LNA units advanced from "
        "Jufra and captured Hun.",
        "The LNA took Gharyan in April. The big push was in August, when the army left Jufra. Its "
        "columns then entered Hun.",
    ],
)
def test_a_scene_setting_month_dates_the_moves_it_sets(text: str) -> None:
    assert _dates(text, "2019-12-10")[-1] == "2019-08-01"


def test_an_earlier_month_is_a_look_back() -> None:
    text = "Turkish troops reached Tripoli on 5 January. The deal was signed in December. More units later arrived in Misrata."
    assert _dates(text, "2020-01-10")[-1] == "2020-01-05"


def test_a_month_holding_the_last_day_is_no_new_time() -> None:
    text = "LNA units entered Hun on 3 August. The offensive came in August. They then captured Waddan."
    assert _dates(text, "2019-12-10")[-1] == "2019-08-03"


@pytest.mark.parametrize(
    "text",
    [
        "In December 2016, the LNA took Ganfuda. On 28 October, troops entered Derna.",
        "Rebel units pushed into Ganfuda in December 2016. The army entered Derna on 28 October.",
    ],
)
def test_a_later_sentence_does_not_step_back_before_the_told_month(text: str) -> None:
    assert _dates(text, "2018-03-10")[-1] == "2017-10-28"


def test_a_month_nearer_the_told_one_in_the_same_sentence_still_takes_its_year() -> None:
    text = "The army reached Sirte in November 2019, and on 4 April it moved into Hun."
    assert _dates(text, "2021-03-10")[-1] == "2020-04-04"
