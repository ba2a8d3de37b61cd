"""Statements, round 38: a speech verb joined to a passive reported clause ("said it was alarmed
by the reports and called for ...") is the reporter's, not the passive's agent's; and a body
with a description in apposition that "announced in a statement posted on its page that ...",
which the parser reads as a participle on the body's name.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from _statement_views import said as _said
from _statement_views import statements as _statements

# ------------------------------ a speech verb joined to a passive clause shares its subject


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The ministry said in a statement that it was shocked by the attack and called for an inquiry.",
            "an inquiry",
            "ministry",
        ),
        (
            "The U.N. mission said that it was alarmed by the reports and urged an impartial investigation.",
            "an impartial investigation",
            "United Nations Support Mission in Libya",
        ),
        (
            "The council was attacked by gunmen on Monday and called for help from the army.",
            "help from the army",
            "council",
        ),
    ],
)
def test_conjunct_of_a_passive_speaks_for_its_subject(text: str, words: str, speaker: str) -> None:
    found = _said(text, words)
    assert [s.speaker for s in found] == [speaker]


def test_the_passive_clause_itself_is_still_reported() -> None:
    text = "The ministry said in a statement that it was shocked by the attack and called for an inquiry."
    assert [s.text for s in _statements(text) if s.text.startswith("it was")] == [
        "it was shocked by the attack"
    ]


def test_passive_agent_still_speaks_for_its_own_verb() -> None:
    """The agent of a passive speech verb is still its speaker ("was announced by X")."""
    text = "It was announced by the ministry that the border would close."
    assert [(s.speaker, s.text) for s in _statements(text)] == [("ministry", "the border would close")]


# ------------------------------ "X, a description, announced in a statement posted ... that"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Shura Council, an alliance of Islamist brigades, announced on Tuesday in a statement "
            "posted on its Facebook page that its fighters had taken the camp.",
            "its fighters had taken the camp",
            "Shura Council",
        ),
        (
            "The Zintan Military Council, a coalition of local units, announced on Sunday in a statement "
            "published on its website that its men had left the airport.",
            "its men had left the airport",
            "Zintan Military Council",
        ),
        (
            "The Tripoli Protection Force, an alliance of militias, declared on Tuesday in a statement "
            "issued overnight that it would defend the capital.",
            "it would defend the capital",
            "Tripoli Protection Force",
        ),
    ],
)
def test_described_body_announcing_in_a_statement(text: str, words: str, speaker: str) -> None:
    found = _said(text, words)
    assert [s.speaker for s in found] == [speaker]
    assert found[0].direct is False


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Shura Council, which includes Ansar al-Sharia and several brigades of the city, announced "
            "on Tuesday that its fighters had taken the camp.",
            "its fighters had taken the camp",
            "Shura Council",
        ),
        (
            "The Tripoli Revolutionaries Brigade, which controls the airport road, announced on Monday that "
            "it had arrested the smugglers.",
            "it had arrested the smugglers",
            "Tripoli Revolutionaries Brigade",
        ),
        (
            "The Shura Council, which includes Ansar al-Sharia and several brigades of the city, announced "
            "on Tuesday in a statement published on its page that its fighters had taken the camp.",
            "its fighters had taken the camp",
            "Shura Council",
        ),
    ],
)
def test_body_with_a_relative_clause_announcing(text: str, words: str, speaker: str) -> None:
    """The round's brief: a speaker followed by a relative clause set between commas."""
    found = _said(text, words)
    assert [s.speaker for s in found] == [speaker]


def test_described_body_without_a_that_clause_says_nothing_new() -> None:
    """A participle on a described name with no "that" clause anywhere stays a participle."""
    text = "The Shura Council, an alliance of Islamist brigades, announced last year, held the camp."
    assert not [s for s in _statements(text) if "held the camp" in s.text]


# ------------------------------ "according to figures published by X": X is the source


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "At least 300 people were intercepted at sea in May, according to data compiled by the IOM.",
            "At least 300 people were intercepted at sea in May",
            "International Organization for Migration",
        ),
        (
            "Since March, 2,000 migrants have been left near the border, according to testimonies "
            "collected by UNHCR teams.",
            "2,000 migrants have been left near the border",
            "UNHCR",
        ),
        (
            "More than 40 civilians died in the strikes, according to figures released by the health ministry.",
            "More than 40 civilians died in the strikes",
            "health ministry",
        ),
    ],
)
def test_record_cited_through_its_keeper(text: str, words: str, speaker: str) -> None:
    found = _said(text, words)
    assert [s.speaker for s in found] == [speaker]


def test_footage_is_no_record_of_words() -> None:
    """Pictures posted by someone are not a record noun: no statement is read from them."""
    text = "The town was shelled for six hours, according to footage posted by residents."
    assert _statements(text) == []


# ------------------------------ "informs the people of the following:": a pointer, no statement


@pytest.mark.parametrize(
    "text",
    [
        "The General Command of the army informs the honourable Libyan people of the following:\n\n"
        "1. Units of the 9th Brigade entered Gharyan without a fight.",
        "The Interior Ministry announced the following:\n\nFirst, the coastal road is closed to traffic.",
        "The operations room of the western region informs our people of the following:\n\n"
        "Our forces reached the edge of Wadi Kaam on Friday.",
    ],
)
def test_the_following_points_at_what_comes_after(text: str) -> None:
    assert [s for s in _statements(text) if s.text.endswith("following")] == []


def test_the_following_day_is_a_time_not_a_pointer() -> None:
    text = "The army said it would withdraw the following day."
    assert [s.text for s in _statements(text)] == ["it would withdraw the following day"]


# ------------------------------ "predicted victory within weeks": the outcome foretold


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The premier predicted a quick win over the rebels by the autumn.",
            "a quick win over the rebels by the autumn",
        ),
        (
            "The army spokesman predicted a swift end to the fighting in Derna by the summer.",
            "a swift end to the fighting in Derna by the summer",
        ),
        (
            "Oil analysts forecast a long shutdown of the eastern ports.",
            "a long shutdown of the eastern ports",
        ),
    ],
)
def test_foretold_outcome_is_reported(text: str, content: str) -> None:
    assert [s.text for s in _statements(text)] == [content]


def test_foretelling_with_a_clause_is_unchanged() -> None:
    text = "The UN envoy predicted that the talks in Geneva would fail."
    assert [s.text for s in _statements(text)] == ["the talks in Geneva would fail"]


def test_a_predicted_event_in_a_relative_clause_is_no_statement() -> None:
    text = "The storm that forecasters had predicted hit Derna on Sunday."
    assert _statements(text) == []


# ------------------------------ "the colonel said": the officer named before


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Colonel Ali Salem said his men had entered the town. "Our job is to protect people," the colonel '
            "said, adding that none of his men had been hurt.",
            "none of his men had been hurt",
            "Ali Salem",
        ),
        (
            "Brigadier Omar Fathi led the column into Zawiya on Monday. The brigadier told reporters that the "
            "road was open.",
            "the road was open",
            "Omar Fathi",
        ),
        (
            "Lieutenant Colonel Hassan Ali, who commands the base, spoke to reporters. The colonel said the "
            "drones had come from the south.",
            "the drones had come from the south",
            "Hassan Ali",
        ),
    ],
)
def test_rank_stands_for_the_officer_named_before(text: str, words: str, speaker: str) -> None:
    found = _said(text, words)
    assert [s.speaker for s in found] == [speaker]


# ------------------------------ "according to X, who added that ...": X, however the "who" is hung


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The units pulled back to Misrata early on Saturday, according to a security source in the city, "
            "who added that some of them had stopped in Zliten.",
            "some of them had stopped in Zliten",
            "security source",
        ),
        (
            "Families began returning to Tawergha on Thursday, according to a member of the local council, "
            "who said the power was still off.",
            "the power was still off",
            "member of the local council",
        ),
    ],
)
def test_who_clause_after_according_to(text: str, words: str, speaker: str) -> None:
    found = _said(text, words)
    assert [s.speaker for s in found] == [speaker]


def test_who_clause_on_a_named_source_is_unchanged() -> None:
    text = "The convoy was stopped near Zliten by armed men from Misrata, who told the drivers that the road was closed."
    assert [s.speaker for s in _said(text, "the road was closed")] == ["armed men from Misrata"]


# ------------------------------ hijackers speak as an unnamed source, as kidnappers do


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "One of the hijackers, speaking to a local television channel by telephone, said he wanted to "
            "meet the prime minister.",
            "One of the hijackers",
        ),
        ("The hijackers said they would free the women and children first.", "hijackers"),
        ("A hijacker told the pilot to fly to Malta.", "hijacker"),
    ],
)
def test_hijackers_speak(text: str, speaker: str) -> None:
    assert [s.speaker for s in _statements(text)] == [speaker]


# ------------------------------ "the newspaper said": the paper named before


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Three reporters from The New York Times were detained near Ajdabiya, the newspaper said.",
            "Three reporters from The New York Times were detained near Ajdabiya",
            "The New York Times",
        ),
        (
            "Al-Wasat reported heavy fighting in Sirte. The newspaper said six fighters had been killed.",
            "six fighters had been killed",
            "Al-Wasat",
        ),
        (
            "The Libya Herald published the list on Monday. The newspaper said the council had approved it.",
            "the council had approved it",
            "Libya Herald",
        ),
    ],
)
def test_the_newspaper_is_the_paper_named_before(text: str, words: str, speaker: str) -> None:
    found = _said(text, words)
    assert [s.speaker for s in found] == [speaker]
