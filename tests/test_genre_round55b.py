"""Round 55b: classes found by four blind genre articles (genre-269..272)."""

from __future__ import annotations

import pytest
from _actor_views import kinds
from _movement_records import kind_first_moves, movement_days

from libya_events import ActorKind, Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- a unit named by its head and then its number ("Battalion 166") is an armed group,
# the same unit as "the 166 Battalion"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Battalion 166 withdrew from Sirte in May after weeks of skirmishes.", "Battalion 166"),
        ("Fighters of Brigade 301 entered Ain Zara on Tuesday morning.", "Brigade 301"),
        ("Regiment 128 pulled back from Brak on Saturday, local officials said.", "Regiment 128"),
    ],
)
def test_number_last_unit_is_an_armed_group(parser: Parser, text: str, unit: str) -> None:
    assert kinds(parser.parse(text, published="2015-06-01")).get(unit) is ActorKind.ARMED_GROUP


def test_number_last_unit_is_one_unit_with_number_first(parser: Parser) -> None:
    text = (
        "Battalion 166 moved into the outskirts of Sirte in March. "
        "In May the 166 Battalion withdrew from Sirte under fire."
    )
    found = kinds(parser.parse(text, published="2015-06-01"))
    assert [name for name in found if "166" in name] == ["Battalion 166"]


def test_number_last_unit_not_a_year(parser: Parser) -> None:
    # negative: a four-digit year after the word is no unit number
    found = kinds(
        parser.parse("The Brigade 2019 report said nothing of the fighting.", published="2020-01-10")
    )
    assert not any("2019" in name for name in found)


# ------------- "broke out of X" is an escape: a withdrawal from X ("fighting broke out in X" is none)


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Hundreds of detainees broke out of the Mabani detention centre before dawn on Friday.", "Mabani"),
        ("Dozens of prisoners broke out of the jail in Zawiya on Sunday night.", "Zawiya"),
        ("Some forty migrants broke out of the Tajoura centre during the air strike.", "Tajoura"),
    ],
)
def test_broke_out_of_is_a_withdrawal(parser: Parser, text: str, origin: str) -> None:
    moves = kind_first_moves(parser, text, "2021-10-11")
    assert any(kind == "withdraw" and o is not None and origin in o for kind, _a, o, _d in moves)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out in Tripoli on Sunday between two armed groups.",
        "Clashes broke out on Sunday between the Nawasi Brigade and the Rada force in Tripoli.",
        "A fire broke out at the Zawiya refinery on Monday.",
    ],
)
def test_fighting_breaking_out_is_no_movement(parser: Parser, text: str) -> None:
    assert kind_first_moves(parser, text, "2021-10-11") == []


# ------------- "set out/set off from X for Y": the "for" place the parse hangs on X is the goal


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        ("A column of LNA units set out from Kufra for Tazirbu on Friday afternoon.", "Kufra", "Tazirbu"),
        ("Dozens of armed pick-up trucks set off from Sabha for Ubari at dawn.", "Sabha", "Ubari"),
    ],
)
def test_set_out_from_x_for_y_reaches_y(parser: Parser, text: str, origin: str, dest: str) -> None:
    moves = kind_first_moves(parser, text, "2018-11-30")
    assert any(o == origin and d == dest for _k, _a, o, d in moves)


# ------------- a heading hung on an adverb of manner ("overland to X") is the move's own


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        (
            "The United States closed its embassy in Tripoli on Saturday and evacuated its diplomats "
            "overland to Tunisia, guarded by aircraft.",
            "Tunisia",
        ),
        ("The Italian government evacuated 100 nationals overland to Tunisia on Sunday.", "Tunisia"),
        ("The company moved its foreign workers overland to Egypt.", "Egypt"),
    ],
)
def test_heading_on_manner_adverb(parser: Parser, text: str, dest: str) -> None:
    moves = kind_first_moves(parser, text, "2014-07-26")
    assert any(d == dest for _k, _a, _o, d in moves)


# ------------- "evacuated its staff to X, driving them out of Y" restates the evacuation: no capture


@pytest.mark.parametrize(
    "text",
    [
        "The United States evacuated its diplomats to Tunisia, driving them out of Tripoli in a convoy.",
        "Italy evacuated its oil workers by sea, driving them out of Misrata under fire.",
        "Turkey relocated its embassy staff to Djerba, driving them out of the capital at dawn.",
    ],
)
def test_evacuees_driven_out_is_no_capture(parser: Parser, text: str) -> None:
    moves = kind_first_moves(parser, text, "2014-07-26")
    assert not any(kind == "capture" for kind, _a, _o, _d in moves)


def test_enemy_driven_out_is_still_a_capture(parser: Parser) -> None:
    # negative: a side driven out by a force that attacks it is still a capture
    moves = kind_first_moves(
        parser, "The army shelled the rebels for hours, driving them out of Brak.", "2014-07-26"
    )
    assert any(kind == "capture" and d == "Brak" for kind, _a, _o, d in moves)


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Italy evacuated its workers by sea, driving them out of Misrata under fire.", "Misrata"),
        (
            "The United States evacuated its diplomats to Tunisia, driving them out of Tripoli in a convoy.",
            "Tripoli",
        ),
    ],
)
def test_evacuees_driven_out_of_x_left_x(parser: Parser, text: str, origin: str) -> None:
    moves = kind_first_moves(parser, text, "2014-07-26")
    assert any(kind == "withdraw" and o == origin for kind, _a, o, _d in moves)


# ------------- an incident log's entry heading ("24 Nov (Sat), TAZIRBU - ...") dates its entry


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "INCIDENT LOG\n\n12 Mar (Tue), SABHA - CLASHES. Gunmen fired on a checkpoint.\n\n"
            "14 Mar (Thu), UBARI - REINFORCEMENTS. Army units arrived in Ubari this morning.\n",
            "2019-03-14",
        ),
        (
            "WEEKLY LOG\n\n3 June, MURZUQ - SHELLING. Houses were hit.\n\n"
            "5 June, GHAT - MOVEMENT. A convoy of fighters reached Ghat overnight.\n",
            "2019-06-05",
        ),
    ],
)
def test_log_entry_heading_dates_its_entry(parser: Parser, text: str, day: str) -> None:
    assert movement_days(parser, text, "2019-06-20" if "June" in text else "2019-03-20")[-1] == day


def test_log_entry_heading_needs_a_place_and_dash(parser: Parser) -> None:
    # negative: a sentence opening with a day is no heading; "yesterday" stays the published day's eve
    text = "12 March was quiet in Sabha.\n\nArmy units arrived in Ubari yesterday, residents said.\n"
    assert movement_days(parser, text, "2019-03-20") == ["2019-03-19"]
