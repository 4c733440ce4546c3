"""The event and places tables as plain columns: what every output is made from.

:func:`event_table` and :func:`places_table` turn the pipeline's records into a
:class:`Table` (one list per schema column, and each row's geometry as coordinates) with
the standard library alone; :mod:`geo.frame` makes its GeoDataFrames from these tables, and
the map and the GeoJSON writer read a table directly, so ``geo map`` loads neither pandas
nor geopandas. :func:`as_table` reads a GeoDataFrame (a user's, or ``geo batch``'s merged
events) as a table.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from geo.models import Event, Place, Resolution
from geo.schema import EVENT_COLUMNS, PLACE_COLUMNS

__all__ = [
    "GEO_PRECISION",
    "UNCERTAINTY_KM",
    "Shape",
    "Table",
    "as_table",
    "column_kind",
    "concat",
    "coordinates",
    "empty_table",
    "event_table",
    "geojson_geometry",
    "is_null",
    "places_table",
]

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

_MOVES = ("movement", "displacement")


def _precision(place: Place, flags: tuple[str, ...]) -> int | None:
    """ACLED's geo_precision of an event's point: a place taken from the focus of the story
    is known to the region at best, one the text puts at a distance from a town is near it."""
    if "place_in_focus" in flags:
        return 3
    return 2 if place.is_offset else GEO_PRECISION.get(place.kind)


def _uncertainty(place: Place, flags: tuple[str, ...]) -> float | None:
    """Radius in km of the area an event's point stands for (see :func:`_precision`)."""
    if "place_in_focus" in flags:
        return max(UNCERTAINTY_KM.get(place.kind, 0.0), UNCERTAINTY_KM["admin1"])
    return UNCERTAINTY_KM["admin2"] if place.is_offset else UNCERTAINTY_KM.get(place.kind)


Shape = tuple[tuple[float, float], ...]
"""A row's geometry as its (lon, lat) pairs: one for a Point, two for a LineString."""


@dataclass(frozen=True, slots=True)
class Table:
    """Rows as columns of plain values, in EPSG:4326.

    Attributes
    ----------
    columns : dict of str to list
        Column name -> one value per row, in column order. Made by :func:`event_table` or
        :func:`places_table`: str and date columns hold str or None (never ``""``), int
        columns int or None, float columns float or None, bool columns bool.
    kinds : dict of str to str
        Column name -> logical type ("str", "date", "int", "float", "bool"; "any" for an
        extra column of a GeoDataFrame read by :func:`as_table`).
    geometry : list
        Per row a :data:`Shape`, a shapely geometry (from a GeoDataFrame) or None.
    """

    columns: dict[str, list[Any]]
    kinds: dict[str, str]
    geometry: list[Any]

    def __len__(self) -> int:
        return len(self.geometry)

    def column(self, name: str) -> list[Any]:
        """The values of column ``name``; all None when the table has no such column."""
        values = self.columns.get(name)
        return values if values is not None else [None] * len(self)


def event_table(events: Sequence[Event]) -> Table:
    """Build the event table: one row per event, ``EVENT_COLUMNS`` in order.

    Parameters
    ----------
    events : sequence of Event
        Events in input order.

    Returns
    -------
    Table
        ``id`` is ``"<article_id or 'doc'>-<n>"`` with ``n`` counting from 1 within each
        article in input order. The geometry is a LineString origin -> destination for a
        movement or displacement with both ends resolved, else a Point at the first resolved
        place among location, destination, origin (destination first for movements), else
        None with ``unresolved=True``. ``location``, ``latitude``, ``longitude``,
        ``country_code``, ``admin1``, ``place_kind``, ``geo_precision`` and
        ``uncertainty_km`` describe that point (the destination for a LineString); with
        nothing resolved ``location`` is the mention text.

    Raises
    ------
    TypeError
        If an item is not an :class:`~geo.models.Event`.
    """
    counters: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    shapes: list[Shape | None] = []
    for event in events:
        if not isinstance(event, Event):
            raise TypeError(f"Expected a geo.models.Event, instead got: {event!r}")
        doc = event.article_id or "doc"
        counters[doc] = counters.get(doc, 0) + 1
        row, shape = _event_row(event, f"{doc}-{counters[doc]}")
        rows.append(row)
        shapes.append(shape)
    return _table(rows, shapes, EVENT_COLUMNS)


def places_table(resolutions: Iterable[Resolution], *, article_id: str = "") -> Table:
    """Build the places table: one row per resolved mention, ``PLACE_COLUMNS``, a Point each.

    Parameters
    ----------
    resolutions : iterable of Resolution
        Resolver output; mentions it abstained on (``place is None``) are left out.
    article_id : str, optional
        Stored in the ``article_id`` column of every row.

    Returns
    -------
    Table

    Raises
    ------
    TypeError
        If an item is not a :class:`~geo.models.Resolution`.
    """
    from geo.places.gazetteer import place_source  # (see _event_row)

    rows: list[dict[str, Any]] = []
    shapes: list[Shape | None] = []
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
        shapes.append(_shape(place))
    return _table(rows, shapes, PLACE_COLUMNS)


def empty_table(columns: dict[str, str] = EVENT_COLUMNS) -> Table:
    """Return a zero-row table with the given schema's columns."""
    return _table([], [], columns)


def concat(tables: Sequence[Table]) -> Table:
    """The rows of ``tables`` one after the other (they share their columns).

    Raises
    ------
    ValueError
        If ``tables`` is empty or the tables' columns differ.
    """
    if not tables:
        raise ValueError("Expected at least one table to concatenate, got none")
    kinds = tables[0].kinds
    if any(t.kinds != kinds for t in tables):
        raise ValueError("Expected tables with the same columns")
    columns = {name: [v for t in tables for v in t.columns[name]] for name in kinds}
    return Table(columns, dict(kinds), [g for t in tables for g in t.geometry])


def as_table(frame: Any) -> Table:
    """A table of a (Geo)DataFrame's columns and geometry, reprojected to EPSG:4326.

    A :class:`Table` is returned as it is. A frame's cells are its ``tolist()`` values (so
    they may hold NaN, ``pd.NA`` or ``pd.NaT`` for missing values); a frame without an
    active geometry column has no geometry (all None).
    """
    if isinstance(frame, Table):
        return frame
    try:
        crs = frame.crs
    except AttributeError:  # a frame without an active geometry column
        geometry: list[Any] = [None] * len(frame)
        geom_name = None
    else:
        if crs is not None and not crs.equals("EPSG:4326"):
            frame = frame.to_crs(4326)
        geometry = list(frame.geometry.values)
        geom_name = frame.geometry.name
    names = [c for c in frame.columns if c != geom_name]
    return Table({c: frame[c].tolist() for c in names},
                 {c: column_kind(c, frame[c]) for c in names}, geometry)


def column_kind(name: str, series: Any) -> str:
    """Logical type of a frame's column: from the schema, else from its dtype."""
    kind = EVENT_COLUMNS.get(name) or PLACE_COLUMNS.get(name)
    if kind:
        return kind
    from pandas.api import types  # a frame's column: pandas is loaded already

    if types.is_bool_dtype(series.dtype):
        return "bool"
    if types.is_integer_dtype(series.dtype):
        return "int"
    if types.is_float_dtype(series.dtype):
        return "float"
    return "any"


def is_null(value: Any) -> bool:
    """True for None, ``pd.NA`` and ``pd.NaT`` (without importing pandas: they only exist
    once it is imported); NaN is left to the caller."""
    if value is None:
        return True
    pandas = sys.modules.get("pandas")
    return pandas is not None and (value is pandas.NA or value is pandas.NaT)


def coordinates(geom: Any) -> list[tuple[float, float]] | None:
    """(x, y) pairs of a row's geometry: a Point's, a LineString's (in order), one point
    inside any other geometry; None for a missing or empty one."""
    if isinstance(geom, tuple):
        return list(geom)
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type == "LineString":
        return list(geom.coords)
    if geom.geom_type == "Point":
        return [(geom.x, geom.y)]
    point = geom.representative_point()  # a multi-part or areal geometry
    return [(point.x, point.y)]


def geojson_geometry(geom: Any) -> dict[str, Any] | None:
    """A row's geometry as a GeoJSON geometry object (shapely's ``mapping``), None for a
    missing or empty one."""
    if isinstance(geom, tuple):
        if len(geom) == 1:
            return {"type": "Point", "coordinates": geom[0]}
        return {"type": "LineString", "coordinates": geom}
    if geom is None or geom.is_empty:
        return None
    from shapely.geometry import mapping  # a frame's geometry: shapely is loaded already

    return mapping(geom)


def _table(rows: list[dict[str, Any]], shapes: list[Shape | None],
           columns: dict[str, str]) -> Table:
    """Rows as typed columns; '' in str columns becomes None."""
    data: dict[str, list[Any]] = {}
    for name, kind in columns.items():
        values = [row[name] for row in rows]
        if kind in ("str", "date"):
            data[name] = [None if v is None or v == "" else str(v) for v in values]
        elif kind == "int":
            data[name] = values
        elif kind == "float":
            data[name] = [None if v is None else float(v) for v in values]
        else:
            data[name] = [bool(v) for v in values]
    return Table(data, dict(columns), shapes)


def _shape(*places: Place) -> Shape:
    return tuple((float(p.lon), float(p.lat)) for p in places)


def _event_row(event: Event, row_id: str) -> tuple[dict[str, Any], Shape | None]:
    """One event as a dict of schema columns plus its geometry's coordinates."""
    # (imported here: the events package costs ~0.4 s to import, which a writer given a
    # table or a frame, e.g. geo.io.geojson, should not pay)
    from geo.events import taxonomy

    origin = _place(event.origin)
    dest = _place(event.destination)
    shape: Shape | None
    if event.kind in _MOVES:
        order = (event.destination, event.location, event.origin)
    else:
        order = (event.location, event.destination, event.origin)
    primary = next((r for r in order if r is not None and r.place is not None), None)
    place = primary.place if primary is not None else None
    line = event.kind in _MOVES and origin is not None and dest is not None
    if line:
        shape = _shape(origin, dest)
    elif place is not None:
        shape = _shape(place)
    else:
        shape = None

    flags = list(event.flags)
    ends = (origin, dest) if line else (place,)
    if any(p is not None and p.is_area for p in ends):
        flags.append("approximate")
    if shape is None:
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
        "geo_precision": _precision(place, event.flags) if place else None,
        "uncertainty_km": _uncertainty(place, event.flags) if place else None,
        "actor1": event.actor1,
        "actor2": event.actor2,
        "fatalities": event.fatalities,
        "fatalities_text": event.fatalities_text,
        "source": event.source,
        "quote": event.quote,
        "quote_start": event.quote_start,
        "quote_end": event.quote_end,
        "confidence": event.confidence,
        "unresolved": shape is None,
        "flags": ",".join(dict.fromkeys(flags)),
        "article_id": event.article_id,
        "url": event.url,
        "title": event.title,
        "published": _iso(event.published),
        "report_count": 1,
        "sources": event.source,
        "fatalities_min": None,
    }
    return row, shape


def _place(res: Resolution | None) -> Place | None:
    return res.place if res is not None else None


def _name(res: Resolution | None) -> str | None:
    """The place's name, or the text as written when the resolver abstained."""
    if res is None:
        return None
    return res.place.name if res.place is not None else res.mention.text


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None
