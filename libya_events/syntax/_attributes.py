"""A faster stand-in for spaCy's ``attribute_ruler``, compiled from the pipeline's own rules.

The small English pipeline's attribute ruler maps fine-grained tags to parts of speech and
morphology and fixes a few words' lemmas, with about 180 one- and two-token patterns run
through spaCy's general ``Matcher``; measured here it cost as much as the parser. This
component reads the same patterns from the loaded pipeline and applies them through
dictionary look-ups: each pattern is indexed by one exact value its first token must have
(its lower form, tag or dependency label, or a member of an ``IN`` set), so a token is
checked only against the few patterns that can match it. Precedence is the ruler's: later
rules win. The output is identical to the ruler's (``tests/test_syntax.py`` compares every
token of the example articles).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["FastAttributes", "FastLemmatizer", "compile_rules"]

# A token's features, read once per token: (lower, tag, dep, orth, is_space, pos)
_Features = tuple[str, str, str, str, bool, str]
_FIELD = {"LOWER": 0, "TAG": 1, "DEP": 2, "ORTH": 3, "IS_SPACE": 4, "POS": 5}
_Check = Callable[[_Features], bool]
_Rule = tuple[int, tuple[tuple[_Check, ...], ...], int, Mapping[str, Any]]
_Key = tuple[int, object]


def _check(attr: str, value: Any) -> _Check:
    field = _FIELD.get(attr)
    if field is None:
        raise ValueError(f"unsupported attribute in an attribute-ruler pattern: {attr!r}")
    if isinstance(value, dict):
        if set(value) == {"IN"}:
            options = frozenset(value["IN"])
            return lambda f: f[field] in options
        if set(value) == {"NOT_IN"}:
            banned = frozenset(value["NOT_IN"])
            return lambda f: f[field] not in banned
        if set(value) == {"REGEX"}:
            regex = re.compile(value["REGEX"])
            return lambda f: regex.search(str(f[field])) is not None
        raise ValueError(f"unsupported operator in an attribute-ruler pattern: {value!r}")
    return lambda f: f[field] == value


def _index_keys(first: Mapping[str, Any]) -> list[_Key] | None:
    """Exact values one of which the first token must have, or None (check every token)."""
    for attr in ("LOWER", "TAG", "DEP", "IS_SPACE", "ORTH", "POS"):
        value = first.get(attr)
        if isinstance(value, (str, bool)):
            return [(_FIELD[attr], value)]
    for attr in ("LOWER", "TAG", "DEP", "ORTH", "POS"):
        value = first.get(attr)
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [(_FIELD[attr], v) for v in value["IN"]]
    return None


def compile_rules(patterns: Sequence[Mapping[str, Any]]) -> tuple[dict[_Key, list[_Rule]], list[_Rule]]:
    """Compile ``AttributeRuler.patterns``: rules indexed by a required first-token value, and the rest."""
    indexed: dict[_Key, list[_Rule]] = {}
    generic: list[_Rule] = []
    for order, entry in enumerate(patterns):
        for pattern in entry["patterns"]:
            checks = tuple(tuple(_check(a, v) for a, v in spec.items()) for spec in pattern)
            rule: _Rule = (order, checks, int(entry.get("index", 0)), entry["attrs"])
            keys = _index_keys(pattern[0])
            if keys is None:
                generic.append(rule)
            for key in keys or ():
                indexed.setdefault(key, []).append(rule)
    return indexed, generic


CACHE_SIZE = 200_000
"""Entries a cache of word outcomes holds before it starts afresh (memory stays bounded on a
corpus of any size; a few thousand entries cover an ordinary article's words)."""

_INDEX_FIELDS = sorted(_FIELD.values())
_Folded = tuple[int | None, int | None, int | None, dict[str, Any]]
_Outcome = tuple[tuple[int, Mapping[str, Any]], ...]  # the rules that apply, in order: (order, attrs)
_COLUMN = {"LOWER": 0, "TAG": 1, "DEP": 2}  # columns of the feature array read per document


def _applied(folded: _Folded, row: Sequence[int]) -> tuple[int, int, int]:
    """A token's POS, MORPH and LEMMA ids after the rules ``folded`` (the row's last three
    columns hold them before: a rule that sets none of one keeps it)."""
    pos, morph, lemma, _ = folded
    return (
        row[-3] if pos is None else pos,
        row[-2] if morph is None else morph,
        row[-1] if lemma is None else lemma,
    )


def _features(tok: Any) -> _Features:
    return (tok.lower_, tok.tag_, tok.dep_, tok.orth_, tok.is_space, tok.pos_)


def _anchor(pattern: Sequence[Mapping[str, Any]]) -> tuple[int, int, frozenset[str]] | None:
    """A position of a multi-token pattern with a literal LOWER, TAG or DEP value to look for
    (None: the pattern must be tried at every token)."""
    for position, spec in enumerate(pattern):
        for attr, value in spec.items():
            if attr not in _COLUMN:
                continue
            if isinstance(value, str):
                return _COLUMN[attr], position, frozenset({value})
            if isinstance(value, dict) and set(value) == {"IN"}:
                return _COLUMN[attr], position, frozenset(value["IN"])
    return None


class FastAttributes:
    """A pipeline component applying compiled attribute-ruler patterns to a ``Doc``.

    One-token rules depend on the token alone, so their outcome is cached by the token's
    features and its POS, MORPH and LEMMA as they stand (read as one array), together with
    the ids these become: a token costs one look-up, and the new ids are written back as one
    array. The few rules over two tokens are tried only where a token carries one of their
    literal values.
    """

    def __init__(self, patterns: Sequence[Mapping[str, Any]]) -> None:
        self._morphs: dict[str, int] = {}
        single = [entry for entry in patterns if all(len(p) == 1 for p in entry["patterns"])]
        multi = [entry for entry in patterns if any(len(p) > 1 for p in entry["patterns"])]
        order = {id(entry): n for n, entry in enumerate(patterns)}
        self._single = compile_rules(single)
        self._fields = sorted({field for field, _ in self._single[0]})
        self._single_order = [order[id(e)] for e in single]
        self._multi = compile_rules(multi)
        self._multi_order = [order[id(e)] for e in multi]
        # each two-token rule is looked for only where one of its positions has a literal value
        self._anchors: list[tuple[int, int, frozenset[str]]] = []  # (row column, position, values)
        self._everywhere = False
        self._longest = max((len(p) for entry in multi for p in entry["patterns"]), default=1)
        for entry in multi:
            for pattern in entry["patterns"]:
                anchor = _anchor(pattern)
                if anchor is None:
                    self._everywhere = True
                else:
                    self._anchors.append(anchor)
        self._cache: dict[tuple[int, ...], tuple[_Outcome, _Folded, tuple[int, int, int]]] = {}
        self._ids: list[frozenset[int]] | None = None
        self._any_ids: tuple[frozenset[int], ...] = ()

    def __call__(self, doc: Any) -> Any:
        import numpy
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG

        if not len(doc):
            return doc
        # a token's features and its POS, MORPH and LEMMA as they stand (the last three columns)
        rows = doc.to_array([LOWER, TAG, DEP, ORTH, IS_SPACE, POS, MORPH, LEMMA]).tolist()
        extra: dict[int, list[tuple[int, Mapping[str, Any]]]] = {}
        for order, j, attrs in self._multi_matches(doc, rows):
            extra.setdefault(j, []).append((order, attrs))
        cache = self._cache
        values: list[tuple[int, int, int]] = []  # each token's new POS, MORPH and LEMMA
        later: list[tuple[int, Mapping[str, Any]]] = []
        for i, row in enumerate(rows):
            key = tuple(row)
            entry = cache.get(key)
            if entry is None:
                if len(cache) >= CACHE_SIZE:
                    cache.clear()
                outcome = self._single_outcome(doc[i])
                folded = self._fold(doc, outcome)
                entry = cache[key] = (outcome, folded, _applied(folded, row))
            if extra and i in extra:
                folded = self._fold(doc, sorted([*entry[0], *extra[i]], key=lambda m: m[0]))
                values.append(_applied(folded, row))
            else:
                folded = entry[1]
                values.append(entry[2])
            if folded[3]:
                later.append((i, folded[3]))
        doc.from_array([POS, MORPH, LEMMA], numpy.array(values, dtype="uint64"))
        for j, others in later:
            self._set(doc, doc[j], others)
        return doc

    @staticmethod
    def _fold(doc: Any, outcome: Sequence[tuple[int, Mapping[str, Any]]]) -> _Folded:
        """Rules applied in order (later ones win) as the ids a ``Doc`` array holds: POS, MORPH
        and LEMMA, and any other attributes to set one by one."""
        from spacy.parts_of_speech import IDS

        pos = morph = lemma = None
        rest: dict[str, Any] = {}
        for _, attrs in outcome:
            for name, value in attrs.items():
                if name == "POS":
                    pos = IDS[value]
                elif name == "MORPH":
                    morph = doc.vocab.morphology.add(value)
                elif name == "LEMMA":
                    lemma = doc.vocab.strings.add(value)
                else:
                    rest[name] = value
        return pos, morph, lemma, rest

    def _single_outcome(self, tok: Any) -> tuple[tuple[int, Mapping[str, Any]], ...]:
        feats: list[_Features] = [_features(tok)]
        hits: list[tuple[int, int, Mapping[str, Any]]] = []
        indexed, generic = self._single
        for field in self._fields:
            for rule in indexed.get((field, feats[0][field]), ()):
                self._try(rule, feats, 0, hits)
        for rule in generic:
            self._try(rule, feats, 0, hits)
        return tuple(
            sorted(((self._single_order[order], attrs) for order, _, attrs in hits), key=lambda m: m[0])
        )

    def _multi_matches(self, doc: Any, rows: list[list[int]]) -> list[tuple[int, int, Mapping[str, Any]]]:
        if self._ids is None:
            strings = doc.vocab.strings
            self._ids = [frozenset(strings.add(v) for v in values) for _, _, values in self._anchors]
            self._any_ids = tuple(
                frozenset().union(
                    *(ids for (c, _, _), ids in zip(self._anchors, self._ids, strict=True) if c == column)
                )
                for column in range(3)
            )
        if self._everywhere:
            starts: Sequence[int] = range(len(rows))
        else:
            lowers, tags, deps = self._any_ids
            near = [i for i, row in enumerate(rows) if row[0] in lowers or row[1] in tags or row[2] in deps]
            starts = sorted(
                {
                    i - position
                    for i in near
                    for (column, position, _), ids in zip(self._anchors, self._ids, strict=True)
                    if rows[i][column] in ids and i >= position
                }
            )
        hits: list[tuple[int, int, Mapping[str, Any]]] = []
        indexed, generic = self._multi
        for i in starts:
            window = [_features(doc[j]) for j in range(i, min(len(doc), i + self._longest))]
            local: list[tuple[int, int, Mapping[str, Any]]] = []
            for field in _INDEX_FIELDS:
                for rule in indexed.get((field, window[0][field]), ()):
                    self._try(rule, window, 0, local)
            for rule in generic:
                self._try(rule, window, 0, local)
            hits.extend((self._multi_order[order], i + j, attrs) for order, j, attrs in local)
        return hits

    @staticmethod
    def _try(
        rule: _Rule, feats: list[_Features], i: int, found: list[tuple[int, int, Mapping[str, Any]]]
    ) -> None:
        order, checks, index, attrs = rule
        if i + len(checks) > len(feats):
            return
        for k, spec in enumerate(checks):
            f = feats[i + k]
            for c in spec:
                if not c(f):
                    return
        found.append((order, i + (index if index >= 0 else len(checks) + index), attrs))

    def _set(self, doc: Any, tok: Any, attrs: Mapping[str, Any]) -> None:
        for key, value in attrs.items():
            if key == "POS":
                tok.pos_ = value
            elif key == "MORPH":
                morph = self._morphs.get(value)
                if morph is None:
                    morph = self._morphs[value] = doc.vocab.morphology.add(value)
                tok.set_morph(morph)
            elif key == "LEMMA":
                tok.lemma_ = value
            elif key == "TAG":
                tok.tag_ = value
            elif key == "DEP":
                tok.dep_ = value


class FastLemmatizer:
    """A caching front for spaCy's rule lemmatizer, with the same output.

    The rule lemmatizer's answer depends only on a token's text, part of speech and
    morphology, which is also the key of its own cache; but it is called token by token from
    Python. This component reads those three as arrays, looks each token up in one dict and
    writes the lemmas back in one call, asking the wrapped lemmatizer only about keys it has
    not met. Tokens that already have a lemma (set by the attribute rules) keep it.
    """

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = self._lemmas
        column = []
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma == 0:
                key = (orth, pos, morph)
                lemma = lemmas.get(key, 0)
                if lemma == 0:
                    if len(lemmas) >= CACHE_SIZE:
                        lemmas.clear()
                    lemma = lemmas[key] = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            column.append(lemma)
        rows[:, 3] = column
        doc.from_array([LEMMA], rows[:, 3:4])
        return doc
