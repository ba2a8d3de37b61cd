"""Shared test configuration: Hypothesis profiles.

Pick one with the ``HYPOTHESIS_PROFILE`` environment variable (``default``, ``ci`` or
``fuzz``); without it the ``default`` profile is loaded.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from libya_events.gazetteer import Gazetteer

# Run from a checkout without installing the package (``pip install -e .`` makes this a no-op).
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=200, deadline=None, derandomize=True, print_blob=True)
settings.register_profile("fuzz", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The embedded gazetteer, loaded once for the test files that look places up in it."""
    from libya_events.gazetteer import Gazetteer

    return Gazetteer.default()
