"""Curated gazetteer rows cite a source that was checked (data/gazetteer_supplement.csv).

A user's dataset must be traceable: a curated point is taken from a cited dataset (GeoNames,
OpenStreetMap, OurAirports, Natural Earth) or verified against a cited page, and the source
column says which. A point remembered from an article and never checked is not allowed; a
point no source could confirm says so plainly ("not verified"), and only the rows listed in
:data:`UNVERIFIED_IDS` may.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

SUPPLEMENT = Path(__file__).resolve().parent.parent / "data" / "gazetteer_supplement.csv"

UNCHECKED_WORDS = ("recalled", "re-verified")
"""Words of a source column whose point was never checked against its source."""

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
