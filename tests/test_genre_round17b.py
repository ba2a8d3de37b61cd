"""Genre round 17b: failure classes found by four blind genre articles (tests/genre/genre-13..16).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_records, movement_triples

from libya_events import Parser
from libya_events.model import Statement

PARSER = Parser()


def _movements(text: str, published: str = "2023-08-16") -> list[tuple[str, str | None, str | None]]:
    return movement_triples(PARSER, text, published)


def movement_records_of(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(k.value, a, d, o) for k, a, d, o in movement_records(PARSER, text, "2024-03-12")]


def _statements(text: str, published: str = "2025-01-20") -> list[Statement]:
    return list(PARSER.parse(text, published=published).statements)


def _speakers(text: str) -> list[tuple[str | None, bool, str]]:
    return [(s.speaker, s.direct, s.text) for s in _statements(text)]


# ------------------------------------------------- "took up positions in X": a deploy


def test_taking_up_positions_in_a_place_is_a_deploy_not_a_capture() -> None:
    found = _movements("Radaa gunmen took up positions across Ain Zara on Monday night.")
    assert found == [("deploy", "Special Deterrence Force", "Ain Zara")], found


def test_taking_up_defensive_positions_around_a_town_is_a_deploy() -> None:
    found = _movements("GNA forces took up defensive positions around Sirte after the convoy arrived.")
    assert ("deploy", "Government of National Accord forces", "Sirte") in found, found
    assert not any(kind == "capture" for kind, _, _ in found), found


def test_taking_up_arms_is_no_movement() -> None:
    assert _movements("Young men in Zawiya took up arms after the raid.") == []


def test_taking_a_town_is_still_a_capture() -> None:
    found = _movements("The LNA took Brega on Sunday after a day of shelling.")
    assert ("capture", "Libyan National Army", "Brega") in found, found


# ------------------------------------ "the official said": the unnamed official just told


def test_the_official_is_the_unnamed_official_told_since_the_last_named_person() -> None:
    text = (
        "Ahmed Mismari, the LNA spokesman, dismissed the report on Sunday. A senior Italian "
        'official said the shipment had reached Benghazi. "It was a large cargo," the official said.'
    )
    found = _speakers(text)
    assert found[-1][1] is True, found
    assert found[-1][0] == found[-2][0], found
    assert found[-1][0] != "Ahmed Mismari", found


def test_the_official_quoted_after_an_according_to_source_is_that_source() -> None:
    text = (
        "Abdul Hamid Dbeibah met the mayors on Monday. Two convoys left Misrata overnight, according "
        'to a military official in Tripoli. "They are heading west," the official told Reuters.'
    )
    found = _speakers(text)
    assert ("military official", True, "They are heading west") in found, found


def test_the_official_with_no_unnamed_official_between_is_still_the_named_person() -> None:
    text = 'Interior Minister Fathi Bashagha toured Misrata on Monday. "We will not stop," the official said.'
    found = _speakers(text)
    assert found == [("Fathi Bashagha", True, "We will not stop")], found


# ---------------- "said it welcomed X but was troubled that ...": one report, the whole clause


def test_a_report_whose_inner_speech_verb_has_a_coordinated_predicate_is_the_whole_clause() -> None:
    text = "The UN mission said it welcomed the ceasefire but was worried about the shelling of Tajoura."
    found = _speakers(text)
    assert found == [
        (
            "United Nations Support Mission in Libya",
            False,
            "it welcomed the ceasefire but was worried about the shelling of Tajoura",
        )
    ], found


def test_a_quoted_fragment_in_such_a_clause_leaves_one_indirect_statement() -> None:
    text = (
        "The mission said in a statement that it welcomed the deal but was "
        '"gravely alarmed" that the militias still held the port.'
    )
    found = _speakers(text)
    assert len(found) == 1, found
    assert found[0][1] is False, found
    assert "gravely alarmed" in found[0][2], found


def test_two_coordinated_speech_verbs_in_a_report_still_stand_apart() -> None:
    found = _speakers("Ali Salem said he welcomed the deal and urged both sides to respect it.")
    # round 24: a judging verb's object is reported without the verb ("the deal")
    assert [text for _, _, text in found] == ["the deal", "both sides to respect it"], found


# ------------------------------ "Haftar's son Saddam", "his brother Khaled": relatives by name


def test_a_son_named_by_his_given_name_is_the_family_member_the_kb_knows() -> None:
    found = _movements("Haftar's son Saddam flew to Rome on Monday.", "2025-01-20")
    assert found == [("travel", "Saddam Haftar", "Rome")], found


def test_his_brother_takes_the_surname_of_the_person_just_named() -> None:
    text = "Haftar's son Saddam visited Cairo in March, while his brother Khaled travelled to Moscow in May."
    found = _movements(text, "2025-01-20")
    assert ("travel", "Saddam Haftar", "Cairo") in found, found
    assert ("travel", "Khaled Haftar", "Moscow") in found, found


def test_a_relative_the_kb_does_not_know_is_a_person_with_the_family_name() -> None:
    found = _movements("Ali Salem's son Omar flew to Tunis on Monday.", "2025-01-20")
    assert found == [("travel", "Omar Salem", "Tunis")], found


def test_a_relative_named_in_full_keeps_the_full_name() -> None:
    found = _movements("The commander's son Hamid Salem drove to Zawiya on Monday.", "2025-01-20")
    assert all(actor != "Salem" for _, actor, _ in found), found


# ------------------------- unnamed sources by what they know; a country's embassy as a speaker


def test_people_familiar_with_a_matter_are_a_source_of_their_own() -> None:
    found = _speakers("Saddam visited Cairo in March, according to people familiar with the visit.")
    assert found == [("people familiar with the visit", False, "Saddam visited Cairo in March")], found


def test_a_source_close_to_the_talks_is_more_than_a_source() -> None:
    found = _speakers("A source close to the negotiations said the delegations would meet again in Geneva.")
    assert [speaker for speaker, _, _ in found] == ["source close to the negotiations"], found


def test_a_countrys_embassy_speaks_for_itself() -> None:
    found = _speakers("The U.S. embassy said in a statement that it was watching the clashes in Zawiya.")
    assert found == [("U.S. embassy", False, "it was watching the clashes in Zawiya")], found
    names = {
        a.name for a in PARSER.parse("The U.S. embassy said it was closed.", published="2025-01-20").actors
    }
    assert "United States" not in names, names


def test_a_country_that_acts_is_still_the_country() -> None:
    found = _movements("Turkey sent drones to Tripoli in January.", "2020-06-06")
    assert found == [("deploy", "Turkey", "Tripoli")], found


# ------------------------ "The convoy, a security source said, was heading to Sirte": split


def test_an_attribution_between_commas_inside_a_clause_reports_the_whole_clause() -> None:
    found = _speakers("The convoy, a security source said, was heading towards Sirte.")
    assert found == [("security source", False, "The convoy was heading towards Sirte")], found


def test_a_plural_source_inside_the_clause_reports_it_too() -> None:
    found = _speakers("Much of the old city, residents say, has been without power for a week.")
    assert found == [("residents", False, "Much of the old city has been without power for a week")], found


def test_an_attribution_after_the_clause_is_unchanged() -> None:
    found = _speakers("The shelling killed four people in Ain Zara, the ministry said.")
    assert [text for _, _, text in found] == ["The shelling killed four people in Ain Zara"], found


def test_a_belief_between_commas_hedges_the_clause_and_reports_nothing() -> None:
    assert _speakers("Any push on Sirte, many analysts suspect, could draw Egypt in.") == []


# --------------- a site the parser made a second subject; boarding a vehicle bound somewhere


def test_a_named_site_parsed_as_a_second_subject_is_the_place_taken() -> None:
    found = _movements("On Thursday GNA forces recaptured Tripoli International Airport.", "2020-06-06")
    assert found == [("capture", "Government of National Accord forces", "Tripoli International Airport")], (
        found
    )


def test_boarding_a_flight_to_a_place_is_travel_there() -> None:
    found = _movements("Fayez al-Sarraj boarded a flight to Rome on Monday.", "2020-06-06")
    assert found == [("travel", "Fayez al-Sarraj", "Rome")], found


def test_boarding_a_boat_for_a_country_from_a_port() -> None:
    found = movement_records_of("Migrants boarded a boat for Italy from Zuwara on Monday.")
    assert found == [("travel", "Migrants", "Italy", "Zuwara")], found


def test_boarding_a_ship_off_a_town_names_no_destination() -> None:
    assert _movements("The coastguard crew boarded the tanker on Monday.") == []


def test_new_arrivals_who_move_on_are_a_collective_that_travels() -> None:
    found = _movements("Roughly 8,000 of the new arrivals have moved on to Ajdabiya.", "2024-03-12")
    assert found == [("travel", "new arrivals", "Ajdabiya")], found


# ------------- "A Tebu politician from X, which was bombed in 2019, told ...": the source's name


def test_an_unnamed_source_whose_place_has_a_relative_clause_still_speaks() -> None:
    text = (
        "A Tebu elder from Ubari, which was shelled by drones in 2019, told the Associated Press "
        'that the oases were being used as rear bases. "Nobody listens to us," he said.'
    )
    found = _speakers(text)
    assert [direct for _, direct, _ in found] == [False, True], found
    assert all((speaker or "").endswith("elder from Ubari") for speaker, _, _ in found), found


def test_a_politician_from_a_town_with_a_relative_clause_is_the_speaker() -> None:
    text = (
        "A Tebu politician from Murzuq, which was bombed by LNA drones in 2019, told the "
        "Associated Press that the fighters had left the oases."
    )
    found = _speakers(text)
    assert found == [("Tebu politician from Murzuq", False, "the fighters had left the oases")], found


# ------------------------------------------------- "the 128th Brigade": an ordinal unit name


def test_an_ordinal_brigade_is_a_named_unit_that_moves() -> None:
    found = _movements("The 128th Brigade deployed units to Sabha on Monday.", "2024-03-12")
    assert found == [("deploy", "128th Brigade", "Sabha")], found


def test_an_ordinal_brigade_of_a_larger_force_is_the_brigade() -> None:
    text = "In Sabha, the 116th Brigade of the Libyan National Army deployed units to the market."
    found = _movements(text, "2024-03-12")
    assert ("deploy", "116th Brigade", "Sabha") in found, found


# ------------------------------ "were flown out of X": forces moved out of a place leave it


def test_forces_flown_out_of_a_town_withdraw_from_it() -> None:
    found = movement_records_of(
        "Several hundred Wagner fighters were flown out of Bani Walid to the Jufra air base."
    )
    assert found == [("withdraw", "Wagner group", "al-Jufra air base", "Bani Walid")], found


def test_forces_flown_to_a_town_are_still_deployed() -> None:
    found = _movements(
        "Hundreds of Syrian fighters were flown to Tripoli by Turkey in January.", "2020-06-06"
    )
    assert not any(kind == "withdraw" for kind, _, _ in found), found


# ------------------- a known name that runs past its head noun speaks as the known actor


def test_a_known_body_whose_name_runs_past_its_head_is_one_speaker() -> None:
    article = PARSER.parse(
        "The UN Support Mission in Libya said in a statement that it welcomed the truce.",
        published="2023-08-16",
    )
    assert [s.speaker for s in article.statements] == ["United Nations Support Mission in Libya"]
    assert [a.name for a in article.actors] == ["United Nations Support Mission in Libya"]


# ------------- "government convoys left X for the front": the government's forces advance


def test_government_convoys_are_the_governments_forces() -> None:
    found = _movements("Government convoys entered Sirte on Monday.", "2020-06-06")
    assert found == [("capture", "Government of National Accord forces", "Sirte")], found


def test_leaving_a_town_for_the_front_is_an_advance_not_a_withdrawal() -> None:
    found = movement_records_of("LNA fighters left Benghazi for the front line on Monday.")
    assert found == [("advance", "Libyan National Army", None, "Benghazi")], found


def test_leaving_a_town_with_no_goal_is_still_a_withdrawal() -> None:
    found = _movements("The LNA left Benghazi on Monday.", "2020-06-06")
    assert found == [("withdraw", "Libyan National Army", None)], found
