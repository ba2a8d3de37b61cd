"""Where movements come from (round 26): origins told by a "from X" phrase the parser hangs
away from the verb.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import MovementRecord, movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2022-06-01"


def _records(text: str) -> list[MovementRecord]:
    return movement_records(PARSER, text, PUBLISHED)


def _origins(text: str) -> set[str | None]:
    return {origin for _kind, _actor, _dest, origin in _records(text)}


# ------------------------------------------- "sent a team of surgeons from X": the members' "from"


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        (
            "The Health Ministry sent a team of surgeons from Benghazi to Derna on Tuesday.",
            "Benghazi",
            "Derna",
        ),
        (
            "The Red Crescent dispatched a column of trucks and a unit of volunteers from Zliten to Sirte.",
            "Zliten",
            "Sirte",
        ),
        ("The Interior Ministry sent a unit of police to Sabha from Tripoli.", "Tripoli", "Sabha"),
    ],
)
def test_the_members_of_a_group_sent_tell_where_it_set_out(text: str, origin: str, dest: str) -> None:
    records = _records(text)
    assert [(kind, d, o) for kind, _actor, d, o in records] == [(MovementKind.DEPLOY, dest, origin)]


def test_a_group_sent_from_a_town_with_no_destination_is_still_sent_from_it() -> None:
    assert _origins("The Health Ministry sent a convoy of ambulances from Misrata.") == {"Misrata"}


@pytest.mark.parametrize(
    "text",
    [
        "The army sent a brigade of soldiers to Sirte to protect people from Misrata.",
        "The army sent a convoy of trucks to Sirte.",
    ],
)
def test_no_origin_without_a_from_phrase_on_what_was_sent(text: str) -> None:
    assert _origins(text) == {None}


# ------------------------------------------------ "forces from X" inside a sentence stay X's


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        (
            "Guards were seen in the city, while forces from Misrata drove in along the coastal road "
            "and took up positions near Tajoura.",
            "Tajoura",
        ),
        ("After the talks, brigades from Misrata moved into Sirte.", "Sirte"),
    ],
)
def test_forces_from_a_town_set_out_from_it_wherever_the_phrase_stands(text: str, dest: str) -> None:
    records = _records(text)
    assert [(d, o) for _kind, _actor, d, o in records] == [(dest, "Misrata")]


def test_the_town_in_forces_from_it_is_a_place() -> None:
    article = PARSER.parse("Witnesses said that on Monday forces from Misrata were seen in the area.")
    assert "Misrata" in {loc.name for loc in article.locations}


# ---------------------------------------- "abandoned their positions on the edge of X": X is left


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Wagner mercenaries abandoned their positions on the southern edge of Tripoli.",
        "Government troops overran al-Watiya air base on Monday. Days later, Wagner mercenaries "
        "abandoned their positions on the southern edge of the capital.",
    ],
)
def test_positions_on_the_edge_of_a_town_are_left_from_the_town(text: str) -> None:
    records = [r for r in _records(text) if r[0] is MovementKind.WITHDRAW]
    assert [(d, o) for _kind, _actor, d, o in records] == [(None, "Tripoli")]


def test_pushed_out_to_the_edge_of_a_town_does_not_go_to_the_town() -> None:
    assert all(
        dest != "Sirte"
        for _k, _a, dest, _o in _records("Local fighters pushed the LNA out to the edge of Sirte.")
    )


# ------------------------------------------------ "left the compound": the camp or prison just named


def test_the_compound_is_the_detention_centre_just_named() -> None:
    text = (
        "A strike hit the Tajoura detention centre late on Tuesday, killing dozens of migrants. "
        "By morning, hundreds of survivors had left the compound."
    )
    assert _origins(text) == {"Tajoura detention centre"}


def test_the_compound_is_not_a_hospital_just_named() -> None:
    text = "A hospital in Sirte was shelled on Monday. The wounded fighters left the compound."
    assert "Sirte" not in _origins(text)


# ------------------------------- townspeople who fled to another town fled from the story's town

HOME_STORY = (
    "Shelling returns to Gharyan\n\n"
    "Rockets fell on Gharyan on Monday for the third day. The hospital in Gharyan said four people "
    "were hurt, and the market in the centre of Gharyan stayed shut. "
    "Residents who had fled to Tripoli last year said they would not come back yet."
)


def test_residents_who_fled_to_a_town_fled_from_the_story_town() -> None:
    records = [r for r in _records(HOME_STORY) if r[0] is MovementKind.WITHDRAW]
    assert [(d, o) for _k, _a, d, o in records] == [("Tripoli", "Gharyan")]


def test_workers_evacuated_to_a_town_are_not_given_the_story_town() -> None:
    text = HOME_STORY.replace("Residents who had fled", "Oil workers who had been evacuated")
    assert "Gharyan" not in _origins(text)


def test_no_story_town_when_two_towns_are_named_alike() -> None:
    text = (
        "Fighting spread from Gharyan to Zintan on Monday. Shops in Zintan and in Gharyan closed. "
        "Residents who had fled to Tripoli said they would wait."
    )
    assert _origins(text) <= {None}


def test_a_capture_told_earlier_is_not_where_fleeing_residents_left() -> None:
    text = HOME_STORY.replace("Residents who", "Government forces took Asaba on Friday. Residents who")
    assert {o for k, _a, _d, o in _records(text) if k is MovementKind.WITHDRAW} == {"Gharyan"}


def test_a_capture_in_the_same_sentence_is_where_people_held_there_left() -> None:
    text = (
        "On 23 April gunmen stormed the detention centre at Qasr bin Ghashir, and the migrants "
        "held there were later evacuated to Zawiya."
    )
    withdrawals = [(d, o) for k, _a, d, o in _records(text) if k is MovementKind.WITHDRAW]
    assert withdrawals == [("Zawiya", "Qasr bin Ghashir")]


# --------------------------------- "the militia, who had held the town, fled": the town is left


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Government forces reached Tarhuna on Friday. The Kaniyat militia, who had held the town "
            "for Haftar since 2015, fled towards Bani Walid.",
            "Tarhuna",
        ),
        ("Militants holding the port of Sirte withdrew on Monday.", "Port of Sirte"),  # a known site
    ],
)
def test_a_place_the_mover_held_is_the_place_it_left(text: str, origin: str) -> None:
    assert {o for k, _a, _d, o in _records(text) if k is MovementKind.WITHDRAW} == {origin}


def test_a_thing_held_that_is_no_place_gives_no_origin() -> None:
    text = "Fighters who held a press conference in Tripoli on Sunday later withdrew."
    assert _origins(text) <= {None}


# ------------------------------------ "went back to X, but they left again": X is where they left


def test_leaving_again_sets_out_from_where_the_mover_last_went() -> None:
    text = (
        "Hundreds of families fled Ain Zara during the week. Some displaced families went back to "
        "Salah al-Din on 9 May during a lull, but they left again that evening when shelling resumed."
    )
    withdrawals = [o for k, _a, _d, o in _records(text) if k is MovementKind.WITHDRAW]
    assert withdrawals == ["Ain Zara", "Salah al-Din"]


def test_a_capture_then_a_withdrawal_again_leaves_the_place_taken() -> None:
    text = "Rebel fighters entered Brega on Monday but withdrew again on Tuesday."
    assert {o for k, _a, _d, o in _records(text) if k is MovementKind.WITHDRAW} == {"Brega"}


def test_a_withdrawal_without_again_is_not_given_the_last_place_reached() -> None:
    text = (
        "Some displaced families went back to Salah al-Din on 9 May during a lull. "
        "Two days later the rebels said that Libyan National Army fighters had withdrawn."
    )
    assert "Salah al-Din" not in {o for k, _a, _d, o in _records(text) if k is MovementKind.WITHDRAW}
