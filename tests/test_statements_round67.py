"""Round 67: a town's council is its government; a "that" clause hung on a time phrase; beliefs.

* "Gharyan's municipal council issued a statement. '...,' it said": an unnamed town, city,
  local or municipal council is a government body (SCHEMA gold), so a later "it said" or "the
  council warned" is that council, not a government named earlier in the story.
* "said at the time that ...", "said at the end of the meeting that ...": the parser reads the
  "that" clause as a relative clause of the time noun; it is the reported content.
* "Diplomats doubt the truce will hold", "Residents hope ...": a belief, doubt or hope is no
  report (as fearing is not); "said they hoped ..." is reported by "said", the belief included.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _statement_views import PARSER, PUBLISHED, statements

# ------------------------------------ a town's council is a government body


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The Government of National Unity sent troops to the border. Gharyan's municipal council"
            ' issued a statement on Sunday. "Our fighters will defend the town," it said.',
            "Gharyan's municipal council",
            "Our fighters will defend the town",
        ),
        (
            "The Government of National Accord deployed a brigade near the port. The city council of"
            " Sabratha released a statement on Monday. The council also warned that the road would"
            " stay closed.",
            "city council of Sabratha",
            "the road would stay closed",
        ),
        (
            "The Government of National Unity sent troops to the border. The town council of Zliten"
            ' issued a statement. "We reject this deployment," it said.',
            "town council of Zliten",
            "We reject this deployment",
        ),
    ],
)
def test_a_town_council_speaks_for_itself(text: str, speaker: str, words: str) -> None:
    found = [(s.speaker, s.text) for s in statements(text)]
    assert (speaker, words) in found


def test_a_council_member_stays_a_source() -> None:
    article = PARSER.parse("A local council member said the road was closed.", published=PUBLISHED)
    kinds = {a.name: a.kind.value for a in article.actors}
    assert kinds.get("local council member") == "collective"


# ------------------------------------ a "that" clause hung on a time phrase after the verb


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The mayor of Gharyan said at the time that the brigade had acted alone.",
            "the brigade had acted alone",
        ),
        (
            "The health minister warned at the time that the hospitals would run out of fuel.",
            "the hospitals would run out of fuel",
        ),
        (
            "The interior minister said at the end of the meeting that the coastal road would reopen.",
            "the coastal road would reopen",
        ),
        (
            "A rebel spokesman told reporters at the time that the convoy would return.",
            "the convoy would return",
        ),
    ],
)
def test_a_that_clause_after_a_time_phrase_is_said(sentence: str, content: str) -> None:
    assert content in [s.text for s in statements(sentence)]


def test_a_relative_clause_on_a_meeting_is_no_statement() -> None:
    assert statements("The minister spoke at the meeting that the council held in Zawiya.") == []


# ------------------------------------ a belief is no report


@pytest.mark.parametrize(
    "sentence",
    [
        "Western diplomats privately doubt that the truce will hold through the summer.",
        "Aid workers believe the number of displaced families is far higher.",
        "Residents hope the army will reopen the coastal road before winter.",
        "Analysts suspect the militia has moved its heavy weapons to Bani Walid.",
    ],
)
def test_a_belief_is_no_statement(sentence: str) -> None:
    assert statements(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "Diplomats in Tunis said Haftar hoped the offensive would strengthen his hand.",
            "Diplomats",
            "Haftar hoped the offensive would strengthen his hand",
        ),
        (
            "The mayor of Zliten said he believed the convoy had turned back.",
            "mayor",
            "he believed the convoy had turned back",
        ),
    ],
)
def test_a_belief_reported_by_a_speaker_is_what_was_said(sentence: str, speaker: str, content: str) -> None:
    assert (speaker, content) in [(s.speaker, s.text) for s in statements(sentence)]


def test_an_estimate_is_still_reported() -> None:
    texts = [s.text for s in statements("The UN agency estimates that 20,000 people have fled the town.")]
    assert texts == ["20,000 people have fled the town"]


# ------------------------------------ a subject the parser hung on an opening place phrase


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Khalifa Haftar sent troops south. In Gharyan, a member of the local council said the road"
            ' was closed. "We have no fuel left," he said.',
            "member of the local council",
            "We have no fuel left",
        ),
        (
            "Khalifa Haftar sent troops south. In Nalut, an elder of the Nafusa tribes said the families"
            ' would stay. "We will not leave our farms," he said.',
            "elder",
            "We will not leave our farms",
        ),
    ],
)
def test_he_after_a_speaker_behind_an_opening_place_is_that_speaker(
    text: str, speaker: str, quote: str
) -> None:
    assert (speaker, quote) in [(s.speaker, s.text) for s in statements(text)]


def test_speakers_behind_an_opening_place_speak() -> None:
    found = statements(
        "In Misrata, the city council and several armed groups said that they had not been consulted."
    )
    assert {s.speaker for s in found} >= {"council", "armed groups"}


def test_a_true_apposition_of_the_opening_place_stays() -> None:
    found = statements("In Tripoli, the capital, residents said the road was closed.")
    assert [(s.speaker, s.text) for s in found] == [("residents", "the road was closed")]
