"""Round 28: actors and speakers on text the rules were not tuned to.

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2021-03-02") -> Article:
    return PARSER.parse(text, published=published)


def _kinds(article: Article) -> dict[str, ActorKind]:
    return {a.name.lower(): a.kind for a in article.actors}


# ------------------------------- a town's council named by its place


def test_town_military_council_is_an_armed_body() -> None:
    article = _parse(
        "The Zintan military council said on Monday that its units would stay in their barracks."
    )
    assert _kinds(article).get("zintan military council") is ActorKind.ARMED_GROUP


def test_town_local_council_is_a_government_body() -> None:
    article = _parse(
        "Hassan Omar, who heads the Ghadames local council, said the road to the border was open again."
    )
    assert _kinds(article).get("ghadames local council") is ActorKind.GOVERNMENT


def test_possessive_town_council_drops_the_possessive() -> None:
    article = _parse("Zliten's military council announced that its brigade would leave Sirte.")
    assert "zliten military council" in _kinds(article)


def test_council_member_alone_adds_no_council() -> None:
    article = _parse("A local council member said about 400 families had left Ubari since Friday.")
    names = set(_kinds(article))
    assert not any(n.endswith("council") for n in names)


def test_determiner_is_no_town() -> None:
    article = _parse("One local council member told reporters that the water supply had failed.")
    assert not any(n.endswith("local council") for n in _kinds(article))


# ------------------------------- a people's name before a group of people


def test_people_name_stays_on_families() -> None:
    article = _parse("Amazigh families left Kikla on Thursday as the shelling grew heavier.")
    assert "amazigh families" in _kinds(article)


def test_people_name_tells_two_groups_of_families_apart() -> None:
    article = _parse("Families fled the old town of Ubari. Later Tebu households moved east to Sabha.")
    names = set(_kinds(article))
    assert "tebu households" in names
    assert "families" in names


def test_people_name_as_modifier_of_a_place_adds_no_collective() -> None:
    article = _parse("Gunmen shelled a Tuareg town south of Ubari on Monday.")
    assert not any(n.startswith("tuareg") for n in _kinds(article))


def test_lowercase_word_before_families_is_not_a_people() -> None:
    article = _parse("Some families returned to Kikla on Friday.")
    assert "families" in _kinds(article)


# ------------------------------- a place's name read as a person's


def test_foreign_town_in_a_headline_is_no_person() -> None:
    article = _parse(
        "Border closed after raid on Ben Guerdane\n\n"
        "TUNIS, 8 March 2016 - Soldiers searched the streets of Ben Guerdane on Tuesday."
    )
    assert all(a.kind is not ActorKind.PERSON for a in article.actors)


def test_person_with_a_full_name_stays_a_person() -> None:
    article = _parse("Khaled Mansour, a local commander, said his men had left Gharyan on Sunday.")
    assert _kinds(article).get("khaled mansour") is ActorKind.PERSON


# ------------------------------- a government's forces behind a describing word


def _forces(article: Article) -> list[str]:
    return [a.name for a in article.actors if a.kind is ActorKind.ARMED_GROUP]


def test_forces_affiliated_with_a_government_are_its_forces() -> None:
    article = _parse(
        "Forces affiliated with the Government of National Accord pushed south towards Tarhuna on Friday."
    )
    assert "Government of National Accord forces" in _forces(article)


def test_forces_of_a_hyphen_described_government_are_its_forces() -> None:
    article = _parse("Forces of the UN-recognised Government of National Accord took the air base on Monday.")
    assert "Government of National Accord forces" in _forces(article)
    assert not any("United Nations" in n for n in _forces(article))


def test_forces_of_the_un_and_a_government_are_no_forces() -> None:
    article = _parse("Envoys of the UN and the Government of National Accord met in Tunis on Monday.")
    assert not _forces(article)
