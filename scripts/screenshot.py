"""Save a PNG of a map HTML file as headless Chromium draws it, offline.

    python scripts/screenshot.py MAP.html OUT.png [--width 1200 --height 800]

CDN assets are served from the npm install of scripts/offline_browser.py; tiles are blank, so
the picture shows the bundled Natural Earth basemap.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from offline_browser import launch, missing_requirements, route_offline  # noqa: E402


def screenshot(html: Path, out: Path, *, width: int = 1200, height: int = 800) -> list[str]:
    """Write ``out``; return the URLs that could not be served locally."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch(p)
        context = browser.new_context(viewport={"width": width, "height": height})
        unserved = route_offline(context)
        page = context.new_page()
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.__geoReady === true", timeout=30_000)
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
    args = parser.parse_args()
    reason = missing_requirements()
    if reason:
        sys.exit(f"screenshot: {reason}")
    unserved = screenshot(args.map, args.out, width=args.width, height=args.height)
    for url in unserved:
        print(f"not served offline: {url}", file=sys.stderr)
    print(args.out)


if __name__ == "__main__":
    main()
