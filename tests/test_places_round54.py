"""Round 54: town names that are not mentions of a part of the town.

* "the southern Tripoli suburbs of Ain Zara and Qasr bin Ghashir": a direction before a town whose
  name modifies a part noun ("suburbs", "districts", "neighbourhoods", "outskirts") qualifies the
  noun, so the town is named itself ("Tripoli"), not its southern part ("southern Tripoli" alone
  stays a part of the town).
* "the Shara Zawiya centre in the capital": a town's name after another capitalised name word
  inside a site's name (a street's, a gate's) does not name the site after that town, and is no
  mention of the town: the site lies in the town of its context.
"""

from __future__ import annotations

import pytest

from libya_events.extraction import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _places(parser: Parser, text: str) -> dict[str, list[str]]:
    return {loc.name: [m.text for m in loc.mentions] for loc in parser.parse(text).locations}


@pytest.mark.parametrize(
    ("text", "town", "parts"),
    [
        (
            "Rockets fell on the southern Tripoli suburbs of Ain Zara and Qasr bin Ghashir overnight.",
            "Tripoli",
            ("Ain Zara", "Qasr bin Ghashir"),
        ),
        (
            "Snipers still hold the eastern Benghazi districts of Laithi and Sabri, a commander said.",
            "Benghazi",
            ("Laithi", "Sabri"),
        ),
        ("Water ran short in the western Tripoli neighbourhoods after the strike.", "Tripoli", ()),
        ("Families returned to the southern Tripoli outskirts in June.", "Tripoli", ()),
    ],
)
def test_direction_before_town_modifying_a_part_noun_names_the_town(
    parser: Parser, text: str, town: str, parts: tuple[str, ...]
) -> None:
    places = _places(parser, text)
    assert places.get(town) == [town]
    assert not any(name.endswith(f" {town}") for name in places)
    for part in parts:
        assert part in places


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Clashes broke out in southern Tripoli on Sunday.", "southern Tripoli"),
        ("Gunmen closed roads in west Tripoli as the suburbs emptied.", "west Tripoli"),
    ],
)
def test_direction_before_a_bare_town_still_names_its_part(parser: Parser, text: str, part: str) -> None:
    assert part in _places(parser, text)


def _sites(parser: Parser, text: str) -> dict[str, tuple[float, float]]:
    return {
        loc.name: (round(loc.point.lat, 2), round(loc.point.lon, 2))
        for loc in parser.parse(text).locations
        if loc.point is not None
    }


@pytest.mark.parametrize(
    ("text", "site", "town", "inner"),
    [
        (
            "Sixty migrants were let out of the Shara Zawiya centre in the capital on Sunday.",
            "Shara Zawiya centre",
            "Tripoli",
            "Zawiya",
        ),
        (
            "Guards at the Shara Zawiya detention centre in Tripoli opened fire on Friday.",
            "Shara Zawiya detention centre",
            "Tripoli",
            "Zawiya",
        ),
        (
            "Militiamen set up the Souq Gharyan checkpoint in Misrata last week.",
            "Souq Gharyan checkpoint",
            "Misrata",
            "Gharyan",
        ),
    ],
)
def test_town_inside_a_longer_site_name_is_no_mention_of_the_town(
    parser: Parser, text: str, site: str, town: str, inner: str
) -> None:
    places = _sites(parser, text)
    assert places[site] == places[town]
    assert inner not in places


def test_site_named_after_a_town_still_lies_at_it(parser: Parser) -> None:
    places = _sites(parser, "Doctors at the Misrata Central Hospital treated the wounded.")
    assert places["Misrata Central Hospital"] == places["Misrata"]
    places = _sites(parser, "Fighters shelled the Dafniya checkpoint west of Misrata.")
    assert places["Dafniya checkpoint"] != places["Misrata"]  # at Dafniya, not the context town
