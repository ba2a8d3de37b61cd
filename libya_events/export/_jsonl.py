"""JSON Lines: one article per line, each line exactly the ``parse --format json`` object.

A batch run (``libya-events parse DIR -o out.jsonl``) may also write *error
records*, ``{"id": ..., "file": ..., "error": ...}``, for the inputs it could not
read or parse, so that nothing is lost silently. :func:`read_jsonl` skips them;
:func:`read_jsonl_records` gives them back as :class:`ErrorRecord` values.

An article decoded from a file that was not valid UTF-8 says so in its
``"warnings"`` list (:attr:`Article.warnings <libya_events.Article.warnings>`),
after the parser's own warnings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from attrs import frozen

from libya_events._errors import ExportError
from libya_events.export._json import article_to_json, structure
from libya_events.model import Article

__all__ = [
    "ErrorRecord",
    "articles_from_jsonl",
    "articles_to_jsonl",
    "read_jsonl",
    "read_jsonl_records",
    "write_jsonl",
]


@frozen
class ErrorRecord:
    """An input that produced no article: its id, its file and what went wrong."""

    id: str | None
    file: str | None
    error: str

    def to_json(self) -> str:
        """The record as one JSON object (a JSON Lines line without its newline)."""
        return json.dumps({"id": self.id, "file": self.file, "error": self.error}, ensure_ascii=False)


def articles_to_jsonl(articles: Iterable[Article]) -> str:
    """The articles as JSON Lines text, one ``article_to_json`` object per line."""
    return "".join(article_to_json(a) + "\n" for a in articles)


def write_jsonl(articles: Iterable[Article | ErrorRecord], stream: IO[str]) -> int:
    """Write articles (and error records) to ``stream``, one per line; returns the count."""
    n = 0
    for item in articles:
        stream.write((item.to_json() if isinstance(item, ErrorRecord) else article_to_json(item)) + "\n")
        n += 1
    return n


def _lines(source: str | Path | IO[str] | Iterable[str]) -> Iterator[str]:
    if isinstance(source, Path):
        with source.open(encoding="utf-8") as handle:
            yield from handle
    elif isinstance(source, str):
        yield from source.splitlines()
    else:
        yield from source


def read_jsonl_records(source: str | Path | IO[str] | Iterable[str]) -> Iterator[Article | ErrorRecord]:
    """Articles and error records from JSON Lines: a :class:`~pathlib.Path`, text, a stream or lines.

    Blank lines are skipped. A line that is not a JSON object, or an object that is
    neither an article nor an error record, raises :class:`~libya_events.ExportError`
    naming its line number.
    """
    for number, line in enumerate(_lines(source), start=1):
        if not line.strip():
            continue
        try:
            data: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ExportError(f"line {number}: not valid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise ExportError(f"line {number}: expected a JSON object (got {type(data).__name__})")
        if "error" in data and "text" not in data:
            file = data.get("file")
            ident = data.get("id")
            yield ErrorRecord(
                id=ident if isinstance(ident, str) else None,
                file=file if isinstance(file, str) else None,
                error=str(data["error"]),
            )
            continue
        try:
            yield structure(data, Article)
        except ExportError as exc:
            raise ExportError(f"line {number}: {exc}") from exc


def read_jsonl(source: str | Path | IO[str] | Iterable[str]) -> Iterator[Article]:
    """The articles of a JSON Lines source (see :func:`read_jsonl_records`), error records skipped."""
    for item in read_jsonl_records(source):
        if isinstance(item, Article):
            yield item


def articles_from_jsonl(text: str) -> list[Article]:
    """Every article of a JSON Lines text, equal to the articles that were written."""
    return list(read_jsonl(text))
