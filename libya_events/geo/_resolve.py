"""Resolving relative phrases to points, their uncertainty, and describing a point.

Uncertainty (the point-radius method of Wieczorek, Guo & Hijmans 2004, as in the
GBIF *Georeferencing Quick Reference Guide*): the radius, in kilometres, of a
circle around the resolved point that holds every place the phrase can mean. It
is the linear sum of independent worst cases:

    u = e + δ + a + c

* ``e``  the anchor's extent (its ``extent_km``; 0 when unknown);
* ``δ``  half the precision of the stated figure, converted to km: "27" → 0.5,
  "80" → 5, "190" → 5, "1,000" → 50, "2.5" → 0.05 (see
  :func:`figure_half_precision`);
* ``a``  10 % of the distance when a hedge word ("about", "some", "roughly",
  "around", "nearly", "almost", "approximately", ...) qualifies it, else 0;
* ``c``  the direction imprecision: the chord ``2·d·sin(θ/2)`` between the stated
  bearing and the edge of its compass sector, θ = 22.5° for an 8-point direction
  ("south", "north-east") and 11.25° for a 16-point one ("south-southwest"). It
  is at least the ``d·sin θ`` of the guide and never smaller than the true offset
  at the sector's edge.

For an ``OFFSET`` that is ``e + δ + a + c``; for a circle (``WITHIN``) or ring
(``RING``), which have no point, it is the radius around the anchor holding them,
``e + d + δ + a``; for ``NEAR`` it is ``e + NEAR_RADIUS_KM`` around the anchor; for
``BETWEEN`` (resolved to the geodesic midpoint of the two anchors) it is half the
distance between them plus the larger extent; a bare ``DIRECTION`` has none.
Each term is non-negative and non-decreasing in ``e``, ``d``, the figure's
precision, the hedge and θ, so the total is monotone in each.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from attrs import frozen

from libya_events._errors import GeoError, InputTypeError, UnknownPlaceError
from libya_events.geo._geodesy import (
    _midpoint_and_distance_km,
    bearing_deg,
    compass_point,
    destination,
    distance_km,
)
from libya_events.geo._relative import RelativePhrase, parse_relative, too_far
from libya_events.model import GeoPoint, Location, LocationKind, Mention, Relation, RelativeLocation

if TYPE_CHECKING:
    from libya_events.gazetteer import Gazetteer

__all__ = [
    "APPROXIMATE_FRACTION",
    "NEAR_RADIUS_KM",
    "PlaceFinder",
    "PlaceLike",
    "PlaceResolver",
    "describe",
    "resolve_relative",
    "uncertainty_km",
]

#: The share of the distance added to the uncertainty for "about", "some", ...
APPROXIMATE_FRACTION = 0.10
#: How far beyond its extent "near X" / "on the outskirts of X" reaches, in km.
NEAR_RADIUS_KM = 5.0


@runtime_checkable
class PlaceLike(Protocol):
    """What resolution needs of a place: a name, a WGS84 point and a radius.

    A gazetteer :class:`~libya_events.Place` is one; so is any object with these
    four attributes (an attrs class, a named tuple).
    """

    @property
    def name(self) -> str:
        """The place's name."""
        ...

    @property
    def lat(self) -> float:
        """WGS84 latitude in decimal degrees."""
        ...

    @property
    def lon(self) -> float:
        """WGS84 longitude in decimal degrees."""
        ...

    @property
    def extent_km(self) -> float | None:
        """The radius of the place's own extent in km (None or 0 when unknown)."""
        ...


class PlaceResolver(Protocol):
    """A gazetteer that turns a name into its best place (:class:`UnknownPlaceError` if none)."""

    def resolve(self, name: str) -> PlaceLike:
        """The best place called ``name``; :class:`UnknownPlaceError` if there is none."""
        ...


class PlaceFinder(Protocol):
    """A gazetteer that finds the place nearest a point, with its distance in km."""

    def nearest(
        self, lat: float, lon: float, *, kinds: Any = None, min_population: int = 0
    ) -> tuple[PlaceLike, float]:
        """The place nearest ``(lat, lon)`` among ``kinds`` with at least ``min_population``, and its distance."""
        ...


@frozen
class _GeocodedPlace:
    name: str
    lat: float
    lon: float
    extent_km: float | None = None


# --------------------------------------------------------------------------- uncertainty


def _chord(distance: float, angle_deg: float) -> float:
    return 2.0 * distance * math.sin(math.radians(angle_deg) / 2.0)


def uncertainty_km(
    phrase: RelativePhrase, anchor_extent_km: float | None = 0.0, *, between_km: float | None = None
) -> float | None:
    """The point-radius uncertainty of a phrase, in km (see the module docstring).

    ``between_km`` is the distance between the two anchors of a ``BETWEEN`` phrase.
    None for a bare direction.

    >>> from libya_events.geo import parse_relative
    >>> round(uncertainty_km(parse_relative("80 km south of Tripoli"), 5.0), 2)
    41.21
    >>> round(uncertainty_km(parse_relative("about 20 km south-southwest of Gharyan")), 2)
    10.92
    """
    if not isinstance(phrase, RelativePhrase):
        raise InputTypeError(f"'phrase' must be a RelativePhrase (got {type(phrase).__name__})")
    extent = max(0.0, float(anchor_extent_km or 0.0))
    relation = phrase.relation
    if relation is Relation.DIRECTION:
        return None
    if relation is Relation.NEAR:
        return extent + NEAR_RADIUS_KM
    if relation is Relation.BETWEEN:
        return extent + max(0.0, float(between_km or 0.0)) / 2.0
    d = phrase.distance_km or 0.0
    delta = phrase.distance_half_precision_km
    hedge = APPROXIMATE_FRACTION * d if phrase.hedged else 0.0
    if relation is Relation.OFFSET:
        half = phrase.sector_half_width_deg or 0.0
        return extent + delta + hedge + _chord(d, half)
    return extent + d + delta + hedge


# --------------------------------------------------------------------------- resolution


def _default_gazetteer() -> Gazetteer:
    """The embedded gazetteer, imported on first use (it loads a data file and geopy)."""
    from libya_events.gazetteer import Gazetteer

    return Gazetteer.default()


def _lookup(name: str, gazetteer: Any, geocoder: Any) -> PlaceLike:
    error: UnknownPlaceError | None = None
    if gazetteer is not None:
        try:
            place: PlaceLike = gazetteer.resolve(name)
            return place
        except UnknownPlaceError as exc:
            error = exc
    if geocoder is not None:
        found = geocoder.geocode(f"{name}, Libya")
        if found is not None:
            return _GeocodedPlace(name, float(found.latitude), float(found.longitude), None)
    if error is not None:
        raise error
    raise UnknownPlaceError(f"unknown place {name!r}")


def _to_location(place: PlaceLike, mentions: tuple[Mention, ...]) -> Location:
    convert = getattr(place, "to_location", None)
    if callable(convert):
        location = convert(mentions=mentions)
        if isinstance(location, Location):
            return location
    kind = getattr(place, "kind", LocationKind.CITY)
    return Location(
        name=place.name,
        kind=kind if isinstance(kind, LocationKind) else LocationKind.CITY,
        point=GeoPoint(place.lat, place.lon),
        uncertainty_km=place.extent_km,
        mentions=mentions,
    )


def resolve_relative(
    phrase: str | RelativePhrase,
    gazetteer: PlaceResolver | None = None,
    *,
    anchor: PlaceLike | None = None,
    geocoder: Any = None,
) -> RelativeLocation:
    """Resolve a relative phrase to a :class:`RelativeLocation`.

    The anchor is ``anchor`` when given (a place the caller already resolved, e.g.
    by coreference), else the gazetteer's :meth:`resolve` of the anchor text
    (:meth:`Gazetteer.default` when ``gazetteer`` is None), else, if given, the
    geopy ``geocoder``'s ``geocode("<anchor>, Libya")``. The point is the WGS84
    geodesic destination for an ``OFFSET``, the anchor's point for ``NEAR``, the
    midpoint of the two anchors for ``BETWEEN`` (the second place, always looked
    up, becomes ``second_anchor``) and None for ``WITHIN``, ``RING`` and
    ``DIRECTION``. :class:`~libya_events.UnknownPlaceError` when an anchor is not
    found.

    >>> from attrs import frozen
    >>> @frozen
    ... class Town:
    ...     name: str
    ...     lat: float
    ...     lon: float
    ...     extent_km: float = 0.0
    >>> class Towns:
    ...     def resolve(self, name):
    ...         return Town("Tripoli", 32.88743, 13.18733)
    >>> r = resolve_relative("about 80km south of Tripoli", Towns())
    >>> round(r.point.lat, 4), round(r.point.lon, 4), round(r.uncertainty_km, 1)
    (32.166, 13.1873, 44.2)
    """
    parsed = phrase if isinstance(phrase, RelativePhrase) else parse_relative(phrase)
    why = too_far(parsed.distance_km)
    if why is not None:
        raise GeoError(f"{parsed.text[:80]!r}: {why}")
    if anchor is not None:
        place: PlaceLike = anchor
    elif not parsed.anchor_text or parsed.anchor_kind in ("ellipsis", "definite"):
        raise GeoError(
            f"{parsed.text[:80]!r} names no place to measure from: pass the place it refers to as 'anchor'"
        )
    else:
        source = gazetteer if gazetteer is not None else _default_gazetteer()
        place = _lookup(parsed.anchor_text, source, geocoder)
    mentions = (Mention(parsed.anchor_text, parsed.anchor_span),) if parsed.anchor_text else ()
    location = _to_location(place, mentions)
    origin = GeoPoint(place.lat, place.lon)
    extent = place.extent_km or 0.0

    point: GeoPoint | None = None
    between_km: float | None = None
    second: Location | None = None
    if parsed.relation is Relation.OFFSET:
        if parsed.distance_km is None or parsed.bearing_deg is None:  # pragma: no cover - parser invariant
            raise GeoError(f"an offset needs a distance and a bearing: {parsed.text!r}")
        if parsed.anchor_kind != "border":  # a border is a line: no one point lies 265 km west of it
            point = destination(origin, parsed.distance_km, parsed.bearing_deg)
    elif parsed.relation is Relation.NEAR:
        point = origin
    elif parsed.relation is Relation.BETWEEN:
        if parsed.second_anchor_text is None or parsed.second_anchor_span is None:  # pragma: no cover
            raise GeoError(f"a between phrase needs two anchors: {parsed.text!r}")
        source2 = gazetteer if gazetteer is not None else _default_gazetteer()
        other = _lookup(parsed.second_anchor_text, source2, geocoder)
        other_point = GeoPoint(other.lat, other.lon)
        point, between_km = _midpoint_and_distance_km(origin, other_point)
        extent = max(extent, other.extent_km or 0.0)
        second = _to_location(other, (Mention(parsed.second_anchor_text, parsed.second_anchor_span),))

    bearing = parsed.bearing_deg if parsed.relation is not Relation.WITHIN else None
    return RelativeLocation(
        text=parsed.text,
        anchor=location,
        relation=parsed.relation,
        distance_km=parsed.distance_km,
        bearing_deg=bearing,
        point=point,
        uncertainty_km=None
        if point is None and parsed.relation is Relation.OFFSET
        else uncertainty_km(parsed, extent, between_km=between_km),
        span=parsed.span,
        second_anchor=second,
    )


# --------------------------------------------------------------------------- description


def _format_km(value: float) -> str:
    if value < 10.0:
        return f"{value:.1f}"
    return str(round(value))


def describe(
    point: GeoPoint,
    gazetteer: PlaceFinder | None = None,
    *,
    min_population: int = 1000,
    points: int = 16,
) -> str:
    """Say where ``point`` is relative to the nearest populated place: "12 km NE of Gharyan".

    Distances under 10 km keep one decimal, longer ones are whole kilometres; the
    direction is the nearest of ``points`` (16) compass points; within 1 km of the
    place it is "near <place>". Parsing the result with :func:`resolve_relative`
    gives back ``point`` within the stated uncertainty.

    >>> from attrs import frozen
    >>> @frozen
    ... class Town:
    ...     name: str
    ...     lat: float
    ...     lon: float
    ...     extent_km: float = 0.0
    >>> class Towns:
    ...     def nearest(self, lat, lon, *, kinds=None, min_population=0):
    ...         town = Town("Gharyan", 32.17222, 13.02028)
    ...         return town, distance_km(GeoPoint(lat, lon), GeoPoint(town.lat, town.lon))
    >>> describe(destination(GeoPoint(32.17222, 13.02028), 12, 45), Towns())
    '12 km NE of Gharyan'
    """
    if not isinstance(point, GeoPoint):
        raise InputTypeError(f"'point' must be a GeoPoint (got {type(point).__name__})")
    finder: Any = gazetteer if gazetteer is not None else _default_gazetteer()
    place, _ = finder.nearest(point.lat, point.lon, kinds=(LocationKind.CITY,), min_population=min_population)
    origin = GeoPoint(place.lat, place.lon)
    km = distance_km(origin, point)
    text = _format_km(km)
    if km < 1.0:
        return f"near {place.name}"
    return f"{text} km {compass_point(bearing_deg(origin, point), points)} of {place.name}"
