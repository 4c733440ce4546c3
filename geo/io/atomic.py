"""Write a file atomically: a temporary file beside it, fsync, then ``os.replace``."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from geo.errors import GeoError, OutputError

__all__ = ["atomic_path", "failure_message"]


@contextmanager
def atomic_path(path: str | os.PathLike[str], what: str) -> Iterator[str]:
    """Yield a temporary path beside ``path``; fsync and move it into place on success.

    The temporary file lives in a private folder in the output's folder (same file system,
    so ``os.replace`` is atomic; GDAL's side files are swept with it). On any error the
    folder is removed and an :class:`OutputError` is raised: no partial output is left (a
    :class:`~geo.errors.GeoError` raised by the writer itself, such as a malformed input row,
    passes through unchanged).
    """
    target = Path(path)
    parent = target.parent
    if not parent.is_dir():
        raise OutputError(
            f"cannot write {what} {target}: folder {parent} does not exist; "
            "create it or choose another output path"
        )
    if target.is_dir():
        raise OutputError(
            f"cannot write {what} {target}: it is a folder; give a file path such as "
            f"{target / ('events' + (target.suffix or '.geojson'))}"
        )
    tmpdir: str | None = None
    try:
        tmpdir = tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
        tmp = os.path.join(tmpdir, target.name)
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        _fsync_dir(parent)
    except GeoError:
        raise
    except Exception as exc:
        raise OutputError(failure_message(what, target, exc)) from exc
    finally:
        if tmpdir is not None:
            shutil.rmtree(tmpdir, ignore_errors=True)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; some file systems cannot fsync a folder, which is harmless."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def failure_message(what: str, target: Any, exc: BaseException) -> str:
    """One-line message for a failed write: what failed, where, and what to do."""
    code = exc.errno if isinstance(exc, OSError) else None
    # GDAL and Arrow report a full disk in their own exception types, by message only.
    if code == errno.ENOSPC or "no space left" in str(exc).lower():
        return f"disk full while writing {what} {target}; free some space and run again"
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"cannot write {what} {target}: permission denied; "
            "choose a writable folder or fix its permissions"
        )
    reason = " ".join(str(getattr(exc, "strerror", None) or exc).split()) or type(exc).__name__
    return f"could not write {what} {target}: {reason}; check the folder and the data, then retry"
