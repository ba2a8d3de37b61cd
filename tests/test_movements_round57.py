"""Round 57: movers the parser named wrongly or not at all.

- A commander's men: an unnamed commander whose own phrase names his group ("a commander of the
  Y said his men had entered X") moves as that group; a person introduced by his group's pronoun
  ("Their commander, Ali Bashir, said his men ...") leads the group the pronoun takes up, so his
  men move as it, never as the person.
- A transfer told actively ("IOM teams drove the group to X", "the agency took them to Y", "the
  coastguard brought them back to Z"): the people carried (the moved people "the group" or "them"
  takes up) are the movers, as in the passive "the group was taken to X" (gold: the moved people
  travel); "took them hostage", a thing taken somewhere and "drove them out" stay as they were.
  A time the parse hangs under a participle describing the place they go ("shelters run by
  partners in X on Tuesday") is the transfer's.
- A set-out and an arrival told as two verbs are one move from the first place to the second (the
  genre gold's "set out from X ... reached Y"): where the parser hangs "set out" on its subject as
  a participle, the finite verb joined to it by "and" still has that subject; a force that "set off
  from X and arrived in Y" makes one deployment (the arrival's kind).

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _movement_records import actor_moves, movement_days

from libya_events import Parser

PARSER = Parser()


def _movers_to(text: str, place: str, published: str = "2019-05-20") -> list[str | None]:
    return [actor for actor, _kind, _origin, dest in actor_moves(PARSER, text, published) if dest == place]


# ------------------------------------------------------------ a commander's men


@pytest.mark.parametrize(
    "text",
    [
        "A commander of the Nawasi Brigade said his men had entered Tajoura overnight.",
        "A commander from the Nawasi Brigade told reporters his fighters had pushed into Tajoura.",
        "A field commander with the Nawasi Brigade said his men had moved into Tajoura on Sunday.",
    ],
)
def test_an_unnamed_commanders_men_are_the_group_his_phrase_names(text: str) -> None:
    assert _movers_to(text, "Tajoura") == ["Nawasi brigade"]


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Nawasi Brigade held the coast road. Their commander, Ali Bashir, said his men had"
        " entered Tajoura overnight.",
        "Fighters of the Nawasi Brigade held the coast road. Their commander, who goes by the name Abu Ali,"
        " said his men had entered Tajoura overnight.",
        "The Nawasi Brigade held the coast road. Its commander, Colonel Ali Bashir, said his fighters had"
        " pushed into Tajoura.",
    ],
)
def test_a_commander_owned_by_his_groups_pronoun_leads_it(text: str) -> None:
    assert _movers_to(text, "Tajoura") == ["Nawasi brigade"]


def test_a_leader_owned_by_people_who_are_no_group_keeps_his_men() -> None:
    # "their" takes up villagers, no armed group: no group is made of the leader's men
    text = (
        "The villagers of Qasr al-Akhyar met on Friday. Their leader, Ali Bashir, said his men had"
        " entered Tajoura overnight."
    )
    assert "Nawasi brigade" not in _movers_to(text, "Tajoura")


# ------------------------------------------------------ a transfer told actively


@pytest.mark.parametrize(
    ("text", "movers", "place"),
    [
        (
            "About 140 migrants were released from the Tajoura centre on Monday. IOM teams drove the group"
            " to two shelters in Janzour on Tuesday.",
            "migrants",
            "Janzour",
        ),
        (
            "About 140 migrants were released from the Tajoura centre on Monday. Agency staff took them to a"
            " shelter in Janzour.",
            "migrants",
            "Janzour",
        ),
        (
            "Ninety migrants were stopped at sea off Sabratha. The coastguard brought them back to Tripoli.",
            "migrants",
            "Tripoli",
        ),
        ("Red Crescent volunteers drove 40 families to Tobruk on Friday.", "families", "Tobruk"),
    ],
)
def test_people_carried_by_an_agency_are_the_movers(text: str, movers: str, place: str) -> None:
    moves = actor_moves(PARSER, text, "2021-10-27")
    assert (movers, "travel", None, place) in moves, moves


def test_people_taken_hostage_are_no_transfer() -> None:
    text = "Ninety migrants were found near Sabratha. Gunmen took them hostage on Friday."
    assert all(actor != "migrants" for actor, *_ in actor_moves(PARSER, text, "2021-10-27"))


def test_a_thing_taken_somewhere_is_no_transfer() -> None:
    text = "Ninety migrants were found near Sabratha. The brigade took the boats to Zawiya."
    assert all(actor != "migrants" for actor, *_ in actor_moves(PARSER, text, "2021-10-27"))


# ------------------------------------------------ a set-out and an arrival: one move


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        (
            "The delegation set out from Tripoli on Monday and reached Ghadames by nightfall.",
            "Tripoli",
            "Ghadames",
        ),
        (
            "Hundreds of families set out from Tawergha at dawn and reached Benghazi three days later.",
            "Tawergha",
            "Benghazi",
        ),
        (
            "The Nawasi Brigade set off from Tripoli on Monday and arrived in Garabulli late that night.",
            "Tripoli",
            "Garabulli",
        ),
    ],
)
def test_a_set_out_and_an_arrival_are_one_move(text: str, origin: str, dest: str) -> None:
    moves = actor_moves(PARSER, text, "2019-05-20")
    assert [(o, d) for _actor, _kind, o, d in moves] == [(origin, dest)], moves


def test_a_force_that_set_off_and_arrived_is_deployed() -> None:
    text = "The Nawasi Brigade set off from Tripoli on Monday and arrived in Garabulli late that night."
    assert actor_moves(PARSER, text, "2019-05-20") == [("Nawasi brigade", "deploy", "Tripoli", "Garabulli")]


def test_another_sides_arrival_is_no_end_of_the_set_out() -> None:
    text = (
        "Fighters of the Nawasi Brigade set off from Tripoli on Monday, and Misrata forces arrived in"
        " Garabulli late that night."
    )
    moves = actor_moves(PARSER, text, "2019-05-20")
    assert ("Nawasi brigade", "advance", "Tripoli", None) in moves


def test_a_time_under_the_goals_description_is_the_transfers() -> None:
    text = (
        "About 80 migrants were freed on Monday from the centre in Gharyan.\n\nIOM teams drove the group"
        " to two shelters run by partner groups in Janzour on Tuesday, where they are given food."
    )
    assert movement_days(PARSER, text, "2021-10-28") == ["2021-10-26"]
