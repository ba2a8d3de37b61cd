"""Movement classes of round 31.

A mover with a list of three or more origins ("troops from A, B and C moved into X"): the parser
ends the "from" phrase at the first comma and makes the next place a subject of the verb; the
verb's subject is still the troops. Forces "allied to" or "loyal to" a country's named government
("Libya's internationally recognised Government of National Accord") are that government's
forces: the country in the possessive no longer blocks the phrase, and stays a place. A bare
"the town" told again keeps the town it meant when the only town named since was named in passing
("the militia that held the town fled towards X. Units drove into the town": not X). The verb
table gains "pour into", "lead (a force) into", "scatter" and "stop in"; "stopping in X" as the
participle of another journey is a halt on it, not a move of its own. A bare plural force noun
("Units", "Troops") or "the units" as the subject right after a named armed group's move is that
group, unless another force was named since. A bare count as the subject of a move to a named
place ("more than 5,000 had crossed into Tunisia") is part of the group just told moving. A
partitive opening a present-tense clause ("Most arrive in Kufra"), which the parser reads as an
adverb, is the verb's subject. A hyphenated verb the parser splits ("counter-attacked") is no
passive, and the verb joined to it ("and retook X") has the subject of its "before" clause; a
roundabout, an intersection or a crossroads is ground taken in a town. A place-less move right
after another side's move of the same kind in its sentence ("was seized by A and recaptured by
B") is no retelling of B's earlier move elsewhere.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2020-03-15"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- a list of three origins after "from" -------------------------------------------------


def test_three_origins_keep_the_troops_as_mover() -> None:
    quads = _quads("LNA troops from Benghazi, Ajdabiya and Tobruk moved into Sirte on Monday.")
    assert ("advance", "Libyan National Army", "Benghazi", "Sirte") in quads, quads


def test_three_origins_of_government_troops() -> None:
    quads = _quads("GNA troops from Tripoli, Ajdabiya and Tobruk moved into Sirte on Monday.")
    assert ("advance", "Government of National Accord forces", "Tripoli", "Sirte") in quads, quads


def test_three_origins_of_a_commanders_forces() -> None:
    quads = _quads("Haftar's forces from Kufra, Ajdabiya and Tobruk moved into Jufra.")
    assert any(a == "Libyan National Army" and d == "Jufra" for _k, a, _o, d in quads), quads


def test_three_origins_of_a_passive_deployment() -> None:
    quads = _quads("LNA troops from Derna, Ajdabiya and Tobruk were sent to Sirte on Monday.")
    assert any(k == "deploy" and d == "Sirte" for k, _a, _o, d in quads), quads


def test_a_place_subject_of_its_own_still_moves_nothing() -> None:
    # no "from" list before the comma: the place subject is not swallowed into another phrase
    quads = _quads("After the talks, Tobruk and Bayda sent troops to Derna.")
    assert all(a != "Libyan National Army" for _k, a, _o, _d in quads), quads


# --- forces of a country's named government -----------------------------------------------


def _actor_names(text: str) -> list[str]:
    return [a.name for a in PARSER.parse(text, published=PUBLISHED).actors]


def test_forces_allied_to_the_countrys_recognised_government() -> None:
    text = (
        "Forces allied to Libya's internationally recognised Government of National Accord "
        "seized Gharyan on Tuesday."
    )
    assert "Government of National Accord forces" in _actor_names(text)
    quads = _quads(text)
    assert ("capture", "Government of National Accord forces", None, "Gharyan") in quads, quads
    places = [p.name for p in PARSER.parse(text, published=PUBLISHED).locations]
    assert "Libya" in places, places


def test_troops_loyal_to_the_countrys_government_by_name() -> None:
    text = "Troops loyal to Libya's UN-recognised Government of National Accord entered Tarhuna."
    assert "Government of National Accord forces" in _actor_names(text)


def test_a_described_rival_government_is_not_named_by_the_country() -> None:
    # "Libya's rival administration" names no government by its proper name: no forces actor
    text = "Fighters loyal to Libya's rival administration held the airport near Sirte."
    assert not any(name.endswith(" forces") for name in _actor_names(text)), _actor_names(text)


# --- a repeated "the town" across a town named in passing ----------------------------------


def test_the_town_told_again_is_not_where_its_holders_fled() -> None:
    text = (
        "Clashes broke out in Tarhuna on Monday. The militia that had held the town fled towards "
        "Bani Walid overnight. LNA units drove into the town on Tuesday."
    )
    quads = _quads(text)
    assert ("capture", "Libyan National Army", None, "Tarhuna") in quads, quads
    assert ("capture", "Libyan National Army", None, "Bani Walid") not in quads, quads


def test_the_town_told_again_after_an_escape_to_another() -> None:
    text = (
        "Fighting raged around Gharyan on Sunday. Gunmen who had controlled the town for years "
        "escaped to Mizdah. GNA forces then stormed the town."
    )
    dests = {d for _k, a, _o, d in _quads(text) if a == "Government of National Accord forces"}
    assert dests == {"Gharyan"}, dests


def test_a_town_reached_since_is_the_town_entered() -> None:
    # Mizdah is what the verb acts on ("advanced on"), not named in passing: the town is Mizdah
    text = (
        "Fighting raged around Gharyan on Sunday. Gunmen who had controlled the town for years "
        "withdrew. GNA forces advanced on Mizdah on Monday. They stormed the town at noon."
    )
    dests = {d for k, _a, _o, d in _quads(text) if k == "capture"}
    assert dests == {"Mizdah"}, dests


# --- verb-table rows: pour into, lead into, scatter, stop in --------------------------------


def test_fighters_pour_into_a_town() -> None:
    quads = _quads("Hundreds of GNA fighters poured into Tarhuna on Sunday.")
    assert quads == [("advance", "Government of National Accord forces", None, "Tarhuna")], quads


def test_brigades_pour_into_a_city() -> None:
    quads = _quads("Misrata brigades poured into Sirte after the defenders fled.")
    assert ("advance", "Misrata forces", None, "Sirte") in quads, quads


def test_money_pouring_in_moves_nothing() -> None:
    assert _quads("Foreign money poured into Tripoli after the war.") == []


def test_a_commander_leads_his_troops_into_a_town() -> None:
    quads = _quads("Haftar led his troops into Gharyan on Monday.")
    assert quads == [("advance", "Libyan National Army", None, "Gharyan")], quads


def test_a_crisis_leading_people_into_poverty_moves_nothing() -> None:
    assert _quads("The crisis led thousands of families into poverty in Benghazi.") == []


def test_fighters_scatter_towards_a_town() -> None:
    quads = _quads("Islamic State fighters scattered towards Ubari after the raid.")
    assert quads == [("withdraw", "Islamic State", None, "Ubari")], quads


def test_a_militia_scatters_with_no_place_named() -> None:
    quads = _quads("The Kaniyat militia scattered after Tarhuna fell.")
    assert ("withdraw", "Kaniyat", None, None) in quads, quads


def test_an_envoy_stops_in_a_city() -> None:
    quads = _quads("The UN envoy stopped in Benghazi on Tuesday.")
    assert [(k, d) for k, _a, _o, d in quads] == [("travel", "Benghazi")], quads


def test_a_delegation_stops_then_drives_on() -> None:
    quads = _quads("The delegation stopped in Zintan before driving on to Nalut.")
    assert [(k, o, d) for k, _a, o, d in quads] == [("travel", None, "Zintan"), ("travel", "Zintan", "Nalut")]


def test_stopping_on_the_way_is_no_move_of_its_own() -> None:
    quads = _quads("The minister flew from Tripoli to Rome, stopping in Malta.")
    assert [(o, d) for _k, _a, o, d in quads] == [("Tripoli", "Rome")], quads


# --- a bare force noun going on with the force just told moving -----------------------------


def test_bare_units_go_on_with_the_force_that_advanced() -> None:
    quads = _quads("GNA forces advanced on Tarhuna on Monday. Units entered the town on Tuesday.")
    assert ("capture", "Government of National Accord forces", None, "Tarhuna") in quads, quads


def test_bare_troops_go_on_with_the_army_that_took_a_town() -> None:
    quads = _quads("The LNA seized Gharyan on Monday. Troops moved into Asabaa on Tuesday.")
    assert ("advance", "Libyan National Army", None, "Asabaa") in quads, quads


def test_the_units_go_on_with_the_force_that_advanced() -> None:
    quads = _quads("GNA forces advanced on Tarhuna on Monday. The units entered the town on Tuesday.")
    assert ("capture", "Government of National Accord forces", None, "Tarhuna") in quads, quads


def test_bare_units_after_another_force_is_named_are_not_the_first() -> None:
    text = (
        "GNA forces advanced on Tarhuna on Monday. LNA forces shelled the road on Tuesday. "
        "Units entered the town on Wednesday."
    )
    assert [k for k, _a, _o, _d in _quads(text)] == ["advance"]


def test_bare_units_with_no_force_before_move_as_no_one() -> None:
    assert _quads("Units entered Tarhuna on Wednesday.") == []


# --- a bare count going on with the group just told moving ----------------------------------


def test_a_count_of_workers_crossing_a_border() -> None:
    text = (
        "Thousands of Egyptian workers fled Tripoli on Monday. "
        "By Wednesday more than 5,000 had crossed into Tunisia."
    )
    quads = _quads(text)
    assert ("withdraw", "Egyptian workers", None, "Tunisia") in quads, quads


def test_a_count_of_fighters_pulling_back() -> None:
    quads = _quads("LNA fighters attacked Sirte on Monday. About 200 pulled back to Jufra on Tuesday.")
    assert ("withdraw", "Libyan National Army", None, "Jufra") in quads, quads


def test_a_count_of_migrants_reaching_an_island() -> None:
    quads = _quads("Migrants left Zuwara by boat on Sunday. Some 300 reached Lampedusa on Monday.")
    assert ("travel", "Migrants", None, "Lampedusa") in quads, quads


def test_a_count_of_captives_takes_no_place() -> None:
    text = (
        "LNA fighters attacked Gharyan on Monday. A spokesman said dozens of them had been "
        "killed and 12 taken prisoner."
    )
    assert [k for k, _a, _o, _d in _quads(text)] == ["advance"]


# --- "Most arrive in X": a partitive read as an adverb ----------------------------------------


def test_most_of_the_refugees_arrive_in_a_town() -> None:
    text = (
        "Refugees fleeing the war in Sudan continue to cross the desert into Libya. "
        "Most arrive in Kufra after a long journey."
    )
    quads = _quads(text)
    assert ("travel", "Refugees", None, "Kufra") in quads, quads


def test_most_of_the_families_arrive_by_bus() -> None:
    text = "Families escaping the fighting keep crossing into Tunisia. Most arrive in Ben Guerdane by bus."
    quads = _quads(text)
    assert ("travel", "Families", None, "Ben Guerdane") in quads, quads


def test_most_with_no_group_before_moves_no_one() -> None:
    assert _quads("Most arrive in Kufra after a long journey.") == []


# --- "counter-attacked and retook": a split hyphenated verb ---------------------------------


def test_counter_attacked_and_retook_the_towns_square() -> None:
    text = (
        "LNA forces shelled Gharyan on Sunday. "
        "GNA units counter-attacked on Monday and retook the town's main square."
    )
    assert ("capture", "Government of National Accord forces", None, "Gharyan") in _quads(text)


def test_retook_after_a_before_clause_is_the_counter_attackers() -> None:
    text = (
        "Heavy clashes hit Ain Zara. Haftar's units advanced two kilometres along the main road "
        "before GNA units counter-attacked on 6 May and retook the district's central roundabout."
    )
    quads = _quads(text)
    assert ("capture", "Government of National Accord forces", None, "Ain Zara") in quads, quads
    assert all(k != "capture" or a != "Libyan National Army" for k, a, _o, _d in quads), quads


def test_retook_after_a_before_clause_with_a_split_verb() -> None:
    text = (
        "Fighting raged in Gharyan. LNA troops pushed forward along the road before GNA units "
        "counter-attacked on Friday and retook the town."
    )
    quads = _quads(text)
    assert ("capture", "Government of National Accord forces", None, "Gharyan") in quads, quads


def test_a_roundabout_is_ground_taken() -> None:
    text = (
        "Fighting raged in Ain Zara on Sunday. GNA units retook the district's central roundabout on Monday."
    )
    assert ("capture", "Government of National Accord forces", None, "Ain Zara") in _quads(text)


# --- "seized by A and recaptured by B" is no retelling ---------------------------------------


def test_recaptured_after_another_sides_seizure_is_its_own_move() -> None:
    text = (
        "GNA forces retook Gharyan on Monday. Qasr bin Ghashir changed hands twice. "
        "It was seized by the Kaniyat on 3 May and recaptured by GNA forces two days later."
    )
    triggers = [k for k, a, _o, _d in _quads(text) if a == "Government of National Accord forces"]
    assert triggers == ["capture", "capture"], _quads(text)


def test_retaken_after_another_sides_taking_is_its_own_move() -> None:
    text = (
        "GNA troops captured Sirte in June. Wadi Rabie: the area was taken by the 9th Brigade on "
        "3 May and retaken by GNA troops on 5 May."
    )
    quads = _quads(text)
    assert len([a for _k, a, _o, _d in quads if a == "Government of National Accord forces"]) == 2, quads
