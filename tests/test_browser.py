"""The map in headless Chromium, offline: layers, popups, escaping, time filter, arrows.

Needs /usr/bin/chromium and the npm assets (``bash .ci/browser-setup.sh``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from mapframes import HOSTILE_QUOTE, events_frame, hostile_events, seed_events
from shapely.geometry import Point

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from offline_browser import (  # noqa: E402
    CDN_HOSTS,
    assets_dir,
    launch,
    missing_requirements,
    route_offline,
)

from geo.maps import data as _mapdata  # noqa: E402
from geo.maps.render import build_map, save_map  # noqa: E402

_REASON = missing_requirements()
pytestmark = [pytest.mark.browser, pytest.mark.skipif(_REASON is not None, reason=str(_REASON))]

SEED_OVERLAYS = ["Movements", "Strikes", "Captures", "Displacement", "Meetings",
                 "Interceptions", "Places"]
# Leaflet layers the seed draws per overlay: arrows, markers, and a dashed circle for each
# area-level place (an area-level point event has both its circle and a marker).
SEED_DRAWN = {"Movements": 4, "Strikes": 5, "Captures": 1, "Displacement": 2, "Meetings": 1,
              "Interceptions": 1, "Places": 12}

MAP = "window[document.querySelector('.folium-map').id]"
COUNT = f"""() => {{ let n = 0; {MAP}.eachLayer(l => {{
    if (l instanceof L.Path && l.options.pane !== 'geoBasemap') n++; }}); return n; }}"""
COUNT_COLOR = f"""(c) => {{ let n = 0; {MAP}.eachLayer(l => {{
    if (l instanceof L.Path && l.options.fillColor === c) n++; }}); return n; }}"""
# Events drawn in one colour: a cluster counts its events, a marker the events it stands for.
EVENTS_COLOR = f"""(c) => {{ let n = 0; {MAP}.eachLayer(l => {{
    if (l instanceof L.CircleMarker && l.options.fillColor === c && !(l instanceof L.Circle))
        n += l.options.count || l.options.geo.vis.length; }}); return n; }}"""


# Popups open and close at once and pan the map without animation, so that a position read
# right after a click is where the map stays (a reader's map keeps its animations).
NO_ANIMATION = f"""() => {{ const m = {MAP}, panBy = m.panBy;
    m._fadeAnimated = false;
    m.panBy = function (offset, options) {{
        return panBy.call(this, offset, L.extend({{}}, options, {{animate: false}})); }}; }}"""


@dataclass
class Opened:
    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    unserved: list[str] = field(default_factory=list)

    def count(self) -> int:
        return self.page.evaluate(COUNT)

    def toggle(self, name: str) -> None:
        self.page.locator(".leaflet-control-layers-overlays label", has_text=name).click()

    def slide(self, cls: str, value: int) -> None:
        self.page.evaluate("([c, v]) => { const i = document.querySelector('.' + c); "
                           "i.value = String(v); i.dispatchEvent(new Event('input')); }",
                           [cls, value])

    def container_point(self, lat: float, lon: float) -> tuple[float, float]:
        p = self.page.evaluate(f"(ll) => {MAP}.latLngToContainerPoint(ll)", [lat, lon])
        box = self.page.locator(".folium-map").bounding_box()
        return box["x"] + p["x"], box["y"] + p["y"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = launch(p)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def maps(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("maps")
    return {
        "seed": save_map(build_map(seed_events(), title="Seed"), folder / "seed.html"),
        "hostile": save_map(build_map(hostile_events(), title=HOSTILE_QUOTE),
                            folder / "hostile.html"),
    }


@pytest.fixture
def opened(browser):
    contexts = []

    def open_map(path: Path, *, no_network: bool = False, **viewport: int) -> Opened:
        context = browser.new_context(viewport={"width": 1100, "height": 750, **viewport})
        contexts.append(context)
        result = Opened(context.new_page())
        result.page.set_default_timeout(5_000)
        if no_network:  # every request refused: the page must carry all it needs
            refused = result.unserved

            def refuse(route: Any) -> None:
                if route.request.url.startswith("file:"):
                    route.continue_()  # the map file itself
                    return
                refused.append(route.request.url)
                route.abort()

            context.route("**/*", refuse)
        else:
            result.unserved = route_offline(context)
        result.page.on("pageerror", lambda e: result.errors.append(f"pageerror: {e}"))
        # A refused tile is logged as a failed load: the unserved list says which URLs failed.
        result.page.on("console", lambda m: result.errors.append(m.text)
                       if m.type == "error" and "tile" not in m.text
                       and "Failed to load resource" not in m.text else None)

        def on_dialog(dialog: Any) -> None:
            result.dialogs.append(dialog.message)
            dialog.dismiss()

        result.page.on("dialog", on_dialog)
        result.page.goto(path.as_uri())
        result.page.wait_for_function("window.__geoReady === true", timeout=20_000)
        result.page.evaluate(NO_ANIMATION)
        return result

    yield open_map
    for context in contexts:
        context.close()


def test_seed_map_loads_clean(opened, maps):
    o = opened(maps["seed"])
    labels = o.page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert [label.strip() for label in labels] == SEED_OVERLAYS
    assert o.count() == sum(SEED_DRAWN.values())
    assert o.page.locator(".geo-title").inner_text() == "Seed"
    assert o.page.locator(".geo-legend-row").count() == 6
    assert o.errors == [] and o.dialogs == [] and o.unserved == []


def test_unchecking_each_layer_removes_its_features(opened, maps):
    o = opened(maps["seed"])
    total = o.count()
    for name in SEED_OVERLAYS:
        o.toggle(name)
        assert o.count() == total - SEED_DRAWN[name], name
        o.toggle(name)
        assert o.count() == total


def test_all_overlays_off_empties_the_overlay_pane(opened, maps):
    o = opened(maps["seed"])
    for name in SEED_OVERLAYS:
        o.toggle(name)
    assert o.count() == 0
    o.page.wait_for_timeout(100)  # the canvas redraws on the next animation frame
    painted = o.page.evaluate("""() => {
        const c = document.querySelector('.leaflet-overlay-pane canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }""")
    assert painted == 0
    assert o.page.locator(".leaflet-overlay-pane svg, .leaflet-marker-pane *").count() == 0


def test_hostile_popup_shows_text_and_runs_nothing(opened, maps):
    o = opened(maps["hostile"])
    o.toggle("Places")
    view = o.page.evaluate(f"() => [{MAP}.getCenter(), {MAP}.getZoom()]")
    x, y = o.container_point(35.9, 36.6)
    o.page.mouse.move(x, y)
    assert HOSTILE_QUOTE.split(" <img")[0] in o.page.locator(".leaflet-tooltip").inner_text()
    o.page.mouse.click(x, y)
    popup = o.page.locator(".leaflet-popup-content")
    text = popup.inner_text()
    for shown in ("</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                  "{{ 7*7 }}", "`${alert(1)}`"):
        assert shown in text
    assert popup.locator("img, script, a").count() == 0  # and the javascript: URL is no link
    assert o.page.locator(".geo-title").inner_text().startswith("</script><script>")
    # The movement's https URL is a link that opens apart from the map.
    o.page.evaluate(f"([c, z]) => {{ {MAP}.closePopup(); {MAP}.setView(c, z); }}", view)
    x, y = o.container_point(34.85, 36.7)  # the middle of the movement's arrow
    o.page.mouse.click(x, y)
    link = o.page.locator(".leaflet-popup-content a")
    assert link.get_attribute("href") == "https://example.org/a?b=<c>"
    assert link.get_attribute("rel") == "noopener noreferrer"
    o.page.wait_for_timeout(200)
    assert o.dialogs == [] and o.errors == []


def test_time_slider_filters_within_layers(opened, maps):
    o = opened(maps["seed"])
    total = o.count()
    o.slide("geo-time-to", 0)  # only 2024-12-01 (and undated)
    # Damascus->Ankara, the displacement arrow and circle, the capture are of 2024-12-02.
    assert o.count() == total - 4
    assert "2024-12-01 \u2192 2024-12-01" in o.page.locator(".geo-time-label").inner_text()
    o.page.locator(".geo-time-undated").uncheck()
    assert o.count() == total - 4 - 2  # Iran -> Syria has no date
    o.toggle("Movements")
    o.slide("geo-time-to", 1)
    o.page.locator(".geo-time-undated").check()
    # Hidden by its layer, Movements stays hidden whatever the dates.
    assert o.count() == total - SEED_DRAWN["Movements"]
    o.toggle("Movements")
    assert o.count() == total
    assert o.errors == []


def test_arrowheads_keep_their_size_at_every_zoom(opened, maps):
    o = opened(maps["seed"])
    heads = o.page.evaluate(f"""async () => {{
        const m = {MAP}, out = [];
        for (const z of [4, 6, 9]) {{
            m.setView([34.42, 40.94], z, {{animate: false}});
            await new Promise(r => setTimeout(r, 50));
            m.eachLayer(l => {{
                if (!(l instanceof GeoMap.Arrow) || !l._parts.length) return;
                const head = l._parts[l._parts.length - 1], tip = head[1];
                const ll = l.getLatLngs(), dest = m.latLngToLayerPoint(ll[ll.length - 1]);
                const length = m.latLngToLayerPoint(ll[0]).distanceTo(dest);
                if (length > 40) out.push([z, head.length, tip.distanceTo(dest),
                                           head[0].distanceTo(tip)]);
            }});
        }}
        return out;
    }}""")
    assert {z for z, *_ in heads} == {4, 6, 9}
    for _z, points, off, size in heads:
        assert points == 3 and off < 1
        assert 12 < size < 13.5  # pixels, not metres: the same on screen at every zoom


def test_compressed_layers_load(opened, tmp_path, monkeypatch):
    monkeypatch.setattr(_mapdata, "COMPRESS_ABOVE", 1000)
    rows = [dict(event_type="strike", geometry=Point(30 + i % 50 * 0.1, 30 + i // 50 * 0.1),
                 event_date=f"2024-01-{1 + i % 28:02d}", fatalities=i % 7, quote=f"q{i}")
            for i in range(3000)]
    path = save_map(build_map(events_frame(rows)), tmp_path / "big.html")
    assert '{"z":"' in path.read_text()
    o = opened(path)
    assert o.page.evaluate(EVENTS_COLOR, "#d62728") == 3000
    assert o.page.evaluate(COUNT_COLOR, "#d62728") < 300  # clustered at this zoom
    o.slide("geo-time-to", 0)
    assert o.page.evaluate(EVENTS_COLOR, "#d62728") == len(
        [r for r in rows if r["event_date"] == "2024-01-01"])
    assert o.errors == []


def test_default_map_needs_no_network(opened, maps):
    o = opened(maps["seed"], no_network=True)
    assert o.count() == sum(SEED_DRAWN.values())
    # Only the OpenStreetMap tiles are asked for (and refused): the outlines show instead.
    assert all("tile.openstreetmap.org" in url for url in o.unserved)
    assert o.errors == []


def test_inline_assets_need_no_cdn(opened, tmp_path):
    path = save_map(build_map(seed_events(), inline_assets=assets_dir()), tmp_path / "i.html")
    html = path.read_text()
    assert not any(host in html for host in CDN_HOSTS)
    o = opened(path, no_network=True)
    assert o.count() == sum(SEED_DRAWN.values())
    assert all("tile.openstreetmap.org" in url for url in o.unserved) and o.errors == []


def test_events_at_one_spot_share_one_marker(opened, tmp_path):
    rows = [dict(event_type="strike", geometry=Point(36.6, 35.9), event_date=f"2024-12-0{d}",
                 fatalities=f, quote=f"quote {d}", place_kind="city", geo_precision=1)
            for d, f in ((1, 4), (2, 5), (3, 0))]
    o = opened(save_map(build_map(events_frame(rows)), tmp_path / "stack.html"))
    assert o.page.evaluate(COUNT_COLOR, "#d62728") == 1
    o.toggle("Places")
    radius = "() => { let r; " + MAP + ".eachLayer(l => { if (l.options.fillColor === " \
             "'#d62728') r = l.getRadius(); }); return r; }"
    assert o.page.evaluate(radius) == pytest.approx(4 + 2.2 * 3)  # sqrt(4 + 5 + 0)
    x, y = o.container_point(35.9, 36.6)
    o.page.mouse.click(x, y)
    text = o.page.locator(".leaflet-popup-content").inner_text()
    assert "3 events here" in text and all(f"quote {d}" in text for d in (1, 2, 3))
    o.slide("geo-time-from", 1)  # from 2024-12-02: 5 + 0 dead
    assert o.page.evaluate(radius) == pytest.approx(4 + 2.2 * 5 ** 0.5)
    o.slide("geo-time-from", 2)
    o.slide("geo-time-to", 2)
    x, y = o.container_point(35.9, 36.6)
    o.page.mouse.click(x, y)
    text = o.page.locator(".leaflet-popup-content").inner_text()
    assert "quote 3" in text and "quote 1" not in text and "events here" not in text
    assert o.errors == []


def test_real_seed_map_from_the_cli(opened, tmp_path):
    """The README's main job, end to end: `geo map` on the seed article, opened in Chromium."""
    import subprocess

    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_7771e2e3acc4b5d4.txt"
    out = subprocess.run([sys.executable, "-m", "geo.cli", "map", str(seed), "--published",
                          "2024-12-02", "-o", str(tmp_path)], capture_output=True, text=True,
                         check=True).stdout.split()
    o = opened(Path(out[0]))
    labels = [s.strip() for s in
              o.page.locator(".leaflet-control-layers-overlays label").all_inner_texts()]
    events = [name for name in labels if name != "Places"]
    assert len(events) >= 5 and {"Movements", "Strikes", "Captures", "Displacement"} <= set(
        events)
    assert o.errors == [] and o.dialogs == [] and o.unserved == []
    # Every movement is a directed line between two places: the arrows are drawn.
    arrows = o.page.evaluate(f"""() => {{ let n = 0; {MAP}.eachLayer(l => {{
        if (l instanceof L.Polyline && !(l instanceof L.Polygon) && l.options.pane !== 'geoBasemap'
            && l.getLatLngs().length >= 2) n++; }}); return n; }}""")
    assert arrows >= 3
    for name in labels:
        o.toggle(name)
    assert o.count() == 0  # every overlay off: the map is empty but for the basemap


def test_hostile_article_through_the_cli(opened, tmp_path):
    """Payloads in the article text itself reach popups escaped and run nothing."""
    import subprocess

    article = tmp_path / "hostile.txt"
    article.write_text(
        "</script><script>alert(1)</script> Russian missiles struck Kharkiv on Sunday, "
        "killing 3 people <img src=x onerror=alert(2)>, officials said. {{ 7*7 }} Troops "
        "later advanced from Kupiansk to Izium \"'`${alert(3)}`.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "geo.cli", "map", str(article), "--published",
                          "2025-03-10", "-o", str(tmp_path)], capture_output=True, text=True,
                         check=True).stdout.split()
    html = Path(out[0]).read_text(encoding="utf-8")
    # The text is in the page only inside JSON with < > & escaped: no live tag survives.
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "\\u003cimg src=x onerror=alert(2)\\u003e" in html
    o = opened(Path(out[0]))
    assert o.errors == [] and o.dialogs == [] and o.unserved == []
    assert o.count() > 0
    assert "49" not in o.page.locator(".geo-title").inner_text()
