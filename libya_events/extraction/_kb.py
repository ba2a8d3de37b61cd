"""The actor knowledge base: a curated data file of Libya's conflict actors and its loader.

The packaged file (``data/actors.json``) is data, not code; a user may load their own
file in the same format with :meth:`ActorKB.from_file` and lay it over the default with
:meth:`ActorKB.merged`. The format is one JSON (or TOML) object::

    {"version": 1,
     "actors": [{"id": "khalifa-haftar", "name": "Khalifa Haftar", "kind": "person",
                 "title": "commander", "affiliation": "Libyan National Army",
                 "aliases": ["Khalifa Hifter"], "surnames": ["Haftar", "Hifter"],
                 "metonyms": [], "valid_from": null, "valid_to": null,
                 "source": "https://en.wikipedia.org/wiki/Khalifa_Haftar"}],
     "roles": [{"alias": "the U.N. secretary-general", "actor": "antonio-guterres",
                "from": "2017-01-01", "to": null, "source": "..."}],
     "collectives": [{"name": "residents", "aliases": ["resident", "local residents"]}]}

* ``aliases`` are full surface forms that name the actor on their own.
* ``surnames`` are bare forms ("Haftar") that name this actor when used alone, also after
  a title ("Marshal Haftar"); they are aliases too and must be unambiguous.
* ``gender`` (optional, persons only) is ``"f"`` or ``"m"``: which pronouns ("she", "he")
  can stand for the person.
* ``people`` (optional, ``true`` or ``false``) marks a people or tribe. Its name or alias
  that also opens a longer one ("Tebu" with "Tebu fighters"; a plural counts less its "s":
  "Berbers" with "Berber fighters") is the people's name, which names the side as a noun
  ("the Tebu attacked") but not as a modifier ("a Tebu representative"). A ``people`` entry
  must have such a name.
* ``affiliations`` (optional) date an actor's side: a list of ``{"name": ..., "from": ...,
  "to": ...}`` periods (inclusive ISO dates, ``null`` for open) that may not overlap. On an
  article's date inside a period that period's side is the actor's; between or outside the
  periods the actor has none ("Bashagha's forces" in 2022 are not the 2019 government's).
  ``affiliation`` stays the side of an undated text.
* ``metonyms`` are words that name the actor only by metonymy ("Cairo warned",
  "Ankara said"): also places, so they are kept out of :meth:`ActorKB.alias_index`.
* ``roles`` are descriptions valid for a span of dates ("the prime minister",
  "the U.N. envoy"); ``from``/``to`` are inclusive ISO dates, ``null`` for open.
  One role alias may name several actors over time, never two on the same day.
  A role record is either one row, as above, or a group of synonyms with the
  successive holders they name::

      {"aliases": ["the U.N. envoy", "UN special envoy"], "title": "U.N. envoy",
       "source": "...", "holders": [{"actor": "ghassan-salame", "from": "2017-06-22",
       "to": "2020-03-02"}, {"actor": "stephanie-williams", "from": "2020-03-03", "to": null}]}

  A role alias may also be a plain alias (or metonym) of an entry if one of its
  periods names that same entry; on a date inside a period the role wins
  (:meth:`ActorKB.lookup`).
* ``collectives`` are generic groups ("residents", "a security source").

Every alias is compared after :func:`normalize_alias`. An alias that would name two
different entries, a duplicate id, an unknown key, a wrong type or an unknown ``kind`` is
refused with :class:`~libya_events.KnowledgeBaseError` naming the entry and the field.
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import json
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from attrs import Factory, evolve, field, frozen

from libya_events._errors import KnowledgeBaseError
from libya_events.model import Actor, ActorKind

__all__ = [
    "ActorEntry",
    "ActorKB",
    "CollectiveEntry",
    "RoleAlias",
    "normalize_alias",
]

FORMAT_VERSION = 1
_DEFAULT_RESOURCE = "actors.json"

# --------------------------------------------------------------------------- normalisation

_APOSTROPHES = re.compile(r"[\u0027\u0060\u00b4\u2018\u2019\u201b\u02bc\u02bb\u02be\u02bf]")
_DASHES = re.compile(r"[\u002d\u00ad\u2010-\u2015\u2212_/]")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_PREFIX = re.compile(r"^(?:al|el|the|a|an)\s+")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el)-(?=[A-Z])")
"""The article that opens many Arabic names ("al-Qaeda", "el-Sharara"), before a capital."""
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,}[A-Z0-9.]*|[A-Z]+[0-9]+")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fold_once(text: str) -> str:
    folded = _strip_marks(_strip_marks(text).casefold())
    folded = _APOSTROPHES.sub("", folded).replace(".", "")
    folded = _DASHES.sub(" ", folded)
    folded = _NON_WORD.sub(" ", folded)
    folded = _SPACES.sub(" ", folded).strip()
    previous = None
    while previous != folded:
        previous, folded = folded, _PREFIX.sub("", folded)
    return folded


@functools.lru_cache(maxsize=65536)
def normalize_alias(text: str) -> str:
    """The form aliases are compared in.

    Case-folded, diacritics stripped, apostrophes dropped ("Ma'itig" → "maitig"), full
    stops dropped ("U.N." → "un"), hyphens, dashes and other punctuation folded to
    spaces, whitespace collapsed, and any leading "al-"/"el-"/"the"/"a"/"an" removed,
    so "al-Serraj", "Al Serraj" and "Serraj" agree. Idempotent.
    """
    folded = _fold_once(text)
    for _ in range(4):  # exotic code points can need a second pass to settle
        again = _fold_once(folded)
        if again == folded:
            break
        folded = again
    return folded


# --------------------------------------------------------------------------- records


@frozen
class Affiliation:
    """The side an actor belonged to between two dates (inclusive; ``None`` is open)."""

    name: str
    valid_from: _dt.date | None = None
    valid_to: _dt.date | None = None
    source: str | None = None

    def valid_on(self, day: _dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@frozen
class ActorEntry:
    """One actor of the knowledge base."""

    id: str
    name: str
    kind: ActorKind
    title: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    valid_from: _dt.date | None = None
    valid_to: _dt.date | None = None
    source: str | None = None
    gender: str | None = None  # a person's grammatical gender for pronouns: "f", "m" or None
    affiliations: tuple[Affiliation, ...] = ()  # dated sides; ``affiliation`` is the undated one
    people: bool = False  # a people or tribe ("Tebu"): see ``people_names``

    @property
    def forms(self) -> tuple[str, ...]:
        """Every form that names the entry on its own: name, aliases and surnames."""
        return (self.name, *self.aliases, *self.surnames)

    @property
    def generic(self) -> bool:
        """Whether the entry is a description, not a name: its name opens with a lower-case
        word ("armed groups", "former rebels"). The Arabic article of a name does not count
        ("al-Qaeda", "al-Qaeda in the Islamic Maghreb" are named groups)."""
        return _ARABIC_ARTICLE.sub("", self.name)[:1].islower()

    @property
    def people_names(self) -> frozenset[str]:
        """A people's names, lower-cased: those of its forms (a plural less its "s") that open a
        longer form of it ("tebu" of "Tebu" and "Tebu fighters", "berber" of "Berbers" and
        "Berber fighters"); before a noun they modify it. Empty unless ``people``."""
        if not self.people:
            return frozenset()
        forms = [form.lower() for form in self.forms]
        openers = {" ".join(words[:k]) for words in map(str.split, forms) for k in range(1, len(words))}
        names = {*forms, *(form[:-1] for form in forms if form.endswith("s"))}
        return frozenset(names & openers)

    @property
    def acronyms(self) -> tuple[str, ...]:
        """Forms written in capitals ("IS", "U.S.", "WHO"): match these case-sensitively,
        since their normalised form may be an ordinary word ("is", "us", "who")."""
        return tuple(f for f in self.forms if _ACRONYM.fullmatch(f))

    def valid_on(self, day: _dt.date) -> bool:
        """Whether the actor existed on ``day`` (open ends count as valid)."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def affiliation_on(self, day: _dt.date | None) -> str | None:
        """The side on ``day``: a dated period's, none between periods; the undated
        ``affiliation`` without a day or without periods."""
        if day is None or not self.affiliations:
            return self.affiliation
        return next((a.name for a in self.affiliations if a.valid_on(day)), None)

    def on(self, day: _dt.date | None) -> ActorEntry:
        """This entry with its ``affiliation`` as of ``day`` (itself when that is the same)."""
        side = self.affiliation_on(day)
        return self if side == self.affiliation else evolve(self, affiliation=side)

    def to_actor(self, *, title: str | None = None, affiliation: str | None = None) -> Actor:
        """A model :class:`~libya_events.Actor` (no mentions) for this entry."""
        return Actor(
            name=self.name,
            kind=self.kind,
            title=title if title is not None else self.title,
            affiliation=affiliation if affiliation is not None else self.affiliation,
            aliases=self.aliases,
            kb_id=self.id,
        )


@frozen
class RoleAlias:
    """A description that names an actor between two dates ("the U.N. envoy")."""

    alias: str
    actor: str
    valid_from: _dt.date | None = None
    valid_to: _dt.date | None = None
    title: str | None = None
    source: str | None = None
    key: str = field(
        init=False,
        eq=False,
        repr=False,
        default=Factory(lambda self: normalize_alias(self.alias), takes_self=True),
    )
    """The normalised alias (computed once)."""

    def valid_on(self, day: _dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@frozen
class CollectiveEntry:
    """A generic group of people ("residents", "a security source")."""

    name: str
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


# --------------------------------------------------------------------------- parsing

_ACTOR_KEYS = frozenset(
    {
        "id",
        "name",
        "kind",
        "title",
        "affiliation",
        "aliases",
        "surnames",
        "metonyms",
        "valid_from",
        "valid_to",
        "source",
        "gender",
        "affiliations",
        "people",
        "note",
    }
)
_AFFILIATION_KEYS = frozenset({"name", "from", "to", "source", "note"})
_GENDERS = ("f", "m")
_ROLE_KEYS = frozenset({"alias", "actor", "from", "to", "title", "source", "note"})
_ROLE_GROUP_KEYS = frozenset({"aliases", "holders", "title", "source", "note"})
_HOLDER_KEYS = frozenset({"actor", "from", "to", "title", "source", "note"})
_COLLECTIVE_KEYS = frozenset({"name", "aliases", "note"})
_TOP_KEYS = frozenset({"version", "actors", "roles", "collectives", "note", "sources"})
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_KINDS = ", ".join(k.value for k in ActorKind)


_TOO_COMMON = frozenset(
    """
    a an the and or but nor so yet of in on at to from by for with without into onto off out over under
    up down about above below after before during since until via per as than then there here this that
    these those it its is are was were be been being am do does did done has have had having will would
    shall should can could may might must not no yes all any some each every both
    i me my we us our you your he him his she her they them their who whom whose which what when where
    why how if while also just only very more most much many said says say saying told
    tell tells added adds stated announced declared warned warns claimed claims noted explained
    insisted vowed pledged promised urged urges asked replied
    """.split()
)
"""Words that must not name an actor on their own: an alias "the" or "said" would match everywhere.
A form written in capitals ("IS", "WHO", "US") is an acronym, matched case-sensitively, and allowed."""


def _check_form(where: str, key: str, form: str) -> None:
    """Refuse a form that normalises to nothing or to a common word."""
    normal = normalize_alias(form)
    if not normal:
        raise _fail(where, key, "holds a form that normalises to nothing", form)
    if normal in _TOO_COMMON and not _ACRONYM.fullmatch(form):
        raise _fail(where, key, "holds a common word that would match all over any text", form)


def _fail(where: str, key: str, message: str, value: object) -> KnowledgeBaseError:
    return KnowledgeBaseError(f"{where}: '{key}' {message} (got {value!r})")


def _check_keys(where: str, raw: Mapping[str, Any], allowed: frozenset[str]) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise KnowledgeBaseError(
            f"{where}: unknown field(s) {', '.join(map(repr, unknown))}; "
            f"allowed: {', '.join(sorted(allowed))}"
        )


def _text(where: str, raw: Mapping[str, Any], key: str, *, required: bool = False) -> str | None:
    value = raw.get(key)
    if value is None:
        if required:
            raise _fail(where, key, "is required and must be a non-empty string", value)
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, key, "must be a non-empty string", value)
    if value != value.strip():
        raise _fail(where, key, "must not start or end with whitespace", value)
    return value


def _texts(where: str, raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _fail(where, key, "must be a list of non-empty strings", value)
    out: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip() or item != item.strip():
            raise _fail(where, key, "must hold only non-empty strings without outer whitespace", item)
        _check_form(where, key, item)
        out.append(item)
    return tuple(out)


def _date(where: str, raw: Mapping[str, Any], key: str) -> _dt.date | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, _dt.datetime):  # TOML may hand over datetimes
        value = value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise _fail(where, key, "must be an ISO date YYYY-MM-DD or null", value)
    try:
        return _dt.date.fromisoformat(value)
    except ValueError as exc:
        raise _fail(where, key, "must be an ISO date YYYY-MM-DD or null", value) from exc


def _span(where: str, start: _dt.date | None, end: _dt.date | None, keys: tuple[str, str]) -> None:
    if start is not None and end is not None and end < start:
        raise KnowledgeBaseError(
            f"{where}: '{keys[1]}' must not come before '{keys[0]}' (got {start}..{end})"
        )


def _mapping(where: str, raw: object) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise KnowledgeBaseError(f"{where}: must be an object (got {type(raw).__name__})")
    return raw


def _parse_actor(raw_any: object, index: int) -> ActorEntry:
    raw = _mapping(f"actors[{index}]", raw_any)
    ident = raw.get("id")
    if not isinstance(ident, str) or not _ID.fullmatch(ident):
        raise _fail(f"actors[{index}]", "id", "must be a lower-case slug such as 'khalifa-haftar'", ident)
    where = f"actor {ident!r}"
    _check_keys(where, raw, _ACTOR_KEYS)
    name = _text(where, raw, "name", required=True)
    assert name is not None
    kind_raw = raw.get("kind")
    try:
        kind = ActorKind(str(kind_raw))
    except ValueError:
        raise _fail(where, "kind", f"must be one of {_KINDS}", kind_raw) from None
    if kind is ActorKind.COLLECTIVE:
        raise _fail(where, "kind", "collective belongs in the 'collectives' list, not 'actors'", kind_raw)
    if not normalize_alias(name):
        raise _fail(where, "name", "normalises to nothing", name)
    _check_form(where, "name", name)
    valid_from, valid_to = _date(where, raw, "valid_from"), _date(where, raw, "valid_to")
    _span(where, valid_from, valid_to, ("valid_from", "valid_to"))
    _text(where, raw, "note")
    gender = _text(where, raw, "gender")
    if gender is not None and (gender not in _GENDERS or kind is not ActorKind.PERSON):
        raise _fail(where, "gender", "must be 'f' or 'm', and only for a person", gender)
    entry = ActorEntry(
        id=ident,
        name=name,
        kind=kind,
        title=_text(where, raw, "title"),
        affiliation=_text(where, raw, "affiliation"),
        aliases=_texts(where, raw, "aliases"),
        surnames=_texts(where, raw, "surnames"),
        metonyms=_texts(where, raw, "metonyms"),
        valid_from=valid_from,
        valid_to=valid_to,
        source=_text(where, raw, "source"),
        gender=gender,
        affiliations=_affiliations(where, raw.get("affiliations")),
        people=_people(where, raw),
    )
    if entry.people and not entry.people_names:
        raise _fail(
            where, "people", "needs a name or alias that opens a longer one ('Tebu', 'Tebu fighters')", True
        )
    return entry


def _people(where: str, raw: Mapping[str, Any]) -> bool:
    value = raw.get("people")
    if value is None:
        return False
    if not isinstance(value, bool):
        raise _fail(where, "people", "must be true or false", value)
    return value


def _affiliations(where: str, value: object) -> tuple[Affiliation, ...]:
    """Dated sides: each a name with ``from``/``to`` dates; periods may not overlap."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _fail(where, "affiliations", "must be a list of objects", value)
    out: list[Affiliation] = []
    for k, item in enumerate(value):
        at = f"{where} affiliations[{k}]"
        raw = _mapping(at, item)
        _check_keys(at, raw, _AFFILIATION_KEYS)
        name = _text(at, raw, "name", required=True)
        assert name is not None
        start, end = _date(at, raw, "from"), _date(at, raw, "to")
        _span(at, start, end, ("from", "to"))
        _text(at, raw, "note")
        out.append(Affiliation(name, start, end, _text(at, raw, "source")))
    ordered = sorted(out, key=lambda a: a.valid_from or _dt.date.min)
    for before, after in itertools.pairwise(ordered):
        if before.valid_to is None or after.valid_from is None or after.valid_from <= before.valid_to:
            raise _fail(
                where, "affiliations", "holds periods that overlap", [a.name for a in (before, after)]
            )
    return tuple(ordered)


def _parse_role_row(
    where: str, raw: Mapping[str, Any], alias_text: str, defaults: Mapping[str, Any]
) -> RoleAlias:
    if not normalize_alias(alias_text):
        raise _fail(where, "alias", "normalises to nothing", alias_text)
    _check_form(where, "alias", alias_text)
    actor = _text(where, raw, "actor", required=True)
    assert actor is not None
    valid_from, valid_to = _date(where, raw, "from"), _date(where, raw, "to")
    _span(where, valid_from, valid_to, ("from", "to"))
    _text(where, raw, "note")
    title = _text(where, raw, "title")
    source = _text(where, raw, "source")
    return RoleAlias(
        alias=alias_text,
        actor=actor,
        valid_from=valid_from,
        valid_to=valid_to,
        title=title if title is not None else defaults.get("title"),
        source=source if source is not None else defaults.get("source"),
    )


def _parse_role(raw_any: object, index: int) -> list[RoleAlias]:
    """A role record: one row (``alias``, ``actor``, ``from``, ``to``) or a group
    (``aliases`` naming, in turn, each of ``holders`` for its own ``from``..``to``)."""
    raw = _mapping(f"roles[{index}]", raw_any)
    if "aliases" not in raw and "holders" not in raw:
        alias = raw.get("alias")
        where = f"role {alias!r} (roles[{index}])" if isinstance(alias, str) else f"roles[{index}]"
        _check_keys(where, raw, _ROLE_KEYS)
        alias_text = _text(where, raw, "alias", required=True)
        assert alias_text is not None
        return [_parse_role_row(where, raw, alias_text, {})]
    aliases = _texts(f"roles[{index}]", raw, "aliases")
    where = f"role {aliases[0]!r} (roles[{index}])" if aliases else f"roles[{index}]"
    _check_keys(where, raw, _ROLE_GROUP_KEYS)
    if not aliases:
        raise _fail(where, "aliases", "must list at least one alias", raw.get("aliases"))
    holders = raw.get("holders")
    if not isinstance(holders, list) or not holders:
        raise _fail(where, "holders", "must be a non-empty list of {actor, from, to}", holders)
    defaults = {"title": _text(where, raw, "title"), "source": _text(where, raw, "source")}
    _text(where, raw, "note")
    rows: list[RoleAlias] = []
    for h, holder_any in enumerate(holders):
        here = f"{where} holders[{h}]"
        holder = _mapping(here, holder_any)
        _check_keys(here, holder, _HOLDER_KEYS)
        rows.extend(_parse_role_row(here, holder, alias, defaults) for alias in aliases)
    return rows


def _parse_collective(raw_any: object, index: int) -> CollectiveEntry:
    raw = _mapping(f"collectives[{index}]", raw_any)
    name = raw.get("name")
    where = f"collective {name!r}" if isinstance(name, str) else f"collectives[{index}]"
    _check_keys(where, raw, _COLLECTIVE_KEYS)
    name_text = _text(where, raw, "name", required=True)
    assert name_text is not None
    if not normalize_alias(name_text):
        raise _fail(where, "name", "normalises to nothing", name_text)
    _check_form(where, "name", name_text)
    _text(where, raw, "note")
    return CollectiveEntry(name=name_text, aliases=_texts(where, raw, "aliases"))


def _list(raw: Mapping[str, Any], key: str) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise KnowledgeBaseError(f"knowledge base: '{key}' must be a list (got {type(value).__name__})")
    return value


# --------------------------------------------------------------------------- the knowledge base


class ActorKB:
    """A validated, immutable set of actor entries, dated role aliases and collectives."""

    __slots__ = (
        "_alias",
        "_by_id",
        "_collective",
        "_collectives",
        "_entries",
        "_metonym",
        "_people",
        "_roles",
        "_roles_by_key",
        "_skeletons",
    )

    def __init__(
        self,
        entries: Iterable[ActorEntry] = (),
        roles: Iterable[RoleAlias] = (),
        collectives: Iterable[CollectiveEntry] = (),
    ) -> None:
        self._entries: tuple[ActorEntry, ...] = tuple(entries)
        unique: dict[tuple[str, str, _dt.date | None, _dt.date | None], RoleAlias] = {}
        for role in roles:  # "UN envoy" and "U.N. envoy" for the same holder and period: one fact
            unique.setdefault((role.key, role.actor, role.valid_from, role.valid_to), role)
        self._roles: tuple[RoleAlias, ...] = tuple(unique.values())
        self._roles_by_key: dict[str, list[RoleAlias]] = {}
        for role in self._roles:
            self._roles_by_key.setdefault(role.key, []).append(role)
        self._collectives: tuple[CollectiveEntry, ...] = tuple(collectives)
        self._by_id: dict[str, ActorEntry] = {}
        for entry in self._entries:
            if entry.id in self._by_id:
                raise KnowledgeBaseError(f"actor {entry.id!r}: 'id' is used by more than one entry")
            self._by_id[entry.id] = entry
        self._alias: dict[str, ActorEntry] = {}
        self._metonym: dict[str, ActorEntry] = {}
        self._skeletons = _skeleton_index(self._entries)
        owner: dict[str, str] = {}  # normalised form -> description of who claims it
        for entry in self._entries:
            for field_name, forms in (
                ("name", (entry.name,)),
                ("aliases", entry.aliases),
                ("surnames", entry.surnames),
                ("metonyms", entry.metonyms),
            ):
                target = self._metonym if field_name == "metonyms" else self._alias
                for form in forms:
                    key = normalize_alias(form)
                    claimant = owner.get(key)
                    if claimant is not None and claimant != f"actor {entry.id!r}":
                        raise KnowledgeBaseError(
                            f"actor {entry.id!r}: '{field_name}' form {form!r} (normalised {key!r}) "
                            f"already names {claimant}"
                        )
                    owner[key] = f"actor {entry.id!r}"
                    target[key] = entry
        for role in self._roles:
            where = f"role {role.alias!r}"
            if role.actor not in self._by_id:
                raise KnowledgeBaseError(f"{where}: 'actor' must be the id of an entry (got {role.actor!r})")
            claimant = owner.get(role.key)
            if claimant is not None and claimant.startswith("collective "):
                raise KnowledgeBaseError(
                    f"{where}: 'alias' (normalised {role.key!r}) already names {claimant}"
                )
        by_key: dict[str, list[RoleAlias]] = {}
        for role in self._roles:
            by_key.setdefault(role.key, []).append(role)
        for key, group in by_key.items():
            plain = self._alias.get(key) or self._metonym.get(key)
            if plain is not None and all(r.actor != plain.id for r in group):
                raise KnowledgeBaseError(
                    f"role {group[0].alias!r}: 'alias' (normalised {key!r}) already names actor "
                    f"{plain.id!r}; a dated role may reuse a plain alias only if one of its periods "
                    "names that same actor"
                )
            owner[key] = f"role {key!r}"
            ordered = sorted(group, key=lambda r: r.valid_from or _dt.date.min)
            for before, after in itertools.pairwise(ordered):
                end = before.valid_to or _dt.date.max
                start = after.valid_from or _dt.date.min
                if start <= end:
                    raise KnowledgeBaseError(
                        f"role {after.alias!r}: 'from' {after.valid_from} overlaps the period of "
                        f"{before.actor!r} ({before.valid_from}..{before.valid_to}) for {key!r}"
                    )
        self._people = frozenset(name for entry in self._entries for name in entry.people_names)
        self._collective: dict[str, CollectiveEntry] = {}
        for collective in self._collectives:
            for form in collective.forms:
                key = normalize_alias(form)
                claimant = owner.get(key)
                if claimant is not None and claimant != f"collective {collective.name!r}":
                    raise KnowledgeBaseError(
                        f"collective {collective.name!r}: form {form!r} (normalised {key!r}) "
                        f"already names {claimant}"
                    )
                owner[key] = f"collective {collective.name!r}"
                self._collective[key] = collective

    # ------------------------------------------------------------------ constructors

    @classmethod
    def from_mapping(cls, raw: object, *, origin: str = "knowledge base") -> ActorKB:
        """Validate an already-decoded file (``{"version": 1, "actors": [...], ...}``)."""
        if not isinstance(raw, Mapping):
            raise KnowledgeBaseError(f"{origin}: must be a JSON/TOML object (got {type(raw).__name__})")
        try:
            _check_keys(origin, raw, _TOP_KEYS)
            version = raw.get("version")
            if version != FORMAT_VERSION or isinstance(version, bool):
                raise KnowledgeBaseError(f"{origin}: 'version' must be {FORMAT_VERSION} (got {version!r})")
            entries = [_parse_actor(item, i) for i, item in enumerate(_list(raw, "actors"))]
            roles = [row for i, item in enumerate(_list(raw, "roles")) for row in _parse_role(item, i)]
            collectives = [_parse_collective(item, i) for i, item in enumerate(_list(raw, "collectives"))]
            return cls(entries, roles, collectives)
        except KnowledgeBaseError as exc:
            if str(exc).startswith(origin):
                raise
            raise KnowledgeBaseError(f"{origin}: {exc}") from None

    @classmethod
    def from_file(cls, path: str | Path) -> ActorKB:
        """Load a user's file (``.json`` or ``.toml``) in the packaged format."""
        file = Path(path)
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise KnowledgeBaseError(f"{file}: cannot be read ({exc.strerror or exc})") from exc
        return cls.from_bytes(data, origin=str(file), toml=file.suffix.lower() == ".toml")

    @classmethod
    def from_bytes(cls, data: bytes, *, origin: str = "knowledge base", toml: bool = False) -> ActorKB:
        try:
            text = data.decode("utf-8")
            raw: object = tomllib.loads(text) if toml else json.loads(text)
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise KnowledgeBaseError(f"{origin}:{line}: is not UTF-8 ({exc.reason})") from exc
        except RecursionError:
            raise KnowledgeBaseError(f"{origin}: is nested too deeply to be a knowledge base") from None
        except json.JSONDecodeError as exc:
            raise KnowledgeBaseError(
                f"{origin}: is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
            ) from exc
        except tomllib.TOMLDecodeError as exc:
            raise KnowledgeBaseError(f"{origin}: is not valid TOML ({exc})") from exc
        return cls.from_mapping(raw, origin=origin)

    @classmethod
    def default(cls) -> ActorKB:
        """The packaged knowledge base (loaded once, then cached)."""
        return _default_kb()

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by content; the packaged knowledge base by name (loaded once per process)."""
        if self is _default_kb():
            return (_default_kb, ())
        return (ActorKB, (self._entries, self._roles, self._collectives))

    def merged(self, other: ActorKB) -> ActorKB:
        """This KB with ``other`` laid over it: ``other``'s entries, roles and collectives win.

        An entry of ``other`` with the same id replaces ours; where one of ``other``'s
        forms names a different entry of ours, that form is dropped from ours (and the
        whole entry, if it was its name). ``other``'s roles replace all of ours under the
        same normalised alias.
        """
        theirs_forms = {normalize_alias(f) for e in other._entries for f in (*e.forms, *e.metonyms)}
        theirs_forms |= {r.key for r in other._roles}
        theirs_forms |= {normalize_alias(f) for c in other._collectives for f in c.forms}
        theirs_ids = {e.id for e in other._entries}

        def keep(forms: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(f for f in forms if normalize_alias(f) not in theirs_forms)

        entries: list[ActorEntry] = []
        for entry in self._entries:
            if entry.id in theirs_ids or normalize_alias(entry.name) in theirs_forms:
                continue
            entries.append(
                ActorEntry(
                    id=entry.id,
                    name=entry.name,
                    kind=entry.kind,
                    title=entry.title,
                    affiliation=entry.affiliation,
                    aliases=keep(entry.aliases),
                    surnames=keep(entry.surnames),
                    metonyms=keep(entry.metonyms),
                    valid_from=entry.valid_from,
                    valid_to=entry.valid_to,
                    source=entry.source,
                    gender=entry.gender,
                    affiliations=entry.affiliations,
                    people=entry.people,
                )
            )
        entries.extend(other._entries)
        known = {e.id for e in entries}
        roles = [r for r in self._roles if r.key not in theirs_forms and r.actor in known]
        roles.extend(other._roles)
        collectives = [
            CollectiveEntry(c.name, keep(c.aliases))
            for c in self._collectives
            if normalize_alias(c.name) not in theirs_forms
        ]
        collectives.extend(other._collectives)
        return ActorKB(entries, roles, collectives)

    # ------------------------------------------------------------------ queries

    @property
    def entries(self) -> tuple[ActorEntry, ...]:
        return self._entries

    @property
    def roles(self) -> tuple[RoleAlias, ...]:
        return self._roles

    @property
    def collectives(self) -> tuple[CollectiveEntry, ...]:
        return self._collectives

    @property
    def people_names(self) -> frozenset[str]:
        """The lower-cased names of every people or tribe (:attr:`ActorEntry.people_names`)."""
        return self._people

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, ident: object) -> bool:
        return ident in self._by_id

    def get(self, ident: str) -> ActorEntry | None:
        """The entry with this id, or None."""
        return self._by_id.get(ident)

    def __getitem__(self, ident: str) -> ActorEntry:
        try:
            return self._by_id[ident]
        except KeyError:
            raise KeyError(f"no actor with id {ident!r}") from None

    def alias_index(self) -> dict[str, ActorEntry]:
        """Normalised name, alias or surname → entry (metonyms and roles excluded)."""
        return dict(self._alias)

    def metonym_index(self) -> dict[str, ActorEntry]:
        """Normalised metonym ("cairo", "ankara") → entry."""
        return dict(self._metonym)

    def collective_index(self) -> dict[str, CollectiveEntry]:
        """Normalised collective form ("resident", "security source") → collective."""
        return dict(self._collective)

    def lookup(self, text: str, on: _dt.date | None = None) -> ActorEntry | None:
        """The entry a surface form (not a metonym) names on ``on``.

        A dated role valid on ``on`` wins ("the Libyan government" in 2019 is the GNA);
        otherwise the plain alias; with ``on`` None, the plain alias, else the latest role.
        """
        key = normalize_alias(text)
        if on is not None:
            role = self.role_on(text, on)
            if role is not None:
                return self._by_id[role.actor]
        found = self._alias.get(key)
        if found is not None:
            return found
        role = self.role_on(text, on)
        return None if role is None else self._by_id[role.actor]

    def spelled_variant(self, text: str) -> ActorEntry | None:
        """The known person a full name of two words or more spells another way ("Khalifa
        Hafter" for Khalifa Haftar): the same words but for vowels (:func:`name_skeleton`), one
        word at least as the knowledge base writes it, each other word of three consonants or
        more, and one person only so spelled. None otherwise (a name it knows is
        :meth:`lookup`'s)."""
        words = normalize_alias(text).split()
        if len(words) < 2:
            return None
        found = self._skeletons.get(tuple(map(name_skeleton, words)), ())
        fits = {
            entry.id: entry
            for form, entry in found
            if any(a == b for a, b in zip(form, words, strict=True))
            and all(
                a == b or len(name_skeleton(b)) >= VARIANT_MIN_CONSONANTS
                for a, b in zip(form, words, strict=True)
            )
        }
        return next(iter(fits.values())) if len(fits) == 1 else None

    def role_on(self, alias: str, on: _dt.date | None = None) -> RoleAlias | None:
        """The role record an alias names on ``on`` (the latest one when ``on`` is None)."""
        key = normalize_alias(alias)
        candidates = self._roles_by_key.get(key, [])
        if on is None:
            return max(candidates, key=lambda r: r.valid_from or _dt.date.min, default=None)
        return next((r for r in candidates if r.valid_on(on)), None)

    def roles_on(self, on: _dt.date | None = None) -> dict[str, ActorEntry]:
        """Normalised role alias → the entry it names on ``on``; with None, the latest holder."""
        latest: dict[str, RoleAlias] = {}
        for role in self._roles:
            if on is not None:
                if role.valid_on(on):
                    latest[role.key] = role
                continue
            held = latest.get(role.key)
            if held is None or (role.valid_from or _dt.date.min) > (held.valid_from or _dt.date.min):
                latest[role.key] = role
        return {key: self._by_id[role.actor] for key, role in latest.items()}

    def to_mapping(self) -> dict[str, Any]:
        """The KB in the file format (round-trips through :meth:`from_mapping`)."""

        def iso(day: _dt.date | None) -> str | None:
            return None if day is None else day.isoformat()

        return {
            "version": FORMAT_VERSION,
            "actors": [
                {
                    "id": e.id,
                    "name": e.name,
                    "kind": e.kind.value,
                    "title": e.title,
                    "affiliation": e.affiliation,
                    "aliases": list(e.aliases),
                    "surnames": list(e.surnames),
                    "metonyms": list(e.metonyms),
                    "valid_from": iso(e.valid_from),
                    "valid_to": iso(e.valid_to),
                    "source": e.source,
                    **({"gender": e.gender} if e.gender is not None else {}),
                    **({"people": True} if e.people else {}),
                    **(
                        {
                            "affiliations": [
                                {
                                    "name": a.name,
                                    "from": iso(a.valid_from),
                                    "to": iso(a.valid_to),
                                    "source": a.source,
                                }
                                for a in e.affiliations
                            ]
                        }
                        if e.affiliations
                        else {}
                    ),
                }
                for e in self._entries
            ],
            "roles": [
                {
                    "alias": r.alias,
                    "actor": r.actor,
                    "from": iso(r.valid_from),
                    "to": iso(r.valid_to),
                    "title": r.title,
                    "source": r.source,
                }
                for r in self._roles
            ],
            "collectives": [{"name": c.name, "aliases": list(c.aliases)} for c in self._collectives],
        }


NAME_VOWELS = frozenset("aeiouy")
"""Letters transliterations of one Arabic name trade freely ("Haythem", "Haitham", "Haytham";
"Haftar", "Hafter", "Hifter")."""
VARIANT_MIN_CONSONANTS = 3
"""Consonants a word of a name needs before another spelling of it is taken for it ("Hafter"
for "Haftar"; "Ali" and "Ola" are too short to tell apart)."""


@functools.lru_cache(maxsize=16384)
def name_skeleton(word: str) -> str:
    """A name word's letters less its vowels, lower-cased ("Haythem" and "Haitham": "hthm");
    a word with no other letter is its own skeleton."""
    letters = "".join(c for c in word.lower() if c.isalpha() and c not in NAME_VOWELS)
    return letters or word.lower()


def _skeleton_index(
    entries: Iterable[ActorEntry],
) -> dict[tuple[str, ...], list[tuple[tuple[str, ...], ActorEntry]]]:
    """People's full names of two words or more by their words' skeletons."""
    index: dict[tuple[str, ...], list[tuple[tuple[str, ...], ActorEntry]]] = {}
    for entry in entries:
        if entry.kind is not ActorKind.PERSON:
            continue
        for form in (entry.name, *entry.aliases):
            words = tuple(normalize_alias(form).split())
            if len(words) >= 2:
                index.setdefault(tuple(map(name_skeleton, words)), []).append((words, entry))
    return index


@functools.cache
def _default_kb() -> ActorKB:
    resource = resources.files("libya_events.extraction").joinpath("data", _DEFAULT_RESOURCE)
    return ActorKB.from_bytes(resource.read_bytes(), origin=f"packaged {_DEFAULT_RESOURCE}")
