"""Statements, round 50: a plain present "report" the parser read as a noun after a source
placed by a preposition ("aid workers in the town report that ...", "..., volunteers on the
ground report."), and a closing description in apposition cut from reported content (", the
coastal town where ...").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from _statement_views import PARSER
from _statement_views import statements as _statements

from libya_events.syntax import parse_fragments, reattach_noun_read_verbs

# ------------------------------------------- "workers in the city report that ..." (noun misread)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Relief workers in the city report that water supplies have been cut.",
            "relief workers",
            "water supplies have been cut",
        ),
        (
            "Partners on the ground report that the 9th Brigade advanced along the coast road.",
            "partners",
            "the 9th Brigade advanced along the coast road",
        ),
        (
            "Aid agencies working in Sirte report that the militia pulled out of the port on Monday.",
            "aid agencies",
            "the militia pulled out of the port on Monday",
        ),
    ],
)
def test_an_opening_report_after_a_placed_source_is_a_verb(text: str, speaker: str, content: str) -> None:
    found = _statements(text)
    assert [s.text for s in found] == [content]
    assert speaker in (found[0].speaker or "").lower()


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The militia pulled back from the port on Monday, aid workers on the ground report.",
            "aid workers",
            "The militia pulled back from the port on Monday",
        ),
        (
            "The 9th Brigade took the bridge near the airport on Friday, volunteers in the district report.",
            "volunteers",
            "The 9th Brigade took the bridge near the airport on Friday",
        ),
        (
            "Fighting resumed near the bridge, families living in Ain Zara report.",
            "families",
            "Fighting resumed near the bridge",
        ),
    ],
)
def test_a_closing_report_after_a_placed_source_is_a_verb(text: str, speaker: str, content: str) -> None:
    found = _statements(text)
    assert [s.text for s in found] == [content]
    assert speaker in (found[0].speaker or "").lower()


@pytest.mark.parametrize(
    "text",
    [
        "The militia pulled back from the port on Monday, according to the ground report.",
        "Officials read the field report on Monday.",
        "Officials in the city read the report on Monday.",
    ],
)
def test_a_real_report_noun_stays_a_noun(text: str) -> None:
    assert _statements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The militia pulled back from the port on Monday, aid workers on the ground report.",
        "Partners on the ground report that the 9th Brigade advanced along the coast road.",
        "Relief workers in the city report that water supplies have been cut.",
    ],
)
def test_the_repair_keeps_the_tree_whole(text: str) -> None:
    """The verb is the one root, and every token's children agree with the heads."""
    parsed = parse_fragments(PARSER.nlp, text, [(0, len(text))])
    (sent,) = reattach_noun_read_verbs(parsed)
    assert sent is not parsed[0]
    assert [t.text for t in sent.tokens if t.head == t.i] == ["report"]
    for tok in sent.tokens:
        assert tok.children == tuple(c.i for c in sent.tokens if c.head == tok.i and c.i != tok.i)


# ------------------------------------- a closing description in apposition is the writer's


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The spokesman said the cell had met smugglers in Zuwara, the western port where the"
            " coast guard seized two boats last week.",
            "the cell had met smugglers in Zuwara",
        ),
        (
            "The ministry said its forces had retaken Gharyan, the mountain town that served as"
            " the rebels' main supply base.",
            "its forces had retaken Gharyan",
        ),
        (
            "Diplomats said the general had met Ivan Petrov, the deputy minister who handles arms"
            " sales to the region.",
            "the general had met Ivan Petrov",
        ),
    ],
)
def test_a_closing_description_is_cut_from_the_content(text: str, content: str) -> None:
    assert [s.text for s in _statements(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministry said its forces had retaken Gharyan, Ali Salem, the militia's commander.",
            "its forces had retaken Gharyan, Ali Salem, the militia's commander",
        ),
        (
            "The council said the army now holds the airport, the port and the main road.",
            "the army now holds the airport, the port and the main road",
        ),
        (
            "The mission said the talks had produced an agreement, an end to the shelling.",
            "the talks had produced an agreement, an end to the shelling",
        ),
    ],
)
def test_a_list_a_name_or_an_indefinite_noun_stays(text: str, content: str) -> None:
    assert [s.text for s in _statements(text)] == [content]
