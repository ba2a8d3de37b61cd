"""Where movements come from (round 34).

- "pushed into X and were driven out within a day", "entered X but pulled out by dusk": a
  withdrawal joined, with no subject of its own, to an earlier move of the same mover leaves
  the place that move reached.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2022-06-01"


def _withdraw_origins(text: str) -> list[str | None]:
    quads = movement_quads(PARSER, text, PUBLISHED)
    return [origin for kind, _actor, origin, _to in quads if kind == "withdraw"]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Militia fighters pushed into Gharyan on Monday and were driven out within a day.", "Gharyan"),
        ("Rebel fighters entered Brega at dawn but pulled out before dusk.", "Brega"),
        ("The convoy of the Misrata brigades drove to Sirte and then pulled back.", "Sirte"),
    ],
)
def test_withdrawal_joined_to_an_arrival_leaves_that_place(text: str, origin: str) -> None:
    assert _withdraw_origins(text) == [origin]


def test_withdrawal_with_a_subject_of_its_own_takes_no_place() -> None:
    """ "and they withdrew later": a clause of its own, which may tell another time and place."""
    assert _withdraw_origins("Rebel fighters travelled to Brega at dawn, and they withdrew later.") == [None]


def test_withdrawal_with_a_place_phrase_of_its_own_takes_no_other() -> None:
    """ "pulled out of Ajdabiya": the place the withdrawal names, even where the parse loses it."""
    text = "Rebel fighters entered Brega at dawn and pulled out of Ajdabiya hours later."
    assert "Brega" not in _withdraw_origins(text)


def test_withdrawal_after_a_move_towards_a_place_does_not_leave_it() -> None:
    """ "pushed towards X but were driven back": they never reached X."""
    text = "Militia fighters pushed towards Gharyan on Monday but were driven back within a day."
    assert "Gharyan" not in _withdraw_origins(text)
