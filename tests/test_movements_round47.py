"""Movement classes of round 47: second legs of a move, unnamed columns and nominal withdrawals.

- A move's next leg told with a compass word the parse makes the verb's own conjunct ("pulled
  back to X and then further south toward Y") is one more place the same mover went by the same
  move (``_second_leg``); a compass word that heads a clause of its own is not read.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2020-06-10"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- a second leg -------------------------------------------------------------------------------


def test_a_withdrawal_then_further_south_reaches_both_places() -> None:
    quads = _quads("The LNA withdrew to Gharyan and then further south toward Mizda on Friday.")
    assert ("withdraw", "Libyan National Army", None, "Gharyan") in quads
    assert ("withdraw", "Libyan National Army", None, "Mizda") in quads


def test_units_that_pulled_back_then_further_south_reach_both_places() -> None:
    quads = _quads("Some LNA units pulled back toward Bani Walid and then further south toward Jufra.")
    assert ("withdraw", "Libyan National Army", None, "Jufra") in quads


def test_an_advance_then_further_east_reaches_both_places() -> None:
    quads = _quads("The Misrata brigades advanced to Tawergha and then further east towards Sirte.")
    assert ("advance", "Misrata forces", None, "Tawergha") in quads
    assert ("advance", "Misrata forces", None, "Sirte") in quads


def test_a_retreat_then_further_east_to_a_town_reaches_it() -> None:
    quads = _quads("GNA forces retreated to Sirte and then further east to Ajdabiya.")
    assert ("withdraw", "Government of National Accord forces", None, "Ajdabiya") in quads


def test_a_compass_word_with_its_own_clause_is_no_second_leg() -> None:
    quads = _quads("The LNA withdrew to Gharyan, and the south then fell quiet toward Mizda.")
    assert not any(dest == "Mizda" for *_rest, dest in quads)
