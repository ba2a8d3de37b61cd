"""Geography: WGS84 geodesy, relative-location phrases, their resolution and uncertainty.

Layering: ``geo`` imports ``model``, ``_errors`` and (for its default) ``gazetteer``.

>>> from libya_events.geo import parse_relative, find_relative_phrases, destination
>>> from libya_events.model import GeoPoint
>>> p = parse_relative("some 30 miles east of Benghazi")
>>> p.relation.value, p.distance_km, p.bearing_deg, p.anchor_text
('offset', 48.28032, 90.0, 'Benghazi')
>>> q = destination(GeoPoint(32.11486, 20.06859), p.distance_km, p.bearing_deg)
>>> round(q.lat, 4), round(q.lon, 4)
(32.1138, 20.5802)

See ``docs/geo.md`` and :mod:`libya_events.geo._resolve` for the uncertainty formula.
"""

from libya_events.geo._geodesy import (
    COMPASS_16,
    bearing_deg,
    compass_point,
    destination,
    direction_points,
    direction_to_bearing,
    distance_km,
    is_direction,
    midpoint,
)
from libya_events.geo._relative import (
    UNIT_KM,
    RelativePhrase,
    figure_half_precision,
    find_relative_phrases,
    parse_relative,
)
from libya_events.geo._resolve import (
    APPROXIMATE_FRACTION,
    NEAR_RADIUS_KM,
    PlaceFinder,
    PlaceLike,
    PlaceResolver,
    describe,
    resolve_relative,
    uncertainty_km,
)

__all__ = [
    "APPROXIMATE_FRACTION",
    "COMPASS_16",
    "NEAR_RADIUS_KM",
    "UNIT_KM",
    "PlaceFinder",
    "PlaceLike",
    "PlaceResolver",
    "RelativePhrase",
    "bearing_deg",
    "compass_point",
    "describe",
    "destination",
    "direction_points",
    "direction_to_bearing",
    "distance_km",
    "figure_half_precision",
    "find_relative_phrases",
    "is_direction",
    "midpoint",
    "parse_relative",
    "resolve_relative",
    "uncertainty_km",
]
