"""Wire leads: the day a report was told, and the day its next sentence gives the event.

Wire copy opens with the news and the day it was told ("Militiamen attacked a camp in Ituri,
killing 14 people, officials said Sunday.") and gives the event's own day in the sentence
after ("The attack began late Saturday ..."). An event dated only by the saying takes that
earlier day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from geo.events.attributes import find_source
from geo.events.dates import find_dates
from geo.events.sentences import split_sentences
from geo.lazy_regex import lazy
from geo.models import Event

__all__ = ["redate_leads"]

# The next sentence retells the event with a verb of time: "The attack began Saturday
# morning", "The fighting, which erupted late Friday, ...", "The raid took place on Monday".
_RETOLD = lazy(
    r"\s*(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assault|raid|fighting|clashes|"
    r"violence|ambush|strikes?|shelling|bombing|offensive|incident|killings?|massacre|"
    r"explosion|blast|battle)\b[^.;!?]{0,80}?\b(?:began|started|took\s+place|happened|"
    r"occurred|erupted|broke\s+out|unfolded|came)\b")
# How far on the retelling sentence is read (a sentence longer than this is cut there).
_REACH = 600
# A wire lead's event is at most a week older than the report of it.
_WEEK = dt.timedelta(days=7)


def redate_leads(events: list[Event], text: str, published: dt.date | None) -> list[Event]:
    """Events dated by the day of their saying ("..., officials said Sunday", flagged
    "date_inferred") take the earlier day the next sentence gives when it retells the event
    ("The assault began Saturday morning"), within a week before it."""
    out = []
    for e in events:
        if "date_inferred" in e.flags and e.event_date is not None and e.source is not None:
            e = _redated(e, text, published)
        out.append(e)
    return out


def _redated(e: Event, text: str, published: dt.date | None) -> Event:
    retold = _RETOLD.match(text, e.quote_end)
    if retold is None:
        return e
    spans = find_source(e.quote).spans
    said = {d.event_date for a, b in spans for d in find_dates(e.quote[a:b], published)}
    if e.event_date not in said:
        return e  # a day carried from the story, not the saying's
    # the retelling sentence, as the article's sentences are split ("at 5 a.m. Saturday")
    window = text[e.quote_end:e.quote_end + _REACH]
    first = split_sentences(window)[:1]
    sentence = window[first[0][0]:first[0][1]] if first else window
    day = next((d for d in find_dates(sentence, published) if d.event_date is not None), None)
    if day is None or not (e.event_date - _WEEK <= day.event_date < e.event_date):
        return e
    return dataclasses.replace(e, event_date=day.event_date, start_date=day.start_date,
                               end_date=day.end_date, time_precision=day.precision,
                               date_text=day.text)
