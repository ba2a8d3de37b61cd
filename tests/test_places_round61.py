"""Round 61: a little-known place the text gives a place cue for is no person.

* "X lies 150 km south of Y", "X is located between Y and Z": the subject of a verb of lying
  with a bearing, a distance or a place preposition, or of "located"/"situated", is a place.
* "X was shelled overnight": the passive subject of a shelling verb is a place.
* "residents of X said": the name after a dweller noun and "of" is the place they live in, never
  a person who speaks.

Each such name the gazetteer lacks is recorded as unresolved, whole, never a guessed person.
A person's name by a verb of lying with no place cue ("X lies about his past") stays a person.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events.extraction import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Umm Tahrat lies some 90 km west of Sabha, on the desert road.", "Umm Tahrat"),
        ("Umm Tahrat lies between Hun and Waddan, a local official said.", "Umm Tahrat"),
        ("Umm Tahrat is located about 40 km north of Ubari.", "Umm Tahrat"),
        ("Zawiyat Mahjoub was shelled overnight, a medic said.", "Zawiyat Mahjoub"),
        ("Residents of Umm Tahrat said gunmen had looted the clinic.", "Umm Tahrat"),
        ("Villagers of Bir Khadrawi said the convoy passed at dawn.", "Bir Khadrawi"),
    ],
)
def test_a_place_cued_name_is_an_unresolved_place(parser: Parser, text: str, village: str) -> None:
    article = parser.parse(text, published="2024-05-02")
    assert not any(village in [m.text for m in a.mentions] for a in article.actors)
    assert village in [m.text for m in article.unresolved]
    # whole: no shorter piece of the name is recorded beside it
    assert [m.text for m in article.unresolved if m.text in village] == [village]


@pytest.mark.parametrize(
    "text",
    [
        "Salem Bashir lies about his role in the clashes, a rival commander said.",
        "Salem Bashir was wounded overnight, a medic said.",
    ],
)
def test_a_person_by_a_verb_with_no_place_cue_stays_a_person(parser: Parser, text: str) -> None:
    article = parser.parse(text, published="2024-05-02")
    assert any(a.name == "Salem Bashir" for a in article.actors)
    assert "Salem Bashir" not in [m.text for m in article.unresolved]
