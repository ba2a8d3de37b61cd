"""Coreference gaps of round 58.

"The country" points back to a country the story is in, never to one named only as a modifier
of the next noun ("held in U.S. custody", "a UK official").

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from libya_events import Parser

PARSER = Parser()


def _country_mentions(text: str) -> dict[str, list[str]]:
    article = PARSER.parse(text, published="2021-05-02")
    return {loc.name: [m.text for m in loc.mentions] for loc in article.locations}


@pytest.mark.parametrize(
    ("text", "country", "modifier"),
    [
        (
            "Agents arrested the bomb maker inside Libya on Saturday. He was flown in U.S. custody"
            " to a ship waiting outside the country.",
            "Libya",
            "United States",
        ),
        (
            "The two engineers were kidnapped in Libya in March. A UK official said they had been"
            " moved out of the country by their captors.",
            "Libya",
            "United Kingdom",
        ),
        (
            "Smugglers moved the migrants across Libya for weeks. The men were later held under U.S."
            " supervision before they could leave the country.",
            "Libya",
            "United States",
        ),
    ],
)
def test_the_country_skips_a_country_named_as_modifier(text: str, country: str, modifier: str) -> None:
    found = _country_mentions(text)
    assert "the country" in found[country]
    assert "the country" not in found.get(modifier, [])


def test_the_country_still_takes_a_country_not_used_as_modifier() -> None:
    text = (
        "Fighting flared in Tunisia on Monday. Hundreds of students have since flown to the U.S. and"
        " more are expected to reach the country this week."
    )
    found = _country_mentions(text)
    assert "the country" in found["United States"]


def _moves(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (m.kind.value, m.actor, m.destination.name if m.destination else None)
        for m in PARSER.parse(text, published="2021-05-02").movements
    ]


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        (
            "Gunmen of the Zawiya brigade raided the farm near Sabratha on Monday."
            " Others are thought to have headed south to Sabha.",
            "Zawiya brigade",
            "Sabha",
        ),
        (
            "Families fled Sirte as the shelling began on Tuesday. Many are believed to have gone"
            " to Misrata.",
            "Families",
            "Misrata",
        ),
        (
            "Fighters of the Nawasi Brigade stormed the depot near Tajoura on Friday. Some were said"
            " to have pulled back to Tripoli.",
            "Nawasi Brigade",
            "Tripoli",
        ),
    ],
)
def test_raised_partitive_subject_is_the_group_told_before(text: str, group: str, place: str) -> None:
    assert any(
        (actor or "").lower() == group.lower() and dest == place for _kind, actor, dest in _moves(text)
    )


def test_raised_partitive_subject_with_its_own_whole_is_not_the_group_before() -> None:
    text = (
        "Gunmen of the Zawiya brigade raided the farm near Sabratha on Monday. Some of the"
        " migrants are thought to have fled to Sabha."
    )
    assert not any(actor == "Zawiya brigade" and dest == "Sabha" for _kind, actor, dest in _moves(text))


def _mentions_of(text: str) -> dict[str, list[str]]:
    """Each actor's mention texts, keyed by the first mention's text (the name the test wrote)."""
    article = PARSER.parse(text, published="2021-05-02")
    return {a.mentions[0].text: [m.text for m in a.mentions] for a in article.actors if a.mentions}


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "The Kani militia shelled posts held by the Tripoli Protection Force on Monday. Its leader"
            " Mohsen al-Kani spoke to reporters. He said his own fighters had pushed into Tarhuna.",
            "Tripoli Protection Force",
        ),
        (
            "Gunmen of the Nawasi Brigade clashed with the Rada Special Deterrence Force overnight."
            " Mustafa Qaddour told a local channel that his fighters were holding the airport road.",
            "Rada Special Deterrence Force",
        ),
        (
            "The Nawasi Brigade fought the Rada Special Deterrence Force near Mitiga on Sunday. Its"
            " leader Mustafa Qaddour later said his fighters had moved into Souq al-Juma.",
            "Rada Special Deterrence Force",
        ),
    ],
)
def test_a_persons_force_noun_is_not_the_group_named_last(text: str, other: str) -> None:
    found = _mentions_of(text)
    owners = [name for name, texts in found.items() if any(w in texts for w in ("fighters", "troops"))]
    assert other not in owners


def test_a_known_commanders_men_still_are_his_brigade() -> None:
    text = (
        "The Samoud Brigade battled the 166th Brigade south of Tripoli on Friday. Salah Badi said his"
        " own soldiers had pulled back to Qasr bin Ghashir."
    )
    assert "soldiers" in _mentions_of(text)["Samoud Brigade"]


def test_an_owned_force_noun_of_a_group_still_is_the_group() -> None:
    text = "The Nawasi Brigade said on Monday that its fighters had pushed into Ain Zara."
    found = _mentions_of(text)
    assert not any("fighters" in ms for name, ms in found.items() if name.lower() != "nawasi brigade")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "An MSF medical coordinator said the team had reached Zuwara on Friday.",
            "MSF medical coordinator",
        ),
        (
            "A UNHCR coordinator said 200 refugees were moved to Tripoli overnight.",
            "UNHCR coordinator",
        ),
        (
            "An IOM medical coordinator said the migrants were flown home from Misrata.",
            "IOM medical coordinator",
        ),
    ],
)
def test_an_unnamed_coordinator_of_a_body_is_a_source_of_its_own(text: str, source: str) -> None:
    article = PARSER.parse(text, published="2021-05-02")
    assert [s.speaker for s in article.statements] == [source]


def test_a_coordinator_named_in_apposition_is_that_person() -> None:
    text = "An IOM coordinator, Ahmed Salem, said the migrants were flown home from Misrata."
    article = PARSER.parse(text, published="2021-05-02")
    assert [s.speaker for s in article.statements] == ["Ahmed Salem"]
