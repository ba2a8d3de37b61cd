"""Statements, round 32: an accusation reports what is claimed without its verb ("accused
the brigade of looting shops": "the brigade of looting shops", however the parser hangs the
gerund); a request told by another speaker ("a spokesman said the council had asked Egypt
for arms") is the teller's statement, the whole clause, and a report told to someone
("said the minister had told him that ...") stands beside it; a transcript's questions are the
interviewer's; "he" after "one of them said" is that one; an absolute clause (", most of them
heading north") stays in the content; a closing channel phrase is the channel; a question put
before a quoted answer is no content; a nationality adjective on a speech noun names the
country; a request joined to a verdict on the content's subject is the reporter's.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.model import Statement

PARSER = Parser()
PUBLISHED = "2021-03-02"


def _statements(text: str) -> list[Statement]:
    return list(PARSER.parse(text, published=PUBLISHED).statements)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in _statements(text)]


# ------------------------------------------------ "accused X of Y": what is claimed, not the verb


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Local elders accused the brigade of looting shops while the town burned.",
            "elders",
            "the brigade of looting shops",
        ),
        (
            "The council accused the militia of smuggling migrants.",
            "council",
            "the militia of smuggling migrants",
        ),
        (
            "Residents accused the brigade of burning farms.",
            "Residents",
            "the brigade of burning farms",
        ),
    ],
)
def test_an_accusation_reports_the_claim_without_its_verb(text: str, speaker: str, content: str) -> None:
    found = _pairs(text)
    assert len(found) == 1
    assert found[0][0].casefold().endswith(speaker.casefold())
    assert found[0][1] == content


def test_an_announcement_keeps_its_verb() -> None:
    """The near miss: an announcing verb's object still keeps the verb."""
    found = _pairs("The army announced the capture of the airport.")
    assert found
    assert found[0][1] == "announced the capture of the airport"


# ------------------------------------------------ "X said Y had asked Z for W": X's report


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "A spokesman for the council, Omar Salem, said the council had asked Egypt for ammunition.",
            "Omar Salem",
            "the council had asked Egypt for ammunition",
        ),
        (
            "Ali Zidan said the army had urged the militias to leave the capital.",
            "Ali Zeidan",
            "the army had urged the militias to leave the capital",
        ),
        (
            "The mayor told reporters that the UN had called for a ceasefire in the south.",
            "mayor",
            "the UN had called for a ceasefire in the south",
        ),
    ],
)
def test_a_request_told_by_another_is_the_tellers_statement(text: str, speaker: str, content: str) -> None:
    found = _pairs(text)
    assert found == [(found[0][0], content)]
    assert found[0][0].casefold().endswith(speaker.casefold())


def test_a_report_relayed_by_another_still_gives_way() -> None:
    """The near miss: a report whose content is only another's report of a claim is that
    other speaker's ("added that witnesses stated that ...")."""
    found = _pairs("The official added that witnesses had stated that the convoy left Sirte at dawn.")
    assert [who for who, _ in found] == ["witnesses"]


# ------------------------------------------------ a transcript's questions are the interviewer's

NAMED_TURNS = """Talking to the spokesman

Transcript, 3 May 2020

AHMED SALEM (army spokesman): Our units reached the bridge at dawn.

Q: The council says your men shelled the market. Is that true?

SALEM: No. The council is lying, and it knows it.

Q: Did the minister say the talks had failed?

SALEM: He told me the talks would resume next week.
"""

QUESTIONS_AND_ANSWERS = """An interview with the mayor of Zawiya

Omar Salem, the mayor of Zawiya, spoke to us on Tuesday. The ministry said on Monday that the water in the town was unsafe.

Q: The ministry says the water is unsafe. What do you say?

A: The water is safe. Our engineers tested it last week.

Q: Will the army withdraw from the port?

A: I think so. The commander promised it.
"""


@pytest.mark.parametrize("text", [NAMED_TURNS, QUESTIONS_AND_ANSWERS])
def test_a_claim_told_in_a_question_is_no_statement(text: str) -> None:
    found = _statements(text)
    questions = [(q, text.find("\n\n", q)) for q in range(len(text)) if text.startswith("Q:", q)]
    for s in found:
        assert not any(lo <= s.span.start < hi for lo, hi in questions), s
    answers = [s for s in found if s.direct]
    assert len(answers) == (3 if text is NAMED_TURNS else 2)
    assert len({s.speaker for s in answers}) == 1
    assert all("say" not in s.text and "will" not in s.text.casefold().split() for s in found)


def test_the_introduction_of_a_transcript_still_reports() -> None:
    """The near miss: a report outside the questions (the introduction's) still stands."""
    found = _pairs(QUESTIONS_AND_ANSWERS)
    assert ("ministry", "the water in the town was unsafe") in found


# ------------------------------------------------ "one of them said ... he said": the one, not a name before


@pytest.mark.parametrize(
    ("text", "group", "quote"),
    [
        (
            "The army spokesman Ahmed Mismari spoke on Monday. Tuareg elders disagree. One of them,"
            ' reached by phone, said the men were farmers. "They treat us as strangers," he said.',
            "Tuareg elders",
            "They treat us as strangers",
        ),
        (
            "Prime Minister Ali Zeidan flew to Sabha on Monday. Local officials were angry. One of the"
            ' officials said the army had not come. "We were left alone," he told reporters.',
            "officials",
            "We were left alone",
        ),
    ],
)
def test_he_after_one_of_a_group_continues_that_one(text: str, group: str, quote: str) -> None:
    found = _pairs(text)
    assert (group, quote) in found, found
    assert all(who == group for who, _ in found), found


def test_he_after_a_named_speaker_still_continues_the_name() -> None:
    """The near miss: with no partitive speaker between, "he" is the person named before."""
    text = (
        "Local officials were angry. Prime Minister Ali Zeidan flew to Sabha on Monday and said the"
        ' army would come. "We will not leave you alone," he told reporters.'
    )
    found = _pairs(text)
    assert ("Ali Zeidan", "We will not leave you alone") in found, found


# ------------------------------------------------ ", most of them heading north": an absolute clause stays


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Dozens of families have left Kufra, most of them heading north to Ajdabiya,"
            " local officials told Libya Review on Monday.",
            "Dozens of families have left Kufra, most of them heading north to Ajdabiya",
        ),
        (
            "Hundreds of fighters withdrew from the port, many of them carrying their wounded,"
            " a commander told AFP on Sunday.",
            "Hundreds of fighters withdrew from the port, many of them carrying their wounded",
        ),
        (
            "Two convoys left Misrata at dawn, one of them heading south to Sirte, the ministry said in a statement.",
            "Two convoys left Misrata at dawn, one of them heading south to Sirte",
        ),
    ],
)
def test_an_absolute_clause_is_part_of_the_content(text: str, content: str) -> None:
    assert [said for _, said in _pairs(text)] == [content]


def test_an_ing_tail_of_the_subject_is_still_cut() -> None:
    """The near miss: a participle with no subject of its own is a tail."""
    found = _pairs("The army said it had seized the airport, dealing a blow to the militias.")
    assert [said for _, said in found] == ["it had seized the airport"]


# ------------------------------------------------ "Turkish statements about X": the country named before


@pytest.mark.parametrize(
    ("text", "country", "content"),
    [
        (
            "Turkey sent more drones to Misrata last week. Turkish statements about launching an"
            " offensive on Sirte have alarmed Cairo.",
            "Turkey",
            "launching an offensive on Sirte",
        ),
        (
            "Egypt massed tanks near the border. Egyptian warnings about a push on Sirte have grown louder.",
            "Egypt",
            "a push on Sirte",
        ),
        (
            "Italy sent a hospital ship. Cairo welcomed the Italian call for a ceasefire.",
            "Italy",
            "a ceasefire",
        ),
    ],
)
def test_a_nationality_adjective_owns_a_speech_noun(text: str, country: str, content: str) -> None:
    assert (country, content) in _pairs(text), _pairs(text)


def test_a_nationality_with_no_country_named_owns_nothing() -> None:
    """The near miss: no country of that nationality in the story, no owner guessed."""
    assert _pairs("Egyptian warnings about a push on Sirte have grown louder.") == []


# ------------------------------------------------ "... in a statement posted online" closing the content


@pytest.mark.parametrize(
    ("text", "content", "channel"),
    [
        (
            "Islamic State claimed responsibility for the attack in a statement posted online.",
            "claimed responsibility for the attack",
            "statement",
        ),
        (
            "The Nawasi brigade claimed responsibility for the ambush in a video posted online.",
            "claimed responsibility for the ambush",
            "video",
        ),
    ],
)
def test_a_closing_channel_phrase_is_the_channel_not_the_content(
    text: str, content: str, channel: str
) -> None:
    found = _statements(text)
    assert [(s.text, s.channel) for s in found] == [(content, channel)]


def test_a_channel_noun_inside_the_content_stays() -> None:
    """The near miss: a channel noun that does not close the content is part of it."""
    found = _pairs("Fathi Bashagha said the claims in a statement by the army had angered the council.")
    assert [said for _, said in found] == ["the claims in a statement by the army had angered the council"]


# ------------------------------------------------ 'Asked whether ..., X said: "Never."': the question is no content


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ('Asked whether the army would withdraw, Ahmed Mismari said: "Never."', "Never"),
        ('Pressed on the timing of the vote, Aguila Saleh replied: "Soon."', "Soon"),
    ],
)
def test_a_question_put_before_a_quoted_answer_is_no_statement(text: str, answer: str) -> None:
    found = _statements(text)
    assert [(s.text, s.direct) for s in found] == [(answer, True)]


def test_a_clause_before_a_closing_attribution_is_still_the_content() -> None:
    """The near miss: a stranded clause before "X added" that is no question is what was said."""
    found = _pairs("Militants who fled Sirte regrouped in the desert, Ahmed Mismari added.")
    assert [said for _, said in found] == ["Militants who fled Sirte regrouped in the desert"]


# ------------------------------------------------ "X said Y had told Z that ...": both reports stand


@pytest.mark.parametrize(
    ("text", "outer", "outer_text", "inner_text"),
    [
        (
            "The mayor of Zawiya said the interior minister had told him that the police would return next week.",
            "mayor",
            "the interior minister had told him that the police would return next week",
            "the police would return next week",
        ),
        (
            "A senior official said the Turkish ambassador had assured the council that no more troops would come.",
            "senior official",
            "the Turkish ambassador had assured the council that no more troops would come",
            "no more troops would come",
        ),
    ],
)
def test_a_report_told_to_someone_stands_beside_its_teller(
    text: str, outer: str, outer_text: str, inner_text: str
) -> None:
    found = _pairs(text)
    assert (outer, outer_text) in found, found
    assert inner_text in [said for _, said in found], found


def test_an_order_told_inside_a_report_is_the_tellers() -> None:
    found = _pairs("The mayor said the army had told residents to leave.")
    assert found == [("mayor", "the army had told residents to leave")]


# ------------------------------------------------ "said X was a Y and asked Z to ...": the reporter asks


@pytest.mark.parametrize(
    ("text", "speaker", "asked"),
    [
        (
            "The ministry said that Haftar was a war criminal and called for his arrest.",
            "ministry",
            "his arrest",
        ),
        (
            "The ministry said in a statement that Haftar was a war criminal and called for his arrest.",
            "ministry",
            "his arrest",
        ),
        (
            "The High Council of State said in a statement that the Libyan National Army was a rebel"
            " force and asked the United Nations to act.",
            "High Council of State",
            "the United Nations to act",
        ),
    ],
)
def test_a_request_after_a_verdict_on_the_subject_is_the_reporters(
    text: str, speaker: str, asked: str
) -> None:
    assert (speaker, asked) in _pairs(text), _pairs(text)


def test_a_request_after_a_state_of_a_named_subject_stays_the_subjects() -> None:
    """The near miss: "Italy was concerned and urged ...": Italy may ask."""
    found = _pairs("France said that Italy was concerned and urged both sides to talk.")
    assert ("Italy", "both sides to talk") in found, found
