"""Round 59: people transported, convoys carrying fighters, a departure on its way, "has since".

- "Transport" is a verb of carrying, as "carry" and "ferry": a vehicle that transports people
  moves them (they travel), an owner that transports forces deploys them.
- A convoy (or a convoy "of" road vehicles) told carrying people ("a convoy of trucks carrying
  90 fighters reached X") carries them: the people carried are the movers, not the convoy. A
  convoy carrying goods is still the mover.
- A departure followed by "on one's way to Y" ("left X on Monday and is on his way to Y",
  "departed X on its way to Y") goes to Y.
- A move told "has since taken X" after a dated clause ("began on 15 January and has since
  taken X") happened at some later time: it takes no date but one of its own clause.

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
    ("text", "actor", "origin", "dest"),
    [
        ("The IOM flight transported 120 migrants to Niamey on Tuesday.", "migrants", None, "Niamey"),
        (
            "A chartered plane transported 150 Sudanese nationals from Misrata to Khartoum.",
            "Sudanese nationals",
            "Misrata",
            "Khartoum",
        ),
        ("A rented ferry transported 300 evacuees to Malta overnight.", "evacuees", None, "Malta"),
    ],
)
def test_transported_people_travel(text: str, actor: str, origin: str | None, dest: str) -> None:
    assert ("travel", actor, origin, dest) in _moves(text)


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("A convoy of trucks carrying 90 fighters reached Gharyan.", "fighters", "Gharyan"),
        ("A convoy carrying 200 militiamen arrived in Sirte on Friday.", "militiamen", "Sirte"),
        ("A column of pickups carrying 60 soldiers rolled into Brak at dawn.", "soldiers", "Brak"),
    ],
)
def test_convoy_carrying_people_moves_them(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert any(a == actor and d == dest for _k, a, _o, d in moves), moves
    assert not any("convoy" in a or "column" in a for _k, a, _o, _d in moves), moves


def test_convoy_carrying_goods_still_moves() -> None:
    moves = _moves("A convoy of trucks carrying fuel reached Gharyan.")
    assert [(a, d) for _k, a, _o, d in moves] == [("convoy of trucks", "Gharyan")]


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        ("The minister left Benghazi on Monday and is on his way to Amman.", "Benghazi", "Amman"),
        ("The delegation departed Misrata on its way to Tunis.", "Misrata", "Tunis"),
        ("The minister left Benghazi on Monday and was on his way back to Cairo.", "Benghazi", "Cairo"),
    ],
)
def test_departure_on_its_way_goes_there(text: str, origin: str, dest: str) -> None:
    assert [(o, d) for _k, _a, o, d in _moves(text)] == [(origin, dest)]


def test_departure_on_leave_has_no_goal() -> None:
    moves = _moves("The minister left Benghazi on Monday and is on leave.")
    assert [(o, d) for _k, _a, o, d in moves] == [("Benghazi", None)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "The LNA entered Ubari on 15 January and has since taken Sabha and Tmassah.",
            ["2021-01-15", None, None],
        ),
        ("The LNA, which captured Brak on 15 January, has since taken Sabha.", ["2021-01-15", None]),
        (
            "The LNA entered Ubari on 15 January and has since taken Sabha on 2 February.",
            ["2021-01-15", "2021-02-02"],
        ),
    ],
)
def test_since_move_takes_no_joined_date(text: str, days: list[str | None]) -> None:
    assert movement_days(PARSER, text, DAY) == days
