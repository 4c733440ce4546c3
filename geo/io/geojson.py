"""Write the event table as GeoJSON (without pandas or geopandas: ``geo map`` loads neither)."""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import os
import sys
from typing import IO, TYPE_CHECKING, Any

import numpy as np

from geo.errors import OutputError
from geo.io.atomic import atomic_path, failure_message
from geo.table import Table, as_table, geojson_geometry, is_null

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["json_value", "write_geojson"]

PathLike = str | os.PathLike[str]


def write_geojson(gdf: gpd.GeoDataFrame | Table, path_or_fileobj: PathLike | IO[Any]) -> None:
    """Write an RFC 7946 FeatureCollection, byte-identical for the same frame.

    Coordinates are (lon, lat) in EPSG:4326 (other CRSs are reprojected) and there is no
    ``crs`` member. Each feature's ``id`` is the ``id`` column (the 1-based row number when
    there is none); unresolved events keep a null geometry. Properties hold one JSON type per
    column: missing values are ``null`` (never NaN), integers stay integers, dates are
    ``"YYYY-MM-DD"`` strings and floats use Python's shortest round-trip form. One feature per
    line, UTF-8 without escaping non-ASCII characters.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame or geo.table.Table
        Output of :func:`geo.frame.to_geodataframe` or :func:`geo.frame.places_frame`, or
        the same table as :func:`geo.table.event_table` or :func:`geo.table.places_table`
        gives it (the same file either way).
    path_or_fileobj : path or file object
        A path is written atomically; a text or binary file object is written in place.

    Raises
    ------
    OutputError
        If the file cannot be written.
    """
    text = _geojson_text(gdf)
    if hasattr(path_or_fileobj, "write"):
        stream: Any = path_or_fileobj
        try:
            stream.write(text if _is_text_stream(stream) else text.encode("utf-8"))
            if hasattr(stream, "flush"):
                stream.flush()
        except OSError as exc:
            raise OutputError(
                failure_message("GeoJSON", getattr(stream, "name", "<stream>"), exc)
            ) from exc
        return
    with atomic_path(path_or_fileobj, "GeoJSON") as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


def json_value(value: Any, kind: str) -> Any:
    """One cell as the JSON type its column promises (None for every kind of missing)."""
    if is_null(value):
        return None
    if isinstance(value, (float, np.floating)) and not math.isfinite(value):
        return None
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "bool":
        return bool(value)
    if isinstance(value, dt.date):  # pd.Timestamp is a datetime, so a date too
        return value.strftime("%Y-%m-%d") if kind == "date" else value.isoformat()
    if kind in ("str", "date"):
        return str(value)
    if isinstance(value, np.generic):
        return value.item()
    return value if isinstance(value, (str, int, float, bool)) else str(value)


def _table(frame: Any) -> Table:
    """The table of a GeoDataFrame (reprojected to EPSG:4326) or a Table as it is."""
    if not isinstance(frame, Table):
        geopandas = sys.modules.get("geopandas")  # loaded if frame is a GeoDataFrame
        if geopandas is None or not isinstance(frame, geopandas.GeoDataFrame):
            raise TypeError(
                f"Expected a geopandas.GeoDataFrame, instead got: {type(frame).__name__}"
            )
    return as_table(frame)


def _geojson_text(gdf: gpd.GeoDataFrame | Table) -> str:
    table = _table(gdf)
    columns, kinds = table.columns, table.kinds
    ids = columns.get("id") or list(range(1, len(table) + 1))
    lines = []
    for i, geom in enumerate(table.geometry):
        props = {c: json_value(values[i], kinds[c]) for c, values in columns.items()}
        feature = {
            "type": "Feature",
            "id": json_value(ids[i], "any"),
            "geometry": geojson_geometry(geom),
            "properties": props,
        }
        lines.append(
            json.dumps(feature, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        )
    body = ",\n".join(lines)
    return '{"type":"FeatureCollection","features":[\n' + body + ("\n" if lines else "") + "]}\n"


def _is_text_stream(stream: Any) -> bool:
    if isinstance(stream, io.TextIOBase):
        return True
    if isinstance(stream, (io.RawIOBase, io.BufferedIOBase)):
        return False
    return "b" not in getattr(stream, "mode", "")
