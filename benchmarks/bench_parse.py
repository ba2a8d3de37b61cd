"""Benchmark: articles parsed per second on one core, and peak memory.

Usage: python benchmarks/bench_parse.py [--quick] [--rounds N] [DIR ...]

Parses the development articles (../shared/eval/dev; the repo's examples/ where that is
absent, or the folders given) repeatedly with one warm parser, and prints articles per
second (wall clock and CPU), the same through ``Parser.pipe`` (batches of articles, for a caller
that parses many texts in one process), the mean time per article and the peak traced memory.
Each rate is given over all rounds and for the fastest round (one pass over the articles):
on a shared virtual machine whose speed drifts, the fastest round is the parser's own cost,
as ``timeit`` reports the minimum.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

from libya_events import parse_article
from libya_events.extraction import Parser

ROOT = Path(__file__).resolve().parent.parent


def corpus(dirs: list[Path]) -> list[str]:
    texts: list[str] = []
    for d in dirs:
        if d.is_dir():
            texts.extend(p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt")))
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--quick", action="store_true", help="a few rounds, for CI")
    args = ap.parse_args()
    dev = ROOT.parent / "shared" / "eval" / "dev"
    dirs = args.dirs or ([dev] if dev.is_dir() else [ROOT / "examples"])
    texts = corpus(dirs)
    rounds = 3 if args.quick else args.rounds

    t0 = time.perf_counter()
    parser = Parser()
    load_ms = (time.perf_counter() - t0) * 1000
    for text in texts:  # warm up
        parse_article(text, published="2020-01-01", parser=parser)

    def rate(p: Parser) -> tuple[float, float, float]:
        """Wall and CPU seconds for all rounds, and the CPU seconds of the fastest round."""
        t0, c0 = time.perf_counter(), time.process_time()
        best = float("inf")
        for _ in range(rounds):
            r0 = time.process_time()
            for text in texts:
                parse_article(text, published="2020-01-01", parser=p)
            best = min(best, time.process_time() - r0)
        return time.perf_counter() - t0, time.process_time() - c0, best

    n = rounds * len(texts)
    elapsed, cpu, best = rate(parser)
    c0 = time.process_time()
    piped_best = float("inf")
    for _ in range(rounds):
        r0 = time.process_time()
        for _ in parser.pipe(texts, published="2020-01-01"):
            pass
        piped_best = min(piped_best, time.process_time() - r0)
    piped_cpu = time.process_time() - c0
    half = Parser(events=False)
    for text in texts:  # warm up, as the full parser was
        parse_article(text, published="2020-01-01", parser=half)
    half_elapsed, half_cpu, half_best = rate(half)

    tracemalloc.start()
    for text in texts:
        parse_article(text, published="2020-01-01", parser=parser)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    words = sum(len(t.split()) for t in texts) / max(1, len(texts))
    print(f"parser build: {load_ms:.0f} ms")
    print(f"articles: {len(texts)} (mean {words:.0f} words), rounds: {rounds}")
    print(f"articles per second: {n / elapsed:.1f}  ({elapsed / n * 1000:.2f} ms per article, wall clock)")
    k = len(texts)
    print(
        f"articles per CPU second: {n / cpu:.1f}  ({cpu / n * 1000:.2f} ms of CPU per article, one core); "
        f"fastest round {k / best:.1f}"
    )
    print(
        f"batched (Parser.pipe, one batch per round): {n / piped_cpu:.1f} articles per CPU second "
        f"({piped_cpu / n * 1000:.2f} ms of CPU per article); fastest round {k / piped_best:.1f}"
    )
    print(
        f"who and where only (Parser(events=False)): {n / half_cpu:.1f} articles per CPU second "
        f"({half_cpu / n * 1000:.2f} ms; wall clock {n / half_elapsed:.1f}/s); fastest round {k / half_best:.1f}"
    )
    print(f"peak traced memory while parsing: {peak / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
