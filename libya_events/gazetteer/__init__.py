"""The embedded offline gazetteer: Libyan towns, sites, regions and the foreign places Libya stories name.

>>> from libya_events.gazetteer import Gazetteer
>>> g = Gazetteer.default()
>>> g.resolve("Misurata").name
'Misrata'

The shipped places file (``data/places.tsv``) is built by ``scripts/build_gazetteer.py``
from GeoNames (CC BY 4.0), OpenStreetMap (ODbL 1.0), OurAirports and Natural Earth
(public domain) and a curated supplement; as a database it is under the ODbL — see
``data/NOTICE.md``.
"""

from typing import TYPE_CHECKING, Any

from libya_events.gazetteer._gazetteer import KIND_PRIORITY, Gazetteer, Place, haversine_km
from libya_events.gazetteer._names import (
    NATIONALITY_WORDS,
    STOP_WORDS,
    bounded_edit_distance,
    normalize_name,
    skeleton_key,
    variant_key,
)

if TYPE_CHECKING:  # geopy is imported lazily: it doubles the import time
    from libya_events.gazetteer._geocoder import OfflineGeocoder, place_from_geopy, resolve_with_fallback

_LAZY = frozenset({"OfflineGeocoder", "place_from_geopy", "resolve_with_fallback"})


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from libya_events.gazetteer import _geocoder

        return getattr(_geocoder, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "KIND_PRIORITY",
    "NATIONALITY_WORDS",
    "STOP_WORDS",
    "Gazetteer",
    "OfflineGeocoder",
    "Place",
    "bounded_edit_distance",
    "haversine_km",
    "normalize_name",
    "place_from_geopy",
    "resolve_with_fallback",
    "skeleton_key",
    "variant_key",
]
