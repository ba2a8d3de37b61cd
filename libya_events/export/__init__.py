"""Serialisation: JSON for every model type (more formats build on it)."""

from libya_events.export._json import article_from_json, article_to_json, converter, structure, unstructure

__all__ = ["article_from_json", "article_to_json", "converter", "structure", "unstructure"]
