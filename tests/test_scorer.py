"""The parser against the shared gold articles (skipped where ../shared is absent).

Floors are the measured scores, rounded down: a regression fails the suite.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from _shared import SHARED

ROOT = Path(__file__).resolve().parent.parent
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not beside the repo")

# Issue floors (who and where): actors 0.85, locations 0.90, relative_locations 0.90,
# resolved 0.95, relative_point 1.0. The others are the measured scores, rounded down,
# so that a regression fails; raise them when the parser improves.
FLOORS = {
    "actors": 0.91,
    "locations": 0.97,
    "relative_locations": 0.98,
    "movements": 0.85,  # issue 10: the parse-based engine measures 0.867 (the surface engine 0.789)
    "statements": 0.92,
}
EXTRA_FLOORS = {
    "resolved": 0.98,
    "relative_point": 1.0,
    "movement_date": 0.95,
    "statement_direct": 0.95,
}
MACRO_FLOOR = 0.93


@pytest.fixture(scope="module")
def scores() -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, str(SCORER), str(SHARED / "seeds"), str(SHARED / "eval" / "dev"), "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_no_parser_failures(scores: dict[str, object]) -> None:
    assert scores["parser_failures"] == 0


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_f1_floor(scores: dict[str, object], field: str) -> None:
    f1 = scores[field]["f1"]  # type: ignore[index]
    assert f1 >= FLOORS[field], f"{field} F1 {f1} fell below {FLOORS[field]}"


@pytest.mark.parametrize("key", sorted(EXTRA_FLOORS))
def test_extra_floor(scores: dict[str, object], key: str) -> None:
    value = scores[key]
    assert value is not None
    assert value >= EXTRA_FLOORS[key], f"{key} {value} fell below {EXTRA_FLOORS[key]}"


def test_macro_floor(scores: dict[str, object]) -> None:
    assert scores["macro_f1"] >= MACRO_FLOOR  # type: ignore[operator]
