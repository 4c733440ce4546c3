"""Event frames for the map tests, built in code with the schema's columns.

``python tests/mapframes.py seed OUT.html`` writes the seed article's map (README screenshot).
"""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd
from shapely.geometry import LineString, Point

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.schema import EVENT_COLUMNS, PLACE_COLUMNS  # noqa: E402

SEED_URL = "https://www.matzav.com/iranian-backed-iraqi-militias-deploy-to-syria/"
HOSTILE_QUOTE = (
    "</script><script>alert(1)</script> <img src=x onerror=alert(1)> {{ 7*7 }} "
    "`${alert(1)}` \"quoted\" 'single' & \u2028 done"
)


def events_frame(rows: list[dict]) -> gpd.GeoDataFrame:
    """A frame with exactly EVENT_COLUMNS + geometry (EPSG:4326); missing values are None."""
    data = {col: [row.get(col) for row in rows] for col in EVENT_COLUMNS}
    geometry = [row.get("geometry") for row in rows]
    return gpd.GeoDataFrame(data, geometry=geometry, crs="EPSG:4326")


def places_frame(rows: list[dict]) -> gpd.GeoDataFrame:
    """A places frame with exactly PLACE_COLUMNS (+ point geometry from lat/lon)."""
    data = {col: [row.get(col) for row in rows] for col in PLACE_COLUMNS}
    geometry = [Point(r["lon"], r["lat"]) if r.get("lat") is not None else None for r in rows]
    return gpd.GeoDataFrame(data, geometry=geometry, crs="EPSG:4326")


def _line(origin: tuple[float, float], dest: tuple[float, float]) -> LineString:
    """A LineString from (lat, lon) pairs (the frame stores lon, lat)."""
    return LineString([(origin[1], origin[0]), (dest[1], dest[0])])


def _pt(lat: float, lon: float) -> Point:
    return Point(lon, lat)


def seed_events() -> gpd.GeoDataFrame:
    """The events of seeds/000_7771e2e3acc4b5d4.txt, resolved by hand."""
    base = {"article_id": "000_7771e2e3acc4b5d4", "url": SEED_URL, "report_count": 1,
            "title": "Iranian-backed Iraqi militias deploy to Syria", "confidence": 0.8,
            "unresolved": False, "flags": ""}
    rows = [
        dict(event_type="movement", trigger="crossed", event_date="2024-12-01",
             origin="Al-Qa'im", destination="Abu Kamal", location="Abu Kamal",
             geometry=_line((34.39, 40.955), (34.45, 40.92)), place_kind="city",
             geo_precision=1, uncertainty_km=5.0, actor1="Iraqi militias",
             source="Syria Observatory for Human Rights",
             quote="Some 200 Iraqi militants on pickup trucks crossed into Syria overnight on "
                   "Sunday through the strategic Al-Qa\u2019im border crossing, near Abu Kamal "
                   "in Deir ez-Zor Province, said the Syria Observatory for Human Rights."),
        dict(event_type="movement", trigger="dispatched", origin="Iran", destination="Syria",
             location="Syria", geometry=_line((32.0, 53.0), (35.0, 38.0)),
             place_kind="country", geo_precision=3, uncertainty_km=250.0,
             actor1="Islamic Revolutionary Guard Corps", source="Sky News Arabia",
             quote="Moreover, Iran had dispatched dozens of fighters from Shi\u2019ite militias "
                   "and the Islamic Revolutionary Guard Corps to Syria by air."),
        dict(event_type="meeting", trigger="met", event_date="2024-12-01", location="Damascus",
             geometry=_pt(33.51, 36.29), place_kind="city", geo_precision=1,
             actor1="Abbas Araghchi", actor2="Bashar Assad",
             quote="Iran\u2019s Foreign Minister Abbas Araghchi met with Assad in Damascus on "
                   "Sunday and reaffirmed Tehran\u2019s full backing for the Syrian regime."),
        dict(event_type="movement", trigger="arrived", event_date="2024-12-02",
             origin="Damascus", destination="Ankara", location="Ankara",
             geometry=_line((33.51, 36.29), (39.92, 32.85)), place_kind="city",
             geo_precision=1, actor1="Abbas Araghchi",
             quote="The top diplomat later arrived in Ankara to discuss developments in Syria."),
        dict(event_type="strike", trigger="airstrikes", location="Idlib", admin1="Idlib",
             geometry=_pt(35.9, 36.6), place_kind="admin1", geo_precision=3,
             uncertainty_km=60.0, actor1="Syrian and Russian air forces", fatalities=24,
             fatalities_text="dozens", event_date="2024-12-01",
             quote="Meanwhile, dozens were killed in Syrian and Russian airstrikes on insurgent "
                   "positions in Idlib and Hama provinces, located south and southwest of Aleppo."),
        dict(event_type="strike", trigger="airstrikes", location="Hama", admin1="Hama",
             geometry=_pt(35.2, 37.0), place_kind="admin1", geo_precision=3,
             uncertainty_km=70.0, actor1="Syrian and Russian air forces",
             event_date="2024-12-01",
             quote="Meanwhile, dozens were killed in Syrian and Russian airstrikes on insurgent "
                   "positions in Idlib and Hama provinces, located south and southwest of Aleppo."),
        dict(event_type="strike", trigger="killed", location="Idlib", geometry=_pt(35.93, 36.63),
             place_kind="city", geo_precision=1, fatalities=11, fatalities_text="11 civilians",
             source="Syria Observatory for Human Rights", event_date="2024-12-01",
             quote="The Syria Observatory for Human Rights reported that 11 civilians were "
                   "killed in Idlib, with dozens more injured."),
        dict(event_type="displacement", trigger="fled", origin="Tel Rifaat",
             destination="northeastern Syria", location="northeastern Syria",
             geometry=_line((36.47, 37.09), (36.6, 40.5)), place_kind="region",
             geo_precision=3, uncertainty_km=120.0, actor1="Syrian Kurds", source="AP",
             event_date="2024-12-02",
             quote="AP reported that U.S.-backed Syrian Kurds fled in large numbers from Tel "
                   "Rifaat, a city north of Aleppo, which was seized by Turkish-backed "
                   "insurgents."),
        dict(event_type="capture", trigger="seized", location="Tel Rifaat",
             geometry=_pt(36.47, 37.09), place_kind="city", geo_precision=1,
             actor1="Turkish-backed insurgents", source="AP", event_date="2024-12-02",
             quote="Tel Rifaat, a city north of Aleppo, which was seized by Turkish-backed "
                   "insurgents."),
        dict(event_type="interception", trigger="intercepted", origin="Syria",
             destination="Tehran", location="Tehran",
             geometry=_line((35.0, 38.0), (35.69, 51.42)), place_kind="city", geo_precision=1,
             actor1="Israeli Air Force", actor2="Iranian plane", event_date="2024-12-01",
             quote="On Sunday night, Israeli fighter jets intercepted an Iranian plane over "
                   "Syria suspected to be transporting weapons to Hezbollah, forcing it to "
                   "return to Tehran."),
        dict(event_type="clash", trigger="assault", location="Aleppo",
             geometry=None, unresolved=True, event_date="2024-11-27",
             quote="The rebels\u2019 surprise attack against Assad\u2019s forces in Aleppo on "
                   "Nov. 27 took place the same day the ceasefire in Lebanon went into effect."),
    ]
    for n, row in enumerate(rows):
        row.setdefault("id", f"000_7771e2e3acc4b5d4-{n}")
        for key, value in base.items():
            row.setdefault(key, value)
    return events_frame(rows)


def hostile_events() -> gpd.GeoDataFrame:
    """Two events whose every text field is an injection attempt."""
    hostile = {key: HOSTILE_QUOTE for key in ("actor1", "actor2", "source", "location",
                                              "title", "date_text", "fatalities_text")}
    rows = [
        dict(hostile, id="evil-0", event_type="strike", event_date="2024-12-01",
             geometry=_pt(35.9, 36.6), quote=HOSTILE_QUOTE, fatalities=3,
             url="javascript:alert(1)", place_kind="city", geo_precision=1),
        dict(hostile, id="evil-1", event_type="movement", event_date="2024-12-03",
             geometry=_line((33.5, 36.3), (36.2, 37.1)), quote=HOSTILE_QUOTE,
             origin=HOSTILE_QUOTE, destination="</script>", url="https://example.org/a?b=<c>",
             place_kind="city", geo_precision=1),
    ]
    return events_frame(rows)


def main(argv: list[str]) -> None:
    from geo.maps.render import build_map, save_map

    if len(argv) != 2 or argv[0] != "seed":
        raise SystemExit("usage: python tests/mapframes.py seed OUT.html")
    m = build_map(seed_events(), title="Iraqi militias deploy to Syria (seed article)")
    print(save_map(m, argv[1]))


if __name__ == "__main__":
    main(sys.argv[1:])
