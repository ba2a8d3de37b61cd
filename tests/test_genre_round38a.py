"""Round 38a: classes found by four blind genre articles (genre-141..144)."""

from __future__ import annotations

import pytest
from _movement_records import actor_moves

from libya_events import Parser
from libya_events.model import LocationKind


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2012-09-22"
) -> list[tuple[str | None, str, str | None, str | None]]:
    return actor_moves(parser, text, published, reported_only=True)


def _said(parser: Parser, text: str, published: str = "2013-10-07") -> list[tuple[str, bool, str]]:
    return [(s.speaker, s.direct, s.text) for s in parser.parse(text, published=published).statements]


# ---------------------------------------------------------------- "demanded that Washington explain ..."


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The Libyan government demanded on Sunday that the United States explain how its soldiers "
            "entered the capital.",
            "Libyan government",
            "the United States explain how its soldiers entered the capital",
        ),
        (
            "The council urged the ministry to explain why the convoy was stopped at the gate.",
            "council",
            "the ministry to explain why the convoy was stopped at the gate",
        ),
        (
            "The lawmakers demanded that the minister explain how the money was spent.",
            "lawmakers",
            "the minister explain how the money was spent",
        ),
    ],
)
def test_speech_asked_for_is_the_requesters_statement(
    parser: Parser, text: str, speaker: str, content: str
) -> None:
    said = _said(parser, text)
    assert said == [(speaker, False, content)]


def test_speech_reported_inside_a_report_still_relays(parser: Parser) -> None:
    said = _said(parser, "The mayor said that the council had explained why the convoy was stopped.")
    assert [s[2] for s in said] == ["why the convoy was stopped"]


# ---------------------------------------------------------------- 'called the arrest "the last bullet"'


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            '"We will not forget," said Salem Jha, a Misrata commander, who called the capture '
            '"the last page of the old regime."',
            "the last page of the old regime",
        ),
        (
            'The mayor, who called the blockade "a crime against the people", spoke on Monday.',
            "a crime against the people",
        ),
        (
            'Hamid Busaid, an elder who called the deal "a betrayal of the dead", walked out.',
            "a betrayal of the dead",
        ),
    ],
)
def test_a_quoted_verdict_leaves_no_reported_object(parser: Parser, text: str, quoted: str) -> None:
    said = _said(parser, text)
    assert not [s for s in said if not s[1]], said
    assert quoted in [s[2] for s in said if s[1]]


def test_an_unquoted_call_keeps_its_reading(parser: Parser) -> None:
    said = _said(parser, "The congress called the raid a violation of national sovereignty.")
    assert [s[1] for s in said] == [False]


# ---------------------------------------------------------------- "X, an apposition, after Y, witnesses said"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The group's fighters withdrew from the compound, a former security building in the city "
            "centre, after firing into the air, witnesses told reporters.",
            "The group's fighters withdrew from the compound, a former security building in the city "
            "centre, after firing into the air",
        ),
        (
            "Government troops withdrew from the camp, a former police academy in the eastern suburbs, after "
            "midnight on Friday, residents told reporters.",
            "Government troops withdrew from the camp, a former police academy in the eastern suburbs, after "
            "midnight on Friday",
        ),
        (
            "The gunmen stormed the ministry, a tall building in the city centre, on Sunday morning, an "
            "official told the agency.",
            "The gunmen stormed the ministry, a tall building in the city centre, on Sunday morning",
        ),
    ],
)
def test_a_fronted_report_runs_to_the_attribution(parser: Parser, text: str, content: str) -> None:
    assert [s[2] for s in _said(parser, text, "2012-09-22")] == [content]


# ---------------------------------------------------------------- "In Tripoli, crowds drove into Martyrs' Square"


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("In Tripoli, hundreds of people drove into Martyrs' Square on Saturday.", "Martyrs' Square"),
        ("In Tripoli, Rada fighters pushed into Souq al-Juma on Monday.", "Souq al-Juma"),
        ("In Benghazi, several hundred protesters marched to the Tibesti Hotel on Sunday.", "Tibesti Hotel"),
    ],
)
def test_a_fronted_scene_is_no_second_goal(parser: Parser, text: str, goal: str) -> None:
    assert [m[3] for m in _moves(parser, text)] == [goal]


def test_a_fronted_scene_without_a_goal_still_places_the_move(parser: Parser) -> None:
    assert [m[3] for m in _moves(parser, "In Zawiya, militiamen advanced on Monday, residents said.")] == [
        "Zawiya"
    ]


# ---------------------------------------------------------------- "the Tibesti Hotel" is no region


@pytest.mark.parametrize(
    ("text", "site", "town"),
    [
        ("Protesters gathered outside the Tibesti Hotel in Benghazi on Sunday.", "Tibesti Hotel", "Benghazi"),
        ("The wounded were taken to the Fezzan Hospital in Sabha.", "Fezzan Hospital", "Sabha"),
        ("Delegates met at the Cyrenaica Hotel in Tobruk on Monday.", "Cyrenaica Hotel", "Tobruk"),
    ],
)
def test_a_building_named_after_a_region_lies_in_its_town(
    parser: Parser, text: str, site: str, town: str
) -> None:
    places = {p.name: p for p in parser.parse(text, published="2013-10-07").locations}
    assert site in places
    assert places[site].kind is LocationKind.SITE
    assert places[site].point == places[town].point
    assert not [p for p in places.values() if p.kind is LocationKind.REGION]


def test_a_road_through_a_region_keeps_the_region(parser: Parser) -> None:
    places = parser.parse(
        "The convoy drove along the Fezzan road on Monday.", published="2013-10-07"
    ).locations
    assert [p.kind for p in places if p.name == "Fezzan"] == [LocationKind.REGION]


# ---------------------------------------------------------------- "ordered its forces into X"


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("Haftar ordered his forces into Sirte on Monday.", "Sirte"),
        ("Haftar ordered troops to Sirte on Monday.", "Sirte"),
        ("The Presidency Council ordered its units into Zawiya on Tuesday.", "Zawiya"),
    ],
)
def test_forces_ordered_into_a_town_deploy(parser: Parser, text: str, goal: str) -> None:
    assert ("deploy", goal) in [(m[1], m[3]) for m in _moves(parser, text, "2019-04-10")]


def test_an_order_into_an_inquiry_moves_nobody(parser: Parser) -> None:
    assert (
        _moves(parser, "The prime minister ordered an investigation into the attack in Sirte.", "2019-04-10")
        == []
    )


# ---------------------------------------------------------------- "said it had not been told ... and had asked ..."


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministry said that it had not been informed of the raid and had asked the embassy for an "
            "explanation.",
            "it had not been informed of the raid and had asked the embassy for an explanation",
        ),
        (
            "The council said it had been told of the plan and had urged the army to wait.",
            "it had been told of the plan and had urged the army to wait",
        ),
        (
            "The families said they had been told of the transfer and had asked the prison for a visit.",
            "they had been told of the transfer and had asked the prison for a visit",
        ),
    ],
)
def test_a_request_joined_to_what_the_speaker_was_told_is_one_report(
    parser: Parser, text: str, content: str
) -> None:
    assert [s[2] for s in _said(parser, text)] == [content]


def test_a_request_joined_to_what_another_told_still_stands_apart(parser: Parser) -> None:
    said = _said(
        parser,
        "The mayor said that the army had told residents to leave and had asked the council for buses.",
    )
    assert len(said) == 2
