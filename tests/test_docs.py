"""Every code example in the documentation runs.

* ```` ```python ```` blocks of README.md and docs/**/*.md run in order, one namespace
  per file, from the root of the checkout (a block of ``>>>`` lines runs as a doctest);
* examples/*.py run as subprocesses and must exit 0;
* the docstring examples of the modules whose docs this suite owns run as doctests;
* the example articles parse with sockets blocked (no network at run time);
* the generated pages (accuracy, performance) carry their generator's marker.
"""

from __future__ import annotations

import doctest
import importlib
import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from _repo_scripts import load_script
from _shared import SHARED

ROOT = Path(__file__).resolve().parent.parent
DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
EXAMPLE_SCRIPTS = sorted((ROOT / "examples").glob("*.py"))
EXAMPLE_ARTICLES = sorted((ROOT / "examples").glob("*.txt"))

_BLOCK = re.compile(r"^```python[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)

#: Modules whose docstring examples run here (the rest run in their owners' tests).
DOCTEST_MODULES = [
    "libya_events.model._types",
    "libya_events._errors",
    "libya_events.text._segment",
    "libya_events.text._preamble",
    "libya_events.gazetteer",
    "libya_events.gazetteer._gazetteer",
    "libya_events.gazetteer._geocoder",
    "libya_events.gazetteer._names",
    "libya_events.geo",
    "libya_events.geo._geodesy",
    "libya_events.geo._resolve",
    "libya_events.export._json",
    "libya_events.extraction._pipeline",
    "libya_events.extraction._kb",
    "libya_events.dates",
]


def python_blocks(path: Path) -> list[tuple[int, str]]:
    """(line number, code) of every ```python block of a Markdown file."""
    text = path.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 2, m.group(1)) for m in _BLOCK.finditer(text)]


def _doc_id(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_the_docs_have_examples() -> None:
    counted = {_doc_id(p): len(python_blocks(p)) for p in DOC_FILES}
    assert counted["README.md"] >= 1
    for page in (
        "docs/tutorial.md",
        "docs/howto/relative-locations.md",
        "docs/howto/own-places.md",
        "docs/howto/own-actors.md",
        "docs/howto/online-geocoder.md",
    ):
        assert counted[page] >= 3, page


@pytest.mark.parametrize("path", [p for p in DOC_FILES if python_blocks(p)], ids=_doc_id)
def test_markdown_code_blocks_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, Any] = {"__name__": f"docs_{path.stem}"}
    for line, code in python_blocks(path):
        where = f"{_doc_id(path)}:{line}"
        if code.lstrip().startswith(">>>"):
            parser = doctest.DocTestParser()
            test = parser.get_doctest(code, namespace, where, str(path), line)
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
            runner.run(test)
            result = runner.summarize(verbose=False)
            assert result.failed == 0, f"doctest failed in {where}"
            namespace.update(test.globs)
        else:
            try:
                exec(compile(code, where, "exec"), namespace)
            except Exception as exc:
                raise AssertionError(f"the example at {where} raised {type(exc).__name__}: {exc}") from exc


#: Pages whose examples parse an article: they must run on every example article, not only their own.
ARTICLE_PAGES = ["README.md", "docs/index.md", "docs/tutorial.md"]


@pytest.mark.parametrize("article_path", EXAMPLE_ARTICLES, ids=lambda p: p.name)
@pytest.mark.parametrize("page", ARTICLE_PAGES)
def test_article_examples_run_on_every_example_article(
    page: str, article_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page's code, with whatever article it parses swapped for an example article.

    Example articles hold what a snippet's own sentence may not: withdrawals with no
    destination, travel with no origin, circles with no point, statements with no channel.
    """
    import libya_events
    from libya_events.extraction import _pipeline

    example = article_path.read_text(encoding="utf-8")
    real_parse = _pipeline.Parser.parse
    parsed: list[Any] = []

    def parse_example(self: Any, text: str, **kwargs: Any) -> Any:
        article = real_parse(self, example, **kwargs)
        parsed.append(article)
        return article

    def parse_article_example(text: str, **kwargs: Any) -> Any:
        parser = kwargs.pop("parser", None) or _pipeline.Parser()
        return parse_example(parser, text, **kwargs)

    real_read = Path.read_text

    def read_example(self: Path, *args: Any, **kwargs: Any) -> str:
        if self.suffix == ".txt" and self.parent.name == "examples":
            return example
        return real_read(self, *args, **kwargs)

    monkeypatch.setattr(_pipeline.Parser, "parse", parse_example)
    monkeypatch.setattr(libya_events, "parse_article", parse_article_example)
    monkeypatch.setattr(Path, "read_text", read_example)
    test_markdown_code_blocks_run(ROOT / page, monkeypatch)
    assert parsed, f"{page} parses no article"
    assert all(a.text == example for a in parsed)


@pytest.mark.parametrize("script", EXAMPLE_SCRIPTS, ids=lambda p: p.name)
def test_example_scripts_run(script: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=300, env=env
    )
    assert done.returncode == 0, f"{script.name} exited {done.returncode}:\n{done.stderr[-2000:]}"
    assert done.stdout.strip(), f"{script.name} printed nothing"


@pytest.mark.parametrize("module", DOCTEST_MODULES)
def test_docstring_examples_run(module: str) -> None:
    mod = importlib.import_module(module)
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {module}"


def test_public_names_have_docstrings() -> None:
    import libya_events

    missing = [
        name
        for name in libya_events.__all__
        if not name.startswith("__") and not (getattr(libya_events, name).__doc__ or "").strip()
    ]
    assert not missing, f"public names without a docstring: {missing}"


def test_example_articles_parse_with_the_network_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

    from libya_events import Parser, parse_article

    parser = Parser()
    assert EXAMPLE_ARTICLES
    for path in EXAMPLE_ARTICLES:
        text = path.read_text(encoding="utf-8")
        article = parse_article(text, published="2020-03-03", parser=parser)
        assert article.locations, path.name
        for place in article.locations:
            assert place.point is not None, (path.name, place.name)
    shared = SHARED
    for path in sorted((shared / "eval" / "dev").glob("*.txt")) + sorted((shared / "seeds").glob("*.txt")):
        parse_article(path.read_text(encoding="utf-8"), parser=parser)


@pytest.mark.parametrize(
    ("page", "generator"), [("accuracy.md", "score_table.py"), ("performance.md", "bench_table.py")]
)
def test_generated_pages_carry_their_marker(page: str, generator: str) -> None:
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    assert text.startswith(f"<!-- generated by scripts/{generator}: do not edit by hand -->")
    assert "|---" in text  # a table


def _script(name: str) -> Any:
    return load_script(f"scripts/{name}.py")


def test_score_table_renders_a_scorer_summary() -> None:
    summary = {
        "actors": {"precision": 0.9, "recall": 0.8, "f1": 0.847, "gold": 10, "predicted": 9},
        "locations": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 5, "predicted": 5},
        "relative_locations": {"precision": 1.0, "recall": 0.5, "f1": 0.667, "gold": 2, "predicted": 1},
        "movements": {"precision": 0.5, "recall": 0.25, "f1": 0.333, "gold": 4, "predicted": 2},
        "statements": {"precision": 0.0, "recall": 0.0, "f1": 0.0, "gold": 3, "predicted": 0},
        "macro_f1": 0.569,
        "resolved": 1.0,
        "median_geo_error_km": None,
        "parser_failures": 0,
    }
    page = _script("score_table").render({"dev": ("a test set", 2, summary)}, stamp="stamp")
    assert "| movements | 0.500 | 0.250 | **0.333** | 4 | 2 |" in page
    assert "macro F1 **0.569**" in page
    assert "| median_geo_error_km | - |" in page


def test_bench_table_reads_bench_parse_output() -> None:
    module = _script("bench_table")
    rows = module.parse_bench_output(
        "parser build: 115 ms\narticles per second: 180.6  (5.54 ms per article)\n"
    )
    assert rows == [("parser build", "115 ms"), ("articles per second", "180.6  (5.54 ms per article)")]
    page = module.render(rows, "| input | 1x |\n|---|---|", machine="m", stamp="s")
    assert "| articles per second | 180.6  (5.54 ms per article) |" in page
    prose = "prose: 1 MB 16.0 s, 4 MB 62.0 s (CPU): 3.88x (ok)"
    assert f"Measured: `{prose}`." in module.render(rows, "", machine="m", stamp="s", prose=prose + "\n")
    exports = "exports: JSON: 250 KB 39.1 ms, 1 MB 168.6 ms: 4.31x\nexports: ok"
    assert f"```text\n{exports}\n```" in module.render(
        rows, "", machine="m", stamp="s", exports=exports + "\n"
    )


def test_mkdocs_config_is_offline() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    plugins = re.findall(r"^\s*-\s*([\w/-]+)\s*:?\s*$", config, re.MULTILINE)
    assert "search" in plugins
    assert "mkdocstrings" in plugins
    assert not {"social", "material/social", "privacy", "material/privacy"} & set(plugins)
    assert re.search(r"^\s*font:\s*false", config, re.MULTILINE)
    for page in re.findall(r":\s*([\w/.-]+\.md)\s*$", config, re.MULTILINE):
        assert (ROOT / "docs" / page).is_file(), page
    assert "geo.md" in config


def test_robustness_forms_change_the_text_and_render_a_row() -> None:
    module = _script("robustness")
    text = (
        "Forces Entered Gharyan \u201con Sunday\u201d, a commander\u2019s aide said after a long night of "
        "fighting on the southern edge of the town.\nA second line.\nA third line.\n"
    )
    for name, (_, change) in module.VARIANTS.items():
        changed = change(text)
        assert (changed == text) == (name == "as given"), name
    assert "&#8217;" in module.VARIANTS["references"][1](text)
    assert "\r\n" in module.VARIANTS["CRLF"][1](text)
    summary = {"macro_f1": 0.5, "actors": {"f1": 0.25}, "movements": {"f1": 1.0}}
    page = _script("score_table").render({}, stamp="stamp", forms={"CRLF": summary})
    assert "| CRLF: Windows line ends | **0.500** | 0.250 | 0.000 | 1.000 | 0.000 |" in page
