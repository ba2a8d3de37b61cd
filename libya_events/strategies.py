"""Hypothesis strategies for every public model type, for property-testing code built on libya_events.

Every strategy is hand-written from realistic field values (Libyan places with their
approximate coordinates, actors of the Libyan conflict, compass bearings, dates since
2011) and lists its simplest values first, so a failing example shrinks to something
readable. :func:`articles` builds an article text and records whose mentions really
slice that text, so ``article.text[m.span.start:m.span.end] == m.text`` for every
mention.

This module needs `Hypothesis <https://hypothesis.readthedocs.io>`_ (the ``test``
extra: ``pip install libya-events[test]``); it is not imported by ``libya_events``
itself. Example::

    from hypothesis import given

    from libya_events import Article
    from libya_events.strategies import articles

    @given(articles())
    def test_every_actor_mention_is_in_the_text(article: Article) -> None:
        for actor in article.actors:
            for mention in actor.mentions:
                assert mention.span.slice(article.text) == mention.text
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Sequence
from typing import NamedTuple, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from libya_events.model import (
    Actor,
    ActorKind,
    Article,
    EventDate,
    GeoPoint,
    Granularity,
    Location,
    LocationKind,
    Mention,
    Modality,
    Movement,
    MovementKind,
    Relation,
    RelativeLocation,
    Span,
    Statement,
)

__all__ = [
    "actors",
    "articles",
    "event_dates",
    "geo_points",
    "locations",
    "mentions",
    "movements",
    "relative_locations",
    "spans",
    "statements",
]


# --------------------------------------------------------------------------- reference values


class _Place(NamedTuple):
    name: str
    kind: LocationKind
    lat: float
    lon: float
    country_code: str


# Approximate coordinates: realistic test data, not a gazetteer.
_PLACES: tuple[_Place, ...] = (
    _Place("Tripoli", LocationKind.CITY, 32.8872, 13.1913, "LY"),
    _Place("Benghazi", LocationKind.CITY, 32.1167, 20.0667, "LY"),
    _Place("Misrata", LocationKind.CITY, 32.3754, 15.0925, "LY"),
    _Place("Sirte", LocationKind.CITY, 31.2089, 16.5887, "LY"),
    _Place("Derna", LocationKind.CITY, 32.7648, 22.6392, "LY"),
    _Place("Sabha", LocationKind.CITY, 27.0377, 14.4283, "LY"),
    _Place("Tobruk", LocationKind.CITY, 32.0836, 23.9764, "LY"),
    _Place("Zawiya", LocationKind.CITY, 32.7571, 12.7276, "LY"),
    _Place("Gharyan", LocationKind.CITY, 32.1722, 13.0203, "LY"),
    _Place("Tarhuna", LocationKind.CITY, 32.4350, 13.6332, "LY"),
    _Place("Ajdabiya", LocationKind.CITY, 30.7554, 20.2263, "LY"),
    _Place("Bani Walid", LocationKind.CITY, 31.7566, 13.9942, "LY"),
    _Place("Ubari", LocationKind.CITY, 26.5903, 12.7751, "LY"),
    _Place("Kufra", LocationKind.CITY, 24.1833, 23.2833, "LY"),
    _Place("Ras Lanuf", LocationKind.CITY, 30.5000, 18.5300, "LY"),
    _Place("Brega", LocationKind.CITY, 30.4000, 19.5800, "LY"),
    _Place("Zintan", LocationKind.CITY, 31.9300, 12.2500, "LY"),
    _Place("Sabratha", LocationKind.CITY, 32.7900, 12.4800, "LY"),
    _Place("Zuwara", LocationKind.CITY, 32.9300, 12.0800, "LY"),
    _Place("Ghat", LocationKind.CITY, 24.9600, 10.1800, "LY"),
    _Place("Murzuq", LocationKind.CITY, 25.9200, 13.9200, "LY"),
    _Place("Al Bayda", LocationKind.CITY, 32.7600, 21.7600, "LY"),
    _Place("Waddan", LocationKind.CITY, 29.1600, 16.1400, "LY"),
    _Place("Fezzan", LocationKind.REGION, 26.5000, 14.0000, "LY"),
    _Place("Cyrenaica", LocationKind.REGION, 31.0000, 22.0000, "LY"),
    _Place("Tripolitania", LocationKind.REGION, 31.5000, 13.5000, "LY"),
    _Place("Jufra", LocationKind.REGION, 29.0000, 16.0000, "LY"),
    _Place("Libya", LocationKind.COUNTRY, 27.0000, 17.0000, "LY"),
    _Place("Tunisia", LocationKind.COUNTRY, 34.0000, 9.0000, "TN"),
    _Place("Egypt", LocationKind.COUNTRY, 26.5000, 30.0000, "EG"),
    _Place("Chad", LocationKind.COUNTRY, 15.5000, 19.0000, "TD"),
    _Place("Mitiga Airport", LocationKind.SITE, 32.8940, 13.2760, "LY"),
    _Place("Al-Watiya Air Base", LocationKind.SITE, 32.4750, 11.8980, "LY"),
    _Place("Es Sider oil terminal", LocationKind.SITE, 30.6300, 18.3500, "LY"),
)


class _KnownActor(NamedTuple):
    name: str
    kind: ActorKind
    title: str | None
    affiliation: str | None
    aliases: tuple[str, ...]


_ACTORS: tuple[_KnownActor, ...] = (
    _KnownActor("Khalifa Haftar", ActorKind.PERSON, "Field Marshal", "Libyan National Army", ("Haftar",)),
    _KnownActor(
        "Fayez al-Sarraj", ActorKind.PERSON, "Prime Minister", "Government of National Accord", ("Sarraj",)
    ),
    _KnownActor(
        "Abdul Hamid Dbeibah",
        ActorKind.PERSON,
        "Prime Minister",
        "Government of National Unity",
        ("Dbeibah", "Dbeiba"),
    ),
    _KnownActor("Aguila Saleh", ActorKind.PERSON, "Speaker", "House of Representatives", ()),
    _KnownActor(
        "Fathi Bashagha",
        ActorKind.PERSON,
        "Interior Minister",
        "Government of National Accord",
        ("Bashagha",),
    ),
    _KnownActor("Ghassan Salamé", ActorKind.PERSON, "Special Envoy", "United Nations", ("Salame",)),
    _KnownActor("Libyan National Army", ActorKind.ARMED_GROUP, None, None, ("LNA",)),
    _KnownActor("Tripoli Protection Force", ActorKind.ARMED_GROUP, None, "Government of National Accord", ()),
    _KnownActor("Wagner Group", ActorKind.ARMED_GROUP, None, None, ("Wagner",)),
    _KnownActor("Government of National Accord", ActorKind.GOVERNMENT, None, None, ("GNA",)),
    _KnownActor("Government of National Unity", ActorKind.GOVERNMENT, None, None, ("GNU",)),
    _KnownActor("House of Representatives", ActorKind.GOVERNMENT, None, None, ("HoR",)),
    _KnownActor(
        "United Nations Support Mission in Libya", ActorKind.ORGANIZATION, None, "United Nations", ("UNSMIL",)
    ),
    _KnownActor("National Oil Corporation", ActorKind.ORGANIZATION, None, None, ("NOC",)),
    _KnownActor("Turkey", ActorKind.COUNTRY, None, None, ()),
    _KnownActor("Egypt", ActorKind.COUNTRY, None, None, ()),
    _KnownActor("United Arab Emirates", ActorKind.COUNTRY, None, None, ("UAE",)),
    _KnownActor("Tebu fighters", ActorKind.COLLECTIVE, None, None, ()),
    _KnownActor("residents of Tawergha", ActorKind.COLLECTIVE, None, None, ()),
)

_TRIGGERS: dict[MovementKind, tuple[str, ...]] = {
    MovementKind.TRAVEL: ("travelled to", "arrived in", "visited"),
    MovementKind.DEPLOY: ("deployed to", "sent reinforcements to"),
    MovementKind.ADVANCE: ("advanced on", "pushed toward"),
    MovementKind.WITHDRAW: ("withdrew from", "pulled out of"),
    MovementKind.CAPTURE: ("captured", "seized", "took control of"),
}

_COMPASS: tuple[tuple[str, float], ...] = (
    ("north", 0.0),
    ("northeast", 45.0),
    ("east", 90.0),
    ("southeast", 135.0),
    ("south", 180.0),
    ("southwest", 225.0),
    ("west", 270.0),
    ("northwest", 315.0),
)

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_FILLER = (
    "forces",
    "fighting",
    "clashes",
    "near",
    "the",
    "city",
    "airport",
    "coastal",
    "road",
    "heavy",
    "shelling",
    "residents",
    "reported",
    "local",
    "sources",
    "officials",
    "convoy",
    "checkpoint",
    "oil",
    "ceasefire",
    "talks",
    "on",
    "in",
    "and",
)

_QUOTE_WORDS = (
    "we",
    "will",
    "not",
    "withdraw",
    "until",
    "the",
    "capital",
    "is",
    "secured",
    "peace",
    "must",
    "return",
    "to",
    "Libya",
    "ceasefire",
    "holds",
)

_CHANNELS = ("a televised speech", "a statement", "a press conference", "Twitter", "Al Jazeera", "Reuters")
_COUNTRY_CODES = ("LY", "TN", "EG", "DZ", "TD", "NE", "SD")

_T = TypeVar("_T")

_MIN_DATE = _dt.date(2011, 1, 1)
_MAX_DATE = _dt.date(2030, 12, 31)


# --------------------------------------------------------------------------- small helpers


def _names(known: Sequence[str]) -> st.SearchStrategy[str]:
    """Known names first, then arbitrary (but valid: not blank) ones."""
    generated = st.text(
        alphabet=st.characters(categories=("Lu", "Ll", "Lo", "Zs", "Pd")), min_size=1, max_size=30
    ).filter(lambda s: bool(s.strip()))
    return st.one_of(st.sampled_from(known), generated)


def _offsets(max_offset: int = 5_000) -> st.SearchStrategy[int]:
    return st.integers(min_value=0, max_value=max_offset)


@st.composite
def _mention_of(draw: st.DrawFn, words: str) -> Mention:
    start = draw(_offsets())
    return Mention(words, Span(start, start + len(words)))


def _optional(strategy: st.SearchStrategy[_T]) -> st.SearchStrategy[_T | None]:
    return st.one_of(st.none(), strategy)


def _gazetteer_ids() -> st.SearchStrategy[str]:
    return st.integers(min_value=1, max_value=12_000_000).map(lambda n: f"geonames:{n}")


def _day_text(day: _dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _date_text(date: EventDate) -> str:
    g, s, e = date.granularity, date.start, date.end
    if g is Granularity.DAY:
        return _day_text(s)
    if g is Granularity.WEEK:
        return f"the week of {_day_text(s)}"
    if g is Granularity.MONTH:
        return f"{_MONTHS[s.month - 1]} {s.year}"
    if g is Granularity.YEAR:
        return str(s.year)
    return f"between {_day_text(s)} and {_day_text(e)}"


def _compass_name(bearing: float) -> str:
    return _COMPASS[round(bearing / 45.0) % 8][0]


def _destination(origin: GeoPoint, distance_km: float, bearing_deg: float) -> GeoPoint:
    """Great-circle destination on a sphere: good enough for realistic test data."""
    phi1, lam1 = math.radians(origin.lat), math.radians(origin.lon)
    delta, theta = distance_km / 6371.0088, math.radians(bearing_deg)
    sin_phi2 = math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(theta)
    phi2 = math.asin(max(-1.0, min(1.0, sin_phi2)))
    lam2 = lam1 + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi1), math.cos(delta) - math.sin(phi1) * sin_phi2
    )
    lat = max(-90.0, min(90.0, math.degrees(phi2)))
    lon = (math.degrees(lam2) + 540.0) % 360.0 - 180.0
    return GeoPoint(lat, lon)


# --------------------------------------------------------------------------- spans and mentions


def spans(*, max_start: int = 5_000, max_length: int = 500) -> st.SearchStrategy[Span]:
    """Valid :class:`Span` values; shrinks towards ``Span(0, 0)``."""
    return st.builds(
        lambda start, length: Span(start, start + length),
        st.integers(min_value=0, max_value=max_start),
        st.integers(min_value=0, max_value=max_length),
    )


@st.composite
def _mentions_in(draw: st.DrawFn, text: str) -> Mention:
    words = [m.span() for m in re.finditer(r"\S+", text)]
    if not words:
        raise InvalidArgument(f"mentions(text=...) needs a text with a non-blank word (got {text!r})")
    first = draw(st.integers(min_value=0, max_value=len(words) - 1))
    last = draw(st.integers(min_value=first, max_value=min(len(words) - 1, first + 3)))
    return Mention.from_text(text, words[first][0], words[last][1])


def mentions(text: str | None = None) -> st.SearchStrategy[Mention]:
    """:class:`Mention` values.

    Without ``text``: a realistic name or word at an arbitrary offset. With ``text``:
    a run of one to four whole words of that text, so ``mention.span.slice(text) ==
    mention.text``.
    """
    if text is not None:
        return _mentions_in(text)
    words = [p.name for p in _PLACES] + [a.name for a in _ACTORS] + list(_FILLER)
    return _names(words).flatmap(_mention_of)


# --------------------------------------------------------------------------- geography


def geo_points() -> st.SearchStrategy[GeoPoint]:
    """Valid :class:`GeoPoint` values: known Libyan places, then points in Libya, then anywhere."""
    known = st.sampled_from(_PLACES).map(lambda p: GeoPoint(p.lat, p.lon))
    in_libya = st.builds(
        GeoPoint,
        st.floats(min_value=19.5, max_value=33.2, allow_nan=False),
        st.floats(min_value=9.3, max_value=25.2, allow_nan=False),
    )
    anywhere = st.builds(
        GeoPoint,
        st.floats(min_value=-90.0, max_value=90.0, allow_nan=False),
        st.floats(min_value=-180.0, max_value=180.0, allow_nan=False),
    )
    return st.one_of(known, in_libya, anywhere)


@st.composite
def _locations(draw: st.DrawFn) -> Location:
    place = draw(st.sampled_from(_PLACES))
    name = draw(st.one_of(st.just(place.name), _names([p.name for p in _PLACES])))
    point = draw(_optional(st.one_of(st.just(GeoPoint(place.lat, place.lon)), geo_points())))
    return Location(
        name=name,
        kind=draw(st.one_of(st.just(place.kind), st.sampled_from(LocationKind))),
        point=point,
        uncertainty_km=draw(_optional(st.floats(min_value=0.0, max_value=500.0, allow_nan=False))),
        country_code=draw(_optional(st.one_of(st.just(place.country_code), st.sampled_from(_COUNTRY_CODES)))),
        gazetteer_id=draw(_optional(_gazetteer_ids())),
        mentions=draw(st.lists(_mention_of(name), max_size=3)),
        candidates=draw(st.lists(_gazetteer_ids(), max_size=3, unique=True)),
        note=draw(_optional(st.sampled_from(("ambiguous", "resolved by context", "no coordinates")))),
    )


def locations() -> st.SearchStrategy[Location]:
    """:class:`Location` values named after Libyan places, optional fields ``None`` first."""
    return _locations()


def _midpoint(a: GeoPoint, b: GeoPoint) -> GeoPoint:
    """Great-circle midpoint on a sphere: good enough for realistic test data."""
    phi1, lam1 = math.radians(a.lat), math.radians(a.lon)
    phi2, dlam = math.radians(b.lat), math.radians(b.lon - a.lon)
    bx, by = math.cos(phi2) * math.cos(dlam), math.cos(phi2) * math.sin(dlam)
    phi = math.atan2(math.sin(phi1) + math.sin(phi2), math.hypot(math.cos(phi1) + bx, by))
    lam = lam1 + math.atan2(by, math.cos(phi1) + bx)
    lat = max(-90.0, min(90.0, math.degrees(phi)))
    return GeoPoint(lat, (math.degrees(lam) + 540.0) % 360.0 - 180.0)


def _relative_text(
    relation: Relation, anchor: str, distance: float | None, bearing: float | None, second: str = "Tripoli"
) -> str:
    km = f"{distance:g} km" if distance is not None else ""
    direction = _compass_name(bearing) if bearing is not None else ""
    if relation is Relation.OFFSET:
        return f"{km} {direction} of {anchor}"
    if relation is Relation.RING:
        return f"{km} from {anchor}"
    if relation is Relation.WITHIN:
        return f"within {km} of {anchor}"
    if relation is Relation.DIRECTION:
        return f"{direction} of {anchor}"
    if relation is Relation.BETWEEN:
        return f"between {anchor} and {second}"
    return f"near {anchor}"


@st.composite
def _relative_locations(
    draw: st.DrawFn,
    anchor: Location | None = None,
    start: int | None = None,
    second_anchor: Location | None = None,
) -> RelativeLocation:
    if anchor is None:
        anchor = draw(locations())
    relation = draw(st.sampled_from(Relation))
    second: Location | None = None
    if relation is Relation.BETWEEN:
        second = second_anchor if second_anchor is not None else draw(locations())
    distance: float | None = None
    bearing: float | None = None
    if relation in (Relation.OFFSET, Relation.RING, Relation.WITHIN):
        distance = float(draw(st.integers(min_value=0, max_value=1_000)))
    if relation in (Relation.OFFSET, Relation.DIRECTION):
        bearing = draw(
            st.one_of(
                st.sampled_from([b for _, b in _COMPASS]),
                st.floats(min_value=0.0, max_value=360.0, exclude_max=True, allow_nan=False),
            )
        )
    point = None
    if (
        relation is Relation.OFFSET
        and anchor.point is not None
        and distance is not None
        and bearing is not None
    ):
        point = _destination(anchor.point, distance, bearing)
    elif relation is Relation.NEAR:
        point = anchor.point
    elif second is not None and anchor.point is not None and second.point is not None:
        point = _midpoint(anchor.point, second.point)
    text = _relative_text(relation, anchor.name, distance, bearing, second.name if second else "")
    if start is None:
        span = draw(_optional(_offsets().map(lambda s: Span(s, s + len(text)))))
    else:
        span = Span(start, start + len(text))
    return RelativeLocation(
        text=text,
        anchor=anchor,
        relation=relation,
        distance_km=distance,
        bearing_deg=bearing,
        point=point,
        uncertainty_km=draw(_optional(st.floats(min_value=0.0, max_value=200.0, allow_nan=False))),
        span=span,
        second_anchor=second,
    )


def relative_locations() -> st.SearchStrategy[RelativeLocation]:
    """:class:`RelativeLocation` values ("80 km south of Tripoli") for every :class:`Relation`.

    Offsets from an anchor with a point carry the great-circle destination point, a
    ``near`` the anchor's point; a ``between`` has two anchors ("between Sirte and
    Misrata") and, when both have points, their great-circle midpoint. Bearings lie
    in ``[0, 360)``.
    """
    return _relative_locations()


# --------------------------------------------------------------------------- dates


def _dates(max_value: _dt.date = _MAX_DATE) -> st.SearchStrategy[_dt.date]:
    """Dates from 2011 on, shrinking towards 1 January 2011."""
    days = (max_value - _MIN_DATE).days
    return st.integers(min_value=0, max_value=days).map(lambda n: _MIN_DATE + _dt.timedelta(days=n))


def _bare_event_dates(granularity: Granularity) -> st.SearchStrategy[EventDate]:
    if granularity is Granularity.DAY:
        return _dates().map(EventDate.from_day)
    if granularity is Granularity.WEEK:
        return _dates().map(EventDate.from_week)
    if granularity is Granularity.MONTH:
        return st.builds(
            EventDate.from_month,
            st.integers(min_value=_MIN_DATE.year, max_value=_MAX_DATE.year),
            st.integers(min_value=1, max_value=12),
        )
    if granularity is Granularity.YEAR:
        return st.integers(min_value=_MIN_DATE.year, max_value=_MAX_DATE.year).map(EventDate.from_year)
    return st.builds(
        lambda start, days: EventDate.from_range(start, start + _dt.timedelta(days=days)),
        _dates(max_value=_MAX_DATE - _dt.timedelta(days=366)),
        st.integers(min_value=0, max_value=366),
    )


@st.composite
def _with_text_and_span(draw: st.DrawFn, bare: EventDate) -> EventDate:
    if not draw(st.booleans()):
        return bare
    text = _date_text(bare)
    span = draw(_optional(_offsets().map(lambda s: Span(s, s + len(text)))))
    return EventDate(bare.start, bare.end, bare.granularity, text, span)


def event_dates(granularity: Granularity | str | None = None) -> st.SearchStrategy[EventDate]:
    """:class:`EventDate` values between 2011 and 2030: days, weeks, months, years and ranges.

    Pass ``granularity`` to get only one kind. Some carry the phrase that names
    them ("4 April 2019", "the week of 1 April 2019") and its span.
    """
    kinds = list(Granularity) if granularity is None else [Granularity(granularity)]
    bare = st.one_of([_bare_event_dates(g) for g in kinds])
    return bare.flatmap(_with_text_and_span)


# --------------------------------------------------------------------------- records


@st.composite
def _actors(draw: st.DrawFn) -> Actor:
    known = draw(st.sampled_from(_ACTORS))
    name = draw(st.one_of(st.just(known.name), _names([a.name for a in _ACTORS])))
    # Draw every choice for every actor, so examples shrink towards the first known actor.
    with_title, with_affiliation, with_aliases = draw(st.tuples(st.booleans(), st.booleans(), st.booleans()))
    surfaces = (name, *known.aliases)
    return Actor(
        name=name,
        kind=draw(st.one_of(st.just(known.kind), st.sampled_from(ActorKind))),
        title=known.title if with_title else None,
        affiliation=known.affiliation if with_affiliation else None,
        aliases=known.aliases if with_aliases else (),
        mentions=draw(st.lists(st.sampled_from(surfaces).flatmap(_mention_of), max_size=3)),
        kb_id=draw(_optional(st.just("actor:" + re.sub(r"\W+", "_", known.name.lower())))),
    )


def actors() -> st.SearchStrategy[Actor]:
    """:class:`Actor` values: people, armed groups, governments and others of the Libyan conflict."""
    return _actors()


@st.composite
def _movements(draw: st.DrawFn) -> Movement:
    kind = draw(st.sampled_from(MovementKind))
    trigger = draw(st.sampled_from(_TRIGGERS[kind]).flatmap(_mention_of))
    before = draw(st.integers(min_value=0, max_value=trigger.span.start))
    after = draw(st.integers(min_value=0, max_value=200))
    span = Span(trigger.span.start - before, trigger.span.end + after)
    actor = draw(_optional(st.sampled_from([a.name for a in _ACTORS])))
    actor_mention = draw(_optional(_mention_of(actor))) if actor is not None else None
    return Movement(
        kind=kind,
        trigger=trigger,
        span=span,
        actor=actor,
        actor_mention=actor_mention,
        origin=draw(_optional(locations())),
        destination=draw(_optional(locations())),
        date=draw(_optional(event_dates())),
        modality=draw(st.sampled_from(Modality)),
    )


def movements() -> st.SearchStrategy[Movement]:
    """:class:`Movement` values whose span contains the trigger's span."""
    return _movements()


@st.composite
def _statements(draw: st.DrawFn) -> Statement:
    text = " ".join(draw(st.lists(st.sampled_from(_QUOTE_WORDS), min_size=1, max_size=12)))
    start = draw(_offsets())
    speaker = draw(_optional(st.sampled_from([a.name for a in _ACTORS])))
    speaker_mention = draw(_optional(_mention_of(speaker))) if speaker is not None else None
    return Statement(
        text=text,
        span=Span(start, start + len(text)),
        direct=draw(st.booleans()),
        speaker=speaker,
        speaker_mention=speaker_mention,
        channel=draw(_optional(st.sampled_from(_CHANNELS))),
        date=draw(_optional(event_dates())),
    )


def statements() -> st.SearchStrategy[Statement]:
    """:class:`Statement` values: direct quotations and reported speech."""
    return _statements()


# --------------------------------------------------------------------------- articles


_WARNINGS = (
    "no published date: who held an office is not guessed, so 'the U.N. envoy' names no actor",
    "not valid UTF-8 (invalid start byte at byte 12): decoded as cp1252",
)


class _Draft:
    """An article text under construction, with the records that point into it."""

    def __init__(self) -> None:
        self.text = ""
        self.actor_mentions: dict[str, list[Mention]] = {}
        self.place_mentions: dict[str, list[Mention]] = {}
        self.relative_locations: list[RelativeLocation] = []
        self.movements: list[Movement] = []
        self.statements: list[Statement] = []
        self.dates: list[EventDate] = []

    def add(self, words: str) -> Span:
        """Append ``words`` (after a space unless the text is empty) and return their span."""
        if self.text:
            self.text += " "
        start = len(self.text)
        self.text += words
        return Span(start, len(self.text))

    def mention(self, words: str) -> Mention:
        return Mention(words, self.add(words))


def _place(name: str) -> _Place:
    return next(p for p in _PLACES if p.name == name)


def _location(place: _Place, mentions: Sequence[Mention] = ()) -> Location:
    return Location(
        name=place.name,
        kind=place.kind,
        point=GeoPoint(place.lat, place.lon),
        country_code=place.country_code,
        mentions=mentions,
    )


@st.composite
def _add_clause(draw: st.DrawFn, doc: _Draft) -> None:
    clause = draw(st.sampled_from(("filler", "place", "actor", "movement", "statement", "relative", "date")))
    if clause == "filler":
        doc.add(" ".join(draw(st.lists(st.sampled_from(_FILLER), min_size=1, max_size=6))) + ".")
    elif clause == "place":
        place = draw(st.sampled_from(_PLACES))
        doc.add("in")
        doc.place_mentions.setdefault(place.name, []).append(doc.mention(place.name))
    elif clause == "actor":
        actor = draw(st.sampled_from(_ACTORS))
        doc.actor_mentions.setdefault(actor.name, []).append(doc.mention(actor.name))
    elif clause == "movement":
        actor = draw(st.sampled_from(_ACTORS))
        kind = draw(st.sampled_from(MovementKind))
        place = draw(st.sampled_from(_PLACES))
        actor_mention = doc.mention(actor.name)
        trigger = doc.mention(draw(st.sampled_from(_TRIGGERS[kind])))
        place_mention = doc.mention(place.name)
        doc.text += "."
        doc.actor_mentions.setdefault(actor.name, []).append(actor_mention)
        doc.place_mentions.setdefault(place.name, []).append(place_mention)
        where = _location(place, [place_mention])
        doc.movements.append(
            Movement(
                kind=kind,
                trigger=trigger,
                span=Span(actor_mention.span.start, place_mention.span.end),
                actor=actor.name,
                actor_mention=actor_mention,
                origin=where if kind is MovementKind.WITHDRAW else None,
                destination=None if kind is MovementKind.WITHDRAW else where,
                modality=draw(st.sampled_from(Modality)),
            )
        )
    elif clause == "statement":
        actor = draw(st.sampled_from(_ACTORS))
        speaker = doc.mention(actor.name)
        doc.actor_mentions.setdefault(actor.name, []).append(speaker)
        doc.add('said "')
        words = " ".join(draw(st.lists(st.sampled_from(_QUOTE_WORDS), min_size=1, max_size=12)))
        doc.text += words  # right after the opening quote mark, no space
        quote = Span(len(doc.text) - len(words), len(doc.text))
        doc.text += '".'
        doc.statements.append(
            Statement(text=words, span=quote, direct=True, speaker=actor.name, speaker_mention=speaker)
        )
    elif clause == "relative":
        place = draw(st.sampled_from(_PLACES))
        other = draw(st.sampled_from([p for p in _PLACES if p.name != place.name]))
        start = len(doc.text) + (1 if doc.text else 0)
        # The anchor's name ends the phrase for every relation but BETWEEN ("between X and Y").
        relative = draw(
            _relative_locations(anchor=_location(place), start=start, second_anchor=_location(other))
        )
        doc.add(relative.text)
        offset = start + relative.text.index(place.name)
        anchor_mention = Mention(place.name, Span(offset, offset + len(place.name)))
        doc.place_mentions.setdefault(place.name, []).append(anchor_mention)
        anchor = _location(place, [anchor_mention])
        second: Location | None = None
        if relative.second_anchor is not None:
            second_at = start + relative.text.rindex(other.name)
            second_mention = Mention(other.name, Span(second_at, second_at + len(other.name)))
            doc.place_mentions.setdefault(other.name, []).append(second_mention)
            second = _location(other, [second_mention])
        doc.relative_locations.append(
            RelativeLocation(
                text=relative.text,
                anchor=anchor,
                relation=relative.relation,
                distance_km=relative.distance_km,
                bearing_deg=relative.bearing_deg,
                point=relative.point,
                uncertainty_km=relative.uncertainty_km,
                span=relative.span,
                second_anchor=second,
            )
        )
    else:
        bare = draw(st.sampled_from(Granularity).flatmap(_bare_event_dates))
        preposition = {Granularity.DAY: "on", Granularity.WEEK: "during", Granularity.RANGE: "fighting"}
        doc.add(preposition.get(bare.granularity, "in"))
        text = _date_text(bare)
        doc.dates.append(EventDate(bare.start, bare.end, bare.granularity, text, doc.add(text)))


@st.composite
def _articles(draw: st.DrawFn, max_clauses: int) -> Article:
    doc = _Draft()
    for _ in range(draw(st.integers(min_value=0, max_value=max_clauses))):
        draw(_add_clause(doc))
    by_name = {a.name: a for a in _ACTORS}
    actors_ = [
        Actor(
            name=name,
            kind=by_name[name].kind,
            title=by_name[name].title,
            affiliation=by_name[name].affiliation,
            aliases=by_name[name].aliases,
            mentions=found,
        )
        for name, found in doc.actor_mentions.items()
    ]
    locations_ = [_location(_place(name), found) for name, found in doc.place_mentions.items()]
    unresolved = draw(st.lists(_mentions_in(doc.text), max_size=3)) if doc.text.strip() else []
    return Article(
        text=doc.text,
        published=draw(_optional(_dates())),
        actors=actors_,
        locations=locations_,
        relative_locations=doc.relative_locations,
        movements=doc.movements,
        statements=doc.statements,
        dates=doc.dates,
        unresolved=unresolved,
        id=draw(_optional(st.integers(min_value=1, max_value=10**6).map(lambda n: f"article-{n}"))),
        warnings=draw(st.lists(st.sampled_from(_WARNINGS), max_size=2, unique=True)),
    )


def articles(*, max_clauses: int = 8) -> st.SearchStrategy[Article]:
    """:class:`Article` values whose every mention and span really points into the text.

    The text is built from up to ``max_clauses`` clauses ("Khalifa Haftar advanced on
    Tripoli.", "80 km south of Sirte", 'Aguila Saleh said "peace must return"',
    "on 4 April 2019", filler words); the records are the actors, places, relative
    locations, movements, statements and dates those clauses name, plus a few
    unresolved word mentions. Shrinks towards the empty article.
    """
    return _articles(max_clauses)
