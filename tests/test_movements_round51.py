"""Movements found missing in blind round 49b: one part of a group ("another unit", "one
group", "a second column") told as the passive subject of a verb that carries forces
("was sent east toward X", "was flown back to Y") is a part of the side told moving just
before, as the active "one column pushed on toward X" already was; an agentless capture told
right after a side's capture of another place is that side's; a deployment "to positions south
of X" is a deployment at X; and withdrawn forces a side "moved them to Y" are a deployment of
their own, not where the withdrawal went. A bare compass noun after "from" on a move into or on
a place ("moved into X from the south") or after "to" on a place lying that way ("towns to the
east") is a direction, not the country's region. A move noun made an aim ("made the departure of X a
priority") is wanted, not made.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import MovementKind, Parser

C, D, W = MovementKind.CAPTURE, MovementKind.DEPLOY, MovementKind.WITHDRAW

PARSER = Parser()


# ------------------------------------------- a part of a group as a passive subject


def test_another_unit_sent_with_a_compass_word_is_the_side_told_before() -> None:
    text = "Rebel fighters entered Gharyan on Monday. Another unit was sent east toward Tarhuna on Tuesday."
    assert (D, "Libyan rebels", "Tarhuna", None) in movement_records(PARSER, text)


def test_a_second_column_dispatched_is_the_side_told_before() -> None:
    text = "Misratan brigades pushed into Zliten at dawn. A second column was dispatched to Khoms the same evening."
    records = movement_records(PARSER, text)
    assert [r for r in records if r[2] == "Khoms"] == [(D, "Misrata forces", "Khoms", None)]  # round 65


def test_one_group_flown_home_is_part_of_the_fighters_told_before() -> None:
    text = "Syrian fighters were deployed to Tripoli in January. In March one group was flown back to Turkey."
    records = movement_records(PARSER, text)
    assert [r for r in records if r[2] == "Turkey"] == [(W, "Syrian fighters", "Turkey", None)]


def test_a_part_noun_with_an_owner_is_not_a_bare_part() -> None:
    # "one unit of the Nawasi Brigade" names its own side: the rule leaves it to that name
    text = (
        "Rebel fighters entered Gharyan on Monday. "
        "One unit of the Nawasi Brigade was sent toward Tarhuna on Tuesday."
    )
    actors = {r[1] for r in movement_records(PARSER, text) if r[2] == "Tarhuna"}
    assert "Libyan rebels" not in actors


def test_a_captured_town_is_no_part_of_a_group() -> None:
    # a passive verb of taking a place is not one of carrying forces: no part of a side moved
    text = "Rebel fighters entered Gharyan on Monday. One unit was captured near Tarhuna on Tuesday."
    assert [r for r in movement_records(PARSER, text) if r[2] == "Tarhuna"] == []


# ------------------------------------------- an agentless capture in a run of captures


def test_a_place_taken_after_a_run_of_captures_is_the_same_sides() -> None:
    text = "LNA forces seized Brega on Monday. Zueitina was taken the following day."
    assert (C, "Libyan National Army", "Zueitina", None) in movement_records(PARSER, text)


def test_a_place_seized_after_two_captures_is_the_same_sides() -> None:
    text = "Rebel fighters captured Zawiya and Surman on Friday. Sabratha was seized on Saturday."
    assert (C, "Libyan rebels", "Sabratha", None) in movement_records(PARSER, text)


def test_a_retaking_with_no_agent_is_no_ones() -> None:
    # a place taken back may be the other side's: no taker is guessed
    text = "LNA forces seized Brega on Monday. Ajdabiya was recaptured the following day."
    assert [r for r in movement_records(PARSER, text) if r[2] == "Ajdabiya"] == []


def test_an_agentless_capture_after_another_kind_of_move_is_no_ones() -> None:
    text = "LNA forces seized Brega on Monday. Haftar flew to Cairo. Zueitina was taken the following day."
    assert [r for r in movement_records(PARSER, text) if r[2] == "Zueitina"] == []


# ------------------------------------------- a deployment to unnamed posts placed by a compass word


def test_units_moved_to_positions_south_of_a_town_are_deployed_there() -> None:
    text = "The LNA moved its heavy units to positions south of Sirte on Sunday."
    assert movement_records(PARSER, text) == [(D, "Libyan National Army", "Sirte", None)]


def test_troops_sent_to_new_positions_just_west_of_a_town_are_deployed_there() -> None:
    text = "Misratan brigades sent troops to new positions just west of Sirte on Monday."
    assert movement_records(PARSER, text) == [(D, "Misrata forces", "Sirte", None)]


def test_battalions_deployed_to_a_line_north_of_a_town_are_deployed_there() -> None:
    text = "The LNA deployed two battalions to a line north of Gharyan."
    assert movement_records(PARSER, text) == [(D, "Libyan National Army", "Gharyan", None)]


def test_a_withdrawal_to_positions_east_of_a_town_does_not_reach_it() -> None:
    # pulled back "to positions east of X" may well have left X: no destination is read
    text = "GNA forces pulled back to positions east of Sirte."
    assert [r[2] for r in movement_records(PARSER, text)] == [None]


# ------------------------------------------- withdrawn forces posted anew


def test_units_withdrawn_and_moved_again_are_a_deployment_of_their_own() -> None:
    text = (
        "The LNA had withdrawn its heavy units from the port on Sunday and moved them to "
        "positions south of Sirte to guard against any attack."
    )
    assert movement_records(PARSER, text) == [
        (W, "Libyan National Army", None, None),
        (D, "Libyan National Army", "Sirte", None),
    ]


def test_artillery_withdrawn_and_redeployed_is_a_deployment_of_its_own() -> None:
    text = "GNA forces withdrew their artillery from the airport and redeployed it to Tarhuna."
    records = movement_records(PARSER, text)
    assert (D, "Government of National Accord forces", "Tarhuna", None) in records
    assert [r for r in records if r[0] is W and r[2] == "Tarhuna"] == []


def test_a_force_that_pulled_out_and_moved_on_is_one_withdrawal() -> None:
    # no object on the second verb: the force itself went on, one withdrawal from X to Y
    text = "GNA forces pulled out of Gharyan and moved to Tarhuna."
    assert movement_records(PARSER, text) == [
        (W, "Government of National Accord forces", "Tarhuna", "Gharyan")
    ]


# ------------------------------------------- a bare compass noun that is a direction, not a region


def _regions(text: str) -> set[str]:
    article = PARSER.parse(text, published="2022-06-01")
    return {loc.name for loc in article.locations if loc.name.endswith("Libya") and loc.name != "Libya"}


def test_moved_into_a_place_from_the_south_is_a_side_not_a_region() -> None:
    text = "Misratan fighters moved into Ain Zara from the south on Sunday."
    assert _regions(text) == set()
    assert movement_records(PARSER, text) == [(MovementKind.ADVANCE, "Misrata forces", "Ain Zara", None)]


def test_advanced_on_a_place_from_the_east_is_a_side_not_a_region() -> None:
    assert _regions("LNA units advanced on Gharyan from the east on Saturday.") == set()
    assert _regions("LNA forces advanced from the south toward the capital.") == set()


def test_a_second_joined_side_after_from_is_a_side_too() -> None:
    assert _regions("LNA forces tried to push into the capital from the west and the south.") == set()


def test_flown_from_the_east_into_a_town_is_still_the_region() -> None:
    # the region before the place entered: where the fighters were flown from
    assert _regions("The LNA had flown fighters from the east into Gharyan.") == {"eastern Libya"}


def test_places_lying_to_the_east_are_no_region() -> None:
    assert _regions("Families fled toward Bayda and al-Marj, towns to the east.") == set()
    assert _regions("The fighters crossed farmland to the south so as to avoid the highway.") == set()
    assert _regions("Traffic was diverted to the Wazin crossing far to the south.") == set()


def test_reinforcements_sent_to_the_south_still_go_to_the_region() -> None:
    assert _regions("The council sent reinforcements to the south on Monday.") == {"southern Libya"}


# ------------------------------------------- a move noun made an aim is wanted, not made


def test_a_departure_made_a_priority_is_no_movement() -> None:
    text = "The government in Tripoli has made the departure of foreign forces a priority."
    assert movement_records(PARSER, text) == []


def test_a_withdrawal_made_a_main_goal_is_no_movement() -> None:
    text = "The new government made the withdrawal of Turkish troops its main goal."
    assert movement_records(PARSER, text) == []


def test_a_departure_that_made_a_town_quieter_is_still_told() -> None:
    # the move noun is the subject of "made", not what it makes an aim: a move told as made
    text = "The departure of foreign forces made the town quieter."
    assert [r[0] for r in movement_records(PARSER, text)] == [W]


def test_a_swift_advance_made_is_still_an_advance() -> None:
    text = "The LNA made a swift advance on Sirte."
    assert movement_records(PARSER, text) == [(MovementKind.ADVANCE, "Libyan National Army", "Sirte", None)]
