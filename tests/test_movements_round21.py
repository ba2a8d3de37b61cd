"""Movement classes of round 21: a second place phrase after an aside ("heading for X, a town
south of Y, or for Z").

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2020-06-10"


def _dests(text: str) -> list[tuple[MovementKind, str | None]]:
    return [(kind, dest) for kind, _actor, dest, _origin in movement_records(PARSER, text, PUBLISHED)]


# ------------------------------------------------ "for X, a town south of Y, or for Z"


@pytest.mark.parametrize(
    ("text", "kind", "places"),
    [
        (
            "Loyalist units were heading for Tarhuna, a hill town 80 km south-east of Tripoli, or for Bani Walid.",
            MovementKind.ADVANCE,
            {"Tarhuna", "Bani Walid"},
        ),
        (
            "The LNA retreated to Tarhuna, a town south-east of the capital, and to Bani Walid.",
            MovementKind.WITHDRAW,
            {"Tarhuna", "Bani Walid"},
        ),
    ],
)
def test_repeated_preposition_after_an_aside_names_a_second_place(
    text: str, kind: MovementKind, places: set[str]
) -> None:
    found = {dest for k, dest in _dests(text) if k is kind}
    assert places <= found


def test_a_different_preposition_after_an_aside_is_no_second_destination() -> None:
    # "from" after "to": an origin, never a second place reached
    found = _dests("The LNA retreated to Tarhuna, a town south-east of the capital, from Gharyan.")
    assert (MovementKind.WITHDRAW, "Gharyan") not in found
    assert (MovementKind.WITHDRAW, "Tarhuna") in found


# ------------------------------------------------ "then": a further move, no retelling


def test_a_move_told_as_the_next_step_is_no_retelling_of_the_last() -> None:
    records = movement_records(
        PARSER, "The LNA advanced on Sirte on Monday. Its units then advanced from Nofaliya.", PUBLISHED
    )
    found = {(kind, dest, origin) for kind, _actor, dest, origin in records}
    assert (MovementKind.ADVANCE, "Sirte", None) in found
    assert (MovementKind.ADVANCE, None, "Nofaliya") in found


def test_a_move_with_no_sequence_word_may_still_retell_the_last() -> None:
    # no "then": the later clause says where the advance on Sirte came from (one event)
    records = movement_records(
        PARSER, "The LNA advanced on Sirte on Monday. Its units advanced from Nofaliya.", PUBLISHED
    )
    assert [(kind, dest) for kind, _actor, dest, _origin in records] == [(MovementKind.ADVANCE, "Sirte")]


# ------------------------------------------------ a group splits: "one ... the other", "a second column"

SPLIT = "Fighters of the Zintan brigades overran Bir Ayyad on Friday and split into two columns. "


def test_the_parts_of_a_group_that_split_move_as_the_group() -> None:
    records = movement_records(
        PARSER, SPLIT + "One pushed north towards Zawiya; the other moved east to Gharyan.", PUBLISHED
    )
    found = {(kind, actor, dest) for kind, actor, dest, _origin in records}
    assert (MovementKind.ADVANCE, "Zintan brigades", "Zawiya") in found
    assert any(actor == "Zintan brigades" and dest == "Gharyan" for _kind, actor, dest in found)


def test_a_second_column_is_part_of_the_group_told_before() -> None:
    records = movement_records(PARSER, SPLIT + "On Saturday a second column entered Zawiya.", PUBLISHED)
    assert (MovementKind.CAPTURE, "Zintan brigades", "Zawiya") in {(k, a, d) for k, a, d, _o in records}


@pytest.mark.parametrize(
    "sentence",
    [
        "A second column of the Misrata brigades entered Zawiya.",  # its own owner: not the split group
        "One of the brigades entered Zawiya.",  # "one of": a partitive with its own group
    ],
)
def test_a_part_with_its_own_group_is_not_the_split_group(sentence: str) -> None:
    records = movement_records(PARSER, SPLIT + sentence, PUBLISHED)
    assert all(not (actor == "Zintan brigades" and dest == "Zawiya") for _k, actor, dest, _o in records)


# ------------------------------------------------ a compass word before the preposition


def test_a_compass_word_before_towards_keeps_the_place_reached() -> None:
    records = movement_records(PARSER, SPLIT + "Some pushed north towards Zawiya.", PUBLISHED)
    assert (MovementKind.ADVANCE, "Zawiya") in {(k, d) for k, _a, d, _o in records}


def test_a_compass_word_before_of_names_no_place_reached() -> None:
    records = movement_records(PARSER, "The LNA moved east of Sirte.", PUBLISHED)
    assert all(dest != "Sirte" for _k, _a, dest, _o in records)


# ------------------------------------------------ "the flight of the men of X towards Y"


def test_a_place_hung_on_the_owner_of_the_movers_is_where_they_went() -> None:
    records = movement_records(
        PARSER,
        "GNA forces entered Tarhuna after the flight of the militias of the Kaniyat towards Bani Walid.",
        PUBLISHED,
    )
    assert (MovementKind.WITHDRAW, "Kaniyat", "Bani Walid") in {(k, a, d) for k, a, d, _o in records}


def test_a_place_hung_on_an_owner_is_no_goal_of_a_move_with_no_bare_reading() -> None:
    # "the arrival of the envoy of the UN": no place, no movement
    records = movement_records(
        PARSER, "Talks followed the arrival of the envoy of the United Nations.", PUBLISHED
    )
    assert all(dest is None for _k, _a, dest, _o in records)


# ------------------------------------------------ "seized X just south of Y and Z to the north"


def test_a_place_placed_by_its_own_direction_after_a_reference_point_is_taken_too() -> None:
    records = movement_records(
        PARSER,
        "On Wednesday GNA forces seized the Sirte university campus just east of the convention hall"
        " and Ibn Sina Hospital further north.",
        PUBLISHED,
    )
    assert (MovementKind.CAPTURE, "Ibn Sina Hospital") in {(k, d) for k, _a, d, _o in records}


def test_a_second_reference_point_with_no_direction_of_its_own_is_not_taken() -> None:
    records = movement_records(
        PARSER, "GNA forces seized the airport south of Tripoli and Tajoura.", PUBLISHED
    )
    assert all(dest not in ("Tripoli", "Tajoura") for _k, _a, dest, _o in records)


# ------------------------------------------------ a past verb tagged as a name


@pytest.mark.parametrize(
    "text",
    [
        "Rebel units from Zintan descended onto the plain and overran Bir al-Ghanam, a crossroads south of Tripoli.",
        "Rebel units from Zintan, backed by NATO air strikes, descended onto the coastal plain in early August"
        " and overran Bir al-Ghanam, a dusty crossroads south-west of Tripoli.",
    ],
)
def test_a_past_verb_the_parser_tagged_as_a_name_takes_its_object(text: str) -> None:
    records = movement_records(PARSER, text, PUBLISHED)
    assert (MovementKind.CAPTURE, "Bir al-Ghanam") in {(k, d) for k, _a, d, _o in records}


def test_a_capitalised_name_is_never_read_as_a_verb() -> None:
    # "Overran" is no word of a name here, but a capitalised name is left alone
    records = movement_records(PARSER, "Fighters of the Sabha Brigade visited Tripoli.", PUBLISHED)
    assert all(kind is not MovementKind.CAPTURE for kind, _a, _d, _o in records)


def test_the_parts_of_a_split_group_set_out_from_where_it_was() -> None:
    records = movement_records(
        PARSER,
        "Rebel units from Zintan descended onto the plain and overran Bir al-Ghanam, before splitting into two"
        " columns. One pushed north towards Zawiya.",
        PUBLISHED,
    )
    assert (MovementKind.ADVANCE, "Zawiya", "Bir al-Ghanam") in {(k, d, o) for k, _a, d, o in records}


# ------------------------------------------------ "the town" after a site named by its town


def test_the_town_after_a_site_named_by_its_town_is_that_town() -> None:
    records = movement_records(
        PARSER,
        "Thousands of refugees have reached Kufra this year. On Monday a UN mission flew from Benghazi to Kufra"
        " airport. The IOM moved two health teams into the town last month.",
        PUBLISHED,
    )
    assert (MovementKind.DEPLOY, "Kufra") in {(k, d) for k, _a, d, _o in records}
    assert (MovementKind.DEPLOY, "Benghazi") not in {(k, d) for k, _a, d, _o in records}


def test_the_town_after_a_site_of_no_named_town_is_the_last_town() -> None:
    records = movement_records(
        PARSER,
        "On Monday a UN mission flew from Misrata to the Mitiga air base. The IOM moved two health teams into"
        " the town last month.",
        PUBLISHED,
    )
    assert (MovementKind.DEPLOY, "Misrata") in {(k, d) for k, _a, d, _o in records}


# ------------------------------------------------ a campaign told as a time or a span


@pytest.mark.parametrize(
    "text",
    [
        "The fall of Tarhuna ends Haftar's 14-month campaign to seize Tripoli.",
        "The GNA had held the airport since the start of the LNA's offensive on Tripoli.",
        "The militia had held the airport since the first weeks of the LNA's offensive on Tripoli.",
    ],
)
def test_a_campaign_that_only_tells_a_time_or_a_span_is_no_movement(text: str) -> None:
    assert all(
        kind is not MovementKind.ADVANCE for kind, _a, _d, _o in movement_records(PARSER, text, PUBLISHED)
    )


def test_during_a_campaign_the_move_told_is_the_clause_s_own() -> None:
    records = movement_records(
        PARSER, "LNA units entered Murzuq in February during their campaign in southern Libya.", PUBLISHED
    )
    assert [(k, d) for k, _a, d, _o in records] == [(MovementKind.CAPTURE, "Murzuq")]


def test_a_campaign_launched_is_still_a_movement() -> None:
    records = movement_records(PARSER, "The LNA launched its offensive on Tripoli in April.", PUBLISHED)
    assert (MovementKind.ADVANCE, "Tripoli") in {(k, d) for k, _a, d, _o in records}


# ------------------------------------------------ "only to leave again", hung on a noun


def test_only_to_leave_hung_on_a_noun_is_a_departure_from_the_place_reached() -> None:
    article = PARSER.parse(
        "On 17 May Bashagha slipped into Tripoli overnight with a small escort, only to leave again within hours"
        " after clashes broke out.",
        published=PUBLISHED,
    )
    left = [m for m in article.movements if m.kind is MovementKind.WITHDRAW]
    assert [(m.origin.name if m.origin else None) for m in left] == ["Tripoli"]
    assert left[0].date is not None
    assert left[0].date.iso == "2020-05-17"


def test_a_purpose_hung_on_a_noun_is_no_departure() -> None:
    records = movement_records(
        PARSER, "Bashagha arrived in Tripoli with a plan to leave within hours.", PUBLISHED
    )
    assert all(kind is not MovementKind.WITHDRAW for kind, _a, _d, _o in records)


# ------------------------------------------------ a day told after the last move


def test_a_day_told_after_the_last_move_dates_the_next_undated_one() -> None:
    article = PARSER.parse(
        "Rebel units from Zintan overran Bir al-Ghanam in early August. Gharyan was quiet on Aug. 13 after a day"
        " of street fighting, local commanders said. The capture of Gharyan by the rebels cut the highway.",
        published="2011-08-21",
    )
    capture = [m for m in article.movements if m.destination is not None and m.destination.name == "Gharyan"]
    assert capture
    assert capture[0].date is not None
    assert capture[0].date.iso == "2011-08-13"
