"""Round 64: a statement noun's owning body, an air arm owned by a name, a hyphenated name.

* "An army statement issued on Sunday said ...": the body the word before the statement
  noun names speaks (and so does a later "the statement said").
* "Libya's air force, loyal to the government in the east, said": the air arm speaks, not
  the government of its loyalty phrase.
* "The Deputy Special Envoy for Libya, Jean-Claude Moreau, said": the person in apposition
  speaks though the recogniser read the hyphenated name as an organisation's.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _actor_views import kinds
from _statement_views import PARSER, PUBLISHED, statements

from libya_events.model import ActorKind

# ------------------------------------ a statement noun's owner


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("An army statement issued on Sunday said two drones were downed near Sirte.", "army"),
        ("A ministry statement said four clinics in Sabha had run out of fuel.", "ministry"),
        ("The army statement released late on Friday said the port road was open again.", "army"),
        ("The Interior Ministry statement said nine smugglers were held in Zuwara.", "Interior Ministry"),
    ],
)
def test_the_body_before_a_statement_noun_speaks(sentence: str, body: str) -> None:
    assert [s.speaker for s in statements(sentence)] == [body]


def test_a_later_the_statement_said_continues_the_owner() -> None:
    found = statements(
        "An army statement issued on Tuesday said a convoy had reached Gharyan. "
        '"The road south is now under our control," the statement said.'
    )
    assert [s.speaker for s in found] == ["army", "army"]


def test_a_statement_noun_alone_names_no_speaker() -> None:
    assert statements('"The road south is now under our control," the statement said.') == []


def test_an_army_told_before_keeps_its_name() -> None:
    found = statements(
        "The Libyan army said on Friday it had shelled the airport. "
        "An army statement issued on Sunday said two drones were downed near Sirte."
    )
    assert [s.speaker for s in found] == ["Libyan National Army", "Libyan National Army"]


# ------------------------------------ an owned air arm


@pytest.mark.parametrize(
    "sentence",
    [
        "Libya's air force, loyal to the government in the east, said it had hit a convoy near Misrata.",
        "Libya's air force said it had bombed a depot outside Sirte.",
        "Haftar's air force, loyal to the parliament in Tobruk, said its jets had struck Mitiga.",
    ],
)
def test_an_owned_air_force_speaks(sentence: str) -> None:
    article = PARSER.parse(sentence, published=PUBLISHED)
    assert [s.speaker for s in article.statements] == ["air force"]
    assert kinds(article)["air force"] is ActorKind.ARMED_GROUP


def test_an_owned_air_force_base_is_no_actor() -> None:
    article = PARSER.parse("Turkey's air force base in Watiya was hit, the army said.", published=PUBLISHED)
    assert "air force" not in kinds(article)


# ------------------------------------ a hyphenated name in apposition


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "The Deputy Humanitarian Coordinator for Libya, Jean-Marie Dufour, said 900 families had left Tawergha.",
            "Jean-Marie Dufour",
        ),
        (
            "The Deputy Special Representative for Libya, Jean-Paul Roux, said the ceasefire was holding.",
            "Jean-Paul Roux",
        ),
        (
            "The Deputy Special Envoy for Libya, Jean-Claude Moreau, said both sides had agreed to talks.",
            "Jean-Claude Moreau",
        ),
    ],
)
def test_a_hyphenated_name_in_apposition_speaks(sentence: str, person: str) -> None:
    assert [s.speaker for s in statements(sentence)] == [person]
