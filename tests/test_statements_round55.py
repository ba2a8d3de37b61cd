"""Statements, round 55.

A trailing attribution the parser leaves without its clause: in a long sentence ending ", a local official said" the parser may hang the report's subject on
the speech verb as a second subject, or its verb on a noun as a reduced relative, and give the
speech verb no clause at all. A root speech verb that closes its sentence (or is followed only by
a comma and an aside), with its speaker right after a comma, reports every word before that comma
when those words hold a verb and no quotation.

A relative clause of speech ("A, which has said it backs X,") speaks for its antecedent and the
antecedent's conjuncts told before it, not for a conjunct the parser hung on the antecedent after
the clause ("between A, which has said ..., and B": A alone).

An aside of emphasis after a comma (", especially with reports that ...", ", particularly as
...") is the reporter's, no part of the reported clause; an emphasised object (", especially
children") stays.

An accusation joined by "and" after a report whose object is a list ("said the army held the port
and its refinery and accused X of ...") is the reporter's, also where the tagger read the past
"accused" as a participle; a named subject of the report keeps it.

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
            "Dozens of families who had fled Sirte during the fighting returned on Tuesday, a local "
            "official said, although power in many districts was still off.",
            "Dozens of families who had fled Sirte during the fighting returned on Tuesday",
            "local official",
        ),
        (
            "Scores of families who had fled Tawergha during the war returned on Monday, a council "
            "official said, although water in most streets was still cut.",
            "Scores of families who had fled Tawergha during the war returned on Monday",
            "official",
        ),
        (
            "On Saturday, staff from two Western embassies crossed into Tunisia in a convoy, a border "
            "official said.",
            "On Saturday, staff from two Western embassies crossed into Tunisia in a convoy",
            "official",
        ),
    ],
)
def test_a_trailing_attribution_reports_the_words_before_its_comma(
    text: str, content: str, speaker: str
) -> None:
    assert _views(text) == [(content, False, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a local official said.",
        '"We will go home when the water is back," a local official said.',
    ],
)
def test_no_clause_or_a_quotation_before_the_attribution_adds_no_report(text: str) -> None:
    assert [d for _, d, _ in _views(text) if not d] == []


# ------------------------------------------- a relative clause speaks for its antecedent alone


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Clashes broke out between the Nawasi Brigade, which has said it backs the new government, "
            "and a rival militia from Tajoura.",
            "nawasi brigade",
        ),
        (
            "Talks broke down between the Petroleum Facilities Guard, which has said it will keep the "
            "ports shut, and the National Oil Corporation.",
            "petroleum facilities guard",
        ),
    ],
)
def test_a_conjunct_after_a_relative_clause_does_not_speak_in_it(text: str, speaker: str) -> None:
    assert [who for _, _, who in _views(text)] == [speaker]


def test_conjuncts_before_a_relative_clause_all_speak_in_it() -> None:
    assert len(_views("Haftar and Saleh, who said they would attend the talks, arrived late.")) == 2


# ------------------------------------------- an aside of emphasis closes the reported clause


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The division published news that patrols of the naval forces were deployed off the coasts "
            "of Sirte and Brega, especially with reports that foreign warships might sail toward the city.",
            "patrols of the naval forces were deployed off the coasts of Sirte and Brega",
        ),
        (
            "The ministry said prices rose sharply in the south, particularly as fuel ran short.",
            "prices rose sharply in the south",
        ),
    ],
)
def test_an_aside_of_emphasis_is_no_part_of_the_report(text: str, content: str) -> None:
    assert [t for t, d, _ in _views(text) if not d] == [content]


def test_an_emphasised_object_stays_in_the_report() -> None:
    assert [t for t, _, _ in _views("The ministry said the crisis hit civilians, especially children.")] == [
        "the crisis hit civilians, especially children"
    ]


# ------------------------------------------- an accusation after a list, tagged as a participle


def test_an_accusation_after_a_list_is_the_reporters() -> None:
    text = "State television said the army held the port and its refinery and accused foreign powers of arming the rebels."
    assert [(t, who) for t, _, who in _views(text)] == [
        ("the army held the port and its refinery", "state television"),
        ("foreign powers of arming the rebels", "state television"),
    ]


def test_an_accusation_after_a_named_subject_stays_its_own() -> None:
    text = "The council said Italy held the port and its refinery and accused the rebels of looting."
    assert [who for t, _, who in _views(text) if "looting" in t] == ["italy"]
