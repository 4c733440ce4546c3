"""One real-world event, one record: repeats in an article merge, and every event keeps the
invariants (origin differs from destination; only directed kinds carry origin/destination).

Also the events one sentence implies beside the ones it states: a visit is travel there, an
offensive "into" a place is forces moving there, a launch area belongs to its strike.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from geo.events.lexicon import TRIP_VERBS
from geo.events.words import is_verbal
from geo.lazy_regex import lazy
from geo.models import WATER_CODES, Event, Place
from geo.prefilter import last_words

__all__ = ["HEADING", "launch_sites", "merge_repeats", "sane", "with_travel"]


# Kinds that go from somewhere to somewhere. A strike keeps where it was launched from and an
# interception where the craft was sent back to; every other kind happens at one place
# ("fighting spread from Khartoum to Omdurman" is fighting in Omdurman).
_DIRECTED_KINDS = ("movement", "displacement", "strike", "interception")




def sane(event: Event) -> Event:
    """Enforce the invariants: origin differs from destination; undirected kinds have neither.

    An attack located on a sea, gulf or strait is on shipping: remote violence (a strike).
    """
    where = event.location.place if event.location is not None else None
    if event.kind == "clash" and where is not None and where.feature_code in WATER_CODES:
        event = dataclasses.replace(event, kind="strike")
    if event.kind not in _DIRECTED_KINDS and (event.origin or event.destination):
        return dataclasses.replace(event, origin=None, destination=None)
    o, d = event.origin, event.destination
    if o is not None and d is not None and (o is d or (
            o.place is not None and d.place is not None and o.place.id == d.place.id)
            or o.mention.start == d.mention.start):
        flags = tuple(f for f in event.flags if f != "origin_inferred")
        return dataclasses.replace(event, origin=None, flags=flags)
    return event


HEADING = re.compile(r"\s*=+[^=\n]*=+\s*")
_TITLE_END = lazy(r"[.!?:;”\"’']\s*$")
# A photo's credit in brackets after its caption: "... Nov. 9, 2021. (Zana Omer/VOA)",
# "(AP Photo/Felipe Dana)", "(Photo: UNHCR)"
_CAPTION = lazy(r"^FILE\b|\b(?:1[89]|20)\d\d\.\s*\(")
_CREDIT = lazy(r"(?<=[.!?])\s*\((?:[^()]{1,60}/[^()]{1,60}|(?:photo|file|credit)\b"
               r"[^()]{0,60})\)\s*$", re.I)


def _is_title(event: Event, text: str) -> bool:
    """A short line of its own without a full stop: a headline or title ("Siege of Mariupol",
    "SUDAN: Flash Update No. 12 - Hostilities in El Fasher")."""
    line_start = text.rfind("\n", 0, event.quote_start) + 1
    line_end = text.find("\n", event.quote_end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if line.endswith(")") and (credit := _CREDIT.search(line)) is not None and (
            _CAPTION.search(line) is not None):
        line = line[:credit.start()]  # a photo's caption, its credit after its full stop (a
        # caption dates its picture or files it: not "Kenya: Police kill three protesters in
        # Nairobi. (Reuters/File)", a headline)
    return len(line) <= _TITLE_CHARS and not _TITLE_END.search(line)


_TITLE_CHARS = 200


_MERGE_WINDOW = 150
# Kinds of violence a repeat may name with a generic word ("struck a school ... The attack
# killed three"; a headline's "Gunmen kill 30").
_VIOLENCE = frozenset({"strike", "clash", "attack"})
_GENERIC = lazy(r"(?:attack|assault|kill|incident|violence|raid)", re.I)


_RESTATES = lazy(r"\s+(?:[\w-]+\s+){0,3}?(?:occurred|took\s+place|happened|came|was\s+"
                 r"carried\s+out|was\s+conducted)\b", re.I)


def _restates(event: Event) -> bool:
    """"The hijacking occurred on November 19": a sentence told to date an event told before."""
    at = event.quote.find(event.trigger)
    return at >= 0 and _RESTATES.match(event.quote, at + len(event.trigger)) is not None


# An episode of a longer event, told as one: "The first battle for the city took place
# between 15 and 20 April", "Renewed clashes broke out on 12 May"
_EPISODE = re.compile(r"\b(?:first|second|third|fourth|fifth|new|another|renewed|fresh|latest|"
                      r"earlier|later)\s+(?:[\w-]+\s+)?\Z", re.I)
_AGAIN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:again|anew|once\s+more)\b", re.I)


def _episode(event: Event) -> bool:
    """Whether the event is told as an episode of a longer one (see :data:`_EPISODE`), or
    as one more ("Clashes broke out again between 12 and 29 May")."""
    at = event.quote.find(event.trigger)
    return at >= 0 and (_EPISODE.search(event.quote, max(0, at - 30), at) is not None
                        or _AGAIN.match(event.quote, at + len(event.trigger)) is not None)


# A claim's words about what was done, told after the deed ("... claimed responsibility,
# saying the bomber had targeted both Shi'ites and the Taliban")
_CLAIMED_DEED = re.compile(r"\b(?:saying|said|says|claimed|claiming|adding|added)\s+(?:that\s+)?"
                           r"(?:[\w'’-]+\s+){0,4}?(?:had|has|have)\s+(?:[\w-]+\s+)?\Z", re.I)


def _claimed_deed(event: Event) -> bool:
    """Whether a verb with no place of its own is told as a claim's words of a deed."""
    if "place_inferred" not in event.flags:  # (most events: no search)
        return False
    at = event.quote.find(event.trigger)
    return at > 0 and _CLAIMED_DEED.search(event.quote, max(0, at - 80), at) is not None


_FOCUS_FLAGS = ("place_inferred", "place_in_focus")


def _noun_led(trigger: str) -> bool:
    """A noun trigger merged with the verb after it ("The strike hit the car"): the noun is
    what a definite phrase refers back with."""
    first = trigger.split()[0].lower()
    return " " in trigger.strip() and not first.endswith("ing") and not is_verbal(first)


def _narrows(e: Event, f: Event, definite: bool) -> bool:
    """A definite repeat with a place of its own narrows the undirected event it repeats
    from an area to a spot in it ("Gunmen ambushed a bus in Balochistan province ... The
    attack took place in the Musakhel district")."""
    return (definite and "place_inferred" not in e.flags and e.origin is None
            and e.destination is None and f.origin is None and f.destination is None
            and e.location is not None and f.location is not None
            and e.location.place is not None and not e.location.place.is_area)


def _opening(text: str) -> int:
    """Where the body's first sentence starts: it names the article's event ("The Goma
    offensive was a military campaign ..."), so it is no repeat, whatever its article. The
    body starts past a title line, and at the text's start when its first line is a
    sentence (a wire story's lead)."""
    body = text.find("\n", 0, 200) + 1
    if body and _TITLE_END.search(text, 0, body - 1):
        body = 0
    first = _NON_SPACE.search(text, body)
    return first.start() if first is not None else len(text)


_NON_SPACE = re.compile(r"\S")


# What goes before a noun that refers back to an event: a determiner or a possessive and up
# to two words ("the siege", "these Red Sea attacks", "The Houthis' attacks"), or a
# description ("was the largest land battle"). Fixed, so it is compiled once: the trigger
# is matched on its own (see _definite).
_DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:the|this|these|those|its|their)|[A-Z][\w-]*['’]s?)\s+(?:[\w-]+\s+){0,2}\Z"
    r"|\b(?:was|were|is|are|became|remains?)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,4}\Z", re.I)


def _definite(event: Event) -> bool:
    """A noun that refers back to an event already told: definite ("The siege is
    apocalyptic", "named the attacks Operation X", "The Houthis' Red Sea attacks have drawn",
    "The hijacking occurred on ...") or a description ("It was the largest land battle")."""
    # Every place the trigger stands as a whole word (overlapping ones too), then whether a
    # definite phrase ends right there. One pattern per trigger holding the phrase as well
    # would cost a millisecond to compile for each new trigger word.
    # (A phrase holds at most six words, "was the" and four more: searched from the sixth
    # word before the trigger on.)
    quote = event.quote
    return any(_DEFINITE_BEFORE.search(quote, last_words(quote, 0, at, 6), at) is not None
               for at in _places_of(event.trigger, quote))


_WORD_END = re.compile(r"\b")


def _places_of(word: str, text: str) -> Iterator[int]:
    """Where ``(?=word\\b)`` matches ``text`` under re.IGNORECASE, in order."""
    if not (word.isascii() and text.isascii()):
        yield from (m.start() for m in re.finditer(rf"(?={re.escape(word)}\b)", text, re.I))
        return
    # ASCII only: ignoring case is comparing lower-cased text, and no pattern is compiled
    low, key = text.lower(), word.lower()
    at = low.find(key)
    while at >= 0:
        if _WORD_END.match(text, at + len(key)):
            yield at
        at = low.find(key, at + 1)


def merge_repeats(events: list[Event], text: str) -> list[Event]:
    """One real-world event, one record: drop repeats told by a title or a place in focus.

    A headline's event ("Siege of Mariupol") and a sentence that only takes the place in
    focus ("Clashes continued") repeat an event of the same kind told elsewhere in the
    article at the same place, or inside the same country when theirs is an area, unless
    their dates differ; the kept event is flagged "merged_in_article" and takes the date of
    a definite repeat when it has none ("The hijacking occurred on November 19, 2023"). A
    definite repeat that names a town inside the kept event's area moves it there ("The
    attack took place in Musakhel"); one at a place the gazetteer lacks repeats the event
    of the sentence just before ("The attack on Abu Shouk camp"). A title's date is the
    report's, so it never keeps a title's event apart.
    """
    def where(e: Event) -> Place | None:
        return e.site.place if e.site is not None else None

    def same_place(a: Place, b: Place) -> bool:
        # an area (a country, a province) holds the towns of its country
        return a.id == b.id or (a.is_area and a.kind != "region" and bool(a.country_code)
                                and a.country_code == b.country_code)

    opening = _opening(text)
    # A title ranks below a repeat in the body, which ranks below a report of its own; an
    # event merges into one of higher rank, or of the same rank told before it.
    definite = [_definite(e) for e in events]
    rank = [0 if _is_title(e, text) else 1 if (
        ("place_inferred" in e.flags and not is_verbal(e.trigger)) or _claimed_deed(e)
        or ((not is_verbal(e.trigger) or _noun_led(e.trigger)) and definite[i]
            and e.quote_start > opening
            and (e.event_date is None or "date_inferred" in e.flags))) else 2
        for i, e in enumerate(events)]
    merged: set[int] = set()
    drop: set[int] = set()
    places = [where(e) for e in events]
    for i, e in enumerate(events):
        here = places[i]
        if rank[i] == 2 or (here is None and not (definite[i] and e.location is not None)):
            continue
        fits = []
        # a repeat is told near what it repeats: a window of events keeps long texts linear
        for j in range(max(0, i - _MERGE_WINDOW), min(len(events), i + _MERGE_WINDOW)):
            f, there = events[j], places[j]
            if j == i or j in drop or rank[j] < rank[i] or (rank[j] == rank[i] and j > i) or (
                    there is None) or not (f.kind == e.kind or (
                    {e.kind, f.kind} <= _VIOLENCE and _GENERIC.match(e.trigger))):
                continue
            if here is None:
                if j != i - 1 or f.quote_end > e.quote_start or (
                        text[f.quote_end:e.quote_start].strip()):
                    continue  # "The attack on Abu Shouk camp": a place the gazetteer lacks,
                    # of the event told just before
            elif not same_place(here, there) and not (
                    "place_inferred" in e.flags and definite[i] and j < i) and not (
                    _narrows(e, f, definite[i]) and j < i and same_place(there, here)):
                continue  # ("The siege is apocalyptic" is the siege told before, wherever)
            if rank[i] == 0:
                pass  # a title's date is the report's ("Flash Update #3: Hostilities in
                # Tripoli, 31 August 2023"), not its event's
            elif e.event_date and f.event_date and e.event_date != f.event_date:
                continue
            elif (e.event_date and not f.event_date and "date_inferred" not in e.flags
                    and ((e.time_precision == 1 and e.end_date == e.start_date)
                         or not (definite[i] or "place_in_focus" in e.flags) or _episode(e))
                    and (not _restates(e) or _episode(e))):
                # "The initial attack on January 25 was held back", "Attacks on the city
                # intensified in November": an episode with a date of its own
                continue
            # best: the same kind, then the same date, then the nearest before it
            # (an undated repeat prefers none by date)
            other_day = e.event_date is not None and e.event_date != f.event_date
            fits.append((f.kind != e.kind, other_day, abs(i - j), j))
        if not fits:
            continue
        j = min(fits)[-1]
        f = events[j]
        drop.add(i)
        merged.add(j)
        if j < i and here is not None and _narrows(e, f, definite[i]) and not same_place(
                here, places[j]):
            # "The attack took place in the Musakhel district": the town in the province
            events[j] = f = dataclasses.replace(f, location=e.location, flags=tuple(
                x for x in f.flags if x not in _FOCUS_FLAGS) + tuple(
                x for x in e.flags if x == "near" and x not in f.flags))
        if f.fatalities is None and e.fatalities is not None:  # "The attack killed three"
            events[j] = f = dataclasses.replace(
                f, fatalities=e.fatalities, fatalities_text=e.fatalities_text)
        if f.event_date is None and e.event_date is not None and definite[i]:
            # "The hijacking occurred on November 19": the date of the nominal mention
            events[j] = dataclasses.replace(
                f, event_date=e.event_date, start_date=e.start_date, end_date=e.end_date,
                time_precision=e.time_precision, date_text=e.date_text)
    # A title whose event the body tells in other words ("Escalation of hostilities in
    # Lebanon" over a report of strikes, "Moura massacre" over the chronicle of it) is the
    # report's name, not a record of its own; a text that is one line is no title's.
    for i, e in enumerate(events):
        line_end = text.find("\n", e.quote_end) if rank[i] == 0 else -1
        if line_end > 0 and len(text) - line_end > _BODY_CHARS and _HEADS_BODY.match(
                text, line_end) and (not text[:text.rfind("\n", 0, e.quote_start) + 1].strip()
                                     or _BLANK_AFTER.match(text, line_end)):
            drop.add(i)
    return [dataclasses.replace(e, flags=(*e.flags, "merged_in_article")) if i in merged else e
            for i, e in enumerate(events) if i not in drop]


_BODY_CHARS = 200  # what must follow a title line for it to head a body
# ... which opens as a text does (not a hard-wrapped sentence going on: "... officials\nsaid
# on Sunday"); a title is the text's first line or stands above a blank line
_HEADS_BODY = lazy(r"\s*[A-Z0-9\"“'‘•*(\[-]")
_BLANK_AFTER = lazy(r"\n[ \t]*\n")


_VISIT = lazy(r"visit(?:ed|s|ing)?$", re.I)


def launch_sites(events: list[Event]) -> list[Event]:
    """"Rockets fired from Lebanon struck Kiryat Shmona": one strike, launched from Lebanon;
    "Missiles launched from Yemen were intercepted over Eilat": one interception from Yemen."""
    launches = {id(e) for e in events if e.kind == "strike" and e.origin is not None
                and e.location is e.origin}
    target = next((e for e in events if e.kind == "strike" and e.location is not None
                   and id(e) not in launches), None)
    if launches and target is None:
        # "Missiles launched from Yemen were intercepted over Eilat": the launch is the
        # interception's origin, not a strike on Yemen
        target = next((e for e in events if e.kind == "interception"), None)
    if not launches or target is None:
        return events
    launch = next(e.origin for e in events if id(e) in launches)
    return [dataclasses.replace(e, origin=e.origin or launch) if e is target else e
            for e in events if id(e) not in launches]


# "launched an offensive into Kursk Oblast": fighting there, and forces moving in.
_PUSH_INTO = lazy(r"(?:counter-?)?(?:offensives?|incursions?|assaults?|ground\s+operations?)"
                  r"\s+(?:deep\s+)?into\b", re.I)


# "launched an offensive toward Debre Markos": forces on the way there; the fighting is not
# (yet) at the place.
_PUSH_TOWARD = lazy(r"(?:counter-?)?(?:offensives?|advances?|push|drive|ground\s+"
                    r"operations?)\s+(?:\w+\s+){0,2}?towards?\s+(?:the\s+)?", re.I)


def _pushes_toward(e: Event) -> bool:
    """A clash whose trigger is an offensive toward its place ("a ground offensive toward
    Pale township")."""
    if e.kind != "clash" or e.location is None or e.location.mention is None:
        return False
    at = e.location.mention.start - e.quote_start
    return any(m.end() <= at <= m.end() + 30 and e.trigger.lower() in m.group().lower()
               for m in _PUSH_TOWARD.finditer(e.quote, 0, max(0, at)))


def with_travel(events: list[Event]) -> list[Event]:
    """An official's visit ("visited Adré") is travel there, and a meeting as well when the
    sentence says whom the visitor met or spoke with (:data:`_MET_PEOPLE`); an offensive
    "into" a place is forces moving there as well as fighting, one "toward" a place only
    forces moving there."""
    out = []
    for e in events:
        if _pushes_toward(e):
            e = dataclasses.replace(e, kind="movement", origin=None, destination=e.location)
        out.append(e)
        push = _PUSH_INTO.search(e.quote) if e.kind == "clash" else None
        if push is not None and e.location is not None and (
                e.trigger.lower() in push.group().lower()):
            out.append(dataclasses.replace(e, kind="movement", origin=None,
                                           destination=e.location))
        if e.kind == "meeting" and _VISIT.match(e.trigger) and e.location is not None and (
                e.trigger.lower() != "visit" or " visit to " in e.quote
                # (the verb: "the first ... to visit Somalia"; not a trip's purpose, "traveled
                # to Kenya to visit refugees in Dadaab", whose trip is told)
                or (" to visit " in e.quote and not any(
                    w.startswith(TRIP_VERBS)
                    for w in e.quote[:e.quote.find(" to visit ")].lower().split()))):
            travel = dataclasses.replace(e, kind="movement", origin=None,
                                         destination=e.location)
            at = e.quote.find(e.trigger)
            if at >= 0 and not (_WITH.match(e.quote, at + len(e.trigger))
                                or _MET_PEOPLE.search(e.quote)):
                out[-1] = travel  # "Modi visited Adampur Air Base", "visited frontline
                # units in Jermuk": a trip, no one met
            else:
                out.append(travel)
    return out


# A visit is a meeting too when people met are told: "visited with refugees", "visited the
# guesthouse and spoke with its owners", "her visit to Kornidzor, where she met ...", "met
# with X when he visited Ankara".
_WITH = lazy(r"\s+with\b")
# A meeting denied is none: "visited Goma but did not meet the governor", "without meeting".
_MET_PEOPLE = lazy(r"\b(?<!not )(?<!n't )(?<!never )(?<!without )(?<!no )(?<!refused to )"
                   r"(?<!declined to )(?<!failed to )(?<!unable to )"
                   r"(?:met|meet|meeting|spoke|speaking|talked|talking|listened|"
                   r"listening|heard\s+from|sat\s+down|held\s+talks|conferred|"
                   r"consulted|briefed\s+by(?!\s+(?:phone|telephone|video|"
                   r"e-?mail|letter)))\b(?!\s+(?:to|with)\s+(?:the\s+)?"
                   r"(?:reporters|journalists|press|media)\b)")
