"""Round 39a: classes found by four blind genre articles (genre-153..156)."""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.model import Modality


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2019-04-16"
) -> list[tuple[str, str, str | None, str | None]]:
    """(actor, kind, origin, destination) of each reported movement."""
    return [
        (
            m.actor,
            m.kind.value,
            m.origin.name if m.origin is not None else None,
            m.destination.name if m.destination is not None else None,
        )
        for m in parser.parse(text, published=published).movements
        if m.modality is Modality.REPORTED
    ]


# ---------------------------------------------------------------- "moved more than 90 people out of X"


@pytest.mark.parametrize(
    ("text", "mover", "kind", "origin", "dest"),
    [
        (
            "The aid agency said its crews had moved more than 150 people out of Qasr Bin Ghashir on Friday.",
            "people",
            "withdraw",
            "Qasr bin Ghashir",
            None,
        ),
        (
            "Scouts brought more than 70 civilians out of Ain Zara during a lull in the shelling.",
            "civilians",
            "withdraw",
            "Ain Zara",
            None,
        ),
        (
            "The council moved about 400 people to a sports hall in Tajoura on Wednesday.",
            "people",
            "travel",
            None,
            "Tajoura",
        ),
        (
            "The municipality brought 120 families to Janzour in buses on Tuesday.",
            "families",
            "travel",
            None,
            "Janzour",
        ),
    ],
)
def test_people_moved_by_others_are_the_movers(
    parser: Parser, text: str, mover: str, kind: str, origin: str | None, dest: str | None
) -> None:
    moves = _moves(parser, text)
    assert (mover, kind, origin, dest) in moves
    assert all(m[0] == mover for m in moves)  # the carrier is no mover of its own


def test_bare_people_moved_are_no_group(parser: Parser) -> None:
    """A bare "people" (no count) is no actor, so the carrier's own move stays untouched."""
    moves = _moves(parser, "The army brought reinforcements to Tajoura on Sunday.")
    assert all(m[0] != "people" for m in moves)


# ---------------------------------------------------------------- "They were driven to the capital"


@pytest.mark.parametrize(
    ("text", "mover", "dest"),
    [
        (
            "A Misrata brigade released 25 detainees to the prosecutor on Monday. The men, some of them "
            "accused of serving in Gaddafi's forces, had been kept in a school. They were driven to the "
            "capital the same evening.",
            "detainees",
            "Tripoli",
        ),
        (
            "The brigade freed 20 prisoners held by Zawiya fighters. They were driven to Bani Walid on Monday.",
            "prisoners",
            "Bani Walid",
        ),
    ],
)
def test_a_they_driven_somewhere_is_the_carried_people(
    parser: Parser, text: str, mover: str, dest: str
) -> None:
    moves = _moves(parser, text, "2012-07-10")
    assert (mover, "travel", None, dest) in [(a, k, None, d) for a, k, _o, d in moves]
    assert all(k != "advance" for _a, k, _o, _d in moves)


def test_a_they_driven_out_is_no_carried_people(parser: Parser) -> None:
    """ "They were driven back to the coast": an expulsion, told of the fighters, not of people carried."""
    moves = _moves(
        parser,
        "Dozens of migrants were held in Sabratha. Islamic State militants held the old town for a year. "
        "They were driven back to the coast on Sunday.",
        "2016-02-22",
    )
    assert all(a != "migrants" for a, _k, _o, _d in moves)


# ---------------------------------------------------------------- "In X, officials said N families had arrived"


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("In Janzour, the municipal council said some 260 families had arrived since Friday.", "Janzour"),
        ("In Tobruk, aid workers said about 300 families had arrived from Derna over the weekend.", "Tobruk"),
        ("In Tajoura, a council member told reporters that 90 families had arrived overnight.", "Tajoura"),
    ],
)
def test_an_arrival_reported_under_a_fronted_scene_arrives_there(
    parser: Parser, text: str, dest: str
) -> None:
    assert ("families", "travel", dest) in [(a, k, d) for a, k, _o, d in _moves(parser, text)]


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, the council said some 260 families had arrived since Friday.",
        "Officials in Janzour said some 260 families had arrived since Friday.",
    ],
)
def test_no_fronted_place_no_reported_scene(parser: Parser, text: str) -> None:
    assert all(d is None for _a, _k, _o, d in _moves(parser, text))


# ---------------------------------------------------------------- "Others were brought to X by volunteers"


@pytest.mark.parametrize(
    ("text", "mover", "kind", "dest"),
    [
        (
            "Hundreds of families are sheltering in Ain Zara. Some were evacuated to Tajoura by volunteers.",
            "families",
            "withdraw",
            "Tajoura",
        ),
        (
            "Hundreds of families are sheltering in Ain Zara. Some were brought to Tajoura by volunteers.",
            "families",
            "travel",
            "Tajoura",
        ),
        (
            "Dozens of migrants were stranded in Zuwara. Others were transferred to Tripoli by the coast guard "
            "on Monday.",
            "migrants",
            "travel",
            "Tripoli",
        ),
    ],
)
def test_a_carried_part_is_of_the_people_told_before(
    parser: Parser, text: str, mover: str, kind: str, dest: str
) -> None:
    assert (mover, kind, dest) in [(a, k, d) for a, k, _o, d in _moves(parser, text)]


def test_forces_brought_by_their_owner_stay_the_owners(parser: Parser) -> None:
    """ "Reinforcements were brought to X by the army": a force is moved by its owner."""
    moves = _moves(parser, "Reinforcements were brought to Tajoura by the army on Monday.")
    assert [(a, k, d) for a, k, _o, d in moves] == [("army", "deploy", "Tajoura")]
