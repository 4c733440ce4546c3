"""Compact, script-safe JSON payloads for the map layers (no folium, pandas or geopandas here).

The layers are read from an event table: a :class:`geo.table.Table`, or a GeoDataFrame read
as one by :func:`geo.table.as_table`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from geo.maps.packing import COMPRESS_ABOVE, compact_json, pack_text, safe_json
from geo.models import AREA_KINDS
from geo.table import UNCERTAINTY_KM, Table, as_table, coordinates, is_null

if TYPE_CHECKING:
    import geopandas

__all__ = [
    "KINDS",
    "LayerStyle",
    "bounds",
    "columnar",
    "default_range",
    "event_payloads",
    "label_payload",
    "pack",
    "place_payload",
    "script_json",
    "truncate",
]


@dataclass(frozen=True, slots=True)
class LayerStyle:
    """How one event kind is drawn: layer name, singular label, colour, dash, size by deaths."""

    name: str
    label: str
    color: str
    dash: str | None = None
    sized: bool = False


KINDS: dict[str, LayerStyle] = {
    "movement": LayerStyle("Movements", "Movement", "#1f4e9c"),
    "strike": LayerStyle("Strikes", "Strike", "#d62728", sized=True),
    "clash": LayerStyle("Clashes", "Clash", "#ff7f0e", sized=True),
    "capture": LayerStyle("Captures", "Capture", "#7b3294"),
    "displacement": LayerStyle("Displacement", "Displacement", "#1a9850", dash="7 5"),
    "meeting": LayerStyle("Meetings", "Meeting", "#17a2b8"),
    "interception": LayerStyle("Interceptions", "Interception", "#8c564b"),
    "attack": LayerStyle("Attacks on civilians", "Attack on civilians", "#67000d", sized=True),
    "protest": LayerStyle("Protests", "Protest", "#e7298a"),
    "riot": LayerStyle("Riots", "Riot", "#525252", sized=True),
}

# Place names offered as labels (the page shows those that do not overlap).
LABELS_MAX = 300
QUOTE_CHARS = 300
# Above QUOTE_BUDGET / QUOTE_CHARS events the quotes shown in popups get shorter (down to
# QUOTE_MIN characters) so that a map of tens of thousands of events stays a few MB.
QUOTE_BUDGET = 1_500_000
QUOTE_MIN = 80


def script_json(obj: Any) -> str:
    """Serialise ``obj`` as JSON that is safe inside ``<script>`` and inert for Jinja."""
    return safe_json(compact_json(obj))


def pack(obj: Any, *, compress_above: int | None = None) -> str:
    """Script-safe JSON for ``obj``; above ``compress_above`` bytes (default
    ``COMPRESS_ABOVE``) as ``{"z": base64}``, see :func:`geo.maps.packing.pack_text`."""
    limit = COMPRESS_ABOVE if compress_above is None else compress_above
    return pack_text(compact_json(obj), limit)


def columnar(payload: dict[str, Any], *, inline_strings: bool = False) -> dict[str, Any]:
    """``{"s", "r"}`` as ``{"s", "c"}``: one list per field, which deflates far better.

    With ``inline_strings`` every field holds the strings themselves, not table indices
    (``{"c"}`` only): quotes and links are mostly unique, and a column of them compresses
    better than a table plus indices. The page turns columns back into rows.
    """
    rows = payload["r"]
    width = len(rows[0]) if rows else 0
    cols = [[row[j] for row in rows] for j in range(width)]
    if inline_strings:
        strings = payload["s"]
        return {"c": [[strings[i] for i in col] for col in cols]}
    return {"s": payload["s"], "c": cols}


class _Strings:
    """Per-layer string table: repeated actors, sources and dates are stored once."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {"": 0}

    def __call__(self, value: object) -> int:
        text = _text(value)
        return self.index.setdefault(text, len(self.index))

    def table(self) -> list[str]:
        return list(self.index)


def _text(value: object) -> str:
    if is_null(value) or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _number(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _date(value: object) -> str:
    return _text(value)[:10]


def truncate(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to about ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return (cut if len(cut) > limit // 2 else text[:limit]) + "\u2026"


def _latlon(geom: Any) -> list[float] | None:
    """Flat [lat, lon, ...] of a point or a line (origin first), None for empty or missing;
    any other geometry stands at one point inside it."""
    coords = coordinates(geom)
    if coords is None:
        return None
    return [round(v, 5) for x, y in coords for v in (y, x)]


def _precision(geo_precision: float | None, place_kind: str, km: int) -> str:
    kind = f" ({place_kind})" if place_kind else ""
    if km and place_kind == "country":
        return "approximate: somewhere in the country (its outline is drawn)"
    if km:
        return f"approximate: somewhere within about {km} km{kind}"
    if geo_precision == 2:
        return f"near the place or its district{kind}"
    return f"the place itself{kind}" if geo_precision == 1 or place_kind else ""


def _radius_km(geo_precision: float | None, place_kind: str, uncertainty: float | None) -> int:
    if geo_precision != 3 and place_kind not in AREA_KINDS:
        return 0
    if uncertainty is not None and uncertainty > 0:
        return max(1, round(uncertainty))
    return round(UNCERTAINTY_KM.get(place_kind, 50.0))


# What the flags column says, in words, for popups (order: as shown).
FLAG_WORDS: dict[str, str] = {
    "place_inferred": "place inferred (the sentence names none)",
    "place_in_focus": "place taken from the story's focus",
    "origin_inferred": "origin inferred from the previous stop",
    "approximate": "approximate location",
    "offset": "placed at the distance and direction the text gives from a named town",
    "near": "near the named place",
    "date_inferred": "date inferred",
    "kind_inferred": "kind inferred",
    "merged": "merged from several reports",
    "merged_in_article": "repeats merged within the article",
}
# Bits of the style field of a row (keep map.js in step).
GUESSED_PLACE, GUESSED_ORIGIN, LOW_CONFIDENCE, COUNTRY, MERGED = 1, 2, 4, 8, 16
LOW_CONFIDENCE_BELOW = 0.5
# A province's dashed circle is drawn no wider than this (km): a province is rarely larger,
# and a wider circle would claim places outside it. The popup keeps the uncertainty.
AREA_DRAW_KM = 40


def _style_bits(flags: set[str], confidence: float | None, place_kind: str,
                report_count: float | None) -> int:
    bits = 0
    if flags & {"place_inferred", "place_in_focus", "approximate", "near"}:
        bits |= GUESSED_PLACE
    if "origin_inferred" in flags:
        bits |= GUESSED_ORIGIN
    if confidence is not None and confidence < LOW_CONFIDENCE_BELOW:
        bits |= LOW_CONFIDENCE
    if place_kind == "country":
        bits |= COUNTRY
    if (report_count or 1) > 1:
        bits |= MERGED
    return bits


def event_payloads(events: Table | geopandas.GeoDataFrame) -> dict[str, dict[str, Any]]:
    """Rows of every mapped event, grouped by kind in legend order; null geometry is skipped.

    Each kind gets ``{"s": strings, "r": rows, "t": {"s": strings, "r": text rows}}``: the
    rows hold what drawing, filtering and the event list need (see ``map.js`` for the
    layout); ``t`` holds what only a popup shows, which the page decodes on first use.
    """
    events = as_table(events)
    kinds = [_text(k).lower() for k in events.column("event_type")]
    unknown = sorted({k for k in kinds if k not in KINDS})
    if unknown:
        raise ValueError(
            f"'event_type' should be one of {sorted(KINDS)}, got {unknown[0]!r} instead"
        )
    cols = {name: events.column(name) for name in (
        "event_date", "start_date", "end_date", "geo_precision", "place_kind",
        "uncertainty_km", "fatalities", "location", "origin", "destination", "actor1",
        "actor2", "fatalities_text", "source", "quote", "url", "title", "date_text",
        "flags", "confidence", "report_count", "sources", "country_code", "fatalities_min")}
    out: dict[str, dict[str, Any]] = {}
    tables: dict[str, tuple[_Strings, _Strings]] = {}
    quote_chars = max(QUOTE_MIN, min(QUOTE_CHARS, QUOTE_BUDGET // max(1, len(events))))
    for i, (kind, geom) in enumerate(zip(kinds, events.geometry, strict=True)):
        g = _latlon(geom)
        if g is None:
            continue
        s, t = tables.setdefault(kind, (_Strings(), _Strings()))
        c = {name: values[i] for name, values in cols.items()}
        start = _date(c["start_date"]) or _date(c["event_date"])
        end = _date(c["end_date"]) or _date(c["event_date"]) or start
        precision, place_kind = _number(c["geo_precision"]), _text(c["place_kind"])
        km = _radius_km(precision, place_kind, _number(c["uncertainty_km"]))
        label = _text(c["location"])
        place = label
        if len(g) > 2:
            label = _text(c["destination"]) or label
            if _text(c["origin"]) or _text(c["destination"]):
                place = f"{_text(c['origin']) or '?'} \u2192 {_text(c['destination']) or '?'}"
        fatalities = _number(c["fatalities"])
        flags = {f.strip() for f in _text(c["flags"]).split(",") if f.strip()}
        confidence = _number(c["confidence"])
        count = _number(c["report_count"])
        bits = _style_bits(flags, confidence, place_kind, count)
        drawn_km = km if place_kind == "country" else min(km, AREA_DRAW_KM)
        url = _text(c["url"])
        row = [
            g, s(start), s(end), drawn_km, -1 if fatalities is None else int(fatalities),
            s(place), s(label), bits, -1 if confidence is None else round(confidence * 100),
            1 if count is None else max(1, int(count)),
            s(_text(c["country_code"]).upper() if place_kind == "country" else ""),
            s(c["actor1"]),
        ]
        words = "; ".join(w for f, w in FLAG_WORDS.items() if f in flags)
        text = [
            t(c["actor2"]), t(c["fatalities_text"]), t(c["source"]),
            t(truncate(_text(c["quote"]), quote_chars)), t(_precision(precision, place_kind, km)),
            t(url if re.match(r"https?://", url, re.IGNORECASE) else ""), t(c["title"]),
            t(c["date_text"]), t(words), t(c["sources"] if (count or 1) > 1 else ""),
            t(str(int(least)) if (least := _number(c["fatalities_min"])) is not None else ""),
        ]
        entry = out.setdefault(kind, {"r": [], "t": {"r": []}})
        entry["r"].append(row)
        entry["t"]["r"].append(text)
    ordered = {k: out[k] for k in KINDS if k in out}
    for kind, payload in ordered.items():
        payload["s"] = tables[kind][0].table()
        payload["t"]["s"] = tables[kind][1].table()
    return ordered


def label_payload(layers: dict[str, dict[str, Any]]) -> list[list[Any]]:
    """Names of the places events happen at: [lat, lon, name, events], busiest first.

    A movement's origin is labelled too; names are the ones the events carry.
    """
    spots: dict[tuple[str, float, float], int] = {}
    for payload in layers.values():
        strings = payload["s"]
        for row in payload["r"]:
            g, name = row[0], strings[row[6]]
            if name:
                key = (name, g[-2], g[-1])
                spots[key] = spots.get(key, 0) + 1
            if len(g) > 2:
                origin = strings[row[5]].split(" \u2192 ")[0]
                if origin and origin != "?" and strings[row[5]] != name:
                    key = (origin, g[0], g[1])
                    spots[key] = spots.get(key, 0) + 1
    ranked = sorted(spots.items(), key=lambda item: (-item[1], item[0]))
    return [[lat, lon, name, n] for (name, lat, lon), n in ranked[:LABELS_MAX]]


def _event_places(events: Table) -> Iterator[tuple[Any, ...]]:
    """(name, lat, lon, kind, country, admin1, mention) for every place an event names."""
    names = zip(events.column("location"), events.column("origin"),
                events.column("destination"), events.column("place_kind"),
                events.column("country_code"), events.column("admin1"), strict=True)
    for geom, (loc, origin, dest, kind, cc, admin1) in zip(events.geometry, names, strict=True):
        g = _latlon(geom)
        if g is None:
            continue
        if len(g) > 2:
            yield _text(origin), g[0], g[1], "", "", "", _text(origin)
            yield _text(dest), g[-2], g[-1], _text(kind), _text(cc), _text(admin1), _text(dest)
        else:
            yield _text(loc), g[0], g[1], _text(kind), _text(cc), _text(admin1), _text(loc)


def _frame_places(places: Table) -> Iterator[tuple[Any, ...]]:
    rows = zip(places.column("name"), places.column("lat"), places.column("lon"),
               places.column("kind"), places.column("country_code"),
               places.column("admin1"), places.column("mention"), places.geometry,
               strict=True)
    for name, lat, lon, kind, cc, admin1, mention, geom in rows:
        lat, lon = _number(lat), _number(lon)
        if lat is None or lon is None:
            coords = coordinates(geom)
            if coords is not None:
                lon, lat = coords[0]
        if lat is None or lon is None:
            continue
        yield _text(name), round(lat, 5), round(lon, 5), _text(kind), _text(cc), \
            _text(admin1), _text(mention)


def place_payload(
    places: Table | geopandas.GeoDataFrame | None, events: Table | geopandas.GeoDataFrame
) -> dict[str, Any]:
    """One row per distinct place: [lat, lon, name, kind, where, mentions, as written]."""
    source = (_event_places(as_table(events)) if places is None
              else _frame_places(as_table(places)))
    merged: dict[tuple[str, float, float], list[Any]] = {}
    for name, lat, lon, kind, cc, admin1, mention in source:
        entry = merged.setdefault((name, lat, lon), [kind, cc, admin1, 0, {}])
        entry[3] += 1
        if mention:
            entry[4][mention] = None
    s = _Strings()
    rows = []
    for (name, lat, lon), (kind, cc, admin1, count, mentions) in merged.items():
        where = ", ".join(part for part in (admin1, cc) if part)
        written = ", ".join(m for m in list(mentions)[:5] if m != name)
        rows.append([lat, lon, s(name), s(kind), s(where), count, s(written)])
    return {"s": s.table(), "r": rows}


OUTLIER_GAP_DAYS = 365
OUTLIER_SHARE = 0.05


def default_range(counts: list[int], dates: list[str]) -> list[int]:
    """[from, to] indices into the sorted ``dates`` the time slider starts at.

    Lone far-off dates are left out ("1973-05-01" among 2024 events, often a misread year):
    an end date goes when it lies more than :data:`OUTLIER_GAP_DAYS` and more than the span
    of the dates that stay from its neighbour, and the events it leaves out are at most
    :data:`OUTLIER_SHARE` of all (or two). The slider still reaches them.
    """
    import datetime as dt

    days: list[int] = []
    for d in dates:
        try:
            days.append(dt.date.fromisoformat(d).toordinal())
        except ValueError:
            return [0, max(0, len(dates) - 1)]
    lo, hi, total, dropped = 0, max(0, len(dates) - 1), sum(counts), 0

    def lone(gap: int, span: int, count: int) -> bool:
        share = max(2, OUTLIER_SHARE * total)
        return gap > max(OUTLIER_GAP_DAYS, span) and dropped + count <= share

    while hi - lo >= 2:
        if lone(days[lo + 1] - days[lo], days[hi] - days[lo + 1], counts[lo]):
            dropped += counts[lo]
            lo += 1
        elif lone(days[hi] - days[hi - 1], days[hi - 1] - days[lo], counts[hi]):
            dropped += counts[hi]
            hi -= 1
        else:
            break
    return [lo, hi]


def bounds(
    events: dict[str, dict[str, Any]], places: dict[str, Any]
) -> tuple[float, float, float, float] | None:
    """(south, west, north, east) over everything the payloads draw, None when empty."""
    lats: list[float] = []
    lons: list[float] = []
    for payload in events.values():
        for row in payload["r"]:
            lats.extend(row[0][0::2])
            lons.extend(row[0][1::2])
    lats.extend(row[0] for row in places["r"])
    lons.extend(row[1] for row in places["r"])
    if not lats:
        return None
    return min(lats), min(lons), max(lats), max(lons)
