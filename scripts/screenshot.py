"""Save a PNG of a map HTML file as headless Chromium draws it, offline.

    python scripts/screenshot.py MAP.html OUT.png [--width 1200 --height 800]
                                 [--view LAT,LON,ZOOM]

CDN assets are served from the npm install of scripts/offline_browser.py; tiles are blank, so
the picture shows the bundled Natural Earth basemap.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from offline_browser import launch, missing_requirements, route_offline  # noqa: E402


def screenshot(html: Path, out: Path, *, width: int = 1200, height: int = 800,
               view: tuple[float, float, float] | None = None) -> list[str]:
    """Write ``out`` (at ``view`` = lat, lon, zoom if given, else the map's own view).

    Returns the URLs that could not be served locally.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch(p)
        context = browser.new_context(viewport={"width": width, "height": height})
        unserved = route_offline(context)
        page = context.new_page()
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.__geoReady === true", timeout=30_000)
        if view is not None:
            page.evaluate("([lat, lon, zoom]) => { const m = window[document.querySelector("
                          "'.folium-map').id]; m.setView([lat, lon], zoom, {animate: false}); }",
                          list(view))
        page.wait_for_timeout(300)
        page.screenshot(path=str(out))
        browser.close()
    return unserved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("map", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--view", help="LAT,LON,ZOOM to look at (default: the map's own view)")
    args = parser.parse_args()
    reason = missing_requirements()
    if reason:
        sys.exit(f"screenshot: {reason}")
    view = tuple(float(v) for v in args.view.split(",")) if args.view else None
    unserved = screenshot(args.map, args.out, width=args.width, height=args.height, view=view)
    for url in unserved:
        print(f"not served offline: {url}", file=sys.stderr)
    print(args.out)


if __name__ == "__main__":
    main()
