"""Movement classes of round 47: second legs of a move, unnamed columns and nominal withdrawals.

- A move's next leg told with a compass word the parse makes the verb's own conjunct ("pulled
  back to X and then further south toward Y") is one more place the same mover went by the same
  move (``_second_leg``); a compass word that heads a clause of its own is not read.
- An unnamed column, or a convoy called a reinforcement, is a body of a force by its word
  (``FORCE_BODY_WORDS``): where no side is told moving nearby it moves as an armed group of its
  own ("A reinforcement column was sent from X": deployed from X, no longer a withdrawal of a
  collective); after a side's move it stays no one's, as an unarmed convoy does.
- A bare "others" as the passive subject of a verb of moving forces, itself or raised from "are
  said to have been", is part of the side whose move was told just before ("X units were moved to
  Y. Others were sent south toward Z"; ``_sent_part``, ``SENT_PART_LEMMAS``); with none told it is
  no one's.
- Forces sent with a compass heading before their "toward" ("units were sent south toward X") are
  deployed that way (``_sent_on_a_heading``); "moved forces towards X" and "were sent toward X"
  with no heading stay an advance.
- A town's people heading on their own with a compass word the parse makes the verb's object
  ("families are heading east to X") leave their homes, as "families headed to X" does (the gold
  sets annotate families "heading" somewhere as withdraw); people moved by others ("is moving
  families east to X") do not.
- "The withdrawal of X and its allies from Y": where the parser joins the second mover to the move
  noun and hangs "from Y" on it, Y is still the place the move left (``_conjoined_movers``); a
  second move noun with its own "of" ("and the arrival of families from Z") keeps its place.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2020-06-10"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- a second leg -------------------------------------------------------------------------------


def test_a_withdrawal_then_further_south_reaches_both_places() -> None:
    quads = _quads("The LNA withdrew to Gharyan and then further south toward Mizda on Friday.")
    assert ("withdraw", "Libyan National Army", None, "Gharyan") in quads
    assert ("withdraw", "Libyan National Army", None, "Mizda") in quads


def test_units_that_pulled_back_then_further_south_reach_both_places() -> None:
    quads = _quads("Some LNA units pulled back toward Bani Walid and then further south toward Jufra.")
    assert ("withdraw", "Libyan National Army", None, "Jufra") in quads


def test_an_advance_then_further_east_reaches_both_places() -> None:
    quads = _quads("The Misrata brigades advanced to Tawergha and then further east towards Sirte.")
    assert ("advance", "Misrata forces", None, "Tawergha") in quads
    assert ("advance", "Misrata forces", None, "Sirte") in quads


def test_a_retreat_then_further_east_to_a_town_reaches_it() -> None:
    quads = _quads("GNA forces retreated to Sirte and then further east to Ajdabiya.")
    assert ("withdraw", "Government of National Accord forces", None, "Ajdabiya") in quads


def test_a_compass_word_with_its_own_clause_is_no_second_leg() -> None:
    quads = _quads("The LNA withdrew to Gharyan, and the south then fell quiet toward Mizda.")
    assert not any(dest == "Mizda" for *_rest, dest in quads)


# --- an unnamed column ----------------------------------------------------------------------------


def _records(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    article = PARSER.parse(text, published=PUBLISHED)
    names = {a.name: a.kind.value for a in article.actors}
    return [
        (
            m.kind.value,
            m.actor,
            names.get(m.actor) if m.actor else None,
            m.origin.name if m.origin else None,
            m.destination.name if m.destination else None,
        )
        for m in article.movements
    ]


def test_a_reinforcement_column_sent_from_a_city_is_deployed_from_it() -> None:
    records = _records("A reinforcement column was sent from Benghazi on Friday.")
    assert ("deploy", "reinforcement column", "armed_group", "Benghazi", None) in records


def test_a_reinforcement_column_sent_in_a_relative_clause_is_deployed() -> None:
    records = _records("A reinforcement column that was sent from Benghazi reached Sirte on Tuesday.")
    # round 49: the sending and the arrival it ends are one deployment, from Benghazi to Sirte
    assert ("deploy", "reinforcement column", "armed_group", "Benghazi", "Sirte") in records
    assert not any(kind == "withdraw" for kind, *_rest in records)


def test_a_second_column_moving_from_a_town_is_a_force_not_a_crowd() -> None:
    records = _records("A second column, moving east from Mizda, was stopped near Gharyan.")
    assert any(
        actor == "second column" and kind_of == "armed_group" and origin == "Mizda" and kind != "withdraw"
        for kind, actor, kind_of, origin, _dest in records
    )


def test_a_column_of_vehicles_is_a_force() -> None:
    records = _records("A column of about 60 vehicles left Misrata for Sirte on Monday.")
    assert any(kind_of == "armed_group" and dest == "Sirte" for _k, _a, kind_of, _o, dest in records)


def test_a_convoy_of_aid_trucks_stays_a_collective() -> None:
    records = _records("A convoy of aid trucks left Misrata for Sirte on Monday.")
    assert records
    assert all(kind_of == "collective" for _k, _a, kind_of, _o, _d in records)


def test_a_column_after_a_sides_move_is_no_ones() -> None:
    records = _records(
        "LNA forces advanced on Gharyan on Sunday. A second column, moving east from Mizda, was stopped."
    )
    assert not any(actor is not None and "column" in actor for _k, actor, *_rest in records)


# --- others sent ----------------------------------------------------------------------------------


def test_others_sent_after_brigades_moved_are_the_same_side() -> None:
    quads = _quads(
        "Several GNA brigades were moved from Misrata to Sirte last week. Others were sent south toward Jufra."
    )
    assert ("deploy", "Government of National Accord forces", None, "Jufra") in quads


def test_others_said_to_have_been_sent_are_the_same_side() -> None:
    quads = _quads(
        "Some LNA units have been moved out of Benghazi toward Jufra. "
        "Others are said to have been sent south toward Sabha."
    )
    assert ("deploy", "Libyan National Army", None, "Sabha") in quads


def test_others_dispatched_after_a_deployment_are_the_same_side() -> None:
    quads = _quads("The Rada force deployed units to Mitiga on Monday. Others were dispatched to Tajoura.")
    assert ("deploy", "Special Deterrence Force", None, "Tajoura") in quads


def test_others_sent_with_no_side_told_are_no_ones() -> None:
    assert _quads("Others were sent to Sabha.") == []


# --- a heading sent on ------------------------------------------------------------------------------


def test_units_sent_south_toward_a_town_are_deployed() -> None:
    quads = _quads("LNA units were sent south toward Sabha on Friday.")
    assert ("deploy", "Libyan National Army", None, "Sabha") in quads


def test_troops_moved_north_towards_a_town_are_deployed() -> None:
    quads = _quads("Troops of the GNA have been moved north towards Zawiya.")
    assert ("deploy", "Government of National Accord forces", None, "Zawiya") in quads


def test_forces_moved_towards_a_town_with_no_heading_still_advance() -> None:
    assert ("advance", "Libyan National Army", None, "Sirte") in _quads(
        "The LNA moved forces towards Sirte on Monday."
    )
    # round 49: a sending toward a place is a deployment, as every gold set annotates it
    assert ("deploy", "Libyan National Army", None, "Sabha") in _quads(
        "LNA units were sent toward Sabha on Friday."
    )


# --- families heading on a compass word ---------------------------------------------------------


def test_families_heading_east_to_a_town_leave_their_homes() -> None:
    assert ("withdraw", "Families", None, "Misrata") in _quads("Families are heading east to Misrata.")


def test_displaced_families_heading_two_ways_leave_for_both() -> None:
    quads = _quads("Displaced families are heading east to Misrata or north to Tripoli.")
    assert ("withdraw", "Displaced families", None, "Misrata") in quads
    assert ("withdraw", "Displaced families", None, "Tripoli") in quads


def test_families_moved_east_by_others_do_not_flee() -> None:
    quads = _quads("The Red Crescent is moving families east to Misrata.")
    assert not any(kind == "withdraw" for kind, *_rest in quads)


# --- a nominal withdrawal of two movers ---------------------------------------------------------


def test_a_withdrawal_of_a_side_and_allied_militias_leaves_the_town() -> None:
    quads = _quads("The withdrawal of the LNA and allied militias from Tarhuna was completed on Friday.")
    assert ("withdraw", "Libyan National Army", "Tarhuna", None) in quads


def test_a_withdrawal_of_a_side_and_its_allies_leaves_the_town() -> None:
    quads = _quads(
        "Following the withdrawal of the LNA and its allies from Tarhuna, GNA forces entered the town."
    )
    assert ("withdraw", "Libyan National Army", "Tarhuna", None) in quads


def test_a_withdrawal_of_a_side_and_allied_fighters_leaves_the_town() -> None:
    quads = _quads("The withdrawal of the LNA and allied fighters from Gharyan ended the siege.")
    assert ("withdraw", "Libyan National Army", "Gharyan", None) in quads


def test_a_second_move_noun_keeps_its_own_place() -> None:
    quads = _quads(
        "The withdrawal of the LNA and the arrival of families from Tunisia were reported on Friday."
    )
    assert not any(actor == "Libyan National Army" and origin == "Tunisia" for _k, actor, origin, _d in quads)
