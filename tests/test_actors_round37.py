"""Round 37: "his men" of a commander the knowledge base does not know moves as his side or his
forces, never as the commander himself.

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2016-06-10") -> Article:
    return PARSER.parse(text, published=published)


def _movers(article: Article) -> list[str]:
    return [m.actor for m in article.movements]


def _kinds(article: Article) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in article.actors}


# ------------------------------- the side told moving earlier in the paragraph


def test_titled_commanders_men_are_the_side_told_moving_before() -> None:
    article = _parse(
        "GNA fighters pushed toward Sirte on Monday. Commander Salem Fituri said his men had "
        "reached the western gate of Sirte by nightfall."
    )
    movers = _movers(article)
    assert "Salem Fituri" not in movers
    assert movers
    assert all(m == "Government of National Accord forces" for m in movers)


def test_surname_only_commanders_fighters_go_with_the_side_before() -> None:
    article = _parse(
        "Forces loyal to the GNA advanced on Tarhouna at dawn. Daw said his fighters had "
        "moved up to the edge of Tarhouna."
    )
    assert "Daw" not in _movers(article)
    assert "Government of National Accord forces" in _movers(article)


# ------------------------------- no side told: the commander's own forces, an armed group


def test_commanders_men_with_no_side_told_are_his_forces() -> None:
    article = _parse("Commander Hamid Zlitni said his men had advanced to the outskirts of Brega.")
    assert "Hamid Zlitni" not in _movers(article)
    assert "Zlitni's forces" in _movers(article)
    assert _kinds(article).get("Zlitni's forces") is ActorKind.ARMED_GROUP


def test_commanders_troops_that_take_a_town_are_his_forces() -> None:
    article = _parse("Field commander Nuri Gaddari told reporters his troops had captured Waddan overnight.")
    assert "Nuri Gaddari" not in _movers(article)
    assert "Gaddari's forces" in _movers(article)


def test_side_told_in_an_earlier_paragraph_does_not_lend_itself() -> None:
    article = _parse(
        "GNA fighters pushed toward Sirte on Monday.\n\n"
        "Commander Salem Fituri said his men had advanced to the outskirts of Brega."
    )
    brega = [
        m.actor for m in article.movements if m.destination is not None and m.destination.name == "Brega"
    ]
    assert brega
    assert "Government of National Accord forces" not in brega


# ------------------------------- near misses: what stays as it was


def test_brigade_in_the_apposition_stays_the_mover() -> None:
    article = _parse(
        "Colonel Faraj Obeidi, a commander of the 166th Brigade, said his men had advanced to Sirte."
    )
    assert _movers(article) == ["166th Brigade"]


def test_commander_who_travels_himself_stays_a_person() -> None:
    article = _parse("Commander Hamid Zlitni travelled to Misrata on Tuesday to meet tribal elders.")
    assert "Hamid Zlitni" in _movers(article)


def test_sides_named_but_none_moving_leave_the_commander_his_own_forces() -> None:
    # Which named side is his is unknown, but his men move, not he (round 74, SCHEMA): his own
    # forces, never the commander travelling and never a side merely named.
    article = _parse(
        "The LNA and the GNA traded artillery fire near Sirte on Sunday. Commander Hamid Zlitni "
        "said his men had advanced to the outskirts of Brega."
    )
    assert "Zlitni's forces" in _movers(article)
    assert "Hamid Zlitni" not in _movers(article)
