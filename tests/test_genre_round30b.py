"""Round 30b: classes found by four blind genre articles (genre-93..96)."""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.extraction._places import FAR_FROM_PLACING_KM
from libya_events.geo import distance_km
from libya_events.model import GeoPoint


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(parser: Parser, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    out = []
    for m in parser.parse(text, published="2018-03-14").movements:
        origin = m.origin.name if m.origin is not None else None
        dest = m.destination.name if m.destination is not None else None
        out.append((m.kind.value, m.actor, origin, dest))
    return out


def _statements(parser: Parser, text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in parser.parse(text, published="2024-08-30").statements]


# A town's own people leaving (for somewhere) flee: withdraw, as moving or heading away already was.


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("That winter hundreds of Tebu families left for Murzuq, further south.", "Murzuq"),
        ("After the shelling, residents left for Misrata by the coast road.", "Misrata"),
        ("Many households departed for Ubari before the road was cut.", "Ubari"),
    ],
)
def test_townspeople_leaving_for_a_place_withdraw(parser: Parser, text: str, dest: str) -> None:
    moves = _moves(parser, text)
    assert ("withdraw", dest) in {(kind, d) for kind, _, _, d in moves}, moves
    assert not any(kind == "travel" for kind, *_ in moves), moves


def test_a_person_leaving_for_a_place_still_travels(parser: Parser) -> None:
    moves = _moves(parser, "The foreign minister left for Cairo on Monday.")
    assert [(k, d) for k, _, _, d in moves] == [("travel", "Cairo")], moves


# Unnamed settlements left, placed by a name the parse hangs on the verb: that name is left.


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        ("Dozens of families have left villages around Brak for Sabha since the attack.", "Brak", "Sabha"),
        ("Residents left villages near Gharyan for Tripoli last week.", "Gharyan", "Tripoli"),
        ("Hundreds of families left the villages outside Sirte for Misrata.", "Sirte", "Misrata"),
    ],
)
def test_settlements_placed_by_a_name_are_left_not_reached(
    parser: Parser, text: str, origin: str, dest: str
) -> None:
    moves = _moves(parser, text)
    assert any(k == "withdraw" and o == origin and d == dest for k, _, o, d in moves), moves
    assert not any(d == origin for *_, d in moves), moves


def test_a_perfect_clause_hung_on_a_noun_is_not_passive(parser: Parser) -> None:
    text = "The group is alarmed by reports that dozens of families have left Brak for Sabha."
    moves = _moves(parser, text)
    assert any(k == "withdraw" and o == "Brak" and d == "Sabha" for k, _, o, d in moves), moves


# Speakers misread by the parse.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We will restore services quickly," Abdelfattah Abdelghaffar, whom the council named as'
            " acting governor, told reporters in the lobby.",
            "Abdelfattah Abdelghaffar",
        ),
        (
            '"The road is open," Ahmed Salem, whom the army appointed as mayor, told reporters on Monday.',
            "Ahmed Salem",
        ),
        (
            '"The talks failed," Fayez al-Sarraj, whom the Americans had backed for two years, told the BBC.',
            "Fayez al-Sarraj",
        ),
    ],
)
def test_speaker_before_a_closed_relative_clause(parser: Parser, text: str, speaker: str) -> None:
    speakers = {s for s, _ in _statements(parser, text)}
    assert speakers == {speaker}, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The UN envoy, Ghassan Salame, called on both sides to open a corridor.", "Ghassan Salame"),
        ("The army spokesman, Ahmed al-Mismari, accused Turkey of sending drones.", "Ahmed Mismari"),
    ],
)
def test_speech_verb_after_an_apposed_name_is_the_main_verb(parser: Parser, text: str, speaker: str) -> None:
    assert speaker in {s for s, _ in _statements(parser, text)}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Abdelsalam Mohammed lives under the fort. "The guns start at night," the 46-year-old'
            " schoolteacher said by telephone.",
            "Abdelsalam Mohammed",
        ),
        (
            'Fatima Ali fled Sirte in May. "We left everything," the 34-year-old mother of three said.',
            "Fatima Ali",
        ),
    ],
)
def test_a_definite_description_by_age_is_the_person_named_before(
    parser: Parser, text: str, speaker: str
) -> None:
    assert {s for s, _ in _statements(parser, text)} == {speaker}


def test_an_indefinite_description_by_age_is_a_new_source(parser: Parser) -> None:
    text = 'Fatima Ali fled Sirte in May. "We left everything," a 34-year-old teacher said.'
    assert "Fatima Ali" not in {s for s, _ in _statements(parser, text)}


# What is and is not a statement.


@pytest.mark.parametrize(
    "text",
    [
        "A nurse at the Brak hospital, who asked that her name be withheld, said the wards were full.",
        "A resident, who asked that his name not be published, said the shelling went on all night.",
        "The officials, who requested anonymity, said the governor had left.",
    ],
)
def test_asking_to_stay_unnamed_is_no_statement(parser: Parser, text: str) -> None:
    found = _statements(parser, text)
    assert len(found) == 1, found
    assert not any("name" in t or "anonymity" in t for _, t in found), found


def test_asking_for_a_name_to_be_published_is_a_statement(parser: Parser) -> None:
    found = _statements(parser, "The council asked that the name of the new governor be published.")
    assert found, found
    assert "name of the new governor" in found[0][1], found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("GNA blames the LNA.", "the LNA"),
        ("The GNA blamed the LNA for the strike.", "the LNA for the strike"),
        ("Officials in Tripoli blamed militias loyal to Haftar.", "militias loyal to Haftar"),
    ],
)
def test_what_is_blamed_is_the_content_without_the_verb(parser: Parser, text: str, content: str) -> None:
    assert [t for _, t in _statements(parser, text)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Hospital contacts say at least 7 civilians were killed.", "Hospital contacts"),
        ("Airport management says night operations stay closed.", "Airport management"),
    ],
)
def test_contacts_and_management_are_unnamed_sources(parser: Parser, text: str, speaker: str) -> None:
    assert [s for s, _ in _statements(parser, text)] == [speaker]


# Media after "told the".


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("Al-Kabir told the Financial Times on Thursday that he had been forced to flee.", "Financial Times"),
        ("He told the Guardian that the talks had failed.", "Guardian"),
    ],
)
def test_a_listener_after_told_the_is_a_medium(parser: Parser, text: str, medium: str) -> None:
    actors = {a.name: a.kind.value for a in parser.parse(text).actors}
    assert actors.get(medium) == "organization", actors


def test_a_title_after_told_the_is_no_medium(parser: Parser) -> None:
    actors = {a.name for a in parser.parse("He told the President that he was sorry.").actors}
    assert "President" not in actors, actors


# A relative phrase after a name says where the place is, over a far homonym.


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        ("Air strikes hit the camp at Sabaa, about 12 km south of central Tripoli.", "Sabaa", (32.78, 13.19)),
        ("Fighting reached Sabaa, about 12 km south of Tripoli, on Friday.", "Sabaa", (32.78, 13.19)),
    ],
)
def test_a_relative_phrase_places_the_name_before_it(
    parser: Parser, text: str, name: str, near: tuple[float, float]
) -> None:
    """Not the homonym 800 km east: the phrase's point, or a reading of the name within
    FAR_FROM_PLACING_KM of it (the story-place rule of round 30 finds the Tripoli suburb)."""
    places = {loc.name: loc.point for loc in parser.parse(text).locations}
    point = places[name]
    assert point is not None
    assert distance_km(point, GeoPoint(*near)) <= FAR_FROM_PLACING_KM


def test_a_place_near_its_relative_phrase_keeps_its_point(parser: Parser) -> None:
    places = {
        loc.name: loc.point
        for loc in parser.parse("LNA forces seized Gharyan, about 80km south of Tripoli.").locations
    }
    assert places["Gharyan"] == GeoPoint(32.17222, 13.02028)


# A firm moves no forces, but the aircraft it sends are its deployment (SCHEMA: aircraft sent
# somewhere are deployed by their owner).


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        (
            "Afriqiyah Airways sends its inbound flights from Tunis to Misrata airport instead.",
            "Misrata International Airport",
        ),
        ("Libyan Airlines sent two planes to Benghazi to fly the stranded pilgrims home.", "Benghazi"),
    ],
)
def test_an_airline_sending_its_aircraft_deploys_them(parser: Parser, text: str, dest: str) -> None:
    moves = _moves(parser, text)
    assert ("deploy", dest) in {(k, d) for k, _, _, d in moves}, moves


def test_a_firm_sending_goods_moves_no_force(parser: Parser) -> None:
    moves = _moves(parser, "The Brega Oil Company sent fuel to Sabha on Monday.")
    assert not any(k == "deploy" for k, *_ in moves), moves
