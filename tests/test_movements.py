"""Movements as frames over the parse: the verb table, and generated sentences in every voice.

Sentences are built from templates "<actor> <verb> <place>" over the verb classes, in active
and passive voice (with and without agent, with a relative clause between subject and verb),
as nouns ("the fall of X to Y") and as negated, planned, attempted, requested or hypothetical
moves; each must give the right kind, actor, place and modality.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from libya_events import LibyaEventsError, Modality, MovementKind, Parser
from libya_events.extraction._verbclasses import (
    COLUMNS,
    OBJECT_ROLES,
    VerbTableError,
    load_verb_classes,
    parse_verb_table,
)

C, W, A, D, T = (
    MovementKind.CAPTURE,
    MovementKind.WITHDRAW,
    MovementKind.ADVANCE,
    MovementKind.DEPLOY,
    MovementKind.TRAVEL,
)
REPORTED, PLANNED, ATTEMPTED, DENIED = (
    Modality.REPORTED,
    Modality.PLANNED,
    Modality.ATTEMPTED,
    Modality.DENIED,
)

GROUPS = [
    ("LNA forces", "Libyan National Army"),
    ("The Libyan National Army", "Libyan National Army"),
    ("Wagner mercenaries", "Wagner group"),
    ("GNA forces", "Government of National Accord forces"),
]
OTHER_GROUP = ("Kaniyat militia", "Kaniyat")
PEOPLE = [("Fathi Bashagha", "Fathi Bashagha"), ("Abdul Hamid Dbeibah", "Abdul Hamid Dbeibah")]
PLACES = ["Gharyan", "Tarhuna", "Sirte", "Misrata", "Sabha", "Bani Walid", "Zawiya", "Brega"]

# (template, kind, modality, role of {P}); {A} names the actor, {P} the place, {B} another group.
GROUP_TEMPLATES = [
    # active, one per verb class
    ("{A} seized {P} on Thursday.", C, REPORTED, "destination"),
    ("{A} overran {P} after a week of fighting.", C, REPORTED, "destination"),
    ("{A} took over {P} late on Monday.", C, REPORTED, "destination"),
    ("{A} took control of {P}.", C, REPORTED, "destination"),
    ("{A} drove the militants out of {P}.", C, REPORTED, "destination"),
    ("{A} withdrew from {P} overnight.", W, REPORTED, "origin"),
    ("{A} pulled out of {P} on Sunday.", W, REPORTED, "origin"),
    ("{A} abandoned {P} without a fight.", W, REPORTED, "origin"),
    ("{A} advanced on {P} on Tuesday.", A, REPORTED, "destination"),
    ("{A} pushed toward {P}.", A, REPORTED, "destination"),
    ("{A} sent reinforcements to {P}.", D, REPORTED, "destination"),
    ("{A} deployed armoured units to {P}.", D, REPORTED, "destination"),
    # passive, with and without agent, and with a relative clause before the verb
    ("{P} was captured by {A} on Friday.", C, REPORTED, "destination"),
    ("{P}, which {B} had held for two years, was retaken by {A}.", C, REPORTED, "destination"),
    ("{A}, who had been besieged for weeks, were driven out of {P}.", W, REPORTED, "origin"),
    ("{A} were deployed to {P} on Saturday.", D, REPORTED, "destination"),
    ("{A}, which the council had formed in the spring, withdrew from {P}.", W, REPORTED, "origin"),
    # events told as nouns, and light verbs
    ("The fall of {P} to {A} shocked the capital.", C, REPORTED, "destination"),
    ("The capture of {P} by {A} was confirmed on Monday.", C, REPORTED, "destination"),
    ("{A} launched an offensive on {P} in April.", A, REPORTED, "destination"),
    # negated, planned, attempted
    ("{A} did not withdraw from {P}, a spokesman said.", W, DENIED, "origin"),
    ("{A} will advance on {P}, a commander said.", A, PLANNED, "destination"),
    ("{A} plan to capture {P} before the summer.", C, PLANNED, "destination"),
    ("{A} tried to seize {P} on Wednesday.", C, ATTEMPTED, "destination"),
    ("{A} failed to take {P}.", C, ATTEMPTED, "destination"),
]
PERSON_TEMPLATES = [
    ("{A} flew to {P} on Monday.", T, REPORTED, "destination"),
    ("{A} arrived in {P} late on Tuesday.", T, REPORTED, "destination"),
    ("{A} visited {P} last week.", T, REPORTED, "destination"),
    ("{A}, who had been abroad for a month, returned to {P}.", T, REPORTED, "destination"),
    ("{A} would travel to {P} later this week.", T, PLANNED, "destination"),
]
# no movement: requested, hypothetical, conditional, purpose-only, arrested
NOT_MOVEMENTS = [
    "The envoy urged {A} to withdraw from {P}.",
    "If {A} advance on {P}, the talks will collapse.",
    "Any attack on {P} by {A} would be a red line, the minister warned.",
    "The council called for the withdrawal of {A} from {P}.",
]

PARSER = Parser()
SETTINGS = settings(
    max_examples=25,
    deadline=dt.timedelta(seconds=20),
    suppress_health_check=[HealthCheck.too_slow],
)


def _check(text: str, actor: str, kind: MovementKind, modality: Modality, role: str, place: str) -> None:
    article = PARSER.parse(text, published="2020-06-05")
    found = [
        m
        for m in article.movements
        if m.actor == actor
        and m.kind is kind
        and getattr(m, role) is not None
        and getattr(m, role).name.startswith(place.split()[0])
    ]
    got = [
        (m.kind.value, m.actor, m.origin and m.origin.name, m.destination and m.destination.name)
        for m in article.movements
    ]
    assert found, f"{text!r}: {got}"
    assert found[0].modality is modality, f"{text!r}: {found[0].modality}"
    for m in article.movements:
        assert text[m.trigger.span.start : m.trigger.span.end] == m.trigger.text
        assert m.span.start <= m.trigger.span.start
        assert m.trigger.span.end <= m.span.end


@SETTINGS
@given(case=st.tuples(st.sampled_from(GROUPS), st.sampled_from(GROUP_TEMPLATES), st.sampled_from(PLACES)))
def test_group_movements_in_every_voice(
    case: tuple[tuple[str, str], tuple[str, MovementKind, Modality, str], str],
) -> None:
    (surface, actor), (template, kind, modality, role), place = case
    text = template.format(A=surface, P=place, B=OTHER_GROUP[0])
    _check(text, actor, kind, modality, role, place)


@pytest.mark.parametrize("template", GROUP_TEMPLATES, ids=[t[0] for t in GROUP_TEMPLATES])
def test_each_group_template(template: tuple[str, MovementKind, Modality, str]) -> None:
    text, kind, modality, role = template
    _check(
        text.format(A="LNA forces", P="Gharyan", B=OTHER_GROUP[0]),
        "Libyan National Army",
        kind,
        modality,
        role,
        "Gharyan",
    )


@pytest.mark.parametrize("template", PERSON_TEMPLATES, ids=[t[0] for t in PERSON_TEMPLATES])
@pytest.mark.parametrize("person", PEOPLE, ids=[p[0] for p in PEOPLE])
def test_people_travel(template: tuple[str, MovementKind, Modality, str], person: tuple[str, str]) -> None:
    text, kind, modality, role = template
    _check(text.format(A=person[0], P="Sirte"), person[1], kind, modality, role, "Sirte")


@pytest.mark.parametrize("template", NOT_MOVEMENTS)
def test_requested_and_hypothetical_moves_are_not_movements(template: str) -> None:
    article = PARSER.parse(template.format(A="LNA forces", P="Tarhuna"), published="2020-06-05")
    reported = [m for m in article.movements if m.modality in (Modality.REPORTED, Modality.ATTEMPTED)]
    assert reported == [], reported


def test_one_record_per_actor_and_place() -> None:
    text = "LNA forces and Wagner mercenaries seized Sirte and Brega on Monday."
    article = PARSER.parse(text, published="2020-06-05")
    pairs = {(m.actor, m.destination.name if m.destination else None) for m in article.movements}
    assert pairs == {
        ("Libyan National Army", "Sirte"),
        ("Libyan National Army", "Brega"),
        ("Wagner group", "Sirte"),
        ("Wagner group", "Brega"),
    }


def test_a_movement_with_no_place_is_still_a_movement() -> None:
    article = PARSER.parse("After heavy shelling, LNA forces retreated.", published="2020-06-05")
    assert [(m.kind, m.actor, m.destination) for m in article.movements] == [
        (MovementKind.WITHDRAW, "Libyan National Army", None)
    ]


def test_a_commander_moves_with_his_forces() -> None:
    article = PARSER.parse(
        "Khalifa Haftar's offensive on Tripoli began in April 2019.", published="2020-06-05"
    )
    assert [(m.kind, m.actor) for m in article.movements] == [(MovementKind.ADVANCE, "Libyan National Army")]


def test_the_event_date_is_its_own_clause_not_a_since_phrase() -> None:
    text = "GNA forces, which have held Zawiya since last year, captured Sabratha on 13 April 2020."
    article = PARSER.parse(text, published="2020-06-05")
    capture = [m for m in article.movements if m.kind is MovementKind.CAPTURE]
    assert capture
    assert capture[0].date is not None
    assert capture[0].date.iso == "2020-04-13"
    text = "LNA forces have controlled Sirte since last year, and withdrew from Gharyan on Friday."
    article = PARSER.parse(text, published="2020-06-05")
    withdraw = [m for m in article.movements if m.kind is MovementKind.WITHDRAW]
    assert withdraw
    assert withdraw[0].date is not None
    assert withdraw[0].date.text == "on Friday"


def test_a_headline_adds_nothing() -> None:
    text = "LNA forces seize Sirte\n\nThe city was quiet on Monday, residents said."
    assert list(PARSER.parse(text, published="2020-06-05").movements) == []


@settings(max_examples=60, deadline=dt.timedelta(seconds=20), suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_no_crash_on_any_string_and_spans_slice(text: str) -> None:
    article = PARSER.parse(text)
    for m in article.movements:
        assert text[m.trigger.span.start : m.trigger.span.end] == m.trigger.text
        assert text[m.span.start : m.span.end]


@settings(max_examples=40, deadline=dt.timedelta(seconds=20), suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                *(g[0] for g in GROUPS),
                *PLACES,
                "seized",
                "withdrew from",
                "was",
                "by",
                "the fall of",
                "to",
                ",",
                "which",
                "did not",
                "will",
                "and",
                ".",
            ]
        ),
        max_size=25,
    )
)
def test_no_crash_on_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    article = PARSER.parse(text, published="2020-06-05")
    for m in article.movements:
        assert text[m.trigger.span.start : m.trigger.span.end] == m.trigger.text
        if m.actor_mention is not None:
            assert text[m.actor_mention.span.start : m.actor_mention.span.end] == m.actor_mention.text


# ---------------------------------------------------------------- the verb table


def test_the_packaged_table_loads_and_is_broad() -> None:
    table = load_verb_classes()
    rows = [row for rows in table.values() for row in rows]
    assert len(rows) >= 200
    assert {row.kind for row in rows} == set(MovementKind)
    assert {row.form for row in rows} == {"verb", "noun"}
    assert all(row.object in OBJECT_ROLES for row in rows)
    keys = [(r.form, r.lemma, r.particle) for r in rows]
    assert len(keys) == len(set(keys)), "a (form, lemma, particle) is listed twice"
    for key, classes in table.items():
        particles = [c.particle for c in classes]
        assert particles == sorted(particles, key=lambda p: p is None), key  # particle rows first


HEADER = "\t".join(COLUMNS)


@pytest.mark.parametrize(
    "row",
    [
        "verb\tseize\t-\tconquer\t-\tdest\tyes\t-",  # unknown kind
        "verb\tseize\t-\tcapture\t-\tplace\tyes\t-",  # unknown object role
        "verb\tseize\t-\tcapture\t-\tdest\tmaybe\t-",  # bare must be yes or no
        "verb\tSeize\t-\tcapture\t-\tdest\tyes\t-",  # lemma must be lower-case
        "adverb\tseize\t-\tcapture\t-\tdest\tyes\t-",  # unknown form
        "verb\tseize\t-\tcapture\t-\tdest\tyes",  # a cell missing
        "verb\tseize\t-\tcapture\t-\tdest\tyes\ttake",  # only nouns have governors
    ],
)
def test_malformed_rows_are_typed_errors(row: str) -> None:
    with pytest.raises(VerbTableError) as info:
        parse_verb_table(f"{HEADER}\n{row}\n")
    assert isinstance(info.value, LibyaEventsError)
    assert isinstance(info.value, ValueError)


def test_a_table_needs_its_header() -> None:
    with pytest.raises(VerbTableError):
        parse_verb_table("verb\tseize\t-\tcapture\t-\tdest\tyes\t-\n")


def test_a_maintainer_row_is_read() -> None:
    table = parse_verb_table(f"# a comment\n{HEADER}\nverb\tyomp\ttowards\tadvance\t-\t-\tyes\t-\n")
    (row,) = table[("verb", "yomp")]
    assert (row.kind, row.particle, row.bare, row.group_kind) == (MovementKind.ADVANCE, "towards", True, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Libyan rebels fled east.", ("withdraw", "Libyan rebels", None, None)),
        ("LNA forces retook the terminals.", ("capture", "Libyan National Army", None, None)),
        ("LNA forces advanced on several fronts.", ("advance", "Libyan National Army", None, None)),
        (
            "Drones belonging to the UAE were deployed to al-Khadim air base.",
            ("deploy", "United Arab Emirates", None, "al-Khadim air base"),
        ),
        (
            "Fighters loyal to Khalifa Haftar retreated from Tarhuna.",
            ("withdraw", "Libyan National Army", "Tarhuna", None),
        ),
        (
            "LNA forces secured the towns of Waddan and Hun on Friday.",
            ("capture", "Libyan National Army", None, "Waddan"),
        ),
        (
            "GNA forces shelled Tarhuna, then advanced on its outskirts.",
            ("advance", "Government of National Accord forces", None, "Tarhuna"),
        ),
    ],
)
def test_argument_shapes(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    article = PARSER.parse(text, published="2020-06-05")
    got = [
        (m.kind.value, m.actor, m.origin and m.origin.name, m.destination and m.destination.name)
        for m in article.movements
    ]
    assert expected in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Checkpoints were set up to prevent LNA forces moving into Tripoli.",
        "GNA forces captured three fighters near the road.",
        "The fighting brought LNA forces nothing.",
    ],
)
def test_not_movements(text: str) -> None:
    article = PARSER.parse(text, published="2020-06-05")
    assert [m for m in article.movements if m.modality is Modality.REPORTED] == []


def test_an_object_pronoun_is_not_its_clause_subject() -> None:
    text = "GNA forces pressed on. Tarhuna, the LNA's last stronghold, fell to them two days later."
    article = PARSER.parse(text, published="2020-06-05")
    got = [(m.kind.value, m.actor, m.destination and m.destination.name) for m in article.movements]
    assert ("capture", "Government of National Accord forces", "Tarhuna") in got, got


def test_a_possessive_pronoun_may_be_its_clause_subject() -> None:
    text = "The Libyan National Army launched its offensive on Tripoli in April."
    article = PARSER.parse(text, published="2020-06-05")
    got = [(m.kind.value, m.actor, m.destination and m.destination.name) for m in article.movements]
    assert got == [("advance", "Libyan National Army", "Tripoli")], got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named group modifying a weak head is the mover
        (
            "Hundreds of Syrian fighters from the Wagner group withdrew from Gharyan to Sirte.",
            ("withdraw", "Wagner group", "Gharyan", "Sirte"),
        ),
        # "from X to Y" with "to Y" hung on "from X"
        (
            "The World Food Programme said it had sent medicine from its Benghazi depot to Derna.",
            ("deploy", "World Food Programme", "Benghazi", "Derna"),
        ),
        # "fell back on X": X is where they went
        (
            "The Libyan National Army has since fallen back on Sirte.",
            ("withdraw", "Libyan National Army", None, "Sirte"),
        ),
        # a participle whose object describes the place takes its governing verb's place
        (
            "Soldiers of the Libyan National Army swept into Tarhuna on Friday, seizing the main "
            "stronghold of the militia in western Libya.",
            ("capture", "Libyan National Army", None, "Tarhuna"),
        ),
    ],
)
def test_parse_repairs(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    article = PARSER.parse(text, published="2020-06-05")
    got = [
        (m.kind.value, m.actor, m.origin and m.origin.name, m.destination and m.destination.name)
        for m in article.movements
    ]
    assert expected in got, got


def test_a_participle_keeps_a_place_of_its_own() -> None:
    text = "The Libyan National Army entered Sirte, seizing the port of Brega."
    article = PARSER.parse(text, published="2020-06-05")
    got = [(m.kind.value, m.destination and m.destination.name) for m in article.movements]
    assert ("capture", "Brega") in got, got


def test_a_body_and_its_forces_taking_one_town_is_one_event() -> None:
    text = (
        "Government of National Accord forces seized Gharyan on Tuesday. "
        "The Government of National Accord entered the town from the north."
    )
    article = PARSER.parse(text, published="2020-06-05")
    captures = [m for m in article.movements if m.kind is MovementKind.CAPTURE]
    assert len(captures) == 1, captures


def test_two_sides_taking_one_town_are_two_events() -> None:
    text = "The Libyan National Army captured Brega. Government of National Accord forces captured Brega."
    article = PARSER.parse(text, published="2020-06-05")
    assert len([m for m in article.movements if m.kind is MovementKind.CAPTURE]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The town was the main supply hub for his offensive on Tripoli.",
        "Haftar lost the airport, a key base for the Libyan National Army's assault on Tripoli.",
    ],
)
def test_an_owned_campaign_inside_a_noun_modifier_is_background(text: str) -> None:
    assert PARSER.parse(text, published="2020-06-05").movements == ()


def test_a_launched_offensive_is_still_told() -> None:
    text = "The Libyan National Army launched its offensive on Tripoli in April."
    got = [(m.kind.value, m.actor) for m in PARSER.parse(text, published="2020-06-05").movements]
    assert got == [("advance", "Libyan National Army")], got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the particle next to the verb decides the row ("back"), not a later preposition
        (
            "Islamic State fighters fell back into the old town of Sirte.",
            ("withdraw", "Islamic State", None, "old town of Sirte"),  # the town's old quarter (round 30)
        ),
        ("Sirte fell to the Libyan National Army.", ("capture", "Libyan National Army", None, "Sirte")),
        # "the militias, known as X": the head is X, here and later in the article
        (
            "The militias, known together as the Kaniyat, overran the airport of Tarhuna. "
            "In June the militias withdrew from Tarhuna to Bani Walid.",
            ("withdraw", "Kaniyat", "Tarhuna", "Bani Walid"),
        ),
    ],
)
def test_particles_and_names(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    article = PARSER.parse(text, published="2020-06-05")
    got = [
        (m.kind.value, m.actor, m.origin and m.origin.name, m.destination and m.destination.name)
        for m in article.movements
    ]
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a collective force noun belongs to the named group after "from" or "of"
        (
            "Gunmen from the Kaniyat militia were deployed to Tarhuna on Monday.",
            ("deploy", "Kaniyat", None, "Tarhuna"),
        ),
        # a capture told as a noun that its subject announces or declares
        (
            "The Libyan National Army announced the recapture of the Sabha district on Monday.",
            ("capture", "Libyan National Army", None, "Sabha"),
        ),
        (
            "LNA forces declared their control of two quarters in Brega.",
            ("capture", "Libyan National Army", None, "Brega"),
        ),
        # an unnamed building reached, placed by a named place after "in"
        (
            "Abdul Hamid Dbeibah arrived at a hotel in Misrata on Monday.",
            ("travel", "Abdul Hamid Dbeibah", None, "Misrata"),
        ),
        # "together with Y": Y moves too
        (
            "Fathi Bashagha toured Sabha together with Abdul Hamid Dbeibah.",
            ("travel", "Abdul Hamid Dbeibah", None, "Sabha"),
        ),
    ],
)
def test_owners_claims_sites_and_companions(
    text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    test_argument_shapes(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Talks resumed with a Turkish-backed government, which had reached Tripoli in March.",
        "Gunmen allied to the Libyan National Army entered Sirte.",
    ],
)
def test_a_backer_is_not_the_mover(text: str) -> None:
    article = PARSER.parse(text, published="2020-06-05")
    assert [m.actor for m in article.movements if m.actor in ("Turkey", "Libyan National Army")] == []


def test_an_announced_capture_with_no_place_adds_nothing() -> None:
    text = "LNA forces seized Sirte on Monday. A spokesman for the Libyan National Army announced the capture on Tuesday."
    article = PARSER.parse(text, published="2020-06-05")
    got = [(m.kind.value, m.destination and m.destination.name) for m in article.movements]
    assert got == [("capture", "Sirte")], got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack on a group advances on the named place where the group is
        (
            "LNA forces attacked Kaniyat gunmen in Tarhuna on Monday.",
            ("advance", "Libyan National Army", None, "Tarhuna"),
        ),
        # a description in apposition moves as the named person beside it
        (
            "Ahmed Salem, a farmer who reached Kufra on Sunday, spoke to reporters.",
            ("travel", "Ahmed Salem", None, "Kufra"),
        ),
    ],
)
def test_targets_and_appositions(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    test_argument_shapes(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "left X for Y": a journey (people travel, armed groups deploy)
        (
            "Fathi Bashagha left Misrata for Tripoli on Friday.",
            ("travel", "Fathi Bashagha", "Misrata", "Tripoli"),
        ),
        ("LNA forces left Sabha for Brak on Friday.", ("deploy", "Libyan National Army", "Sabha", "Brak")),
        ("LNA forces left Sabha on Friday.", ("withdraw", "Libyan National Army", "Sabha", None)),
        # fleeing an event leaves the place it happens in
        ("Kaniyat gunmen fled the shelling in Tarhuna.", ("withdraw", "Kaniyat", "Tarhuna", None)),
        # "these units" take the group named before; "troops from <group>" are the group's
        (
            "Kaniyat gunmen reached Tarhuna on Monday. These gunmen are now stationed at Sabha.",
            ("deploy", "Kaniyat", None, "Sabha"),
        ),
        (
            "Units from the Libyan National Army were deployed in Sirte, Brega and Sabha.",
            ("deploy", "Libyan National Army", None, "Brega"),
        ),
    ],
)
def test_departures_scenes_and_described_groups(
    text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    test_argument_shapes(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit's object may be what is seen; the place follows it
        ("Fathi Bashagha visited a hospital in Misrata.", ("travel", "Fathi Bashagha", None, "Misrata")),
        (
            "Fathi Bashagha toured the damage in Zliten and Tajoura along with Abdul Hamid Dbeibah.",
            ("travel", "Abdul Hamid Dbeibah", None, "Tajoura"),
        ),
        # a relative "where" places the movement in its antecedent
        (
            "Clashes broke out in the town of Sabha, where LNA forces were sent in May.",
            ("deploy", "Libyan National Army", None, "Sabha"),
        ),
    ],
)
def test_visits_and_where_clauses(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    test_argument_shapes(text, expected)


def test_reaching_an_agreement_is_not_a_movement() -> None:
    article = PARSER.parse("GNA forces reached an agreement in Zawiya.", published="2020-06-05")
    assert list(article.movements) == []


def test_a_prevented_mover_does_not_move() -> None:
    text = "The coast road was closed to stop Kaniyat gunmen bringing in weapons."
    article = PARSER.parse(text, published="2020-06-05")
    assert [m for m in article.movements if m.modality is Modality.REPORTED] == []


def test_the_target_of_a_push_is_not_its_actor() -> None:
    text = (
        "The Kaniyat militia retreated. After its push against the Kaniyat militia, the LNA moved on Tarhuna."
    )
    article = PARSER.parse(text, published="2020-06-05")
    got = [(m.kind.value, m.actor) for m in article.movements]
    assert ("advance", "Kaniyat") not in got, got


def test_troops_going_to_a_country_deploy() -> None:
    article = PARSER.parse("Turkish troops were going to Libya, Erdogan said.", published="2020-06-05")
    got = [(m.kind.value, m.destination and m.destination.name) for m in article.movements]
    assert ("deploy", "Libya") in got, got


@pytest.mark.parametrize(
    ("text", "captures"),
    [
        ("The Libyan National Army said it now controls the port of Brega.", ["Brega"]),
        ("GNA forces now hold Tarhuna after a week of fighting.", ["Tarhuna"]),
        ("The Libyan National Army controls Brega.", []),
        ("LNA forces pushed on Sirte, now held by GNA forces.", []),
    ],
)
def test_now_holding_a_place_is_a_capture(text: str, captures: list[str]) -> None:
    article = PARSER.parse(text, published="2020-06-05")
    got = [m.destination and m.destination.name for m in article.movements if m.kind is C]
    assert got == captures, got
