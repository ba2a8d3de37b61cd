"""Round 43b: classes found by four blind genre articles (genre-189..192)."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _groups(parser: Parser, text: str) -> dict[str, list[str]]:
    """Each armed-group actor's name with the texts of its mentions."""
    article = parser.parse(text, published="2022-07-23")
    return {a.name: [m.text for m in a.mentions] for a in article.actors if a.kind.value == "armed_group"}


def _captures(parser: Parser, text: str) -> list[tuple[str | None, str | None]]:
    """Each capture's actor and the name of what it took."""
    article = parser.parse(text, published="2020-01-18")
    return [
        (m.actor, m.destination.name if m.destination is not None else None)
        for m in article.movements
        if m.kind.value == "capture"
    ]


# --------------------------- "X, known as Y" where Y is a name the knowledge base has for X


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        (
            "Gunfire was heard overnight between the Special Deterrence Force, known as Rada, and a"
            " rival unit in the east of the capital.",
            "Rada",
        ),
        (
            "Residents said the Special Deterrence Force, a unit known as Radaa, had closed the road"
            " to the airport on Tuesday.",
            "Radaa",
        ),
        (
            "The Stability Support Apparatus, a force called SSA by most residents, set up new"
            " checkpoints near the port.",
            "SSA",
        ),
    ],
)
def test_known_alias_after_naming_cue_is_no_second_group(parser: Parser, text: str, alias: str) -> None:
    groups = _groups(parser, text)
    assert alias not in groups, groups
    owner = [name for name, mentions in groups.items() if alias in mentions]
    assert len(owner) == 1, groups


def test_unknown_name_after_naming_cue_is_still_a_group(parser: Parser) -> None:
    # a name the knowledge base does not have is still the group the noun introduces
    groups = _groups(parser, "A militia known as the Marsa Lions Brigade took over the fishing harbour.")
    assert any("Marsa Lions" in name for name in groups), groups


# ------------------------------------ a part of a site taken stands for the site it is part of


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "LNA fighters took over the control room at the Zueitina terminal on Saturday and told"
            " the staff to go home.",
            "Zueitina",
        ),
        ("On Monday the LNA seized the control tower at Mitiga airport after a short fight.", "Mitiga"),
        ("The Libyan National Army captured the control room in Brega before dawn.", "Brega"),
    ],
)
def test_capture_of_a_site_part_takes_the_site(parser: Parser, text: str, place: str) -> None:
    captures = _captures(parser, text)
    assert any(actor == "Libyan National Army" and dest and place in dest for actor, dest in captures), (
        captures
    )


def test_part_owned_by_an_actor_is_no_capture(parser: Parser) -> None:
    # "the planning room of the LNA" names no place: only the town is taken
    captures = _captures(
        parser,
        "Government fighters took Gharyan at dawn and later seized the planning room of the Libyan"
        " National Army.",
    )
    assert len(captures) == 1, captures
    assert captures[0][1] == "Gharyan", captures


# ------------------------------ people crossing abroad at a border post flee, the post is no home


def _kinds(parser: Parser, text: str) -> dict[str | None, set[str]]:
    """Each destination's name with the kinds of the movements to it."""
    article = parser.parse(text, published="2011-03-04")
    out: dict[str | None, set[str]] = {}
    for m in article.movements:
        out.setdefault(m.destination.name if m.destination is not None else None, set()).add(m.kind.value)
    return out


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Since late February some 90,000 people have crossed into Tunisia at Ras Jedir.", "Tunisia"),
        ("Some 400 Vietnamese labourers crossed into Tunisia at Ras Jedir on Monday.", "Tunisia"),
        ("A group of Filipino nurses crossed into Egypt at the Salloum crossing.", "Egypt"),
    ],
)
def test_crossing_abroad_at_a_border_post_is_a_flight(parser: Parser, text: str, country: str) -> None:
    kinds = _kinds(parser, text)
    assert kinds.get(country) == {"withdraw"}, kinds


def test_crossing_back_at_a_border_post_is_no_flight(parser: Parser) -> None:
    # people going back into Libya at the post return: not a flight
    kinds = _kinds(parser, "A week later the workers crossed back into Libya at Ras Jedir.")
    assert all("withdraw" not in k for k in kinds.values()), kinds
