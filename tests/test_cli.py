"""The command line: version, help, one behaviour for one file and a batch, clean errors,
and a batch interrupted by a signal that resumes where it stopped."""

from __future__ import annotations

import argparse
import errno
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from libya_events import __version__
from libya_events.batch import _run
from libya_events.cli._main import _build_parser, main
from libya_events.export import read_jsonl

ROOT = Path(__file__).resolve().parent.parent


def _one_line_error(status: int, err: str) -> None:
    assert status == 2, err
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    assert err.startswith("libya-events")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Khalifa Haftar travelled to Benghazi on Monday.", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- version and help


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"libya-events {__version__}"


@pytest.mark.parametrize("command", [[], ["parse"], ["geo"], ["map"]])
def test_help_has_examples(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    out = capsys.readouterr().out
    assert "examples:" in out
    assert "libya-events " in out.split("examples:")[1]


def test_every_option_and_argument_has_help() -> None:
    parser = _build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in [("", parser), *sub.choices.items()]:
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            assert action.help, f"{name} {action.dest} has no help"


# --------------------------------------------------------------------------- one behaviour


def test_a_cp1252_file_alone_is_decoded_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Haftar visited Sebha – café.".encode("cp1252"))
    assert main(["parse", str(path), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["text"] == "Haftar visited Sebha – café."
    assert "cp1252" in captured.err


def test_json_lines_on_stdin_are_records_alone_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    records = b'{"id": "r1", "text": "Haftar flew to Cairo.", "published": "2019-04-04"}\n{"text": "Sarraj flew to Rome."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(records)))
    assert main(["parse", "-", "--format", "json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["text"] for d in lines] == ["Haftar flew to Cairo.", "Sarraj flew to Rome."]
    assert lines[0]["id"] == "r1"
    assert lines[0]["published"] == "2019-04-04"


def test_exit_status_is_the_same_alone_and_in_a_batch(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "missing.txt")
    out = str(tmp_path / "out.jsonl")
    assert main(["parse", missing]) == 2  # nothing could be parsed
    _one_line_error(2, capsys.readouterr().err)
    assert main(["parse", missing, "-o", out]) == 2
    assert "1 failed" in capsys.readouterr().err
    assert main(["parse", str(article), missing]) == 1  # some inputs failed, the rest is parsed
    assert "Khalifa Haftar" in capsys.readouterr().out
    assert main(["parse", str(article), missing, "-o", out]) == 1
    assert "1 failed" in capsys.readouterr().err
    assert main(["parse", str(article)]) == 0
    assert main(["parse", str(article), "-o", out]) == 0


# --------------------------------------------------------------------------- errors: one line, exit 2


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "{a}", "--published", "yesterday"],
        ["parse", "{a}", "--format", "xml"],
        ["parse", "{a}", "--workers", "-1"],
        ["parse", "{a}", "--published-from-filename", "(unclosed"],
        ["parse", "{a}", "-o", "{tmp}/x.cvs"],
        ["parse", "{a}", "-o", "{tmp}/x.txt"],
        ["parse", "{a}", "-o", "{tmp}"],
        ["parse", "{a}", "-o", "{tmp}/out.jsonl", "--format", "text"],
        ["parse"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    argv: list[str], article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [a.format(a=article, tmp=tmp_path) for a in argv]
    try:
        status = main(argv)
    except SystemExit as stop:
        status = int(stop.code or 0)
    _one_line_error(status, capsys.readouterr().err)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
@pytest.mark.parametrize("stage", ["start", "commit"])
def test_an_output_that_cannot_be_written_is_one_line_and_exit_2(
    code: int,
    stage: str,
    article: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    real = _run._temp_beside
    calls = []

    def failing(path: Path) -> object:
        calls.append(path)
        if stage == "start" or path.name == "out.jsonl":
            raise OSError(code, os.strerror(code), str(path))
        return real(path)

    monkeypatch.setattr(_run, "_temp_beside", failing)
    _one_line_error(main(["parse", str(article), "-o", str(out), "--no-progress"]), capsys.readouterr().err)
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


# --------------------------------------------------------------------------- interrupted batches


def _corpus(root: Path, n: int) -> list[Path]:
    """``n`` distinct articles made of the repository's own examples."""
    examples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    root.mkdir()
    paths = []
    for i in range(n):
        body = examples[i % len(examples)] + "\n\n" + examples[(i + 1) % len(examples)]
        path = root / f"article_{i:04d}.txt"
        path.write_text(f"{body}\n\n(Report number {i}.)\n", encoding="utf-8")
        paths.append(path)
    return paths


def _default_sigint() -> None:
    """Ctrl-C as a terminal delivers it: a test run started in the background of a shell without
    job control inherits SIGINT ignored, and Python then installs no KeyboardInterrupt for it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _cli(*args: str, cwd: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "libya_events", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_sigint,
    )


def _wait_for_lines(path: Path, n: int, process: subprocess.Popen[str], limit_s: float = 120.0) -> int:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if path.exists():
            count = path.read_bytes().count(b"\n")
            if count >= n:
                return count
        if process.poll() is not None:
            pytest.fail(f"the run ended before {n} lines: {process.communicate()[1]}")
        time.sleep(0.01)
    pytest.fail(f"{path} never reached {n} lines")


def test_sigint_keeps_what_is_done_and_the_rerun_resumes(tmp_path: Path) -> None:
    paths = _corpus(tmp_path / "corpus", 300)
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    run = _cli("parse", "corpus", "-o", "out.jsonl", "--workers", "1", "--no-progress", cwd=tmp_path)
    _wait_for_lines(tmp_path / "out.jsonl.partial", 101, run)  # the run record and 100 articles
    run.send_signal(signal.SIGINT)
    _, err = run.communicate(timeout=120)
    assert run.returncode == 130, err
    assert "Traceback" not in err
    assert "resume" in err
    assert out.read_text(encoding="utf-8") == ""  # the old output is untouched
    kept = (tmp_path / "out.jsonl.partial").read_bytes().count(b"\n") - 1
    assert 100 <= kept < 300

    again = _cli("parse", "corpus", "-o", "out.jsonl", "--workers", "1", "--no-progress", cwd=tmp_path)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert f"articles: {300 - kept} parsed, {kept} resumed" in err  # nothing done before is parsed again
    ids = Counter(a.id for a in read_jsonl(out))
    assert ids == Counter(f"corpus/{p.name}" for p in paths)  # each article exactly once
    assert not (tmp_path / "out.jsonl.partial").exists()


def _children(pid: int) -> list[int]:
    psutil = pytest.importorskip("psutil")
    return [c.pid for c in psutil.Process(pid).children(recursive=True)]


def test_kill_9_leaves_no_workers_and_the_next_run_resumes(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    _corpus(tmp_path / "corpus", 300)
    run = _cli("parse", "corpus", "-o", "out.jsonl", "--workers", "2", "--no-progress", cwd=tmp_path)
    _wait_for_lines(tmp_path / "out.jsonl.partial", 21, run)
    workers = _children(run.pid)
    assert workers
    run.kill()
    run.communicate(timeout=60)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and any(
        psutil.pid_exists(w) and psutil.Process(w).status() != "zombie" for w in workers
    ):
        time.sleep(0.1)
    assert not [w for w in workers if psutil.pid_exists(w) and psutil.Process(w).status() != "zombie"]
    again = _cli("parse", "corpus", "-o", "out.jsonl", "--workers", "1", "--no-progress", cwd=tmp_path)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    ids = Counter(a.id for a in read_jsonl(tmp_path / "out.jsonl"))
    assert len(ids) == 300
    assert set(ids.values()) == {1}
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
