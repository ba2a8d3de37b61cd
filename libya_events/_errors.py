"""The exception tree of libya_events.

Every error the library raises on purpose derives from :class:`LibyaEventsError`;
each leaf also derives from the builtin exception a caller would expect, so
``except ValueError`` keeps working::

    LibyaEventsError
    ├── ValidationError (ValueError)           a value breaks a model invariant
    │   └── SpanError (IndexError)              a span does not fit its text
    ├── InputTypeError (TypeError)              an argument of the wrong type (bytes, None)
    ├── GeoError (ValueError)                   geography that cannot be resolved
    │   ├── PhraseParseError                    "80km sout of" is no relative phrase
    │   └── UnknownPlaceError (LookupError)     the anchor is in no gazetteer
    ├── DateParseError (ValueError)             a time expression that cannot be normalised
    ├── KnowledgeBaseError (ValueError)         a malformed actors or places file
    ├── PipelineError (RuntimeError)            no usable spaCy pipeline (not installed, no parser)
    └── ExportError (ValueError)                an unknown format, or data that cannot be read back
"""

from __future__ import annotations

__all__ = [
    "DateParseError",
    "ExportError",
    "GeoError",
    "InputTypeError",
    "KnowledgeBaseError",
    "LibyaEventsError",
    "PhraseParseError",
    "PipelineError",
    "SpanError",
    "UnknownPlaceError",
    "ValidationError",
]


class LibyaEventsError(Exception):
    """Root of every error raised on purpose by libya_events."""


class ValidationError(LibyaEventsError, ValueError):
    """A value breaks an invariant of the domain model."""


class SpanError(ValidationError, IndexError):
    """A character span that does not fit the text it points into."""


class InputTypeError(LibyaEventsError, TypeError):
    """An argument of the wrong type, such as bytes where text is expected."""


class GeoError(LibyaEventsError, ValueError):
    """Geography that cannot be parsed or resolved."""


class PhraseParseError(GeoError):
    """Text that is not a relative-location phrase ("80 km south of Tripoli")."""


class UnknownPlaceError(GeoError, LookupError):
    """A place name that no gazetteer (nor the optional online geocoder) knows."""


class DateParseError(LibyaEventsError, ValueError):
    """A time expression that cannot be normalised."""


class KnowledgeBaseError(LibyaEventsError, ValueError):
    """A malformed actors or places file."""


class ExportError(LibyaEventsError, ValueError):
    """An unknown export format, or serialised data that cannot be read back."""


class PipelineError(LibyaEventsError, RuntimeError):
    """No usable dependency-parsing pipeline: none installed, or one without a parser."""
