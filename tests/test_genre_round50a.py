"""Round 50a: classes found by four blind genre articles (genre-229..232)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------------- "to positions on the outskirts of X": the part of X is where they went


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebel fighters fell back to positions on the western outskirts of Ajdabiya.", "Ajdabiya"),
        ("The loyalist units had pulled back to positions on the eastern outskirts of Zlitan.", "Zlitan"),
        (
            "The Libyan National Army withdrew its guns to positions on the outskirts of Tarhuna on Monday.",
            "Tarhuna",
        ),
    ],
)
def test_positions_on_the_outskirts_of_a_town_are_in_that_town(parser: Parser, text: str, place: str) -> None:
    moves = kind_first_moves(parser, text, "2019-06-30")
    assert [(m[0], m[3]) for m in moves] == [("withdraw", place)]


# ------------- a relative clause ended late leaves the main verb a participle of its last noun


@pytest.mark.parametrize(
    "text",
    [
        "Families who had fled Gharyan during the fighting returned on Friday.",
        "Hundreds of families who had fled Gharyan during the fighting returned on Friday, a local official said.",
    ],
)
def test_the_main_verb_after_a_relative_clause_is_the_nouns_move(parser: Parser, text: str) -> None:
    moves = kind_first_moves(parser, text, "2019-06-30")
    assert sorted((m[0], m[2]) for m in moves) == [("travel", None), ("withdraw", "Gharyan")]


def test_a_participle_inside_a_relative_clause_with_a_main_verb_stays_put(parser: Parser) -> None:
    text = "The report on the families who fled Gharyan during the fighting was published on Monday."
    moves = kind_first_moves(parser, text, "2019-06-30")
    assert [m[0] for m in moves] == ["withdraw"]


# ------------- "said that X had ... and accused Y of Z": the accusation is the reporter's


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Spokesman Moussa Ibrahim denied that the army had lost ground near Zlitan and accused NATO "
            "of flying cover for armed gangs.",
            "Moussa Ibrahim",
        ),
        (
            "The interior minister said the militia had retreated and blamed Turkey for arming it.",
            "minister",
        ),
        (
            "Ahmed al-Mismari said the rebels had taken the town and accused Qatar of paying them.",
            "Mismari",
        ),
    ],
)
def test_an_accusation_after_a_bare_and_is_the_reporters(parser: Parser, text: str, speaker: str) -> None:
    article = parser.parse(text, published="2011-05-27")
    speakers = [s.speaker for s in article.statements]
    assert len(speakers) == 2
    assert all(sp is not None and speaker in sp for sp in speakers), speakers


def test_an_accusation_after_a_named_subject_keeps_that_subject(parser: Parser) -> None:
    text = "France said Italy was worried and accused Russia of sending mercenaries."
    article = parser.parse(text, published="2020-06-01")
    assert [s.speaker for s in article.statements] == ["France", "Italy"]
