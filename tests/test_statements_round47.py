"""Statements, round 47: a verdict whose noun carries a participle ("dismissed the reports as
lies spread by ...") is what was said, though the parser reads it as an adverbial clause.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from _statement_views import PARSER
from _statement_views import statements as _statements

# ------------------------------------------- "dismissed the reports as lies spread by X"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Officials in Benghazi have dismissed such reports as lies spread by hostile channels.",
            "such reports as lies spread by hostile channels",
            "officials",
        ),
        (
            "The army dismissed the claims as propaganda invented by its enemies in Misrata.",
            "the claims as propaganda invented by its enemies in Misrata",
            "army",
        ),
        (
            "The ministry dismissed the allegations as slander invented by its rivals.",
            "the allegations as slander invented by its rivals",
            "ministry",
        ),
    ],
)
def test_a_verdict_with_a_participle_is_part_of_what_was_said(text: str, content: str, speaker: str) -> None:
    found = _statements(text)
    assert [s.text for s in found] == [content]
    assert speaker in (found[0].speaker or "").lower()


def test_a_real_clause_after_the_object_is_no_verdict() -> None:
    """ "as fighters gathered": a finite clause of time, not what the ministry called the reports."""
    found = _statements("The ministry dismissed the reports as fighters gathered near the town.")
    assert [s.text for s in found] == ["the reports"]


# ------------- "The government of X, which has struggled ... since Y's fall, called for calm"


@pytest.mark.parametrize(
    ("text", "published", "speaker", "content"),
    [
        (
            "The government of Prime Minister Ali Zeidan, which has struggled to control the"
            " brigades since Gaddafi's fall, called for calm.",
            "2013-11-20",
            "Libyan government",
            "calm",
        ),
        (
            "The government of Prime Minister Ali Zeidan, which has struggled to rein in the"
            " brigades since Gaddafi's ouster, called for calm.",
            "2013-11-20",
            "Libyan government",
            "calm",
        ),
        (
            "The council of elders, which has struggled to control the brigades since Gaddafi's"
            " fall, called for calm.",
            "2013-11-20",
            "council of elders",
            "calm",
        ),
    ],
)
def test_a_verb_after_a_relative_aside_is_the_subjects(
    text: str, published: str, speaker: str, content: str
) -> None:
    found = PARSER.parse(text, published=published).statements
    assert [(s.speaker, s.text) for s in found] == [(speaker, content)]


def test_a_sentence_the_parser_reads_right_keeps_its_subject() -> None:
    """The same shape read with the speech verb as the main verb: the subject speaks, as before."""
    found = PARSER.parse(
        "The army, which has struggled to control the south since Gaddafi's fall, appealed for calm.",
        published="2013-11-20",
    ).statements
    assert [s.speaker for s in found] == ["army"]
