"""Movements found missing in the genre set (round 55, recall). A convoy or its vehicles marked
by the word that names a side ("a column of Misratan vehicles", "Zintani trucks", "the rebel
pickups", "Dawn columns" after Libya Dawn is named) move as that side, as "Misratan fighters"
do; an unmarked convoy or one marked by a word that names no side stays as it was.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_records

from libya_events import MovementKind, Parser

A, C, D, T, W = (
    MovementKind.ADVANCE,
    MovementKind.CAPTURE,
    MovementKind.DEPLOY,
    MovementKind.TRAVEL,
    MovementKind.WITHDRAW,
)

PARSER = Parser()


# ------------------------------------------- vehicles marked by their side's word


@pytest.mark.parametrize(
    ("text", "published", "actor", "dest"),
    [
        (
            "Residents said a column of Misratan vehicles drove into Tajoura late on Friday.",
            "2014-08-02",
            "Misrata forces",
            "Tajoura",
        ),
        (
            "On Sunday afternoon Zintani trucks were seen heading south toward Aziziya.",
            "2014-08-25",
            "Zintan brigades",
            "Aziziya",
        ),
        (
            "The front was quiet for a week. On Monday the rebel pickups rolled into Bin Jawad.",
            "2011-03-07",
            "Libyan rebels",
            "Bin Jawad",
        ),
        (
            "Libya Dawn shelled the airport on Friday. Dawn columns later moved from Gharyan to Kikla.",
            "2014-10-20",
            "Libya Dawn",
            "Kikla",
        ),
    ],
)
def test_vehicles_marked_by_a_side_move_as_that_side(
    text: str, published: str, actor: str, dest: str
) -> None:
    records = movement_records(PARSER, text, published)
    assert any(r[1] == actor and r[2] == dest for r in records), records


def test_marking_word_is_read_on_the_article_date() -> None:
    # "government" names the side of the day: Gaddafi's forces in 2011
    text = "Snipers held the square, and government tanks had pulled back toward the refinery in Zawiya."
    records = movement_records(PARSER, text, "2011-03-05")
    assert any(r[0] is W and r[1] == "Gaddafi loyalists" for r in records), records


def test_capitalised_word_of_no_named_group_names_no_side() -> None:
    # no group called "... Dawn" named before: the columns are no one's told side
    text = "Dawn columns later moved from Gharyan to Kikla."
    records = movement_records(PARSER, text, "2014-10-20")
    assert all(r[1] != "Libya Dawn" for r in records), records


def test_civilian_cars_are_no_side() -> None:
    text = "Misrata forces entered Sirte on Monday. Dozens of civilian cars drove west toward Tripoli."
    records = movement_records(PARSER, text, "2016-06-10")
    assert all(not (r[1] == "Misrata forces" and r[2] == "Tripoli") for r in records), records


# ------------------------------------------- a goal told as "the town" that is the town left


@pytest.mark.parametrize(
    "text",
    [
        "Libya Dawn forces moved up from Gharyan to relieve the town on Thursday.",
        "Libya Dawn forces pushed out from Gharyan towards the town before dawn.",
        "Libya Dawn forces moved from Gharyan on Monday to secure the city.",
    ],
)
def test_the_town_after_a_named_start_is_not_the_goal(text: str) -> None:
    records = movement_records(PARSER, text, "2014-10-20")
    dawn = [r for r in records if r[1] == "Libya Dawn"]
    assert dawn, records
    assert all(r[2] != "Gharyan" for r in dawn), records
    assert any(r[3] == "Gharyan" for r in dawn), records


def test_the_town_named_as_the_goal_keeps_it() -> None:
    # "to X from their positions near the town": X is named as the goal
    text = "GNA forces advanced to Tarhuna from their positions near the town."
    records = movement_records(PARSER, text, "2020-06-01")
    assert any(r[2] == "Tarhuna" for r in records), records


def test_driven_from_a_town_is_still_the_town_taken() -> None:
    text = "The rebels drove government troops from Kikla on Saturday."
    records = movement_records(PARSER, text, "2011-06-20")
    assert any(r[0] is C and r[2] == "Kikla" for r in records), records


def test_nationality_on_trucks_names_no_armed_force() -> None:
    text = "On Tuesday Egyptian trucks carrying flour and tents crossed into Libya at Salloum."
    records = movement_records(PARSER, text, "2023-09-14")
    assert all(r[1] != "Egyptian armed forces" for r in records), records


# ------------------------------------------- a share of a force moves as that force


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "The Kaniyat shelled Tarhuna on Monday. By dawn the rest of the force had pulled back to Bani Walid.",
            "Kaniyat",
            "Bani Walid",
        ),
        (
            "Misrata forces entered Sirte on Tuesday. By the evening the bulk of these units had moved on to Harawa.",
            "Misrata forces",
            "Harawa",
        ),
        (
            "Zintan brigades shelled the airport for a week. The remainder of the brigades withdrew to Zintan.",
            "Zintan brigades",
            "Zintan",
        ),
    ],
)
def test_share_of_a_force_moves_as_the_force(text: str, actor: str, dest: str) -> None:
    records = movement_records(PARSER, text, "2020-06-05")
    assert any(r[1] == actor and r[2] == dest for r in records), records


def test_share_of_a_town_is_no_force() -> None:
    text = "Misrata forces entered Sirte on Tuesday. The rest of the town stayed quiet."
    records = movement_records(PARSER, text, "2016-06-10")
    assert len([r for r in records if r[1] == "Misrata forces"]) == 1, records


# ------------------------------------------- one part of a side, raised to the subject of "seen"


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "A column of LNA vehicles left Jufra on Monday. A second column was reportedly seen "
            "heading for Sabha the next day.",
            "Libyan National Army",
            "Sabha",
        ),
        (
            "Misrata forces left Sirte on Monday morning. A second convoy was said to have reached Harawa by noon.",
            "Misrata forces",
            "Harawa",
        ),
    ],
)
def test_part_raised_to_the_subject_of_seen_moves_as_the_side(text: str, actor: str, dest: str) -> None:
    records = movement_records(PARSER, text, "2024-04-02")
    assert any(r[1] == actor and r[2] == dest for r in records), records


def test_part_after_another_group_is_named_is_not_the_last_mover() -> None:
    text = (
        "Wagner fighters left Jufra on Monday. Syrian fighters remain in camps near Tripoli, "
        "and one group was reportedly flown back to Turkey in March."
    )
    records = movement_records(PARSER, text, "2024-04-02")
    assert all(not (r[1] == "Wagner group" and r[2] == "Turkey") for r in records), records


# ------------------------------------------- people counted in words


@pytest.mark.parametrize(
    "text",
    [
        "Eight people who had asked for asylum were taken to Tripoli on Monday.",
        "Some three hundred people were transferred to Benghazi last week.",
        "Forty-five people crossed into Tunisia at Ras Jedir on Sunday.",
    ],
)
def test_people_counted_in_words_move(text: str) -> None:
    records = movement_records(PARSER, text, "2021-05-04")
    assert any(r[1] == "people" and r[2] is not None for r in records), records


def test_people_counted_in_words_who_suffer_do_not_move() -> None:
    text = "Eight people were killed when a shell hit a house in Ain Zara."
    records = movement_records(PARSER, text, "2021-05-04")
    assert all(r[1] != "people" for r in records), records


# ------------------------------------------- "the three leaders", "both men": the persons told moving


@pytest.mark.parametrize(
    ("text", "place", "persons"),
    [
        (
            "Fayez al-Sarraj flew to Rome on Monday, and Khalifa Haftar arrived there on Tuesday. "
            "The two men left Rome on Wednesday after the talks.",
            "Rome",
            {"Fayez al-Sarraj", "Khalifa Haftar"},
        ),
        (
            "Aguila Saleh arrived in Cairo on Sunday. Khalid al-Mishri flew in from Tripoli the same "
            "evening, and Abdul Hamid Dbeibah flew in from Misrata on Monday. The three leaders left Cairo on Tuesday.",
            "Cairo",
            {"Aguila Saleh", "Khalid al-Mishri", "Abdul Hamid Dbeibah"},
        ),
        (
            "Fayez al-Sarraj flew to Abu Dhabi on Monday, and Khalifa Haftar arrived there on Tuesday. "
            "Both men left Abu Dhabi on Wednesday.",
            "Abu Dhabi",
            {"Fayez al-Sarraj", "Khalifa Haftar"},
        ),
    ],
)
def test_counted_persons_are_those_told_moving(text: str, place: str, persons: set[str]) -> None:
    records = movement_records(PARSER, text, "2019-03-01")
    left = {r[1] for r in records if r[0] is W and r[3] == place}
    assert persons <= left, records


def test_count_larger_than_the_persons_told_names_none() -> None:
    text = "Fayez al-Sarraj flew to Rome on Monday. The two men left Rome on Wednesday."
    records = movement_records(PARSER, text, "2019-03-01")
    assert all(not (r[0] is W and r[1] == "Fayez al-Sarraj") for r in records), records


# ------------------------------------------- "X and the speaker of Y, Z,": Z moves


@pytest.mark.parametrize(
    "text",
    [
        "Khalifa Haftar and the speaker of the House of Representatives, Aguila Saleh, flew to Cairo on Monday.",
        "Khalifa Haftar and the head of the eastern parliament, Aguila Saleh, were flown to Cairo on Monday.",
    ],
)
def test_name_apposed_to_a_title_conjunct_moves(text: str) -> None:
    records = movement_records(PARSER, text, "2019-03-01")
    movers = {r[1] for r in records}
    assert {"Khalifa Haftar", "Aguila Saleh"} <= movers, records
    assert "House of Representatives" not in movers, records


def test_garrison_marked_by_a_side_moves_as_that_side() -> None:
    text = (
        "Rebel forces moved into Hun after elders negotiated the departure of the last loyalist "
        "garrison, which pulled back toward Sabha."
    )
    records = movement_records(PARSER, text, "2011-09-20")
    assert any(r[:3] == (W, "Gaddafi loyalists", "Sabha") for r in records), records
