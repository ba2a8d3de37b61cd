"""The typed domain model: frozen, slotted attrs value types with validators.

Every record the parser extracts carries its evidence as :class:`Span` objects,
half-open character offsets into the article text (``text[span.start:span.end]``).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import math
import re
from collections.abc import Iterable
from enum import Enum, StrEnum
from typing import Any, TypeVar

import attrs
from attrs import field, frozen

from libya_events._errors import InputTypeError, SpanError, ValidationError

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "EventDate",
    "GeoPoint",
    "Granularity",
    "Location",
    "LocationKind",
    "Mention",
    "Modality",
    "Movement",
    "MovementKind",
    "Relation",
    "RelativeLocation",
    "Span",
    "Statement",
]


# --------------------------------------------------------------------------- enums


class ActorKind(StrEnum):
    """What sort of actor a record names (the gold schema's ``actors[].kind``)."""

    PERSON = "person"
    ARMED_GROUP = "armed_group"
    GOVERNMENT = "government"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    COLLECTIVE = "collective"


class LocationKind(StrEnum):
    """``city`` (towns, villages, districts), ``region``, ``country`` or ``site``."""

    CITY = "city"
    REGION = "region"
    COUNTRY = "country"
    SITE = "site"


class MovementKind(StrEnum):
    """A change of position or control."""

    TRAVEL = "travel"
    DEPLOY = "deploy"
    ADVANCE = "advance"
    WITHDRAW = "withdraw"
    CAPTURE = "capture"


class Modality(StrEnum):
    """Whether the text reports a movement as done, planned, attempted or denied."""

    REPORTED = "reported"
    PLANNED = "planned"
    ATTEMPTED = "attempted"
    DENIED = "denied"


class Granularity(StrEnum):
    """How precisely a date is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


class Relation(StrEnum):
    """How a relative location relates to its anchor."""

    OFFSET = "offset"  # "80 km south of X": distance and bearing, a point
    RING = "ring"  # "650 km from X": distance, no bearing
    WITHIN = "within"  # "within 100 km of X", "less than 3 km from X": a circle
    NEAR = "near"  # "near X", "on the outskirts of X"
    DIRECTION = "direction"  # "south of X": a bearing, no distance
    BETWEEN = "between"  # "between X and Y"


# --------------------------------------------------------------------------- validators


def _non_empty(inst: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if type(value) is str and value and not value.isspace():
        return  # the common case, decided without building a stripped copy
    if not isinstance(value, str):
        raise InputTypeError(f"'{attribute.name}' must be str (got {type(value).__name__})")
    if not value or not value.strip():
        raise ValidationError(f"'{attribute.name}' must be a non-empty string (got {value!r})")


def _optional_non_empty(inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _non_empty(inst, attribute, value)


def _finite(name: str, value: float) -> None:
    if not math.isfinite(value):
        raise ValidationError(f"'{name}' must be finite (got {value!r})")


def _number(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputTypeError(f"'{name}' must be a number (got {type(value).__name__})")


def _range(lo: float, hi: float) -> Any:
    def check(inst: object, attribute: attrs.Attribute[Any], value: float) -> None:
        if type(value) is float and lo <= value <= hi:
            return  # finite and in range (NaN fails the comparison and is refused below)
        _number(attribute.name, value)
        _finite(attribute.name, value)
        if value < lo:
            raise ValidationError(f"'{attribute.name}' must be >= {lo} (got {value!r})")
        if value > hi:
            raise ValidationError(f"'{attribute.name}' must be <= {hi} (got {value!r})")

    return check


_BEARING_RANGE = _range(0.0, 360.0)


def _optional_non_negative(inst: object, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is None or (type(value) is float and 0.0 <= value < math.inf):
        return
    _number(attribute.name, value)
    _finite(attribute.name, value)
    if value < 0:
        raise ValidationError(f"'{attribute.name}' must be >= 0 (got {value!r})")


def _to_float(value: Any) -> Any:
    """Lossless normalisation: ints become floats, anything else is left to the validator."""
    if type(value) is float:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            return math.inf
    return value


def _to_optional_float(value: Any) -> Any:
    return value if value is None or type(value) is float else _to_float(value)


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if type(value) is tuple:
        return value
    if isinstance(value, (str, bytes)):
        raise InputTypeError(
            f"expected a sequence of values, not a single {type(value).__name__} ({value!r:.40})"
        )
    return tuple(value)


_E = TypeVar("_E", bound=Enum)


def _enum(cls: type[_E], value: Any) -> _E:
    """``cls(value)``, or a :class:`ValidationError` naming the choices."""
    if type(value) is cls:
        return value
    if type(value) is str:
        member = _MEMBERS_BY_VALUE.get((cls, value))
        if member is not None:
            return member  # type: ignore[return-value]
    try:
        return cls(value)
    except ValueError:
        choices = ", ".join(str(m.value) for m in cls)
        raise ValidationError(f"{cls.__name__} must be one of {choices} (got {value!r})") from None


def _optional_str(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InputTypeError(f"'{attribute.name}' must be str or None (got {type(value).__name__})")


def _instance_of(*types: type) -> Any:
    exact = frozenset(types)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) in exact:
            return  # an exact type named (bool passes only when named)
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            names = " or ".join(t.__name__ for t in types)
            raise InputTypeError(f"'{attribute.name}' must be {names} (got {value!r:.60})")

    return check


def _each_non_empty(inst: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    for item in value:
        _non_empty(inst, attribute, item)


def _optional_instance_of(*types: type) -> Any:
    check = _instance_of(*types)

    def optional(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            check(inst, attribute, value)

    return optional


#: Every member of the model's enums by (enum, value): ``cls(value)`` for a str, without the
#: enum machinery's call overhead.
_MEMBERS_BY_VALUE: dict[tuple[type[Enum], str], Enum] = {
    (cls, member.value): member
    for cls in (ActorKind, LocationKind, MovementKind, Modality, Granularity, Relation)
    for member in cls
}


def _location_kind(value: Any) -> LocationKind:
    return _enum(LocationKind, value)


def _relation(value: Any) -> Relation:
    return _enum(Relation, value)


def _granularity(value: Any) -> Granularity:
    return _enum(Granularity, value)


def _actor_kind(value: Any) -> ActorKind:
    return _enum(ActorKind, value)


def _movement_kind(value: Any) -> MovementKind:
    return _enum(MovementKind, value)


def _modality(value: Any) -> Modality:
    return _enum(Modality, value)


# --------------------------------------------------------------------------- spans

# A frozen instance filled in field by field, for the ``_unchecked`` constructors.
_NEW = object.__new__
_SET = object.__setattr__


@frozen
class Span:
    """Half-open character offsets ``[start, end)`` into a source text.

    >>> text = "LNA forces seized Gharyan on Thursday."
    >>> span = Span(18, 25)
    >>> span.slice(text), span.length
    ('Gharyan', 7)
    >>> Span(0, 10).contains(span), span.overlaps(Span(25, 30))
    (False, False)
    """

    start: int = field(validator=_instance_of(int))
    """Offset of the first character (0-based)."""
    end: int = field(validator=_instance_of(int))
    """Offset one past the last character; ``end >= start``."""

    def __attrs_post_init__(self) -> None:
        if self.start < 0:
            raise SpanError(f"'start' must be >= 0 (got {self.start})")
        if self.end < self.start:
            raise SpanError(f"'end' must be >= start {self.start} (got {self.end})")

    @classmethod
    def _unchecked(cls, start: int, end: int) -> Span:
        """Internal: ``Span(start, end)`` without re-running the checks, for offsets that
        code already checked produced (two ints, ``0 <= start <= end``: a regex match's, a
        hit's). Users construct spans the validated way; a test proves both build equal spans."""
        span = _NEW(cls)
        _SET(span, "start", start)
        _SET(span, "end", end)
        return span

    @classmethod
    def from_match(cls, match: re.Match[str], group: int | str = 0) -> Span:
        """The span of a regular-expression match (or one of its groups)."""
        return cls(match.start(group), match.end(group))

    @property
    def length(self) -> int:
        """The number of characters covered."""
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The characters of ``text`` this span covers; :class:`SpanError` past its end."""
        if self.end > len(text):
            raise SpanError(f"span {self.start}:{self.end} runs past the text's end ({len(text)})")
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@frozen
class Mention:
    """A surface form and where it stands in the text.

    >>> m = Mention.from_text("Haftar's forces took Gharyan.", 21, 28)
    >>> m.text, m.span.start, m.span.end
    ('Gharyan', 21, 28)
    """

    text: str = field(validator=_non_empty)
    """The words as written in the article (not normalised)."""
    span: Span = field(validator=_instance_of(Span))
    """Where they stand: ``article.text[span.start:span.end] == text``."""

    def __attrs_post_init__(self) -> None:
        span = self.span
        if span.end - span.start != len(self.text):
            raise SpanError(
                f"'span' must be as long as 'text' ({len(self.text)}) (got {self.span.start}:{self.span.end})"
            )

    @classmethod
    def _unchecked(cls, source: str, start: int, end: int) -> Mention:
        """Internal: ``Mention.from_text(source, start, end)`` without re-running the checks, for
        offsets of words found in ``source`` (``0 <= start < end <= len(source)``, and the words
        are no blank text). Users construct mentions the validated way; a test proves both
        build equal mentions."""
        mention = _NEW(cls)
        _SET(mention, "text", source[start:end])
        _SET(mention, "span", Span._unchecked(start, end))
        return mention

    @classmethod
    def from_text(cls, source: str, start: int, end: int) -> Mention:
        """The mention of ``source[start:end]``."""
        span = Span(start, end)
        return cls(span.slice(source), span)


# --------------------------------------------------------------------------- geography


@frozen
class GeoPoint:
    """A WGS84 point in decimal degrees.

    >>> GeoPoint(32.88743, 13.18733).as_tuple()
    (32.88743, 13.18733)
    >>> GeoPoint(91, 0)
    Traceback (most recent call last):
    ...
    libya_events._errors.ValidationError: 'lat' must be <= 90.0 (got 91.0)
    """

    lat: float = field(converter=_to_float, validator=_range(-90.0, 90.0))
    """Latitude, -90 to 90 (north positive)."""
    lon: float = field(converter=_to_float, validator=_range(-180.0, 180.0))
    """Longitude, -180 to 180 (east positive)."""

    @classmethod
    def from_tuple(cls, value: tuple[float, float]) -> GeoPoint:
        """From ``(lat, lon)``."""
        return cls(value[0], value[1])

    def as_tuple(self) -> tuple[float, float]:
        """``(lat, lon)``."""
        return (self.lat, self.lon)


_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


def _country_code(inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not isinstance(value, str):
        raise InputTypeError(f"'{attribute.name}' must be str (got {type(value).__name__})")
    if value is not None and not _COUNTRY_CODE.fullmatch(value):
        raise ValidationError(f"'{attribute.name}' must be two capital letters (got {value!r})")


@frozen
class Location:
    """A mappable place named in a text, resolved against a gazetteer where possible.

    >>> loc = Location("Gharyan", "city", GeoPoint(32.17222, 13.02028), country_code="LY")
    >>> loc.kind, loc.point.lat
    (<LocationKind.CITY: 'city'>, 32.17222)
    """

    name: str = field(validator=_non_empty)
    """A town's or region's spelling in the article where the gazetteer lists it ("Misurata",
    "Zlitan"), else the gazetteer's preferred name, or the words as written; ``gazetteer_id``
    names the entry."""
    kind: LocationKind = field(converter=_location_kind)
    """``city``, ``region``, ``country`` or ``site``."""
    point: GeoPoint | None = None
    """Where it is; None when no gazetteer knows the place."""
    uncertainty_km: float | None = field(
        default=None, converter=_to_optional_float, validator=_optional_non_negative
    )
    """The place's extent: the radius around ``point`` it covers, in km."""
    country_code: str | None = field(default=None, validator=_country_code)
    """ISO 3166-1 alpha-2 code, e.g. ``LY``."""
    gazetteer_id: str | None = field(default=None, validator=_optional_non_empty)
    """The id of the gazetteer entry (``geonames:2210247``, ``curated:...``, ``user:...``)."""
    mentions: tuple[Mention, ...] = field(default=(), converter=_tuple)
    """Every place in the text where it is named."""
    candidates: tuple[str, ...] = field(default=(), converter=_tuple)
    """Gazetteer ids of other places with the same name, best first, when the name is ambiguous."""
    note: str | None = None
    """Free text, e.g. how an ambiguous name was resolved."""

    @property
    def spans(self) -> tuple[Span, ...]:
        """The spans of all mentions, in order."""
        return tuple(m.span for m in self.mentions)


@frozen
class RelativeLocation:
    """A place given relative to another ("80 km south of Tripoli").

    ``point`` is the geodesic destination for an :attr:`Relation.OFFSET`, the
    anchor's point for ``near`` and the geodesic midpoint of the two anchors for
    ``between``; a circle (``within``), a ring or a bare direction has no point.
    ``uncertainty_km`` is the point-radius uncertainty (see :mod:`libya_events.geo`),
    None for a bare direction. A ``between`` phrase has two anchors: ``anchor`` (the
    first place named) and ``second_anchor``; every other relation has one.

    >>> tripoli = Location("Tripoli", "city", GeoPoint(32.88743, 13.18733))
    >>> rel = RelativeLocation("80km south of Tripoli", tripoli, "offset", 80, 180.0)
    >>> rel.relation, rel.distance_km, [a.name for a in rel.anchors]
    (<Relation.OFFSET: 'offset'>, 80.0, ['Tripoli'])
    >>> sirte = Location("Sirte", "city", GeoPoint(31.20892, 16.58866))
    >>> both = RelativeLocation("between Tripoli and Sirte", tripoli, "between", second_anchor=sirte)
    >>> [a.name for a in both.anchors]
    ['Tripoli', 'Sirte']
    >>> RelativeLocation("between Tripoli and Sirte", tripoli, "between")
    Traceback (most recent call last):
    ...
    libya_events._errors.ValidationError: a 'between' relative location needs 'second_anchor' (got None)
    """

    text: str = field(validator=_non_empty)
    """The whole phrase as written, qualifier included ("about 80km south of Tripoli")."""
    anchor: Location = field(validator=_instance_of(Location))
    """The place the phrase is relative to, with its point."""
    relation: Relation = field(converter=_relation)
    """``offset``, ``within``, ``ring``, ``near``, ``between`` or ``direction``."""
    distance_km: float | None = field(
        default=None, converter=_to_optional_float, validator=_optional_non_negative
    )
    """The stated distance in km (miles and nautical miles converted); None without one."""
    bearing_deg: float | None = field(default=None, converter=_to_optional_float)
    """The direction from the anchor in degrees clockwise from north (0 <= b < 360)."""
    point: GeoPoint | None = None
    """The resolved point (see the class description); None for circles, rings, directions."""
    uncertainty_km: float | None = field(
        default=None, converter=_to_optional_float, validator=_optional_non_negative
    )
    """Radius around ``point`` (or around the anchor, for a circle or ring) holding every place meant."""
    span: Span | None = None
    """Where the phrase stands in the article."""
    second_anchor: Location | None = field(default=None, validator=_optional_instance_of(Location))
    """The other place of a ``between`` phrase ("between Ajdabiya and Brega": Brega); None otherwise."""

    def __attrs_post_init__(self) -> None:
        between = self.relation is Relation.BETWEEN
        if between and self.second_anchor is None:
            raise ValidationError("a 'between' relative location needs 'second_anchor' (got None)")
        if not between and self.second_anchor is not None:
            raise ValidationError(
                f"only a 'between' relative location has 'second_anchor' (got relation {self.relation.value!r})"
            )

    @property
    def anchors(self) -> tuple[Location, ...]:
        """Every anchor in the order the text names them: one, or two for ``between``."""
        return (self.anchor,) if self.second_anchor is None else (self.anchor, self.second_anchor)

    @bearing_deg.validator
    def _check_bearing(self, attribute: attrs.Attribute[Any], value: float | None) -> None:
        if value is not None:
            _BEARING_RANGE(self, attribute, value)
            if value >= 360.0:
                raise ValidationError(f"'bearing_deg' must be < 360.0 (got {value!r})")


# --------------------------------------------------------------------------- dates


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


@frozen
class EventDate:
    """A date as precisely as the text gives it: a day, week, month, year or range.

    ``start`` and ``end`` are inclusive. :attr:`iso` is ``2019-04-04`` (day),
    ``2019-04`` (month), ``2019`` (year), ``2019-04-01/P1W`` (a week, as an ISO 8601
    start and duration) or ``2019-04-01/2019-04-09`` (a range).

    >>> import datetime
    >>> EventDate.from_week(datetime.date(2019, 4, 4)).iso
    '2019-04-01/P1W'
    >>> EventDate.from_iso("2019-04").end
    datetime.date(2019, 4, 30)
    """

    start: _dt.date = field(validator=_instance_of(_dt.date))
    """The first day the date can mean."""
    end: _dt.date = field(validator=_instance_of(_dt.date))
    """The last day the date can mean (inclusive)."""
    granularity: Granularity = field(converter=_granularity)
    """``day``, ``week``, ``month``, ``year`` or ``range``."""
    text: str | None = field(default=None, validator=_optional_non_empty)
    """The time expression as written ("late on Monday"), when it came from a text."""
    span: Span | None = None
    """Where the expression stands in the article."""

    def __attrs_post_init__(self) -> None:
        if type(self.start) is not _dt.date or type(self.end) is not _dt.date:
            for name, value in (("start", self.start), ("end", self.end)):
                if isinstance(value, _dt.datetime):
                    raise InputTypeError(f"'{name}' must be a date, not a datetime (got {value!r})")
        if self.end < self.start:
            raise ValidationError(f"'end' must be >= start {self.start} (got {self.end})")
        g, s, e = self.granularity, self.start, self.end
        if g is Granularity.DAY and e != s:
            raise ValidationError(f"'end' must equal 'start' for a day (got {s}/{e})")
        if g is Granularity.MONTH and (s.day != 1 or e != _month_end(s.year, s.month)):
            raise ValidationError(f"a month must run from its first to its last day (got {s}/{e})")
        if g is Granularity.YEAR and (s != _dt.date(s.year, 1, 1) or e != _dt.date(s.year, 12, 31)):
            raise ValidationError(f"a year must run from 1 January to 31 December (got {s}/{e})")
        if g is Granularity.WEEK and ((e - s).days != 6 or s.weekday() != 0):
            raise ValidationError(f"a week must run from a Monday to a Sunday (got {s}/{e})")

    @classmethod
    def from_day(cls, day: _dt.date, *, text: str | None = None, span: Span | None = None) -> EventDate:
        """One day."""
        return cls(day, day, Granularity.DAY, text, span)

    @classmethod
    def from_week(cls, day: _dt.date, *, text: str | None = None, span: Span | None = None) -> EventDate:
        """The Monday-to-Sunday week that contains ``day``."""
        monday = day - _dt.timedelta(days=day.weekday())
        return cls(monday, monday + _dt.timedelta(days=6), Granularity.WEEK, text, span)

    @classmethod
    def from_month(
        cls, year: int, month: int, *, text: str | None = None, span: Span | None = None
    ) -> EventDate:
        """A calendar month, first to last day."""
        return cls(_dt.date(year, month, 1), _month_end(year, month), Granularity.MONTH, text, span)

    @classmethod
    def from_year(cls, year: int, *, text: str | None = None, span: Span | None = None) -> EventDate:
        """A calendar year, 1 January to 31 December."""
        return cls(_dt.date(year, 1, 1), _dt.date(year, 12, 31), Granularity.YEAR, text, span)

    @classmethod
    def from_range(
        cls, start: _dt.date, end: _dt.date, *, text: str | None = None, span: Span | None = None
    ) -> EventDate:
        """Any span of days from ``start`` to ``end`` (inclusive)."""
        return cls(start, end, Granularity.RANGE, text, span)

    @classmethod
    def from_iso(cls, value: str) -> EventDate:
        """Parse :attr:`iso` back: ``2019``, ``2019-04``, ``2019-04-04`` or ``A/B``."""
        if not isinstance(value, str):
            raise InputTypeError(f"'date' must be an ISO string (got {type(value).__name__})")
        if not value.isascii():
            raise ValidationError(f"'date' must be an ISO date, month, year or range (got {value!r})")
        try:
            if "/" in value:
                a, b = value.split("/", 1)
                start = _dt.date.fromisoformat(a)
                if b == "P1W":
                    return cls(start, start + _dt.timedelta(days=6), Granularity.WEEK)
                return cls(start, _dt.date.fromisoformat(b), Granularity.RANGE)
            if re.fullmatch(r"\d{4}", value):
                return cls.from_year(int(value))
            if re.fullmatch(r"\d{4}-\d{2}", value):
                return cls.from_month(int(value[:4]), int(value[5:]))
            return cls.from_day(_dt.date.fromisoformat(value))
        except ValueError as exc:
            raise ValidationError(
                f"'date' must be an ISO date, month, year or range (got {value!r})"
            ) from exc

    @property
    def iso(self) -> str:
        """ISO 8601: ``2019-04-04``, ``2019-04``, ``2019``, ``2019-04-01/P1W`` or ``A/B``."""
        g = self.granularity
        if g is Granularity.DAY:
            return self.start.isoformat()
        if g is Granularity.MONTH:
            return self.start.isoformat()[:7]
        if g is Granularity.YEAR:
            return self.start.isoformat()[:4]
        if g is Granularity.WEEK:
            return f"{self.start.isoformat()}/P1W"
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


# --------------------------------------------------------------------------- records


@frozen
class Actor:
    """A person, armed group, government, organisation, country or collective.

    >>> Actor("Khalifa Haftar", "person", title="commander", kb_id="khalifa-haftar").kind
    <ActorKind.PERSON: 'person'>
    """

    name: str = field(validator=_non_empty)
    """The canonical name (the knowledge base's, else the fullest form in the text)."""
    kind: ActorKind = field(converter=_actor_kind)
    """``person``, ``armed_group``, ``government``, ``organization``, ``country`` or ``collective``."""
    title: str | None = field(default=None, validator=_optional_non_empty)
    """A person's title or role ("spokesman", "Prime Minister")."""
    affiliation: str | None = field(default=None, validator=_optional_non_empty)
    """The group or government a person or unit belongs to."""
    aliases: tuple[str, ...] = field(default=(), converter=_tuple)
    """Other names the knowledge base knows for the actor."""
    mentions: tuple[Mention, ...] = field(default=(), converter=_tuple)
    """Every place in the text where the actor is named."""
    kb_id: str | None = field(default=None, validator=_optional_non_empty)
    """The knowledge-base id (``khalifa-haftar``); None for actors introduced only by the text."""

    @property
    def spans(self) -> tuple[Span, ...]:
        """The spans of all mentions, in order."""
        return tuple(m.span for m in self.mentions)


@frozen
class Movement:
    """An actor's change of position or control, with the words that say so."""

    kind: MovementKind = field(converter=_movement_kind)
    """``travel``, ``deploy``, ``advance``, ``withdraw`` or ``capture``."""
    trigger: Mention = field(validator=_instance_of(Mention))
    """The words that say it ("seized", "withdrew from", "flew to")."""
    span: Span = field(validator=_instance_of(Span))
    """The clause or sentence that reports it; contains the trigger."""
    actor: str | None = field(default=None, validator=_optional_non_empty)
    """The name of the actor that moved (an :class:`Actor`'s ``name``), if found."""
    actor_mention: Mention | None = None
    """The words that name the actor in this clause."""
    origin: Location | None = None
    """Where from, when the text says."""
    destination: Location | None = None
    """Where to (or what was captured), when the text says."""
    date: EventDate | None = None
    """When, as precisely as the text gives it."""
    modality: Modality = field(default=Modality.REPORTED, converter=_modality)
    """``reported`` (done), ``planned``, ``attempted`` or ``denied``."""

    def __attrs_post_init__(self) -> None:
        if not self.span.contains(self.trigger.span):
            raise SpanError(f"'trigger' must lie inside the movement's span (got {self.trigger.span})")


@frozen
class Statement:
    """What an actor said: a direct quotation or reported speech."""

    text: str = field(validator=_non_empty)
    """The quoted words (without the quotation marks) or the reported content."""
    span: Span = field(validator=_instance_of(Span))
    """Where ``text`` stands in the article."""
    direct: bool = field(validator=_instance_of(bool))
    """True for a quotation, False for reported speech."""
    speaker: str | None = field(default=None, validator=_optional_non_empty)
    """The name of the actor who said it, if found."""
    speaker_mention: Mention | None = None
    """The words that name the speaker."""
    channel: str | None = field(default=None, validator=_optional_non_empty)
    """How it was said: "statement", "Facebook", "news conference", "interview", ..."""
    date: EventDate | None = None
    """When it was said, as precisely as the text gives it."""


def _mentions_of(article: Article) -> Iterable[Mention]:
    # a place shared by many movements is checked once (by identity: hashing a Location
    # hashes all its mentions), so checking stays linear in the article's records
    seen: set[int] = set()
    for actor in article.actors:
        yield from actor.mentions
    for location in article.locations:
        seen.add(id(location))
        yield from location.mentions
    for movement in article.movements:
        yield movement.trigger
        if movement.actor_mention is not None:
            yield movement.actor_mention
        for place in (movement.origin, movement.destination):
            if place is not None and id(place) not in seen:
                seen.add(id(place))
                yield from place.mentions
    for relative in article.relative_locations:
        for anchor in relative.anchors:
            if id(anchor) not in seen:
                seen.add(id(anchor))
                yield from anchor.mentions
    for statement in article.statements:
        if statement.speaker_mention is not None:
            yield statement.speaker_mention
    yield from article.unresolved


def _spans_of(article: Article) -> Iterable[Span]:
    for relative in article.relative_locations:
        if relative.span is not None:
            yield relative.span
    for movement in article.movements:
        yield movement.span
        if movement.date is not None and movement.date.span is not None:
            yield movement.date.span
    for statement in article.statements:
        yield statement.span
        if statement.date is not None and statement.date.span is not None:
            yield statement.date.span
    for date in article.dates:
        if date.span is not None:
            yield date.span


@frozen
class Article:
    """A parsed article: its text and every record extracted from it.

    Every mention's span slices ``text`` to the mention's own words, and every
    other span lies inside ``text``; a value that breaks this is refused with
    :class:`~libya_events.SpanError`.

    >>> article = Article("LNA forces seized Gharyan.", locations=[
    ...     Location("Gharyan", "city", mentions=[Mention("Gharyan", Span(18, 25))])])
    >>> article.locations[0].mentions[0].span.slice(article.text)
    'Gharyan'
    >>> Article("short", locations=[Location("Gharyan", "city", mentions=[Mention("Gharyan", Span(18, 25))])])
    Traceback (most recent call last):
    ...
    libya_events._errors.SpanError: span 18:25 runs past the text's end (5)
    """

    text: str = field(validator=_instance_of(str))
    """The article exactly as given; every span points into it."""
    published: _dt.date | None = None
    """The publication date relative dates were resolved against."""
    actors: tuple[Actor, ...] = field(default=(), converter=_tuple)
    """Every actor, merged across mentions."""
    locations: tuple[Location, ...] = field(default=(), converter=_tuple)
    """Every named place, with its gazetteer point."""
    relative_locations: tuple[RelativeLocation, ...] = field(default=(), converter=_tuple)
    """Phrases such as "80km south of Tripoli", resolved (the gold kinds: offset, within, ring)."""
    movements: tuple[Movement, ...] = field(default=(), converter=_tuple)
    """Changes of position or control, in text order."""
    statements: tuple[Statement, ...] = field(default=(), converter=_tuple)
    """Quotations and reported speech, in text order."""
    dates: tuple[EventDate, ...] = field(default=(), converter=_tuple)
    """Every time expression found, normalised."""
    unresolved: tuple[Mention, ...] = field(default=(), converter=_tuple)
    """Names in a place slot that no gazetteer knows (not guessed)."""
    id: str | None = field(default=None, validator=_optional_str)
    """The caller's identifier for the article, if given."""
    warnings: tuple[str, ...] = field(default=(), converter=_tuple, validator=_each_non_empty)
    """What the parser could not do and why, e.g. office-holders ("the U.N. envoy") left
    unresolved because the article has no published date."""

    def __attrs_post_init__(self) -> None:
        text = self.text
        n = len(text)
        for mention in _mentions_of(self):
            span = mention.span
            if span.end > n:
                raise SpanError(f"span {span.start}:{span.end} runs past the text's end ({n})")
            if text[span.start : span.end] != mention.text:
                raise SpanError(
                    f"mention {mention.text!r} does not match the text at "
                    f"{mention.span.start}:{mention.span.end}"
                )
        for span in _spans_of(self):
            if span.end > n:
                raise SpanError(f"span {span.start}:{span.end} runs past the text's end ({n})")
