"""Named forces and councils the dictionaries only partly know, and unnamed groups by head noun.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import Parser, parse_article
from libya_events.model import ActorKind

PARSER = Parser()


def _actors(text: str) -> dict[str, tuple[ActorKind, list[str]]]:
    article = PARSER.parse(text, published="2023-06-10")
    return {a.name: (a.kind, [m.text for m in a.mentions]) for a in article.actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("At dusk the allied Judicial Police clashed with a rival brigade near the port.", "Judicial Police"),
        ("The Diplomatic Police said the embassy in the capital was safe.", "Diplomatic Police"),
    ],
)
def test_a_headed_name_holding_a_collective_word_is_one_named_force(text: str, name: str) -> None:
    actors = _actors(text)
    assert name in actors
    assert actors[name][0] is ActorKind.ARMED_GROUP
    assert "Police" not in actors


def test_bare_police_stays_a_collective() -> None:
    actors = _actors("Police said four people were hurt in the blast in Sabha.")
    assert actors["Police"][0] is ActorKind.COLLECTIVE


def test_a_towns_military_council_is_its_own_armed_actor() -> None:
    text = (
        "Misrata forces moved east on Sunday. Later the Misrata Military Council closed the "
        "road west of the city to stop any convoy heading to the capital."
    )
    actors = _actors(text)
    assert actors["Misrata Military Council"][0] is ActorKind.ARMED_GROUP
    assert "Misrata Military Council" not in actors.get("Misrata forces", (None, []))[1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("EU defence chiefs met in Brussels on Friday to discuss the naval mission.", "defence chiefs"),
        ("The Libyan parties agreed on Monday to a ceasefire.", "Libyan parties"),
        (
            "Regional and international actors must respect the arms embargo.",
            "Regional and international actors",
        ),
    ],
)
def test_unnamed_groups_that_act_are_actors(text: str, name: str) -> None:
    assert _actors(text)[name][0] is ActorKind.COLLECTIVE


def test_groups_that_only_receive_an_action_add_no_actor() -> None:
    assert "officers" not in _actors("The rebels captured two officers near Brega on Sunday.")


def test_the_bare_group_after_a_fuller_one_is_that_group() -> None:
    actors = _actors(
        "The Libyan parties met in Geneva on Monday. On Tuesday the parties agreed to open the coastal road."
    )
    assert "parties" not in actors
    assert actors["Libyan parties"][1] == ["The Libyan parties", "the parties"]


def test_a_bare_group_with_two_fuller_ones_before_joins_neither() -> None:
    actors = _actors(
        "The Libyan parties met on Monday. Warring parties gathered in Sirte. Then the parties agreed on a truce."
    )
    assert actors["parties"][1] == ["the parties"]


def test_a_force_name_the_recogniser_misreads_is_still_a_named_force() -> None:
    actors = _actors("The Constitution Support Force blocked the coastal road at Zliten on Friday.")
    assert actors["Constitution Support Force"][0] is ActorKind.ARMED_GROUP


def test_a_misread_name_without_a_force_noun_adds_no_actor() -> None:
    assert _actors("The Berlin Process stalled again in the spring.") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Talks between the elders from Zliten and Khoms and the council collapsed.",
            "elders from Zliten and Khoms",
        ),
        ("A meeting of the main militia leaders of the town took place in Zawiya.", "militia leaders"),
        ("Clashes between rival militias erupted in Tripoli on Monday.", "rival militias"),
    ],
)
def test_those_who_take_part_in_a_joint_action_are_actors(text: str, name: str) -> None:
    assert name in _actors(text)


def test_a_group_named_after_a_plain_of_is_no_participant() -> None:
    assert _actors("The homes of local residents were damaged by the storm.") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Talks between Gharyan and the opposition Zintani-Warshefana alliance collapsed overnight.",
            "Zintani-Warshefana alliance",
        ),
        ("The Islamist coalition said on Friday that it would not leave the port.", "Islamist coalition"),
    ],
)
def test_a_described_alliance_is_an_armed_actor(text: str, name: str) -> None:
    assert _actors(text)[name][0] is ActorKind.ARMED_GROUP


def test_a_name_apposed_to_a_ship_is_no_actor() -> None:
    assert _actors("Geo Barents, a rescue vessel run by a medical charity, saved 40 people.") == {}


def test_a_person_apposed_to_a_boat_title_stays_a_person() -> None:
    assert (
        _actors("Ahmed Salem, the boat captain, said the sea was calm.")["Ahmed Salem"][0] is ActorKind.PERSON
    )


_FIRST = [
    "Forces loyal to Haftar advanced on Tripoli from Tarhuna.",
    "Troops loyal to the Libyan National Army entered Sirte.",
    "Fighters backing Haftar shelled the airport.",
]
_SECOND = [
    "Forces loyal to the unity government entered Tarhuna on Friday.",
    "Troops backing the government retook the road.",
    "Fighters loyal to Gen. Khalifa Haftar held the base.",
]


@settings(max_examples=9, deadline=None)
@given(st.sampled_from(_FIRST), st.sampled_from(_SECOND))
def test_no_actor_mention_runs_across_a_sentence_end(first: str, second: str) -> None:
    """ "forces loyal to" looks for its master in its own sentence: the government named in the
    next sentence is not the master of the first sentence's forces."""
    text = f"{first} {second}"
    article = parse_article(text, published="2020-03-03")
    boundary = len(first)
    for actor in article.actors:
        for mention in actor.mentions:
            assert not (mention.span.start < boundary < mention.span.end), mention.text


def test_forces_loyal_to_a_named_commander_and_then_to_the_government_are_two_sides() -> None:
    text = (
        "Forces loyal to Haftar advanced on Tripoli from Tarhuna. "
        "Forces loyal to the unity government entered Tarhuna on Friday."
    )
    moves = parse_article(text, published="2020-03-03").movements
    assert [(m.actor, m.destination and m.destination.name) for m in moves] == [
        ("Libyan National Army", "Tripoli"),
        ("Government of National Accord forces", "Tarhuna"),
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("On Friday the Nasr and Fajr brigades moved into Sirte from the west.", "Nasr", "Fajr"),
        ("Fighters of the Suqur al-Jabal and 301 battalions held the coast road.", "Suqur al-Jabal", "301"),
        ("Haftar's Rahma and Tawheed brigades advanced toward Derna.", "Rahma", "Tawheed"),
    ],
)
def test_names_sharing_one_plural_unit_head_are_two_units(text: str, first: str, second: str) -> None:
    actors = _actors(text)
    for name in (first, second):
        units = [n for n, (kind, mentions) in actors.items() if kind is ActorKind.ARMED_GROUP and name in n]
        assert len(units) == 1, (name, actors)
    assert not any(first in n and second in n for n in actors)


@given(st.sampled_from(["Nasr", "Fajr", "Rahma", "Nour"]), st.sampled_from(["Salam", "Karama", "Wahda"]))
@settings(max_examples=8, deadline=None)
def test_a_shared_unit_head_never_makes_one_actor_of_both_names(first: str, second: str) -> None:
    actors = _actors(f"The {first} and {second} brigades withdrew from the town on Monday.")
    assert f"{first} brigade" in actors
    assert not any(first in n and second in n for n in actors)


def test_government_sources_are_not_the_other_sides_sources() -> None:
    text = (
        "Rebel sources said their fighters had reached the edge of the port on Tuesday. "
        "Government sources said the raid had hit an empty depot outside the town."
    )
    actors = _actors(text)
    assert actors["Government sources"][0] is ActorKind.COLLECTIVE
    assert all(
        "Government sources" not in mentions
        for name, (_, mentions) in actors.items()
        if name != "Government sources"
    )


@pytest.mark.parametrize("modifier", ["tribal", "rival", "jihadist", "local"])
@pytest.mark.parametrize("noun", ["groups", "brigade", "militia"])
def test_described_groups_that_act_are_an_actor(modifier: str, noun: str) -> None:
    article = "" if noun.endswith("s") else "a "
    actors = _actors(f"In May, {article}{modifier} {noun} shut the oil field south of Ubari for a week.")
    assert f"{modifier} {noun}" in actors


def test_bare_groups_are_no_actor() -> None:
    actors = _actors("In May, groups of people gathered near the oil field south of Ubari.")
    assert not any(name.endswith("groups") for name in actors)


def test_a_definite_short_form_after_its_fuller_description_is_the_same_speaker() -> None:
    text = (
        '"The port road is open," the media office for the coastal forces said on Monday. '
        "The media office said three vehicles had been destroyed near the bridge."
    )
    names = [name for name in _actors(text) if "media office" in name]
    assert len(names) == 1, names
