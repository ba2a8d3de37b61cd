"""Throughput of libya_events.geo: parse calls, relative resolutions and article scans per second.

Run with ``python benchmarks/bench_geo.py``. Resolution uses a tiny in-memory
gazetteer so the figure measures geo itself (geodesic + uncertainty), not a lookup;
pass ``--default-gazetteer`` to resolve through ``Gazetteer.default()`` instead.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from attrs import frozen

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from libya_events.geo import (
    destination,
    find_relative_phrases,
    parse_relative,
    resolve_relative,
)
from libya_events.geo._relative import _find_reference
from libya_events.model import GeoPoint

PHRASES = [
    "about 80km south of Tripoli",
    "27 kilometres (17 miles) west of the capital",
    "some 30 miles east of Benghazi",
    "roughly 150 kilometers south-southeast of Tripoli",
    "about 1,000 kilometres east of Tripoli",
    "eighty kilometres south of Sirte",
    "45km ESE of Misrata",
    "within 90 km (56 miles) of the capital Tripoli",
]
ARTICLE = (
    "TRIPOLI, Libya - Forces advanced on a village about 80km south of Tripoli on Monday, officials said. "
    "A convoy was seen some 30 miles east of Benghazi while talks between Sirte and Misrata stalled. "
    "Residents near Gharyan said the fighting had spread to within 25 km of the capital. "
) * 20


@frozen
class Place:
    name: str
    lat: float
    lon: float
    extent_km: float = 0.0


class TinyGazetteer:
    places: ClassVar[dict[str, Place]] = {
        "Tripoli": Place("Tripoli", 32.88743, 13.18733, 10.0),
        "Benghazi": Place("Benghazi", 32.11486, 20.06859, 8.0),
        "Sirte": Place("Sirte", 31.20892, 16.58866, 4.0),
        "Misrata": Place("Misrata", 32.37535, 15.09254, 6.0),
    }

    def resolve(self, name: str) -> Place:
        return self.places["Tripoli" if name == "the capital" else name]


def rate(func: Callable[[], object], seconds: float) -> float:
    """Calls per second of ``func`` over about ``seconds``."""
    calls, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for _ in range(100):
            func()
        calls += 100
    return calls / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("--default-gazetteer", action="store_true")
    args = parser.parse_args()
    gazetteer = None if args.default_gazetteer else TinyGazetteer()

    it = iter(PHRASES * 10**7)
    print(f"parse_relative:        {rate(lambda: parse_relative(next(it)), args.seconds):10,.0f} calls/s")
    parsed = [parse_relative(p) for p in PHRASES]
    for p in parsed:  # warm up: load the default gazetteer and its indexes once
        resolve_relative(p, gazetteer)
    it2 = iter(parsed * 10**7)
    print(
        f"resolve_relative:      {rate(lambda: resolve_relative(next(it2), gazetteer), args.seconds):10,.0f}"
        " resolutions/s (pre-parsed)"
    )
    it3 = iter(PHRASES * 10**7)
    print(
        f"resolve_relative(str): {rate(lambda: resolve_relative(next(it3), gazetteer), args.seconds):10,.0f}"
        " resolutions/s (parse + resolve)"
    )
    origin = GeoPoint(32.88743, 13.18733)
    dest_rate = rate(lambda: destination(origin, 80.0, 180.0), args.seconds)
    print(f"destination:           {dest_rate:10,.0f} calls/s")
    per_sec = rate(lambda: find_relative_phrases(ARTICLE), args.seconds)
    print(
        f"find_relative_phrases: {per_sec:10,.1f} articles/s of {len(ARTICLE):,} chars"
        f" ({per_sec * len(ARTICLE) / 1e6:.2f} MB/s)"
    )
    ref_per_sec = rate(lambda: _find_reference(ARTICLE), args.seconds)
    print(
        f"  reference scan:      {ref_per_sec:10,.1f} articles/s (fast/reference: {per_sec / ref_per_sec:.1f}x;"
        " this article is a phrase every 56 characters, so building phrases dominates)"
    )


if __name__ == "__main__":
    main()
