"""Movement dates (round 65).

- "stormed X late on Sunday, killing three guards before withdrawing, officials said on Monday":
  the time of the speech verb above the trigger dates the telling; an event clause's time above
  the trigger comes first, however near the telling's time lies
  (``_movements.SPEECH_TIME_RANK``). With no other time, the telling's time still dates the move.
- "pushed into X on 3 March before being driven back by forces aligned with Y (Z) the next day":
  a counted time after the trigger that the parse hangs on the clause above or on a participle on
  a noun of the trigger's clause dates the trigger (``_movements._counted_after``).
- "crossed into Chad in the last days of January": "the last days" followed by "of" and a month
  or year is that month's end, not the recent days of the news (the publication month).

Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime

import pytest
from _movement_records import movement_days

from libya_events import Parser
from libya_events.dates import find_time_expressions

PARSER = Parser()


def _dates(text: str, published: str) -> list[str | None]:
    return movement_days(PARSER, text, published)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Armed men attacked the village of Zella late on Saturday, killing two policemen and "
            "seizing several cars before withdrawing into the desert, local officials said on Monday.",
            "2018-10-27",
        ),
        (
            "Gunmen raided the oasis town of Traghen on Friday night, burning the clinic and taking "
            "four hostages before withdrawing south, the council said on Sunday.",
            "2018-10-26",
        ),
        (
            "Fighters overran a checkpoint near Sokna on Tuesday, wounding two soldiers and stealing "
            "a truck before pulling back into the hills, the army said on Thursday.",
            "2018-10-23",
        ),
    ],
)
def test_an_event_time_above_outranks_the_time_of_the_telling(text: str, day: str) -> None:
    assert _dates(text, "2018-10-29") == [day, day]


def test_the_time_of_the_telling_still_dates_a_move_with_no_other() -> None:
    text = (
        "Government troops pulled out of Sokna overnight and moved north to Hun, the army said on Thursday."
    )
    assert _dates(text, "2018-10-29") == ["2018-10-25"]


@pytest.mark.parametrize(
    "text",
    [
        "Fighters returned to Sabha in the last days of January.",
        "Rebel pickups crossed into northern Chad in the last days of January.",
        "Rebel pickups crossed the border into Chad in the last weeks of January.",
    ],
)
def test_the_last_days_of_a_month_are_that_month(text: str) -> None:
    assert _dates(text, "2019-02-11") == ["2019-01-01"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("They left in the last days of January.", [("January", "2019-01")]),
        ("They left in the last few weeks of December.", [("December", "2018-12")]),
        ("They left in the past few days.", [("the past few days", "2019-02")]),
        ("They left over the last two weeks.", [("the last two weeks", "2019-02")]),
    ],
)
def test_the_last_days_of_reads_only_the_month(text: str, found: list[tuple[str, str]]) -> None:
    times = find_time_expressions(text, datetime.date(2019, 2, 11))
    assert [(t.text, t.date.iso if t.date is not None else None) for t in times] == found


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Rebel units pushed into Tajoura on 3 March before being driven back by forces aligned with "
            "the Presidential Council (PC) the next day.",
            ["2019-03-03", "2019-03-04"],
        ),
        (
            "Militia fighters entered Qasr bin Ghashir on 5 March before being pushed out by units allied "
            "with the Government of National Unity (GNU) the following day.",
            ["2019-03-05", "2019-03-06"],
        ),
        (
            "Tebu fighters stormed the checkpoint at Umm al-Aranib on 2 March before being forced back by "
            "units aligned with the army (LNA) the following morning.",
            ["2019-03-02", "2019-03-03"],
        ),
    ],
)
def test_a_counted_time_after_the_trigger_is_the_later_clause_s(text: str, days: list[str]) -> None:
    assert _dates(text, "2019-03-10") == days


def test_a_counted_time_in_a_later_sentence_still_counts_from_the_story() -> None:
    text = "The LNA entered Gharyan on Tuesday. The GNA retook the town the following day and advanced to Asabaa."
    assert _dates(text, "2019-06-10") == ["2019-06-04", "2019-06-05", "2019-06-05"]
