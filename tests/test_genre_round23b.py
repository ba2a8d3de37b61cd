"""Genre round 23b: failure classes found by four blind genre articles (tests/genre/genre-53..56).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_triples
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import Parser
from libya_events.extraction._interview import named_turns

PARSER = Parser()

BRIEFING = """Two briefings on the Sirte front

Notes compiled 9 March 2021

MISRATA, news conference at the military council, 8 March 2021

HAMZA OMRANI (council spokesman): Good evening. Our brigades moved into Wadi Jarif this morning. Nobody was hurt.

Q: Will you go further east?

OMRANI: Not this week. The men need rest.

A doctor at the field hospital said that the wards were nearly empty.
"""


def _statements(text: str, published: str = "2021-03-09") -> list[tuple[str | None, bool, str | None, str]]:
    return [
        (s.speaker, s.direct, s.channel, s.text) for s in PARSER.parse(text, published=published).statements
    ]


# ----------------------------------------- named turns: a news-conference transcript's speakers


def test_each_named_turn_is_a_direct_statement_of_its_speaker() -> None:
    found = [s for s in _statements(BRIEFING) if s[1]]
    assert found == [
        (
            "Hamza Omrani",
            True,
            "news conference",
            "Good evening. Our brigades moved into Wadi Jarif this morning. Nobody was hurt.",
        ),
        ("Hamza Omrani", True, "news conference", "Not this week. The men need rest."),
    ]


def test_a_turn_ends_with_its_paragraph() -> None:
    """The narrative paragraph after the last turn is not the spokesman's."""
    found = _statements(BRIEFING)
    doctor = [s for s in found if "wards" in s[3]]
    assert doctor
    assert all(s[0] != "Hamza Omrani" for s in doctor)


def test_our_inside_a_turn_is_the_speakers_side() -> None:
    article = PARSER.parse(BRIEFING, published="2021-03-09")
    moved = [m for m in article.movements if m.trigger.text.startswith("moved")]
    assert moved
    actor = next(a for a in article.actors if a.name == moved[0].actor)
    assert "Our brigades" in {m.text for m in actor.mentions}


@pytest.mark.parametrize(
    "text",
    [
        "LIVE: Clashes in Tripoli\n\nUPDATE: Gunfire was heard overnight.\n",
        "LIBYA: Flash Update No. 2\n\nKEY POINTS: Roads to Sirte were closed.\n",
        "HAMZA OMRANI (council spokesman): The road is open.\n",  # one label is no transcript
    ],
)
def test_headings_and_a_lone_label_are_no_turns(text: str) -> None:
    assert named_turns(text, []) == []
    assert not [s for s in PARSER.parse(text).statements if s.channel == "news conference"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["NOTE", "UPDATE", "LIBYA", "KEY POINTS", "Q", "A"]), min_size=2, max_size=5))
def test_labels_naming_no_one_make_no_turns(labels: list[str]) -> None:
    text = "\n\n".join(f"{label}: The road to Sirte was shut." for label in labels)
    assert named_turns(text, []) == []


# ----------------------------------------- a town's centre is the town; a direction part is apart


def test_a_distance_east_of_a_towns_centre_is_anchored_on_the_town() -> None:
    article = PARSER.parse("The depot stands about 12 km east of central Misrata, near the port.")
    assert [(r.anchor.name, r.distance_km, r.bearing_deg) for r in article.relative_locations] == [
        ("Misrata", 12, 90)
    ]


def test_central_town_is_a_mention_of_the_town_and_west_town_a_part() -> None:
    article = PARSER.parse("Shops closed in central Benghazi while gunfire echoed in west Tripoli.")
    names = {loc.name: [m.text for m in loc.mentions] for loc in article.locations}
    assert names["Benghazi"] == ["central Benghazi"]
    assert "west Tripoli" in names


# ----------------------------------------- reported speech: a verdict after "as"; "called for X to ..."


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "The harbour authority condemned the shelling of the port as an attack on trade.",
            "as an attack on trade",
        ),
        ("The envoy denounced the raid on the clinic as a war crime.", "as a war crime"),
    ],
)
def test_a_verdict_after_as_is_part_of_what_was_said(sentence: str, said: str) -> None:
    found = _statements(sentence)
    assert len(found) == 1
    assert found[0][3].endswith(said)


def test_called_for_an_infinitive_clause_reports_the_clause() -> None:
    found = _statements("UNSMIL called in a statement for all heavy guns to be handed over to the army.")
    assert [(s[0], s[2], s[3]) for s in found] == [
        (
            "United Nations Support Mission in Libya",
            "statement",
            "all heavy guns to be handed over to the army",
        )
    ]


SPOKESMAN = """Briefing notes

BENGHAZI, news conference of the Libyan National Army, 2 May 2019

AHMED AL-MISMARI (spokesman): Our forces entered Gharyan at dawn. The road south is open.

Q: And the airport?

AL-MISMARI: We will say more tomorrow.
"""


def test_a_spokesmans_our_forces_are_the_body_he_speaks_for() -> None:
    article = PARSER.parse(SPOKESMAN, published="2019-05-02")
    entered = [m for m in article.movements if m.trigger.text.startswith("entered")]
    assert [m.actor for m in entered] == ["Libyan National Army"]
    assert not [a for a in article.actors if a.name.startswith("forces of")]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The mayor appealed in a televised address for calm.", "calm"),
        (
            "The mission praised the truce and called in a statement for the detainees to be freed.",
            "the detainees to be freed",
        ),
    ],
)
def test_for_hung_on_the_channel_is_what_was_called_for(sentence: str, said: str) -> None:
    assert said in [s[3] for s in _statements(sentence)]


# ----------------------------------------- carried people: "planes flew them home to X"


def _moves(text: str) -> list[tuple[str, str | None, str | None]]:
    return movement_triples(PARSER, text, "2015-02-19")


def test_home_to_a_place_is_the_destination() -> None:
    assert ("travel", "workers", "Cairo") in _moves(
        "On Sunday chartered planes flew the workers home to Cairo."
    )


def test_a_vehicle_flying_them_home_moves_the_people_told_before() -> None:
    found = _moves(
        "Hundreds of Egyptian farm workers fled Libya. Chartered planes flew them home to Alexandria on Sunday."
    )
    assert ("travel", "workers", "Alexandria") in found


def test_an_owned_vehicle_still_moves_for_its_owner() -> None:
    found = _moves("Turkish troops reached Tripoli. Turkish planes flew them in on Sunday.")
    assert all(actor != "Egyptian farm workers" for _, actor, _ in found)
    assert not [m for m in found if m[0] == "travel"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Evacuation flights carried 150 asylum seekers to Niamey in June.", ("travel", "Niamey")),
        ("The stranded workers were bused to Djerba on Sunday.", ("travel", "Djerba")),
    ],
)
def test_carried_and_bused_people_move(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(k, d) for k, _, d in _moves(text)]


def test_carrying_out_an_attack_or_goods_is_no_carrying_of_people() -> None:
    assert not [m for m in _moves("Lorries carried flour and fuel to Derna on Sunday.") if m[0] == "deploy"]


def test_no_one_comes_from_where_they_go() -> None:
    """ "the city centre" read as the town just named is no origin of a march into that town."""
    article = PARSER.parse(
        "Police units moved into the old barracks at Gharghour. Students marched from the city centre to Gharghour on Friday.",
        published="2013-11-19",
    )
    marched = [m for m in article.movements if m.trigger.text == "marched"]
    assert marched
    for m in marched:
        assert m.origin is None or m.destination is None or m.origin.name != m.destination.name
    assert [m.kind.value for m in marched] == ["travel"]


def test_a_journey_to_reach_a_place_goes_there() -> None:
    found = _moves(
        "Several hundred Egyptian labourers drove for two days along the coast to reach the Salloum crossing."
    )
    assert [(k, d) for k, _, d in found] == [("travel", "Salloum border crossing")]
