"""Genre round 26b: failure classes found by four blind genre articles (tests/genre/genre-69..72).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_triples
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import Parser

PARSER = Parser()


def _moves(text: str, published: str = "2018-09-04") -> list[tuple[str, str | None, str | None]]:
    return movement_triples(PARSER, text, published)


def _said(text: str, published: str = "2018-09-04") -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in PARSER.parse(text, published=published).statements]


# ------------------------------------------- a force owned by a description ("the brigade's")


def test_the_brigades_columns_move_as_the_brigade_told_before() -> None:
    text = (
        "The Seventh Brigade attacked on Monday. The brigade's columns entered Qasr bin Ghashir on Tuesday."
    )
    assert [m[1] for m in _moves(text)] == ["Kaniyat"]


def test_the_militias_convoys_move_as_the_militia() -> None:
    text = "The Nawasi Brigade shelled Ain Zara. The militia's convoys then pushed north towards Abu Salim."
    assert ("advance", "Nawasi brigade", "Abu Salim") in _moves(text)


def test_a_named_owner_is_not_replaced_by_a_description() -> None:
    text = "The Nawasi Brigade shelled Ain Zara. The Seventh Brigade's columns entered Qasr bin Ghashir."
    assert [m[1] for m in _moves(text)] == ["Kaniyat"]


# --------------------------------------------- "they" / "their men" after conjoined groups


def test_they_after_two_conjoined_brigades_gives_one_move_each() -> None:
    text = (
        "The Nawasi Brigade and the Tripoli Revolutionaries Brigade hit back on Sunday. "
        "They retook Salah al-Din."
    )
    actors = {m[1] for m in _moves(text) if m[0] == "capture"}
    assert actors == {"Nawasi brigade", "Tripoli Revolutionaries Brigade"}


def test_their_fighters_after_two_conjoined_brigades_gives_one_move_each() -> None:
    text = (
        "The Tripoli Revolutionaries Brigade and the Nawasi Brigade counter-attacked at dawn. "
        "Their fighters retook Salah al-Din by noon."
    )
    actors = {m[1] for m in _moves(text) if m[0] == "capture"}
    assert actors == {"Nawasi brigade", "Tripoli Revolutionaries Brigade"}


def test_their_fighters_after_one_brigade_stays_one_move() -> None:
    text = "The Nawasi Brigade counter-attacked on Sunday. Their fighters retook Salah al-Din."
    assert [m[1] for m in _moves(text) if m[0] == "capture"] == ["Nawasi brigade"]


def test_groups_joined_only_by_commas_are_not_conjoined() -> None:
    text = "The Nawasi Brigade, the capital's strongest militia, fought on Sunday. They retook Salah al-Din."
    assert len([m for m in _moves(text) if m[0] == "capture"]) == 1


# ------------------------------------------------------------- people named by their role


def test_a_government_minder_is_a_speaker() -> None:
    text = "The government minder travelling with the reporters said the coastal road was closed."
    assert ("government minder", "the coastal road was closed") in _said(text, "2011-03-09")


def test_an_interpreter_is_a_speaker() -> None:
    assert [s for s, _ in _said("An interpreter told us that the convoy had been delayed.")] == [
        "interpreter"
    ]


# ---------------------------------------- a "who" clause the parser hangs on a "from" town


def test_who_after_men_from_a_town_is_the_men() -> None:
    text = "The convoy was halted by armed men from Misrata, who told the drivers that the deal had not been kept."
    assert _said(text) == [("armed men from Misrata", "the deal had not been kept")]


def test_who_after_elders_from_a_town_is_the_elders() -> None:
    text = "Elders from Zintan, who said the road was open again, reached Gharyan on Monday."
    assert [s for s, _ in _said(text)] == ["Elders from Zintan"]


# ---------------------------------------------- a speaker's own unit moves as his side


def test_a_rebel_fighters_unit_is_the_rebels() -> None:
    text = (
        "Gaddafi's troops attacked Zawiya. The rebels fought back. "
        "A rebel fighter said his unit had been forced out of the square."
    )
    assert ("withdraw", "Libyan rebels", None) in _moves(text, "2011-03-09")


def test_his_unit_after_a_named_commander_in_the_clause_is_that_commanders() -> None:
    text = "The rebels fought back. A rebel fighter said Khamis Gaddafi had sent his brigade to Zawiya."
    assert [m[1] for m in _moves(text, "2011-03-09")] == ["Khamis Gaddafi"]


# ---------------------------------------------------------------- arrivals: "turn up"


def test_fighters_turning_up_in_a_town_deploy() -> None:
    assert ("deploy", "Wagner group", "Sirte") in _moves(
        "Wagner fighters turned up in Sirte in September.", "2020-06-03"
    )


def test_a_minister_showing_up_travels() -> None:
    assert ("travel", "minister", "Misrata") in _moves("The minister showed up in Misrata on Monday.")


def test_a_thing_turning_up_is_no_movement() -> None:
    assert _moves("The missing report turned up in the ministry.") == []


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["Nawasi Brigade", "Tripoli Revolutionaries Brigade", "Seventh Brigade"]),
    st.sampled_from(["Nawasi Brigade", "Tripoli Revolutionaries Brigade", "Seventh Brigade"]),
    st.sampled_from(["They", "Their fighters", "Their men"]),
)
def test_conjoined_antecedents_never_invent_an_actor(first: str, second: str, subject: str) -> None:
    text = f"The {first} and the {second} hit back on Sunday. {subject} retook Salah al-Din."
    named = {"Nawasi brigade", "Tripoli Revolutionaries Brigade", "Kaniyat"}
    actors = [m[1] for m in _moves(text)]
    assert actors
    assert set(actors) <= named
    assert len(actors) == len(set(actors))


# ------------------------------------------------- a site a town owns ("the capital's camps")


def test_returning_to_the_capitals_camps_is_travel_to_the_capital() -> None:
    assert ("travel", "families", "Tripoli") in _moves(
        "Many families returned to the capital's camps on Friday."
    )


def test_a_towns_port_is_in_the_town() -> None:
    # a town whose port the gazetteer does not know: the town ("Sirte's port" is now the Port of
    # Sirte, a site of its own, as for Misrata's and Benghazi's ports)
    assert ("deploy", "Libyan National Army", "Derna") in _moves("The LNA moved to Derna's port on Monday.")


def test_a_countrys_city_of_x_is_x_not_the_country() -> None:
    text = "LNA forces took new districts in Libya's eastern city of Derna on Monday."
    assert [m[2] for m in _moves(text)] == ["Derna"]


def test_a_groups_own_base_is_no_town() -> None:
    assert _moves("The fighters withdrew to their base on Monday.") == [("withdraw", "fighters", None)]


# ------------------------------- "dismissed the claim, saying ...": the saying is the content


def test_dismissing_the_claim_with_a_saying_gives_one_statement() -> None:
    text = "The LNA spokesman dismissed the claim, saying the jets were old Libyan airframes."
    assert [t for _, t in _said(text, "2020-06-03")] == ["the jets were old Libyan airframes"]


def test_denying_the_reports_with_a_saying_gives_one_statement() -> None:
    assert [t for _, t in _said("The ministry denied the reports, saying no troops had moved.")] == [
        "no troops had moved"
    ]


def test_welcoming_a_ceasefire_with_a_saying_gives_the_saying() -> None:
    # round 29: gold across the sets records only the saying after a bare object
    # ("condemned the attack, saying ...", "announced their arrival, saying ...")
    texts = [t for _, t in _said("The mission welcomed the ceasefire, saying it was a first step.")]
    assert texts == ["it was a first step"]
