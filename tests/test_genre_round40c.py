"""Round 40c: a known person's surname in the text's spelling; escaping by a route; owned ships.

1. A person the knowledge base knows, introduced under one of its other spellings ("Ali Kanna"
   for the entry "Ali Kana", "Mahmoud Jabril" for "Mahmoud Jibril"), is later named by that
   spelling's last word alone ("Kanna flew ..."): the surname names the same person, as the
   entry's own surnames do (``_alias_spelling`` in ``extraction._pipeline``). The given names
   alone ("Saif al-Islam") and a form ending in a title word give no surname.
2. "escape through" and "escape out" are withdrawals with no place named, like "slip out"
   ("escaped through a rear gate", and so "forcing lawmakers to escape through a rear gate");
   a bare "escaped" still needs a place ("escaped an assassination attempt" is no movement).
   Rows of ``data/movement_verbs.tsv``.
3. A ship or an aircraft whose owner its own phrase names ("an Italian navy patrol boat sailed
   into X", "an Egyptian navy warship sailed into Y") moves as its owner's deployment (SCHEMA: equipment
   sent is deployed by its owner), as with a nationality word ("a Turkish frigate sailed") before;
   a force's road vehicles ("LNA vehicles entered X") still move as the force (``OWNER_SENT_SORTS``
   in ``extraction._movements``).
4. "The LNA's local allies, the Kaniyat militia, retreated": an "allies" phrase whose apposition
   opens with an actor already found describes that actor; it is no following of its own
   (``_allies_named_after`` in ``extraction._mentions``), and the mover is the group the
   apposition names, not the owner inside the phrase (``_named_in_apposition``).
"""

from __future__ import annotations

from libya_events import parse_article


def _moves(text: str, published: str = "2019-02-13") -> list[tuple[str | None, str, str | None]]:
    article = parse_article(text, published=published)
    return [
        (m.actor, m.kind.value, m.destination.name if m.destination is not None else None)
        for m in article.movements
    ]


def _mentions(text: str, name: str) -> list[str]:
    article = parse_article(text, published="2019-02-13")
    actor = next(a for a in article.actors if a.name == name)
    return [m.text for m in actor.mentions]


def test_the_alias_spelling_surname_names_the_known_person() -> None:
    text = "The council named Ali Kanna commander of the south. Kanna flew from Tripoli to Ghat on Saturday."
    assert ("Ali Kana", "travel", "Ghat") in _moves(text)


def test_the_alias_surname_counts_as_a_mention() -> None:
    text = "Mahmoud Jabril met the envoy in Benghazi. Jabril said later that the talks had failed."
    assert "Jabril" in _mentions(text, "Mahmoud Jibril")


def test_the_alias_surname_moves_as_a_subject_of_a_later_sentence() -> None:
    text = "The oil chief, Mustafa Sanalah, was in London last week. Sanalah returned to Tripoli on Monday."
    assert ("Mustafa Sanalla", "travel", "Tripoli") in _moves(text)


def test_given_names_alone_give_no_surname() -> None:
    text = "Saif al-Islam was seen in Zintan. Islam was the theme of the sermon in Misrata on Friday."
    assert _mentions(text, "Saif al-Islam Gaddafi") == ["Saif al-Islam"]


def test_a_group_forced_to_escape_withdraws() -> None:
    text = "Gunmen stormed the congress on Sunday, forcing lawmakers to escape through a rear gate."
    assert ("lawmakers", "withdraw", None) in _moves(text, "2014-05-19")


def test_escaping_through_a_gate_withdraws() -> None:
    text = "Several deputies escaped through the back door of the hotel on Sunday."
    assert [m[:2] for m in _moves(text, "2014-05-19")] == [("deputies", "withdraw")]


def test_escaping_out_of_a_place_is_a_withdrawal() -> None:
    text = "Dozens of prisoners escaped out of the jail in Zawiya on Sunday."
    assert [m[:2] for m in _moves(text, "2014-05-19")] == [("prisoners", "withdraw")]


def test_escaping_an_attack_is_no_movement() -> None:
    text = "The minister escaped an assassination attempt in Tripoli on Sunday."
    assert _moves(text, "2014-05-19") == []


def test_a_navy_boat_sailing_in_is_the_navy_deploying() -> None:
    text = "An Italian navy patrol boat sailed into Tripoli on Wednesday."
    assert _moves(text, "2017-08-03") == [("Italian navy", "deploy", "Tripoli")]


def test_a_navy_warship_sailing_to_a_port_is_a_deployment() -> None:
    text = "An Egyptian navy warship sailed into Tobruk on Monday."
    assert _moves(text, "2020-05-20") == [("Egyptian navy", "deploy", "Tobruk")]


def test_an_agency_ship_docking_is_a_deployment() -> None:
    text = "A ship chartered by the International Organization for Migration docked in Benghazi on Thursday."
    assert [m[:2] for m in _moves(text, "2011-05-05")] == [
        ("International Organization for Migration", "deploy")
    ]


def test_a_force_s_road_vehicles_move_as_the_force() -> None:
    text = "LNA vehicles entered Sirte on Monday."
    assert _moves(text, "2020-01-08") == [("Libyan National Army", "capture", "Sirte")]


def test_allies_named_in_apposition_are_that_group() -> None:
    text = "The LNA's local allies, the Kaniyat militia, retreated south toward Bani Walid on Friday."
    article = parse_article(text, published="2020-07-16")
    assert [(m.actor, m.kind.value) for m in article.movements] == [("Kaniyat", "withdraw")]
    assert not any(a.name.startswith("allies") for a in article.actors)


def test_a_leader_s_allies_in_apposition_move_not_the_leader() -> None:
    text = "Haftar's allies, the Kaniyat, withdrew from Tarhuna on Friday."
    assert [m[:2] for m in _moves(text, "2020-06-08")] == [("Kaniyat", "withdraw")]


def test_allies_with_no_apposition_stay_a_following() -> None:
    text = "The LNA's allies withdrew from Tarhuna on Friday."
    assert [m[:2] for m in _moves(text, "2020-06-08")] == [("allies of Libyan National Army", "withdraw")]
