"""Origin classes of round 40a (where a movement starts).

A retreating force's own clause says where it stood: a relative clause or participle on the
mover with a verb of keeping a place (``HELD_VERBS``: "held", "manned", "guarded") names the
place left, also where the place held is a site placed by its own "at X" ("had manned the
checkpoint at X"); a passive participle of posting (``POSTED_PARTICIPLES``: "stationed",
"based", "deployed") with "in"/"at" does the same, also on the group a partitive mover is
part of ("units of the army, which had manned X"). This holds for every retreat, also for a
row that is a withdrawal only for a group ("moved back", "pulled back": ``_retreating``). A
force that advances keeps no origin from what it held, and a clause with no place adds none.

A take-off ended by a landing: a journey or deployment told setting out from a place with no
end ("took off from X") and then ended, in the same or the next sentence, by a verb of landing
or arriving (``LANDING_WORDS``) of the same actor and kind with no start is one move from X to
the landing place (``_join_landings``). Other verbs stay apart ("returned from X and visited
Y" are two trips).

A relative "from where" stands for the town or site named just before it in the sentence
(``_where_antecedent``, ``WHERE_REACH_CHARS``), also where no move reached that place ("spent
a week in X, from where he flew to Y"): the clause's move sets out from it.

A force's push told as the next conjunct of its advance or deployment from one place to
another ("moved from X into Y and pushed south towards Z"), with no subject, start or "on" of
its own, sets out where the push began (``_conjoined_start``); a journey that goes "on to"
a place starts where it reached, and a capture starts nothing.

A retreat told in a clause of time whose subject is a pronoun for the mover of the verb it
hangs on ("reached the gates of X before they were beaten back": ``LEAVING_CLAUSES``,
``BACK_REF_PRONOUNS``) leaves the place that verb's move reached, as a conjunct with no
subject did; another side named as its subject leaves nothing of it.

"Pushed out of X" with no object (``SORTIE_VERBS``, ``_sallies``) is a force setting out from X
to attack: an advance from X, where "was pushed out of X" is still a withdrawal and "pushed the
LNA out of X" still a capture.

A return "from exile in X" (``EXILE_NOUNS``: exile, hiding, captivity; perhaps counted, "from
two decades of exile in X": ``SPELL_NOUNS``) sets out from X (``_exile_places``).

A plain "the men" or "the women" held in a place (``PLAIN_PEOPLE_NOUNS``) stands for the moved
people (``CARRIED_PEOPLE``) named just before (``PEOPLE_REACH_CHARS``): "handed over 38
detainees ... The men had been held in X. They were driven to Y" sets out from X; people who
are not moved people ("smugglers") give no origin.

Every sentence here is written for the test.
"""

from __future__ import annotations

from _movement_records import movement_quads

from libya_events import Parser

PARSER = Parser()
PUBLISHED = "2021-03-15"


def _quads(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return movement_quads(PARSER, text, PUBLISHED)


# --- a retreating force's own clause names the place it left ------------------------------


def test_units_that_held_a_town_moved_back() -> None:
    quads = _quads("LNA units that had held Gharyan for a year moved back toward Sirte on Friday.")
    assert ("withdraw", "Libyan National Army", "Gharyan", "Sirte") in quads


def test_units_that_manned_a_checkpoint_at_a_town_pulled_back() -> None:
    quads = _quads(
        "LNA soldiers who had manned the checkpoint at Gharyan pulled back toward Sirte overnight."
    )
    assert ("withdraw", "Libyan National Army", "Gharyan", "Sirte") in quads


def test_fighters_stationed_at_an_airport_withdrew() -> None:
    quads = _quads(
        "GNA fighters who had been stationed at Mitiga airport withdrew to Tajoura after the shelling."
    )
    assert (
        "withdraw",
        "Government of National Accord forces",
        "Mitiga International Airport",
        "Tajoura",
    ) in quads


def test_units_posted_at_an_airport_fell_back() -> None:
    quads = _quads("GNA units posted at Mitiga airport pulled back to Tajoura.")
    assert (
        "withdraw",
        "Government of National Accord forces",
        "Mitiga International Airport",
        "Tajoura",
    ) in quads


def test_a_guarded_town_is_left() -> None:
    quads = _quads("LNA units that had guarded Ubari for months moved back toward Sabha.")
    assert ("withdraw", "Libyan National Army", "Ubari", "Sabha") in quads


def test_the_group_a_partitive_mover_is_part_of_held_the_place() -> None:
    quads = _quads(
        "Units of the Libyan National Army, which had manned the checkpoint at Gharyan, moved back toward Sirte."
    )
    assert ("withdraw", "Libyan National Army", "Gharyan", "Sirte") in quads


def test_some_of_the_fighters_who_held_a_town_withdrew() -> None:
    quads = _quads("Some of the LNA fighters who had held Gharyan withdrew to Tarhuna.")
    assert ("withdraw", "Libyan National Army", "Gharyan", "Tarhuna") in quads


def test_an_advance_keeps_no_origin_from_what_it_held() -> None:
    quads = _quads("LNA units that had held Gharyan advanced toward Tripoli on Friday.")
    assert ("advance", "Libyan National Army", None, "Tripoli") in quads


def test_a_clause_with_no_place_adds_no_origin() -> None:
    quads = _quads("LNA units that had manned the checkpoints moved back toward Sirte on Friday.")
    assert ("withdraw", "Libyan National Army", None, "Sirte") in quads


# --- a take-off ended by a landing is one journey ------------------------------------------


def test_took_off_and_landed_in_one_sentence() -> None:
    quads = _quads(
        "Khalifa Haftar took off from Benina on Monday morning and landed in Amman three hours later."
    )
    assert ("travel", "Khalifa Haftar", "Benina", "Amman") in quads
    assert len([q for q in quads if q[1] == "Khalifa Haftar"]) == 1


def test_a_plane_lands_in_the_next_sentence() -> None:
    quads = _quads(
        "A chartered plane carrying Saif al-Islam Gaddafi took off from Zintan on Tuesday. "
        "It landed at Mitiga airport before noon."
    )
    assert ("travel", "Saif al-Islam Gaddafi", "Zintan", "Mitiga International Airport") in quads


def test_took_off_and_arrived() -> None:
    quads = _quads("Aguila Saleh took off from Labraq on Sunday and arrived in Cairo that evening.")
    assert ("travel", "Aguila Saleh", "Labraq", "Cairo") in quads  # the text's spelling (round 65)


def test_a_return_and_a_visit_stay_two_trips() -> None:
    quads = _quads("Khalifa Haftar returned from Rome on Monday and visited Misrata on Tuesday.")
    assert ("travel", "Khalifa Haftar", "Rome", None) in quads
    assert ("travel", "Khalifa Haftar", None, "Misrata") in quads


# --- "from where" stands for the place named just before it ---------------------------------


def test_from_where_after_a_stay() -> None:
    quads = _quads("Khalifa Haftar spent a week in Amman, from where he flew to Moscow on Friday.")
    assert ("travel", "Khalifa Haftar", "Amman", "Moscow") in quads


def test_from_where_after_talks() -> None:
    quads = _quads("Aguila Saleh had been staying in Cairo for talks, from where he travelled to Rome.")
    assert ("travel", "Aguila Saleh", "Cairo", "Rome") in quads


def test_from_where_after_a_meeting_place() -> None:
    quads = _quads("Fathi Bashagha held meetings in Misrata, from where he drove to Tripoli on Tuesday.")
    assert ("travel", "Fathi Bashagha", "Misrata", "Tripoli") in quads


# --- a force's push told as the next conjunct sets out where the push began -----------------


def test_moved_from_a_base_into_a_district_and_pushed_on() -> None:
    quads = _quads(
        "The Nawasi Brigade moved from its base in Tajoura into Souq al-Juma and pushed south towards Ain Zara."
    )
    assert ("advance", "Nawasi brigade", "Tajoura", "Ain Zara") in quads


def test_advanced_from_a_town_to_another_and_pushed_west() -> None:
    quads = _quads("LNA forces advanced from Sirte to Bin Jawad on Friday and pushed west towards Misrata.")
    assert ("advance", "Libyan National Army", "Sirte", "Misrata") in quads


def test_a_journey_going_on_starts_where_it_reached() -> None:
    quads = _quads("Khalifa Haftar flew from Benghazi to Cairo on Monday and then travelled on to Moscow.")
    assert ("travel", "Khalifa Haftar", "Cairo", "Moscow") in quads


def test_a_capture_after_a_move_keeps_no_origin() -> None:
    quads = _quads("GNA troops moved from Misrata to Abu Grein and then seized Wishka.")
    assert ("capture", "Government of National Accord forces", None, "Wishka") in quads


# --- a retreat in a clause of time leaves what its mover's move reached ---------------------


def test_reached_the_gates_before_they_were_beaten_back() -> None:
    quads = _quads("LNA fighters reached the gates of Gharyan on Monday before they were beaten back.")
    assert ("withdraw", "Libyan National Army", "Gharyan", None) in quads


def test_reached_the_outskirts_before_they_were_pushed_back() -> None:
    quads = _quads("LNA units reached the outskirts of Zawiya before they were pushed back.")
    assert ("withdraw", "Libyan National Army", "Zawiya", None) in quads


def test_another_side_pushed_back_keeps_no_origin() -> None:
    quads = _quads("LNA units reached Gharyan on Monday before GNA troops were pushed back.")
    assert ("withdraw", "Government of National Accord forces", None, None) in quads


# --- "pushed out of X" with no object is a sortie from X ------------------------------------


def test_pushed_out_of_a_town_toward_another() -> None:
    quads = _quads("LNA units pushed out of Sirte on Monday toward Abu Grein.")
    assert ("advance", "Libyan National Army", "Sirte", "Abu Grein") in quads


def test_pushed_out_of_a_town_before_dawn() -> None:
    quads = _quads("Fighters loyal to Ibrahim Jadhran pushed out of Ras Lanuf before dawn on Sunday.")
    assert ("advance", "Jadhran's forces", "Ras Lanuf", None) in quads


def test_was_pushed_out_is_still_a_withdrawal() -> None:
    quads = _quads("The LNA was pushed out of Gharyan on Friday.")
    assert ("withdraw", "Libyan National Army", "Gharyan", None) in quads


def test_pushed_a_force_out_is_still_a_capture() -> None:
    quads = _quads("GNA forces pushed the LNA out of Gharyan.")
    assert ("capture", "Government of National Accord forces", None, "Gharyan") in quads


# --- a return "from exile in X" sets out from X ---------------------------------------------


def test_returned_from_exile_in_a_city() -> None:
    quads = _quads("Mohammed el-Senussi returned to Tripoli from exile in London.")
    assert ("travel", "Mohammed el-Senussi", "London", "Tripoli") in quads


def test_came_back_from_years_of_exile() -> None:
    quads = _quads("Abdelhakim Belhadj came back to Libya from years of exile in Qatar.")
    assert ("travel", "Abdel Hakim Belhaj", "Qatar", "Libya") in quads


def test_returned_from_decades_of_exile_with_a_year_between() -> None:
    quads = _quads("Khalifa Haftar returned to Libya in 2011 from two decades of exile in Egypt.")
    assert ("travel", "Khalifa Haftar", "Egypt", "Libya") in quads


def test_exile_with_no_place_adds_no_origin() -> None:
    quads = _quads("Mohammed el-Senussi returned to Tripoli from exile on Friday.")
    assert ("travel", "Mohammed el-Senussi", None, "Tripoli") in quads


# --- "the men" held in a place are the moved people just named -----------------------------


def test_the_men_held_are_the_detainees_handed_over() -> None:
    quads = _quads(
        "A Zintan brigade handed over 38 detainees to the ministry on Sunday. "
        "The men had been held for months in a prison in Zintan. They were driven to Tripoli on Sunday."
    )
    assert ("travel", "detainees", "Zintan", "Tripoli") in quads


def test_the_men_held_are_the_migrants_arrested() -> None:
    quads = _quads(
        "Police arrested 40 migrants on Monday. The men were held at a centre in Zuwara. "
        "They were later bused to Tripoli."
    )
    assert ("travel", "migrants", "Zuwara", "Tripoli") in quads


def test_the_men_held_who_are_not_moved_people_give_no_origin() -> None:
    quads = _quads(
        "Police arrested 40 smugglers on Monday. The men were held at a centre in Zuwara. "
        "They were later bused to Tripoli."
    )
    assert all(q[2] is None for q in quads)
