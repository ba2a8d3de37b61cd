"""Whole-article parsing: evidence spans, determinism, robustness, typed errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from _shared import SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import ActorKind, Article, InputTypeError, MovementKind, parse_article
from libya_events.export import article_from_json, article_to_json

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))
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


# --------------------------------------------------------------------------- office-holders and dates

_ENVOY_TEXT = (
    "The U.N. envoy arrived in Misrata on Sunday for talks with local leaders. "
    "The prime minister told reporters the meeting went well."
)


def _actor_ids(article: Article) -> set[str | None]:
    return {a.kb_id for a in article.actors}


def test_a_2016_article_gets_the_2016_office_holders() -> None:
    article = parse_article(_ENVOY_TEXT, published="2016-09-18")
    ids = _actor_ids(article)
    assert "martin-kobler" in ids
    assert "fayez-al-sarraj" in ids
    assert not {"hanna-tetteh", "abdul-hamid-dbeibah", "ghassan-salame"} & ids
    assert article.warnings == ()


def test_an_undated_article_guesses_no_office_holder_and_says_so() -> None:
    article = parse_article(_ENVOY_TEXT)
    people = [a for a in article.actors if a.kind is ActorKind.PERSON]
    assert people == []
    assert not any(a.name.lower() in ("minister", "envoy") for a in article.actors)
    (warning,) = article.warnings
    assert "published" in warning
    assert "U.N. envoy" in warning
    assert "prime minister" in warning
    # the places and the movement are still found
    assert "Misrata" in {loc.name for loc in article.locations}


def test_a_dated_article_has_no_warnings() -> None:
    assert parse_article(_ENVOY_TEXT, published="2021-06-01").warnings == ()
    assert parse_article("LNA forces seized Gharyan on Thursday.").warnings == ()


@pytest.mark.parametrize("published", [None, "2016-06-01", "2019-07-01", "2024-01-15"])
def test_a_title_before_a_name_is_that_persons_title_not_a_second_actor(published: str | None) -> None:
    text = "Prime Minister Fayez al-Sarraj flew to Rome on Tuesday to meet Italian officials."
    article = parse_article(text, published=published)
    people = [a for a in article.actors if a.kind is ActorKind.PERSON]
    assert [p.kb_id for p in people] == ["fayez-al-sarraj"]
    (sarraj,) = people
    assert sarraj.title is not None
    assert "minister" in sarraj.title.lower()
    assert [m.actor for m in article.movements] == ["Fayez al-Sarraj"]
    assert article.warnings == ()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("U.N. envoy Ghassan Salame landed in Benghazi on Monday.", "2016-03-01", "ghassan-salame"),
        ("U.N. envoy Martin Kobler landed in Benghazi on Monday.", "2023-03-01", "martin-kobler"),
        ("Prime Minister Ali Zeidan visited Zliten on Monday.", "2021-05-01", "ali-zeidan"),
    ],
)
def test_a_title_before_another_holders_name(text: str, published: str, expected: str) -> None:
    article = parse_article(text, published=published)
    people = [a.kb_id for a in article.actors if a.kind is ActorKind.PERSON]
    assert people == [expected]


def test_a_title_before_a_name_the_knowledge_base_lacks() -> None:
    text = "Prime Minister Karim Benhalim visited Zliten on Monday."
    article = parse_article(text, published="2019-05-01")
    people = [a for a in article.actors if a.kind is ActorKind.PERSON]
    assert [p.name for p in people] == ["Karim Benhalim"]
    assert people[0].title == "Prime Minister"
