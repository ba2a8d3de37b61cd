"""Round 41a: an organisation's name that opens with its head noun.

"Shelter Without Borders, a charity working in Libya, said ...": the recogniser reads the whole
name as an organisation, but its syntactic head is its first word, not its last ("Borders" is
the object of "Without"). An unknown organisation's name is proposed when the name acts (its
head is a verb's subject or an apposition), so the head is found where it opens the name and a
preposition follows (``_name_root`` in ``extraction._proposals``). A name whose last word is its
head ("the Libyan Red Crescent") is read as before, and a name that is only a verb's object
still proposes nothing on its own. A capitalised word that joins an organisation's name in
title case ("Without", "Sans", "Beyond": ``ORG_NAME_LINKS`` in ``extraction._mentions``) never
stands in a person's name, so "Teachers Without Borders says" guesses no person.
"""

from __future__ import annotations

from libya_events import parse_article


def _actors(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind.value) for a in parse_article(text, published="2022-04-21").actors]


def _speakers(text: str) -> list[str]:
    return [s.speaker or "" for s in parse_article(text, published="2022-04-21").statements]


def test_head_first_name_as_subject_is_an_organisation() -> None:
    text = "Pharmacists Without Frontiers said on Tuesday that its stocks in Sabha had run out."
    assert ("Pharmacists Without Frontiers", "organization") in _actors(text)
    assert _speakers(text) == ["Pharmacists Without Frontiers"]


def test_head_first_name_in_apposition_is_an_organisation() -> None:
    text = (
        "Shelter Without Borders, a charity that runs clinics in western Libya, is worried by "
        "the transfers. Shelter Without Borders urged the authorities to publish the lists."
    )
    assert ("Shelter Without Borders", "organization") in _actors(text)


def test_a_name_joined_by_without_before_said_is_no_person() -> None:
    text = "Shelter Without Borders said the detainees had been moved to Zuwara overnight."
    assert ("Shelter Without Borders", "organization") in _actors(text)
    assert _speakers(text) == ["Shelter Without Borders"]
    text = "Teachers Without Borders says schools in Sirte reopened on Sunday."
    assert ("Teachers Without Borders", "organization") in _actors(text)


def test_a_person_before_said_stays_a_person() -> None:
    text = "Salem Ben Ali said the camp near Zuwara had no running water."
    assert ("Salem Ben Ali", "person") in _actors(text)


def test_a_head_first_name_only_as_an_object_proposes_nothing() -> None:
    text = "An official in Tripoli told Shelter Without Borders that the camp would stay closed."
    assert all(name != "Shelter Without Borders" for name, _ in _actors(text))
