"""GeoJSON (RFC 7946): a FeatureCollection with one feature per located record.

Features, each with ``[longitude, latitude]`` positions in WGS84:

* ``location``: a Point per place with coordinates (``kind`` is the place kind);
* ``relative_location``: a Point per relative expression that resolves to a point
  ("80 km south of Sirte"; ``kind`` is the relation, ``uncertainty_km`` the radius);
* ``movement``: a LineString from origin to destination when both are known, else a
  Point at the known end (``geometry_end`` says which); movements with no known
  point are left out;
* ``statement``: a Point at the speaker's place when the article says where the
  speaker went (see :func:`~libya_events.export._common.speaker_place`).

Positions are rounded to 6 decimals (about 10 cm; RFC 7946 §11.2 advises it). Every
feature has a stable ``id``, ``"<article>:<record_type>:<n>"``: the article's id (else
``text-`` and a hash of its text), the record type, and the record's index in the
article's list of that type (``movements[n]`` of the JSON export), so the same record
gets the same id in every run. Articles that share an id share feature ids.

Every feature's ``properties`` hold ``record_type``, ``kind``, ``name``, ``actor``,
``date`` (ISO, as in the JSON export; ``null`` when the record has none),
``date_granularity`` (day, week, month, year, range), ``date_start`` and
``date_end``, ``evidence`` (the sentence the record comes from), ``article_id``,
``source`` (the input file, else the article id) and ``published``.

:func:`article_features` and :func:`articles_to_geojson` give plain Python data with
the article's strings as they are; :class:`GeoJSONWriter` writes text that always
encodes as UTF-8 (a lone surrogate becomes its JSON escape, ``\\ud800``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from libya_events._errors import ExportError
from libya_events.export._common import escape_surrogates, evidence_sentence, record_source, speaker_places
from libya_events.model import Article, EventDate, GeoPoint, Location, Span

__all__ = ["COORDINATE_DECIMALS", "GeoJSONWriter", "article_features", "articles_to_geojson", "read_geojson"]

COORDINATE_DECIMALS = 6
"""Decimals kept in every GeoJSON position (RFC 7946 §11.2: about 10 cm)."""


def _position(point: GeoPoint) -> list[float]:
    return [round(point.lon, COORDINATE_DECIMALS), round(point.lat, COORDINATE_DECIMALS)]


def _article_key(article: Article) -> str:
    if article.id is not None:
        return article.id
    digest = hashlib.blake2b(article.text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    return f"text-{digest}"


def _date_properties(date: EventDate | None) -> dict[str, Any]:
    if date is None:
        return {"date": None, "date_granularity": None, "date_start": None, "date_end": None}
    return {
        "date": date.iso,
        "date_granularity": date.granularity.value,
        "date_start": date.start.isoformat(),
        "date_end": date.end.isoformat(),
    }


def _feature(ident: str, geometry: dict[str, Any], properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "id": ident, "geometry": geometry, "properties": properties}


def _point(point: GeoPoint) -> dict[str, Any]:
    return {"type": "Point", "coordinates": _position(point)}


def _first_span(location: Location) -> Span | None:
    return location.mentions[0].span if location.mentions else None


def article_features(article: Article, *, source: str | None = None) -> list[dict[str, Any]]:
    """The GeoJSON features (plain dicts) of one article's located records."""
    common = {
        "article_id": article.id,
        "source": record_source(article, source),
        "published": article.published.isoformat() if article.published else None,
    }
    key = _article_key(article)
    features: list[dict[str, Any]] = []
    for n, loc in enumerate(article.locations):
        if loc.point is None:
            continue
        props = {
            "record_type": "location",
            "kind": loc.kind.value,
            "name": loc.name,
            "actor": None,
            **_date_properties(None),
            "uncertainty_km": loc.uncertainty_km,
            "country_code": loc.country_code,
            "gazetteer_id": loc.gazetteer_id,
            "evidence": evidence_sentence(article, _first_span(loc)),
            **common,
        }
        features.append(_feature(f"{key}:location:{n}", _point(loc.point), props))
    for n, rel in enumerate(article.relative_locations):
        if rel.point is None:
            continue
        props = {
            "record_type": "relative_location",
            "kind": rel.relation.value,
            "name": rel.text,
            "actor": None,
            **_date_properties(None),
            "anchor": rel.anchor.name,
            "distance_km": rel.distance_km,
            "bearing_deg": rel.bearing_deg,
            "uncertainty_km": rel.uncertainty_km,
            "evidence": evidence_sentence(article, rel.span),
            **common,
        }
        features.append(_feature(f"{key}:relative_location:{n}", _point(rel.point), props))
    for n, mov in enumerate(article.movements):
        start = mov.origin.point if mov.origin is not None else None
        end = mov.destination.point if mov.destination is not None else None
        if start is not None and end is not None:
            geometry = {"type": "LineString", "coordinates": [_position(start), _position(end)]}
            which = "both"
        elif start is not None or end is not None:
            known = end if end is not None else start
            assert known is not None
            geometry = _point(known)
            which = "destination" if end is not None else "origin"
        else:
            continue
        props = {
            "record_type": "movement",
            "kind": mov.kind.value,
            "name": mov.trigger.text,
            "actor": mov.actor,
            **_date_properties(mov.date),
            "modality": mov.modality.value,
            "origin": mov.origin.name if mov.origin is not None else None,
            "destination": mov.destination.name if mov.destination is not None else None,
            "geometry_end": which,
            "evidence": evidence_sentence(article, mov.span),
            **common,
        }
        features.append(_feature(f"{key}:movement:{n}", geometry, props))
    for n, (stmt, place) in enumerate(zip(article.statements, speaker_places(article), strict=True)):
        if place is None or place.point is None:
            continue
        props = {
            "record_type": "statement",
            "kind": "direct" if stmt.direct else "reported",
            "name": place.name,
            "actor": stmt.speaker,
            **_date_properties(stmt.date),
            "quote": stmt.text,
            "channel": stmt.channel,
            "evidence": evidence_sentence(article, stmt.span),
            **common,
        }
        features.append(_feature(f"{key}:statement:{n}", _point(place.point), props))
    return features


def articles_to_geojson(
    articles: Iterable[Article], *, sources: dict[str, str] | None = None
) -> dict[str, Any]:
    """A FeatureCollection of every article's features; ``sources`` maps article ids to files."""
    sources = sources or {}
    features: list[dict[str, Any]] = []
    for article in articles:
        src = sources.get(article.id) if article.id is not None else None
        features.extend(article_features(article, source=src))
    return {"type": "FeatureCollection", "features": features}


class GeoJSONWriter:
    """Stream a FeatureCollection to a text stream, one article at a time.

    >>> import io
    >>> out = io.StringIO()
    >>> with GeoJSONWriter(out) as writer:
    ...     writer.write(Article("No places here."))
    0
    >>> json.loads(out.getvalue())
    {'type': 'FeatureCollection', 'features': []}
    """

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._first = True
        self._closed = False
        stream.write('{"type": "FeatureCollection", "features": [')

    def write_feature(self, feature: dict[str, Any]) -> None:
        """Append one feature (a plain dict); lone surrogates are written as JSON escapes."""
        self.write_raw(escape_surrogates(json.dumps(feature, ensure_ascii=False)))

    def write_raw(self, feature_json: str) -> None:
        """Append one feature already serialised as a JSON object."""
        self._stream.write(("\n" if self._first else ",\n") + feature_json)
        self._first = False

    def write(self, article: Article, *, source: str | None = None) -> int:
        """Append an article's features; returns how many."""
        features = article_features(article, source=source)
        for feature in features:
            self.write_feature(feature)
        return len(features)

    def close(self) -> None:
        """End the collection (the stream stays open)."""
        if not self._closed:
            self._stream.write("\n]}\n")
            self._closed = True

    def __enter__(self) -> GeoJSONWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_geojson(source: str | Path | IO[str]) -> dict[str, Any]:
    """Read a FeatureCollection back (a path, a JSON text or a stream) as plain data."""
    try:
        if isinstance(source, Path):
            data = json.loads(source.read_text(encoding="utf-8"))
        elif isinstance(source, str):
            data = json.loads(source)
        else:
            data = json.load(source)
    except (OSError, json.JSONDecodeError) as exc:
        raise ExportError(f"cannot read GeoJSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ExportError("not a GeoJSON FeatureCollection")
    if not isinstance(data.get("features"), list):
        raise ExportError("a FeatureCollection needs a 'features' list")
    return data
