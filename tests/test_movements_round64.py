"""Round 64: a main verb hung on its subject after a relative clause, a second place after
"and then", and a force sent in that sets to work somewhere.

- "Forces, who had set out from X, swept into Y": with the relative clause closed by a comma,
  the parser hangs the main verb as a participle on the verbless root noun (or on the clause's
  last noun); the participle is the sentence's verb, and the setting out is where it started.
- "swept into X and then Y": the parser hangs the second place on the verb as its conjunct; it
  is one more place reached.
- "engineers flown in from X began work in Y": a sending participle on the subject of a verb of
  work on arrival ends its journey where that work is done.

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


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        ("LNA units, who had set out from Jufra, swept into Gharyan on Friday.", "Jufra", "Gharyan"),
        ("Misratan brigades, who had set out from Misrata at dawn, swept into Zliten.", "Misrata", "Zliten"),
        ("GNA fighters, who had left Zawiya, swept into Sabratha.", "Zawiya", "Sabratha"),
    ],
)
def test_main_verb_after_relative_clause(text: str, origin: str, dest: str) -> None:
    moves = _moves(text)
    assert any(o == origin and d is not None and d.startswith(dest[:4]) for _k, _a, o, d in moves), moves


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("LNA fighters swept into Waddan and then Hun.", "Waddan", "Hun"),
        ("LNA units swept into Brak and then Sabha on Tuesday.", "Brak", "Sabha"),
        ("Rebel units swept into Zawiya and then Sabratha.", "Zawiya", "Sabratha"),
        ("LNA units, who had set out from Jufra, swept into Sokna and then Hun.", "Sokna", "Hun"),
    ],
)
def test_second_goal_after_and_then(text: str, first: str, second: str) -> None:
    dests = [d for _k, _a, _o, d in _moves(text)]
    assert first in dests, dests
    assert second in dests, dests


def test_origin_conjunct_is_not_a_goal() -> None:
    """A place joined to an origin stays an origin: no goal is added where the verb reached none."""
    moves = _moves("GNA units advanced from Zliten and Misrata.")
    assert all(d is None for _k, _a, _o, d in moves), moves


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        ("LNA fighters flown in from Benghazi began patrols in Sirte.", "Benghazi", "Sirte"),
        ("A UN team flown in from Tunis began work in Tripoli on Sunday.", "Tunis", "Tripoli"),
        ("GNA troops flown in from Misrata joined the fighting in Sirte.", "Misrata", "Sirte"),
    ],
)
def test_sent_force_sets_to_work(text: str, origin: str, dest: str) -> None:
    moves = _moves(text)
    assert any(o == origin and d == dest for _k, _a, o, d in moves), moves


def test_planned_work_adds_no_goal() -> None:
    """Work only expected of the force is not told as done: the journey's end stays untold."""
    moves = _moves("LNA troops flown in from Benghazi were expected to join the fighting in Sirte.")
    assert all(d is None for _k, _a, _o, d in moves), moves


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        ("A convoy that had departed Gharyan drove south and reached Mizda.", "Gharyan", "Mizda"),
        ("A convoy that had departed Sirte drove east and reached Brega.", "Sirte", "Brega"),
    ],
)
def test_relative_object_read_as_main_subject(text: str, origin: str, dest: str) -> None:
    """ "A convoy that had departed X reached Y": the parser makes X a second subject of the main
    verb; the convoy is the mover and X is where it set out."""
    moves = _moves(text)
    assert any(a == "convoy" and o == origin and d == dest for _k, a, o, d in moves), moves


def test_actor_place_subject_is_kept() -> None:
    """A relative clause with its own object leaves the main verb's subjects as parsed."""
    moves = _moves("Fighters who had left Zintan moved east and entered Gharyan.")
    assert any(d == "Gharyan" for _k, _a, _o, d in moves), moves


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Tebu fighters came in from Murzuq and took up positions around the town.", "Murzuq"),
        ("LNA units drove in from Sokna and took up positions inside the town.", "Sokna"),
    ],
)
def test_positions_taken_do_not_end_at_the_origin(text: str, origin: str) -> None:
    """ "came in from X and took up positions around the town": "the town" read back to X does not
    make X the end of the move that left it."""
    moves = _moves(text)
    assert moves, moves
    assert all(d != origin for _k, _a, _o, d in moves), moves


def test_positions_taken_at_a_named_town_still_end_the_move() -> None:
    moves = _moves("Tebu fighters came in from Murzuq and took up positions around Ubari.")
    assert any(o == "Murzuq" and d == "Ubari" for _k, _a, o, d in moves), moves
