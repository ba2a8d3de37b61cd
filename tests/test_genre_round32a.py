"""Round 32a: classes found by four blind genre articles (genre-101..104)."""

from __future__ import annotations

import datetime

import pytest

from libya_events import Parser
from libya_events.dates import day_headings, find_time_expressions, heading_day, in_day_sections


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2016-03-31"
) -> list[tuple[str, str, str | None, str | None]]:
    out = []
    for m in parser.parse(text, published=published).movements:
        dest = m.destination.name if m.destination is not None else None
        out.append((m.actor, m.kind.value, dest, m.date.iso if m.date is not None else None))
    return out


# ---------------------------------------------------------------- live pages: bare clock times, day headings

LIVE_PAGE = """Live: the unity government reaches the capital

Wednesday 30 March

10:05 Welcome to our coverage of the day.

11:30 The airport was shut on Monday, officials say.

13:20 Fayez al-Sarraj has arrived at Mitiga airport, aides tell us.

21:30 Gunmen loyal to Khalifa Ghwell stormed a television station this evening.

Thursday 31 March

09:00 The Nawasi brigade has deployed its fighters to Martyrs' Square.
"""


def test_a_bare_clock_time_opening_a_line_starts_an_entry_dated_by_its_day_heading(parser: Parser) -> None:
    moves = _moves(parser, LIVE_PAGE)
    sarraj = [m for m in moves if m[0] == "Fayez al-Sarraj"]
    assert sarraj, moves
    assert sarraj[0][3] == "2016-03-30", moves  # not Monday's date from the entry before
    nawasi = [m for m in moves if m[0] == "Nawasi brigade"]
    assert nawasi, moves
    assert nawasi[0][3] == "2016-03-31", moves


def test_an_entrys_this_evening_is_its_heading_day_not_the_pages_last_day() -> None:
    published = datetime.date(2016, 3, 31)
    times = in_day_sections(LIVE_PAGE, find_time_expressions(LIVE_PAGE, published), published)
    evening = next(t for t in times if t.text == "this evening")
    assert evening.date is not None
    assert evening.date.iso == "2016-03-30"
    assert LIVE_PAGE[evening.span.start : evening.span.end] == "this evening"


def test_day_headings_are_lines_that_name_a_day_and_nothing_else() -> None:
    text = "Live page\n\nMonday 12 September\n\n09:00 Troops moved on Tuesday 13 September, a source said.\n"
    times = find_time_expressions(text, datetime.date(2016, 9, 14))
    headings = day_headings(text, times)
    assert [d.iso for _, d in headings] == ["2016-09-12"]  # the date inside the entry is no heading
    assert heading_day(headings, 0) is None
    assert heading_day(headings, len(text) - 1) == headings[0][1]


def test_a_page_without_day_headings_keeps_its_times() -> None:
    text = "10:05 Troops left Sirte this morning.\n"
    published = datetime.date(2016, 3, 31)
    times = find_time_expressions(text, published)
    assert in_day_sections(text, times, published) == times


@pytest.mark.parametrize(
    "text",
    [
        "Wednesday 30 March\n\n19:45 Gunfire has been heard in Abu Salim, residents tell us.\n",
        "Thursday 31 March\n\n12:30 Armoured vehicles moved into Souq al-Juma overnight, a security source tells us.\n",
    ],
)
def test_a_statement_in_an_entry_does_not_begin_with_its_clock_time(parser: Parser, text: str) -> None:
    said = [s.text for s in parser.parse(text, published="2016-03-31").statements]
    assert said
    assert not said[0][:1].isdigit(), said


# ---------------------------------------------------------------- the publisher's staff


@pytest.mark.parametrize(
    "text",
    [
        "Our correspondent in Tripoli says shops reopened in the afternoon.",
        "Our correspondent in Misrata says the Halbous brigade left for Sirte on Monday.",
        "Our correspondents in Benghazi said the port was quiet.",
    ],
)
def test_our_correspondent_somewhere_is_the_publisher_no_actor_no_statement(
    parser: Parser, text: str
) -> None:
    article = parser.parse(text, published="2016-03-31")
    assert not [st for st in article.statements if st.speaker is None or "correspondent" in st.speaker], (
        article.statements
    )
    assert not [a for a in article.actors if "correspondent" in a.name or "reporter" in a.name]


def test_a_named_outlets_correspondent_still_speaks(parser: Parser) -> None:
    article = parser.parse("A Reuters correspondent in Tripoli said shops reopened.", published="2016-03-31")
    assert article.statements


# ---------------------------------------------------------------- asked for, not done


@pytest.mark.parametrize(
    "text",
    [
        "Ghwell repeated his demand that the Presidency Council leave Tripoli.",
        "The GNA repeated its call that the Libyan National Army leave Sirte.",
        "The mayor insisted that the Nawasi brigade withdraw from Misrata at once.",
    ],
)
def test_a_bare_that_clause_under_a_word_of_asking_is_no_movement(parser: Parser, text: str) -> None:
    assert _moves(parser, text) == []


def test_a_told_that_clause_is_still_a_movement(parser: Parser) -> None:
    moves = _moves(parser, "The ministry said that the Nawasi brigade withdrew from Misrata on Monday.")
    assert [m[1] for m in moves] == ["withdraw"], moves


# ---------------------------------------------------------------- left in a state, went to school


@pytest.mark.parametrize(
    "text",
    [
        "Sabha fell on Wednesday. Its loss leaves Gaddafi's followers holding Sirte and Bani Walid in the north.",
        "The fall of Sabha leaves Gaddafi's followers holding Sirte and Bani Walid.",
    ],
)
def test_leaving_someone_in_a_state_is_no_departure(parser: Parser, text: str) -> None:
    assert _moves(parser, text, "2011-09-22") == []


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("The Libyan National Army left Gharyan heading south to Sabha.", "Sabha"),
        ("Haftar's forces left Ajdabiya on Monday, leaving three vehicles behind.", None),
    ],
)
def test_leaving_a_place_is_still_a_withdrawal(parser: Parser, text: str, dest: str | None) -> None:
    moves = _moves(parser, text, "2011-09-22")
    assert any(kind == "withdraw" and d == dest for _, kind, d, _ in moves), moves


@pytest.mark.parametrize(
    "text",
    [
        "Mustafa Abdul Jalil went to school in Bayda before he studied law.",
        "Sabha is where Muammar Gaddafi went to school, and the town was long loyal to him.",
        "Khalifa Haftar went to war with the Islamists in Benghazi in 2014.",
    ],
)
def test_going_to_school_or_to_war_reaches_no_place(parser: Parser, text: str) -> None:
    assert _moves(parser, text, "2011-09-22") == []


def test_going_to_a_named_place_is_still_travel(parser: Parser) -> None:
    moves = _moves(parser, "Khalifa Haftar went to Cairo on Monday.", "2019-04-10")
    assert [(m[1], m[2]) for m in moves] == [("travel", "Cairo")], moves


# ---------------------------------------------------------------- the reporter's comment after reported words


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The Dabbashi brigade said it had turned against the smugglers, a change that residents put down"
            " to foreign money.",
            "it had turned against the smugglers",
        ),
        (
            "The ministry said the Nawasi brigade had left Sirte, a move seen in Tripoli as a concession.",
            "the Nawasi brigade had left Sirte",
        ),
    ],
)
def test_a_comment_noun_in_apposition_ends_the_reported_clause(parser: Parser, text: str, said: str) -> None:
    texts = [s.text for s in parser.parse(text, published="2017-10-08").statements]
    assert said in texts, texts


def test_an_apposition_naming_someone_stays_in_the_reported_clause(parser: Parser) -> None:
    text = "The council said it had appointed Ali Omar, a lawyer from Misrata."
    texts = [s.text for s in parser.parse(text, published="2017-10-08").statements]
    assert any(t.endswith("a lawyer from Misrata") for t in texts), texts


# ---------------------------------------------------------------- "according to a council statement"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The National Transitional Council met in Benghazi. NTC forces entered Hun on Monday, according to"
            " a council statement.",
            "National Transitional Council",
        ),
        (
            "The Government of National Accord met in Tripoli. Its forces entered Sirte on Monday, according to"
            " a government statement.",
            "Government of National Accord",
        ),
    ],
)
def test_a_body_noun_before_statement_is_the_body_named_before(
    parser: Parser, text: str, speaker: str
) -> None:
    article = parser.parse(text, published="2011-09-22")
    assert [(s.speaker, s.channel) for s in article.statements] == [(speaker, "statement")]


def test_a_body_noun_with_no_body_named_before_speaks_for_no_one(parser: Parser) -> None:
    article = parser.parse(
        "Fighters entered Sirte on Monday, according to a council statement.", published="2011-09-22"
    )
    assert not [s for s in article.statements if s.speaker is not None]


# ---------------------------------------------------------------- the Sabratha operations room (actor base)


def test_the_sabratha_operations_room_is_one_actor_not_the_group_it_fights(parser: Parser) -> None:
    text = "The Operations Room for Combating ISIS announced on Friday that its forces had taken Sabratha."
    article = parser.parse(text, published="2017-10-08")
    assert [m.actor for m in article.movements] == ["Sabratha Anti-IS Operations Room"]
    assert "Islamic State" not in [a.name for a in article.actors]


# ---------------------------------------------------------------- people moved by others


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        (
            "Thousands of migrants had been held by smugglers in farms near Sabratha. Their captors fled on"
            " Friday. They have since been gathered in a hangar in Dahman.",
            "Dahman",
        ),
        (
            "Hundreds of migrants reached the border in July. The guards and their partners gave out water at"
            " the post. About 400 of them have since been transferred to Tripoli.",
            "Tripoli",
        ),
        (
            "Some 2,000 refugees arrived in Kufra in June. Aid workers from two charities counted them. About"
            " 300 of them were bused to Benghazi on Monday.",
            "Benghazi",
        ),
    ],
)
def test_a_carried_they_is_the_people_moved_not_who_held_or_helped_them(
    parser: Parser, text: str, dest: str
) -> None:
    moves = _moves(parser, text, "2023-08-11")
    carried = [m for m in moves if m[2] == dest]
    assert carried, moves
    assert carried[0][0] in ("migrants", "refugees"), moves


@pytest.mark.parametrize(
    "text",
    [
        "About 1,200 migrants were bused from Dahman to Zawiya on Saturday.",
        "Some 150 refugees were transferred from Kufra to Benghazi on Monday.",
    ],
)
def test_people_bused_or_transferred_from_a_place_travel(parser: Parser, text: str) -> None:
    moves = _moves(parser, text, "2023-08-11")
    assert moves, moves
    assert {kind for _, kind, _, _ in moves} == {"travel"}, moves


def test_people_evacuated_from_a_place_still_withdraw(parser: Parser) -> None:
    moves = _moves(
        parser, "About 300 workers were evacuated from Misrata to Benghazi on Monday.", "2011-04-26"
    )
    assert [kind for _, kind, _, _ in moves] == ["withdraw"], moves


# ---------------------------------------------------------------- a body named inside "according to ..."


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        (
            "Hundreds of families were driven out of Sirte, according to figures gathered by UNHCR staff."
            " They reached Misrata on Monday.",
            "Misrata",
        ),
        (
            "Some 300 migrants were expelled from Sfax, according to accounts collected by IOM teams."
            " They reached Zawiya on Tuesday.",
            "Zawiya",
        ),
    ],
)
def test_a_body_inside_an_according_to_phrase_is_not_a_later_they(
    parser: Parser, text: str, dest: str
) -> None:
    moves = _moves(parser, text, "2016-05-31")
    reached = [m for m in moves if m[2] == dest]
    assert reached, moves
    assert reached[0][0] in ("families", "migrants"), moves


def test_a_body_cited_by_according_to_is_still_a_later_it(parser: Parser) -> None:
    text = (
        "Hundreds of families left Sirte on Sunday, according to the International Organization for Migration."
        " It said on Monday that most had reached Misrata."
    )
    speakers = [s.speaker for s in parser.parse(text, published="2016-05-31").statements]
    assert speakers == ["International Organization for Migration"] * 2, speakers
