"""Round 58b: classes found by four blind genre articles (genre-293..296)."""

from __future__ import annotations

import pytest
from _movement_records import actor_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- people on a journey who leave one place for another travel there


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 300 migrants had left Sabha for Bani Walid during the second week of the month.",
            ("migrants", "travel", "Sabha", "Bani Walid"),
        ),
        (
            "About 80 migrants left Kufra for Ajdabiya on Tuesday, a local official said.",
            ("migrants", "travel", "Kufra", "Ajdabiya"),
        ),
        (
            "On Friday the passengers left Tripoli for Misrata by bus.",
            ("passengers", "travel", "Tripoli", "Misrata"),
        ),
    ],
)
def test_journeying_people_leaving_for_a_goal_travel(
    parser: Parser, text: str, expected: tuple[str | None, ...]
) -> None:
    moves = actor_moves(parser, text, "2020-10-30")
    assert [(m[1], m[2], m[3]) for m in moves] == [expected[1:]]
    assert expected[0] in (moves[0][0] or "")


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of families left Derna for Tobruk on Sunday.",
        "The residents left Sirte for Ajdabiya as the shelling grew heavier.",
    ],
)
def test_families_leaving_for_a_goal_still_flee(parser: Parser, text: str) -> None:
    assert [m[1] for m in actor_moves(parser, text, "2020-10-30")] == ["withdraw"]


def test_journeying_people_leaving_with_no_goal_still_withdraw(parser: Parser) -> None:
    moves = actor_moves(parser, "About 120 migrants left Sabha on Monday.", "2020-10-30")
    assert [(m[1], m[2]) for m in moves] == [("withdraw", "Sabha")]


# ------------- the members or remnants of a force told before move as that force


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        (
            "Gunmen attacked the 28 May Brigade on Monday. The surviving members of the brigade"
            " fled north to Tarhuna.",
            "Tarhuna",
        ),
        (
            "The Nawasi Brigade came under heavy fire. Members of the brigade withdrew to Tajoura overnight.",
            "Tajoura",
        ),
        (
            "Residents rose against the 28 May Brigade on Monday. Remnants of the brigade retreated"
            " to Misrata.",
            "Misrata",
        ),
    ],
)
def test_members_of_a_force_told_before_move_as_it(parser: Parser, text: str, dest: str) -> None:
    moves = actor_moves(parser, text, "2012-01-24")
    assert ("withdraw", dest) in [(m[1], m[3]) for m in moves]
    assert all(m[0] is not None and "brigade" in m[0].lower() for m in moves if m[3] == dest)


def test_members_of_a_delegation_are_no_force(parser: Parser) -> None:
    # a delegation is no force: its members travel as the delegation they were told as before
    moves = actor_moves(parser, "Members of the delegation flew to Cairo on Sunday.", "2012-01-24")
    assert [(m[1], m[3]) for m in moves] == [("travel", "Cairo")]
