"""Genre round 19b: failure classes found on the blind genre articles genre-29..32
(a 2019 Murzuq feature, a 2025 Kufra border wire story, a May 2022 Bashagha-in-Tripoli wire
story, a 2019 Mediterranean migration explainer).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_triples

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2024-03-14"


def _movements(text: str) -> list[tuple[str, str | None, str | None]]:
    return movement_triples(PARSER, text, PUBLISHED)


def _actors(text: str) -> dict[str, set[str]]:
    return {a.name: {m.text for m in a.mentions} for a in PARSER.parse(text, published=PUBLISHED).actors}


def _places(text: str) -> set[str]:
    return {p.name for p in PARSER.parse(text, published=PUBLISHED).locations}


# ------------------------------- a title in apposition after a name is that person's, not the holder's


def test_a_title_apposed_to_a_named_person_is_not_its_current_holder() -> None:
    text = (
        "Fathi Bashagha, the prime minister chosen by the eastern parliament, left Tripoli on "
        "Tuesday.\n\nHis motorcade reached Sirte in the evening."
    )
    movers = {actor for _kind, actor, _dest in _movements(text)}
    assert movers == {"Fathi Bashagha"}
    assert "Abdul Hamid Dbeibah" not in _actors(text)


# ------------------------------------------------ "X's office said he ...": the pronoun is X


def test_a_pronoun_after_a_persons_office_is_that_person() -> None:
    text = (
        "Fathi Bashagha flew to Misrata on Monday. Abdul Hamid Dbeibah stayed in Tripoli.\n\n"
        "Bashagha's office said he would hold talks there. Photographs later showed him "
        "arriving in Sirte."
    )
    sirte = [actor for _kind, actor, dest in _movements(text) if dest == "Sirte"]
    assert sirte == ["Fathi Bashagha"]


# ------------------------------------------- "she" or "he" can be an unnamed single person


def test_she_can_be_an_unnamed_woman_rather_than_a_named_man() -> None:
    text = (
        "The mayor, Ali Saleh, spoke to reporters in Kufra on Sunday.\n\n"
        "A woman who came from Nyala said gunmen had looted her shop before she left."
    )
    leavers = [actor for kind, actor, _dest in _movements(text) if kind == "withdraw"]
    assert "Ali Saleh" not in leavers


def test_a_refugee_apposed_to_a_name_stays_that_person() -> None:
    text = (
        "Adam Yahya, a refugee who reached Kufra in May, said he had fled from El Fasher with his two sons."
    )
    movers = {actor for _kind, actor, _dest in _movements(text)}
    assert "Adam Yahya" in movers
    assert movers <= {"Adam Yahya"}


# ------------------------------------------------- "the capital of X" is not Tripoli


def test_the_capital_of_another_land_is_not_tripoli() -> None:
    text = "Families escaped from Nyala, the capital of South Darfur, in the spring."
    assert "Tripoli" not in _places(text)
    assert "Tripoli" in _places("Families fled the capital of Libya in the spring.")


# --------------------------------------------------- the national armies of Libya's neighbours


def test_a_neighbouring_countrys_army_is_an_armed_group() -> None:
    text = "The Chadian army pulled its troops back from the border on Friday."
    assert "Chadian army" in _actors(text)
    assert ("withdraw", "Chadian army", None) in _movements(text)
    assert "Sudanese Armed Forces" in _actors("The Sudanese army said it had retaken the town.")


# ------------------------------------------------- "X's allies", "his supporters": their own group


def test_a_groups_allies_are_not_the_group_itself() -> None:
    text = "The LNA's tribal allies were pushed out of Ubari in July."
    moves = _movements(text)
    assert ("withdraw", "allies of Libyan National Army", "Ubari") not in moves  # origin, not destination
    assert [actor for _kind, actor, _dest in moves] == ["allies of Libyan National Army"]


def test_a_persons_supporters_are_not_the_person() -> None:
    text = "Fathi Bashagha named his cabinet in March. His supporters gathered in Misrata in April."
    actors = _actors(text)
    assert actors["supporters of Fathi Bashagha"] == {"His supporters"}
    assert "His supporters" not in actors["Fathi Bashagha"]


def test_a_group_and_its_allies_make_no_new_group() -> None:
    text = "Ansar al-Sharia and its allies overran the camp on Friday. Their allies' base was shelled."
    assert not any(name.startswith("allies of") for name in _actors(text))


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in PARSER.parse(text, published=PUBLISHED).statements]


# ---------------------------------------------------- "taking part in" is no capture


def test_taking_part_in_an_attack_is_no_capture() -> None:
    text = "Officials accused the militia of taking part in the attack on the convoy."
    assert not [m for m in _movements(text) if m[0] == "capture"]
    assert ("capture", "Tebu fighters", "Murzuq") in _movements("Tebu fighters took part of Murzuq in July.")


# -------------------------------- a unit's bare name after its full name is the same unit


def test_a_units_name_without_its_head_word_is_that_unit() -> None:
    text = (
        "Officials praised the Subul al-Salam battalion on Monday. Subul al-Salam was deployed "
        "to the frontier last year."
    )
    actors = PARSER.parse(text, published=PUBLISHED).actors
    assert "Subul al-Salam" not in [a.name for a in actors]
    assert [m[:2] for m in _movements(text)] == [("deploy", "Subul al-Salam battalion")]


# --------------------------------------------------- "offered" a thing is not speech


def test_offering_a_thing_is_no_statement_but_offering_to_act_is() -> None:
    assert _speakers("Spain offered a berth in Valencia to the stranded ship.") == []
    assert _speakers("Italy offered to send doctors to Misrata.") == ["Italy"]


# ------------------------- a name set off by a comma inside a title's phrase speaks


def test_a_name_after_a_titles_prepositional_phrase_speaks() -> None:
    text = (
        '"Nobody sent back should be locked up," the UN refugee agency\'s envoy for the '
        "Mediterranean, Vincent Cochetel, told a news conference in Geneva."
    )
    assert _speakers(text) == ["Vincent Cochetel"]


# ------------------------------- a shared foreign name: the town in a country the text names


def test_a_shared_town_name_is_the_one_in_a_country_the_text_names() -> None:
    article = PARSER.parse("Spain let the rescue ship dock in Valencia on Sunday.", published=PUBLISHED)
    valencia = next(p for p in article.locations if p.name == "Valencia")
    assert valencia.point is not None
    assert valencia.point.lat > 35  # Spain, not Venezuela


def test_a_tripoli_seafront_district_is_a_place() -> None:
    text = "His convoy headed for Souq al-Thulatha shortly after midnight."
    assert "Souq al-Thulatha" in _places(text)
    assert "Souq al-Thulatha" not in _actors(text)


# ------------------------------------------------ steering a vessel somewhere is travel


def test_steering_a_ship_into_a_port_is_travel() -> None:
    text = "Early on Saturday the captain, Carola Rackete, steered her ship into the port of Lampedusa."
    assert ("travel", "Carola Rackete", "Lampedusa") in _movements(text)


# ----------------------------- "since February, when X entered": the "when" clause's date


def test_a_when_clause_on_a_since_date_happened_at_that_date() -> None:
    text = "Ubari has been divided since February, when LNA units entered the town."
    article = PARSER.parse(text, published="2019-08-07")
    dates = [m.date.iso for m in article.movements if m.date is not None]
    assert dates == ["2019-02"]
    later = PARSER.parse(
        "Ubari has been divided since 4 March, when LNA units entered the town.", published="2019-08-07"
    )
    assert [m.date.iso for m in later.movements if m.date is not None] == ["2019-03-04"]
