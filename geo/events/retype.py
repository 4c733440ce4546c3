"""The kind of an event from who does what to whom: weapons that land, violence whose
target is civilians, forces that take what the other side gave up or drove them out of,
civilians on the move, leaders and forces who flee.

Read by :mod:`geo.events.extract` once a trigger's modality is known, before its places.
"""

from __future__ import annotations

import re

from geo.events import lexicon as lex
from geo.events.arms import fighting_men, in_danger, speaks_of_arms
from geo.events.assemble import VIOLENT
from geo.events.civilians import on_civilians
from geo.events.clauses import (
    by_armed_men,
    by_protesters,
    by_rioters,
    civilians,
    forces_before,
    forces_evacuated,
    leader_flees,
)
from geo.events.plausible import told_in_passive
from geo.events.tallies import ON_DAY
from geo.events.travel import OFFICIALS
from geo.events.triggers import Trigger
from geo.lazy_regex import lazy

__all__ = ["WEAPONS", "moving_target", "retype"]

# The other side gave the place up: forces that enter it take it.
# (the place, then "which/after" the other side gave it up, within its own clause)
_ABANDONED = lazy(r"[^;:.]{0,40}?\b(?:which|that|after|once)\s+(?:[\w-]+\s+){0,4}?"
                  r"(?:had\s+|was\s+|were\s+)?(?:abandoned|withdr[ae]wn?|retreated|"
                  r"pulled\s+out)\b|[^;:.,]{0,40}?\bwithout\s+(?:[a-z]+\s+)?(?:a\s+fight|"
                  r"resistance|fighting|a\s+shot)", re.I)
_FORCES_BEFORE = lazy(r"\b(?:troops|forces|soldiers|army|fighters|rebels|militants|"
                      r"militias?|insurgents|divisions?|brigades?|battalions?|units|"
                      r"columns)\b",
                      re.I)
_TO_CAMP = re.compile(r"\s+(?:[\w,-]+\s+){0,6}?to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
                      r"(?:refugee|IDP|displacement|transit)\s+(?:camps?|sites?|settlements?|"
                      r"centres?|centers?)\b", re.I)
WEAPONS = (r"drones?|missiles?|rockets?|projectiles?|shells?|bombs?|UAVs?|munitions?|"
           r"(?:mortar|artillery)\s+rounds|mortars")
"""Projectiles as a pattern (alternatives, no group)."""
# (where they came from may stand between: "Two mortar rounds fired from the Syrian side
# landed in fields near Akcakale")
_WEAPON_SUBJECT = re.compile(rf"\b(?:{WEAPONS}|bombers?|warplanes?|(?:fighter\s+)?jets)\s+"
                             r"(?:(?:fired|launched)\s+(?:from|by)\s+[^,;.]{0,40}?\s+)?"
                             r"(?:that\s+|which\s+)?(?:had\s+|have\s+|has\s+)?$", re.I)
_DRIVEN_OUT = ("driven", "pushed", "chased", "drove", "ejected", "expelled", "ousted")
_THROWN_OUT = _DRIVEN_OUT[4:]  # (a side named before them, or people in danger: see retype)
# ... out of ground, not a building, a pitch or an academy, nor by a government's decree
_THROWN_FROM = lazy(r"\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:town|city|village|base|area|district|"
                    r"positions?|neighbou?rhoods?|region|province|capital|outskirts|county|"
                    r"territory|enclave|pocket)\b|(?!The\b)[A-Z])")
_BY_DECREE = lazy(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+)?(?:junta|government|authorities|court|"
                  r"parliament|regime|president|council)\b", re.I)
# People, not a side, as the subject of "driven from"
_PEOPLE_DRIVEN = lazy(r"\b(?:people|residents|civilians|families|villagers|inhabitants|"
                      r"thousands|hundreds|households|refugees)\b[^,;]*$", re.I)
# Fighting as the subject of a verb of moving: "Fighting between rebels and the army reached
# Duekoue on Monday" is fighting there (shelling that reached it hit it).
_FIGHT_SUBJECT = re.compile(r"\s*(?:(?:the|renewed|heavy|fierce|intense|sporadic)\s+)*"
                            r"(?P<noun>fighting|clashes|battles?|hostilities|violence|"
                            r"shelling|bombardment)\b", re.I)
_OWN_SUBJECT = lazy(r"\b(?:when|as|after|before|while|because|once|until)\b", re.I)
# Visits to the wounded at their bedside are travel, no meeting
_SICKBED = lazy(r"\s+(?:the\s+|a\s+|an\s+|some\s+)?(?:[\w-]+\s+)?(?:wounded|injured|"
                r"patients?|hospitals?|clinics?)\b", re.I)
# "The shelling drove thousands of residents to Dnipro" (not "were driven from Rafah")
_DROVE_PEOPLE = lazy(r"(?:drove|driv(?:en|es|ing))\s+(?!from|out)", re.I)
_TOLD_BEFORE = lazy(r"\b(?:the|these|those)\s+(?:\w+\s+)?\Z", re.I)
# A target a launch names: "fired from Gaza at Sderot" (not "on Monday")
_TARGET_NAMED = lazy(rf"\b(?:at|on|towards?|into|against|targeting)\s+(?:the\s+)?"
                     rf"(?!{lex.WEEKDAY}|{lex.MONTH})[A-Z]|\b(?:hit|struck|hitting|striking)\b")
# What the weapons that "landed" must be for a strike (not jets landing at an airbase)
_PROJECTILE = lazy(r"(?:rockets?|missiles?|projectiles?|shells?|bombs?|munitions?|drones?|"
                   r"UAVs?|(?:mortar|artillery)\s+rounds|mortars)\s", re.I)
# A sentence before that tells a shelling the "The shells landed ..." goes back to
_FIRED_BEFORE = lazy(r"\b(?:shell\w*|struck|strikes?|bomb\w*|fired|launched|pounded|"
                     r"hit|rockets?|missiles?)\b", re.I)


# "struck retreating LNA convoys", "shelled fleeing civilians": a participle that describes
# the target of the violence before it
_STRUCK_GOING = lazy(r"\s+(?:the\s+|an?\s+|several\s+|\d[\d,]*\s+)?")
_GOING_WHAT = lazy(r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:convoys?|columns?|troops|forces|fighters|"
                   r"soldiers|units|vehicles|civilians|people|families|residents|"
                   r"refugees|crowds?|militants|rebels|boats?)\b")


def moving_target(sentence: str, before: Trigger, trig: Trigger) -> bool:
    """True when ``trig`` ("retreating", "fleeing") only describes the target of the violence
    ``before`` it: "Drones struck retreating LNA convoys near Bani Walid" is one strike there,
    not a withdrawal."""
    return (trig.kind in ("movement", "displacement") and before.kind in VIOLENT
            and trig.text.lower().endswith("ing") and " " not in trig.text
            and _STRUCK_GOING.fullmatch(sentence, before.end, trig.start) is not None
            and _GOING_WHAT.match(sentence, trig.end) is not None)


# Those who burn or loot and then kill, in the same clause: "burned three trucks carrying food
# and killed the drivers", "looted shops and hacked two traders to death"
# (no comma between: not "torched a police station, while officers shot and killed two";
# not "killed time", "shot videos")
_AND_KILLED = lazy(r"(?:(?!\b(?:while|whereas|but|as|when|after|before)\b)[^.;:,]){0,120}?\band\s+"
                   r"(?:then\s+)?(?:killed(?!\s+time)|shot\s+dead|shot\s+and\s+killed|hacked|"
                   r"lynched|murdered|stabbed|beheaded|abducted|beat\s+(?:[\w-]+\s+){1,3}to\s+death)\b",
                   re.I)


# A plural of violence that a statement condemns or deplores is violence in general.
_CONDEMNED = re.compile(r"\b(?:condemn|denounc|deplor|decr[iy])\w*\s+(?:in\s+the\s+strongest\s+"
                        r"terms\s+)?(?:(?:the|these|all|recent|repeated|continued|ongoing)\s+)?"
                        r"(?:(?:series|wave|spate|string|surge)\s+of\s+)?(?:[\w-]+\s+){0,2}\Z",
                        re.I)

# ... unless a day or a toll of its own makes it one ("condemned the air strikes on Idlib on
# Sunday, which killed 12 people")
_OWN_TOLL = lazy(r"\b(?:which|that)\s+(?:killed|left|wounded|injured)")


# An official as the subject of a trip: "Administrator Power then travelled to ..."
_OFFICIAL_GOES = lazy(rf"\b(?:{OFFICIALS}|she|he)\b[^.;,]{{0,40}}\Z")
_THE_BEFORE = lazy(r"\bthe\s+(?:(?!repeated|ongoing|continuing|continued|recent|persistent|"
                  r"frequent|increasing|escalating|relentless|daily|constant|systematic|"
                  r"incessant|renewed|growing|latest)[\w-]+\s+){0,2}\Z", re.I)
_AT_NAMED = lazy(r"\s+(?:in|on|at|near)\s+(?:the\s+)?[A-Z]")
_LATELY = lazy(r"\b(?:in\s+recent|over\s+the\s+(?:past|last)|since\s+the\s+start)\b", re.I)
_EXECUTED = lazy(r"^(?:[a-z]+ly )?execut|executions?$", re.I)
_TERROR = lazy(r"\bterror(?:ist)?\s+(?:[\w-]+\s+)?\Z", re.I)
_MILITARY_TARGET = lazy(r"\s+(?:on|against)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:bases?|"
                        r"posts?|outposts?|positions?|checkpoints?|barracks|convoys?|patrols?|"
                        r"garrisons?|troops|soldiers|forces|army|police|military|gendarmerie|"
                        r"gendarmes|camps?|personnel|volunteers|VDP|militia\w*)\b", re.I)
# ... nor one whose dead are forces: "a terrorist attack ... killed 29 soldiers"
_FORCES_HIT = lazy(r"\b(?:soldiers|troops|policemen|police\s+officers|gendarmes|servicemen|"
                   r"personnel|volunteers|peacekeepers|militiamen)\b", re.I)


def retype(trig: Trigger, sentence: str, clause: int, previous: str) -> bool:
    """Settle ``trig.kind`` (in place) from who does what to whom.

    Parameters
    ----------
    trig : the trigger; its kind may change.
    sentence : its sentence; ``clause`` is where the trigger's clause starts in it.
    previous : the sentence before (what "The shells landed" or "Many moved" go back to).

    Returns
    -------
    bool : False when the trigger tells no event after all (a weapon's path, a team
    "pushed out of" a cup).
    """
    if trig.text[-1:] in "sS" and _CONDEMNED.search(sentence, max(0, trig.start - 60),
                                                    trig.start) and not ON_DAY.search(
            sentence, trig.end, trig.end + 80) and not _OWN_TOLL.search(
            sentence, trig.end, trig.end + 80) and not (
            _THE_BEFORE.search(sentence, max(0, trig.start - 30), trig.start)
            and _AT_NAMED.match(sentence, trig.end) and not _LATELY.search(sentence)):
        return False  # "MONUSCO condemns attacks against civilians in Djugu": attacks in
        # general, told (or to be told) one by one (not "condemns the terror attacks in
        # Diffa and Tillaberi": those attacks, there)
    weapon = _WEAPON_SUBJECT.search(sentence, clause, trig.start) if (
        trig.kind == "movement") else None
    if weapon is not None:
        if not trig.text.lower().startswith("land") or not _PROJECTILE.match(
                sentence, weapon.start()) or (_TOLD_BEFORE.search(
                sentence, max(0, weapon.start() - 12), weapon.start())
                and _FIRED_BEFORE.search(previous + " " + sentence[:weapon.start()])):
            return False  # "drones that crossed into Jordanian airspace", "bombers flown
            # from the United States": a weapon's path; "The shells landed in two
            # camps": the shelling told before
        trig.kind = "strike"  # "Mortar rounds landed inside Mandera": where they hit
    elif (trig.kind == "strike" and trig.text.lower().endswith(("launched", "fired"))
          and _TOLD_BEFORE.search(sentence, max(0, trig.start - 12), trig.start)
          and not _TARGET_NAMED.search(sentence, trig.end)):
        return False  # "The drones were launched from the directions of Millerovo": where
        # the weapons of an attack told before came from, no strike there
    if trig.kind == "strike" and "exchange" in trig.text.lower():
        trig.kind = "clash"  # "heavy artillery exchanges by both sides": fire both ways
    if trig.kind == "clash" and by_rioters(sentence, trig):
        trig.kind = "riot"  # "Rioters attacked shops in Durban"
    elif trig.kind == "clash" and (("xecut" in trig.text and _EXECUTED.search(trig.text)) or (
            trig.text.lower() in ("attack", "attacks")
            and _TERROR.search(sentence, max(0, trig.start - 30), trig.start)
            and not _MILITARY_TARGET.match(sentence, trig.end)
            and not _FORCES_HIT.search(sentence, trig.end, trig.end + 120))):
        trig.kind = "attack"  # "carrying out summary executions", "executed 12 villagers":
        # the unarmed killed; "the terror attacks in Diffa", "anti-Christian terrorist
        # attacks" (not a terrorist attack on an army base)
    elif trig.kind == "clash" and " back" not in trig.text.lower() and on_civilians(
            sentence, trig):  # ("pushed IS militants back from several villages": a battle)
        trig.kind = "attack"  # "gunmen attacked worshippers", "killed 40 civilians"
    elif trig.kind == "riot" and (by_armed_men(sentence, trig) or (
            told_in_passive(sentence, trig) and fighting_men(
                previous + " " + sentence)) or (_AND_KILLED.match(
            sentence, trig.end) is not None and fighting_men(previous + " " + sentence))):
        trig.kind = "attack"  # "Gunmen torched houses in Kuriga": not a crowd's riot; "they
        # burned three trucks on the road and killed the drivers": violence against people;
        # "the gunmen moved on to Kajuru, where houses were set on fire"
    if trig.kind == "movement" and trig.text.lower().startswith("enter") and (
            _ABANDONED.match(sentence, trig.end, trig.end + 120)) and (
            _FORCES_BEFORE.search(sentence, clause, trig.start)):
        trig.kind = "capture"  # "troops entered Kilinochchi, which the LTTE had abandoned"
    if trig.kind == "capture" and trig.text.lower().startswith(_THROWN_OUT):
        # "with rebel fighters ejected from Mopti": the side thrown out loses the place;
        # people expelled where danger is told flee ("thousands of Angolans were expelled
        # from Congo"); not diplomats expelled, nor a village's people in a history
        if _THROWN_FROM.match(sentence, trig.end) is None or _BY_DECREE.search(
                sentence, trig.end):
            return False  # "expelled from the military academy", "by the junta"
        if not forces_before(sentence, trig, clause):
            if not (_PEOPLE_DRIVEN.search(sentence, max(clause, trig.start - 60), trig.start)
                    and in_danger(previous + " " + sentence)):
                return False
            trig.kind = "displacement"
    elif trig.kind == "capture" and trig.text.lower().startswith(_DRIVEN_OUT):
        if _PEOPLE_DRIVEN.search(sentence, max(clause, trig.start - 60), trig.start):
            trig.kind = "displacement"  # "Thousands were driven from Rafah": they fled
        elif not (forces_before(sentence, trig, clause) or speaks_of_arms(
                previous + " " + sentence[:trig.start])):
            return False  # a side at war is driven out, not "United were pushed out of the
            # Champions League", "Smith was driven from office"
    if trig.kind == "displacement" and _DROVE_PEOPLE.match(trig.text) and not speaks_of_arms(
            previous + " " + sentence):
        return False  # "Soaring rents have driven many families out of Paris"
    # (and of a verb of striking: "Heavy fighting hit Kidal on Monday" is fighting there)
    fight = _FIGHT_SUBJECT.match(sentence, clause) if trig.kind == "movement" or (
        trig.kind == "strike" and trig.text.lower().startswith(("hit", "struck", "rock"))
    ) else None
    # (not "The fighting began when rebel fighters ... infiltrated the town": the verb has a
    # subject of its own)
    if fight is not None and "," not in sentence[fight.end():trig.start] and (
            not _OWN_SUBJECT.search(sentence, fight.end(), trig.start)):
        trig.kind = "strike" if fight.group("noun").lower() in ("shelling", "bombardment") else (
            "clash")
    if trig.kind == "meeting" and trig.text.lower().startswith("visit") and _SICKBED.match(
            sentence, trig.end):
        trig.kind = "movement"  # "visited injured soldiers in Kherson": a trip, no talks
    if trig.kind == "movement" and by_protesters(sentence, trig):
        trig.kind = "protest"  # "Thousands of protesters marched through Nairobi"
    elif trig.kind == "movement" and (civilians(sentence, trig, previous) or (
            _TO_CAMP.match(sentence, trig.end) and not by_armed_men(sentence, trig)
            and not _OFFICIAL_GOES.search(sentence, max(0, trig.start - 80), trig.start))):
        trig.kind = "displacement"  # "270,000 Rohingya have arrived in Bangladesh",
        # "were relocated to the Musenyi refugee camp" (not "Administrator Power then
        # travelled to Zam Zam IDP Camp": an official's visit)
    elif trig.kind == "movement" and trig.text.lower().startswith("journey") and (
            not _OFFICIAL_GOES.search(sentence, max(0, trig.start - 80), trig.start)):
        trig.kind = "displacement"  # "her journey from Khartoum to South Sudan was a
        # nightmare" (told in a story of danger: see plausible.plausible)
    elif trig.kind == "displacement" and ((trig.text.lower().startswith(("fle", "escap")) and (
            leader_flees(sentence, trig))) or forces_evacuated(sentence, trig)):
        trig.kind = "movement"  # "Assad fled to Moscow", "evacuated 300 soldiers from X"
    return True
