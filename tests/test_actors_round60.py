"""Round 60: office titles apposed to names, bodies named for a topic, hedged identifications.

- "The Humanitarian Coordinator for Libya, Yacoub El Hillo, said": a name apposed to a definite
  capitalised title is the office holder, a person, whatever label the recogniser gave it; the
  title is no organisation and no speaker.
- "the Working Group on Arbitrary Detention", "the UN Panel of Experts on Sudan": "on" and a
  capitalised topic belong to a body's name; a known body named for another topic ("on Libya")
  is not the body the text names.
- "armed men, believed to be IS fighters, stormed ...": the hedged apposition names the group the
  described men are, one actor that moves.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _actor_views import kinds, mentions, speakers
from _movement_records import movement_triples

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2021-03-03") -> Article:
    return PARSER.parse(text, published=published)


# ------------------------------------ a name apposed to a definite office title


@pytest.mark.parametrize(
    "text",
    [
        "The Humanitarian Coordinator for Libya, Yacoub El Hillo, said on Monday that the shelling "
        "of the port was a grave breach of the law.",
        "The Resident Coordinator for Libya, Yacoub El Hillo, told reporters that the shelling of the "
        "port was a grave breach of the law.",
        "Yacoub El Hillo, the Humanitarian Coordinator for Libya, said the shelling of the port was a "
        "grave breach of the law.",
    ],
)
def test_a_name_apposed_to_an_office_title_is_its_holder(text: str) -> None:
    article = _parse(text)
    assert kinds(article).get("Yacoub El Hillo") is ActorKind.PERSON
    assert speakers(article) == ["Yacoub El Hillo"]
    assert not any("Coordinator" in name for name in kinds(article))


@pytest.mark.parametrize(
    "text",
    [
        "The Deputy Special Representative for Political Affairs, Nadia Kareem, said the truce was holding.",
        "The Under-Secretary-General for Political Affairs, Nadia Kareem, said the truce was holding.",
    ],
)
def test_an_offices_portfolio_is_no_person(text: str) -> None:
    article = _parse(text)
    assert speakers(article) == ["Nadia Kareem"]
    assert not any(name.endswith(("Affairs", "Rights")) for name in kinds(article))


def test_a_name_described_as_a_body_stays_a_body() -> None:
    # no title beside it: "a relief agency" makes the name an organisation's
    article = _parse("Nour Sahel, a relief agency, said the shelling of the port had stopped its work.")
    assert kinds(article).get("Nour Sahel") is ActorKind.ORGANIZATION


# ------------------------------------ bodies named for a topic


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Working Group on Arbitrary Detention said prisoners in Misrata were held without trial.",
            "Working Group on Arbitrary Detention",
        ),
        (
            "The Security Council Committee on Libya said it would examine the shipment seized off Crete.",
            "Security Council Committee on Libya",
        ),
        (
            "The UN Panel of Experts on Sudan said fighters from Darfur had crossed into the Kufra area.",
            "UN Panel of Experts on Sudan",
        ),
    ],
)
def test_a_bodys_topic_belongs_to_its_name(text: str, body: str) -> None:
    article = _parse(text)
    assert speakers(article) == [body]
    assert body in kinds(article)
    assert "UN Panel of Experts on Libya" not in kinds(article)


def test_the_known_body_with_its_own_topic_keeps_its_entry() -> None:
    article = _parse("The UN Panel of Experts on Libya said fighters from Darfur had crossed into Kufra.")
    assert speakers(article) == ["UN Panel of Experts on Libya"]


@pytest.mark.parametrize(
    "text",
    [
        "The Working Group on Monday said prisoners in Misrata were held without trial.",
        "The Security Council Committee on Libya's arms embargo said it would examine the shipment.",
    ],
)
def test_a_date_or_an_owner_after_on_is_no_topic(text: str) -> None:
    article = _parse(text)
    assert not any(name.endswith(("Monday", "Libya", "Libya's")) for name in kinds(article))


# ------------------------------------ a hedged identification names the group


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (
            "Armed men, believed to be IS fighters, stormed the council building in Sabha on Friday.",
            "Armed men",
        ),
        (
            "Gunmen, thought to be members of the Islamic State group, seized a police post in Sabha "
            "on Friday.",
            "Gunmen",
        ),
        (
            "Masked gunmen, suspected to be Islamic State militants, seized a police station in Sabha on Friday.",
            "gunmen",
        ),
    ],
)
def test_a_hedged_apposition_names_the_mover(text: str, described: str) -> None:
    article = _parse(text)
    assert [(kind, actor) for kind, actor, _dest in movement_triples(PARSER, text, "2021-03-03")] == [
        ("capture", "Islamic State")
    ]
    assert described in " ".join(mentions(article, "Islamic State"))
    assert not any(kind is ActorKind.COLLECTIVE for kind in kinds(article).values())


def test_a_hedged_origin_names_no_group() -> None:
    # "believed to be from Zintan" tells where the men come from, not who they are
    text = "Armed men, believed to be from Zintan, stormed the council building in Sabha on Friday."
    assert [actor for _kind, actor, _dest in movement_triples(PARSER, text, "2021-03-03")] == ["Armed men"]
