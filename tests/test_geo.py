"""Example-based tests of libya_events.geo: geodesy, phrase parsing, resolution, gold points."""

from __future__ import annotations

import time

import pytest
from attrs import frozen

from libya_events import (
    GeoPoint,
    InputTypeError,
    Location,
    PhraseParseError,
    Relation,
    RelativeLocation,
    Span,
    UnknownPlaceError,
)
from libya_events.geo import (
    bearing_deg,
    compass_point,
    describe,
    destination,
    direction_points,
    direction_to_bearing,
    distance_km,
    figure_half_precision,
    find_relative_phrases,
    midpoint,
    parse_relative,
    resolve_relative,
    uncertainty_km,
)

# The gold anchors' coordinates (GeoNames), as used by the annotators.
ANCHORS = {
    "Tripoli": (32.88743, 13.18733),
    "Sirte": (31.20892, 16.58866),
    "Benghazi": (32.11486, 20.06859),
    "Misrata": (32.37535, 15.09254),
    "Sabha": (27.03766, 14.42832),
    "Gharyan": (32.17222, 13.02028),
    "Derna": (32.76704, 22.63669),
}
ALIASES = {"the capital": "Tripoli", "Misurata": "Misrata", "Sebha": "Sabha"}


@frozen
class FakePlace:
    name: str
    lat: float
    lon: float
    extent_km: float | None = 0.0


class FakeGazetteer:
    """A tiny stand-in for libya_events.gazetteer: resolve by name, nearest by distance."""

    def __init__(self, extent_km: float = 0.0) -> None:
        self.places = {name: FakePlace(name, *ll, extent_km) for name, ll in ANCHORS.items()}

    def resolve(self, name: str) -> FakePlace:
        key = ALIASES.get(name, name)
        if key not in self.places:
            raise UnknownPlaceError(f"unknown place {name!r}")
        return self.places[key]

    def nearest(
        self, lat: float, lon: float, *, kinds: object = None, min_population: int = 0
    ) -> tuple[FakePlace, float]:
        here = GeoPoint(lat, lon)
        pairs = [(p, distance_km(here, GeoPoint(p.lat, p.lon))) for p in self.places.values()]
        return min(pairs, key=lambda pair: pair[1])


GAZ = FakeGazetteer()

# --------------------------------------------------------------------------- geodesy


def test_destination_known_value() -> None:
    p = destination(GeoPoint(*ANCHORS["Tripoli"]), 80, 180)
    assert p.lat == pytest.approx(32.16603, abs=1e-5)
    assert p.lon == pytest.approx(13.18733, abs=1e-9)


def test_distance_and_bearing() -> None:
    a, b = GeoPoint(*ANCHORS["Tripoli"]), GeoPoint(*ANCHORS["Benghazi"])
    assert distance_km(a, b) == pytest.approx(651.9, abs=1.0)
    assert 90 < bearing_deg(a, b) < 120
    assert bearing_deg(a, a) == 0.0
    assert distance_km(a, a) == 0.0


def test_midpoint_is_halfway() -> None:
    a, b = GeoPoint(*ANCHORS["Sirte"]), GeoPoint(*ANCHORS["Misrata"])
    m = midpoint(a, b)
    assert distance_km(a, m) == pytest.approx(distance_km(m, b), abs=1e-6)


@pytest.mark.parametrize(
    ("bearing", "points", "expected"),
    [(0, 16, "N"), (11.2, 16, "N"), (11.3, 16, "NNE"), (45, 16, "NE"), (200, 16, "SSW"), (200, 8, "S"),
     (359.9, 16, "N"), (112.5, 16, "ESE"), (250, 4, "W"), (-90, 16, "W"), (720 + 90, 16, "E")],
)  # fmt: skip
def test_compass_point(bearing: float, points: int, expected: str) -> None:
    assert compass_point(bearing, points) == expected


def test_compass_point_rejects_bad_rose() -> None:
    with pytest.raises(ValueError, match="4, 8 or 16"):
        compass_point(10, 12)


@pytest.mark.parametrize(
    ("word", "degrees", "points"),
    [("north", 0, 8), ("South", 180, 8), ("east", 90, 8), ("west", 270, 8), ("north-east", 45, 8),
     ("northeast", 45, 8), ("north east", 45, 8), ("south-southwest", 202.5, 16), ("ESE", 112.5, 16),
     ("N", 0, 8), ("NNE", 22.5, 16), ("to the south of", 180, 8), ("west-northwest", 292.5, 16),
     ("north–west", 315, 8), ("due east", 90, 8), ("SW", 225, 8)],
)  # fmt: skip
def test_direction_words(word: str, degrees: float, points: int) -> None:
    assert direction_to_bearing(word) == degrees
    assert direction_points(word) == points


@pytest.mark.parametrize("word", ["sout", "north-north", "up", "", "NSEW"])
def test_unknown_direction(word: str) -> None:
    with pytest.raises(PhraseParseError, match="compass direction"):
        direction_to_bearing(word)


def test_geodesy_type_errors() -> None:
    with pytest.raises(InputTypeError):
        destination((32.0, 13.0), 10, 0)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        destination(GeoPoint(32, 13), "10", 0)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        direction_to_bearing(b"north")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("phrase", "relation", "km", "bearing", "anchor", "approximate"),
    [
        ("80km south of Tripoli", Relation.OFFSET, 80, 180, "Tripoli", True),
        ("27 kilometres (17 miles) west of the capital", Relation.OFFSET, 27, 270, "the capital", False),
        ("some 40 km east of Misrata", Relation.OFFSET, 40, 90, "Misrata", True),
        ("about 95 km south-east of Tripoli", Relation.OFFSET, 95, 135, "Tripoli", True),
        ("23 km south-southwest of Gharyan", Relation.OFFSET, 23, 202.5, "Gharyan", False),
        ("45km ESE of Sirte", Relation.OFFSET, 45, 112.5, "Sirte", False),
        ("eighty kilometres south of Sabha", Relation.OFFSET, 80, 180, "Sabha", True),
        ("two thousand three hundred and five km north of Derna", Relation.OFFSET, 2305, 0, "Derna", False),
        ("1,000 kilometres east of Tripoli", Relation.OFFSET, 1000, 90, "Tripoli", True),
        ("2.5 km north of Sirte", Relation.OFFSET, 2.5, 0, "Sirte", False),
        ("30 miles east of Benghazi", Relation.OFFSET, 48.28032, 90, "Benghazi", True),
        ("12 nautical miles north of Derna", Relation.OFFSET, 22.224, 0, "Derna", False),
        ("800 metres west of Sirte", Relation.OFFSET, 0.8, 270, "Sirte", True),
        ("63 km to the south of Tripoli", Relation.OFFSET, 63, 180, "Tripoli", False),
        ("700 km (435 miles) south of Tripoli", Relation.OFFSET, 700, 180, "Tripoli", True),
        ("30 miles (48 km) east of Benghazi", Relation.OFFSET, 48, 90, "Benghazi", False),
        ("within 100 km (60 miles) of the capital Tripoli", Relation.WITHIN, 100, None, "Tripoli", True),
        ("less than 3 km from Sirte", Relation.WITHIN, 3, None, "Sirte", False),
        ("650 km from Benghazi", Relation.RING, 650, None, "Benghazi", True),
        ("on the outskirts of Bani Walid", Relation.NEAR, None, None, "Bani Walid", True),
        ("near Ras Lanuf", Relation.NEAR, None, None, "Ras Lanuf", True),
        ("close to Sirte", Relation.NEAR, None, None, "Sirte", True),
        ("south of Tripoli", Relation.DIRECTION, None, 180, "Tripoli", True),
        ("to the north-west of Sabha", Relation.DIRECTION, None, 315, "Sabha", True),
        ("about 50 km west of the eastern city of Benghazi", Relation.OFFSET, 50, 270, "Benghazi", True),
        ("roughly 15 km north of Bab al-Aziziya", Relation.OFFSET, 15, 0, "Bab al-Aziziya", True),
        ("nearly 9 km NNE of Libya's capital, Tripoli", Relation.OFFSET, 9, 22.5, "Tripoli", True),
    ],
)
def test_parse_relative_forms(
    phrase: str, relation: Relation, km: float | None, bearing: float | None, anchor: str, approximate: bool
) -> None:
    p = parse_relative(phrase)
    assert p.relation is relation
    assert p.text == phrase
    assert p.span == Span(0, len(phrase))
    if km is None:
        assert p.distance_km is None
    else:
        assert p.distance_km == pytest.approx(km)
    assert p.bearing_deg == bearing
    assert p.anchor_text == anchor
    assert p.anchor_span.slice(phrase) == anchor
    assert p.approximate is approximate
    assert p.is_relative_location is (km is not None)


def test_parse_between() -> None:
    p = parse_relative("between Sirte and Misrata")
    assert p.relation is Relation.BETWEEN
    assert (p.anchor_text, p.second_anchor_text) == ("Sirte", "Misrata")
    assert p.second_anchor_span is not None
    assert p.second_anchor_span.slice("between Sirte and Misrata") == "Misrata"


def test_parse_units_and_qualifiers() -> None:
    p = parse_relative("some 30 miles east of Benghazi")
    assert (p.unit, p.distance_text, p.qualifier, p.hedged) == ("mi", "30", "some", True)
    q = parse_relative("about 700 km (435 miles) south of Tripoli")
    assert (q.unit, q.distance_text) == ("km", "700")
    r = parse_relative("  45 km west of Sirte.  ")
    assert r.text == "45 km west of Sirte"
    assert r.span == Span(2, 21)


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        ("80km sout of Tripoli", "'sout' is not a compass direction"),
        ("80 km south of the lake", "no capitalised place name"),
        ("the weather in Tripoli", "not a relative-location phrase"),
        ("", "empty"),
        ("Gharyan lies 80 km south of Tripoli", "contains '80 km south of Tripoli'"),
        ("80 km south of Tripoli and more words", "followed by"),
    ],
)
def test_parse_relative_errors(phrase: str, message: str) -> None:
    with pytest.raises(PhraseParseError, match=message):
        parse_relative(phrase)


def test_parse_relative_type_errors() -> None:
    with pytest.raises(InputTypeError):
        parse_relative(b"80 km south of Tripoli")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        find_relative_phrases(None)  # type: ignore[arg-type]


def test_find_in_article() -> None:
    text = (
        "GHARYAN, Libya - Fighters entered Qasr, a village some 12 km (7 miles) north-east of Gharyan,\n"
        "on Monday. Others gathered on the southern outskirts of the capital and near Sirte, while a convoy\n"
        "was seen 650 km from Benghazi. Talks between Sirte and Misrata stalled. A camp south of Sabha was\n"
        "hit; residents of the south of Libya fled to within 25 km of Derna."
    )
    found = find_relative_phrases(text)
    assert [(p.relation.value, p.text) for p in found] == [
        ("offset", "some 12 km (7 miles) north-east of Gharyan"),
        ("near", "on the southern outskirts of the capital"),
        ("near", "near Sirte"),
        ("ring", "650 km from Benghazi"),
        ("between", "between Sirte and Misrata"),
        ("direction", "south of Sabha"),
        ("within", "within 25 km of Derna"),
    ]
    for p in found:
        assert p.span.slice(text) == p.text
        assert p.anchor_span.slice(text) == p.anchor_text
        assert p.span.contains(p.anchor_span)


def test_phrase_wrapped_over_a_line() -> None:
    text = "It lies some 250 km (155\nmiles) east of Benghazi, on the coast."
    (p,) = find_relative_phrases(text)
    assert p.distance_km == 250
    assert p.anchor_text == "Benghazi"


def test_anchor_stops_at_non_names() -> None:
    text = "a town 80 km south of Tripoli On Monday and 20 km west of Misrata's port"
    assert [p.anchor_text for p in find_relative_phrases(text)] == ["Tripoli", "Misrata"]


def test_figure_precision() -> None:
    assert figure_half_precision("27") == 0.5
    assert figure_half_precision("80") == 5
    assert figure_half_precision("190") == 5
    assert figure_half_precision("700") == 5
    assert figure_half_precision("1,000") == 50
    assert figure_half_precision("2.5") == pytest.approx(0.05)
    assert figure_half_precision("eighty") == 5


def test_linear_time_on_large_inputs() -> None:
    junk = ("80 km of 1,000 (km south-southwest of the between near " * 4000)[:200_000]
    start = time.perf_counter()
    find_relative_phrases(junk)
    find_relative_phrases("9" * 200_000)
    find_relative_phrases(" " * 200_000)
    find_relative_phrases("Al-" * 70_000)
    assert time.perf_counter() - start < 10
    many = "The unit moved about 80 km south of Tripoli. " * 5000
    start = time.perf_counter()
    found = find_relative_phrases(many)
    assert len(found) == 5000
    assert time.perf_counter() - start < 10


# --------------------------------------------------------------------------- resolution


def test_resolve_offset() -> None:
    r = resolve_relative("about 80km south of Tripoli", GAZ)
    assert isinstance(r, RelativeLocation)
    assert r.relation is Relation.OFFSET
    assert r.point is not None
    assert r.point.lat == pytest.approx(32.16603, abs=1e-4)
    assert isinstance(r.anchor, Location)
    assert r.anchor.name == "Tripoli"
    assert r.anchor.mentions[0].text == "Tripoli"
    assert r.span == Span(0, 27)


def test_resolve_the_capital_through_alias() -> None:
    r = resolve_relative("27 kilometres (17 miles) west of the capital", GAZ)
    assert r.anchor.name == "Tripoli"
    assert r.point is not None
    assert r.point.lon == pytest.approx(12.89878, abs=1e-3)


def test_resolve_circle_ring_direction_near_between() -> None:
    within = resolve_relative("within 100 km (60 miles) of the capital Tripoli", GAZ)
    assert (within.point, within.bearing_deg, within.distance_km) == (None, None, 100)
    ring = resolve_relative("650 km from Benghazi", GAZ)
    assert ring.point is None
    assert ring.relation is Relation.RING
    direction = resolve_relative("south of Tripoli", GAZ)
    assert (direction.point, direction.uncertainty_km, direction.bearing_deg) == (None, None, 180)
    near = resolve_relative("near Sirte", GAZ)
    assert near.point == GeoPoint(*ANCHORS["Sirte"])
    between = resolve_relative("between Sirte and Misrata", GAZ)
    assert between.point is not None
    a, b = GeoPoint(*ANCHORS["Sirte"]), GeoPoint(*ANCHORS["Misrata"])
    assert distance_km(between.point, a) == pytest.approx(distance_km(between.point, b), abs=1e-6)
    assert between.uncertainty_km == pytest.approx(distance_km(a, b) / 2)


def test_resolve_with_given_anchor() -> None:
    anchor = FakePlace("Zawiya", 32.7571, 12.72778, 3.0)
    r = resolve_relative("10 km east of the coastal town of Zawiya", anchor=anchor)
    assert r.anchor.name == "Zawiya"
    assert r.point is not None
    assert distance_km(GeoPoint(anchor.lat, anchor.lon), r.point) == pytest.approx(10)


def test_unknown_anchor() -> None:
    with pytest.raises(UnknownPlaceError):
        resolve_relative("80 km south of Atlantis", GAZ)


def test_geocoder_fallback() -> None:
    @frozen
    class Found:
        latitude: float
        longitude: float

    class Geocoder:
        def __init__(self) -> None:
            self.queries: list[str] = []

        def geocode(self, query: str) -> Found | None:
            self.queries.append(query)
            return Found(31.0, 15.0) if query.startswith("Hun") else None

    geocoder = Geocoder()
    r = resolve_relative("9 km north-east of Hun", GAZ, geocoder=geocoder)
    assert geocoder.queries == ["Hun, Libya"]
    assert r.point is not None
    assert distance_km(GeoPoint(31.0, 15.0), r.point) == pytest.approx(9)
    with pytest.raises(UnknownPlaceError):
        resolve_relative("9 km north of Atlantis", GAZ, geocoder=geocoder)


# --------------------------------------------------------------------------- uncertainty


def test_uncertainty_formula() -> None:
    p = parse_relative("80 km south of Tripoli")  # e + 5 + 0 + 2·80·sin(11.25°)
    assert uncertainty_km(p, 2.0) == pytest.approx(2 + 5 + 2 * 80 * 0.19509032, abs=1e-6)
    q = parse_relative("about 150 kilometers south-southeast of Tripoli")  # 16-point: θ = 11.25°
    assert uncertainty_km(q) == pytest.approx(5 + 15 + 2 * 150 * 0.09801714, abs=1e-6)
    w = parse_relative("within 25 km of Tripoli")
    assert uncertainty_km(w, 1.0) == pytest.approx(1 + 25 + 0.5)
    assert uncertainty_km(parse_relative("near Sirte"), 2.0) == 7.0
    assert uncertainty_km(parse_relative("south of Sirte")) is None


def test_uncertainty_is_monotone() -> None:
    base = parse_relative("27 km south-southwest of Sirte")
    values = [
        uncertainty_km(base),
        uncertainty_km(parse_relative("27 km south of Sirte")),  # wider sector
        uncertainty_km(parse_relative("about 27 km south of Sirte")),  # hedged
        uncertainty_km(parse_relative("about 27 km south of Sirte"), 4.0),  # bigger anchor
    ]
    numbers = [v for v in values if v is not None]
    assert numbers == sorted(numbers)
    assert len(numbers) == 4
    near, far = (uncertainty_km(parse_relative(f"{d} km west of Sirte")) for d in (31, 91))
    assert near is not None
    assert far is not None
    assert near < far


# --------------------------------------------------------------------------- description


def test_describe() -> None:
    gharyan = GeoPoint(*ANCHORS["Gharyan"])
    assert describe(destination(gharyan, 12, 45), GAZ) == "12 km NE of Gharyan"
    assert describe(destination(gharyan, 4.26, 200), GAZ) == "4.3 km SSW of Gharyan"
    assert describe(destination(gharyan, 0.3, 200), GAZ) == "near Gharyan"


def test_describe_round_trip() -> None:
    point = GeoPoint(31.5, 14.1)
    text = describe(point, GAZ)
    r = resolve_relative(text, GAZ)
    assert r.point is not None
    assert r.uncertainty_km is not None
    assert distance_km(point, r.point) <= r.uncertainty_km


# --------------------------------------------------------------------------- gold points

# Facts from the shared seed and dev gold: phrase, anchor, gold lat/lon (geodesic
# destination from the anchor's coordinates above). Within-circles have no point.
GOLD = [
    ("80km south of Tripoli", "Tripoli", 32.16603, 13.18733),
    ("27km west of Tripoli", "Tripoli", 32.8871, 12.89878),
    ("about 45 km (28 miles) west of the capital", "Tripoli", 32.8865, 12.7064),
    ("about 190 km north-west of Sirte", "Sirte", 32.4126, 15.1605),
    ("some 30 miles east of Benghazi", "Benghazi", 32.1138, 20.5802),
    ("about 190 km south-east of Misurata", "Misrata", 31.1558, 16.5015),
    ("about 700 km (435 miles) south of Tripoli", "Tripoli", 26.5725, 13.1873),
    ("some 170 km west-southwest of Sebha", "Sabha", 26.4417, 12.8536),
    ("about 80km south of Tripoli", "Tripoli", 32.166, 13.1873),
    ("about 130 km (80 miles) southwest of Tripoli", "Tripoli", 32.0547, 12.214),
    ("about 20 km southwest of Gharyan", "Gharyan", 32.0446, 12.8705),
    ("about 65 kilometers (40 miles) southeast of Tripoli", "Tripoli", 32.472, 13.6763),
    ("roughly 150 kilometers south-southeast of Tripoli", "Tripoli", 31.6363, 13.7924),
    ("some 230 km (145 miles) south of Sirte", "Sirte", 29.1341, 16.5887),
    ("about 1,000 kilometres east of Tripoli", "Tripoli", 32.4329, 23.8382),
    ("about 190 km (120 miles) east of Tripoli", "Tripoli", 32.8709, 15.2176),
    ("about 13 km south of Derna", "Derna", 32.6498, 22.6367),
    ("some 250 km (155 miles) east of Benghazi", "Benghazi", 32.0872, 22.7171),
    ("about 80 km west of Derna", "Derna", 32.7641, 21.7829),
]
GOLD_CIRCLES = [("within 25 km of Tripoli", 25.0), ("within 100 km (60 miles) of the capital Tripoli", 100.0)]


@pytest.mark.parametrize(("phrase", "anchor", "lat", "lon"), GOLD)
def test_gold_points_within_2km(phrase: str, anchor: str, lat: float, lon: float) -> None:
    place = FakePlace(anchor, *ANCHORS[anchor])
    r = resolve_relative(phrase, anchor=place)
    assert r.point is not None
    assert distance_km(r.point, GeoPoint(lat, lon)) <= 2.0
    # and through the gazetteer's aliases ("the capital", "Misurata", "Sebha")
    assert resolve_relative(phrase, GAZ).point == r.point


@pytest.mark.parametrize(("phrase", "km"), GOLD_CIRCLES)
def test_gold_circles(phrase: str, km: float) -> None:
    r = resolve_relative(phrase, GAZ)
    assert (r.relation, r.distance_km, r.bearing_deg, r.point) == (Relation.WITHIN, km, None, None)


# --------------------------------------------------------------------------- the embedded gazetteer


def test_default_gazetteer_resolves_gold() -> None:
    pytest.importorskip("libya_events.gazetteer")
    for phrase, anchor, lat, lon in GOLD:
        r = resolve_relative(phrase)  # gazetteer=None: Gazetteer.default()
        assert r.anchor.name == anchor
        assert r.point is not None
        assert distance_km(r.point, GeoPoint(lat, lon)) <= 2.0, phrase
    assert describe(GeoPoint(32.0446, 12.8705)).endswith("of Al Asabaa")


@pytest.mark.parametrize(
    "text",
    ["It received $50m from Qatar.", "A grant of 50m from Italy.", "The road runs 80 km. Then it ends."],
)
def test_no_false_distance(text: str) -> None:
    assert [p for p in find_relative_phrases(text) if p.is_relative_location] == []


# --------------------------------------------------------------------------- between: two anchors


def test_between_keeps_both_anchors_and_the_midpoint() -> None:
    text = "Convoys were seen between Misrata and Sirte."
    (phrase,) = find_relative_phrases(text)
    rel = resolve_relative(phrase, GAZ)
    assert [a.name for a in rel.anchors] == ["Misrata", "Sirte"]
    assert rel.anchor.name == "Misrata"
    assert rel.second_anchor is not None
    assert [m.span.slice(text) for a in rel.anchors for m in a.mentions] == ["Misrata", "Sirte"]
    a, b = GeoPoint(*ANCHORS["Misrata"]), GeoPoint(*ANCHORS["Sirte"])
    assert rel.point == midpoint(a, b)


def test_only_between_has_a_second_anchor() -> None:
    tripoli = Location("Tripoli", "city", GeoPoint(*ANCHORS["Tripoli"]))
    sirte = Location("Sirte", "city", GeoPoint(*ANCHORS["Sirte"]))
    with pytest.raises(ValueError, match="second_anchor"):
        RelativeLocation("between Tripoli and Sirte", tripoli, "between")
    with pytest.raises(ValueError, match="second_anchor"):
        RelativeLocation("near Tripoli", tripoli, "near", second_anchor=sirte)
    with pytest.raises(TypeError, match="second_anchor"):
        RelativeLocation("between Tripoli and Sirte", tripoli, "between", second_anchor="Sirte")  # type: ignore[arg-type]
    near = RelativeLocation("near Tripoli", tripoli, "near")
    assert near.anchors == (tripoli,)


def test_between_round_trips_through_json() -> None:
    from libya_events.export import structure, unstructure

    rel = resolve_relative("between Benghazi and Derna", GAZ)
    data = unstructure(rel)
    assert data["second_anchor"]["name"] == "Derna"
    assert structure(data, RelativeLocation) == rel
    offset = resolve_relative("80 km south of Tripoli", GAZ)
    assert unstructure(offset)["second_anchor"] is None
    assert structure(unstructure(offset), RelativeLocation) == offset


# --------------------------------------------------------------------------- the geo command


def _geo_cli(*argv: str) -> tuple[int, str]:
    import contextlib
    import io

    from libya_events.cli._main import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["geo", *argv])
    return status, out.getvalue()


def test_geo_command_shows_no_radius_when_there_is_none() -> None:
    import json

    status, text = _geo_cli("east of Misrata")
    assert status == 0
    assert "+/-" not in text
    assert "direction" in text
    status, raw = _geo_cli("east of Misrata", "--format", "json")
    data = json.loads(raw)
    assert data["uncertainty_km"] is None
    assert (data["lat"], data["lon"]) == (None, None)


def test_geo_command_shows_a_circle_radius_around_its_anchor() -> None:
    status, text = _geo_cli("within 30 km of Sabha")
    assert status == 0
    assert "+/-" not in text
    assert "circle" in text
    assert "Sabha" in text


def test_geo_command_prints_both_between_anchors() -> None:
    import json

    status, text = _geo_cli("between Zliten and Khoms")
    assert status == 0
    assert "anchors Zliten and " in text
    data = json.loads(_geo_cli("between Zliten and Khoms", "--format", "json")[1])
    assert data["relation"] == "between"
    assert data["anchor"]["name"] == "Zliten"
    assert data["second_anchor"]["name"] in ("Khoms", "Al Khums")
    assert data["lat"] is not None
    assert data["uncertainty_km"] is not None
    one = json.loads(_geo_cli("20 km west of Zliten", "--format", "json")[1])
    assert one["second_anchor"] is None
