"""Round 58: movements of people carried, counted and split.

- People a vehicle carries on a journey ("a chartered plane carried 160 Malian nationals from X
  airport to Y") travel from X to Y (the genre gold's people moved by others), named as the
  nationality and the noun ("Nigerien nationals": nationality words of no regular ending count
  too); the "from X" of the route is no part of their name. An evacuation flight's passengers
  still leave (withdraw).
- People told on board a vehicle or a convoy ("a convoy of buses with 148 migrants on board left X
  for Y") are the movers, not the convoy.
- A split route ("left X, most of them to Y and the rest to Z") gives each goal.
- A bare force noun that heads a relative clause of motion ("carried out by forces that moved
  from X") is the side just told moving.
- "Every member of the team has since left Libyan territory": every member moves as the team,
  "the team" may be the armed force told before, "Libyan territory" is Libya; "the suspect" is the
  person told before; a ship's name ("USS X") names no place, and one flown to a ship in a sea
  goes to that sea.
- A body that pulls people out of a place ("Western governments pulled diplomats out of X")
  withdraws them itself (the genre gold's "pulled ... out" is always the subject's); people others
  move ("pulled 200 migrants out of the camp") still leave as themselves.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser

PARSER = Parser()
DAY = "2023-05-26"


def _actor_names(text: str) -> list[str]:
    return [a.name for a in PARSER.parse(text, published=DAY).actors]


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, DAY)


# ------------------------------------------------------------ people a vehicle carries


@pytest.mark.parametrize(
    ("text", "actor", "origin", "dest"),
    [
        (
            "On Tuesday a chartered plane carried 160 Malian nationals from Mitiga airport to Bamako.",
            "Malian nationals",
            "Mitiga International Airport",
            "Bamako",
        ),
        (
            "A further flight carried 95 Nigerien nationals from Sabha airport to Niamey last week.",
            "Nigerien nationals",
            "Sabha Airport",
            "Niamey",
        ),
        (
            "The aircraft carried 140 Chadian nationals from Benghazi to N'Djamena on Monday.",
            "Chadian nationals",
            "Benghazi",
            "N'Djamena",
        ),
    ],
)
def test_people_a_vehicle_carries_travel_the_route(text: str, actor: str, origin: str, dest: str) -> None:
    assert _moves(text) == [("travel", actor, origin, dest)]


def test_an_evacuation_flights_passengers_still_leave() -> None:
    text = "Two evacuation flights carried 180 refugees from Tripoli to Niamey in March."
    assert [(k, o, d) for k, _a, o, d in _moves(text)] == [("withdraw", "Tripoli", "Niamey")]


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 Nigerien nationals said they had waited for weeks.",
        "Nigerien migrants told the agency they wanted to go home.",
    ],
)
def test_an_irregular_nationality_word_names_the_group(text: str) -> None:
    assert any(name.startswith("Nigerien ") for name in _actor_names(text))


def test_a_groups_own_from_place_still_names_it() -> None:
    text = "Families from Tawergha said they had waited in the camp for weeks."
    assert "Families from Tawergha" in _actor_names(text)


# ------------------------------------------------------------ people on board


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        (
            "A convoy of buses with 148 migrants on board left Sabha for al-Qatrun on Thursday.",
            "Sabha",
            "Al Qaţrūn",
        ),
        (
            "A convoy of four buses left Sabha with 120 migrants on board and arrived in al-Qatrun two days later.",
            "Sabha",
            "Al Qaţrūn",
        ),
        (
            "Two buses with 60 Sudanese refugees on board reached Kufra from Ajdabiya on Monday.",
            "Ajdabiya",
            "Kufra",
        ),
    ],
)
def test_people_on_board_are_the_movers(text: str, origin: str, dest: str) -> None:
    moves = _moves(text)
    assert len(moves) == 1
    kind, actor, got_origin, got_dest = moves[0]
    assert (kind, got_origin, got_dest) == ("travel", origin, dest)
    assert "migrants" in actor or "refugees" in actor


# ------------------------------------------------------------ split routes


@pytest.mark.parametrize(
    ("text", "origin", "dests"),
    [
        (
            "The migrants left Tripoli on Monday, most of them to Niamey and the rest to Bamako.",
            "Tripoli",
            ["Niamey", "Bamako"],
        ),
        (
            "Families left Sirte, most of them for Ajdabiya and the rest for Benghazi.",
            "Sirte",
            ["Ajdabiya", "Benghazi"],
        ),
        (
            "Hundreds of families fled Tawergha, many of them to Benghazi and the others to Tripoli.",
            "Tawergha",
            ["Benghazi", "Tripoli"],
        ),
    ],
)
def test_each_goal_of_a_split_route_is_a_movement(text: str, origin: str, dests: list[str]) -> None:
    moves = _moves(text)
    assert [d for _k, _a, _o, d in moves] == dests
    assert {o for _k, _a, o, _d in moves} == {origin}
    assert len({a for _k, a, _o, _d in moves}) == 1


# ------------------------------------------------------------ a bare force in a relative clause


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "The Libyan National Army took Ghadduwa on Friday. The operation was carried out by forces that"
            " moved from Brak al-Shati and the Tamanhint air base over the past three days.",
            "Brak",  # the bare name is the town (the gazetteer's Brak al-Shati aliases, p55)
        ),
        (
            "The Libyan National Army took Ghadduwa on Friday. The assault was led by troops that moved from"
            " Sabha and Ubari.",
            "Sabha",
        ),
    ],
)
def test_a_bare_force_heading_a_clause_of_motion_is_the_side_told(text: str, origin: str) -> None:
    moves = _moves(text)
    assert [(a, o) for k, a, o, _d in moves if k != "capture"] == [("Libyan National Army", origin)]


# ------------------------------------------------------------ leaving the country, flown to a ship


@pytest.mark.parametrize(
    "text",
    [
        "American forces seized a suspect in Benghazi, Libya, on Sunday. Every member of the team has since"
        " left Libyan territory.",
        "American forces seized a suspect in Benghazi, Libya, on Sunday. All members of the team have since"
        " left Libya.",
        "American forces seized a suspect in Benghazi, Libya, on Sunday. The team has since left Libya.",
    ],
)
def test_the_team_that_left_the_country_is_the_force_told(text: str) -> None:
    assert [m for m in _moves(text) if m[0] == "withdraw"] == [("withdraw", "U.S. military", "Libya", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Italian forces arrested Omar Salem in Zuwara. The suspect was flown by helicopter to a warship in"
        " the Mediterranean.",
        "Italian forces arrested Omar Salem in Zuwara. Salem was then flown by helicopter to the USS New York"
        " in the Mediterranean.",
        "Italian forces arrested Omar Salem in Zuwara. Salem was later flown to the USS Bataan, an amphibious"
        " ship that had been waiting in the Mediterranean.",
    ],
)
def test_one_flown_to_a_ship_goes_to_its_sea(text: str) -> None:
    assert [m for m in _moves(text) if m[0] == "travel"] == [
        ("travel", "Omar Salem", None, "Mediterranean Sea")
    ]


# ------------------------------------------------------------ staff pulled out


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Western governments pulled diplomats out of Tripoli last month.", "Western governments"),
        ("The European Union withdrew diplomats from Tripoli in July.", "European Union"),
    ],
)
def test_a_body_pulling_out_staff_withdraws(text: str, actor: str) -> None:
    assert _moves(text) == [("withdraw", actor, "Tripoli", None)]


def test_people_others_pull_out_still_leave() -> None:
    text = "The agency pulled 200 migrants out of the camp at Zawiya."
    assert [(k, a) for k, a, _o, _d in _moves(text)] == [("withdraw", "migrants")]
