"""Batch inputs: text files, directories, JSON Lines of articles and standard input.

Every input becomes a :class:`Task` with a stable id (the article id the output
carries, and the key a re-run uses to skip work already done):

* a text file: its path as given (``corpus/2019/a.txt``), read by the worker that
  parses it;
* a directory: every ``*.txt``, ``*.jsonl`` and ``*.ndjson`` file under it, sorted,
  hidden files left out;
* a ``*.jsonl`` / ``*.ndjson`` file: one task per line, each line an object
  ``{"text": ..., "published": ..., "id": ...}`` (``published`` and ``id``
  optional; the id defaults to ``FILE:LINE``); a bad line is a task that fails;
* ``-``: standard input, JSON Lines records as above when its first non-blank
  line is such an object, else one article (id ``<stdin>``).

Decoding (see :func:`decode_text`): UTF-8 (a byte-order mark is dropped, UTF-16
with a byte-order mark is honoured); a file that is not valid UTF-8 is read as
Windows-1252 (Latin-1 for the five bytes cp1252 leaves undefined) and its
article carries a ``warnings`` entry saying so; bytes that are no text at all
(NUL or other control characters) are an error.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from attrs import frozen

__all__ = ["STDIN_ID", "DecodeError", "Task", "collect_tasks", "decode_text", "published_from_name"]

STDIN_ID = "<stdin>"
"""The article id of a text read from standard input."""

_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_TEXT_SUFFIXES = frozenset({".txt"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    """Bytes that are not text in any encoding the batch accepts."""


@frozen
class Task:
    """One article to parse: its id and file, and either its text or a path to read it from.

    ``error`` set means the input already failed (a bad JSON Lines record, a
    missing file): the task yields an error record without parsing.
    """

    id: str
    file: str | None
    path: str | None = None
    text: str | None = None
    published: str | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()


def decode_text(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Bytes as text and the warnings decoding raised (see the module docstring).

    :class:`DecodeError` for bytes that are not text.
    """
    warnings: tuple[str, ...] = ()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"not valid UTF-16 despite its byte-order mark: {exc}") from exc
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if b"\x00" in data:
                raise DecodeError(
                    f"binary data, not text (NUL bytes; {exc.reason} at byte {exc.start})"
                ) from exc
            try:
                text = data.decode("cp1252")
                warnings = (f"not valid UTF-8 ({exc.reason} at byte {exc.start}): decoded as cp1252",)
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                warnings = (f"not valid UTF-8 ({exc.reason} at byte {exc.start}): decoded as latin-1",)
    bad = _CONTROL.search(text)
    if bad is not None:
        raise DecodeError(f"binary data, not text (control character {bad.group()!r} at {bad.start()})")
    return text, warnings


def published_from_name(name: str, pattern: str | re.Pattern[str]) -> str | None:
    """The publication date a file name holds, by ``pattern`` (``None`` when it does not match).

    The date is the group named ``date``, else the first group, else the whole
    match; ``YYYYMMDD`` and ``YYYY_MM_DD`` are normalised to ``YYYY-MM-DD``.
    """
    regex = re.compile(pattern) if isinstance(pattern, str) else pattern
    match = regex.search(Path(name).name)
    if match is None:
        return None
    if "date" in regex.groupindex:
        raw = match.group("date")
    elif regex.groups:
        raw = match.group(1)
    else:
        raw = match.group(0)
    digits = re.fullmatch(r"(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})", raw or "")
    return f"{digits[1]}-{digits[2]}-{digits[3]}" if digits else raw


def _record_task(data: Any, default_id: str, file: str, published: str | None) -> Task:
    if not isinstance(data, dict):
        return Task(default_id, file, error=f"expected a JSON object (got {type(data).__name__})")
    ident = data.get("id")
    ident = str(ident) if isinstance(ident, (str, int)) and not isinstance(ident, bool) else default_id
    text = data.get("text")
    if not isinstance(text, str):
        return Task(ident, file, error="a record needs a 'text' string")
    pub = data.get("published", published)
    if pub is not None and not isinstance(pub, str):
        return Task(ident, file, error=f"'published' must be a YYYY-MM-DD string (got {pub!r})")
    return Task(ident, file, text=text, published=pub)


def _jsonl_tasks(lines: Iterable[str], file: str, published: str | None) -> Iterator[Task]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        default_id = f"{file}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Task(default_id, file, error=f"line {number}: not valid JSON: {exc}")
            continue
        yield _record_task(data, default_id, file, published)


def _looks_like_jsonl(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        data = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(data, dict) and isinstance(data.get("text"), str)


def _files_under(directory: Path) -> list[Path]:
    wanted = _TEXT_SUFFIXES | _JSONL_SUFFIXES
    return sorted(
        p
        for p in directory.rglob("*")
        if p.is_file()
        and p.suffix.lower() in wanted
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


def _file_tasks(path: Path, published: str | None, pattern: re.Pattern[str] | None) -> Iterator[Task]:
    name = str(path)
    pub = published
    if pattern is not None:
        pub = published_from_name(name, pattern) or published
    if path.suffix.lower() in _JSONL_SUFFIXES:
        try:
            text, _ = decode_text(path.read_bytes())
        except (OSError, DecodeError) as exc:
            yield Task(name, name, error=f"cannot read {name}: {exc}")
            return
        yield from _jsonl_tasks(text.splitlines(), name, pub)
        return
    yield Task(name, name, path=name, published=pub)


def collect_tasks(
    inputs: Iterable[str],
    *,
    published: str | None = None,
    published_pattern: str | re.Pattern[str] | None = None,
    stdin: Any = None,
) -> list[Task]:
    """The tasks for the given inputs (paths, directories, ``-``), in order.

    ``published`` is the date for every input that gives none itself;
    ``published_pattern`` takes each file's date from its name (see
    :func:`published_from_name`), falling back to ``published``. ``stdin`` is the
    binary stream ``-`` reads (``sys.stdin.buffer`` by default).
    """
    pattern = re.compile(published_pattern) if isinstance(published_pattern, str) else published_pattern
    tasks: list[Task] = []
    for name in inputs:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                text, warnings = decode_text(stream.read())
            except (OSError, DecodeError) as exc:
                tasks.append(Task(STDIN_ID, "-", error=f"cannot read standard input: {exc}"))
                continue
            if _looks_like_jsonl(text):
                tasks.extend(_jsonl_tasks(text.splitlines(), "-", published))
            else:
                tasks.append(Task(STDIN_ID, "-", text=text, published=published, warnings=warnings))
            continue
        path = Path(name)
        if path.is_dir():
            for file in _files_under(path):
                tasks.extend(_file_tasks(file, published, pattern))
        elif path.exists():
            tasks.extend(_file_tasks(path, published, pattern))
        else:
            tasks.append(Task(name, name, error=f"cannot read {name}: no such file or directory"))
    return tasks
