"""Parse with your own places (CSV) and actors (JSON) laid over the embedded data.

Run: python examples/custom_places_and_actors.py

The place and the brigade below are made up for the example; both files are written
to a temporary directory.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from libya_events import ActorKB, Gazetteer, Parser

PLACES_CSV = """\
id,name,kind,feature,lat,lon,country_code,population,aliases,source
example:sidi-example,Sidi Example,city,populated_place,32.40,13.20,LY,800,Sidi Ekzample,example data
"""

ACTORS = {
    "version": 1,
    "actors": [
        {
            "id": "example-valley-brigade",
            "name": "Valley Brigade",
            "kind": "armed_group",
            "aliases": ["the Valley Brigade"],
            "source": "example data",
        }
    ],
}

ARTICLE = (
    "TRIPOLI, May 20 (Wire) - The Valley Brigade withdrew from Sidi Example "
    "on Sunday and moved to Gharyan, some 15 km west of Sidi Example, residents said."
)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        places = Path(tmp) / "places.csv"
        places.write_text(PLACES_CSV, encoding="utf-8")
        actors = Path(tmp) / "actors.json"
        actors.write_text(json.dumps(ACTORS), encoding="utf-8")
        parser = Parser(
            gazetteer=Gazetteer.default().merged(Gazetteer.from_csv(places)),
            knowledge_base=ActorKB.default().merged(ActorKB.from_file(actors)),
        )

    article = parser.parse(ARTICLE, published="2024-05-20")
    print("actors:", [(a.name, a.kind.value, a.kb_id) for a in article.actors])
    print("places:", [(p.name, p.point.as_tuple() if p.point else None) for p in article.locations])
    for rel in article.relative_locations:
        print(f"relative: {rel.text!r} -> {rel.point} +/- {rel.uncertainty_km:.1f} km")
    for m in article.movements:
        route = " -> ".join(p.name for p in (m.origin, m.destination) if p is not None)
        print(f"movement: {m.actor} {m.kind.value} {route} {m.date.iso if m.date else ''}")
    assert "Sidi Example" in {p.name for p in article.locations}


if __name__ == "__main__":
    main()
