"""Round 61: a limit reached with a heading, people named by their flight, parts made of vehicles,
an organisation going in.

- "as far east as X" reaches X, as "as far as X" does: the compass word between is a heading.
- People named by their flight ("displaced families", "evacuees") who arrive, reach or travel
  somewhere on their own are still fleeing: a withdraw (SCHEMA: fleeing is withdraw), unless
  they go back or home.
- "A second group of vehicles", "another convoy of trucks": a part named by an ordinal and the
  vehicles it is made of is a part of the side whose move was told last, as "a second group" is.
- An organisation entering a town sends its teams in: a deploy by their owner.
- "deployed trucks mounted with guns near X": the place phrases of the fitting participle (or of
  what the vehicles are fitted with, where the parse hangs them there) are where they were sent.

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
        ("The LNA pushed as far east as Ajdabiya on Tuesday.", "Libyan National Army", "Ajdabiya"),
        ("By May the LNA had advanced as far west as Bin Jawad.", "Libyan National Army", "Bin Jawad"),
        (
            "GNA forces drove as far south as Sabha before dawn.",
            "Government of National Accord forces",
            "Sabha",
        ),
    ],
)
def test_as_far_heading_as_reaches_the_place(text: str, actor: str, dest: str) -> None:
    assert ("advance", actor, None, dest) in _moves(text)


def test_as_far_as_without_heading_still_reaches() -> None:
    assert _moves("The LNA advanced as far as Brega on Monday.") == [
        ("advance", "Libyan National Army", None, "Brega")
    ]


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("About 900 displaced families had arrived in Misrata by Tuesday.", "displaced families", "Misrata"),
        (
            "Hundreds of displaced families have travelled to Tobruk this week.",
            "displaced families",
            "Tobruk",
        ),
        ("The evacuees reached Benghazi late on Sunday night.", "evacuees", "Benghazi"),
    ],
)
def test_people_named_by_their_flight_arriving_withdraw(text: str, actor: str, dest: str) -> None:
    assert _moves(text) == [("withdraw", actor, None, dest)]


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("Displaced families came home to Tawergha on Monday.", "Displaced families", "Tawergha"),
        ("Families arrived in Janzour on Monday.", "Families", "Janzour"),
        ("Sudanese refugees arrived in Kufra on Monday.", "Sudanese refugees", "Kufra"),
    ],
)
def test_homecomings_and_plain_arrivals_still_travel(text: str, actor: str, dest: str) -> None:
    assert _moves(text) == [("travel", actor, None, dest)]


@pytest.mark.parametrize(
    ("text", "actor", "origin", "dest"),
    [
        (
            "Libya Dawn took Sirte. A second group of vehicles was sent from Misrata to Abu Grein.",
            "Libya Dawn",
            "Misrata",
            "Abu Grein",
        ),
        (
            "The Misrata brigades took Sirte. A second convoy of trucks moved from Surman to Zuwara.",
            "Misrata forces",
            "Surman",
            "Zuwara",
        ),
        (
            "The LNA seized Brak on Friday. A third group of pick-up trucks moved from Sabha to Ubari.",
            "Libyan National Army",
            "Sabha",
            "Ubari",
        ),
    ],
)
def test_vehicle_part_moves_as_the_side_told_last(text: str, actor: str, origin: str, dest: str) -> None:
    moves = _moves(text)
    assert any((a, o, d) == (actor, origin, dest) for _k, a, o, d in moves), moves


def test_vehicle_part_marked_by_a_side_stays_that_sides() -> None:
    moves = _moves("Libya Dawn took Sirte on Friday. A second column of Zintani vehicles reached Harawa.")
    assert [a for _k, a, _o, d in moves if d == "Harawa"] == ["Zintan brigades"]


def test_bus_convoy_part_is_not_a_forces_part() -> None:
    moves = _moves("Families fled Sirte on Friday. A second convoy of buses reached Misrata on Saturday.")
    assert [(k, a) for k, a, _o, d in moves if d == "Misrata"] == [("travel", "second convoy of buses")]


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("The Libyan Red Crescent entered Zawiya on Sunday.", "Libyan Red Crescent", "Zawiya"),
        (
            "Teams of the Libyan Red Crescent had entered Sirte by Monday to collect bodies.",
            "Libyan Red Crescent",
            "Sirte",
        ),
        (
            "The International Committee of the Red Cross entered Tawergha on Friday.",
            "International Committee of the Red Cross",
            "Tawergha",
        ),
    ],
)
def test_organisation_entering_deploys(text: str, actor: str, dest: str) -> None:
    assert _moves(text) == [("deploy", actor, None, dest)]


def test_organisation_arriving_still_travels() -> None:
    assert _moves("The Libyan Red Crescent arrived in Zawiya on Sunday.") == [
        ("travel", "Libyan Red Crescent", None, "Zawiya")
    ]


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        (
            "The Nawasi brigade deployed pickup trucks fitted with rocket launchers outside Gharyan on Monday.",
            "Gharyan",
        ),
        (
            "The Nawasi brigade deployed pickup trucks mounted with machine guns near the central bank in Tripoli.",
            "Tripoli",
        ),
        (
            "The Nawasi brigade deployed pick-up trucks mounted with heavy guns around Martyrs' Square.",
            "Martyrs' Square",
        ),
    ],
)
def test_fitted_vehicles_deployed_at_a_place(text: str, dest: str) -> None:
    assert _moves(text) == [("deploy", "Nawasi brigade", None, dest)]


def test_vehicles_fitted_with_no_place_keep_none() -> None:
    assert _moves("The Nawasi brigade deployed pickup trucks mounted with machine guns on Sunday.") == [
        ("deploy", "Nawasi brigade", None, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Nawasi brigade deployed pickup trucks mounted with machine guns near the central bank in Tripoli on Sunday.",
        "The Nawasi brigade deployed pickup trucks fitted with rocket launchers outside Gharyan on Sunday.",
    ],
)
def test_fitted_vehicles_time_is_the_deployments(text: str) -> None:
    assert movement_days(PARSER, text, "2024-08-30") == ["2024-08-25"]
