"""Round 49b: classes found by four blind genre articles (genre-225..228)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# --------------------- a particle right after a long object still belongs to the verb


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The army drove the Petroleum Facilities Guard out of Es Sider on Sunday.", "Es Sider"),
        ("Rebel fighters drove the Khamis Brigade's last units out of Zawiya on Monday.", "Zawiya"),
        (
            "Two days later the Libyan National Army forced the Benghazi Defence Brigades out of Ras Lanuf.",
            "Ras Lanuf",
        ),
    ],
)
def test_driving_a_long_named_side_out_of_a_place_captures_it(parser: Parser, text: str, place: str) -> None:
    moves = kind_first_moves(parser, text, "2016-09-21")
    assert [(m[0], m[3]) for m in moves] == [("capture", place)]


def test_pulling_own_long_named_units_back_from_a_place_withdraws(parser: Parser) -> None:
    text = "The Libyan National Army pulled its heavy armoured units back from Ras Lanuf on Sunday."
    moves = kind_first_moves(parser, text, "2016-09-21")
    assert [(m[0], m[2]) for m in moves] == [("withdraw", "Ras Lanuf")]


# ---------------- a vague word before a nationality's force counts part of that force


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Some Sudanese units withdrew from Sirte to Jufra in February.", "Sudanese units"),
        ("Several Chadian forces are thought to have pulled back from Sirte to Jufra.", "Chadian forces"),
        ("In March two Syrian units arrived in Tripoli from Misrata.", "Syrian units"),
    ],
)
def test_a_vague_part_of_a_nationality_force_is_that_force(parser: Parser, text: str, actor: str) -> None:
    moves = kind_first_moves(parser, text, "2021-04-14")
    assert [m[1] for m in moves] == [actor]


def test_a_vague_part_with_no_nationality_is_still_the_side_told_before(parser: Parser) -> None:
    text = "The Libyan National Army took Sirte on Monday. Several units then moved toward Jufra."
    moves = kind_first_moves(parser, text, "2021-04-14")
    assert [(m[0], m[1]) for m in moves] == [
        ("capture", "Libyan National Army"),
        ("advance", "Libyan National Army"),
    ]


# -------------- a withdrawal's own drive on to a place is where the retreat went


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        (
            "Gaddafi's troops pulled out of Sabratha overnight and drove west toward Zuwara.",
            "Sabratha",
            "Zuwara",
        ),
        ("The militia withdrew from Gharyan on Monday and drove south to Tarhuna.", "Gharyan", "Tarhuna"),
        ("The Petroleum Facilities Guard fled Ras Lanuf and drove east toward Brega.", "Ras Lanuf", "Brega"),
    ],
)
def test_a_withdrawal_that_drives_on_ends_where_it_went(
    parser: Parser, text: str, origin: str, dest: str
) -> None:
    moves = kind_first_moves(parser, text, "2016-09-21")
    assert [(m[0], m[2], m[3]) for m in moves] == [("withdraw", origin, dest)]


def test_another_sides_drive_after_a_withdrawal_stays_an_advance(parser: Parser) -> None:
    text = "The army drove toward Sirte on Monday after the militia withdrew from Jufra."
    moves = kind_first_moves(parser, text, "2016-09-21")
    assert sorted((m[0], m[1], m[3]) for m in moves) == [
        ("advance", "army", "Sirte"),
        ("withdraw", "militia", None),
    ]
