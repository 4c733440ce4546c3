"""geo.frame: the event table's schema, geometry and derived columns."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from _factories import ensure_taxonomy, res, sample_events

from geo.models import Event
from geo.schema import EVENT_COLUMNS, PLACE_COLUMNS

ensure_taxonomy()

from geo import frame  # noqa: E402
from geo.events import taxonomy  # noqa: E402

EXPECTED_DTYPES = {"str": "object", "date": "object", "int": "Int64", "float": "float64",
                   "bool": "bool"}


@pytest.fixture(scope="module")
def gdf():
    return frame.to_geodataframe(sample_events())


def _check_schema(df, columns):
    assert list(df.columns) == [*columns, "geometry"]
    assert df.crs.to_epsg() == 4326
    for name, kind in columns.items():
        assert str(df[name].dtype) == EXPECTED_DTYPES[kind], name
    assert df.geometry.name == "geometry"


@pytest.mark.parametrize("events", [[], sample_events()], ids=["empty", "sample"])
def test_schema_and_dtypes_are_stable(events):
    _check_schema(frame.to_geodataframe(events), EVENT_COLUMNS)


def test_empty_places_frame_has_schema():
    _check_schema(frame.places_frame([]), PLACE_COLUMNS)
    _check_schema(frame.empty_frame(PLACE_COLUMNS), PLACE_COLUMNS)


def test_ids_count_per_article_in_input_order(gdf):
    assert gdf["id"].tolist() == [f"art-{n}" for n in range(1, 7)] + ["doc-1"]


@pytest.mark.parametrize(
    ("row", "geom_type", "coords"),
    [
        (0, "Point", [(36.25272, 49.98081)]),
        (1, "LineString", [(30.5238, 50.45466), (36.25272, 49.98081)]),
        (2, None, None),
        (3, "Point", [(32.0, 49.0)]),
        (4, "Point", [(37.16117, 36.20124)]),  # destination unresolved: point at origin
        (5, "Point", [(36.6, 35.9)]),
        (6, None, None),
    ],
)
def test_geometry(gdf, row, geom_type, coords):
    geom = gdf.geometry.iloc[row]
    if geom_type is None:
        assert geom is None
        assert bool(gdf["unresolved"].iloc[row])
        assert "unresolved" in gdf["flags"].iloc[row].split(",")
        assert pd.isna(gdf["latitude"].iloc[row])
    else:
        assert geom.geom_type == geom_type
        assert list(geom.coords) == coords
        assert not gdf["unresolved"].iloc[row]


@pytest.mark.parametrize(
    ("row", "location", "origin", "destination", "precision", "km", "flags"),
    [
        (0, "Kharkiv", None, None, 1, 5.0, None),
        (1, "Kharkiv", "Kyiv", "Kharkiv", 1, 5.0, None),
        (2, "Narnia", None, None, None, None, "hypothetical,unresolved"),
        (3, "Ukraine", None, None, 3, 300.0, "approximate"),
        (4, "حلب", "حلب", "Gondor", 1, 5.0, None),
        (5, "Idlib", None, None, 3, 100.0, "negated,approximate"),
        (6, None, None, None, None, None, "unresolved"),
    ],
)
def test_place_columns(gdf, row, location, origin, destination, precision, km, flags):
    r = gdf.iloc[row]
    assert r["location"] == location
    assert r["origin"] == origin
    assert r["destination"] == destination
    assert (None if pd.isna(r["geo_precision"]) else r["geo_precision"]) == precision
    assert (None if math.isnan(r["uncertainty_km"]) else r["uncertainty_km"]) == km
    assert r["flags"] == flags


def test_copied_columns(gdf):
    first = gdf.iloc[0]
    assert first["event_type"] == "strike"
    assert first["event_date"] == "2024-12-02"
    assert first["time_precision"] == 1
    assert first["fatalities"] == 3
    assert first["report_count"] == 1
    assert first["sources"] == first["source"] == "Reuters"
    assert first["country_code"] == "UA"
    assert first["geonameid"] == 706483
    line = gdf.iloc[1]
    assert (line["origin_geonameid"], line["destination_geonameid"]) == (703448, 706483)
    assert pd.isna(gdf["geonameid"].iloc[4])  # curated place without a GeoNames id
    assert gdf["admin1"].iloc[3] is None  # '' becomes None
    assert gdf["fatalities"].iloc[5] == 0  # zero is not missing


def test_taxonomy_columns_come_from_geo_taxonomy(gdf):
    events = sample_events()
    for i, event in enumerate(events):
        acled, sub = taxonomy.acled_for(event)
        assert gdf["acled_event_type"].iloc[i] == (acled or None)
        assert gdf["sub_event_type"].iloc[i] == (sub or None)
        assert gdf["cameo_code"].iloc[i] == (taxonomy.cameo_for(event) or None)


def test_places_frame_skips_abstentions():
    pf = frame.places_frame(
        [res("kyiv", "Kyiv", 4), res(None, "Narnia", 20), res("ukraine", "Ukraine", 40)],
        article_id="a1",
    )
    _check_schema(pf, PLACE_COLUMNS)
    assert pf["mention"].tolist() == ["Kyiv", "Ukraine"]
    assert pf["start"].tolist() == [4, 40]
    assert pf["article_id"].tolist() == ["a1", "a1"]
    assert [(g.x, g.y) for g in pf.geometry] == [(30.5238, 50.45466), (32.0, 49.0)]


@pytest.mark.parametrize("bad", [None, "strike", {"kind": "strike"}])
def test_rejects_non_events(bad):
    with pytest.raises(TypeError, match="Expected a geo.models.Event, instead got"):
        frame.to_geodataframe([bad])


def test_movement_with_only_location_gets_point():
    ev = Event("movement", "arrived", "They arrived in Kyiv.", 0, 21,
               location=res("kyiv", "Kyiv", 16))
    out = frame.to_geodataframe([ev])
    assert out.geometry.iloc[0].geom_type == "Point"
    assert out["location"].iloc[0] == "Kyiv"


@pytest.mark.parametrize(("flags", "precision"), [
    ((), 1), (("place_inferred",), 1), (("place_inferred", "place_in_focus"), 3),
])
def test_a_place_in_focus_is_known_to_the_region_at_best(flags: tuple, precision: int) -> None:
    quote = "Clashes continued through the night."
    event = Event("clash", "Clashes", quote, 0, len(quote), location=res("kharkiv", "Kharkiv"),
                  flags=flags)
    row = frame.to_geodataframe([event]).iloc[0]
    assert row["geo_precision"] == precision
    assert row["uncertainty_km"] == (100.0 if precision == 3 else 5.0)
    assert ("place_inferred" in (row["flags"] or "")) == bool(flags)
