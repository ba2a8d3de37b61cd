"""Round 60: landforms named after a far town, and a place said to lie in a side of the country.

* "the Uweinat triangle" in a story about Kufra: a small town's name followed by a landform noun
  ("triangle", "plateau", "massif"), where the town of that name lies far from every other
  Libyan place of the story, names a landform the gazetteer lacks, not the town 1,500 km away.
  It becomes a region named with its noun, placed at the story's most-named town as uncertainly
  as a region. A landform named after a town of the story stays that town.
* "Kufra in the east", "the air base at Brak in the south": a Libyan place said to lie in a side
  of the country it does lie in puts that side, the country's region, on the map; "from Martuba
  in the south" in a story about Derna is the side of the scene and stays no place.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events.extraction import Parser
from libya_events.model import LocationKind


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _places(parser: Parser, text: str) -> dict[str, tuple[LocationKind, float, float]]:
    article = parser.parse(text, published="2024-05-02")
    out = {}
    for loc in article.locations:
        for m in loc.mentions:
            assert text[m.span.start : m.span.end] == m.text
        assert loc.point is not None
        out[loc.name] = (loc.kind, loc.point.lat, loc.point.lon)
    return out


@pytest.mark.parametrize(
    ("text", "landform"),
    [
        (
            "Fuel trucks leave Kufra every week and reach Sudan through the Uweinat triangle, "
            "traders in Kufra and Sabha say.",
            "Uweinat triangle",
        ),
        (
            "Border guards from Kufra now patrol near the Uweinat massif, an officer in Kufra told "
            "reporters in Benghazi.",
            "Uweinat massif",
        ),
        (
            "Convoys from Kufra are said to hide in the Uweinat plateau before the crossing, "
            "officials in Kufra and Tobruk said.",
            "Uweinat plateau",
        ),
    ],
)
def test_landform_named_after_a_far_town_is_a_region_of_the_story(
    parser: Parser, text: str, landform: str
) -> None:
    places = _places(parser, text)
    assert landform in places
    kind, lat, lon = places[landform]
    assert kind is LocationKind.REGION
    assert lat < 26.0  # the south-east of the story, never the town in the west
    assert lon > 20.0
    assert "Uweinat" not in places


@pytest.mark.parametrize(
    "text",
    [
        "Fighters overran the Dahr al-Hamar plateau above Derna, residents of Derna and Benghazi said.",
        "Smugglers drove through the Uweinat area on Monday, a local official said.",
    ],
)
def test_landform_of_a_story_town_or_a_town_alone_keeps_the_town(parser: Parser, text: str) -> None:
    places = _places(parser, text)
    assert not any(kind is LocationKind.REGION and "plateau" in name for name, (kind, *_) in places.items())
    assert "Dahr al-Hamar" in places or "Uweinat" in places


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Armed groups move freely between Kufra in the east and the desert crossings, "
            "a security official in Tripoli said.",
            "eastern Libya",
        ),
        (
            "Drones flew from two bases, al-Khadim in the east and Jufra, the panel of experts said.",
            "eastern Libya",
        ),
        (
            "Reinforcements were flown to the air base at Tamanhint in the south in March, "
            "officials in Benghazi said.",
            "southern Libya",
        ),
    ],
)
def test_libyan_place_in_its_side_of_the_country_names_the_region(
    parser: Parser, text: str, region: str
) -> None:
    assert region in _places(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters pushed into Derna from Ain Mara in the west and from Martuba in the south, "
        "residents of Derna said.",
        "Gunmen shelled Benghazi from Ganfouda in the west, a spokesman in Benghazi said.",
    ],
)
def test_side_of_the_scene_is_no_region(parser: Parser, text: str) -> None:
    places = _places(parser, text)
    assert "western Libya" not in places
    assert "southern Libya" not in places


@pytest.mark.parametrize(
    ("text", "dest", "region"),
    [
        ("The LNA sent troops to Kufra in the east on Monday.", "Kufra", "eastern Libya"),
        (
            "Around 200 fighters were redeployed from Jufra to the Tamanhint air base in the south in May.",
            "Tamanhint air base",
            "southern Libya",
        ),
    ],
)
def test_side_where_a_destination_lies_is_no_second_destination(
    parser: Parser, text: str, dest: str, region: str
) -> None:
    assert region in _places(parser, text)
    dests = [d for _kind, _actor, _origin, d in kind_first_moves(parser, text, "2024-06-01")]
    assert dests == [dest]
