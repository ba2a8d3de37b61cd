"""The syntactic layer: dependency parses as the project's own records.

Only :mod:`libya_events.syntax._spacy` imports spaCy (lazily); the records in
:mod:`libya_events.syntax._records` are plain tuples with character offsets into the article.
"""

from libya_events.syntax._records import (
    ParsedSentence,
    Token,
    label_unlabelled,
    reattach_apposed_subjects,
    reattach_fronted_years,
    reattach_noun_read_verbs,
    reattach_stranded_prepositions,
    reattach_trailing_participles,
    subtree_bounds,
)
from libya_events.syntax._spacy import (
    DEFAULT_PIPELINES,
    check_pipeline,
    load_pipeline,
    parse_fragments,
    parse_many,
)

__all__ = [
    "DEFAULT_PIPELINES",
    "ParsedSentence",
    "Token",
    "check_pipeline",
    "label_unlabelled",
    "load_pipeline",
    "parse_fragments",
    "parse_many",
    "reattach_apposed_subjects",
    "reattach_fronted_years",
    "reattach_noun_read_verbs",
    "reattach_stranded_prepositions",
    "reattach_trailing_participles",
    "subtree_bounds",
]
