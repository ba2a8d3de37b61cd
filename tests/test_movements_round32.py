"""Movement classes of round 32.

"Make for X" is a journey to X, as "make towards X" is. A part of a group told by a pronoun
("many of them", "some of them") in what an unnamed source reports ("commanders said",
"witnesses said") is part of the group the source tells about, not of the source itself. A road
named by a place ("on the airport road toward X") is the way, not the destination. A return
naming no place after a journey to a place is the way back, its own move. People (not a force)
crossing a border out of Libya flee. A plural pronoun inside a quotation is not the side the
narration last told moving, and "their retreat" after a body that only speaks is the side that
just moved. The goal of a departure the parser hangs on the place left ("leave X for Y") is
where the movers go, and a goal said again after an aside ("for X, a town ..., or for Y") is
reached too.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2020-03-15"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- "make for X" ---------------------------------------------------------------------------


def test_make_for_names_where_a_force_goes() -> None:
    quads = _quads("The LNA column was making for Sirte on Monday.")
    assert ("advance", "Libyan National Army", None, "Sirte") in quads


def test_make_for_continues_a_flight() -> None:
    quads = _quads(
        "Gaddafi loyalists fled Tripoli on Monday. Many of them were making for Bani Walid by the desert road."
    )
    assert ("withdraw", "Gaddafi loyalists", "Bani Walid") in {(k, a, d) for k, a, _o, d in quads}


def test_make_for_without_a_place_is_no_movement() -> None:
    assert _quads("The government made for a difficult partner, diplomats said.") == []


# --- "sources said many of them ..." ---------------------------------------------------------


def test_part_of_a_group_told_by_commanders_is_not_the_commanders() -> None:
    quads = _quads(
        "Gaddafi loyalists fled Tripoli on Monday. Rebel commanders told reporters that many of them were heading for Bani Walid."
    )
    movers = {actor for _k, actor, _o, dest in quads if dest == "Bani Walid"}
    assert movers == {"Gaddafi loyalists"}


def test_part_of_a_group_told_by_officials_is_not_the_officials() -> None:
    quads = _quads(
        "Displaced families fled Sirte on Monday. Officials said most of them had gone to Ajdabiya."
    )
    movers = {actor for _k, actor, _o, dest in quads if dest == "Ajdabiya"}
    assert movers == {"Displaced families"}


def test_a_source_telling_of_its_own_people_is_still_them() -> None:
    quads = _quads("Residents fled Sirte on Monday. The residents said many of them had gone to Ajdabiya.")
    assert ("withdraw", "Residents", "Ajdabiya") in {(k, a, d) for k, a, _o, d in quads}


# --- "on the airport road toward X": a road named by a place is the way, not the goal --------


def test_a_road_named_by_a_place_is_not_where_the_move_goes() -> None:
    quads = _quads(
        "Libya Dawn took Tripoli International Airport on Saturday. "
        "Zintani fighters drove south on the airport road toward Aziziya after dark."
    )
    dests = {dest for _k, actor, _o, dest in quads if actor == "Zintan brigades"}
    assert dests == {"Aziziya"}


def test_a_road_named_by_a_town_is_not_that_town() -> None:
    quads = _quads("LNA forces moved west on the Sirte road toward Bin Jawad.")
    assert {dest for _k, _a, _o, dest in quads} == {"Bin Jawad"}


def test_the_far_end_of_a_road_is_still_reached() -> None:
    quads = _quads("GNA forces drove east on the coast road to Sirte.")
    assert ("advance", "Government of National Accord forces", None, "Sirte") in quads


# --- "flew to Cairo ... he returned": the way back is another move ------------------------------


def test_a_return_after_a_journey_is_its_own_move() -> None:
    quads = _quads(
        "Khalifa Haftar flew to Cairo at the weekend. He returned on Monday with new pledges of aid."
    )
    assert ("travel", "Khalifa Haftar", None, "Cairo") in quads
    assert ("travel", "Khalifa Haftar", None, None) in quads


def test_a_return_in_the_same_sentence_is_its_own_move() -> None:
    quads = _quads("Fathi Bashagha travelled to Ankara on Sunday, and he returned two days later.")
    assert ("travel", "Fathi Bashagha", None, "Ankara") in quads
    assert len([q for q in quads if q[1] == "Fathi Bashagha"]) == 2


def test_a_return_told_twice_is_one_move() -> None:
    quads = _quads("Khalifa Haftar returned to Benghazi on Sunday. He returned with promises of support.")
    assert quads == [("travel", "Khalifa Haftar", None, "Benghazi")]


# --- "his family crossed into Algeria": people crossing out of Libya flee ----------------------


def test_a_family_crossing_out_of_libya_withdraws() -> None:
    quads = _quads("Gaddafi's wife Safia crossed into Algeria with her grandchildren on 29 August.")
    assert ("withdraw", "Safia Gaddafi", None, "Algeria") in quads


def test_a_person_crossing_into_a_neighbouring_country_withdraws() -> None:
    quads = _quads("Ali Zeidan crossed into Tunisia on Sunday, a border official said.")
    assert ("withdraw", "Ali Zeidan", None, "Tunisia") in quads


def test_people_crossing_into_libya_do_not_flee() -> None:
    quads = _quads("Egyptian rescue teams crossed into Libya on Monday with tents and food.")
    assert quads
    assert all(kind != "withdraw" for kind, _a, _o, _d in quads)


def test_a_force_crossing_out_of_libya_advances() -> None:
    quads = _quads("FACT rebels crossed into Chad on Sunday and attacked an army post.")
    assert ("advance", "Front for Change and Concord in Chad", None, "Chad") in quads


# --- '"They ran away," a fighter said': a quoted "they" is not the side just told moving -------


def test_a_quoted_they_is_not_the_side_told_before_the_quote() -> None:
    quads = _quads(
        'Rebel fighters entered Brega on Monday. "They fled before dawn without their trucks," one fighter said.'
    )
    assert [q for q in quads if q[0] == "withdraw"] == []


def test_a_quoted_they_later_in_the_quote_is_not_that_side_either() -> None:
    quads = _quads(
        "GNA forces entered Tarhuna on Friday. "
        '"The shelling stopped at dawn and they fled toward the hills," a resident said.'
    )
    assert [q for q in quads if q[0] == "withdraw"] == []


def test_a_narrated_they_still_continues_the_side() -> None:
    quads = _quads("Rebel fighters entered Brega on Monday. They then pushed on toward Ras Lanuf.")
    assert ("advance", "Libyan rebels", None, "Ras Lanuf") in {(k, a, None, d) for k, a, _o, d in quads}


# --- "Their retreat from X": the owner of a move is the side that just moved -------------------


def test_their_retreat_is_the_side_that_just_withdrew() -> None:
    quads = _quads(
        "Misratan brigades pulled out of Tripoli on Sunday after the UN mission called for calm. "
        "Their retreat from the capital surprised traders in the old market."
    )
    assert {actor for _k, actor, _o, _d in quads} == {"Misrata forces"}


def test_their_withdrawal_after_a_speaking_government_is_the_force() -> None:
    quads = _quads(
        "LNA units pulled back from Gharyan on Friday as the GNA called for talks. "
        "Their withdrawal from the town was orderly, residents said."
    )
    assert {actor for _k, actor, _o, _d in quads} == {"Libyan National Army"}


# --- "families leave X for Y": a goal the parser hangs on the place left ----------------------


def test_leave_for_in_the_present_names_where_they_go() -> None:
    quads = _quads("Dozens of families leave Ain Zara for Tajoura and Souq al-Juma, the council says.")
    assert {d for _k, _a, _o, d in quads} == {"Tajoura", "Souq al-Juma"}


def test_leave_for_names_where_one_goes() -> None:
    quads = _quads("Most residents leave Bin Jawad for Ras Lanuf, the council says.")
    assert ("withdraw", "residents", "Bin Jawad", "Ras Lanuf") in quads


def test_leaving_for_a_time_names_no_goal() -> None:
    quads = _quads("Dozens of families left Ain Zara for a week, the council said.")
    assert [d for _k, _a, _o, d in quads] == [None]


# --- "making for X, a town ..., or for Y": a goal said again after an aside ---------------------


def test_a_goal_said_again_after_an_aside_is_reached_too() -> None:
    quads = _quads("LNA units were making for Sirte, the coastal city, or for Jufra.")
    assert {d for _k, _a, _o, d in quads} == {"Sirte", "Jufra"}


def test_a_goal_of_leaving_said_again_after_an_aside() -> None:
    quads = _quads("Families left Sirte for Bani Walid, a desert town, or for Jufra.")
    assert {d for _k, _a, _o, d in quads} == {"Bani Walid", "Jufra"}


def test_an_aside_with_its_own_phrase_names_no_goal() -> None:
    quads = _quads("LNA units moved to Sirte, a city known for its port, on Monday.")
    assert {d for _k, _a, _o, d in quads} == {"Sirte"}
