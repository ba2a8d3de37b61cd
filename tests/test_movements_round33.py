"""Movement classes of round 33.

Verbs of travel that the table lacked: goods or fighters "trucked" somewhere are deployed by
whoever sends them, as "bused" or "shipped" ones are; a vessel that "steams" somewhere sails
there; groups that "drift into" or "spread to" a place arrive there. "Set course for X" is a
journey to X: the row's own word "course" is the verb's object, part of the verb, not a thing
moved (so the frame does not read it as a patient that names no place).

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2020-03-15"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- verbs of travel missing from the table -----------------------------------------------------


def test_trucked_in_fighters_are_deployed_by_the_sender() -> None:
    quads = _quads("The LNA trucked in hundreds of fighters to Tarhuna overnight.")
    assert ("deploy", "Libyan National Army", None, "Tarhuna") in quads


def test_trucked_in_the_passive_with_an_agent() -> None:
    quads = _quads("Hundreds of fighters were trucked to Tarhuna by the LNA on Sunday.")
    assert ("deploy", "Libyan National Army", None, "Tarhuna") in quads


def test_a_force_that_steams_somewhere_sails_there() -> None:
    quads = _quads("The Libyan coast guard steamed back to Tripoli with the migrants on board.")
    assert any(q[1] == "Libyan coast guard" and q[3] == "Tripoli" for q in quads)


def test_drifting_into_a_town_is_arriving_there() -> None:
    quads = _quads("Islamic State fighters drifted into Sirte over the summer of 2015.")
    assert ("deploy", "Islamic State", None, "Sirte") in quads


def test_spreading_to_a_region_is_a_deployment() -> None:
    quads = _quads("After its first mission the Third Force spread to southern Libya.")
    assert ("deploy", "Third Force", None, "southern Libya") in quads


def test_spreading_unrest_moves_no_one() -> None:
    assert _quads("The protests spread to Benghazi within a week.") == []
    assert _quads("The smoke drifted into Tripoli on Monday.") == []


# --- "set course for X" -------------------------------------------------------------------------


def test_set_course_for_names_where_a_vessel_goes() -> None:
    quads = _quads("The Libyan coast guard set course for Zuwara on Friday.")
    assert any(q[1] == "Libyan coast guard" and q[3] == "Zuwara" for q in quads)


def test_set_course_with_a_named_force() -> None:
    quads = _quads("Two LNA patrol boats set course for Derna at dawn.")
    assert any(q[1] == "Libyan National Army" and q[3] == "Derna" for q in quads)


def test_setting_fire_is_no_journey() -> None:
    assert _quads("The Libyan coast guard set fire to the smugglers' boat near Zuwara.") == []


# --- "the jets": vehicles an owner sent before move again as the owner's ----------------------


def test_the_jets_sent_before_are_flown_on_by_their_owner() -> None:
    quads = _quads(
        "Russia sent fourteen jets to Libya in May. The jets were flown from Russia to Syria first."
    )
    assert ("deploy", "Russia", "Russia", "Syria") in quads


def test_the_ships_sent_before_dock_for_their_owner() -> None:
    quads = _quads(
        "Egypt dispatched two navy ships to Libya on Monday. The ships docked at Tobruk on Wednesday."
    )
    assert ("deploy", "Egypt", None, "Tobruk") in quads


def test_the_planes_stand_for_jets_sent_before() -> None:
    quads = _quads("Turkey flew jets to Libya on Sunday. The planes landed at Misrata on Monday.")
    assert ("deploy", "Turkey", None, "Misrata") in quads


def test_vehicles_not_told_with_the_have_no_owner_from_before() -> None:
    quads = _quads(
        "Egypt dispatched two navy ships to Libya on Monday. Two ships docked at Tobruk on Wednesday."
    )
    assert not any(q[3] == "Tobruk" for q in quads)


def test_vehicles_of_another_sort_have_no_owner_from_before() -> None:
    quads = _quads("The LNA moved trucks into Sirte on Monday. The planes landed at Benina on Tuesday.")
    assert not any(q[3] == "Benina International Airport" or q[3] == "Benina" for q in quads)


# --- "A and B, both loyal to C. They ...": the pronoun is the groups, not their patron ---------


def test_their_men_after_groups_described_by_their_patron() -> None:
    quads = _quads(
        "The Nawasi Brigade and the Radaa force, both loyal to the GNA, hit back on Sunday. "
        "Their men retook Salah al-Din by the evening."
    )
    actors = {q[1] for q in quads if q[0] == "capture" and q[3] == "Salah al-Din"}
    assert actors == {"Nawasi brigade", "Special Deterrence Force"}


def test_they_after_groups_aligned_with_a_government() -> None:
    quads = _quads(
        "Misrata brigades and Zintan fighters, all aligned with the GNA, joined the attack on Monday. "
        "They entered Sirte the next day."
    )
    actors = {q[1] for q in quads if q[3] == "Sirte"}
    assert actors == {"Misrata forces", "Zintan brigades"}


def test_a_patron_met_is_no_description_of_the_groups() -> None:
    quads = _quads(
        "The Nawasi Brigade and the Radaa force met envoys of the GNA on Sunday. They retook Salah al-Din."
    )
    actors = {q[1] for q in quads if q[3] == "Salah al-Din"}
    assert "Nawasi brigade" not in actors


# --- "were flown to X and landed at Y": the passive's subject lands on its own -----------------


def test_flown_and_landed_is_a_second_leg() -> None:
    quads = _quads("The LNA fighters were flown to Benghazi on Sunday and landed at Benina before dawn.")
    assert ("deploy", "Libyan National Army", None, "Benghazi") in quads
    assert any(
        q[1] == "Libyan National Army" and q[3] in ("Benina", "Benina International Airport") for q in quads
    )


def test_rescued_and_docked_moves_the_rescued() -> None:
    quads = _quads("The migrants were rescued by a merchant ship and docked at Pozzallo on Friday.")
    assert ("travel", "migrants", None, "Pozzallo") in quads


def test_the_jets_flown_on_and_landed_stay_the_owners() -> None:
    quads = _quads(
        "Russia sent fourteen jets to Libya in May. The jets were flown to Syria and then landed at Sirte."
    )
    assert ("deploy", "Russia", None, "Sirte") in quads


def test_seized_and_transferred_is_still_no_move_of_the_seized() -> None:
    assert _quads("Two suspects were arrested on Monday and transferred to Misrata.") == []


# --- "left X, most of them for Y": a partitive phrase names where the movers went -------------


def test_most_of_them_for_names_the_goal_of_a_departure() -> None:
    quads = _quads("About 3,000 families have left Murzuq since August, most of them for Ubari.")
    assert ("withdraw", "families", "Murzuq", "Ubari") in quads


def test_many_of_them_to_names_each_goal() -> None:
    quads = _quads("Thousands of residents fled Sirte, many of them to Misrata and Tripoli.")
    assert ("withdraw", "residents", "Sirte", "Misrata") in quads
    assert ("withdraw", "residents", "Sirte", "Tripoli") in quads


def test_a_partitive_with_no_goal_adds_no_place() -> None:
    quads = _quads("Hundreds of families have fled Murzuq since August, most of them women and children.")
    assert ("withdraw", "families", "Murzuq", None) in quads


# --- "pulled back south": "back" hung on the compass adverb ------------------------------------


def test_pulled_back_south_is_a_withdrawal() -> None:
    quads = _quads("LNA forces pulled back south on Monday after two days of shelling.")
    assert ("withdraw", "Libyan National Army", None, None) in quads


def test_fell_back_east_toward_a_town() -> None:
    quads = _quads("Misrata units fell back east toward Misrata on Tuesday.")
    assert ("withdraw", "Misrata forces", None, "Misrata") in quads
