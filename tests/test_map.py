"""The HTML map: what it draws, that it needs no network, and that a browser renders it."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
from libya_events.cli._main import _build_parser, main
from libya_events.export import articles_to_jsonl, build_map, read_jsonl, write_map
from libya_events.export._map import json_island
from libya_events.strategies import articles as article_strategy
from libya_events.strategies import geo_points

HOSTILE = Path(__file__).resolve().parent / "hostile" / "map.jsonl"

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
    assert "showing 7 of 7 records" in dom
    # The Natural Earth base layer: land, borders and coastline in a pane under the records.
    for css_class in ("le-land", "le-coast", "le-border"):
        assert re.search(r'<path[^>]+class="' + css_class + '"', dom), css_class
    base = re.search(r'class="leaflet-pane leaflet-le-base-pane" style="z-index: (\d+)', dom)
    overlay = re.search(r'class="leaflet-pane leaflet-overlay-pane"[^>]*>', dom)
    assert base is not None
    assert overlay is not None
    assert int(base.group(1)) < 400  # the overlay pane, where the records are, is at 400
    assert "Natural Earth" in dom
    # The date filter: only April 2019, undated records hidden.
    filtered = _dump_dom(browser, out.as_uri() + "#from=2019-04-01&to=2019-04-30&undated=0")
    assert _count(filtered, "le-movement") == 1
    assert _count(filtered, "le-arrow") == 1
    assert _count(filtered, "le-statement") == 0
    assert _count(filtered, "le-place") == 0  # places carry their article's publication day
    assert "showing 1 of 7 records" in filtered


# --------------------------------------------------------------------------- what is drawn


def _island(page: str) -> dict[str, object]:
    found = re.findall(r'<script type="application/json" id="le-data">(.*?)</script>', page, re.S)
    assert len(found) == 1
    assert "<" not in found[0]
    assert ">" not in found[0]
    assert "&" not in found[0]
    data = json.loads(found[0])
    assert isinstance(data, dict)
    return data


def _records(page: str) -> list[dict[str, object]]:
    records = _island(page)["records"]
    assert isinstance(records, list)
    return records


def test_identical_uncertainty_circles_are_drawn_once(tmp_path: Path) -> None:
    articles = [_article().__class__(**{**_fields(_article()), "id": f"copy-{n}"}) for n in range(5)]
    out = tmp_path / "map.html"
    stats = write_map(articles, out)
    assert stats.circles == 1
    circles = [r for r in _records(out.read_text(encoding="utf-8")) if r["t"] == "circle"]
    assert len(circles) == 1
    assert "copy-0, copy-1, copy-2, copy-3, copy-4" in json.dumps(circles[0]["rows"])


def _fields(article: Article) -> dict[str, object]:
    import attrs

    return attrs.asdict(article, recurse=False)


def test_country_points_are_off_by_default(tmp_path: Path) -> None:
    text = "Fighting spread across Libya and into Tripoli."
    libya = Location(
        "Libya", LocationKind.COUNTRY, GeoPoint(27.0, 17.0), mentions=[Mention("Libya", Span(23, 28))]
    )
    tripoli = Location(
        "Tripoli", LocationKind.CITY, GeoPoint(32.8872, 13.1913), mentions=[Mention("Tripoli", Span(38, 45))]
    )
    article = Article(text=text, id="countries", locations=[libya, tripoli])
    assert write_map([article], tmp_path / "a.html").places == 1
    assert write_map([article], tmp_path / "b.html", countries=True).places == 2
    names = [r["tip"] for r in _records((tmp_path / "a.html").read_text(encoding="utf-8"))]
    assert names == ["Tripoli"]


def _many_articles(n: int) -> list[Article]:
    out = []
    for i in range(n):
        text = f"Unit {i} moved from Aa to Bb."
        lat, lon = 20.0 + (i % 40) * 0.3, 10.0 + (i // 40) * 0.3
        origin = Location(
            "Aa",
            LocationKind.CITY,
            GeoPoint(lat, lon),
            mentions=[Mention("Aa", Span(text.index("Aa"), text.index("Aa") + 2))],
        )
        dest = Location(
            "Bb",
            LocationKind.CITY,
            GeoPoint(lat + 0.1, lon + 0.1),
            mentions=[Mention("Bb", Span(text.index("Bb"), text.index("Bb") + 2))],
        )
        start = text.index("moved")
        out.append(
            Article(
                text=text,
                id=f"a{i}",
                published=dt.date(2020, 1, 1) + dt.timedelta(days=i % 30),
                locations=[origin, dest],
                movements=[
                    Movement(
                        MovementKind.DEPLOY,
                        Mention("moved", Span(start, start + 5)),
                        Span(0, len(text)),
                        actor=f"Unit {i}",
                        origin=origin,
                        destination=dest,
                    )
                ],
            )
        )
    return out


def test_records_beyond_max_markers_are_grouped_on_a_grid(tmp_path: Path) -> None:
    articles = _many_articles(400)
    ungrouped = write_map(articles, tmp_path / "all.html")
    assert ungrouped.grid_deg == 0
    assert ungrouped.records == 1200
    assert ungrouped.movements == 400
    grouped = write_map(articles, tmp_path / "grid.html", max_markers=150)
    assert grouped.grid_deg > 0
    assert grouped.records <= 150
    assert "grouped" in str(grouped)
    records = _records((tmp_path / "grid.html").read_text(encoding="utf-8"))
    assert len(records) == grouped.records
    # Every article's movement is still counted once, in some group.
    lines = [r for r in records if r["t"] == "line"]
    assert sum(int(str(r["title"]).split()[0]) if "grouped" in str(r["title"]) else 1 for r in lines) == 400
    # A grouped record keeps all its members' dates for the filter.
    assert {d[0] for r in records for d in r["d"]} == {f"2020-01-{d:02d}" for d in range(1, 31)}
    assert (tmp_path / "grid.html").stat().st_size < (tmp_path / "all.html").stat().st_size


def test_json_island_escapes_what_could_end_the_script() -> None:
    value = {"a": "</script><script>alert(1)</script><!-- & \u2028\u2029 \ud800 `${x}`"}
    text = json_island(value)
    for bad in ("<", ">", "&", "\u2028", "\u2029", "\ud800"):
        assert bad not in text
    assert json.loads(text) == value
    text.encode("utf-8")  # lone surrogates are escaped, so the page is valid UTF-8


# --------------------------------------------------------------------------- command line


def test_cli_map_into_a_missing_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "out.jsonl"
    source.write_text(articles_to_jsonl([_article()]), encoding="utf-8")
    assert main(["map", str(source), "-o", str(tmp_path / "nonexistent" / "dir" / "m.html")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("libya-events: cannot write")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_cli_map_that_cannot_replace_keeps_the_previous_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "out.jsonl"
    source.write_text(articles_to_jsonl([_article()]), encoding="utf-8")
    out = tmp_path / "m.html"
    out.write_text("previous", encoding="utf-8")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("libya_events.export._map.os.replace", refuse)
    assert main(["map", str(source), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"libya-events: cannot write {out}: Permission denied\n"
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".m.html")] == []  # no temporary left


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_cli_map_into_a_read_only_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "out.jsonl"
    source.write_text(articles_to_jsonl([_article()]), encoding="utf-8")
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "m.html").write_text("previous", encoding="utf-8")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert main(["map", str(source), "-o", str(folder / "m.html")]) == 2
    finally:
        folder.chmod(stat.S_IRWXU)
    assert capsys.readouterr().err.count("\n") == 1
    assert (folder / "m.html").read_text(encoding="utf-8") == "previous"


def test_cli_map_unknown_tiles_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "out.jsonl"
    source.write_text(articles_to_jsonl([_article()]), encoding="utf-8")
    assert (
        main(["map", str(source), "-o", str(tmp_path / "m.html"), "--tiles", "https://x/{z}/{x}/{y}.png"])
        == 2
    )
    err = capsys.readouterr().err
    assert err.startswith("libya-events: cannot use tiles")
    assert err.count("\n") == 1


def test_every_map_option_has_help() -> None:
    parser = _build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    map_parser = sub.choices["map"]  # type: ignore[attr-defined]
    for action in map_parser._actions:
        assert action.help, action.option_strings or action.dest


# --------------------------------------------------------------------------- hostile text in a browser

# Runs before the page's own scripts: records every dialog and every error instead of showing it.
_PROBE = """<script>
(function () {
  var root = document.documentElement;
  function note(attr, text) {
    var list = JSON.parse(root.getAttribute(attr) || '[]');
    list.push(String(text));
    root.setAttribute(attr, JSON.stringify(list));
  }
  ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
    window[name] = function () { note('data-dialogs', name + ' ' + Array.prototype.join.call(arguments, ' ')); };
  });
  window.addEventListener('error', function (e) {
    note('data-errors', e.message || (e.target && e.target.tagName) || 'error');
  }, true);
  window.addEventListener('unhandledrejection', function (e) { note('data-errors', e.reason); });
})();
</script>"""


def _probe(page: Path) -> Path:
    html_text = page.read_text(encoding="utf-8")
    probed = page.with_name("probed-" + page.name)
    probed.write_text(html_text.replace("<head>", "<head>" + _PROBE, 1), encoding="utf-8")
    return probed


def _root_attr(dom: str, attr: str) -> list[str]:
    found = re.search(r"<html[^>]*\s" + attr + r'="([^"]*)"', dom)
    if found is None:
        return []
    import html as html_module

    value = json.loads(html_module.unescape(found.group(1)))
    assert isinstance(value, list)
    return value


@pytest.mark.skipif(_chromium() is None, reason="no chromium: apt-get install -y chromium (.ci/run does)")
def test_the_probe_sees_dialogs_and_errors(tmp_path: Path) -> None:
    browser = _chromium()
    assert browser is not None
    page = tmp_path / "bad.html"
    page.write_text(
        "<html><head></head><body><script>alert('x')</script><script>var a = `;</script>"
        "<img src=x onerror=alert(2)></body></html>",
        encoding="utf-8",
    )
    dom = _dump_dom(browser, _probe(page).as_uri())
    assert "alert x" in _root_attr(dom, "data-dialogs")
    assert "alert 2" in _root_attr(dom, "data-dialogs")
    assert _root_attr(dom, "data-errors")


@pytest.mark.skipif(_chromium() is None, reason="no chromium: apt-get install -y chromium (.ci/run does)")
def test_hostile_text_stays_text_in_a_browser(tmp_path: Path) -> None:
    browser = _chromium()
    assert browser is not None
    articles = list(read_jsonl(HOSTILE))
    assert len(articles) == len(HOSTILE.read_text(encoding="utf-8").splitlines())
    title = "</title><script>alert(document.domain)</script> `${alert(1)}` {{ 7 * 7 }}"
    out = tmp_path / "map.html"
    stats = write_map(articles, out, title=title)
    page = out.read_text(encoding="utf-8")
    assert "</script><script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;/script&gt; `${alert(1)}` {{ 7 * 7 }}</title>" in page  # escaped, and Jinja never ran it
    dom = _dump_dom(browser, _probe(out).as_uri())
    assert _root_attr(dom, "data-dialogs") == []
    assert _root_attr(dom, "data-errors") == []
    # Every marker drawn.
    assert _count(dom, "le-place") == stats.places
    assert _count(dom, "le-movement") == stats.movements
    assert _count(dom, "le-arrow") == stats.arrows
    assert _count(dom, "le-statement") == stats.statements
    assert _count(dom, "le-uncertainty") == stats.circles
    assert stats.movements == 7
    assert stats.statements == 1
    assert stats.circles == 1
    assert f"showing {stats.records} of {stats.records} records" in dom
    # The names are shown as text: escaped in the DOM, never elements.
    assert "&lt;img src=x onerror=alert(document.domain)&gt;" in dom
    assert "&lt;/title&gt;&lt;script&gt;alert(document.domain)&lt;/script&gt;" in dom
    assert re.search(r"<img[^>]+onerror", dom) is None
    assert "<title>&lt;/title&gt;&lt;script&gt;" in dom


# --------------------------------------------------------------------------- fuzzing

_HOSTILE_BITS = [
    "`",
    "${",
    "}",
    "${alert(1)}",
    "</script>",
    "<script>",
    "<!--",
    "-->",
    "&",
    "<",
    ">",
    "\u2028",
    "\u2029",
    "{{",
    "}}",
    "{%",
    "%}",
    '"',
    "'",
    "\\",
    "\x00",
    "\ud800",
    "\n",
    "O`Brien",
    "<img src=x onerror=alert(1)>",
]
_hostile_text = st.lists(
    st.one_of(st.sampled_from(_HOSTILE_BITS), st.text(max_size=5)), min_size=1, max_size=6
).map("".join)


@st.composite
def _hostile_articles(draw: st.DrawFn) -> Article:
    base = draw(article_strategy(max_clauses=3))
    name = draw(_hostile_text.filter(lambda s: bool(s.strip())))
    text = base.text + " " + name
    start = len(base.text) + 1
    mention = Mention(name, Span(start, start + len(name)))
    kind = draw(st.sampled_from(list(LocationKind)))
    a = Location(name, kind, draw(geo_points()), mentions=[mention])
    b = Location(name + "2", LocationKind.CITY, draw(geo_points()), mentions=[mention])
    actor = draw(_hostile_text.filter(lambda s: bool(s.strip())))
    movement = Movement(
        draw(st.sampled_from(list(MovementKind))),
        mention,
        Span(0, len(text)),
        actor=actor,
        origin=draw(st.sampled_from([a, None])),
        destination=b,
    )
    statement = Statement(name, mention.span, direct=draw(st.booleans()), speaker=actor)
    rel = RelativeLocation(
        name, a, Relation.WITHIN, distance_km=draw(st.floats(0.001, 1e6)), span=mention.span
    )
    return Article(
        text=text,
        published=base.published,
        id=draw(st.one_of(st.none(), _hostile_text)),
        actors=base.actors,
        locations=[*base.locations, a, b],
        relative_locations=[*base.relative_locations, rel],
        movements=[*base.movements, movement],
        statements=[*base.statements, statement],
    )


@pytest.mark.fuzz
@settings(
    max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(
    articles=st.lists(_hostile_articles(), max_size=3),
    title=_hostile_text,
    countries=st.booleans(),
    max_markers=st.integers(1, 20),
)
def test_fuzz_map_writer_keeps_the_data_island_well_formed(
    articles: list[Article], title: str, countries: bool, max_markers: int
) -> None:
    fmap = build_map(articles, title=title, countries=countries, max_markers=max_markers)
    page = fmap.get_root().render()
    page.encode("utf-8")  # lone surrogates never reach the page
    data = _island(page)
    assert data["title"] == title
    records = data["records"]
    assert isinstance(records, list)
    assert len(records) <= max_markers or data["grid"] == 90.0  # the coarsest grid cannot do better
    for record in records:
        assert record["t"] in ("place", "line", "end", "stmt", "circle")
        assert all(len(p) == 2 for p in record["p"])
    # Nothing from the articles outside the island: one data island, and no stray script ends.
    assert page.count("<script") == page.count("</script>")


# --------------------------------------------------------------------------- base layer, size, progress


def test_the_base_layer_is_shipped_small_and_in_the_region() -> None:
    from importlib import resources

    shipped = resources.files("libya_events.export").joinpath("_static", "basemap.json")
    raw = shipped.read_text(encoding="utf-8")
    assert len(raw.encode("utf-8")) < 400_000
    base = json.loads(raw)
    lon0, lat0, lon1, lat1 = base["bbox"]
    assert lon0 <= 9.3
    assert lon1 >= 25.2
    assert lat0 <= 19.5
    assert lat1 >= 33.2
    assert base["land"]
    assert base["coast"]
    assert base["borders"]
    for line in [*base["coast"], *base["borders"], *(ring for poly in base["land"] for ring in poly)]:
        for lat, lon in line:
            assert lat0 <= lat <= lat1
            assert lon0 <= lon <= lon1
    assert "Natural Earth" in base["source"]


def test_a_six_thousand_article_map_stays_small(tmp_path: Path) -> None:
    out = tmp_path / "big.html"
    stats = write_map(_many_articles(6000), out)
    assert stats.records <= 3000
    assert stats.grid_deg > 0
    assert out.stat().st_size < 5_000_000  # was 46 MB of generated script


def test_progress_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    write_map(_many_articles(20), tmp_path / "m.html", progress=True)
    assert "20/20" in terminal.getvalue()
    quiet = Terminal()
    monkeypatch.setattr("sys.stderr", quiet)
    write_map(_many_articles(20), tmp_path / "m.html", progress=False)
    assert quiet.getvalue() == ""
