"""Map an event kind (and its trigger words) to ACLED event types and CAMEO codes.

ACLED (Armed Conflict Location & Event Data) types are the six ``event_type`` values and their
``sub_event_type`` values from the ACLED codebook; CAMEO codes are from the CAMEO 1.1b3 manual
(the codes GDELT uses). Choices where the two schemes have no exact match:

- movement -> Strategic developments / Other, CAMEO 154 "Mobilize or increase armed forces";
  withdrawals and retreats -> CAMEO 0874 "Retreat or surrender militarily". ACLED codes troop
  movements only as context, under "Other"; "Headquarters or base established" needs a base.
- displacement -> Strategic developments / Other. ACLED has no displacement type (it records
  displacement as context of other events). CAMEO has no verb for fleeing, so the code is None,
  except for forced displacement (expelled, deported, forced from homes) -> 174 "Expel or
  deport individuals".
- meeting -> Strategic developments / Other, or / Agreement when the sentence reports an
  agreement, deal or ceasefire; CAMEO 04 Consult: 042 visit, 043 host, 046 negotiate, else 040.
- interception -> Strategic developments / Disrupted weapons use (ACLED's type for intercepted
  missiles and drones); CAMEO 191 "Impose blockade, restrict movement" when aircraft are turned
  back, else 190.
- capture -> Battles / "Government regains territory" when a state force regains ground,
  "Non-state actor overtakes territory" when a rebel or militia takes it, else "Armed clash";
  CAMEO 192 "Occupy territory".
- strike -> Explosions/Remote violence: "Air/drone strike" (CAMEO 195 "Employ aerial weapons",
  1952 for drones), "Shelling/artillery/missile attack" (194 "Fight with artillery and tanks"
  for guns and mortars, 195 for missiles and rockets), "Remote explosive/landmine/IED" or
  "Suicide bomb" (183 "Conduct suicide, car, or other non-military bombing").
- clash -> Battles / Armed clash, CAMEO 190 "Use conventional military force" (193 "Fight with
  small arms and light weapons" for shootings and gun battles).
- attack -> Violence against civilians: "Abduction/forced disappearance" for abductions,
  kidnappings and hostage taking (CAMEO 181 "Abduct, hijack, or take hostage"), else "Attack"
  (CAMEO 202 "Engage in mass killings" for massacres and executions, 180 "Use unconventional
  violence" otherwise).
- protest -> Protests / "Peaceful protest", or "Protest with intervention" when police or
  troops dispersed, arrested or fired on it; CAMEO 141 "Demonstrate or rally" (140 generic).
- riot -> Riots / "Mob violence" for mobs and lynchings, else "Violent demonstration"; CAMEO
  145 "Protest violently, riot".
"""

from __future__ import annotations

import re

from geo.events.lexicon import EXPLOSIVES, STATE_ACTOR_WORDS
from geo.lazy_regex import lazy
from geo.models import Event

__all__ = ["acled_for", "cameo_for", "classify"]

_AIR = lazy(r"\b(?:air|airstrikes?|aerial|drones?|jets?|warplanes?|aircraft|helicopters?"
            r"|bombers?|planes?|uavs?|air\s*force)\b", re.I)
_DRONE = lazy(r"\b(?:drones?|uavs?|kamikaze)\b", re.I)
_GUNS = lazy(r"\b(?:shell(?:s|ed|ing)?|artillery|mortars?|tanks?|howitzers?|bombard\w*"
             r"|missiles?|rockets?|barrages?)\b", re.I)
_MISSILE = lazy(r"\b(?:missiles?|rockets?)\b", re.I)
_SUICIDE = lazy(r"\bsuicide\s+(?:bomb\w*|attack\w*|car)", re.I)
_IED = lazy(rf"\b(?:{EXPLOSIVES})\b", re.I)
_SMALL_ARMS = lazy(r"\b(?:gun\w*|shot|shoot\w*|fire\s?fights?|opened\s+fire|rifles?)\b",
                   re.I)
_REGAIN = lazy(r"\b(?:re\w+|regain\w*|retook|retake\w*|liberat\w+)\b", re.I)
_NON_STATE = lazy(r"\b(?:rebels?|insurgents?|militants?|militias?|jihadis\w*|fighters?|"
                  r"gunmen|group|islamic\s+state|opposition|guerrillas?)\b", re.I)
_AGREEMENT = lazy(
    r"\b(?:signed|agreed\s+(?:on|to)|reached\s+(?:an?\s+)?(?:agreement|deal|accord|truce)"
    r"|struck\s+(?:an?\s+)?(?:agreement|deal))\b", re.I)
_FORCED = lazy(r"\b(?:forced|expelled|deported|evicted|driven)\b", re.I)
_ABDUCT = lazy(r"\b(?:abduct\w*|kidnap\w*|hostages?)\b", re.I)
_MASS = lazy(r"\b(?:massacr\w*|execut\w*|mass\s+kill\w*)\b", re.I)
_INTERVENED = lazy(r"\b(?:dispers\w*|tear\s*gas|arrest\w*|detain\w*|water\s+cannon|"
                   r"rubber\s+bullets|fired\s+(?:on|at|into)|crack\w*\s+down)\b", re.I)
_MOB = lazy(r"\b(?:mobs?|lynch\w*|vigilantes?)\b", re.I)
_WITHDRAW = lazy(r"\b(?:withdr\w+|retreat\w*|pull\w*\s+(?:out|back))\b", re.I)


def _is_state(actor: str | None) -> bool:
    if not actor:
        return False
    if _NON_STATE.search(actor):
        return False
    return any(w in STATE_ACTOR_WORDS for w in re.findall(r"[a-z]+", actor.lower()))


def classify(event: Event) -> tuple[str, str, str | None]:
    """Return ``(acled_event_type, sub_event_type, cameo_code)`` for one event.

    The trigger decides first; for bare verbs ("struck", "hit") the words of the whole quote
    tell an air strike from shelling.

    >>> from geo.models import Event
    >>> classify(Event("strike", "drone strike", "A drone strike hit Sumy.", 0, 24))
    ('Explosions/Remote violence', 'Air/drone strike', '1952')
    """
    kind, trig, quote = event.kind, event.trigger, event.quote
    if kind == "strike":
        if _SUICIDE.search(trig) or _SUICIDE.search(quote):
            return "Explosions/Remote violence", "Suicide bomb", "183"
        for text in (trig, quote):
            if _AIR.search(text):
                code = "1952" if _DRONE.search(text) else "195"
                return "Explosions/Remote violence", "Air/drone strike", code
            if _GUNS.search(text):
                code = "195" if _MISSILE.search(text) else "194"
                return "Explosions/Remote violence", "Shelling/artillery/missile attack", code
            if _IED.search(text):
                return "Explosions/Remote violence", "Remote explosive/landmine/IED", "183"
        return "Explosions/Remote violence", "Shelling/artillery/missile attack", "190"
    if kind == "clash":
        return "Battles", "Armed clash", "193" if _SMALL_ARMS.search(trig) else "190"
    if kind == "capture":
        if _is_state(event.actor1) and _REGAIN.search(trig):
            return "Battles", "Government regains territory", "192"
        if event.actor1 and _NON_STATE.search(event.actor1):
            return "Battles", "Non-state actor overtakes territory", "192"
        return "Battles", "Armed clash", "192"
    if kind == "interception":
        turned = re.search(r"\b(?:to\s+(?:return|land|divert)|turn\w*\s+(?:back|away|around))",
                           f"{trig} {quote}", re.I)
        code = "191" if turned else "190"
        return "Strategic developments", "Disrupted weapons use", code
    if kind == "meeting":
        sub = "Agreement" if _AGREEMENT.search(quote) else "Other"
        low = trig.lower()
        code = ("042" if low.startswith("visit") else "043" if low.startswith("host")
                else "046" if low.startswith(("negotiat", "talks", "held talks")) else "040")
        return "Strategic developments", sub, code
    if kind == "displacement":
        return "Strategic developments", "Other", "174" if _FORCED.search(trig) else None
    if kind == "movement":
        return "Strategic developments", "Other", "0874" if _WITHDRAW.search(trig) else "154"
    if kind == "attack":
        if _ABDUCT.search(trig):
            return "Violence against civilians", "Abduction/forced disappearance", "181"
        return "Violence against civilians", "Attack", "202" if _MASS.search(trig) else "180"
    if kind == "protest":
        if _INTERVENED.search(quote):
            return "Protests", "Protest with intervention", "141"
        return "Protests", "Peaceful protest", "141" if re.search(
            r"protest|demonstrat|rall|march|sit-in|streets", trig, re.I) else "140"
    if kind == "riot":
        return "Riots", "Mob violence" if _MOB.search(f"{trig} {quote}") else \
            "Violent demonstration", "145"
    raise ValueError(
        f"'kind' should be one of 'movement', 'strike', 'clash', 'capture', 'displacement', "
        f"'meeting', 'interception', 'attack', 'protest' or 'riot', got {kind!r} instead"
    )


def acled_for(event: Event) -> tuple[str, str]:
    """Return ``(acled_event_type, sub_event_type)`` for one event."""
    acled, sub, _ = classify(event)
    return acled, sub


def cameo_for(event: Event) -> str | None:
    """Return the CAMEO event code of one event as a string ("195"), or None."""
    return classify(event)[2]
