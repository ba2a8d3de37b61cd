"""Round 42a: classes found by four blind genre articles (genre-181..184)."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _people(parser: Parser, text: str) -> dict[str, list[str]]:
    """Each person actor's name with the texts of its mentions."""
    article = parser.parse(text, published="2018-01-15")
    return {a.name: [m.text for m in a.mentions] for a in article.actors if a.kind.value == "person"}


# ------------------------------------- a family name that opens with a particle, used alone


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Hajj Salem Abu Dabbous, a tribal elder, said the road was cut. Abu Dabbous added that"
            " most of the families had left.",
            "Salem Abu Dabbous",
            "Abu Dabbous",
        ),
        (
            "The brigade's spokesman, Khaled Bin Rajab, wrote on Facebook that the prison was secure."
            ' "Nobody got out," Bin Rajab told reporters.',
            "Khaled Bin Rajab",
            "Bin Rajab",
        ),
        (
            "The council head, Omar Ben Yousef, told a news conference that the convoy had turned"
            " back. Ben Yousef said the talks would resume next week.",
            "Omar Ben Yousef",
            "Ben Yousef",
        ),
    ],
)
def test_particle_family_name_joins_full_name(parser: Parser, text: str, full: str, short: str) -> None:
    people = _people(parser, text)
    owner = [name for name, mentions in people.items() if full in name]
    assert len(owner) == 1, people
    assert short in people[owner[0]]
    assert short not in people, people


def test_particle_name_first_stays_its_own_person(parser: Parser) -> None:
    # "Abu Bakr Younis" opens with the particle name: the later "Mohammed Abu Bakr" is not him
    people = _people(
        parser, "Abu Bakr Younis said the town had fallen. Mohammed Abu Bakr said the fighting was over."
    )
    assert any("Younis" in name for name in people), people
    assert any(name.startswith("Mohammed Abu Bakr") for name in people), people
