"""The verb classes of movement: a table a maintainer reads and extends (``data/movement_verbs.tsv``).

Each row keys a lemma (and optionally a particle or preposition that must depend on it) to a
kind of movement and says what its object is. The table is data: adding a row adds a verb,
with no code to change. :func:`load_verb_classes` reads and validates it once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from typing import NamedTuple

from libya_events._errors import LibyaEventsError
from libya_events.model import MovementKind

__all__ = ["OBJECT_ROLES", "VerbClass", "VerbTableError", "load_verb_classes", "parse_verb_table"]

COLUMNS = ("form", "lemma", "particle", "kind", "group_kind", "object", "bare", "governors")
FORMS = frozenset({"verb", "noun"})
OBJECT_ROLES = frozenset({"dest", "origin", "mover", "expel", "fall", "-"})
_RESOURCE = "movement_verbs.tsv"


class VerbTableError(LibyaEventsError, ValueError):
    """A row of the movement verb table is malformed."""


class VerbClass(NamedTuple):
    """One row of the table: how a lemma (with its particle) reports a movement."""

    form: str  # "verb" or "noun"
    lemma: str
    particle: str | None
    kind: MovementKind
    group_kind: MovementKind | None  # the kind when an armed group or a country moves
    object: str  # one of OBJECT_ROLES
    bare: bool  # a movement even with no place named
    governors: frozenset[str]  # nouns: the verbs it must be the object of ("took control")


def parse_verb_table(text: str) -> dict[tuple[str, str], tuple[VerbClass, ...]]:
    """Parse the table's text into ``(form, lemma) -> classes``, rows with a particle first."""
    table: dict[tuple[str, str], list[VerbClass]] = {}
    header_seen = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != COLUMNS:
                raise VerbTableError(f"line {n}: the header must be {' '.join(COLUMNS)}")
            header_seen = True
            continue
        row = _row(cells, n)
        table.setdefault((row.form, row.lemma), []).append(row)
    return {key: tuple(sorted(rows, key=lambda r: r.particle is None)) for key, rows in table.items()}


def _row(cells: list[str], n: int) -> VerbClass:
    if len(cells) != len(COLUMNS):
        raise VerbTableError(f"line {n}: {len(cells)} cells, expected {len(COLUMNS)}")
    form, lemma, particle, kind, group_kind, role, bare, governors = (c.strip() for c in cells)
    if form not in FORMS:
        raise VerbTableError(f"line {n}: form must be verb or noun (got {form!r})")
    if not lemma or lemma != lemma.lower() or " " in lemma:
        raise VerbTableError(f"line {n}: the lemma must be one lower-case word (got {lemma!r})")
    if role not in OBJECT_ROLES:
        raise VerbTableError(f"line {n}: object must be one of {sorted(OBJECT_ROLES)} (got {role!r})")
    if bare not in ("yes", "no"):
        raise VerbTableError(f"line {n}: bare must be yes or no (got {bare!r})")
    if governors != "-" and form != "noun":
        raise VerbTableError(f"line {n}: only nouns have governors")
    return VerbClass(
        form=form,
        lemma=lemma,
        particle=None if particle == "-" else particle,
        kind=_kind(kind, n),
        group_kind=None if group_kind == "-" else _kind(group_kind, n),
        object=role,
        bare=bare == "yes",
        governors=frozenset() if governors == "-" else frozenset(governors.split("|")),
    )


def _kind(value: str, n: int) -> MovementKind:
    try:
        return MovementKind(value)
    except ValueError:
        raise VerbTableError(f"line {n}: unknown kind {value!r}") from None


@functools.lru_cache(maxsize=1)
def load_verb_classes() -> Mapping[tuple[str, str], tuple[VerbClass, ...]]:
    """The packaged table, parsed once per process."""
    resource = resources.files("libya_events.extraction").joinpath("data", _RESOURCE)
    return parse_verb_table(resource.read_text(encoding="utf-8"))
