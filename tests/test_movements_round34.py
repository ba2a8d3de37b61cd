"""Movement classes of round 34.

Habits are not movements: a move told with an adverb of frequency ("convoys regularly cross
into Chad"), with a recurring time on its verb ("every week") or under "used to" is something
that happens again and again, not an event at one time, so it gives no record. A move told once,
or a verb whose "every day" belongs to another clause, still does.

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
