"""Round 40: actors the rules missed or invented.

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2020-06-10") -> Article:
    return PARSER.parse(text, published=published)


def _movers(article: Article) -> list[str]:
    return [m.actor for m in article.movements]


def _speakers(article: Article) -> list[str | None]:
    return [s.speaker for s in article.statements]


def _mentions(article: Article, name: str) -> list[str]:
    return [m.text for a in article.actors if a.name == name for m in a.mentions]


def _places(article: Article) -> list[str]:
    return [place.name for place in article.locations]


# ------------------------------------------------ "the Turks": a state named by its people


def test_definite_plural_people_speaks_as_the_state() -> None:
    article = _parse("The Egyptians warned on Tuesday that any push on Sirte would be met with force.")
    assert _speakers(article) == ["Egypt"]
    assert _mentions(article, "Egypt") == ["Egyptians"]
    assert {a.name: a.kind for a in article.actors}["Egypt"] is ActorKind.COUNTRY


def test_definite_plural_people_moves_as_the_state() -> None:
    article = _parse("The Emiratis flew more air defence systems to al-Khadim air base in May.")
    assert _movers(article) == ["United Arab Emirates"]
    assert "United Arab Emirates" not in _places(article)  # the people are no place


def test_definite_plural_people_in_a_quotation_is_the_state() -> None:
    article = _parse('"The Turks are shipping fighters to Misrata," an LNA officer said on Monday.')
    assert _movers(article) == ["Turkey"]
    assert _mentions(article, "Turkey") == ["Turks"]


def test_counted_or_described_people_are_no_state() -> None:
    article = _parse(
        "Three Turks were wounded in the shelling. The Russians who ran the radar left Jufra on Friday."
    )
    names = [a.name for a in article.actors]
    assert "Turkey" not in names
    assert "Russia" not in names


def test_people_asked_to_act_are_no_state() -> None:
    article = _parse("Elders in Bani Walid said they had asked the Russians to leave the town at once.")
    assert "Russia" not in [a.name for a in article.actors]
