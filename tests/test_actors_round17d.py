"""Actor recall, round 17d: capitals standing for their governments when they own a stance or
are joined to a capital that acts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libya_events import Parser
from libya_events.extraction._pipeline import GOVERNMENT_POSSESSIONS


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _actors(parser: Parser, text: str, published: str = "2020-05-01") -> dict[str, str]:
    return {a.name: a.kind.value for a in parser.parse(text, published=published).actors}


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Cairo's envoy met the speaker in Benghazi on Monday.", "Cairo"),
        ("Analysts said Moscow's influence over the eastern camp has grown.", "Moscow"),
        ("Rome's position on the coast guard has hardened since spring.", "Rome"),
    ],
)
def test_capital_owning_a_stance_is_its_government(parser: Parser, text: str, capital: str) -> None:
    assert _actors(parser, text).get(capital) == "government"


@pytest.mark.parametrize(
    ("text", "capitals"),
    [
        ("Ankara and Moscow have carved out zones of influence.", {"Ankara", "Moscow"}),
        ("Paris, Rome and Berlin have urged both camps to talk.", {"Paris", "Rome", "Berlin"}),
    ],
)
def test_capitals_joined_to_one_that_acts_act(parser: Parser, text: str, capitals: set[str]) -> None:
    actors = _actors(parser, text)
    assert {c for c in capitals if actors.get(c) == "government"} == capitals


@pytest.mark.parametrize(
    "text",
    [
        "Cairo's streets were calm as the delegation arrived.",
        "The minister flew to Ankara and Moscow has not commented.",
        "Moscow and its suburbs were quiet on Friday.",
    ],
)
def test_capital_as_a_city_is_no_actor(parser: Parser, text: str) -> None:
    actors = _actors(parser, text)
    assert "Ankara" not in actors
    assert "Cairo" not in actors
    if "suburbs" in text:
        assert "Moscow" not in actors


@given(st.sampled_from(sorted(GOVERNMENT_POSSESSIONS)))
def test_any_possession_makes_the_capital_act(noun: str) -> None:
    parsed = _PARSER.parse(f"Algiers's {noun} was discussed at length on Tuesday.", published="2020-05-01")
    assert any(a.name == "Algiers" and a.kind.value == "government" for a in parsed.actors)


_PARSER = Parser()


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("The mayor told Al-Wasat newspaper that the crossing had reopened.", "Al-Wasat"),
        ("A militia leader told Libya Al-Ahrar channel the truce would hold.", "Libya Al-Ahrar"),
        ("An aide told the Anadolu news agency that the talks had stalled.", "Anadolu"),
    ],
)
def test_medium_named_before_its_noun_is_an_organisation(parser: Parser, text: str, medium: str) -> None:
    actors = parser.parse(text, published="2020-05-01").actors
    assert any(
        a.kind.value == "organization" and any(m.text.startswith(medium) for m in a.mentions) for a in actors
    )


def test_name_modifying_another_noun_is_still_dropped(parser: Parser) -> None:
    actors = _actors(parser, "The OPEC member raised output from its fields in the south.")
    assert "OPEC" not in actors
    assert "Organization of the Petroleum Exporting Countries" not in actors


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Clashes broke out between smugglers and border guards near Ghat on Friday.", "smugglers"),
        ("Fighting erupted between residents and gunmen in the old market.", "gunmen"),
    ],
)
def test_sides_of_a_fight_that_breaks_out_act(parser: Parser, text: str, side: str) -> None:
    assert side in _actors(parser, text)


def test_sides_pointed_back_to_add_no_actor(parser: Parser) -> None:
    text = (
        "The Nawasi Brigade and the Rada Force traded fire in Souq al-Juma. "
        "Fighting continued between those militias until dawn."
    )
    assert "militias" not in _actors(parser, text)


@pytest.mark.parametrize(
    ("text", "mention", "side"),
    [
        (
            "LNA Special Forces pushed into the old quarter on Monday.",
            "LNA Special Forces",
            "Libyan National Army",
        ),
        (
            "The LNA Military Information Division said naval patrols had been sent east.",
            "LNA Military Information Division",
            "Libyan National Army",
        ),
        (
            "A post by the Special Forces affiliated to the Libyan National Army claimed the port.",
            "Special Forces",
            "Libyan National Army",
        ),
    ],
)
def test_named_unit_of_a_known_side_is_its_own_group(
    parser: Parser, text: str, mention: str, side: str
) -> None:
    actors = parser.parse(text, published="2018-06-01").actors
    unit = next(a for a in actors if mention in [m.text for m in a.mentions])
    assert unit.kind.value == "armed_group"
    assert unit.affiliation == side


@pytest.mark.parametrize(
    "text",
    [
        "LNA forces pushed into the old quarter on Monday.",
        "The LNA said its Special Forces had pushed into the old quarter.",
    ],
)
def test_side_without_a_unit_name_stays_the_side(parser: Parser, text: str) -> None:
    names = {a.name for a in parser.parse(text, published="2018-06-01").actors}
    assert "Libyan National Army" in names
    assert not any(n.endswith("Forces") and n.startswith(("LNA", "Libyan National Army ")) for n in names)


_OFFICE_TEXT = (
    "The prime minister visited the flooded district on Monday with the interior minister. "
    "The interior minister said the roads would reopen within days."
)


def test_office_with_no_holder_that_day_is_an_unnamed_office_holder(parser: Parser) -> None:
    article = parser.parse(_OFFICE_TEXT, published="2023-08-16")
    office = next(a for a in article.actors if a.name == "interior minister")
    assert office.kind.value == "collective"
    assert office.title == "interior minister"
    assert "fathi-bashagha" not in {a.kb_id for a in article.actors}
    (warning,) = article.warnings
    assert "2023-08-16" in warning
    assert "interior minister" in warning


def test_office_held_that_day_is_its_holder_without_warning(parser: Parser) -> None:
    article = parser.parse(_OFFICE_TEXT, published="2019-05-01")
    assert "fathi-bashagha" in {a.kb_id for a in article.actors}
    assert article.warnings == ()


def test_body_named_by_role_gets_no_office_warning(parser: Parser) -> None:
    article = parser.parse("The alliance said its ships would stay off the coast.", published="2015-05-01")
    assert not any("office-holder" in w for w in article.warnings)


def test_insurgents_of_2011_are_the_rebels(parser: Parser) -> None:
    text = "Government artillery hit the hills above Zintan on Friday, insurgents said."
    assert "Libyan rebels" in _actors(parser, text, published="2011-06-10")


def test_insurgents_outside_2011_are_not_the_rebels(parser: Parser) -> None:
    text = "Government artillery hit the hills above Zintan on Friday, insurgents said."
    assert "Libyan rebels" not in _actors(parser, text, published="2016-06-10")


@pytest.mark.parametrize(
    "text",
    [
        "Malta has offered to host the next round of talks, the foreign ministry said on Sunday.",
        "The defence ministry said Turkey had pledged to send more advisers to Misrata.",
    ],
)
def test_pledge_reported_by_another_is_that_speakers_statement(parser: Parser, text: str) -> None:
    statements = parser.parse(text, published="2020-05-01").statements
    assert [s.speaker for s in statements] == [
        "defence ministry" if "defence" in text else "foreign ministry"
    ]
    (statement,) = statements
    assert statement.text.startswith(("Malta has offered", "Turkey had pledged"))


def test_own_pledge_is_a_statement(parser: Parser) -> None:
    statements = parser.parse(
        "Malta has offered to host the next round of talks.", published="2020-05-01"
    ).statements
    assert [s.speaker for s in statements] == ["Malta"]


def test_personnel_of_a_nationality_are_a_side(parser: Parser) -> None:
    article = parser.parse(
        "Turkish personnel had moved radars to the Watiya air base.", published="2020-05-01"
    )
    assert "Turkish personnel" in {a.name for a in article.actors}


def test_bare_personnel_are_no_actor(parser: Parser) -> None:
    article = parser.parse("Personnel had moved radars to the Watiya air base.", published="2020-05-01")
    assert not any("ersonnel" in a.name for a in article.actors)
