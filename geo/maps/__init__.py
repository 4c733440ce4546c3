"""Maps stage: takes an event GeoDataFrame (see :mod:`geo.frame`) and gives an offline map.

:func:`build_map` draws the events with folium (``render``, the only module importing folium)
from compact JSON payloads (``data``), the map runtime ``map.js`` + ``ui.js`` / ``map.css``,
the basemap and the vendored Leaflet (``assets``, ``vendor/``); :func:`save_map` writes the
HTML file, which needs no network.
"""

from __future__ import annotations

from geo.maps.render import build_map, save_map

__all__ = ["build_map", "save_map"]
