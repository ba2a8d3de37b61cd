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
