"""An HTML map of parsed articles (``libya-events map out.jsonl -o map.html``).

Needs the ``map`` extra (``pip install 'libya-events[map]'``, folium); folium is
imported only when a map is built. What the map shows:

* places: grey circle markers, one per place (name and coordinates), sized by how
  many articles name it, with a popup of the articles and the first evidence;
* movements: lines from origin to destination coloured by kind, with an
  arrowhead at the destination (dashed when planned, attempted or denied); a
  movement with only one known end is a coloured dot there;
* statements: black-ringed markers at the speaker's place where the article says
  where the speaker went, the quotation in the popup;
* relative locations: a dashed circle of the uncertainty radius around the point
  ("80 km south of Sirte"), or around the anchor for a circle or ring with no
  single point ("within 100 km of Sirte");
* a legend, and a date filter (from, to, and whether undated records show; also
  set from the address, ``map.html#from=2019-04-01&to=2019-04-30&undated=0``):
  each record's dates are its own date, else its article's publication day.

The page works offline: Leaflet (BSD-2-Clause, ``_static/LEAFLET-LICENSE``) is
inlined from the copy shipped in this package, and folium's other CDN assets
(jQuery, Bootstrap, icon fonts) are left out: popups need only jQuery's ``$(html)``,
which a three-line shim provides. There
are no base tiles unless ``tiles`` names a folium tile layer (``"OpenStreetMap"``);
tiles that fail to load leave the markers drawn.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from attrs import define, field

from libya_events.export._common import evidence_sentence, record_date, speaker_place
from libya_events.model import Article, EventDate, GeoPoint, Modality, MovementKind, Relation

__all__ = ["MOVEMENT_COLOURS", "MapStats", "build_map", "write_map"]

MOVEMENT_COLOURS: dict[MovementKind, str] = {
    MovementKind.TRAVEL: "#1f77b4",
    MovementKind.DEPLOY: "#9467bd",
    MovementKind.ADVANCE: "#ff7f0e",
    MovementKind.WITHDRAW: "#2ca02c",
    MovementKind.CAPTURE: "#d62728",
}
"""The colour of each movement kind's lines, arrowheads and dots."""

_LABEL: dict[str, Any] = {"className": "le-label", "offset": [6, 0], "opacity": 0.85}
_LABEL_CSS = """<style>
.leaflet-tooltip.le-label { font: 11px/1.2 sans-serif; padding: 1px 4px; box-shadow: none;
  border: 1px solid #bbb; background: rgba(255, 255, 255, .85); }
.leaflet-tooltip.le-label:before { display: none; }
.leaflet-container { font: 12px/1.4 sans-serif; background: #eef2f5; }
</style>"""

_PLACE_COLOUR = "#555555"
_STATEMENT_COLOUR = "#111111"
_UNCERTAINTY_COLOUR = "#8c564b"


@define
class MapStats:
    """How many of each thing a map draws."""

    places: int = 0
    movements: int = 0
    arrows: int = 0
    statements: int = 0
    circles: int = 0

    def __str__(self) -> str:
        return (
            f"{self.places} places, {self.movements} movements ({self.arrows} arrows), "
            f"{self.statements} statements, {self.circles} uncertainty circles"
        )


@define
class _Place:
    name: str
    point: GeoPoint
    kind: str
    articles: list[str] = field(factory=list)
    evidence: str = ""
    dates: list[tuple[str, str]] = field(factory=list)


def _static(name: str) -> str:
    return resources.files("libya_events.export").joinpath("_static", name).read_text(encoding="utf-8")


def _span(date: EventDate | None) -> list[tuple[str, str]]:
    return [] if date is None else [(date.start.isoformat(), date.end.isoformat())]


def _popup(title: str, rows: Iterable[tuple[str, str | None]]) -> str:
    body = "".join(
        f"<tr><th style='text-align:left;padding-right:6px'>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
        for k, v in rows
        if v
    )
    return f"<b>{html.escape(title)}</b><table style='font-size:12px'>{body}</table>"


def _arrowhead(start: GeoPoint, end: GeoPoint) -> list[list[float]] | None:
    """A small triangle at ``end`` pointing away from ``start`` ([lat, lon] corners)."""
    scale = math.cos(math.radians((start.lat + end.lat) / 2))
    dx, dy = (end.lon - start.lon) * scale, end.lat - start.lat
    length = math.hypot(dx, dy)
    if length < 1e-6:
        return None
    size = min(0.3 * length, 0.25)
    ux, uy = dx / length, dy / length
    corners = [[end.lat, end.lon]]
    for sign in (1.0, -1.0):
        angle = math.radians(25.0) * sign
        bx = -(ux * math.cos(angle) - uy * math.sin(angle)) * size
        by = -(ux * math.sin(angle) + uy * math.cos(angle)) * size
        corners.append([end.lat + by, end.lon + bx / scale])
    return corners


class _Builder:
    def __init__(self, folium: Any, title: str, tiles: str | None, labels: bool) -> None:
        self.folium = folium
        self.labels = labels
        self.map = folium.Map(location=[27.0, 17.0], zoom_start=5, tiles=tiles, control_scale=True)
        # Offline: no CDN assets; Leaflet itself is inlined below.
        self.map.default_js = []
        self.map.default_css = []
        root = self.map.get_root()
        root.title = title
        root.header.add_child(folium.Element(f"<style>{_static('leaflet.css')}</style>"), name="leaflet_css")
        root.header.add_child(folium.Element(f"<script>{_static('leaflet.js')}</script>"), name="leaflet_js")
        root.header.add_child(folium.Element(_JQUERY_SHIM), name="jquery_shim")
        root.header.add_child(folium.Element(_LABEL_CSS), name="libya_events_css")
        self.title = title
        self.records: list[tuple[list[str], list[tuple[str, str]]]] = []
        self.points: list[GeoPoint] = []
        self.stats = MapStats()

    def _record(self, layers: list[Any], dates: list[tuple[str, str]]) -> None:
        for layer in layers:
            layer.add_to(self.map)
        self.records.append(([layer.get_name() for layer in layers], dates))

    def place_markers(self, places: dict[tuple[str, float, float], _Place]) -> None:
        folium = self.folium
        for place in places.values():
            n = len(set(place.articles))
            popup = _popup(
                place.name,
                [
                    ("kind", place.kind),
                    ("articles", ", ".join(sorted(set(place.articles))[:8]) + (" ..." if n > 8 else "")),
                    ("evidence", place.evidence),
                ],
            )
            marker = folium.CircleMarker(
                location=[place.point.lat, place.point.lon],
                radius=5 + 2 * math.log1p(n),
                color=_PLACE_COLOUR,
                weight=2,
                fill=True,
                fill_color="#ffffff",
                fill_opacity=0.9,
                class_name="le-place",
                tooltip=folium.Tooltip(place.name, permanent=True, direction="right", **_LABEL)
                if self.labels
                else place.name,
                popup=folium.Popup(popup, max_width=360),
            )
            self._record([marker], place.dates)
            self.points.append(place.point)
            self.stats.places += 1

    def article(self, article: Article) -> None:
        folium = self.folium
        ident = article.id or "(no id)"
        published = _span(record_date(article, None))
        for mov in article.movements:
            start = mov.origin.point if mov.origin is not None else None
            end = mov.destination.point if mov.destination is not None else None
            if start is None and end is None:
                continue
            colour = MOVEMENT_COLOURS[mov.kind]
            dates = _span(record_date(article, mov.date))
            route = " → ".join(p.name for p in (mov.origin, mov.destination) if p is not None)
            popup = _popup(
                f"{mov.actor or 'Unknown actor'}: {mov.kind.value}",
                [
                    ("route", route),
                    ("trigger", mov.trigger.text),
                    ("date", mov.date.iso if mov.date else None),
                    ("modality", mov.modality.value if mov.modality is not Modality.REPORTED else None),
                    ("article", ident),
                    ("evidence", evidence_sentence(article, mov.span)),
                ],
            )
            dashed = "6 6" if mov.modality is not Modality.REPORTED else None
            layers: list[Any] = []
            if start is not None and end is not None:
                layers.append(
                    folium.PolyLine(
                        [[start.lat, start.lon], [end.lat, end.lon]],
                        color=colour,
                        weight=3,
                        opacity=0.85,
                        dash_array=dashed,
                        class_name=f"le-movement le-{mov.kind.value}",
                        tooltip=f"{mov.actor or '?'} {mov.kind.value} {route}",
                        popup=folium.Popup(popup, max_width=360),
                    )
                )
                head = _arrowhead(start, end)
                if head is not None:
                    layers.append(
                        folium.Polygon(
                            head,
                            color=colour,
                            weight=1,
                            fill=True,
                            fill_color=colour,
                            fill_opacity=0.9,
                            class_name=f"le-arrow le-{mov.kind.value}",
                        )
                    )
                    self.stats.arrows += 1
                self.points.extend([start, end])
            else:
                known = end if end is not None else start
                assert known is not None
                layers.append(
                    folium.CircleMarker(
                        location=[known.lat, known.lon],
                        radius=7,
                        color=colour,
                        weight=3,
                        fill=True,
                        fill_color=colour,
                        fill_opacity=0.35,
                        dash_array=dashed,
                        class_name=f"le-movement le-movement-end le-{mov.kind.value}",
                        tooltip=f"{mov.actor or '?'} {mov.kind.value} {route}",
                        popup=folium.Popup(popup, max_width=360),
                    )
                )
                self.points.append(known)
            self._record(layers, dates)
            self.stats.movements += 1
        for stmt in article.statements:
            where = speaker_place(article, stmt)
            if where is None or where.point is None:
                continue
            quote = f"“{stmt.text}”" if stmt.direct else stmt.text
            popup = _popup(
                f"{stmt.speaker} in {where.name}",
                [
                    ("said", quote),
                    ("channel", stmt.channel),
                    ("date", stmt.date.iso if stmt.date else None),
                    ("article", ident),
                ],
            )
            marker = folium.CircleMarker(
                location=[where.point.lat, where.point.lon],
                radius=4,
                color=_STATEMENT_COLOUR,
                weight=3,
                fill=True,
                fill_color="#ffd700",
                fill_opacity=1.0,
                class_name="le-statement",
                tooltip=f"Statement by {stmt.speaker}",
                popup=folium.Popup(popup, max_width=360),
            )
            self._record([marker], _span(record_date(article, stmt.date)))
            self.stats.statements += 1
        for rel in article.relative_locations:
            centre = rel.point if rel.point is not None else rel.anchor.point
            if centre is None:
                continue
            if rel.point is not None:
                radius_km = rel.uncertainty_km or 1.0
            elif rel.relation in (Relation.WITHIN, Relation.RING, Relation.NEAR):
                radius_km = rel.distance_km or rel.uncertainty_km or 0.0
            else:
                radius_km = 0.0
            if radius_km <= 0:
                continue
            popup = _popup(
                rel.text,
                [
                    ("relation", rel.relation.value),
                    ("anchor", rel.anchor.name),
                    ("radius", f"{radius_km:.1f} km"),
                    ("article", ident),
                    ("evidence", evidence_sentence(article, rel.span)),
                ],
            )
            circle = folium.Circle(
                location=[centre.lat, centre.lon],
                radius=radius_km * 1000.0,
                color=_UNCERTAINTY_COLOUR,
                weight=2,
                dash_array="4 4",
                fill=True,
                fill_opacity=0.08,
                class_name="le-uncertainty",
                tooltip=rel.text,
                popup=folium.Popup(popup, max_width=360),
            )
            self._record([circle], published)
            self.points.append(centre)
            self.stats.circles += 1

    def finish(self) -> Any:
        if self.points:
            lats = [p.lat for p in self.points]
            lons = [p.lon for p in self.points]
            if max(lats) - min(lats) > 1e-6 or max(lons) - min(lons) > 1e-6:
                self.map.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=[20, 20])
            else:
                self.map.location = [lats[0], lons[0]]
        all_dates = sorted({d for _, ds in self.records for span in ds for d in span})
        first, last = (all_dates[0], all_dates[-1]) if all_dates else ("", "")
        records = ",".join(
            "{l:[" + ",".join(names) + "],d:" + json.dumps([list(d) for d in dates]) + "}"
            for names, dates in self.records
        )
        from branca.element import MacroElement, Template

        control = MacroElement()
        control._name = "LibyaEventsControls"
        control._template = Template(
            "{% macro html(this, kwargs) %}"
            + _legend_html(self.title)
            + "{% endmacro %}{% macro script(this, kwargs) %}"
            + _FILTER_JS.replace("__MAP__", self.map.get_name())
            .replace("__RECORDS__", records)
            .replace("__FIRST__", first)
            .replace("__LAST__", last)
            + "{% endmacro %}"
        )
        self.map.add_child(control)
        return self.map


def _legend_html(title: str) -> str:
    rows = "".join(
        f"<div><span style='display:inline-block;width:22px;height:4px;background:{colour};"
        f"vertical-align:middle;margin-right:6px'></span>{kind.value}</div>"
        for kind, colour in MOVEMENT_COLOURS.items()
    )
    dot = "display:inline-block;width:10px;height:10px;border-radius:50%;vertical-align:middle;margin:0 10px 0 6px"
    return f"""
<div id="le-legend" style="position:fixed;bottom:40px;left:12px;z-index:1000;background:rgba(255,255,255,.92);
 padding:8px 10px;border:1px solid #999;border-radius:4px;font:12px/1.5 sans-serif">
 <div style="font-weight:bold;margin-bottom:4px">{html.escape(title)}</div>
 <div style="font-weight:bold">Movements (arrow at destination)</div>{rows}
 <div><span style="{dot};border:2px solid {_PLACE_COLOUR};background:#fff"></span>place</div>
 <div><span style="{dot};border:3px solid {_STATEMENT_COLOUR};background:#ffd700"></span>statement</div>
 <div><span style="{dot};border:2px dashed {_UNCERTAINTY_COLOUR}"></span>relative-location uncertainty</div>
 <div style="color:#666">dashed line: planned, attempted or denied</div>
</div>"""


# folium builds popup contents with ``$(`<div>...</div>`)[0]``; this is all of jQuery it needs.
_JQUERY_SHIM = """<script>
window.$ = window.$ || function (markup) {
  var t = document.createElement('template');
  t.innerHTML = String(markup).trim();
  return [t.content.firstElementChild];
};
</script>"""

_FILTER_JS = """
(function () {
  var map = __MAP__;
  var records = [__RECORDS__];
  var control = L.control({position: 'topright'});
  control.onAdd = function () {
    var div = L.DomUtil.create('div', 'le-date-filter');
    div.style.cssText = 'background:rgba(255,255,255,.92);padding:6px 8px;border:1px solid #999;' +
      'border-radius:4px;font:12px sans-serif';
    div.innerHTML = '<b>Dates</b> from <input type="date" id="le-from" value="__FIRST__"> ' +
      'to <input type="date" id="le-to" value="__LAST__"> ' +
      '<label><input type="checkbox" id="le-undated" checked> undated</label> ' +
      '<span id="le-count"></span>';
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  control.addTo(map);
  function apply() {
    var from = document.getElementById('le-from').value;
    var to = document.getElementById('le-to').value;
    var undated = document.getElementById('le-undated').checked;
    var shown = 0;
    records.forEach(function (r) {
      var ok = r.d.length === 0 ? undated : r.d.some(function (p) {
        return (!from || p[1] >= from) && (!to || p[0] <= to);
      });
      r.l.forEach(function (layer) {
        if (ok && !map.hasLayer(layer)) { map.addLayer(layer); }
        if (!ok && map.hasLayer(layer)) { map.removeLayer(layer); }
      });
      if (ok) { shown += 1; }
    });
    document.getElementById('le-count').textContent = shown + ' of ' + records.length + ' records';
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
  apply();
})();
"""


def build_map(
    articles: Iterable[Article],
    *,
    title: str = "libya_events map",
    tiles: str | None = None,
    labels: bool = True,
) -> Any:
    """A :class:`folium.Map` of the articles' places, movements, statements and uncertainty circles.

    ``labels`` shows every place's name beside its marker (useful without tiles).
    """
    return _build(articles, title=title, tiles=tiles, labels=labels)[0]


def _build(
    articles: Iterable[Article], *, title: str, tiles: str | None, labels: bool
) -> tuple[Any, MapStats]:
    import folium

    builder = _Builder(folium, title, tiles, labels)
    places: dict[tuple[str, float, float], _Place] = {}
    batch = list(articles)
    # Places first, so movements, statements and circles are drawn above them.
    for article in batch:
        _collect_places(article, places)
    builder.place_markers(places)
    for article in batch:
        builder.article(article)
    return builder.finish(), builder.stats


def _collect_places(article: Article, places: dict[tuple[str, float, float], _Place]) -> None:
    ident = article.id or "(no id)"
    published = _span(record_date(article, None))
    for loc in article.locations:
        if loc.point is None:
            continue
        key = (loc.name, round(loc.point.lat, 4), round(loc.point.lon, 4))
        place = places.setdefault(key, _Place(loc.name, loc.point, loc.kind.value))
        place.articles.append(ident)
        place.dates.extend(d for d in published if d not in place.dates)
        if not place.evidence and loc.mentions:
            place.evidence = evidence_sentence(article, loc.mentions[0].span)


def write_map(
    articles: Iterable[Article],
    path: str | Path,
    *,
    title: str = "libya_events map",
    tiles: str | None = None,
    labels: bool = True,
) -> MapStats:
    """Write the map of the articles as one self-contained HTML file; returns what it draws."""
    folium_map, stats = _build(articles, title=title, tiles=tiles, labels=labels)
    folium_map.save(str(path))
    return stats
