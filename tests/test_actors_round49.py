"""Round 49: actor names and titles.

- A title and a family name alone ("Foreign Minister Dendias", "Secretary Carter") introduce a
  person named by the family name, the title his; the title word is no second actor. Titles that
  also open bodies' names ("General Assembly") do not.
- The opening words of a sentence before a title ("On Monday Chancellor X", "In March Foreign
  Minister Y") are no part of the title.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2023-05-10") -> Article:
    return PARSER.parse(text, published=published)


def _people(article: Article) -> dict[str, str | None]:
    return {a.name: a.title for a in article.actors if a.kind is ActorKind.PERSON}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Foreign Minister Dendias landed in Benghazi on Tuesday and met local officials.",
            "Dendias",
            "Foreign Minister",
        ),
        (
            "Secretary Lindqvist spoke to the envoy by telephone and promised more aid for Derna.",
            "Lindqvist",
            "Secretary",
        ),
        (
            "Ambassador Okonjo arrived in Misrata on Sunday to visit the port.",
            "Okonjo",
            "Ambassador",
        ),
    ],
)
def test_title_and_family_name_is_a_person(text: str, name: str, title: str) -> None:
    article = _parse(text)
    assert _people(article).get(name) == title
    assert not any(a.name.lower() in {"minister", "secretary", "ambassador"} for a in article.actors)


def test_family_name_after_title_is_one_person_with_its_later_mentions() -> None:
    article = _parse(
        "Defence Minister Varnavas flew to Tobruk on Monday. Varnavas said his country wanted calm."
    )
    people = [a for a in article.actors if a.kind is ActorKind.PERSON]
    assert [(a.name, len(a.mentions)) for a in people] == [("Varnavas", 2)]
    assert [s.speaker for s in article.statements] == ["Varnavas"]


@pytest.mark.parametrize(
    "text",
    [
        "Delegates said the General Assembly would vote on the Libya resolution next week.",
        "The General Command said its units had reached the outskirts of Sirte.",
    ],
)
def test_body_opened_by_a_title_word_is_no_person(text: str) -> None:
    article = _parse(text)
    assert not any(a.kind is ActorKind.PERSON for a in article.actors)
    assert all(a.title is None for a in article.actors if a.name.startswith("General"))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("On Monday Chancellor Olaf Scholz met the prime minister in Berlin.", "Olaf Scholz", "Chancellor"),
        (
            "On Wednesday Defence Minister Guido Crosetto flew to Tripoli for talks.",
            "Guido Crosetto",
            "Defence Minister",
        ),
        (
            "In March Foreign Minister Nikos Dendias visited Benghazi and Tobruk.",
            "Nikos Dendias",
            "Foreign Minister",
        ),
        (
            "Meanwhile President Kais Saied travelled to Sfax by road.",
            "Kais Saied",
            "President",
        ),
    ],
)
def test_sentence_opening_words_are_no_part_of_a_title(text: str, name: str, title: str) -> None:
    assert _people(_parse(text)).get(name) == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Justice Minister Carlo Nordio said his staff had needed more time.",
            "Carlo Nordio",
            "Justice Minister",
        ),
        ("Oil Minister Mohamed Aoun flew to Ras Lanuf on Sunday.", "Mohamed Aoun", "Oil Minister"),
        ("Justice Minister Nordio said the papers were late.", "Nordio", "Justice Minister"),
    ],
)
def test_portfolio_word_opens_the_title(text: str, name: str, title: str) -> None:
    article = _parse(text)
    person = next(a for a in article.actors if a.name == name)
    assert person.title == title
    assert "Minister" not in {m.text for m in person.mentions}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Deputy Prime Minister Hussein al-Qatrani arrived in Benghazi on Thursday.",
            "Hussein al-Qatrani",
            "Deputy Prime Minister",
        ),
        ("U.N. envoy Maria Lindqvist arrived in Tripoli on Monday.", "Maria Lindqvist", "U.N. envoy"),
    ],
)
def test_title_keeps_its_own_words(text: str, name: str, title: str) -> None:
    assert _people(_parse(text)).get(name) == title


@pytest.mark.parametrize(
    "text",
    [
        "Guards at the Gathering and Departure Facility (GDF) let 50 refugees leave for Misrata.",
        "UNHCR moved 130 asylum-seekers to its Gathering and Departure Facility on Monday. The GDF was full.",
    ],
)
def test_transit_facility_and_its_acronym_are_a_place(text: str) -> None:
    article = _parse(text, published="2019-10-02")
    assert not any(a.name in {"GDF", "Gathering and Departure Facility"} for a in article.actors)
    places = {loc.name: {m.text for m in loc.mentions} for loc in article.locations}
    assert places["Gathering and Departure Facility"] >= {"Gathering and Departure Facility", "GDF"}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('"The bakeries are shut again," a shopkeeper told Libya Update.', "Libya Update"),
        ('"Nobody has come to help us," a nurse in Ubari told Al-Marsad.', "Al-Marsad"),
        ('"We pulled back to the ridge," one fighter told Ean Libya by telephone.', "Ean Libya"),
        ('"The road is open now," a driver told Cyrene Daily.', "Cyrene Daily"),
    ],
)
def test_listener_closing_an_attribution_is_a_medium(text: str, outlet: str) -> None:
    article = _parse(text)
    outlets = [a for a in article.actors if a.name == outlet]
    assert [a.kind for a in outlets] == [ActorKind.ORGANIZATION]
    # a place inside the outlet's name ("Libya", "Cyrene") is no place told
    assert not [loc.name for loc in article.locations if loc.name in {"Libya", "Shahhat"}]


@pytest.mark.parametrize(
    "text",
    [
        '"Stay inside tonight," the officer told Ahmed.',
        "A spokesman told Salem that the convoy had left Sirte.",
        '"We will not leave," the mayor told Benghazi.',
    ],
)
def test_person_or_place_told_is_no_medium(text: str) -> None:
    article = _parse(text)
    assert not any(a.kind is ActorKind.ORGANIZATION for a in article.actors)


def test_acronym_told_stays_the_body_it_abbreviates() -> None:
    article = _parse(
        "The Coastal Rescue Alliance (CRA) runs two shelters in Tripoli. Forty people were flown "
        "to Niamey last month, the UN agency told CRA."
    )
    assert not any(a.name == "CRA" for a in article.actors)
    alliance = next(a for a in article.actors if a.name == "Coastal Rescue Alliance")
    assert "CRA" in {m.text for m in alliance.mentions}


def test_body_described_after_a_medium_is_not_the_medium() -> None:
    article = _parse(
        '"We hold the camp," a commander told Cyrene Daily. The Derna Mujahideen Shura Council '
        "captured Bu Atni on Monday. The council said on its Facebook page that its fighters "
        "still held the camp."
    )
    speakers = {s.speaker for s in article.statements}
    assert "Cyrene Daily" not in speakers


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Italian authorities detained the suspect in Milan. The government of Giorgia Meloni "
            "later put him on a flight to Tripoli.",
            "The government of Giorgia Meloni",
        ),
        (
            "Italian authorities refused to comment. The Meloni government said on Friday that the "
            "man had been sent home.",
            "Meloni government",
        ),
        (
            "Italian authorities opened an inquiry. Meloni's government insisted the transfer was lawful.",
            "Meloni's government",
        ),
    ],
)
def test_foreign_heads_government_is_the_states_government(text: str, phrase: str) -> None:
    article = _parse(text, published="2025-01-25")
    governments = [a for a in article.actors if a.kind is ActorKind.GOVERNMENT]
    assert len(governments) == 1
    assert {"Italian authorities", phrase} <= {m.text for m in governments[0].mentions}
    assert any(a.name == "Giorgia Meloni" for a in article.actors)  # the leader stays an actor


def test_libyan_leaders_government_stays_the_knowledge_bases() -> None:
    article = _parse("The Dbeibah government sent more police to Zawiya on Sunday.")
    assert [a.name for a in article.actors if a.kind is ActorKind.GOVERNMENT] == [
        "Government of National Unity"
    ]


def test_head_of_government_as_a_modifier_names_no_government() -> None:
    article = _parse("A Meloni government jet landed at Mitiga on Tuesday.", published="2025-01-25")
    assert not any(a.kind is ActorKind.GOVERNMENT for a in article.actors)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The General Command of the Libyan National Army said its units had reached Sirte.",
            "General Command of the Libyan National Army",
        ),
        (
            "The General Command of the Libyan Arab Armed Forces announced a ceasefire on Monday.",
            "General Command of the Libyan Arab Armed Forces",
        ),
        (
            "In a statement, the High Command of the LNA said its aircraft had struck Misrata.",
            "High Command of the LNA",
        ),
    ],
)
def test_command_of_a_force_is_the_force(text: str, phrase: str) -> None:
    article = _parse(text, published="2020-05-10")
    assert [a.name for a in article.actors if a.kind is ActorKind.ARMED_GROUP] == ["Libyan National Army"]
    lna = next(a for a in article.actors if a.name == "Libyan National Army")
    assert phrase in {m.text for m in lna.mentions}
    assert [s.speaker for s in article.statements] == ["Libyan National Army"]


def test_bare_command_after_its_force_is_the_force() -> None:
    article = _parse(
        "The General Command of the Libyan National Army said on Sunday that the 9th Brigade had "
        "entered Tarhuna. Later the General Command said the roads to the town were open.",
        published="2020-05-10",
    )
    assert "General Command" not in {a.name for a in article.actors}
    assert {s.speaker for s in article.statements} == {"Libyan National Army"}


def test_command_told_alone_stays_its_own_actor() -> None:
    article = _parse("The General Command said its units had entered Sirte.", published="2020-05-10")
    assert "General Command" in {a.name for a in article.actors}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Libyan Coast Guard stopped a rubber boat off Sabratha on Friday. The coast guard "
            "then sailed back to Tripoli with 60 people on board.",
            "Libyan coast guard",
        ),
        (
            "Libya's coast guard halted two fishing boats off Zuwara. Later the coast guard returned "
            "to its base in Tripoli.",
            "Libyan coast guard",
        ),
        (
            "The Petroleum Facilities Guard left Ras Lanuf at dawn. The guard withdrew to Brega.",
            "Petroleum Facilities Guard",
        ),
    ],
)
def test_short_form_of_a_guard_is_the_guard_named_before(text: str, actor: str) -> None:
    article = _parse(text)
    assert any(m.actor == actor and m.destination is not None for m in article.movements)


def test_guard_with_no_guard_named_before_is_no_other_force() -> None:
    article = _parse(
        "Haftar's forces pulled out of Sirte on Monday. The coast guard sailed to Tripoli.",
        published="2020-06-10",
    )
    assert not any(m.actor == "Libyan National Army" and m.destination is not None for m in article.movements)
