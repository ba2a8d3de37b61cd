"""Round 69: leaving told with a word of manner or a reason beside it.

- "The embassy staff left overland for Tunisia", "..., leaving overland for X": the parse may make
  the manner word ("overland") the object of "leave", as if it named the place left; it tells how
  the move went, and the "for" phrase still names where the leavers went.
- "Families began leaving for X as a precaution", "residents left Y as a result of the shelling":
  an "as" phrase of a reason tells why the leavers went; it is no role the place left is put in
  ("the fall of X leaves Y as the last stronghold" stays no departure).
- "pulled out of X, making its way to Y", "left X, making their way to Y": the parse hangs "to Y"
  on the mover's own way, not on the participle; it is where the move out of X went, and the
  participle, a verb of plain going as "heading for Y" is, goes on with the withdrawal.
- "The Tebu fighters retreated from X at dawn. By noon their pickups were driving south toward
  Y": a plain "driving" or "moving" toward a place told just after the same side's retreat goes
  on with it (a withdrawal), as "heading" already did; "moved two battalions to Z" (forces
  moved) and "moved on to Z" tell more than a heading and stay as they were.
- "Misrata fighters began heading home to Misrata", "the brigades drove home": an armed group
  going home returns (SCHEMA: returning is travel), no advance on its own town.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser

PARSER = Parser()
DAY = "2015-03-18"


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, DAY)


# ------------------------------------------------------------------ a manner word read as the place left


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "The Italian embassy staff left overland for Tunisia on Friday.",
            "Italian embassy staff",
            "Tunisia",
        ),
        (
            "The Italian embassy staff followed in May, leaving overland for Tunisia.",
            "Italian embassy staff",
            "Tunisia",
        ),
        ("Dozens of families had started leaving overland for Egypt by Monday.", "families", "Egypt"),
    ],
)
def test_manner_word_is_no_place_left(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert any(a == actor and d == dest for _, a, _, d in moves), moves


# ------------------------------------------------------------------ an "as" phrase of a reason


@pytest.mark.parametrize(
    ("text", "actor", "origin", "dest"),
    [
        ("Dozens of families had begun leaving for Zuwara as a precaution.", "families", None, "Zuwara"),
        ("Many families left for Nalut as a precaution on Sunday.", "families", None, "Nalut"),
        ("Hundreds of residents left Tawergha as a result of the shelling.", "residents", "Tawergha", None),
    ],
)
def test_reason_as_phrase_keeps_departure(
    text: str, actor: str, origin: str | None, dest: str | None
) -> None:
    assert ("withdraw", actor, origin, dest) in _moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fall of Brega leaves Sirte as the last stronghold of the loyalists.",
        "Sirte was left as the last loyalist stronghold.",
    ],
)
def test_role_as_phrase_is_no_departure(text: str) -> None:
    assert _moves(text) == []


# ------------------------------------------------------------------ a participle of one's own way


@pytest.mark.parametrize(
    ("text", "actor", "origin", "dest"),
    [
        (
            "Fighters of the 166th Brigade withdrew from Sirte on Friday, making their way to Misrata.",
            "166th Brigade",
            "Sirte",
            "Misrata",
        ),
        ("Hundreds of families left Tawergha, making their way to Hun.", "families", "Tawergha", "Hun"),
        (
            "The LNA brigade pulled out of Gharyan, making its way to Tarhuna.",
            "Libyan National Army",
            "Gharyan",
            "Tarhuna",
        ),
    ],
)
def test_own_way_participle_ends_withdrawal(text: str, actor: str, origin: str, dest: str) -> None:
    assert _moves(text) == [("withdraw", actor, origin, dest)]


@pytest.mark.parametrize(
    "text",
    [
        "The draft law finally made its way to the House of Representatives in Tobruk.",
        "The money made its way to Misrata through a bank in Malta.",
    ],
)
def test_own_way_of_a_thing_is_no_move(text: str) -> None:
    assert _moves(text) == []


# ------------------------------------------------------------------ an armed group going home


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("Misrata fighters began heading home to Misrata on Tuesday.", "Misrata forces", "Misrata"),
        ("The Zintan brigades drove home to Zintan after the ceasefire.", "Zintan brigades", "Zintan"),
        ("The Zintan brigades were heading home.", "Zintan brigades", None),
    ],
)
def test_group_going_home_returns(text: str, actor: str, dest: str | None) -> None:
    assert _moves(text) == [("travel", actor, None, dest)]


def test_group_heading_elsewhere_still_advances() -> None:
    assert _moves("Misrata fighters headed to Sirte on Tuesday.") == [
        ("advance", "Misrata forces", None, "Sirte")
    ]


# ------------------------------------------------------------------ driving or moving on from a retreat


@pytest.mark.parametrize(
    ("text", "actor", "origin", "dest"),
    [
        (
            "Zintan fighters withdrew from the airport on Saturday. "
            "Columns of their vehicles were later seen moving south toward Zintan, residents said.",
            "Zintan brigades",
            None,
            "Zintan",
        ),
        (
            "The Tebu fighters retreated from Ubari at dawn. "
            "By noon their pickups were driving south toward Murzuq, a local official said.",
            "Tebu fighters",
            "Ubari",
            "Murzuq",
        ),
        (
            "The Chadian rebels fell back from Tmassah overnight. "
            "On Friday their trucks were seen moving south toward Qatrun, a resident said.",
            "Chadian rebels",
            "Tmassah",
            "Qatrun",
        ),
    ],
)
def test_plain_drive_after_retreat_is_withdrawal(
    text: str, actor: str, origin: str | None, dest: str
) -> None:
    assert ("withdraw", actor, origin, dest) in _moves(text)


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "The LNA pulled back from Ajdabiya on Monday. On Tuesday it moved two battalions to Brega, a spokesman said.",
            ("deploy", "Libyan National Army", None, "Brega"),
        ),
        (
            "The Tebu fighters retreated from Ubari at dawn. Later that week they moved on to Murzuq, a local official said.",
            ("advance", "Tebu fighters", "Ubari", "Murzuq"),
        ),
    ],
)
def test_forces_moved_or_moving_on_stay(text: str, last: tuple[str, str, str | None, str]) -> None:
    assert _moves(text)[-1] == last
