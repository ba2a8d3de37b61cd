"""Genre round 21b: failure classes found on the blind genre articles genre-45..48
(a 2011 Misrata siege story, a commander's obituary with a career timeline, a May 2020
al-Watiya air base story, a maritime story of embargo inspections and migrant boats).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_records

from libya_events import MovementKind, Parser

PARSER = Parser()
PUBLISHED = "2020-05-27"


def _records(text: str) -> list[tuple[MovementKind, str | None, str | None, str | None]]:
    return movement_records(PARSER, text, PUBLISHED)


def _locations(text: str) -> dict[str, tuple[float, float]]:
    article = PARSER.parse(text, published=PUBLISHED)
    return {loc.name: (loc.point.lat, loc.point.lon) for loc in article.locations if loc.point is not None}


# ------------------------------------- "slipped away toward X": the parse hangs "toward" on "away"


def test_slipping_away_toward_a_town_names_where_they_went() -> None:
    records = _records("The last militiamen slipped away toward Sirte after the battle.")
    assert records == [(MovementKind.WITHDRAW, "militiamen", "Sirte", None)]


def test_moving_away_from_a_town_still_names_where_they_left() -> None:
    records = _records("The militiamen slipped away from Sirte after the battle.")
    assert [(kind, dest, origin) for kind, _actor, dest, origin in records] == [
        (MovementKind.WITHDRAW, None, "Sirte")
    ]


# ---------------------------------------- a street named after another town lies where the story is


def test_a_street_named_after_another_town_lies_in_the_town_of_its_story() -> None:
    text = "MISRATA, Libya - Snipers held the towers along Tripoli Street for weeks."
    places = _locations(text)
    misrata = places["Misrata"]
    street = places["Tripoli Street"]
    assert abs(street[0] - misrata[0]) < 0.1
    assert abs(street[1] - misrata[1]) < 0.1
    assert "Tripoli" not in places


def test_the_city_after_a_street_name_is_not_the_town_the_street_is_named_after() -> None:
    text = (
        "MISRATA, Libya - Rebels cleared Tripoli Street on Friday. "
        "Loyalist troops had pushed into the city in March."
    )
    records = _records(text)
    assert [(kind, dest) for kind, _actor, dest, _origin in records if kind is MovementKind.ADVANCE] == [
        (MovementKind.ADVANCE, "Misrata")
    ]


# ------------------------------------------------------------ "the frigate Hamburg": a ship, not a port


def test_a_name_after_a_vessel_noun_is_no_place() -> None:
    places = _locations("Sailors from the frigate Hamburg searched a freighter north of Benghazi on Sunday.")
    assert "Hamburg" not in places
    assert "Benghazi" in places


def test_a_port_named_after_a_verb_of_sailing_is_still_a_place() -> None:
    places = _locations("The ferry sailed from Valletta to Tripoli on Sunday.")
    assert "Tripoli" in places


# ------------------------------------- 'called X "a verdict"': the quoted verdict is the statement


def _statements(text: str) -> list[tuple[str | None, bool, str]]:
    article = PARSER.parse(text, published=PUBLISHED)
    return [(s.speaker, s.direct, s.text) for s in article.statements]


def test_a_quoted_verdict_is_one_direct_statement() -> None:
    found = _statements('The minister called the ceasefire "a fragile first step".')
    assert [(direct, text) for _who, direct, text in found] == [(True, "a fragile first step")]


def test_an_unquoted_verdict_is_still_a_reported_statement() -> None:
    found = _statements("Ali Salem called the raid a crime against civilians.")
    assert [direct for _who, direct, _text in found] == [False]


def test_a_speech_after_a_quoted_verdict_is_its_own_statement() -> None:
    found = _statements(
        'Ali Salem called the truce "a trap" in a televised address, but said his men would respect it.'
    )
    assert sorted(direct for _who, direct, _text in found) == [False, True]
    assert any(text == "his men would respect it" for _who, _direct, text in found)


# ------------------------------------------------- "the district": the quarter of a town named before


def test_the_district_is_the_quarter_named_before_not_its_city() -> None:
    text = (
        "BENGHAZI - Saiqa fighters pushed into Ganfouda in January. "
        "They captured the district in March after weeks of shelling."
    )
    records = _records(text)
    assert [dest for kind, _actor, dest, _origin in records if kind is MovementKind.CAPTURE] == ["Ganfouda"]


def test_the_neighbourhood_names_the_quarter_too() -> None:
    places = PARSER.parse(
        "Gunmen swept into Abu Salim on Monday. By Tuesday the neighbourhood was quiet.", published=PUBLISHED
    ).locations
    quarter = [loc for loc in places if loc.name == "Abu Salim"]
    assert quarter
    assert "the neighbourhood" in [m.text for m in quarter[0].mentions]
