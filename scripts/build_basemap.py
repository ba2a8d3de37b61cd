"""Build the map's offline base layer, ``libya_events/export/_static/basemap.json``.

The source is Natural Earth's 1:10m Admin 0 countries (public domain, "Made with Natural
Earth", https://www.naturalearthdata.com/) as the TopoJSON of the ``world-atlas`` npm
package (version 2.0.2, Natural Earth 4.1.0; ISC licence for the packaging)::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_basemap.py package/countries-10m.json

Because the TopoJSON is a topology (countries and the land merged from them share their
arcs), the coastline is the arcs of the land and the country borders are the arcs shared
by two countries that are not coast. Everything is clipped to the region around Libya
(``--bbox``), simplified (Douglas-Peucker, ``--tolerance`` degrees) and rounded to three
decimals (about 100 m). The output holds ``[lat, lon]`` pairs, ready for Leaflet:
``land`` (polygons as lists of rings, drawn filled without an outline), ``coast`` and
``borders`` (lines).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

Point = tuple[float, float]  # (lon, lat)

OUT = Path(__file__).resolve().parent.parent / "libya_events" / "export" / "_static" / "basemap.json"
# Tunis, Algiers' hinterland, Sicily, Crete, Cairo, Niger, Chad and Sudan: where the region's
# news sends people (west, south, north, east).
BBOX = (0.0, 12.0, 36.0, 42.0)  # lon_min, lat_min, lon_max, lat_max


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """The topology's arcs as lists of (lon, lat), undoing quantisation and delta encoding."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs: list[list[Point]] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: list[Point] = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _polygons(geometry: dict[str, Any]) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def _ring(arcs: list[list[Point]], indices: Iterable[int]) -> list[Point]:
    ring: list[Point] = []
    for index in indices:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points if not ring else points[1:])
    return ring


def simplify(points: Sequence[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative; keeps both ends."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        worst, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                d = math.hypot(px - x1, py - y1)
            else:
                d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if d > worst:
                worst, index = d, i
        if worst > tolerance:
            keep[index] = True
            stack.extend([(first, index), (index, last)])
    return [p for p, k in zip(points, keep, strict=True) if k]


def _inside(p: Point, bbox: tuple[float, float, float, float]) -> bool:
    return bbox[0] <= p[0] <= bbox[2] and bbox[1] <= p[1] <= bbox[3]


def clip_line(points: Sequence[Point], bbox: tuple[float, float, float, float]) -> list[list[Point]]:
    """The pieces of a line inside the box (Liang-Barsky per segment)."""
    pieces: list[list[Point]] = []
    current: list[Point] = []
    for a, b in itertools.pairwise(points):
        seg = _clip_segment(a, b, bbox)
        if seg is None:
            if current:
                pieces.append(current)
                current = []
            continue
        start, end = seg
        if not current or current[-1] != start:
            if current:
                pieces.append(current)
            current = [start]
        current.append(end)
        if end != b:
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return [p for p in pieces if len(p) >= 2]


def _clip_segment(a: Point, b: Point, bbox: tuple[float, float, float, float]) -> tuple[Point, Point] | None:
    (x0, y0), (x1, y1) = a, b
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - bbox[0]), (dx, bbox[2] - x0), (-dy, y0 - bbox[1]), (dy, bbox[3] - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    start = a if t0 == 0 else (x0 + t0 * dx, y0 + t0 * dy)
    end = b if t1 == 1 else (x0 + t1 * dx, y0 + t1 * dy)
    return start, end


def clip_ring(ring: Sequence[Point], bbox: tuple[float, float, float, float]) -> list[Point]:
    """Sutherland-Hodgman against the box's four edges (the ring is filled, never stroked)."""
    edges = (
        (lambda p: p[0] >= bbox[0], lambda a, b: _at_x(a, b, bbox[0])),
        (lambda p: p[0] <= bbox[2], lambda a, b: _at_x(a, b, bbox[2])),
        (lambda p: p[1] >= bbox[1], lambda a, b: _at_y(a, b, bbox[1])),
        (lambda p: p[1] <= bbox[3], lambda a, b: _at_y(a, b, bbox[3])),
    )
    out = list(ring)
    for inside, cross in edges:
        if not out:
            break
        points, out = out, []
        for i, cur in enumerate(points):
            prev = points[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur))
    return out


def _at_x(a: Point, b: Point, x: float) -> Point:
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _at_y(a: Point, b: Point, y: float) -> Point:
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def _latlon(points: Iterable[Point]) -> list[list[float]]:
    out: list[list[float]] = []
    for lon, lat in points:
        pair = [round(lat, 3), round(lon, 3)]
        if not out or out[-1] != pair:
            out.append(pair)
    return out


def build(
    topology: dict[str, Any], bbox: tuple[float, float, float, float], tolerance: float
) -> dict[str, Any]:
    arcs = decode_arcs(topology)
    land_geoms = topology["objects"]["land"]["geometries"]
    coast_arcs = {
        i if i >= 0 else ~i for g in land_geoms for poly in _polygons(g) for ring in poly for i in ring
    }
    users: dict[int, set[int]] = {}
    for n, geometry in enumerate(topology["objects"]["countries"]["geometries"]):
        for poly in _polygons(geometry):
            for ring in poly:
                for i in ring:
                    users.setdefault(i if i >= 0 else ~i, set()).add(n)
    border_arcs = {i for i, who in users.items() if len(who) >= 2 and i not in coast_arcs}

    def lines(indices: Iterable[int]) -> list[list[list[float]]]:
        out = []
        for i in sorted(indices):
            if not any(_inside(p, bbox) for p in arcs[i]) and not clip_line(arcs[i], bbox):
                continue
            for piece in clip_line(simplify(arcs[i], tolerance), bbox):
                pairs = _latlon(piece)
                if len(pairs) >= 2:
                    out.append(pairs)
        return out

    land: list[list[list[list[float]]]] = []
    for geometry in land_geoms:
        for poly in _polygons(geometry):
            rings = []
            for ring_arcs in poly:
                ring = clip_ring(simplify(_ring(arcs, ring_arcs), tolerance), bbox)
                pairs = _latlon(ring)
                if len(pairs) >= 3:
                    rings.append(pairs)
            if rings:
                land.append(rings)
    return {
        "source": "Made with Natural Earth (public domain): 1:10m Admin 0 countries, version 4.1.0",
        "bbox": list(bbox),
        "land": land,
        "coast": lines(coast_arcs),
        "borders": lines(border_arcs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("topojson", type=Path, help="world-atlas countries-10m.json")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    parser.add_argument("--bbox", type=float, nargs=4, default=BBOX, metavar=("LON0", "LAT0", "LON1", "LAT1"))
    parser.add_argument("--tolerance", type=float, default=0.01, help="simplification, degrees")
    args = parser.parse_args()
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    data = build(topology, tuple(args.bbox), args.tolerance)
    args.output.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    n = sum(len(r) for p in data["land"] for r in p)
    print(
        f"wrote {args.output}: {args.output.stat().st_size:,} bytes; land {len(data['land'])} polygons "
        f"({n} points), coast {len(data['coast'])} lines, borders {len(data['borders'])} lines"
    )


if __name__ == "__main__":
    main()
