"""Movement classes of round 18: joined prepositions of destination ("to X and to Y"), a phrasal
verb with a direct object before its particle ("moved equipment on to X").

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()


def _records(text: str) -> list[tuple[MovementKind, str | None, str | None, str | None]]:
    return movement_records(PARSER, text, "2023-03-14")


# ------------------------------------------------------------ "to X and to Y"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The Tariq bin Ziyad Brigade withdrew from Gharyan to Tarhuna and to Bani Walid.",
            MovementKind.WITHDRAW,
        ),
        (
            "Russian contractors moved some equipment on from Benghazi to Sabha and to Tarhuna.",
            MovementKind.DEPLOY,
        ),
        (
            "The Libyan National Army sent armoured units to Tarhuna and to Bani Walid on Monday.",
            MovementKind.DEPLOY,
        ),
    ],
)
def test_each_joined_preposition_of_destination_is_a_leg(text: str, kind: MovementKind) -> None:
    found = _records(text)
    dests = {dest for k, _, dest, _ in found if k is kind}
    assert {"Tarhuna"} <= dests, found
    assert {"Bani Walid", "Sabha"} & dests, found


def test_a_chain_from_one_place_keeps_its_origin_on_every_leg() -> None:
    found = _records("Russian contractors had moved their radars from Benghazi to Sabha and to Tarhuna.")
    legs = {(dest, origin) for kind, _, dest, origin in found if kind is MovementKind.DEPLOY}
    assert legs == {("Sabha", "Benghazi"), ("Tarhuna", "Benghazi")}, found


def test_a_preposition_joined_to_a_time_adds_no_place() -> None:
    found = _records("The Libyan National Army sent troops to Sirte in May and again in June.")
    assert [dest for _, _, dest, _ in found] == ["Sirte"], found


def test_onward_legs_still_start_where_the_first_ended() -> None:
    found = _records("The Kaniyat militia fled toward Bani Walid and on to Sabha.")
    assert (MovementKind.WITHDRAW, "Kaniyat", "Sabha", "Bani Walid") in found, found


# ------------------------------------------------------------ "moved equipment on to X"


def test_an_object_before_the_particle_is_what_was_moved() -> None:
    found = _records("Russian contractors moved their air-defence systems on to Sabha in March.")
    assert [k for k, _, dest, _ in found if dest == "Sabha"] == [MovementKind.DEPLOY], found


def test_the_phrasal_verb_without_an_object_still_advances() -> None:
    found = _records("The Libyan National Army moved on to Sirte after taking Nofaliya.")
    assert (MovementKind.ADVANCE, "Libyan National Army", "Sirte", None) in found, found


# ------------------------------------------------------------ "the jihadists", "the brigades, which fight under ..."


def test_the_jihadists_are_the_group_called_so_not_the_nearer_side() -> None:
    found = _records(
        "Government forces pushed into Sirte, squeezing Islamic State militants into the port. "
        "The Nawasi Brigade left Tripoli for the front after the jihadists overran the checkpoint at Abu Grein."
    )
    takers = {actor for kind, actor, dest, _ in found if kind is MovementKind.CAPTURE and dest == "Abu Grein"}
    assert takers == {"Islamic State"}, found


def test_brigades_fighting_under_a_banner_are_that_group_here_and_later() -> None:
    found = _records(
        "The brigades, which fight under the banner of Bunyan al-Marsous, set off from Misrata in May. "
        "Within weeks the brigades had retaken Abu Grein."
    )
    assert (MovementKind.ADVANCE, "Bunyan Marsous", None, "Misrata") in found, found
    assert (MovementKind.CAPTURE, "Bunyan Marsous", "Abu Grein", None) in found, found


def test_brigades_under_a_command_are_not_named_by_the_commander() -> None:
    found = _records(
        "The brigades, which fight under the command of Khalifa Haftar, set off from Benghazi in May."
    )
    assert not any(actor == "Khalifa Haftar" for _, actor, _, _ in found), found


# ------------------------------------------------------------ "dozens of vehicles ..., before some of them"


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses told reporters that dozens of pickup trucks had driven into Ain Zara late on Monday, "
        "before some of them pulled back towards Tarhuna.",
        "Two residents said that dozens of armed vehicles entered Ain Zara on Monday before they pulled back "
        "towards Tarhuna.",
    ],
)
def test_a_pronoun_after_an_unnamed_plural_subject_is_not_the_witnesses(text: str) -> None:
    found = _records(text)
    # no withdrawal for the witnesses; since round 35 an unowned convoy in a story naming no
    # side moves as itself, so "they" may pull back as the vehicles
    withdrawn = [actor for kind, actor, _, _ in found if kind is MovementKind.WITHDRAW]
    assert all(actor is not None and ("vehicles" in actor or "trucks" in actor) for actor in withdrawn), found


def test_a_pronoun_after_a_plural_subject_naming_an_actor_is_that_actor() -> None:
    found = _records(
        "Residents said that hundreds of armed men had gathered in Janzour before they withdrew to Zawiya."
    )
    assert any(kind is MovementKind.WITHDRAW and actor == "armed men" for kind, actor, _, _ in found), found


def test_a_pronoun_after_a_named_plural_subject_is_that_side() -> None:
    found = _records("Dozens of LNA fighters entered Sirte on Monday before some of them withdrew to Jufra.")
    assert (MovementKind.WITHDRAW, "Libyan National Army", "Jufra", None) in found, found


def test_a_reporter_still_binds_its_own_pronoun() -> None:
    found = _records(
        "The Libyan National Army entered Sirte on Monday. Residents said they had fled to Misrata."
    )
    assert any(
        kind is MovementKind.WITHDRAW and dest == "Misrata" and actor for kind, actor, dest, _ in found
    ), found


# ------------------------------------------------------------ "swept into X, seizing ..."


def test_an_entry_told_by_its_participle_of_capture_is_one_capture() -> None:
    found = _records(
        "Government forces swept into Tarhuna on Friday, seizing the last stronghold of the LNA."
    )
    assert [kind for kind, _, dest, _ in found if dest == "Tarhuna"] == [MovementKind.CAPTURE], found


def test_an_entry_and_a_capture_told_as_two_verbs_stay_two() -> None:
    found = _records("Government forces swept into Tarhuna on Friday and seized the town.")
    kinds = {kind for kind, _, dest, _ in found if dest == "Tarhuna"}
    assert kinds == {MovementKind.ADVANCE, MovementKind.CAPTURE}, found


def test_a_participle_taking_another_place_keeps_the_entry() -> None:
    found = _records("Government forces pushed into Tarhuna, capturing Gharyan on the way.")
    assert {(kind, dest) for kind, _, dest, _ in found} == {
        (MovementKind.ADVANCE, "Tarhuna"),
        (MovementKind.CAPTURE, "Gharyan"),
    }, found


# ------------------------------------------------------------ "rebels crossed into Chad"


def test_an_armed_group_crossing_into_a_country_advances() -> None:
    found = _records("Chadian rebels based in southern Libya crossed from Libya into Niger in April.")
    assert [kind for kind, _, dest, _ in found if dest == "Niger"] == [MovementKind.ADVANCE], found


def test_troops_going_to_a_country_still_deploy() -> None:
    found = _records("Turkish troops are going to Libya, the president said.")
    assert [kind for kind, _, dest, _ in found if dest == "Libya"] == [MovementKind.DEPLOY], found


# ------------------------------------------------------------ a withdrawal told again


def test_a_withdrawal_told_again_without_destination_is_one_withdrawal() -> None:
    found = _records(
        "GNA fighters pulled back from Sirte toward Abu Grein on Monday. "
        "The GNA said its forces had withdrawn from Sirte to protect civilians."
    )
    assert [(kind, dest, origin) for kind, _, dest, origin in found] == [
        (MovementKind.WITHDRAW, "Abu Grein", "Sirte")
    ], found


def test_the_other_side_leaving_the_same_place_is_its_own_withdrawal() -> None:
    found = _records(
        "GNA fighters pulled back from Sirte toward Abu Grein on Monday. LNA fighters withdrew from Sirte on Tuesday."
    )
    assert (
        len([kind for kind, _, _, origin in found if kind is MovementKind.WITHDRAW and origin == "Sirte"])
        == 2
    )


# ------------------------------------------------------------ "the recapture of the Gharyan area"


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday the Libyan National Army announced the recapture of the Gharyan area.",
        "On Saturday the Libyan National Army announced its recapture of the western and eastern Gharyan areas.",
    ],
)
def test_a_place_name_read_as_a_modifier_of_an_area_is_the_place(text: str) -> None:
    found = _records(text)
    assert [(kind, (dest or "").endswith("Gharyan")) for kind, _, dest, _ in found] == [
        (MovementKind.CAPTURE, True)
    ], found


# ------------------------------------------------------------ "forces loyal to X <verb> Y"


@pytest.mark.parametrize(
    "text",
    [
        "Forces loyal to Khalifa Haftar had moved against Islamist militias in Benghazi on Friday.",
        "Forces loyal to Khalifa Haftar attacked the Zintan brigades in Benghazi on Friday.",
    ],
)
def test_forces_loyal_to_a_person_are_not_the_group_they_attack(text: str) -> None:
    found = _records(text)
    assert [(kind, actor) for kind, actor, dest, _ in found if dest == "Benghazi"] == [
        (MovementKind.ADVANCE, "Libyan National Army")
    ], found


def test_forces_loyal_to_a_named_group_still_serve_it() -> None:
    found = _records(
        "Forces loyal to the Libyan National Army attacked the Zintan brigades in Benghazi on Friday."
    )
    assert {actor for _, actor, _, _ in found} == {"Libyan National Army"}, found


# ------------------------------------------------------------ "repositioned outside X"


def test_repositioning_outside_a_town_leaves_it() -> None:
    found = _records(
        "The Libyan National Army said its units had repositioned outside Tarhuna to spare civilians."
    )
    assert (MovementKind.WITHDRAW, "Libyan National Army", None, "Tarhuna") in found, found


def test_being_deployed_outside_a_town_is_still_a_deployment_there() -> None:
    found = _records("Libyan National Army units were deployed outside Sirte on Monday.")
    assert [(kind, dest) for kind, _, dest, _ in found] == [(MovementKind.DEPLOY, "Sirte")], found
