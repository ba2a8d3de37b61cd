"""Text layer: tokens, sentences, paragraphs and datelines with offsets into the original text."""

from libya_events.text._segment import (
    Dateline,
    Sentence,
    Token,
    find_dateline,
    fold,
    paragraphs,
    sentences,
    tokens,
)

__all__ = ["Dateline", "Sentence", "Token", "find_dateline", "fold", "paragraphs", "sentences", "tokens"]
