"""Round 36b: classes found by four blind genre articles (genre-137..140)."""

from __future__ import annotations

import pytest
from _movement_records import actor_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2019-03-11"
) -> list[tuple[str | None, str, str | None, str | None]]:
    return actor_moves(parser, text, published, reported_only=True)


# ---------------------------------------------------------------- driving into a country is no capture


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A column of the Union of Resistance Forces drove from Libya into Chad in February.", "Chad"),
        ("A column of the Union of Resistance Forces drove into Chad on Sunday.", "Chad"),
        ("FACT fighters rolled into Niger on Monday.", "Niger"),
    ],
)
def test_driving_into_a_country_is_an_advance(parser: Parser, text: str, country: str) -> None:
    kinds = [m[1] for m in _moves(parser, text) if m[3] == country]
    assert kinds == ["advance"]


def test_driving_into_a_town_is_still_a_capture(parser: Parser) -> None:
    assert ("capture", "Ajdabiya") in [
        (m[1], m[3]) for m in _moves(parser, "Rebel fighters drove into Ajdabiya on Monday.")
    ]


# ---------------------------------------------------------------- "showed no sign on Thursday of leaving"


@pytest.mark.parametrize(
    "text",
    [
        "Misratan fighters showed no sign this week of pulling out of Sirte.",
        "Gunmen from Zawiya gave no indication on Sunday of leaving the refinery.",
        "Rebel fighters showed no sign on Monday of withdrawing from Brega.",
        "Tebu fighters showed no sign yesterday of leaving Ubari.",
    ],
)
def test_no_sign_of_moving_is_no_reported_movement(parser: Parser, text: str) -> None:
    assert _moves(parser, text, "2011-12-08") == []


def test_a_move_made_with_no_sign_of_trouble_is_reported(parser: Parser) -> None:
    moves = _moves(
        parser, "The Zintan brigades left Tripoli on Monday with no sign of trouble.", "2011-12-08"
    )
    assert [m[1] for m in moves] == ["withdraw"]


# ---------------------------------------------------------------- a person driven back somewhere rides there


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        (
            "Haftar was driven back to his headquarters in Benghazi after the meeting.",
            "Khalifa Haftar",
            "Benghazi",
        ),
        (
            "Mahmoud Jibril was driven back to his hotel in Benghazi after the talks.",
            "Mahmoud Jibril",
            "Benghazi",
        ),
        ("Fayez al-Sarraj was driven back to Tripoli from Mitiga on Monday.", "Fayez al-Sarraj", "Tripoli"),
    ],
)
def test_a_person_driven_back_to_a_place_travels(parser: Parser, text: str, person: str, place: str) -> None:
    moves = _moves(parser, text, "2016-04-05")
    assert [(m[1], m[3]) for m in moves if m[0] == person] == [("travel", place)]


def test_a_side_driven_back_to_a_place_still_withdraws(parser: Parser) -> None:
    moves = _moves(parser, "Gaddafi loyalists were driven back to Sirte on Monday.", "2011-09-20")
    assert [(m[1], m[3]) for m in moves] == [("withdraw", "Sirte")]


# ---------------------------------------------------------------- a convoy carrying goods moves itself


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        (
            "A convoy of trucks carrying anti-aircraft guns arrived in Tripoli from Misrata on Wednesday.",
            "Tripoli",
            "deploy",
        ),
        # an unowned supply convoy is sent, a deploy (round 56a; gold genre-122, -198, -276)
        ("A convoy of lorries loaded with fuel reached Sabha on Monday.", "Sabha", "deploy"),
        (
            "A column of trucks carrying rockets and ammunition reached Tarhuna on Friday.",
            "Tarhuna",
            "advance",
        ),
    ],
)
def test_a_convoy_carrying_goods_is_the_mover(parser: Parser, text: str, place: str, kind: str) -> None:
    moves = _moves(parser, text, "2019-04-10")
    assert [(m[1], m[3]) for m in moves] == [(kind, place)]


def test_a_convoy_carrying_people_is_not_the_mover(parser: Parser) -> None:
    moves = _moves(parser, "A convoy of trucks carrying families left Sirte on Monday.", "2016-05-10")
    assert not [m for m in moves if "convoy" in m[0]]


# ---------------------------------------------------------------- television and camera crews act and move


@pytest.mark.parametrize(
    ("text", "origin", "kind"),
    [
        ("Several television crews left Benghazi for Egypt by road on Wednesday.", "Benghazi", "withdraw"),
        ("A camera crew flew from Tripoli to Sabha on Monday.", "Tripoli", "travel"),
        ("The TV crews were evacuated from Misrata by sea on Friday.", "Misrata", "withdraw"),
    ],
)
def test_news_crews_are_movers(parser: Parser, text: str, origin: str, kind: str) -> None:
    moves = _moves(parser, text, "2011-03-16")
    assert [(m[1], m[2]) for m in moves if "crew" in m[0].lower()] == [(kind, origin)]
