"""Small movement classes found missing in round forty-one: homes left "in X" (the place left,
not reached), a vehicle's owner the parser reads as a second subject ("a Turkish navy frigate"),
an office owned by a country named only as a place ("the ambassador of Italy"), and "flew out
to X" (a journey there, not a departure).

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import MovementRecord, movement_records

from libya_events import MovementKind, Parser

D, T, W = MovementKind.DEPLOY, MovementKind.TRAVEL, MovementKind.WITHDRAW

PARSER = Parser()


def _records(text: str) -> list[MovementRecord]:
    return movement_records(PARSER, text)


# ----------------------------------------------------- homes left "in X": X is the origin


def test_families_fleeing_their_homes_in_a_town_leave_it() -> None:
    text = "Hundreds of families fled their homes in Tarhuna after a night of shelling."
    assert _records(text) == [(W, "families", None, "Tarhuna")]


def test_residents_leaving_their_houses_in_a_town_leave_it() -> None:
    text = "Thousands of residents left their houses in Sirte on Monday as the front drew closer."
    assert _records(text) == [(W, "residents", None, "Sirte")]


def test_a_phrase_hung_on_the_verb_places_the_homes_left() -> None:
    text = "Residents fled their homes in Zliten on Tuesday."
    assert _records(text) == [(W, "Residents", None, "Zliten")]


def test_fleeing_homes_with_no_place_is_still_a_flight() -> None:
    text = "Many families fled their homes in the night."
    assert _records(text) == [(W, "families", None, None)]


def test_fleeing_to_homes_in_a_town_still_reaches_it() -> None:
    text = "The families fled to the homes of relatives in Misrata on Monday."
    assert [(kind, dest) for kind, _actor, dest, _origin in _records(text)] == [(W, "Misrata")]


# ------------------------------------------- a vehicle's owner read as a second subject


def test_a_navy_frigate_read_as_two_subjects_deploys_for_the_navy() -> None:
    text = "A Turkish navy frigate sailed into Tripoli on Monday."
    assert _records(text) == [(D, "Turkish navy", "Tripoli", None)]


def test_a_navy_frigate_docking_deploys_for_the_navy() -> None:
    text = "A Turkish navy frigate docked in Misrata on Thursday."
    assert _records(text) == [(D, "Turkish navy", "Misrata", None)]


def test_a_frigate_with_no_owner_moves_no_one() -> None:
    text = "Residents watched as a frigate sailed into Tripoli on Monday."
    assert _records(text) == []


# --------------------------------------- an office of a country named only as a place


def test_the_ambassador_of_a_country_returning_travels() -> None:
    text = "The ambassador of Italy returned to Tripoli on Monday after a year away."
    assert _records(text) == [(T, "ambassador of Italy", "Tripoli", None)]


def test_the_envoy_of_a_country_arriving_travels() -> None:
    text = "The envoy of Qatar arrived in Benghazi on Sunday for talks."
    assert _records(text) == [(T, "envoy of Qatar", "Benghazi", None)]


def test_the_ambassador_of_a_country_leaving_withdraws() -> None:
    text = "The ambassador of France left Tripoli on Wednesday as the clashes spread."
    assert _records(text) == [(W, "ambassador of France", None, "Tripoli")]


def test_the_mayor_of_a_town_is_no_office_of_a_state() -> None:
    text = "The mayor of Misrata returned to the city on Monday."
    assert all(actor is None or "of Misrata" not in actor for _kind, actor, _dest, _origin in _records(text))


# ------------------------------------------------------- "flew out to X": a journey there


def test_a_leader_flying_out_to_a_capital_travels() -> None:
    text = "Haftar flew out to Moscow on Monday for talks."
    assert _records(text) == [(T, "Khalifa Haftar", "Moscow", None)]


def test_a_leader_flown_out_to_a_capital_travels() -> None:
    text = "Khalifa Haftar was flown out to Cairo on Tuesday."
    assert _records(text) == [(T, "Khalifa Haftar", "Cairo", None)]


def test_fighters_flown_out_to_a_country_are_deployed() -> None:
    text = "Syrian fighters were flown out to Libya in January."
    assert [(kind, dest) for kind, _actor, dest, _origin in _records(text)] == [(D, "Libya")]


def test_flying_out_of_a_city_is_still_a_departure() -> None:
    text = "Sarraj flew out of Tripoli on Monday."
    assert _records(text) == [(W, "Fayez al-Sarraj", None, "Tripoli")]


def test_flying_out_of_a_city_to_another_is_still_a_departure() -> None:
    text = "Sarraj flew out of Tripoli to Rome on Monday."
    assert [(kind, origin) for kind, _actor, _dest, origin in _records(text)] == [(W, "Tripoli")]


# ------------------------------------------- a ship told by its own name is its owner's


def test_a_frigate_named_after_its_noun_deploys() -> None:
    text = "The Royal Navy frigate HMS Exeter sailed from Malta to Benghazi on Tuesday."
    assert [(kind, dest, origin) for kind, _actor, dest, origin in _records(text)] == [
        (D, "Benghazi", "Malta")
    ]


def test_a_destroyer_with_its_name_in_apposition_deploys() -> None:
    text = "The Royal Navy destroyer HMS Dauntless arrived in Benghazi on Friday."
    assert [(kind, dest) for kind, _actor, dest, _origin in _records(text)] == [(D, "Benghazi")]


def test_a_person_sailing_still_travels() -> None:
    text = "Haftar sailed to Malta on Monday."
    assert _records(text) == [(T, "Khalifa Haftar", "Malta", None)]


# ------------------------------------------- a move after loading sets out where it loaded


def test_a_ship_that_picked_up_migrants_sails_from_where_it_picked_them_up() -> None:
    text = "An Italian navy ship picked up 300 migrants at Zuwara and sailed to Lampedusa on Monday."
    assert _records(text) == [(D, "Italian navy", "Lampedusa", "Zuwara")]


def test_a_navy_that_embarked_workers_sails_from_where_they_boarded() -> None:
    text = "The Italian navy embarked 200 workers in Misrata and sailed for Malta on Monday."
    assert _records(text) == [(D, "Italian navy", "Malta", "Misrata")]


def test_a_taking_that_loads_nothing_names_no_origin() -> None:
    text = "The defence minister took questions in Tunis and flew to Tripoli on Monday."
    assert [(kind, dest, origin) for kind, _actor, dest, origin in _records(text)] == [(T, "Tripoli", None)]
