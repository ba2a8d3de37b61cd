"""pandas: one tidy frame per record kind, for analysts.

Needs pandas (the ``pandas`` extra: ``pip install 'libya-events[pandas]'``); pandas is
imported only when a frame is asked for, so ``import libya_events`` never needs it.

:func:`to_dataframes` gives a dictionary of four :class:`pandas.DataFrame` objects,
one row per record:

``movements``
    ``article`` (the article's position in the input, from 0), ``article_id``,
    ``published``, ``movement`` (the record's index in the article's ``movements``),
    ``kind``, ``modality``, ``actor``, ``trigger``, ``origin``, ``origin_lat``,
    ``origin_lon``, ``destination``, ``destination_lat``, ``destination_lon``,
    ``date`` (ISO, as in the JSON export), ``date_granularity``, ``date_start``,
    ``date_end``, ``span_start``, ``span_end`` and ``evidence`` (the sentence).
``statements``
    ``article``, ``article_id``, ``published``, ``statement``, ``speaker``, ``text``,
    ``direct``, ``channel``, the four date columns, ``span_start``, ``span_end``.
``actors``
    ``article``, ``article_id``, ``published``, ``actor``, ``name``, ``kind``,
    ``title``, ``affiliation``, ``aliases`` (joined with ``|``), ``kb_id`` and
    ``mentions`` (how many times the article names the actor).
``places``
    ``article``, ``article_id``, ``published``, ``record_type`` (``location`` or
    ``relative_location``), ``place`` (the index in the article's list of that
    type), ``name`` (the place's name, or the phrase "80 km south of Sirte"),
    ``kind`` (the place kind, or the relation), ``anchor``, ``distance_km``,
    ``bearing_deg``, ``lat``, ``lon``, ``uncertainty_km``, ``country_code``,
    ``gazetteer_id`` and ``mentions``.

Missing values are missing to pandas (``isna()`` holds: ``NaN``, ``None`` or ``NaT``
by the column's dtype); ``published``, ``date_start`` and ``date_end`` are pandas
timestamps (a frame holding a date beyond pandas' range keeps that column as Python
dates). A frame with no rows still has its columns. :func:`read_jsonl_dataframes`
reads a JSON Lines file straight into the frames.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from libya_events._errors import InputTypeError
from libya_events.export._common import evidence_sentence
from libya_events.export._jsonl import read_jsonl
from libya_events.model import Article, EventDate, Location

__all__ = ["FRAME_COLUMNS", "read_jsonl_dataframes", "to_dataframes"]

_ARTICLE = ("article", "article_id", "published")
_DATE = ("date", "date_granularity", "date_start", "date_end")

FRAME_COLUMNS: dict[str, tuple[str, ...]] = {
    "movements": (
        *_ARTICLE,
        "movement",
        "kind",
        "modality",
        "actor",
        "trigger",
        "origin",
        "origin_lat",
        "origin_lon",
        "destination",
        "destination_lat",
        "destination_lon",
        *_DATE,
        "span_start",
        "span_end",
        "evidence",
    ),
    "statements": (
        *_ARTICLE,
        "statement",
        "speaker",
        "text",
        "direct",
        "channel",
        *_DATE,
        "span_start",
        "span_end",
    ),
    "actors": (
        *_ARTICLE,
        "actor",
        "name",
        "kind",
        "title",
        "affiliation",
        "aliases",
        "kb_id",
        "mentions",
    ),
    "places": (
        *_ARTICLE,
        "record_type",
        "place",
        "name",
        "kind",
        "anchor",
        "distance_km",
        "bearing_deg",
        "lat",
        "lon",
        "uncertainty_km",
        "country_code",
        "gazetteer_id",
        "mentions",
    ),
}
"""The frames :func:`to_dataframes` gives, and each frame's columns in order."""

_TIMESTAMPS = ("published", "date_start", "date_end")
_FLOATS = (
    "origin_lat",
    "origin_lon",
    "destination_lat",
    "destination_lon",
    "lat",
    "lon",
    "distance_km",
    "bearing_deg",
    "uncertainty_km",
)

_INDEX = {"movements": "movement", "statements": "statement", "actors": "actor", "places": "place"}


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError as exc:
        raise ModuleNotFoundError(
            "data frames need pandas: pip install 'libya-events[pandas]'", name="pandas"
        ) from exc


def _date(date: EventDate | None) -> dict[str, Any]:
    if date is None:
        return {"date": None, "date_granularity": None, "date_start": None, "date_end": None}
    return {
        "date": date.iso,
        "date_granularity": date.granularity.value,
        "date_start": date.start,
        "date_end": date.end,
    }


def _place(prefix: str, place: Location | None) -> dict[str, Any]:
    point = place.point if place is not None else None
    return {
        prefix: place.name if place is not None else None,
        f"{prefix}_lat": point.lat if point is not None else None,
        f"{prefix}_lon": point.lon if point is not None else None,
    }


def _rows(articles: Iterable[Article]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in FRAME_COLUMNS}
    for position, article in enumerate(articles):
        if not isinstance(article, Article):
            raise InputTypeError(f"expected Article values (got {type(article).__name__})")
        common = {"article": position, "article_id": article.id, "published": article.published}
        for n, mov in enumerate(article.movements):
            rows["movements"].append(
                {
                    **common,
                    "movement": n,
                    "kind": mov.kind.value,
                    "modality": mov.modality.value,
                    "actor": mov.actor,
                    "trigger": mov.trigger.text,
                    **_place("origin", mov.origin),
                    **_place("destination", mov.destination),
                    **_date(mov.date),
                    "span_start": mov.span.start,
                    "span_end": mov.span.end,
                    "evidence": evidence_sentence(article, mov.span),
                }
            )
        for n, stmt in enumerate(article.statements):
            rows["statements"].append(
                {
                    **common,
                    "statement": n,
                    "speaker": stmt.speaker,
                    "text": stmt.text,
                    "direct": stmt.direct,
                    "channel": stmt.channel,
                    **_date(stmt.date),
                    "span_start": stmt.span.start,
                    "span_end": stmt.span.end,
                }
            )
        for n, actor in enumerate(article.actors):
            rows["actors"].append(
                {
                    **common,
                    "actor": n,
                    "name": actor.name,
                    "kind": actor.kind.value,
                    "title": actor.title,
                    "affiliation": actor.affiliation,
                    "aliases": "|".join(actor.aliases),
                    "kb_id": actor.kb_id,
                    "mentions": len(actor.mentions),
                }
            )
        for n, loc in enumerate(article.locations):
            rows["places"].append(
                {
                    **common,
                    "record_type": "location",
                    "place": n,
                    "name": loc.name,
                    "kind": loc.kind.value,
                    "anchor": None,
                    "distance_km": None,
                    "bearing_deg": None,
                    "lat": loc.point.lat if loc.point is not None else None,
                    "lon": loc.point.lon if loc.point is not None else None,
                    "uncertainty_km": loc.uncertainty_km,
                    "country_code": loc.country_code,
                    "gazetteer_id": loc.gazetteer_id,
                    "mentions": len(loc.mentions),
                }
            )
        for n, rel in enumerate(article.relative_locations):
            rows["places"].append(
                {
                    **common,
                    "record_type": "relative_location",
                    "place": n,
                    "name": rel.text,
                    "kind": rel.relation.value,
                    "anchor": rel.anchor.name,
                    "distance_km": rel.distance_km,
                    "bearing_deg": rel.bearing_deg,
                    "lat": rel.point.lat if rel.point is not None else None,
                    "lon": rel.point.lon if rel.point is not None else None,
                    "uncertainty_km": rel.uncertainty_km,
                    "country_code": rel.anchor.country_code,
                    "gazetteer_id": rel.anchor.gazetteer_id,
                    "mentions": 1,
                }
            )
    return rows


def to_dataframes(articles: Iterable[Article]) -> dict[str, Any]:
    """One tidy :class:`pandas.DataFrame` per record kind: ``movements``, ``statements``,
    ``actors`` and ``places`` (columns as the module describes, :data:`FRAME_COLUMNS`).

    Every row carries ``article`` (the article's position in ``articles``) and
    ``article_id``, so frames join back to each other and to their article.

    >>> from libya_events import parse_article
    >>> article = parse_article("LNA forces seized Gharyan on Thursday.", published="2019-04-06", id="a1")
    >>> frames = to_dataframes([article])
    >>> frames["movements"][["article_id", "kind", "destination", "date"]].to_dict("records")
    [{'article_id': 'a1', 'kind': 'capture', 'destination': 'Gharyan', 'date': '2019-04-04'}]
    """
    pd = _pandas()
    frames: dict[str, Any] = {}
    for kind, rows in _rows(articles).items():
        frame = pd.DataFrame.from_records(rows, columns=list(FRAME_COLUMNS[kind]))
        for column in frame.columns:
            if column in _TIMESTAMPS:
                with contextlib.suppress(ValueError, OverflowError):  # a date beyond pandas' range
                    frame[column] = pd.to_datetime(frame[column])
            elif column in _FLOATS:
                frame[column] = pd.to_numeric(frame[column]).astype("float64")
            elif column in ("article", _INDEX[kind], "span_start", "span_end", "mentions"):
                frame[column] = frame[column].astype("int64")
        frames[kind] = frame
    return frames


def read_jsonl_dataframes(source: str | Path | IO[str] | Iterable[str]) -> dict[str, Any]:
    """The frames of every article of a JSON Lines source, in one call.

    ``source`` is what :func:`~libya_events.export.read_jsonl` takes (a
    :class:`~pathlib.Path`, JSON Lines text, a stream or lines); error records are
    skipped, a bad line raises :class:`~libya_events.ExportError`.
    """
    return to_dataframes(read_jsonl(source))
