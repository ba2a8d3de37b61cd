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
    parse_task,
    worker_parser,
)

if TYPE_CHECKING:
    import dask.bag

__all__ = ["articles_bag", "parse_corpus_dask", "parse_partition"]


def parse_partition(tasks: Iterable[Task], fmt: Format | None = None) -> list[Outcome]:
    """Parse one partition with this worker's parser (built once per worker process).

    With ``fmt`` the outcomes are packed (:func:`~libya_events.batch.pack`): rendered
    for that output format on the worker, so only text travels back.
    """
    parser = worker_parser()
    outcomes = [parse_task(task, parser) for task in tasks]
    return outcomes if fmt is None else [pack(o, fmt) for o in outcomes]


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
    if client is not None:
        yield client
        return
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=processes, dashboard_address=None
        ) as cluster,
        Client(cluster) as local,
    ):
        yield local


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
) -> BatchSummary:
    """Parse ``inputs`` (paths, directories, ``-``, or ready tasks) on Dask and write ``output``.

    ``client`` is a :class:`distributed.Client` to use; without one a
    :class:`distributed.LocalCluster` of ``n_workers`` single-threaded workers
    (processes, or threads with ``processes=False``) is started and closed. The
    format follows ``output``'s suffix unless ``fmt`` is given. Returns the same
    :class:`~libya_events.batch.BatchSummary` as :func:`~libya_events.batch.run_batch`.
    """
    items = list(inputs)
    tasks: list[Task] = (
        [t for t in items if isinstance(t, Task)]
        if items and all(isinstance(t, Task) for t in items)
        else collect_tasks([str(i) for i in items], published=published, published_pattern=published_pattern)
    )
    chosen: Format = fmt if fmt is not None else format_for(output)
    summary = BatchSummary()
    with BatchWriter(output, chosen, resume=resume) as writer:
        todo = [t for t in tasks if t.id not in writer.done_ids]
        summary.skipped = len(tasks) - len(todo)
        if todo:
            with _client(client, n_workers, processes) as dask_client:
                bag = articles_bag(todo, npartitions=npartitions, fmt=chosen)
                futures = dask_client.compute(bag.to_delayed())
                for future in futures:
                    for outcome in future.result():
                        writer.add(outcome)
                        summary.add(outcome)
                    future.release()
    return summary
