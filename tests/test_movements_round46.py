"""Movement classes of round 46: roads taken and vehicles driven.

- A road as the object of "take" with a goal on the verb or on its compass adverb is the way the
  subject goes ("took the road south to X", "took the coast road to Y"): a journey, an advance
  for a force, and, for a town's own people, leaving their homes (``_route_followed``). A road
  taken with no goal, or with a goal on the road noun only ("took the road to the airport", which
  may be a road captured), is left to the verb's own row.
- A vehicle as the object of "drive into" or "roll into" is the vehicle ridden, not the place
  entered ("drove their tanks into X", "rolled armoured vehicles into Y"): the move goes into
  the place the preposition names, as "drove into X" does (``_ridden_into``); with no place
  ("into a ditch") there is none. "Roll" alone is a verb of going as "drive" is (a row of
  ``data/movement_verbs.tsv``): "columns rolled south to X", "rolled armoured vehicles to Y";
  "rolled out a plan" and "rolled back the gains" move nothing.
- "via Y" names where a move went when no other place does, as "through Y" does ("advanced via
  Tarhuna", "travelled via Tunis"); beside a goal ("flew to Rome via Tunis") or on the way out of
  a place left ("left Libya via Salloum") it is only the way (``DEST_PREPS``, ``PATH_PREPS``).
- A relative clause of arriving on what a side sent names where the sending went, also when the
  parser hangs it on what a convoy or column is "of" ("sent a convoy of 40 trucks that reached
  X"), and also for "entered" ("sent troops who entered Y"): the sender's deployment there
  (``_landed_places``, ``OBJECT_LANDINGS``).

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2024-09-10"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- a road taken -------------------------------------------------------------------------------


def test_units_that_took_the_road_south_to_a_town_advance_to_it() -> None:
    quads = _quads("By nightfall several LNA units had taken the road south to Sabha.")
    assert ("advance", "Libyan National Army", None, "Sabha") in quads


def test_a_force_that_took_the_coast_road_to_a_town_advances_to_it() -> None:
    quads = _quads("On Thursday the Nawasi brigade took the coast road to Zuwara.")
    assert ("advance", "Nawasi brigade", None, "Zuwara") in quads


def test_a_person_who_took_the_desert_road_travels() -> None:
    quads = _quads("Prime Minister Abdul Hamid Dbeibah took the desert road north to Ubari last week.")
    assert ("travel", "Abdul Hamid Dbeibah", None, "Ubari") in quads


def test_families_who_took_the_road_west_to_a_town_leave_their_homes() -> None:
    quads = _quads("Dozens of families took the road west to Zintan as the shelling went on.")
    assert ("withdraw", "families", None, "Zintan") in quads


def test_a_road_taken_with_no_goal_stays_a_capture() -> None:
    quads = _quads("After a day of fighting the Libyan National Army took the coastal road near Sirte.")
    assert not any(kind in ("advance", "travel") for kind, *_rest in quads)


def test_a_road_taken_over_is_no_journey() -> None:
    quads = _quads("The Rada force took over the airport road on Monday.")
    assert not any(kind in ("advance", "travel") for kind, *_rest in quads)


# --- a vehicle driven ---------------------------------------------------------------------------


def test_brigades_that_drove_their_tanks_into_a_town_enter_it() -> None:
    quads = _quads("On Saturday the Misrata brigades drove their tanks into Bani Walid.")
    assert ("capture", "Misrata forces", None, "Bani Walid") in quads


def test_a_force_that_rolled_armoured_vehicles_into_a_suburb_enters_it() -> None:
    quads = _quads("The Rada force rolled armoured vehicles into Tajoura before dawn.")
    assert ("capture", "Special Deterrence Force", None, "Tajoura") in quads


def test_a_minister_who_drove_his_car_into_a_town_travels() -> None:
    quads = _quads("Interior minister Fathi Bashagha drove his car into Misrata on Sunday.")
    assert ("travel", "Fathi Bashagha", None, "Misrata") in quads


def test_columns_that_rolled_south_to_a_town_advance_to_it() -> None:
    quads = _quads("Before dawn LNA columns rolled south to Sabha.")
    assert ("advance", "Libyan National Army", None, "Sabha") in quads


def test_a_force_that_rolled_armoured_vehicles_to_a_suburb_advances() -> None:
    quads = _quads("The Rada force rolled armoured vehicles to Tajoura on Tuesday.")
    assert ("advance", "Special Deterrence Force", None, "Tajoura") in quads


def test_a_plan_rolled_out_or_gains_rolled_back_move_nothing() -> None:
    assert _quads("The GNA rolled out a new security plan for Sirte on Monday.") == []
    assert _quads("The LNA rolled back the gains its rivals had made around Tarhuna.") == []


def test_tanks_driven_into_a_ditch_are_still_no_movement() -> None:
    assert _quads("The LNA drove two of its tanks into a ditch near the bridge.") == []


def test_fighters_driven_into_a_town_are_not_vehicles() -> None:
    quads = _quads("The Libyan National Army drove the Islamic State fighters into Sirte.")
    assert not any(kind == "travel" and dest == "Sirte" for kind, _actor, _o, dest in quads)


# --- a place passed "via" -----------------------------------------------------------------------


def test_forces_that_advanced_via_a_town_go_there() -> None:
    quads = _quads("Units of the Libyan National Army advanced via Tarhuna on Wednesday.")
    assert ("advance", "Libyan National Army", None, "Tarhuna") in quads


def test_a_minister_who_travelled_via_a_capital_goes_there() -> None:
    quads = _quads("Interior minister Fathi Bashagha travelled via Tunis last week.")
    assert ("travel", "Fathi Bashagha", None, "Tunis") in quads


def test_reinforcements_moved_via_an_air_base_are_deployed_there() -> None:
    quads = _quads("The LNA moved reinforcements via al-Jufra air base on Friday.")
    assert any(kind == "deploy" and dest is not None and "Jufra" in dest for kind, _a, _o, dest in quads)


def test_a_place_passed_via_beside_a_goal_is_only_the_way() -> None:
    quads = _quads("Foreign minister Najla Mangoush flew to Rome via Tunis on Monday.")
    assert ("travel", "Najla Mangoush", None, "Rome") in quads
    assert not any(dest == "Tunis" for *_rest, dest in quads)


def test_a_place_passed_via_on_the_way_out_is_no_goal() -> None:
    quads = _quads("Hundreds of Egyptian workers left Libya via the Salloum crossing on Sunday.")
    assert any(kind == "withdraw" and origin == "Libya" for kind, _a, origin, _d in quads)
    assert not any(dest is not None and "Salloum" in dest for *_rest, dest in quads)


# --- what was sent, and where it arrived --------------------------------------------------------


def test_a_convoy_of_trucks_sent_that_reached_a_town_is_deployed_there() -> None:
    quads = _quads("The Nawasi brigade sent a convoy of 40 trucks that reached Zawiya on Monday.")
    assert ("deploy", "Nawasi brigade", None, "Zawiya") in quads


def test_a_column_of_tanks_sent_that_entered_a_town_is_deployed_there() -> None:
    quads = _quads("On Friday the LNA sent a column of tanks that entered Sirte before dusk.")
    assert ("deploy", "Libyan National Army", None, "Sirte") in quads


def test_troops_sent_who_entered_a_town_are_deployed_there() -> None:
    quads = _quads("The Rada force sent troops who entered Tajoura late on Sunday.")
    assert ("deploy", "Special Deterrence Force", None, "Tajoura") in quads


def test_a_convoy_that_broke_down_near_a_town_went_nowhere() -> None:
    quads = _quads("The LNA sent a convoy of 40 trucks that broke down near Sirte on Monday.")
    assert not any(dest == "Sirte" for *_rest, dest in quads)
