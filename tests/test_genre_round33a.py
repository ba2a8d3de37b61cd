"""Round 33a: classes found by four blind genre articles (genre-109..112)."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _places(parser: Parser, text: str, published: str = "2016-12-23") -> list[str]:
    return [loc.name for loc in parser.parse(text, published=published).locations]


def _actors(parser: Parser, text: str, published: str = "2016-12-23") -> list[str]:
    return [a.name for a in parser.parse(text, published=published).actors]


def _speakers(parser: Parser, text: str, published: str = "2016-12-23") -> list[str]:
    return [s.speaker for s in parser.parse(text, published=published).statements]


# ---------------------------------------------------------------- a person's surname that a town shares


@pytest.mark.parametrize(
    "text",
    [
        "Malta's prime minister, Joseph Muscat, was told of the landing at noon. "
        "Muscat wrote on Twitter that the passengers were safe.",
        "Joseph Muscat met the Libyan delegation in Valletta on Friday. "
        "Muscat told reporters that the two men would face charges.",
        "The island's leader, Joseph Muscat, chaired an emergency meeting. "
        "Later Muscat said the airport would reopen by the evening.",
    ],
)
def test_bare_surname_after_full_name_is_the_person_not_a_town(parser: Parser, text: str) -> None:
    article = parser.parse(text, published="2016-12-23")
    assert "Muscat" not in [loc.name for loc in article.locations]
    assert [s.speaker for s in article.statements] == ["Joseph Muscat"]


def test_town_named_before_the_person_stays_a_town(parser: Parser) -> None:
    text = (
        "The tanker sailed from Muscat on Monday with a cargo of fuel for Benghazi. "
        "In Valletta, Joseph Muscat said the ship had not called at Malta."
    )
    assert "Muscat" in _places(parser, text)


# ---------------------------------------------------------------- language names are no places


@pytest.mark.parametrize(
    "text",
    [
        "Tripoli - (translated from Arabic) - The council said the talks in Zawiya would resume.",
        "The brigade published a statement in Arabic saying its men had left Gharyan.",
        "The leaflets, printed in Arabic, were dropped over Sirte on Friday.",
        "Speaking in Arabic, the commander said his men had entered Gharyan.",
    ],
)
def test_language_name_in_a_place_slot_is_no_place(parser: Parser, text: str) -> None:
    places = _places(parser, text, "2019-05-07")
    assert not {"Arabic", "Tamazight", "Al Arabi"} & set(places)
    assert places  # the real town in the sentence is still found


# ---------------------------------------------------------------- another office than the holder's


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Maiteeq, a deputy prime minister in the Tripoli government, said his office was in contact "
        "with the Maltese authorities.",
        "The former prime minister told reporters in Tunis that the talks would resume.",
        "The vice prime minister and the interior minister met militia leaders in Zawiya on Sunday.",
    ],
)
def test_qualified_office_is_not_its_holder_of_the_day(parser: Parser, text: str) -> None:
    assert "Fayez al-Sarraj" not in _actors(parser, text)


def test_bare_office_is_still_its_holder(parser: Parser) -> None:
    assert "Fayez al-Sarraj" in _speakers(parser, "The prime minister said the talks in Tunis would resume.")


# ---------------------------------------------------------------- "travelled there": the place just named


def _moves(parser: Parser, text: str, published: str = "2020-01-19") -> list[tuple[str, str, str | None]]:
    out = []
    for m in parser.parse(text, published=published).movements:
        out.append((m.actor, m.kind.value, m.destination.name if m.destination is not None else None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khalifa Haftar was invited to Moscow for talks. Haftar travelled there on Monday.",
            ("Khalifa Haftar", "travel", "Moscow"),
        ),
        (
            "The delegation arrived in Benghazi on Sunday. The health minister went there a day later.",
            ("minister", "travel", "Benghazi"),
        ),
        (
            "Talks were due to open in Tunis. Fayez al-Sarraj arrived there late on Saturday.",
            ("Fayez al-Sarraj", "travel", "Tunis"),
        ),
    ],
)
def test_intransitive_move_there_goes_to_the_place_just_named(
    parser: Parser, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _moves(parser, text)


def test_there_too_far_back_is_no_destination(parser: Parser) -> None:
    filler = (
        " The talks dragged on for hours and the two delegations argued over every line of the draft." * 4
    )
    text = "The envoys met in Tunis on Friday." + filler + " Khalifa Haftar travelled there on Monday."
    assert ("Khalifa Haftar", "travel", "Tunis") not in _moves(parser, text)
