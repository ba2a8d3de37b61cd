"""Shortcuts inside geo give what the public functions give: one inverse geodesic for a
'between' phrase's midpoint and distance, one look-up for a direction word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from libya_events.geo import direction_to_bearing, distance_km, is_direction, midpoint, resolve_relative
from libya_events.geo._geodesy import _bearing_or_none, _midpoint_and_distance_km
from libya_events.model import GeoPoint

_LAT = st.floats(-60, 60, allow_nan=False)
_LON = st.floats(-179, 179, allow_nan=False)


@given(_LAT, _LON, _LAT, _LON)
def test_one_inverse_gives_the_midpoint_and_the_distance(
    lat1: float, lon1: float, lat2: float, lon2: float
) -> None:
    a, b = GeoPoint(lat1, lon1), GeoPoint(lat2, lon2)
    assert _midpoint_and_distance_km(a, b) == (midpoint(a, b), distance_km(a, b))


def test_a_between_phrase_is_resolved_at_the_midpoint() -> None:
    rel = resolve_relative("between Zawiya and Gharyan")
    assert rel.second_anchor is not None
    assert rel.point is not None
    a = GeoPoint(rel.anchor.point.lat, rel.anchor.point.lon)  # type: ignore[union-attr]
    b = GeoPoint(rel.second_anchor.point.lat, rel.second_anchor.point.lon)  # type: ignore[union-attr]
    assert rel.point == midpoint(a, b)


_DIRECTION_TEXT = st.lists(
    st.sampled_from(
        ["N", "s", "E", "w", " ", "-", "north", "south", "east", "west", "ward", "to the ", " of"]
    ),
    max_size=5,
).map("".join)


@given(st.one_of(_DIRECTION_TEXT, st.text(max_size=12)))
def test_one_look_up_reads_a_direction_as_the_two_did(text: str) -> None:
    expected = direction_to_bearing(text) if is_direction(text) else None
    assert _bearing_or_none(text) == expected
