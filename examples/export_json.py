"""Parse every example article and write one JSON file per article, then read them back.

Run: python examples/export_json.py [OUTPUT_DIR]

Without OUTPUT_DIR the files go to a temporary directory that is removed at the end.
Each file is what ``libya-events parse --format json`` prints: the gold schema's lists
(actors, locations, relative_locations, movements, statements) with character spans.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from libya_events import Parser
from libya_events.export import article_from_json, article_to_json

HERE = Path(__file__).parent
PUBLISHED = {"misrata_convoy": "2020-03-03", "oil_crescent": "2016-09-13"}


def export(out_dir: Path) -> None:
    parser = Parser()  # build the indexes once, reuse for every article
    for path in sorted(HERE.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        article = parser.parse(text, published=PUBLISHED.get(path.stem), id=path.stem)
        target = out_dir / f"{path.stem}.json"
        target.write_text(article_to_json(article, indent=2), encoding="utf-8")

        back = article_from_json(target.read_text(encoding="utf-8"))
        assert back == article, "JSON must read back to an equal Article"
        counts = {
            k: len(v)
            for k, v in json.loads(target.read_text(encoding="utf-8")).items()
            if isinstance(v, list)
        }
        print(f"{target.name}: {counts}")


def main() -> None:
    if len(sys.argv) > 1:
        out = Path(sys.argv[1])
        out.mkdir(parents=True, exist_ok=True)
        export(out)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            export(Path(tmp))


if __name__ == "__main__":
    main()
