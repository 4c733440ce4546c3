"""Counts, not events: a running total of the dead (:func:`is_tally`), people who live
displaced (:func:`is_stock`), and when a bare death toll is an event (:func:`accept_toll`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.events import lexicon as lex
from geo.events.arms import _ACCIDENT, KILLERS, fighting_men, violent_context
from geo.events.words import is_verbal, lower
from geo.lazy_regex import lazy
from geo.prefilter import folds_plainly

if TYPE_CHECKING:
    from geo.events.triggers import Trigger

__all__ = ["ON_DAY", "accept_toll", "is_stock", "is_tally", "uproots_millions"]

# A running total, not an event: the perfect ("have been killed", "has died") with words of
# a count kept over time ("since the war began", "so far", "to date", "in total").
_PERFECT_TOLL = re.compile(
    r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|reportedly\s+)?(?:been\s+(?:killed|wounded|"
    r"injured)|died|perished|lost\s+their\s+lives)\b", re.I)
# What a war has done so far: "The war, which began in April 2023, has killed ...".
_WAR = r"\b(?:war|conflict|crisis|insurgency|fighting|violence)\b"
_WAR_TOLL = re.compile(
    _WAR + r"(?:,[^,]{0,60},)?\s+(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?killed\b", re.I)
# ... and the war or violence of a side ("Violence by groups linked to al Qaeda has killed
# thousands", "Russia's war on Ukraine has killed ..."), on no day of its own ("Violence by
# gunmen has killed 12 people in Plateau on Sunday" is an event; so is "Fighting in Khartoum
# has killed 25 people on Monday", which this does not read: no "fighting" or "crisis" here)
_SIDE_WAR_TOLL = lazy(
    r"\b(?:war|conflict|insurgency|violence|campaign)\s+(?:by|against|on)\s+[^.;]{1,60}?\s+"
    r"(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?killed\b", re.I)
# ... and the millions a war has uprooted: "violence in Ituri has forced some 1.9 million people
# to flee their homes", "The war in Sudan has left 15,000 dead and displaced 8 million"
_WAR_UPROOTED = lazy(
    _WAR + r"(?:,[^,]{0,60},|\s+(?:by|of|in|between|on|against)\s+[^,.;]{1,60}?)?\s+(?:has|have)"
    r"\s+(?:now\s+|so\s+far\s+|already\s+)?"
    r"(?:[^.;]{0,60}?\band\s+)?(?:displaced|uprooted|forced|driven)\s+(?:[a-z-]+\s+){0,3}?"
    r"\d+(?:[.,]\d+)?\s*(?:million|m)\b", re.I)
# ... over a war's years, not days: a flight since a day is one ("Fighting in Rafah has forced
# about 1 million people to flee the city since 6 May", "... in a week")
_RECENT = lazy(
    rf"\bsince\s+(?:\d{{1,2}}\s+{lex.MONTH}|{lex.MONTH}\s+\d{{1,2}}\b|{lex.WEEKDAY}|last\s+week|"
    r"yesterday)|\bin\s+(?:a|one|the\s+(?:past|last))\s+(?:week|days?|\d+\s+days)|\bthis\s+week")


def uproots_millions(sentence: str) -> bool:
    """"The conflict has displaced 1.2 million people", "violence in Ituri has forced some
    1.9 million people to flee": a war's count of the uprooted, not a flight (one since a
    day or on a day is: "... since 6 May")."""
    return _WAR_UPROOTED.search(sentence) is not None and _RECENT.search(
        sentence) is None and ON_DAY.search(sentence) is None


_CUMULATIVE = lazy(
    r"\b(?:since\s+(?:the\s+(?:start|beginning|outbreak|onset)\b|the\s+(?:war|conflict|"
    r"fighting|invasion|crisis|insurgency)\b|(?:[\w-]+\s+){1,3}(?:began|started|erupted|broke\s+"
    r"out)\b|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|\d{4})\b)|so\s+far|to\s+date|in\s+total|overall|altogether|cumulative)", re.I)
# ... or the dead spread over a whole country or region: "at least 56 civilians have been
# killed across Sudan since Saturday" (as the displaced "across Haiti": see _SPREAD_OUT; not
# "killed in Kherson throughout Sunday", nor a toll on a day of its own)
_SPREAD_TOLL = lazy(
    rf"\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?been\s+killed\s+(?:so\s+far\s+|in\s+total\s+)?"
    rf"(?:across|throughout)\s+(?:the\s+)?(?:country\b|(?!{lex.WEEKDAY}|{lex.MONTH})[A-Z])")


def is_tally(sentence: str) -> bool:
    """A running total of the dead or hurt ("Since the war began, 15,000 people have been
    killed", "So far, 40 have died in attacks", "The war, which began in April 2023, has
    killed tens of thousands"): a tally, not an event, and so are the attacks it counts.
    (People who fled since a date are a flow, and stay one: "fighting has displaced 3,000
    families since 15 April".)"""
    low = sentence.lower()
    if folds_plainly(sentence, low) and "has" not in low and "have" not in low:
        return False  # what _PERFECT_TOLL and _WAR_TOLL cannot match without
    return (_PERFECT_TOLL.search(sentence) is not None and _CUMULATIVE.search(
        sentence) is not None) or _WAR_TOLL.search(sentence) is not None or (
        ON_DAY.search(sentence) is None and (_SPREAD_TOLL.search(sentence) is not None
                                             or _SIDE_WAR_TOLL.search(sentence) is not None))


# A count of people living displaced, not a flight: "1.2 million people remain displaced in
# Tigray", "are internally displaced in Cabo Delgado" ("were displaced from Sake" is a flight).
_STOCK = lazy(r"\b(?:are|remain|remained|remains|live|living|still)\s+(?:still\s+|now\s+|"
              r"currently\s+)?(?:internally\s+)?\Z", re.I)


# ... or displaced "across" a whole country or region: "More than 360,000 people have been
# displaced across Haiti", "Since April 2023, 1.5 million have been displaced across Darfur"
_SPREAD_OUT = lazy(r"\s+(?:so\s+far\s+|in\s+total\s+)?across\s+(?:the\s+)?[A-Z]")
# (a day of its own makes it a flight: "were displaced across Rutshuru territory on Monday")
ON_DAY = lazy(rf"\bon\s+(?:{lex.WEEKDAY}|\d{{1,2}}\s+{lex.MONTH}|{lex.MONTH}\s+\d{{1,2}}\b)"
               r"|\b(?:yesterday|today|overnight)\b")


# People a camp or a town hosts, who once fled: "camps which shelter tens of thousands of
# people who fled earlier fighting", "Chad hosts 600,000 refugees who have fled Darfur".
_HOSTED = lazy(r"\b(?:shelter|shelters|sheltering|host|hosts|hosting|accommodat\w+)\s+"
               r"(?:(?!(?:was|were|and|but)\b)[\w,-]+\s+){0,6}?"
               r"(?P<who>(?:who|that)\s+(?:had\s+|have\s+|has\s+)?)?\Z", re.I)


_HOUSED_AFTER = re.compile(r"\s+(?:are|were|have\s+been|had\s+been|are\s+being)\s+(?:mostly\s+|"
                           r"mainly\s+|largely\s+|now\s+)?(?:hosted|sheltered|accommodated|"
                           r"staying|living|housed|sheltering)\b", re.I)


def is_stock(sentence: str, trig: Trigger) -> bool:
    """"7 million people are displaced across Congo": people who live displaced, no event;
    so are the people a camp shelters "who fled earlier fighting" or hosts "displaced by
    attacks in February", and "new arrivals" who "are hosted by families"."""
    if trig.kind in ("movement", "displacement") and not is_verbal(trig.text) and (
            _HOUSED_AFTER.match(sentence, trig.end)):
        return True  # where they live, no flight (arrivals are read as a movement until
        # the people are known)
    if trig.kind != "displacement":
        return False
    if trig.text.lower() == "displaced" and (
            _STOCK.search(sentence, max(0, trig.start - 40), trig.start) is not None
            or (_SPREAD_OUT.match(sentence, trig.end) is not None
                and ON_DAY.search(sentence) is None)):
        return True
    hosted = _HOSTED.search(sentence, max(0, trig.start - 100), trig.start)
    # ("who fled" after the people hosted, or the participle: "hosting families displaced")
    return hosted is not None and (hosted.group("who") is not None
                                   or trig.text.lower() == "displaced")


# A toll of the dead (a trigger's words), read as violence with arms told
_TOLL = re.compile(r"kill|slain|massacre|death toll|martyr|murder|assassinat")
# Civilians who "were killed" died by violence, unless an accident is named: "Hundreds of
# civilians were killed in Duekoue on Tuesday"
_CIVILIANS_KILLED = lazy(r"\b(?:civilians|villagers|peacekeepers|(?:aid|humanitarian|health)\s+"
                         r"workers|journalists|worshippers|medics|farmers)\s+(?:(?:were|have\s+been|"
                         r"had\s+been|reportedly|also)\s+)+$", re.I)
# ... unless what killed them is named, and is no arms: "killed by an elephant", "killed by
# toxic liquor", "killed as a dam burst"
_BY_WHAT = lazy(r"\s+(?:by|as|when)\b")
# A murder of crime news: "murdered in a burglary", "after a row over money"
_CRIME = lazy(r"\b(?:burglar\w*|robber\w*|mugg\w*|row\s+over|domestic|murder-suicide|"
              r"jealous\w*|inheritance)\b", re.I)
_THE_HURT = re.compile(r"\b(?:the|of|among)\s+\Z", re.I)  # "the wounded", "of wounded"


# The killers as the killing's agent ("were killed by herdsmen")
_BY_KILLERS = lazy(r"\s+by\s+(?:the\s+|suspected\s+|armed\s+)*")
# ... a count of people killed, on a day (not a running total, a story told in a film or in
# court, nor police snipers)
_KILLED_COUNT = lazy(r"\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?"
                     r"(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"[a-z]+(?:teen|ty)\b|dozens|scores|hundreds|several|a\s+(?:man|woman|"
                     r"boy|girl|farmer|soldier|civilian))", re.I)
_HAS_KILLED = lazy(r"\b(?:has|have)\s+killed\b", re.I)  # ("Al-Shabaab has killed thousands")
_TOLD_NOT_DONE = lazy(r"\b(?:film|movie|documentary|novel|series|court|testif\w*|trial|"
                      r"police|over\s+the\s+years|since\s+\d{4}|in\s+the\s+\d{4}s)\b", re.I)


def _by_killers(sentence: str, trig: Trigger) -> bool:
    """"Militiamen killed two farmers", "two farmers were killed by herdsmen": armed men
    named by their kind killed people on a day (see :data:`geo.events.arms.KILLERS`)."""
    if KILLERS.search(sentence) is None or _TOLD_NOT_DONE.search(sentence) or (
            _PERFECT_TOLL.search(sentence) or _HAS_KILLED.search(sentence)):
        return False
    by = _BY_KILLERS.match(sentence, trig.end)
    if by is not None:
        return KILLERS.match(sentence, by.end()) is not None
    before = sentence[max(0, trig.start - 50):trig.start]
    before = before[max(before.rfind(","), before.rfind(";")) + 1:]
    return KILLERS.search(before) is not None and _KILLED_COUNT.match(sentence, trig.end) \
        is not None


def accept_toll(sentence: str, trig: Trigger, recent: str | None) -> bool:
    """Whether a bare death toll ("11 civilians were killed in Idlib") is a violent event.

    It is when it follows a violent event (``recent``), names a massacre, or says "killed"
    among words of arms and none of accident or disease.
    """
    toll = trig.text.lower()
    if toll in ("wounded", "injured", "dead") and _THE_HURT.search(
            sentence, max(0, trig.start - 12), trig.start):
        return False  # "Many of the wounded were taken to the hospital in Kaya": people
    if recent is not None or toll.startswith(("massacre", "assassinat")):
        return True  # (a killing of one side's leader by the other is never an accident)
    if toll.startswith("kill") and _by_killers(sentence, trig):
        return True
    victims = _CIVILIANS_KILLED.search(sentence, max(0, trig.start - 60), trig.start) is not None
    if victims and _BY_WHAT.match(sentence, trig.end) and not violent_context(sentence, trig):
        return False  # "Three villagers were killed by an elephant", "... as a dam burst"
    if toll.startswith("murder"):  # by armed men ("murdered by militia"), not a crime story
        return _CRIME.search(sentence) is None and (
            fighting_men(sentence[:trig.start] + sentence[trig.end:]) or victims)
    return _TOLL.match(toll) is not None and (violent_context(sentence, trig) or (
        victims and _ACCIDENT.search(lower(sentence)) is None))
