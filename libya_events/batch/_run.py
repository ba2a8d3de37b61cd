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
import io
import json
import os
import signal
import sys
import tempfile
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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
    acled_article_id,
    acled_rows,
    article_features,
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
    "pack",
    "parse_task",
    "render",
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
    """What became of a task: an article (with decoding warnings) or an error.

    Worker processes send outcomes back *packed* (see :func:`pack`): the article
    already rendered to the output format in ``rendered``, its record counts in
    ``counts``, and ``article`` ``None``, which is much cheaper to ship between
    processes than the article itself. ``error`` is ``None`` exactly when the task
    succeeded.
    """

    id: str
    file: str | None
    article: Article | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()
    rendered: tuple[str, ...] | None = None
    counts: tuple[tuple[str, int], ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the task gave an article."""
        return self.error is None

    def error_record(self) -> ErrorRecord:
        """The error record of a failed task."""
        return ErrorRecord(self.id, self.file, self.error or "unknown error")


def _counts(article: Article) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter(
        actors=len(article.actors),
        locations=len(article.locations),
        relative_locations=len(article.relative_locations),
        movements=len(article.movements),
        statements=len(article.statements),
    )
    counts.update(f"movement:{m.kind.value}" for m in article.movements)
    return tuple(sorted(counts.items()))


def render(outcome: Outcome, fmt: Format) -> tuple[str, ...]:
    """A successful outcome's article as output text: a JSON Lines line, GeoJSON features or CSV rows."""
    if outcome.rendered is not None:
        return outcome.rendered
    article = outcome.article
    if article is None:
        raise ValueError(f"outcome {outcome.id!r} has no article to render")
    if fmt == "jsonl":
        data = unstructure(article)
        if outcome.warnings:
            data["warnings"] = [*data.get("warnings", ()), *outcome.warnings]
        return (json.dumps(data, ensure_ascii=False) + "\n",)
    # Standard input is no file to cite: the article id stands for it.
    source = outcome.file if outcome.file != "-" else None
    if fmt == "geojson":
        return tuple(json.dumps(f, ensure_ascii=False) for f in article_features(article, source=source))
    buffer = io.StringIO()
    rows = csv.DictWriter(buffer, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    rows.writerows(acled_rows(article, source=source))
    return (buffer.getvalue(),)


def pack(outcome: Outcome, fmt: Format) -> Outcome:
    """The outcome rendered for ``fmt``, with its counts and without its article."""
    if outcome.article is None:
        return outcome
    return Outcome(
        outcome.id,
        outcome.file,
        error=outcome.error,
        warnings=outcome.warnings,
        rendered=render(outcome, fmt),
        counts=_counts(outcome.article),
    )


_PARSER: Parser | None = None
_PARSER_LOCK = threading.Lock()


def worker_parser() -> Parser:
    """This process's parser, built on first use (once per worker process, thread-safe)."""
    global _PARSER
    if _PARSER is None:
        with _PARSER_LOCK:
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


def _parse_chunk(tasks: list[Task], fmt: Format | None = None) -> list[Outcome]:
    """Parse a chunk in a worker; packed for ``fmt`` when given."""
    outcomes = [parse_task(t) for t in tasks]
    return outcomes if fmt is None else [pack(o, fmt) for o in outcomes]


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
        """Count one outcome (packed or not)."""
        if not outcome.ok:
            self.failures += 1
            self.errors.append(outcome.error_record())
            return
        self.articles += 1
        self.warnings += bool(outcome.warnings)
        counts = outcome.counts if outcome.article is None else _counts(outcome.article)
        for key, n in counts:
            if key.startswith("movement:"):
                self.movements[key.removeprefix("movement:")] += n
            else:
                self.records[key] += n

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
    return os.fdopen(fd, "w", encoding="utf-8", newline="", errors="backslashreplace"), Path(name)


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
                    self.done_ids.add(acled_article_id(row) or "")

    def add(self, outcome: Outcome) -> None:
        """Write one outcome: the article's line, features or rows, or its error record."""
        if not outcome.ok:
            record = outcome.error_record()
            if self.format == "jsonl":
                self._out.write(record.to_json() + "\n")
            else:
                self._errors.append(record)
            return
        pieces = render(outcome, self.format)
        if self._geojson is not None:
            for feature in pieces:
                self._geojson.write_raw(feature)
        else:
            self._out.writelines(pieces)

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


def _pool(workers: int, parser: Parser | None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(parser,))


def _isolated(task: Task, parser: Parser | None, fmt: Format | None) -> Outcome:
    """Parse one task in a process of its own: a task that kills its worker becomes an error."""
    with _pool(1, parser) as one:
        try:
            return one.submit(_parse_chunk, [task], fmt).result()[0]
        except BrokenProcessPool as exc:
            return Outcome(task.id, task.file, error=f"the worker process died parsing it: {exc}")


def _outcomes(
    tasks: list[Task], workers: int, parser: Parser | None, chunk_size: int, fmt: Format | None = None
) -> Iterator[Outcome]:
    """Outcomes in task order (packed for ``fmt`` by worker processes); at most ``4 * workers`` chunks in flight.

    When a worker process dies (a crash, the out-of-memory killer), the pool is
    rebuilt: the chunk first in line is parsed again one task per process, so the
    task that killed it becomes an error record, and the other chunks are resubmitted.
    """
    if workers <= 1:
        local = parser if parser is not None else worker_parser()
        for task in tasks:
            yield parse_task(task, local)
        return
    pool = _pool(workers, parser)
    chunks = _chunks(tasks, chunk_size)
    pending: deque[tuple[Future[list[Outcome]] | None, list[Task]]] = deque()
    try:
        while True:
            while len(pending) < 4 * workers:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                try:
                    pending.append((pool.submit(_parse_chunk, chunk, fmt), chunk))
                except BrokenProcessPool:
                    pending.append((None, chunk))
            if not pending:
                return
            future, chunk = pending.popleft()
            try:
                if future is None:
                    raise BrokenProcessPool("the pool broke before this chunk was submitted")
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                for task in chunk:
                    yield _isolated(task, parser, fmt)
                pool = _pool(workers, parser)
                pending = deque((pool.submit(_parse_chunk, c, fmt), c) for _, c in pending)
                continue
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


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
            for outcome in _outcomes(todo, min(workers, max(1, len(todo))), parser, chunk_size, chosen):
                writer.add(outcome)
                summary.add(outcome)
                if on_outcome is not None:
                    on_outcome(outcome)
                bar.update(1)
        finally:
            bar.close()
    return summary
