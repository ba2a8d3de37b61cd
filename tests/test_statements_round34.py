"""Statements, round 34: a quote that completes a verb of command ('ordered his units "to hold
the road"') is the words of whoever gave the order, not of the paragraph's last speaker; with
no quote an order is still no statement.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.extraction._statements import _stranded_content, parse_noun_table
from libya_events.model import Statement
from libya_events.syntax._records import ParsedSentence, Token

PARSER = Parser()
PUBLISHED = "2022-05-10"


def _statements(text: str) -> list[Statement]:
    return list(PARSER.parse(text, published=PUBLISHED).statements)


def _by_text(text: str) -> dict[str, str]:
    return {s.text: s.speaker for s in _statements(text)}


# ------------------------------------------ a quoted order: the words of whoever gave it


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "The fighting spread to Gharyan on Friday, witnesses said. The army chief of staff, "
            'Salem Jaha, put his units on alert and ordered them "to hold every road into the town".',
            "to hold every road into the town",
            "Salem Jaha",
        ),
        (
            "Clashes erupted near Zawiya overnight, a local council said. Interior minister Fathi "
            'Bashagha instructed the police "to arrest anyone carrying a weapon in the streets".',
            "to arrest anyone carrying a weapon in the streets",
            "Fathi Bashagha",
        ),
        (
            "Heavy shelling hit Ain Zara, according to the health ministry. Osama Juwaili ordered "
            'his troops to "push the enemy back beyond the airport road" on Saturday.',
            "push the enemy back beyond the airport road",
            "Osama Juwaili",
        ),
    ],
)
def test_a_quoted_order_is_the_commanders(text: str, quoted: str, speaker: str) -> None:
    found = _by_text(text)
    assert quoted in found
    assert found[quoted].endswith(speaker.split()[-1])


def test_an_order_without_a_quote_is_no_statement() -> None:
    text = (
        "Heavy shelling hit Ain Zara, according to the health ministry. Osama Juwaili ordered "
        "his troops to push the enemy back beyond the airport road."
    )
    assert [s.speaker for s in _statements(text)] == ["health ministry"]


# ----------------- the content's subject hung on the closing "X said": the speaker is the nearer


def _parsed(rows: list[tuple[str, str, str, str, int]]) -> ParsedSentence:
    """A hand-made parse: (text, lemma, pos, dep, head) per token, one space between tokens."""
    tokens, pos = [], 0
    children: dict[int, list[int]] = {}
    for i, (_text, _lemma, _pos, _dep, head) in enumerate(rows):
        if head != i:
            children.setdefault(head, []).append(i)
    for i, (text, lemma, upos, dep, head) in enumerate(rows):
        kids = tuple(children.get(i, []))
        tokens.append(
            Token(i, pos, pos + len(text), text, text.lower(), lemma, upos, "XX", dep, head, kids, "", "")
        )
        pos += len(text) + 1
    return ParsedSentence(0, pos - 1, tuple(tokens))


def test_two_subjects_on_a_closing_said_leave_the_first_as_the_content() -> None:
    # "Guards of the bank, backed by police, retook the vault, the ministry said.": the parser
    # made both "Guards" and "ministry" subjects of "said"
    sent = _parsed(
        [
            ("Guards", "guard", "NOUN", "nsubj", 13),
            ("of", "of", "ADP", "prep", 0),
            ("the", "the", "DET", "det", 3),
            ("bank", "bank", "NOUN", "pobj", 1),
            (",", ",", "PUNCT", "punct", 0),
            ("backed", "back", "VERB", "acl", 0),
            ("by", "by", "ADP", "agent", 5),
            ("police", "police", "NOUN", "pobj", 6),
            ("retook", "retake", "VERB", "conj", 5),
            ("the", "the", "DET", "det", 10),
            ("vault", "vault", "NOUN", "dobj", 8),
            (",", ",", "PUNCT", "punct", 13),
            ("ministry", "ministry", "NOUN", "nsubj", 13),
            ("said", "say", "VERB", "ROOT", 13),
            (".", ".", "PUNCT", "punct", 13),
        ]
    )
    assert _stranded_content(sent, sent.tokens[13]) is sent.tokens[0]


def test_a_single_closing_subject_with_no_stranded_words_gives_no_content() -> None:
    sent = _parsed(
        [
            ("The", "the", "DET", "det", 1),
            ("ministry", "ministry", "NOUN", "nsubj", 2),
            ("said", "say", "VERB", "ROOT", 2),
            (".", ".", "PUNCT", "punct", 2),
        ]
    )
    assert _stranded_content(sent, sent.tokens[2]) is None


def test_two_subjects_with_a_participle_content_leave_the_first_as_the_content() -> None:
    # "Crews sent from Misrata repaired the line, engineers said.": "Crews" hung on "said"
    sent = _parsed(
        [
            ("Crews", "crew", "NOUN", "nsubj", 9),
            ("sent", "send", "VERB", "acl", 0),
            ("from", "from", "ADP", "prep", 1),
            ("Misrata", "Misrata", "PROPN", "pobj", 2),
            ("repaired", "repair", "VERB", "conj", 1),
            ("the", "the", "DET", "det", 6),
            ("line", "line", "NOUN", "dobj", 4),
            (",", ",", "PUNCT", "punct", 9),
            ("engineers", "engineer", "NOUN", "nsubj", 9),
            ("said", "say", "VERB", "ROOT", 9),
            (".", ".", "PUNCT", "punct", 9),
        ]
    )
    assert _stranded_content(sent, sent.tokens[9]) is sent.tokens[0]


# ------------------------------- "they" after named people joined by "and": each of them speaks


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Khalifa Haftar and Abdul Hamid Dbeibah met in Paris on Monday. "
            "They said they would hold elections in December.",
            {"Khalifa Haftar", "Abdul Hamid Dbeibah"},
        ),
        (
            "The UN mission invited Khalifa Haftar and Fayez al-Serraj to Berlin. "
            "They told reporters they would respect the truce.",
            {"Khalifa Haftar", "Fayez al-Sarraj"},
        ),
        (
            "Aguila Saleh received Khalifa Haftar and Fathi Bashagha in Qubba. "
            "They said the government would sit in Sirte.",
            {"Khalifa Haftar", "Fathi Bashagha"},
        ),
    ],
)
def test_they_after_joined_names_is_each_of_them(text: str, speakers: set[str]) -> None:
    assert {s.speaker for s in _statements(text)} == speakers


def test_they_after_a_later_main_clause_continues_that_clause() -> None:
    text = (
        "The UN mission invited Khalifa Haftar and Fayez al-Serraj to Berlin. The GNA welcomed "
        "the invitation. They said the talks must start soon."
    )
    found = _by_text(text)
    assert found["the talks must start soon"] == "Government of National Accord"


def test_they_after_another_subject_is_not_the_pair_before() -> None:
    text = (
        "Khalifa Haftar and Abdul Hamid Dbeibah met in Paris on Monday. Residents of Tarhuna fled "
        "to Bani Walid. They said the militia had burned their homes."
    )
    assert [s.speaker for s in _statements(text)] == ["Residents"]


# --------------------------- a quote with no attribution right after an order: the commander's


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "The fighting reached the airport road, residents said.\n\nOsama Juwaili ordered his "
            'men to hold the bridge at all costs. "We will not give them one more metre."',
            "We will not give them one more metre",
            "Osama Juwaili",
        ),
        (
            '"The city is quiet now," a resident said. Later, Khalifa Haftar ordered his forces '
            'to advance on Sirte. "Sirte will be free within days."',
            "Sirte will be free within days",
            "Khalifa Haftar",
        ),
        (
            "Four people died in the shelling, the health ministry said. Fathi Bashagha instructed "
            'the police to close the coastal road. "Nobody passes until the guns fall silent."',
            "Nobody passes until the guns fall silent",
            "Fathi Bashagha",
        ),
    ],
)
def test_a_quote_after_an_order_is_the_commanders(text: str, quoted: str, speaker: str) -> None:
    found = _by_text(text)
    assert quoted in found
    assert found[quoted] == speaker


def test_a_quote_after_a_move_continues_the_quote_before() -> None:
    text = (
        '"The city is quiet now," a resident said. Later, Haftar\'s forces advanced on Sirte. '
        '"Sirte will be free within days."'
    )
    assert [s.speaker for s in _statements(text)] == ["resident"]


# ------------------- "described X's Y as Z": the "as" the parser hung on the object still counts


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Khalifa Ghwell described the council's arrival as illegal.", "the council's arrival as illegal"),
        (
            "The mayor described the militia's return as a disaster for the town.",
            "the militia's return as a disaster for the town",
        ),
        (
            "Khalifa Ghwell answered in a televised speech. He described the council's arrival "
            "as illegal and told its members to go home.",
            "the council's arrival as illegal",
        ),
    ],
)
def test_described_as_with_an_owned_object_is_a_statement(text: str, content: str) -> None:
    assert any(s.text.endswith(content) for s in _statements(text))


def test_described_without_as_is_no_statement() -> None:
    assert _statements("Fathi Bashagha described the government's budget in detail.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ali Zeidan described the vote as illegal.", "the vote as illegal"),
        (
            "The Zawiya council described the raid as an assault on civilians.",
            "the raid as an assault on civilians",
        ),
        ("Khalifa Ghwell described the council's arrival as illegal.", "the council's arrival as illegal"),
    ],
)
def test_what_was_described_is_reported_without_the_verb(text: str, content: str) -> None:
    assert [s.text for s in _statements(text)] == [content]


# --------------------------- a speech noun's own "that" clause: "his demand that the council leave"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Khalifa Ghwell has repeated his demand that the council leave Tripoli.",
            "Ghwell",
            "the council leave Tripoli",
        ),
        (
            "Aguila Saleh renewed his warning that foreign troops must leave Libya.",
            "Aguila Saleh",
            "foreign troops must leave Libya",
        ),
        (
            "The mayor of Zawiya repeated his claim that the refinery was safe.",
            "mayor",
            "the refinery was safe",
        ),
    ],
)
def test_a_speech_nouns_that_clause_is_its_owners_statement(text: str, speaker: str, content: str) -> None:
    found = _by_text(text)
    assert content in found
    assert found[content].endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Residents ignored his demand that they stay indoors.",
        "The claim that the road was open spread quickly.",
    ],
)
def test_a_that_clause_on_a_noun_nobody_voiced_is_no_statement(text: str) -> None:
    assert _statements(text) == []


def test_a_noun_row_with_a_that_clause_is_read() -> None:
    table = parse_noun_table("lemma\targs\tchannel\ndemand\tprep:for acl:that\t-\n")
    assert table["demand"].args == ("prep:for", "acl:that")


def test_a_noun_row_with_a_verbs_argument_is_refused() -> None:
    with pytest.raises(ValueError, match="acl:that"):
        parse_noun_table("lemma\targs\tchannel\ndemand\tccomp\t-\n")


# ------------------------- "both men", "the two leaders": the two named last, one statement each


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Khalifa Haftar and Aguila Saleh met in Benghazi on Monday. Both men said the elections must go ahead.",
            {"Khalifa Haftar", "Aguila Saleh"},
        ),
        (
            "Fayez al-Serraj met Recep Tayyip Erdogan in Istanbul. The two leaders said they had "
            "agreed to expand military cooperation.",
            {"Fayez al-Sarraj", "Recep Tayyip Erdogan"},
        ),
        (
            "Turkey and Russia agreed on a ceasefire on Wednesday. The two countries said the truce would start at midnight.",
            {"Turkey", "Russia"},
        ),
    ],
)
def test_a_pair_description_is_the_two_named_last(text: str, speakers: set[str]) -> None:
    assert {s.speaker for s in _statements(text)} == speakers


def test_a_pair_description_after_three_names_stays_unnamed() -> None:
    text = (
        "Fayez al-Serraj met Recep Tayyip Erdogan and Ahmed Maiteeq in Istanbul. The two leaders "
        "said they had agreed to expand military cooperation."
    )
    assert [s.speaker for s in _statements(text)] == ["leaders"]


# --------------------- a passive speech verb joined in the content ("and were briefed") stays in it


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Sarraj and Haftar did not meet face to face. Both stayed in separate rooms and were "
            "briefed one after the other, diplomats said.",
            "Both stayed in separate rooms and were briefed one after the other",
        ),
        (
            "The detainees were moved to Mitiga and were told they would be released within days, relatives said.",
            "The detainees were moved to Mitiga and were told they would be released within days",
        ),
        (
            "The two delegations arrived in Geneva on Monday and were informed of the agenda by "
            "the UN team, a diplomat said.",
            "The two delegations arrived in Geneva on Monday and were informed of the agenda by the UN team",
        ),
    ],
)
def test_a_passive_speech_conjunct_stays_in_the_content(text: str, content: str) -> None:
    assert content in _by_text(text)


def test_an_active_speech_conjunct_still_starts_its_own_statement() -> None:
    text = "Khalifa Haftar reached Gharyan on Monday and called for calm, his office said."
    assert "Khalifa Haftar reached Gharyan on Monday and called for calm" not in _by_text(text)


# ------------------ "A, but B, witnesses said": the parser gave the speech verb only B; both are said


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The brigade sent about 100 men to the port on Sunday, but they made no attempt to "
            "enter the terminal, witnesses said.",
            "The brigade sent about 100 men to the port on Sunday, but they made no attempt to enter the terminal",
        ),
        (
            "The ministry sent two armoured cars to the prison overnight, but they made no move "
            "to free the hostages, relatives said.",
            "The ministry sent two armoured cars to the prison overnight, but they made no move to free the hostages",
        ),
        (
            "The GNA sent about 300 troops to Gharyan in May, but they made no attempt to retake "
            "the airbase, a commander said.",
            "The GNA sent about 300 troops to Gharyan in May, but they made no attempt to retake the airbase",
        ),
    ],
)
def test_both_halves_before_a_closing_said_are_reported(text: str, content: str) -> None:
    assert list(_by_text(text)) == [content]


def test_a_report_before_but_keeps_its_own_speaker() -> None:
    text = "Khalifa Haftar said the war was over, but his forces kept shelling the town, residents said."
    assert _by_text(text).get("the war was over") == "Khalifa Haftar"


# ---------------- an "-ing" aside between commas, after which the clause resumes: no tail


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The navy towed a fishing boat, carrying 40 migrants from Zuwara, into the port of "
            "Tripoli, a coastguard officer said.",
            "The navy towed a fishing boat, carrying 40 migrants from Zuwara, into the port of Tripoli",
        ),
        (
            "The rebels moved a convoy, carrying ammunition and fuel from Misrata, toward Sirte, a commander said.",
            "The rebels moved a convoy, carrying ammunition and fuel from Misrata, toward Sirte",
        ),
        (
            "Smugglers diverted a truck, carrying 30 people from Sabha, to the Algerian border, a local official said.",
            "Smugglers diverted a truck, carrying 30 people from Sabha, to the Algerian border",
        ),
    ],
)
def test_an_ing_aside_the_clause_resumes_after_stays(text: str, content: str) -> None:
    assert list(_by_text(text)) == [content]


def test_an_ing_tail_is_still_cut() -> None:
    text = "The LNA captured the town on Monday, dealing a blow to the government, a spokesman said."
    assert list(_by_text(text)) == ["The LNA captured the town on Monday"]


# ------ a colon after one unnamed person's clause, where the parser hung the colon on the quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'A Misratan officer put it bluntly: "Sirte was never ours to hold. We went there to stop them."',
            "officer",
        ),
        ('A Warshefana officer summed it up: "Aziziya was lost in one night."', "officer"),
        ('A Zawiyan officer summed it up: "Zawiya is tired of this war."', "officer"),
    ],
)
def test_a_colon_after_an_unnamed_persons_clause_gives_the_quote(text: str, speaker: str) -> None:
    found = _statements(text)
    assert len(found) == 1
    assert found[0].speaker.endswith(speaker)


def test_a_colon_after_a_bodys_clause_gives_no_speaker() -> None:
    assert (
        _statements('The council spent the day drafting a reply: "The city will not be handed over."') == []
    )
