"""Genre round 28a: failure classes found by four blind genre articles (tests/genre/genre-81..84).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_quads
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import Parser

PARSER = Parser()


def _moves(text: str, published: str = "2011-03-30") -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, published)


# ------------------------- a regular past the lemmatiser misreads ("reoccupied" -> "reoccupie")


def test_a_re_prefixed_capture_verb_the_lemmatiser_misreads_is_still_a_capture() -> None:
    text = "Gaddafi's forces reoccupied Ras Lanuf late on Tuesday."
    assert ("capture", "Gaddafi loyalists", None, "Ras Lanuf") in _moves(text)


def test_a_known_lemma_keeps_its_own_row() -> None:
    text = "Haftar's forces captured Brega on Monday."
    assert [m[0] for m in _moves(text)] == ["capture"]


# ------------------------- "through X toward Y": X is passed, Y is where the move went


def test_falling_back_through_a_town_toward_another_goes_to_the_second() -> None:
    text = "Haftar's forces were in retreat, falling back through the town of Ras Lanuf toward Brega."
    assert ("withdraw", "Libyan National Army", None, "Brega") in _moves(text)


def test_a_path_with_nothing_beyond_it_is_still_the_destination() -> None:
    text = "Haftar's forces advanced through Sirte on Monday."
    assert ("advance", "Libyan National Army", None, "Sirte") in _moves(text)


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from([("Ajdabiya", "Benghazi"), ("Sirte", "Jufra"), ("Gharyan", "Tarhuna")]),
    st.sampled_from(["through the town of", "via"]),
)
def test_the_place_passed_is_never_the_destination(pair: tuple[str, str], path: str) -> None:
    passed, goal = pair
    text = f"Haftar's forces fell back {path} {passed} toward {goal} on Tuesday."
    dests = [m[3] for m in _moves(text) if m[0] == "withdraw"]
    assert passed not in dests


# ------------------------- "race": a dash forward, or out of a place


def test_racing_west_is_a_bare_advance() -> None:
    text = "Haftar's forces raced east along the coast road on Sunday."
    assert ("advance", "Libyan National Army", None, None) in _moves(text)


def test_racing_in_a_relative_clause_keeps_its_antecedent() -> None:
    text = "Haftar's forces, who had raced toward Sirte at dawn, were in retreat by the evening."
    assert ("advance", "Libyan National Army", None, "Sirte") in _moves(text)


def test_racing_out_of_a_place_is_leaving_it() -> None:
    text = "Haftar's forces raced out of Ajdabiya before first light."
    assert [m[0] for m in _moves(text)] == ["withdraw"]


# ------------------------- a unit name does not run over a line's end


def test_a_dateline_year_and_the_next_paragraph_make_no_unit_name() -> None:
    text = (
        "Statement on the battle for the capital\n\nPress office, Operation Burkan | Friday 5 June 2020\n\n"
        "The Operation Room of the army reports that our forces took Ain Zara.\n"
    )
    actors = PARSER.parse(text).actors
    assert not any("\n" in a.name for a in actors)
    assert not any(m.text.startswith("2020") for a in actors for m in a.mentions)


def test_a_numbered_unit_on_one_line_is_still_named() -> None:
    text = "The 166 Brigade moved into Sirte on Tuesday."
    assert any("166" in a.name for a in PARSER.parse(text, published="2020-01-07").actors)
