"""Round 42: "the authorities" after a foreign government, a government's name with its first
word in lower case, storms named like people, and campaigns named by their place.

Every sentence is written for these tests.
"""

from __future__ import annotations

from _actor_views import kinds as _kinds
from _actor_views import mentions as _mentions
from _actor_views import speakers as _speakers

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2021-09-14") -> Article:
    return PARSER.parse(text, published=published)


# ------------------------------------------- "Mali's government ... the authorities said"


def test_the_authorities_after_a_country_government_are_that_government() -> None:
    article = _parse(
        "Mali's government condemned the ambush on Monday. The authorities said four soldiers "
        "had been killed on the road north of Gao."
    )
    assert _speakers(article) == ["Government of Mali", "Government of Mali"]
    assert "authorities" not in _kinds(article)
    assert _mentions(article, "Government of Mali") == ["Mali's government", "authorities"]


def test_the_authorities_after_a_nationality_government_are_that_government() -> None:
    article = _parse(
        "The Tunisian government closed the Ras Jedir crossing on Friday. Two days later the "
        "authorities said the border would reopen to trucks only."
    )
    assert _speakers(article) == ["Tunisian government"]
    assert "authorities" not in _kinds(article)


def test_the_authorities_after_the_government_of_a_country() -> None:
    article = _parse(
        "The government of Niger received the convoy in Agadez. Later the authorities said the "
        "passengers would be moved to the capital."
    )
    assert _speakers(article) == ["Government of Niger"]


def test_the_authorities_in_a_libyan_story_stay_the_authorities() -> None:
    article = _parse(
        "Gunmen stormed a checkpoint outside Zawiya on Monday. The authorities said three guards "
        "had been wounded."
    )
    assert _speakers(article) == ["authorities"]


def test_a_libyan_government_named_since_keeps_the_authorities_apart() -> None:
    article = _parse(
        "Chad's government shut its northern border last week. In Tripoli, the Government of "
        "National Unity met on Sunday, and the authorities said the talks had gone well."
    )
    assert "Government of Chad" not in _speakers(article)


def test_the_authorities_of_another_place_are_not_the_foreign_government() -> None:
    article = _parse(
        "Egypt's government sent aid to Derna on Tuesday. The authorities in Benghazi said the "
        "road through the valley was still closed."
    )
    assert "Government of Egypt" not in _speakers(article)


# ------------------------------------------------ "the government of National Accord said"


def test_a_lower_case_first_word_still_names_the_government() -> None:
    article = _parse(
        "The government of National Accord said on Tuesday that its forces had retaken the airport.",
        published="2019-06-04",
    )
    assert _speakers(article) == ["Government of National Accord"]


def test_a_lower_case_first_word_names_the_unity_government() -> None:
    article = _parse(
        "Officials in the government of National Unity announced that salaries would be paid.",
        published="2022-01-10",
    )
    assert "Government of National Unity" in _kinds(article)


def test_a_name_lower_case_throughout_is_no_name() -> None:
    article = _parse(
        "Elders called for a government of national unity before the vote.", published="2015-01-10"
    )
    assert "Government of National Unity" not in _kinds(article)
    assert "Government of National Accord" not in _kinds(article)


# ------------------------------------------------------------------ storms named like people


def test_a_named_storm_is_no_actor() -> None:
    article = _parse("Storm Daniel struck Derna on Sunday night, flooding the lower town.")
    assert article.actors == ()


def test_a_storm_that_precedes_another_clause_is_no_actor() -> None:
    article = _parse("Storm Daniel hit Derna before dawn, and the dams above the city gave way.")
    assert "Storm Daniel" not in _kinds(article)


def test_a_named_medicane_is_no_actor() -> None:
    article = _parse("Medicane Zorbas battered the coast near Misrata.")
    assert "Medicane Zorbas" not in _kinds(article)


def test_a_named_cyclone_is_no_actor() -> None:
    article = _parse("Cyclone Ianos swept over the coast west of Benghazi and flooded several farms.")
    assert "Cyclone Ianos" not in _kinds(article)


def test_a_brigade_named_storm_is_still_an_actor() -> None:
    article = _parse("The Storm Brigade entered Sirte on Monday.")
    assert _kinds(article)["Storm Brigade"] is ActorKind.ARMED_GROUP


# ------------------------------------------------------- "the Sirte operation": a campaign


def test_a_campaign_named_by_its_place_is_no_armed_group() -> None:
    article = _parse("Forces loyal to the GNA pressed on with the Sirte operation on Monday.")
    assert "Sirte operation" not in _kinds(article)
    assert "Sirte" in {place.name for place in article.locations}


def test_a_campaign_named_by_a_city_is_no_armed_group() -> None:
    article = _parse("The Tripoli operation had cost hundreds of lives by June, medics said.")
    assert "Tripoli operation" not in _kinds(article)


def test_a_named_operation_is_still_an_actor() -> None:
    article = _parse("The Dignity operation pushed into Benghazi's western districts.")
    assert "Dignity operation" in _kinds(article)


# ------------------------------------------------------------- fearing is no statement


def test_a_fear_is_no_statement() -> None:
    article = _parse("Diplomats feared the truce would collapse before the talks in Geneva.")
    assert article.statements == ()


def test_a_fear_with_that_is_no_statement() -> None:
    article = _parse("Residents of Tarhuna fear that the militias will come back after the harvest.")
    assert article.statements == ()


def test_a_fear_reported_by_a_speech_verb_is_still_a_statement() -> None:
    article = _parse("Diplomats said they feared the truce would collapse before the talks in Geneva.")
    assert _speakers(article) == ["Diplomats"]


def test_a_warning_is_still_a_statement() -> None:
    article = _parse("Diplomats warned the truce would collapse before the talks in Geneva.")
    assert _speakers(article) == ["Diplomats"]


# ----------------------------------------- "flown to Niamey, where the government said"


def test_the_government_where_a_foreign_capital_is_named_is_its_country_s() -> None:
    article = _parse(
        "The convoy was later driven to Niamey, where the government said the men would be "
        "housed in a villa.",
        published="2011-09-14",
    )
    assert _speakers(article) == ["Government of Niger"]
    assert "Niamey" in {place.name for place in article.locations}


def test_the_authorities_where_a_foreign_capital_is_named() -> None:
    article = _parse(
        "The delegation flew on to Cairo, where the authorities said talks would begin on Monday.",
        published="2020-06-01",
    )
    assert _speakers(article) == ["Government of Egypt"]


def test_the_government_where_a_foreign_country_is_named() -> None:
    article = _parse(
        "The trawler was towed to Tunisia, where the government said its crew would be questioned.",
        published="2020-06-01",
    )
    assert _speakers(article) == ["Government of Tunisia"]
    assert "Tunisia" in {place.name for place in article.locations}


def test_the_authorities_where_a_libyan_town_is_named_stay_the_authorities() -> None:
    article = _parse(
        "Fighters withdrew to Misrata, where the authorities said the wounded were being treated.",
        published="2020-06-01",
    )
    assert "authorities" in _speakers(article)
