"""The one event table schema shared by the GeoDataFrame and every writer."""

from __future__ import annotations

__all__ = ["EVENT_COLUMNS", "PLACE_COLUMNS"]

# Column name -> logical type. "str" and "date" columns hold str or None (dates as ISO
# YYYY-MM-DD strings in the frame; the GeoPackage and GeoParquet writers type them as dates),
# "int" columns hold int or None, "float" columns float or None, "bool" columns True/False.
# The geometry column ("geometry", EPSG:4326) comes last and holds a Point, a LineString
# (origin -> destination) or None when unresolved.
EVENT_COLUMNS: dict[str, str] = {
    "id": "str",                 # stable: "<article_id>-<n>", same input -> same ids
    # event_type: the tool's kind, under this name in every format (only the ACLED CSV,
    # --schema acled, uses ACLED's names: its event_type is our acled_event_type):
    #             movement | strike | clash | capture | displacement | meeting | interception
    #             | attack (violence against civilians) | protest | riot
    "event_type": "str",
    "acled_event_type": "str",   # ACLED event_type, e.g. "Explosions/Remote violence"
    "sub_event_type": "str",     # ACLED sub_event_type, e.g. "Air/drone strike"
    "cameo_code": "str",         # CAMEO event code as a string, e.g. "195"
    "trigger": "str",            # the word(s) that made it an event, as written
    "event_date": "date",
    "start_date": "date",
    "end_date": "date",
    "time_precision": "int",     # ACLED: 1 day, 2 week, 3 month
    "date_text": "str",
    "location": "str",           # name of the event's place (destination for movements)
    "origin": "str",
    "destination": "str",
    "country_code": "str",
    "admin1": "str",
    "latitude": "float",
    "longitude": "float",
    "geonameid": "int",
    "origin_geonameid": "int",
    "destination_geonameid": "int",
    "place_kind": "str",         # city | admin1 | admin2 | country | feature | region
    "geo_precision": "int",      # ACLED: 1 town, 2 near town / district, 3 region / country
    "uncertainty_km": "float",   # radius of the area the point stands for
    "actor1": "str",
    "actor2": "str",
    "fatalities": "int",
    "fatalities_text": "str",
    "source": "str",
    "quote": "str",
    "quote_start": "int",
    "quote_end": "int",
    "confidence": "float",
    "unresolved": "bool",        # True when no place could be resolved: geometry is null
    "flags": "str",              # comma-separated: unresolved, approximate, merged ...
    "article_id": "str",
    "url": "str",
    "title": "str",
    "published": "date",         # publication date of the reporting article
    "report_count": "int",       # number of reports merged into this event (geo batch)
    "sources": "str",            # every source of a merged event, "; "-separated
    "fatalities_min": "int",     # fewest deaths a merged report gave, where reports differ
}

# One row per resolved place mention (the GeoPackage "places" layer, the map's Places layer):
# the fields of `geo places --json`, in its order.
PLACE_COLUMNS: dict[str, str] = {
    "mention": "str",
    "start": "int",
    "end": "int",
    "name": "str",
    "kind": "str",
    "geonameid": "int",
    "lat": "float",
    "lon": "float",
    "country_code": "str",
    "admin1": "str",
    "feature_code": "str",       # GeoNames feature code, e.g. PPLA, ADM1, PCLI
    "population": "int",
    "confidence": "float",
    "low_confidence": "bool",    # a guess among namesakes (confidence below 0.25)
    "reason": "str",
    "source": "str",             # geonames, curated (the team's overlay) or user (your layer)
    "article_id": "str",
}
