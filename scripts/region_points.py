#!/usr/bin/env python3
"""Representative points of the curated area phrases ("eastern Libya", "northern Mali"...).

A region a text names by a compass word has no point of its own in any dataset: its point is
the centroid (plain mean of latitude and longitude) of Natural Earth points that define it, so
anyone can recompute it. :data:`REGION_DEFINITIONS` lists, per curated row of
``data/gazetteer_supplement.csv``, which points: Libyan admin-1 label points
(``naturalearth/LY_admin1.geojson``, the 2007 shabiyat) or, outside Libya, whose admin-1 points
are not in the shared data, Natural Earth's populated places of the named admin-1 regions
(``naturalearth/populated_places.csv``).

The Libyan sets follow the three historic provinces as analysts use "the west", "the east" and
"the south": Tripolitania, Cyrenaica and Fezzan; "central Libya" is the Sirte basin and Jufra
between them, which "western Libya" leaves out and the historic Tripolitania keeps.

Usage::

    python scripts/region_points.py [--shared ../shared/data] [--check data/gazetteer_supplement.csv]

prints each row's point and source text; ``--check`` fails when a supplement row differs.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

#: Point sets of the shared Natural Earth files a definition may draw from.
ADMIN1_LABELS = "admin-1 label points"
POPULATED_PLACES = "populated places in admin-1 regions"

TRIPOLITANIA_WEST = (
    "An Nuqat al Khams",
    "Az Zawiyah",
    "Al Jifarah",
    "Tajura' wa an Nawahi al Arba",
    "Al Marqab",
    "Misratah",
    "Mizdah",
    "Ghadamis",
)
"""The shabiyat of Tripoli, its coast and the Nafusa mountains: Libya's west."""

CENTRAL_LIBYA = ("Surt", "Al Jufrah")
"""The Sirte basin and Jufra, between west, east and south."""

#: Curated id -> (point set, names of the Natural Earth regions, country code, what it is).
REGION_DEFINITIONS: dict[str, tuple[str, tuple[str, ...], str, str]] = {
    "curated:western-libya": (ADMIN1_LABELS, TRIPOLITANIA_WEST, "LY", "Libya's west"),
    "curated:tripolitania": (
        ADMIN1_LABELS,
        TRIPOLITANIA_WEST + CENTRAL_LIBYA,
        "LY",
        "the historic province, Sirte and Jufra included",
    ),
    "curated:central-libya": (ADMIN1_LABELS, CENTRAL_LIBYA, "LY", "the Sirte basin and Jufra"),
    "curated:eastern-libya": (
        ADMIN1_LABELS,
        (
            "Benghazi",
            "Al Hizam Al Akhdar",
            "Al Jabal al Akhdar",
            "Al Qubbah",
            "Al Butnan",
            "Ajdabiya",
            "Al Kufrah",
        ),
        "LY",
        "Cyrenaica, Libya's east",
    ),
    "curated:southern-libya": (
        ADMIN1_LABELS,
        ("Sabha", "Wadi al Hayaa", "Ash Shati'", "Ghat", "Murzuq"),
        "LY",
        "Fezzan, Libya's south",
    ),
    "curated:northern-chad": (POPULATED_PLACES, ("Bet",), "TD", "Borkou-Ennedi-Tibesti"),
    "curated:northern-mali": (
        POPULATED_PLACES,
        ("Timbuktu", "Gao", "Kidal"),
        "ML",
        "Mali's three northern regions",
    ),
}


def _admin1_points(shared: Path) -> dict[str, tuple[float, float]]:
    path = shared / "naturalearth" / "LY_admin1.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for feat in data["features"]:
        lon, lat = feat["geometry"]["coordinates"]
        out[feat["properties"]["name"]] = (float(lat), float(lon))
    return out


def _place_points(shared: Path, country: str, regions: tuple[str, ...]) -> list[tuple[str, float, float]]:
    path = shared / "naturalearth" / "populated_places.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            (r["name"], float(r["latitude"]), float(r["longitude"]))
            for r in csv.DictReader(fh)
            if r["iso_a2"] == country and r["adm1name"] in regions
        ]


def region_points(shared: Path) -> dict[str, tuple[float, float, str]]:
    """Curated id -> (lat, lon, source text) of every row of :data:`REGION_DEFINITIONS`."""
    admin1 = _admin1_points(shared)
    out = {}
    for place_id, (point_set, regions, country, what) in REGION_DEFINITIONS.items():
        if point_set == ADMIN1_LABELS:
            points = [admin1[name] for name in regions]
            members = ", ".join(regions)
        else:
            places = _place_points(shared, country, regions)
            if not places:
                raise ValueError(f"{place_id}: no Natural Earth place in {regions}")
            points = [(lat, lon) for _, lat, lon in places]
            members = f"{', '.join(regions)} ({', '.join(name for name, _, _ in places)})"
        lat = round(sum(p[0] for p in points) / len(points), 5)
        lon = round(sum(p[1] for p in points) / len(points), 5)
        source = (
            f"Curated area phrase ({what}); representative point: centroid of the Natural Earth "
            f"{point_set} {members} (scripts/region_points.py)"
        )
        out[place_id] = (lat, lon, source)
    return out


def check(supplement: Path, points: dict[str, tuple[float, float, str]]) -> list[str]:
    """The ids whose supplement row differs from its computed point or source text."""
    with supplement.open(encoding="utf-8", newline="") as fh:
        rows = {r["id"]: r for r in csv.DictReader(fh)}
    bad = []
    for place_id, (lat, lon, source) in points.items():
        row = rows.get(place_id)
        if row is None or (float(row["lat"]), float(row["lon"]), row["source"]) != (lat, lon, source):
            bad.append(place_id)
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--check", type=Path, default=None)
    args = ap.parse_args(argv)
    points = region_points(args.shared)
    for place_id, (lat, lon, source) in points.items():
        print(f"{place_id}\t{lat}\t{lon}\t{source}")
    if args.check is not None:
        bad = check(args.check, points)
        if bad:
            print("differs:", ", ".join(bad), file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
