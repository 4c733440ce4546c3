"""geo.io.export: every format read back with GDAL (pyogrio), nothing lost, atomic writes."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
from _factories import HOSTILE, ensure_taxonomy, res, sample_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.errors import OutputError
from geo.models import Event, Place, Resolution
from geo.schema import EVENT_COLUMNS, PLACE_COLUMNS

ensure_taxonomy()

from geo.frame import places_frame, to_geodataframe  # noqa: E402
from geo.io import atomic as _atomic  # noqa: E402
from geo.io import export  # noqa: E402

CHECKED = ["id", "event_type", "quote", "actor1", "actor2", "location", "origin",
           "destination", "fatalities", "latitude", "longitude", "event_date", "flags",
           "geo_precision", "confidence", "source", "url"]


@pytest.fixture(scope="module")
def gdf():
    santiago = Place(3871336, "Santiago", "city", -70.64827, -33.45694, "CL", "Santiago")
    extra = Event("clash", "protest", "@SUM(A1) protest in Santiago.", 300, 329,
                  location=Resolution(res("kyiv", "x").mention, santiago, 0.9, "test"),
                  actor1="+1-1", actor2="\ttabbed", article_id="art")
    return to_geodataframe([*sample_events(), extra])


def _plain(value):
    """Cell value as a plain Python object; every kind of missing is None."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (pd.Timestamp, dt.date)):  # dates are typed in GPKG and Parquet
        return value.strftime("%Y-%m-%d")
    return value.item() if hasattr(value, "item") else value


def _rows(df, columns=CHECKED):
    return {_plain(r["id"]): {c: _plain(r[c]) for c in columns} for _, r in df.iterrows()}


def _same(expected, got):
    assert expected.keys() == got.keys()
    for key, row in expected.items():
        for col, value in row.items():
            other = got[key][col]
            if isinstance(value, float):
                assert other == pytest.approx(value), (key, col)
            else:
                assert other == value, (key, col, other, value)


def _reject_constant(token):
    raise AssertionError(f"non-JSON token {token!r} in GeoJSON")


# --- GeoJSON -----------------------------------------------------------------------------


def test_geojson_follows_rfc7946(gdf, tmp_path):
    path = tmp_path / "events.geojson"
    export.write_geojson(gdf, path)
    doc = json.loads(path.read_text("utf-8"), parse_constant=_reject_constant)
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc
    assert len(doc["features"]) == len(gdf)
    types_seen: dict[str, set[str]] = {}
    for feature, row_id in zip(doc["features"], gdf["id"], strict=True):
        assert feature["type"] == "Feature"
        assert feature["id"] == row_id == feature["properties"]["id"]
        geom = feature["geometry"]
        if geom is not None:
            assert geom["type"] in ("Point", "LineString")
            points = [geom["coordinates"]] if geom["type"] == "Point" else geom["coordinates"]
            for lon, lat in points:
                assert -180 <= lon <= 180 and -90 <= lat <= 90
        else:
            assert feature["properties"]["unresolved"] is True
        for key, value in feature["properties"].items():
            if value is not None:
                types_seen.setdefault(key, set()).add(type(value).__name__)
    assert set(feature["properties"]) == set(EVENT_COLUMNS)
    assert all(len(kinds) == 1 for kinds in types_seen.values()), types_seen
    assert types_seen["fatalities"] == {"int"} and types_seen["event_date"] == {"str"}
    assert types_seen["latitude"] == {"float"} and types_seen["unresolved"] == {"bool"}
    assert doc["features"][0]["properties"]["event_date"] == "2024-12-02"
    line = doc["features"][1]["geometry"]
    assert line == {"type": "LineString",
                    "coordinates": [[30.5238, 50.45466], [36.25272, 49.98081]]}


def test_geojson_reads_back_with_gdal(gdf, tmp_path):
    path = tmp_path / "events.geojson"
    export.write_geojson(gdf, path)
    back = pyogrio.read_dataframe(path)
    assert len(back) == len(gdf)
    _same(_rows(gdf), _rows(back))
    assert back.geometry.isna().sum() == gdf.geometry.isna().sum() == 2
    assert back.geometry.iloc[1].equals(gdf.geometry.iloc[1])
    for text in ("=cmd|' /C calc'!A0", "{{ 7*7 }}", "قصف على حلب", "-3.5"):
        assert text in set(back["actor1"]) | set(back["actor2"]) | set(back["source"])
    assert any("</script>" in q and "💥" in q for q in back["quote"])


def test_geojson_is_byte_identical_and_streams_match(gdf, tmp_path):
    first, second = tmp_path / "a.geojson", tmp_path / "b.geojson"
    export.write_geojson(to_geodataframe(sample_events()), first)
    export.write_geojson(to_geodataframe(sample_events()), second)
    assert first.read_bytes() == second.read_bytes()
    export.write_geojson(gdf, first)
    text, raw = io.StringIO(), io.BytesIO()
    export.write_geojson(gdf, text)
    export.write_geojson(gdf, raw)
    assert text.getvalue().encode("utf-8") == raw.getvalue() == first.read_bytes()
    assert "\\u" not in first.read_text("utf-8")  # ensure_ascii=False
    assert b"NaN" not in first.read_bytes() and b"Infinity" not in first.read_bytes()


def test_geojson_passes_ogrinfo(gdf, tmp_path):
    if shutil.which("ogrinfo") is None:
        pytest.skip("ogrinfo is not installed")
    path = tmp_path / "events.geojson"
    export.write_geojson(gdf, path)
    out = subprocess.run(["ogrinfo", "-so", "-al", str(path)], capture_output=True, text=True,
                         check=True)
    assert f"Feature Count: {len(gdf)}" in out.stdout


def test_empty_geojson(tmp_path):
    path = tmp_path / "empty.geojson"
    export.write_geojson(to_geodataframe([]), path)
    assert json.loads(path.read_text()) == {"type": "FeatureCollection", "features": []}
    assert len(pyogrio.read_dataframe(path)) == 0


text_st = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(quote=text_st, actor=text_st)
def test_geojson_round_trips_any_text(tmp_path, quote, actor):
    ev = Event("strike", "hit", quote, 0, len(quote), location=res("kyiv", "Kyiv"),
               actor1=actor, article_id="h")
    frame = to_geodataframe([ev])
    path = tmp_path / "h.geojson"
    export.write_geojson(frame, path)
    props = json.loads(path.read_text("utf-8"))["features"][0]["properties"]
    assert props["quote"] == (quote or None) and props["actor1"] == (actor or None)
    back = pyogrio.read_dataframe(path)
    assert _plain(back["quote"].iloc[0]) == (quote or None)
    assert _plain(back["actor1"].iloc[0]) == (actor or None)


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv", ".parquet"])
def test_hostile_text_survives_every_format(tmp_path, suffix):
    events = [Event("strike", "hit", text, 0, len(text), location=res("kyiv", "Kyiv"),
                    actor1=text, article_id="x") for text in HOSTILE]
    path = export.write_events(to_geodataframe(events), tmp_path / f"h{suffix}")
    if suffix == ".gpkg":
        back = pyogrio.read_dataframe(path, layer="events_points")
    elif suffix == ".parquet":
        back = gpd.read_parquet(path)
    else:
        back = pyogrio.read_dataframe(path)
    expected = HOSTILE
    if suffix == ".csv":  # formula-like cells carry the neutralising quote
        expected = [f"'{t}" if t[0] in "=+-@\t" and t != "-3.5" else t for t in HOSTILE]
    assert back["quote"].tolist() == back["actor1"].tolist() == expected


# --- GeoPackage --------------------------------------------------------------------------


def test_geopackage_layers_hold_every_event(gdf, tmp_path):
    places = places_frame([res("kyiv", "Kyiv"), res(None, "Narnia"), res("idlib", "Idlib")],
                          article_id="art")
    path = tmp_path / "events.gpkg"
    export.write_geopackage(gdf, path, places=places)
    layers = {name: kind for name, kind in pyogrio.list_layers(path)}
    assert layers == {"events_points": "Point", "events_lines": "LineString",
                      "events_unlocated": None, "places": "Point"}
    parts = [pyogrio.read_dataframe(path, layer=name) for name in export.GPKG_LAYERS.values()]
    assert [len(p) for p in parts] == [5, 1, 2]
    assert pyogrio.read_info(path, layer="events_points")["crs"] == "EPSG:4326"
    back = pd.concat(parts, ignore_index=True)
    _same(_rows(gdf), _rows(back))
    assert list(parts[2].columns) == list(EVENT_COLUMNS)  # attribute-only, all columns
    got_places = pyogrio.read_dataframe(path, layer="places")
    assert list(got_places.columns) == [*PLACE_COLUMNS, "geometry"]
    assert got_places["mention"].tolist() == ["Kyiv", "Idlib"]


def test_empty_geopackage_keeps_layer_names(tmp_path):
    path = tmp_path / "empty.gpkg"
    export.write_geopackage(to_geodataframe([]), path)
    assert [name for name, _ in pyogrio.list_layers(path)] == list(export.GPKG_LAYERS.values())


# --- CSV ---------------------------------------------------------------------------------


def test_csv_columns_and_values(gdf, tmp_path):
    path = tmp_path / "events.csv"
    export.write_csv(gdf, path)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    header = list(rows[0])
    assert header == [*EVENT_COLUMNS, "wkt"]  # the names, and meanings, of every format
    assert len(rows) == len(gdf)
    by_id = {r["id"]: r for r in rows}
    assert by_id["art-1"]["quote"] == gdf["quote"].iloc[0]
    assert by_id["art-1"]["acled_event_type"] == gdf["acled_event_type"].iloc[0]
    assert by_id["art-1"]["event_type"] == "strike"
    assert by_id["art-2"]["actor1"] == "'=cmd|' /C calc'!A0"
    assert by_id["art-3"]["actor2"] == "{{ 7*7 }}"
    assert by_id["art-7"]["actor1"] == "'+1-1"
    assert by_id["art-7"]["actor2"] == "'\ttabbed"
    assert by_id["art-7"]["quote"].startswith("'@SUM(A1)")
    assert by_id["art-7"]["longitude"] == "-70.64827"  # numbers are never prefixed
    assert by_id["art-6"]["source"] == "-3.5"
    assert by_id["art-3"]["latitude"] == "" and by_id["art-3"]["wkt"] == ""
    assert by_id["art-1"]["unresolved"] == "false" and by_id["art-3"]["unresolved"] == "true"


def test_csv_reads_back_with_gdal(gdf, tmp_path):
    path = tmp_path / "events.csv"
    export.write_csv(gdf, path)
    back = pyogrio.read_dataframe(path, AUTODETECT_TYPE="YES")
    assert len(back) == len(gdf)
    assert back["id"].tolist() == gdf["id"].tolist()
    assert back.geometry.isna().sum() == 2
    assert back.geometry.iloc[1].equals(gdf.geometry.iloc[1])
    assert back["latitude"].iloc[0] == pytest.approx(gdf["latitude"].iloc[0])


# --- GeoParquet --------------------------------------------------------------------------


def test_parquet_round_trip(gdf, tmp_path):
    path = tmp_path / "events.parquet"
    export.write_parquet(gdf, path)
    back = gpd.read_parquet(path)
    assert list(back.columns) == list(gdf.columns)
    assert back.crs.to_epsg() == 4326
    _same(_rows(gdf), _rows(back))
    assert back.geometry.isna().sum() == 2
    if "Parquet" in pyogrio.list_drivers():
        assert len(pyogrio.read_dataframe(path)) == len(gdf)


def test_parquet_types_all_null_text_as_string(tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "empty.parquet"
    export.write_parquet(to_geodataframe([]), path)
    schema = pq.read_schema(path)
    assert str(schema.field("actor2").type) in ("string", "large_string")
    assert str(schema.field("fatalities").type) == "int64"


# --- dispatch and safety -----------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".geojson", ".json", ".gpkg", ".csv", ".parquet"])
def test_write_events_dispatches_and_loses_nothing(gdf, tmp_path, suffix):
    path = export.write_events(gdf, tmp_path / f"out{suffix}")
    if suffix == ".gpkg":
        count = sum(pyogrio.read_info(path, layer=n)["features"]
                    for n in export.GPKG_LAYERS.values())
    else:
        count = len(pyogrio.read_dataframe(path)) if suffix != ".parquet" else len(
            gpd.read_parquet(path))
    assert count == len(gdf)
    assert os.listdir(tmp_path) == [f"out{suffix}"]  # no temp files left


def test_unknown_suffix_lists_formats(gdf, tmp_path):
    with pytest.raises(OutputError, match=r"suffix '\.xlsx'; expected one of \.csv, \.geojson"):
        export.write_events(gdf, tmp_path / "out.xlsx")


def test_refuses_to_overwrite_an_input(gdf, tmp_path):
    src = tmp_path / "news.json"
    src.write_text('{"text": "x"}')
    with pytest.raises(OutputError, match="refusing to write .*news.json: it is also an input"):
        export.write_events(gdf, tmp_path / "." / "news.json", inputs=[str(src)])
    with pytest.raises(OutputError, match="it is also an input"):
        export.write_events(gdf, src, inputs=[tmp_path])  # a folder input reads news.json
    assert src.read_text() == '{"text": "x"}'


def test_missing_folder(gdf, tmp_path):
    with pytest.raises(OutputError, match=r"folder .*nope does not exist; create it"):
        export.write_events(gdf, tmp_path / "nope" / "out.geojson")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv", ".parquet"])
def test_unwritable_folder(gdf, tmp_path, suffix):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="permission denied; choose a writable folder"):
            export.write_events(gdf, locked / f"out{suffix}")
        assert os.listdir(locked) == []
    finally:
        locked.chmod(0o700)


_AS_NOBODY = """
import sys
sys.path[:0] = [{tests!r}, {root!r}]
from _factories import ensure_taxonomy, sample_events
ensure_taxonomy()
from geo.io import export
from geo.errors import OutputError
from geo.frame import to_geodataframe
gdf = to_geodataframe(sample_events())
for suffix in (".geojson", ".gpkg", ".csv", ".parquet"):
    try:
        export.write_events(gdf, {folder!r} + "/out" + suffix)
    except OutputError as exc:
        print(exc)
"""


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0 or not shutil.which("setpriv"),
                    reason="root only: runs as user nobody through setpriv")
def test_unwritable_folder_as_nobody():
    probe = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c",
         f"import sys; sys.path[:0] = [{os.path.dirname(os.path.dirname(__file__))!r}]; "
         "import geo.io.export"], capture_output=True, timeout=60)
    if probe.returncode:
        pytest.skip("user nobody cannot run this interpreter or read the project (private venv)")
    here = os.path.dirname(os.path.abspath(__file__))
    folder = tempfile.mkdtemp(prefix="geo-locked-")
    os.chmod(folder, 0o755)  # readable by nobody, writable only by root
    try:
        script = _AS_NOBODY.format(tests=here, root=os.path.dirname(here), folder=folder)
        out = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
             "-c", script], capture_output=True, text=True, timeout=60, check=True)
        lines = out.stdout.splitlines()
        assert len(lines) == 4, out.stderr
        assert all("permission denied; choose a writable folder" in line for line in lines)
        assert os.listdir(folder) == []
    finally:
        shutil.rmtree(folder)


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv", ".parquet"])
def test_full_disk_leaves_old_file_and_no_temp(gdf, tmp_path, monkeypatch, suffix):
    target = tmp_path / f"out{suffix}"
    target.write_bytes(b"previous")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(_atomic.os, "fsync", full)
    with pytest.raises(OutputError, match=r"disk full while writing .*out\..*; free some space"):
        export.write_events(gdf, target)
    assert target.read_bytes() == b"previous"
    assert os.listdir(tmp_path) == [target.name]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_full_disk_on_a_stream(gdf):
    with open("/dev/full", "wb", buffering=0) as f:
        with pytest.raises(OutputError, match="disk full while writing GeoJSON /dev/full"):
            export.write_geojson(gdf, f)


def test_error_messages_are_one_line(gdf, tmp_path):
    with pytest.raises(OutputError) as info:
        export.write_events(gdf, tmp_path / "missing" / "x.gpkg")
    assert "\n" not in str(info.value)
