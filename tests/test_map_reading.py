"""The map as a reader meets it, in headless Chromium with every network request refused.

The seed article's map as `geo map` writes it, and a 1,000-event batch map (reports merged
by geo.corpus.merge): both open offline; the centre of every event marker opens that event's
own popup; event places are labelled; the event list opens the right popup; a phone-sized
viewport leaves the map usable; guesses look like guesses.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import test_browser
from mapframes import events_frame
from shapely.geometry import LineString, Point
from test_browser import _REASON, EVENTS_COLOR, MAP

from geo.cli import main
from geo.corpus.merge import merge_reports
from geo.maps.render import build_map, save_map

# The same headless Chromium fixtures as tests/test_browser.py.
browser, opened = test_browser.browser, test_browser.opened
pytestmark = [pytest.mark.browser, pytest.mark.skipif(_REASON is not None, reason=str(_REASON))]

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_7771e2e3acc4b5d4.txt"

# Every drawn event stack: centre (container pixels), heading its popup must show, kind.
STACKS = f"""() => {{
    const m = {MAP}, out = [], box = m.getContainer().getBoundingClientRect();
    for (const layer of m._geo.layers) {{
        if (!m.hasLayer(layer.g)) continue;
        for (const st of layer.stacks) {{
            const l = st.marker || st.arrow;
            if (!l || !l._map || !st.vis.length) continue;
            const p = m.latLngToContainerPoint(st.ll), row = layer.rows[st.vis[0]];
            out.push({{x: box.left + p.x, y: box.top + p.y, arrow: !st.marker,
                       head: layer.opts.label + " \\u2014 " + layer.s[row[5]],
                       inside: p.x > 0 && p.y > 0 && p.x < box.width && p.y < box.height}});
        }}
    }}
    return out; }}"""


@pytest.fixture(scope="module")
def seed_map(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seed")
    assert main(["map", str(SEED), "--published", "2024-12-02", "-o", str(folder)]) == 0
    return folder / f"{SEED.stem}.html"


def _batch_frame(n: int = 1000, seed: int = 3) -> Any:
    """``n`` events over Syria and Iraq, a fifth of them reported twice by another outlet."""
    rng = random.Random(seed)
    kinds = ["strike", "clash", "movement", "capture", "meeting", "protest"]
    rows = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        lat, lon = rng.uniform(32.5, 37.0), rng.uniform(35.8, 44.0)
        geom = (LineString([(lon - 0.6, lat - 0.4), (lon, lat)]) if kind == "movement"
                else Point(lon, lat))
        row = dict(id=f"a{i}-1", event_type=kind, event_date=f"2024-0{1 + i % 9}-1{i % 10}",
                   time_precision=1, geonameid=100_000 + i, origin_geonameid=200_000 + i,
                   destination_geonameid=100_000 + i, place_kind="city", geo_precision=1,
                   location=f"Town {i}", origin=f"Village {i}" if kind == "movement" else None,
                   destination=f"Town {i}" if kind == "movement" else None,
                   fatalities=rng.choice([None, 0, 2, 7]) if kind == "strike" else None,
                   source="Outlet A", confidence=rng.uniform(0.3, 0.95), flags="",
                   article_id=f"a{i}", url=f"https://a.example/{i}", quote=f"report {i}",
                   report_count=1, sources=None, geometry=geom)
        rows.append(row)
        if i % 5 == 0:
            rows.append({**row, "id": f"b{i}-1", "article_id": f"b{i}", "source": "Outlet B",
                         "url": f"https://b.example/{i}", "confidence": 0.2})
    return merge_reports(events_frame(rows))


@pytest.fixture(scope="module")
def batch_map(tmp_path_factory) -> tuple[Path, int]:
    frame = _batch_frame()  # a few neighbouring towns' events merge too
    assert 990 <= len(frame) < 1000 and (frame["report_count"] >= 2).sum() >= 200
    path = save_map(build_map(frame, title="Batch"), tmp_path_factory.mktemp("b") / "b.html")
    return path, len(frame)


def _popup(o: Any) -> Any:
    return o.page.locator(".leaflet-popup-content").last


def test_seed_and_batch_maps_work_with_no_network(opened, seed_map, batch_map):
    from playwright.sync_api import expect

    for path, events in ((seed_map, None), batch_map):
        o = opened(path, no_network=True)
        assert o.errors == [] and o.dialogs == []
        assert all("tile.openstreetmap.org" in url for url in o.unserved)
        drawn = o.page.evaluate(f"""() => {{ let n = 0; {MAP}.eachLayer(l => {{
            if (l.options.count) n += l.options.count;  // a cluster
            else if (l.options.geo && (l === l.options.geo.marker || l === l.options.geo.arrow))
                n += l.options.geo.vis.length; }}); return n; }}""")
        total = o.page.evaluate(f"() => {MAP}._geo.total")
        assert drawn == total and total == (events or total) and total >= 10
        expect(o.page.locator(".geo-legend")).to_be_visible()
    merged = o.page.evaluate(f"""() => {{ for (const layer of {MAP}._geo.layers)
        for (const row of layer.rows) if (row[9] >= 2) return [layer.opts.label, row[0]];
        }}""")
    assert merged is not None


def test_every_marker_centre_opens_its_own_popup(opened, seed_map):
    o = opened(seed_map, no_network=True)
    stacks = o.page.evaluate(STACKS)
    assert len(stacks) >= 10 and all(s["inside"] for s in stacks)
    for k in range(len(stacks)):
        o.page.evaluate(f"() => {{ {MAP}.closePopup(); }}")
        s = o.page.evaluate(STACKS)[k]  # afresh: an open popup may have panned the map
        assert s["inside"], s
        o.page.mouse.click(s["x"], s["y"])
        text = _popup(o).inner_text()
        assert s["head"] in text, (s["head"], text)
    assert o.errors == []


def test_areas_take_no_clicks_and_countries_are_outlines(opened, seed_map):
    o = opened(seed_map, no_network=True)
    shapes = o.page.evaluate(f"""() => {{ const out = [];
        {MAP}.eachLayer(l => {{ if (l.options.pane === 'geoAreas')
            out.push([l instanceof L.Polygon, l.options.interactive, l instanceof L.Circle,
                      l instanceof L.Circle ? l.getRadius() : 0]); }});
        return out; }}""")
    assert [True, False, False, 0] in shapes  # Syria's outline
    assert all(not interactive for _, interactive, *_ in shapes)
    assert all(radius <= 40_000 for _, _, circle, radius in shapes if circle)
    # A click in the Syrian desert, away from every marker, opens no event popup.
    x, y = o.container_point(34.6, 38.9)
    o.page.mouse.click(x, y)
    o.page.wait_for_timeout(200)
    assert o.page.locator(".leaflet-popup-content").count() == 0


def test_seed_places_are_labelled_without_overlap(opened, seed_map):
    o = opened(seed_map, no_network=True)
    labels = o.page.evaluate("""() => [...document.querySelectorAll('.geo-label-text')].map(e => {
        const r = e.getBoundingClientRect(); return [e.textContent, r.left, r.top, r.right,
        r.bottom, getComputedStyle(e).fontSize]; })""")
    names = {name for name, *_ in labels}
    for place in ("Aleppo", "Damascus", "Idlib", "Ankara", "Syria"):
        assert place in names
    for i, a in enumerate(labels):
        assert a[1] >= 0 and a[2] >= 0 and a[3] <= 1100 and a[4] <= 750, a
        assert float(a[5].rstrip("px")) >= 11
        for b in labels[i + 1:]:
            assert not (a[1] < b[3] - 1 and b[1] < a[3] - 1 and a[2] < b[4] - 1
                        and b[2] < a[4] - 1), (a, b)
    o.page.evaluate(f"() => {{ {MAP}.setZoom(2, {{animate: false}}); }}")
    fewer = o.page.locator(".geo-label-text").count()
    assert 0 < fewer < len(labels)


def test_event_list_click_opens_that_events_popup(opened, seed_map):
    o = opened(seed_map, no_network=True)
    items = o.page.locator(".geo-list-item")
    count = items.count()
    assert count >= 10 and "Events (" in o.page.locator(".geo-list .geo-fold").inner_text()
    dates = [t.split(" ", 1)[0] for t in items.all_inner_texts()]
    dated = [d for d in dates if d != "undated"]
    assert dated == sorted(dated) and dates[:len(dated)] == dated  # date order, undated last
    for k in range(count):
        item = items.nth(k)
        kind = item.locator("b").inner_text().strip()
        place = item.inner_text().split(" \u00b7 ", 1)[1].split(" \u2014 ")[0].strip()
        item.click()
        text = _popup(o).inner_text()
        assert text.startswith(f"{kind} \u2014 {place}"), (kind, place, text)
    strikes = sum(1 for t in items.all_inner_texts() if " Strike \u00b7" in t)
    o.toggle("Strikes")
    assert strikes and items.count() == count - strikes
    assert not any(" Strike \u00b7" in t for t in items.all_inner_texts())


def _subsequence(part: list[str], whole: list[str]) -> bool:
    rest = iter(whole)
    return all(any(x == y for y in rest) for x in part)


def test_event_list_follows_the_slider_in_the_same_order(opened, seed_map):
    # The list is sorted once; a drag filters it: what shows is the full list's order.
    o = opened(seed_map, no_network=True)
    items = o.page.locator(".geo-list-item")
    head = o.page.locator(".geo-list .geo-fold")
    full = items.all_inner_texts()
    start = int(o.page.locator(".geo-time-from").input_value())
    end = int(o.page.locator(".geo-time-to").input_value())
    o.slide("geo-time-to", start)  # the first date shown (and the undated events)
    narrowed = items.all_inner_texts()
    assert 0 < len(narrowed) < len(full) and _subsequence(narrowed, full)
    assert f"Events ({len(narrowed)})" in head.inner_text()
    o.page.locator(".geo-time-undated").uncheck()
    dated = items.all_inner_texts()
    assert dated and "undated" not in " ".join(dated) and _subsequence(dated, narrowed)
    o.page.locator(".geo-time-undated").check()
    o.slide("geo-time-to", end)
    assert items.all_inner_texts() == full
    assert o.errors == []


def test_phone_viewport_leaves_the_map_usable(opened, seed_map):
    o = opened(seed_map, no_network=True, width=390, height=844)
    covered = o.page.evaluate("""() => [...document.querySelectorAll(
        '.leaflet-top .leaflet-control, .leaflet-bottom .leaflet-control')]
        .map(e => e.getBoundingClientRect()).reduce((a, r) => a + r.width * r.height, 0)""")
    assert covered < 0.2 * 390 * 844
    assert o.page.locator(".leaflet-control-layers-expanded").count() == 0
    stacks = [s for s in o.page.evaluate(STACKS) if not s["arrow"]]
    assert stacks and all(s["inside"] for s in stacks)
    s = stacks[0]
    o.page.mouse.click(s["x"], s["y"])
    assert s["head"] in _popup(o).inner_text()
    # The folded list opens, and an entry opens its event (the list folds away again).
    o.page.locator(".geo-list .geo-fold").click()
    o.page.locator(".geo-list-item").first.click()
    assert _popup(o).is_visible()
    assert o.page.locator(".geo-list.geo-folded").count() == 1
    o.page.locator(".leaflet-control-layers-toggle").click()
    assert o.page.locator(".leaflet-control-layers-expanded").count() == 1
    assert o.errors == []


def test_empty_map_says_so(opened, tmp_path):
    path = save_map(build_map(events_frame([])), tmp_path / "empty.html")
    o = opened(path, no_network=True)
    assert "No events found" in o.page.locator(".geo-empty").inner_text()
    assert o.errors == []


def test_lone_far_date_is_left_out_of_the_default_range_but_reachable(opened, tmp_path):
    rows = [dict(event_type="strike", geometry=Point(36 + i * 0.3, 35), quote=f"q{i}",
                 event_date=f"2024-03-{10 + i}") for i in range(8)]
    rows.append(dict(event_type="strike", geometry=Point(38, 33), event_date="1973-05-01"))
    o = opened(save_map(build_map(events_frame(rows)), tmp_path / "far.html"))
    assert o.page.locator(".geo-time-label").inner_text() == "2024-03-10 \u2192 2024-03-17"
    assert "1973-05-01" in o.page.locator(".geo-time-note").inner_text()
    assert o.page.evaluate(EVENTS_COLOR, "#d62728") == 8
    o.slide("geo-time-from", 0)
    assert o.page.evaluate(EVENTS_COLOR, "#d62728") == 9
    assert o.page.locator(".geo-time-note").inner_text() == ""


def test_guesses_look_like_guesses(opened, tmp_path):
    rows = [
        dict(event_type="movement", geometry=LineString([(36.29, 33.51), (32.85, 39.92)]),
             origin="Damascus", destination="Ankara", flags="origin_inferred",
             confidence=0.8, quote="arrived in Ankara"),
        dict(event_type="strike", geometry=Point(36.6, 35.9), location="Idlib",
             confidence=0.06, quote="struck", place_kind="city", geo_precision=1),
        dict(event_type="strike", geometry=Point(37.16, 36.2), location="Aleppo",
             confidence=0.9, report_count=3, sources="AP; Reuters; https://c.example/x",
             fatalities=7, flags="merged", place_kind="city", geo_precision=1),
        dict(event_type="strike", geometry=Point(36.72, 34.73), location="Homs",
             confidence=0.9, report_count=2, sources="AP; Reuters", fatalities=11,
             fatalities_min=4, flags="merged", place_kind="city", geo_precision=1),
        dict(event_type="meeting", geometry=Point(36.3, 33.5), location="Damascus",
             flags="place_inferred,place_in_focus", confidence=0.7, place_kind="city",
             geo_precision=1),
        dict(event_type="strike", geometry=Point(36.0, 33.4), location="Quiet town",
             confidence=0.9, place_kind="city", geo_precision=1),
    ]
    o = opened(save_map(build_map(events_frame(rows)), tmp_path / "honest.html"))
    styles = o.page.evaluate(f"""() => {{ const out = {{}};
        for (const layer of {MAP}._geo.layers) for (const st of layer.stacks) {{
            const l = st.marker || st.arrow, row = layer.rows[st.rows[0]];
            out[layer.s[row[6]]] = [l.options.dashArray, l.options.opacity,
                                    l.options.fillOpacity, st.marker ? l.getRadius() : 0];
        }} return out; }}""")
    assert styles["Ankara"][0] and styles["Ankara"][1] < 0.85  # inferred origin: dotted, faded
    assert styles["Idlib"][2] == 0  # confidence 0.06: hollow
    assert styles["Damascus"][0] and styles["Damascus"][2] < 0.8  # place inferred: dashed
    assert styles["Aleppo"][0] is None and styles["Aleppo"][2] == 0.8
    meeting_radius = styles["Damascus"][3]
    assert styles["Quiet town"][3] >= meeting_radius  # a strike without toll is no smaller
    expected = {
        "Idlib": ["Confidence\t6 %", "low confidence"],
        "Aleppo": ["Reports\t3", "AP; Reuters; https://c.example/x", "highest of the 3 reports"],
        "Homs": ["Reports\t2", "the 2 reports give 4 to 11"],
        "Damascus": ["place inferred", "Confidence\t70 %"],
        "Ankara": ["origin inferred"],
    }
    for k in range(len(o.page.evaluate(STACKS))):
        o.page.evaluate(f"() => {{ {MAP}.closePopup(); }}")
        s = o.page.evaluate(STACKS)[k]
        name = s["head"].split(" \u2014 ")[-1].split(" \u2192 ")[-1]
        if name not in expected:
            continue
        o.page.mouse.click(s["x"], s["y"])
        text = _popup(o).inner_text()
        assert all(part in text for part in expected[name]), (name, text)
    assert o.errors == []


def test_cluster_click_zooms_in_to_its_events(opened, tmp_path, monkeypatch):
    from geo.maps import data as mapdata

    monkeypatch.setattr(mapdata, "COMPRESS_ABOVE", 1000)
    rng = random.Random(5)
    rows = [dict(event_type="clash", geometry=Point(rng.uniform(36, 42), rng.uniform(32, 37)),
                 event_date="2024-05-01", location=f"T{i}", quote=f"q{i}")
            for i in range(2500)]
    o = opened(save_map(build_map(events_frame(rows)), tmp_path / "many.html"))
    clusters = o.page.evaluate(f"""() => {{ const out = [], m = {MAP},
        b = m.getContainer().getBoundingClientRect();
        m.eachLayer(l => {{ if (l instanceof GeoMap.Cluster) {{
            const p = m.latLngToContainerPoint(l.getLatLng());
            out.push([b.left + p.x, b.top + p.y, l.options.count]); }} }});
        return out; }}""")
    assert sum(n for *_, n in clusters) == 2500
    x, y, _ = max((c for c in clusters if 300 < c[0] < 700 and 150 < c[1] < 600),
                  key=lambda c: c[2])
    zoom = o.page.evaluate(f"() => {MAP}.getZoom()")
    o.page.mouse.click(x, y)
    assert o.page.evaluate(f"() => {MAP}.getZoom()") > zoom
    assert o.page.locator(".leaflet-popup-content").count() == 0
    assert o.page.locator(".geo-list.geo-folded").count() == 1  # 2,500 events: list folded
    assert o.errors == []
