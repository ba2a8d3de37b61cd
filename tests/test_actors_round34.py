"""Round 34: forces named "of" a known leader ("the forces of General Khalifa Haftar").

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import Article

PARSER = Parser()


def _parse(text: str, published: str = "2019-06-10") -> Article:
    return PARSER.parse(text, published=published)


def _mentions(article: Article) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in article.actors}


# ------------------------------- "forces of <leader>": the leader's own forces, and the leader


def test_forces_of_a_ranked_commander_are_his_army() -> None:
    mentions = _mentions(
        _parse("The mayor said the town would resist the forces of General Khalifa Haftar to the end.")
    )
    assert mentions.get("Libyan National Army") == ["forces of General Khalifa Haftar"]
    assert "Khalifa Haftar" in mentions


def test_troops_of_a_surname_alone_are_his_army() -> None:
    mentions = _mentions(
        _parse("Heavy shelling was reported as troops of Haftar pushed toward the southern suburbs.")
    )
    assert mentions.get("Libyan National Army") == ["troops of Haftar"]


def test_fighters_of_a_prime_minister_are_his_governments_forces() -> None:
    mentions = _mentions(
        _parse("Fighters of Fayez al-Sarraj regained the airport road after a night of clashes.")
    )
    assert mentions.get("Government of National Accord forces") == ["Fighters of Fayez al-Sarraj"]
    assert "Fayez al-Sarraj" in mentions


def test_forces_of_an_unknown_person_are_no_force() -> None:
    mentions = _mentions(
        _parse("The forces of the local mayor Ali Bentaher were never more than a handful of guards.")
    )
    assert not any(name.endswith("forces") for name in mentions)


# ------------------------------- a description takes up the main clause, not a comma-set aside


def _movers(article: Article, trigger: str) -> list[str]:
    return [m.actor for m in article.movements if m.trigger.text == trigger]


def test_column_after_a_participle_aside_is_the_main_subject() -> None:
    article = _parse(
        "Rebels of the Front for Change and Concord in Chad opened a new front in April. "
        "About four hundred fighters, leaving their camps in Jufra where they had fought beside "
        "the forces of Marshal Khalifa Haftar, crossed into Chad. "
        "Later that week the column reached Kanem.",
        published="2021-04-20",
    )
    assert _movers(article, "reached") == ["Front for Change and Concord in Chad"]


def test_convoy_after_a_relative_aside_is_the_main_subject() -> None:
    article = _parse(
        "Fighters of the Rada Special Deterrence Force, who had clashed with the Nawasi Brigade "
        "the week before, left their base at Mitiga. The convoy later entered Souq al-Juma.",
        published="2022-05-02",
    )
    assert _movers(article, "entered") == ["Special Deterrence Force"]


def test_a_list_after_including_is_no_aside() -> None:
    """ "including" is a preposition: the groups it lists stay the latest candidates."""
    article = _parse(
        "Several armed groups, including the Nawasi Brigade, met in Tripoli on Monday. "
        "The brigade later withdrew to its barracks.",
        published="2022-05-02",
    )
    assert [a.casefold() for a in _movers(article, "withdrew")] == ["nawasi brigade"]


# ------------------------------- forces named by whom they serve name no army for "the army"


def _speakers(article: Article) -> list[str]:
    return [s.speaker for s in article.statements]


def test_the_army_of_a_foreign_story_is_its_own_actor_beside_haftars_forces() -> None:
    article = _parse(
        "Chadian rebels, who had long served alongside the forces of Marshal Khalifa Haftar, "
        "crossed the border from Libya. On Monday the army announced that it had killed 300 rebels.",
        published="2021-04-20",
    )
    assert _speakers(article) == ["army"]
    assert "Libyan National Army" in _mentions(article)


def test_a_named_army_still_takes_up_the_army() -> None:
    article = _parse(
        "The Libyan National Army moved units toward Sirte. On Monday the army announced that it "
        "had secured the coastal road.",
        published="2020-06-22",
    )
    assert _speakers(article) == ["Libyan National Army"]


# ------------------------------- "a spokesman said ... the spokesman, NAME, said": one person


def _holding(article: Article, surface: str) -> list[str]:
    return [a.name for a in article.actors if surface in [m.text for m in a.mentions]]


def test_an_unnamed_spokesman_is_the_one_named_after_his_title() -> None:
    article = _parse(
        "The brigade has retaken the bridge, a brigade spokesman told us by phone. "
        '"Our men hold both banks now," the spokesman, Omar Belhaj, said.',
        published="2015-03-02",
    )
    assert _speakers(article) == ["Omar Belhaj", "Omar Belhaj"]
    assert [a.name for a in article.actors if a.kind.value == "collective"] == []


def test_an_unnamed_commander_is_the_one_named_after_his_title() -> None:
    article = _parse(
        "Fighting resumed near the port on Friday, a field commander said. "
        '"We will not give up a metre," the commander, Salah Bouhlel, told reporters.',
        published="2015-03-02",
    )
    assert _holding(article, "field commander") == ["Salah Bouhlel"]
    assert _speakers(article) == ["Salah Bouhlel", "Salah Bouhlel"]


def test_an_unnamed_official_is_not_a_spokesman_named_later() -> None:
    article = _parse(
        "The talks have stalled, an official said on Sunday. "
        '"We expect a new round soon," the spokesman, Omar Belhaj, said.',
        published="2015-03-02",
    )
    assert _speakers(article)[0] != "Omar Belhaj"


# ------------------------------- a known body's name shortened to its last words


def _names(article: Article) -> list[str]:
    return sorted(a.name for a in article.actors)


def test_a_body_shortened_to_its_last_two_words_is_the_same_body() -> None:
    article = _parse(
        "The Benghazi Defence Brigades attacked Ras Lanuf on Friday. "
        "The Defence Brigades said they had taken the port.",
        published="2017-03-04",
    )
    assert _names(article) == ["Benghazi Defence Brigades"]
    assert _speakers(article) == ["Benghazi Defence Brigades"]


def test_a_headline_short_form_is_the_body_the_story_names() -> None:
    article = _parse(
        "Deterrence Force foils raid on Mitiga prison\n\n"
        "The Special Deterrence Force said on Monday that its guards had repelled an attack on the prison.",
        published="2018-01-16",
    )
    assert "Deterrence Force" not in _names(article)
    assert "Deterrence Force" in _mentions(article)["Special Deterrence Force"]


def test_a_short_form_of_an_unknown_group_is_not_merged() -> None:
    """Only a body the knowledge base knows lends its name's last words to a short form."""
    article = _parse(
        "The Special Deterrence Force met the Zintan Deterrence Brigade in Tripoli. "
        "The Deterrence Brigade said the talks went well.",
        published="2018-01-16",
    )
    assert "Special Deterrence Force" in _names(article)
    assert "Deterrence Brigade" not in _mentions(article)["Special Deterrence Force"]


# ------------------------------- rescue charities and a UN fund the knowledge base lacked


def test_open_arms_named_by_its_ship_is_the_charity() -> None:
    article = _parse(
        "The Spanish charity's vessel Open Arms took 87 people aboard north of Sabratha on Tuesday.",
        published="2019-08-02",
    )
    assert _mentions(article).get("Proactiva Open Arms") == ["Open Arms"]


def test_sea_eye_spelt_without_its_hyphen() -> None:
    article = _parse(
        "The German group Sea Eye said its crew had taken 64 migrants off a rubber boat near Zuwara.",
        published="2019-04-05",
    )
    assert "Sea-Eye" in _mentions(article)


def test_the_un_emergency_fund_by_its_acronym() -> None:
    article = _parse(
        "CERF released emergency money for the flood survivors of Derna on Thursday.",
        published="2023-09-14",
    )
    assert "Central Emergency Response Fund" in _mentions(article)


# ------------------------------- a foreign army's special forces, commandos and marines


def test_us_special_forces_are_the_us_military() -> None:
    article = _parse(
        "US special forces captured a militia leader wanted for the consulate attack near Benghazi.",
        published="2014-06-17",
    )
    assert _mentions(article).get("U.S. military") == ["US special forces"]


def test_french_commandos_are_the_french_armed_forces() -> None:
    article = _parse(
        "Three French commandos died when their helicopter crashed south of Benghazi in July.",
        published="2016-07-21",
    )
    assert _mentions(article).get("French armed forces") == ["French commandos"]


def test_marines_of_the_us_are_the_us_military() -> None:
    article = _parse(
        "A team of U.S. Marines was flown to Tripoli to protect the embassy staff.", published="2012-09-13"
    )
    assert "U.S. military" in _mentions(article)


# ------------------------------- "chief of mission" is a title, not the UN mission


def test_chief_of_mission_names_no_un_mission() -> None:
    article = _parse(
        "The IOM's chief of mission in Libya said on Saturday that more transfers were planned.",
        published="2020-02-08",
    )
    assert "United Nations Support Mission in Libya" not in _mentions(article)


def test_head_of_mission_names_no_un_mission() -> None:
    article = _parse(
        "Detaining people beside a front line is wrong, the agency's head of mission told reporters.",
        published="2019-07-04",
    )
    assert "United Nations Support Mission in Libya" not in _mentions(article)


def test_the_mission_alone_is_still_the_un_mission() -> None:
    article = _parse(
        "The mission said on Monday that both sides had agreed to a truce.", published="2019-07-04"
    )
    assert "United Nations Support Mission in Libya" in _mentions(article)


# ------------------------------- a municipality of a two-word town keeps the whole name


def test_municipal_council_of_a_town_with_the_arabic_article() -> None:
    article = _parse(
        "The Souq al-Juma municipal council asked residents to stay indoors.", published="2018-01-16"
    )
    assert "Souq al-Juma municipal council" in _mentions(article)


def test_municipality_of_a_two_word_town() -> None:
    article = _parse("The Abu Salim municipality said water supplies had been cut.", published="2019-05-01")
    assert "Abu Salim municipality" in _mentions(article)


def test_a_capitalised_word_before_a_municipality_is_no_part_of_it() -> None:
    article = _parse(
        "In Misrata municipality officials said the coastal road was open.", published="2019-05-01"
    )
    assert "Misrata municipality" in _mentions(article)
    assert not any(name.startswith("In ") for name in _mentions(article))


# ------------------------------- a body after "a spokesman for" is no person's name


def _people(article: Article) -> list[str]:
    return [a.name for a in article.actors if a.kind.value == "person"]


def test_a_force_after_spokesman_for_is_a_group() -> None:
    article = _parse(
        "A spokesman for the Deterrence Force said the men would face trial.", published="2018-01-16"
    )
    assert _people(article) == []
    assert _speakers(article) == ["spokesman"]


def test_a_guard_after_spokesman_for_is_a_group() -> None:
    article = _parse(
        "A spokesman for the Border Guard said the crossing at Ras Jedir had reopened.",
        published="2018-01-16",
    )
    assert _people(article) == []


def test_a_force_of_two_words_after_spokesman_for_is_a_group() -> None:
    article = _parse(
        "A spokesman for the Rapid Intervention Force said the coastal road had reopened.",
        published="2018-01-16",
    )
    assert _people(article) == []


def test_a_person_after_a_title_is_still_a_person() -> None:
    article = _parse("Spokesman Omar Belhaj said the men would face trial.", published="2018-01-16")
    assert _people(article) == ["Omar Belhaj"]
