"""Events stage: takes a text and its resolved places and gives the events it reports.

:func:`extract_events` splits the text into sentences (``sentences``), finds trigger words
(``triggers``, word lists in ``lexicon``, everyday senses left out in ``plausible``, words of
arms in ``arms``, counts that are no events in ``tallies``, shared word helpers in ``words``)
and keeps those its clause tells as events (``clauses``), the roles of the places around
them (``roles``; "the city" from ``anaphora``, the place in focus from ``focus``, places the
places stage did not list from ``unlisted``; a place the gazetteer lacks put at the distance
and bearing the text gives from a town, ``offsets``), actors, tolls
and sources (``attributes``), dates on the article's own timeline (``dates``) and linked movements
(``itinerary``), merges repeats and enforces the origin/destination invariants (``repeats``),
and gives :class:`~geo.models.Event` records; ``taxonomy`` maps an event kind to ACLED and
CAMEO codes. Uses the places stage only for name normalisation, gazetteer look-ups and
distances; never imports the maps or corpus stages.
"""

from __future__ import annotations

from geo.events.dates import find_dates, resolve_date
from geo.events.extract import OnUncertain, extract_events
from geo.events.sentences import split_sentences
from geo.events.taxonomy import acled_for, cameo_for, classify

__all__ = [
    "OnUncertain",
    "acled_for",
    "cameo_for",
    "classify",
    "extract_events",
    "find_dates",
    "resolve_date",
    "split_sentences",
]
