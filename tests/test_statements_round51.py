"""Statements, round 51: the quoted words after "described X as" are the describer's direct
statement also where the quote is a single word ('as "reckless"'), where the verb sits in a
free relative inside other content ("at what she described as "..."") and where the describer
stands in a relative clause without a pronoun that the parser misreads ("an official we spoke
to described ...", "a venture his uncle Omar described as ...").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from _statement_views import PARSER
from _statement_views import statements as _statements

from libya_events.syntax import (
    ParsedSentence,
    parse_fragments,
    reattach_apposed_subjects,
    reattach_stranded_prepositions,
)


def _views(text: str) -> list[tuple[str, bool, str]]:
    return [(s.text, s.direct, (s.speaker or "").lower()) for s in _statements(text)]


# ----------------------------------------------- a one-word verdict after "as" is a quote


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ('A local doctor described the damage as "catastrophic" on Tuesday.', "doctor", "catastrophic"),
        ('The mayor of Zawiya described the shelling as "reckless".', "mayor", "reckless"),
        ('Residents described the situation as "desperate" after the clashes.', "residents", "desperate"),
        ('The army spokesman dismissed the plan as "stillborn" on Monday.', "spokesman", "stillborn"),
    ],
)
def test_a_one_word_verdict_after_as_is_a_direct_statement(text: str, speaker: str, quote: str) -> None:
    found = _views(text)
    assert [(t, d) for t, d, _ in found] == [(quote, True)]
    assert speaker in found[0][2]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The mayor said the shelling was "reckless".', 'the shelling was "reckless"'),
        ('The council described the vote as illegal and "void".', 'the vote as illegal and "void"'),
    ],
)
def test_a_one_word_quote_inside_reported_content_stays_in_it(text: str, content: str) -> None:
    assert [(t, d) for t, d, _ in _views(text)] == [(content, False)]


# --------------------------------------------------- "what she described as '...'"


@pytest.mark.parametrize(
    ("text", "speaker", "quote", "reported"),
    [
        (
            "Hanna Tetteh arrived in Sirte on Monday. She said the convoy was stopped at what she"
            ' described as "an illegal checkpoint".',
            "tetteh",
            "an illegal checkpoint",
            "the convoy was stopped",
        ),
        (
            "Colonel Omar Zintani said his men had left the depot near Gharyan, in what he described"
            ' as "a regrouping of forces".',
            "zintani",
            "a regrouping of forces",
            "his men had left the depot near Gharyan",
        ),
        (
            'The envoy Hanna Tetteh welcomed what she described as "real progress" on Monday.',
            "tetteh",
            "real progress",
            None,
        ),
    ],
)
def test_a_quote_in_a_free_relative_is_the_describers(
    text: str, speaker: str, quote: str, reported: str | None
) -> None:
    found = _views(text)
    assert (quote, True) in [(t, d) for t, d, _ in found]
    assert all(speaker in who for _, _, who in found)
    assert [t for t, d, _ in found if not d] == ([reported] if reported else [])


def test_an_unquoted_verdict_in_a_free_relative_stays_in_the_content() -> None:
    text = "Colonel Omar Zintani said his men had left the depot, in what he described as a regrouping."
    assert [(t, d) for t, d, _ in _views(text)] == [
        ("his men had left the depot, in what he described as a regrouping", False)
    ]


# ------------------------------ "an official we spoke to described ..." (stranded preposition)


@pytest.mark.parametrize(
    ("text", "speaker", "content", "direct"),
    [
        (
            "A ministry official we spoke to said that the brigade had withdrawn.",
            "official",
            "the brigade had withdrawn",
            False,
        ),
        ('An aid worker we spoke to described the camp as "overcrowded".', "aid worker", "overcrowded", True),
        (
            'A police officer we spoke to described the checkpoint as "a trap".',
            "police officer",
            "a trap",
            True,
        ),
    ],
)
def test_a_describer_in_a_contact_clause_ending_on_to_speaks(
    text: str, speaker: str, content: str, direct: bool
) -> None:
    found = _views(text)
    assert [(t, d) for t, d, _ in found] == [(content, direct)]
    assert speaker in found[0][2]


def _repaired(text: str, repair: object) -> ParsedSentence:
    parsed = parse_fragments(PARSER.nlp, text, [(0, len(text))])
    (sent,) = repair(parsed)  # type: ignore[operator]
    for tok in sent.tokens:
        assert tok.children == tuple(c.i for c in sent.tokens if c.head == tok.i and c.i != tok.i)
    return sent


def test_the_stranded_preposition_repair_makes_the_verb_the_root() -> None:
    sent = _repaired(
        "A ministry official we spoke to described the attack as brutal.", reattach_stranded_prepositions
    )
    assert [t.text for t in sent.tokens if t.head == t.i] == ["described"]
    official = next(t for t in sent.tokens if t.text == "official")
    assert (official.dep, sent.tokens[official.head].text) == ("nsubj", "described")


def test_a_real_infinitive_after_a_relative_clause_is_left_alone() -> None:
    text = "The man we asked to describe the attack refused."
    parsed = parse_fragments(PARSER.nlp, text, [(0, len(text))])
    assert reattach_stranded_prepositions(parsed) == list(parsed)


# --------------------- "a venture his uncle Omar described as ..." (subject read as apposition)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "After the war he returned to Benghazi and opened a driving school, a venture his brother"
            ' Salem described as "the only battle he ever lost".',
            "salem",
            "the only battle he ever lost",
        ),
        (
            'Later she ran a driving school, a business her daughter Salma described as "her pride".',
            "salma",
            "her pride",
        ),
    ],
)
def test_a_describer_read_as_an_apposition_speaks(text: str, speaker: str, quote: str) -> None:
    found = _views(text)
    assert [(t, d) for t, d, _ in found] == [(quote, True)]
    assert speaker in found[0][2]


def test_the_apposed_subject_repair_gives_the_verb_its_subject() -> None:
    text = "He founded a radio station, a venture his brother Salem described as a mistake."
    sent = _repaired(text, reattach_apposed_subjects)
    verb = next(t for t in sent.tokens if t.text == "described")
    subjects = [sent.tokens[c].text for c in verb.children if sent.tokens[c].dep == "nsubj"]
    assert subjects == ["brother"]
    assert verb.dep == "relcl"


# ------------------------ ", residents said, and ..." hung on the clause after the attribution


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "By Sunday the gunmen had withdrawn from the square in front of the building, residents"
            " said, and police took over the gate.",
            "residents",
            "By Sunday the gunmen had withdrawn from the square in front of the building",
        ),
        (
            "By Friday the militia had pulled out of the hospital in the old town, doctors said, and"
            " army medics took over the wards.",
            "doctors",
            "By Friday the militia had pulled out of the hospital in the old town",
        ),
    ],
)
def test_a_mid_sentence_attribution_reports_the_clause_before(text: str, speaker: str, content: str) -> None:
    found = _views(text)
    assert [(t, d) for t, d, _ in found] == [(content, False)]
    assert speaker in found[0][2]


# ------------------------------------ a fronted "By noon" stays in the reported clause


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("By noon the fighters had left the port, witnesses said.", "By noon the fighters had left the port"),
        (
            "By Monday evening the brigade had reached Sirte, officials said.",
            "By Monday evening the brigade had reached Sirte",
        ),
        (
            "In Zawiya, fighters blocked the coast road, witnesses said.",
            "In Zawiya, fighters blocked the coast road",
        ),
        (
            "Late on Tuesday the brigade had withdrawn from the bridge, witnesses said.",
            "Late on Tuesday the brigade had withdrawn from the bridge",
        ),
    ],
)
def test_a_fronted_phrase_of_a_reported_clause_is_kept(text: str, content: str) -> None:
    assert [t for t, _, _ in _views(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Monday its forces had retaken Gharyan.",
        "On Monday the ministry said its forces had retaken Gharyan.",
    ],
)
def test_the_speech_verbs_own_time_stays_out(text: str) -> None:
    assert [t for t, _, _ in _views(text)] == ["its forces had retaken Gharyan"]
