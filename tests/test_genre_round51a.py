"""Round 51a: classes found by four blind genre articles (genre-237..240)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- a nationality word on a model name still owns the vehicle


@pytest.mark.parametrize(
    ("text", "owner", "origin", "destination"),
    [
        (
            "Russia has backed Haftar for years. In January, Russian Il-76 cargo aircraft flew "
            "air defence systems from Hmeimim to al-Khadim air base.",
            "Russia",
            "Hmeimim air base",
            "al-Khadim air base",
        ),
        (
            "Turkey signed a pact with the government. On Tuesday, two Turkish Bayraktar TB2 drones "
            "were flown from Ankara to al-Watiya air base.",
            "Turkey",
            "Ankara",
            "al-Watiya air base",
        ),
        (
            "Russia denied any role. Last month, Russian Su-24 attack jets apparently flew from "
            "Latakia to Jufra air base.",
            "Russia",
            "Latakia",
            "al-Jufra air base",
        ),
    ],
)
def test_nationality_on_a_model_name_owns_the_vehicle(
    parser: Parser, text: str, owner: str, origin: str, destination: str
) -> None:
    moves = kind_first_moves(parser, text, "2025-02-14")
    assert ("deploy", owner, origin, destination) in moves


def test_libyan_model_name_names_no_foreign_owner(parser: Parser) -> None:
    text = (
        "Russia has backed Haftar for years. In January, Libyan Il-76 cargo aircraft flew "
        "air defence systems from Hmeimim to al-Khadim air base."
    )
    moves = kind_first_moves(parser, text, "2025-02-14")
    assert not any(m[1] == "Russia" for m in moves)


# ------------- "an advance force", "a vanguard": the front of the side told moving


@pytest.mark.parametrize(
    ("text", "side", "destination"),
    [
        (
            "LNA units entered Fatayeh on Monday, and an advance force reached the outskirts of "
            "Dahr al-Hamar.",
            "Libyan National Army",
            "Dahr al-Hamar",
        ),
        (
            "Rebel forces captured Zliten on Friday. A vanguard entered Khoms the next morning.",
            "Libyan rebels",
            "Khoms",  # the text's spelling (round 65)
        ),
        (
            "GNA forces advanced on Tarhuna on Monday. A forward unit entered Qasr Bin Ghashir at dusk.",
            "Government of National Accord forces",
            "Qasr bin Ghashir",
        ),
    ],
)
def test_vanguard_is_part_of_the_side_told_moving(
    parser: Parser, text: str, side: str, destination: str
) -> None:
    moves = kind_first_moves(parser, text, "2018-05-22")
    assert any(m[1].lower() == side.lower() and m[3] == destination for m in moves[1:]), moves


def test_vanguard_with_no_side_told_is_no_one(parser: Parser) -> None:
    moves = kind_first_moves(
        parser, "An advance force reached the outskirts of Sirte on Monday.", "2018-05-22"
    )
    assert moves == []


def test_small_force_is_not_a_vanguard(parser: Parser) -> None:
    text = "LNA units entered Fatayeh on Monday. A small force reached the outskirts of Dahr al-Hamar."
    moves = kind_first_moves(parser, text, "2018-05-22")
    assert [m[3] for m in moves] == ["Fatayeh"]


# ------------- Dahr al-Hamar, a Derna district, is a place (the gazetteer's curated rows)


def test_dahr_al_hamar_is_a_derna_district(parser: Parser) -> None:
    article = parser.parse("Fighters said they still held Dahr al-Hamar on Sunday.", published="2018-05-22")
    places = {loc.name: loc for loc in article.locations}
    assert "Dahr al-Hamar" in places
    assert not any(a.name == "Dahr al-Hamar" for a in article.actors)
