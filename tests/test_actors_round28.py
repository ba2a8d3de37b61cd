"""Round 28: actors and speakers on text the rules were not tuned to.

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2021-03-02") -> Article:
    return PARSER.parse(text, published=published)


def _kinds(article: Article) -> dict[str, ActorKind]:
    return {a.name.lower(): a.kind for a in article.actors}


# ------------------------------- a town's council named by its place


def test_town_military_council_is_an_armed_body() -> None:
    article = _parse(
        "The Zintan military council said on Monday that its units would stay in their barracks."
    )
    assert _kinds(article).get("zintan military council") is ActorKind.ARMED_GROUP


def test_town_local_council_is_a_government_body() -> None:
    article = _parse(
        "Hassan Omar, who heads the Ghadames local council, said the road to the border was open again."
    )
    assert _kinds(article).get("ghadames local council") is ActorKind.GOVERNMENT


def test_possessive_town_council_drops_the_possessive() -> None:
    article = _parse("Zliten's military council announced that its brigade would leave Sirte.")
    assert "zliten military council" in _kinds(article)


def test_council_member_alone_adds_no_council() -> None:
    article = _parse("A local council member said about 400 families had left Ubari since Friday.")
    names = set(_kinds(article))
    assert not any(n.endswith("council") for n in names)


def test_determiner_is_no_town() -> None:
    article = _parse("One local council member told reporters that the water supply had failed.")
    assert not any(n.endswith("local council") for n in _kinds(article))
