"""Round 66: complaints, a speech infinitive after a way of speaking, navy and coastguard issuers.

* "Residents complained of power cuts": "complain" reports what its "of"/"about" phrase names,
  and a content preposition said again after "and" ("of A and of B") keeps both phrases.
* "The minister went on television to accuse X of ...": a speech infinitive whose head act is
  itself a way of speaking (a broadcast medium, a news conference) was made, not only meant;
  "seized the radio station to announce" stays a purpose.
* "A navy statement said ...": the navy (or coastguard) issues it; "the coastguard said" after
  "the Libyan coast guard" is that named force, not a second actor.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _statement_views import PARSER, PUBLISHED, statements

# ------------------------------------ complaints, and a repeated content preposition


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "Shopkeepers in Gharyan complained of empty shelves and of rising flour prices.",
            "Shopkeepers",
            "empty shelves and of rising flour prices",
        ),
        (
            "Residents of Ajdabiya complained of water cuts lasting two days.",
            "Residents",
            "water cuts lasting two days",
        ),
        (
            "Drivers at the crossing complained about long delays and about fees demanded by gunmen.",
            "Drivers",
            "long delays and about fees demanded by gunmen",
        ),
    ],
)
def test_a_complaint_reports_what_its_phrase_names(sentence: str, speaker: str, content: str) -> None:
    found = [(s.speaker, s.text) for s in statements(sentence)]
    assert (speaker, content) in found


def test_a_warning_keeps_both_repeated_phrases() -> None:
    texts = [
        s.text
        for s in statements("The municipal council warned of flooding in the valley and of damaged roads.")
    ]
    assert "flooding in the valley and of damaged roads" in texts


@pytest.mark.parametrize(
    "sentence",
    [
        "The doctor described the scene at the hospital.",
        "The soldiers asked for water at the checkpoint.",
    ],
)
def test_no_statement_without_content(sentence: str) -> None:
    assert statements(sentence) == []


# ------------------------------------ a speech infinitive after a way of speaking


@pytest.mark.parametrize(
    ("sentence", "speaker", "content", "channel"),
    [
        (
            "The defence minister went on television to accuse Chad of sheltering the raiders.",
            "minister",
            "Chad of sheltering the raiders",
            "televised address",
        ),
        (
            "The army spokesman held a news conference in Tobruk to announce that the airport had reopened.",
            "spokesman",
            "the airport had reopened",
            "news conference",
        ),
        (
            "The mayor of Zliten appeared on television on Monday to deny that the town had been shelled.",
            "mayor",
            "the town had been shelled",
            "televised address",
        ),
    ],
)
def test_speech_made_through_a_channel_act(sentence: str, speaker: str, content: str, channel: str) -> None:
    found = [s for s in statements(sentence) if s.text == content]
    assert found, statements(sentence)
    assert found[0].speaker.endswith(speaker)
    assert found[0].channel == channel


@pytest.mark.parametrize(
    "sentence",
    [
        "The gunmen stormed the radio station to announce that the old government had fallen.",
        "Protesters blocked the oil terminal to demand the payment of their wages.",
    ],
)
def test_a_purpose_infinitive_stays_unsaid(sentence: str) -> None:
    assert statements(sentence) == []


# ------------------------------------ navy and coastguard issuers


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "A navy statement said the frigate had docked in Misrata overnight.",
            "navy",
            "the frigate had docked in Misrata overnight",
        ),
        (
            "A coastguard statement said a fishing boat had capsized off Zuwara.",
            "coastguard",
            "a fishing boat had capsized off Zuwara",
        ),
    ],
)
def test_a_body_word_before_statement_issues_it(sentence: str, speaker: str, content: str) -> None:
    found = [(s.speaker, s.text, s.channel) for s in statements(sentence)]
    assert (speaker, content, "statement") in found


@pytest.mark.parametrize(
    "text",
    [
        "The Libyan coast guard stopped a dinghy off Sabratha on Monday. The coastguard said 70 people were aboard.",
        "A patrol of the Libyan coast guard towed a boat into Khoms. The coastguard later said the engine had failed.",
    ],
)
def test_the_coastguard_is_the_coast_guard_named_before(text: str) -> None:
    result = PARSER.parse(text, published=PUBLISHED)
    names = [a.name for a in result.actors]
    assert names.count("Libyan coast guard") == 1
    assert "coastguard" not in names
    assert any(s.speaker == "Libyan coast guard" for s in result.statements)


def test_a_bare_coastguard_still_speaks() -> None:
    result = PARSER.parse("The coastguard said 50 migrants were returned to Tripoli.", published=PUBLISHED)
    assert [s.speaker for s in result.statements] == ["coastguard"]
