"""Exports: JSON Lines round trips, GeoJSON validity, ACLED-layout CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from libya_events import (
    Actor,
    ActorKind,
    Article,
    EventDate,
    ExportError,
    GeoPoint,
    InputTypeError,
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
    parse_article,
)
from libya_events.export import (
    ACLED_COLUMNS,
    ACLED_MODALITIES,
    FRAME_COLUMNS,
    AcledWriter,
    ErrorRecord,
    GeoJSONWriter,
    acled_article_id,
    acled_event_type,
    acled_rows,
    article_features,
    article_from_json,
    article_to_json,
    articles_from_jsonl,
    articles_to_geojson,
    articles_to_jsonl,
    read_acled_csv,
    read_geojson,
    read_jsonl,
    read_jsonl_dataframes,
    read_jsonl_records,
    structure,
    to_dataframes,
    write_acled_csv,
    write_jsonl,
)
from libya_events.strategies import articles, geo_points

geojson = pytest.importorskip("geojson")

# --------------------------------------------------------------------------- a hand-made article

TEXT = (
    "Forces of the Government of National Accord advanced from Misrata to Sirte on 4 April 2019. "
    "The Libyan National Army captured Gharyan. "
    "Fayez al-Sarraj travelled to Tripoli. "
    'Fayez al-Sarraj said "peace must return". '
    "Fighting was reported 80 km south of Sirte."
)


def _mention(words: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    return Mention(words, Span(start, start + len(words)))


def _place(name: str, lat: float, lon: float, nth: int = 0, kind: str = "city") -> Location:
    return Location(
        name, LocationKind(kind), GeoPoint(lat, lon), country_code="LY", mentions=[_mention(name, nth)]
    )


def _sentence(words: str) -> Span:
    start = TEXT.index(words)
    end = TEXT.index(".", start + len(words) - 1) + 1
    return Span(start, end)


MISRATA = _place("Misrata", 32.3754, 15.0925)
SIRTE = _place("Sirte", 31.2089, 16.5887)
GHARYAN = _place("Gharyan", 32.1722, 13.0203)
TRIPOLI = _place("Tripoli", 32.8872, 13.1913)


def _article() -> Article:
    sirte_anchor = _place("Sirte", 31.2089, 16.5887, nth=1)
    return Article(
        text=TEXT,
        published=dt.date(2019, 4, 6),
        id="hand-made",
        actors=[
            Actor("Government of National Accord", ActorKind.GOVERNMENT),
            Actor(
                "Government of National Accord forces",
                ActorKind.ARMED_GROUP,
                affiliation="Government of National Accord",
                mentions=[_mention("Forces of the Government of National Accord")],
            ),
            Actor("Libyan National Army", ActorKind.ARMED_GROUP, mentions=[_mention("Libyan National Army")]),
            Actor("Fayez al-Sarraj", ActorKind.PERSON, affiliation="Government of National Accord"),
        ],
        locations=[MISRATA, SIRTE, GHARYAN, TRIPOLI],
        relative_locations=[
            RelativeLocation(
                "80 km south of Sirte",
                sirte_anchor,
                Relation.OFFSET,
                distance_km=80,
                bearing_deg=180,
                point=GeoPoint(30.49, 16.5887),
                uncertainty_km=8,
                span=_sentence("80 km south of Sirte"),
            )
        ],
        movements=[
            Movement(
                MovementKind.ADVANCE,
                _mention("advanced"),
                _sentence("Forces of the Government"),
                actor="Government of National Accord forces",
                origin=MISRATA,
                destination=SIRTE,
                date=EventDate.from_day(dt.date(2019, 4, 4)),
            ),
            Movement(
                MovementKind.CAPTURE,
                _mention("captured"),
                _sentence("The Libyan National Army captured"),
                actor="Libyan National Army",
                destination=GHARYAN,
            ),
            Movement(
                MovementKind.TRAVEL,
                _mention("travelled"),
                _sentence("Fayez al-Sarraj travelled"),
                actor="Fayez al-Sarraj",
                destination=TRIPOLI,
                date=EventDate.from_month(2019, 4),
            ),
        ],
        statements=[
            Statement(
                "peace must return",
                Span(TEXT.index("peace"), TEXT.index("peace") + len("peace must return")),
                direct=True,
                speaker="Fayez al-Sarraj",
            )
        ],
    )


def _positions(geometry: dict[str, Any]) -> list[list[float]]:
    if geometry["type"] == "Point":
        return [geometry["coordinates"]]
    return list(geometry["coordinates"])


def _assert_valid_collection(collection: dict[str, Any]) -> None:
    obj = geojson.loads(json.dumps(collection))
    assert obj.is_valid, obj.errors()
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        assert geojson.loads(json.dumps(feature)).is_valid
        for lon, lat in _positions(feature["geometry"]):
            assert -180.0 <= lon <= 180.0
            assert -90.0 <= lat <= 90.0


# --------------------------------------------------------------------------- JSON Lines


@given(st.lists(articles(max_clauses=5), max_size=4))
def test_jsonl_round_trip_gives_equal_articles(batch: list[Article]) -> None:
    text = articles_to_jsonl(batch)
    assert text.count("\n") == len(batch)
    assert articles_from_jsonl(text) == batch


@given(articles())
def test_a_jsonl_line_is_the_parse_json_object(article: Article) -> None:
    out = io.StringIO()
    write_jsonl([article], out)
    assert out.getvalue() == article_to_json(article) + "\n"


def test_jsonl_reader_skips_error_records_and_blank_lines(tmp_path: Any) -> None:
    article = _article()
    path = tmp_path / "out.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        write_jsonl([article, ErrorRecord("x", "x.txt", "boom")], handle)
        handle.write("\n")
    assert list(read_jsonl(path)) == [article]
    records = list(read_jsonl_records(path))
    assert records == [article, ErrorRecord("x", "x.txt", "boom")]


def test_jsonl_reader_names_the_bad_line() -> None:
    with pytest.raises(ExportError, match="line 2"):
        list(read_jsonl(article_to_json(_article()) + "\n{not json\n"))
    with pytest.raises(ExportError, match="line 1"):
        list(read_jsonl("[1, 2]\n"))


def test_jsonl_reader_hints_at_a_file_name_passed_as_text(tmp_path: Path) -> None:
    """A str is JSON Lines text; a file's name given as one gets a hint to pass a Path."""
    path = tmp_path / "events"
    with path.open("w", encoding="utf-8") as handle:
        write_jsonl([_article()], handle)
    for name in (str(path), "missing/out.jsonl"):
        with pytest.raises(ExportError, match=r"pass pathlib\.Path\("):
            list(read_jsonl(name))
    for text in ("{not json", "not json at all", "\x00" * 5000, "a\nb"):
        with pytest.raises(ExportError) as caught:
            list(read_jsonl(text))
        assert "pathlib.Path" not in str(caught.value)


def test_jsonl_reader_reads_the_warnings_key_into_the_article() -> None:
    data = json.loads(article_to_json(_article()))
    assert data["warnings"] == []
    data["warnings"] = ["decoded as cp1252"]
    (back,) = read_jsonl(json.dumps(data))
    assert back.warnings == ("decoded as cp1252",)
    assert attrs.evolve(back, warnings=()) == _article()


# --------------------------------------------------------------------------- GeoJSON


def test_geojson_of_a_hand_made_article() -> None:
    collection = articles_to_geojson([_article()], sources={"hand-made": "corpus/a.txt"})
    _assert_valid_collection(collection)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for f in collection["features"]:
        by_type.setdefault(f["properties"]["record_type"], []).append(f)
    assert len(by_type["location"]) == 4
    tripoli = next(f for f in by_type["location"] if f["properties"]["name"] == "Tripoli")
    assert tripoli["geometry"]["coordinates"] == [13.1913, 32.8872]  # [lon, lat]
    advance, capture, travel = by_type["movement"]
    assert advance["geometry"] == {
        "type": "LineString",
        "coordinates": [[15.0925, 32.3754], [16.5887, 31.2089]],
    }
    assert advance["properties"]["date"] == "2019-04-04"
    assert advance["properties"]["date_granularity"] == "day"
    assert advance["properties"]["actor"] == "Government of National Accord forces"
    assert advance["properties"]["evidence"].startswith("Forces of the Government")
    assert advance["properties"]["source"] == "corpus/a.txt"
    assert advance["properties"]["article_id"] == "hand-made"
    assert capture["geometry"]["type"] == "Point"
    assert capture["properties"]["geometry_end"] == "destination"
    assert travel["properties"]["date"] == "2019-04"
    assert travel["properties"]["date_granularity"] == "month"
    (relative,) = by_type["relative_location"]
    assert relative["properties"]["kind"] == "offset"
    assert relative["properties"]["uncertainty_km"] == 8
    (statement,) = by_type["statement"]
    assert statement["geometry"]["coordinates"] == [13.1913, 32.8872]  # Sarraj went to Tripoli
    assert statement["properties"]["quote"] == "peace must return"


@given(st.lists(articles(), max_size=3))
def test_geojson_is_valid_for_any_article(batch: list[Article]) -> None:
    collection = articles_to_geojson(batch)
    _assert_valid_collection(collection)
    for article in batch:
        located = sum(1 for loc in article.locations if loc.point is not None)
        kinds = [f["properties"]["record_type"] for f in article_features(article)]
        assert kinds.count("location") == located


@given(st.lists(articles(max_clauses=4), max_size=3))
def test_streamed_geojson_equals_the_collection(batch: list[Article]) -> None:
    out = io.StringIO()
    with GeoJSONWriter(out) as writer:
        for article in batch:
            writer.write(article)
    assert read_geojson(out.getvalue()) == articles_to_geojson(batch)


def test_read_geojson_refuses_other_json() -> None:
    with pytest.raises(ExportError):
        read_geojson('{"type": "Feature"}')


# --------------------------------------------------------------------------- ACLED CSV


ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
    "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
    "notes,fatalities,tags,timestamp"
)


def test_acled_csv_opens_in_pandas_with_acled_columns() -> None:
    pd = pytest.importorskip("pandas")
    out = io.StringIO()
    assert write_acled_csv([_article()], out) == 3
    assert out.getvalue().splitlines()[0] == ACLED_HEADER  # ACLED's 31 names, in ACLED's order
    assert len(ACLED_COLUMNS) == 31
    frame = pd.read_csv(io.StringIO(out.getvalue()), keep_default_na=False)
    assert list(frame.columns) == list(ACLED_COLUMNS)
    assert len(frame) == 3
    assert list(frame["time_precision"]) == [1, 3, 3]
    assert list(frame["event_date"]) == ["2019-04-04", "2019-04-06", "2019-04-01"]
    assert list(frame["country"]) == ["Libya"] * 3
    assert list(frame["iso"]) == [434] * 3
    assert list(frame["region"]) == ["Northern Africa"] * 3
    assert list(frame["admin1"]) == ["Surt", "Jabal al Gharbi", "Tripoli"]
    assert list(frame["tags"]) == ["modality=reported; article_id=hand-made"] * 3
    assert list(frame["disorder_type"]) == [
        "Strategic developments",
        "Political violence",
        "Strategic developments",
    ]
    assert frame["event_id_cnty"].str.fullmatch(r"LBY[0-9]+").all()
    assert frame["event_id_cnty"].is_unique
    assert frame["latitude"].between(-90, 90).all()
    assert frame["longitude"].between(-180, 180).all()
    assert frame.loc[0, "location"] == "Sirte"
    assert frame.loc[0, "assoc_actor_1"] == "Government of National Accord"
    assert frame.loc[1, "notes"] == "The Libyan National Army captured Gharyan."
    for blank in ("inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting"):
        assert (frame[blank] == "").all(), blank
    for blank in ("admin2", "admin3", "source_scale", "fatalities", "timestamp"):
        assert (frame[blank] == "").all(), blank


def test_acled_event_ids_are_stable_across_runs_and_orders() -> None:
    one, other = _article(), evolve(_article(), id="other")
    first = [r["event_id_cnty"] for r in acled_rows(one)]
    assert first == [r["event_id_cnty"] for r in acled_rows(_article())]
    out = io.StringIO()
    write_acled_csv([other, one], out)
    ids = [r["event_id_cnty"] for r in read_acled_csv(io.StringIO(out.getvalue()))]
    assert ids[3:] == first
    assert len(set(ids)) == 6


def test_acled_rows_are_reported_and_attempted_movements_only() -> None:
    article = _article()
    capture = article.movements[1]
    by_modality = [evolve(capture, modality=modality) for modality in Modality]
    rows = list(acled_rows(evolve(article, movements=by_modality)))
    assert [r["tags"] for r in rows] == [
        "modality=reported; article_id=hand-made",
        "modality=attempted; article_id=hand-made",
    ]
    assert [acled_article_id(r) for r in rows] == ["hand-made", "hand-made"]
    assert acled_article_id(next(acled_rows(evolve(article, id=None)))) is None
    assert rows[1]["sub_event_type"] == "Other"
    assert rows[1]["notes"] == "The Libyan National Army captured Gharyan."


def test_acled_aid_deliveries_are_not_bases() -> None:
    text = "The Red Crescent sent aid to Murzuq. LNA troops deployed to Murzuq."
    murzuq = Location("Murzuq", LocationKind.CITY, GeoPoint(25.9155, 13.9184), country_code="LY")

    def deploy(words: str, sentence: str, actor: str) -> Movement:
        start = text.index(words)
        first = text.index(sentence)
        return Movement(
            MovementKind.DEPLOY,
            Mention(words, Span(start, start + len(words))),
            Span(first, first + len(sentence)),
            actor=actor,
            destination=murzuq,
        )

    article = Article(
        text,
        actors=[Actor("Libyan Red Crescent", ActorKind.ORGANIZATION)],
        movements=[
            deploy("sent", "The Red Crescent sent aid to Murzuq.", "Libyan Red Crescent"),
            deploy("deployed", "LNA troops deployed to Murzuq.", "Libyan National Army"),
        ],
    )
    aid, troops = article.movements
    assert acled_event_type(article, aid) == ("Strategic developments", "Other")
    assert acled_event_type(article, troops) == ("Strategic developments", "Headquarters or base established")
    aid_by_anyone = evolve(aid, actor=None)
    assert acled_event_type(article, aid_by_anyone) == ("Strategic developments", "Other")


def test_acled_event_types_follow_the_documented_mapping() -> None:
    article = _article()
    advance, capture, travel = article.movements
    assert acled_event_type(article, advance) == ("Strategic developments", "Other")
    assert acled_event_type(article, capture) == ("Battles", "Non-state actor overtakes territory")
    assert acled_event_type(article, travel) == ("Strategic developments", "Other")
    gna_capture = Movement(
        MovementKind.CAPTURE,
        capture.trigger,
        capture.span,
        actor="Government of National Accord forces",
        destination=GHARYAN,
    )
    assert acled_event_type(article, gna_capture) == ("Battles", "Government regains territory")
    unknown = Movement(MovementKind.CAPTURE, capture.trigger, capture.span, destination=GHARYAN)
    assert acled_event_type(article, unknown) == (
        "Strategic developments",
        "Non-violent transfer of territory",
    )
    deploy = Movement(MovementKind.DEPLOY, capture.trigger, capture.span, actor="Libyan National Army")
    assert acled_event_type(article, deploy) == ("Strategic developments", "Headquarters or base established")
    denied = Movement(
        MovementKind.CAPTURE,
        capture.trigger,
        capture.span,
        actor="Libyan National Army",
        modality=Modality.DENIED,
    )
    assert acled_event_type(article, denied) == ("Strategic developments", "Other")


def test_acled_geo_precision_marks_regions_and_relative_places() -> None:
    article = _article()
    region = Location("Fezzan", LocationKind.REGION, GeoPoint(26.5, 14.0))
    moved = Movement(
        MovementKind.DEPLOY, article.movements[1].trigger, article.movements[1].span, destination=region
    )
    rows = list(acled_rows(Article(TEXT, movements=[moved], id="r")))
    assert rows[0]["geo_precision"] == "3"
    near = Movement(
        MovementKind.DEPLOY,
        _mention("reported"),
        _sentence("Fighting was reported"),
        destination=_place("Sirte", 31.2089, 16.5887, nth=1),
    )
    rows = list(acled_rows(Article(TEXT, relative_locations=article.relative_locations, movements=[near])))
    assert rows[0]["geo_precision"] == "2"
    assert rows[0]["event_date"] == ""  # no date and no publication day
    assert rows[0]["time_precision"] == ""


@given(st.lists(articles(), max_size=3))
def test_acled_csv_has_a_row_per_movement_and_reads_back(batch: list[Article]) -> None:
    out = io.StringIO()
    n = write_acled_csv(batch, out)
    assert n == sum(1 for a in batch for m in a.movements if m.modality in ACLED_MODALITIES)
    rows = read_acled_csv(io.StringIO(out.getvalue()))
    assert len(rows) == n
    for row in rows:
        assert list(row) == list(ACLED_COLUMNS)
        assert row["time_precision"] in ({"1", "2", "3"} if row["event_date"] else {""})


def test_acled_sides_come_from_affiliations_and_the_knowledge_base() -> None:
    article = _article()
    capture = article.movements[1]
    haftar = Article(
        TEXT,
        actors=[
            Actor("Khalifa Haftar", ActorKind.PERSON, affiliation="Libyan National Army"),
            Actor("Libyan National Army", ActorKind.ARMED_GROUP),
        ],
    )
    by_haftar = Movement(MovementKind.CAPTURE, capture.trigger, capture.span, actor="Khalifa Haftar")
    assert acled_event_type(haftar, by_haftar) == ("Battles", "Non-state actor overtakes territory")
    bare = Article(TEXT)  # no actor records: the default knowledge base knows the LNA
    by_lna = Movement(MovementKind.CAPTURE, capture.trigger, capture.span, actor="Libyan National Army")
    assert acled_event_type(bare, by_lna) == ("Battles", "Non-state actor overtakes territory")


def test_acled_geo_precision_is_2_for_a_movement_near_a_town() -> None:
    article = parse_article(
        "Forces loyal to Khalifa Haftar advanced to near Gharyan on Thursday.", published="2019-04-06", id="n"
    )
    out = io.StringIO()
    assert write_acled_csv([article], out) == 1
    (row,) = read_acled_csv(io.StringIO(out.getvalue()))
    assert (row["location"], row["geo_precision"]) == ("Gharyan", "2")
    assert (row["country"], row["iso"], row["region"]) == ("Libya", "434", "Northern Africa")
    assert row["admin1"] == "Jabal al Gharbi"
    assert row["time_precision"] == "1"
    plain = parse_article(
        "Forces loyal to Khalifa Haftar entered Gharyan on Thursday.", published="2019-04-06"
    )
    assert [r["geo_precision"] for r in acled_rows(plain)] == ["1"]


@pytest.mark.parametrize(
    "head",
    [
        "TRIPOLI, April 4 (Reuters) - ",
        "BENGHAZI, Libya (AP) -- ",
        "Tripoli, 4 April 2019 - ",
        "10:45 GMT - ",
        "[14:05] ",
        "\u2022 ",
        "- ",
    ],
)
def test_acled_notes_drop_datelines_timestamps_and_bullets(head: str) -> None:
    sentence = "LNA forces seized Gharyan on Thursday."
    article = parse_article(head + sentence, published="2019-04-06")
    notes = [r["notes"] for r in acled_rows(article)]
    assert notes == [sentence]


def test_acled_country_follows_the_place() -> None:
    article = _article()
    tunis = Location("Tunis", LocationKind.CITY, GeoPoint(36.8065, 10.1815), country_code="TN")
    nowhere = Location("Somewhere", LocationKind.CITY, GeoPoint(10.0, 10.0))
    moves = [
        evolve(article.movements[2], destination=tunis),
        evolve(article.movements[2], destination=nowhere),
    ]
    tn, unknown = acled_rows(evolve(article, movements=moves))
    assert (tn["country"], tn["iso"], tn["region"], tn["admin1"]) == ("Tunisia", "788", "Northern Africa", "")
    assert (unknown["country"], unknown["iso"], unknown["region"]) == ("", "", "")


# --------------------------------------------------------------------------- hostile reproductions

HOSTILE = [
    json.loads(line) for line in (Path(__file__).parent / "hostile" / "exports.jsonl").open(encoding="utf-8")
]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _csv_bytes(articles_and_sources: list[tuple[Article, str | None]]) -> bytes:
    """Write through a strict UTF-8 stream, as a file would be: an unencodable cell raises."""
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="")
    writer = AcledWriter(stream)
    for article, source in articles_and_sources:
        writer.write(article, source=source)
    stream.flush()
    return raw.getvalue()


def _assert_safe_cells(rows: list[dict[str, str]]) -> None:
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(FORMULA_START) or PLAIN_NUMBER.fullmatch(cell), (column, cell)


def _hostile_articles() -> list[tuple[str, Article, str | None]]:
    return [(c["case"], structure(c["article"], Article), c["source"]) for c in HOSTILE if "article" in c]


def test_hostile_formula_cells_are_quoted() -> None:
    ((_, article, source),) = [c for c in _hostile_articles() if c[0] == "csv_formula_cells"]
    rows = list(csv.DictReader(io.StringIO(_csv_bytes([(article, source)]).decode("utf-8"))))
    assert len(rows) == 5
    _assert_safe_cells(rows)
    assert {r["source"] for r in rows} == {"'+corpus/=evil.txt"}
    assert [r["actor1"] for r in rows] == [
        '\'=HYPERLINK("http://x")',
        "'+Government forces",
        "'-militia",
        "'@troops",
        "'\tmilitia",
    ]
    assert [r["location"] for r in rows] == ["Gharyan", "'=Sirte", "'+Tarhuna", "'@Zawiya", "'-Sabha"]
    assert [r["notes"] for r in rows] == [
        "'=1+1 LNA forces seized Gharyan.",
        "'=1+1 GNA forces took =Sirte.",  # the leading tab is stripped, then the cell is quoted
        "'-5 fighters captured +Tarhuna.",
        "'@SUM(A1) troops seized @Zawiya.",
        "'=2 militias took -Sabha.",
    ]
    assert rows[2]["assoc_actor_1"] == "'=cmd|' /C calc'!A0"
    quoted = sum(cell.startswith("'") for row in rows for cell in row.values())
    assert quoted == 20  # 5 sources, 5 actors, 4 places, 5 notes, 1 affiliation


def test_hostile_lone_surrogates_are_escaped_in_every_export() -> None:
    ((_, article, _),) = [c for c in _hostile_articles() if c[0] == "lone_surrogates"]
    assert "\ud800" in article.text
    text = article_to_json(article)
    text.encode("utf-8")  # strict: no lone surrogate left
    assert "\\ud800" in text
    assert article_from_json(text) == article
    assert article_from_json(text.encode("utf-8")) == article
    lines = io.StringIO()
    write_jsonl([article], lines)
    (row,) = csv.DictReader(io.StringIO(_csv_bytes([(article, None)]).decode("utf-8")))
    assert row["notes"] == "LNA forces seized Gharyan \\ud800 on Thursday."
    assert row["actor1"] == "LNA \\udfff"
    assert row["source"] == "surrogate-\\udc00"
    out = io.StringIO()
    with GeoJSONWriter(out) as writer:
        writer.write(article)
    out.getvalue().encode("utf-8")
    assert read_geojson(out.getvalue()) == articles_to_geojson([article])


def test_a_surrogate_pair_reads_back_as_its_character() -> None:
    # JSON itself reads two escapes that form a pair as one character: documented.
    article = Article("a\ud83d\ude00b")
    assert article_from_json(article_to_json(article)).text == "a\U0001f600b"


@pytest.mark.parametrize(
    "case", [c for c in HOSTILE if "from_json" in c or "from_json_hex" in c], ids=lambda c: c["case"]
)
def test_hostile_json_raises_export_error(case: dict[str, Any]) -> None:
    if "from_json_hex" in case:
        payload: str | bytes = bytes.fromhex(case["from_json_hex"])
    else:
        spec = case["from_json"]
        payload = spec.get("prefix", "") + spec["repeat"] * spec["times"] + spec.get("suffix", "")
    with pytest.raises(ExportError):
        article_from_json(payload)


# --------------------------------------------------------------------------- GeoJSON ids and rounding


def test_geojson_rounds_positions_and_gives_stable_ids() -> None:
    article = _article()
    fine = Location("Sirte", LocationKind.CITY, GeoPoint(31.20891234567, 16.58866987654), country_code="LY")
    features = article_features(evolve(article, locations=[*article.locations, fine]))
    assert features[4]["geometry"]["coordinates"] == [16.58867, 31.208912]
    ids = [f["id"] for f in features]
    assert len(set(ids)) == len(ids)
    assert ids[:5] == [f"hand-made:location:{n}" for n in range(5)]
    assert "hand-made:movement:1" in ids
    assert ids == [f["id"] for f in article_features(_article_with(fine))]
    anonymous = [f["id"] for f in article_features(evolve(article, id=None))]
    assert anonymous == [f["id"] for f in article_features(evolve(article, id=None))]
    assert all(i.startswith("text-") for i in anonymous)


def _article_with(location: Location) -> Article:
    article = _article()
    return evolve(article, locations=[*article.locations, location])


# --------------------------------------------------------------------------- pandas frames


def test_frames_round_trip_a_jsonl_files_movements(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    parsed = [
        parse_article(path.read_text(encoding="utf-8"), published="2020-03-03", id=path.stem)
        for path in sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))
    ]
    batch = [_article(), *parsed]
    path = tmp_path / "out.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        write_jsonl([*batch, ErrorRecord("bad", "bad.txt", "boom")], handle)
    frames = read_jsonl_dataframes(path)
    assert set(frames) == {"movements", "statements", "actors", "places"}
    movements = frames["movements"]
    assert len(movements) == sum(len(a.movements) for a in batch) > 3
    assert list(movements.columns) == list(FRAME_COLUMNS["movements"])
    expected = [
        (a.id, n, m.kind.value, m.actor, m.destination.name if m.destination else None)
        for a in batch
        for n, m in enumerate(a.movements)
    ]
    got = [
        (
            r.article_id,
            r.movement,
            r.kind,
            None if _missing(r.actor) else r.actor,
            None if _missing(r.destination) else r.destination,
        )
        for r in movements.itertuples()
    ]
    assert got == expected
    first = movements.iloc[0]
    assert (first["origin"], first["destination"], first["date"]) == ("Misrata", "Sirte", "2019-04-04")
    assert first["destination_lat"] == pytest.approx(31.2089)
    assert str(first["date_start"].date()) == "2019-04-04"
    assert len(frames["statements"]) == sum(len(a.statements) for a in batch)
    assert len(frames["actors"]) == sum(len(a.actors) for a in batch)
    places = frames["places"]
    assert len(places) == sum(len(a.locations) + len(a.relative_locations) for a in batch)
    assert set(places["record_type"]) == {"location", "relative_location"}


def _missing(value: object) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


@given(st.lists(articles(max_clauses=4), max_size=3))
def test_frames_have_one_row_per_record(batch: list[Article]) -> None:
    pytest.importorskip("pandas")
    frames = to_dataframes(articles_from_jsonl(articles_to_jsonl(batch)))
    assert len(frames["movements"]) == sum(len(a.movements) for a in batch)
    assert len(frames["statements"]) == sum(len(a.statements) for a in batch)
    assert len(frames["actors"]) == sum(len(a.actors) for a in batch)
    for kind, frame in frames.items():
        assert list(frame.columns) == list(FRAME_COLUMNS[kind])
        assert set(frame["article"]) <= set(range(len(batch)))


def test_frames_of_nothing_have_their_columns() -> None:
    pytest.importorskip("pandas")
    for kind, frame in to_dataframes([]).items():
        assert frame.empty
        assert list(frame.columns) == list(FRAME_COLUMNS[kind])


def test_pandas_is_imported_only_for_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    code = "import sys, libya_events, libya_events.export; assert 'pandas' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parent.parent)
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    with pytest.raises(ModuleNotFoundError, match=r"libya-events\[pandas\]"):
        to_dataframes([_article()])


def test_frames_refuse_what_is_not_an_article() -> None:
    pytest.importorskip("pandas")
    with pytest.raises(InputTypeError):
        to_dataframes(["not an article"])  # type: ignore[list-item]


# --------------------------------------------------------------------------- fuzzing the flat exports

#: 1,000 examples whatever the profile (as tests/test_fuzz.py); 10 s per example flags a hang.
FUZZ = settings(
    max_examples=1000,
    deadline=dt.timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_HOSTILE_CHARS = st.sampled_from(
    [
        *FORMULA_START,
        *("\n", '"', "'", ",", ";", "|", "\x00", "\x7f", "\u2028", "\ufeff", "\u202e"),
        *("\ud800", "\udbff", "\udc00", "\udfff", "ل", "é", "😀", "0", "9", ".", " ", "A"),
    ]
)
hostile_strings = st.text(alphabet=st.one_of(_HOSTILE_CHARS, st.characters()), min_size=1, max_size=10)
names = hostile_strings.filter(lambda s: s.strip() != "")


@st.composite
def hostile_articles(draw: st.DrawFn) -> tuple[Article, str | None]:
    """Articles whose ids, actors, places and sentences begin with formula characters and surrogates."""
    text, movements, locations = "", [], []
    for _ in range(draw(st.integers(0, 3))):
        lead, place = draw(hostile_strings), draw(names)
        start = len(text)
        sentence = f"{lead} took {place}."
        text += sentence + draw(st.sampled_from([" ", "\n", "\t", "\r\n"]))
        trigger = start + len(lead) + 1
        where = trigger + len("took ")
        location = Location(
            place,
            draw(st.sampled_from(list(LocationKind))),
            draw(st.none() | geo_points()),
            country_code=draw(st.sampled_from([None, "LY", "TN", "ZZ"])),
            gazetteer_id=draw(st.none() | st.sampled_from(["geonames:2217362", "geonames:0"])),
            mentions=[Mention(place, Span(where, where + len(place)))],
        )
        locations.append(location)
        movements.append(
            Movement(
                draw(st.sampled_from(list(MovementKind))),
                Mention("took", Span(trigger, trigger + 4)),
                Span(start, start + len(sentence)),
                actor=draw(st.none() | names),
                destination=draw(st.sampled_from([location, None])),
                origin=draw(st.sampled_from([location, None])),
                date=draw(st.none() | st.dates().map(EventDate.from_day)),
                modality=draw(st.sampled_from(list(Modality))),
            )
        )
    actors = [
        Actor(m.actor, ActorKind.ARMED_GROUP, affiliation=draw(st.none() | names))
        for m in movements
        if m.actor
    ]
    article = Article(
        text,
        published=draw(st.none() | st.dates()),
        id=draw(st.none() | hostile_strings),
        actors=actors,
        locations=locations,
        movements=movements,
    )
    return article, draw(st.none() | hostile_strings)


@FUZZ
@given(batch=st.lists(hostile_articles(), max_size=3))
def test_fuzz_acled_csv_never_crashes_and_is_clean(batch: list[tuple[Article, str | None]]) -> None:
    data = _csv_bytes(batch)  # strict UTF-8: raises on a lone surrogate
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert len(rows) == sum(1 for a, _ in batch for m in a.movements if m.modality in ACLED_MODALITIES)
    for row in rows:
        assert list(row) == list(ACLED_COLUMNS)
    _assert_safe_cells(rows)


@FUZZ
@given(batch=st.lists(hostile_articles(), max_size=3))
def test_fuzz_geojson_never_crashes_and_encodes(batch: list[tuple[Article, str | None]]) -> None:
    out = io.StringIO()
    with GeoJSONWriter(out) as writer:
        for article, source in batch:
            writer.write(article, source=source)
    out.getvalue().encode("utf-8")
    collection = read_geojson(out.getvalue())
    for feature in collection["features"]:
        for lon, lat in _positions(feature["geometry"]):
            assert round(lon, 6) == lon
            assert round(lat, 6) == lat
    ids = [f["id"] for f in collection["features"]]
    articles_ids = [a.id for a, _ in batch]
    if len(set(articles_ids)) == len(articles_ids):
        assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    "module",
    [
        "libya_events.export._common",
        "libya_events.export._acled",
        "libya_events.export._geojson",
        "libya_events.export._frames",
    ],
)
def test_export_docstring_examples_run(module: str) -> None:
    import doctest
    import importlib

    if module.endswith("_frames"):
        pytest.importorskip("pandas")
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


@pytest.mark.parametrize(
    "data",
    [
        '{"text": 1e400}',
        '{"text": 5}',
        '{"text": "LNA forces entered Gharyan.", "id": 7}',
        '{"text": "LNA forces entered Gharyan.", "id": 1e400}',
        '{"text": "a", "statements": [{"text": "a", "span": {"start": 0, "end": 1}, "direct": 1}]}',
        '{"text": "a", "unresolved": [{"text": "a", "span": {"start": "0", "end": 1}}]}',
    ],
)
def test_a_value_of_the_wrong_json_type_is_refused_not_converted(data: str) -> None:
    with pytest.raises(ExportError, match="expected"):
        article_from_json(data)


@pytest.mark.parametrize(
    ("text", "written", "standard"),
    [
        ("Forces loyal to the GNA entered Zlitan on Monday.", "Zlitan", "Zliten"),
        ("A Misrata brigade pushed into Ben Jawad on Tuesday.", "Ben Jawad", "Bin Jawad"),
    ],
)
def test_acled_location_is_the_gazetteer_spelling(text: str, written: str, standard: str) -> None:
    # The Location keeps the article's spelling; ACLED rows name the place one way across articles.
    article = parse_article(text, published=dt.date(2019, 4, 6))
    assert written in [loc.name for loc in article.locations]
    assert [row["location"] for row in acled_rows(article)] == [standard]
