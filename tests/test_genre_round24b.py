"""Genre round 24b: failure classes found by four blind genre articles (tests/genre/genre-61..64).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()


def _moves(text: str, published: str = "2014-03-14") -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, published)


# ----------------------------------------- a person seized, told as a noun, is an arrest


def test_the_seizure_of_a_named_person_is_no_capture() -> None:
    text = "The raid came a week after the seizure of Abu Anas al-Libi by US special forces in Tripoli."
    assert [m for m in _moves(text) if m[0] == "capture"] == []


def test_the_capture_of_a_wanted_man_is_no_capture() -> None:
    text = "Celebrations followed the capture of Saif al-Islam Gaddafi by Zintan fighters near Ubari."
    assert [m for m in _moves(text) if m[0] == "capture"] == []


def test_the_capture_of_a_town_by_a_force_stays_a_capture() -> None:
    text = "The capture of Gharyan by LNA forces on Thursday stunned the capital."
    assert ("capture", "Libyan National Army", None, "Gharyan") in _moves(text)


# ----------------------------------------- a past-tense verb after a purpose infinitive is told


def test_a_finite_verb_joined_to_a_purpose_infinitive_is_reported() -> None:
    text = "Ali Zeidan stopped in Malta to refuel and went on to Germany."
    # "stopped in" is a move of its own since round 31, so the onward leg sets out from Malta
    assert ("travel", "Ali Zeidan", "Malta", "Germany") in _moves(text)


def test_an_infinitive_joined_to_a_purpose_infinitive_stays_purpose() -> None:
    text = "The LNA sent troops to secure the road and retake Sirte."
    assert [m for m in _moves(text) if m[3] == "Sirte"] == []


# ----------------------------------------- "continued to X": onward travel


def test_continued_to_a_place_is_onward_travel() -> None:
    text = "Ali Zeidan travelled to Cairo and then continued to Amman."
    assert ("travel", "Ali Zeidan", None, "Amman") in _moves(text)


def test_continued_to_with_an_infinitive_is_no_movement() -> None:
    assert _moves("The fighting continued to rage in Sirte.") == []


# ----------------------------------------- statements: a time phrase before "that"; a semicolon


def _said(text: str, published: str = "2020-09-23") -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in PARSER.parse(text, published=published).statements]


def test_said_the_next_day_that_reports_the_clause() -> None:
    text = (
        "The National Oil Corporation said the following day that it would restart production at two fields."
    )
    assert ("National Oil Corporation", "it would restart production at two fields") in _said(text)


def test_said_last_week_that_still_reports_the_clause() -> None:
    text = "The National Oil Corporation said last week that exports had resumed."
    assert ("National Oil Corporation", "exports had resumed") in _said(text)


def test_the_clause_before_a_semicolon_is_not_what_the_second_speaker_said() -> None:
    text = "Gunmen accused Ali Zeidan of ordering the raid; he said he had known nothing of the operation."
    assert ("Ali Zeidan", "he had known nothing of the operation") in _said(text)


# ----------------------------------------- a foreign nationality's office is not the Libyan holder


def _actor_names(text: str, published: str = "2014-03-14") -> list[str]:
    return [a.name for a in PARSER.parse(text, published=published).actors]


def test_a_foreign_prime_minister_is_not_the_libyan_one() -> None:
    names = _actor_names("The Tunisian prime minister told reporters that the border would stay open.")
    assert "Abdullah al-Thinni" not in names


def test_a_capitalised_foreign_title_is_not_the_libyan_holder() -> None:
    names = _actor_names("Maltese Prime Minister Joseph Borg said the plane had refuelled in Valletta.")
    assert "Abdullah al-Thinni" not in names


def test_the_libyan_prime_minister_is_still_the_holder_of_the_day() -> None:
    names = _actor_names("The Libyan prime minister told reporters that the border would stay open.")
    assert "Abdullah al-Thinni" in names


# ----------------------------------------- a knowledge-base name listed in lower case matches so


def test_a_command_written_in_lower_case_is_the_known_body() -> None:
    text = "Units under the western military region pushed into Warshefana on Wednesday."
    assert ("advance", "Western Military Region", None, "Warshefana") in _moves(text, "2017-11-03")


def test_the_capitalised_command_still_matches() -> None:
    text = "Units under the Western Military Region pushed into Warshefana on Wednesday."
    assert ("advance", "Western Military Region", None, "Warshefana") in _moves(text, "2017-11-03")


# ----------------------------------------- "the northern Italian city": a place in that country


def test_a_nationality_in_the_description_picks_that_countrys_town() -> None:
    text = (
        "Osama Njeem was detained in Turin on Sunday. Njeem, who runs the police in Tripoli, was held "
        "at a hotel in the northern Italian city, where he had arrived from Germany."
    )
    assert ("travel", "Osama Njeem", "Germany", "Turin") in _moves(text, "2025-01-23")


def test_an_adjective_that_is_no_nationality_leaves_the_latest_town() -> None:
    text = (
        "Rebels held Misrata on Monday. Gaddafi forces entered Sabha, and by Friday they had "
        "reasserted control of the Saharan oasis town."
    )
    article = PARSER.parse(text, published="2011-03-06")
    named = {m.text: loc.name for loc in article.locations for m in loc.mentions}
    assert [name for text, name in named.items() if text.startswith("the Saharan")] == ["Sabha"]


# ----------------------------------------- a place name ending like an adjective; "headed for X"


def _place_names(text: str, published: str = "2017-11-03") -> list[str]:
    return [loc.name for loc in PARSER.parse(text, published=published).locations]


def test_a_name_ending_like_an_adjective_before_a_preposition_is_a_place() -> None:
    assert "Sawani" in _place_names("The brigade moved to Sawani on Monday.")


def test_headed_for_names_a_place() -> None:
    assert "Sawani" in _place_names("A second column headed for Sawani at dawn.")


def test_a_nationality_before_a_noun_is_still_no_place() -> None:
    assert _place_names("Aid went to Egyptian workers stranded at the border.") == []
