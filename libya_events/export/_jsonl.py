"""JSON Lines: one article per line, each line exactly the ``parse --format json`` object.

A batch run (``libya-events parse DIR -o out.jsonl``) may also write *error
records*, ``{"id": ..., "file": ..., "error": ...}``, for the inputs it could not
read or parse, so that nothing is lost silently. :func:`read_jsonl` skips them;
:func:`read_jsonl_records` gives them back as :class:`ErrorRecord` values.

An article decoded from a file that was not valid UTF-8 says so in its
``"warnings"`` list (:attr:`Article.warnings <libya_events.Article.warnings>`),
after the parser's own warnings.

Lines end at ``\n`` only: U+2028, U+2029 and U+0085 are written escaped
(``\u2028``) and, being valid inside a JSON string, never split a line when read.
A line that cannot be read (bad UTF-8, bad JSON, a 5,000-digit number, nesting
100,000 deep) is an :class:`~libya_events.ExportError` naming the file and line.
"""

from __future__ import annotations

import json
import re
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


_LINE_SEPARATORS = re.compile("[\u2028\u2029\x85]")


def escape_line_separators(line: str) -> str:
    """A JSON text with U+2028, U+2029 and U+0085 escaped, so that no line splitter cuts it.

    >>> escape_line_separators('{"text": "a\u2028b"}')
    '{"text": "a\\\\u2028b"}'
    """
    return _LINE_SEPARATORS.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


@frozen
class ErrorRecord:
    """An input that produced no article: its id, its file and what went wrong."""

    id: str | None
    file: str | None
    error: str

    def to_json(self) -> str:
        """The record as one JSON object (a JSON Lines line without its newline)."""
        data = {"id": self.id, "file": self.file, "error": self.error}
        return escape_line_separators(json.dumps(data, ensure_ascii=False))


def articles_to_jsonl(articles: Iterable[Article]) -> str:
    """The articles as JSON Lines text, one ``article_to_json`` object per line."""
    return "".join(escape_line_separators(article_to_json(a)) + "\n" for a in articles)


def write_jsonl(articles: Iterable[Article | ErrorRecord], stream: IO[str]) -> int:
    """Write articles (and error records) to ``stream``, one per line; returns the count."""
    n = 0
    for item in articles:
        line = (
            item.to_json() if isinstance(item, ErrorRecord) else escape_line_separators(article_to_json(item))
        )
        stream.write(line + "\n")
        n += 1
    return n


def _lines(source: str | Path | IO[str] | Iterable[str]) -> Iterator[tuple[int, str]]:
    """Numbered lines, split on ``\\n`` only; a file's lines decoded one by one."""
    if isinstance(source, Path):
        with source.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    raise ExportError(
                        f"{source}: line {number}: not valid UTF-8 ({exc.reason} at byte {exc.start})"
                    ) from exc
                yield number, line
    elif isinstance(source, str):
        yield from enumerate(source.split("\n"), start=1)
    else:
        number = 0
        for chunk in source:
            for part in chunk.removesuffix("\n").split("\n"):
                number += 1
                yield number, part


def read_jsonl_records(source: str | Path | IO[str] | Iterable[str]) -> Iterator[Article | ErrorRecord]:
    """Articles and error records from JSON Lines: a :class:`~pathlib.Path`, text, a stream or lines.

    Blank lines are skipped. A line that cannot be read (not UTF-8, not JSON, a
    number too long to convert, nesting too deep), that is not a JSON object, or
    an object that is neither an article nor an error record, raises
    :class:`~libya_events.ExportError` naming its file (a path's) and line number.
    """
    where = f"{source}: " if isinstance(source, Path) else ""
    for number, line in _lines(source):
        if not line.strip():
            continue
        try:
            data: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ExportError(f"{where}line {number}: not valid JSON: {exc}{_path_hint(source)}") from exc
        except RecursionError as exc:
            raise ExportError(f"{where}line {number}: not readable JSON: nested too deeply") from exc
        except ValueError as exc:
            raise ExportError(f"{where}line {number}: not readable JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise ExportError(f"{where}line {number}: expected a JSON object (got {type(data).__name__})")
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
            raise ExportError(f"{where}line {number}: {exc}") from exc
        except RecursionError as exc:
            raise ExportError(f"{where}line {number}: not an article: nested too deeply") from exc


def _path_hint(source: object) -> str:
    """A hint for the usual mistake of passing a file's name as a ``str``, which is read as
    JSON Lines text: one line that is no JSON object and names a file or ends in ``.jsonl``."""
    if not isinstance(source, str) or "\n" in source.strip() or source.lstrip().startswith("{"):
        return ""
    name = source.strip()
    try:
        named = name.endswith((".jsonl", ".json", ".ndjson")) or Path(name).is_file()
    except (OSError, ValueError):  # too long or not a name at all
        named = False
    return f" (a str is read as JSON Lines text: for the file, pass pathlib.Path({name!r}))" if named else ""


def read_jsonl(source: str | Path | IO[str] | Iterable[str]) -> Iterator[Article]:
    """The articles of a JSON Lines source (see :func:`read_jsonl_records`), error records skipped."""
    for item in read_jsonl_records(source):
        if isinstance(item, Article):
            yield item


def articles_from_jsonl(text: str) -> list[Article]:
    """Every article of a JSON Lines text, equal to the articles that were written."""
    return list(read_jsonl(text))
