"""Movement classes of round 35: unnamed convoys as movers.

A convoy, a column or a plural of road vehicles ("dozens of armed vehicles", "convoys of water
tankers") that moves with no owner named in its phrase, no possessive and no "the" that points
back is read by what the story told before it:

* an armed convoy after an armed side was told moving (within reach, in its entry) is that side;
* where a government or a country moved last, or a side is named in reach but told moving by
  no one, the convoy stays unresolved (no guessed actor);
* where no side is named in reach, the convoy is an actor of its own, named by its words: an
  armed group when "armed", "armoured", "military" or of tanks, else a collective.

A convoy said to carry people ("trucks packed with families") leaves the move to the people;
conjoined vehicles inside one convoy phrase make one actor; a capitalised word in the phrase
("Zintani vehicles", "Dawn columns") names an owner, so the convoy is not its own actor; plural
"tanks" alone (often told standing, "tanks took up positions") is no convoy.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2022-06-01"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


def _actors(text: str) -> set[str | None]:
    return {actor for _kind, actor, _origin, _dest in _quads(text)}


# --- a convoy with no side named is its own mover -------------------------------------------


def test_armed_vehicles_with_no_side_named_move_as_themselves() -> None:
    quads = _quads("Witnesses said dozens of armed vehicles rolled into Ain Zara late on Friday.")
    assert any(actor == "dozens of armed vehicles" and dest == "Ain Zara" for _k, actor, _o, dest in quads)


def test_armed_convoys_move_toward_a_town() -> None:
    quads = _quads("Armed convoys moved toward Sirte on Thursday night, residents said.")
    assert any(actor == "Armed convoys" and dest == "Sirte" for _k, actor, _o, dest in quads)


def test_an_unarmed_convoy_is_a_collective_named_by_its_words() -> None:
    article = PARSER.parse("Convoys of water tankers left Sabha at dawn on Monday.", published=PUBLISHED)
    movers = [m for m in article.movements if m.actor == "Convoys of water tankers"]
    assert movers
    assert movers[0].origin is not None
    assert movers[0].origin.name == "Sabha"
    actor = next(a for a in article.actors if a.name == "Convoys of water tankers")
    assert actor.kind.value == "collective"


def test_the_clause_on_the_vehicles_moves_the_convoy() -> None:
    text = "A convoy of about thirty armed vehicles that left Misrata on Sunday was stopped at a checkpoint."
    quads = _quads(text)
    assert any(
        actor == "convoy of about thirty armed vehicles" and origin == "Misrata"
        for _k, actor, origin, _d in quads
    )


def test_conjoined_vehicles_are_one_convoy() -> None:
    actors = _actors("Convoys of fuel tankers and covered lorries left Jufra in late May.")
    assert actors == {"Convoys of fuel tankers"}


# --- a convoy after an armed side's move is that side's -------------------------------------


def test_armed_column_after_a_side_moved_is_that_side() -> None:
    text = (
        "LNA forces pushed towards Sirte on Monday. "
        "A column of armoured vehicles was seen moving into Jufra on Tuesday."
    )
    quads = _quads(text)
    assert any(actor == "Libyan National Army" and dest == "Jufra" for _k, actor, _o, dest in quads)
    assert not any(actor and "column" in actor for _k, actor, _o, _d in quads)


def test_military_convoys_conjoined_with_tanks_are_the_side_told_moving() -> None:
    text = (
        "The Libyan National Army advanced on Brega on Monday. "
        "A shepherd told us tanks and armed convoys had been seen heading west towards Sirte."
    )
    quads = _quads(text)
    assert any(actor == "Libyan National Army" and dest == "Sirte" for _k, actor, _o, dest in quads)


# --- where the convoy stays unresolved or is not the mover ----------------------------------


def test_unarmed_convoy_after_a_government_moved_stays_unresolved() -> None:
    text = (
        "The Government of National Unity moved its ministers to Misrata on Sunday. "
        "A convoy of trucks left Misrata on Monday."
    )
    assert not any(actor and "convoy" in actor.lower() for actor in _actors(text))


def test_convoy_in_an_article_that_names_a_side_stays_unresolved() -> None:
    text = (
        "The Government of National Accord has been preparing for weeks. "
        "An armed convoy of about 100 vehicles left Misrata on Saturday."
    )
    assert not any(actor and "convoy" in actor.lower() for actor in _actors(text))


def test_trucks_packed_with_people_leave_the_move_to_the_people() -> None:
    actors = _actors("Trucks packed with displaced families arrived in Ghat on Sunday.")
    assert "Trucks" not in actors


def test_a_demonym_in_the_phrase_names_an_owner() -> None:
    actors = _actors("Columns of Misratan vehicles were seen moving south toward Bani Walid on Friday.")
    assert not any(actor and "vehicles" in actor for actor in actors)


def test_tanks_taking_positions_are_no_convoy() -> None:
    assert _quads("At least ten tanks had taken up positions around the square by noon.") == []
