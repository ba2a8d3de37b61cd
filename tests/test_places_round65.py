"""Round 65: a place is named as the article spells it.

A Location's ``name`` is the spelling the text uses most often when the gazetteer lists that
spelling as one of the entry's names or aliases ("Zlitan" for GeoNames' "Zliten", "Derj" for
"Daraj", "Mitiga airport" for the "Mitiga International Airport"); the gazetteer id keeps the
entry. A movement's destination and origin are those Locations, so they read as the article
writes them. A spelling the gazetteer does not list (a possessive, a typo the fuzzy index
caught) leaves the earlier naming rule in charge.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events.extraction import Parser
from libya_events.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _location(parser: Parser, text: str, gazetteer_id: str) -> tuple[str, list[str]]:
    article = parser.parse(text, published="2019-04-06")
    for loc in article.locations:
        if loc.gazetteer_id == gazetteer_id:
            return loc.name, [m.text for m in loc.mentions]
    raise AssertionError(f"no location {gazetteer_id} in {[loc.name for loc in article.locations]}")


@pytest.mark.parametrize(
    ("text", "kind", "destination"),
    [
        ("Misrata brigades entered Zlitan on Monday after a week of shelling.", "capture", "Zlitan"),
        ("Haftar's army advanced on Derj on Tuesday, a day after it left Sinawen.", "advance", "Derj"),
        ("Fayez al-Sarraj flew into Mitiga airport on Sunday evening.", "travel", "Mitiga airport"),
        ("Forces of the Third Force pushed into Ben Jawad on Friday.", "advance", "Ben Jawad"),
    ],
)
def test_movement_place_keeps_the_text_spelling(
    parser: Parser, text: str, kind: str, destination: str
) -> None:
    moves = kind_first_moves(parser, text, "2019-04-06")
    assert any(k == kind and dest == destination for k, _actor, _origin, dest in moves), moves


@pytest.mark.parametrize(
    ("text", "gazetteer_name", "name"),
    [
        # the most frequent spelling wins over the first one
        (
            "Shelling hit Misrata on Monday. In Misurata, doctors said the Misurata hospital was full.",
            "Misrata",
            "Misurata",
        ),
        # a dateline in capitals does not count; the body names the place
        ("ZLITAN, Libya - Residents of Zlitan said the shelling stopped.", "Zliten", "Zlitan"),
    ],
)
def test_location_name_is_the_most_frequent_spelling(
    parser: Parser, text: str, gazetteer_name: str, name: str
) -> None:
    place = Gazetteer.default().resolve(gazetteer_name)
    got, mentions = _location(parser, text, place.id)
    assert got == name, mentions


def test_gazetteer_spelling_stays_when_the_text_uses_it(parser: Parser) -> None:
    """Negative: a text writing the gazetteer's own name keeps it, case and all."""
    place = Gazetteer.default().resolve("Zliten")
    got, _mentions = _location(parser, "Government forces shelled Zliten and Khoms overnight.", place.id)
    assert got == "Zliten"
