"""Round 46: foreign leaders with a title and foreign legislatures.

A head of government titled "Chancellor" is one person with the title, whatever the name ("Chancellor
Olaf Scholz" is Olaf Scholz, titled Chancellor, the same actor as a later "Scholz"). A legislature
named by a foreign nationality ("the Greek parliament", "the French National Assembly"), by its own
name ("the Grand National Assembly", Turkey's) or by its seat abroad ("the parliament in Rome") is
that state's body, never Libya's House of Representatives.

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()
HOR = "House of Representatives"


def _parse(text: str, published: str = "2020-03-01") -> Article:
    return PARSER.parse(text, published=published)


def _names(article: Article) -> list[str]:
    return [a.name for a in article.actors]


def _actor(article: Article, name: str) -> tuple[ActorKind, str | None, list[str]]:
    actor = next(a for a in article.actors if a.name == name)
    return actor.kind, actor.title, [m.text for m in actor.mentions]


# ------------------------------------------------ a chancellor is a title, not part of the name


def test_a_chancellor_opening_a_sentence_is_the_title_of_a_known_leader() -> None:
    article = _parse(
        "Chancellor Angela Merkel, who chaired the meeting, said the ceasefire would hold. "
        "Merkel left for Brussels on Monday.",
        published="2020-01-20",
    )
    assert [n for n in _names(article) if "Merkel" in n] == ["Angela Merkel"]
    kind, title, mentions = _actor(article, "Angela Merkel")
    assert kind is ActorKind.PERSON
    assert title == "Chancellor"
    assert "Chancellor Angela Merkel" not in mentions


def test_a_chancellor_the_knowledge_base_does_not_know_keeps_the_title() -> None:
    article = _parse("Chancellor Karl Nehammer said Austria would send no ships to the coast.")
    assert "Chancellor Karl Nehammer" not in _names(article)
    assert _actor(article, "Karl Nehammer")[1] == "Chancellor"
    assert [s.speaker for s in article.statements] == ["Karl Nehammer"]


def test_a_chancellor_with_a_nationality_is_titled_too() -> None:
    article = _parse("German Chancellor Olaf Scholz flew to Tripoli on Monday for talks with Dbeibah.")
    assert _actor(article, "Olaf Scholz")[1] == "German Chancellor"
    assert [m.actor for m in article.movements] == ["Olaf Scholz"]


def test_a_nationality_with_no_demonym_ending_opens_a_foreign_minister_s_title() -> None:
    for sentence, name, title in (
        (
            "Greek Foreign Minister Nikos Dendias flew to Benghazi on Sunday.",
            "Nikos Dendias",
            "Greek Foreign Minister",
        ),
        (
            "Swiss Foreign Minister Ignazio Cassis flew to Tripoli on Monday.",
            "Ignazio Cassis",
            "Swiss Foreign Minister",
        ),
    ):
        article = _parse(sentence)
        assert _actor(article, name)[1] == title, sentence
        assert [m.actor for m in article.movements] == [name], sentence


# ------------------------------------------------ foreign legislatures are their own actors


def test_a_parliament_named_by_a_nationality_is_that_state_s() -> None:
    for sentence, body in (
        ("The Greek parliament condemned the maritime accord on Tuesday.", "Greek parliament"),
        ("The French parliament voted on Monday to extend the naval mission.", "French parliament"),
        ("The Dutch legislature debated the training mission on Friday.", "Dutch legislature"),
    ):
        article = _parse(sentence)
        assert HOR not in _names(article), sentence
        assert _actor(article, body)[0] is ActorKind.GOVERNMENT, sentence


def test_a_national_assembly_named_by_a_nationality_is_that_state_s() -> None:
    article = _parse("The French National Assembly debated the arms embargo on Tuesday.")
    assert _names(article) == ["French National Assembly"]


def test_turkey_s_grand_national_assembly_is_not_libya_s_parliament() -> None:
    for sentence in (
        "The Grand National Assembly approved the troop motion on Thursday.",
        "The Turkish Grand National Assembly voted 325 to 184 for the deployment.",
        "Turkey's Grand National Assembly gave its approval late on Thursday.",
    ):
        article = _parse(sentence, published="2020-01-03")
        assert HOR not in _names(article), sentence
        assert "Grand National Assembly of Turkey" in _names(article), sentence


def test_a_parliament_seated_in_a_foreign_capital_is_that_state_s() -> None:
    article = _parse("The bill went to the parliament in Ankara, which passed it on Thursday.")
    assert _names(article) == ["parliament in Ankara"]
    assert [loc.name for loc in article.locations] == ["Ankara"]
    article = _parse("Lawmakers in the parliament in Rome backed the coastguard deal on Friday.")
    assert "parliament in Rome" in _names(article)
    assert HOR not in _names(article)


def test_libya_s_own_parliament_stays_the_house_of_representatives() -> None:
    assert HOR in _names(_parse("The parliament in Tobruk voted on Monday to reject the cabinet."))
    assert HOR in _names(_parse("The national assembly in Tobruk met on Monday."))


def test_a_government_seated_abroad_names_no_actor() -> None:
    article = _parse("The government in Rome said on Monday it would send a hospital ship.")
    assert _names(article) == []


# ------------------------------------------------ a charity named by its apposition


def _moves(article: Article) -> list[tuple[str | None, str | None]]:
    return [(m.actor, m.destination.name if m.destination else None) for m in article.movements]


def test_a_name_called_a_charity_after_it_speaks_is_an_organisation() -> None:
    article = _parse(
        "The rescue ship docked in Pozzallo on Tuesday, said Blue Horizon Relief, a Norwegian charity."
    )
    assert _actor(article, "Blue Horizon Relief")[0] is ActorKind.ORGANIZATION
    assert [s.speaker for s in article.statements] == ["Blue Horizon Relief"]


def test_a_name_called_a_charity_before_it_speaks_is_an_organisation_that_moves() -> None:
    article = _parse(
        "Blue Horizon Relief, a Norwegian charity, said its team had arrived in Sabha on Monday."
    )
    assert _actor(article, "Blue Horizon Relief")[0] is ActorKind.ORGANIZATION
    assert _moves(article) == [("Blue Horizon Relief", "Sabha")]


def test_a_name_called_an_aid_group_is_an_organisation() -> None:
    article = _parse("Nour Hope, a Dutch aid group, said on Monday its convoy had reached Ghadames.")
    assert _actor(article, "Nour Hope")[0] is ActorKind.ORGANIZATION
    assert _moves(article) == [("Nour Hope", "Ghadames")]
    article = _parse("Its convoy reached Ghadames on Monday, said Nour Hope, a Dutch relief agency.")
    assert _actor(article, "Nour Hope")[0] is ActorKind.ORGANIZATION
    assert _moves(article) == [("Nour Hope", "Ghadames")]


def test_a_person_with_an_aid_group_title_stays_a_person() -> None:
    article = _parse("Ahmed Salem, an aid group official, said the clinic in Sabha had closed.")
    assert _actor(article, "Ahmed Salem")[0] is ActorKind.PERSON


# ------------------------------------------------ "its" opening a sentence its source closes


def test_its_teams_told_before_the_source_move_as_the_source() -> None:
    article = _parse("Its teams left Tarhuna on Sunday after the shelling, Doctors Without Borders said.")
    assert [m.actor for m in article.movements] == ["Doctors Without Borders"]


def test_its_ship_told_before_an_unknown_charity_moves_as_the_charity() -> None:
    article = _parse(
        "Its ship reached Lampedusa on Monday with 80 survivors on board, said Sea Rescue Aid, a German charity."
    )
    assert _moves(article) == [("Sea Rescue Aid", "Lampedusa")]


def test_their_volunteers_told_before_according_to_move_as_the_source() -> None:
    article = _parse("Their volunteers arrived in Sabha on Monday, according to the Libyan Red Crescent.")
    assert _moves(article) == [("Libyan Red Crescent", "Sabha")]


def test_a_sentence_opening_its_with_a_collective_source_keeps_the_body_before() -> None:
    article = _parse(
        "The Kaniyat militia held the town. Its fighters left Tarhuna on Sunday, residents said."
    )
    assert [m.actor for m in article.movements] == ["Kaniyat"]


def test_their_before_residents_who_tell_it_keeps_the_body_before() -> None:
    article = _parse(
        "LNA units pulled back from Gharyan on Friday. Their withdrawal to Tarhuna was orderly, residents said."
    )
    assert {m.actor for m in article.movements} == {"Libyan National Army"}


# ------------------------------------------------ a known organisation's country or city branch


def _places(article: Article) -> list[str]:
    return [loc.name for loc in article.locations]


def test_a_country_after_a_known_charity_names_its_branch_not_a_place() -> None:
    article = _parse("Save the Children Libya said on Monday that 12 schools in Tripoli had closed.")
    assert _names(article) == ["Save the Children"]
    # round 68: the branch is mentioned by its organisation's own name, as the gold sets do
    assert _actor(article, "Save the Children")[2] == ["Save the Children"]
    assert _places(article) == ["Tripoli"]


def test_a_neighbouring_country_after_a_known_charity_is_no_actor() -> None:
    article = _parse(
        "Doctors Without Borders Tunisia said on Monday that 40 migrants had drowned off Zarzis."
    )
    assert _names(article) == ["Doctors Without Borders"]
    assert "Tunisia" not in _places(article)


def test_a_city_after_a_known_charity_names_its_branch_and_the_branch_moves() -> None:
    article = _parse("Staff of the International Rescue Committee Tripoli travelled to Sabha on Tuesday.")
    assert _places(article) == ["Sabha"]
    assert [m.actor for m in article.movements] == ["International Rescue Committee"]


def test_a_country_after_a_charity_told_apart_stays_a_place() -> None:
    article = _parse("Save the Children said on Monday that 12 schools had closed in Libya.")
    assert "Libya" in _places(article)


def test_a_country_before_an_envoy_stays_out_of_the_branch_rule() -> None:
    article = _parse("Oxfam Libya said on Monday it had met the UN Libya envoy in Tunis.")
    assert _actor(article, "Oxfam")[2] == ["Oxfam"]
    assert "Libya" in _places(article)


# ------------------------------------------------ aid bodies the knowledge base names


def test_aid_bodies_with_a_force_word_in_their_name_are_organisations() -> None:
    article = _parse("Mercy Corps said its teams had left Tarhuna on Sunday.")
    assert _actor(article, "Mercy Corps")[0] is ActorKind.ORGANIZATION
    article = _parse("A team of the Danish Demining Group arrived in Tarhuna on Tuesday.")
    assert [m.actor for m in article.movements] == ["Danish Demining Group"]


def test_a_charity_s_whole_name_is_kept_and_its_kind_adds_no_actor() -> None:
    article = _parse(
        "Health Bridge International, a British NGO, said its medical team arrived in Sabha on Monday."
    )
    assert _names(article) == ["Health Bridge International"]
    assert _moves(article) == [("Health Bridge International", "Sabha")]


def test_a_kind_of_body_after_a_nationality_is_no_organisation() -> None:
    article = _parse("A medical team arrived in Sabha on Monday, according to Amal Crossing, a Maltese NGO.")
    assert "NGO" not in _names(article)
    assert [s.speaker for s in article.statements] == ["Amal Crossing"]


def test_its_fighters_a_rival_side_tells_of_keep_the_side_named_before() -> None:
    for sentence in (
        "The LNA shelled Gharyan overnight. Its fighters pulled back from the town on Friday, the GNA said.",
        "Haftar's army shelled Gharyan. Its fighters withdrew from Gharyan on Friday, said the GNA.",
    ):
        article = _parse(sentence)
        assert [m.actor for m in article.movements] == ["Libyan National Army"], sentence
