"""Exports: JSON Lines round trips, GeoJSON validity, ACLED-layout CSV."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from libya_events import (
    Actor,
    ActorKind,
    Article,
    EventDate,
    ExportError,
    GeoPoint,
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
from libya_events.export import (
    ACLED_COLUMNS,
    ACLED_MODALITIES,
    ErrorRecord,
    GeoJSONWriter,
    acled_event_type,
    acled_rows,
    article_features,
    article_to_json,
    articles_from_jsonl,
    articles_to_geojson,
    articles_to_jsonl,
    read_acled_csv,
    read_geojson,
    read_jsonl,
    read_jsonl_records,
    write_acled_csv,
    write_jsonl,
)
from libya_events.strategies import articles

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


def test_jsonl_reader_ignores_the_warnings_key() -> None:
    data = json.loads(article_to_json(_article()))
    data["warnings"] = ["decoded as cp1252"]
    assert list(read_jsonl(json.dumps(data))) == [_article()]


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
    assert list(frame["tags"]) == ["modality=reported"] * 3
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
    assert [r["tags"] for r in rows] == ["modality=reported", "modality=attempted"]
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


@given(st.lists(articles(), max_size=3))
def test_acled_csv_has_a_row_per_movement_and_reads_back(batch: list[Article]) -> None:
    out = io.StringIO()
    n = write_acled_csv(batch, out)
    assert n == sum(1 for a in batch for m in a.movements if m.modality in ACLED_MODALITIES)
    rows = read_acled_csv(io.StringIO(out.getvalue()))
    assert len(rows) == n
    for row in rows:
        assert list(row) == list(ACLED_COLUMNS)
        assert row["time_precision"] in {"1", "2", "3"}


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
