"""Round 30: places. Named districts the gazetteer lacks; same-name places chosen by the story."""

from __future__ import annotations

import pytest
from _repo_scripts import load_script

from libya_events.extraction import Parser
from libya_events.gazetteer import Gazetteer, haversine_km
from libya_events.model import Location, LocationKind


@pytest.fixture(scope="module")
def where() -> Parser:
    return Parser(events=False)


@pytest.fixture(scope="module")
def full() -> Parser:
    return Parser()


def _by_name(parser: Parser, text: str) -> dict[str, Location]:
    return {loc.name: loc for loc in parser.parse(text).locations}


def _near(loc: Location, town: str, km: float = 10.0) -> bool:
    place = Gazetteer.default().resolve(town)
    return haversine_km(loc.point.lat, loc.point.lon, place.lat, place.lon) <= km


# -- a named district the gazetteer lacks is a city-kind place at its town ----------------------


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Shells hit Benghazi overnight. Two houses burned in the city's Kuwaifiya district, "
            "a resident said.",
            "Kuwaifiya district",
            "Benghazi",
        ),
        (
            "Fighting resumed in Kufra on Monday, mostly around the Tadamun area near the market.",
            "Tadamun area",
            "Kufra",
        ),
        (
            "Militiamen set up roadblocks across Sirte, and families left the Zafran neighbourhood "
            "before dark.",
            "Zafran neighbourhood",
            "Sirte",
        ),
        (
            "Troops deployed in Derna after the floods. The city's Second District was sealed off.",
            "Second District",
            "Derna",
        ),
    ],
)
def test_named_district_lies_at_the_town_of_its_context(
    where: Parser, text: str, name: str, town: str
) -> None:
    found = _by_name(where, text)
    assert name in found, sorted(found)
    loc = found[name]
    assert loc.kind is LocationKind.CITY
    assert _near(loc, town)


def test_an_indefinite_area_of_a_people_is_no_place(where: Parser) -> None:
    text = "Clashes broke out in Kufra on Sunday, a Tebu elder said, speaking of a Tebu area of the town."
    assert not any(name.endswith("area") for name in _by_name(where, text))


def test_a_known_place_named_with_district_stays_that_place(where: Parser) -> None:
    found = _by_name(where, "Gunfire was heard in Tripoli and in the Abu Salim district on Friday.")
    assert "Abu Salim" in found
    assert not any("district" in name for name in found)


def test_a_district_spelt_another_way_is_not_taken_for_the_district_before(full: Parser) -> None:
    text = (
        "Jets struck the Maghar district in Derna at night. A commander died in a raid on the "
        "Sheeha district on Saturday."
    )
    found = _by_name(full, text)
    sheiha = next(loc for loc in found.values() if any(m.text == "Sheeha" for m in loc.mentions))
    assert sheiha.gazetteer_id == "curated:sheiha"


# -- of places sharing a name (or a name spelt alike), the one near the story's others ----------


@pytest.mark.parametrize(
    ("text", "surface", "town"),
    [
        (
            "Fighting spread from Qasr bin Ghashir to Al Sidrah and Suq al-Khamis on Tuesday.",
            "Al Sidrah",
            "Tripoli",
        ),
        ("Fighters from al-Bayda and Shahat reached al-Khadra on Friday.", "Khadra", "Al Bayda"),
        (
            "GNA forces took the Sabaa area, south of Tripoli, and pushed on toward Ain Zara.",
            "Sabaa",
            "Tripoli",
        ),
        ("Militias clashed in Sabaa on Monday, and the road to Tripoli was closed.", "Sabaa", "Tripoli"),
    ],
)
def test_a_shared_name_means_the_place_near_the_story(
    where: Parser, text: str, surface: str, town: str
) -> None:
    loc = next(loc for loc in where.parse(text).locations if any(surface in m.text for m in loc.mentions))
    assert _near(loc, town, 40.0), (loc.name, loc.gazetteer_id, loc.point)


def test_a_town_of_some_size_keeps_its_name_far_from_the_story(where: Parser) -> None:
    text = "Convoys from Sabha and Ubari met fighters from Zawiya at the Tamanhint base."
    loc = next(loc for loc in where.parse(text).locations if loc.name.startswith("Zawiy"))
    assert _near(loc, "Zawiya")


def test_the_first_reading_stays_when_the_story_is_around_it(where: Parser) -> None:
    text = "Guards at Al Sidrah said the port near Ras Lanuf was shut."
    loc = next(loc for loc in where.parse(text).locations if loc.name == "Al Sidrah")
    assert _near(loc, "Ras Lanuf", 20.0)


def test_lookalikes_read_a_first_short_vowel_loosely() -> None:
    g = Gazetteer.default()
    assert any(p.id == "osm:village:551" for p in g.lookalikes("Sabaa"))  # "Sebaa" in OpenStreetMap
    assert g.lookalikes("the") == ()
    assert all(p.country_code == "LY" for p in g.lookalikes("Zawiya"))


# -- an OpenStreetMap name joined to a qualifier also gives the place's own name ----------------


@pytest.mark.parametrize(
    ("name", "own"),
    [
        ("Bir Hamra -Wadi Sufajjin", "Bir Hamra"),
        ("Qasr Ahmad - Misrata", "Qasr Ahmad"),
        ("Ain Shams (old village)", "Ain Shams"),
        ("Wadi Kaam;Kaam", "Wadi Kaam"),
    ],
)
def test_a_qualified_osm_name_gives_its_own_name(name: str, own: str) -> None:
    build = load_script("scripts/build_gazetteer.py")
    assert build.own_names([name]) == [name, own]


@pytest.mark.parametrize("name", ["Bir al-Ghanam", "Ras Lanuf", "Sidi-Khalifa"])
def test_a_hyphenated_osm_name_is_no_qualified_name(name: str) -> None:
    build = load_script("scripts/build_gazetteer.py")
    assert build.own_names([name]) == [name]


def test_a_village_named_with_its_wadi_is_found_by_its_own_name(where: Parser) -> None:
    text = "The column came under fire near al-Qaddahiya, east of Misrata, and fell back to Tawergha."
    loc = next(loc for loc in where.parse(text).locations if loc.mentions[0].text == "al-Qaddahiya")
    assert haversine_km(loc.point.lat, loc.point.lon, 31.363, 15.241) < 2.0


# -- a named centre is a site; a town's "centre" and a body's name are not ----------------------


def _site_names(parser: Parser, text: str) -> set[str]:
    return {
        loc.name
        for loc in parser.parse(text).locations
        if loc.kind is LocationKind.SITE and (loc.gazetteer_id or "").startswith("text:")
    }


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("Guards moved forty men from Zawiya to the Bir Shuhada detention centre overnight.", None, "Zawiya"),
        (
            "In Misrata, the migrants were held at the Nour al-Huda centre for a week.",
            "Nour al-Huda centre",
            "Misrata",
        ),
        (
            "The wounded were flown from Sirte to the Jalaa center in Benghazi.",
            "Jalaa center",
            "Benghazi",
        ),
        (
            "Some 90 people were taken to the Qasr bin Ghashir detention centre on Friday.",
            "Qasr bin Ghashir detention centre",
            "Qasr bin Ghashir",
        ),
    ],
)
def test_a_named_centre_is_a_site_at_its_town(where: Parser, text: str, name: str | None, town: str) -> None:
    article = where.parse(text)
    sites = [
        loc
        for loc in article.locations
        if loc.kind is LocationKind.SITE and loc.name.lower().endswith(("centre", "center"))
    ]
    wanted = [loc for loc in sites if name is None or loc.name == name]
    assert wanted, [loc.name for loc in article.locations]
    assert _near(wanted[0], town, 15.0)


def test_a_towns_centre_is_no_site(where: Parser) -> None:
    assert (
        _site_names(where, "Shops in the Tajoura centre reopened on Sunday, residents of Tripoli said.")
        == set()
    )


def test_a_centre_inside_a_bodys_longer_name_is_no_site(where: Parser) -> None:
    text = "In Derna, the Field Medicine and Support Center said 40 people were missing."
    assert _site_names(where, text) == set()


def test_a_site_name_keeps_its_bin(where: Parser) -> None:
    text = "Gunmen stopped cars at the Bir bin Salem checkpoint outside Gharyan on Monday."
    assert _site_names(where, text) == {"Bir bin Salem checkpoint"}


# -- an Arabic street word before an article and a name is a street at its town -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Tripoli, gunmen closed Shari al-Nakheel before dawn.", "Shari al-Nakheel"),
        ("Protesters marched down Sharia al-Fatah in Benghazi on Friday.", "Sharia al-Fatah"),
    ],
)
def test_an_arabic_street_word_names_a_street(where: Parser, text: str, name: str) -> None:
    assert _site_names(where, text) == {name}


def test_the_sharia_of_a_groups_name_is_no_street(where: Parser) -> None:
    text = "In Derna, fighters of Ansar al-Sharia and the Sharia courts were driven out."
    assert _site_names(where, text) == set()


# -- "a Tripoli prison" describes, it names no site ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The commander died in a Misrata hospital in May, his family said.", "Misrata"),
        ("He was held for a year in a Zintan prison before his release.", "Zintan"),
        ("In Sabha, Tebu fighters overran a Tuareg checkpoint at dawn.", None),
    ],
)
def test_an_indefinite_facility_is_no_named_site(where: Parser, text: str, town: str | None) -> None:
    article = where.parse(text)
    assert not any(loc.kind is LocationKind.SITE for loc in article.locations)
    if town is not None:
        assert town in {loc.name for loc in article.locations}


def test_a_definite_facility_after_a_town_is_still_a_site(where: Parser) -> None:
    assert _site_names(where, "He was moved to the Zintan prison in March.") == {"Zintan prison"}


# -- Syrian towns the stories of fighters brought to Libya name ---------------------------------


@pytest.mark.parametrize("name", ["Idlib", "Raqqa", "Deir ez-Zor", "Hama"])
def test_syrian_towns_are_known(name: str) -> None:
    place = Gazetteer.default().resolve(name)
    assert place.country_code == "SY"


def test_syrian_fighters_town_is_a_location(where: Parser) -> None:
    text = "The recruits were flown from Idlib to Tripoli via Turkey in January."
    found = _by_name(where, text)
    assert "Idlib" in found
    assert found["Idlib"].country_code == "SY"


def test_the_russian_duma_is_no_place(where: Parser) -> None:
    assert Gazetteer.default().lookup("Duma") == ()
    text = "The Duma in Moscow debated the Libya mission on Tuesday."
    assert not any(loc.country_code == "SY" for loc in where.parse(text).locations)


# -- a spelling-variant match needs a name: no heading's prose, no compound adjective -----------


@pytest.mark.parametrize(
    "text",
    [
        "WHAT COMES NEXT - Analysts expect more fighting near Sirte.",
        "HOW IT FELL - The brigade entered Sirte at dawn.",
        "The Korean-flagged tanker left Sirte on Monday.",
    ],
)
def test_no_variant_place_from_a_heading_or_an_adjective(where: Parser, text: str) -> None:
    assert {loc.name for loc in where.parse(text).locations} == {"Sirte"}


def test_a_variant_spelling_in_a_dateline_in_capitals_is_still_found(where: Parser) -> None:
    text = "GHERYAN, Libya - Shelling resumed on Sunday, residents said."
    assert "Gharyan" in {loc.name for loc in where.parse(text).locations}


# -- a name that opens with a number ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Gunmen manned the so-called 27 Gate, west of Janzour.", "curated:gate-27"),
        ("Traffic stopped at the 27 Gate checkpoint on Friday.", "curated:gate-27"),
    ],
)
def test_a_name_opening_with_a_number_is_found(where: Parser, text: str, place_id: str) -> None:
    assert place_id in {loc.gazetteer_id for loc in where.parse(text).locations}


def test_a_number_before_a_lower_case_word_is_no_name(where: Parser) -> None:
    assert where.parse("Some 27 gate staff were held in Janzour.").locations[0].name == "Janzour"
    assert len(where.parse("Some 27 gate staff were held in Janzour.").locations) == 1


# -- a town's old quarter named with the town is a part of it -----------------------------------


@pytest.mark.parametrize(
    "text",
    ["Troops pushed into the old city of Sirte at dawn.", "Snipers held out in Sirte's old city for a week."],
)
def test_an_old_quarter_named_with_its_town_is_a_part_of_it(where: Parser, text: str) -> None:
    found = _by_name(where, text)
    assert "old city of Sirte" in found, sorted(found)
    assert found["old city of Sirte"].kind is LocationKind.CITY
    assert _near(found["old city of Sirte"], "Sirte")


def test_a_bare_old_city_is_the_town_named_before(where: Parser) -> None:
    found = _by_name(where, "Fighters in Benghazi began clearing the old city on Thursday.")
    assert set(found) == {"Benghazi"}


def test_a_known_old_quarter_keeps_its_gazetteer_place(where: Parser) -> None:
    found = _by_name(where, "Shops in the old city of Tripoli closed early.")
    assert any((loc.gazetteer_id or "").startswith("osm:") and "Old" in loc.name for loc in found.values())
