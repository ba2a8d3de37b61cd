"""Round 74: descriptive collectives and counted parts as movers.

- "Wounded men were flown to X": the hurt named as a group opening a sentence (a capital
  "Wounded", "Injured") are the movers, as "the wounded men" already were.
- "Teams of ceasefire monitors were deployed to X", "vaccination teams moved up to Y": unnamed teams
  sent on a task, moved by a verb of deploying, are a deploy; by a verb of travel ("arrived")
  still a journey.
- "A group of about 40 reached X" after a group was told moving: a group noun whose "of" phrase
  is a bare number is part of that group, as "half" is; "a group of 40 fighters" is named by its
  own words.
- "P, a field commander, said his unit had moved up to X": the commander's own unit moves as
  "<surname>'s forces" also where sides were named before but none moved, never the commander.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser

PARSER = Parser()
DAY = "2021-03-10"


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, DAY)


# ------------------------------------------------------------------ the hurt opening a sentence


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("Wounded men were flown to Misrata on Sunday.", "wounded men", "Misrata"),
        ("Injured civilians were taken to Tripoli by ambulance.", "injured civilians", "Tripoli"),
        ("Wounded people were driven to Zliten overnight.", "wounded people", "Zliten"),
    ],
)
def test_capitalised_hurt_group_moves(text: str, actor: str, dest: str) -> None:
    assert ("travel", actor, None, dest) in _moves(text)


# ------------------------------------------------------------------ sent teams deploy


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("Teams of ceasefire monitors were deployed to Sirte on Monday.", "ceasefire monitors", "Sirte"),
        ("Vaccination teams were deployed to Ubari last week.", "Vaccination teams", "Ubari"),
        ("Rescue teams were sent to Benghazi on Friday.", "Rescue teams", "Benghazi"),
    ],
)
def test_sent_teams_deploy(text: str, actor: str, dest: str) -> None:
    assert ("deploy", actor, None, dest) in _moves(text)


def test_team_arriving_still_travels() -> None:
    assert ("travel", "Rescue teams", None, "Derna") in _moves("Rescue teams arrived in Derna on Monday.")


# ------------------------------------------------------------------ a counted group as a part


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "About 200 migrants left Zuwara by boat on Monday. A group of about 40 reached Lampedusa on Tuesday.",
            "migrants",
            "Lampedusa",
        ),
        (
            "Hundreds of Tebu fighters left Murzuq on Monday. A second group of around 60 arrived in Ubari on Friday.",
            "Tebu fighters",
            "Ubari",
        ),
        (
            "Fighters of the 166th Brigade left Misrata on Monday. A group of 30 reached Sirte a day later.",
            "166th Brigade",
            "Sirte",
        ),
    ],
)
def test_counted_group_is_part_of_group_told(text: str, actor: str, dest: str) -> None:
    assert any(a == actor and d == dest for _k, a, _o, d in _moves(text))


def test_group_named_by_own_noun_is_not_the_earlier_group() -> None:
    moves = _moves("Migrants left Zuwara on Monday. A group of 40 fighters reached Sirte on Tuesday.")
    assert not any(a.lower() == "migrants" and d == "Sirte" for _k, a, _o, d in moves)


# ------------------------------------------------------------------ a commander's own unit


@pytest.mark.parametrize(
    ("text", "actor", "person"),
    [
        (
            "The Tripoli Protection Force holds the capital's east. Omar Dhaw, a field commander, "
            "said his unit had moved up to Garabulli on Monday.",
            "Dhaw's forces",
            "Omar Dhaw",
        ),
        (
            "The Libyan National Army controls Brega. Nasser Ghaith, who leads a Zintan battalion, "
            "said his men had pushed into Gharyan overnight.",
            "Ghaith's forces",
            "Nasser Ghaith",
        ),
    ],
)
def test_commanders_unit_moves_not_the_commander(text: str, actor: str, person: str) -> None:
    moves = _moves(text)
    assert any(a == actor for _k, a, _o, _d in moves)
    assert not any(a == person for _k, a, _o, _d in moves)
