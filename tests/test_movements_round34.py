"""Movement classes of round 34.

Habits are not movements: a move told with an adverb of frequency ("convoys regularly cross
into Chad"), with a recurring time on its verb ("every week") or under "used to" is something
that happens again and again, not an event at one time, so it gives no record. A move told once,
or a verb whose "every day" belongs to another clause, still does.

People or forces "taken to X" in the passive are carried there, as "brought to X" are: the
people taken travel, forces taken are deployed (by the agent, where one is named). A place that
"was taken" is still captured, and the active "took the prisoners to X" is still no movement.
A list of named people the parser reads as a chain of appositions ("his wife Safia, his daughter
Aisha and his son Saadi crossed into X") moves every person named in it, one record each, also
through a relative "who"; an apposition that describes ("Haftar, the commander of the LNA and a
former officer") adds no mover.

"It" after a verb of occupying or liberating ("the militia occupied it") is the place named
just before, as after "seized" or "stormed".

A road the move follows that "goes" or "runs" to X leads to X, as one that "leads" there does
(the constant of road verbs had been shadowed by a later one of the same name).

"Took to the streets of X" (an active taking with no object and only "to" after it) takes no
place. Where the people carried were kept ("stranded at X", "held in Y") is the place they left.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2021-09-20"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- habitual moves are no movements --------------------------------------------------------------


def test_an_adverb_of_frequency_makes_a_habit() -> None:
    assert _quads("Smuggling convoys regularly cross into Chad from Kufra.") == []
    assert _quads("Armed groups often travel from Zintan to Tripoli.") == []
    assert _quads("Traders routinely drive from Misrata to Sirte.") == []


def test_a_recurring_time_on_the_verb_makes_a_habit() -> None:
    assert _quads("Fighters from the Tebu militias move between Murzuq and Qatrun every week.") == []
    assert _quads("Patrols of the coast guard sail to Zuwara each night.") == []


def test_used_to_makes_a_past_habit() -> None:
    assert _quads("Tebu fighters used to cross into Niger from Qatrun.") == []


def test_a_habit_reaches_the_verb_under_try() -> None:
    assert _quads("Haftar's forces often try to enter Tripoli.") == []


def test_a_move_told_once_is_still_a_movement() -> None:
    assert ("advance", "Tebu fighters", "Qatrun", "Niger") in _quads(
        "Tebu fighters crossed into Niger from Qatrun on Sunday."
    )
    quads = _quads("The LNA entered Sirte on Monday and has held it every day since.")
    assert ("capture", "Libyan National Army", None, "Sirte") in quads


# --- "were taken to X": people and forces carried somewhere ----------------------------------------


def test_people_taken_somewhere_travel_there() -> None:
    quads = _quads("The stranded travellers were taken to Misrata by road on Tuesday.")
    assert ("travel", "travellers", None, "Misrata") in quads
    quads = _quads("The detained migrants were taken to Zuwara on Friday.")
    assert ("travel", "migrants", None, "Zuwara") in quads


def test_forces_taken_somewhere_are_deployed() -> None:
    quads = _quads("Syrian fighters were taken by bus to Tripoli on Monday.")
    assert ("deploy", "Syrian fighters", None, "Tripoli") in quads


def test_forces_taken_by_an_agent_are_its_deployment() -> None:
    quads = _quads("Turkey hired Syrian fighters. They were taken to Tripoli by Turkey in January.")
    assert ("deploy", "Turkey", None, "Tripoli") in quads


def test_a_place_taken_is_still_captured_and_the_active_carries_no_one() -> None:
    quads = _quads("Sirte was taken by the Libyan National Army on Monday.")
    assert ("capture", "Libyan National Army", None, "Sirte") in quads
    assert not any(q[3] == "Benghazi" for q in _quads("The LNA took the prisoners to Benghazi."))


def test_people_carried_leave_where_they_were_kept() -> None:
    quads = _quads("Passengers who had been stranded at Mitiga airport were taken to Misrata on Tuesday.")
    assert ("travel", "Passengers", "Mitiga International Airport", "Misrata") in quads
    quads = _quads("Migrants held in Zawiya were bused to Tripoli on Sunday.")
    assert ("travel", "Migrants", "Zawiya", "Tripoli") in quads


def test_took_to_the_streets_takes_no_place() -> None:
    assert _quads("Protesters took to the streets of Tripoli on Friday.") == []
    assert _quads("Supporters of the Libyan National Army took to the streets of Benghazi.") == []


def test_a_town_taken_with_an_object_is_still_captured() -> None:
    assert ("capture", "Libyan National Army", None, "Sirte") in _quads("The LNA took Sirte on Monday.")


# --- lists of named people read as appositions ----------------------------------------------------


def _movers(text: str) -> set[str | None]:
    return {q[1] for q in _quads(text)}


def test_a_list_of_relatives_moves_each_person() -> None:
    text = "His wife Safia, his daughter Aisha and his son Saadi crossed into Niger on 11 September."
    assert {"Safia", "Aisha", "Saadi"} <= _movers(text)


def test_a_list_of_relatives_moves_through_who() -> None:
    text = (
        "The first to go were his wife Safia, his brother Ali and his son Omar, who fled to Tunisia in May."
    )
    assert {"Safia", "Ali", "Omar"} <= _movers(text)
    text = "The convoy carried his wife Safia, his daughter Aisha and his son Mohammed, who crossed into Algeria."
    assert {"Safia", "Aisha", "Mohammed"} <= _movers(text)


def test_a_describing_apposition_adds_no_mover() -> None:
    text = "Khalifa Haftar, the commander of the LNA and a former army officer, flew to Cairo on Monday."
    assert _movers(text) == {"Khalifa Haftar"}


# --- "occupied it", "liberated it": the place named before ---------------------------------------


def test_occupied_it_takes_the_place_named_before() -> None:
    quads = _quads("The Zawiya refinery was shut in May after LNA forces occupied it.")
    assert ("capture", "Libyan National Army", None, "Zawiya refinery") in quads
    quads = _quads("Brega had been quiet since March, when LNA forces occupied it.")
    assert ("capture", "Libyan National Army", None, "Brega") in quads


def test_liberated_it_takes_the_place_named_before() -> None:
    quads = _quads("Islamic State held Sirte for a year until GNA forces liberated it in December.")
    assert ("capture", "Government of National Accord forces", None, "Sirte") in quads


# --- roads that go or run somewhere ---------------------------------------------------------------


def test_a_road_that_goes_or_runs_somewhere_gives_the_destination() -> None:
    quads = _quads("LNA convoys moved along the highway that goes to Gharyan on Monday.")
    assert ("advance", "Libyan National Army", None, "Gharyan") in quads
    quads = _quads("LNA columns advanced along the road running to Sirte on Monday.")
    assert ("advance", "Libyan National Army", None, "Sirte") in quads
    quads = _quads("LNA columns advanced along the road that leads to Sirte on Monday.")
    assert ("advance", "Libyan National Army", None, "Sirte") in quads
