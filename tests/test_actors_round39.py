"""Round 39: kin of a person move and speak as themselves, never as the person who owns them.

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2021-05-10") -> Article:
    return PARSER.parse(text, published=published)


def _movers(article: Article) -> list[str]:
    return [m.actor for m in article.movements]


def _speakers(article: Article) -> list[str | None]:
    return [s.speaker for s in article.statements]


def _kinds(article: Article) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in article.actors}


# ------------------------------------------------------------ kin who move


def test_daughter_of_a_named_man_moves_as_herself() -> None:
    article = _parse("BENGHAZI, May 9 (Wire) - The daughter of Khalifa Haftar flew to Amman on Sunday.")
    assert _movers(article) == ["daughter of Khalifa Haftar"]
    assert _kinds(article)["daughter of Khalifa Haftar"] is ActorKind.COLLECTIVE


def test_possessive_wife_moves_not_her_husband() -> None:
    article = _parse("TUNIS, May 9 (Wire) - Fayez al-Serraj's wife arrived in Tunis late on Saturday.")
    assert _movers(article) == ["Fayez al-Serraj's wife"]


def test_a_pronoun_owner_is_not_the_mover() -> None:
    article = _parse(
        "TRIPOLI, May 9 (Wire) - Abdul Hamid Dbeibah stayed in the capital on Friday, "
        "while his brother travelled to Istanbul."
    )
    assert "Abdul Hamid Dbeibah" not in _movers(article)
    assert _movers(article) == ["his brother"]


# ------------------------------------------------------------ kin who speak


def test_possessive_son_speaks_as_himself() -> None:
    article = _parse("SIRTE, May 9 (Wire) - Gaddafi's son said on Monday that the vote had been rigged.")
    assert _speakers(article) == ["Gaddafi's son"]
    assert "Gaddafi's son" in _kinds(article)


def test_nephew_with_of_phrase_speaks() -> None:
    article = _parse(
        "MISRATA, May 9 (Wire) - The nephew of Fathi Bashagha told a local radio station that "
        "the convoy had been stopped at a checkpoint."
    )
    assert _speakers(article) == ["nephew of Fathi Bashagha"]


def test_widow_of_an_unnamed_man_speaks() -> None:
    article = _parse(
        "ZAWIYA, May 9 (Wire) - Ali Mansour, a brigade commander, was killed last week. "
        "His widow told reporters on Tuesday that nobody had warned the family."
    )
    assert _speakers(article) == ["His widow"]


# ------------------------------------------------------------ near misses


def test_kin_named_beside_the_noun_is_that_person() -> None:
    article = _parse("SABHA, May 9 (Wire) - Haftar's son Saddam entered Sabha on Thursday with his troops.")
    assert "Haftar's son" not in _movers(article)
    assert any("Saddam" in m for m in _movers(article))


def test_our_sons_in_a_quote_are_no_kin() -> None:
    article = _parse(
        'MISRATA, May 9 (Wire) - "Our sons went to the front to defend the city," a council member said.'
    )
    assert "Our sons" not in _kinds(article)


def test_a_towns_families_are_not_a_kin_phrase() -> None:
    article = _parse("ZLITAN, May 9 (Wire) - Many of Zlitan's families fled east to Misrata on Sunday.")
    assert not any("Zlitan's families" in name for name in _kinds(article))


def test_a_mother_of_five_counts_children_and_owns_no_kin() -> None:
    article = _parse(
        "SIRTE, May 9 (Wire) - Amina Saleh left Sirte in March. "
        '"We took only the children," the 41-year-old mother of five told reporters.'
    )
    assert _speakers(article) == ["Amina Saleh"]


# ------------------------------------------------------------ kin the story named before


def test_possessive_son_is_the_relative_named_before() -> None:
    article = _parse(
        "BENGHAZI, May 9 (Wire) - Saddam Haftar inspected troops in Benghazi on Friday. "
        "Khalifa Haftar's son then flew to Cairo for talks."
    )
    assert _movers(article)[-1] == "Saddam Haftar"
    assert "Khalifa Haftar's son" not in _kinds(article)


def test_son_of_phrase_speaks_as_the_relative_named_before() -> None:
    article = _parse(
        "SABHA, May 9 (Wire) - Saif al-Islam Gaddafi registered as a candidate on Sunday. "
        "The son of Muammar Gaddafi said the court had no right to bar him."
    )
    assert _speakers(article) == ["Saif al-Islam Gaddafi"]


def test_an_indefinite_son_is_not_the_relative_named_before() -> None:
    article = _parse(
        "BENGHAZI, May 9 (Wire) - Saddam Haftar inspected troops in Benghazi on Friday. "
        "A son of Khalifa Haftar flew to Cairo on Saturday."
    )
    assert _movers(article)[-1] == "son of Khalifa Haftar"
