"""Round 68: "both sides said"; respondents; unnamed bodies that speak.

* "X clashed with Y. Both sides said ...", "the two parties said": the two parties named last
  (armed groups, governments or countries) each make the statement, as "the two leaders" are
  the two people named last.
* "Respondents said ...": people a survey asked are an unnamed source, as residents are.
* "The airport said": an unnamed body speaks for itself when no earlier body of that kind is
  named (an indefinite "a brigade said" stays no speaker, round 66). A bare "group" is not such
  a body: "a group that ... vowed" and "a group describing itself as ..." made wrong speakers.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _statement_views import statements

# ------------------------------------ "both sides" are the two parties named last


@pytest.mark.parametrize(
    ("text", "first", "second", "words"),
    [
        (
            "Fighting broke out in Tripoli between the Rada Force and the 444 Brigade. Both sides"
            " said they had agreed to a ceasefire.",
            "Special Deterrence Force",
            "444 Brigade",
            "they had agreed to a ceasefire",
        ),
        (
            "The Government of National Accord and the Libyan National Army exchanged prisoners"
            " in Zawiya. Both parties said the swap was complete.",
            "Government of National Accord",
            "Libyan National Army",
            "the swap was complete",
        ),
        (
            "The 444 Brigade clashed with the Stability Support Apparatus on Sunday. The two"
            " militias said on Monday that their fighters had left the area.",
            "444 Brigade",
            "Stability Support Apparatus",
            "their fighters had left the area",
        ),
    ],
)
def test_both_sides_are_the_two_parties(text: str, first: str, second: str, words: str) -> None:
    found = [(s.speaker, s.text) for s in statements(text)]
    assert (first, words) in found
    assert (second, words) in found


def test_both_sides_with_three_parties_named_stays_unassigned() -> None:
    text = (
        "The Seventh Brigade, the Nawasi Brigade and the Rada Force fought in Tripoli."
        " Both sides said they would withdraw."
    )
    assert not [s for s in statements(text) if "withdraw" in s.text]


# ------------------------------------ respondents and other unnamed sources


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("Respondents said the power cuts had grown longer in Sabha.", "Respondents", "power cuts"),
        (
            "Most respondents told the survey team that prices in Kufra had doubled.",
            "respondents",
            "prices in Kufra had doubled",
        ),
    ],
)
def test_respondents_speak(text: str, speaker: str, words: str) -> None:
    assert any(s.speaker.lower().endswith(speaker.lower()) and words in s.text for s in statements(text))


# ------------------------------------ an unnamed body speaks for itself


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Rockets hit Mitiga on Sunday night. The airport said all flights were diverted to Misrata.",
            "airport",
            "all flights were diverted to Misrata",
        ),
    ],
)
def test_an_unnamed_body_speaks(text: str, speaker: str, words: str) -> None:
    assert any(s.speaker == speaker and words in s.text for s in statements(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The 444 Brigade entered Tripoli on Monday. The brigade said its fighters were safe.",
            "444 Brigade",
        ),
        (
            "Human Rights Watch visited the prison in Tripoli. The group said the guards should be tried.",
            "Human Rights Watch",
        ),
    ],
)
def test_a_named_body_keeps_its_description(text: str, speaker: str) -> None:
    assert [s.speaker for s in statements(text)] == [speaker]
