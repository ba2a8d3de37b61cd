"""The domain model (the bottom layer: it imports nothing else of the package)."""

from libya_events.model._types import (
    Actor,
    ActorKind,
    Article,
    EventDate,
    GeoPoint,
    Granularity,
    Location,
    LocationKind,
    Mention,
    Modality,
    Movement,
    MovementKind,
    Relation,
    RelativeLocation,
    Span,
    Statement,
)

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "EventDate",
    "GeoPoint",
    "Granularity",
    "Location",
    "LocationKind",
    "Mention",
    "Modality",
    "Movement",
    "MovementKind",
    "Relation",
    "RelativeLocation",
    "Span",
    "Statement",
]
