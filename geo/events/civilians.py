"""Whom violence hits: armed violence whose target is civilians is ACLED's "Violence
against civilians" (the events stage's ``attack``), fighting between armed sides a battle.

Read by :mod:`geo.events.extract` (a trigger's object or passive subject, what a raid did to
the people of the place) and :mod:`geo.events.assemble` (the dead a raid left).
"""

from __future__ import annotations

import re

from geo.events.arms import fighting_men
from geo.events.lexicon import CIVILIAN_NOUNS
from geo.events.triggers import Trigger
from geo.lazy_regex import lazy

__all__ = ["on_civilians", "one_sided_on_civilians"]


# Armed violence whose target is civilians is ACLED's "Violence against civilians".
_CIVILIANS = "|".join(sorted(CIVILIAN_NOUNS, key=len, reverse=True))
# ... "displaced" only as a noun ("attacked the displaced"), not the verb ("displaced 50,000")
_TARGETS = "|".join(sorted(CIVILIAN_NOUNS - {"displaced"}, key=len, reverse=True)) + (
    r"|(?:the|newly|internally)\s+displaced")
_ON_CIVILIANS = re.compile(
    r"\s+(?:on\s+|against\s+|at\s+)?(?:(?!(?:has|have|had|was|were|is|are|been|displaced|"
    rf"forced|left|killed|and)\b)[\w,-]+\s+){{0,3}}?(?:{_TARGETS}|people|IDPs|passengers|"
    r"(?P<crowd>protesters|demonstrators)|"
    r"aid\s+workers|journalists|(?:displacement|IDP|refugee|displaced)\s+(?:camps?|sites?|"
    r"settlements?|shelters?)|"
    # places where only civilians gather: "an attack on a mosque", "raided a market"
    # (in a name too: "the attack on the Abundant Life Christian Church")
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Church|Mosque|Cathedral|School|Hospital)s?|"
    r"mosques?|church(?:es)?|markets?|marketplaces?|schools?|hospitals?|clinics?|weddings?|"
    r"villages?|hamlets?|farms?|farming\s+(?:settlements?|communities)|homes|houses|bus(?:es)?|"
    r"minibus(?:es)?|"
    r"funerals?|camps?\s+for"
    r"\s+(?:the\s+)?displaced)\b")
_ARMED_INSTITUTION = re.compile(r"\b(?:Army|Military|Police|Naval|Navy|Cadets?|War|Defen[cs]e|"
                                r"Air\s+Force|Officers)\b")
_TOLD = re.compile(r"\s+(?:were|was)\s+(?:also\s+)?(?:reported|carried\s+out|launched)(?=\s+on\b)")
_SETTLERS = re.compile(r"\bsettlers\s+(?:[\w-]+\s+){0,2}\Z", re.I)
# (the dead of a one-sided raid told only as "people" are taken as civilians: "gunmen opened
# fire in a meadow, killing 26 people")
_CIVILIAN_DEAD = lazy(rf"(?:\w+\s+)?(?:{_CIVILIANS}|people|persons)", re.I)
_MILITARY_TARGET = lazy(
    r"\s+(?:[\w-]+\s+){0,3}?(?:bases?|posts?|outposts?|positions?|checkpoints?|barracks|"
    r"convoys?|patrols?|garrisons?|headquarters|(?:military|army|police)\s+camps?)\b", re.I)
_ARMED_AMONG = lazy(r"\b(?:including|among\s+them)\s+(?:[\w-]+\s+){0,2}"
                    r"(?:soldiers|troops|officers|policemen|police|fighters|militants)\b",
                    re.I)
# One-sided violence (a raid, an assault) on civilians is an attack; fighting between armed
# sides that also kills civilians stays a battle.
_ONE_SIDED = re.compile(r"(?:storm|attack|raid|ambush|assault|opened fire|shot)", re.I)
# The target as the subject of a passive: "a bus was ambushed", "villagers were attacked".
_PASSIVE_TARGET = re.compile(
    rf"\b(?:{_TARGETS}|people|bus(?:es)?|minibus(?:es)?|mosques?|church(?:es)?|markets?|"
    r"schools?|hospitals?|clinics?|(?:displacement|IDP|refugee)\s+(?:camps?|sites?))\s+"
    r"(?:was|were|(?:had|has|have)\s+been)\s+\Z", re.I)
# ... or dead counted with women and children ("over 170 Malians, including women and
# children, were killed"; not "ten soldiers, including two women, were killed")
_WITH_WOMEN_CHILDREN = lazy(
    r"(?P<head>[\w-]+),\s+including\s+(?:many\s+|\w+\s+)?(?:women|children)(?:\s+and\s+"
    r"(?:women|children))?,\s+(?:was|were|(?:had|has|have)\s+been)\s+\Z", re.I)
# What a raid did to the people of the place it hit, told after it: "raided Chai, burning
# homes and a health post", "attacked the village, looting cattle", "ambushed a bus,
# wounding four passengers". A raid that burns homes, loots cattle, or wounds or carries off
# people is one-sided, whoever the place held.
_HARM_AFTER = re.compile(
    r"[^.;:]{0,80}?,\s+(?:and\s+)?(?:burn|torch|loot|pillag|raz|abduct|kidnapp|wound|injur|"
    r"(?:set(?:ting)?\s+(?:fire|ablaze)))\w*\s+(?:[a-z\d][\w,-]*\s+){0,4}?(?:homes|houses|huts|"
    rf"tukuls|shelters|shops|granaries|cattle|livestock|goats|property|{_TARGETS}|"
    r"people|women|girls|boys)\b")


def on_civilians(sentence: str, trig: Trigger) -> bool:
    """Armed violence whose object is civilians ("gunmen attacked worshippers"), or whose
    subject is settlers ("settlers attacked Palestinians in Al Mughayyir")."""
    if _SETTLERS.search(sentence, max(0, trig.start - 40), trig.start) or trig.text.lower(
            ).endswith(("to house", "to door", "to home")):
        return True  # (armed men going from house to house hunt the people inside)
    # ("RSF attacks were reported on at least 30 villages": the target after the report)
    told = _TOLD.match(sentence, trig.end)
    match = _ON_CIVILIANS.match(sentence, told.end() if told is not None else trig.end)
    passive_target = _PASSIVE_TARGET.search(sentence, max(0, trig.start - 60), trig.start)
    if passive_target is None and "including" in sentence:
        counted = _WITH_WOMEN_CHILDREN.search(sentence, max(0, trig.start - 80), trig.start)
        if counted is not None and not fighting_men(counted.group("head")):
            passive_target = counted
    if match is None and ((_ONE_SIDED.match(trig.text) and (
            _HARM_AFTER.match(sentence, trig.end) or passive_target)) or (
            trig.text.lower().startswith("kill") and passive_target)):
        return True  # ("civilians were killed": a passive target, whoever killed them)
    if match is not None and _ARMED_INSTITUTION.search(match.group()):
        return False  # "attacked the Army Engineering School": a school of the forces
    if match is not None and match.group("crowd"):
        # fire on protesters is one-sided; "police clashed with protesters" is not
        return _ONE_SIDED.match(trig.text) is not None or trig.text.lower().startswith(
            ("opened fire", "fired", "shot"))
    return match is not None


def one_sided_on_civilians(sentence: str, trig: Trigger, victims: str | None) -> bool:
    """A raid or assault whose dead are civilians; fighting "between" two sides is a battle.
    Dead told only as "people" are not civilians when the raid hit forces ("stormed an army
    base, killing 20 people") or the toll counts soldiers ("including two soldiers")."""
    if not (victims and _CIVILIAN_DEAD.fullmatch(victims) is not None
            and _ONE_SIDED.match(trig.text) is not None and " between " not in sentence):
        return False
    if victims.split()[-1].lower() in ("people", "persons") and (
            _MILITARY_TARGET.match(sentence, trig.end)
            or _ARMED_AMONG.search(sentence) is not None):
        return False
    return True
