"""Batch parsing: many inputs, worker processes, one atomic output file.

This layer sits between extraction/export and the command line: it turns paths,
directories, JSON Lines records and standard input into :class:`Task` values
(:func:`collect_tasks`), parses them in parallel and writes JSON Lines, GeoJSON or
ACLED-layout CSV (:func:`run_batch`), keeping a record of every failure.
"""

from libya_events.batch._inputs import (
    STDIN_ID,
    DecodeError,
    Task,
    collect_tasks,
    decode_text,
    published_from_name,
)
from libya_events.batch._run import (
    FORMATS,
    BatchSummary,
    BatchWriter,
    Format,
    Outcome,
    format_for,
    pack,
    parse_task,
    render,
    run_batch,
    worker_parser,
)

__all__ = [
    "FORMATS",
    "STDIN_ID",
    "BatchSummary",
    "BatchWriter",
    "DecodeError",
    "Format",
    "Outcome",
    "Task",
    "collect_tasks",
    "decode_text",
    "format_for",
    "pack",
    "parse_task",
    "published_from_name",
    "render",
    "run_batch",
    "worker_parser",
]
