"""Movement nouns the parse reads oddly: a noun of attack tagged as an adjective, and a noun
of contest whose actor is named on a second noun it is equated with.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_triples

from libya_events import Parser

PARSER = Parser()


def _movements(text: str) -> list[tuple[str, str | None, str | None]]:
    return movement_triples(PARSER, text, "2021-03-02")


# ------------------------------------------------- "launched a lightning offensive": ADJ tag


def test_a_lightning_offensive_read_as_an_adjective_is_an_advance() -> None:
    text = "The LNA launched a lightning offensive to take Zawiya on Monday."
    found = _movements(text)
    assert ("advance", "Libyan National Army", "Zawiya") in found, found


def test_an_offensive_adjective_describing_a_noun_is_no_movement() -> None:
    text = "The Libyan National Army called the remarks offensive and left the talks in Geneva on Monday."
    found = _movements(text)
    assert not any(kind == "advance" for kind, _, _ in found), found


# ------------------------------------------ "the battle for X is the first fought by Y"


def test_a_battle_equated_with_one_fought_by_a_group_is_that_groups_advance() -> None:
    text = (
        "The battle for Gharyan, a town south of the capital, is the first battle for a town "
        "fought by the LNA this year."
    )
    found = _movements(text)
    assert ("advance", "Libyan National Army", "Gharyan") in found, found


def test_a_battle_equated_with_a_different_noun_takes_no_actor_from_it() -> None:
    text = "The battle for Gharyan is the first test faced by the LNA this year."
    found = _movements(text)
    assert not any(actor == "Libyan National Army" and kind == "advance" for kind, actor, _ in found), found


# ------------------------------------------------ "several towns, including X and Y"


def test_places_an_including_phrase_lists_are_the_places_taken() -> None:
    found = _movements("The LNA seized several towns in the south, including Murzuq and Ubari.")
    assert ("capture", "Libyan National Army", "Murzuq") in found, found
    assert ("capture", "Libyan National Army", "Ubari") in found, found


def test_an_including_phrase_on_a_verb_of_leaving_lists_places_left() -> None:
    article = PARSER.parse(
        "The militias abandoned their positions, including Gharyan, on Friday.", published="2021-03-02"
    )
    withdrawals = [m for m in article.movements if m.kind.value == "withdraw"]
    assert withdrawals, article.movements
    assert all(m.destination is None for m in withdrawals)
    assert any(m.origin is not None and m.origin.name == "Gharyan" for m in withdrawals)


def test_a_purpose_including_a_stronghold_in_a_district_reaches_the_district() -> None:
    text = (
        "The LNA launched a lightning offensive to take bases across Tripoli, "
        "including in its stronghold in the Abu Salim district."
    )
    found = _movements(text)
    assert ("advance", "Libyan National Army", "Abu Salim") in found, found


# ------------------------------------------------------ "the teams that came to help"


def test_teams_that_came_to_help_travelled() -> None:
    text = (
        "The Red Crescent thanked the rescue teams that came from abroad to help when the flood struck Derna."
    )
    found = _movements(text)
    assert any(
        kind == "travel" and actor is not None and "rescue teams" in actor for kind, actor, _ in found
    ), found


def test_a_team_that_came_to_an_agreement_did_not_travel() -> None:
    text = "The Red Crescent praised the rescue teams that came to an agreement after the storm hit Derna."
    found = _movements(text)
    assert not any(kind == "travel" for kind, _, _ in found), found


def test_a_team_that_came_to_see_the_damage_did_not_move_without_a_place() -> None:
    text = "The Red Crescent praised the rescue teams that came to see the damage after the storm hit Derna."
    found = _movements(text)
    assert not any(kind == "travel" for kind, _, _ in found), found


# ------------------------------------------ "advancing on roads that lead to X"


def test_an_advance_on_roads_that_lead_to_a_town_reaches_it() -> None:
    found = _movements("The LNA is advancing on roads that lead to Gharyan, its commander said on Tuesday.")
    assert ("advance", "Libyan National Army", "Gharyan") in found, found


def test_an_advance_after_clashes_on_roads_leading_to_a_town_reaches_it() -> None:
    text = "The LNA advanced after clashes on roads that lead to Gharyan."
    found = _movements(text)
    assert ("advance", "Libyan National Army", "Gharyan") in found, found


# ------------------------------- one place, one side, months apart: two events, not one


def test_an_advance_today_and_an_offensive_months_before_are_two_events() -> None:
    text = (
        "The LNA is advancing on Gharyan on Tuesday, its spokesman said. "
        "The LNA launched an offensive on Gharyan in November to end the rule of militias."
    )
    article = PARSER.parse(text, published="2021-03-02")
    on_gharyan = [
        m
        for m in article.movements
        if m.kind.value == "advance" and m.destination is not None and m.destination.name == "Gharyan"
    ]
    assert len(on_gharyan) == 2, article.movements
    assert {m.date.start.month for m in on_gharyan if m.date is not None} == {3, 11}


def test_an_advance_told_twice_in_one_week_is_one_event() -> None:
    text = (
        "The LNA advanced on Gharyan on Monday, its spokesman said. "
        "The LNA's offensive on Gharyan met little resistance, residents said."
    )
    article = PARSER.parse(text, published="2021-03-02")
    on_gharyan = [
        m
        for m in article.movements
        if m.kind.value == "advance" and m.destination is not None and m.destination.name == "Gharyan"
    ]
    assert len(on_gharyan) == 1, article.movements


def test_an_including_phrase_narrows_a_spread_across_a_city_to_its_district() -> None:
    text = (
        "The LNA launched a lightning offensive to take bases across Tripoli, "
        "including in its stronghold in the Abu Salim district."
    )
    found = _movements(text)
    assert ("advance", "Libyan National Army", "Tripoli") not in found, found


def test_a_spread_across_a_city_without_an_including_phrase_is_kept() -> None:
    found = _movements("The LNA launched a lightning offensive to take bases across Tripoli.")
    assert ("advance", "Libyan National Army", "Tripoli") in found, found
