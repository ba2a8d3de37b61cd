"""Movement and actor classes noticed in round 43a: a flight "for" a shelter in a town reaches
the town, a vessel that "arrived off" a town reaches it, one that "sailed past the coast near" a
town does not, people "bussed out of" a place leave it, a firm that flew "several of its
aircraft" somewhere sends them, and a name given by "known as" is the actor named before it.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import MovementRecord, movement_records

from libya_events import MovementKind, Parser

D, T, W, A = MovementKind.DEPLOY, MovementKind.TRAVEL, MovementKind.WITHDRAW, MovementKind.ADVANCE

PARSER = Parser()


def _records(text: str) -> list[MovementRecord]:
    return movement_records(PARSER, text)


def _actor_names(text: str) -> list[str]:
    return [a.name for a in PARSER.parse(text, published="2022-06-01").actors]


# ------------------------------------------------- leaving one place "for" a shelter in another


def test_fleeing_homes_for_schools_in_a_town_reaches_the_town() -> None:
    text = "Hundreds of families fled their homes in Tawergha for schools in Benghazi on Monday."
    assert _records(text) == [(W, "families", "Benghazi", "Tawergha")]


def test_leaving_a_town_for_camps_in_another_reaches_it() -> None:
    text = "Many residents left Sirte for camps in Misrata last week."
    assert _records(text) == [(W, "residents", "Misrata", "Sirte")]


def test_fleeing_for_relatives_in_a_town_reaches_it() -> None:
    text = "The families fled Ubari for relatives in Sabha after the clashes on Sunday."
    assert _records(text) == [(W, "families", "Sabha", "Ubari")]


def test_a_withdrawal_for_talks_reaches_no_town() -> None:
    text = "The fighters withdrew from Sirte for talks in Misrata on Monday."
    assert all(dest is None for _kind, _actor, dest, _origin in _records(text))


# ------------------------------------------------- a vessel arriving "off" a town


def test_a_navy_arriving_off_a_town_reaches_it() -> None:
    text = "The Turkish navy arrived off Misrata on Friday."
    assert _records(text) == [(D, "Turkish navy", "Misrata", None)]


def test_frigates_arriving_off_the_coast_of_a_town_reach_it() -> None:
    text = "The Italian navy's frigates arrived off the coast of Zuwara on Friday."
    assert _records(text) == [(D, "Italian navy", "Zuwara", None)]


def test_driving_off_a_road_is_no_arrival() -> None:
    text = "The convoy of the Zintan brigades drove off the road near Gharyan on Friday."
    assert all(dest != "Gharyan" for _kind, _actor, dest, _origin in _records(text))


# ------------------------------------------------- sailing past the coast near a town


def test_sailing_past_the_coast_near_a_town_is_no_move_there() -> None:
    text = "The Turkish navy sailed past the coast near Misrata on Friday."
    assert all(dest != "Misrata" for _kind, _actor, dest, _origin in _records(text))


def test_sailing_along_the_shore_near_a_town_is_no_move_there() -> None:
    text = "The Italian navy sailed along the shore near Zuwara on Sunday."
    assert all(dest != "Zuwara" for _kind, _actor, dest, _origin in _records(text))


def test_sailing_to_the_coast_near_a_town_still_reaches_it() -> None:
    text = "The Turkish navy sailed to the coast near Misrata on Friday."
    assert [dest for _kind, _actor, dest, _origin in _records(text)] == ["Misrata"]


# ------------------------------------------------- people bussed, ferried or trucked out of a place


def test_passengers_bussed_out_of_a_terminal_leave() -> None:
    text = "Hundreds of passengers were bussed out of the airport on Monday."
    assert _records(text) == [(W, "passengers", None, None)]


def test_migrants_ferried_out_of_a_camp_leave() -> None:
    text = "The migrants were ferried out of the camp on Tuesday."
    assert _records(text) == [(W, "migrants", None, None)]


def test_travellers_trucked_out_of_a_town_leave_it() -> None:
    text = "The stranded travellers were trucked out of Ghadames on Sunday."
    assert _records(text) == [(W, "travellers", None, "Ghadames")]


def test_families_volunteers_ferried_out_of_a_town_leave_it() -> None:
    text = "Volunteers ferried the families out of Tawergha on Sunday."
    assert _records(text) == [(W, "families", None, "Tawergha")]


def test_people_bussed_to_a_town_still_travel() -> None:
    text = "The migrants were bussed to Tajoura on Monday."
    assert _records(text) == [(T, "migrants", "Tajoura", None)]


# ------------------------------------------------- "several of its aircraft"


def test_airlines_flying_several_of_their_aircraft_deploy_them() -> None:
    text = "Libyan Airlines and Afriqiyah Airways flew several of their aircraft from Mitiga to Misrata on Monday."
    assert [(kind, actor, dest) for kind, actor, dest, _origin in _records(text)] == [
        (D, "Libyan Airlines", "Misrata"),
        (D, "Afriqiyah Airways", "Misrata"),
    ]


def test_an_airline_flying_two_of_its_planes_deploys_them() -> None:
    text = "Libyan Airlines flew two of its planes from Benghazi to Tobruk on Monday."
    assert [(kind, actor, dest) for kind, actor, dest, _origin in _records(text)] == [
        (D, "Libyan Airlines", "Tobruk")
    ]


def test_an_airline_flying_some_of_its_jets_deploys_them() -> None:
    text = "Afriqiyah Airways flew some of its jets to Misrata on Saturday."
    assert [(kind, actor, dest) for kind, actor, dest, _origin in _records(text)] == [
        (D, "Afriqiyah Airways", "Misrata")
    ]


def test_an_airline_flying_several_of_its_routes_moves_nothing() -> None:
    text = "Libyan Airlines flew several of its routes to Misrata on Monday."
    assert _records(text) == []


# ------------------------------------------------- "known as": one actor, not two


def test_a_group_known_by_its_alias_is_one_actor() -> None:
    text = "The Special Deterrence Force, known as Rada, seized the port of Tripoli on Monday."
    assert _actor_names(text) == ["Special Deterrence Force"]


def test_a_brigade_known_by_a_nickname_is_one_actor() -> None:
    text = "The Tripoli Revolutionaries Brigade, also known as al-Nasr, attacked Mitiga airport."
    assert _actor_names(text) == ["Tripoli Revolutionaries Brigade"]


def test_a_commander_described_and_known_by_a_nickname_is_one_actor() -> None:
    text = (
        "Fighters loyal to Bashir Khalaf Allah, a militia leader known as al-Bugra, advanced on the "
        "airport. Al-Bugra later said his men had withdrawn."
    )
    names = _actor_names(text)
    assert "Bashir Khalaf Allah" in names
    assert not any("Bugra" in name for name in names)


def test_a_force_known_by_a_name_after_of_is_its_own_actor() -> None:
    text = "Khalifa Haftar, the head of a force known as the Libyan National Army, flew to Cairo."
    assert sorted(_actor_names(text)) == ["Khalifa Haftar", "Libyan National Army"]


def test_a_described_unnamed_group_known_as_a_name_is_that_name() -> None:
    text = "A militia known as the Kaniyat attacked Tarhuna on Monday."
    assert _actor_names(text) == ["Kaniyat"]
