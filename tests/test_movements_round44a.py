"""Movement classes of round 44a: routes, roads and crossing points.

- A vehicle ridden is no obstacle to a motion verb: "drove their tanks to X" moves its subject
  as "drove their pickups to X" does (``RIDDEN_VEHICLES``); any other object still stops it.
- A road as the object of "moved up/down" (or of its "up" parsed as a preposition) is the way
  the subject goes ("moved up the coast road from X"), not a thing moved; its "from" and "to"
  are the move's ends (``_road_taken``, ``_route_places``). Troops moved up a road are still
  their owner's deployment.
- A crossing into a country "at Y" names where the border was crossed, not a second goal
  (``_crossing_point``); "crossed at Y" alone still goes to Y.
- A departure that names the place left or a goal passes "through"/"via" Y only on its way out
  (``_way_out``); with no other place, "leaving through Y" goes to Y and stays a departure, not
  a journey (``_left_by_way``).
- "from the south" on a verb of closing on a target is the side of the attack, not a region
  left (``_attack_side``); setting out or fleeing "from the east" still names the region left.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2024-09-10"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- a vehicle ridden ---------------------------------------------------------------------------


def test_fighters_who_drove_their_tanks_to_a_town_advance() -> None:
    quads = _quads("Fighters of the Nawasi brigade drove their tanks to Tajoura late on Sunday.")
    assert ("advance", "Nawasi brigade", None, "Tajoura") in quads


def test_forces_named_for_their_leader_drove_tanks_to_a_town() -> None:
    quads = _quads("Haftar's forces drove their tanks to Gharyan on Tuesday.")
    assert ("advance", "Libyan National Army", None, "Gharyan") in quads


def test_brigades_that_drove_their_lorries_to_a_town_advance() -> None:
    quads = _quads("The Zintan brigades drove their lorries to the outskirts of Zawiya on Friday.")
    assert ("advance", "Zintan brigades", None, "Zawiya") in quads


def test_tanks_driven_into_a_ditch_are_no_movement() -> None:
    assert _quads("The LNA drove its tanks into a ditch.") == []


# --- a road taken -------------------------------------------------------------------------------


def test_units_that_moved_up_the_coast_road_from_a_town_advance_from_it() -> None:
    quads = _quads("Units of the Libyan National Army moved up the coast road from Sirte on Wednesday.")
    assert ("advance", "Libyan National Army", "Sirte", None) in quads


def test_brigades_that_moved_up_the_main_road_set_out_from_its_start() -> None:
    quads = _quads("The Zintan brigades moved up the main road from Gharyan before dawn.")
    assert ("advance", "Zintan brigades", "Gharyan", None) in quads


def test_brigades_that_moved_up_the_coast_road_in_a_while_clause_advance() -> None:
    # the parse takes "up" for a preposition here; the road is still the way taken
    quads = _quads(
        "The Nawasi brigade shelled Tajoura at dawn, while the Zintan brigades moved up the coast road from Janzour."
    )
    assert ("advance", "Zintan brigades", "Janzour", None) in quads


def test_troops_moved_up_a_road_are_still_deployed_by_their_owner() -> None:
    quads = _quads("The LNA moved three battalions up the coast road to Sirte.")
    assert quads == [("deploy", "Libyan National Army", None, "Sirte")]


# --- the point of a border crossing -------------------------------------------------------------


def test_families_who_crossed_into_a_country_at_a_post_make_one_record() -> None:
    quads = _quads("Dozens of families crossed into Tunisia at Ras Jedir on Thursday.")
    assert quads == [("withdraw", "families", None, "Tunisia")]


def test_labourers_who_crossed_the_border_at_a_town_make_one_record() -> None:
    quads = _quads("Several thousand labourers crossed the border into Egypt at Salloum last week.")
    assert quads == [("withdraw", "labourers", None, "Egypt")]


def test_rebels_who_entered_a_country_near_a_pass_go_into_the_country() -> None:
    quads = _quads("A column of Chadian rebels entered Niger near Tummo on Saturday.")
    assert [q[3] for q in quads] == ["Niger"]


def test_a_crossing_with_no_country_named_goes_to_the_post() -> None:
    quads = _quads("Egyptian labourers crossed at Salloum on Friday.")
    assert ("withdraw", "Egyptian labourers", None, "Salloum") in quads


# --- the way out of a departure -----------------------------------------------------------------


def test_fighters_who_left_a_region_through_an_airport_do_not_go_to_it() -> None:
    quads = _quads("Foreign fighters left western Libya through Mitiga airport last month.")
    assert quads == [("withdraw", "Foreign fighters", "western Libya", None)]


def test_traders_who_left_for_a_country_through_a_crossing_go_to_the_country() -> None:
    quads = _quads("Sudanese traders left for Egypt through the Salloum crossing on Sunday.")
    assert [q[3] for q in quads] == ["Egypt"]


def test_labourers_leaving_through_a_border_town_withdraw_to_it() -> None:
    quads = _quads("Hundreds of Egyptian labourers were leaving through Salloum by road on Tuesday.")
    assert quads == [("withdraw", "Egyptian labourers", None, "Salloum")]


def test_workers_leaving_by_road_through_a_town_withdraw_to_it() -> None:
    quads = _quads("Egyptian workers were leaving by road through Salloum on Friday.")
    assert quads == [("withdraw", "Egyptian workers", None, "Salloum")]


def test_a_retreat_through_a_town_toward_another_still_reaches_the_other() -> None:
    quads = _quads("The Sixth Brigade withdrew through Brak toward Sabha.")
    assert ("withdraw", "Sixth Brigade", None, "Sabha") in quads


# --- the side an attack came from ---------------------------------------------------------------


def test_forces_advancing_from_the_east_toward_a_town_left_no_region() -> None:
    quads = _quads("Forces loyal to the GNA advanced from the east toward Tarhuna on Thursday.")
    assert ("advance", "Government of National Accord forces", None, "Tarhuna") in quads


def test_fighters_advancing_on_an_airport_from_the_east_left_no_region() -> None:
    quads = _quads("Libya Dawn fighters advanced on Tripoli airport from the east on Saturday.")
    assert quads == [("advance", "Libya Dawn", None, "Tripoli International Airport")]


def test_units_that_set_out_from_the_east_still_left_the_east() -> None:
    quads = _quads("Haftar's units set out from the east on Friday and pushed toward Sirte.")
    assert ("advance", "Libyan National Army", "eastern Libya", "Sirte") in quads


def test_civilians_who_fled_from_the_south_still_left_the_south() -> None:
    quads = _quads("Civilians fled from the south into Tunisia.")
    assert ("withdraw", "Civilians", "southern Libya", "Tunisia") in quads
