"""Statements over the parse: the speech-verb table and generated attributions.

Every sentence here is written for these tests; the properties are that the right speaker
is found, the text slices the input, and quoted words are direct.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import parse_article
from libya_events.extraction._statements import find_quotes, parse_table, speech_verbs

SPEAKERS = ["Ahmed Mismari", "Fathi Bashagha", "Khalifa Haftar"]
CLAUSES = [
    "the convoy had reached the coast road",
    "fighters withdrew from the port overnight",
    "talks would resume within a week",
    "the airport stayed closed for a third day",
]
INDIRECT = [
    "{s} said {c}.",
    "{s} said on Monday that {c}.",
    "{s} told reporters that {c}.",
    "{s} warned that {c}.",
    "{c}, {s} said.",
    "{s}, who spoke in the capital, said {c}.",
    "{s} was quoted as saying {c}.",
    "Speaking in the capital, {s} added that {c}.",
]
DIRECT = [
    '"{q}," {s} said.',
    "\u201c{q},\u201d {s} told reporters.",
    "'{q},' {s} said.",
    "\u2018{q},\u2019 {s} said.",
    '{s} said: "{q}."',
    '{s} spoke on Monday, saying: "{q}."',
]
QUOTES = [
    "We will hold the line",
    "Nobody is leaving the city tonight",
    "The road to the south is open again",
]


def _surname(name: str) -> str:
    return name.split()[-1]


def test_packaged_table_is_valid_and_broad() -> None:
    table = speech_verbs()
    assert len(table) >= 100
    for lemma, row in table.items():
        assert lemma == row.lemma
        assert lemma.isalpha()
        assert lemma.islower()
        assert row.args
    assert table["say"].args == ("ccomp",)
    assert table["tweet"].channel == "Twitter"


@pytest.mark.parametrize(
    "raw",
    [
        "say\tccomp",  # too few cells
        "Say\tccomp\t-",  # not a lemma
        "say\tsubject\t-",  # unknown argument
        "say\tccomp\t-\nsay\tdobj\t-",  # listed twice
    ],
)
def test_bad_table_rows_are_rejected(raw: str) -> None:
    with pytest.raises(ValueError, match=r"speech_verbs\.tsv line"):
        parse_table(raw)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(INDIRECT), st.sampled_from(SPEAKERS), st.sampled_from(CLAUSES))
def test_reported_speech_has_its_speaker_and_clause(template: str, speaker: str, clause: str) -> None:
    text = "Fighting went on near Tripoli. " + template.format(s=speaker, c=clause)
    article = parse_article(text, published="2021-03-02")
    found = [s for s in article.statements if s.speaker and _surname(speaker) in s.speaker]
    assert found, [(s.speaker, s.text) for s in article.statements]
    statement = found[0]
    assert statement.direct is False
    assert text[statement.span.start : statement.span.end] == statement.text
    assert clause in statement.text or statement.text in clause
    assert len(statement.text) >= len(clause) - 2


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(DIRECT), st.sampled_from(SPEAKERS), st.sampled_from(QUOTES))
def test_quotations_are_direct_and_slice_the_text(template: str, speaker: str, quote: str) -> None:
    text = "Fighting went on near Tripoli. " + template.format(s=speaker, q=quote)
    article = parse_article(text, published="2021-03-02")
    direct = [s for s in article.statements if s.direct]
    assert len(direct) == 1, [(s.speaker, s.text) for s in article.statements]
    statement = direct[0]
    assert statement.text == quote
    assert text[statement.span.start : statement.span.end].rstrip(",.") == quote
    assert statement.speaker is not None
    assert _surname(speaker) in statement.speaker


@pytest.mark.parametrize(
    "text",
    [
        '"We will hold the line," Ahmed Mismari said. "Nobody is leaving the city tonight."',
        '"We will hold the line," Ahmed Mismari said, "and nobody is leaving the city tonight."',
        '"We will hold the line," Ahmed Mismari said.\n\n"Nobody is leaving the city tonight."',
    ],
)
def test_continued_and_split_quotations_are_one_statement(text: str) -> None:
    direct = [s for s in parse_article(text, published="2021-03-02").statements if s.direct]
    assert len(direct) == 1, [(s.speaker, s.text) for s in direct]
    assert direct[0].speaker == "Ahmed Mismari"
    assert "hold the line" in direct[0].text
    assert "leaving the city tonight" in direct[0].text


def test_a_quote_never_takes_the_next_paragraphs_speaker() -> None:
    text = (
        "Shelling resumed near the port.\n\n"
        '"The night was long and loud."\n\n'
        "Ahmed Mismari said the convoy had reached the coast road."
    )
    article = parse_article(text, published="2021-03-02")
    assert not [s for s in article.statements if s.direct and s.speaker == "Ahmed Mismari"]


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Mismari and Fathi Bashagha said the convoy had reached the coast road.",
        "Fathi Bashagha and Ahmed Mismari told reporters that the convoy had reached the coast road.",
    ],
)
def test_joint_speakers_each_get_the_statement(text: str) -> None:
    speakers = {s.speaker for s in parse_article(text, published="2021-03-02").statements}
    assert {"Ahmed Mismari", "Fathi Bashagha"} <= speakers


@pytest.mark.parametrize(
    "text",
    [
        "According to Ahmed Mismari, the convoy had reached the coast road.",
        "The convoy had reached the coast road, according to Ahmed Mismari.",
    ],
)
def test_according_to_names_the_speaker(text: str) -> None:
    statements = parse_article(text, published="2021-03-02").statements
    assert [s.speaker for s in statements] == ["Ahmed Mismari"]
    assert "convoy had reached the coast road" in statements[0].text
    assert "according" not in statements[0].text.lower()


def test_reported_content_stops_before_a_trailing_clause_and_tail() -> None:
    text = "Ahmed Mismari said the convoy had reached Sirte, which guards the oil ports, dealing a blow to rivals."
    statement = parse_article(text, published="2021-03-02").statements[0]
    assert statement.text == "the convoy had reached Sirte"


def test_silenced_and_passive_verbs_report_nothing() -> None:
    text = "Ahmed Mismari declined to say where the convoy went. It was reported that the port had closed."
    assert not parse_article(text, published="2021-03-02").statements


def test_unnamed_sources_speak() -> None:
    text = "Several witnesses said the convoy had reached the coast road."
    statements = parse_article(text, published="2021-03-02").statements
    assert [s.speaker for s in statements] == ["witnesses"]


def test_channel_from_the_attribution() -> None:
    text = "Ahmed Mismari said in a televised address that the convoy had reached the coast road."
    assert parse_article(text, published="2021-03-02").statements[0].channel == "televised address"


def test_apostrophes_are_not_quotes() -> None:
    assert find_quotes("The rebels' positions and Libya's ports were shelled.") == []
    assert find_quotes("He called it 'a dark day' for all.") == [(14, 24)]


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab \"'\u201c\u201d\u2018\u2019.,:;\n-Mismari said that")), max_size=200
    )
)
def test_no_crash_and_spans_slice_on_any_string(text: str) -> None:
    for statement in parse_article(text, published="2021-03-02").statements:
        assert 0 <= statement.span.start <= statement.span.end <= len(text)
        if not statement.direct:
            assert text[statement.span.start : statement.span.end] == statement.text
