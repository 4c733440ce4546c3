"""Dates are typed data in every format GIS tools read: GeoPackage Date, GeoParquet date32,
ISO text in CSV (GDAL detects it as Date), "YYYY-MM-DD" strings in GeoJSON; null stays null."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import subprocess

import geopandas as gpd
import pyarrow.parquet as pq
import pyogrio
import pytest
from _factories import res, sample_events

from geo.frame import places_frame, to_geodataframe
from geo.io import export
from geo.models import Event
from geo.schema import EVENT_COLUMNS

DATES = [name for name, kind in EVENT_COLUMNS.items() if kind == "date"]
DAY = dt.date(2024, 12, 2)


def _events() -> list[Event]:
    """The sample events (every geometry kind, dated and undated) with publication dates."""
    out = []
    for n, ev in enumerate(sample_events()):
        published = None if n % 3 == 2 else DAY - dt.timedelta(days=n)
        out.append(Event(**{**{f: getattr(ev, f) for f in ev.__slots__}, "published": published}))
    return out


FRAMES = {
    "mixed": lambda: to_geodataframe(_events()),
    "all null": lambda: to_geodataframe(sample_events()[1:4]),  # no event has any date
    "empty": lambda: to_geodataframe([]),
}


def test_dates_are_the_four_schema_columns():
    assert DATES == ["event_date", "start_date", "end_date", "published"]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("layer", list(export.GPKG_LAYERS.values()))
def test_geopackage_date_fields(tmp_path, frame, layer):
    gdf = FRAMES[frame]()
    path = tmp_path / "events.gpkg"
    export.write_geopackage(gdf, path, places=places_frame([res("kyiv", "Kyiv")]))
    info = pyogrio.read_info(path, layer=layer)
    types = dict(zip(info["fields"], info["dtypes"]))
    assert {name: types[name] for name in DATES} == dict.fromkeys(DATES, "datetime64[D]")
    assert types["id"] == "object" and types["fatalities"] == "int64"
    if shutil.which("ogrinfo"):
        out = subprocess.run(["ogrinfo", "-so", str(path), layer], capture_output=True,
                             text=True, check=True).stdout
        for name in DATES:
            assert f"{name}: Date (0.0)" in out


@pytest.mark.parametrize("frame", FRAMES)
def test_geopackage_dates_read_back_equal_and_null_stays_null(tmp_path, frame):
    gdf = FRAMES[frame]()
    path = tmp_path / "events.gpkg"
    export.write_geopackage(gdf, path)
    got = {}
    for layer in export.GPKG_LAYERS.values():
        back = pyogrio.read_dataframe(path, layer=layer)
        for _, row in back.iterrows():
            got[row["id"]] = {c: None if row[c] is None or row[c] != row[c]
                              else row[c].date().isoformat() for c in DATES}
    want = {row["id"]: {c: row[c] for c in DATES} for _, row in gdf.iterrows()}
    assert got == want


@pytest.mark.parametrize("frame", FRAMES)
def test_parquet_date32_and_nulls(tmp_path, frame):
    gdf = FRAMES[frame]()
    path = tmp_path / "events.parquet"
    export.write_parquet(gdf, path)
    schema = pq.read_schema(path)
    assert {name: str(schema.field(name).type) for name in DATES} == \
        dict.fromkeys(DATES, "date32[day]")
    table = pq.read_table(path)
    for name in DATES:
        want = [None if v is None else dt.date.fromisoformat(v) for v in gdf[name]]
        assert table.column(name).to_pylist() == want
    assert len(gpd.read_parquet(path)) == len(gdf)


def test_csv_dates_are_iso_and_gdal_types_them(tmp_path):
    gdf = FRAMES["mixed"]()
    path = tmp_path / "events.csv"
    export.write_csv(gdf, path)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row, (_, want) in zip(rows, gdf.iterrows()):
        for name in DATES:
            assert row[name] == (want[name] or "")
    info = pyogrio.read_info(path, AUTODETECT_TYPE="YES")
    types = dict(zip(info["fields"], info["dtypes"]))
    assert types["event_date"] == "datetime64[D]" and types["published"] == "datetime64[D]"


def test_geojson_dates_stay_strings(tmp_path):
    gdf = FRAMES["mixed"]()
    path = tmp_path / "events.geojson"
    export.write_geojson(gdf, path)
    props = [f["properties"] for f in json.loads(path.read_text("utf-8"))["features"]]
    assert [[p[name] for name in DATES] for p in props] == \
        [[row[name] for name in DATES] for _, row in gdf.iterrows()]
    assert any(p["published"] is None for p in props)
    assert all(isinstance(p["event_date"], (str, type(None))) for p in props)


@pytest.mark.parametrize(("value", "ok"), [
    ("2024-12-02", True), (DAY, True), (dt.datetime(2024, 12, 2, 10), True),
    ("2 December", False), ("", True), (None, True),
])
def test_a_date_column_holding_something_else_is_refused(tmp_path, value, ok):
    gdf = to_geodataframe(sample_events()[:1])
    gdf["published"] = [value]
    path = tmp_path / "events.parquet"
    if ok:
        export.write_parquet(gdf, path)
        got = pq.read_table(path).column("published").to_pylist()[0]
        assert got == (None if value in ("", None) else DAY)
    else:
        with pytest.raises(export.OutputError, match="which is not a date: expected YYYY-MM-DD"):
            export.write_parquet(gdf, path)
