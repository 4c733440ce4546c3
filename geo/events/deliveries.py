"""Moves that are no events (aid and goods on the move, prisoners transferred, the arrivals a
sentence about money given counts) and the wounded moved for care, an evacuation."""

from __future__ import annotations

import re

from geo.events.arms import speaks_of_arms
from geo.events.triggers import Trigger
from geo.events.words import is_verbal
from geo.lazy_regex import lazy
from geo.prefilter import folds_plainly

__all__ = [
    "about_aid", "aid_cargo", "aid_recipients", "armed_scene", "care_moves", "carried_away",
    "from_danger", "hurt_word", "to_hospital", "transfer",
]


# A sentence about money given is about aid: its refugees and arrivals are context.
_FUNDING = re.compile(r"(?:\$|US\$|USD\s?|€|£)\s?\d|\b\d+(?:\.\d+)?\s+(?:million|billion)\s+"
                      r"(?:dollars|euros|in\s+(?:humanitarian|emergency|additional|new))", re.I)
_DIGIT = re.compile(r"\d")


def about_aid(sentence: str) -> bool:
    """A sentence about money given: its refugees and arrivals are context, not events."""
    # every amount has a digit: a sentence without one is not searched (\d skips ahead)
    return _DIGIT.search(sentence) is not None and _FUNDING.search(sentence) is not None


# Aid handed to people named by their flight: "distributing food and water to new arrivals
# in Pemba", "provided shelter to 2,000 newly displaced people in Kaya"
_GIVEN_TO = re.compile(r"\b(?:distribut|provid|deliver|suppl|hand|giv|offer|assist)\w*\b"
                       r"[^.;:]{0,80}?\bto\s+(?:the\s+|some\s+|\d[\d,]*\s+)?"
                       r"(?:(?:new|newly|recent|recently)\s+)?\Z", re.I)


def aid_recipients(sentence: str, trig: Trigger) -> bool:
    """The people a trigger noun names receive aid ("distributing kits to new arrivals in
    Pemba"): who is helped, not a flight told."""
    return not is_verbal(trig.text) and _GIVEN_TO.search(
        sentence, max(0, trig.start - 120), trig.start) is not None


# Aid on the move: a carrier and its cargo, in either order ("a WFP convoy of 20 trucks",
# "a cargo flight carrying medical supplies", "aid trucks"), but no armed men with it.
_AID = (r"aid|humanitarian|relief|food|medical|medicines?|supplies|fuel|cargo|grain|commercial|"
        r"goods|WFP|UNICEF|UNHCR|ICRC|UNRWA")
_CARRIERS = (r"convoys?|trucks?|lorries|flights?|shipments?|planes?|aircraft|airlifts?|"
             r"helicopters?|airdrops?|boats?|"
             r"deliver(?:y|ies)|barges?|ships?|vessels?|consignments?|"
             # and its quantity: "dispatched 140 metric tons of food"
             r"(?:metric\s+)?(?:tons|tonnes)|kilograms|bags|sacks|cartons|parcels|kits")
_AID_CARGO = re.compile(rf"\b(?:(?:{_AID})\b[^,;:]{{0,40}}?\b(?:{_CARRIERS})|(?:{_CARRIERS})\b"
                        rf"[^,;:]{{0,40}}?\b(?:{_AID}))\b", re.I)
_ESCORT = lazy(r"\b(?:troops|soldiers|forces|fighters|militants|rebels|militia\w*|army|"
               r"peacekeepers|police|tanks|weapons|arms|ammunition)\b", re.I)


# The wounded moved for care are evacuated: a displacement to where the care is ("Many of the
# injured were evacuated to hospitals in Yerevan", "the seriously wounded were flown to Kabul
# for treatment"), kept only when a place is named to go to (not "was evacuated to 92 Base
# Hospital", "taken to hospital").
_HURT = r"(?:wounded|injured|hurt|casualties|patients|survivors|victims|sick)"
_TO_HOSPITAL = lazy(r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
                    r"(?:hospitals?|clinics?|medical\s+(?:facility|facilities|centres?|"
                    r"centers?))\b|[^.;:]{0,60}?\bfor\s+(?:medical\s+)?treatment\b", re.I)
_WOUNDED = re.compile(rf"\b{_HURT}\b", re.I)
# ... told as the subject of a passive ("the injured were rushed", "survivors had been taken")
_HURT_PASSIVE = re.compile(
    rf"\b{_HURT}\b[^,;:.]{{0,30}}?\b(?:were|was|are|is|had|have|has)\s+(?:been\s+|being\s+)?"
    r"(?:(?:then|later|also|quickly|immediately|subsequently)\s+)?\Z", re.I)
# ... or as the object of an active verb ("MSF referred the seriously wounded to Drodro")
_HURT_OBJECT = re.compile(rf"\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{_HURT}\b"
                          r"(?:\s+[\w-]+){0,2}?\s+to\s", re.I)
# A passive right before the verb: "who was flown", "were later airlifted"
_CARRIED_BY = re.compile(r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+|then\s+|later\s+)?\Z",
                         re.I)
# Verbs of carrying that are no trigger of their own, read only in these two shapes: "the
# injured were rushed to hospitals in Dnipro", "referred the wounded to Drodro hospital"
_CARRY_VERB = re.compile(r"taken|took|rushed|brought|carried|ferried|referred|sent", re.I)
_CARRY_WORDS = tuple(_CARRY_VERB.pattern.split("|"))
_CARRIED = re.compile(rf"\b(?:{_CARRY_VERB.pattern})\b"
                      r"(?=\s+(?:by\s+[\w-]+\s+)?(?:[\w-]+\s+){0,3}?to\s)", re.I)


def to_hospital(sentence: str, clause: int, trig: Trigger) -> str | None:
    """The wounded on the move for care: "evacuated" where they are carried ("The injured were
    evacuated to hospitals in Yerevan", "MSF referred the seriously wounded to Drodro", "the
    officer, who was flown by helicopter to a hospital in Mogadishu"), "own" where one of
    them goes to a hospital himself ("The injured teen drove to the medical center": no
    event), else None (people who "fled to the hospital compound" still flee)."""
    if trig.text.lower().startswith("fle"):
        return None
    window = max(clause, trig.start - 80)
    if (_HURT_PASSIVE.search(sentence, window, trig.start) is not None
            or _HURT_OBJECT.match(sentence, trig.end) is not None):
        return "evacuated"
    # (the wounded may be named before a relative clause: "visited the wounded officer, who
    # was flown by helicopter to a hospital")
    if (_WOUNDED.search(sentence, min(clause, max(0, trig.start - 80)), trig.start) is None
            or _TO_HOSPITAL.match(sentence, trig.end) is None):
        return None
    return "evacuated" if _CARRIED_BY.search(sentence, window, trig.start) else "own"


# Attacks that are no violence of arms: "a bull attacked runners", "panic attacks"
_NOT_ARMS = re.compile(r"\b(?:bulls?|dogs?|bears?|sharks?|snakes?|animals?|panic|heart|asthma|"
                       r"seizures?|stampede)\b", re.I)


def armed_scene(sentence: str, previous: str) -> bool:
    """The sentence or the one before speaks of arms (the wounded and civilians moved there
    are evacuated from violence), and no animal's or illness's "attack"."""
    return (speaks_of_arms(sentence) or (bool(previous) and speaks_of_arms(previous))) and (
        _NOT_ARMS.search(sentence) is None and _NOT_ARMS.search(previous) is None)


def hurt_word(word: str) -> bool:
    """``word`` names the wounded ("wounded", "injured", "casualties", "survivors")."""
    return _WOUNDED.fullmatch(word) is not None


# Civilians carried away, a displacement too: "most were taken to camps near Vavuniya",
# "the families were brought to Idlib" (kept only with a place to go to, in a sentence of arms)
# ("Refugees were put on buses and taken to camps at Kilis": a first step of the carrying)
_CIVILIANS_PASSIVE = re.compile(
    r"\b(?:civilians|residents|families|villagers|inhabitants|refugees|displaced|evacuees|"
    r"people|women|children|most|many|others|thousands|hundreds)\b[^,;:.]{0,30}?\b(?:were|was|"
    r"had\s+been|have\s+been|are\s+being|were\s+being)\s+(?:(?:then|later|also|"
    r"subsequently)\s+)?(?:(?:put|placed|loaded|herded|crammed|packed|registered|screened|"
    r"gathered|assembled)\s+(?:[\w-]+\s+){0,3}?and\s+(?:then\s+)?)?\Z", re.I)
# Those carried are the ones who fled, carried to a refuge or to a named place: a flight from
# danger even where the sentence names no arms ("Refugees were put on buses and taken to
# camps at Kilis", "the displaced were taken to Vavuniya"; not "Refugees were taken to a
# concert in Warsaw", "to hospital after the boat sank")
_FLEEING_CARRIED = re.compile(r"\b(?:refugees|displaced|evacuees|IDPs|asylum[\s-]seekers)\b"
                              r"[^,;:.]{0,40}\Z", re.I)
_TO_REFUGE = lazy(r"\s+(?:by\s+[\w-]+\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:(?-i:[A-Z])|(?:the\s+|"
                  r"a\s+)?(?:[\w-]+\s+){0,2}?(?:camps?|shelters?|settlements?|(?:evacuation|"
                  r"reception|transit|collective)\s+(?:centres?|centers?|sites?)|safety)\b)",
                  re.I)


def care_moves(sentence: str, skip: list[tuple[int, int]]) -> list[Trigger]:
    """Displacement triggers for people carried by a verb that is no trigger of its own: the
    wounded ("survivors had been taken to hospitals in Kaduna", "the injured were rushed to
    Dnipro", "referred the seriously wounded to Drodro hospital") and civilians ("most were
    taken to camps near Vavuniya"). The caller keeps them only with a place to go to
    (:func:`to_hospital`, :func:`carried_away`)."""
    out: list[Trigger] = []
    # (searched only where one of the verbs is written in lower case, when no character of
    # the sentence folds to an ASCII letter but its own two cases)
    low = sentence.lower()
    if (folds_plainly(sentence, low) and not any(w in low for w in _CARRY_WORDS)) or (
            _CARRIED.search(sentence) is None):
        return out
    for m in _CARRIED.finditer(sentence):
        a, b = m.span()
        if any(s <= a < e for s, e in skip):
            continue
        if (_HURT_PASSIVE.search(sentence, max(0, a - 80), a) or _HURT_OBJECT.match(sentence, b)
                or _CIVILIANS_PASSIVE.search(sentence, max(0, a - 80), a)):
            out.append(Trigger("displacement", a, b, m.group()))
    return out


# Captives moved by those who hold them: no flight, the captors' move ("thousands of women
# and girls were taken to Tal Afar and Mosul", after the executions told before it)
_CAPTIVES = re.compile(r"\b(?:abduct\w*|kidnap\w*|hostages?|captives?|captivity|enslav\w*|"
                       r"execut\w*|prisoners?|detain\w*)\b", re.I)


def carried_away(sentence: str, trig: Trigger) -> str | None:
    """``trig`` tells civilians carried away by others: "displacement" where they are moved
    away from danger ("most were taken to camps near Vavuniya"), "movement" where they are
    captives moved by their captors ("the women were taken to Tal Afar and Mosul" beside
    executions), else None. Either is kept only with a place to go to, in a sentence of
    arms."""
    if (trig.kind != "displacement" or _CARRY_VERB.fullmatch(trig.text) is None
            or _CIVILIANS_PASSIVE.search(sentence, max(0, trig.start - 80), trig.start) is None):
        return None
    return "movement" if _CAPTIVES.search(sentence) else "displacement"


def from_danger(sentence: str, trig: Trigger) -> bool:
    """Those ``trig`` carries are refugees or the displaced, carried to a refuge or a named
    place: a flight from danger, with or without arms told (see :func:`carried_away`)."""
    return (_FLEEING_CARRIED.search(sentence, max(0, trig.start - 80), trig.start) is not None
            and _TO_REFUGE.match(sentence, trig.end) is not None)


# Prisoners moved: "Some detainees were flown by helicopter to Sévaré for interrogation"
_DETAINEES = re.compile(r"\b(?:detainees|prisoners|captives|suspects|inmates|convicts|"
                        r"the\s+(?:detained|arrested|accused))\s+(?:were|was|had\s+been|"
                        r"have\s+been)\s+(?:[a-z]+ly\s+|then\s+|later\s+)?\Z", re.I)


def transfer(sentence: str, clause: int, trig: Trigger) -> bool:
    """Prisoners or suspects taken somewhere: a transfer in custody, not a movement of
    forces nor a flight ("Some detainees were flown by helicopter to Sévaré")."""
    return _DETAINEES.search(sentence, max(clause, trig.start - 60), trig.start) is not None


_ESCORTED_BY = lazy(r"\b(?:escorted|protected|accompanied|guarded)\s+by\s+(?:\S+\s+){0,3}",
                    re.I)


def aid_cargo(sentence: str, clause: int, trig: Trigger) -> bool:
    """A movement of aid, not of armed men or officials: "A WFP convoy reached Tawila",
    "aid trucks crossed into Gaza", "sent 20 trucks of food to Gaza" (the cargo after a
    verb of sending). Deliveries are no event ACLED codes; an attack on a convoy still is."""
    subject = sentence[clause:trig.start]
    if trig.text.lower().startswith(("sen", "dispatch", "deliver", "airlift", "ship")):
        subject += " " + sentence[trig.end:trig.end + 60]
    # (its escort does not make a delivery a movement of forces: "commercial trucks escorted
    # by the army")
    return _AID_CARGO.search(subject) is not None and _ESCORT.search(
        _ESCORTED_BY.sub(" ", subject)) is None
