"""The check the place round files share for a gazetteer row they add."""

from __future__ import annotations

from libya_events.gazetteer import Gazetteer


def assert_added_row(gazetteer: Gazetteer, name: str, place_id: str, country: str) -> None:
    """``name`` looks up the added row ``place_id`` first, in ``country``."""
    found = gazetteer.lookup(name)
    assert found, name
    assert found[0].id == place_id
    assert found[0].country_code == country
