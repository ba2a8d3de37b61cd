"""Patterns and look-ups rewritten for speed find exactly what their plain forms find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libya_events.extraction._acronyms import _FOREIGN_ACRONYM, _TEAM_NOUNS
from libya_events.extraction._mentions import _AFTER_DISTANCE, _DISTANCE_UNITS
from libya_events.extraction._sites import _DIRECTION_WORDS, _PART_BEFORE
from libya_events.text._gate import search_holding

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


_WINDOW_PIECES = st.sampled_from(
    [
        "km",
        "KM",
        "\u212am",
        "kilometres",
        "Miles",
        "mile",
        "meters",
        "METRE",
        "to",
        " ",
        "\n",
        "12",
        "x",
        "west",
        "South",
        "north-east",
        "Central",
        "ern",
        "-",
        "\u017fouth",
        "\u0131",
        "w",
        "Tripoli",
    ]
)


@pytest.mark.parametrize(
    ("pattern", "needles"), [(_AFTER_DISTANCE, _DISTANCE_UNITS), (_PART_BEFORE, _DIRECTION_WORDS)]
)
@given(st.lists(_WINDOW_PIECES, max_size=10).map("".join), st.integers(0, 30), st.integers(0, 30))
def test_a_window_search_finds_what_search_finds(
    pattern: re.Pattern[str], needles: tuple[str, ...], text: str, lo: int, hi: int
) -> None:
    def span(m: re.Match[str] | None) -> tuple[int, int] | None:
        return None if m is None else m.span()

    assert span(search_holding(pattern, text, lo, hi, needles)) == span(pattern.search(text, lo, hi))


def test_a_window_search_still_finds_its_words() -> None:
    text = "some 250 km to the east of Sirte, in west Tripoli"
    assert search_holding(_AFTER_DISTANCE, text, 0, 15, _DISTANCE_UNITS) is not None
    assert search_holding(_PART_BEFORE, text, 30, 42, _DIRECTION_WORDS) is not None
    assert search_holding(_PART_BEFORE, text, 0, 30, _DIRECTION_WORDS) is None
