"""Finding ../shared from a checkout or from a git worktree of it."""

from __future__ import annotations

from pathlib import Path

from _shared import shared_dir


def test_shared_beside_the_checkout(tmp_path: Path) -> None:
    (tmp_path / "repo").mkdir()
    (tmp_path / "shared").mkdir()
    assert shared_dir(tmp_path / "repo") == tmp_path / "shared"


def test_shared_beside_the_main_checkout_of_a_worktree(tmp_path: Path) -> None:
    main, tree = tmp_path / "work" / "main", tmp_path / "wt" / "helper"
    (main / ".git" / "worktrees" / "helper").mkdir(parents=True)
    (tmp_path / "work" / "shared").mkdir()
    tree.mkdir(parents=True)
    (tree / ".git").write_text(f"gitdir: {main / '.git' / 'worktrees' / 'helper'}\n", encoding="utf-8")
    assert shared_dir(tree) == tmp_path / "work" / "shared"


def test_no_shared_anywhere_gives_the_path_beside_the_checkout(tmp_path: Path) -> None:
    (tmp_path / "repo").mkdir()
    assert shared_dir(tmp_path / "repo") == tmp_path / "shared"
    assert not shared_dir(tmp_path / "repo").exists()
