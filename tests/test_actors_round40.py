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


# ------------------------------------- "Turkey's defence minister": the holder, not the state


def test_office_of_a_state_moves_as_its_holder() -> None:
    article = _parse("Egypt's foreign minister arrived in Benghazi on Sunday for talks with Haftar.")
    assert _movers(article) == ["Egypt's foreign minister"]
    kinds = {a.name: a.kind for a in article.actors}
    assert kinds["Egypt's foreign minister"] is ActorKind.COLLECTIVE
    assert "minister" not in kinds  # the phrase is one actor, not its head word as another


def test_office_of_a_state_speaks_as_its_holder() -> None:
    article = _parse("Qatar's envoy said on Thursday that Doha backed a new round of talks.")
    assert _speakers(article) == ["Qatar's envoy"]


def test_office_holder_goes_on_as_he() -> None:
    article = _parse(
        "Turkey's defence minister toured Misrata on Monday. He said the training mission would go on."
    )
    assert _movers(article) == ["Turkey's defence minister"]
    assert _speakers(article) == ["Turkey's defence minister"]


def test_dated_role_of_a_body_moves_as_the_person() -> None:
    article = _parse("The GNA's interior minister travelled to Sabha on Monday.", published="2020-06-10")
    assert _movers(article) == ["Fathi Bashagha"]


def test_office_with_the_holder_named_moves_as_the_name() -> None:
    article = _parse("Italy's defence minister Lorenzo Guerini landed in Misrata on Saturday.")
    assert _movers(article) == ["Lorenzo Guerini"]
