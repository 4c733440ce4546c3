"""Every test runs with an empty per-user data folder: no user layer or built gazetteer of
the developer's own (``~/.local/share/geo``) changes what the tests see."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

_HOME = tempfile.mkdtemp(prefix="geo-test-home-")
atexit.register(shutil.rmtree, _HOME, True)
os.environ["GEO_HOME"] = _HOME  # inherited by subprocesses and Dask workers
for _var in ("GEO_USER_PLACES", "GEO_GAZETTEER"):
    os.environ.pop(_var, None)
