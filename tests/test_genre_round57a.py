"""Round 57a: classes found by four blind genre articles (genre-281..284)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- a move someone was prompted to make is reported, by the one prompted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The detention of its commander prompted the 444 Brigade to move tanks into Ain Zara.",
            ("deploy", "444 Brigade", None, "Ain Zara"),
        ),
        (
            "Heavy shelling on Sunday prompted the LNA to withdraw from Ajdabiya.",
            ("withdraw", "Libyan National Army", "Ajdabiya", None),
        ),
        (
            "The fighting has prompted hundreds of families to flee to Qatrun.",
            ("withdraw", "families", None, "Qatrun"),
        ),
    ],
)
def test_prompted_move_is_the_prompted_ones(parser: Parser, text: str, expected: tuple[str, ...]) -> None:
    assert expected in kind_first_moves(parser, text, "2023-08-15")


def test_urged_move_stays_unreported(parser: Parser) -> None:
    text = "The UN mission urged the LNA to withdraw from Ajdabiya."
    assert kind_first_moves(parser, text, "2023-08-15") == []


# ------------- a town's own airstrip or airfield is in that town


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said the fighters had been flown from Bani Walid's airstrip to the Jufra air base.",
            ("deploy", "fighters", "Bani Walid", "al-Jufra air base"),
        ),
        (
            "The LNA flew reinforcements from Benghazi's airfield to Sirte.",
            ("deploy", "Libyan National Army", "Benghazi", "Sirte"),
        ),
        (
            "Wagner contractors were flown out of Bani Walid's airstrip on Sunday.",
            ("withdraw", "Wagner group", "Bani Walid", None),
        ),
        (
            "The LNA pulled its fighters out of Sirte's airfield on Monday.",
            ("withdraw", "Libyan National Army", "Sirte", None),
        ),
    ],
)
def test_towns_own_airstrip_is_the_town(parser: Parser, text: str, expected: tuple[str, ...]) -> None:
    assert expected in kind_first_moves(parser, text, "2020-06-01")


def test_named_port_keeps_its_own_place(parser: Parser) -> None:
    text = "Haftar's forces withdrew from Sirte's harbour on Monday."
    assert ("withdraw", "Libyan National Army", "Port of Sirte", None) in kind_first_moves(
        parser, text, "2020-06-01"
    )
