"""Statements, round 44: a person object judged "as" something is what was said, not whom the
verb removed; the quoted words of a speech verb joined to another's reported clause are the
reporter's; an observed object ("reported heavy gunfire") is reported without its verb but with
its place and time; "called on X to Y" keeps the infinitive the parser read as a preposition.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from _statement_views import said as _said
from _statement_views import statements as _statements

# ------------------------------------------------ "dismissed the rebels as 'small armed gangs'"


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        (
            'In Benghazi, army spokesman Ali Salem insisted the port was "firmly in our hands" and'
            ' dismissed the rebels as "a few desperate men".',
            "firmly in our hands",
            "a few desperate men",
            "Ali Salem",
        ),
        (
            'In Misrata, council spokesman Hamza Ali insisted the town was "safe for families" and'
            ' dismissed the fighters as "hired guns".',
            "safe for families",
            "hired guns",
            "Hamza Ali",
        ),
    ],
)
def test_a_person_dismissed_as_something_is_a_second_quote(
    text: str, first: str, second: str, speaker: str
) -> None:
    found = [s for s in _statements(text) if s.direct]
    assert [(s.speaker, s.text) for s in found if second in s.text] == [(speaker, second)]
    assert all(second not in s.text for s in found if first in s.text)


def test_a_person_judged_as_something_alone() -> None:
    found = _said('The mayor dismissed the fighters as "a handful of criminals".', "criminals")
    assert [(s.speaker, s.text, s.direct) for s in found] == [("mayor", "a handful of criminals", True)]


def test_a_person_dismissed_from_office_says_nothing() -> None:
    assert _statements("The new prime minister dismissed the governor of the central bank on Sunday.") == []


# ------------------------------------- a quote in a speech verb joined to a reported clause


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Deputy Defence Minister Omar Daoud said the ministry had received no warning of the raid"
            ' and suggested the order "may have been given in haste".',
            "may have been given in haste",
            "Omar Daoud",
        ),
        (
            'The mayor of Zawiya said the council had not been consulted and suggested the closure "was a political move".',
            "was a political move",
            "mayor",
        ),
        (
            'The envoy said the delegations had agreed on a timetable and suggested the deal "could hold this time".',
            "could hold this time",
            "envoy",
        ),
        (
            'The mayor said the council had approved the budget and suggested the vote "was rushed".',
            "was rushed",
            "mayor",
        ),
    ],
)
def test_quoted_clause_of_a_joined_speech_verb_is_the_reporters(text: str, words: str, speaker: str) -> None:
    found = _said(text, words)
    assert [(s.speaker, s.direct) for s in found] == [(speaker, True)]


def test_an_unquoted_joined_clause_keeps_the_parse() -> None:
    found = _said(
        "The mayor said the council had met on Sunday and suggested the closure was political.", "political"
    )
    assert [s.speaker for s in found] == ["council"]


# -------------------------------------------------------- "reported heavy gunfire near X"


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        (
            "Residents reported heavy gunfire near the airport on Thursday night.",
            "heavy gunfire near the airport on Thursday night",
            "Residents",
        ),
        ("Witnesses in Sirte reported clashes overnight.", "clashes overnight", "Witnesses"),
        (
            "A monitor in Misrata reported a second cargo flight in two days.",
            "a second cargo flight in two days",
            "monitor in Misrata",
        ),
    ],
)
def test_an_observed_object_is_reported_without_its_verb(text: str, expected: str, speaker: str) -> None:
    assert [(s.speaker, s.text) for s in _statements(text)] == [(speaker, expected)]


def test_the_channel_after_an_observed_object_stays_out() -> None:
    found = _statements("The ministry reported heavy losses in a statement on Friday.")
    assert [(s.text, s.channel) for s in found] == [("heavy losses", "statement")]


def test_an_announcement_keeps_its_verb() -> None:
    found = _statements("The ministry announced the capture of the airport.")
    assert [s.text for s in found] == ["announced the capture of the airport"]


# ------------------------------------------------------- "called on both sides to spare X"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amnesty International called on both sides to spare hospitals.", "both sides to spare hospitals"),
        ("Human Rights Watch called on all parties to spare schools.", "all parties to spare schools"),
        (
            "The Red Crescent called on the armed groups to open a safe corridor for the wounded.",
            "the armed groups to open a safe corridor for the wounded",
        ),
    ],
)
def test_called_on_keeps_the_infinitive(text: str, expected: str) -> None:
    assert [s.text for s in _statements(text)] == [expected]


def test_called_on_for_help_is_what_was_asked() -> None:
    assert [s.text for s in _statements("The mayor called on the government for help.")] == ["help"]


# --------------------------------------- "The UN mission called ...": a verb read as a clause


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The UN mission called on all parties to protect civilians in Tripoli.",
            "United Nations Support Mission in Libya",
            "all parties to protect civilians",
        ),
        (
            "The mission called on all parties to protect civilians.",
            "United Nations Support Mission in Libya",
            "all parties to protect civilians",
        ),
    ],
)
def test_a_plain_past_verb_on_a_root_noun_is_the_main_verb(text: str, speaker: str, words: str) -> None:
    assert [(s.speaker, s.text.startswith(words)) for s in _statements(text)] == [(speaker, True)]


@pytest.mark.parametrize(
    "text", ["A man called Ali Salem, a former officer.", "A convoy of trucks called in from Misrata."]
)
def test_a_participle_on_a_root_noun_is_no_speech(text: str) -> None:
    assert _statements(text) == []
