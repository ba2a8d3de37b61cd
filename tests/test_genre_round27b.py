"""Genre round 27b: failure classes found by four blind genre articles (tests/genre/genre-77..80).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_quads
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import Parser

PARSER = Parser()


def _moves(text: str, published: str = "2012-09-06") -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, published)


# ------------------------- "was arrested and flown to X": a bare participle goes on the passive


def test_a_person_arrested_and_flown_somewhere_travels_there() -> None:
    text = "Omar Salem was arrested at the border and flown to Misrata the same night."
    assert ("travel", "Omar Salem", None, "Misrata") in _moves(text)


def test_a_person_captured_and_driven_somewhere_travels_there() -> None:
    text = "Khaled Ammar was captured near the dunes and driven to Sabha under guard."
    assert ("travel", "Khaled Ammar", None, "Sabha") in _moves(text)


def test_an_active_participle_conjunct_keeps_its_subject_as_the_mover() -> None:
    text = "The Libyan National Army had advanced on Brega and seized Ras Lanuf by noon."
    assert ("capture", "Libyan National Army", None, "Ras Lanuf") in _moves(text)


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["Misrata", "Zintan", "Sabha", "Benghazi"]), st.sampled_from(["arrested", "detained"]))
def test_the_conveyed_person_never_becomes_the_captor(town: str, verb: str) -> None:
    text = f"Nabil Fathi was {verb} at the airport and flown to {town}."
    moves = _moves(text)
    assert ("travel", "Nabil Fathi", None, town) in moves
    assert all(k != "capture" for k, _, _, _ in moves)


# ------------------- "X, Y's son, who was flown to Z": the relative clause tells of X, the named one


def test_a_relative_clause_after_an_apposition_tells_of_the_named_person() -> None:
    text = "The quarrel is over Hamza Idris, Salem Idris's son, who was seized last year and flown to Zintan."
    moves = _moves(text)
    assert ("travel", "Hamza Idris", None, "Zintan") in moves
    assert all(a != "Salem Idris" for _, a, _, _ in moves)


def test_a_relative_clause_after_a_title_apposition_tells_of_the_named_person() -> None:
    text = "Ali Bakr, a commander of the brigade, who had fled to Sabha, came back a week later."
    assert ("withdraw", "Ali Bakr", None, "Sabha") in _moves(text)


# --------------------------- "wanted X returned": a wished-for state under a verb of wanting


def test_a_state_wanted_is_no_movement() -> None:
    text = "The new council wanted all of the former ministers returned to stand trial."
    assert _moves(text) == []


def test_a_return_told_after_say_is_still_a_movement() -> None:
    text = "The council said the former ministers returned to Tripoli on Sunday."
    assert any(k == "travel" and d == "Tripoli" for k, _, _, d in _moves(text))


# ---------------------------------------- "guardsmen": armed people who move as a force


def test_guardsmen_who_drive_gunmen_out_of_a_town_take_it() -> None:
    text = "The guardsmen drove the attackers out of Medenine before dusk."
    assert ("capture", "guardsmen", None, "Medenine") in _moves(text)


def test_soldiers_and_guardsmen_each_take_the_town() -> None:
    text = "Soldiers and guardsmen drove the attackers out of Medenine before dusk."
    moves = _moves(text)
    assert ("capture", "guardsmen", None, "Medenine") in moves
    assert any(k == "capture" and a is not None and a.lower() == "soldiers" for k, a, _, _ in moves)


# --------------------- "his wife Safia", "his sons, Hannibal and Mohammed": a kin's given name


def _people(text: str) -> set[str]:
    return {a.name for a in PARSER.parse(text, published="2011-09-16").actors if a.kind.value == "person"}


def test_a_given_name_beside_an_owned_kinship_noun_is_a_person() -> None:
    text = "Among those who left were his wife Latifa and his son Tarek, who crossed into Tunisia."
    assert {"Latifa", "Tarek"} <= _people(text)


def test_conjoined_given_names_after_a_kinship_noun_are_each_a_person() -> None:
    text = "Two of his brothers, Hamza and Idris, reached Agadez on Sunday."
    assert {"Hamza", "Idris"} <= _people(text)


def test_a_relative_named_after_a_family_takes_its_name() -> None:
    text = "Haftar's wife Fatima left Benghazi for Cairo on Sunday."
    assert "Fatima Haftar" in _people(text)


def test_a_one_word_place_without_a_kinship_noun_stays_a_place() -> None:
    text = "The convoy reached Agadez on Sunday and went on to Niamey."
    assert _people(text) == set()


# ------------------------------- "Nigerien soldiers": a demonym ending in "-ien" describes a force


def test_a_demonym_in_ien_makes_a_described_force() -> None:
    text = "Nigerien troops reached Arlit late on Sunday."
    assert ("advance", "Nigerien troops", None, "Arlit") in _moves(text)


# --------------------- "A plane carrying X took off ... It landed at Y": the vehicle again, its people


def test_it_after_a_vehicle_carrying_a_person_moves_that_person() -> None:
    text = "A chartered jet carrying Ali Salem took off from Tunis at dawn. It landed at Mitiga airport an hour later."
    moves = _moves(text)
    assert ("travel", "Ali Salem", None, "Mitiga International Airport") in [
        (k, a, None, d) for k, a, _, d in moves
    ]


def test_it_after_an_unrelated_sentence_is_not_the_carried_person() -> None:
    text = (
        "A chartered jet carrying Ali Salem took off from Tunis at dawn. The council met at noon. "
        "It landed at Mitiga airport an hour later."
    )
    assert all(not (a == "Ali Salem" and d == "Mitiga International Airport") for _, a, _, d in _moves(text))


# ------------------- a person moved by others into detention is held, not travelling (round 18b holds)


@pytest.mark.parametrize(
    "text",
    [
        "Hassan Ali was seized at a roadblock on 4 March 2020 and transferred to a prison in Misrata.",
        "Hassan Ali was detained at the airport on 4 March 2020 and transferred to a detention centre in Tajoura.",
        "Hassan Ali was arrested on 4 March 2020 and transferred to a jail in Benghazi.",
    ],
)
def test_a_person_moved_by_others_to_a_prison_does_not_travel(text: str) -> None:
    assert _moves(text) == []


def test_a_person_flown_to_a_city_after_arrest_still_travels() -> None:
    found = _moves("The former minister was detained in Cairo and flown to Tripoli on Friday.")
    assert [(k, d) for k, _a, _o, d in found] == [("travel", "Tripoli")], found
