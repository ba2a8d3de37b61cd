"""Round 35a: classes found by four blind genre articles (genre-125..128)."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2021-05-21"
) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [
        (
            m.actor,
            m.kind.value,
            m.origin.name if m.origin is not None else None,
            m.destination.name if m.destination is not None else None,
            m.date.iso if m.date is not None else None,
        )
        for m in parser.parse(text, published=published).movements
    ]


# ---------------------------------------------------------------- an armed group entering a country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The rebel column of the Front for Change and Concord in Chad entered Chad on Sunday.", "Chad"),
        ("Fighters of the Sudan Liberation Army entered Sudan from Kufra last week.", "Sudan"),
        ("Wagner Group units entered Niger from the Fezzan on Tuesday.", "Niger"),
    ],
)
def test_a_group_entering_a_country_advances_and_takes_nothing(
    parser: Parser, text: str, country: str
) -> None:
    kinds = [m[1] for m in _moves(parser, text) if m[3] == country]
    assert "capture" not in kinds
    assert "advance" in kinds


def test_a_group_entering_a_town_still_captures_it(parser: Parser) -> None:
    assert ("Libyan National Army", "capture") in [
        m[:2] for m in _moves(parser, "Libyan National Army forces entered Sirte on Monday.")
    ]


# ---------------------------------------------------------------- "through X" beside the place entered


@pytest.mark.parametrize(
    ("text", "entered", "passed"),
    [
        (
            "Fighters of the Front for Change and Concord in Chad entered Chad through the Tibesti area on Sunday.",
            "Chad",
            "Tibesti",
        ),
        (
            "Libyan National Army forces entered Sirte through Abu Hadi at dawn on Monday.",
            "Sirte",
            "Abu Hadi",
        ),
        ("Government forces entered Sabha through the Tamanhint air base on Friday.", "Sabha", "Tamanhint"),
    ],
)
def test_through_beside_the_place_entered_is_only_the_way(
    parser: Parser, text: str, entered: str, passed: str
) -> None:
    places = [m[3] or "" for m in _moves(parser, text)]
    assert any(entered in p for p in places)
    assert not any(passed in p for p in places)


# ---------------------------------------------------------------- dated items of a brief series

BRIEFS = (
    "LIBYA - NEWS IN BRIEF\n\n"
    "9 June 2021 - Convoy reaches the south\n\n"
    "Government of National Unity forces deployed to Sabha on Tuesday, officials said.\n\n"
    "2 March 2021 - Fighters pull out of Sirte\n\n"
    "Units of the Libyan National Army withdrew from Sirte on Monday, residents said.\n"
)


def test_an_item_heading_dates_its_item(parser: Parser) -> None:
    dates = {m[3] or m[2]: m[4] for m in _moves(parser, BRIEFS, published="2021-06-09")}
    assert dates.get("Sirte") == "2021-03-01"  # Monday before 2 March, not before 9 June
    assert dates.get("Sabha") == "2021-06-08"


@pytest.mark.parametrize(
    "line",
    [
        "11 April 2021: The rebels crossed the border into Chad on the day of the election, officials "
        "said, after weeks in which their column had gathered in the south\n",  # too long for a headline
        "On 11 April 2021 - the day of the vote - rebels crossed the border.\n",
        "11 April 2021 - Rebels crossed the border and entered Chad, officials said on Sunday.\n",
    ],
)
def test_a_sentence_opening_with_a_date_is_no_item_heading(line: str) -> None:
    import datetime

    from libya_events.dates import find_time_expressions, section_datelines

    text = line + "\n" + line
    times = find_time_expressions(text, datetime.date(2021, 5, 21))
    assert section_datelines(text, times) == []


# ---------------------------------------------------------------- a distance apposed to a place


def _anchors(parser: Parser, text: str) -> list[str]:
    return [r.anchor.name for r in parser.parse(text, published="2012-04-09").relative_locations]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "Fighting broke out in Zuwara on Sunday. Families crossed into Tunisia at Ras Ajdir, "
            "about 60 km west of the town, on Monday.",
            "Zuwara",
        ),
        (
            "The convoy left Misrata at dawn. By noon it had reached Zliten, some 60 km west of the city, "
            "where it stopped.",
            "Misrata",
        ),
        (
            "Clashes resumed in Sabha overnight. Residents fled to Ubari, almost 200 km southwest of the city.",
            "Sabha",
        ),
    ],
)
def test_a_distance_apposed_to_a_place_measures_from_another_town(
    parser: Parser, text: str, anchor: str
) -> None:
    assert anchor in _anchors(parser, text)


def test_a_distance_not_apposed_still_measures_from_the_last_town(parser: Parser) -> None:
    text = "The LNA took Tarhuna on Friday. Its units then moved to a camp 20 km east of the town."
    assert "Tarhuna" in _anchors(parser, text)


# ---------------------------------------------------------------- a retreat carried on


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Libyan National Army units pulled out of Tarhuna overnight and headed toward Bani Walid, and "
            "some of them continued on to Jufra.",
            "Jufra",
        ),
        (
            "The Islamic State fighters fled Sirte on Monday. Some of them continued south to Bani Walid.",
            "Bani Walid",
        ),
        (
            "Gaddafi loyalists withdrew from Brega toward Ras Lanuf and pressed on to Sirte the next day.",
            "Sirte",
        ),
    ],
)
def test_carrying_on_after_a_withdrawal_is_still_a_withdrawal(parser: Parser, text: str, place: str) -> None:
    assert [m[1] for m in _moves(parser, text) if m[3] and place in m[3]] == ["withdraw"]


def test_carrying_on_after_an_advance_stays_an_advance(parser: Parser) -> None:
    text = "Libyan National Army units advanced on Gharyan and continued on to Tripoli the next day."
    assert "withdraw" not in [m[1] for m in _moves(parser, text)]


# ---------------------------------------------------------------- forces sent on a compass heading


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Chadian army said its troops had been sent north to meet the rebels.", "Chadian army"),
        ("The Libyan National Army moved two battalions east on Monday.", "Libyan National Army"),
        (
            "The Government of National Accord sent reinforcements south on Sunday.",
            "Government of National Accord",
        ),
    ],
)
def test_forces_sent_on_a_compass_heading_are_deployed(parser: Parser, text: str, actor: str) -> None:
    assert (actor, "deploy", None, None) in [m[:4] for m in _moves(parser, text)]


def test_a_thing_sent_on_a_heading_is_no_deployment(parser: Parser) -> None:
    assert _moves(parser, "The Libyan National Army sent its reply north on Monday.") == []


# ---------------------------------------------------------------- a possessive time names an earlier event


def _dates(parser: Parser, text: str) -> list[str | None]:
    return [m[4] for m in _moves(parser, text, published="2012-04-09")]


@pytest.mark.parametrize(
    "text",
    [
        "Fighters from Regdalin, many of whom had backed Gaddafi during last year's war, shelled Zuwara.\n\n"
        "Hundreds of families left Zuwara along the coast road.",
        "The town never recovered from last year's siege.\n\nHundreds of families fled Zuwara for Tunisia.",
        "Residents remember last month's clashes well.\n\nThe Zuwara brigades pulled out of Regdalin.",
    ],
)
def test_a_possessive_time_does_not_date_later_moves(parser: Parser, text: str) -> None:
    dates = _dates(parser, text)
    assert dates
    assert all(d is None for d in dates)


def test_a_plain_time_still_dates_later_moves(parser: Parser) -> None:
    text = "The fighting broke out on 1 April.\n\nHundreds of families left Zuwara along the coast road."
    assert _dates(parser, text) == ["2012-04-01"]


# ---------------------------------------------------------------- "the town" after a common noun placed by it


def _places_reached(parser: Parser, text: str) -> list[str | None]:
    return [m[3] for m in _moves(parser, text, published="2015-01-03")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "The Third Force left Misrata on Thursday. On Friday its fighters advanced from their "
            "positions west of Ben Jawad and reached the outskirts of the town.",
            "Ben Jawad",  # the text's spelling (round 65)
        ),
        (
            "Units from Zintan gathered in Gharyan. On Monday they moved to a camp south of Bani Walid "
            "and entered the town at dusk.",
            "Bani Walid",
        ),
        (
            "Misrata forces left Sirte on Sunday. They set up positions north of Bani Walid and entered "
            "the town on Monday.",
            "Bani Walid",
        ),
    ],
)
def test_a_town_placing_a_common_noun_is_the_town_told_of(parser: Parser, text: str, town: str) -> None:
    assert town in _places_reached(parser, text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "The Libyan National Army reached Tarhuna, 65 km southeast of Tripoli, and entered the town.",
            "Tarhuna",
        ),
        (
            "Tebu fighters attacked Kufra on Saturday. They tried to storm the city, some 950 km "
            "(590 miles) southeast of the capital Tripoli, before dawn.",
            "Kufra",
        ),
    ],
)
def test_a_town_placing_another_town_stays_its_reference(parser: Parser, text: str, town: str) -> None:
    reached = _places_reached(parser, text)
    assert town in reached
    assert "Tripoli" not in reached
