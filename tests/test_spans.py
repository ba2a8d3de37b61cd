"""The span index answers overlap queries exactly as a linear scan would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from libya_events.extraction._spans import SpanIndex

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40)), max_size=40)


@given(spans, spans, st.integers(0, 220), st.integers(1, 50))
def test_overlapping_matches_a_linear_scan(first: list, later: list, start: int, length: int) -> None:
    items = [(s, s + n, k) for k, (s, n) in enumerate(first)]
    index: SpanIndex[int] = SpanIndex(items)
    for k, (s, n) in enumerate(later, start=len(items)):
        index.add(s, s + n, k)
        items.append((s, s + n, k))
    end = start + length
    expected = sorted(k for s, e, k in items if s < end and start < e)
    assert sorted(index.overlapping(start, end)) == expected
    assert index.overlaps(start, end) == bool(expected)
    assert len(index) == len(items)
