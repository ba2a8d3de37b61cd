"""The flat exports read an article's records through indexes built once per article.

Each index answers exactly what the plain reading of the records answers (written out
here as the reference), for any article, including records out of text order as a
caller may build them; only the time differs, linear in the article instead of quadratic.
"""

from __future__ import annotations

import hashlib
import random

import attrs
from hypothesis import given
from hypothesis import strategies as st

from libya_events import Article, Location, Movement, Statement
from libya_events.export import acled_rows
from libya_events.export._acled import _NEAR, _event_numbers, _GeoPrecision
from libya_events.export._common import speaker_place, speaker_places
from libya_events.model import LocationKind
from libya_events.strategies import articles


def _arrival(movement: Movement, speaker: str) -> Location | None:
    place = movement.destination
    return place if movement.actor == speaker and place is not None and place.point is not None else None


def _reference_speaker_place(article: Article, statement: Statement) -> Location | None:
    if statement.speaker is None:
        return None
    speaker = statement.speaker
    before = [m for m in article.movements if m.span.start <= statement.span.end and _arrival(m, speaker)]
    pool = before or [m for m in article.movements if _arrival(m, speaker)]
    return _arrival(pool[-1], speaker) if pool else None


def _reference_geo_precision(article: Article, movement: Movement, place: Location) -> int:
    if place.kind in (LocationKind.REGION, LocationKind.COUNTRY):
        return 3
    for rel in article.relative_locations:
        if rel.anchor.name == place.name and rel.span is not None and rel.span.overlaps(movement.span):
            return 2
    for mention in place.mentions:
        span = mention.span
        if movement.span.start <= span.start and span.end <= movement.span.end:
            if _NEAR.search(article.text[max(movement.span.start, span.start - 60) : span.start]):
                return 2
    return 1


def _speakers_move(article: Article, seed: int) -> Article:
    """``article`` with its movements done by its speakers, in a shuffled order when ``seed`` is odd."""
    speakers = [s.speaker for s in article.statements if s.speaker] or [None]
    movements = [attrs.evolve(m, actor=speakers[i % len(speakers)]) for i, m in enumerate(article.movements)]
    if seed % 2:
        random.Random(seed).shuffle(movements)
    return attrs.evolve(article, movements=movements)


@given(articles(), st.integers(0, 9))
def test_speaker_places_answer_as_the_records_read_one_by_one(article: Article, seed: int) -> None:
    article = _speakers_move(article, seed)
    expected = [_reference_speaker_place(article, s) for s in article.statements]
    assert speaker_places(article) == expected
    assert [speaker_place(article, s) for s in article.statements] == expected


def _check_geo_precision(article: Article) -> None:
    precision = _GeoPrecision(article)
    for movement in article.movements:
        for place in (movement.origin, movement.destination, *article.locations):
            if place is not None:
                assert precision.of(movement, place) == _reference_geo_precision(article, movement, place)


@given(articles(), st.integers(0, 9))
def test_geo_precision_answers_as_the_records_read_one_by_one(article: Article, seed: int) -> None:
    _check_geo_precision(_speakers_move(article, seed))


@given(articles(), st.sampled_from([None, "a-1", "x\ud800"]))
def test_event_numbers_are_the_hash_of_the_whole_key(article: Article, ident: str | None) -> None:
    article = attrs.evolve(article, id=ident)
    number = _event_numbers(article)
    for m in article.movements:
        head = ident if ident is not None else "text:" + article.text
        key = "\x1f".join((head, m.kind.value, str(m.span.start), str(m.span.end), str(m.trigger.span.start)))
        digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        assert number(m) == int.from_bytes(digest, "big") % 10**12


def test_an_event_number_is_the_one_earlier_releases_gave() -> None:
    """Pinned: the ACLED event id of a movement does not change with this release."""
    from libya_events import parse_article

    article = parse_article("LNA forces seized Gharyan on Thursday.", published="2019-04-06", id="pin")
    key = "\x1f".join(("pin", "capture", "0", "38", "11"))
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    (row,) = acled_rows(article)
    assert row["event_id_cnty"] == f"LBY{int.from_bytes(digest, 'big') % 10**12}"


_SENTENCES = (
    "LNA forces advanced near Sirte on Monday.",
    "GNA troops moved to a point 20 km south of Sirte.",
    "Convoys reached the outskirts of Tripoli.",
    "Fighters seized Gharyan, 80 km south of Tripoli.",
    "The brigade withdrew from areas near Tarhuna.",
    "Militias deployed around Misrata and near Zliten.",
    "Sirte was quiet.",
)


@st.composite
def _parsed(draw: st.DrawFn) -> Article:
    from libya_events import parse_article

    text = " ".join(draw(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=8)))
    return parse_article(text, published="2020-01-06")


@given(_parsed(), st.integers(0, 9))
def test_geo_precision_of_parsed_movements_answers_as_the_records_read_one_by_one(
    article: Article, seed: int
) -> None:
    _check_geo_precision(_speakers_move(article, seed))


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40))), st.integers(0, 240), st.integers(0, 40))
def test_the_span_index_finds_every_overlapping_span(
    spans: list[tuple[int, int]], start: int, length: int
) -> None:
    from libya_events import Span
    from libya_events.export._acled import _Starts

    index = _Starts()
    for a, n in spans:
        index.add(Span(a, a + n))
    where = Span(start, start + length)
    found = index.overlapping(where)
    assert {s for s in found if s.overlaps(where)} == {
        Span(a, a + n) for a, n in spans if Span(a, a + n).overlaps(where)
    }


def test_a_relative_location_that_began_before_the_movement_makes_it_precision_2() -> None:
    from libya_events import GeoPoint, Mention, RelativeLocation, Span

    text = "Near Sirte fighters advanced on the port of Sirte."
    sirte = Location("Sirte", "city", GeoPoint(31.2, 16.59), mentions=[Mention("Sirte", Span(5, 10))])
    near = RelativeLocation("Near Sirte", sirte, "near", span=Span(0, 10))
    movement = Movement("advance", Mention("advanced", Span(20, 28)), Span(6, 49), destination=sirte)
    article = Article(text, locations=[sirte], relative_locations=[near], movements=[movement])
    assert (
        _GeoPrecision(article).of(movement, sirte) == 2 == _reference_geo_precision(article, movement, sirte)
    )
