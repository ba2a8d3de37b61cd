"""Finding and parsing relative-location phrases ("about 80 km south of Tripoli").

Every pattern here is built from bounded repetitions (``\\s{1,6}``, at most four
name words, at most seven number words) and alternatives that cannot match the
same characters in two ways, so a scan costs time linear in the text's length.

>>> p = parse_relative("about 650 km (404 miles) south of Tripoli")
>>> p.relation.value, p.distance_km, p.bearing_deg, p.approximate, p.anchor_text
('offset', 650.0, 180.0, True, 'Tripoli')
>>> [x.text for x in find_relative_phrases("Zawiyah, 45 km west of the capital, fell.")]
['45 km west of the capital']
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from attrs import frozen

from libya_events._errors import InputTypeError, PhraseParseError
from libya_events.geo._geodesy import _bearing_or_none, direction_points, is_direction
from libya_events.model import Relation, Span

__all__ = [
    "UNIT_KM",
    "RelativePhrase",
    "figure_half_precision",
    "find_relative_phrases",
    "parse_relative",
]

#: Kilometres per unit.
UNIT_KM: dict[str, float] = {"km": 1.0, "mi": 1.609344, "nmi": 1.852, "m": 0.001}

MAX_RELATIVE_DISTANCE_KM = 3000.0
"""The farthest distance read as a relative location: Libya is under 2,000 km across, so
"20,000 km south of Tripoli" or "a billion miles from Sirte" locates nothing. Such a phrase
is still found, but :func:`parse_relative` and ``resolve_relative`` refuse it."""


def too_far(distance_km: float | None) -> str | None:
    """Why a distance is no relative location's (too far, or not finite), else None."""
    if distance_km is None:
        return None
    if not math.isfinite(distance_km) or distance_km > MAX_RELATIVE_DISTANCE_KM:
        return (
            f"a distance of {distance_km:,.0f} km is too far for a relative location "
            f"(at most {MAX_RELATIVE_DISTANCE_KM:,.0f} km)"
        )
    return None


_APPROX_WORDS = (
    "approximately", "an estimated", "estimated", "roughly", "around", "nearly", "almost", "about",
    "some", "approx.", "approx", "circa", "close to", "just over", "just under", "more than", "over",
    "barely", "only", "just",
)  # fmt: skip
_WITHIN_WORDS = ("within", "less than", "fewer than", "no more than", "not more than", "up to", "under")
_APPROXIMATING = frozenset(
    {"approximately", "an estimated", "estimated", "roughly", "around", "nearly", "almost", "about",
     "some", "approx.", "approx", "circa", "close to", "just over", "just under", "more than", "over"}
)  # fmt: skip

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000}


def _alt(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal words, longest first, spaces matching any short whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in ordered)


_WS = r"\s{1,6}"
_OWS = r"\s{0,6}"
_QUAL = rf"(?:{_alt(_WITHIN_WORDS + _APPROX_WORDS)})(?![\w])"
_NUMWORD = rf"(?:{_alt([*_ONES, *_SCALES])})\b"
_NUMWORDS = (
    rf"\b(?:a\s{{1,3}}(?:hundred|thousand)\b|{_NUMWORD})(?:(?:\s{{1,3}}|-)(?:and\s{{1,3}})?{_NUMWORD}){{0,6}}"
)
_DIGITS = r"(?<![\w.,$£€])(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.\d{1,6})?(?![\d,.]\d)"
_NUMBER = rf"(?:{_DIGITS}|{_NUMWORDS})"
# A unit word: a kilometre or mile word may be misspelt ("kilomtres", "klm", "k"), so any short
# word starting with "k" or "mi" is matched here and checked by :func:`_unit_of`.
_UNIT = r"(?:nautical\s{1,3}miles?|k[a-z]{0,11}+|mi[a-z]{0,7}+|nmi|nm|met(?:re|er)s?|m)(?![\w])"
_DIRWORD = r"(?:north|south|east|west)"
_DIR = (
    rf"(?:{_DIRWORD}(?:[\s\-\u2010-\u2015]{{0,2}}{_DIRWORD}){{0,2}}(?![\w])"
    r"|(?-i:[NSEW]{1,3})(?![\w]))"
)

_DISTANCE_BODY = (
    rf"(?:(?P<qual>{_QUAL}){_WS})?"
    rf"(?P<num>{_NUMBER})(?:{_OWS}|-)(?P<unit>{_UNIT})"
    rf"(?P<paren>{_OWS}\({_OWS}(?:{_QUAL}{_WS})?(?P<pnum>{_NUMBER})(?:{_OWS}|-)(?P<punit>{_UNIT}){_OWS}\))?"
    rf"(?:{_WS}(?:due{_WS})?(?P<tothe>to{_WS}the{_WS})?(?P<dir>{_DIR}){_WS}(?:of|from)"
    rf"|{_WS}(?P<ofr>of|from|away{_WS}from)){_WS}"
)
# "250km to the north-east": a distance and direction with no anchor written (the anchor is a
# place named just before; see ``anchor_kind``).
_ELLIPSIS_BODY = (
    rf"(?:(?P<equal>{_QUAL}){_WS})?"
    rf"(?P<enum>{_NUMBER})(?:{_OWS}|-)(?P<eunit>{_UNIT})"
    rf"(?:{_OWS}\({_OWS}(?:{_QUAL}{_WS})?(?P<epnum>{_NUMBER})(?:{_OWS}|-)(?P<epunit>{_UNIT}){_OWS}\))?"
    rf"{_WS}to{_WS}the{_WS}(?P<edir>(?>{_DIR}))(?!{_OWS}(?:of|from)(?![\w]))"
)
_DIRECTION_BODY = rf"(?<!\bthe\s)(?P<dtothe>to{_WS}the{_WS})?(?P<ddir>{_DIR}){_WS}of{_WS}"
_NEAR_BODY = (
    r"(?P<near>(?:on\s{1,3})?the\s{1,3}"
    r"(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?\s{1,3})?outskirts\s{1,3}of"
    r"|(?:just\s{1,3})?outside(?:\s{1,3}of)?|near(?:by)?|(?:close|next)\s{1,3}to"
    r"|in\s{1,3}the\s{1,3}vicinity\s{1,3}of|not\s{1,3}far\s{1,3}from|on\s{1,3}the\s{1,3}edge\s{1,3}of)"
    rf"{_WS}"
)
_BETWEEN_BODY = rf"(?P<between>between){_WS}"

_TRIGGER = re.compile(
    rf"(?P<distance>{_DISTANCE_BODY})|(?P<ellipsis>{_ELLIPSIS_BODY})|(?P<direction>{_DIRECTION_BODY})|\b(?:{_NEAR_BODY})|\b(?:{_BETWEEN_BODY})",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- anchors

_UPPER = "".join(re.escape(c) for c in map(chr, range(0x41, 0x2000)) if c.isupper())
_NAME_CHARS = r"[^\W_]|['’‘ʿ]"
_NAMEWORD = (
    rf"(?:(?:[Aa][lnrtdz]|[Aa]s|[Ee]l|[Aa]sh)[-\u2010\u2011]\s?)?['’‘ʿ]?[{_UPPER}](?:{_NAME_CHARS}){{0,30}}"
    rf"(?:[-\u2010\u2011](?:{_NAME_CHARS}){{1,30}}){{0,3}}"
)
# Lowercase words that join the parts of a name ("Bab al-Aziziya", "Umm ar Rizam", "Dar es Salaam").
_CONNECTOR = (
    r"(?:al|el|ad|ar|at|an|az|ash|aş|aţ|aḑ|aẓ|es|ed|er|ez|bin|ben|ibn|bint|abu|bani|de|du|la|los|del)"
)
_NAME = rf"{_NAMEWORD}(?:(?:[ \t]{{1,3}}|\n)(?:{_CONNECTOR}[ \t]{{1,3}}){{0,2}}{_NAMEWORD}){{0,3}}"
_HEADS = (
    "capital", "city", "town", "village", "port", "oil port", "oasis", "air base", "airbase", "base",
    "airport", "region", "district", "suburb", "neighbourhood", "neighborhood", "settlement", "area",
    "border town", "border crossing", "crossing", "coastal road", "road", "oil field", "field",
    "terminal", "camp", "hub", "stronghold", "enclave", "municipality", "province",
)  # fmt: skip
_DESCRIPTOR = (
    rf"(?:[Tt]he\s{{1,3}}|Libya['’]s\s{{1,3}})(?:[A-Za-z\-]{{1,20}}\s{{1,3}}){{0,3}}?"
    rf"(?:{_alt(_HEADS)})(?:\s{{0,3}},\s{{1,3}}|\s{{1,3}}of\s{{1,3}}|\s{{1,3}})"
)
_ANCHOR = re.compile(
    rf"(?:{_DESCRIPTOR}(?P<named>{_NAME}))|(?P<capital>[Tt]he\s{{1,3}}capital|Libya['’]s\s{{1,3}}capital)\b"
    rf"|(?:[Tt]he\s{{1,3}})?(?:[a-z]{{1,12}}\s{{1,3}})?border\s{{1,3}}with\s{{1,3}}(?P<border>{_NAME})"
    r"|(?P<definite>[Tt]he\s{1,3}(?:city|town|village)(?:\s{1,3}(?:centre|center))?)(?![\w'’])(?!\s{1,3}(?:of\b|[A-Z]))"
    rf"|(?:central|downtown)\s{{1,3}}(?P<centre>{_NAME})"
    rf"|(?P<plain>{_NAME})"
)
_AND = re.compile(rf"{_WS}and{_WS}")
_WORD = re.compile(r"\S+")

_ARTICLES = frozenset({"Al", "El", "As", "At", "An", "Ad", "Ar", "Az", "Ash", "Adh", "Ath"})
SAHARAN_NAME_OPENERS = frozenset({"In"})
"""Capitalised words that open a Saharan place name (Tamasheq "in", place of: "In Amenas",
"In Salah", "In Guezzam"): the first word of an anchor with a name after it, not the stopword."""
_STOPWORDS = frozenset(
    """\
    a an and as at but by for from he her his in it its it's of on or she so that the their
    then there these they this those to we when where which while who with mr mrs ms dr gen
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    reuters afp ap
    """.split()
)


def _match_anchor(text: str, pos: int) -> tuple[str, Span] | None:
    """The place named at ``text[pos:]``: its words and span, or None."""
    found = _match_anchor_kind(text, pos)
    return None if found is None else (found[0], found[1])


_POSSESSIVE_END = re.compile(r"['’]s$")


_ANCHOR_GROUPS = ("named", "capital", "border", "definite", "centre", "plain")
"""The anchor alternatives; "centre" is a town named by its centre ("east of central Tripoli")."""


def _match_anchor_kind(text: str, pos: int) -> tuple[str, Span, str, int] | None:
    """The anchor at ``text[pos:]``: its words, span, kind (see ``anchor_kind``) and where it ends."""
    m = _ANCHOR.match(text, pos)
    if m is None:
        return None
    for group in _ANCHOR_GROUPS:  # the alternative that matched (a loop: no generator per anchor)
        start, end = m.span(group)
        if start >= 0:
            break
    if group in ("capital", "definite"):
        kind = "definite" if group == "definite" else "name"
        return text[start:end], Span(start, end), kind, end
    # Cut at the first word that cannot be part of a name, and at a possessive.
    kept_end = start
    words = list(_WORD.finditer(text, start, end))
    for index, word in enumerate(words):
        token = word.group()
        bare = _POSSESSIVE_END.sub("", token)
        lowered = bare.lower()
        article = bare in _ARTICLES and index + 1 < len(words)  # "At Taj", "As Sidr", "An Nawfaliyah"
        article = article or (index == 0 and bare in SAHARAN_NAME_OPENERS and len(words) > 1)
        connector = index > 0 and bare[:1].islower()  # the pattern admits only known connectors here
        if lowered in _STOPWORDS and not article and not connector:
            break
        kept_end = word.start() + len(bare)
        if bare != token:
            break
    if kept_end <= start:
        return None
    kind = "border" if group == "border" else "name"
    return text[start:kept_end], Span(start, kept_end), kind, kept_end


# --------------------------------------------------------------------------- numbers


def _words_value(text: str) -> float | None:
    total, current = 0, 0
    seen = False
    for word in re.split(r"[\s\-]+", text.lower()):
        if not word or word == "and":
            continue
        if word == "a":
            current = max(current, 1)
            continue
        if word in _ONES:
            current += _ONES[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
            seen = True
        else:
            return None
    return float(total + current) if seen else None


def _number_value(text: str) -> float | None:
    cleaned = text.replace(",", "")
    if cleaned[:1].isdigit():
        try:
            return float(cleaned)
        except ValueError:
            return None
    return _words_value(text)


_KM_WORDS = ("kilometre", "kilometer", "kilometres", "kilometers")
_KM_SHORT = frozenset({"k", "km", "kms", "klm", "klms"})
_MILE_WORDS = ("mile", "miles")
# Real words one edit from "mile(s)" that are no unit.
_NOT_MILES = frozenset(
    {"mild", "mill", "mills", "mine", "mines", "mice", "mike", "mikes", "mime", "mimes", "mite", "mites",
     "miler", "milers", "miley", "milk", "milks", "milo", "mils", "mire", "mires", "mid", "mix"}
)  # fmt: skip
UNIT_EDIT_TOLERANCE = 2
"""Edits (insertions, deletions, substitutions, swaps of neighbours) a long kilometre word may
be away from "kilometre(s)"/"kilometer(s)" and still read as one ("kilomtres", "killometers");
a mile word may be one edit from "mile(s)"."""


def _edit_distance(a: str, b: str, bound: int) -> int:
    """Optimal-string-alignment distance of ``a`` and ``b``, or ``bound + 1`` when above ``bound``."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, prev2[j - 2] + 1)
            cur[j] = best
        if min(cur) > bound:
            return bound + 1
        prev2, prev = prev, cur
    return min(prev[len(b)], bound + 1)


def _unit_of(text: str) -> str | None:
    """The unit a unit word stands for ("km", "mi", "nmi", "m"), tolerating small misspellings, or None."""
    low = " ".join(text.lower().rstrip(".").split())
    if low.startswith("nautical") or low in ("nm", "nmi"):
        return "nmi"
    if low in ("m", "metre", "metres", "meter", "meters"):
        return "m"
    if low in _KM_SHORT or low in _KM_WORDS:
        return "km"
    if low in ("mi", *_MILE_WORDS):
        return "mi"
    if low.startswith(("ki", "kl")) and len(low) >= 7:
        if min(_edit_distance(low, w, UNIT_EDIT_TOLERANCE) for w in _KM_WORDS) <= UNIT_EDIT_TOLERANCE:
            return "km"
    if low.startswith("mi") and 4 <= len(low) <= 6 and low not in _NOT_MILES:
        if min(_edit_distance(low, w, 1) for w in _MILE_WORDS) <= 1:
            return "mi"
    return None


def figure_half_precision(figure: str) -> float:
    """Half the precision of a stated figure, in the figure's own unit.

    A decimal is as precise as its last digit ("2.5" → ±0.05). A whole number is read
    as rounded to its trailing zeros, but never coarser than its second significant
    digit, and a two-digit round number to tens: "27" → ±0.5, "80" → ±5, "190" → ±5,
    "700" → ±5, "1,000" → ±50. Numbers in words are read as their digits.

    >>> figure_half_precision("80"), figure_half_precision("1,000"), figure_half_precision("2.5")
    (5.0, 50.0, 0.05)
    """
    cleaned = figure.replace(",", "").strip()
    if not cleaned[:1].isdigit():
        value = _words_value(cleaned)
        if value is None:
            return 0.5
        cleaned = str(int(value))
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return 0.5
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < 0:
        return float(Decimal(5) * Decimal(10) ** (exponent - 1))
    digits = cleaned.split(".")[0].lstrip("0") or "0"
    trailing = len(digits) - len(digits.rstrip("0"))
    step = min(trailing, max(1, len(digits) - 2))
    return 0.5 * 10.0**step


# --------------------------------------------------------------------------- the phrase


@frozen
class RelativePhrase:
    """A relative-location phrase found in a text, before its anchor is resolved.

    ``span`` and ``anchor_span`` are offsets into the text that was searched (for
    :func:`parse_relative`, the phrase itself); ``text`` is ``span``'s slice of it.
    ``distance_km`` is the figure converted to kilometres (when a text gives both
    kilometres and miles, the kilometres are used); ``unit`` is the unit of
    ``distance_text``. ``approximate`` is true for a hedged figure ("about", "some",
    "roughly", ...) or a round one ("80", "1,000"); ``qualifier`` is the hedge word
    as written. A bare direction ("south of Tripoli") has relation
    :attr:`Relation.DIRECTION` and :attr:`is_relative_location` false: by the gold
    convention it is not a relative location.
    """

    text: str
    span: Span
    relation: Relation
    distance_km: float | None
    distance_text: str | None
    unit: str | None
    bearing_deg: float | None
    direction_text: str | None
    approximate: bool
    anchor_text: str
    anchor_span: Span
    second_anchor_text: str | None = None
    second_anchor_span: Span | None = None
    qualifier: str | None = None
    anchor_kind: str = "name"
    """How the anchor is given: ``"name"`` (a place name or "the capital"), ``"definite"`` ("the
    town", "the city centre": the latest town named before, for the caller to find), ``"border"``
    ("the border with Egypt": ``anchor_text`` is the country; a border is a line, so the phrase
    has no point) or ``"ellipsis"`` ("250km to the north-east": no anchor written, ``anchor_text``
    is empty and ``anchor_span`` empty at the phrase's start)."""

    @property
    def is_relative_location(self) -> bool:
        """Whether the phrase gives a distance (the gold schema's ``relative_locations``)."""
        return self.distance_km is not None

    @property
    def compass_points(self) -> int | None:
        """8 for a cardinal or intercardinal direction, 16 for the others, None without one."""
        return None if self.direction_text is None else direction_points(self.direction_text)

    @property
    def sector_half_width_deg(self) -> float | None:
        """Half the compass sector the direction stands for: 22.5 (8-point) or 11.25 (16-point)."""
        points = self.compass_points
        return None if points is None else 180.0 / points

    @property
    def distance_half_precision_km(self) -> float:
        """Half the precision of the stated figure, in kilometres (0 without one)."""
        if self.distance_text is None or self.unit is None:
            return 0.0
        return figure_half_precision(self.distance_text) * UNIT_KM[self.unit]

    @property
    def hedged(self) -> bool:
        """Whether an approximating word ("about", "some", ...) qualifies the figure."""
        return self.qualifier is not None and _norm_space(self.qualifier) in _APPROXIMATING


def _norm_space(text: str) -> str:
    return " ".join(text.lower().split())


def _is_round(figure: str) -> bool:
    cleaned = figure.replace(",", "")
    if not cleaned[:1].isdigit():
        value = _words_value(cleaned)
        cleaned = "" if value is None else str(int(value))
    return "." not in cleaned and len(cleaned) >= 2 and cleaned.endswith("0")


def _build(text: str, m: re.Match[str]) -> RelativePhrase | None:
    """The phrase a trigger match begins, or None when no anchor follows it."""
    ellipsis = m.group("ellipsis") is not None
    if ellipsis:
        anchor_text, anchor_span, anchor_kind, end = "", Span(m.start(), m.start()), "ellipsis", m.end()
    else:
        anchor = _match_anchor_kind(text, m.end())
        if anchor is None:
            return None
        anchor_text, anchor_span, anchor_kind, end = anchor
    if anchor_kind == "border" and m.group("dir") is None:
        return None  # "10 km from the border with Egypt": no point and no direction, nothing to keep
    start = m.start()
    e = "e" if ellipsis else ""
    second_text: str | None = None
    second_span: Span | None = None
    distance_km: float | None = None
    distance_text: str | None = None
    unit: str | None = None
    bearing: float | None = None
    direction_text: str | None = None
    approximate = False
    qualifier: str | None = None

    if m.group("distance") is not None or ellipsis:
        main_value = _number_value(m.group(e + "num"))
        if main_value is None:
            return None
        distance_text, unit = m.group(e + "num"), _unit_of(m.group(e + "unit"))
        if unit is None:
            return None  # "2 million", "50 kilos": no unit of distance
        if m.group(e + "unit").lower() in ("m", "k") and m.group(e + "dir") is None:
            return None  # "$50m from Qatar", "50k from donors" are money; a bare "m" or "k" needs a direction
        punit = m.group(e + "punit")
        if m.group(e + "pnum") is not None and unit != "km" and punit is not None and _unit_of(punit) == "km":
            paren_value = _number_value(m.group(e + "pnum"))
            if paren_value is not None:
                distance_text, unit, main_value = m.group(e + "pnum"), "km", paren_value
        distance_km = main_value * UNIT_KM[unit]
        if not math.isfinite(distance_km):
            return None
        qualifier = m.group(e + "qual")
        within = qualifier is not None and _norm_space(qualifier) in _WITHIN_WORDS
        direction_text = m.group(e + "dir")
        if direction_text is not None:
            bearing = _bearing_or_none(direction_text)
            if bearing is None:
                return None
            relation = Relation.OFFSET
        else:
            relation = Relation.WITHIN if within else Relation.RING
        approximate = (qualifier is not None and _norm_space(qualifier) in _APPROXIMATING) or _is_round(
            distance_text
        )
        if relation is Relation.OFFSET and within:
            approximate = True
    elif m.group("direction") is not None:
        direction_text = m.group("ddir")
        bearing = _bearing_or_none(direction_text)
        if bearing is None:
            return None
        relation = Relation.DIRECTION
        approximate = True
    elif m.group("near") is not None:
        relation = Relation.NEAR
        approximate = True
    else:
        tail = _AND.match(text, anchor_span.end)
        if tail is None:
            return None
        second = _match_anchor(text, tail.end())
        if second is None:
            return None
        second_text, second_span = second
        end = second_span.end
        relation = Relation.BETWEEN
        approximate = True

    return RelativePhrase(
        text=text[start:end],
        span=Span(start, end),
        relation=relation,
        distance_km=distance_km,
        distance_text=distance_text,
        unit=unit,
        bearing_deg=bearing,
        direction_text=direction_text,
        approximate=approximate,
        anchor_text=anchor_text,
        anchor_span=anchor_span,
        second_anchor_text=second_text,
        second_anchor_span=second_span,
        qualifier=qualifier,
        anchor_kind=anchor_kind,
    )


def find_relative_phrases(text: str) -> list[RelativePhrase]:
    """Every relative-location phrase in ``text``, in order, none overlapping.

    Never raises for a ``str`` (:class:`~libya_events.InputTypeError` for anything
    else); runs in time linear in the text's length. Bare directions ("south of
    Tripoli") are included with relation ``DIRECTION``; filter on
    :attr:`RelativePhrase.is_relative_location` to keep only the gold kind.

    >>> [(p.relation.value, p.anchor_text) for p in find_relative_phrases(
    ...     "Fighting near Sirte spread to a town 650 km from Benghazi, south of the capital.")]
    [('near', 'Sirte'), ('ring', 'Benghazi'), ('direction', 'the capital')]
    """
    if not isinstance(text, str):
        raise InputTypeError(f"'text' must be a str (got {type(text).__name__})")
    starts = _candidate_starts(text)
    if starts is None:
        return _find_reference(text)
    found: list[RelativePhrase] = []
    pos = 0
    match = _TRIGGER.match
    for start in starts:
        if start < pos:
            continue
        m = match(text, start)
        if m is None:
            continue
        phrase = _build(text, m)
        if phrase is None:
            pos = start + 1
            continue
        found.append(phrase)
        pos = max(phrase.span.end, start + 1)
    return found


def _find_reference(text: str) -> list[RelativePhrase]:
    """The plain scan :func:`find_relative_phrases` must agree with: ``_TRIGGER.search`` at every step.

    Kept as the fallback for a text whose lower-cased copy changes length, and as the
    reference the fast path is tested against.
    """
    found: list[RelativePhrase] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _TRIGGER.search(text, pos)
        if m is None:
            break
        phrase = _build(text, m)
        if phrase is None:
            pos = m.start() + 1
            continue
        found.append(phrase)
        pos = max(phrase.span.end, m.start() + 1)
    return found


# --------------------------------------------------------------------------- the fast path
#
# ``_TRIGGER.search`` tries its whole pattern at every position of the text, which costs
# about half a microsecond a character. The fast path instead lists a superset of the
# positions where ``_TRIGGER.match`` can succeed, from cheap scans of a lower-cased,
# same-length copy of the text (``gate``) for a "core" every kind of trigger must contain
# at a bounded distance from its start, and tries ``_TRIGGER.match`` only there, in order.
# The leftmost successful candidate at or after ``pos`` is exactly what
# ``_TRIGGER.search(text, pos)`` returns, so results are unchanged as long as no position
# where the pattern matches is missing from the list:
#
# * distance: the unit ("km", "miles", "m", ...) preceded by a digit, a space or a hyphen;
#   from it, back over the separator to the number (a run of digits, or number words in a
#   bounded window), and from the number back over a qualifier ("about", "just over");
# * direction: "of" after a compass word's "th"/"st" and 1-6 spaces (then every compass word
#   in the 19 characters before, and "to the" before each), or an upper-case N/S/E/W
#   abbreviation before "of" (scanned case-sensitively in the text itself);
# * near: the words outskirts/outside/near/close/next/vicinity/far/edge, then the near
#   pattern itself searched in the 28 characters before each;
# * between: the word itself.
#
# Every scan either looks for a literal (a word with ``str.find``; a pattern opening with one,
# which ``re`` finds with a skip loop) or runs over a window of bounded size around a hit, so
# the whole costs linear time.

# Characters that match an ASCII letter under re.IGNORECASE but do not lower-case to it
# (U+0130 also lower-cases to two characters, which would shift every later offset).
_GATE_FIX = {0x130: "i", 0x131: "i", 0x17F: "s"}
_GATE_FIX_CHARS = tuple(map(chr, _GATE_FIX))

_UNIT_SCANS = tuple(
    re.compile(p)
    for p in (
        r"k(?<=[\d\s\-]k)[a-z]{0,11}+(?!\w)",
        r"m(?<=[\d\s\-]m)(?:i[a-z]{0,7}+|et(?:re|er)s?|)(?!\w)",  # _UNIT's "mi...", "metres", "m"
        r"n(?<=[\d\s\-]n)(?:mi?|autical\s{1,3}miles?)(?!\w)",
    )
)
_RUN_BACK = re.compile(r"[\d,.]*")  # over the reversed gate: a number's digits, backwards
_QUAL_G = _alt(_WITHIN_WORDS + _APPROX_WORDS)
_QUAL_AT = re.compile(rf"(?=(?:{_QUAL_G})\s)")
_NUMWORD_G = rf"(?:{_alt([*_ONES, *_SCALES])})\b"
_WORD_NUMBER_AT = re.compile(rf"(?=(?:{_QUAL_G})\s)|\b(?=a\s{{1,3}}(?:hundred|thousand)\b|{_NUMWORD_G})")
_QUAL_REACH = 17 + 6  # "not   more   than" and six spaces
_WORD_NUMBER_REACH = 12 + 6 * 18 + _QUAL_REACH  # "a   thousand" and six "-and   seventeen"
_NUMBER_WORD_ENDS = (*_ONES, *_SCALES)  # a number in words ends with one of these

_DIR_OF = re.compile("of\\s(?:" + "|".join(rf"(?<=(?:th|st)\s{{{k}}}of\s)" for k in range(1, 7)) + ")")
_DIRWORD_G = re.compile(_DIRWORD)
_DIR_REACH = 5 + 2 * (2 + 5)  # "north--north--north"
_ABBREV_SCANS = tuple(re.compile(rf"{c}[NSEW]{{0,2}}(?![\w])\s{{1,6}}(?i:of)\s") for c in "NSEW")
_TO_THE = re.compile(r"to\s{1,6}the\s{1,6}")
_TO_THE_REACH = 2 + 6 + 3 + 6

_NEAR_CORES = ("outs", "near", "close", "next", "vicinity", "far", "edge")
_NEAR_G = re.compile(rf"\b(?:{_NEAR_BODY})")
_NEAR_REACH = 2 + 3 + 3 + 3 + 14 + 3  # "on the north-western outskirts": start to core word
_NEAR_TAIL = 9 + 3 + 2 + 6  # "outskirts of" and six spaces: core word to end


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` occurs in ``text``, left to right and not overlapping (what ``finditer``
    of the literal finds; ``str.find`` skips through the text far faster than ``re``)."""
    find, step = text.find, len(word)
    at = find(word)
    while at >= 0:
        yield at
        at = find(word, at + step)


def _candidate_starts(text: str) -> list[int] | None:
    """Sorted positions that include every one where ``_TRIGGER.match(text, pos)`` succeeds.

    None when the lower-cased copy would not line up with the text (never seen in practice).
    """
    if text.isascii():
        gate = text.lower()
    else:
        fixed = text.translate(_GATE_FIX) if any(c in text for c in _GATE_FIX_CHARS) else text
        gate = fixed.lower()
        if len(gate) != len(text):
            return None
    starts: list[int] = []
    add = starts.append
    n = len(gate)
    rev: str | None = None

    def add_quals(lo: int, hi: int) -> None:
        for q in _QUAL_AT.finditer(gate, max(0, lo), hi):
            add(q.start())

    for scan in _UNIT_SCANS:
        for m in scan.finditer(gate):
            unit = m.start()
            j = unit
            while j > 0 and j > unit - 7 and gate[j - 1].isspace():
                j -= 1
            if j == unit - 7 or j == 0:
                continue  # more than six spaces (or none before them): no number ends here
            if j == unit and gate[j - 1] == "-":
                j -= 1
            last = gate[j - 1] if j > 0 else ""
            if last.isdecimal():
                if rev is None:
                    rev = gate[::-1]
                run = _RUN_BACK.match(rev, n - j)
                begin = j - (run.end() - run.start()) if run is not None else j
                if gate[begin].isdecimal():
                    add(begin)
                    add_quals(begin - _QUAL_REACH, begin)
            elif last.isalpha() and gate.endswith(_NUMBER_WORD_ENDS, 0, j):
                for w in _WORD_NUMBER_AT.finditer(gate, max(0, j - _WORD_NUMBER_REACH), j):
                    add(w.start())

    def add_directions(begin: int) -> None:
        add(begin)
        for t in _TO_THE.finditer(gate, max(0, begin - _TO_THE_REACH), begin):
            if t.end() == begin:
                add(t.start())

    for m in _DIR_OF.finditer(gate):
        end = m.start()
        while gate[end - 1].isspace():
            end -= 1
        for d in _DIRWORD_G.finditer(gate, max(0, end - _DIR_REACH), end):
            add_directions(d.start())
    for scan in _ABBREV_SCANS:
        for m in scan.finditer(text):
            k = m.start()
            while k < n and text[k] in "NSEW":
                add_directions(k)
                k += 1

    for word in _NEAR_CORES:
        for core in _occurrences(gate, word):
            lo = max(0, core - _NEAR_REACH)
            hi = min(n, core + _NEAR_TAIL + 5)
            while (near := _NEAR_G.search(gate, lo, hi)) is not None and near.start() <= core:
                add(near.start())
                lo = near.start() + 1

    starts.extend(_occurrences(gate, "between"))
    return sorted(set(starts))


_TRAILING = re.compile(r"[\s.,;:!?)\]\"'’”]*\Z")
_HAS_NUMBER_UNIT = re.compile(rf"(?P<num>{_NUMBER}){_OWS}-?(?P<unit>{_UNIT})", re.IGNORECASE)
_OF_WORD = re.compile(r"\b(?:of|from)\b\s*(?P<rest>.*)\Z", re.IGNORECASE | re.DOTALL)


def parse_relative(phrase: str) -> RelativePhrase:
    """Parse one relative-location phrase; spans are offsets into ``phrase``.

    Surrounding whitespace and closing punctuation are allowed; anything else that
    is not part of the phrase raises :class:`~libya_events.PhraseParseError` (use
    :func:`find_relative_phrases` to search a longer text).

    >>> p = parse_relative("27 kilometres (17 miles) west of the capital")
    >>> p.distance_km, p.unit, p.bearing_deg, p.anchor_text
    (27.0, 'km', 270.0, 'the capital')
    >>> parse_relative("some 30 miles east of Benghazi").distance_km
    48.28032
    """
    if not isinstance(phrase, str):
        raise InputTypeError(f"'phrase' must be a str (got {type(phrase).__name__})")
    stripped = phrase.strip()
    if not stripped:
        raise PhraseParseError("an empty string is not a relative-location phrase")
    begin = len(phrase) - len(phrase.lstrip())
    m = _TRIGGER.match(phrase, begin)
    if m is not None:
        result = _build(phrase, m)
        if result is not None and _TRAILING.match(phrase, result.span.end):
            why = too_far(result.distance_km)
            if why is not None:
                raise PhraseParseError(f"{phrase[:80]!r}: {why}")
            return result
        if result is not None:
            extra = phrase[result.span.end :].strip()
            raise PhraseParseError(
                f"{phrase!r} holds more than a relative-location phrase: {result.text!r} "
                f"is followed by {extra[:40]!r} (use find_relative_phrases to search a text)"
            )
    raise PhraseParseError(_diagnose(phrase))


def _diagnose(phrase: str) -> str:
    head = f"{phrase[:80]!r} is not a relative-location phrase"
    example = "expected e.g. 'about 80 km south of Tripoli', 'within 25 km of Sirte' or 'near Derna'"
    number = _HAS_NUMBER_UNIT.search(phrase)
    of = _OF_WORD.search(phrase)
    if number is not None and of is not None:
        between = phrase[number.end() : of.start()].strip()
        between = re.sub(r"^\([^)]*\)\s*|^to\s+the\s+", "", between).strip()
        if between and not is_direction(between):
            return f"{head}: {between!r} is not a compass direction ({example})"
        if not of.group("rest").strip() or _match_anchor(phrase, of.start("rest")) is None:
            return f"{head}: no capitalised place name after {of.group().split()[0]!r} ({example})"
    if number is None and of is not None and _match_anchor(phrase, of.start("rest")) is None:
        return f"{head}: no capitalised place name after {of.group().split()[0]!r} ({example})"
    found = find_relative_phrases(phrase)
    if found:
        return f"{head} on its own: it contains {found[0].text!r} (use find_relative_phrases)"
    return f"{head} ({example})"
