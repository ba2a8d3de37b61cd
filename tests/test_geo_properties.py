"""Property tests of libya_events.geo, with hand-written strategies (simplest first)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from test_geo import ANCHORS, FakeGazetteer, FakePlace

from libya_events import GeoPoint, Relation
from libya_events.geo import (
    UNIT_KM,
    bearing_deg,
    compass_point,
    describe,
    destination,
    direction_to_bearing,
    distance_km,
    find_relative_phrases,
    parse_relative,
    resolve_relative,
    uncertainty_km,
)
from libya_events.geo._relative import _STOPWORDS

GAZ = FakeGazetteer()

# --------------------------------------------------------------------------- strategies

latitudes = st.floats(min_value=-80.0, max_value=80.0, allow_nan=False)
longitudes = st.floats(min_value=-180.0, max_value=180.0, allow_nan=False)
points = st.builds(GeoPoint, latitudes, longitudes)
bearings = st.floats(min_value=0.0, max_value=359.999999, allow_nan=False)
distances = st.floats(min_value=0.01, max_value=10_000.0, allow_nan=False)
libya_points = st.builds(
    GeoPoint,
    st.floats(min_value=20.0, max_value=33.5, allow_nan=False),
    st.floats(min_value=9.5, max_value=25.0, allow_nan=False),
)

UNITS = {
    "km": ["km", "kms", "kilometres", "kilometers", "kilometre"],
    "mi": ["miles", "mile", "mi"],
    "nmi": ["nautical miles", "nm"],
    "m": ["metres", "meters", "m"],
}
DIRECTIONS = {
    "north": 0.0, "north-east": 45.0, "northeast": 45.0, "north east": 45.0, "east": 90.0,
    "south-east": 135.0, "southeast": 135.0, "south": 180.0, "south-southwest": 202.5,
    "west-southwest": 247.5, "west": 270.0, "north-northwest": 337.5, "NNE": 22.5, "ESE": 112.5,
    "SW": 225.0, "N": 0.0, "WNW": 292.5,
}  # fmt: skip
KNOWN_NAMES = ["Tripoli", "Bani Walid", "Ras Lanuf", "Bab al-Aziziya", "Zawiyat el-Mahjoub", "Al-Khums"]

names = st.one_of(
    st.sampled_from(KNOWN_NAMES),
    st.from_regex(r"[A-Z][a-z]{2,9}( [A-Z][a-z]{2,9})?", fullmatch=True).filter(
        lambda n: not any(w.lower() in _STOPWORDS for w in n.split())
    ),
)


@st.composite
def figures(draw: st.DrawFn) -> tuple[str, float]:
    """A figure as written ("1,250", "2.5", "40") and its value (under 3,000 km in any unit)."""
    value = draw(st.integers(min_value=1, max_value=1_500))
    if draw(st.booleans()):
        tenths = draw(st.integers(min_value=0, max_value=9))
        return f"{value}.{tenths}", value + tenths / 10
    if value >= 1000 and draw(st.booleans()):
        return f"{value:,}", float(value)
    return str(value), float(value)


@st.composite
def phrases(draw: st.DrawFn) -> tuple[str, float, str, float, str]:
    """(phrase, figure value, unit, bearing, anchor) for '<figure> <unit> <direction> of <anchor>'."""
    text, value = draw(figures())
    unit = draw(st.sampled_from(sorted(UNITS)))
    spelling = draw(st.sampled_from(UNITS[unit]))
    direction = draw(st.sampled_from(sorted(DIRECTIONS)))
    anchor = draw(names)
    space = draw(st.sampled_from([" ", ""])) if spelling in ("km", "kms") else " "
    return f"{text}{space}{spelling} {direction} of {anchor}", value, unit, DIRECTIONS[direction], anchor


# --------------------------------------------------------------------------- geodesy


@given(points, distances, bearings)
def test_destination_then_distance_and_bearing(start: GeoPoint, km: float, bearing: float) -> None:
    end = destination(start, km, bearing)
    assert distance_km(start, end) == pytest.approx(km, abs=1e-3)  # within a metre
    diff = abs(bearing_deg(start, end) - bearing) % 360.0
    assert min(diff, 360.0 - diff) < 1e-6


@given(bearings)
def test_compass_point_names_its_own_sector(bearing: float) -> None:
    name = compass_point(bearing)
    diff = abs(direction_to_bearing(name) - bearing) % 360.0
    assert min(diff, 360.0 - diff) <= 11.25 + 1e-9


# --------------------------------------------------------------------------- parsing


@given(phrases())
def test_generated_phrase_parses_back(case: tuple[str, float, str, float, str]) -> None:
    text, value, unit, bearing, anchor = case
    p = parse_relative(text)
    assert p.relation is Relation.OFFSET
    assert p.unit == unit
    assert p.distance_km == pytest.approx(value * UNIT_KM[unit])
    assert p.bearing_deg == bearing
    assert p.anchor_text == anchor
    assert p.text == text


@given(st.lists(st.one_of(phrases().map(lambda c: c[0]), st.text(max_size=30)), max_size=8))
def test_found_spans_slice_the_text(parts: list[str]) -> None:
    text = " ".join(parts)
    for p in find_relative_phrases(text):
        assert p.span.slice(text) == p.text
        assert p.anchor_span.slice(text) == p.anchor_text
        assert p.span.contains(p.anchor_span)


@given(st.lists(phrases(), min_size=1, max_size=5), st.sampled_from([". ", "; ", ", and then ", "\n\n"]))
def test_every_embedded_phrase_is_found(cases: list[tuple[str, float, str, float, str]], glue: str) -> None:
    text = "Reports said: " + glue.join(c[0] for c in cases) + "."
    assert [p.text for p in find_relative_phrases(text)] == [c[0] for c in cases]


@given(st.text())
def test_find_never_crashes(text: str) -> None:
    previous_end = 0
    for p in find_relative_phrases(text):
        assert p.span.slice(text) == p.text
        assert p.span.start >= previous_end
        previous_end = p.span.end


# --------------------------------------------------------------------------- uncertainty, description


@given(phrases(), st.floats(min_value=0, max_value=50), st.floats(min_value=0, max_value=50))
def test_uncertainty_monotone_in_extent(
    case: tuple[str, float, str, float, str], e1: float, e2: float
) -> None:
    p = parse_relative(case[0])
    low, high = sorted((e1, e2))
    a, b = uncertainty_km(p, low), uncertainty_km(p, high)
    assert a is not None
    assert b is not None
    assert a <= b


@given(libya_points)
def test_describe_then_resolve_round_trip(point: GeoPoint) -> None:
    text = describe(point, GAZ)
    r = resolve_relative(text, GAZ)
    assert r.point is not None
    assert r.uncertainty_km is not None
    assert distance_km(point, r.point) <= r.uncertainty_km + 1e-6


@given(st.sampled_from(sorted(ANCHORS)), st.floats(min_value=1.0, max_value=800.0), bearings)
def test_offset_lands_within_uncertainty_of_truth(anchor: str, km: float, bearing: float) -> None:
    """A point stated as '<rounded km> <16-point direction> of X' lies within the stated uncertainty."""
    origin = GeoPoint(*ANCHORS[anchor])
    truth = destination(origin, km, bearing)
    assume(km >= 1.0)
    place = FakePlace(anchor, *ANCHORS[anchor])
    text = f"{round(km)} km {compass_point(bearing)} of {anchor}"
    r = resolve_relative(text, anchor=place)
    assert r.point is not None
    assert r.uncertainty_km is not None
    assert distance_km(truth, r.point) <= r.uncertainty_km + 1e-6


# --------------------------------------------------------------------------- with the embedded gazetteer


@given(libya_points)
def test_describe_round_trip_with_default_gazetteer(point: GeoPoint) -> None:
    gazetteer = pytest.importorskip("libya_events.gazetteer").Gazetteer.default()
    text = describe(point, gazetteer)
    place, _ = gazetteer.nearest(point.lat, point.lon, kinds=["city"], min_population=1000)
    r = resolve_relative(text, anchor=place)
    assert r.point is not None
    assert r.uncertainty_km is not None
    assert distance_km(point, r.point) <= r.uncertainty_km + 1e-6
