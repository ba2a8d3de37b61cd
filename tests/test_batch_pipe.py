"""Batch workers parse through ``Parser.pipe``: same records as one by one, and no article lost."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import Article, parse_article
from libya_events.batch import (
    PIPE_BATCH,
    Outcome,
    Task,
    auto_chunk_size,
    parse_task,
    parse_tasks,
    run_batch,
)
from libya_events.export import ErrorRecord, article_to_json, read_jsonl_records
from libya_events.extraction import Parser

# Our own sentences: a mix of lengths, dates, invisible characters, empty text and datelines.
MIXED = [
    ("a", "Khalifa Haftar flew to Benghazi on Monday, his spokesman said.", "2019-04-08"),
    ("b", "TRIPOLI, April 9 (Wire) - Forces loyal to the government pushed south of Tripoli.", "2019-04-09"),
    ("c", "", None),
    (
        "d",
        "Fighters of the 166th Brigade withdrew from Sirte.\n\nThe mayor of Misrata said the road was open.",
        None,
    ),
    ("e", "Mis\u200brata militias moved 50 km west of Sirte on Thursday.", "2020-01-02"),
    ("f", "   \n  ", "2019-05-01"),
    ("g", "The UN envoy travelled to Tobruk to meet Aguila Saleh.", "2019-06-30"),
    ("h", "The LNA said it had captured Gharyan. Residents fled toward Tripoli.", "2019-04-04"),
]


def _mixed_tasks(tmp_path: Path) -> list[Task]:
    tasks = [Task(ident, None, text=text, published=day, key=f"k{ident}") for ident, text, day in MIXED]
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 owners in Zawiya said fighters entered the town.".encode("cp1252"))
    tasks.insert(3, Task("latin", str(latin), path=str(latin), published="2019-07-01"))
    tasks.insert(5, Task("gone", "gone.txt", path=str(tmp_path / "gone.txt")))
    tasks.insert(6, Task("bad", "bad.jsonl:3", error="line 3 is not a JSON object"))
    return tasks


def _as_json(
    outcomes: Iterable[Outcome],
) -> list[tuple[str, str | None, str | None, tuple[str, ...], str | None]]:
    return [
        (o.id, o.key, o.error, o.warnings, None if o.article is None else article_to_json(o.article))
        for o in outcomes
    ]


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.fixture
def piped(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of texts of each call to ``Parser.pipe`` in the test."""
    calls: list[int] = []
    real = Parser.pipe

    def pipe(self: Parser, texts: Iterable[str], **kwargs: Any) -> Iterator[Article]:
        texts = list(texts)
        calls.append(len(texts))
        return real(self, texts, **kwargs)

    monkeypatch.setattr(Parser, "pipe", pipe)
    return calls


def test_a_mixed_batch_gives_the_records_of_one_by_one_parsing(
    parser: Parser, tmp_path: Path, piped: list[int]
) -> None:
    tasks = _mixed_tasks(tmp_path)
    expected = _as_json(parse_task(t, parser) for t in tasks)
    outcomes = list(parse_tasks(tasks, parser, batch_size=5))
    assert piped == [
        5,
        3,
    ]  # the readable texts of the batches of five went through pipe (a last one alone: parse)
    assert _as_json(outcomes) == expected
    assert [o.id for o in outcomes] == [t.id for t in tasks]
    assert [o.ok for o in outcomes].count(False) == 2
    assert any(o.warnings for o in outcomes)  # the cp1252 file


GENRE = Path(__file__).resolve().parent / "genre"


def test_pipe_gives_the_records_of_parse_on_every_genre_article(parser: Parser) -> None:
    """The in-repo genre articles (tests/genre), piped in batches, give exactly the records
    that parsing each alone gives: a rule that reads state left by another article, or that
    differs between the two paths, shows here."""
    texts, days = [], []
    for path in sorted(GENRE.glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
        days.append(json.loads(path.with_suffix(".json").read_text(encoding="utf-8")).get("published"))
    assert len(texts) >= 90
    alone = [article_to_json(parser.parse(t, published=d)) for t, d in zip(texts, days, strict=True)]
    piped = [article_to_json(a) for a in parser.pipe(texts, published=days, batch_size=16)]
    differ = [
        path.name for path, a, b in zip(sorted(GENRE.glob("*.txt")), alone, piped, strict=True) if a != b
    ]
    assert not differ


def test_a_failure_inside_pipe_loses_no_article(parser: Parser, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the batched path breaks (say, spaCy's batching): every article still parses."""
    tasks = [Task(ident, None, text=text, published=day) for ident, text, day in MIXED]
    expected = _as_json(parse_task(t, parser) for t in tasks)
    real = Parser._finish_batch

    def broken(self: Parser, batch: list[Any]) -> Iterator[Article]:
        for article in real(self, batch):
            if "Tobruk" in article.text:
                raise RuntimeError("the batch broke")
            yield article

    monkeypatch.setattr(Parser, "_finish_batch", broken)
    assert _as_json(parse_tasks(tasks, parser, batch_size=8)) == expected


def test_one_article_failing_in_pipe_is_the_only_error_record(
    parser: Parser, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, piped: list[int]
) -> None:
    tasks = [Task(ident, None, text=text, published=day) for ident, text, day in MIXED]
    expected = _as_json(parse_task(t, parser) for t in tasks)
    real = Parser._finish
    calls: list[str] = []

    def failing(self: Parser, state: Any) -> Article:
        calls.append(state.text)
        if "Tobruk" in state.text:
            raise RuntimeError("the parser broke")
        return real(self, state)

    monkeypatch.setattr(Parser, "_finish", failing)
    out = tmp_path / "out.jsonl"
    summary = run_batch(tasks, out, workers=1, parser=parser, progress=False, resume=False)
    assert piped == [len(tasks)]  # the worker parsed through pipe
    assert (summary.articles, summary.failures) == (len(tasks) - 1, 1)
    records = list(read_jsonl_records(out))
    assert [r.id for r in records] == [t.id for t in tasks]
    (error,) = [r for r in records if isinstance(r, ErrorRecord)]
    assert (error.id, error.error) == ("g", "parse failed: RuntimeError: the parser broke")
    got = [article_to_json(r) for r in records if isinstance(r, Article)]
    assert got == [a for (i, _, _, _, a) in expected if i != "g"]


class _Fake:
    """A fast parser stand-in: ``pipe`` gives up at a text saying FAIL, ``parse`` only on BOOM."""

    def parse(self, text: str, *, published: Any = None, id: str | None = None) -> Article:
        if "BOOM" in text:
            raise RuntimeError("boom")
        return Article(text, None, id=id)

    def pipe(
        self, texts: Iterable[str], *, published: Any = None, ids: Any = None, batch_size: int = 32
    ) -> Iterator[Article]:
        for text, ident in zip(texts, ids, strict=True):
            if "FAIL" in text or "BOOM" in text:
                raise RuntimeError("pipe failed")
            yield Article(text, None, id=ident)


@settings(max_examples=60, deadline=None)
@given(
    kinds=st.lists(st.sampled_from(["ok", "FAIL", "BOOM", "error"]), max_size=40),
    batch_size=st.integers(1, 20),
)
def test_every_task_gives_one_outcome_in_order_whatever_fails(kinds: list[str], batch_size: int) -> None:
    tasks = [
        Task(f"t{i}", None, error="unreadable")
        if k == "error"
        else Task(f"t{i}", None, text=f"{k} {i}", key=str(i))
        for i, k in enumerate(kinds)
    ]
    outcomes = list(parse_tasks(tasks, _Fake(), batch_size=batch_size))  # type: ignore[arg-type]
    assert [o.id for o in outcomes] == [t.id for t in tasks]
    assert [o.ok for o in outcomes] == [k in ("ok", "FAIL") for k in kinds]
    assert [o.article.text for o in outcomes if o.article is not None] == [
        t.text for t, k in zip(tasks, kinds, strict=True) if k in ("ok", "FAIL")
    ]
    assert [o.key for o in outcomes] == [t.key for t in tasks]


def test_chunks_are_one_pipe_batch_but_every_worker_gets_several() -> None:
    assert auto_chunk_size(400, 2) == PIPE_BATCH
    assert auto_chunk_size(30, 2) == 5
    assert auto_chunk_size(3, 8) == 1


class _Crash:
    """A parser stand-in whose worker process dies on a text saying CRASH (in ``pipe`` too)."""

    def parse(self, text: str, *, published: Any = None, id: str | None = None) -> Article:
        if "CRASH" in text:
            os._exit(3)
        return parse_article(text, published=published, id=id)

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Article]:
        texts = list(texts)
        if any("CRASH" in t for t in texts):
            os._exit(3)
        return _real_parser().pipe(texts, **kwargs)


_REAL: list[Parser] = []


def _real_parser() -> Parser:
    if not _REAL:
        _REAL.append(Parser())
    return _REAL[0]


def test_two_articles_that_kill_their_worker_in_one_chunk_cost_two_error_records(tmp_path: Path) -> None:
    tasks = [
        Task(f"t{i}", None, text=f"Haftar's forces moved to Sirte on day {i}.", key=str(i)) for i in range(10)
    ]
    tasks[2] = Task("crash1", None, text="CRASH", key="c1")
    tasks[4] = Task("crash2", None, text="CRASH too", key="c2")
    out = tmp_path / "out.jsonl"
    summary = run_batch(tasks, out, workers=2, chunk_size=5, parser=_Crash(), progress=False)  # type: ignore[arg-type]
    assert (summary.articles, summary.failures) == (8, 2)
    records = list(read_jsonl_records(out))
    assert [r.id for r in records] == [t.id for t in tasks]
    errors = [r for r in records if isinstance(r, ErrorRecord)]
    assert [e.id for e in errors] == ["crash1", "crash2"]
    assert all("died" in e.error for e in errors)
