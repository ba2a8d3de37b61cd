"""The statement views the statement round files share: one parser, one publication date."""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import Statement

PARSER = Parser()
PUBLISHED = "2022-05-10"


def statements(text: str) -> list[Statement]:
    """The statements the shared parser finds in ``text``."""
    return list(PARSER.parse(text, published=PUBLISHED).statements)


def said(text: str, words: str) -> list[Statement]:
    """The statements of ``text`` whose text holds ``words``."""
    return [s for s in statements(text) if words in s.text]
