"""Benchmark: batch parsing throughput (articles per second) for 1, 2 and N workers, and Dask.

Usage: python benchmarks/bench_batch.py [--quick] [--articles N] [--no-dask]

The corpus is generated from the repository's own ``examples/*.txt``: each
article is one example with its paragraphs rotated and a numbered closing line,
written to a temporary directory, so every article is a distinct file and id.
Each run writes JSON Lines to a fresh output (no resuming) and its time includes
starting the workers and building one parser per worker; the Dask figures are
measured on an already started ``LocalCluster`` of N worker processes (its start-up
time is printed separately), cold (the first job: workers import the package and
build their parsers) and warm (a second job). N is the number of CPUs.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from libya_events.batch import collect_tasks, run_batch

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(directory: Path, n: int) -> list[Path]:
    """Write ``n`` articles made from ``examples/*.txt`` into ``directory``."""
    examples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    if not examples:
        raise SystemExit("no examples/*.txt to build a corpus from")
    paths = []
    for i in range(n):
        paragraphs = [p for p in examples[i % len(examples)].split("\n\n") if p.strip()]
        k = (i // len(examples)) % len(paragraphs)
        body = "\n\n".join(paragraphs[:1] + paragraphs[1:][k:] + paragraphs[1:][:k])
        path = directory / f"article_{i:05d}_2020030{1 + i % 9}.txt"
        path.write_text(f"{body}\n\n(Report {i}.)\n", encoding="utf-8")
        paths.append(path)
    return paths


def _time_batch(corpus: Path, out: Path, workers: int) -> tuple[float, int]:
    tasks = collect_tasks([str(corpus)], published_pattern=r"_(\d{8})")
    t0 = time.perf_counter()
    summary = run_batch(tasks, out, workers=workers, resume=False, progress=False)
    return time.perf_counter() - t0, summary.articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--quick", action="store_true", help="a small corpus, for CI")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask measurement")
    args = ap.parse_args()
    n_articles = 60 if args.quick else args.articles
    cpus = os.cpu_count() or 1
    worker_counts = sorted({1, 2, cpus})

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, n_articles)
        print(f"corpus: {n_articles} articles generated from examples/*.txt; {cpus} CPUs")
        for workers in worker_counts:
            elapsed, n = _time_batch(corpus, Path(tmp) / f"out{workers}.jsonl", workers)
            print(f"workers={workers}: {n / elapsed:7.1f} articles/s  ({elapsed:.2f} s for {n})")

        if args.no_dask:
            return
        try:
            from distributed import Client, LocalCluster

            from libya_events.scale import parse_corpus_dask
        except ImportError:
            print("dask: not installed (pip install 'libya-events[dask]'), skipped")
            return
        t0 = time.perf_counter()
        with (
            LocalCluster(
                n_workers=cpus, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            started = time.perf_counter() - t0
            tasks = collect_tasks([str(corpus)], published_pattern=r"_(\d{8})")
            for run in ("cold", "warm"):  # cold: the workers import the package and build their parsers
                t0 = time.perf_counter()
                summary = parse_corpus_dask(tasks, Path(tmp) / "dask.jsonl", client=client, resume=False)
                elapsed = time.perf_counter() - t0
                print(
                    f"dask ({cpus} worker processes, {run}): {summary.articles / elapsed:7.1f} articles/s  "
                    f"({elapsed:.2f} s for {summary.articles})"
                )
        print(f"dask cluster start-up: {started:.2f} s")


if __name__ == "__main__":
    main()
