"""Round 37: places. "The city" / "the town" passes over a town named only as an armed group's origin."""

from __future__ import annotations

import pytest

from libya_events.extraction import Parser


@pytest.fixture(scope="module")
def where() -> Parser:
    return Parser(events=False)


def _town_of(parser: Parser, text: str, words: str) -> str | None:
    """The name of the place the (last) mention ``words`` resolves to, or None."""
    for loc in parser.parse(text).locations:
        if any(m.text == words for m in loc.mentions):
            return loc.name
    return None


# -- a town named only as where a group comes from is passed over for the town acted on -----------


@pytest.mark.parametrize(
    ("text", "words", "town"),
    [
        (
            "Government forces entered Gharyan on Friday, backed by brigades from Misrata. "
            "Residents said the city was quiet.",
            "the city",
            "Gharyan",
        ),
        (
            "Sirte was stormed at dawn by fighters from Misrata. By noon the city had fallen.",
            "the city",
            "Sirte",
        ),
        (
            "Clashes broke out in Surman between the army and gunmen from Zawiya. Shops in the town stayed shut.",
            "the town",
            "Surman",
        ),
        (
            "Rebels seized Yefren, joined by fighters of Zintan. The town had been besieged for weeks.",
            "The town",
            "Yefren",  # the text's spelling of Yafran (round 65)
        ),
        (
            "Shelling hit Bani Walid overnight, militiamen from Tarhuna said. The town lost power.",
            "The town",
            "Bani Walid",
        ),
        (
            "Troops entered Sirte with forces based in Misrata. The city was quiet by evening.",
            "The city",
            "Sirte",
        ),
        (
            "Police returned to Sabratha after Zuwara based militias left. The town reopened its market.",
            "The town",
            "Sabratha",
        ),
    ],
)
def test_origin_town_passed_over(where: Parser, text: str, words: str, town: str) -> None:
    assert _town_of(where, text, words) == town


@pytest.mark.parametrize(
    ("text", "words", "town"),
    [
        # the group's town is the only town: it stays the antecedent
        (
            "Brigades from Misrata held a parade on Sunday. The city celebrated late into the night.",
            "The city",
            "Misrata",
        ),
        # a town reached, not a group's origin, stays the latest town
        (
            "Fighters shelled Sirte, then returned to Misrata. The city was celebrating their return.",
            "The city",
            "Misrata",
        ),
        (
            "Troops left Gharyan for Zintan on Friday. The town welcomed them.",
            "The town",
            "Zintan",
        ),
    ],
)
def test_town_acted_on_kept(where: Parser, text: str, words: str, town: str) -> None:
    assert _town_of(where, text, words) == town
