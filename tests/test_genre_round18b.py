"""Genre round 18b: failure classes found by four blind genre articles (tests/genre/genre-21..24).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_triples

from libya_events import ActorKind, Parser

PARSER = Parser()


def _movements(text: str, published: str = "2024-03-14") -> list[tuple[str, str | None, str | None]]:
    return movement_triples(PARSER, text, published)


def _actors(text: str, published: str = "2024-03-14") -> dict[str, ActorKind]:
    return {a.name: a.kind for a in PARSER.parse(text, published=published).actors}


# ------------------------------------------------- beating off an attack takes no place


def test_repelling_an_attack_is_no_capture() -> None:
    assert _movements("The militia repelled an attack near the port on Sunday.") == []
    assert _movements("The garrison repulsed a fresh assault on the airport.") == []


def test_repelling_a_group_from_a_town_is_still_a_capture() -> None:
    found = _movements("Government troops repelled the rebels from Sirte on Monday.", "2016-05-20")
    assert [(kind, dest) for kind, _actor, dest in found] == [("capture", "Sirte")], found


# ------------------------------------------------- a foreign army's officers and instructors


def test_nationality_and_officers_name_a_foreign_force_that_deploys() -> None:
    text = "Russian officers arrived at the Jufra air base on Tuesday. Egyptian instructors were deployed to Benghazi."
    actors = _actors(text)
    assert actors.get("Russian officers") is ActorKind.ARMED_GROUP, actors
    assert ("deploy", "Egyptian instructors", "Benghazi") in _movements(text)


def test_officers_of_two_countries_stay_two_actors() -> None:
    text = "Turkish advisers flew into Misrata in May. Russian advisers moved to Sirte a week later."
    found = {actor for _kind, actor, _dest in _movements(text)}
    assert found == {"Turkish advisers", "Russian advisers"}, found


def test_police_officers_are_still_people() -> None:
    assert (
        _actors("Police officers arrived in Zawiya on Friday.").get("Police officers") is ActorKind.COLLECTIVE
    )


# ------------------------------------------------- "to X and to Y": both places reached


def test_a_second_preposition_joined_to_the_first_names_a_second_destination() -> None:
    found = _movements("Egyptian instructors deployed to Mitiga and to the al-Watiya air base last year.")
    assert [dest for _kind, _actor, dest in found] == [
        "Mitiga International Airport",
        "al-Watiya air base",
    ], found


# ------------------------------------------------- a retreat told on with a participle of going


def test_a_participle_of_going_after_a_pullout_is_the_same_withdrawal() -> None:
    found = _movements(
        "The mercenaries pulled out of the southern front in May, moving first to Bani Walid and then on to al-Jufra."
    )
    assert {("withdraw", "Bani Walid"), ("withdraw", "Jufra")} <= {
        (kind, dest) for kind, _actor, dest in found
    }, found
    assert all(kind == "withdraw" for kind, _actor, _dest in found), found


def test_people_leaving_a_town_and_driving_on_withdraw_to_where_they_drove() -> None:
    found = _movements(
        "Dozens of families left Sirte on Friday, most of them driving west to Misrata.", "2016-05-20"
    )
    assert found == [("withdraw", "families", "Misrata")], found


def test_a_force_leaving_a_town_heading_for_another_is_one_move_there() -> None:
    # SCHEMA: leaving a place is a withdrawal; a neutral verb of going after it ("heading for")
    # names where the withdrawal went (round 22), one record and not two
    found = _movements("Government forces left Misrata on Friday, heading for Sirte.", "2016-05-20")
    assert [(kind, dest) for kind, _actor, dest in found] == [("withdraw", "Sirte")], found


# ------------------------------------------------- "was released and left for X": the released one goes


def test_a_person_freed_and_leaving_for_a_country_travels() -> None:
    found = _movements("Ali Bashir was freed on 2 May 2021 and left for Tunisia a week later.", "2021-09-20")
    assert found == [("travel", "Ali Bashir", "Tunisia")], found


def test_a_person_seized_and_transferred_does_not_move_by_himself() -> None:
    text = "Ali Bashir was seized at a checkpoint on 2 May 2021 and transferred to a prison in Zawiya."
    assert _movements(text, "2021-09-20") == []


# ------------------------------------------------- "X, reported captured by Y": told of, not telling


def test_a_participle_of_report_on_a_name_adds_no_statement() -> None:
    text = "The colonel, reported captured by the rebels on Sunday, appeared on state television on Monday."
    article = PARSER.parse(text, published="2011-08-24")
    assert list(article.statements) == []
    assert all(m.actor != "colonel" for m in article.movements)


# ------------------------------------------------- a name before a centre or prison is a building


def test_a_name_before_a_detention_centre_adds_no_person() -> None:
    text = "The men were taken to the Karim al-Hadi detention centre and to the Salem Omar centre in Tripoli."
    actors = _actors(text, "2021-09-20")
    assert not any(kind is ActorKind.PERSON for kind in actors.values()), actors


# ------------------------------------------------- places: sides, headlines, descriptions told before


def _locations(text: str, published: str = "2018-06-12") -> dict[str, list[str]]:
    article = PARSER.parse(text, published=published)
    return {loc.name: [m.text for m in loc.mentions] for loc in article.locations}


def test_the_side_a_named_town_lies_on_is_no_region() -> None:
    places = _locations("The army advanced from Ajdabiya in the west and from Jalu in the south on Monday.")
    assert "southern Libya" not in places, places
    assert "western Libya" not in places, places


def test_a_bare_region_is_still_a_region() -> None:
    assert "southern Libya" in _locations("Fighting spread across the south on Monday.")


def test_a_headline_direction_does_not_join_the_dateline_town() -> None:
    places = _locations(
        "Families flee east\n\nSIRTE, Libya, June 12 - Hundreds of families left Sirte on Monday."
    )
    assert not any(name.lower().startswith("east") for name in places), places


def test_a_description_told_with_its_town_is_that_town_again() -> None:
    text = (
        "Troops entered the old city of Sirte on Monday. Later they moved on to Harawa. "
        "Residents said the old city was without water."
    )
    # round 30: "the old city of Sirte" is the town's old quarter (the gold sets list it apart);
    # the later bare "the old city" is that quarter again, not Harawa named between
    assert "the old city" in _locations(text)["old city of Sirte"]


def test_a_news_conference_venue_is_not_the_town_talked_of() -> None:
    text = (
        "The army shelled Derna on Monday. A spokesman told a news conference in Benghazi that the town "
        "would fall within days."
    )
    places = _locations(text)
    assert "the town" in places["Derna"], places
    assert "the town" not in places["Benghazi"], places


# ------------------------------------------------- speakers: a body's members, a detainee's relatives


def _speakers(text: str, published: str = "2021-09-20") -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in PARSER.parse(text, published=published).statements]


def test_whose_members_called_for_is_the_body_speaking() -> None:
    found = _speakers(
        "The Joint Military Commission, whose members have called for the departure of all mercenaries, met in Sirte."
    )
    assert found == [("Joint Military Commission", "the departure of all mercenaries")], found


def test_a_detainees_relative_is_an_unnamed_source() -> None:
    found = _speakers(
        "Ali Bashir was detained on Monday. His brother told reporters that the family had not been told."
    )
    assert found == [("brother", "the family had not been told")], found


# ------------------------------------------------- a Libyan office's word seated abroad


def test_the_parliament_in_a_foreign_capital_is_not_libyas() -> None:
    actors = _actors(
        "Turkey's parliament in Ankara renewed the mandate, and the parliament in Ankara met again."
    )
    assert "House of Representatives" not in actors, actors


def test_the_parliament_in_a_libyan_town_is_still_libyas() -> None:
    assert "House of Representatives" in _actors("The parliament in Tobruk voted on Monday.")
