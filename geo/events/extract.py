"""Turn the sentences of an article and its resolved place mentions into events."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from itertools import islice
from typing import Literal

from geo.events import lexicon as lex
from geo.events.anaphora import anaphora, capitals
from geo.events.arms import fighting_men, violent_context
from geo.events.assemble import VIOLENT, assemble, clause_start, masked
from geo.events.attributes import find_fatalities, find_source
from geo.events.carry import carried_day, moves_story, opens_with_clock
from geo.events.clauses import (
    named_elsewhere,
    names_orders,
    occurs,
    purposes,
    told_elsewhere,
)
from geo.events.dates import (
    NEW_CLAUSE,
    Narrative,
    find_dates,
    goes_on,
    news_of_the_day,
    retold_dates,
)
from geo.events.deliveries import (
    about_aid,
    aid_cargo,
    aid_recipients,
    armed_scene,
    care_moves,
    carried_away,
    from_danger,
    hurt_word,
    to_hospital,
    transfer,
)
from geo.events.focus import WITHDRAWALS, Focus, guess_flags, setting
from geo.events.itinerary import link_movements
from geo.events.joined import (
    LEAVING,
    again,
    caused,
    elided,
    in_focus,
    own_settings,
    same_scene,
    withdrawn_from,
    won_after,
)
from geo.events.leads import redate_leads
from geo.events.modality import modality
from geo.events.offsets import carry_offsets
from geo.events.peoples import origins_from_demonyms
from geo.events.repeats import HEADING, launch_sites, merge_repeats, sane, with_travel
from geo.events.retype import WEAPONS, moving_target, retype
from geo.events.roles import Roles, Slot, assign_roles, place_slots
from geo.events.sentences import split_sentences
from geo.events.tallies import accept_toll, is_stock, is_tally, uproots_millions
from geo.events.triggers import (
    Trigger,
    any_trigger,
    find_triggers,
    hint_between,
    may_hold_trigger,
    weak_hints,
)
from geo.events.unlisted import unlisted
from geo.events.words import is_verbal
from geo.lazy_regex import lazy
from geo.models import Event, Resolution
from geo.places.gazetteer import Gazetteer
from geo.prefilter import last_words

__all__ = ["OnUncertain", "extract_events"]

OnUncertain = Literal["drop", "flag"]


# A unit conversion or an acronym in brackets is no break: "35 kilometers (22 miles)
# northeast of Jilib", "Fighting between the Rapid Support Forces (RSF) and ...".
_MEASURE = r"[\d.,\s]+(?:-|\s)?(?:nautical\s+)?(?:miles?|km|kilomet(?:er|re)s?|met(?:er|re)s)\)"
_ACRONYM = r"[A-Z][A-Z0-9.&-]{1,9}\)"
_CLAUSE_BREAK = re.compile(
    r";|:|\s[—–-]{1,2}\s|\((?!" + _MEASURE + "|" + _ACRONYM + r")|"
    r"(?<!miles)(?<!km)(?<!ters)(?<!tres)(?<![A-Z0-9.&-][A-Z0-9.])\)|"
    r",\s+(?:which|who|whom|while|whereas|as|after|before|when|but|"
    r"although|though|since|because|said|according|and\s+(?:the|a|an|he|she|it|they|we|his|her|"
    r"their|its)\b)|\s(?:but|after|before|while|when|because|although)\s"
    # an object relative clause has its own verb: "an attack that the government blamed on X"
    r"|\s(?:that|which)\s+(?:the|a|an|his|her|their|its|it|they|he|she|we|[A-Z])"
    # a clause of its own that opens with its place: "..., and in Zaporizhzhia a drone struck"
    r"|,\s+and\s+(?=(?:in|at|near|on)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s+(?:a|an|the|"
    r"two|three|four|five|\d)\b)"
)
_REPELLED = lazy(r"\b(?:repel|repuls|beaten\s+back|beat\s+back|fought\s+off|"
                 r"pushed\s+back|driven\s+back|exchange\s+of\s+fire|clash)", re.I)
_RELATIVE = re.compile(r"\s*(?:which|that|where|who)\b", re.I)
_PASSIVE = re.compile(
    r"\b(?:(?:was|were|is|are|been|being|be|got|get)\s+(?:(?:\w+ly|also|again)\s+)?"
    r"|(?:came|comes|come|coming)\s+under\s+(?:[a-z-]+\s+){0,2}"  # "came under fire"
    # "a base at Barkaram, in Lac province, was the target of an attack": the target's place
    r"|(?:was|were|is|are|been|became)\s+(?:the\s+)?(?:main\s+|latest\s+|intended\s+)?"
    r"(?:targets?|scene)\s+of\s+(?:an?\s+|the\s+|repeated\s+|several\s+)?"
    # (not "the target of a cyber attack", "of a charm offensive")
    r"(?!(?:cyber|charm|media|propaganda|disinformation|smear|legal|verbal|hacking|phishing|"
    r"ransomware|marketing|publicity|diplomatic|takeover)\b)(?:[a-z-]+\s+)?)$",
    re.I)
def _passive(sentence: str, window: int, end: int) -> int | None:
    """Where the passive verb phrase ending at ``end`` starts (``_PASSIVE`` searched from the
    seventh word before ``end`` on: a match holds at most seven words, "was the main target
    of a massive ", each in one run of characters other than white space), or None."""
    match = _PASSIVE.search(sentence, last_words(sentence, window, end, 7), end)
    return match.start() if match is not None else None


# A clause between commas that only says where its subject lies: "a military base at
# Barkaram, in the Lac province, was attacked", "the market of Gao, 300 km east of Timbuktu,
# was hit", "a checkpoint near Bakhmut, Donetsk region, came under shelling"
_APPOSITIVE = lazy(
    r"\s*(?:in|near|on|outside|inside|north|south|east|west|some|about|around|roughly|"
    r"\d[\d,.]*\s*(?:km|kilomet|miles?)|(?:the|a)\s+(?:capital|town|city|village|district|"
    r"province|region|seat)\b|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:region|"
    r"province|district|oblast|governorate|state|county|department)\s*,)", re.I)


def _subject_clause(sentence: str, clause: int, verb: int, floor: int) -> tuple[int, int]:
    """(start, end) of the subject of a passive verb phrase starting at ``verb`` in the
    clause starting at ``clause``: the clause up to the verb, or, when the clause opens with
    the verb, the clause before it, reaching over one clause that only places the subject
    ("a base at Barkaram, in Lac province, was hit": the base at Barkaram)."""
    if clause <= floor or sentence[clause:verb].strip() or sentence[clause - 1] != ",":
        return clause, verb
    before = clause_start(sentence, clause - 1, floor)
    if before > floor and sentence[before - 1] == "," and _APPOSITIVE.match(sentence, before):
        return clause_start(sentence, before - 1, floor), before - 1
    return before, verb


_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s*(?:then\s+)?(?:\w+ly\s+)?")
_WEAPON_OBJECT = lazy(r"\s+(?:(?:an?|the|its|their|\d[\d,]*|several|some|two|three|four|"
                      r"five|dozens\s+of|scores\s+of)\s+)?(?:(?:of|out\s+of)\s+"
                      r"(?:the\s+)?)?(?:[\w-]+\s+){0,2}")
_AUXILIARY = re.compile(r"\s(?:was|were|been)\s")
_EXPLOSIVE = lazy(rf"\b(?:{lex.EXPLOSIVES})\b", re.I)
# Forces the object of another verb or a preposition, a participle after them saying which
# ("thanked the troops deployed in Kandi", "cooperate with the forces stationed in the north";
# not "and the troops deployed to Gao", "Officials said the troops deployed to Goma", nor "On
# Monday the troops deployed")
_DESCRIBED_FORCES = lazy(
    r"\b(?!(?:and|but|then|when|as|while|after|before|since|because|so|once|until|where|said|"
    r"says|told|reported|announced|claimed|added|stated|confirmed|believe|believed|think|"
    r"thought|saw|see|watched)\b)"
    r"[a-z]+\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|units|"
    r"personnel|peacekeepers|contingents?)\s+\Z")
# A relative clause that tells the event's own story, its places far on: "the attack of 22
# April, in which 25 tourists were killed by gunmen at a meadow near Pahalgam"
_IN_WHICH = re.compile(r"(?:\s+of\s+[^,;]{1,40})?,?\s+(?:in|during)\s+which\b")
_PARTICIPLES = frozenset(("deployed", "stationed", "based", "posted"))
_VICTIMS_GOING = lazy(r"\s+(?:[\w-]+\s+){0,3}?[a-z]+s\s+")
_WITH_OBJECT = lazy(r"\s+(?:[\w'’-]+\s+){0,3}?with\s+(?:[\w,-]+\s+){0,4}?")
_WEAPON = lazy(rf"(?:{WEAPONS})\b", re.I)
_WAS_INTERCEPTED = lazy(r"[^;:.,]{0,120}?\b(?:was|were|had\s+been|have\s+been)\s+"
                        r"(?:later\s+|successfully\s+)?")
_OFFENSIVE = lazy(r"(?:offensives?|operations?|incursions?)$", re.I)
_TERRITORY = lazy(
    r"\b(?:towns?|city|villages?|bases?|airbase|airport|positions?|areas?|territory|hills?|"
    r"checkpoints?|outposts?|headquarters|palace|camps?|district|region|province|port|bridge|"
    r"crossing|garrison|stronghold|settlements?|neighbou?rhoods?|suburbs?|front|it|capital)\b",
    re.I,
)


def _upper_bounds(sentence: str, trig: Trigger, nxt: int, near: int, far: int
                  ) -> tuple[int, int]:
    """Where the trigger's places end, ``near`` and ``far`` words on at most (``far`` the
    larger): next trigger, clause break, or that many words on (one search for both)."""
    brk = _CLAUSE_BREAK.search(sentence, trig.end, nxt)
    while brk is not None and ((gloss := _GLOSS.match(sentence, brk.start())) or (
            trig.kind in ("movement", "displacement")
            and (gloss := _MOST_WENT.match(sentence, brk.start())))):
        # a name's short form in brackets is no clause ("the Malian armed forces (FAMa)"),
        # nor where most of those who left went ("have left the oblast by train, most of
        # them for Lviv and Dnipro")
        brk = _CLAUSE_BREAK.search(sentence, gloss.end(), nxt)
    limit = brk.start() if brk else nxt
    if nxt < len(sentence):
        # "a drone hit a kindergarten, and in Pokrovsk, missiles struck ...": the place after
        # ", and in" is the next trigger's scene
        scene = _NEW_SCENE.search(sentence, trig.end, limit)
        limit = scene.start() if scene is not None else limit
    # (the sides of a fight are not counted: "Fighting between the army and the RSF spread
    # to Sennar")
    sides = _BETWEEN.match(sentence, trig.end, limit)
    words = _WORD.finditer(sentence, sides.end() if sides else trig.end, limit)
    word = next(islice(words, near, None), None)
    if word is None:
        return limit, limit
    # (the word ``far`` on is ``far - near - 1`` words past the one ``near`` on)
    beyond = next(islice(words, far - near - 1, None), None)
    return word.start(), beyond.start() if beyond is not None else limit


_WORD = re.compile(r"\S+")
_MOST_WENT = re.compile(r",\s+(?:most|many|some|half|the\s+majority|the\s+rest|others|mainly|"
                        r"mostly)(?:\s+of\s+them)?\s+(?=(?:for|to|towards?|into)\s)", re.I)
# Between a flight and the violence that caused it: "fled Sake after ", "left ... following"
_AFTER_CAUSE = re.compile(r"[^.;:]*?\b(?:after|following|since)\s+(?:(?:heavy|renewed|intense|"
                          r"fierce|(?:[\w-]+\s+)?(?:days|weeks|hours|months)\s+of)\s+)*"
                          r"(?:[\w-]+\s+){0,2}?", re.I)
# An opening clause of what came before, up to its comma: "Following three months of heavy
# fighting, ...", "After two days of clashes, ..."
# (a time and the fighting, not one named or told before: "After the Battle of Mosul, ...")
_FRONTED_AFTER = lazy(r"(?:After|Following)\s+(?:(?:a|an|\d+|[a-z]+)\s+(?:more\s+)?"
                      r"(?:hours?|days?|weeks?|months?)\s+of\s+)?"
                      r"(?:(?:heavy|fierce|intense|renewed|bitter|prolonged|deadly)\s+)*"
                      # the fighting itself, perhaps its sides, then the comma (not "fighting
                      # in court", "fighting the blaze", "clashes in the north", "fighting
                      # elsewhere", "twelve rounds of fighting")
                      r"(?:fighting|clashes|battles?|combat|shelling|bombardments?|"
                      r"air\s*strikes|hostilities)(?:\s+between\s+[^,;:.]{3,120})?"
                      # (and its day: "After heavy fighting on Monday, ...")
                      r"(?:\s+(?:on|overnight\s+on|in)\s+[A-Z0-9][\w ]{1,20}?)?,")
# ... when the event after it is fought for there (not "troops were deployed to Gao", nor
# "refugees returned to Bunia")
_FOUGHT_FOR = ("capture", "clash", "attack", "strike")
# Forces made to flee retreat: "forcing government troops to flee south" is their move
_FORCES_FLEE = re.compile(r"\b(?:troops|soldiers|forces|fighters|militants|rebels|militiamen|"
                          r"units)\b", re.I)
_GLOSS = re.compile(r"\([A-Z][\w.&'’-]{1,11}(?:\s[A-Z][\w.&'’-]{1,11})?\)")
_HEADING_ON = lazy(r"\b(?:towards?|on\s+to|onward)$", re.I)
_BETWEEN = re.compile(r"\s+" + lex.SIDES)
_NEW_SCENE = re.compile(NEW_CLAUSE + r"(?:in|at|near|on)\s")


def extract_events(
    text: str,
    resolutions: list[Resolution],
    *,
    published: dt.date | None = None,
    article_id: str = "",
    url: str = "",
    title: str = "",
    on_uncertain: OnUncertain = "drop",
    gazetteer: Gazetteer | None = None,
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
    gazetteer : reads demonyms ("Malian refugees ..." gives a displacement with no origin
        the country Mali, flagged "origin_from_demonym"); None skips that.

    Returns
    -------
    list of Event in text order, one per trigger and listed place ("strikes in Idlib and Hama"
    gives two, a shared death toll split between them and flagged "fatalities_split"). What
    is taken from outside the sentence is flagged: the place in focus for a sentence that names
    none, or the antecedent of "the city" ("place_inferred"), the kind of a bare death toll
    ("kind_inferred"), the day its paragraph reached for an undated sentence ("date_inferred"),
    a traveller's previous stop ("origin_inferred"). A place that could not be resolved gives
    an event flagged "unresolved", or "approximate" when a resolved qualifier stands in ("X
    village in Plateau state"). The date is the one nearest the trigger in its clause, never
    one inside the attribution ("..., AP reported on Monday"); yearless dates take the year
    of ``published``, else the year the article's narrative has reached. Repeats (a headline,
    "The attack killed three") merge into the event they repeat ("merged_in_article"), and
    only directed kinds keep an origin or destination, never the same place for both.
    """
    if on_uncertain not in ("drop", "flag"):
        raise ValueError(
            f"'on_uncertain' should be one of 'drop' or 'flag', got {on_uncertain!r} instead"
        )
    sentences = split_sentences(text)
    hints = weak_hints(text)  # (a sentence with none of them is spared the search)
    held = _trigger_span(text, sentences, hints)
    if held is None:
        return []  # no sentence holds a trigger (a third of news texts): no event, and none
        # of the reading of the whole text below is needed
    first_held, last_held = held
    ordered = sorted(resolutions, key=lambda r: r.mention.start)
    implied = anaphora(text, ordered, gazetteer) + unlisted(text, ordered, gazetteer)
    if gazetteer is not None and "capital" in text:
        implied += capitals(text, ordered, gazetteer)
    if implied:
        ordered = sorted([*ordered, *implied], key=lambda r: r.mention.start)
    ordered = carry_offsets(text, ordered)
    starts = [r.mention.start for r in ordered]
    events: list[Event] = []
    recent: tuple[str, int] | None = None  # last violent kind and the sentence it was in
    story = Narrative()
    if published is None and (titled := _TITLE_YEAR.match(text)) is not None:
        # an encyclopedia title's year ("Battle of Tinzaouaten (2024)") is the year of the
        # days its article gives without one ("On 25 July at 14:50 GMT, ...")
        story.date = dt.date(int(titled.group(1)), 1, 1)
    focus = Focus(ordered, text)
    end = par = story_par = 0
    known = 0
    last = (0, 0)  # the sentence before
    first_dated: int | None = None  # where the story first names a date
    # The sentences given more than once, counted in one pass (most texts have none): real
    # sentences, ended, not the cuts a text with no sentence ends is read in
    told = Counter(said for a, b in sentences[:last_held + 1] if b - a > 40
                   and (said := text[a:b]).rstrip().endswith(_ENDED))
    twice = {said for said, times in told.items() if times > 1} if len(told) < sum(
        told.values()) else None
    # (the sentences after the last that may hold a trigger report nothing, and what they
    # move on, the story's date and the place in focus, only later sentences read)
    for n, (a, b) in enumerate(sentences[:last_held + 1]):
        if "\n" in text[end:a]:
            focus.new_paragraph()
            par += 1
        end = b
        previous, last = text[last[0]:last[1]], (a, b)
        if text.find("=", a, b) >= 0 and HEADING.fullmatch(text, a, b):
            continue  # "== History ==": a section title reports nothing
        if twice and b - a > 40 and text[a:b] in twice and _said_again(text, sentences, n):
            continue  # a photo's caption given twice (its alt text and its caption): the
            # same sentence again, right after, reports nothing new
        if story.day_known and story_par != par and opens_with_clock(text[a:b]):
            story_par = par  # "At about 6:30 a.m., ...": the paragraph goes on with the day
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        kind = recent[0] if recent is not None and n - recent[1] <= 2 else None
        found = _sentence_events(text[a:b], a, ordered[lo:hi], published, kind, on_uncertain,
                                 story, focus, same_paragraph=story_par == par,
                                 paragraphs_on=par - story_par, previous=previous,
                                 weak=hint_between(hints, a, b), may_hold=n >= first_held)
        if story.moves != known:
            known, story_par = story.moves, par
            if first_dated is None and not (
                    story.day_known and story.date == published and not found):
                first_dated = a  # a byline's date (the day of publication, no event) moves
                # nothing; "Missiles struck Kharkiv today" does: the news of the day is told
        if not found:
            if lo < hi:
                focus.scene(text[a:b], a, ordered[lo:hi])
            continue  # (most sentences: nothing below changes anything for them)
        focus.saw(found)
        events.extend(dataclasses.replace(e, article_id=article_id, url=url, title=title,
                                          published=published, flags=guess_flags(e))
                      for e in found)
        kinds = [e.kind for e in found if e.kind in ("strike", "clash", "attack")]
        if kinds:
            recent = (kinds[-1], n)
    if published is not None:
        events = redate_leads(events, text, published)
    events = merge_repeats(link_movements(events, ordered, text), text)
    if published is not None:
        events = [news_of_the_day(e, published, first_dated) for e in retold_dates(events)]
    if gazetteer is not None:
        events = origins_from_demonyms(events, gazetteer)
    return [sane(e) for e in events]


def _sentence_events(
    sentence: str, offset: int, resolutions: list[Resolution], published: dt.date | None,
    recent: str | None, on_uncertain: OnUncertain, story: Narrative,
    focus: Focus | None = None, *, same_paragraph: bool = False,
    paragraphs_on: int = 0, previous: str = "", weak: bool = True, may_hold: bool = True,
) -> list[Event]:
    """Events of one sentence; ``recent`` is the violent kind reported just before it.

    ``story`` is the date the article has reached; the sentence's own dates move it on.
    ``previous`` is the sentence before it. ``focus`` holds the place in focus, taken (flag
    "place_inferred") by a sentence that reports an event without naming where ("More than
    14,000 people have been displaced"); it is asked only then. ``weak`` False: no weak
    trigger can start in the sentence. ``may_hold`` False: it holds no trigger (as
    :func:`~geo.events.triggers.may_hold_trigger` found), and is not searched for one.
    """
    names = [(r.mention.start - offset, r.mention.end - offset) for r in resolutions]
    triggers = find_triggers(sentence, names, weak, previous) if may_hold else []
    cared = care_moves(sentence, names + [(t.start, t.end) for t in triggers]) if may_hold else []
    if cared:  # "the injured were rushed to hospitals in Dnipro" (the wounded are who moved,
        # no toll)
        triggers = sorted([t for t in triggers if not (t.weak and hurt_word(t.text))] + cared,
                          key=lambda t: t.start)
    if not triggers:
        # No event here, but a year or a month moves the story on ("In March 2023, ...");
        # a bare weekday or "the next day" only matters beside an event.
        if moves_story(sentence):
            find_dates(masked(sentence, find_source(sentence).spans), published,
                       narrative=story)
        return []
    # (read before the sentence's own dates move the story; only sentences with a trigger
    # need it)
    carried = carried_day(sentence, story, published, same_paragraph, paragraphs_on)
    if carried is None and published is not None and goes_on(sentence):
        carried = published  # "Fighting continues in Mogadishu": the day it is told
    source = find_source(sentence, any_trigger)
    dates = find_dates(masked(sentence, source.spans), published, narrative=story)
    if source.spans and not any(d.event_date and not d.text.lower().startswith("since")
                                for d in dates):
        # "Houthi rebels said Sunday they had shot down a drone": the day of the saying is the
        # nearest the text comes to the event's (flagged "date_inferred", as a carried day)
        # (a day the story had not reached moves it on: "On 7 May 2018 Haftar announced the
        # offensive." places a later "on 16 May" in 2018)
        # ("since 2014" of the airport "closed since 2014" is no day of the event's)
        said = [d.event_date for a, b in source.spans
                for d in find_dates(sentence[a:b], published, narrative=story) if d.event_date]
        carried = said[0] if said else carried
    triggers = purposes([t for n, t in enumerate(triggers)
                         if not any(a <= t.start < b for a, b in source.spans)
                         and not (n and moving_target(sentence, triggers[n - 1], t))], sentence)
    uprooted = uproots_millions(sentence)
    if uprooted or is_tally(sentence):
        # "210 civilians have been killed by Russian attacks so far": neither the toll nor the
        # attacks it counts are told as events; a violent verb of its own ("militants shelled
        # the town") still is one; nor are the displaced it counts beside them ("The conflict
        # has killed 6,000 people and displaced 600,000"), nor the millions a war uprooted
        # ("... and forced some 2 million from their homes since 2009"; not "a wave of
        # violence that has killed 80 people and forced 36,000 to flee": a flight)
        triggers = [t for t in triggers if t.kind != "violence" and (
            is_verbal(t.text) or t.kind not in VIOLENT) and t.text.lower() != "displaced"
            and not (uprooted and t.kind == "displacement")]
    stock = [n for n, t in enumerate(triggers) if is_stock(sentence, t)]
    if stock:
        # ... and the violence the hosted people once fled ("camps which shelter people who
        # fled earlier fighting in Masisi"): the story of the stock, not an event of its own
        stock += [n + 1 for n in stock if n + 1 < len(triggers)
                  and triggers[n + 1].kind in VIOLENT and not is_verbal(triggers[n + 1].text)
                  and _FLED_GAP.fullmatch(sentence, triggers[n].end, triggers[n + 1].start)]
        triggers = [t for n, t in enumerate(triggers) if n not in stock]
    slots = place_slots(sentence, offset, resolutions, list(source.spans))
    fatal = find_fatalities(sentence)
    floor = max((e for s, e in source.spans if s == 0 or sentence[:s].strip() == ""), default=0)
    out: list[tuple[Trigger, Roles, list[str], str]] = []
    unplaced: list[tuple[Trigger, list[str]]] = []
    funding = about_aid(sentence)
    roles_of: dict[int, list[Roles]] = {}
    carried_off: set[int] = set()  # the triggers of the wounded or civilians carried away
    flags_of: dict[int, list[str]] = {}
    for n, trig in enumerate(triggers):
        if trig.kind == "strike" and n and _WEAPON.match(trig.text) and (
                (triggers[n - 1].kind == "interception"
                 and _WEAPON_OBJECT.fullmatch(sentence, triggers[n - 1].end, trig.start))
                or (triggers[n - 1].kind == "strike"
                    and _WITH_OBJECT.fullmatch(sentence, triggers[n - 1].end, trig.start))):
            continue  # "shot down 20 of 25 drones launched at Kyiv": what was intercepted;
            # "attacked Ukraine with 37 drones launched from ...": what it was struck with
        if (trig.kind in ("movement", "displacement") and n and trig.text.endswith("ing")
                and triggers[n - 1].kind in VIOLENT
                and _VICTIMS_GOING.fullmatch(sentence, triggers[n - 1].end, trig.start)):
            continue  # "abducted 20 passengers travelling from Abuja to Kaduna": who, not a trip
        if trig.kind == "movement" and trig.text in _PARTICIPLES and _DESCRIBED_FORCES.search(
                sentence, max(0, trig.start - 80), trig.start):
            continue  # "thanked the troops deployed in Kandi": which troops, not a move
        if trig.kind == "displacement" and trig.text.lower().startswith("forc") and (
                _FORCES_FLEE.search(trig.text)):
            trig.kind = "movement"  # "forcing government troops to flee south"
        inferred = trig.kind == "violence"
        if inferred:
            if not accept_toll(sentence, trig, recent):
                continue
            trig.kind = recent or "clash"
            if any(t.weak and t.kind == "strike" for t in triggers) or _EXPLOSIVE.search(
                    sentence, max(0, trig.start - 60), trig.start):
                trig.kind = "strike"  # "A Russian missile killed two children in Kryvyi Rih",
                # "An improvised explosive device killed four soldiers"
        clause = clause_start(sentence, trig.start, floor)
        mode = modality(sentence, clause, trig)
        flags: list[str] = ["kind_inferred"] if trig.weak and inferred else []
        if mode == "ordered":
            mode = None  # an evacuation order: displacement, flagged as ordered
            flags.append("ordered")
        elif names_orders(sentence, trig) and trig.kind == "displacement":
            flags.append("ordered")  # "evacuation orders for 50 villages"
        if mode == "attempted" and (trig.kind == "capture" or (
                trig.kind == "clash" and (_REPELLED.search(sentence, trig.end) is not None
                                          or trig.text.lower().startswith("break"))) or (
                trig.kind == "movement" and trig.text.lower().startswith(_FORCING_IN)
                and fighting_men(sentence))):
            # "tried to seize the town", "attempted to attack a post at Matéri and was
            # repelled", "tried to break through our defences", "government forces made
            # multiple attempts to enter the city": the attempt was fighting
            trig.kind, mode = "clash", None
            flags.append("attempted")
        if mode is not None:
            if on_uncertain == "drop":
                continue
            flags.append("negated" if mode == "negated" else "hypothetical")
        if told_elsewhere(sentence, clause, trig, slots):
            continue
        if trig.kind in ("displacement", "movement") and (
                funding or aid_recipients(sentence, trig)):
            continue  # "$17 million for refugees arriving from Sudan", "kits to new arrivals
            # in Pemba": aid, not a flight
        if not retype(trig, sentence, clause, previous):
            continue
        if trig.kind == "movement" and aid_cargo(sentence, clause, trig):
            continue  # "A WFP convoy reached Tawila": a delivery, no event
        if trig.kind in ("movement", "displacement") and transfer(sentence, clause, trig):
            continue  # "detainees were flown to Sévaré": a transfer in custody
        care = to_hospital(sentence, clause, trig) if trig.kind in (
            "movement", "displacement") else None
        if care == "own" or care and not ((recent is not None or any(
                t.kind in VIOLENT or t.kind == "violence" for t in triggers))
                and armed_scene(sentence, previous)):
            continue  # "The injured teen drove to the medical center"; the hurt of a road
            # accident, a storm or a bull's charge taken to hospital (no arms told)
        if care:
            trig.kind = "displacement"  # "the wounded were flown to Kabul for treatment"
        away = None if care else carried_away(sentence, trig)
        if away and not (armed_scene(sentence, previous) or from_danger(sentence, trig)):
            continue  # "tourists were taken to a hotel in Cancun": no flight from danger
        if away:
            trig.kind = away  # (captives taken by their captors: the captors' move)
        if care or away:
            carried_off.add(n)
        lower = triggers[n - 1].end if n else floor
        upper = _next_start(sentence, triggers, n)
        relative = _RELATIVE.match(sentence, clause, trig.start) is not None
        window = max(clause, trig.start - 240)  # bounded: run-on sentences stay linear
        verb = _passive(sentence, window, trig.start)
        if verb is not None:
            clause, verb = _subject_clause(sentence, clause, verb, floor)
        passive = verb is not None or relative or (
            trig.text.lower().startswith(("fell", "fallen", "falls", "surrendered"))) or (
            _AUXILIARY.search(trig.text) is not None)  # "drones were destroyed"
        roles = assign_roles(  # (care goes where it is given: "to hospitals in Kaya")
            "movement" if care or away else trig.kind, sentence, slots, (trig.start, trig.end),
            (lower if relative or not passive else max(lower, clause), *_upper_bounds(
                sentence, trig, upper, 8, 40 if _IN_WHICH.match(sentence, trig.end) else 20)),
            passive=passive, subject_end=verb, sends=trig.text.lower() in lex.SEND_VERBS,
            nominal=not is_verbal(trig.text),
        )
        if trig.kind == "meeting" and trig.text.lower().startswith("sign"):
            # where they signed follows ("signed an agreement in Addis Ababa"); a signing
            # placed nowhere is told of, not a meeting ("former combatants near Tibu who had
            # signed the 2016 peace accord")
            roles = [r for r in roles if r.location is not None and r.location.start >= trig.end]
            if not roles:
                continue
        if care or away:
            # the wounded moved for care are an event where a place to go to is named (not
            # "was evacuated to 92 Base Hospital", "taken to hospital")
            roles = [r for r in roles if r.destination is not None]
            if not roles:
                continue
        if (trig.kind == "strike" and _WEAPON.match(trig.text) and n + 1 < len(triggers)
                and triggers[n + 1].kind == "interception"
                and _WAS_INTERCEPTED.fullmatch(sentence, trig.end, triggers[n + 1].start)):
            # "A missile launched from Yemen toward Israel was intercepted": the weapon's
            # launch only, which becomes the interception's origin (repeats.launch_sites)
            roles = [dataclasses.replace(r, location=r.origin, destination=None)
                     for r in roles if r.origin is not None]
        if trig.kind == "capture" and passive and not relative and not _TERRITORY.search(
                sentence, clause, trig.start):
            roles = [r for r in roles if r.how != "prep"]  # "inmates were captured in X"
        if not roles and n + 1 < len(triggers) and (_JOINED.fullmatch(
                sentence[trig.end:triggers[n + 1].start]) or (
                trig.kind == "interception" and triggers[n + 1].kind == "strike"
                and _WEAPON_OBJECT.fullmatch(sentence, trig.end, triggers[n + 1].start))):
            # "... and shelled X": shared; "shot down a missile launched from Yemen over the
            # Red Sea": the weapon's places are the interception's
            roles = [dataclasses.replace(r, how="shared") for r in _peek(
                sentence, slots, triggers, n + 1, floor)]
        earlier = roles_of.get(n - 1) or []
        if not roles and earlier and same_scene(sentence, triggers[n - 1], trig):
            # (forces that withdraw or flee from the scene leave it: "attacked Macomia before
            # withdrawing towards the coast")
            # (... and so do forces heading on from it: "seized Gharyan and pushed north
            # towards the capital")
            leaving = trig.kind == "displacement" or trig.text.lower().startswith(
                (*LEAVING, "forc")) or (
                trig.kind == "movement" and _HEADING_ON.search(trig.text) is not None)
            roles = [dataclasses.replace(
                r, how="shared", origin=r.location if leaving else r.origin,
                destination=None if leaving else r.location if trig.kind == "movement"
                and r.destination is None else r.destination) for r in earlier]
        elif not roles and earlier and (all(r.how != "shared" for r in earlier) and [
                r.location for r in roles_of.get(n - 2) or ()] != [
                r.location for r in earlier] or n > 1 and triggers[n - 2].kind == "movement"
                and violent_context(sentence, trig)) and won_after(sentence, triggers[n - 1],
                                                                    trig):
            # (where the capture or advance named its places itself: not "took Rajo, and
            # Afrin fell after heavy fighting", whose fall was read with the list before it;
            # or took them from a move before it: "entered Kidal and took control of the
            # airport area after fierce fighting", armed men told, not a cyclist's "battle")
            roles = [dataclasses.replace(r, how="shared", origin=None, destination=None)
                     for r in earlier]
        elif not roles and earlier and trig.kind in VIOLENT and (
                triggers[n - 1].kind == "displacement" or (
                    triggers[n - 1].kind == "movement"
                    and triggers[n - 1].text.lower().startswith(WITHDRAWALS))
        ) and _AFTER_CAUSE.fullmatch(sentence, triggers[n - 1].end, trig.start):
            # "families fled Sake after shelling hit the town": the violence they fled is
            # where they left (and forces that withdrew "from Bardera after two days of
            # heavy fighting"); the wounded taken to hospitals "in Kyiv after a missile attack"
            # were hurt where they are cared for, as far as the text tells
            roles = [dataclasses.replace(r, how="shared", location=r.origin or r.destination,
                                         origin=None, destination=None) for r in earlier
                     if r.origin is not None
                     or (n - 1 in carried_off and r.destination is not None)]
        elif trig.kind == "displacement" and earlier and earlier[0].location is not None:
            # what the trigger before tells is where they left (not when it is another
            # flight, and this one goes elsewhere: "2,000 reached Myitkyina, while 800 others
            # travelled to Mogaung")
            trip = triggers[n - 1].kind in ("displacement", "movement")
            roles = [r if r.origin is not None or (trip and r.destination is not None)
                     else dataclasses.replace(r, origin=earlier[0].location,
                                              location=earlier[0].location) for r in roles]
        if trig.kind == "clash" and roles and _OFFENSIVE.search(trig.text) and all(
                r.location is None and r.origin is not None for r in roles):
            trig.kind = "movement"  # "launched an offensive from Idlib province": where the
            # forces set out from, not where they fought
        elif trig.kind == "clash" and roles and _OFFENSIVE.search(trig.text) and all(
                r.origin is not None and r.location is not None for r in roles):
            trig.kind = "movement"  # "launched an offensive from Idlib into Aleppo": an
            # advance from one to the other
            roles = [dataclasses.replace(r, destination=r.location) for r in roles]
        roles_of[n], flags_of[n] = roles, flags
        if n - 1 in roles_of and not earlier and roles:
            # "Fighting since April has displaced 7,000 people in Tanai": where they left
            cause = caused(sentence, triggers[n - 1], trig, roles)
            if cause:
                unplaced = [(t, f) for t, f in unplaced if t is not triggers[n - 1]]
                out += [(triggers[n - 1], r, flags_of[n - 1], "") for r in cause]
        for role in roles:
            out.append((trig, role, list(flags), "passive" if passive else ""))
        if trig.kind in VIOLENT and roles:
            out += [(t, r, list(flags), "") for t, r in elided(sentence, trig, roles, slots,
                                                               dates)]
        told = occurs(sentence, trig) or "ordered" in flags
        if not roles and not trig.weak and told and not (
                trig.kind == "movement" and named_elsewhere(sentence, trig)) and (
                trig.text.lower() != "displacement") and not _quoted(sentence, trig.start):
            # (the bare noun with no place of its own is the phenomenon: "The crisis
            # continues to drive displacement"; words quoted with no place are someone's
            # comment: '"people are being bombed where they sought refuge," said ...')
            unplaced.append((trig, flags))
    found = withdrawn_from(with_travel(launch_sites(assemble(
        sentence, offset, out, slots, source, dates, fatal, floor, carried,
        tuple((t.start, t.end) for t in triggers)))), focus)
    # A trigger that names no place before the sentence's located events ("She met with aid
    # workers and refugees fleeing Kherson") is an event of its own; one after them is
    # usually their circumstance ("... as Russian forces advanced").
    kinds = {e.kind for e in found}
    if "attack" in kinds:
        kinds.add("clash")  # "30 were killed in a shootout as rustlers attacked X": one event
    first = min((t.start for t, _, _, _ in out), default=len(sentence)) if found else len(
        sentence)
    if found and unplaced:
        found = found + own_settings(sentence, offset, resolutions, triggers, found, [
            (t, f) for t, f in unplaced if not (t.kind not in kinds and t.start < first)],
            source, dates, floor, carried)
    if found and unplaced:  # ("... before it was retaken in March 2015": the place again)
        found += again(sentence, unplaced, found, dates, tuple((t.start, t.end)
                                                              for t in triggers))
    if found and _FRONTED_AFTER.match(sentence):
        # "Following three months of heavy fighting, the army retook Marawi": the fighting
        # the opening clause tells (a noun, with no verb of its own) was where the event
        # after it is
        cut = sentence.find(",")
        here = next((e.location for e in found if e.location is not None
                     and e.kind in _FOUGHT_FOR and e.location.mention.start - offset > cut),
                    None)
        told = {t.start for t, _, _, _ in out}
        fought = [(t, []) for t in triggers if t.kind in VIOLENT and t.end <= cut
                  and t.start not in told and not t.weak]
        if here is not None and fought:
            found = found + in_focus(sentence, offset, fought, here, (), source, dates, None,
                                     floor, carried)
            unplaced = [(t, f) for t, f in unplaced if t.start not in {x.start for x, _ in fought}]
    unplaced = [(t, f) for t, f in unplaced if t.kind not in kinds and t.start < first]
    if focus is None or not unplaced:
        return found
    # "IDF troops operating in the Jenin area eliminated a gunman": the sentence's own
    # setting before the event, else the story's
    place = setting(sentence, offset, [r for r in resolutions
                                       if r.mention.start - offset < unplaced[0][0].start])
    how = ("place_inferred",) if place is not None else ("place_inferred", "place_in_focus")
    place = place or focus.place()
    if place is None:
        return found
    # (a visit placed there is travel there too: "The governor visited the scene on Tuesday")
    return found + with_travel(in_focus(sentence, offset, unplaced, place, how, source, dates,
                                        None if found else fatal, floor, carried))


def _trigger_span(text: str, sentences: list[tuple[int, int]],
                  hints: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Indices of the first and the last of ``sentences`` (spans of ``text``) that may hold
    a trigger (:func:`~geo.events.triggers.may_hold_trigger`, ``hints`` made by
    :func:`~geo.events.triggers.weak_hints`, or one of the wounded carried,
    :func:`~geo.events.deliveries.care_moves`), or None when none may. Only the sentences
    before the first and after the last are tested."""
    def may_hold(k: int) -> bool:
        # (every way _sentence_events finds a trigger: find_triggers', and the wounded
        # carried, whose test with no names skipped finds a superset)
        a, b = sentences[k]
        return may_hold_trigger(text[a:b], hint_between(hints, a, b)) or bool(
            care_moves(text[a:b], []))

    first = next((k for k in range(len(sentences)) if may_hold(k)), None)
    if first is None:
        return None
    return first, next(k for k in range(len(sentences) - 1, first - 1, -1) if may_hold(k))


def _said_again(text: str, sentences: list[tuple[int, int]], n: int) -> bool:
    """Whether sentence ``n`` repeats the one before it, or opens a repeat of the two before
    it (a caption of two sentences given twice: "A B A B"); not the same words told again
    of another day or place further on ("== 5 March ==" between them)."""
    def same(i: int, j: int) -> bool:
        if i < 0 or j < 0 or i >= len(sentences) or j >= len(sentences):
            return False
        (a, b), (c, d) = sentences[i], sentences[j]
        return b - a == d - c and text[a:b] == text[c:d]
    return same(n, n - 1) or (same(n, n - 2) and (same(n + 1, n - 1) or same(n - 1, n - 3)))


def _quoted(sentence: str, at: int) -> bool:
    """True when ``at`` lies inside a quotation ("..." or “...”) of ``sentence``."""
    before = sentence[:at]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


# How a sentence ends (a caption's credit, a quotation's mark)
_ENDED = (".", "!", "?", ")", '"', "”", "’")
# A title line ending with the year it is told apart by: "Battle of Tinzaouaten (2024)"
_TITLE_YEAR = lazy(r"\s*[^\n.]{3,120}?\((1[89]\d\d|20\d\d)\)[ \t]*\n")
# Ways of forcing into a place: an attempt at one is an assault
_FORCING_IN = ("enter", "breach", "push", "advanc", "break")
# The target of a strike told doing violence: "against fighters who were attacking"
_TARGET_DOING = lazy(r"\b(?:who|which|that)\s+(?:were|was|had\s+been|have\s+been)\s+\Z")
# Between a verb of flight and the violence it fled: "fled fighting", "fleeing the violence".
_FLED_GAP = lazy(r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?")


def _next_start(sentence: str, triggers: list[Trigger], n: int) -> int:
    """Where the places of trigger ``n`` end at the latest: the next trigger, unless that is
    the violence people fled ("fled fighting in Middle Shabelle to camps near Baidoa"), whose
    place and the one after it are the flight's too, or the violence a strike's target was
    doing ("against fighters who were attacking Somali forces near Buulobarde")."""
    trig, m = triggers[n], n + 1
    if (trig.kind == "displacement" and trig.text.lower().startswith(("fle", "escap"))
            and m < len(triggers) and triggers[m].kind in VIOLENT
            and not is_verbal(triggers[m].text)
            and _FLED_GAP.fullmatch(sentence, trig.end, triggers[m].start)):
        m += 1
    elif (trig.kind == "strike" and m < len(triggers) and triggers[m].kind in VIOLENT
          and _TARGET_DOING.search(sentence, max(trig.end, triggers[m].start - 40),
                                   triggers[m].start)):
        m += 1  # "an airstrike against al-Shabaab fighters who were attacking Somali forces
        # near Buulobarde": the strike hit them there
    return triggers[m].start if m < len(triggers) else len(sentence)


def _peek(sentence: str, slots: list[Slot], triggers: list[Trigger], n: int,
          floor: int) -> list[Roles]:
    trig = triggers[n]
    upper = _next_start(sentence, triggers, n)
    return assign_roles(trig.kind, sentence, slots, (trig.start, trig.end),
                        (trig.start, *_upper_bounds(sentence, trig, upper, 8, 20)))
