"""Movement classes of round 36: returns home.

A verb of going (a travel row: come, go, drift back, head) whose way is "home" ("came home",
"had begun coming home", "drifted back to their homes") is a return, a movement even where no
place is named, also under an aspectual verb ("started to come home"). Townspeople going home go
back to the town the story is about, when the story has one, never to the place they fled to;
with no such town the return names no place. A heading the parser hangs on the place left
("heading west out of the capital toward Zintan") names where the move went. Aspectual verbs with a complement that is no move
("began talks", "started to fear", "continued to deny") move nothing.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2019-10-01"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


def _returns(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [q for q in _quads(text) if q[0] == "travel"]


# --- going home is a return, with or without an aspectual verb ------------------------------


def test_begun_coming_home_is_a_return() -> None:
    assert _returns("Residents of Sirte had begun coming home after the shelling ended.")


def test_started_to_come_home_is_a_return() -> None:
    assert _returns("The displaced families started to come home in March.")


def test_plain_came_home_is_a_return() -> None:
    assert _returns("Hundreds of families came home on Sunday.")


def test_drifting_back_to_their_homes_is_a_return() -> None:
    assert _returns("Residents began drifting back to their homes on Monday.")


# --- the story's town is where they go home to -------------------------------------------


STORY = (
    "Shelling hit Gharyan again on Monday. Gharyan's hospital was closed and the market of "
    "Gharyan stood empty. By Thursday the guns around Gharyan were quiet. "
    "Families who had fled to Tripoli have started to come home."
)


def test_home_is_the_story_town_not_the_refuge() -> None:
    assert ("travel", "Families", None, "Gharyan") in _returns(STORY)


def test_home_is_not_the_place_fled_to() -> None:
    got = _returns("Families who had fled to Misrata have started to come home.")
    assert got
    assert all(dest != "Misrata" for _k, _a, _o, dest in got)


# --- "out of X toward Y": the heading hung on the place left is the destination ------------


def _dests(text: str) -> set[str | None]:
    return {dest for _k, _a, _o, dest in _quads(text)}


def test_heading_out_of_the_capital_toward_a_town() -> None:
    got = _quads("Columns of Zintan fighters were seen heading west out of the capital toward Zintan.")
    assert any(origin == "Tripoli" and dest == "Zintan" for _k, _a, origin, dest in got)


def test_moving_out_of_a_town_towards_another() -> None:
    assert "Ajdabiya" in _dests(
        "Government troops were spotted moving south out of Benghazi towards Ajdabiya."
    )


# --- near misses: aspect over something that is no move --------------------------------------


def test_began_talks_moves_nothing() -> None:
    assert _quads("The Libyan National Army began talks with the Government of National Accord.") == []


def test_started_to_fear_moves_nothing() -> None:
    assert _quads("Residents of Derna started to fear the militia.") == []


def test_continued_to_deny_moves_nothing() -> None:
    assert _quads("The Libyan National Army continued to deny the strike on Tripoli.") == []


def test_told_to_stay_home_moves_nothing() -> None:
    assert _quads("The council told residents of Sirte to stay home.") == []
