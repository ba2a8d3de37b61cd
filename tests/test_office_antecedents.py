"""A definite "the minister" / "the envoy" takes up the office holder or the titled person told before.

Round 40 made a state's office an actor of its own ("Turkey's defence minister toured the
base": the minister, not Turkey). A later "the minister said" in the same story is that holder
again, as "the official said" takes up "a senior official" (``ROLE_TITLES`` in
``extraction._antecedents``, and the office phrases among the descriptions it takes up).
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import Article

PARSER = Parser()


def _parse(text: str, published: str = "2021-03-02") -> Article:
    return PARSER.parse(text, published=published)


def test_the_minister_takes_up_a_state_s_office_holder() -> None:
    article = _parse(
        "Egypt's foreign minister said on Monday that talks with both sides would go on. "
        "Trade across the border had not stopped, the minister said."
    )
    speakers = [s.speaker for s in article.statements]
    assert speakers == ["Egypt's foreign minister", "Egypt's foreign minister"]
    assert [a.name for a in article.actors if a.name.endswith("minister")] == ["Egypt's foreign minister"]


def test_the_envoy_takes_up_a_state_s_envoy() -> None:
    article = _parse(
        "Qatar's envoy arrived in Tripoli on Sunday. The envoy said his country backed the truce."
    )
    assert [s.speaker for s in article.statements] == ["Qatar's envoy"]


def test_the_minister_takes_up_a_titled_person() -> None:
    article = _parse(
        "Interior Minister Khaled Mazen visited Zawiya on Tuesday. "
        "The minister said more police would be sent to the coastal road."
    )
    assert [s.speaker for s in article.statements] == ["Khaled Mazen"]


def test_the_minister_is_not_an_envoy_told_before() -> None:
    article = _parse(
        "Qatar's envoy arrived in Tripoli on Sunday. A day later the minister said the port would reopen."
    )
    assert "Qatar's envoy" not in [s.speaker for s in article.statements]
