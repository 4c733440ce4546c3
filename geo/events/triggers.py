"""Trigger words of a sentence: strong and weak ones, their kinds, and places taken.

The everyday senses left out are read in :mod:`geo.events.plausible`, the words of arms in
:mod:`geo.events.arms`, counts that are no events in :mod:`geo.events.tallies`, and the words
around a trigger that cancel it in :mod:`geo.events.modality`. What moved from here is still
importable from here.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from geo.events import lexicon as lex
from geo.events.arms import (
    _ARMED_BY_AIR,
    _ARMED_SUBJECT,
    _HEAVY,
    POST_LEFT,
    fighting_men,
    speaks_of_arms,
    violent_context,
)
from geo.events.plausible import plausible
from geo.events.tallies import ON_DAY, accept_toll, is_stock, is_tally
from geo.events.words import IRREGULAR_PAST, WORD, is_verbal, lower
from geo.lazy_regex import lazy
from geo.prefilter import after_non_word, lookahead, prefixes

__all__ = [
    "IRREGULAR_PAST", "ON_DAY", "PLACE_ENDS", "POST_LEFT", "TRIGGER_PATTERN", "WORD", "Trigger",
    "accept_toll", "any_trigger", "armed_pronoun", "find_triggers", "hint_between", "is_stock",
    "is_tally", "is_verbal", "lower", "may_hold_trigger", "speaks_of_arms", "violent_context",
    "weak_hints", "weak_possible",
]


def _alternation(fragments: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """One pattern for all fragments, matched on lower-cased text (much faster than re.I),
    searched by :func:`_scan`: a match opens with the non-word character before its trigger
    (``\\W`` rather than ``\\b``, so that a search skips ahead to those characters instead of
    trying every position)."""
    groups = "|".join(
        f"(?P<{kind}>{'|'.join(sorted(parts, key=len, reverse=True))})"
        for kind, parts in fragments.items()
    )
    # The first six characters a trigger can start with (worked out from the pattern), so
    # that most word starts fail before the branches are tried; else its first letters.
    # (Six, not four: "was ", "with", "were", "been" pass four and fail the branches at a
    # third of the tries; the alternation's searches take a third less time. Eight saves
    # little more, and costs more at import.)
    ahead = lookahead(groups, 6)
    if ahead is not None:
        return re.compile(rf"\W{ahead}(?:{groups})\b")
    firsts = "".join(sorted({m for parts in fragments.values() for frag in parts
                             for m in _FIRST.findall(_LOOKBEHIND.sub("", frag).split(")")[0])}))
    return re.compile(rf"\W(?=[{firsts}])(?:{groups})\b")


_FIRST = lazy(r"(?:^|\||\(\?:)([a-z])")
_LOOKBEHIND = lazy(r"^(?:\(\?<![^)]*\))+")


def _scan(pattern: re.Pattern[str], low: str) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of every trigger of ``pattern`` (made by :func:`_alternation`) in
    ``low``: what ``finditer`` of the pattern written with ``\\b`` in front gives (every
    trigger starts with a letter, the guard's first characters, and no look-behind of the
    lexicon opens with a space: see :func:`geo.prefilter.after_non_word`)."""
    return ((m.lastgroup or "", a, b) for m, a, b in after_non_word(pattern, low))


TRIGGER_PATTERN = _alternation(lex.TRIGGERS)
"""Every strong trigger, for lower-cased text, found by :func:`any_trigger`."""


def any_trigger(low: str) -> bool:
    """Whether lower-cased ``low`` holds a strong trigger."""
    return TRIGGER_PATTERN.search(" " + low) is not None


_WEAK = _alternation({f"weak_{k}": v for k, v in lex.WEAK_TRIGGERS.items()})
# Every weak trigger starts with one of these (worked out from the fragments; "" if it may
# start with anything, or with a class of characters): most sentences hold none, and are not
# searched for weak triggers. (Tested as substrings: one pattern of them would stop at every
# c, d, i, k, m, r, s and w.)
_WEAK_STARTS = prefixes("|".join(f for parts in lex.WEAK_TRIGGERS.values() for f in parts), 4)
_WEAK_HINTS = tuple(sorted(_WEAK_STARTS)) if _WEAK_STARTS and all(
    h.isascii() for h in _WEAK_STARTS) else ("",)  # \d and \s come as private-use characters


def _weak(low: str, possible: bool = True) -> Iterator[tuple[str, int, int]]:
    """The weak triggers of ``low``, without the search when none can start in it (nor when
    not ``possible``: see :func:`weak_possible`)."""
    return _scan(_WEAK, low) if possible and any(h in low for h in _WEAK_HINTS) else iter(())


def weak_hints(text: str) -> list[tuple[int, int]]:
    """(start, end) of every string of ``_WEAK_HINTS`` in the lower case of ``text``, in
    order: a sentence ``text[a:b]`` can hold a weak trigger only where one lies inside it
    (:func:`hint_between`). One pass over the text for each hint, rather than a test of each
    hint on each sentence (most hold none). (A sentence's :func:`lower` has the ASCII letters
    of the text's at the same places, as :func:`weak_possible` says.)"""
    low = lower(text)
    out = []
    for hint in _WEAK_HINTS:
        at = low.find(hint)
        while at >= 0:
            out.append((at, at + len(hint)))
            at = low.find(hint, at + 1)
    out.sort()
    return out


def hint_between(hints: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether one of ``hints`` (made by :func:`weak_hints`) lies wholly inside ``[a, b)``."""
    k = bisect_left(hints, (a, a))
    while k < len(hints) and hints[k][0] < b:
        if hints[k][1] <= b:
            return True
        k += 1
    return False


def weak_possible(text: str) -> bool:
    """Whether a weak trigger can start in some sentence of ``text``: False spares each of its
    sentences the test. (A start of a weak trigger is lower-case ASCII; a sentence's
    :func:`lower` has the ASCII letters of the text's at the same places.)"""
    low = lower(text)
    return any(h in low for h in _WEAK_HINTS)


# An attack on shipping is remote violence (missiles, drones, boats laden with explosives).
_AT_SEA = re.compile(r"^\s+(?:on\s+|against\s+)?(?:[\w,-]+\s+){0,4}?(?:vessels?|ships?|"
                     r"tankers?|freighters?|shipping|carriers?)\b", re.I)
# "attacked Ukraine with 37 Shahed-type attack drones": the weapon names remote violence.
_WITH_WEAPON = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?with\s+(?:[\w,-]+\s+){0,4}?(?:drones?|"
                          r"missiles?|rockets?|artillery|mortars?|shells?|bombs?|projectiles?)\b")
_SHIP_ATTACKED = re.compile(r"\b(?:vessels?|ships?|tankers?|freighters?|carriers?)\s+"
                            r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?\Z",
                            re.I)
_LAUNCHED = lazy(r"\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing))\s+(?:[\w,-]+\s+){0,4}$")
_ADJACENT = re.compile(r"\s+(?:[a-z]+\s+)?")
_AND = lazy(r"\s+and\s+")
# Between two verbs of one toll: "killed two people and wounded nine in Kherson" (the place
# after the second is the first's too)
_TOLL_AND = lazy(r"\s+(?:\d[\d,]*|[a-z]+)(?:\s+[a-z]+){0,2}?\s+and\s+")
_BY_STORM = lazy(r"\s+by\s+(?:storm|surprise)\b")  # "took Paris by storm": an idiom
# Armed groups by name as the subject of taking, as written (capitals and all): "The Taliban
# took Kunduz", "M23 fighters had taken Sake" (not "a deal with the Taliban, took Florida")
_GROUP_TAKES = lazy(r"\b(?:" + "|".join(
    re.escape(g).replace(r"\ ", r"\s+") for g in (*lex.ARMED_NAMES, *lex.ARMED_ACRONYMS)
    if len(g) > 2) + r")\b(?:\s+(?:[a-z]+\s+){0,2}?(?:fighters|militants|forces|rebels))?"
    r"\s+(?:have\s+|had\s+|has\s+)?(?:also\s+|now\s+|already\s+)?\Z")
# The subject of "struck", "hit", "targeted" that fights on the ground (right before the verb)
_GROUND_MEN = (r"gunm[ae]n|attackers|assailants|bandits|militiamen|gang\s+members|gangs?|"
               r"gangsters|armed\s+men|herders|kidnappers|terrorists|militants|jihadists|"
               r"insurgents")
_GROUND_SUBJECT = re.compile(r"\b(?:" + _GROUND_MEN + "|"
                            # "Thursday's attack targeted vehicles": an ambush on the ground
                            r"(?:attack|ambush|assault|raid)(?:s|es)?)"
                            r"\s+(?:[\w-]+\s+){0,2}\Z", re.I)
# ... or, for a participle "targeting", men on the ground open its sentence: "terrorists
# attempted to carry out several heinous activities in X, targeting innocent civilians in Y"
_GROUND_OPENING = lazy(r"(?:[^,.;:]{1,60},\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:"
                       + _GROUND_MEN + r")\b", re.I)
# An event named only to say who it left behind, when it is remembered or where it was:
# "Survivors of the raid reached Kaya", "on the anniversary of the massacre", "travelled to
# Bol and then to the site of the attack" (the event is told elsewhere; not "was the scene of
# an attack")
_AFTERMATH_OF = re.compile(
    r"\b(?:(?:survivors|victims|families|relatives|witnesses|orphans|anniversary|aftermath|"
    r"memory|memorial|commemoration)\s+of\s+(?:(?:the|an?|this|that|last|its|their)\s+|"
    r"[\w-]+['’]s\s+){0,2}|(?:to|at|visited|from)\s+the\s+(?:site|scene)\s+of\s+"
    r"(?:the|this|that|its|their)\s+)(?:[\w-]+\s+){0,2}\Z", re.I)


def _word_end(sentence: str, at: int) -> int:
    """The end of the word at offset ``at`` (or the sentence's end): a window that ends
    there cuts no word ("Air" of "Airport" is no air strike)."""
    while at < len(sentence) and (sentence[at].isalnum() or sentence[at] == "-"):
        at += 1
    return min(at, len(sentence))


# An event noun as the predicate of a definition ("X was a battle in the Y conflict", "is
# one of the deadliest attacks"), after the event the sentence named first
_EVENT_NOUNS = frozenset("battle battles attack attacks clash clashes offensive siege assault "
                         "massacre engagement engagements operation".split())
_PREDICATE = lazy(r"\b(?:was|is|were|are|became|remains?)\s+(?:a|an|one\s+of\s+the|among\s+the|"
                  r"the)\s+(?:[\w-]+\s+){0,3}?\Z", re.I)
# A bomber as the subject: "an ISIL suicide bomber attacked GNA forces" (a bombing)
_BOMBER_BEFORE = lazy(r"\b(?:suicide\s+)?bombers?\s+(?:(?:had|has|have|then|also)\s+)?\Z",
                      re.I)
_OF_NAME = lazy(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
# (or weighed: "These violent attacks further underscore the regime's disregard for life")
_DESCRIBED = lazy(r"\s+(?:(?:further|also|only|clearly)\s+)?(?:was|is|were|are|became|marked|"
                  r"remains?|underscores?|shows?|demonstrates?|highlights?|constitutes?|"
                  r"represents?|illustrates?|reflects?|violates?|amounts?\s+to)\b")
_DEMONSTRATIVE = lazy(r"\b(?:This|That|These|Those|this|that|these|those)\s+(?:[a-z-]+\s+)?\Z")
# Where the clause of a trigger ends or begins: weapons from afar told in the next clause
# ("Soldiers raided Kaya on Monday, while air strikes hit Dori") are that clause's
_CLAUSE_BREAK = lazy(r";|,\s(?:while|whereas|and|but|as|where|when)\s|\s(?:while|whereas|but)\s"
                     r"|\sand\s(?=(?:[\w-]+\s){0,2}?(?:air|drones?|jets|warplanes?|aircraft|"
                     r"missiles?|rockets?|artillery)\b)")


# Fighting on the ground by its verb: a raid's clause ends where weapons from afar begin one
# of their own (not "Russia attacked Kharkiv overnight, and drones and missiles hit energy
# facilities": the weapons of the attack)
_ON_THE_GROUND = ("raid", "storm", "ambush", "assault", "overr", "fought", "fight", "clash",
                  "gun battle", "firefight", "under gunfire", "gunfire", "shoot")


_WITHOUT = lazy(r"\bwithout\s+(?:[\w-]+\s+){0,2}\Z", re.I)


def _by_air(sentence: str, start: int, end: int) -> bool:
    """Whether weapons from afar are named between ``start`` and ``end``, and not denied
    ("attacked without American air support")."""
    return any(_WITHOUT.search(sentence, max(0, m.start() - 30), m.start()) is None
               for m in _ARMED_BY_AIR.finditer(sentence, start, end))


def _own_clause(sentence: str, start: int, end: int, ground: bool) -> tuple[int, int]:
    """The window ``start``-``end`` around a trigger, cut to the trigger's own clause when
    the trigger is fighting on the ground."""
    if not ground:
        return start, end
    return start, next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, start, end)), end)


@dataclasses.dataclass(slots=True)
class Trigger:
    """A trigger word as written; ``kind`` may still change (weak tolls, "drones attacked")."""

    kind: str
    start: int
    end: int
    text: str
    weak: bool = False
    verb: tuple[int, int] | None = None
    """Where the verb stands when the trigger is placed on a place it governs with the verb
    left out ("took X on 2 January and Y on 25 January": Y's trigger); its actors are the
    verb's."""


# "the rebels took Namkham", "had taken Minbya", "went on to take Elephant Pass", "The town
# fell on 5 January": a place taken, told without "control" or "to"; only before a place the
# text names, or after one ("the town" too).
_TOOK = re.compile(r"\b(?:(?:had|has|have)\s+(?:also\s+|now\s+|already\s+|since\s+)?"
                   r"(?P<perfect>(?:re)?taken)|took|retook|take|takes|taking)\s+"
                   r"(?:the\s+(?:town|city|village|base)\s+of\s+)?")
# What may follow a place (or its date) that ends a list or a verb's places: punctuation, a
# preposition or "and" ("took Kabul on Monday"; not "Tokyo stocks", "... 2009 launched").
PLACE_ENDS = lazy(r"\s*(?:[,.;:()\[]|$|(?:on|in|near|after|from|and|at|by|during|before|"
                  r"with|within|as|amid|following|respectively)\b)")
_FELL = re.compile(r"\bfell\s+(?=(?:(?:early|late|quickly|swiftly|soon)\s+)?(?:on|after|within)\s|"
                   r"in\s+(?:early\s+|late\s+|mid-)?"
                   r"(?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December|\d{4})\b|the\s+(?:next|following)\s|overnight\b|"
                   r"without\s+a\s+fight\b)")
# Places taken told in the passive, the places before the verb: "Rastan and Talbiseh were
# taken on 6 December" (not "were taken to hospital", "taken by surprise", "taken hostage")
_TAKEN_PASSIVE = lazy(
    r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|quickly\s+|soon\s+)?"
    r"(?:re)?taken\b(?!\s+(?:to|into|in(?!\s+(?:early\s+|late\s+|mid-)?(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December|\d{4})\b)|"
    r"by\s+surprise|away|hostage|prisoner|captive|ill|aback|"
    r"apart|seriously|care|off|out|up|down|for|as|from|under|over\s+by\s+(?:the\s+)?(?:state|"
    r"government)))")
# "the fall of Goma", "after the fall of Kabul": the place taken follows
_FALL_OF = lazy(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+fall\s+of\s+")
_FALLEN_BEFORE = lazy(r"\b[Tt]he\s+(?:town|city|village|base|capital|garrison)\s+\Z")
# ... or a relative clause of the place, in a sentence of war: "the advance continued
# against Lysychansk, which fell in early July" (not "prices in Kabul, which fell in March")
_WHICH_FELL = lazy(r",\s*which\s+(?:(?:finally|eventually|itself|also|then|soon)\s+)?\Z")


def _places_taken(sentence: str, names: list[tuple[int, int]],
                  found: list[Trigger], armed_upto: int = 0) -> list[Trigger]:
    starts, ends = {a for a, _ in names}, {b for _, b in names}
    out = []
    for m in _TOOK.finditer(sentence):
        at = m.start("perfect") if m.group("perfect") else m.start()  # "had also taken X"
        verb = sentence[at:].split(None, 1)[0]
        trig = Trigger("capture", at, at + len(verb), verb)
        if verb.startswith("tak") and not ((m.group("perfect") or sentence.endswith(
                "to ", 0, m.start())) and any(
                a == m.end() and PLACE_ENDS.match(sentence, b) for a, b in names)):
            continue  # "went on to take Elephant Pass"; not "taking Tokyo stocks higher"
        if m.end() in starts and not any(t.start <= at < t.end for t in found) and not any(
                a == m.end() and _BY_STORM.match(sentence, b) for a, b in names) and (
                m.start() < armed_upto or violent_context(sentence, trig) or (
                    _GROUP_TAKES.search(sentence, max(0, m.start() - 60), at) is not None
                    and any(a == m.end() and PLACE_ENDS.match(sentence, b) for a, b in names))):
            # (not "She took Kyiv by surprise")
            out.append(trig)
    for m in _FELL.finditer(sentence):
        gap = sentence[:m.start()]
        which = _WHICH_FELL.search(gap) if gap.endswith("which ") or gap.endswith("ly ") else (
            None)
        if (len(gap.rstrip()) in ends or _FALLEN_BEFORE.search(gap) or (
                which is not None and which.start() in ends and (
                    found or violent_context(sentence, Trigger("capture", m.start(),
                                                               m.start() + 4, "fell"))))
                ) and not any(
                t.start <= m.start() < t.end for t in found):
            out.append(Trigger("capture", m.start(), m.start() + 4, "fell"))
    for a, b in names if "taken" in sentence else ():
        m = _TAKEN_PASSIVE.match(sentence, b)
        if m is not None and _subject(sentence, a, names) and not any(
                t.start <= m.end() - 5 < t.end for t in found):
            out.append(Trigger("capture", m.end() - len("taken"), m.end(), "taken"))
    for m in _FALL_OF.finditer(sentence) if "fall of" in sentence else ():
        end = next((b for a, b in names if a == m.end()), None)
        if end is not None and (PLACE_ENDS.match(sentence, end) or sentence.startswith(
                " to ", end)) and not any(
                t.start <= m.start() < t.end for t in found):  # (not "the fall of Tokyo stocks")
            at = m.start() + m.group().index("fall")  # (a noun: its actor is no subject)
            out.append(Trigger("capture", at, at + 4, "fall"))
    return out


# What joins a list of names ("Homs, Rastan and Talbiseh"), and what may stand before the
# list when it is the subject: nothing, an opening phrase and a comma, "the" (not "Samples
# from the ducks in Pennsylvania were taken")
_LIST_GAP = lazy(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\Z")
_OPENS_CLAUSE = lazy(r"(?:^|[,;:]\s*)(?:[Tt]he\s+)?(?:(?:[\w-]+\s+)?(?:town|city|village|"
                     r"base|district)\s+of\s+)?\Z")


def _subject(sentence: str, start: int, names: Sequence[tuple[int, int]]) -> bool:
    """Whether the name at ``start`` (with the names listed before it) opens its clause."""
    by_end = {b: a for a, b in names}
    while (gap := _LIST_GAP.search(sentence, 0, start)) is not None and (
            gap.start() in by_end):
        start = by_end[gap.start()]
    return _OPENS_CLAUSE.search(sentence, 0, start) is not None


# The end of a clause that a conjunction or a semicolon closes
_CLAUSE_END = re.compile(r",\s+(?:as|while|whereas|but)\s|;\s")


_THERE_AFTER = lazy(r",? where |,? and (?:then )?(?=(?:killed|shot|executed|massacred|murdered|"
                    r"slaughtered|abducted|kidnapped|beheaded)\b)")
_PAST_OR_IDLE = lazy(r"\bkill\w*\s+time\b|\b(?:great-?)?(?:grand)?(?:fathers|mothers|parents)\b|"
                     r"\bancestors\b|\bwar\s+dead\b|\b(?:1[0-8]\d\d|19[0-8]\d)\b")


def _last_clause_end(sentence: str, before: int) -> int | None:
    """Offset of the last clause end (:data:`_CLAUSE_END`) before ``before``, or None."""
    ends = [m.start() for m in _CLAUSE_END.finditer(sentence, 0, before)]
    return ends[-1] if ends else None


_KILLING_DEFENDERS = re.compile(
    r",\s+(killing)\s+(?:(?:more\s+than|at\s+least|about|some|nearly|dozens\s+of|scores\s+of|"
    r"[\d,]+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+)*(?:[\w-]+\s+)?"
    r"(?:soldiers|troops|personnel|policemen|police\s+officers|officers|guards|defenders|"
    r"militiamen|fighters|peacekeepers|gendarmes)\b", re.I)


def _may_take(low: str) -> bool:
    """Whether lower-cased ``low`` holds a word that :func:`_places_taken` reads (a verb of
    taking ground, "fell", "fall of"): only then is it asked."""
    return "took" in low or "tak" in low or "fell" in low or "fall of" in low


def may_hold_trigger(sentence: str, weak: bool = True) -> bool:
    """False when :func:`find_triggers` finds no trigger in ``sentence`` whatever its
    ``skip`` and ``previous`` (with the same ``weak``): no strong trigger, no word of taking
    ground, and no weak trigger. A cheap test of what it would search for first; each part
    of it is a condition of one way :func:`find_triggers` finds a trigger."""
    low = lower(sentence)
    return (TRIGGER_PATTERN.search(" " + low) is not None or _may_take(low)
            or next(_weak(low, weak), None) is not None)


def find_triggers(sentence: str, skip: list[tuple[int, int]], weak: bool = True,
                  previous: str = "") -> list[Trigger]:
    """Trigger words of a sentence; neighbours of one kind ("air strikes hit") become one.
    ``weak`` False: no weak trigger can start in it (:func:`weak_possible`,
    :func:`hint_between`). ``previous`` is
    the sentence before: where this one's subject is a pronoun standing for armed men named
    there ("Taliban fighters entered Kandahar. They took Herat the next day"), the verbs of
    its first clause are theirs (:func:`armed_pronoun`)."""
    def inside(a: int) -> bool:
        for s, e in skip:  # (a loop, not any() of a generator: asked for every trigger)
            if s <= a < e:
                return True
        return False

    low = lower(sentence)
    found = [Trigger(kind, a, b, sentence[a:b])
             for kind, a, b in _scan(TRIGGER_PATTERN, low) if not inside(a)
             and not (" of " in low[max(0, a - 60):a] and _AFTERMATH_OF.search(
                 sentence, max(0, a - 60), a) and not is_verbal(sentence[a:b]))]
    # (read only where a verb of taking or a trigger stands: most sentences hold neither)
    armed_upto = -1
    if _may_take(low):
        armed_upto = armed_pronoun(sentence, previous) if previous else 0
        found = sorted(found + _places_taken(sentence, skip, found, armed_upto),
                       key=lambda t: t.start)
    if ", killing" in low and any(t.kind == "capture" and t.text.lower().startswith("overr")
                                  for t in found):
        # a base overrun with its defenders killed was fought for: "overran an army base at
        # Mansila, killing more than 100 soldiers" (a clash there too)
        found = sorted(found + [Trigger("clash", m.start(1), m.end(1), m.group(1), True)
                                for m in _KILLING_DEFENDERS.finditer(sentence)],
                       key=lambda t: t.start)
    if not found:
        found = [Trigger(kind[5:], a, b, sentence[a:b], True)
                 for kind, a, b in _weak(low, weak) if not inside(a)]
    elif "launch" in low or "fired" in low:
        # "launched 40 missiles and 120 drones at Ukraine": the projectiles are the strike
        taken = [(t.start, t.end) for t in found]
        found += [Trigger("strike", a, b, sentence[a:b])
                  for kind, a, b in _weak(low, weak) if kind == "weak_strike"
                  and not inside(a) and not any(x <= a < y for x, y in taken)
                  and _LAUNCHED.search(low, max(0, a - 40), a)]
        found.sort(key=lambda t: t.start)
    if found and not found[0].weak and weak and (
            cut := _last_clause_end(sentence, found[0].start)) is not None:
        # a clause before the first strong trigger is read for weak ones of its own: "Drones
        # killed two people in Kherson, as authorities ordered the evacuation of ..."
        found = [Trigger(kind[5:], a, b, sentence[a:b], True)
                 for kind, a, b in _weak(low[:cut]) if not inside(a)] + found
    moves = [t for t in found if t.kind == "movement" and not t.weak] if weak else []
    after = _THERE_AFTER.search(low, moves[-1].end) if moves else None
    if after is not None and (after.group().lstrip(", ").startswith("where") or fighting_men(
            sentence[:after.start()])):  # ("and killed": armed men moving, not "a gunman
        # entered his church ... and killed seven people", crime news)
        # ... and so is a place's clause after a move: "The militants then went to Mocimboa,
        # where they killed six people", "went to Mocimboa and killed six people" (the
        # killing is an event of its own there)
        at = after.start()
        stop = next((t.start for t in found if t.start > at), len(low))
        if not _PAST_OR_IDLE.search(low, at, stop):  # (not "where they killed time", "where
            # their great-grandfathers were killed" in 1916)
            found = sorted(found + [Trigger(kind[5:], at + a, at + b, sentence[at + a:at + b],
                                            True)
                                    for kind, a, b in _weak(low[at:stop]) if not inside(at + a)],
                           key=lambda t: t.start)
    if not found:
        return []
    if armed_upto < 0:
        armed_upto = armed_pronoun(sentence, previous) if previous else 0
    merged: list[Trigger] = []
    for trig in found:
        if trig.kind == "clash" and not trig.text.lower().startswith(("exchang", "trad")) and (
                _by_air(sentence, max(0, trig.start - 40), trig.end)
                or _BOMBER_BEFORE.search(sentence, max(0, trig.start - 30), trig.start)
                or _by_air(sentence, *_own_clause(
                    sentence, trig.start, _word_end(sentence, trig.end + 25),
                    trig.text.lower().startswith(_ON_THE_GROUND)))
                or _WITH_WEAPON.match(sentence, trig.end)):
            trig.kind = "strike"  # "drones attacked", "missile attack": remote violence
        elif trig.kind == "clash" and (_AT_SEA.match(sentence[trig.end:trig.end + 80]) or
                                       _SHIP_ATTACKED.search(sentence, max(0, trig.start - 60),
                                                             trig.start)):
            trig.kind = "strike"  # "the Houthis attacked more than 60 vessels"
        elif trig.kind == "strike" and trig.text[:3].lower() in ("str", "hit", "tar") and (
                _GROUND_SUBJECT.search(sentence, max(0, trig.start - 40), trig.start) or (
                    trig.text[:3].lower() == "tar" and not merged
                    and _GROUND_OPENING.match(sentence))) and not (
                _ARMED_BY_AIR.search(sentence, max(0, trig.start - 60),
                                     _word_end(sentence, trig.end + 60))):
            trig.kind = "clash"  # "The attackers struck Kwall and Rukuba": men on the ground,
            # no weapon from afar
        elif trig.kind == "strike" and trig.text[:4].lower() == "fire" and not (
                _ARMED_BY_AIR.search(sentence, max(0, trig.start - 40),
                                     _word_end(sentence, trig.end + 40))
                or _HEAVY.search(sentence, max(0, trig.start - 40),
                                 _word_end(sentence, trig.end + 40))
                or any(a == trig.end + 1 for a, _ in skip)):
            # "gunmen fired on worshippers": small arms, not remote violence; but fire on a
            # whole town ("Turkey fired on Qamishli") is shelling
            trig.kind = "clash"
        prev = merged[-1] if merged else None
        if prev is not None and prev.kind == "clash" and trig.kind == "strike" and (
                prev.text[:3].lower() in ("gun", "sho") and trig.text[:5].lower() == "explo"
                and _AND.fullmatch(sentence, prev.end, trig.start)):
            # "gunfire and explosions were heard": fighting, its blasts part of it
            prev.end, prev.text = trig.end, sentence[prev.start:trig.end]
            continue
        if prev is not None and prev.kind == trig.kind and (_ADJACENT.fullmatch(
                sentence, prev.end, trig.start) or (trig.kind == "violence" and _TOLL_AND.fullmatch(
                sentence, prev.end, trig.start))):
            prev.end, prev.text = trig.end, sentence[prev.start:trig.end]
            continue
        if trig.text.lower() in _EVENT_NOUNS and _DEMONSTRATIVE.search(
                sentence, max(0, trig.start - 30), trig.start) and _DESCRIBED.match(
                sentence, trig.end):
            continue  # "This battle was among the first French engagements": one told
            # before, described
        merged.append(trig)
    kept = [t for t in merged if (plausible(sentence, t, skip, previous) or (
        t.start < armed_upto and t.text.lower().startswith(_WEAK_VERBS)))
            and not _in_name(sentence, t)]
    if not kept and weak and merged and all(
            t.kind in ("movement", "displacement", "meeting") and not t.weak for t in merged):
        # every word of moving was told in another sense: the weak ones stand as in a
        # sentence without them ("The attackers escaped to the border after killing 12
        # villagers"; not where a violent word was a repeat, ranked or blamed)
        kept = [t for t in (Trigger(kind[5:], a, b, sentence[a:b], True)
                            for kind, a, b in _weak(low) if not inside(a))
                if plausible(sentence, t, skip, previous) and not _in_name(sentence, t)]
    # "The Battle of Konna was a battle in the Northern Mali Conflict": the event the
    # sentence opened with, defined (not "The Bohoma attack was an assault by Boko Haram on
    # a base", where the name holds no event of its own)
    # (the subject names its place: "The Battle of Konna", "The siege of El Fasher"; read
    # only where a later trigger is an event noun)
    if len(kept) < 2 or not any(t.text.lower() in _EVENT_NOUNS for t in kept[1:]) or (
            _OF_NAME.match(sentence, kept[0].end) is None):
        return kept
    return [t for k, t in enumerate(kept) if not (
        k and t.text.lower() in _EVENT_NOUNS and _PREDICATE.search(
            sentence, max(0, t.start - 40), t.start))]


# A plural pronoun that opens a sentence as its subject, after at most a short opening phrase
# ("The next day, they ...", "On 14 August they ..."), not one that only reports ("They
# said ..."); armed men are "they", and a dummy "It" stands for no one ("It took Kinshasa
# three weeks to respond").
_PRONOUN_SUBJECT = re.compile(
    r"(?:[^,.;:]{1,40},\s+|(?:On|In|By|Then|Later|Afterwards|Next|Soon)\s+(?:[\w-]+\s+){0,3}?|"
    # ... or a time after, with no comma: "Two days later they reached Kunduz"
    r"(?:[A-Z][\w-]*\s+(?:[\w-]+\s+){0,2}?(?:later|afterwards|after\s+that|on)\s+))?"
    r"(?:They|they)\s+(?!(?:said|say|says|told|added|claimed|"
    r"denied|stated|announced|reported|called|urged|warned)\b)")
# The weak verbs the armed men's pronoun makes theirs (the everyday-sense tests of every
# other trigger still hold: "They were hit by floods")
_WEAK_VERBS = ("took", "take", "retook", "reach", "advanc", "push", "mov", "enter", "came back",
               "board", "stream", "surround", "fell back")
# The end of the pronoun's clause: a new clause, or a comma before a subject of its own
# ("..., and the government reached Bukavu")
_OWN_SUBJECT = lazy(r",\s+(?:and|but|while|whereas|as)\s+(?:the|a|an|his|her|its|[A-Z])|;\s")
# Armed men as the subject of a sentence, after its opening phrase.
_OPENING = lazy(r"(?:(?:On|In|By|After|During|Later|Earlier|Then|The\s+next\s+day|"
                r"Overnight)\b[^,.;:]{0,40},\s+)?")


# ... at most six words before its verb (a reporting verb ends it: "Residents said soldiers
# ..." opens with residents)
_SUBJECT = lazy(r"(?:(?!(?:said|says|told|reported|claimed)\b)[\w'’-]+\s+){1,6}")


def armed_pronoun(sentence: str, previous: str) -> int:
    """Where the first clause of ``sentence`` ends when its subject is a pronoun standing for
    the armed men who open ``previous`` ("Taliban fighters entered Kandahar on 12 August.
    They took Herat the next day and reached Kabul on 15 August."), else 0. Its verbs need no
    words of arms of their own: the weak ones ("took", "reached") are read as the fighters'.
    """
    m = _PRONOUN_SUBJECT.match(sentence)
    if m is None:
        return 0
    opening = previous[_OPENING.match(previous).end():]
    subject = _SUBJECT.match(opening)
    if subject is None or _ARMED_SUBJECT.search(subject.group()) is None:
        return 0
    first = _OWN_SUBJECT.search(sentence, m.end())
    return first.start() if first is not None else len(sentence)


# (An ordinal is no name: "The Second Battle of Tal Afar was launched ...".)
_NAME_BEFORE = lazy(r"(?<![.!?:;\"“]\s)\b(?!(?:The|A|An|In|On|At|By|After|During|Since|"
                    r"Heavy|Fierce|New|Renewed|" + "|".join(lex.ORDINALS) + r")\b)"
                    r"[A-Z][\w’'-]+\s+$")


# ... or after a name's "for the" ("Armed Forces for the Liberation of Angola", "Movement for
# the Liberation of the Congo")
_NAME_LINK = lazy(r"\b[A-Z][\w’'-]+\s+(?:for|of)\s+the\s+$")
# ... or a capitalised weak word before a capitalised one: "the Dead Sea area"
_NAME_AFTER = lazy(r"\s+[A-Z][a-z]")


def _in_name(sentence: str, trig: Trigger) -> bool:
    """A capitalised trigger after a capitalised name word is part of a name ("Linda Battle",
    "Operation Desert Storm"), not an event; "The Battle of Mosul" and a headline in title
    case still are."""
    if not sentence[trig.start:trig.start + 1].isupper():
        return False
    words = WORD.findall(sentence[:400])
    if sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return False  # a headline in title case ("Troops Aid Evacuation From Kabul")
    start = max(0, trig.start - 40)
    return (_NAME_BEFORE.search(sentence[start:trig.start]) is not None
            or _NAME_LINK.search(sentence[start:trig.start]) is not None
            or (trig.weak and _NAME_AFTER.match(sentence, trig.end) is not None
                and sentence[:trig.start].strip() != ""))
