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
