"""Words of arms and fighting men, shared by the trigger tests and the stages after them:
whether a text speaks of arms (and not of an accident), weapons from afar, heavy weapons,
fighting men and war (not a disaster or a game), an armed subject, forces leaving their
posts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.events import lexicon as lex
from geo.events.words import lower
from geo.lazy_regex import lazy

if TYPE_CHECKING:
    from geo.events.triggers import Trigger

__all__ = ["ARMOUR", "KILLERS", "POST_LEFT", "fighting_men", "in_danger", "speaks_of_arms",
           "violent_context"]

# Air forces named "aviation" in Russian and Syrian statements ("our aviation struck"), not
# civil aviation (a pattern: alternatives, no group)
_AVIATION = (r"(?:our|military|army|naval|enemy|coalition|government|regime|tactical|strategic|"
            r"long-range|front-?line)\s+aviation")
# Weapons that strike from afar: near a trigger, they make a clash a strike ("drones
# attacked", "a missile attack")
_ARMED_BY_AIR = re.compile(
    r"\b(?:drones?|missiles?|rockets?|warplanes?|jets|aircraft|gunships?|artillery|mortars?|air"
    r"|" + _AVIATION +
    # helicopters only as the subject ("helicopters attacked the convoy"), not a target
    r"|helicopters?(?=\s+(?:attack|struck|strik|bomb|fired|shell|pound|target|hit)))\b"
    r"(?!\s+defen[cs]es?)", re.I)
# Heavy weapons: fire from them is shelling, not small arms ("hit by artillery fire")
_HEAVY = re.compile(r"\b(?:shells?|shelling|tanks?|howitzers?|grenades?|artillery|"
                    r"projectiles?|munitions?|salvos?|barrages?|bombardments?)\b", re.I)
# Words of arms, fighting men and violence: a text that holds one (and no accident) speaks of
# arms (:func:`speaks_of_arms`)
_ARMED = re.compile(
    r"\b(?:gunm[ae]n|militants?|insurgents?|rebels?|soldiers?|troops|forces|army|armies|militias?|"
    r"gangs?|gang\s+members|armed\s+men|combatants?|guerrillas?|extremists?|separatists?|"
    r"paramilitar\w*|mercenar\w*|occupiers?|invaders?|"
    r"jihadis\w*|fighters?|attackers?|assailants?|bandits?|terrorists?|shot|shooting|gunfire|"
    r"bombs?|bombing|bombardments?|explosives?|ieds?|shell\w*|missiles?|rockets?|drones?|"
    r"airstrikes?|strikes?|cross-?fire|"
    r"attack\w*|raids?|fighting|clash\w*|war|militar\w*|armed|weapons?|stabb\w+|massacre\w*|"
    r"executed|ambush\w*|jets?|warplanes?|aircraft|" + _AVIATION + r"|planes?|helicopters?|"
    r"warships?|navy|"
    r"artillery|mortars?|grenades?|suicide|car\s+bomb|"
    r"kill\w*|slain)\b")
# Armed men named by their kind or their group, who kill only as the subject of the killing
# or its agent ("Militiamen killed two farmers", "villagers were killed by herdsmen", "Boko
# Haram killed nine fishermen"; not "A lion killed two herdsmen")
KILLERS = lazy(r"\b(?:militiam[ae]n|janjaweed|rsf|boko\s+haram|(?:al-)?shabaab|isis|isil|iswap|"
               r"daesh|herdsmen|herders|vigilantes|secessionists?|separatists|snipers?|"
               r"kidnappers?|(?:cattle\s+)?rustlers|(?:cattle|armed)\s+raiders|marauders|"
               r"cultists|islamists|self-defen[cs]e\s+(?:groups?|militias?|units)|dozos?)\b",
               re.I)
# Fighting men and fighting (narrower than _ARMED: no police, crime or bare "attack"), for the
# words that take ground or move forces only in war: "cleared the town", "swept into",
# "ground operations"
_COMBAT = re.compile(
    r"\b(?:troops|soldiers|forces|army|militar\w*|militants?|insurgents?|rebels?|fighters?|"
    r"jihadis\w*|terrorists?|gunmen|attackers?|assailants?|occupiers?|enemy|idf|militias?|"
    r"militiamen|brigades?|battalions?|regiments?|marines|paratroopers|commandos|isil|isis|"
    r"peshmerga|taliban|fighting|firefights?|gun\s*battles?|clash\w*|battles?|offensive|shell\w*|"
    r"airstrikes?|air\s+strikes?|artillery|drones?|missiles?|rockets?|jets|warplanes?|bomb\w*|"
    r"struck)\b")
# Armour, for forces gathering ("Tanks were massing near Vukovar", "armoured columns were
# gathering"): battle tanks, not a water, fuel, fish or think tank, nor tank enthusiasts
ARMOUR = lazy(r"\b(?:(?<!water )(?<!fuel )(?<!oil )(?<!gas )(?<!think )(?<!think-)(?<!fish )"
              r"(?<!fish-)(?<!oxygen )(?<!storage )(?<!septic )(?<!petrol )(?<!diesel )tanks|"
              r"tank\s+columns?|armou?r|armou?red\s+(?:columns?|vehicles|units|brigades?|"
              r"divisions?))\b", re.I)
# ... and not a disaster's or a game's: "the storm swept through", "rescue teams' ground
# operations after the earthquake", "the team swept into the final"
_NOT_WAR = re.compile(r"\b(?:storms?|wildfires?|fires?|floods?|flooding|hurricane|earthquake|"
                      r"tornado\w*|rescue|rescuers|snow\w*|team|fans|club|candidates?|voters|"
                      r"final|league|championship|protesters|stampede)\b")
# Accidents, disasters and disease: a text that names one does not speak of arms
_ACCIDENT = lazy(
    # ("artillery fire", "sniper fire", "tank fire", "came under fire" are arms, not a blaze)
    r"\b(?:crash\w*|accident\w*|collision|flood\w*|earthquake|storms?|blaze|outbreak|"
    r"(?<!artillery )(?<!mortar )(?<!rocket )(?<!tank )(?<!sniper )(?<!heavy )(?<!arms )"
    r"(?<!machine-gun )(?<!cross)(?<!cross-)(?<!under )(?<!returned )(?<!open )"
    # ("setting fire to a garage": arson is what the attack did, not an accident)
    r"(?<!set )(?<!sets )(?<!setting )(?<!caught )fires?(?!\s+to\b)|"
    r"disease|virus|infect\w*|epidemic|cholera|flu|heat\w*|drown\w*|landslides?|avalanche|"
    r"tsunami|overdose|gas|boiler|mine\s+collapse|leak|lightning|tornado\w*|hurricanes?|"
    r"cyclones?|typhoons?|wildfires?|hail\w*|power\s+surge|outage|stampedes?)\b")
# What the arms did, told as a result after a comma: "..., flooding parts of the city",
# "..., sparking a fire at the depot" (to the end of its clause)
_RESULT = lazy(r",\s+(?:and\s+)?(?:flooding|sparking|starting|causing|triggering|setting\s+off)"
               r"\b[^,.;]*")
_KILLING = re.compile(r"\b(?:kill\w*|slain)\b")
POST_LEFT = re.compile(lex.POST_LEFT)  # (a trigger of forces leaving their posts, whole)


# An armed subject of a strike verb: forces or weapons, or a party's claim ("Israel said it").
_ARMED_SUBJECT = lazy(
    r"\b(?:drones?|missiles?|rockets?|jets|warplanes?|aircraft|" + _AVIATION + r"|helicopters?|"
    r"artillery|"
    r"shell(?:s|ing|fire)|mortars?|forces|troops|soldiers|army|military|navy|air\s+force|"
    r"militants?|rebels?|fighters|militias?|militiamen|insurgents?|gunmen|warships?|"
    r"(?:each|both|either)\s+sides?)\b"
    r"|\b[A-Z][\w.-]*\s+(?:said|says|claimed|claims|announced|reported)\s+(?:that\s+)?"
    r"(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?$", re.I)


def violent_context(sentence: str, trig: Trigger) -> bool:
    """True when the sentence, trigger aside, speaks of arms and not of an accident."""
    return speaks_of_arms(sentence[:trig.start] + " " * (trig.end - trig.start)
                          + sentence[trig.end:])


def fighting_men(text: str) -> bool:
    """True when ``text`` names fighting men, fighting or remote arms (:data:`_COMBAT`:
    no police, crime or a bare "attack")."""
    return _COMBAT.search(lower(text)) is not None


# People in flight, or in harm's way: what makes people carried, crossing or settling
# somewhere part of a war's story ("Shelling hit Vovchansk. Most were taken to Kharkiv"),
# not a school trip, shoppers crossing a border or a care home moved "for their safety"
# after a flood (no "attack" or "escape" alone: a cyber attack, escaping high taxes).
_NOT_A_FIGHT = lazy(r"\bfight\w*\s+(?:over|for|against|back)\b")
_DANGER = lazy(r"\b(?:fle[de]|flees|fleeing|displac\w*|evacu\w*|refugees?|idps|"
               r"safe\s+(?:areas?|zones?|havens?)|fighting(?!\s+(?:over|for|against)\b)|clashes|"
               r"shelling|bombing|bombardment|air\s?strikes?|massacre\w*|insecurity|"
               # ("we are living a war"; not a price, trade or culture war, a war film or
               # museum, nor the Vietnam War of a history book)
               r"(?<!price )(?<!trade )(?<!culture )(?<!drug )(?<!turf )(?<!bidding )"
               r"(?<!vietnam )(?<!world )(?<!cold )(?<!star )war(?!\s+(?:museum|"
               r"films?|movies?|memorial|games?|novel|book|drama|veterans?|on\s+drugs|chest))"
               r")\b")


def in_danger(text: str) -> bool:
    """True when ``text`` names fighting men or arms (:func:`fighting_men`; not a fight
    "over a contract"), or flight or fighting (:data:`_DANGER`)."""
    low = _NOT_A_FIGHT.sub(" ", lower(text))
    return _COMBAT.search(low) is not None or _DANGER.search(low) is not None


# A people named by the plural of its demonym ("Syrians", "Afghans", "Sudanese"), as a
# pattern's text
DEMONYM_PLURAL = r"[A-Z][a-z]+(?:ians|ans|ese|is)"
_DEMONYM_PLURAL = lazy(rf"\b{DEMONYM_PLURAL}\b")
# ... with no name or title before it ("Pope Francis", "Kamala Harris")
_NO_NAME_BEFORE = lazy(r"(?:^|(?:[^\w\s]|\b[a-z][\w-]*)\s*)\Z")


def people_in_flight(sentence: str, start: int, end: int, previous: str = "") -> bool:
    """Whether a people named by its demonym stands in ``sentence[start:end]`` as people in
    flight: a story of danger (:func:`in_danger` of ``previous`` and the sentence), no name
    before the word, and no trade ("Technicians", "Politicians")."""
    for m in _DEMONYM_PLURAL.finditer(sentence, start, end):
        if not m.group().endswith("icians") and _NO_NAME_BEFORE.search(
                sentence, max(0, m.start() - 30), m.start()):
            return in_danger(previous + " " + sentence)
    return False


def speaks_of_arms(text: str) -> bool:
    """True when ``text`` speaks of arms or fighting, and not of an accident (a flood or a
    fire the arms caused is no accident: "missiles hit a dam, flooding parts of the city")."""
    low = lower(text)
    if _ARMED.search(low) is None:
        return False
    if _ACCIDENT.search(low) is None:
        return True
    # (the arms must be told outside the result: not "a transformer exploded, sparking a fire
    # that killed three people", "heavy rain hit Mumbai, flooding roads and killing 12")
    # (nor the dead alone: "a landslip hit the village, killing 20 people, flooding homes")
    cause = _RESULT.sub(" ", low) if "," in low else low
    if cause == low:
        return False
    return _ARMED.search(_KILLING.sub(" ", cause)) is not None and _ACCIDENT.search(
        cause) is None
