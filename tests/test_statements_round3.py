"""Statements, third round: quoted characterisations and a speaker's restatements.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import parse_article
from libya_events.model import Statement


def _statements(text: str) -> list[Statement]:
    return parse_article(text, published="2021-03-02").statements


def _pairs(text: str) -> list[tuple[str | None, bool, str]]:
    return [(s.speaker, s.direct, s.text) for s in _statements(text)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'The foreign minister, Ali Salem, later dismissed the proposal as "dead on arrival."',
            "dead on arrival",
        ),
        (
            'The health minister, Ali Salem, toured the port and described what he saw as "grim."',
            "grim",
        ),
    ],
)
def test_an_object_characterised_by_a_quote_is_the_quote_alone(text: str, quoted: str) -> None:
    assert _pairs(text) == [("Ali Salem", True, quoted)]


def test_a_quote_inside_a_longer_content_leaves_the_report_standing() -> None:
    text = 'Ali Salem said the raid, which he described as "a crime", killed four people.'
    found = _statements(text)
    assert [(s.direct, s.text) for s in found] == [
        (False, 'the raid, which he described as "a crime", killed four people')
    ], _pairs(text)


def test_a_speakers_short_report_inside_their_own_longer_one_is_told_once() -> None:
    text = (
        "The minister, Ali Salem, said the defeat had taught the militia a lesson and "
        "was the end of what he called their reckless gamble."
    )
    found = _statements(text)
    assert len(found) == 1, _pairs(text)
    assert found[0].text.startswith("the defeat had taught the militia")


def test_a_report_inside_another_speakers_report_still_stands() -> None:
    text = "Ahmed Mismari said the town fell a day after the rebels reported capturing the bridge."
    speakers = {s.speaker for s in _statements(text)}
    assert speakers == {"Ahmed Mismari", "rebels"}, _pairs(text)


def test_a_channel_phrase_is_not_part_of_what_was_said() -> None:
    text = "The team's leader, Ali Salem, rejected in a press statement any intention to leave Derna."
    found = _statements(text)
    assert [s.text for s in found] == ["any intention to leave Derna"], _pairs(text)
    assert found[0].channel == "statement"


def test_a_channel_phrase_after_the_object_is_cut_too() -> None:
    text = "Commander Ali Salem declared a curfew over Benghazi in a statement on Monday."
    found = _statements(text)
    assert len(found) == 1, _pairs(text)
    assert "curfew over Benghazi" in found[0].text
    assert "statement" not in found[0].text


def test_a_quote_in_a_live_blog_heading_continues_no_earlier_quote() -> None:
    text = (
        "Live updates\n\n"
        "09:10 GMT - Salem: troops moving\n"
        'Ali Salem said in a televised interview that the soldiers were "slowly" moving to the coast.\n\n'
        "08:30 GMT - Army spokesman: 'a swift operation'\n"
        "Ahmed Mismari told a news conference in Benghazi that the port had been taken within hours.\n"
    )
    found = _statements(text)
    assert not [s for s in found if "swift" in s.text], _pairs(text)
    assert {s.speaker for s in found} == {"Ali Salem", "Ahmed Mismari"}, _pairs(text)


def test_an_attribution_inside_the_sentence_reports_the_clause_before_it() -> None:
    text = (
        "Government artillery pounded rebel positions near the border on Friday, insurgents said, "
        "after a week of quiet on the southern front."
    )
    found = _statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("insurgents", "Government artillery pounded rebel positions near the border on Friday")
    ], _pairs(text)


def test_a_title_owned_by_a_country_names_its_holder() -> None:
    text = (
        "Recep Tayyip Erdogan met army commanders in Ankara on Friday. "
        "Turkey's president said on Sunday that soldiers were moving to Libya."
    )
    found = [s for s in _statements(text) if "soldiers were moving" in s.text]
    assert [s.speaker for s in found] == ["Recep Tayyip Erdogan"], _pairs(text)


def test_a_country_owning_a_body_still_speaks_through_it() -> None:
    text = "Turkey's foreign ministry said on Sunday that soldiers were moving to Libya."
    found = [s for s in _statements(text) if "soldiers were moving" in s.text]
    assert len(found) == 1, _pairs(text)
    assert found[0].speaker != "Recep Tayyip Erdogan"


@pytest.mark.parametrize(
    "text",
    [
        "Ali Salem calls the new offensive Operation Desert Shield.",
        "Ali Salem named the operation Volcano of Anger.",
    ],
)
def test_giving_something_a_name_is_no_statement(text: str) -> None:
    assert not _statements(text), _pairs(text)


def test_calling_something_a_common_noun_is_still_a_verdict() -> None:
    text = "Ali Salem called the raid a crime against civilians."
    assert [s.speaker for s in _statements(text)] == ["Ali Salem"], _pairs(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Interior Ministry issued a warning that the coast road was closed.",
            "the coast road was closed",
        ),
        (
            "The Libyan National Army published news that naval patrols were deployed off Sirte.",
            "naval patrols were deployed off Sirte",
        ),
    ],
)
def test_the_that_clause_of_an_issued_object_is_what_was_said(text: str, content: str) -> None:
    assert [s.text for s in _statements(text)] == [content], _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Interior Ministry issued a statement that was read out on television.",
        "The Interior Ministry released a report on the camps.",
        "The coast guard released the fishermen on Monday.",
    ],
)
def test_issuing_or_releasing_without_a_that_clause_says_nothing(text: str) -> None:
    assert not _statements(text), _pairs(text)
