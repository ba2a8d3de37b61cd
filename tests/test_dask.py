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


def test_a_task_that_kills_its_worker_is_one_error_record(tmp_path: Path) -> None:
    """A worker process dies on one article: that article is an error record, the 40 others are written."""
    from libya_events.batch import Task

    tasks = [Task(f"t{i}", None, text=f"Haftar travelled to Sirte on day {i}.") for i in range(40)]
    tasks.insert(17, Task("poison", None, text="KILL-THE-WORKER"))
    out = tmp_path / "out.jsonl"
    with _poisoned_parser():
        summary = parse_corpus_dask(tasks, out, n_workers=2, processes=True, npartitions=6)
    assert summary.articles == 40
    assert summary.failures == 1
    records = list(read_jsonl_records(out))
    assert [r.id for r in records] == [t.id for t in tasks]
    (error,) = [r for r in records if isinstance(r, ErrorRecord)]
    assert error.id == "poison"
    assert "died" in error.error


class _poisoned_parser:
    """Make worker processes die on the text KILL-THE-WORKER (through a sitecustomize they import)."""

    def __enter__(self) -> None:
        import os
        import tempfile

        self._dir = tempfile.TemporaryDirectory()
        Path(self._dir.name, "sitecustomize.py").write_text(_POISON, encoding="utf-8")
        self._old = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (self._dir.name, self._old) if p)

    def __exit__(self, *exc: object) -> None:
        import os

        if self._old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = self._old
        self._dir.cleanup()


_POISON = """
import os
from libya_events.extraction import Parser

_parse = Parser.parse


def parse(self, text, **kwargs):
    if text == "KILL-THE-WORKER":
        os._exit(9)
    return _parse(self, text, **kwargs)


_pipe = Parser.pipe


def pipe(self, texts, **kwargs):
    texts = list(texts)
    if "KILL-THE-WORKER" in texts:
        os._exit(9)
    return _pipe(self, texts, **kwargs)


Parser.parse = parse
Parser.pipe = pipe
"""


def test_the_local_cluster_serves_no_dashboard_and_listens_on_loopback_only() -> None:
    from libya_events.scale._dask import _client

    with _client(None, 1, False) as client:
        scheduler = client.cluster.scheduler
        ports = {s.getsockname()[:2] for s in scheduler.http_server._sockets.values()}
    assert ports
    assert all(host == "127.0.0.1" and port != 8787 for host, port in ports)
