"""Movement nouns the parse reads oddly: a noun of attack tagged as an adjective, and a noun
of contest whose actor is named on a second noun it is equated with.

Every sentence here is written for the test.
"""

from __future__ import annotations

from libya_events import Parser

PARSER = Parser()


def _movements(text: str) -> list[tuple[str, str | None, str | None]]:
    article = PARSER.parse(text, published="2021-03-02")
    return [
        (m.kind.value, m.actor, m.destination.name if m.destination is not None else None)
        for m in article.movements
    ]


# ------------------------------------------------- "launched a lightning offensive": ADJ tag


def test_a_lightning_offensive_read_as_an_adjective_is_an_advance() -> None:
    text = "The LNA launched a lightning offensive to take Zawiya on Monday."
    found = _movements(text)
    assert ("advance", "Libyan National Army", "Zawiya") in found, found


def test_an_offensive_adjective_describing_a_noun_is_no_movement() -> None:
    text = "The Libyan National Army called the remarks offensive and left the talks in Geneva on Monday."
    found = _movements(text)
    assert not any(kind == "advance" for kind, _, _ in found), found


# ------------------------------------------ "the battle for X is the first fought by Y"


def test_a_battle_equated_with_one_fought_by_a_group_is_that_groups_advance() -> None:
    text = (
        "The battle for Gharyan, a town south of the capital, is the first battle for a town "
        "fought by the LNA this year."
    )
    found = _movements(text)
    assert ("advance", "Libyan National Army", "Gharyan") in found, found


def test_a_battle_equated_with_a_different_noun_takes_no_actor_from_it() -> None:
    text = "The battle for Gharyan is the first test faced by the LNA this year."
    found = _movements(text)
    assert not any(actor == "Libyan National Army" and kind == "advance" for kind, actor, _ in found), found
