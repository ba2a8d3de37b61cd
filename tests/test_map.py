"""The HTML map: what it draws, that it needs no network, and that a browser renders it."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("folium")

from libya_events import (
    Actor,
    ActorKind,
    Article,
    EventDate,
    GeoPoint,
    Location,
    LocationKind,
    Mention,
    Movement,
    MovementKind,
    Relation,
    RelativeLocation,
    Span,
    Statement,
)
from libya_events.cli._main import main
from libya_events.export import articles_to_jsonl, write_map

TEXT = (
    "Forces of the Government of National Accord advanced from Misrata to Sirte on 4 April 2019. "
    "Fayez al-Sarraj travelled to Tripoli on 20 May 2019. "
    'Fayez al-Sarraj said "peace must return". '
    "Fighting was reported within 50 km of Sirte."
)


def _mention(words: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    return Mention(words, Span(start, start + len(words)))


def _place(name: str, lat: float, lon: float, nth: int = 0) -> Location:
    return Location(name, LocationKind.CITY, GeoPoint(lat, lon), mentions=[_mention(name, nth)])


def _sentence(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start, TEXT.index(".", start + len(words) - 1) + 1)


def _article() -> Article:
    misrata = _place("Misrata", 32.3754, 15.0925)
    sirte = _place("Sirte", 31.2089, 16.5887)
    tripoli = _place("Tripoli", 32.8872, 13.1913)
    return Article(
        text=TEXT,
        published=dt.date(2019, 5, 21),
        id="map-test",
        actors=[Actor("Fayez al-Sarraj", ActorKind.PERSON)],
        locations=[misrata, sirte, tripoli],
        relative_locations=[
            RelativeLocation(
                "within 50 km of Sirte",
                _place("Sirte", 31.2089, 16.5887, nth=1),
                Relation.WITHIN,
                distance_km=50,
                span=_sentence("Fighting was reported"),
            )
        ],
        movements=[
            Movement(
                MovementKind.ADVANCE,
                _mention("advanced"),
                _sentence("Forces of the Government"),
                actor="Government of National Accord forces",
                origin=misrata,
                destination=sirte,
                date=EventDate.from_day(dt.date(2019, 4, 4)),
            ),
            Movement(
                MovementKind.TRAVEL,
                _mention("travelled"),
                _sentence("Fayez al-Sarraj travelled"),
                actor="Fayez al-Sarraj",
                destination=tripoli,
                date=EventDate.from_day(dt.date(2019, 5, 20)),
            ),
        ],
        statements=[
            Statement(
                "peace must return",
                Span(TEXT.index("peace"), TEXT.index("peace") + len("peace must return")),
                direct=True,
                speaker="Fayez al-Sarraj",
            )
        ],
    )


def test_map_draws_places_arrows_statements_and_circles(tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    stats = write_map([_article()], out, title="Test map")
    assert (stats.places, stats.movements, stats.arrows, stats.statements, stats.circles) == (3, 2, 1, 1, 1)
    page = out.read_text(encoding="utf-8")
    assert "Leaflet 1.9.4" in page  # inlined
    assert "le-date-filter" in page
    assert "Test map" in page
    assert "peace must return" in page
    # Nothing to fetch: no external scripts or stylesheets.
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=[\"']https?:", page)


def test_cli_map_from_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "out.jsonl"
    source.write_text(articles_to_jsonl([_article()]), encoding="utf-8")
    assert main(["map", str(source), "-o", str(tmp_path / "map.html")]) == 0
    assert "3 places" in capsys.readouterr().err
    assert (tmp_path / "map.html").stat().st_size > 100_000


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _dump_dom(browser: str, url: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--virtual-time-budget=5000",
                "--dump-dom",
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={**os.environ, "HOME": profile},
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _count(dom: str, css_class: str) -> int:
    return len(re.findall(r'class="[^"]*\b' + re.escape(css_class) + r'\b[^"]*leaflet-interactive', dom))


@pytest.mark.skipif(_chromium() is None, reason="no chromium: apt-get install -y chromium (.ci/run does)")
def test_headless_chromium_renders_markers_and_arrows(tmp_path: Path) -> None:
    browser = _chromium()
    assert browser is not None
    out = tmp_path / "map.html"
    write_map([_article()], out)
    dom = _dump_dom(browser, out.as_uri())
    assert _count(dom, "le-place") == 3
    assert _count(dom, "le-movement") == 2
    assert _count(dom, "le-arrow") == 1
    assert _count(dom, "le-statement") == 1
    assert _count(dom, "le-uncertainty") == 1
    assert "le-date-filter" in dom
    assert "7 of 7 records" in dom
    # The date filter: only April 2019, undated records hidden.
    filtered = _dump_dom(browser, out.as_uri() + "#from=2019-04-01&to=2019-04-30&undated=0")
    assert _count(filtered, "le-movement") == 1
    assert _count(filtered, "le-arrow") == 1
    assert _count(filtered, "le-statement") == 0
    assert _count(filtered, "le-place") == 0  # places carry their article's publication day
    assert "1 of 7 records" in filtered
