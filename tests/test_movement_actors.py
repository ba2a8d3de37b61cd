"""Who moved: the actor a movement frame picks (descriptions, owners, conjuncts, passives).

Every sentence here is written for the test; each names the actor in a way the parse has to
resolve (a description, a "-backed" modifier, an agentless passive, an owner's company).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import MovementKind, Parser
from libya_events.extraction._coref import DESCRIPTIONS, PRONOUNS, Coreference
from libya_events.extraction._mentions import Hit
from libya_events.extraction._movements import _Sentence, _subject
from libya_events.model import ActorKind
from libya_events.syntax import ParsedSentence, Token

PARSER = Parser()


def _movements(text: str) -> list[tuple[str, str | None, str | None]]:
    article = PARSER.parse(text, published="2020-05-04")
    return [
        (m.kind.value, m.actor, m.destination.name if m.destination is not None else None)
        for m in article.movements
    ]


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
    text = "Rebels oppose a UN-backed government that arrived in Tripoli in May."
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
