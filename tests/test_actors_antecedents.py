"""Unnamed role descriptions and bare force nouns that stand for an actor the article names.

Every sentence is written for these tests.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import Parser
from libya_events.extraction._antecedents import ROLE_TITLES, antecedents
from libya_events.extraction._mentions import Hit
from libya_events.model import ActorKind

PARSER = Parser()


def _actors(text: str) -> dict[str, list[str]]:
    article = PARSER.parse(text, published="2019-06-10")
    return {a.name: [m.text for m in a.mentions] for a in article.actors}


def test_the_official_who_adds_is_the_spokesman_just_quoted() -> None:
    text = (
        '"Our units hold the port," army spokesman Ahmed Mismari said on Sunday.\n\n'
        "Families may go back to the old town soon, the official added."
    )
    article = PARSER.parse(text, published="2019-06-10")
    names = {a.name for a in article.actors}
    assert not any(n.lower() == "official" for n in names)
    assert {s.speaker for s in article.statements} == {"Ahmed Mismari"}


def test_a_role_in_apposition_before_a_name_is_that_person() -> None:
    text = (
        "Commander of the Kufra military zone, Salem Bukhari, told reporters on Monday that "
        "his men had closed the desert road."
    )
    actors = _actors(text)
    assert "Commander" not in actors
    assert any("Salem Bukhari" in n for n in actors)


def test_an_indefinite_spokesman_is_the_spokesman_named_soon_after() -> None:
    text = (
        "A rebel spokesman said on Monday the hills around Yefren were calm. "
        "Later, spokesman Salem Jaber said the road to the coast would open within days."
    )
    actors = _actors(text)
    assert not any(n.lower().endswith("spokesman") for n in actors)
    assert "Salem Jaber" in actors


def test_an_indefinite_official_is_not_whoever_is_named_next() -> None:
    text = (
        "A security official said gunmen had attacked the checkpoint at dawn. "
        "Interior minister Fathi Bashagha visited the site on Tuesday."
    )
    actors = _actors(text)
    bashagha = next(m for n, m in actors.items() if "Bashagha" in n)
    assert all("official" not in m for m in bashagha)


def test_bare_fighters_after_a_named_side_are_that_side() -> None:
    text = (
        "The Libyan National Army stormed the airport south of Tripoli on Friday. "
        "Fighters then pushed into the nearby suburbs."
    )
    actors = _actors(text)
    assert "Fighters" not in actors
    assert "Fighters" in actors["Libyan National Army"]


def test_fighters_described_by_a_relative_clause_stay_their_own_group() -> None:
    text = (
        "The Libyan National Army stormed the airport south of Tripoli on Friday. "
        "Fighters who had fled the city regrouped in the hills."
    )
    actors = _actors(text)
    assert "Fighters" not in actors.get("Libyan National Army", [])


def _hit(start: int, end: int, key: str, kind: ActorKind, source: str, title: str | None = None) -> Hit:
    return Hit(start, end, key, key, source, kind, title=title)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(ROLE_TITLES)), st.integers(min_value=0, max_value=400))
def test_a_role_never_stands_for_a_body_or_a_later_untitled_person(role: str, gap: int) -> None:
    """Whatever the role and distance, a description is only ever read as a person, and never
    as a person named after it who holds no fitting title."""
    lead = "x" * gap
    text = f"{lead} the {role} said so. Later Ali Saleh and the Misrata Brigade arrived."
    role_at = text.index(role)
    role_hit = _hit(role_at, role_at + len(role), "collective:" + role, ActorKind.COLLECTIVE, "collective")
    ali = text.index("Ali Saleh")
    brigade = text.index("Misrata Brigade")
    person = _hit(ali, ali + 9, "person:ali", ActorKind.PERSON, "person")
    group = _hit(brigade, brigade + 15, "unit:misrata", ActorKind.ARMED_GROUP, "unit")
    found = antecedents(text, [role_hit, person, group], set())
    assert id(role_hit) not in found


def test_a_definite_role_takes_an_earlier_acting_person_with_the_title() -> None:
    text = "Ali Saleh, a commander, spoke. Hours later the commander said more."
    person = _hit(0, 9, "person:ali", ActorKind.PERSON, "person", title="commander")
    at = text.rindex("commander")
    role_hit = _hit(at, at + 9, "collective:commander", ActorKind.COLLECTIVE, "collective")
    found = antecedents(text, [person, role_hit], {0, at})
    assert found[id(role_hit)].key == "person:ali"
    assert (found[id(role_hit)].start, found[id(role_hit)].end) == (at, at + 9)
    # a live-blog entry start between them cuts the link
    assert id(role_hit) not in antecedents(text, [person, role_hit], {0, at}, [text.index("Hours")])
    # a description that does nothing names no one
    assert id(role_hit) not in antecedents(text, [person, role_hit], {0})


def test_a_capital_that_speaks_is_a_government_apart_from_its_country() -> None:
    text = (
        "Egypt closed its western border on Monday. Cairo said the crossing would stay shut "
        "until the fighting near Sallum ends."
    )
    article = PARSER.parse(text, published="2019-06-10")
    kinds = {a.name: a.kind for a in article.actors}
    assert kinds.get("Cairo") is ActorKind.GOVERNMENT
    cairo = next(a for a in article.actors if a.name == "Cairo")
    assert cairo.affiliation == "Egypt"
    assert all(m.text != "Cairo" for a in article.actors if a.name == "Egypt" for m in a.mentions)
    assert "Cairo" in {loc.name for loc in article.locations}


def test_a_live_blog_time_stamp_and_headline_is_no_organisation() -> None:
    text = (
        "09:40 GMT - Convoy reaches the port\n"
        "A column of trucks from Misrata reached the port of Sirte this morning, residents said.\n"
    )
    names = [a.name for a in PARSER.parse(text, published="2019-06-10").actors]
    assert not any("GMT" in n for n in names)


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["Souq al-Harat", "Shara Al-Bahr", "Wadi al-Hayat", "Bab Zayed"]))
def test_a_street_market_or_valley_is_no_person(place: str) -> None:
    text = f"Clashes broke out on Friday night near {place} in the capital, witnesses said."
    article = PARSER.parse(text, published="2019-06-10")
    assert all(a.kind is not ActorKind.PERSON or place not in a.name for a in article.actors)


def test_a_foreign_countrys_parliament_is_its_own_not_libyas() -> None:
    text = (
        "Turkey's parliament approved the deployment on Thursday. Libya's parliament in Tobruk "
        "condemned the vote on Friday."
    )
    article = PARSER.parse(text, published="2020-01-05")
    names = {a.name: a for a in article.actors}
    assert "Turkey's parliament" in names
    assert names["Turkey's parliament"].kind is ActorKind.GOVERNMENT
    assert names["Turkey's parliament"].affiliation == "Turkey"
    hor = names.get("House of Representatives")
    assert hor is None or all(m.span.start > text.index("Libya's") for m in hor.mentions)


def test_an_acronym_in_brackets_after_a_known_name_is_that_actor() -> None:
    text = (
        "The Petroleum Facilities Guard (PFGX) closed the terminal on Monday. "
        "The PFGX said the closure would last a week."
    )
    actors = _actors(text)
    assert list(actors) == ["Petroleum Facilities Guard"]
    assert actors["Petroleum Facilities Guard"].count("PFGX") == 2


def test_fighters_of_a_named_group_are_that_group() -> None:
    text = "Fighters of the Benghazi Revolutionaries Shura Council shelled the port on Monday."
    actors = _actors(text)
    assert "Fighters" not in actors
    assert "Fighters" in actors["Benghazi Revolutionaries Shura Council"]


def test_one_towns_forces_and_brigade_are_one_side() -> None:
    text = (
        "Misrata forces entered the southern suburbs on Monday. By evening the Misrata brigade "
        "had set up checkpoints on the airport road, and Zintani units withdrew to the hills."
    )
    article = PARSER.parse(text, published="2014-08-04")
    names = [a.name for a in article.actors]
    misrata = [n for n in names if n.lower().startswith("misrata")]
    assert misrata == ["Misrata forces"]
    assert any(n.startswith("Zintan") for n in names)
    mentions = next(a for a in article.actors if a.name == "Misrata forces").mentions
    assert "Misrata brigade" in [m.text for m in mentions]


def test_town_sides_merge_only_same_town_groups() -> None:
    from libya_events.extraction._antecedents import town_sides

    text = "Misratan fighters met Zintan fighters and the Misrata brigade."
    hits = [
        _hit(0, 17, "group:misratan fighters", ActorKind.ARMED_GROUP, "group"),
        _hit(22, 37, "group:zintan fighters", ActorKind.ARMED_GROUP, "group"),
        _hit(46, 61, "unit:misrata brigade", ActorKind.ARMED_GROUP, "unit"),
    ]
    merged = town_sides(text, hits)
    assert set(merged) == {id(hits[2])}
    assert merged[id(hits[2])].key == "group:misratan fighters"


def test_names_a_noun_introduces_get_the_nouns_kind() -> None:
    cases = [
        (
            "A rebel spokesman, called Salem, in the town of Nalut said the hills were quiet.",
            "Salem",
            "person",
        ),
        (
            "The army attacked from the west, led by an elite brigade called the Sabratha Lions.",
            "Sabratha Lions",
            "armed_group",
        ),
        ("His remarks were carried by broadcaster Nile TV on Monday.", "Nile TV", "organization"),
        ("Residents told Libya Channel they had fled the fighting.", "Libya Channel", "organization"),
    ]
    for text, name, kind in cases:
        article = PARSER.parse(text, published="2014-12-13")
        kinds = {a.name: a.kind.value for a in article.actors}
        assert kinds.get(name) == kind, (text, kinds)


def test_a_day_after_a_medium_noun_is_no_name() -> None:
    article = PARSER.parse(
        "The spokesman said on state TV Sunday that the road was open.", published="2014-12-13"
    )
    assert all("Sunday" not in a.name for a in article.actors)


def test_a_unit_named_with_its_owners_possessive_is_the_unit() -> None:
    text = "Beside Ansar al-Sharia's Al-Farouq brigade, which is based near Sirte, two other units joined."
    actors = _actors(text)
    assert "Al-Farouq brigade" in actors
    assert "Ansar al-Sharia" in actors


def test_a_countrys_soldiers_are_its_armed_forces_in_the_knowledge_base() -> None:
    text = (
        "Turkish soldiers began arriving in Tripoli on Sunday, the president said. "
        "Turkish armed forces will train the government's units, he added."
    )
    actors = _actors(text)
    assert "Turkish soldiers" not in actors
    assert "Turkish soldiers" in actors["Turkish Armed Forces"]


def test_a_known_groups_name_in_the_other_number_is_that_group() -> None:
    text = "The Special Deterrence Forces (SDF), often called Rada, took the airport on Monday."
    actors = _actors(text)
    assert "Special Deterrence Forces" not in actors
    assert {"Special Deterrence Forces", "SDF", "Rada"} <= set(actors["Special Deterrence Force"])


def test_staff_named_by_their_agency_are_the_agency() -> None:
    text = "A Reuters correspondent in Ajdabiya said the front line had not moved on Tuesday."
    actors = _actors(text)
    assert actors == {"Reuters": ["Reuters", "correspondent"]}


def test_army_forces_are_the_army_the_article_named() -> None:
    text = (
        "The Libyan National Army said it had taken the airbase on Friday. "
        "Army forces attacked the area from three directions before dawn."
    )
    actors = _actors(text)
    assert "Army forces" not in actors
    assert "Army forces" in actors["Libyan National Army"]


def test_a_redundant_libyan_names_the_same_forces() -> None:
    text = (
        "Pro-government forces entered the port on Monday. "
        "Pro-government Libyan forces then cleared the old town."
    )
    actors = _actors(text)
    assert len(actors) == 1
    assert "Pro-government Libyan forces" in next(iter(actors.values()))


def test_unnamed_groups_from_different_towns_are_different_actors() -> None:
    text = (
        "Fighters from Zuwara and Sabratha joined the assault on Monday. "
        "Fighters from Gharyan stayed behind to hold the road."
    )
    names = {a.name for a in PARSER.parse(text, published="2015-03-02").actors}
    assert "Fighters from Zuwara and Sabratha" in names
    assert "Gharyan fighters" in names  # one town's fighters are that town's side, named by their noun


def test_a_known_groups_last_word_alone_is_that_group() -> None:
    text = (
        "Libya Dawn said on Sunday it had taken the checkpoint north of Gharyan. "
        "Separately, Dawn says it shelled a convoy near the town."
    )
    article = PARSER.parse(text, published="2015-04-26")
    kinds = {a.name: a.kind for a in article.actors}
    assert "Dawn" not in kinds
    dawn = next(a for a in article.actors if a.name == "Libya Dawn")
    assert "Dawn" in [m.text for m in dawn.mentions]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["urged", "asked", "called on", "told"]))
def test_a_group_asked_to_act_is_an_actor(verb: str) -> None:
    text = f"The envoy {verb} the international community to fund the reconstruction of Derna."
    names = {a.name.lower() for a in PARSER.parse(text, published="2023-10-01").actors}
    assert "international community" in names


def test_a_group_only_spoken_of_is_no_actor() -> None:
    text = "The envoy praised the international community for its generosity."
    names = {a.name.lower() for a in PARSER.parse(text, published="2023-10-01").actors}
    assert "international community" not in names


def test_an_office_only_possessing_a_title_is_no_actor() -> None:
    possessed = "Stephanie Williams, the UN Secretary-General's special adviser, met both delegations."
    names = {a.name for a in PARSER.parse(possessed, published="2022-03-01").actors}
    assert names == {"Stephanie Williams"}
    acting = "The UN Secretary-General said on Monday that the talks would resume."
    assert len(PARSER.parse(acting, published="2022-03-01").actors) == 1


def test_soldiers_suffered_upon_stay_unresolved_and_an_adjective_official_names_no_one() -> None:
    text = (
        "The army sent units to Kufra in February. Salem Ali, a council member, said on Sunday "
        "that three soldiers were killed, the official news agency LANA reported."
    )
    actors = _actors(text)
    assert all("soldiers" not in mentions for mentions in actors.values())
    assert all("official" not in mentions for name, mentions in actors.items() if "Salem" in name)


def test_a_title_right_before_a_name_is_that_person() -> None:
    text = "'It will be a long night,' spokesman Omar Hadi said by telephone from the town."
    actors = _actors(text)
    assert list(actors) == ["Omar Hadi"]


def test_the_jihadists_after_a_named_group_are_that_group() -> None:
    text = (
        "Islamic State fighters were driven from the port on Monday. Officials feared the jihadists "
        "would regroup in the desert south of the city."
    )
    actors = _actors(text)
    assert "Islamist militants" not in actors
    assert "jihadists" in actors["Islamic State"]
