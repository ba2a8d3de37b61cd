"""Batch inputs: text files, directories, JSON Lines of articles and standard input.

Every input becomes a :class:`Task` with a stable id (the article id the output
carries; a re-run skips a task whose id *and* :func:`task_key` are in the output):

* a text file: its :func:`input_name`, the path relative to the current
  directory (``corpus/2019/a.txt`` however it was spelled: ``./corpus//2019/a.txt``
  or ``$PWD/corpus/2019/a.txt``), read by the worker that parses it;
* a directory: every ``*.txt``, ``*.jsonl`` and ``*.ndjson`` file under it (or
  the files a ``glob`` matches), sorted, hidden files left out; the others are
  reported as skipped;
* a ``*.jsonl`` / ``*.ndjson`` file: one task per line, each line an object
  ``{"text": ..., "published": ..., "id": ...}`` (``published`` and ``id``
  optional; the id defaults to ``FILE:LINE``); a bad line (not JSON, a
  5,000-digit number, nesting 100,000 deep) is a task that fails, alone;
* ``-``: standard input, JSON Lines records as above when its first non-blank
  line is such an object, else one article (id ``<stdin>``).

Decoding (see :func:`decode_text`): UTF-8 (a byte-order mark is dropped, UTF-16
with a byte-order mark is honoured); a file that is not valid UTF-8 is read as
Windows-1252 (Latin-1 for the five bytes cp1252 leaves undefined) and its
article carries a ``warnings`` entry saying so; bytes that are no text at all
(NUL or other control characters) are an error. JSON Lines are split on ``\\n``
only (never on U+2028, U+2029 or U+0085, which JSON allows inside a string) and
decoded line by line (:func:`decode_line`): one bad byte costs its own line a
cp1252 reading and a warning, never the other lines.
"""

from __future__ import annotations

import codecs
import fnmatch
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from attrs import evolve, frozen

__all__ = [
    "STDIN_ID",
    "DecodeError",
    "Task",
    "collect_tasks",
    "decode_line",
    "decode_text",
    "input_name",
    "load_json_line",
    "published_from_name",
    "split_jsonl",
    "task_key",
]

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
    missing file): the task yields an error record without parsing. ``key`` is
    its :func:`task_key`, filled in by the batch run that resumes by it.
    """

    id: str
    file: str | None
    path: str | None = None
    text: str | None = None
    published: str | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()
    key: str | None = None


def task_key(task: Task) -> str:
    """A digest of what a task parses: its text (or its file's bytes) and its publication date.

    A re-run skips a task only when an article with the same id *and* key is in
    the output already, so another text under a reused id is parsed, never dropped.
    """
    digest = hashlib.sha256()
    digest.update((task.published or "").encode() + b"\0")
    if task.error is not None:
        digest.update(b"error\0" + task.error.encode("utf-8", "surrogatepass"))
    elif task.text is not None:
        digest.update(b"text\0" + task.text.encode("utf-8", "surrogatepass"))
    elif task.path is not None:
        try:
            with open(task.path, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        except OSError as exc:
            digest.update(b"unreadable\0" + str(exc).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


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


def input_name(path: str | Path) -> str:
    """The name a file goes by in ids and error records, however its path was spelled.

    The path relative to the current directory when the file is under it
    (``corpus/2019/a.txt`` for ``corpus/2019/a.txt``, ``./corpus//2019/a.txt`` and
    ``$PWD/corpus/2019/a.txt`` alike), else its absolute path; symbolic links are
    resolved and ``/`` separates the parts on every system.
    """
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


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


def split_jsonl(data: bytes) -> Iterator[tuple[int, bytes]]:
    """The numbered lines of JSON Lines bytes, split on ``\\n`` only (a ``\\r`` before it dropped).

    U+2028, U+2029 and U+0085 are valid inside a JSON string, so they never end a
    line; blank lines are left out (their numbers are skipped).
    """
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line = raw[:-1] if raw.endswith(b"\r") else raw
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        if line.strip():
            yield number, line


def decode_line(line: bytes) -> tuple[str, tuple[str, ...]]:
    """One JSON Lines line as text: UTF-8, else cp1252 (else Latin-1) with a warning.

    Unlike :func:`decode_text` no bytes are refused: JSON itself rejects what is
    not allowed in a string, and a DEL is allowed.
    """
    try:
        return line.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        where = f"{exc.reason} at byte {exc.start}"
        try:
            return line.decode("cp1252"), (f"this line is not valid UTF-8 ({where}): decoded as cp1252",)
        except UnicodeDecodeError:
            return line.decode("latin-1"), (f"this line is not valid UTF-8 ({where}): decoded as latin-1",)


def load_json_line(line: str) -> Any:
    """``json.loads`` of one line; every failure (bad JSON, a 5,000-digit number, nesting
    100,000 deep) is a :class:`ValueError` with a one-line reason."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise ValueError("not readable JSON: nested too deeply") from exc
    except ValueError as exc:  # int too large to convert (sys.set_int_max_str_digits)
        raise ValueError(f"not readable JSON: {exc}") from exc


def _jsonl_tasks(data: bytes, file: str, published: str | None) -> Iterator[Task]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data = data.decode("utf-16").encode("utf-8", "surrogatepass")
        except UnicodeDecodeError as exc:
            yield Task(file, file, error=f"not valid UTF-16 despite its byte-order mark: {exc}")
            return
    for number, raw in split_jsonl(data):
        default_id = f"{file}:{number}"
        line, warnings = decode_line(raw)
        try:
            record = load_json_line(line)
        except ValueError as exc:
            yield Task(default_id, file, error=f"line {number}: {exc}")
            continue
        task = _record_task(record, default_id, file, published)
        if warnings and task.error is None:
            task = evolve(task, warnings=tuple(f"line {number}: {w}" for w in warnings))
        yield task


def _looks_like_jsonl(data: bytes) -> bool:
    first = next((line for _, line in split_jsonl(data)), b"")
    if not first.lstrip().startswith(b"{"):
        return False
    try:
        record = load_json_line(decode_line(first)[0])
    except ValueError:
        return False
    return isinstance(record, dict) and isinstance(record.get("text"), str)


def _files_under(directory: Path, glob: str | None, skipped: list[str] | None) -> list[Path]:
    wanted = _TEXT_SUFFIXES | _JSONL_SUFFIXES
    files = []
    for p in sorted(directory.rglob("*")):
        if not p.is_file() or any(part.startswith(".") for part in p.relative_to(directory).parts):
            continue
        relative = p.relative_to(directory).as_posix()
        if glob is not None:
            chosen = fnmatch.fnmatch(relative, glob) or fnmatch.fnmatch(p.name, glob)
        else:
            chosen = p.suffix.lower() in wanted
        if chosen:
            files.append(p)
        elif skipped is not None:
            skipped.append(input_name(p))
    return files


def _file_tasks(path: Path, published: str | None, pattern: re.Pattern[str] | None) -> Iterator[Task]:
    name = input_name(path)
    pub = published
    if pattern is not None:
        pub = published_from_name(name, pattern) or published
    if path.suffix.lower() in _JSONL_SUFFIXES:
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Task(name, name, error=f"cannot read {name}: {exc.strerror or exc}")
            return
        yield from _jsonl_tasks(data, name, pub)
        return
    yield Task(name, name, path=str(path), published=pub)


def collect_tasks(
    inputs: Iterable[str],
    *,
    published: str | None = None,
    published_pattern: str | re.Pattern[str] | None = None,
    stdin: Any = None,
    glob: str | None = None,
    skipped: list[str] | None = None,
) -> list[Task]:
    """The tasks for the given inputs (paths, directories, ``-``), in order.

    ``published`` is the date for every input that gives none itself;
    ``published_pattern`` takes each file's date from its name (see
    :func:`published_from_name`), falling back to ``published``. ``stdin`` is the
    binary stream ``-`` reads (``sys.stdin.buffer`` by default). ``glob`` (such as
    ``"*.md"``) chooses the files taken from directories instead of the ``.txt`` /
    ``.jsonl`` / ``.ndjson`` suffixes; the names of the files left out are appended
    to ``skipped`` when given.
    """
    pattern = re.compile(published_pattern) if isinstance(published_pattern, str) else published_pattern
    tasks: list[Task] = []
    for name in inputs:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                data = stream.read()
            except OSError as exc:
                tasks.append(Task(STDIN_ID, "-", error=f"cannot read standard input: {exc}"))
                continue
            if _looks_like_jsonl(data):
                tasks.extend(_jsonl_tasks(data, "-", published))
                continue
            try:
                text, warnings = decode_text(data)
            except DecodeError as exc:
                tasks.append(Task(STDIN_ID, "-", error=f"cannot read standard input: {exc}"))
                continue
            tasks.append(Task(STDIN_ID, "-", text=text, published=published, warnings=warnings))
            continue
        path = Path(name)
        if path.is_dir():
            for file in _files_under(path, glob, skipped):
                tasks.extend(_file_tasks(file, published, pattern))
        elif path.exists():
            tasks.extend(_file_tasks(path, published, pattern))
        else:
            shown = input_name(name)
            tasks.append(Task(shown, shown, error=f"cannot read {name}: no such file or directory"))
    return tasks
