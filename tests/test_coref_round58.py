"""Coreference gaps of round 58.

"The country" points back to a country the story is in, never to one named only as a modifier
of the next noun ("held in U.S. custody", "a UK official").

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from libya_events import Parser

PARSER = Parser()


def _country_mentions(text: str) -> dict[str, list[str]]:
    article = PARSER.parse(text, published="2021-05-02")
    return {loc.name: [m.text for m in loc.mentions] for loc in article.locations}


@pytest.mark.parametrize(
    ("text", "country", "modifier"),
    [
        (
            "Agents arrested the bomb maker inside Libya on Saturday. He was flown in U.S. custody"
            " to a ship waiting outside the country.",
            "Libya",
            "United States",
        ),
        (
            "The two engineers were kidnapped in Libya in March. A UK official said they had been"
            " moved out of the country by their captors.",
            "Libya",
            "United Kingdom",
        ),
        (
            "Smugglers moved the migrants across Libya for weeks. The men were later held under U.S."
            " supervision before they could leave the country.",
            "Libya",
            "United States",
        ),
    ],
)
def test_the_country_skips_a_country_named_as_modifier(text: str, country: str, modifier: str) -> None:
    found = _country_mentions(text)
    assert "the country" in found[country]
    assert "the country" not in found.get(modifier, [])


def test_the_country_still_takes_a_country_not_used_as_modifier() -> None:
    text = (
        "Fighting flared in Tunisia on Monday. Hundreds of students have since flown to the U.S. and"
        " more are expected to reach the country this week."
    )
    found = _country_mentions(text)
    assert "the country" in found["United States"]
