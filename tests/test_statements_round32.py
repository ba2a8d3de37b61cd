"""Statements, round 32: an accusation reports what is claimed without its verb ("accused
the brigade of looting shops": "the brigade of looting shops", however the parser hangs the
gerund); a request told by another speaker ("a spokesman said the council had asked Egypt
for arms") is the teller's statement, the whole clause.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.model import Statement

PARSER = Parser()
PUBLISHED = "2021-03-02"


def _statements(text: str) -> list[Statement]:
    return list(PARSER.parse(text, published=PUBLISHED).statements)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in _statements(text)]


# ------------------------------------------------ "accused X of Y": what is claimed, not the verb


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Local elders accused the brigade of looting shops while the town burned.",
            "elders",
            "the brigade of looting shops",
        ),
        (
            "The council accused the militia of smuggling migrants.",
            "council",
            "the militia of smuggling migrants",
        ),
        (
            "Residents accused the brigade of burning farms.",
            "Residents",
            "the brigade of burning farms",
        ),
    ],
)
def test_an_accusation_reports_the_claim_without_its_verb(text: str, speaker: str, content: str) -> None:
    found = _pairs(text)
    assert len(found) == 1
    assert found[0][0].casefold().endswith(speaker.casefold())
    assert found[0][1] == content


def test_an_announcement_keeps_its_verb() -> None:
    """The near miss: an announcing verb's object still keeps the verb."""
    found = _pairs("The army announced the capture of the airport.")
    assert found and found[0][1] == "announced the capture of the airport"


# ------------------------------------------------ "X said Y had asked Z for W": X's report


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "A spokesman for the council, Omar Salem, said the council had asked Egypt for ammunition.",
            "Omar Salem",
            "the council had asked Egypt for ammunition",
        ),
        (
            "Ali Zidan said the army had urged the militias to leave the capital.",
            "Ali Zeidan",
            "the army had urged the militias to leave the capital",
        ),
        (
            "The mayor told reporters that the UN had called for a ceasefire in the south.",
            "mayor",
            "the UN had called for a ceasefire in the south",
        ),
    ],
)
def test_a_request_told_by_another_is_the_tellers_statement(text: str, speaker: str, content: str) -> None:
    found = _pairs(text)
    assert found == [(found[0][0], content)]
    assert found[0][0].casefold().endswith(speaker.casefold())


def test_a_report_relayed_by_another_still_gives_way() -> None:
    """The near miss: a report whose content is only another's report of a claim is that
    other speaker's ("added that witnesses stated that ...")."""
    found = _pairs("The official added that witnesses had stated that the convoy left Sirte at dawn.")
    assert [who for who, _ in found] == ["witnesses"]
