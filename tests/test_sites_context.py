"""Which town a named site lies in when its name names none: the town the text links it
to, its own sentence's town, or the towns the article is about, never a town named in
passing in another region."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events.extraction import Parser
from libya_events.model import Location, LocationKind

TOWNS = {  # name in the text: (lat, lon) of the gazetteer's point
    "Tripoli": (32.887, 13.187),
    "Benghazi": (32.115, 20.068),
    "Sabratha": (32.79, 12.49),
    "Gharyan": (32.17, 13.02),
    "Zliten": (32.47, 14.57),
    "Sebha": (27.04, 14.43),
    "Ganfouda": (32.05, 19.98),
}


@pytest.fixture(scope="module")
def where() -> Parser:
    return Parser(events=False)


def _site(parser: Parser, text: str, name: str) -> Location:
    found = [
        loc for loc in parser.parse(text).locations if loc.kind is LocationKind.SITE and loc.name == name
    ]
    assert len(found) == 1, [loc.name for loc in parser.parse(text).locations]
    return found[0]


def _at(loc: Location, town: str) -> bool:
    """Whether ``loc`` has the point of ``town``."""
    assert loc.point is not None
    lat, lon = TOWNS[town]
    return abs(loc.point.lat - lat) < 0.02 and abs(loc.point.lon - lon) < 0.02


def test_site_said_to_lie_in_a_town_named_after_it(where: Parser) -> None:
    text = (
        "A convoy set out from Zliten on Friday night. "
        "By Saturday rival units had taken Bridge 9 in west Tripoli after a short fight."
    )
    bridge = _site(where, text, "Bridge 9")
    assert _at(bridge, "Tripoli")
    assert bridge.uncertainty_km is not None
    assert bridge.uncertainty_km < 15.0


def test_a_distance_phrase_before_the_town_it_lies_in_is_passed_over(where: Parser) -> None:
    text = (
        "Fighting went on in Benghazi for a week. The government in Tripoli sent envoys. "
        "Militants overran the Nakhla camp, about 10km west of the city centre in Ganfouda, late on Monday."
    )
    camp = _site(where, text, "Nakhla camp")
    assert _at(camp, "Ganfouda")
    assert camp.uncertainty_km == pytest.approx(5.0)


def test_a_town_named_in_passing_far_away_does_not_place_a_site(where: Parser) -> None:
    text = (
        "Clashes shook Benghazi on Monday. Families in Benghazi fled to the coast. "
        "The government in Sebha condemned the fighting. "
        "Gunmen later stormed the Nour hotel and held it for hours."
    )
    hotel = _site(where, text, "Nour hotel")
    assert _at(hotel, "Benghazi")
    assert hotel.uncertainty_km is not None
    assert hotel.uncertainty_km > 15.0  # no town of its own sentence


def test_the_latest_town_places_a_site_when_it_lies_near_the_articles_towns(where: Parser) -> None:
    text = (
        "Clashes shook Benghazi on Monday. Families in Benghazi fled to the coast. "
        "Shells then fell on Ganfouda. Gunmen later stormed the Nour hotel and held it for hours."
    )
    assert _at(_site(where, text, "Nour hotel"), "Ganfouda")


def test_a_town_after_a_movement_word_is_not_where_the_site_lies(where: Parser) -> None:
    text = "Clashes shook Tripoli on Monday. Fighters moved from the Nour camp to Zliten on Tuesday."
    assert _at(_site(where, text, "Nour camp"), "Tripoli")


def test_the_town_of_the_sites_own_sentence_comes_first(where: Parser) -> None:
    text = (
        "Clashes shook Tripoli on Monday and Tripoli's airport closed. "
        "In Sebha, gunmen stormed the Nour hotel on Tuesday."
    )
    assert _at(_site(where, text, "Nour hotel"), "Sebha")


@settings(max_examples=20, deadline=None)
@given(
    context=st.sampled_from(sorted(TOWNS)),
    town=st.sampled_from(sorted(TOWNS)),
    link=st.sampled_from(["in", "near", "outside", "on the edge of", "in the south of"]),
)
def test_a_site_linked_to_a_town_lies_at_that_town(context: str, town: str, link: str) -> None:
    text = f"Fighting was reported in {context} on Sunday. On Monday gunmen stormed the Nour hotel {link} {town}."
    hotel = _site(_PARSER, text, "Nour hotel")
    assert _at(hotel, town)


_PARSER = Parser(events=False)


def test_a_university_of_a_town_lies_at_that_town(where: Parser) -> None:
    text = "Clashes shook Benghazi on Monday. Students left the University of Gharyan early that week."
    university = _site(where, text, "University of Gharyan")
    assert _at(university, "Gharyan")
    assert university.uncertainty_km == pytest.approx(5.0)
