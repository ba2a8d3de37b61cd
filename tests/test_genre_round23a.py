"""Genre round 23a: failure classes found on the blind genre articles genre-49..52
(a translated daily summary of the 2016 Sirte campaign's media office, a regional story on the
February 2012 Kufra clashes, an hour-by-hour chronology of 20 October 2011 in Sirte, and a
hedged think-tank brief on the August 2024 moves toward Ghadames).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2024-08-14"


def _records(text: str) -> list[tuple[MovementKind, str | None, str | None, str | None]]:
    return movement_records(PARSER, text, PUBLISHED)


# ------------------------- "moved from their bases in X": X is where they set out, not their goal


def test_the_place_of_the_bases_left_is_the_origin_not_a_destination() -> None:
    records = _records("Libyan National Army columns moved from their bases in the south toward Ghadames.")
    assert [(dest, origin) for _kind, _actor, dest, origin in records] == [("Ghadames", "southern Libya")]


def test_a_locative_in_phrase_is_not_the_particle_of_moving_in() -> None:
    records = _records(
        "Libyan National Army units moved from bases in the centre of the country toward Ghadames."
    )
    assert len(records) == 1
    assert records[0][2] == "Ghadames"


def test_moving_in_on_a_town_is_still_an_advance() -> None:
    records = _records("Libyan National Army columns moved in on Ghadames at dawn.")
    assert records == [(MovementKind.ADVANCE, "Libyan National Army", "Ghadames", None)]


# ---------------------------------------------- reinforcements sent toward a place deploy there


def test_reinforcements_sent_toward_a_town_deploy_there() -> None:
    records = _records("Armed groups from Zintan sent reinforcements toward Nalut on Monday.")
    assert [(kind, dest) for kind, _actor, dest, _origin in records] == [(MovementKind.DEPLOY, "Nalut")]


def test_troops_sent_toward_a_town_deploy_there() -> None:
    # round 49: every gold set annotates a sending toward a place as a deployment
    records = _records("The Libyan National Army sent troops towards Sirte on Monday.")
    assert [(kind, dest) for kind, _actor, dest, _origin in records] == [(MovementKind.DEPLOY, "Sirte")]


# --------------------------- a communique in its own voice: "our forces" are the side it speaks for

COMMUNIQUE = (
    "The media centre of the Bunyan al-Marsous operation publishes the outcome of the day.\n\n"
    "1. Our forces advanced toward Sirte at dawn, and they took control of Abu Hadi.\n\n"
    "2. Our units from the Abu Grein front were moved to Wadi Harawa."
)


def test_our_forces_in_a_communique_are_the_side_it_names_first() -> None:
    records = _records(COMMUNIQUE)
    assert (MovementKind.ADVANCE, "Bunyan Marsous", "Sirte", None) in records
    assert (MovementKind.DEPLOY, "Bunyan Marsous", "Wadi Harawa", "Abu Grein") in records


def test_they_conjoined_to_our_forces_is_the_same_side() -> None:
    records = _records(COMMUNIQUE)
    assert [(k, a) for k, a, d, _o in records if d == "Qasr Abu Hadi"] == [
        (MovementKind.CAPTURE, "Bunyan Marsous")
    ]


def test_our_forces_inside_a_quotation_are_not_the_story_s_side() -> None:
    text = (
        "The Bunyan al-Marsous operation shelled the port on Monday. A local elder told reporters: "
        '"Our men left Sirte years ago."'
    )
    assert all(a != "Bunyan Marsous" for _k, a, _d, _o in _records(text))


# ------------------------------------------------ a label and a bar before the date of publication


def test_a_labelled_date_line_dates_the_article() -> None:
    for label in ("Policy brief", "From our correspondent in Ajdabiya"):
        text = f"Columns head south\n\n{label} | Saturday 25 February 2012\n\nLibya Shield units entered Kufra on Thursday."
        article = PARSER.parse(text)
        assert str(article.published) == "2012-02-25"
        assert [str(m.date.start) for m in article.movements if m.date] == ["2012-02-23"]


def test_a_sentence_with_a_bar_is_not_a_date_line() -> None:
    text = "Columns head south\n\nThe rebels took the town | and they left it on 3 May 2011\n\nMore text."
    assert PARSER.parse(text).published is None


# ------------------------------- "told a news conference that ...": a reported clause, not a relative


def _statements(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in PARSER.parse(text, published=PUBLISHED).statements]


def test_told_a_news_conference_that_reports_the_clause() -> None:
    for verb in ("told", "tells"):
        found = _statements(f"Mahmoud Jibril {verb} a news conference that the siege of the port had ended.")
        assert found == [("Mahmoud Jibril", "the siege of the port had ended")]


def test_a_relative_clause_about_the_conference_reports_nothing() -> None:
    assert _statements("Mahmoud Jibril told a news conference that was held in Tripoli about the war.") == []


# ------------------------- '"...," a fighter who found him said': the noun the relative clause is about


def test_a_speaker_with_a_relative_clause_is_the_noun_not_its_object() -> None:
    found = _statements('"He begged us to stop," a young fighter who found him said.')
    assert [speaker for speaker, _text in found] == ["fighter"]


# ------------------------------------ "the terrorists" after a named jihadist group: that group


def test_the_terrorists_after_a_named_jihadist_group_are_that_group() -> None:
    text = "Islamic State fighters shelled the port of Sirte. The terrorists withdrew to Abu Hadi at night."
    assert (MovementKind.WITHDRAW, "Islamic State", "Qasr Abu Hadi", None) in _records(text)


def test_the_terrorists_after_a_national_army_are_not_that_army() -> None:
    text = "Libyan National Army forces shelled Tripoli. The terrorists withdrew to Abu Hadi at night."
    assert all(
        actor != "Libyan National Army"
        for kind, actor, _d, _o in _records(text)
        if kind is MovementKind.WITHDRAW
    )


# ------------------------ "drove back to X" with no one driven; "back to their city": the movers' town


def test_driving_back_with_no_one_driven_names_where_they_went() -> None:
    records = _records("Fighters from Misrata drove back to Misrata after dark.")
    assert [dest for _k, _a, dest, _o in records] == ["Misrata"]


def test_others_driven_back_are_still_expelled() -> None:
    records = _records("The loyalists were driven back from Brega.")
    assert [(kind, origin) for kind, _a, _d, origin in records] == [(MovementKind.WITHDRAW, "Brega")]


def test_their_city_is_the_town_the_movers_are_named_for() -> None:
    text = "Fighters from Misrata reached Sirte. The Misrata fighters drive back to their city at dusk."
    assert [dest for _k, _a, dest, _o in _records(text)] == ["Sirte", "Misrata"]


def test_their_city_with_no_town_in_the_movers_name_is_no_place() -> None:
    records = _records("The brigade withdrew to their city at dusk.")
    assert all(dest is None for _k, _a, dest, _o in records)


# ------------------------------------------------------------- Sirte's numbered districts are places


def test_sirte_numbered_districts_lie_in_sirte() -> None:
    article = PARSER.parse(
        "Islamic State fighters fled toward District 3 on the seafront of Sirte.", published=PUBLISHED
    )
    places = {loc.name: loc.point for loc in article.locations if loc.point is not None}
    assert abs(places["District 3"].lat - places["Sirte"].lat) < 0.05
    assert abs(places["District 3"].lon - places["Sirte"].lon) < 0.05


# ---------------------------- "the Shield's commanders said their men ...": the group they command


def test_their_men_in_the_commanders_report_are_the_commanders_group() -> None:
    text = (
        "Libya Shield units reached Kufra on Monday. The National Transitional Council said it had ordered "
        "a truce. On Friday the Shield's commanders said that their men had taken over Kufra airport."
    )
    captures = [(a, d) for k, a, d, _o in _records(text) if k is MovementKind.CAPTURE]
    assert ("Libya Shield Force", "Kufra Airport") in captures


# ------------------------ the wounded carried somewhere, and an enemy repelled with no place taken


def test_the_wounded_transferred_somewhere_are_suffered_upon() -> None:
    assert (
        _records("The wounded soldiers of the Libyan National Army were transferred to Misrata by ambulance.")
        == []
    )


def test_soldiers_transferred_somewhere_still_deploy() -> None:
    records = _records("Libyan National Army soldiers were transferred to Misrata on Monday.")
    assert [(k, d) for k, _a, d, _o in records] == [(MovementKind.DEPLOY, "Misrata")]


def test_repelling_attackers_with_no_place_takes_no_place() -> None:
    text = "Islamic State fighters attacked near Sirte, but the Libyan National Army repelled them."
    assert all(k is not MovementKind.CAPTURE for k, _a, _d, _o in _records(text))


def test_repelling_attackers_from_a_place_is_still_a_capture() -> None:
    records = _records("The Libyan National Army repelled the militants from the airport of Sirte.")
    assert [k for k, _a, _d, _o in records] == [MovementKind.CAPTURE]


# --------------------------------------------- "the columns" stand for the force they belong to


def test_the_columns_are_the_force_named_before() -> None:
    text = "Libyan National Army columns entered Ubari on Monday. By Friday the columns had pulled back toward Sabha."
    # the columns left the town they had entered (round 30: a withdrawal toward a town left the
    # story's town, which an earlier move reached)
    assert (MovementKind.WITHDRAW, "Libyan National Army", "Sabha", "Ubari") in _records(text)


# ------------------------------ a person handled by others (passive, no agent, no place) does not move


def test_a_person_pulled_out_and_beaten_makes_no_movement() -> None:
    assert _records("Muammar Gaddafi hid in a drainage pipe. He is pulled out and beaten.") == []


def test_a_person_driven_out_of_a_town_still_withdraws() -> None:
    records = _records("Muammar Gaddafi was driven out of Tripoli.")
    assert [(k, o) for k, _a, _d, o in records] == [(MovementKind.WITHDRAW, "Tripoli")]


# --------------------------------------- a tribe's or people's gunmen are that people's fighters


def test_tebu_gunmen_are_the_tebu_fighters() -> None:
    article = PARSER.parse(
        "Tebu gunmen attacked Kufra on Monday. The Tebu gunmen pulled back on Friday.", published=PUBLISHED
    )
    assert [a.name for a in article.actors] == ["Tebu fighters"]
    assert {m.actor for m in article.movements} == {"Tebu fighters"}
