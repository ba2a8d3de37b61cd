"""Round 30a: classes found by four blind genre articles (genre-89..92)."""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.model import Modality


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2020-07-21"
) -> list[tuple[str | None, str, str | None, str]]:
    out = []
    for m in parser.parse(text, published=published).movements:
        dest = m.destination.name if m.destination is not None else None
        out.append((m.actor, m.kind.value, dest, m.modality.value))
    return out


def _speakers(parser: Parser, text: str, published: str = "2020-07-21") -> list[tuple[str, bool, str]]:
    return [(s.speaker, s.direct, s.text) for s in parser.parse(text, published=published).statements]


def _actor_names(parser: Parser, text: str, published: str = "2012-09-12") -> set[str]:
    return {a.name for a in parser.parse(text, published=published).actors}


def _place_names(parser: Parser, text: str, published: str = "2012-09-12") -> set[str]:
    return {loc.name for loc in parser.parse(text, published=published).locations}


# A country named before a state's mission or envoy owns it: it is not where the movement goes,
# and the bare "the mission" after it is that mission again, not the UN's.


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("Armed men stormed the U.S. mission in Benghazi on Tuesday night.", "Benghazi"),
        ("Protesters stormed the Turkish embassy in Tripoli on Friday.", "Tripoli"),
        ("Gunmen overran the British mission in Benghazi on Monday.", "Benghazi"),
    ],
)
def test_stormed_mission_goes_to_its_town_not_the_owner_country(parser: Parser, text: str, dest: str) -> None:
    dests = {d for _, kind, d, _ in _moves(parser, text, "2012-09-12") if kind == "capture"}
    assert dests == {dest}, dests


def test_envoy_of_a_country_names_no_destination(parser: Parser) -> None:
    text = "Christopher Stevens arrived in Benghazi in April 2011 as the U.S. envoy to the rebels."
    dests = {d for _, _, d, _ in _moves(parser, text, "2012-09-12")}
    assert "United States" not in dests, dests


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the U.S. mission in Benghazi. Witnesses said a crowd gathered outside the mission.",
        "Armed men stormed the U.S. mission in Benghazi on Tuesday.",
    ],
)
def test_a_countrys_mission_is_not_the_un_mission(parser: Parser, text: str) -> None:
    assert "United Nations Support Mission in Libya" not in _actor_names(parser, text)


def test_the_un_mission_is_still_unsmil(parser: Parser) -> None:
    text = "The UN mission said on Monday that talks would resume in Geneva."
    assert "United Nations Support Mission in Libya" in _actor_names(parser, text, "2020-07-21")


# A currency's country prefix ("US$") is no country.


@pytest.mark.parametrize(
    "text",
    [
        "The coordinator said he had released US$10 million for the flood victims.",
        "Donors pledged US$25 million on Thursday.",
    ],
)
def test_currency_prefix_is_no_country(parser: Parser, text: str) -> None:
    assert "United States" not in _place_names(parser, text, "2023-09-15")
    assert "United States" not in _actor_names(parser, text, "2023-09-15")


def test_the_us_before_an_amount_is_still_a_country(parser: Parser) -> None:
    assert "United States" in _actor_names(parser, "The US pledged $5 million on Thursday.", "2023-09-15")


# A capitalised UN title in apposition ("The Humanitarian Coordinator, X, said") speaks as X.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Emergency Relief Coordinator, Martin Griffiths, said on Wednesday that funds had been released.",
            "Martin Griffiths",
        ),
        ("The Humanitarian Coordinator, Georgette Gagnon, said the situation was dire.", "Georgette Gagnon"),
        ("The High Commissioner, Filippo Grandi, said more shelters were needed.", "Filippo Grandi"),
    ],
)
def test_titled_apposition_speaks_as_the_named_person(parser: Parser, text: str, speaker: str) -> None:
    assert [s for s, _, _ in _speakers(parser, text, "2023-09-15")] == [speaker]


# A quote after "put it bluntly:" or "summed it up:" is the subject's.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('One Western diplomat in Tripoli put it bluntly: "Everyone lost something."', "Western diplomat"),
        ('A resident of Sirte summed it up: "We are tired of waiting."', "resident"),
        ('The minister put it simply: "We have nothing left to give."', "minister"),
    ],
)
def test_colon_quote_after_a_speaking_idiom(parser: Parser, text: str, speaker: str) -> None:
    found = _speakers(parser, text, "2014-04-03")
    assert [(s, d) for s, d, _ in found] == [(speaker, True)], found


def test_colon_after_a_bodys_plain_verb_is_no_attribution(parser: Parser) -> None:
    """ "put ... on alert:" is not the "put it" idiom: after a body's clause the colon hands over
    to no one's words (after a person's clause the words are the person's: statements round 30)."""
    text = 'The army put its units on alert: "Be ready."'
    assert _speakers(parser, text, "2019-04-04") == []


# A movement a body approves or authorises is planned, not made.


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's House of Representatives on Monday approved the deployment of army units outside the country's borders.",
        "Turkey's parliament approved sending troops to Libya on Thursday.",
        "The deployment of Turkish troops to Libya was approved by parliament on Thursday.",
    ],
)
def test_approved_deployment_is_planned(parser: Parser, text: str) -> None:
    moves = _moves(parser, text)
    assert moves
    assert all(modality == Modality.PLANNED.value for *_, modality in moves), moves


def test_completed_deployment_is_still_reported(parser: Parser) -> None:
    moves = _moves(parser, "The Libyan National Army completed the deployment of its units to Sirte.")
    assert [(kind, dest, mod) for _, kind, dest, mod in moves] == [("deploy", "Sirte", "reported")]


# A foreign country's possessive makes a Libyan body's name that country's own body.


def test_foreign_house_of_representatives_is_its_own_body(parser: Parser) -> None:
    text = (
        "Egypt's House of Representatives on Monday approved the deployment. In a statement, "
        "the chamber said the troops would defend the western border."
    )
    found = _speakers(parser, text)
    assert [s for s, _, _ in found] == ["Egypt's House of Representatives"], found


def test_libyas_house_of_representatives_stays_the_libyan_one(parser: Parser) -> None:
    found = _speakers(parser, "Libya's House of Representatives said on Monday it backed the plan.")
    assert [s for s, _, _ in found] == ["House of Representatives"], found


# "now hold positions in X" tells where a force stands, not a capture.


def test_holding_positions_is_no_capture(parser: Parser) -> None:
    text = "Russian mercenaries of the Wagner Group now hold positions in and around Sirte and at the Jufra air base."
    assert [m for m in _moves(parser, text) if m[1] == "capture"] == []


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("The Wagner Group now holds Sirte.", "Sirte"),
        ("LNA forces now control the Jufra air base.", "al-Jufra air base"),
    ],
)
def test_now_holding_a_place_is_still_a_capture(parser: Parser, text: str, dest: str) -> None:
    assert [(kind, d) for _, kind, d, _ in _moves(parser, text)] == [("capture", dest)]


# A body that flies or ships cargo somewhere deploys it (SCHEMA: equipment sent is its owner's).


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "The Government of National Unity flew 14 tonnes of medical supplies to Benghazi on 11 September.",
            "Government of National Unity",
            "Benghazi",
        ),
        ("UNHCR flew 20 tonnes of tents to Kufra on Monday.", "UNHCR", "Kufra"),
    ],
)
def test_body_flying_cargo_deploys(parser: Parser, text: str, actor: str, dest: str) -> None:
    assert [(a, k, d) for a, k, d, _ in _moves(parser, text, "2023-09-15")] == [(actor, "deploy", dest)]


@pytest.mark.parametrize(
    "text", ["The World Food Programme flew to Kufra on Monday.", "The minister flew to Kufra on Monday."]
)
def test_flying_with_nothing_carried_is_travel(parser: Parser, text: str) -> None:
    assert [k for _, k, _, _ in _moves(parser, text, "2023-09-15")] == ["travel"]


# "sent planes with rescue teams to X": the "to X" the parser hangs on the companion is the verb's.


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        (
            "Egypt sent three military aircraft with rescue teams to Benina airport.",
            "Benina International Airport",
        ),
        ("Turkey sent a frigate with two field hospitals to Derna on Tuesday.", "Derna"),
        ("The minister travelled with his aides to Rome.", "Rome"),
    ],
)
def test_destination_hung_on_the_companion(parser: Parser, text: str, dest: str) -> None:
    assert dest in {d for _, _, d, _ in _moves(parser, text, "2023-09-15")}


# "said, during a visit to X": the visit is the clause subject's travel.


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "President Abdel Fattah al-Sisi warned last month, during a visit to an air base at Sidi Barrani, "
            "that the line was a red line.",
            "Abdel Fattah al-Sisi",
            "Sidi Barrani",
        ),
        (
            "During a visit to Benghazi on Monday, Fathi Bashagha met Khalifa Haftar.",
            "Fathi Bashagha",
            "Benghazi",
        ),
        ("Erdogan, on a visit to Tripoli, said Turkey would stay.", "Recep Tayyip Erdogan", "Tripoli"),
    ],
)
def test_visit_in_passing_is_the_subjects_travel(parser: Parser, text: str, actor: str, dest: str) -> None:
    assert (actor, "travel", dest) in {(a, k, d) for a, k, d, _ in _moves(parser, text)}


# Displaced people "moving in with relatives in X" leave their homes.


@pytest.mark.parametrize(
    ("text", "dests"),
    [
        (
            "Most families who left Derna have moved in with relatives in Tobruk, Al Bayda and Benghazi.",
            {"Tobruk", "Al Bayda", "Benghazi"},
        ),
        ("Displaced families have moved in with relatives in Tobruk.", {"Tobruk"}),
    ],
)
def test_displaced_moving_in_with_relatives_withdraw(parser: Parser, text: str, dests: set[str]) -> None:
    moves = _moves(parser, text, "2023-09-15")
    assert {d for _, k, d, _ in moves if k == "withdraw"} == dests, moves
    assert not [m for m in moves if m[1] == "travel"], moves


def test_families_moving_back_still_travel(parser: Parser) -> None:
    assert [k for _, k, _, _ in _moves(parser, "Families moved back to Derna on Sunday.", "2023-09-15")] == [
        "travel"
    ]


# A team named with its acronym before "team" is one body, not the UN.


def test_named_team_with_acronym(parser: Parser) -> None:
    text = "A UN Disaster Assessment and Coordination (UNDAC) team arrived in Benghazi on 13 September."
    actors = [a for a, _, _, _ in _moves(parser, text, "2023-09-15")]
    assert actors == ["UN Disaster Assessment and Coordination (UNDAC) team"], actors


# The companion rule must leave "a government headed by X, with its seat in Y" alone: led, not gone.


@pytest.mark.parametrize(
    "text",
    [
        "In October Jadhran set up a regional government for Cyrenaica, headed by Abd-Rabbo al-Barassi, "
        "with its seat in Ajdabiya.",
        "The delegation to Rome was headed by Mohamed Siala.",
    ],
)
def test_headed_by_is_no_movement(parser: Parser, text: str) -> None:
    assert _moves(parser, text, "2014-04-03") == []


def test_heading_for_a_place_is_still_a_movement(parser: Parser) -> None:
    moves = _moves(parser, "LNA forces headed for Tripoli on Thursday.", "2019-04-05")
    assert [d for _, _, d, _ in moves] == ["Tripoli"], moves


# A long subject with an apposition that the parser reads as the speech verb's object is the
# reported clause's subject, not left out of the content.


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Witnesses said fighters from Ansar al-Sharia, an Islamist brigade formed during last year's war, "
            "were among the crowd outside the mission.",
            "fighters from Ansar al-Sharia",
        ),
        (
            "Officials said gunmen from the town, a militia founded in 2011 by former rebels, were behind the attack.",
            "gunmen from the town",
        ),
    ],
)
def test_subject_misread_as_object_stays_in_the_content(parser: Parser, text: str, start: str) -> None:
    found = _speakers(parser, text, "2012-09-12")
    assert len(found) == 1, found
    assert found[0][2].startswith(start), found


def test_person_told_is_not_the_content(parser: Parser) -> None:
    found = _speakers(parser, "The commander told reporters on Monday the town had fallen.", "2012-09-12")
    assert all(not text.startswith("reporters") for _, _, text in found), found


# Warships and small units are things a country sends (MOVABLE_NOUNS); the U.S. Navy is an actor.


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("Italy sent two destroyers toward Libya on Monday.", "Italy", "Libya"),
        ("Egypt dispatched a squad of commandos to Derna.", "Egypt", "Derna"),
        ("Britain sent a platoon of marines to Tripoli.", "United Kingdom", "Tripoli"),
        ("The U.S. Navy sent two destroyers toward Libya.", "U.S. Navy", "Libya"),
    ],
)
def test_warships_and_small_units_are_sent(parser: Parser, text: str, actor: str, dest: str) -> None:
    assert [(a, k, d) for a, k, d, _ in _moves(parser, text, "2012-09-12")] == [(actor, "deploy", dest)]


# "it" in what a body says is that body, not an actor named just before it.


def test_it_in_a_bodys_report_is_the_body(parser: Parser) -> None:
    text = "The LNA, backed by Egypt and the UAE, said it had seized the airport in Gharyan."
    assert [(a, k) for a, k, _, _ in _moves(parser, text, "2019-04-05")] == [
        ("Libyan National Army", "capture")
    ]


def test_it_in_an_unknown_bodys_report_takes_no_earlier_actor(parser: Parser) -> None:
    text = "Clinton spoke at the State Department. The Pentagon said it had dispatched 200 troops to Tripoli."
    assert [a for a, _, _, _ in _moves(parser, text, "2012-09-12")] != ["State Department"]


# "sent a ship, which docked at X": a relative clause of arriving on what was sent is where it went.


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "Algeria flew in two military aircraft carrying rescuers and medical supplies, which landed in Benghazi.",
            "Algeria",
            "Benghazi",
        ),
        ("Turkey sent a ship, which docked at Misrata on Friday.", "Turkey", "Misrata"),
        ("Egypt sent two planes that landed at Benina airport.", "Egypt", "Benina International Airport"),
    ],
)
def test_sent_thing_that_landed_goes_there(parser: Parser, text: str, actor: str, dest: str) -> None:
    assert (actor, "deploy", dest) in {(a, k, d) for a, k, d, _ in _moves(parser, text, "2023-09-15")}


def test_sent_thing_described_otherwise_names_no_place(parser: Parser) -> None:
    moves = _moves(parser, "Turkey sent a ship, which was carrying tents, on Friday.", "2023-09-15")
    assert all(d is None for _, _, d, _ in moves), moves


# Vehicles or a convoy "sent by X" that arrive somewhere are X's deployment, not X's own trip.


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "A convoy sent by the Libyan Red Crescent arrived in Derna on Thursday.",
            "Libyan Red Crescent",
            "Derna",
        ),
        (
            "A plane sent by Egypt landed at Benina airport on Tuesday.",
            "Egypt",
            "Benina International Airport",
        ),
    ],
)
def test_vehicles_sent_by_an_owner_are_its_deployment(
    parser: Parser, text: str, actor: str, dest: str
) -> None:
    assert [(a, k, d) for a, k, d, _ in _moves(parser, text, "2023-09-15")] == [(actor, "deploy", dest)]


def test_a_body_arriving_itself_still_travels(parser: Parser) -> None:
    moves = _moves(parser, "The Libyan Red Crescent arrived in Derna on Thursday.", "2023-09-15")
    assert [(k, d) for _, k, d, _ in moves] == [("travel", "Derna")]
