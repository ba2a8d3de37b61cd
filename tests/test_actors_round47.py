"""Round 47: a leader's government named by the leader.

"The government of Prime Minister X" (also "the cabinet of X", "the Tripoli government of X")
is X's government, a government actor whose mention is the whole phrase; X stays an actor of
his own. The government speaks and acts for the phrase, while a "who" clause on the name tells
of the person ("the government of X, who flew to Y, sent troops": X flew, the government sent).

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.model import ActorKind, Article, MovementKind

PARSER = Parser()


def _parse(text: str, published: str) -> Article:
    return PARSER.parse(text, published=published)


def _mentioned(article: Article, words: str) -> list[tuple[str, ActorKind]]:
    return [(a.name, a.kind) for a in article.actors if any(m.text == words for m in a.mentions)]


@pytest.mark.parametrize(
    ("text", "published", "phrase", "government", "person"),
    [
        (
            "The government of Prime Minister Ali Zeidan called for calm on Sunday.",
            "2013-11-20",
            "The government of Prime Minister Ali Zeidan",
            "Libyan government",
            "Ali Zeidan",
        ),
        (
            "The cabinet of Abdul Hamid Dbeibah said it would pay the salaries in full.",
            "2022-05-10",
            "The cabinet of Abdul Hamid Dbeibah",
            "Government of National Unity",
            "Abdul Hamid Dbeibah",
        ),
        (
            "The Tripoli government of Prime Minister Fayez al-Serraj said it would send more police.",
            "2018-06-01",
            "The Tripoli government of Prime Minister Fayez al-Serraj",
            "Government of National Accord",
            "Fayez al-Sarraj",
        ),
    ],
)
def test_the_government_of_a_leader_is_his_government_and_speaks(
    text: str, published: str, phrase: str, government: str, person: str
) -> None:
    article = _parse(text, published)
    assert _mentioned(article, phrase) == [(government, ActorKind.GOVERNMENT)]
    assert person in {a.name for a in article.actors if a.kind is ActorKind.PERSON}
    assert [s.speaker for s in article.statements] == [government]


def test_a_leader_the_knowledge_base_has_no_government_for_names_one() -> None:
    article = _parse(
        "The government of President Recep Tayyip Erdogan said it would send advisers.", "2020-01-05"
    )
    named = _mentioned(article, "The government of President Recep Tayyip Erdogan")
    assert [kind for _, kind in named] == [ActorKind.GOVERNMENT]
    assert [s.speaker for s in article.statements] == [named[0][0]]


def test_a_relative_on_a_leader_is_no_government_phrase() -> None:
    """ "The son of Prime Minister X" names no government."""
    article = _parse("The son of Prime Minister Ali Zeidan said he had left Tripoli.", "2013-11-20")
    assert not [a for a in article.actors if a.kind is ActorKind.GOVERNMENT]


def test_a_who_clause_on_the_leader_tells_of_the_leader() -> None:
    article = _parse(
        "The government of Prime Minister Fayez al-Serraj, who flew to Misrata on Sunday, sent troops to Sirte.",
        "2018-06-01",
    )
    moves = {(m.actor, m.kind) for m in article.movements}
    assert ("Fayez al-Sarraj", MovementKind.TRAVEL) in moves
    assert ("Government of National Accord", MovementKind.DEPLOY) in moves


def test_a_that_clause_on_the_leader_stays_with_the_forces() -> None:
    """ "Convoys loyal to X that had been moving": the parser hangs "that" on the name, but the
    clause is the convoys'."""
    article = _parse(
        "Convoys loyal to Fathi Bashagha that had been moving along the coast road from Misrata"
        " turned back on Saturday.",
        "2022-08-28",
    )
    assert article.movements
    assert all(m.actor != "Fathi Bashagha" for m in article.movements)


# ------------------------------------------------ an outlet named "<place> Today" is no place


@pytest.mark.parametrize(
    ("text", "outlet", "place"),
    [
        ("Officials told Fezzan Today that the road to Ubari was closed.", "Fezzan Today", "Fezzan"),
        ("Residents told Benghazi Today that the militia had left Hawari.", "Benghazi Today", "Benghazi"),
        ("Two drivers told Misrata Today that the coast road was open again.", "Misrata Today", "Misrata"),
    ],
)
def test_an_outlet_named_place_today_is_an_organisation(text: str, outlet: str, place: str) -> None:
    article = _parse(text, "2021-07-12")
    assert _mentioned(article, outlet) == [(outlet, ActorKind.ORGANIZATION)]
    assert place not in {loc.name for loc in article.locations}


def test_a_lower_case_today_after_a_town_keeps_the_town() -> None:
    article = _parse("Fighting resumed in Sabha today, residents said.", "2021-07-12")
    assert "Sabha" in {loc.name for loc in article.locations}


# ------------------------------------------------ "the ministry" after a minister is his ministry


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        (
            "A delegation flew to Sabha on Monday. It was headed by the deputy interior minister,"
            " Ali Salem, according to the ministry.",
            "Ministry of Interior",
        ),
        (
            "Deputy Interior Minister Ali Salem said the ministry had received no warning.",
            "Ministry of Interior",
        ),
        (
            "The Minister of Health, Ali Salem, visited Sabha. The ministry later said two clinics would reopen.",
            "Ministry of Health",
        ),
    ],
)
def test_the_ministry_after_a_minister_is_his_ministry(text: str, ministry: str) -> None:
    article = _parse(text, "2021-07-12")
    named = [
        (a.name, a.kind) for a in article.actors if any(m.text.lower() == "the ministry" for m in a.mentions)
    ]
    assert named == [(ministry, ActorKind.GOVERNMENT)]


def test_the_ministry_after_someone_else_is_no_ministry_of_his() -> None:
    article = _parse("Ali Salem, a local commander, said the ministry had sent no police.", "2021-07-12")
    assert not [a for a in article.actors if a.name.startswith("Ministry of")]


def test_the_ministry_after_a_speaking_ministry_is_that_ministry() -> None:
    article = _parse(
        "Defence Minister Ali Salem flew to Rome. The Health Ministry said on Monday that the ministry"
        " would send doctors.",
        "2021-07-12",
    )
    assert not [a for a in article.actors if a.name == "Ministry of Defence"]
