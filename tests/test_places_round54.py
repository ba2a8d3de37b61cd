"""Round 54: town names that are not mentions of a part of the town.

* "the southern Tripoli suburbs of Ain Zara and Qasr bin Ghashir": a direction before a town whose
  name modifies a part noun ("suburbs", "districts", "neighbourhoods", "outskirts") qualifies the
  noun, so the town is named itself ("Tripoli"), not its southern part ("southern Tripoli" alone
  stays a part of the town).
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
