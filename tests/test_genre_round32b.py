"""Round 32b: classes found by four blind genre articles (genre-105..108)."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(parser: Parser, text: str, published: str = "2014-07-30") -> list[tuple[str, str]]:
    return [(m.actor, m.kind.value) for m in parser.parse(text, published=published).movements]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Misrata Military Council, which groups the Halbous Brigade and the Marsa Brigade, "
            "announced that its units had taken control of the Sirte airport.",
            "Misrata Military Council",
        ),
        (
            "The Derna Mujahideen Shura Council, which includes several local brigades such as the Abu "
            "Salim Martyrs Brigade, said on Monday that its fighters had captured the Dahr al-Hamar district.",
            "Mujahideen Shura Council of Derna",
        ),
        (
            "The Benghazi Revolutionaries' Shura Council, which groups Ansar al-Sharia and the Rafallah "
            "al-Sahati Brigade, announced late on Tuesday in a message posted on its page on the "
            "Facebook website that its fighters had taken complete control of the camp.",
            "Benghazi Revolutionaries Shura Council",
        ),
    ],
)
def test_its_forces_after_a_speaking_body_are_the_speakers_not_a_name_in_its_relative_clause(
    parser: Parser, text: str, actor: str
) -> None:
    moves = _moves(parser, text)
    assert [a for a, kind in moves if kind == "capture"] == [actor], moves


def test_its_forces_inside_a_reported_clause_with_its_own_subject_stay_that_subjects(parser: Parser) -> None:
    text = "The ministry said the Nawasi Brigade had pulled its fighters back to Souq al-Juma."
    assert [a for a, _ in _moves(parser, text)] == ["Nawasi brigade"]


def _said(parser: Parser, text: str, published: str = "2014-07-30") -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in parser.parse(text, published=published).statements]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The strikes targeted Bu Atni, according to what the army spokesman, Ahmed al-Mismari, "
            "stated to the Libyan News Agency.",
            "Ahmed Mismari",
            "The strikes targeted Bu Atni",
        ),
        (
            "Two fighters were killed, according to what a medical source told our correspondent.",
            "medical source",
            "Two fighters were killed",
        ),
        (
            "According to what the ministry said on Monday, the convoy reached Sirte.",
            "ministry",
            "the convoy reached Sirte",
        ),
    ],
)
def test_according_to_what_a_source_said_is_that_sources_statement(
    parser: Parser, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in _said(parser, text)


def test_according_to_what_was_announced_names_no_speaker(parser: Parser) -> None:
    assert _said(parser, "The convoy reached Sirte, according to what was announced on Monday.") == []


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ('"The shooting stopped," said a grocer in the Furnaj neighbourhood.', "grocer"),
        ('"Bread costs twice what it did," a baker in Sabha said.', "baker"),
        ("A fuel merchant in Zuwara said prices had tripled since March.", "merchant"),
    ],
)
def test_traders_and_shop_workers_are_unnamed_sources(parser: Parser, text: str, head: str) -> None:
    speakers = [s for s, _ in _said(parser, text)]
    assert len(speakers) == 1, speakers
    assert head in (speakers[0] or ""), speakers


_DIGRESSION = " ".join(
    [
        "The Amazigh Supreme Council said in a statement that the town would defend its crossing.",
        "Traders in Ben Guerdane said their sales had collapsed since the closure in March.",
        "Thousands of travellers waited for hours at the southern crossing at Wazin.",
        "Local radio reported long queues of lorries on the coast road near Zuwara.",
        "The border strip has been guarded by local units since the uprising of 2011.",
        "Fuel is sold cheaply in Libya and resold at a profit across the border in Tunisia.",
    ]
    * 4
)


@pytest.mark.parametrize(
    ("opening", "later", "speaker"),
    [
        (
            "The interior ministry sent a column of vehicles to Zaltan on Monday.",
            "The ministry said it would not negotiate with armed groups.",
            "interior ministry",
        ),
        (
            "The High National Elections Commission opened voter registration in Tripoli on Sunday.",
            "The commission said the vote would be held again next week.",
            "High National Elections Commission",
        ),
    ],
)
def test_an_institutions_description_far_from_its_name_is_still_that_institution(
    parser: Parser, opening: str, later: str, speaker: str
) -> None:
    said = _said(parser, f"{opening}\n\n{_DIGRESSION}\n\n{later}", published="2020-06-01")
    assert any(s == speaker and "would" in text for s, text in said), said


def test_a_description_with_no_institution_of_its_head_named_stays_with_the_latest_body(
    parser: Parser,
) -> None:
    said = _said(parser, f"{_DIGRESSION}\n\nThe council said the crossing would stay shut.")
    assert ("Amazigh Supreme Council", "the crossing would stay shut") in said, said


def _point(parser: Parser, text: str, name: str) -> tuple[float, float]:
    place = next(p for p in parser.parse(text, published="2011-08-20").locations if p.name == name)
    assert place.point is not None
    return place.point.lat, place.point.lon


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        (
            "By Saturday evening his men had advanced along the coast road to the Kaam bridge, "
            "some 20 km west of Zlitan.",
            "Kaam bridge",
            32.467,
            14.356,
        ),
        (
            "The rebels reached the Wadi Zamzam bridge, about 50 km south of Misrata, on Monday.",
            "Wadi Zamzam bridge",
            31.924,
            15.093,
        ),
    ],
)
def test_a_site_the_gazetteer_lacks_sits_at_the_relative_phrase_set_after_it(
    parser: Parser, text: str, name: str, lat: float, lon: float
) -> None:
    got = _point(parser, text, name)
    assert abs(got[0] - lat) < 0.02, got
    assert abs(got[1] - lon) < 0.02, got


def test_a_site_the_gazetteer_knows_keeps_its_own_point_near_the_phrase(parser: Parser) -> None:
    lat, lon = _point(
        parser, "Flights left Mitiga airport, about 8 km east of Tripoli.", "Mitiga International Airport"
    )
    assert abs(lat - 32.894) < 0.02, (lat, lon)
    assert abs(lon - 13.276) < 0.02, (lat, lon)


@pytest.mark.parametrize(
    "text",
    [
        "Some families came back on Saturday after a week in the desert.",
        "Many families fled to Misrata in the spring, and some of them began coming back on Saturday.",
        "The migrants who had left the port came back on Tuesday, a local official said.",
    ],
)
def test_coming_back_with_no_place_named_is_a_return(parser: Parser, text: str) -> None:
    assert any(kind == "travel" for _, kind in _moves(parser, text, published="2011-08-20"))


def test_a_thing_that_comes_back_moves_no_one(parser: Parser) -> None:
    assert _moves(parser, "The power came back on Sunday in most districts.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prime Minister Abdul Hamid Dbeibah met elders from Souq al-Juma on Tuesday night, his office "
            "said. Late on Tuesday the Souq al-Juma social council announced in a televised address that a "
            "ceasefire would take effect at once.",
            "Souq al-Juma social council",
        ),
        (
            "The Government of National Unity met elders from Bani Walid on Monday, its office said. Later "
            "the Bani Walid social council said in a statement that the road to Tarhuna would reopen.",
            "Bani Walid social council",
        ),
    ],
)
def test_a_council_named_by_its_town_is_a_body_of_its_own_not_the_last_body_named(
    parser: Parser, text: str, speaker: str
) -> None:
    said = _said(parser, text, published="2023-08-16")
    assert said[-1][0] == speaker, said


def test_a_bare_council_still_stands_for_the_council_named_before(parser: Parser) -> None:
    text = "The Presidential Council met in Tripoli on Sunday. The council said on Monday that the vote would go ahead."
    assert _said(parser, text, published="2023-08-16")[-1][0] == "Presidential Council"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A unit of the interior ministry arrived at the Ras Jedir crossing on Monday.",
            "interior ministry forces",
        ),
        ("Units of the defence ministry deployed to Gharyan on Monday.", "defence ministry forces"),
    ],
)
def test_a_unit_of_a_ministry_is_its_forces_deploying(parser: Parser, text: str, actor: str) -> None:
    assert (actor, "deploy") in _moves(parser, text)


def test_a_ministry_that_sends_a_column_is_the_ministry(parser: Parser) -> None:
    text = "The interior ministry sent a column of vehicles from Tripoli to Zaltan in April."
    assert _moves(parser, text) == [("interior ministry", "deploy")]


@pytest.mark.parametrize(
    "text",
    [
        "Tunisia closed the Ras Jedir crossing on 19 March. A unit of the interior ministry had arrived at "
        "the border post the day before.",
        "Smugglers used the Wazin-Dehiba crossing for years. On Monday the army deployed to the border post.",
    ],
)
def test_the_border_post_is_the_crossing_named_before(parser: Parser, text: str) -> None:
    dests = [
        m.destination.name for m in parser.parse(text, published="2024-04-22").movements if m.destination
    ]
    assert len(dests) == 1, dests
    assert "crossing" in dests[0], dests


def test_a_post_held_is_no_place(parser: Parser) -> None:
    text = "The minister visited the Ras Jedir crossing. He later resigned from the post."
    names = [p.name for p in parser.parse(text, published="2024-04-22").locations]
    assert len(names) == 1, names


@pytest.mark.parametrize(
    "text",
    [
        "The Thunderbolt forces announced in May that they had joined Operation Dignity.",
        "Fighters overran the camp of the Special Forces and Thunderbolt in Bu Atni on Tuesday.",
        "The Thunderbolt brigade pulled back to Benina on Tuesday night.",
    ],
)
def test_the_thunderbolt_names_the_saiqa_special_forces(parser: Parser, text: str) -> None:
    names = [a.name for a in parser.parse(text, published="2014-07-30").actors]
    assert "Saiqa special forces" in names, names
