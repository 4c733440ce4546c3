"""geo.maps.render without a browser: the folium object and normalised snippets of its HTML."""

from __future__ import annotations

import base64
import json
import re
import zlib
from pathlib import Path

import folium
import geopandas as gpd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from mapframes import HOSTILE_QUOTE, events_frame, hostile_events, places_frame, seed_events
from shapely.geometry import LineString, Point

from geo.errors import OutputError
from geo.frame import UNCERTAINTY_KM
from geo.maps import assets as _mapassets
from geo.maps import data as _mapdata
from geo.maps import render
from geo.maps.render import build_map, save_map
from geo.schema import EVENT_COLUMNS

SEED_LAYERS = ["Movements", "Strikes", "Captures", "Displacement", "Meetings",
               "Interceptions", "Places"]


def normalised(m: folium.Map) -> str:
    return re.sub(r"\s+", " ", m.get_root().render())


def groups(m: folium.Map) -> dict[str, folium.FeatureGroup]:
    return {c.layer_name: c for c in m._children.values() if isinstance(c, folium.FeatureGroup)}


def decoded(arg: str) -> dict:
    """One payload as the browser decodes it (raw-deflated when big)."""
    data = json.loads(arg)
    if isinstance(data, dict) and "z" in data:
        data = json.loads(zlib.decompress(base64.b64decode(data["z"]), -15))
    return data


def payload(group: folium.FeatureGroup) -> dict:
    """The data handed to the runtime for one layer; events' popup text under "t"."""
    (call,) = [c for c in group._children.values() if hasattr(c, "method")]
    if call.method == "addPlaces":
        return decoded(call.args[-1])
    data = decoded(call.args[-2])
    data["r"] = [list(row) for row in zip(*data.pop("c"))]
    # The popup text comes as columns of strings: back to a string table and rows.
    cols = decoded(call.args[-1])["c"]
    strings = sorted({v for col in cols for v in col} | {""}, key=lambda v: v != "")
    index = {v: i for i, v in enumerate(strings)}
    data["t"] = {"s": strings, "r": [[index[v] for v in row] for row in zip(*cols)]}
    return data


def text(data: dict, row: int, field: int) -> str:
    """A popup-only field of an event row (see the text layout in geo/maps/data.py)."""
    return data["t"]["s"][data["t"]["r"][row][field]]


def info(m: folium.Map) -> dict:
    """What the page's finish() call gets: title, legend, labels, date range; and the fit."""
    (call,) = calls(m, "finish")
    return {**decoded(call.args[-1]), "fit": json.loads(call.args[-2])}


def calls(m: folium.Map, method: str) -> list:
    return [c for c in m._children.values() if getattr(c, "method", None) == method]


def test_seed_layers_in_kind_order_with_places_last():
    m = build_map(seed_events())
    assert list(groups(m)) == SEED_LAYERS
    assert all(g.overlay and g.control for g in groups(m).values())
    (control,) = [c for c in m._children.values() if isinstance(c, folium.LayerControl)]
    assert control.options["collapsed"] is False


@pytest.mark.parametrize(("layer", "count"), [
    ("Movements", 3), ("Strikes", 3), ("Captures", 1), ("Displacement", 1),
    ("Meetings", 1), ("Interceptions", 1), ("Places", 12),
])
def test_seed_feature_counts(layer, count):
    assert len(payload(groups(build_map(seed_events()))[layer])["r"]) == count


def test_unresolved_rows_are_left_off_without_error():
    # The seed's one clash has no geometry: no Clashes layer at all.
    frame = seed_events()
    assert frame.geometry.isna().sum() == 1
    assert "Clashes" not in groups(build_map(frame))


def test_children_in_folium_dict():
    names = [c["name"] for c in build_map(seed_events()).to_dict()["children"].values()]
    assert names.count("FeatureGroup") == len(SEED_LAYERS)
    assert "LayerControl" in names and "Geo_finish" in names


def test_html_snippets():
    html = normalised(build_map(seed_events(), title="Seed"))
    assert '"collapsed": false' in html
    assert 'GeoMap.finish(map_' in html and '["2024-11-27","2024-12-01","2024-12-02"]' not in html
    assert '["2024-12-01","2024-12-02"], [[' in html and '{"title":"Seed",' in html
    shown = info(build_map(seed_events(), title="Seed"))
    assert ["Movements", "#1f4e9c", "arrow"] in shown["legend"]
    assert ["Displacement", "#1a9850", "dashed"] in shown["legend"]
    assert shown["range"] == [0, 1]
    # Leaflet alone: none of folium's other CDN assets is referenced.
    assert "Leaflet 1.9.3" in html
    assert "jquery" not in html.lower() and "bootstrap" not in html


def test_view_fits_the_events_not_every_place():
    places = places_frame([dict(mention="U.S.", name="United States", kind="country",
                                lat=39.76, lon=-98.5)])
    html = normalised(build_map(seed_events(), places=places))
    assert info(build_map(seed_events(), places=places))["fit"] == [[32.0, 32.85], [39.92, 53.0]]
    frame = events_frame([dict(event_type="strike", geometry=None, unresolved=True)])
    assert info(build_map(frame, places=places))["fit"] == [[39.26, -99.0], [40.26, -98.0]]
    assert "fitBounds( [[" not in html  # the page fits, leaving room for its panels


def test_rows_carry_precision_size_and_dates():
    data = payload(groups(build_map(seed_events()))["Strikes"])
    s = data["s"]
    idlib_province, hama, idlib_city = data["r"]
    assert idlib_province[0] == [35.9, 36.6]
    # admin1: a dashed circle, no wider than a province; the popup keeps the uncertainty
    assert idlib_province[3] == hama[3] == _mapdata.AREA_DRAW_KM
    assert idlib_city[3] == 0 and idlib_city[4] == 11  # a town: sized circle marker
    assert s[idlib_city[1]] == s[idlib_city[2]] == "2024-12-01"
    assert text(data, 0, 4) == "approximate: somewhere within about 60 km (admin1)"
    assert text(data, 1, 4).startswith("approximate: somewhere within about 70 km")
    movements = payload(groups(build_map(seed_events()))["Movements"])
    iran = movements["r"][1]
    assert iran[0] == [32.0, 53.0, 35.0, 38.0]  # origin then destination, lat/lon
    assert iran[1] == iran[2] == 0  # undated
    assert movements["s"][iran[5]] == "Iran \u2192 Syria"


def test_nullable_dtypes_read_as_missing():
    frame = events_frame([dict(event_type="strike", geometry=Point(38, 35), actor1="A"),
                          dict(event_type="strike", geometry=Point(39, 35))])
    frame["actor1"] = frame["actor1"].astype("string")
    frame["fatalities"] = frame["fatalities"].astype("Int64")
    data = payload(groups(build_map(frame))["Strikes"])
    assert [data["s"][row[11]] for row in data["r"]] == ["A", ""]
    assert [row[4] for row in data["r"]] == [-1, -1]


def test_area_without_uncertainty_gets_default_radius():
    frame = events_frame([dict(event_type="strike", geometry=Point(38, 35), place_kind="country")])
    (row,) = payload(groups(build_map(frame))["Strikes"])["r"]
    # The same default the frame writes into uncertainty_km (geo.frame.UNCERTAINTY_KM).
    assert row[3] == UNCERTAINTY_KM["country"] == 300


def test_hostile_text_only_escaped():
    m = build_map(hostile_events(), title=HOSTILE_QUOTE, cdn=True)
    html = m.get_root().render()
    for raw in ("</script><script>alert(1)", "<img src=x", "onerror=alert(1)>",
                "javascript:alert(1)", "\u2028", "{{ 7*7 }}", "<c>"):
        assert raw not in html
    assert " 49 " not in html and "\\u007b{ 7*7 }}" in html
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)" in html
    # Decoded as the browser decodes it, the text is intact.
    data = payload(groups(m)["Strikes"])
    assert HOSTILE_QUOTE in data["t"]["s"]
    assert text(data, 0, 5) == ""  # javascript: URL dropped
    moves = payload(groups(m)["Movements"])
    assert text(moves, 0, 5) == "https://example.org/a?b=<c>"


def test_quotes_shorten_on_very_big_maps(monkeypatch):
    monkeypatch.setattr(_mapdata, "QUOTE_BUDGET", 40)
    frame = events_frame([dict(event_type="clash", geometry=Point(i, 2), quote="word " * 100)
                          for i in range(4)])
    data = payload(groups(build_map(frame))["Clashes"])
    assert all(len(text(data, i, 3)) <= _mapdata.QUOTE_MIN + 1 for i in range(len(data["r"])))


def test_long_quote_truncated_in_map():
    quote = "word " * 200
    frame = events_frame([dict(event_type="clash", geometry=Point(1, 2), quote=quote)])
    data = payload(groups(build_map(frame))["Clashes"])
    shown = text(data, 0, 3)
    assert len(shown) <= _mapdata.QUOTE_CHARS + 1 and shown.endswith("\u2026")


@pytest.mark.parametrize("frame", [
    events_frame([]),
    gpd.GeoDataFrame(columns=list(EVENT_COLUMNS)),
    events_frame([dict(event_type="strike", geometry=None, unresolved=True)]),
], ids=["empty", "no-geometry-column", "all-unresolved"])
def test_empty_gives_world_map(frame):
    m = build_map(frame)
    html = normalised(m)
    assert groups(m) == {}
    assert "fitBounds( [[" not in html
    assert '"zoom": 2' in html and "center: [20.0, 0.0]" in html
    assert "GeoMap.addBasemap(map_" in html and "GeoMap.finish(map_" in html


def test_unknown_event_type_is_an_error():
    frame = events_frame([dict(event_type="party", geometry=Point(0, 0))])
    with pytest.raises(ValueError, match="'event_type' should be one of .* got 'party'"):
        build_map(frame)


def test_other_crs_is_converted():
    frame = events_frame([dict(event_type="capture", geometry=Point(36.6, 35.9))])
    (row,) = payload(groups(build_map(frame.to_crs(3857)))["Captures"])["r"]
    assert row[0] == pytest.approx([35.9, 36.6])


def test_places_frame_aggregates_mentions():
    places = places_frame([
        dict(mention="Idlib", name="Idlib", kind="city", lat=35.93, lon=36.63, country_code="SY"),
        dict(mention="Idlib city", name="Idlib", kind="city", lat=35.93, lon=36.63,
             country_code="SY"),
        dict(mention="Atlantis", name="Atlantis", kind="city", lat=None, lon=None),
    ])
    data = payload(groups(build_map(seed_events(), places=places))["Places"])
    (row,) = data["r"]
    assert row[:2] == [35.93, 36.63] and row[5] == 2
    assert data["s"][row[6]] == "Idlib city"


def test_big_layers_are_compressed(monkeypatch):
    monkeypatch.setattr(_mapdata, "COMPRESS_ABOVE", 10)
    m = build_map(seed_events())
    (call,) = [c for c in groups(m)["Strikes"]._children.values() if hasattr(c, "method")]
    assert list(json.loads(call.args[-1])) == ["z"]
    assert len(payload(groups(m)["Strikes"])["r"]) == 3


@given(st.text())
def test_script_json_is_inert_and_round_trips(text):
    out = _mapdata.script_json({"t": [text]})
    assert json.loads(out) == {"t": [text]}
    assert not re.search("[<>&\u2028\u2029]|\\{[{%#]", out)


def test_runtime_never_uses_html_sinks():
    js = _mapassets.runtime_js()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in js
    assert not re.search(r"\{[{%#]|</", js + _mapassets.runtime_css())


def test_only_render_imports_folium():
    # render takes folium from _folium, which imports it without pandas
    package = Path(render.__file__).parents[1]  # the whole geo package, every stage
    modules = list(package.rglob("*.py"))

    def importers(pattern: str) -> list[str]:
        return sorted(p.relative_to(package).as_posix() for p in modules
                      if re.search(pattern, p.read_text(), re.M))

    assert importers(r"^\s*(import|from) (folium|branca)\b") == ["maps/_folium.py"]
    assert importers(r"^\s*from geo\.maps\._folium import") == ["maps/render.py"]


def test_leaflet_is_inline_by_default_and_linked_with_cdn():
    html = normalised(build_map(seed_events()))
    assert not re.search(r"<(?:script|link)[^>]*(?:src|href)=\"https?://", html)
    vendored = Path(render.__file__).parent / "vendor" / "leaflet"
    assert "Leaflet 1.9.3" in html and (vendored / "LICENSE").is_file()
    assert 'url("data:image/png;base64,' in html  # the layer control's icon
    linked = normalised(build_map(seed_events(), cdn=True))
    assert re.findall(r'(?:src|href)="(https://[^"]+)"', linked) == [
        "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
        "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"]
    assert "Leaflet 1.9.3" not in linked
    assert len(html) - len(linked) > 140_000


def test_vendored_leaflet_is_the_npm_lockfile_version():
    lock = json.loads((Path(__file__).parent / "assets" / "package-lock.json").read_text())
    assert lock["packages"]["node_modules/leaflet"]["version"] == "1.9.3"
    head = (Path(render.__file__).parent / "vendor" / "leaflet" / "leaflet.js").read_text()
    assert "Leaflet 1.9.3" in head[:200]


def test_inline_assets(tmp_path):
    dist = tmp_path / "node_modules" / "leaflet" / "dist"
    (dist / "images").mkdir(parents=True)
    (dist / "leaflet.js").write_text("window.L = {marker: 'x</script>'};")
    (dist / "leaflet.css").write_text(".a { background: url(images/layers.png); }")
    (dist / "images" / "layers.png").write_bytes(b"\x89PNG")
    html = normalised(build_map(seed_events(), inline_assets=tmp_path))
    assert "cdn.jsdelivr.net" not in html
    assert "window.L = {marker: 'x<\\/script>'};" in html
    assert 'url("data:image/png;base64,iVBORw==")' in html


def test_inline_assets_missing(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"Expected .*leaflet\.css.*npm install"):
        build_map(seed_events(), inline_assets=tmp_path)


def test_local_file_mapping(tmp_path):
    assert _mapassets.local_file(
        "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/images/layers.png", tmp_path
    ) == tmp_path / "leaflet/dist/images/layers.png"
    assert _mapassets.local_file(
        "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/webfonts/a.woff2",
        tmp_path) == tmp_path / "@fortawesome/fontawesome-free/webfonts/a.woff2"
    assert _mapassets.local_file("https://example.org/x.js", tmp_path) is None
    for url in folium.Map.default_js + folium.Map.default_css:
        assert url[1] in _mapassets.CDN_FILES


def test_save_map_is_atomic(tmp_path):
    out = save_map(build_map(seed_events()), tmp_path / "map.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]
    with pytest.raises(OutputError, match="cannot write map .*missing does not exist"):
        save_map(build_map(seed_events()), tmp_path / "missing" / "map.html")


def test_basemap_is_small_and_covers_the_world():
    path = _mapassets.data_dir() / "ne_countries.geojson"
    assert path.stat().st_size < 500_000
    countries = gpd.read_file(path)
    assert len(countries) > 200 and countries.crs.to_epsg() == 4326
    assert {"SY", "IR", "TR", "FR"} <= set(countries["iso_a2"])


def test_line_with_only_one_point_name():
    frame = events_frame([dict(event_type="movement", destination="Ankara",
                               geometry=LineString([(36.29, 33.51), (32.85, 39.92)]))])
    data = payload(groups(build_map(frame))["Movements"])
    assert data["s"][data["r"][0][5]] == "? \u2192 Ankara"


@pytest.mark.parametrize(("dates", "counts", "expected"), [
    (["1973-05-01", "2024-12-01", "2024-12-02", "2024-12-03"], [1, 5, 5, 5], [1, 3]),
    (["2024-12-01", "2024-12-02", "2024-12-03", "2031-01-01"], [5, 5, 5, 1], [0, 2]),
    (["1973-05-01", "2024-12-01", "2024-12-02", "2031-01-01"], [1, 9, 9, 1], [1, 2]),
    (["2024-12-01", "2024-12-02", "2024-12-03", "2031-01-01"], [5, 5, 5, 9], [0, 3]),  # many
    (["2023-01-01", "2024-06-01", "2024-12-01"], [3, 3, 3], [0, 2]),  # evenly spread
    (["1973-05-01", "2024-12-02"], [1, 1], [0, 1]),  # two dates: nothing to set apart
    (["2024-12-01"], [4], [0, 0]),
    ([], [], [0, 0]),
])
def test_default_range_leaves_out_lone_far_dates(dates, counts, expected):
    assert _mapdata.default_range(counts, dates) == expected


@pytest.mark.parametrize(("row", "bits", "words"), [
    (dict(flags="origin_inferred", confidence=0.8), _mapdata.GUESSED_ORIGIN,
     "origin inferred from the previous stop"),
    (dict(flags="place_inferred,place_in_focus", confidence=0.7), _mapdata.GUESSED_PLACE,
     "place inferred (the sentence names none); place taken from the story's focus"),
    (dict(flags="", confidence=0.06), _mapdata.LOW_CONFIDENCE, ""),
    (dict(flags="merged", confidence=0.9, report_count=3), _mapdata.MERGED,
     "merged from several reports"),
    (dict(flags="approximate", confidence=0.9, place_kind="country", country_code="sy"),
     _mapdata.GUESSED_PLACE | _mapdata.COUNTRY, "approximate location"),
])
def test_guesses_are_flagged_for_the_page(row, bits, words):
    frame = events_frame([dict(event_type="strike", geometry=Point(36.6, 35.9), **row)])
    data = payload(groups(build_map(frame))["Strikes"])
    (main,) = data["r"]
    assert main[7] == bits and text(data, 0, 8) == words
    assert main[8] == round(row["confidence"] * 100)
    assert data["s"][main[10]] == ("SY" if row.get("place_kind") == "country" else "")


def test_merged_event_carries_count_and_sources():
    frame = events_frame([dict(event_type="strike", geometry=Point(36.6, 35.9), flags="merged",
                               report_count=3, sources="AP; Reuters", source="AP")])
    data = payload(groups(build_map(frame))["Strikes"])
    assert data["r"][0][9] == 3 and text(data, 0, 9) == "AP; Reuters"


def test_country_outlines_ship_only_for_countries_events_name():
    frame = events_frame([
        dict(event_type="strike", geometry=Point(38, 35), place_kind="country",
             country_code="SY"),
        dict(event_type="strike", geometry=Point(36.3, 33.5), place_kind="city",
             country_code="LB")])
    (call,) = calls(build_map(frame), "addCountries")
    assert list(json.loads(call.args[-1])) == ["SY"]
    assert calls(build_map(seed_events()), "addCountries") == []  # no country codes there


def test_labels_name_event_places_busiest_first():
    labels = info(build_map(seed_events()))["labels"]
    names = [name for _lat, _lon, name, _n in labels]
    assert len(names) == len(set(map(tuple, labels)))
    assert {"Damascus", "Ankara", "Abu Kamal", "Al-Qa'im", "Idlib", "Iran"} <= set(names)
    assert [n for *_, n in labels] == sorted((n for *_, n in labels), reverse=True)
