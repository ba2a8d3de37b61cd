"""Actors on unseen text (round 21): reference and naming classes, each with positive and
negative checks on sentences written for these tests."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _actors(parser: Parser, text: str, published: str = "2021-03-01") -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in parser.parse(text, published=published).actors}


def _movers(parser: Parser, text: str, published: str = "2021-03-01") -> list[str]:
    return [m.actor for m in parser.parse(text, published=published).movements]


# ------------------------------------------------------------------ "militants" with no article


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters shelled a checkpoint near Sabratha on Monday. "
        "Several dozen militants slipped into the town centre on Tuesday.",
        "Islamic State fighters shelled a checkpoint near Sabratha on Monday. "
        "Militants who escaped the raid moved into the town centre on Tuesday.",
        "Ansar al-Sharia gunmen blocked the coast road on Sunday. "
        "Some 40 jihadists later drove into the port of Derna.",
    ],
)
def test_bare_description_is_the_one_such_group_named(parser: Parser, text: str) -> None:
    # Only one group the description fits has been named: "militants" are that group.
    actors = _actors(parser, text)
    assert "militants" not in actors
    assert "jihadists" not in actors
    assert len(_movers(parser, text)) >= 1
    assert all(m in ("Islamic State", "Ansar al-Sharia") for m in _movers(parser, text))


def test_bare_description_between_two_such_groups_stays_its_own(parser: Parser) -> None:
    # Two groups the description fits are in reach: the bare plural names neither.
    text = (
        "Ansar al-Sharia and the Benghazi Revolutionaries Shura Council held the port for a month. "
        "On Friday, militants pushed towards the air base from the south."
    )
    actors = _actors(parser, text)
    assert "militants" in actors
    assert "militants" not in actors["Ansar al-Sharia"]
    assert "militants" not in actors["Benghazi Revolutionaries Shura Council"]


def test_the_description_still_picks_among_such_groups(parser: Parser) -> None:
    # With "the", the description stands for a group the article has named, as before.
    text = (
        "Ansar al-Sharia and the Benghazi Revolutionaries Shura Council held the port for a month. "
        "On Friday, the militants pushed towards the air base from the south."
    )
    assert "militants" not in _actors(parser, text)


def test_a_number_of_militants_is_not_the_group(parser: Parser) -> None:
    # A part ("a number of militants") is not the whole group named before.
    text = (
        "Islamic State fighters shelled a checkpoint near Sabratha on Monday. "
        "A number of militants later fled towards the desert."
    )
    assert "militants" not in _actors(parser, text).get("Islamic State", [])


# ------------------------------------------------------------------ a namesake named in full first


def test_surname_after_a_namesakes_full_name_is_the_namesake(parser: Parser) -> None:
    # The article names Idris Bukhamada in full; a later bare "Bukhamada" is he, not the
    # knowledge base's Wanis Bukhamada.
    text = (
        "The terminals were handed to the guard force under Idris Bukhamada, a commander named "
        "by the Presidential Council. Bukhamada said the terminals were secure."
    )
    actors = _actors(parser, text)
    assert "Bukhamada" in actors["Idris Bukhamada"]
    assert "Wanis Bukhamada" not in actors


def test_surname_of_the_known_person_named_in_full_stays_his(parser: Parser) -> None:
    text = "Wanis Bukhamada, the Saiqa commander, toured the front on Monday. Bukhamada said the district was quiet."
    actors = _actors(parser, text)
    assert actors["Wanis Bukhamada"] == ["Wanis Bukhamada", "Bukhamada"]


def test_surname_before_a_namesakes_full_name_stays_the_known_person(parser: Parser) -> None:
    # Only a full name told before takes the surname over.
    text = (
        "Bukhamada said the district was quiet on Monday. "
        "A local elder, Ahmed Omar Bukhamada, said families were returning."
    )
    actors = _actors(parser, text)
    assert "Wanis Bukhamada" in actors
    assert "Bukhamada" not in actors.get("Ahmed Omar Bukhamada", [])


# ------------------------------------------------------------------ "his ministry" after a minister


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        (
            "The Minister of Interior of the unity government, Emad Al-Trabelsi, said on Thursday "
            "that his ministry had sent patrols to the entrances of Tripoli.",
            "Ministry of Interior",
        ),
        (
            "Defence Minister Ali Omar Kashif said his ministry had sent troops to Sabha.",
            "Ministry of Defence",
        ),
        (
            "Foreign Minister Najla Mangoush met the envoy in Tripoli, and her ministry said talks would resume.",
            "Ministry of Foreign Affairs",
        ),
    ],
)
def test_a_ministers_ministry_is_the_ministry_his_title_names(
    parser: Parser, text: str, ministry: str
) -> None:
    actors = _actors(parser, text)
    assert ministry in actors
    assert actors[ministry][0] in ("his ministry", "her ministry")


def test_his_ministry_and_the_named_ministry_are_one_body(parser: Parser) -> None:
    text = (
        "Ali Omar Kashif, the defence minister, said his ministry would send troops to Sabha. "
        "The Ministry of Defence later denied it."
    )
    actors = _actors(parser, text)
    assert actors["Ministry of Defence"] == ["his ministry", "Ministry of Defence"]
    assert _movers(parser, text) == ["Ministry of Defence"]


def test_his_ministry_without_a_ministers_title_adds_no_ministry(parser: Parser) -> None:
    text = "Ali Omar Kashif said his ministry would send troops to Sabha."
    assert not any(name.startswith("Ministry") for name in _actors(parser, text))


# ------------------------------------------------------------------ "its members" after "the commission"

_COMMISSION = "The Joint Military Commission met in Geneva in October. The Libyan National Army said it would respect the deal. "


def test_its_after_a_described_subject_is_that_body(parser: Parser) -> None:
    # "The commission" is the clause's subject: "its members" are the commission's, not the
    # army named in the sentence before.
    text = (
        _COMMISSION + "The commission travelled to Ghadames on Monday, and its members later drove to Sirte."
    )
    assert _movers(parser, text) == ["Joint Military Commission", "Joint Military Commission"]


def test_its_after_a_named_actor_nearer_than_the_description(parser: Parser) -> None:
    # A name stands between the description and the pronoun: the pronoun may take it up.
    text = _COMMISSION + "The commission said the Libyan National Army had withdrawn its troops from Sirte."
    assert "Libyan National Army" in _movers(parser, text)


def test_its_after_a_persons_description_is_not_a_body(parser: Parser) -> None:
    text = _COMMISSION + "The commander said on Monday that its units had withdrawn from Sirte."
    assert "Joint Military Commission" not in _movers(parser, text)


# ------------------------------------------------------------------ a generic group only described by "be"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "NATO said its jets would keep flying over Misrata as long as civilians were under threat.",
            "civilians",
        ),
        ("Under the truce, all armed units on the front line are to return to their bases.", "armed units"),
        ("Moscow has never admitted that its contractors were in Jufra at all.", "contractors"),
    ],
)
def test_a_generic_group_only_described_is_no_actor(parser: Parser, text: str, group: str) -> None:
    assert group not in _actors(parser, text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Civilians were fleeing the southern suburbs of Tripoli on Monday.", "Civilians"),
        ("Armed units pulled back to their bases south of Sirte on Monday.", "Armed units"),
        ("Residents said the shelling had stopped by midnight.", "Residents"),
    ],
)
def test_a_generic_group_that_acts_stays_an_actor(parser: Parser, text: str, group: str) -> None:
    assert group in _actors(parser, text)


# ------------------------------------------------------------------ a headline's description, a far one

_FILLER = " ".join(["The town's council met on Sunday to discuss the water supply and the schools."] * 14)


def test_a_headlines_description_is_the_group_the_body_names(parser: Parser) -> None:
    text = (
        "Misrata brigades drive out jihadists after week of street battles\n\n"
        "MISRATA, Libya - Local brigades said on Friday they had regained the port from "
        "Islamic State fighters, who had stormed it on Monday."
    )
    actors = _actors(parser, text)
    assert "jihadists" in actors["Islamic State"]
    assert "Islamist militants" not in actors


def test_the_description_far_from_the_one_such_group_is_that_group(parser: Parser) -> None:
    text = f"Islamic State fighters stormed the port of Sirte on Monday. {_FILLER} The jihadists later withdrew east."
    actors = _actors(parser, text)
    assert "jihadists" in actors["Islamic State"]


def test_the_description_far_from_two_such_groups_is_neither(parser: Parser) -> None:
    text = (
        "Islamic State fighters and Ansar al-Sharia gunmen stormed the port of Sirte on Monday. "
        f"{_FILLER} The jihadists later withdrew east."
    )
    actors = _actors(parser, text)
    assert "jihadists" not in actors.get("Islamic State", [])
    assert "jihadists" not in actors.get("Ansar al-Sharia", [])


# ------------------------------------------------------------------ a person's name read as a facility or place


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Washington said the strike targeted Noureddine Chouchane, a Tunisian accused of planning attacks.",
        "The raid targeted Noureddine Chouchane, a Tunisian militant.",
    ],
)
def test_a_name_described_as_a_person_is_a_person(parser: Parser, text: str) -> None:
    actors = parser.parse(text, published="2016-02-20").actors
    assert [a.kind.value for a in actors if a.name == "Noureddine Chouchane"] == ["person"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The strike hit Ras Lanuf, a Libyan oil port.", "Ras Lanuf"),
        ("They met in Sidi Khalifa, a district of Benghazi.", "Sidi Khalifa"),
        ("The convoy reached Bani Walid, a town south of Misrata.", "Bani Walid"),
    ],
)
def test_a_place_described_as_a_place_stays_a_place(parser: Parser, text: str, place: str) -> None:
    article = parser.parse(text, published="2016-02-20")
    assert place in [loc.name for loc in article.locations]
    assert place not in [a.name for a in article.actors]
