"""Round 44a: classes found by four blind genre articles (genre-197..200)."""

from __future__ import annotations

import pytest

from libya_events import ActorKind, Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _actors(parser: Parser, text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in parser.parse(text, published="2023-11-20").actors}


def _moves(parser: Parser, text: str) -> list[tuple[str, str, str | None]]:
    """Each movement as (actor, kind, destination)."""
    article = parser.parse(text, published="2023-11-20")
    return [
        (m.actor, m.kind.value, m.destination.name if m.destination is not None else None)
        for m in article.movements
    ]


def _speakers(parser: Parser, text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in parser.parse(text, published="2015-03-17").statements]


# ------------------- a foreign state's army named by its nationality, not in the knowledge base


@pytest.mark.parametrize(
    ("text", "army", "move"),
    [
        ("The Malian army retook the town of Kidal on Tuesday.", "Malian army", ("capture", "Kidal")),
        (
            "Aid convoys were delayed by the Malian army's push toward Kidal, which it recaptured"
            " on 14 November after a week of fighting.",
            "Malian army",
            ("capture", "Kidal"),
        ),
        (
            "The Mauritanian army deployed troops to the border on Sunday, officials said.",
            "Mauritanian army",
            ("deploy", None),
        ),
    ],
)
def test_a_nationality_and_army_name_that_state_s_army(
    parser: Parser, text: str, army: str, move: tuple[str, str | None]
) -> None:
    assert _actors(parser, text).get(army) is ActorKind.ARMED_GROUP
    assert (army, *move) in _moves(parser, text)


def test_a_known_army_keeps_its_knowledge_base_name(parser: Parser) -> None:
    actors = _actors(parser, "The Egyptian army moved armoured units to Sallum on Monday.")
    assert "Egyptian armed forces" in actors
    assert "Egyptian army" not in actors


def test_an_indefinite_army_word_only_modifies_its_noun(parser: Parser) -> None:
    assert "Malian army" not in _actors(parser, "A Malian army patrol was ambushed near Gao on Friday.")


# ------------------- a name the recogniser calls an organisation, described as one person
# (the statistical recogniser reads some surnames, "Edwards", as a firm's name)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Adrian Edwards, a UNHCR spokesman, said the convoy had reached the city.", "Adrian Edwards"),
        ("Florian Edwards, an IOM official, said the boat had sunk off Zuwara.", "Florian Edwards"),
    ],
)
def test_a_name_described_as_one_person_is_a_person(parser: Parser, text: str, person: str) -> None:
    assert _actors(parser, text).get(person) is ActorKind.PERSON


def test_he_after_the_newly_named_spokesman_is_that_spokesman(parser: Parser) -> None:
    text = (
        '"Classrooms are full," said Leila Mansour, a UNHCR protection officer in Benghazi.\n\n'
        "Adrian Edwards, a UNHCR spokesman, told journalists in Geneva that the agency had moved its"
        " staff. He said access to the worst-hit streets remained impossible."
    )
    assert ("Adrian Edwards", "access to the worst-hit streets remained impossible") in _speakers(
        parser, text
    )


def test_a_body_described_by_a_non_person_noun_stays_a_body(parser: Parser) -> None:
    actors = _actors(parser, "Sea-Watch, a German charity, said its ship had docked in Lampedusa.")
    assert actors.get("Sea-Watch") is ActorKind.ORGANIZATION
