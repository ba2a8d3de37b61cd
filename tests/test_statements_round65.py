"""Round 65: a closing pair of speakers read as conjuncts, a contrasting report in a content.

* "Shells hit the port while a ship loaded workers, rebels and aid officials said": the
  parser hangs the closing pair of speakers on the clause's last noun as two more conjuncts
  and leaves "said" with no subject; the pair speaks, and the content ends before it.
* "The ministry said the crossing would reopen, while the army said it would stay shut": the
  contrasting clause is another speech verb's report, not part of the ministry's content.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _statement_views import statements

# ------------------------------------ a closing pair of speakers read as conjuncts


@pytest.mark.parametrize(
    ("sentence", "speakers", "content"),
    [
        (
            "Rebel gunners shelled the harbour on Friday while a ferry was taking on hundreds of "
            "stranded workers, rebels and aid officials said.",
            ["rebels", "officials"],
            "Rebel gunners shelled the harbour on Friday while a ferry was taking on hundreds of stranded workers",
        ),
        (
            "The captured colonel was flown to the mountain town of Nalut, where a crowd surged "
            "toward the plane, commanders and officials said.",
            ["commanders", "officials"],
            "The captured colonel was flown to the mountain town of Nalut, where a crowd surged toward the plane",
        ),
        (
            "Fighting spread to the eastern suburbs on Tuesday after the militia seized a customs "
            "officer at the seaport, witnesses and local sources said.",
            ["witnesses", "local sources"],
            "Fighting spread to the eastern suburbs on Tuesday after the militia seized a customs "
            "officer at the seaport",
        ),
    ],
)
def test_a_closing_pair_read_as_conjuncts_speaks(sentence: str, speakers: list[str], content: str) -> None:
    found = statements(sentence)
    assert sorted(str(s.speaker) for s in found) == sorted(speakers)
    assert {s.text for s in found} == {content}


def test_a_list_of_places_before_a_single_speaker_stays_content() -> None:
    found = statements("Troops moved into the towns of Hun, Waddan and Sokna, a commander said.")
    assert [(str(s.speaker), s.text) for s in found] == [
        ("commander", "Troops moved into the towns of Hun, Waddan and Sokna")
    ]


# ------------------------------------ a contrasting report inside a content


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "The ministry said the border crossing would reopen on Monday, whereas the army "
            "insisted it would stay closed.",
            "the border crossing would reopen on Monday",
            "it would stay closed",
        ),
        (
            "The ministry said the border crossing would reopen on Monday, although the army "
            "warned that it would stay closed.",
            "the border crossing would reopen on Monday",
            "it would stay closed",
        ),
        (
            "The ministry said the border crossing would reopen on Monday, while the army denied "
            "that any date had been set.",
            "the border crossing would reopen on Monday",
            "any date had been set",
        ),
    ],
)
def test_a_contrasting_report_ends_the_content(sentence: str, first: str, second: str) -> None:
    found = statements(sentence)
    assert [s.text for s in found] == [first, second]
    assert [str(s.speaker) for s in found] == ["ministry", "army"]


def test_a_remark_that_nothing_was_said_ends_the_content() -> None:
    found = statements("The council said it had sent guards to the refinery, though it did not say how many.")
    assert [s.text for s in found] == ["it had sent guards to the refinery"]


def test_a_contrasting_clause_without_a_speech_verb_stays() -> None:
    found = statements(
        "The ministry said the crossing would reopen on Monday, while traders waited at the gate."
    )
    assert [s.text for s in found] == [
        "the crossing would reopen on Monday, while traders waited at the gate"
    ]
