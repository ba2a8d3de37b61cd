"""CSV in ACLED's layout: ACLED's 31 columns in ACLED's order, one row per movement.

Which movements
    Movements reported as done (``reported``) or tried (``attempted``) are rows; the
    ``tags`` column says which (``modality=reported``, ``modality=attempted``), and
    ends with the article's id when it has one (``; article_id=a1``:
    :func:`acled_article_id` reads it back).
    Planned and denied movements are not events: they stay in the JSON export.

Columns (:data:`ACLED_COLUMNS`), blank where the parser does not know
    ``event_id_cnty``
        ``LBY`` and a number derived from the article (its id, else its text) and the
        movement's kind and span: the same movement of the same article gets the same
        id in every run and in any file order. ``source`` and ``tags`` name the article.
    ``event_date``, ``year``
        ISO ``YYYY-MM-DD``, the start of the movement's date; a movement without a date
        of its own takes the article's publication day.
    ``time_precision``
        1 the day is known; 2 a week, or a range of at most 7 days; 3 a month, a year,
        a longer range, or a date taken from the publication day (it happened on or
        before that day); blank with the date when there is none.
    ``disorder_type``, ``event_type``, ``sub_event_type``
        From the movement kind (see below); ``disorder_type`` is "Political violence"
        for Battles and "Strategic developments" otherwise.
    ``actor1``, ``assoc_actor_1``
        The movement's actor and its affiliation from the article's actor record.
        ``actor2``, ``assoc_actor_2`` stay blank (a movement names no opponent), and
        so do ``inter1``, ``inter2``, ``interaction`` and ``civilian_targeting``
        (the parser does not code actor types the way ACLED does).
    ``iso``, ``region``, ``country``
        From the place's country code in ACLED's vocabulary: ``434``,
        ``Northern Africa``, ``Libya`` for Libya (and likewise for the neighbours and
        the capitals that news on Libya names); blank for a place without a known
        country.
    ``admin1``
        The Libyan district (sha'biyah) of the place, by GeoNames' admin1 names: the
        district of the GeoNames town the place is, or of a GeoNames town within
        10 km of its point (the shipped table ``_admin1.tsv``, GeoNames, CC BY 4.0).
        Blank elsewhere: the package ships district label points, not polygons, so a
        place far from every listed town gets no district rather than a guess.
        ``admin2`` and ``admin3`` stay blank.
    ``location``, ``latitude``, ``longitude``
        The destination when it is known, otherwise the origin, named by the embedded
        gazetteer's own spelling of the place (one spelling across articles, where the
        ``Location`` keeps the article's); coordinates with six decimals.
    ``geo_precision``
        1 the place itself (a city, town or site); 2 near the place: the movement's
        sentence puts it "near", "around", "on the outskirts of" or at an offset from
        the place ("65 km southeast of Tripoli"), or a relative location of the article
        anchored there overlaps the movement; 3 a region or a country.
    ``source``
        The input file when known, else the article id. ``source_scale`` stays blank.
    ``notes``
        The movement's evidence sentence, without a dateline ("TRIPOLI, April 4
        (Reuters) -"), a live-blog timestamp ("10:45 GMT -") or a bullet.
    ``fatalities``, ``timestamp``
        Blank: a movement reports no fatalities, and the rows have no ACLED upload time.

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
    deploy      Strategic developments        Headquarters or base established (not a
                                              delivery of aid, nor an organisation's
                                              deployment: those are "Other")
    advance     Strategic developments        Other
    withdraw    Strategic developments        Other
    travel      Strategic developments        Other
    ==========  ============================  ===========================================

    An attempted movement is always "Strategic developments" / "Other".

Clean cells
    Every cell encodes as UTF-8 (a lone surrogate is written as the six characters
    ``\\ud800``), and a text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab
    or a carriage return is prefixed with ``'`` so that a spreadsheet shows it as
    text (OWASP's advice against CSV injection, CWE-1236). :func:`read_acled_csv`
    reads the rows back as dictionaries of strings.
"""

from __future__ import annotations

import bisect
import csv
import functools
import hashlib
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import IO

from libya_events._errors import ExportError
from libya_events.export._common import (
    actor_named,
    actor_side,
    clean_note,
    evidence_sentence,
    record_source,
    safe_cell,
)
from libya_events.model import (
    ActorKind,
    Article,
    EventDate,
    GeoPoint,
    Granularity,
    Location,
    LocationKind,
    Modality,
    Movement,
    MovementKind,
    Span,
)

__all__ = [
    "ACLED_COLUMNS",
    "ACLED_MODALITIES",
    "AcledWriter",
    "acled_article_id",
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
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
"""The CSV header: ACLED's 31 columns, in ACLED's order."""

ACLED_MODALITIES: frozenset[Modality] = frozenset({Modality.REPORTED, Modality.ATTEMPTED})
"""The movements that are rows; planned and denied ones stay in the JSON export."""

_STRATEGIC = "Strategic developments"
_ARTICLE_TAG = "article_id="

# ISO 3166 code -> (ACLED's country name, ISO numeric code, ACLED's region): Libya, its
# neighbours and the capitals that news on the conflict names.
_COUNTRIES: dict[str, tuple[str, int, str]] = {
    "LY": ("Libya", 434, "Northern Africa"),
    "TN": ("Tunisia", 788, "Northern Africa"),
    "DZ": ("Algeria", 12, "Northern Africa"),
    "EG": ("Egypt", 818, "Northern Africa"),
    "MA": ("Morocco", 504, "Northern Africa"),
    "SD": ("Sudan", 729, "Northern Africa"),
    "TD": ("Chad", 148, "Middle Africa"),
    "NE": ("Niger", 562, "Western Africa"),
    "ML": ("Mali", 466, "Western Africa"),
    "MT": ("Malta", 470, "Europe"),
    "IT": ("Italy", 380, "Europe"),
    "FR": ("France", 250, "Europe"),
    "DE": ("Germany", 276, "Europe"),
    "GB": ("United Kingdom", 826, "Europe"),
    "CH": ("Switzerland", 756, "Europe"),
    "GR": ("Greece", 300, "Europe"),
    "RU": ("Russia", 643, "Europe"),
    "TR": ("Turkey", 792, "Middle East"),
    "QA": ("Qatar", 634, "Middle East"),
    "AE": ("United Arab Emirates", 784, "Middle East"),
    "SA": ("Saudi Arabia", 682, "Middle East"),
    "JO": ("Jordan", 400, "Middle East"),
    "US": ("United States", 840, "North America"),
}

_ADMIN1_RADIUS_KM = 10.0

# A delivery of aid, not a base: "aid", "humanitarian", "relief", "medical supplies".
_AID = re.compile(
    r"\b(?:aid|humanitarian|relief|food|medicines?|medical\s+(?:supplies|teams?|equipment)|"
    r"supplies|donations?|vaccines?|ambulances?|rescue\s+teams?)\b",
    re.IGNORECASE,
)
# "near Gharyan", "on the outskirts of Tarhuna", "65 km southeast of Tripoli" (before the place's words).
_NEAR = re.compile(
    r"(?:\bnear(?:by)?|\bclose\s+to|\baround|\boutside(?:\s+of)?|\b(?:outskirts|vicinity|environs|edge|"
    r"gates|approaches|surroundings)\s+of|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+"
    r"(?:(?:parts?|side|edge|outskirts)\s+)?of|\b(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:\w+\s+)?(?:of|from))"
    r"\s+(?:the\s+)?(?:(?:town|city|village|oasis|port|area)\s+of\s+)?$",
    re.IGNORECASE,
)


def acled_event_type(article: Article, movement: Movement) -> tuple[str, str]:
    """ACLED's ``(event_type, sub_event_type)`` for a movement.

    * capture by a government or a force affiliated to one: Battles / Government
      regains territory; by another armed group or collective, or a person of an
      armed group: Battles / Non-state actor overtakes territory; by any other or an
      unknown actor: Strategic developments / Non-violent transfer of territory
      (sides as :func:`~libya_events.export._common.actor_side` tells them, from the
      article's actor records and the default knowledge base);
    * deploy: Strategic developments / Headquarters or base established, except a
      delivery of aid (its sentence speaks of aid, relief, supplies...) or an
      organisation's deployment: Strategic developments / Other;
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
        actor = actor_named(article, movement.actor)
        if (actor is not None and actor.kind is ActorKind.ORGANIZATION) or _AID.search(
            evidence_sentence(article, movement.span)
        ):
            return _STRATEGIC, "Other"
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


class _GeoPrecision:
    """ACLED's geo_precision of each movement's place in one article: 3 for a region or
    country, 2 for a place given relative to it ("near", "outside", a relative location
    whose anchor it is) within the movement's words, else 1. The relative locations and
    each place's mentions are indexed by position once, so that a long article's rows do
    not each read all of them."""

    def __init__(self, article: Article) -> None:
        self._text = article.text
        self._relative: dict[str, _Starts] = {}
        for rel in article.relative_locations:
            if rel.span is not None:
                self._relative.setdefault(rel.anchor.name, _Starts()).add(rel.span)
        self._mentions: dict[int, _Starts] = {}

    def of(self, movement: Movement, place: Location) -> int:
        if place.kind in (LocationKind.REGION, LocationKind.COUNTRY):
            return 3
        where = movement.span
        relative = self._relative.get(place.name)
        if relative is not None and any(span.overlaps(where) for span in relative.overlapping(where)):
            return 2
        mentions = self._mentions.get(id(place))
        if mentions is None:
            mentions = self._mentions[id(place)] = _Starts()
            for mention in place.mentions:
                mentions.add(mention.span)
        for span in mentions.overlapping(where):
            if where.start <= span.start and span.end <= where.end:
                before = self._text[max(where.start, span.start - 60) : span.start]
                if _NEAR.search(before):
                    return 2
        return 1


def _start(span: Span) -> int:
    return span.start


class _Starts:
    """Spans sorted by start, for the ones that may overlap a given span."""

    def __init__(self) -> None:
        self._spans: list[Span] = []
        self._sorted = True
        self._longest = 0

    def add(self, span: Span) -> None:
        if self._spans and span.start < self._spans[-1].start:
            self._sorted = False
        self._spans.append(span)
        self._longest = max(self._longest, span.end - span.start)

    def overlapping(self, where: Span) -> list[Span]:
        """Every span that may overlap ``where`` (a superset: callers check)."""
        if not self._sorted:
            self._spans.sort(key=_start)
            self._sorted = True
        lo = bisect.bisect_left(self._spans, where.start - self._longest, key=_start)
        hi = bisect.bisect_left(self._spans, where.end, key=_start)
        return self._spans[lo:hi]


@functools.cache
def _towns() -> tuple[dict[str, str], tuple[tuple[float, float, str], ...]]:
    """The shipped district table: GeoNames id -> district, and (lat, lon, district) per town."""
    by_id: dict[str, str] = {}
    points: list[tuple[float, float, str]] = []
    table = resources.files("libya_events.export").joinpath("_admin1.tsv").read_text(encoding="utf-8")
    for line in table.splitlines():
        if not line or line.startswith(("#", "geonameid")):
            continue
        ident, _name, lat, lon, admin1 = line.split("\t")
        by_id[f"geonames:{ident}"] = admin1
        points.append((float(lat), float(lon), admin1))
    return by_id, tuple(points)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _admin1(place: Location) -> str:
    if place.country_code != "LY" or place.kind in (LocationKind.REGION, LocationKind.COUNTRY):
        return ""
    by_id, points = _towns()
    if place.gazetteer_id in by_id:
        return by_id[place.gazetteer_id]
    if place.point is None:
        return ""
    best, best_km = "", _ADMIN1_RADIUS_KM
    for lat, lon, admin1 in points:
        km = _km(place.point.lat, place.point.lon, lat, lon)
        if km <= best_km:
            best, best_km = admin1, km
    return best


def _standard_name(place: Location) -> str:
    """ACLED's ``location``: the embedded gazetteer's own name for the place, so that one town
    is spelled one way in every article's rows ("Zliten" where an article writes "Zlitan" and
    the ``Location`` keeps the article's spelling); the ``Location``'s name where the
    gazetteer does not know the id (a user's gazetteer, a place found by its words alone)."""
    if place.gazetteer_id is not None:
        from libya_events.gazetteer import Gazetteer

        known = Gazetteer.default().get(place.gazetteer_id)
        if known is not None:
            return known.name
    return place.name


def _event_numbers(article: Article) -> Callable[[Movement], int]:
    """A movement's event number: 12 digits of a hash of the article's id (else its text)
    and the movement's kind and offsets, the same in every run. The article's part of the
    hash is read once per article, not once per row."""
    head = hashlib.blake2b(digest_size=8)
    ident = article.id if article.id is not None else "text:" + article.text
    head.update(ident.encode("utf-8", "surrogatepass"))

    def number(movement: Movement) -> int:
        tail = (
            movement.kind.value,
            str(movement.span.start),
            str(movement.span.end),
            str(movement.trigger.span.start),
        )
        digest = head.copy()
        digest.update(("\x1f" + "\x1f".join(tail)).encode("utf-8", "surrogatepass"))
        return int.from_bytes(digest.digest(), "big") % 10**12

    return number


def _coordinate(value: float) -> str:
    return f"{value:.6f}"


def _point_cells(point: GeoPoint | None) -> tuple[str, str]:
    if point is None:
        return "", ""
    return _coordinate(point.lat), _coordinate(point.lon)


def acled_rows(article: Article, *, source: str | None = None) -> Iterator[dict[str, str]]:
    """One ACLED-layout row (column name to text) per reported or attempted movement.

    Cells are clean as the module describes (surrogates escaped, formulas defused).
    """
    event_number = _event_numbers(article)
    geo_precision = _GeoPrecision(article)
    for mov in article.movements:
        if mov.modality not in ACLED_MODALITIES:
            continue
        if mov.date is not None:
            date: EventDate | None = mov.date
            precision = _time_precision(mov.date)
        elif article.published is not None:
            date, precision = EventDate.from_day(article.published), 3
        else:
            date, precision = None, None
        event_type, sub_event_type = acled_event_type(article, mov)
        place = mov.destination if mov.destination is not None else mov.origin
        actor = actor_named(article, mov.actor)
        country = _COUNTRIES.get(place.country_code or "") if place is not None else None
        latitude, longitude = _point_cells(place.point if place is not None else None)
        row = {
            "event_id_cnty": f"LBY{event_number(mov)}",
            "event_date": date.start.isoformat() if date is not None else "",
            "year": str(date.start.year) if date is not None else "",
            "time_precision": str(precision) if precision is not None else "",
            "disorder_type": "Political violence" if event_type == "Battles" else _STRATEGIC,
            "event_type": event_type,
            "sub_event_type": sub_event_type,
            "actor1": mov.actor or "",
            "assoc_actor_1": (actor.affiliation or "") if actor is not None else "",
            "inter1": "",
            "actor2": "",
            "assoc_actor_2": "",
            "inter2": "",
            "interaction": "",
            "civilian_targeting": "",
            "iso": str(country[1]) if country is not None else "",
            "region": country[2] if country is not None else "",
            "country": country[0] if country is not None else "",
            "admin1": _admin1(place) if place is not None else "",
            "admin2": "",
            "admin3": "",
            "location": _standard_name(place) if place is not None else "",
            "latitude": latitude,
            "longitude": longitude,
            "geo_precision": str(geo_precision.of(mov, place)) if place is not None else "",
            "source": record_source(article, source) or "",
            "source_scale": "",
            "notes": clean_note(evidence_sentence(article, mov.span)),
            "fatalities": "",
            "tags": f"modality={mov.modality.value}"
            + (f"; {_ARTICLE_TAG}{article.id}" if article.id is not None else ""),
            "timestamp": "",
        }
        yield {k: safe_cell(v) for k, v in row.items()}


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


def acled_article_id(row: Mapping[str, str]) -> str | None:
    """The id of the article a row of :func:`acled_rows` comes from (its ``tags``), if it had one.

    >>> acled_article_id({"tags": "modality=reported; article_id=a1"})
    'a1'
    >>> acled_article_id({"tags": "modality=reported"}) is None
    True
    """
    tags = row.get("tags") or ""
    _, found, ident = tags.partition(_ARTICLE_TAG)
    return ident if found else None


def read_acled_csv(source: str | Path | IO[str]) -> list[dict[str, str]]:
    """The rows of an ACLED-layout CSV (a path or a stream) as dictionaries.

    :class:`~libya_events.ExportError` for a file that cannot be read or is not UTF-8.
    """
    try:
        if isinstance(source, (str, Path)):
            with Path(source).open(encoding="utf-8", newline="") as handle:
                return list(csv.DictReader(handle))
        return list(csv.DictReader(source))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ExportError(f"cannot read the ACLED CSV: {exc}") from exc
