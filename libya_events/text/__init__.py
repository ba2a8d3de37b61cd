"""Text layer: tokens, sentences, paragraphs, the preamble and the dateline, with offsets into the original text."""

from libya_events.text._preamble import Dateline, Preamble, find_dateline, find_preamble
from libya_events.text._segment import (
    Sentence,
    Token,
    fold,
    paragraphs,
    sentences,
    tokens,
)

__all__ = [
    "Dateline",
    "Preamble",
    "Sentence",
    "Token",
    "find_dateline",
    "find_preamble",
    "fold",
    "paragraphs",
    "sentences",
    "tokens",
]
