"""Turn the sentences of an article and its resolved place mentions into events."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left
from typing import Literal, cast

from geo.events import lexicon as lex
from geo.events.attributes import (
    Fatalities,
    Source,
    actor_after,
    actor_before,
    find_fatalities,
    find_source,
)
from geo.events.dates import DateMatch, Narrative, find_dates
from geo.events.focus import REASON as ANAPHORA
from geo.events.focus import Focus, anaphora, main_place
from geo.events.itinerary import link_movements
from geo.events.roles import Roles, Slot, assign_roles, place_slots
from geo.events.sentences import split_sentences
from geo.events.triggers import (
    TRIGGER_PATTERN,
    Trigger,
    accept_toll,
    find_triggers,
    is_verbal,
    modality,
)
from geo.models import Event, EventKind, Place, Resolution

__all__ = ["OnUncertain", "extract_events"]

OnUncertain = Literal["drop", "flag"]


_CLAUSE_BREAK = re.compile(
    r";|:|\s[—–-]{1,2}\s|\(|\)|,\s+(?:which|who|whom|while|whereas|as|after|before|when|but|"
    r"although|though|since|because|said|according|and\s+(?:the|a|an|he|she|it|they|we|his|her|"
    r"their|its)\b)|\s(?:but|after|before|while|when|because|although)\s"
    # an object relative clause has its own verb: "an attack that the government blamed on X"
    r"|\s(?:that|which)\s+(?:the|a|an|his|her|their|its|it|they|he|she|we|[A-Z])"
)
_STORY_DATE = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\b")
# A sentence that goes on from the one before keeps its day ("She then visited ..."); "later"
# does not ("The minister later arrived in Ankara" may be the next day).
_CONTINUES = re.compile(r"(?<!since )(?<!until )(?<!by )(?<!till )\bthen\b", re.I)
_RELATIVE = re.compile(r"\s*(?:which|that|where|who)\b", re.I)
_PUNCT_BACK = re.compile(r"[;:,(“\"—–]")
_PASSIVE = re.compile(
    r"\b(?:(?:was|were|is|are|been|being|be|got|get)\s+(?:\w+ly\s+)?"
    r"|(?:came|comes|come|coming)\s+under\s+(?:[a-z-]+\s+){0,2})$", re.I)  # "came under fire"
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s*(?:then\s+)?(?:\w+ly\s+)?")
_BY = re.compile(r"\s+(?:\w+ly\s+)?by\s+")
_WITH = re.compile(r"\s+(?:\w+\s+){0,3}?(?:against|with|targeting)\s+")
_BETWEEN = re.compile(r"\s+(?:\w+\s+)?between\s+(?P<a>[^,;]+?)\s+and\s+")
_FELL_TO = re.compile(r"(?:fell|fallen|falls)\s+(?:in)?to$", re.I)
_VIOLENT = ("strike", "clash", "capture", "attack", "riot")
_PARTICIPLE = re.compile(r",\s*$")
_ANYONE = ("people", "persons", "others")
_PRONOUN = re.compile(r"\s*(?:it|they|its|their)\b")
_TERRITORY = re.compile(
    r"\b(?:towns?|city|villages?|bases?|airbase|airport|positions?|areas?|territory|hills?|"
    r"checkpoints?|outposts?|headquarters|palace|camps?|district|region|province|port|bridge|"
    r"crossing|garrison|stronghold|settlements?|neighbou?rhoods?|suburbs?|front|it|capital)\b",
    re.I,
)


def _clause_start(sentence: str, at: int, floor: int) -> int:
    cut = max((m.end() for m in _PUNCT_BACK.finditer(sentence, floor, at)), default=floor)
    return max(cut, floor)


def _upper_bound(sentence: str, trig: Trigger, nxt: int, most: int) -> int:
    """Where the trigger's places end: next trigger, clause break, or ``most`` words on."""
    brk = _CLAUSE_BREAK.search(sentence, trig.end, nxt)
    limit = brk.start() if brk else nxt
    words = list(re.finditer(r"\S+", sentence[trig.end:limit]))
    return trig.end + words[most].start() if len(words) > most else limit


# "the largest displacement since 1948", "the first time since World War II": a baseline of
# comparison, not when the event happened.
_BASELINE = re.compile(r"\b(?:largest|biggest|worst|deadliest|bloodiest|heaviest|greatest|"
                       r"highest|most|first|only|fiercest)\b[^,;]*$", re.I)


def _nearest_date(dates: list[DateMatch], trig: Trigger, sentence: str) -> DateMatch | None:
    """The date nearest the trigger, preferring one of its own clause (no ";" between).

    "since X" after a superlative ("the largest since 1948") is no date of the event.
    """
    dates = [d for d in dates if not (d.text.lower().startswith("since")
                                      and _BASELINE.search(sentence, 0, d.start))]
    def gap(d: DateMatch) -> int:
        a, b = (d.end, trig.start) if d.end <= trig.start else (trig.end, d.start)
        return max(b - a, 0) + 10_000 * (";" in sentence[a:b])

    return min(dates, key=gap, default=None)


def _pick(slot: Slot | None, slots: list[Slot], flags: list[str]) -> Resolution | None:
    """The resolution for a role; an unresolved name borrows a resolved qualifier's place."""
    if slot is None:
        return None
    if slot.res.place is None:
        index = slots.index(slot)
        better = next((s for s in slots if s.head == index and s.res.place is not None), None)
        if better is not None:
            flags.append("approximate")
            return better.res
        flags.append("unresolved")
    if slot.prep == "near" and "near" not in flags:
        flags.append("near")
    return slot.res


def extract_events(
    text: str,
    resolutions: list[Resolution],
    *,
    published: dt.date | None = None,
    article_id: str = "",
    url: str = "",
    title: str = "",
    on_uncertain: OnUncertain = "drop",
) -> list[Event]:
    """Find the events that the sentences of ``text`` report, one per trigger and place.

    Parameters
    ----------
    text : the article text; every offset refers to it.
    resolutions : the place mentions found in ``text`` (``place`` None when unresolved).
    published : publication date, the anchor for "on Sunday", "yesterday" and yearless dates.
    article_id, url, title : copied onto every event.
    on_uncertain : "drop" (default) leaves out negated ("did not strike"), hypothetical
        ("threatened to strike", "would", "if") and questioned events; "flag" keeps them with
        a "negated" or "hypothetical" flag.

    Returns
    -------
    list of Event in text order, one per trigger and listed place ("strikes in Idlib and Hama"
    gives two, a shared death toll split between them and flagged "fatalities_split"). A
    sentence without a place mention gives no event, and nothing is borrowed from other
    sentences except the kind of a bare death toll ("11 were killed in Idlib" after a strike:
    flagged "kind_inferred"). A place that could not be resolved gives an event flagged
    "unresolved", or "approximate" when a resolved qualifier stands in ("X village in Plateau
    state"). The date is the one nearest the trigger in its sentence, never one inside the
    attribution ("..., AP reported on Monday"), so an event with no date of its own has none.
    """
    if on_uncertain not in ("drop", "flag"):
        raise ValueError(
            f"'on_uncertain' should be one of 'drop' or 'flag', got {on_uncertain!r} instead"
        )
    ordered = sorted(resolutions, key=lambda r: r.mention.start)
    implied = anaphora(text, ordered)
    if implied:
        ordered = sorted([*ordered, *implied], key=lambda r: r.mention.start)
    starts = [r.mention.start for r in ordered]
    events: list[Event] = []
    recent: tuple[str, int] | None = None  # last violent kind and the sentence it was in
    story = Narrative()
    focus = Focus(main_place(ordered, text))
    end = par = story_par = 0
    known = 0
    for n, (a, b) in enumerate(split_sentences(text)):
        if "\n" in text[end:a]:
            focus.new_paragraph()
            par += 1
        end = b
        if _HEADING.fullmatch(text, a, b):
            continue  # "== History ==": a section title reports nothing
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        kind = recent[0] if recent is not None and n - recent[1] <= 2 else None
        found = _sentence_events(text[a:b], a, ordered[lo:hi], published, kind, on_uncertain,
                                 story, focus.place(), same_paragraph=story_par == par)
        if story.moves != known:
            known, story_par = story.moves, par
        focus.saw(found)
        events.extend(dataclasses.replace(e, article_id=article_id, url=url, title=title,
                                          published=published, flags=_guess_flags(e))
                      for e in found)
        kinds = [e.kind for e in found if e.kind in ("strike", "clash", "attack")]
        if kinds:
            recent = (kinds[-1], n)
    return [_sane(e) for e in _merge_repeats(link_movements(events, ordered, text), text)]


# Kinds that go from somewhere to somewhere. A strike keeps where it was launched from and an
# interception where the craft was sent back to; every other kind happens at one place
# ("fighting spread from Khartoum to Omdurman" is fighting in Omdurman).
_DIRECTED_KINDS = ("movement", "displacement", "strike", "interception")


_WATERS = frozenset("SEA GULF STRT OCN BAY CHN SD LGN".split())


def _sane(event: Event) -> Event:
    """Enforce the invariants: origin differs from destination; undirected kinds have neither.

    An attack located on a sea, gulf or strait is on shipping: remote violence (a strike).
    """
    where = event.location.place if event.location is not None else None
    if event.kind == "clash" and where is not None and where.feature_code in _WATERS:
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


_HEADING = re.compile(r"\s*=+[^=\n]*=+\s*")
_TITLE_END = re.compile(r"[.!?:;”\"’']\s*$")


def _is_title(event: Event, text: str) -> bool:
    """A line of its own without a full stop: a headline or title ("Siege of Mariupol")."""
    line_start = text.rfind("\n", 0, event.quote_start) + 1
    line_end = text.find("\n", event.quote_end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    return line.strip() == event.quote.strip() and not _TITLE_END.search(line)


_MERGE_WINDOW = 150
# Kinds of violence a repeat may name with a generic word ("struck a school ... The attack
# killed three"; a headline's "Gunmen kill 30").
_VIOLENCE = frozenset({"strike", "clash", "attack"})
_GENERIC = re.compile(r"(?:attack|assault|kill|incident|violence|raid)", re.I)


_RESTATES = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:occurred|took\s+place|happened|came|was\s+"
                       r"carried\s+out|was\s+conducted)\b", re.I)


def _restates(event: Event) -> bool:
    """"The hijacking occurred on November 19": a sentence told to date an event told before."""
    at = event.quote.find(event.trigger)
    return at >= 0 and _RESTATES.match(event.quote, at + len(event.trigger)) is not None


def _opening(text: str) -> int:
    """Where the body's first sentence starts: it names the article's event ("The Goma
    offensive was a military campaign ..."), so it is no repeat, whatever its article."""
    body = text.find("\n", 0, 200) + 1
    first = _NON_SPACE.search(text, body)
    return first.start() if first is not None else len(text)


_NON_SPACE = re.compile(r"\S")


def _definite(event: Event) -> bool:
    """A noun that refers back to an event already told: definite ("The siege is
    apocalyptic", "named the attacks Operation X", "The Houthis' Red Sea attacks have drawn",
    "The hijacking occurred on ...") or a description ("It was the largest land battle")."""
    trig = re.escape(event.trigger)
    return re.search(r"(?:\b(?:the|this|these|those|its|their)|[A-Z][\w-]*['’]s?)\s+"
                     r"(?:[\w-]+\s+){0,2}" + trig + r"\b"
                     r"|\b(?:was|were|is|are|became|remains?)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,4}"
                     + trig + r"\b", event.quote, re.I) is not None


def _merge_repeats(events: list[Event], text: str) -> list[Event]:
    """One real-world event, one record: drop repeats told by a title or a place in focus.

    A headline's event ("Siege of Mariupol") and a sentence that only takes the place in
    focus ("Clashes continued") repeat an event of the same kind told elsewhere in the
    article at the same place, or inside the same country when theirs is an area, unless
    their dates differ; the kept event is flagged "merged_in_article" and takes the date of
    a definite repeat when it has none ("The hijacking occurred on November 19, 2023").
    """
    def where(e: Event) -> Place | None:
        res = e.destination if e.kind in ("movement", "displacement") and e.destination \
            else e.location
        return res.place if res is not None else None

    def same_place(a: Place, b: Place) -> bool:
        # an area (a country, a province) holds the towns of its country
        return a.id == b.id or (a.is_area and a.kind != "region" and bool(a.country_code)
                                and a.country_code == b.country_code)

    opening = _opening(text)
    # A title ranks below a repeat in the body, which ranks below a report of its own; an
    # event merges into one of higher rank, or of the same rank told before it.
    rank = [0 if _is_title(e, text) else 1 if (
        ("place_inferred" in e.flags and not is_verbal(e.trigger))
        or (not is_verbal(e.trigger) and _definite(e) and e.quote_start > opening
            and (e.event_date is None or "date_inferred" in e.flags))) else 2
        for e in events]
    merged: set[int] = set()
    drop: set[int] = set()
    places = [where(e) for e in events]
    for i, e in enumerate(events):
        here = places[i]
        if rank[i] == 2 or here is None:
            continue
        fits = []
        # a repeat is told near what it repeats: a window of events keeps long texts linear
        for j in range(max(0, i - _MERGE_WINDOW), min(len(events), i + _MERGE_WINDOW)):
            f, there = events[j], places[j]
            if j == i or j in drop or rank[j] < rank[i] or (rank[j] == rank[i] and j > i) or (
                    there is None) or not (f.kind == e.kind or (
                    {e.kind, f.kind} <= _VIOLENCE and _GENERIC.match(e.trigger))):
                continue
            if not same_place(here, there) and not (
                    "place_inferred" in e.flags and _definite(e) and j < i):
                continue  # ("The siege is apocalyptic" is the siege told before, wherever)
            if e.event_date and f.event_date and e.event_date != f.event_date:
                continue
            if (e.event_date and not f.event_date and "date_inferred" not in e.flags
                    and e.time_precision == 1 and e.end_date == e.start_date
                    and not _restates(e)):
                continue  # "The initial attack on January 25 was held back": an episode
            # best: the same kind, then the same date, then the nearest before it
            fits.append((f.kind != e.kind, e.event_date != f.event_date, abs(i - j), j))
        if not fits:
            continue
        j = min(fits)[-1]
        f = events[j]
        drop.add(i)
        merged.add(j)
        if f.fatalities is None and e.fatalities is not None:  # "The attack killed three"
            events[j] = f = dataclasses.replace(
                f, fatalities=e.fatalities, fatalities_text=e.fatalities_text)
        if f.event_date is None and e.event_date is not None and _definite(e):
            # "The hijacking occurred on November 19": the date of the nominal mention
            events[j] = dataclasses.replace(
                f, event_date=e.event_date, start_date=e.start_date, end_date=e.end_date,
                time_precision=e.time_precision, date_text=e.date_text)
    return [dataclasses.replace(e, flags=(*e.flags, "merged_in_article")) if i in merged else e
            for i, e in enumerate(events) if i not in drop]


def _guess_flags(event: Event) -> tuple[str, ...]:
    """Add "place_inferred" when a place of the event is an anaphor ("the city")."""
    roles = (event.location, event.origin, event.destination)
    if any(r is not None and r.reason.startswith(ANAPHORA) for r in roles):
        return tuple(dict.fromkeys((*event.flags, "place_inferred")))
    return event.flags


def _sentence_events(
    sentence: str, offset: int, resolutions: list[Resolution], published: dt.date | None,
    recent: str | None, on_uncertain: OnUncertain, story: Narrative,
    focus: Resolution | None = None, *, same_paragraph: bool = False,
) -> list[Event]:
    """Events of one sentence; ``recent`` is the violent kind reported just before it.

    ``story`` is the date the article has reached; the sentence's own dates move it on.
    ``focus`` is the place in focus, taken (flag "place_inferred") by a sentence that
    reports an event without naming where ("More than 14,000 people have been displaced").
    """
    # A sentence without a date of its own keeps the day its paragraph has reached ("She met
    # with ..." after "Today, the Administrator visited ..."), or the story's day when it
    # goes on from it ("then"); flagged "date_inferred".
    carried = story.date if story.day_known and (
        same_paragraph or _CONTINUES.search(sentence)) else None
    triggers = find_triggers(sentence, [(r.mention.start - offset, r.mention.end - offset)
                                        for r in resolutions])
    if not triggers:
        # No event here, but a year or a month moves the story on ("In March 2023, ...");
        # a bare weekday or "the next day" only matters beside an event.
        if _STORY_DATE.search(sentence):
            find_dates(_masked(sentence, find_source(sentence).spans), published,
                       narrative=story)
        return []
    source = find_source(sentence, TRIGGER_PATTERN)
    dates = find_dates(_masked(sentence, source.spans), published, narrative=story)
    triggers = _purposes([t for t in triggers
                          if not any(a <= t.start < b for a, b in source.spans)], sentence)
    slots = place_slots(sentence, offset, resolutions, list(source.spans))
    fatal = find_fatalities(sentence)
    floor = max((e for s, e in source.spans if s == 0 or sentence[:s].strip() == ""), default=0)
    out: list[tuple[Trigger, Roles, list[str], str]] = []
    unplaced: list[tuple[Trigger, list[str]]] = []
    funding = _FUNDING.search(sentence) is not None
    roles_of: dict[int, list[Roles]] = {}
    for n, trig in enumerate(triggers):
        inferred = trig.kind == "violence"
        if inferred:
            if not accept_toll(sentence, trig, recent):
                continue
            trig.kind = recent or "clash"
            if any(t.weak and t.kind == "strike" for t in triggers):
                trig.kind = "strike"  # "A Russian missile killed two children in Kryvyi Rih"
        clause = _clause_start(sentence, trig.start, floor)
        mode = modality(sentence, clause, trig)
        flags: list[str] = ["kind_inferred"] if trig.weak and inferred else []
        if mode == "ordered":
            mode = None  # an evacuation order: displacement, flagged as ordered
            flags.append("ordered")
        elif _ORDERS.match(sentence, trig.end) and trig.kind == "displacement":
            flags.append("ordered")  # "evacuation orders for 50 villages"
        if mode == "attempted" and trig.kind == "capture":
            trig.kind, mode = "clash", None
            flags.append("attempted")
        if mode is not None:
            if on_uncertain == "drop":
                continue
            flags.append("negated" if mode == "negated" else "hypothetical")
        if _told_elsewhere(sentence, clause, trig, slots):
            continue
        if trig.kind in ("displacement", "movement") and funding:
            continue  # "$17 million for refugees arriving from Sudan": aid, not a flight
        if trig.kind == "clash" and _ON_CIVILIANS.match(sentence, trig.end):
            trig.kind = "attack"  # "gunmen attacked worshippers", "killed 40 civilians"
        if trig.kind == "movement" and _PROTESTERS.search(sentence, max(0, trig.start - 80),
                                                          trig.start):
            trig.kind = "protest"  # "Thousands of protesters marched through Nairobi"
        elif trig.kind == "movement" and not trig.text.lower().startswith("breach") and (
                _civilians(sentence, trig)):
            trig.kind = "displacement"  # "270,000 Rohingya have arrived in Bangladesh"
        elif trig.kind == "displacement" and trig.text.lower().startswith("fle") and (
                _leader_flees(sentence, trig)):
            trig.kind = "movement"  # "Assad fled to Moscow": not a civilian's flight
        lower = triggers[n - 1].end if n else floor
        upper = triggers[n + 1].start if n + 1 < len(triggers) else len(sentence)
        relative = _RELATIVE.match(sentence, clause, trig.start) is not None
        window = max(clause, trig.start - 240)  # bounded: run-on sentences stay linear
        passive = bool(_PASSIVE.search(sentence, window, trig.start)) or relative or (
            trig.text.lower().startswith(("fell", "fallen", "falls")))
        roles = assign_roles(
            trig.kind, sentence, slots, (trig.start, trig.end),
            (lower if relative or not passive else max(lower, clause),
             _upper_bound(sentence, trig, upper, 8), _upper_bound(sentence, trig, upper, 20)),
            passive=passive, sends=trig.text.lower() in lex.SEND_VERBS,
            nominal=not is_verbal(trig.text),
        )
        if trig.kind == "capture" and passive and not relative and not _TERRITORY.search(
                sentence, clause, trig.start):
            roles = [r for r in roles if r.how != "prep"]  # "inmates were captured in X"
        if not roles and n + 1 < len(triggers) and _JOINED.fullmatch(
                sentence[trig.end:triggers[n + 1].start]):
            roles = [dataclasses.replace(r, how="shared") for r in _peek(
                sentence, slots, triggers, n + 1, floor)]
        earlier = roles_of.get(n - 1) or []
        participle = trig.text.split()[0].lower().endswith("ing")
        if not roles and earlier and participle and _PARTICIPLE.search(sentence, 0, trig.start):
            # "..., forcing thousands from their homes": the consequence shares the place.
            roles = [dataclasses.replace(r, how="shared", origin=r.location if
                                         trig.kind == "displacement" else r.origin)
                     for r in earlier]
        elif trig.kind == "displacement" and earlier and earlier[0].location is not None:
            roles = [r if r.origin is not None else dataclasses.replace(
                r, origin=earlier[0].location, location=earlier[0].location) for r in roles]
        roles_of[n] = roles
        for role in roles:
            out.append((trig, role, list(flags), "passive" if passive else ""))
        told = _occurs(sentence, trig) or "ordered" in flags
        if not roles and not trig.weak and told and not (
                trig.kind == "movement" and _NAMED_ELSEWHERE.match(sentence, trig.end)):
            unplaced.append((trig, flags))
    found = _with_travel(_launch_sites(_assemble(sentence, offset, out, slots, source, dates,
                                                 fatal, floor, carried)))
    # A trigger that names no place before the sentence's located events ("She met with aid
    # workers and refugees fleeing Kherson") is an event of its own; one after them is
    # usually their circumstance ("... as Russian forces advanced").
    kinds = {e.kind for e in found}
    first = min((t.start for t, _, _, _ in out), default=len(sentence)) if found else len(
        sentence)
    unplaced = [(t, f) for t, f in unplaced if t.kind not in kinds and t.start < first]
    if focus is None or not unplaced:
        return found
    return found + _in_focus(sentence, offset, unplaced, focus, source, dates,
                             None if found else fatal, floor, carried)


# A noun trigger reports an event of its own only with a verb of happening: "launched a
# counteroffensive", "clashes continued", "the strike was conducted"; otherwise it names one
# told elsewhere ("the siege has been compared to ...", "During the evacuation, ...").
_HAPPEN_BEFORE = re.compile(
    r"\b(?:launch|conduct|carr(?:y|ied) out|beg[au]n|mount|stag|continu|resum|start|"
    r"initiat|unleash|intensifi)\w*\s+(?:\S+\s+){0,3}$", re.I)
_HAPPEN_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,6}?(?:(?:was|were|has|have|had)\s+(?:been\s+)?)?"
    r"(?:continu|occurr|took place|erupt|broke out|beg[au]n|intensifi|conducted|carried out|"
    r"launched|resumed|started|killed|left|held back|repelled|repulsed|beaten back)\w*", re.I)


def _occurs(sentence: str, trig: Trigger) -> bool:
    """Whether a trigger is told as happening (verb, or noun with a verb of happening)."""
    if is_verbal(trig.text) or trig.text.lower().endswith("ing") and _PROGRESSIVE.search(
            sentence, max(0, trig.start - 30), trig.start):
        return True
    if trig.kind == "meeting" and " " in trig.text.strip():
        return True  # "in talking to Sudanese refugees", "held talks"
    return bool(_HAPPEN_BEFORE.search(sentence, max(0, trig.start - 60), trig.start)
                or _HAPPEN_AFTER.match(sentence[trig.end:trig.end + 80]))


# "traveled to Farm-Prod": a destination named but not a known place; not the place in focus
_NAMED_ELSEWHERE = re.compile(
    r"\s+(?:on\s+)?(?:to|into|towards?)\s+(?:the\s+)?[A-Z][\w’'.]*(?![\w-])")
_REDUCED_RELATIVE = re.compile(r"\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+(?:\w+\s+){1,2}"
                               r"(?:I|we|you|he|she|they|it)"
                               r"\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$")
# "in occupied parts of Kursk", "its seized territories": a participle used as an adjective
_ADJECTIVE_BEFORE = re.compile(r"\b(?:in|of|to|from|into|across|the|its|their|his|her|newly|"
                               r"recently|formerly|"
                               r"previously|[A-Z][\w-]*['’]s?)\s+$")
_ADJECTIVE_AFTER = re.compile(r"\s+(?:parts?|areas?|territor(?:y|ies)|towns?|villages?|"
                              r"regions?|lands?|zones?|districts?|cities|settlements)\b")
_PROGRESSIVE = re.compile(r"\b(?:was|were|is|are|been|began|begun|started)\s+$", re.I)


# Armed violence whose target is civilians is ACLED's "Violence against civilians".
_ON_CIVILIANS = re.compile(
    r"\s+(?:on\s+|against\s+|at\s+)?(?:(?!(?:has|have|had|was|were|is|are|been|displaced|"
    r"forced|left|killed|and)\b)[\w,-]+\s+){0,3}?(?:civilians|villagers|worshippers|"
    r"residents|farmers|students|schoolchildren|children|women|people|displaced|IDPs|refugees|"
    r"mourners|passengers|aid\s+workers|journalists|(?:displacement|IDP|refugee|displaced)\s+"
    r"camps?|camps?\s+for\s+(?:the\s+)?displaced)\b")


_CIVILIAN_DEAD = re.compile(r"(?:\w+\s+)?(?:civilians?|villagers|worshippers|residents|"
                            r"farmers|students|children|women|displaced)", re.I)
# One-sided violence (a raid, an assault) on civilians is an attack; fighting between armed
# sides that also kills civilians stays a battle.
_ONE_SIDED = re.compile(r"(?:storm|attack|raid|ambush|assault|opened fire|shot)", re.I)


# People who move because they must: a displacement, not a movement of forces.
_CIVILIAN = re.compile(
    r"\b(?:people|persons|civilians|residents|refugees|families|children|women|evacuees|"
    r"migrants|asylum[- ]seekers|IDPs|villagers|inhabitants|displaced|households|locals|"
    r"population|populations|"
    r"ethnic\s+[A-Z]\w+|[A-Z][a-z]+(?:ians|ans|ese|is)(?=\s+(?:who|have|had|were|are|fled|"
    r"crossed|arrived|returned|relocated)\b))\b"
    r"|(?:\d{1,3}(?:,\d{3})+|\d+\s+million|(?:tens\s+of\s+|hundreds\s+of\s+)?thousands)"
    r"\s+(?:of\s+)?[A-Z]\w+")
_MILITARY = re.compile(
    r"\b(?:troops|soldiers|forces|fighters|militants|militia\w*|army|armies|units|"
    r"battalions?|brigades?|convoys?|tanks|rebels|insurgents|jihadists|mercenaries|marines|"
    r"paratroopers|police|personnel|reinforcements|warships|gunmen|saboteurs|vehicles)\b",
    re.I)


_CIVILIAN_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:refugees|evacuees|migrants|civilians|"
                             r"residents|families|people|IDPs)\b")


# A sentence about money given is about aid: its refugees and arrivals are context.
_FUNDING = re.compile(r"(?:\$|US\$|USD\s?|€|£)\s?\d|\b\d+(?:\.\d+)?\s+(?:million|billion)\s+"
                      r"(?:dollars|euros|in\s+(?:humanitarian|emergency|additional|new))", re.I)
_ORDERS = re.compile(r"\s+(?:orders?|warnings?|notices?|directives?)\b", re.I)
_PROTESTERS = re.compile(r"\b(?:protesters|demonstrators|marchers|activists|students)\b", re.I)
_LEADER = re.compile(
    r"(?:\b(?:president|leader|king|prime minister|minister|general|commander|dictator|emir|"
    r"chief|ruler)\s+(?:[A-Z][\w’'-]+\s+){0,3}|\b[A-Z][a-z]+\s+)(?:had\s+|has\s+|then\s+)?$")


def _leader_flees(sentence: str, trig: Trigger) -> bool:
    """A leader or an armed force that flees moves; civilians who flee are displaced."""
    before = sentence[max(0, trig.start - 60):trig.start]
    before = before[max(before.rfind(","), before.rfind(";")) + 1:]  # its own clause
    if _CIVILIAN.search(before):
        return False
    if _MILITARY.search(before):
        return True
    match = _LEADER.search(before)
    return match is not None and not match.group().rstrip().endswith("s")


def _civilians(sentence: str, trig: Trigger) -> bool:
    """Whether the ones moving are civilians: the words before the trigger, or "arrived
    refugees" after it."""
    before = sentence[max(0, trig.start - 100):trig.start]
    if _MILITARY.search(before):
        return False
    return bool(_CIVILIAN.search(before) or _CIVILIAN_AFTER.match(sentence, trig.end))


# "an offensive to recapture X", "fled ... to seek refuge in X": the purpose belongs to the
# trigger before it, whose places it names.
_TO_PURPOSE = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?to\s+")
# A raid that ends in arrests is a police or special-forces operation, not a battle.
_DETENTION = re.compile(r"\b(?:detention|detained|detaining|arrest\w*|apprehend\w*|"
                        r"custody)\b", re.I)
# "During the evacuation, the airport ...": an event named as a time, told elsewhere.
_TIME_ADJUNCT = re.compile(
    r"\b(?:during|after|before|following|amid|throughout|since|until|prior\s+to)\s+(?:the|"
    r"this|that|its|their|his|her|[A-Z][\w.-]*['’]s?)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def _purposes(triggers: list[Trigger], sentence: str) -> list[Trigger]:
    """Triggers that report an event of their own: purposes join the trigger before them, and
    arrest raids and participles used as adjectives go."""
    out: list[Trigger] = []
    for trig in triggers:
        prev = out[-1] if out else None
        if prev is not None and _TO_PURPOSE.fullmatch(sentence, prev.end, trig.start) and (
                prev.kind == trig.kind or not is_verbal(prev.text)):
            continue
        if trig.text.lower().startswith("raid") and _DETENTION.search(sentence):
            continue
        if trig.text.lower().endswith("ed") and _ADJECTIVE_BEFORE.search(
                sentence, max(0, trig.start - 30), trig.start) and _ADJECTIVE_AFTER.match(
                sentence, trig.end):
            continue  # "in occupied parts of Kursk Oblast": an adjective, not an event
        out.append(trig)
    return out


# "authorized in response to recent attacks against U.S. personnel in Iraq": the cause, told
# before; "The refugees I met were grateful": a description.
_RESPONSE = re.compile(r"\bin\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for)\s+"
                       r"(?:[\w’'-]+\s+){0,3}$", re.I)


def _told_elsewhere(sentence: str, clause: int, trig: Trigger, slots: list[Slot]) -> bool:
    """A trigger that names an event told elsewhere: a noun in a time adjunct with no place of
    its own ("During the evacuation,"), a cause ("in response to recent attacks"), or a
    reduced relative clause ("The refugees I met")."""
    window = max(0, trig.start - 60)
    if _REDUCED_RELATIVE.search(sentence, window, trig.start):
        return True
    if is_verbal(trig.text):
        return False
    if _RESPONSE.search(sentence, window, trig.start):
        return True
    adjunct = _TIME_ADJUNCT.search(sentence, clause, trig.start)
    if adjunct is None:
        return False
    if adjunct.group().lower().startswith(("after", "following", "before", "prior")):
        return True  # "one week after Hamas' attack on Israel, ...": an earlier event
    stop = sentence.find(",", trig.end)
    stop = len(sentence) if stop < 0 else stop
    return not any(trig.end <= s.start < stop for s in slots)


_VISIT = re.compile(r"visit(?:ed|s)?$|visit$", re.I)


def _launch_sites(events: list[Event]) -> list[Event]:
    """"Rockets fired from Lebanon struck Kiryat Shmona": one strike, launched from Lebanon."""
    launches = {id(e) for e in events if e.kind == "strike" and e.origin is not None
                and e.location is e.origin}
    target = next((e for e in events if e.kind == "strike" and e.location is not None
                   and id(e) not in launches), None)
    if not launches or target is None:
        return events
    launch = next(e.origin for e in events if id(e) in launches)
    return [dataclasses.replace(e, origin=e.origin or launch) if e is target else e
            for e in events if id(e) not in launches]


# "launched an offensive into Kursk Oblast": fighting there, and forces moving in.
_PUSH_INTO = re.compile(r"(?:counter-?)?(?:offensives?|incursions?|assaults?|ground\s+operations?)"
                        r"\s+(?:deep\s+)?into\b", re.I)


def _with_travel(events: list[Event]) -> list[Event]:
    """An official's visit ("visited Adré") is travel there as well as a meeting; an offensive
    "into" a place is forces moving there as well as fighting."""
    out = []
    for e in events:
        out.append(e)
        if e.kind == "clash" and e.location is not None and _PUSH_INTO.search(e.quote) and (
                e.trigger.lower() in _PUSH_INTO.search(e.quote).group().lower()):
            out.append(dataclasses.replace(e, kind="movement", origin=None,
                                           destination=e.location))
        if e.kind == "meeting" and _VISIT.match(e.trigger) and e.location is not None and (
                e.trigger.lower() != "visit" or " visit to " in e.quote):
            out.append(dataclasses.replace(e, kind="movement", origin=None,
                                           destination=e.location))
    return out


def _in_focus(
    sentence: str, offset: int, unplaced: list[tuple[Trigger, list[str]]], focus: Resolution,
    source: Source, dates: list[DateMatch], fatal: Fatalities | None, floor: int,
    carried: dt.date | None,
) -> list[Event]:
    """One event per kind for a sentence that names no place: at the place in focus."""
    slot = Slot(focus, 0, 0, None, 0)
    out = []
    for trig, flags in {t.kind: (t, f) for t, f in reversed(unplaced)}.values():
        out.append((trig, Roles(slot, None, None, "focus"), [*flags, "place_inferred"], ""))
    out.sort(key=lambda item: item[0].start)
    return _assemble(sentence, offset, out, [slot], source, dates, fatal, floor, carried)


def _masked(sentence: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The sentence with its attributions blanked ("..., AP reported on Monday")."""
    chars = list(sentence)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _peek(sentence: str, slots: list[Slot], triggers: list[Trigger], n: int,
          floor: int) -> list[Roles]:
    trig = triggers[n]
    upper = triggers[n + 1].start if n + 1 < len(triggers) else len(sentence)
    return assign_roles(trig.kind, sentence, slots, (trig.start, trig.end),
                        (trig.start, _upper_bound(sentence, trig, upper, 8),
                         _upper_bound(sentence, trig, upper, 20)))


def _actors(sentence: str, trig: Trigger, voice: str, floor: int) -> tuple[str | None, str | None]:
    after = sentence[trig.end:]
    before = sentence[_clause_start(sentence, trig.start, floor):trig.start]
    verbal = is_verbal(trig.text)
    actor1 = actor2 = None
    by = _BY.match(after)
    between = _BETWEEN.match(after)
    if between is not None:
        actor1 = actor_after(" " + between.group("a"))
        actor2 = actor_after(after[between.end():])
    elif _FELL_TO.match(trig.text):  # "Bakhmut fell to Russian forces"
        actor1 = actor_after(after)
    elif voice == "passive":
        actor1 = actor_after(after[by.end():]) if by else None
        if actor1 is None and trig.kind in ("movement", "displacement"):
            actor1 = actor_before(before)
    else:
        actor1 = actor_before(before, verbal=verbal)
        if actor1 is None and not verbal and by is not None:  # "an attack by RSF fighters"
            actor1 = actor_after(after[by.end():])
    if actor2 is None:
        other = _WITH.match(after)
        if other is not None and not between:
            actor2 = actor_after(after[other.end():])
        elif trig.kind == "interception":
            actor2 = actor_after(after)
    return actor1, actor2


def _confidence(how: str, flags: list[str], trig: Trigger, sentence: str, extras: int,
                res: Resolution | None) -> float:
    score = 0.55 + {"prep": 0.2, "object": 0.2, "passive": 0.15}.get(how, 0.1)
    score -= 0.15 * trig.weak + 0.2 * ("unresolved" in flags) + 0.05 * ("approximate" in flags)
    score += 0.05 * extras - 0.1 * sentence.startswith(("“", '"'))
    if res is not None and res.place is not None:
        score = 0.75 * score + 0.25 * res.confidence
    return round(min(0.95, max(0.05, score)), 3)


def _assemble(
    sentence: str, offset: int, out: list[tuple[Trigger, Roles, list[str], str]],
    slots: list[Slot], source: Source, dates: list[DateMatch], fatal: Fatalities | None,
    floor: int, carried: dt.date | None = None,
) -> list[Event]:
    violent = [t for t, *_ in out if t.kind in _VIOLENT]
    dead_trigger = min(violent, key=lambda t: abs(t.start - fatal.start), default=None) \
        if fatal is not None else None
    share = sum(1 for t, *_ in out if t is dead_trigger)
    events: list[Event] = []
    seen: dict[tuple[str, int], int] = {}
    given = 0
    for trig, role, flags, voice in out:
        loc = _pick(role.location, slots, flags)
        origin = _pick(role.origin, slots, [] if role.origin is role.location else flags)
        dest = _pick(role.destination, slots, [] if role.destination is role.location else flags)
        if loc is None:
            prior = next((i for i, e in enumerate(events) if e.kind == trig.kind), None)
            if prior is not None:
                events[prior] = dataclasses.replace(
                    events[prior], origin=events[prior].origin or origin,
                    destination=events[prior].destination or dest)
                continue
            loc = dest or origin
            if loc is None:
                continue
        key = (trig.kind, loc.mention.start)
        if key in seen:
            continue
        date = _nearest_date(dates, trig, sentence)
        if (date is None or date.event_date is None) and carried is not None:
            # "Administrator Power then visited ...": the story's day goes on
            date = DateMatch("", 0, 0, carried, carried, carried, 1)
            flags.append("date_inferred")
        actor1, actor2 = _actors(sentence, trig, voice, floor)
        if actor1 is None and source.name and _PRONOUN.match(
                sentence, _clause_start(sentence, trig.start, floor)):
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
        if kind == "clash" and trig is dead_trigger and fatal is not None and fatal.victims and (
                _CIVILIAN_DEAD.fullmatch(fatal.victims)) and _ONE_SIDED.match(trig.text) and (
                " between " not in sentence):
            kind = "attack"  # "stormed a village near Djibo, killing 30 civilians"
        extras = (date is not None and date.event_date is not None) + (source.name is not None)
        seen[key] = len(events)
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
