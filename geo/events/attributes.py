"""Who, how many dead, and who says so: actors, fatalities and source of one sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from geo.events.lexicon import (
    ACTOR_NOUNS,
    BACKING,
    CIVILIAN_NOUNS,
    INSTRUMENT_WORDS,
    LIGHT_VERBS,
    NUMBER_WORDS,
    ORDINALS,
    PAST_FORMS,
    PAST_PARTICIPLE,
    PREPOSITIONS,
    WEEKDAY,
)
from geo.events.words import IRREGULAR_PAST, is_verbal
from geo.lazy_regex import lazy
from geo.prefilter import folds_plainly, lookahead

__all__ = [
    "Fatalities", "Source", "actor_after", "actor_before", "actors", "dateline",
    "find_fatalities", "find_source",
]

_WD = WEEKDAY
_SAY_VERBS = ("said", "says", "reported", "reports", "announced", "claimed", "stated", "added",
              "confirmed", "wrote", "tweeted")
_SAY = "(?:" + "|".join(_SAY_VERBS) + r"|told\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
# (after the clause it attributes, also to the press: "..., a spokeswoman told reporters")
_SAY_AFTER = _SAY[:-1] + r"|told\s+(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+" \
    r"conference))"
# ... and when or where it was said: "said on Tuesday", "said in a statement", "told
# reporters in Bangkok" (the place of the saying is no place of the event; not "clashes were
# reported in El Fasher", where they were)
_WHEN = rf"(?:\s+(?:on\s+)?{_WD}(?:\s+(?:night|morning|evening|afternoon))?|\s+today|\s+yesterday" \
    r"|\s+in\s+a\s+statement|\s+earlier|\s+late\s+\w+|\s+on\s+\w+(?:\s+\d+)?" \
    r"|(?<!reported)(?<!reports)\s+(?:in|at\s+a\s+(?:news|press)\s+conference\s+in)\s+" \
    r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)*"
_END = r"\s*[.!?\"”’]*\s*$"
_SAY_HINTS = ("said", "says", "report", "announc", "claim", "stated", "added", "confirm",
              "wrote", "told", "tweet", "according")
_SRC_TAIL = re.compile(rf",\s*(?P<src>[^,;:]{{2,110}}?)\s+{_SAY_AFTER}{_WHEN}{_END}")
_SRC_INVERTED = re.compile(rf",\s*(?:said|reported|according\s+to)\s+(?P<src>[^;]{{2,150}}?){_END}")
_SRC_HEAD = re.compile(
    r"^(?:(?:In addition|Meanwhile|Moreover|However|Separately|Earlier|Later|Also|Still|But),\s+)?"
    rf"(?P<src>[A-Z“\"][^,;:]{{0,100}}?)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbeen)"
    rf"(?<!\bbe)\s+{_SAY}(?:\s+(?:on\s+)?{_WD})?(?:\s+that)?\s+(?=\S)"
)
_ACCORDING = lazy(
    r",?\s*\b[Aa]ccording\s+to\s+(?P<src>(?:[^\s,;]+\s+){0,8}?[^\s,;]+?)(?=[,;]|\.\s|[.!?\"”]*$)")
_APPOSITIVE = re.compile(r",\s*(?:a|an|the|which|who)\s")
# Each pattern of an attribution after the clause, with the words it cannot match without.
_SOURCES = (
    (_SRC_INVERTED, ("said", "reported", "according")),
    (_SRC_TAIL, (*_SAY_VERBS, "told")),
    (_ACCORDING, ("ccording",)),
)


@dataclass(frozen=True, slots=True)
class Source:
    """The attribution of a sentence and the spans it covers (sentence-relative)."""

    name: str | None
    spans: tuple[tuple[int, int], ...]


# "YANGON, Myanmar (Reuters) - ", "BANGKOK, Dec 21 (Reuters) - ", and a statement's
# "Lomé, 11 May 2022 - "
_DATE_OF_LINE = (r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?")
_DATELINE = re.compile(r"^(?:[A-Z][A-Z .,'-]+(?:,\s*[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+)?)?"
                       rf"(?:,\s*{_DATE_OF_LINE})?|[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?,\s+"
                       rf"{_DATE_OF_LINE})\s*(?:\([^)]*\))?\s*[-—–:\ufffd]+\s*")
_TRAILING = re.compile(r"(?:\s+(?:also|has|have|had|reportedly|later|earlier|separately|"
                       r"previously|further|again|had\s+earlier))+$")


def dateline(sentence: str) -> tuple[tuple[int, int], ...]:
    """The span of a wire dateline opening the sentence ("YANGON, Myanmar (Reuters) - "), if any:
    the agency is no actor of the event."""
    match = _DATELINE.match(sentence)
    return ((0, match.end()),) if match is not None else ()


# A time before the name of who said it: "On Friday evening the LNA said"
_LEADING_TIME = re.compile(
    r"(?:(?:late|early)\s+)?(?:on\s+|by\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|yesterday|today|tonight|earlier|later|overnight|last\s+(?:night|week))"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=\S)", re.I)


def _clean(name: str) -> str:
    cut = _APPOSITIVE.search(name)
    name = _DATELINE.sub("", name[:cut.start()] if cut else name)
    time = _LEADING_TIME.match(name)
    name = name[time.end():] if time else name
    return _TRAILING.sub("", name).strip(" ,“”\"'’")


def find_source(sentence: str, protect: Callable[[str], bool] | None = None) -> Source:
    """Find "X said", "according to X", ", said X" and "X reported that" in one sentence.

    A leading "X said that" whose X, lower-cased, ``protect`` holds true of (it holds an event
    trigger: "Residents who fled Khartoum said ...") is not taken as an attribution.
    """
    if not any(word in sentence for word in _SAY_HINTS):
        return Source(None, ())
    spans: list[tuple[int, int]] = []
    names: list[str] = []
    for pattern, words in _SOURCES:
        if not any(word in sentence for word in words):
            continue  # a word the pattern cannot match without is missing
        match = pattern.search(sentence)
        if match is not None and len(match.group("src").split()) <= 16:
            spans.append((match.start(), match.end()))
            names.append(_clean(match.group("src")))
            break
    head = _SRC_HEAD.match(sentence)
    if head is not None and len(head.group("src").split()) <= 12 and not (
            protect is not None and protect(head.group("src").lower())):
        spans.append((head.start("src"), head.end()))
        names.append(_clean(head.group("src")))
    return Source(names[0] if names else None, tuple(spans))


_NUM_WORD = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
_QUANT = (
    r"(?P<q>(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|"
    r"approximately|roughly|an\s+estimated)\s+)?"
    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|(?:(?:{_NUM_WORD})(?:(?:[- ]|\s+and\s+(?=[a-z]+ty\b|"
    rf"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen\b))"
    rf"(?:{_NUM_WORD}))*)"
    r"|dozens|hundreds|thousands|scores|several|many|a\s+number\s+of)"
)
_VIOLENT = r"(?:strikes?|attacks?|shelling|airstrikes?|bombs?|bombings?|raids?|clashes|fighting)"
_KILLED = r"(?:killed|dead|died|slain|lost\s+their\s+lives)"
# Before the patterns that open with a count: the first characters a count starts with, so
# that most word starts fail before the alternatives are tried (the same matches; see
# geo.prefilter).
_COUNT_AHEAD = lookahead(_QUANT, 3, re.IGNORECASE) or ""
# Each count pattern with the words (lower case) it cannot match without: a sentence that
# lacks them is not searched with it (see _may_hold).
# Words that are no victims' noun: a second count ("On 7 June two farmers were killed": the
# 7 is a day, the toll is two)
_NO_VICTIM = (r"(?:" + "|".join(w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an"))
              + r")\b")
_FATALITY = tuple((re.compile(p, re.IGNORECASE), words) for p, words in (
    (rf"\b{_COUNT_AHEAD}{_QUANT}\s+(?P<who>(?:(?!{_VIOLENT}\b|in\b|on\b|at\b|by\b|which\b|who\b|that\b"
    rf"|{_NO_VICTIM})[a-z][\w-]*\s+){{0,3}}?|(?!{_NO_VICTIM})[a-z][\w-]*(?=,))"
    # "Twenty-six people, mostly tourists, were killed"
    r"(?:,\s+(?:mostly|mainly|many|most|all|including|among\s+them)\s+(?:[a-z][\w-]*\s+)?"
    r"[a-z][\w-]*,\s+)?"
    rf"(?:(?:were|was|have\s+been|had\s+been|been|are)\s+)?"
    rf"(?:reportedly\s+)?{_KILLED}\b", ("killed", "dead", "died", "slain", "lost")),
    (rf"\b(?:killed|killing|kills|beheaded|beheading|massacred|massacring|martyred|martyring)"
     rf"\s+{_QUANT}\b(?!\s*(?:percent|%|km|miles|years?|days?|hours?))"
    r"(?:\s+(?P<who>[a-z][\w-]*(?:\s+(?!(?:in|on|at|near|and|during|after|when|as|while|"
    r"from|of|across|inside|outside|since|including)\b)[a-z][\w-]*)?))?",
     ("kill", "behead", "massacr", "martyr")),
    (rf"\b(?:left|leaving)\s+{_QUANT}\s+(?:[a-z]+\s+)?dead", ("left", "leaving")),
    # "hacked 11 people to death", "burned three women alive"
    (rf"\b(?:hacked|stabbed|beaten|beat|clubbed|burned|burnt|burning|hacking)\s+{_QUANT}\s+"
     r"(?:[a-z][\w-]*\s+)?(?P<who>[a-z][\w-]*)\s+(?:to\s+death|alive)\b", ("death", "alive")),
    (rf"\bdeath\s+toll\s+(?:\w+\s+){{0,3}}?(?:to|of|at|reached)\s+{_QUANT}", ("death",)),
    (rf"\b{_COUNT_AHEAD}{_QUANT}\s+(?:deaths|fatalities)\b", ("deaths", "fatalities")),
))


def _may_hold(low: str, words: tuple[str, ...], plain: bool) -> bool:
    """Whether a pattern that needs one of ``words`` may match the sentence ``low`` is the
    lower() of (always, unless ``plain``: see :func:`geo.prefilter.folds_plainly`)."""
    return not plain or any(w in low for w in words)
_PERSON = re.compile(
    r"(?:people|persons?|soldiers?|troops|fighters?|militants?|men|man|officers?|policemen|"
    r"police|journalists?|workers?|members|rebels?|insurgents?|gunmen|staff|servicemen|others|"
    + "|".join(sorted(CIVILIAN_NOUNS, key=len, reverse=True)) + ")$",
    re.IGNORECASE,
)
_DEATH_HINTS = ("kill", "dead", "died", "slain", "death", "fatalit", "lives", "behead",
                "massacr", "alive", "martyr")
_VAGUE = frozenset("dozens hundreds thousands scores several many".split())


@dataclass(frozen=True, slots=True)
class Fatalities:
    """A death count as written, its value when it has one, and who died."""

    count: int | None
    text: str
    start: int
    approximate: bool
    victims: str | None


def _number(text: str) -> int | None:
    words = " ".join(text.lower().replace(",", "").replace("-", " ").split())
    if words.isdigit():
        return int(words)
    if words in _VAGUE or words.startswith("a number"):
        return None
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words]
    total = current = 0
    for word in words.split():
        if word == "and" and total + current >= 100:
            continue  # "one hundred and twenty"
        value = NUMBER_WORDS.get(word)
        if value is None:
            return None
        if value in (100, 1000, 12) and word != "a":
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current or None


# "24 civilians, 24 fighters and 25 militiamen were killed": one toll of 73.
_COUNT_WORDS = sorted((w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an")),
                      key=len, reverse=True)
_COUNT = r"(?:\d[\d,]*|" + "|".join(_COUNT_WORDS) + ")"
_NOT_NOUN = r"(?!(?:were|was|are|have|had|and|died|killed|hundreds?|thousands?|millions?)\b)"
_ITEM = _COUNT + rf"\s+(?:{_NOT_NOUN}[A-Za-z][\w-]*\s+)?{_NOT_NOUN}[a-z][\w-]*"
_ITEMS = rf"{_ITEM}(?:\s*,\s*{_ITEM}){{0,12}},?\s+and\s+{_ITEM}"  # bounded: linear
_TOLL_LIST = re.compile(
    rf"\b(?P<items>{_ITEMS})\s+(?:(?:were|have\s+been|had\s+been|are)\s+)?"
    rf"(?:reportedly\s+)?{_KILLED}\b"
    rf"|\b(?:killed|killing|kills)\s+(?P<after>{_ITEMS})\b", re.IGNORECASE)
_ROUGHLY = lazy(r"\b(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|"
                r"up\s+to|an\s+estimated)\s+$", re.IGNORECASE)
_LIST_NUMBER = lazy(rf"\b{_COUNT}\b", re.IGNORECASE)


def find_fatalities(sentence: str) -> Fatalities | None:
    """Return the first death count in the sentence ("11 civilians were killed" -> 11).

    A list of counts adds up ("24 civilians, 24 fighters and 25 militiamen were killed"
    -> 73).
    """
    low = sentence.lower()
    if not any(word in low for word in _DEATH_HINTS):
        return None
    listed = _TOLL_LIST.search(sentence)
    if listed is not None:
        items = listed["items"] or listed["after"]
        total = sum(_number(n) or 0 for n in _LIST_NUMBER.findall(items))
        vague = _ROUGHLY.search(sentence, 0, listed.start()) is not None
        return Fatalities(total, items, listed.start(), vague, None)
    plain = folds_plainly(sentence, low)
    matches = sorted((m for p, words in _FATALITY if _may_hold(low, words, plain)
                      for m in p.finditer(sentence)), key=lambda m: m.start())
    for match in matches:
        n = match.group("n")
        who = ((match.groupdict().get("who")) or "").strip()
        if n.lower() in ("a", "an") and not (who and _PERSON.search(who)):
            continue
        text = sentence[match.start("q") if match.group("q") else match.start("n"):match.end("n")]
        victims = who if who and _PERSON.search(who) else None
        return Fatalities(_number(n), text, match.start(), bool(match.group("q")), victims)
    return None


_TOKEN = re.compile(r"\d[\d,.]*\d(?![\w-])|[\w’'.-]+|[^\w\s]")
_LIGHT = LIGHT_VERBS
_SUBORDINATORS = frozenset(
    """as while when after before because since although though if where whereas until once
    during amid despite following according""".split()
)
_AUX = frozenset(
    """have has had was were is are been being be will would could should may might can did
    do does said says reportedly also later already
    again allegedly then subsequently jointly successfully finally just now recently appear
    appears appeared seem seems seemed
    launched launch carried conducted staged mounted began started unleashed fired out a an
    the its their his her new""".split()
)
_ED_ADJECTIVES = frozenset(
    """estimated reported alleged suspected armed displaced wounded injured trained backed
    led united embattled besieged masked unidentified unnamed detained allied combined
    improvised unmanned guided organised organized uniformed hooded""".split()
)
# Past tenses not in -ed that end a subject ("a column of army vehicles left Kidal").
_PAST_VERBS = IRREGULAR_PAST | PAST_FORMS
_VERBS = _AUX - frozenset("a an the its their his her new out".split())
_DETERMINERS = ("the ", "The ", "a ", "A ", "an ", "An ", "some ", "Some ", "another ",
                "Another ", "and ", "but ")  # (a clause joined by "and": "and a flight")
_QUANTIFIER = re.compile(
    r"^(?:(?:some|about|around|nearly|at\s+least|more\s+than|up\s+to|over|estimated|an\s+estimated)\s+)?"
    r"(?:\d[\d,]*|dozens\s+of|hundreds\s+of|thousands\s+of|scores\s+of)\s+"
    # "20 of 25 drones", "18 of the 20 missiles"
    r"(?:(?:of|out\s+of)\s+(?:the\s+)?(?:\d[\d,]*\s+)?)?",
    re.IGNORECASE,
)
# Lower-case words inside an actor's name ("Ethiopian federal forces", "Malian special forces").
_ACTOR_ADJECTIVES = frozenset(
    """federal national special regular allied armed security local tribal presidential
    republican pro-government anti-government opposition self-defence self-defense air
    ground naval""".split())
_ADVERB = re.compile(r"(?!(?:family|assembly|ally|rally|supply|anomaly)$)[a-z]{3,}ly")
_PRONOUNS = frozenset("it they he she we its their which that who this these those".split())
_STOP_AFTER = frozenset(set(PREPOSITIONS) | _SUBORDINATORS | {
    "that", "which", "who", "and", "has", "have", "had", "was", "were", "is", "are"})


_PARTICLES = frozenset(
    "al el ad ar as ash az ad-din bin ibn abu de del da di du la le van von".split()
)


def _premodifiers(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = len(tokens) - 1
    while i >= 0 and tokens[i].lower() in INSTRUMENT_WORDS:
        i -= 1
    while i >= 0:
        tok = tokens[i]
        if tok.lower() in _ORDINALS:
            break  # "The Second Battle of Tal Afar": the battle's number, no actor
        if tok[0].isupper() or tok.endswith(("’s", "'s", "’", "'")) or (
                tok.lower() in ACTOR_NOUNS or (out and tok.lower() in _ACTOR_ADJECTIVES)):
            out.insert(0, tok)
        elif tok in ("and", ",") and out and i > 0 and (
                tokens[i - 1][0].isupper() or tokens[i - 1].lower() in ACTOR_NOUNS):
            out.insert(0, tok)
        elif tok in _PARTICLES and out and i > 0 and tokens[i - 1][0].isupper():
            out.insert(0, tok)  # "Clan del Golfo", "Ahl al Sunna"
        else:
            break
        i -= 1
    if out and i >= 0 and tokens[i].lower() in _PLACE_PREPS:
        return []  # "ELN attacks in Arauca displaced ...": a place, not the actor
    return out


_PLACE_PREPS = frozenset("in at near across inside outside around into from".split())
_ORDINALS = frozenset(w.lower() for w in ORDINALS)


def _tidy(words: list[str]) -> str | None:
    text = " ".join(words).replace(" ,", ",").strip(" ,")
    text = re.sub(r"[’']s?$", "", text) if text.endswith(("’", "'")) else text
    text = _QUANTIFIER.sub("", text)
    if text.endswith(".") and "." not in text[:-1].rsplit(" ", 1)[-1]:
        text = text[:-1]
    while text.startswith(_DETERMINERS):
        text = text.split(" ", 1)[1]
    text = text.strip(" ,“”\"")
    low = text.lower()
    if (not text or low in _PRONOUNS or low in _SUBORDINATORS or low in PREPOSITIONS
            or low in _AUX
            or low in ("a", "an", "the", "some", "another", "and", "or", "but")
            or len(text.split()) > 10 or all(w in NUMBER_WORDS or w[0].isdigit()
                                             for w in low.split())):
        return None
    return text


_PARTICIPLE = lazy(PAST_PARTICIPLE)


def actor_before(before: str, *, verbal: bool = True) -> str | None:
    """The actor named before a trigger: its premodifiers or the subject of its clause.

    ``before`` runs from the start of the trigger's clause to the trigger. A noun trigger
    (``verbal=False``: "a wave of attacks") names its actor only in its own modifiers.
    """
    tokens = _TOKEN.findall(before)
    premod = _premodifiers(tokens)
    if premod and premod[0] not in ("and", ","):
        return _tidy(premod)
    if tokens and tokens[-1].lower() == "of":
        return None  # "after days of air strikes": a noun after "of" names no subject
    if not verbal:
        rest = [t for t in tokens if t.lower() not in INSTRUMENT_WORDS or t.lower() in _LIGHT]
        while rest and (rest[-1].lower() in ("a", "an", "the", "its", "their", "his", "her", "of",
                                             "dozens", "hundreds", "more", "than", "at", "least")
                        or rest[-1].lower() in NUMBER_WORDS or rest[-1][0].isdigit()):
            rest.pop()
        if not rest or rest[-1].lower() not in _LIGHT:
            return None  # "a wave of attacks"; but "rebels launched an attack" goes on
    seps = [i for i, tok in enumerate(tokens) if tok in (",", "that", "who", "which")
            or tok.lower() in _SUBORDINATORS]
    if seps:
        idx = seps[-1]
        # "Missiles that were not intercepted hit", "Fighters who had crossed from Sudan
        # attacked": a relative clause told in full describes the subject before it
        whole = tokens[idx] in ("who", "which", "that") and any(
            _PARTICIPLE.fullmatch(t) for t in tokens[idx + 1:])
        if not whole and [t for t in tokens[idx + 1:] if t.lower() not in _AUX]:
            tokens = tokens[idx + 1:]
        elif tokens[idx] == ",":
            tokens = tokens[:tokens.index(",")]
        elif tokens[idx] in ("who", "which", "that"):  # "insurgents who have captured"
            words: list[str] = []
            for tok in reversed(tokens[:idx]):
                if tok.lower() in PREPOSITIONS or tok.lower() in ("to", "of") or not (
                        tok[0].isalnum()):
                    break
                words.insert(0, tok)
            return _tidy(words[-6:])
    while tokens and (tokens[-1].lower() in _AUX or tokens[-1].lower() in INSTRUMENT_WORDS
                      or _ADVERB.fullmatch(tokens[-1])):
        tokens.pop()  # "Militants repeatedly attacked": the adverb is no part of the actor
    if len(tokens) > 1 and tokens[-1].lower() in _PRONOUNS and tokens[-2].lower() in (
            "later", "afterwards", "then"):
        return None  # "Hours later they moved north": a pronoun's clause, after its time
    if not tokens or tokens[0].lower() in PREPOSITIONS or tokens[0].lower() in _SUBORDINATORS:
        return None  # the clause opens with a phrase, not a subject
    words = []
    for tok in tokens:
        low = tok.lower()
        if words and ((low in PREPOSITIONS and low != "of") or not tok[0].isalnum()
                      or low in _VERBS or low in _PAST_VERBS
                      or (tok.islower() and low.endswith("ed") and len(low) > 4
                          and low not in _ED_ADJECTIVES)):
            break
        words.append(tok)
    return _tidy(words)


def actor_after(after: str) -> str | None:
    """The noun phrase at the start of ``after`` (the words following "by", "against", "with")."""
    words: list[str] = []
    for tok in _TOKEN.findall(after)[:8]:
        if (tok.lower() in _STOP_AFTER and words) or not (tok[0].isalnum() or tok in "’'"):
            break
        if (words and _AFTER_NOUN.fullmatch(tok) and tok not in _ED_ADJECTIVES
                and words[-1][0].isalpha() and not words[-1].endswith("ly")):
            break  # "drones launched at Kyiv": the participle describes the noun before it
        words.append(tok)
    return _tidy(words)


# A participle that follows its noun ("25 drones launched at Kyiv", "a missile fired from").
_AFTER_NOUN = lazy(r"[a-z]{3,}ed|shot|sent|struck|held|caught|hit|found|seen|flown")
_BY = re.compile(r"\s+(?:\w+ly\s+)?by\s+")
_BY_LATER = lazy(r"[^,;:()]{0,60}?\s+by\s+")
# "by" a means of travel is how, not who: "were evacuated by helicopter to Parakou"
_BY_MEANS = re.compile(r"(?:(?:an?|the)\s+)?(?:helicopters?|road|bus|buses|boats?|air|planes?|"
                       r"aircraft|trains?|trucks?|lorries|cars?|sea|land|foot|ambulances?|"
                       r"ferry|ferries|convoys?)\b", re.I)
# A phrase naming who stands behind the actor ("M23 rebels backed by Rwanda", "Houthi forces,
# allied with Iran,"): the backer is no actor of the event. Ends right before the trigger.
_BACKER = re.compile(rf"(?:\s*,\s*|\s+){BACKING}[^,;:()]{{1,80}}?\s*,?\s*$")
_CLAIMED_FOR = re.compile(r"\bresponsibility\s+for\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$",
                          re.I)
_CLAUSE_PUNCT = lazy(r"[;:,(“\"—–]")
_WITH = re.compile(r"\s+(?:\w+\s+){0,3}?(?:against|with|targeting)\s+")
_BETWEEN = re.compile(r"\s+(?:\w+\s+)?between\s+(?P<a>[^,;]+?)\s+and\s+")
_SAID_PRONOUN = re.compile(r"\s*(?:saying|claiming|adding|stating|insisting|alleging|announcing)"
                           r"\s+(?:that\s+)?(?:it|they|he|she|we)\b", re.I)
_FELL_TO = re.compile(r"(?:fell|fallen|falls)\s+(?:in)?to$", re.I)


def actors(sentence: str, span: tuple[int, int], text: str, kind: str, voice: str,
           clause: int) -> tuple[str | None, str | None]:
    """Who acted (actor1) and on whom (actor2), for the trigger ``text`` at ``span``.

    ``voice`` is "passive" for "was seized by X"; ``clause`` is where the trigger's clause
    starts ("between X and Y", "fell to X", "an attack by X", "X shelled ...").
    """
    start, end = span
    after = sentence[end:]
    before = sentence[clause:start]
    backer = _BACKER.search(sentence, max(0, start - 200), start) if voice != "passive" else None
    if backer is not None:
        # "M23 rebels backed by Rwanda captured ...", "Wagner, backed by X, seized ...": the
        # subject is before the backing phrase (in the clause before it when commas set it off)
        cut = backer.start()
        if cut < clause or not sentence[clause:cut].strip():
            clause = max((m.end() for m in _CLAUSE_PUNCT.finditer(sentence, 0, cut)), default=0)
        before = sentence[clause:cut]
    verbal = is_verbal(text)
    actor1 = actor2 = None
    if _CLAIMED_FOR.search(before):
        before = ""  # "X claimed responsibility for a car bomb": X is the attribution's name
    by = _BY.match(after)
    between = _BETWEEN.match(after)
    if between is not None:
        actor1 = actor_after(" " + between.group("a"))
        actor2 = actor_after(after[between.end():])
    elif _FELL_TO.match(text):  # "Bakhmut fell to Russian forces"
        actor1 = actor_after(after)
    elif voice == "passive":
        if by is None:  # "was intercepted over the Red Sea by a US destroyer"
            by = _BY_LATER.match(after)
        if by is not None and _BY_MEANS.match(after, by.end()):
            by = None
        actor1 = actor_after(after[by.end():]) if by else None
        if actor1 is None and not is_verbal(text.split()[-1]):
            # "Odesa was the target of a Russian drone attack": the noun's own modifiers
            premod = _premodifiers(_TOKEN.findall(before))
            actor1 = _tidy(premod) if premod and premod[0] not in ("and", ",") else None
        if kind == "interception":
            actor2 = actor_before(before)  # what was intercepted: the subject
        if actor1 is None and kind in ("movement", "displacement"):
            actor1 = actor_before(before)
    else:
        said = _SAID_PRONOUN.match(before)
        if said is not None and clause > 0:
            # "The Houthis claimed the attack, saying they had targeted a tanker": the
            # pronoun stands for the subject of the clause the participle hangs on
            actor1 = actor_before(sentence[:clause].rstrip(" ,"))
        else:
            actor1 = actor_before(before, verbal=verbal)
        if actor1 is None and not verbal and by is not None:  # "an attack by RSF fighters"
            actor1 = actor_after(after[by.end():])
    if actor2 is None:
        other = _WITH.match(after)
        if other is not None and not between:
            actor2 = actor_after(after[other.end():])
        elif kind == "interception" and voice != "passive":
            actor2 = actor_after(after)
    return actor1, actor2
