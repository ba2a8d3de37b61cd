"""Round 68: active transport with the moved people as the object.

- "Mismari took his fighters from X to Y", "the colonel took a group of young men to the front":
  an active "take" whose object is the taker's own men (an owning possessive) or a band of men
  ("a group of", "a platoon of") deploys them, as "brought his men to X" does; the band's "of"
  phrase no longer pushes a paired "from X to Y" out of the verb's reach. Captives taken
  somewhere ("took the prisoners to X", "took them to X") stay no movement.
- "A teacher who drove his family to X": a person who drives his own kin somewhere goes with
  them, a flight (withdraw); "drove his family back home to X" is a return (travel). A driver
  with someone else ("drove the ambassador to X") is no move of his.
- "A government aircraft flew her from X to Y": a vehicle that flies or carries "him" or "her"
  moves the person told before, who travels.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser

PARSER = Parser()
DAY = "2015-03-14"


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, DAY)


def _has(moves: list[tuple[str, str, str | None, str | None]], kind: str, actor: str, dest: str) -> bool:
    return any(k == kind and actor in a and d is not None and d.startswith(dest[:5]) for k, a, _o, d in moves)


# ------------------------------------------------------------------ a taker's own men deployed


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("The Libyan National Army took its troops to Sirte on Friday.", "Libyan National Army", "Sirte"),
        ("Mismari took a group of young men from Benghazi to Ajdabiya.", "Mismari", "Ajdabiya"),
        ("Mismari took his fighters from Benghazi to Brega in the spring.", "Mismari", "Brega"),
        ("Mismari took a group of fighters to Ajdabiya.", "Mismari", "Ajdabiya"),
    ],
)
def test_own_men_taken_somewhere_are_deployed(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert _has(moves, "deploy", actor, dest), moves


@pytest.mark.parametrize(
    "text",
    [
        "The Libyan National Army captured 20 fighters and took them to Benghazi.",
        "The Libyan National Army took a group of prisoners from Sirte to Benghazi.",
        "The Libyan National Army took the prisoners to Benghazi.",
    ],
)
def test_captives_taken_somewhere_are_no_deployment(text: str) -> None:
    moves = _moves(text)
    assert not any(k == "deploy" for k, _a, _o, _d in moves), moves


def test_took_control_stays_a_capture() -> None:
    moves = _moves("The Libyan National Army took control of Sirte on Friday.")
    assert [(k, d) for k, _a, _o, d in moves] == [("capture", "Sirte")], moves


# ------------------------------------------------------------------ one's own kin driven away


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("Omar Salem, a baker, drove his family to Zuwara on Saturday.", "Omar Salem", "Zuwara"),
        (
            "Omar Salem said he drove his family to his cousin's house in Zuwara at dawn.",
            "Omar Salem",
            "Zuwara",
        ),
        (
            "Fatima Ali, a nurse, drove her children to Gharyan before the shelling began.",
            "Fatima Ali",
            "Gharyan",
        ),
    ],
)
def test_driving_ones_kin_away_is_a_flight(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert _has(moves, "withdraw", actor, dest), moves


def test_driving_ones_kin_back_home_is_a_return() -> None:
    moves = _moves("Omar Salem drove his family back home to Zuwara on Saturday.")
    assert _has(moves, "travel", "Omar Salem", "Zuwara"), moves
    assert not any(k == "withdraw" for k, _a, _o, _d in moves), moves


def test_driving_someone_else_is_no_move_of_the_driver() -> None:
    moves = _moves("Omar Salem drove the ambassador to Zuwara on Saturday.")
    assert not any(a == "Omar Salem" for _k, a, _o, _d in moves), moves


# ------------------------------------------------------------------ a person flown by a vehicle


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "Najla Mangoush was dismissed on Sunday. A government aircraft flew her from Mitiga airport"
            " to Istanbul late that night.",
            "Najla Mangoush",
            "Istanbul",
        ),
        (
            "Najla Mangoush was dismissed on Sunday. A small jet flew her to Istanbul.",
            "Najla Mangoush",
            "Istanbul",
        ),
        (
            "Italy freed Osama Njeem on Tuesday. A chartered plane carried him to Tripoli that evening.",
            "Osama Njeem",
            "Tripoli",
        ),
    ],
)
def test_a_person_flown_by_a_vehicle_travels(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert _has(moves, "travel", actor, dest), moves


# ------------------------------------------------------------------ tankers sent by their owner


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("The Libyan Red Crescent sent water tankers to Derna on Monday.", "Libyan Red Crescent", "Derna"),
        (
            "The Libyan Red Crescent sent four fuel tankers from Misrata to Sirte on Monday.",
            "Libyan Red Crescent",
            "Sirte",
        ),
    ],
)
def test_tankers_sent_are_their_owners_deployment(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert _has(moves, "deploy", actor, dest), moves


def test_a_letter_sent_is_no_deployment() -> None:
    moves = _moves("The Libyan Red Crescent sent a letter to the mayor of Derna on Monday.")
    assert moves == [], moves


# ------------------------------------------------------------------ a share of those told before


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "Thousands of workers sailed home from Zarzis. The Egyptian air force flew others from Djerba"
            " to Cairo.",
            "Egypt",
            "Cairo",
        ),
        (
            "Most of the brigades stayed in Sirte. The Libyan National Army sent others to Brega.",
            "Libyan National Army",
            "Brega",
        ),
        (
            "Dozens of fighters flew to Istanbul on Monday, and Turkey flew several to Ankara.",
            "Turkey",
            "Ankara",
        ),
        (
            "The Libyan National Army moved two brigades to Sirte on Monday and sent the rest to Brega.",
            "Libyan National Army",
            "Brega",
        ),
    ],
)
def test_a_share_sent_on_is_its_senders_deployment(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert _has(moves, "deploy", actor, dest), moves
