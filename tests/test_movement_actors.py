"""Who moved: the actor a movement frame picks (descriptions, owners, conjuncts, passives).

Every sentence here is written for the test; each names the actor in a way the parse has to
resolve (a description, a "-backed" modifier, an agentless passive, an owner's company).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _movement_records import movement_triples
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import KnowledgeBaseError, MovementKind, Parser
from libya_events.extraction._coref import DESCRIPTIONS, PRONOUNS, Coreference
from libya_events.extraction._kb import ActorEntry, ActorKB
from libya_events.extraction._mentions import Hit
from libya_events.extraction._movements import _Sentence, _subject
from libya_events.model import ActorKind
from libya_events.syntax import ParsedSentence, Token

PARSER = Parser()


def _movements(text: str) -> list[tuple[str, str | None, str | None]]:
    return movement_triples(PARSER, text, "2020-05-04")


def _hit(start: int, name: str, kind: ActorKind) -> Hit:
    return Hit(start, start + len(name), name.lower(), name, "kb", actor_kind=kind)


# ---------------------------------------------------------------- coreference of descriptions


def test_the_army_is_an_armed_group_never_a_parliament() -> None:
    army = _hit(0, "Western Army", ActorKind.ARMED_GROUP)
    parliament = _hit(40, "House of Deputies", ActorKind.GOVERNMENT)
    coref = Coreference([army, parliament])
    assert coref.resolve(90, "army") is army


def test_the_army_prefers_a_group_named_army_over_a_nearer_militia() -> None:
    army = _hit(0, "Southern Army", ActorKind.ARMED_GROUP)
    militia = _hit(50, "Red Hill militia", ActorKind.ARMED_GROUP)
    coref = Coreference([army, militia])
    assert coref.resolve(120, "army") is army
    assert coref.resolve(120, "militia") is militia
    assert coref.resolve(120, "rebels") is militia  # no group is named "rebels": the latest


def test_the_army_is_never_a_group_not_named_army() -> None:
    mercenaries = _hit(0, "Wagner mercenaries", ActorKind.ARMED_GROUP)
    coref = Coreference([mercenaries])
    assert coref.resolve(60, "army") is None
    assert coref.resolve(60, "militia") is mercenaries  # a militia may have any name


def test_the_country_is_a_country() -> None:
    country = _hit(0, "Chad", ActorKind.COUNTRY)
    president = _hit(10, "Idris Kamal", ActorKind.PERSON)
    coref = Coreference([country, president])
    assert coref.resolve(60, "country") is country


_KINDS = st.sampled_from(list(ActorKind))
_WORDS = st.sampled_from(sorted(set(DESCRIPTIONS) | set(PRONOUNS)))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.tuples(_KINDS, st.sampled_from(["Army", "Brigade", "Council", "Omar", "Group"])), max_size=8),
    _WORDS,
)
def test_a_resolved_reference_is_earlier_and_of_a_kind_its_word_allows(
    specs: list[tuple[ActorKind, str]], word: str
) -> None:
    hits = [_hit(20 * k, f"North {name} {k}", kind) for k, (kind, name) in enumerate(specs)]
    pos = 20 * len(specs) + 5
    found = Coreference(hits).resolve(pos, word)
    if found is not None:
        assert found.end <= pos
        assert found.actor_kind in (PRONOUNS.get(word) or DESCRIPTIONS[word])


# ---------------------------------------------------------------- whole sentences


def test_the_army_after_its_parliament_is_the_army() -> None:
    text = (
        "The Libyan National Army, which answers to the House of Representatives, crossed the desert. "
        "On Friday the army secured Waddan and Hun."
    )
    found = _movements(text)
    captures = [m for m in found if m[0] == MovementKind.CAPTURE.value]
    assert {m[2] for m in captures} == {"Waddan", "Hun"}
    assert all(m[1] == "Libyan National Army" for m in captures)


def test_a_reporter_binds_they_in_its_clause() -> None:
    for reporter in ("Pro-unity forces said on Tuesday", "Loyalist troops said"):
        text = f"The Sabratha Brigade has held the coast for a year. {reporter} they captured Zuwara."
        assert not any(m[1] == "Sabratha Brigade" for m in _movements(text))  # not the nearer group


def test_a_named_reporter_is_the_actor_of_its_reported_move() -> None:
    text = "The Sabratha Brigade held the coast. Misrata militias said they seized Zuwara on Monday."
    assert _movements(text) == [(MovementKind.CAPTURE.value, "Misrata forces", "Zuwara")]


def test_an_undotted_acronym_names_the_backed_government_not_its_backer() -> None:
    text = "Rebels oppose a UN-backed government, which reached Tripoli in May."
    found = _movements(text)
    assert found
    assert all(m[1] == "Government of National Accord" for m in found)


def test_an_unnamed_force_is_named_by_its_words() -> None:
    text = "Clashes broke out in Ghat, where naval forces were sent in January."
    assert _movements(text) == [(MovementKind.DEPLOY.value, "naval forces", "Ghat")]
    article = PARSER.parse(text, published="2020-05-04")
    assert [a.name for a in article.actors] == ["naval forces"]  # the actors list names it too


def test_patrols_stand_for_their_force() -> None:
    text = "Patrols of the coastal units were deployed to Zuwara and Sabratha."
    found = _movements(text)
    assert {m[2] for m in found} == {"Zuwara", "Sabratha"}
    assert all(m[1] == "coastal units" for m in found)


def test_a_partial_or_counted_force_is_not_an_actor_of_its_own() -> None:
    for force in ("Several military units", "Two hundred naval troops", "More coastal units"):
        assert _movements(f"{force} moved to Ghat on Sunday.") == []


def test_conjoined_adjectives_split_an_unnamed_group() -> None:
    text = "The Maltese and Cypriot rescue teams left Derna on Monday."
    found = _movements(text)
    assert sorted(m[1] or "" for m in found) == ["Cypriot rescue team", "Maltese rescue team"]


def test_units_linked_to_an_army_are_not_the_army() -> None:
    text = "On Tuesday, Tebu and Tuareg units linked to the Libyan National Army captured Ubari."
    found = _movements(text)
    assert found
    assert all(m[1] != "Libyan National Army" for m in found)


_DEMONYMS = st.sampled_from(["Zintani", "Maltese", "Tunisian", "Chadian", "Sudanese", "Greek", "Rujbani"])
_HEADS = st.sampled_from(["units", "forces", "rescue teams", "fighters", "troops", "brigades"])
_CLAUSES = st.sampled_from(["withdrew from {P}", "advanced on {P}", "entered {P}", "were sent to {P}"])
_TOWNS = st.sampled_from(["Ghat", "Sabha", "Zuwara", "Derna", "Murzuq"])


@settings(max_examples=25, deadline=None)
@given(_DEMONYMS, _DEMONYMS, _HEADS, _CLAUSES, _TOWNS, st.booleans())
def test_every_movement_actor_is_listed_among_the_actors(
    first: str, second: str, head: str, clause: str, town: str, joined: bool
) -> None:
    subject = f"{first} and {second} {head}" if joined and first != second else f"{first} {head}"
    text = f"On Monday {subject} {clause.format(P=town)}."
    article = PARSER.parse(text, published="2021-03-01")
    names = {a.name for a in article.actors}
    for m in article.movements:
        assert m.actor is None or m.actor in names
    assert len({m.actor for m in article.movements}) <= 2


def test_they_again_in_one_sentence_is_the_same_they() -> None:
    text = (
        "The Kufra Brigade set off for Ghat on Monday. "
        "The Awbari Battalion of the army blocked them near Ubari, which made them return to Kufra."
    )
    returned = [m for m in _movements(text) if m[2] == "Kufra"]
    assert [m[1] for m in returned] == ["Kufra Brigade"]


def test_a_commanders_forces_move_as_his_side() -> None:
    text = "Khalifa Haftar flew to Cairo on Monday. On Tuesday his fighters arrived in Sirte."
    article = PARSER.parse(text, published="2020-05-04")
    moves = [m for m in article.movements if m.destination is not None and m.destination.name == "Sirte"]
    assert [(m.kind, m.actor) for m in moves] == [(MovementKind.DEPLOY, "Libyan National Army")]
    assert moves[0].actor_mention is not None
    assert moves[0].actor_mention.text == "his fighters"
    assert "Libyan National Army" in {a.name for a in article.actors}


def test_troops_affiliated_with_a_commanders_militias_are_his_side() -> None:
    text = "Armed troops affiliated with the militias of Khalifa Haftar arrived in Ubari on Monday."
    assert _movements(text) == [(MovementKind.DEPLOY.value, "Libyan National Army", "Ubari")]


def _parsed(rows: list[tuple[str, str, str, str, int]]) -> ParsedSentence:
    """A hand-made parse: (text, lemma, pos, dep, head) per token, one space between tokens."""
    tokens, pos = [], 0
    children: dict[int, list[int]] = {}
    for i, (_text, _lemma, _pos, _dep, head) in enumerate(rows):
        if head != i:
            children.setdefault(head, []).append(i)
    for i, (text, lemma, upos, dep, head) in enumerate(rows):
        tag = "NNS" if upos == "NOUN" and text.endswith("s") else "XX"
        kids = tuple(children.get(i, []))
        tokens.append(
            Token(i, pos, pos + len(text), text, text.lower(), lemma, upos, tag, dep, head, kids, "", "")
        )
        pos += len(text) + 1
    return ParsedSentence(0, pos - 1, tuple(tokens))


def test_who_tells_of_the_conjunct_just_before_it() -> None:
    # "sent brigades and volunteers who fled": the parser hung "who fled" on "brigades"
    sent = _parsed(
        [
            ("sent", "send", "VERB", "ROOT", 0),
            ("brigades", "brigade", "NOUN", "dobj", 0),
            ("and", "and", "CCONJ", "cc", 1),
            ("volunteers", "volunteer", "NOUN", "conj", 1),
            ("who", "who", "PRON", "nsubj", 5),
            ("fled", "flee", "VERB", "relcl", 1),
        ]
    )
    s = _Sentence(sent, [])
    assert _subject(s, sent.tokens[5]) is sent.tokens[3]


def test_they_in_an_adverbial_clause_is_the_clauses_subject() -> None:
    text = (
        "A Libyan National Army officer said on Sunday that Zawiyan-led forces are losing men "
        "as they attack from Sabratha towards Zuwara."
    )
    pushes = [m for m in _movements(text) if m[2] == "Zuwara"]
    assert [m[1] for m in pushes] == ["Zawiyan-led forces"]


# ---------------------------------------------------------------- round two: sides and owners


def _actor_names(text: str, published: str = "2020-05-04") -> list[str]:
    return [a.name for a in PARSER.parse(text, published=published).actors]


def test_a_commanders_forces_move_as_the_group_his_title_names() -> None:
    text = (
        "The Tarhuna brigade commander Salem Abdo died on Monday, and his forces attacked Zliten on Tuesday."
    )
    assert _movements(text) == [("advance", "Tarhuna brigade", "Zliten")]


def test_a_firm_sends_goods_not_forces() -> None:
    text = "Diesel cargoes sent by the Sahara Oil Company reached Sabha on Sunday."
    assert all(actor != "Sahara Oil Company" for _, actor, _ in _movements(text))


def test_an_unnamed_force_resolved_to_a_side_is_no_second_actor() -> None:
    text = "Armed troops affiliated with the militias of Khalifa Haftar arrived in Ubari on Sunday."
    assert _movements(text) == [("deploy", "Libyan National Army", "Ubari")]
    assert "armed troops" not in [n.lower() for n in _actor_names(text)]


def test_pro_x_fighters_are_x_forces() -> None:
    assert _movements("Pro-Haftar fighters entered Gharyan on Monday.") == [
        ("capture", "Libyan National Army", "Gharyan")
    ]


def test_a_leaders_camp_is_his_side() -> None:
    assert _movements("Haftar's camp moved troops to Sirte on Monday.") == [
        ("deploy", "Libyan National Army", "Sirte")
    ]


def test_a_persons_side_is_read_as_of_the_article_date() -> None:
    text = "Bashagha's forces advanced on Tripoli on Friday."
    sides = {
        day: PARSER.parse(text, published=day).movements[0].actor
        for day in ("2019-05-01", "2022-08-27", "2024-02-01")
    }
    assert sides["2019-05-01"] == "Government of National Accord forces"
    assert sides["2022-08-27"] == "Government of National Stability forces"
    assert sides["2024-02-01"] == "Bashagha's forces"  # between periods: no known side


def test_the_army_is_read_off_the_mentions_words_not_every_alias() -> None:
    text = "Libya's army met the loyalists. Later the army moved."
    army = Hit(0, 11, "national-army", "Libyan army", "kb", actor_kind=ActorKind.ARMED_GROUP)
    loyal = _entry_hit(16, 30, "old-regime", "Old regime loyalists", ("Old regime army",))
    assert Coreference([army, loyal], text=text).resolve(42, "army") is army
    assert Coreference([army, loyal]).resolve(42, "army") is loyal  # without the text: any alias


def _entry_hit(start: int, end: int, ident: str, name: str, aliases: tuple[str, ...]) -> Hit:
    entry = ActorEntry(id=ident, name=name, kind=ActorKind.ARMED_GROUP, aliases=aliases)
    return Hit(start, end, ident, name, "kb", actor_kind=ActorKind.ARMED_GROUP, entry=entry)


# ---------------------------------------------------------------- dated affiliations in the actor base


def _kb_with(affiliations: object) -> ActorKB:
    actor = {"id": "sample-person", "name": "Sample Person", "kind": "person", "affiliation": "Old Side"}
    return ActorKB.from_mapping({"version": 1, "actors": [{**actor, "affiliations": affiliations}]})


def test_dated_affiliations_are_validated() -> None:
    good = _kb_with(
        [{"name": "A", "from": "2015-01-01", "to": "2016-12-31"}, {"name": "B", "from": "2018-01-01"}]
    )
    entry = good.entries[0]
    assert [entry.affiliation_on(dt.date(y, 6, 1)) for y in (2014, 2015, 2017, 2020)] == [
        None,
        "A",
        None,
        "B",
    ]
    assert entry.affiliation_on(None) == "Old Side"
    assert ActorKB.from_mapping(good.to_mapping()).entries[0].affiliations == entry.affiliations
    for bad in (
        [{"name": "A", "from": "2015-01-01", "to": "2016-12-31"}, {"name": "B", "from": "2016-06-01"}],
        [{"name": "A", "from": "2016-01-01", "to": "2015-01-01"}],
        [{"name": "A", "since": "2015-01-01"}],
        [{"from": "2015-01-01"}],
        "A",
    ):
        with pytest.raises(KnowledgeBaseError):
            _kb_with(bad)


_DAYS = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31))


@settings(max_examples=60, deadline=None)
@given(st.lists(_DAYS, min_size=2, max_size=8, unique=True), _DAYS)
def test_a_day_has_the_side_of_the_one_period_holding_it(bounds: list[dt.date], day: dt.date) -> None:
    bounds.sort()
    periods = [(bounds[k], bounds[k + 1] - dt.timedelta(days=1)) for k in range(0, len(bounds) - 1, 2)]
    periods = [(a, b) for a, b in periods if b >= a]
    raw = [
        {"name": f"Side {k}", "from": a.isoformat(), "to": b.isoformat()} for k, (a, b) in enumerate(periods)
    ]
    entry = _kb_with(raw).entries[0]
    holding = [f"Side {k}" for k, (a, b) in enumerate(periods) if a <= day <= b]
    expected = (holding[0] if holding else None) if periods else "Old Side"
    assert entry.affiliation_on(day) == expected
    assert entry.on(day).affiliation == expected


def test_these_factions_are_the_side_whose_militias_were_told_before() -> None:
    text = (
        "Gunmen linked to the militias of Khalifa Haftar reached Ubari on Sunday. "
        "He said these factions were now stationed at Tamanhint Air Base."
    )
    found = _movements(text)
    assert ("deploy", "Libyan National Army", "Tamanhint air base") in found
    assert "militias" not in _actor_names(text)


def test_bare_soldiers_in_a_spokesmans_report_are_his_sides() -> None:
    text = (
        "The Libyan National Army captured Tamanhint air base on Friday. "
        "Ali Omar, spokesman for the army, said soldiers had entered the base by Saturday morning."
    )
    assert _movements(text) == [("capture", "Libyan National Army", "Tamanhint air base")]
    assert _movements("Ahmed Mismari said fighters entered Gharyan on Saturday.") == [
        ("capture", "Libyan National Army", "Gharyan")
    ]


def test_bare_soldiers_reported_by_a_sideless_speaker_stay_unnamed() -> None:
    found = _movements("A resident said soldiers entered Gharyan on Saturday.")
    assert all(actor != "Libyan National Army" for _, actor, _ in found)


def test_they_inside_a_quotation_is_not_an_actor_named_before_it() -> None:
    text = 'The commander spoke to Sky News from the base. "We have won. They fled like rabbits," he said.'
    assert all(actor != "Sky News" for _, actor, _ in _movements(text))
    text = "The Libyan National Army said on Monday that they had retaken Gharyan."
    assert _movements(text) == [("capture", "Libyan National Army", "Gharyan")]


def test_the_target_of_an_attack_reached_by_a_description_does_not_capture() -> None:
    text = (
        "The ambush of the Red Brigade against the Blue Force went as planned, "
        "and the forces then seized the Blue Force's bases in Tarhuna."
    )
    assert all(actor != "Blue Force" for _, actor, _ in _movements(text))
    text = "The army fought against IS near Sirte, and Misrata forces seized the port of Sirte."
    # a subject of its own; the port is a place of its own since the gazetteer has the Port of Sirte
    assert _movements(text) == [("capture", "Misrata forces", "Port of Sirte")]


def test_an_agentless_capture_after_an_assault_on_the_place_is_the_assailants() -> None:
    text = "Misrata forces attacked Sirte on Friday; the city was captured two days later."
    assert ("capture", "Misrata forces", "Sirte") in _movements(text)
    text = "Misrata forces attacked Sirte on Friday. Benghazi was captured two days later."
    assert [m for m in _movements(text) if m[0] == "capture"] == []  # another place: not told


def test_they_after_a_speaking_government_is_the_side_that_just_moved() -> None:
    text = (
        "Troops under Khalifa Haftar have withdrawn from the outskirts of Zliten, a spokesman for "
        "the Tripoli government said. Earlier they had advanced on the town from Tarhuna."
    )
    assert {actor for _, actor, _ in _movements(text)} == {"Libyan National Army"}


def test_the_fall_of_a_place_just_assaulted_is_the_assailants_capture() -> None:
    text = "GNA forces advanced on Tarhuna on Friday, and the fall of the town followed within hours."
    assert ("capture", "Government of National Accord forces", "Tarhuna") in _movements(text)
    assert _movements("The fall of Tarhuna followed within hours.") == []  # nobody told


_GROUPS = st.sampled_from(["Misrata forces", "Libyan National Army", "Islamic State"])
_TOWNS = st.sampled_from(["Sirte", "Gharyan", "Tarhuna", "Zawiya", "Derna"])
_ASSAULTS = st.sampled_from(["attacked", "advanced on", "stormed the outskirts of"])
_TAKEN = st.sampled_from(["was captured", "was seized", "was taken"])


@settings(max_examples=20, deadline=None)
@given(_GROUPS, _TOWNS, _ASSAULTS, _TAKEN)
def test_an_agentless_capture_after_an_assault_is_never_someone_elses(
    group: str, town: str, assault: str, taken: str
) -> None:
    text = f"{group} {assault} {town} on Friday; the town {taken} two days later."
    captures = [m for m in _movements(text) if m[0] == "capture"]
    assert all(actor == group and place == town for _, actor, place in captures)
    assert captures or assault.startswith("stormed")  # "stormed" is a capture of its own
