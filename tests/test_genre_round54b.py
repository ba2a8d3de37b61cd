"""Round 54b: classes found by four blind genre articles (genre-261..264)."""

from __future__ import annotations

import pytest
from _actor_views import kinds
from _movement_records import kind_first_moves

from libya_events import ActorKind, MovementKind, Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- a known man's surname that opens another man's full name is that man's given name


@pytest.mark.parametrize(
    ("text", "person", "known"),
    [
        (
            "Mubarak al-Obeidi, who chairs the town's council, said the gunmen were local men.",
            "Mubarak al-Obeidi",
            "Hosni Mubarak",
        ),
        (
            "Haftar al-Mahmoudi, a tribal elder, said the delegation had left for the capital.",
            "Haftar al-Mahmoudi",
            "Khalifa Haftar",
        ),
        (
            "Council chairman Mubarak al-Sharif told reporters the road to the town was open.",
            "Mubarak al-Sharif",
            "Hosni Mubarak",
        ),
    ],
)
def test_known_surname_as_given_name_is_another_person(
    parser: Parser, text: str, person: str, known: str
) -> None:
    found = kinds(parser.parse(text, published="2012-01-24"))
    assert found.get(person) is ActorKind.PERSON
    assert known not in found


def test_known_person_full_name_still_known(parser: Parser) -> None:
    # negative: the known man named in full, his given name first, is still the known man
    found = kinds(
        parser.parse("Khalifa Belqasim Haftar said the army had entered the city.", published="2019-04-05")
    )
    assert "Khalifa Haftar" in found


# ------------- health and vaccination teams are a collective that moves (bare "medical teams" is left
# out: often a named body's own teams or the object of a request)


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("Vaccination teams travelled from Sabha to Murzuq on Monday.", "Vaccination teams", "Murzuq"),
        (
            "Mobile health teams were sent to Derna after the flood, the ministry said.",
            "Mobile health teams",
            "Derna",
        ),
        ("Immunisation teams reached Ghat on Tuesday, a local official said.", "Immunisation teams", "Ghat"),
    ],
)
def test_medical_teams_move(parser: Parser, text: str, actor: str, place: str) -> None:
    moves = kind_first_moves(parser, text, "2016-04-14")
    assert any(a.lower() == actor.lower() and dest == place for _k, a, _o, dest in moves), moves
    assert all(k in (MovementKind.TRAVEL.value, MovementKind.DEPLOY.value) for k, _a, _o, _d in moves)
