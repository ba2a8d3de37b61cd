"""Throughput of :func:`libya_events.dates.find_time_expressions` over the dev articles.

Reads ``/work/shared/eval/dev/*.txt`` (and the ``published`` field of the matching
``.json``) at run time and prints articles per second and milliseconds per article::

    .venv/bin/python benchmarks/bench_dates.py [DEV_DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from libya_events.dates import find_time_expressions


def _load(directory: Path) -> list[tuple[str, dt.date | None]]:
    articles = []
    for path in sorted(directory.glob("*.txt")):
        published = None
        meta = path.with_suffix(".json")
        if meta.exists():
            value = json.loads(meta.read_text(encoding="utf-8")).get("published")
            published = dt.date.fromisoformat(value) if value else None
        articles.append((path.read_text(encoding="utf-8"), published))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default="/work/shared/eval/dev", type=Path)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--show", action="store_true", help="print the expressions found")
    args = parser.parse_args()
    articles = _load(args.directory)
    if not articles:
        raise SystemExit(f"no *.txt in {args.directory}")
    words = sum(len(text.split()) for text, _ in articles)
    if args.show:
        for text, published in articles:
            found = find_time_expressions(text, published)
            print(published, [(t.text, t.date.iso if t.date else None) for t in found])
    for text, published in articles:  # warm up
        find_time_expressions(text, published)
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for _ in range(args.repeat):
            for text, published in articles:
                find_time_expressions(text, published)
        best = min(best, time.process_time() - start)
    n = args.repeat * len(articles)
    per_article = best / n
    per_700 = per_article * 700 / (words / len(articles))
    print(
        f"{len(articles)} articles, {words / len(articles):.0f} words each on average: "
        f"{1 / per_article:,.0f} articles/s, {per_article * 1e3:.3f} ms/article, "
        f"{per_700 * 1e3:.3f} ms per 700 words"
    )


if __name__ == "__main__":
    main()
