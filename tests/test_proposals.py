"""Actors the knowledge base lacks, proposed from the entity recogniser over the parse."""

from __future__ import annotations

import pytest

from libya_events import parse_article
from libya_events.extraction import Parser
from libya_events.extraction._proposals import ORG_HEADS, _shouting
from libya_events.model import ActorKind


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _actors(parser: Parser, text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in parser.parse(text).actors}


def test_an_unknown_person_who_speaks_is_an_actor(parser: Parser) -> None:
    text = "Yousef Marwan Ghaddour told reporters on Sunday that the road was open again."
    assert _actors(parser, text).get("Yousef Marwan Ghaddour") is ActorKind.PERSON


def test_a_later_surname_is_the_same_person(parser: Parser) -> None:
    text = (
        "Yousef Marwan Ghaddour told reporters on Sunday that the road was open. "
        "Ghaddour added that more trucks would come."
    )
    article = parser.parse(text)
    person = next(a for a in article.actors if a.name == "Yousef Marwan Ghaddour")
    assert [m.text for m in person.mentions] == ["Yousef Marwan Ghaddour", "Ghaddour"]
    for m in person.mentions:
        assert text[m.span.start : m.span.end] == m.text


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The 207th Brigade announced on Monday that it had reopened the coastal road.",
            "207th Brigade",
            ActorKind.ARMED_GROUP,
        ),
        (
            "The Coastal Rescue Authority said it had recovered two boats near the shore.",
            "Coastal Rescue Authority",
            ActorKind.GOVERNMENT,
        ),
        (
            "The Sahara Relief Foundation said it would send food to the families.",
            "Sahara Relief Foundation",
            ActorKind.ORGANIZATION,
        ),
    ],
)
def test_organisations_take_their_kind_from_the_head_noun(
    parser: Parser, text: str, name: str, kind: ActorKind
) -> None:
    assert _actors(parser, text).get(name) is kind


def test_an_acronym_in_brackets_names_the_entity_before_it(parser: Parser) -> None:
    text = (
        "The Western Reserve Force (WRF) said it had taken positions near the port. "
        "Later the WRF denied reports of casualties."
    )
    actors = parser.parse(text).actors
    wrf = [a for a in actors if any(m.text == "WRF" for m in a.mentions)]
    assert len(wrf) == 1
    assert wrf[0].name == "Western Reserve Force"


def test_a_title_modifier_adds_no_actor(parser: Parser) -> None:
    text = "A Coast Guard commander said the boat had sunk off Zuwara."
    assert "Coast Guard" not in _actors(parser, text)


def test_known_actors_keep_their_knowledge_base_names(parser: Parser) -> None:
    text = "Khalifa Haftar met the envoy in Benghazi on Tuesday."
    assert _actors(parser, text).get("Khalifa Haftar") is ActorKind.PERSON


def test_org_heads_are_lower_case_single_words_with_an_actor_kind() -> None:
    for noun, kind in ORG_HEADS.items():
        assert noun == noun.lower()
        assert " " not in noun
        assert kind in ActorKind
        assert kind not in (ActorKind.PERSON, ActorKind.COLLECTIVE)


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Dozens of residents were wounded when shells hit the market in Sabha.", "residents"),
        ("The new council promised to disband local militias in Sabha within a month.", "local militias"),
        ("Nasser Bukhatwa, a spokesman for the council, said the talks would resume.", "spokesman"),
    ],
)
def test_a_generic_description_that_does_not_act_is_no_actor(parser: Parser, text: str, generic: str) -> None:
    assert not any(a.name.lower().endswith(generic) for a in parser.parse(text).actors)


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Residents fled the southern districts of Sabha on Monday.", "residents"),
        ("The town was shelled by local militias overnight, officials in Sabha said.", "local militias"),
        ("Families who left Sirte last week have begun to return.", "families"),
    ],
)
def test_a_generic_description_that_acts_is_an_actor(parser: Parser, text: str, generic: str) -> None:
    assert any(a.name.lower().endswith(generic) for a in parser.parse(text).actors)


def test_an_organisation_named_only_as_a_modifier_adds_no_actor(parser: Parser) -> None:
    text = "Libya, an OPEC member, pumped more oil in May than in April."
    assert "OPEC" not in {a.name for a in parser.parse(text).actors}


def test_a_possessive_ends_the_name(parser: Parser) -> None:
    text = "Fighters loyal to Yousef Marwan Ghaddour's brigade entered the port of Zuwara on Friday."
    actors = parser.parse(text).actors
    assert "Yousef Marwan Ghaddour" in {a.name for a in actors}
    # the man's name stops at the possessive; "Ghaddour's forces" (round 24's group of an
    # unknown commander) is his fighters, a group of its own
    assert not any("'s" in a.name for a in actors if a.kind is ActorKind.PERSON)


def test_names_with_al_are_whole(parser: Parser) -> None:
    text = "Officers said Hamed al-Zintani had fled to Tunis."
    assert _actors(parser, text).get("Hamed al-Zintani") is ActorKind.PERSON


def test_a_namesake_of_a_known_person_is_a_new_person(parser: Parser) -> None:
    text = "The talks were led by Yusuf Haftar, a businessman from Sirte, officials said."
    actors = _actors(parser, text)
    assert actors.get("Yusuf Haftar") is ActorKind.PERSON
    assert "Khalifa Haftar" not in actors


def test_the_person_whose_forces_act_is_an_actor_too(parser: Parser) -> None:
    text = "Units loyal to commander Khalifa Haftar pushed towards Tripoli on Friday."
    article = parser.parse(text)
    names = {a.name for a in article.actors}
    assert {"Khalifa Haftar", "Libyan National Army"} <= names
    for actor in article.actors:
        for m in actor.mentions:
            assert text[m.span.start : m.span.end] == m.text


def test_the_person_is_an_actor_without_events() -> None:
    text = "Units loyal to commander Khalifa Haftar pushed towards Tripoli on Friday."
    assert "Khalifa Haftar" in {a.name for a in Parser(events=False).parse(text).actors}


def test_a_headline_in_capitals_proposes_no_organisation_from_its_words() -> None:
    text = (
        "MILITIA CONVOY ENTERS DERNA AFTER ATTACK\n\n"
        "A convoy of the Derna Protection Force entered the city on Sunday, residents said."
    )
    names = {a.name for a in parse_article(text, published="2020-01-01").actors}
    assert "ATTACK" not in names
    assert "DERNA" not in names


@pytest.mark.parametrize(
    ("sentence", "shouting"),
    [
        ("MILITIA CONVOY ENTERS DERNA AFTER ATTACK", True),
        ("The LNA and the GNA met in Geneva.", False),  # acronyms in a sentence in lower case
        ("UN, EU, AU", False),  # too short to tell
        ("", False),
    ],
)
def test_shouting_sentences(sentence: str, shouting: bool) -> None:
    assert _shouting(sentence, 0, len(sentence)) is shouting
