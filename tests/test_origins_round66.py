"""Where movements come from (round 66).

- "Misrata's brigades, which rushed men south from the city", "Zintan's brigades pulled out of
  the city": a bare "the city" left by movers named for a town by its possessive, in the same
  sentence, is that town, though the possessive lies inside the movers' mention
  (``_storytown.owner_town``); not when a place is named earlier in the same sentence ("militants
  overran X, and Misrata's brigades left the city" leaves X, the place just named).
- "evacuated families trapped by the fighting in X", "civilians stranded by the clashes at X were
  taken to Y": where the kept people's participle says the cause that kept them was
  (``_movements._kept_places``, "in", "at", "inside" on the participle's agent) is the place left.
- "GNA units that retook X on Monday pushed south toward Y": a place the movers' own relative
  clause says they took (``_movements.TAKEN_CLAUSE_LEMMAS``) is where their next move set out
  from; a clause of shelling or attacking only is not.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2022-06-01"


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Shelling hit Misrata on Sunday. Militants overran a checkpoint near Sirte on Monday. "
            "Within hours Misrata's brigades rushed armour south from the city.",
            "Misrata",
        ),
        (
            "Drones struck Zintan on Friday. Clashes later spread to Gharyan, residents said. "
            "On Saturday Zintan's brigades pulled out of the city.",
            "Zintan",
        ),
        (
            "Rockets hit Misrata on Friday. Clashes later spread to Bani Walid, residents said. "
            "On Saturday Misrata's brigades withdrew from the city.",
            "Misrata",
        ),
    ],
)
def test_the_city_left_by_movers_named_for_a_town(text: str, town: str) -> None:
    assert any(o == town for _k, _a, o, _d in _moves(text))


def test_a_place_named_earlier_in_the_sentence_stays_the_city() -> None:
    moves = _moves(
        "Fighters attacked Zintan on Monday. Militants overran Sirte on Tuesday, and Misrata's brigades left the city."
    )
    assert [o for k, _a, o, _d in moves if k == "withdraw"] == ["Sirte"]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Red Crescent teams evacuated dozens of families trapped by the fighting in Ain Zara.", "Ain Zara"),
        (
            "Dozens of civilians trapped by the clashes in Abu Salim were evacuated to Janzour on Tuesday.",
            "Abu Salim",
        ),
        (
            "Some 200 migrants stranded by the shelling at Tajoura were taken to Zawiya by bus.",
            "Tajoura",
        ),
    ],
)
def test_people_kept_by_fighting_in_a_place_leave_it(text: str, origin: str) -> None:
    assert any(o == origin for _k, _a, o, _d in _moves(text))


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        (
            "GNA units that retook Gharyan on Monday pushed south toward Asabaa on Saturday.",
            "Gharyan",
            "Asabaa",
        ),
        ("Militias that seized Zawiya last week advanced toward Surman on Friday.", "Zawiya", "Surman"),
        ("Army units that captured Sirte in January moved toward Jufra in March.", "Sirte", "Jufra"),
    ],
)
def test_a_place_the_movers_clause_took_is_where_they_set_out(
    text: str, origin: str, destination: str
) -> None:
    assert any(o == origin and d == destination for k, _a, o, d in _moves(text) if k == "advance")


def test_a_place_the_movers_clause_only_shelled_is_no_start() -> None:
    moves = _moves("Army units that shelled Sirte in January moved toward Jufra in March.")
    assert [o for k, _a, o, _d in moves if k == "advance"] == [None]
