"""Places the dictionaries miss: regions described in words and towns inside a role."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events.extraction import Parser
from libya_events.extraction._places import described_region_hits
from libya_events.gazetteer import NATIONALITY_WORDS, Gazetteer


@pytest.fixture(scope="module")
def where() -> Parser:
    return Parser(events=False)


def _places(parser: Parser, text: str) -> dict[str, list[str]]:
    article = parser.parse(text)
    return {loc.gazetteer_id or loc.name: [m.text for m in loc.mentions] for loc in article.locations}


def test_mountainous_west_is_the_nafusa_range(where: Parser) -> None:
    places = _places(where, "Shepherds in the mountainous west said the road had been shut for a week.")
    assert places.get("curated:nafusa") == ["the mountainous west"]


def test_southern_sahara_is_the_south_not_the_whole_desert(where: Parser) -> None:
    places = _places(where, "Smugglers cross the southern Sahara in convoys of pickups.")
    assert places == {"curated:southern-libya": ["the southern Sahara"]}


@pytest.mark.parametrize(
    ("phrase", "place_id"),
    [
        ("the remote south", "curated:southern-libya"),
        ("the desert southwest", "curated:southwestern-libya"),
        ("the far south-east", "curated:southeastern-libya"),
    ],
)
def test_adjective_and_side_is_the_side_region(where: Parser, phrase: str, place_id: str) -> None:
    places = _places(where, f"Clinics in {phrase} ran out of fuel on Tuesday.")
    assert places.get(place_id) == [phrase]


def test_the_far_east_in_capitals_is_not_a_libyan_region(where: Parser) -> None:
    places = _places(where, "Exports to the Far East fell sharply last year.")
    assert "curated:eastern-libya" not in places


def test_a_side_of_another_country_is_not_described_here(where: Parser) -> None:
    places = _places(where, "Floods hit the remote south of Chad on Friday.")
    assert "curated:southern-libya" not in places


def test_town_inside_a_role_is_a_place(where: Parser) -> None:
    text = "Ankara backs the government in Tripoli, the minister told reporters."
    places = _places(where, text)
    assert places.get("geonames:2210247") == ["Tripoli"]


def test_town_before_based_is_a_place(where: Parser) -> None:
    text = "Rome spoke with the Tripoli-based government on Sunday."
    article = where.parse(text, published="2020-01-05")
    assert any(loc.name == "Tripoli" for loc in article.locations)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz SaharWthe-", max_size=80))
def test_described_regions_never_overlap(text: str) -> None:
    from libya_events.gazetteer import Gazetteer

    hits = described_region_hits(text, [], Gazetteer.default())
    spans = sorted((h.start, h.end) for h in hits)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    assert all(text[h.start : h.end].startswith("the") for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "Tankers of the Sirte Oil Company waited offshore on Monday.",
        "A unit called the Gharyan Martyrs guarded the road on Monday.",
    ],
)
def test_town_inside_a_longer_name_is_no_place(where: Parser, text: str) -> None:
    assert not where.parse(text).locations


def test_country_before_an_office_is_no_place_but_may_stay_an_actor(where: Parser) -> None:
    article = where.parse("Ministers met in Rome after US Defense Secretary Jane Doe spoke.")
    assert [loc.name for loc in article.locations] == ["Rome"]


def test_town_before_an_ordinary_word_stays_a_place(where: Parser) -> None:
    article = where.parse("Fighters left Sirte Monday after a week of shelling.")
    assert [loc.name for loc in article.locations] == ["Sirte"]


@pytest.mark.parametrize("spelling", ["Souq al-Jouma", "Suq al-Juma", "Souk el-Jumaa"])
def test_opened_name_spelled_another_way_is_the_libyan_place(where: Parser, spelling: str) -> None:
    places = _places(where, f"Shops in {spelling} stayed shut while the elders of {spelling} talked.")
    assert list(places) == ["curated:souq-al-juma"]
    assert places["curated:souq-al-juma"] == [spelling, spelling]


def test_opener_word_without_a_matching_place_adds_nothing(where: Parser) -> None:
    places = _places(where, "Residents said Wadi Qwertyzz flooded on Friday.")
    assert not any(key.startswith(("curated:", "osm:", "geonames:")) for key in places)


def test_the_old_city_after_a_town_is_that_towns_old_quarter(where: Parser) -> None:
    places = _places(where, "Shops in Tripoli reopened on Sunday. Crowds filled the Old City by noon.")
    assert places.get("osm:town:113") == ["the Old City"]
    assert places.get("geonames:2210247") == ["Tripoli"]


def test_the_old_city_of_a_town_without_one_stays_the_town(where: Parser) -> None:
    places = _places(where, "Shops in Sabha reopened on Sunday. Crowds filled the old city by noon.")
    assert list(places) == ["geonames:2212775"]


def test_the_west_of_the_country_is_a_region_not_western_governments(where: Parser) -> None:
    article = where.parse("Rebels lost their last stronghold in the west of the country on Monday.")
    found = {loc.gazetteer_id: [m.text for m in loc.mentions] for loc in article.locations}
    assert found.get("curated:western-libya") == ["the west of the country"]
    assert not any(a.name.lower() == "the west" for a in article.actors)


def test_side_inside_a_named_body_is_the_side_region(where: Parser) -> None:
    article = where.parse("Talks stalled as the parallel government in the east refused to attend.")
    found = {loc.gazetteer_id: [m.text for m in loc.mentions] for loc in article.locations}
    assert found.get("curated:eastern-libya") == ["the east"]


def test_country_before_an_envoy_title_is_no_place(where: Parser) -> None:
    article = where.parse("UK Ambassador John Roe met officials in Misrata on Tuesday.")
    assert [loc.name for loc in article.locations] == ["Misrata"]


def test_country_owning_a_role_is_a_place(where: Parser) -> None:
    text = "Forces backing Libya's U.N.-recognised government retook the airport."
    article = where.parse(text, published="2019-06-27")
    assert "Libya" in [loc.name for loc in article.locations]


def test_person_owning_a_unit_names_no_place(where: Parser) -> None:
    text = "Gunmen seized the headquarters of Omar al-Tajouri's brigade on Friday."
    article = where.parse(text, published="2022-08-27")
    assert not any(loc.name.startswith("Taj") for loc in article.locations)


def test_name_joined_to_a_libyan_town_in_french_spelling_is_the_libyan_town(where: Parser) -> None:
    article = where.parse("Volunteers searched the shore between Derna and Sousse all week.")
    found = {loc.gazetteer_id: loc.name for loc in article.locations}
    assert found.get("geonames:81584") == "Sousse"
    assert abs(next(loc.point.lat for loc in article.locations if loc.name == "Sousse") - 32.9) < 0.1


@pytest.mark.parametrize(
    "text",
    [
        "Rescue boats sailed to Derna and Sousse on Monday.",
        "Aid reached families in Bayda, Derna and Sousse.",
    ],
)
def test_a_listed_name_a_libyan_town_answers_to_is_not_the_small_foreign_town(
    where: Parser, text: str
) -> None:
    # a list in a place slot accepts small foreign towns ("fled to Sabha and Tataouine"); a name
    # that a Libyan town beside it answers to in French spelling is still the Libyan town
    found = {loc.name: loc.gazetteer_id for loc in where.parse(text).locations}
    assert found.get("Sousse") == "geonames:81584"


def test_a_listed_foreign_town_with_no_libyan_namesake_stays_foreign(where: Parser) -> None:
    found = {
        loc.name: loc.country_code for loc in where.parse("Families fled to Sabha and Tataouine.").locations
    }
    assert found.get("Tataouine") == "TN"


def test_unknown_word_joined_to_a_town_adds_no_place(where: Parser) -> None:
    article = where.parse("Volunteers searched Derna and Qwertyzz all week.")
    assert [loc.name for loc in article.locations] == ["Derna"]


@pytest.mark.parametrize("town", ["the city", "the town", "the capital"])
def test_side_of_a_town_is_not_the_countrys_region(where: Parser, town: str) -> None:
    article = where.parse(f"Snipers held out in Zawiya. Shooting went on in the south of {town} overnight.")
    assert "curated:southern-libya" not in {loc.gazetteer_id for loc in article.locations}


def test_the_south_alone_stays_the_region(where: Parser) -> None:
    article = where.parse("Shooting went on in the south overnight.")
    assert "curated:southern-libya" in {loc.gazetteer_id for loc in article.locations}


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean ship docked at Misrata on Monday.",
        "Koreans and Chadians working on the farms were evacuated from Sabha.",
        "Sudanese and Nigerien migrants reached Kufra after a week in the desert.",
    ],
)
def test_a_nationality_is_never_a_place(where: Parser, text: str) -> None:
    """A nationality adjective is no spelling of a town, however close it folds ("Korean" to
    a spelling of Gharyan): only the towns the sentence names are places."""
    names = {loc.name for loc in where.parse(text).locations}
    assert names <= {"Misrata", "Sabha", "Kufra"}, names


@pytest.mark.parametrize("word", sorted(NATIONALITY_WORDS))
def test_no_nationality_word_is_looked_up_as_a_place(word: str) -> None:
    assert Gazetteer.default().lookup(word.capitalize()) == ()


def test_a_spelling_of_a_town_still_finds_it(where: Parser) -> None:
    # a spelling the gazetteer lists names the place as written (round 65); one found by its
    # variant key alone keeps the gazetteer's name
    for text, name in (
        ("Fighting resumed in Gharian on Monday.", "Gharian"),
        ("Gheryan was calm on Monday.", "Gharyan"),
    ):
        assert [loc.name for loc in where.parse(text).locations] == [name], text


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Maltese Prime Minister Joseph Muscat said the boats must stop.", "Joseph Muscat"),
        ("Joseph Muscat met Fayez al-Sarraj in Tripoli.", "Joseph Muscat"),
    ],
)
def test_a_known_person_named_after_a_capital_is_no_place(where: Parser, text: str, person: str) -> None:
    """Malta's prime minister (the actor base has him) is not Oman's capital; Muscat alone,
    where something goes, still is."""
    article = where.parse(text)
    assert person in {a.name for a in article.actors}
    assert "Muscat" not in {loc.name for loc in article.locations}


def test_the_capital_muscat_is_still_a_place(where: Parser) -> None:
    assert "Muscat" in {loc.name for loc in where.parse("The envoy flew to Muscat on Monday.").locations}
