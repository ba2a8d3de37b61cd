"""Movement classes of round 48: the scene of a capture of a site, and help sent by aid bodies.

- Where a capture's object is an unnamed site placed by its own "in X" ("took over a school in
  X"), the place after a setting preposition on the verb ("In Y," "Inside the city,") is only the
  scene: one capture of X, not a second of Y (``_without_scene``). With no place on the object,
  the scene is still the place taken. Where the parser hangs the site's "in X" on the verb
  ("In Benghazi, the army captured a camp in Sabri"), a setting phrase that opens the sentence and
  is closed by a comma is still only the scene (``_without_fronted_scene``).
- Unnamed bodies that send help ("aid agencies", "humanitarian partners"; ``AID_BODY_WORDS``)
  deploy the teams or convoys they send, as a named organisation does; a crowd that sends
  something still travels.
- A force carried in the passive by air or sea ("were flown back to Moscow", "were flown to
  Syria"; ``FORCE_AIRLIFT_VERBS``, ``_flown_home``) to places all outside Libya is taken out of the war:
  a withdrawal; flown into Libya or to a Libyan town it is still deployed, and a person flown
  abroad still travels.
- A bare "the group" ("the militia", "the force"; ``SPEAKER_BODY_WORDS``, ``_speakers_body``) as
  the subject of what a member of a named armed group reports ("A Radaa official said the group
  had pulled back") is the speaker's own body, not the body named just before; a speaker whose
  title names no group leaves it to coreference.
- A report whose heading names its issuer ("Issued by: X, Tripoli office"; ``ISSUER_LABELS``,
  ``_issuer_label_before``) speaks for X: its "our team" and "our mobile clinic" (now a row of
  ``OWN_STAFF_LEMMAS``) outside quotation marks are X's, as in a statement that opens "X said".
  A news story that quotes a person first still names no one.
- "Walked out of" a place (a row of ``data/movement_verbs.tsv``) leaves it: "families walked out
  of the ruins" withdraw; out of a gathering ("walked out of the talks", ``MEETING_NOUNS``,
  ``_walked_out_of_meeting``) it is a protest, no movement.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2020-06-10"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- the scene of a capture of a site ------------------------------------------------------------


def test_a_fronted_town_is_no_second_place_taken() -> None:
    quads = _quads("In Benghazi, the army captured a barracks in Sabri.")
    assert [q for q in quads if q[0] == "capture"] == [("capture", "army", None, "Sabri")]


def test_a_fronted_city_named_before_is_no_second_place_taken() -> None:
    quads = _quads(
        "Heavy clashes shook Tripoli on Monday. Inside the city, an armed group took over a school in Abu Salim."
    )
    captures = [q for q in quads if q[0] == "capture"]
    assert [q[3] for q in captures] == ["Abu Salim"]


def test_a_fronted_town_with_a_depot_in_a_district() -> None:
    quads = _quads("In Tripoli, gunmen took over a fuel depot in Tajoura on Sunday.")
    assert [q[3] for q in quads if q[0] == "capture"] == ["Tajoura"]


def test_a_fronted_town_is_the_place_taken_when_the_site_names_none() -> None:
    quads = _quads("In Benghazi, the army captured the barracks.")
    assert ("capture", "army", None, "Benghazi") in quads


def test_a_fronted_town_before_a_camp_whose_place_hangs_on_the_verb() -> None:
    quads = _quads("In Benghazi, the army captured a camp in Sabri.")
    assert [q for q in quads if q[0] == "capture"] == [("capture", "army", None, "Sabri")]


def test_a_fronted_city_named_before_a_camp_taken_over() -> None:
    quads = _quads(
        "Heavy clashes shook Tripoli on Monday. Inside the city, an armed group took over a camp in Ain Zara."
    )
    assert [q[3] for q in quads if q[0] == "capture"] == ["Ain Zara"]


def test_a_fronted_town_is_the_camp_taken_when_no_other_place_is_named() -> None:
    quads = _quads("In Benghazi, the army captured the camp.")
    assert ("capture", "army", None, "Benghazi") in quads


# --- help sent by aid bodies ----------------------------------------------------------------------


def test_aid_agencies_deploy_the_teams_they_send() -> None:
    quads = _quads("Aid agencies have deployed medical teams to Sirte.")
    assert ("deploy", "Aid agencies", None, "Sirte") in quads
    assert not any(q[0] == "travel" for q in quads)


def test_humanitarian_partners_deploy_the_nurses_they_send() -> None:
    quads = _quads("Humanitarian partners have deployed nurses to Tawergha.")
    assert ("deploy", "Humanitarian partners", None, "Tawergha") in quads


def test_humanitarian_partners_deploy_teams_to_two_towns() -> None:
    quads = _quads("Humanitarian partners have deployed two mobile health teams to Kufra and Sabha.")
    assert ("deploy", "Humanitarian partners", None, "Kufra") in quads
    assert ("deploy", "Humanitarian partners", None, "Sabha") in quads


def test_a_crowd_sending_its_children_still_travels() -> None:
    quads = _quads("Residents sent their children to Zliten.")
    assert ("travel", "Residents", None, "Zliten") in quads


# --- a force flown out of the country ------------------------------------------------------------


def test_contractors_flown_back_to_moscow_withdraw() -> None:
    quads = _quads("In June some Wagner contractors were flown back to Moscow.")
    assert ("withdraw", "Wagner group", None, "Moscow") in quads


def test_mercenaries_flown_to_syria_withdraw() -> None:
    quads = _quads("The mercenaries were flown to Syria last week.")
    assert ("withdraw", "mercenaries", None, "Syria") in quads


def test_fighters_flown_into_libya_are_still_deployed() -> None:
    quads = _quads("Syrian fighters were flown from Turkey to Tripoli.")
    assert ("deploy", "Syrian fighters", "Turkey", "Tripoli") in quads


def test_mercenaries_flown_to_a_libyan_town_are_still_deployed() -> None:
    quads = _quads("The mercenaries were flown to Jufra.")
    assert ("deploy", "mercenaries", None, "Jufra") in quads


def test_a_person_flown_abroad_still_travels() -> None:
    quads = _quads("Haftar was flown to Amman for treatment.")
    assert ("travel", "Khalifa Haftar", None, "Amman") in quads


# --- "the group" in what its own member reports -------------------------------------------------


def test_the_group_in_an_officials_report_is_his_body() -> None:
    quads = _quads(
        "The Nawasi Brigade clashed with Radaa near the port. "
        "A Nawasi commander said the group had withdrawn to Souq al-Juma."
    )
    assert ("withdraw", "Nawasi brigade", None, "Souq al-Juma") in quads
    assert not any(q[0] == "withdraw" and q[1] == "Special Deterrence Force" for q in quads)


def test_the_group_after_another_body_named_in_between() -> None:
    quads = _quads(
        "Radaa has held Mitiga for years. Its fighters clashed with the Stability Support Apparatus "
        "last month. A Radaa official said the group had pulled its men back to Souq al-Juma."
    )
    withdrawals = [q for q in quads if q[0] == "withdraw"]
    assert [q[1] for q in withdrawals] == ["Special Deterrence Force"]


def test_the_force_in_a_spokesmans_report_is_his_side() -> None:
    quads = _quads(
        "The GNA advanced on Tarhuna. An LNA spokesman said the force had pulled back to Bani Walid."
    )
    assert ("withdraw", "Libyan National Army", "Tarhuna", "Bani Walid") in quads


def test_a_spokesman_with_no_group_in_his_title_names_no_body() -> None:
    quads = _quads("The GNA advanced on Tarhuna. A spokesman said the group had pulled back to Bani Walid.")
    assert not any(q[0] == "withdraw" for q in quads)


# --- a report's own issuer and its mobile clinic -------------------------------------------------

ISSUED = "Flash update: Sirte\nIssued by: Mercy Corps, Tripoli office, 3 May 2021\n\n"


def test_our_mobile_clinic_under_an_issued_by_heading_is_the_issuer() -> None:
    quads = _quads(ISSUED + "Our mobile clinic returned to Sirte on 1 May after a two-week pause.")
    assert ("travel", "Mercy Corps", None, "Sirte") in quads


def test_our_team_under_an_issued_by_heading_is_the_issuer() -> None:
    quads = _quads(ISSUED + "Access remains difficult. Our team travelled to Harawa on 2 May.")
    assert ("travel", "Mercy Corps", None, "Harawa") in quads


def test_our_mobile_clinic_in_a_statement_that_opens_with_its_issuer() -> None:
    quads = _quads(
        "Mercy Corps said on Monday that the situation in Sirte remained calm.\n\n"
        "Our mobile clinic returned to Sirte on 1 May after a two-week pause."
    )
    assert ("travel", "Mercy Corps", None, "Sirte") in quads


def test_our_mobile_clinic_in_a_story_quoting_a_person_first_is_no_ones() -> None:
    quads = _quads(
        "Ali Salem, a doctor in Sirte, said on Monday that the hospital was full.\n\n"
        "Our mobile clinic returned to Sirte on 1 May after a two-week pause."
    )
    assert not any(q[0] == "travel" and q[3] == "Sirte" for q in quads)


# --- walking out ---------------------------------------------------------------------------------


def test_families_walking_out_of_the_ruins_withdraw() -> None:
    quads = _quads("Hundreds of families walked out of the ruins of the old town.")
    assert ("withdraw", "families", None, None) in quads


def test_civilians_walking_out_of_a_besieged_district_withdraw() -> None:
    quads = _quads("Dozens of civilians walked out of the besieged district on Monday.")
    assert ("withdraw", "civilians", None, None) in quads


def test_walking_out_of_talks_is_no_movement() -> None:
    assert _quads("Haftar walked out of talks in Moscow without signing the deal.") == []


def test_walking_out_of_a_session_is_no_movement() -> None:
    assert _quads("Several lawmakers walked out of the session in Tobruk.") == []
