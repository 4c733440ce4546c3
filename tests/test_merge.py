"""merge_reports: which pairs of reports become one event, and what the merged row holds."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import LineString, Point

from geo.corpus.merge import merge_reports, same_event
from geo.schema import EVENT_COLUMNS

_DTYPES = {"str": object, "date": object, "int": "Int64", "float": "float64", "bool": "bool"}

KHARKIV = (36.25272, 49.98081)
KYIV = (30.5238, 50.45466)
# ~6 km east of Kharkiv's point (a suburb with its own geonameid) and ~15 km east.
NEAR_KHARKIV = (36.3365, 49.98081)
FAR_KHARKIV = (36.4620, 49.98081)


def row(**over):
    """One event row with every schema column; a strike in Kharkiv on 2 Dec 2024."""
    base = {name: None for name in EVENT_COLUMNS}
    base.update(
        id="a-1", event_type="strike", trigger="struck", event_date="2024-12-02",
        start_date="2024-12-02", end_date="2024-12-02", time_precision=1,
        location="Kharkiv", country_code="UA", latitude=KHARKIV[1], longitude=KHARKIV[0],
        geonameid=706483, place_kind="city", geo_precision=1, uncertainty_km=5.0,
        confidence=0.5, unresolved=False, flags="", article_id="a", quote="Kharkiv was hit.",
        quote_start=0, quote_end=16, report_count=1, sources="Reuters",
        geometry=Point(*KHARKIV),
    )
    if "article_id" in over and "id" not in over:
        over["id"] = f"{over['article_id']}-1"
    base.update(over)
    return base


def frame(rows):
    geoms = [r.get("geometry") for r in rows]
    data = {
        name: pd.Series([r[name] for r in rows], dtype=_DTYPES[kind])
        for name, kind in EVENT_COLUMNS.items()
    }
    return gpd.GeoDataFrame(pd.DataFrame(data), geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"),
                            crs="EPSG:4326")


def day(d, precision=1):
    return {"event_date": d, "start_date": d, "end_date": d, "time_precision": precision}


LINE = LineString([KYIV, KHARKIV])
LINE_KW = {"event_type": "movement", "geometry": LINE, "origin_geonameid": 703448,
           "destination_geonameid": 706483}

PAIRS = [
    # (description, second report's changes (first is row()), merged?)
    ("same place, same day, other article", {"article_id": "b"}, True),
    ("same article", {"id": "a-2"}, False),
    ("other event type", {"article_id": "b", "event_type": "clash"}, False),
    ("one day apart", {"article_id": "b", **day("2024-12-03")}, True),
    ("two days apart", {"article_id": "b", **day("2024-12-04")}, False),
    ("week precision, 6 days apart", {"article_id": "b", **day("2024-12-08", 2)}, True),
    ("week precision, 9 days apart", {"article_id": "b", **day("2024-12-11", 2)}, False),
    ("month precision, 25 days apart", {"article_id": "b", **day("2024-12-27", 3)}, True),
    ("month precision, 40 days apart", {"article_id": "b", **day("2025-01-11", 3)}, False),
    ("span overlaps the day",
     {"article_id": "b", "event_date": "2024-11-28", "start_date": "2024-11-28",
      "end_date": "2024-12-02"}, True),
    ("other town 6 km away", {"article_id": "b", "geonameid": 1, "geometry": Point(*NEAR_KHARKIV)},
     True),
    ("other town 15 km away", {"article_id": "b", "geonameid": 1, "geometry": Point(*FAR_KHARKIV)},
     False),
    ("region around the town",
     {"article_id": "b", "geonameid": 2, "place_kind": "admin1", "geo_precision": 3,
      "geometry": Point(*NEAR_KHARKIV)}, False),
    ("undated, no publication date, same sentence", {"article_id": "b", **day(None, None)},
     True),
    ("undated, no publication date, other sentence",
     {"article_id": "b", **day(None, None), "quote": "Kharkiv was hit again."}, False),
    ("undated, published the next day",
     {"article_id": "b", **day(None, None), "published": "2024-12-03"}, True),
    ("undated, published a week later",
     {"article_id": "b", **day(None, None), "published": "2024-12-09"}, False),
    ("unresolved", {"article_id": "b", "geometry": None, "unresolved": True,
                    "geonameid": None}, False),
    ("negated", {"article_id": "b", "flags": "negated"}, False),
    ("hypothetical", {"article_id": "b", "flags": "approximate,hypothetical"}, False),
    ("line vs point", {"article_id": "b", **LINE_KW, "event_type": "strike"}, False),
]


@pytest.mark.parametrize(("what", "change", "merged"), PAIRS, ids=[p[0] for p in PAIRS])
def test_pairs(what, change, merged):
    a, b = row(), row(**change)
    assert same_event(a, b) is merged
    out = merge_reports(frame([a, b]))
    assert len(out) == (1 if merged else 2)
    assert out["report_count"].tolist() == ([2] if merged else [1, 1])


LINE_PAIRS = [
    ("same origin and destination", {}, True),
    ("other origin", {"origin_geonameid": 1, "geometry": LineString([(24.0, 49.8), KHARKIV])},
     False),
    ("reversed", {"origin_geonameid": 706483, "destination_geonameid": 703448,
                  "geometry": LineString([KHARKIV, KYIV])}, False),
]


@pytest.mark.parametrize(("what", "change", "merged"), LINE_PAIRS, ids=[p[0] for p in LINE_PAIRS])
def test_line_pairs(what, change, merged):
    a, b = row(**LINE_KW), row(**{**LINE_KW, "article_id": "b", **change})
    assert same_event(a, b) is merged


# Two reports with neither a date nor a publication date: (second's changes, merged?).
UNDATED = [
    ("copy", {}, True),
    ("copy, other case and spacing", {"quote": "KHARKIV  was hit"}, True),
    ("copy, curly quotes and dashes", {"quote": "Kharkiv \u2014 was \u201chit\u201d."}, True),
    ("other sentence", {"quote": "Kharkiv was hit hard."}, False),
    ("same sentence, other place",
     {"geonameid": 703448, "geometry": Point(*KYIV), "location": "Kyiv"}, False),
    ("same sentence, other kind", {"event_type": "clash"}, False),
    ("same sentence, same article", {"article_id": "a", "id": "a-2"}, False),
    ("no sentence at all", {"quote": None}, False),
    ("copy, negated", {"flags": "negated"}, False),
    ("copy, one dated the other not", {**day("2024-12-02")}, True),
]


@pytest.mark.parametrize(("what", "change", "merged"), UNDATED, ids=[u[0] for u in UNDATED])
def test_undated_copies_merge_only_as_copies(what, change, merged):
    a = row(**day(None, None))
    b = row(**{"article_id": "b", **day(None, None), **change})
    if what == "no sentence at all":
        a["quote"] = None
    assert same_event(a, b) is merged
    out = merge_reports(frame([a, b]))
    assert out["report_count"].tolist() == ([2] if merged else [1, 1])


def test_accented_copies_merge():
    import unicodedata

    text = "Strikes hit Ḩamāh and Tall Rif‘at."
    a = row(**day(None, None), quote=unicodedata.normalize("NFC", text))
    b = row(article_id="b", **day(None, None), quote=unicodedata.normalize("NFD", text))
    assert same_event(a, b)


def test_syndicated_copies_keep_every_source():
    copies = [row(article_id=f"copy{i}", **day(None, None), sources=name, confidence=c)
              for i, (name, c) in enumerate([("AP", 0.5), ("Yahoo News", 0.5),
                                             ("https://example.org/x", 0.6), ("MSN", 0.5)])]
    out = merge_reports(frame(copies))
    assert len(out) == 1
    assert out["report_count"].tolist() == [4]
    assert out["sources"].iloc[0] == "AP; MSN; Yahoo News; https://example.org/x"
    assert out["article_id"].iloc[0] == "copy2"  # the most confident report anchors


@pytest.mark.parametrize(("published_b", "merged"), [
    ("2024-12-02", True), ("2024-12-03", True), ("2024-12-05", False),
])
def test_undated_reports_merge_by_publication_date(published_b, merged):
    a = row(**day(None, None), published="2024-12-02")
    b = row(article_id="b", **day(None, None), published=published_b)
    assert len(merge_reports(frame([a, b]))) == (1 if merged else 2)


def test_merged_row_keeps_best_report_and_collects_the_rest():
    rows = [
        row(article_id="a", confidence=0.6, sources="Reuters", fatalities=3,
            fatalities_text="three", quote="A strike hit Kharkiv."),
        row(article_id="b", confidence=0.9, sources="AP", fatalities=None,
            quote="Missiles struck Kharkiv on Monday.", flags="approximate"),
        row(article_id="c", confidence=0.7, sources="BBC News; AP", fatalities=5,
            fatalities_text="five people"),
        row(article_id="d", event_type="clash"),
        row(article_id="e", geometry=None, unresolved=True, geonameid=None),
    ]
    out = merge_reports(frame(rows))
    assert out["article_id"].tolist() == ["b", "d", "e"]
    best = out.iloc[0]
    assert best["quote"] == "Missiles struck Kharkiv on Monday."
    assert best["report_count"] == 3
    assert best["sources"] == "AP; BBC News; Reuters"
    assert best["fatalities"] == 5 and best["fatalities_text"] == "five people"
    assert best["fatalities_min"] == 3  # the reports give 3 to 5 dead
    assert pd.isna(out.iloc[1]["fatalities_min"])  # one report: no range
    assert best["flags"] == "approximate,merged"
    assert out["report_count"].dtype == "Int64" and out["fatalities"].dtype == "Int64"
    assert out.crs == "EPSG:4326"


def test_reports_agreeing_on_the_toll_give_no_range():
    rows = [row(article_id="a", fatalities=4), row(article_id="b", fatalities=4),
            row(article_id="c", fatalities=None)]
    out = merge_reports(frame(rows))
    assert out.iloc[0]["fatalities"] == 4 and pd.isna(out.iloc[0]["fatalities_min"])


def test_anchor_does_not_chain():
    # b is within a day of a and of c, but a and c are two days apart: b joins the anchor
    # (the most confident), c stays apart.
    rows = [row(article_id="a", confidence=0.9, **day("2024-12-02")),
            row(article_id="b", confidence=0.5, **day("2024-12-03")),
            row(article_id="c", confidence=0.4, **day("2024-12-04"))]
    out = merge_reports(frame(rows))
    assert out["article_id"].tolist() == ["a", "c"]
    assert out["report_count"].tolist() == [2, 1]


def test_one_report_per_article_in_a_group():
    rows = [row(article_id="a", id="a-1", confidence=0.9), row(article_id="a", id="a-2"),
            row(article_id="b", confidence=0.8)]
    out = merge_reports(frame(rows))
    assert out["id"].tolist() == ["a-1", "a-2"]
    assert out["report_count"].tolist() == [2, 1]


def test_row_order_does_not_change_the_groups():
    rows = [row(article_id=f"x{i}", confidence=0.1 * (i % 4), **day(f"2024-12-0{1 + i % 3}"))
            for i in range(9)]
    forward = merge_reports(frame(rows))
    backward = merge_reports(frame(rows[::-1]))
    key = ["article_id"]
    pd.testing.assert_frame_equal(
        forward.sort_values(key).reset_index(drop=True),
        backward.sort_values(key).reset_index(drop=True),
    )


def test_merging_twice_changes_nothing():
    rows = [row(article_id=a) for a in "abc"]
    once = merge_reports(frame(rows))
    pd.testing.assert_frame_equal(merge_reports(once), once)


def test_empty_and_wrong_input():
    assert len(merge_reports(frame([]))) == 0
    with pytest.raises(TypeError, match="Expected a geopandas.GeoDataFrame"):
        merge_reports(pd.DataFrame())
    with pytest.raises(ValueError, match="missing columns"):
        merge_reports(gpd.GeoDataFrame({"id": ["a"]}, geometry=[Point(0, 0)]))
