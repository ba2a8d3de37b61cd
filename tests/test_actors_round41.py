"""Round 41: foreign governments named by their country, national bodies named "Centre", and
forces loyal to a government whose acronym follows in brackets.

Every sentence is written for these tests.
"""

from __future__ import annotations

from _actor_views import kinds as _kinds
from _actor_views import mentions as _mentions
from _actor_views import speakers as _speakers

from libya_events import Parser
from libya_events.model import ActorKind, Article, LocationKind

PARSER = Parser()


def _parse(text: str, published: str = "2021-09-14") -> Article:
    return PARSER.parse(text, published=published)


def _places(article: Article) -> dict[str, LocationKind]:
    return {place.name: place.kind for place in article.locations}


# ------------------------------------------------ "the government of Niger", "Chad's government"


def test_government_of_a_country_speaks() -> None:
    article = _parse("The government of Niger announced on Sunday that it would reopen the Agadez road.")
    assert _speakers(article) == ["Government of Niger"]
    assert _kinds(article)["Government of Niger"] is ActorKind.GOVERNMENT
    assert "Niger" in _places(article)  # the country is still a place


def test_country_possessive_government_speaks_apart_from_the_country() -> None:
    article = _parse("Algeria's government insisted that its troops would stay on its side of the frontier.")
    assert _speakers(article) == ["Government of Algeria"]
    assert _mentions(article, "Government of Algeria") == ["Algeria's government"]


def test_country_authorities_are_its_government() -> None:
    article = _parse("Chad's authorities said on Friday they had detained nine gunmen near the border.")
    assert _speakers(article) == ["Government of Chad"]


def test_government_of_a_country_inside_reported_speech_is_an_actor() -> None:
    article = _parse("Diplomats said the government of Sudan had withdrawn its ambassador.")
    assert "Government of Sudan" in _kinds(article)


def test_libya_and_a_leader_own_no_foreign_government() -> None:
    article = _parse("Libya's government said on Monday it would pay the salaries.")
    assert not any(name.startswith("Government of Libya") for name in _kinds(article))
    article = _parse("Dbeibah's government said on Monday it would pay the salaries.")
    assert not any(name.startswith("Government of D") for name in _kinds(article))


# ------------------------------------------------ "forces loyal to the Government of X (GX)"


def test_loyal_forces_end_before_the_bracketed_acronym() -> None:
    article = _parse("Units loyal to the Government of National Unity (GNU) pushed towards Sirte on Monday.")
    forces = _mentions(article, "Government of National Unity forces")
    assert forces == ["Units loyal to the Government of National Unity"]
    assert "(" not in "".join(m.text for a in article.actors for m in a.mentions)


def test_loyal_troops_of_the_accord_government_keep_their_name_whole() -> None:
    article = _parse("Troops loyal to the Government of National Accord (GNA) entered Gharyan on Friday.")
    assert _mentions(article, "Government of National Accord forces") == [
        "Troops loyal to the Government of National Accord"
    ]
    assert "GNA" in _mentions(article, "Government of National Accord")


def test_loyal_forces_with_a_bare_acronym_are_unchanged() -> None:
    article = _parse("Fighters loyal to the GNU entered Sirte on Tuesday.")
    assert _mentions(article, "Government of National Unity forces") == ["Fighters loyal to the GNU"]


# ------------------------------------------------ "the Libyan Mine Action Centre": a body, not a site


def test_national_centre_with_acronym_is_an_organisation_not_a_site() -> None:
    article = _parse(
        "The Libyan Mine Action Centre (LibMAC) said its teams had cleared 80 shells in Ain Zara."
    )
    assert _speakers(article) == ["Libyan Mine Action Centre"]
    assert "Mine Action Centre" not in _places(article)


def test_national_centre_as_an_object_is_an_organisation() -> None:
    article = _parse("Deminers from the Libyan Mine Action Centre worked in Salah al-Din for a month.")
    assert _kinds(article).get("Libyan Mine Action Centre") is ActorKind.ORGANIZATION
    assert not any(kind is LocationKind.SITE for kind in _places(article).values())


def test_foreign_national_center_speaks() -> None:
    article = _parse("The Tunisian Migration Center said 150 people had crossed at Ras Jdir.")
    assert "Tunisian Migration Center" in _speakers(article)


def test_centre_named_by_its_town_stays_a_site() -> None:
    article = _parse("Two migrants were hurt at the Tajoura Detention Centre on Saturday.")
    assert LocationKind.SITE in _places(article).values()
    assert not any(name.endswith("Centre") for name in _kinds(article))


# ------------------------------------------------ media named in the body: organisations, no places


def test_outlet_named_after_its_region_is_no_place() -> None:
    article = _parse("According to Fezzan News, gunmen burned a checkpoint near Ubari on Friday.")
    assert "Fezzan News" in _speakers(article)
    assert "Fezzan" not in _places(article)


def test_listener_outlet_ending_in_news_keeps_its_whole_name() -> None:
    article = _parse("A shopkeeper told Benghazi News on Monday that the market had reopened.")
    assert _kinds(article).get("Benghazi News") is ActorKind.ORGANIZATION
    assert "Benghazi" not in _kinds(article)
    assert "Benghazi" not in _places(article)


def test_listener_outlet_ending_in_news_after_told() -> None:
    article = _parse("Two drivers told Sabha News that the fuel queues stretched for a kilometre.")
    assert "Sabha News" in _kinds(article)


def test_outlet_named_times_reports() -> None:
    article = _parse("The port of Khoms was closed for a week, the Tripoli Times reported.")
    assert "Tripoli Times" in _speakers(article)
    assert "Tripoli" not in _places(article)


def test_a_day_after_a_broadcaster_is_still_no_part_of_its_name() -> None:
    article = _parse("Protesters gathered in Zawiya, the broadcaster Libya Alahrar Sunday said.")
    assert not any(name.endswith("Sunday") for name in _kinds(article))


# ------------------------------------------------ an organisation that clears sites captures nothing


def _movements(article: Article) -> list[tuple[str, str]]:
    return [(m.actor, m.kind.value) for m in article.movements]


def test_demining_body_clearing_sites_is_no_capture() -> None:
    article = _parse("The UN Mine Action Service cleared the road to Tarhuna in May.")
    assert _movements(article) == []


def test_national_demining_centre_clearing_sites_is_no_capture() -> None:
    article = _parse("The Libyan Mine Action Centre cleared 60 houses in Ain Zara last month.")
    assert _movements(article) == []


def test_troops_clearing_a_district_still_capture_it() -> None:
    article = _parse("LNA troops cleared the Ganfouda district in Benghazi on Saturday.")
    assert ("Libyan National Army", "capture") in _movements(article)
