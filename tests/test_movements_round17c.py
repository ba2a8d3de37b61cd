"""Movement kinds read from the clause (round 17c): a group's return is travel unless it was
made to return; a group that moves into a place with nothing carried advances on it.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_triples

from libya_events import Parser

PARSER = Parser()


def _movements(text: str) -> list[tuple[str, str | None, str | None]]:
    return movement_triples(PARSER, text, "2022-06-14")


# ------------------------------------------------------------ "returned to their camp"


@pytest.mark.parametrize(
    "text",
    [
        "The Zintan brigade returned to its barracks in Gharyan on Monday.",
        "By Thursday the Nawasi Brigade had returned to Tajoura.",
    ],
)
def test_a_group_returning_somewhere_travels(text: str) -> None:
    found = _movements(text)
    assert any(kind == "travel" for kind, _, _ in found), found
    assert not any(kind == "withdraw" for kind, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Clashes near Zliten forced the Misrata brigade to return to Misrata.",
        "Heavy shelling made the militia return to Zawiya.",
        "The Misrata brigade was forced to return to Misrata after the ambush.",
    ],
)
def test_a_group_made_to_return_withdraws(text: str) -> None:
    found = _movements(text)
    assert any(kind == "withdraw" for kind, _, _ in found), found
    assert not any(kind == "travel" for kind, _, _ in found), found


def test_a_person_returning_still_travels() -> None:
    found = _movements("Khalifa Haftar returned to Benghazi on Sunday after talks in Cairo.")
    assert ("travel", "Khalifa Haftar", "Benghazi") in found, found


# ------------------------------------------------------------ "moved into X"


@pytest.mark.parametrize(
    "text",
    [
        "The Libyan National Army moved into Sirte on Monday.",
        "The Nawasi Brigade moved from its base in Tripoli into Tajoura before dawn.",
    ],
)
def test_a_group_moving_into_a_place_advances(text: str) -> None:
    found = _movements(text)
    assert any(kind == "advance" for kind, _, _ in found), found
    assert not any(kind == "deploy" for kind, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Libyan National Army moved tanks into Sirte on Monday.",
        "The Libyan National Army moved units to Jufra on Monday.",
    ],
)
def test_moving_forces_somewhere_is_still_a_deployment(text: str) -> None:
    found = _movements(text)
    assert any(kind == "deploy" for kind, _, _ in found), found
    assert not any(kind == "advance" for kind, _, _ in found), found


# ------------------------------------------------------------ "drifted back to X"


@pytest.mark.parametrize(
    "text",
    [
        "Displaced families trickled back to Tawergha in April.",
        "The displaced families drifted back to their homes in Sirte last week.",
    ],
)
def test_people_drifting_back_to_a_town_travel(text: str) -> None:
    found = _movements(text)
    assert any(kind == "travel" and dest in ("Tawergha", "Sirte") for kind, _, dest in found), found
