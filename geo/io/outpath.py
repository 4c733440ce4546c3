"""The one rule every command applies to ``-o``: what a path names, and its parent folders.

A path that ends in a slash, or names an existing folder, is a folder; any other path with
a suffix (``out/x.geojson``) is a file; a path without a suffix (``maps``) is a folder.
Missing parent folders are created, for every command and every output alike.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from geo.errors import OutputError

__all__ = ["is_folder", "make_parents", "output_file"]


def is_folder(raw: str | os.PathLike[str]) -> bool:
    """True when ``raw`` names a folder by the rule above."""
    text = os.fspath(raw)
    path = Path(text)
    return text.endswith(("/", os.sep)) or path.is_dir() or not path.suffix


def output_file(
    raw: str | os.PathLike[str],
    *,
    command: str,
    example: str,
    check: Callable[[Path], None] | None = None,
    create: bool = True,
) -> Path:
    """``raw`` as the path of one output file, its parent folders created (``create``;
    else call :func:`make_parents` once the output is ready to be written).

    ``check`` (e.g. :func:`geo.io.export.check_output`) may refuse the path before any
    folder is created.

    Raises
    ------
    OutputError
        When ``raw`` names a folder (``command`` writes one file: ``example`` shows one), or
        a parent folder cannot be created.
    """
    if is_folder(raw):
        raise OutputError(
            f"{os.fspath(raw)!r} is a folder, and {command} writes one file; give a file "
            f"name with its format's suffix, such as {example}"
        )
    path = Path(raw)
    if check is not None:
        check(path)
    if create:
        make_parents(path)
    return path


def make_parents(path: str | os.PathLike[str]) -> None:
    """Create the folders above ``path`` that do not exist yet.

    Raises
    ------
    OutputError
        When one cannot be created (a file in the way, no permission, read-only disk).
    """
    parent = Path(path).parent
    try:
        os.makedirs(parent, exist_ok=True)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise OutputError(f"cannot create output folder {str(parent)!r}: {reason}; "
                          "choose another output path") from None
