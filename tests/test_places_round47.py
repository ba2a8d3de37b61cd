"""Round 47: places the blind rounds missed or put far off.

* Ras Obeida, a central Benghazi district, Ghiza Bahriya, the coastal district of Sirte, and
  Tripoli's Nofliyen (points: their cities', no finer public point being known).
* La Celle-Saint-Cloud, the commune west of Paris where Libya's rivals met (fr.wikipedia's point).
* al-Mabani, the migrant detention centre in Tripoli's Ghout al-Shaal, not the village Al Mabni in
  the Green Mountain; Harawa, the coast-road town east of Sirte; Djerba's airport; the Choucha camp
  on the Tunisian side of Ras Ajdir; the Mitiga prison inside the air base (the airport's point), no
  longer the airport itself.
* A site named by its town plus "airport" also answers to the town plus "air base"/"airbase"
  (Libya's airports double as air bases: "the Labraq air base" is Al Abraq's airport, not the
  town), one way only and only when the words before the head name a town
  (``scripts/build_gazetteer.py``: ``TOWN_SITE_EXTRA_HEADS``).
"""

from __future__ import annotations

from types import ModuleType

import pytest
from _gazetteer_rows import assert_added_row
from _repo_scripts import load_script

from libya_events.extraction import Parser
from libya_events.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.mark.parametrize(
    ("name", "place_id", "country"),
    [
        ("Ras Obeida", "curated:ras-obeida", "LY"),
        ("Ras Ubaydah", "curated:ras-obeida", "LY"),
        ("Ghiza Bahriya", "curated:ghiza-bahriya", "LY"),
        ("Jiza al-Bahriya", "curated:ghiza-bahriya", "LY"),
        ("La Celle-Saint-Cloud", "curated:la-celle-saint-cloud", "FR"),
        ("al-Mabani", "curated:al-mabani", "LY"),
        ("Al Mabani detention center", "curated:al-mabani", "LY"),
        ("Harawa", "curated:harawa", "LY"),
        ("Djerba airport", "curated:djerba-airport", "TN"),
        ("Choucha", "curated:choucha", "TN"),
        ("Mitiga prison", "curated:mitiga-prison", "LY"),
        ("Nofliyen", "curated:nofliyen", "LY"),
        ("Mitiga jail", "curated:mitiga-prison", "LY"),
        ("Labraq air base", "curated:labraq", "LY"),
        ("Labraq airbase", "curated:labraq", "LY"),
        ("Sabha air base", "ourairports:HLLS", "LY"),
        ("Kufra airbase", "ourairports:HLKF", "LY"),
    ],
)
def test_lookup_finds_the_added_row(gazetteer: Gazetteer, name: str, place_id: str, country: str) -> None:
    assert_added_row(gazetteer, name, place_id, country)


def test_the_districts_lie_in_their_cities(gazetteer: Gazetteer) -> None:
    benghazi = gazetteer.resolve("Benghazi")
    sirte = gazetteer.resolve("Sirte")
    assert gazetteer.resolve("Ras Obeida").distance_km(benghazi.lat, benghazi.lon) < 5.0
    assert gazetteer.resolve("Ghiza Bahriya").distance_km(sirte.lat, sirte.lon) < 5.0


def test_the_green_mountain_village_keeps_its_own_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Al Mabni")[0].id == "osm:village:452"


# -- the one-way "airport" -> "air base" rule ----------------------------------------------------


@pytest.fixture(scope="module")
def build_gazetteer() -> ModuleType:
    return load_script("scripts/build_gazetteer.py")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Labraq airport", ["Labraq air base", "Labraq airbase"]),
        ("Sabha Airport", ["Sabha air base", "Sabha airbase"]),
        ("Zuwarah International Airport", []),  # no town is "Zuwarah International"
        ("Watiya air base", []),  # an air base does not become an airport
        ("Labraq", []),
    ],
)
def test_town_base_variants(build_gazetteer: ModuleType, name: str, expected: list[str]) -> None:
    towns = {"labraq", "sabha", "zuwarah", "watiya"}
    assert build_gazetteer.town_base_variants(name, lambda stem: stem.casefold() in towns) == expected


def test_a_town_keeps_its_name_and_its_air_base_stays_apart(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Al Abraq")[0].id == "geonames:89090"
    assert gazetteer.lookup("Sabha")[0].id != "ourairports:HLLS"


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Loyalist troops fell back to the Labraq air base overnight.", "curated:labraq"),
        ("Two cargo planes landed at the Labraq airbase on Sunday.", "curated:labraq"),
        ("Jets took off from the Sabha air base before dawn.", "ourairports:HLLS"),
    ],
)
def test_a_town_air_base_is_its_airport(parser: Parser, text: str, place_id: str) -> None:
    ids = {loc.gazetteer_id for loc in parser.parse(text).locations}
    assert place_id in ids
    assert "geonames:89090" not in ids


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Fighting flared again in Ras Obeida on Tuesday.", "curated:ras-obeida"),
        ("Special forces moved into the Ras Obeida district at dawn.", "curated:ras-obeida"),
        ("The last militants held out in the Ghiza Bahriya district.", "curated:ghiza-bahriya"),
        ("The two rivals were flown to La Celle-Saint-Cloud for talks.", "curated:la-celle-saint-cloud"),
        ("The guards took the men to al-Mabani in the night.", "curated:al-mabani"),
        ("The convoy pushed on from Sirte to Harawa.", "curated:harawa"),
        ("Families flew home from Djerba airport on Friday.", "curated:djerba-airport"),
        ("Thousands of workers waited at Choucha for a flight home.", "curated:choucha"),
        ("The detainees were moved to Mitiga prison on Sunday.", "curated:mitiga-prison"),
        ("Gunmen attacked a police post in Tripoli's Nofliyen district on Friday.", "curated:nofliyen"),
    ],
)
def test_the_place_is_found(parser: Parser, text: str, place_id: str) -> None:
    assert place_id in {loc.gazetteer_id for loc in parser.parse(text).locations}


# -- "the old city of X ... the old city": the part told before, whatever town was named between ---


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Troops entered the old city of Sirte on Monday. Later they moved on to Misrata. "
            "Residents said the old city was without water.",
            "old city of Sirte",
        ),
        (
            "Shells hit the old town of Ghadames on Monday. The militia then drove to Derna. "
            "Residents said the old town was empty.",
            "old town of Ghadames",
        ),
    ],
)
def test_a_bare_description_is_the_part_told_before(parser: Parser, text: str, part: str) -> None:
    places = {loc.name: [m.text for m in loc.mentions] for loc in parser.parse(text).locations}
    bare = "the " + part.split(" of ")[0]
    assert bare in places[part], places
    assert not any(bare in mentions for name, mentions in places.items() if name != part), places


@pytest.mark.parametrize(
    ("district", "city"),
    [("Ghiza Bahriya", "Sirte"), ("Ras Obeida", "Benghazi"), ("Tariq al-Sikka", "Tripoli")],
)
def test_a_district_at_its_citys_point_does_not_answer_for_the_city(
    gazetteer: Gazetteer, district: str, city: str
) -> None:
    here = gazetteer.resolve(district)
    assert gazetteer.nearest(here.lat, here.lon, populated=True)[0].name == city
    assert gazetteer.nearest(here.lat, here.lon)[0].name == city


def test_the_airport_named_alone_stays_the_airport(parser: Parser) -> None:
    ids = {loc.gazetteer_id for loc in parser.parse("Flights resumed at Mitiga on Monday.").locations}
    assert ids >= {"curated:mitiga"}
    assert "curated:mitiga-prison" not in ids
