"""Serialisation: JSON for every model type, and the formats built on it.

* JSON (:func:`article_to_json`, :func:`article_from_json`) and JSON Lines
  (:func:`write_jsonl`, :func:`read_jsonl`);
* GeoJSON (RFC 7946) FeatureCollections of located records (:func:`articles_to_geojson`);
* CSV in ACLED's layout, ACLED's 31 columns, one row per reported or attempted movement
  (:func:`write_acled_csv`);
* pandas data frames, one per record kind (:func:`to_dataframes`,
  :func:`read_jsonl_dataframes`; needs the ``pandas`` extra, imported only then);
* an HTML map (:func:`write_map`; needs the ``map`` extra, folium, imported only then).
"""

from libya_events.export._acled import (
    ACLED_COLUMNS,
    ACLED_MODALITIES,
    AcledWriter,
    acled_article_id,
    acled_event_type,
    acled_rows,
    read_acled_csv,
    write_acled_csv,
)
from libya_events.export._frames import FRAME_COLUMNS, read_jsonl_dataframes, to_dataframes
from libya_events.export._geojson import (
    COORDINATE_DECIMALS,
    GeoJSONWriter,
    article_features,
    articles_to_geojson,
    read_geojson,
)
from libya_events.export._json import article_from_json, article_to_json, converter, structure, unstructure
from libya_events.export._jsonl import (
    ErrorRecord,
    articles_from_jsonl,
    articles_to_jsonl,
    read_jsonl,
    read_jsonl_records,
    write_jsonl,
)
from libya_events.export._map import MOVEMENT_COLOURS, MapStats, build_map, write_map

__all__ = [
    "ACLED_COLUMNS",
    "ACLED_MODALITIES",
    "COORDINATE_DECIMALS",
    "FRAME_COLUMNS",
    "MOVEMENT_COLOURS",
    "AcledWriter",
    "ErrorRecord",
    "GeoJSONWriter",
    "MapStats",
    "acled_article_id",
    "acled_event_type",
    "acled_rows",
    "article_features",
    "article_from_json",
    "article_to_json",
    "articles_from_jsonl",
    "articles_to_geojson",
    "articles_to_jsonl",
    "build_map",
    "converter",
    "read_acled_csv",
    "read_geojson",
    "read_jsonl",
    "read_jsonl_dataframes",
    "read_jsonl_records",
    "structure",
    "to_dataframes",
    "unstructure",
    "write_acled_csv",
    "write_jsonl",
    "write_map",
]
