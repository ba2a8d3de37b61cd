"""Movements, statements and user knowledge: generated sentences and their invariants."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from libya_events import ActorKB, Gazetteer, Modality, MovementKind, Parser, parse_article
from libya_events.gazetteer import Place
from libya_events.model import LocationKind

# Subjects the knowledge base knows, with the canonical actor each one names.
FORCES = [
    ("LNA forces", "Libyan National Army"),
    ("Haftar's forces", "Libyan National Army"),
    ("The Libyan National Army", "Libyan National Army"),
    ("Wagner mercenaries", "Wagner group"),
]
PEOPLE = [
    ("Fathi Bashagha", "Fathi Bashagha"),
    ("Khalifa Haftar", "Khalifa Haftar"),
    ("Abdul Hamid Dbeibah", "Abdul Hamid Dbeibah"),
]
PLACES = ["Gharyan", "Tarhuna", "Sirte", "Misrata", "Benghazi", "Sabha", "Bani Walid", "Zawiya"]

# (template, kind, modality, role of the place); {A} the actor, {P} the place.
FORCE_TEMPLATES = [
    ("{A} took {P} on Thursday.", MovementKind.CAPTURE, Modality.REPORTED, "destination"),
    ("{A} have captured {P}.", MovementKind.CAPTURE, Modality.REPORTED, "destination"),
    ("{A} seized control of {P} late on Monday.", MovementKind.CAPTURE, Modality.REPORTED, "destination"),
    ("{P} was retaken by {A} on Friday.", MovementKind.CAPTURE, Modality.REPORTED, "destination"),
    ("{A} withdrew from {P} overnight.", MovementKind.WITHDRAW, Modality.REPORTED, "origin"),
    ("{A} pulled out of {P} on Sunday.", MovementKind.WITHDRAW, Modality.REPORTED, "origin"),
    ("{A} advanced on {P} on Tuesday.", MovementKind.ADVANCE, Modality.REPORTED, "destination"),
    ("{A} pushed toward {P}.", MovementKind.ADVANCE, Modality.REPORTED, "destination"),
    ("{A} sent reinforcements to {P}.", MovementKind.DEPLOY, Modality.REPORTED, "destination"),
    ("{A} did not succeed in taking {P}.", MovementKind.CAPTURE, Modality.ATTEMPTED, "destination"),
    ("{A} tried to capture {P} on Wednesday.", MovementKind.CAPTURE, Modality.ATTEMPTED, "destination"),
    ("{A} will advance on {P}, a commander said.", MovementKind.ADVANCE, Modality.PLANNED, "destination"),
    ("{A} denied that its forces had entered {P}.", MovementKind.CAPTURE, Modality.DENIED, "destination"),
]
PERSON_TEMPLATES = [
    ("{A} flew to {P} on Monday.", MovementKind.TRAVEL, Modality.REPORTED, "destination"),
    ("{A} arrived in {P} late on Tuesday.", MovementKind.TRAVEL, Modality.REPORTED, "destination"),
    ("{A} visited {P} last week.", MovementKind.TRAVEL, Modality.REPORTED, "destination"),
    ("{A} would travel to {P} later this week.", MovementKind.TRAVEL, Modality.PLANNED, "destination"),
]


def sentences(subjects: list[tuple[str, str]], templates: list[tuple[str, MovementKind, Modality, str]]):  # type: ignore[no-untyped-def]
    return st.tuples(st.sampled_from(subjects), st.sampled_from(templates), st.sampled_from(PLACES))


@given(sentences(FORCES, FORCE_TEMPLATES) | sentences(PEOPLE, PERSON_TEMPLATES))
def test_generated_movement_sentences(
    case: tuple[tuple[str, str], tuple[str, MovementKind, Modality, str], str],
) -> None:
    (surface, actor), (template, kind, modality, role), place = case
    text = template.format(A=surface, P=place)
    article = parse_article(text, published="2020-06-05")
    matching = [m for m in article.movements if m.kind is kind]
    assert matching, f"{text!r}: {[(m.kind, m.actor) for m in article.movements]}"
    move = matching[0]
    assert move.actor == actor, text
    assert move.modality is modality, text
    where = move.destination if role == "destination" else move.origin
    assert where is not None, text
    assert where.name == Gazetteer.default().resolve(place).name
    assert text[move.trigger.span.start : move.trigger.span.end] == move.trigger.text


QUOTES = st.sampled_from(['"{q}," {s} said.', "\u201c{q},\u201d {s} told Reuters.", '{s} said: "{q}."'])
QUOTE_WORDS = st.lists(
    st.sampled_from(["we", "will", "not", "retreat", "from", "the", "front", "today", "ever"]),
    min_size=2,
    max_size=12,
)


@given(QUOTES, QUOTE_WORDS, st.sampled_from(["Ahmed Mismari", "Fathi Bashagha", "residents"]))
@example(
    '"{q}," {s} said.', ["the", "retreat", "we"], "Ahmed Mismari"
)  # the quote's last word parsed as subject
def test_quotes_lie_inside_their_marks(template: str, words: list[str], speaker: str) -> None:
    quote = " ".join(words).capitalize()
    text = "Fighting went on near Tripoli. " + template.format(q=quote, s=speaker)
    article = parse_article(text, published="2020-06-05")
    direct = [s for s in article.statements if s.direct]
    assert len(direct) == 1
    statement = direct[0]
    inside = text[statement.span.start : statement.span.end]
    assert inside.rstrip(",.") == statement.text
    before = text[: statement.span.start].rstrip()
    assert before.endswith(('"', "\u201c"))
    assert text[statement.span.end :].lstrip(",.").startswith(('"', "\u201d"))
    assert statement.speaker is not None
    assert speaker.split()[-1] in statement.speaker


def test_every_direct_quote_in_the_examples_is_between_marks() -> None:
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for statement in parse_article(text, published="2020-03-03").statements:
            if statement.direct:
                assert text[statement.span.start - 1] in '"\u201c'


def test_users_extend_both_knowledge_bases(tmp_path: pytest.TempPathFactory) -> None:
    actors = tmp_path / "actors.json"  # type: ignore[operator]
    actors.write_text(
        json.dumps(
            {
                "version": 1,
                "actors": [
                    {
                        "id": "desert-hawks",
                        "name": "Desert Hawks Brigade",
                        "kind": "armed_group",
                        "aliases": ["Desert Hawks"],
                        "source": "test fixture",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    kb = ActorKB.default().merged(ActorKB.from_file(actors))
    oasis = Place(
        id="user:qaryat-test",
        name="Qaryat Testia",
        kind=LocationKind.CITY,
        feature="populated_place",
        lat=30.1,
        lon=15.2,
        country_code="LY",
        population=0,
        aliases=(),
        extent_km=2.0,
        source="test fixture",
    )
    gazetteer = Gazetteer.default().merged(Gazetteer.from_places([oasis]))
    parser = Parser(gazetteer=gazetteer, knowledge_base=kb)
    article = parser.parse("The Desert Hawks seized Qaryat Testia on Friday.", published=dt.date(2020, 6, 5))
    assert [a.name for a in article.actors] == ["Desert Hawks Brigade"]
    (move,) = article.movements
    assert move.destination is not None
    assert move.destination.name == "Qaryat Testia"
    assert move.destination.point is not None
    assert (move.destination.point.lat, move.destination.point.lon) == (30.1, 15.2)


def test_who_and_where_only_skips_events() -> None:
    import pickle

    text = "LNA forces seized Gharyan, about 80km south of Tripoli, on Thursday, residents said."
    full = parse_article(text, published="2019-04-06")
    parser = Parser(events=False)
    half = parser.parse(text, published="2019-04-06")
    assert full.movements
    assert full.statements
    assert not half.movements
    assert not half.statements
    assert [loc.name for loc in half.locations] == [loc.name for loc in full.locations]
    assert [rel.point for rel in half.relative_locations] == [rel.point for rel in full.relative_locations]
    assert pickle.loads(pickle.dumps(parser)).events is False
