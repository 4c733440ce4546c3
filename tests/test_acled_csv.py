"""One meaning per column name; ACLED's own export columns behind ``--schema acled``."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pyogrio
import pytest
from _factories import sample_events

from geo.cli import main
from geo.errors import OutputError
from geo.frame import to_geodataframe
from geo.io import export
from geo.io.acled import ACLED_COLUMNS
from geo.models import Event
from geo.schema import EVENT_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_7771e2e3acc4b5d4.txt"

# The variables of an ACLED export, in ACLED's order (ACLED codebook).
ACLED_EXPORT = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
]


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _column_values(path: Path, suffix: str) -> tuple[list[str], list]:
    """Field names and event_type values of an output, read back with GDAL."""
    if suffix == ".gpkg":
        frames = [pyogrio.read_dataframe(path, layer=n) for n in export.GPKG_LAYERS.values()]
        return list(frames[2].columns), [v for f in frames for v in f["event_type"]]
    if suffix in (".geojson", ".csv"):
        df = pyogrio.read_dataframe(path)
        return list(df.columns), list(df["event_type"])
    import geopandas as gpd

    df = gpd.read_parquet(path)
    return list(df.columns), list(df["event_type"])


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv", ".parquet"])
def test_event_type_is_the_kind_in_every_format(tmp_path, suffix):
    gdf = to_geodataframe(sample_events())
    path = export.write_events(gdf, tmp_path / f"events{suffix}")
    names, kinds = _column_values(path, suffix)
    assert sorted(kinds) == sorted(gdf["event_type"])
    assert set(kinds) <= {"movement", "strike", "clash", "capture", "displacement", "meeting",
                          "interception", "attack", "protest", "riot"}
    assert "acled_event_type" in names and "geo_event_type" not in names and "notes" not in names
    assert set(EVENT_COLUMNS) <= set(names)


def test_acled_csv_has_exactly_acled_columns(tmp_path):
    assert list(ACLED_COLUMNS) == ACLED_EXPORT
    gdf = to_geodataframe(sample_events())
    path = export.write_events(gdf, tmp_path / "acled.csv", schema="acled")
    with open(path, encoding="utf-8", newline="") as f:
        assert next(csv.reader(f)) == ACLED_EXPORT
    assert len(_csv(path)) == len(gdf)


def _one(kind: str, trigger: str, quote: str, **kw) -> dict[str, str]:
    from _factories import res

    ev = Event(kind, trigger, quote, 0, len(quote), location=res("kharkiv", "Kharkiv"),
               article_id="a", **kw)
    gdf = to_geodataframe([ev])
    return gdf, ev


# (kind, trigger, quote, extra fields) -> ACLED cells expected
ROWS = [
    (("strike", "drone strike", "A drone strike hit Kharkiv.", {}),
     {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
      "disorder_type": "Political violence", "civilian_targeting": ""}),
    (("clash", "fighting", "Fighting in Kharkiv.", {"fatalities": 4}),
     {"event_type": "Battles", "disorder_type": "Political violence", "fatalities": "4"}),
    (("attack", "massacred", "Gunmen massacred villagers in Kharkiv.", {}),
     {"event_type": "Violence against civilians", "disorder_type": "Political violence",
      "civilian_targeting": "Civilian targeting", "fatalities": ""}),
    (("protest", "protested", "Thousands protested in Kharkiv.", {}),
     {"event_type": "Protests", "sub_event_type": "Peaceful protest",
      "disorder_type": "Demonstrations"}),
    (("riot", "rioted", "Rioters burned cars in Kharkiv.", {}),
     {"event_type": "Riots", "sub_event_type": "Violent demonstration",
      "disorder_type": "Demonstrations"}),
    (("riot", "lynched", "A mob lynched a man in Kharkiv.", {}),
     {"event_type": "Riots", "sub_event_type": "Mob violence",
      "disorder_type": "Political violence"}),
    (("meeting", "met", "Leaders met in Kharkiv.", {}),
     {"event_type": "Strategic developments", "disorder_type": "Strategic developments"}),
]


@pytest.mark.parametrize(("event", "want"), ROWS, ids=[r[0][1] for r in ROWS])
def test_acled_cells(tmp_path, event, want):
    import datetime as dt

    kind, trigger, quote, extra = event
    day = dt.date(2024, 11, 27)
    gdf, ev = _one(kind, trigger, quote, event_date=day, time_precision=1, source="AFP",
                   actor1="Police", **extra)
    path = export.write_events(gdf, tmp_path / "a.csv", schema="acled")
    (row,) = _csv(path)
    assert {k: row[k] for k in want} == want
    assert row["event_id_cnty"] == "a-1" and row["event_date"] == "2024-11-27"
    assert row["year"] == "2024" and row["time_precision"] == "1"
    assert row["notes"] == quote and row["location"] == "Kharkiv"
    assert row["country"] == "Ukraine" and row["admin1"] == "Kharkivska"
    assert float(row["latitude"]) == pytest.approx(49.98081) and row["geo_precision"] == "1"
    assert row["source"] == "AFP" and row["actor1"] == "Police"
    # nothing the text does not say is invented
    for empty in ("assoc_actor_1", "inter1", "inter2", "interaction", "iso", "region",
                  "admin2", "admin3", "source_scale", "timestamp"):
        assert row[empty] == "", empty


def test_acled_undated_and_flags_as_tags(tmp_path):
    gdf = to_geodataframe(sample_events())
    path = export.write_events(gdf, tmp_path / "a.csv", schema="acled")
    rows = {r["event_id_cnty"]: r for r in _csv(path)}
    by_id = gdf.set_index("id")
    for rid, row in rows.items():
        assert row["event_date"] == (by_id.at[rid, "event_date"] or "")
        assert row["year"] == (by_id.at[rid, "event_date"] or "")[:4]
        assert row["tags"] == "; ".join(f for f in (by_id.at[rid, "flags"] or "").split(",")
                                       if f)
    assert rows["art-2"]["actor1"] == "'=cmd|' /C calc'!A0"  # formulas are still neutralised


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".parquet"])
def test_acled_schema_needs_csv(tmp_path, suffix):
    gdf = to_geodataframe(sample_events())
    with pytest.raises(OutputError, match="CSV only"):
        export.write_events(gdf, tmp_path / f"a{suffix}", schema="acled")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("command", "extra"), [
    ("events", ["--published", "2024-12-02"]),
    ("batch", ["--published", "2024-12-02"]),
])
def test_cli_schema_acled(tmp_path, capsys, command, extra):
    out = tmp_path / "seed.csv"
    assert main([command, str(SEED), "-o", str(out), "--schema", "acled", *extra]) == 0
    rows = _csv(out)
    assert list(rows[0]) == ACLED_EXPORT and len(rows) > 5
    assert {r["event_type"] for r in rows} <= {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
        "Riots", "Strategic developments"}
    capsys.readouterr()
    assert main(["events", str(SEED), *extra]) == 0
    assert len(json.loads(capsys.readouterr().out)["features"]) >= len(rows)


@pytest.mark.parametrize("args", [
    ["events", str(SEED), "--schema", "acled"],
    ["events", str(SEED), "--schema", "acled", "-o", "x.gpkg"],
    ["batch", str(SEED), "--schema", "acled", "-o", "x.parquet"],
])
def test_cli_schema_acled_refused_for_other_formats(tmp_path, capsys, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("geo: error: ")
    assert "csv" in err.lower() and list(tmp_path.iterdir()) == []


def test_cli_schema_in_a_subprocess(tmp_path):
    out = tmp_path / "a.csv"
    subprocess.run([sys.executable, "-m", "geo.cli", "events", str(SEED), "-o", str(out),
                    "--schema", "acled"], check=True, capture_output=True)
    with open(out, encoding="utf-8", newline="") as f:
        assert next(csv.reader(f)) == ACLED_EXPORT
