"""Whether a trigger reports an event: negated, hypothetical, attempted or ordered.

Read from the words around the trigger: a negation or a subject that is none ("no aid convoy
has reached"), talks called off, a condition, a denial before it, a comparison, a habit, a
purpose or an order ("ordered residents to evacuate").
"""

from __future__ import annotations

import re

from geo.events import lexicon as lex
from geo.events.triggers import Trigger
from geo.events.words import IRREGULAR_PAST, WORD, is_verbal
from geo.lazy_regex import lazy
from geo.prefilter import folds_plainly

__all__ = ["modality"]

# After a noun trigger: "strikes did not cause", "the attacks would continue".
# (a forecast too: "Further displacement is expected", "More clashes are feared in Bria", "talks
# will be held in Doha")
_AFTER_NOUN = re.compile(
    r"\s+(?:\w+\s+)?(?:(?P<neg>(?:do|does|did|will|would|could|can|have|has|had)\s+not|never|"
    r"(?:do|does|did|wo|would|could|ca|have|has|had)n['’]t|cannot)|would|could|might|"
    r"will\s+(?:be\s+held|take\s+place|continue|follow|resume)|"
    r"(?:is|are)\s+(?:also\s+|now\s+|still\s+)?(?:expected|feared|likely|anticipated|predicted|"
    r"forecast|imminent))\b", re.I)

# After a noun trigger, a pattern of many: "Kidnappings for ransom have become common",
# "attacks on convoys are frequent".
_COMMON = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:have|has)\s+become|are|remain|were|became)\s+(?:(?:all\s+)?too\s+|"
    r"increasingly\s+|more\s+|very\s+)?(?:common(?:place)?|routine|frequent|widespread|rampant|"
    r"endemic|a\s+daily\s+occurrence)\b", re.I)

# "Missiles that were not intercepted hit ...": the negation is the relative clause's own.
_NEGATED_RELATIVE = lazy(
    r"\b(?:that|which|who)\s+(?:(?:were|was|are|is|had|have|has)\s+(?:been\s+)?)?"
    r"(?:not|never)\s+" + lex.PAST_PARTICIPLE + r"\s*$", re.I)


# A wish to see something happen: "would have preferred to see them relocated", "wants to
# see the militias leave Tripoli" (read back to the start of its clause)
_WISH = lazy(r"\b(?:(?:would|'d)\s+(?:have\s+)?(?:preferred|prefer|liked?|loved?|wanted)|"
             r"wants?|wanted|hopes?|hoped|wish(?:es|ed)?)\s+to\s+see\b", re.I)
_WISH_BREAK = lazy(r";|,\s+(?:but|while|whereas|and)\b|\bmeanwhile\b", re.I)


def _wish_window(sentence: str, at: int) -> int:
    """Where a wish before offset ``at`` may start: 120 characters back, after any ";" or
    ", but" ("hope to see the militias leave, but fighters withdrew from Zawiya")."""
    start = max(0, at - 120)
    return max((m.end() for m in _WISH_BREAK.finditer(sentence, start, at)), default=start)


_CLAIMED = lazy(r"\b(?:claim(?:ed|s|ing)|claim(?=\s+to\s+have\b))\s+"
                r"(?!(?:of\s+|for\s+)?(?:responsibility|credit)|(?:\S+\s+){0,3}lives\b)"
                r"(?:that\s+)?(?:[\w'-]+\s+){0,4}?"
                r"(?:had\s+|have\s+|has\s+)?$", re.I)


def modality(sentence: str, clause: int, trig: Trigger) -> str | None:
    """negated | hypothetical | attempted | None, from the words before the trigger."""
    if sentence.rstrip(" \"”’").endswith("?"):
        return "hypothetical"
    verb_first = trig.text.split()[0].lower()
    after = _AFTER_NOUN.match(sentence, trig.end)
    if after is not None and not is_verbal(trig.text):  # "strikes did not cause", "would"
        return "negated" if after.group("neg") else "hypothetical"
    if not is_verbal(trig.text) and _NAMED_THEN_MAYBE.match(sentence, trig.end):
        return "hypothetical"
    if not is_verbal(trig.text) and _COMMON.match(sentence, trig.end):
        return "hypothetical"  # "Kidnappings for ransom have become common": a pattern
    if not is_verbal(trig.text) and _CALLED_OFF.match(sentence, trig.end):
        return "negated"  # "Peace talks in Jeddah have been stalled", "was cancelled"
    if is_verbal(trig.text) and _NO_SUBJECT.search(sentence, max(clause, trig.start - 60),
                                                   trig.start):
        return "negated"  # "no aid convoy has reached El Fasher"
    # The clause before the trigger, at most 240 characters of it (long run-on "sentences").
    window = sentence[max(clause, trig.start - 240):trig.start].replace("’", "'")
    words = WORD.findall(window)
    low = [w.lower() for w in words]
    near = low[-3:]
    if (any(w in ("not", "never", "without", "nor") or w.endswith("n't") for w in near) or (
        low[-1:] == ["no"] or low[-2:-1] == ["no"]
    )) and not (is_verbal(trig.text) and _NEGATED_RELATIVE.search(window)):
        return "negated"
    # a denial before "after/when ..." is about something else ("dismissed claims of civilian
    # deaths after its jets bombed X")
    own = low[max((i + 1 for i, w in enumerate(low) if w in _SUBORDINATE), default=0):]
    last = own[-8:]
    # (a cue in a relative clause describes the subject: "Fighters who rejected the deal
    # were bussed to Idlib")
    if any(w in _NEGATION_VERBS and not (k and last[k - 1] in ("who", "which", "that"))
           for k, w in enumerate(last)):
        return "negated"
    if trig.kind == "displacement" and (low[-2:] == ["had", "already"] or low[-3:] == [
            "had", "already", "been"]) and _IN_YEAR.search(sentence, trig.end) and (
            _NOW_DISPLACED.search(sentence, 0, trig.start)):
        return "hypothetical"  # "Many of the newly displaced had already fled Khartoum in
        # 2023": the history of people displaced now, not the flight the story tells ("had
        # already fled with the LTTE into the Vanni" goes on with the story)
    if {"if", "unless", "whether"} & set(low) or _IN_CASE.search(window) or _WARNED_AGAINST.search(
            window):
        return "hypothetical"  # "contingency planning in the event of refugees fleeing X"
    if " see " in sentence and _WISH.search(sentence, _wish_window(sentence, trig.start),
                                             trig.start):
        return "hypothetical"  # "would have preferred to see the prisoners "relocated" to X"
        # (read before the clause: a quote mark opens a clause)
    if _denial(sentence, max(0, trig.start - 150), trig.start):
        return "negated"  # "rejected reports that its forces had withdrawn from X"
    low_sentence = sentence.lower()  # (once, not once for each word)
    if any(word in low_sentence for word in (
            "claim", "allegation", "report", "verif", "information", "statement", "accusation",
            "rumo")):
        said = _CLAIM_THAT.search(sentence, max(0, trig.start - 150), trig.start)
        if said is not None and (_CALLED_FALSE_AND if said.group("having") else
                                 _CALLED_FALSE).match(sentence, trig.end):
            return "negated"  # "The rebels' claim that troops burned houses in X is a lie"
        if _DISPUTED_AFTER.match(sentence, trig.end):
            return "hypothetical"  # "said the militia had withdrawn towards X, a claim that
            # could not be independently verified", "..., a claim Yerevan rejected"
    # (read before the clause too: a leading attribution starts the clause after itself)
    if "claim" in sentence and _CLAIMED.search(sentence, max(0, trig.start - 120), trig.start):
        return "hypothetical"  # "the Defence Ministry claimed its troops had captured X": a
        # claim, as the reporter says (not "claimed responsibility for the attack")
    if verb_first.endswith("ing") and _ACCUSED.search(sentence, max(clause, trig.start - 80),
                                                        trig.start) and not (
            verb_first.startswith(("massacr", "kill", "slaughter", "execut"))
            and _MANY_DEAD.match(sentence, trig.end)):
        # "activists accused the rebels of burning homes": a claim that it happened ("accused
        # of a massacre in Darfur" names an event and claims only who did it, and so does
        # "was accused of massacring over 400 civilians in Gimbi")
        return "hypothetical"
    if set(low[-10:]) & _COMPARISON or _COMPARED.match(sentence, trig.end):
        return "hypothetical"  # "has been compared to the siege of Leningrad"
    verb = trig.text.split()[0].lower()
    if _STANDING.search(window) or (_PERFECT_ONLY.search(window) and _SINCE_YEAR.match(
            sentence, trig.end)):
        return "hypothetical"  # "Kurds have long fought a guerilla war against Turkey",
        # "The militia has conducted massacres in Darfur since 2022": a history, not the
        # event of a day (not "has shelled Kharkiv since Monday")
    if set(low[-2:]) & _HABITUAL and not verb.endswith(("ed", "ing")) and (
            verb not in IRREGULAR_PAST or verb == "hit"):
        return "hypothetical"  # "armed groups frequently attack civilians": a habit, no event
    cues = {w for w, orig in zip(low[-4:], words[-4:], strict=True) if w != "may" or orig == "may"}
    if cues & lex.HYPOTHETICAL_CUES and not (
            cues & lex.HYPOTHETICAL_CUES <= _PLAN_ADJECTIVES and set(low[-5:]) & _DONE):
        # (a plan carried out is done: "completed the planned withdrawal from Debaltseve")
        return "hypothetical"
    if "and" in own and _shares_modal(own, trig):
        return "hypothetical"  # "will visit Quetta tomorrow and chair a meeting"
    first = trig.text.split()[0].lower()
    if low[-2:] == ["to", "be"] or low[-3:] == ["to", "have", "been"]:  # "ordered to be sent"
        low = low[:low.index("to", len(low) - 3) + 1]
        first = "be"
    if not is_verbal(trig.text):  # "plans to launch a new offensive": the light verb's
        while len(low) > 2 and (low[-1] in _DETERMINERS or low[-1] in lex.INSTRUMENT_WORDS):
            low.pop()
    if low[-2:-1] == ["to"] and low[-1] in lex.LIGHT_VERBS:  # "to conduct attacks"
        low, first = low[:-1], low[-1]
    if low[-1:] == ["to"] and not first.endswith(("s", "ed", "ing", "ion")) and (
        first not in IRREGULAR_PAST
    ):
        before_to = low[-2] if len(low) > 1 else ""
        if before_to in lex.REAL_BEFORE_TO or low[-3:-1] in (["went", "on"], ["goes", "on"]):
            return None  # "began to shell", "went on to take Elephant Pass"
        if trig.kind == "meeting" and any(w.startswith(lex.TRIP_VERBS) for w in low[-9:-1]):
            return None  # "travelled to Cucuta on Sunday to meet with officials": the trip's
            # purpose, reported as done
        if low[-3:-1] == ["in", "order"] or low[-3:-1] == ["so", "as"]:
            return "hypothetical"  # "in order to evacuate as many people as possible": a purpose
        if trig.kind == "displacement" and set(low[-12:-1]) & _ORDER_VERBS:
            return "ordered"  # "the army ordered residents to evacuate Rafah"
        if before_to not in lex.ATTEMPT_VERBS and not (
                set(low[-10:-1]) & (lex.HYPOTHETICAL_CUES | _ORDER_VERBS | _PLANNED)) and (
                set(low[-5:-1]) & _CAUSED_TO or ("first" in low[-9:-1]
                                                 and "became" in low[-11:-1])):
            return None  # "prompted the military to deploy soldiers to Tillaberi", "became
            # the first secretary of state to visit Somalia": it was done (not "is set to
            # become the first pope to visit", "The first step is to withdraw")
        return "attempted" if before_to in lex.ATTEMPT_VERBS else "hypothetical"
    return None




_MODALS = frozenset("will would shall could might may should must".split())


# ... and the words before "to" that make the verb after it a plan: "is expected to travel to
# Goma and hold talks" (not "advanced to positions and overran the base")
_PLANNED = frozenset("""expected due set scheduled planned plans plan going intends intend
    intended wants want wanted hopes hope hoped agreed decided likely ready""".split())


def _shares_modal(own: list[str], trig: Trigger) -> bool:
    """Whether the trigger's verb, or the verb before its noun, is a bare verb joined by "and"
    to a verb that a modal or a plan's "to" rules ("will visit Quetta tomorrow and chair a
    meeting", "is expected to travel to Goma and hold talks"): what is planned, not done.
    ``own`` is the trigger's clause in lower case. (A past verb after "and" is done:
    "travelled to Goma and held talks".)"""
    at = len(own) - 1 - own[::-1].index("and")
    after = [w for w in own[at + 1:] + [trig.text.split()[0].lower()]
             if w not in ("then", "later", "also")]
    verb = after[0] if after else ""
    if len(after) > 4 or not verb.isalpha() or verb.endswith(("ed", "s", "ing")) or (
            verb in IRREGULAR_PAST or verb in lex.PAST_FORMS):
        return False
    before = own[max(0, at - 12):at]
    return any(w in _MODALS or (w == "to" and k and before[k - 1] in _PLANNED)
               for k, w in enumerate(before[:-1]))


# A plan's word as an adjective, and the verbs that tell it carried out
_PLAN_ADJECTIVES = frozenset({"planned", "proposed", "expected", "prepared"})
_DONE = frozenset({"completed", "finished", "concluded", "conducted", "began", "started",
                   "launched", "executed", "carried"})
_NEGATION_VERBS = lex.NEGATION_CUES - {"no", "not", "never", "without", "nor"}
# Verbs of a trip whose purpose may be a meeting
# A subject that is none: "no aid convoy has reached El Fasher" ("no fewer than" counts).
_NO_SUBJECT = re.compile(r"\b[Nn]o\s+(?!(?:fewer|less|more|sooner)\b)(?:[\w-]+\s+){0,3}?"
                         r"(?:(?:has|have|had)\s+(?:yet\s+)?(?:been\s+)?|(?:was|were)\s+)?\Z")
# A meeting called off: "Talks in Doha were postponed", "have been stalled since December".
_CALLED_OFF = re.compile(r"(?:\s+(?:in|at|on|with|between)\s+[^,;.]{1,40}?)?\s+(?:(?:have|has|had)"
                         r"\s+been|was|were|is|are)\s+(?:\w+ly\s+)?(?:stalled|postponed|"
                         r"cancell?ed|suspended|called\s+off|delayed|scrapped|put\s+off)\b")
# What may happen: "in the event of", "in case of", "contingency plans for".
_IN_CASE = re.compile(r"\b(?:in\s+the\s+event\s+(?:of|that)|in\s+case\s+of|contingenc(?:y|ies)|"
                      r"in\s+anticipation\s+of)\b", re.I)
# A denial of what is reported before it: "denied reports that", "dismissed claims that". It
# ends where the denied clause does: at "and", a verb of saying or a subordinator ("denied
# that troops were involved and said militants attacked X": the attack is asserted).
# (whose claims may stand between: "We reject the claims of the militants that ...")
_DENIAL = lazy(r"\b(?:den(?:ied|ies|y|ying)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es))"
               r"\s+(?:(?:the\s+)?(?:claims?|reports?|allegations?|accounts?)(?:\s+(?:of|by|"
               r"from)(?:\s+[\w'’-]+){1,4}?)?\s+)?that\s+"
               r"(?:(?!\b(?:but|however|after|before|when|because|while|as|and|said|says|"
               r"added|told|insisted|stressed|noted|although|though)\b)[^.;,])*$",
               re.I)
_DENIAL_VERBS = ("den", "reject", "dismiss", "refut")
# A claim the sentence then calls false: "The claim that X ... is a lie", "allegations that
# X ... are baseless"
# (also with words between the noun and "that": "The information spread by the Armenian
# side that our units are shelling civilian infrastructure in Khankendi is false")
# (or "of having": "the claims by the terrorist group of having overrun the base and killed
# dozens of soldiers are false", where the claim's own "and" joins its two verbs)
_CLAIM_THAT = lazy(r"\b(?:claims?|allegations?|reports?|information|statements?|"
                   r"accusations?|rumou?rs?)(?:\s+[^.;,]{1,50}?)?\s+(?:that|(?P<having>of\s+"
                   r"having))\s+(?:[^.;,]*)$", re.I)
_FALSE = (r"\b(?:is|are|was|were)\s+(?:(?:a|an|an\s+outright|a\s+blatant|completely|totally|"
          r"entirely|utterly)\s+)?(?:lies?|false|baseless|untrue|fabricated|fabrications?|"
          r"unfounded|groundless|propaganda|fake|not\s+(?:true|correct|accurate))\b")
_CALLED_FALSE = lazy(r"(?:(?!\b(?:said|says|though|although|but|as|while|and)\b)[^.;,])*?"
                     + _FALSE, re.I)
_CALLED_FALSE_AND = lazy(r"(?:(?!\b(?:said|says|though|although|but|as|while)\b)[^.;,])*?"
                         + _FALSE, re.I)
# ... said of people displaced now: "Many of the newly displaced", "Many of them"
_NOW_DISPLACED = lazy(r"\b(?:many|most|some|all|several)\s+of\s+(?:them|those|the\s+"
                      r"(?:newly\s+)?(?:displaced|arrivals|new\s+arrivals|refugees|"
                      r"families))\b", re.I)
# "has repeatedly warned Israel against a full-scale assault on Rafah": what is feared
_WARNED_AGAINST = re.compile(r"\b(?:warn\w*|caution\w*)\s+(?:[\w'’-]+\s+){0,3}?against\s+"
                             r"(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}\Z", re.I)
_IN_YEAR = lazy(r"\bin\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")
# The reporter's word on the claim the clause is: ", a claim that could not be verified".
# The rest of the trigger's clause, up to a comma (not one of a new clause: ", and", ", but").
_REST = r"(?:(?!,\s+(?:and|but|while|whereas)\b)[^.;])*?"
_UNVERIFIED = (r"(?:could|can|has|have|had|was|were)\s*(?:not|n['’]t)\s+(?:yet\s+)?"
               r"(?:be(?:en)?\s+)?(?:independently\s+|immediately\s+)?"
               r"(?:verif|confirm|corroborat)")
_DISPUTED_AFTER = lazy(
    _REST + r",\s+(?:"
    # ", a claim that could not be independently verified", ", a claim Yerevan rejected"
    r"(?:a|an)\s+(?:claim|allegation|report)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:" + _UNVERIFIED + r"|(?:rejected|denied|disputed|dismissed|refuted|contested)\b)"
    # ", but this could not be independently verified" (not "but the figure could not":
    # only the count is in doubt)
    r"|but\s+(?:this|that|it|the\s+(?:claim|report|account))\s+" + _UNVERIFIED +
    # ", which Reuters could not independently verify"
    r"|which\s+(?:[\w-]+\s+){1,3}" + _UNVERIFIED + r")", re.I)
_MANY_DEAD = re.compile(r"\s+(?:(?:over|more\s+than|at\s+least|some|about|nearly|up\s+to)\s+)?"
                        r"(?:\d|dozens|hundreds|scores|thousands)", re.I)
# An accusation: "accused the rebels of burning homes", "accusing Russia of shelling".
_ACCUSED = re.compile(r"\baccus(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){0,5}?of\s+(?:[\w-]+\s+){0,2}\Z",
                      re.I)


def _denial(sentence: str, start: int, end: int) -> bool:
    """``_DENIAL.search(sentence, start, end)``, without the search when the words it cannot
    match without (a verb of denial, "that") are missing (see folds_plainly)."""
    text = sentence[start:end]
    low = text.lower()
    if folds_plainly(text, low) and ("that" not in low or not any(
            verb in low for verb in _DENIAL_VERBS)):
        return False
    return _DENIAL.search(sentence, start, end) is not None


# ... or its name, then an outcome that "could" or "might" come ("Retaking Tal Abyad could cut
# off a route", "airstrikes inside Syria could carve out territory"; not what "could be
# heard", nor the "would" of a chronicle: "The Siege of Sarajevo would last four years")
_NAMED_THEN_MAYBE = re.compile(
    r"\s+(?:(?:in|inside|on|near|along|around|across|against)\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:could|might)\s+(?!(?:be|have\s+been)\s+"
    r"(?:heard|seen|felt|observed|watched)\b)")
# A war that has gone on for long, or a present perfect since a year
_STANDING = lazy(r"\b(?:has|have)\s+long\s+(?:been\s+)?\Z", re.I)
_PERFECT_ONLY = lazy(r"\b(?:has|have)\s+(?:(?:also|repeatedly|regularly|often|reportedly)\s+)?"
                     r"(?:(?:conducted|carried\s+out|committed|launched|staged|mounted)\s+"
                     r"(?:[a-z]+\s+)?)?\Z", re.I)
# (in the verb's own clause, no comma before: not "which had been held by rebels since 2012",
# nor a baseline, "for the first time since 2002", "their biggest gain since 2023")
_SINCE_YEAR = lazy(r"(?:(?!\b(?:first|time|biggest|largest|greatest|worst|deadliest|most|"
                   r"heaviest|fiercest|major|only|which|who|that|held|controlled|occupied)\b)"
                   r"[^.;:,])"
                   r"{0,80}?\bsince\s+(?:19|20)\d\d\b(?![^.;:]*\b(?:killing|killed)\b)")
# What was done after "to": caused ("prompted the army to deploy")
_CAUSED_TO = frozenset("prompted prompting caused causing compelled compelling".split())
_HABITUAL = frozenset("frequently regularly often routinely usually typically generally "
                      "sometimes occasionally habitually".split())
_SUBORDINATE = frozenset("after when before because while following".split())
_DETERMINERS = frozenset("a an the its their his her this that".split())
_COMPARISON = frozenset("compared comparing likened likening reminiscent akin".split())
_COMPARED = re.compile(r"\s+(?:[\w-]+\s+){0,3}(?:compared|likened)\s+(?:[\w-]+\s+){0,5}?"
                       r"(?:to|with)\b", re.I)
_ORDER_VERBS = frozenset(
    "ordered orders order instructed instructs told tells forced forces urged urges".split())
