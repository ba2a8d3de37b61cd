"""Round 66: kinds and bare heads of speakers and movers.

* "In a statement, the ministry said": an unnamed ministry is a government office, as "a
  ministry statement said" makes it (gold: every ministry is a government).
* "The navy said", "the coast guard said": a state's fleet is an armed group (SCHEMA: national
  armies and a government's forces), not a collective source; and it moves ("the navy sailed to
  X"), also with a phrase after it that says whom it serves ("the navy, loyal to X, sailed").
* "The X militia ... The militia said": a bare "the militia" (the knowledge base's generic
  armed groups) takes up the militia named before, as "the brigade" does; a bare "the
  brigade/battalion said" with no such unit named before speaks as an unnamed armed group, and
  a patron named after it ("the battalion, aligned with X, said") does not speak for it.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _actor_views import kinds, speakers
from _movement_records import kind_first_moves
from _statement_views import PARSER, PUBLISHED

from libya_events.model import ActorKind

# ------------------------------------ an unnamed ministry is a government office


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, the ministry said the coastal road would reopen on Sunday.",
        "The ministry said on Tuesday that two clinics in Sabha had run out of insulin.",
        "Late on Monday the ministry said that schools in Derna would stay shut.",
    ],
)
def test_unnamed_ministry_speaks_as_a_government(text: str) -> None:
    article = PARSER.parse(text, published=PUBLISHED)
    assert speakers(article) == ["ministry"]
    assert kinds(article)["ministry"] is ActorKind.GOVERNMENT


def test_unnamed_source_stays_a_collective() -> None:
    article = PARSER.parse("A guard said the gate of the port had been closed.", published=PUBLISHED)
    assert speakers(article) == ["guard"]
    assert kinds(article)["guard"] is ActorKind.COLLECTIVE


# ------------------------------------ a state's fleet is an armed group


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The navy said it had stopped a fuel tanker west of Zuwara.", "navy"),
        ("The coast guard said it had picked up 73 people off Sabratha.", "coast guard"),
        ("On Friday the coastguard said two boats had sunk near Garabulli.", "coastguard"),
    ],
)
def test_fleet_speaks_as_an_armed_group(text: str, speaker: str) -> None:
    article = PARSER.parse(text, published=PUBLISHED)
    assert speakers(article) == [speaker]
    assert kinds(article)[speaker] is ActorKind.ARMED_GROUP


@pytest.mark.parametrize(
    ("text", "mover", "destination"),
    [
        ("The navy sailed to Zuwara on Monday.", "navy", "Zuwara"),
        ("The coast guard moved to Zuwara after the storm.", "coast guard", "Zuwara"),
        ("The navy, loyal to the Tripoli government, sailed to Misrata.", "navy", "Misrata"),
        ("The coast guard, loyal to Dbeibah, sailed to Zuwara.", "coast guard", "Zuwara"),
    ],
)
def test_fleet_moves_as_itself(text: str, mover: str, destination: str) -> None:
    moves = kind_first_moves(PARSER, text, PUBLISHED)
    assert [(m[1], m[3]) for m in moves] == [(mover, destination)]
    assert kinds(PARSER.parse(text, published=PUBLISHED))[mover] is ActorKind.ARMED_GROUP


def test_named_fleet_keeps_its_name() -> None:
    text = "The Libyan coast guard stopped a dinghy. The coast guard said it had towed it to Tripoli."
    assert speakers(PARSER.parse(text, published=PUBLISHED)) == ["Libyan coast guard"]


# ------------------------------------ "the militia", "the brigade" after a named one


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Kaniyat militia shelled Tarhuna on Monday. The militia said it was defending the town.",
            "Kaniyat",
        ),
        (
            "Fighters of the Kaniyat militia set up checkpoints near Tarhuna. Later the militia said the roads were open.",
            "Kaniyat",
        ),
    ],
)
def test_bare_militia_speaks_as_the_named_one(text: str, speaker: str) -> None:
    article = PARSER.parse(text, published=PUBLISHED)
    assert speakers(article) == [speaker]
    assert "militia" not in kinds(article)


def test_bare_militia_moves_as_the_named_one() -> None:
    text = "The Kaniyat militia shelled Tarhuna on Monday. The militia then withdrew to Garabulli."
    moves = kind_first_moves(PARSER, text, PUBLISHED)
    assert [(m[1], m[3]) for m in moves] == [("Kaniyat", "Garabulli")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The brigade said it had secured the road to Sirte.", "brigade"),
        ("The battalion, aligned with Haftar, said it had taken the airport.", "battalion"),
        ("The brigade, loyal to the Tripoli government, said it would hold the bridge.", "brigade"),
    ],
)
def test_bare_unit_with_none_named_speaks_itself(text: str, speaker: str) -> None:
    article = PARSER.parse(text, published=PUBLISHED)
    assert speakers(article) == [speaker]
    assert kinds(article)[speaker] is ActorKind.ARMED_GROUP


def test_bare_unit_after_named_one_is_that_unit() -> None:
    text = (
        "The Nawasi Battalion entered Tripoli on Monday. "
        "The battalion, aligned with the Tripoli government, said it had no plan to leave."
    )
    article = PARSER.parse(text, published=PUBLISHED)
    assert speakers(article) == ["Nawasi brigade"]
    assert "battalion" not in kinds(article)


def test_indefinite_unit_is_no_speaker() -> None:
    assert speakers(PARSER.parse("A brigade said it had secured the road.", published=PUBLISHED)) == []


@pytest.mark.parametrize(
    "text",
    [
        "About 90 migrants picked up by the navy were taken by bus to a centre in Zawiya."
        " Several of them said the guards had beaten them.",
        "Dozens of migrants stopped by the coast guard were driven to Tripoli on Friday."
        " Some of them said they had paid smugglers.",
    ],
)
def test_part_of_them_is_not_the_fleet_that_stopped_them(text: str) -> None:
    article = PARSER.parse(text, published=PUBLISHED)
    assert speakers(article) == ["migrants"]
