"""Round 48: actor names found in blind rounds.

- "a brigade allied to X", "an armed group loyal to X": one unit serving X is an actor of its
  own, named by the phrase, whose master stays an actor; "Y, a unit loyal to X" only describes Y.
- "the remaining forces loyal to X": the mention takes the words that pick out the remnant.
- "Y, an aid official,": the apposition's article is a whole word, so the title keeps no "n".

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2022-08-20") -> Article:
    return PARSER.parse(text, published=published)


def _actor_with_mention(article: Article, words: str) -> list[tuple[str, ActorKind]]:
    return [(a.name, a.kind) for a in article.actors if any(m.text == words for m in a.mentions)]


@pytest.mark.parametrize(
    ("text", "phrase", "master"),
    [
        (
            "A brigade allied to Bashagha drove into Janzour before dawn on Friday.",
            "brigade allied to Bashagha",
            "Fathi Bashagha",
        ),
        (
            "An armed group loyal to Dbeibah pulled out of Gharyan on Tuesday.",
            "armed group loyal to Dbeibah",
            "Abdul Hamid Dbeibah",
        ),
        (
            "A battalion aligned with the Government of National Unity took up positions in Tajoura.",
            "battalion aligned with the Government of National Unity",
            "Government of National Unity",
        ),
    ],
)
def test_a_single_unit_serving_someone_is_an_actor_of_its_own(text: str, phrase: str, master: str) -> None:
    article = _parse(text)
    assert _actor_with_mention(article, phrase) == [(phrase, ActorKind.ARMED_GROUP)]
    assert master in {a.name for a in article.actors}
    assert [m.actor for m in article.movements] == [phrase]


def test_a_unit_in_apposition_describes_the_named_unit() -> None:
    article = _parse("The Nawasi Brigade, a unit loyal to Dbeibah, moved into Souq al-Juma on Monday.")
    names = {a.name for a in article.actors}
    assert not any("loyal" in n for n in names)
    assert "Abdul Hamid Dbeibah" in names


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The remaining forces loyal to Haftar withdrew from Sirte on Monday.",
            "The remaining forces loyal to Haftar",
        ),
        (
            "By Sunday the last troops loyal to Muammar Gaddafi had left Brega.",
            "the last troops loyal to Muammar Gaddafi",
        ),
    ],
)
def test_the_remnant_of_loyal_forces_is_one_mention(text: str, phrase: str) -> None:
    article = _parse(text, "2019-04-10")
    found = _actor_with_mention(article, phrase)
    assert len(found) == 1
    assert found[0][1] is ActorKind.ARMED_GROUP


def test_loyal_forces_without_a_remnant_word_keep_their_span() -> None:
    article = _parse("Forces loyal to Haftar withdrew from Sirte on Monday.", "2019-04-10")
    assert len(_actor_with_mention(article, "Forces loyal to Haftar")) == 1


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ahmed Salem, an aid group official, said the road to Derna was shut.",
            "Ahmed Salem",
            "aid group official",
        ),
        (
            "Nouri Bashir, an oil ministry official, said exports had resumed.",
            "Nouri Bashir",
            "oil ministry official",
        ),
        (
            "Salah Omran, a local council member, said the water was cut.",
            "Salah Omran",
            "local council member",
        ),
    ],
)
def test_an_apposition_title_keeps_its_first_letter(text: str, name: str, title: str) -> None:
    article = _parse(text)
    person = next(a for a in article.actors if a.name == name)
    assert person.title == title
