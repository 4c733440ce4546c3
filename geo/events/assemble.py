"""Events of one sentence put together: each trigger's roles, date, actors, casualties and
confidence, as :class:`geo.models.Event` records (the last step of
:func:`geo.events.extract.extract_events`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import cast

from geo.events.attributes import Fatalities, Source, actors, dateline
from geo.events.civilians import one_sided_on_civilians
from geo.events.dates import DateMatch, nearest_date
from geo.events.offsets import offset_place
from geo.events.roles import Roles, Slot
from geo.events.triggers import Trigger
from geo.lazy_regex import lazy
from geo.models import Event, EventKind, Resolution

__all__ = ["VIOLENT", "assemble", "clause_start", "masked"]

VIOLENT = ("strike", "clash", "capture", "attack", "riot")
"""Kinds of violence (a death toll goes to the nearest of them)."""
# (a bracket opens no clause when it only converts a distance: "25 miles (40 km) south of")
_PUNCT_BACK = re.compile(r"[;:,“\"—–]|\((?!\s*\d[\d.,]*\s*(?:km|kilomet|miles?\b))")
_ANYONE = ("people", "persons", "others")
_PRONOUN = lazy(r"\s*(?:it|they|its|their)\b")


def clause_start(sentence: str, at: int, floor: int) -> int:
    """Where the clause holding offset ``at`` starts: after the last punctuation mark before
    it, never before ``floor`` (the end of a leading attribution)."""
    cut = max((m.end() for m in _PUNCT_BACK.finditer(sentence, floor, at)), default=floor)
    return max(cut, floor)


def _pick(slot: Slot | None, slots: list[Slot], flags: list[str], sentence: str
          ) -> Resolution | None:
    """The resolution for a role; an unresolved name borrows a resolved qualifier's place,
    or the point the text puts it at from there ("Abu Grein, 130 km south of Misrata")."""
    if slot is None:
        return None
    if slot.res.place is None:
        index = slots.index(slot)
        better = next((s for s in slots if s.head == index and s.res.place is not None), None)
        if better is not None:
            flags.append("approximate")
            spot = offset_place(sentence[slot.end:better.start], slot.res, better.res)
            if spot is not None:
                flags.append("offset")
                return spot
            return better.res
        flags.append("unresolved")
    elif slot.res.place.is_offset:  # named again after the text put it (offsets.carry_offsets)
        flags += ["approximate", "offset"]
    if slot.prep == "near" and "near" not in flags:
        flags.append("near")
    return slot.res


def masked(sentence: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The sentence with its attributions blanked ("..., AP reported on Monday")."""
    if not spans:
        return sentence  # most sentences have no attribution: nothing to copy
    chars = list(sentence)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _confidence(how: str, flags: list[str], trig: Trigger, sentence: str, extras: int,
                res: Resolution | None) -> float:
    score = 0.55 + {"prep": 0.2, "object": 0.2, "passive": 0.15}.get(how, 0.1)
    score -= 0.15 * trig.weak + 0.2 * ("unresolved" in flags) + 0.05 * ("approximate" in flags)
    score += 0.05 * extras - 0.1 * sentence.startswith(("“", '"'))
    if res is not None and res.place is not None:
        score = 0.75 * score + 0.25 * res.confidence
    return round(min(0.95, max(0.05, score)), 3)


def _another_trip(prior: Event, prior_trigger: Trigger, trig: Trigger,
                  dest: Resolution | None, sentence: str) -> bool:
    """A second verb of travel to somewhere else is a trip of its own: "Most moved to Pemba,
    while 1,900 people travelled to Mueda", and so is one of other people ("Thousands fled
    Rafah, while others travelled to Deir al-Balah"). A participle goes on with the first
    ("fled to Chad, reaching Adré"), and a verb's second destination is one trip's list."""
    if trig is prior_trigger or dest is None or trig.text.lower().endswith("ing"):
        return False
    if prior.destination is None:
        return _OTHERS.search(sentence, prior_trigger.end, trig.start) is not None
    return (dest.place is not None and prior.destination.place is not None
            and dest.place.id != prior.destination.place.id)


# Another group of people: ", while others", "and some"
_OTHERS = lazy(r"(?:,|\band|\bwhile|\bwhereas)\s+(?:while\s+)?(?:many\s+|some\s+|"
               r"\d[\d,]*\s+)?others?\b|,\s+while\s+(?:some|many|most)\b")


def _another_day(first: Event, date: DateMatch | None) -> bool:
    """A second trigger of a kind that shares the first's place is an event of its own when
    it has a day of its own, other than the first's: "seized X on Tuesday, but the army
    recaptured it on Friday"."""
    return (date is not None and date.event_date is not None and first.event_date is not None
            and date.event_date != first.event_date)


def assemble(
    sentence: str, offset: int, out: list[tuple[Trigger, Roles, list[str], str]],
    slots: list[Slot], source: Source, dates: list[DateMatch], fatal: Fatalities | None,
    floor: int, carried: dt.date | None = None, spans: tuple[tuple[int, int], ...] = (),
) -> list[Event]:
    """One event per trigger and role of a sentence, in the order of ``out``.

    Parameters
    ----------
    sentence, offset : the sentence and where it starts in the article.
    out : (trigger, roles, flags, voice) for each trigger that found its places.
    slots : the sentence's place mentions (:func:`geo.events.slots.place_slots`).
    source, dates, fatal : the sentence's attribution, dates and death toll.
    floor : where the sentence's own words start (after a leading attribution).
    carried : the story's day, for a sentence that gives none ("then visited ...").
    spans : every trigger's (start, end): a date past another trigger is not this one's.

    Returns
    -------
    list of Event : a death toll goes to the nearest violent trigger (split when it is
    shared), a role with no place joins an earlier event of its kind, and a second trigger
    of a kind at the same place is left out.
    """
    violent = [t for t, *_ in out if t.kind in VIOLENT]
    dead_trigger = min(violent, key=lambda t: abs(t.start - fatal.start), default=None) \
        if fatal is not None else None
    share = sum(1 for t, *_ in out if t is dead_trigger)
    events: list[Event] = []
    seen: dict[tuple[str, int], int] = {}
    told: list[Trigger] = []  # the trigger of each event
    # actors are read with the dates blanked ("On 24 February troops shelled" -> "troops")
    undated = masked(sentence, (*((d.start, d.end) for d in dates), *dateline(sentence)))
    given = 0
    for trig, role, flags, voice in out:
        loc = _pick(role.location, slots, flags, sentence)
        origin = _pick(role.origin, slots, [] if role.origin is role.location else flags,
                       sentence)
        dest = _pick(role.destination, slots,
                     [] if role.destination is role.location else flags, sentence)
        if loc is None:
            prior = next((i for i, e in enumerate(events) if e.kind == trig.kind), None)
            if prior is not None and not _another_trip(events[prior], told[prior], trig, dest,
                                                       sentence):
                events[prior] = dataclasses.replace(
                    events[prior], origin=events[prior].origin or origin,
                    destination=events[prior].destination or dest)
                continue
            loc = dest or origin
            if loc is None:
                continue
        key = (trig.kind, loc.mention.start)
        date = nearest_date(dates, trig.start, trig.end, sentence, tuple(
            span for span in spans if span != (trig.start, trig.end)))
        if key in seen and not (role.how == "shared" and _another_day(events[seen[key]], date)):
            first = events[seen[key]]
            if first.destination is None and dest is not None and dest is not loc:
                # "left Port-au-Prince by bus, many of them heading to Les Cayes": one
                # flight, and where it went
                events[seen[key]] = dataclasses.replace(first, destination=dest)
            continue
        if (date is None or date.event_date is None) and carried is not None:
            # "Administrator Power then visited ...": the story's day goes on
            date = DateMatch("", 0, 0, carried, carried, carried, 1)
            flags.append("date_inferred")
        verb = trig.verb or (trig.start, trig.end)
        actor1, actor2 = actors(undated, verb, trig.text, trig.kind, voice,
                                clause_start(sentence, verb[0], floor))
        if actor1 is None and source.name and _PRONOUN.match(
                sentence, clause_start(sentence, trig.start, floor)):
            actor1 = source.name  # "The Arakan Army said it had captured ..."
        if actor1 is None and source.name and "claimed responsibility" in sentence:
            actor1 = source.name
        count = text = None
        if trig is dead_trigger and fatal is not None:
            text = fatal.text
            if fatal.count is not None:
                count = fatal.count // share + (fatal.count % share if given == 0 else 0)
                if share > 1:
                    flags.append("fatalities_split")
            if fatal.approximate:
                flags.append("approximate_count")
            if actor2 is None and fatal.victims and fatal.victims.lower() not in _ANYONE:
                actor2 = fatal.victims
            given += 1
        kind = trig.kind
        if kind == "clash" and trig is dead_trigger and fatal is not None and (
                one_sided_on_civilians(sentence, trig, fatal.victims)):
            kind = "attack"  # "stormed a village near Djibo, killing 30 civilians"
        extras = (date is not None and date.event_date is not None) + (source.name is not None)
        seen[key] = len(events)
        told.append(trig)
        events.append(Event(
            kind=cast(EventKind, kind), trigger=trig.text, quote=sentence, quote_start=offset,
            quote_end=offset + len(sentence), location=loc, origin=origin, destination=dest,
            actor1=actor1, actor2=actor2, fatalities=count, fatalities_text=text,
            source=source.name, event_date=date.event_date if date else None,
            start_date=date.start_date if date else None,
            end_date=date.end_date if date else None,
            time_precision=date.precision if date else None,
            date_text=date.text if date else None,
            confidence=_confidence(role.how, flags, trig, sentence, extras, loc),
            flags=tuple(dict.fromkeys(flags)),
        ))
    return events
