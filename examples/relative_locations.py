"""Resolve relative-location phrases to points with an uncertainty radius, and back.

Run: python examples/relative_locations.py
"""

from __future__ import annotations

from libya_events import LibyaEventsError
from libya_events.geo import describe, find_relative_phrases, resolve_relative

PHRASES = [
    "about 80km south of Tripoli",
    "some 30 miles east of Benghazi",
    "20 km south-southwest of Sabha",
    "within 25 km of Zawiya",
    "on the outskirts of Sirte",
    "between Misrata and Sirte",
    "80km sout of Tripoli",  # a typo: a typed error, not a crash
]

REPORT = (
    "Witnesses said the convoy stopped 50 km (31 miles) west of the capital before "
    "turning south of Gharyan; another unit was seen near Tarhuna."
)


def main() -> None:
    for phrase in PHRASES:
        try:
            rel = resolve_relative(phrase)
        except LibyaEventsError as exc:
            print(f"{phrase!r}: {type(exc).__name__}: {exc}")
            continue
        where = f"({rel.point.lat:.4f}, {rel.point.lon:.4f})" if rel.point else "no single point"
        radius = f"+/- {rel.uncertainty_km:.1f} km" if rel.uncertainty_km is not None else ""
        print(f"{phrase!r}: {rel.relation.value} {where} {radius} (anchor {rel.anchor.name})")
        if rel.point is not None:
            print(f"    described back: {describe(rel.point)}")

    print()
    for p in find_relative_phrases(REPORT):
        kind = "relative location" if p.is_relative_location else "not counted"
        print(f"{p.span.start:>4}-{p.span.end:<4} {p.relation.value:<9} {p.text!r} ({kind})")


if __name__ == "__main__":
    main()
