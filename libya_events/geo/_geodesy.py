"""WGS84 geodesy and compass directions.

Distances and bearings are geodesics on the WGS84 ellipsoid, computed with
GeographicLib (the library behind :class:`geopy.distance.geodesic`), so they
agree with the gold annotations, which were made with ``Geodesic.WGS84.Direct``.

>>> from libya_events.model import GeoPoint
>>> tripoli = GeoPoint(32.88743, 13.18733)
>>> p = destination(tripoli, 80, 180)
>>> round(p.lat, 5), round(p.lon, 5)
(32.16603, 13.18733)
>>> round(distance_km(tripoli, p), 6)
80.0
>>> compass_point(200.0)
'SSW'
>>> direction_to_bearing("to the south-southwest of")
202.5
"""

from __future__ import annotations

import math
import re
from typing import Any

from geographiclib.geodesic import Geodesic  # type: ignore[import-untyped]

from libya_events._errors import InputTypeError, PhraseParseError, ValidationError
from libya_events.model import GeoPoint

__all__ = [
    "COMPASS_16",
    "bearing_deg",
    "compass_point",
    "destination",
    "direction_points",
    "direction_to_bearing",
    "distance_km",
    "is_direction",
    "midpoint",
]

_WGS84: Any = Geodesic.WGS84

#: The sixteen compass points, clockwise from north, 22.5 degrees apart.
COMPASS_16: tuple[str, ...] = (
    "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
    "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
)  # fmt: skip

_LETTER_WORD = {"N": "north", "S": "south", "E": "east", "W": "west"}


def _check_point(name: str, value: object) -> GeoPoint:
    if not isinstance(value, GeoPoint):
        raise InputTypeError(f"'{name}' must be a GeoPoint (got {type(value).__name__})")
    return value


def _check_number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputTypeError(f"'{name}' must be a number (got {type(value).__name__})")
    number = float(value)
    if not math.isfinite(number):
        raise ValidationError(f"'{name}' must be finite (got {value!r})")
    return number


def _norm_bearing(value: float) -> float:
    out = value % 360.0
    return 0.0 if out >= 360.0 else out


def destination(point: GeoPoint, distance_km: float, bearing_deg: float) -> GeoPoint:
    """The point ``distance_km`` from ``point`` along the geodesic with initial bearing ``bearing_deg``.

    >>> destination(GeoPoint(32.11486, 20.06859), 48.28, 90).lon > 20.5
    True
    """
    start = _check_point("point", point)
    s12 = _check_number("distance_km", distance_km) * 1000.0
    azi = _check_number("bearing_deg", bearing_deg)
    if not math.isfinite(s12):
        raise ValidationError(f"'distance_km' is too large to follow (got {distance_km!r})")
    result = _WGS84.Direct(start.lat, start.lon, azi, s12, Geodesic.LATITUDE | Geodesic.LONGITUDE)
    lat = max(-90.0, min(90.0, float(result["lat2"])))
    lon = float(result["lon2"])
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise ValidationError(f"'distance_km' is too large to follow (got {distance_km!r})")
    if lon < -180.0 or lon > 180.0:
        lon = (lon + 180.0) % 360.0 - 180.0
    return GeoPoint(lat, lon)


def _inverse(a: GeoPoint, b: GeoPoint) -> Any:
    _check_point("a", a)
    _check_point("b", b)
    return _WGS84.Inverse(a.lat, a.lon, b.lat, b.lon, Geodesic.DISTANCE | Geodesic.AZIMUTH)


def distance_km(a: GeoPoint, b: GeoPoint) -> float:
    """The geodesic distance between two points, in kilometres.

    >>> round(distance_km(GeoPoint(32.88743, 13.18733), GeoPoint(32.11486, 20.06859)))
    652
    """
    return float(_inverse(a, b)["s12"]) / 1000.0


def bearing_deg(a: GeoPoint, b: GeoPoint) -> float:
    """The initial bearing of the geodesic from ``a`` to ``b``: degrees clockwise from north, in [0, 360).

    ``0.0`` when the points coincide.

    >>> round(bearing_deg(GeoPoint(32.88743, 13.18733), GeoPoint(32.16603, 13.18733)), 6)
    180.0
    """
    if a == b:
        return 0.0
    return _norm_bearing(float(_inverse(a, b)["azi1"]))


def midpoint(a: GeoPoint, b: GeoPoint) -> GeoPoint:
    """The point halfway along the geodesic from ``a`` to ``b``.

    >>> m = midpoint(GeoPoint(32.37535, 15.09254), GeoPoint(31.20892, 16.58866))  # Misrata, Sirte
    >>> round(m.lat, 4), round(m.lon, 4)
    (31.7944, 15.8453)
    """
    return _midpoint_and_distance_km(a, b)[0]


def _midpoint_and_distance_km(a: GeoPoint, b: GeoPoint) -> tuple[GeoPoint, float]:
    """:func:`midpoint` and :func:`distance_km` of two points from one inverse geodesic
    (the costly part of each).

    >>> m, km = _midpoint_and_distance_km(GeoPoint(32.37535, 15.09254), GeoPoint(31.20892, 16.58866))
    >>> m == midpoint(GeoPoint(32.37535, 15.09254), GeoPoint(31.20892, 16.58866)), round(km)
    (True, 192)
    """
    inv = _inverse(a, b)
    s12 = float(inv["s12"])
    if s12 == 0.0:
        return a, s12 / 1000.0
    return destination(a, s12 / 2000.0, _norm_bearing(float(inv["azi1"]))), s12 / 1000.0


def compass_point(bearing_deg: float, points: int = 16) -> str:
    """The nearest point of a 4-, 8- or 16-point compass rose to a bearing.

    >>> compass_point(45), compass_point(200), compass_point(200, points=8), compass_point(359)
    ('NE', 'SSW', 'S', 'N')
    """
    value = _check_number("bearing_deg", bearing_deg)
    if points not in (4, 8, 16):
        raise ValidationError(f"'points' must be 4, 8 or 16 (got {points!r})")
    step = 360.0 / points
    index = math.floor(_norm_bearing(value) / step + 0.5) % points
    return COMPASS_16[index * (16 // points)]


# --------------------------------------------------------------------------- direction words


def _build_direction_table() -> dict[str, tuple[float, int]]:
    table: dict[str, tuple[float, int]] = {}
    for index, abbrev in enumerate(COMPASS_16):
        points = 8 if len(abbrev) <= 2 else 16
        key = "".join(_LETTER_WORD[c] for c in abbrev)
        table[key] = (index * 22.5, points)
        table[abbrev.lower()] = (index * 22.5, points)
    return table


_DIRECTIONS = _build_direction_table()
_STRIP = re.compile(r"^(?:to\s++the\s++|due\s++)++|(?<!\s)\s++(?:of|from)$")
_LONGEST_DIRECTION = 200
_JOINERS = re.compile(r"[\s\-\u2010-\u2015]+")
_WARD = re.compile(r"(?<=[a-z])ward$")


def _direction_key(text: str) -> str:
    if not isinstance(text, str):
        raise InputTypeError(f"a direction must be a str (got {type(text).__name__})")
    if len(text) > _LONGEST_DIRECTION:
        return ""  # no direction is this long: do not scan a long text
    lowered = text.strip().lower()
    lowered = _STRIP.sub("", lowered)
    lowered = _STRIP.sub("", lowered.strip())
    lowered = _WARD.sub("", lowered)
    return _JOINERS.sub("", lowered)


def _lookup_direction(text: str) -> tuple[float, int]:
    key = _direction_key(text)
    try:
        return _DIRECTIONS[key]
    except KeyError:
        raise PhraseParseError(
            f"{text!r} is not a compass direction (expected e.g. 'south', 'north-east', 'SSW')"
        ) from None


def _bearing_or_none(text: str) -> float | None:
    """:func:`direction_to_bearing` of a direction word, None for other text (one look-up
    where :func:`is_direction` then :func:`direction_to_bearing` would make two)."""
    found = _DIRECTIONS.get(_direction_key(text))
    return None if found is None else found[0]


def direction_to_bearing(text: str) -> float:
    """The bearing, in degrees, of a direction word.

    Accepts the 16 compass points written out ("north", "north-east", "northeast",
    "north east", "south-southwest") or abbreviated ("N", "NNE", "ESE"), optionally
    as "to the ... of". :class:`~libya_events.PhraseParseError` for anything else.

    >>> direction_to_bearing("north east"), direction_to_bearing("ESE")
    (45.0, 112.5)
    >>> direction_to_bearing("to the south of")
    180.0
    """
    return _lookup_direction(text)[0]


def direction_points(text: str) -> int:
    """The compass rose a direction word belongs to: 8 (N, NE, E, ...) or 16 (NNE, ENE, ...).

    A cardinal or intercardinal direction is read as one of eight 45-degree sectors,
    the others as one of sixteen 22.5-degree sectors.

    >>> direction_points("south"), direction_points("south-southwest")
    (8, 16)
    """
    return _lookup_direction(text)[1]


def is_direction(text: str) -> bool:
    """Whether ``text`` names a compass direction.

    >>> is_direction("south-southwest"), is_direction("NE"), is_direction("sout")
    (True, True, False)
    """
    return _direction_key(text) in _DIRECTIONS
