"""Round 35b: classes found by four blind genre articles (genre-129..132)."""

from __future__ import annotations

import pytest
from _movement_records import actor_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2016-06-21"
) -> list[tuple[str | None, str, str | None, str | None]]:
    return actor_moves(parser, text, published)


def _actors(parser: Parser, text: str, published: str = "2019-05-20") -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in parser.parse(text, published=published).actors}


def _speakers(parser: Parser, text: str, published: str = "2019-05-20") -> list[str]:
    return [s.speaker for s in parser.parse(text, published=published).statements]


# ---------------------------------------------------------------- "closed the road" is no advance


@pytest.mark.parametrize(
    "text",
    [
        "Forces loyal to the government closed the coastal road at Janzour on Friday.",
        "The guards closed the coastal road at Zawiya on Saturday.",
        "Tebu fighters closed the road into Ubari on Monday.",
        "Protesters closed the oil terminal at Zueitina.",
    ],
)
def test_closing_a_road_is_no_movement(parser: Parser, text: str) -> None:
    assert [m for m in _moves(parser, text) if m[2] is not None or m[3] is not None] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebel forces closed on Sirte from the west on Sunday.", "Sirte"),
        ("Government troops closed in on Bani Walid.", "Bani Walid"),
    ],
)
def test_closing_on_a_place_is_still_an_advance(parser: Parser, text: str, place: str) -> None:
    assert ("advance", place) in [(m[1], m[3]) for m in _moves(parser, text)]


# ---------------------------------------------------------------- a relative clause that names its head


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Their commander, who goes by the name Abu Bakr, said his men had held the line.", "Abu Bakr"),
        ("The unit's leader, who is known as Abu Hamza, said the farms were quiet again.", "Abu Hamza"),
        ("A fighter, who gave his name as Ahmed Salem, said the drones came at night.", "Ahmed Salem"),
    ],
)
def test_a_naming_relative_clause_names_the_speaker(parser: Parser, text: str, name: str) -> None:
    assert _speakers(parser, text) == [name]
    actors = _actors(parser, text)
    assert len([a for a in actors if a != "fighters"]) == 1, actors  # the role word is no second actor


def test_a_relative_clause_that_does_not_name_leaves_the_role(parser: Parser) -> None:
    text = "The commander, who led the assault on the farms, said his men had held the line."
    assert _speakers(parser, text) == ["commander"]


# ---------------------------------------------------------------- a refuge placed by a town


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Red Crescent evacuated 180 families from the camp to a disused school in Sidi Hussein.",
            "Sidi Hussein",
        ),
        ("Hundreds of families fled to a camp in Ajdabiya on Tuesday.", "Ajdabiya"),
        ("The residents fled to schools in Tajoura after the shelling.", "Tajoura"),
    ],
)
def test_a_withdrawal_to_a_refuge_in_a_town_reaches_the_town(parser: Parser, text: str, place: str) -> None:
    assert place in [m[3] for m in _moves(parser, text) if m[1] == "withdraw"]


# ---------------------------------------------------------------- "left the X camp in Y": Y is no goal


@pytest.mark.parametrize(
    "text",
    [
        "About 180 families left the Garyounis camp in Benghazi after shells landed nearby.",
        "The last fighters left Benina airport in Benghazi on Sunday.",
    ],
)
def test_the_town_of_a_place_left_is_not_where_the_movers_went(parser: Parser, text: str) -> None:
    moves = [m for m in _moves(parser, text) if m[1] == "withdraw"]
    assert moves
    assert all(m[3] != "Benghazi" for m in moves), moves


# ---------------------------------------------------------------- "bands of armed young men"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Haftar's troops and bands of armed young men pushed into Buatni on Wednesday.", "Buatni"),
        ("Bands of armed youths stormed the police station in Sabri.", "Sabri"),
    ],
)
def test_a_band_of_people_moves_as_those_people(parser: Parser, text: str, place: str) -> None:
    moves = _moves(parser, text, "2014-10-16")
    assert any(m[0] in ("armed young men", "armed youths") and m[3] == place for m in moves), moves


def test_bands_of_young_men_who_act_are_an_actor(parser: Parser) -> None:
    actors = _actors(parser, "Bands of armed young men set up checkpoints in Hawari.", "2014-10-16")
    assert "armed young men" in actors


def test_young_men_only_suffered_upon_are_no_actor(parser: Parser) -> None:
    actors = _actors(parser, "Two young men were detained and driven away.", "2016-06-21")
    assert not any("young" in a for a in actors), actors


# ---------------------------------------------------------------- trucks sent somewhere


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        (
            "The International Organization for Migration sent a truck of hygiene kits from Tripoli to "
            "Benghazi on 15 June.",
            "International Organization for Migration",
            "Benghazi",
        ),
        ("The Red Crescent sent ambulances to Derna on Monday.", "Libyan Red Crescent", "Derna"),
        ("The army sent two trucks of ammunition to Sirte.", "army", "Sirte"),
    ],
)
def test_trucks_and_ambulances_sent_are_their_owners_deployment(
    parser: Parser, text: str, actor: str, place: str
) -> None:
    assert (actor, "deploy", place) in [(m[0], m[1], m[3]) for m in _moves(parser, text)]


# ---------------------------------------------------------------- "blocks whose residents fled"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Reporters passed apartment blocks whose residents had fled to Tajoura.", "Tajoura"),
        ("The road runs past shuttered blocks whose residents fled in April.", None),
        ("Shells hit houses whose families had left for Zliten.", "Zliten"),
    ],
)
def test_people_of_a_whose_clause_move_on_their_own(parser: Parser, text: str, place: str | None) -> None:
    moves = [m for m in _moves(parser, text) if m[1] == "withdraw"]
    assert moves, moves
    assert moves[0][3] == place


def test_a_prevention_verb_still_stops_the_move_it_governs(parser: Parser) -> None:
    text = "Tarhuna's elders tried to block the militias from entering the town."
    assert _moves(parser, text) == []
