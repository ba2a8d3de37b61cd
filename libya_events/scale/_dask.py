"""The ``dask.bag`` pipeline behind :func:`parse_corpus_dask` (see the package docstring)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from libya_events.batch import (
    BatchSummary,
    BatchWriter,
    Format,
    Outcome,
    Task,
    collect_tasks,
    format_for,
    pack,
    parse_tasks,
    progress_bar,
    worker_parser,
)

if TYPE_CHECKING:
    import dask.bag

__all__ = ["articles_bag", "parse_corpus_dask", "parse_partition"]


def parse_partition(tasks: Iterable[Task], fmt: Format | None = None) -> list[Outcome]:
    """Parse one partition with this worker's parser (built once per worker process), through
    :func:`~libya_events.batch.parse_tasks` (:meth:`Parser.pipe` batches).

    With ``fmt`` the outcomes are packed (:func:`~libya_events.batch.pack`): rendered
    for that output format on the worker, so only text travels back.
    """
    outcomes = parse_tasks(tasks, worker_parser())
    return list(outcomes) if fmt is None else [pack(o, fmt) for o in outcomes]


def articles_bag(
    tasks: Sequence[Task], *, npartitions: int | None = None, fmt: Format | None = None
) -> dask.bag.Bag:
    """A bag of :class:`~libya_events.batch.Outcome` values, one per task, in task order.

    The outcomes hold their articles, or, with ``fmt``, are packed for that format.
    """
    import dask.bag as db

    parts = npartitions if npartitions is not None else max(1, min(len(tasks), 64, (len(tasks) + 7) // 8))
    return db.from_sequence(list(tasks), npartitions=max(1, parts)).map_partitions(parse_partition, fmt)


@contextlib.contextmanager
def _client(client: Any, n_workers: int, processes: bool) -> Iterator[Any]:
    """The given client, or one on a new local cluster: no dashboard, its HTTP server on a
    random port of 127.0.0.1 only, and a task that kills a worker given up at once (it is
    then parsed alone, see :func:`parse_corpus_dask`)."""
    if client is not None:
        yield client
        return
    import dask
    from distributed import Client, LocalCluster

    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        LocalCluster(
            n_workers=n_workers,
            threads_per_worker=1,
            processes=processes,
            dashboard_address="127.0.0.1:0",
            scheduler_kwargs={"dashboard": False},
        ) as cluster,
        Client(cluster) as local,
    ):
        yield local


def _partitions(tasks: Sequence[Task], npartitions: int | None) -> list[list[Task]]:
    parts = npartitions if npartitions is not None else max(1, min(len(tasks), 64, (len(tasks) + 7) // 8))
    parts = max(1, min(parts, len(tasks)))
    size, extra = divmod(len(tasks), parts)
    out, at = [], 0
    for i in range(parts):
        n = size + (i < extra)
        out.append(list(tasks[at : at + n]))
        at += n
    return out


def _results(dask_client: Any, partition: list[Task], future: Any, fmt: Format) -> list[Outcome]:
    """A partition's outcomes; when its worker died, each task again on its own (the one that
    kills its worker becomes an error record)."""
    try:
        return list(future.result())
    except Exception as exc:  # KilledWorker, or a failure outside parse_task
        if len(partition) == 1:
            (task,) = partition
            reason = (
                "the worker process died parsing it"
                if type(exc).__name__ == "KilledWorker"
                else f"parse failed: {type(exc).__name__}"
            )
            return [Outcome(task.id, task.file, error=f"{reason}: {exc}", key=task.key)]
    finally:
        future.release()
    outcomes: list[Outcome] = []
    for task in partition:
        alone = dask_client.submit(parse_partition, [task], fmt, pure=False)
        outcomes.extend(_results(dask_client, [task], alone, fmt))
    return outcomes


def parse_corpus_dask(
    inputs: Iterable[str] | Sequence[Task],
    output: str | Path,
    *,
    fmt: Format | None = None,
    client: Any = None,
    n_workers: int = 2,
    processes: bool = True,
    npartitions: int | None = None,
    published: str | None = None,
    published_pattern: str | re.Pattern[str] | None = None,
    resume: bool = True,
    progress: bool = False,
    options: dict[str, Any] | None = None,
) -> BatchSummary:
    """Parse ``inputs`` (paths, directories, ``-``, or ready tasks) on Dask and write ``output``.

    ``client`` is a :class:`distributed.Client` to use; without one a
    :class:`distributed.LocalCluster` of ``n_workers`` single-threaded workers
    (processes, or threads with ``processes=False``) is started and closed. The
    format follows ``output``'s suffix unless ``fmt`` is given. The output is
    written, kept as it goes and resumed exactly as by
    :func:`~libya_events.batch.run_batch` (``options`` are recorded beside it), and
    the same :class:`~libya_events.batch.BatchSummary` is returned. A task that
    kills its worker becomes an error record; ``progress`` shows a bar on a terminal.
    """
    items = list(inputs)
    tasks: list[Task] = (
        [t for t in items if isinstance(t, Task)]
        if items and all(isinstance(t, Task) for t in items)
        else collect_tasks([str(i) for i in items], published=published, published_pattern=published_pattern)
    )
    if fmt is not None:
        chosen: Format = fmt
    else:
        chosen = format_for(output) if str(output) != "-" else "jsonl"
    summary = BatchSummary()
    with BatchWriter(output, chosen, resume=resume, options=options) as writer:
        todo = writer.plan(tasks, summary)
        if todo:
            bar = progress_bar(len(todo), progress)
            try:
                with _client(client, n_workers, processes) as dask_client:
                    partitions = _partitions(todo, npartitions)
                    futures = [
                        dask_client.submit(parse_partition, part, chosen, pure=False) for part in partitions
                    ]
                    for part, future in zip(partitions, futures, strict=True):
                        for outcome in _results(dask_client, part, future, chosen):
                            writer.add(outcome)
                            summary.add(outcome)
                        bar.update(len(part))
            finally:
                bar.close()
    return summary
