"""Merge reports of the same event from different articles into one row."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Hashable
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.places import distance
from geo.published import as_date

__all__ = [
    "DATE_TOLERANCE_DAYS", "NEAR_KM", "UNDATED_LOOKBACK_DAYS", "merge_reports", "same_event",
]

NEAR_KM = 10.0
"""Two town-level points (or two ends of a movement) closer than this are one place."""

DATE_TOLERANCE_DAYS: dict[int, int] = {1: 1, 2: 7, 3: 31}
# An undated report stands for the days [published - UNDATED_LOOKBACK_DAYS, published].
UNDATED_LOOKBACK_DAYS = 1
"""ACLED time_precision (1 day, 2 week, 3 month) -> largest gap in days between two reports."""

# Reports of something that did not (or may not) happen are claims, not sightings: they
# never absorb, nor are absorbed into, a report of the event itself.
_NOT_MERGED_FLAGS = frozenset({"negated", "hypothetical", "unresolved"})
_TOWN_PRECISION = 1
_CELL_DEG = 0.2
_KM_PER_DEG = 111.32
_DIGITS = re.compile(r"(\d+)")
_WORD = re.compile(r"\w+")


def merge_reports(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Merge events that several articles report into one row each.

    Two rows are reports of one event (see :func:`same_event`) when they come from different
    articles, have the same ``event_type``, the same place and dates within the tolerance
    of the coarser ``time_precision`` of the two. Each group is anchored on its
    highest-confidence report and every other member must match the anchor itself (no
    chaining: A ~ B ~ C with A and C three days apart stays two events); an article gives
    at most one report to a group.

    The merged row is the anchor's row, with ``report_count`` the sum of the members'
    counts, ``sources`` every distinct source of the members (sorted, ``"; "``-joined; a
    member without a source contributes its url, else its article id), ``fatalities`` and
    ``fatalities_text`` from the member reporting the most deaths (``fatalities_min`` the
    fewest, when the reports differ), and ``"merged"`` added
    to ``flags``. Rows that cannot be merged (null geometry, negated or hypothetical) are
    kept as they are, so no report is ever lost. A report with neither a date nor a
    publication date merges only with a copy of itself: the same reporting sentence (by its
    words) at the same place, as syndicated articles carry it.

    The result does not depend on the order of the rows: groups are formed in a total order
    (confidence descending, then natural article id, event id, quote), and the surviving
    rows keep their input order.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        An event table as made by :func:`geo.frame.to_geodataframe`.

    Returns
    -------
    geopandas.GeoDataFrame
        Same columns and dtypes, at most as many rows, index reset.
    """
    if not isinstance(gdf, gpd.GeoDataFrame):
        raise TypeError(f"Expected a geopandas.GeoDataFrame, instead got: {type(gdf).__name__}")
    missing = [c for c in _NEEDED if c not in gdf.columns]
    if missing:
        raise ValueError(
            f"Expected the event table from geo.frame.to_geodataframe, instead got a frame "
            f"missing columns {missing!r}"
        )
    if len(gdf) == 0:
        return gdf.reset_index(drop=True)
    frame = gdf.reset_index(drop=True)
    # The geometries as stored (GeometryArray's own items; iterating it boxes each one).
    geoms = np.asarray(frame.geometry.array)
    reports = [_report(i, row, geom) for i, (row, geom) in
               enumerate(zip(_records(frame), geoms, strict=True))]
    groups = _group([r for r in reports if r is not None])

    drop: list[int] = []
    updates: dict[int, dict[str, Any]] = {}
    for members in groups:
        if len(members) == 1:
            continue
        anchor = members[0]
        drop.extend(m["pos"] for m in members[1:])
        worst = max(members, key=lambda m: (-1 if m["fatalities"] is None else m["fatalities"]))
        tolls = [m["fatalities"] for m in members if m["fatalities"] is not None]
        least = min(tolls) if tolls and min(tolls) != max(tolls) else None
        flags = [f for f in (anchor["row"]["flags"] or "").split(",") if f]
        updates[anchor["pos"]] = {
            "report_count": sum(m["count"] for m in members),
            "sources": "; ".join(sorted({s for m in members for s in m["sources"]})),
            "fatalities": worst["fatalities"],
            "fatalities_min": least,
            "fatalities_text": worst["row"]["fatalities_text"]
            if worst["fatalities"] is not None else anchor["row"]["fatalities_text"],
            "flags": ",".join(dict.fromkeys([*flags, "merged"])),
        }
    if not updates:
        return frame
    out = _updated(frame, updates)
    out = out.drop(index=drop).reset_index(drop=True)
    out["report_count"] = out["report_count"].astype("Int64")
    out["fatalities"] = out["fatalities"].astype("Int64")
    if "fatalities_min" in out.columns:
        out["fatalities_min"] = out["fatalities_min"].astype("Int64")
    return out


def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when two event rows (dicts with a shapely ``geometry``) can be one event.

    Same ``event_type``, different ``article_id``, neither flagged negated, hypothetical or
    unresolved, and:

    * place: two points with the same ``geonameid``; or two town-level points
      (``geo_precision`` 1) within :data:`NEAR_KM`; or two points of the same ``place_kind``
      without a geonameid within 1 km. Two lines with the same origin and destination
      geonameids, or whose ends are each within :data:`NEAR_KM`. A point and a line never;
      a town never matches the region or country around it (different precision).
    * date: the gap between the ``[start_date, end_date]`` spans (``event_date`` when they
      are missing) is at most ``DATE_TOLERANCE_DAYS`` of the coarser ``time_precision``
      (day 1, week 7, month 31; a date without a precision counts as a day). A report without
      a date of its own spans the :data:`UNDATED_LOOKBACK_DAYS` before its ``published``
      date. When either has neither, the two must be copies of one report instead: the
      same ``quote`` word for word (case, punctuation and spacing aside).
    """
    ra, rb = _report(0, a, a.get("geometry")), _report(1, b, b.get("geometry"))
    if ra is None or rb is None:
        return False
    return _matches(ra, rb)


# --- internals ---------------------------------------------------------------------------

_NEEDED = (
    "id", "event_type", "event_date", "start_date", "end_date", "time_precision",
    "geonameid", "origin_geonameid", "destination_geonameid", "place_kind", "geo_precision",
    "fatalities", "fatalities_text", "source", "confidence", "flags", "article_id", "url",
    "quote", "report_count", "sources",
)


def _report(pos: int, row: dict[str, Any], geom: Any) -> dict[str, Any] | None:
    """The fields merging looks at, or None when the row may not be merged."""
    if geom is None or getattr(geom, "is_empty", True):
        return None
    flags = set(filter(None, (_str(row.get("flags")) or "").split(",")))
    if flags & _NOT_MERGED_FLAGS or row.get("unresolved") is True:
        return None
    day = as_date(row.get("event_date"))
    start = as_date(row.get("start_date")) or day
    end = as_date(row.get("end_date")) or day
    span: tuple[dt.date, dt.date] | None = None
    if start is None or end is None:
        # A report that gives no date speaks of the days just before its publication:
        # outlets reporting the same strike the same day merge; a week apart they do not.
        published = as_date(row.get("published"))
        if published is not None:
            span = (published - dt.timedelta(days=UNDATED_LOOKBACK_DAYS), published)
    else:
        span = (start, end) if start <= end else (end, start)
    quote = _str(row.get("quote"))
    # The words of the quote count only beside a report without a date (see _matches): read
    # here for such a report, which has nothing else to merge by, else when first compared.
    sentence = _sentence_key(quote) if span is None else None
    if span is None and not sentence:
        return None
    ends: tuple[tuple[float, float], ...]
    if geom.geom_type == "Point":
        kind, ends = "point", ((geom.x, geom.y),)
        ids: tuple[Any, ...] = (_int(row.get("geonameid")),)
    elif geom.geom_type == "LineString":
        coords = list(geom.coords)
        kind, ends = "line", ((coords[0][0], coords[0][1]), (coords[-1][0], coords[-1][1]))
        ids = (_int(row.get("origin_geonameid")), _int(row.get("destination_geonameid")))
    else:
        return None
    fatalities = _int(row.get("fatalities"))
    count = _int(row.get("report_count")) or 1
    own = _str(row.get("sources")) or _str(row.get("source")) or _str(row.get("url")) \
        or _str(row.get("article_id")) or ""
    confidence = row.get("confidence")
    confidence = 0.0 if confidence is None or pd.isna(confidence) else float(confidence)
    article = _str(row.get("article_id")) or ""
    return {
        "pos": pos,
        "row": row,
        "type": _str(row.get("event_type")),
        "article": article,
        "kind": kind,
        "ends": ends,
        "ids": ids,
        "place_kind": _str(row.get("place_kind")),
        "town": _int(row.get("geo_precision")) == _TOWN_PRECISION,
        "span": span,
        "quote": quote,
        "sentence": sentence,
        "precision": _int(row.get("time_precision")) or 1,
        "fatalities": fatalities,
        "count": count,
        "sources": [s.strip() for s in own.split(";") if s.strip()],
        "order": (-confidence, _natural(article), _natural(_str(row.get("id")) or ""),
                  quote or "", pos),
    }


def _group(reports: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Greedy anchoring in a total order, with a grid index so that it stays near-linear."""
    groups: list[list[dict[str, Any]]] = []
    index: dict[tuple[Hashable, ...], list[int]] = {}
    for rep in sorted(reports, key=lambda r: r["order"]):
        lon, lat = rep["ends"][-1]
        found = None
        for key in _neighbour_cells(rep["type"], lon, lat):
            for g in index.get(key, ()):
                members = groups[g]
                if found is not None and g > found:
                    continue
                if _matches(members[0], rep) and all(
                    m["article"] != rep["article"] for m in members
                ):
                    found = g if found is None else min(found, g)
        if found is None:
            index.setdefault((rep["type"], *_cell(lon, lat)), []).append(len(groups))
            groups.append([rep])
        else:
            groups[found].append(rep)
    return groups


def _matches(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["type"] != b["type"] or a["kind"] != b["kind"] or a["article"] == b["article"]:
        return False
    if not _same_place(a, b):
        return False
    if a["span"] is None or b["span"] is None:
        # No date to compare: only a copy of the same report (syndication) is the same event.
        return bool(_sentence(a)) and _sentence(a) == _sentence(b)
    tolerance = DATE_TOLERANCE_DAYS.get(max(a["precision"], b["precision"]), 31)
    (a0, a1), (b0, b1) = a["span"], b["span"]
    gap = max((b0 - a1).days, (a0 - b1).days, 0)
    return gap <= tolerance


def _same_place(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["kind"] == "line":
        if None not in a["ids"] and a["ids"] == b["ids"]:
            return True
        return all(_km(p, q) <= NEAR_KM for p, q in zip(a["ends"], b["ends"], strict=True))
    (ida,), (idb,) = a["ids"], b["ids"]
    if ida is not None and ida == idb:
        return True
    distance = _km(a["ends"][0], b["ends"][0])
    if a["town"] and b["town"]:
        return distance <= NEAR_KM
    return (ida is None or idb is None) and a["place_kind"] == b["place_kind"] and distance <= 1.0


def _sentence(report: dict[str, Any]) -> str:
    """The report's sentence key, read from its quote the first time it is asked for."""
    if report["sentence"] is None:
        report["sentence"] = _sentence_key(report["quote"])
    return report["sentence"]


def _sentence_key(quote: str | None) -> str:
    """The words of a reporting sentence, as syndicated copies share them: case, accents'
    encoding, quote marks, dashes and spacing do not count."""
    if not quote:
        return ""
    text = unicodedata.normalize("NFKC", quote).casefold()
    return " ".join(_WORD.findall(text))


def _cell(lon: float, lat: float) -> tuple[int, int]:
    return math.floor(lon / _CELL_DEG), math.floor(lat / _CELL_DEG)


def _neighbour_cells(kind: Any, lon: float, lat: float) -> list[tuple[Hashable, ...]]:
    cx, cy = _cell(lon, lat)
    # A cell is 0.2 degrees wide: enough for 10 km of latitude everywhere, but a degree of
    # longitude shrinks with cos(lat), so look further east and west near the poles.
    shrink = max(math.cos(math.radians(min(abs(lat) + _CELL_DEG, 90.0))), 1e-3)
    nx = min(math.ceil(NEAR_KM / (_KM_PER_DEG * _CELL_DEG * shrink)), int(360 / _CELL_DEG))
    return [(kind, cx + dx, cy + dy) for dx in range(-nx, nx + 1) for dy in (-1, 0, 1)]


def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lon, lat) points."""
    return distance.km(p[0], p[1], q[0], q[1])


def _natural(text: str) -> tuple[Any, ...]:
    """Sort key that puts 'a:2' before 'a:10' (strings and numbers alternate, never mixed)."""
    parts: list[Any] = _DIGITS.split(text)
    parts[1::2] = map(int, parts[1::2])  # split on a group: the odd items are the digits
    return tuple(parts)


# Columns _report reads, and the one the merged row copies (fatalities_text).
_READ = (*_NEEDED, "fatalities_text", "published", "unresolved")


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows as dicts of the columns merging reads: the values of ``to_dict("records")``
    but for a missing integer, which is ``pd.NA`` here and None there (``_missing`` takes
    both), from one ``tolist`` per column rather than a boxing pass over every cell."""
    names = [c for c in dict.fromkeys(_READ) if c in frame.columns]
    columns = [frame[c].tolist() for c in names]
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def _updated(frame: pd.DataFrame, updates: dict[int, dict[str, Any]]) -> pd.DataFrame:
    """A copy of ``frame`` with the merged rows' new values, as ``frame.at[pos, column] =
    value`` cell by cell sets them: one positional assignment per column, which stores each
    value as ``at`` does when the column's dtype holds them all and raises, changing
    nothing, when it would have to change (None in a float64 column of a table made
    elsewhere); such a column, and one the frame lacks (``fatalities_min``), are set cell by
    cell, as before."""
    out = frame.copy()
    positions = list(updates)
    for column in next(iter(updates.values())):
        values = [updates[pos][column] for pos in positions]
        if column in out.columns:
            try:
                out.iloc[positions, out.columns.get_loc(column)] = values
                continue
            except (TypeError, ValueError):
                pass
        for pos, value in zip(positions, values, strict=True):
            out.at[pos, column] = value
    return out


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _str(value: Any) -> str | None:
    return None if _missing(value) or value == "" else str(value)


def _int(value: Any) -> int | None:
    return None if _missing(value) else int(value)
