"""Round 36a: classes found by four blind genre articles (genre-133..136)."""

from __future__ import annotations

import pytest

from libya_events import ActorKind, Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------------------------------------------- a tribe's name as a man's family name


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Colonel Milad al-Zwai, an army spokesman, told reporters that the gunmen had left the port.",
            "Milad al-Zwai",
        ),
        ("Ahmed al-Zwai said on Monday that the coast road was closed to traffic.", "Ahmed al-Zwai"),
        ("Speaking in Ajdabiya, Mohammed al-Zwai said the elders would meet again.", "Mohammed al-Zwai"),
    ],
)
def test_tribe_name_after_given_name_is_a_person(parser: Parser, text: str, person: str) -> None:
    article = parser.parse(text, published="2017-07-06")
    kinds = {a.name: a.kind for a in article.actors}
    assert kinds.get(person) is ActorKind.PERSON
    assert "Zuwayya" not in kinds
    assert [s.speaker for s in article.statements] == [person]


@pytest.mark.parametrize(
    "text",
    [
        "Zwai fighters closed the oil field at Sarir on Monday.",
        "The al-Zwai tribe closed the oil field at Sarir on Monday.",
    ],
)
def test_tribe_without_given_name_stays_the_group(parser: Parser, text: str) -> None:
    article = parser.parse(text, published="2017-07-06")
    assert all(a.kind is not ActorKind.PERSON for a in article.actors)
    assert article.actors


def test_unit_named_by_its_commander_stays_his(parser: Parser) -> None:
    text = "Government forces stormed the base of Haitham al-Tajouri's brigade in Tripoli on Friday."
    kinds = {a.name: a.kind for a in parser.parse(text, published="2022-05-17").actors}
    assert kinds.get("Tripoli Revolutionaries Brigade") is ActorKind.ARMED_GROUP
    assert kinds.get("Haitham Tajouri") is ActorKind.PERSON


# ------------------------------------------------- "called a strike": an event convened, nothing said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The city council, which had called the general strike that closed the markets, "
            "said the strike would go on.",
            "the strike would go on",
        ),
        (
            "The local council, which called an emergency meeting on Sunday, said the port was closed.",
            "the port was closed",
        ),
        (
            "The elders, who called a rally in the main square, said the talks had failed.",
            "the talks had failed",
        ),
    ],
)
def test_convened_event_is_no_statement(parser: Parser, text: str, said: str) -> None:
    article = parser.parse(text, published="2013-11-18")
    assert [s.text for s in article.statements] == [said]


@pytest.mark.parametrize(
    "text",
    [
        "The army spokesman called the strike illegal.",
        "The mayor called the meeting a failure.",
    ],
)
def test_labelled_event_stays_a_statement(parser: Parser, text: str) -> None:
    assert len(parser.parse(text, published="2013-11-18").statements) == 1


# ------------------------------------------------- "freed X": a capture of a named place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Government troops freed the town of Ubari on Monday.", "Ubari"),
        ("The army said its units had freed Sirte from the Islamic State.", "Sirte"),
        ("Local fighters freed Gharyan after a week of street battles.", "Gharyan"),
    ],
)
def test_freed_place_is_a_capture(parser: Parser, text: str, place: str) -> None:
    moves = parser.parse(text, published="2017-07-06").movements
    assert [(m.kind.value, m.destination.name if m.destination else None) for m in moves] == [
        ("capture", place)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels freed 40 prisoners from the jail in Sabha on Monday.",
        "The minister said the base joined the coastal towns his troops had already freed.",
        "The minister spoke on Monday, adding that the base joined the coastal towns his troops had freed.",
        "The minister spoke on Monday, adding that the base joined the towns his troops had liberated.",
    ],
)
def test_freed_without_a_place_is_no_movement(parser: Parser, text: str) -> None:
    assert parser.parse(text, published="2020-05-19").movements == ()


# ------------------------------------------------- captures summed up in a relative clause


@pytest.mark.parametrize(
    "text",
    [
        '"Today we celebrate the liberation of the airport," the premier said in a statement, '
        "adding that it now stood with the seaside towns his fighters had already liberated.",
        '"Today we celebrate the liberation of the airport," the premier said in a statement, '
        "adding that the airport now joined the towns his fighters had liberated.",
    ],
)
def test_captures_summed_up_are_no_movement(parser: Parser, text: str) -> None:
    assert parser.parse(text, published="2020-05-19").movements == ()


# ------------------------------------------------- a speech verb misread as a participle on a name


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "Khalifa Haftar, commander of the Libyan National Army, announced on Wednesday "
            "evening that his forces had freed Benghazi.",
            "Khalifa Haftar",
            "his forces had freed Benghazi",
        ),
        (
            "Osama Juwaili, commander of the western region, announced on Friday that the "
            "airport had been taken.",
            "Osama Juwaili",
            "the airport had been taken",
        ),
    ],
)
def test_name_with_description_announced_that(parser: Parser, text: str, speaker: str, said: str) -> None:
    statements = parser.parse(text, published="2017-07-06").statements
    assert [(s.speaker, s.text) for s in statements] == [(speaker, said)]


# ------------------------------------------------- a move awaited in an "until" clause


@pytest.mark.parametrize(
    "text",
    [
        "The council said the strike would continue until every armed group had left the city.",
        "Residents said they will stay in the camp until the militias withdraw from Tawergha.",
        "Tribal leaders warned that the blockade will go on until the Chadian fighters leave Ubari.",
    ],
)
def test_move_awaited_until_is_no_movement(parser: Parser, text: str) -> None:
    assert parser.parse(text, published="2013-11-18").movements == ()


def test_move_until_after_past_clause_stays(parser: Parser) -> None:
    text = "The militias fought on for a week until the army withdrew from the port."
    moves = parser.parse(text, published="2013-11-18").movements
    assert [m.kind.value for m in moves] == ["withdraw"]
