"""Command-line interface (the top layer)."""

import sys

from libya_events.cli._main import format_text
from libya_events.cli._main import main as _main

__all__ = ["format_text", "main"]


def main() -> None:
    """Console-script entry point."""
    sys.exit(_main())
