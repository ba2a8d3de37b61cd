"""Parse many articles in worker processes and write one output file atomically.

:func:`run_batch` is what ``libya-events parse DIR -o out.jsonl`` runs:

* every task becomes an article or an :class:`~libya_events.export.ErrorRecord`
  (unreadable file, undecodable bytes, parser failure): nothing is lost;
* JSON Lines output keeps the error records inline; GeoJSON and CSV put them in
  a side file, ``OUT.errors.jsonl`` (removed when a run has none);
* the output is written to a temporary file beside it and moved into place with
  :func:`os.replace` only at the end, so an interrupted run (Ctrl-C) leaves the
  previous output, or none, never half a file;
* a re-run with the same output keeps what it holds and skips the article ids
  already there (error records are retried);
* ``workers`` processes (a :class:`~concurrent.futures.ProcessPoolExecutor`), each
  building its :class:`~libya_events.extraction.Parser` once; one worker parses
  in this process.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import signal
import sys
import tempfile
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any, Literal

from attrs import define, field, frozen

from libya_events._errors import ExportError
from libya_events.batch._inputs import DecodeError, Task, decode_text
from libya_events.export import (
    ACLED_COLUMNS,
    AcledWriter,
    ErrorRecord,
    GeoJSONWriter,
    read_geojson,
    unstructure,
)
from libya_events.extraction import Parser
from libya_events.model import Article

__all__ = [
    "FORMATS",
    "BatchSummary",
    "BatchWriter",
    "Format",
    "Outcome",
    "format_for",
    "parse_task",
    "run_batch",
    "worker_parser",
]

Format = Literal["jsonl", "geojson", "csv"]
FORMATS: tuple[Format, ...] = ("jsonl", "geojson", "csv")

_SUFFIX_FORMATS: dict[str, Format] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".geojson": "geojson",
    ".json": "geojson",
    ".csv": "csv",
}


def format_for(path: str | Path) -> Format:
    """The output format an output file's suffix implies (JSON Lines when unknown)."""
    return _SUFFIX_FORMATS.get(Path(path).suffix.lower(), "jsonl")


# --------------------------------------------------------------------------- parsing


@frozen
class Outcome:
    """What became of a task: an article (with decoding warnings) or an error record."""

    id: str
    file: str | None
    article: Article | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()

    def error_record(self) -> ErrorRecord:
        """The error record of a failed task."""
        return ErrorRecord(self.id, self.file, self.error or "unknown error")


_PARSER: Parser | None = None


def worker_parser() -> Parser:
    """This process's parser, built on first use (once per worker process)."""
    global _PARSER
    if _PARSER is None:
        _PARSER = Parser()
    return _PARSER


def _init_worker(parser: Parser | None) -> None:
    """Worker initializer: Ctrl-C is the parent's to handle; build the parser once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _PARSER
    _PARSER = parser if parser is not None else Parser()


def parse_task(task: Task, parser: Parser | None = None) -> Outcome:
    """Read (if need be) and parse one task; every failure becomes an error outcome."""
    if task.error is not None:
        return Outcome(task.id, task.file, error=task.error)
    warnings = task.warnings
    text = task.text
    if text is None:
        if task.path is None:
            return Outcome(task.id, task.file, error="a task needs a text or a path")
        try:
            with open(task.path, "rb") as handle:
                data = handle.read()
            text, warnings = decode_text(data)
        except OSError as exc:
            return Outcome(task.id, task.file, error=f"cannot read {task.path}: {exc.strerror or exc}")
        except DecodeError as exc:
            return Outcome(task.id, task.file, error=f"cannot decode {task.path}: {exc}")
    try:
        article = (parser or worker_parser()).parse(text, published=task.published, id=task.id)
    except Exception as exc:  # a parser failure must not stop the batch
        return Outcome(task.id, task.file, error=f"parse failed: {type(exc).__name__}: {exc}")
    return Outcome(task.id, task.file, article=article, warnings=warnings)


def _parse_chunk(tasks: list[Task]) -> list[Outcome]:
    return [parse_task(t) for t in tasks]


# --------------------------------------------------------------------------- summary


@define
class BatchSummary:
    """Counts of a batch run: articles, records by kind, skips and failures."""

    articles: int = 0
    skipped: int = 0
    failures: int = 0
    warnings: int = 0
    records: Counter[str] = field(factory=Counter)
    movements: Counter[str] = field(factory=Counter)
    errors: list[ErrorRecord] = field(factory=list)

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        if outcome.article is None:
            self.failures += 1
            self.errors.append(outcome.error_record())
            return
        a = outcome.article
        self.articles += 1
        self.warnings += bool(outcome.warnings)
        self.records.update(
            actors=len(a.actors),
            locations=len(a.locations),
            relative_locations=len(a.relative_locations),
            movements=len(a.movements),
            statements=len(a.statements),
        )
        self.movements.update(m.kind.value for m in a.movements)

    @property
    def ok(self) -> bool:
        """Whether every task gave an article."""
        return self.failures == 0

    def format(self) -> str:
        """The summary printed on standard error at the end of a run."""
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.movements.items()))
        r = self.records
        lines = [
            f"articles: {self.articles} parsed, {self.skipped} skipped (already in the output), "
            f"{self.failures} failed",
            f"records: actors {r['actors']}, locations {r['locations']}, "
            f"relative_locations {r['relative_locations']}, movements {r['movements']}"
            + (f" ({kinds})" if kinds else "")
            + f", statements {r['statements']}",
        ]
        if self.warnings:
            lines.append(f"warnings: {self.warnings} article(s) not valid UTF-8, decoded as cp1252/latin-1")
        for err in self.errors[:10]:
            lines.append(f"failed: {err.file or err.id}: {err.error}")
        if len(self.errors) > 10:
            lines.append(f"failed: ... and {len(self.errors) - 10} more")
        return "\n".join(lines)


# --------------------------------------------------------------------------- output


def _temp_beside(path: Path) -> tuple[IO[str], Path]:
    """A temporary file in ``path``'s folder, with the mode ``path`` has (or would get)."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.fchmod(fd, mode)
    return os.fdopen(fd, "w", encoding="utf-8", newline=""), Path(name)


def _existing_jsonl(path: Path) -> tuple[list[str], set[str]]:
    keep: list[str] = []
    ids: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(data, dict) and "text" in data and "error" not in data:
                keep.append(line if line.endswith("\n") else line + "\n")
                if isinstance(data.get("id"), str):
                    ids.add(data["id"])
    return keep, ids


class BatchWriter:
    """The output of a batch run, written atomically (see the module docstring).

    ``output`` ``None`` (or ``"-"``) writes to ``stream`` (standard output) as it
    goes, with no atomicity and no resuming.
    """

    def __init__(
        self,
        output: str | Path | None,
        fmt: Format,
        *,
        resume: bool = True,
        stream: IO[str] | None = None,
    ) -> None:
        if fmt not in FORMATS:
            raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
        self.format: Format = fmt
        self.path = None if output is None or str(output) == "-" else Path(output)
        self.done_ids: set[str] = set()
        self._errors: list[ErrorRecord] = []
        self._temp: Path | None = None
        if self.path is None:
            self._out: IO[str] = stream if stream is not None else sys.stdout
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._out, self._temp = _temp_beside(self.path)
        self._geojson: GeoJSONWriter | None = None
        self._csv: AcledWriter | None = None
        try:
            self._start(resume)
        except BaseException:
            self.abort()
            raise

    def _start(self, resume: bool) -> None:
        old = self.path if resume and self.path is not None and self.path.exists() else None
        if self.format == "jsonl":
            if old is not None:
                lines, self.done_ids = _existing_jsonl(old)
                self._out.writelines(lines)
        elif self.format == "geojson":
            self._geojson = GeoJSONWriter(self._out)
            if old is not None:
                for feature in read_geojson(old)["features"]:
                    self._geojson.write_feature(feature)
                    ident = (feature.get("properties") or {}).get("article_id")
                    if isinstance(ident, str):
                        self.done_ids.add(ident)
        else:
            self._csv = AcledWriter(self._out)
            if old is not None:
                with old.open(encoding="utf-8", newline="") as handle:
                    rows = list(csv.DictReader(handle))
                out = csv.DictWriter(self._out, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
                for row in rows:
                    out.writerow({k: row.get(k, "") for k in ACLED_COLUMNS})
                    self.done_ids.add(row.get("event_id_cnty", "").rsplit(":", 1)[0])

    def add(self, outcome: Outcome) -> None:
        """Write one outcome: the article's line, features or rows, or its error record."""
        article = outcome.article
        if article is None:
            record = outcome.error_record()
            if self.format == "jsonl":
                self._out.write(record.to_json() + "\n")
            else:
                self._errors.append(record)
            return
        if self.format == "jsonl":
            data = unstructure(article)
            if outcome.warnings:
                data["warnings"] = list(outcome.warnings)
            self._out.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif self._geojson is not None:
            self._geojson.write(article, source=outcome.file)
        elif self._csv is not None:
            self._csv.write(article, source=outcome.file)

    @property
    def errors_path(self) -> Path | None:
        """The side file of error records (GeoJSON and CSV output only)."""
        if self.path is None or self.format == "jsonl":
            return None
        return self.path.with_name(self.path.name + ".errors.jsonl")

    def commit(self) -> None:
        """Finish the output and move it into place."""
        if self._geojson is not None:
            self._geojson.close()
        if self.path is None or self._temp is None:
            for record in self._errors:
                print(f"libya-events: failed: {record.to_json()}", file=sys.stderr)
            self._out.flush()
            return
        self._out.close()
        errors_path = self.errors_path
        if errors_path is not None:
            if self._errors:
                handle, temp = _temp_beside(errors_path)
                with handle:
                    handle.writelines(r.to_json() + "\n" for r in self._errors)
                os.replace(temp, errors_path)
            else:
                errors_path.unlink(missing_ok=True)
        os.replace(self._temp, self.path)
        self._temp = None

    def abort(self) -> None:
        """Drop the temporary file; the previous output (if any) stays as it was."""
        if self._temp is not None:
            with contextlib.suppress(OSError):
                self._out.close()
            self._temp.unlink(missing_ok=True)
            self._temp = None

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


# --------------------------------------------------------------------------- running


def _chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _outcomes(tasks: list[Task], workers: int, parser: Parser | None, chunk_size: int) -> Iterator[Outcome]:
    """Outcomes in task order; at most ``4 * workers`` chunks in flight."""
    if workers <= 1:
        local = parser if parser is not None else worker_parser()
        for task in tasks:
            yield parse_task(task, local)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(parser,)) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        try:
            for chunk in _chunks(tasks, chunk_size):
                pending.append(pool.submit(_parse_chunk, chunk))
                while len(pending) >= 4 * workers:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BaseException:
            for fut in pending:
                fut.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _progress(total: int, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, disable=not enabled or not sys.stderr.isatty())


def run_batch(
    tasks: Iterable[Task],
    output: str | Path | None,
    *,
    fmt: Format | None = None,
    workers: int = 1,
    parser: Parser | None = None,
    resume: bool = True,
    progress: bool = True,
    chunk_size: int = 4,
    stream: IO[str] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> BatchSummary:
    """Parse every task and write the output; returns the run's :class:`BatchSummary`.

    ``workers`` ``0`` means one per CPU. ``parser`` (optional) is shipped to each
    worker once, pickled by its configuration; by default each worker builds the
    default parser. The output is only replaced when every task has been handled:
    an exception (or Ctrl-C) leaves the previous output untouched.
    """
    chosen: Format = fmt if fmt is not None else format_for(output or "out.jsonl")
    workers = workers if workers > 0 else (os.cpu_count() or 1)
    summary = BatchSummary()
    with BatchWriter(output, chosen, resume=resume, stream=stream) as writer:
        todo: list[Task] = []
        for task in tasks:
            if task.id in writer.done_ids:
                summary.skipped += 1
            else:
                todo.append(task)
        bar = _progress(len(todo), progress)
        try:
            for outcome in _outcomes(todo, min(workers, max(1, len(todo))), parser, chunk_size):
                writer.add(outcome)
                summary.add(outcome)
                if on_outcome is not None:
                    on_outcome(outcome)
                bar.update(1)
        finally:
            bar.close()
    return summary
