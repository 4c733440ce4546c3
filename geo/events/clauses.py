"""What the words around a trigger say about it: whether it reports an event of its own (not a
purpose, a cause, a description, an adjective), whether it is told as happening, and who
moves (civilians are displaced; forces and leaders move; protesters protest).
"""

from __future__ import annotations

import re

from geo.events.arms import DEMONYM_PLURAL, in_danger, people_in_flight
from geo.events.lexicon import ACTOR_NOUNS, CIVILIAN_NOUNS, SIDES
from geo.events.slots import Slot
from geo.events.triggers import Trigger
from geo.events.words import COUNTED, is_verbal
from geo.lazy_regex import lazy
from geo.prefilter import last_words

__all__ = [
    "by_protesters", "by_rioters", "civilians", "forces_evacuated", "leader_flees",
    "named_elsewhere", "names_orders", "occurs", "purposes", "told_elsewhere",
]


# A noun trigger reports an event of its own only with a verb of happening: "launched a
# counteroffensive", "clashes continued", "the strike was conducted"; otherwise it names one
# told elsewhere ("the siege has been compared to ...", "During the evacuation, ...").
_HAPPEN_BEFORE = re.compile(
    r"\b(?:(?:launch|conduct|carr(?:y|ied) out|beg[au]n|mount|stag|continu|resum|start|"
    r"initiat|unleash|intensifi)\w*\s+(?:\S+\s+){0,3}"
    # "the junta responded with airstrikes", "retaliated with artillery fire", "The United
    # States supported Afghan forces with airstrikes", "backed the offensive with drones"
    r"|(?:respond|retaliat|repl(?:y|i))\w*\s+with\s+(?:\S+\s+){0,2}"
    r"|(?:support|back|assist|help)(?:ed|ing|s)?\s+(?:\S+\s+){1,4}with\s+(?:\S+\s+){0,2}"
    # "positions near Karimama came under attack"
    r"|(?:came|comes|come|coming)\s+under\s+(?:\S+\s+){0,2}"
    # "was destroyed by an airstrike", "were killed in a drone strike": what it did
    r"|(?:destroyed|damaged|flattened|levelled|leveled|killed|wounded|injured)\s+(?:by|in)\s+"
    r"(?:an?\s+|the\s+)?(?:\S+\s+){0,2})$", re.I)
_HAPPEN_AFTER = re.compile(
    # (its sides may come first: "Fighting between the National Liberation Army (ELN) and
    # dissidents of the former FARC broke out"; or a relative: "The fighting, which erupted")
    r"^\s+(?:" + SIDES + r")?(?:\S+\s+){0,6}?"
    r"(?:(?:was|were|has|have|had)\s+(?:been\s+)?)?"
    # (not the present: "A third meeting takes place this evening" is a plan)
    # (once: not "have broken out there every year since 2012", "for years")
    r"(?:continu|occurr|(?:(?:took|taken|taking)\s+place|(?:broke|broken|breaking)\s+out)"
    r"(?![^.;]{0,40}\b(?:every|each|for\s+(?:years|decades|months)|regularly)\b)|erupt|"
    r"beg[au]n|intensifi|conducted|carried out|"
    r"launched|resumed|started|killed|left|held back|repelled|repulsed|beaten back)\w*"
    # next to the noun (or its sides) only: "fighting spread to Bahir Dar", "clashes raged in
    # Gondar", "Fighting between the army and the RSF spread to Sennar"
    r"|^,\s+which\s+(?:had\s+)?(?:erupted|broke\s+out|began|started|flared)\b"
    r"|^\s+(?:" + SIDES + r"[^,.;:]{1,60}?\s+)?"
    r"(?:\w+ly\s+|later\s+|also\s+|then\s+|soon\s+)?(?:spread|flared|raged|escalated|"
    # ("Heavy artillery exchanges followed along the border"; not "The raid followed an
    # investigation")
    r"(?:followed|ensued)(?=\s*(?:[,.;]|$|(?:along|in|at|near|on|across|between|for)\b)))\b",
    re.I)


def occurs(sentence: str, trig: Trigger) -> bool:
    """Whether a trigger is told as happening (verb, or noun with a verb of happening)."""
    if is_verbal(trig.text) or is_verbal(trig.text.split()[-1]) or (
            trig.text.lower().endswith("ing") and _PROGRESSIVE.search(
                sentence, max(0, trig.start - 30), trig.start)):
        return True  # "struck", "shelling hit", "was shelling"
    if trig.kind == "meeting" and " " in trig.text.strip():
        return True  # "in talking to Sudanese refugees", "held talks"
    return bool(_HAPPEN_BEFORE.search(sentence, max(0, trig.start - 60), trig.start)
                or _HAPPEN_AFTER.match(sentence[trig.end:trig.end + 80]))


# "traveled to Farm-Prod": a destination named but not a known place; not the place in focus
_NAMED_ELSEWHERE = re.compile(
    r"\s+(?:on\s+)?(?:to|into|towards?)\s+(?:the\s+)?[A-Z][\w’'.]*(?:-[\w’'.]+)*(?![\w-])")
_REDUCED_RELATIVE = re.compile(
    r"\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+(?!(?:next|following|same|early|late|first|last|"
    r"previous|day|days|morning|evening|night|week|weeks|month|months|year|years|time|talks)\b)"
    # (not a verb of saying: "The LNA said it had seized the airport, which has been closed")
    r"(?:(?!(?:said|says|claimed|claims|announced|reported|stated|added|confirmed|told|"
    r"insisted|noted|warned|believed|believes|thought|thinks)\b)\w+\s+){1,2}"
    r"(?:I|we|you|he|she|they|it)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$")
# ... and the noun phrase is the subject of a verb after the relative ("The refugees I met were")
_MAIN_VERB_AFTER = lazy(r"\s+(?:[\w,-]+\s+){0,6}?(?:were|was|are|is|had|have|has|said|told|"
                        r"described|spoke|remain\w*)\b")
# "in occupied parts of Kursk", "its seized territories": a participle used as an adjective
_ADJECTIVE_BEFORE = re.compile(r"\b(?:(?i:in|of|to|from|into|across|the|a|an|its|their|his|her|"
                               r"newly|recently|formerly|previously|temporarily|illegally|"
                               r"partially|partly)|[A-Z][\w-]*['’]s?)\s+$")
# ... "occupied" and "annexed" also after a place and a comma: "in Jenin, occupied West Bank"
# (not "Chandler, abducted Bosworth")
_PLACE_COMMA_BEFORE = lazy(r"\b[A-Z][\w-]*,\s+$")
_ADJECTIVE_AFTER = lazy(r"\s+(?:parts?|areas?|territor(?:y|ies)|towns?|villages?|"
                        r"regions?|lands?|zones?|districts?|cities|settlements|"
                        r"(?:east|west|left|right)\s+bank)\b|\s+[A-Z]")
# "camp for internally displaced people", "displaced families": who they are, not an event
# "displaced 3,000 people", "displaced Syrians" (a people by its demonym's shape).
_DISPLACED_PEOPLE = lazy(r"\s+(?:people|persons|families|households|civilians|"
                         r"communities|populations?|children|women|men|"
                         r"[A-Z][a-z]+(?:ians|ans|ese|is|ns))\b")
_THE_BEFORE = lazy(r"\b(?i:the|of|for)\s+(?:(?:newly|internally|recently)\s+)?$")
# "35 kidnapped persons", "the abducted schoolgirls": the participle describes the victims.
_VICTIMS_AFTER = lazy(r"\s+(?:" + "|".join(sorted(CIVILIAN_NOUNS | {
    "persons", "people", "victims", "pupils", "schoolgirls", "girls", "boys", "passengers",
    "workers", "travellers", "travelers", "hostages"}, key=len, reverse=True)) + r")\b")
_COUNT_BEFORE = lazy(r"(?:\b(?i:the|of|some|all|remaining|freed|rescued|released)|"
                     r"\d)\s+$")
_NOT_PASSIVE = lazy(r"\b(?:been|was|were|are|is|be|being|got|get|newly)\s+$", re.I)
_PROGRESSIVE = re.compile(r"\b(?:was|were|is|are|been|began|begun|started)\s+$", re.I)


# People who move because they must: a displacement, not a movement of forces.
_CIVILIAN = re.compile(
    r"\b(?:(?i:people(?!['’]s)|persons|individuals|civilians|residents|refugees|families|"
    r"children|women|evacuees|survivors|"
    r"migrants|asylum[- ]seekers|IDPs|villagers|inhabitants|displaced|households|locals|"
    r"citizens|nationals|foreigners|expatriates|"
    r"population|populations)|"
    r"ethnic\s+[A-Z]\w+|" + DEMONYM_PLURAL + r"(?=\s+(?:who|have|had|were|are|fled|"
    r"crossed|arrived|returned|relocated|deported|expelled|evacuated|displaced|"
    r"(?:managed|tried|began|started|continued|continue)\s+to)\b))\b"
    r"|(?:\d{1,3}(?:,\d{3})+|\d+\s+million|(?i:(?:tens\s+of\s+|hundreds\s+of\s+)?thousands))"
    r"\s+(?:of\s+)?[A-Z]\w+")
_PEOPLE_WORD = lazy(DEMONYM_PLURAL)
_MEMORIAL = lazy(r"\b(?:anniversary|memorial|commemorat\w*|mark(?:ed|ing)?\s+the|"
                 r"tribute|remembrance|raise\s+money)\b", re.I)
# The first of two verbs sharing their subject and auxiliary: "were driven to the Albanian
# border or (flown to Turkey)"
_SHARED_VERB = lazy(r"\s(?P<aux>were|was|have\s+been|had\s+been)\s+[a-z]+(?:ed|en|wn)\s+(?:to|"
                    r"into|towards?|across)\s+[^,;.]{0,40}?\s+(?:or|and)\s+\Z")
_CARRYING_CIVILIANS = lazy(r"\b(?:carrying|transporting|ferrying)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:civilians|people|residents|families|evacuees|refugees|"
                           r"wounded)\b[^.;:]{0,40}\Z", re.I)
_MILITARY = re.compile(
    r"\b(?:troops|soldiers|forces|fighters|militants|militia\w*|army|armies|units|"
    r"battalions?|brigades?|convoys?|tanks|rebels|insurgents|jihadists|mercenaries|marines|"
    r"paratroopers|police|personnel|reinforcements|warships|gunmen|saboteurs|vehicles|"
    r"attackers|assailants|raiders|kidnappers|abductors|bandits|terrorists|guerrillas|"
    r"extremists|combatants|militiamen|commandos|"
    r"(?:terrorist|armed|hostile|enemy|criminal|rogue|extremist|militant|remaining|these|those|"
    r"rebel|insurgent|shabaab|isis|isil|daesh|jnim|iswap|m23|rsf|taliban|houthi|hamas|"
    r"militia)\s+elements|"
    # (the enemy who flees, not the one fled: "fleeing the enemy", "by the enemy's shelling")
    r"(?<!fleeing the )(?<!escaping the )(?<!from the )(?<!by the )enemy(?!['’]s))\b",
    re.I)


_CIVILIAN_AFTER = re.compile(r"\s+(?:(?:some|about|around|nearly|over|more\s+than)\s+)?"
                             r"(?:[a-z]+\s+|\d[\d,.]*\s+(?:million\s+)?)?(?:refugees|evacuees|"
                             r"migrants|civilians|residents|families|people|IDPs)\b")


_ORDERS = re.compile(r"\s+(?:orders?|warnings?|notices?|directives?)\b", re.I)
_PROTESTERS = re.compile(r"\b(?:protesters|demonstrators|marchers|activists|students)\b", re.I)
_LEADER = lazy(
    r"(?:\b(?:president|leader|king|prime minister|minister|general|commander|dictator|emir|"
    r"chief|ruler)\s+(?:[A-Z][\w’'-]+\s+){0,3}|\b(?!(?:Many|Some|Others|Most|Hundreds|Thousands|"
    r"Dozens|Several|All|Few|Families|Residents|Civilians|People|They|Those|These|Both)\b)"
    r"[A-Z][a-z]+\s+)(?:had\s+|has\s+|then\s+)?$")


# "the evacuation of the remaining Ukrainian troops from X": forces withdrawn, not civilians
_FORCES_OBJECT = lazy(
    r"[\"”’']?\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:remaining|last|wounded|surviving|besieged|trapped)\s+)?"
    r"(?:[A-Z]\w+\s+|\d[\d,]*\s+)?(?:troops|soldiers|fighters|forces|defenders|garrison|"
    r"personnel|servicemen|marines|militants|combatants)\b")


# Ground forces leave: a place, their posts; not people ("the army evacuated civilians",
# "evacuated the village's 300 residents", "evacuated British nationals", "evacuated
# Americans on Saturday", "evacuated Rafah residents")
_GROUND_OBJECT = lazy(r"\s+(?:(?:the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|base|"
                      r"bases|positions?|posts?|garrison|plant|airport|port|district|capital|"
                      r"outposts?|island|bank|headquarters|barracks|pocket|enclave)\b(?!['’])|"
                      r"(?!The\b|Their\b|[A-Z][a-z]+(?:ans|ese|is|ers|ites)\b)"
                      r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?=\s*(?:[,.;]|$|\s+(?:on|in|at|"
                      r"after|before|during|overnight|yesterday|today|last|this|and|as|when|"
                      r"while|under|by|amid|following|without)\b)))")
# ... and in a story of war, not of a flood
_DISASTER = lazy(r"\b(?:flood\w*|wildfires?|fires?|storms?|hurricanes?|earthquakes?|tsunamis?|"
                 r"cyclones?|eruptions?|typhoons?|landslides?)\b", re.I)
# Forces who may leave a place (peacekeepers too)
_LEAVING_FORCES = lazy(r"\b(?:troops|soldiers|forces|fighters|militants|militia\w*|army|units|"
                       r"battalions?|brigades?|rebels|insurgents|jihadists|mercenaries|marines|"
                       r"paratroopers|peacekeepers|garrison|contingents?)\b", re.I)


def forces_evacuated(sentence: str, trig: Trigger) -> bool:
    """"the evacuation of the remaining troops from X", "the last government forces
    evacuated Lashkargah": a withdrawal of forces (a movement)."""
    if not trig.text.lower().startswith("evacuat"):
        return False
    if _FORCES_OBJECT.match(sentence, trig.end) is not None:
        return True
    if trig.text.lower() != "evacuated" or _GROUND_OBJECT.match(sentence, trig.end) is None:
        return False
    before = sentence[max(0, trig.start - 60):trig.start]
    before = before[max(before.rfind(", "), before.rfind(";")) + 1:]
    return (_LEAVING_FORCES.search(before) is not None and _CIVILIAN.search(before) is None
            and not before.rstrip().endswith(("were", "was", "been"))
            and _DISASTER.search(sentence) is None)


_RELATIVE_START = lazy(r"\s*(?:who|which|that)\b", re.I)


def leader_flees(sentence: str, trig: Trigger) -> bool:
    """A leader or an armed force that flees moves; civilians who flee are displaced."""
    before = sentence[max(0, trig.start - 60):trig.start]
    before = before[max(before.rfind(", "), before.rfind(";")) + 1:]  # its own clause (not
    # the comma of "700,000"), or the noun a relative clause hangs on ("the assailants, who
    # fled towards the Mandara Mountains")
    if _RELATIVE_START.match(before):
        before = sentence[max(0, trig.start - 80):trig.start]
    civil = max((m.end() for m in _CIVILIAN.finditer(before)), default=-1)
    armed = max((m.end() for m in _MILITARY.finditer(before)), default=-1)
    if civil >= 0 or armed >= 0:
        return armed > civil  # the head noun nearer the verb: "1,200 Sudanese soldiers fled"
    if trig.text.lower().startswith("escap"):
        return False  # who escapes is no leader in flight unless armed: "Juliana escaped"
    match = _LEADER.search(before)
    return match is not None and not match.group().rstrip().endswith("s")


def forces_before(sentence: str, trig: Trigger, floor: int) -> bool:
    """Whether forces or armed men are named in the 80 characters before ``trig`` (from
    ``floor`` on): "Jubaland forces were pushed out of X"."""
    return _MILITARY.search(sentence, max(floor, trig.start - 80), trig.start) is not None


def civilians(sentence: str, trig: Trigger, previous: str = "") -> bool:
    """Whether the ones moving are civilians: the words before the trigger, or "arrived
    refugees" after it."""
    before = sentence[max(0, trig.start - 100):trig.start]
    if trig.text.split()[0].lower().endswith("ing") and trig.start > 100 and _CIVILIAN.search(
            sentence[:60]) and not _MILITARY.search(sentence[:60]):
        return True  # the subject's participle further on: "Thousands of people were seen
        # leaving, piling mattresses and water tanks onto carts and heading north toward X"
    if _CARRYING_CIVILIANS.search(before):
        return True  # "a convoy of buses carrying wounded people and civilians left X"
    if trig.text.lower().startswith(("mov", "transport")) and _CIVILIAN_AFTER.match(
            sentence, trig.end):
        return True  # the ones carried: "The army moved civilians from Bakhmut to Kramatorsk"
    if _MILITARY.search(before, before.rfind(";") + 1) or trig.text.lower().startswith(
            _FORCEFUL):  # (forces told in the clause: "...; most were taken to camps")
        return False  # forces, or a forceful move ("6,000 Gazans breached the border")
    if trig.text.lower().startswith(("return", "came back", "coming back", "comes back")):
        # "Syrian refugees returned to Syria" is displacement; "Families returned to Kherson"
        # is people going home (a movement); so are "spontaneous returns from X to Y" and
        # "Others have returned to X" after refugees
        if _RETURNS_NOUN.search(before) and trig.text.lower() == "returns":
            return True
        count = _BARE_COUNT.search(before)
        return _RETURNEES.search(before) is not None or (
            count is not None and count.group().lower().startswith(_ANAPHORIC)
            and _RETURNEES.search(previous) is not None)
    if trig.text.lower().startswith("arrival") and COUNTED.search(before):
        return True  # "Some 3,000 new arrivals were registered in Tine"
    if trig.text.lower() == "arrivals" and not sentence.startswith(" of ", trig.end):
        # "Arrivals at the Morini border crossing dropped": a flow of people whom the text
        # counts (see plausible.plausible)
        return not _MILITARY.search(sentence)
    # (searched up to the trigger's end: a demonym is read as people by the verb after it,
    # "Syrians crossed into Turkey", which the words before the trigger do not hold)
    civilian = _CIVILIAN.search(sentence, max(0, trig.start - 100), trig.end)
    if civilian is not None and (civilian.start() >= trig.start or (
            _PEOPLE_WORD.fullmatch(civilian.group()) and not people_in_flight(
                sentence, civilian.start(), civilian.end(), previous))):
        # (a people by its demonym flees only as arms.people_in_flight says: not "Pope
        # Francis arrived in Juba", "Hundreds of Americans arrived in Normandy for the
        # commemorations")
        civilian = None
    if (civilian is not None and not (civilian.group().lower() == "survivors" and _MEMORIAL.search(
            sentence))) or _CIVILIAN_AFTER.match(sentence, trig.end):
        return True  # (survivors on the move flee; not "Holocaust survivors travelled to
        # Auschwitz to mark the anniversary")
    if _WITH_CHILDREN.match(sentence, trig.end) and not _OFFICIAL.search(before) and (
            in_danger(previous + " " + sentence[:trig.start] + " " + sentence[trig.end:])):
        return True  # "a woman who arrived in Adre on Thursday with her four children said
        # the militia killed her husband" (not a singer at a festival with her children)
    if _THEM_AFTER.match(sentence, trig.end) and _FLED_BEFORE.search(previous) and not (
            _MILITARY.search(previous)):
        return True  # "Thousands fled Geneina. Authorities moved many of them to Adre"
    if ("escape" in sentence or "flee" in sentence) and _TO_ESCAPE.match(sentence, trig.end):
        # "Hundreds of Malaitans boarded ferries to Auki to escape the violence" (searched
        # only where the words stand: every move asks)
        return True
    shared = _SHARED_VERB.search(before)
    if shared is not None:  # "several thousand were driven to the border or flown to Turkey"
        before = before[:shared.start()] + " " + shared.group("aux") + " "
    count = _BARE_COUNT.search(before)
    if count is None:
        return False
    if re.search(r"\s(?:more|others)\b", count.group()) and trig.text.lower().startswith(
            _FLIGHT):
        return True  # "Thousands more have crossed into Ethiopia": more of those in flight
    # A count with no noun that flees, or that goes on after people fled ("Thousands fled
    # Rafah, and many headed west"; "... were displaced. Most have moved to villages")
    if count.group().lower().startswith(_ANAPHORIC) and _FLED_BEFORE.search(before):
        return True
    # ("Fighting forced thousands to flee Mosul. Some 40,000 have been moved south by bus";
    # "Refugees were put on buses ..., while several thousand were flown to Turkey")
    # (... or others of the civilians the sentence before told leaving their homes: "Many
    # families have left El Obeid. Others were leaving for Bara by road"; not families who
    # "booked holidays abroad"; or some of the civilians the sentence told, carried on: "More
    # than 100,000 civilians crossed the lagoon; most were taken to camps near Vavuniya")
    return not _MILITARY.search(previous) and (trig.text.lower().startswith(_FLIGHT) or (
        _FLED_BEFORE.search(previous) is not None) or (
        count.group().lower().startswith(_ANAPHORIC) and _CIVILIAN.search(previous) is not None
        and _LEFT_HOMES.search(previous) is not None) or (
        _FLED_BEFORE.search(sentence, 0, count.start()) is not None)) or (
        trig.text.lower() in ("taken", "transported")
        and count.group().lower().startswith(_ANAPHORIC)
        and _CIVILIAN.search(sentence, 0, count.start()) is not None)


# A count with no noun that flees or crosses ("Thousands of others crossed into Chad", "More
# than 2,000 have fled"): civilians, unless the sentence before speaks of forces ("Wagner
# sent 2,000 fighters to Bakhmut. Since then, 500 more arrived": reinforcements). Entering,
# arriving and advancing are left to the forces.
_FLIGHT = ("fle", "cross", "seek", "sought")
_BARE_COUNT = re.compile(
    r"(?<!\bthe\s)(?<!\bThe\s)\b(?:others|many|most|some|more|dozens|hundreds|thousands|millions|"
    r"(?:several|a\s+few)\s+(?:hundred|thousand)|"
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|an\s+estimated)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+million))"
    r"(?:\s+(?:more|others|people|of\s+them|of\s+those))?\s+(?:(?:have|had|has|were|are|also|"
    r"reportedly|already|been|"
    r"since|now|then|just|recently)\s+)*$", re.I)


# ... and a quantifier that refers back to people in flight named before it
_ANAPHORIC = ("others", "many", "most", "some")
# Civilians leaving their homes, told with an everyday verb ("many families have left the city",
# "residents were told to leave")
_LEFT_HOMES = lazy(r"\b(?:left|leaving|leave|abandoned|deserted)\s+(?:the\s+|their\s+|its\s+)?"
                   r"(?:(?:city|town|village|homes?|houses?|area|district|neighbou?rhoods?|camps?)\b|"
                   r"[A-Z])|\b(?:told|ordered|urged)\s+to\s+(?:leave|evacuate)\b")
_FLED_BEFORE = lazy(r"\b(?:fled|flee|fleeing|exodus|displaced|evacuated|uprooted|refugees|IDPs|"
                    r"evacuees)\b", re.I)
# People who move with their children: a family in flight (not an official's trip with
# his family, nor armed men).
_WITH_CHILDREN = lazy(r"[^.;:]{0,60}?\bwith\s+(?:her|his|their)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:children|babies|baby|grandchildren|sons|daughters)\b")
_OFFICIAL = lazy(r"\b(?:president|minister|secretary|envoy|ambassador|delegation|governor|"
                 r"commander|general|officials?|king|queen|prince|pope|chancellor)\b", re.I)
# Those carried, told after the verb as the ones before: "moved many of them to Adre".
_THEM_AFTER = lazy(r"\s+(?:(?:many|most|some|all|part|hundreds|thousands)\s+of\s+)?"
                   r"(?:them|those)\b")
_RETURNEES = lazy(r"\b(?i:refugees|IDPs|evacuees|displaced|asylum[- ]seekers|returnees)\b")
# A move whose purpose is escape is a flight: "... to escape the fighting" (not "to escape
# the heat", nor staff who went "to assist refugees fleeing the violence")
_TO_ESCAPE = lazy(r"(?:(?!\b(?:refugees|people|arrivals|families|civilians|those|them|"
                  r"residents|victims|IDPs|displaced|survivors)\b)[^;:.]){0,100}?\bto\s+"
                  r"(?:escape|flee)\s+(?:the\s+)?"
                  r"(?:[\w-]+\s+){0,2}?(?:violence|fighting|clashes|attacks?|shelling|"
                  r"bombing|bombardment|war|unrest|insecurity|raids?|conflict|gangs?|"
                  r"militants?|rebels?|jihadists?)\b", re.I)
_RETURNS_NOUN = lazy(r"\b(?:spontaneous|voluntary|organi[sz]ed|refugee|IDP|recorded|new|"
                          r"facilitated|\d[\d,]*)\s+$", re.I)
_FORCEFUL = ("breach", "invad", "storm", "push", "launch")


# "an offensive to recapture X", "fled ... to seek refuge in X": the purpose belongs to the
# trigger before it, whose places it names.
_TO_PURPOSE = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?to\s+")
# ... or named as what forces gather or move for: "are concentrating near Izium, in Kharkiv
# oblast, for an offensive towards Sloviansk", "massed tanks near Kupiansk in preparation for
# an assault on Kharkiv", "gathered in Marib ahead of a push on the city" (one to come)
_FOR_PURPOSE = re.compile(
    r"[^.;:!?]{0,80}?\b(?:for|in\s+preparation\s+for|ahead\s+of|preparing\s+for)\s+"
    r"(?:an?|another|(?:a|an)\s+(?:new|possible|expected|planned|major|renewed|fresh|final|"
    r"ground|large-scale|full-scale|all-out)(?:\s+ground)?)\s+(?:[\w-]+\s+)?", re.I)
# A raid that ends in arrests is a police or special-forces operation, not a battle.
_DETENTION = re.compile(r"\b(?:detention|detained|detaining|arrest\w*|apprehend\w*|"
                        r"custody)\b", re.I)
# "During the evacuation, the airport ...": an event named as a time, told elsewhere.
_TIME_ADJUNCT = re.compile(
    r"\b(?:during|after|before|following|amid|throughout|since|until|prior\s+to|ahead\s+of|"
    r"in\s+the\s+run-up\s+to)\s+(?:the|"
    r"this|that|its|their|his|her|[A-Z][\w.-]*['’]s?)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


# Violence done to people named next: "opened fire on protesters" (dispersing them is no
# violence of that kind: the protest stays).
_FORCE_ON = lazy(
    r"\b(?:fire\s+(?:on|at)|shot(?:\s+(?:at|dead))?|shooting\s+(?:at\s+)?|attacked|killed|"
    r"killing|beat(?:en)?)\s+"
    r"(?:(?:the|unarmed|peaceful|hundreds\s+of|thousands\s+of|\d[\d,]*)\s+)*$", re.I)


_VIOLENT = frozenset({"attack", "clash", "strike"})


# A past participle right after its noun and before a place phrase, with the clause's own
# verb still to come, is a reduced relative clause: "Rwandan troops deployed in the province
# retook the town", "Russian forces stationed in Transnistria crossed the border".
_PARTICIPLES = frozenset(
    "deployed stationed based sent dispatched redeployed transferred relocated displaced "
    "evacuated trapped massed".split())
_NOUN_BEFORE = lazy(r"\b(?!(?:has|have|had|was|were|is|are|been|be|being|they|who|"
                    r"which|that|and|or|then|also|later)\b)[a-z]+s\s+$")
# ... and where a unit is kept, any noun of forces: "A unit of the Togolese Armed Forces
# stationed at Dapaong was attacked"
_STATES = frozenset({"stationed", "based"})
_FORCES_BEFORE = lazy(r"\b(?:[A-Za-z]+s|units?|battalion|brigade|division|company|"
                      r"contingent|detachment|platoon|squad|garrison)(?:\s+\([A-Z]+\))?\s+$")
_PLACE_PHRASE = lazy(r"\s+(?:in|to|into|from|at|near|across|along|inside|on)\s")
_CLAUSE_GAP = lazy(r"[,;:()]|\b(?:and|or|but|who|which|that|while|where|when)\b")
# (a place phrase of a unit's station may hold commas: "stationed at Kpinkankandi, in the
# prefecture of Kpendjal, was attacked")
_STATE_GAP = lazy(r"[;:()]|\b(?:and|or|but|who|which|that|while|where|when)\b")


# A participle clause after the main verb (", looting food supplies", ", looting shops and
# burning"): the manner of the event told before it in the sentence.
_MANNER = lazy(r",\s+(?:[a-z]+ing\b[^,;]*?\s+and\s+)?\Z")


# Two verbs of one subject ("set fire to 35 vehicles and attacked a police station").
_AND_ONLY = lazy(r"[^,;:]{0,60}?\band\s+(?:[\w-]+\s+)?")


def _part_of_raid(sentence: str, trig: Trigger, triggers: list[Trigger]) -> bool:
    """Burning or looting told beside an armed attack of the same subject is part of it,
    not a riot of its own: a participle after the attack ("raided Kuriga, looting shops")
    or a verb joined to it by "and" ("torched vehicles and attacked a police station")."""
    armed = [t for t in triggers if t.kind in _VIOLENT]
    if not armed:
        return False
    if trig.text.split()[0].lower().endswith("ing") and any(
            t.end <= trig.start for t in armed) and (
            _MANNER.search(sentence, max(0, trig.start - 60), trig.start)):
        return True
    return any(_AND_ONLY.fullmatch(sentence, trig.end, t.start) if t.start >= trig.end
               else _AND_ONLY.fullmatch(sentence, t.end, trig.start) for t in armed)


def _reduced_relative(sentence: str, trig: Trigger, triggers: list[Trigger]) -> bool:
    noun = _FORCES_BEFORE if trig.text.lower() in _STATES else _NOUN_BEFORE
    if trig.text.lower() not in _PARTICIPLES or not noun.search(
            sentence, max(0, trig.start - 30), trig.start) or not _PLACE_PHRASE.match(
            sentence, trig.end):
        return False
    gap = _STATE_GAP if trig.text.lower() in _STATES else _CLAUSE_GAP
    return any(t.start > trig.end and is_verbal(t.text) and t.text.lower() not in _PARTICIPLES
               and not gap.search(sentence, trig.end, t.start) for t in triggers)


def purposes(triggers: list[Trigger], sentence: str) -> list[Trigger]:
    """Triggers that report an event of their own: purposes join the trigger before them, and
    arrest raids and participles used as adjectives go."""
    out: list[Trigger] = []
    for trig in triggers:
        prev = out[-1] if out else None
        if prev is not None and _TO_PURPOSE.fullmatch(sentence, prev.end, trig.start) and (
                prev.kind == trig.kind or not is_verbal(prev.text)
                or (prev.kind == "movement" and trig.kind == "capture")):
            continue  # (a move's aim is where it went: "advanced to retake Kupiansk")
        if prev is not None and prev.kind == "movement" and (
                trig.kind in (*_VIOLENT, "movement")) and not is_verbal(trig.text) and (
                _FOR_PURPOSE.fullmatch(sentence, prev.end, trig.start)):
            continue  # "massing near Izium for an offensive towards Sloviansk": an aim
        stop = sentence.find(";", trig.end)
        arrests = _DETENTION.search(sentence, trig.start, len(sentence) if stop < 0 else stop)
        if arrests and (trig.text.lower().startswith("raid") or " operation" in trig.text.lower()):
            continue  # "launched an operation against drug gangs in X, arresting 40 people"
        force = _FORCE_ON.search(sentence, max(0, trig.start - 40), trig.start) if (
            trig.kind == "protest" and trig.text.lower().endswith(("ers", "ors"))) else None
        if force is not None and any(t.kind in _VIOLENT and force.start() < t.end
                                     and t.start < trig.start for t in triggers):
            # "opened fire on protesters": the violence is the event (an attack); with no
            # trigger of violence there ("beat protesters"), the protest stays
            continue
        if trig.text.lower() == "displaced" and _DISPLACED_PEOPLE.match(sentence, trig.end) and (
                not _NOT_PASSIVE.search(sentence, max(0, trig.start - 12), trig.start)):
            continue  # "a camp for internally displaced people"
        if trig.text.lower() == "displaced" and _THE_BEFORE.search(
                sentence, max(0, trig.start - 25), trig.start):
            continue  # "attacked the displaced in Djugu": people, not an event
        if trig.kind == "riot" and _part_of_raid(sentence, trig, triggers):
            continue  # "raided the village, looting shops and burning homes": how it went
        if trig.text.lower() in ("kidnapped", "abducted") and _VICTIMS_AFTER.match(
                sentence, trig.end) and _COUNT_BEFORE.search(
                sentence, max(0, trig.start - 25), trig.start):
            continue  # "troops rescued 35 kidnapped persons": who they are, not an event
        if _reduced_relative(sentence, trig, triggers):
            continue  # "troops deployed in the province retook the town": who, not an event
        if trig.text.lower().endswith("ed") and (sentence[trig.start - 1:trig.start] == "-" or (
                _ADJECTIVE_BEFORE.search(sentence, max(0, trig.start - 30), trig.start)) or (
                trig.text.lower() in ("occupied", "annexed") and _PLACE_COMMA_BEFORE.search(
                    sentence, max(0, trig.start - 30), trig.start))) and _ADJECTIVE_AFTER.match(
                sentence, trig.end):
            continue  # "in occupied parts of Kursk Oblast", "the occupied West Bank", "the
            # Russian-occupied town": adjectives
        out.append(trig)
    return out


# "authorized in response to recent attacks against U.S. personnel in Iraq": the cause, told
# before; "The refugees I met were grateful": a description.
_RESPONSE = re.compile(r"\bin\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for)\s+"
                       r"(?:[\w’'-]+\s+){0,3}$", re.I)


# Someone's part in attacks in general ("an official involved in the planning of attacks in
# the region", "convicted of financing attacks"): a description of a person, not a report of
# an event. Only the nouns/gerunds of planning and financing before a plural of attacks with
# no day of its own: "masterminded the attack on a church in Owo on Sunday", "planned and
# carried out an attack" and "orchestrated the bombing of a market" report one.
_ROLE_IN = lazy(
    r"\b(?:plann|plott|facilitat|financ)(?:ing|ion)\s+"
    r"(?:(?:and|or)\s+(?:plann|plott|facilitat|financ)(?:ing|ion)\s+)?"
    r"(?:of\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
_GENERAL_PLURAL = re.compile(r"(?:attacks|operations|bombings|strikes|raids|assaults)$", re.I)
_DAY_AFTER = lazy(
    r"[^.;]*?\b(?:on\s+(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"yesterday|today|last\s+(?:week|night|month))", re.I)
# "the ability to plot and carry out attacks": a capability, no event
_ABILITY = lazy(r"\bto\s+(?:plan|plot)\s+and\s+(?:carry\s+out|conduct|launch|stage)\s+$",
                re.I)


def _role_in(sentence: str, window: int, trig: Trigger) -> bool:
    """Someone's part in attacks in general, not one attack of this sentence."""
    if not _GENERAL_PLURAL.search(trig.text) or _DAY_AFTER.match(sentence, trig.end):
        return False
    return (_ROLE_IN.search(sentence, window, trig.start) is not None
            or _ABILITY.search(sentence, window, trig.start) is not None)


# "It was the second mass kidnapping this week", "This marks the deadliest attack since
# 2015": a sentence that ranks an event told before, not a new one.
_DESCRIBED = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|but)\s+)(?:[Ii]t|[Tt]his|[Tt]hat|[Ww]hich)\s+(?:was|is|marks|marked|"
    r"became|has\s+been|had\s+been)\s+(?:also\s+)?(?:the|an?|one\s+of\s+the)\s+"
    r"(?:[\w-]+\s+){0,3}$")


_DEMONSTRATIVE = re.compile(r"\b(?:[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+)?$")
_COPULA = lazy(r"\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:in\s+(?:response|retaliation|"
               r"reprisal)|authori[sz]ed|ordered|part\s+of|aimed|intended|designed|meant|"
               r"an?\s+(?:response|retaliation|reprisal))\b")


# "The campaign was part of the larger M23 offensive in North Kivu": the wider campaign is
# context, told as a whole elsewhere (or not at all), not an event of this sentence.
_PART_OF = re.compile(r"\b(?:part|phase|stage)\s+of\s+(?:the|a|an|its|their|this|that)\s+"
                      r"(?:[\w'’-]+\s+){0,4}$", re.I)


def told_elsewhere(sentence: str, clause: int, trig: Trigger, slots: list[Slot]) -> bool:
    """A trigger that names an event told elsewhere: a noun in a time adjunct with no place of
    its own ("During the evacuation,"), a cause ("in response to recent attacks"), or a
    reduced relative clause ("The refugees I met")."""
    window = max(0, trig.start - 60)
    if _REDUCED_RELATIVE.search(sentence, window, trig.start) and _MAIN_VERB_AFTER.match(
            sentence, trig.end):
        return True
    if is_verbal(trig.text):
        return False
    if _DESCRIBED.search(sentence, window, trig.start):
        return True  # "It was the second mass kidnapping in the country this week"
    if _DEMONSTRATIVE.search(sentence, window, trig.start) and _COPULA.match(sentence, trig.end):
        return True  # "These strikes were in response to attacks on ...": said of the strikes
        # told before, whose places are not the ones this sentence names
    if _RESPONSE.search(sentence, window, trig.start) or _role_in(
            sentence, window, trig) or _PART_OF.search(sentence, window, trig.start):
        return True
    # (at most eight words: "in the run-up to the" and three more)
    adjunct = _TIME_ADJUNCT.search(sentence, last_words(sentence, clause, trig.start, 8),
                                   trig.start)
    if adjunct is None:
        return False
    if adjunct.group().lower().startswith(("after", "following", "before", "prior", "ahead",
                                           "in the run-up")):
        return True  # "one week after Hamas' attack on Israel, ...": an earlier event
    stop = sentence.find(",", trig.end)
    stop = len(sentence) if stop < 0 else stop
    return not any(trig.end <= s.start < stop for s in slots)


def names_orders(sentence: str, trig: Trigger) -> bool:
    """"evacuation orders for 50 villages": the displacement is ordered."""
    return _ORDERS.match(sentence, trig.end) is not None


def by_protesters(sentence: str, trig: Trigger) -> bool:
    """"Thousands of protesters marched through Nairobi": a protest, not a movement."""
    return _PROTESTERS.search(sentence, max(0, trig.start - 80), trig.start) is not None


# The subject of a violent verb: rioters or looters make it a riot ("Rioters attacked shops").
_RIOTERS = re.compile(r"\b(?:rioters|looters)\s+(?:[\w-]+\s+){0,2}\Z", re.I)


def by_rioters(sentence: str, trig: Trigger) -> bool:
    """"Rioters attacked shops in Durban", "looters stormed warehouses": a riot."""
    return _RIOTERS.search(sentence, max(0, trig.start - 40), trig.start) is not None


# The subject of a burning or looting verb: armed men make it violence against civilians
# (ACLED's "Attack"), not a riot, which is a crowd's: the actor nouns of an armed side
# (ACTOR_NOUNS), and a few that only ever name attackers.
_ARMED_MEN = lazy(
    r"\b(?:" + "|".join(sorted(ACTOR_NOUNS | {"bandits", "attackers", "assailants",
                                                  "raiders", "herders", "militiamen", "gangs",
                                                  "gang members", "gangsters", "terrorists"},
                               key=len, reverse=True))
    # (the subject of the clause: "gunmen robbed shops and burned homes"; not "gunmen fled
    # as residents burned tyres")
    + r"|armed\s+(?:men|groups?))\s+(?:(?!(?:as|while|when|after|before|because|but|who|"
    r"which|where|protesters|rioters|demonstrators|mobs?|crowds?|youths|residents)\b)"
    r"[\w-]+\s+){0,4}\Z", re.I)


def by_armed_men(sentence: str, trig: Trigger) -> bool:
    """"Gunmen torched houses in Kuriga", "settlers set fire to cars": armed violence."""
    return _ARMED_MEN.search(sentence, max(0, trig.start - 40), trig.start) is not None


def named_elsewhere(sentence: str, trig: Trigger) -> bool:
    """"traveled to Farm-Prod": a destination named but not a known place."""
    return _NAMED_ELSEWHERE.match(sentence, trig.end) is not None
