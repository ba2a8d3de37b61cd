"""Where movements come from (round 55).

- "docked at X on Monday and sailed for Y", "arrived in X and then left for Y", "families who had
  fled to X returned to Y": a move of setting off or going back
  (``_movements.SETTING_OFF_WORDS``, the departures, a trigger with "back") told after the same
  actor's move that ended at a place, in one sentence, set off from that place; a move told in a
  clause of time ("two days after he had returned to Y", ``_movements.OUT_OF_ORDER_WORDS``) did
  not.
- "from its warehouse in X", "from the front outside X", "withdrew from the airport in X": a
  "from" phrase on unnamed ground placed by a town sets out from that town (stores in
  ``_movements.BASE_NOUNS``, ground outside a town, and ground whose "in X" the parser hangs on
  the verb, ``_movements.LEFT_GROUND_NOUNS``), and X is no destination.
- "fighters who came down from X captured Y", "convoys coming up from X were seen passing through
  Y": a set-out that only describes the mover is one capture or deployment from X
  (``_movements.SET_OUT_ENDINGS``); two moves told as clauses of their own ("pushed out of X on
  Monday and captured Y") stay two.
- "arrived in X with a convoy of police vehicles from Y", "landed aboard a plane that had taken off
  from Y": what carried or escorted the mover (``_movements.CARRIER_PREPS``,
  ``_movements.CARRIER_NOUNS``, a clause of setting out on it) set out from Y; a clause of what it
  carried ("carrying aid from Y") tells no start.
- "journalists who had been reporting from X", "aid workers who had been working in X": where
  the movers' clause says they worked (``_movements.STAYING_VERBS``) is the place they left.
- "residents of X drove out", "X's residents were seen driving out": a verb that is a withdrawal
  only by its particle ("drive out") leaves the movers' home town, as "fled" does.

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
    ("text", "origin", "destination"),
    [
        (
            "A ferry chartered by the Red Crescent docked at Misrata on Monday and sailed for Benghazi overnight.",
            "Misrata",
            "Benghazi",
        ),
        (
            "The Red Crescent convoy arrived in Zliten on Tuesday and then left for Tripoli.",
            "Zliten",
            "Tripoli",
        ),
        ("Aguila Saleh arrived in Cairo on Monday and left for Moscow on Wednesday.", "Cairo", "Moscow"),
        ("About 80 families who had fled to Tobruk returned to Derna on Monday.", "Tobruk", "Derna"),
        (
            "Hundreds of residents who escaped to Zuwara went back to Sabratha on Friday.",
            "Zuwara",
            "Sabratha",
        ),
    ],
)
def test_setting_off_again_leaves_the_last_stop(text: str, origin: str, destination: str) -> None:
    assert any(o == origin and d == destination for _k, _a, o, d in _moves(text))


def test_a_move_told_in_a_clause_of_time_does_not_leave_the_later_stop() -> None:
    moves = _moves("Aguila Saleh flew to Cairo on Monday, two days after he had returned to Benghazi.")
    assert ("travel", "Aguila Saleh", None, "Benghazi") in moves


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "The World Food Programme flew 20 tonnes of flour from its warehouse in Dubai to Benghazi on Monday.",
            "Dubai",
        ),
        ("UNHCR trucked tents from a storehouse in Misrata to Sirte on Monday.", "Misrata"),
        ("Rebel fighters streamed back from the front outside Brega on Monday.", "Brega"),
    ],
)
def test_unnamed_ground_placed_by_a_town_sets_out_from_it(text: str, origin: str) -> None:
    assert origin in [o for _k, _a, o, _d in _moves(text)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The 166th Brigade withdrew from the airport in Sirte on Monday.", "Sirte"),
        ("The Nawasi Brigade pulled out of the port in Tripoli on Friday.", "Tripoli"),
    ],
)
def test_the_town_of_ground_left_is_the_origin_not_a_goal(text: str, town: str) -> None:
    moves = _moves(text)
    assert [(o, d) for k, _a, o, d in moves if k == "withdraw"] == [(town, None)]


@pytest.mark.parametrize(
    ("text", "move"),
    [
        (
            "Rebel fighters who came down from the Nafusa Mountains captured Gharyan on Tuesday.",
            ("capture", "Libyan rebels", "Nafusa Mountains", "Gharyan"),
        ),
        (
            "LNA units that had pushed north from Sabha seized Ubari on Monday.",
            ("capture", "Libyan National Army", "Sabha", "Ubari"),
        ),
        (
            "Convoys of LNA reinforcements coming up from Sabha were seen passing through Ubari on Monday.",
            ("deploy", "Libyan National Army", "Sabha", "Ubari"),
        ),
    ],
)
def test_a_set_out_describing_the_mover_is_one_move(text: str, move: tuple[str, str, str, str]) -> None:
    assert _moves(text) == [move]


def test_a_set_out_told_as_a_clause_of_its_own_stays_apart() -> None:
    moves = _moves("LNA units pushed north from Sabha on Monday and seized Ubari on Tuesday.")
    assert ("advance", "Libyan National Army", "Sabha", None) in moves
    assert ("capture", "Libyan National Army", None, "Ubari") in moves


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Interior minister Emad Trabelsi arrived in Zuwara on Monday with a convoy of police vehicles from Tripoli.",
            "Tripoli",
        ),
        (
            "Turkish officers landed at Mitiga on Monday aboard a military plane that had taken off from Ankara.",
            "Ankara",
        ),
        ("Aguila Saleh arrived in Benghazi on Monday with an escort from Tobruk.", "Tobruk"),
    ],
)
def test_what_carried_the_mover_set_out_from_its_place(text: str, origin: str) -> None:
    assert [o for _k, _a, o, _d in _moves(text)] == [origin]


def test_what_a_carrier_carried_tells_no_start() -> None:
    moves = _moves("Aguila Saleh arrived in Benghazi on Monday on a plane carrying aid from Egypt.")
    assert [o for _k, _a, o, _d in moves] == [None]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Journalists who had been reporting from the outskirts of Brega withdrew to Ajdabiya on Monday.",
            "Brega",
        ),
        ("Foreign aid workers who had been working in Sirte left for Misrata on Monday.", "Sirte"),
    ],
)
def test_where_the_movers_worked_is_where_they_left(text: str, origin: str) -> None:
    assert [o for _k, _a, o, _d in _moves(text)] == [origin]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Residents of Sirte drove out on Monday.", "Sirte"),
        ("Sirte's residents were seen driving out on Monday.", "Sirte"),
        ("Many of Derna's remaining residents were seen packing their cars and driving out.", "Derna"),
    ],
)
def test_townspeople_driving_out_leave_their_town(text: str, origin: str) -> None:
    assert [o for _k, _a, o, _d in _moves(text)] == [origin]
