"""Trigger words of a sentence: strong and weak ones, their kinds, and the everyday senses left
out (the words around a trigger that cancel it are read in :mod:`geo.events.modality`)."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from geo.events import lexicon as lex
from geo.lazy_regex import lazy
from geo.prefilter import after_non_word, folds_plainly, lookahead, prefixes

__all__ = [
    "IRREGULAR_PAST", "TRIGGER_PATTERN", "WORD", "Trigger", "accept_toll", "any_trigger",
    "POST_LEFT", "find_triggers", "is_tally", "is_verbal", "lower", "may_hold_trigger",
    "violent_context", "weak_possible",
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


def lower(text: str) -> str:
    """Lower-case without changing any offset ("İ".lower() is two characters)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


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
IRREGULAR_PAST = frozenset(
    "struck fled flew flown sent met fought withdrew withdrawn overran overrun retook retaken "
    "took taken fell fallen shot driven hit".split()
)
WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_ARMED_BY_AIR = re.compile(
    r"\b(?:drones?|missiles?|rockets?|warplanes?|jets|aircraft|gunships?|artillery|mortars?|air"
    # helicopters only as the subject ("helicopters attacked the convoy"), not a target
    r"|helicopters?(?=\s+(?:attack|struck|strik|bomb|fired|shell|pound|target|hit)))\b"
    r"(?!\s+defen[cs]es?)", re.I)
# An attack on shipping is remote violence (missiles, drones, boats laden with explosives).
_AT_SEA = re.compile(r"^\s+(?:on\s+|against\s+)?(?:[\w,-]+\s+){0,4}?(?:vessels?|ships?|"
                     r"tankers?|freighters?|shipping|carriers?)\b", re.I)
# "attacked Ukraine with 37 Shahed-type attack drones": the weapon names remote violence.
_WITH_WEAPON = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?with\s+(?:[\w,-]+\s+){0,4}?(?:drones?|"
                          r"missiles?|rockets?|artillery|mortars?|shells?|bombs?|projectiles?)\b")
_HEAVY = re.compile(r"\b(?:shells?|shelling|tanks?|howitzers?|grenades?|artillery|"
                    r"projectiles?|munitions?|salvos?|barrages?|bombardments?)\b", re.I)
_SHIP_ATTACKED = re.compile(r"\b(?:vessels?|ships?|tankers?|freighters?|carriers?)\s+"
                            r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?\Z",
                            re.I)
_LAUNCHED = lazy(r"\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing))\s+(?:[\w,-]+\s+){0,4}$")
_ADJACENT = re.compile(r"\s+(?:[a-z]+\s+)?")
_AND = lazy(r"\s+and\s+")
# Between two verbs of one toll: "killed two people and wounded nine in Kherson" (the place
# after the second is the first's too)
_TOLL_AND = lazy(r"\s+(?:\d[\d,]*|[a-z]+)(?:\s+[a-z]+){0,2}?\s+and\s+")
_TOLL = re.compile(r"kill|slain|massacre|death toll|martyr")
# Civilians who "were killed" died by violence, unless an accident is named: "Hundreds of
# civilians were killed in Duekoue on Tuesday"
_CIVILIANS_KILLED = lazy(r"\bcivilians\s+(?:(?:were|have\s+been|had\s+been|reportedly|"
                         r"also)\s+)+$", re.I)
_ARMED = re.compile(
    r"\b(?:gunm[ae]n|militants?|insurgents?|rebels?|soldiers?|troops|forces|army|armies|militias?|"
    r"gangs?|gang\s+members|armed\s+men|combatants?|guerrillas?|extremists?|separatists?|"
    r"paramilitar\w*|mercenar\w*|occupiers?|invaders?|"
    r"jihadis\w*|fighters?|attackers?|assailants?|bandits?|terrorists?|shot|shooting|gunfire|"
    r"bombs?|bombing|bombardments?|explosives?|ieds?|shell\w*|missiles?|rockets?|drones?|"
    r"airstrikes?|strikes?|"
    r"attack\w*|raids?|fighting|clash\w*|war|militar\w*|armed|weapons?|stabb\w+|massacre\w*|"
    r"executed|ambush\w*|jets?|warplanes?|aircraft|planes?|helicopters?|warships?|navy|"
    r"artillery|mortars?|grenades?|suicide|car\s+bomb|"
    r"kill\w*|slain)\b")
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
# ... and not a disaster's or a game's: "the storm swept through", "rescue teams' ground
# operations after the earthquake", "the team swept into the final"
_NOT_WAR = re.compile(r"\b(?:storms?|wildfires?|fires?|floods?|flooding|hurricane|earthquake|"
                      r"tornado\w*|rescue|rescuers|snow\w*|team|fans|club|candidates?|voters|"
                      r"final|league|championship|protesters|stampede)\b")
_BY_STORM = lazy(r"\s+by\s+(?:storm|surprise)\b")  # "took Paris by storm": an idiom
# Armed groups by name as the subject of taking, as written (capitals and all): "The Taliban
# took Kunduz", "M23 fighters had taken Sake" (not "a deal with the Taliban, took Florida")
_GROUP_TAKES = lazy(r"\b(?:" + "|".join(
    re.escape(g).replace(r"\ ", r"\s+") for g in (*lex.ARMED_NAMES, *lex.ARMED_ACRONYMS)
    if len(g) > 2) + r")\b(?:\s+(?:[a-z]+\s+){0,2}?(?:fighters|militants|forces|rebels))?"
    r"\s+(?:have\s+|had\s+|has\s+)?(?:also\s+|now\s+|already\s+)?\Z")
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
# Infrastructure a statement says "was hit" with no weapon named: "A thermal power plant near
# Burshtyn was hit" ("hit by lightning" is an accident)
_INFRA_HIT = re.compile(
    r"\b(?:power\s+(?:plant|station)s?|substations?|energy\s+(?:facilit(?:y|ies)|"
    r"infrastructure)|oil\s+depots?|fuel\s+depots?|refiner(?:y|ies)|gas\s+(?:facilit(?:y|ies)|"
    r"infrastructure)|airfields?|air\s*bases?|railway\s+(?:stations?|infrastructure))\b"
    r"[^.;,]{0,40}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+\Z", re.I)
# ... and targets struck, in a story of arms (the sentence or the one before): "Nine sites were
# struck", "Camps in Muzaffarabad and a launch facility near Sialkot were also hit", "Several
# buildings in Kharkiv were hit overnight" (not "hit by the storm": an agent other than arms
# is named)
_TARGETS_HIT = re.compile(
    r"\b(?:camps?|sites?|targets?|positions?|buildings?|houses|homes|schools?|facilit(?:y|ies)|"
    r"bases?|depots?|warehouses?|bridges?|vehicles?|convoys?|launchers?|headquarters|"
    r"compounds?|hideouts?|neighbou?rhoods?|barracks|checkpoints?|outposts?)\b"
    r"[^.;:]{0,60}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:also\s+|again\s+|reportedly\s+|repeatedly\s+)?\Z", re.I)
POST_LEFT = re.compile(lex.POST_LEFT)  # (a trigger of forces leaving their posts, whole)
_REMOTE_ARMS = re.compile(r"\b(?:strikes?|struck|shell\w*|bomb\w*|missiles?|drones?|rockets?|"
                          r"artillery|airstrikes?|jets|warplanes?|mortars?|barrages?)\b")
_BY_AGENT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:by|with)\b|\s+hard\b", re.I)
# What falls after an interception: "Debris of downed drones", "wreckage of an intercepted
# missile"
_DEBRIS_OF = lazy(r"\b(?:debris|wreckage|fragments|parts)\s+(?:of|from)\s+(?:the\s+|an?\s+)?"
                  r"(?:downed|intercepted|destroyed|shot-down)\s+(?:[\w-]+\s+)?\Z", re.I)
# People uprooted, who move as displaced people do ("came back", "were taken by bus",
# "boarded ferries", "streamed north")
_UPROOTED = lazy(r"\b(?:returnees|refugees|IDPs|displaced|evacuees|evacuated|evacuation|"
                 r"fled|fleeing|escape|families|residents|villagers|civilians)\b", re.I)
# (forces moved as the object need no more: "moved two battalions", "flying an armoured
# column"; "moved units" does, as "Toyota moved two assembly units" shows)
_MILITARY_OBJECT = lazy(r"\b(?:troops|reinforcements|battalions?|brigades?|divisions?|"
                        r"paratroopers|commandos|armou?red|tanks)\b")
_BESIEGED_LEFT = lazy(r" (?:the )?(?:[\w-]+ ){0,3}?(?:pocket|enclave|besieged)\b")
_CROWD = lazy(r"\b(?:people|thousands|hundreds|crowds)\b", re.I)
_FAR_TOWARDS = lazy(r"\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+,\s+(?:[\w’'-]+\s+){0,2}?towards?\s")
_COUNTED_BEFORE = lazy(r"(?:\d|\b(?:new|recent|daily))\s+\Z", re.I)
_CROSSING = lazy(r"\b(?:border|crossing|frontier|camps?(?!\s*sites?)|hotspots?|transit\s+"
                r"(?:centres?|centers?|sites?)|reception\s+(?:centres?|centers?))\b", re.I)
_TRAVEL_BEFORE = lazy(r"\b(?:tourists?|tourism|truck|lorry|vehicle|car|cargo|freight|"
                      r"passengers?|visitors?|international|domestic|flights?|cruise|holiday|"
                      r"hotel|airport|air|number\s+of)\s+\Z", re.I)
_LEISURE = lazy(r"\b(?:festival|camp\s*sites?|zoo|tourists?|tourism|holiday\w*|cruise|hotels?|"
                r"disclosed)\b", re.I)
_INTO_FROM = lazy(r"\s+(?:in|into|to|at)\s+[A-Z][\w-]*\s+from\s+[A-Z]")
# ... and triggers of moving that need them or people uprooted
_NEED_MOVERS = ("came back", "coming back", "comes back", "board", "stream")
# ... and those who left aboard buses or ferries, or walked out (not "Celtic fans left Glasgow
# in 40 buses", "pilgrims left Mecca in hundreds of buses")
_ABOARD = re.compile(r"\s+(?:[\w’'-]+\s+){0,5}?(?:in|aboard|on)\s+(?:\d[\d,]*\s+|two\s+|three\s+|"
                     r"dozens\s+of\s+|hundreds\s+of\s+)?(?:buses|boats|trucks|ferries|convoys?)\b|"
                     r"\s+out\s+of\b", re.I)
_OUT_OF_UNNAMED = re.compile(r"\s+out\s+of\s+(?![A-Z])")
_COUNT_AFTER = re.compile(r"\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+|up\s+to\s+)?"
                          r"(?:\d|dozens|scores|hundreds|several|two|three|four|five|six|"
                          r"seven|eight|nine|ten|twelve|twenty)", re.I)
# A sentence carried out by a state: "executed five prisoners convicted of drug trafficking"
_COURT = re.compile(r"\b(?:convicted|sentenced|court|courts|death\s+row|death\s+penalty|"
                    r"judicial|hanged|hanging|lethal\s+injection|firing\s+squad)\b")
# Triggers of movement or fighting that need armed men or fighting in the sentence
_NEED_ARMS = ("fell back", "pursu", "face-off", "faceoff", "face off", "break", "broke")
# Strike words that also have everyday senses ("hit by protests", "a gas explosion").
_SEND = re.compile(r"s(?:ent|end|ends|ending)$")
_FESTIVE = lazy(r"\b(?:celebrat\w*|festive|wedding|fireworks|fans|match|matches|film|"
                r"filming|production|series|movie|warning\s+shots|new\s+year)\b")
# What an interception turns back: aircraft, vessels, weapons or convoys.
_CRAFT = lazy(r"\b(?:planes?|aircraft|airliners?|jets?|flights?|helicopters?|drones?|"
              r"vessels?|ships?|boats?|tankers?|freighters?|missiles?|rockets?|convoys?)\b",
              re.I)
# Explosions heard or reported: a strike when the sentence before told of the attack.
_HEARD = re.compile(r"\s+(?:were|was|could\s+be|had\s+been|have\s+been)\s+(?:heard|reported)\b")
_AMBIGUOUS_STRIKE = re.compile(r"(?:hit|struck|striking|target|pound|explo|blast|detonat)")
# ... or a military target follows and an armed subject hits it ("Ukraine said it struck an
# oil depot in Bryansk", "Drones hit an airfield"); "Sanctions hit oil refineries", "Floods
# hit the airfield" are no strikes.
_TARGET_AFTER = re.compile(
    r"\s+(?:(?:an?|the|their|its|his|her|two|three|several|enemy|the\s+other['’]s)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:(?:oil|fuel|ammunition|arms|weapons)\s+depots?|"
    # ("India struck nine sites in Pakistan": a state's or forces' targets)
    r"sites|targets|hideouts|camps|strongholds|training\s+(?:camps?|facilit(?:y|ies))|"
    r"depots?|airfields?|air\s*bases?|naval\s+(?:bases?|headquarters|ships?)|warships?|"
    r"military\s+(?:bases?|targets?|sites?|facilit(?:y|ies)|"
    r"installations?|airports?)|refiner(?:y|ies)|positions|command\s+(?:posts?|cent(?:er|re)s?)|"
    r"radar\s+(?:sites?|stations?)|barracks|launch(?:ers|\s+sites?|\s+pads?)|"
    r"air\s+defen[cs]e\s+systems?)\b", re.I)




# What is blown up in war: works, buildings and vehicles, named before the verb
_BLOWN_TARGET = lazy(
    r"\b(?:bridges?|railway|rail|tracks?|pipelines?|towers?|pylons?|buildings?|houses?|homes?|"
    r"cars?|vehicles?|bus(?:es)?|trucks?|tankers?|tanks?|checkpoints?|posts?|stations?|dams?|"
    r"roads?|mosques?|churches|church|schools?|wells?|ships?|boats?|lines?|depots?|"
    r"warehouses?|factory|plants?|offices?|headquarters)\b[^.;]{0,40}?\s+(?:was|were)\s+\Z",
    re.I)
_BLOWN_BY = lazy(r"\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:mines?|landmines?|ieds?|"
                 r"explosives?|bombs?|explosive\s+devices?)\b", re.I)


# Forces (or their advance) as the subject of "were pushed back" (not "the talks")
_FORCES_PUSHED = lazy(
    r"\b(?:forces|troops|fighters|rebels|militants|units|soldiers|advance|offensive|attack|"
    r"assault|column|militia\w*|insurgents|jihadists|attackers|enemy)\b[^.;]{0,80}?\s+"
    r"(?:was|were|had\s+been|have\s+been)\s+\Z", re.I)
_CAUGHT_FIRE = lazy(r"\bcaught\s+fire\b|\boverturn", re.I)
_DEMOLITION = lazy(r"\bdemoli|\bcontrolled\s+(?:explosion|blast)|\bby\s+engineers\b", re.I)


# Who was shot: people in the plural, named right before "were shot" (a lone victim of a
# crime story, "he was shot twice", is no event of war)
_SHOT_WHO = lazy(r"\b(?:" + "|".join(lex.PEOPLE_HARMED)
                 + r")\b(?:\s+[\w,-]+){0,4}?\s+were\s+\Z", re.I)


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


def violent_context(sentence: str, trig: Trigger) -> bool:
    """True when the sentence, trigger aside, speaks of arms and not of an accident."""
    return speaks_of_arms(sentence[:trig.start] + " " * (trig.end - trig.start)
                          + sentence[trig.end:])


def speaks_of_arms(text: str) -> bool:
    """True when ``text`` speaks of arms or fighting, and not of an accident."""
    low = lower(text)
    return _ARMED.search(low) is not None and _ACCIDENT.search(low) is None


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
        if (len(gap.rstrip()) in ends or _FALLEN_BEFORE.search(gap)) and not any(
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
    if not found:
        return []
    if armed_upto < 0:
        armed_upto = armed_pronoun(sentence, previous) if previous else 0
    merged: list[Trigger] = []
    for trig in found:
        if trig.kind == "clash" and not trig.text.lower().startswith(("exchang", "trad")) and (
                _ARMED_BY_AIR.search(sentence, max(0, trig.start - 40),
                                     _word_end(sentence, trig.end + 25))
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
        merged.append(trig)
    return [t for t in merged if (_plausible(sentence, t, skip, previous) or (
        t.start < armed_upto and t.text.lower().startswith(_WEAK_VERBS)))
            and not _in_name(sentence, t)]


# A plural pronoun that opens a sentence as its subject, after at most a short opening phrase
# ("The next day, they ...", "On 14 August they ..."), not one that only reports ("They
# said ..."); armed men are "they", and a dummy "It" stands for no one ("It took Kinshasa
# three weeks to respond").
_PRONOUN_SUBJECT = re.compile(
    r"(?:[^,.;:]{1,40},\s+|(?:On|In|By|Then|Later|Afterwards|Next|Soon)\s+(?:[\w-]+\s+){0,3}?)?"
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


# An armed subject of a strike verb: forces or weapons, or a party's claim ("Israel said it").
_ARMED_SUBJECT = lazy(
    r"\b(?:drones?|missiles?|rockets?|jets|warplanes?|aircraft|helicopters?|artillery|"
    r"shell(?:s|ing|fire)|mortars?|forces|troops|soldiers|army|military|navy|air\s+force|"
    r"militants?|rebels?|fighters|militias?|insurgents?|gunmen|warships?|"
    r"(?:each|both|either)\s+sides?)\b"
    r"|\b[A-Z][\w.-]*\s+(?:said|says|claimed|claims|announced|reported)\s+(?:that\s+)?"
    r"(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?$", re.I)


# Who comes under fire in a fight: forces, their posts and vehicles, or a town's people
_UNDER_FIRE = lazy(
    r"\b(?:troops|soldiers|forces?|army|units?|patrols?|convoys?|positions?|posts?|bases?|"
    r"squads?|columns?|teams?|commandos|"
    r"checkpoints?|vehicles?|peacekeepers|police(?:men)?|officers|personnel|guards?|"
    r"militants?|fighters|rebels?|town|village|city|residents|civilians|ships?|vessels?|"
    r"aircraft|helicopters?)\s+(?:[\w-]+\s+){0,2}?(?:came|come|comes|coming|were|was|been)\s+"
    r"(?:\w+\s+)?$", re.I)
# ... or forces named before in the sentence and then "they": "The soldiers were checking
# reports ... when they came under fire"
_THEY_UNDER_FIRE = lazy(r"\b(?:troops|soldiers|forces|patrol|convoy|units?|"
                        r"peacekeepers|police)\b[^.;]*\b(?:they|we)\s+(?:came|come|were)"
                        r"\s+$", re.I)
# ... not blame: "came under fire from critics", "over the raid"
_BLAMED = lazy(r"\s+(?:from\s+(?:[\w-]+\s+){0,2}?(?:critics|lawmakers|opposition|"
               r"rights\s+groups|activists|residents|politicians|parliament|media|"
               r"the\s+public|members|fans|supporters|spectators|viewers|readers|"
               r"users|investors)|over|for)\b", re.I)
# What surrenders a place: its garrison ("the Laukkai Regional Operations Command
# surrendered", "the army base at Kidal surrendered")
_GARRISON_BEFORE = lazy(r"\b(?:garrisons?|command|headquarters|base|outpost|barracks)\b"
                        r"[^,;.]{0,50}\Z", re.I)
# Between a named subject and its verb: "Russia hit", "Israel said it hit", "Ukraine has struck".
_SUBJECT_GAP = lazy(r"\s*(?:\w+ly\s+)?(?:(?:said|says|claimed|claims|announced)\s+"
                    r"(?:that\s+)?(?:it|they)\s+)?(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?")
_PREP_BEFORE = lazy(r"\b(?:in|at|on|from|near|of|to|into|across|over)\s+(?:the\s+)?$",
                    re.I)


def _named_subject(sentence: str, trig: Trigger, names: Sequence[tuple[int, int]]) -> bool:
    """True when a place name used as a party is the subject ("Russia hit an ammunition
    depot"): a state or an area's forces, not floods or sanctions."""
    return any(_SUBJECT_GAP.fullmatch(sentence, b, trig.start)
               and not _PREP_BEFORE.search(sentence, max(0, a - 12), a) for a, b in names
               if b <= trig.start)


def _armed_subject(sentence: str, trig: Trigger) -> bool:
    """True when the clause before ``trig`` names forces or weapons, or a party claiming."""
    before = sentence[max(0, trig.start - 80):trig.start]
    before = before[max(before.rfind(", "), before.rfind(";")) + 1:]
    return _ARMED_SUBJECT.search(before) is not None


_PEACEFUL_OPERATION = lazy(r"\b(?:charity|propaganda|rescue|relief|humanitarian|aid|media|"
                           r"cyber|information|influence|recovery|search|salvage|evacuation|"
                           r"deliver\w*|gifts?|toys?|christmas)\b", re.I)
# Words of moving that only forces moving before them make a move ("Fighters swept into
# Kidal", "troops are concentrating near Izium", "were massing around Hodeidah")
_ARMS_BEFORE = ("swe", "concentrat", "massing", "amass", "gathering")


def _plausible(sentence: str, trig: Trigger, names: Sequence[tuple[int, int]] = (),
               previous: str = "") -> bool:
    """Drop the everyday senses of a few words: "hit by protests", "samples were sent".
    ``previous`` is the sentence before (explosions heard after an attack are its)."""
    low = trig.text.lower()
    if low.startswith("under "):  # "troops came under fire", not "the plan came under fire"
        return (_UNDER_FIRE.search(sentence, max(0, trig.start - 80), trig.start) is not None
                or _THEY_UNDER_FIRE.search(sentence, 0, trig.start) is not None
                or _named_subject(sentence, trig, names)) and not _BLAMED.match(sentence, trig.end)
    if trig.kind == "attack" and low.startswith(("seiz", "captur")):
        # people seized by armed men ("Boko Haram fighters seized 276 schoolgirls"), not an
        # arrest or a photograph ("Police captured 12 men", "The camera captured children")
        return violent_context(sentence, trig)
    if low == "surrendered":  # "the base at Kidal surrendered", not "the suspect surrendered"
        return _GARRISON_BEFORE.search(sentence, max(0, trig.start - 80), trig.start) is not None
    if low.startswith("operation") and trig.kind == "movement":
        # "launched Operation X towards Sirte", not "a rescue operation towards the coast", "a
        # charity operation", "Operation Toybox ... to deliver gifts"
        return _COMBAT.search(lower(sentence)) is not None and _NOT_WAR.search(
            lower(sentence)) is None and _PEACEFUL_OPERATION.search(sentence) is None
    if low.startswith(("declar", *_ARMS_BEFORE)) or (
            low.startswith("clear") and " of " not in low) or (
            POST_LEFT.fullmatch(low) is not None) or (
            trig.kind == "movement" and "ground " in low):
        # "Fighters swept into Kidal", "cleared the town", "ground operations continued",
        # "troops left their base in X":
        # fighting men before the words, in the sentence or the one before, and no disaster
        # or game ("the storm swept through", "rescue teams' ground operations", "police
        # cleared the camp")
        near = lower(sentence[max(0, trig.start - 80):trig.start]
                     if low.startswith(_ARMS_BEFORE) else sentence)
        told = _COMBAT.search(near) is not None or (
            not low.startswith(_ARMS_BEFORE) and previous
            and _COMBAT.search(lower(previous)))
        return bool(told) and _NOT_WAR.search(lower(sentence)) is None
    if low.startswith(_NEED_ARMS):  # "Shares fell back in London", "a tense face-off"
        return _ARMED.search(lower(sentence)) is not None
    if low.count(" ") > 1 and " back" in low and low.startswith(
            ("push", "drov", "driv", "beat", "forc")):
        # "pushed IS back from several streets", not "pushed the deadline back to June"
        return _COMBAT.search(lower(sentence)) is not None
    if low.startswith("execut") and _COUNT_AFTER.match(sentence, trig.end):
        # armed men's executions ("executed 12 passengers"), not a court's or a state's
        return violent_context(sentence, trig) and _COURT.search(lower(sentence)) is None
    if low in ("left", "leaving", "leaves", "departing") and _FAR_TOWARDS.match(sentence, trig.end):
        # "left the city through the only open road, towards Nubl": those in flight or forces,
        # not "The cyclists left the city on the coast road, towards Brighton"
        return (_ARMED.search(lower(sentence)) is not None
                or _UPROOTED.search(sentence) is not None or _CROWD.search(sentence) is not None
                or (bool(previous) and speaks_of_arms(previous)))
    if low == "arrivals" and not sentence.startswith(" of ", trig.end):
        # people arriving as a flow the text counts: refugees ("Arrivals at the Morini border
        # crossing dropped to some 3,000", "New arrivals were recorded in Kaya", "Arrivals
        # into Moldova from Ukraine have fallen"), not travellers or goods ("International
        # arrivals at Heathrow rose by 5 percent", "Tourist arrivals at the Dover border
        # crossing", "Arrivals at the Glastonbury camp site")
        if _TRAVEL_BEFORE.search(sentence, max(0, trig.start - 24), trig.start) or (
                _LEISURE.search(sentence)):
            return False
        return (_UPROOTED.search(sentence) is not None or _CROSSING.search(sentence) is not None
                or _COUNTED_BEFORE.search(sentence, max(0, trig.start - 8), trig.start)
                is not None or _INTO_FROM.match(sentence, trig.end) is not None
                or (bool(previous) and _UPROOTED.search(previous) is not None))
    if low.startswith("walk") and _OUT_OF_UNNAMED.match(sentence, trig.end):
        return False  # "walked out of the factory", "of school": no place left, a strike
    if trig.kind in ("movement", "displacement") and (low.startswith(_NEED_MOVERS) or (
            low.startswith(("taken ", "took ")) and " by " in low) or (
            low.startswith(("left", "leav", "depart", "walk"))
            and _ABOARD.match(sentence, trig.end)) or (
            low in ("left", "leaving") and _BESIEGED_LEFT.match(sentence, trig.end)) or (
            " " in low and low.startswith(("mov", "fl")) and not _MILITARY_OBJECT.search(low))):
        # not "the team came back", "fans were taken by bus to Wembley", "pilgrims boarded
        # buses", "investors streamed back", "Toyota moved two assembly units"
        return (_ARMED.search(lower(sentence)) is not None
                or _UPROOTED.search(sentence) is not None
                or (low.startswith(("left", "leav", "depart", "walk")) and bool(previous)
                    and speaks_of_arms(previous)))
    if trig.kind == "strike" and not trig.weak and _AMBIGUOUS_STRIKE.match(low) and not (
            _ARMED_BY_AIR.search(low) or _HEAVY.search(low)):  # "hit by artillery fire"
        target = _TARGET_AFTER.match(sentence, trig.end)
        if target is None:
            return violent_context(sentence, trig) or (
                _INFRA_HIT.search(sentence, max(0, trig.start - 80), trig.start) is not None
                and _ACCIDENT.search(lower(sentence)) is None) or (
                bool(previous) and speaks_of_arms(previous)
                and _REMOTE_ARMS.search(lower(previous)) is not None
                and _TARGETS_HIT.search(sentence, max(0, trig.start - 100), trig.start)
                is not None and _BY_AGENT.match(sentence, trig.end) is None
                and _ACCIDENT.search(lower(sentence)) is None) or (
                # "Explosions were heard in Kharkiv overnight" after a sentence of the attack
                _HEARD.match(sentence, trig.end) is not None and bool(previous)
                and speaks_of_arms(previous) and _ACCIDENT.search(lower(sentence)) is None)
        # the target's own words ("military facilities") say nothing of who hit it
        a, b = target.span()
        rest = sentence[:a] + " " * (b - a) + sentence[b:]
        return (_armed_subject(sentence, trig) or _named_subject(sentence, trig, names)
                or violent_context(rest, trig))
    if trig.kind == "strike" and low == "blown up" and not _BLOWN_BY.match(sentence, trig.end):
        # "A railway bridge near Kolpur was blown up"; not "the photo was blown up", nor
        # towers blown up in a controlled demolition
        return _BLOWN_TARGET.search(sentence, max(0, trig.start - 80), trig.start) is not None \
            and _DEMOLITION.search(sentence) is None
    if trig.kind == "attack" and low.startswith(("burn", "hack", "behead")) and (
            _ACCIDENT.search(lower(sentence)) is not None or _CAUGHT_FIRE.search(sentence)):
        return False  # "passengers were burned alive when their bus caught fire"
    if trig.kind == "clash" and low.endswith(" back") and not _FORCES_PUSHED.search(
            sentence, max(0, trig.start - 120), trig.start):
        return False  # "the talks were pushed back to Monday": forces are pushed back
    if trig.kind == "clash" and low == "shot":
        # "people were shot at checkpoints"; not "the film was shot in Kyiv"
        return _SHOT_WHO.search(sentence, max(0, trig.start - 50), trig.start) is not None
    if trig.kind == "clash" and low.startswith("trad"):
        # "troops traded artillery fire"; not "the two candidates traded fire in the debate"
        return _ARMED.search(lower(sentence)) is not None
    if trig.kind == "clash" and low.startswith(("gunfire", "gunshots", "shooting")) and (
            _FESTIVE.search(lower(sentence)) is not None):
        return False  # "Celebratory gunfire rang out after the match", "shooting resumed
        # after the storm delayed production of the series"
    if trig.kind == "displacement" and " to " in low and low.startswith(
            ("prompt", "caus", "push", "driv", "le")):
        # "Clashes prompted 1,000 residents to cross into X", "Floods forced ..." (a disaster
        # or accident uproots people too); not "High rents led many families to leave Dublin"
        low_sentence = lower(sentence)
        return _ARMED.search(low_sentence) is not None or _ACCIDENT.search(
            low_sentence) is not None
    if trig.kind == "interception" and low.startswith("turned"):
        # "the plane was turned back to Tehran"; not refugees "turned back by police"
        return _CRAFT.search(sentence) is not None
    if trig.kind == "strike" and trig.weak and _DEBRIS_OF.search(
            sentence, max(0, trig.start - 40), trig.start):
        return False  # "Debris of downed drones fell in Sumy region": shot down, not a strike
    if trig.kind in ("strike", "clash") and low.startswith("fir") and _CROWD_CONTROL.search(low):
        return False  # "fired tear gas at protesters", "fired warning shots into the air"
    if trig.kind == "clash" and low.startswith("surround"):
        # "Wagner forces surrounded Bakhmut"; not "skepticism surrounded these assurances"
        return _armed_subject(sentence, trig) or _named_subject(sentence, trig, names)
    if trig.kind == "movement" and _SEND.match(low):
        near = WORD.findall(sentence[max(0, trig.start - 60):trig.end + 60].lower())
        return not lex.PERSONNEL_WORDS.isdisjoint(near)
    if trig.kind == "movement" and low.startswith("mov") and _MOVED_TO_ACT.match(
            sentence, trig.end):
        return False  # "the government moved to dissolve regional forces": it acted
    if trig.kind == "movement" and low.startswith(("walk", "trek")):
        # "families walked from Sake toward Goma"; not "the president walked to the podium"
        near = set(WORD.findall(sentence[max(0, trig.start - 80):trig.start].lower()))
        return not (_ON_FOOT | lex.CIVILIAN_NOUNS).isdisjoint(near)
    if (trig.kind == "protest" and low.startswith(("rall", "demonstrated", "demonstrating"))) or (
            trig.kind == "movement" and low.startswith("reach")):
        # "Shares rallied in Tokyo", "the army demonstrated new missiles", "the fire reached
        # Kyiv": these need people (or forces) who do it
        near = set(WORD.findall(sentence[max(0, trig.start - 80):trig.start].lower()))
        return not (_REACHERS.isdisjoint(near)) if trig.kind == "movement" \
            else not _CROWDS.isdisjoint(near)
    return True


# "moved to dissolve", "moved to block": "to" and a verb, not a place (in lower case: a name
# is capitalised, and a place noun or a determiner follows "to" before a place).
_MOVED_TO_ACT = lazy(
    r"\s+to\s+(?!(?:the|a|an|its|their|his|her|nearby|neighbou?ring|safer|new|other|"
    r"northern|southern|eastern|western|central|north|south|east|west|areas?|positions?|camps?|"
    r"towns?|villages?|cities|city|shelters?|sites?|outskirts|frontline|front|border|"
    r"headquarters|bases?)\b)(?!(?:[a-z-]+\s+){1,2}(?:sites?|camps?|shelters?|areas?|"
    r"settlements?|locations?|neighbou?rhoods?|zones?|schools?|churches|homes|relatives)\b)"
    r"[a-z]+\b")
_CROWD_CONTROL = lazy(r"\b(?:tear|rubber|water|warning|pepper|stun|flares?|fireworks|"
                      r"blanks?)\b")
_ON_FOOT = frozenset("people families thousands hundreds households displaced".split())
_CROWDS = frozenset(
    """protesters demonstrators supporters crowds crowd thousands hundreds people students
    activists workers opposition residents refugees civilians families rebels militants
    insurgents columns fighters troops forces""".split())
# Who may reach a place: forces, crowds, civilians on the move ("Survivors of the raid
# reached Kaya"); not "the fire reached Kyiv"
_REACHERS = lex.PERSONNEL_WORDS | _CROWDS | frozenset(
    "survivors villagers displaced evacuees idps migrants".split())


def is_verbal(trigger: str) -> bool:
    """A trigger used as a verb ("shelled", "took control") rather than a noun ("shelling")."""
    first = trigger.split()[0].lower()
    return first.endswith("ed") or first in IRREGULAR_PAST or " " in trigger.strip() and (
        not first.endswith(("s", "ing")))


# A running total, not an event: the perfect ("have been killed", "has died") with words of
# a count kept over time ("since the war began", "so far", "to date", "in total").
_PERFECT_TOLL = re.compile(
    r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|reportedly\s+)?(?:been\s+(?:killed|wounded|"
    r"injured)|died|perished|lost\s+their\s+lives)\b", re.I)
# What a war has done so far: "The war, which began in April 2023, has killed ...".
_WAR_TOLL = re.compile(
    r"\b(?:war|conflict|crisis|insurgency|fighting|violence)\b(?:,[^,]{0,60},)?\s+(?:has|have)"
    r"\s+(?:now\s+|so\s+far\s+|already\s+)?killed\b", re.I)
_CUMULATIVE = lazy(
    r"\b(?:since\s+(?:the\s+(?:start|beginning|outbreak|onset)\b|the\s+(?:war|conflict|"
    r"fighting|invasion|crisis|insurgency)\b|(?:[\w-]+\s+){1,3}(?:began|started|erupted|broke\s+"
    r"out)\b|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|\d{4})\b)|so\s+far|to\s+date|in\s+total|overall|altogether|cumulative)", re.I)


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
        sentence) is not None) or _WAR_TOLL.search(sentence) is not None


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


_THE_HURT = re.compile(r"\b(?:the|of|among)\s+\Z", re.I)  # "the wounded", "of wounded"


def accept_toll(sentence: str, trig: Trigger, recent: str | None) -> bool:
    """Whether a bare death toll ("11 civilians were killed in Idlib") is a violent event.

    It is when it follows a violent event (``recent``), names a massacre, or says "killed"
    among words of arms and none of accident or disease.
    """
    toll = trig.text.lower()
    if toll in ("wounded", "injured", "dead") and _THE_HURT.search(
            sentence, max(0, trig.start - 12), trig.start):
        return False  # "Many of the wounded were taken to the hospital in Kaya": people
    if recent is not None or toll.startswith("massacre"):
        return True
    return _TOLL.match(toll) is not None and (violent_context(sentence, trig) or (
        _CIVILIANS_KILLED.search(sentence, max(0, trig.start - 60), trig.start) is not None
        and _ACCIDENT.search(lower(sentence)) is None))
