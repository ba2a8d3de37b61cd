"""Movement dates of round 23: a part of the day told relative to the last date ("the next
morning"), a move told as so many days before another ("eleven days after X drove Y out"),
and a move that shares a "when" clause's time with the clause it is joined to.

Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libya_events import Parser
from libya_events.dates import find_time_expressions

PARSER = Parser()
D = dt.date
PUBLISHED = D(2020, 6, 20)


def dated(text: str, published: str) -> dict[str, str | None]:
    """Each movement's trigger text -> its ISO date."""
    article = PARSER.parse(text, published=published)
    return {m.trigger.text: None if m.date is None else m.date.iso for m in article.movements}


def found(text: str, published: D | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(t.text, None if t.date is None else t.date.iso) for t in find_time_expressions(text, published)]


# ------------------------------------------------ "the next morning", "the following night"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 12 June the convoy reached the port, and the next morning it sailed.",
            [("On 12 June", "2020-06-12"), ("the next morning", "2020-06-13")],
        ),
        (
            "Shelling began on Monday. The following night the guards fled.",
            [("on Monday", "2020-06-15"), ("The following night", "2020-06-16")],
        ),
        (
            "The talks ended on 9 May. The previous evening both delegations had dined together.",
            [("on 9 May", "2020-05-09"), ("The previous evening", "2020-05-08")],
        ),
    ],
)
def test_a_part_of_the_day_after_a_date_is_the_next_or_previous_day(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(text) == expected


def test_a_part_of_the_day_with_no_date_before_it_has_no_date() -> None:
    assert found("The next morning the roads were quiet.") == [("The next morning", None)]


def test_a_part_of_the_day_alone_is_no_relative_day() -> None:
    assert found("Fighters gathered in the morning near the bridge.") == []


@given(
    st.dates(D(2000, 1, 1), D(2030, 12, 30)), st.sampled_from(["morning", "night", "afternoon", "evening"])
)
def test_the_following_part_of_the_day_is_always_one_day_on(day: D, part: str) -> None:
    text = f"They met on {day.day} {day.strftime('%B')} {day.year}, and the following {part} they left."
    got = find_time_expressions(text, D(2031, 1, 1))
    assert [t.date.start if t.date else None for t in got] == [day, day + dt.timedelta(days=1)]


def test_units_move_the_next_morning_after_a_dated_clause() -> None:
    got = dated(
        "On 12 June units of the Libyan National Army entered Gharyan, and the next morning they advanced to Asabaa.",
        "2020-06-20",
    )
    assert got["advanced"] == "2020-06-13"


# ------------------------------------------------ "eleven days after a raid drove them out"


@pytest.mark.parametrize(
    ("count", "back"),
    [("eleven", 11), ("two", 2), ("nine", 9), ("twelve", 12), ("10", 10)],
)
def test_a_move_told_so_many_days_before_a_dated_one_is_that_far_back(count: str, back: int) -> None:
    text = (
        "Soldiers of the Libyan National Army said on Tuesday they had recaptured the port of Brega, "
        f"{count} days after a surprise attack by the Benghazi Defence Brigades drove them out of the town."
    )
    got = dated(text, "2017-03-15")
    assert got["recaptured"] == "2017-03-14"
    assert got["drove them out"] == (D(2017, 3, 14) - dt.timedelta(days=back)).isoformat()


def test_a_move_with_no_count_of_days_before_it_keeps_the_sentences_date() -> None:
    text = (
        "Soldiers of the Libyan National Army said on Tuesday they had recaptured the port of Brega "
        "after a surprise attack by the Benghazi Defence Brigades drove them out of the town."
    )
    assert dated(text, "2017-03-15")["drove them out"] == "2017-03-14"


# ------------------------------------------------ "when X reached Y in April, A left and B fled"


def test_a_when_clause_dates_the_clauses_joined_under_it() -> None:
    text = (
        "The United Nations envoy flew to Tunis on 2 June. When the shelling reached the port district of Tripoli in April, guards at the Tajoura camp "
        "deserted their posts, and many migrants fled to Janzour."
    )
    assert dated(text, "2020-06-20")["fled"] == "2020-04"


def test_a_moves_own_date_beats_the_when_clause() -> None:
    text = (
        "When the shelling reached the port district of Tripoli in April, guards at the Tajoura camp "
        "deserted their posts, and many migrants fled to Janzour on 3 May."
    )
    assert dated(text, "2020-06-20")["fled"] == "2020-05-03"


def test_a_when_clause_on_another_sentence_lends_no_date() -> None:
    text = (
        "On 2 June the shelling of the port district stopped, when the envoy reached Tripoli in March. "
        "Hundreds of migrants fled to Janzour on Friday."
    )
    assert dated(text, "2020-06-20")["fled"] == "2020-06-19"


# ------------------------------------------------ "by early 2017 ..., and took it in March"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By early 2017 the brigade had reached the district, and it took the port in March.",
            [("early 2017", "2017"), ("in March", "2017-03")],
        ),
        (
            "Talks collapsed in November 2019, and the siege began on 4 April.",
            [("in November 2019", "2019-11"), ("on 4 April", "2020-04-04")],
        ),
        (
            "The town fell in 2016, and its defenders returned on 9 October.",
            [("in 2016", "2016"), ("on 9 October", "2016-10-09")],
        ),
        (
            "The offensive began in April 2019, after a push through the south in January.",
            [("in April 2019", "2019-04"), ("in January", "2019-01")],  # the nearer January: before
        ),
    ],
)
def test_a_month_after_a_year_in_the_same_sentence_is_in_that_story_year(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(text, D(2021, 3, 25)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The town fell in 2016. Its defenders returned in March.",  # another sentence
        "The group has held the town since 2016, and it lost the port in March.",  # a state's span
        "The group held the town in 2016, and on Monday it lost the port in March.",  # not right after
    ],
)
def test_a_month_with_no_year_told_just_before_keeps_the_published_year(text: str) -> None:
    assert found(text, D(2021, 3, 25))[-1][1] == "2021-03"


def test_a_story_year_never_moves_a_month_past_the_published_date() -> None:
    got = found("The envoy arrived in January 2021, and the talks resume on 4 May.", D(2021, 3, 25))
    assert got[-1] == ("on 4 May", "2020-05-04")


def test_a_movement_in_a_yearless_month_takes_the_sentences_year() -> None:
    text = (
        "By early 2017 the Libyan National Army had reached Ganfouda, and it captured the district in March."
    )
    assert dated(text, "2021-03-25")["captured"] == "2017-03"


# ------------------------------------------------ "the following week", "days later", "hours later"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the following week", "2019-04-15/P1W"),
        ("the next week", "2019-04-15/P1W"),
        ("the following month", "2019-05"),
        ("the previous month", "2019-03"),
        ("the following year", "2020"),
        ("the preceding year", "2018"),
        ("Days later", "2019-04-11/2019-04-17"),
        ("A few days later", "2019-04-11/2019-04-17"),
        ("Hours later", "2019-04-10"),
    ],
)
def test_a_narrative_step_counts_from_the_last_date(phrase: str, expected: str) -> None:
    got = found(
        f"The offensive began on 10 April 2019. {phrase} the militia reached the airport.", D(2020, 6, 20)
    )
    assert got == [("on 10 April 2019", "2019-04-10"), (phrase, expected)]


@pytest.mark.parametrize("phrase", ["the following week", "Days later", "Hours later", "the previous month"])
def test_a_narrative_step_with_no_date_before_it_has_no_date(phrase: str) -> None:
    assert found(f"{phrase} the militia reached the airport.") == [(phrase, None)]


def test_days_later_needs_a_day_to_count_from() -> None:
    got = found("The offensive began in April 2019. Days later the militia reached the airport.")
    assert got == [("in April 2019", "2019-04"), ("Days later", None)]


@pytest.mark.parametrize(
    "text", ["The following weekend was quiet.", "Fighting went on for days.", "Weeks later."]
)
def test_other_phrases_are_no_narrative_step(text: str) -> None:
    assert found(f"They met on 3 June 2020. {text}")[1:] == []


@given(
    st.dates(D(2001, 1, 1), D(2029, 12, 31)),
    st.sampled_from(["the following month", "the previous month", "the following year"]),
)
def test_the_following_unit_is_one_on_from_any_day(day: D, phrase: str) -> None:
    text = f"They met on {day.day} {day.strftime('%B')} {day.year}. {phrase} they met again."
    got = find_time_expressions(text, D(2031, 1, 1))[-1].date
    assert got is not None
    if phrase == "the following year":
        assert got.start == D(day.year + 1, 1, 1)
    else:
        step = 1 if "following" in phrase else -1
        months = day.year * 12 + day.month - 1 + step
        assert got.start == D(months // 12, months % 12 + 1, 1)


def test_a_movement_days_later_is_in_the_week_after() -> None:
    text = (
        "Government forces retook the Watiya air base on 18 May 2020. Days later, Russian mercenaries "
        "of the Wagner Group withdrew from the front south of Tripoli to Bani Walid."
    )
    got = dated(text, "2020-06-20")
    assert got["withdrew"] == "2020-05-19/2020-05-25"


# ------------------------------------------------ a news lede dated by the day the next sentences tell

LEDE = "Forces of the Libyan National Army have seized the desert town of Ubari."


def test_a_news_lede_takes_the_day_the_next_sentence_tells() -> None:
    text = f"{LEDE} A spokesman for the force said late on Monday that the town was secure."
    assert dated(text, "2021-02-16")["seized"] == "2021-02-15"


def test_a_news_lede_takes_yesterday_told_after_it() -> None:
    text = f"{LEDE} Its commander said the first units drove in yesterday morning."
    assert dated(text, "2021-02-16")["seized"] == "2021-02-15"


@pytest.mark.parametrize(
    "after",
    [
        "A spokesman recalled that the town was first entered on 2 January.",  # long before publication
        "Traders had left the town since Monday.",  # the span of a state
        "A spokesman said the town was quiet.",  # no day told
    ],
)
def test_a_news_lede_with_no_recent_day_told_after_it_is_the_published_day(after: str) -> None:
    assert dated(f"{LEDE} {after}", "2021-02-16")["seized"] == "2021-02-16"


def test_a_day_told_far_after_the_lede_does_not_date_it() -> None:
    filler = " ".join(["Trade in the town had been halted for months by a dispute over pay."] * 12)
    text = f"{LEDE} {filler} A spokesman said on Monday that the army was in control."
    assert dated(text, "2021-02-16")["seized"] == "2021-02-16"


# ------------------------------------------------ "drove X out and seized Y in August": a shared time


def test_a_later_verb_with_no_subject_shares_its_time_with_the_trigger() -> None:
    text = "Militiamen from Zawiya drove the rival brigade out of Sabratha and seized its port on 14 August."
    assert dated(text, "2019-09-01")["drove the rival brigade out"] == "2019-08-14"


def test_a_later_verb_with_its_own_subject_lends_no_time() -> None:
    text = (
        "The rival brigade withdrew from Sabratha, and militiamen from Zawiya seized its port on 14 August."
    )
    assert dated(text, "2019-09-01").get("withdrew") is None


def test_a_finer_time_in_the_clause_beats_the_when_clauses_year() -> None:
    text = (
        "The council has met in Tobruk since 2015, when the militia pushed its rivals out of Benghazi "
        "and took the port in July of that year."
    )
    assert dated(text, "2019-09-01")["pushed its rivals out"] == "2015-07"


# ------------------------------------------------ "By late May 2020 the offensive had collapsed."


def test_a_month_with_its_year_told_between_moves_resets_the_story_time() -> None:
    text = (
        "Units of the Libyan National Army withdrew from Gharyan on 12 March 2016. "
        "By early February 2016 the front had stalled. "
        "Militiamen from Misrata had advanced to Sirte."
    )
    assert dated(text, "2016-06-01")["advanced"] == "2016-02"


@pytest.mark.parametrize(
    "setting", ["The war began in 2011.", "The winter was hard.", "The front stalled in February."]
)
def test_a_year_season_or_yearless_month_told_between_moves_keeps_the_story_time(setting: str) -> None:
    text = (
        f"Units of the Libyan National Army withdrew from Gharyan on 12 March 2016. {setting} "
        "Militiamen from Misrata then advanced to Sirte."
    )
    assert dated(text, "2016-06-01")["advanced"] == "2016-03-12"
