"""Spurious movements found in round 56 (movement precision).

A part only a force has ("other units", "one column", "a second patrol") splits from an armed
side: when the move told just before is one of civilians ("families fled X") or the story's
teller is the latest group "they" would be, the part is no part of them.

A verb of a capture that also names a duty ("secure", "clear") in the simple present or as a
progressive ("the brigade secures the port", "troops were clearing the district of gangs") tells
a standing guard or work going on, not a place taken; in the past it is a capture.

A siege told in a perfect (simple, progressive or passive) with the time it has lasted ("who
have surrounded the ministries for a week", "has been besieging the capital since April", "has
been encircled by its forces since 2016") stands; it is no advance made then.

"Come from" in the simple present ("most of the fighters come from Misrata", "the new arrivals
come from Darfur") tells where people are from, not a journey; "came from", "have come from"
still tell one.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()


# ------------------------------------------- a force's part never splits from civilians


NOT_FORCES = frozenset({"families", "spokesman", "field commander", "army officer"})


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        (
            "Hundreds of families fled Tajoura on Sunday. A military source said other units had been moved to Zliten.",
            "Zliten",
        ),
        (
            "About 60 families left Sawani overnight. The spokesman said that other units had entered Gharyan on Friday.",
            "Gharyan",
        ),
        ("Dozens of families returned to Sabri on Monday, while other units were sent to Derna.", "Derna"),
        (
            "An army officer told reporters that convoys had reached Brega. He said other units had moved from Brega to Ajdabiya.",
            "Ajdabiya",
        ),
    ],
)
def test_other_units_are_no_part_of_civilians_or_the_teller(text: str, goal: str) -> None:
    records = movement_records(PARSER, text, "2020-06-01")
    assert not [r for r in records if r[2] == goal and r[1] in NOT_FORCES]


def test_other_units_leaving_a_place_are_not_the_teller() -> None:
    text = "A field commander said columns had reached Sirte. He said other units had also moved south from Sirte to Hun."
    records = movement_records(PARSER, text, "2020-06-01")
    assert not [r for r in records if r[1] in NOT_FORCES]


def test_other_units_go_on_with_the_armed_side_told_moving() -> None:
    text = "GNA forces advanced on Sirte on Monday. Other units entered Abu Qurain."
    records = movement_records(PARSER, text, "2020-06-01")
    assert any(
        dest == "Abu Qurain" and actor is not None and "National Accord" in actor
        for _k, actor, dest, _o in records
    )


def test_one_column_goes_on_with_the_force_it_split_from() -> None:
    text = (
        "Forces led by Osama al-Juwaili advanced on the capital from the south. "
        "One column moved up from Gharyan and reached the outskirts of Aziziya."
    )
    records = movement_records(PARSER, text, "2022-08-27")
    assert any(dest == "Aziziya" and actor == "Juwaili's forces" for _k, actor, dest, _o in records)


# ------------------------------------------- a duty going on is no capture


@pytest.mark.parametrize(
    "text",
    [
        "The Nawasi brigade secures the port of Tripoli and answers to the interior ministry.",
        "State radio said the army was clearing Sirte of armed gangs.",
        "The LNA said its convoys were securing the southern borders near Ghat.",
        "Local police are securing Zuwara while the talks go on.",
    ],
)
def test_a_duty_going_on_is_no_capture(text: str) -> None:
    records = movement_records(PARSER, text, "2020-06-01")
    assert not [r for r in records if r[0] is MovementKind.CAPTURE]


def test_a_place_secured_in_the_past_is_taken() -> None:
    text = "The army secured the towns of Waddan and Hun on Friday."
    records = movement_records(PARSER, text, "2017-06-04")
    assert (MovementKind.CAPTURE, "army", "Waddan", None) in records


# ------------------------------------------- a standing siege is no advance


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen who have surrounded the parliament building in Tripoli for ten days issued new demands on Monday.",
        "The Seventh Brigade, which has been besieging Tripoli since August, shelled the port on Friday.",
        "Derna has been encircled by the army since 2016, residents say.",
        "Tebu fighters have encircled Murzuq for two months.",
    ],
)
def test_a_standing_siege_is_no_advance(text: str) -> None:
    records = movement_records(PARSER, text, "2020-06-01")
    assert not [r for r in records if r[0] is MovementKind.ADVANCE]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Loyalist units surrounded Yafran early this month.", "Yafran"),
        ("Armed men surrounded the security directorate in Sabha on Sunday morning.", "Sabha"),
    ],
)
def test_a_siege_laid_is_an_advance(text: str, town: str) -> None:
    records = movement_records(PARSER, text, "2020-06-01")
    assert [r for r in records if r[0] is MovementKind.ADVANCE and r[2] == town]


# ------------------------------------------- where people are from is no journey


@pytest.mark.parametrize(
    "text",
    [
        "Most of the gunmen come from Zintan and Rujban, residents say.",
        "The families in the camp come from Tawergha.",
        "The brigade's fighters, who come from Misrata, took the port on Friday.",
    ],
)
def test_come_from_in_the_present_is_where_people_are_from(text: str) -> None:
    records = movement_records(PARSER, text, "2020-06-01")
    assert not [r for r in records if r[3] in ("Zintan", "Tawergha", "Misrata")]


def test_have_come_from_is_a_journey() -> None:
    text = "Thousands of refugees have come from Darfur since April."
    records = movement_records(PARSER, text, "2024-06-01")
    assert [r for r in records if r[3] == "Darfur"]


# ------------------------------------------- "the centre", "the hospital", "the prison"


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Militias shelled the Mitiga detention centre overnight. Rada fighters stormed the centre at dawn.",
            "Mitiga prison",
        ),
        (
            "Clashes broke out near the Jala hospital in Benghazi. Gunmen stormed the hospital on Friday.",
            "Jala hospital",
        ),
        (
            "Gunmen attacked Mitiga prison on Monday. Rada said its men had retaken the prison.",
            "Mitiga prison",
        ),
        (
            "A UN team inspected the Tariq al-Sikka detention centre in April. IOM staff visited the centre again on Monday.",
            "Tariq al-Sikka",
        ),
    ],
)
def test_a_bare_facility_noun_is_the_site_named_before(text: str, site: str) -> None:
    records = movement_records(PARSER, text, "2020-06-01")
    reached = (MovementKind.CAPTURE, MovementKind.TRAVEL)  # the second sentence's move
    assert [r for r in records if r[0] in reached and r[2] == site], records


def test_an_airport_is_no_port() -> None:
    text = "Gunmen shelled Mitiga airport on Monday. On Tuesday the LNA stormed the port of Benghazi."
    records = movement_records(PARSER, text, "2020-06-01")
    assert not [r for r in records if r[0] is MovementKind.CAPTURE and r[2] == "Mitiga International Airport"]


@pytest.mark.parametrize(
    ("text", "town", "earlier"),
    [
        (
            "Rebels shelled the Yarmouk camp on Monday. Mismari brought his men to the army camp at Benina on Tuesday.",
            "Benina",
            "Yarmouk camp",
        ),
        (
            "Gunmen raided the Tariq al-Sikka detention centre. Families fled to the health centre in Janzour.",
            "Janzour",
            "Tariq al-Sikka",
        ),
    ],
)
def test_a_facility_placed_by_the_name_after_it_is_no_site_named_before(
    text: str, town: str, earlier: str
) -> None:
    records = movement_records(PARSER, text, "2020-06-01")
    assert [r for r in records if r[2] == town]
    assert not [r for r in records if r[2] == earlier and r[0] is not MovementKind.ADVANCE]
