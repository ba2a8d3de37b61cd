"""Coreference: pronouns and definite descriptions go to the latest compatible actor."""

from __future__ import annotations

import pytest

from libya_events import KnowledgeBaseError
from libya_events.extraction import ActorEntry, ActorKB
from libya_events.extraction._coref import Coreference
from libya_events.extraction._mentions import Hit
from libya_events.model import ActorKind


def _hit(start: int, name: str, kind: ActorKind, title: str | None = None) -> Hit:
    return Hit(start, start + len(name), name.lower(), name, "kb", actor_kind=kind, title=title)


def test_he_skips_a_later_group_and_they_skips_a_later_person() -> None:
    person = _hit(0, "Ali Ahmed", ActorKind.PERSON)
    group = _hit(40, "Brigade 17", ActorKind.ARMED_GROUP)
    coref = Coreference([person, group])
    assert coref.resolve(100, "he") is person
    assert coref.resolve(100, "they") is group
    assert coref.resolve(100, "the militia") is None  # a description is looked up by its head noun
    assert coref.resolve(100, "militia") is group


def test_gender_from_the_title_rules_out_a_nearer_person() -> None:
    woman = _hit(0, "Sara Nouri", ActorKind.PERSON, title="Ms")
    man = _hit(30, "Omar Salem", ActorKind.PERSON, title="Mr")
    coref = Coreference([woman, man])
    assert coref.resolve(80, "she") is woman
    assert coref.resolve(80, "he") is man


def test_no_reference_crosses_a_barrier_or_looks_forward() -> None:
    group = _hit(0, "Brigade 17", ActorKind.ARMED_GROUP)
    later = _hit(200, "Brigade 9", ActorKind.ARMED_GROUP)
    coref = Coreference([group, later], barriers=[100])
    assert coref.resolve(150, "it") is None
    assert coref.resolve(50, "it") is group
    assert coref.resolve(5, "it") is None
    assert coref.resolve(50, "whoever") is None


def _entry_hit(start: int, name: str, gender: str) -> Hit:
    entry = ActorEntry(id=name.lower().replace(" ", "-"), name=name, kind=ActorKind.PERSON, gender=gender)
    return Hit(start, start + len(name), entry.id, name, "kb", actor_kind=ActorKind.PERSON, entry=entry)


def test_gender_from_the_knowledge_base_skips_a_nearer_person() -> None:
    envoy = _entry_hit(0, "Hana Odeh", "f")
    minister = _entry_hit(40, "Karim Sabri", "m")
    coref = Coreference([envoy, minister])
    assert coref.resolve(90, "she") is envoy
    assert coref.resolve(90, "he") is minister


def test_the_packaged_knowledge_base_knows_genders() -> None:
    kb = ActorKB.default()
    assert kb["stephanie-williams"].gender == "f"
    assert kb["khalifa-haftar"].gender == "m"
    assert all(e.gender is None for e in kb.entries if e.kind is not ActorKind.PERSON)


def test_it_skips_a_plural_group_and_they_takes_it() -> None:
    army = _hit(0, "National Army", ActorKind.ARMED_GROUP)
    rebels = Hit(30, 36, "group:rebels", "rebels", "group", actor_kind=ActorKind.ARMED_GROUP)
    coref = Coreference([army, rebels])
    assert coref.resolve(80, "it") is army
    assert coref.resolve(80, "they") is rebels


def test_a_title_description_prefers_the_person_holding_that_title() -> None:
    commander = _hit(0, "Salem Jaber", ActorKind.PERSON, title="commander of the brigade")
    minister = _hit(40, "Adel Fitouri", ActorKind.PERSON, title="interior minister")
    coref = Coreference([commander, minister])
    assert coref.resolve(90, "commander") is commander
    assert coref.resolve(90, "minister") is minister
    assert coref.resolve(90, "spokesman") is minister  # no one holds it: the latest person


@pytest.mark.parametrize("bad", ["female", "x", "F"])
def test_a_gender_must_be_f_or_m(bad: str) -> None:
    raw = {"version": 1, "actors": [{"id": "a-b", "name": "A B", "kind": "person", "gender": bad}]}
    with pytest.raises(KnowledgeBaseError, match="gender"):
        ActorKB.from_mapping(raw)


def test_a_gender_is_only_for_a_person() -> None:
    raw = {"version": 1, "actors": [{"id": "a-b", "name": "A Brigade", "kind": "armed_group", "gender": "m"}]}
    with pytest.raises(KnowledgeBaseError, match="gender"):
        ActorKB.from_mapping(raw)


def test_a_gender_round_trips_through_the_file_format() -> None:
    raw = {"version": 1, "actors": [{"id": "a-b", "name": "A B", "kind": "person", "gender": "f"}]}
    kb = ActorKB.from_mapping(raw)
    assert ActorKB.from_mapping(kb.to_mapping())["a-b"].gender == "f"
    assert ActorKB.default().merged(kb)["a-b"].gender == "f"
    assert (
        ActorKB.from_mapping(raw).merged(ActorKB.from_mapping({"version": 1, "actors": []}))["a-b"].gender
        == "f"
    )
