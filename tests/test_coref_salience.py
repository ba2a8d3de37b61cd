"""Which side a pronoun or a description stands for when two sides are in reach: the side
that was just told moving, not the one it met; a description named once keeps its name.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_triples

from libya_events import Parser

PARSER = Parser()


def _movements(text: str) -> list[tuple[str, str | None, str | None]]:
    return movement_triples(PARSER, text, "2015-06-01")


# ------------------------------------ "they" after a move: the mover, not the side it met


def test_they_after_a_move_past_the_other_side_is_the_mover() -> None:
    text = (
        "Libya Dawn, which had shelled Islamic State fighters for weeks, advanced toward Sirte "
        "on Monday. They captured the port of Sirte on Tuesday."
    )
    found = _movements(text)
    # the port is a place of its own since the gazetteer has the Port of Sirte
    assert ("capture", "Libya Dawn", "Port of Sirte") in found, found
    assert not any(kind == "capture" and actor == "Islamic State" for kind, actor, _place in found), found


def test_they_after_a_move_toward_where_the_other_side_waits_is_the_mover() -> None:
    text = (
        "Libya Dawn advanced toward Sirte, where Islamic State fighters were dug in. "
        "They captured the port of Sirte on Tuesday."
    )
    found = _movements(text)
    # the port is a place of its own since the gazetteer has the Port of Sirte
    assert ("capture", "Libya Dawn", "Port of Sirte") in found, found
    assert not any(kind == "capture" and actor == "Islamic State" for kind, actor, _place in found), found


def test_they_after_the_other_side_moves_last_stays_with_that_side() -> None:
    text = (
        "Libya Dawn advanced toward Sirte on Monday. Islamic State fighters fell back into "
        "the old town. They shelled the port of Sirte on Tuesday, then entered Misrata."
    )
    found = _movements(text)
    assert ("capture", "Libya Dawn", "Misrata") not in found, found


def test_they_with_no_move_since_the_nearest_side_stays_with_the_nearest() -> None:
    text = (
        "Libya Dawn advanced toward Sirte on Monday. Officials in Tripoli said Islamic State "
        "fighters were still in the old town. They entered Misrata on Tuesday."
    )
    found = _movements(text)
    assert ("advance", "Libya Dawn", "Misrata") not in found, found
    assert ("capture", "Libya Dawn", "Misrata") not in found, found


# ------------------------------ "the brigades, known as X": X whichever way it was first read


def test_a_description_named_in_apposition_keeps_the_name_later() -> None:
    text = (
        "The push began in April, when the brigades, known together as Libya Dawn, overran "
        "the airport. Islamic State fighters fell back into the old town. "
        "The campaign went on in May, when the brigades advanced toward Sirte."
    )
    found = _movements(text)
    assert ("advance", "Libya Dawn", "Sirte") in found, found
    assert ("advance", "Islamic State", "Sirte") not in found, found


# ------------------------------------ "he told" after a person is told moving: that person


def _speakers(text: str) -> dict[str, str | None]:
    article = PARSER.parse(text, published="2015-06-01")
    return {s.text: s.speaker for s in article.statements}


def test_he_after_a_person_is_told_moving_is_that_person_not_the_older_topic() -> None:
    text = (
        "Khalifa Haftar said on Sunday that the army would not stop.\n\n"
        "The clashes resumed a day after Aguila Saleh, whom the rebels had said they were "
        "watching, drove from Tobruk to Benghazi late on Monday. "
        '"The road is open," he told reporters waiting there.'
    )
    assert _speakers(text).get("The road is open") == "Aguila Saleh", _speakers(text)


def test_he_with_no_person_moving_since_the_topic_stays_with_the_topic() -> None:
    text = (
        "Khalifa Haftar said on Sunday that the army would not stop.\n\n"
        "Aguila Saleh's office in Tobruk was closed on Monday. "
        '"The road is open," he told reporters.'
    )
    assert _speakers(text).get("The road is open") == "Khalifa Haftar", _speakers(text)


# ------------------ "the convoy" going forward: the side told advancing, not the one that left


def test_a_bare_convoy_going_forward_is_the_side_told_advancing() -> None:
    text = (
        "Government fighters pushed east toward Sirte on Monday after Islamic State militants "
        "withdrew from positions near Abu Grein.\n\n"
        "The convoy of about sixty vehicles left Misrata at dawn and reached the outskirts of Sirte."
    )
    found = _movements(text)
    assert any(
        kind == "advance" and dest == "Sirte" and actor != "Islamic State" for kind, actor, dest in found
    )
    assert not any(actor == "Islamic State" and dest == "Sirte" for _, actor, dest in found), found


def test_a_bare_column_entering_a_town_is_the_side_told_advancing() -> None:
    text = (
        "Rebel fighters advanced on Brega on Sunday after Gaddafi loyalists pulled back from the "
        "oil terminal.\n\nThe column then entered Ajdabiya."
    )
    found = _movements(text)
    assert ("capture", "Libyan rebels", "Ajdabiya") in found, found
    assert ("capture", "Gaddafi loyalists", "Ajdabiya") not in found, found


def test_a_bare_column_pulling_back_stays_with_the_side_named_last() -> None:
    text = (
        "Rebel fighters advanced on Brega on Sunday after Gaddafi loyalists pulled back from the "
        "oil terminal.\n\nThe column then withdrew to Ajdabiya."
    )
    found = _movements(text)
    assert ("withdraw", "Gaddafi loyalists", "Ajdabiya") in found, found


def test_an_owned_column_keeps_its_owner() -> None:
    text = (
        "Rebel fighters advanced on Brega on Sunday after Gaddafi loyalists pulled back from the "
        "oil terminal.\n\nThe loyalist column then entered Ajdabiya."
    )
    found = _movements(text)
    assert not any(actor == "Libyan rebels" and dest == "Ajdabiya" for _, actor, dest in found), found
