"""Round 43: a one-word role noun that names another body than the role's holder.

"The mission" names the UN mission in Libya as a dated role; "parliament" names Libya's. A
modifier ("the African Union observer mission", "a humanitarian mission") or an owning pronoun
("our mission", "its parliament") makes the noun someone else's body, and a later bare "the
mission" is that other mission again.

Every sentence is written for these tests.
"""

from __future__ import annotations

from _actor_views import kinds as _kinds
from _actor_views import mentions as _mentions

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()
UNSMIL = "United Nations Support Mission in Libya"


def _parse(text: str, published: str = "2020-03-01") -> Article:
    return PARSER.parse(text, published=published)


# ------------------------------------------------ a modifier: another mission


def test_an_observer_mission_of_another_body_is_not_the_un_mission() -> None:
    article = _parse(
        "The head of the African Union observer mission said on Sunday that voting had been "
        "orderly in most towns."
    )
    assert UNSMIL not in _kinds(article)


def test_the_mission_after_a_modified_mission_is_that_mission_again() -> None:
    article = _parse(
        "A European Union training mission arrived in Tripoli on Tuesday. The mission said its "
        "officers would advise the coast guard."
    )
    assert UNSMIL not in _kinds(article)


def test_a_national_mission_is_not_the_un_mission() -> None:
    article = _parse(
        "Italy said its navy would start an anti-smuggling mission this week. The mission said it "
        "would patrol off Zuwara."
    )
    assert UNSMIL not in _kinds(article)
    assert "Italy" in _kinds(article)


def test_a_humanitarian_mission_sent_by_a_state_is_not_the_un_mission() -> None:
    article = _parse("Germany sent a humanitarian mission to Benghazi on Friday.")
    assert UNSMIL not in _kinds(article)


def test_a_chief_of_mission_title_in_capitals_names_no_mission() -> None:
    article = _parse("The IOM Chief of Mission, Federico Soda, visited the camp in Tajoura on Monday.")
    assert UNSMIL not in _kinds(article)
    assert "Federico Soda" in _kinds(article)


# --------------------------------------------- an owning pronoun: the owner's body


def test_our_mission_in_a_commander_quote_is_not_the_un_mission() -> None:
    article = _parse(
        '"Our mission is to keep the road open," the commander told reporters in Zawiya on Monday.'
    )
    assert UNSMIL not in _kinds(article)


def test_a_foreign_states_own_parliament_is_not_libyas() -> None:
    article = _parse("Turkey sent troops to Libya after its parliament approved the deployment on Thursday.")
    assert "House of Representatives" not in _kinds(article)


# ------------------------------------------------- near misses: still the UN mission


def test_the_bare_mission_still_names_the_un_mission() -> None:
    article = _parse("The mission said on Sunday that it was alarmed by the shelling of Tripoli.")
    assert _mentions(article, UNSMIL) == ["mission"]


def test_the_mission_after_the_un_mission_in_libya_is_still_it() -> None:
    article = _parse(
        "The UN mission in Libya condemned the shelling. The mission said civilians had been killed."
    )
    assert _mentions(article, UNSMIL) == ["UN mission in Libya", "mission"]


def test_libyas_parliament_without_an_owning_pronoun_stays_the_parliament() -> None:
    article = _parse("The parliament in Tobruk rejected the cabinet on Tuesday.", published="2016-01-20")
    assert "House of Representatives" in _kinds(article)


# ------------------------- forces named by whom they serve: the knowledge base's group


def test_troops_loyal_to_a_ruler_are_the_ruler_s_forces_named_later() -> None:
    article = _parse(
        "Troops loyal to Muammar Gaddafi retook Brega on Thursday. Loyalist forces then shelled "
        "the rebels east of the town.",
        published="2011-03-31",
    )
    assert _mentions(article, "Gaddafi loyalists") == ["Troops loyal to Muammar Gaddafi", "Loyalist forces"]
    assert "Gaddafi's forces" not in _kinds(article)


def test_fighters_loyal_to_a_ruler_merge_with_his_forces_by_name() -> None:
    article = _parse(
        "Gaddafi forces shelled Misrata port overnight. By Sunday fighters loyal to Muammar "
        "Gaddafi had pulled back to Zlitan.",
        published="2011-05-15",
    )
    assert _mentions(article, "Gaddafi loyalists") == ["Gaddafi forces", "fighters loyal to Muammar Gaddafi"]
    assert _kinds(article)["Muammar Gaddafi"] is ActorKind.PERSON


def test_the_person_stays_an_actor_beside_his_forces() -> None:
    article = _parse("Units loyal to Muammar Gaddafi entered Zawiya on Saturday.", published="2011-03-06")
    assert set(_kinds(article)) >= {"Gaddafi loyalists", "Muammar Gaddafi"}


def test_a_commander_the_knowledge_base_gives_no_forces_keeps_his_own() -> None:
    article = _parse("Fighters loyal to Mohamed Bahroun pushed into the southern suburbs on Monday.")
    assert "Bahroun's forces" in _kinds(article)


def test_government_troops_of_the_ruler_s_government_are_his_forces() -> None:
    article = _parse(
        "Troops loyal to Muammar Gaddafi retook Brega on Thursday as government troops pushed east "
        "toward Ajdabiya.",
        published="2011-03-31",
    )
    assert _mentions(article, "Gaddafi loyalists") == ["Troops loyal to Muammar Gaddafi", "government troops"]
    assert "Gaddafi government forces" not in _kinds(article)


def test_government_troops_facing_rebels_in_2011_are_the_ruler_s_forces() -> None:
    article = _parse(
        "Rebels retook Brega on Thursday as government troops pushed east.", published="2011-03-28"
    )
    assert _mentions(article, "Gaddafi loyalists") == ["government troops"]
    assert "Gaddafi government forces" not in _kinds(article)


def test_government_forces_of_a_later_government_stay_its_forces() -> None:
    article = _parse(
        "Fighting resumed in Tripoli as government forces clashed with a militia.", published="2019-05-01"
    )
    assert "Government of National Accord forces" in _kinds(article)
    assert "Gaddafi loyalists" not in _kinds(article)


# ------------------------ "Dawn units": the force noun after a known group's short name


def test_units_named_by_a_groups_short_name_are_the_group() -> None:
    article = _parse(
        "Libya Dawn said on Saturday that it held the airport. Dawn units overran the last "
        "positions on the road south of it.",
        published="2014-08-24",
    )
    assert _mentions(article, "Libya Dawn") == ["Libya Dawn", "Dawn units"]
    assert "Dawn units" not in _kinds(article)


def test_the_forces_named_by_a_groups_short_name_are_the_group() -> None:
    article = _parse(
        "Fighters of Libya Dawn advanced on Ben Jawad. The Dawn forces had not entered the town, "
        "an officer said.",
        published="2014-12-20",
    )
    assert "Dawn forces" in _mentions(article, "Libya Dawn")
    assert "Dawn forces" not in _kinds(article)


def test_forces_named_by_a_governments_tail_stay_their_own() -> None:
    article = _parse(
        "The Presidential Council met in Tripoli on Monday. Council fighters later left the building.",
        published="2017-03-04",
    )
    assert "Presidential Council" in _kinds(article)
    assert _mentions(article, "Presidential Council") == ["Presidential Council"]
