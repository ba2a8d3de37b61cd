"""Round 26: actors and speakers on text the rules were not tuned to.

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import Article

PARSER = Parser()


def _parse(text: str, published: str = "2021-03-02") -> Article:
    return PARSER.parse(text, published=published)


def _names(article: Article) -> set[str]:
    return {a.name.lower() for a in article.actors}


# ------------------------------- a ministry told only by its portfolio acts or is no actor


def test_ministry_only_receiving_is_no_actor() -> None:
    article = _parse(
        "The coast guard brought 90 migrants back to Zuwara on Friday. "
        "They were handed over to the interior ministry."
    )
    assert not any("ministry" in n for n in _names(article))


def test_ministry_only_as_a_preposition_object_is_no_actor() -> None:
    article = _parse(
        "The aid agency said it had reached an agreement with the health ministry "
        "on Tuesday to reopen two clinics in Sabha."
    )
    assert not any("ministry" in n for n in _names(article))


def test_ministry_that_speaks_is_an_actor() -> None:
    article = _parse("The interior ministry said on Sunday that the road to Gharyan was open again.")
    assert "interior ministry" in _names(article)
    assert [s.speaker for s in article.statements] == ["interior ministry"]


def test_ministry_that_acts_is_an_actor() -> None:
    article = _parse("The defence ministry sent two hundred troops to Sirte on Monday.")
    assert "defence ministry" in _names(article)


def test_ministry_with_its_country_stays_an_actor() -> None:
    article = _parse(
        "Elsewhere, talks continued in Tripoli with the Turkish defence ministry about training."
    )
    assert "turkish defence ministry" in _names(article)


# ------------------------------------------------ guards who act are a collective of their own


def test_guards_who_act_are_a_collective() -> None:
    article = _parse("After the air strike, guards opened the gates of the detention centre in Tajoura.")
    assert "guards" in _names(article)


def test_guards_who_flee_move() -> None:
    article = _parse("When the shelling reached the camp, the guards fled the centre in Qasr bin Ghashir.")
    assert "guards" in _names(article)
    assert [m.actor for m in article.movements] == ["guards"]


def test_guards_only_killed_are_no_actor() -> None:
    article = _parse("Gunmen stormed the checkpoint near Zawiya on Monday, killing four guards.")
    assert "guards" not in _names(article)


# --------------------- a mover resolved to its named owner does not make every such noun act


def test_owned_movers_do_not_make_killed_fighters_an_actor() -> None:
    article = _parse(
        "Medics in Benghazi said nine fighters had been killed in the shelling on Sunday. "
        "The Benghazi Revolutionaries Shura Council lost the port district on Monday. "
        "The council's fighters retreated towards the coast, a resident said."
    )
    assert "fighters" not in _names(article)
    assert [m.actor for m in article.movements] == ["Benghazi Revolutionaries Shura Council"]


def test_unowned_fighters_that_move_stay_an_actor() -> None:
    article = _parse(
        "Medics in Benghazi said nine fighters had been killed in the shelling on Sunday. "
        "The fighters retreated towards the coast, a resident said."
    )
    assert "fighters" in _names(article)
    assert [m.actor for m in article.movements] == ["fighters"]


# ------------------- a relative clause that only places or describes its noun is no acting


def test_families_who_remain_are_no_actor() -> None:
    article = _parse(
        "The commander said the militants were hiding among the families who remain in the old city of Sirte."
    )
    assert "families" not in _names(article)


def test_a_soldier_someone_was_is_no_actor() -> None:
    article = _parse(
        '"He was a soldier who obeyed every order," his brother said of the detained man in Misrata.'
    )
    assert "soldier" not in _names(article)


def test_families_who_fled_act() -> None:
    article = _parse("Aid workers met the families who fled Tawergha on Sunday.")
    assert "families" in _names(article)


# ----------------------------------------- a nationality ending in -ch opens a ministry's name


def test_french_ministry_keeps_its_nationality() -> None:
    article = _parse(
        "The French foreign ministry said on Friday that it was following events in Sabha closely."
    )
    assert "french foreign ministry" in _names(article)
    assert [s.speaker for s in article.statements] == ["French foreign ministry"]


# ------------- a bare plural with no article after one named side told by those words is it


def test_bare_fighters_after_one_side_of_fighters_are_that_side() -> None:
    article = _parse(
        "Rebel fighters pushed into Zlitan on Monday. Fighters at the front said the town would fall within days."
    )
    assert "fighters" not in _names(article)
    assert "libyan rebels" in _names(article)


def test_bare_fighters_alone_are_a_collective() -> None:
    article = _parse("Fighters at the front said the town of Zlitan would fall within days.")
    assert "fighters" in _names(article)


def test_bare_fighters_after_two_sides_stay_apart() -> None:
    article = _parse(
        "Rebel fighters and Tebu fighters clashed in Kufra on Monday. "
        "Fighters at the front said the town would fall within days."
    )
    assert "fighters" in _names(article)
    assert "tebu fighters" in _names(article)
