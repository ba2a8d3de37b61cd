"""Screen every regular expression of libya_events the way an attacker would.

Usage: python benchmarks/pattern_screen.py [--only SUBSTRING] [--verbose]

The screen collects every compiled pattern of the package (each ``re.Pattern`` bound at
module level or in a class body, plus every literal pattern passed to a ``re`` function
in the source) and feeds each one crafted strings of 10 KB and 100 KB:

* runs of one character of each class (letters, capitals, digits, blanks, newlines,
  punctuation, Arabic script, zero-width characters);
* two classes alternating, and short word shapes ("A'", "Ab. ", "1,000 ") repeated;
* the pattern's own literals repeated, with and without a blank between them;
* a string the pattern (nearly) matches, built from its parse tree, repeated.

Each string is consumed with ``finditer`` (which tries every start, like ``search``,
``sub`` and ``findall``). A pattern fails when the 100 KB string costs more than
``RATIO`` times the 10 KB one (linear growth gives about 10; a pattern that retries a
long scan from every start gives about 100), or when the 10 KB string alone takes so
long that 100 KB would take minutes. ``tests/test_pattern_screen.py`` runs the screen
in the test suite.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import pkgutil
import re
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from re import _constants as C
from re import _parser
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SMALL = 10_000
LARGE = 100_000
RATIO = 30.0
"""Most the 100 KB cost may be of the 10 KB cost (linear is ~10, quadratic ~100)."""
FLOOR_S = 0.05
"""A 100 KB string costing less than this passes whatever the ratio (timer noise)."""
CONFIRM_RATIO = 7.0
"""Most the 100 KB cost may be of the 30 KB cost when confirming (linear ~3.3, quadratic ~11)."""
PROBE_S = 0.01
"""A 10 KB string costing more than this is tried at 30 KB before 100 KB."""
SMALL_LIMIT_S = 0.25
"""A 10 KB string costing more than this fails at once: 100 KB would take ~100 times as long."""

WINDOWED: dict[str, tuple[int, str]] = {
    "libya_events.extraction._mentions._TITLE_BEFORE": (
        60,
        "searched only in the 60 characters before a name",
    ),
    "libya_events.text._preamble.": (
        200,
        "matched only against one preamble line of at most PREAMBLE_LINE_CHARS (200) characters",
    ),
    "libya_events.extraction._sites._NAMED_BEFORE": (
        200,
        "searched only from NAME_REACH (120) characters before a facility noun to the noun's end",
    ),
    "libya_events.extraction._antecedents._OWNED_BY": (
        60,
        "searched only in the OWNER_REACH (60) characters before an owned member noun",
    ),
}
"""Patterns (by name prefix) applied only to windows of bounded size, with the bound and why.

Their crafted strings are as long as the window, and one window may cost at most
``WINDOW_LIMIT_S``: a rule run once per sentence stays linear in the text."""
WINDOW_LIMIT_S = 0.02

CLASS_CHARS = [
    "a",
    "A",
    "0",
    " ",
    "\n",
    "\t",
    ".",
    "!",
    "?",
    ",",
    "'",
    '"',
    "-",
    "(",
    ":",
    "\u0644",
    "\u200b",
]
PAIR_CHARS = ["a", "A", "0", " ", ".", "'"]
SHAPES = [
    "A'",
    "Ab ",
    "Ab. ",
    "A. ",
    "ab ",
    "AB ",
    "Ab-",
    "al-",
    "1,000 ",
    "1.5 ",
    "a\n\n",
    " \n",
    ". A",
    '"A ',
    "Ab, ",
    "'s ",
]


def _load_all() -> list[Any]:
    import libya_events

    modules = [libya_events]
    for info in pkgutil.walk_packages(libya_events.__path__, "libya_events."):
        modules.append(importlib.import_module(info.name))
    return modules


def _flags_of(node: ast.expr | None) -> int:
    """The value of a flags argument such as ``re.I | re.VERBOSE`` (0 when not a constant)."""
    if node is None:
        return 0
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
        value = getattr(re, node.attr, 0)
        return int(value) if isinstance(value, int) else 0
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _flags_of(node.left) | _flags_of(node.right)
    return 0


_RE_FUNCTIONS = {
    "search": 2,
    "match": 2,
    "fullmatch": 2,
    "finditer": 2,
    "findall": 2,
    "sub": 4,
    "subn": 4,
    "split": 3,
}


def _inline_patterns(module: Any) -> Iterator[tuple[str, re.Pattern[str]]]:
    """Literal patterns passed to ``re.search(r"...", ...)`` and friends in the module's source."""
    try:
        source = inspect.getsource(module)
    except (OSError, TypeError):
        return
    for node in ast.walk(ast.parse(source)):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in _RE_FUNCTIONS
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            continue
        flag_pos = _RE_FUNCTIONS[node.func.attr]
        flags_node = node.args[flag_pos] if len(node.args) > flag_pos else None
        for kw in node.keywords:
            if kw.arg == "flags":
                flags_node = kw.value
        yield f"line {node.lineno}", re.compile(node.args[0].value, _flags_of(flags_node))


def _nested(name: str, value: object, depth: int = 2) -> Iterator[tuple[str, re.Pattern[str]]]:
    """Patterns held in a value: the value itself, or inside its tuples, lists and dicts."""
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        yield name, value
    elif depth > 0 and isinstance(value, tuple | list):
        for i, item in enumerate(value):
            yield from _nested(f"{name}[{i}]", item, depth - 1)
    elif depth > 0 and isinstance(value, dict):
        for key, item in value.items():
            yield from _nested(f"{name}[{key!r}]", item, depth - 1)


def collect_patterns() -> dict[str, re.Pattern[str]]:
    """Name -> pattern for every pattern of the package: module level, class level (also
    inside tuples, lists and dicts there) and literal patterns passed to ``re`` functions."""
    found: dict[str, re.Pattern[str]] = {}
    for module in _load_all():
        for name, value in vars(module).items():
            if inspect.isclass(value) and value.__module__ == module.__name__:
                for attr, inner in vars(value).items():
                    for where, pattern in _nested(f"{module.__name__}.{name}.{attr}", inner):
                        found.setdefault(where, pattern)
            elif not inspect.ismodule(value):
                for where, pattern in _nested(f"{module.__name__}.{name}", value):
                    found.setdefault(where, pattern)
        for where, pattern in _inline_patterns(module):
            found.setdefault(f"{module.__name__}:{where}", pattern)
    # one entry per pattern object (a pattern imported into another module is the same
    # pattern); keep a name the WINDOWED exemption does not cover when there is one
    by_object: dict[int, str] = {}
    for name, pattern in found.items():
        kept = by_object.get(id(pattern))
        if kept is None or (window_of(kept) is not None and window_of(name) is None):
            by_object[id(pattern)] = name
    return {name: found[name] for name in sorted(by_object.values())}


# --- strings built from a pattern's parse tree ---------------------------------------------

_CANDIDATES = "aA0 .,'-\n\t(:\"!?/;\u0644_"
_CATEGORY_TEST = {
    C.CATEGORY_DIGIT: str.isdigit,
    C.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
    C.CATEGORY_SPACE: str.isspace,
    C.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    C.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    C.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def _in_class(char: str, items: list[tuple[Any, Any]], ignore_case: bool) -> bool:
    negate = False
    hit = False
    options = {char, char.lower(), char.upper()} if ignore_case else {char}
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit = hit or chr(av) in options
        elif op is C.RANGE:
            hit = hit or any(av[0] <= ord(c) <= av[1] for c in options)
        elif op is C.CATEGORY:
            hit = hit or _CATEGORY_TEST.get(av, lambda c: False)(char)
    return hit != negate


def _one_char(op: Any, av: Any, ignore_case: bool) -> str:
    if op is C.LITERAL:
        return chr(av)
    if op is C.NOT_LITERAL:
        return next(c for c in _CANDIDATES if ord(c) != av)
    if op is C.ANY:
        return "a"
    if op is C.IN:
        for c in _CANDIDATES:
            if _in_class(c, av, ignore_case):
                return c
        for op2, av2 in av:
            if op2 is C.LITERAL:
                return chr(av2)
            if op2 is C.RANGE:
                return chr(av2[0])
        return "a"
    return ""


def _sample(tree: Iterable[tuple[Any, Any]], ignore_case: bool, extra: int) -> str:
    """A string the parsed pattern (nearly) matches: fewest repeats plus ``extra``, first branches."""
    out: list[str] = []
    for op, av in tree:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, sub = av
            count = min(max(low, 0) + extra, high) if high != C.MAXREPEAT else low + extra
            out.append(_sample(sub, ignore_case, extra) * count)
        elif op is C.SUBPATTERN:
            out.append(_sample(av[-1], ignore_case, extra))
        elif op is C.ATOMIC_GROUP:
            out.append(_sample(av, ignore_case, extra))
        elif op is C.BRANCH:
            out.append(_sample(av[1][0], ignore_case, extra))
        elif op is C.ASSERT and av[0] == 1:
            out.append(_sample(av[1], ignore_case, extra))
        else:
            out.append(_one_char(op, av, ignore_case))
    return "".join(out)


def _literals(tree: Iterable[tuple[Any, Any]]) -> Iterator[str]:
    """Every run of literal characters in the parsed pattern."""
    run: list[str] = []
    for op, av in tree:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            yield "".join(run)
            run = []
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            yield from _literals(av[2])
        elif op is C.SUBPATTERN:
            yield from _literals(av[-1])
        elif op is C.ATOMIC_GROUP:
            yield from _literals(av)
        elif op is C.BRANCH:
            for branch in av[1]:
                yield from _literals(branch)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            yield from _literals(av[1])
    if run:
        yield "".join(run)


def crafted_units(pattern: re.Pattern[str]) -> list[str]:
    """The repeating units of the hostile strings for ``pattern``."""
    units: list[str] = list(CLASS_CHARS) + list(SHAPES)
    units += [a + b for a in PAIR_CHARS for b in PAIR_CHARS if a != b]
    try:
        tree = list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # pragma: no cover - every pattern here compiled already
        tree = []
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    # the parse tree's literal runs, and the words of the source (the compiler factors
    # common prefixes out of alternations: "brigade|battalion" becomes "b" + branches)
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", re.sub(r"\\.", " ", pattern.pattern))
    found = {lit for lit in _literals(tree) if lit.strip()} | set(words)
    ranked = sorted(found, key=lambda lit: (-len(lit), lit))
    literals = ranked[:10] + ranked[10:][-4:]  # the ten longest and the four shortest
    for lit in literals:
        units += [lit, lit + " ", lit + "A"]
    for extra in (0, 1, 3):
        sample = _sample(tree, ignore_case, extra)
        if sample:
            units += [sample, sample + " ", sample[: max(1, len(sample) // 2)]]
    seen: set[str] = set()
    return [u for u in units if u and not (u in seen or seen.add(u))]  # type: ignore[func-returns-value]


def fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def cost(pattern: re.Pattern[str], text: str, limit_s: float = 0.0) -> float:
    """CPU seconds ``finditer`` takes over ``text`` (CPU time: other processes do not count).

    With ``limit_s``, a scan still running after that much CPU time is stopped (the regex
    engine checks for signals) and ``inf`` returned.
    """
    timed = (
        limit_s > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    )
    if timed:
        previous = signal.signal(signal.SIGPROF, _alarm)
        signal.setitimer(signal.ITIMER_PROF, limit_s)
    t0 = time.process_time()
    try:
        for _ in pattern.finditer(text):
            pass
    except _Timeout:
        return float("inf")
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)
    return time.process_time() - t0


def window_of(name: str) -> int | None:
    """The bounded window a pattern is only ever applied to, if it is listed in ``WINDOWED``."""
    return next((size for prefix, (size, _) in WINDOWED.items() if name.startswith(prefix)), None)


def screen_window(
    pattern: re.Pattern[str], size: int, *, first: bool = True
) -> list[tuple[str, float, float]]:
    """(unit, window cost, inf) for the crafted windows that cost more than ``WINDOW_LIMIT_S``."""
    bad: list[tuple[str, float, float]] = []
    for unit in crafted_units(pattern):
        if bad and first:
            break
        text = fill(unit, size)
        spent = cost(pattern, text, 10 * WINDOW_LIMIT_S)
        if spent > WINDOW_LIMIT_S:
            spent = min(spent, cost(pattern, text, 10 * WINDOW_LIMIT_S))
            if spent > WINDOW_LIMIT_S:
                bad.append((unit, spent, float("inf")))
    return bad


def screen(pattern: re.Pattern[str], *, first: bool = True) -> list[tuple[str, float, float]]:
    """(unit, 10 KB cost, 100 KB cost) for the crafted strings that grow more than linearly
    (only the first such string unless ``first`` is false).

    A string whose 10 KB cost is so small that even quadratic growth would keep the 100 KB
    one under ``FLOOR_S`` is not tried at 100 KB.
    """
    bad: list[tuple[str, float, float]] = []
    for unit in crafted_units(pattern):
        if bad and first:
            break
        small = cost(pattern, fill(unit, SMALL), SMALL_LIMIT_S)
        if small > SMALL_LIMIT_S:
            # fail without spending minutes on 100 KB
            bad.append((unit, small, float("inf")))
            continue
        if small * (LARGE / SMALL) ** 2 < FLOOR_S:
            continue
        if small > PROBE_S:
            # a slow pattern: 30 KB first (linear is ~3 times 10 KB, quadratic ~9 times)
            middle = cost(pattern, fill(unit, 3 * SMALL), 20 * small + 0.1)
            if middle > 6 * small:
                middle = min(middle, cost(pattern, fill(unit, 3 * SMALL), 20 * small + 0.1))
                if middle > 6 * small:
                    bad.append((unit, small, middle * 100 / 9))
                    continue
        limit = max(3 * RATIO * small, 1.0)
        large = cost(pattern, fill(unit, LARGE), limit)
        if large > FLOOR_S and large > RATIO * small:
            # a short scan can be timed too fast (caches, timer): confirm against 30 KB,
            # which costs 3.3 times 10 KB when linear and 11 times when quadratic
            middle = cost(pattern, fill(unit, 3 * SMALL), limit)
            large = min(large, cost(pattern, fill(unit, LARGE), limit))
            if large > FLOOR_S and large > CONFIRM_RATIO * middle:
                bad.append((unit, small, large))
    return bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="screen only patterns whose name contains this")
    ap.add_argument("--verbose", action="store_true", help="print every pattern's time")
    ap.add_argument("--all", action="store_true", help="report every bad string, not just a pattern's first")
    args = ap.parse_args()
    failures = 0
    patterns = collect_patterns()
    for name, pattern in patterns.items():
        if args.only and args.only not in name:
            continue
        t0 = time.perf_counter()
        window = window_of(name)
        if window is not None:
            bad = screen_window(pattern, window, first=not args.all)
        else:
            bad = screen(pattern, first=not args.all)
        if args.verbose:
            print(f"{time.perf_counter() - t0:7.2f} s  {name}", flush=True)
        for unit, small, large in bad:
            failures += 1
            print(
                f"FAIL {name}: {unit!r} 10 KB {small * 1000:.1f} ms, 100 KB {large * 1000:.0f} ms", flush=True
            )
    print(f"{len(patterns)} patterns screened, {failures} superlinear strings")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
