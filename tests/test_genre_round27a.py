"""Genre round 27a: failure classes found by four blind genre articles (tests/genre/genre-73..76).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_quads
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import Parser

PARSER = Parser()


def _moves(text: str, published: str = "2019-04-18") -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, published)


# ------------------------------------------- "redeployed toward X": new positions, not an attack


def test_units_redeployed_toward_a_camp_deploy_there() -> None:
    moves = _moves("Units of the Libyan National Army redeployed toward the Yarmouk camp on Monday.")
    assert [(k, d) for k, _, _, d in moves] == [("deploy", "Yarmouk camp")]


def test_battalions_redeployed_toward_a_town_deploy_there() -> None:
    moves = _moves("The army redeployed two battalions toward Sirte after the talks.")
    assert [(k, d) for k, _, _, d in moves] == [("deploy", "Sirte")]


def test_forces_moved_toward_a_town_still_advance_on_it() -> None:
    moves = _moves("The army moved two battalions toward Sirte after the talks.")
    assert [(k, d) for k, _, _, d in moves] == [("advance", "Sirte")]


# ---------------------------- "relocated 300 refugees to X": the civilians moved are the movers


@given(
    verb=st.sampled_from(["relocated", "moved", "transferred"]),
    people=st.sampled_from(["refugees", "migrants", "families", "detainees"]),
)
@settings(max_examples=12, deadline=None)
def test_civilians_moved_by_an_agency_are_the_movers(verb: str, people: str) -> None:
    moves = _moves(f"On Sunday UNHCR {verb} 240 {people} to a shelter in Janzour.")
    assert len(moves) == 1
    kind, actor, _, dest = moves[0]
    assert dest == "Janzour"
    assert actor is not None
    assert "UNHCR" not in actor
    assert kind in ("travel", "withdraw")


def test_civilians_relocated_from_a_district_leave_it() -> None:
    moves = _moves("The agency said it had relocated 180 refugees from Ain Zara to Tajoura on Friday.")
    assert len(moves) == 1
    assert moves[0][2:] == ("Ain Zara", "Tajoura")
    assert moves[0][1] is not None
    assert "refugees" in moves[0][1]


def test_troops_moved_by_an_army_stay_the_army_s_deployment() -> None:
    moves = _moves("The army moved two battalions to Misrata on Sunday.")
    assert [(k, a, d) for k, a, _, d in moves] == [("deploy", "army", "Misrata")]


# ------------------------- a month with no year inside a paragraph that tells a past year's story


def _month_of(text: str, published: str, word: str) -> str | None:
    import datetime as dt

    from libya_events.dates._timex import find_time_expressions

    for e in find_time_expressions(text, dt.date.fromisoformat(published)):
        if word in text[e.span.start : e.span.end] and e.date is not None:
            return e.date.start.isoformat()[:7]
    return None


def test_a_bare_month_after_that_year_stays_in_the_story_year() -> None:
    text = (
        "The war reached the coast in 2011. In June of that year rebels pushed west. "
        "After weeks of fighting the town fell in late August."
    )
    assert _month_of(text, "2019-06-02", "August") == "2011-08"


def test_a_bare_month_in_a_new_paragraph_is_the_latest_one() -> None:
    text = "The war reached the coast in 2011. In June of that year rebels pushed west.\n\nTalks resumed in March."
    assert _month_of(text, "2019-06-02", "March") == "2019-03"


def test_a_bare_month_after_this_year_s_date_is_unchanged() -> None:
    text = "The offensive began on 4 April 2019. By late May the front had stalled."
    assert _month_of(text, "2019-06-02", "May") == "2019-05"


@given(year=st.integers(min_value=2011, max_value=2017), month=st.sampled_from(["September", "October"]))
@settings(max_examples=10, deadline=None)
def test_a_past_story_year_carries_over_sentences(year: int, month: str) -> None:
    text = f"Fighting broke out in {year}. In July of that year the brigade moved south. It left in {month}."
    assert _month_of(text, "2020-03-01", month) == f"{year}-{'09' if month == 'September' else '10'}"


# ------------------------------- "the X Brigade ... X units attacked": a unit's men by its name's stem


@given(men=st.sampled_from(["units", "fighters", "troops"]), head=st.sampled_from(["Brigade", "Battalion"]))
@settings(max_examples=6, deadline=None)
def test_a_unit_s_men_named_by_its_stem_are_the_unit(men: str, head: str) -> None:
    text = f"The Qarqaf {head} holds the old barracks. On Friday Qarqaf {men} attacked Gharyan."
    result = PARSER.parse(text, published="2019-04-18")
    assert [a.name for a in result.actors if "Qarqaf" in a.name] == [f"Qarqaf {head}"]
    assert [(m.kind.value, m.actor) for m in result.movements] == [("advance", f"Qarqaf {head}")]


def test_a_known_brigade_s_units_are_the_brigade() -> None:
    moves = _moves("Salah Badi leads the al-Samoud Brigade. In August, Samoud units attacked Salah al-Din.")
    assert [(k, a, d) for k, a, _, d in moves] == [("advance", "Samoud Brigade", "Salah al-Din")]


def test_an_unrelated_modifier_makes_a_force_of_its_own() -> None:
    moves = _moves("The Qarqaf Brigade holds the barracks. Naval units were sent to Tobruk on Friday.")
    assert [(k, a, d) for k, a, _, d in moves] == [("deploy", "Naval units", "Tobruk")]


# --------------------------------- "pushed back into X": the subject's own return, an advance


def test_forces_that_push_back_into_a_district_advance_on_it() -> None:
    moves = _moves("Forces loyal to the government pushed back into parts of Ain Zara on Tuesday.")
    assert [(k, d) for k, _, _, d in moves] == [("advance", "Ain Zara")]


def test_forces_that_push_back_an_enemy_still_repel_it() -> None:
    moves = _moves("Government forces pushed back the attackers on Tuesday.")
    assert [k for k, *_ in moves] == ["capture"]


# ------------------------------ "X ambulances were sent to Y": vehicles sent are their owner's deployment


@given(vehicle=st.sampled_from(["ambulances", "trucks", "buses"]))
@settings(max_examples=3, deadline=None)
def test_an_organisation_s_vehicles_sent_somewhere_are_its_deployment(vehicle: str) -> None:
    moves = _moves(f"Red Crescent {vehicle} were sent to Janzour on Tuesday.")
    assert [(k, d) for k, _, _, d in moves] == [("deploy", "Janzour")]


def test_a_person_sent_somewhere_still_travels() -> None:
    moves = _moves("The minister was sent to Misrata on Tuesday.")
    assert [(k, d) for k, _, _, d in moves] == [("travel", "Misrata")]


# -------------------- "the coalition known as X" / "X, an alliance of ...": a later "the coalition" is X


def test_the_coalition_named_in_passing_is_the_one_a_town_falls_to() -> None:
    text = (
        "Misratan fighters, part of the coalition known as Libya Dawn, attacked the airport, then held "
        "by brigades from Zintan. The airport fell to the coalition in August."
    )
    falls = [
        m for m in PARSER.parse(text, published="2015-01-10").movements if m.trigger.text.startswith("fell")
    ]
    assert [(m.kind.value, m.actor) for m in falls] == [("capture", "Libya Dawn")]


@given(noun=st.sampled_from(["coalition", "alliance"]))
@settings(max_examples=2, deadline=None)
def test_an_apposition_names_the_later_alliance(noun: str) -> None:
    text = (
        f"The Zintan brigades held the airport. Libya Dawn, an {noun} of Islamist brigades, attacked it "
        f"on Sunday. On Monday the {noun} seized the terminal."
    ).replace("an coalition", "a coalition")
    seized = [m for m in PARSER.parse(text, published="2014-08-30").movements if m.trigger.text == "seized"]
    assert [m.actor for m in seized] == ["Libya Dawn"]


# ---------------- "families fled X. The majority went to Y; others to Z": parts of the people who moved


@given(part=st.sampled_from(["The majority", "The rest", "Most", "Some"]))
@settings(max_examples=4, deadline=None)
def test_a_part_of_people_who_fled_is_those_people(part: str) -> None:
    text = f"Hundreds of families fled Ain Zara on Sunday. {part} moved to Tripoli after the shelling."
    to_tripoli = [(k, a) for k, a, _, d in _moves(text) if d == "Tripoli"]
    assert len(to_tripoli) == 1
    assert to_tripoli[0][1] == "families"


def test_others_are_the_people_who_moved_not_the_relatives_they_joined() -> None:
    text = (
        "Dozens of displaced families fled Qasr bin Ghashir on Monday. Most went north to relatives in "
        "Tripoli; others sought shelter in Janzour."
    )
    actors = {a for _, a, _, d in _moves(text) if d == "Janzour"}
    assert actors == {"displaced families"}


@given(head=st.sampled_from(["Brigade", "Battalion"]))
@settings(max_examples=2, deadline=None)
def test_units_named_by_a_unit_s_head_noun_are_that_unit(head: str) -> None:
    text = f"The Nasr {head} attacked the town on Sunday. Its commander said {head.lower()} units seized the port."
    moves = _moves(text)
    assert {a for _, a, _, _ in moves} == {f"Nasr {head}"}


def test_council_units_are_the_armed_council_named_before() -> None:
    text = (
        "The Mujahideen Shura Council of Derna attacked the town on Sunday. By Saturday evening council units "
        "had seized the main mosque district."
    )
    seized = [a for k, a, _, _ in _moves(text, "2015-06-14") if k == "capture"]
    assert seized == ["Mujahideen Shura Council of Derna"]


# ------------------------------------------- gazetteer: al-Fatayah, the hills south-east of Derna


@given(spelling=st.sampled_from(["al-Fatayah", "Fatayah", "al-Fataih"]))
@settings(max_examples=3, deadline=None)
def test_al_fatayah_is_placed_outside_derna(spelling: str) -> None:
    text = f"The militants pulled back to {spelling} on Sunday after losing the town centre."
    result = PARSER.parse(text, published="2015-06-14")
    places = [loc for loc in result.locations if loc.gazetteer_id == "curated:al-fatayah"]
    assert len(places) == 1
    assert abs(places[0].point.lat - 32.70) < 0.05
    assert abs(places[0].point.lon - 22.68) < 0.05


# ---------------------- "X joined Y in an offensive on Z", "took part in an assault": each side advances


def test_a_unit_that_joins_another_in_an_offensive_both_advance() -> None:
    text = "In August, Halbous units joined the Nawasi Brigade in an offensive on the southern districts of Tripoli."
    moves = _moves(text, "2018-10-01")
    assert len(moves) == 2
    assert {(k, d) for k, _, _, d in moves} == {("advance", "Tripoli")}


@given(
    phrase=st.sampled_from(["took part in", "participated in"]),
    noun=st.sampled_from(["offensive", "assault"]),
)
@settings(max_examples=4, deadline=None)
def test_a_unit_that_takes_part_in_an_assault_advances(phrase: str, noun: str) -> None:
    moves = _moves(f"The Nawasi Brigade {phrase} an {noun} on Gharyan.", "2019-07-01")
    assert [(k, d) for k, _, _, d in moves] == [("advance", "Gharyan")]


def test_taking_part_in_a_meeting_is_no_movement() -> None:
    assert _moves("The minister took part in a meeting in Tunis on Monday.") == []
