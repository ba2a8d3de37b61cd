"""Movement classes of round 39.

Held, then carried: people an active verb of keeping (``KEPT_PARTICIPLES``: "held", "kept",
"detained") holds in a place are there, so when the next sentence tells "they" carried
somewhere ("they were driven to Y", "they were taken to Y"), the carried group set out from
the place where it was held. A passive ("had been held in X") tells the same, and so does a
counted group ("held dozens of detainees in X") and a building in a town ("in a jail in X"). The antecedent must be such a group of moved people
(``CARRIED_PEOPLE``); a place where something else was held ("held talks in X") or a
region adds no origin.

A repelled assault: an attack, assault or offensive that a verb of beating off
(``REPELLING_VERBS``: "repel", "repulse", "rebuff", "fend off") governs ("rebuffed an assault
on X", "the attack was repelled"), or that a participle clause on it beats off ("an assault on
X, repulsed by Y"), moves its attackers nowhere: the gold sets leave a failed attack out. The
parser may read "repel" as a noun ("helped the GNA repel X's offensive"); that counts too. An
assault told without such a verb is still an advance.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2021-03-15"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- a group held in a place, then carried, sets out from that place ----------------------


def test_detainees_held_in_a_town_then_driven_away() -> None:
    quads = _quads("The Kaniyat militia held 30 detainees in Tarhuna. They were driven to Tripoli on Monday.")
    assert ("travel", "detainees", "Tarhuna", "Tripoli") in quads


def test_migrants_kept_in_a_town_then_taken_away() -> None:
    quads = _quads("Gunmen kept the migrants in Bani Walid for weeks. They were later taken to Zawiya.")
    assert ("travel", "migrants", "Bani Walid", "Zawiya") in quads


def test_prisoners_detained_at_a_town_then_transferred() -> None:
    quads = _quads(
        "Police detained the prisoners at Sabratha in March. They were transferred to Misrata a week later."
    )
    assert [(k, o, d) for k, _a, o, d in quads if d == "Misrata"] == [("travel", "Sabratha", "Misrata")]


def test_a_counted_group_held_in_a_town_then_driven_away() -> None:
    quads = _quads(
        "The Kaniyat militia held dozens of detainees in Tarhuna. They were driven to Tripoli on Monday."
    )
    assert ("travel", "detainees", "Tarhuna", "Tripoli") in quads


def test_a_group_held_passively_in_a_jail_in_a_town() -> None:
    quads = _quads(
        "The detainees had been held for weeks in a jail in Gharyan. They were bused to Tripoli on Friday."
    )
    assert ("travel", "detainees", "Gharyan", "Tripoli") in quads


def test_held_talks_in_a_town_adds_no_origin() -> None:
    quads = _quads("The envoys held talks in Ghadames. They were then flown to Tunis.")
    assert all(o is None for _k, _a, o, _d in quads)


def test_people_seen_in_a_town_are_not_held_there() -> None:
    quads = _quads("Reporters saw the migrants in Zuwara. They were bused to Tripoli on Monday.")
    assert ("travel", "migrants", "Zuwara", "Tripoli") not in quads


# --- a repelled assault is no advance ------------------------------------------------------


def test_an_assault_rebuffed_is_no_advance() -> None:
    assert _quads("The town's fighters rebuffed an assault by Wagner mercenaries on Ain Zara.") == []


def test_helping_repel_an_offensive_is_no_advance() -> None:
    quads = _quads("Turkish drones helped the GNA repel the LNA's offensive on Tripoli in 2019.")
    assert all(k != "advance" for k, _a, _o, _d in quads)


def test_helping_repel_an_offensive_after_an_arrival() -> None:
    quads = _quads(
        "Turkish troops arrived in 2020 to help the GNA repel Khalifa Haftar's offensive on Tripoli."
    )
    assert all(k != "advance" for k, _a, _o, _d in quads)


def test_an_assault_repulsed_by_a_force_is_no_advance() -> None:
    assert _quads("An LNA assault on Ain Zara, repulsed by the Radaa force, left ten dead.") == []


def test_an_assault_not_repelled_is_still_an_advance() -> None:
    quads = _quads("The LNA's assault on Ain Zara continued despite heavy losses.")
    assert ("advance", "Libyan National Army", None, "Ain Zara") in quads
