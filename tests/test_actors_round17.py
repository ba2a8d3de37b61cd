"""Actor naming: sides named by their town (a demonym or a town before a force noun, a force
noun "from" a town), groups named later by apposition, and bodies named by acronym."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libya_events import Parser
from libya_events.extraction._townforces import DEMONYMS, FORCE_NOUNS, parse_demonyms


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _actors(parser: Parser, text: str, published: str = "2015-05-01") -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in parser.parse(text, published=published).actors}


def _movers(parser: Parser, text: str, published: str = "2015-05-01") -> set[str]:
    return {m.actor for m in parser.parse(text, published=published).movements}


@pytest.mark.parametrize(
    ("text", "actor", "mention"),
    [
        (
            "Misrati checkpoints were pulled back from the coast road on Monday.",
            "Misrata forces",
            "Misrati checkpoints",
        ),
        ("Zawiyan fighters advanced on the refinery at dawn.", "Zawiya fighters", "Zawiyan fighters"),
        ("Gharyani units moved into Asabaa late on Sunday.", "Gharyan units", "Gharyani units"),
        ("Tarhuni forces deployed south of the capital.", "Tarhuna forces", "Tarhuni forces"),
        ("Zintani brigades withdrew from the airport road.", "Zintan brigades", "Zintani brigades"),
        (
            "Fighters from Zuwara entered the border crossing at Ras Ajdir.",
            "Zuwara fighters",
            "Fighters from Zuwara",
        ),
        (
            "A force from the coastal city of Misrata seized the airport in Sirte.",
            "Misrata forces",
            "force from the coastal city of Misrata",
        ),
    ],
)
def test_a_town_names_its_side(parser: Parser, text: str, actor: str, mention: str) -> None:
    actors = _actors(parser, text)
    assert mention in actors[actor]
    assert actor in _movers(parser, text)


def test_a_misspelt_town_after_city_of_is_still_its_side_and_a_place(parser: Parser) -> None:
    article = parser.parse("A force from the western city of Misrrata holds Sirte.", published="2016-08-01")
    assert any(a.name == "Misrata forces" for a in article.actors)
    assert any(loc.name == "Misrata" for loc in article.locations)


def test_joined_demonyms_are_one_side_each(parser: Parser) -> None:
    text = "Zintani and Warshefani units took the checkpoint north of Gharyan on Sunday."
    assert {"Zintan brigades", "Warshefana units"} <= _movers(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        "The LNA pulled its forces from Sirte on Monday.",
        "The army withdrew the troops from Sirte after talks.",
        "More troops from Zliten and Khoms arrived in Tripoli.",
        "The Benghazi Defence Brigades advanced on Ajdabiya.",
        "The Zawiya Martyrs Brigade captured the bridge.",
    ],
)
def test_no_town_side_where_the_town_is_no_home(parser: Parser, text: str) -> None:
    names = set(_actors(parser, text))
    assert not {
        n for n in names if n in {"Sirte forces", "Zliten forces", "Benghazi forces", "Zawiya forces"}
    }


def test_the_demonym_table_is_well_formed() -> None:
    assert all(d.isalpha() and d.islower() and town[:1].isupper() for d, town in DEMONYMS.items())
    assert DEMONYMS["misrati"] == DEMONYMS["misratan"] == "Misrata"
    with pytest.raises(ValueError, match="listed twice"):
        parse_demonyms("zintani\tZintan\nzintani\tZintan\n")
    with pytest.raises(ValueError, match="expected"):
        parse_demonyms("Zintani Zintan\n")


@given(st.sampled_from(sorted(DEMONYMS)), st.sampled_from(sorted(FORCE_NOUNS)))
def test_any_demonym_before_any_force_noun_is_its_town_side(demonym: str, noun: str) -> None:
    article = _PARSER.parse(
        f"On Monday {demonym.capitalize()} {noun} reached the coast.", published="2015-05-01"
    )
    town = DEMONYMS[demonym]
    sides = [a for a in article.actors if a.kind.value == "armed_group"]
    assert len(sides) == 1
    assert town.split()[0].lower()[:4] in sides[0].name.lower()


_PARSER = Parser()


@pytest.mark.parametrize(
    ("text", "named", "description"),
    [
        (
            "The former rebels, now the Nasr Brigade, seized the ministry in Tripoli.",
            "Nasr Brigade",
            "former rebels",
        ),
        (
            "A new armed group, the Sabratha Revolutionaries Brigade, took control of the beach road.",
            "Sabratha Revolutionaries Brigade",
            "armed group",
        ),
        (
            "Local fighters, who call themselves the Martyrs Battalion, took the airport in Gharyan.",
            "Martyrs Battalion",
            "fighters",
        ),
    ],
)
def test_a_description_named_right_after_is_that_group(
    parser: Parser, text: str, named: str, description: str
) -> None:
    actors = _actors(parser, text)
    assert description in actors[named]
    assert not any(description in mentions for name, mentions in actors.items() if name != named)
    assert _movers(parser, text) == {named}


def test_a_list_after_a_comma_is_no_apposition(parser: Parser) -> None:
    actors = _actors(parser, "Local fighters, the Nasr Brigade and the army attacked Sirte on Friday.")
    assert "fighters" not in actors.get("Nasr Brigade", [])


def test_a_name_known_as_stops_at_its_capitalised_words(parser: Parser) -> None:
    actors = _actors(parser, "A militia known as the Kaniyat attacked the checkpoint south of Tripoli.")
    assert "Kaniyat" in actors
    assert not any("attacked" in name for name in actors)


def test_the_government_forces_are_loyal_to_is_an_actor_too(parser: Parser) -> None:
    text = "Forces loyal to Fathi Bashagha's government withdrew from Tripoli on Saturday."
    actors = _actors(parser, text, "2022-08-28")
    assert "Government of National Stability forces" in actors
    assert "Government of National Stability" in actors
    assert _movers(parser, text, "2022-08-28") == {"Government of National Stability forces"}


def test_a_government_as_a_pro_modifier_adds_no_actor(parser: Parser) -> None:
    actors = _actors(parser, "Pro-GNA fighters entered Sirte on Friday.", "2020-06-01")
    assert "Government of National Accord" not in actors


def test_a_foreign_body_named_by_acronym_after_a_nationality(parser: Parser) -> None:
    text = "The head of the Turkish AFAD team said rescuers would stay in Derna. Later AFAD sent more staff."
    actors = _actors(parser, text, "2023-09-20")
    assert actors["AFAD"] == ["AFAD team", "AFAD"]


@pytest.mark.parametrize("text", ["The Libyan LNA advanced on Sirte.", "Turkish TV showed the port."])
def test_no_acronym_body_where_the_acronym_is_known_or_absent(parser: Parser, text: str) -> None:
    assert not any(a.kb_id is None and a.name.isupper() for a in parser.parse(text).actors)


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        (
            "The commander said in a phone statement to Al-Quds Al-Arabi that the road was open.",
            "Al-Quds Al-Arabi",
        ),
        ("The mayor said in comments to Al-Rai Al-Aam that talks would resume.", "Al-Rai Al-Aam"),
    ],
)
def test_a_medium_a_speaker_talks_to_is_an_organisation(parser: Parser, text: str, medium: str) -> None:
    article = parser.parse(text, published="2021-03-01")
    assert any(a.name == medium and a.kind.value == "organization" for a in article.actors)


@pytest.mark.parametrize(
    "text",
    [
        "He said in remarks to Ahmed Al-Senussi that the plan was ready.",
        "He told Al-Sallabi the plan had failed.",
    ],
)
def test_a_person_a_speaker_talks_to_is_no_medium(parser: Parser, text: str) -> None:
    assert not any(a.kind.value == "organization" for a in parser.parse(text).actors)


def test_a_group_named_by_apposition_names_its_earlier_description(parser: Parser) -> None:
    text = (
        "Ex-rebels allied to the army attacked the hilltop town on Monday. "
        "The head of the ex-rebel group, Libya Shield, told reporters three of his fighters were killed."
    )
    actors = _actors(parser, text, "2012-10-20")
    shield = next(name for name in actors if name.startswith("Libya Shield"))
    assert "Ex-rebels" in actors[shield]
    assert _movers(parser, text, "2012-10-20") == {shield}


def test_a_team_named_by_what_it_is_for_is_an_organisation_the_team_later(parser: Parser) -> None:
    text = (
        "The agency sent a UN Mine Action Survey team to Sirte on Monday. "
        "The team travelled on to Misrata on Wednesday."
    )
    article = parser.parse(text, published="2016-12-01")
    name = "UN Mine Action Survey team"
    assert any(a.name == name and a.kind.value == "organization" for a in article.actors)
    assert any(
        m.actor == name and m.destination is not None and m.destination.name == "Misrata"
        for m in article.movements
    )


def test_a_team_of_a_known_body_is_that_body(parser: Parser) -> None:
    names = {a.name for a in parser.parse("The Libyan Red Crescent team reached Sousse.").actors}
    assert "Libyan Red Crescent" in names
    assert not any(n.endswith("team") for n in names)


def test_a_unit_named_by_a_date_shares_a_plural_head(parser: Parser) -> None:
    text = (
        "The army moved on the bases of the Islamist Rafallah al-Sahati and February 17 brigades in Benghazi."
    )
    names = {a.name for a in parser.parse(text, published="2014-05-17").actors}
    assert "February 17 brigade" in names


def test_a_town_with_or_without_al_is_one_side_and_a_nationality_no_town(parser: Parser) -> None:
    actors = _actors(parser, "Al-Zawiya fighters and Zawiyan fighters entered the refinery.")
    assert actors["Zawiya fighters"] == ["Al-Zawiya fighters", "Zawiyan fighters"]
    names = set(_actors(parser, "Jordanian troops arrived in Benghazi on Monday."))
    assert not any(n.endswith(" forces") for n in names)


def test_led_forces_are_the_group_the_same_words_name(parser: Parser) -> None:
    led = "Misratan-led forces attacked Es Sider on Monday. Misratan-led Libya Dawn forces were met near it."
    actors = _actors(parser, led, "2014-12-13")
    assert "Misratan-led forces" in actors["Libya Dawn"]
    assert _movers(parser, led, "2014-12-13") == {"Libya Dawn"}


def test_led_forces_with_no_named_group_of_those_words_stay_apart(parser: Parser) -> None:
    text = "Zintani-led forces attacked the airport road. Libya Dawn forces withdrew from the airport."
    actors = _actors(parser, text, "2014-12-13")
    assert "Misratan-led forces" not in actors.get("Libya Dawn", [])
    assert "Zintani-led forces" not in actors.get("Libya Dawn", [])
