"""Round 67: movement gaps found by blind rounds.

- "The brigade moved to the checkpoint from X": with a goal that names no place, the parse
  hangs the verb's "from X" on the goal's noun; X is still where the move set out (a measured
  distance, "to a position 20 km from X", keeps X only the goal's placing).
- "The families ended up in X", "wound up at a camp in Y": where people end up is a place
  they travel to.
- "The vehicles were regrouped near X": a force regrouped by others is deployed there (its own
  "regrouped in X" stays a withdrawal).
- "X drove the residents of Y, some 3,000 people, out of their town": an aside counting the
  people driven out does not cut the verb from its "out of"; "their town" is the town the
  driven are named for, taken by X.
- "The Skhirat agreement", "the Juba Peace Agreement": a town naming an accord names the
  document, no place of the story.
- "He said his unit had been sent to X": a fighter's unit (singular) moves as his side, as
  "his men" do, not as the fighter himself.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser

PARSER = Parser()
DAY = "2019-05-20"


def _moves(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return kind_first_moves(PARSER, text, DAY)


def _places(text: str) -> list[str]:
    return [loc.name for loc in PARSER.parse(text, published=DAY).locations]


# ------------------------------------------------------------------ "to the checkpoint from X"


@pytest.mark.parametrize(
    ("text", "kind", "actor", "origin"),
    [
        (
            "The 166th Brigade moved to the checkpoint from Medenine on Friday.",
            "deploy",
            "166th Brigade",
            "Medenine",
        ),
        ("The 444th Brigade moved to the border crossing from Nalut.", "deploy", "444th Brigade", "Nalut"),
        (
            "Rada units moved to the depot from Tajoura on Monday.",
            "deploy",
            "Special Deterrence Force",
            "Tajoura",
        ),
    ],
)
def test_origin_hung_on_an_unnamed_goal(text: str, kind: str, actor: str, origin: str) -> None:
    moves = _moves(text)
    assert len(moves) == 1
    got_kind, got_actor, got_origin, dest = moves[0]
    assert (got_kind, dest) == (kind, None)
    assert actor in got_actor
    assert got_origin is not None
    assert origin in got_origin


def test_measured_goal_keeps_its_placing() -> None:
    """ "to a position 20 km from X": X only places the goal, the brigade did not leave it."""
    assert all(
        origin is None
        for _k, _a, origin, _d in _moves("The 166th Brigade moved to a position 20 km from Medenine.")
    )


# ------------------------------------------------------------------ "ended up in X"


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("Many of the displaced families ended up in Benghazi.", "families", "Benghazi"),
        ("Most of the migrants on the boat ended up at a shelter in Zuwara.", "migrants", "Zuwara"),
        ("Many residents wound up in Tripoli after the shelling.", "residents", "Tripoli"),
    ],
)
def test_ending_up_somewhere_is_travel(text: str, actor: str, dest: str) -> None:
    assert [(k, d) for k, a, _o, d in _moves(text) if actor in a] == [("travel", dest)]


def test_ending_up_in_a_state_is_no_move() -> None:
    assert _moves("The families ended up in debt after the war.") == []


# ------------------------------------------------------------------ "were regrouped near X"


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        ("Units of the 444th Brigade were regrouped at the Yarmouk camp.", "444th Brigade", "Yarmouk camp"),
        ("The vehicles of the Nawasi Brigade were regrouped near Tajoura.", "Nawasi brigade", "Tajoura"),
    ],
)
def test_regrouped_by_others_is_a_deployment(text: str, actor: str, dest: str) -> None:
    assert [(k, d) for k, a, _o, d in _moves(text) if actor in a] == [("deploy", dest)]


def test_regrouping_itself_stays_a_withdrawal() -> None:
    assert [(k, d) for k, _a, _o, d in _moves("The Nawasi Brigade regrouped in Tajoura on Sunday.")] == [
        ("withdraw", "Tajoura")
    ]


# ------------------------------------------------------------------ "drove the people of X, N people, out"


@pytest.mark.parametrize(
    ("text", "actor", "town"),
    [
        (
            "In 2012 armed groups from Zintan drove the whole population of Tawergha, some 30,000 people, "
            "out of their town.",
            "armed groups from Zintan",
            "Tawergha",
        ),
        (
            "The Nawasi Brigade drove the residents of Tajoura out of their homes.",
            "Nawasi brigade",
            "Tajoura",
        ),
        (
            "The Nawasi Brigade drove the Islamic State fighters, about 200 men, out of Sabratha.",
            "Nawasi brigade",
            "Sabratha",
        ),
    ],
)
def test_driven_out_with_a_counted_aside_is_a_capture(text: str, actor: str, town: str) -> None:
    assert ("capture", actor, None, town) in _moves(text)


# ------------------------------------------------------------------ "the Skhirat agreement"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("After the Juba Peace Agreement, many fighters left for home.", "Juba"),
        ("Officials still cite the Rome accords as the basis of the government.", "Rome"),
        ("The Cairo Declaration was rejected by the parliament.", "Cairo"),
    ],
)
def test_town_naming_an_accord_is_no_location(text: str, town: str) -> None:
    assert not any(town in name for name in _places(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The rebels signed the peace deal in Juba.", "Juba"),
        ("A Libya peace agreement is still far off.", "Libya"),
    ],
)
def test_place_beside_an_accord_stays(text: str, place: str) -> None:
    assert place in _places(text)


# ------------------------------------------------------------------ "his unit had been sent to X"


@pytest.mark.parametrize(
    "text",
    [
        "Omar Dabbashi is a volunteer from Zawiya. He said his unit had been sent to Gharyan on Sunday.",
        "Omar Dabbashi, a volunteer from Zawiya, said his unit had moved to Gharyan two days earlier.",
    ],
)
def test_a_fighters_unit_is_not_the_fighter(text: str) -> None:
    moves = _moves(text)
    assert [(k, d) for k, _a, _o, d in moves] == [("deploy", "Gharyan")]
    assert "Omar Dabbashi" not in moves[0][1]
