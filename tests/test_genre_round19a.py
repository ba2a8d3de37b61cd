"""Genre round 19a: failure classes found by four blind genre articles (tests/genre/genre-25..28).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_triples

from libya_events import Parser

PARSER = Parser()


def _movements(text: str, published: str = "2020-06-05") -> list[tuple[str, str | None, str | None]]:
    return movement_triples(PARSER, text, published)


def _statements(text: str, published: str = "2020-06-05") -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in PARSER.parse(text, published=published).statements]


# ------------------------------------------------- "leaving X behind": nothing departs


def test_leaving_things_behind_is_no_movement() -> None:
    found = _movements("The Kaniyat fled on Friday, leaving behind their weapons and armoured vehicles.")
    assert [kind for kind, _actor, _dest in found] == ["withdraw"], found


def test_leaving_units_behind_adds_no_second_movement() -> None:
    text = (
        "Most of the Misratan brigades pulled out of Bani Walid on Friday, "
        "leaving army units behind to man checkpoints on the road to Tarhuna."
    )
    found = _movements(text)
    assert [(kind, dest) for kind, _actor, dest in found] == [("withdraw", None)], found


def test_leaving_a_town_is_still_a_departure() -> None:
    found = _movements("The Misratan brigades left Bani Walid on Friday.")
    assert [kind for kind, _actor, _dest in found] == ["withdraw"], found


# ------------------------------------------------- "told the agency X that ...": the clause is what was said


def test_a_that_clause_hung_on_the_addressee_is_the_content() -> None:
    text = "Khalid Ali, the commander, told the state news agency LANA that the army had taken control of the port."
    found = _statements(text)
    assert found == [("Khalid Ali", "the army had taken control of the port")], found


def test_a_relative_clause_on_the_addressee_is_no_content() -> None:
    assert _statements("The commander told the reporters who had waited all night nothing new.") == []


# ------------------------------------------------- "from X to the city": the city reached is another town


def test_the_city_reached_from_a_town_is_not_that_town() -> None:
    text = "Floods struck Derna on Sunday. The LNA sent two brigades from Benghazi to the flooded city on Monday."
    assert ("deploy", "Libyan National Army", "Derna") in _movements(text)


def test_the_city_after_leaving_a_town_can_still_be_that_town() -> None:
    text = "The rebels withdrew from Sirte on Monday. Residents said the city was calm."
    places = {p.name for p in PARSER.parse(text, published="2016-05-20").locations}
    assert places == {"Sirte"}, places


# ------------------------------------------------- "sent X and Y from Z": Z is where all set out


def test_from_hung_on_the_last_thing_sent_is_the_origin() -> None:
    text = "The LNA said it had dispatched three battalions and a medical unit from Benghazi to Derna."
    moves = PARSER.parse(text, published="2023-09-13").movements
    assert [
        (m.origin.name if m.origin else None, m.destination.name if m.destination else None) for m in moves
    ] == [("Benghazi", "Derna")]


# ------------------------------------------------- the army's military regions are armed groups


def test_a_military_zone_is_an_armed_group_that_moves() -> None:
    text = "The ministry said that units of the Western Military Zone advanced from Zawiya on Wednesday."
    result = PARSER.parse(text, published="2020-06-05")
    assert "Western Military Region" in {a.name for a in result.actors}
    assert ("advance", "Western Military Region", None) in _movements(text)


# ------------------------------------------------- "the flight of X towards Y": a withdrawal


def test_the_flight_of_a_group_is_a_withdrawal() -> None:
    text = "Government forces entered Tarhuna after the flight of the Kaniyat militia and its allies towards Bani Walid."
    assert ("withdraw", "Kaniyat", "Bani Walid") in _movements(text)


def test_a_flight_by_air_is_no_withdrawal() -> None:
    text = (
        "The prime minister's flight to Rome was delayed. Afriqiyah Airways resumed its flights to Benghazi."
    )
    assert [kind for kind, _actor, _dest in _movements(text)] == [], _movements(text)


# ------------------------------------------------- "the commission", "the congress": the named body


def test_the_commission_is_the_named_commission() -> None:
    text = (
        "The 5+5 Joint Military Commission met in Geneva on Friday. "
        "The commission travelled to Ghadames a week later for a second round."
    )
    assert ("travel", "Joint Military Commission", "Ghadames") in _movements(text, "2020-10-24")


# ------------------------------------------------- a navy's ship docking: a deployment by the navy


def test_a_navy_is_an_armed_group() -> None:
    text = "The Italian navy said its ship had docked at the port of Benghazi."
    kinds = {a.name: a.kind.value for a in PARSER.parse(text, published="2023-09-14").actors}
    assert kinds.get("Italian navy") == "armed_group", kinds
    # "the port of Benghazi" is the gazetteer's Port of Benghazi site (round 41), in Benghazi
    assert _movements(text, "2023-09-14") == [("deploy", "Italian navy", "Port of Benghazi")]


def test_a_ship_docking_is_moved_by_its_owner() -> None:
    text = "An Egyptian navy ship carrying tents and medicine docked at Tobruk on Thursday."
    assert _movements(text, "2023-09-14") == [("deploy", "Egyptian navy", "Tobruk")]


def test_a_ship_with_no_owner_moves_no_one() -> None:
    assert _movements("A cargo ship carrying wheat docked at Misrata on Monday.", "2023-09-14") == []


# ------------------------------------------------- "the Sirte-Jufra line": both places of a hyphened pair


def _places(text: str) -> set[str]:
    return {p.name for p in PARSER.parse(text, published="2020-10-24").locations}


def test_both_places_of_a_hyphened_line_are_places() -> None:
    found = _places("Units on both sides of the Sirte-Jufra line pulled back on Friday.")
    assert {"Sirte", "Jufra"} <= found, found


def test_both_places_of_a_hyphened_road_are_places() -> None:
    found = _places("Traffic resumed on the Tripoli-Gharyan highway after the mines were cleared.")
    assert {"Tripoli", "Gharyan"} <= found, found


def test_a_place_before_a_hyphened_adjective_is_none() -> None:
    found = _places("The Misrata-led brigades and the Zintan-backed units met on Monday.")
    assert found == set(), found


# ------------------------------------------------- "in the west": the region, not the Western powers


def test_the_west_in_lower_case_is_the_region() -> None:
    assert _places("In the west, the government sent a convoy of ambulances.") == {"western Libya"}


def test_the_west_capitalised_is_no_region() -> None:
    assert _places("The West has imposed sanctions on the smugglers.") == set()


def test_the_west_and_centre_of_a_town_is_no_region() -> None:
    found = _places("Shells hit homes in the centre and west of the capital.")
    assert "western Libya" not in found, found


# ------------------------------------------------- "continued their progress towards X": an advance


def test_progress_towards_a_place_is_an_advance() -> None:
    text = "Government forces made rapid progress towards Sirte on Monday."
    assert _movements(text) == [("advance", "Government of National Accord forces", "Sirte")]


def test_progress_in_talks_is_no_advance() -> None:
    assert _movements("Talks in Geneva made progress on the ceasefire.") == []
