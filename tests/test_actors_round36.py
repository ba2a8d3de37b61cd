"""Round 36: groups of people named by a plural of nationality or as "the people of" a town.

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2019-06-10") -> Article:
    return PARSER.parse(text, published=published)


def _kinds(article: Article) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in article.actors}


def _movers(article: Article) -> list[str]:
    return [m.actor for m in article.movements]


# ------------------------------- plural nouns of nationality that act or move: a collective


def test_nationals_who_cross_a_border_are_a_collective() -> None:
    article = _parse("Egyptians crossed at Salloum by the thousand on Monday, border guards said.")
    assert _kinds(article).get("Egyptians") is ActorKind.COLLECTIVE
    assert "Egyptians" in _movers(article)


def test_counted_nationals_who_leave_are_a_collective() -> None:
    article = _parse("Hundreds of Tunisians left Tripoli through the Ras Jedir crossing overnight.")
    assert _kinds(article).get("Tunisians") is ActorKind.COLLECTIVE
    assert "Tunisians" in _movers(article)


def test_nationals_who_speak_are_a_collective() -> None:
    article = _parse("Stranded Nigerians said on Friday that the camp near Sabha had run out of water.")
    assert _kinds(article).get("Nigerians") is ActorKind.COLLECTIVE


def test_the_nationals_of_a_relative_clause_are_people() -> None:
    article = _parse("The Libyans who had gathered in the square marched to the parliament.")
    assert "Libyans" in _movers(article)


def test_nationals_only_suffered_upon_are_no_actor() -> None:
    article = _parse("Gunmen killed 21 Egyptians on the beach near Sirte.")
    assert "Egyptians" not in _kinds(article)


def test_the_nationals_alone_stand_for_the_state_not_a_group() -> None:
    article = _parse("The Turks demanded that the army leave Sirte at once.")
    assert "Turks" not in _kinds(article)


def test_a_nationality_adjective_is_no_group_of_its_own() -> None:
    article = _parse("Egyptian troops crossed the border near Salloum.")
    assert "Egyptians" not in _kinds(article)


# ------------------------------- "the people of <town>": that town's people, a collective


def test_the_people_of_a_town_who_return_are_a_collective() -> None:
    article = _parse("The people of Tawergha returned to their town in February.")
    assert _kinds(article).get("people of Tawergha") is ActorKind.COLLECTIVE
    assert "people of Tawergha" in _movers(article)


def test_the_inhabitants_of_a_town_who_flee_are_a_collective() -> None:
    article = _parse("The inhabitants of Bin Jawad fled west as the shelling came closer.")
    assert "inhabitants of Bin Jawad" in _movers(article)


def test_the_people_of_a_town_only_suffered_upon_are_no_actor() -> None:
    article = _parse("Shelling killed dozens of the people of Tawergha.")
    assert not any(name.startswith("people") for name in _kinds(article))


def test_nationals_that_say_what_part_of_a_group_is_add_none() -> None:
    article = _parse(
        "The smugglers, many of them Chadians and Sudanese, drove north from the border, police said."
    )
    assert "Chadians" not in _kinds(article)
    article = _parse(
        "Hundreds of labourers, most of them Ghanaians who had worked on farms, left for Tunisia."
    )
    assert "Ghanaians" not in _kinds(article)


def test_the_people_of_a_town_inside_a_quote_are_the_speakers_appeal() -> None:
    article = _parse('"The people of Zawiya have chosen peace," the mayor told reporters on Sunday.')
    assert "people of Zawiya" not in _kinds(article)
