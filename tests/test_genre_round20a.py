"""Genre round 20a: failure classes found by four blind genre articles (tests/genre/genre-33..36).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_records, movement_triples
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import MovementKind, Parser
from libya_events.extraction._interview import answer_spans
from libya_events.text._wrap import blank_list_markers

PARSER = Parser()

INTERVIEW = """Sirte front commander speaks

Published 12 July 2020

Colonel Nuri Abu Sitta leads a brigade of the Government of National Accord east of Misrata.
We talked to him on the phone.

Q: How did the week start?

A: Badly. On Monday our units entered Abu Grein, but the shelling did not stop.

We held on anyway.

Q: And then?

A: We withdrew from Wishka on Wednesday. I am not ashamed of that.
"""


def _statements(text: str, published: str = "2020-07-12") -> list[tuple[str | None, bool, str | None, str]]:
    return [
        (s.speaker, s.direct, s.channel, s.text) for s in PARSER.parse(text, published=published).statements
    ]


# ------------------------------------------------- Q&A transcripts: each answer is the interviewee's


def test_each_answer_is_a_direct_interview_statement_of_the_interviewee() -> None:
    found = _statements(INTERVIEW)
    assert found == [
        (
            "Nuri Abu Sitta",
            True,
            "interview",
            "Badly. On Monday our units entered Abu Grein, but the shelling did not stop. We held on anyway.",
        ),
        (
            "Nuri Abu Sitta",
            True,
            "interview",
            "We withdrew from Wishka on Wednesday. I am not ashamed of that.",
        ),
    ], found


def test_an_answer_s_we_and_our_units_are_the_interviewee_s_forces() -> None:
    found = movement_triples(PARSER, INTERVIEW, "2020-07-12")
    assert ("withdraw", "forces of Nuri Abu Sitta", None) in found, found
    assert all(actor == "forces of Nuri Abu Sitta" for _kind, actor, _dest in found), found


def test_questions_alone_make_no_transcript() -> None:
    assert answer_spans("Q: Who took the port?\n\nNobody knows.") == []
    assert answer_spans("A: The port was taken on Monday.") == []


def test_a_text_without_turn_labels_keeps_its_first_person_out_of_movements() -> None:
    text = 'Colonel Nuri Abu Sitta spoke on Monday. "We withdrew from Wishka," he said.'
    assert not any(
        actor == "forces of Nuri Abu Sitta" for _k, actor, _d in movement_triples(PARSER, text, "2020-07-12")
    )


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet="abc QA:.\n", max_size=30), max_size=6))
def test_answer_spans_slice_the_text_after_an_answer_label(lines: list[str]) -> None:
    text = "\n".join(lines)
    for begin, end in answer_spans(text):
        assert 0 < begin < end <= len(text)
        assert text[:begin].rstrip(" \t").endswith(":")


# ------------------------------------------------- a report's section labels are no initials


def test_a_lettered_section_heading_names_no_person() -> None:
    text = (
        "Report of the monitors\n\nB. Movement of foreign fighters\n\n"
        "12. Foreign fighters were flown from Istanbul to Mitiga International Airport in January 2020.\n"
    )
    article = PARSER.parse(text, published="2021-03-01")
    assert not any(a.name.startswith("B.") for a in article.actors), [a.name for a in article.actors]


def test_a_name_s_initial_in_a_sentence_stays() -> None:
    assert (
        blank_list_markers("J. Smith said the army entered Sirte.") == "J. Smith said the army entered Sirte."
    )
    assert blank_list_markers("IV. Arms embargo\nText.") == "    Arms embargo\nText."


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="ABIVX. abc\n:,", max_size=40))
def test_blanking_keeps_the_length(text: str) -> None:
    assert len(blank_list_markers(text)) == len(text)


# ------------------------------------------------- "X said he had been deployed": the teller


def test_he_in_what_an_unnamed_person_says_is_that_person() -> None:
    text = (
        "Khalifa Haftar visited Cairo on Monday. One former fighter, interviewed in Idlib, "
        "said that he had been deployed to Ain Zara within a week."
    )
    found = movement_records(PARSER, text, "2021-03-01")
    deployed = [r for r in found if r[2] == "Ain Zara"]
    assert deployed, found
    assert deployed[0][1] != "Khalifa Haftar", found


# ------------------------------------------------- escaping: slip out, slip away, get away


def test_slipping_out_is_a_withdrawal() -> None:
    found = movement_records(
        PARSER, "A few dozen gunmen slipped out of Sabratha on Sunday night.", "2017-06-01"
    )
    assert [(k, o) for k, _a, _d, o in found] == [(MovementKind.WITHDRAW, "Sabratha")], found


def test_bound_for_gives_where_the_escape_heads() -> None:
    text = "Several militants slipped away on a fishing boat in June, bound for Misrata."
    found = movement_records(PARSER, text, "2017-07-01")
    assert [(k, d) for k, _a, d, _o in found] == [(MovementKind.WITHDRAW, "Misrata")], found


# ------------------------------------------------- "units, which themselves pulled back"


def test_an_emphatic_relative_subject_is_the_antecedent() -> None:
    text = "The retreat was shielded by LNA units, which themselves pulled back from Tarhuna a week later."
    found = movement_triples(PARSER, text, "2020-06-20")
    assert ("withdraw", "Libyan National Army", None) in found, found


# ------------------------------------------------- "the loss of X by Y": Y gave X up


def test_the_loss_of_a_place_by_a_side_is_its_withdrawal() -> None:
    found = movement_records(
        PARSER, "Following the loss of Gharyan by the LNA in June, the front went quiet.", "2019-07-01"
    )
    assert [(k, a, o) for k, a, _d, o in found] == [
        (MovementKind.WITHDRAW, "Libyan National Army", "Gharyan")
    ], found


def test_the_loss_of_life_is_no_movement() -> None:
    assert (
        movement_records(PARSER, "The loss of life in the shelling of Tripoli was heavy.", "2019-07-01") == []
    )


# ------------------------------------------------- "<Side> affiliated forces (ACRONYM)"


def test_unhyphened_affiliated_forces_are_one_group_with_their_acronym() -> None:
    text = (
        "Serraj affiliated forces (SAF) held the coast road in May. "
        "Two weeks later SAF units pulled back from Sabratha."
    )
    article = PARSER.parse(text, published="2020-06-20")
    names = [a.name for a in article.actors]
    assert "Serraj affiliated forces" in names, names
    assert not any(a.kind.value == "person" for a in article.actors), names
    withdrawals = [m for m in article.movements if m.kind is MovementKind.WITHDRAW]
    assert [m.actor for m in withdrawals] == ["Serraj affiliated forces"], article.movements


def test_forces_affiliated_with_a_side_keep_their_reading() -> None:
    text = "Forces affiliated with the GNA entered Tarhuna on Friday."
    found = movement_triples(PARSER, text, "2020-06-06")
    assert found == [("capture", "Government of National Accord forces", "Tarhuna")], found


# ------------------------------------------------- "got as far as X": the furthest place reached


def test_getting_as_far_as_small_places_is_an_advance_to_each() -> None:
    found = movement_triples(
        PARSER, "LNA units got as far as Abu Grein and then Wishka on Sunday.", "2020-06-08"
    )
    assert found == [
        ("advance", "Libyan National Army", "Abu Grein"),
        ("advance", "Libyan National Army", "Wishka"),
    ], found


def test_not_getting_far_moves_no_one() -> None:
    assert movement_triples(PARSER, "The LNA's talks with the tribes did not get far.", "2020-06-08") == []


# ------------------------------------------------- "the Panel": a body by its capitalised head


def test_a_body_s_capitalised_head_alone_is_that_body() -> None:
    text = (
        "The Panel of Experts on Libya examined 40 cargo flights in 2020. "
        "The Panel said most of them landed at al-Khadim air base."
    )
    article = PARSER.parse(text, published="2021-03-08")
    assert [s.speaker for s in article.statements] == ["UN Panel of Experts on Libya"], article.statements
    assert [a.name for a in article.actors] == ["UN Panel of Experts on Libya"], article.actors


def test_a_head_two_bodies_share_names_neither() -> None:
    text = (
        "The Military Council of Zintan and the Military Council of Misrata met on Monday. "
        "The Council said the road would reopen."
    )
    speakers = [s.speaker for s in PARSER.parse(text, published="2021-03-08").statements]
    assert not any(s is not None and "Zintan" in s for s in speakers), speakers


def test_the_interviewer_named_first_is_not_the_one_who_answers() -> None:
    text = (
        "Front line voices\n\nPublished 3 July 2020\n\n"
        "Rania Saleh spoke to Colonel Nuri Abu Sitta in Misrata.\n\n"
        "Q: Where are your men?\n\nA: We reached Wishka on Monday.\n"
    )
    found = _statements(text)
    assert [(who, said) for who, _d, _c, said in found] == [
        ("Nuri Abu Sitta", "We reached Wishka on Monday.")
    ], found


def test_the_introduction_s_his_men_are_the_interviewee_s_forces() -> None:
    text = (
        "Holding the line\n\nPublished 3 July 2020\n\n"
        "Colonel Nuri Abu Sitta commands a GNA brigade facing the forces of Khalifa Haftar. "
        "We reached him a week after his men entered Wishka.\n\n"
        "Q: What now?\n\nA: We wait.\n"
    )
    found = movement_triples(PARSER, text, "2020-07-03")
    assert found == [("capture", "forces of Nuri Abu Sitta", "Wishka")], found


# ------------------------------------------------- "were hit and had to fall back"


def test_a_passive_subject_that_then_had_to_retreat_retreats() -> None:
    found = movement_triples(
        PARSER, "LNA units were hit hard near Sirte and had to fall back some 30 km.", "2020-06-08"
    )
    assert found == [("withdraw", "Libyan National Army", None)], found


def test_having_to_hand_something_over_is_no_retreat() -> None:
    found = movement_triples(
        PARSER, "LNA units were attacked near Sirte and had to hand over prisoners.", "2020-06-08"
    )
    assert found == [], found
