"""Patterns and look-ups rewritten for speed find exactly what their plain forms find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libya_events.extraction._acronyms import _FOREIGN_ACRONYM, _TEAM_NOUNS
from libya_events.extraction._mentions import _AFTER_DISTANCE, _DISTANCE_ENDS
from libya_events.extraction._sites import _DIRECTION_ENDS, _PART_BEFORE
from libya_events.text._gate import search_ending

_PLAIN_FOREIGN_ACRONYM = re.compile(
    r"\b[A-Z][a-z]++(?:(?<=ish)|(?<=ese)|(?<=an)|(?<=ch)|(?<=ic))\s++([A-Z]{3,6}+)(?:\s++(?:"
    + "|".join(_TEAM_NOUNS)
    + r"))?+\b"
)
"""The acronym pattern with its word boundary written first, as it was."""

_PIECES = st.sampled_from(
    [
        "Turkish",
        "Italian",
        "French",
        "Maltese",
        "AFAD",
        "ERT",
        "team",
        "crew",
        " ",
        "  ",
        "\n",
        "x",
        "_",
        "9",
        "é",
        "É",
        "Ian",
        "ian",
        "A",
        "Z",
        "-",
        "Greek",
        "teams",
    ]
)


@given(st.lists(_PIECES, max_size=14).map("".join))
def test_the_acronym_pattern_finds_what_its_plain_form_finds(text: str) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], str]]:
        return [(m.span(), m.group(1)) for m in pattern.finditer(text)]

    assert found(_FOREIGN_ACRONYM) == found(_PLAIN_FOREIGN_ACRONYM)


def test_the_acronym_pattern_finds_a_team() -> None:
    text = "Rescuers of the Turkish AFAD team and aTurkish ERT crew arrived; Turkish ERT crew too."
    assert [m.group(1) for m in _FOREIGN_ACRONYM.finditer(text)] == ["AFAD", "ERT"]


_HEADS = [
    "km",
    "KM",
    "kilometres",
    "Miles",
    "meters",
    "METRE",
    "west",
    "South",
    "north-east",
    "Central",
    "southern",
    "\u212am",
    "\u017fouth",
    "x",
]
_TAILS = ["", " ", "  ", "\n", " \n", "\t", "\u00a0", " x", " to ", "to "]
_WINDOWS = st.tuples(
    st.sampled_from(["", "12", "12 ", "some ", "-", "_"]),
    st.sampled_from(_HEADS),
    st.sampled_from(_TAILS),
    st.sampled_from(["", " to", " To", "to"]),
    st.sampled_from(_TAILS),
).map("".join)
"""A window ending as a distance or a direction before a place does, or almost."""


@pytest.mark.parametrize(
    ("pattern", "needles"), [(_AFTER_DISTANCE, _DISTANCE_ENDS), (_PART_BEFORE, _DIRECTION_ENDS)]
)
@given(_WINDOWS, st.integers(0, 4), st.integers(0, 3))
def test_a_window_search_finds_what_search_finds(
    pattern: re.Pattern[str], needles: tuple[str, ...], text: str, lo: int, hi: int
) -> None:
    def span(m: re.Match[str] | None) -> tuple[int, int] | None:
        return None if m is None else m.span()

    hi = len(text) - hi
    assert span(search_ending(pattern, text, lo, hi, needles)) == span(pattern.search(text, lo, hi))


def test_a_window_search_still_finds_its_words() -> None:
    text = "some 250 km to the east of Sirte, in west Tripoli"
    assert search_ending(_AFTER_DISTANCE, text, 0, 15, _DISTANCE_ENDS) is not None
    assert search_ending(_PART_BEFORE, text, 30, 42, _DIRECTION_ENDS) is not None
    assert search_ending(_PART_BEFORE, text, 0, 30, _DIRECTION_ENDS) is None
