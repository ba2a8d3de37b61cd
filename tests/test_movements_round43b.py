"""Movement classes of round 43b: deployments the parser dropped.

Men sent onto unnamed ground: a side that sends or moves its own men, vehicles or patrols
(``FORCE_HEADS``, ``SENT_FORCES``) into streets, buildings, the desert or onto rooftops
(``GROUND_WORDS``) deploys them, a movement with no named place, as one sent "to the front"
already did. A town meant but not found ("sent forces into a western town") stays no movement,
and a side moving its headquarters, not its men, is no deployment. Ground placed by a named place
("the streets around X", "the buildings near Y"; ``GROUND_PREPS``) reaches that place.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2024-08-20"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- men sent onto unnamed ground are deployed --------------------------------------------------


def test_men_moved_into_terminal_buildings_are_deployed() -> None:
    quads = _quads("The Zintan brigades moved extra fighters into the terminal buildings late on Tuesday.")
    assert ("deploy", "Zintan brigades", None, None) in quads


def test_battalions_sent_into_the_desert_are_deployed() -> None:
    quads = _quads("The LNA sent two battalions into the desert south of Ghat on Friday.")
    assert ("deploy", "Libyan National Army", None, None) in quads


def test_patrols_sent_into_the_desert_are_deployed() -> None:
    quads = _quads("The Libyan National Army sent extra patrols into the desert last week.")
    assert ("deploy", "Libyan National Army", None, None) in quads


def test_gunmen_sent_onto_rooftops_are_deployed() -> None:
    quads = _quads("The Nawasi brigade sent gunmen onto the rooftops overnight.")
    assert any(q[0] == "deploy" and q[1] == "Nawasi brigade" for q in quads)


def test_forces_sent_into_an_unnamed_town_stay_no_movement() -> None:
    assert _quads("The LNA sent forces into a western town on Monday.") == []


def test_a_headquarters_moved_into_a_building_is_no_deployment() -> None:
    assert _quads("The LNA moved its headquarters into a new building in March.") == []


# --- ground placed by a named place reaches that place ------------------------------------------


def test_men_sent_to_the_streets_around_an_airport_reach_it() -> None:
    quads = _quads("The Supreme Security Committee sent about 300 men to the streets around Mitiga airport.")
    assert ("deploy", "Supreme Security Committee", None, "Mitiga International Airport") in quads


def test_fighters_sent_into_buildings_near_a_square_reach_it() -> None:
    quads = _quads("The Nawasi brigade sent fighters into the buildings near Martyrs' Square on Sunday.")
    assert ("deploy", "Nawasi brigade", None, "Martyrs' Square") in quads


def test_armour_moved_into_streets_near_a_hotel_reaches_it() -> None:
    quads = _quads("The Nawasi brigade moved armoured vehicles into the streets near the Rixos hotel.")
    assert ("deploy", "Nawasi brigade", None, "Rixos Al Nasr hotel") in quads


# --- "a second group", "a second" alone: one part of the group told before ---------------------


def test_a_second_group_pushes_on_as_the_side_told_before() -> None:
    quads = _quads("LNA forces advanced on Zawiya on Monday. A second group pushed toward Janzour.")
    assert any(q[0] == "advance" and q[1] == "Libyan National Army" and q[3] == "Janzour" for q in quads)


def test_a_second_alone_after_one_column_is_the_same_side() -> None:
    quads = _quads(
        "One GNA column moved up from Gharyan and reached Aziziya; a second reportedly pushed along the "
        "desert road toward Janzour."
    )
    assert any(
        q[0] == "advance" and q[1] == "Government of National Accord forces" and q[3] == "Janzour"
        for q in quads
    )


def test_a_second_alone_after_one_convoy_reaches_a_town() -> None:
    quads = _quads("One LNA convoy entered Ubari on Monday. A second reached Ghat on Tuesday.")
    assert any(q[0] == "advance" and q[1] == "Libyan National Army" and q[3] == "Ghat" for q in quads)


def test_a_second_wave_pushes_on_as_the_side() -> None:
    quads = _quads("LNA troops advanced on Sirte at dawn. A second wave pushed toward Harawa in the evening.")
    assert any(q[0] == "advance" and q[1] == "Libyan National Army" and q[3] == "Harawa" for q in quads)


def test_a_second_group_named_by_its_own_words_is_not_the_side() -> None:
    quads = _quads("LNA forces advanced on Zawiya. A second group of protesters marched toward Janzour.")
    assert not any(q[1] == "Libyan National Army" and q[3] == "Janzour" for q in quads)


# --- "we" and "our forces" in a spokesman's quotation are his armed group ----------------------


def test_we_in_a_spokesmans_quote_is_his_army() -> None:
    quads = _quads(
        '"We stormed Ubari at dawn and took the airport," LNA spokesman Ahmed al-Mismari told reporters in Benghazi.'
    )
    assert ("capture", "Libyan National Army", None, "Ubari") in quads


def test_our_men_in_a_quote_said_by_the_groups_spokesman() -> None:
    quads = _quads('"Our men are pushing toward Sirte," said a spokesman for the Libyan National Army.')
    assert any(q[0] == "advance" and q[1] == "Libyan National Army" and q[3] == "Sirte" for q in quads)


def test_our_forces_after_a_colon_attribution() -> None:
    quads = _quads('LNA spokesman Ahmed al-Mismari said: "Our forces have entered Gharyan."')
    assert any(q[1] == "Libyan National Army" and q[3] == "Gharyan" for q in quads)


def test_we_said_by_a_minister_names_no_army() -> None:
    quads = _quads('"We travelled to Rome for talks," Prime Minister Fayez al-Sarraj said on Monday.')
    assert not any(q[1] == "Libyan National Army" for q in quads)


def test_a_quote_naming_no_place_retells_no_move() -> None:
    quads = _quads(
        "LNA units reached the oil field on Wednesday. "
        '"Our forces arrived safely at the field," LNA spokesman Ahmed al-Mismari said.'
    )
    assert [q for q in quads if q[0] == "deploy"] == []


def test_an_attribution_ends_at_its_first_clause() -> None:
    quads = _quads(
        'The spokesman said that "our forces pushed into Sirte", and he added that the LNA had lost two men.'
    )
    assert not any(q[1] == "Libyan National Army" for q in quads)


# --- "within three hours" is how long a move took, not its day ---------------------------------


def test_within_hours_in_a_quote_takes_the_attributions_day() -> None:
    article = PARSER.parse(
        "Haftar's forces roll into Sirte\n\n"
        "BENGHAZI, Aug 20, 2024 - LNA forces rolled into Sirte on Monday, after a local unit switched sides "
        "overnight, sources said.\n\n"
        '"We entered the city within three hours and took the port and the Ghardabiya air base," LNA spokesman '
        "Ahmed al-Mismari told reporters in Benghazi late on Monday.",
        published=PUBLISHED,
    )
    took = [m for m in article.movements if m.destination is not None and "Ghardabiya" in m.destination.name]
    assert took
    assert took[0].date is not None
    assert took[0].date.iso == "2024-08-19"
