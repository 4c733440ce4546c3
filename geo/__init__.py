"""geo: offline geoparser and event mapper for English news text."""

from __future__ import annotations

from geo.errors import GazetteerError, GeoError, InputError, OutputError, UnresolvedPlaceError
from geo.models import Article, Event, Mention, Place, Resolution
from geo.pipeline import analyse, events_frame, find_places
from geo.places import Gazetteer, extract_mentions, load, normalize_name, resolve

__all__ = [
    "Article",
    "Event",
    "GazetteerError",
    "Gazetteer",
    "GeoError",
    "InputError",
    "Mention",
    "OutputError",
    "Place",
    "Resolution",
    "UnresolvedPlaceError",
    "analyse",
    "events_frame",
    "extract_mentions",
    "find_places",
    "load",
    "normalize_name",
    "resolve",
]
__version__ = "0.1.0"
