"""Statements in real reporting: one test per rule of the sixth round (speakers named by a
participle, datelines, unnamed sources that serve a body, "the statement said", objects of
report/claim/confirm, participles inside reported content, "according to" inside a report).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import parse_article
from libya_events.extraction._statements import SPEECH_CUE, parse_table, speech_nouns, speech_verbs
from libya_events.model import Statement


def _statements(text: str) -> list[Statement]:
    return parse_article(text, published="2022-05-09").statements


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in _statements(text)]


def test_a_spokesman_called_by_name_speaks_as_that_name() -> None:
    text = "A militia spokesman, called Anbari, in the town of Gharyan said the road to the south was open."
    found = _pairs(text)
    assert [who for who, _ in found] == ["Anbari"], found


def test_a_dateline_place_with_the_speaker_in_apposition() -> None:
    text = "BENGHAZI – Egypt’s foreign minister said Monday that the border crossing at Salloum would reopen."
    found = _pairs(text)
    assert len(found) == 1, found
    assert found[0][0] != "BENGHAZI", found
    assert "border crossing" in found[0][1]


def test_a_spokesman_for_a_body_is_an_unnamed_source() -> None:
    text = "The media office for the Tripoli government said the port had been shelled overnight."
    found = _pairs(text)
    assert [who for who, _ in found] == ["media office for the Tripoli government"], found


def test_a_name_after_the_heads_object_names_the_object() -> None:
    text = "The leader of the armed group, Nawasi Brigade, said three of his fighters were wounded near the port."
    found = _pairs(text)
    assert len(found) == 1, found
    assert found[0][0] != "Nawasi Brigade", found
    assert "leader" in (found[0][0] or ""), found


def test_the_statement_said_speaks_for_its_issuer() -> None:
    text = (
        "The Interior Ministry said in a statement on Sunday that its forces were ready to secure the vote. "
        "The statement urged all candidates to respect the results of the election."
    )
    found = _pairs(text)
    assert [who for who, what in found if "respect the results" in what] == ["Interior Ministry"], found


def test_a_joint_statement_speaks_for_each_issuer() -> None:
    text = (
        "The head of the council read out a joint statement of the Presidential Council and the "
        'Tripoli government on television. The statement called the shelling "a crime against civilians."'
    )
    speakers = {s.speaker for s in _statements(text) if "crime against civilians" in s.text}
    assert {"Presidential Council"} <= speakers, _pairs(text)
    assert "head of the council" not in speakers, _pairs(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Al Jazeera reported heavy clashes near the airport of Mitiga on Friday.", "heavy clashes"),
        (
            "The Islamic State group claimed the bombing of the checkpoint in Misrata.",
            "bombing of the checkpoint",
        ),
        ("The Red Crescent confirmed the death of two volunteers in Tarhuna.", "death of two volunteers"),
    ],
)
def test_report_claim_and_confirm_take_an_object(text: str, content: str) -> None:
    found = _pairs(text)
    assert len(found) == 1, found
    assert content in found[0][1], found


def test_a_participle_inside_reported_content_belongs_to_the_reporter() -> None:
    text = (
        "Ali Salem said that the armed groups had left the oil field and looted the stores, "
        "noting that the workers had fled to Ubari."
    )
    found = [(who, what) for who, what in _pairs(text) if "workers had fled" in what]
    assert [who for who, _ in found] == ["Ali Salem"], _pairs(text)


def test_according_to_inside_a_report_is_the_source() -> None:
    text = (
        "According to the Health Ministry, about 300 families have fled the town, "
        '"leaving whole districts empty," the UN said.'
    )
    found = _statements(text)
    indirect = [s for s in found if not s.direct]
    assert [s.speaker for s in indirect] == ["Health Ministry"], _pairs(text)
    assert indirect[0].text == "about 300 families have fled the town"
    assert any(s.direct and s.speaker == "United Nations" for s in found), _pairs(text)


def test_one_report_of_what_the_same_speaker_said_is_told_once() -> None:
    text = "The agency reported an account of what it said was a column of lorries heading for Sirte."
    found = _pairs(text)
    assert len(found) == 1, found


def test_a_person_threatened_is_no_content() -> None:
    text = "Gunmen at the checkpoint threatened the drivers with arrest and seized their phones."
    assert _pairs(text) == []


def test_an_acronym_tagged_as_a_noun_can_speak() -> None:
    text = "The state broadcaster ERT reported that a second ship had left the port of Piraeus for Benghazi."
    found = _pairs(text)
    assert [who for who, _ in found] == ["ERT"], found


def test_a_name_parsed_as_the_verbs_compound_speaks() -> None:
    text = "MSF denounces the detention of its rescue ship by the Italian authorities."
    found = _pairs(text)
    assert [who for who, _ in found] == ["Doctors Without Borders"], found


def test_the_politician_continues_the_person_named_before() -> None:
    text = (
        "Speaking to reporters on Monday, Salah Badi, a member of parliament, said the militia had left Gharyan. "
        "The politician said that the water supply had been cut."
    )
    found = [who for who, what in _pairs(text) if "water supply" in what]
    assert found == ["Salah Badi"], _pairs(text)


def test_insurgents_speak_as_an_unnamed_source() -> None:
    text = "The army shelled the hills south of Zintan on Tuesday, insurgents said, after a week of calm."
    found = _pairs(text)
    assert [who for who, _ in found] == ["insurgents"], found


def test_the_table_gives_report_claim_and_confirm_an_object() -> None:
    table = speech_verbs()
    assert all("dobj" in table[lemma].args for lemma in ("report", "claim", "confirm"))


NAMES = ["Anbari", "Mabrouk Zaidi", "Hassan Fergiani", "Tawfiq Barghathi"]
ROLES = ["spokesman", "commander", "official"]
CLAIMS = [
    "the bridge had been repaired",
    "two trucks of flour had reached the camp",
    "the checkpoint near the airport was closed",
]


@given(
    st.sampled_from(NAMES),
    st.sampled_from(ROLES),
    st.sampled_from(CLAIMS),
    st.sampled_from(["called", "named"]),
)
@settings(max_examples=12, deadline=None)
def test_the_name_given_by_a_naming_participle_speaks(name: str, role: str, claim: str, verb: str) -> None:
    text = f"A local {role}, {verb} {name}, said {claim}."
    found = _statements(text)
    assert found, text
    for s in found:
        assert s.speaker == name, (text, _pairs(text))
        assert text[s.span.start : s.span.end] == s.text


def test_a_statement_takes_the_channel_of_the_same_speakers_next_one() -> None:
    text = (
        "Fathi Kamal said on Sunday that the convoy had reached Sirte. "
        "Kamal told Al Jazeera that the road was safe again."
    )
    found = _statements(text)
    assert [s.speaker for s in found] == ["Fathi Kamal", "Fathi Kamal"], _pairs(text)
    assert [s.channel for s in found] == ["interview", "interview"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The curfew followed the announcement by the Interior Ministry of new checkpoints in Zawiya.",
            "Interior Ministry",
            "new checkpoints in Zawiya",
        ),
        ("UNICEF's appeal for clean water reached the donors on Monday.", "UNICEF", "clean water"),
    ],
)
def test_a_speech_noun_speaks_for_its_owner(text: str, speaker: str, content: str) -> None:
    found = _pairs(text)
    assert (speaker, content) in found, found


def test_a_speech_noun_without_an_owner_says_nothing() -> None:
    text = "Calls for calm grew louder in the capital after the announcement of new checkpoints."
    assert _pairs(text) == []


def test_the_noun_table_names_only_prepositions_and_that_clauses() -> None:
    table = speech_nouns()
    assert {"announcement", "call", "warning"} <= set(table)
    assert all(a.startswith("prep:") or a == "acl:that" for row in table.values() for a in row.args)
    for lemma in table:
        assert SPEECH_CUE.search(f"the {lemma} by the council"), lemma


def test_a_bad_noun_row_names_its_file() -> None:
    with pytest.raises(ValueError, match=r"speech_nouns\.tsv line 2"):
        parse_table("lemma\targs\tchannel\nannouncement\tprep:of\n", "speech_nouns.tsv")


@pytest.mark.parametrize("modal", ["will", "could", "might", "would"])
def test_speech_under_a_modal_is_not_yet_said(modal: str) -> None:
    text = f"The electoral commission {modal} announce the final results in Benghazi next week."
    assert _pairs(text) == []


def test_a_report_confirmed_by_another_speaker_is_theirs_too() -> None:
    text = (
        "Salem Idris, a local official, said the market was shelled. "
        "He said four were killed on the eastern side, which was also confirmed by a tribal elder."
    )
    found = [who for who, what in _pairs(text) if what == "four were killed on the eastern side"]
    assert sorted(found) == ["Salem Idris", "tribal elder"], _pairs(text)


def test_according_to_closing_the_sentence_speaks_for_all_of_it() -> None:
    text = (
        "The number of displaced families rose to 400 on Friday: 120 of whom went back to Tawergha, "
        "according to the Red Crescent."
    )
    found = _pairs(text)
    assert len(found) == 1, found
    assert found[0][1].startswith("The number of displaced families rose"), found
    assert found[0][1].endswith("went back to Tawergha"), found


def test_a_quoted_second_that_clause_is_direct_and_leaves_the_report() -> None:
    text = 'Ali Salem confirmed that his unit had phoned the ministry twice, but that "nobody answered the line."'
    found = _statements(text)
    indirect = [s.text for s in found if not s.direct]
    direct = [(s.speaker, s.text) for s in found if s.direct]
    assert indirect == ["his unit had phoned the ministry twice"], _pairs(text)
    assert direct == [("Ali Salem", "nobody answered the line")], _pairs(text)


def test_calling_a_body_on_the_phone_is_no_statement() -> None:
    text = 'Ali Salem said his unit had called the ministry twice, but that "nobody answered."'
    found = _statements(text)
    assert {s.speaker for s in found} == {"Ali Salem"}, _pairs(text)


def test_a_clause_before_a_semicolon_is_not_what_was_claimed() -> None:
    text = "A drone came down near Tarhuna at dawn; the Kaniyat militia claimed to have shot it down."
    found = _pairs(text)
    assert all("drone came down" not in what for _, what in found), found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Red Crescent raised the toll to 14 dead and 60 wounded.", "the toll to 14 dead and 60 wounded"),
        ("The Red Crescent put the toll at 9, after two more bodies were found.", "the toll at 9"),
        ("The Red Crescent put the toll at 9, with dozens missing.", "the toll at 9, with dozens missing"),
    ],
)
def test_a_source_that_puts_a_toll_reports_it(text: str, content: str) -> None:
    assert _pairs(text) == [("Libyan Red Crescent", content)]


def test_putting_pressure_is_no_toll() -> None:
    assert _pairs("The Red Crescent put pressure on the council at the talks.") == []


def test_a_modal_inside_the_quote_does_not_silence_the_verb() -> None:
    text = "Fighting went on near Tripoli. “Will they stay,” Ahmed Mismari told Reuters."
    assert [s.speaker for s in _statements(text) if s.direct] == ["Ahmed Mismari"], _pairs(text)


@given(st.sampled_from(["but that", "and that", ", but that", ", and that"]), st.sampled_from(CLAIMS))
@settings(max_examples=12, deadline=None)
def test_a_quoted_joint_clause_leaves_the_report(joint: str, claim: str) -> None:
    sep = "" if joint.startswith(",") else " "
    text = f'Ali Salem said {claim}{sep}{joint} "the guards had gone home."'
    found = _statements(text)
    assert [s.text for s in found if not s.direct] == [claim], _pairs(text)
    assert [s.text for s in found if s.direct] == ["the guards had gone home"], _pairs(text)


def test_an_abbreviation_parsed_as_is_speaks() -> None:
    text = "IS claimed responsibility for the attack on the hotel."
    assert _pairs(text) == [("Islamic State", "claimed responsibility for the attack on the hotel")]


def test_a_unit_named_by_its_number_speaks_as_that_unit() -> None:
    text = (
        "Fighters of the 301 Brigade clashed with a rival militia near the airport. "
        "301 said it would keep its positions until the talks began."
    )
    found = [(s.speaker, s.text) for s in _statements(text) if "keep its positions" in s.text]
    assert len(found) == 1, _pairs(text)
    assert "301" in (found[0][0] or ""), _pairs(text)


def test_a_bare_number_named_nowhere_is_no_speaker() -> None:
    assert _pairs("Fighting went on near the airport. 301 said it would keep its positions.") == []


@pytest.mark.parametrize(
    ("where", "channel"), [("posted on Facebook", "Facebook"), ("on Twitter", "Twitter")]
)
def test_a_statement_posted_on_a_platform_takes_the_platform(where: str, channel: str) -> None:
    text = f"The Interior Ministry said in a statement {where} that the road to Sirte had reopened."
    assert [s.channel for s in _statements(text)] == [channel], _pairs(text)


def test_a_statement_alone_is_the_channel() -> None:
    text = "The Interior Ministry said in a statement that the road to Sirte had reopened."
    assert [s.channel for s in _statements(text)] == ["statement"], _pairs(text)


def test_the_channel_between_a_verb_and_its_object_is_the_channel() -> None:
    text = "Ali Salem denied in a press statement any plan to leave Derna before the search ended."
    found = _statements(text)
    assert [s.channel for s in found] == ["statement"], _pairs(text)


def test_speaking_to_an_outlet_at_the_start_of_the_sentence_is_an_interview() -> None:
    text = "Speaking to Al Jazeera on Sunday, Ali Salem said the road to Ubari was cut."
    assert [s.channel for s in _statements(text)] == ["interview"], _pairs(text)


def test_a_quote_takes_the_channel_of_the_scene_set_just_before() -> None:
    text = (
        "Ali Salem, who leads the town's defenders, spoke to Reuters from the old fort. "
        '"The road is open again. The guards went home," he said.'
    )
    direct = [s for s in _statements(text) if s.direct]
    assert [(s.speaker, s.channel) for s in direct] == [("Ali Salem", "interview")], _pairs(text)
