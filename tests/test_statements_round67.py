"""Round 67: a town's council is its government; ...

* "Gharyan's municipal council issued a statement. '...,' it said": an unnamed town, city,
  local or municipal council is a government body (SCHEMA gold), so a later "it said" or "the
  council warned" is that council, not a government named earlier in the story.

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
