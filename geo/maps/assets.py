"""Files a map needs: the runtime script, the basemap, and Leaflet itself.

Maps made by :func:`geo.maps.render.build_map` carry Leaflet inline, from the copy vendored
in ``geo/maps/vendor/`` (:func:`vendor_header`), so they work with no network; with
``cdn=True`` they link it from jsDelivr instead. The older ``inline_assets=DIR`` reads the
files from an npm install (``npm install --prefix DIR leaflet@1.9.3``). :data:`CDN_FILES`
maps every URL folium 0.20 references by default to its file in ``node_modules``; the
browser tests route requests through the same table.
"""

from __future__ import annotations

import base64
import functools
import json
import mimetypes
import re
from importlib import resources
from pathlib import Path

from geo.filecache import kept

__all__ = [
    "CDN_FILES",
    "basemap_payload",
    "country_payload",
    "data_dir",
    "inline_css",
    "inline_header",
    "local_file",
    "node_modules",
    "runtime_css",
    "runtime_js",
    "vendor_header",
]

# URL (folium 0.20 defaults) -> path under node_modules. None: no npm package carries it.
CDN_FILES: dict[str, str | None] = {
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js": "leaflet/dist/leaflet.js",
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css": "leaflet/dist/leaflet.css",
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery/dist/jquery.min.js",
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js":
        "bootstrap/dist/js/bootstrap.bundle.min.js",
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/css/bootstrap.min.css":
        "bootstrap/dist/css/bootstrap.min.css",
    "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css":
        "@fortawesome/fontawesome-free/css/all.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/"
    "leaflet.awesome-markers.js": "leaflet.awesome-markers/dist/leaflet.awesome-markers.js",
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/"
    "leaflet.awesome-markers.css": "leaflet.awesome-markers/dist/leaflet.awesome-markers.css",
    "https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css": None,
    "https://cdn.jsdelivr.net/gh/python-visualization/folium/folium/templates/"
    "leaflet.awesome.rotate.min.css": None,
}
# Any other file of an npm package on jsDelivr (images, fonts): npm/<package>@<version>/<path>.
_JSDELIVR_NPM = re.compile(r"^https://cdn\.jsdelivr\.net/npm/+((?:@[^/@]+/)?[^/@]+)@[^/]+/(.+)$")
_CSS_URL = re.compile(r"url\((['\"]?)(?!data:|https?:|#)([^'\")?#]+)([^'\")]*)\1\)")


def data_dir() -> Path:
    """Folder holding the bundled data: the installed copy or the source tree's data/."""
    package = Path(__file__).resolve().parents[1]  # geo/
    installed = package / "_data"
    return installed if installed.is_dir() else package.parent / "data"


RUNTIME_PARTS = ("map.js", "ui.js")


def runtime_js() -> str:
    """The map runtime: geo/maps/map.js (layers, picking), then ui.js (controls, list)."""
    folder = resources.files("geo.maps")
    return "\n".join(folder.joinpath(name).read_text(encoding="utf-8") for name in RUNTIME_PARTS)


def runtime_css() -> str:
    """The map styles (geo/maps/map.css)."""
    return resources.files("geo.maps").joinpath("map.css").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=2)
def _countries(path: Path | None = None) -> list[tuple[str, list]]:
    """(ISO alpha-2, polygons) per Natural Earth country; rings as (lon, lat) deltas.
    Kept between processes (:func:`geo.filecache.kept`, by the file's and this module's
    bytes): reading the file takes 0.1 s."""
    path = path or data_dir() / "ne_countries.geojson"
    return kept("countries", [path, Path(__file__)], lambda: _read_countries(path))


def _read_countries(path: Path) -> list[tuple[str, list]]:
    collection = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for feature in collection["features"]:
        geometry = feature["geometry"]
        polys = geometry["coordinates"]
        if geometry["type"] == "Polygon":
            polys = [polys]
        polygons = []
        for poly in polys:
            rings = []
            for ring in poly:
                flat, x0, y0 = [], 0, 0
                for lon, lat in ring:
                    x, y = round(lon * 100), round(lat * 100)
                    flat += [x - x0, y - y0]
                    x0, y0 = x, y
                rings.append(flat)
            polygons.append(rings)
        code = str((feature.get("properties") or {}).get("iso_a2") or "").upper()
        out.append((code, polygons))
    return out


def basemap_payload(path: Path | None = None) -> dict[str, list]:
    """Country outlines as ``{"p": polygons}``: rings of (lon, lat) deltas in 1/100 degree.

    Deltas of small integers take half the bytes of GeoJSON coordinates.
    """
    return {"p": [poly for _code, polys in _countries(path) for poly in polys]}


def country_payload(codes: set[str], path: Path | None = None) -> dict[str, list]:
    """The outlines of the countries ``codes`` names (ISO alpha-2), encoded as the basemap's.

    Codes Natural Earth lacks are left out (the map then keeps the dashed circle).
    """
    wanted = {code.upper() for code in codes if code}
    return {code: polys for code, polys in _countries(path) if code in wanted}


@functools.lru_cache(maxsize=1)
def vendor_header() -> str:
    """``<style>`` and ``<script>`` elements holding the vendored Leaflet (see vendor/README.md)."""
    folder = Path(str(resources.files("geo.maps").joinpath("vendor", "leaflet")))
    css = _guarded(inline_css(folder / "leaflet.css"))
    js = _guarded((folder / "leaflet.js").read_text(encoding="utf-8"))
    return f"<style>{css}</style>\n<script>{js}</script>"


def _guarded(text: str) -> str:
    # '</' could close the element early; '<\/' means the same in JS strings and CSS.
    return text.replace("</", "<\\/")


def node_modules(folder: Path | str) -> Path:
    """``folder/node_modules`` when it exists (an ``npm --prefix`` folder), else ``folder``."""
    folder = Path(folder)
    nested = folder / "node_modules"
    return nested if nested.is_dir() else folder


def local_file(url: str, root: Path) -> Path | None:
    """The file under ``root`` (a node_modules folder) that stands for ``url``, if known."""
    if url in CDN_FILES:
        rel = CDN_FILES[url]
        return None if rel is None else root / rel
    match = _JSDELIVR_NPM.match(url.split("?")[0].split("#")[0])
    return root / match.group(1) / match.group(2) if match else None


def inline_css(path: Path) -> str:
    """CSS text with relative ``url(...)`` files (Leaflet's images) embedded as data URIs."""
    css = path.read_text(encoding="utf-8")

    def embed(match: re.Match[str]) -> str:
        target = path.parent / match.group(2)
        if not target.is_file() or target.stat().st_size > 200_000:
            return match.group(0)
        mime = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        data = base64.b64encode(target.read_bytes()).decode("ascii")
        return f'url("data:{mime};base64,{data}")'

    return _CSS_URL.sub(embed, css)


def inline_header(folder: Path, js: list[str], css: list[str]) -> str:
    """``<style>`` and ``<script>`` elements holding the local copies of ``css`` and ``js``.

    Raises
    ------
    FileNotFoundError
        When ``folder`` holds no copy of one of the URLs.
    """
    root = node_modules(folder)

    def read(url: str) -> Path:
        path = local_file(url, root)
        if path is None or not path.is_file():
            raise FileNotFoundError(
                f"Expected {url!r} at {path or root} for inline_assets; run "
                f"'npm install --prefix DIR leaflet@1.9.3' (see tests/assets/package.json)."
            )
        return path

    styles = ["<style>" + _guarded(inline_css(read(url))) + "</style>" for url in css]
    scripts = ["<script>" + _guarded(read(url).read_text(encoding="utf-8")) + "</script>"
               for url in js]
    return "\n".join(styles + scripts)
