"""Round 39b: an unnamed source introduced with the body it belongs to.

"A Third Force officer said", "a Red Crescent official told reporters": the speaker is an
unnamed source (a collective named "Third Force officer"), as "an LNA officer" already was,
not the body itself and not a bare "official". The body's name may be one to three capitalised
words (``_NAMED_SOURCE_OWNER`` in ``extraction._mentions``). When a person's name follows in
apposition ("a Third Force commander, Jamal al-Treiki, said") the speaker is that person and the
body stays an actor of its own.
"""

from __future__ import annotations

from libya_events import parse_article


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in parse_article(text).statements]


def _actors(text: str) -> dict[str, str]:
    return {a.name: str(a.kind) for a in parse_article(text).actors}


def test_a_group_officer_is_an_unnamed_source_not_the_group() -> None:
    text = 'A Third Force officer said his unit was leaving. "We are going home," he said.'
    assert _speakers(text) == ["Third Force officer", "Third Force officer"]
    assert _actors(text).get("Third Force officer") == "collective"


def test_an_aid_body_official_keeps_the_body_in_the_name() -> None:
    text = "A Red Crescent official said 40 families had reached Sirte on Sunday."
    assert _speakers(text) == ["Red Crescent official"]


def test_a_two_word_militia_spokesman() -> None:
    text = "A Libya Dawn spokesman told reporters the airport was under their control."
    assert _speakers(text) == ["Libya Dawn spokesman"]


def test_a_named_commander_in_apposition_stays_a_person() -> None:
    text = "A Third Force commander, Jamal al-Treiki, said the unit had left Sabha."
    actors = _actors(text)
    assert _speakers(text) == ["Jamal al-Treiki"]
    assert actors.get("Third Force") == "armed_group"
    assert "Third Force commander" not in actors
