"""Movement classes of round 30: a bare "the town" or "the city" that a move reaches is never a
place named in a "from" phrase (or a list after "from") just before it in the same clause:
fighters "from X and Y" who "pushed into the town", or convoys "from X" "seen entering the
city", reach a town told earlier, not their own. A force told arriving (deploying) somewhere
before the withdrawal that came first ("arrived at X after retreating from Y") moves twice.
"Be gone from X" is a state, not a move. "Council fighters", "brigade fighters" are the men of
the council or brigade named before, not of the group a bare "fighters" would mean. In "the port
city" or "the port town" the last noun heads the description: a town, not a port.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2021-03-15"


def _destinations(text: str) -> set[str | None]:
    return {d for _k, _a, d, _o in movement_records(PARSER, text, PUBLISHED)}


def test_a_list_after_from_is_not_the_town_entered() -> None:
    text = (
        "Government forces shelled Gharyan on Monday. "
        "GNA fighters, backed by units from Misrata and Zintan, pushed into the town at dawn on Tuesday."
    )
    dests = _destinations(text)
    assert "Gharyan" in dests, dests
    assert not dests & {"Zintan", "Misrata"}, dests


def test_a_pair_after_from_is_not_the_city_stormed() -> None:
    text = "Misrata brigades shelled Sirte on Monday. Fighters from Zliten and Khoms then stormed the city."
    dests = _destinations(text)
    assert "Sirte" in dests, dests
    assert not dests & {"Zliten", "Al Khums", "Khoms"}, dests


def test_convoys_from_a_town_seen_entering_the_city() -> None:
    text = (
        "Gunfire echoed across Tripoli on Saturday night. "
        "Convoys of armed groups from Zawiya were seen entering the city from the west, residents said."
    )
    dests = _destinations(text)
    assert "Tripoli" in dests, dests
    assert "Zawiya" not in dests, dests


def test_reinforcements_from_two_towns_reaching_the_city() -> None:
    text = (
        "The siege of Derna entered its third week. "
        "LNA reinforcements from Tobruk and Bayda reached the city on Monday."
    )
    dests = _destinations(text)
    assert "Derna" in dests, dests
    assert not dests & {"Tobruk", "Al Bayda", "Bayda"}, dests


def test_a_town_named_alone_is_still_the_town() -> None:
    # negative: with no "from" before it, the town named last is "the town" again
    text = "LNA forces besieged Zintan for a week. On Friday they pushed into the town from the south."
    dests = _destinations(text)
    assert "Zintan" in dests, dests


# A force that arrives (deploys) somewhere after a withdrawal told after it: two moves.


def _kinds(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(k.value, d, o) for k, _a, d, o in movement_records(PARSER, text, PUBLISHED)}


def test_a_force_arriving_after_retreating_is_two_moves() -> None:
    text = "The Russian contractors arrived at the Jufra air base in May after retreating from Tripoli."
    kinds = _kinds(text)
    assert ("deploy", "al-Jufra air base", None) in kinds, kinds
    assert ("withdraw", None, "Tripoli") in kinds, kinds


def test_units_arriving_having_pulled_back_is_two_moves() -> None:
    text = "GNA units arrived in Misrata on Sunday, having pulled back from Sirte the night before."
    kinds = _kinds(text)
    assert ("deploy", "Misrata", None) in kinds, kinds
    assert ("withdraw", None, "Sirte") in kinds, kinds


def test_fighters_deployed_after_retreating_is_two_moves() -> None:
    text = "Chadian fighters were deployed in Jufra after retreating from Murzuq, the report said."
    kinds = _kinds(text)
    assert ("deploy", "Jufra", None) in kinds, kinds
    assert ("withdraw", None, "Murzuq") in kinds, kinds


def test_a_retreat_to_a_town_stays_one_withdrawal() -> None:
    # negative: the withdrawal told first ends where the retreat went
    kinds = _kinds("LNA forces abandoned Gharyan and retreated to Tarhuna.")
    assert kinds == {("withdraw", "Tarhuna", "Gharyan")}, kinds


def test_a_refugee_arriving_after_fleeing_is_one_flight() -> None:
    # negative: people who arrive end their own flight
    kinds = _kinds("A refugee who arrived in Kufra on Monday said he had fled from El Fasher.")
    assert kinds == {("withdraw", "Kufra", "El Fasher")}, kinds


# "be gone from X" tells where a side no longer is: a state, not a move.


def test_a_force_that_is_gone_from_the_suburbs_makes_no_move() -> None:
    text = "Whatever else is disputed, the LNA is gone from the southern suburbs of Tripoli."
    assert movement_records(PARSER, text, PUBLISHED) == []


def test_units_that_were_gone_from_a_town_make_no_move() -> None:
    text = "Within a few days the LNA units were gone from Tarhuna and its farms."
    assert movement_records(PARSER, text, PUBLISHED) == []


def test_having_gone_somewhere_is_still_a_move() -> None:
    # negative: "have gone to X" tells the move itself
    kinds = _kinds("The foreign minister has gone to Cairo for talks on the ceasefire.")
    assert ("travel", "Cairo", None) in kinds, kinds


# A force noun whose only modifier is a unit's head word is that unit's men.


def _actors(text: str) -> set[str | None]:
    return {a for _k, a, _d, _o in movement_records(PARSER, text, PUBLISHED)}


def test_council_fighters_are_the_councils_men() -> None:
    text = (
        "Gunmen of the Mujahideen Shura Council of Derna pushed Islamic State militants out of "
        "the port district of Derna on Friday. Council fighters were deployed along the seafront on Saturday."
    )
    actors = _actors(text)
    assert "Islamic State" not in actors, actors
    assert actors == {"Mujahideen Shura Council of Derna"}, actors


def test_brigade_fighters_are_the_brigades_men() -> None:
    text = (
        "The Nawasi Brigade and Islamic State gunmen clashed in Tripoli on Monday. "
        "Brigade fighters later moved into Souq al-Juma."
    )
    records = movement_records(PARSER, text, PUBLISHED)
    assert any(d == "Souq al-Juma" and a is not None and "Nawasi" in a for _k, a, d, _o in records), records


# "The port city", "the oasis town": the last noun heads the description (a town, not a port).


def test_the_port_city_is_the_town_named_before() -> None:
    text = (
        "Islamic State gunmen had held parts of Derna for a year. "
        "In June the LNA launched an offensive against them in the eastern port city."
    )
    assert "Derna" in _destinations(text)


def test_the_port_town_is_the_town_named_before() -> None:
    text = (
        "Zuwara has long been a hub for people smugglers. "
        "On Monday the LNA sent troops to the small port town."
    )
    assert "Zuwara" in _destinations(text)
