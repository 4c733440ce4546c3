"""Whether a trip is told: an official's trip, a departure, a call-up, a speaker's own
arrival in remarks, a town armed men left. Read by :func:`geo.events.plausible.plausible`
for the words of travel it asks here; each rule keeps its everyday senses out ("a school
trip to Paris", "Flights depart Heathrow", "I came to Chelsea to win trophies")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.events.arms import fighting_men, in_danger
from geo.lazy_regex import lazy

if TYPE_CHECKING:
    from geo.events.triggers import Trigger

__all__ = ["OFFICIALS", "travel_told"]

OFFICIALS = (r"Administrator|Secretary|Ambassador|Minister|President|Envoy|Commissioner|"
             r"Coordinator|Representative|Governor|Senator|delegation|envoy|minister|"
             r"ambassador|officials?|Secretary-General|High\s+Commissioner|Pope|King|Queen|"
             r"Prince|Chancellor|Premier")
"""Who makes official trips, as an alternation (the titles and words that name them)."""
_OFFICIAL_TRIP = lazy(rf"\b(?:{OFFICIALS})\b")
# ... the official's own: "Power began a multi-day trip", "the minister's trip", "her trip"
_TRIP_OF = lazy(r"(?:['’]s|\b(?:his|her|their|began|begins|begun|made|makes|making|started|"
                r"starts|during|on|concluded|wrapped\s+up|continued|a|an))\s+(?:[\w-]+\s+){0,2}\Z")
_NOT_MADE = lazy(r"[^.;]{0,80}?\b(?:cancel\w*|postpon\w*|called\s+off|delayed|will|would|"
                 r"could|planned|scheduled|takes?|took\s+\d|rose|fell)\b", re.I)
# ... people on a journey: "her journey", "the families' journey", "their journey"
_TRAVELLERS = lazy(r"\b(?:her|his|their|families['’]?|refugees['’]?|migrants['’]?|"
                   r"civilians['’]?|people['’]s)\s+(?:[\w-]+\s+)?\Z")
_LEISURE_TRIP = lazy(r"(?<![\w-])(?:school|business|holiday|road|field|fishing|shopping|day|"
                     r"camping|family|ski|honeymoon|study|class)\s+$", re.I)
_TIMETABLE = lazy(r"\b(?:flights?|planes?|trains?|buses|ferry|ferries|services|cruises?|ships?|"
                  r"vessels?)\b", re.I)
# A speaker of remarks: "I", "we", or "it is" before the words of arrival
_SPEAKER = lazy(r"(?:\b(?:I|[Ww]e)(?:\s+(?:am|are|'m|'re|was|were|have|had|first|just|also|"
                r"then|recently|finally|once|all|both|really|truly|so|very|most))*|\b[Ii]t(?:\s+"
                r"is|'s|\s+was)\s+(?:an?\s+)?(?:\w+\s+)?)\s*$")
_A_YEAR = lazy(r"\b(?:1[89]|20)\d\d\b")
# ... in remarks on state or humanitarian business (not a star's, a student's or a migrant's
# life story: "I came to Chelsea to win trophies", "When I first came to Toronto")
_OFFICIAL_BUSINESS = lazy(r"\b(?:government|officials?|ministers?|ministry|president|prime\s+"
                          r"minister|ambassadors?|embassy|envoys?|delegation|refugees|displaced|"
                          r"humanitarian|aid|assistance|peace|security|conflict|war|crisis|"
                          r"talks|civil\s+society|partners|partnership|bilateral|cooperation|"
                          r"sovereignty|troops|soldiers|violence|ceasefire|sanctions|"
                          r"United\s+States|allies|alliance|support|solidarity|people\s+of|"
                          r"stands?\s+with|friendship|relationship|commitment|resilience|"
                          r"reconstruction|recovery|development|investment|visit)\b", re.I)
_LIFE_OR_PLAY = lazy(r"\b(?:as\s+an?\s+(?:refugee|student|child|boy|girl|teenager|migrant|"
                     r"immigrant)|when\s+I\s+was|first\s+came|ago|last\s+year|club|shirt|"
                     r"signing|team|match|cup|trophies|season|league|concert|tour|fans|award|"
                     r"ceremony|festival|film|movie|album|compete|competition|tournament|"
                     r"Olympics|holiday|vacation|dollars\s+in\s+my\s+pocket)\b", re.I)
_ARRIVED_AT = lazy(r" (?:back |here )?(?:here )?(?:to|in) (?:the )?[A-Z]")
# Recruits called up: "mobilized into the SAF", "mobilised to join the army", "mobilized
# 300,000 reservists"
_RECRUITS = lazy(r"\s+(?:(?:into|to\s+join|for|as)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:[A-Z]{2,}|army|"
                 r"armed\s+forces|military|militias?|reserves?|ranks|fighters|recruits|"
                 r"service)\b|(?:some\s+|about\s+|more\s+than\s+|over\s+)?(?:[\d,]+\s+)?"
                 r"(?:reservists|conscripts|recruits|volunteers|men\s+of\s+fighting\s+age)\b)")
_SENT_TO = lazy(r"[^.;]{0,60}?\b(?:to|towards?)\s+(?:the\s+)?[A-Z]")


def travel_told(sentence: str, trig: Trigger, low: str, previous: str) -> bool | None:
    """Whether ``trig`` (``low``: its text lower-cased) tells travel of the kind the rules
    here know: a departure, a call-up, a town left, a trip or a journey, a speaker's own
    arrival. None when none of them is about ``trig`` (the other rules then decide).

    Parameters
    ----------
    sentence : the sentence that holds the trigger.
    trig : the trigger.
    low : its text, lower-cased.
    previous : the sentence before.
    """
    if low.startswith("depart") and _TIMETABLE.search(
            sentence, max(0, trig.start - 40), trig.start) and not in_danger(sentence):
        return False  # "Flights depart Heathrow every hour for New York" (not an evacuation
        # flight that departed Kabul)
    if low.startswith("mobili") and _RECRUITS.match(sentence, trig.end) and not (
            _SENT_TO.match(sentence, trig.end)):
        return False  # "over 40,000 people were mobilized into the SAF": recruits, no move
    if trig.kind == "movement" and low.endswith(("the town", "the city", "the village",
                                                 "the district")):
        # armed men leaving a town they held (not residents or a team)
        return fighting_men(sentence[max(0, trig.start - 80):trig.start])
    if trig.kind == "movement" and low.startswith(("trip", "journey")):
        # an official's trip ("Administrator Power began a multi-day trip to Sudan"), or a
        # journey in a story of danger ("her journey from Khartoum to South Sudan was a
        # nightmare"); not a school trip, a business trip or a holiday, nor an activist's
        # "first trip to Gaza"
        before = sentence[max(0, trig.start - 80):trig.start]
        if _LEISURE_TRIP.search(before) or low.endswith("s") or _NOT_MADE.search(
                sentence, trig.end):
            return False  # (not "trips to Thailand rose", "the trip was cancelled", "the
            # journey from London to Manchester will take an hour")
        if _OFFICIAL_TRIP.search(before) and _TRIP_OF.search(before):
            return True
        return low.startswith("journey") and _TRAVELLERS.search(before) is not None and (
            in_danger(previous + " " + sentence))
    if trig.kind == "movement" and (low == "came" or low.endswith(" to be")):
        # a speaker's own arrival, in remarks: "I came to Bujumbura", "It is an honor to be
        # in Mozambique", "we are glad to be back in Kyiv": the speaker before, a name right
        # after (not "came to power", "the storm came to Florida", "happy to be in the team"),
        # and now, not in a life story ("I came to London as a refugee in 1990")
        return _SPEAKER.search(sentence, max(0, trig.start - 60), trig.start) is not None and (
            _ARRIVED_AT.match(sentence, trig.end) is not None) and _A_YEAR.search(
            sentence) is None and _LIFE_OR_PLAY.search(sentence) is None and (
            _OFFICIAL_BUSINESS.search(previous + " " + sentence) is not None)
    return None
