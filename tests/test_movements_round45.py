"""Movement classes of round 45: movers told without a name of their own.

"The group" (or "this batch") that others carry ("was taken by bus to X", "was transferred to
Y"; ``TRANSFER_VERBS``) stands for the moved people told just before (``CARRIED_GROUP_NOUNS``,
``_carried_group``), never for the coast guard or militia that stopped or freed them; "the
group was driven out of X" and "the group of fighters" are left alone. Inside a quotation an
organisation's attribution gives, "our teams" and "our staff" (``OWN_STAFF_LEMMAS``) are that
organisation. A force that moves itself with a compass heading and no place ("fighters from X
moved west"; ``SELF_SENDING_LEMMAS``, ``_own_heading``) is deployed with no destination. An
apposition that follows the subject's own verb ("were taken to a shelter run by X, the UN
agency, in the city"; ``_apposition_past_verb``) renames a word after the verb, not the subject.
Outside quotation marks, in a statement whose first speaker is an organisation, "our team" is
that organisation (``_issuing_organisation``). A "by" phrase of means ("taken by bus on Monday to
X"; ``CARRIED_MEANS``, ``_means_words``) no longer puts the verb's "to" out of reach.

Every sentence here is written for the test.
"""

from __future__ import annotations

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2021-05-04"


def _moves(text: str) -> list[tuple[str | None, str, str | None]]:
    """Each movement as (actor, kind value, destination name)."""
    article = PARSER.parse(text, published=PUBLISHED)
    for m in article.movements:
        assert text[m.trigger.span.start : m.trigger.span.end] == m.trigger.text
    return [
        (m.actor, m.kind.value, m.destination.name if m.destination is not None else None)
        for m in article.movements
    ]


# --- "the group" carried by others ---------------------------------------------------------------


def test_group_taken_by_bus_is_the_migrants_not_the_coast_guard() -> None:
    text = (
        "Some 120 migrants were intercepted off Zuwara by the Libyan coast guard on Tuesday. "
        "The group was taken by bus to a detention centre in Tripoli."
    )
    assert ("migrants", "travel", "Tripoli") in _moves(text)
    assert not any(actor == "Libyan coast guard" for actor, _, _ in _moves(text))


def test_group_of_families_taken_to_a_town_moves() -> None:
    text = (
        "Dozens of families fled the fighting in Tarhuna. "
        "The group was later taken by bus to Bani Walid, officials said."
    )
    assert ("families", "travel", "Bani Walid") in _moves(text)


def test_this_group_transferred_after_release_is_the_detainees() -> None:
    text = (
        "Forty detainees were freed by the Rada force on Monday. "
        "This group was transferred to Zawiya a day later."
    )
    assert _moves(text) == [("detainees", "travel", "Zawiya")]


def test_group_with_its_origin_words_is_still_the_people() -> None:
    text = (
        "About 90 migrants were released from a centre in Tripoli on Sunday. "
        "The group, mostly from Chad, was transferred to Misrata."
    )
    assert ("migrants", "travel", "Misrata") in _moves(text)


def test_group_driven_out_is_no_carried_people() -> None:
    text = (
        "Some 120 migrants were intercepted off Zuwara by the Libyan coast guard on Tuesday. "
        "The group was driven out of the port by the guards."
    )
    assert not any(actor == "migrants" and kind == "travel" for actor, kind, _ in _moves(text))


# --- an organisation's own staff in its quoted words ---------------------------------------------


def test_our_teams_in_an_agency_quote_are_the_agency() -> None:
    text = (
        "Doctors Without Borders said the clashes had cut the road. "
        '"Our teams reached Sirte on Sunday and found the hospital empty," Doctors Without Borders said.'
    )
    assert ("Doctors Without Borders", "travel", "Sirte") in _moves(text)


def test_our_staff_in_a_statement_quote_are_the_organisation() -> None:
    text = (
        '"Our staff travelled to Sabha on Tuesday to assess the damage," '
        "the International Organization for Migration said in a statement."
    )
    assert ("International Organization for Migration", "travel", "Sabha") in _moves(text)


def test_our_teams_of_a_resident_are_no_one() -> None:
    text = '"Our teams reached Sirte on Sunday," said a resident, Ali Salem.'
    assert _moves(text) == []


# --- a force moving itself with a compass heading ------------------------------------------------


def test_fighters_from_a_town_moving_west_are_deployed() -> None:
    assert _moves("Fighters from Misrata moved west on Saturday.") == [("Misrata forces", "deploy", None)]


def test_troops_loyal_to_a_commander_moving_south_are_deployed() -> None:
    assert _moves("Troops loyal to Haftar moved south on Friday.") == [
        ("Libyan National Army", "deploy", None)
    ]


def test_prices_moving_south_are_no_movement() -> None:
    assert _moves("Oil prices in Benghazi moved south on Friday.") == []


# --- an apposition past the subject's verb ---------------------------------------------------------


def test_agency_named_after_the_verb_does_not_move_the_people() -> None:
    text = (
        "Omar said nine men who had requested protection had been brought to a centre run by UNHCR, "
        "the UN refugee agency, in the capital."
    )
    assert not any(actor == "UNHCR" for actor, _, _ in _moves(text))


def test_apposition_right_after_the_subject_still_names_it() -> None:
    text = "The LNA's local allies, the Kaniyat militia, retreated from Tarhuna on Friday."
    assert ("Kaniyat", "withdraw", None) in _moves(text)


def test_migration_agency_after_the_verb_is_no_mover() -> None:
    text = (
        "Aid workers said twelve people had been moved to a centre managed by the IOM, "
        "the UN migration agency, in Misrata."
    )
    assert not any(actor == "International Organization for Migration" for actor, _, _ in _moves(text))


# --- an organisation's own staff in its statement's own voice ------------------------------------


def test_our_team_in_an_organisation_statement_is_the_organisation() -> None:
    text = (
        "Some 80 migrants were returned to Tripoli on Sunday, Doctors Without Borders said on Tuesday.\n\n"
        "Our staff travelled to Zawiya on Monday to visit the detainees."
    )
    assert ("Doctors Without Borders", "travel", "Zawiya") in _moves(text)


def test_our_team_who_went_somewhere_is_the_organisation() -> None:
    text = (
        "UNHCR said on Sunday that the coast road to the west was open again.\n\n"
        "Our team, which drove to Zuwara the same day, counted 40 families at the school."
    )
    assert any(actor == "UNHCR" and kind == "travel" for actor, kind, _ in _moves(text))


def test_our_team_in_a_story_an_official_opens_is_no_one() -> None:
    text = (
        "The interior minister said on Sunday that the road was open. UNHCR said it had sent aid.\n\n"
        "Our team travelled to Zawiya on Monday."
    )
    assert _moves(text) == []


# --- "by bus" and a date between a carrying verb and its "to" ------------------------------------


def test_taken_by_bus_on_a_day_to_a_town_moves() -> None:
    text = "Hundreds of migrants were held in the capital. They were taken by bus on Monday to Misrata."
    assert ("migrants", "travel", "Misrata") in _moves(text)


def test_group_moved_by_road_late_on_a_day_to_a_town_moves() -> None:
    text = (
        "About 70 detainees were freed from a centre in Tajoura. "
        "The group was moved by road late on Sunday to Zawiya."
    )
    assert ("detainees", "travel", "Zawiya") in _moves(text)
