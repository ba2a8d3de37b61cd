"""Entry points that used to read every record per record now read an index built once.

Each test writes out the plain reading (the code as it was) as the reference and checks the
indexed code answers exactly the same for any input; ``benchmarks/bench_linear.py
--entry-points`` measures the time, linear now instead of quadratic.
"""

from __future__ import annotations

import gc

import attrs
from hypothesis import given
from hypothesis import strategies as st

from libya_events import Actor, Article, Gazetteer, Place
from libya_events.batch import BatchSummary, BatchWriter, Task, task_key
from libya_events.export._common import actor_named
from libya_events.gazetteer._names import STOP_WORDS, normalize_name, variant_key
from libya_events.strategies import actors, articles

# --------------------------------------------------------------------------- actor_named

_NAMES = ("LNA", "GNA", "Haftar", "Brigade 166", "Misrata")


def _reference_actor_named(article: Article, name: str | None) -> Actor | None:
    if name is None:
        return None
    for actor in article.actors:
        if actor.name == name:
            return actor
    for actor in article.actors:
        if name in actor.aliases:
            return actor
    return None


@st.composite
def _named_actors(draw: st.DrawFn) -> Actor:
    """An actor whose name and aliases come from a few shared names, so that they collide."""
    actor = draw(actors())
    aliases = draw(st.lists(st.sampled_from(_NAMES), max_size=3))
    return attrs.evolve(actor, name=draw(st.sampled_from(_NAMES)), aliases=aliases, mentions=())


@given(articles(), st.lists(_named_actors(), max_size=6), st.sampled_from((None, "nobody", *_NAMES)))
def test_actor_named_answers_as_the_actors_read_one_by_one(
    article: Article, extra: list[Actor], name: str | None
) -> None:
    article = attrs.evolve(article, actors=(*extra, *article.actors))
    expected = _reference_actor_named(article, name)
    assert actor_named(article, name) is expected
    assert actor_named(article, name) is expected  # the kept index answers the same


def test_actor_named_never_answers_from_another_articles_index() -> None:
    names = [Actor("LNA", "armed_group"), Actor("GNA", "government", aliases=("LNA",))]
    for _ in range(50):  # new articles, often at the address of one just freed
        first = Article("", actors=names)
        assert actor_named(first, "LNA") is names[0]
        del first
        gc.collect()
        second = Article("", actors=names[1:])
        assert actor_named(second, "LNA") is names[1]
        del second


# --------------------------------------------------------------------------- batch plan


def _reference_plan(writer: BatchWriter, tasks: list[Task], summary: BatchSummary) -> list[Task]:
    todo: list[Task] = []
    seen: dict[str, dict[str, str | None]] = {}
    for task in tasks:
        key = task.key if task.key is not None else task_key(task)
        task = attrs.evolve(task, key=key)
        others = seen.setdefault(task.id, {})
        if key in others:
            summary.duplicates += 1
            continue
        clash = [f for k, f in others.items() if k != key]
        others[key] = task.file
        done = writer.done.get(task.id, set())
        if key in done and task.error is None:
            if writer.from_journal:
                summary.resumed += 1
            else:
                summary.skipped += 1
            continue
        if clash or done - {key}:
            where = f"also used by {clash[0]}" if clash and clash[0] else "also used by another article"
            task = attrs.evolve(task, warnings=(*task.warnings, f"duplicate id {task.id!r} ({where}): kept"))
        if task.error is None and task.published is None:
            summary.undated += 1
        todo.append(task)
    summary.notices[:0] = writer.notices
    return todo


_tasks = st.builds(
    Task,
    id=st.sampled_from(("a", "b", "c")),
    file=st.sampled_from((None, "", "x.jsonl", "y.txt")),
    text=st.sampled_from(("one", "two", "three")),
    published=st.sampled_from((None, "2020-03-03")),
    error=st.sampled_from((None, None, "bad line")),
    key=st.sampled_from((None, "k1", "k2", "k3")),
)
_done = st.dictionaries(st.sampled_from(("a", "b", "c")), st.sets(st.sampled_from(("k1", "k2", "k9"))))


@given(st.lists(_tasks, max_size=12), _done, st.booleans())
def test_batch_plan_answers_as_the_reference(
    tasks: list[Task], done: dict[str, set[str]], journal: bool
) -> None:
    writer = BatchWriter(None, "jsonl", stream=None)
    writer.done, writer.from_journal = done, journal
    expected_summary, summary = BatchSummary(), BatchSummary()
    expected = _reference_plan(writer, tasks, expected_summary)
    assert writer.plan(tasks, summary) == expected
    assert summary == expected_summary


# --------------------------------------------------------------------------- gazetteer

_PLACE_NAMES = (
    "Zawiya",
    "Zawiyah",
    "Az Zawiyah",
    "Zawia",
    "Misrata",
    "Misurata",
    "Tripoli",
    "Tripolli",
    "Tarhuna",
    "Tarhouna",
    "Wadi Example",
    "Wadi Exampel",
    "the east",
)


def _reference_key_index(gazetteer: Gazetteer) -> dict[str, tuple[Place, ...]]:
    """Every key joined with its variants' places at once, as the index was built before."""
    exact: dict[str, list[Place]] = {}
    for place in gazetteer.places:
        for alias in place.names:
            key = normalize_name(alias)
            if not key or key in STOP_WORDS:
                continue
            bucket = exact.setdefault(key, [])
            if not bucket or bucket[-1] is not place:
                bucket.append(place)
    variant: dict[str, list[Place]] = {}
    for key, places in exact.items():
        variant.setdefault(variant_key(key), []).extend(places)
    ranked = {v: gazetteer._rank(ps) for v, ps in variant.items()}
    combined = {}
    for key, places in exact.items():
        first = gazetteer._rank(places)
        extra = ranked[variant_key(key)]
        if len(extra) > len(first):
            first += tuple(p for p in extra if p not in first)
        combined[key] = first
    return combined


def _reference_fuzzy_buckets(combined: dict[str, tuple[Place, ...]]) -> dict[int, list[tuple[str, Place]]]:
    buckets: dict[int, list[tuple[str, Place]]] = {}
    for key, places in combined.items():
        if sum(c.isalpha() for c in key) < 5:
            continue
        for place in places:
            if place.country_code == "LY" and key in {normalize_name(n) for n in place.names}:
                buckets.setdefault(len(key), []).append((key, place))
    return buckets


_places = st.builds(
    Place,
    id=st.sampled_from([f"user:{i}" for i in range(8)]),
    name=st.sampled_from(_PLACE_NAMES),
    kind=st.sampled_from(("city", "region", "site")),
    feature=st.just("town"),
    lat=st.just(31.0),
    lon=st.just(14.0),
    country_code=st.sampled_from(("LY", "TN")),
    population=st.integers(0, 3),
    aliases=st.lists(st.sampled_from(_PLACE_NAMES), max_size=3),
)


@given(st.lists(_places, max_size=10), st.lists(st.sampled_from(_PLACE_NAMES), max_size=3))
def test_gazetteer_index_answers_as_the_eager_join(places: list[Place], asked: list[str]) -> None:
    gazetteer = Gazetteer.from_places(places)
    for name in asked:  # some keys joined before the whole index is read
        gazetteer.lookup(name)
    expected = _reference_key_index(gazetteer)
    assert dict(gazetteer.key_index) == expected
    assert gazetteer._fuzzy_index() == _reference_fuzzy_buckets(expected)
    for key, found in expected.items():
        assert gazetteer.lookup(key) == found
