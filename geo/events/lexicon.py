"""Word lists of the events stage: triggers per event kind, modality cues, role words.

Plain general-English data, kept apart from the code that uses it so that it can be read and
extended in one place. Trigger entries are regular-expression fragments matched on word
boundaries against lower-cased text, so they are written in lower case and each starts with a
letter or a plain ``(?:a|b)`` group (the matcher derives the possible first letters from it). A
negative lookahead keeps a figurative use out ("struck a deal", "met with criticism",
"entered into force"). Nothing here names a place, an actor or a conflict.
"""

from __future__ import annotations

import re

__all__ = [
    "ACTOR_NOUNS",
    "ACTOR_SUFFIXES",
    "BACKING",
    "ATTEMPT_VERBS",
    "CIVILIAN_NOUNS",
    "EXPLOSIVES",
    "LIGHT_VERBS",
    "HYPOTHETICAL_CUES",
    "INSTRUMENT_WORDS",
    "NEGATION_CUES",
    "PAST_FORMS",
    "MODIFIED_NOUNS",
    "MONTH",
    "NUMBER_WORDS",
    "OF_PHRASES",
    "ORDINALS",
    "PAST_PARTICIPLE",
    "PERSONNEL_WORDS",
    "PLACE_NOUNS",
    "PREPOSITIONS",
    "REAL_BEFORE_TO",
    "SEND_VERBS",
    "STATE_ACTOR_WORDS",
    "TRIGGERS",
    "WEAK_TRIGGERS",
    "WEEKDAY",
]

# Names of the days and months, as patterns (a group, matched case-sensitively: "may" and
# "march" are verbs).
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December)")

# The sides of a fight told between its noun and its verb: "Fighting between the army and
# the RSF spread to Sennar" (extract._upper_bounds, clauses._HAPPEN_AFTER).
SIDES = r"between\s+[^,.;:]{1,80}?\s+and\s+"
# The side driven out of a place it held, told after it: "took Bambari, before being driven
# out by peacekeepers" (a capture trigger, and joined.same_scene's test of one).
DRIVEN_OUT_BY = r"(?:being|been|were|was) (?:driven|pushed|chased|forced) out"

_NUMS = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds)"
# People counted as the object of a verb of seizing: "seized 276 schoolgirls" is an abduction,
# not ground taken; "captured more than 100 fighters", combatants taken prisoner, is neither
_SEIZED_COUNT = (
    r"(?:(?:more than|at least|about|some|nearly|over|almost|up to) )?(?:\d[\d,]*|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?|dozens of|"
    r"hundreds of|scores of|several) (?:[\w-]+ ){0,2}?")
_PEOPLE_SEIZED = (_SEIZED_COUNT + r"(?:schoolgirls|schoolchildren|students|pupils|girls|boys|"
                  r"women|children|villagers|civilians|people|passengers|worshippers|farmers|"
                  r"travell?ers|residents|hostages|men)\b")
_FIGHTERS_SEIZED = _SEIZED_COUNT + r"(?:fighters|soldiers|troops|militants|rebels)\b"

# Kind -> trigger fragments. Order of kinds matters only for phrases that start at the same
# word: the first kind listed wins ("returned fire" is a clash before "returned" is a movement).
# Military statements' operations against armed groups (with a verb of doing them).
_OPERATIONS = (r"intelligence[- ]based operations?|ibos?|(?:clearing|clearance|cordon[- ]"
               r"(?:and[- ])?search|counter-?terrorism|counter-?insurgency|mop-?up|"
               r"search[- ]and[- ]destroy) operations?|(?:anti|counter)-?terrorist operations?")

# Every fragment below is matched on lower-cased text (triggers._alternation): a capital
# letter in one never matches (tests/test_events_wording6.py holds them to that).
# Forces leaving their posts: "The U.N. mission left its base in the town on Oct. 31, weeks
# after quitting camps in Tessalit", "vacated their positions near Pokrovsk" (a movement from
# the place after the post, see roles; fighting must be told, see plausible.plausible)
POST_LEFT = (r"(?:left|leaving|quit|quitting|vacated|vacating|abandoned|abandoning) (?:its |"
             r"their |the |his |her )?(?:[\w-]+ )?(?:bases?|camps?|positions|garrisons?|"
             r"barracks|headquarters|outposts?)\b")

# Verbs of a trip, as word starts: what a purpose told after them ("travelled to Cucuta to
# meet officials", "traveled to Kenya to visit refugees") belongs to
TRIP_VERBS = ("travel", "flew", "arriv", "went", "came", "headed")

# Armed groups the news names: acronyms (read as written, capitals and all) and names.
ARMED_ACRONYMS = (
    "RSF", "SAF", "ADF", "M23", "JNIM", "ISWAP", "TNLA", "MNDAA", "AA", "SDF", "PKK", "YPG",
    "HTS", "ELN", "FARC", "LRA", "CODECO", "ISKP", "TTP", "BLA", "IDF", "IRGC", "ISIS", "ISIL",
    "AQAP", "AQIM", "FDLR", "FARDC", "FANO", "SPLA",
)
ARMED_NAMES = ("Taliban", "Hamas", "Hezbollah", "Houthi", "Houthis", "al-Shabaab", "Shabaab",
               "Boko Haram", "Islamic State", "Daesh", "Wagner", "Ansar Dine")
# ... as the trigger patterns read them (lower-cased text)
_GROUPS = "|".join(sorted((re.escape(g.lower()).replace(r"\ ", r"\s+")
                           for g in (*ARMED_NAMES, *ARMED_ACRONYMS)), key=len, reverse=True))

TRIGGERS: dict[str, tuple[str, ...]] = {
    "interception": (
        r"intercept(?:ed|s|ing|ions?|ors?)?",
        r"sh(?:ot|oots|ooting) down",
        # "destroyed 10 of the cruise missiles over the Odesa region"; not a launcher or depot
        # ("uavs": the text is matched lower-cased; "one Houthi uncrewed aerial vehicle")
        r"destroy(?:ed|s|ing)(?=\s+(?:[\w-]+\s+){0,4}?(?:missiles?|drones?|rockets?|uavs?|"
        r"usvs?|uas|aerial\s+(?:vehicles?|systems?)|surface\s+vessels?|"
        r"projectiles?)\b(?!\s+(?:launchers?|depots?|factor(?:y|ies)|sites?|storage|"
        r"warehouses?|plants?|production|workshops?|bases?|units?|systems?|positions?)))",
        r"down(?:ed|ing)(?=\s+(?:an?|the|\d+|two|three|several|dozens)\b)",
        # "29 Shaheds were destroyed over Mykolaiv, Odesa and Kherson regions"
        r"(?:drones?|shaheds?|missiles?|uavs?|rockets?|projectiles?) (?:were|was|had been|have "
        r"been) (?:destroyed|downed|neutrali[sz]ed)",
        r"forc(?:ed|ing|es) (?:it|them|him|her|(?:the|an?) [\w-]+(?: [\w-]+)?) to "
        r"(?:return|land|turn (?:back|around)|divert)",
        r"forced to (?:return|land|turn (?:back|around)|divert)",
        r"turned (?:back|away)",
        # vessels stopped at sea: "a U.S. naval ship captured a number of small vessels
        # smuggling weapons", "the navy seized a dhow carrying arms"
        r"(?:seiz|captur)(?:ed|ing)(?= (?:an? |the |two |three |four |several |"
        r"\d+ |a number of |dozens of )?(?:[\w-]+ ){0,2}?(?:vessels?|ships?|warships?|boats?|"
        r"dhows?|tankers?|skiffs?|freighters?)\b)",
    ),
    "capture": (
        r"(?:took|taken|take|takes|taking|seized|gained|assumed|regained|wrested) "
        r"(?:full |complete |partial |effective )?control",
        # a place changing hands to armed men: "Kidal came under the control of the rebels",
        # "the town fell under rebel control" (not a standing "is under government control",
        # "brought the fire under control", a club "under Saudi control", a company under
        # a fund's, nor a rank: "the largest town to have come under ...")
        # (the groups of ARMED_NAMES and ARMED_ACRONYMS, as _GROUPS reads them)
        r"(?=c|f)(?<!to have )(?:came|coming|fell|fallen) under (?:the )?(?:full |complete |"
        r"effective )?(?:(?:rebel|insurgent|militant|jihadist|separatist|islamist|militia|army|"
        r"military|government|regime|russian|ukrainian|israeli|kurdish|turkish|" + _GROUPS
        + r") control(?=[ .,;])|control(?= of (?:the )?(?:[\w-]+ ){0,3}?"
        r"(?:rebels?|militants?|insurgents?|jihadists?|separatists?|army|military|troops|forces|"
        r"fighters|militias?|islamists?|junta|regime|group|" + _GROUPS + r")\b))",
        # a side that says it now holds all of a place: "Tigrayan forces say they are in full
        # control of Mekelle" (not a standing "is in control of Gaza", nor "in full control of
        # the situation"; fighting men must be told: see plausible)
        r"(?=now |in )(?:(?<=are )|(?<=is )|(?<=was )|(?<=were ))(?:now )?in (?:full|complete|"
        r"total) "
        r"control(?= of (?!(?:the |its |their )?(?:situation|security|operations?|affairs|"
        r"economy|events|process|proceedings|budget|party|company|government|country's)\b))",
        r"seiz(?:e|ed|es|ing|ure)(?!\s+(?:weapons|arms|ammunition|drugs|cash|assets|documents|"
        r"vessels?|ships?|tankers?|power|the\s+(?:initiative|opportunity|moment)|"
        # (goods and property: "seized large quantities of weapons", "seized cattle"; land
        # is ground: "seized land near Bakhmut")
        r"(?:(?:large\s+|huge\s+|significant\s+|vast\s+)?(?:quantities|amounts|stocks|caches?|"
        r"stockpiles?)\s+of|equipment|vehicles|livestock|cattle|propert(?:y|ies)|goods|food|aid|"
        r"supplies|fuel|houses|homes|farms|crops|money)\b|"
        # (goods counted: "seized 40 tonnes of weapons")
        r"(?:more\s+than\s+|about\s+|some\s+)?[\d,.]+\s+(?:tonnes|tons|kilograms|kg|pounds|lbs|"
        r"litres|liters|barrels|rounds|rifles|guns|weapons|vehicles|cars|trucks)\b|"
        + _PEOPLE_SEIZED + "|" + _FIGHTERS_SEIZED + r"))",
        # (a number of people captured is no ground taken; "capturing several military
        # outposts" is)
        r"captur(?:ed|es|ing|e)(?!\s+(?:" + _NUMS + r"\b(?!\s+(?:[\w-]+\s+)?(?:outposts?|positions|"
        r"villages|towns|bases|posts|checkpoints|settlements|localities|hilltops?|areas)\b)"
        r"|the\s+(?:attention|imagination|moment)"
        r"|images?|footage|moments?|soldiers|fighters|prisoners|" + _PEOPLE_SEIZED + "|"
        + _FIGHTERS_SEIZED + r"))",
        # (not a lead, a seat, a title or a picture retaken)
        r"re-?(?:captur(?:ed|es|ing|e)|t(?:ook|aken|akes|aking|ake))(?! (?:the |a |an |his |"
        r"her |their |its )?(?:lead|seat|seats|top spot|title|crown|exam|test|picture|photo|"
        r"shot|penalty|measurements?|initiative|escaped|prisoner|inmate)\b)",
        r"regain(?:ed|s|ing)?",
        # a town's fall, told by its noun ("After the fall of Mazar-i-Sharif on November 9":
        # a place named right after: see plausible.plausible), and a garrison that gives up
        # ("the Taliban forces inside Kunduz agreed to surrender on November 23")
        r"fall of(?= )",
        r"(?:agreed|agree|agrees|offered|decided) to surrender(?! (?:their |its |his |her )?"
        r"(?:weapons|arms|passports?|licen[cs]es?|deals?|terms|agreements?|to\b))",
        # a place rid of the side that held it: "the town was fully cleared of the occupiers";
        # a garrison given up: "the Laukkai Regional Operations Command surrendered"
        r"cleared of (?:the |all )?(?:remaining )?(?:occupiers|occupying forces|invaders|militants|"
        # (any side's troops: "cleared of Russian troops", "of government forces")
        r"insurgents|rebels|terrorists|jihadists|enemy(?: fighters)?|(?:[a-z-]+ )?(?:troops|"
        r"forces))\b(?!['’]| mines| explosives| charges)",
        # ... also with the place named between: "have cleared Mingora, the main town of
        # Swat, of militants" (not "cleared Smith of wrongdoing"; the text is matched
        # lower-cased)
        # (a place, not people: "cleared four of the troops accused", "cleared the former
        # minister of misleading troops")
        r"clear(?:ed|ing)(?= (?!(?:the|a|an|all|some|any|most|many|several|both|each|one|two|"
        r"three|four|five|six|seven|eight|nine|ten|\d)\b)[\w'’-]+(?:[ -][\w'’-]+){0,2}"
        r"(?:, [^,.;]{1,50},)? of "
        r"(?:the |all )?(?:remaining )?(?:(?:(?![a-z]+ing )[a-z'’-]+ ){0,2}(?:occupiers|"
        r"occupying forces|invaders|militants|insurgents|rebels|terrorists|jihadists|"
        r"miscreants|gunmen|troops|forces|fighters|soldiers)|enemy(?: fighters)?|"
        + _GROUPS + r")\b)",
        # ... and one troops cleared of its attackers: "responded swiftly and cleared the town
        # after hours of intense firefight", "declaring it cleared" (not a road cleared of
        # mines, nor rubble, snow or a crowd cleared)
        # (arms told: see plausible.plausible; the phrase ends there: not "the village
        # roads", "the town's water supply", "the city cleared of snow")
        r"clear(?:ed|ing) (?:the |a )?(?:town|city|village|settlement|kibbutz)(?=[,.;]| (?:after|"
        r"on|in|and|by|following|at|of (?:the )?(?:enemy|militants|insurgents|terrorists|rebels|"
        r"occupiers|fighters|jihadists)\b))",
        r"declar(?:ed|ing) (?:it|the (?:town|city|village|kibbutz)) (?:fully )?(?:cleared|"
        r"liberated)(?=[,.;]| (?:after|on|in|and|by|following|at|of (?:the )?(?:enemy|militants|"
        r"insurgents|terrorists|rebels|occupiers|fighters|jihadists)\b))",
        # (only a garrison's: see plausible.plausible)
        r"surrender(?:ed|ing)(?= )(?! to (?:the )?(?:police|authorities|investigators|officers|"
        r"court))",
        # the side driven out loses the place: "Jubaland forces were pushed out of Beled
        # Hawo", "the Houthis had been driven from most of the city", "had driven the militias
        # out of Lalibela" (not people driven from their homes: a flight)
        r"(?:(?:pushed|driven|chased) (?:back )?(?:out of|from)|(?:drove|driven|pushed|chased|"
        # (the side driven out, not people: "forced thousands of residents out of Kidal")
        r"flushed|kicked) (?!(?:the |their |its )?(?:[\w-]+ )?(?:people|residents|civilians|"
        r"families|villagers|thousands|hundreds|inhabitants|protesters|demonstrators|crowds?|fans|"
        r"students|migrants|squatters|journalists)\b)(?:the |their |its )?(?:[\w-]+ ){1,3}?"
        r"out of)"
        r"(?! (?:their |his |her |its )?(?:homes?|houses?|villages?|lands?|farms?)\b)",
        # ... and the side thrown out: "with rebel fighters ejected from the town", "the
        # jihadists were expelled from Konna" (not from a party, a club or office: see the
        # context test in retype)
        r"(?:ejected|expelled|ousted) (?:from|out of)(?! (?:the |a |his |her |their |"
        r"its )?(?:[\w-]+ )?(?:party|club|league|competition|tournament|office|power|"
        r"government|parliament|school|university|country|union|bloc|alliance|group|game|"
        r"match|court|hall|building|flat|apartment|house|home)\b)",
        # a place left to the other side: "abandoning the town to the rebels", "the army ceded
        # Kidal to the separatists"
        r"(?:abandon(?:ed|ing|s)|ced(?:ed|ing|es)|hand(?:ed|ing|s) over)(?= (?:the )?(?:town |"
        r"city |village |base |positions? )?(?:of )?[\w'’-]+(?: [\w'’-]+){0,2} to (?:the )?"
        r"(?:[\w-]+ )?(?:rebels|militants|insurgents|jihadists|islamists|enemy|fighters|"
        r"separatists|attackers|militias?|taliban|russians|troops|forces|army)\b)",
        r"(?:fell|fallen|falls) back into (?:[\w-]+ ){1,2}hands",  # "fell back into army hands"
        # "took Bambari, before being driven out by peacekeepers the next day"
        DRIVEN_OUT_BY + r"(?= by\b)",
        r"(?:fell|fallen|falls) (?:in)?to(?!\s+(?:\$?\d|its|a\s+(?:record|low|new)|the\s+"
        r"(?:lowest|ground|floor)|pieces|silence))",
        r"overr(?:an|un|unning)", r"liberat(?:ed|es|ing|ion)", r"conquer(?:ed|s|ing)",
        r"occup(?:y|ied|ies|ying)(?!\s+(?:an?\s+|the\s+)?(?:seats?|posts?|positions?\s+of|"
        r"offices?|roles?|places?\s+in|jobs?|buildings?\s+in\s+protest))",
        r"t(?:ook|aken|ake|akes|aking) (?:over|most|much|all|large parts|parts|several|many|"
        r"an? (?:large |big |major |significant )?(?:part|portion|section)|"
        r"dozens|hundreds|swathes)\b(?! (?:of )?(?:the )?(?:\d|time|days?|weeks?|months?|years?|"
        r"hours?|minutes?|power|responsibility|charge|office|part|lives|prisoners|hostages|"
        r"captives|casualties))",
        r"lost control", r"los(?:t|es|ing) (?:the )?(?:town|city|village|territory|ground)",
        # "raised the Iraqi flag over the city centre", "the Syrian flag was raised in X"
        r"rais(?:ed|ing) (?:the|their|its) (?:[\w-]+ )?flags?", r"flags? (?:was|were) raised",
        # "Rwandan forces deployed to Macomia and secured the town"
        # ("secured the area" is what police do at a scene: no capture)
        r"secur(?:ed|ing) (?:the )?(?:town|city|village|airport|base|port|crossing)s?\b",
    ),
    "strike": (
        r"(?:air|drone|missile|rocket|artillery|mortar|naval|aerial|ballistic|cruise|"
        r"kamikaze|suicide)[\s-]?(?:strikes?|attacks?|barrages?|fire|raids?|bombardments?|"
        r"salvos?|bombings?)",
        r"air[\s-]?strikes?", r"airstrikes?",
        # aircraft firing on the ground: "Saudi warplanes strafed Houthi positions"
        r"straf(?:ed|es|ing|e)",
        # (not "bombarded with questions")
        r"bombard(?:ed|s|ing|ments?)(?!\s+(?:[\w-]+\s+){0,3}?with\s+(?:[\w-]+\s+)?(?:"
        r"questions|calls|messages|e-?mails|letters|requests|complaints|criticism|abuse|offers|"
        r"ads|adverts|advertisements|information|texts|tweets|posts|comments|queries|praise)\b)",
        r"shell(?:ed|ing|s)(?!\s+compan)", r"(?=shell )(?<=to )shell(?= )",
        r"bomb(?:ed|ing|ings|s)?",
        r"car bombs?",
        r"suicide bomb(?:er|ers)", r"explosions?", r"exploded", r"blasts?",
        # "an improvised explosive device went off in a minibus"
        # (with where it went off: "said a device went off and blamed ..." retells the blast)
        r"(?:bombs?|ieds?|devices?|explosives?|landmines?|mines?|grenades?) went off"
        r"(?= (?:[\w,-]+ ){0,4}?(?:in|near|at|outside|inside|on)\b)",
        r"detonat(?:ed|ion|ing)",
        r"(?<!general )(?<!hunger )(?<!labor )(?<!labour )(?<!on )(?<!nationwide )"
        r"(?<!national )(?<!workers' )(?<!teachers' )strikes?(?!\s+(?:action|by\s+(?:workers|"
        r"teachers|doctors|nurses|staff|unions?)|over\s+(?:pay|wages|pensions?)))",
        r"str(?:uck|iking)(?!\s+(?:an?\s+|the\s+)?(?:deal|agreement|accord|chord|tone|note|"
        r"balance|blow|pose|similarity|contrast|down|out|workers)|\s+by\s+(?:the\s+)?cross-?fire)",
        # ("a shell hit a market in Douma" is one: a product that "hit the market" has no arms
        # around it, which the strike's test asks for; "hit by crossfire" is a clash, below)
        r"hit(?:s|ting)?(?!\s+(?:an?\s+|the\s+)?(?:record|high|low|headlines?|back|out|"
        r"shelves|streets|road|jackpot|target(?:s)?\s+of)|\s+(?:by|in)\s+(?:the\s+)?cross-?fire)",
        r"pound(?:ed|ing)", r"target(?:ed|ing)",
        # (not a striker who "fired at goal" or "into the top corner")
        r"fir(?:ed|es|ing) (?:[\w,-]+ ){0,3}?(?:at|on|upon|into|towards?)(?= )(?! (?:the |an? |"
        r"his |her |their )?(?:(?:open |empty |unguarded |opposing )?goal(?! area)|keeper|"
        r"goalkeeper|(?:top |bottom |far |near )(?:left |right )?corner|crossbar|"
        r"all cylinders)\b)",
        r"fir(?:ed|es|ing) (?:rockets?|missiles?|shells?|mortars?|drones?|projectiles?)",
        r"air interdictions?",  # a military statement's air strike
        # defence ministries: "subjected the positions of our army in the Kalbajar district to
        # mortar fire", "were destroyed with high-precision weapons", "vehicles were blown up
        # by mines near Fuzuli"
        r"subject(?:ed|ing|s)(?=\s+(?:[\w,'’()-]+\s+){1,14}?to\s+(?:heavy\s+|intense\s+|"
        r"massive\s+)?(?:(?:mortar|artillery|rocket|drone|tank|missile|air)\s+)?(?:fire|shelling|"
        r"bombardment|strikes|attacks)\b)",
        r"destroyed(?= (?:by|with) (?:[\w-]+ ){0,2}?(?:weapons|strikes?|missiles?|drones?|"
        r"artillery|munitions|shelling|bombs?|rockets?)\b)",  # (not "destroyed by fire")
        r"blown up(?= by (?:an? |the )?(?:[\w-]+ )?(?:mines?|landmines?|ieds?|explosives?|bombs?|"
        r"explosive devices?)\b)",
        # "A railway bridge near Kolpur was blown up": works and vehicles blown up (not a
        # photo "blown up" to poster size, nor a balloon)
        r"(?=blown up)(?:(?<=was )|(?<=were ))blown up(?! (?:to|into) )",
        # ... and told in the active: "militants blew up the railway track near the tunnel",
        # "blew up two bridges on the road to Kherson" (not "blew up balloons", nor "the
        # deal blew up")
        r"bl(?:ew|ow|ows|owing) up (?:the |a |an |two |three |several |)(?:[\w-]+ ){0,2}?"
        r"(?:railway|railroad|rail line|tracks?|bridges?|pipelines?|tunnels?|dams?|power lines?|"
        r"pylons?|towers?|checkpoints?|police stations?|vehicles?|trains?|trucks?|depots?|"
        r"barracks|buildings?|houses?|homes?|schools?|mosques?|churches)\b",
        # a suicide bomber: "a second bomber blew herself up near the hospital"
        r"blew (?:himself|herself|themselves) up", r"blown (?:himself|herself|themselves) up",
        r"(?:rockets?|missiles?|drones?|projectiles?|shells?|mortars?) (?:were |was |had been )?"
        r"(?:launched|fired)", r"barrages?",
        # a military statement's count of what came in and where it fell: "50 projectiles
        # were identified crossing from Lebanon", "fallen projectiles were identified in Safed"
        r"(?:rockets?|missiles?|projectiles?|uavs?) (?:were |was )?(?:identified |detected )?"
        r"crossing(?= (?:from|into) )",
        r"(?:fallen|falling) (?:rockets?|missiles?|projectiles?|shells?|mortars?)",
        r"(?:impacts?|rocket hits|direct hits) (?:were|was) (?:identified|reported|recorded)",
    ),
    # Violence against civilians (ACLED "Violence against civilians"); armed attacks whose
    # target is civilians become attacks too (see extract._ON_CIVILIANS).
    "attack": (
        r"massacr(?:e|ed|es|ing)", r"abduct(?:ed|s|ing|ions?)", r"kidnap(?:ped|ping|pings|s)?",
        r"(?:seiz|captur)(?:ed|ing)(?= " + _PEOPLE_SEIZED + ")",  # "seized 276 schoolgirls"
        # people put to death, told in the passive: "Hundreds of men were executed in X"
        r"(?=executed)(?:(?<=men were )|(?<=people were )|(?<=civilians were )|"
        r"(?<=villagers were )|"
        r"(?<=prisoners were )|(?<=detainees were )|(?<=residents were )|(?<=women were )|"
        r"(?<=children were )|(?<=boys were )|(?<=hostages were ))executed",
        # fire opened on people: "shot at families who tried to leave"
        r"(?:shot|fired|shooting|firing) at(?= (?:the |fleeing |unarmed |[\d,]+ )?(?:families|"
        r"civilians|people|residents|villagers|protesters|demonstrators|crowds?|worshippers|"
        r"passengers|children|women|motorists)\b)",
        r"hijack(?:ed|ing|ings|s)?", r"behead(?:ed|s|ing|ings)?",
        r"hacked (?:[\w-]+ ){0,4}?to death", r"burn(?:ed|t) (?:[\w-]+ ){0,4}?alive",
        r"(?:took|taken|taking|take|takes|held|holding|hold) (?:[\w-]+ ){0,4}?hostages?",
        r"execut(?:ed|ing|ions?)(?= (?:of )?(?:[\w-]+ ){0,4}?(?:civilians|"
        r"villagers|men|people|prisoners|detainees|residents))",
    ),
    "riot": (
        r"riot(?:s|ed|ing|ers)?(?!\s+(?:police|gear|shields?|control))",
        r"loot(?:ed|ing|ers)", r"mobs?(?= (?:attack|burn|torch|set|storm|lynch|kill)\w*)",
        r"(?:torch(?:ed|ing)|burn(?:ed|t|ing)(?: down)?|raz(?:ed|ing)|set(?:ting)? (?:fire to|"
        r"ablaze|alight))"
        r"(?= (?:[\w-]+ ){0,3}?(?:buildings?|offices?|cars?|vehicles?|trucks?|lorry|lorries|"
        r"buses|shops?|markets?|houses?|homes?|huts?|tents?|shelters?|schools?|churches|church|"
        r"mosques?|villages?|police|station|headquarters|tyres|tires))",
        # ... and told in the passive: "where houses were set on fire and livestock was taken",
        # "the market was set ablaze", "homes have been torched" (buildings before, armed men
        # near: see plausible.plausible; armed men make it an attack: see retype)
        # (the verb looked ahead for first: the guard of the trigger scan is read from it)
        r"(?=set |torched|burn|razed)(?:(?<=were )|(?<=was )|(?<=been )|(?<=also )|"
        r"(?<=reportedly ))(?:set on fire|set ablaze|set alight|torched|burn(?:ed|t)(?: down)?|"
        r"razed)",
    ),
    "protest": (
        r"protest(?:ed|s|ing|ers)?(?!\s+(?:his|her|their|its)\s+innocence)",
        r"demonstrat(?:ions?|ors|ed|ing)(?!\s+(?:that|how|its|their|his|her|the\s+(?:need|"
        r"ability|importance|capacity|power)))",
        r"rall(?:y|ies|ied)(?=\s+(?:in|at|outside|against|near|on|of|to\s+(?:protest|demand|"
        r"denounce|condemn|support)|for)\b)",
        r"sit-ins?", r"took to the streets", r"(?:march|marched|marching) (?:against|in protest)",
        r"(?:march|marched|marching) (?:through|on|to|in|"
        r"towards?)(?= (?:the )?(?:streets|capital|parliament|city|presidential|centre|"
        r"center))(?=.{0,80}\b(?:protest|demand|slogan|chant|banners?|against)\w*)",
    ),
    "clash": (
        r"returned fire", r"opened fire", r"exchanged fire",
        r"traded fire(?!\s+(?:extinguishers?|alarms?|hoses?|trucks?|engines?|safety|doors?)\b)",
        r"exchanges? of (?:fire|gunfire)",
        # "met fierce resistance in the al-Shuhada district"
        r"(?:met|meeting|encountered|faced) (?:with )?(?:fierce|heavy|stiff|strong|determined|"
        r"intense) (?:resistance|fighting)",
        # both sides firing is a battle, whatever the arms: "exchanged artillery fire"
        r"(?:exchang|trad)(?:ed|ing) (?:heavy |intense |sporadic )?(?:(?:artillery|mortar|rocket|"
        r"tank|small[- ]arms|machine[- ]gun|gun) (?:and |or )?)+fire",
        # "the patrol came under fire near X" (artillery or mortar fire is a strike)
        r"under (?:heavy |intense |sustained |small[- ]arms |sniper |enemy )?(?:gun)?fire",
        r"face-?offs?",
        # "Military confrontations broke out in Apure", "confrontations between the army and
        # the FARC dissidents" (not "a confrontation with reporters", a political one)
        # (one, where it happened: not "the armed confrontation in the region is very
        # violent", a standing conflict described)
        r"(?:armed|military|violent|deadly|fierce|heavy|bloody) confrontation(?:s|(?= (?:broke "
        r"out|erupted|took place|occurred|left|killed)\b))",
        r"confrontations(?= between (?:the )?(?:[\w-]+ ){0,3}?(?:army|armed|forces|troops|"
        r"soldiers|police|rebels|militants|guerrillas|fighters|militias?|dissidents|insurgents|"
        r"gangs?|cartels?|security)\b)",
        # UN updates: "heavy weapons fire was reported in Abobo", "inter-communal violence"
        r"(?:heavy|automatic|small)[- ](?:weapons?|arms) fire",
        r"(?:inter-?communal|communal|inter-?ethnic|ethnic|sectarian|tribal|inter-?clan|clan|"
        r"armed) violence(?= (?:[\w,-]+ ){0,6}?(?:(?:was|were|has been|had been) )?(?:reported|"
        r"erupted|broke out|flared|escalated|intensified|resumed|displaced|killed|forced)\b)",
        # (not "halted the advance of the wildfire", "checked the advance of Dortmund")
        r"(?:halt|stopp|blunt|check)(?:ed|ing) (?:the |an |their |its |a )?(?:[\w-]+ ){0,2}?"
        r"(?:advance|offensive|push)\b(?! of\b)",
        # a general staff's report of assaults: "tried to break through our defences near X"
        r"(?:break|broke|breaking) through (?:the |our |their |its |his |enemy |ukrainian |"
        r"russian |government |army )?(?:defen[cs]es?|defensive lines?|front(?: ?lines?)?|lines)",
        r"(?:artillery|mortar|gunfire|rocket)\s+exchanges?",
        r"(?:exchanged\s+)?gunfire(?=\s+(?:between|with)\b)",
        # gunfire heard or going on is fighting there: "heavy gunfire was heard overnight near
        # the market", "Gunfire continued on Saturday around X"
        r"(?:gunfire|gunshots|shooting)(?= (?:[\w,-]+ ){0,2}?(?:(?:was|were|could be|has been|"
        r"have been|had been) )?(?:heard|continued|erupted|broke out|rang out|echoed|resumed|"
        r"raged)\b)",
        # gunfire told by its strength is gunfire that happened: "residents described heavy
        # gunfire in Bahir Dar", "sporadic gunfire in the capital overnight"
        r"(?=gunfire)(?:(?<=heavy )|(?<=intense )|(?<=sporadic )|(?<=sustained )|(?<=fierce )|"
        r"(?<=constant ))gunfire",  # (the noun alone: "heavy" is no verb)
        r"gun\s?(?:battles?|fights?)", r"fire\s?fights?", r"shoot-?outs?", r"shot dead",
        # killings told by their manner: "gunned down 12 worshippers", "lynched two men",
        # "rounded up the farmers and slit their throats" (the text is matched lower-cased)
        r"gunn(?:ed|ing) (?:down\b|(?:[\w-]+ ){1,4}?down\b)", r"lynch(?:ed|ing)\b",
        r"(?:slit|slitting|cut|cutting) (?:the |their |his |her )throats?",
        # ... and named as a noun, of victims of war: "reports of the killing of large numbers
        # of civilians in Mai Kadra", "the killings of 40 villagers in Ogossagou" (not of "two
        # students in Idaho": crime news names other victims)
        r"killings? of (?:(?:[\w,-]+ ){0,4}?)(?:civilians|villagers|worshippers|peacekeepers|"
        r"(?:aid|humanitarian|health) workers|journalists|protesters|demonstrators|refugees|"
        r"displaced (?:people|persons)|idps)\b",
        # people caught between two sides firing, where a place follows: "three aid workers
        # were killed when they were caught in crossfire in Kabkabiya", "a boy was hit by
        # crossfire in Kandahar" (not "investors in
        # London were caught in the crossfire between the two banks": see plausible; "killed
        # in Tripoli when they were caught in crossfire between two armed groups" is the
        # toll's, placed before)
        r"(?=cross)(?:(?<=caught in )|(?<=caught in the )|(?<=caught in a )|(?<=hit by )|"
        r"(?<=hit in the )"
        r"|(?<=hit in )|(?<=struck by )|(?<=wounded in )|(?<=wounded in the )|(?<=injured in )"
        r"|(?<=injured in the ))cross-?fire(?=(?: between "
        r"[^.;,]{1,60}?)? (?:in|near|at|around|outside) )",
        # people shot: "gunmen going from house to house and shooting men and boys", "people
        # were shot at checkpoints" (not "the film was shot in Kyiv": see plausible._SHOT_WHO)
        r"shooting(?= (?:dead )?(?:[\w-]+ ){0,2}?(?:men|boys|women|girls|children|civilians|"
        r"people|residents|villagers|worshippers|protesters|demonstrators|passengers)\b)",
        r"(?=shot)(?<=were )shot(?! down| dead)\b",
        # a side routed or beaten back (fighting men around: see plausible.plausible): "the
        # rebels routed the army near Kidal", "was routed to its base", "troops beat back
        # Russian units near Bakhmut", "fought off an attack on the base"
        r"rout(?:ed|ing)(?= (?:the |their |its |an? )?(?:[\w-]+ ){0,3}?(?:army|troops|forces|"
        r"taliban|rebels|militants|fighters|enemy|militias?|militiamen|units|garrison|"
        r"defenders|insurgents|jihadists|government)\b)",
        r"(?:beat|beats|beating|drove|fought|fighting) (?:back|off)(?= (?:the |an? |several |"
        r"repeated )?(?:[\w-]+ ){0,2}?(?:attacks?|assaults?|troops|forces|units|fighters|"
        r"militants|rebels|enemy|offensive|advances?|insurgents|raiders|attackers)\b)",
        # ... and fighting taken up again: "resumed large-scale military operations in
        # Chechnya"
        r"resum(?:ed|es|ing) (?:[\w-]+ ){0,2}?(?:military|combat) operations",
        r"fight(?:s|ing)?(?!\s+(?:against\s+)?(?:terrorism|corruption|poverty|disease|climate))",
        r"fought", r"(?<!legal )(?<!court )(?<!political )battl(?:e|es|ed|ing)(?!\s+against\s+"
        r"(?:cancer|illness))",
        r"clash(?:es|ed|ing)?", r"counter-?attack(?:s|ed|ing)?", r"attack(?:s|ed|ing)?",
        # (not a crime's "sexual assault", nor "assault rifles" or "assault charges")
        r"(?=assault)(?<!sexual )(?<!sexually )(?<!indecent )(?<!aggravated )(?<!common )"
        r"(?<!domestic )assault(?:s|ed|ing)?(?! (?:rifles?|weapons?|charges?|case|trial|"
        r"course|survivors?|victims?)\b)", r"ambush(?:es|ed|ing)?", r"counter-?offensives?",
        r"(?<!charm )(?<!diplomatic )(?<!media )(?<!peace )offensives?", r"skirmish(?:es)?",
        r"storm(?:ed|ing)(?!\s+(?:out|off))",
        r"raid(?:s|ed|ing)?",
        # (not "a cessation of hostilities agreement", "an end to hostilities")
        r"(?<!cessation of )(?<!end of )(?<!end to )(?<!halt to )(?<!suspension of )"
        r"hostilities", r"besieg(?:ed|ing)", r"siege",
        r"encircl(?:ed|ing|es)(?!\s+by\s+(?:mountains|hills|water|forests?|trees|walls))",
        # forces that surround a place (see plausible.plausible)
        r"surround(?:ed|s)(?!\s+by\b)",
        # military statements: "troops neutralised five terrorists", "eliminated 20 insurgents",
        # "engaged the khwarij location", "a fierce gun duel"
        r"(?:neutrali[sz]|eliminat|engag)(?:ed|ing)(?= (?:[\w,-]+ ){0,3}?(?:terrorists|insurgents|"
        r"militants|bandits|fighters|jihadists|rebels|gunmen|kidnappers|attackers|assailants|"
        r"raiders|khwarij|"
        r"enemy|enemies)\b)", r"gun\s?duels?",
        # defence ministries' wording: "inflicted defeat on formations of two brigades",
        # "repelled an attempt to cross the state border"; "Violence spread to Concordia"
        r"inflict(?:ed|ing|s)? (?:a )?(?:(?:heavy|significant|serious) )?(?:defeats?|losses|"
        r"casualties) on(?= (?:the )?(?:[\w-]+ ){0,3}?(?:formations?|manpower|enemy|units?|"
        r"brigades?|battalions?|troops|forces|militants|fighters|positions|terrorists|"
        r"insurgents|rebels|militias?)\b)",
        r"(?:repel(?:led|ling|s)?|repuls(?:ed|ing|es)?)(?= (?:an? |the |several |two |three |\d+ )?"
        r"(?:[\w-]+ )?attempts?\b)",
        # the side engaged by troops: "The insurgents were engaged by our troops near Monguno"
        r"(?=engaged by)(?:(?<=were )|(?<=was )|(?<=been ))engaged(?= by (?:[\w-]+ ){0,2}?"
        r"(?:troops|forces|"
        r"soldiers|units|fighters|police|army|aircraft|jets|helicopters|gunships|artillery)\b)",
        # armed men going from house to house: "Gunmen went from house to house in Kajuru,
        # shooting residents" (armed men told: see plausible; not canvassers going door to door)
        r"(?:went|going|go|goes|moved|moving) (?:from )?(?:house|door|home) to (?:house|door|home)",
        # an advance stopped: "forces advancing from Zintan were pushed back on the southern
        # outskirts of Tripoli", "the assault was repulsed near X"
        r"(?=(?:pushed|driven|beaten|forced) back)(?:(?<=was )|(?<=were ))(?:pushed|driven|"
        r"beaten|forced) back(?= (?:on|near|at|in|outside|from|to|towards?|after|by)\b)",
        # ... or told from the side that stopped it: "say they have pushed IS back from several
        # streets", "drove the militants back towards the river" (fighting men in the
        # sentence: see plausible.plausible)
        r"(?:pushed|drove|driven|beat|forced) (?:[\w-]+ ){1,3}?back(?= (?:from|to|towards?|"
        r"out of|across|beyond)\b)",
        r"(?:pushed|drove|beat|forced) back (?:[\w-]+ ){0,2}?[\w-]+(?= (?:from|out of)\b)",
        # executions by armed men (not a court's: see plausible.plausible)
        r"(?:summarily|publicly|extra-?judicially) execut(?:ed|ing)",
        r"(?:summary|mass|public) executions?",
        r"execut(?:ed|ing)(?= (?:at least |some |about |more than |up to )?(?:\d[\d,]*|dozens|"
        r"scores|hundreds|several|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty) "
        r"(?:of )?(?:[\w-]+ )?(?:people|civilians|men|villagers|prisoners|captives|soldiers|"
        r"residents|boys|detainees|hostages|fighters|collaborators|members|passengers|workers|"
        r"worshippers|students|women|children|travellers|travelers)\b)",
        r"violence(?= (?:later |also |then |again )?(?:spread|erupted|broke out|flared|"
        r"escalated|intensified)\b)",
        # "conducted an intelligence based operation in Tank District", "Another IBO was
        # conducted in Mir Ali", "a clearing operation in the Hamrin Mountains"
        r"(?:conduct(?:ed|ing|s)?|launch(?:ed|es|ing)?|mount(?:ed|ing|s)?|carr(?:ied|ying|ies|y) "
        r"out) (?:an? |another |a joint |"
        r"joint |two |three |several )?(?:[\w-]+ )?(?:" + _OPERATIONS + r")",
        # "launched an operation against the gang in X", "a military operation against al-Shabaab"
        r"(?:launch|conduct|mount|begin|began|begun|start)(?:ed|ing|s)? (?:an? |a joint |joint |"
        r"new |major |large-scale |)(?:military |security |police |army |ground )?operations? "
        r"against(?= (?:the |an? |suspected )?(?:[\w-]+ ){0,2}?(?:gangs?|rebels?|militants?|"
        r"insurgents?|terrorists?|militias?|bandits?|jihadists?|fighters|armed groups?|"
        r"al-shabaab|boko haram|is|isis|isil|islamic state|adf|m23|hamas|hezbollah|houthis|"
        r"taliban|rsf|jnim|iswap|kidnappers|extremists|separatists|guerrillas)\b)",
        # a defence ministry's offensive: "local anti-terrorist measures were launched" (not
        # a bank's "launched new anti-terrorist measures")
        r"(?:anti|counter)-?terrorist measures(?= (?:were|was|have been|had been) (?:launched|"
        r"started|begun))",
        r"(?:another |an? )?(?:" + _OPERATIONS + r")(?= (?:was|were) (?:conducted|launched|"
        r"carried out|mounted))",
    ),
    "displacement": (
        r"forc(?:ed|ing|es) (?:[\w,-]+ ){0,5}?(?:from|out of) (?:their |his |her )?homes?",
        # a place that took in people in flight: "Yida received 2,000 new refugees from
        # Kordofan last week" (not "the hospital received 40 wounded", a parcel, a delegation)
        r"receiv(?:ed|es|ing)(?= (?:more than |over |about |some |nearly |at least |an estimated "
        r"|tens of |hundreds of |thousands of )?(?:[\d,.]+ (?:million )?|thousands (?:of )?|"
        r"hundreds (?:of )?)?(?:new |more |additional |newly arrived )?(?:refugees|asylum[- ]"
        r"seekers|idps|internally displaced|displaced (?:people|persons|families)|evacuees|"
        r"returnees)\b)",
        r"forc(?:ed|ing|es) (?:[\w,-]+ ){0,5}?to (?:flee|leave)",
        # "Clashes inside Myawaddy prompted more than 1,000 residents to cross the river into
        # Mae Sot": people the violence sent away
        r"(?:prompt|caus|push|driv|le)(?:ed|ing|es|d)? (?:more than |over |about |some |nearly |"
        r"at least |tens of |hundreds of |thousands of )?(?:[\d,.]+ (?:million )?|thousands |"
        r"hundreds |many )?(?:of )?(?:the )?(?:[\w-]+ )?(?:people|residents|civilians|families|"
        r"villagers|inhabitants|households|thousands|hundreds) to (?:flee|leave|cross|escape|"
        r"seek (?:refuge|shelter|safety))",
        r"driven (?:from|out)", r"fle(?:d|e|es|eing)",
        # "escaped the fighting in Khartoum", "escaped from Khartoum to South Sudan" (not
        # from prison, captivity or their kidnappers; who escapes: see plausible.plausible)
        r"escap(?:ed|es|ing|e)(?= (?:from |the (?:[\w-]+ )?(?:fighting|violence|clashes|war|"
        r"conflict|shelling|bombardment|siege)\b|by (?:road|boat|"
        r"foot|bus|car|land|sea)\b|to |into |across |through ))(?! from (?:the |their |his |"
        r"her )?(?:[\w-]+ )?(?:prisons?|jails?|custody|detention|captivity|kidnappers|"
        r"abductors|captors|cells?)\b)",
        # "has driven thousands of residents to Dnipro", "drove 20,000 people from their homes"
        r"(?:driv(?:en|es|ing)|drove) (?:(?:more than|over|about|some|nearly|at least|tens of|"
        r"hundreds of) )?(?:[\d,.]+ (?:million )?|thousands |hundreds |many )?(?:of )?"
        r"(?:the )?(?:[\w-]+ )?(?:people|residents|civilians|families|villagers|inhabitants|"
        r"households|thousands|hundreds)(?= (?:from|out|to|into|towards?|across|away)\b)",
        # "displacement site", "displacement camps": where the displaced live, not a flight
        r"displac(?:ed|ing|es)", r"displacement(?!\s+(?:sites?|camps?|cent(?:er|re)s?|settlements?|"
        r"shelters?|areas?|zones?))",
        # (not the noun naming what carries or guides it: "evacuation trains will depart",
        # "blocked three evacuation trains", "an evacuation corridor")
        r"evacuat(?:ed|es|ing|ions?|e)(?! (?:trains?|buses|bus|convoys?|corridors?|routes?|"
        r"cent(?:re|er)s?|points?|vehicles|plans?|sites?)\b)", r"uprooted", r"exodus",
        r"(?:sought|seeking|seek) (?:refuge|shelter|safety)",
        # the displaced who settle somewhere arrived there: "most of the newly displaced people
        # have settled in sites west of Goma" (not "He settled in London")
        r"(?:displaced|refugees|idps|evacuees)(?: people| persons| families)? (?:have |had |"
        r"are |were )?(?:now |since |mostly |largely )?settl(?:ed|ing)(?= (?:in|at|into|on|"
        r"around|near)\b(?! (?:a |the )?(?:[\w-]+ )?court\b))",
        # a town left empty: "The town has been almost emptied of its residents"
        r"emptied of (?:its |their )?(?:[\w-]+ )?(?:residents|inhabitants|population|people|"
        r"civilians)",
        r"(?:t(?:ook|aken|ake|akes|aking)|f(?:ound|inding)) (?:refuge|shelter)",
    ),
    "meeting": (
        r"held talks", r"talks", r"summit", r"negotiations",
        r"met(?!\s+(?:with\s+)?(?:(?:fierce|heavy|stiff|strong|little|no|some)\s+)?"
        r"(?:criticism|resistance|skepticism|scepticism|opposition|fighting|gunfire|"
        r"protests?|fire|silence|outrage|condemnation|derision|approval|success|little))",
        r"meet(?:s)?(?=\s+with\b)", r"meetings?",
        # "travelled to Kaya to meet the governor and displaced families" (people, not "the
        # needs" or "the deadline")
        r"meet(?:s)?(?=\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|local\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:governors?|president|prime\s+minister|ministers?|officials|leaders|counterparts?|"
        r"delegations?|representatives|families|refugees|survivors|displaced|residents|elders|"
        r"commanders|authorities|mayors?|king|envoys?|chiefs?|heads?\s+of|troops|staff)\b)",
        r"visit(?:ed|s|ing)?", r"host(?:ed|s|ing)(?=\s+(?:his|her|their|the|an?|talks)\b)",
        # an official hearing people out: "She then spoke with local farmers", "spoke to
        # displaced families in Gaga camp" (people, not "spoke to reporters")
        r"sp(?:oke|eaks|eaking|eak) (?:with|to)(?=\s+(?:the\s+|local\s+|some\s+|several\s+|"
        r"newly\s+)?(?:[\w-]+\s+){0,2}?(?:farmers|refugees|families|survivors|displaced|"
        r"residents|elders|women|mothers|victims|returnees|idps|community\s+leaders|"
        r"religious\s+leaders|local\s+leaders|village\s+chiefs|humanitarian\s+workers|"
        r"aid\s+workers|health\s+workers|officials|authorities|governors?|commanders|"
        r"counterparts?)\b)",
        # a host who receives envoys meets them: "the foreign minister received the
        # ambassadors of the European Union in Baku", "received a delegation of elders" (not
        # "received the president's letter", "received a minister's call")
        r"receiv(?:ed|es|ing)(?=\s+(?:the\s+|an?\s+|his\s+|her\s+)?(?:(?!injured|wounded|"
        r"sick|body|bodies)[\w-]+\s+){0,2}?(?:ambassadors?|envoys?|delegations?|counterparts?|"
        r"ministers?|president|prime\s+minister|secretary\s+of\s+state|elders|leaders|"
        r"representatives|governors?)\b(?!['’]|\s+(?:awards?|medals?|cup|trophy|prize|"
        r"signatures?|letters?|approval|of\s+the\s+club|of\s+the\s+football)\b))",
        # a signing of peace or security is a meeting of those who sign: "Hadi and Houthi
        # representatives signed a U.N.-brokered agreement at the palace in Sanaa", "signed a
        # cessation of hostilities agreement in Addis Ababa" (not "signed a deal with Rosneft",
        # "signed the bill into law"; nor "a 2015 peace deal signed in Algiers", told of)
        # (the kind of accord heads its noun: not "a security partnership", "a defence
        # contract", "a cyber security memorandum", "the public security bill")
        r"sign(?:ed|ing|s)?(?= (?:an? |the )?(?!(?:[\w.’'-]+ ){0,3}?(?:cyber|bill|law|decree|"
        r"petition|contract|pledge)\b)(?:[\w.’'-]+ ){0,3}?(?:peace|ceasefire|cease-fire|truce|"
        r"armistice|cessation|power-sharing|[\w.-]*brokered|security|defen[cs]e|"
        r"normali[sz]ation|prisoner|withdrawal)(?: [\w-]+){0,3}? (?:agreements?|accords?|deals?|"
        r"pacts?|treat(?:y|ies)|protocols?|declarations?|arrangements?|memorand(?:um|a))\b| "
        r"(?:an? |the )?(?:ceasefire|cease-fire|truce|armistice|peace)\b)",
        r"(?:spoke|speaks|speaking|talked|talking|talks) (?:directly |privately |separately )?"
        r"(?:with|to)(?= (?:the |an? |several |local )?\d|(?: [\w-]+){0,2} (?:refugees|"
        r"families|survivors|officials|leaders|residents|villagers|displaced|women|elders))",
    ),
    "movement": (
        # forces moving on a town to fight for it: "Daud's forces moved to besiege Kunduz"
        r"mov(?:ed|es|ing) to (?:besiege|attack|encircle|capture|retake|seize|surround|storm|"
        r"relieve|reinforce|assault|recapture|liberate)(?= (?:the )?(?:town |city |village )?"
        r"(?:of )?[\w'’-]+)",
        # an operation set off towards a place or to take it: "launched Operation al-Bunyan
        # al-Marsous towards Sirte", "Military operations to retake Fallujah began on 23 May"
        # (fighting men in the sentence: see plausible.plausible)
        r"operations?(?= (?:[\w'’-]+ ){0,3}?towards?\b)",
        # forces taking up ground: "took up positions near the Bulak-Bashy outpost", "took up
        # new positions outside Kherson" (fighting men in the sentence: see
        # plausible.plausible)
        r"(?:took|taking|take|takes|reached|reaching) (?:up )?(?:new |forward |defensive )?"
        r"positions?(?= (?:[\w-]+ ){0,2}?(?:near|in|at|around|along|on|outside|close to|"
        r"(?:north|south|east|west)\w* of)\b)",
        r"operations?(?= to (?:re)?(?:take|capture|liberate|recapture|seize|free|clear)\b"
        r"(?! (?:back )?"
        r"(?:the |a |an )?(?:[\w-]+ )?(?:ship|vessel|tanker|boat|plane|aircraft|control|"
        r"hostages?)\b))",
        r"deploy(?:s|ed|ing|ments?)?", r"redeploy(?:s|ed|ing|ments?)?", r"dispatch(?:es|ed|ing)?",
        r"s(?:ent|end|ends|ending)(?!\s+(?:[\w,-]+\s+){0,3}(?:fleeing|running|scrambling))",
        r"(?<!border )cross(?:ed|es|ing)(?!\s+(?:points?|the\s+line|the\s+threshold))",
        # ... and in the present of a plural, or after "to": "Families cross the border near
        # Dhobley every day", "nationals continue to cross into Syria on foot"
        r"(?=cross )(?:(?<=s )|(?<=to ))cross(?= (?:into|over|back|the (?:border|river|"
        r"frontier|[\w-]+ river))\b)",
        r"arriv(?:ed|es|ing|als?)", r"arrive(?=\s+(?:daily\s+)?(?:in|at|from)\b)",
        # (a time may come between, before where from or where towards: "our forces moved
        # yesterday from their positions in Bayhan towards Ataq"; not "moved yesterday to
        # block the bid", "moved today towards cutting rates")
        r"(?:advanc|mov)(?:ed|es|ing)(?=\s+(?:yesterday|today|overnight|again|later|earlier|"
        r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:from|into|through|across|"
        r"towards?(?!\s+\w+ing\b)|(?:north|south|east|west)\w*)\b)",
        r"(?:advanc(?:ed|es|ing)|mov(?:ed|es|ing)(?!\s+to\s+(?:besiege|attack|encircle|capture|"
        r"retake|seize|surround|storm|relieve|reinforce|assault|recapture|liberate)\b))"
        r"(?=\s+(?:on|into|in|to|toward|towards|"
        r"through|across|further|"
        r"deeper|closer|north\w*|south\w*|east\w*|west\w*|rapidly|quickly|slowly|steadily|"
        r"along|near|around|from|within|out|back|forward|\d)\b|\s*[,.;])",
        r"advanc(?:ed|es|ing)(?=\s+(?:over|up\s+to|beyond|past|about|some|nearly|almost|more|"
        r"several|dozens)\b)",
        # (not from a battle, talks or a deal: "the militias announced that they were
        # withdrawing from the battle", "withdrew from the talks in Geneva")
        r"withdr(?:ew|awn|awals?|awing|aws|aw)(?! from (?:the |a |an |its |their )?(?:[\w-]+ )?"
        r"(?:battle|fight|fighting|talks|negotiations|deal|agreement|accord|treaty|race|election|"
        r"competition|tournament|coalition|alliance|government|process|initiative|summit|league|"
        r"championship|contest|bid|pact|ceasefire|truce)\b)",
        r"pull(?:ed|s|ing)?(?= (?:out|back)\b)",
        # "Ukraine pulls troops out of Avdiivka"; "fighters were bussed to Idlib"
        # ... and some of them: "pulled some of its troops out of the country", "moved a
        # contingent of its forces out of Libya"
        r"(?:pull(?:ed|s|ing)?|mov(?:ed|es|ing)) (?:(?:some|all|most|part|the rest|a contingent|"
        r"hundreds|thousands) of )?(?:its |their |the |his )?(?:[\w-]+ )?(?:troops|forces|"
        r"soldiers|units|fighters|personnel|peacekeepers) (?:out of|back from|from)",
        r"(?=buss?ed )(?:(?<=was )|(?<=were ))buss?ed(?= )",
        r"retreat(?:ed|s|ing)?", r"fl(?:ew|own)(?!\s+(?:the\s+)?flags?)",
        # armed men slipping in, or joining up (fighting men before: see plausible.plausible):
        # "the rebels infiltrated Kismayo", "troops linked up with the garrison in Kadugli"
        r"infiltrat(?:ed|ing|es)(?! (?:the |its |their |a |an )?(?:[\w-]+ )?(?:federation|"
        r"network|party|union|organi[sz]ation|ranks|group|movement|system|government|company|"
        r"club|league|association|committee|industry|market|media|services?|agency)\b)",
        r"link(?:ed|ing|s) up with(?= (?:[\w-]+ ){0,3}?(?:troops|forces|soldiers|units|garrison|"
        r"fighters|rebels|militia\w*|battalions?|brigades?|columns?|reinforcements|allies|"
        r"marines|defenders)\b)",
        # (nor a vehicle or a room: "As soldiers entered the bus to search it"; nor a deal, a
        # period or a contest entered into; the infinitive too: "attempts to enter the city")
        r"(?:enter(?:ed|s|ing)|(?=enter )(?<=to )enter)(?!\s+(?:the\s+|a\s+|an\s+)?(?:bus|"
        r"car|vehicle|truck|lorry|van|train|plane|aircraft|boat|room|cabin|cockpit|lift|"
        r"elevator)\b)"
        r"(?!\s+into\s+(?!the\s+(?:town|city|village|capital|country|territory)\b))"
        r"(?!\s+(?:into\s+)?(?:force|effect|talks|negotiations|a\s+new|"
        r"the\s+race|office|politics|service|its|their|a\s+plea))",
        r"relocat(?:ed|ing)",
        # on foot: "families walked from Sake toward Goma", "trekked to the border"
        r"(?:walk(?:ed|ing)|trek(?:ked|king))(?=\s+(?:(?:for\s+)?(?:\w+\s+)?(?:days|hours|kilomet\w+|miles)\s+)?"
        r"(?:(?:north|south|east|west)\w*\s+)?(?:from|to|toward|towards|into|across|out\s+of)\b)",
        # armed men sweeping across a country: "the rebels, who have swept south from their
        # stronghold in Saada" (with arms named: not a storm or a fire)
        r"sw(?:ept|eep|eeps|eeping) (?:(?:north|south|east|west)\w*|into|through|across)(?= )",
        # "the rebels fell back towards Mucojo", "troops pursued the group from Beoga",
        # "families were shifted to a camp in Khar"
        r"fell back(?! into (?:[\w-]+ ){1,2}hands)",
        r"pursu(?:ed|ing)(?= (?:[\w-]+ ){0,3}?(?:from|towards?|into)\b)",
        r"(?=shifted to\b)(?:(?<=were )|(?<=was ))shifted(?= to\b)",
        # ("reach" itself after "to": "managed to reach Bakhmut")
        r"(?:reach(?:ed|es|ing)|(?=reach )(?<=to )reach)"
        r"(?!\s+(?:an?\s+|the\s+)?(?:agreement|deal|accord|consensus|"
        r"settlement|record|peak|level|milestone|out|verdict|conclusion|decision|"
        r"understanding|compromise|ceasefire|truce|millions?|thousands?|age)\b|\s+\d|\s+\$)",
        r"push(?:ed|es|ing) (?:deeper |further |farther )?(?:(?:north|south|east|west)\w* )?"
        r"(?:into|towards?|through)",
        r"(?:made|make|makes|making|launched|began|continued) (?:a |an |their |its )?"
        r"(?:[\w-]+ ){0,2}?advances?\b",
        # ... the noun, then a verb of going on, and where: "The Russian advance continued
        # against Lysychansk"
        r"advances?(?= (?:continued|resumed|pressed on|went on|began) (?:against|towards?|"
        r"in the direction of)\b)", r"inva(?:ded|des|de|ding)",
        # the nouns only with a verb of happening ("launched an incursion", "the invasion
        # began"), not "Russia's invasion of Ukraine has caused supply disruptions"
        r"(?:launch(?:ed|es|ing)?|beg[au]n|start(?:ed|s)?|mount(?:ed|s)?|followed by) "
        r"(?:[\w-]+ ){0,3}?(?:invasion|incursions?)",
        r"(?:invasion|incursions?)(?= (?:[\w-]+ ){0,4}?(?:began|begun|started|was launched))",
        # an operation or offensive told by where it went: "launched a military operation into
        # north-east Syria" (not "an operation against the gang in X", "an offensive in the
        # Hiran region", "began their offensive to recapture western Mosul": fighting; nor a
        # firm's "operation into new markets")
        r"(?:launch(?:ed|es|ing)?|beg[au]n|start(?:ed|s)?|mount(?:ed|s)?) "
        r"(?:an? |the |its |their )?(?:(?:new|major|large-scale|full-scale|long-awaited|"
        r"joint) )?(?:(?:military|ground|land|cross-border|army) (?:operation|offensive|assault|"
        r"push)|(?:counter-?)?offensive|assault)(?= (?:deep )?into )",
        # ... and a ground operation told with a verb of happening: "announced the start of
        # limited ground operations in southern Lebanon", "ground operations continued in
        # border villages", "expanded its ground operation in Rafah"
        r"(?:start(?:ed|s)? of|launch of|beg[au]n|continued|expanded|widened|extended|"
        r"resumed) (?:[\w-]+ ){0,2}?ground (?:operations?|offensive|incursions?)",
        r"ground (?:operations?|incursions?) (?:continued|began|begun|expanded|started|resumed)",
        r"breach(?:ed|es|ing)? (?:the )?(?:[\w–-]+ )?(?:border|barrier|fence|wall|frontier|"
        r"perimeter|defen[cs]es|lines?|city|town|village)",
        r"t(?:ook|aken|ake|akes|aking) (?:[\w,’'\[\]-]+ ){1,6}?out of",
        r"transferred", r"airlift(?:ed|ing)", r"marched",
        # people carried somewhere by others: "300 residents were transported to Dnipro",
        # "Most were taken to Kharkiv", "authorities moved many of them to Adre" (people before
        # the verb, or after it: see plausible.plausible)
        r"transport(?:ed|ing)(?= (?:[\w-]+ ){0,3}?(?:to|from|towards?|into)\b)",
        r"(?=taken )(?:(?<=were )|(?<=been )|(?<=being ))taken(?= (?:back )?to\b)",
        r"mov(?:ed|ing)(?= (?:(?:many|most|some|all|part|hundreds|thousands) of )?(?:them|those|"
        r"the (?:[\w-]+ )?(?:displaced|refugees|families|residents|civilians|wounded|injured|"
        r"evacuees|survivors|patients)|(?:(?:more than |over |about |some )?\d[\d,]* |their )?"
        r"(?!(?:with|from|to|into|in|on|at|for|by|back|out|away|other)\b)(?:[\w-]+ )?"
        r"(?:refugees|families|residents|civilians|idps|evacuees|people|patients))"
        r"(?=(?: (?!(?:and|but|or|on)\b)[\w-]+){0,2}? (?:to|from|into)\b))",
        # forces moved as the object: "moved units from Namibia into Angola", "flying an
        # armoured column from Luanda to Menongue"
        r"(?:mov|fl)(?:ed|es|ing|ew|own|ying) (?:an? |the |some |its |their |\d[\d,]* )?"
        r"(?:[\w-]+ ){0,2}?(?:troops|units|columns?|reinforcements|battalions?|brigades?|"
        r"divisions?|paratroopers|commandos)\b(?= (?:from|to|into|towards?)\b)",
        # evacuation reports: "were taken by bus to Dnipro"; crowds that "streamed north"
        r"t(?:aken|ook) (?:[\w,-]+ ){0,2}?by (?:bus|buses|train|trains|boat|boats|road|air|"
        r"trucks?|helicopters?|planes?)(?= (?:to|from|towards?)\b)",
        r"stream(?:ed|ing) (?:(?:north|south|east|west)\w* |back )?(?:to|towards?|into|out of|"
        r"across)(?= )",
        r"board(?:ed|ing) (?:[\w-]+ ){0,2}?(?:ferr(?:y|ies)|boats?|buses|bus|trucks|lorries|"
        r"planes?|flights?|trains?|ships?|vessels?)\b(?= (?:from|to|for|bound)\b)",
        r"rolled into", r"poured into",
        # a side beaten off the field: "the Malian army was routed to its base"
        r"(?=routed)(?:(?<=was )|(?<=were )|(?<=been ))routed(?= (?:back )?(?:to|towards?|from|"
        r"out of)\b)",
        # journeys told by a phrase (forces, or people in flight: see plausible.plausible):
        # "the column set off from Anefis", "fighters made their way to Dessie", "militias
        # converged on Tawergha", "rebels closed in on Goma", "troops on their way to
        # Mekelle", "reinforcements were rushed to Pokrovsk", "moved his command post to Bol"
        r"set(?:s|ting)? (?:off|out)(?= (?:from|for|towards?)\b)",
        r"ma(?:de|king|kes) (?:their|its|his|her|our) way(?= (?:back )?(?:to|towards?|into|"
        r"across|from)\b)",
        r"converg(?:ed|ing|es) on", r"clos(?:ed|ing|es) in on",
        # (told of the movers, not a phrase of their noun: not "soldiers on their way to the
        # front were killed by a missile")
        r"(?=on |en )(?:(?<=were )|(?<=was )|(?<=are )|(?<=is )|(?<=already )|(?<=now ))"
        r"(?:on|en route) (?:their|its|his|our) way(?= (?:back )?(?:to|towards?)\b)",
        r"surg(?:ed|ing|es) (?:into|towards?|across)(?= )",
        r"rushed(?= (?:to|into|from)\b)(?! to (?:a |the )?(?:[\w-]+ )?(?:hospitals?|clinics?|"
        r"the scene|help|the aid)\b)",
        r"mov(?:ed|es|ing) (?:his|its|their|the) (?:[\w-]+ )?(?:command post|headquarters|"
        r"command centre|command center)(?= (?:to|from)\b)",
        # "broke through to the Beir Basha neighbourhood", "broke through into Avdiivka"
        r"(?:br(?:oke|eaks|eaking|oken)|punch(?:ed|es|ing)) through (?:to|into)(?= )",
        # the journey's next leg: "some 3,000 crossed into Niger, while others continued to
        # Diffa", "the convoy continued on to Kabul" (not "continued to rise": see
        # plausible.plausible)
        r"(?:continu(?:ed|es|ing) (?:on )?|(?:carri(?:ed|es)|carrying|press(?:ed|es|ing)) on )"
        r"(?:to|towards?)(?= )(?! (?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
        r"september|october|november|december)\b)",
        r"head(?:ed|ing) (?:(?:north|south|east|west)\w* )?(?:to|towards?|for|into)",
        r"depart(?:ed|s)?(?!\s+from\s+(?:the\s+)?(?:tradition|script|norm|plan|practice|"
        r"rules?)\b)",
        r"return(?:ed|s|ing)?(?!\s+fire)", r"c(?:ame|oming|omes) back(?= (?:to|from|home)\b)",
        r"mobili[sz](?:ed|ing)", r"massed", r"stationed", r"landed",
        # forces gathering: "Russian troops are concentrating near Izium", "are massing around
        # Hodeidah", "have amassed tanks near Kupiansk" (fighting men before the verb: see
        # plausible.plausible)
        r"(?:concentrat(?:ed|ing)|massing|amass(?:ed|ing)|gathering)(?= (?:[\w-]+ ){0,2}?(?:near|"
        r"around|in|at|along|on)\b)",
        r"travel(?:l)?(?:ed|ing)(?=\s+(?:(?:north|south|east|west)\w*\s+)?(?:on\s+)?(?:to|from|"
        r"into|back|onward|across)\b)",
        # a trip told by its noun: "Administrator Power began a multi-day trip to Sudan",
        # "her journey from Khartoum to South Sudan was a nightmare" (an official's, or in a
        # story of danger: see geo.events.travel)
        r"(?:trip|journey)s?(?= (?:to|from|through|across) )",
        # a speaker's own arrival, in remarks: "I came to Bujumbura to listen", "It is a true
        # honor to be in Mozambique", "I am glad to be back in Kyiv" (the speaker and the
        # place named right after: see geo.events.travel)
        r"came(?= (?:here )?to )",
        r"(?:(?:am|are|'m|'re) (?:\w+ )?)?(?:honou?r(?:ed)?|pleasure|privilege|pleased|glad|"
        r"happy|delighted|proud|grateful) to be(?= (?:back |here )?(?:here )?in )",
        # "left by road for Port Sudan", "left for Chad", "left Port-au-Prince by bus": leaving
        # with a destination or a means of travel named (the text is matched lower-cased: the
        # name after is checked by the roles)
        # ("left the city through the only open road, towards Nubl")
        r"(?:left|leaving|leaves|leave|departing)(?=\s+(?:[\w’'-]+,?\s+){0,7}?(?:(?:by\s+"
        r"(?:road|air|sea|bus|buses|boat|boats|plane|train|car|truck|trucks)|on\s+foot|"
        # ("left Douma in 24 buses", "aboard two ferries")
        r"(?:in|aboard|on)\s+(?:\d[\d,]*\s+|two\s+|three\s+|dozens\s+of\s+|hundreds\s+of\s+)?"
        r"(?:buses|boats|trucks|ferries|convoys?)|"
        r"overland)[\s,.;]|"
        r"for(?!\s+(?:dead|good|now|later|work|school|lunch|the\s+(?:day|night|first|last|time|"
        r"moment|future|record))\b)\s|towards?\s))",
        # a besieged place left ("a convoy carrying civilians left the last rebel-held pocket
        # of east Aleppo"; who left: see plausible.plausible)
        r"(?:left|leaving)(?= (?:the )?(?:[\w-]+ ){0,3}?(?:pocket|enclave|besieged)\b)",
        POST_LEFT,  # forces leaving their posts
        # ... or a town they held: "Islamist rebels appear to have left the town of Diabaly"
        # (armed men before: see geo.events.travel)
        r"(?:left|leaving|vacated|vacating|quit|quitting) the (?:town|city|village|district)"
        r"(?= of )",
        r"(?:went|gone|drove|sailed)(?=\s+(?:on\s+|(?<=drove )up\s+)?(?:to|into|back)\b)"
        r"(?!\s+into\s+(?:effect|force|hiding|labou?r|detail|administration|recession))"
        # "went on to take Elephant Pass": what was done next, not a journey
        r"(?!\s+on\s+to\s+(?:take|capture|seize|retake|recapture|win|become|defeat|attack|"
        r"occupy|besiege|storm|destroy|kill|lose|shell|bomb|overrun|liberate)\b)",
    ),
}

# Triggers that only make an event when nothing stronger is in the sentence: the kind of a
# bare death toll is borrowed from the violent event reported just before it.
WEAK_TRIGGERS: dict[str, tuple[str, ...]] = {
    "violence": (
        r"kill(?:ed|ing|s)?", r"dead", r"died", r"slain", r"death toll",
        # "The governor was assassinated in Kandahar", "peacekeepers were murdered at Camp
        # Kigali" (a murder among words of arms or after violence: see tallies.accept_toll)
        r"assassinated", r"murdered",
        # (a South Asian military statement's "martyred 23 innocent civilians")
        r"martyr(?:ed|ing)(?= (?:[\w-]+ ){0,3}?(?:civilians|people|passengers|soldiers|"
        r"personnel|policemen|officers|workers|labourers|laborers)\b)",
        r"wounded", r"injur(?:ed|ing|ies)", r"casualties",
    ),
    # (not the weapon's defences, systems or makers: "missile defences being built in Poland")
    "strike": tuple(w + r"(?!\s+(?:\([\w.-]+\)\s+)?(?:defen[cs]es?|shields?|systems?|"
                    r"programm?es?|tests?|launchers?|factor(?:y|ies)|production|makers?|"
                    r"batter(?:y|ies)|technology)\b)"
                    for w in (r"missiles?", r"rockets?", r"drones?", r"mortars?", r"shells")),
}

# Cues read in the few words before a trigger, inside its clause.
NEGATION_CUES = frozenset(
    "not n't never no without denied deny denies denying refuted rejected dismissed false "
    "foiled thwarted prevented averted failed nor neither avoid avoiding avoided deter "
    "deterring deterred".split()
)
# Past forms of common verbs that no -ed ending shows (beside words.IRREGULAR_PAST, the
# trigger verbs'): where an actor's words end ("Militants blew up ..."), and what is done,
# not planned, after "and" ("travelled to Goma and held talks")
PAST_FORMS = frozenset("""left went came ran began blew held met made gave told saw led
    brought kept rode drove set put sought swept""".split())

HYPOTHETICAL_CUES = frozenset(
    """would could might may will shall should must 'd 'll if unless whether threat threats
    threaten threatens threatened threatening warn warns warned warning vow vows vowed pledge
    pledges pledged promise promises promised plan plans planned planning possible potential
    potentially proposed prospective any fear fears feared risk ready prepare prepares prepared
    preparing expect expects expected intend intends intended consider considers considering
    aim aims aimed want wants wanted hope hopes hoped demand demands demanded urge urges urged
    call calls called seek seeks sought""".split()
)
# "to <trigger>" is an intention unless one of these words stands before "to".
REAL_BEFORE_TO = frozenset(
    "began begun begin begins started start starts continued continue continues forced "
    "managed went used able".split()
)
ATTEMPT_VERBS = frozenset(
    "tried try tries trying attempted attempt attempts attempting sought struggled".split()
)

# "sent" moves people and arms, not letters or samples: one of these must stand near it.
PERSONNEL_WORDS = frozenset(
    """troops forces soldiers fighters reinforcements units militants militia militias warships
    ships jets aircraft planes tanks battalion battalions brigade brigades envoy envoys
    delegation delegations mercenaries paratroopers marines police officers convoy convoys
    aid personnel advisers advisors weapons arms army navy volunteers men""".split()
)

# Movement verbs whose bare subject place is where the forces came from ("Iran dispatched ...").
SEND_VERBS = frozenset(
    """deployed deploys dispatched dispatches sent sends redeployed transferred airlifted
    invaded invades invading""".split()
)

# Preposition (as written, lower case) -> its role class.
PREPOSITIONS: dict[str, str] = {
    "from": "from", "out of": "from",
    "to": "to", "into": "to", "toward": "to", "towards": "to", "onto": "to",
    "to reach": "to",  # "walked for hours to reach Cucuta"
    # "advanced to retake Kupiansk": where the advance went
    "to take": "to", "to capture": "to", "to seize": "to", "to retake": "to",
    "to recapture": "to", "to liberate": "to",
    "through": "via", "via": "via", "by way of": "via",
    "in": "in", "at": "in", "on": "in", "inside": "in", "within": "in", "throughout": "in",
    "across": "in", "around": "in", "over": "in", "above": "in", "along": "in",
    "against": "in", "targeting": "in", "upon": "in", "off": "in", "including": "in",
    "among them": "in", "such as": "in",  # "captured dozens of villages, among them X"
    "near": "near", "outside": "near", "close to": "near", "not far from": "near",
    "between": "actor", "with": "actor", "by": "actor", "for": "actor", "like": "actor",
    "than": "actor", "as": "actor", "about": "actor", "among": "actor",
}
# "<word> of X" phrases that act as one preposition ("north of Aleppo", "parts of Darfur").
# Ordinals that number an event ("The Second Battle of Tal Afar"): no name, no actor.
ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Final", "Last")
# A past participle, regular or one of the common irregular ones ("were never caught").
PAST_PARTICIPLE = (r"(?:[a-z]{3,}(?:ed|en|wn)|caught|hit|shot|held|found|seen|fought|lost|"
                   r"sent|struck|hurt)")
OF_PHRASES: dict[str, str] = {
    "north": "near", "south": "near", "east": "near", "west": "near", "northeast": "near",
    "northwest": "near", "southeast": "near", "southwest": "near", "north-east": "near",
    "north-west": "near", "south-east": "near", "south-west": "near", "outskirts": "near",
    "suburbs": "near", "suburb": "near", "vicinity": "near", "outside": "near",
    "part": "in", "parts": "in", "portion": "in", "portions": "in", "swathes": "in",
    "swaths": "in", "areas": "in", "area": "in", "much": "in", "most": "in", "all": "in",
    "rest": "in", "center": "in", "centre": "in", "heart": "in", "edge": "near",
    # "the Bachoura neighbourhood of central Beirut": in the city
    "neighbourhood": "in", "neighborhood": "in", "neighbourhoods": "in", "neighborhoods": "in",
    "district": "in", "districts": "in", "quarter": "in", "quarters": "in",
}
# Nouns after a place name that make the name a modifier of an actor or object ("U.S. bases",
# "Kyiv officials"), not the place where something happened.
MODIFIED_NOUNS = frozenset(
    """bases base officials official forces troops military army embassy government
    authorities soldiers ministry police drones jets warplanes warships navy officers officer
    envoy president minister diplomats diplomat militia militias leaders leader spokesman
    spokeswoman spokesperson counterpart counterparts delegation negotiators media residents
    citizens nationals personnel servicemembers contractors""".split()
)
# ... and after a country only (a town's "administration building" or "intelligence
# headquarters" is a place hit there: "struck the Kharkiv administration building"): "the US
# consulate compound in Erbil", "UK intelligence", "the French ambassador".
COUNTRY_MODIFIED_NOUNS = frozenset(
    """consulate consulates embassies facilities administration intelligence ambassador
    ambassadors marines""".split()
)
# Nouns after "X's" that keep X a place ("Aleppo's outskirts"); other possessives are actors.
PLACE_NOUNS = frozenset(
    """outskirts suburbs suburb north south east west northern southern eastern western
    northeast northwest southeast southwest center centre countryside border borders airport
    port capital province region district city town streets neighborhood neighbourhood
    neighborhoods neighbourhoods downtown frontline front coast coastline territory airspace
    skies villages outpost old main central historic provinces regions districts cities towns
    governorates oblasts states counties areas""".split()
)
# Hyphenated endings that make a place name an adjective of an actor ("U.S.-backed").
ACTOR_SUFFIXES = frozenset(
    """backed led based held controlled allied aligned affiliated supported funded sponsored
    born made brokered run owned linked bound bred armed trained""".split()
)
# The same words as verbs before "by/with/to" ("rebels backed by Rwanda", "militias loyal to
# the army"): what follows names a backer of the actor, not the actor or the event's place.
BACKING = (r"(?:\w+ly\s+)?(?:backed|supported|sponsored|funded|armed|trained|aided|assisted|"
           r"equipped|allied|aligned|affiliated|linked|loyal|reinforced|accompanied|joined|led|"
           r"commanded|helped)\s+(?:by|with|to)\s+")

# Words between a trigger noun and its head that describe the weapon, not who used it.
INSTRUMENT_WORDS = frozenset(
    """air drone drones missile missiles rocket rockets artillery mortar naval aerial ballistic
    cruise kamikaze suicide surprise deadly heavy fresh new renewed overnight massive major
    coordinated large-scale retaliatory suspected ground intense fierce sporadic further more
    multiple several two three early late latest recent joint alleged apparent""".split()
)
# Lower-case nouns that name an armed actor when they stand before a trigger ("government strikes").
ACTOR_NOUNS = frozenset(
    """government army military rebel rebels militia militias regime police jihadist jihadists
    insurgent insurgents enemy coalition paramilitary paramilitaries troops forces soldiers
    fighters militants gunmen settlers""".split()
)
# Verbs that carry a noun trigger: "rebels launched an attack", "jets carried out strikes",
# "their aim is to conduct attacks".
LIGHT_VERBS = frozenset(
    """launched launch launches launching fired fire fires firing out conducted conduct staged
    stage mounted mount unleashed began begun started intensified up resumed continued waged
    wage made carry carried commit committed perpetrate perpetrated responded retaliated""".split()
)
# Nouns for civilians as victims or targets ("killing 40 worshippers", "attacked villagers"):
# violence against them is ACLED's "Violence against civilians".
CIVILIAN_NOUNS = frozenset(
    """civilians civilian villagers worshippers residents resident farmers students
    schoolchildren children child women woman displaced mourners pilgrims refugees
    patients passengers travellers travelers motorists commuters herders fishermen traders
    miners tourists tourist labourers labourer laborers laborer farmer villager worshipper
    pilgrim refugee patient passenger traveller traveler motorist commuter herder fisherman
    trader miner student teachers teacher pupils doctors nurses shopkeepers survivors""".split()
)

# People in the plural who are killed, taken or shot ("killed 12 villagers in X", "people
# were shot at checkpoints"): civilians and the armed.
PEOPLE_HARMED = ("people", "persons", "civilians", "villagers", "residents", "worshippers",
                 "farmers", "miners", "passengers", "students", "pupils", "women", "children",
                 "men", "boys", "girls", "others", "soldiers", "troops", "policemen", "officers",
                 "fighters", "herders", "traders", "travelers", "travellers", "motorists",
                 "protesters", "demonstrators", "journalists")
# Words that mark a state actor, used to tell "Government regains territory" apart.
STATE_ACTOR_WORDS = frozenset(
    """government army military regime troops soldiers armed forces national defence defense
    ministry police state navy marines""".split()
)

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12, "a dozen": 12, "two dozen": 24, "three dozen": 36,
}


# Explosive devices and explosions: ACLED's "Remote explosive/landmine/IED", and what makes a
# bare toll a strike ("An improvised explosive device killed four soldiers").
EXPLOSIVES = (r"ieds?|improvised\s+explosive\s+devices?|landmines?|mines?|"
              r"(?:car|truck|roadside)\s+bombs?|explosive|explosions?|exploded|blasts?|"
              r"detonat\w+|bomb(?:s|ings?)?")
