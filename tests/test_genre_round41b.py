"""Round 41b: an agency's trucks; a goal paired with a long origin; sites on a town's edge; shelters left.

1. Road vehicles, or a convoy, whose owners are all bodies that send things (an agency, a
   ministry: ``SENDING_BODIES``) move as those owners' deployment ("five WFP trucks reached X",
   "a convoy of IOM trucks left Y for Z"; SCHEMA: equipment sent is deployed by its owner), not as
   the agency's journey. A force's convoy still moves as the force ("a convoy of the 128th
   Brigade drove into X" is its capture) and an agency's team, being people, still travels
   (``_body_vehicles`` in ``extraction._movements``).
2. A goal preposition hung on the verb right after its own "from" phrase pairs with it, however
   long the origin phrase runs: "were taken by bus from eleven schools in X to Y" is the passive
   carrying row ("take ... to"), as "were taken by bus to Y" was (``_paired_goal_words``).
3. An unnamed goal that lies on a town's edge ("moved to a camp on the edge of X", "taken to a
   site of prefabricated units on the southern edge of X") reaches the town, as "to the edge of
   X" did (``_site_on_edge``).
4. A move out of an unnamed shelter placed by a town ("from eleven schools in X", "out of the
   schools in X") sets out from that town (``_shelter_left``), as a flight "to a school in X"
   reaches it.
5. A named place after "in", "at" or "inside" on the last of a list of unnamed sites ("took over
   the radio station and several government buildings in X") places the whole list: the capture
   is of X, though the parser hangs the place on the last conjunct only (``_list_setting``).
"""

from __future__ import annotations

from _movement_records import actor_moves

from libya_events import Parser, parse_article

parser = Parser()


def _moves(text: str, published: str = "2023-10-19") -> list[tuple[str | None, str, str | None, str | None]]:
    return actor_moves(parser, text, published)


# 1. an agency's road vehicles or convoy are its deployment


def test_an_agency_s_trucks_reaching_a_town_are_its_deployment() -> None:
    moves = _moves("Five WFP trucks loaded with flour reached Derna on Monday.")
    assert [(a, k, d) for a, k, _, d in moves] == [("World Food Programme", "deploy", "Derna")]


def test_an_agency_s_convoy_arriving_is_its_deployment() -> None:
    moves = _moves("A UNICEF convoy arrived in Sabha on Thursday with school kits.")
    assert [(a, k, d) for a, k, _, d in moves] == [("UNICEF", "deploy", "Sabha")]


def test_a_convoy_of_agency_trucks_leaving_for_a_town_is_a_deployment() -> None:
    text = "A convoy of 18 IOM trucks carrying blankets left Benghazi on Monday for Derna."
    moves = _moves(text)
    assert all(k == "deploy" for _, k, _, _ in moves)
    assert ("International Organization for Migration", "deploy", "Benghazi", "Derna") in moves


def test_a_force_s_convoy_still_moves_as_the_force() -> None:
    moves = _moves("A convoy of the 128th Brigade drove into Ubari on Monday.", "2019-02-13")
    assert ("128th Brigade", "capture", None, "Ubari") in moves


def test_an_agency_s_team_still_travels() -> None:
    moves = _moves("A UNICEF team arrived in Sabha on Thursday.")
    assert [(a, k, d) for a, k, _, d in moves] == [("UNICEF", "travel", "Sabha")]


# 2. a goal paired with a long origin phrase


def test_taken_by_bus_from_shelters_in_a_town_to_another() -> None:
    text = "On Sunday, 112 families were taken by bus from eleven schools in Derna to Al Bayda."
    assert ("families", "travel", "Derna", "Al Bayda") in _moves(text)


def test_the_trigger_stops_before_the_origin_phrase() -> None:
    text = "On Sunday, the migrants were taken by bus from the port in Misrata to Benghazi."
    article = parse_article(text, published="2011-05-05")
    assert [m.trigger.text for m in article.movements] == ["taken"]
    assert [m.destination.name for m in article.movements if m.destination] == ["Benghazi"]


def test_an_active_taking_from_a_side_is_still_no_carrying() -> None:
    moves = _moves("The rebels took Brega from government troops on Monday.", "2011-03-15")
    assert ("Libyan rebels", "capture", None, "Brega") in moves


# 3. a goal on a town's edge


def test_moved_to_a_camp_on_the_edge_of_a_town() -> None:
    moves = _moves("The families were moved to a camp on the edge of Al Bayda on Sunday.")
    assert ("families", "travel", None, "Al Bayda") in moves


def test_a_site_of_units_on_the_southern_edge_of_a_town() -> None:
    text = (
        "The families were taken by bus to a new site of prefabricated units on the southern edge of Shahat."
    )
    assert [d for _, _, _, d in _moves(text)] == ["Shahat"]  # the text's spelling (round 65)


def test_a_named_goal_is_kept_before_an_edge_phrase() -> None:
    text = "The families were moved to Tobruk, to a camp on the edge of the town, on Sunday."
    assert ("families", "travel", None, "Tobruk") in _moves(text)


# 4. a shelter left in a town


def test_moved_from_schools_in_a_town() -> None:
    moves = _moves("The families were moved from schools in Derna to Al Bayda on Sunday.")
    assert ("families", "travel", "Derna", "Al Bayda") in moves


def test_moved_out_of_the_schools_in_a_town() -> None:
    moves = _moves("The displaced families moved out of the schools in Derna on Monday.")
    assert [(k, o) for _, k, o, _ in moves] == [("withdraw", "Derna")]


# 5. a place after a list of unnamed sites


def test_a_list_of_sites_taken_in_a_town_captures_the_town() -> None:
    text = "Fighters loyal to the Islamic State took over the radio station and several government buildings in Sirte."
    assert ("Islamic State", "capture", None, "Sirte") in _moves(text, "2015-03-24")


def test_two_unnamed_sites_in_a_town() -> None:
    moves = _moves("Militants took over the hospital and the university in Sirte last week.", "2015-03-24")
    assert [(k, d) for _, k, _, d in moves] == [("capture", "Sirte")]


def test_a_list_of_sites_at_an_oil_terminal() -> None:
    moves = _moves("The LNA took over the oil terminal and the storage tanks in Es Sider.", "2016-09-12")
    assert [(k, d) for _, k, _, d in moves] == [("capture", "Es Sider")]


def test_a_named_first_conjunct_keeps_its_own_place() -> None:
    moves = _moves("The LNA captured Zliten and the port in Misrata on Monday.", "2016-09-12")
    assert ("Libyan National Army", "capture", None, "Zliten") in moves
