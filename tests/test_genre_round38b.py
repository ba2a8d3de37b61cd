"""Round 38b: classes found by four blind genre articles (genre-145..148)."""

from __future__ import annotations

import pytest
from _movement_records import actor_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2014-08-04"
) -> list[tuple[str | None, str, str | None, str | None]]:
    return actor_moves(parser, text, published, reported_only=True)


def _said(parser: Parser, text: str) -> list[tuple[str | None, bool, str]]:
    return [(s.speaker, s.direct, s.text) for s in parser.parse(text, published="2011-04-21").statements]


# ---------------------------------------------------------------- a broadcast's own staff narrate

BULLETIN = """Morning news, 21 April 2011. Presenter: Salma Haddad. Reporting from Nalut: Nabil Triki.

HADDAD: Good morning. Residents of Zintan say rockets fell on the town again overnight.

TRIKI: The road to the border is open again. Local doctors told me that the clinic had run out of insulin.

ABDULLAH OMAR (council spokesman): We need medicine and we need it now.

HADDAD: In Tripoli, the foreign ministry said the army controlled the whole mountain range.
"""


def test_presenter_and_correspondent_turns_are_no_statements(parser: Parser) -> None:
    said = _said(parser, BULLETIN)
    assert not any(speaker in ("Salma Haddad", "Nabil Triki") for speaker, _, _ in said)
    assert any(speaker == "Abdullah Omar" and direct for speaker, direct, _ in said)


def test_speech_reported_in_a_broadcasters_turn_is_its_speakers(parser: Parser) -> None:
    texts = {text for _, _, text in _said(parser, BULLETIN)}
    assert "rockets fell on the town again overnight" in texts
    assert "the clinic had run out of insulin" in texts
    assert "the army controlled the whole mountain range" in texts


def test_our_correspondent_before_a_name_marks_staff(parser: Parser) -> None:
    text = (
        "Evening report, 3 May 2011.\n\nHODA NASR (anchor): Our correspondent Sami Lahmar is in Misrata.\n\n"
        "LAHMAR: Aid workers say the port was shelled for the second day.\n\n"
        "NASR: Thank you, Sami.\n"
    )
    said = _said(parser, text)
    assert not any(speaker in ("Hoda Nasr", "Sami Lahmar") for speaker, _, _ in said)
    assert any(text == "the port was shelled for the second day" for _, _, text in said)


def test_a_briefing_spokesmans_turns_stay_statements(parser: Parser) -> None:
    text = (
        "News conference transcript, 6 January 2020.\n\n"
        "AHMED SALEM (ministry spokesman): Our units are holding the line south of the capital.\n\n"
        "Q: Will you ask for help?\n\n"
        "SALEM: We have asked no one for troops.\n"
    )
    said = _said(parser, text)
    assert [speaker for speaker, direct, _ in said if direct] == ["Ahmed Salem", "Ahmed Salem"]


# ---------------------------------------------------------------- "told X that A had ... and said B"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Government spokesman Moussa Ibrahim told reporters that the army had not been defeated "
            "and said the soldiers had withdrawn on orders.",
            "Moussa Ibrahim",
            "the soldiers had withdrawn on orders",
        ),
        (
            "Mohamed Gununu told a news conference that the convoy had been stopped at the gate and "
            "said the road would reopen within hours.",
            "Mohamed Gnounou",
            "the road would reopen within hours",
        ),
        (
            "Ahmed al-Mismari said that the airport had been cleared overnight and added that "
            "flights would resume on Sunday.",
            "Ahmed Mismari",
            "flights would resume on Sunday",
        ),
    ],
)
def test_a_plain_past_speech_verb_after_backshifted_content_is_the_reporters(
    parser: Parser, text: str, speaker: str, content: str
) -> None:
    assert (speaker, False, content) in _said(parser, text)


def test_a_named_content_subject_keeps_its_own_speech_verb(parser: Parser) -> None:
    said = _said(parser, "Fathi Bashagha said that Italy had been consulted and said it would help.")
    assert not any(speaker == "Fathi Bashagha" and text == "it would help" for speaker, _, text in said)


# ---------------------------------------------------------------- "sent dozens of pickup trucks"


@pytest.mark.parametrize(
    ("text", "actor", "origin", "destination"),
    [
        (
            "Misratan brigades sent dozens of pickup trucks from Misrata to Tripoli on Saturday.",
            "Misrata forces",
            "Misrata",
            "Tripoli",
        ),
        ("Turkey sent dozens of drones to Tripoli last month.", "Turkey", None, "Tripoli"),
        ("Egypt sent hundreds of armoured vehicles to Tobruk in July.", "Egypt", None, "Tobruk"),
    ],
)
def test_counted_equipment_sent_is_a_deployment(
    parser: Parser, text: str, actor: str, origin: str | None, destination: str
) -> None:
    assert (actor, "deploy", origin, destination) in _moves(parser, text)


def test_counted_things_that_cannot_move_are_no_deployment(parser: Parser) -> None:
    assert _moves(parser, "The Misrata brigades brought dozens of problems to Tripoli on Saturday.") == []


# ---------------------------------------------------------------- "flew in from X", "flew home"


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Two deputies who had flown in from Misrata on Sunday took their seats.", "Misrata"),
        ("The ministers flew in from Tunis on Saturday.", "Tunis"),
        ("A group of elders drove in from Zintan on Friday.", "Zintan"),
    ],
)
def test_people_flying_in_from_a_place_travel(parser: Parser, text: str, origin: str) -> None:
    moves = _moves(parser, text)
    assert [m[1] for m in moves if m[2] == origin] == ["travel"]


def test_people_flying_out_of_a_place_still_leave(parser: Parser) -> None:
    moves = _moves(parser, "The families fled Sirte on Friday.")
    assert [m[1] for m in moves if m[2] == "Sirte"] == ["withdraw"]


@pytest.mark.parametrize(
    "text",
    [
        "Ghassan Salame flew home on Monday.",
        "The deputies flew home again on Monday morning.",
        "The delegation flew home on Sunday.",
    ],
)
def test_flying_home_is_a_return(parser: Parser, text: str) -> None:
    assert "travel" in [m[1] for m in _moves(parser, text)]


# ---------------------------------------------------------------- a small foreign town listed after a place


def _places(parser: Parser, text: str) -> list[str]:
    return [loc.name for loc in parser.parse(text, published="2011-04-21").locations]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Families fled to Sabha and Tataouine last week.", "Tataouine"),
        ("Many are staying with relatives in Dehiba and Tataouine.", "Tataouine"),
        ("The wounded were taken to Zintan, Nalut or Djerba.", "Djerba"),
    ],
)
def test_a_small_foreign_town_listed_in_a_place_slot_is_a_place(parser: Parser, text: str, town: str) -> None:
    assert town in _places(parser, text)


def test_a_listed_name_after_a_person_is_no_place(parser: Parser) -> None:
    assert "Djerba" not in _places(parser, "The minister spoke to Salem and Djerba officials on Monday.")


# ---------------------------------------------------------------- "No LNA unit has entered X"


def _modalities(parser: Parser, text: str) -> list[tuple[str, str | None]]:
    return [
        (m.modality.value, m.destination.name if m.destination is not None else None)
        for m in parser.parse(text, published="2019-04-10").movements
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("No LNA unit has entered Tripoli, the spokesman said.", "Tripoli"),
        ("No government troops were sent to Sirte last week.", "Sirte"),
        ("Not one of the LNA's vehicles has reached Tajoura.", "Tajoura"),
    ],
)
def test_a_denied_subject_denies_the_move(parser: Parser, text: str, place: str) -> None:
    assert ("reported", place) not in _modalities(parser, text)


def test_a_no_elsewhere_in_the_sentence_denies_nothing(parser: Parser) -> None:
    text = "The Libyan National Army, which had no air cover, withdrew from Gharyan on Wednesday."
    assert [m for m in _modalities(parser, text) if m[0] == "reported"]


# ---------------------------------------------------------------- "may be trying to reach X"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Some ISIL fighters may be trying to reach the Fezzan.", "Fezzan"),
        ("ISIL fighters will try to reach Sabha next week.", "Sabha"),
        ("The rebels might attempt to enter Brega again.", "Brega"),
    ],
)
def test_a_possible_attempt_is_no_attempt_made(parser: Parser, text: str, place: str) -> None:
    assert ("attempted", place) not in _modalities(parser, text)
    assert ("reported", place) not in _modalities(parser, text)


def test_an_attempt_told_as_made_stays_attempted(parser: Parser) -> None:
    assert ("attempted", "Sabha") in _modalities(parser, "ISIL fighters tried to reach Sabha on Monday.")


# ---------------------------------------------------------------- "called the Tobruk meeting unconstitutional"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Nouri Abusahmain called the Tobruk meeting unconstitutional on Saturday.",
            "Nuri Abu Sahmain",
            "the Tobruk meeting unconstitutional",
        ),
        (
            "In a televised address, Nouri Abusahmain said the handover had to happen in Tripoli, and he "
            "called the Tobruk session illegitimate.",
            "Nuri Abu Sahmain",
            "the Tobruk session illegitimate",
        ),
        (
            "Nouri Abusahmain called the Tobruk vote illegal.",
            "Nuri Abu Sahmain",
            "the Tobruk vote illegal",
        ),
    ],
)
def test_a_verdict_with_its_object_folded_in_is_said(
    parser: Parser, text: str, speaker: str, content: str
) -> None:
    assert (speaker, False, content) in _said(parser, text)


def test_a_bare_passive_label_says_nothing(parser: Parser) -> None:
    assert _said(parser, "The meeting in Tobruk was called unconstitutional.") == []


def test_a_label_in_a_relative_clause_says_nothing(parser: Parser) -> None:
    text = "The flag now flies over the palace where the colonel had once called his critics traitors."
    assert not any(content.endswith("traitors") for _, _, content in _said(parser, text))
