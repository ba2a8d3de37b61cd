"""Batch parsing: inputs, decoding, error records, atomic output, resuming, workers and the CLI."""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from libya_events import Article, ExportError, parse_article
from libya_events.batch import (
    STDIN_ID,
    DecodeError,
    Outcome,
    Task,
    collect_tasks,
    decode_text,
    format_for,
    input_name,
    parse_task,
    published_from_name,
    run_batch,
)
from libya_events.cli._main import main
from libya_events.export import (
    ErrorRecord,
    article_to_json,
    articles_from_jsonl,
    articles_to_jsonl,
    read_acled_csv,
    read_geojson,
    read_jsonl,
    read_jsonl_records,
    write_jsonl,
)
from libya_events.strategies import articles

TEXTS = {
    "a_20190404.txt": "Khalifa Haftar travelled to Benghazi on Monday.",
    "b_20190405.txt": "Forces of the Libyan National Army captured Gharyan on Thursday.",
    "c_20190406.txt": "Fayez al-Sarraj flew to Misrata, his office said.",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for name, text in TEXTS.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (root / "notes.md").write_text("not an article", encoding="utf-8")
    records = [
        {"text": "Haftar travelled to Tobruk.", "published": "2020-01-02", "id": "rec-1"},
        {"text": "The LNA withdrew from Tarhuna."},
    ]
    (root / "sub" / "records.jsonl").write_text(
        "\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8"
    )
    return root


class _Boom:
    """A parser stand-in that fails on one text."""

    def parse(self, text: str, *, published: Any = None, id: str | None = None) -> Article:
        if "BOOM" in text:
            raise RuntimeError("the parser broke")
        return parse_article(text, published=published, id=id)


# --------------------------------------------------------------------------- decoding and inputs


def test_decode_text_utf8_bom_and_utf16() -> None:
    assert decode_text("Misrata – Sirte".encode()) == ("Misrata – Sirte", ())
    assert decode_text(b"\xef\xbb\xbfTripoli") == ("Tripoli", ())
    assert decode_text("Tripoli".encode("utf-16")) == ("Tripoli", ())


def test_decode_text_falls_back_to_cp1252_with_a_warning() -> None:
    text, warnings = decode_text("Café in Tripoli – said".encode("cp1252"))
    assert text == "Café in Tripoli – said"
    assert warnings
    assert "cp1252" in warnings[0]
    text, warnings = decode_text(b"Tripoli \x81")  # undefined in cp1252
    assert text == "Tripoli \x81"
    assert "latin-1" in warnings[0]


def test_decode_text_refuses_binary() -> None:
    with pytest.raises(DecodeError):
        decode_text(b"\x00\x01\xff\xfe\x00")
    with pytest.raises(DecodeError):
        decode_text(b"ok\x00ok")


def test_published_from_name() -> None:
    assert published_from_name("dir/a_20190404.txt", r"_(\d{8})") == "2019-04-04"
    assert published_from_name("2019-04-04-story.txt", r"(?P<date>\d{4}-\d\d-\d\d)") == "2019-04-04"
    assert published_from_name("story.txt", r"\d{8}") is None


def test_collect_tasks_walks_directories_and_jsonl(corpus: Path) -> None:
    tasks = collect_tasks([str(corpus), str(corpus / "missing.txt")], published_pattern=r"_(\d{8})")
    ids = [t.id for t in tasks]
    assert ids == [
        str(corpus / "a_20190404.txt"),
        str(corpus / "b_20190405.txt"),
        str(corpus / "c_20190406.txt"),
        "rec-1",
        f"{corpus / 'sub' / 'records.jsonl'}:2",
        str(corpus / "missing.txt"),
    ]
    assert [t.published for t in tasks[:4]] == ["2019-04-04", "2019-04-05", "2019-04-06", "2020-01-02"]
    assert tasks[-1].error is not None


def test_collect_tasks_reads_stdin_as_text_or_jsonl() -> None:
    (task,) = collect_tasks(["-"], published="2020-01-01", stdin=io.BytesIO(b"Haftar went to Sirte."))
    assert (task.id, task.text, task.published) == (STDIN_ID, "Haftar went to Sirte.", "2020-01-01")
    lines = b'{"text": "a", "id": "x"}\n\n{"text": "b"}\n[1]\n'
    tasks = collect_tasks(["-"], stdin=io.BytesIO(lines))
    assert [t.id for t in tasks] == ["x", "-:3", "-:4"]
    assert tasks[2].error is not None


def test_parse_task_turns_every_failure_into_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00binary")
    assert parse_task(Task("bad", str(bad), path=str(bad))).error is not None
    gone = parse_task(Task("gone", "gone.txt", path=str(tmp_path / "gone.txt")))
    assert gone.error is not None
    assert "cannot read" in gone.error
    broken = parse_task(Task("x", None, text="BOOM"), _Boom())  # type: ignore[arg-type]
    assert broken.error == "parse failed: RuntimeError: the parser broke"
    ok = parse_task(Task("ok", None, text="Haftar travelled to Benghazi.", published="2019-04-04"))
    assert isinstance(ok.article, Article)
    assert ok.article.id == "ok"


# --------------------------------------------------------------------------- runs


def test_batch_jsonl_lines_are_the_articles(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    tasks = collect_tasks([str(corpus)], published_pattern=r"_(\d{8})")
    summary = run_batch(tasks, out, progress=False)
    assert summary.ok
    assert summary.articles == 5
    got = list(read_jsonl(out))
    for task, article in zip(tasks, got, strict=True):
        text = task.text if task.text is not None else Path(task.path or "").read_text(encoding="utf-8")
        assert article == parse_article(text, published=task.published, id=task.id)
    assert sum(summary.movements.values()) == summary.records["movements"]


def test_failures_become_error_records_and_the_rest_is_written(corpus: Path, tmp_path: Path) -> None:
    (corpus / "binary.txt").write_bytes(b"\x00\xff\x00")
    (corpus / "boom.txt").write_text("BOOM", encoding="utf-8")
    (corpus / "latin.txt").write_bytes("Haftar visited Sebha – café.".encode("cp1252"))
    out = tmp_path / "out.jsonl"
    summary = run_batch(collect_tasks([str(corpus)]), out, parser=_Boom(), progress=False)  # type: ignore[arg-type]
    assert not summary.ok
    assert summary.failures == 2
    assert summary.articles == 6
    assert summary.warnings == 1
    records = list(read_jsonl_records(out))
    errors = [r for r in records if isinstance(r, ErrorRecord)]
    assert {Path(e.file or "").name for e in errors} == {"binary.txt", "boom.txt"}
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    latin = next(d for d in lines if str(d.get("id", "")).endswith("latin.txt"))
    assert latin["text"] == "Haftar visited Sebha – café."
    assert "cp1252" in latin["warnings"][0]
    assert "summary" not in out.read_text(encoding="utf-8")
    assert "failed" in summary.format()


def test_rerun_skips_ids_already_present_and_retries_errors(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    (corpus / "boom.txt").write_text("BOOM", encoding="utf-8")
    first = run_batch(collect_tasks([str(corpus)]), out, parser=_Boom(), progress=False)  # type: ignore[arg-type]
    assert first.failures == 1
    (corpus / "boom.txt").write_text("Haftar travelled to Sirte.", encoding="utf-8")
    (corpus / "new.txt").write_text("Haftar travelled to Derna.", encoding="utf-8")
    second = run_batch(collect_tasks([str(corpus)]), out, progress=False)
    assert second.ok
    assert second.skipped == 5
    assert second.articles == 2
    ids = [a.id for a in read_jsonl(out)]
    assert len(ids) == len(set(ids)) == 7
    assert not [r for r in read_jsonl_records(out) if isinstance(r, ErrorRecord)]


def test_an_interrupted_run_leaves_the_old_output_and_keeps_its_progress(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    before = set(tmp_path.iterdir())
    seen: list[str] = []

    def interrupt(outcome: Outcome) -> None:
        seen.append(outcome.id)
        if len(seen) == 2:
            raise KeyboardInterrupt

    tasks = collect_tasks([str(corpus)])
    with pytest.raises(KeyboardInterrupt):
        run_batch(tasks, out, progress=False, on_outcome=interrupt)
    assert set(tmp_path.iterdir()) == before | {tmp_path / "out.jsonl.partial"}  # no temp file
    assert out.read_text(encoding="utf-8") == ""
    again = run_batch(tasks, out, progress=False)
    assert (again.resumed, again.articles, again.skipped) == (2, len(tasks) - 2, 0)
    assert [a.id for a in read_jsonl(out)] == [t.id for t in tasks]
    assert set(tmp_path.iterdir()) == before | {tmp_path / "out.jsonl.run.json"}


@pytest.mark.parametrize("suffix", [".jsonl", ".geojson", ".csv"])
def test_two_workers_give_the_same_output_as_one(corpus: Path, tmp_path: Path, suffix: str) -> None:
    tasks = collect_tasks([str(corpus)], published="2019-04-10")
    one, two = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
    first = run_batch(tasks, one, workers=1, progress=False)
    second = run_batch(tasks, two, workers=2, chunk_size=1, progress=False)
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert first == second


@pytest.mark.parametrize("suffix", [".geojson", ".csv"])
def test_geojson_and_csv_keep_errors_in_a_side_file(corpus: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"out{suffix}"
    (corpus / "binary.txt").write_bytes(b"\x00\xff")
    summary = run_batch(collect_tasks([str(corpus)]), out, fmt=format_for(out), progress=False)
    assert summary.failures == 1
    side = tmp_path / f"out{suffix}.errors.jsonl"
    (error,) = [json.loads(line) for line in side.read_text(encoding="utf-8").splitlines()]
    assert error["file"].endswith("binary.txt")
    if suffix == ".geojson":
        assert read_geojson(out)["features"]
    else:
        assert read_acled_csv(out)
    (corpus / "binary.txt").unlink()
    again = run_batch(collect_tasks([str(corpus)]), out, fmt=format_for(out), progress=False)
    assert again.ok
    assert not side.exists()
    assert again.skipped >= 1


# --------------------------------------------------------------------------- command line


def test_cli_batch_writes_jsonl_and_a_summary(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    status = main(["parse", str(corpus), "-o", str(out), "--published-from-filename", r"_(\d{8})"])
    assert status == 0
    err = capsys.readouterr().err
    assert "articles: 5 parsed" in err
    assert "records:" in err
    assert len(list(read_jsonl(out))) == 5
    status = main(
        ["parse", str(corpus), "-o", str(out), "--workers", "2", "--published-from-filename", r"_(\d{8})"]
    )
    assert status == 0
    assert "5 skipped" in capsys.readouterr().err


def test_cli_batch_exit_status_is_1_when_anything_failed(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.csv"
    status = main(["parse", str(corpus), str(tmp_path / "missing.txt"), "-o", str(out)])
    assert status == 1
    assert "1 failed" in capsys.readouterr().err
    assert out.exists()
    assert (tmp_path / "out.csv.errors.jsonl").exists()


def test_cli_single_file_without_o_prints_one_json_object(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus / "a_20190404.txt"
    assert main(["parse", str(path), "--published", "2019-04-04", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    text = path.read_text(encoding="utf-8")
    ident = input_name(path)
    assert out == article_to_json(parse_article(text, published="2019-04-04", id=ident)) + "\n"


def test_cli_refuses_a_directory_without_o(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(corpus)]) == 1
    assert "-o" in capsys.readouterr().err


def test_cli_jsonl_to_stdout(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(corpus / "a_20190404.txt"), "--format", "jsonl", "--no-progress"]) == 0
    out = capsys.readouterr().out
    (article,) = read_jsonl(out)
    assert article.id == str(corpus / "a_20190404.txt")


def test_a_parser_pickles_by_its_configuration() -> None:
    import pickle

    from libya_events.extraction import Parser

    parser = pickle.loads(pickle.dumps(Parser()))
    assert parser.parse("Haftar travelled to Sirte.").locations


@pytest.mark.parametrize("module_name", ["libya_events.batch", "libya_events.scale", "libya_events.export"])
def test_public_names_exist(module_name: str) -> None:
    import importlib

    module = importlib.import_module(module_name)
    assert module.__all__ == sorted(module.__all__, key=lambda n: (not n.isupper(), n))
    assert [n for n in module.__all__ if not hasattr(module, n)] == []


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("export", {"batch", "scale", "cli"}),
        ("batch", {"scale", "cli"}),
        ("scale", {"cli"}),
    ],
)
def test_layers_import_only_from_beneath(package: str, forbidden: set[str]) -> None:
    import ast

    root = Path(__file__).resolve().parent.parent / "libya_events" / package
    for path in root.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                parts = name.split(".")
                if parts[0] == "libya_events" and len(parts) > 1:
                    assert parts[1] not in forbidden, f"{path.name} imports {name}"


class _Crash:
    """A parser stand-in whose worker process dies on one text."""

    def parse(self, text: str, *, published: Any = None, id: str | None = None) -> Article:
        if "CRASH" in text:
            os._exit(3)
        return parse_article(text, published=published, id=id)


def test_a_dead_worker_costs_one_error_record(corpus: Path, tmp_path: Path) -> None:
    (corpus / "b_crash.txt").write_text("CRASH", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    tasks = collect_tasks([str(corpus)])
    summary = run_batch(tasks, out, workers=2, chunk_size=1, parser=_Crash(), progress=False)  # type: ignore[arg-type]
    assert summary.failures == 1
    assert summary.articles == len(tasks) - 1
    records = list(read_jsonl_records(out))
    assert [r.id for r in records] == [t.id for t in tasks]
    (error,) = [r for r in records if isinstance(r, ErrorRecord)]
    assert error.file is not None
    assert error.file.endswith("b_crash.txt")
    assert "died" in error.error


# --------------------------------------------------------------------------- hostile inputs

HOSTILE = Path(__file__).resolve().parent / "hostile"


def _hostile_files(tmp_path: Path) -> list[Path]:
    """The stored reproductions plus the two generated large ones."""
    big = tmp_path / "large_numbers.jsonl"
    big.write_bytes(
        b'{"id": "bigint", "text": "Haftar went to Sirte.", "n": 1' + b"0" * 5000 + b"}\n"
        b'{"id": "deep", "text": "Haftar went to Derna.", "n": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
        b'{"id": "fine", "text": "Haftar went to Sabha."}\n'
    )
    return [*sorted(HOSTILE.glob("*.jsonl")), big]


def _expected_articles(files: list[Path]) -> tuple[Counter[tuple[str, str]], int]:
    """What a batch must give for these files: (id, text) of each article, once, and the error count."""
    articles: Counter[tuple[str, str]] = Counter()
    errors = 0
    for file in files:
        for number, raw in enumerate(file.read_bytes().split(b"\n"), start=1):
            raw = raw.removesuffix(b"\r")
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("cp1252")
            try:
                data = json.loads(line)
            except (ValueError, RecursionError):
                errors += 1
                continue
            if not isinstance(data, dict) or not isinstance(data.get("text"), str):
                errors += 1
                continue
            ident = data.get("id", f"{input_name(file)}:{number}")
            articles[(str(ident), data["text"])] = 1  # the same record twice is one article
    return articles, errors


def test_hostile_inputs_lose_and_duplicate_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _hostile_files(tmp_path)
    expected, n_errors = _expected_articles(files)
    out = tmp_path / "out.jsonl"
    status = main(["parse", *map(str, files), "-o", str(out), "--no-progress", "--workers", "1"])
    assert status == 1  # the broken lines are error records
    err = capsys.readouterr().err
    assert "Traceback" not in err
    records = list(read_jsonl_records(out))  # every line reads back
    got = Counter((a.id or "", a.text) for a in records if isinstance(a, Article))
    assert got == expected
    assert sum(isinstance(r, ErrorRecord) for r in records) == n_errors
    by_id = {a.id: a for a in records if isinstance(a, Article)}
    assert by_id["cp1252"].text == "A café in Zawiya was shelled on Monday."
    assert by_id["utf8-1"].text == "Troops reached Sabhā – the south – on Monday."  # no mojibake
    assert "\u2028" in by_id["ls"].text
    assert "\x7f" in by_id["del"].text
    assert by_id["overflow"].locations  # the article survives; the absurd distance is no relative location
    assert not by_id["overflow"].relative_locations
    assert not by_id["far"].relative_locations
    assert "\u2028" not in out.read_text(encoding="utf-8")  # written escaped
    lines = {
        json.loads(line).get("id"): json.loads(line)
        for line in out.read_text(encoding="utf-8").split("\n")
        if line
    }
    assert any("duplicate id '1'" in w for w in lines["1"].get("warnings", [])) or any(
        "duplicate id" in w for d in lines.values() for w in d.get("warnings", [])
    )
    assert "cp1252" in lines["cp1252"]["warnings"][0]
    assert not lines["utf8-1"].get("warnings")  # no decoding warning

    # the same inputs again, spelled from another directory: nothing parsed, nothing appended
    before = out.read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    spelled = [os.path.relpath(f, tmp_path) for f in files]
    assert main(["parse", *spelled, "-o", "out.jsonl", "--no-progress", "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert (
        f"articles: 0 parsed, 0 resumed (done before an interruption), {sum(expected.values())} skipped"
        in err
    )
    assert out.read_text(encoding="utf-8").count('"text"') == before.count('"text"')


def test_reused_ids_keep_every_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = HOSTILE / "ids_a.jsonl", HOSTILE / "ids_b.jsonl"
    out = tmp_path / "s.jsonl"
    assert main(["parse", str(a), "-o", str(out), "--no-progress"]) == 0
    assert main(["parse", str(a), str(b), "-o", str(out), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "articles: 3 parsed, 0 resumed (done before an interruption), 3 skipped" in err
    articles = list(read_jsonl(out))
    assert len(articles) == 6
    assert len({(x.id, x.text) for x in articles}) == 6
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all("duplicate id" in d["warnings"][0] for d in lines[3:])


def test_the_same_corpus_spelled_two_ways_is_parsed_once(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out.jsonl"
    first = run_batch(collect_tasks(["corpus"]), out, progress=False)
    second = run_batch(collect_tasks([str(tmp_path / "corpus")]), out, progress=False)
    third = run_batch(collect_tasks(["./corpus//sub/../"]), out, progress=False)
    assert first.articles == 5
    assert (second.articles, second.skipped, third.articles, third.skipped) == (0, 5, 0, 5)
    assert next(a.id for a in read_jsonl(out)) == "corpus/a_20190404.txt"


def test_changed_options_are_said_and_everything_is_parsed_again(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    args = ["parse", str(corpus), "-o", str(out), "--no-progress"]
    assert main([*args, "--published-from-filename", r"_(\d{8})"]) == 0
    capsys.readouterr()
    assert main([*args, "--published-from-filename", r"a_(\d{8})"]) == 0
    err = capsys.readouterr().err
    assert "options changed" in err
    assert "published_from_filename" in err
    assert "articles: 5 parsed" in err
    dates = {a.id: a.published for a in read_jsonl(out)}
    assert len(dates) == 5
    assert dates[input_name(corpus / "a_20190404.txt")] is not None
    assert dates[input_name(corpus / "b_20190405.txt")] is None  # the stale date is gone
    manifest = json.loads((tmp_path / "out.jsonl.run.json").read_text(encoding="utf-8"))
    assert manifest["options"]["published_from_filename"] == r"a_(\d{8})"
    assert manifest["library"]


def test_undated_articles_and_a_pattern_that_matches_nothing_are_warned_once(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert (
        main(["parse", str(corpus), "-o", str(out), "--published-from-filename", r"(\d{4}-\d\d-\d\d)"]) == 0
    )
    err = capsys.readouterr().err
    assert err.count("matched none of the") == 1
    assert err.count("have no published date") == 1
    assert "4 article(s) have no published date" in err  # rec-1 carries its own
    out2 = tmp_path / "out2.jsonl"
    args = ["parse", str(corpus), "-o", str(out2), "--published-from-filename", r"(\d{4}-\d\d-\d\d)"]
    assert main([*args, "--published", "2019-04-01"]) == 0
    err = capsys.readouterr().err
    assert "no published date" not in err
    assert {str(a.published) for a in read_jsonl(out2)} == {"2019-04-01", "2020-01-02"}


def test_files_left_out_are_named_and_glob_chooses(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(corpus), "-o", str(out), "--published", "2019-04-04"]) == 0
    err = capsys.readouterr().err
    assert "skipped 1 file(s)" in err
    assert "notes.md" in err
    out2 = tmp_path / "md.jsonl"
    assert main(["parse", str(corpus), "-o", str(out2), "--glob", "*.md", "--published", "2019-04-04"]) == 0
    (article,) = read_jsonl(out2)
    assert article.text == "not an article"


@pytest.mark.parametrize("name", ["x.cvs", "x.txt", "x"])
def test_an_unknown_output_suffix_is_an_error_unless_format_says(
    corpus: Path, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / name
    assert main(["parse", str(corpus), "-o", str(out), "--published", "2019-04-04"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--format" in err
    assert not out.exists()
    assert main(["parse", str(corpus), "-o", str(out), "--format", "csv", "--published", "2019-04-04"]) == 0
    assert read_acled_csv(out)


def test_stale_temp_files_of_a_killed_run_are_removed(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    dead = tmp_path / ".out.jsonl.999999999.abcd.tmp"  # no such process
    dead.write_text("x" * 1000, encoding="utf-8")
    mine = tmp_path / f".out.jsonl.{os.getpid()}.abcd.tmp"
    mine.write_text("x", encoding="utf-8")
    summary = run_batch(collect_tasks([str(corpus)]), out, progress=False)
    assert not dead.exists()
    assert mine.exists()  # a live process's file is left alone
    assert any("temporary file" in n for n in summary.notices)


def test_a_half_written_journal_line_is_dropped_on_resume(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    tasks = collect_tasks([str(corpus)])

    def stop(outcome: Outcome) -> None:
        if outcome.id == tasks[2].id:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(tasks, out, progress=False, on_outcome=stop)
    journal = tmp_path / "out.jsonl.partial"
    text = journal.read_text(encoding="utf-8")
    journal.write_text(text[: text.rindex("\n", 0, len(text) - 1) + 40], encoding="utf-8")  # kill -9 mid-line
    again = run_batch(tasks, out, progress=False)
    assert again.resumed == 2
    assert again.articles == len(tasks) - 2
    assert [a.id for a in read_jsonl(out)] == [t.id for t in tasks]
    assert not journal.exists()


# --------------------------------------------------------------------------- fuzzing the JSON Lines reader

JSONL_FUZZ = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_line_pieces = st.one_of(
    st.binary(max_size=12),
    st.sampled_from(
        [
            b'{"text": "Haftar went to Sirte.", "id": "a"}',
            b'{"text": "x\xe9y"}',
            b'{"text": "\xe2\x80\xa8"}',
            b'{"text": 5}',
            b"[1]",
            b"\x7f",
            b"\r",
            b"\n",
            b"\xef\xbb\xbf",
            b'{"n": 1' + b"0" * 5000 + b', "text": "t"}',
            b"[" * 3000,
            b"{",
            b'"',
        ]
    ),
)
jsonl_bytes = st.lists(_line_pieces, max_size=8).map(b"".join)


@JSONL_FUZZ
@given(data=jsonl_bytes)
def test_fuzz_jsonl_inputs_give_one_task_per_line(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_bytes(data)
        tasks = collect_tasks([str(path)])
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        lines = [raw.removesuffix(b"\r") for raw in data.split(b"\n")]
        lines[0] = lines[0].removeprefix(b"\xef\xbb\xbf")
        assert len(tasks) == sum(1 for line in lines if line.strip())
    for task in tasks:
        assert (task.text is None) != (task.error is None)
        assert task.error is None or "\n" not in task.error.strip()


def _export_error(read: Any) -> str | None:
    """The message of the ExportError reading raises (any other exception fails the test)."""
    try:
        list(read())
    except ExportError as exc:
        return str(exc)
    return None


@JSONL_FUZZ
@given(data=jsonl_bytes)
def test_fuzz_read_jsonl_raises_only_export_errors_naming_the_line(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_bytes(data)
        message = _export_error(lambda: read_jsonl_records(path))
    assert message is None or (f"{path}: line " in message and "\n" not in message)
    message = _export_error(lambda: read_jsonl_records(data.decode("utf-8", "replace")))
    assert message is None or message.startswith("line ")


@JSONL_FUZZ
@given(texts=st.lists(st.text(alphabet=st.characters(codec=None), max_size=30), min_size=1, max_size=3))
def test_fuzz_jsonl_round_trip_with_any_text(texts: list[str]) -> None:
    articles = [Article(t, id=str(i)) for i, t in enumerate(texts)]
    written = articles_to_jsonl(articles)
    assert written.count("\n") == len(articles)
    assert not any(c in written for c in "\u2028\u2029\x85")
    assert articles_from_jsonl(written) == articles
    stream = io.StringIO()
    write_jsonl(articles, stream)
    assert list(read_jsonl(stream.getvalue().splitlines(keepends=True))) == articles


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles())
def test_fuzz_jsonl_round_trip_of_whole_articles(article: Article) -> None:
    assert articles_from_jsonl(articles_to_jsonl([article])) == [article]
