"""Round 53b: classes found by four blind genre articles (genre-253..256)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves
from _statement_views import said, statements

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- a briefing transcript's role label ("SPOKESMAN:") is the person introduced in that role

_BRIEFING = (
    "Daily press briefing\n\n"
    "The following is a transcript of today's briefing by {name}, {role} for the mission.\n\n"
    "{label}: Good morning. The convoy reached Sabha yesterday and the aid was handed out.\n\n"
    "QUESTION: Did the envoy ask the commander to stop the attack on the city?\n\n"
    "{label}: We have no further details on the talks at this point.\n"
)


@pytest.mark.parametrize(
    ("name", "role", "label"),
    [
        ("Jana Novak", "Spokesperson", "SPOKESPERSON"),
        ("Farid Nasser", "Spokesman", "SPOKESMAN"),
        ("Leila Haddad", "Deputy Spokeswoman", "DEPUTY SPOKESWOMAN"),
    ],
)
def test_a_role_label_speaks_for_the_person_introduced(name: str, role: str, label: str) -> None:
    text = _BRIEFING.format(name=name, role=role, label=label)
    turns = [s for s in statements(text) if s.direct]
    assert [s.speaker for s in turns] == [name, name]
    assert turns[0].text.startswith("Good morning.")
    assert turns[0].channel == "news conference"
    assert not said(text, "to stop the attack")  # the reporter's question is no one's statement


def test_a_role_label_with_no_one_introduced_speaks_for_no_one() -> None:
    text = (
        "Daily press briefing\n\n"
        "SPOKESMAN: Good morning. The convoy reached Sabha yesterday.\n\n"
        "QUESTION: Is the road open?\n\n"
        "SPOKESMAN: The road is open.\n"
    )
    assert not any(s.direct for s in statements(text))


# ------------- "Speaking at X, the spokesman, Y, said ...": the apposed speaker


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Speaking at the daily briefing in Naples, the alliance's military spokesman, Colonel Paul Durand, "
            "said loyalist units had brought reinforcements from Sirte to Brega on Sunday.",
            "Paul Durand",
            "loyalist units had brought reinforcements",
        ),
        (
            "Speaking at a news conference in Tripoli, the interior minister, Fathi Bashagha, said the convoy "
            "had left Misrata before dawn.",
            "Fathi Bashagha",
            "the convoy had left Misrata",
        ),
        (
            "Speaking on Tuesday in Sabha, the head of the local council, Hamed al-Khayali, said the fuel "
            "shortage was easing.",
            "Hamed al-Khayali",
            "the fuel shortage was easing",
        ),
    ],
)
def test_a_speaker_apposed_after_an_opening_participle(text: str, speaker: str, words: str) -> None:
    assert [s.speaker for s in said(text, words)] == [speaker]


# ------------- "informed the panel in a letter dated X that ...": the clause on the participle


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Turkey informed the committee in a letter dated 27 April 2018 that the exporter held all "
            "the licences.",
            "Turkey",
            "the exporter held all the licences",
        ),
        (
            "The United Arab Emirates informed the committee in a note verbale dated 10 December 2020 that "
            "the flights were civilian.",
            "United Arab Emirates",
            "the flights were civilian",
        ),
    ],
)
def test_a_that_clause_hung_on_the_letters_date(text: str, speaker: str, words: str) -> None:
    assert [s.speaker for s in said(text, words)] == [speaker]


# ------------- "declared force majeure" puts a measure in force: nothing said


@pytest.mark.parametrize(
    "text",
    [
        "The company declared force majeure at the Zawiya refinery on Monday.",
        "The National Oil Corporation, which declared force majeure on the field's exports in December, "
        "said the measure would stay.",
        "The NOC lifted the force majeure at Brega and declared a new force majeure on loadings at Es Sider.",
    ],
)
def test_declaring_force_majeure_is_no_statement(text: str) -> None:
    assert not said(text, "majeure")


def test_a_declaration_with_a_clause_stays_a_statement() -> None:
    text = "The National Oil Corporation declared that exports from the field would resume within days."
    assert [s.speaker for s in said(text, "exports from the field would resume")] == [
        "National Oil Corporation"
    ]


# ------------- "moved vehicles of the same type to X": the goal hung on the sort noun


@pytest.mark.parametrize(
    ("text", "actor", "destination"),
    [
        (
            "GNA forces moved vehicles of the same type to Tripoli on Monday.",
            "Government of National Accord forces",
            "Tripoli",
        ),
        (
            "The Libyan National Army sent drones of a newer model to Jufra last month.",
            "Libyan National Army",
            "Jufra",
        ),
        ("Turkey shipped armoured vehicles of the Kirpi type to Misrata in May.", "Turkey", "Misrata"),
    ],
)
def test_a_goal_hung_on_the_objects_sort(parser: Parser, text: str, actor: str, destination: str) -> None:
    moves = kind_first_moves(parser, text, "2019-05-20")
    assert ("deploy", actor, None, destination) in moves


# ------------- "the commander of the X unit said his men ...": the group named before the unit noun


@pytest.mark.parametrize(
    ("text", "kind", "actor", "destination"),
    [
        (
            "The commander of the Petroleum Facilities Guard unit at the terminal said his men had withdrawn "
            "to Ras Lanuf.",
            "withdraw",
            "Petroleum Facilities Guard",
            "Ras Lanuf",
        ),
        (
            "A commander of the Nawasi Brigade detachment in the port said his fighters had pulled back to "
            "Souq al-Juma.",
            "withdraw",
            "Nawasi brigade",
            "Souq al-Juma",
        ),
        (
            "The commander of the Petroleum Facilities Guard unit at the field told this outlet that his men "
            "had handed over the gates and gone back to their homes in Ubari.",
            "travel",
            "Petroleum Facilities Guard",
            "Ubari",
        ),
    ],
)
def test_the_men_of_a_commander_of_a_named_groups_unit(
    parser: Parser, text: str, kind: str, actor: str, destination: str
) -> None:
    moves = kind_first_moves(parser, text, "2019-02-07")
    assert (kind, actor, None, destination) in moves


def test_the_men_of_a_commander_of_an_unnamed_unit_are_no_named_group(parser: Parser) -> None:
    text = "The commander of a guard unit at the terminal said his men had withdrawn to Ras Lanuf."
    moves = kind_first_moves(parser, text, "2019-02-07")
    assert not any(actor == "Petroleum Facilities Guard" for _, actor, *_ in moves)
