"""Draw an event table as an offline Leaflet map (the only module drawing with folium)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.io.atomic import atomic_path
from geo.maps import assets, packing
from geo.maps import data as mapdata
from geo.maps._folium import Element, Figure, MacroElement, Template, folium
from geo.table import as_table

if TYPE_CHECKING:
    import geopandas as gpd

    from geo.table import Table

__all__ = ["build_map", "save_map"]

_LEAFLET_JS = ("leaflet", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js")
_LEAFLET_CSS = ("leaflet_css", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css")
_WORLD = ([20.0, 0.0], 2)


class _Raw(Element):
    """Text written into the page as it is: never parsed again as a Jinja template."""

    _template = Template("{{ this.text }}")

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Raw"
        self.text = text


class _GeoElement(MacroElement):
    """A MacroElement whose rendered macros reach the page without a second Jinja pass.

    branca wraps each rendered macro in ``Element(text)``, which compiles the text as a
    template again: article text such as ``{{ 7*7 }}`` would be evaluated there.
    """

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError(f"Expected the map to sit in a branca Figure, got {figure!r}.")
        for part, target in (("header", figure.header), ("html", figure.html),
                             ("script", figure.script)):
            macro = self._template.module.__dict__.get(part)
            if macro is not None:
                target.add_child(_Raw(str(macro(self, kwargs))), name=self.get_name())


class _Runtime(_GeoElement):
    """The map runtime script and styles, once per page."""

    _template = Template(
        """{% macro header(this, kwargs) %}
<style>{{ this.css }}</style>
<script>{{ this.js }}</script>
{% endmacro %}"""
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "GeoRuntime"
        self.css = assets.runtime_css()
        self.js = assets.runtime_js()


class _Call(_GeoElement):
    """One call into the runtime: ``GeoMap.<method>(map[, group], args...)``."""

    _template = Template(
        """{% macro script(this, kwargs) %}
GeoMap.{{ this.method }}({{ this.map_name }}
{%- if this.group %}, {{ this.group.get_name() }}{% endif %}
{%- for arg in this.args %}, {{ arg }}{% endfor %});
{% endmacro %}"""
    )

    def __init__(self, method: str, map_name: str, *args: str,
                 group: folium.FeatureGroup | None = None) -> None:
        super().__init__()
        self._name = f"Geo_{method}"
        self.method = method
        self.map_name = map_name
        self.group = group
        self.args = args


def build_map(
    events: gpd.GeoDataFrame | Table,
    *,
    places: gpd.GeoDataFrame | Table | None = None,
    title: str = "",
    cdn: bool = False,
    inline_assets: Path | None = None,
) -> folium.Map:
    """Draw events as one toggleable layer per kind over an offline basemap.

    Parameters
    ----------
    events : GeoDataFrame or geo.table.Table
        Rows with the columns of :data:`geo.schema.EVENT_COLUMNS`; rows without geometry are
        left off the map.
    places : GeoDataFrame or geo.table.Table, optional
        Rows with the columns of :data:`geo.schema.PLACE_COLUMNS` for the "Places" layer;
        by default the places the events name.
    title : str
        Shown in the top-left corner (as text, never as HTML).
    cdn : bool
        Link Leaflet from jsDelivr (a file ~150 kB smaller that needs the network) instead of
        writing the vendored copy into the page (the default: the page needs no network).
    inline_assets : Path, optional
        Deprecated: an npm install (folder with ``node_modules``) holding ``leaflet@1.9.3``
        to inline instead of the vendored copy.

    Returns
    -------
    folium.Map
        Save it with :func:`save_map`.
    """
    events = as_table(events)  # once: a GeoDataFrame's columns are read for both payloads
    layers = mapdata.event_payloads(events)
    places_data = mapdata.place_payload(places, events)
    m = folium.Map(location=_WORLD[0], zoom_start=_WORLD[1], tiles=None,
                   prefer_canvas=True, control_scale=True)
    # Online, OpenStreetMap tiles cover the bundled outlines; offline the outlines show.
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap tiles").add_to(m)
    # Nothing here uses jQuery, Bootstrap or Font Awesome: load Leaflet alone.
    m.default_js, m.default_css = [_LEAFLET_JS], [_LEAFLET_CSS]
    if not cdn:
        # Where the links would be: before folium's own styles, which override Leaflet's.
        if inline_assets is not None:
            inline = assets.inline_header(Path(inline_assets), [_LEAFLET_JS[1]],
                                          [_LEAFLET_CSS[1]])
        else:
            inline = assets.vendor_header()
        figure = m.get_root()
        if not isinstance(figure, Figure):
            raise TypeError(f"Expected the map to sit in a branca Figure, got {figure!r}.")
        figure.header.add_child(_Raw(inline), name="geo_inline_assets", index=1)
        m.default_js, m.default_css = [], []
    m.add_child(_Runtime())
    name = m.get_name()
    m.add_child(_Call("addBasemap", name, packing.basemap_script(mapdata.COMPRESS_ABOVE)))
    codes = {p["s"][row[10]] for p in layers.values() for row in p["r"] if p["s"][row[10]]}
    if codes:
        m.add_child(_Call("addCountries", name,
                          mapdata.script_json(assets.country_payload(codes))))
    for kind, payload in layers.items():
        style = mapdata.KINDS[kind]
        group = folium.FeatureGroup(name=style.name, overlay=True, control=True)
        options = {"kind": kind, "label": style.label, "color": style.color,
                   "dash": style.dash, "sized": style.sized}
        text = mapdata.columnar(payload.pop("t"), inline_strings=True)
        group.add_child(_Call("addEvents", name, mapdata.script_json(options),
                              mapdata.pack(mapdata.columnar(payload)), mapdata.pack(text),
                              group=group))
        m.add_child(group)
    if places_data["r"]:
        group = folium.FeatureGroup(name="Places", overlay=True, control=True)
        group.add_child(_Call("addPlaces", name, mapdata.pack(places_data), group=group))
        m.add_child(group)
    m.add_child(folium.LayerControl(collapsed=False))
    # Fit the events; a passing mention ("U.S.-backed") must not zoom out to the world.
    # The page fits them itself, leaving room for the event list where the screen allows.
    box = mapdata.bounds(layers, places_data if not layers else {"r": []})
    fit = None
    if box is not None:
        south, west, north, east = box
        pad = 0.5 if (north - south) < 0.5 and (east - west) < 0.5 else 0.0
        fit = [[south - pad, west - pad], [north + pad, east + pad]]
    counts: dict[str, int] = {}
    for p in layers.values():
        for row in p["r"]:
            for i in {row[1], row[2]}:
                if p["s"][i]:
                    counts[p["s"][i]] = counts.get(p["s"][i], 0) + 1
    dates = sorted(counts)
    info: dict[str, Any] = {
        "title": title,
        "legend": [[s.name, s.color, _legend_shape(s, layers[kind])]
                   for kind, s in mapdata.KINDS.items() if kind in layers],
        "labels": mapdata.label_payload(layers),
        "range": mapdata.default_range([counts[d] for d in dates], dates),
    }
    m.add_child(_Call("finish", name, mapdata.script_json(dates), mapdata.script_json(fit),
                      mapdata.pack(info)))
    return m


def _legend_shape(style: mapdata.LayerStyle, payload: dict[str, Any]) -> str:
    if style.dash:
        return "dashed"
    return "arrow" if any(len(row[0]) > 2 for row in payload["r"]) else "dot"


def _dates(payload: dict[str, Any]) -> set[str]:
    strings = payload["s"]
    return {strings[i] for row in payload["r"] for i in (row[1], row[2]) if strings[i]}


def save_map(m: folium.Map, path: str | os.PathLike[str]) -> Path:
    """Write the map as one HTML file, atomically (a temporary file renamed into place).

    Raises
    ------
    OutputError
        When the folder does not exist or cannot be written.
    """
    target = Path(path)
    html = m.get_root().render()
    with atomic_path(target, "map") as tmp:
        Path(tmp).write_text(html, encoding="utf-8")
    return target
