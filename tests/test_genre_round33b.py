"""Round 33b: classes found by four blind genre articles (genre-113..116)."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(parser: Parser, text: str, published: str = "2022-08-29") -> list[tuple[str, str]]:
    return [(m.actor, m.kind.value) for m in parser.parse(text, published=published).movements]


def _places(parser: Parser, text: str, published: str = "2022-08-29") -> list[str]:
    return [loc.name for loc in parser.parse(text, published=published).locations]


def _said(parser: Parser, text: str, published: str = "2022-08-29") -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in parser.parse(text, published=published).statements]


# --- places ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "What the Convoys in the Desert Tell Us About the Southwest\n\nColumns reached Ubari on Monday.",
        "Brief: Ten Things the Tripoli Clashes Taught Us\n\nFighting spread to Ain Zara on Saturday.",
        "Let Us Talk: Elders Meet in Zintan\n\nThe elders met in Zintan on Sunday.",
    ],
)
def test_a_title_case_us_in_a_headline_is_the_pronoun_not_the_united_states(
    parser: Parser, text: str
) -> None:
    assert "United States" not in _places(parser, text)


def test_the_capitalised_acronym_still_names_the_country(parser: Parser) -> None:
    text = "The US and the UK urged restraint on Saturday, and the UAE sent a plane to Benghazi."
    places = _places(parser, text)
    assert {"United States", "United Kingdom", "United Arab Emirates"} <= set(places), places


@pytest.mark.parametrize(
    "text",
    [
        "The Zintan units pulled back to the south of the ridge on 20 November.",
        "Families fled to the west of the city as the shelling went on.",
        "The brigade held positions in the east of Benghazi for weeks.",
    ],
)
def test_a_side_of_something_other_than_the_country_is_no_region(parser: Parser, text: str) -> None:
    places = _places(parser, text)
    assert not any(p in ("southern Libya", "western Libya", "eastern Libya") for p in places), places


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Units from the east of the country drove to Sirte on Friday.", "eastern Libya"),
        ("Clashes spread across the south of Libya in May.", "southern Libya"),
        ("The rebels fled to the south on Monday.", "southern Libya"),
    ],
)
def test_a_side_of_the_country_or_a_bare_side_is_still_the_region(
    parser: Parser, text: str, region: str
) -> None:
    assert region in _places(parser, text)


# --- movements ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Aid agencies reported that at least 64 families were displaced from Ain Zara, most of them "
            "moving in with relatives in Tajoura.",
            "families",
        ),
        (
            "About 300 households were displaced from Sirte on Monday, many of them driving to Misrata.",
            "households",
        ),
        (
            "Residents were displaced from Ain Zara, most of them moving in with relatives in Tajoura.",
            "Residents",
        ),
    ],
)
def test_displaced_as_a_passive_verb_is_no_actor_of_its_own(parser: Parser, text: str, actor: str) -> None:
    art = parser.parse(text, published="2022-08-29")
    assert not any("displaced" in a.name for a in art.actors), [a.name for a in art.actors]
    assert {m.actor for m in art.movements} == {actor}, art.movements


def test_a_count_of_displaced_people_is_still_no_movement(parser: Parser) -> None:
    text = (
        "Since 4 April more than 18,000 people have been displaced from frontline areas, aid agencies said."
    )
    assert _moves(parser, text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Units from Zintan were reportedly deployed south toward Derj.", "Zintan"),
        ("The army deployed troops toward Sirte on Monday.", "army"),
        ("The Libyan National Army deployed units toward Sirte on Tuesday.", "Libyan National Army"),
    ],
)
def test_deployed_toward_a_place_stays_a_deployment(parser: Parser, text: str, actor: str) -> None:
    moves = _moves(parser, text)
    assert moves, text
    assert all(kind == "deploy" for _, kind in moves), moves
    assert any(actor.lower() in a.lower() for a, _ in moves), moves


def test_moved_forces_toward_a_place_is_still_an_advance(parser: Parser) -> None:
    assert _moves(parser, "The army moved troops toward Sirte on Monday.") == [("army", "advance")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("By afternoon Juwaili's column had pulled back to the south.", "Juwaili's forces"),
        ("Haftar's columns reached the outskirts of Sirte on Monday.", "Libyan National Army"),
        ("On Friday Badi's column withdrew from the airport road.", "Samoud Brigade"),
    ],
)
def test_a_leaders_column_is_his_force_not_the_man(parser: Parser, text: str, actor: str) -> None:
    moves = _moves(parser, text)
    assert [a for a, _ in moves] == [actor], moves


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        (
            "Units of the Supreme Security Committee, backed by army armoured cars, advanced on the "
            "airport from the north, the ministry said.",
            "Supreme Security Committee",
            "advance",
        ),
        (
            "Fighters loyal to the government, supported by drones, retook Gharyan on Wednesday.",
            "Government of National Accord forces",
            "capture",
        ),
        (
            "Troops of the Libyan National Army, backed by armoured vehicles, pushed into Derna on Tuesday.",
            "Libyan National Army",
            "advance",
        ),
    ],
)
def test_a_subject_fenced_off_by_a_participle_phrase_moves(
    parser: Parser, text: str, actor: str, kind: str
) -> None:
    assert (actor, kind) in _moves(parser, text, "2019-04-10")


# --- statements --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Bashagha, in a televised address, accused Dbeibah of clinging to power and denied that he "
            "had ordered any attack.",
            "Fathi Bashagha",
            "he had ordered any attack",
        ),
        (
            "Bashagha, in a televised address, accused Dbeibah of clinging to power.",
            "Fathi Bashagha",
            "Dbeibah of clinging to power",
        ),
        (
            "Dbeibah, in a speech to the cabinet on Monday, said that the elections would be held on time.",
            "Abdul Hamid Dbeibah",
            "the elections would be held on time",
        ),
    ],
)
def test_a_name_opening_the_sentence_before_a_fenced_phrase_is_the_speaker(
    parser: Parser, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in _said(parser, text)


def test_a_capitalised_sentence_adverb_before_a_fenced_phrase_is_no_speaker(parser: Parser) -> None:
    said = _said(parser, "Later, in a statement, the ministry said the road was open.")
    assert said == [("ministry", "the road was open")], said


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Fighting hit Tripoli.\n\nAid agencies said 64 families were displaced from Zawiyat al-Dahmani, "
            "most of them moving in with relatives in Tajoura.",
            "Zawiyat al-Dahmani",
        ),
        (
            "Residents were uprooted from Tawergha in 2011, most of them fleeing to camps in Benghazi.",
            "Tawergha",
        ),
        (
            "Clashes shook Tripoli.\n\nHundreds of families were displaced from Ain Zara, many of them "
            "driving to Janzour.",
            "Ain Zara",
        ),
    ],
)
def test_a_move_told_after_being_displaced_from_a_place_sets_out_from_it(
    parser: Parser, text: str, origin: str
) -> None:
    art = parser.parse(text, published="2022-08-29")
    origins = [m.origin.name if m.origin else None for m in art.movements]
    assert origins, text
    assert all(o == origin for o in origins), origins
