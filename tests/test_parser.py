"""Whole-article parsing: evidence spans, determinism, robustness, typed errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import Article, InputTypeError, MovementKind, parse_article
from libya_events.export import article_from_json, article_to_json

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
GOLD_TEXTS = sorted((SHARED / "eval" / "dev").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))

# Own sentences in the genre, built from known actors and places.
WORDS = st.sampled_from(
    [
        "Haftar",
        "forces",
        "took",
        "Gharyan",
        "on",
        "Thursday",
        "LNA",
        "withdrew",
        "from",
        "Tarhuna",
        "\u201cWe",
        "will",
        "win,\u201d",
        "he",
        "said",
        "80km",
        "south",
        "of",
        "Tripoli",
        ".",
        ",",
        "Misrata",
        "Sarraj",
        "flew",
        "to",
        "Cairo",
        "'",
        '"',
        "\n\n",
        "al-Watiya",
        "air",
        "base",
        "Bani",
        "Walid",
        "residents",
        "told",
        "Reuters",
        "the",
        "capital",
        "some",
        "30",
        "miles",
        "east",
        "Benghazi",
    ]
)
ARTICLE_LIKE = st.lists(WORDS, max_size=60).map(" ".join)


def check_evidence(article: Article) -> None:
    text = article.text
    for actor in article.actors:
        for m in actor.mentions:
            assert text[m.span.start : m.span.end] == m.text
    for loc in article.locations:
        assert loc.mentions, loc
        for m in loc.mentions:
            assert text[m.span.start : m.span.end] == m.text
    for rel in article.relative_locations:
        assert rel.span is not None
        assert text[rel.span.start : rel.span.end] == rel.text
    for mv in article.movements:
        assert text[mv.trigger.span.start : mv.trigger.span.end] == mv.trigger.text
        assert mv.span.start <= mv.trigger.span.start
        assert mv.trigger.span.end <= mv.span.end
    for s in article.statements:
        assert 0 <= s.span.start <= s.span.end <= len(text)


@given(st.text(max_size=400))
def test_never_raises_on_any_string(text: str) -> None:
    article = parse_article(text)
    assert article.text == text
    check_evidence(article)


@given(ARTICLE_LIKE, st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2026, 1, 1)))
def test_spans_slice_generated_articles(text: str, published: dt.date) -> None:
    article = parse_article(text, published=published)
    check_evidence(article)


@settings(max_examples=30)
@given(ARTICLE_LIKE)
def test_parsing_is_deterministic_and_round_trips(text: str) -> None:
    first = parse_article(text, published="2019-04-06")
    assert parse_article(text, published="2019-04-06") == first
    assert article_from_json(article_to_json(first)) == first


@pytest.mark.parametrize("path", EXAMPLES + GOLD_TEXTS, ids=lambda p: p.name)
def test_real_articles_keep_their_evidence(path: Path) -> None:
    article = parse_article(path.read_text(encoding="utf-8"), published="2019-04-06")
    check_evidence(article)
    assert article_from_json(article_to_json(article)) == article


@pytest.mark.parametrize("bad", [b"Haftar took Gharyan", None, 42])
def test_non_text_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError) as info:
        parse_article(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, InputTypeError)
    assert "'text' must be str" in str(info.value)


def test_a_plain_capture() -> None:
    article = parse_article("LNA forces seized Gharyan on Thursday.", published="2019-04-06")
    (move,) = article.movements
    assert move.kind is MovementKind.CAPTURE
    assert move.actor == "Libyan National Army"
    assert move.destination is not None
    assert move.destination.name == "Gharyan"
    assert move.date is not None
    assert move.date.iso == "2019-04-04"
