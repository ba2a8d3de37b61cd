"""Round 60a: classes found by four blind genre articles (genre-305..308)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- "fighters of the brigade": members of a description are the body it stands for


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Nawasi Brigade moved on the port late on Friday. Fighters of the brigade stormed"
            " the customs building in Tripoli before dawn, a resident said.",
            ("capture", "Nawasi brigade", None, "Tripoli"),
        ),
        (
            "The Tareq bin Ziyad Brigade reached Sabha on Monday. Gunmen of the brigade then"
            " seized Tamanhint air base.",
            ("capture", "Tariq Ben Zeyad Brigade", None, "Tamanhint air base"),
        ),
        (
            "Clashes broke out after the Zawiya Martyrs Brigade blocked the coastal road. Commanders"
            " of the brigade pulled back to Zawiya on Sunday.",
            ("withdraw", "Zawiya Martyrs Brigade", None, "Zawiya"),
        ),
    ],
)
def test_members_of_a_described_body_are_that_body(
    parser: Parser, text: str, expected: tuple[str, ...]
) -> None:
    moves = kind_first_moves(parser, text, "2023-08-20")
    assert expected in moves
    assert not any(actor.lower() in {"fighters", "gunmen", "commanders"} for _, actor, _, _ in moves)


def test_members_of_a_longer_phrase_keep_their_own_reading(parser: Parser) -> None:
    """ "fighters of the brigade's rival": the brigade is not whose fighters these are."""
    moves = kind_first_moves(
        parser,
        "The Nawasi Brigade held the port. Fighters of the brigade's rival stormed a base in Gharyan.",
        "2023-08-20",
    )
    assert not any(actor == "Nawasi brigade" and dest == "Gharyan" for _, actor, _, dest in moves)


# ------------- "Roughly half travelled to X": a lone share noun is part of the group that fled


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 600 families fled Murzuq last week. Roughly half travelled to Ubari, where they"
            " are sheltering in schools.",
            ("withdraw", "families", None, "Ubari"),
        ),
        (
            "Around 300 migrants left the camp in Zawiya on Monday. Nearly half went to Tripoli.",
            ("withdraw", "migrants", None, "Tripoli"),
        ),
        (
            "Hundreds of residents fled Tawergha on Saturday, officials said. Almost half went to Benghazi.",
            ("withdraw", "residents", None, "Benghazi"),
        ),
    ],
)
def test_a_lone_share_of_the_people_who_fled_goes_on_fleeing(
    parser: Parser, text: str, expected: tuple[str, ...]
) -> None:
    moves = [(k, a, None, d) for k, a, _, d in kind_first_moves(parser, text, "2019-08-14")]
    assert expected in moves


def test_a_share_of_a_place_is_no_mover(parser: Parser) -> None:
    """ "Half of the town" is a share of a place, not of the people told before."""
    moves = kind_first_moves(
        parser, "Families fled Murzuq on Monday. Half of the town was left without power.", "2019-08-14"
    )
    assert all(dest is None for kind, _, _, dest in moves if kind == "withdraw")
