"""Round 62: entries only tried, raids that left, origins hung on the moved troops, moves going on.

- "tried and failed to enter X", "attempted to storm Y but were repelled": getting into a place
  by force, only tried, is an attempted move on it (an advance), not an attempted capture; an
  attempt to take or seize a place stays an attempted capture.
- "stormed X ... and withdrew hours later": a storming whose raiders leave on their own in the
  same or the next sentence took nothing: a raid on X (an advance) and the withdrawal.
- "moved troops from X to the town": the parse hangs "from X" on the troops; X is where they set
  out, never the town they were sent to.
- "they are now trying to push west toward X": a move told in the present progressive goes on
  as the story is written and takes the day of publication, not a past day told just before.

- "A column that had left X pushed north-west and entered Y": a setting out told in a relative
  clause on the subject is where the subject's moves started, not a withdrawal of its own.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves, movement_days

from libya_events import Parser

PARSER = Parser()
DAY = "2021-03-10"


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, DAY)


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "GNA forces tried and failed to enter Sirte on Monday.",
            "Government of National Accord forces",
            "Sirte",
        ),
        ("LNA units attempted to storm Gharyan but were repelled.", "Libyan National Army", "Gharyan"),
        ("The militia tried to enter Zawiya overnight but was beaten back.", "militia", "Zawiya"),
    ],
)
def test_tried_entry_is_an_advance(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert ("advance", actor, None, dest) in moves
    assert not any(kind == "capture" for kind, *_rest in moves)


def test_tried_seizure_stays_a_capture() -> None:
    moves = _moves("LNA units tried to seize Gharyan on Monday.")
    assert [m[0] for m in moves] == ["capture"]


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("LNA forces stormed Murzuq on Monday and withdrew hours later.", "Libyan National Army", "Murzuq"),
        (
            "Chadian gunmen stormed Umm al-Aranib at dawn. They pulled out before noon.",
            "Chadian gunmen",
            "Umm al-Aranib",
        ),
        (
            "Militants stormed Sokna late on Sunday and left before the army arrived.",
            "Militants",
            "Sokna",
        ),
    ],
)
def test_storming_left_at_once_is_a_raid(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert moves[0] == ("advance", actor, None, dest)
    assert moves[1][0] == "withdraw"


def test_storming_then_leaving_another_town_stays_a_capture() -> None:
    text = "LNA forces stormed Murzuq on Monday and withdrew from Ubari on Tuesday."
    assert _moves(text)[0] == ("capture", "Libyan National Army", None, "Murzuq")


def test_storming_held_stays_a_capture() -> None:
    text = "LNA forces stormed Murzuq on Monday. Rival fighters withdrew from Ubari the next day."
    assert _moves(text)[0][0] == "capture"


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("The army moved troops from Waddan to the town.", "Waddan"),
        ("The GNA transferred fighters from Zawiya to the town.", "Zawiya"),
        ("The LNA moved fighters from Sabha to the town overnight.", "Sabha"),
    ],
)
def test_origin_on_the_moved_troops_is_not_the_destination(text: str, origin: str) -> None:
    moves = _moves(text)
    assert len(moves) == 1
    assert moves[0][:3] == ("deploy", moves[0][1], origin)
    assert moves[0][3] != origin


def test_origin_on_the_moved_troops_keeps_a_named_destination() -> None:
    assert _moves("The army moved troops from Waddan to Sabha.") == [("deploy", "army", "Waddan", "Sabha")]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March, GNA forces recaptured Abu Qurain. They are now trying to push west toward Zlitan.",
        "On 3 March, GNA forces recaptured Abu Qurain. LNA forces are advancing east toward Misrata.",
        "GNA forces took Abu Qurain on 3 March. Their units are still pushing south toward Waddan.",
    ],
)
def test_present_progressive_move_takes_the_publication_day(text: str) -> None:
    assert movement_days(PARSER, text, DAY) == ["2021-03-03", DAY]


def test_past_progressive_move_keeps_the_day_told() -> None:
    text = "On 3 March, GNA forces recaptured Abu Qurain. They were trying to push west toward Zlitan."
    assert movement_days(PARSER, text, DAY) == ["2021-03-03", "2021-03-03"]


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        ("A column that had left Zintan pushed north-west and entered Badr on Friday.", "Zintan", "Badr"),
        (
            "LNA fighters who had set out from Tarhuna moved west and entered Qasr Bin Ghashir.",
            "Tarhuna",
            "Qasr bin Ghashir",
        ),
        (
            "GNA units that had left Misrata on Sunday drove south and entered Bani Walid.",
            "Misrata",
            "Bani Walid",
        ),
    ],
)
def test_relative_set_out_is_the_start_of_the_subject_move(text: str, origin: str, dest: str) -> None:
    moves = _moves(text)
    assert [(m[2], m[3]) for m in moves] == [(origin, dest)]


def test_relative_flight_before_a_return_stays_its_own_move() -> None:
    moves = _moves("Families who had fled Tawergha in 2011 returned to the town last week.")
    assert not any(kind == "travel" and origin == "Tawergha" for kind, _a, origin, _d in moves)
