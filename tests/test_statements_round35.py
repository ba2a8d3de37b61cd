"""Statements, round 35: a closing attribution after a sentence that opens with a time phrase
("On Monday, a convoy crossed ..., an official said"); ordinary people a report lets speak
("two Sudanese men told us", "herders reported"); and "reminded all sides of their duty", whose
object and "of" phrase are what was said.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from _statement_views import said as _said
from _statement_views import statements as _statements

from libya_events.extraction._statements import parse_table

# ------------------------------ an opening time phrase before a closing "an official said"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "On Monday, a convoy of trucks crossed into Egypt at Salloum, an Egyptian official said.",
            "a convoy of trucks crossed into Egypt at Salloum",
            "official",
        ),
        (
            "Last week, a convoy of aid trucks crossed into Libya at Wazin, a Tunisian official said.",
            "a convoy of aid trucks crossed into Libya at Wazin",
            "official",
        ),
        (
            "On Monday, two Egyptian trucks loaded with flour crossed into Libya at Salloum, "
            "an official told Reuters.",
            "two Egyptian trucks loaded with flour crossed into Libya at Salloum",
            "official",
        ),
    ],
)
def test_fronted_time_phrase_before_closing_attribution(text: str, words: str, speaker: str) -> None:
    found = _said(text, words)
    assert found, _statements(text)
    assert speaker in (found[0].speaker or "").lower()
    assert not found[0].direct


def test_fronted_time_phrase_with_a_clause_after_the_verb_keeps_its_reading() -> None:
    found = _statements("On Monday, the army said it had taken the town.")
    assert [s.text for s in found] == ["it had taken the town"]


# ------------------------------------------- ordinary people a report lets speak


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Two Sudanese men told us that guards moved them from Tajoura to Zuwara in March.",
            "guards moved them from Tajoura to Zuwara",
            "Sudanese men",
        ),
        (
            "Herders reported seeing armed men near the wells south of Ubari.",
            "armed men near the wells",
            "Herders",
        ),
        (
            "Fishermen in Zuwara said the coastguard had seized two of their boats.",
            "the coastguard had seized two of their boats",
            "Fishermen",
        ),
        (
            "Three Eritrean women said that guards moved them from Tajoura to Zuwara in May.",
            "guards moved them from Tajoura to Zuwara",
            "Eritrean women",
        ),
    ],
)
def test_people_nouns_speak(text: str, words: str, speaker: str) -> None:
    found = _said(text, words)
    assert found, _statements(text)
    assert speaker in (found[0].speaker or "")


def test_bare_men_the_report_is_about_do_not_speak() -> None:
    text = 'An official denied that the men had been beaten and said they were "held under the law".'
    speakers = {s.speaker for s in _statements(text)}
    assert speakers
    assert all(s is not None and "men" not in s.split() for s in speakers)


# ------------------------------------------------- "reminded X of Y": the object and its "of"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Fighting resumed near Gharyan on Monday. The UN mission reminded both sides of their duty "
            "to spare civilians.",
            "both sides of their duty to spare civilians",
        ),
        (
            "Clashes broke out in Zawiya. The interior ministry informed the public of a curfew "
            "starting at 8 p.m.",
            "the public of a curfew starting at 8 p.m.",
        ),
        (
            "The envoy assured the delegations of his full support for the talks in Geneva.",
            "the delegations of his full support for the talks in Geneva",
        ),
    ],
)
def test_addressee_and_of_phrase_are_what_was_said(text: str, said: str) -> None:
    assert said in [s.text for s in _statements(text)]


def test_addressee_alone_is_no_statement() -> None:
    assert _statements("The minister reminded reporters in Tripoli on Sunday.") == []


def test_addressee_with_that_clause_reports_the_clause() -> None:
    texts = [s.text for s in _statements("The minister reminded reporters that the truce was still holding.")]
    assert texts == ["the truce was still holding"]


def test_table_reads_the_of_argument() -> None:
    table = parse_table("lemma\targs\tchannel\nremind\tccomp dobj:of\t-\n")
    assert table["remind"].args == ("ccomp", "dobj:of")


# --------------------------------------------------- "on Twitter" closing an object's content


@pytest.mark.parametrize(
    ("text", "said", "channel"),
    [
        ("The prime minister confirmed the hijacking on Twitter.", "the hijacking", "Twitter"),
        (
            "The army announced the capture of the airport on Facebook.",
            "the capture of the airport",
            "Facebook",
        ),
        (
            "The envoy welcomed the release of the two journalists on Twitter on Sunday.",
            "the release of the two journalists",
            "Twitter",
        ),
    ],
)
def test_platform_closing_the_content_is_its_channel(text: str, said: str, channel: str) -> None:
    found = _said(text, said)
    assert found, _statements(text)
    assert "Twitter" not in found[0].text
    assert "Facebook" not in found[0].text
    assert found[0].channel == channel


def test_platform_inside_the_reported_clause_stays() -> None:
    found = _statements("The ministry said a page on Facebook had spread false reports about the port.")
    assert [s.text for s in found] == ["a page on Facebook had spread false reports about the port"]


# ----------------------------------------- "X's message was clear: ..." brings X's statement


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "The LNA's position was clear: no foreign troops would be accepted on Libyan soil.",
            "no foreign troops would be accepted on Libyan soil",
            "Libyan National Army",
        ),
        (
            "The message from the UN mission was blunt: the truce would collapse without a monitoring force.",
            "the truce would collapse without a monitoring force",
            "United Nations Support Mission in Libya",
        ),
        (
            "Egypt's answer was simple: the crossing at Salloum would stay closed.",
            "the crossing at Salloum would stay closed",
            "Egypt",
        ),
    ],
)
def test_owned_message_before_a_colon(text: str, said: str, speaker: str) -> None:
    found = [s for s in _statements(text) if s.text == said]
    assert found, _statements(text)
    assert found[0].speaker == speaker
    assert not found[0].direct


def test_a_colon_after_a_plain_noun_reports_nothing() -> None:
    assert _statements("The situation in Sirte was clear: the town had fallen.") == []


def test_an_unowned_message_reports_nothing() -> None:
    assert _statements("The message was clear: the town had fallen.") == []
