"""Where the shared evaluation folder is: ``../shared`` beside the checkout, or, in a git
worktree (``git worktree add``), beside the main checkout the worktree belongs to.

Tests that read the gold articles or the scorer skip when the folder is absent. Without the
worktree case they skipped in every worktree, so their checks (the scorer's floors, the
provenance guard) did not run where parallel work is done.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_dir(root: Path = ROOT) -> Path:
    """``root``'s ``../shared``, else its main checkout's when ``root`` is a git worktree (its
    ``.git`` is a file naming ``MAIN/.git/worktrees/NAME``), else ``root``'s ``../shared`` path."""
    beside = root.parent / "shared"
    if beside.is_dir():
        return beside
    marker = root / ".git"
    if marker.is_file():
        line = marker.read_text(encoding="utf-8").strip()
        if line.startswith("gitdir:"):
            main = Path(line.removeprefix("gitdir:").strip()).parent.parent.parent
            if (main.parent / "shared").is_dir():
                return main.parent / "shared"
    return beside


SHARED = shared_dir()
