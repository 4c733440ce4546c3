"""Frozen records passed between the pipeline stages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "AREA_KINDS",
    "Article",
    "Event",
    "EventKind",
    "Mention",
    "MentionHint",
    "Place",
    "PlaceKind",
    "Resolution",
    "TimePrecision",
]

PlaceKind = Literal["city", "admin1", "admin2", "country", "feature", "region"]
MentionHint = Literal["city", "region", "feature", "country"]
EventKind = Literal[
    "movement", "strike", "clash", "capture", "displacement", "meeting", "interception",
    "attack", "protest", "riot",
]
TimePrecision = Literal[1, 2, 3]
# Place kinds whose point stands for an area: later stages show them as approximate.
AREA_KINDS = frozenset({"country", "admin1", "admin2", "region"})
WATER_CODES = frozenset("SEA GULF STRT OCN BAY CHN SD LGN".split())
"""GeoNames feature codes of seas, gulfs, straits, oceans, bays, channels, sounds, lagoons."""
OFFSET_IDS = range(-900_000_000, -500_000_000)
"""Ids of places put where the text says they are from a gazetteer place ("130 km south of
Misrata", :func:`geo.events.offsets.offset_place`): never a gazetteer row (below every
curated id, above the user layer's)."""
LOW_CONFIDENCE = 0.25
"""Below this confidence a resolution is a guess: ``Resolution.low_confidence`` (shown as
``low_confidence`` by ``geo places --json`` and as an event flag). Abstaining instead loses
more right answers than wrong ones on the LGL, TR-News and GeoWebNews corpora."""


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. Coordinates are (lon, lat) order everywhere in this package."""

    id: int
    """Gazetteer row id: the GeoNames id where there is one, a negative id for curated rows."""
    name: str
    kind: PlaceKind
    lon: float
    lat: float
    country_code: str
    admin1: str = ""
    """Name of the first-level division the place lies in ('' for countries)."""
    admin1_code: str = ""
    population: int = 0
    feature_code: str = ""
    geonameid: int | None = None

    @property
    def is_area(self) -> bool:
        """True for countries and regions: the point stands for an area, not a spot."""
        return self.kind in AREA_KINDS

    @property
    def is_offset(self) -> bool:
        """True for a point the text gives by distance and bearing from a gazetteer place."""
        return self.id in OFFSET_IDS


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the input text that names a place."""

    text: str
    start: int
    end: int
    key: str
    """The normalised form looked up in the gazetteer."""
    hint: MentionHint | None = None
    """Kind the words around it ask for ('Idlib province' -> region, 'city of X' -> city)."""
    extends: tuple[int, int] | None = None
    """Span of the whole phrase when a hint word was absorbed ('Deir ez-Zor Province')."""
    abbreviation: bool = True
    """May be an abbreviation ("UAE", "Calif."): the mention finder sets False for a word
    written as an ordinary word (not all capitals, no full stop after it), and only
    abbreviations may then match a place's abbreviations (ISO codes, "Calif"): "To", "And"
    or "Col. Chris Karns" are no countries."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """A mention with the place chosen for it (``place`` is None when the resolver abstained)."""

    mention: Mention
    place: Place | None
    confidence: float
    reason: str
    candidates: int = 0

    @property
    def low_confidence(self) -> bool:
        """A place was chosen, with a confidence below :data:`LOW_CONFIDENCE`."""
        return self.place is not None and self.confidence < LOW_CONFIDENCE


@dataclass(frozen=True, slots=True)
class Article:
    """One input document."""

    text: str
    id: str = ""
    published: dt.date | None = None
    url: str = ""
    title: str = ""
    source: str = ""
    path: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened somewhere, as one sentence reports it."""

    kind: EventKind
    trigger: str
    quote: str
    quote_start: int
    quote_end: int
    location: Resolution | None = None
    origin: Resolution | None = None
    destination: Resolution | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    fatalities_text: str | None = None
    source: str | None = None
    event_date: dt.date | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    time_precision: TimePrecision | None = None
    date_text: str | None = None
    confidence: float = 0.5
    article_id: str = ""
    url: str = ""
    title: str = ""
    flags: tuple[str, ...] = field(default_factory=tuple)
    """Machine-readable notes: 'unresolved', 'negated', 'hypothetical', 'approximate' ..."""
    published: dt.date | None = None
    """Publication date of the article that reported it (merging uses it for undated events)."""

    @property
    def site(self) -> Resolution | None:
        """Where it ended: a movement's or displacement's destination, else its location."""
        if self.kind in ("movement", "displacement") and self.destination is not None:
            return self.destination
        return self.location
