"""Input and output: takes files, folders or stdin and gives :class:`~geo.models.Article`
records; takes event and place GeoDataFrames and gives GeoJSON, GeoPackage, CSV or Parquet.

Reading (``read``) decodes bytes (``decode``) and strips HTML (``html``); writing
(``export``) replaces each output file atomically (``atomic``). The writers are imported on
first use, so reading stays light; all but GeoJSON's (``geojson``) load geopandas
when they run.
"""

from __future__ import annotations

from typing import Any

from geo.io.decode import decode_text
from geo.io.html import html_to_text
from geo.io.read import (
    MAX_BYTES,
    READ_SUFFIXES,
    ReadError,
    parse_jsonl_line,
    read_articles,
)

_EXPORT = ("FORMATS", "write_csv", "write_events", "write_geojson", "write_geopackage",
           "write_parquet")

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "READ_SUFFIXES",
    "ReadError",
    "decode_text",
    "html_to_text",
    "parse_jsonl_line",
    "read_articles",
    "write_csv",
    "write_events",
    "write_geojson",
    "write_geopackage",
    "write_parquet",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORT:
        from geo.io import export

        return getattr(export, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
