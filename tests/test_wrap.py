"""Hard-wrapped text (``text/_wrap.py``): line breaks inside paragraphs read as spaces.

The article below is written for this test. Each case wraps it the way an e-mail client, a
PDF copy or ``fmt`` would, and checks that the parse finds what it finds in the unwrapped
article, with spans into the wrapped text as given.
"""

from __future__ import annotations

import re
import textwrap

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from libya_events import parse_article
from libya_events.extraction._pipeline import _for_parsing
from libya_events.text._wrap import JOINER, soft_breaks, unwrap

HEADLINE = "Government forces push west along the coast road"
PARAGRAPHS = [
    "TRIPOLI, May 4 (Wire) - Forces loyal to the Government of National Unity advanced "
    "from Zawiya towards Surman on Sunday after two days of clashes with a rival armed "
    "group, a military spokesman said.",
    '"We pushed them back to the edge of the town and we will hold the road," the '
    "spokesman, Mohamed Gnounou, told reporters in Tripoli on Sunday evening.",
    "The rival group withdrew to Sabratha late on Sunday, residents said, and ambulances "
    "were seen heading west along the coast road towards the border crossing.",
    "The United Nations Support Mission in Libya said in a statement that it was alarmed "
    "by the fighting and urged both sides to respect the ceasefire agreed in October.",
]


def _wrapped(width: int, separator: str, newline: str = "\n") -> str:
    body = separator.join(textwrap.fill(p, width) for p in PARAGRAPHS)
    return (HEADLINE + "\n\n" + body + "\n").replace("\n", newline)


def _flat() -> str:
    return HEADLINE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def _summary(text: str) -> tuple[object, ...]:
    article = parse_article(text, published="2020-05-04")
    space = re.compile(r"\s+")
    return (
        sorted(a.name for a in article.actors),
        sorted(p.name for p in article.locations),
        sorted((m.kind.value, m.actor, m.destination and m.destination.name) for m in article.movements),
        sorted((s.speaker, space.sub(" ", s.text)) for s in article.statements),
    )


@pytest.fixture(scope="module")
def flat() -> tuple[object, ...]:
    summary = _summary(_flat())
    assert summary[2], "the article must have movements to compare"
    assert summary[3], "the article must have statements to compare"
    return summary


@pytest.mark.parametrize("width", [50, 64, 72, 90])
@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_wrapped_article_parses_like_the_unwrapped_one(
    flat: tuple[object, ...], width: int, separator: str
) -> None:
    text = _wrapped(width, separator)
    assert soft_breaks(text), "the test text must be hard-wrapped"
    assert _summary(text) == flat


def test_windows_line_ends_unwrap_too(flat: tuple[object, ...]) -> None:
    text = _wrapped(72, "\n\n", "\r\n")
    flowing = unwrap(text)
    assert len(flowing) == len(text)
    assert "\r" in text
    assert _summary(text) == flat


def test_spans_slice_the_wrapped_text_as_given() -> None:
    text = _wrapped(60, "\n")
    article = parse_article(text, published="2020-05-04")
    assert article.text == text
    mentions = [m for a in article.actors for m in a.mentions] + [
        m for p in article.locations for m in p.mentions
    ]
    assert mentions
    assert any("\n" in m.text for m in mentions) or any("\n" in s.text for s in article.statements)
    for mention in mentions:
        assert text[mention.span.start : mention.span.end] == mention.text
    assert article.statements
    for statement in article.statements:  # its text is what was said, its span the evidence
        assert " ".join(statement.text.split()) in " ".join(
            text[statement.span.start : statement.span.end].split()
        )


def test_a_break_inside_a_hyphenated_name_reads_as_nothing() -> None:
    text = (
        "The commander of the southern region, Ahmad Al-\n"
        "Utaybi, said on Monday that some two hundred armed\n"
        "vehicles had reached the southern city of Sabha from the\n"
        "east and that more were expected to follow within\n"
        "days, according to local officials in the region.\n"
    )
    flowing = unwrap(text)
    assert flowing[text.index("Al-\n") + 3] == JOINER
    assert flowing.count(JOINER) == 1
    assert flowing.count("\n") == 1
    clean, original = _for_parsing(text)
    assert "Ahmad Al-Utaybi, said" in clean
    assert original is not None
    assert original[0] == text


def test_one_paragraph_per_line_is_left_alone() -> None:
    lines = [
        "Forces entered the town on Sunday.",
        "A spokesman said the road to the south was open again and that trucks were moving.",
        "Residents said shops had reopened in the centre.",
        "The mission said it had sent a team to assess the damage to the water plant there.",
        "No group claimed the attack on the checkpoint west of the city on Saturday night.",
        "The council met on Monday.",
    ]
    text = "\n".join(lines) + "\n"
    assert unwrap(text) is text


def test_a_headline_on_the_first_line_stays_a_line() -> None:
    body = textwrap.fill(" ".join(PARAGRAPHS), 70)
    headline = "Rival Forces Trade Control of the Coastal Road West of the Capital"
    text = headline + "\n" + body
    flowing = unwrap(text)
    assert flowing.startswith(headline + "\n")
    assert "\n" not in flowing[len(headline) + 1 :].rstrip()


@given(st.text(alphabet=st.sampled_from("ab .\n\r\t-\u201cX"), max_size=400))
def test_unwrapping_keeps_the_length_and_changes_only_line_ends(text: str) -> None:
    flowing = unwrap(text)
    assert len(flowing) == len(text)
    for before, after in zip(text, flowing, strict=True):
        if before != after:
            assert before in "\r\n \t"
            assert after in (" ", JOINER)


_WORDS = [
    "forces",
    "moved",
    "towards",
    "the",
    "town",
    "after",
    "clashes",
    "with",
    "a",
    "rival",
    "group",
    "near",
    "road",
]


@st.composite
def _prose(draw: st.DrawFn) -> str:
    sentences = []
    for _ in range(draw(st.integers(8, 16))):
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=6, max_size=14))
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


@given(_prose(), st.integers(40, 120))
def test_wrapped_prose_reads_as_one_paragraph(paragraph: str, width: int) -> None:
    text = textwrap.fill(paragraph, width)
    lines = text.split("\n")
    assume(len(lines) >= 5)
    inside = sum(not line.endswith(".") for line in lines[:-1])
    assume(inside >= 0.6 * (len(lines) - 1))
    flowing = unwrap(text)
    joined = text.replace("\n", " ")
    first = len(lines[0])
    # every break reads as a space; the first line may stand as a headline
    assert flowing == joined or flowing == joined[:first] + "\n" + joined[first + 1 :]


def test_the_batch_path_reads_wrapped_and_escaped_text_as_parse_does() -> None:
    from libya_events import Parser
    from libya_events.export import article_to_json

    texts = [_wrapped(64, "\n"), _flat().replace('"', "&quot;"), _flat()]
    assert "&quot;" in texts[1]
    parser = Parser()
    piped = list(parser.pipe(texts, published="2020-05-04"))
    assert [article_to_json(a) for a in piped] == [
        article_to_json(parser.parse(t, published="2020-05-04")) for t in texts
    ]
    assert piped[0].text == texts[0]
    assert piped[0].movements


def test_list_markers_read_as_spaces() -> None:
    from libya_events.text._wrap import blank_list_markers

    text = "Updates:\n\u2022 Forces entered Sirte.\n  - Talks resumed.\n3) A convoy left.\n-5 degrees\n"
    assert (
        blank_list_markers(text)
        == "Updates:\n  Forces entered Sirte.\n    Talks resumed.\n   A convoy left.\n-5 degrees\n"
    )
    plain = "Nothing to blank - here.\nA line with a dash - inside.\n"
    assert blank_list_markers(plain) is plain


def test_a_bulleted_report_keeps_its_statement() -> None:
    item = "On Thursday a Reuters correspondent reported that the checkpoints had moved back from the centre."
    plain = parse_article("Briefing.\n\n" + item + "\n", published="2012-10-18")
    bulleted = parse_article("Briefing.\n\n\u2022 " + item + "\n", published="2012-10-18")
    assert plain.statements
    assert [(s.speaker, s.text) for s in bulleted.statements] == [
        (s.speaker, s.text) for s in plain.statements
    ]


@given(st.text(alphabet=st.sampled_from("ab 1.)\n\t-*\u2022"), max_size=200))
def test_blanking_markers_keeps_the_length_and_changes_only_markers(text: str) -> None:
    from libya_events.text._wrap import blank_list_markers

    blanked = blank_list_markers(text)
    assert len(blanked) == len(text)
    for before, after in zip(text, blanked, strict=True):
        if before != after:
            assert after == " "
            assert before in "-*\u20221234567890.)"


def test_a_wrapped_line_that_begins_with_a_dash_goes_on_its_sentence() -> None:
    text = (
        "Residents said that clashes broke out on Sunday between the brigades\n"
        "of the district and a third force, the one that people in the capital\n"
        "call the Nawasi - loyal to the former interior minister - which had\n"
        "- according to the residents - moved into the area from the south, and\n"
        "the fighting spread along the road towards the airport for hours, and\n"
        "airport before elders from the district brokered a ceasefire late in\n"
        "the evening, residents said, adding that shops stayed closed all day.\n"
    )
    clean, _ = _for_parsing(text)
    assert "which had - according to the residents - moved" in clean
