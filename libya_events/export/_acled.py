"""CSV in ACLED's layout: one row per movement, with ACLED's column names.

Columns (a subset of ACLED's, in ACLED's order): ``event_id_cnty``, ``event_date``
(ISO ``YYYY-MM-DD``, the start of the movement's date), ``year``,
``time_precision``, ``event_type``, ``sub_event_type``, ``actor1``,
``assoc_actor_1``, ``actor2``, ``country``, ``location``, ``latitude``,
``longitude``, ``geo_precision``, ``source``, ``notes``.

``event_id_cnty`` is ``<article id>:<n>`` (the n-th movement of the article), so a
row can be traced back to its article.

Time precision (ACLED's codes)
    1 the day is known; 2 a week, or a range of at most 7 days; 3 a month, a
    year or a longer range. A movement without a date of its own takes the
    article's publication day with precision 3 (it happened on or before that day).

Geo precision (ACLED's codes)
    1 the place itself (a city, town or site); 2 near the place: the movement's
    sentence places it with a relative expression anchored there ("on the
    outskirts of Tarhuna", "65 km southeast of Tripoli"); 3 a region or country.

Location
    The destination when it is known, otherwise the origin. ``country`` is the
    place's ISO country code when the gazetteer has it.

Event type and sub-event type from the movement kind
    ==========  ============================  ===========================================
    kind        event_type                    sub_event_type
    ==========  ============================  ===========================================
    capture     Battles                       Government regains territory (a government
                                              or a force affiliated to one)
    capture     Battles                       Non-state actor overtakes territory (an
                                              armed group or collective, or a person
                                              affiliated to an armed group)
    capture     Strategic developments        Non-violent transfer of territory (any
                                              other or unknown actor)
    deploy      Strategic developments        Headquarters or base established
    advance     Strategic developments        Other
    withdraw    Strategic developments        Other
    travel      Strategic developments        Other
    ==========  ============================  ===========================================

    A movement reported as planned, attempted or denied is always
    "Strategic developments" / "Other", its modality noted at the head of ``notes``.

Actors
    ``actor1`` is the movement's actor, ``assoc_actor_1`` its affiliation from the
    article's actor record; ``actor2`` stays empty (movements name no opponent).

``notes`` is the movement's evidence sentence. :func:`read_acled_csv` reads the
rows back as dictionaries of strings.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from libya_events.export._common import actor_named, actor_side, evidence_sentence, record_source
from libya_events.model import (
    Article,
    EventDate,
    Granularity,
    Location,
    LocationKind,
    Modality,
    Movement,
    MovementKind,
)

__all__ = [
    "ACLED_COLUMNS",
    "AcledWriter",
    "acled_event_type",
    "acled_rows",
    "read_acled_csv",
    "write_acled_csv",
]

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
)
"""The CSV header, in order."""

_STRATEGIC = "Strategic developments"


def acled_event_type(article: Article, movement: Movement) -> tuple[str, str]:
    """ACLED's ``(event_type, sub_event_type)`` for a movement.

    * capture by a government or a force affiliated to one: Battles / Government
      regains territory; by another armed group or collective, or a person of an
      armed group: Battles / Non-state actor overtakes territory; by any other or an
      unknown actor: Strategic developments / Non-violent transfer of territory
      (sides as :func:`~libya_events.export._common.actor_side` tells them, from the
      article's actor records and the default knowledge base);
    * deploy: Strategic developments / Headquarters or base established;
    * advance, withdraw, travel, and any movement reported as planned, attempted or
      denied: Strategic developments / Other.
    """
    if movement.modality is not Modality.REPORTED:
        return _STRATEGIC, "Other"
    if movement.kind is MovementKind.CAPTURE:
        side = actor_side(article, movement.actor)
        if side == "government":
            return "Battles", "Government regains territory"
        if side == "non_state":
            return "Battles", "Non-state actor overtakes territory"
        return _STRATEGIC, "Non-violent transfer of territory"
    if movement.kind is MovementKind.DEPLOY:
        return _STRATEGIC, "Headquarters or base established"
    return _STRATEGIC, "Other"


def _time_precision(date: EventDate) -> int:
    if date.granularity is Granularity.DAY:
        return 1
    if date.granularity is Granularity.WEEK or (
        date.granularity is Granularity.RANGE and (date.end - date.start).days < 7
    ):
        return 2
    return 3


def _geo_precision(article: Article, movement: Movement, place: Location) -> int:
    if place.kind in (LocationKind.REGION, LocationKind.COUNTRY):
        return 3
    for rel in article.relative_locations:
        if rel.anchor.name == place.name and rel.span is not None and rel.span.overlaps(movement.span):
            return 2
    return 1


def acled_rows(article: Article, *, source: str | None = None) -> Iterator[dict[str, str]]:
    """One ACLED-layout row (column name to text) per movement of the article."""
    for n, mov in enumerate(article.movements, start=1):
        if mov.date is not None:
            date: EventDate | None = mov.date
            precision = _time_precision(mov.date)
        elif article.published is not None:
            date, precision = EventDate.from_day(article.published), 3
        else:
            date, precision = None, 3
        event_type, sub_event_type = acled_event_type(article, mov)
        place = mov.destination if mov.destination is not None else mov.origin
        actor = actor_named(article, mov.actor)
        notes = evidence_sentence(article, mov.span)
        if mov.modality is not Modality.REPORTED:
            notes = f"[{mov.modality.value}] {notes}"
        yield {
            "event_id_cnty": f"{article.id or 'article'}:{n}",
            "event_date": date.start.isoformat() if date is not None else "",
            "year": str(date.start.year) if date is not None else "",
            "time_precision": str(precision),
            "event_type": event_type,
            "sub_event_type": sub_event_type,
            "actor1": mov.actor or "",
            "assoc_actor_1": (actor.affiliation or "") if actor is not None else "",
            "actor2": "",
            "country": (place.country_code or "") if place is not None else "",
            "location": place.name if place is not None else "",
            "latitude": f"{place.point.lat:.6f}" if place is not None and place.point else "",
            "longitude": f"{place.point.lon:.6f}" if place is not None and place.point else "",
            "geo_precision": str(_geo_precision(article, mov, place)) if place is not None else "",
            "source": record_source(article, source) or "",
            "notes": notes,
        }


class AcledWriter:
    """Write ACLED-layout rows to a text stream (opened with ``newline=""``), header first."""

    def __init__(self, stream: IO[str]) -> None:
        self._writer = csv.DictWriter(stream, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
        self._writer.writeheader()

    def write(self, article: Article, *, source: str | None = None) -> int:
        """Append one article's rows; returns how many."""
        n = 0
        for row in acled_rows(article, source=source):
            self._writer.writerow(row)
            n += 1
        return n


def write_acled_csv(articles: Iterable[Article], stream: IO[str]) -> int:
    """Write every article's rows with a header; returns the number of rows."""
    writer = AcledWriter(stream)
    return sum(writer.write(a) for a in articles)


def read_acled_csv(source: str | Path | IO[str]) -> list[dict[str, str]]:
    """The rows of an ACLED-layout CSV (a path or a stream) as dictionaries."""
    if isinstance(source, (str, Path)):
        with Path(source).open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    return list(csv.DictReader(source))
