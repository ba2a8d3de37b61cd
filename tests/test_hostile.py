"""Hostile inputs: pathological text parses in linear time, and bad input fails with a typed error.

The reproductions of every reported slow input live in ``tests/hostile/text.jsonl``, one
case a line, each built from a compact description: ``parts`` is a list of ``[unit,
count]`` pairs whose repetitions are concatenated (``[["brigade. ", 1], ["A'", 50000]]``).
Each 100 KB case must parse in under ``LIMIT_S`` seconds of CPU time (a quadratic rule
takes minutes on them). The megabyte-scale prose check is in ``benchmarks/bench_linear.py``
(``--prose``), which CI runs.
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import (
    Article,
    GeoError,
    InputTypeError,
    KnowledgeBaseError,
    LibyaEventsError,
    PhraseParseError,
    ValidationError,
    parse_article,
)
from libya_events.extraction import ActorKB
from libya_events.gazetteer import Gazetteer
from libya_events.geo import (
    destination,
    find_relative_phrases,
    is_direction,
    parse_relative,
    resolve_relative,
)
from libya_events.model import GeoPoint
from libya_events.text._invisible import INVISIBLE, strip_invisible

HERE = Path(__file__).resolve().parent
LIMIT_S = 2.0
PUBLISHED = "2019-04-06"


def _cases() -> list[dict[str, Any]]:
    lines = (HERE / "hostile" / "text.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def build(case: dict[str, Any]) -> str:
    """The text a case describes: its parts' units repeated and concatenated."""
    return "".join(unit * count for unit, count in case["parts"])


CASES = _cases()


def _cpu(func: Any, *args: Any) -> tuple[float, Any]:
    t0 = time.process_time()
    out = func(*args)
    return time.process_time() - t0, out


@pytest.fixture(scope="module")
def warm() -> None:
    parse_article("LNA forces seized Gharyan on Thursday.", published=PUBLISHED)  # load the data once


TRIES = 5
"""Runs of a case over the limit before it fails: the best of them is its cost. On a shared
machine other processes slow a run through the caches they share (measured here: the
``unit-stems`` case 1.4 s alone and 2.02 s beside eight busy processes; on 2026-12-08, with the
machine nearly idle, the same code took 1.5 s to 2.3 s per run of ``particle-surnames``, and two
cases of the previous release went over the limit in their best of three), while a quadratic
stage costs several times the limit on every run."""


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_pathological_text_parses_fast(case: dict[str, Any], warm: None) -> None:
    text = build(case)
    runs: list[float] = []
    while len(runs) < TRIES and (not runs or min(runs) >= LIMIT_S):
        seconds, article = _cpu(lambda: parse_article(text, published=PUBLISHED))
        assert isinstance(article, Article)
        runs.append(seconds)
    best = min(runs)
    assert best < LIMIT_S, (
        f"{case['name']} ({len(text):,} chars): best of {len(runs)} {best:.2f} s ({case['why']})"
    )


def test_cases_are_100_kb() -> None:
    big = [c for c in CASES if c["name"] != "distance-overflow"]
    assert all(len(build(c)) >= 99_000 for c in big)
    assert len({c["name"] for c in CASES}) == len(CASES)


def test_long_blank_run_is_no_direction_and_fast() -> None:
    seconds, answer = _cpu(is_direction, "north" + " " * 80_000 + "x")
    assert answer is False
    assert seconds < LIMIT_S
    assert is_direction("to the north-east of")
    assert is_direction("due south")


# --------------------------------------------------------------------------- absurd distances


def test_a_distance_that_overflows_leaves_the_article_intact() -> None:
    case = next(c for c in CASES if c["name"] == "distance-overflow")
    article = parse_article(build(case), published=PUBLISHED)
    assert [m.destination.name for m in article.movements if m.destination] == ["Gharyan"]
    assert article.relative_locations == ()
    assert "Tripoli" in [m.text for m in article.unresolved]


@pytest.mark.parametrize(
    "phrase",
    [
        "20,000 km south of Tripoli",
        "a billion miles east of Sirte",
        "1" + ",000" * 102 + " km south of Tripoli",
    ],
)
def test_absurd_distances_are_refused(phrase: str) -> None:
    article = parse_article(f"Clashes broke out {phrase}.", published=PUBLISHED)
    assert article.relative_locations == ()
    if "billion" not in phrase:  # a spelled-out figure may not be read as a distance at all
        with pytest.raises(PhraseParseError, match="too far"):
            parse_relative(phrase)
        with pytest.raises(GeoError, match="too far"):
            resolve_relative(find_relative_phrases(phrase)[0], Gazetteer.default())


def test_plausible_distances_still_resolve() -> None:
    r = resolve_relative("about 1,200 km south of Tripoli", Gazetteer.default())
    assert r.point is not None
    assert r.point.lat < 23


def test_destination_refuses_a_distance_it_cannot_follow() -> None:
    with pytest.raises(ValidationError):
        destination(GeoPoint(32.9, 13.2), 1e306, 180.0)
    with pytest.raises(ValidationError):
        destination(GeoPoint(32.9, 13.2), math.inf, 180.0)


# --------------------------------------------------------------------------- zero-width characters

_SENTENCES = (
    "LNA forces seized Gharyan on Thursday.",
    "GNA troops moved from Misrata to Sirte on Friday.",
    "Forces loyal to Haftar advanced on Tripoli from Tarhuna.",
)


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff"])
def test_zero_width_characters_inside_names_change_nothing(char: str) -> None:
    clean = " ".join(_SENTENCES)
    dirty = clean.replace("Misrata", f"Mis{char}rata").replace("Gharyan", f"Ghar{char}yan")
    dirty = dirty.replace("Tripoli", f"Tri{char}poli{char}")
    a, b = parse_article(clean, published=PUBLISHED), parse_article(dirty, published=PUBLISHED)
    assert b.text == dirty
    assert [(m.kind, m.destination and m.destination.name) for m in b.movements] == [
        (m.kind, m.destination and m.destination.name) for m in a.movements
    ]
    assert sorted(loc.name for loc in b.locations) == sorted(loc.name for loc in a.locations)
    for loc in b.locations:
        for mention in loc.mentions:
            assert mention.span.slice(dirty) == mention.text
            assert mention.text.translate({ord(c): None for c in INVISIBLE}) in clean


_WIDE_SPACES = ["\u00a0", "\u2009", "\u202f", "\u3000"]
_QUOTED = (
    "Forces loyal to the unity government entered Tarhuna on Friday, a spokesman said. "
    '"We have taken the town," the spokesman told reporters in Tripoli.'
)


def _events(text: str) -> tuple[list[tuple[str, str | None, str | None]], list[str | None]]:
    """Each movement's kind, actor and destination, and each statement's speaker."""
    article = parse_article(text, published=PUBLISHED)
    moves = [(m.kind.value, m.actor, m.destination and m.destination.name) for m in article.movements]
    return moves, [s.speaker for s in article.statements]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.booleans(), min_size=40, max_size=40), st.sampled_from(_WIDE_SPACES))
def test_no_break_and_thin_spaces_read_as_spaces(which: list[bool], space: str) -> None:
    """A scraped page's no-break spaces between words give the same events as spaces."""
    clean = " ".join(_SENTENCES) + " " + _QUOTED
    parts = clean.split(" ")
    dirty = parts[0] + "".join((space if which[k % len(which)] else " ") + p for k, p in enumerate(parts[1:]))
    assert len(dirty) == len(clean)
    assert _events(dirty) == _events(clean)


@settings(max_examples=25)
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=200), st.sampled_from(INVISIBLE)), max_size=8))
def test_invisible_characters_anywhere_keep_the_places(insertions: list[tuple[int, str]]) -> None:
    clean = " ".join(_SENTENCES)
    dirty = clean
    for pos, char in sorted(insertions, reverse=True):
        dirty = dirty[: min(pos, len(dirty))] + char + dirty[min(pos, len(dirty)) :]
    article = parse_article(dirty, published=PUBLISHED)  # validates every span against `dirty`
    expected = {loc.name for loc in parse_article(clean, published=PUBLISHED).locations}
    assert {loc.name for loc in article.locations} == expected


@given(st.text(alphabet=st.sampled_from(list("Misrata Gharyan. ") + list(INVISIBLE[:6])), max_size=60))
def test_strip_invisible_keeps_offsets(text: str) -> None:
    clean, offsets = strip_invisible(text)
    if offsets is None:
        assert clean == text
        return
    assert len(offsets) == len(clean)
    assert all(text[i] == c for i, c in zip(offsets, clean, strict=True))
    assert not any(c in INVISIBLE for c in clean)


# --------------------------------------------------------------------------- the id


@pytest.mark.parametrize("bad", [b"x", 1.5, ["x"], 3])
def test_an_id_that_is_not_str_is_refused_at_once(bad: object) -> None:
    with pytest.raises(InputTypeError, match="'id' must be str or None"):
        parse_article("LNA forces seized Gharyan.", id=bad)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        Article("text", id=bad)  # type: ignore[arg-type]


def test_a_str_id_is_kept() -> None:
    assert parse_article("Quiet day.", id="a-1").id == "a-1"


# --------------------------------------------------------------------------- loaders


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


CSV_HEAD = b"id,name,kind,lat,lon,population\n"


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (b"user:a,Alpha,city,32.1,13.1,inf\n", ":2: bad place row"),
        (b"user:a,Alpha,city,32.1,13.1,nan\n", ":2: bad place row"),
        (b"user:a,Alpha,city,1e999,13.1,5\n", ":2: bad place row"),
        (
            b"user:a,Alpha,city,32.1,13.1,5\nuser:a,Beta,city,32.2,13.2,5\n",
            ":3: id 'user:a' is already used on line 2",
        ),
        (b"user:a,Mis\xe9rata,city,32.1,13.1,5\n", ":2: is not UTF-8"),
    ],
)
def test_bad_places_csv_is_a_typed_error_with_file_and_line(tmp_path: Path, body: bytes, needle: str) -> None:
    path = _write(tmp_path, "places.csv", CSV_HEAD + body)
    with pytest.raises(KnowledgeBaseError) as info:
        Gazetteer.from_csv(path)
    assert str(path) in str(info.value)
    assert needle in str(info.value)


def _geonames_row(ident: str, name: bytes) -> bytes:
    cols = [ident.encode(), name, b"Misrata", b"", b"32.37", b"15.09", b"P", b"PPL", b"LY"]
    cols += [b""] * 5 + [b"386120", b"", b"", b"Africa/Tripoli", b"2020-01-01"]
    return b"\t".join(cols) + b"\n"


def test_latin1_geonames_is_a_typed_error_with_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "LY.txt", _geonames_row("1", b"Misrata") + _geonames_row("2", b"Mis\xe9rata"))
    with pytest.raises(KnowledgeBaseError, match=r"LY\.txt:2: is not UTF-8"):
        Gazetteer.from_geonames(path)


def test_duplicate_geonames_ids_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "LY.txt", _geonames_row("7", b"Misrata") + _geonames_row("7", b"Sirte"))
    with pytest.raises(KnowledgeBaseError, match="already used on line 1"):
        Gazetteer.from_geonames(path)


def test_latin1_places_tsv_and_missing_file_are_typed(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match=":1: is not UTF-8"):
        Gazetteer.from_tsv(_write(tmp_path, "places.tsv", b"id\tname\xe9\n"))
    with pytest.raises(KnowledgeBaseError, match="cannot read"):
        Gazetteer.from_tsv(tmp_path / "missing.tsv")


def _kb(actor: dict[str, Any]) -> bytes:
    return json.dumps({"version": 1, "actors": [actor]}).encode()


@pytest.mark.parametrize("alias", ["the", "said", "The", "they", "and"])
def test_common_words_are_no_actor_aliases(alias: str) -> None:
    actor = {"id": "x", "name": "Xenia Brigade", "kind": "armed_group", "aliases": [alias]}
    with pytest.raises(KnowledgeBaseError, match="common word"):
        ActorKB.from_bytes(_kb(actor))
    with pytest.raises(KnowledgeBaseError, match="common word"):
        ActorKB.from_bytes(_kb({"id": "x", "name": alias, "kind": "person"}))


def test_acronyms_that_spell_common_words_are_kept() -> None:
    kb = ActorKB.from_bytes(_kb({"id": "who", "name": "World Health Organization", "kind": "organization",
                                 "aliases": ["WHO"]}))  # fmt: skip
    assert len(kb) == 1


@pytest.mark.parametrize("toml", [False, True])
def test_deep_nesting_is_a_typed_error(toml: bool) -> None:
    data = b"a = " + b"[" * 100_000 if toml else b"[" * 100_000
    with pytest.raises(KnowledgeBaseError, match="nested too deeply"):
        ActorKB.from_bytes(data, toml=toml)


def test_latin1_knowledge_base_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "actors.json", b'{"version": 1,\n "actors": [{"id": "x", "name": "Mis\xe9"}]}')
    with pytest.raises(KnowledgeBaseError, match=r"actors\.json:2: is not UTF-8"):
        ActorKB.from_file(path)


def test_every_loader_error_is_a_libya_events_error() -> None:
    assert issubclass(KnowledgeBaseError, LibyaEventsError)
    assert issubclass(KnowledgeBaseError, ValueError)
