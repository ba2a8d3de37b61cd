"""Round 65: a town is named as the article spells it.

A town's or region's Location ``name`` is the spelling the text uses most often when the
gazetteer lists that spelling as one of the entry's names or aliases ("Zlitan" for GeoNames'
"Zliten", "Derj" for "Daraj"); the gazetteer id keeps the entry. A movement's destination and
origin are those Locations, so they read as the article writes them. Sites and countries keep
their canonical full names ("Mitiga International Airport"), and a mention that only adds a
describing word ("Jufra region") or is written in capitals gives no spelling."""

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
        ("Volunteers drove from Misurata to Sebha on Sunday evening.", "travel", "Sebha"),
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


@pytest.mark.parametrize(
    ("text", "gazetteer_name"),
    [
        # a site keeps its canonical full name
        ("Fayez al-Sarraj flew into Mitiga airport on Sunday evening.", "Mitiga International Airport"),
        # a describing word added to the name is not a spelling of it
        ("Fighting spread across the Jufra region and reached Waddan.", "Jufra"),
    ],
)
def test_sites_and_described_names_keep_the_gazetteer_name(
    parser: Parser, text: str, gazetteer_name: str
) -> None:
    place = Gazetteer.default().resolve(gazetteer_name)
    got, _mentions = _location(parser, text, place.id)
    assert got == gazetteer_name


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Loyalist tanks gathered 20 km west of Zlitan on Monday.", "Zlitan"),
        ("The convoy stopped about 30 km south of Derj before dawn.", "Derj"),
    ],
)
def test_a_relative_anchor_is_named_as_the_location(parser: Parser, text: str, anchor: str) -> None:
    article = parser.parse(text, published="2019-04-06")
    assert [rel.anchor.name for rel in article.relative_locations] == [anchor]
    assert anchor in [loc.name for loc in article.locations]
