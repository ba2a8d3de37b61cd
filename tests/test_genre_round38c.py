"""Round 38c: classes found by four blind genre articles (genre-149..152)."""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.model import Modality


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(parser: Parser, text: str, published: str = "2015-10-14") -> list[tuple[str, str, str | None]]:
    return [
        (m.actor, m.kind.value, m.destination.name if m.destination is not None else None)
        for m in parser.parse(text, published=published).movements
        if m.modality is Modality.REPORTED
    ]


def _actors(parser: Parser, text: str, published: str = "2012-02-14") -> list[str]:
    return [a.name for a in parser.parse(text, published=published).actors]


# ---------------------------------------------------------------- "he fell out with Gaddafi's officers. he fled"


@pytest.mark.parametrize(
    ("text", "mover", "place"),
    [
        (
            "Salem Bukhris grew up in Derna. As a young officer he quarrelled with Muammar Gaddafi's "
            "guards, and in 1990 he fled to Egypt.",
            "Salem Bukhris",
            "Egypt",
        ),
        (
            "Ali Tarhouni came back from exile in March. He had worked for years beside Mahmoud "
            "Jibril's advisers, and in May he travelled to Misrata.",
            "Ali Tarhouni",
            "Misrata",
        ),
        (
            "Nuri Abusahmain studied law in Tripoli. He later joined Mustafa Abdul Jalil's council, "
            "and in 2013 he flew to Istanbul.",
            "Nuri Abu Sahmain",
            "Istanbul",
        ),
    ],
)
def test_a_possessor_in_a_sentence_about_he_is_not_the_next_he(
    parser: Parser, text: str, mover: str, place: str
) -> None:
    found = [m for m in _moves(parser, text) if m[2] == place]
    assert found
    assert all(m[0] == mover for m in found)


def test_a_possessor_named_as_the_subject_stays_the_next_he(parser: Parser) -> None:
    # no "he" before the possessor: the sentence has no other person for "he" to go on with
    text = "Reporters watched Fayez al-Sarraj's motorcade leave Mitiga. He flew to Tunis an hour later."
    assert ("Fayez al-Sarraj", "travel", "Tunis") in _moves(parser, text, "2017-05-02")


# ---------------------------------------------------------------- "Prime Minister Brigi Rafini"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Prime Minister Brigi Rafini said his country would not let armed men cross.", "Brigi Rafini"),
        ("Prime Minister Hama Amadou said the returning fighters would be disarmed.", "Hama Amadou"),
        ("Niger's Prime Minister Brigi Rafini flew to Tripoli on Sunday.", "Brigi Rafini"),
    ],
)
def test_a_title_before_another_name_is_not_the_libyan_holder(parser: Parser, text: str, named: str) -> None:
    names = _actors(parser, text)
    assert named in names
    assert "Abdurrahim El-Keib" not in names
    assert "Mohamed Magariaf" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Abdurrahim El-Keib said the border would be closed.",
        "Prime Minister Keib said the border would be closed.",
        "The prime minister said the border would be closed.",
    ],
)
def test_the_holders_own_name_or_no_name_keeps_the_holder(parser: Parser, text: str) -> None:
    assert "Abdurrahim El-Keib" in _actors(parser, text)


# ---------------------------------------------------------------- a three-word name the recogniser cuts short


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Foreign Minister Soumeylou Boubeye Maiga told reporters that the border was closed.",
            "Soumeylou Boubeye Maiga",
        ),
        (
            "Defence Minister Soumeylou Boubeye Maiga said the army had left Kidal.",
            "Soumeylou Boubeye Maiga",
        ),
    ],
)
def test_a_guessed_full_name_stands_over_the_recognisers_shorter_reading(
    parser: Parser, text: str, speaker: str
) -> None:
    statements = parser.parse(text, published="2012-02-14").statements
    assert [s.speaker for s in statements] == [speaker]


# ---------------------------------------------------------------- "Niger has taken a different line"


@pytest.mark.parametrize(
    "text",
    [
        "Niger has taken a different line since the war ended.",
        "Egypt took a harder line on Tuesday.",
        "Algeria has taken a cautious approach to the crisis.",
    ],
)
def test_a_stance_taken_is_no_capture(parser: Parser, text: str) -> None:
    assert [m for m in _moves(parser, text, "2012-02-14") if m[1] == "capture"] == []


def test_ground_named_by_a_line_noun_is_still_taken(parser: Parser) -> None:
    text = "GNA forces took a line of farms near Ain Zara on Tuesday."
    assert ("capture", "Ain Zara") in [(m[1], m[2]) for m in _moves(parser, text, "2019-05-14")]


# ---------------------------------------------------------------- the Sahel beyond Libya's southern border


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The convoy reached Kidal in November.", "Kidal"),
        ("Rebels attacked the army camp at Menaka on Tuesday.", "Menaka"),
        ("Several hundred fighters crossed into northern Mali in October.", "northern Mali"),
        ("Smugglers drove the weapons into northern Niger last year.", "northern Niger"),
        ("The column withdrew into northern Chad after the raid.", "northern Chad"),
        ("Families fled from Gao and Timbuktu to Bamako.", "Timbuktu"),
    ],
)
def test_sahel_towns_and_country_sides_are_places(parser: Parser, text: str, place: str) -> None:
    names = [loc.name for loc in parser.parse(text, published="2012-02-14").locations]
    assert place in names


def test_the_tuareg_movement_and_the_islamic_legion_are_known_groups(parser: Parser) -> None:
    text = (
        "Many had served in the Islamic Legion. In January the National Movement for the Liberation "
        "of Azawad attacked Menaka, and the MNLA later said its fighters held the town."
    )
    actors = {a.name: a for a in parser.parse(text, published="2012-02-14").actors}
    assert actors["National Movement for the Liberation of Azawad"].kind.value == "armed_group"
    assert "MNLA" in [m.text for m in actors["National Movement for the Liberation of Azawad"].mentions]
    assert "Islamic Legion" in actors


def test_a_description_after_a_comma_is_no_second_place(parser: Parser) -> None:
    text = "Many of the new arrivals escaped from El Fasher, the capital of North Darfur, in May."
    assert "Tripoli" not in [loc.name for loc in parser.parse(text, published="2023-06-14").locations]


# ---------------------------------------------------------------- "two years later he moved on to Manchester"


@pytest.mark.parametrize(
    ("text", "mover", "place"),
    [
        (
            "In 1989 Salem Bukhris fled to Egypt, and two years later he moved on to Manchester.",
            "Salem Bukhris",
            "Manchester",
        ),
        ("After a week in Tunis, Mahmoud Jibril moved on to Paris.", "Mahmoud Jibril", "Paris"),
        ("Ali Tarhouni stayed in Benghazi for a month and then moved on to Cairo.", "Ali Tarhouni", "Cairo"),
    ],
)
def test_a_person_moving_on_to_a_place_travels(parser: Parser, text: str, mover: str, place: str) -> None:
    assert (mover, "travel", place) in _moves(parser, text)


def test_a_commander_moving_on_a_place_still_advances(parser: Parser) -> None:
    kinds = [m[1] for m in _moves(parser, "Khalifa Haftar moved on Tripoli in April.", "2019-05-02")]
    assert kinds == ["advance"]
