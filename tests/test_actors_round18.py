"""Actor precision and reference (round 18): equipment named by a nationality adds no actor,
and the general classes of spurious or unmerged actors each have their own checks."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _actors(parser: Parser, text: str, published: str = "2020-05-01") -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in parser.parse(text, published=published).actors}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Turkish drones hit a supply column near Tarhuna on Sunday.", "Turkish Armed Forces"),
        ("Russian warplanes landed at a base in the desert last week.", "Russian armed forces"),
        ("U.S. warplanes bombed positions east of Sirte on Tuesday.", "U.S. military"),
        ("Emirati drones circled over the port for hours.", "UAE armed forces"),
    ],
)
def test_a_nationality_before_an_aircraft_noun_adds_no_actor(parser: Parser, text: str, absent: str) -> None:
    # SCHEMA: adjectives and demonyms ("U.S. jets") add no actor.
    assert absent not in _actors(parser, text)


def test_a_country_force_named_as_troops_is_still_its_armed_group(parser: Parser) -> None:
    actors = _actors(parser, "Turkish troops arrived in Tripoli on Sunday.")
    assert any("Turkish troops" in mentions for mentions in actors.values())


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Convoys loyal to Fathi Bashagha that had been moving along the coast road turned "
            "back on Tuesday, a security source said.",
            "2022-05-17",
        ),
        ("Columns loyal to Khalifa Haftar pulled back from the airport road at dawn.", "2019-06-02"),
    ],
)
def test_one_phrase_names_one_actor(parser: Parser, text: str, published: str) -> None:
    article = parser.parse(text, published=published)
    spans = [(m.span.start, m.span.end) for a in article.actors for m in a.mentions]
    assert len(spans) == len(set(spans))
    names = {a.name for a in article.actors}
    assert {m.actor for m in article.movements} <= names


def test_a_phrase_split_into_sides_keeps_each_side(parser: Parser) -> None:
    text = "The Spanish and Greek rescue teams pulled out of the ruined port after ten days."
    movers = {m.actor for m in parser.parse(text, published="2023-09-22").movements}
    assert {"Spanish rescue team", "Greek rescue team"} <= movers


def test_the_jihadists_are_the_group_the_description_fits(parser: Parser) -> None:
    text = (
        "Islamic State militants lost the port last month. Units under the banner of Bunyan "
        "al-Marsous pressed toward the centre on Monday after the jihadists abandoned the bridge."
    )
    actors = _actors(parser, text, "2016-06-10")
    assert "jihadists" in actors["Islamic State"]
    assert "jihadists" not in actors["Bunyan Marsous"]


@pytest.mark.parametrize(
    ("text", "group", "mention"),
    [
        (
            "Dozens of Russian mercenaries from the Wagner group pulled out of the airbase at dawn.",
            "Wagner group",
            "Russian mercenaries",
        ),
        (
            "Dozens of Syrian fighters from the Wagner group withdrew from the southern front.",
            "Wagner group",
            "Syrian fighters",
        ),
    ],
)
def test_a_counted_force_from_a_named_group_is_that_group(
    parser: Parser, text: str, group: str, mention: str
) -> None:
    actors = _actors(parser, text)
    assert mention in actors[group]
    assert mention not in actors


@pytest.mark.parametrize(
    ("text", "published", "force", "person", "mention"),
    [
        (
            "Khalifa Haftar's forces shelled the airport road on Sunday.",
            "2019-06-02",
            "Libyan National Army",
            "Khalifa Haftar",
            "Khalifa Haftar's forces",
        ),
        (
            "Gunmen from Haitham al-Tajouri's brigade blocked the coast road.",
            "2022-08-27",
            "Tripoli Revolutionaries Brigade",
            "Haitham Tajouri",
            "Haitham al-Tajouri's brigade",
        ),
    ],
)
def test_a_force_named_by_its_commanders_full_name_keeps_him(
    parser: Parser, text: str, published: str, force: str, person: str, mention: str
) -> None:
    actors = _actors(parser, text, published)
    assert mention in actors[force]
    assert person in actors


def test_people_only_spoken_to_are_no_actor(parser: Parser) -> None:
    text = '"The city is calm," the commander told foreign reporters staying at the hotel.'
    assert "reporters" not in _actors(parser, text, "2011-08-23")


def test_people_asked_to_act_are_actors(parser: Parser) -> None:
    # round 24: a body asked to act is an actor; populace only asked is not (gold across sets)
    text = "The mayor urged the authorities to reopen the old quarter before nightfall."
    assert "authorities" in _actors(parser, text, "2011-08-23")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A UNHCR mission flew from Benghazi to Kufra with tents and blankets.", "UNHCR"),
        ("An EU mission arrived in Tripoli on Monday for talks.", "European Union"),
    ],
)
def test_a_mission_owned_by_a_named_body_is_that_body(parser: Parser, text: str, body: str) -> None:
    article = parser.parse(text, published="2023-06-01")
    names = {a.name for a in article.actors}
    assert body in names
    assert "United Nations Support Mission in Libya" not in names
    assert {m.actor for m in article.movements} == {body}


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        (
            "Dozens of Tebu fighters clashed with soldiers near Ubari on Monday. "
            "Some withdrew to Murzuq overnight.",
            "Tebu fighters",
            "Murzuq",
        ),
        (
            "Hundreds of displaced families waited at the checkpoint for days. "
            "Many returned to Tawergha in March.",
            "displaced families",
            "Tawergha",
        ),
    ],
)
def test_a_bare_some_or_many_is_part_of_the_group_before(
    parser: Parser, text: str, group: str, place: str
) -> None:
    moves = parser.parse(text, published="2017-03-01").movements
    assert any(m.actor == group and m.destination is not None and m.destination.name == place for m in moves)


def test_a_bare_some_with_no_group_before_moves_no_one(parser: Parser) -> None:
    moves = parser.parse("Some withdrew to Murzuq overnight.", published="2017-03-01").movements
    assert all(m.actor != "Some" for m in moves)


def test_a_force_named_by_its_commanders_surname_keeps_him(parser: Parser) -> None:
    actors = _actors(parser, "Haftar's forces entered the port town at dawn.", "2020-01-07")
    assert "Haftar's forces" in actors["Libyan National Army"]
    assert actors["Khalifa Haftar"] == ["Haftar"]


def test_officials_of_two_nations_are_two_groups(parser: Parser) -> None:
    text = (
        "Libyan officials said the port had reopened on Monday. "
        "Italian officials said the talks in Rome would resume next week."
    )
    actors = _actors(parser, text, "2020-01-07")
    assert actors["Libyan officials"] == ["Libyan officials"]
    assert actors["Italian officials"] == ["Italian officials"]


def test_a_bare_group_after_one_nations_group_is_that_group(parser: Parser) -> None:
    text = (
        "Sudanese refugees crossed into Kufra last week after days in the desert. "
        "Refugees said they had walked for days without water."
    )
    actors = _actors(parser, text, "2023-06-01")
    assert actors["Sudanese refugees"] == ["Sudanese refugees", "Refugees"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The port would reopen if armed groups left the area, officials said.", "armed groups"),
        ("Analysts warned that armed groups could still close the airport road.", "armed groups"),
        ("The agency will cut rations unless donors come forward with funds.", "donors"),
        ("Local armed men can cross the border in a few hours from these camps.", "armed men"),
        ("Displaced families can at last go back to their houses in the old city.", "Displaced families"),
    ],
)
def test_a_group_that_only_may_or_could_act_is_no_actor(parser: Parser, text: str, absent: str) -> None:
    assert absent not in _actors(parser, text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Armed groups closed the airport road on Monday.", "Armed groups"),
        ("All armed groups must leave the capital within a month.", "armed groups"),
        ("Donors pledged 20 million dollars for the flood victims.", "donors"),
        ("Sarraj flew to Brussels on Monday for meetings with European officials.", "European officials"),
    ],
)
def test_a_group_that_acts_or_takes_part_is_an_actor(parser: Parser, text: str, present: str) -> None:
    assert present.lower() in {name.lower() for name in _actors(parser, text)}


def test_an_acronym_spelled_by_a_unit_named_before_is_that_unit(parser: Parser) -> None:
    text = (
        "The Sabha Shield Brigade (SSB) pulled out of the oasis on Friday. "
        "The SSB said in a statement that it had acted alone."
    )
    article = parser.parse(text, published="2018-03-01")
    actors = {a.name: [m.text for m in a.mentions] for a in article.actors}
    assert "SSB" in actors["Sabha Shield Brigade"]
    assert "SSB" not in actors
    assert {s.speaker for s in article.statements} == {"Sabha Shield Brigade"}


@pytest.mark.parametrize(
    ("text", "group", "mention"),
    [
        (
            "The Zawiya Martyrs Brigade stormed the refinery on Monday. The gunmen withdrew to the coast.",
            "Zawiya Martyrs Brigade",
            "gunmen",
        ),
        (
            "Islamic State seized the port on Monday. The militants withdrew from the port on Friday.",
            "Islamic State",
            "militants",
        ),
    ],
)
def test_the_gunmen_or_the_militants_are_the_group_before(
    parser: Parser, text: str, group: str, mention: str
) -> None:
    article = parser.parse(text, published="2016-08-10")
    actors = {a.name: [m.text for m in a.mentions] for a in article.actors}
    assert mention in actors[group]
    assert [m.kind.value for m in article.movements if m.actor == group][-1] == "withdraw"


def test_bare_gunmen_no_one_named_stay_unnamed(parser: Parser) -> None:
    actors = _actors(parser, "The LNA shelled the port. Gunmen stormed a hotel in Tripoli on Monday.")
    assert "Gunmen" in actors
    assert "Gunmen" not in actors["Libyan National Army"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # round 49: "attacked a checkpoint" (one indefinite post) is a raid, no movement
        ("Gunmen attacked the checkpoints near Derna on Monday.", "advance"),
        ("Militants attacked the checkpoints near Derna on Monday.", "advance"),
        ("Residents fled Sirte on Monday.", "withdraw"),
    ],
)
def test_unnamed_armed_people_move_as_a_force(parser: Parser, text: str, kind: str) -> None:
    assert [m.kind.value for m in parser.parse(text, published="2016-08-10").movements] == [kind]


def test_an_office_one_sits_in_is_no_actor(parser: Parser) -> None:
    text = "Dbeibah received the brigade commander at his office in Tripoli on Monday."
    assert "Dbeibah's office" not in _actors(parser, text, "2023-08-17")


def test_an_office_that_speaks_is_an_actor(parser: Parser) -> None:
    text = "Dbeibah met the commander on Monday. His office said the talks had gone well."
    assert "Dbeibah's office" in _actors(parser, text, "2023-08-17")
