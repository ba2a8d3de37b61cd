"""JSON for every model type: one cattrs converter, plain data out and equal values back.

The article JSON is what ``libya-events parse --format json`` prints. Its lists use
the field names of the gold schema (``actors``, ``locations``, ``relative_locations``,
``movements``, ``statements``); a movement's or statement's ``date`` is its ISO
string (``2019-04-04``, ``2019-04``, ``2019``, ``2019-04-01/P1W`` for a week) and
``date_detail`` keeps the whole :class:`~libya_events.EventDate` (granularity,
words and span), so that ``from_json(to_json(article)) == article``.

A place that a movement (``origin``, ``destination``) or a relative location (``anchor``,
``second_anchor``) shares with the article's ``locations`` is written there once, with its
mentions and candidates; the record carries the place without those two lists and with
``"location"``, the place's index in ``locations``. Written out in full in every record,
a long text's output would grow with the square of its length (every movement into
Tripoli repeating every mention of Tripoli). A place given in full is still read.

The JSON text always encodes as UTF-8: a lone surrogate in a value (text decoded with
``surrogateescape``, say) is written as its JSON escape (``\\ud800``), which reads back
as the same character. The one exception is JSON's own: a lone high surrogate directly
followed by a lone low one is written as two escapes, and JSON reads such a pair back as
the one character it encodes.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from libya_events._errors import ExportError, InputTypeError, LibyaEventsError
from libya_events.export._common import escape_surrogates
from libya_events.model import Article, EventDate, Location, Movement, RelativeLocation, Statement

__all__ = ["article_from_json", "article_to_json", "converter", "structure", "unstructure"]

T = TypeVar("T")

converter = cattrs.Converter(forbid_extra_keys=False)
"""The converter behind every JSON reader and writer of the package."""

converter.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
converter.register_structure_hook(_dt.date, lambda v, _: _dt.date.fromisoformat(v))


def _exactly(kind: type[Any], *also: type[Any]) -> Any:
    """A structure hook that takes a JSON value of ``kind`` (or ``also``) as it is and refuses
    anything else: a number is no text ({"text": 1e400} is not the article "inf"), a string
    or a boolean no number, a number no boolean."""

    def hook(value: object, _: object) -> Any:
        if isinstance(value, bool) != (kind is bool) or not isinstance(value, (kind, *also)):
            raise TypeError(f"expected {kind.__name__} (got {type(value).__name__})")
        return value

    return hook


converter.register_structure_hook(str, _exactly(str))
converter.register_structure_hook(int, _exactly(int))
converter.register_structure_hook(float, _exactly(float, int))
converter.register_structure_hook(bool, _exactly(bool))


def _flatten_date(value: Any, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (``value`` unstructured) with ``date`` as its ISO string and the whole
    date in ``date_detail``."""
    detail = data.pop("date")
    data["date"] = value.date.iso if value.date is not None else None
    data["date_detail"] = detail
    return data


def _dated(cls: type[Any]) -> None:
    """Flatten ``date`` to its ISO string and keep the details in ``date_detail``."""
    plain_out = make_dict_unstructure_fn(cls, converter)
    plain_in = make_dict_structure_fn(cls, converter)

    def unstructure_dated(value: Any) -> dict[str, Any]:
        return _flatten_date(value, plain_out(value))

    def structure_dated(data: dict[str, Any], _: Any) -> Any:
        data = dict(data)
        detail = data.pop("date_detail", None)
        iso = data.pop("date", None)
        if detail is not None:
            data["date"] = detail
        elif isinstance(iso, str):
            data["date"] = converter.unstructure(EventDate.from_iso(iso))
        return plain_in(data, cls)

    converter.register_unstructure_hook(cls, unstructure_dated)
    converter.register_structure_hook(cls, structure_dated)


_dated(Movement)
_dated(Statement)


# ------------------------------------------------------------ places shared with the article

_PLACE_SLOTS: dict[str, tuple[type[Any], tuple[str, ...]]] = {
    "relative_locations": (RelativeLocation, ("anchor", "second_anchor")),
    "movements": (Movement, ("origin", "destination")),
}
"""The article's lists whose records hold places, and the fields that hold them."""

_PLACE_LISTS = ("mentions", "candidates")
"""What a place shared with the article's ``locations`` leaves out where a record holds it."""


def _omitting(cls: type[Any], names: tuple[str, ...]) -> Any:
    """An unstructure function for ``cls`` that leaves the fields ``names`` out."""
    omit: dict[str, Any] = {name: override(omit=True) for name in names}
    return make_dict_unstructure_fn(cls, converter, **omit)


_place_summary = _omitting(Location, _PLACE_LISTS)


def _without_places(cls: type[Any], slots: tuple[str, ...]) -> Any:
    """Unstructure ``cls`` without ``slots``, its keys in the order of the full form."""
    bare = _omitting(cls, slots)
    names = [f.name for f in attrs.fields(cls)]
    order = [n for n in names if n != "date"] + (["date", "date_detail"] if "date" in names else [])

    def unstructure_record(value: Any, places: dict[str, Any]) -> dict[str, Any]:
        data = bare(value)
        if "date" in names:
            _flatten_date(value, data)
        data.update(places)
        return {key: data[key] for key in order}

    return unstructure_record


_RECORD_OUT = {name: _without_places(cls, slots) for name, (cls, slots) in _PLACE_SLOTS.items()}


def _unstructure_article(article: Article) -> dict[str, Any]:
    index = {id(place): i for i, place in enumerate(article.locations)}

    def place_out(place: Location | None) -> Any:
        i = index.get(id(place))
        if place is None or i is None:
            return converter.unstructure(place)
        data = _place_summary(place)
        data["location"] = i
        return data

    data: dict[str, Any] = {}
    for f in attrs.fields(Article):
        value = getattr(article, f.name)
        if f.name in _PLACE_SLOTS:
            slots = _PLACE_SLOTS[f.name][1]
            out = _RECORD_OUT[f.name]
            data[f.name] = [out(r, {slot: place_out(getattr(r, slot)) for slot in slots}) for r in value]
        else:
            data[f.name] = converter.unstructure(value)
    return data


_plain_article_in = make_dict_structure_fn(Article, converter)


def _structure_article(data: Any, _: Any) -> Article:
    if not isinstance(data, dict):
        raise TypeError(f"an article must be a mapping (got {type(data).__name__})")
    locations = converter.structure(data.get("locations", []), tuple[Location, ...])
    records = {
        name: _structure_records(data.get(name, []), cls, slots, locations)
        for name, (cls, slots) in _PLACE_SLOTS.items()
    }
    plain = {key: value for key, value in data.items() if key not in _PLACE_SLOTS and key != "locations"}
    return attrs.evolve(
        _plain_article_in(plain, Article),
        locations=locations,
        relative_locations=tuple(records["relative_locations"]),
        movements=tuple(records["movements"]),
    )


def _structure_records(
    items: Any, cls: type[Any], slots: tuple[str, ...], locations: tuple[Location, ...]
) -> list[Any]:
    """Records of ``cls`` whose places may name an entry of ``locations`` by its index."""
    if not isinstance(items, list):
        raise TypeError(f"expected a list of {cls.__name__} (got {type(items).__name__})")
    out = []
    for item in items:
        record = converter.structure(item, cls)
        shared = {
            slot: _shared_place(item[slot], locations) for slot in slots if _is_reference(item.get(slot))
        }
        out.append(attrs.evolve(record, **shared) if shared else record)
    return out


def _is_reference(value: object) -> bool:
    return isinstance(value, dict) and "location" in value


def _shared_place(value: dict[str, Any], locations: tuple[Location, ...]) -> Location:
    """The entry of ``locations`` that a record's place names by its index."""
    i = value["location"]
    if isinstance(i, bool) or not isinstance(i, int) or not 0 <= i < len(locations):
        raise ValueError(f"'location' must index the article's {len(locations)} locations (got {i!r})")
    place = locations[i]
    if value.get("name") != place.name:
        raise ValueError(f"location {i} is {place.name!r}, not {value.get('name')!r}")
    return place


converter.register_unstructure_hook(Article, _unstructure_article)
converter.register_structure_hook(Article, _structure_article)


def unstructure(value: object) -> Any:
    """Any model value as plain JSON-ready data (dicts, lists, strings, numbers).

    >>> from libya_events.model import GeoPoint, Span
    >>> unstructure(GeoPoint(32.9, 13.2)), unstructure(Span(3, 9))
    ({'lat': 32.9, 'lon': 13.2}, {'start': 3, 'end': 9})
    """
    return converter.unstructure(value)


def structure(data: object, cls: type[T]) -> T:
    """Plain data back into a model value; :class:`ExportError` if it does not fit ``cls``.

    >>> from libya_events.model import GeoPoint
    >>> structure({"lat": 32.9, "lon": 13.2}, GeoPoint)
    GeoPoint(lat=32.9, lon=13.2)
    >>> structure({"lat": 32.9}, GeoPoint)
    Traceback (most recent call last):
    ...
    libya_events._errors.ExportError: data does not describe a GeoPoint: KeyError: 'lon'
    """
    try:
        return converter.structure(data, cls)
    except LibyaEventsError:
        raise
    except RecursionError as exc:
        raise ExportError(f"data does not describe a {cls.__name__}: nested too deeply") from exc
    except (cattrs.BaseValidationError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ExportError(f"data does not describe a {cls.__name__}: {_first_error(exc)}") from exc


def _first_error(exc: BaseException) -> str:
    if isinstance(exc, cattrs.BaseValidationError) and exc.exceptions:
        return _first_error(exc.exceptions[0])
    return f"{type(exc).__name__}: {exc}"


def article_to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as one JSON object (the ``parse --format json`` output).

    The lists use the gold schema's names; a record's ``date`` is its ISO string and
    ``date_detail`` the whole :class:`~libya_events.EventDate`. Lone surrogates are
    escaped (``\\ud800``), so the text always encodes as UTF-8.

    >>> import json
    >>> from libya_events import parse_article
    >>> article = parse_article("LNA forces seized Gharyan on Thursday.", published="2019-04-06")
    >>> data = json.loads(article_to_json(article))
    >>> data["movements"][0]["kind"], data["movements"][0]["date"], data["locations"][0]["name"]
    ('capture', '2019-04-04', 'Gharyan')
    """
    return escape_surrogates(json.dumps(unstructure(article), ensure_ascii=False, indent=indent))


def article_from_json(text: str | bytes) -> Article:
    """Read :func:`article_to_json` output back into an equal :class:`Article`.

    :class:`ExportError` for text that is not JSON (bytes that do not decode, nesting
    too deep, a number too long to read) or does not describe an article;
    :class:`~libya_events.InputTypeError` for anything but text or bytes.

    >>> from libya_events import parse_article
    >>> article = parse_article("LNA forces seized Gharyan on Thursday.", published="2019-04-06")
    >>> article_from_json(article_to_json(article)) == article
    True
    >>> article_from_json("[1, 2]")
    Traceback (most recent call last):
    ...
    libya_events._errors.ExportError: an article must be a JSON object (got list)
    """
    if not isinstance(text, (str, bytes, bytearray)):
        raise InputTypeError(f"'text' must be JSON as str or bytes (got {type(text).__name__})")
    try:
        data = json.loads(text)
    except RecursionError as exc:
        raise ExportError("not valid JSON: nested too deeply") from exc
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, an integer of too many digits
        raise ExportError(f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ExportError(f"an article must be a JSON object (got {type(data).__name__})")
    return structure(data, Article)
