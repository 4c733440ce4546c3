"""Headless Chromium that opens maps with no network: CDN files come from node_modules.

Shared by scripts/screenshot.py, bench/map_scale.py and tests/test_browser.py. Requests for a
CDN file folium references are answered from a local npm install (``GEO_NPM_ASSETS``, default
``tests/assets/node_modules``: ``npm ci --prefix tests/assets``); map tiles get a blank 1x1
PNG; every other request is aborted.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import re
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from geo.maps.assets import local_file, node_modules  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
CDN_HOSTS = ("cdn.jsdelivr.net", "code.jquery.com", "netdna.bootstrapcdn.com",
             "cdnjs.cloudflare.com", "unpkg.com")
_TILE = re.compile(r"tile|basemaps|arcgisonline|/\d+/\d+/\d+\.png")
_BLANK_PNG = base64.b64decode(  # 1x1, transparent
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII="
)


def assets_dir() -> Path:
    """node_modules holding leaflet & co: $GEO_NPM_ASSETS or tests/assets/node_modules."""
    return node_modules(os.environ.get("GEO_NPM_ASSETS") or REPO / "tests" / "assets")


def missing_requirements() -> str | None:
    """Why a browser run cannot happen here, or None when Chromium and the assets are there."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (run .ci/browser-setup.sh)"
    if not (assets_dir() / "leaflet" / "dist" / "leaflet.js").is_file():
        return f"npm assets missing in {assets_dir()} (run .ci/browser-setup.sh)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None


def launch(playwright: Any) -> Any:
    """The system Chromium, headless, with no background traffic."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def route_offline(context: Any, root: Path | None = None) -> list[str]:
    """Answer every http(s) request of ``context`` locally; return the list of unserved URLs."""
    root = root or assets_dir()
    unserved: list[str] = []

    def handle(route: Any) -> None:
        url = route.request.url
        host = url.split("/")[2] if url.count("/") >= 2 else ""
        if host in CDN_HOSTS:
            path = local_file(url, root)
            if path is not None and path.is_file():
                mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                route.fulfill(status=200, body=path.read_bytes(), content_type=mime,
                              headers={"Access-Control-Allow-Origin": "*"})
                return
            unserved.append(url)
            route.fulfill(status=404, body="", content_type="text/plain")
        elif _TILE.search(url):
            route.fulfill(status=200, body=_BLANK_PNG, content_type="image/png")
        else:
            unserved.append(url)
            route.abort()

    context.route(re.compile(r"^https?://"), handle)
    return unserved
