"""Genre round 24a: failure classes found by four blind genre articles (tests/genre/genre-57..60).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_triples
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import Parser

PARSER = Parser()


def _moves(text: str, published: str = "2015-03-01") -> list[tuple[str, str | None, str | None]]:
    return movement_triples(PARSER, text, published)


def _said(text: str, published: str = "2015-03-01") -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.channel, s.text) for s in PARSER.parse(text, published=published).statements]


# ----------------------------------------- broadcast roles: a presenter or announcer is a source


@pytest.mark.parametrize("role", ["presenter", "announcer", "newsreader"])
def test_a_broadcast_role_is_a_speaker(role: str) -> None:
    text = f"A {role} on the opposition radio said that the militia had abandoned its checkpoints in Sirte."
    found = _said(text)
    assert [(s[0], s[2]) for s in found] == [(role, "the militia had abandoned its checkpoints in Sirte")]


# ----------------------------------------- a relayed statement is its owner's, not the relayer's


def test_a_statement_read_out_is_said_by_its_owner() -> None:
    text = "A newsreader then read a statement from the Interior Ministry insisting that the curfew was over."
    assert _said(text) == [("Interior Ministry", "statement", "the curfew was over")]


def test_a_statement_aired_by_a_channel_is_said_by_its_owner() -> None:
    text = (
        "The channel aired a statement by the Interior Ministry saying that the coastal road was open again."
    )
    assert _said(text) == [("Interior Ministry", "statement", "the coastal road was open again")]


def test_a_plain_participle_still_belongs_to_the_subject() -> None:
    """No relayed text: the subject of the clause speaks ("..., insisting that ...")."""
    text = "The Interior Ministry closed the coastal road on Monday, insisting that the curfew was needed."
    assert [s[0] for s in _said(text)] == ["Interior Ministry"]


# ----------------------------------------- taking refuge somewhere is leaving for it


@pytest.mark.parametrize(
    "phrase", ["took refuge in", "sought refuge in", "found shelter in", "sought shelter in"]
)
def test_refuge_in_a_town_is_a_withdrawal_to_it(phrase: str) -> None:
    text = f"Hundreds of families {phrase} Zliten on Tuesday."
    assert _moves(text) == [("withdraw", "families", "Zliten")]


def test_shelter_without_a_governing_verb_is_no_movement() -> None:
    text = "The families lacked shelter in Zliten on Tuesday."
    assert _moves(text) == []


# ----------------------------------------- aircraft sent over a place are deployed to it


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from(["sent", "flew"]),
    st.sampled_from(["jets", "warplanes", "drones"]),
    st.sampled_from(["Sirte", "Derna", "Brega"]),
)
def test_aircraft_sent_over_a_town_deploy_there(verb: str, craft: str, town: str) -> None:
    text = f"Egypt {verb} {craft} over {town} on Sunday."
    assert _moves(text) == [("deploy", "Egypt", town)]


def test_fighting_over_a_town_is_no_movement() -> None:
    assert _moves("The rebels fought over Brega for weeks.") == []


# ----------------------------------------- a loyalist column is Gaddafi's force


def test_the_loyalist_column_is_gaddafis_force() -> None:
    text = (
        "French jets bombed armour near Benghazi on 19 March 2011. "
        "Overnight the loyalist column was falling back toward Ajdabiya."
    )
    assert _moves(text, "2011-03-20") == [("withdraw", "Gaddafi loyalists", "Ajdabiya")]


# ----------------------------------------- people who fled and then go somewhere are still fleeing


def test_families_who_fled_and_then_drove_on_withdraw() -> None:
    text = (
        "On Sunday, dozens of families fled the neighbourhoods around the port. "
        "Most drove west toward Zuwara, and others went to Sabratha."
    )
    assert _moves(text) == [("withdraw", "families", "Zuwara"), ("withdraw", "families", "Sabratha")]


def test_a_later_journey_by_other_people_stays_travel() -> None:
    text = "Residents fled Sirte on Monday. A week later officials travelled to Sirte to assess the damage."
    assert ("travel", "officials", "Sirte") in _moves(text)


def test_a_journey_far_after_the_flight_stays_travel() -> None:
    filler = " ".join(["The market stayed shut and the schools were closed for the rest of the month."] * 6)
    text = f"Residents fled Sirte on Monday. {filler} In May the residents returned to Sirte."
    assert ("travel", "residents", "Sirte") in _moves(text)


# ----------------------------------------- remarks in the first person: "I" is the speaker named above

REMARKS = """Statement to the Human Rights Council

Remarks by the Independent Expert, Maria Lindqvist, Geneva, 4 March 2021

Madam President,

Last month I travelled to Sabha and then to Ubari, where I met families of the detained. "I want my son back," one mother told me.
"""


def test_first_person_moves_in_remarks_are_the_speakers() -> None:
    assert _moves(REMARKS, "2021-03-04") == [
        ("travel", "Maria Lindqvist", "Sabha"),
        ("travel", "Maria Lindqvist", "Ubari"),
    ]


def test_a_quoted_i_is_not_the_texts_voice() -> None:
    text = 'Fighting in Sirte\n\nBy Omar Salem\n\n"I went to Misrata on Monday," a fighter said.'
    assert all(m[1] != "Omar Salem" for m in _moves(text))


# ----------------------------------------- a region left is the origin; a bare direction is none


@pytest.mark.parametrize(("region", "name"), [("the south", "southern Libya"), ("the east", "eastern Libya")])
def test_leaving_a_region_is_a_withdrawal_from_it(region: str, name: str) -> None:
    article = PARSER.parse(f"In June the Third Force left {region} altogether.", published="2017-07-10")
    assert [(m.kind.value, m.actor, m.origin.name if m.origin else None) for m in article.movements] == [
        ("withdraw", "Third Force", name)
    ]


def test_heading_west_names_no_place() -> None:
    article = PARSER.parse("The rebels left Brega on Monday, heading west.", published="2011-03-20")
    assert all(m.destination is None for m in article.movements)
