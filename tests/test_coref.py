"""Coreference: pronouns and definite descriptions go to the latest compatible actor."""

from __future__ import annotations

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
