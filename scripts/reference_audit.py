"""List every place and actor the parser took from a descriptive phrase, with gold's answer.

Usage (from the repository root, the project importable)::

    python scripts/reference_audit.py DIR [DIR ...] [--list]

For each article (``NAME.txt`` beside gold ``NAME.json``) it parses the text once (one batch
run) and reads, per class of description ("the city", "the capital", "the area", "the base",
"X's men", "forces under X", "the enemy"), the predicted locations or actors that hold such a
mention. A case is right when a gold entity with that mention has the predicted name (or one of
its mentions), wrong when gold gives that mention to another entity, unknown when gold lists the
mention nowhere. Movements whose destination or origin came only from such a phrase (no name of
that place inside the movement's span) are counted the same way.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

PLACE_CLASSES: dict[str, re.Pattern[str]] = {
    "the city/town": re.compile(r"^the (?:city|town|village|oasis)$", re.I),
    "the capital": re.compile(r"^the capital$", re.I),
    "the port": re.compile(r"^the (?:oil )?port$", re.I),
    "the area": re.compile(r"^the (?:area|region|district|neighbou?rhood)$", re.I),
    "the base": re.compile(r"^the (?:air ?base|base|camp|barracks|headquarters|compound)$", re.I),
}
ACTOR_CLASSES: dict[str, re.Pattern[str]] = {
    "X's men": re.compile(
        r"['’]s? (?:men|fighters|forces|troops|militia|militiamen|loyalists|brigades?)$", re.I
    ),
    "forces under X": re.compile(r"\b(?:under|loyal to|led by|commanded by|allied with|allied to) \S", re.I),
    "the enemy": re.compile(r"^the enemy$", re.I),
}


def norm(text: str) -> str:
    text = re.sub(r"['’]s\b", "", text.casefold()).replace("-", " ")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"^(?:the|al|el)\s+", "", re.sub(r"\s+", " ", text).strip())


def parse_all(items: list[tuple[str, Path, dict]]) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for stem, txt, gold in items:
                rec = {
                    "id": stem,
                    "text": txt.read_text(encoding="utf-8"),
                    "published": gold.get("published"),
                }
                fh.write(json.dumps(rec) + "\n")
        cmd = [sys.executable, "-m", "libya_events", "parse", str(src), "-o", str(out), "--no-progress"]
        subprocess.run([*cmd, "--no-resume", "--workers", "1"], check=True, capture_output=True)
        lines = out.read_text(encoding="utf-8").splitlines()
        return {str(r["id"]): r for r in map(json.loads, filter(None, lines))}


def names(entity: dict) -> set[str]:
    return {
        norm(entity["name"]),
        *(norm(m if isinstance(m, str) else m["text"]) for m in entity.get("mentions", [])),
    }


def verdict(mention: str, predicted: dict, gold: list[dict]) -> tuple[str, str]:
    """right / wrong / unknown, and gold's answer."""
    holders = [g for g in gold if any(norm(m) == norm(mention) for m in g.get("mentions", []))]
    if not holders:
        return "unknown", "-"
    if any(norm(g["name"]) in names(predicted) or names(g) & {norm(predicted["name"])} for g in holders):
        return "right", ""
    return "wrong", " | ".join(g["name"] for g in holders)


def audit(stem: str, pred: dict, gold: dict, tally: Counter[tuple[str, str]], rows: list[str]) -> None:
    for field, classes in (("locations", PLACE_CLASSES), ("actors", ACTOR_CLASSES)):
        for ent in pred.get(field, []):
            for m in ent.get("mentions", []):
                cls = next((c for c, pat in classes.items() if pat.search(m["text"])), None)
                if cls is None:
                    continue
                v, answer = verdict(m["text"], ent, gold.get(field, []))
                tally[cls, v] += 1
                rows.append(
                    f"{v:7} {cls:14} {stem:12} {m['span']['start']:>5} {m['text']!r} -> {ent['name']} gold {answer}"
                )
    audit_moves(stem, pred, gold, tally, rows)
    audit_commanders(stem, pred, gold, tally, rows)


COMMANDER_GROUP = re.compile(
    r"\b[A-Z][\w-]+['’]s (?:men|fighters|forces|troops|militiamen|loyalists)\b"
    r"|\b(?:[Ff]orces|[Ff]ighters|[Mm]en|[Tt]roops|[Uu]nits) (?:loyal to|under|led by|commanded by) [A-Z][\w-]+"
)


def audit_commanders(
    stem: str, pred: dict, gold: dict, tally: Counter[tuple[str, str]], rows: list[str]
) -> None:
    """ "X's men", "fighters loyal to X": is the predicted actor the person X (his group's
    movements and actor lost) or a group?"""
    text = pred.get("text", "")
    for m in COMMANDER_GROUP.finditer(text):
        covering = [
            a
            for a in pred.get("actors", [])
            if any(
                x["span"]["start"] < m.end() and x["span"]["end"] > m.start() for x in a.get("mentions", [])
            )
        ]
        owner = min(covering, key=lambda a: a["kind"] == "person", default=None)  # a group first
        kind = "none" if owner is None else ("person" if owner["kind"] == "person" else "group")
        holders = [
            g["name"]
            for g in gold.get("actors", [])
            if g["kind"] != "person"
            and any(norm(x) and norm(x) in norm(m.group()) for x in g.get("mentions", []) if len(norm(x)) > 3)
        ]
        v = "right" if kind == "group" else ("wrong" if holders else "unknown")
        tally[f"commander group -> {kind}", v] += 1
        got = owner["name"] if owner else None
        rows.append(f"{v:7} commander {stem:12} {m.group()!r} -> {got} ({kind}) gold {holders}")


def audit_moves(stem: str, pred: dict, gold: dict, tally: Counter[tuple[str, str]], rows: list[str]) -> None:
    locs = pred.get("locations", [])
    for mv in pred.get("movements", []):
        lo, hi = mv["span"]["start"], mv["span"]["end"]
        for end in ("destination", "origin"):
            place = mv.get(end)
            if not place or place.get("location") is None:
                continue
            inside = [m for m in locs[place["location"]]["mentions"] if lo <= m["span"]["start"] < hi]
            cls = next((c for c, p in PLACE_CLASSES.items() for m in inside if p.search(m["text"])), None)
            if cls is None or any(
                not any(p.search(m["text"]) for p in PLACE_CLASSES.values()) for m in inside
            ):
                continue
            same = [
                g
                for g in gold.get("movements", [])
                if g["kind"] == mv["kind"] and norm(mv["actor"]) and g.get(end)
            ]
            ok = any(norm(g[end]) in names(locs[place["location"]]) for g in same)
            v = "right" if ok else ("wrong" if same else "unknown")
            tally[f"move {end} {cls}", v] += 1
            gold_ends = sorted({g[end] for g in same})
            rows.append(
                f"{v:7} move-{end[:4]} {cls:9} {stem:12} {mv['trigger']['text']!r} -> {place['name']} gold {gold_ends}"
            )


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv if not a.startswith("--")]
    txts = [t for d in dirs for t in sorted(d.glob("*.txt")) if t.with_suffix(".json").exists()]
    items = [(t.stem, t, json.loads(t.with_suffix(".json").read_text())) for t in txts]
    preds = parse_all(items)
    tally: Counter[tuple[str, str]] = Counter()
    rows: list[str] = []
    for stem, _, gold in items:
        if stem in preds:
            audit(stem, preds[stem], gold, tally, rows)
    if "--list" in argv:
        print("\n".join(rows))
    classes = sorted({c for c, _ in tally})
    print(f"{'class':34} {'right':>5} {'wrong':>5} {'unknown':>7}")
    for c in classes:
        print(f"{c:34} {tally[c, 'right']:>5} {tally[c, 'wrong']:>5} {tally[c, 'unknown']:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
