"""Statements, round 29: unnamed close sources ("where associates say ..."), labels in the
simple present ("his supporters call him a hero") are no statement, a speech verb after
", and" that the parser joined to another's content goes back to the first speaker, and
"warned that fuel would run out" keeps its subject.

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


# ------------------------------------------------ close associates speak as unnamed sources


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Omar Hassan moved to Cairo in 2015, where associates say he kept in touch with his fighters.",
            "associates",
            "he kept in touch with his fighters",
        ),
        (
            "The commander lived in Istanbul for a year, where friends say he planned his return.",
            "friends",
            "he planned his return",
        ),
        ("Aides say the minister will resign before the summer.", "Aides", "the minister will resign"),
    ],
)
def test_close_associates_are_speakers(text: str, speaker: str, content: str) -> None:
    found = _statements(text)
    assert len(found) == 1
    assert found[0].speaker.lower() == speaker.lower()
    assert found[0].text.startswith(content)


def test_associates_who_only_act_say_nothing() -> None:
    assert _statements("Associates of the commander drove to Zawiya on Monday.") == []


# ------------------------------------------------ a standing label is no statement


@pytest.mark.parametrize(
    "text",
    [
        "His supporters call him a patriot. The UN envoy describes him as an obstacle to peace.",
        "Critics call the offensive a coup.",
        "Rights groups describe the camps as unsafe.",
    ],
)
def test_a_label_in_the_present_is_no_statement(text: str) -> None:
    assert _statements(text) == []


def test_a_label_given_on_an_occasion_is_a_statement() -> None:
    found = _statements("Ban Ki-moon called the vote historic on Tuesday.")
    assert [s.speaker for s in found] == ["Ban Ki-moon"]


def test_a_quoted_label_in_the_present_stays_a_direct_statement() -> None:
    found = _statements('The army spokesman calls the attack "a massacre that will not go unanswered".')
    assert [(s.direct, s.text) for s in found] == [(True, "a massacre that will not go unanswered")]


# ------------------------------------------------ "said that X, and warned that Y": both are the speaker's


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The Red Crescent said that clinics in Sirte had treated 300 wounded since the clashes"
            " began, and warned that fuel for ambulances would run out within days.",
            "fuel for ambulances would run out within days",
        ),
        (
            "The Red Crescent said that the militia had shelled the clinic, and warned that more"
            " patients would die.",
            "more patients would die",
        ),
    ],
)
def test_a_speech_verb_after_comma_and_keeps_the_first_speaker(text: str, second: str) -> None:
    found = _statements(text)
    assert len(found) == 2
    assert {s.speaker for s in found} == {found[0].speaker}
    assert "Crescent" in found[0].speaker
    assert found[1].text == second


def test_a_clause_subject_that_speaks_keeps_its_own_statement() -> None:
    found = _statements(
        "The minister said that the rebels had agreed to talks and promised to free the hostages."
    )
    assert all(s.speaker != "rebels" or s.text.startswith("to free") for s in found)
    assert any(s.text.startswith("the rebels had agreed") for s in found)


def test_warned_that_keeps_the_clause_subject() -> None:
    found = _statements("The minister warned that fuel would run out.")
    assert [s.text for s in found] == ["fuel would run out"]


# ------------------------------------------------ "condemned the attack and said ...": the clause is the statement


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The council condemned the shelling and said it would ask the UN to act.",
            "it would ask the UN to act",
        ),
        (
            "The council condemned the shelling, saying in a statement that it was a crime against civilians.",
            "it was a crime against civilians",
        ),
    ],
)
def test_a_bare_object_before_saying_is_no_statement(text: str, content: str) -> None:
    assert [s.text for s in _statements(text)] == [content]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The council condemned the shelling as a crime and said it would ask the UN to act.",
            "the shelling as a crime",
        ),
        (
            "The spokesman accused the coalition of shelling homes in Sirte, and said the army would never leave.",
            "the coalition of shelling homes in Sirte",
        ),
        ("The council welcomed the pullout and called for calm.", "the pullout"),
    ],
)
def test_an_object_with_a_verdict_or_no_clause_after_stays(text: str, first: str) -> None:
    assert _statements(text)[0].text == first


def test_a_bare_object_alone_stays_a_statement() -> None:
    assert [s.text for s in _statements("The army denied the report.")] == ["the report"]


# ------------------------------------------------ "said the fighter, who asked to be called X. "...": one quotation


@pytest.mark.parametrize(
    "text",
    [
        '"We moved into the side streets because the tanks were too many," said the fighter,'
        ' who asked to be called Salem. "At night we will return."',
        '"We stayed at home for two days," said one resident, a teacher who asked not to be named.'
        ' "Today the checkpoints were gone."',
    ],
)
def test_a_remark_on_the_speaker_does_not_end_the_quotation(text: str) -> None:
    found = _statements(text)
    assert len(found) == 1
    assert found[0].direct


def test_another_speaker_in_between_still_ends_the_quotation() -> None:
    found = _statements(
        '"We stayed at home for two days," said one resident. The mayor, who asked the army to leave,'
        ' said the town was calm. "Today the checkpoints were gone."'
    )
    quoted = [s for s in found if s.direct]
    assert len(quoted) == 2


# ------------------------------------------------ "according to people close to him": an unnamed source


def test_people_close_to_someone_are_a_source() -> None:
    found = _statements("The commander never left Libya, according to people close to him.")
    assert [(s.speaker, s.text) for s in found] == [("people close to him", "The commander never left Libya")]


def test_people_without_a_closeness_word_are_no_source() -> None:
    found = _statements("Hundreds of people fled Sirte, according to the Red Crescent.")
    assert all("people" not in s.speaker for s in found)
