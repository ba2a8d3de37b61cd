"""Round 59b: classes found by four blind genre articles (genre-301..304)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- "dozens of pickups carrying X left Y": a counting head of vehicles carries its people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dozens of trucks carrying Chadian rebels left Sabha on Friday.",
            ("withdraw", "Chadian rebels", "Sabha", None),
        ),
        (
            "Hundreds of vehicles carrying Misratan fighters arrived in Sirte on Monday.",
            ("deploy", "Misrata forces", None, "Sirte"),
        ),
        (
            "Scores of buses carrying migrants reached Zawiya from Sabratha on Sunday.",
            ("travel", "migrants", "Sabratha", "Zawiya"),
        ),
        (
            "Witnesses said dozens of pickups carrying Sudanese gunmen had pulled out of Kufra"
            " overnight, heading toward Tazirbu.",
            ("withdraw", "Sudanese gunmen", "Kufra", "Tazirbu"),
        ),
    ],
)
def test_counted_vehicles_carry_their_people(parser: Parser, text: str, expected: tuple[str, ...]) -> None:
    assert expected in kind_first_moves(parser, text, "2019-01-20")


def test_counted_vehicles_carrying_goods_are_not_their_goods(parser: Parser) -> None:
    """Goods carried ("dozens of trucks carrying food") do not move as an actor."""
    moves = kind_first_moves(
        parser, "Dozens of trucks carrying food and medicine reached Derna on Monday.", "2023-09-20"
    )
    assert not any(actor in {"food", "medicine"} for _, actor, _, _ in moves)


# ------------- "the pro-Bashagha convoys pulled back": convoys and columns named by whom they serve


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Fathi Bashagha was sworn in. After talks, the pro-Bashagha convoys pulled back to Misrata.",
            "2022-03-20",
            ("withdraw", "Government of National Stability forces", None, "Misrata"),
        ),
        (
            "Fayez al-Serraj said the pro-Serraj convoys had entered Tarhuna.",
            "2020-06-06",
            ("capture", "Government of National Accord forces", None, "Tarhuna"),
        ),
        (
            "Late on Friday, pro-Dbeibah columns moved into Souq al-Juma, residents said.",
            "2022-08-27",
            ("advance", "Government of National Unity forces", None, "Souq al-Juma"),
        ),
    ],
)
def test_pro_leader_convoys_are_his_forces(
    parser: Parser, text: str, published: str, expected: tuple[str, ...]
) -> None:
    moves = kind_first_moves(parser, text, published)
    assert expected in moves
    assert not any(
        actor in {"Fathi Bashagha", "Fayez al-Sarraj", "Abdul Hamid Dbeibah"} for _, actor, _, _ in moves
    )
