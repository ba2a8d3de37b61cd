"""An HTML map of parsed articles (``libya-events map out.jsonl -o map.html``).

Needs the ``map`` extra (``pip install 'libya-events[map]'``, folium); folium is
imported only when a map is built. What the map shows:

* a base layer: land, coastline and country borders of the region around Libya from
  Natural Earth (public domain, ``_static/basemap.json``, built by
  ``scripts/build_basemap.py``), drawn under everything else;
* places: grey circle markers, one per place (name and coordinates), sized by how
  many articles name it, with a popup of the articles and the first evidence;
  countries are left off unless ``countries=True`` (a country's point is a spot in
  its desert, not a place where something happened);
* movements: lines from origin to destination coloured by kind, with an
  arrowhead at the destination (dashed when planned, attempted or denied); a
  movement with only one known end is a coloured dot there;
* statements: black-ringed markers at the speaker's place where the article says
  where the speaker went, the quotation in the popup;
* relative locations: a dashed circle of the uncertainty radius around the point
  ("80 km south of Sirte"), or around the anchor for a circle or ring with no
  single point ("within 100 km of Sirte"); identical circles are drawn once;
* a legend, and a date filter (from, to, and whether undated records show; also
  set from the address, ``map.html#from=2019-04-01&to=2019-04-30&undated=0``):
  each record's dates are its own date, else its article's publication day.

Beyond ``max_markers`` records (3,000 by default) the records are grouped on a grid
in Python before drawing, with the coarsest cell no larger than needed; each group
is one marker with the count and the first names in its popup.

The page works offline: Leaflet (BSD-2-Clause, ``_static/LEAFLET-LICENSE``) is
inlined from the copy shipped in this package, and folium's CDN assets are left
out. There are no base tiles unless ``tiles`` names a folium tile layer
(``"OpenStreetMap"``, then the Natural Earth land is not drawn over them).

Nothing from the articles becomes markup or code: the records are one JSON document
in a ``<script type="application/json">`` element (with ``<``, ``>``, ``&``,
U+2028 and U+2029 written as ``\\u003c`` and so on), read with ``JSON.parse``, and
every label, tooltip and popup is set as text (``textContent``, text nodes).
"""

from __future__ import annotations

import html
import json
import math
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from attrs import define, field

from libya_events._errors import ExportError
from libya_events.export._common import evidence_sentence, record_date, speaker_places
from libya_events.model import (
    Article,
    EventDate,
    Location,
    LocationKind,
    Modality,
    MovementKind,
    Relation,
)

__all__ = ["MOVEMENT_COLOURS", "MapStats", "build_map", "write_map"]

MOVEMENT_COLOURS: dict[MovementKind, str] = {
    MovementKind.TRAVEL: "#1f77b4",
    MovementKind.DEPLOY: "#9467bd",
    MovementKind.ADVANCE: "#ff7f0e",
    MovementKind.WITHDRAW: "#2ca02c",
    MovementKind.CAPTURE: "#d62728",
}
"""The colour of each movement kind's lines, arrowheads and dots."""

MAX_MARKERS = 3000
"""Beyond this many records a map groups them on a grid before drawing."""

_MAX_LABELS = 400  # more permanent labels than this are unreadable and slow to draw

_GRID_DEG = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 90.0)

_PLACE_COLOUR = "#555555"
_STATEMENT_COLOUR = "#111111"
_UNCERTAINTY_COLOUR = "#8c564b"

_CSS = """<style>
.leaflet-tooltip.le-label { font: 11px/1.2 sans-serif; padding: 1px 4px; box-shadow: none;
  border: 1px solid #bbb; background: rgba(255, 255, 255, .85); }
.leaflet-tooltip.le-label:before { display: none; }
.leaflet-container { font: 12px/1.4 sans-serif; background: #dce8f0; }
.le-box { background: rgba(255, 255, 255, .92); padding: 6px 8px; border: 1px solid #999;
  border-radius: 4px; font: 12px/1.5 sans-serif; }
.le-box .le-swatch { display: inline-block; vertical-align: middle; margin-right: 6px; }
.le-popup th { text-align: left; padding-right: 6px; vertical-align: top; }
.le-popup table { font-size: 12px; }
</style>"""


@define
class MapStats:
    """How many of each thing a map draws (``grid_deg`` > 0: records grouped on that grid)."""

    places: int = 0
    movements: int = 0
    arrows: int = 0
    statements: int = 0
    circles: int = 0
    records: int = 0
    grid_deg: float = 0.0

    def __str__(self) -> str:
        text = (
            f"{self.places} places, {self.movements} movements ({self.arrows} arrows), "
            f"{self.statements} statements, {self.circles} uncertainty circles"
        )
        if self.grid_deg:
            text += f"; {self.records} records grouped on a {self.grid_deg:g}° grid"
        return text


@define
class _Item:
    """One record to draw: a place, a movement (line or end dot), a statement or a circle."""

    type: str  # "place" | "line" | "end" | "stmt" | "circle"
    points: list[tuple[float, float]]  # (lat, lon): one, or two for a line
    label: str
    title: str
    rows: list[tuple[str, str]]
    dates: list[tuple[str, str]] = field(factory=list)
    kind: str = ""
    dashed: bool = False
    radius_km: float = 0.0
    count: int = 1
    articles: list[str] = field(factory=list)


def _static(name: str) -> str:
    return resources.files("libya_events.export").joinpath("_static", name).read_text(encoding="utf-8")


def _span(date: EventDate | None) -> list[tuple[str, str]]:
    return [] if date is None else [(date.start.isoformat(), date.end.isoformat())]


def _rows(pairs: Iterable[tuple[str, str | None]]) -> list[tuple[str, str]]:
    return [(k, v) for k, v in pairs if v]


def _arrowhead(start: tuple[float, float], end: tuple[float, float]) -> list[list[float]] | None:
    """A small triangle at ``end`` pointing away from ``start`` ([lat, lon] corners)."""
    scale = math.cos(math.radians((start[0] + end[0]) / 2))
    dx, dy = (end[1] - start[1]) * scale, end[0] - start[0]
    length = math.hypot(dx, dy)
    if length < 1e-6 or scale < 1e-6:
        return None
    size = min(0.3 * length, 0.25)
    ux, uy = dx / length, dy / length
    corners = [[end[0], end[1]]]
    for sign in (1.0, -1.0):
        angle = math.radians(25.0) * sign
        bx = -(ux * math.cos(angle) - uy * math.sin(angle)) * size
        by = -(ux * math.sin(angle) + uy * math.cos(angle)) * size
        corners.append([round(end[0] + by, 5), round(end[1] + bx / scale, 5)])
    return corners


def _articles_row(articles: list[str]) -> str:
    unique = sorted(set(articles))
    return ", ".join(unique[:8]) + (f" ... ({len(unique)} in all)" if len(unique) > 8 else "")


class _Collector:
    """Turns articles into :class:`_Item` records (places first, so they are drawn below)."""

    def __init__(self, countries: bool) -> None:
        self.countries = countries
        self.places: dict[tuple[str, float, float], _Item] = {}
        self.evidence: dict[tuple[str, float, float], str] = {}
        self.records: list[_Item] = []
        self.circles: dict[tuple[float, float, float], _Item] = {}
        self.circle_evidence: dict[tuple[float, float, float], str] = {}

    def point(self, loc: Location | None) -> tuple[float, float] | None:
        if loc is None or loc.point is None:
            return None
        if loc.kind is LocationKind.COUNTRY and not self.countries:
            return None
        return (loc.point.lat, loc.point.lon)

    def article(self, article: Article) -> None:
        ident = article.id or "(no id)"
        published = _span(record_date(article, None))
        for loc in article.locations:
            where = self.point(loc)
            if where is None:
                continue
            key = (loc.name, round(where[0], 4), round(where[1], 4))
            place = self.places.get(key)
            if place is None:
                evidence = evidence_sentence(article, loc.mentions[0].span) if loc.mentions else ""
                place = _Item("place", [where], loc.name, loc.name, [("kind", loc.kind.value)], count=0)
                self.evidence[key] = evidence
                self.places[key] = place
            place.articles.append(ident)
            place.dates.extend(d for d in published if d not in place.dates)
        for mov in article.movements:
            start, end = self.point(mov.origin), self.point(mov.destination)
            if start is None and end is None:
                continue
            route = " → ".join(p.name for p in (mov.origin, mov.destination) if p is not None)
            actor = mov.actor or "Unknown actor"
            rows = _rows(
                [
                    ("route", route),
                    ("trigger", mov.trigger.text),
                    ("date", mov.date.iso if mov.date else None),
                    ("modality", mov.modality.value if mov.modality is not Modality.REPORTED else None),
                    ("article", ident),
                    ("evidence", evidence_sentence(article, mov.span)),
                ]
            )
            common: dict[str, Any] = {
                "dates": _span(record_date(article, mov.date)),
                "kind": mov.kind.value,
                "dashed": mov.modality is not Modality.REPORTED,
                "articles": [ident],
            }
            label = f"{mov.actor or '?'} {mov.kind.value} {route}"
            title = f"{actor}: {mov.kind.value}"
            if start is not None and end is not None:
                self.records.append(_Item("line", [start, end], label, title, rows, **common))
            else:
                known = end if end is not None else start
                assert known is not None
                self.records.append(_Item("end", [known], label, title, rows, **common))
        for stmt, spoken in zip(article.statements, speaker_places(article), strict=True):
            where = self.point(spoken)
            if spoken is None or where is None:
                continue
            quote = f"“{stmt.text}”" if stmt.direct else stmt.text
            rows = _rows(
                [
                    ("said", quote),
                    ("channel", stmt.channel),
                    ("date", stmt.date.iso if stmt.date else None),
                    ("article", ident),
                ]
            )
            self.records.append(
                _Item(
                    "stmt",
                    [where],
                    f"Statement by {stmt.speaker}",
                    f"{stmt.speaker} in {spoken.name}",
                    rows,
                    _span(record_date(article, stmt.date)),
                    articles=[ident],
                )
            )
        for rel in article.relative_locations:
            if rel.point is not None:
                centre: tuple[float, float] | None = (rel.point.lat, rel.point.lon)
                radius_km = rel.uncertainty_km or 1.0
            else:
                centre = self.point(rel.anchor)
                if rel.relation in (Relation.WITHIN, Relation.RING, Relation.NEAR):
                    radius_km = rel.distance_km or rel.uncertainty_km or 0.0
                else:
                    radius_km = 0.0
            if centre is None or not radius_km > 0 or not math.isfinite(radius_km):
                continue
            radius_km = min(radius_km, 20_000.0)
            ckey = (round(centre[0], 4), round(centre[1], 4), round(radius_km, 3))
            circle = self.circles.get(ckey)
            if circle is None:
                rows = [
                    ("relation", rel.relation.value),
                    ("anchor", rel.anchor.name),
                    ("radius", f"{radius_km:.1f} km"),
                ]
                circle = _Item("circle", [centre], rel.text, rel.text, rows, radius_km=radius_km, count=0)
                self.circle_evidence[ckey] = evidence_sentence(article, rel.span)
                self.circles[ckey] = circle
                self.records.append(circle)
            circle.count += 1
            circle.articles.append(ident)
            circle.dates.extend(d for d in published if d not in circle.dates)

    def items(self) -> list[_Item]:
        places = []
        for key, place in self.places.items():
            place.count = len(set(place.articles))
            place.rows += _rows(
                [("articles", _articles_row(place.articles)), ("evidence", self.evidence[key])]
            )
            places.append(place)
        for ckey, circle in self.circles.items():
            circle.rows += _rows(
                [("articles", _articles_row(circle.articles)), ("evidence", self.circle_evidence[ckey])]
            )
            if circle.count > 1:
                circle.label = f"{circle.label} (and {circle.count - 1} more alike)"
        return places + self.records


_NOUNS = {
    "place": "places",
    "line": "movements",
    "end": "movements",
    "stmt": "statements",
    "circle": "circles",
}


def _cell(point: tuple[float, float], deg: float) -> tuple[int, int]:
    return (math.floor(point[0] / deg), math.floor(point[1] / deg))


def _group_key(item: _Item, deg: float) -> tuple[Any, ...]:
    cells = tuple(_cell(p, deg) for p in item.points)
    if item.type == "circle":
        return (item.type, cells, round(math.log2(item.radius_km), 0))
    return (item.type, item.kind, item.dashed, cells)


def _merge(group: list[_Item]) -> _Item:
    if len(group) == 1:
        return group[0]
    first = group[0]
    n = sum(max(i.count, 1) for i in group)
    points = [
        (sum(i.points[k][0] for i in group) / len(group), sum(i.points[k][1] for i in group) / len(group))
        for k in range(len(first.points))
    ]
    dates = sorted({d for i in group for d in i.dates})
    labels = sorted({i.label for i in group})
    noun = _NOUNS[first.type]
    what = f"{first.kind} {noun}" if first.kind else noun
    names = ", ".join(labels[:6]) + (" ..." if len(labels) > 6 else "")
    articles = [a for i in group for a in i.articles]
    return _Item(
        first.type,
        points,
        f"{len(group)} {what}: {names}",
        f"{len(group)} {what} grouped here",
        _rows(
            [
                ("names", ", ".join(labels[:20]) + (" ..." if len(labels) > 20 else "")),
                ("articles", _articles_row(articles)),
            ]
        ),
        dates,
        kind=first.kind,
        dashed=first.dashed,
        radius_km=max(i.radius_km for i in group),
        count=n,
        articles=articles,
    )


def _grid(items: list[_Item], limit: int) -> tuple[list[_Item], float]:
    """The items, grouped on the finest grid that leaves at most ``limit`` of them."""
    if len(items) <= limit:
        return items, 0.0
    groups: dict[tuple[Any, ...], list[_Item]] = {}
    deg = _GRID_DEG[-1]
    for deg in _GRID_DEG:
        groups = {}
        for item in items:
            groups.setdefault(_group_key(item, deg), []).append(item)
        if len(groups) <= limit:
            break
    return [_merge(g) for g in groups.values()], deg


def _record(item: _Item) -> dict[str, Any]:
    out: dict[str, Any] = {
        "t": item.type,
        "p": [[round(lat, 5), round(lon, 5)] for lat, lon in item.points],
        "tip": item.label,
        "title": item.title,
        "rows": [list(r) for r in item.rows],
        "d": [list(d) for d in item.dates],
    }
    if item.kind:
        out["k"] = item.kind
    if item.dashed:
        out["dash"] = 1
    if item.type == "place":
        out["r"] = round(5 + 2 * math.log1p(item.count), 2)
    elif item.type == "circle":
        out["r"] = round(item.radius_km * 1000.0, 1)
    elif item.count > 1:
        out["r"] = round(2 * math.log1p(item.count), 2)
    if item.type == "line":
        head = _arrowhead(item.points[0], item.points[1])
        if head is not None:
            out["h"] = head
    return out


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE_IN_SCRIPT = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


def json_island(data: Any) -> str:
    """``data`` as JSON that is safe as the text of a ``<script type="application/json">``.

    ``<``, ``>``, ``&``, U+2028, U+2029 and lone surrogates become ``\\uXXXX``
    escapes, so the text can never close the element or start a comment; the file
    stays valid UTF-8.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _UNSAFE_IN_SCRIPT.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _text(value: str) -> str:
    """A string that encodes as UTF-8 (lone surrogates become U+FFFD)."""
    return _LONE_SURROGATE.sub("\ufffd", value)


def _raw(folium: Any, text: str) -> Any:
    """A branca element that writes ``text`` as it is (``folium.Element`` would run it as Jinja)."""
    element = folium.Element("{{ this.payload }}")
    element.payload = text
    return element


def _progress(items: list[Article], enabled: bool) -> Iterator[Article]:
    if not enabled or not sys.stderr.isatty() or len(items) < 2:
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, unit="article", desc="map", file=sys.stderr)


def _build(
    articles: Iterable[Article],
    *,
    title: str,
    tiles: str | None,
    labels: bool,
    countries: bool,
    max_markers: int,
    progress: bool,
) -> tuple[Any, MapStats]:
    import folium

    batch = list(articles)
    collector = _Collector(countries)
    for article in _progress(batch, progress):
        collector.article(article)
    items, grid_deg = _grid(collector.items(), max(1, max_markers))
    stats = MapStats(records=len(items), grid_deg=grid_deg)
    for item in items:
        if item.type == "place":
            stats.places += 1
        elif item.type in ("line", "end"):
            stats.movements += 1
            if item.type == "line" and _arrowhead(item.points[0], item.points[1]) is not None:
                stats.arrows += 1
        elif item.type == "stmt":
            stats.statements += 1
        else:
            stats.circles += 1
    records = [_record(item) for item in items]
    dates = sorted({d for r in records for span in r["d"] for d in span})
    points = [p for r in records for p in r["p"]]

    try:
        fmap = folium.Map(location=[27.0, 17.0], zoom_start=5, tiles=tiles, control_scale=True)
    except ValueError as exc:  # folium: an unknown tile set needs an attribution
        raise ExportError(f"cannot use tiles {tiles!r}: {exc}") from None
    if points:
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        if max(lats) - min(lats) > 1e-6 or max(lons) - min(lons) > 1e-6:
            fmap.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=[20, 20])
        else:
            fmap.location = [lats[0], lons[0]]
    # Offline: no CDN assets; Leaflet itself is inlined below.
    fmap.default_js = []
    fmap.default_css = []
    root = fmap.get_root()
    root.title = html.escape(_text(title))
    header = root.header
    header.add_child(_raw(folium, f"<style>{_static('leaflet.css')}</style>"), name="leaflet_css")
    header.add_child(_raw(folium, f"<script>{_static('leaflet.js')}</script>"), name="leaflet_js")
    header.add_child(_raw(folium, _CSS), name="libya_events_css")
    data = {
        "title": title,
        "first": dates[0] if dates else "",
        "last": dates[-1] if dates else "",
        "labels": labels and stats.places <= _MAX_LABELS,
        "grid": grid_deg,
        "colours": {k.value: v for k, v in MOVEMENT_COLOURS.items()},
        "style": {"place": _PLACE_COLOUR, "stmt": _STATEMENT_COLOUR, "circle": _UNCERTAINTY_COLOUR},
        "records": records,
    }
    header.add_child(
        _raw(folium, f'<script type="application/json" id="le-data">{json_island(data)}</script>'),
        name="le_data",
    )
    if tiles is None:
        header.add_child(
            _raw(
                folium,
                f'<script type="application/json" id="le-basemap">{_static("basemap.json").strip()}</script>',
            ),
            name="le_basemap",
        )

    from branca.element import MacroElement, Template

    control = MacroElement()
    control._name = "LibyaEventsMap"
    control._template = Template("{% macro script(this, kwargs) %}{{ this.payload }}{% endmacro %}")
    control.payload = _MAP_JS.replace("__MAP__", fmap.get_name())
    fmap.add_child(control)
    return fmap, stats


def build_map(
    articles: Iterable[Article],
    *,
    title: str = "libya_events map",
    tiles: str | None = None,
    labels: bool = True,
    countries: bool = False,
    max_markers: int = MAX_MARKERS,
    progress: bool = False,
) -> Any:
    """A :class:`folium.Map` of the articles' places, movements, statements and uncertainty circles.

    ``labels`` shows every place's name beside its marker (useful without tiles; up to
    400 places, beyond which names show on hover);
    ``countries`` also draws places that are whole countries; beyond ``max_markers``
    records they are grouped on a grid; ``progress`` shows a progress bar on stderr
    when it is a terminal.
    """
    return _build(
        articles,
        title=title,
        tiles=tiles,
        labels=labels,
        countries=countries,
        max_markers=max_markers,
        progress=progress,
    )[0]


def write_map(
    articles: Iterable[Article],
    path: str | Path,
    *,
    title: str = "libya_events map",
    tiles: str | None = None,
    labels: bool = True,
    countries: bool = False,
    max_markers: int = MAX_MARKERS,
    progress: bool = False,
) -> MapStats:
    """Write the map of the articles as one self-contained HTML file; returns what it draws.

    The file is replaced atomically: if it cannot be written (:class:`OSError`), a
    previous file at ``path`` is left as it was.
    """
    fmap, stats = _build(
        articles,
        title=title,
        tiles=tiles,
        labels=labels,
        countries=countries,
        max_markers=max_markers,
        progress=progress,
    )
    page = fmap.get_root().render()
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as out:
            out.write(page)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return stats


_MAP_JS = r"""
(function () {
  var map = __MAP__;
  var data = JSON.parse(document.getElementById('le-data').textContent);
  var colours = data.colours, style = data.style;
  var records = data.records;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  // The base layer: Natural Earth land, borders and coastline, in a pane under the records.
  var baseNode = document.getElementById('le-basemap');
  if (baseNode) {
    var base = JSON.parse(baseNode.textContent);
    var pane = map.createPane('le-base');
    pane.style.zIndex = 250;
    pane.style.pointerEvents = 'none';
    var renderer = L.svg({pane: 'le-base'});
    var common = {pane: 'le-base', renderer: renderer, interactive: false};
    L.polygon(base.land, L.extend({stroke: false, fill: true, fillColor: '#f4f1e8', fillOpacity: 1,
      className: 'le-land'}, common)).addTo(map);
    L.polyline(base.borders, L.extend({color: '#9a8f7d', weight: 1, dashArray: '4 3', opacity: 0.9,
      className: 'le-border'}, common)).addTo(map);
    L.polyline(base.coast, L.extend({color: '#7d93a6', weight: 1, opacity: 1,
      className: 'le-coast'}, common)).addTo(map);
    map.attributionControl.addAttribution('Base map: Natural Earth');
  }

  function tooltip(layer, text, permanent) {
    var options = permanent ?
      {permanent: true, direction: 'right', className: 'le-label', offset: [6, 0], opacity: 0.85} : {sticky: true};
    layer.bindTooltip(document.createTextNode(String(text)), options);
  }
  function popup(layer, r) {
    layer.bindPopup(function () {
      var div = el('div', null, 'le-popup');
      div.appendChild(el('b', r.title));
      var table = el('table');
      r.rows.forEach(function (kv) {
        var tr = el('tr');
        tr.appendChild(el('th', kv[0]));
        tr.appendChild(el('td', kv[1]));
        table.appendChild(tr);
      });
      div.appendChild(table);
      return div;
    }, {maxWidth: 360});
  }

  function draw(r) {
    var layers = [], layer;
    var colour = colours[r.k] || '#333333';
    var dash = r.dash ? '6 6' : null;
    if (r.t === 'place') {
      layer = L.circleMarker(r.p[0], {radius: r.r, color: style.place, weight: 2, fill: true,
        fillColor: '#ffffff', fillOpacity: 0.9, className: 'le-place'});
      tooltip(layer, r.tip, data.labels);
    } else if (r.t === 'line') {
      layer = L.polyline(r.p, {color: colour, weight: 3, opacity: 0.85, dashArray: dash,
        className: 'le-movement le-' + r.k});
      tooltip(layer, r.tip, false);
      if (r.h) {
        layers.push(L.polygon(r.h, {color: colour, weight: 1, fill: true, fillColor: colour,
          fillOpacity: 0.9, className: 'le-arrow le-' + r.k}));
      }
    } else if (r.t === 'end') {
      layer = L.circleMarker(r.p[0], {radius: 7 + (r.r || 0), color: colour, weight: 3, fill: true,
        fillColor: colour, fillOpacity: 0.35, dashArray: dash, className: 'le-movement le-movement-end le-' + r.k});
      tooltip(layer, r.tip, false);
    } else if (r.t === 'stmt') {
      layer = L.circleMarker(r.p[0], {radius: 4 + (r.r || 0), color: style.stmt, weight: 3, fill: true,
        fillColor: '#ffd700', fillOpacity: 1, className: 'le-statement'});
      tooltip(layer, r.tip, false);
    } else {
      layer = L.circle(r.p[0], {radius: r.r, color: style.circle, weight: 2, dashArray: '4 4', fill: true,
        fillOpacity: 0.08, className: 'le-uncertainty'});
      tooltip(layer, r.tip, false);
    }
    popup(layer, r);
    layers.unshift(layer);
    r.layers = layers;
  }

  // The legend (bottom right, above the attribution; the scale bar keeps the bottom left).
  var legend = L.control({position: 'bottomright'});
  legend.onAdd = function () {
    var div = el('div', null, 'le-box le-legend');
    div.id = 'le-legend';
    div.appendChild(el('div', data.title, 'le-legend-title')).style.fontWeight = 'bold';
    div.appendChild(el('div', 'Movements (arrow at destination)')).style.fontWeight = 'bold';
    Object.keys(colours).forEach(function (kind) {
      var row = el('div');
      var swatch = row.appendChild(el('span', null, 'le-swatch'));
      swatch.style.cssText = 'width:22px;height:4px;background:' + colours[kind];
      row.appendChild(document.createTextNode(kind));
      div.appendChild(row);
    });
    function dot(label, css) {
      var row = el('div');
      var swatch = row.appendChild(el('span', null, 'le-swatch'));
      swatch.style.cssText = 'width:10px;height:10px;border-radius:50%;box-sizing:border-box;' + css;
      row.appendChild(document.createTextNode(label));
      div.appendChild(row);
    }
    dot('movement with one known end (coloured by kind)', 'border:2px solid #777;background:rgba(120,120,120,.35)');
    dot('place (larger: named by more articles)', 'border:2px solid ' + style.place + ';background:#fff');
    dot('statement, at the speaker\u2019s place', 'border:3px solid ' + style.stmt + ';background:#ffd700');
    dot('relative-location uncertainty', 'border:2px dashed ' + style.circle);
    div.appendChild(el('div', 'dashed line: planned, attempted or denied')).style.color = '#666';
    if (data.grid) {
      div.appendChild(el('div', 'records grouped on a ' + data.grid + '\u00b0 grid')).style.color = '#666';
    }
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  legend.addTo(map);

  // The date filter.
  var control = L.control({position: 'topright'});
  var count;
  control.onAdd = function () {
    var div = el('div', null, 'le-box le-date-filter');
    div.appendChild(el('b', 'Dates'));
    div.appendChild(document.createTextNode(' from '));
    var from = div.appendChild(el('input'));
    from.type = 'date'; from.id = 'le-from'; from.value = data.first;
    div.appendChild(document.createTextNode(' to '));
    var to = div.appendChild(el('input'));
    to.type = 'date'; to.id = 'le-to'; to.value = data.last;
    var label = div.appendChild(el('label'));
    label.style.display = 'block';
    var box = label.appendChild(el('input'));
    box.type = 'checkbox'; box.id = 'le-undated'; box.checked = true;
    label.appendChild(document.createTextNode(' show records without a date'));
    count = div.appendChild(el('div'));
    count.id = 'le-count';
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  control.addTo(map);

  var drawn = 0, shown = 0;
  function visible(r) {
    var from = document.getElementById('le-from').value;
    var to = document.getElementById('le-to').value;
    var undated = document.getElementById('le-undated').checked;
    return r.d.length === 0 ? undated : r.d.some(function (p) {
      return (!from || p[1] >= from) && (!to || p[0] <= to);
    });
  }
  function sync(r) {
    var ok = visible(r);
    r.layers.forEach(function (layer) {
      if (ok && !map.hasLayer(layer)) { map.addLayer(layer); }
      if (!ok && map.hasLayer(layer)) { map.removeLayer(layer); }
    });
    return ok;
  }
  function apply() {
    shown = 0;
    for (var i = 0; i < drawn; i++) { if (sync(records[i])) { shown += 1; } }
    status();
  }
  function status() {
    if (drawn < records.length) {
      count.textContent = 'drawing ' + drawn + ' of ' + records.length + ' records\u2026';
    } else {
      count.textContent = 'showing ' + shown + ' of ' + records.length + ' records';
    }
  }
  // The filter can also be set from the address: map.html#from=2019-04-01&to=2019-04-30&undated=0
  (location.hash || '').replace(/^#/, '').split('&').forEach(function (pair) {
    var kv = pair.split('=');
    if (kv[0] === 'from' || kv[0] === 'to') { document.getElementById('le-' + kv[0]).value = kv[1] || ''; }
    if (kv[0] === 'undated') { document.getElementById('le-undated').checked = kv[1] !== '0'; }
  });
  ['le-from', 'le-to', 'le-undated'].forEach(function (id) {
    document.getElementById(id).addEventListener('change', apply);
  });
  window.libyaEventsFilter = apply;

  // Draw in chunks, so a big map shows its progress instead of freezing the page.
  var CHUNK = 1000;
  function step() {
    var end = Math.min(drawn + CHUNK, records.length);
    for (; drawn < end; drawn++) {
      draw(records[drawn]);
      if (sync(records[drawn])) { shown += 1; }
    }
    status();
    if (drawn < records.length) { setTimeout(step, 0); }
  }
  step();
})();
"""
