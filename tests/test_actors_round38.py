"""Round 38: actors the rules missed.

* a one-word name with an age set off by commas ("Salem, 34,") is a person, whatever label the
  entity recogniser gives it;
* "<Town>-based" before a singular force noun ("the Zawiya-based brigade", "a Misrata-based
  militia") names the town's forces, as the plural ("Zintan-based fighters") did;
* a body's own people ("their gunmen", "the brigade's commanders", "its volunteers",
  "commanders of the Zintan brigades") are the armed group or organisation that owns them.

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2020-03-03") -> Article:
    return PARSER.parse(text, published=published)


def _kinds(article: Article) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in article.actors}


def _movers(article: Article) -> list[str]:
    return [m.actor for m in article.movements]


# ------------------------------- a lone given name with an age


def test_aged_name_that_moves_is_the_actor_not_its_description() -> None:
    article = _parse("Mohammed, 27, a shopkeeper, fled to Tunisia last week.")
    assert _kinds(article).get("Mohammed") is ActorKind.PERSON
    assert _movers(article) == ["Mohammed"]


def test_aged_speaker_read_as_a_place_is_a_person() -> None:
    article = _parse("Salem, 34, said he left Sirte at dawn with his family.")
    assert _kinds(article).get("Salem") is ActorKind.PERSON
    assert [s.speaker for s in article.statements] == ["Salem"]


def test_aged_speaker_read_as_an_organisation_is_a_person() -> None:
    article = _parse("Hamza, 19, told reporters that the militia had taken the port.")
    assert _kinds(article).get("Hamza") is ActorKind.PERSON


def test_aged_name_in_a_conjoined_subject_is_a_person() -> None:
    article = _parse("Aisha, 52, and her husband walked for two days to reach the border.")
    assert _kinds(article).get("Aisha") is ActorKind.PERSON


def test_town_with_a_distance_is_no_person() -> None:
    article = _parse("Brega, 40, was quiet on Sunday. Sirte, 34 km away, was calm too.")
    assert not article.actors
    assert {p.name for p in article.locations} >= {"Brega", "Sirte"}


def test_town_with_a_year_is_no_person() -> None:
    article = _parse("Derna, 2011, was the first town to rise against the old government.")
    assert "Derna" not in _kinds(article)


# ------------------------------- "<Town>-based" and a singular force noun


def test_town_based_brigade_is_the_towns_forces() -> None:
    article = _parse("The Zawiya-based brigade withdrew from the coastal road on Monday.")
    assert _movers(article) == ["Zawiya forces"]
    assert "Zawiya-based brigade" not in _kinds(article)


def test_town_based_militia_is_the_towns_forces_not_any_militia() -> None:
    article = _parse("A Misrata-based militia said it had taken the bridge at Wadi Kaam.")
    kinds = _kinds(article)
    assert kinds.get("Misrata forces") is ActorKind.ARMED_GROUP
    assert "armed groups" not in kinds
    assert [s.speaker for s in article.statements] == ["Misrata forces"]


def test_town_based_unit_moves_as_the_towns_forces() -> None:
    article = _parse("A Tripoli-based unit reached Gharyan on Tuesday evening.")
    assert _movers(article) == ["Tripoli forces"]


def test_town_before_a_singular_force_noun_without_based_stays_a_unit() -> None:
    article = _parse("The Zawiya brigade withdrew from the coastal road on Monday.")
    assert "Zawiya forces" not in _movers(article)


# ------------------------------- a body's own people are the body


def _mentions_of(article: Article, name: str) -> list[str]:
    return [m.text for a in article.actors if a.name == name for m in a.mentions]


def test_their_gunmen_are_the_brigades_that_own_them() -> None:
    article = _parse(
        "The Misratan brigades left Tripoli on Monday, two days after their gunmen fired on a "
        "crowd of protesters."
    )
    assert "gunmen" not in _kinds(article)
    assert "gunmen" in _mentions_of(article, "Misrata forces")


def test_a_described_possessors_commanders_speak_as_the_brigade() -> None:
    article = _parse(
        "The Sumood Brigade reached the airport road on Monday. Later the brigade's commanders "
        "said their men held the bridge."
    )
    assert "commanders" not in _kinds(article)
    assert [s.speaker for s in article.statements] == ["Sumood Brigade"]


def test_its_volunteers_are_the_relief_organisation() -> None:
    article = _parse("The Red Crescent said its volunteers had carried 40 wounded people out of Sirte.")
    assert "volunteers" not in _kinds(article)
    assert "volunteers" in _mentions_of(article, "Libyan Red Crescent")


def test_commanders_of_a_named_brigade_are_the_brigade() -> None:
    article = _parse("Commanders of the Zintan brigades said they would hand the airport over by Friday.")
    assert "Commanders" not in _kinds(article)
    assert [s.speaker for s in article.statements] == ["Zintan brigades"]


def test_a_governments_leaders_are_not_the_government() -> None:
    article = _parse("The Government of National Accord said on Monday that its leaders would meet in Tunis.")
    assert "leaders" not in _mentions_of(article, "Government of National Accord")


def test_men_of_residents_are_no_armed_group() -> None:
    article = _parse(
        "The Nasr Brigade held the port on Monday. Residents of the old town said their men had "
        "fled to Tunisia."
    )
    assert "men" not in _mentions_of(article, "Nasr Brigade")


# ------------------------------- "the army" of a story told in 2011 is Gaddafi's forces


def test_the_army_an_official_speaks_of_is_the_rulers_forces() -> None:
    article = _parse(
        "Troops loyal to Muammar Gaddafi shelled Misrata on Monday. In Tripoli, a government "
        "spokesman told reporters that the army had restored order in Zawiya.",
        published="2011-03-10",
    )
    assert "army" not in _kinds(article)
    assert "army" in _mentions_of(article, "Gaddafi loyalists")  # his forces (round 43)


def test_the_army_is_the_loyalists_and_it_is_the_army() -> None:
    article = _parse(
        "Gaddafi forces pounded Ajdabiya on Tuesday. State television said the army had retaken "
        "Brega and that it would reach Benghazi within days.",
        published="2011-03-16",
    )
    assert "army" not in _kinds(article)
    assert {m.actor for m in article.movements} == {"Gaddafi loyalists"}
    reached = [m for m in article.movements if m.destination is not None and m.destination.name == "Benghazi"]
    assert [m.actor for m in reached] == ["Gaddafi loyalists"]


def test_the_army_with_no_rulers_forces_told_stays_an_army() -> None:
    article = _parse(
        "The army said on Sunday that it had retaken the port of Brega from armed gangs.",
        published="2011-03-16",
    )
    assert _kinds(article).get("army") is ActorKind.ARMED_GROUP
