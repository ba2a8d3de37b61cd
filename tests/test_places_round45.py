"""Round 45: places the blind rounds missed.

* Tariq al-Sikka, the migrant detention centre in Tripoli named after its road: a place, not a
  person's name (point: Tripoli's, no finer public point being known).
* The In Amenas gas plant at Tiguentourine and the town of In Amenas, in Algeria near the
  Libyan border (points from Wikipedia's articles).
* A bare "Tikbali"/"Tekbali" is the Tekbali camp in Tripoli, not the village of Takbal 95 km away;
  a site named in another spelling the gazetteer knows ("Tikbali", "Takbali camp") keeps the
  text's spelling with its head noun.
* "In" opening a Saharan name ("In Amenas", "In Salah") is part of a relative phrase's anchor.
* A country that closes an organisation's name ("Safe Passage Libya", "Alarm Phone Libya") is
  neither a place nor an actor.
"""

from __future__ import annotations

import pytest
from _gazetteer_rows import assert_added_row

from libya_events import PhraseParseError
from libya_events.extraction import Parser
from libya_events.gazetteer import Gazetteer
from libya_events.geo import describe, parse_relative
from libya_events.model import GeoPoint


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.mark.parametrize(
    ("name", "place_id", "country"),
    [
        ("Tariq al-Sikka", "curated:tariq-al-sikka", "LY"),
        ("Triq al-Sikka", "curated:tariq-al-sikka", "LY"),
        ("Tariq al-Sikka detention centre", "curated:tariq-al-sikka", "LY"),
        ("In Amenas gas plant", "curated:in-amenas-gas-plant", "DZ"),
        ("Tiguentourine", "curated:in-amenas-gas-plant", "DZ"),
        ("In Amenas", "curated:in-amenas", "DZ"),
        ("Tikbali", "curated:tekbali-camp", "LY"),
        ("Tekbali", "curated:tekbali-camp", "LY"),
        ("al-Takbali", "curated:tekbali-camp", "LY"),
    ],
)
def test_lookup_finds_the_added_row(gazetteer: Gazetteer, name: str, place_id: str, country: str) -> None:
    assert_added_row(gazetteer, name, place_id, country)


def test_the_plant_lies_southwest_of_the_town(gazetteer: Gazetteer) -> None:
    plant = gazetteer.resolve("In Amenas gas plant")
    town = gazetteer.resolve("In Amenas")
    assert plant.id != town.id
    assert 30.0 < plant.distance_km(town.lat, town.lon) < 60.0
    assert plant.lat < town.lat
    assert plant.lon < town.lon


def test_takbal_keeps_its_own_row(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Takbal")[0].id != "curated:tekbali-camp"


@pytest.mark.parametrize(
    "text",
    [
        "About 200 migrants are still held at Tariq al-Sikka, aid workers said.",
        "Guards drove the detainees from Tariq al-Sikka to Zawiya on Friday.",
        "The women were moved to Triq al-Sikka after the protest.",
    ],
)
def test_tariq_al_sikka_is_a_place_not_a_person(parser: Parser, text: str) -> None:
    result = parser.parse(text)
    assert "Tariq al-Sikka" in {loc.name for loc in result.locations}
    assert not any("Sikka" in a.name for a in result.actors)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked the In Amenas gas plant before dawn.", "In Amenas gas plant"),
        ("Engineers flew back to Tiguentourine in March.", "In Amenas gas plant"),
        ("Smugglers drove from Ghadames towards In Amenas on Sunday.", "In Amenas"),
    ],
)
def test_in_amenas_is_found(parser: Parser, text: str, place: str) -> None:
    assert place in {loc.name for loc in parser.parse(text).locations}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The brigade pulled back to its base in Tikbali overnight.", "Tikbali camp"),
        ("Fighters gathered at the Takbali camp on Monday.", "Takbali camp"),
        ("Shells fell near Camp Tekbali on Monday.", "Camp Tekbali"),
        ("Shells fell near the Tekbali camp on Monday.", "Tekbali camp"),
    ],
)
def test_tikbali_is_the_tripoli_camp_in_the_texts_spelling(parser: Parser, text: str, name: str) -> None:
    camps = [loc for loc in parser.parse(text).locations if loc.gazetteer_id == "curated:tekbali-camp"]
    assert [loc.name for loc in camps] == [name]


def test_a_respelling_no_source_writes_keeps_the_curated_name(parser: Parser) -> None:
    found = {loc.gazetteer_id: loc.name for loc in parser.parse("Jets bombed the Wattiya airbase.").locations}
    assert found.get("curated:watiya") == "al-Watiya air base"


@pytest.mark.parametrize(
    "text",
    [
        "Safe Passage Libya said it had sent food parcels to Zuwara.",
        "The group Alarm Phone Libya said a boat was adrift off Sabratha.",
        "A nurse at Migrant Rescue Libya said the survivors reached Zuwara.",
        "The Safe Passage Libya team reached Zuwara on Monday.",
    ],
)
def test_a_country_closing_an_organisations_name_is_no_place(parser: Parser, text: str) -> None:
    result = parser.parse(text)
    assert "Libya" not in {loc.name for loc in result.locations}
    assert "Zuwara" in {loc.name for loc in result.locations} or "Sabratha" in {
        loc.name for loc in result.locations
    }


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Libya said the talks would resume.",  # a day's name before the country
        "UN Envoy Warns Libya",  # a title-case headline ending on the country
        "Italy and Libya signed a maritime deal.",
        "Rescuers took the survivors to Tripoli, Libya, on Monday.",
        "Radio Libya said the road was open.",  # one word before: left as it was
    ],
)
def test_a_country_standing_alone_stays_a_place(parser: Parser, text: str) -> None:
    assert "Libya" in {loc.name for loc in parser.parse(text).locations}


# -- a Saharan name opened by "In" anchors a relative phrase ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "anchor"),
    [
        ("123 km SSE of In Amenas", "In Amenas"),
        ("about 40 km southwest of In Amenas", "In Amenas"),
        ("near In Salah", "In Salah"),
    ],
)
def test_an_in_name_anchors_a_relative_phrase(phrase: str, anchor: str) -> None:
    assert parse_relative(phrase).anchor_text == anchor


def test_a_described_point_near_in_amenas_reads_back() -> None:
    phrase = describe(GeoPoint(27.0, 10.0))
    assert phrase.endswith("of In Amenas")
    assert parse_relative(phrase).anchor_text == "In Amenas"


def test_a_lone_in_is_still_no_anchor() -> None:
    assert parse_relative("20 km south of Sabha").anchor_text == "Sabha"
    with pytest.raises(PhraseParseError):
        parse_relative("20 km south of In")
