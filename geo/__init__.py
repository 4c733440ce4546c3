"""geo: offline geoparser and event mapper for English news text.

The analysis names (``find_places``, ``analyse``, ``load``, ...) are imported on first use
(PEP 562): ``import geo`` alone, as every ``geo`` command does first, stays light, so that
``geo batch --workers 2`` starts the process its workers are forked from before this
process has loaded the gazetteer code and NumPy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from geo.errors import GazetteerError, GeoError, InputError, OutputError, UnresolvedPlaceError
from geo.models import Article, Event, Mention, Place, Resolution

if TYPE_CHECKING:
    from geo.pipeline import analyse, events_frame, find_places
    from geo.places import Gazetteer, extract_mentions, load, normalize_name, resolve

_LAZY = {
    "analyse": "geo.pipeline",
    "events_frame": "geo.pipeline",
    "find_places": "geo.pipeline",
    "Gazetteer": "geo.places",
    "extract_mentions": "geo.places",
    "load": "geo.places",
    "normalize_name": "geo.places",
    "resolve": "geo.places",
}

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


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value  # once: later lookups find it without this function
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
