"""The :class:`Place` record and the in-memory :class:`Gazetteer` index."""

from __future__ import annotations

import csv
import io
import math
import os
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
from attrs import field, frozen

from libya_events._errors import InputTypeError, KnowledgeBaseError, UnknownPlaceError, ValidationError
from libya_events.gazetteer._names import (
    STOP_WORDS,
    _lookalike_of_variant,
    _skeleton_of_variant,
    _variant_of_key,
    bounded_edit_distance,
    normalize_name,
)
from libya_events.model import GeoPoint, Location, LocationKind, Mention

__all__ = ["KIND_PRIORITY", "Gazetteer", "Place", "haversine_km"]

#: Ranking of kinds when several places share a name: towns before countries, regions, sites.
KIND_PRIORITY: Mapping[LocationKind, int] = {
    LocationKind.CITY: 0,
    LocationKind.COUNTRY: 1,
    LocationKind.REGION: 2,
    LocationKind.SITE: 3,
}

#: The features of a city-kind place where people live (not checkpoints, islands or terminals).
_POPULATED_FEATURES = frozenset({"populated_place", "capital", "neighbourhood"})

_SOURCE_PRIORITY = {"curated": 0, "geonames": 1, "ne": 2, "osm": 3, "ourairports": 4}

_EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two WGS84 points (a sphere of mean radius).

    >>> round(haversine_km(32.88743, 13.18733, 32.37535, 15.09254))  # Tripoli to Misrata
    187
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _check_lat(inst: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not (isinstance(value, float) and math.isfinite(value) and -90.0 <= value <= 90.0):
        raise ValidationError(f"'{attribute.name}' must be a latitude in [-90, 90] (got {value!r})")


def _check_lon(inst: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not (isinstance(value, float) and math.isfinite(value) and -180.0 <= value <= 180.0):
        raise ValidationError(f"'{attribute.name}' must be a longitude in [-180, 180] (got {value!r})")


def _check_text(inst: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"'{attribute.name}' must be a non-empty string (got {value!r})")


def _check_cc(inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not (isinstance(value, str) and len(value) == 2 and value.isupper()):
        raise ValidationError(f"'{attribute.name}' must be two capital letters or None (got {value!r})")


def _check_non_negative(inst: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not (math.isfinite(value) and value >= 0):
        raise ValidationError(f"'{attribute.name}' must be >= 0 (got {value!r})")


def _float(value: Any) -> Any:
    return float(value) if isinstance(value, int | str) and not isinstance(value, bool) else value


def _population(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise InputTypeError(f"'population' must be a number (got {type(value).__name__})")
    try:
        return int(value)
    except (OverflowError, ValueError):
        raise ValidationError(f"'population' must be a whole number (got {value!r})") from None


def _aliases(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split("|")
    seen: dict[str, None] = {}
    for alias in value:
        alias = alias.strip()
        if alias:
            seen.setdefault(alias, None)
    return tuple(seen)


@frozen(slots=True)
class Place:
    """One gazetteer entry: a named point with its kind, extent, aliases and provenance.

    ``id`` is prefixed by its source (``geonames:2210247``, ``osm:town:12``,
    ``ourairports:HL77``, ``ne:country:FR``, ``curated:ras-lanuf``, ``geopy:...``).
    ``extent_km`` is the radius of the place's own extent (a few km for a town or
    site, hundreds for a region or country): the georeferencing uncertainty of a
    mention that names it.

    >>> gate = Place("user:gate-27", "Gate 27", "site", "checkpoint", 32.8166, 12.6833,
    ...              country_code="LY", aliases="Checkpoint 27|Gate Twenty-Seven")
    >>> gate.names
    ('Gate 27', 'Checkpoint 27', 'Gate Twenty-Seven')
    >>> gate.to_location().point
    GeoPoint(lat=32.8166, lon=12.6833)
    """

    id: str = field(validator=_check_text)
    name: str = field(validator=_check_text)
    kind: LocationKind = field(converter=LocationKind)
    feature: str = field(validator=_check_text)
    lat: float = field(converter=_float, validator=_check_lat)
    lon: float = field(converter=_float, validator=_check_lon)
    country_code: str | None = field(default=None, validator=_check_cc)
    population: int = field(default=0, converter=_population)
    aliases: tuple[str, ...] = field(default=(), converter=_aliases)
    extent_km: float = field(default=1.0, converter=float, validator=_check_non_negative)
    source: str = field(default="user")

    @property
    def point(self) -> GeoPoint:
        """The place's representative point."""
        return GeoPoint(self.lat, self.lon)

    @property
    def populated(self) -> bool:
        """Whether people live here: a town, village, capital or city district (not a site or region)."""
        return self.kind is LocationKind.CITY and self.feature in _POPULATED_FEATURES

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias (without repeats)."""
        return _aliases((self.name, *self.aliases))

    def to_location(
        self, mentions: Iterable[Mention] = (), *, name: str | None = None, candidates: Iterable[str] = ()
    ) -> Location:
        """A :class:`~libya_events.model.Location` for this place, with the given mentions
        (and, optionally, another display ``name`` and the ids of the other ``candidates``)."""
        return Location(
            name=self.name if name is None else name,
            kind=self.kind,
            point=self.point,
            uncertainty_km=self.extent_km,
            country_code=self.country_code,
            gazetteer_id=self.id,
            mentions=tuple(mentions),
            candidates=tuple(candidates),
        )

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly dict of the fields (``kind`` as its string value)."""
        d = attrs.asdict(self, recurse=False)
        d["kind"] = self.kind.value
        d["aliases"] = list(self.aliases)
        return d

    def distance_km(self, lat: float, lon: float) -> float:
        """Great-circle distance from this place to ``(lat, lon)`` in km."""
        return haversine_km(self.lat, self.lon, lat, lon)


def default_extent_km(kind: LocationKind, feature: str, population: int) -> float:
    """A rough radius of a place's extent from its kind, feature and population."""
    if kind is LocationKind.COUNTRY:
        return 400.0
    if kind is LocationKind.REGION:
        if feature == "district":
            return 100.0
        if feature == "area":
            return 400.0
        return 250.0
    if kind is LocationKind.SITE:
        if feature == "oil_field":
            return 10.0
        if feature in ("airport", "air_base", "oil_terminal", "refinery", "military_base"):
            return 3.0
        if feature == "border_crossing":
            return 2.0
        return 1.0
    if feature == "neighbourhood":
        return 2.0
    return round(min(30.0, max(1.0, 0.012 * math.sqrt(max(population, 0)))), 1)


def _source_prefix(place_id: str) -> str:
    return place_id.split(":", 1)[0]


# ----------------------------------------------------------------------------- index


class Gazetteer:
    """An immutable, in-memory place index with exact, variant and fuzzy name lookup.

    Build one with :meth:`default` (the embedded Libya-focused gazetteer),
    :meth:`from_places`, :meth:`from_csv` or :meth:`from_geonames`, and combine
    them with :meth:`merged`.

    >>> mine = Gazetteer.from_places([Place("user:wadi-camp", "Wadi Example Camp", "site", "camp",
    ...                                     31.5, 14.2, country_code="LY", aliases=["Wadi Camp"])])
    >>> [p.id for p in mine.lookup("wadi camp")]
    ['user:wadi-camp']
    >>> both = Gazetteer.default().merged(mine)
    >>> both.resolve("Wadi Camp").name, both.resolve("Misurata").name
    ('Wadi Example Camp', 'Misrata')
    >>> place, km = both.nearest(32.4, 15.1, kinds=["city"], min_population=100000)
    >>> place.name, round(km)
    ('Misrata', 3)
    """

    __slots__ = (
        "_by_id",
        "_combined",
        "_exact",
        "_fuzzy_buckets",
        "_fuzzy_pieces",
        "_key_view",
        "_lookalikes",
        "_max_name_words",
        "_places",
        "_preferred",
        "_skeleton",
        "_variant",
        "_variant_of",
    )

    def __init__(
        self,
        places: Iterable[Place],
        *,
        preferred: Iterable[str] = (),
        keys: Mapping[str, tuple[str, str, str]] | None = None,
    ) -> None:
        """Index ``places``; ids in ``preferred`` win ranking ties (user places).

        ``keys`` optionally maps a name to its precomputed (normalised, variant,
        skeleton) keys, as shipped with the embedded data to keep loading fast.
        """
        by_id: dict[str, Place] = {}
        for place in places:
            if not isinstance(place, Place):
                raise InputTypeError(f"a Gazetteer holds Place objects (got {type(place).__name__})")
            by_id.setdefault(place.id, place)
        self._by_id = by_id
        self._places: tuple[Place, ...] = tuple(by_id.values())
        self._preferred = frozenset(preferred)
        self._fuzzy_buckets: dict[int, list[tuple[str, Place]]] | None = None
        self._fuzzy_pieces: dict[int, dict[tuple[int, int, str], list[int]]] = {}
        self._lookalikes: dict[str, tuple[Place, ...]] | None = None
        self._build_index(keys or {})

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by content: the embedded gazetteer by name, others by their places.

        A pickled default gazetteer loads the embedded data once per process, which is
        what parallel workers want.
        """
        if self is _default_gazetteer():
            return (_default_gazetteer, ())
        return (_rebuild, (self._places, tuple(self._preferred)))

    # -- construction ------------------------------------------------------------

    def _rank_key(self, place: Place) -> tuple[int, int, int, int, int, float]:
        return (
            0 if place.country_code == "LY" else 1,
            KIND_PRIORITY[place.kind],
            0 if place.id in self._preferred else 1,
            -place.population,
            _SOURCE_PRIORITY.get(_source_prefix(place.id), 5),
            -place.extent_km,
        )

    def _rank(self, places: Iterable[Place]) -> tuple[Place, ...]:
        unique = list({p.id: p for p in places}.values())
        if len(unique) > 1:
            unique.sort(key=self._rank_key)
        return tuple(unique)

    def _build_index(self, keys: Mapping[str, tuple[str, str, str]]) -> None:
        exact: dict[str, list[Place]] = {}
        variant_of: dict[str, str] = {}
        skeleton_of: dict[str, str] = {}
        for place in self._places:
            for alias in place.names:
                known = keys.get(alias)
                if known is None:
                    key = normalize_name(alias)
                else:
                    key = known[0]
                    variant_of[key] = known[1]
                    skeleton_of[known[1]] = known[2]
                if not key or key in STOP_WORDS:
                    continue
                bucket = exact.setdefault(key, [])
                if not bucket or bucket[-1] is not place:
                    bucket.append(place)
        variant: dict[str, list[Place]] = {}
        skeleton: dict[str, list[tuple[str, Place]]] = {}
        max_words = 1
        for key, places in exact.items():
            max_words = max(max_words, key.count(" ") + 1)
            v = variant_of.get(key)
            if v is None:
                v = variant_of[key] = _variant_of_key(key)
            variant.setdefault(v, []).extend(places)
            sk = skeleton_of.get(v)
            if sk is None:
                sk = skeleton_of[v] = _skeleton_of_variant(v)
            if len(sk) - sk.count(" ") >= 3:  # skeleton matches: Libyan places only
                skeleton.setdefault(sk, []).extend((v, p) for p in places if p.country_code == "LY")
        self._exact = {key: self._rank(places) for key, places in exact.items()}
        self._variant_of = variant_of
        self._combined: dict[str, tuple[Place, ...]] = {}
        self._key_view: Mapping[str, tuple[Place, ...]] = _KeyIndex(self)
        self._variant = {v: self._rank(ps) for v, ps in variant.items()}
        self._skeleton = skeleton
        self._max_name_words = max_words

    def _candidates(self, key: str) -> tuple[Place, ...] | None:
        """The places a normalised name ``key`` gives: its exact tier, then its variants' places.

        Joined on first use and kept: joining every key at load would cost the square of a
        variant group's size (10,000 spellings of one name, each listing all 10,000 places).
        """
        hit = self._combined.get(key)
        if hit is not None:
            return hit
        first = self._exact.get(key)
        if first is None:
            return None
        extra = self._variant[self._variant_of[key]]
        if len(extra) > len(first):
            ids = {p.id for p in first}  # a gazetteer's places have distinct ids
            first += tuple(p for p in extra if p.id not in ids)
        self._combined[key] = first
        return first

    @classmethod
    def from_places(cls, places: Iterable[Place]) -> Gazetteer:
        """A gazetteer over the given places (the first of two with the same id wins)."""
        return cls(places)

    @classmethod
    def default(cls) -> Gazetteer:
        """The embedded gazetteer shipped with the package (loaded once, then cached)."""
        return _default_gazetteer()

    @classmethod
    def from_tsv(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """Load a places file in the embedded ``places.tsv`` format."""
        return cls(_read_places_tsv(_read_text(path, "places file"), str(path)))

    @classmethod
    def from_csv(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """Load users' own places from a CSV in the supplement format.

        Columns: ``id,name,kind,feature,lat,lon,country_code,population,aliases,source``
        (``aliases`` ``|``-separated; ``id``, ``feature``, ``country_code``,
        ``population``, ``aliases`` and ``source`` may be empty or absent; an optional
        ``extent_km`` column is honoured). Raises :class:`KnowledgeBaseError` on a bad row.
        """
        return cls(read_supplement_csv(path))

    @classmethod
    def from_geonames(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """Load any standard GeoNames dump (19 tab-separated columns: LY.txt, cities500.txt...)."""
        return cls(read_geonames(path))

    def merged(self, other: Gazetteer) -> Gazetteer:
        """A gazetteer with the places of both; ``other``'s places win ranking ties and ids."""
        return Gazetteer(
            (*other._places, *self._places),
            preferred=other._preferred | {p.id for p in other._places},
        )

    # -- lookup --------------------------------------------------------------------

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Ranked candidates for ``name``; ``()`` if none.

        Exact normalised name/alias matches come first, then transliteration variants
        (:func:`variant_key`); if neither matches, a guarded consonant-skeleton match
        against Libyan places only. Within a tier, Libyan places rank first, then by
        kind (city, country, region, site), user places (see :meth:`merged`) and
        population. Common English words (:data:`STOP_WORDS`) give ``()``.
        """
        if not isinstance(name, str):
            raise InputTypeError(f"a place name must be a str (got {type(name).__name__})")
        key = normalize_name(name)
        hit = self._candidates(key)
        if hit is not None:
            return hit
        if not key or key in STOP_WORDS:
            return ()
        v = _variant_of_key(key)
        hit = self._variant.get(v)
        if hit is not None:
            return hit
        sk = _skeleton_of_variant(v)
        pairs = self._skeleton.get(sk)
        if not pairs:
            return ()
        # guard: same number of words, similar length, and close once vowels are kept
        bound = 1 if len(v) < 7 else 2
        found = [p for cand, p in pairs if bounded_edit_distance(v, cand, bound) <= bound]
        return self._rank(found)

    def fuzzy_lookup(self, name: str) -> tuple[Place, ...]:
        """Misspelling-tolerant lookup against Libyan places only.

        Allows an edit distance of 1 for names of at least 6 letters and 2 for at
        least 9; shorter names and common English words never match. Closest first.
        """
        if not isinstance(name, str):
            raise InputTypeError(f"a place name must be a str (got {type(name).__name__})")
        key = normalize_name(name)
        if not key or key in STOP_WORDS:
            return ()
        letters = sum(c.isalpha() for c in key)
        if letters < 6:
            return ()
        bound = 2 if letters >= 9 else 1
        scored: dict[str, tuple[int, Place]] = {}
        for cand, place in self._fuzzy_candidates(key, bound):
            d = bounded_edit_distance(key, cand, bound)
            if d <= bound and (place.id not in scored or d < scored[place.id][0]):
                scored[place.id] = (d, place)
        ordered = sorted(scored.values(), key=lambda dp: (dp[0], self._rank_key(dp[1])))
        return tuple(p for _, p in ordered)

    def _fuzzy_candidates(self, key: str, bound: int) -> Iterator[tuple[str, Place]]:
        """The names of the fuzzy index up to ``bound`` letters longer or shorter than ``key``
        that may be within ``bound`` edits of it, in the index's order. A name cut into
        ``bound + 1`` pieces keeps one piece whole under ``bound`` edits, and that piece lies in
        ``key`` shifted by at most ``bound`` characters: the names are found through their
        pieces (:meth:`_fuzzy_piece_index`) rather than tried one by one."""
        buckets = self._fuzzy_index()
        pieces = self._fuzzy_piece_index(bound)
        parts, n = bound + 1, len(key)
        for length in range(n - bound, n + bound + 1):
            bucket = buckets.get(length, ())
            if length < parts:  # a piece is empty: every name passes
                yield from bucket
                continue
            found: set[int] = set()
            for i in range(parts):
                lo, hi = i * length // parts, (i + 1) * length // parts
                for at in range(max(0, lo - bound), min(hi + bound, n) - (hi - lo) + 1):
                    found.update(pieces.get((length, i, key[at : at + hi - lo]), ()))
            for j in sorted(found):
                yield bucket[j]

    def _fuzzy_piece_index(self, bound: int) -> dict[tuple[int, int, str], list[int]]:
        """(length, piece number, piece) -> the positions in the fuzzy index's bucket of that
        length of the names cut into ``bound + 1`` pieces (``i * length // parts`` to
        ``(i + 1) * length // parts``) that have that piece."""
        index = self._fuzzy_pieces.get(bound)
        if index is None:
            index = {}
            parts = bound + 1
            for length, bucket in self._fuzzy_index().items():
                cuts = [(i, i * length // parts, (i + 1) * length // parts) for i in range(parts)]
                for j, (cand, _) in enumerate(bucket):
                    for i, lo, hi in cuts:
                        index.setdefault((length, i, cand[lo:hi]), []).append(j)
            self._fuzzy_pieces[bound] = index
        return index

    def _fuzzy_index(self) -> dict[int, list[tuple[str, Place]]]:
        if self._fuzzy_buckets is None:
            buckets: dict[int, list[tuple[str, Place]]] = {}
            own: dict[str, frozenset[str]] = {}  # each place's own keys, normalised once
            for key, places in self._exact.items():  # a key's variants never have it as a name
                if sum(c.isalpha() for c in key) < 5:
                    continue
                for place in places:
                    if place.country_code != "LY":
                        continue
                    keys = own.get(place.id)
                    if keys is None:
                        keys = own[place.id] = frozenset(normalize_name(n) for n in place.names)
                    if key in keys:
                        buckets.setdefault(len(key), []).append((key, place))
            self._fuzzy_buckets = buckets
        return self._fuzzy_buckets

    def lookalikes(self, name: str) -> tuple[Place, ...]:
        """Libyan places whose names read like ``name`` once a word's first short vowel is let
        go (:func:`~libya_events.gazetteer._names.lookalike_key`: *Sabaa* and *Sebaa*), ranked
        as :meth:`lookup` ranks; ``()`` for a common word. Too loose to name a place by itself:
        for choosing among readings by what else a text names.
        """
        if not isinstance(name, str):
            raise InputTypeError(f"a place name must be a str (got {type(name).__name__})")
        key = normalize_name(name)
        if not key or key in STOP_WORDS:
            return ()
        if self._lookalikes is None:  # built at the first use: most texts never ask
            groups: dict[str, list[Place]] = {}
            for v, places in self._variant.items():
                libyan = [p for p in places if p.country_code == "LY"]
                if libyan:
                    groups.setdefault(_lookalike_of_variant(v), []).extend(libyan)
            self._lookalikes = {k: self._rank(ps) for k, ps in groups.items()}
        return self._lookalikes.get(_lookalike_of_variant(_variant_of_key(key)), ())

    def resolve(self, name: str) -> Place:
        """The best place for ``name`` (:meth:`lookup`, then :meth:`fuzzy_lookup`).

        Raises :class:`~libya_events.UnknownPlaceError` if neither finds it and
        :class:`~libya_events.InputTypeError` if ``name`` is not a str.
        """
        found = self.lookup(name) or self.fuzzy_lookup(name)
        if not found:
            raise UnknownPlaceError(f"no place called {name!r} in the gazetteer ({len(self)} places)")
        return found[0]

    def get(self, place_id: str) -> Place | None:
        """The place with this id, or None."""
        return self._by_id.get(place_id)

    def nearest(
        self,
        lat: float,
        lon: float,
        *,
        kinds: Iterable[LocationKind | str] | None = None,
        min_population: int = 0,
        populated: bool = False,
    ) -> tuple[Place, float]:
        """The place nearest to ``(lat, lon)`` and its distance in km.

        ``kinds`` restricts the candidates (e.g. ``[LocationKind.CITY]``),
        ``min_population`` drops smaller places and ``populated`` keeps only places
        where people live (:attr:`Place.populated`: no conference centre, airport or
        checkpoint). Of places at the same point the most populous wins (a district the
        gazetteer puts at its city's point, no finer one being known, does not answer for the
        city). Raises :class:`UnknownPlaceError` when nothing qualifies.

        >>> Gazetteer.default().nearest(31.20892, 16.58866, populated=True)[0].name
        'Sirte'
        """
        GeoPoint(lat, lon)  # validates
        wanted = None if kinds is None else {LocationKind(k) for k in kinds}
        coslat = math.cos(math.radians(lat))
        best: Place | None = None
        best_d2 = math.inf
        for place in self._places:
            if wanted is not None and place.kind not in wanted:
                continue
            if place.population < min_population:
                continue
            if populated and not place.populated:
                continue
            dlat = place.lat - lat
            dlon = (place.lon - lon + 180.0) % 360.0 - 180.0
            d2 = dlat * dlat + (dlon * coslat) ** 2
            if d2 < best_d2 or (d2 == best_d2 and best is not None and place.population > best.population):
                best, best_d2 = place, d2  # a tie goes to the larger: a district at its city's point
        if best is None:
            raise UnknownPlaceError("no place matches the nearest() filters")
        # the equirectangular pick is exact enough at these scales; refine the distance
        return best, best.distance_km(lat, lon)

    # -- extraction support ------------------------------------------------------

    @property
    def key_index(self) -> Mapping[str, tuple[Place, ...]]:
        """Normalised name/alias → ranked candidates, for n-gram scanning by the parser."""
        return self._key_view

    @property
    def max_name_words(self) -> int:
        """The number of words in the longest normalised name or alias."""
        return self._max_name_words

    @property
    def places(self) -> tuple[Place, ...]:
        """Every place, in load order."""
        return self._places

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Place):
            return self._by_id.get(item.id) == item
        if isinstance(item, str):
            return bool(self.lookup(item))
        return False

    def __repr__(self) -> str:
        return f"<Gazetteer of {len(self)} places>"


class _KeyIndex(Mapping[str, tuple[Place, ...]]):
    """:attr:`Gazetteer.key_index`: a read-only view whose values are joined on first use."""

    __slots__ = ("_gazetteer",)

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer

    def __getitem__(self, key: str) -> tuple[Place, ...]:
        found = self._gazetteer._candidates(key)
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._gazetteer._exact)

    def __len__(self) -> int:
        return len(self._gazetteer._exact)


# ----------------------------------------------------------------------------- files

PLACES_TSV_COLUMNS = (
    "id",
    "name",
    "kind",
    "feature",
    "lat",
    "lon",
    "country_code",
    "population",
    "extent_km",
    "aliases",
    "source",
    "licence",
)


def _read_text(path: str | os.PathLike[str], what: str) -> str:
    """A UTF-8 file's text; :class:`KnowledgeBaseError` naming the file (and the line of a bad byte)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KnowledgeBaseError(f"cannot read {what} {path}: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise KnowledgeBaseError(
            f"{path}:{line}: is not UTF-8 ({exc.reason}; re-save the file as UTF-8)"
        ) from None


def _check_unique(seen: dict[str, int], place_id: str, origin: str, line: int) -> None:
    """Refuse an id a file already used: two rows with one id would collapse into one place."""
    first = seen.setdefault(place_id, line)
    if first != line:
        raise KnowledgeBaseError(f"{origin}:{line}: id {place_id!r} is already used on line {first}")


def _read_places_tsv(text: str, origin: str) -> list[Place]:
    lines = text.splitlines()
    if not lines or lines[0].split("\t") != list(PLACES_TSV_COLUMNS):
        raise KnowledgeBaseError(f"{origin}: not a places.tsv file (bad header)")
    out: list[Place] = []
    new = Place.__new__
    setattr_ = object.__setattr__
    kinds = {k.value: k for k in LocationKind}
    seen: dict[str, int] = {}
    for n, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != 12:
            raise KnowledgeBaseError(f"{origin}:{n}: expected 12 columns, got {len(cols)}")
        try:
            # trusted, build-validated file: skip attrs validation for load speed
            p = new(Place)
            setattr_(p, "id", cols[0])
            setattr_(p, "name", cols[1])
            setattr_(p, "kind", kinds[cols[2]])
            setattr_(p, "feature", cols[3])
            setattr_(p, "lat", float(cols[4]))
            setattr_(p, "lon", float(cols[5]))
            setattr_(p, "country_code", cols[6] or None)
            setattr_(p, "population", int(cols[7]))
            setattr_(p, "aliases", tuple(cols[9].split("|")) if cols[9] else ())
            setattr_(p, "extent_km", float(cols[8]))
            setattr_(p, "source", cols[10])
        except (KeyError, ValueError, OverflowError) as exc:
            raise KnowledgeBaseError(f"{origin}:{n}: {exc}") from exc
        _check_unique(seen, p.id, origin, n)
        out.append(p)
    return out


def _data_text(name: str) -> str:
    return resources.files("libya_events.gazetteer").joinpath(f"data/{name}").read_text("utf-8")


def _read_keys_tsv(text: str) -> dict[str, tuple[str, str, str]]:
    out: dict[str, tuple[str, str, str]] = {}
    for line in text.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) == 4:
            out[cols[0]] = (cols[1], cols[2], cols[3])
    return out


def _rebuild(places: tuple[Place, ...], preferred: tuple[str, ...]) -> Gazetteer:
    return Gazetteer(places, preferred=preferred)


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    places = _read_places_tsv(_data_text("places.tsv"), "libya_events/gazetteer/data/places.tsv")
    try:
        keys = _read_keys_tsv(_data_text("keys.tsv"))
    except FileNotFoundError:  # the keys file only speeds loading up
        keys = {}
    return Gazetteer(places, keys=keys)


def read_supplement_csv(path: str | os.PathLike[str]) -> list[Place]:
    """Parse a supplement-format CSV into places (see :meth:`Gazetteer.from_csv`)."""
    path = Path(path)
    reader = csv.DictReader(io.StringIO(_read_text(path, "places CSV"), newline=""))
    try:
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise KnowledgeBaseError(f"{path}:{reader.line_num}: bad CSV ({exc})") from exc
    out: list[Place] = []
    seen: dict[str, int] = {}
    for n, row in rows:
        try:
            name = (row.get("name") or "").strip()
            kind = LocationKind((row.get("kind") or "city").strip())
            feature = (row.get("feature") or "").strip() or (
                "populated_place" if kind is LocationKind.CITY else kind.value
            )
            population = int(float(row.get("population") or 0))
            extent = row.get("extent_km")
            place_id = (row.get("id") or "").strip() or f"user:{normalize_name(name).replace(' ', '-')}"
            out.append(
                Place(
                    id=place_id,
                    name=name,
                    kind=kind,
                    feature=feature,
                    lat=float(row["lat"]),
                    lon=float(row["lon"]),
                    country_code=(row.get("country_code") or "").strip() or None,
                    population=population,
                    aliases=row.get("aliases") or "",
                    extent_km=float(extent) if extent else default_extent_km(kind, feature, population),
                    source=(row.get("source") or "").strip() or str(path),
                )
            )
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise KnowledgeBaseError(f"{path}:{n}: bad place row ({exc})") from exc
        _check_unique(seen, out[-1].id, str(path), n)
    return out


_GEONAMES_KIND = {"P": LocationKind.CITY, "S": LocationKind.SITE, "L": LocationKind.REGION}


def _geonames_kind(fclass: str, fcode: str) -> tuple[LocationKind, str]:
    if fclass == "A":
        if fcode.startswith("PCL"):
            return LocationKind.COUNTRY, "country"
        return LocationKind.REGION, "district" if fcode.startswith("ADM") else "region"
    if fclass == "P":
        return LocationKind.CITY, "capital" if fcode == "PPLC" else "populated_place"
    if fclass == "S":
        feature = {
            "AIRB": "air_base",
            "AIRP": "airport",
            "AIRF": "airport",
            "OILT": "oil_terminal",
            "OILR": "refinery",
            "DAM": "dam",
            "HTL": "hotel",
            "CMP": "camp",
            "PSTB": "border_crossing",
            "CSTM": "border_crossing",
        }.get(fcode, "site")
        return LocationKind.SITE, feature
    if fclass == "H" and fcode == "OILF":
        return LocationKind.SITE, "oil_field"
    return _GEONAMES_KIND.get(fclass, LocationKind.REGION), fcode.lower() or "region"


def usable_alias(alias: str) -> bool:
    """Whether a source's alternate name is worth indexing (Latin script, capitalised, not a code)."""
    a = alias.strip()
    if len(a) < 3 or not any(c.isupper() for c in a):
        return False
    if a.isupper() and len(a) <= 4:  # IATA/ICAO-like codes
        return False
    if any(c.isdigit() for c in a):
        return False
    letters = [c for c in a if c.isalpha()]
    if not letters or not all(c.isascii() or "LATIN" in _uname(c) for c in letters):
        return False
    return normalize_name(a) not in STOP_WORDS


@lru_cache(maxsize=4096)
def _uname(c: str) -> str:
    import unicodedata

    return unicodedata.name(c, "")


def read_geonames(path: str | os.PathLike[str]) -> list[Place]:
    """Parse a GeoNames dump (19 tab-separated columns) into places (id ``geonames:<id>``)."""
    path = Path(path)
    out: list[Place] = []
    seen: dict[str, int] = {}
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise KnowledgeBaseError(f"cannot read GeoNames file {path}: {exc}") from exc
    with fh:
        for n, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                raise KnowledgeBaseError(
                    f"{path}:{n}: is not UTF-8 ({exc.reason}; GeoNames dumps are UTF-8)"
                ) from None
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 19:
                raise KnowledgeBaseError(f"{path}:{n}: a GeoNames row has 19 columns (got {len(cols)})")
            try:
                kind, feature = _geonames_kind(cols[6], cols[7])
                population = int(cols[14] or 0)
                aliases = [cols[2], *(a for a in cols[3].split(",") if usable_alias(a))]
                out.append(
                    Place(
                        id=f"geonames:{cols[0]}",
                        name=cols[1],
                        kind=kind,
                        feature=feature,
                        lat=float(cols[4]),
                        lon=float(cols[5]),
                        country_code=cols[8] or None,
                        population=population,
                        aliases=aliases,
                        extent_km=default_extent_km(kind, feature, population),
                        source=f"GeoNames {cols[0]} (CC BY 4.0)",
                    )
                )
            except (ValueError, ValidationError, OverflowError) as exc:
                raise KnowledgeBaseError(f"{path}:{n}: bad GeoNames row ({exc})") from exc
            _check_unique(seen, out[-1].id, str(path), n)
    return out
