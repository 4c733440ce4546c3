"""Maps stage: takes an event table (a GeoDataFrame of :mod:`geo.frame` or a
:class:`geo.table.Table`) and gives an offline map.

:func:`build_map` draws the events with folium (``render``, the only module drawing with
folium, which ``_folium`` imports without pandas) from compact JSON payloads (``data``,
``packing``), the map runtime ``map.js`` + ``ui.js`` / ``map.css``, the basemap and the
vendored Leaflet (``assets``, ``vendor/``); :func:`save_map` writes the HTML file, which
needs no network.

``build_map`` and ``save_map`` are imported on first use (PEP 562), so that the light
modules (``assets``, ``packing``) load without folium and geopandas.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geo.maps.render import build_map, save_map

__all__ = ["build_map", "save_map"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        value = getattr(import_module("geo.maps.render"), name)
        globals()[name] = value  # once: later lookups find it without this function
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
