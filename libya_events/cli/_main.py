"""The ``libya-events`` command line.

``libya-events parse FILE... [--published YYYY-MM-DD] [--format text|json]``
``libya-events parse DIR_OR_FILES... -o OUT [--format jsonl|geojson|csv] [--workers N] [--dask]
[--published-from-filename REGEX | --published DATE]`` (a batch: see :mod:`libya_events.batch`)
``libya-events geo "80km south of Tripoli" [--format text|json]``
``libya-events map OUT.jsonl -o map.html`` (needs the ``map`` extra)

Bad input is a one-line message on stderr and exit status 2 (1 for a phrase that
cannot be resolved), never a traceback.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from libya_events._errors import GeoError, LibyaEventsError
from libya_events.batch import FORMATS
from libya_events.export import article_to_json
from libya_events.extraction import parse_article
from libya_events.model import Article, Location, RelativeLocation

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


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="libya-events",
        description="Turn English news text about Libya into actors, places, movements and statements.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse article text files ('-' for stdin)")
    p.add_argument(
        "files", nargs="+", help="text files, directories, JSON Lines of articles, or - for standard input"
    )
    when = p.add_mutually_exclusive_group()
    when.add_argument("--published", type=_published, help="publication date, YYYY-MM-DD")
    when.add_argument(
        "--published-from-filename",
        metavar="REGEX",
        type=_regex,
        help="take each file's publication date from its name (group 'date', else group 1)",
    )
    p.add_argument(
        "--format",
        choices=("text", "json", *FORMATS),
        default=None,
        help="text or json (one file, printed), or a batch format (default: from -o's suffix)",
    )
    p.add_argument("-o", "--output", help="batch output file (written atomically; '-' for stdout)")
    p.add_argument(
        "--workers", type=_workers, default=1, help="worker processes for a batch (0: one per CPU)"
    )
    p.add_argument(
        "--dask",
        action="store_true",
        help="parse on a local Dask cluster of --workers processes (needs libya-events[dask])",
    )
    p.add_argument("--no-resume", action="store_true", help="re-parse articles already in the output")
    p.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    g = sub.add_parser("geo", help='resolve a relative phrase such as "80km south of Tripoli"')
    g.add_argument("phrase")
    g.add_argument("--format", choices=("text", "json"), default="text")
    m = sub.add_parser("map", help="an HTML map of parsed articles (JSON Lines); needs libya-events[map]")
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


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    return Path(name).read_text(encoding="utf-8")


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


def _cmd_batch(args: argparse.Namespace) -> int:
    from libya_events.batch import collect_tasks, format_for, run_batch

    if args.format in ("text", "json"):
        print(
            f"libya-events: --format {args.format} prints one file; a batch (-o) writes jsonl, geojson or csv",
            file=sys.stderr,
        )
        return 2
    fmt = args.format or (format_for(args.output) if args.output not in (None, "-") else "jsonl")
    tasks = collect_tasks(
        args.files, published=args.published, published_pattern=args.published_from_filename
    )
    if args.dask:
        import importlib.util
        import os

        if importlib.util.find_spec("distributed") is None:
            print("libya-events: --dask needs dask: pip install 'libya-events[dask]'", file=sys.stderr)
            return 2
        from libya_events.scale import parse_corpus_dask

        workers = args.workers or os.cpu_count() or 1
        summary = parse_corpus_dask(
            tasks, args.output or "-", fmt=fmt, n_workers=workers, resume=not args.no_resume
        )
    else:
        summary = run_batch(
            tasks,
            args.output,
            fmt=fmt,
            workers=args.workers,
            resume=not args.no_resume,
            progress=not args.no_progress,
        )
    print(summary.format(), file=sys.stderr)
    return 0 if summary.ok else 1


def _cmd_parse(args: argparse.Namespace) -> int:
    if _is_batch(args):
        return _cmd_batch(args)
    if args.published_from_filename is not None:
        print("libya-events: --published-from-filename needs a batch (-o OUT)", file=sys.stderr)
        return 2
    status = 0
    for name in args.files:
        if name != "-" and Path(name).is_dir():
            print(f"libya-events: {name} is a directory: parse it as a batch with -o OUT", file=sys.stderr)
            status = 1
            continue
        try:
            text = _read(name)
        except OSError as exc:
            print(f"libya-events: cannot read {name}: {exc.strerror or exc}", file=sys.stderr)
            status = 2
            continue
        except UnicodeDecodeError as exc:
            print(
                f"libya-events: {name} is not UTF-8 text ({exc.reason} at byte {exc.start})", file=sys.stderr
            )
            status = 2
            continue
        article = parse_article(text, published=args.published)
        if args.format == "json":
            print(article_to_json(article))
        else:
            print(format_text(article, name))
    return status


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
    except KeyboardInterrupt:
        print("libya-events: interrupted; no output was changed", file=sys.stderr)
        return 130
