"""Round 52b: classes found by four blind genre articles (genre-245..248)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- setting up checkpoints somewhere is a deployment there


@pytest.mark.parametrize(
    ("text", "actor", "destination"),
    [
        (
            "The 444 Brigade set up checkpoints at the southern gate of Gharyan on Monday.",
            "444 Brigade",
            "Gharyan",
        ),
        (
            "The Libyan National Army established roadblocks around Bani Walid late on Sunday.",
            "Libyan National Army",
            "Bani Walid",
        ),
        (
            "Checkpoints were erected in Tarhuna by the Libyan National Army after the clashes.",
            "Libyan National Army",
            "Tarhuna",
        ),
    ],
)
def test_setting_up_checkpoints_deploys(parser: Parser, text: str, actor: str, destination: str) -> None:
    moves = kind_first_moves(parser, text, "2019-04-10")
    assert ("deploy", actor, None, destination) in moves


def test_a_checkpoint_attacked_is_no_deployment(parser: Parser) -> None:
    text = "Gunmen attacked a checkpoint of the Libyan National Army near Zawiya on Monday."
    moves = kind_first_moves(parser, text, "2019-04-10")
    assert not any(kind == "deploy" for kind, *_ in moves)


# ------------- a return goes back to the place its movers' relative clause says they left


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("Families who left Tawergha in 2011 have begun to return, the local council said.", "Tawergha"),
        ("Residents who fled Ain Zara during the clashes started returning on Tuesday.", "Ain Zara"),
        ("Hundreds of families that had escaped Sirte returned last week, officials said.", "Sirte"),
    ],
)
def test_return_goes_back_to_the_place_left(parser: Parser, text: str, destination: str) -> None:
    moves = kind_first_moves(parser, text, "2019-04-10")
    assert any(kind == "travel" and dest == destination for kind, _a, _o, dest in moves)


def test_return_of_fighters_who_took_a_town_goes_nowhere_named(parser: Parser) -> None:
    text = "Fighters who captured Sirte in June returned on Monday."
    moves = kind_first_moves(parser, text, "2019-04-10")
    assert not any(kind in ("travel", "withdraw") and dest == "Sirte" for kind, _a, _o, dest in moves)


# ------------- people returned by another side to a place are the movers


@pytest.mark.parametrize(
    ("text", "actor", "destination"),
    [
        ("The Libyan coast guard returned 310 migrants to Tripoli on Sunday.", "migrants", "Tripoli"),
        ("Tunisian guards returned 95 refugees to Libya at the weekend.", "refugees", "Libya"),
        (
            "On Friday the coast guard returned 140 people to Zuwara after stopping two boats.",
            "people",
            "Zuwara",
        ),
    ],
)
def test_people_returned_to_a_place_travel(parser: Parser, text: str, actor: str, destination: str) -> None:
    moves = kind_first_moves(parser, text, "2023-05-26")
    assert ("travel", actor, None, destination) in moves


def test_returning_a_body_moves_no_one(parser: Parser) -> None:
    text = "The rebels returned the bodies of 12 soldiers to Sirte on Friday."
    moves = kind_first_moves(parser, text, "2023-05-26")
    assert moves == []


def test_a_checkpoint_taken_is_still_a_capture(parser: Parser) -> None:
    text = "The Libyan National Army took the Heera checkpoint north of Gharyan on Monday."
    moves = kind_first_moves(parser, text, "2019-04-10")
    assert any(kind == "capture" and dest is not None and "Heera" in dest for kind, _a, _o, dest in moves)


# ------------- a group description apposed to a named body is that body, not its leader


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A column of 40 trucks belonging to the Union of Resistance Forces, the coalition led by "
            "Timan Erdimi, crossed from Libya into Chad on Sunday.",
            "Union of Resistance Forces",
        ),
        (
            "Fighters of the Union of Resistance Forces, the coalition led by Timan Erdimi, crossed "
            "into Chad on Sunday.",
            "Union of Resistance Forces",
        ),
        (
            "Fighters from the Benghazi Defence Brigades, the group led by Mustafa al-Sharkasi, "
            "advanced on Sidra on Friday.",
            "Benghazi Defence Brigades",
        ),
    ],
)
def test_apposed_group_description_keeps_the_body(parser: Parser, text: str, actor: str) -> None:
    moves = kind_first_moves(parser, text, "2019-02-11")
    assert moves
    assert all(a == actor for _k, a, _o, _d in moves)


def test_a_leader_apposed_to_himself_still_moves(parser: Parser) -> None:
    text = "Haftar, the commander of the army, flew to Cairo on Monday."
    moves = kind_first_moves(parser, text, "2019-02-11")
    assert ("travel", "Khalifa Haftar", None, "Cairo") in moves


# ------------- Chad's Ennedi is a place on the map


@pytest.mark.parametrize(
    "text",
    [
        "The rebel column drove into the Ennedi region on Sunday.",
        "Chadian troops captured dozens of rebels in the Ennedi, the army said.",
        "French jets struck a convoy in Ennedi on Tuesday.",
    ],
)
def test_ennedi_is_a_region_of_chad(parser: Parser, text: str) -> None:
    places = [loc for loc in parser.parse(text, published="2019-02-11").locations if loc.name == "Ennedi"]
    assert places
    assert places[0].point is not None
    assert abs(places[0].point.lat - 17.18) < 0.1


def test_checkpoints_on_a_road_to_a_town_are_not_in_it(parser: Parser) -> None:
    text = "The 444 Brigade set up roadblocks on the highway to Gharyan on Monday."
    moves = kind_first_moves(parser, text, "2019-04-10")
    assert not any(dest == "Gharyan" for _k, _a, _o, dest in moves)
