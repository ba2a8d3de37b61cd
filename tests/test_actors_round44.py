"""Round 44: unnamed groups the blind rounds missed or misread.

Guests, a hotel's or an airport's staff and foreign embassies are collectives that act and
move ("the guests were flown out", "kitchen staff fled"). People a body takes out of a place as
its own ("evacuated its embassy staff", "pulled their diplomats out") are the body's withdrawal,
as a state withdraws its forces; people evacuated by others ("evacuated 300 families") leave as
themselves.

Every sentence is written for these tests.
"""

from __future__ import annotations

from _actor_views import kinds as _kinds

from libya_events import Parser
from libya_events.model import ActorKind, Article, MovementKind

PARSER = Parser()


def _parse(text: str, published: str = "2020-03-01") -> Article:
    return PARSER.parse(text, published=published)


def _moves(article: Article) -> list[tuple[str | None, MovementKind]]:
    return [(m.actor, m.kind) for m in article.movements]


# ------------------------------------------------ guests, staff and embassies are collectives


def test_counted_guests_who_are_flown_out_travel() -> None:
    article = _parse("Most of the roughly 40 guests were flown to Tunis on Sunday.")
    assert _kinds(article).get("guests") is ActorKind.COLLECTIVE
    assert ("guests", MovementKind.TRAVEL) in _moves(article)


def test_kitchen_staff_who_flee_withdraw() -> None:
    article = _parse("Kitchen staff fled the building in Misrata when the shelling began on Monday.")
    assert _kinds(article).get("Kitchen staff") is ActorKind.COLLECTIVE
    assert ("Kitchen staff", MovementKind.WITHDRAW) in _moves(article)


def test_airport_staff_who_leave_withdraw() -> None:
    article = _parse("Airport staff fled from Mitiga after rockets hit the runway on Friday.")
    assert ("Airport staff", MovementKind.WITHDRAW) in _moves(article)


def test_a_hotel_employee_speaks_as_an_unnamed_source() -> None:
    article = _parse("The guests were taken by bus to Mitiga airport, a hotel employee said on Tuesday.")
    assert [s.speaker for s in article.statements] == ["hotel employee"]


def test_western_embassies_that_pull_their_staff_out_withdraw() -> None:
    article = _parse("Most Western embassies pulled their staff out to Tunisia in July.")
    assert _kinds(article).get("Western embassies") is ActorKind.COLLECTIVE
    assert ("Western embassies", MovementKind.WITHDRAW) in _moves(article)


def test_guests_only_suffered_upon_are_no_actor() -> None:
    article = _parse("Gunmen killed two hotel guests in Tripoli on Tuesday.")
    assert "hotel guests" not in _kinds(article)
    assert "guests" not in _kinds(article)


# ------------------------------------- a body's own people taken out: the body withdraws


def test_a_state_that_evacuates_its_embassy_staff_withdraws() -> None:
    article = _parse("The United States evacuated its embassy staff overland to Tunisia in July.")
    assert _moves(article) == [("United States", MovementKind.WITHDRAW)]


def test_embassies_that_withdraw_their_diplomats_withdraw() -> None:
    article = _parse("Several foreign embassies withdrew their diplomats from Tripoli last week.")
    assert _moves(article) == [("foreign embassies", MovementKind.WITHDRAW)]


def test_people_evacuated_by_others_leave_as_themselves() -> None:
    article = _parse("The Red Crescent evacuated 300 families from Sirte on Monday.")
    assert [actor for actor, _ in _moves(article)] == ["families from Sirte"]


def test_guests_evacuated_by_volunteers_leave_as_themselves() -> None:
    article = _parse("Volunteers evacuated the hotel guests from Zawiya on Monday.")
    assert [actor for actor, _ in _moves(article)] == ["hotel guests from Zawiya"]


# ------------------------- a closing attribution the parser hung on the clause as an object


def test_a_source_there_who_closes_the_sentence_by_telephone_speaks() -> None:
    article = _parse(
        "LNA fighters took over the control room at the Zueitina terminal on Saturday morning and "
        "told staff to stop loading, an engineer there said by telephone."
    )
    said = [s for s in article.statements if s.speaker == "engineer"]
    assert len(said) == 1
    assert said[0].text.startswith("LNA fighters took over the control room")
    assert "engineer" not in said[0].text
    assert said[0].channel == "telephone"


def test_a_worker_there_who_closes_the_sentence_speaks_without_his_own_words() -> None:
    article = _parse(
        "Gunmen stormed the depot in Zawiya and ordered the guards to leave, a worker there said by phone."
    )
    said = [s for s in article.statements if s.speaker == "worker"]
    assert [s.text for s in said] == ["Gunmen stormed the depot in Zawiya and ordered the guards to leave"]


def test_an_object_with_a_participle_inside_the_clause_is_no_attribution() -> None:
    article = _parse(
        "The council published a report written by telephone interviews with residents of Sirte."
    )
    assert not article.statements


# ------------------------- "the head of the X government": the dated prime minister's role


def test_the_head_of_the_tripoli_government_is_the_prime_minister_of_the_day() -> None:
    article = _parse(
        "Serraj landed in Rome on Monday. The head of the Tripoli government said he would ask Italy for "
        "more patrol boats.",
        published="2019-06-10",
    )
    assert [s.speaker for s in article.statements] == ["Fayez al-Sarraj"]
    assert "head of the Tripoli government" not in _kinds(article)


def test_the_head_of_the_tripoli_government_in_2022_is_dbeibah() -> None:
    article = _parse(
        "The head of the government in Tripoli told reporters that the elections would be held next year.",
        published="2022-05-02",
    )
    assert [s.speaker for s in article.statements] == ["Abdul Hamid Dbeibah"]


def test_the_head_of_the_eastern_based_government_is_the_eastern_prime_minister() -> None:
    article = _parse(
        "The head of the eastern-based government said aid convoys would reach Derna within days.",
        published="2023-09-14",
    )
    assert [s.speaker for s in article.statements] == ["Osama Hamad"]


def test_the_head_of_a_foreign_government_is_no_libyan_prime_minister() -> None:
    article = _parse(
        "The head of the Maltese government said his navy would not take in the migrants.",
        published="2019-06-10",
    )
    assert "Fayez al-Sarraj" not in _kinds(article)


# ----------------------- forces of a government named by a name: not the day's government


def test_units_loyal_to_the_salvation_government_are_its_forces() -> None:
    article = _parse(
        "Units loyal to the Salvation Government moved armoured cars into the streets of Tripoli on Thursday.",
        published="2016-03-31",
    )
    assert "Government of National Accord forces" not in _kinds(article)
    assert "National Salvation Government forces" in _kinds(article)


def test_forces_of_a_government_the_knowledge_base_lacks_are_not_the_days_government() -> None:
    article = _parse(
        "Units loyal to the Rescue Government pulled out of the ministries in Tripoli on Friday.",
        published="2016-03-31",
    )
    assert "Government of National Accord forces" not in _kinds(article)


def test_forces_of_a_government_named_by_its_seat_are_the_days_government() -> None:
    article = _parse(
        "Forces loyal to the Tripoli Government withdrew from Sirte on Friday.", published="2019-06-10"
    )
    assert "Government of National Accord forces" in _kinds(article)


def test_forces_of_a_government_named_by_a_nationality_are_the_days_government() -> None:
    article = _parse(
        "Forces loyal to the Libyan Government withdrew from Sirte on Friday.", published="2019-06-10"
    )
    assert "Government of National Accord forces" in _kinds(article)


# ------------------- "<nationality> military" before a vehicle: whose the vehicle is, no actor


def test_french_military_transport_planes_are_frances_deployment() -> None:
    article = _parse(
        "France said it would help the stranded workers. Two French military transport planes landed at "
        "Djerba on Wednesday.",
        published="2011-03-03",
    )
    assert ("France", MovementKind.DEPLOY) in _moves(article)
    assert "French armed forces" not in _kinds(article)


def test_russian_military_cargo_aircraft_are_russias_deployment() -> None:
    article = _parse(
        "Russia denied any role. Russian military cargo aircraft flew from Syria to al-Khadim on Friday.",
        published="2020-05-30",
    )
    assert [actor for actor, _ in _moves(article)] == ["Russia"]
    assert "Russian armed forces" not in _kinds(article)


def test_military_planes_of_a_country_not_named_as_an_actor_move_for_no_one() -> None:
    article = _parse(
        "Two French military transport planes landed at Djerba on Wednesday.", published="2011-03-03"
    )
    assert not article.movements
    assert "French armed forces" not in _kinds(article)


def test_the_french_military_as_a_noun_is_still_the_armed_forces() -> None:
    article = _parse(
        "The French military said its jets had struck a convoy near Sirte.", published="2011-03-30"
    )
    assert [s.speaker for s in article.statements] == ["French armed forces"]


# ------------------------ "the group" carried by others: the counted people told before


def test_the_group_taken_by_bus_is_the_migrants_not_the_coast_guard() -> None:
    article = _parse(
        "The coast guard said it had picked up 120 migrants off Sabratha. The group was taken by bus from "
        "the port to a detention centre in Tripoli."
    )
    assert ("migrants", MovementKind.TRAVEL) in _moves(article)
    assert all(actor != "coast guard" for actor, _ in _moves(article))


def test_the_group_moved_on_is_the_counted_people_not_the_survivors_who_spoke() -> None:
    article = _parse(
        "Rescuers pulled 80 migrants from a sinking dinghy off Zawiya. Survivors said two men had drowned. "
        "The group was later moved to a camp in Gharyan."
    )
    assert [actor for actor, _ in _moves(article)] == ["migrants"]


def test_an_armed_group_driven_out_is_still_the_armed_group() -> None:
    article = _parse(
        "Gunmen from an armed group stormed a camp holding 300 migrants in Zawiya. The group was driven out "
        "of the town on Monday."
    )
    assert ("armed group", MovementKind.WITHDRAW) in _moves(article)


# --------------- "when fighting ... reached X": the "-ing" noun, not the main clause's subject


def test_fighting_that_reaches_the_suburbs_moves_no_one() -> None:
    article = _parse(
        "Western diplomats pulled their staff out to Tunisia in July, when fighting for the city's airport "
        "reached the southern suburbs."
    )
    assert [kind for _, kind in _moves(article)] == [MovementKind.WITHDRAW]


def test_fighting_that_reaches_the_refinery_moves_no_one() -> None:
    article = _parse(
        "Foreign oil workers left Brega by sea in March, when fighting for the town's port reached the refinery."
    )
    assert [kind for _, kind in _moves(article)] == [MovementKind.WITHDRAW]


def test_a_conjunct_joined_by_and_still_shares_the_subject() -> None:
    article = _parse("LNA forces pulled out of Gharyan in June and reached Tarhuna the next day.")
    assert ("Libyan National Army", MovementKind.ADVANCE) in _moves(article)
