"""Genre round 20b: failure classes found on the blind genre articles genre-37..40
(a May 2025 Tripoli clashes wire story, a 2017 oil crescent raid story, a hedged op-ed on
mid-2020, a 2015-2016 Sabratha and Derna Islamic State story).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import Modality, MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2024-03-14"


def _records(text: str) -> list[tuple[MovementKind, str | None, str | None, str | None]]:
    return movement_records(PARSER, text, PUBLISHED)


def _modalities(text: str) -> list[Modality]:
    return [m.modality for m in PARSER.parse(text, published=PUBLISHED).movements]


# ----------------------------------------- a compass word or "in" on a driving verb: the subject moves


def test_pushing_west_from_a_town_is_an_advance_from_it() -> None:
    records = _records("Army units pushed west from Ajdabiya on Monday.")
    assert records == [(MovementKind.ADVANCE, "Army units", None, "Ajdabiya")]


def test_driving_in_from_a_town_is_an_arrival_not_a_departure() -> None:
    records = _records("Fighters who had driven in from Zliten joined the defenders on Monday.")
    assert [(kind, origin) for kind, _actor, _dest, origin in records] == [(MovementKind.ADVANCE, "Zliten")]


# ---------------------------------------------- "is said to have fled": a report, hedged, not a plan


def test_a_hearsay_passive_with_a_perfect_infinitive_is_reported() -> None:
    text = "The Russian advisers are said to have left Jufra on Sunday."
    assert _modalities(text) == [Modality.REPORTED]


def test_a_person_reported_to_have_flown_somewhere_travelled() -> None:
    text = "The commander is reported to have flown to Cairo on Sunday."
    assert _records(text) == [(MovementKind.TRAVEL, "commander", "Cairo", None)]
    assert _modalities(text) == [Modality.REPORTED]


def test_a_move_expected_or_planned_stays_planned() -> None:
    assert _modalities("The Russian advisers are expected to leave Jufra on Sunday.") != [Modality.REPORTED]


# ------------------------------------------------ "flew out of X, bound for Y": a departure with a goal


def test_flying_out_of_a_place_is_leaving_it() -> None:
    records = _records("The Russian advisers flew out of Jufra on Sunday.")
    assert records == [(MovementKind.WITHDRAW, "Russian advisers", None, "Jufra")]


def test_bound_for_names_the_destination() -> None:
    records = _records("The Russian advisers flew out of Jufra on Sunday, bound for Benghazi.")
    assert records == [(MovementKind.WITHDRAW, "Russian advisers", "Benghazi", "Jufra")]


# ------------------------------------------------------ "made their way to X": a movement idiom


def test_making_ones_way_to_a_town_is_a_movement_there() -> None:
    records = _records("Hundreds of families made their way to Zuwara on Sunday.")
    assert [(kind, dest) for kind, _actor, dest, _origin in records] == [(MovementKind.TRAVEL, "Zuwara")]


def test_making_a_visit_or_a_statement_to_a_place_is_not_this_idiom() -> None:
    records = _records("The council made it clear to Misrata that it would not yield.")
    assert records == []


# ------------------------------------------------- names and speakers do not run across a full stop


def _actors(text: str) -> dict[str, set[str]]:
    return {a.name: {m.text for m in a.mentions} for a in PARSER.parse(text, published=PUBLISHED).actors}


def test_a_two_word_alias_does_not_join_the_end_of_one_sentence_to_the_next() -> None:
    actors = _actors("The shells fell on the old town. Officials said four houses burned.")
    assert not any("." in name for name in actors)
    assert "Officials" in actors


def test_a_places_possessive_stays_in_the_name_of_its_body() -> None:
    text = "Zliten's municipal council said the shelling had stopped."
    speakers = [s.speaker for s in PARSER.parse(text, published=PUBLISHED).statements]
    assert speakers == ["Zliten's municipal council"]


# --------------------------------------- a namesake of a known person does not inherit his title


def test_a_full_name_sharing_a_known_surname_keeps_no_title_of_the_known_person() -> None:
    article = PARSER.parse("Idris Bukhamada said on Monday the port was calm.", published=PUBLISHED)
    people = {a.name: a.title for a in article.actors}
    assert people == {"Idris Bukhamada": None}


# ------------------------- "said it had done X and had asked Y": one statement, both predicates


def test_a_backshifted_predicate_joined_to_the_content_is_part_of_it() -> None:
    text = (
        "The council said it had ordered all units back to their bases and had asked the "
        "interior ministry to watch the truce."
    )
    statements = PARSER.parse(text, published=PUBLISHED).statements
    assert len(statements) == 1
    assert statements[0].text.endswith("had asked the interior ministry to watch the truce")


# ----------------------------------- "its trucks", "the BDB ... its": a vehicle's owner, an acronym's body


def test_a_group_named_by_its_acronym_is_what_its_stands_for() -> None:
    text = "The BDB set off from Jufra in late February. Its pick-up trucks stormed Es Sider on March 3."
    records = _records(text)
    assert (MovementKind.CAPTURE, "Benghazi Defence Brigades", "Es Sider", None) in records


def test_armoured_cars_are_moved_by_their_owner() -> None:
    text = (
        "The BDB set off from Jufra in late February. The brigade's armoured cars entered Brega on March 4."
    )
    assert (MovementKind.CAPTURE, "Benghazi Defence Brigades", "Brega", None) in _records(text)


# ------------------------------------------------- "control of the terminals at X": X is taken


def test_control_of_facilities_at_named_places_takes_those_places() -> None:
    records = _records("The LNA regained control of the oil terminals at Es Sider and Ras Lanuf on Monday.")
    assert {dest for _kind, _actor, dest, _origin in records} == {"Es Sider", "Ras Lanuf"}


# ------------------------------------------------ commentators and shopkeepers are unnamed sources


def test_commentators_and_a_shopkeeper_speak_as_collectives() -> None:
    text = (
        "Some commentators say the truce will not hold. Residents of the district described a "
        'tense calm. "We heard shelling all night," one shopkeeper told reporters.'
    )
    speakers = [s.speaker for s in PARSER.parse(text, published=PUBLISHED).statements]
    assert speakers == ["commentators", "shopkeeper"]


def test_people_who_drove_in_from_a_town_arrived_rather_than_left() -> None:
    text = "Volunteers who had driven in from nearby Surman joined the defenders on Monday."
    kinds = {kind for kind, _actor, _dest, _origin in _records(text)}
    assert MovementKind.WITHDRAW not in kinds


# ---------------------------------------- "the US strike": a country's initials as an adjective


def _places(text: str) -> set[str]:
    return {p.name for p in PARSER.parse(text, published=PUBLISHED).locations}


def test_a_countrys_initials_before_a_noun_name_no_place() -> None:
    assert "United States" not in _places("The US strike hit a farmhouse near Sabratha.")
    assert "United States" not in _places("U.S. jets struck a farmhouse near Sabratha.")


def test_a_country_named_by_its_initials_as_a_noun_is_a_place() -> None:
    assert "United States" in _places("The US said the strike hit a farmhouse near Sabratha.")


# ------------------------------------------------------------ "IS was pushed out of X"; "... there"


def test_is_read_as_a_verb_is_still_the_subject() -> None:
    records = _records("After weeks of fighting, IS was pushed out of Derna.")
    assert records == [(MovementKind.WITHDRAW, "Islamic State", None, "Derna")]


def test_is_before_a_perfect_is_no_passive() -> None:
    records = _records("IS has seized Sirte.")
    assert records == [(MovementKind.CAPTURE, "Islamic State", "Sirte", None)]


def test_a_building_stormed_there_is_in_the_town_just_named() -> None:
    text = (
        "Militias in Sabratha said they had regained the centre from IS fighters, who had "
        "stormed the police station there on Tuesday."
    )
    assert (MovementKind.CAPTURE, "Islamic State", "Sabratha", None) in _records(text)


def test_slipping_away_or_out_is_leaving() -> None:
    records = _records("The fighters slipped out of Sirte at night.")
    assert records == [(MovementKind.WITHDRAW, "fighters", None, "Sirte")]


# --------------------------------------------- "forces of the <government>": that government's forces


def test_forces_of_a_named_government_are_its_armed_forces() -> None:
    text = "Tarhuna fell to forces of the Government of National Accord on June 5, 2020."
    actors = _actors(text)
    assert actors.get("Government of National Accord forces") == {
        "forces of the Government of National Accord"
    }
    assert _records(text) == [(MovementKind.CAPTURE, "Government of National Accord forces", "Tarhuna", None)]


def test_forces_of_a_place_or_a_side_add_no_government_forces() -> None:
    actors = _actors("Forces of the east advanced on Sirte on Monday.")
    assert not any(name.endswith(" forces") and "Government" in name for name in actors)


# ------------------------------------------------- "the brigades" stands for the brigades named before


def test_the_brigades_speak_for_the_named_brigades() -> None:
    text = (
        "The Benghazi Defence Brigades stormed Es Sider on March 3. Within days the brigades "
        "announced that they would hand the port to the guard."
    )
    speakers = [s.speaker for s in PARSER.parse(text, published=PUBLISHED).statements]
    assert speakers == ["Benghazi Defence Brigades"]


# ------------------------------------------ "entered the city from the west": a side, not the region


def test_a_bare_direction_a_town_is_entered_from_is_no_region() -> None:
    assert "western Libya" not in _places("Convoys from Zawiya entered the city from the west on Monday.")
    assert "western Libya" in _places("Fighting spread across the west on Monday.")


# ---------------------------------------------------- returning with no place named is still travel


def test_people_returning_with_no_place_named_travel() -> None:
    records = _records("Some displaced families were returning on Thursday evening.")
    assert [(kind, dest) for kind, _actor, dest, _origin in records] == [(MovementKind.TRAVEL, None)]


def test_calm_or_fire_returned_moves_no_one() -> None:
    assert _records("Calm returned to the streets on Thursday, and the guards returned fire.") == []
