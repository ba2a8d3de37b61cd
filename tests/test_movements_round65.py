"""Round 65: a part of a group told moving before, carried on by others.

- "Wagner fighters reached X. In June about 300 were flown back to Y", "others were airlifted
  to Z": a bare number or partitive pronoun as the passive subject of a verb of carrying people
  or forces (flown, airlifted, ferried, shipped, bused, evacuated) is part of the group whose
  move was told just before, as the active "about 300 flew back" already is.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser

PARSER = Parser()
DAY = "2020-06-20"


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, DAY)


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "Hundreds of Wagner fighters reached Jufra in May. In June others were flown back to Moscow.",
            "Wagner",
            "Moscow",
        ),
        (
            "Hundreds of Wagner fighters reached Jufra in May. In June about 300 were flown back to Moscow.",
            "Wagner",
            "Moscow",
        ),
        (
            "Syrian fighters landed at Mitiga airport on Tuesday. Two days later about 200 were airlifted to Misrata.",
            "Syrian",
            "Misrata",
        ),
        (
            "Egyptian workers fled Tripoli on Monday. By Wednesday more than 4,000 had been bused to Djerba.",
            "Egyptian",
            "Djerba",
        ),
        (
            "Sudanese refugees crossed into Kufra last week. On Sunday some 500 were driven to Benghazi.",
            "Sudanese",
            "Benghazi",
        ),
    ],
)
def test_carried_part_of_group_told_before(text: str, actor: str, dest: str) -> None:
    moves = _moves(text)
    assert any(a is not None and actor in a and d == dest for _k, a, _o, d in moves), moves


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out in Tripoli on Monday. Dozens were killed and 300 were arrested in Tripoli.",
        "Hundreds of Wagner fighters reached Jufra in May. In June 300 were counted at the base in Sirte.",
    ],
)
def test_counted_people_not_carried_move_nothing(text: str) -> None:
    moves = _moves(text)
    assert not any(d in ("Tripoli", "Sirte") for _k, _a, _o, d in moves), moves


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("The army sent reinforcements back to Sirte on Tuesday.", "Sirte"),
        ("The LNA sent two battalions back to Benghazi after the truce.", "Benghazi"),
    ],
)
def test_a_side_sending_forces_back_deploys_them(text: str, dest: str) -> None:
    # A 'send back' row read as a withdrawal made these the sender's retreat (reverted at merge).
    moves = _moves(text)
    assert any(k == "deploy" and d == dest for k, _a, _o, d in moves), moves
    assert not any(k == "withdraw" for k, _a, _o, _d in moves), moves
