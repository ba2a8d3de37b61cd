"""Parse one of the example articles and print its movements with coordinates.

Run: python examples/parse_one.py
"""

from __future__ import annotations

from pathlib import Path

from libya_events import parse_article

HERE = Path(__file__).parent


def main() -> None:
    text = (HERE / "misrata_convoy.txt").read_text(encoding="utf-8")
    article = parse_article(text, published="2020-03-03")
    for movement in article.movements:
        where = movement.destination or movement.origin
        point = where.point if where is not None else None
        coords = f"({point.lat:.3f}, {point.lon:.3f})" if point is not None else ""
        evidence = text[movement.span.start : movement.span.end]
        print(f"{movement.actor} {movement.kind.value} {where.name if where else ''} {coords}")
        print(f"    evidence: {evidence[:90]}...")
    for relative in article.relative_locations:
        print(f"{relative.text!r} -> {relative.point} +/- {relative.uncertainty_km:.0f} km")


if __name__ == "__main__":
    main()
