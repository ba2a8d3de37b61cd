"""Round 66: the Egypt-Libya-Sudan border triangle is a region of its own.

"The Uweinat triangle" named the small town of Al Uwaynat near Ghat, 1,500 km to the west,
when the story named no Kufra to rule it out. The gazetteer now holds the triangle as a
region at the point the three borders share (Natural Earth), and the longer name wins.
Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import parse_article
from libya_events.geo import distance_km
from libya_events.model import GeoPoint

TRIPOINT = GeoPoint(lat=22.0, lon=25.0)


@pytest.mark.parametrize(
    "text",
    [
        "The army sent units to the Uweinat triangle on Monday.",
        "Smugglers crossed the Oweinat triangle at night, a border official said.",
        "Sudanese fighters were seen in the Uwaynat Triangle last week.",
    ],
)
def test_the_triangle_is_the_border_region(text: str) -> None:
    places = parse_article(text, published="2025-06-12").locations
    assert len(places) == 1
    assert places[0].kind.value == "region"
    assert places[0].name.lower() in text.lower()  # named as the article spells it
    assert places[0].point is not None
    assert distance_km(places[0].point, TRIPOINT) < 15


def test_the_town_of_the_same_name_stays_in_the_west() -> None:
    places = parse_article(
        "Clashes broke out in Uweinat, near Ghat, on Monday.", published="2025-06-12"
    ).locations
    town = next(p for p in places if p.name == "Uweinat")
    assert town.point is not None
    assert town.point.lon < 12
