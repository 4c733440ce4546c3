"""How each place mention in a sentence is attached: preposition, list, qualifier, actor.

The first half of the events stage's place roles: :func:`place_slots` describes every
mention of a sentence as a :class:`Slot`; :mod:`geo.events.roles` picks a trigger's places
from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from geo.events.lexicon import (
    ACTOR_SUFFIXES,
    BACKING,
    COUNTRY_MODIFIED_NOUNS,
    MODIFIED_NOUNS,
    MONTH,
    OF_PHRASES,
    PLACE_NOUNS,
    PREPOSITIONS,
    WEEKDAY,
)
from geo.events.triggers import PLACE_ENDS
from geo.lazy_regex import lazy
from geo.models import Resolution
from geo.places.normalize import normalize_name
from geo.prefilter import lookahead

__all__ = ["ANY_PREP", "FACILITY", "Slot", "as_actor", "backs", "is_country", "place_slots"]


@dataclass(frozen=True, slots=True)
class Slot:
    """One place mention seen from its sentence (offsets are sentence-relative)."""

    res: Resolution
    start: int
    end: int
    prep: str | None
    """Role class of the governing preposition: from, to, via, in, near, actor, or None."""
    prep_start: int
    """Where that preposition starts (``start`` when there is none)."""
    head: int | None = None
    """Index of the slot this one qualifies ("near Abu Kamal" after "Al-Qa'im")."""
    coord: int | None = None
    """Index of the slot this one is listed with ("Idlib and Hama")."""


_SINGLE = sorted(PREPOSITIONS, key=len, reverse=True)
_PREP_WORDS = "|".join(re.escape(p) for p in _SINGLE)
_OF_WORDS = "|".join(re.escape(w) for w in sorted(OF_PHRASES, key=len, reverse=True))
ANY_PREP = rf"(?:(?:{_OF_WORDS})(?:\s+and\s+[a-z-]+)?\s+of|{_PREP_WORDS})"
# The last preposition before a name, across at most five lower-case words or demonyms ("in
# the besieged northern city of", "in the Israeli city of"); a filler word may not itself be
# a preposition.
# (the preposition's first letters in a lookahead: a word that starts no preposition fails
# there, before the case-insensitive branches are tried; the same matches, see geo.prefilter)
_PREP_AHEAD = lookahead(ANY_PREP, 3, re.IGNORECASE) or ""
_PREP_BEFORE = re.compile(
    rf"\b{_PREP_AHEAD}(?P<prep>(?i:{ANY_PREP}))\s+(?:(?!(?:{ANY_PREP})\b)(?:[a-z0-9][\w'’-]*|"
    rf"[A-Z][a-z]+(?:i|ian|an|ese|ish)|[A-Z][\w-]*['’]s|"
    # a district the gazetteer lacks: "in Barmal district of Paktika province"
    r"[A-Z][\w'’-]*(?=\s+(?:district|sub-?district|county|tehsil|municipality|commune)\s+of\s))"
    r"\s+){0,6}"
    r"(?:(?:capital|city|town|port),\s+)?$"  # "in the Libyan capital, Tripoli": apposition
)
# What may follow "to" before a name: nothing, an article, or an adjective ("to neighbouring
# Uganda", "to war-torn Sudan"); any other word is a verb ("to modernize the North ...").
_AFTER_TO = re.compile(
    r"\s+(?:$|(?:the|a|an|its|their|his|her|this|that|central|nearby|neighbou?ring|besieged|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|[a-z]+-[\w-]+|[a-z]+ed|[a-z]+ing)\b)")
_AREA = (
    r"(?:provinces?|regions?|districts?|governorates?|states?|oblasts?|count(?:y|ies)|areas?"
    r"|villages?|towns?|city|cities|camps?|settlements?|hamlets?|neighbou?rhoods?|departments?"
    r"|territory|territories)"
)
_DIRS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
# Gap between two names that makes the second a qualifier of the first.
_QUALIFIER = re.compile(
    rf"\s*(?:{_AREA}\s*)?,?\s*(?:(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+){{0,3}}?)?"
    rf"(?:(?:located|situated|lying|about|some|around|roughly|just|\d+\s*(?:km|kilometers|kilometres|"
    rf"miles)|[a-z]+\s+(?:km|kilometers|kilometres|miles)|\(\s*\d[\d.,]*\s*(?:km|miles)\s*\))\s+)*"
    rf"(?:(?:to\s+the\s+)?{_DIRS}(?:\s+and\s+{_DIRS})?\s+of|near|outside(?:\s+of)?|close\s+to|not\s+far\s+from"
    rf"|on\s+the\s+outskirts\s+of|in(?:\s+the\s+{_DIRS})?)\s+(?:the\s+)?"
    rf"(?:(?:{_DIRS}|central|rural)\s+)?(?:(?:city|town|village|province|region|state|district|"
    rf"governorate|oblast|country|department|county|prefecture|commune|municipality|territory)"
    rf"\s+of\s+)?"
)
_LIST = re.compile(
    rf"\s*(?:{_AREA}\s*)?(?:,\s*(?:and|or)?|and|or|&|,?\s*as\s+well\s+as|,?\s*including"
    rf"(?:\s+(?:most|much|parts?|all)\s+of)?)\s+(?:the\s+)?"
    rf"(?:(?:{_DIRS}|central)\s+)?(?:(?:city|town|village|province|region|district)\s+of\s+)?"
)
# (with a side of the country between: "the city of Kirkuk, northern Iraq")
_COMMA_ONLY = re.compile(r"\s*,\s*(?:(?:north|south|east|west|central|north-?east|north-?west|"
                         r"south-?east|south-?west)(?:ern)?\s+)?")
# ... a place the gazetteer lacks, then the district it is in: "in Tourou, Mokolo
# arrondissement", "the Lala site ..., Djugu territory"
_ADMIN_WORDS = (r"arrondissement|district|territory|province|county|region|department|state|"
                r"governorate|prefecture|commune|municipality|chiefdom|division|sub-county|"
                r"woreda|oblast|local\s+government\s+area")
_ADMIN_AFTER = lazy(rf"\s+(?:{_ADMIN_WORDS}|LGA)\b")
# ... or ending the name itself, as the gazetteer writes it ("Yagha Province")
_ADMIN_END = lazy(rf"\s(?i:{_ADMIN_WORDS})\Z")
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")
_AFTER = re.compile(
    r"(?P<poss>['’]s?\s+(?P<noun>[A-Za-z]+))|-(?P<suffix>[a-z]+)|\s+(?P<modified>[a-z]+)\b"
)
_ORG_HEADS = frozenset(
    """Ministry Observatory Army Forces Force Guard Guards Police Government Times Post News
    Health Red Institute University Council Committee Authority Front Movement Brigade
    Brigades Corps Media Agency Press Television TV Radio Foundation Network Party
    Liberation Defence Defense Command Office Service Monitor Rifles Rangers Regiment
    Battalion Infantry Scouts Constabulary Militia Battalions Brigades Regiments
    Regiment""".split()
)


# The last word of a facility's name, with a qualifier before it ("Kabul International
# Airport", "Adré Border Crossing"); unlisted.unlisted places one named after a town there.
FACILITY = lazy(r"\b(?:(?:International|Naval|Refugee|Border)\s+)?(?:Airport|Air\s+Base|"
                r"Airbase|Airfield|Base|Barracks|Camp|Crossing|Bridge|Dam|Port|Works|"
                r"Plant|Factory|Mill|Refinery)$")


def _is_container(inner: Resolution, outer: Resolution) -> bool:
    a, b = inner.place, outer.place
    if a is None and b is not None and (b.kind in ("country", "admin1") or (
            b.kind == "city" and FACILITY.search(inner.mention.text))):
        # "Al Udeid Air Base, Qatar", "X International Airport, Kabul": a name the gazetteer
        # lacks, and where it is
        return True
    if a is None or b is None or not b.is_area or a.country_code != b.country_code:
        return False
    if b.kind == "country":
        return a.kind != "country"
    return bool(a.admin1) and normalize_name(a.admin1) == normalize_name(b.name)


_IN_GAP = lazy(r"\s*,?\s*in\s+(?:the\s+)?")


def _inside_smaller(outer: Resolution, inner: Resolution, gap: str) -> bool:
    """"the governor of North Darfur in Port Sudan": an area is not "in" a city, so the
    city is no qualifier of it (it says where something else happened)."""
    a, b = outer.place, inner.place
    return (_IN_GAP.fullmatch(gap) is not None and a is not None and b is not None
            and a.is_area and not b.is_area)


# A match of _PREP_BEFORE spans at most this many words (a preposition such as "north and
# east of", six more and an apposition's "capital,"): the search starts among the last ones,
# as no match starts before.
_PREP_REACH = max(max(len(p.split()) for p in PREPOSITIONS),
                  max(len(w.split()) for w in OF_PHRASES) + 3) + 6 + 1


# "from the transit centre in Renk", "to camps on the outskirts of Baidoa": a direction
# governs a shelter or crossing, and the name says where that is.
_SITE_DIRECTION = re.compile(
    r"\b(?P<dir>from|out\s+of|to|into|towards?)\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:camps?|cent(?:re|er)s?|settlements?|sites?|shelters?|"
    r"crossings?|border\s+points?)\s+(?:(?:on|in|at)\s+the\s+)?\Z", re.I)


# "to run Crossroads Correctional Center": after "to", a lowercase word before a name is a
# verb taking the site as its object, unless _AFTER_TO makes it a determiner or an adjective
# ("to transit centres", "to nearby Zamzam camp" stay directions).
_VERB_OBJECT = lazy(r"\s+[a-z]+\s+[A-Z]")


# "fled fighting in Middle Shabelle", "fleeing violence in El Geneina": where the violence
# was is where people fled from.
_FLED_VIOLENCE = lazy(
    r"\bfle(?:d|e|es|eing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:fighting|violence|clashes|"
    r"attacks|bombardments?|shelling|hostilities|insecurity|conflict|war|air\s*strikes)\s+\Z",
    re.I)


# Names the places stage did not list, joined to the next one: "to Ogossagou and " (one to
# three capitalised words each, at most four of them)
_NAME = rf"(?!{MONTH}\b|{WEEKDAY}\b)[A-Z][\w’'-]*"
_UNLISTED_BEFORE = lazy(rf"(?<=\s)(?:{_NAME}(?:\s+{_NAME}){{0,2}}\s*,\s+){{0,3}}"
                        rf"{_NAME}(?:\s+{_NAME}){{0,2}},?\s+(?:and|or)\s+\Z")
# ... right after a preposition of place
_LIST_PREP = lazy(r"\b(?:to|into|towards?|in|at|near|from|through|across|around|outside)\s+"
                  r"(?:the\s+)?\Z", re.I)


def _prep_of(before: str) -> tuple[str | None, int]:
    words = before.rsplit(None, _PREP_REACH)
    match = _PREP_BEFORE.search(before, len(words[0]) if len(words) > _PREP_REACH else 0)
    if match is None:
        return None, len(before)
    word = " ".join(match.group("prep").lower().split())
    if word == "to" and not _AFTER_TO.match(before, match.end("prep")):
        return None, len(before)  # "to modernize the North American ...": a verb, not a place
    if word.endswith(" of") and word not in PREPOSITIONS:
        cls = OF_PHRASES.get(word.split()[0], "in")
    else:
        cls = PREPOSITIONS.get(word)
    if cls in ("in", "near"):
        site = _SITE_DIRECTION.search(before, max(0, match.start() - 80), match.start())
        if site is not None and not (
                site.group("dir").lower() == "to" and _VERB_OBJECT.match(before, site.end("dir"))
                and not _AFTER_TO.match(before, site.end("dir"))):
            return PREPOSITIONS[" ".join(site.group("dir").lower().split())], site.start()
        lo = max(0, match.start() - 60)
        # ("fle" has no letter that re.IGNORECASE folds specially: the test is exact)
        if "fle" in before[lo:match.start()].lower() and _FLED_VIOLENCE.search(
                before, lo, match.start()):
            return "from", match.start()  # "fled fighting in Middle Shabelle"
    return cls, match.start()


_PAIR = re.compile(r"[-–—][A-Z][\w’'-]*\s+(?:border|frontier|boundary|crossing|barrier|fence|"
                   r"front|line|corridor|talks|war|conflict)\b")


_ACTOR_OPENERS = ("'", "’", "-", "–", "—")  # what as_actor's patterns open with, or a space
_AREA_NOUN = (r"(?:province|region|state|oblast|district|governorate|county|department|"
              r"prefecture|territory)")
# "Chad's Moyen-Chari province", "Pakistan's southwestern Balochistan province", "India's
# northeastern state of Manipur": the owner names the country of an area, lowercase words
# ("restive northern") between them.
_OWNS_AREA = re.compile(rf"['’]s?\s+(?:[a-z][\w-]*\s+){{0,2}}(?:(?:[A-Z][\w’'-]*\s+){{1,3}}"
                        rf"{_AREA_NOUN}\b|{_AREA_NOUN}\s+of\s+[A-Z])")
_OWNED_GAP = re.compile(rf"['’]s?\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_AREA_NOUN}\s+of\s+)?")
# ... and a town named with its kind after the area it is in: "the southern Gaza city of
# Rafah", "the Central African Republic's capital Bangui", "the Libyan port city of Misrata"
# (a second place listed is not inside the first: "struck Idlib city and the town of Sarmada")
_SETTLEMENT_GAP = re.compile(r"(?:['’]s?)?\s+(?:(?!(?:and|or|but|while|then|as)\s)[a-z][\w-]*\s+)"
                             r"{0,2}(?:city|town|village|capital|port|hub)\s+(?:of\s+)?")
# (the kind may be read with the area's name already: "Gaza city" + " of Rafah")
_SETTLEMENT_END = lazy(r"\s(?:city|town|village|capital|port)$", re.I)
_COORDINATED = re.compile(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){1,2}(?P<noun>[a-z]+)\b")
_OWNS_TARGET = re.compile(
    r"['’]s?\s+(?:(?:energy|power|electricity|civilian|critical|military|port|rail|transport|"
    r"water|oil|gas|fuel)\s+)?(?:infrastructure|grid|facilities|installations|plants|"
    r"refineries|depots|airfields|ports)\b")
_BACKS = re.compile(rf"\b(?:{BACKING}|[a-z]+(?:ed|en|wn)\s+by\s+)(?:the\s+)?"
                    r"(?:government\s+of\s+)?$")
_BACKS_ENDS = ("by", "with", "to", "the", "of")


def backs(text: str, start: int) -> bool:
    """True when the name at ``start`` follows "backed by", "allied with", "loyal to", or
    the "by" of a passive ("drones launched by Russia").

    Parameters
    ----------
    text : the text the name is in.
    start : where the name starts.

    Returns
    -------
    bool : the name is an agent or a backer of an actor ("M23 rebels backed by Rwanda"), not
    a place of the story.
    """
    lo = max(0, start - 40)  # a match ends in one of _BACKS_ENDS and white space
    return text[lo:start].rstrip().endswith(_BACKS_ENDS) and _BACKS.search(
        text, lo, start) is not None


# A name written as an abbreviation, as the mention finder reads one (capitals, perhaps
# dotted: "US", "U.S.", "UAE", "DRC"), of at most four letters
_SHORT_FORM = re.compile(r"(?<![\w.])[A-Z](?:\.?[A-Z]){1,3}\.?\Z")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
# (what follows such a short form when it names the state, in lower case)
_STATE_NOUNS = MODIFIED_NOUNS | COUNTRY_MODIFIED_NOUNS | frozenset(
    """evacuation evacuations operation operations strike strikes airstrike airstrikes raid
    raids mission missions campaign support aid assistance staff service sailors aircraft
    warship destroyer destroyers drone drones administration sanctions navy army marine
    marines commanders commander command""".split())
# ... or in capitals, a body of the state (not "crossed into the U.S. Border agents said",
# "the US Capitol"): "U.S. Africa Command", "the U.S. Embassy", "U.S. Marine Embassy guards"
_STATE_BODY = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Embassy|Embassies|Consulate|Army|Navy|Air\s+Force|Marines?|"
    r"Command|Forces|Department|Government|Administration|President|Secretary|Ambassador|"
    r"Congress|Senate|Mission|Agency|Coast\s+Guard|Military|National\s+Guard|Special\s+"
    r"(?:Forces|Envoy|Representative)|Treasury|Envoy|Defen[cs]e|State\s+Department|"
    r"Officials?|Troops|Soldiers|Diplomats?|Intelligence|Navy\s+SEALs?)\b")


# A country named as its state: "the governments of Djibouti, Ethiopia and Saudi Arabia"
_GOVERNMENT_OF = lazy(r"\b(?:governments|leaders|presidents)\s+of\s+"
                      r"(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:,\s*(?:and\s+)?|"
                      r"\s+and\s+))*\Z")


# Names of units listed: "the Azov and Dnipro Battalions" (not Myanmar's "Sagaing and Magway
# Divisions", regions)
_UNITS_AFTER = re.compile(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){1,2}(?:Battalions|Brigades|Regiments|"
                          r"Forces|Armies|Militias)\b")


def as_actor(sentence: str, end: int, country: bool = False) -> bool:
    """True when the name is used as an actor: "Iran's minister", "U.S.-backed", "Gaza Health"
    (and, for a ``country``, "the US consulate", "UK intelligence")."""
    after = sentence[end:end + 1]
    if not after.isspace() and after not in _ACTOR_OPENERS:
        return False  # every test below starts with white space or one of these
    if after == " " and _SHORT_FORM.search(sentence, max(0, end - 8), end) and (
            nxt := _NEXT_WORD.match(sentence, end)) is not None:
        # "U.S. Africa Command", "the U.S. Embassy in Khartoum", "the U.S. evacuation
        # operation", "US Marines", "the UAE Embassy": a country's short form names its
        # state and its forces (not "U.S. soil", "UK cities")
        if nxt.group(1) in _STATE_NOUNS or _STATE_BODY.match(sentence, end):
            return True
    if after in "'’" and (_OWNS_AREA.match(sentence, end) or _OWNS_TARGET.match(sentence, end)):
        return False  # "Chad's Moyen-Chari province", "Russia's Kursk region": a place;
        # "an attack on Ukraine's energy infrastructure": a target in it
    coordinated = _COORDINATED.match(sentence, end)
    if coordinated is not None and coordinated.group("noun") in MODIFIED_NOUNS:
        return True  # "attacks against U.S. and Coalition personnel": both modify the noun
    if after == " " and " and " in sentence[end:end + 6] and _UNITS_AFTER.match(sentence, end):
        return True  # "the Azov and Dnipro Battalions": names of units
    match = _AFTER.match(sentence, end)
    if match is not None:
        if match.group("suffix"):
            return match.group("suffix") in ACTOR_SUFFIXES
        if match.group("modified"):
            return match.group("modified") in MODIFIED_NOUNS or (
                country and match.group("modified") in COUNTRY_MODIFIED_NOUNS)
        return match.group("noun").lower() not in PLACE_NOUNS
    if _PAIR.match(sentence, end):
        return True  # "the Ukraine-Moldova border", "the Gaza–Israel barrier": a modifier
    nxt = sentence[end:end + 20].split()
    return bool(nxt) and nxt[0].strip(",.;:") in _ORG_HEADS and sentence[end:end + 1] == " "


# "between" names sides ("talks between Chad and Sudan", "fighting between the army and the
# RSF"), but between two towns it says where: "on the road between Goma and Sake".
_BETWEEN = lazy(r"between\b", re.I)


def is_country(res: Resolution) -> bool:
    """True for a country or a region, and for a name with no place (it may be either)."""
    return res.place is None or res.place.kind in ("country", "region")


def place_slots(
    sentence: str, offset: int, resolutions: list[Resolution], skip: list[tuple[int, int]]
) -> list[Slot]:
    """Describe every place mention of one sentence.

    Parameters
    ----------
    sentence : the sentence text.
    offset : where it starts in the article (mentions carry article offsets).
    resolutions : the mentions inside this sentence, in text order.
    skip : sentence-relative spans (source attributions) whose mentions are not event places.
    """
    slots: list[Slot] = []
    for res in resolutions:
        start, end = res.mention.extends or (res.mention.start, res.mention.end)
        start, end = start - offset, end - offset
        if any(a <= start < b for a, b in skip):
            continue
        prev = slots[-1] if slots else None
        bound = prev.end if prev is not None else 0
        gap = sentence[bound:start]
        head = coord = None
        if prev is not None and len(gap) <= 60:
            root = prev.head if prev.head is not None else len(slots) - 1
            admin = res.place is not None and (
                _ADMIN_AFTER.match(sentence, res.mention.end - offset) is not None
                or _ADMIN_END.search(res.mention.text) is not None)
            if admin and prev.coord is not None and _COMMA_ONLY.fullmatch(gap):
                # a province after a list holds the list ("the villages of Seytenga and
                # Bouloye, Seno Province"): it qualifies the list's first name
                head = prev.coord
            elif (_QUALIFIER.fullmatch(gap) and not _LIST.fullmatch(gap)
                    and not _inside_smaller(slots[root].res, res, gap)) or (
                _COMMA_ONLY.fullmatch(gap) and (_is_container(slots[root].res, res) or (
                    # (the kind word may be read into the mention, or be the gazetteer's:
                    # "Solhan, Yagha Province, Burkina Faso")
                    slots[root].res.place is None and admin))
            ):
                head = root
            elif _LIST.fullmatch(gap):
                base = slots[root]
                coord = base.coord if base.coord is not None else root
        prep, prep_start = _prep_of(gap)
        unlisted = _UNLISTED_BEFORE.search(gap) if prep is None and gap.endswith(
            ("and ", "or ")) else None
        if unlisted is not None and _LIST_PREP.search(gap, 0, unlisted.start()) is not None and (
                PLACE_ENDS.match(sentence, end) is not None):
            # the last of a list whose first names the gazetteer lacks: "travelled to
            # Ogossagou and Bankass" (the list's preposition governs it; the place ends the
            # list as triggers' places taken do: not "The pass went to Mbappe and Paris
            # scored")
            prep, prep_start = _prep_of(gap[:unlisted.start()])
        prep_start += bound
        if prev is not None and prep is None and (_POSSESSIVE_GAP.fullmatch(gap) or (
                _OWNED_GAP.fullmatch(gap) and _OWNS_AREA.match(sentence, prev.end))
                or _SETTLEMENT_GAP.fullmatch(gap) or (
                    gap.strip() == "of" and _SETTLEMENT_END.search(sentence, prev.start,
                                                                   prev.end))):
            # "into Russia's Kursk Oblast": the owner's preposition governs the place, and the
            # owner only qualifies it
            before = sentence[slots[-2].end if len(slots) > 1 else 0:prev.start]
            prep, prep_start = _prep_of(before)
            prep_start += slots[-2].end if len(slots) > 1 else 0
            if prev.head is None and prev.coord is None:
                slots[-1] = replace(prev, head=len(slots))
        if as_actor(sentence, end, res.place is not None and res.place.kind == "country") or (
                is_country(res) and "s of " in sentence and _GOVERNMENT_OF.search(
                    sentence, max(0, start - 80), start)):
            prep = "actor"  # (and "thanked the governments of Djibouti and Jordan")
        elif prep == "actor" and _BETWEEN.match(sentence, prep_start) and not is_country(res):
            prep = "near"  # "a convoy ambushed between Kaya and Dori": where, not who
        slots.append(Slot(res, start, end, prep, prep_start, head, coord))
    return slots
