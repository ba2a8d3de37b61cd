"""Round 34b: classes found by four blind genre articles (genre-121..124)."""

from __future__ import annotations

import pytest
from _movement_records import actor_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2020-01-07"
) -> list[tuple[str | None, str, str | None, str | None]]:
    return actor_moves(parser, text, published)


def _actors(parser: Parser, text: str, published: str = "2011-05-05") -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in parser.parse(text, published=published).actors}


def _speakers(parser: Parser, text: str, published: str = "2011-05-05") -> list[str]:
    return [s.speaker for s in parser.parse(text, published=published).statements]


# ---------------------------------------------------------------- a road phrase carried by a particle


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("GNA units fell back along the coast road toward Misrata on Monday.", "Misrata"),
        (
            "Units aligned with the GNA pulled out of Sirte before dawn and fell back along the coast "
            "road toward Abu Grein.",
            "Abu Grein",
        ),
        ("Rebel fighters fell back along the main road to Ajdabiya on Sunday.", "Ajdabiya"),
    ],
)
def test_road_phrase_under_a_particle_names_where_the_move_went(
    parser: Parser, text: str, place: str
) -> None:
    assert place in [m[3] for m in _moves(parser, text)]


# ---------------------------------------------------------------- people taken somewhere by others


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("Dozens of migrants were taken by bus to Benghazi on Thursday.", "migrants", "Benghazi"),
        ("The detainees were taken to Mitiga prison in Tripoli on Monday.", "detainees", "Tripoli"),
        ("About 300 migrants were taken to Zawiya by road on Monday.", "migrants", "Zawiya"),
    ],
)
def test_people_taken_to_a_place_travel_there(parser: Parser, text: str, actor: str, place: str) -> None:
    assert (actor, "travel") in [(m[0], m[1]) for m in _moves(parser, text) if m[3] == place]


def test_taking_a_town_stays_a_capture(parser: Parser) -> None:
    moves = _moves(parser, "The LNA took Gharyan on Tuesday and pushed on to Aziziya.")
    assert ("Libyan National Army", "capture", None, "Gharyan") in moves


def test_captives_taken_to_a_place_move_no_one(parser: Parser) -> None:
    text = "The LNA captured 20 fighters near Sirte and took them to Benghazi on Monday."
    assert all(m[3] != "Benghazi" for m in _moves(parser, text))


# ---------------------------------------------------------------- aircraft "associated with" an owner


@pytest.mark.parametrize(
    "text",
    [
        "Cargo aircraft associated with Wagner flew from Latakia to the al-Khadim air base in April.",
        "Two Ilyushin planes associated with the Wagner Group flew to Jufra on 20 April.",
    ],
)
def test_aircraft_associated_with_a_group_are_its_deployment(parser: Parser, text: str) -> None:
    assert ("Wagner group", "deploy") in [(m[0], m[1]) for m in _moves(parser, text, "2023-07-12")]


# ---------------------------------------------------------------- "from X in Y": Y locates X


@pytest.mark.parametrize(
    ("text", "country", "dest"),
    [
        ("Wagner planes flew from Latakia in Syria to Jufra in April.", "Syria", "Jufra"),
        ("LNA cargo planes flew from Benina in eastern Libya to Kufra on Friday.", "eastern Libya", "Kufra"),
    ],
)
def test_place_locating_the_origin_is_no_destination(
    parser: Parser, text: str, country: str, dest: str
) -> None:
    dests = [m[3] for m in _moves(parser, text)]
    assert dest in dests
    assert country not in dests


# ---------------------------------------------------------------- a gendered role read forward


def test_spokesman_is_not_a_later_spokeswoman(parser: Parser) -> None:
    text = (
        "A rebel spokesman accused the troops of shelling the harbour. "
        "Jemini Pandya, a spokeswoman for the agency, said in Geneva that thousands were still waiting."
    )
    actors = _actors(parser, text)
    assert "A rebel spokesman" not in actors.get("Jemini Pandya", [])
    assert _speakers(parser, text)[0] != "Jemini Pandya"


def test_spokesman_read_forward_still_finds_a_spokesman(parser: Parser) -> None:
    text = "A rebel spokesman said the troops had left. Later Ali Saleh, a spokesman for the rebels, said the town was calm."
    assert "A rebel spokesman" in _actors(parser, text)["Ali Saleh"]


# ---------------------------------------------------------------- a ship's captain or a pilot speaks


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Rockets were landing on the dock," the ship\'s captain, a Greek sailor, told reporters.',
            "captain",
        ),
        ("The pilot said the runway at Mitiga had been hit twice.", "pilot"),
        ("The skipper of the trawler told reporters the crew had seen the boat sink.", "skipper"),
    ],
)
def test_crew_roles_are_unnamed_speakers(parser: Parser, text: str, speaker: str) -> None:
    assert any(name.startswith(speaker) for name in _speakers(parser, text))


# ---------------------------------------------------------------- people moved on from where they were held


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        (
            "Passengers who had been stranded at Mitiga were taken to Misrata by road on Tuesday.",
            "Mitiga International Airport",
            "Misrata",
        ),
        ("Migrants held in Zawiya were bused to Tripoli on Monday.", "Zawiya", "Tripoli"),
        (
            "About 200 detainees held at Ain Zara were transferred to Abu Salim on Monday.",
            "Ain Zara",
            "Abu Salim",
        ),
    ],
)
def test_place_people_were_held_at_is_where_they_were_moved_from(
    parser: Parser, text: str, origin: str, dest: str
) -> None:
    assert (origin, dest) in [(m[2], m[3]) for m in _moves(parser, text)]


def test_people_moved_after_a_wait_elsewhere_keep_no_origin(parser: Parser) -> None:
    text = "Migrants who had waited for weeks were bused to Tripoli on Monday."
    assert [(m[2], m[3]) for m in _moves(parser, text)] == [(None, "Tripoli")]


# ---------------------------------------------------------------- "the directorate", "the department"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Directorate for Combating Illegal Migration runs the centres. In a statement in March, "
            "the directorate said that reports of abuse were exaggerated.",
            "Directorate for Combating Illegal Migration",
        ),
        (
            "The Department for Combating Illegal Migration runs the camp. The department said the claims were false.",
            "Department for Combating Illegal Migration",
        ),
    ],
)
def test_definite_directorate_is_the_body_named_before(parser: Parser, text: str, body: str) -> None:
    assert _speakers(parser, text) == [body]


# ---------------------------------------------------------------- an unnamed speaker told by age, an interviewee


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A 26-year-old woman from Cameroon said the guards had beaten her.",
            "26-year-old woman from Cameroon",
        ),
        ("A 19-year-old man from Mali said the boat was stopped at night.", "19-year-old man from Mali"),
        ("Several interviewees said they were moved again weeks later.", "Several interviewees"),
    ],
)
def test_age_or_interviewee_makes_an_unnamed_speaker(parser: Parser, text: str, speaker: str) -> None:
    assert _speakers(parser, text) == [speaker]


# ---------------------------------------------------------------- "drove up from X": the subject came from X


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("LNA columns drove up from Jufra on Monday.", "Jufra"),
        ("Misratan fighters drove down from Misrata on Sunday.", "Misrata"),
        ("The brigade opened the gates to LNA columns that had driven up from Jufra.", "Jufra"),
    ],
)
def test_driving_up_from_a_place_is_no_withdrawal(parser: Parser, text: str, origin: str) -> None:
    moves = [m for m in _moves(parser, text) if m[2] == origin]
    assert moves
    assert all(m[1] == "advance" for m in moves)


def test_forces_driven_from_a_town_still_withdraw(parser: Parser) -> None:
    moves = _moves(parser, "Gaddafi's forces were driven from Brega on Monday.")
    assert [m[1] for m in moves] == ["withdraw"]


# ---------------------------------------------------------------- a counted part of vehicles told before


@pytest.mark.parametrize(
    ("text", "owner", "dest"),
    [
        (
            "Cargo aircraft associated with Wagner flew from Latakia to the al-Khadim air base in April. "
            "Two of those aircraft flew on from al-Khadim to Jufra the following day.",
            "Wagner group",
            "Jufra",
        ),
        (
            "Russia sent jets to Libya in May. Two of the jets flew on to Jufra the following day.",
            "Russia",
            "Jufra",
        ),
        (
            "Egyptian navy ships docked at Tobruk on Monday. Some of the ships sailed on to Benghazi on Tuesday.",
            "Egyptian navy",
            "Benghazi",
        ),
    ],
)
def test_counted_part_of_vehicles_moves_for_their_owner(
    parser: Parser, text: str, owner: str, dest: str
) -> None:
    assert (owner, "deploy") in [(m[0], m[1]) for m in _moves(parser, text, "2023-07-12") if m[3] == dest]


def test_counted_vehicles_with_no_owner_told_move_no_one(parser: Parser) -> None:
    assert _moves(parser, "Two of the jets flew on to Jufra the following day.") == []


# ---------------------------------------------------------------- "described what came next:" announces a quote


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'A woman from Cameroon described what came next: "I stayed four months. Then my family paid."',
            "I stayed four months. Then my family paid",
        ),
        ('A guard recalled how it began: "The gate was open and nobody stopped them."', "The gate was open"),
    ],
)
def test_clause_before_a_colon_only_announces_the_quote(parser: Parser, text: str, words: str) -> None:
    said = [s.text for s in parser.parse(text, published="2024-06-18").statements]
    assert len(said) == 1
    assert said[0].startswith(words)


def test_what_clause_with_no_colon_is_still_what_was_said(parser: Parser) -> None:
    said = [s.text for s in parser.parse("A resident said what happened was a massacre.").statements]
    assert said == ["what happened was a massacre"]
