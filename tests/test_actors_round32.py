"""Round 32: actors the knowledge base knows but the rules left out, and actors it lacked.

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.extraction._kb import ActorKB
from libya_events.model import Article

PARSER = Parser()
KB = ActorKB.default()


def _parse(text: str, published: str = "2021-05-10") -> Article:
    return PARSER.parse(text, published=published)


def _mentions(article: Article) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in article.actors}


# ------------------------------- a named group whose name opens with the Arabic article


def test_al_qaeda_as_a_modifier_is_still_named() -> None:
    article = _parse(
        "Police in Tripoli detained an al-Qaeda financier near the port on Sunday.", published="2014-02-03"
    )
    assert "al-Qaeda" in _mentions(article)


def test_aqim_named_in_passing_is_an_actor() -> None:
    article = _parse(
        "Smugglers linked to al-Qaeda in the Islamic Maghreb crossed into Libya from Niger last week.",
        published="2013-06-11",
    )
    assert "al-Qaeda in the Islamic Maghreb" in _mentions(article)


def test_arabic_article_does_not_make_a_name_generic() -> None:
    assert not KB["al-qaeda"].generic
    assert not KB["aqim"].generic
    assert KB["armed-groups"].generic
    assert KB["former-rebels"].generic


# ------------------------------- the politician a loyal following is named after stays an actor


def test_politician_inside_a_loyal_following_that_moves_is_an_actor() -> None:
    article = _parse(
        "Fighters loyal to Fathi Bashagha drove into Janzour from the west on Thursday.",
        published="2022-08-26",
    )
    found = _mentions(article)
    assert found.get("Fathi Bashagha") == ["Fathi Bashagha"]
    assert "forces loyal to Fathi Bashagha" in found


def test_politician_after_an_apposition_stays_an_actor() -> None:
    article = _parse(
        "Brigades loyal to Fathi Bashagha, the prime minister designated by the House of "
        "Representatives, seized the coastal road near Zliten on Saturday.",
        published="2022-05-17",
    )
    assert "Fathi Bashagha" in _mentions(article)


def test_politician_of_a_withdrawing_following_stays_an_actor() -> None:
    article = _parse(
        "Troops loyal to Fathi Bashagha withdrew from Tripoli to Misrata on Tuesday.", published="2022-05-17"
    )
    assert _mentions(article).get("Fathi Bashagha") == ["Fathi Bashagha"]


def test_following_named_by_surname_alone_adds_no_full_name() -> None:
    article = _parse(
        "Fighters loyal to Bashagha entered Zawiya on Friday as talks stalled.", published="2022-08-26"
    )
    found = _mentions(article)
    assert all(text != "Fathi Bashagha" for texts in found.values() for text in texts)


# ------------------------------- the one name someone gave to be quoted under


def test_given_name_is_not_a_known_surname() -> None:
    article = _parse(
        "A shopkeeper who gave his name only as Ibrahim said the shelling lasted all night. "
        "In Tripoli, spokesman Moussa Ibrahim said the army held the square.",
        published="2011-03-07",
    )
    found = _mentions(article)
    assert found.get("Ibrahim") == ["Ibrahim"]
    assert "Ibrahim" not in found.get("Moussa Ibrahim", [])


def test_name_identified_only_is_a_person() -> None:
    article = _parse(
        "A driver identified only as Salem was stopped at a checkpoint east of Zawiya on Monday.",
        published="2014-08-12",
    )
    assert _mentions(article).get("Salem") == ["Salem"]


def test_first_name_given_is_a_person() -> None:
    article = _parse(
        "A nurse who gave her first name as Amal drove the wounded to Misrata before dawn.",
        published="2011-04-20",
    )
    assert "Amal" in _mentions(article)


def test_surname_told_after_the_full_name_is_still_his() -> None:
    article = _parse(
        "Moussa Ibrahim spoke in Tripoli on Monday. Ibrahim said the rebels had fled the town.",
        published="2011-03-07",
    )
    found = _mentions(article)
    assert found.get("Moussa Ibrahim") == ["Moussa Ibrahim", "Ibrahim"]
    assert "Ibrahim" not in found
