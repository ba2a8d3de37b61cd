"""Statements, round 46: the source an "according to" cites is whom a later "he" or "she"
continues (and a report that gives way to that "according to" does not also swallow it);
a label a speaker puts on himself ("who described himself as a spokesman") is no statement;
a reduced relative the parser reads as the main verb keeps its subject in what "according to"
cites ("Guards paid to protect the bank did not intervene, according to staff"); a clause a
colon closes before the speaker ("They may have been rotated: the monitor reported that ...")
is not what was said; employees, lecturers, professors and clerks are unnamed sources; a
subject with a reduced relative the parser reads as a clause ("Families interviewed at the
checkpoint said ...") is the speaker; the person the writer met ("I met X ... She told me") is
whom a later pronoun continues; "a group calling itself X" speaks as X.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from _statement_views import said as _said
from _statement_views import statements as _statements

# ------------------------------------------- "..., according to X, Y. He told reporters ..."


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mohamed Siala, the foreign minister, said the talks in Rome had stalled. Two guards"
            " were hurt in the blast, according to the interior ministry spokesman, Tarek"
            " Dourssi. He told reporters that the bomb had been hidden in a parked car.",
            "the bomb had been hidden",
            "Tarek Dourssi",
        ),
        (
            "Khalifa Haftar said his men would hold Sirte. Ammunition was running short,"
            " according to an army officer, Faraj Ghaith. He said that supply trucks from"
            " Benghazi had been delayed for a week.",
            "supply trucks from Benghazi",
            "Faraj Ghaith",
        ),
        (
            "Fathi Bashagha accused the militias of blocking the road. According to Ali"
            " Abuzriba, a Zawiya council member, the shelling lasted until dawn. He told Reuters"
            " that three houses had burned down.",
            "three houses had burned down",
            "Ali Abuzriba",
        ),
    ],
)
def test_the_source_of_according_to_is_the_next_pronouns_speaker(text: str, words: str, speaker: str) -> None:
    found = _said(text, words)
    assert [s.speaker for s in found] == [speaker]


def test_a_pronoun_after_a_cited_document_keeps_the_earlier_speaker() -> None:
    # a record is no one a pronoun continues: "he" is still the minister
    text = (
        "Mohamed Siala, the foreign minister, said the talks in Rome had stalled. Two guards"
        " were hurt in the blast, according to a police report. He said that the next round"
        " would open in Geneva."
    )
    assert [s.speaker for s in _said(text, "the next round")] == ["Mohamed Siala"]


def test_according_to_stands_when_a_later_they_said_relays_it() -> None:
    # "they" are the residents just cited: the closing "they said" gives way to the
    # "according to", which must not give way in turn
    text = (
        "The army flew fresh troops into Sabha on Sunday, according to residents, but the"
        " soldiers were pinned down near the airport and many of them gave up, they said."
    )
    found = _said(text, "flew fresh troops into Sabha")
    assert [s.speaker for s in found] == ["residents"]
    assert all("they said" not in s.text for s in _statements(text))


# ------------------------------------------------ "who described himself as a spokesman"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            '"We hold the port," said Faraj Ghaith, who described himself as a commander of the'
            " local brigade.",
            "a commander of the local brigade",
        ),
        (
            "A man who called himself a commander of the Nawasi brigade told the crowd that the"
            " airport was closed.",
            "a commander of the Nawasi brigade",
        ),
        (
            "Salem Juha, who described himself as an envoy of the elders, said the road to Ubari"
            " would reopen on Sunday.",
            "an envoy of the elders",
        ),
    ],
)
def test_a_label_put_on_oneself_is_no_statement(text: str, label: str) -> None:
    assert _said(text, label) == []
    assert _statements(text)  # what the speaker said still stands


def test_a_label_put_on_something_else_is_still_said() -> None:
    text = "Ali Zeidan described the vote as a farce and said the cabinet would stay."
    assert [s.speaker for s in _said(text, "the vote as a farce")] == ["Ali Zeidan"]


# ------------------------------- "Guards paid to protect X did not resist, according to staff"


@pytest.mark.parametrize(
    "text",
    [
        "Guards paid to protect the bank did not intervene, according to staff at the branch, and"
        " several of them appear to have fled.",
        "Police paid to protect the port did not intervene, according to staff at the port, and"
        " several of them appear to have fled.",
        "Police paid to protect the bank did not intervene, according to staff at the branch, and"
        " several of them appear to have fled.",
    ],
)
def test_a_reduced_relative_read_as_the_main_verb_keeps_the_subject(text: str) -> None:
    # the parser takes "paid" for the main verb; what the staff said still starts at the subject
    found = _said(text, "did not intervene")
    assert [s.text for s in found] == [text.split(",")[0]]


def test_a_predicate_joined_by_and_keeps_its_own_content() -> None:
    text = "The army paid the fighters in March and did not intervene, according to residents."
    assert [s.text for s in _said(text, "did not intervene")] == [
        "The army paid the fighters in March and did not intervene"
    ]


# ------------------------------------- "They may have been rotated: the monitor reported that"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "They may have been rotated: the Red Crescent reported that more families had been"
            " moved to Benina.",
            "more families had been moved to Benina",
        ),
        (
            "Some may have been withdrawn: the UN mission reported that a fresh group of fighters"
            " had been flown to Sirte.",
            "a fresh group of fighters had been flown to Sirte",
        ),
        (
            "The picture is mixed: the ministry said on Monday that 40 families had returned to Tawergha.",
            "40 families had returned to Tawergha",
        ),
    ],
)
def test_a_clause_a_colon_closes_before_the_speaker_is_not_said(text: str, content: str) -> None:
    assert [s.text for s in _statements(text)] == [content]


# ----------------------------------------------- "an airline employee said", "a lecturer said"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two ambulances left the hospital at dawn, an employee said.", "employee"),
        ("A university lecturer said several colleagues had left for Tunis.", "university lecturer"),
        ("An airline employee said several crews had left for Tunis.", "airline employee"),
        ("A court clerk said the hearing had been postponed until March.", "court clerk"),
    ],
)
def test_employees_and_lecturers_are_unnamed_sources(text: str, speaker: str) -> None:
    assert [s.speaker for s in _statements(text)] == [speaker]


# ------------------------------------ "Families interviewed at the checkpoint said food ran out"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Families interviewed at the crossing said bread and milk were running short.",
            "Families",
            "bread and milk were running short",
        ),
        (
            "Residents interviewed at the hospital said food and medicine were running out.",
            "Residents",
            "food and medicine were running out",
        ),
        (
            "Families interviewed at the checkpoint said food and fuel were running out.",
            "Families",
            "food and fuel were running out",
        ),
    ],
)
def test_a_subject_with_a_reduced_relative_speaks(text: str, speaker: str, content: str) -> None:
    assert [(s.speaker, s.text) for s in _statements(text)] == [(speaker, content)]


def test_a_fronted_clause_a_comma_closes_is_still_what_was_said() -> None:
    assert [s.text for s in _statements("The army retreated, residents said.")] == ["The army retreated"]


# ----------------------------------------- "At the border post I met X, ... She told me that"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A doctor at the clinic said supplies were short. At the border post I met Amina"
            " Saleh, who had walked from Nalut with her children. She told me that the shelling"
            " had not stopped for three days.",
            "the shelling had not stopped",
            "Amina Saleh",
        ),
        (
            "A nurse said the wards were full. In the camp we spoke to Salem Ali, a farmer from"
            " Yafran. He said his brother had stayed behind to guard the house.",
            "his brother had stayed behind",
            "Salem Ali",
        ),
    ],
)
def test_the_person_the_writer_met_is_the_next_pronouns_speaker(text: str, words: str, speaker: str) -> None:
    assert [s.speaker for s in _said(text, words)] == [speaker]


def test_a_body_the_writer_addresses_is_not_the_next_pronouns_speaker() -> None:
    # a release's own "we" calling on a body: "it" still continues the organisation
    text = (
        "The Red Crescent said its teams were ready. We call on the Presidential Council to open"
        " the road. It said that two convoys were waiting in Tobruk."
    )
    assert [s.speaker for s in _said(text, "two convoys")] == ["Libyan Red Crescent"]


# ------------------------------------------------- "A group calling itself X said ...": X


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A group describing itself as the Barqa Martyrs Brigade claimed the bombing in a"
            " statement, saying it was revenge for the raids on Derna.",
            "Barqa Martyrs Brigade",
        ),
        (
            "A group calling itself the Sirte Revolutionaries Brigade said on Facebook that its"
            " fighters had entered the port.",
            "Sirte Revolutionaries Brigade",
        ),
        (
            "A group describing itself as the Barqa Martyrs Brigade said it was behind the bombing.",
            "Barqa Martyrs Brigade",
        ),
    ],
)
def test_a_group_naming_itself_speaks_by_that_name(text: str, speaker: str) -> None:
    assert [s.speaker for s in _statements(text)] == [speaker]
