"""Values worked out from files alone, kept between processes (``kept``).

A map's basemap is the bundled country outlines read, delta-encoded and deflated: about
0.3 s of CPU in every ``geo map`` (JSON parsing, rounding, ``zlib`` at level 9), for the
same result each time. :func:`kept` stores such a value in the user's cache folder
(``$XDG_CACHE_HOME/geo``, else ``~/.cache/geo``) under a digest
of everything it depends on: the bytes of the data files *and of the modules that compute
it*, so that editing either gives a new entry rather than a stale answer.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

__all__ = ["cache_dir", "kept"]

T = TypeVar("T")


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/geo``, else ``~/.cache/geo`` (it may not exist). Without a home
    folder, a path under :data:`os.devnull`, which can be neither read nor made: nothing is
    kept (rather than a ``~`` folder made in the working directory)."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        base = os.path.join(home, ".cache") if home != "~" else os.devnull
    return Path(base) / "geo"


def kept(name: str, inputs: Sequence[Path | str | int], compute: Callable[[], T]) -> T:
    """``compute()``, or what an earlier process stored for the same ``inputs``.

    Parameters
    ----------
    name : str
        What the value is; its file is ``<name>-<digest>.marshal`` in :func:`cache_dir`,
        and writing it removes the other files of that name (values for older inputs).
    inputs : sequence of Path, str or int
        Everything ``compute`` depends on: files (their bytes are digested; pass the source
        files of the code that computes the value too) and other values (their ``repr``).
        When a file cannot be read nothing is kept: ``compute()`` is returned.
    compute : callable
        Gives the value, of types :mod:`marshal` stores (numbers, strings, bytes, and lists,
        tuples, dicts and sets of them), which come back as they were.

    Returns
    -------
    object
        The value.
    """
    import hashlib  # here, as tempfile below: most processes that import this keep nothing
    import tempfile

    digest = hashlib.blake2b(digest_size=16)
    try:
        for item in inputs:
            data = item.read_bytes() if isinstance(item, Path) else repr(item).encode()
            digest.update(len(data).to_bytes(8, "little") + data)
    except OSError:
        return compute()
    folder = cache_dir()
    path = folder / f"{name}-{digest.hexdigest()}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = compute()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(value, f)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        for old in folder.glob(f"{name}-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass  # a read-only home, a full disk, or a value marshal does not store
    return value
