"""Statements: one test per rule of the second round (pronoun speakers, nested reports,
colon clauses, quotes inside single quotes, joint descriptive speakers, channels).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import parse_article
from libya_events.extraction._statements import SPEECH_CUE, find_quotes, speech_verbs
from libya_events.model import Statement


def _statements(text: str) -> list[Statement]:
    return parse_article(text, published="2021-03-02").statements


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in _statements(text)]


def test_a_pronoun_continues_the_previous_speaker_not_the_last_name() -> None:
    text = (
        "Ahmed Mismari said the convoy had reached the camp that Khalifa Haftar visited last year. "
        "He told reporters that talks would resume within a week."
    )
    found = [s for s in _statements(text) if "talks would resume" in s.text]
    assert [s.speaker for s in found] == ["Ahmed Mismari"], _pairs(text)


def test_they_continues_the_body_that_spoke() -> None:
    text = (
        "The United Nations said on Monday that hundreds of migrants had crossed into the town. "
        "They said more food was needed at the border."
    )
    found = [s for s in _statements(text) if "more food" in s.text]
    assert [s.speaker for s in found] == ["United Nations"], _pairs(text)


def test_the_man_continues_a_single_unnamed_source() -> None:
    text = (
        "'We saw the tanks on the bridge at dawn,' said one resident of the town. "
        "'They fired at the houses near the market,' the man told a local radio station."
    )
    direct = [s for s in _statements(text) if s.direct]
    assert len(direct) == 2, _pairs(text)
    assert all(s.speaker == "resident" for s in direct), _pairs(text)
    assert direct[1].channel == "interview"


def test_a_relayed_report_gives_way_to_the_source_it_relays() -> None:
    text = "The agency reported that witnesses said the bridge over the wadi had been destroyed."
    found = _pairs(text)
    assert [who for who, _ in found] == ["witnesses"], found
    assert "bridge over the wadi had been destroyed" in found[0][1]


def test_a_report_deep_inside_another_stands_with_it() -> None:
    text = "Heavy fighting broke out in the port a day after the rebels reported capturing the town, witnesses said."
    speakers = {who for who, _ in _pairs(text)}
    assert "witnesses" in speakers, _pairs(text)
    assert any(t == "capturing the town" for _, t in _pairs(text)), _pairs(text)


def test_a_colon_clause_after_the_object_is_not_the_content() -> None:
    text = (
        "The Interior Ministry announced the end of the operation: the gunmen had been driven from the port."
    )
    found = _statements(text)
    assert len(found) == 1, _pairs(text)
    assert "the end of the operation" in found[0].text
    assert "gunmen" not in found[0].text


def test_single_quotes_may_hold_a_short_quote_of_their_own() -> None:
    text = "'The guns fell silent and the imams called for 'calm' across the city,' he said."
    spans = find_quotes(text)
    assert [text[a:b] for a, b in spans] == [
        "The guns fell silent and the imams called for 'calm' across the city,"
    ]


def test_joint_descriptive_speakers_split_by_their_adjectives() -> None:
    text = "The Italian and Maltese rescue teams said the search for survivors had ended."
    speakers = {who for who, _ in _pairs(text)}
    assert speakers == {"Italian rescue team", "Maltese rescue team"}, _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Armed men seized the oil field on Sunday to demand unpaid wages.",
        "Khalifa Haftar ordered his forces to advance on the capital.",
        "The charity released a report on the camps, which the coast guard denied.",
    ],
)
def test_purposes_orders_and_relative_objects_are_no_statements(text: str) -> None:
    assert not [s for s in _statements(text) if s.text.lower() in ("which", "")], _pairs(text)
    assert not [s for s in _statements(text) if "wages" in s.text or "advance" in s.text], _pairs(text)


def test_speaking_to_a_news_outlet_is_an_interview() -> None:
    text = "Ahmed Mismari told AFP that the convoy had reached the coast road."
    found = _statements(text)
    assert [s.channel for s in found] == ["interview"], _pairs(text)


def test_a_conjoined_report_with_its_own_subject_stays_in_the_content() -> None:
    text = (
        "The mission noted that the parties had exchanged prisoners and that the oil company "
        "announced the reopening of the port."
    )
    found = [s for s in _statements(text) if "exchanged prisoners" in s.text]
    assert found, _pairs(text)
    assert "reopening of the port" in found[0].text


def test_the_content_keeps_an_apposition_inside_it() -> None:
    """Inside the clause an apposition stays; one that closes the content is cut (round 50)."""
    text = "Ahmed Mismari said his forces took Sirte, the coastal city east of Misrata, on Tuesday."
    assert _statements(text)[0].text == "his forces took Sirte, the coastal city east of Misrata, on Tuesday"
    text = "Ahmed Mismari said his forces now hold Sirte, the coastal city east of Misrata."
    assert _statements(text)[0].text == "his forces now hold Sirte"


def test_a_name_in_apposition_to_the_subjects_last_noun_speaks() -> None:
    text = "The head of the Algerian rescue team in Derna, Ahmed Mismari, said the search would go on."
    assert [who for who, _ in _pairs(text)] == ["Ahmed Mismari"], _pairs(text)


def test_the_speech_cue_covers_every_verb_of_the_table() -> None:
    irregular = {"say": "said", "tell": "told", "write": "wrote", "swear": "swore", "think": "thought"}
    for lemma in speech_verbs():
        if lemma.endswith("e"):
            past = lemma + "d"
        elif lemma.endswith("y") and lemma[-2] not in "aeiou":
            past = lemma[:-1] + "ied"
        else:
            past = lemma + "ed"
        for form in (lemma, irregular.get(lemma, past), lemma.removesuffix("e") + "ing"):
            assert SPEECH_CUE.search(f"Then they {form} it."), form
    assert not SPEECH_CUE.search("Forces advanced on the town at dawn.")
    assert not SPEECH_CUE.search("Libya's army took the address of the rebel base.")


def test_a_headline_restates_the_body_and_adds_no_statement() -> None:
    text = (
        "Mismari says convoy reached the coast\n\nAhmed Mismari said the convoy had reached the coast road."
    )
    found = _statements(text)
    assert len(found) == 1, _pairs(text)
    assert found[0].span.start > text.index("\n")


def test_a_dateline_place_parsed_as_a_subject_does_not_speak() -> None:
    text = "Misrata, 4 May 2021 - The Interior Ministry welcomes the reopening of the coast road."
    assert [who for who, _ in _pairs(text)] == ["Interior Ministry"], _pairs(text)


def test_the_subject_after_a_comma_speaks_not_the_fronted_place() -> None:
    text = "In Zliten, the town that held out for weeks, a local official said the road had reopened."
    found = _pairs(text)
    assert [who for who, _ in found] == ["local official"], found


def test_an_unknown_body_after_according_to_speaks() -> None:
    text = "Dozens of families went back to the town in May, according to the Ministry of Water Resources."
    assert [who for who, _ in _pairs(text)] == ["Ministry of Water Resources"], _pairs(text)


@pytest.mark.parametrize("noun", ["airport administration", "hospital", "municipality"])
def test_unnamed_institutions_speak(noun: str) -> None:
    text = f"Flights are being diverted to Misrata, the {noun} said on Facebook."
    found = _statements(text)
    assert [s.speaker for s in found] == [noun], _pairs(text)
    assert found[0].channel == "Facebook"


def test_a_participle_takes_the_actor_of_the_clause_before_it() -> None:
    text = (
        "The crisis began in March, when the House of Representatives named a new premier, "
        "arguing that the mandate of the old cabinet had run out."
    )
    found = [s for s in _statements(text) if "mandate" in s.text]
    assert [s.speaker for s in found] == ["House of Representatives"], _pairs(text)


def test_a_statement_relayed_by_a_spokesman_is_the_issuers() -> None:
    text = "Late on Monday, Fathi Bashagha issued a statement welcoming the truce, a spokesman said."
    assert [who for who, _ in _pairs(text)] == ["Fathi Bashagha"], _pairs(text)


def test_said_by_phone_is_a_means_not_an_agent() -> None:
    text = (
        '"The road is closed," Salem Barouni, a local official, said by phone. He said two trucks had burned.'
    )
    found = _pairs(text)
    assert [who for who, _ in found] == ["Salem Barouni", "Salem Barouni"], found
    assert _statements(text)[0].channel == "telephone"


def test_a_trailing_tab_after_a_sentence_leaves_consistent_records() -> None:
    for text in ("80 80km Bab al-Aziziya\t", "Ahmed Mismari said the road had reopened.\t"):
        for statement in _statements(text):
            assert text[statement.span.start : statement.span.end] == statement.text or statement.direct


def test_a_live_blog_heading_adds_no_statement() -> None:
    text = (
        "Fighting in the capital\n\n"
        "Shelling went on near the port on Sunday.\n\n"
        "14:30 GMT - Envoy calls for calm\n\n"
        "The UN envoy Ahmed Mismari urged both sides to stop firing at once."
    )
    found = _statements(text)
    assert len(found) == 1, _pairs(text)
    assert "stop firing" in found[0].text
