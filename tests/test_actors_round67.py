"""Round 67: documents, town units, numbered units and a quoted "we".

* "The Skhirat Agreement created X", "the Humanitarian Response Plan seeks $90 million", "the
  Berlin Process has stalled": a named accord, plan or diplomatic process is a document, no
  actor, whatever label the entity recogniser gives it (the knowledge base's "Government of
  National Accord" and a body named "X of the Y Accord" stay actors).
* "A Misrata unit entered X": a lower-case "unit" after a bare town ends no unit's own name,
  so the phrase names the town's side, as "a Misrata-based unit" does.
* "Libya Shield 1" (also "Libya Shield One") is the Benghazi unit of that name, an armed group
  of its own beside the Libya Shield Force it belongs to.
* '"We entered X," said Y, commander of the Z brigade': a first person plural inside a quotation
  is the group the speaker's apposition says he commands or speaks for; a speaker with a
  military title in a government's service (the knowledge base's) says "we" for that
  government's forces, never for the government; a civilian minister's "we" names no side.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _actor_views import kinds, mentions
from _movement_records import kind_first_moves
from _statement_views import PARSER, PUBLISHED

from libya_events.model import ActorKind

# ------------------------------------ a named document is no actor


@pytest.mark.parametrize(
    ("text", "document"),
    [
        (
            "The Skhirat Agreement created a new council in 2015, officials in Tunis recalled.",
            "Skhirat Agreement",
        ),
        (
            "The Humanitarian Response Plan seeks $90 million for clinics in the south.",
            "Humanitarian Response Plan",
        ),
        ("The Berlin Process has stalled since the spring, two diplomats said.", "Berlin Process"),
        (
            "The Libyan Political Agreement set up a presidency council and a unity government.",
            "Libyan Political Agreement",
        ),
    ],
)
def test_named_document_is_no_actor(text: str, document: str) -> None:
    article = PARSER.parse(text, published=PUBLISHED)
    assert document not in kinds(article)


def test_government_named_for_an_accord_stays_an_actor() -> None:
    text = "The Presidency Council of the Government of National Accord met in Tripoli on Sunday."
    article = PARSER.parse(text, published="2018-03-04")
    assert ActorKind.GOVERNMENT in kinds(article).values()


# ------------------------------------ a town's unit is the town's side


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A Misrata unit entered Tawergha on Friday.", "Misrata unit"),
        ("On Monday a Zawiya unit seized the refinery gate.", "Zawiya unit"),
        ("A Zintan unit pulled out of the airport road at dawn.", "Zintan unit"),
    ],
)
def test_town_unit_is_the_towns_side(text: str, unit: str) -> None:
    article = PARSER.parse(text, published=PUBLISHED)
    sides = [a for a in article.actors if unit in [m.text for m in a.mentions]]
    assert len(sides) == 1
    assert sides[0].kind is ActorKind.ARMED_GROUP
    assert [m[0] for m in kind_first_moves(PARSER, text, PUBLISHED)] != []


@pytest.mark.parametrize(
    "text",
    [
        "The 210 Battalion, a Misrata unit sent south in March, withdrew from its positions.",
        "Salem, a student fighting with a Zintan unit, said the gate fell at noon.",
    ],
)
def test_described_town_unit_adds_no_side(text: str) -> None:
    article = PARSER.parse(text, published=PUBLISHED)
    assert not [name for name in kinds(article) if name.startswith(("Misrata", "Zintan"))]


# ------------------------------------ a numbered Shield unit is its own


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered outside the base of Libya Shield 1 in Benghazi on Saturday.",
        "Gunmen fired on the compound of the Libya Shield One brigade late on Friday.",
        "Libya Shield 1 pulled out of its barracks in Benghazi on Sunday.",
    ],
)
def test_numbered_shield_unit_is_its_own(text: str) -> None:
    article = PARSER.parse(text, published="2013-06-10")
    assert kinds(article).get("Libya Shield 1") is ActorKind.ARMED_GROUP
    assert "Libya Shield Force" not in kinds(article)


# ------------------------------------ a quoted "we" is the speaker's own side


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        (
            '"Our fighters entered Sabratha on Tuesday," said Ali Saleh, commander of the Nasr Brigade.',
            "Nasr Brigade",
            "Sabratha",
        ),
        (
            '"We pushed into Surman before dawn," Omar Fadel, a spokesman for the Nasr Brigade, said.',
            "Nasr Brigade",
            "Surman",
        ),
        (
            '"We moved our units to Gharyan last night," said Osama Juwaili, commander of the western '
            "military region.",
            "Western Military Region",
            "Gharyan",
        ),
    ],
)
def test_quoted_we_is_the_commanded_group(text: str, side: str, place: str) -> None:
    moves = kind_first_moves(PARSER, text, "2020-05-01")
    assert [(actor, dest) for _kind, actor, _origin, dest in moves] == [(side, place)]


@pytest.mark.parametrize(
    "text",
    [
        '"Our forces entered Gharyan at dawn," said Mohammed Gnounou.',
        '"We entered Qasr bin Ghashir this morning," Mohammed Gnounou told reporters.',
    ],
)
def test_military_spokesman_speaks_for_the_governments_forces(text: str) -> None:
    moves = kind_first_moves(PARSER, text, "2020-05-01")
    assert [actor for _kind, actor, _origin, _dest in moves] == ["Government of National Accord forces"]


def test_civilian_ministers_we_names_no_side() -> None:
    text = '"We sent a delegation to Cairo on Sunday," said Mohamed Siala, the GNA foreign minister.'
    assert kind_first_moves(PARSER, text, "2020-05-01") == []
    assert mentions(PARSER.parse(text, published="2020-05-01"), "Government of National Accord forces") == []


# ------------------------------------ an entry under way is an advance


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        (
            '"Our men are entering Sabratha now," said Ali Saleh, a spokesman for the Nasr Brigade.',
            "Nasr Brigade",
            "Sabratha",
        ),
        (
            "Fighters of the Nasr Brigade were entering Surman when the shelling began.",
            "Nasr Brigade",
            "Surman",
        ),
    ],
)
def test_entry_under_way_is_an_advance(text: str, side: str, place: str) -> None:
    moves = kind_first_moves(PARSER, text, "2020-05-01")
    assert ("advance", side, None, place) in moves
    assert not [m for m in moves if m[0] == "capture"]


def test_finished_entry_stays_a_capture() -> None:
    text = "Fighters of the Nasr Brigade entered Surman on Tuesday."
    assert kind_first_moves(PARSER, text, "2020-05-01") == [("capture", "Nasr Brigade", None, "Surman")]


# ------------------------------------ a capital acting by a verb of state


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("The envoy said on Monday that Moscow kept in touch with both camps.", "Moscow"),
        ("He pointed to a sea boundary deal that Ankara signed with the Tripoli cabinet.", "Ankara"),
        ("Cairo pledged fuel and flour to the eastern towns on Friday.", "Cairo"),
    ],
)
def test_capital_acting_is_its_government(text: str, capital: str) -> None:
    article = PARSER.parse(text, published="2019-12-01")
    assert kinds(article).get(capital) is ActorKind.GOVERNMENT


def test_capital_after_in_stays_a_place() -> None:
    text = "A week after leaders meeting in Berlin pledged support, the truce held."
    assert "Berlin" not in kinds(PARSER.parse(text, published="2020-01-26"))
