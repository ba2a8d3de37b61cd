"""Round 32: actors the knowledge base knows but the rules left out, and actors it lacked.

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.extraction._kb import ActorKB
from libya_events.model import Article

PARSER = Parser()
KB = ActorKB.default()


def _parse(text: str, published: str = "2021-05-10") -> Article:
    return PARSER.parse(text, published=published)


def _mentions(article: Article) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in article.actors}


# ------------------------------- a named group whose name opens with the Arabic article


def test_al_qaeda_as_a_modifier_is_still_named() -> None:
    article = _parse(
        "Police in Tripoli detained an al-Qaeda financier near the port on Sunday.", published="2014-02-03"
    )
    assert "al-Qaeda" in _mentions(article)


def test_aqim_named_in_passing_is_an_actor() -> None:
    article = _parse(
        "Smugglers linked to al-Qaeda in the Islamic Maghreb crossed into Libya from Niger last week.",
        published="2013-06-11",
    )
    assert "al-Qaeda in the Islamic Maghreb" in _mentions(article)


def test_arabic_article_does_not_make_a_name_generic() -> None:
    assert not KB["al-qaeda"].generic
    assert not KB["aqim"].generic
    assert KB["armed-groups"].generic
    assert KB["former-rebels"].generic


# ------------------------------- the politician a loyal following is named after stays an actor


def test_politician_inside_a_loyal_following_that_moves_is_an_actor() -> None:
    article = _parse(
        "Fighters loyal to Fathi Bashagha drove into Janzour from the west on Thursday.",
        published="2022-08-26",
    )
    found = _mentions(article)
    assert found.get("Fathi Bashagha") == ["Fathi Bashagha"]
    assert "forces loyal to Fathi Bashagha" in found


def test_politician_after_an_apposition_stays_an_actor() -> None:
    article = _parse(
        "Brigades loyal to Fathi Bashagha, the prime minister designated by the House of "
        "Representatives, seized the coastal road near Zliten on Saturday.",
        published="2022-05-17",
    )
    assert "Fathi Bashagha" in _mentions(article)


def test_politician_of_a_withdrawing_following_stays_an_actor() -> None:
    article = _parse(
        "Troops loyal to Fathi Bashagha withdrew from Tripoli to Misrata on Tuesday.", published="2022-05-17"
    )
    assert _mentions(article).get("Fathi Bashagha") == ["Fathi Bashagha"]


def test_following_named_by_surname_alone_adds_no_full_name() -> None:
    article = _parse(
        "Fighters loyal to Bashagha entered Zawiya on Friday as talks stalled.", published="2022-08-26"
    )
    found = _mentions(article)
    assert all(text != "Fathi Bashagha" for texts in found.values() for text in texts)


# ------------------------------- the one name someone gave to be quoted under


def test_given_name_is_not_a_known_surname() -> None:
    article = _parse(
        "A shopkeeper who gave his name only as Ibrahim said the shelling lasted all night. "
        "In Tripoli, spokesman Moussa Ibrahim said the army held the square.",
        published="2011-03-07",
    )
    found = _mentions(article)
    assert found.get("Ibrahim") == ["Ibrahim"]
    assert "Ibrahim" not in found.get("Moussa Ibrahim", [])


def test_name_identified_only_is_a_person() -> None:
    article = _parse(
        "A driver identified only as Salem was stopped at a checkpoint east of Zawiya on Monday.",
        published="2014-08-12",
    )
    assert _mentions(article).get("Salem") == ["Salem"]


def test_first_name_given_is_a_person() -> None:
    article = _parse(
        "A nurse who gave her first name as Amal drove the wounded to Misrata before dawn.",
        published="2011-04-20",
    )
    assert "Amal" in _mentions(article)


def test_surname_told_after_the_full_name_is_still_his() -> None:
    article = _parse(
        "Moussa Ibrahim spoke in Tripoli on Monday. Ibrahim said the rebels had fled the town.",
        published="2011-03-07",
    )
    found = _mentions(article)
    assert found.get("Moussa Ibrahim") == ["Moussa Ibrahim", "Ibrahim"]
    assert "Ibrahim" not in found


# ------------------------------- actors the knowledge base lacked


def test_oil_companies_are_organisations() -> None:
    article = _parse(
        "Repsol and Equinor halted output at the Sharara field on Monday, while OMV pulled its staff out of Tripoli.",
        published="2018-06-20",
    )
    found = {a.name: a.kind.value for a in article.actors}
    assert found.get("Repsol") == "organization"
    assert found.get("Equinor") == "organization"
    assert found.get("OMV") == "organization"


def test_outlets_are_named_as_themselves() -> None:
    article = _parse(
        "France 24 and Asharq Al-Awsat both reported that LNA units had reached Sirte on Tuesday.",
        published="2020-06-09",
    )
    found = {a.name: a.kind.value for a in article.actors}
    assert found.get("France 24") == "organization"
    assert found.get("Asharq Al-Awsat") == "organization"
    assert "France" not in found


def test_armed_groups_not_read_as_people() -> None:
    article = _parse(
        "Subul al-Salam fighters took over the airport in Kufra, and al-Mourabitoun claimed an attack near Ghat.",
        published="2019-03-02",
    )
    found = {a.name: a.kind.value for a in article.actors}
    assert found.get("Subul al-Salam battalion") == "armed_group"
    assert found.get("al-Mourabitoun") == "armed_group"


def test_sudanese_and_chadian_rebels_are_armed_groups() -> None:
    article = _parse(
        "The Sudan Liberation Army and the Justice and Equality Movement both sent men to Jufra, the panel said.",
        published="2020-12-01",
    )
    found = {a.name: a.kind.value for a in article.actors}
    assert found.get("Sudan Liberation Army") == "armed_group"
    assert found.get("Justice and Equality Movement") == "armed_group"


def test_chad_president_is_not_his_father() -> None:
    article = _parse("Mahamat Idriss Deby flew to Benghazi on Monday to meet Haftar.", published="2023-03-14")
    names = {a.name for a in article.actors}
    assert "Mahamat Idriss Deby" in names
    assert "Idriss Deby" not in names


def test_a_nickname_is_the_known_commander() -> None:
    article = _parse(
        "Hemedti denied on Thursday that his men had crossed into Libya from Darfur.", published="2019-07-25"
    )
    assert "Mohamed Hamdan Dagalo" in _mentions(article)


def test_foreign_officials_are_named_by_surname_alone() -> None:
    article = _parse("Yevkurov drove to Rajma on Tuesday to meet Haftar.", published="2023-08-22")
    assert _mentions(article).get("Yunus-bek Yevkurov") == ["Yevkurov"]
    article = _parse("Tebboune said Algeria would accept no foreign troops in Libya.", published="2020-01-20")
    assert _mentions(article).get("Abdelmadjid Tebboune") == ["Tebboune"]


def test_derna_protection_force_is_not_the_shura_council() -> None:
    article = _parse(
        "The Derna Protection Force, which replaced the Derna Mujahideen Shura Council in May, held the old city.",
        published="2018-06-10",
    )
    names = {a.name for a in article.actors}
    assert "Derna Protection Force" in names
    assert "Mujahideen Shura Council of Derna" in names


def test_a_commander_out_of_his_old_post_leads_his_own_men() -> None:
    article = _parse(
        "Fighters led by Ibrahim Jadhran attacked Ras Lanuf on Thursday.", published="2018-06-14"
    )
    found = _mentions(article)
    assert "Petroleum Facilities Guard" not in found
    assert "Ibrahim Jadhran" in found


def test_the_same_commander_in_post_leads_the_guard() -> None:
    article = _parse("Fighters led by Ibrahim Jadhran closed Es Sider on Thursday.", published="2013-08-01")
    assert "Petroleum Facilities Guard" in _mentions(article)


def test_the_commander_named_inside_his_fighters_owns_their_later_name() -> None:
    article = _parse(
        "Clashes broke out in Zawiya between the Nasr Brigade and fighters loyal to Mohammed Bahroun. "
        "On Saturday, Bahroun's men seized the refinery gate.",
        published="2022-07-04",
    )
    found = _mentions(article)
    assert "Mohammed Bahroun" in found
    assert any("Bahroun's men" in texts for texts in found.values())


# ------------------------------- a foreign state's government named by its nationality


def test_nationality_government_is_a_government() -> None:
    article = _parse(
        "The Tunisian government closed the Ras Jdir crossing on Monday.", published="2022-03-21"
    )
    found = {a.name: a.kind.value for a in article.actors}
    assert found.get("Tunisian government") == "government"


def test_nationality_authorities_and_government_are_one_body() -> None:
    article = _parse(
        "The Maltese authorities held the rescue ship in Valletta, weeks after the Maltese government "
        "had complained to Tripoli about the coast guard.",
        published="2019-07-02",
    )
    found = _mentions(article)
    assert found.get("Maltese authorities") == ["Maltese authorities", "Maltese government"]


def test_government_modifying_a_noun_after_an_article_is_no_actor() -> None:
    article = _parse(
        "The detainee was flown to Mitiga airport on a Turkish government plane on Sunday.",
        published="2021-11-08",
    )
    assert not any(a.kind.value == "government" for a in article.actors)


def test_libyan_authorities_stay_unnamed() -> None:
    article = _parse(
        "Libyan authorities said the port of Zuwara was closed on Friday.", published="2021-11-08"
    )
    assert "Libyan authorities" not in {a.name for a in article.actors if a.kind.value == "government"}


# ------------------------------- the government inside the name of its forces


def test_government_named_inside_its_forces_is_an_actor() -> None:
    article = _parse(
        "Forces loyal to the Government of National Accord pushed into Ain Zara on Tuesday.",
        published="2019-04-16",
    )
    found = _mentions(article)
    assert found.get("Government of National Accord") == ["Government of National Accord"]
    assert "Government of National Accord forces" in found


def test_government_by_its_description_inside_its_forces_is_an_actor() -> None:
    article = _parse(
        "Forces loyal to the UN-backed government advanced on Sirte from the west on Monday.",
        published="2016-06-06",
    )
    assert "Government of National Accord" in _mentions(article)


def test_forces_named_before_their_government_add_no_government() -> None:
    article = _parse("GNA forces advanced on Sirte from the west on Monday.", published="2016-06-06")
    assert "Government of National Accord" not in _mentions(article)


def test_body_named_inside_a_dated_role_is_an_actor() -> None:
    article = _parse(
        "Fayez Sarraj, head of the Presidential Council, said in a televised address that strikes would go on.",
        published="2016-08-02",
    )
    assert _mentions(article).get("Presidential Council") == ["Presidential Council"]


def test_oil_body_named_inside_its_chairman_role_is_an_actor() -> None:
    article = _parse(
        "The chairman of the National Oil Corporation said exports from Zueitina would resume on Monday.",
        published="2021-05-10",
    )
    found = _mentions(article)
    assert "National Oil Corporation" in found
    assert "Mustafa Sanalla" in found


def test_un_inside_a_role_adds_no_actor() -> None:
    article = _parse(
        "The U.N. envoy flew to Benghazi on Monday to meet the commanders.", published="2021-05-10"
    )
    assert "United Nations" not in _mentions(article)


def test_the_united_nations_mission_spelled_out_is_unsmil() -> None:
    article = _parse(
        "The United Nations mission pulled its last foreign staff out of Tripoli on Sunday.",
        published="2014-07-14",
    )
    assert "United Nations Support Mission in Libya" in _mentions(article)


# ------------------------------- a transliterated unit name is no person's


def test_unit_named_in_arabic_that_speaks_is_an_armed_group() -> None:
    article = _parse("Liwa al-Sumood said its men had reached Gharyan on Sunday.", published="2019-04-08")
    found = {a.name: a.kind.value for a in article.actors}
    assert found.get("Liwa al-Sumood") == "armed_group"


def test_unit_named_in_arabic_before_a_force_noun_is_an_armed_group() -> None:
    article = _parse(
        "Katibat al-Nasr fighters entered the refinery in Zawiya on Sunday.", published="2022-07-04"
    )
    found = {a.name: a.kind.value for a in article.actors}
    assert found.get("Katibat al-Nasr") == "armed_group"


def test_army_named_in_arabic_is_an_armed_group() -> None:
    article = _parse(
        "Jaysh al-Qabail said it had cut the coastal road west of Zawiya.", published="2017-11-05"
    )
    assert {a.name: a.kind.value for a in article.actors}.get("Jaysh al-Qabail") == "armed_group"


def test_person_with_a_first_name_stays_a_person() -> None:
    article = _parse("Salem al-Nasr said the road to Gharyan was open on Sunday.", published="2019-04-08")
    assert {a.name: a.kind.value for a in article.actors}.get("Salem al-Nasr") == "person"
