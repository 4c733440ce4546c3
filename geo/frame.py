"""Turn events and resolved mentions into GeoDataFrames with the one shared column schema.

The column values come from :mod:`geo.table` (which ``geo map`` uses without pandas); this
module gives them their dtypes, their geometries and the CRS.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.models import Event, Resolution
from geo.schema import EVENT_COLUMNS
from geo.table import (
    GEO_PRECISION,
    UNCERTAINTY_KM,
    Shape,
    Table,
    empty_table,
    event_table,
    places_table,
)

__all__ = [
    "CRS",
    "DTYPES",
    "GEO_PRECISION",
    "UNCERTAINTY_KM",
    "empty_frame",
    "from_table",
    "places_frame",
    "to_geodataframe",
]

CRS = "EPSG:4326"

# Logical schema type -> pandas dtype. Strings (and ISO dates) stay object columns holding
# str or None, so writers see None and never NaN. Integers are nullable "Int64". Floats are
# plain float64 with NaN for missing: pyogrio cannot write "Float64" columns, and every writer
# maps NaN to null (GeoJSON null, GPKG NULL, empty CSV cell, Parquet null).
DTYPES: dict[str, Any] = {
    "str": object,
    "date": object,
    "int": "Int64",
    "float": "float64",
    "bool": "bool",
}


def to_geodataframe(events: Sequence[Event]) -> gpd.GeoDataFrame:
    """Build the event table: one row per event, ``EVENT_COLUMNS`` in order, then ``geometry``.

    Parameters
    ----------
    events : sequence of Event
        Events in input order.

    Returns
    -------
    geopandas.GeoDataFrame
        CRS EPSG:4326; dtypes as in ``DTYPES`` even when empty. ``id`` is
        ``"<article_id or 'doc'>-<n>"`` with ``n`` counting from 1 within each article in
        input order. Geometry is a LineString origin -> destination for a movement or
        displacement with both ends resolved, else a Point at the first resolved place among
        location, destination, origin (destination first for movements), else None with
        ``unresolved=True``. ``location``, ``latitude``, ``longitude``, ``country_code``,
        ``admin1``, ``place_kind``, ``geo_precision`` and ``uncertainty_km`` describe that
        point (the destination for a LineString); with nothing resolved ``location`` is the
        mention text.

    Raises
    ------
    TypeError
        If an item is not an :class:`~geo.models.Event`.
    """
    return from_table(event_table(events))


def places_frame(resolutions: Iterable[Resolution], *, article_id: str = "") -> gpd.GeoDataFrame:
    """Build the places table: one row per resolved mention, ``PLACE_COLUMNS`` then a Point.

    Parameters
    ----------
    resolutions : iterable of Resolution
        Resolver output; mentions it abstained on (``place is None``) are left out.
    article_id : str, optional
        Stored in the ``article_id`` column of every row.

    Returns
    -------
    geopandas.GeoDataFrame
        CRS EPSG:4326, dtypes as in ``DTYPES`` even when empty.
    """
    return from_table(places_table(resolutions, article_id=article_id))


def empty_frame(columns: dict[str, str] = EVENT_COLUMNS) -> gpd.GeoDataFrame:
    """Return a zero-row frame with the given schema's columns and dtypes."""
    return from_table(empty_table(columns))


def from_table(table: Table) -> gpd.GeoDataFrame:
    """The GeoDataFrame of a table from :mod:`geo.table`: its columns in order, typed as in
    ``DTYPES`` (missing floats as NaN, missing ints as ``pd.NA``), then ``geometry``.

    Parameters
    ----------
    table : Table
        Made by :func:`geo.table.event_table`, :func:`geo.table.places_table` or
        :func:`geo.table.empty_table` (geometries as :data:`geo.table.Shape`).

    Returns
    -------
    geopandas.GeoDataFrame
        CRS EPSG:4326.
    """
    data: dict[str, pd.Series | pd.api.extensions.ExtensionArray] = {}
    for name, kind in table.kinds.items():
        values = table.columns[name]
        if kind == "int":
            data[name] = pd.array(values, dtype="Int64")
        elif kind == "float":
            data[name] = pd.Series([np.nan if v is None else v for v in values],
                                   dtype="float64")
        else:
            data[name] = pd.Series(values, dtype=DTYPES[kind])
    geometry = gpd.GeoSeries(_geometries(table.geometry), crs=CRS)
    return gpd.GeoDataFrame(pd.DataFrame(data), geometry=geometry, crs=CRS)


def _geometries(shapes: list[Shape | None]) -> np.ndarray:
    """The Points and LineStrings of ``shapes``, each kind made by one shapely call: the
    same geometries as ``Point(lon, lat)`` and ``LineString(pairs)`` one at a time, which
    call the same ``shapely.points`` and ``shapely.linestrings`` with one item each."""
    out = np.full(len(shapes), None, dtype=object)
    for size, make in ((1, shapely.points), (2, shapely.linestrings)):
        at = [i for i, shape in enumerate(shapes) if shape is not None and len(shape) == size]
        if at:
            coords = np.array([shapes[i] for i in at], dtype="float64")
            out[at] = make(coords[:, 0] if size == 1 else coords)
    return out


