"""Curated gazetteer rows cite a source that was checked (data/gazetteer_supplement.csv).

A user's dataset must be traceable: a curated point is taken from a cited dataset (GeoNames,
OpenStreetMap, OurAirports, Natural Earth) or verified against a cited page, and the source
column says which. A point remembered from an article and never checked is not allowed; a
point no source could confirm says so plainly ("not verified"), and only the rows listed in
:data:`UNVERIFIED_IDS` may. Countries keep GeoNames' country point, the one SCHEMA's gold convention
uses ("from GeoNames where it has the place"); GeoNames' country rows are not in the shared extract,
so each says it is unchecked there and carries Natural Earth's public-domain label point as a
cross-check: a country point far from it would be a wrong one.
"""

from __future__ import annotations

import csv
import math
import re
from pathlib import Path

import pytest
from _repo_scripts import load_script
from _shared import SHARED

SUPPLEMENT = Path(__file__).resolve().parent.parent / "data" / "gazetteer_supplement.csv"

UNCHECKED_WORDS = ("recalled", "re-verified", "gold mapping", "placed by hand")
"""Words of a source column whose point was never checked against its source: recalled, copied
from the project's own gold mapping (circular: the scorer would check the gold against itself),
or placed by hand from a description."""

UNVERIFIED_MARK = "not verified"
"""How a row says that no source confirmed its point."""

UNVERIFIED_IDS = frozenset(
    {
        "curated:mediterranean",
        "curated:sahel",
        "curated:north-africa",
        "curated:middle-east",
        "curated:europe",
        "curated:nokou",
        "curated:souq-al-thulatha",
        "curated:tekbali-camp",
        "curated:gate-27",
        "curated:mellitah",
        "curated:zawiya-refinery",
    }
)
"""Curated rows whose point no source could confirm. Remove an id once its point is cited;
never add one without saying in its source column why no source was found."""


def _rows() -> list[dict[str, str]]:
    with SUPPLEMENT.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("word", UNCHECKED_WORDS)
def test_no_curated_source_is_an_unchecked_recollection(word: str) -> None:
    unchecked = [r["id"] for r in _rows() if word in r["source"].lower()]
    assert unchecked == []


def test_only_the_listed_rows_are_unverified() -> None:
    unverified = {r["id"] for r in _rows() if UNVERIFIED_MARK in r["source"].lower()}
    assert unverified == UNVERIFIED_IDS


def test_a_verified_row_names_the_page_and_the_day() -> None:
    verified = [r for r in _rows() if "verified against " in r["source"]]
    assert verified
    for row in verified:
        page = row["source"].split("verified against ", 1)[1]
        assert page.startswith(("http://", "https://")), row["id"]
        assert "(2026-" in page, row["id"]


UNCHECKED_COUNTRY_MARK = "unchecked there"
"""How a country row says that its GeoNames point was not checked against a file here."""

CROSS_CHECK = re.compile(r"Natural Earth admin-0 [A-Z]{3} label point (-?[\d.]+) (-?[\d.]+)")

CROSS_CHECK_MAX_KM = 800.0
"""How far a country's GeoNames point may lie from Natural Earth's label point (the pole of
inaccessibility, far inside a long country: Indonesia's lies 789 km from GeoNames')."""


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def test_only_country_rows_are_unchecked_and_each_is_cross_checked() -> None:
    unchecked = [r for r in _rows() if UNCHECKED_COUNTRY_MARK in r["source"]]
    assert unchecked
    for row in unchecked:
        assert row["kind"] == "country", row["id"]
        match = CROSS_CHECK.search(row["source"])
        assert match is not None, row["id"]
        far = _km(float(row["lat"]), float(row["lon"]), float(match.group(1)), float(match.group(2)))
        assert far <= CROSS_CHECK_MAX_KM, (row["id"], round(far))


def test_a_country_point_far_from_its_cross_check_fails() -> None:
    # Libya's GeoNames point against a label point placed in Chad: the check must catch it
    assert _km(28.0, 17.0, 15.0, 19.0) > CROSS_CHECK_MAX_KM


REGION_SCRIPT = "scripts/region_points.py"
"""Where the representative points of the curated area phrases are computed."""


def test_each_area_phrase_cites_the_script_that_computes_its_point() -> None:
    definitions = load_script(REGION_SCRIPT).REGION_DEFINITIONS
    rows = {r["id"]: r for r in _rows()}
    for place_id in definitions:
        assert REGION_SCRIPT in rows[place_id]["source"], place_id
        assert "centroid of the Natural Earth" in rows[place_id]["source"], place_id


@pytest.mark.skipif(not (SHARED / "data" / "naturalearth").is_dir(), reason="source datasets not available")
def test_area_phrase_points_are_the_centroids_the_script_computes() -> None:
    script = load_script(REGION_SCRIPT)
    points = script.region_points(SHARED / "data")
    assert script.check(SUPPLEMENT, points) == []


@pytest.mark.skipif(not (SHARED / "data" / "naturalearth").is_dir(), reason="source datasets not available")
def test_a_changed_area_phrase_point_is_caught(tmp_path: Path) -> None:
    script = load_script(REGION_SCRIPT)
    points = script.region_points(SHARED / "data")
    moved = {k: (lat + 1.0, lon, src) for k, (lat, lon, src) in points.items()}
    assert script.check(SUPPLEMENT, moved) == list(points)


def test_the_area_phrase_points_lie_where_their_compass_words_say() -> None:
    point = {r["id"]: (float(r["lat"]), float(r["lon"])) for r in _rows()}
    west, central, east = (point[f"curated:{w}-libya"] for w in ("western", "central", "eastern"))
    south = point["curated:southern-libya"]
    assert west[1] < central[1] < east[1]
    assert south[0] < min(west[0], central[0], east[0])
    # the north of Chad and of Mali lies north of their capitals (GeoNames' N'Djamena, Bamako)
    assert point["curated:northern-chad"][0] > 12.1
    assert point["curated:northern-mali"][0] > 12.7
