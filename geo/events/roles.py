"""Which places a trigger is about: location, origin and destination, from its sentence's slots."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.events.arms import POST_LEFT
from geo.events.slots import ANY_PREP, Slot, is_country, place_slots
from geo.lazy_regex import lazy
from geo.models import Resolution

__all__ = ["Roles", "Slot", "assign_roles", "place_slots"]


@dataclass(frozen=True, slots=True)
class Roles:
    """The places one trigger is about, and how they were found."""

    location: Slot | None
    origin: Slot | None = None
    destination: Slot | None = None
    how: str = "prep"
    """prep | object | passive | before | shared"""


# Preposition class -> role, per kind of event ("obj" = the direct object of the trigger verb).
_MOVE = {"from": "origin", "to": "destination", "via": "via", "in": "destination",
         "near": "destination", "obj": "destination"}
_DISPLACE = {"from": "origin", "to": "destination", "via": "via", "in": "location",
             "near": "location", "obj": "origin"}
_INTERCEPT = {"from": "origin", "to": "destination", "in": "location", "near": "location",
              "obj": "location"}
_OTHER = {"from": "origin", "to": "location", "in": "location", "near": "location",
          "via": "location",
          "obj": "location"}
# Violence against people happens where they were taken from ("abducted 20 students from a
# school in Kuriga").
_ATTACK = {**_OTHER, "from": "location"}
_ROLE_MAPS = {"movement": _MOVE, "displacement": _DISPLACE, "interception": _INTERCEPT,
              "attack": _ATTACK}
_ARRIVE = ("arriv", "land", "reach")
_LEAVE = ("fle", "left", "leav", "abandon", "evacuat", "depart")
# "fled Tawila for El Fasher", "left Khartoum for Port Sudan": "for" names the destination.
_FOR_DESTINATION = lazy(r"(?:fle[de]|flees|fleeing|left|leave|leaving|head\w*|set off|"
                        r"depart\w*)\b", re.I)
# "a column left Kidal and moved to Aguelhok": the place left before "and" and the verb.
_LEFT_AND = lazy(r"\s+and\s+(?:then\s+)?")
_LEFT_BEFORE = lazy(r"\b(?:left|departed|abandoned|quit|evacuated)\s+(?:the\s+(?:town|city|"
                    r"village|base|camp)\s+of\s+)?\Z")
_OBJECT = lazy(r"\s+(?:(?!(?:" + ANY_PREP + r")\b)[A-Za-z0-9][\w'’-]*\s+){0,4}")
# ... or a town named after its kind: "took control of the border village of Tanusevci",
# "left the last rebel-held pocket of east Aleppo"
_TOWN_OF = lazy(r"\s+(?:[\w-]+\s+)?(?:of\s+)?the\s+(?:[A-Za-z][\w-]*\s+){0,3}?"
                r"(?:town|village|city|settlement|locality|hamlet|district|pocket|enclave)\s+"
                r"of\s+(?:(?:east|west|north|south)(?:ern)?\s+)?")
_WORD = re.compile(r"[\w’'-]+")
# A person or body known by a place's name: "the governor of Ituri", "a delegation from Kabul"
_TITLE_OF = lazy(r"\b(?:governor|president|mayor|minister|premier|king|emir|leader|"
                 r"commander|chief|head|envoy|ambassador|representatives?|delegation|"
                 r"officials|authorities|elders|leaders|counterparts?)\s+(?:of|from)\s+"
                 r"(?:the\s+)?\Z", re.I)
# ... and a name before the title: "met Norte de Santander governor William Villamizar",
# "met Borno State Governor Babagana Zulum", "Kherson officials"
_TITLE_AFTER = re.compile(r"\s+(?:(?:state|province|provincial|regional|region|oblast|county|"
                          r"district|city|municipal)\s+)?(?:governor|president|mayor|minister|"
                          r"premier|leader|commander|chief|envoy|ambassador|representatives?|"
                          r"delegation|officials|authorities|elders|leaders|counterparts?)\b",
                          re.I)
# ... and a person's name after a title: "met Paris mayor Anne Hidalgo"
_TITLE_NAMED = re.compile(r"\b(?:governor|president|mayor|minister|premier|king|emir|leader|"
                          r"commander|chief|envoy|ambassador)\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}\Z",
                          re.I)
# A word after a name that is no preposition or conjunction: the name qualifies it.
_ATTRIBUTIVE = lazy(r"\s+(?!(?:" + ANY_PREP + r"|and|or|after|before|during|since|until)"
                    r"\b)[A-Za-z0-9]")
# A person before "from X": X is where the person comes from ("a labourer from Bihar").
_PERSON_FROM = lazy(
    r"\b(?:labou?rers?|workers?|traders?|merchants?|man|men|woman|women|boy|girl|residents?|"
    r"natives?|pilgrims?|tourists?|students?|farmers?|herders?|drivers?|civilians?|"
    r"villagers?|family|families|migrants?|nationals?|citizens?)\s+\Z", re.I)
_BREAK_BEFORE = lazy(r"[,;:()]|\b(?:after|before|while|when|because|since|as|but)\b")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def assign_roles(
    kind: str, sentence: str, slots: list[Slot], span: tuple[int, int],
    bounds: tuple[int, int, int],
    *, passive: bool = False, subject_end: int | None = None, sends: bool = False,
    nominal: bool = False,
) -> list[Roles]:
    """Pick the places of one trigger: one Roles per listed place of its main role.

    Parameters
    ----------
    kind : event kind of the trigger.
    sentence : the sentence text; ``span`` is the trigger's (start, end) in it.
    slots : from :func:`place_slots`.
    bounds : (lower, upper, far) sentence offsets the trigger may take places from: the end
        of the previous trigger or clause, the start of the next one (or eight words on), and
        a farther end for the "from/to/through" places of movements and displacements.
    passive : the trigger is a passive verb ("was seized"): its subject is the place.
    subject_end : where the subject of a passive trigger ends, if known: the start of its
        verb phrase ("was the target of an attack"), or of a clause placing the subject
        ("a base at Barkaram, in Lac province, was hit").
    sends : the trigger is a verb of sending whose bare subject is the origin ("Iran sent").
    nominal : the trigger is a noun, so a name right before it is where ("the Goma
        offensive"; a country only for displacement: "the Afghanistan evacuation").
    """
    mapping = _ROLE_MAPS.get(kind, _OTHER)
    verb = sentence[span[0]:span[1]].lower()
    # (the verb may come after another: "continued to arrive in Georgia")
    arrival = kind == "displacement" and verb.split()[-1].startswith(_ARRIVE)
    directional = kind in ("movement", "displacement")
    offensive = verb.endswith(_OFFENSIVES)
    if kind in ("movement", "displacement") and (verb.split()[-1].startswith(_ARRIVE)
                                                 or "settl" in verb):
        # "arrived in Adré"; "refugees reached Uganda" (a displacement's object is otherwise
        # where people fled: "fled Tawila"); "the displaced have settled in Bulengo"
        mapping = {**mapping, "in": "destination", "near": "destination", "obj": "destination"}
    elif kind == "movement" and (POST_LEFT.fullmatch(verb) or verb == "evacuated"):
        # "left its base in the town", "quitting camps in Tessalit", "evacuated their
        # positions in Robotyne": where they left
        mapping = {**mapping, "obj": "origin", "in": "origin", "near": "origin"}
    elif kind == "movement" and (verb.startswith(_LEAVE) or verb.endswith(("out of", "from"))):
        mapping = {**mapping, "obj": "origin"}  # "soldiers fled Kidal for Gao"
    elif directional and verb.endswith((" to", " into", " toward", " towards")):
        mapping = {**mapping, "obj": "destination"}  # "families heading to Les Cayes"
    lower, upper, far = bounds
    start, end = span
    found: dict[str, list[int]] = {}
    role_of: dict[int, str | None] = {}
    how = "prep"
    for i, slot in enumerate(slots):
        fought_for = (slot.prep == "actor" and kind in ("clash", "capture")
                      and sentence[slot.prep_start:slot.prep_start + 4].lower() == "for ")
        heading_for = (slot.prep == "actor" and directional
                       and sentence[slot.prep_start:slot.prep_start + 4].lower() == "for "
                       and _FOR_DESTINATION.match(sentence, start) is not None)
        # an actor's preposition before the trigger and its own noun does not govern a name
        # after it ("rebels supported by militias attacked Nyala"; but "for invading Ukraine")
        if slot.head is not None or not end <= slot.start < far or (
                slot.prep == "actor" and (slot.prep_start >= start
                                          or _words(sentence[slot.prep_start:start]) < 2)
                and not (heading_for or fought_for)):
            continue
        listed = slot.coord is not None and role_of.get(slot.coord) is not None
        if slot.start >= upper and not listed and not (
                (directional or offensive) and (slot.prep in ("from", "to", "via")
                                                or heading_for)):
            continue
        if slot.coord is not None and slot.coord in role_of:
            role = role_of[slot.coord]
            if role is not None and slot.coord in found.get(role, ()):
                found[role].append(i)
            role_of[i] = role
            continue
        if slot.prep is not None and slot.prep_start >= end:
            cls: str | None = "to" if heading_for else "in" if fought_for else slot.prep
            if (directional or offensive) and cls in ("in", "near") and (
                    _FROM_SITE.search(sentence, max(end, slot.prep_start - 40),
                                      slot.prep_start)):
                cls = "from"  # "withdrew from several positions near Kidal", "fled from
                # their homes in Kherson": where they left
            if cls == "from" and not (directional or offensive) and _LOCATIVE.match(
                    sentence, slot.prep_start):
                cls = "in"  # "fled fighting in Masisi for Goma": the fighting is in Masisi
            elif cls == "from" and not directional and _PERSON_FROM.search(
                    sentence, max(0, slot.prep_start - 40), slot.prep_start) and any(
                    s.prep in ("in", "near") and s.head is None and s.start > slot.end
                    for s in slots):
                cls = None  # "shot a labourer from Bihar at Sopore": where he came from
        else:
            cls = "obj" if _OBJECT.fullmatch(sentence[end:slot.start]) or _TOWN_OF.fullmatch(
                sentence, end, slot.start) else None
            if cls == "obj" and slot.res.place is not None and slot.res.place.kind == "country" \
                    and _ATTRIBUTIVE.match(sentence, slot.end):
                cls = None  # "shot down a U.S. MQ-9 drone over Marib": the country qualifies
                # the object, it is not what was hit
        if cls in ("obj", "from") and kind == "meeting" and (_TITLE_OF.search(
                sentence, end, slot.start) or _TITLE_AFTER.match(sentence, slot.end)
                or _TITLE_NAMED.search(sentence, end, slot.start)):
            cls = None  # "met the provincial governor of Ituri", "a delegation from Kabul",
            # "met Borno State Governor Babagana Zulum": whom, not where
        role = mapping.get(cls) if cls else None
        role_of[i] = role
        if role is not None and role not in found:
            found[role] = [i]
            how = "object" if cls == "obj" and len(found) == 1 else how
        elif role is not None and slot.res.place is not None and all(
                slots[k].res.place is None for k in found[role]):
            found[role] = [i]  # "fled to Miango and to Jos", Miango unlisted: Jos says where
    obj = slots[found["location"][0]].res.place if how == "object" and "location" in found else None
    if how == "prep" and "location" in found and obj is None:
        # "a house in southern Lebanon near the coastal city of Tyre", "an area of Yemen near
        # Hodeidah": the town right after the country says where within it
        at = found["location"][0]
        area = slots[at].res.place
        town = [i for i, s in enumerate(slots) if area is not None
                and area.kind in ("country", "region") and s.head in (None, at)
                and s.prep in ("in", "near") and s.start > slots[at].end
                and _words(sentence[slots[at].end:s.start]) <= 6
                and not _BREAK_BEFORE.search(sentence, slots[at].end, s.start)
                and s.res.place is not None and not is_country(s.res)
                and s.res.place.country_code in (area.country_code, "")]
        if town:
            found["location"] = town[:1]
    route = _ROUTE_AFTER.match(sentence, slots[found["location"][0]].end) if (
        "location" in found) else None
    if route is not None:
        # "attacked on the Jammu-Srinagar highway near Lethpora": the road's ends name it, the
        # place after it says where on it
        near = [i for i, s in enumerate(slots) if s.prep in ("in", "near", "at")
                and s.start > route.end() and _words(sentence[route.end():s.start]) <= 4
                and s.res.place is not None and not is_country(s.res)]
        if near:
            found["location"] = near[:1]
    if obj is not None and obj.kind in ("country", "region"):
        # "struck Syria's air defences near Damascus": the town the clause places it at
        after = [i for i, s in enumerate(slots) if s.head is None and s.prep in ("in", "near")
                 and slots[found["location"][0]].end <= s.start < far
                 and not is_country(s.res) and s.res.place is not None
                 and s.res.place.country_code in (obj.country_code, "")]
        if after:
            found["location"], how = after[:1], "prep"
    if kind in ("strike", "clash", "attack") and "location" in found:
        # "an attack on Ukraine overnight, killing three people in Kharkiv": the town in the
        # country where the toll was taken
        target = slots[found["location"][0]]
        toll = _TOLL_AFTER.search(sentence, target.end) if target.res.place is not None and (
            target.res.place.kind == "country") else None
        town = [i for i, s in enumerate(slots) if toll is not None and s.head is None
                and s.prep in ("in", "near") and s.start > toll.end() and s.res.place
                and not is_country(s.res)
                and s.res.place.country_code == target.res.place.country_code
                and not _STOP.search(sentence, toll.end(), s.start)]
        if town:
            found["location"] = town[:1]
    if kind == "meeting" and not verb.startswith(("visit", "host")) and (
            how == "object" or "location" not in found):
        # "met the governor of North Darfur in Port Sudan", "met a delegation from Kabul in
        # Doha": the names in whom one meets say who; the place after "in" says where
        # (also a place read as qualifying whom: "met officials from Kherson in Kyiv")
        after = [i for i, s in enumerate(slots) if (s.head is None or role_of.get(s.head, 0)
                                                    is None) and s.prep in ("in", "near")
                 and end <= s.start < far and s.prep_start >= end]
        if after:
            found = {"location": _listed(slots, after[0])}
            how = "prep"
    before = [i for i, s in enumerate(slots)
              if s.head is None and s.prep != "actor" and lower <= s.start and s.end <= start]
    if kind == "displacement" and "origin" not in found:
        # "residents of Bambouti fled across the border": the people's home is the origin
        home = [i for i in range(len(slots)) if slots[i].head is None
                and lower <= slots[i].start and slots[i].end <= start
                and _PEOPLE_OF.search(sentence, max(0, slots[i].start - 60), slots[i].start)
                and _words(sentence[slots[i].end:start]) <= 6]
        if home:
            found["origin"] = home[-1:]
    if directional and "origin" not in found:
        # "refugees from Nigeria arrived in Maradi": where the people in the subject came from;
        # "a column left Kidal and moved to Aguelhok": the place left just before
        came = [i for i in before if (slots[i].prep == "from"
                                      and _words(sentence[slots[i].end:start]) <= 4
                                      and not _BREAK_BEFORE.search(sentence, slots[i].end, start))
                or (_LEFT_AND.fullmatch(sentence, slots[i].end, start)
                    and _LEFT_BEFORE.search(sentence, max(0, slots[i].start - 40),
                                            slots[i].start))]
        if came and not (verb.startswith(_ARRIVE) and not set(found) & {"destination",
                                                                          "location"}):
            found["origin"] = came[-1:]  # (an arrival with nowhere to arrive is no flight)
    if sends and "origin" not in found:
        subj = [i for i in before if slots[i].prep is None
                and _words(sentence[slots[i].end:start]) <= 3]
        if subj:
            found["origin"] = subj[-1:]
    if kind == "displacement" and verb.startswith("receiv") and "destination" not in found:
        # the place that took the people in is where they went: "Chad received 2,000
        # refugees from Sudan", "The camp in Yida received ..."
        subj = [i for i in before if slots[i].prep in (None, "actor", "in")
                and _words(sentence[slots[i].end:start]) <= 3]
        if subj:
            found["destination"] = subj[-1:]
    further = _further(slots, span, bounds)
    if not set(found) & {"location", "destination", "via"}:
        subject = [i for i in before if slots[i].end <= (subject_end or start)]
        last = max((s.end for s in slots if lower <= s.start and s.end <= start), default=-1)
        where_clause = _WHERE.match(sentence, last) is not None and bool(further)
        reach = 5  # words from the subject's last name to the verb (its auxiliary counted)
        if subject_end is not None and subject:
            last, reach = max(s.end for s in slots if lower <= s.start and s.end <= subject_end), 4
        elif subject_end is not None and sentence.startswith(",", subject_end):
            # "a base of our forces, in the Lac province, was attacked": no name in the
            # subject; the clause placing it says where
            subject, last = [i for i in before if slots[i].start > subject_end], subject_end
        if passive and subject and _words(sentence[last:subject_end or start]) <= reach and not (
                where_clause and not directional):
            # ("North Kivu, where fighting intensified around Sake": the nearer place the
            # clause names is where, below)
            # ... every place of the subject's list: "Vovchansk, Starytsia and Buhruvatka came
            # under shelling", "Kharkiv and Sumy were hit"
            # (its first name too, which a comma after it may have left out of ``before``)
            found["location"] = _listed(slots, subject[-1])
            how = "passive"
            placing = [i for i, slot in enumerate(slots) if subject_end is not None
                       and subject_end < slot.start < start and slot.res.place is not None]
            own = slots[subject[-1]].res.place
            if placing and own is not None and slots[placing[0]].res.place.country_code not in (
                    own.country_code, ""):
                # "The village of Solhan, in Yagha province, was attacked": a Solhan abroad
                # is a namesake; the clause placing the subject says where
                found["location"] = placing[:1]
        else:
            near = [i for i in before if slots[i].prep in ("in", "near") and (
                (_words(sentence[slots[i].end:start]) <= 5
                 and not _BREAK_BEFORE.search(sentence, slots[i].end, start))
                or (not sentence[:slots[i].prep_start].strip()
                    and "," not in sentence[:slots[i].start]))]
            if near and not directional and further and (
                    sentence[:slots[near[-1]].prep_start].strip()):
                # "The UN envoy in Sudan met the governor ... in Port Sudan": a place inside
                # the subject describes who; the one after the verb says where
                near = []
            elif near and not directional and further and _inside_area(
                    slots[near[-1]].res, slots[further[0]].res):
                # "In Mali, militants ambushed a convoy of ... between Menaka and
                # Anderamboukane": the towns in the country the sentence opens with
                near = []
            if near:
                found["location"], how = near[-1:], "before"
    if nominal and not set(found) & {"location", "destination"}:
        # "the Goma offensive", "the Afghanistan evacuation": a name right before the noun
        mods = [i for i in before if slots[i].prep is None
                and not sentence[slots[i].end:start].strip() and (
                    kind == "displacement" or slots[i].res.place is None
                    or slots[i].res.place.kind != "country")]
        if mods:
            found["location"], how = mods[-1:], "modifier"
    if not found and not directional:
        # "launched airstrikes against infrastructure used by militias in eastern Syria", "an
        # airstrike on militants approximately 40 kilometers northwest of Kismayo": a place
        # further on in the same clause, after "in" or "near", when nothing nearer was found
        if further:
            found["location"] = _listed(slots, further[0])
            how = "prep"
    if arrival and "destination" in found and "location" not in found:
        found["location"] = found["destination"]  # refugees arriving: where they arrived
    if not found:
        # A name with no preposition and no verb before it ("... the Orange County Sanitation
        # District") says nothing about where the event took place.
        return []
    return _combine(kind, slots, found, how)


# "from" and a site of up to three words before "in" or "near" (a name ends the search)
# An offensive's nouns: it sets out from its positions ("launched an offensive from their
# positions in Idlib Governorate into ...")
_OFFENSIVES = ("offensive", "offensives", "operation", "operations", "incursion", "incursions")
_FROM_SITE = lazy(r"\bfrom\s+(?:(?:the|their|its|his|her|several|some|a|an)\s+)?"
                  r"(?:[a-z]+\s+){0,2}$")
_WHERE = re.compile(r"\s*,?\s*where\b", re.I)
_LOCATIVE = lazy(r"(?:in|at|near|around|inside)\b", re.I)
# The rest of a road's name after its first town: "Jammu-Srinagar highway", "Kaduna–Abuja road"
_ROUTE_AFTER = lazy(r"\s?[-–]\s?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s+(?:highway|road|route|"
                    r"motorway|expressway|railway|corridor|axis)\b")
_TOLL_AFTER = lazy(r",\s+(?:[^,;.]*?\s+and\s+)?(?:killing|injuring|wounding)\b")
_STOP = lazy(r"[;.]\s")
_PEOPLE_OF = lazy(r"\b(?:residents|inhabitants|villagers|people|civilians|families|"
                  r"population)\s+(?:of|from)\s+(?:the\s+(?:town|village|city|"
                  r"district|camp)\s+of\s+)?\Z", re.I)


def _listed(slots: list[Slot], i: int) -> list[int]:
    """Slot ``i`` and the others of the list it is in ("Kharkiv, Sumy and Poltava"), first
    name first."""
    root = slots[i].coord if slots[i].coord is not None else i
    return [root, *(k for k, s in enumerate(slots) if s.coord == root)]


def _inside_area(area: Resolution, town: Resolution) -> bool:
    """``area`` is a country or province and ``town`` a place in the same country."""
    a, t = area.place, town.place
    return (a is not None and t is not None and a.is_area and not t.is_area
            and bool(a.country_code) and a.country_code == t.country_code)


def _further(slots: list[Slot], span: tuple[int, int], bounds: tuple[int, int, int]
             ) -> list[int]:
    """Slots after "in" or "near" past the trigger's near window but inside its clause."""
    _, upper, far = bounds
    return [i for i, s in enumerate(slots) if s.head is None and s.prep in ("in", "near")
            and upper <= s.start < far and s.prep_start >= span[1]]


def _combine(kind: str, slots: list[Slot], found: dict[str, list[int]], how: str) -> list[Roles]:
    def first(role: str) -> Slot | None:
        # the first place the gazetteer knows ("fled to Miango and to Jos", Miango unlisted),
        # else the first named
        if role not in found:
            return None
        return next((slots[i] for i in found[role] if slots[i].res.place is not None),
                    slots[found[role][0]])

    if kind == "movement":
        origin = first("origin") or first("via")
        if "destination" in found:
            return [Roles(slots[i], origin, slots[i], how) for i in found["destination"]]
        if "location" in found:
            return [Roles(slots[i], origin, None, how) for i in found["location"]]
        via = first("via") if "origin" in found else None
        return [Roles(via or origin, origin, via, how)]
    origin, dest = first("origin"), first("destination")
    if kind == "displacement" and "origin" in found and "location" not in found:
        return [Roles(slots[i], slots[i], dest, how) for i in found["origin"]]
    if "location" in found:
        return [Roles(slots[i], origin, dest, how) for i in found["location"]]
    if "destination" in found:  # "drones launched towards Odesa and Dnipro": one per target
        listed = found["destination"]
        if kind == "displacement":
            # a flight to a list is one flight (assemble joins the rest to the first): to
            # the first place the gazetteer knows ("fled towards Hsipaw and Mandalay",
            # Hsipaw unlisted), the others after it
            listed = sorted(listed, key=lambda i: slots[i].res.place is None)
        return [Roles(None, origin, slots[i], how) for i in listed]
    return [Roles(None, origin, dest, how)]
