"""Round 48: actor names found in blind rounds.

- "a brigade allied to X", "an armed group loyal to X": one unit serving X is an actor of its
  own, named by the phrase, whose master stays an actor; "Y, a unit loyal to X" only describes Y.
- "the remaining forces loyal to X": the mention takes the words that pick out the remnant.
- "Y, an aid official,": the apposition's article is a whole word, so the title keeps no "n".

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2022-08-20") -> Article:
    return PARSER.parse(text, published=published)


def _actor_with_mention(article: Article, words: str) -> list[tuple[str, ActorKind]]:
    return [(a.name, a.kind) for a in article.actors if any(m.text == words for m in a.mentions)]


@pytest.mark.parametrize(
    ("text", "phrase", "master"),
    [
        (
            "A brigade allied to Bashagha drove into Janzour before dawn on Friday.",
            "brigade allied to Bashagha",
            "Fathi Bashagha",
        ),
        (
            "An armed group loyal to Dbeibah pulled out of Gharyan on Tuesday.",
            "armed group loyal to Dbeibah",
            "Abdul Hamid Dbeibah",
        ),
        (
            "A battalion aligned with the Government of National Unity took up positions in Tajoura.",
            "battalion aligned with the Government of National Unity",
            "Government of National Unity",
        ),
    ],
)
def test_a_single_unit_serving_someone_is_an_actor_of_its_own(text: str, phrase: str, master: str) -> None:
    article = _parse(text)
    assert _actor_with_mention(article, phrase) == [(phrase, ActorKind.ARMED_GROUP)]
    assert master in {a.name for a in article.actors}
    assert [m.actor for m in article.movements] == [phrase]


def test_a_unit_in_apposition_describes_the_named_unit() -> None:
    article = _parse("The Nawasi Brigade, a unit loyal to Dbeibah, moved into Souq al-Juma on Monday.")
    names = {a.name for a in article.actors}
    assert not any("loyal" in n for n in names)
    assert "Abdul Hamid Dbeibah" in names


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The remaining forces loyal to Haftar withdrew from Sirte on Monday.",
            "The remaining forces loyal to Haftar",
        ),
        (
            "By Sunday the last troops loyal to Muammar Gaddafi had left Brega.",
            "the last troops loyal to Muammar Gaddafi",
        ),
    ],
)
def test_the_remnant_of_loyal_forces_is_one_mention(text: str, phrase: str) -> None:
    article = _parse(text, "2019-04-10")
    found = _actor_with_mention(article, phrase)
    assert len(found) == 1
    assert found[0][1] is ActorKind.ARMED_GROUP


def test_loyal_forces_without_a_remnant_word_keep_their_span() -> None:
    article = _parse("Forces loyal to Haftar withdrew from Sirte on Monday.", "2019-04-10")
    assert len(_actor_with_mention(article, "Forces loyal to Haftar")) == 1


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ahmed Salem, an aid group official, said the road to Derna was shut.",
            "Ahmed Salem",
            "aid group official",
        ),
        (
            "Nouri Bashir, an oil ministry official, said exports had resumed.",
            "Nouri Bashir",
            "oil ministry official",
        ),
        (
            "Salah Omran, a local council member, said the water was cut.",
            "Salah Omran",
            "local council member",
        ),
    ],
)
def test_an_apposition_title_keeps_its_first_letter(text: str, name: str, title: str) -> None:
    article = _parse(text)
    person = next(a for a in article.actors if a.name == name)
    assert person.title == title


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        (
            "Tunisia's interior ministry said 40 migrants were stopped off Sfax.",
            "Tunisia's interior ministry",
            "Tunisian interior ministry",
        ),
        (
            "Russia's defence ministry denied that its aircraft had landed at Jufra.",
            "Russia's defence ministry",
            "Russian defence ministry",
        ),
        (
            "Italy's foreign ministry said the envoy would fly to Tripoli on Monday.",
            "Italy's foreign ministry",
            "Italian foreign ministry",
        ),
        (
            "Niger's interior ministry said the trucks had crossed into Agadez.",
            "Niger's interior ministry",
            "Nigerien interior ministry",
        ),
    ],
)
def test_a_countrys_ministry_is_that_states_ministry(text: str, phrase: str, name: str) -> None:
    article = _parse(text)
    assert _actor_with_mention(article, phrase) == [(name, ActorKind.GOVERNMENT)]
    assert not any(a.name == "interior ministry" for a in article.actors)


def test_a_countrys_ministry_and_its_nationality_form_are_one_actor() -> None:
    article = _parse(
        "Egypt's foreign ministry said it had summoned the envoy. "
        "Later the Egyptian foreign ministry said talks would resume in Cairo."
    )
    ministries = [a for a in article.actors if a.kind is ActorKind.GOVERNMENT and "ministry" in a.name]
    assert [a.name for a in ministries] == ["Egyptian foreign ministry"]
    assert len(ministries[0].mentions) == 2


def test_libyas_own_ministry_is_not_a_foreign_one() -> None:
    article = _parse("Libya's interior ministry said the coast road was open again.")
    assert not any(a.name.startswith("Libyan interior") for a in article.actors)
    assert any("interior ministry" in a.name.lower() for a in article.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tunisian Red Crescent said 20 bodies were recovered near Zarzis.", "Tunisian Red Crescent"),
        ("The Qatar Red Crescent sent a convoy of aid to Benghazi on Sunday.", "Qatar Red Crescent"),
        ("The Egyptian Red Crescent said its trucks had reached Tobruk.", "Egyptian Red Crescent"),
    ],
)
def test_a_foreign_red_crescent_is_that_countrys_society(text: str, name: str) -> None:
    article = _parse(text)
    assert _actor_with_mention(article, name) == [(name, ActorKind.ORGANIZATION)]
    assert "Libyan Red Crescent" not in {a.name for a in article.actors}


@pytest.mark.parametrize(
    "text",
    [
        "The Libyan Red Crescent said its teams reached Tawergha.",
        "Volunteers from the Red Crescent reached Derna on Tuesday.",
    ],
)
def test_libyas_red_crescent_stays_libyan(text: str) -> None:
    assert "Libyan Red Crescent" in {a.name for a in _parse(text).actors}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("King Abdullah II received Dbeibah in Amman on Tuesday.", "Abdullah II", "King"),
        ("Jordan's King Abdullah II said his country would train Libyan police.", "Abdullah II", "King"),
        ("King Mohammed VI opened the talks in Skhirat on Sunday.", "Mohammed VI", "King"),
    ],
)
def test_a_monarch_named_with_a_regnal_numeral_is_a_person(text: str, name: str, title: str) -> None:
    article = _parse(text, "2021-06-01")
    person = next(a for a in article.actors if a.name == name)
    assert person.kind is ActorKind.PERSON
    assert person.title == title


def test_a_title_and_a_plain_name_are_not_read_as_a_regnal_name() -> None:
    article = _parse("King Salman said the kingdom would back the talks in Jeddah.", "2021-06-01")
    assert not any(a.name.endswith((" I", " V", " X")) for a in article.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chancellor Olaf Scholz said Germany would host the talks in Berlin.", "Olaf Scholz"),
        ("Chancellor Olaf Scholz flew to Rome on Monday.", "Olaf Scholz"),
    ],
)
def test_a_name_after_a_persons_title_is_a_person(text: str, name: str) -> None:
    article = _parse(text, "2022-05-01")
    assert [(a.name, a.kind) for a in article.actors if a.name == name] == [(name, ActorKind.PERSON)]


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        (
            "Armed groups aligned with the Government of National Unity massed in Zawiya on Friday.",
            "Armed groups aligned with the Government of National Unity",
            "Government of National Unity forces",
        ),
        (
            "Armed groups loyal to Haftar withdrew from Sirte on Monday.",
            "Armed groups loyal to Haftar",
            "Libyan National Army",
        ),
    ],
)
def test_armed_groups_serving_someone_are_that_sides_forces(text: str, phrase: str, name: str) -> None:
    article = _parse(text, "2022-05-01")
    assert _actor_with_mention(article, phrase) == [(name, ActorKind.ARMED_GROUP)]


def test_groups_of_people_are_no_loyal_forces() -> None:
    article = _parse("Rights groups said the camps near Zuwara were overcrowded.", "2022-05-01")
    assert all(a.kind is not ActorKind.ARMED_GROUP for a in article.actors)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Greek Foreign Minister Nikos Dendias arrived in Benghazi on Sunday.",
            "Nikos Dendias",
            "Greek Foreign Minister",
        ),
        ("Foreign Minister Ahmed Salem landed in Tunis on Monday.", "Ahmed Salem", "Foreign Minister"),
    ],
)
def test_a_title_word_before_a_name_is_no_mention_of_its_own(text: str, name: str, title: str) -> None:
    article = _parse(text, "2022-05-01")
    person = next(a for a in article.actors if a.name == name)
    assert [m.text for m in person.mentions] == [name]
    assert person.title == title


def test_a_title_word_alone_stays_an_unnamed_source() -> None:
    article = _parse("A minister said the talks in Geneva had failed.", "2022-05-01")
    assert [(a.name, a.kind) for a in article.actors] == [("minister", ActorKind.COLLECTIVE)]
