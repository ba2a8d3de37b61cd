"""Round 65: actors and speakers the blind rounds missed.

* "The town of Misrata sent fighters to X": a town named by "the town of"/"the city of" that
  sends acts as its authorities, as the bare "Misrata sent fighters" does.
* "The navy, loyal to the government, said": a modifier set off by commas after the speaker's
  noun is no part of the speaker's name.
* "A military statement said", "a statement from the army said": the body the statement's
  adjective or "from"/"by" phrase names speaks.
* "Interior minister X and Foreign minister Y said": each listed person speaks once, however
  the parser read the list.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _actor_views import kinds, speakers
from _movement_records import kind_first_moves
from _statement_views import PARSER, PUBLISHED, statements

# ------------------------------------ "the town of X" sends


@pytest.mark.parametrize(
    ("text", "town", "destination"),
    [
        ("The town of Misrata sent hundreds of fighters to Sirte on Friday.", "Misrata", "Sirte"),
        ("The city of Zintan dispatched dozens of armed vehicles to Tripoli on Monday.", "Zintan", "Tripoli"),
        ("On Sunday the town of Zawiya sent reinforcements to Gharyan.", "Zawiya", "Gharyan"),
    ],
)
def test_town_of_x_that_sends_acts(text: str, town: str, destination: str) -> None:
    moves = kind_first_moves(PARSER, text, PUBLISHED)
    assert [(m[0], m[1], m[3]) for m in moves] == [("deploy", town, destination)]
    assert town in kinds(PARSER.parse(text, published=PUBLISHED))


def test_town_of_x_that_suffers_is_no_actor() -> None:
    article = PARSER.parse("The town of Misrata was shelled on Friday.", published=PUBLISHED)
    assert "Misrata" not in kinds(article)
    assert [loc.name for loc in article.locations] == ["Misrata"]


# ------------------------------------ "the navy, loyal to X, said"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The navy, loyal to the Tripoli government, said it had intercepted a boat.", "navy"),
        ("The council, loyal to the eastern government, said the vote would be held in May.", "council"),
        ("The navy, loyal to the unity government, said on Sunday that a tanker had been seized.", "navy"),
    ],
)
def test_set_off_loyalty_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    article = PARSER.parse(text, published=PUBLISHED)
    assert speakers(article) == [speaker]
    assert not any("loyal" in name for name in kinds(article))


# ------------------------------------ "a military statement said"


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("A military statement said the army had retaken Brega.", "military", "retaken Brega"),
        ("A statement from the army said it had retaken Brega.", "army", "retaken Brega"),
        ("A statement from the army said troops had entered Sirte on Monday.", "army", "entered Sirte"),
    ],
)
def test_statement_issuer_by_adjective_or_phrase_speaks(text: str, speaker: str, words: str) -> None:
    found = statements(text)
    assert [(s.speaker, words in s.text) for s in found] == [(speaker, True)]


def test_statement_adjective_goes_to_the_army_told_before() -> None:
    found = statements(
        "The Libyan National Army advanced on Sirte. A military statement said Brega had fallen."
    )
    assert [s.speaker for s in found] == ["Libyan National Army"]


def test_joint_statement_names_no_issuer() -> None:
    assert statements("A joint statement said the talks would resume.") == []


# ------------------------------------ titled people listed as one subject


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Interior minister Fathi Bashagha and Foreign minister Mohamed Siala said on Monday that talks had failed.",
            ["Fathi Bashagha", "Mohamed Siala"],
        ),
        (
            "Foreign minister Najla Mangoush and Interior minister Khaled Mazen said on Tuesday that the border would stay shut.",
            ["Najla Mangoush", "Khaled Mazen"],
        ),
        (
            "Prime minister Abdul Hamid Dbeibah and Defence minister Salah Namroush said the deal was signed.",
            ["Abdul Hamid Dbeibah", "Salah al-Namroush"],
        ),
        (
            "Interior minister Fathi Bashagha and army chief Mohamed al-Haddad said the truce held.",
            ["Fathi Bashagha", "Mohamed al-Haddad"],
        ),
    ],
)
def test_listed_titled_people_each_speak_once(text: str, people: list[str]) -> None:
    assert speakers(PARSER.parse(text, published=PUBLISHED)) == people


def test_listed_person_and_group_keep_the_parse() -> None:
    found = statements("Fathi Bashagha and residents said the truce held.")
    assert [s.speaker for s in found] == ["Fathi Bashagha", "residents"]
