"""Movement classes of round 44b: moves that did not happen.

A move noun listed among what is asked for is no movement: under a noun of asking ("its
demands, among them the departure of X"; ``REQUEST_NOUNS``), in the "for" phrase of a verb of
asking however deep in a list ("calls for a truce, an end to the shelling and the withdrawal of
X"; ``ASKING_FOR_VERBS``), as the object of a verb of asking (``ASKING_VERBS``), or in a clause
that is itself asked for ("urged the committee to move on to the withdrawal of X"). A move noun
held by a noun of a plan ("a plan for the withdrawal of X"; ``PLAN_NOUNS``) is planned, and so
is one a body cleared ("had cleared his departure"; ``AUTHORISING_HEADS``). A move in the
present tense, in a "before" or "until" clause on a main clause told in the past ("flew to Rome
two days before the envoys meet in Geneva"; ``AHEAD_MARKS``), is still to come: planned.

A second act joined to a verb of stopping is told as done, not prevented ("was halted at X and
turned around", "halted loading and its workers were evacuated"; ``SIBLING_CLAUSES``), and a
side that turns back after being stopped somewhere leaves that place (``_turned_back``,
``_stopped_at``). "Any" on a move's object or place ("have not ... entered any town";
``NON_ASSERTIVE_DETERMINERS``) marks a move not told as made, even where the parser hangs the
"not" elsewhere; "without any resistance" does not. A move told in the "that" clause of a claim
that is denied or judged untrue ("denied reports that X had entered Y", "rumours that X had fled
proved false"; ``CLAIM_NOUNS``, ``_disowned_claim``) is denied; a move noun put off or dropped
("the withdrawal was postponed"; ``CANCELLING_VERBS``) is planned. An infinitive under an
implicative verb ("opted to withdraw", "went on to seize X", a past "had to pull back";
``IMPLICATIVE_HEADS``, ``_implicative``) is told as done. A condition with no "if" ("Had the
LNA entered Tripoli, ...", "Should forces advance on X, ..."; ``INVERTING_AUXILIARIES``; "in case
forces advanced on X", ``CONDITION_NOUNS``) is no movement.

Every sentence here is written for the test.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import Modality

PARSER = Parser()
PUBLISHED = "2021-03-10"


def _moves(text: str) -> list[tuple[str | None, str, str]]:
    """Each movement as (actor, kind value, modality value)."""
    article = PARSER.parse(text, published=PUBLISHED)
    for m in article.movements:
        assert text[m.trigger.span.start : m.trigger.span.end] == m.trigger.text
    return [(m.actor, m.kind.value, m.modality.value) for m in article.movements]


def _reported(text: str) -> list[tuple[str | None, str]]:
    """The movements told as made: (actor, kind value)."""
    return [(actor, kind) for actor, kind, modality in _moves(text) if modality == Modality.REPORTED.value]


# --- a move noun asked for ----------------------------------------------------------------------


def test_withdrawal_deep_in_a_list_called_for_is_no_movement() -> None:
    text = (
        "The draft declaration calls for a lasting truce, an end to the shelling of Tripoli "
        "and the withdrawal of Russian mercenaries."
    )
    assert _reported(text) == []


def test_departure_among_demands_is_no_movement() -> None:
    text = "The LNA said the proposal ignored its demands, including the departure of Turkish troops."
    assert _reported(text) == []


def test_pullout_in_an_ultimatum_is_no_movement() -> None:
    text = "The council issued an ultimatum for the withdrawal of the Misrata brigades from Sirte."
    assert _reported(text) == []


def test_withdrawal_in_a_clause_asked_for_is_no_movement() -> None:
    text = "The envoy urged the military committee to move on to the withdrawal of foreign fighters."
    assert _reported(text) == []


def test_pressed_for_a_ceasefire_an_end_and_the_departure_is_no_movement() -> None:
    text = "Ankara pressed for a ceasefire, an end to the blockade and the departure of Wagner fighters."
    assert _reported(text) == []


def test_withdrawal_told_as_made_stays_a_movement() -> None:
    text = "The withdrawal of the LNA from Tarhuna began on Friday."
    assert ("Libyan National Army", "withdraw") in _reported(text)


def test_withdrawal_a_flight_happened_during_stays_a_movement() -> None:
    text = "Hundreds of families fled during the withdrawal of the LNA from Tarhuna."
    assert ("Libyan National Army", "withdraw") in _reported(text)


# --- a move noun planned or permitted -----------------------------------------------------------


def test_withdrawal_in_an_action_plan_is_planned() -> None:
    moves = _moves("The commission adopted a plan for the gradual withdrawal of mercenaries on Monday.")
    assert moves
    assert all(modality == Modality.PLANNED.value for _a, _k, modality in moves)


def test_withdrawal_on_a_timetable_is_planned() -> None:
    text = "The two sides agreed a timetable for the withdrawal of Syrian fighters."
    assert _reported(text) == []


def test_a_departure_cleared_is_planned() -> None:
    text = "Fathi Bashagha was in Tripoli. The interior ministry said it had cleared his departure for Tunis."
    assert not any(kind == "withdraw" for _actor, kind in _reported(text))


def test_an_arrival_cleared_is_planned() -> None:
    text = "Officials said they had cleared the arrival of Turkish troops at Mitiga airport."
    assert _reported(text) == []


# --- a move still to come after a past main clause ----------------------------------------------


def test_leaders_gathering_after_a_flight_is_planned() -> None:
    text = "Fayez al-Sarraj flew to Rome on Friday, a day before world leaders gather in Berlin."
    moves = _moves(text)
    assert ("Fayez al-Sarraj", "travel", "reported") in moves
    assert ("leaders", "travel", "planned") in moves


def test_delegations_returning_after_talks_ended_is_planned() -> None:
    text = "The talks in Tunis ended on Thursday, a week before the delegations return to Tripoli."
    assert _reported(text) == []


def test_troops_reaching_a_base_after_a_release_is_planned() -> None:
    text = "The guards freed the hostages on Tuesday, hours before Turkish troops reach the base."
    assert _reported(text) == []


def test_forces_entering_a_city_a_side_left_is_planned() -> None:
    moves = _moves("The LNA left Sirte, a day before the GNA forces enter the city.")
    assert ("Libyan National Army", "withdraw", "reported") in moves
    assert all(modality == "planned" for _actor, kind, modality in moves if kind == "capture")
    assert any(kind == "capture" for _actor, kind, _m in moves)


def test_a_past_move_before_a_past_clause_is_reported() -> None:
    text = "The rebels held Brega for a week before government forces recaptured the town on Sunday."
    assert any(kind == "capture" for _actor, kind in _reported(text))


# --- a second act joined to a verb of stopping is told as done ---------------------------------


def _quads(text: str) -> list[tuple[str | None, str, str | None, str | None]]:
    """Each movement as (actor, kind value, origin name, destination name)."""
    article = PARSER.parse(text, published=PUBLISHED)
    return [
        (
            m.actor,
            m.kind.value,
            m.origin.name if m.origin else None,
            m.destination.name if m.destination else None,
        )
        for m in article.movements
    ]


def test_workers_evacuated_after_loading_halted_withdraw() -> None:
    quads = _quads("The oil port halted loading on Monday and its workers were evacuated to Zawiya.")
    assert ("workers", "withdraw", None, "Zawiya") in quads


def test_a_convoy_stopped_and_turned_back_leaves_where_it_was_stopped() -> None:
    text = "A convoy of the Libyan Red Crescent was halted at Karsa on Saturday and turned around."
    assert ("Libyan Red Crescent", "withdraw", "Karsa", None) in _quads(text)


def test_a_convoy_stopped_at_a_checkpoint_at_a_town_turned_back_from_it() -> None:
    text = (
        "The Libyan Red Crescent convoy was stopped at an army checkpoint at Karsa on Sunday and turned back."
    )
    assert ("Libyan Red Crescent", "withdraw", "Karsa", None) in _quads(text)


def test_a_move_prevented_stays_no_movement() -> None:
    assert _quads("The army moved to stop the militias entering Tripoli.") == []


# --- "any" on a move's object or place: not told as made ----------------------------------------


def test_not_entered_any_town_with_the_negation_misplaced_is_not_reported() -> None:
    text = "The columns stopped short of Ghadames and have not, as far as we can tell, entered any town."
    assert _reported(text) == []


def test_moved_into_any_of_the_villages_is_denied() -> None:
    moves = _moves("The LNA units have not, so far, moved into any of the villages near Gharyan.")
    assert moves
    assert all(modality == Modality.DENIED.value for _a, _k, modality in moves)


def test_any_resistance_does_not_deny_an_entry() -> None:
    text = "The Nawasi brigade entered Sabratha without any resistance."
    assert ("Nawasi brigade", "capture") in _reported(text)


# --- a claim denied, a move put off ------------------------------------------------------------


def test_a_move_in_reports_denied_is_denied() -> None:
    moves = _moves("The LNA denied reports that its forces had entered Gharyan.")
    assert ("Libyan National Army", "capture", "denied") in moves


def test_a_move_in_claims_dismissed_is_denied() -> None:
    moves = _moves("The ministry dismissed claims that Turkish troops had landed at Mitiga airport.")
    assert moves
    assert all(modality == "denied" for _a, _k, modality in moves)


def test_a_move_in_rumours_proved_false_is_denied() -> None:
    moves = _moves("Rumours that Khalifa Haftar had fled to Cairo proved false.")
    assert ("Khalifa Haftar", "withdraw", "denied") in moves


def test_a_move_in_reports_confirmed_stays_reported() -> None:
    moves = _moves("Reports that Khalifa Haftar had fled to Cairo were confirmed by the army.")
    assert ("Khalifa Haftar", "withdraw", "reported") in moves


def test_a_withdrawal_postponed_is_planned() -> None:
    moves = _moves("The Nawasi brigade's withdrawal from the port was postponed.")
    assert ("Nawasi brigade", "withdraw", "planned") in moves


def test_a_deployment_cancelled_is_planned() -> None:
    assert _reported("The GNA cancelled the deployment of its units to Sirte.") == []


# --- an infinitive told as done -----------------------------------------------------------------


def test_went_on_to_seize_is_reported() -> None:
    assert ("Libyan National Army", "capture", "reported") in _moves("The LNA went on to seize Sirte.")


def test_went_on_to_a_town_to_seize_keeps_the_purpose() -> None:
    moves = _moves("The LNA went on to Sirte to seize the airport.")
    assert ("Libyan National Army", "capture", "reported") not in moves


def test_will_go_on_to_seize_is_planned() -> None:
    assert ("Libyan National Army", "capture", "planned") in _moves("The LNA will go on to seize Sirte.")


def test_had_to_withdraw_is_reported() -> None:
    moves = _moves("The Nawasi brigade had to withdraw from the port.")
    assert ("Nawasi brigade", "withdraw", "reported") in moves


def test_has_to_withdraw_is_planned() -> None:
    assert _reported("The Nawasi brigade has to withdraw from the port.") == []


def test_opted_to_withdraw_is_reported() -> None:
    moves = _moves("The Nawasi brigade opted to withdraw from the port on Monday.")
    assert ("Nawasi brigade", "withdraw", "reported") in moves


# --- a condition without "if" -------------------------------------------------------------------


def test_an_inverted_past_condition_is_no_movement() -> None:
    assert _moves("Had the LNA entered Tripoli, the war would have ended.") == []


def test_an_inverted_should_condition_is_no_movement() -> None:
    assert _moves("Should LNA forces advance on Sirte, the GNA will respond.") == []


def test_in_case_forces_advance_is_no_movement() -> None:
    assert _moves("The GNA warned it would respond in case LNA forces advanced on Sirte.") == []


def test_had_entered_before_its_subject_is_reported() -> None:
    moves = _moves("The LNA had entered Tripoli before the war ended.")
    assert ("Libyan National Army", "capture", "reported") in moves


def test_in_case_you_missed_it_is_no_condition_on_the_move() -> None:
    moves = _moves("In case you missed it, LNA forces entered Sirte on Monday.")
    assert ("Libyan National Army", "capture", "reported") in moves
