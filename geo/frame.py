"""Turn events and resolved mentions into GeoDataFrames with the one shared column schema."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.events import taxonomy
from geo.models import Event, Place, Resolution
from geo.places.gazetteer import place_source
from geo.schema import EVENT_COLUMNS, PLACE_COLUMNS

__all__ = [
    "CRS",
    "DTYPES",
    "GEO_PRECISION",
    "UNCERTAINTY_KM",
    "empty_frame",
    "places_frame",
    "to_geodataframe",
]

CRS = "EPSG:4326"

# ACLED geo_precision: 1 the town itself, 2 near a town / a district, 3 a region or country.
GEO_PRECISION: dict[str, int] = {
    "city": 1,
    "feature": 1,
    "admin2": 2,
    "admin1": 3,
    "region": 3,
    "country": 3,
}

# Radius in km of the area a point stands for. A country's would be about sqrt(area) / 2,
# but the gazetteer stores no areas, so every country gets 300 km (between Lebanon's ~50 and
# Russia's ~2,000): treat it as "somewhere in the country", not as a measurement.
UNCERTAINTY_KM: dict[str, float] = {
    "city": 5.0,
    "feature": 2.0,
    "admin2": 25.0,
    "admin1": 100.0,
    "region": 100.0,
    "country": 300.0,
}

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

_MOVES = ("movement", "displacement")

Shape = tuple[tuple[float, float], ...]
"""A row's geometry as its (lon, lat) pairs: one for a Point, two for a LineString."""


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
    counters: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    geoms: list[Shape | None] = []
    for event in events:
        if not isinstance(event, Event):
            raise TypeError(f"Expected a geo.models.Event, instead got: {event!r}")
        doc = event.article_id or "doc"
        counters[doc] = counters.get(doc, 0) + 1
        row, geom = _event_row(event, f"{doc}-{counters[doc]}")
        rows.append(row)
        geoms.append(geom)
    return _frame(rows, geoms, EVENT_COLUMNS)


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
    rows: list[dict[str, Any]] = []
    geoms: list[Shape | None] = []
    for res in resolutions:
        if not isinstance(res, Resolution):
            raise TypeError(f"Expected a geo.models.Resolution, instead got: {res!r}")
        place = res.place
        if place is None:
            continue
        rows.append(
            {
                "mention": res.mention.text,
                "start": res.mention.start,
                "end": res.mention.end,
                "name": place.name,
                "kind": place.kind,
                "geonameid": place.geonameid,
                "lat": place.lat,
                "lon": place.lon,
                "country_code": place.country_code,
                "admin1": place.admin1,
                "feature_code": place.feature_code,
                "population": place.population,
                "confidence": res.confidence,
                "low_confidence": res.low_confidence,
                "reason": res.reason,
                "source": place_source(place),
                "article_id": article_id,
            }
        )
        geoms.append(((place.lon, place.lat),))
    return _frame(rows, geoms, PLACE_COLUMNS)


def empty_frame(columns: dict[str, str] = EVENT_COLUMNS) -> gpd.GeoDataFrame:
    """Return a zero-row frame with the given schema's columns and dtypes."""
    return _frame([], [], columns)


def _event_row(event: Event, row_id: str) -> tuple[dict[str, Any], Shape | None]:
    """One event as a dict of schema columns plus its geometry's coordinates."""
    origin = _place(event.origin)
    dest = _place(event.destination)
    geom: Shape | None
    if event.kind in _MOVES:
        order = (event.destination, event.location, event.origin)
    else:
        order = (event.location, event.destination, event.origin)
    primary = next((r for r in order if r is not None and r.place is not None), None)
    place = primary.place if primary is not None else None
    line = event.kind in _MOVES and origin is not None and dest is not None
    if line:
        geom = ((origin.lon, origin.lat), (dest.lon, dest.lat))
    elif place is not None:
        geom = ((place.lon, place.lat),)
    else:
        geom = None

    flags = list(event.flags)
    ends = (origin, dest) if line else (place,)
    if any(p is not None and p.is_area for p in ends):
        flags.append("approximate")
    if geom is None:
        flags.append("unresolved")
    if place is not None:
        location_name: str | None = place.name
    else:
        named = next((r for r in order if r is not None), None)
        location_name = named.mention.text if named is not None else None
    acled_type, sub_type = taxonomy.acled_for(event)
    row = {
        "id": row_id,
        "event_type": event.kind,
        "acled_event_type": acled_type,
        "sub_event_type": sub_type,
        "cameo_code": taxonomy.cameo_for(event),
        "trigger": event.trigger,
        "event_date": _iso(event.event_date),
        "start_date": _iso(event.start_date),
        "end_date": _iso(event.end_date),
        "time_precision": event.time_precision,
        "date_text": event.date_text,
        "location": location_name,
        "origin": _name(event.origin),
        "destination": _name(event.destination),
        "country_code": place.country_code if place else None,
        "admin1": place.admin1 if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geonameid": place.geonameid if place else None,
        "origin_geonameid": origin.geonameid if origin else None,
        "destination_geonameid": dest.geonameid if dest else None,
        "place_kind": place.kind if place else None,
        # a place taken from the focus of the story is known to the region at best
        "geo_precision": (3 if "place_in_focus" in event.flags else GEO_PRECISION.get(place.kind))
        if place else None,
        "uncertainty_km": (max(UNCERTAINTY_KM.get(place.kind, 0.0), UNCERTAINTY_KM["admin1"])
                           if "place_in_focus" in event.flags else UNCERTAINTY_KM.get(place.kind))
        if place else None,
        "actor1": event.actor1,
        "actor2": event.actor2,
        "fatalities": event.fatalities,
        "fatalities_text": event.fatalities_text,
        "source": event.source,
        "quote": event.quote,
        "quote_start": event.quote_start,
        "quote_end": event.quote_end,
        "confidence": event.confidence,
        "unresolved": geom is None,
        "flags": ",".join(dict.fromkeys(flags)),
        "article_id": event.article_id,
        "url": event.url,
        "title": event.title,
        "published": _iso(event.published),
        "report_count": 1,
        "sources": event.source,
        "fatalities_min": None,
    }
    return row, geom


def _place(res: Resolution | None) -> Place | None:
    return res.place if res is not None else None


def _name(res: Resolution | None) -> str | None:
    """The place's name, or the text as written when the resolver abstained."""
    if res is None:
        return None
    return res.place.name if res.place is not None else res.mention.text


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


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


def _frame(
    rows: list[dict[str, Any]],
    geoms: list[Shape | None],
    columns: dict[str, str],
) -> gpd.GeoDataFrame:
    """Assemble rows into a frame with fixed dtypes; '' in str columns becomes None."""
    data: dict[str, pd.Series | pd.api.extensions.ExtensionArray] = {}
    for name, kind in columns.items():
        values = [row[name] for row in rows]
        if kind in ("str", "date"):
            cleaned = [None if v is None or v == "" else str(v) for v in values]
            data[name] = pd.Series(cleaned, dtype=object)
        elif kind == "int":
            data[name] = pd.array(values, dtype="Int64")
        elif kind == "float":
            data[name] = pd.Series(
                [np.nan if v is None else float(v) for v in values], dtype="float64"
            )
        else:
            data[name] = pd.Series([bool(v) for v in values], dtype="bool")
    geometry = gpd.GeoSeries(_geometries(geoms), crs=CRS)
    return gpd.GeoDataFrame(pd.DataFrame(data), geometry=geometry, crs=CRS)
