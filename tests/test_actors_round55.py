"""Round 55: actors.

- An unnamed group told only inside a quotation, that neither speaks nor moves there ('"we were
  tired of smugglers running our streets"'), is the speaker's words, no group acting in the
  story: no actor. Told again outside the quotation, or moving, it stays one; a quoted mention
  still names the group a later bare mention takes up ('"the Libyan parties chose ..." ... The
  parties agreed').
- A dated role in apposition right after a person's name ("Khalifa al-Obeidi, the spokesman for
  the Libyan National Army,") is that person's title: the person speaks, not the role's holder
  of the day the knowledge base knows.
- A capitalised office title read as a name ("The Emergency Relief Coordinator, Martin Griffiths,")
  or joined into another title with no comma ("the UN Resident and Humanitarian Coordinator") is
  no actor and no second speaker.
- Bylines: a byline whose surname opens with the Arabic article ("By Salma al-Fituri, Misrata")
  and one on the line after a dateline that stands alone ("Benghazi, 3 May 2016:" then "By ...")
  are no prose: their author is no actor.
- "Local councillors" are unnamed sources ("according to local councillors"), and the Syrian
  Observatory for Human Rights, a monitor often quoted on foreign fighters in Libya, is a known
  organisation ("the monitor said" takes it up).
- A given name with an age in apposition ("Amadou, 19, from Mali", "Yusuf, a 24-year-old from
  Zliten") is a person, so "he said" after it is his; a known person's surname so told
  ("Stevens, 52,") stays that person, and a place with a figure after it stays a place.
- An operations room told by a side's or a person's name ("the Libya Dawn operations room said",
  "the Omar Mukhtar operations room") is an armed group of its own where it speaks or moves, no
  person; the side stays named. A rank before the name of the room's commander ("The commander
  of the X operations room, Major General Y,") still leaves the role in apposition to Y.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _actor_views import kinds, speakers

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2019-06-10") -> Article:
    return PARSER.parse(text, published=published)


# ------------------------------------------------- unnamed groups told only inside a quote


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            '"We opened the gates because we were tired of smugglers running our streets," said Ali '
            "Saleh, an elder in Sabha.",
            "smugglers",
        ),
        (
            '"Since Friday gunmen have fired on every car that moves," a resident told us by telephone.',
            "gunmen",
        ),
        (
            'The doctor said: "Since the clashes terrorists have fired at every ambulance on this road."',
            "terrorists",
        ),
    ],
)
def test_a_group_told_only_inside_a_quote_is_no_actor(text: str, word: str) -> None:
    assert not [name for name in kinds(_parse(text)) if word in name.lower()]


def test_a_group_told_outside_a_quote_stays_an_actor() -> None:
    names = kinds(_parse("Smugglers ran the streets of Sabha for years, Ali Saleh said."))
    assert "Smugglers" in names


def test_a_stray_quote_mark_left_open_quotes_no_group() -> None:
    article = _parse(
        'Troops have moved west on a mission to "free the country from "terrorism", officials said on Wednesday.'
    )
    assert "officials" in kinds(article)


def test_a_quoted_group_still_names_the_later_bare_mention() -> None:
    article = _parse(
        'The envoy said: "Today the Libyan parties have chosen dialogue over war." '
        "The parties also agreed to reopen the coastal road."
    )
    parties = [a for a in article.actors if "parties" in a.name.lower()]
    assert len(parties) == 1
    assert [m.text for m in parties[0].mentions] == ["the Libyan parties", "The parties"]


# ------------------------------------------------- a dated role apposed to another person


@pytest.mark.parametrize(
    "text",
    [
        "Khalifa al-Obeidi, the spokesman for the Libyan National Army, said the marshal was received "
        "as a partner.",
        '"The marshal was received as a partner," said Khalifa al-Obeidi, a spokesman for the Libyan '
        "National Army, by telephone.",
    ],
)
def test_a_role_apposed_to_a_named_person_is_his_title(text: str) -> None:
    article = _parse(text)
    assert speakers(article) == ["Khalifa al-Obeidi"]
    assert "Ahmed Mismari" not in kinds(article)


def test_the_role_apposed_to_its_own_holder_stays_one_actor() -> None:
    article = _parse(
        "Ahmed al-Mismari, the spokesman for the Libyan National Army, said the town had fallen."
    )
    assert speakers(article) == ["Ahmed Mismari"]
    assert [n for n in kinds(article) if "Mismari" in n] == ["Ahmed Mismari"]


# ------------------------------------------------- capitalised office titles


@pytest.mark.parametrize(
    ("text", "speaker", "title"),
    [
        (
            "The Emergency Relief Coordinator, Martin Griffiths, said on Monday that he had released "
            "funds for the flooded towns.",
            "Martin Griffiths",
            "Coordinator",
        ),
        (
            '"The roads are still closed," said Maria Lopez, the UN Resident and Humanitarian '
            "Coordinator, on Friday.",
            "Maria Lopez",
            "Coordinator",
        ),
    ],
)
def test_an_office_title_is_no_actor_and_no_second_speaker(text: str, speaker: str, title: str) -> None:
    article = _parse(text, "2023-09-20")
    assert speakers(article) == [speaker]
    assert not [n for n in kinds(article) if title in n]


def test_two_people_apposed_with_their_titles_both_speak() -> None:
    article = _parse(
        "The prime minister, Ali Zeidan, and the Speaker, Nouri Abusahmain, said the talks had failed."
    )
    assert len(speakers(article)) == 2


# ------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Commission meets again in Sirte\n\nBy Salma al-Fituri, Misrata\n\n"
            "SIRTE, 12 January 2022 - The military commission resumed its talks on Monday.",
            "Fituri",
        ),
        (
            "Diplomats leave by road\n\nBenghazi, 3 May 2016:\n\nBy Nasser Bensalem\n\n"
            "Italian diplomats left Benghazi by road for Tobruk yesterday.",
            "Bensalem",
        ),
    ],
)
def test_a_byline_author_is_no_actor(text: str, author: str) -> None:
    assert not [n for n in kinds(_parse(text)) if author in n]


# ------------------------------------------------- councillors and the Syrian Observatory


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred families have not yet gone home to Ganfouda, according to local councillors.",
        "Most shops in the old market were still shut on Sunday, local councillors said.",
    ],
)
def test_local_councillors_are_an_unnamed_source(text: str) -> None:
    assert speakers(_parse(text)) == ["local councillors"]


def test_the_syrian_observatory_speaks_and_the_monitor_is_it() -> None:
    article = _parse(
        "A second group of about 90 fighters left Misrata on Thursday on a flight from the city airport "
        "to Istanbul, the Syrian Observatory for Human Rights said. The monitor said another group had "
        "landed at Mitiga the same day.",
        "2021-11-20",
    )
    assert speakers(article) == ["Syrian Observatory for Human Rights"] * 2


# ------------------------------------------------- a given name told with an age


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Amadou, 19, from Mali, said he had been held in the camp for a month.", "Amadou"),
        (
            'Among the wounded was Yusuf, a 24-year-old from Zliten. "I was at the market when the shell '
            'fell," he said.',
            "Yusuf",
        ),
        ("Naima, 43, who fled Yafran with her children, said the shelling never stopped.", "Naima"),
    ],
)
def test_a_given_name_with_an_age_in_apposition_is_a_person(text: str, speaker: str) -> None:
    article = _parse(text, "2011-06-01")
    assert speakers(article) == [speaker]
    assert kinds(article)[speaker] is ActorKind.PERSON


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The ambassador, Christopher Stevens, was killed on Tuesday. Stevens, 52, had served in "
            "Benghazi, officials said.",
            "Stevens",
        ),
        ("Zawiya, 45 km west of the capital, was calm on Sunday, officials said.", "Zawiya"),
    ],
)
def test_a_known_surname_or_a_place_with_a_figure_is_no_new_person(text: str, absent: str) -> None:
    assert absent not in kinds(_parse(text, "2012-09-13"))


# ------------------------------------------------- operations rooms


@pytest.mark.parametrize(
    ("text", "room"),
    [
        (
            "The Libya Dawn operations room said its forces had entered the airport on Monday.",
            "Libya Dawn operations room",
        ),
        (
            "The Omar Mukhtar operations room said its units had entered the old city on Tuesday.",
            "Omar Mukhtar operations room",
        ),
    ],
)
def test_an_operations_room_that_speaks_is_an_armed_group_of_its_own(text: str, room: str) -> None:
    article = _parse(text, "2015-01-05")
    assert speakers(article) == [room]
    assert kinds(article)[room] is ActorKind.ARMED_GROUP
    assert "Omar Mukhtar" not in kinds(article)


def test_the_rank_before_the_name_of_a_room_commander_keeps_the_apposition() -> None:
    article = _parse(
        "The commander of the Omar Mukhtar operations room, Major General Fawzi Mansour, told reporters "
        "that the army had sent reinforcements to Ain Mara.",
        "2018-05-22",
    )
    assert speakers(article) == ["Fawzi Mansour"]
    assert "Omar Mukhtar" not in kinds(article)


def test_a_room_only_struck_is_no_actor_and_its_side_stays_named() -> None:
    names = kinds(
        _parse("Drone strikes hit positions around the LNA operations room on Friday, residents said.")
    )
    assert "Libyan National Army" in names
    assert not [n for n in names if "room" in n]


def test_the_room_a_spokesman_speaks_for_is_an_actor() -> None:
    article = _parse(
        '"Our forces hold the port," Ali Issa, a spokesman for the Bunyan al-Marsous operations room, '
        "told reporters.",
        "2016-12-06",
    )
    assert speakers(article) == ["Ali Issa"]
    assert "Bunyan al-Marsous operations room" in kinds(article)
