"""Statements, round 27: forecasts are not statements ("analysts expect the army to push
north"), a proclaimed victory is its proclaimer's statement and no capture ("declared the
liberation of X"), and a decree declared ("three days of mourning") says nothing.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import MovementKind, Parser
from libya_events.model import Statement

PARSER = Parser()
PUBLISHED = "2021-03-02"


def _statements(text: str) -> list[Statement]:
    return list(PARSER.parse(text, published=PUBLISHED).statements)


# ------------------------------------------------ "X expect Y to do Z": a forecast, not a statement


@pytest.mark.parametrize(
    "text",
    [
        "Observers expect the army to push north toward Misrata in the coming days.",
        "Diplomats expect the contractors to stay at the air base rather than leave.",
        "Most analysts believe the brigade to be short of fuel.",
    ],
)
def test_a_forecast_with_an_infinitive_is_no_statement(text: str) -> None:
    assert _statements(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials expect that the talks will resume next week.", "the talks will resume next week"),
        (
            "Aid groups now estimate that more than 20,000 people have fled the town.",
            "more than 20,000 people have fled the town",
        ),
        ("The minister urged the militias to leave the capital.", "the militias to leave the capital"),
    ],
)
def test_a_that_clause_after_a_forecast_verb_and_an_urging_still_report(text: str, content: str) -> None:
    assert [s.text for s in _statements(text)] == [content]


# ------------------------------------------------------ "declared the liberation of X"


def test_a_described_armed_side_that_declares_a_liberation_speaks() -> None:
    text = "The clashes broke out a year after tribal forces declared the liberation of Gharyan."
    article = PARSER.parse(text, published=PUBLISHED)
    assert [(s.speaker, s.text, s.direct) for s in article.statements] == [
        ("tribal forces", "the liberation of Gharyan", False)
    ]
    assert not [m for m in article.movements if m.kind is MovementKind.CAPTURE]
    assert "tribal forces" in {a.name for a in article.actors}


def test_a_proclaimed_control_is_the_object_without_the_verb() -> None:
    text = "The rebels proclaimed their control of the port of Zuwara."
    assert [s.text for s in _statements(text)] == ["their control of the port of Zuwara"]


def test_an_announced_capture_keeps_its_verb_and_its_movement() -> None:
    article = PARSER.parse("The army announced the capture of Gharyan on Monday.", published=PUBLISHED)
    assert [s.text for s in article.statements] == ["announced the capture of Gharyan"]
    assert [(m.kind, m.actor) for m in article.movements] == [(MovementKind.CAPTURE, "army")]


def test_plain_forces_with_no_describing_word_are_no_new_speaker() -> None:
    assert _statements("The forces said nothing.") == []


# ----------------------------------------------------------- a decree declared says nothing


@pytest.mark.parametrize(
    "text",
    [
        "The council declared three days of mourning after the blast.",
        "The government declared Sunday a public holiday.",
        "The prime minister declared a day of national mourning for the victims.",
    ],
)
def test_a_declared_decree_is_no_statement(text: str) -> None:
    assert _statements(text) == []


def test_a_declared_clause_is_still_a_statement() -> None:
    assert [s.text for s in _statements("The council declared that the road was open.")] == [
        "the road was open"
    ]


# ------------------------------------------- "The fighters, they said, had left": who "they" are


def test_a_pronoun_in_a_mid_clause_attribution_is_not_the_clause_subject() -> None:
    text = (
        "Village elders told a different story. The fighters of the tribe, they said, had pulled back "
        "to the hills to spare the villagers."
    )
    assert [s.speaker for s in _statements(text)] == ["elders"]


def test_a_pronoun_in_a_mid_clause_attribution_continues_the_earlier_speaker() -> None:
    text = "The minister spoke on Monday. The militia, he said, had left the port before dawn."
    assert [(s.speaker, s.text) for s in _statements(text)] == [
        ("minister", "The militia had left the port before dawn")
    ]


def test_a_pronoun_speaking_in_its_own_clause_still_finds_a_subject_before_it() -> None:
    text = "The mayor visited the camp on Sunday, and he said the families would be moved."
    assert [s.speaker for s in _statements(text)] == ["mayor"]


# ----------------------------------------- a body's branch, a denial of an act, part of a group


def test_a_bodys_branch_speaks_for_the_body() -> None:
    text = (
        "The Libyan Red Crescent sent teams to the town. Its local branch said four people had been killed."
    )
    assert [(s.speaker, s.text) for s in _statements(text)] == [
        ("Libyan Red Crescent", "four people had been killed")
    ]


def test_a_denied_act_told_by_a_gerund_is_the_statement() -> None:
    assert [(s.speaker, s.text) for s in _statements("The army denied shelling the hospital.")] == [
        ("army", "shelling the hospital")
    ]


def test_a_denied_clause_is_still_the_statement() -> None:
    assert [s.text for s in _statements("The ministry denied that its troops had fired.")] == [
        "its troops had fired"
    ]


def test_one_of_a_named_group_speaks_as_the_group() -> None:
    text = "Fighters from Zintan held the bridge. One of the fighters said the road was mined."
    found = _statements(text)
    assert [(s.speaker, s.text) for s in found] == [("Zintan brigades", "the road was mined")]


def test_a_part_of_a_group_of_people_is_an_unnamed_speaker() -> None:
    text = '"We found him in a drain," one of the young men who caught him said.'
    assert [(s.speaker, s.direct) for s in _statements(text)] == [("one of the young men", True)]


def test_captors_speak_as_an_unnamed_source() -> None:
    text = "The convoy left at night. Its captors accused the minister of having allowed the raid."
    assert [s.speaker for s in _statements(text)] == ["captors"]


# ------------------------------- "..., a fighter who gave his name as X told reporters": X said the clause


def test_a_closing_attribution_by_a_man_giving_his_name_reports_the_clause() -> None:
    text = "Other units reached the edge of Zliten, a fighter who gave his name as Omar told reporters by telephone."
    assert [(s.speaker, s.text, s.channel) for s in _statements(text)] == [
        ("Omar", "Other units reached the edge of Zliten", "telephone")
    ]


def test_a_man_giving_his_name_before_the_verb_keeps_his_own_clause() -> None:
    text = "A man who gave his name as Omar said the road was closed."
    assert [(s.speaker, s.text) for s in _statements(text)] == [("Omar", "the road was closed")]


def test_a_name_given_in_a_clause_with_no_speech_says_nothing() -> None:
    text = "Other units reached the edge of Zliten, a town whose people gave its name to a dish."
    assert _statements(text) == []


def test_a_name_a_speaker_gives_is_a_person_whom_he_continues() -> None:
    text = (
        "About 500 migrant workers waited at the port for a ship.\n\n"
        "Other units reached the edge of Zliten, a fighter who gave his name as Salem told reporters by "
        "telephone. Their advance was slowed by mines, he said, and some units pulled back."
    )
    assert [(s.speaker, s.text) for s in _statements(text)] == [
        ("Salem", "Other units reached the edge of Zliten"),
        ("Salem", "Their advance was slowed by mines"),
    ]


# --------------------------------- "X who fled Y regrouped Z, he added": a clause the parser stranded


def test_a_closing_he_added_reports_the_sentence_the_parser_left_without_a_clause() -> None:
    text = (
        "The spokesman spoke in a video on Thursday. Militants who fled the western suburbs regrouped "
        "around the hall on Friday, he added."
    )
    assert [(s.speaker, s.text) for s in _statements(text)] == [
        ("spokesman", "Militants who fled the western suburbs regrouped around the hall on Friday")
    ]


def test_a_bare_phrase_before_he_added_is_no_statement() -> None:
    assert _statements("The spokesman spoke on Thursday. On Friday, he added.") == []


# ------------------------ "X said A, and renewed his call for B": the call is X's own statement


def test_a_renewed_call_joined_to_a_reported_clause_is_the_reporters_own_statement() -> None:
    text = (
        "The speaker of parliament, Aguila Saleh, said the clashes proved the government had lost "
        "control, and renewed his call for a unified government."
    )
    assert [(s.speaker, s.text) for s in _statements(text)] == [
        ("Aguila Saleh", "the clashes proved the government had lost control"),
        ("Aguila Saleh", "a unified government"),
    ]


def test_a_renewed_object_that_is_no_speech_stays_in_the_reported_clause() -> None:
    text = "The minister said the militia had left the port and renewed its positions in the south."
    assert [s.text for s in _statements(text)] == [
        "the militia had left the port and renewed its positions in the south"
    ]
