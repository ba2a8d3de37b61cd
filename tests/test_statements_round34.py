"""Statements, round 34: a quote that completes a verb of command ('ordered his units "to hold
the road"') is the words of whoever gave the order, not of the paragraph's last speaker; with
no quote an order is still no statement.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.model import Statement

PARSER = Parser()
PUBLISHED = "2022-05-10"


def _statements(text: str) -> list[Statement]:
    return list(PARSER.parse(text, published=PUBLISHED).statements)


def _by_text(text: str) -> dict[str, str]:
    return {s.text: s.speaker for s in _statements(text)}


# ------------------------------------------ a quoted order: the words of whoever gave it


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "The fighting spread to Gharyan on Friday, witnesses said. The army chief of staff, "
            'Salem Jaha, put his units on alert and ordered them "to hold every road into the town".',
            "to hold every road into the town",
            "Salem Jaha",
        ),
        (
            "Clashes erupted near Zawiya overnight, a local council said. Interior minister Fathi "
            'Bashagha instructed the police "to arrest anyone carrying a weapon in the streets".',
            "to arrest anyone carrying a weapon in the streets",
            "Fathi Bashagha",
        ),
        (
            "Heavy shelling hit Ain Zara, according to the health ministry. Osama Juwaili ordered "
            'his troops to "push the enemy back beyond the airport road" on Saturday.',
            "push the enemy back beyond the airport road",
            "Osama Juwaili",
        ),
    ],
)
def test_a_quoted_order_is_the_commanders(text: str, quoted: str, speaker: str) -> None:
    found = _by_text(text)
    assert quoted in found
    assert found[quoted].endswith(speaker.split()[-1])


def test_an_order_without_a_quote_is_no_statement() -> None:
    text = (
        "Heavy shelling hit Ain Zara, according to the health ministry. Osama Juwaili ordered "
        "his troops to push the enemy back beyond the airport road."
    )
    assert [s.speaker for s in _statements(text)] == ["health ministry"]
