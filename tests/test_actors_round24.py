"""Round 24: actors and speakers on text the rules were not tuned to.

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import Article

PARSER = Parser()


def _parse(text: str, published: str = "2019-06-11") -> Article:
    return PARSER.parse(text, published=published)


def _texts(article: Article) -> list[str]:
    return [s.text for s in article.statements]


# ------------------------------------------- a judging verb's object is the content alone


def test_welcomed_object_is_the_content_without_the_verb() -> None:
    article = _parse("Stephanie Williams welcomed the truce on Sunday.")
    assert _texts(article) == ["the truce"]


def test_condemned_and_denied_objects_drop_the_verb() -> None:
    article = _parse(
        "Fayez al-Sarraj condemned the shelling of the hospital.\n\n"
        "Khalifa Haftar denied the accusations in a televised address."
    )
    assert "the shelling of the hospital" in _texts(article)
    assert "the accusations" in _texts(article)


def test_an_announcing_verb_keeps_its_verb() -> None:
    article = _parse("Ahmed Mismari announced the capture of the airport on Monday.")
    assert any(t.startswith("announced") for t in _texts(article))


def test_a_participle_on_a_statement_keeps_its_verb() -> None:
    article = _parse("Aguila Saleh released a statement welcoming the offensive.")
    assert _texts(article) == ["welcoming the offensive"]


# ------------------------------------------------ populace and sides only appealed to


def _names(article: Article) -> set[str]:
    return {a.name for a in article.actors}


def test_parties_only_urged_to_act_are_no_actor() -> None:
    article = _parse("Stephanie Williams urged all parties to exercise restraint.")
    assert "parties" not in _names(article)


def test_residents_only_urged_are_no_actor() -> None:
    article = _parse("Fayez al-Sarraj urged residents not to seek revenge after the clashes.")
    assert "residents" not in _names(article)


def test_residents_who_speak_are_still_an_actor() -> None:
    article = _parse(
        "Fayez al-Sarraj urged residents to stay indoors.\n\nResidents said the shelling went on all night."
    )
    assert "residents" in {n.lower() for n in _names(article)}


def test_a_body_appealed_to_is_still_an_actor() -> None:
    article = _parse("Ghassan Salame urged the international community to enforce the arms embargo.")
    assert "international community" in _names(article)


# ------------------------------ "X happened, the IOM said." parsed as two sentences


def test_a_closing_attribution_parsed_apart_reports_the_sentence_before() -> None:
    text = (
        "The coast was quiet for a week. More than 400 migrants left Zuwara in rubber boats "
        "on Saturday night, the International Organization for Migration said."
    )
    article = _parse(text)
    found = [s for s in article.statements if s.speaker == "International Organization for Migration"]
    assert len(found) == 1
    assert found[0].text.startswith("More than 400 migrants left Zuwara")
    assert not found[0].text.endswith(",")


def test_a_bare_said_with_no_comma_before_reports_nothing_from_before() -> None:
    text = (
        "More than 400 migrants left Zuwara on Saturday. The International Organization for Migration said."
    )
    article = _parse(text)
    assert all("400 migrants" not in s.text for s in article.statements)


# ------------------------------------ a speaker set between commas inside the clause


def test_a_speaker_aside_inside_the_clause_speaks_it() -> None:
    text = "Their retreat from Misrata, a teacher near the port said, changes nothing while the brigades still hold the road."
    article = _parse(text)
    assert [s.speaker for s in article.statements] == ["teacher"]
    said = article.statements[0]
    assert said.text.startswith("Their retreat from Misrata changes nothing")
    assert "teacher" not in said.text


def test_a_relative_clause_attribution_is_not_an_aside() -> None:
    article = _parse("The convoy, which the army said had left at dawn, reached Sirte on Monday.")
    assert all(not s.text.startswith("The convoy") for s in article.statements)


# ------------------------------- organisations the recogniser ran together or left unused


def test_an_organisation_run_together_with_a_known_one_is_its_own_actor() -> None:
    article = _parse(
        "Malta turned away the Sea-Eye 4, operated by SOS Mediterranee and Doctors Without Borders."
    )
    names = _names(article)
    assert "SOS Mediterranee" in names
    assert "Doctors Without Borders" in names


def test_a_named_agent_of_a_passive_is_an_organisation() -> None:
    article = _parse("The rescue ship was chartered by SOS Mediterranee in March.")
    assert "SOS Mediterranee" in _names(article)


def test_a_ministry_with_and_in_its_name_stays_one_actor() -> None:
    article = _parse("The Ministry of Interior and Local Government said the roads were open.")
    assert "Ministry of Interior and Local Government" in _names(article)


def test_weapons_as_a_passive_agent_are_no_actor() -> None:
    article = _parse("The hospital in Tarhuna was hit by Grad rockets on Monday.")
    assert not any("Grad" in n for n in _names(article))
