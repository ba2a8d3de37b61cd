"""Parse time grows linearly: no regex backtracks catastrophically, no stage is quadratic.

Each check times a function on an input repeated 1x and 16x (best of a few runs) and
asks for ``t(16x) < 20 * t(1x) + slack``: generous, so that a loaded two-core
machine does not make it flaky, yet far below what quadratic growth (256x) or a
backtracking regex gives. One timing on a loaded machine can still land past the bound
(CI once measured 31x on the long sentence, which is 16-17x on a quiet machine), so a check
over the bound measures again, up to ``ATTEMPTS`` times, keeping each size's best time:
noise goes away on a second look, a quadratic stage fails every attempt.
``benchmarks/bench_linear.py`` prints the full table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _repo_scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
SLACK_S = 0.25
ATTEMPTS = 3


bench = load_script("benchmarks/bench_linear.py")
CASES = bench.cases()


def _growth(unit: str, func: object, repeat: int = 3, factor: int = 16) -> tuple[float, float]:
    """Best CPU times on ``unit`` and on ``unit * factor``; measured again (each size keeping
    its best) while the larger one is over the bound, up to ``ATTEMPTS`` times."""
    func(unit)  # type: ignore[operator]  # warm caches
    t1 = t16 = float("inf")
    for _ in range(ATTEMPTS):
        t1 = min(t1, bench.best_time(func, unit, repeat))
        t16 = min(t16, bench.best_time(func, unit * factor, max(2, repeat - 1)))
        if t16 < 20 * t1 + SLACK_S:
            break
    return t1, t16


@pytest.mark.parametrize("name", ["article", "offsets", "relative-finder", "time-finder", "sentences"])
def test_time_grows_linearly(name: str) -> None:
    unit, func = CASES[name]
    t1, t16 = _growth(unit, func)
    assert t16 < 20 * t1 + SLACK_S, (
        f"{name}: 1x {t1 * 1000:.1f} ms, 16x {t16 * 1000:.1f} ms ({t16 / t1:.0f}x)"
    )


def test_pathological_relative_phrase_input_is_linear() -> None:
    """Thousands of near-miss triggers: a backtracking pattern would explode here."""
    from libya_events.geo import find_relative_phrases

    unit = "80 km south of 80 km sou 1,000, 2.5 km (3 miles) north-north of of the of " * 20
    t1, t16 = _growth(unit, find_relative_phrases)
    assert t16 < 20 * t1 + SLACK_S, f"1x {t1 * 1000:.1f} ms, 16x {t16 * 1000:.1f} ms"


def test_one_long_sentence_without_punctuation_is_linear() -> None:
    unit = bench._fill("forces loyal to Haftar moved south of Tripoli near Gharyan and Misrata ", 8000)
    t1, t16 = _growth(unit, bench._parse, repeat=2)
    assert t16 < 20 * t1 + SLACK_S, f"1x {t1 * 1000:.1f} ms, 16x {t16 * 1000:.1f} ms ({t16 / t1:.0f}x)"


def test_unbalanced_quotes_are_linear() -> None:
    unit, func = CASES["open-quotes"]
    t1, t16 = _growth(unit, func, repeat=2)
    assert t16 < 20 * t1 + SLACK_S, f"1x {t1 * 1000:.1f} ms, 16x {t16 * 1000:.1f} ms ({t16 / t1:.0f}x)"
