"""Movement classes of round 40b: movers the parser missed.

A part of a force told before: a partitive word ("some", "most", "several", or a number) as
the subject, whose "of" phrase is a plural force noun pointing back with "the", "these" or
"those" ("some of these units reached X", "most of the brigades pulled back"), moves as that
force's side (``_partitive_whole``). "Most of the town's residents", "some of them" and
"hundreds of fighters" are read as before.

One part of a group that split: "one column", "one convoy" (the number one on a singular force
part, ``PART_NUMBERS``) is a part of the side told moving just before, as "a second column" and
"the other" already were. A column that carries goods stays a convoy of its own.

A force's own set-out reaching a place: "columns moved up from X and reached Y" is one advance
from X to Y (``SET_OUT_REACHES``, for the verbs of ``OWN_SET_OUT_FORMS``); troops "sent from X"
that reached Y stay their sender's deployment, told apart from the reaching.

A move to a town's edge: a move that is no retreat, going "to", "up to" or "toward" the edge
of a town, or reaching it as an object ("moved armoured vehicles to the edge of X", "advanced to
the western edge of Y", "reached the edge of Z"; ``_edge_goals``), reaches the town, as "the
outskirts of X" does. A side pushed out or retreating to the edge of a town left it, and a goal
"on the edge of X" after another ("moved into a school on the edge of X") only places that goal.

An unnamed site placed in a town, reached with "near", "around" or "outside" ("militias gathered
near a hotel in X", "gunmen deployed around the ministry in Y"), places a deployment or a journey
in that town, as "at a hotel in X" did (``_places_inside``); an advance on such a site still needs
ground, and fleeing "to farms outside X" still left X.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2024-08-20"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- a part of a force told before moves as that force ---------------------------------------


def test_some_of_these_units_reach_a_town() -> None:
    quads = _quads("LNA units left Brak on Monday. By the weekend some of these units had reached Ghat.")
    assert ("advance", "Libyan National Army", None, "Ghat") in quads


def test_most_of_the_units_reach_a_town() -> None:
    quads = _quads("LNA units left Brak on Monday. By Friday most of the units had reached Ubari.")
    assert ("advance", "Libyan National Army", None, "Ubari") in quads


def test_several_of_those_units_return() -> None:
    quads = _quads(
        "LNA units drove west from Sabha on 3 August. Several of those units returned to Sabha on 12 August."
    )
    assert any(q[0] == "travel" and q[1] == "Libyan National Army" and q[3] == "Sabha" for q in quads)


def test_part_of_a_town_is_no_force() -> None:
    quads = _quads("The LNA shelled Ghat on Monday. Most of the town's residents fled to Ubari.")
    assert ("withdraw", "Libyan National Army", None, "Ubari") not in quads
    assert any(q[0] == "withdraw" and q[1] == "residents" and q[3] == "Ubari" for q in quads)


# --- "one column" is one part of the side told moving ----------------------------------------


def test_one_column_enters_a_town() -> None:
    quads = _quads("LNA forces left Sabha on Monday. By Tuesday one column had entered Ubari.")
    assert ("capture", "Libyan National Army", None, "Ubari") in quads


def test_one_convoy_reaches_and_another_pushes_on() -> None:
    quads = _quads(
        "GNA forces left Misrata on Monday. By Tuesday one convoy had reached Sirte, "
        "and another pushed toward Jufra."
    )
    assert any(
        q[:2] == ("advance", "Government of National Accord forces") and q[3] == "Sirte" for q in quads
    )


def test_one_column_of_goods_is_a_convoy_of_its_own() -> None:
    quads = _quads(
        "LNA forces left Sabha on Monday. One column of trucks carrying flour reached Ubari on Tuesday."
    )
    assert not any(q[1] == "Libyan National Army" and q[3] == "Ubari" for q in quads)


# --- a force's own set-out reaching a place is one advance -----------------------------------


def test_moved_up_from_and_reached_is_one_advance() -> None:
    quads = _quads("On Monday the LNA's columns moved up from Sabha and reached Ubari.")
    assert ("advance", "Libyan National Army", "Sabha", "Ubari") in quads
    assert not any(q[0] == "deploy" for q in quads)


def test_column_moved_up_from_and_reached() -> None:
    quads = _quads(
        "GNA forces attacked on two fronts on Monday. One column moved up from Gharyan and reached Aziziya."
    )
    assert ("advance", "Government of National Accord forces", "Gharyan", "Aziziya") in quads


def test_troops_sent_from_a_town_stay_a_deployment() -> None:
    quads = _quads("Army units sent from Tripoli reached Sabha on Thursday.")
    assert any(q[0] == "deploy" and q[2] == "Tripoli" for q in quads)
    assert not any(q[0] == "advance" and q[2] == "Tripoli" for q in quads)


def test_one_of_the_brigades_is_a_unit_of_its_own() -> None:
    quads = _quads(
        "Fighters of the Zintan brigades took Bir Ayyad on Friday. On Saturday one of the brigades entered Zawiya."
    )
    assert ("capture", "Zintan brigades", None, "Zawiya") not in quads


# --- a move to a town's edge reaches the town --------------------------------------------------


def test_vehicles_moved_to_the_edge_of_a_town() -> None:
    quads = _quads("On Monday the Zintan brigades moved armoured vehicles to the edge of Gharyan.")
    assert any(q[0] == "deploy" and q[1] == "Zintan brigades" and q[3] == "Gharyan" for q in quads)


def test_advance_to_the_western_edge_of_a_town() -> None:
    quads = _quads("GNA forces advanced to the western edge of Tarhuna on Monday.")
    assert ("advance", "Government of National Accord forces", None, "Tarhuna") in quads


def test_reaching_the_edge_of_a_town() -> None:
    quads = _quads("LNA forces reached the southern edge of Sirte on Monday.")
    assert ("advance", "Libyan National Army", None, "Sirte") in quads


def test_a_retreat_to_the_edge_of_a_town_reaches_nothing() -> None:
    quads = _quads("Tebu fighters retreated to the edge of Murzuq on Monday.")
    assert not any(q[3] == "Murzuq" for q in quads)


def test_a_school_on_the_edge_of_a_town_is_only_placed_there() -> None:
    quads = _quads("Local brigades moved into an old school on the western edge of Zawiya on Monday.")
    assert not any(q[0] == "advance" and q[3] == "Zawiya" for q in quads)


# --- an unnamed site near which a force gathers places the move in its town -------------------


def test_gathering_near_a_hotel_in_a_town() -> None:
    quads = _quads("On 3 August the LNA's units gathered near a hotel in Sirte.")
    assert any(q[0] == "deploy" and q[1] == "Libyan National Army" and q[3] == "Sirte" for q in quads)


def test_deploying_around_a_ministry_in_a_town() -> None:
    quads = _quads("The Nawasi Brigade deployed around the foreign ministry in Tripoli on Monday.")
    assert any(q[0] == "deploy" and q[1] == "Nawasi brigade" and q[3] == "Tripoli" for q in quads)


def test_fleeing_to_farms_outside_a_town_left_it() -> None:
    quads = _quads("Families fled to farms outside Sirte on Monday.")
    assert any(q[0] == "withdraw" and q[2] == "Sirte" and q[3] is None for q in quads)
