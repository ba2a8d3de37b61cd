"""Actors and statements on unseen text (round 20): the general classes of missed, spurious
or split actors and statements, each with positive and negative checks."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _actors(parser: Parser, text: str, published: str = "2021-03-01") -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in parser.parse(text, published=published).actors}


# ------------------------------------------------------------------ a name before its title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yunus Karimov, the deputy defence minister, visited Benghazi twice last year.", "Yunus Karimov"),
        ("Timur-Bek Aslanov, the deputy defence minister, flew to Tobruk on Monday.", "Timur-Bek Aslanov"),
        ("Later, Rustam Galiev, a senior adviser, arrived in Sirte with a small team.", "Rustam Galiev"),
    ],
)
def test_a_name_set_off_by_its_title_is_a_person(parser: Parser, text: str, name: str) -> None:
    # The apposition (", the deputy defence minister,") introduces the name before it: the
    # person is the actor, and the bare title word adds none.
    actors = _actors(parser, text)
    assert name in actors
    assert "minister" not in actors
    assert "adviser" not in actors


@pytest.mark.parametrize(
    "text",
    [
        "Green Mountain, the main ridge, overlooks the coastal road near Bayda.",
        "Martyrs Square, the main square, filled with people on Friday.",
    ],
)
def test_a_title_apposition_needs_a_title_word(parser: Parser, text: str) -> None:
    # No title word in the apposition: the capitalised words before it name no person.
    kinds = {a.name: a.kind.value for a in parser.parse(text, published="2021-03-01").actors}
    assert "person" not in kinds.values()


# ------------------------------------------------------------------ "<head> for/of <what>" names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rescued migrants were handed to the Department for Combating Illegal Migration in Tripoli.",
            "Department for Combating Illegal Migration",
        ),
        (
            "The Department for Passports reopened its offices in Sabha on Sunday.",
            "Department for Passports",
        ),
    ],
)
def test_a_name_opened_by_its_head_noun_is_a_body(parser: Parser, text: str, name: str) -> None:
    actors = _actors(parser, text)
    assert name in actors


def test_a_lower_case_department_is_no_named_body(parser: Parser) -> None:
    actors = _actors(parser, "Rescued migrants were handed to the department for migration in Tripoli.")
    assert not any(name.lower().startswith("department") for name in actors)
