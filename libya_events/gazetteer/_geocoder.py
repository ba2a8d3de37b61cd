"""geopy integration: an offline geopy geocoder over a :class:`Gazetteer`, and an online fallback."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from geopy.geocoders.base import Geocoder
from geopy.location import Location as GeopyLocation
from geopy.point import Point

from libya_events._errors import InputTypeError, UnknownPlaceError
from libya_events.gazetteer._gazetteer import Gazetteer, Place, default_extent_km
from libya_events.gazetteer._names import normalize_name
from libya_events.model import LocationKind

__all__ = ["OfflineGeocoder", "place_from_geopy", "resolve_with_fallback"]

#: How far beyond a qualifying place's extent ("Abu Salim, Tripoli") a place may lie, in km.
_QUALIFIER_SLACK_KM = 10.0


def _as_geopy(place: Place) -> GeopyLocation:
    address = place.name if place.country_code is None else f"{place.name}, {place.country_code}"
    return GeopyLocation(address, Point(place.lat, place.lon), place.as_dict())


class OfflineGeocoder(Geocoder):  # type: ignore[misc]
    """A geopy geocoder answering from a :class:`Gazetteer`, with no network access.

    Queries are place names, optionally qualified the way online geocoders are asked:
    ``"Sirte, Libya"``, ``"Sirte, LY"``, ``"Abu Salim, Tripoli, Libya"``. Reverse
    geocoding answers with the nearest populated place.

    >>> OfflineGeocoder().geocode("Sebha").raw["id"]
    'geonames:2212775'
    >>> OfflineGeocoder().geocode("Sirte, Libya").raw["name"]
    'Sirte'
    >>> OfflineGeocoder().reverse("31.2089, 16.5887").raw["name"]  # not the conference centre there
    'Sirte'
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, fuzzy: bool = True) -> None:
        """Wrap ``gazetteer`` (default: :meth:`Gazetteer.default`); ``fuzzy`` allows misspellings."""
        super().__init__(user_agent="libya_events-offline")
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
        self.fuzzy = fuzzy

    def geocode(
        self, query: str, *, exactly_one: bool = True, **kwargs: Any
    ) -> GeopyLocation | list[GeopyLocation] | None:
        """The place(s) called ``query`` as geopy Locations (``raw`` is the Place as a dict).

        ``query`` is a name, or a name followed by the places that contain it,
        comma-separated: ``"Sirte, Libya"``, ``"Sirte, LY"``, ``"Abu Salim, Tripoli"``.
        A qualifier that is a country (its name or ISO code) keeps the places in it; any
        other known place keeps the places within its extent. Returns None when nothing
        matches (an unknown qualifier matches nothing); extra geopy keyword arguments
        are ignored.
        """
        if not isinstance(query, str):
            raise InputTypeError(f"query must be a str (got {type(query).__name__})")
        found = self._find(query)
        if not found:
            return None
        if exactly_one:
            return _as_geopy(found[0])
        return [_as_geopy(p) for p in found]

    def _lookup(self, name: str) -> tuple[Place, ...]:
        found = self.gazetteer.lookup(name)
        if not found and self.fuzzy:
            found = self.gazetteer.fuzzy_lookup(name)
        return found

    def _find(self, query: str) -> tuple[Place, ...]:
        """The whole query as a name, else ``"name, qualifier"`` read from the right."""
        found = self._lookup(query)
        if found or "," not in query:
            return found
        head, _, tail = query.rpartition(",")
        head, tail = head.strip(), tail.strip()
        if not head or not tail:
            return self._lookup(head or tail)
        inside = self._container(tail)
        if inside is None:
            return ()
        return tuple(p for p in self._find(head) if inside(p))

    def _container(self, qualifier: str) -> Callable[[Place], bool] | None:
        """A test for "lies in ``qualifier``" (a country name or code, or a place), or None."""
        if re.fullmatch(r"[A-Za-z]{2}", qualifier) and qualifier.upper() in self._country_codes():
            code = qualifier.upper()
            return lambda p: p.country_code == code
        found = self._lookup(qualifier)
        if not found:
            return None
        outer = found[0]
        if outer.kind is LocationKind.COUNTRY:
            return lambda p: p.country_code == outer.country_code and p.id != outer.id
        reach = outer.extent_km + _QUALIFIER_SLACK_KM
        return lambda p: p.id != outer.id and p.distance_km(outer.lat, outer.lon) <= reach + p.extent_km

    def _country_codes(self) -> frozenset[str]:
        return frozenset(p.country_code for p in self.gazetteer if p.country_code is not None)

    def reverse(
        self, query: Any, *, exactly_one: bool = True, **kwargs: Any
    ) -> GeopyLocation | list[GeopyLocation] | None:
        """The nearest populated place to ``query`` (a ``"lat, lon"`` string, (lat, lon) or geopy Point).

        A town, village, capital or city district (:attr:`Place.populated`) is preferred
        to a nearer site, so a point at a conference centre or an airport is answered
        with the town it serves; a gazetteer with no populated place answers with the
        nearest place of any kind. With ``exactly_one=False`` the nearest place of each
        kind follows the populated place, nearest first.
        """
        try:
            point = Point(query)
        except (TypeError, ValueError) as exc:
            raise InputTypeError(f"cannot read a point from {query!r}") from exc
        lat, lon = point.latitude, point.longitude
        try:
            first: tuple[Place, float] | None = self.gazetteer.nearest(lat, lon, populated=True)
        except UnknownPlaceError:
            first = None
        if exactly_one:
            place, _ = first if first is not None else self.gazetteer.nearest(lat, lon)
            return _as_geopy(place)
        hits = []
        for kind in LocationKind:
            try:
                hits.append(self.gazetteer.nearest(lat, lon, kinds=[kind]))
            except UnknownPlaceError:
                continue
        hits.sort(key=lambda pd: pd[1])
        if first is not None:
            hits = [first, *(h for h in hits if h[0].id != first[0].id)]
        return [_as_geopy(p) for p, _ in hits] or None


def place_from_geopy(location: GeopyLocation, name: str, *, service: str = "geopy") -> Place:
    """Turn a geopy Location (from any geocoder) into a :class:`Place` with id ``geopy:...``.

    >>> found = GeopyLocation("Qasr Example, Libya", Point(30.95, 14.65), {})
    >>> place_from_geopy(found, "Qasr Example", service="Nominatim").id
    'geopy:Nominatim:qasr-example'
    """
    raw = location.raw if isinstance(location.raw, dict) else {}
    cc = None
    address = raw.get("address")
    if isinstance(address, dict):
        code = str(address.get("country_code", "")).upper()
        cc = code if re.fullmatch(r"[A-Z]{2}", code) else None
    kind = LocationKind.CITY
    slug = normalize_name(name).replace(" ", "-") or "place"
    return Place(
        id=f"geopy:{service}:{slug}",
        name=name,
        kind=kind,
        feature="geocoded",
        lat=float(location.latitude),
        lon=float(location.longitude),
        country_code=cc,
        population=0,
        aliases=(location.address,) if location.address and location.address != name else (),
        extent_km=default_extent_km(kind, "populated_place", 0) * 5,
        source=f"{service}: {location.address}",
    )


def resolve_with_fallback(
    name: str,
    gazetteer: Gazetteer | None = None,
    geocoder: Geocoder | Callable[..., Any] | None = None,
) -> Place:
    """Resolve ``name`` in the gazetteer, then (only if given) with an online geopy geocoder.

    ``geocoder`` may be any geopy geocoder or a callable such as
    ``RateLimiter(Nominatim(user_agent=...).geocode, min_delay_seconds=1)``. Offline
    by default: with no geocoder an unknown name raises :class:`UnknownPlaceError`.

    >>> resolve_with_fallback("Misurata").name  # in the gazetteer: the geocoder is not asked
    'Misrata'
    >>> def stand_in(query, exactly_one=True):  # a geopy geocode function, offline
    ...     return GeopyLocation(query, Point(30.95, 14.65), {"address": {"country_code": "ly"}})
    >>> place = resolve_with_fallback("Qasr Example", geocoder=stand_in)
    >>> place.id, place.lat, place.country_code
    ('geopy:geopy:qasr-example', 30.95, 'LY')
    """
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    try:
        return gaz.resolve(name)
    except UnknownPlaceError:
        if geocoder is None:
            raise
    call: Callable[..., Any] = geocoder.geocode if isinstance(geocoder, Geocoder) else geocoder
    service = type(geocoder).__name__ if isinstance(geocoder, Geocoder) else "geopy"
    if hasattr(geocoder, "func"):  # geopy RateLimiter wraps a bound geocode method
        owner = getattr(geocoder.func, "__self__", None)
        if owner is not None:
            service = type(owner).__name__
    answer = call(name, exactly_one=True)
    if isinstance(answer, list):
        answer = answer[0] if answer else None
    if answer is None:
        raise UnknownPlaceError(f"no place called {name!r} in the gazetteer or via {service}")
    return place_from_geopy(answer, name, service=service)
