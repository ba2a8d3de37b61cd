"""Round 49a: classes found by four blind genre articles (genre-221..224)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _modalities(parser: Parser, text: str, trigger: str) -> list[str]:
    article = parser.parse(text, published="2024-08-26")
    return [m.modality.value for m in article.movements if m.trigger.text == trigger]


# ------------------------------------ "may have reached": a hedged report, not a planned move


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The LNA may have reached Tajoura late on Thursday, according to footage seen by the monitor.",
            "reached",
        ),
        ("Monitors said the Radaa convoy might have crossed into Souq al-Juma overnight.", "crossed into"),
        ("By Friday the LNA must have left Sirte, residents said.", "left"),
    ],
)
def test_hedged_past_moves_are_reported(parser: Parser, text: str, trigger: str) -> None:
    assert _modalities(parser, text, trigger) == ["reported"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The LNA may reach Tajoura by the weekend, a commander said.", "reach"),
        ("The LNA would have entered Sirte without the air strikes.", "entered"),
        ("The LNA could have reached Tajoura if the road had been open.", "reached"),
    ],
)
def test_future_and_counterfactual_moves_stay_planned(parser: Parser, text: str, trigger: str) -> None:
    assert _modalities(parser, text, trigger) == ["planned"]


# ------------------------------------------------ "rather than withdrawn": the move not made


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Wagner fighters may have been rotated rather than withdrawn, the monitor said.", "withdrawn"),
        ("The LNA fighters were moved to Sirte rather than withdrawn from Libya.", "withdrawn"),
    ],
)
def test_a_move_set_aside_by_rather_than_is_denied(parser: Parser, text: str, trigger: str) -> None:
    assert _modalities(parser, text, trigger) == ["denied"]


def test_a_move_joined_by_and_keeps_its_modality(parser: Parser) -> None:
    text = "The LNA advanced on Sirte and then withdrew to Jufra."
    assert _modalities(parser, text, "withdrew") == ["reported"]


# ------------------------------ "arrived at Y after driving in from X": one journey, one record


@pytest.mark.parametrize(
    ("text", "actor", "origin", "dest"),
    [
        (
            "A column of the 166 Brigade arrived on Sunday at Ghardabiya air base after driving in from Misrata.",
            "166 Brigade",
            "Misrata",
            "Ghardabiya air base",
        ),
        (
            "The LNA entered Sirte on Monday after marching from Jufra.",
            "Libyan National Army",
            "Jufra",
            "Sirte",
        ),
        (
            "Driving in from Misrata, the 166 Brigade reached Sirte on Sunday.",
            "166 Brigade",
            "Misrata",
            "Sirte",
        ),
    ],
)
def test_a_set_out_told_beside_its_arrival_is_no_move_of_its_own(
    parser: Parser, text: str, actor: str, origin: str, dest: str
) -> None:
    moves = kind_first_moves(parser, text, "2015-03-16")
    assert [(m[1], m[2], m[3]) for m in moves] == [(actor, origin, dest)]


def test_another_sides_departure_from_the_same_place_stays(parser: Parser) -> None:
    text = "The LNA withdrew from Sirte on Monday and the 166 Brigade moved from Sirte to Abu Grein."
    moves = kind_first_moves(parser, text, "2015-03-16")
    assert ("withdraw", "Libyan National Army", "Sirte", None) in moves


# ---------------------------------------------- a town's reinforcements are that town's forces


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "Misratan reinforcements headed east toward Abu Grein on Monday night.",
            "Misrata forces",
            "Abu Grein",
        ),
        ("Zintani reinforcements arrived in Gharyan on Friday.", "Zintan brigades", "Gharyan"),
        ("Some reinforcements from Misrata reached Sirte on Friday.", "Misrata forces", "Sirte"),
    ],
)
def test_a_towns_reinforcements_move_as_its_forces(parser: Parser, text: str, actor: str, dest: str) -> None:
    moves = kind_first_moves(parser, text, "2020-01-07")
    assert [(m[1], m[3]) for m in moves] == [(actor, dest)]


def test_reinforcements_a_side_sends_stay_the_senders(parser: Parser) -> None:
    text = "The LNA sent reinforcements from Benghazi to Sirte on Monday."
    moves = kind_first_moves(parser, text, "2020-01-07")
    assert [(m[0], m[1], m[2], m[3]) for m in moves] == [
        ("deploy", "Libyan National Army", "Benghazi", "Sirte")
    ]
