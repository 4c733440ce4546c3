"""Where the gazetteer in use and the user's own data live (environment, then defaults).

- ``GEO_GAZETTEER``: a gazetteer to use instead of the bundled one (a ``.sqlite`` file made by
  ``geo gazetteer build``, or a folder holding ``gazetteer.sqlite`` and ``name_bits.npy``);
- ``GEO_DATA_DIR``: the folder of the bundled data (``default_data_dir``);
- ``GEO_USER_PLACES``: the user layer file (``geo gazetteer add``);
- ``GEO_HOME``: the per-user data folder, else ``$XDG_DATA_HOME/geo``, else
  ``~/.local/share/geo``.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "GAZETTEER_FILE",
    "USER_PLACES_FILE",
    "chosen_gazetteer",
    "default_data_dir",
    "gazetteer_file",
    "gazetteer_path",
    "user_data_dir",
    "user_places_path",
]

GAZETTEER_FILE = "gazetteer.sqlite"
USER_PLACES_FILE = "user_places.sqlite"


def default_data_dir() -> Path:
    """Folder holding gazetteer.sqlite: $GEO_DATA_DIR, the installed copy, or the source tree."""
    env = os.environ.get("GEO_DATA_DIR")
    if env:
        return Path(env)
    package = Path(__file__).resolve().parents[1]  # geo/
    installed = package / "_data"
    return installed if installed.is_dir() else package.parent / "data"


def gazetteer_path() -> Path:
    """The gazetteer every command uses unless told otherwise: $GEO_GAZETTEER, else the
    bundled data folder."""
    return chosen_gazetteer() or default_data_dir()


def chosen_gazetteer(path: str | os.PathLike[str] | None = None) -> Path | None:
    """The gazetteer a user chose: ``path`` (``--gazetteer``), else $GEO_GAZETTEER, else None
    for the bundled one. Work sent to other processes or machines carries this choice with
    it, since they do not see this process's options or environment."""
    if path is None:
        path = os.environ.get("GEO_GAZETTEER") or None
    return Path(path).expanduser() if path is not None else None


def gazetteer_file(path: str | os.PathLike[str]) -> Path:
    """The SQLite file of a gazetteer given as a data folder (``FOLDER/gazetteer.sqlite``)
    or as the file itself."""
    path = Path(path)
    return path / GAZETTEER_FILE if path.is_dir() else path


def user_data_dir() -> Path:
    """Per-user data folder: $GEO_HOME, else $XDG_DATA_HOME/geo, else ~/.local/share/geo."""
    env = os.environ.get("GEO_HOME")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "geo"


def user_places_path() -> Path:
    """The user layer file: $GEO_USER_PLACES, else user_places.sqlite in user_data_dir()."""
    env = os.environ.get("GEO_USER_PLACES")
    return Path(env).expanduser() if env else user_data_dir() / USER_PLACES_FILE
