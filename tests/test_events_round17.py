"""Round 17: place-less moves of one actor on different things, headlines glued to the body,
and where a move set off from.

Every sentence here is written for the test.
"""

from __future__ import annotations

import itertools

import pytest
from _movement_records import movement_records
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import MovementKind, Parser
from libya_events.text import find_preamble

PARSER = Parser()
C = MovementKind.CAPTURE


def _captures(text: str) -> list[tuple[str | None, str | None]]:
    return [(actor, dest) for kind, actor, dest, _ in movement_records(PARSER, text) if kind is C]


# ------------------------------------------- place-less moves on different things are two


def test_two_captures_of_different_unnamed_sites_are_two_events() -> None:
    text = (
        "Rebel fighters seized the airport on Monday after heavy clashes. Local officials said "
        "the night was calm. On Tuesday the rebels seized the port as well."
    )
    assert _captures(text) == [("Libyan rebels", None), ("Libyan rebels", None)]


def test_a_capture_of_camps_after_a_capture_of_an_airport_is_another_event() -> None:
    text = "The LNA seized the airport after a long fight. It later took two military camps."
    assert len(_captures(text)) == 2


def test_another_thing_of_the_same_sort_is_another_event() -> None:
    text = "The LNA captured a base near the border on Sunday. The LNA captured another base on Monday."
    assert len(_captures(text)) == 2


def test_a_retelling_of_the_same_unnamed_site_stays_one_event() -> None:
    text = "The LNA seized the airport on Monday. A spokesman said the LNA seized the airport without losses."
    assert _captures(text) == [("Libyan National Army", None)]


def test_a_town_retold_as_the_city_stays_one_event() -> None:
    text = (
        "Government forces captured the town after days of fighting. Residents said the forces "
        "had taken the city and cut the road."
    )
    assert len(_captures(text)) == 1


def test_an_unnamed_base_named_later_as_an_airbase_is_one_event() -> None:
    text = (
        "The LNA has captured a desert base from militants. Two days of air strikes saw the LNA "
        "capture Jufra airbase."
    )
    found = _captures(text)
    assert len(found) == 1, found
    assert found[0][1] is not None, found


def test_an_unnamed_port_before_a_named_town_taken_is_its_own_event() -> None:
    text = "The LNA seized the port. Later that day the LNA captured Sirte."
    assert _captures(text) == [("Libyan National Army", None), ("Libyan National Army", "Sirte")]


# ------------------------------------------------ a headline glued to the body's first line

BODY = (
    "Rebel fighters seized the port of Brega on Monday, local officials said.\n"
    "The rebels later advanced towards Ajdabiya."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Rebels seize key oil port in the east",
        "Libya: Rebels Seize Port Of Brega",
        "Can the rebels hold Brega?",
        "Rebels vow to 'march on Ajdabiya'",
        'Commander says forces will "take the whole coast"',
        "Rebels take Brega!",
    ],
)
def test_a_headline_on_the_line_before_the_body_is_read_as_with_a_blank_line(headline: str) -> None:
    glued, spaced = find_preamble(f"{headline}\n{BODY}"), find_preamble(f"{headline}\n\n{BODY}")
    assert glued.headline_lines == spaced.headline_lines == 1
    assert glued.body == len(headline) + 1
    assert spaced.body == len(headline) + 2


def test_a_quoted_headline_adds_no_movement_of_its_own() -> None:
    text = f'Rebels say they will "take Ajdabiya within days"\n{BODY}'
    found = movement_records(PARSER, text, "2011-03-02")
    assert (C, "Libyan rebels", "Ajdabiya", None) not in found, found
    assert (C, "Libyan rebels", "Brega", None) in found, found


def test_a_move_told_in_an_exclaimed_headline_is_the_bodys() -> None:
    text = f"Rebels take Brega!\n{BODY}"
    article = PARSER.parse(text, published="2011-03-02")
    captures = [m for m in article.movements if m.kind is C]
    assert [m.trigger.text for m in captures] == ["seized"]


@pytest.mark.parametrize(
    "first",
    [
        "Rebel fighters seized the port on Monday.",
        'A commander said: "We will take the whole coast."',
        "Did the rebels hold the port? Officials said they did.",
    ],
)
def test_a_first_line_of_prose_is_no_headline(first: str) -> None:
    p = find_preamble(f"{first}\n{BODY}")
    assert (p.body, p.headline_lines) == (0, 0)


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9)


@settings(max_examples=60, deadline=None)
@given(
    first=st.lists(_WORD, min_size=2, max_size=30),
    stop=st.sampled_from([".", '."', ".'", ".\u201d", "?!."]),
    rest=st.lists(st.lists(_WORD, min_size=2, max_size=12), max_size=4),
)
def test_prose_whose_first_line_ends_with_a_full_stop_is_never_a_headline(
    first: list[str], stop: str, rest: list[list[str]]
) -> None:
    line = "The " + " ".join(first) + stop
    body = "\n".join("Then " + " ".join(words) + "." for words in rest)
    p = find_preamble(line + ("\n" + body if body else ""))
    assert (p.body, p.headline_lines) == (0, 0)


# ---------------------------------------------------------------- where a move set off from

W, D, A = MovementKind.WITHDRAW, MovementKind.DEPLOY, MovementKind.ADVANCE


def _moves(text: str) -> list[tuple[MovementKind, str | None, str | None, str | None]]:
    return movement_records(PARSER, text)


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Misrata-based forces moved to Sirte on Monday.", (D, "Sirte", "Misrata")),
        ("LNA units stationed in Benghazi were deployed to Sirte.", (D, "Sirte", "Benghazi")),
        ("Moving from Misrata, the Bunyan Marsous brigades advanced on Sirte.", (A, "Sirte", "Misrata")),
    ],
)
def test_where_the_mover_is_based_or_sets_off_is_the_origin(
    text: str, record: tuple[MovementKind, str, str]
) -> None:
    kind, dest, origin = record
    assert any((k, d, o) == (kind, dest, origin) for k, _, d, o in _moves(text)), _moves(text)


def test_a_place_reached_is_not_also_the_place_left() -> None:
    found = _moves("The LNA retreated to Tarhuna from its positions south of Tripoli.")
    assert found == [(W, "Libyan National Army", "Tarhuna", None)]


def test_abandoning_a_town_and_retreating_to_another_is_one_withdrawal() -> None:
    found = _moves("The LNA abandoned Gharyan on Wednesday and retreated to Tarhuna.")
    assert found == [(W, "Libyan National Army", "Tarhuna", "Gharyan")]


def test_a_retreat_whose_retelling_names_the_place_left_keeps_it() -> None:
    found = _moves("The LNA retreated to Tarhuna after it abandoned Gharyan.")
    assert found == [(W, "Libyan National Army", "Tarhuna", "Gharyan")]


def test_place_less_withdrawals_from_different_places_are_two() -> None:
    text = (
        "The LNA withdrew from Gharyan on Tuesday. Residents said the town was quiet and "
        "shops reopened. The LNA also withdrew from Tarhuna."
    )
    origins = [o for k, _, _, o in _moves(text) if k is W]
    assert origins == ["Gharyan", "Tarhuna"]


def test_a_bare_withdrawal_retold_with_its_place_stays_one() -> None:
    text = (
        "The LNA withdrew on Tuesday. Residents said the town was quiet and shops reopened. "
        "The LNA had pulled out of Tarhuna."
    )
    assert [o for k, _, _, o in _moves(text) if k is W] == ["Tarhuna"]


def test_a_bare_departure_after_the_other_side_took_a_town_left_that_town() -> None:
    text = (
        "Government forces entered Gharyan on Friday and took the town after a short fight. "
        '"The town is ours and the people are safe," a military spokesman said in a statement '
        "posted online. Another spokesman said the troops met no resistance because Haftar's "
        "fighters had already left. The LNA said it had also pulled back from the outskirts of "
        "Tarhuna to give talks a chance."
    )
    origins = [o for k, _, _, o in _moves(text) if k is W]
    assert origins == ["Gharyan", "Tarhuna"]


@pytest.mark.parametrize(
    "text",
    [
        "LNA forces left Gharyan and headed to Tarhuna.",
        "After leaving Gharyan, LNA forces advanced on Tarhuna.",
    ],
)
def test_leaving_a_town_and_heading_for_another_is_one_move_from_it(text: str) -> None:
    found = _moves(text)
    assert len(found) == 1, found
    assert found[0][2:] == ("Tarhuna", "Gharyan"), found


def test_fleeing_a_town_is_not_joined_to_an_advance() -> None:
    found = _moves("The LNA fled Gharyan and advanced on Tarhuna.")
    assert (W, "Libyan National Army", None, "Gharyan") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Haftar's forces were pushed out of Gharyan and fell back to Tarhuna.",
        "The LNA was driven out of Gharyan and retreated to Tarhuna.",
    ],
)
def test_a_side_driven_out_that_retreats_is_the_one_retreating(text: str) -> None:
    assert _moves(text) == [(W, "Libyan National Army", "Tarhuna", "Gharyan")]


def test_a_second_passive_after_and_is_no_move_of_the_first_subject() -> None:
    found = _moves("Some 1,200 migrants were intercepted at sea and returned to Libya in May.")
    assert found == [], found


def test_withdrawals_from_different_unnamed_sites_are_two() -> None:
    text = "LNA forces withdrew from the airport. LNA forces also withdrew from the port."
    assert [k for k, _, _, _ in _moves(text)] == [W, W]


def test_reaching_the_centre_of_a_town_just_entered_is_no_new_advance() -> None:
    text = (
        "GNA forces swept into Tarhuna, a town south-east of the capital, on Friday. Units entered it from three "
        "sides and reached the centre within hours."
    )
    assert [k for k, _, _, _ in _moves(text) if k is A] == [A]


SITE_NOUNS = ["airport", "port", "barracks", "refinery", "bridge", "prison", "hospital", "camp"]


@pytest.mark.parametrize(("first", "second"), list(itertools.product(SITE_NOUNS, SITE_NOUNS)))
def test_a_place_less_capture_retold_is_one_and_of_another_site_is_two(first: str, second: str) -> None:
    text = f"The LNA seized the {first} on Monday. A spokesman said the LNA had seized the {second} too."
    found = [k for k, _, _, _ in _moves(text) if k is C]
    assert len(found) == (1 if first == second else 2), (text, found)
