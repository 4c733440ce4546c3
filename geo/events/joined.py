"""Events one sentence joins: a clause after the located events that sets a scene of its
own, the same verb's further places told with the verb left out, and the events of
triggers that name no place, at the scene or the place in focus (steps of
:func:`geo.events.extract.extract_events`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from geo.events.assemble import VIOLENT, assemble
from geo.events.attributes import Fatalities, Source
from geo.events.dates import DateMatch, nearest_date
from geo.events.focus import WITHDRAWALS, Focus, setting
from geo.events.lexicon import DRIVEN_OUT_BY
from geo.events.roles import Roles, Slot
from geo.events.triggers import PLACE_ENDS, Trigger
from geo.events.words import is_verbal
from geo.lazy_regex import lazy
from geo.models import Event, Resolution

__all__ = ["caused", "elided", "in_focus", "own_settings", "same_scene", "withdrawn_from"]


_ELIDED_AND = lazy(r",\s+(?:and\s+(?:then\s+)?)?|\s+and\s+(?:then\s+)?")


def elided(sentence: str, trig: Trigger, roles: list[Roles], slots: list[Slot],
            dates: list[DateMatch]) -> list[tuple[Trigger, Roles]]:
    """The same verb's further places, each with a date of its own, told with the verb left
    out: "took Kilinochchi on 2 January and Mullaitivu on 25 January" is a second capture,
    dated 25 January (the trigger is placed on the name, so that its own date is nearest);
    so are lists ("seized Mabanda on 3 May, Kiliba on 5 May and Luvungi on 9 May")."""
    last = max((r.location for r in roles if r.location is not None), key=lambda x: x.end,
               default=None)
    out: list[tuple[Trigger, Roles]] = []
    while last is not None:
        first = next((d for d in dates if 0 <= d.start - last.end <= 4
                      and d.event_date is not None), None)
        if first is None:
            break
        gap = _ELIDED_AND.match(sentence, first.end)
        nxt = next((x for x in slots if gap is not None and x.start == gap.end()), None)
        own = next((d for d in dates if nxt is not None and 0 <= d.start - nxt.end <= 4
                    and d.event_date is not None), None)
        if nxt is None or own is None or not PLACE_ENDS.match(sentence, own.end):
            break  # ("and Israel on 25 January launched an invasion": a clause of its own)
        out.append((Trigger(trig.kind, nxt.start, nxt.end, trig.text, trig.weak,
                            trig.verb or (trig.start, trig.end)), Roles(nxt, how="shared")))
        last = nxt
    return out


# Between a trigger and the one before it whose place it shares (see same_scene).
_PARTICIPLE = lazy(r",\s*$")
# ... or joined by "and" to a participle before it, in one clause
_AND_PARTICIPLE = re.compile(r"[^.;:,]*\band\s+")
# ... or a move told after "before" or "after" that heads somewhere: "attacked Macomia on
# Friday before withdrawing towards the coast" (not a bare "before withdrawing": the capture
# told before it is the event)
_BEFORE_AFTER = lazy(r"\s(?:before|after)\s+$")
_DRIVEN_OUT = lazy(DRIVEN_OUT_BY, re.I)
_HEADING = lazy(r"\s+(?:(?:back|further|deeper)\s+)?(?:towards?|to|into|across|north\w*|"
                r"south\w*|east\w*|west\w*)\b")
# ... or the fighting or bombardment that won ground, told after it: "seized Aden on Saturday
# after four days of fighting", "captured Humera after several days of shelling", "retook
# Marawi, supported by air strikes" (a violent noun in the clause of the capture or advance)
# (in the clause: no comma but an apposition's ("took Kidal, a town held by rebels for a
# decade, after days of air strikes"), nor "the" before the noun, which names violence told
# before: "retreated into Sirwah after the air strikes"; and not after a withdrawal, which
# the fighting drove out: "withdrew from Vovchansk after months of fighting")
_WON_AFTER = lazy(
    # (across an apposition: ", the provincial capital,", ", about 50 km north of Sanaa,")
    r"[^.;:,]*?(?:,\s+(?:an?\s|the\s|about\s|some\s|around\s|roughly\s|nearly\s|\d)"
    r"[^.;:,]{1,100},[^.;:,]*?)?"
    r"(?:\b(?:after|following|amid)\s+(?:(?!the\b)(?:an?|several|many|a\s+few|\w+)\s+)?"
    r"(?:(?:hours?|days?|nights?|weeks?|months?)\s+of\s+)?"
    r"|,\s*(?:supported|backed|covered|preceded)\s+by\s+)"
    r"(?:(?:heavy|fierce|intense|intensive|sustained|relentless|renewed|repeated|"
    r"(?:days|weeks|months)-long)\s+)*\Z")
# Advances that fighting wins (not a trip: "travelled to Cairo amid renewed fighting",
# "returned to their barracks after a week of clashes")
_ADVANCES = ("enter", "advanc", "push", "march", "roll", "storm", "overr", "broke into",
             "break into", "reach", "crossed into", "moved into", "launched")
LEAVING = (*WITHDRAWALS, "fle", "left", "leav", "retreat", "abandon", "evacuat")
"""How the words of a move that leaves a place start."""
_IT = lazy(r"\s+it\b(?!\s+(?:was|is|had|has|would|will)\b)")
_AND_THEN = lazy(r"[^;:,]*\band\s+(?:then\s+|later\s+|also\s+)?"
                 # (across a name's apposition: "entered Sinja, the capital of the
                 # state, and seized the headquarters")
                 r"|[^;:,]*,\s+(?:the|a|an)\s+[^;:,()]{1,60},\s+and\s+(?:then\s+|later\s+|"
                 r"also\s+)?")
# ... or the next verb of a list of the subject's verbs: "travelled to Bunia on Monday, met
# the governor and visited a camp" (the verb right after the comma)
_LISTED_VERB = lazy(r"[^;:,]*,\s+(?:then\s+|later\s+|also\s+)?")
# ... and a meeting after the trip its subject's relative clause tells: "President X, who
# travelled from Mogadishu to Dhusamareb on Sunday, met the commanders"
_RELATIVE_TRIP = lazy(r",\s+who\s+(?:[a-z]+ly\s+)?\Z")  # (not "who had travelled" in 2022)
_WHO_WENT = lazy(r"[^;:.]{0,80},\s+(?:also\s+|later\s+|then\s+)?")
# ... and a meeting held by the same subject: "flew to Quetta on Thursday and chaired a
# security meeting"
_AND_HELD = lazy(r"[^;:,]*\band\s+(?:then\s+|later\s+|also\s+)?(?:held|chaired|co-chaired|"
                 r"attended|convened|hosted|presided\s+over)\s+(?:an?\s+|the\s+)?"
                 r"(?:[\w-]+\s+){0,2}")
# ... or the purpose of a trip: "travelled to Nairobi on Saturday for talks with ...", "flew
# to Ankara to hold talks", "who went to Cucuta on Sunday to meet with local officials"
# (a trip's start may come first: "travelled from Ouagadougou to Kaya to meet the governor")
_FOR_TALKS = lazy(r"\s+(?:from\s+(?:[\w'’-]+\s+){1,4}?)?(?:to|in|at)\s+"
                  r"(?:(?!\b(?:after|before|despite|amid|following|"
                  r"and)\b)[^;:,])*?\b(?:for|to)\s+(?:(?:hold|attend|join|chair)\s+)?"
                  r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}")


def won_after(sentence: str, before: Trigger, trig: Trigger) -> bool:
    """Whether ``trig``, violence that names no place of its own, won the ground that the
    capture or advance ``before`` it took, in one clause ("seized Aden on Saturday after four
    days of fighting", "entered Avdiivka after months of bombardment", "retook Marawi,
    supported by air strikes"): an event of its own where that one is (see _WON_AFTER). An
    advance is won "after" fighting, not "amid" it (a trip amid fighting is only a trip)."""
    if trig.kind not in VIOLENT or not (before.kind == "capture" or (
            before.kind == "movement" and before.text.lower().startswith(_ADVANCES))):
        return False
    gap = _WON_AFTER.match(sentence, before.end, trig.start)
    return gap is not None and not (before.kind == "movement" and " amid " in gap.group())


def same_scene(sentence: str, before: Trigger, trig: Trigger) -> bool:
    """Whether ``trig``, which names no place of its own, happens where the trigger
    ``before`` it does:

    - a consequence told by a participle after a comma: "..., forcing thousands from their
      homes", "..., followed by a ground invasion", or joined by "and" to one ("..., seizing
      a string of villages and forcing 4,000 civilians to flee"); a move that heads somewhere after
      "before" or "after" ("attacked Macomia before withdrawing towards the coast");
    - a second verb of the same subject: "deployed to Bakhmut on Monday and clashed with
      Wagner fighters", "travelled to Bunia on Monday, met the governor", also across a
      name's apposition ("entered Sinja, the capital of the
      state, and seized the headquarters"), or a verb whose object is "it" ("took X, and the
      army retook it in March");
    - a meeting the same subject held, or the purpose or sequel of its trip ("flew to Quetta
      and chaired a security meeting", "travelled to Nairobi for talks with ...", "X, who
      travelled to Dhusamareb on Sunday, met ...");
    - violence told after a semicolon ("In Nairobi, thousands marched; two were shot dead
      when police opened fire").
    """
    first = trig.text.split()[0].lower()
    if (first.endswith("ing") or trig.text.lower().startswith("followed by")) and (
            _PARTICIPLE.search(sentence, 0, trig.start)):
        return True
    if first.endswith("ing") and before.text.split()[0].lower().endswith("ing") and (
            _AND_PARTICIPLE.fullmatch(sentence, before.end, trig.start)):
        return True  # "..., seizing a string of villages and forcing 4,000 civilians to flee"
    if first.endswith("ing") and trig.kind in ("movement", "displacement") and (
            _BEFORE_AFTER.search(sentence, 0, trig.start)
            and _HEADING.match(sentence, trig.end)):
        return True
    if trig.kind == "capture" and _DRIVEN_OUT.match(trig.text) and _BEFORE_AFTER.search(
            sentence, 0, trig.start):
        return True  # "took Bambari, before being driven out by peacekeepers"
    if trig.kind == "capture" and " it " in trig.text.lower():
        return True  # "fought the attackers in Kfar Aza before declaring it cleared"
    if is_verbal(trig.text) and (_AND_THEN.fullmatch(sentence, before.end, trig.start)
                                 or (_LISTED_VERB.fullmatch(sentence, before.end, trig.start)
                                     and not _RELATIVE_TRIP.search(sentence, 0, before.start))
                                 or _IT.match(sentence, trig.end)):
        return True
    if trig.kind == "meeting" and (_AND_HELD.fullmatch(sentence, before.end, trig.start) or (
            before.kind == "movement" and (
                _FOR_TALKS.fullmatch(sentence, before.end, trig.start)
                or (_RELATIVE_TRIP.search(sentence, 0, before.start)
                    and not before.text.lower().startswith("return")
                    and _WHO_WENT.fullmatch(sentence, before.end, trig.start))))):
        return True
    return trig.kind in VIOLENT and ";" in sentence[before.end:trig.start]


# Between the fighting and the flight it caused, in one clause: "Renewed fighting between the
# army and the KIA since early April has displaced", "Shelling has forced".
_SINCE_YEARS = lazy(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
                    r"(?:19|20)\d\d\b|\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?(?:\w+\s+)?years\b")
_CAUSE_GAP = lazy(r"[^.;:()]{0,120}?\b(?:has|have|had|which|that)?\s*", re.S)


def caused(sentence: str, cause: Trigger, flight: Trigger, roles: list[Roles]) -> list[Roles]:
    """Where the fighting was that a flight's sentence names as its cause with no place of
    its own: where the people left ("Renewed fighting since April has displaced 7,000 people
    in Tanai", "Shelling drove thousands from Kupiansk to Kharkiv"), shared with the flight.
    Empty when the cause is not the flight's subject or the flight names only where it went.
    """
    if (cause.kind not in VIOLENT or is_verbal(cause.text) or flight.kind != "displacement"
            or not is_verbal(flight.text)
            or not _CAUSE_GAP.fullmatch(sentence, cause.end, flight.start)
            or _SINCE_YEARS.search(sentence) is not None):
        return []  # (not a total of years: "Fighting since 2022 has displaced 6 million")
    left = [r.origin or (r.location if r.destination is None else None) for r in roles]
    return [Roles(x, how="shared") for x in left if x is not None]


def own_settings(
    sentence: str, offset: int, resolutions: Sequence[Resolution], triggers: list[Trigger],
    found: list[Event], late: list[tuple[Trigger, list[str]]], source: Source,
    dates: list[DateMatch], floor: int, carried: dt.date | None,
) -> list[Event]:
    """Events of triggers told after the sentence's located events that set a scene of their
    own between the trigger before them and themselves: "In Dnipro, a drone hit a
    kindergarten, and in Pavlohrad, missiles struck an energy facility". One with no setting
    of its own is the circumstance of the others ("... as Russian forces advanced")."""
    used = {e.location.mention.start for e in found if e.location is not None}
    out: list[Event] = []
    for trig, flags in late:
        before = max((t.end for t in triggers if t.end <= trig.start), default=floor)
        own = setting(sentence, offset, [r for r in resolutions
                                         if before <= r.mention.start - offset < trig.start])
        if own is not None and own.mention.start not in used:
            used.add(own.mention.start)
            out += in_focus(sentence, offset, [(trig, flags)], own, (), source, dates, None,
                             floor, carried)
    return out


def in_focus(
    sentence: str, offset: int, unplaced: list[tuple[Trigger, list[str]]], focus: Resolution,
    how: tuple[str, ...], source: Source, dates: list[DateMatch], fatal: Fatalities | None,
    floor: int, carried: dt.date | None,
) -> list[Event]:
    """One event per kind for a sentence that names no place where it tells the event: at
    the sentence's setting or the place in focus (``how``: the flags saying which)."""
    slot = Slot(focus, 0, 0, None, 0)
    out = []
    for trig, flags in {t.kind: (t, f) for t, f in reversed(unplaced)}.values():
        out.append((trig, Roles(slot, None, None, "focus"), [*flags, *how], ""))
    out.sort(key=lambda item: item[0].start)
    return assemble(sentence, offset, out, [slot], source, dates, fatal, floor, carried)


_FOUGHT_OVER = ("capture", "clash", "strike", "attack")


def withdrawn_from(events: list[Event], focus: Focus | None = None) -> list[Event]:
    """A withdrawal told with where it went only starts where the sentence's fighting or
    capture before it was: "retook the airstrip in Zemio after the militia withdrew toward
    Obo" leaves Zemio. With none in the sentence, it leaves the town the story is at
    (``focus``): "Loyalist troops took Brega. By the evening they had withdrawn towards Ras
    Lanuf". Either is flagged "origin_inferred"."""
    out: list[Event] = []
    for e in events:
        if (e.kind == "movement" and e.origin is None and e.destination is not None
                and e.trigger.lower().startswith(WITHDRAWALS)):
            before = next((x.location for x in reversed(out) if x.kind in _FOUGHT_OVER
                           and x.location is not None and x.location.place is not None), None)
            here = focus.place() if before is None and focus is not None else None
            if here is not None and here.place is not None and here.place.kind == "city":
                before = here
            dest = e.destination.place
            if before is not None and (dest is None or before.place.id != dest.id):
                e = dataclasses.replace(e, origin=before, flags=(*e.flags, "origin_inferred"))
        out.append(e)
    return out


# The place itself, again, as the subject of a passive: "before it was retaken", "the town
# was hit again"
_AGAIN_SUBJECT = lazy(r"\b(?:[Ii]t|[Tt]he\s+(?:town|city|village|base|area|site|camp))\s+"
                      r"(?:was|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+|again\s+|"
                      r"also\s+|then\s+)?\Z")


def again(sentence: str, unplaced: Sequence[tuple[Trigger, list[str]]], found: Sequence[Event],
          dates: list[DateMatch], spans: tuple[tuple[int, int], ...]) -> list[Event]:
    """Events for violent triggers that name no place, when an event of their kind in the
    sentence has one and they have a day of their own, another: the same place hit or taken
    again ("Gwoza was overrun by Boko Haram in 2014 ... before it was retaken by the
    military in March 2015"). The place is the first event's, flagged inferred."""
    out = []
    for trig, flags in unplaced:
        first = next((e for e in found if e.kind == trig.kind and e.location is not None),
                     None) if trig.kind in VIOLENT else None
        if first is None or first.event_date is None or not _AGAIN_SUBJECT.search(
                sentence, max(0, trig.start - 40), trig.start):
            continue  # (not "two days after Ukrainian drones struck a refinery on Saturday":
            # another place, not this one again)
        # (a day told before the trigger is the first event's: "in 2014 before it was
        # retaken ... in March 2015")
        date = next((d for d in dates if d.start >= trig.end and d.event_date), None) or (
            nearest_date(dates, trig.start, trig.end, sentence,
                         tuple(span for span in spans if span != (trig.start, trig.end))))
        if date is None or date.event_date is None or date.event_date == first.event_date:
            continue
        out.append(dataclasses.replace(
            first, trigger=trig.text, actor1=None, actor2=None, fatalities=None,
            fatalities_text=None, event_date=date.event_date, start_date=date.start_date,
            end_date=date.end_date, time_precision=date.precision, date_text=date.text,
            flags=tuple(dict.fromkeys((*flags, "place_inferred")))))
    return out
