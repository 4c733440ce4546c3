"""`geo places` names the article of each mention; the GPKG places layer has every field
`geo places --json` has, with the same values."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pyogrio
import pytest

from geo.schema import PLACE_COLUMNS

ARTICLES = {
    "a.txt": "Russian drones struck Kharkiv on Sunday. Officials in Kyiv condemned it.",
    "b.txt": "Protesters marched in Nairobi and Mombasa on Tuesday.",
    "c.txt": "Nothing happened in Lyon.",
}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo.cli", *args], capture_output=True,
                          text=True, timeout=300, check=True)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _table(out: str) -> list[list[str]]:
    lines = out.splitlines()
    return [line.split() for line in lines]


@pytest.mark.parametrize(("inputs", "many"), [(["a.txt"], False), (["."], True)])
def test_table_has_an_article_column_for_several_articles(folder, inputs, many):
    paths = [str(folder / i) for i in inputs]
    records = json.loads(run("places", *paths, "--json").stdout)
    table = _table(run("places", *paths).stdout)
    assert (table[0][0] == "article") is many
    rows = table[1:]
    assert len(rows) == len(records) > 0
    for row, rec in zip(rows, records):
        if many:
            assert row[0] == rec["article_id"]
            row = row[1:]
        assert row[0] == rec["mention"].split()[0]
        assert int(row[1]) == rec["start"]
    if many:
        assert {r["article_id"] for r in records} == {"a", "b", "c"}


def test_geopackage_places_layer_has_every_json_field(folder, tmp_path):
    records = json.loads(run("places", str(folder), "--json").stdout)
    out = tmp_path / "e.gpkg"
    run("events", str(folder), "-o", str(out))
    layer = pyogrio.read_dataframe(out, layer="places")
    assert set(records[0]) <= set(layer.columns)
    assert list(layer.columns) == [*PLACE_COLUMNS, "geometry"]
    assert list(PLACE_COLUMNS) == list(records[0])  # the same fields, in the same order
    got = layer.to_dict("records")
    assert len(got) == len(records)
    for rec, row in zip(records, got):
        for key, value in rec.items():
            other = row[key]
            if isinstance(value, float):
                assert other == pytest.approx(value, abs=1e-5), key
            elif value in (None, "") or (isinstance(other, float) and math.isnan(other)):
                assert value in (None, "") and (other in (None, "") or other != other), key
            else:
                assert other == value, (key, other, value)
    assert "PPLC" in {r["feature_code"] for r in got}  # Kyiv and Nairobi are capitals
    assert all(r["population"] > 0 for r in got if r["kind"] == "city")
