"""Write the event table as GeoJSON, GeoPackage, CSV (ours or ACLED's columns) or GeoParquet,
atomically.

The writers take a GeoDataFrame or a :class:`geo.table.Table`. GeoJSON is written from the
table (:mod:`geo.io.geojson`); the others load pandas and geopandas on first use, so that
``geo map`` writes its GeoJSON without them.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.errors import InputError, OutputError
from geo.io.atomic import atomic_path
from geo.io.geojson import json_value, write_geojson
from geo.io.read import READ_SUFFIXES
from geo.published import EXPECTED, as_date
from geo.schema import EVENT_COLUMNS, PLACE_COLUMNS
from geo.table import Table, column_kind

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from geo.places.gazetteer import Gazetteer

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "GPKG_LAYERS",
    "SCHEMAS",
    "check_output",
    "write_csv",
    "write_events",
    "write_geojson",
    "write_geopackage",
    "write_parquet",
]

PathLike = str | os.PathLike[str]

GPKG_LAYERS = {"Point": "events_points", "LineString": "events_lines", None: "events_unlocated"}
"""GeoPackage layer per geometry type; null geometries go to an attribute-only table."""

CSV_COLUMNS: dict[str, str] = {name: name for name in EVENT_COLUMNS}
"""CSV column -> event table column: the same names, and meanings, as every other format;
``wkt`` (the geometry, which GDAL's CSV driver reads back as geometry) and any extra frame
columns come last. ``--schema acled`` writes ACLED's own columns instead (:mod:`geo.io.acled`)."""

SCHEMAS = ("geo", "acled")
"""Column sets a CSV can be written in: ours (the default) or ACLED's export columns."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def write_geopackage(
    gdf: gpd.GeoDataFrame | Table,
    path: PathLike,
    *,
    places: gpd.GeoDataFrame | Table | None = None,
) -> Path:
    """Write one GeoPackage layer per geometry type, plus ``places`` when given.

    Layers (always all three, empty ones included, so readers can rely on the names):
    ``events_points``, ``events_lines`` and ``events_unlocated``, an attribute-only table
    holding the events without geometry so that nothing is lost. Date columns
    (``event_date``, ``start_date``, ``end_date``, ``published``) are GeoPackage Date
    fields (null stays null), so QGIS and GDAL read them as dates without a conversion.

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    OutputError
        If the file cannot be written or a geometry is neither Point nor LineString.
    """
    gdf = _to_4326(gdf)
    kinds = gdf.geometry.geom_type.where(gdf.geometry.notna(), None)
    unknown = sorted(set(kinds.dropna()) - {"Point", "LineString"})
    if unknown:
        raise OutputError(
            f"cannot write {unknown[0]} geometries to GeoPackage {path}; "
            "expected Point, LineString or no geometry"
        )
    frame = _typed(gdf)
    with atomic_path(path, "GeoPackage") as tmp:
        for kind, layer in GPKG_LAYERS.items():
            keep = kinds.isna() if kind is None else kinds == kind
            part = frame[keep.to_numpy()]
            if kind is None:
                import pandas as pd
                import pyogrio  # only GeoPackage needs it: not imported for maps and GeoJSON

                table = pd.DataFrame(part.drop(columns=part.geometry.name))
                pyogrio.write_dataframe(table, tmp, layer=layer, driver="GPKG", use_arrow=True)
            else:
                part.to_file(tmp, layer=layer, driver="GPKG", engine="pyogrio",
                             geometry_type=kind, use_arrow=True)
        if places is not None:
            _typed(_to_4326(places)).to_file(
                tmp, layer="places", driver="GPKG", engine="pyogrio", geometry_type="Point",
                use_arrow=True,
            )
    return Path(path)


def write_csv(
    gdf: gpd.GeoDataFrame | Table, path: PathLike, *, schema: str = "geo",
    gazetteer: Gazetteer | None = None,
) -> Path:
    """Write the event table as CSV: ``CSV_COLUMNS`` then ``wkt`` and extra frame columns,
    or with ``schema="acled"`` exactly ACLED's export columns (:data:`geo.io.acled.ACLED_COLUMNS`;
    its ``country`` names from ``gazetteer``, by default :func:`geo.places.gazetteer.load`).

    UTF-8 without BOM, RFC 4180 quoting, empty cells for missing values, ``true``/``false``
    for booleans, dates as ``YYYY-MM-DD``. Text cells starting with ``= + - @``, a tab or a
    carriage return get a leading ``'`` so spreadsheets show them instead of running them as
    formulas; purely numeric text such as ``-3.5`` is left alone, and numeric columns are
    never touched.

    Raises
    ------
    ValueError
        If ``schema`` is not one of ``SCHEMAS`` or the frame lacks event table columns.
    OutputError
        If the file cannot be written.
    """
    if schema not in SCHEMAS:
        raise ValueError(f"'schema' should be one of {SCHEMAS!r}, got {schema!r} instead")
    frame = _to_4326(gdf)
    geom_name = frame.geometry.name
    missing = [src for src in CSV_COLUMNS.values() if src not in frame.columns]
    if missing:
        raise ValueError(
            f"Expected the event table from geo.frame.to_geodataframe, instead got a frame "
            f"missing columns {missing!r}"
        )
    if schema == "acled":
        from geo.io.acled import acled_table

        table = acled_table(frame, gazetteer=gazetteer)
        cells = {name: _csv_cells(table[name], _ACLED_KINDS.get(name, "str"))
                 for name in table.columns}
    else:
        cells = {out: _csv_cells(frame[src], column_kind(src, frame[src]))
                 for out, src in CSV_COLUMNS.items()}
        cells["wkt"] = [g.wkt if g is not None else "" for g in frame.geometry]
        for extra in frame.columns:
            if extra not in EVENT_COLUMNS and extra != geom_name and extra not in cells:
                cells[extra] = _csv_cells(frame[extra], column_kind(extra, frame[extra]))
    with atomic_path(path, "CSV") as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(list(cells))
            writer.writerows(zip(*cells.values(), strict=True))
    return Path(path)


_ACLED_KINDS = {"year": "int", "time_precision": "int", "geo_precision": "int",
                "fatalities": "int", "latitude": "float", "longitude": "float",
                "event_date": "date"}


def write_parquet(gdf: gpd.GeoDataFrame | Table, path: PathLike) -> Path:
    """Write GeoParquet (WKB geometry): text columns typed string and date columns date32,
    even when all null."""
    frame = _typed(_to_4326(gdf))
    for name in frame.columns:
        if name != frame.geometry.name and frame[name].dtype == object:
            frame[name] = frame[name].astype("string")
    with atomic_path(path, "GeoParquet") as tmp:
        frame.to_parquet(tmp, index=False)
    return Path(path)


FORMATS: dict[str, Callable[..., Any]] = {
    ".csv": write_csv,
    ".geojson": write_geojson,
    ".gpkg": write_geopackage,
    ".json": write_geojson,
    ".parquet": write_parquet,
}


def write_events(
    gdf: gpd.GeoDataFrame | Table,
    path: PathLike,
    *,
    places: gpd.GeoDataFrame | Table | None = None,
    inputs: Iterable[PathLike] = (),
    schema: str = "geo",
    gazetteer: Gazetteer | None = None,
) -> Path:
    """Write the event table in the format named by the path's suffix (see ``FORMATS``).

    ``gdf`` is a GeoDataFrame or a :class:`geo.table.Table` (the same file either way).
    ``places`` is written as a ``places`` layer to GeoPackage and ignored by other formats.
    ``inputs`` are the files the events were read from: writing over one is refused.
    ``schema="acled"`` writes ACLED's export columns and needs a ``.csv`` path; its country
    names come from ``gazetteer`` (default: :func:`geo.places.gazetteer.load`).

    Raises
    ------
    OutputError
        Unknown suffix, ACLED schema to a format other than CSV, output equals an input, or
        the file cannot be written.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    check_output(target, schema)
    resolved = target.resolve()
    for src in inputs:
        if str(src) == "-":
            continue
        source = Path(src)
        same = source.resolve() == resolved
        if not same and source.exists() and target.exists():
            same = os.path.samefile(source, target)
        if source.is_dir() and target.is_file() and resolved.parent == source.resolve():
            # A folder input reads these files: overwriting one would destroy an input.
            same = target.suffix.lower() in READ_SUFFIXES
        if same:
            raise OutputError(
                f"refusing to write {target}: it is also an input; choose another output path"
            )
    if suffix == ".gpkg":
        return write_geopackage(gdf, target, places=places)
    if suffix == ".csv":
        return write_csv(gdf, target, schema=schema, gazetteer=gazetteer)
    FORMATS[suffix](gdf, target)
    return target


def check_output(path: PathLike, schema: str = "geo") -> None:
    """Refuse, before any work, an output whose format or schema cannot be written.

    Raises
    ------
    OutputError
        The suffix names no format in ``FORMATS``, or ``schema`` is unknown or is
        ``"acled"`` for a format other than CSV.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(
            f"cannot tell the output format of {str(target)!r} from its suffix {suffix!r}; "
            f"expected one of {', '.join(sorted(FORMATS))}"
        )
    if schema not in SCHEMAS:
        raise OutputError(f"unknown schema {schema!r}; expected one of {', '.join(SCHEMAS)}")
    if schema == "acled" and suffix != ".csv":
        raise OutputError(
            f"the ACLED schema is written as CSV only, not {suffix!r}; "
            f"give a .csv output such as {target.with_suffix('.csv')}"
        )


def _to_4326(gdf: gpd.GeoDataFrame | Table) -> gpd.GeoDataFrame:
    """The GeoDataFrame in EPSG:4326; a Table as :func:`geo.frame.from_table` makes it."""
    if isinstance(gdf, Table):
        from geo.frame import from_table

        return from_table(gdf)
    import geopandas as gpd

    if not isinstance(gdf, gpd.GeoDataFrame):
        raise TypeError(f"Expected a geopandas.GeoDataFrame, instead got: {type(gdf).__name__}")
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        return gdf.to_crs("EPSG:4326")
    return gdf


def _typed(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A copy whose schema date columns (ISO strings, dates or None) are Arrow date32."""
    import pandas as pd
    import pyarrow as pa  # only the GeoPackage and GeoParquet writers need it

    date32 = pd.ArrowDtype(pa.date32())
    frame = gdf.copy()
    for name in frame.columns:
        if (EVENT_COLUMNS.get(name) or PLACE_COLUMNS.get(name)) == "date":
            values = _dates(frame[name].tolist(), name)
            frame[name] = pd.Series(values, index=frame.index, dtype=object).astype(date32)
    return frame


def _dates(values: list[Any], column: str) -> list[dt.date | None]:
    """``[_as_date(v, column) for v in values]``, reading each distinct value once (a
    column repeats a few hundred dates): the same dates, and the same error at the same
    first bad value, since a value that fails is never stored."""
    seen: dict[Any, dt.date | None] = {}
    out: list[dt.date | None] = []
    for value in values:
        try:
            day = seen[value]
        except KeyError:
            day = seen[value] = _as_date(value, column)
        except TypeError:  # unhashable: read as it is
            day = _as_date(value, column)
        out.append(day)
    return out


def _as_date(value: Any, column: str) -> dt.date | None:
    try:
        return as_date(value, what=column)
    except InputError:
        raise OutputError(
            f"column {column!r} holds {value!r}, which is not a date: expected {EXPECTED}"
        ) from None


def _csv_cells(series: pd.Series, kind: str) -> list[str]:
    out = []
    for value in series.tolist():
        cell = json_value(value, kind)
        if cell is None:
            out.append("")
        elif isinstance(cell, bool):
            out.append("true" if cell else "false")
        elif isinstance(cell, (int, float)):
            out.append(repr(cell))
        else:
            out.append(_neutralise(str(cell)))
    return out


def _neutralise(text: str) -> str:
    """Prefix ``'`` to text a spreadsheet would run as a formula (OWASP CSV injection)."""
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text
