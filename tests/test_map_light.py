"""`geo map` without pandas: the plain table (geo.table) is the frame's columns, and the map
and GeoJSON made from it are the ones made from the frame.

``geo map`` reads events into a :class:`geo.table.Table`; :mod:`geo.frame` builds its
GeoDataFrames from the same table. Each case runs a text of another conflict (and the
hand-made events of ``_factories``, which hold unresolved rows) both ways.
"""

from __future__ import annotations

import io
import math
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from _factories import sample_events

from geo.frame import places_frame, to_geodataframe
from geo.io.geojson import write_geojson
from geo.maps import data as mapdata
from geo.models import Article
from geo.pipeline import analyse
from geo.table import as_table, concat, event_table, places_table

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_7771e2e3acc4b5d4.txt"

TEXTS = [
    ("syria", SEED.read_text(encoding="utf-8")),
    ("ukraine", "Russian missiles struck Kharkiv on Monday, killing three civilians. Ukrainian "
                "troops withdrew from Avdiivka to positions near Pokrovsk."),
    ("gaza", "Israeli airstrikes hit Rafah overnight, killing 12 people, health officials "
             "said. Thousands of families fled from Khan Younis to Deir al-Balah."),
    ("sudan", "The Rapid Support Forces captured Wad Madani on Monday. Clashes with the army "
              "in El Fasher killed 20 people."),
    ("sahel", "Gunmen attacked the village of Xqzabou in northern Burkina Faso on Sunday, "
              "killing five people. Protesters marched in Bamako."),
    ("calm", "The weather was mild and nothing happened."),
]


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _cells(values: list) -> list:
    return [None if _missing(v) else v for v in values]


def _coords(geom) -> list | None:
    if geom is None:
        return None
    return [(geom.x, geom.y)] if geom.geom_type == "Point" else list(geom.coords)


def _same_columns(table, frame) -> None:
    assert list(table.columns) == [c for c in frame.columns if c != "geometry"]
    for name, values in table.columns.items():
        assert values == _cells(frame[name].tolist()), name
        assert [type(v) for v in values] == [type(v) for v in _cells(frame[name].tolist())], name
    assert [None if g is None else list(g) for g in table.geometry] == \
        [_coords(g) for g in frame.geometry]


@pytest.fixture(scope="module")
def analysed() -> dict:
    out = {}
    for name, text in TEXTS:
        places, events = analyse(Article(text=text, id=name), published="2024-12-02")
        out[name] = (places, events)
    out["factories"] = ([], sample_events())
    return out


CASES = [name for name, _ in TEXTS] + ["factories"]


@pytest.mark.parametrize("case", CASES)
def test_event_table_is_the_frames_columns(analysed, case):
    events = analysed[case][1]
    _same_columns(event_table(events), to_geodataframe(events))


@pytest.mark.parametrize("case", CASES)
def test_places_table_is_the_frames_columns(analysed, case):
    places = analysed[case][0]
    _same_columns(places_table(places, article_id=case), places_frame(places, article_id=case))


@pytest.mark.parametrize("case", CASES)
def test_map_and_geojson_of_the_table_are_the_frames(analysed, case):
    places, events = analysed[case]
    table, frame = event_table(events), to_geodataframe(events)
    found = concat([places_table(places, article_id=case), places_table([], article_id="x")])
    assert mapdata.event_payloads(table) == mapdata.event_payloads(frame)
    assert mapdata.place_payload(found, table) == mapdata.place_payload(
        places_frame(places, article_id=case), frame)
    assert mapdata.place_payload(None, table) == mapdata.place_payload(None, frame)
    texts = []
    for source in (table, frame, as_table(frame)):
        out = io.StringIO()
        write_geojson(source, out)
        texts.append(out.getvalue())
    assert texts[0] == texts[1] == texts[2]


def test_geo_map_loads_no_data_frame_library(tmp_path):
    article = tmp_path / "kharkiv.txt"
    article.write_text(TEXTS[1][1], encoding="utf-8")
    code = (
        "import sys\n"
        "from geo.cli import main\n"
        f"status = main(['map', {str(article)!r}, '--published', '2024-12-02', "
        f"'-o', {str(tmp_path / 'out')!r} + '/'])\n"
        "assert status == 0, status\n"
        "print(sorted(m for m in ('pandas', 'geopandas', 'pyproj') if m in sys.modules))\n"
        # folium, imported without pandas, still tells a DataFrame once pandas is loaded
        "import folium.utilities, numpy, pandas\n"
        "frame = pandas.DataFrame([[50.0, 36.2]])\n"
        "assert isinstance(folium.utilities.if_pandas_df_convert_to_numpy(frame), "
        "numpy.ndarray)\n"
        "assert folium.utilities.validate_location(frame) == [50.0, 36.2]\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1] == "[]"
    assert (tmp_path / "out" / "kharkiv.html").is_file()
    assert (tmp_path / "out" / "kharkiv.geojson").is_file()
