"""Where movements come from (round 49).

- "left the country", "withdrew its soldiers from the country", "families have left the
  mountains": a definite "the country" or "the mountains" is the country or the range named
  last before it (``_pipeline._HEAD_FEATURES``), a place left like a named one.
- "the country's largest": a possessive "the country's" only qualifies another noun and names no
  place of the event (``_pipeline._MODIFIER_POSSESSIVE_HEADS``).
- "withdrew from their positions outside X", "pulled back from a camp near X", "pulled out of
  their barracks in X": the place that locates a base left (``_movements.BASE_PLACING_PREPS``),
  even where the parser hangs it on the verb or splits "out of", is the origin, never a goal.
- "told reporters at a hotel in X that his men had left the city": a place named only as the
  venue of a report (``_pipeline._SEAT_ONLY``) is no antecedent of "the city" or "the town".
- "pushed beyond X", "advanced 10 km beyond X": an advance went on past X, so X is where it set
  out from (``_movements.PASSED_BEYOND_PREPS``), not a place reached; a flight "beyond X" is no
  advance and is left alone.
- "X's residents fled", "the town's residents fled north": the place that owns the people who
  flee (``_movements.HOME_POSSESSORS``) is where they left, as "residents of X" is.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2022-09-01"


def _origins(text: str) -> list[str | None]:
    return [origin for _kind, _actor, origin, _to in movement_quads(PARSER, text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "France kept troops in Mali for nine years. It withdrew its last soldiers from the country in August.",
            "Mali",
        ),
        (
            "Fighting spread through the Nafusa Mountains in June. Hundreds of families have left the mountains"
            " since then.",
            "Nafusa Mountains",
        ),
        (
            "Chad closed its border with Libya in March. Weeks later the last Chadian rebels left the country"
            " for Niger.",
            "Libya",
        ),
    ],
)
def test_a_definite_country_or_range_left_is_the_one_named_before(text: str, origin: str) -> None:
    assert origin in _origins(text)


def test_the_country_is_a_mention_of_the_country_named_before() -> None:
    article = PARSER.parse(
        "Egypt hosted the talks in May. The delegations left the country a day later.", published=PUBLISHED
    )
    egypt = next(loc for loc in article.locations if loc.name == "Egypt")
    assert "the country" in [m.text for m in egypt.mentions]


def test_the_countrys_possessive_names_no_place_taken() -> None:
    """ "the Sharara field, the country's largest": one place seized, not the country too."""
    quads = movement_quads(
        PARSER, "The LNA seized the Sharara oil field, the country's largest, on Monday.", PUBLISHED
    )
    assert [dest for _kind, _actor, _origin, dest in quads] == ["El Sharara"]


def test_no_range_named_before_gives_no_place() -> None:
    """ "fled into the mountains" with no range named: no place, not a guessed one."""
    assert _origins("Fighters from Zintan fled into the mountains on Monday.") == [None]


def _ends(text: str) -> list[tuple[str | None, str | None]]:
    return [(origin, dest) for _kind, _actor, origin, dest in movement_quads(PARSER, text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("LNA units withdrew from their positions outside Sirte on Monday.", "Sirte"),
        ("LNA units pulled back from a camp near Sirte on Monday.", "Sirte"),
        ("LNA fighters pulled out of their barracks in Zawiya on Monday.", "Zawiya"),
        ("The LNA pulled back from its positions outside Sirte to Jufra on Monday.", "Sirte"),
    ],
)
def test_the_place_of_a_base_left_is_the_origin(text: str, origin: str) -> None:
    ends = _ends(text)
    assert [o for o, _d in ends] == [origin]
    assert origin not in [d for _o, d in ends]


def test_a_camp_reached_near_a_town_does_not_make_it_the_origin() -> None:
    """ "moved to a camp near X": X is not the place left."""
    assert "Sirte" not in [o for o, _d in _ends("LNA units withdrew to a camp near Sirte on Monday.")]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Sirte's residents fled on Monday.", "Sirte"),
        ("Sirte's residents fled to Misrata on Monday.", "Sirte"),
        ("Many of Ajdabiya's residents fled on Monday.", "Ajdabiya"),
        ("Fighting reached Gharyan on Sunday. The town's residents fled north on Monday.", "Gharyan"),
    ],
)
def test_the_place_owning_the_people_who_flee_is_left(text: str, origin: str) -> None:
    assert _origins(text)[-1] == origin


def test_a_return_home_leaves_no_home_possessor() -> None:
    """ "Tripoli's residents returned home": a return, whose home is where it goes, not the origin."""
    assert _origins("Tripoli's residents returned home on Monday.") == [None]


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "Shelling hit Gharyan on Monday. An LNA spokesman told reporters at the old town hall in Zintan"
            " that the brigade had left the town.",
            "withdraw",
            "Gharyan",
        ),
        (
            "Fighting reached Derna on Sunday. Haftar told reporters at an army base in Tobruk that his troops"
            " had entered the city.",
            "capture",
            "Derna",
        ),
    ],
)
def test_the_venue_of_a_report_is_no_antecedent_of_the_town(text: str, kind: str, place: str) -> None:
    quads = movement_quads(PARSER, text, PUBLISHED)
    assert [(o or d) for k, _actor, o, d in quads if k == kind] == [place]


def test_a_site_where_something_happened_is_still_the_town() -> None:
    """ "Rebels took over a youth centre in X. The LNA left the city": X, not a venue."""
    assert _origins(
        "Rebels took over a youth centre in Misrata on Sunday. The LNA left the city on Monday."
    ) == ["Misrata"]


@pytest.mark.parametrize(
    "text",
    [
        "GNA units pushed beyond Gharyan on Monday.",
        "Units of the GNA pushed 10 km beyond Gharyan.",
        "Government forces advanced beyond Gharyan on Monday.",
    ],
)
def test_an_advance_beyond_a_place_sets_out_from_it(text: str) -> None:
    quads = movement_quads(PARSER, text, PUBLISHED)
    assert [(k, o, d) for k, _actor, o, d in quads] == [("advance", "Gharyan", None)]


def test_a_flight_beyond_a_place_takes_no_origin_from_it() -> None:
    assert _origins("The families fled beyond Sirte on Monday.") == [None]
