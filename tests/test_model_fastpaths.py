"""The validators' fast paths accept and refuse exactly what the general checks do."""

from __future__ import annotations

import datetime as dt
import math
from collections import namedtuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libya_events import InputTypeError, SpanError, ValidationError
from libya_events.model import (
    ActorKind,
    EventDate,
    GeoPoint,
    Granularity,
    Location,
    LocationKind,
    Mention,
    Span,
)


@given(st.floats(allow_nan=True, allow_infinity=True), st.floats(allow_nan=True, allow_infinity=True))
def test_geopoint_accepts_exactly_finite_in_range_floats(lat: float, lon: float) -> None:
    ok = math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180
    if ok:
        assert GeoPoint(lat, lon).as_tuple() == (lat, lon)
    else:
        with pytest.raises(ValidationError):
            GeoPoint(lat, lon)


@given(st.text(max_size=6))
def test_non_empty_names_refuse_blank_text(name: str) -> None:
    if name.strip():
        assert Location(name, "city").name == name
    else:
        with pytest.raises(ValidationError):
            Location(name, "city")


def test_bool_is_no_offset_and_datetime_no_date() -> None:
    with pytest.raises(InputTypeError):
        Span(True, 3)
    with pytest.raises(SpanError):
        Mention("ab", Span(0, 3))
    moment = dt.datetime(2019, 4, 4, 12, 0)
    with pytest.raises(InputTypeError):
        EventDate(moment, moment, Granularity.DAY)


def test_converters_normalise_as_before() -> None:
    pair = namedtuple("pair", "a b")
    loc = Location(
        "Gharyan", "city", uncertainty_km=5, mentions=pair(Mention("G", Span(0, 1)), Mention("G", Span(2, 3)))
    )
    assert type(loc.mentions) is tuple
    assert type(loc.uncertainty_km) is float
    assert loc.kind is LocationKind.CITY
    assert Location("X", LocationKind.SITE).kind is LocationKind.SITE
    with pytest.raises(ValidationError):
        Location("X", "town")
    # another enum's member counts by its value, as the enum's own constructor reads it
    assert Location("X", ActorKind.COUNTRY).kind is LocationKind.COUNTRY
    with pytest.raises(ValidationError):
        Location("X", "city", uncertainty_km=-0.5)
    with pytest.raises(ValidationError):
        Location("X", "city", uncertainty_km=math.inf)
    with pytest.raises(ValidationError):
        Location("X", "city", country_code="ly")


@given(st.text(min_size=1, max_size=30), st.data())
def test_unchecked_constructors_build_what_the_validated_ones_do(source: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(source) - 1))
    end = data.draw(st.integers(start + 1, len(source)))
    assert Span._unchecked(start, end) == Span(start, end)
    assert hash(Span._unchecked(start, end)) == hash(Span(start, end))
    if source[start:end].strip():
        made = Mention._unchecked(source, start, end)
        assert made == Mention.from_text(source, start, end)
        assert repr(made) == repr(Mention.from_text(source, start, end))
