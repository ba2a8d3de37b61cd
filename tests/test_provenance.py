"""No text in the project repeats a third-party article word for word (skipped where ../shared is absent).

The articles in ../shared (seeds, dev, real-dev) are third-party or reporting-derived: their facts
(names, places, dates, distances) may be used, their wording may not. This guard reads every text
file of the project and fails on any run of :data:`RUN_WORDS` words it shares with one of those
articles, the way a plagiarism check does. Two kinds of run are facts, not wording, and pass:

* a distance told the way the gazetteer's relative phrases are ("about 65 kilometers (40 miles)
  southeast of Tripoli"): the gold relative locations test_geo checks are such facts;
* the fixed names and styles of bodies and office holders listed in :data:`NAME_FORMULAS`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from _shared import SHARED

ROOT = Path(__file__).resolve().parent.parent

RUN_WORDS = 8
"""How many words in a row make a shared run: long enough that set phrases ("said in a statement
on Tuesday") stay below it, short enough to catch a sentence reworded at its ends."""

CHECKED = ("libya_events", "tests", "docs", "examples", "benchmarks", "scripts")
"""The folders read; with README.md and CHANGELOG.md."""

SUFFIXES = frozenset({".py", ".md", ".txt", ".jsonl", ".toml", ".cfg"})

DATA_FOLDERS = frozenset({"data"})
"""Folders of name tables (gazetteer and actor base): names, not prose."""

NAME_FORMULAS = (
    "tripoli based government of national accord",
    "a spokesman for the libyan national army lna",
)
"""Runs that are a body's or an office holder's fixed name and style, as every outlet writes them."""

_WORD = re.compile(r"[a-z0-9']+")
_DISTANCE = re.compile(r"\b\d[\d,.]* (?:km|kilometers|kilometres|miles|mi)\b")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _runs(words: list[str]) -> Iterator[str]:
    for i in range(len(words) - RUN_WORDS + 1):
        yield " ".join(words[i : i + RUN_WORDS])


def _allowed(run: str) -> bool:
    return _DISTANCE.search(run) is not None or any(f in run or run in f for f in NAME_FORMULAS)


def _project_files() -> Iterator[Path]:
    yield ROOT / "README.md"
    yield ROOT / "CHANGELOG.md"
    for folder in CHECKED:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in SUFFIXES and path.is_file() and DATA_FOLDERS.isdisjoint(path.parts):
                yield path


@pytest.fixture(scope="module")
def shared_runs() -> dict[str, str]:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    runs: dict[str, str] = {}
    for path in sorted(SHARED.rglob("*.txt")):
        for run in _runs(_words(path.read_text(encoding="utf-8", errors="replace"))):
            runs.setdefault(run, path.name)
    return runs


def test_no_project_text_repeats_a_shared_article(shared_runs: dict[str, str]) -> None:
    found = []
    for path in _project_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        hits = sorted({run for run in _runs(_words(text)) if run in shared_runs and not _allowed(run)})
        found += [f"{path.relative_to(ROOT)}: '{run}' ({shared_runs[run]})" for run in hits[:3]]
    assert not found, "\n".join(found)


def test_the_guard_catches_a_reworded_sentence_and_passes_facts() -> None:
    article = _words(
        "Witnesses said the rebels had pushed into the town late on Monday, 40 km (25 miles) east of Sirte."
    )
    runs = set(_runs(article))
    copied = _words("Officials said the rebels had pushed into the town late on Monday night.")
    assert any(run in runs and not _allowed(run) for run in _runs(copied))
    fact = _words("It lies 40 km (25 miles) east of Sirte, on the road.")
    assert all(_allowed(run) for run in _runs(fact) if run in runs)
