"""The golden corpus: one line in tests/golden/cases.jsonl for every parser bug caught.

Each case is a sentence of our own with the records it must (or must not) give; a
regression on any of them fails here, named by the bug it once was.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from libya_events import parse_article

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "golden" / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


@pytest.mark.parametrize("case", CASES, ids=[c["bug"] for c in CASES])
def test_golden_case(case: dict[str, Any]) -> None:
    article = parse_article(case["text"], published=case["published"])
    if "movements" in case:
        got = sorted(
            [
                m.actor,
                m.kind.value,
                m.destination.name if m.destination else None,
                m.origin.name if m.origin else None,
            ]
            for m in article.movements
        )
        assert got == sorted(case["movements"]), got
    for speaker, direct in case.get("statements", []):
        assert any(s.speaker == speaker and s.direct is direct for s in article.statements), [
            (s.speaker, s.direct) for s in article.statements
        ]
    for speaker, channel in case.get("channels", []):
        assert all(s.channel == channel for s in article.statements if s.speaker == speaker), [
            (s.speaker, s.channel) for s in article.statements
        ]
        assert any(s.speaker == speaker for s in article.statements)
    if case.get("statements_none"):
        assert not article.statements, [(s.speaker, s.text) for s in article.statements]
    if case.get("direct_absent"):
        assert not [s for s in article.statements if s.direct]
    if "unresolved" in case:
        assert [m.text for m in article.unresolved] == case["unresolved"]
    names = {loc.name for loc in article.locations}
    for absent in case.get("locations_absent", []):
        assert absent not in names
    actors = {a.name for a in article.actors}
    for absent in case.get("actors_absent", []):
        assert absent not in actors
    for present in case.get("actors_present", []):
        assert present in actors, actors
