"""Round 56a: classes found by four blind genre articles (genre-273..276)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- an unowned supply convoy that leaves or reaches a place is deployed


@pytest.mark.parametrize(
    ("text", "origin", "place"),
    [
        ("A convoy of aid trucks left Benghazi for Kufra on Tuesday.", "Benghazi", "Kufra"),
        ("A convoy of fuel tankers left Jufra for Sabha on Thursday morning.", "Jufra", "Sabha"),
        (
            "A convoy of 20 lorries carrying blankets and hygiene kits left Ajdabiya for Kufra at dawn.",
            "Ajdabiya",
            "Kufra",
        ),
    ],
)
def test_supply_convoy_is_deployed(parser: Parser, text: str, origin: str, place: str) -> None:
    moves = kind_first_moves(parser, text, "2025-06-10")
    assert [(k, o, d) for k, _a, o, d in moves] == [("deploy", origin, place)]


def test_convoy_of_relief_goods_reaching_a_town(parser: Parser) -> None:
    moves = kind_first_moves(
        parser, "A convoy of trucks carrying food parcels reached Kufra on Sunday.", "2025-06-10"
    )
    assert [(k, d) for k, _a, _o, d in moves] == [("deploy", "Kufra")]


def test_armed_convoy_still_advances(parser: Parser) -> None:
    moves = kind_first_moves(parser, "Dozens of armed vehicles rolled into Gharyan on Sunday.", "2019-04-07")
    assert [k for k, *_ in moves] != ["deploy"]


def test_families_in_trucks_still_leave(parser: Parser) -> None:
    moves = kind_first_moves(parser, "Families in trucks left Sabha for Ubari on Sunday.", "2019-04-07")
    assert [(k, a) for k, a, _o, _d in moves] == [("withdraw", "Families")]


# ------------- mobile clinics a body moves or sends are its deployment


@pytest.mark.parametrize(
    ("text", "origin", "place"),
    [
        ("The Red Crescent sent two mobile clinics from Ajdabiya to Kufra on Sunday.", "Ajdabiya", "Kufra"),
        ("The Libyan Red Crescent moved three mobile clinics from Benghazi to Derna.", "Benghazi", "Derna"),
        ("The World Health Organization dispatched a mobile clinic to Tawergha on Monday.", None, "Tawergha"),
    ],
)
def test_mobile_clinics_are_deployed(parser: Parser, text: str, origin: str | None, place: str) -> None:
    moves = kind_first_moves(parser, text, "2025-06-10")
    assert [(k, o, d) for k, _a, o, d in moves] == [("deploy", origin, place)]


# ------------- "the hills to the south" is a side of the scene, not the country's region


@pytest.mark.parametrize(
    "text",
    [
        "Residents said families had left the coastal districts for the hills to the south.",
        "Hundreds of families fled Derna for the mountains to the east on Monday.",
        "Many people sheltered in the orchards to the west after the strikes.",
    ],
)
def test_terrain_toward_a_side_is_no_region(parser: Parser, text: str) -> None:
    article = parser.parse(text, published="2015-02-16")
    assert [loc.name for loc in article.locations if loc.kind.value == "region"] == []


def test_sent_to_the_south_is_still_the_region(parser: Parser) -> None:
    article = parser.parse("The army sent reinforcements to the south on Monday.", published="2015-02-16")
    assert [loc.name for loc in article.locations] == ["southern Libya"]


# ------------- "the military said" is the army named before


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Egyptian army bombed targets near Derna on Monday. The jets returned safely, the military said.",
            "Egyptian armed forces",
        ),
        (
            "The Egyptian army bombed targets near Derna on Monday. The military said all its aircraft were back.",
            "Egyptian armed forces",
        ),
        (
            "The Libyan National Army took Sirte on Monday. The military said its losses had been light.",
            "Libyan National Army",
        ),
    ],
)
def test_the_military_is_the_army_named_before(parser: Parser, text: str, speaker: str) -> None:
    article = parser.parse(text, published="2015-02-16")
    assert [s.speaker for s in article.statements] == [speaker]
