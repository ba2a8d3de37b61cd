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
    decode_line,
    decode_text,
    input_name,
    load_json_line,
    published_from_name,
    split_jsonl,
    task_key,
)
from libya_events.batch._run import (
    FORMATS,
    JOURNAL_SUFFIX,
    MANIFEST_SUFFIX,
    BatchSummary,
    BatchWriter,
    Format,
    Outcome,
    auto_workers,
    format_for,
    pack,
    parse_task,
    progress_bar,
    remove_stale_temp_files,
    render,
    run_batch,
    worker_parser,
)

__all__ = [
    "FORMATS",
    "JOURNAL_SUFFIX",
    "MANIFEST_SUFFIX",
    "STDIN_ID",
    "BatchSummary",
    "BatchWriter",
    "DecodeError",
    "Format",
    "Outcome",
    "Task",
    "auto_workers",
    "collect_tasks",
    "decode_line",
    "decode_text",
    "format_for",
    "input_name",
    "load_json_line",
    "pack",
    "parse_task",
    "progress_bar",
    "published_from_name",
    "remove_stale_temp_files",
    "render",
    "run_batch",
    "split_jsonl",
    "task_key",
    "worker_parser",
]
