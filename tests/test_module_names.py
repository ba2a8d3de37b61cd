"""No module of the package binds one top-level name twice.

Rule tables and helpers are module-level constants and functions. Two helpers working in
parallel once each added a ``HELD_VERBS`` to ``_movements.py``: the later binding silently
replaced the earlier one for every function that read it, and no test of either rule noticed
(an older ``LEADING_VERBS`` had hidden the road verbs the same way). This guard reads each
module's syntax tree and fails on any name bound twice at the top level; ``typing.overload``
stubs are the one allowed repetition.
"""

from __future__ import annotations

import ast
import collections
import pathlib

import pytest

import libya_events

PACKAGE = pathlib.Path(libya_events.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def _is_overload(node: ast.AST) -> bool:
    decorators = getattr(node, "decorator_list", [])
    return any(
        (isinstance(d, ast.Name) and d.id == "overload")
        or (isinstance(d, ast.Attribute) and d.attr == "overload")
        for d in decorators
    )


def top_level_names(source: str) -> list[str]:
    """Every name a module's top-level statements bind, once per binding (overload stubs left out)."""
    names: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if not _is_overload(node):
                names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


def twice(source: str) -> list[str]:
    return sorted(n for n, c in collections.Counter(top_level_names(source)).items() if c > 1)


def test_the_guard_sees_a_table_bound_twice() -> None:
    source = 'WORDS = frozenset({"a"})\n\ndef f():\n    return WORDS\n\nWORDS = frozenset({"b"})\n'
    assert twice(source) == ["WORDS"]


def test_the_guard_allows_overload_stubs_and_one_binding() -> None:
    source = (
        "from typing import overload\n"
        "@overload\ndef f(x: int) -> int: ...\n"
        "@overload\ndef f(x: str) -> str: ...\n"
        "def f(x): return x\n"
        "TABLE: dict[str, int] = {}\n"
    )
    assert twice(source) == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_top_level_name_twice(path: pathlib.Path) -> None:
    assert twice(path.read_text(encoding="utf-8")) == []
