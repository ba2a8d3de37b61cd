"""Movement classes of round 20: a clause told as "a day (week, month) after" another is dated
that long before it.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2020-06-10"  # a Wednesday


def _records(text: str) -> list[tuple[MovementKind, str | None, str | None, str | None]]:
    return movement_records(PARSER, text, PUBLISHED)


def _dates(text: str) -> dict[tuple[MovementKind, str | None], str | None]:
    article = PARSER.parse(text, published=PUBLISHED)
    return {
        (m.kind, m.destination.name if m.destination else None): m.date.iso if m.date else None
        for m in article.movements
    }


# ------------------------------------------------------------ "a day after", "a week before"


@pytest.mark.parametrize(
    ("text", "kind", "place", "iso"),
    [
        (
            "The LNA entered Sirte on Monday, a day after GNA forces withdrew from the city.",
            MovementKind.WITHDRAW,
            None,
            "2020-06-07",
        ),
        (
            "The LNA seized Ras Lanuf on Tuesday, a week after the Petroleum Facilities Guard"
            " captured Es Sider.",
            MovementKind.CAPTURE,
            "Es Sider",
            "2020-06-02",
        ),
        (
            "The GNA took Tarhuna on 5 June, two days after the LNA abandoned Gharyan.",
            MovementKind.WITHDRAW,
            None,
            "2020-06-03",
        ),
        (
            "Three months after the LNA launched its offensive on Tripoli, its units hold only"
            " the southern suburbs.",
            MovementKind.ADVANCE,
            "Tripoli",
            "2020-03",
        ),
        (
            "Clashes broke out in Zawiya on Monday, a day before the LNA entered Sabratha.",
            MovementKind.CAPTURE,
            "Sabratha",
            "2020-06-09",
        ),
    ],
)
def test_a_clause_a_span_after_another_is_dated_before_it(
    text: str, kind: MovementKind, place: str | None, iso: str
) -> None:
    found = _dates(text)
    hits = [date for (k, dest), date in found.items() if k is kind and (place is None or dest == place)]
    assert hits == [iso], found


def test_the_main_clause_keeps_its_own_date() -> None:
    found = _dates("The LNA entered Sirte on Monday, a day after GNA forces withdrew from the city.")
    assert found[(MovementKind.CAPTURE, "Sirte")] == "2020-06-08", found


def test_an_after_clause_with_its_own_date_keeps_it() -> None:
    found = _dates("The GNA took Tarhuna on Friday, a day after the LNA abandoned Gharyan on 1 June.")
    assert [d for (k, _), d in found.items() if k is MovementKind.WITHDRAW] == ["2020-06-01"], found


@pytest.mark.parametrize(
    "text",
    [
        "The LNA entered Sirte on Monday after GNA forces withdrew from the city.",
        "The LNA entered Sirte on Monday, days after GNA forces withdrew from the city.",
    ],
)
def test_an_after_clause_with_no_counted_span_keeps_the_main_date(text: str) -> None:
    found = _dates(text)
    assert [d for (k, _), d in found.items() if k is MovementKind.WITHDRAW] == ["2020-06-08"], found


# ------------------------------------------------------------ "of that year", "since 2014, when"


def test_a_month_of_that_year_is_in_the_year_told_before() -> None:
    text = "The GNA has held the port since 2016, when its forces reached Sirte in June of that year."
    assert _dates(text)[(MovementKind.ADVANCE, "Sirte")] == "2016-06", _dates(text)


def test_a_month_of_that_year_with_no_year_before_is_no_date() -> None:
    from libya_events.dates import find_time_expressions

    found = find_time_expressions("In May of that year the army moved.", published=None)
    assert [(t.text, t.date) for t in found] == [("In May of that year", None)], found


def test_a_when_clause_on_since_a_year_happened_that_year() -> None:
    text = "Rival groups have fought over the town since 2014, when the LNA first entered Derna."
    assert _dates(text)[(MovementKind.CAPTURE, "Derna")] == "2014", _dates(text)


# ------------------------------------------------------------ going on from where the mover was


def test_a_move_that_goes_on_sets_out_from_the_actors_last_place() -> None:
    text = (
        "Aid work went on in the east. The UN sent an assessment team to Benghazi on Monday. The Libyan"
        " Red Crescent sent a convoy to Tobruk. The UN team travelled on to Derna on Wednesday."
    )
    found = _records(text)
    assert (MovementKind.TRAVEL, "United Nations", "Derna", "Benghazi") in found, found


def test_a_move_that_goes_on_with_no_place_before_has_no_origin() -> None:
    found = _records("Aid work went on. The UN team travelled on to Derna on Wednesday.")
    assert [(k, d, o) for k, _, d, o in found] == [(MovementKind.TRAVEL, "Derna", None)], found


def test_a_plain_move_takes_no_origin_from_the_story() -> None:
    text = "Aid work went on. The UN team travelled to Benghazi on Monday. The UN team travelled to Derna on Wednesday."
    found = _records(text)
    assert [o for _, _, d, o in found if d == "Derna"] == [None], found


# ------------------------------------------------------------ people who flee leave where they live


@pytest.mark.parametrize(
    ("text", "dests"),
    [
        (
            "Shelling went on. Many of the residents of Ras Lanuf fled to Brega when the raid began.",
            ["Brega"],
        ),
        (
            "Shelling went on. Hundreds of families from Murzuq have fled to Sabha and Ubari.",
            ["Sabha", "Ubari"],
        ),
    ],
)
def test_people_who_flee_leave_the_place_they_live_in(text: str, dests: list[str]) -> None:
    found = _records(text)
    assert [(k, d) for k, _, d, _ in found] == [(MovementKind.WITHDRAW, d) for d in dests], found
    assert {o for *_, o in found} == {"Ras Lanuf" if "Ras Lanuf" in text else "Murzuq"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Shelling went on. Fighters from Misrata withdrew to Misrata on Monday.",
        "Shelling went on. Families of Tawergha returned to Tawergha in 2018.",
        "Shelling went on. Units of the Misrata brigade withdrew to Sirte.",
    ],
)
def test_no_home_origin_for_forces_returns_or_the_destination(text: str) -> None:
    found = _records(text)
    assert found
    assert all(o is None for *_, o in found), found


# ------------------------------------------------------------ verbs that share one subject


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Fighting went on. The LNA took Sirte, then advanced toward Misrata.",
            (MovementKind.ADVANCE, "Libyan National Army", "Misrata"),
        ),
        (
            "Fighting went on. GNA forces seized Gharyan and pushed on to Tarhuna.",
            (MovementKind.ADVANCE, "Government of National Accord forces", "Tarhuna"),
        ),
    ],
)
def test_a_second_verb_goes_on_with_the_first_ones_subject(
    text: str, second: tuple[MovementKind, str, str]
) -> None:
    found = _records(text)
    assert second in [(k, a, d) for k, a, d, _ in found], found


def test_a_loose_verb_with_its_own_subject_keeps_it() -> None:
    found = _records("Fighting went on. The LNA took Sirte; the militias, it said, fled toward Misrata.")
    assert (MovementKind.WITHDRAW, "Libyan National Army") not in [(k, a) for k, a, _, _ in found], found


# ------------------------------------------------------------ leaving a force's own place


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Fighting went on. LNA fighters abandoned their positions on the southern outskirts of Tripoli.",
            "Tripoli",
        ),
        ("Fighting went on. The LNA left its positions at Sabha on Monday.", "Sabha"),
        ("Fighting went on. LNA fighters abandoned their positions in Ain Zara on Monday.", "Ain Zara"),
    ],
)
def test_positions_left_are_the_origin_not_the_destination(text: str, origin: str) -> None:
    found = _records(text)
    assert [(k, d, o) for k, _, d, o in found] == [(MovementKind.WITHDRAW, None, origin)], found


def test_a_base_left_before_moving_on_is_where_the_move_set_out() -> None:
    found = _records("Fighting went on. LNA fighters left their base at Jufra and moved towards Sirte.")
    assert [(k, d, o) for k, _, d, o in found] == [(MovementKind.ADVANCE, "Sirte", "Jufra")], found


def test_a_place_reached_by_a_sent_force_stays_its_destination() -> None:
    found = _records("Fighting went on. The LNA sent reinforcements to their positions at Sabha.")
    assert [(k, d) for k, _, d, _ in found] == [(MovementKind.DEPLOY, "Sabha")], found


# ------------------------------------------------------------ "the town its units had left"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighting went on. The LNA returned to Gharyan, the town its units had left in June.",
            (MovementKind.WITHDRAW, "Libyan National Army", None, "Gharyan"),
        ),
        (
            "Fighting went on. The GNA held Sirte, the city the LNA seized in June.",
            (MovementKind.CAPTURE, "Libyan National Army", "Sirte", None),
        ),
    ],
)
def test_a_relative_clause_with_no_relative_word_takes_its_noun_as_object(
    text: str, expected: tuple[MovementKind, str, str | None, str | None]
) -> None:
    found = _records(text)
    assert expected in found, found


def test_a_shore_left_is_no_departure_of_the_subject() -> None:
    text = "Fighting went on. The Libyan coast guard brought the migrants back to the shore they had left."
    assert MovementKind.WITHDRAW not in {k for k, *_ in _records(text)}, _records(text)


def test_the_day_they_left_is_still_a_departure() -> None:
    found = _records("Fighting went on. On the day the LNA left, the GNA entered Sirte.")
    assert (MovementKind.WITHDRAW, "Libyan National Army", None, None) in found, found


# ------------------------------------------------------------ "a Tebu commander said his men ..."


def test_an_unnamed_commanders_men_are_the_group_his_title_names() -> None:
    text = (
        "Tebu fighters hold Murzuq. Ali al-Hasnawi, an elder in Sabha, welcomed the army."
        " A Tebu commander said his men had pulled back from two checkpoints."
    )
    found = _records(text)
    assert [(k, a) for k, a, _, _ in found] == [(MovementKind.WITHDRAW, "Tebu fighters")], found


def test_an_unnamed_commander_with_no_named_group_credits_nobody() -> None:
    text = (
        "Tebu fighters hold Murzuq. Ali al-Hasnawi, an elder in Sabha, welcomed the army."
        " A local commander said his men had pulled back."
    )
    found = _records(text)
    assert "Ali al-Hasnawi" not in {a for _, a, _, _ in found}, found


def test_a_named_speakers_men_stay_his_forces() -> None:
    found = _records(
        "Fighting went on. Khalifa Haftar told reporters that his men had pulled out of Benghazi."
    )
    assert [(k, a, o) for k, a, _, o in found] == [
        (MovementKind.WITHDRAW, "Libyan National Army", "Benghazi")
    ], found


# ------------------------------------------------------------ "the first months of 2020"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Turkish officers arrived in Tripoli in the first months of 2020.", "2020"),
        ("They arrived at the end of 2019.", "2019-12"),  # a part naming one month (round 66)
        ("They left by the middle of 2021.", "2021"),
    ],
)
def test_a_part_of_a_year_names_that_year(text: str, year: str) -> None:
    from libya_events.dates import find_time_expressions

    found = find_time_expressions(text, published=None)
    assert [t.date.iso for t in found if t.date is not None] == [year], found


@pytest.mark.parametrize("text", ["A force of 2000 men arrived.", "the end of 2000 troops"])
def test_a_count_or_a_bare_of_year_is_no_date(text: str) -> None:
    from libya_events.dates import find_time_expressions

    assert find_time_expressions(text, published=None) == [], text
