"""The everyday-sense gate of triggers: a trigger word is an event only when told in its sense
of war ("troops came under fire", not "the plan came under fire"; "Drones hit an airfield",
not "Sanctions hit oil refineries"). :func:`plausible` is asked of every trigger
:func:`~geo.events.triggers.find_triggers` keeps."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from geo.events import lexicon as lex
from geo.events.arms import (
    _ACCIDENT,
    _ARMED,
    _ARMED_BY_AIR,
    _ARMED_SUBJECT,
    _COMBAT,
    _HEAVY,
    _NOT_WAR,
    ARMOUR,
    POST_LEFT,
    fighting_men,
    in_danger,
    people_in_flight,
    speaks_of_arms,
    violent_context,
)
from geo.events.travel import travel_told
from geo.events.words import COUNTED, WORD, is_verbal, lower
from geo.lazy_regex import lazy

if TYPE_CHECKING:
    from geo.events.triggers import Trigger

__all__ = ["plausible", "told_in_passive"]

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
_CROSSING = lazy(r"\b(?:border|crossing|frontier|camps?(?!\s*sites?)|hotspots?|transit\s+"
                r"(?:centres?|centers?|sites?)|reception\s+(?:centres?|centers?))\b", re.I)
_TRAVEL_BEFORE = lazy(r"\b(?:tourists?|tourism|truck|lorry|vehicle|car|cargo|freight|"
                      r"passengers?|visitors?|international|domestic|flights?|cruise|holiday|"
                      r"hotel|airport|air|number\s+of)\s+\Z", re.I)
_LEISURE = lazy(r"\b(?:festival|camp\s*sites?|zoo|tourists?|tourism|holiday\w*|cruise|"
                r"hotels?)\b", re.I)
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
# "sent" and its forms: forces sent, not "samples were sent" (personnel named near)
_SEND = re.compile(r"s(?:ent|end|ends|ending)$")
_FESTIVE = lazy(r"\b(?:celebrat\w*|festive|wedding|fireworks|fans|match|matches|film|"
                r"filming|production|series|movie|warning\s+shots|new\s+year)\b")
# What an interception turns back: aircraft, vessels, weapons or convoys.
_CRAFT = lazy(r"\b(?:planes?|aircraft|airliners?|jets?|flights?|helicopters?|drones?|"
              r"vessels?|ships?|boats?|tankers?|freighters?|missiles?|rockets?|convoys?)\b",
              re.I)
# Explosions heard or reported: a strike when the sentence before told of the attack.
_HEARD = re.compile(r"\s+(?:were|was|could\s+be|had\s+been|have\s+been)\s+(?:heard|reported)\b")
# Strike words that also have everyday senses ("hit by protests", "a gas explosion").
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


_SERVICEMEN = lazy(r"\b(?:servicemen|service\s+members|units|elements|columns|divisions?|"
                   r"guards|border\s+guards)\b", re.I)
_PEACEFUL_OPERATION = lazy(r"\b(?:charity|propaganda|rescue|relief|humanitarian|aid|media|"
                           r"cyber|information|influence|recovery|search|salvage|evacuation|"
                           r"deliver\w*)\b", re.I)
# Words of moving that only forces moving before them make a move ("Fighters swept into
# Kidal", "troops are concentrating near Izium", "were massing around Hodeidah")
_ARMS_BEFORE = ("swe", "concentrat", "massing", "amass", "gathering", "infiltrat", "link")


# What is seized that is no ground: property, goods
_PROPERTY = lazy(r"\b(?:houses|homes|farms|propert(?:y|ies)|livestock|cattle|goods|assets|"
                 r"shops|businesses|crops)\b", re.I)
# A trend of violence: stepped up over a span ("has increased drone operations ... in recent
# months", "have intensified attacks over the past weeks")
_STEPPED_UP = lazy(r"\b(?:ha[sd]|have)\s+(?:been\s+)?(?:increas|stepp|intensif|escalat|ramp)\w*"
                   r"(?:\s+up)?\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){0,2}\Z", re.I)
_STEP_WORDS = ("increas", "stepp", "intensif", "escalat", "ramp")
_RECENTLY = lazy(r"\b(?:in\s+recent\s+(?:days|weeks|months|years)|over\s+the\s+(?:past|last)\s+"
                 r"(?:few\s+|several\s+)?(?:days|weeks|months|years)|in\s+the\s+(?:past|last)\s+"
                 r"(?:few\s+|several\s+)?(?:days|weeks|months|years))\b", re.I)
_CAPTIVITY = lazy(r"\b(?:prisons?|jails?|custody|detention|captivity|kidnappers|abductors|"
                  r"captors|cells?|zoo|correctional|penitentiary|inmates?|prisoners?|convicts?|"
                  r"enclosure|with\s+an?\s+(?:win|victory|draw|point)|unhurt|unharmed|"
                  r"injury|injuries)\b", re.I)
_AT_SEA_FORCES = lazy(r"\b(?:navy|naval|warships?|coast\s+guard|coastguard|forces|troops|"
                      r"military|marines|pirates|Houthis?|IRGC|Revolutionary\s+Guards?|"
                      r"coalition|commandos|frigate|destroyer|cruiser)\b", re.I)
# What makes a sentence of a trend tell an event of its own: a toll, a weekday, a date
_OWN_TIDINGS = lazy(r"\b(?:kill\w*|dead|died|wounded|injured|(?:mon|tues|wednes|thurs|fri|"
                    r"satur|sun)day|yesterday|overnight|\d)", re.I)

# Journeys told by a phrase: forces go on them, or people in flight ("the column set off from
# Anefis", "families made their way to Adre" after fighting; not fans, shoppers or a firm)
_JOURNEY = lazy(r"(?:set|made|mak|conver|clos|on |en route|surg|rushed|mov\w+ (?:his|its|"
                r"their|the) )")
_NOT_FLIGHT = lazy(r"\b(?:company|firm|club|team|side|squad|players?|fans|shoppers|tourists|"
                   r"pilgrims|hikers|runners|riders|cyclists|racers?|climbers|sailors|storm|"
                   r"hurricane|cyclone|typhoon|fire|flames|virus|market|shares|prices)\b", re.I)
# ... nor a journey for a peaceful purpose: "set off on a charity march to Edinburgh",
# "made their way to work", "to the funeral", "set off for the market"
_PEACEFUL_TRIP = lazy(r"\b(?:charity|parade|marathon|race|tour|holiday|pilgrimage|hike|"
                      r"expedition|ceremony|funeral|wedding|match|training|exercises?|festival|"
                      r"work|school|church|mosque|market|shops|shopping|concert|celebrations?|"
                      r"scene)\b",
                      re.I)
_MOVERS = (lex.PERSONNEL_WORDS - {"police", "officers", "aid", "personnel", "advisers",
                                   "advisors", "envoy", "envoys", "delegation", "delegations",
                                   "volunteers", "men", "weapons", "arms", "convoy", "convoys",
                                   "ships", "planes"}) | {
    "columns", "column", "peacekeepers", "rebels", "insurgents", "gunmen", "jihadists",
    "militiamen"}


# Who is behind an attack told before, in others' words: "involvement in the attack",
# "suspected in the attack", "links to the raid" (a claim of responsibility is the
# attackers' own: the repeats of geo.events.repeats take it)
_BLAMED_FOR = lazy(r"\b(?:involvement|role|complicity|blame|blamed\s+"
                   r"(?:[\w-]+\s+){0,3}?|suspected|implicated|links?|connection|hand)\s+"
                   r"(?:(?:in|for|to|with|behind|of)\s+)(?:the|this|that|these|those|its|"
                   r"their)\s+(?:[\w-]+\s+)?\Z", re.I)
_BLAME_HINTS = ("involv", "role", "complic", "blame", "suspect", "implicat", "link", "connect",
                "hand")


def _may_be_blamed(sentence: str, trig: Trigger) -> bool:
    """A cheap test before :data:`_BLAMED_FOR`: a noun trigger with one of its words before."""
    before = sentence[max(0, trig.start - 60):trig.start].lower()
    return any(h in before for h in _BLAME_HINTS) and not is_verbal(trig.text)


# ... unless the attack's place follows: "responsibility for the attack on the Hayat Hotel"
_PLACE_AFTER = lazy(r"\s+(?:[\w-]+\s+){0,3}?(?:on|in|at|of|for|against|near)\s+(?:the\s+)?"
                    r"[A-Z]")
# The later words of a list of harms in a toll ("injured, kidnapped, and displaced")
_LISTED_HARMS = frozenset(("kidnapped", "abducted", "displaced", "missing", "disappeared"))
_HARM_LISTED = lazy(r"\b(?:injured|wounded|killed|kidnapped|abducted|raped|tortured|"
                    r"displaced),?\s+(?:and\s+|or\s+)?\Z", re.I)
_SUPERLATIVE = lazy(r"\b(?:in|as|was|is|marks?|marked)\s+(?:the|its|their|a)\s+"
                    r"(?:largest|biggest|greatest)\s+"
                    r"(?:[\w-]+\s+)?\Z", re.I)
_NUMBER_OF = lazy(r"\bthe\s+(?:total\s+)?number\s+of\s+[\w-]+\s+(?:that\s+|which\s+)?"
                  r"(?:[\w-]+\s+){0,2}?(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?\Z", re.I)
# An event told before, ranked among others: "making it the deadliest attack since 2015",
# "was one of the worst attacks in years"
_RANK_WORDS = ("deadliest", "worst", "bloodiest", "largest", "biggest", "most ")
_RANKED = lazy(r"\b(?:making\s+(?:it|them|this)|(?:it|this|which)\s+(?:was|is|became|marks?|"
               r"marked|remains?))\s+(?:one\s+of\s+)?(?:the|its|their)\s+(?:single\s+)?"
               r"(?:deadliest|worst|bloodiest|largest|biggest|most\s+\w+)\s+(?:[\w-]+\s+){0,2}\Z",
               re.I)
# Goods raided: looting, no fight ("raided the community's motorbikes and cattle")
_LOOT = lazy(r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:motorbikes|motorcycles|cattle|livestock|"
             r"goats|camels|granaries|food\s+stores)\b")
# A crime's fugitives: "the suspect fled the area", "the driver fled the scene", robbers who
# "crashed their car while fleeing" (not people fleeing fighting, nor gunmen after an attack)
_FUGITIVES = lazy(r"\b(?:suspects?|robbers?|thie(?:f|ves)|burglars?|driver|motorist|shooter|"
                  r"carjackers?|shoplifters?|escapees?|inmates?|prisoners?|fugitives?|"
                  r"offenders?)\b", re.I)
_RAIDERS = lazy(r"\b(?:ambush\w*|raid\w*|gunmen|bandits?|militia\w*|armed\s+men|looted|"
                r"looting)\b")
_CRIME_SCENE = lazy(r"\b(?:the\s+scene|robbery|robbed|burglary|stolen|stole|police\s+(?:chase|"
                    r"pursuit)|crashed|store|shoplifting|evad\w*\s+arrest|felony|"
                    r"ple(?:ad|d)\w*\s+guilty)\b", re.I)


# "moved to dissolve", "moved to block": "to" and a verb, not a place (in lower case: a name
# is capitalised, and a place noun or a determiner follows "to" before a place).
_MOVED_TO_ACT = lazy(
    r"\s+to\s+(?!(?:the|a|an|its|their|his|her|nearby|neighbou?ring|safer|new|other|"
    r"northern|southern|eastern|western|central|north|south|east|west|areas?|positions?|camps?|"
    r"towns?|villages?|cities|city|shelters?|sites?|outskirts|frontline|front|border|"
    r"headquarters|bases?)\b)(?!(?:[a-z-]+\s+){1,2}(?:sites?|camps?|shelters?|areas?|"
    r"settlements?|locations?|neighbou?rhoods?|zones?|schools?|churches|homes|relatives)\b)"
    r"[a-z]+\b")
_UP_WITH = lazy(r"\s+up\s+with\b")
_NAMED_AFTER = lazy(r"\s+(?:the\s+(?:town|city|village|capital|port)\s+of\s+)?")
_KNOWN_AS = lazy(r"\b(?:known|referred\s+to|remembered)\s+as\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}\Z",
                 re.I)
_NAME_NEXT = lazy(r"\s+(?:the\s+)?[A-Z]")
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
# ... and who goes on to a next stop ("while others continued to Diffa")
_CONTINUERS = _REACHERS | frozenset("others rest remainder column columns".split())


# People as what a participle "captured" tells of, with no object after it ("prisoners captured
# during the operation"; not "Rebels captured Bunia")
_CAPTIVES = r"prisoners|hostages|detainees|suspects|civilians|people|men|women|children|members"
_PEOPLE_BEFORE = lazy(rf"\b(?:{_CAPTIVES})\s+(?:(?:later|recently|previously|reportedly|"
                      r"allegedly)\s+)?\Z", re.I)
_NO_OBJECT = lazy(r"\s+(?:during|in|on|at|by|after|last|from|near|when|since|earlier)\b")
# ... or of a passive ("civilians were captured, two dozen people were injured", "Two
# soldiers were captured by rebels"; not "Fighters captured and looted the town")
_PEOPLE_PASSIVE = lazy(rf"\b(?:{_CAPTIVES}|soldiers|troops|fighters|villagers|residents|"
                       r"officers|workers|journalists|farmers|policemen)\s+(?:were|was|had\s+been|"
                       r"have\s+been|has\s+been|being)\s+(?:(?:later|recently|previously|"
                       r"reportedly|allegedly)\s+)?\Z", re.I)
_CARRIED = frozenset(("transported", "transporting", "taken"))
_CARRIED_PEOPLE = lazy(r"\b(?:people|persons|civilians|residents|refugees|families|children|women|"
                       r"evacuees|survivors|migrants|IDPs|villagers|inhabitants|displaced|"
                       r"households|students|pupils|patients|wounded|injured|casualties|"
                       r"hostages|others|most|many|some|thousands|hundreds|dozens|they|"
                       r"them)\b", re.I)
_HOUSE_HARM = lazy(r"\b(?:shoot\w*|shot|kill\w*|torch\w*|loot\w*|abduct\w*|kidnap\w*|"
                   r"rap(?:e|ed|ing)|execut\w*|massacr\w*|slaughter\w*|murder\w*|hack\w*|"
                   r"set(?:ting)?\s+fire|burn\w*\s+(?:down\s+)?(?:the\s+)?(?:homes|houses|huts|"
                   r"villages?|people))\b", re.I)
# Buildings burned, told in the passive: "houses were set on fire", "the market was set
# ablaze", "homes have been torched", "huts were reportedly burned"
_PASSIVE_TAIL = r"\b(?:were|was|been)\s+(?:also\s+|reportedly\s+|partly\s+|completely\s+)*\Z"
_PASSIVE_BURNED = lazy(r"\b(?:houses|homes|huts|shops|market|markets|villages|shelters|tents|"
                       r"vehicles|churches|mosques|schools|buildings|properties|granaries|"
                       r"tukuls)\s+(?:[\w-]+\s+){0,3}?" + _PASSIVE_TAIL, re.I)
_PASSIVE_END = lazy(_PASSIVE_TAIL, re.I)


def told_in_passive(sentence: str, trig: Trigger) -> bool:
    """Whether ``trig`` is a verb told in the passive: "houses were set on fire", "homes
    have been torched", "huts were reportedly burned"."""
    return _PASSIVE_END.search(sentence, max(0, trig.start - 30), trig.start) is not None
_BONFIRE = lazy(r"\b(?:bonfires?|festival|stunt|show|film\w*|lava|bushfires?|wildfires?)\b", re.I)
_RAIDED = lazy(r"\b(?:raid\w*|attack\w*|storm\w*|overr[au]n|stormed|killed|shot|abducted|"
               r"looted|burned|torched)\b", re.I)
_HOUSE_TO_HOUSE = lazy(r"\b(?:house|door|home) to (?:house|door|home)\b", re.I)
_CROSSERS = lazy(r"\b(?:people|civilians|residents|refugees|families|children|women|migrants|"
                 r"IDPs|nationals|asylum[- ]seekers|thousands|hundreds)\b", re.I)
_ARMED_CROSSERS = lazy(r"\b(?:troops|soldiers|forces|fighters|militants|rebels|units|gunmen|"
                       r"insurgents|jihadists|militia\w*)\b", re.I)
_EVERYDAY_CROSSERS = lazy(r"\b(?:shoppers|workers|pilgrims|fans|commuters|tourists|students|"
                          r"traders|visitors|holidaymakers|travellers|travelers|motorists|"
                          r"drivers|smugglers)\b", re.I)
_HOSTILE_BEFORE = lazy(r"\b(?:insurgents|militants|terrorists|rebels|enemy|attackers|gunmen|"
                       r"bandits|fighters|jihadists|kidnappers|assailants|raiders|militia\w*|"
                       r"khwarij|miscreants|intruders|infiltrators)\b", re.I)
_ABSTRACT_SUBJECT = lazy(r"\b(?:normalcy|normality|calm|peace|order|stability|life|power|"
                         r"electricity|water|services|internet|trade|business|traffic|"
                         r"confidence|hope)\s+(?:has\s+|had\s+|have\s+|slowly\s+|gradually\s+|"
                         r"largely\s+|finally\s+)*\Z", re.I)
# (an adjective before its noun, not a verb before its object: "withdrawing their troops",
# "withdrawing all forces", "is withdrawing troops")
_VERB_BEFORE = lazy(r"\b(?:is|are|was|were|been|be|began|begun|begin|started|start|continue[sd]?|"
                    r"to)\s+\Z")
_ARMED_AFTER = lazy(r"\s+(?!(?:their|its|his|her|our|all|some|most|the|remaining|[\d,]+)\s)"
                    r"(?:[\w-]+\s+)?(?:terrorists|militants|insurgents|rebels|fighters|"
                    r"gunmen|jihadists|troops|soldiers|forces|enemy|attackers|assailants|bandits)\b",
                    re.I)
_HISTORY = lazy(r"\b(?:1[0-8]\d\d|19[0-8]\d|in\s+the\s+(?:1[0-9]|20)\d0s|world\s+war|"
                r"after\s+the\s+(?:[\w-]+\s+){0,2}war)\b", re.I)
_PEACEFUL_CAUSE = lazy(r"\b(?:by|for|through|because\s+of|due\s+to)\s+(?:the\s+|mass\s+)?"
                       r"(?:tourism|tourists|emigration|migration|filming|film|gentrification|"
                       r"rents?|storm|flood\w*|drought|heat|jobs)\b", re.I)
_REPEL_ARMED = lazy(r"\b(?:border\s+guards|guards|sabotage|saboteurs|incursions?|"
                    r"infiltrat\w*|drones?|missiles?)\b", re.I)
_PEOPLE_OBJECT = lazy(r"\s+(?:(?:many|most|some|all|part|hundreds|thousands)\s+of\s+)?(?:them|"
                      r"those|the\s+|\d|their\s+|(?:[\w-]+\s+)?(?:refugees|families|residents|"
                      r"civilians|idps|evacuees|people|patients))", re.I)
# The hurt and the dead of a crossfire ("were killed when they were caught in crossfire")
_HURT = lazy(r"\b(?:killed|wounded|injured|hurt|died|dead|shot)\b", re.I)


def plausible(sentence: str, trig: Trigger, names: Sequence[tuple[int, int]] = (),
              previous: str = "") -> bool:
    """Whether ``trig`` is told in its sense of war, not an everyday one of its words.

    Drops the everyday senses of a few words: "hit by protests", "samples were sent", "the
    plan came under fire", "Shares fell back in London"; every other trigger passes.

    Parameters
    ----------
    sentence : str
        The sentence that holds the trigger.
    trig : Trigger
        The trigger, as :func:`~geo.events.triggers.find_triggers` found it.
    names : sequence of (int, int)
        (start, end) of the place names in the sentence (a place as a party: "Russia hit").
    previous : str
        The sentence before (explosions heard after an attack are its).

    Returns
    -------
    bool
        False when the trigger is told in an everyday sense.
    """
    low = trig.text.lower()
    if trig.kind == "movement" and (low in _CARRIED or (
            low in ("moved", "moving") and _PEOPLE_OBJECT.match(sentence, trig.end))):
        # people carried by others in harm's way: "300 residents were transported to Dnipro",
        # "Most were taken to Kharkiv" after shelling, "Authorities moved many of them to
        # Adre" after a flight (not goods, bodies, a case taken to court, a school trip, a
        # council moving families to new housing)
        if low in _CARRIED and _CARRIED_PEOPLE.search(
                sentence, max(0, trig.start - 80), trig.start) is None:
            return False
        return in_danger(previous + " " + sentence[:trig.start] + " " + sentence[trig.end:])
    if trig.kind in ("clash", "strike", "attack") and _may_be_blamed(sentence, trig) and (
            _BLAMED_FOR.search(sentence, max(0, trig.start - 60), trig.start)) and (
            not _PLACE_AFTER.match(sentence, trig.end)):
        return False  # "Iranian involvement is not suspected in the attack": the attack
        # told before, no new one
    if low in _LISTED_HARMS and _HARM_LISTED.search(sentence, max(0, trig.start - 30),
                                                    trig.start):
        return False  # "80 people have been killed, with others injured, kidnapped, and
        # displaced": who was hurt how, in a toll, not events of their own
    if trig.kind in ("strike", "clash", "attack") and any(
            w in sentence for w in _STEP_WORDS) and _STEPPED_UP.search(
            sentence, max(0, trig.start - 40), trig.start) and _RECENTLY.search(sentence) and (
            not _OWN_TIDINGS.search(sentence)):
        return False  # "the military has increased targeted drone operations in northeastern
        # Syria in recent months": a trend, told by those who weigh it, no event of its own
    if low.startswith("deployment") and _SUPERLATIVE.search(
            sentence, max(0, trig.start - 30), trig.start):
        return False  # "in the largest deployment of Iraqi troops since 2003": a measure
    if trig.kind in ("capture", "strike", "clash", "attack") and "number of" in sentence and (
            _NUMBER_OF.search(sentence, max(0, trig.start - 80), trig.start)):
        return False  # "bringing to seven the number of districts the insurgents have
        # overrun since May": a tally of events, none of its own
    if trig.kind in ("strike", "clash", "attack") and any(
            w in sentence for w in _RANK_WORDS) and _RANKED.search(
            sentence, max(0, trig.start - 60), trig.start):
        return False  # "160 people were killed in the massacres, making it the deadliest
        # attack in Burkina Faso since 2015": the event told, ranked, no new one
    if trig.kind in ("strike", "clash", "attack", "riot") and low.startswith("raid") and (
            _LOOT.match(sentence, trig.end)) and "kill" not in sentence:
        return False  # "raided the community's motorbikes and cattle": looting, no fight
    if trig.kind == "interception" and low.startswith(("seiz", "captur")):
        # vessels stopped by a navy, forces or pirates (not a photographer's ships, nor
        # fisheries officers)
        return _AT_SEA_FORCES.search(sentence) is not None
    if low.startswith("escap") and (_CAPTIVITY.search(sentence) or not in_danger(
            previous + " " + sentence) or sentence.endswith("to ", 0, trig.start)
            or _ARMED_CROSSERS.search(sentence, max(0, trig.start - 60), trig.start)
            or _HOSTILE_BEFORE.search(sentence, max(0, trig.start - 60), trig.start)):
        return False  # an escape from fighting, not from a prison, a zoo or a dull life,
        # nor the purpose of a flight told by its own verb ("cross the border ... to escape
        # the fighting"); armed men who escape flee what they did ("The attackers escaped
        # to the border after killing 12 villagers": the killing is the event)
    if low.startswith(("fle", "escap")) and (_FUGITIVES.search(sentence, max(0, trig.start - 60),
                                                    trig.start) or _CRIME_SCENE.search(sentence)):
        # a crime's fugitives, not people fleeing fighting: "the suspect fled the area" (not
        # villagers who fled "after their livestock were stolen in a raid", an ambulance
        # driver as "tanks advanced")
        rest = lower(sentence[:trig.start] + " " + sentence[trig.end:])
        return fighting_men(rest) or ARMOUR.search(rest) is not None or (
            _RAIDERS.search(rest) is not None)
    if trig.kind == "capture" and low.startswith("seiz") and told_in_passive(sentence, trig) and (
            _PROPERTY.search(sentence, max(0, trig.start - 150), trig.start)):
        return False  # "houses, farms and other private property ... have been seized or
        # looted by the SNA": property taken, no ground
    if trig.kind == "movement" and low.startswith(("advance ", "advances ")) and (
            _NOT_FLIGHT.search(sentence, max(0, trig.start - 40), trig.start)):
        return False  # "The storm's advance continued towards Florida" (not "The Russian
        # advance continued against Lysychansk")
    travel = travel_told(sentence, trig, low, previous)
    if travel is not None:
        return travel  # a trip, a departure, a call-up, a speaker's arrival: geo.events.travel
    if trig.kind == "movement" and _JOURNEY.match(low):
        # journeys told by a phrase: forces or armour before it ("the column set off from
        # Anefis", "tanks converged on Tawergha"), or people in flight where the text tells of
        # danger ("families made their way to Adre" after fighting); a trip of officials or
        # a club's is none of these, nor the injured rushed to hospital
        before = sentence[max(0, trig.start - 80):trig.start]
        if _NOT_FLIGHT.search(before) or _NOT_WAR.search(lower(sentence)) or (
                _PEACEFUL_TRIP.search(sentence, trig.end)):
            return False
        if fighting_men(before) or ARMOUR.search(lower(before)) is not None or any(
                w in _MOVERS for w in lower(before).split()):
            return True
        return not low.startswith(("rushed", "mov")) and _CROSSERS.search(
            before) is not None and in_danger(previous + " " + sentence)
    if low == "cross":
        # the present or infinitive of people in flight or forces: "Families cross the border
        # near Dhobley to escape the fighting", "troops began to cross into Ukraine" (not
        # shoppers, pilgrims, fans, or trucks)
        before = sentence[max(0, trig.start - 50):trig.start]
        if _EVERYDAY_CROSSERS.search(before):
            return False
        return _ARMED_CROSSERS.search(before) is not None or (
            _CROSSERS.search(before) is not None and in_danger(previous + " " + sentence)) or (
            people_in_flight(sentence, max(0, trig.start - 50), trig.start, previous))
    if low.startswith(("repel", "repuls")):
        # "Troops repulsed attempts by the militants to enter Diffa", "Border guards repelled
        # an attempt by a sabotage group" (not a board repelling a takeover, a goalkeeper
        # Arsenal's attempts)
        rest = sentence[:trig.start] + " " + sentence[trig.end:]
        return fighting_men(rest) or _HOSTILE_BEFORE.search(rest) is not None or (
            _REPEL_ARMED.search(rest) is not None)
    if low == "engaged" and sentence[max(0, trig.start - 5):trig.start].endswith(
            ("were ", "was ", "been ")):
        # "The insurgents were engaged by our troops" (not consultants engaged by the army)
        return _HOSTILE_BEFORE.search(sentence, max(0, trig.start - 60), trig.start) is not None
    if trig.kind == "displacement" and "settl" in low:
        # the displaced, refugees who settle somewhere (not those who settled in Britain in
        # the 1930s or "after the Second World War")
        return _HISTORY.search(sentence) is None
    if trig.kind == "displacement" and low.startswith("emptied"):
        # a town emptied of its people (not "by mass tourism", by emigration or for a film)
        return _PEACEFUL_CAUSE.search(sentence, trig.end) is None and _HISTORY.search(
            sentence) is None
    if low.startswith(("return", "came back")) and _ABSTRACT_SUBJECT.search(
            sentence, max(0, trig.start - 40), trig.start):
        return False  # "normalcy has returned to the town", "Calm returned to Tripoli"
    if low in ("fleeing", "retreating", "withdrawing") and _ARMED_AFTER.match(
            sentence, trig.end) and not _VERB_BEFORE.search(sentence, max(0, trig.start - 12),
                                                            trig.start):
        return False  # "engaged the fleeing terrorists along the road": who, not a move
    if trig.kind == "riot" and low.startswith(("set ", "torch", "burn", "raz")) and (
            told_in_passive(sentence, trig)):
        if not _PASSIVE_BURNED.search(sentence, max(0, trig.start - 80), trig.start):
            return False  # people "burned to death in a house fire", a cinema "razed"
        # homes burned, told in the passive: by armed men in the sentence, or raiders told
        # just before ("the gunmen moved on to Kajuru, where houses were set on fire",
        # "Bandits raided Kajuru. Several homes were set on fire"), not by a wildfire, a gas
        # blast, lightning or a bonfire, nor near soldiers on parade
        rest = sentence[:trig.start] + " " + sentence[trig.end:]
        return _ACCIDENT.search(lower(rest)) is None and _BONFIRE.search(rest) is None and (
            fighting_men(rest) or (fighting_men(previous) and _RAIDED.search(previous)
                                   is not None))
    if low.startswith(("shooting", "killing", "burning")) and _HOUSE_TO_HOUSE.search(
            sentence, max(0, trig.start - 80), trig.start):
        return False  # the raid's own harm: "gunmen going from house to house in El Geneina
        # and shooting men and boys" is one attack
    if low.endswith(("to house", "to door", "to home")):
        # "Gunmen went from house to house in Kajuru, shooting residents" (not canvassers
        # going door to door, nor troops "rounding up chickens" in a bird flu cull)
        return fighting_men(sentence) and _HOUSE_HARM.search(sentence) is not None
    if low.startswith(("crossfire", "cross-fire")):  # people hurt in it, or arms told
        return _HURT.search(sentence) is not None or violent_context(sentence, trig)
    if trig.kind == "capture" and low == "captured" and ((_PEOPLE_BEFORE.search(
            sentence, max(0, trig.start - 40), trig.start) and _NO_OBJECT.match(
            sentence, trig.end)) or _PEOPLE_PASSIVE.search(
            sentence, max(0, trig.start - 40), trig.start)):
        return False  # "44 prisoners captured during the operation died in a cell in
        # N'Djamena", "civilians were captured": people taken, no ground
    if low.startswith(("gunn", "lynch")):
        # "Gunmen gunned down 12 worshippers", "militants lynched two men": armed men told in
        # the sentence (not a man who "gunned down his girlfriend", nor officers "gunned down"
        # by a parolee: crime news)
        return fighting_men(sentence[:trig.start] + " " + sentence[trig.end:])
    if low.endswith(" control") and low.startswith(("in ", "now in ")):
        # "Tigrayan forces say they are in full control of Mekelle", not a driver in full
        # control of a race, a party of a state, nor "the fire brigade is in full control of
        # the blaze" (a brigade, but of a fire)
        rest = sentence[:trig.start] + " " + sentence[trig.end:]
        return fighting_men(rest) and _NOT_WAR.search(lower(rest)) is None
    if low.startswith("under "):  # "troops came under fire", not "the plan came under fire"
        return (_UNDER_FIRE.search(sentence, max(0, trig.start - 80), trig.start) is not None
                or _THEY_UNDER_FIRE.search(sentence, 0, trig.start) is not None
                or _named_subject(sentence, trig, names)) and not _BLAMED.match(sentence, trig.end)
    if trig.kind == "attack" and low.startswith(("seiz", "captur")):
        # people seized by armed men ("Boko Haram fighters seized 276 schoolgirls"), not an
        # arrest or a photograph ("Police captured 12 men", "The camera captured children")
        return violent_context(sentence, trig)
    if low in ("surrendered", "surrendering"):  # "the base at Kidal surrendered", not "the
        # suspect surrendered"; "with the majority of troops surrendering near Pakrac"
        return _GARRISON_BEFORE.search(sentence, max(0, trig.start - 80), trig.start) is not None \
            or (low == "surrendering" and fighting_men(sentence[max(0, trig.start - 40):trig.start])
                and _FUGITIVES.search(sentence) is None)
    if trig.kind == "movement" and low.endswith(("position", "positions")):
        # "Tajik servicemen took up positions near X", not "the firm took up positions in bonds"
        return _COMBAT.search(lower(sentence)) is not None or _SERVICEMEN.search(
            sentence) is not None
    if low.startswith("operation") and trig.kind == "movement":
        # "launched Operation X towards Sirte", not "a rescue operation towards the coast", "a
        # charity operation", "Operation Toybox ... to deliver gifts"
        return _COMBAT.search(lower(sentence)) is not None and _NOT_WAR.search(
            lower(sentence)) is None and _PEACEFUL_OPERATION.search(sentence) is None
    if low.startswith("clear") and _COURT.search(lower(sentence)):
        return False  # "A military court in Kabul cleared four of the troops accused"
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
            low.startswith(_ARMS_BEFORE[1:]) and ARMOUR.search(near) is not None) or (
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
                or COUNTED.search(sentence, max(0, trig.start - 12), trig.start)
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
    if trig.kind == "clash" and low.startswith(("beat", "drove", "fought", "fighting")) and (
            low.endswith((" back", " off"))):
        # "troops beat back Russian units near Bakhmut"; not "the club fought off a takeover"
        return fighting_men(sentence[:trig.start] + " " + sentence[trig.end:])
    if trig.kind == "clash" and low.endswith(" back") and not _FORCES_PUSHED.search(
            sentence, max(0, trig.start - 120), trig.start):
        return False  # "the talks were pushed back to Monday": forces are pushed back
    if trig.kind == "clash" and low.startswith("rout"):
        # "the rebels routed the army", "the army was routed"; not calls routed via London
        return fighting_men(sentence[:trig.start] + " " + sentence[trig.end:])
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
    if trig.kind == "movement" and low.startswith(("moved to ", "moves to ", "moving to ")):
        # "Daud's forces moved to besiege Kunduz": forces, not a council moving to seize
        # assets
        return fighting_men(sentence[max(0, trig.start - 80):trig.start])
    if low.endswith("to surrender"):
        # a garrison gives up the ground (not a suspect who "agreed to surrender" to police)
        return fighting_men(sentence[:trig.start]) and _FUGITIVES.search(sentence) is None
    if low == "fall of":
        # a town's fall: a place named right after, in a story of arms ("After the fall of
        # Mazar-i-Sharif on November 9"; not the fall of the share price, of a government,
        # nor of Constantinople in a history)
        at = _NAMED_AFTER.match(sentence, trig.end)
        return at is not None and any(a == at.end() for a, _ in names) and (
            _HISTORY.search(sentence) is None) and speaks_of_arms(
            previous + " " + sentence[:trig.start] + " " + sentence[trig.end:])
    if " as " in sentence and _KNOWN_AS.search(sentence, max(0, trig.start - 60), trig.start):
        return False  # "The deaths have become known as the Dasht-i-Leili massacre": a name
    if trig.kind == "meeting" and low == "met" and _UP_WITH.match(sentence, trig.end):
        # "troops met up with Ugandan forces": a link-up, no talks
        return False
    if trig.kind == "movement" and low.startswith(("continu", "carr", "press")) and low.endswith(
            ("to", "toward", "towards")):
        # a name right after: "others continued to Diffa" (not "prices continued to rise in
        # Lagos", "continued to \"experience delusions\""), and people or forces on the move
        # (not "the expansion continued to Brazil")
        near = set(WORD.findall(sentence[max(0, trig.start - 60):trig.start].lower()))
        return _NAME_NEXT.match(sentence, trig.end) is not None and not (
            _CONTINUERS.isdisjoint(near))
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
