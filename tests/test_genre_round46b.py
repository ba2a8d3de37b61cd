"""Round 46b: classes found by four blind genre articles (genre-209..212)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2021-07-12"
) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(parser, text, published)


# ------------------------------------------- any crowd that marches or converges on a place advances


@pytest.mark.parametrize(
    "text",
    [
        "Later that day hundreds of residents marched on the brigade's barracks in Benghazi, chanting slogans.",
        "On Friday angry youths converged on the militia's headquarters in Tripoli.",
        "Residents marched on the council building in Sirte after the vote, witnesses said.",
    ],
)
def test_crowd_marching_on_a_place_advances(parser: Parser, text: str) -> None:
    assert [m[0] for m in _moves(parser, text)] == ["advance"]


def test_crowd_marching_to_a_place_still_travels(parser: Parser) -> None:
    text = "Thousands of families marched to the main square in Misrata on Friday."
    assert [m[0] for m in _moves(parser, text)] == ["travel"]


# ------------------------------------------- officers sent or moved somewhere are deployed


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred officers were sent from Tripoli to run the border post, a spokesman said.",
        "Extra officers were moved to the crossing from Zuwara on Sunday.",
        "About 40 officers were dispatched from Misrata overnight to guard the port.",
    ],
)
def test_officers_sent_or_moved_deploy(parser: Parser, text: str) -> None:
    assert [m[0] for m in _moves(parser, text)] == ["deploy"]


def test_an_officer_fleeing_still_withdraws(parser: Parser) -> None:
    text = "A senior police officer fled to Tunisia on Monday after the clashes."
    assert [m[0] for m in _moves(parser, text)] == ["withdraw"]


# ------------------------------------------- "took up his post": an office, no place reached


@pytest.mark.parametrize(
    "text",
    [
        "The new UN envoy, Ghassan Salame, who took up his post this month, met Haftar in Benghazi.",
        "The new commander took up his post in Sirte on Monday.",
        "Martin Kobler took up his post in Tunis in November.",
    ],
)
def test_taking_up_ones_post_is_no_movement(parser: Parser, text: str) -> None:
    assert _moves(parser, text) == []


def test_forces_taking_up_positions_still_deploy(parser: Parser) -> None:
    text = "Government forces took up positions on the road to Sirte on Monday."
    assert [m[0] for m in _moves(parser, text)] == ["deploy"]


# ------------------------------------------- a commander's side not yet formed on the story's day


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Wanis Bukhamada said his men had driven the militants out of Laithi.", "2013-11-25"),
        ("Wanis Bukhamada told reporters that his men had taken the camp near Benina.", "2012-06-02"),
        ("Abdulrazek al-Nadhuri said his men had taken the camp near Benina.", "2012-06-02"),
    ],
)
def test_commanders_men_before_his_side_was_formed_are_not_it(
    parser: Parser, text: str, published: str
) -> None:
    actors = [m[1] for m in _moves(parser, text, published)]
    assert actors
    assert "Libyan National Army" not in actors


def test_commanders_men_after_his_side_was_formed_are_it(parser: Parser) -> None:
    text = "Wanis Bukhamada said his men had driven the militants out of Laithi."
    assert [m[1] for m in _moves(parser, text, "2016-02-25")] == ["Libyan National Army"]
