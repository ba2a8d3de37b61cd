#!/usr/bin/env python3
"""Benchmark the embedded gazetteer: load time and lookups per second.

Usage: ``python benchmarks/bench_gazetteer.py``
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NAMES = [
    "Tripoli", "Benghazi", "Misurata", "Sebha", "Az Zawiyah", "Gharian", "the capital", "Ras Lanuf",
    "al-Watiya", "Mitiga", "Cairo", "Ankara", "Tunisia", "eastern Libya", "Xyzzyville", "Tarhouna",
]  # fmt: skip

LOAD_SNIPPET = (
    "import time; from libya_events.gazetteer import Gazetteer; "
    "t = time.perf_counter(); Gazetteer.default(); print(time.perf_counter() - t)"
)
IMPORT_SNIPPET = (
    "import time; t = time.perf_counter(); from libya_events.gazetteer import Gazetteer; "
    "Gazetteer.default(); print(time.perf_counter() - t)"
)


def _fresh(snippet: str, runs: int = 7) -> list[float]:
    return [float(subprocess.check_output([sys.executable, "-c", snippet], text=True)) for _ in range(runs)]


def main() -> int:
    load = _fresh(LOAD_SNIPPET)
    total = _fresh(IMPORT_SNIPPET)
    print(f"load Gazetteer.default() (fresh process): median {statistics.median(load) * 1e3:.1f} ms")
    print(f"import + load (fresh process):            median {statistics.median(total) * 1e3:.1f} ms")

    from libya_events.gazetteer import Gazetteer

    g = Gazetteer.default()
    n_aliases = sum(len(p.aliases) for p in g)
    print(f"places: {len(g)}, aliases: {n_aliases}, index keys: {len(g.key_index)}")

    rounds = 20_000
    t = time.perf_counter()
    for _ in range(rounds):
        for name in NAMES:
            g.lookup(name)
    dt = time.perf_counter() - t
    n = rounds * len(NAMES)
    print(f"lookup: {n / dt:,.0f} lookups/s ({dt / n * 1e6:.2f} µs each, mixed hits and misses)")

    fuzzy = ["Mistrata", "Benghazzi", "Tripolli", "Gharyaan", "Ajdabiyya"]
    g.fuzzy_lookup("warm-up")
    t = time.perf_counter()
    for _ in range(50):
        for name in fuzzy:
            g.fuzzy_lookup(name)
    dt = time.perf_counter() - t
    print(f"fuzzy_lookup: {50 * len(fuzzy) / dt:,.0f} lookups/s ({dt / (50 * len(fuzzy)) * 1e3:.2f} ms each)")

    t = time.perf_counter()
    for i in range(1000):
        g.nearest(25.0 + (i % 100) * 0.08, 10.0 + (i % 37) * 0.3)
    dt = time.perf_counter() - t
    print(f"nearest: {1000 / dt:,.0f} queries/s ({dt:.3f} ms each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
