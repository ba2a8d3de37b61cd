"""Peoples, tribes, former fighters and the rival governments named as the side that moves."""

from __future__ import annotations

import pytest

from libya_events import ActorKB, Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _movers(parser: Parser, text: str, published: str = "2019-06-01") -> set[str]:
    return {m.actor for m in parser.parse(text, published=published).movements}


def _actors(parser: Parser, text: str, published: str = "2019-06-01") -> set[str]:
    return {a.name for a in parser.parse(text, published=published).actors}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Toubou launched an assault on Murzuq at dawn.", "Tebu fighters"),
        ("The Tuareg advanced on Ghat overnight.", "Tuareg fighters"),
        ("Berbers captured Nalut after a short battle.", "Amazigh fighters"),
        ("Warfalla tribesmen withdrew from Bani Walid.", "Warfalla"),
        ("Magarha fighters entered Brak on Friday.", "Magarha"),
        ("Awlad Suleiman tribesmen attacked Sabha on Monday.", "Awlad Suleiman"),
    ],
)
def test_a_people_or_tribe_moves(parser: Parser, text: str, actor: str) -> None:
    assert actor in _movers(parser, text)


@pytest.mark.parametrize(
    "text", ["Former rebels stormed the airport in Misrata.", "Ex-rebels seized Gharyan."]
)
def test_former_fighters_move(parser: Parser, text: str) -> None:
    assert _movers(parser, text, "2013-05-01")


def test_the_rival_regime_in_the_east_moves(parser: Parser) -> None:
    movers = _movers(parser, "The rival regime in the east launched an offensive on Sirte.")
    assert any("east" in m or "House" in m or "Government" in m for m in movers)


@pytest.mark.parametrize(
    "text",
    [
        "A Tebu representative said the town was calm.",
        "Gunmen reached a largely Tuareg town in the desert.",
        "The Tibu side counted four dead, a local source said.",
    ],
)
def test_a_people_as_a_modifier_is_no_side(parser: Parser, text: str) -> None:
    names = _actors(parser, text)
    assert "Tebu fighters" not in names
    assert "Tuareg fighters" not in names


def test_a_misrati_force_is_the_misrata_side(parser: Parser) -> None:
    article = parser.parse("Misrati fighters entered Sirte on Tuesday.", published="2016-06-01")
    mentions = {m.text for a in article.actors for m in a.mentions}
    assert "Misrati fighters" in mentions
    assert article.movements


def _kb_with_a_people(*, people: bool) -> ActorKB:
    entry = {
        "id": "example-zarqani",
        "name": "Zarqani",
        "kind": "armed_group",
        "aliases": ["Zarqani tribe", "Zarqani fighters"],
        "people": people,
    }
    return ActorKB.default().merged(ActorKB.from_mapping({"version": 1, "actors": [entry]}))


@pytest.fixture(scope="module")
def zarqani_parser() -> Parser:
    return Parser(knowledge_base=_kb_with_a_people(people=True))


@pytest.mark.parametrize(
    "text",
    [
        "A Zarqani representative said the town was calm.",
        "Gunmen reached a largely Zarqani village in the desert.",
        "The Zarqani side counted four dead, a local source said.",
    ],
)
def test_a_users_people_as_a_modifier_is_no_side(zarqani_parser: Parser, text: str) -> None:
    assert "Zarqani" not in _actors(zarqani_parser, text)


@pytest.mark.parametrize(
    "text",
    ["The Zarqani attacked Sabha on Monday.", "The Zarqani advanced on Ghat overnight."],
)
def test_a_users_people_as_a_noun_is_a_side(zarqani_parser: Parser, text: str) -> None:
    assert "Zarqani" in _movers(zarqani_parser, text)


def test_without_the_mark_the_users_entry_is_a_side_even_as_a_modifier() -> None:
    parser = Parser(knowledge_base=_kb_with_a_people(people=False))
    assert "Zarqani" in _actors(parser, "A Zarqani representative said the town was calm.")
