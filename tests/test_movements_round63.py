"""Round 63: a town that sends, a "by" gerund read as an agent, positions taken on arrival, "from
outside" a place, and a town's site told through "the city's".

- "Misrata sent troops to X", "Zintan reacted by dispatching fighters to Y": a Libyan town the
  subject of a verb of sending (itself or by a "by" gerund) stands for its authorities and is
  the actor (SCHEMA: a town named for its authorities or forces acting is an actor); what it
  sends sets out from it.
- "X, the rival government in Tripoli, responded by dispatching Y to Z": the parser reads the
  verb as a participle and "by" as its agent; the gerund is still the means of the subject.
- "reached the town and took up positions near X": positions taken by a verb joined to the same
  actor's move are where that move ended, not a second move.
- "arrived from outside the city, reportedly from X": the place "outside" qualifies is the one
  come into; the other "from" phrase names where they set out.
- "the city's international airport": a town told by a description with its possessive owns a
  site as "Tripoli's international airport" does.

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
    ("text", "actor", "dest"),
    [
        ("Misrata sent two hundred fighters to Bani Walid on Sunday.", "Misrata", "Bani Walid"),
        ("Zintan has dispatched a column of trucks to Gharyan, residents said.", "Zintan", "Gharyan"),
        (
            "Misrata, a port city with powerful brigades, reacted by sending its units to Sirte.",
            "Misrata",
            "Sirte",
        ),
        ("Zawiya responded by deploying several battalions to Tripoli.", "Zawiya", "Tripoli"),
    ],
)
def test_town_that_sends_is_the_actor(text: str, actor: str, dest: str) -> None:
    assert ("deploy", actor, actor, dest) in _moves(text)  # what a town sends sets out from it


def test_town_sent_to_is_no_actor() -> None:
    moves = _moves("The government sent two battalions to Misrata on Sunday.")
    assert all(actor != "Misrata" for _kind, actor, _origin, _dest in moves)


def test_town_without_object_is_no_sender() -> None:
    moves = _moves("Zintan was quiet on Sunday after the brigades were sent to Gharyan.")
    assert all(actor != "Zintan" for _kind, actor, _origin, _dest in moves)


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "The LNA, the rival government in the east, responded by dispatching reinforcements to Jufra.",
            "Libyan National Army",
            "Jufra",
        ),
        (
            "The Presidential Council, the rival authority in Tripoli, responded by dispatching "
            "reinforcements to Sirte.",
            "Presidential Council",
            "Sirte",
        ),
    ],
)
def test_by_gerund_read_as_agent_is_the_subjects_means(text: str, actor: str, dest: str) -> None:
    assert ("deploy", actor, None, dest) in _moves(text)


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        (
            "LNA vehicles reached the town before dawn and took up positions around the market.",
            "advance",
            "Libyan National Army",
        ),
        (
            "Tebu fighters advanced on the fort from the east and took up positions in the lanes below it.",
            "advance",
            "Tebu fighters",
        ),
    ],
)
def test_positions_taken_on_arrival_are_no_second_move(text: str, kind: str, actor: str) -> None:
    moves = _moves(text)
    assert [m[:2] for m in moves] == [(kind, actor)]


def test_positions_taken_alone_stay_a_move() -> None:
    assert [m[:2] for m in _moves("The gunmen took up positions on the road near the bank.")] == [
        ("deploy", "gunmen")
    ]


def test_positions_give_their_place_to_the_arrival() -> None:
    moves = _moves("GNA troops reached the front overnight and took up positions near Tarhuna.")
    assert ("advance", "Government of National Accord forces", None, "Tarhuna") in moves
    assert len(moves) == 1


@pytest.mark.parametrize(
    ("text", "actor", "origin", "dest"),
    [
        (
            "Clashes went on in Sirte all week. More militants arrived from outside the city, "
            "reportedly from Harawa.",
            "militants",
            "Harawa",
            "Sirte",
        ),
        ("LNA reinforcements arrived from outside Derna on Tuesday.", "Libyan National Army", None, "Derna"),
        (
            "Gunmen came from outside Gharyan, apparently from Tarhuna, witnesses said.",
            "Gunmen",
            "Tarhuna",
            "Gharyan",
        ),
    ],
)
def test_from_outside_names_the_place_come_into(text: str, actor: str, origin: str | None, dest: str) -> None:
    moves = _moves(text)
    assert [(a, o, d) for _k, a, o, d in moves] == [(actor, origin, dest)]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "LNA forces advanced on Tripoli on Monday. By Tuesday they held the city's international airport.",
            "Tripoli International Airport",
        ),
        (
            "Rebels entered Misrata in March. A week later they took the town\u2019s port.",
            "Port of Misrata",
        ),
    ],
)
def test_site_of_a_described_town(text: str, site: str) -> None:
    article = PARSER.parse(text, published=DAY)
    assert site in [loc.name for loc in article.locations]
