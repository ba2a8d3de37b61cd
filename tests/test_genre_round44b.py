"""Round 44b: classes found by four blind genre articles (genre-201..204)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2020-02-27"
) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(parser, text, published)


# ------------------------------------------- crowds pouring, flooding or spilling out of a place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hundreds of civilians poured out of Sirte along the coast road on Monday.", "Sirte"),
        ("Thousands of families flooded out of Tawergha as the shelling grew closer.", "Tawergha"),
        ("Residents spilled out of Derna on foot after the dams broke.", "Derna"),
    ],
)
def test_crowd_flowing_out_of_a_town_withdraws(parser: Parser, text: str, place: str) -> None:
    assert [(m[0], m[2]) for m in _moves(parser, text)] == [("withdraw", place)]


def test_pouring_into_a_town_stays_an_advance_row(parser: Parser) -> None:
    assert all(m[0] != "withdraw" for m in _moves(parser, "Rebel fighters poured into Zawiya on Saturday."))


# ------------------------------------------- "On Tuesday 118 of them were flown to X" (no comma after the day)


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        (
            "About 300 migrants were registered by IOM staff at the port. On Tuesday 118 of them were flown to Lagos.",
            "Lagos",
        ),
        ("Hundreds of families fled Sirte. On Friday 40 of them were taken to Misrata by bus.", "Misrata"),
        (
            "Some 200 detainees were freed by the guards in Zawiya. On Sunday 90 of them were bused to Tripoli.",
            "Tripoli",
        ),
    ],
)
def test_counted_part_after_a_weekday_is_the_moved_group(parser: Parser, text: str, dest: str) -> None:
    moves = [m for m in _moves(parser, text) if m[3] == dest]
    assert moves, text
    assert moves[0][0] == "travel"
    assert moves[0][1] not in ("IOM", "International Organization for Migration", "guards")


def test_weekday_with_a_plain_subject_is_untouched(parser: Parser) -> None:
    moves = _moves(parser, "On Tuesday 118 migrants were flown to Lagos.")
    assert [(m[0], m[3]) for m in moves] == [("travel", "Lagos")]


# ------------------------------------------- "The group, mostly from X," tells homes, not an owner or an origin


@pytest.mark.parametrize(
    "text",
    [
        "The migrants, mostly from Nigeria and Ghana, were driven by bus to Zuwara.",
        "The detainees, mainly from Chad, were moved to Sabha on Monday.",
        "The fighters, largely from Misrata, pulled back to Sirte.",
    ],
)
def test_share_of_homes_is_no_origin(parser: Parser, text: str) -> None:
    moves = _moves(parser, text)
    assert moves, text
    assert all(m[2] is None for m in moves)
    assert all(m[1] not in ("Nigeria", "Chad", "Misrata forces") for m in moves)


def test_group_with_homes_aside_is_no_country(parser: Parser) -> None:
    moves = _moves(parser, "The group, mostly from Chad, was moved to Sabha.")
    assert all(m[1] != "Chad" for m in moves)


def test_plain_from_phrase_still_gives_origin(parser: Parser) -> None:
    moves = _moves(parser, "Fighters from Misrata moved to Sirte.")
    assert [(m[0], m[2], m[3]) for m in moves] == [("deploy", "Misrata", "Sirte")]
