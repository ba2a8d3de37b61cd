"""Round 43c: classes found by four blind genre articles (genre-193..196)."""

from __future__ import annotations

import pytest
from _movement_records import actor_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(parser: Parser, text: str) -> list[tuple[str | None, str, str | None, str | None]]:
    """Each movement as (actor, kind, origin, destination), trigger spans checked."""
    return actor_moves(parser, text, "2024-02-14")


# ------------------- a carrying verb tagged as an active past, conjoined to a passive verb


@pytest.mark.parametrize(
    ("text", "actor", "destination"),
    [
        (
            "More than 200 migrants were rescued at sea off Sabratha on Saturday and brought back to"
            " Tripoli.",
            "migrants",
            "Tripoli",
        ),
        (
            "The detainees were freed by the court on Monday and sent home to Misrata.",
            "detainees",
            "Misrata",
        ),
        (
            "Dozens of refugees were picked up near the border and ferried to Benghazi on Sunday.",
            "refugees",
            "Benghazi",
        ),
    ],
)
def test_bare_carrying_conjunct_goes_on_the_passive(
    parser: Parser, text: str, actor: str, destination: str
) -> None:
    moves = _moves(parser, text)
    assert any(actor in a.lower() and dest == destination for a, _, _, dest in moves), moves


def test_going_verb_after_a_passive_stays_active(parser: Parser) -> None:
    # "moved" is also said of a force going by itself: the units moved, nobody moved them
    moves = _moves(
        parser,
        "The Misrata brigades were redeployed from Sirte to Jufra in May and then moved west toward Gharyan.",
    )
    assert all(kind != "travel" for _, kind, _, _ in moves), moves


def test_carrying_verb_with_its_own_object_stays_active(parser: Parser) -> None:
    # "were attacked ... and sent reinforcements": the object is what the brigade sent
    moves = _moves(
        parser, "The brigade was attacked near Sirte on Monday and sent reinforcements to Abu Grein."
    )
    assert all(kind != "travel" for _, kind, _, _ in moves), moves


# ------------------------------------ a force leaving Libya for abroad withdraws, not deploys


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("A group of foreign fighters left Benghazi for Damascus on 20 January.", "Damascus"),
        (
            "A chartered airliner carrying about 150 fighters left Benina for Damascus on 20 January.",
            "Damascus",
        ),
        ("The Syrian mercenaries left Tripoli for Turkey on Monday.", "Turkey"),
    ],
)
def test_force_leaving_for_abroad_withdraws(parser: Parser, text: str, destination: str) -> None:
    moves = _moves(parser, text)
    assert any(kind == "withdraw" and dest == destination for _, kind, _, dest in moves), moves


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("Misratan brigades left Misrata for Sirte on Monday.", "Sirte"),
        ("Turkish troops left Turkey for Tripoli on Monday.", "Tripoli"),
    ],
)
def test_force_leaving_for_a_libyan_town_deploys(parser: Parser, text: str, destination: str) -> None:
    moves = _moves(parser, text)
    assert any(kind == "deploy" and dest == destination for _, kind, _, dest in moves), moves
