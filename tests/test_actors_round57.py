"""Round 57: speakers of a lede told by role, named only later.

- "... the army's spokesman said." and, in the next paragraph, "Brigadier X said ...": a body has
  one spokesman, so an unnamed spokesman is the person named after him whom the knowledge base
  calls a spokesman, when that person speaks and serves the body the role names (a word of its
  name or its initials); never a bare "spokesman" actor. Other roles ("a commander said ...
  Haftar said") stay open: many hold them at once.
- "X, a spokesman for the council ... the spokesman added": a definite role that takes up an
  earlier unnamed description takes up the person that description stood for.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _actor_views import kinds, speakers

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2019-06-12") -> Article:
    return PARSER.parse(text, published=published)


def _collectives(article: Article) -> list[str]:
    return [name for name, kind in kinds(article).items() if kind is ActorKind.COLLECTIVE]


# ------------------------------------ a lede's spokesman named in the next paragraph


@pytest.mark.parametrize(
    "text",
    [
        "Army units pushed into the southern suburbs of Sirte at dawn, the army's spokesman said.\n\n"
        "At a briefing in Benghazi, Brigadier Ahmed al-Mismari said the troops were clearing mines.",
        "Army units pushed into the southern suburbs of Sirte at dawn, a spokesman for the army said.\n\n"
        "Ahmed al-Mismari told reporters in Benghazi that the troops were clearing mines.",
        "The army's spokesman said on Sunday that units had pushed into the southern suburbs of Sirte.\n\n"
        "Speaking in Benghazi, Ahmed al-Mismari added that the troops were clearing mines.",
    ],
)
def test_a_ledes_spokesman_is_the_known_spokesman_named_next(text: str) -> None:
    article = _parse(text)
    assert speakers(article) == ["Ahmed Mismari", "Ahmed Mismari"]
    assert "spokesman" not in _collectives(article)


def test_a_spokesman_for_another_body_is_not_the_known_spokesman() -> None:
    # Mismari speaks for the LNA, not for the GNA the role names
    article = _parse(
        "Government units retook the airport road, a spokesman for the GNA said.\n\n"
        "Ahmed al-Mismari told reporters that the road was still contested."
    )
    assert speakers(article)[0] != "Ahmed Mismari"


def test_an_unnamed_commander_is_not_a_known_commander_named_next() -> None:
    article = _parse(
        "Government units retook the airport road, a field commander said.\n\n"
        "Khalifa Haftar told reporters that the road was still contested.",
    )
    assert speakers(article)[0] != "Khalifa Haftar"


# ------------------------------- "the spokesman added" after "X, a spokesman for Y"


@pytest.mark.parametrize(
    "text",
    [
        '"The mountain road is ours now," said Omar Zaidi, a spokesman for the military council in Nalut.'
        "\n\nGovernment guns shelled the ridge through the night, the spokesman added.",
        "Omar Zaidi, a spokesman for the military council in Nalut, said the mountain road was open."
        " Government guns shelled the ridge through the night, the spokesman added.",
    ],
)
def test_the_spokesman_added_is_the_person_the_first_description_named(text: str) -> None:
    article = _parse(text, published="2011-06-28")
    assert speakers(article) == ["Omar Zaidi", "Omar Zaidi"]
    assert _collectives(article) == []


# ------------------------------------------- a government's army is its forces


def _movers(article: Article) -> list[str | None]:
    return [m.actor for m in article.movements]


@pytest.mark.parametrize(
    "text",
    [
        "The Libyan army of the GNA pushed into Gharyan on Wednesday.",
        "The GNA's army pushed into Gharyan on Wednesday.",
        "The army of the Government of National Accord pushed into Gharyan on Wednesday.",
        "The Tripoli government's army pushed into Gharyan on Wednesday.",
    ],
)
def test_a_governments_army_is_its_forces_not_the_lna(text: str) -> None:
    article = _parse(text)
    assert _movers(article) == ["Government of National Accord forces"]
    assert kinds(article).get("Government of National Accord forces") is ActorKind.ARMED_GROUP
    assert "Libyan National Army" not in kinds(article)


def test_the_libyan_army_alone_is_still_the_lna() -> None:
    article = _parse("The Libyan army pushed into Gharyan on Wednesday.")
    assert _movers(article) == ["Libyan National Army"]


def test_a_governments_army_speaks_as_its_forces() -> None:
    article = _parse("The Libyan army of the GNA said it had retaken Gharyan.")
    assert speakers(article) == ["Government of National Accord forces"]
