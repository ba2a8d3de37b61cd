"""Round 55a: classes found by four blind genre articles (genre-265..268)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import MovementKind, Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- bare reinforcements in a clause a named side reports are that side's


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        (
            "The Libyan National Army said reinforcements had been sent to Sokna on Monday.",
            "Libyan National Army",
            "Sokna",
        ),
        (
            "Reinforcements were flown to Sabha overnight, the Libyan National Army said.",
            "Libyan National Army",
            "Sabha",
        ),
        (
            "The General Command of the Libyan National Army said that reinforcements had been dispatched to Hun.",
            "Libyan National Army",
            "Hun",
        ),
    ],
)
def test_reported_bare_force_is_the_speakers_side(parser: Parser, text: str, side: str, place: str) -> None:
    moves = kind_first_moves(parser, text, "2018-10-29")
    assert (MovementKind.DEPLOY.value, side, None, place) in moves, moves


def test_bare_force_reported_by_residents_has_no_side(parser: Parser) -> None:
    # negative: residents name no side, so the reinforcements stay unowned
    moves = kind_first_moves(
        parser, "Reinforcements were sent to Sokna on Monday, residents said.", "2018-10-29"
    )
    assert moves == [], moves


# ------------- a goal "the town" after a "from" phrase is the town told before, not the start


@pytest.mark.parametrize(
    ("text", "origin", "place"),
    [
        (
            "Gunmen attacked Sokna on Sunday.\n\nThe army sent reinforcements from Hun to the town on Monday.",
            "Hun",
            "Sokna",
        ),
        (
            "Gunmen attacked Sokna on Sunday.\n\nThe Libyan National Army said reinforcements had been dispatched "
            "from Hun and Waddan to the town.",
            "Hun",
            "Sokna",
        ),
    ],
)
def test_goal_town_is_not_the_own_start(parser: Parser, text: str, origin: str, place: str) -> None:
    moves = kind_first_moves(parser, text, "2018-10-29")
    assert any(o == origin and d == place for _k, _a, o, d in moves), moves


# ------------- "its stronghold of X" names X, not the place told before


@pytest.mark.parametrize(
    ("text", "kind", "origin", "dest"),
    [
        (
            "The council in Tripoli met on Monday.\n\nThe Islamic State group withdrew from its last enclave of "
            "Sabratha in February.",
            MovementKind.WITHDRAW.value,
            "Sabratha",
            None,
        ),
        (
            "The council in Tripoli met on Monday.\n\nThe militia pulled back to its bastion of Bani Walid on Tuesday.",
            MovementKind.WITHDRAW.value,
            None,
            "Bani Walid",
        ),
        (
            "The council in Tripoli met on Monday.\n\nThe Islamic State has staged raids since it was driven out of its "
            "stronghold of Sirte in 2016.",
            MovementKind.WITHDRAW.value,
            "Sirte",
            None,
        ),
    ],
)
def test_owned_part_of_named_place(
    parser: Parser, text: str, kind: str, origin: str | None, dest: str | None
) -> None:
    moves = kind_first_moves(parser, text, "2018-10-29")
    assert any(k == kind and o == origin and d == dest for k, _a, o, d in moves), moves


def test_owned_part_in_named_place_kept(parser: Parser) -> None:
    # negative: "its stronghold in X" still names X
    moves = kind_first_moves(
        parser,
        "The council in Tripoli met on Monday.\n\nThe militia was pushed out of its stronghold in Zawiya.",
        "2018-10-29",
    )
    assert any(o == "Zawiya" for _k, _a, o, _d in moves), moves


# ------------- "went from house to house" is a search inside a place, not a journey


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen went from house to house looking for soldiers.",
        "Militants moved from door to door in the village of Tazirbu on Sunday.",
        "Soldiers went from street to street in Sabha searching for weapons.",
    ],
)
def test_house_to_house_is_no_move(parser: Parser, text: str) -> None:
    assert kind_first_moves(parser, text, "2018-10-29") == []


def test_town_to_town_journey_kept(parser: Parser) -> None:
    # negative: "from X to Y" with two named places is still a journey
    moves = kind_first_moves(parser, "The gunmen went from Sokna to Hun on Sunday.", "2018-10-29")
    assert any(o == "Sokna" and d == "Hun" for _k, _a, o, d in moves), moves
