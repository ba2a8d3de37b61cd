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

__all__ = ["FastAttributes", "compile_rules"]

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


class FastAttributes:
    """A pipeline component applying compiled attribute-ruler patterns to a ``Doc``."""

    def __init__(self, patterns: Sequence[Mapping[str, Any]]) -> None:
        self.indexed, self.generic = compile_rules(patterns)
        self._fields = sorted({field for field, _ in self.indexed})
        self._morphs: dict[str, int] = {}

    def __call__(self, doc: Any) -> Any:
        tokens = list(doc)
        feats: list[_Features] = [(t.lower_, t.tag_, t.dep_, t.orth_, t.is_space, t.pos_) for t in tokens]
        found: list[tuple[int, int, Mapping[str, Any]]] = []
        indexed = self.indexed
        for i, f in enumerate(feats):
            for field in self._fields:
                for rule in indexed.get((field, f[field]), ()):
                    self._try(rule, feats, i, found)
            for rule in self.generic:
                self._try(rule, feats, i, found)
        found.sort(key=lambda m: m[0])
        for _, j, attrs in found:
            self._set(doc, tokens[j], attrs)
        return doc

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
