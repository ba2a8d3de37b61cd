"""The ``libya-events`` command line.

``libya-events parse FILE... [--published YYYY-MM-DD] [--format text|json]``
``libya-events parse DIR_OR_FILES... -o OUT [--format jsonl|geojson|csv] [--workers N] [--dask]
[--published-from-filename REGEX] [--published DATE] [--glob PATTERN]`` (a batch: see
:mod:`libya_events.batch`)
``libya-events geo "80km south of Tripoli" [--format text|json]``
``libya-events map OUT.jsonl -o map.html`` (needs the ``map`` extra)

Both ``parse`` modes read their inputs the same way (text files decoded as UTF-8,
else cp1252 with a warning; JSON Lines of ``{"text": ...}`` records, on standard
input too) and share one exit status: 0 when every article was parsed, 1 when
some input could not be read or parsed (the rest is still parsed and written),
2 when nothing could be parsed (every input failed, a bad option, an output
that cannot be written). Every error is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from libya_events._errors import GeoError, LibyaEventsError
from libya_events.batch import FORMATS
from libya_events.export import article_to_json
from libya_events.export._jsonl import escape_line_separators
from libya_events.model import Article, Location, RelativeLocation

if TYPE_CHECKING:
    from libya_events.batch import Task

__all__ = ["main"]


def _published(value: str) -> str:
    from libya_events.dates import parse_published

    try:
        parse_published(value)
    except LibyaEventsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    return value


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


_PARSE_EXAMPLES = """\
examples:
  libya-events parse story.txt --published 2019-04-06
  libya-events parse story.txt --format json > story.json
  cat records.jsonl | libya-events parse - --format json
  libya-events parse corpus/ -o events.jsonl --published-from-filename '_(\\d{8})'
  libya-events parse corpus/ -o events.geojson --glob '*.md' --published 2019-04-06
  libya-events parse corpus/ -o events.csv --workers 2
  libya-events parse corpus/ -o events.jsonl --dask

A batch (-o) keeps each finished article in OUT.partial as it goes and moves the
output into place at the end: after Ctrl-C or a crash, run the same command
again to resume. The run's options are recorded in OUT.run.json; a re-run with
other options parses everything again.

exit status: 0 all parsed; 1 some input could not be read or parsed (the rest
is written); 2 nothing could be parsed (every input failed, a bad option, an
unwritable output).
"""

_GEO_EXAMPLES = """\
examples:
  libya-events geo "80km south of Tripoli"
  libya-events geo "between Sirte and Misrata" --format json

exit status: 0 resolved; 1 the phrase cannot be resolved; 2 bad usage.
"""

_MAP_EXAMPLES = """\
examples:
  libya-events parse corpus/ -o events.jsonl
  libya-events map events.jsonl -o map.html --title "April 2019"
"""

_MAIN_EXAMPLES = """\
examples:
  libya-events parse story.txt --published 2019-04-06
  libya-events parse corpus/ -o events.jsonl
  libya-events geo "80km south of Tripoli"
  libya-events map events.jsonl -o map.html

Run 'libya-events COMMAND --help' for a command's options and examples.
"""


def _version() -> str:
    from libya_events import __version__

    return f"libya-events {__version__}"


def _build_parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    parser = _Parser(
        prog="libya-events",
        description="Turn English news text about Libya into actors, places, movements and statements.",
        epilog=_MAIN_EXAMPLES,
        formatter_class=raw,
    )
    parser.add_argument("--version", action="version", version=_version(), help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="{parse,geo,map}")
    p = sub.add_parser(
        "parse",
        help="parse articles: files, directories, JSON Lines or '-' (standard input)",
        description="Parse articles; print them (one file, no -o) or write a batch output (-o OUT).",
        epilog=_PARSE_EXAMPLES,
        formatter_class=raw,
    )
    p.add_argument(
        "files", nargs="+", help="text files, directories, JSON Lines of articles, or - for standard input"
    )
    p.add_argument(
        "--published",
        type=_published,
        help="publication date, YYYY-MM-DD: of every article, or of the files "
        "--published-from-filename does not match",
    )
    p.add_argument(
        "--published-from-filename",
        metavar="REGEX",
        type=_regex,
        help="take each file's publication date from its name (group 'date', else group 1, "
        "else the whole match; YYYYMMDD is read as YYYY-MM-DD)",
    )
    p.add_argument(
        "--format",
        choices=("text", "json", *FORMATS),
        default=None,
        help="text or json (printed, without -o), or a batch format: jsonl, geojson or csv "
        "(default: from -o's suffix, .jsonl/.ndjson, .geojson/.json or .csv)",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="batch output file (replaced atomically at the end; '-' for standard output)",
    )
    p.add_argument(
        "--glob",
        metavar="PATTERN",
        help="the files to take from directories, such as '*.md' (default: *.txt, *.jsonl, *.ndjson)",
    )
    p.add_argument(
        "--workers",
        type=_workers,
        default=0,
        help="worker processes for a batch (default 0: one per CPU, fewer for a small batch)",
    )
    p.add_argument(
        "--dask",
        action="store_true",
        help="parse on a local Dask cluster of --workers processes (needs libya-events[dask])",
    )
    p.add_argument(
        "--no-resume",
        action="store_true",
        help="parse everything again, ignoring OUT and an interrupted run's OUT.partial",
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    g = sub.add_parser(
        "geo",
        help='resolve a relative phrase such as "80km south of Tripoli"',
        description="Resolve a relative-location phrase to a point (or a circle) with its uncertainty.",
        epilog=_GEO_EXAMPLES,
        formatter_class=raw,
    )
    g.add_argument("phrase", help='the phrase, quoted: "80km south of Tripoli", "near Sirte"')
    g.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or one JSON object"
    )
    m = sub.add_parser(
        "map",
        help="an HTML map of parsed articles (JSON Lines); needs libya-events[map]",
        description="Draw the places and movements of parsed articles on an HTML map.",
        epilog=_MAP_EXAMPLES,
        formatter_class=raw,
    )
    m.add_argument("input", help="JSON Lines of articles, as written by 'parse -o out.jsonl'")
    m.add_argument("-o", "--output", required=True, help="the HTML file to write")
    m.add_argument(
        "--title", default="libya_events map", help="the page's title, also shown in the legend (plain text)"
    )
    m.add_argument(
        "--tiles",
        default="none",
        help="a folium base layer such as OpenStreetMap (needs the network); default none: works offline "
        "on the built-in Natural Earth coastline and borders",
    )
    m.add_argument("--countries", action="store_true", help="also draw places that are whole countries")
    m.add_argument(
        "--max-markers",
        type=int,
        default=3000,
        metavar="N",
        help="beyond N records, group them on a grid before drawing (default 3000)",
    )
    m.add_argument("--no-labels", action="store_true", help="no permanent name labels beside the places")
    m.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    return parser


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a number of workers, 0 or more (got {value!r})")
    return n


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise argparse.ArgumentTypeError(f"not a regular expression: {exc}") from exc
    return value


def _point(p: object) -> str:
    lat, lon = getattr(p, "lat", None), getattr(p, "lon", None)
    return f"({lat:.4f}, {lon:.4f})" if isinstance(lat, float) and isinstance(lon, float) else "(unresolved)"


def format_text(article: Article, name: str) -> str:
    """A human-readable summary of a parsed article."""
    lines = [f"# {name}" + (f" (published {article.published})" if article.published else "")]
    lines.append(f"Actors ({len(article.actors)}):")
    for a in article.actors:
        extra = ", ".join(x for x in (a.title, a.affiliation) if x)
        lines.append(f"  {a.name} [{a.kind.value}]" + (f" - {extra}" if extra else ""))
    lines.append(f"Places ({len(article.locations)}):")
    for loc in article.locations:
        lines.append(f"  {loc.name} [{loc.kind.value}] {_point(loc.point)}")
    for rel in article.relative_locations:
        lines.append(f"  {rel.text!r} -> {_point(rel.point)} +/- {rel.uncertainty_km or 0:.0f} km")
    lines.append(f"Movements ({len(article.movements)}):")
    for m in article.movements:
        route = " -> ".join(x.name for x in (m.origin, m.destination) if x is not None)
        when = f" on {m.date.iso}" if m.date else ""
        lines.append(
            f"  {m.actor or '?'} {m.kind.value} ({m.trigger.text}) {route}{when} [{m.modality.value}]"
        )
    lines.append(f"Statements ({len(article.statements)}):")
    for s in article.statements:
        how = "said" if not s.channel else f"said ({s.channel})"
        quote = f'"{s.text}"' if s.direct else s.text
        lines.append(f"  {s.speaker or '?'} {how}: {quote}")
    if article.unresolved:
        lines.append("Unresolved: " + ", ".join(m.text for m in article.unresolved))
    return "\n".join(lines)


def _is_batch(args: argparse.Namespace) -> bool:
    return args.output is not None or args.format in FORMATS


def _warn(message: str) -> None:
    print(f"libya-events: {message}", file=sys.stderr)


def _tasks(args: argparse.Namespace) -> list[Task]:
    """The inputs' tasks, warning (once each) about files left out and a date pattern that matched nothing."""
    from libya_events.batch import collect_tasks, published_from_name

    skipped: list[str] = []
    tasks = collect_tasks(
        args.files,
        published=args.published,
        published_pattern=args.published_from_filename,
        glob=args.glob,
        skipped=skipped,
    )
    if skipped:
        shown = ", ".join(skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
        _warn(
            f"skipped {len(skipped)} file(s) that are not .txt/.jsonl/.ndjson ({shown}): choose files with --glob"
        )
    pattern = args.published_from_filename
    if pattern is not None:
        files = {t.file for t in tasks if t.file not in (None, "-")}
        if files and not any(published_from_name(f or "", pattern) for f in files):
            fallback = f"; they get --published {args.published}" if args.published else ""
            _warn(
                f"--published-from-filename {pattern!r} matched none of the {len(files)} file name(s){fallback}"
            )
    return tasks


def _options(args: argparse.Namespace) -> dict[str, Any]:
    """The options that change a batch's articles, recorded beside its output."""
    return {
        "published": args.published,
        "published_from_filename": args.published_from_filename,
        "glob": args.glob,
    }


def _cmd_batch(args: argparse.Namespace) -> int:
    from libya_events.batch import JOURNAL_SUFFIX, format_for, run_batch

    if args.format in ("text", "json"):
        _warn(f"--format {args.format} prints articles; a batch (-o) writes jsonl, geojson or csv")
        return 2
    to_stdout = args.output in (None, "-")
    fmt = args.format or ("jsonl" if to_stdout else format_for(args.output))
    if not to_stdout and Path(args.output).is_dir():
        _warn(f"cannot write {args.output}: it is a directory; -o names the output file")
        return 2
    tasks = _tasks(args)
    try:
        if args.dask:
            import importlib.util

            if importlib.util.find_spec("distributed") is None:
                _warn("--dask needs dask: pip install 'libya-events[dask]'")
                return 2
            from libya_events.scale import parse_corpus_dask

            summary = parse_corpus_dask(
                tasks,
                args.output or "-",
                fmt=fmt,
                n_workers=args.workers or os.cpu_count() or 1,
                resume=not args.no_resume,
                progress=not args.no_progress,
                options=_options(args),
            )
        else:
            summary = run_batch(
                tasks,
                args.output,
                fmt=fmt,
                workers=args.workers,
                resume=not args.no_resume,
                progress=not args.no_progress,
                options=_options(args),
            )
    except KeyboardInterrupt:
        if to_stdout:
            _warn("interrupted")
        else:
            _warn(
                f"interrupted: {args.output} is unchanged; the articles done are kept in "
                f"{args.output}{JOURNAL_SUFFIX}: run the same command again to resume"
            )
        return 130
    except OSError as exc:
        where = exc.filename or args.output or "the output"
        _warn(f"cannot write {where}: {exc.strerror or exc}; the previous output is unchanged")
        return 2
    print(summary.format(), file=sys.stderr)
    return _status(summary.failures, summary.articles + summary.resumed + summary.skipped)


def _status(failures: int, articles: int) -> int:
    """The exit status of a parse, alone or in a batch: 0 all parsed, 1 some inputs failed, 2 all failed."""
    if not failures:
        return 0
    return 1 if articles else 2


def _cmd_parse(args: argparse.Namespace) -> int:
    """Without -o: each article printed as text or one JSON object, read exactly as a batch reads it."""
    from libya_events.batch import parse_task

    if _is_batch(args):
        return _cmd_batch(args)
    for name in args.files:
        if name != "-" and Path(name).is_dir():
            _warn(f"{name} is a directory: parse it as a batch with -o OUT")
            return 1
    failures = parsed = undated = 0
    for task in _tasks(args):
        outcome = parse_task(task)
        if outcome.article is None:
            _warn(f"failed: {task.file or task.id}: {outcome.error}")
            failures += 1
            continue
        parsed += 1
        for warning in outcome.warnings:
            _warn(f"warning: {task.file or task.id}: {warning}")
        undated += outcome.article.published is None
        if args.format == "json":
            print(escape_line_separators(article_to_json(outcome.article)))
        else:
            print(format_text(outcome.article, task.file if task.file not in (None, "-") else task.id))
    if undated and (args.published_from_filename is not None or len(args.files) > 1):
        _warn(f"warning: {undated} article(s) have no published date: pass --published DATE")
    return _status(failures, parsed)


def _cmd_geo(args: argparse.Namespace) -> int:
    from libya_events.geo import resolve_relative

    try:
        rel = resolve_relative(args.phrase)
    except GeoError as exc:
        print(f"libya-events: {exc}", file=sys.stderr)
        return 1
    data = {
        "text": rel.text,
        "anchor": _anchor_json(rel.anchor),
        "second_anchor": None if rel.second_anchor is None else _anchor_json(rel.second_anchor),
        "relation": rel.relation.value,
        "distance_km": rel.distance_km,
        "bearing_deg": rel.bearing_deg,
        "lat": rel.point.lat if rel.point else None,
        "lon": rel.point.lon if rel.point else None,
        "uncertainty_km": rel.uncertainty_km,
    }
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(_geo_text(rel))
    return 0


def _anchor_json(anchor: Location) -> dict[str, object]:
    point = anchor.point
    return {"name": anchor.name, "lat": point.lat if point else None, "lon": point.lon if point else None}


def _geo_text(rel: RelativeLocation) -> str:
    """One line: the point and its radius, the circle, or the bare direction; then the anchor(s)."""
    radius = rel.uncertainty_km
    if rel.point is not None:
        where = _point(rel.point) + (f" +/- {radius:.1f} km" if radius is not None else "")
    elif radius is not None:
        where = f"within {radius:.1f} km of {rel.anchor.name} (a circle, no single point)"
    else:
        where = "a direction only (no point, no radius)"
    names = " and ".join(a.name for a in rel.anchors)
    return f"{rel.text}: {where}, anchor{'s' if len(rel.anchors) > 1 else ''} {names}"


def _cmd_map(args: argparse.Namespace) -> int:
    import importlib.util

    from libya_events.export import read_jsonl, write_map

    if importlib.util.find_spec("folium") is None:
        print("libya-events: the map needs folium: pip install 'libya-events[map]'", file=sys.stderr)
        return 2
    try:
        articles = list(read_jsonl(Path(args.input)))
    except OSError as exc:
        print(f"libya-events: cannot read {args.input}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(
            f"libya-events: {args.input} is not UTF-8 JSON Lines ({exc.reason} at byte {exc.start})",
            file=sys.stderr,
        )
        return 2
    tiles = None if args.tiles.lower() == "none" else args.tiles
    try:
        stats = write_map(
            articles,
            args.output,
            title=args.title,
            tiles=tiles,
            labels=not args.no_labels,
            countries=args.countries,
            max_markers=args.max_markers,
            progress=not args.no_progress,
        )
    except OSError as exc:
        print(f"libya-events: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"libya-events: wrote {args.output} ({stats})", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")  # text with lone surrogates still prints
    try:
        if args.command == "parse":
            return _cmd_parse(args)
        if args.command == "map":
            return _cmd_map(args)
        return _cmd_geo(args)
    except LibyaEventsError as exc:
        print(f"libya-events: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(f"libya-events: {exc.filename or 'error'}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("libya-events: interrupted; no output was changed", file=sys.stderr)
        return 130
