"""folium and the branca names :mod:`geo.maps.render` draws with, imported without pandas.

folium imports pandas when it can (``folium.utilities``, ``try: import pandas``) only to ask
``isinstance(x, pd.DataFrame)`` of a location; pandas is optional to it. ``geo map`` needs
no pandas (0.3-0.5 s of a cold start), so the first import of folium in a process that has
not loaded pandas is made as if pandas were not installed, and folium is then handed a
stand-in that answers the same question without importing it: nothing is a DataFrame before
pandas is imported, and afterwards pandas' own class answers. A process that already holds
pandas (``geo batch``, the tests) imports folium as it is.
"""

from __future__ import annotations

import sys
import threading
import types
from typing import Any

__all__ = ["Element", "Figure", "MacroElement", "Template", "folium"]


class _NoPandasHere:
    """A meta path finder that makes ``import pandas`` fail in one thread (not in others,
    which may import pandas meanwhile)."""

    def __init__(self) -> None:
        self.thread = threading.get_ident()

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == "pandas" and threading.get_ident() == self.thread:
            raise ModuleNotFoundError("geo.maps imports folium without pandas", name=name)
        return None


class _DataFrameType(type):
    def __instancecheck__(cls, obj: Any) -> bool:
        pandas = sys.modules.get("pandas")
        return pandas is not None and isinstance(obj, pandas.DataFrame)


class _PandasWhenLoaded(types.ModuleType):
    """pandas as ``folium.utilities`` sees it: ``DataFrame`` answers ``isinstance`` from
    the loaded pandas, if any; any other name imports pandas and is pandas' own."""

    class DataFrame(metaclass=_DataFrameType):
        pass

    def __getattr__(self, name: str) -> Any:
        import pandas

        return getattr(pandas, name)


def _import_folium() -> types.ModuleType:
    if "pandas" in sys.modules or "folium" in sys.modules:
        import folium

        return folium
    finder = _NoPandasHere()
    sys.meta_path.insert(0, finder)
    try:
        import folium
        import folium.utilities
    except ImportError:  # a folium that needs pandas after all: forget it, import it as it is
        for name in [n for n in sys.modules if n.split(".")[0] in ("folium", "branca")]:
            del sys.modules[name]
        sys.meta_path.remove(finder)
        import folium

        return folium
    sys.meta_path.remove(finder)
    if getattr(folium.utilities, "pd", False) is None:
        folium.utilities.pd = _PandasWhenLoaded("pandas")
    return folium


folium = _import_folium()

from branca.element import Element, Figure, MacroElement  # noqa: E402  (folium has loaded it)
from folium.template import Template  # noqa: E402
