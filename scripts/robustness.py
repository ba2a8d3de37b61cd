"""Robustness: the real gold articles as other programs hand them over, scored again.

Usage: python scripts/robustness.py [--shared DIR] [--set real-dev] [--only NAME ...]

Users paste text from e-mail, PDF reports, feeds and web pages: hard-wrapped lines,
Windows line ends, HTML character references, UTF-8 that a program read as Windows-1252,
zero-width characters inside names, bulleted lists. For each such form this script writes a copy of a gold
set's articles in that form to a temporary folder (the gold beside it, unchanged), runs the
shared scorer on it and prints each form's macro F1 and fields next to the articles as
given. ``scripts/score_table.py`` puts the same table on the accuracy page.

The scorer compares mention texts with the gold's, so a form that changes the characters
of names (references, Windows-1252, zero-width characters) loses a little for that alone:
the parser's spans keep the text as given.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("actors", "locations", "movements", "statements")


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def _wrapped(width: int, separator: str) -> Callable[[str], str]:
    def wrap(text: str) -> str:
        return separator.join(textwrap.fill(p, width) for p in _paragraphs(text)) + "\n"

    return wrap


def _references(text: str) -> str:
    return text.replace("\u2019", "&#8217;").replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")


def _bulleted(text: str) -> str:
    return "\n".join(p if i < 2 else "\u2022 " + p for i, p in enumerate(_paragraphs(text))) + "\n"


def _one_paragraph(text: str) -> str:
    return " ".join(_paragraphs(text)) + "\n"


def _zero_width(text: str) -> str:
    return re.sub(r"\b([A-Z][a-z])([a-z]{3,})", "\\1\u200b\\2", text)


VARIANTS: dict[str, tuple[str, Callable[[str], str]]] = {
    "as given": ("the articles as the gold was written on", lambda text: text),
    "wrapped 72": ("hard-wrapped at 72 columns, a blank line between paragraphs", _wrapped(72, "\n\n")),
    "wrapped 60": ("hard-wrapped at 60 columns, no blank lines", _wrapped(60, "\n")),
    "CRLF": ("Windows line ends", lambda text: text.replace("\n", "\r\n")),
    "references": ("curly quotation marks and apostrophes as HTML references", _references),
    "Windows-1252": (
        "UTF-8 read as Windows-1252 (mojibake)",
        lambda t: t.encode().decode("cp1252", "replace"),
    ),
    "zero-width": ("a zero-width space inside every capitalised word", _zero_width),
    "bullets": ("every paragraph after the headline and the first a bulleted list item", _bulleted),
    "one paragraph": ("every line break a space: headline, dateline and body run together", _one_paragraph),
}
"""Form name -> (what it is, how the text is changed)."""


def write_variant(gold: Path, dest: Path, change: Callable[[str], str]) -> None:
    """Copies of ``gold``'s articles changed by ``change`` in ``dest``, each gold file beside its text."""
    dest.mkdir(parents=True, exist_ok=True)
    for text in sorted(gold.glob("*.txt")):
        answer = text.with_suffix(".json")
        if answer.is_file():
            (dest / text.name).write_text(
                change(text.read_text(encoding="utf-8")), encoding="utf-8", newline=""
            )
            shutil.copy(answer, dest / answer.name)


def measure(score_py: Path, gold: Path, names: Sequence[str] | None = None) -> dict[str, Mapping[str, Any]]:
    """The scorer's ``--json`` summary of each form of ``gold``'s articles: name -> summary."""
    results: dict[str, Mapping[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="libya-events-robustness-") as tmp:
        for name, (_, change) in VARIANTS.items():
            if names and name not in names:
                continue
            dest = Path(tmp) / re.sub(r"\W+", "-", name)
            write_variant(gold, dest, change)
            cmd = [sys.executable, str(score_py), str(dest), "--json", "--batch"]
            done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT, timeout=1800)
            results[name] = json.loads(done.stdout)
    return results


def render(results: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Markdown lines: one row per form, its macro F1 and the F1 of each field."""
    out = [
        "| form | macro F1 | " + " | ".join(FIELDS) + " |",
        "|---|---:|" + "---:|" * len(FIELDS),
    ]
    for name, summary in results.items():
        what = VARIANTS[name][0] if name in VARIANTS else name
        cells = [f"{(summary.get(field) or {}).get('f1', 0.0):.3f}" for field in FIELDS]
        out.append(f"| {name}: {what} | **{summary.get('macro_f1', 0.0):.3f}** | " + " | ".join(cells) + " |")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared/ directory")
    ap.add_argument("--set", default="real-dev", help="the gold set under shared/eval (default real-dev)")
    ap.add_argument("--only", nargs="*", help="only these forms")
    args = ap.parse_args(argv)
    score_py = args.shared / "eval" / "score.py"
    gold = args.shared / "eval" / args.set
    if not score_py.is_file() or not gold.is_dir():
        print(f"robustness: no scorer or gold at {args.shared}", file=sys.stderr)
        return 2
    print("\n".join(render(measure(score_py, gold, args.only))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
