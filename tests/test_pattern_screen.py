"""The pattern screen (benchmarks/pattern_screen.py): every regular expression of the package
against crafted hostile strings of 10 KB and 100 KB.

The full screen takes a minute or two, so it is marked ``slow`` (CI runs it; deselect it
locally with ``-m "not slow"``). The other tests check the screen itself: that it finds
the patterns, and that it catches patterns known to be quadratic.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _repo_scripts import load_script

ROOT = Path(__file__).resolve().parent.parent


ps = load_script("benchmarks/pattern_screen.py")
PATTERNS = ps.collect_patterns()


def test_the_screen_collects_module_class_and_inline_patterns() -> None:
    names = set(PATTERNS)
    assert "libya_events.text._segment._BOUNDARY" in names  # module level
    assert "libya_events.extraction._pipeline.Parser._ACTS_NEXT" in names  # class level
    assert any(
        name.startswith("libya_events.gazetteer._geocoder:line ") for name in names
    )  # inline re.fullmatch(r"...")
    assert len(PATTERNS) > 150


def test_every_window_exemption_names_existing_patterns() -> None:
    for prefix in ps.WINDOWED:
        assert any(name.startswith(prefix) for name in PATTERNS), f"stale WINDOWED entry {prefix!r}"


@pytest.mark.parametrize(
    "source",
    [
        r"[.!?]+[\"')\]]*(?=\s+[A-Z])",  # the old sentence end (117 s on 100 KB of full stops)
        r"[^\n]*\S[^\n]*",  # the old paragraph finder (43 s on 100 KB of blanks)
        r"\b(?:[A-Z][\w'-]*\s+){1,3}Brigade\b",  # the old unit names (149 s on "A'" repeated)
    ],
)
def test_the_screen_catches_quadratic_patterns(source: str) -> None:
    assert ps.screen(re.compile(source)), f"the screen missed {source!r}"


def test_the_screen_passes_linear_patterns() -> None:
    assert ps.screen(re.compile(r"(?<![.!?])[.!?]++[\"')\]]*+(?=\s+[A-Z])")) == []
    assert ps.screen(re.compile(r"(?m)^[^\S\n]*+\S[^\n]*")) == []


def test_crafted_strings_include_the_patterns_own_literals() -> None:
    units = ps.crafted_units(re.compile(r"\b(?:brigade|battalion)\s+of\s+\d+"))
    assert "brigade" in units
    assert "battalion " in units
    assert any(u.startswith("brigade of 0") for u in units)  # a sample the pattern matches


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_hostile_strings(name: str) -> None:
    pattern = PATTERNS[name]
    window = ps.window_of(name)
    bad = ps.screen_window(pattern, window) if window is not None else ps.screen(pattern)
    assert bad == [], "; ".join(
        f"{unit!r}: 10 KB {small * 1000:.1f} ms, 100 KB {large * 1000:.0f} ms" for unit, small, large in bad
    )
