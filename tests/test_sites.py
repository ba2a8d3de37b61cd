"""Named sites the gazetteer lacks, and place names found by their slot in the parse."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libya_events.extraction import Parser
from libya_events.extraction._sites import FACILITIES, site_hits
from libya_events.gazetteer import Gazetteer
from libya_events.model import LocationKind


@pytest.fixture(scope="module")
def where() -> Parser:
    return Parser(events=False)


@pytest.fixture(scope="module")
def full() -> Parser:
    return Parser()


def _sites(parser: Parser, text: str) -> dict[str, tuple[float, float]]:
    article = parser.parse(text)
    return {
        loc.name: (loc.point.lat, loc.point.lon)
        for loc in article.locations
        if loc.kind is LocationKind.SITE and (loc.gazetteer_id or "").startswith("text:")
    }


def test_site_named_after_a_known_town_lies_at_that_town(where: Parser) -> None:
    text = "Guards closed the Gharyan checkpoint on Monday after a night of shooting."
    sites = _sites(where, text)
    assert list(sites) == ["Gharyan checkpoint"]
    lat, lon = sites["Gharyan checkpoint"]
    assert abs(lat - 32.17) < 0.1
    assert abs(lon - 13.02) < 0.1


def test_site_with_an_unknown_name_lies_in_the_town_of_its_context(where: Parser) -> None:
    text = (
        "Gunmen opened fire in Benghazi on Sunday. Witnesses said they stormed the "
        "Qasr Nour hotel and later the Rahma Hospital before dawn."
    )
    sites = _sites(where, text)
    assert set(sites) == {"Qasr Nour hotel", "Rahma Hospital"}
    for lat, lon in sites.values():
        assert abs(lat - 32.1) < 0.2
        assert abs(lon - 20.1) < 0.2


def test_facility_first_names_and_qualified_camps(where: Parser) -> None:
    text = "In Tripoli, a brigade moved from Camp Yarmouk to Bridge 9 and then the Hamra military camp."
    assert set(_sites(where, text)) == {"Camp Yarmouk", "Bridge 9", "Hamra military camp"}


@pytest.mark.parametrize(
    "text",
    [
        "In Misrata the checkpoints were closed.",  # plural: no one site
        "Fighters reached Sirte's hospital on Friday.",  # a possessive names no site
        "The road to Misrata was closed.",  # no proper name
        "Residents of Zintan said the Army camp was quiet.",  # a common capitalised word
        "A hotel in Sabha was hit.",  # no name at all
    ],
)
def test_no_site_without_a_proper_name(where: Parser, text: str) -> None:
    assert _sites(where, text) == {}


def test_no_site_without_a_libyan_town_to_place_it(where: Parser) -> None:
    assert _sites(where, "Delegates met at the Nour hotel.") == {}


@given(st.text(max_size=200))
def test_site_hits_never_crash_and_slice_the_text(text: str) -> None:
    hits = site_hits(text, [], Gazetteer.default())
    for h in hits:
        assert 0 <= h.start < h.end <= len(text)
        assert h.place is not None
        assert h.place.feature in FACILITIES.values()


def test_misspelt_town_in_a_place_slot_is_found_through_the_parse(full: Parser) -> None:
    text = "Fighters came from Ghariyan and Sawkna to reinforce the front on Tuesday."
    names = {loc.name for loc in full.parse(text).locations}
    assert "Gharyan" in names
    assert any(n.startswith(("Sawkna", "Sūknah", "Suknah")) for n in names)


def test_misspelt_town_outside_a_place_slot_is_not_guessed(full: Parser) -> None:
    text = "Ghariyan said nothing to reporters on Tuesday."
    assert "Gharyan" not in {loc.name for loc in full.parse(text).locations}


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "Militants hold ground in the west, south and east of the country.",
            {"western Libya", "eastern Libya", "southern Libya"},
        ),
        ("Aid went to towns in the south and east.", {"southern Libya", "eastern Libya"}),
        ("Troops arrived from the east, and west of Misrata the road was cut.", {"eastern Libya"}),
    ],
)
def test_bare_directions_joined_to_a_region_are_regions(where: Parser, text: str, regions: set[str]) -> None:
    found = {loc.name for loc in where.parse(text).locations if loc.kind is LocationKind.REGION}
    assert found == regions


@pytest.mark.parametrize(
    "text",
    [
        "Rival east Libya forces pushed on towards the coast.",
        "Western Libya authorities closed the border post.",
    ],
)
def test_a_region_naming_whose_forces_is_no_place(where: Parser, text: str) -> None:
    assert not [loc for loc in where.parse(text).locations if loc.kind is LocationKind.REGION]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Tribal clashes flared again in southeast Libya on Sunday.", "southeastern Libya"),
        ("Smugglers cross the desert in the south-west of the country.", "southwestern Libya"),
    ],
)
def test_intercardinal_regions_are_known(where: Parser, text: str, region: str) -> None:
    assert region in {loc.name for loc in where.parse(text).locations}


@pytest.mark.parametrize(
    "text",
    [
        "The rebels took the town, 120km to the north-east, on Friday.",  # a direction after a distance
        "Gunboats shelled Derna, on the northeast coast, overnight.",  # a direction describing a coast
        "Militiamen on the west side of the town withdrew.",
    ],
)
def test_a_direction_is_no_region(where: Parser, text: str) -> None:
    assert not [loc for loc in where.parse(text).locations if loc.kind is LocationKind.REGION]


def test_a_direction_before_a_town_names_a_part_of_it(where: Parser) -> None:
    text = "Gunfire was heard in west Tripoli and in southern Benghazi overnight."
    parts = {loc.name: loc for loc in where.parse(text).locations}
    assert set(parts) == {"west Tripoli", "southern Benghazi"}
    assert parts["west Tripoli"].point is not None
    assert abs(parts["west Tripoli"].point.lat - 32.89) < 0.05
    for loc in parts.values():
        for m in loc.mentions:
            assert text[m.span.start : m.span.end] == m.text


def test_a_distance_and_direction_before_a_town_is_no_part(where: Parser) -> None:
    names = {loc.name for loc in where.parse("The camp lies 30 km west Tripoli.").locations}
    assert "west Tripoli" not in names
