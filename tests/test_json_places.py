"""Article JSON: a place shared with the article's ``locations`` is written once.

A movement or relative location whose place is one of the article's ``locations`` names
it by index (``"location"``) instead of repeating its mentions, so that the JSON of a long
text grows with the text, not with its square.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from hypothesis import given

from libya_events import (
    Article,
    ExportError,
    GeoPoint,
    Location,
    Mention,
    Movement,
    RelativeLocation,
    Span,
)
from libya_events.export import article_from_json, article_to_json
from libya_events.strategies import articles


def _sharing(article: Article) -> Article:
    """``article`` with each record's place replaced by the article's location of that name."""
    by_name = {place.name: place for place in article.locations}

    def same(place: Location | None) -> Location | None:
        return None if place is None else by_name.get(place.name, place)

    return attrs.evolve(
        article,
        movements=[
            attrs.evolve(m, origin=same(m.origin), destination=same(m.destination)) for m in article.movements
        ],
        relative_locations=[
            attrs.evolve(r, anchor=same(r.anchor), second_anchor=same(r.second_anchor))
            for r in article.relative_locations
        ],
    )


@given(articles())
def test_shared_places_round_trip_as_the_same_records(article: Article) -> None:
    shared = _sharing(article)
    back = article_from_json(article_to_json(shared))
    assert back == shared
    places = {id(place) for place in back.locations}
    for movement in back.movements:
        for place in (movement.origin, movement.destination):
            assert place is None or id(place) in places
    for relative in back.relative_locations:
        assert all(id(anchor) in places for anchor in relative.anchors)


def _convoys(n: int) -> Article:
    """``n`` sentences, each a movement into the one place, which they all mention."""
    sentence = "Convoys reached Sirte. "
    text = sentence * n
    mentions = [Mention("Sirte", Span(i * len(sentence) + 16, i * len(sentence) + 21)) for i in range(n)]
    sirte = Location("Sirte", "city", GeoPoint(31.2, 16.59), mentions=mentions)
    movements = [
        Movement(
            "advance",
            Mention("reached", Span(i * len(sentence) + 8, i * len(sentence) + 15)),
            Span(i * len(sentence), i * len(sentence) + 21),
            destination=sirte,
        )
        for i in range(n)
    ]
    return Article(text, locations=[sirte], movements=movements)


def test_json_grows_with_the_text_not_its_square() -> None:
    small, large = (len(article_to_json(_convoys(n))) for n in (200, 800))
    assert large < 4.2 * small  # written in full, each place repeats all 800 mentions: 16x


def test_a_record_names_its_shared_place_by_index() -> None:
    data = json.loads(article_to_json(_convoys(3)))
    destination = data["movements"][2]["destination"]
    assert destination["location"] == 0
    assert destination["name"] == "Sirte"
    assert destination["point"] == {"lat": 31.2, "lon": 16.59}
    assert "mentions" not in destination
    assert len(data["locations"][0]["mentions"]) == 3


def test_a_place_written_in_full_is_still_read() -> None:
    article = _convoys(2)
    data = json.loads(article_to_json(article))
    full = data["locations"][0]
    for movement in data["movements"]:
        movement["destination"] = full
    assert article_from_json(json.dumps(data)) == article


def test_a_place_of_its_own_is_written_in_full() -> None:
    article = _convoys(1)
    elsewhere = Location("Sirte", "city", GeoPoint(31.2, 16.59))  # equal name, not the listed record
    relative = RelativeLocation("near Sirte", elsewhere, "near", span=Span(16, 21))
    article = attrs.evolve(article, relative_locations=[relative])
    data = json.loads(article_to_json(article))
    assert "location" not in data["relative_locations"][0]["anchor"]
    assert data["relative_locations"][0]["anchor"]["mentions"] == []
    assert article_from_json(json.dumps(data)) == article


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ({"name": "Sirte", "location": 1}, "must index"),
        ({"name": "Sirte", "location": -1}, "must index"),
        ({"name": "Sirte", "location": True}, "must index"),
        ({"name": "Sirte", "location": "0"}, "must index"),
        ({"name": "Tobruk", "location": 0}, "not 'Tobruk'"),
    ],
)
def test_a_bad_reference_is_an_export_error(reference: dict[str, Any], message: str) -> None:
    data = json.loads(article_to_json(_convoys(1)))
    data["movements"][0]["destination"] = {**data["movements"][0]["destination"], **reference}
    with pytest.raises(ExportError, match=message):
        article_from_json(json.dumps(data))
