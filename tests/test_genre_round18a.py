"""Genre round 18a: failure classes found on the blind genre articles genre-17..20
(a 2018 oil crescent wire story, a 2019 southern offensive feature, a 2014 two-front analysis,
a terse 2020 agency update with a correction line and a byline).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_triples

from libya_events import Parser
from libya_events.model import Statement

PARSER = Parser()


def _movements(text: str) -> list[tuple[str, str | None, str | None]]:
    return movement_triples(PARSER, text, "2024-03-14")


def _statements(text: str) -> list[Statement]:
    return list(PARSER.parse(text, published="2024-03-14").statements)


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in _statements(text)]


def _mentions_of(text: str) -> dict[str, set[str]]:
    return {a.name: {m.text for m in a.mentions} for a in PARSER.parse(text, published="2024-03-14").actors}


# ------------------------- an indefinite role is not a later person the knowledge base titles so


def test_an_unnamed_commander_is_not_a_known_commander_named_later() -> None:
    text = (
        "Fighters from Zawiya reached the coastal road on Monday, a commander said.\n\n"
        "Khalifa Haftar, who arrived in Amman on Monday, did not comment."
    )
    assert _speakers(text) == ["commander"]
    assert "a commander" not in _mentions_of(text).get("Khalifa Haftar", set())


def test_a_role_read_forward_still_finds_a_person_the_text_gives_that_role() -> None:
    text = (
        "A member of parliament said the session was postponed. Ali Saleh, a member of the "
        "budget committee, later confirmed it."
    )
    assert _speakers(text)[0] == "Ali Saleh"


# ------------------------------------------------ leaving two places: one withdraw from each


def test_abandoning_two_towns_is_a_withdraw_from_each() -> None:
    text = "Militia fighters abandoned the towns of Asaba and Mizda on Tuesday."
    assert sorted(m[2] or "" for m in _origins(text)) == ["Asaba", "Mizda"]  # the text's spellings (round 65)


def test_pulling_out_of_two_towns_is_a_withdraw_from_each() -> None:
    text = "Zintani brigades pulled out of Gharyan and Mizda overnight."
    assert sorted(m[2] or "" for m in _origins(text)) == ["Gharyan", "Mizda"]


def test_leaving_one_town_for_another_is_still_one_move() -> None:
    text = "Zintani brigades pulled out of Gharyan to Mizda overnight."
    assert [(m[0], m[2]) for m in _origins(text)] == [("withdraw", "Gharyan")]


def _origins(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (m.kind.value, m.actor, m.origin.name if m.origin is not None else None)
        for m in PARSER.parse(text, published="2024-03-14").movements
    ]


# ------------------------------------ a demonym before aircraft or drones adds no actor (SCHEMA)


def test_a_demonym_before_aircraft_names_no_armed_forces() -> None:
    for text in (
        "Turkish drones circled over the port of Sirte on Friday.",
        "French jets struck a rebel column near the border on Sunday.",
        "Emirati warplanes were seen over Gharyan at dawn.",
    ):
        names = set(_mentions_of(text))
        assert not any("Forces" in n or "forces" in n or "military" in n for n in names), (text, names)


def test_a_demonym_before_troops_still_names_the_armed_forces() -> None:
    names = _mentions_of("Turkish troops arrived at Mitiga airport on Monday.")
    assert any("Turkish troops" in mentions for mentions in names.values())


# ---------------------------------------------- a body that moves itself travels, not deploys


def test_a_parliament_that_moves_to_a_city_travels() -> None:
    text = "The House of Representatives has moved to Tobruk, its speaker said on Monday."
    assert ("travel", "House of Representatives", "Tobruk") in _movements(text)


def test_a_government_sending_troops_still_deploys_them() -> None:
    text = "The Government of National Accord sent troops to Sirte on Monday."
    assert all(m[0] != "travel" for m in _movements(text))


# ------------------------------- "the alliance that calls itself X": the head noun stands for X


def test_a_group_named_in_a_relative_clause_is_the_one_that_captures() -> None:
    text = "The base, shelled for a month, fell on Tuesday to a coalition that calls itself Fajr Libya."
    assert [(m[0], m[1]) for m in _movements(text)] == [("capture", "Libya Dawn")]


def test_a_group_named_by_a_participle_is_the_one_that_captures() -> None:
    text = "A coalition calling itself Fajr Libya seized Mitiga airport on Tuesday."
    assert _movements(text) == [("capture", "Libya Dawn", "Mitiga International Airport")]


# ----------------------------------------------- "the oil crescent" in lower case is the region


def test_the_oil_crescent_in_lower_case_is_the_region() -> None:
    text = "The guards were driven out of the oil crescent by the LNA in September 2016."
    assert _movements(text) == [("capture", "Libyan National Army", "Oil Crescent")]


# ------------------------------------------- an unnamed single worker who speaks is a source


def test_an_unnamed_engineer_who_speaks_is_a_source() -> None:
    text = "Loading resumed at the Zawiya refinery on Friday, a refinery engineer said."
    assert _speakers(text) == ["refinery engineer"]


def test_an_unnamed_driver_who_speaks_is_a_source() -> None:
    text = "The coastal road was closed near Sirte on Monday, a truck driver said."
    assert _speakers(text) == ["truck driver"]


# --------------------------- "accused X of sending Y": X moves, not the accuser nor the sent


def test_the_accused_is_who_brings_in_the_fighters() -> None:
    text = "Tuareg elders accuse the LNA of bringing in fighters from Sabha."
    assert [(m[0], m[1]) for m in _movements(text)] == [("deploy", "Libyan National Army")]


def test_the_blamed_is_who_sends_the_mercenaries() -> None:
    text = "Officials in Tripoli blamed the Wagner Group for sending mercenaries to Sirte."
    assert [(m[0], m[2]) for m in _movements(text)] == [("deploy", "Sirte")]
    assert all(m[1] != "Tripoli" and "Official" not in (m[1] or "") for m in _movements(text))


# ------------------------------- armed people with no name storm and advance as a force does


def test_unnamed_gunmen_who_storm_a_hotel_capture_it() -> None:
    text = "Gunmen stormed the Corinthia hotel in Tripoli on Tuesday."
    assert [(m[0], m[1]) for m in _movements(text)] == [("capture", "Gunmen")]


def test_unnamed_residents_who_leave_still_withdraw() -> None:
    text = "Residents fled Sirte on Monday."
    assert _movements(text) == [("withdraw", "Residents", None)]


# ------------------------- an office after "as" is what someone becomes, not its holder acting


def test_an_office_after_as_names_no_holder() -> None:
    text = "On Monday the congress named Omar al-Hassi as prime minister and he flew to Misrata."
    names = set(_mentions_of(text))
    assert "Omar al-Hassi" in names
    assert not any("Thinni" in n or "Dbeibah" in n or "Sarraj" in n for n in names), names


def test_an_office_before_a_verb_still_names_its_holder() -> None:
    text = "The prime minister flew to Rome on Monday."
    parsed = PARSER.parse(text, published="2019-03-14")
    assert [m.actor for m in parsed.movements] == ["Fayez al-Sarraj"]


# -------------------------------------------------- "fanned out from X": forces advancing out


def test_forces_fanning_out_from_a_town_advance() -> None:
    text = "LNA units fanned out from Sabha on Monday."
    assert _movements(text) == [("advance", "Libyan National Army", None)]


# ------------------------------------------- "a local council member" is not the collective "locals"


def test_a_local_council_member_is_its_own_source() -> None:
    text = "Power was restored in Ubari on Monday, a local council member said."
    assert _speakers(text) == ["local council member"]


def test_locals_who_speak_are_still_locals() -> None:
    assert _speakers("Locals said the road to Ubari was open.") == ["Locals"]
