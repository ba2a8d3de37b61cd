"""Round 55: places named by pairs, compass phrases, homonymous sites and unknown villages.

* "the Misrata-Sirte area": two places joined by a hyphen before an area noun name the two places
  (as before a line or road noun), never a third place at the town of the context.
* "Brak al-Shati" bare is the town; the air base is named as one ("Brak al-Shati air base").
* "north-eastern Chad" is a region (as "northern Chad" is), with a representative point.
* An unknown name in a place slot ("shelled houses in al-Mashru", "the outskirts of al-Khuwaylid") is a
  place the gazetteer cannot place: recorded as unresolved, never a guessed person.
* Driving from a country into a region ("from Libya into northern Chad") is an incursion (an
  advance), as into the country itself, no capture of the region.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events.extraction import Parser
from libya_events.model import LocationKind


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Envoys gathered in Tripoli on Monday. Monitors will patrol the Misrata-Sirte area from March.",
            ("Misrata", "Sirte"),
        ),
        (
            "The council met in Benghazi. A demilitarised Sirte-Jufra zone was proposed by the envoy.",
            ("Sirte", "Jufra"),
        ),
        (
            "Officials in Tripoli said convoys crossed the Hun-Waddan region at night.",
            ("Hun", "Waddan"),
        ),
    ],
)
def test_hyphenated_pair_before_an_area_noun_names_the_two_places(
    parser: Parser, text: str, pair: tuple[str, str]
) -> None:
    names = {loc.name: loc for loc in parser.parse(text).locations}
    assert not any("-" in name and name.split("-")[0] in pair for name in names)
    for place in pair:
        assert any(place in [m.text for m in loc.mentions] for loc in names.values())


def test_unknown_hyphenated_pair_before_an_area_noun_is_no_district(parser: Parser) -> None:
    article = parser.parse("Officials met in Benghazi. Shells fell across the Qarqof-Wadrin area overnight.")
    assert [loc.name for loc in article.locations] == ["Benghazi"]


BRAK_TOWN = (27.54956, 14.27139)
BRAK_BASE = (27.653, 14.272)


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("Tribal fighters left Brak al-Shati on Sunday and drove west toward Ubari.", BRAK_TOWN),
        ("Elders in Brak al-Shati said the market reopened on Tuesday.", BRAK_TOWN),
        ("A column of trucks rolled into Brak al-Shati air base on Monday.", BRAK_BASE),
        ("Fighters stormed the Brak air base at dawn.", BRAK_BASE),
    ],
)
def test_brak_al_shati_is_the_town_unless_named_as_the_air_base(
    parser: Parser, text: str, point: tuple[float, float]
) -> None:
    brak = [loc for loc in parser.parse(text).locations if "Brak" in loc.name]
    assert len(brak) == 1
    assert brak[0].point is not None
    assert (round(brak[0].point.lat, 3), round(brak[0].point.lon, 3)) == (
        round(point[0], 3),
        round(point[1], 3),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rebels based in north-eastern Chad crossed into Libya last week.",
        "Smugglers moving through northeast Chad reached Kufra.",
    ],
)
def test_compass_word_and_chad_is_a_region(parser: Parser, text: str) -> None:
    regions = [loc for loc in parser.parse(text).locations if loc.kind is LocationKind.REGION]
    assert [loc.name for loc in regions] == ["north-eastern Chad"]


def test_northern_chad_stays_a_region(parser: Parser) -> None:
    regions = [
        loc.name
        for loc in parser.parse("Rebels in northern Chad regrouped.").locations
        if loc.kind is LocationKind.REGION
    ]
    assert regions == ["northern Chad"]


def test_town_possessive_airport_is_the_town_airport(parser: Parser) -> None:
    """Sirte's airport is the Ghardabiya air base (the gold sets place both at one point)."""
    locations = parser.parse("Rebels said they had seized Sirte's airport after a short fight.").locations
    airport = [loc for loc in locations if "Sirte's airport" in [m.text for m in loc.mentions]]
    assert len(airport) == 1
    assert airport[0].kind is LocationKind.SITE


@pytest.mark.parametrize(
    ("text", "village"),
    [
        (
            "Local brigades had pushed into the outskirts of al-Khuwaylid by Tuesday, a council member said.",
            "al-Khuwaylid",
        ),
        ("Families fled from Bir Ghanam and al-Mashru after the shelling.", "al-Mashru"),
        ("Gunmen shelled houses in Umm-Khanfus overnight.", "Umm-Khanfus"),
        ("Gunmen shelled houses in al-Khuwaylid overnight.", "al-Khuwaylid"),
    ],
)
def test_unknown_name_in_a_place_slot_is_no_actor(parser: Parser, text: str, village: str) -> None:
    article = parser.parse(text)
    assert not any(village in [m.text for m in a.mentions] for a in article.actors)


def test_unknown_village_after_outskirts_of_is_unresolved(parser: Parser) -> None:
    article = parser.parse("Local brigades pushed into the outskirts of al-Ruwais on Tuesday.")
    assert [m.text for m in article.unresolved] == ["al-Ruwais"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The envoy met Hamid Salem in Tunis on Monday.", "Hamid Salem"),
        ("Hamid Salem spoke to Omar Khalifa by telephone.", "Omar Khalifa"),
        ("Gunmen opened fire near Hamid Salem, a local commander, in Zawiya.", "Hamid Salem"),
    ],
)
def test_person_outside_a_place_slot_stays_a_person(parser: Parser, text: str, person: str) -> None:
    assert person in [a.name for a in parser.parse(text).actors]


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("In early March a column of Chadian rebels drove from Libya into northern Chad.", "northern Chad"),
        ("Last week a column of Sudanese fighters drove from Sudan into southern Libya.", "southern Libya"),
    ],
)
def test_driving_from_a_country_into_a_region_is_an_incursion(
    parser: Parser, text: str, destination: str
) -> None:
    moves = kind_first_moves(parser, text, "2019-03-20")
    assert [(kind, dest) for kind, _actor, _origin, dest in moves] == [("advance", destination)]


def test_driving_into_a_region_with_no_country_left_is_unchanged(parser: Parser) -> None:
    moves = kind_first_moves(parser, "LNA units drove into the Fezzan in January.", "2019-03-20")
    assert [kind for kind, *_ in moves] == ["capture"]
