"""Round 73: gaps the blind rounds left.

- A move whose origin is the place it reaches ("Some fled west to Ghat, or moved in with
  relatives", the origin carried over from another clause) keeps its goal and drops the origin.
- "fell back on X": the place a retreat falls back on is a place slot, as "fell back to X" is,
  for small places and spellings only a fuzzy match finds.
- "Planes with rescue teams from X landed in Y": the people a crewed vehicle is told "with" are
  what it carries (as "carrying"), so they travel.
- "GNA commanders said fresh units had been deployed to X": a government in the reporting
  speaker's title makes a bare force its forces; "an LNA spokesman said other units had been
  moved to X" is the LNA's, as "other troops" already was.
- "P, an LNA commander, said his men had reached X": the side named in the apposition after a
  commander's name is his men's; a known person's bare surname after another given name
  ("Ali Saleh") is not the known man, whose side it would lend.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser

PARSER = Parser()
DAY = "2019-05-20"


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, DAY)


# ------------------------------------------------------------------ origin equal to the goal


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        (
            "Clashes in Ubari forced many families to flee. Some fled west to Ghat, or moved in with relatives.",
            "Ghat",
        ),
        (
            "Fighting in Tawergha drove out hundreds of families. Most fled east to Benghazi, or moved in with relatives.",
            "Benghazi",
        ),
    ],
)
def test_origin_is_never_the_goal(text: str, dest: str) -> None:
    moves = _moves(text)
    assert any(d == dest for _, _, _, d in moves), moves
    assert not any(o is not None and o == d for _, _, o, d in moves), moves


# ------------------------------------------------------------------ falling back on a place


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("LNA forces fell back on Nawfaliya after the attack.", "Libyan National Army", "Nawfaliya"),
        (
            "LNA forces fell back on Nawfaliyah after a night of fighting.",
            "Libyan National Army",
            "Nawfaliyah",
        ),
        ("The Islamic State group fell back on Harawa after the clashes.", "Islamic State", "Harawa"),
    ],
)
def test_fell_back_on_a_small_place(text: str, actor: str, dest: str) -> None:
    assert ("withdraw", actor, None, dest) in _moves(text)


def test_turning_ones_back_is_no_move() -> None:
    assert _moves("The mayor said the council had turned its back on Misrata.") == []


# ------------------------------------------------------------------ vehicles with people


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "Planes with rescue teams from Algeria landed in Benghazi on Sunday.",
            "rescue teams from Algeria",
            "Benghazi",
        ),
        (
            "A plane with rescue teams from Algeria landed in Benghazi on Sunday.",
            "rescue teams from Algeria",
            "Benghazi",
        ),
        ("Two boats with migrants reached Lampedusa on Monday.", "migrants", "Lampedusa"),
    ],
)
def test_vehicle_with_people_carries_them(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert any(k == "travel" and a == actor and d == dest for k, a, _, d in moves), moves


def test_vehicle_with_goods_carries_no_one() -> None:
    moves = _moves("Egyptian jets with heavy bombs struck Derna.")
    assert not any(a in ("heavy bombs", "bombs") for _, a, _, _ in moves), moves


# ------------------------------------------------------------------ the reporting speaker's side


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "GNA commanders said fresh units had been deployed to Abu Grein on Sunday.",
            "Government of National Accord forces",
            "Abu Grein",
        ),
        (
            "A GNA commander said reinforcements had been sent to Abu Grein.",
            "Government of National Accord forces",
            "Abu Grein",
        ),
        ("An LNA spokesman said that other units had been moved to Derna.", "Libyan National Army", "Derna"),
        ("An LNA official said other units had been sent to Jufra.", "Libyan National Army", "Jufra"),
    ],
)
def test_bare_units_are_the_speakers_side(text: str, actor: str, dest: str) -> None:
    assert ("deploy", actor, None, dest) in _moves(text)


def test_foreign_speaker_lends_no_side() -> None:
    moves = _moves("A Turkish official said troops had been sent to Tripoli.")
    assert not any(a == "Government of National Accord forces" for _, a, _, _ in moves), moves


# ------------------------------------------------------------------ a commander's men


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "Ali Omar, a GNA commander, said his men had entered Zawiya.",
            "Government of National Accord forces",
            "Zawiya",
        ),
        (
            "Ali Saleh, commander of the Western Military Zone, said his forces had reached Zawiya.",
            "Western Military Region",
            "Zawiya",
        ),
        (
            "On Monday, Abdelsalam al-Hassi, an LNA commander, said his men had reached Tarhuna.",
            "Libyan National Army",
            "Tarhuna",
        ),
    ],
)
def test_his_men_are_the_apposed_side(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert any(a == actor and d == dest for _, a, _, d in moves), moves


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Ali Saleh said his forces had reached Zawiya.", "House of Representatives forces"),
        (
            "On Monday, Abdelsalam al-Hassi said his men had reached Tarhuna.",
            "National Salvation Government forces",
        ),
    ],
)
def test_namesake_surname_lends_no_known_side(text: str, wrong: str) -> None:
    moves = _moves(text)
    assert moves
    assert not any(a == wrong for _, a, _, _ in moves), moves


def test_known_person_keeps_his_side() -> None:
    moves = _moves("Aguila Saleh said his forces had reached Zawiya.")
    assert any(a == "House of Representatives forces" for _, a, _, _ in moves), moves


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday Haftar said his forces had entered Zawiya.",
        "Libya's Haftar said his forces had entered Zawiya.",
    ],
)
def test_sentence_opener_is_no_given_name(text: str) -> None:
    assert ("capture", "Libyan National Army", None, "Zawiya") in _moves(text)
