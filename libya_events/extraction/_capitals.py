"""A foreign capital named by its country's nationality word: "the Russian capital" is Moscow.

Copy often names a capital only through its country ("he flew to the Turkish capital", "talks in
the Egyptian capital") and names it outright later or never. The phrase needs no antecedent: the
nationality word (``NATION_COUNTRIES``, the table the movement rules use for a vehicle's owner)
names the country, and the gazetteer's capital of that country is the place. "The capital" alone
and "the Libyan capital" are left to the gazetteer's own aliases (they name Tripoli).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from libya_events.extraction._mentions import Hit
from libya_events.extraction._movements import NATION_COUNTRIES
from libya_events.gazetteer import Gazetteer, Place
from libya_events.model import LocationKind

CAPITAL_FEATURE = "capital"
"""The gazetteer feature of a country's seat of government."""

CAPITAL_AS_MODIFIER = frozenset({"ship", "ships", "punishment", "flight", "flows", "markets", "investment"})
"""Nouns "capital" modifies where it names no city ("the Russian capital ship")."""

NATIONAL_CAPITAL = re.compile(
    r"\b[Tt]he\s+([A-Z][a-z]+)\s+capital\b(?!\s+(?:" + "|".join(sorted(CAPITAL_AS_MODIFIER)) + r")\b)"
)
"""'the <Nationality> capital': a capitalised nationality word right before "capital"."""

NATIONAL_CAPITAL_SOURCE = "national_capital"
"""The ``Hit.source`` of a capital found by its nationality word."""


def national_capitals(gazetteer: Gazetteer) -> dict[str, Place]:
    """Each nationality word of ``NATION_COUNTRIES`` mapped to its country's capital, where the
    gazetteer holds both the country and a capital in it (the most populous, if several)."""
    codes = {p.name: p.country_code for p in gazetteer if p.kind is LocationKind.COUNTRY and p.country_code}
    capitals: dict[str, Place] = {}
    for p in gazetteer:
        if p.feature == CAPITAL_FEATURE and p.country_code:
            best = capitals.get(p.country_code)
            if best is None or p.population > best.population:
                capitals[p.country_code] = p
    out: dict[str, Place] = {}
    for word, country in NATION_COUNTRIES.items():
        code = codes.get(country)
        if code is not None and code in capitals:
            out[word] = capitals[code]
    return out


def national_capital_hits(
    folded: str, capitals: Mapping[str, Place], overlaps: Callable[[int, int], bool]
) -> list[Hit]:
    """Place mentions for each "the <Nationality> capital" in ``folded`` whose nationality has a
    capital in ``capitals`` and whose span no other mention covers (``overlaps``)."""
    out: list[Hit] = []
    for m in NATIONAL_CAPITAL.finditer(folded):
        place = capitals.get(m.group(1).lower())
        if place is None or overlaps(m.start(), m.end()):
            continue
        out.append(Hit(m.start(), m.end(), place.id, place.name, NATIONAL_CAPITAL_SOURCE, place=place))
    return out
