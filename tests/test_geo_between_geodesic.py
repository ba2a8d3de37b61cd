"""A 'between' phrase's midpoint and distance come from one inverse geodesic: the same values."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from libya_events.geo import distance_km, midpoint, resolve_relative
from libya_events.geo._geodesy import _midpoint_and_distance_km
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
