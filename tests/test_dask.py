"""The Dask scale-out path: a small LocalCluster gives the batch command's output."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

from libya_events.batch import _run, collect_tasks, run_batch
from libya_events.export import ErrorRecord, read_geojson, read_jsonl, read_jsonl_records
from libya_events.scale import articles_bag, parse_corpus_dask

TEXTS = {
    "a.txt": "Khalifa Haftar travelled to Benghazi on Monday.",
    "b.txt": "Forces of the Libyan National Army captured Gharyan on Thursday.",
    "c.txt": "Fayez al-Sarraj flew to Misrata, his office said.",
    "d.txt": "The LNA withdrew from Tarhuna.",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name, text in TEXTS.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "broken.txt").write_bytes(b"\x00\x01\x02")
    return root


def test_dask_on_a_threaded_local_cluster_matches_the_batch(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[int] = []
    real = _run.Parser

    class CountingParser(real):  # type: ignore[misc, valid-type]
        def __init__(self, **kwargs: object) -> None:
            built.append(1)
            super().__init__(**kwargs)

    monkeypatch.setattr(_run, "Parser", CountingParser)
    monkeypatch.setattr(_run, "_PARSER", None)
    tasks = collect_tasks([str(corpus)], published="2019-04-10")
    out = tmp_path / "dask.jsonl"
    summary = parse_corpus_dask(tasks, out, n_workers=2, processes=False, npartitions=3)
    assert summary.articles == 4
    assert summary.failures == 1
    assert built == [1]  # the parser (and its gazetteer) is built once per worker process
    monkeypatch.setattr(_run, "_PARSER", None)
    run_batch(tasks, tmp_path / "batch.jsonl", progress=False)
    assert out.read_text(encoding="utf-8") == (tmp_path / "batch.jsonl").read_text(encoding="utf-8")
    errors = [r for r in read_jsonl_records(out) if isinstance(r, ErrorRecord)]
    assert [Path(e.file or "").name for e in errors] == ["broken.txt"]


def test_dask_resumes_and_writes_geojson(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.geojson"
    first = parse_corpus_dask([str(corpus)], out, n_workers=1, processes=False)
    assert first.articles == 4
    assert read_geojson(out)["features"]
    again = parse_corpus_dask([str(corpus)], out, n_workers=1, processes=False)
    assert again.skipped >= 1
    assert again.articles + again.skipped + again.failures == 5


def test_dask_with_worker_processes(corpus: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    out = tmp_path / "out.jsonl"
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        summary = parse_corpus_dask([str(corpus)], out, client=client)
    assert summary.articles == 4
    assert sorted(Path(a.id or "").name for a in read_jsonl(out)) == sorted(TEXTS)


def test_articles_bag_is_lazy_and_ordered(corpus: Path) -> None:
    tasks = collect_tasks([str(corpus)])
    bag = articles_bag(tasks, npartitions=2)
    outcomes = bag.compute(scheduler="synchronous")
    assert [o.id for o in outcomes] == [t.id for t in tasks]


def test_cli_dask_flag(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from libya_events.cli._main import main

    out = tmp_path / "out.csv"
    assert main(["parse", str(corpus), "-o", str(out), "--dask", "--workers", "1"]) == 1  # broken.txt
    err = capsys.readouterr().err
    assert "articles: 4 parsed" in err
    assert "1 failed" in err
    assert (tmp_path / "out.csv.errors.jsonl").exists()
