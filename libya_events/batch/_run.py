"""Parse many articles in worker processes and write one output file atomically.

:func:`run_batch` is what ``libya-events parse DIR -o out.jsonl`` runs:

* every task becomes an article or an :class:`~libya_events.export.ErrorRecord`
  (unreadable file, undecodable bytes, parser failure): nothing is lost;
* JSON Lines output keeps the error records inline; GeoJSON and CSV put them in
  a side file, ``OUT.errors.jsonl`` (removed when a run has none);
* progress is kept as it is made: each finished article is appended (and
  flushed) to a journal beside the output, ``OUT.partial``; the output itself is
  written to a temporary file and moved over ``OUT`` with :func:`os.replace` only
  at the end, so an interrupted run (Ctrl-C, a crash, ``kill -9``) leaves the
  previous output, or none, never half a file, and the next run with the same
  options resumes from the journal where it stopped;
* the run's options and the library version are recorded beside the output in
  ``OUT.run.json``; a re-run skips the articles already there (same id *and*
  same text, see :func:`~libya_events.batch.task_key`) when the options are the
  same, and says so and parses everything again when they are not (error
  records are always retried);
* ``workers`` processes (a :class:`~concurrent.futures.ProcessPoolExecutor`), each
  building its :class:`~libya_events.extraction.Parser` once; one worker parses
  in this process. A worker exits when its parent dies.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import signal
import sys
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, Literal

from attrs import define, evolve, field, frozen

from libya_events._errors import ExportError, LibyaEventsError
from libya_events.batch._inputs import DecodeError, Task, decode_text, task_key
from libya_events.export import (
    ACLED_COLUMNS,
    AcledWriter,
    ErrorRecord,
    GeoJSONWriter,
    acled_rows,
    article_features,
    read_geojson,
    unstructure,
)
from libya_events.export._jsonl import escape_line_separators
from libya_events.extraction import Parser
from libya_events.model import Article

__all__ = [
    "FORMATS",
    "PIPE_BATCH",
    "BatchSummary",
    "BatchWriter",
    "Format",
    "Outcome",
    "auto_chunk_size",
    "format_for",
    "pack",
    "parse_task",
    "parse_tasks",
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
    """The output format an output file's suffix implies.

    ``.jsonl``/``.ndjson``: JSON Lines, ``.geojson``/``.json``: GeoJSON, ``.csv``:
    ACLED-layout CSV; any other suffix (``x.cvs``, ``x.txt``) is an
    :class:`~libya_events.ExportError`: pass the format explicitly instead.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIX_FORMATS:
        known = ", ".join(sorted(_SUFFIX_FORMATS))
        raise ExportError(
            f"cannot tell the output format of {str(path)!r} from its suffix "
            f"(known: {known}): rename it or pass --format jsonl|geojson|csv"
        )
    return _SUFFIX_FORMATS[suffix]


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
    key: str | None = None

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
        return (escape_line_separators(json.dumps(data, ensure_ascii=False)) + "\n",)
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
        key=outcome.key,
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
    """Worker initializer: Ctrl-C is the parent's to handle; exit with the parent; build the parser once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    global _PARSER
    _PARSER = parser if parser is not None else Parser()


def _watch_parent(parent: int, interval_s: float = 1.0) -> None:
    """Exit this (worker) process as soon as its parent is gone, even mid pipe write."""
    while True:
        time.sleep(interval_s)
        if os.getppid() != parent:
            os._exit(1)


def parse_task(task: Task, parser: Parser | None = None) -> Outcome:
    """Read (if need be) and parse one task; every failure becomes an error outcome."""
    read = _read_task(task)
    if isinstance(read, Outcome):
        return _keyed(read, task)
    text, warnings = read
    return _keyed(_parse_one(task, text, warnings, parser or worker_parser()), task)


PIPE_BATCH = 16
"""The articles a worker parses together through :meth:`~libya_events.extraction.Parser.pipe`."""


def parse_tasks(
    tasks: Iterable[Task], parser: Parser | None = None, batch_size: int = PIPE_BATCH
) -> Iterator[Outcome]:
    """The outcomes of ``tasks``, in order, the texts parsed ``batch_size`` at a time through
    :meth:`~libya_events.extraction.Parser.pipe` (spaCy parses their sentences in batches).

    The outcomes are those of :func:`parse_task`, one task at a time: when ``pipe`` fails
    on a batch, its articles not yet given are parsed one by one, so only the article
    that fails becomes an error record. A parser without ``pipe`` parses one by one.
    """
    local = parser or worker_parser()
    for batch in _chunks(tasks, max(1, batch_size)):
        yield from _parse_batch(batch, local)


def _parse_batch(tasks: list[Task], parser: Parser) -> Iterator[Outcome]:
    reads = [_read_task(task) for task in tasks]
    ready = [(task, read) for task, read in zip(tasks, reads, strict=True) if not isinstance(read, Outcome)]
    piped = iter(_piped(parser, [(task, text) for task, (text, _) in ready]))
    for task, read in zip(tasks, reads, strict=True):
        if isinstance(read, Outcome):
            yield _keyed(read, task)
            continue
        text, warnings = read
        article = next(piped, None)
        outcome = (
            _parse_one(task, text, warnings, parser)
            if article is None
            else Outcome(task.id, task.file, article=article, warnings=warnings)
        )
        yield _keyed(outcome, task)


def _piped(parser: Parser, ready: list[tuple[Task, str]]) -> list[Article]:
    """The articles ``parser.pipe`` gives for the texts, as many as it gave before a failure
    (none for a single text, or a parser without ``pipe``: they are parsed one by one)."""
    pipe = getattr(parser, "pipe", None)
    if pipe is None or len(ready) < 2:
        return []
    articles: list[Article] = []
    try:
        for article in pipe(
            [text for _, text in ready],
            published=[task.published for task, _ in ready],
            ids=[task.id for task, _ in ready],
            batch_size=len(ready),
        ):
            articles.append(article)
    except Exception:  # the rest of the batch is parsed one by one: only the bad one fails
        pass
    return articles[: len(ready)]


def _keyed(outcome: Outcome, task: Task) -> Outcome:
    return outcome if task.key is None else evolve(outcome, key=task.key)


def _read_task(task: Task) -> Outcome | tuple[str, tuple[str, ...]]:
    """A task's text and decoding warnings, or its error outcome (unreadable, undecodable)."""
    if task.error is not None:
        return Outcome(task.id, task.file, error=task.error)
    if task.text is not None:
        return task.text, task.warnings
    if task.path is None:
        return Outcome(task.id, task.file, error="a task needs a text or a path")
    try:
        with open(task.path, "rb") as handle:
            data = handle.read()
        text, decoded = decode_text(data)
    except OSError as exc:
        return Outcome(task.id, task.file, error=f"cannot read {task.path}: {exc.strerror or exc}")
    except DecodeError as exc:
        return Outcome(task.id, task.file, error=f"cannot decode {task.path}: {exc}")
    return text, task.warnings + decoded


def _parse_one(task: Task, text: str, warnings: tuple[str, ...], parser: Parser) -> Outcome:
    try:
        article = parser.parse(text, published=task.published, id=task.id)
    except Exception as exc:  # a parser failure must not stop the batch
        return Outcome(task.id, task.file, error=f"parse failed: {type(exc).__name__}: {exc}")
    return Outcome(task.id, task.file, article=article, warnings=warnings)


def _parse_chunk(tasks: list[Task], fmt: Format | None = None) -> list[Outcome]:
    """Parse a chunk in a worker (through :func:`parse_tasks`); packed for ``fmt`` when given."""
    outcomes = parse_tasks(tasks)
    return list(outcomes) if fmt is None else [pack(o, fmt) for o in outcomes]


# --------------------------------------------------------------------------- summary


@define
class BatchSummary:
    """Counts of a batch run: articles, records by kind, skips, failures and notices.

    ``resumed`` counts the articles an interrupted run had finished (kept from its
    journal), ``skipped`` those already in the output, ``duplicates`` the inputs
    given twice (same id, same text: parsed once), ``undated`` the articles parsed
    without a publication date; ``notices`` are the run's one-line remarks
    (changed options, a journal resumed).
    """

    articles: int = 0
    skipped: int = 0
    failures: int = 0
    warnings: int = 0
    records: Counter[str] = field(factory=Counter)
    movements: Counter[str] = field(factory=Counter)
    errors: list[ErrorRecord] = field(factory=list)
    resumed: int = 0
    duplicates: int = 0
    undated: int = 0
    notices: list[str] = field(factory=list)

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
        lines = list(self.notices)
        lines += [
            f"articles: {self.articles} parsed, {self.resumed} resumed (done before an interruption), "
            f"{self.skipped} skipped (already in the output), {self.failures} failed"
            + (f", {self.duplicates} duplicate input(s) parsed once" if self.duplicates else ""),
            f"records: actors {r['actors']}, locations {r['locations']}, "
            f"relative_locations {r['relative_locations']}, movements {r['movements']}"
            + (f" ({kinds})" if kinds else "")
            + f", statements {r['statements']}",
        ]
        if self.warnings:
            lines.append(
                f"warnings: {self.warnings} article(s) with warnings (see their 'warnings' key): "
                "not valid UTF-8, decoded as cp1252/latin-1, or an id used twice"
            )
        if self.undated:
            lines.append(
                f"warning: {self.undated} article(s) have no published date, so 'on Thursday' and the "
                "like stay unresolved: pass --published DATE or --published-from-filename REGEX"
            )
        for err in self.errors[:10]:
            lines.append(f"failed: {err.file or err.id}: {err.error}")
        if len(self.errors) > 10:
            lines.append(f"failed: ... and {len(self.errors) - 10} more")
        return "\n".join(lines)


# --------------------------------------------------------------------------- output

JOURNAL_SUFFIX = ".partial"
MANIFEST_SUFFIX = ".run.json"
_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.tmp$")


def _temp_beside(path: Path) -> tuple[IO[str], Path]:
    """A temporary file in ``path``'s folder (named after this process), with the mode ``path`` has."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.fchmod(fd, mode)
    return os.fdopen(fd, "w", encoding="utf-8", newline="", errors="backslashreplace"), Path(name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_temp_files(path: Path) -> list[Path]:
    """Remove the temporary files a killed run left beside ``path``; returns them."""
    removed = []
    with contextlib.suppress(OSError):
        for candidate in path.parent.iterdir():
            match = _TEMP_NAME.match(candidate.name)
            if match is None or not match["name"].startswith(path.name):
                continue
            if int(match["pid"]) != os.getpid() and not _alive(int(match["pid"])):
                with contextlib.suppress(OSError):
                    candidate.unlink()
                    removed.append(candidate)
    return removed


def _replace_text(path: Path, text: str) -> None:
    handle, temp = _temp_beside(path)
    try:
        with handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _manifest(fmt: Format, options: dict[str, Any] | None) -> dict[str, Any]:
    from libya_events import __version__

    return {"library": __version__, "format": fmt, "options": dict(sorted((options or {}).items()))}


def _differences(old: dict[str, Any], new: dict[str, Any]) -> str:
    changes = []
    if old.get("library") != new["library"]:
        changes.append(f"library version {old.get('library')} -> {new['library']}")
    if old.get("format") != new["format"]:
        changes.append(f"format {old.get('format')} -> {new['format']}")
    before, after = old.get("options") or {}, new["options"]
    for name in sorted(set(before) | set(after)):
        if before.get(name) != after.get(name):
            changes.append(f"{name} {before.get(name)!r} -> {after.get(name)!r}")
    return "; ".join(changes)


def _json_lines(path: Path) -> Iterator[Any]:
    """The JSON values of a file's complete lines; a half-written or broken line is left out."""
    with path.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                return  # the half line an interrupted write left
            try:
                yield json.loads(raw.decode("utf-8", "surrogatepass"))
            except (ValueError, RecursionError):
                continue


def _entry(outcome_id: str, key: str, file: str | None, pieces: Iterable[str]) -> dict[str, Any]:
    return {"id": outcome_id, "key": key, "file": file, "pieces": list(pieces)}


def _old_pieces(path: Path, fmt: Format) -> list[str]:
    """The article pieces of a previous output, in order: JSON Lines lines, GeoJSON features or CSV rows."""
    if fmt == "jsonl":
        pieces = []
        for raw in path.read_bytes().split(b"\n"):
            line = raw.decode("utf-8", "surrogatepass").rstrip("\r")
            try:
                data = json.loads(line) if line.strip() else None
            except (ValueError, RecursionError):
                continue
            if isinstance(data, dict) and "text" in data and "error" not in data:
                pieces.append(line + "\n")
        return pieces
    if fmt == "geojson":
        return [json.dumps(f, ensure_ascii=False) for f in read_geojson(path)["features"]]
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for row in rows:
        buffer = io.StringIO()
        csv.DictWriter(buffer, fieldnames=list(ACLED_COLUMNS), lineterminator="\n").writerow(
            {k: row.get(k, "") for k in ACLED_COLUMNS}
        )
        out.append(buffer.getvalue())
    return out


class BatchWriter:
    """The output of a batch run: a journal as it goes, the output atomically at the end.

    See the module docstring. ``output`` ``None`` (or ``"-"``) writes to ``stream``
    (standard output) as it goes, with no atomicity and no resuming. ``options``
    are the run's settings that change its articles (recorded in ``OUT.run.json``).
    """

    def __init__(
        self,
        output: str | Path | None,
        fmt: Format,
        *,
        resume: bool = True,
        stream: IO[str] | None = None,
        options: dict[str, Any] | None = None,
    ) -> None:
        if fmt not in FORMATS:
            raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
        self.format: Format = fmt
        self.path = None if output is None or str(output) == "-" else Path(output)
        self.manifest = _manifest(fmt, options)
        self.done: dict[str, set[str]] = {}
        """The keys of the articles already written, by id."""
        self.notices: list[str] = []
        self.from_journal = False
        self._errors: list[ErrorRecord] = []
        self._journal: IO[str] | None = None
        self._geojson: GeoJSONWriter | None = None
        self._out: IO[str] | None = None
        if self.path is None:
            self._out = stream if stream is not None else sys.stdout
            if fmt == "geojson":
                self._geojson = GeoJSONWriter(self._out)
            elif fmt == "csv":
                AcledWriter(self._out)
            return
        if self.path.is_dir():
            raise IsADirectoryError(21, "is a directory, not a file", str(self.path))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        removed = remove_stale_temp_files(self.path)
        if removed:
            self.notices.append(
                f"removed {len(removed)} temporary file(s) a killed run left beside {self.path}"
            )
        self._start(resume)

    @property
    def journal_path(self) -> Path | None:
        """``OUT.partial``: the finished articles of this run (and the ones it kept), one per line."""
        return None if self.path is None else self.path.with_name(self.path.name + JOURNAL_SUFFIX)

    @property
    def manifest_path(self) -> Path | None:
        """``OUT.run.json``: the options, library version and article keys of the output."""
        return None if self.path is None else self.path.with_name(self.path.name + MANIFEST_SUFFIX)

    @property
    def done_ids(self) -> set[str]:
        """The ids of the articles already written."""
        return set(self.done)

    def _carried(self, resume: bool) -> list[dict[str, Any]]:
        """The articles to keep: an interrupted run's journal, else the previous output."""
        assert self.path is not None
        assert self.journal_path is not None
        assert self.manifest_path is not None
        if not resume:
            return []
        journal = self.journal_path
        if journal.exists():
            lines = _json_lines(journal)
            head = next(lines, None)
            old = head.get("manifest") if isinstance(head, dict) else None
            if isinstance(old, dict) and old == self.manifest:
                self.from_journal = True
                entries = [d for d in lines if isinstance(d, dict) and "pieces" in d and "key" in d]
                self.notices.append(f"resuming the interrupted run kept in {journal}")
                return entries
            changes = _differences(old, self.manifest) if isinstance(old, dict) else "no record of them"
            self.notices.append(
                f"the interrupted run in {journal} had other options ({changes}): not resumed"
            )
        if not self.path.exists():
            return []
        try:
            recorded = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            recorded = None
        if not isinstance(recorded, dict):
            self.notices.append(
                f"{self.path} has no record of the options it was written with ({self.manifest_path}): "
                "parsing everything again"
            )
            return []
        options = {k: recorded.get(k) for k in ("library", "format", "options")}
        if options != self.manifest:
            self.notices.append(
                f"options changed since {self.path} was written ({_differences(options, self.manifest)}): "
                "parsing everything again"
            )
            return []
        articles = recorded.get("articles")
        pieces = _old_pieces(self.path, self.format)
        entries = []
        at = 0
        for item in articles if isinstance(articles, list) else []:
            ident, key, n = item
            entries.append({"id": ident, "key": key, "file": None, "pieces": pieces[at : at + n]})
            at += n
        if at != len(pieces):
            self.notices.append(
                f"{self.path} does not match its record {self.manifest_path}: parsing everything again"
            )
            return []
        return entries

    def _start(self, resume: bool) -> None:
        assert self.path is not None
        assert self.journal_path is not None
        try:
            entries = self._carried(resume)
        except (OSError, ValueError, TypeError, LibyaEventsError) as exc:
            self.notices.append(f"cannot resume from {self.path} ({exc}): parsing everything again")
            entries = []
        handle, temp = _temp_beside(self.journal_path)
        try:
            with handle:
                handle.write(json.dumps({"manifest": self.manifest}) + "\n")
                for entry in entries:
                    handle.write(escape_line_separators(json.dumps(entry, ensure_ascii=False)) + "\n")
                    self.done.setdefault(entry["id"], set()).add(entry["key"])
            os.replace(temp, self.journal_path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        self._journal = self.journal_path.open("a", encoding="utf-8", newline="", errors="backslashreplace")

    def plan(self, tasks: Iterable[Task], summary: BatchSummary) -> list[Task]:
        """The tasks still to parse, each with its key; counts the others in ``summary``.

        A task whose id and key are in the output already is skipped (``resumed``
        when they come from an interrupted run's journal); the same input given
        twice is parsed once; another text under an id already used is parsed and
        kept, with a warning.
        """
        todo: list[Task] = []
        seen: dict[str, dict[str, str | None]] = {}
        for task in tasks:
            key = task.key if task.key is not None else task_key(task)
            task = evolve(task, key=key)
            others = seen.setdefault(task.id, {})
            if key in others:
                summary.duplicates += 1
                continue
            # ``key`` is new for this id, so every earlier input under it clashes; the first
            # one is named (read in O(1): one id given 100,000 times stays linear)
            clash = next(iter(others.values()), None) if others else None
            clashes = bool(others)
            others[key] = task.file
            done = self.done.get(task.id, set())
            if key in done and task.error is None:
                if self.from_journal:
                    summary.resumed += 1
                else:
                    summary.skipped += 1
                continue
            if clashes or len(done) > (key in done):  # another key written under this id
                where = f"also used by {clash}" if clash else "also used by another article"
                task = evolve(task, warnings=(*task.warnings, f"duplicate id {task.id!r} ({where}): kept"))
            if task.error is None and task.published is None:
                summary.undated += 1
            todo.append(task)
        summary.notices[:0] = self.notices
        return todo

    def add(self, outcome: Outcome) -> None:
        """Write one outcome: the article's line, features or rows, or its error record."""
        if self._journal is not None:
            if outcome.ok:
                entry = _entry(outcome.id, outcome.key or "", outcome.file, render(outcome, self.format))
            else:
                entry = json.loads(outcome.error_record().to_json())
            self._journal.write(escape_line_separators(json.dumps(entry, ensure_ascii=False)) + "\n")
            self._journal.flush()
            return
        assert self._out is not None
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
        """Write the output from the journal, move it into place, record the run, drop the journal."""
        if self.path is None or self._journal is None:
            if self._geojson is not None:
                self._geojson.close()
            for record in self._errors:
                print(f"libya-events: failed: {record.to_json()}", file=sys.stderr)
            if self._out is not None:
                self._out.flush()
            return
        assert self.journal_path is not None
        assert self.manifest_path is not None
        self._journal.close()
        self._journal = None
        articles: list[list[Any]] = []
        errors: list[str] = []
        handle, temp = _temp_beside(self.path)
        try:
            with handle:
                geojson = GeoJSONWriter(handle) if self.format == "geojson" else None
                if self.format == "csv":
                    AcledWriter(handle)
                lines = _json_lines(self.journal_path)
                next(lines, None)
                for entry in lines:
                    if not isinstance(entry, dict):
                        continue
                    if "pieces" not in entry:
                        line = ErrorRecord(
                            entry.get("id"), entry.get("file"), str(entry.get("error"))
                        ).to_json()
                        if self.format == "jsonl":
                            handle.write(line + "\n")
                        else:
                            errors.append(line + "\n")
                        continue
                    pieces = entry["pieces"]
                    articles.append([entry["id"], entry["key"], len(pieces)])
                    if geojson is not None:
                        for feature in pieces:
                            geojson.write_raw(feature)
                    else:
                        handle.writelines(pieces)
                if geojson is not None:
                    geojson.close()
                handle.flush()
                os.fsync(handle.fileno())
            errors_path = self.errors_path
            if errors_path is not None:
                if errors:
                    _replace_text(errors_path, "".join(errors))
                else:
                    errors_path.unlink(missing_ok=True)
            os.replace(temp, self.path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        _replace_text(self.manifest_path, json.dumps({**self.manifest, "articles": articles}) + "\n")
        self.journal_path.unlink(missing_ok=True)

    def abort(self) -> None:
        """Stop writing: the journal keeps what is done; the previous output stays as it was."""
        if self._journal is not None:
            with contextlib.suppress(OSError):
                self._journal.close()
            self._journal = None

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


def _isolated(tasks: list[Task], parser: Parser | None, fmt: Format | None) -> Iterator[Outcome]:
    """Parse tasks one at a time in a worker process of their own: a task that kills its
    worker becomes an error record (and the next task gets a new process)."""
    one = _pool(1, parser)
    try:
        for task in tasks:
            try:
                yield one.submit(_parse_chunk, [task], fmt).result()[0]
            except BrokenProcessPool as exc:
                yield Outcome(
                    task.id, task.file, error=f"the worker process died parsing it: {exc}", key=task.key
                )
                one.shutdown(wait=False, cancel_futures=True)
                one = _pool(1, parser)
    finally:
        one.shutdown(wait=True, cancel_futures=True)


def _outcomes(
    tasks: list[Task], workers: int, parser: Parser | None, chunk_size: int, fmt: Format | None = None
) -> Iterator[Outcome]:
    """Outcomes in task order (packed for ``fmt`` by worker processes); at most ``4 * workers`` chunks in flight.

    Each chunk is parsed through :func:`parse_tasks` (:meth:`Parser.pipe` batches).

    When a worker process dies (a crash, the out-of-memory killer), the pool is
    rebuilt: the chunk first in line is parsed again one task at a time in a process of
    its own (a new one after a death), so the task that killed it becomes an error
    record, and the other chunks are resubmitted.
    """
    if workers <= 1:
        yield from parse_tasks(tasks, parser if parser is not None else worker_parser())
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
                yield from _isolated(chunk, parser, fmt)
                pool = _pool(workers, parser)
                pending = deque((pool.submit(_parse_chunk, c, fmt), c) for _, c in pending)
                continue
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def progress_bar(total: int, enabled: bool) -> Any:
    """A tqdm bar on standard error (only on a terminal, and when ``enabled``)."""
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, disable=not enabled or not sys.stderr.isatty())


def auto_chunk_size(n_tasks: int, workers: int) -> int:
    """The tasks sent to a worker at once when ``chunk_size`` is not given: one
    :data:`PIPE_BATCH`, but small enough that every worker gets at least three chunks."""
    return max(1, min(PIPE_BATCH, n_tasks // (3 * max(1, workers))))


def auto_workers(n_tasks: int) -> int:
    """The workers ``workers=0`` means: one per CPU, but one per 8 articles at most (a small batch parses here)."""
    return max(1, min(os.cpu_count() or 1, n_tasks // 8))


def run_batch(
    tasks: Iterable[Task],
    output: str | Path | None,
    *,
    fmt: Format | None = None,
    workers: int = 0,
    parser: Parser | None = None,
    resume: bool = True,
    progress: bool = True,
    chunk_size: int | None = None,
    stream: IO[str] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    options: dict[str, Any] | None = None,
) -> BatchSummary:
    """Parse every task and write the output; returns the run's :class:`BatchSummary`.

    ``workers`` ``0`` (the default) means one per CPU (see :func:`auto_workers`).
    ``parser`` (optional) is shipped to each worker once, pickled by its
    configuration; by default each worker builds the default parser. ``options``
    (JSON-ready) are recorded beside the output: a re-run with other options
    parses everything again. ``chunk_size`` is the number of tasks a worker process
    is sent at once, parsed through :meth:`Parser.pipe` (default: see
    :func:`auto_chunk_size`). The output is only replaced when every task has
    been handled: an exception (or Ctrl-C) leaves the previous output untouched
    and the finished articles in ``OUT.partial``, which the next run resumes from.
    """
    if fmt is not None:
        chosen: Format = fmt
    else:
        chosen = format_for(output) if output is not None and str(output) != "-" else "jsonl"
    summary = BatchSummary()
    with BatchWriter(output, chosen, resume=resume, stream=stream, options=options) as writer:
        todo = writer.plan(tasks, summary)
        n = auto_workers(len(todo)) if workers <= 0 else min(workers, max(1, len(todo)))
        bar = progress_bar(len(todo), progress)
        try:
            size = chunk_size if chunk_size is not None else auto_chunk_size(len(todo), n)
            for outcome in _outcomes(todo, n, parser, max(1, size), chosen):
                writer.add(outcome)
                summary.add(outcome)
                if on_outcome is not None:
                    on_outcome(outcome)
                bar.update(1)
        finally:
            bar.close()
    return summary
