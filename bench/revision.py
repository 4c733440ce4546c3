"""A git revision of this repository checked out beside the working tree, for A/B benches."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["ROOT", "checkout"]

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def checkout(rev: str, where: Path) -> Iterator[Path]:
    """Check ``rev`` out at ``where`` as a detached git worktree, removed again on exit.

    Parameters
    ----------
    rev : any git revision ("HEAD~1", "81ab49c").
    where : a path that does not exist yet (inside a temporary folder).

    Yields
    ------
    Path : ``where``, holding the revision's files.
    """
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(where),
                    rev], check=True, capture_output=True)
    try:
        yield where
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(where)],
                       check=False, capture_output=True)
