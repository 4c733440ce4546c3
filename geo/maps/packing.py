"""Script-safe JSON, deflated when large, and the packed basemap (standard library only).

Kept apart from :mod:`geo.maps.data` (which loads pandas and the event code) so that
``geo map`` can start packing the basemap on a thread (:func:`prefetch_basemap`) before it
imports the rest: zlib releases the GIL, so the deflate, the largest cost of drawing a map,
runs on the other core while the main thread imports and analyses; once done, the packed
basemap is kept between processes (:func:`geo.filecache.kept`).
"""

from __future__ import annotations

import base64
import functools
import json
import re
import threading
import zlib
from pathlib import Path
from typing import Any

from geo.filecache import kept
from geo.maps import assets

__all__ = ["COMPRESS_ABOVE", "basemap_script", "pack_text", "prefetch_basemap", "safe_json"]

COMPRESS_ABOVE = 20_000
"""Layers whose JSON is larger than this are shipped raw-deflated and base64-encoded."""

# Characters that could end a <script> element, open an HTML comment, break a JS string
# (U+2028/9 before ES2019) or open a Jinja block if the text is ever parsed as a template.
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                  "\u2028": "\\u2028", "\u2029": "\\u2029"}
_UNSAFE_RE = re.compile("[<>&\u2028\u2029]|\\{(?=[{%#])")


def compact_json(obj: Any) -> str:
    """``obj`` as JSON without spaces or ASCII escapes; NaN is refused."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def safe_json(text: str) -> str:
    """Compact JSON text made safe inside ``<script>`` and inert for Jinja."""
    # In compact JSON every '<', '>', '&' and every '{' followed by '{', '%' or '#' lies
    # inside a string, where a \\u escape decodes back to the same character.
    return _UNSAFE_RE.sub(lambda m: _SCRIPT_UNSAFE.get(m.group(), "\\u007b"), text)


def pack_text(text: str, limit: int) -> str:
    """Compact JSON ``text`` made script-safe; above ``limit`` characters as
    ``{"z": base64}`` of its raw deflate (the runtime inflates it with the browser's
    DecompressionStream("deflate-raw"))."""
    if len(text) <= limit:
        return safe_json(text)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = packer.compress(text.encode("utf-8")) + packer.flush()
    return safe_json(compact_json({"z": base64.b64encode(raw).decode("ascii")}))


_BASEMAP_LOCK = threading.Lock()


@functools.lru_cache(maxsize=2)
def _basemap_script(limit: int) -> str:
    # Kept between processes (geo.filecache.kept): deflating it alone takes 0.1 s. Its
    # inputs: the outlines' file, the modules that read and pack it, zlib's version.
    inputs = [assets.data_dir() / "ne_countries.geojson", Path(assets.__file__),
              Path(__file__), zlib.ZLIB_RUNTIME_VERSION, limit]
    return kept("basemap", inputs,
                lambda: pack_text(compact_json(assets.basemap_payload()), limit))


def basemap_script(limit: int = COMPRESS_ABOVE) -> str:
    """The bundled country outlines packed as :func:`geo.maps.data.pack` packs a layer;
    computed once per process (waits for :func:`prefetch_basemap` when it is under way)."""
    with _BASEMAP_LOCK:
        return _basemap_script(limit)


def _prefetch() -> None:
    try:
        basemap_script()
    except Exception:  # noqa: BLE001 - the map's own call raises it again, on the main thread
        pass


def prefetch_basemap() -> None:
    """Start :func:`basemap_script` on a thread; the map build later takes its result.

    The result is the same as computed on the main thread: the thread only fills the cache.
    """
    threading.Thread(target=_prefetch, name="geo-basemap").start()
