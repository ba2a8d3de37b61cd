"""Round 41: places the embedded gazetteer lacked, added as source-backed curated rows.

* Remada, the southern Tunisian town across the border from Wazin and Dehiba (point from
  Wikipedia's 32°19′N 10°24′E, beside OurAirports' Remada Air Base).
* The Abu Sitta naval base on the Tripoli shore (point: OpenStreetMap's Abu Sitta quarter).
* Augusta, the Sicilian naval port (Wikipedia's 37°15′N 15°13′E).

And one build rule: a site's head noun has interchangeable spellings (``SITE_HEAD_VARIANTS`` in
``scripts/build_gazetteer.py``): "the Ras Jedir crossing" is the "Ras Jedir border crossing",
"Tamenhint airbase" the "Tamenhint air base".
"""

from __future__ import annotations

import pytest
from _gazetteer_rows import assert_added_row
from _repo_scripts import load_script

from libya_events.extraction import Parser
from libya_events.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.mark.parametrize(
    ("name", "place_id", "country"),
    [
        ("Remada", "curated:remada", "TN"),
        ("Rémada", "curated:remada", "TN"),
        ("Abu Sitta naval base", "curated:abu-sitta-naval-base", "LY"),
        ("the Abu Sitta navy base", "curated:abu-sitta-naval-base", "LY"),
        ("Augusta", "curated:augusta-it", "IT"),
        ("Augusta, Sicily", "curated:augusta-it", "IT"),
    ],
)
def test_lookup_finds_the_added_row(gazetteer: Gazetteer, name: str, place_id: str, country: str) -> None:
    assert_added_row(gazetteer, name, place_id, country)


def test_the_base_lies_at_the_abu_sitta_quarter(gazetteer: Gazetteer) -> None:
    base = gazetteer.resolve("Abu Sitta naval base")
    quarter = gazetteer.resolve("Abu Sitta")
    assert quarter.id != base.id  # the quarter keeps its own row
    assert base.distance_km(quarter.lat, quarter.lon) < 1.0


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Volunteers drove the families to Remada on Tuesday.", "Remada"),
        (
            "An Italian frigate docked at the Abu Sitta naval base in Tripoli on Monday.",
            "Abu Sitta naval base",
        ),
        ("The supply ship sailed from the Sicilian port of Augusta on Sunday.", "Augusta"),
        ("The destroyer left Augusta for the Libyan coast at dawn.", "Augusta"),
    ],
)
def test_the_added_place_is_found_in_text(parser: Parser, text: str, place: str) -> None:
    assert place in {loc.name for loc in parser.parse(text).locations}


@pytest.mark.parametrize(
    ("text", "actor_word", "place"),
    [
        ("Hundreds of refugees from Nalut arrived in Remada on Friday.", "refugees", "Remada"),
        (
            "The prime minister and six ministers arrived at the Abu Sitta naval base by boat on Wednesday.",
            "ministers",
            "Abu Sitta naval base",
        ),
    ],
)
def test_movement_ends_at_the_added_place(parser: Parser, text: str, actor_word: str, place: str) -> None:
    ends = {
        (m.actor or "", m.destination.name if m.destination else None) for m in parser.parse(text).movements
    }
    assert any(actor_word in a.lower() and d == place for a, d in ends), ends


def test_a_hotel_named_ramada_is_not_the_tunisian_town(parser: Parser) -> None:
    result = parser.parse("The delegation met at the Ramada hotel in Tunis on Thursday.")
    assert all(loc.name != "Remada" for loc in result.locations)


# -- a site's head noun has interchangeable spellings ------------------------------------------


@pytest.mark.parametrize(
    ("name", "variants"),
    [
        ("Ras Jedir border crossing", ["Ras Jedir crossing"]),
        ("Dehiba crossing", ["Dehiba border crossing"]),
        ("Okba Ibn Nafa Air Base", ["Okba Ibn Nafa airbase"]),
        ("Brak airbase", ["Brak air base"]),
        ("Abusetta naval base", ["Abusetta navy base"]),
        ("Tekbali camp", []),
        ("Mitiga airport", []),
        ("Crossing", []),
    ],
)
def test_head_variants_of_a_site_name(name: str, variants: list[str]) -> None:
    build = load_script("scripts/build_gazetteer.py")
    assert build.head_variants(name) == variants


@pytest.mark.parametrize(
    ("text", "words", "site"),
    [
        (
            "Hundreds of lorries queued at the Ras Jedir crossing on Monday.",
            "Ras Jedir crossing",
            "Ras Ajdir border crossing",
        ),
        (
            "Travellers drove south to the Wazin-Dehiba crossing after the coast road closed.",
            "Wazin-Dehiba crossing",
            "Wazin-Dehiba border crossing",
        ),
        (
            "A cargo plane landed at Tamenhint airbase before dawn.",
            "Tamenhint airbase",
            "Tamanhint air base",
        ),
        (
            "Drones took off from the Okba Ibn Nafa airbase, the ministry said.",
            "Okba Ibn Nafa airbase",
            "al-Watiya air base",
        ),
    ],
)
def test_a_site_named_with_the_other_head_noun(parser: Parser, text: str, words: str, site: str) -> None:
    found = {m.text: loc.name for loc in parser.parse(text).locations for m in loc.mentions}
    assert found.get(words) == site, found


# -- a site named "Port of X" is found as a text writes it, "the port of X" ----------------------


@pytest.mark.parametrize(
    ("name", "lowered"),
    [
        ("Port of Tripoli", "port of Tripoli"),
        ("Harbour of Tobruk", "harbour of Tobruk"),
        ("port of Valencia", None),
        ("Tripoli port", None),
        ("Portofino", None),
    ],
)
def test_lower_lead_variant(name: str, lowered: str | None) -> None:
    build = load_script("scripts/build_gazetteer.py")
    assert build.lower_lead_variant(name) == lowered


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("The rescued migrants were put ashore at the port of Tripoli before dawn.", "Port of Tripoli"),
        ("A Turkish cargo ship unloaded armoured vehicles in the port of Misrata.", "Port of Misrata"),
        ("Dock workers at the port of Benghazi stopped loading for two days.", "Port of Benghazi"),
    ],
)
def test_the_port_of_a_town_in_lower_case(parser: Parser, text: str, site: str) -> None:
    assert site in {loc.name for loc in parser.parse(text).locations}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen closed the airport road in Sabha on Friday.",  # every town has an airport road
        "Fighters fired on cars on the airport road outside Benghazi.",
    ],
)
def test_an_all_lower_case_form_stays_a_phrase(parser: Parser, text: str) -> None:
    assert "Airport Road" not in {loc.name for loc in parser.parse(text).locations}
