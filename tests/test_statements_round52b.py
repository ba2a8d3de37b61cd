"""Round 52b: "X said A and added that B" is X's second statement, not A's subject's."""

from __future__ import annotations

import pytest
from _statement_views import said


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The mayor said the town remained short of water and added that the road to Sirte was closed.",
            "mayor",
            "the road to Sirte was closed",
        ),
        (
            "Safa Msehli said the agency was worried about the centres and repeated that Libya "
            "was not a safe place for disembarkation.",
            "Safa Msehli",
            "Libya was not a safe place",
        ),
        (
            "The minister said the talks had failed and stressed that the army would stay in Sirte.",
            "minister",
            "the army would stay in Sirte",
        ),
    ],
)
def test_continuing_speech_verb_keeps_the_teller(text: str, speaker: str, words: str) -> None:
    found = said(text, words)
    assert [s.speaker for s in found] == [speaker]


def test_other_speech_verb_keeps_the_clause_subject() -> None:
    text = "The spokesman said the commander arrived in Sirte and announced that the offensive was over."
    found = said(text, "the offensive was over")
    assert [s.speaker for s in found] == ["commander"]


# ------------- "denied any role in X": the "in" phrase the parser hung on the verb is still denied


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Ahmed Abu Khattala, who has denied any role in the 2012 assault, was seen in Benghazi.",
            "any role in the 2012 assault",
        ),
        (
            "Salah Badi, who has denied any role in the shelling of the airport, left Tripoli on Monday.",
            "any role in the shelling of the airport",
        ),
        (
            "Mohammed Kani, who has always denied any hand in the killings, fled to Benghazi.",
            "any hand in the killings",
        ),
    ],
)
def test_share_noun_keeps_its_in_phrase(text: str, words: str) -> None:
    assert [s.text for s in said(text, words)] == [words]


def test_a_channel_after_the_object_stays_out() -> None:
    text = "Khalifa Haftar, who denied the reports in a televised address, flew to Cairo."
    assert [s.text for s in said(text, "the reports")] == ["the reports"]
