"""Round 44: when a movement happened.

* A clause told as a span of time after another ("nearly five years after X abandoned Y") is
  reckoned back from the clause it hangs on, but a time it tells itself inside that reckoning
  ("..., in August 2011") is its date, even where the parse hangs that time on a noun.
* A narrower time set right after the clause's time behind a comma ("last year, in June")
  tells when within it.
* A month told in a year by a word ("In June last year") moves the story's time on, like a
  month with its year ("In June 2022"); "last month" does not.
* A bare "overnight" is the night after the day another clause of the sentence tells; only
  alone is it the publication day.
"""

from __future__ import annotations

import pytest

from libya_events import Parser

PARSER = Parser()


def dates(text: str, published: str) -> list[tuple[str, str | None]]:
    article = PARSER.parse(text, published=published)
    return [(m.trigger.text, None if m.date is None else m.date.iso) for m in article.movements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relief agencies said on Tuesday that almost five years after the people of Tawergha "
            "abandoned their homes, some 40 km from Misrata, in August 2011, most of them still "
            "live in camps.",
            "2011-08",
        ),
        (
            "Aid workers said on Tuesday that nearly three years after the families of Kikla fled "
            "their town, about 100 km south of Tripoli, in June 2013, most of them still live in schools.",
            "2013-06",
        ),
        (
            "Officials said on Monday that two years after the residents of Ubari abandoned their "
            "district, a mile west of the castle, in March 2014, none of them have come back.",
            "2014-03",
        ),
    ],
)
def test_own_time_inside_an_offset_clause_is_its_date(text: str, expected: str) -> None:
    assert dates(text, "2016-06-21")[0][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Haftar went to Moscow last year, in June, and met the defence minister, officials "
            "said on Thursday.",
            "2016-06",
        ),
        ("The LNA pushed into Ganfouda this month, on 4 January, its spokesman said.", "2017-01-04"),
        ("Sarraj flew to Rome last year, in October, for talks on migration, aides said.", "2016-10"),
    ],
)
def test_narrower_time_beside_the_clause_time_refines_it(text: str, expected: str) -> None:
    assert dates(text, "2017-01-12")[0][1] == expected


def test_a_time_beside_that_is_not_inside_keeps_the_clause_time() -> None:
    text = "The militia entered the town last month, on Thursday, residents said."
    assert dates(text, "2017-01-12") == [("entered", "2016-12")]


def test_month_told_in_a_year_by_a_word_moves_the_story_on() -> None:
    text = (
        "The militia seized the port on 3 March 2023. In June last year its leader was arrested. "
        "His fighters then withdrew from the port."
    )
    assert dates(text, "2023-09-10") == [("seized", "2023-03-03"), ("withdrew", "2022-06")]


def test_last_month_only_sets_the_scene() -> None:
    text = (
        "The militia seized the port on 3 March 2023. Last month its leader was arrested. "
        "His fighters then withdrew from the port."
    )
    assert dates(text, "2023-09-10") == [("seized", "2023-03-03"), ("withdrew", "2023-03-03")]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("On Monday the rebels entered Brega, and the loyalists fled overnight.", "fled", "2011-04-18"),
        (
            "Rebel fighters stormed the airport on Tuesday after the loyalist brigades pulled out overnight.",
            "pulled out",
            "2011-04-19",
        ),
    ],
)
def test_overnight_is_the_night_of_the_day_told_beside_it(text: str, trigger: str, expected: str) -> None:
    assert (trigger, expected) in dates(text, "2011-04-21")


def test_overnight_alone_is_the_publication_day() -> None:
    text = "The loyalist brigades pulled out of Zliten overnight, residents said."
    assert dates(text, "2011-04-21") == [("pulled out", "2011-04-21")]
