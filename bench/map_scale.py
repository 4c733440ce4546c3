"""How big and how quick geo's maps are at 1k / 10k / 30k events, beside a naive folium map.

    python bench/map_scale.py [--sizes 1000 10000 30000] [--runs 3] [--keep DIR]
                              [--rev REV] [--no-naive]

For each size a synthetic event frame (fixed seed) is drawn with geo.maps.build_map and,
for comparison, as one folium.GeoJson layer with a tooltip (what ``GeoDataFrame.explore``
does, points as circle markers). Each HTML file is opened offline in headless Chromium
(scripts/offline_browser.py) with its CDN links pointed at file:// copies in node_modules
(see ``localize``). "Ready" is ``window.__geoReadyAt`` for geo's maps (set one frame after
every layer is drawn) and the first animation frame after the load event for the naive map.
Times are medians. With ``--rev REV`` the maps of that git revision (exported to a
temporary folder, built in a subprocess from the same pickled events) are measured in the
same browser run, beside this tree's: a before/after of one run on one machine.
Quotes are random 120-300 character runs of words from the seed article, so they compress
about as well as news text does.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
from shapely.geometry import LineString, Point

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from offline_browser import (  # noqa: E402
    assets_dir,
    launch,
    missing_requirements,
    route_offline,
)

from geo.maps.assets import local_file  # noqa: E402
from geo.maps.render import build_map, save_map  # noqa: E402
from geo.schema import EVENT_COLUMNS  # noqa: E402

ANCHORS = [  # measured earlier at 30,000 events, same machine type
    ("anchor: one folium Marker per event", "23 MB", "18 s"),
    ("anchor: one folium GeoJson layer", "4.5 MB", "1.4 s"),
    ("anchor: FastMarkerCluster", "1.5 MB", "0.2 s"),
]
KINDS = ["movement", "strike", "clash", "capture", "displacement", "meeting", "interception"]
KIND_P = [0.2, 0.25, 0.15, 0.1, 0.1, 0.1, 0.1]


def synthetic_events(n: int, seed: int = 7) -> gpd.GeoDataFrame:
    """``n`` events over the Levant and Iraq with the schema's columns."""
    rng = np.random.default_rng(seed)
    words = re.findall(r"[A-Za-z\u2019'-]+", (REPO / "seeds" / "000_7771e2e3acc4b5d4.txt")
                       .read_text(encoding="utf-8"))
    actors = [f"Armed group {i}" for i in range(40)]
    sources = [f"Agency {i}" for i in range(20)]
    kinds = rng.choice(KINDS, size=n, p=KIND_P)
    # Events happen at gazetteer places: 3,000 of them, some far busier than others.
    pool_lat, pool_lon = rng.uniform(30.0, 38.0, 3000), rng.uniform(34.0, 46.0, 3000)
    pick = np.minimum(rng.zipf(1.3, size=(n, 2)) - 1, 2999)
    lat, lon = pool_lat[pick], pool_lon[pick]
    days = rng.integers(0, 90, size=n)
    rows = []
    for i in range(n):
        kind = str(kinds[i])
        line = kind in ("movement", "interception") or (kind == "displacement" and i % 2)
        area = rng.random() < 0.1
        length = int(rng.integers(120, 300))
        quote = ""
        while len(quote) < length:
            quote += str(rng.choice(words)) + " "
        geom = (LineString([(lon[i, 1], lat[i, 1]), (lon[i, 0], lat[i, 0])]) if line
                else Point(lon[i, 0], lat[i, 0]))
        rows.append({
            "id": f"bench-{i}", "event_type": kind, "trigger": kind,
            "event_date": None if rng.random() < 0.05 else f"2024-{1 + days[i] // 30:02d}-"
                                                          f"{1 + days[i] % 28:02d}",
            "location": f"Place {pick[i, 0]}", "origin": f"Place {pick[i, 1]}" if line else None,
            "destination": f"Place {pick[i, 0]}" if line else None,
            "place_kind": "admin1" if area else "city", "geo_precision": 3 if area else 1,
            "uncertainty_km": 60.0 if area else 2.0,
            "actor1": str(rng.choice(actors)), "actor2": str(rng.choice(actors)),
            "fatalities": int(rng.poisson(3)) if kind in ("strike", "clash") else None,
            "source": str(rng.choice(sources)), "quote": quote.strip(),
            "url": f"https://news.example.org/{i // 5}", "title": f"Report {i // 5}",
            "geometry": geom,
        })
    data = {col: [r.get(col) for r in rows] for col in EVENT_COLUMNS}
    return gpd.GeoDataFrame(data, geometry=[r["geometry"] for r in rows], crs="EPSG:4326")


def naive_map(events: gpd.GeoDataFrame):
    """The straightforward alternative: every event as a feature of one GeoJson layer."""
    import folium

    m = folium.Map(location=[34, 40], zoom_start=6)
    cols = ["event_type", "event_date", "actor1", "source", "quote", "geometry"]
    folium.GeoJson(events[cols].to_json(), name="events", marker=folium.CircleMarker(radius=4),
                   tooltip=folium.GeoJsonTooltip(["event_type", "event_date"])).add_to(m)
    return m


def localize(path: Path) -> None:
    """Point CDN links at file:// copies in node_modules, as a browser with a warm cache.

    Playwright's request routing turns the HTTP cache off, so a naive map's thousands of
    marker icons would each be one round trip through Python: not what a reader sees.
    """
    html = path.read_text(encoding="utf-8")
    for url in sorted(set(re.findall(r'(?:src|href)="(https://[^"]+)"', html))):
        local = local_file(url, assets_dir())
        if local is not None and local.is_file():
            html = html.replace(url, local.as_uri())
        elif "tile" not in url and "openstreetmap" not in url:
            html = html.replace(url, "data:,")
    path.write_text(html, encoding="utf-8")


_BUILD_AT_REV = """
import sys, time
sys.path.insert(0, sys.argv[1])
import pandas as pd
from geo.maps.render import build_map, save_map
events = pd.read_pickle(sys.argv[2])
t0 = time.perf_counter()
save_map(build_map(events), sys.argv[3])
print(time.perf_counter() - t0)
"""


def export_rev(rev: str, folder: Path) -> Path:
    """``rev``'s tree (git archive) in ``folder``; its geo/ package is what gets imported."""
    folder.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "geo", "data"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def build_at_rev(tree: Path, events: gpd.GeoDataFrame, out: Path) -> float:
    """Build and save the map with the geo package of ``tree``; seconds taken."""
    pickled = out.with_suffix(".pkl")
    events.to_pickle(pickled)
    done = subprocess.run([sys.executable, "-c", _BUILD_AT_REV, str(tree), str(pickled),
                           str(out)], capture_output=True, text=True, check=True)
    pickled.unlink()
    return float(done.stdout.split()[-1])


def time_to_ready(browser, path: Path, geo: bool) -> float:
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    route_offline(context)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    if geo:
        page.goto(path.as_uri(), wait_until="commit")
        page.wait_for_function("window.__geoReady === true", timeout=60_000, polling=50)
        ms = page.evaluate("window.__geoReadyAt")
    else:
        page.goto(path.as_uri(), wait_until="load", timeout=120_000)
        ms = page.evaluate("new Promise(r => requestAnimationFrame(() => r(performance.now())))")
    context.close()
    if errors:
        raise RuntimeError(f"{path.name}: page errors {errors[:3]}")
    return ms / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 30000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the HTML files here")
    parser.add_argument("--rev", help="also measure this git revision's maps (before/after)")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive folium map")
    args = parser.parse_args()
    reason = missing_requirements()
    if reason:
        sys.exit(f"map_scale: {reason}")
    from playwright.sync_api import sync_playwright

    folder = args.keep or Path(tempfile.mkdtemp(prefix="geo-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    table = []
    with sync_playwright() as p:
        browser = launch(p)
        tree = export_rev(args.rev, folder / "rev") if args.rev else None
        for n in args.sizes:
            events = synthetic_events(n)
            makers = [("geo.maps.build_map", build_map, True, "geo")]
            if tree is not None:
                makers.insert(0, (f"geo.maps.build_map @ {args.rev}", None, True, "rev"))
            if not args.no_naive:
                makers.append(("naive folium.GeoJson", naive_map, False, "naive"))
            for label, make, geo, stem in makers:
                path = folder / f"{stem}-{n}.html"
                if make is None:
                    build_s = build_at_rev(tree, events, path)
                else:
                    t0 = time.perf_counter()
                    save_map(make(events), path)
                    build_s = time.perf_counter() - t0
                size = path.stat().st_size
                localize(path)
                runs = args.runs if geo or n <= 10_000 else 1  # the naive 30k takes minutes
                ready = statistics.median(time_to_ready(browser, path, geo) for _ in range(runs))
                table.append((f"{label} {n:,}", f"{size / 1e6:.2f} MB",
                              f"{ready:.2f} s", f"{build_s:.2f} s"))
        browser.close()
    rows = [("map", "HTML", "ready in Chromium", "build+save (Python)"), *table,
            *[(a, b, c, "") for a, b, c in ANCHORS]]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip())
    if not args.keep:
        import shutil

        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
