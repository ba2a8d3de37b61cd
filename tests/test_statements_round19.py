"""Statements, round 19: unnamed bodies placed by their own phrase ("the social council of
Zawiya") speak for themselves.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import parse_article
from libya_events.model import Statement


def _statements(text: str) -> list[Statement]:
    return parse_article(text, published="2021-03-02").statements


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in _statements(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The social council of Zawiya announced that the fighters would leave the bridge.",
            "social council of Zawiya",
        ),
        (
            "The military council of Zintan, which mediates between the brigades, said the "
            "convoy had turned back.",
            "military council of Zintan",
        ),
        (
            "The local council in Tarhuna announced that the road had reopened.",
            "local council in Tarhuna",
        ),
    ],
)
def test_a_council_of_a_place_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_placed_council_is_not_the_government_named_before() -> None:
    text = (
        "Dbeibah, the prime minister of the Government of National Unity, toured Tripoli on Monday.\n\n"
        "The social council of Zawiya announced on Tuesday that the prisoners would be freed."
    )
    found = [s for s in _statements(text) if "prisoners" in s.text]
    assert [s.speaker for s in found] == ["social council of Zawiya"]


def test_the_council_alone_still_names_the_council_before() -> None:
    text = "The Presidential Council met in Tripoli on Monday. The council said the truce must hold."
    assert _speakers(text) == ["Presidential Council"]


def test_a_council_that_does_not_speak_is_no_speaker() -> None:
    text = "The social council of Zawiya met the elders on Monday to discuss the bridge."
    assert not _statements(text)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The statement, issued by the Presidential Council, said the truce in Tripoli would be extended.",
            ["Presidential Council"],
        ),
        (
            "A statement issued by the Interior Ministry on Monday said five smugglers were arrested near Zuwara.",
            ["Interior Ministry"],
        ),
        (
            "A joint statement released by France and Italy said the talks in Rome would resume.",
            ["France", "Italy"],
        ),
    ],
)
def test_a_statement_issued_by_someone_speaks_for_them(text: str, speakers: list[str]) -> None:
    found = _statements(text)
    assert [s.speaker for s in found] == speakers
    assert all(s.channel == "statement" and not s.direct for s in found)


def test_a_statement_with_no_issuer_named_anywhere_has_no_speaker() -> None:
    text = "Fighting stopped near Gharyan on Monday. The statement said the truce would hold."
    assert not _statements(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Fathi Bashagha was quoted by the Libya Observer as saying that the convoy would not enter Tripoli.",
            "Fathi Bashagha",
        ),
        (
            "Fathi Bashagha was cited by local media as saying the convoy had reached Zawiya.",
            "Fathi Bashagha",
        ),
        ("Fathi Bashagha was quoted as saying that the convoy would not enter Tripoli.", "Fathi Bashagha"),
    ],
)
def test_the_person_quoted_speaks_not_the_medium(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_passive_speech_verb_keeps_its_agent_as_speaker() -> None:
    text = "Residents were told by an official that the road to Sirte was closed."
    assert _speakers(text) == ["official"]
