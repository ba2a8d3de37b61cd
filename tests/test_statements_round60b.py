"""Statements, round 60b.

A reported clause keeps a non-restrictive relative clause that closes it (", which ...",
", who ...", ", where ...") when the relative tells past events with a finite past verb or
auxiliary: it goes on with the report's own narrative ("said it had retaken the airport, which
the LNA had held since April"). A present-tense relative is the reporter's standing background
("to Zuwara, which lies ..."), a passive speech verb's ("which was confirmed by X") is a second
source, and a noun-phrase content ("denied any plan to shell X, which ...") ends before its
relative: all three stay cut.

A clause after "said" that the parser reads as the verb's object with a reduced relative
("said long convoys of trucks left overnight and headed south": "left" taken for a participle on
"trucks") is the reported clause, when the verb takes no object in the table and the participle
has no auxiliary and no "by" agent; a real object ("said a prayer led by the elders") stays none.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from _statement_views import statements as _statements


def _views(text: str) -> list[tuple[str, bool, str]]:
    return [(s.text, s.direct, (s.speaker or "").lower()) for s in _statements(text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The coast guard said on Monday it had towed the damaged trawler to Zuwara, which the "
            "smugglers had left two days earlier.",
            "it had towed the damaged trawler to Zuwara, which the smugglers had left two days earlier",
            "coast guard",
        ),
        (
            "A council spokesman, Omar Belkheir, said the militia had released the kidnapped engineer, "
            "who had been seized at a checkpoint in March.",
            "the militia had released the kidnapped engineer, who had been seized at a checkpoint in March",
            "omar belkheir",
        ),
        (
            "Officials said the convoy had stopped at Brak, where the drivers were questioned by police.",
            "the convoy had stopped at Brak, where the drivers were questioned by police",
            "officials",
        ),
    ],
)
def test_reported_clause_keeps_closing_relative(text: str, content: str, speaker: str) -> None:
    assert (content, False, speaker) in _views(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The coast guard said on Monday it had towed the damaged trawler to Zuwara, which lies "
            "60 km east of the Tunisian border.",
            "it had towed the damaged trawler to Zuwara",
            "coast guard",
        ),
        (
            "Officials said the convoy had stopped at Brak, where the brigade keeps a small depot.",
            "the convoy had stopped at Brak",
            "officials",
        ),
        (
            "A commander said six fighters died in the ambush, which was later confirmed by the hospital.",
            "six fighters died in the ambush",
            "commander",
        ),
        (
            "The army denied any plan to shell Gharyan, which lies on the road south of Tripoli.",
            "any plan to shell Gharyan",
            "army",
        ),
        (
            "The ministry condemned the raid on the port, which it called an act of piracy.",
            "the raid on the port",
            "ministry",
        ),
    ],
)
def test_background_relative_stays_cut(text: str, content: str, speaker: str) -> None:
    assert (content, False, speaker) in _views(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Witnesses said long convoys of militia trucks left overnight and headed south toward Sabha.",
            "long convoys of militia trucks left overnight and headed south toward Sabha",
            "witnesses",
        ),
        (
            "Residents said long columns of militia vehicles left overnight and headed west toward Gharyan.",
            "long columns of militia vehicles left overnight and headed west toward Gharyan",
            "residents",
        ),
        (
            "Witnesses said long lines of army lorries left before sunrise and drove east toward Tobruk.",
            "long lines of army lorries left before sunrise and drove east toward Tobruk",
            "witnesses",
        ),
    ],
)
def test_clause_read_as_object_is_reported(text: str, content: str, speaker: str) -> None:
    assert (content, False, speaker) in _views(text)


def test_object_with_agent_participle_is_no_report() -> None:
    assert not [v for v in _views("The imam said a prayer led by the elders.") if "prayer" in v[0]]
