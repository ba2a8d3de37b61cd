"""The ``libya-events`` command line.

``libya-events parse FILE... [--published YYYY-MM-DD] [--format text|json]``
``libya-events geo "80km south of Tripoli" [--format text|json]``

Bad input is a one-line message on stderr and exit status 2 (1 for a phrase that
cannot be resolved), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from libya_events._errors import GeoError, LibyaEventsError
from libya_events.export import article_to_json
from libya_events.extraction import parse_article
from libya_events.model import Article

__all__ = ["main"]


def _published(value: str) -> str:
    from libya_events.dates import parse_published

    try:
        parse_published(value)
    except LibyaEventsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    return value


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="libya-events",
        description="Turn English news text about Libya into actors, places, movements and statements.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse article text files ('-' for stdin)")
    p.add_argument("files", nargs="+", help="text files, or - for standard input")
    p.add_argument("--published", type=_published, help="publication date, YYYY-MM-DD")
    p.add_argument("--format", choices=("text", "json"), default="text")
    g = sub.add_parser("geo", help='resolve a relative phrase such as "80km south of Tripoli"')
    g.add_argument("phrase")
    g.add_argument("--format", choices=("text", "json"), default="text")
    return parser


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


def _cmd_parse(args: argparse.Namespace) -> int:
    status = 0
    for name in args.files:
        try:
            text = _read(name)
        except (OSError, UnicodeDecodeError) as exc:
            print(f"libya-events: cannot read {name}: {exc}", file=sys.stderr)
            status = 1
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
    anchor_point = rel.anchor.point
    data = {
        "text": rel.text,
        "anchor": {
            "name": rel.anchor.name,
            "lat": anchor_point.lat if anchor_point else None,
            "lon": anchor_point.lon if anchor_point else None,
        },
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
        where = _point(rel.point) if rel.point else "(a circle, no single point)"
        print(f"{rel.text}: {where} +/- {rel.uncertainty_km or 0:.1f} km, anchor {rel.anchor.name}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "parse":
            return _cmd_parse(args)
        return _cmd_geo(args)
    except LibyaEventsError as exc:
        print(f"libya-events: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
