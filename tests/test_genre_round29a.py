"""Round 29a: classes found by four blind genre articles (genre-85..88)."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _place_names(parser: Parser, text: str) -> set[str]:
    return {loc.name for loc in parser.parse(text).locations}


@pytest.mark.parametrize(
    "text",
    [
        "Loyalist units entered Sirte from the south on Monday.",
        "A rebel column approached Brega from the east before dawn.",
        "Militia fighters pushed into Gharyan from the north at first light.",
    ],
)
def test_side_an_attack_came_in_from_is_not_a_region(parser: Parser, text: str) -> None:
    names = _place_names(parser, text)
    assert not any(name.endswith("Libya") for name in names), names


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Reinforcements arrived in Sabha from the east on Friday.", "eastern Libya"),
        ("Tribal leaders in the south rejected the deal.", "southern Libya"),
    ],
)
def test_side_that_is_an_origin_stays_a_region(parser: Parser, text: str, region: str) -> None:
    assert region in _place_names(parser, text)


def _moves(parser: Parser, text: str) -> list[tuple[str, str, str | None]]:
    out = []
    for m in parser.parse(text).movements:
        dest = m.destination.name if m.destination is not None else None
        out.append((m.kind.value, m.trigger.text, dest))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "The capture of Gharyan by the LNA leaves Tarhuna as the only pocket of resistance.",
        "The fall of Brega to the rebels left Ajdabiya as the last town in government hands.",
    ],
)
def test_leaving_a_place_as_a_role_is_no_departure(parser: Parser, text: str) -> None:
    triggers = {trigger for _, trigger, _ in _moves(parser, text)}
    assert not triggers & {"leaves", "left"}, triggers


def test_plain_leaving_is_still_a_withdrawal(parser: Parser) -> None:
    assert ("withdraw", "left", None) in _moves(parser, "LNA units left Sirte on Monday.")


@pytest.mark.parametrize(
    ("text", "trigger", "dest"),
    [
        (
            "The LNA, whose offensive on Tripoli began in April, said it had shot down a drone.",
            "offensive",
            "Tripoli",
        ),
        ("Haftar, whose forces captured Sirte in January, flew to Moscow.", "captured", "Sirte"),
    ],
)
def test_whose_stands_for_the_noun_its_clause_hangs_on(
    parser: Parser, text: str, trigger: str, dest: str
) -> None:
    moves = [m for m in parser.parse(text).movements if m.trigger.text == trigger]
    assert moves, _moves(parser, text)
    assert moves[0].destination is not None
    assert moves[0].destination.name == dest
    assert moves[0].actor is not None
    assert "whose" not in moves[0].actor.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Shortly after midnight the LNA column turned around and drove back toward Sirte.",
        "The LNA column pulled out and drove back toward Sirte.",
    ],
)
def test_bare_withdrawal_then_a_leg_is_one_withdrawal(parser: Parser, text: str) -> None:
    moves = _moves(parser, text)
    assert len(moves) == 1, moves
    assert moves[0][0] == "withdraw"
    assert moves[0][2] == "Sirte"


def test_back_hung_on_a_compass_word_still_marks_a_return(parser: Parser) -> None:
    moves = _moves(parser, "LNA trucks were seen heading back west toward Sirte.")
    assert moves == [("travel", "heading", "Sirte")]


def test_their_is_not_a_country_named_as_a_place(parser: Parser) -> None:
    text = (
        "Chadian fighters fought alongside the army in northern Chad. "
        "Their deployment to Sabha was not confirmed."
    )
    moves = [m for m in parser.parse(text).movements if m.trigger.text == "deployment"]
    assert moves
    assert moves[0].actor == "Chadian fighters"


def test_their_can_still_be_countries_that_act(parser: Parser) -> None:
    text = "The militias clashed in Tripoli. Turkey and Qatar sent drones, and they later deployed advisers to Misrata."
    moves = [m for m in parser.parse(text).movements if m.trigger.text == "deployed"]
    assert moves
    assert moves[0].actor in {"Turkey", "Qatar"}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Brigades loyal to Fathi Bashagha have massed in Misrata.", "Brigades loyal to Fathi Bashagha"),
        ("Battalions backing Khalifa Haftar withdrew from Gharyan.", "Battalions backing Khalifa Haftar"),
    ],
)
def test_brigades_loyal_to_someone_are_a_force_of_their_own(parser: Parser, text: str, mention: str) -> None:
    mentions = {m.text for a in parser.parse(text).actors for m in a.mentions}
    assert mention in mentions, mentions
