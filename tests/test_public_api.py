"""Guards on the public API: what ``libya_events`` and its sub-packages export."""

from __future__ import annotations

import importlib

import pytest

import libya_events

# Update this set on purpose whenever a name joins or leaves the public API.
EXPECTED_TOP_LEVEL = {
    "Actor",
    "ActorKB",
    "ActorKind",
    "Article",
    "DateParseError",
    "EventDate",
    "ExportError",
    "GeoError",
    "Gazetteer",
    "GeoPoint",
    "Granularity",
    "InputTypeError",
    "KnowledgeBaseError",
    "LibyaEventsError",
    "Location",
    "LocationKind",
    "Mention",
    "Modality",
    "Movement",
    "MovementKind",
    "Parser",
    "PhraseParseError",
    "PipelineError",
    "Place",
    "Relation",
    "RelativeLocation",
    "Span",
    "SpanError",
    "Statement",
    "UnknownPlaceError",
    "ValidationError",
    "__version__",
    "parse_article",
}

SUBPACKAGES = [
    "libya_events.model",
    "libya_events.gazetteer",
    "libya_events.geo",
    "libya_events.dates",
    "libya_events.text",
    "libya_events.syntax",
    "libya_events.extraction",
    "libya_events.export",
    "libya_events.cli",
    "libya_events.strategies",
]


def test_top_level_all_is_exactly_the_expected_set() -> None:
    assert set(libya_events.__all__) == EXPECTED_TOP_LEVEL


def test_top_level_all_is_sorted_without_duplicates() -> None:
    assert list(libya_events.__all__) == sorted(set(libya_events.__all__))


def test_every_top_level_name_exists() -> None:
    missing = [name for name in libya_events.__all__ if not hasattr(libya_events, name)]
    assert missing == []


def test_no_private_names_are_exported() -> None:
    private = [n for n in libya_events.__all__ if n.startswith("_") and n != "__version__"]
    assert private == []


def test_version_is_a_string() -> None:
    assert isinstance(libya_events.__version__, str)
    assert libya_events.__version__


def test_the_record_types_import_from_the_top_level() -> None:
    from libya_events import Actor, Article, Location, Movement, Statement

    for cls in (Actor, Location, Movement, Statement, Article):
        assert cls.__module__.startswith("libya_events.")


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from libya_events import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(libya_events.__all__)


def test_top_level_errors_derive_from_the_root() -> None:
    errors = [getattr(libya_events, n) for n in libya_events.__all__ if n.endswith("Error")]
    assert errors
    for error in errors:
        assert issubclass(error, libya_events.LibyaEventsError)


@pytest.mark.parametrize("module_name", SUBPACKAGES)
def test_subpackage_all_names_exist(module_name: str) -> None:
    module = importlib.import_module(module_name)
    exported = getattr(module, "__all__", None)
    if exported is None:
        pytest.skip(f"{module_name} does not define __all__ yet")
    assert all(isinstance(name, str) for name in exported)
    assert len(exported) == len(set(exported)), f"duplicates in {module_name}.__all__"
    missing = [name for name in exported if not hasattr(module, name)]
    assert missing == []
    private = [name for name in exported if name.startswith("_")]
    assert private == []


def test_model_exports_every_model_type_also_exported_at_the_top_level() -> None:
    import libya_events.model as model

    assert set(model.__all__) <= set(libya_events.__all__)
    for name in model.__all__:
        assert getattr(libya_events, name) is getattr(model, name)
