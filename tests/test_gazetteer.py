"""Tests of the embedded offline gazetteer (libya_events.gazetteer)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from _shared import SHARED
from geopy.location import Location as GeopyLocation
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from libya_events import InputTypeError, KnowledgeBaseError, Location, LocationKind, UnknownPlaceError
from libya_events.gazetteer import (
    STOP_WORDS,
    Gazetteer,
    OfflineGeocoder,
    Place,
    bounded_edit_distance,
    haversine_km,
    normalize_name,
    resolve_with_fallback,
    variant_key,
)

G = Gazetteer.default()

# Facts: where the gold evaluation puts each place (a resolution must lie within 10 km, a
# region's within REGION_TOLERANCE_KM: SCHEMA's tolerance for a region, whose point is only
# representative; the curated area phrases take computed centroids, not the gold's points).
GOLD_POINTS: list[tuple[str, float, float]] = [
    ("Tripoli", 32.88743, 13.18733),
    ("Benghazi", 32.11486, 20.06859),
    ("Misrata", 32.37535, 15.09254),
    ("Sirte", 31.20892, 16.58866),
    ("Zawiya", 32.7571, 12.72764),
    ("Gharyan", 32.17222, 13.02028),
    ("Tarhuna", 32.43501, 13.6332),
    ("Bani Walid", 31.74554, 13.98354),
    ("Ubari", 26.59034, 12.77511),
    ("Sabha", 27.03766, 14.42832),
    ("Derna", 32.76704, 22.63669),
    ("Al Bayda", 32.76272, 21.75506),
    ("Tobruk", 32.08963, 23.95385),
    ("Al Asabaa", 32.03333, 12.86667),
    ("Sabratha", 32.79335, 12.48845),
    ("Surman", 32.75668, 12.57159),
    ("Al Abyar", 32.19, 20.59653),
    ("Ghadames", 30.13366, 9.50072),
    ("Ras Lanuf", 30.586862, 18.417789),  # the town (OpenStreetMap); the oil terminal is 15 km east
    ("Cairo", 30.06263, 31.24967),
    ("Ankara", 39.91987, 32.85427),
    ("Istanbul", 41.01384, 28.94966),
    ("Abu Dhabi", 24.45118, 54.39696),
    ("the capital", 32.88743, 13.18733),
    ("El Sharara", 26.5767, 12.2181),
    ("al-Watiya", 32.47222, 11.9),
    ("Okba Ibn Nafa", 32.47222, 11.9),
    ("Mitiga", 32.8942, 13.2761),
    ("Tripoli International Airport", 32.6694, 13.1567),
    ("al-Jufra air base", 29.1842, 16.0141),
    ("Benina airport", 32.09694, 20.26944),
    ("Gate 27", 32.8871, 12.89878),
    ("Bab al-Aziziya", 32.87222, 13.17361),
    ("Rixos Al Nasr", 32.86838, 13.18744),
    ("Ouagadougou Conference Centre", 31.20892, 16.58866),
    ("Abu Mansour dam", 32.658, 22.578),
    ("Sidi Barrani", 31.61083, 25.92556),
    ("Tripolitania", 31.0, 15.0),
    ("western region", 31.0, 15.0),
    ("eastern Libya", 31.0, 22.0),
    ("the east", 31.0, 22.0),
    ("east of the country", 31.0, 22.0),
    ("western Libya", 31.5, 12.5),
    ("the west", 31.5, 12.5),
    ("west of the country", 31.5, 12.5),
    ("southern Libya", 26.0, 14.0),
    ("the south", 26.0, 14.0),
    ("central Libya", 29.5, 17.5),
]

REGION_TOLERANCE_KM = 300.0
"""How far a region's point may lie from the gold's (SCHEMA: 300 km for a region)."""

# Facts: GeoNames country representative points (the evaluation allows 500 km).
COUNTRY_POINTS: list[tuple[str, float, float]] = [
    ("Libya", 28.0, 17.0),
    ("United States", 39.76, -98.5),
    ("Tunisia", 34.0, 9.0),
    ("Turkey", 39.0, 35.0),
    ("Russia", 60.0, 100.0),
    ("UAE", 24.0, 54.0),
    ("Egypt", 27.0, 30.0),
]

VARIANTS: list[tuple[str, str]] = [
    ("Misrata", "Misrata"),
    ("Misurata", "Misrata"),
    ("Misratah", "Misrata"),
    ("Tarhuna", "Tarhuna"),
    ("Tarhouna", "Tarhuna"),
    ("Sabha", "Sabha"),
    ("Sebha", "Sabha"),
    ("Zawiya", "Zawiya"),
    ("Zawiyah", "Zawiya"),
    ("Az Zawiyah", "Zawiya"),
    ("Ajdabiya", "Ajdabiya"),
    ("Ajdabia", "Ajdabiya"),
    ("Derna", "Derna"),
    ("Darnah", "Derna"),
    ("Sirte", "Sirte"),
    ("Sirt", "Sirte"),
    ("Gharyan", "Gharyan"),
    ("Gharian", "Gharyan"),
    ("Zuwara", "Zuwara"),
    ("Zuwarah", "Zuwara"),
    ("Obari", "Ubari"),
    ("Ubari", "Ubari"),
    ("Awbari", "Ubari"),
]

COMMON_WORDS = [
    "House",
    "Gate",
    "Twitter",
    "Forces",
    "Monday",
    "Government",
    "Army",
    "The",
    "East",
    "Capital",
]


def _km(place: Place, lat: float, lon: float) -> float:
    return haversine_km(place.lat, place.lon, lat, lon)


# ----------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Az-Zāwīyah", "zawiyah"),
        ("  Ra’s  Lānūf ", "ras lanuf"),
        ("al-Watiya", "watiya"),
        ("The Hague", "hague"),
        ("the east", "the east"),
        ("Bani   Walid", "bani walid"),
        ("ʿAin Zara", "ain zara"),
    ],
)
def test_normalize_name(raw: str, key: str) -> None:
    assert normalize_name(raw) == key


@pytest.mark.parametrize(
    "group",
    [
        ["Misrata", "Misratah"],
        ["Tarhuna", "Tarhouna"],
        ["Zawiya", "Zawiyah", "Az Zawiyah", "Zawia"],
        ["Ajdabiya", "Ajdabia"],
        ["Sirte", "Sirt"],
        ["Gharyan", "Gharian"],
        ["Zuwara", "Zuwarah"],
        ["Obari", "Ubari", "Awbari"],
    ],
)
def test_variant_key_groups(group: list[str]) -> None:
    assert len({variant_key(n) for n in group}) == 1


@given(st.text(max_size=30))
def test_normalize_is_idempotent(s: str) -> None:
    once = normalize_name(s)
    assert normalize_name(once) == once or once.startswith("the ")


@given(st.text(alphabet="abcdefgh", max_size=10), st.text(alphabet="abcdefgh", max_size=10))
def test_bounded_edit_distance_matches_full(a: str, b: str) -> None:
    full = bounded_edit_distance(a, b, 99)
    for bound in range(4):
        got = bounded_edit_distance(a, b, bound)
        assert got == (full if full <= bound else bound + 1)


@st.composite
def _edited(draw: st.DrawFn) -> tuple[str, str]:
    """A string and a copy with up to three random edits (so that many pairs are close)."""
    a = draw(st.text(alphabet="abc -", max_size=14))
    b = list(a)
    for op, pos, ch in draw(
        st.lists(st.tuples(st.sampled_from("ids"), st.integers(0, 14), st.sampled_from("abc -")), max_size=3)
    ):
        pos = min(pos, len(b))
        if op == "i":
            b.insert(pos, ch)
        elif pos < len(b):
            b[pos : pos + 1] = [] if op == "d" else [ch]
    return a, "".join(b)


def _may_be_within(a: str, b: str, bound: int) -> bool:
    """False when the edit distance of ``a`` and ``b`` must exceed ``bound``: the reasoning
    ``Gazetteer._fuzzy_candidates`` indexes, written out (True does not mean it is within).

    Cut ``b`` into ``bound + 1`` pieces: ``bound`` edits touch at most ``bound`` of them, so one
    piece is left whole and lies in ``a`` shifted by at most ``bound`` characters.
    """
    n = len(b)
    parts = bound + 1
    for i in range(parts):
        lo, hi = i * n // parts, (i + 1) * n // parts
        if lo == hi or a.find(b[lo:hi], max(0, lo - bound), hi + bound) >= 0:
            return True
    return False


@given(_edited())
def test_edit_filter_never_drops_a_close_pair(pair: tuple[str, str]) -> None:
    # the fuzzy look-up's piece index rests on this filter: it must not reject a pair within
    # the bound, in either order
    a, b = pair
    for bound in range(4):
        if bounded_edit_distance(a, b, bound) <= bound:
            assert _may_be_within(a, b, bound)
            assert _may_be_within(b, a, bound)


# ----------------------------------------------------------------------------- default gazetteer


def test_default_is_cached_and_big_enough() -> None:
    assert Gazetteer.default() is G
    assert len(G) > 1500
    assert G.max_name_words >= 3
    assert sum(1 for p in G if p.country_code == "LY") > 800


@pytest.mark.parametrize(("name", "lat", "lon"), GOLD_POINTS)
def test_gold_places_resolve_within_10_km(name: str, lat: float, lon: float) -> None:
    place = G.resolve(name)
    bound = REGION_TOLERANCE_KM if place.kind is LocationKind.REGION else 10.0
    assert _km(place, lat, lon) <= bound, (name, place)


@pytest.mark.parametrize(("name", "lat", "lon"), COUNTRY_POINTS)
def test_countries_resolve_near_geonames_points(name: str, lat: float, lon: float) -> None:
    place = G.resolve(name)
    assert place.kind is LocationKind.COUNTRY
    assert _km(place, lat, lon) <= 500.0


def test_every_country_has_a_place() -> None:
    countries = [p for p in G if p.kind is LocationKind.COUNTRY]
    assert len(countries) > 190
    assert {"LY", "EG", "TN", "DZ", "NE", "TD", "SD", "IT", "MT", "GR", "TR", "US", "RU", "AE", "QA"} <= {
        p.country_code for p in countries
    }


@pytest.mark.parametrize(("variant", "canonical"), VARIANTS)
def test_transliteration_variants(variant: str, canonical: str) -> None:
    want = G.lookup(canonical)[0]
    got = G.resolve(variant)
    assert got.id == want.id or _km(got, want.lat, want.lon) < 5.0


def test_fuzzy_misspelling() -> None:
    assert G.lookup("Mistrata") == ()
    assert G.fuzzy_lookup("Mistrata")[0].name == "Misrata"
    assert G.resolve("Mistrata").name == "Misrata"
    assert G.fuzzy_lookup("Trpoli")[0].name == "Tripoli"  # 6 letters: distance 1
    assert G.fuzzy_lookup("Zlitn") == ()  # under 6 letters: no fuzzy matching


@pytest.mark.parametrize("word", COMMON_WORDS)
def test_common_words_are_never_places(word: str) -> None:
    assert G.lookup(word) == ()
    assert G.lookup(word.lower()) == ()
    assert G.fuzzy_lookup(word) == ()
    with pytest.raises(UnknownPlaceError):
        G.resolve(word)
    assert word not in G


@pytest.mark.parametrize("word", ["Gates", "Houses", "Armies", "Forced", "Mondays", "Governments"])
def test_near_common_words_do_not_fuzzy_match(word: str) -> None:
    assert all(p.country_code == "LY" for p in G.fuzzy_lookup(word))
    assert G.fuzzy_lookup(word) == () or word == "Gates"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.data())
def test_every_alias_looks_up_its_place(data: st.DataObject) -> None:
    place = data.draw(st.sampled_from(G.places))
    alias = data.draw(st.sampled_from(place.names))
    assume(normalize_name(alias) not in STOP_WORDS)
    key = normalize_name(alias)
    assert key in G.key_index, (alias, place.id)
    assert place in G.lookup(alias), (alias, place.id)
    assert G.resolve(alias) in G.lookup(alias)


def test_default_places_are_valid() -> None:
    import attrs

    for place in G:
        attrs.validate(place)
        assert isinstance(place.lat, float)
        assert isinstance(place.kind, LocationKind)
        assert normalize_name(place.name), place.id
        for alias in place.aliases:  # a source's primary name may be a common word ("Sultan")
            key = normalize_name(alias)
            assert key, (alias, place.id)
            assert key not in STOP_WORDS, (alias, place.id)


def test_all_aliases_of_curated_places_resolve_to_them() -> None:
    for place in G:
        if not place.id.startswith("curated:"):
            continue
        for alias in place.names:
            assert place in G.lookup(alias), (alias, place.id)


def test_libya_ranks_first() -> None:
    assert G.lookup("Tripoli")[0].country_code == "LY"
    assert G.lookup("Misrata")[0].kind is LocationKind.CITY


def test_lookup_type_errors() -> None:
    with pytest.raises(InputTypeError):
        G.lookup(b"Tripoli")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        G.resolve(None)  # type: ignore[arg-type]
    with pytest.raises(UnknownPlaceError, match="Xyzzyville"):
        G.resolve("Xyzzyville")


def test_key_index_for_extraction() -> None:
    index = G.key_index
    assert index["tripoli"][0].name == "Tripoli"
    assert "bab al aziziya" in index
    assert max(k.count(" ") + 1 for k in index) == G.max_name_words


def test_place_to_location_and_point() -> None:
    place = G.resolve("Gharyan")
    loc = place.to_location()
    assert isinstance(loc, Location)
    assert loc.point == place.point
    assert loc.gazetteer_id == place.id
    assert loc.kind is LocationKind.CITY
    assert loc.uncertainty_km == place.extent_km
    assert G.resolve("Libya").extent_km >= 100
    assert G.resolve("Mitiga").extent_km < 10


def test_nearest_finds_gharyan() -> None:
    place, km = G.nearest(32.17, 13.03, kinds=[LocationKind.CITY], min_population=10_000)
    assert place.name == "Gharyan"
    assert km < 2
    site, _ = G.nearest(32.8942, 13.2761, kinds=["site"])
    assert site.kind is LocationKind.SITE
    with pytest.raises(UnknownPlaceError):
        G.nearest(0.0, 0.0, min_population=10**12)


def test_contains_len_iter() -> None:
    assert "Benghazi" in G
    assert G.places[0] in G
    assert 42 not in G
    assert len(list(G)) == len(G)


def test_licence_and_notice_ship() -> None:
    data = Path(__file__).resolve().parent.parent / "libya_events" / "gazetteer" / "data"
    notice = (data / "NOTICE.md").read_text(encoding="utf-8")
    assert "OpenStreetMap contributors" in notice
    assert "ODbL" in notice
    assert "CC BY 4.0" in notice
    assert "reformatted and subset" in notice
    header = (data / "places.tsv").read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert "source" in header
    assert "licence" in header


# ----------------------------------------------------------------------------- other loaders

_GEONAMES_FIELDS = [
    "2210247|Tripoli|Tripoli|Tarabulus,Trablous|32.88743|13.18733|P|PPLC|LY||77||||1150989||81|Africa/Tripoli|2019",
    "9999991|New Sidi Foo|New Sidi Foo||31.5|14.5|P|PPL|LY||77||||1234|||Africa/Tripoli|2020-01-01",
    "9999992|Foo Airbase|Foo Airbase||31.6|14.6|S|AIRB|LY||77||||0|||Africa/Tripoli|2020-01-01",
]
GEONAMES_ROWS = [row.replace("|", "\t") for row in _GEONAMES_FIELDS]


def test_from_geonames(tmp_path: Path) -> None:
    path = tmp_path / "LY.txt"
    path.write_text("\n".join(GEONAMES_ROWS) + "\n", encoding="utf-8")
    g = Gazetteer.from_geonames(path)
    assert len(g) == 3
    assert g.resolve("Tarabulus").id == "geonames:2210247"
    assert g.resolve("Tripoli").feature == "capital"
    assert g.resolve("Foo Airbase").kind is LocationKind.SITE
    assert g.resolve("New Sidi Foo").population == 1234


def test_from_geonames_rejects_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("1\tonly\tthree\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        Gazetteer.from_geonames(path)


def test_from_csv_and_merged(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "id,name,kind,feature,lat,lon,country_code,population,aliases,source\n"
        "mine:camp-1,Camp Foo,site,camp,32.5,13.5,LY,0,Foo camp|Foo base,my notes\n"
        "mine:tripoli,Tripoli,city,populated_place,32.9,13.2,LY,0,,my notes\n",
        encoding="utf-8",
    )
    mine = Gazetteer.from_csv(path)
    assert mine.resolve("Foo base").id == "mine:camp-1"
    both = G.merged(mine)
    assert len(both) == len(G) + 2
    assert both.resolve("Tripoli").id == "mine:tripoli"  # user places win ties
    assert both.resolve("Benghazi").id == G.resolve("Benghazi").id
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,kind,lat,lon\nx,X,planet,1,2\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        Gazetteer.from_csv(bad)


def test_from_places() -> None:
    p = Place("x:1", "Qaryat Foo", LocationKind.CITY, "populated_place", 30, 15, "LY", 10, ("Foo Village",))
    g = Gazetteer.from_places([p])
    assert g.resolve("foo village") is p
    assert p.point.lat == 30.0
    assert math.isclose(p.distance_km(30, 15), 0.0)


# ----------------------------------------------------------------------------- geopy


def test_offline_geocoder_returns_geopy_locations() -> None:
    geo = OfflineGeocoder()
    loc = geo.geocode("Sebha")
    assert isinstance(loc, GeopyLocation)
    assert loc.raw["name"] == "Sabha"
    assert abs(loc.latitude - 27.03766) < 1e-6
    many = geo.geocode("Tripoli", exactly_one=False)
    assert isinstance(many, list)
    assert all(isinstance(x, GeopyLocation) for x in many)
    assert geo.geocode("Xyzzyville") is None
    rev = geo.reverse("32.172, 13.020")
    assert isinstance(rev, GeopyLocation)
    assert rev.raw["name"] == "Gharyan"
    rev_all = geo.reverse((32.172, 13.020), exactly_one=False)
    assert isinstance(rev_all, list)
    assert len(rev_all) >= 3


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Sirte, Libya", "Sirte"),
        ("Sirte, LY", "Sirte"),
        ("  Misurata ,  Libya ", "Misrata"),
        ("Sirt, Libya", "Sirte"),
        ("Abu Salim, Tripoli", "Abu Salim"),
        ("Abu Salim, Tripoli, Libya", "Abu Salim"),
        ("Benghazi,", "Benghazi"),
    ],
)
def test_offline_geocoder_reads_place_comma_country(query: str, name: str) -> None:
    found = OfflineGeocoder().geocode(query)
    assert isinstance(found, GeopyLocation)
    assert found.raw["name"] == name
    assert found.raw["country_code"] == "LY"


@pytest.mark.parametrize(
    "query", ["Tripoli, Lebanon", "Gharyan, Tunisia", "Sirte, Qqzzyx", "Abu Salim, Benghazi"]
)
def test_offline_geocoder_honours_the_qualifier(query: str) -> None:
    # Libya's Tripoli is not in Lebanon, nor Abu Salim (a Tripoli district) in Benghazi
    assert OfflineGeocoder().geocode(query) is None


def test_offline_geocoder_qualified_query_keeps_every_candidate_in_the_country() -> None:
    many = OfflineGeocoder().geocode("Tripoli, Libya", exactly_one=False)
    assert isinstance(many, list)
    assert many
    assert all(x.raw["country_code"] == "LY" for x in many)


def test_offline_geocoder_reverse_prefers_a_town_to_a_conference_centre() -> None:
    centre = G.resolve("Ouagadougou Conference Centre")
    assert not centre.populated
    geo = OfflineGeocoder()
    found = geo.reverse((centre.lat + 0.0004, centre.lon + 0.0003))
    assert isinstance(found, GeopyLocation)
    assert found.raw["name"] == "Sirte"
    assert found.raw["kind"] == "city"
    every = geo.reverse((centre.lat, centre.lon), exactly_one=False)
    assert isinstance(every, list)
    assert every[0].raw["name"] == "Sirte"
    assert "Ouagadougou Conference Centre" in [x.raw["name"] for x in every]


def test_offline_geocoder_reverse_of_a_hotel_is_a_populated_place_nearby() -> None:
    hotel = G.resolve("Rixos Al Nasr hotel")
    found = OfflineGeocoder().reverse(f"{hotel.lat}, {hotel.lon}")
    assert isinstance(found, GeopyLocation)
    place = G.get(found.raw["id"])
    assert place is not None
    assert place.populated
    assert place.distance_km(hotel.lat, hotel.lon) < 15


def test_offline_geocoder_reverse_without_populated_places_falls_back_to_any() -> None:
    only_sites = Gazetteer.from_places(
        [Place("user:gate", "Gate Example", "site", "checkpoint", 31.5, 14.2, country_code="LY")]
    )
    found = OfflineGeocoder(only_sites).reverse("31.6, 14.3")
    assert isinstance(found, GeopyLocation)
    assert found.raw["name"] == "Gate Example"


def test_nearest_populated_skips_sites_and_checkpoints() -> None:
    place, km = G.nearest(31.20892, 16.58866, populated=True)
    assert place.name == "Sirte"
    assert km < 0.01
    assert all(
        p.populated
        == (p.kind is LocationKind.CITY and p.feature in {"populated_place", "capital", "neighbourhood"})
        for p in G
    )


class _FakeGeocoder:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, query: str, exactly_one: bool = True) -> GeopyLocation | None:
        from geopy.point import Point

        self.calls.append(query)
        if query == "Nowhere":
            return None
        return GeopyLocation(f"{query}, Libya", Point(31.0, 15.0), {"address": {"country_code": "ly"}})


def test_resolve_with_fallback() -> None:
    fake = _FakeGeocoder()
    assert resolve_with_fallback("Misurata", G, fake).name == "Misrata"
    assert fake.calls == []
    place = resolve_with_fallback("Qaryat Xyzzy", G, fake)
    assert place.id.startswith("geopy:")
    assert place.country_code == "LY"
    assert place.to_location().point is not None
    with pytest.raises(UnknownPlaceError):
        resolve_with_fallback("Nowhere", G, fake)
    with pytest.raises(UnknownPlaceError):
        resolve_with_fallback("Qaryat Xyzzy", G)  # offline by default


# ----------------------------------------------------------------------------- shipped data

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "libya_events" / "gazetteer" / "data"


def test_shipped_keys_match_the_code() -> None:
    from libya_events.gazetteer._names import _skeleton_of_variant, _variant_of_key

    lines = (DATA / "keys.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(lines) > 1000
    for line in lines:
        name, key, variant, skeleton = line.split("\t")
        assert normalize_name(name) == key, name
        assert _variant_of_key(key) == variant, name
        assert _skeleton_of_variant(variant) == skeleton, name


def test_default_equals_uncached_build() -> None:
    from libya_events.gazetteer._gazetteer import _data_text, _read_places_tsv

    plain = Gazetteer(_read_places_tsv(_data_text("places.tsv"), "places.tsv"))
    assert plain.key_index.keys() == G.key_index.keys()
    for key in list(G.key_index)[::50]:
        assert [p.id for p in plain.key_index[key]] == [p.id for p in G.key_index[key]]


def test_supplement_rows_are_cited_facts() -> None:
    import csv

    with (REPO / "data" / "gazetteer_supplement.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["source"].strip(), row["id"]
        assert -90 <= float(row["lat"]) <= 90
        assert -180 <= float(row["lon"]) <= 180
        assert row["kind"] in {k.value for k in LocationKind}
        assert G.get(row["id"]) is not None or row["id"].startswith("geonames:"), row["id"]


@pytest.mark.skipif(not (SHARED / "data" / "geonames").is_dir(), reason="source datasets not available")
def test_build_is_reproducible(tmp_path: Path) -> None:
    import runpy

    build = runpy.run_path(str(REPO / "scripts" / "build_gazetteer.py"))
    build["main"](["--shared", str(SHARED / "data"), "--out", str(tmp_path)])  # a worktree's too
    for name in ("places.tsv", "keys.tsv", "NOTICE.md"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def test_lazy_geopy_exports() -> None:
    import libya_events.gazetteer as gz

    assert gz.OfflineGeocoder is OfflineGeocoder
    with pytest.raises(AttributeError):
        _ = gz.NoSuchThing


def _fuzzy_by_brute_force(name: str) -> tuple[Place, ...]:
    """The fuzzy look-up as documented, trying every Libyan name of a near length."""
    key = normalize_name(name)
    letters = sum(c.isalpha() for c in key)
    if not key or key in STOP_WORDS or letters < 6:
        return ()
    bound = 2 if letters >= 9 else 1
    scored: dict[str, tuple[int, Place]] = {}
    for length in range(len(key) - bound, len(key) + bound + 1):
        for cand, place in G._fuzzy_index().get(length, ()):
            d = bounded_edit_distance(key, cand, bound)
            if d <= bound and (place.id not in scored or d < scored[place.id][0]):
                scored[place.id] = (d, place)
    return tuple(p for _, p in sorted(scored.values(), key=lambda dp: (dp[0], G._rank_key(dp[1]))))


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["Misrata", "Ajdabiya", "Bani Walid", "Tarhuna", "Ras Lanuf", "Gharyan", "Sabha"]),
    st.lists(
        st.tuples(st.sampled_from("ids"), st.integers(0, 12), st.sampled_from("aeiuklrt -")), max_size=3
    ),
)
def test_fuzzy_lookup_finds_what_trying_every_name_finds(
    name: str, edits: list[tuple[str, int, str]]
) -> None:
    # the look-up finds its candidates through an index of name pieces: the same places, in
    # the same order, as trying every name of a near length
    chars = list(name)
    for op, pos, ch in edits:
        pos = min(pos, len(chars))
        if op == "i":
            chars.insert(pos, ch)
        elif pos < len(chars):
            chars[pos : pos + 1] = [] if op == "d" else [ch]
    misspelt = "".join(chars)
    assert G.fuzzy_lookup(misspelt) == _fuzzy_by_brute_force(misspelt)
