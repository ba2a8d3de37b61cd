"""Movement classes of round 38.

Part of an unnamed army: a force noun (:data:`~libya_events.extraction._proposals.ARMY_PART_NOUNS`)
with an "of"/"from" phrase holding a bare "the army" ("units of the army", "soldiers from the
army") moves as that army, which, in a story that names no army, is the unnamed army (SCHEMA.md
and the gold sets name it by its words). The part acts as a subject does, or as the passive
subject of a verb of sending ("units of the army were deployed to X"). "The national army" and
"the regular army" describe an army without naming one. Where an army is named, the part is
that army's; a part only suffered upon moves nothing.

A vehicle named by a nationality word is its country's where the article names that country
as an actor (SCHEMA.md: equipment is its owner's; the adjective alone adds no actor): also where
the tagger takes the word for a name in a compound ("an Emirati cargo plane"), and drones are
vehicles too, though they ferry no one ("drones helped drive the army back" moves no army).

A year fronted with no comma before a bare plural subject ("In 2014 militias from Misrata
stormed X") is the clause's time, not a count of the militias: the parse is mended
(:func:`~libya_events.syntax.reattach_fronted_years`) so the plural is the verb's subject, and
the year dates the movement; a year counted after a verb ("resulted in 2000 deaths") stays a
count.

An actor's conjunct the parser hangs on the place that locates the actor ("an offensive by
the rival administration in the east and forces loyal to X": "the east and forces") is the
actor's conjunct and moves too; a place conjoined to a place ("fighters from Zintan and
Misrata") adds no mover.

A campaign named by a compass adjective ("began its southern offensive") goes to that
region of Libya where the story names the region ("the south"); with no region named the
adjective adds no place.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2021-03-15"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- a part of an unnamed army moves as the army ------------------------------------------


def test_units_of_the_army_sent_somewhere_are_deployed() -> None:
    quads = _quads("Shops stayed shut in Kufra. Units of the army were sent to Kufra on Friday.")
    assert ("deploy", "army", None, "Kufra") in quads


def test_units_of_the_national_army_deployed_with_no_place() -> None:
    quads = _quads("On Sunday, units of the national army were deployed between the two feuding towns.")
    assert [(k, a) for k, a, _o, _d in quads] == [("deploy", "army")]


def test_soldiers_from_the_army_who_enter_a_town() -> None:
    quads = _quads("Soldiers from the army entered Sabha on Monday after the tribal fighters left.")
    assert ("capture", "army", None, "Sabha") in quads


def test_troops_of_the_regular_army_pulled_back() -> None:
    quads = _quads("Troops of the regular army pulled back to Waddan on Tuesday as the shelling grew.")
    assert ("withdraw", "army", None, "Waddan") in quads


# --- near misses -------------------------------------------------------------------------


def test_a_named_army_keeps_its_units() -> None:
    quads = _quads("The Libyan National Army said on Monday that units of the army were sent to Sirte.")
    assert all(a != "army" for _k, a, _o, _d in quads)


def test_units_only_suffered_upon_do_not_move() -> None:
    assert _quads("Units of the army were ambushed near Sirte on Monday.") == []


def test_families_of_army_officers_are_not_the_army() -> None:
    quads = _quads("The families of the army officers left Zliten on Monday.")
    assert all(a != "army" for _k, a, _o, _d in quads)


# --- vehicles named by a nationality word --------------------------------------------------


def test_emirati_cargo_plane_is_the_uaes() -> None:
    quads = _quads(
        "The UAE has backed Haftar since 2015. An Emirati cargo plane landed at al-Khadim on Monday."
    )
    assert ("deploy", "United Arab Emirates", None, "al-Khadim air base") in quads


def test_emirati_planes_are_the_uaes() -> None:
    quads = _quads("The UAE denies arming the LNA. Emirati planes landed at al-Jufra on Friday.")
    assert [(k, a) for k, a, _o, _d in quads] == [("deploy", "United Arab Emirates")]


def test_turkish_drones_flown_somewhere_are_turkeys() -> None:
    quads = _quads(
        "Turkey signed a security pact with Tripoli. Turkish drones were flown to Misrata on Sunday."
    )
    assert ("deploy", "Turkey", None, "Misrata") in quads


def test_drones_sent_before_are_their_owners_later() -> None:
    quads = _quads(
        "Turkey sent drones to Misrata in January. The drones were later moved to al-Watiya air base."
    )
    assert ("deploy", "Turkey", None, "al-Watiya air base") in quads


def test_nationality_plane_with_no_country_named_moves_nothing() -> None:
    assert _quads("An Emirati cargo plane landed at al-Khadim on Monday.") == []


def test_drones_ferry_no_one() -> None:
    quads = _quads(
        "In May he went to Rome to meet Italy's defence minister, Guido Crosetto, a trip that seemed "
        "unlikely in 2020, when Turkish drones helped drive his brother's army back from Tripoli."
    )
    assert all(k not in ("travel", "advance") for k, _a, _o, _d in quads)


# --- a year fronted with no comma ----------------------------------------------------------


def _dated(text: str) -> list[tuple[str, str | None, str | None]]:
    article = PARSER.parse(text, published=PUBLISHED)
    return [(m.kind.value, m.actor, m.date.iso if m.date else None) for m in article.movements]


def test_fronted_year_before_a_plural_subject_leaves_it_the_subject() -> None:
    quads = _quads(
        "The Nawasi brigade joined the war in 2011. In 2014 militias from Misrata stormed Tripoli airport."
    )
    assert ("capture", "militias from Misrata", None, "Tripoli International Airport") in quads


def test_fronted_year_dates_the_movement() -> None:
    dated = _dated("In 2016 fighters loyal to the GNA drove the Islamic State out of Sirte.")
    assert ("capture", "Government of National Accord forces", "2016") in dated


def test_fronted_year_dates_a_passive_deployment() -> None:
    assert ("deploy", "Government of National Accord", "2019") in _dated(
        "In 2019 troops were sent to Sirte by the GNA."
    )


def test_a_year_after_a_verb_is_still_a_count() -> None:
    article = PARSER.parse("The clashes resulted in 2000 deaths, the ministry said.", published=PUBLISHED)
    assert not article.dates


# --- a second actor hung on the first actor's place ----------------------------------------


def _actors_of(text: str) -> set[str | None]:
    return {a for _k, a, _o, _d in _quads(text)}


def test_offensive_by_a_located_body_and_forces_gives_both() -> None:
    actors = _actors_of(
        "Tripoli has faced an offensive by the rival administration in the east and forces loyal "
        "to Khalifa Haftar since April."
    )
    assert "Libyan National Army" in actors


def test_subjects_joined_after_a_located_body_both_advance() -> None:
    actors = _actors_of(
        "The rival administration in the east and forces loyal to Khalifa Haftar advanced on Tripoli in April."
    )
    assert "Libyan National Army" in actors
    assert len(actors) == 2


def test_troops_hung_on_the_authorities_place_withdraw_too() -> None:
    quads = _quads(
        "The authorities in the east and troops loyal to Khalifa Haftar pulled back from Sirte on Monday."
    )
    assert ("withdraw", "Libyan National Army", "Sirte", None) in quads


def test_two_towns_of_one_group_are_one_mover() -> None:
    assert len(_actors_of("Fighters from Zintan and Misrata entered Gharyan on Monday.")) == 1


# --- a campaign named by a compass adjective -----------------------------------------------


def test_southern_offensive_goes_to_the_south_the_story_names() -> None:
    quads = _quads(
        "The LNA, based in the east, opened its southern offensive last winter and reached Sabha, "
        "the biggest town of the south, a month later."
    )
    assert ("advance", "Libyan National Army", None, "southern Libya") in quads


def test_western_offensive_goes_to_the_west() -> None:
    quads = _quads("The GNA holds the west. Its western offensive stalled in June.")
    assert ("advance", "Government of National Accord", None, "western Libya") in quads


def test_eastern_campaign_goes_to_the_east() -> None:
    quads = _quads(
        "Few towns in the east were spared. The Libyan National Army began an eastern campaign in May."
    )
    assert ("advance", "Libyan National Army", None, "eastern Libya") in quads


def test_compass_adjective_with_no_region_named_adds_no_place() -> None:
    assert _quads("The LNA started its southern offensive after the holiday.") == [
        ("advance", "Libyan National Army", None, None)
    ]
