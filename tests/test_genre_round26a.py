"""Genre round 26a: failure classes found by four blind genre articles (tests/genre/genre-65..68).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from _movement_records import movement_quads
from hypothesis import given
from hypothesis import strategies as st

from libya_events import Parser

PARSER = Parser()


def _moves(text: str, published: str = "2019-06-27") -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, published)


def _dated(text: str, published: str) -> dict[str | None, str | None]:
    return {
        (m.destination.name if m.destination else None): (m.date.start.isoformat() if m.date else None)
        for m in PARSER.parse(text, published=published).movements
    }


# ----------------------------------------- "walked into X", "drove into X": a force enters a place


def test_a_force_that_walks_into_a_town_takes_it() -> None:
    text = "The Libyan National Army walked into Sabratha on Monday after the local brigades stood aside."
    assert ("capture", "Libyan National Army", None, "Sabratha") in _moves(text)


def test_a_force_that_drives_into_a_town_takes_it() -> None:
    text = "Libyan National Army columns drove into Sokna late on Tuesday."
    assert ("capture", "Libyan National Army", None, "Sokna") in _moves(text)


def test_a_person_who_walks_into_a_town_travels() -> None:
    text = "The interior minister walked into Zawiya on foot on Monday to meet the elders."
    kinds = {m[0] for m in _moves(text) if m[3] == "Zawiya"}
    assert "capture" not in kinds


# ----------------------------------------- "Forces allied to X regained Y": "allied" read as the verb


def test_forces_allied_to_a_government_take_a_town() -> None:
    text = "Forces allied to the Government of National Accord regained the town of Brega on Monday."
    assert ("capture", "Government of National Accord forces", None, "Brega") in _moves(text)


def test_forces_allied_to_a_named_army_take_a_town() -> None:
    text = "Forces allied to the Libyan National Army retook the town of Waddan on Sunday."
    assert ("capture", "Libyan National Army", None, "Waddan") in _moves(text)


# ----------------------------------------- a live page: bare "HH:MM" entries under day headings
# (an entry told in the present perfect is dated by its heading, not by the page's last day)

LIVE_PAGE = """Live: fighting for the ports

Friday 16 September

18:20 Libyan National Army units have captured Brega, a commander says.

Thursday 15 September

21:05 Ras Lanuf has fallen to the Libyan National Army, two oil workers say.

09:40 We are opening this page to follow the fighting.
"""


def test_a_live_page_entry_takes_the_day_of_its_heading() -> None:
    dates = _dated(LIVE_PAGE, "2016-09-17")
    assert dates.get("Ras Lanuf") == "2016-09-15"
    assert dates.get("Brega") == "2016-09-16"


@given(st.integers(min_value=1, max_value=20), st.integers(min_value=0, max_value=23))
def test_a_day_heading_dates_the_entry_below_it(day: int, hour: int) -> None:
    heading = dt.date(2016, 9, day)
    published = heading + dt.timedelta(days=3)
    text = (
        f"Live page\n\n{heading.strftime('%A')} {day} September\n\n"
        f"{hour:02d}:15 The Libyan National Army has seized Ras Lanuf, residents say.\n"
    )
    assert _dated(text, published.isoformat()).get("Ras Lanuf") == heading.isoformat()


# ----------------------------------------- "came under the control of X": the place falls to X


def test_a_town_that_comes_under_a_sides_control_is_taken() -> None:
    text = "Sokna came under the control of the Libyan National Army late on Friday."
    assert ("capture", "Libyan National Army", None, "Sokna") in _moves(text)


def test_a_town_that_comes_under_a_named_sides_control_is_taken() -> None:
    text = "By Saturday morning Hun had come under Libyan National Army control."
    assert ("capture", "Libyan National Army", None, "Hun") in _moves(text)


def test_a_town_that_comes_under_fire_is_not_taken() -> None:
    text = "Sokna came under heavy shelling from the Libyan National Army on Friday, residents said."
    assert [m for m in _moves(text) if m[0] == "capture"] == []


# ----------------------------------------- "Bin Jawad": a town's usual spelling is no person


def test_bin_jawad_after_residents_of_is_a_town() -> None:
    article = PARSER.parse(
        "Residents of Bin Jawad said the convoy drove west before dawn.", published="2016-09-12"
    )
    assert "Bin Jawad" in [loc.name for loc in article.locations]
    assert "Bin Jawad" not in [a.name for a in article.actors]


# ----------------------------------------- "it" is not a body named by a plural ("the Tripoli authorities")


def test_it_skips_a_government_named_by_a_plural_noun() -> None:
    text = (
        "The 166 Battalion, a unit sent to Sirte by the Tripoli authorities in March, was meant to hold "
        "the city. Instead it withdrew toward Misrata in early June."
    )
    withdrawals = [m for m in _moves(text, "2015-09-03") if m[0] == "withdraw"]
    assert [m[1] for m in withdrawals] == ["166 Battalion"]
