"""Find place mentions in text: longest gazetteer match over capitalised word runs."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache, partial
from itertools import accumulate, chain, compress, count, repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

from geo.models import Mention, MentionHint, Place
from geo.places import unknown, variants, wordfacts
from geo.places.distance import DISTANCE_OF
from geo.places.gazetteer import CURATED, PRIMARY, Gazetteer
from geo.places.normalize import ARTICLES, normalize_name
from geo.places.priors import name_candidates
from geo.places.shortened import shortened_mentions, spread_plural_hints
from geo.places.unknown import ADJECTIVE_ENDS, unknown_name_mentions
from geo.places.usage import CALENDAR, GROUND_VERBS, TITLES, name_uses
from geo.places.wordfacts import place_keys, place_test
from geo.prefilter import trie

__all__ = ["Token", "clear_caches", "extract_mentions", "tokenize"]

# Words (with inner apostrophes: Qa'im, Sana'a), dotted abbreviations (U.S., U.K.), numbers.
# The abbreviation is tried only after a capital letter, which keeps the scan fast.
_TOKEN = re.compile(r"[A-Z](?:\.(?:[A-Z]\.)+|[\w'’‘ʿʾʼ`]*)|[^\W_][\w'’‘ʿʾʼ`]*")
# The scan itself skips, inside the regex, what the loop below would drop: characters that
# start no token and whole lowercase ASCII words outside _SPECIAL (possessive, so nothing is
# given back); group 1 is the next token, or None at the end of the text. Tokens stay those
# of _TOKEN.finditer, with about a fifth of the matches reaching Python.
_TOKEN_CHARS = r"[\w'’‘ʿʾʼ`]"
_QUOTES = "'’‘`"  # trailing quote marks (not the letters ʿ ʾ of "Ṣanʿāʾ")
_APOS = ("'", "’")
# What may separate two words of one name: a space, or a hyphen with or without spaces.
_JOIN_GAPS = frozenset(
    [" ", "\t"] + [f"{a}{h}{b}" for h in "-‐–" for a in ("", " ", "\t") for b in ("", " ", "\t")]
)
# "Democratic Republic of the Congo", "Isle of the ...": "the" after a connector, kept in the
# key (the token list leaves ordinary lowercase words out).
_THE_GAPS = frozenset((" the ", "\tthe "))
# A possessive inside a name: "Cox's Bazar", "Hell's Kitchen" (the token leaves out the 's).
_POSSESSIVE = ("'s ", "’s ")
_SENTENCE_END = re.compile(r"(?:[.!?]|\n)[\"'”’)\]\s]*$")

# Lowercase words allowed inside a multi-word name ("Rio de Janeiro", "Dayr az Zawr").
_CONNECTORS = frozenset(
    "de del della la le les los las da das do dos di du des van von der den ten y e i "
    "of and upon on sur sous au aux en am im al el ad ar as an at az ash ath ed es ez et ul "
    "ud bin ibn bani beni".split()
)
# Lowercase words that end a feature name ("Al-Qa'im border crossing", "Zaporizhzhia
# nuclear power plant") and the lowercase words allowed before them.
_FEATURE_TAILS = frozenset(
    "crossing bridge point plant strip heights base airport camp dam port checkpoint "
    "station field airbase airfield".split()
)
# Capitalised words that make no name of a feature tail after them: a sentence opening "The
# camp", "This base".
_DETERMINERS = frozenset("the a an this that these those its their our his her".split())
_FEATURE_INNER = frozenset(
    "border nuclear power air naval military refugee international oil gas".split()
)

# Words around a name that say which kind of place it is.
_REGION_WORDS = frozenset(
    "province provinces governorate governorates oblast oblasts region regions state states "
    "district districts county counties prefecture department departments municipality "
    "territory canton raion rayon wilaya".split()
)
_CITY_WORDS = frozenset("city town village cities towns villages".split())
# A kind of place in apposition after a name: "Kidal, a northern town held by rebels", "Hama,
# the province's capital city" (not "Hama, the capital of the province", "Jordan, a town
# councillor": the kind word must end its phrase)
_KIND_APPOSED = re.compile(
    r", (?:a|an|the) (?:[a-z][\w'’-]*[ \t]+){0,3}?"
    r"(town|city|village|province|region|governorate|district)\b(?!['’])"
    # ... ending its phrase ("a town councillor", "the region's capital" name no kind)
    r"(?=[ \t]*[,.;:)]|[ \t]*$|[ \t]+(?:held|in|on|near|that|which|where|with|known|located|"
    r"about|and|home|some|north|south|east|west|close|bordering)\b)")
# A day or month after a name ("shelled Jenin Tuesday", "in Gaza May 5") does not make it part
# of a longer capitalised name.
_CALENDAR = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name)
                      if name)
_AFTER_HINT = re.compile(r"\A[ \t]+([A-Za-z]+)\b")
_DISTANCE_OF = re.compile(DISTANCE_OF + r"$", re.IGNORECASE)
_BEFORE_OF = re.compile(r"\b(city|town|village|province|governorate|region|state|oblast|"
                        r"district|county)\s+of\s+$", re.IGNORECASE)
# "U.K.-based", "Iranian-backed", "Turkish-held": a name used as a modifier, not a place.
_MODIFIER_TAIL = re.compile(
    r"[-‐–](?:backed|based|led|held|controlled|funded|allied|sponsored|supported|made|"
    r"born|run|brokered|occupied|owned|linked|aligned|friendly|bound)\b"
)
_HYPHENS = ("-", "‐", "–")
# A country's name inside the name of a river, lake or valley ("the Niger River", "Lake
# Chad", "the Jordan Valley") is no mention of the country; any name before "river",
# "delta" or "basin" names the water, not the town ("villages along the Dnipro River" in
# Kherson region are not in Dnipro city, "islands in the Dnipro delta").
_LANDFORM_TAIL = re.compile(r"\s+(?:River|Basin|Valley|Delta|Lake|river|delta|basin)\b")
_WATER_TAIL = re.compile(r"\s+(?:River|Basin|Delta|(?:river|delta|basin)(?=\s*(?:[,.;:()]|$|"
                         r"(?:in|near|at|on|and|or|from|to|into|between|valley|region|area)\b))"
                         r")\b")


def _in_landform(text: str, start: int, end: int, gaz: Gazetteer, key: str,
                 abbreviation: bool) -> bool:
    if _WATER_TAIL.match(text, end):
        return True
    if not (_LANDFORM_TAIL.match(text, end) or text.endswith("Lake ", 0, start)):
        return False
    return any(p.kind == "country" for p, _ in _facts(gaz, key, abbreviation).cands)
_LOCATIVE = frozenset(
    "in at near from to into across outside around toward towards via through of "
    "over between inside within".split()
)
_SPECIAL = _CONNECTORS | _FEATURE_TAILS | _FEATURE_INNER | _LOCATIVE | GROUND_VERBS

# The scan skips, inside the regex, what tokenize leaves out: characters that start no token
# and whole lowercase ASCII words outside _SPECIAL. A token matches wherever the skipping
# stops, so nothing is ever given back; the pattern has no possessive quantifiers all the same
# (Python 3.10 has none, and 3.11 before 3.11.5 mis-captures groups inside them).
# Each match is (skipped text, next token), or (skipped text, "") at the end; matches follow
# each other without a gap, so the lengths alone give every offset (itertools.accumulate, in
# C) and the skipped text before a token is the gap that joins it to the previous one or not.
# Tokens stay those of _TOKEN.finditer; lowercase ones outside ASCII are left out after.
# The skip is one word and the non-word characters after it per turn of the loop (a loop turn
# costs the engine more than the characters it reads): the same skips as one turn for each.
_SCAN = re.compile(
    rf"([^\w]*(?:(?:_|(?!{trie(_SPECIAL)}(?!{_TOKEN_CHARS}))[a-z]{_TOKEN_CHARS}*)[^\w]*)*)"
    rf"({_TOKEN.pattern}|\Z)"
)
# A token ending so is trimmed: a closing quote or plural possessive ("rebels’"), a
# possessive 's ("Aleppo's").
_TRIMMED_ENDS = (*_QUOTES, *(a + s for a in _APOS for s in "sS"))


class Token(NamedTuple):
    """A word of the text that may belong to a place name, with its offsets."""

    text: str
    start: int
    end: int
    cap: bool
    """Starts with a capital letter."""
    key: str
    """``normalize_name(text)``."""
    low: str
    """``text.lower()``."""
    joined: bool
    """Only a space or a hyphen separates it from the previous token (same name)."""


@lru_cache(maxsize=4)
def tokenize(text: str) -> list[Token]:
    """The words of ``text`` that can be part of a place name, with their offsets.

    Capitalised words, dotted abbreviations and the few lowercase words that may sit inside
    or before a name (connectors such as "de", "al"; feature words such as "crossing";
    prepositions such as "in"). Other lowercase words are skipped: the gap they leave
    between two tokens is what breaks a name. Possessive 's is left out of the token.
    The last few results are cached (mention finding and the resolver's context read the
    same text); callers must not modify the returned list.
    """
    pieces = list(chain.from_iterable(_SCAN.findall(text)))  # skipped, token, skipped, ...
    while pieces and not pieces[-1]:  # the end of the text ("", or skipped text then "")
        del pieces[-2:]
    firsts = "".join(map(itemgetter(0), pieces[1::2]))  # each token's first letter
    if not firsts.isascii():  # a word may start with "é": lowercase
        pieces = _without_lowercase(pieces, firsts)
        firsts = "".join(map(itemgetter(0), pieces[1::2]))
    # Built column by column with C-level map/zip: tokens are many, per-token Python is slow.
    offsets = list(accumulate(map(len, pieces)))
    toks, starts, stops, gaps = pieces[1::2], offsets[0::2], offsets[1::2], pieces[2::2]
    joined = [False, *map(_JOIN_GAPS.__contains__, gaps)]
    for k in compress(count(), map(_THE_GAPS.__contains__, gaps)):
        joined[k + 1] = toks[k] in _CONNECTORS  # "Republic of the Congo"
    for k in compress(count(), map(str.endswith, toks, repeat(_TRIMMED_ENDS))):
        tok = toks[k].rstrip(_QUOTES)
        if tok[-2:-1] in _APOS and tok[-1:] in "sS" and len(tok) > 3:
            tok = tok[:-2]
        if tok != toks[k]:
            # The gap after now starts with the quote: no space or hyphen joins the next word.
            stops[k] -= len(toks[k]) - len(tok)
            toks[k] = tok
            if k + 1 < len(joined):
                joined[k + 1] = False
    return list(map(tuple.__new__, repeat(Token), zip(
        toks, starts, stops, map(str.isupper, firsts),
        map(normalize_name, toks), map(str.lower, toks), joined,
    )))



def _without_lowercase(pieces: list[str], firsts: str) -> list[str]:
    """The (skipped, token, ...) pieces, changed in place, with lowercase tokens outside
    _SPECIAL ("élan") moved into the skipped text, as the scan does with ASCII ones.

    ``firsts`` holds the first letter of each token. The scan leaves no lowercase ASCII word
    outside _SPECIAL, and every word of _SPECIAL is ASCII: the tokens to move are exactly
    those whose first letter is lowercase and not ASCII, the only ones looked at here.
    """
    for k in reversed([k for k, c in enumerate(firsts) if not c.isascii() and c.islower()]):
        # Token k is pieces[2k + 1]: it and the skipped text after it join the text before
        # (the last token goes with the text before it: the end of the text is dropped).
        pieces[2 * k : 2 * k + 3] = [pieces[2 * k] + pieces[2 * k + 1] + pieces[2 * k + 2]] \
            if 2 * k + 2 < len(pieces) else []
    return pieces


@lru_cache(maxsize=4)
def _first_word(text: str) -> int:
    m = re.search(r"\S", text)
    return m.start() if m else len(text)


def _sentence_initial(text: str, tok: Token) -> bool:
    before = text[max(0, tok.start - 6) : tok.start]
    if tok.start <= _first_word(text):
        return True
    return bool(_SENTENCE_END.search(before)) or (not before.strip() and "\n" in before)


_CAP = attrgetter("cap")


def _spans(
    text: str, tokens: list[Token], max_tokens: int
) -> Iterable[tuple[int, int, str]]:
    """Candidate spans (first, last, key): capitalised at both ends, joined inside.

    ``key`` is normalize_name of the span, assembled from its tokens' (cached) normal forms:
    an article before another word becomes "al", as normalize_name does.
    """
    n = len(tokens)
    for i, first in compress(enumerate(tokens), map(_CAP, tokens)):  # capitalised, in C
        if i + 1 == n or not (tokens[i + 1].joined or text.startswith(_POSSESSIVE, first.end)):
            yield i, i, first.key  # a word on its own: the common case
            continue
        head = ""  # key of tokens i..j-1, each article already folded
        possessive = False  # "Cox's Bazar", "King's Lynn": keyed from the text itself
        for j in range(i, min(n, i + max_tokens)):
            tok = tokens[j]
            if j > i and not tok.joined:
                if not (tok.cap and text[tokens[j - 1].end : tok.start] in _POSSESSIVE):
                    break
                possessive = True
            low, part = tok.low, tok.key
            if j > i and text[tokens[j - 1].end : tok.start] in _THE_GAPS:
                head = f"{head} the"
            if possessive and tok.cap:
                yield i, j, normalize_name(text[first.start : tok.end])
            elif tok.cap or (j > i and low in _FEATURE_TAILS
                             and first.low not in _DETERMINERS):  # (not "The camp was hit")
                yield i, j, f"{head} {part}" if head and part else head or part
            elif low not in _CONNECTORS and low not in _FEATURE_INNER:
                break
            if part:
                part = "al" if part in ARTICLES else part
                head = f"{head} {part}" if head else part


def _hint_after(text: str, end: int) -> tuple[MentionHint | None, int]:
    if text.startswith(",", end):
        # (most commas after a name open no apposition: the regex runs only after ", a",
        # ", an", ", the")
        if not text.startswith((", a ", ", an ", ", the "), end):
            return None, end
        kind = _KIND_APPOSED.match(text, end, end + 60)  # "Kidal, a northern town held by"
        if kind is None:
            return None, end
        return ("city" if kind.group(1).lower() in _CITY_WORDS else "region"), end
    if text[end : end + 1] not in (" ", "\t"):
        return None, end
    m = _AFTER_HINT.match(text[end : end + 24])
    if not m:
        return None, end
    word = m.group(1).lower()
    if word in _REGION_WORDS:
        return "region", end + m.end()
    if word in _CITY_WORDS and word not in ("state", "states"):
        return "city", end + m.end()
    if word == "crossing" or text[end : end + 17].lower() == " border crossing":
        return "feature", end + (16 if word == "border" else 9)
    return None, end


def _distance_hint(gazetteer: Gazetteer, key: str) -> MentionHint | None:
    """The hint of a name a distance is measured from: a town, where a town of that name
    holds a real share of the province or country named so ("130 km south of Misrata", the
    town, not the district), none where the area is the place ("60 km east of Jordan", "100
    miles east of Florida": not Jordan, Hong Kong or Florida, Cuba)."""
    cands = gazetteer.candidates(key)
    area = max((p.population for p, _ in cands if p.kind in ("country", "admin1")), default=0)
    town = max((p.population for p, _ in cands if p.kind == "city"), default=0)
    return "city" if town and town >= 0.05 * area else None


def _hint_before(text: str, start: int) -> str | None:
    before = text[max(0, start - 20) : start]
    m = _BEFORE_OF.search(before) if "f" in before or "F" in before else None  # "... of "
    if not m:
        # a distance is measured from a town: "130 km south of Misrata" (not the province)
        if (before.endswith(" of ") and _DISTANCE_OF.search(text, max(0, start - 48), start)
                is not None):
            return "distance"  # (see _distance_hint: a town only where one is named so)
        return None
    if m.group(1).lower() == "district" and _NAMED_BEFORE.search(
            text, max(0, start - 60), start - len(before) + m.start()):
        return None  # "the Saltivskyi district of Kharkiv": Kharkiv holds the district
    return "city" if m.group(1).lower() in ("city", "town", "village") else "region"


# ... or a preposition: a name that is a place of its own before it ("deployed troops to
# Djibouti to prepare", "from Djibouti on Monday"; not "Saudi and Emirati forces")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,;:).]|$|(?:to|for|from|in|on|at|via|after|before|where|"
                         r"since|until|during|into)\b)")
# A kind of place and "of" after a word: "the Saudi city of Abha" (the place follows)
_KIND_OF_AFTER = re.compile(r"\s+(?:port\s+|border\s+|coastal\s+)?(?:city|town|village|capital|"
                            r"province|region)\s+of\s+[A-Z]")
_NAMED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")


class _Facts(NamedTuple):
    """What plausibility needs to know about a key, whatever the text around it."""

    cands: tuple[tuple[Place, int], ...]
    best: float
    """Population of the best-known place (Gazetteer.best_known)."""
    zipf: float
    """Zipf frequency of the key as an English word (0: not a word)."""
    lowercase: bool
    """The word is an ordinary lowercase word."""
    acronym_org: bool
    """Written as an acronym it is more likely an organisation (no well-known place,
    and a demonym or no country by that name; or only a small country by that name)."""
    well_known: bool
    """Some candidate is a country or a main-name or curated place of 100,000 or more."""
    common_word: bool
    """As one word on its own, the key is too common an English word for any of its places
    to be meant, whatever the words around it (the test of _plausible with the most lenient
    threshold: after a preposition)."""


# Countries (and territories) of fewer people than this are named by their acronym less
# often than an organisation of the same letters.
_SMALL_COUNTRY = 1_000_000


@lru_cache(maxsize=65536)
def _facts(gaz: Gazetteer, key: str, abbreviation: bool) -> _Facts:
    cands = name_candidates(gaz, key, abbreviation)
    best = max((1e9 if p.kind == "country" or flags & CURATED else p.population
                for p, flags in cands), default=0)  # Gazetteer.best_known of these
    zipf, lowercase = gaz.word(key)
    countries = [p.population for p, _ in cands if p.kind == "country"]
    common_word = zipf > 0 and best < _need(zipf, locative=True) and not (
        best >= 1e9 and zipf < 5.5)
    return _Facts(
        cands, best, zipf, lowercase,
        (best < 1e9 and bool(gaz.demonym(key) or not countries))
        # "IOM" is the International Organization for Migration far more often than the
        # Isle of Man: a small country's acronym names an organisation first
        or (bool(countries) and max(countries) < _SMALL_COUNTRY),
        any(p.kind == "country" or (p.population >= 100_000 and flags & (PRIMARY | CURATED))
            for p, flags in cands),
        common_word,
    )


def _need(zipf: float, locative: bool) -> float:
    """Population a place needs for a word of this Zipf frequency to name it, less after a
    preposition ("in Mobile") than elsewhere."""
    return 10 ** (zipf + 0.8) / (30 if locative else 1)


def clear_caches() -> None:
    """Forget tokens and per-key facts worked out so far (for cold-start measurements)."""
    tokenize.cache_clear()
    _first_word.cache_clear()
    _facts.cache_clear()
    variants.clear_caches()
    unknown.clear_caches()
    wordfacts.clear_caches()


_DATELINE_TAIL = re.compile(r",[ \t]+[A-Z]|[ \t]+\([A-Z]")


def _dateline(text: str, tok: Token) -> bool:
    """The token opens its line and is followed by ", Country" or " (Agency)"."""
    line = text.rfind("\n", 0, tok.start) + 1
    return not text[line : tok.start].strip() and bool(_DATELINE_TAIL.match(text, tok.end))


def _abbreviation(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """The span may be an abbreviation: all capitals ("UAE"), or a word with a full stop
    after it ("Calif.", "Tenn.") that is not a title before a name ("Col. Chris Karns")."""
    surface = text[tokens[i].start : tokens[j].end]
    if len(surface) > 1 and surface.isupper():
        return True
    return text.startswith(".", tokens[j].end) and tokens[j].low not in TITLES


def _plausible(gaz: Gazetteer, key: str, text: str, tokens: list[Token], i: int, j: int,
               abbreviation: bool) -> bool:
    """Reject a one-word match that is more likely an ordinary word or part of a name."""
    facts = _facts(gaz, key, abbreviation)
    if not facts.cands:
        return False
    if j > i:
        return True
    best, zipf = facts.best, facts.zipf
    tok = tokens[i]
    if tok.text.isupper() and len(tok.text) <= 4 and not tok.text.endswith("."):
        # Acronyms (ISIS, NATO, SDF) are organisations far more often than places; but a
        # dateline opens its line in capitals ("KYIV, Ukraine (AP) —", "ROME (Reuters) -").
        if facts.acronym_org and not _dateline(text, tok):
            return False
    locative = (i > 0 and tok.joined and (tokens[i - 1].low in _LOCATIVE
                                          or tokens[i - 1].low in GROUND_VERBS)
                and text[tokens[i - 1].end : tok.start] not in _THE_GAPS)
    if zipf > 0:
        if facts.lowercase and best < 1e9 and _sentence_initial(text, tok):
            return False
        if best < _need(zipf, locative) and not (best >= 1e9 and zipf < 5.5):
            return False
    # Inside a longer run of capitalised words ("Bashar Assad", "Sky News Arabia"): only a
    # well-known place survives ("Gaza Health Ministry").
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prv = tokens[i - 1] if i > 0 else None
    in_run = (nxt is not None and nxt.cap and _run_gap(gaz, text[tok.end : nxt.start], nxt)
              and nxt.low not in _REGION_WORDS and nxt.low not in _CITY_WORDS
              and nxt.low not in _CALENDAR) or (
        prv is not None and prv.cap and text[prv.end : tok.start] == " "
        and not (_sentence_initial(text, prv) and gaz.english(prv.low))
    )
    if not in_run:
        return True
    # Inside a run, an everyday word ("United Kingdom Maritime Trade Operations", "North
    # Gondar", "Central General Staff") is part of that name even when a region bears it;
    # a country stays ("Turkey Syria border").
    return facts.well_known and not (facts.lowercase and not any(
        p.kind == "country" for p, _ in facts.cands))


def _run_gap(gaz: Gazetteer, gap: str, nxt: Token) -> bool:
    """A name and the word after ``gap`` are one run: a space, or the hyphen of a compound
    name whose next word is a word, not an acronym, and names no place ("Pont-Sondé" is not
    Pont-Sainte-Maxence by its first word; "Bakhmut-Soledar" joins two places, and in
    "Watertown-ML" and "D-Ashland" the town stays)."""
    return gap == " " or (gap == "-" and not nxt.text.isupper()
                          and not gaz.known([nxt.key])[0])


def extract_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Find place names in ``text``, longest match first, with character offsets.

    Parameters
    ----------
    text : the article text; offsets index into it as given.
    gazetteer : the place index (``geo.places.load()``).

    Returns
    -------
    Mentions in text order, not overlapping. Names used as modifiers ("U.K.-based") and
    capitalised ordinary words ("Since", "Sunday") are left out.
    """
    tokens = tokenize(text)
    found = list(_spans(text, tokens, gazetteer.max_tokens))
    keys = [key for _, _, key in found]
    not_places = gazetteer.not_places()
    blocked: dict[int, int] = {}
    # (Few spans are such names: the set is asked in C, span by span.)
    for i, j, _ in compress(found, map(not_places.__contains__, keys)):
        if j >= blocked.get(i, -1):
            blocked[i] = j  # "Hamas", "White House": organisations, not places
    best: dict[int, tuple[int, str]] = {}
    # Which keys name a place: a table kept for the process, keys recur from text to text.
    for i, j, key in compress(found, place_keys(gazetteer, keys)):
        if i not in best or j > best[i][0]:
            best[i] = (j, key)
    # A name with an Arabic article that the gazetteer lacks whole ("Wad al-Nourah", "Hay
    # al-Salam") is one unknown name: its words are not places of their own (Wad is no
    # village in Russia, nor Salam a town in Oman).
    articles = _article_starts(text)
    unknown_whole = _unknown_article_names(text, tokens, best, articles) if articles else ()
    for left, right in unknown_whole:
        blocked[left] = max(blocked.get(left, -1), right)
    for left, right in _unknown_longer(text, tokens, best, gazetteer):
        blocked[left] = max(blocked.get(left, -1), right)  # (its other spellings are tried
        # below: "Ed Damazine" is Ad-Damazin)
    is_place = place_test(gazetteer)
    uses = name_uses(text, tokens, is_place, gazetteer.english,
                     partial(_named_other, gazetteer))
    mentions: list[Mention] = []
    spans: list[tuple[int, int]] = []
    i = 0  # first token not yet inside a mention or a blocked name
    for first in sorted(best.keys() | blocked.keys()):
        if first < i:
            continue
        i = first
        if i in blocked and (i not in best or best[i][0] <= blocked[i]):
            i = blocked[i] + 1
            continue
        j, key = best[i]
        start, end = tokens[i].start, tokens[j].end
        abbreviation = _abbreviation(text, tokens, i, j)
        # A word too common to be a place alone ("He", "Police", "March"): about a third of
        # the one-word matches, dropped before the tests of the words around (the last of
        # them, _plausible, would drop it anyway).
        if i == j and _facts(gazetteer, key, abbreviation).common_word:
            i = j + 1
            continue
        if (_used_otherwise(tokens, i, j, uses.tokens)
                or j in uses.before_org and not _facts(gazetteer, key, abbreviation).well_known
                or _MODIFIER_TAIL.match(text, end)
                or _in_landform(text, start, end, gazetteer, key, abbreviation)
                or not _plausible(gazetteer, key, text, tokens, i, j, abbreviation)):
            # A shorter match inside may still hold ("Damascus" in "Damascus Airport" is
            # kept by the longest match; here the whole span is dropped).
            i = j + 1
            continue
        hint, ext_end = _hint_after(text, end)
        before = _hint_before(text, start)
        if before == "distance":
            before = _distance_hint(gazetteer, key)
        hint = hint or before
        if (i == j and (hint is None or _KIND_OF_AFTER.match(text, end))
                and gazetteer.demonym(key) and not abbreviation
                and not _CLAUSE_END.match(text, end)  # ("evacuated to Djibouti, and")
                and not _country_itself(gazetteer, key, text, end)):
            i = j + 1  # "Malian refugees", "the Saudi city of Abha": an adjective, context
            continue  # for the resolver only
        extends = (start, ext_end) if ext_end != end else None
        mentions.append(Mention(text[start:end], start, end, key, hint, extends, abbreviation))
        spans.append((i, j))
        i = j + 1
    if uses.people_keys:
        mentions = _drop_people(gazetteer, tokens, mentions, spans, uses.people_keys)
    extra = shortened_mentions(text, mentions, gazetteer)
    skip = uses.tokens.union(*(range(a, b + 1) for a, b in unknown_whole)) if unknown_whole \
        else uses.tokens
    extra += unknown_name_mentions(text, tokens, mentions + extra, gazetteer, skip)
    if extra:
        mentions = sorted(mentions + extra, key=lambda m: m.start)
    return spread_plural_hints(text, _drop_compounds(text, mentions))


# What a country's name qualifies when it is an adjective ("Djibouti government")
_ADJECTIVE_HEADS = frozenset("""government forces troops army navy military people refugees
    nationals authorities officials president police soldiers citizens francs franc
    side coast""".split())
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w-]*)")


def _country_itself(gazetteer: Gazetteer, key: str, text: str, end: int) -> bool:
    """Whether a word that is both a demonym and a country's own name ("Djibouti") names
    the country here: not before a noun it would qualify ("the Djibouti government")."""
    if not any(place.kind == "country" and normalize_name(place.name) == key
               for place, _ in gazetteer.candidates(key)):
        return False
    after = _WORD_AFTER.match(text, end)
    return after is None or after.group(1).lower() not in _ADJECTIVE_HEADS


# A hyphen before a capital (found by its literal "-": a pattern opening with the articles
# would be tried at every a, e and u of the text), then the article before it: "al-Nourah"
_HYPHEN_CAPITAL = re.compile(r"-[A-Z]")


# ... or written with spaces between two capitalised words: "Ansar al Shariah" (the articles
# that are no English word: "Boston at Dallas", "Georgia as a whole" stay; searched only
# where one stands, most texts hold none)
_SPACED_ARTICLE = re.compile(r"(?<=[a-z]) (?:al|el|ash|ez|ul|ud|adh|ath|az) (?=[A-Z])")
_SPACED_HINTS = (" al ", " el ", " ash ", " ez ", " ul ", " ud ", " adh ", " ath ", " az ")


def _article_starts(text: str) -> list[int]:
    """Offsets of the Arabic articles joined by a hyphen to a capitalised word after a
    space, or by spaces between two capitalised words: the "al" of "Wad al-Nourah", the
    "ash" of "Jisr ash-Shughur", the "al" of "Ansar al Shariah"."""
    out = []
    for m in _HYPHEN_CAPITAL.finditer(text):
        hyphen = m.start()
        space = text.rfind(" ", max(0, hyphen - 4), hyphen)
        if space >= 0 and text[space + 1 : hyphen] in ARTICLES:
            out.append(space + 1)
    if any(hint in text for hint in _SPACED_HINTS):
        out = sorted(out + [m.start() + 1 for m in _SPACED_ARTICLE.finditer(text)
                            if text[m.start() + 1 : m.end() - 1] in ARTICLES
                            and text[text.rfind(" ", 0, m.start()) + 1].isupper()])
    return out


def _unknown_article_names(text: str, tokens: list[Token], best: dict[int, tuple[int, str]],
                           articles: list[int]) -> list[tuple[int, int]]:
    """(first, last) tokens of each name "X al-Y" (one or two capitalised words, an article
    at one of ``articles``, a hyphen, a capitalised word) that no gazetteer name found covers
    whole."""
    out = []
    starts = [t.start for t in tokens]
    for at in articles:
        a = bisect_left(starts, at)
        if not (0 < a < len(tokens) - 1 and tokens[a].start == at and tokens[a].joined
                and tokens[a - 1].cap and tokens[a + 1].cap and tokens[a + 1].joined
                and text[tokens[a].end:tokens[a + 1].start] in ("-", " ")):
            continue
        left = a - 2 if a > 1 and tokens[a - 1].joined and tokens[a - 2].cap else a - 1
        if not any(best.get(i, (-1,))[0] >= a + 1 for i in range(left - 2, left + 1)):
            out.append((left, a + 1))
    return out


# Words after a name that say its kind ("Rostov Oblast", "Idlib Governorate") and the
# endings of adjectives ("South Ossetian officials"): no longer name
_KIND_WORDS = _REGION_WORDS | _CITY_WORDS | _FEATURE_TAILS | frozenset(
    "krai kray okrug emirate voivodeship oblys wereda woreda zone sector harbour harbor souk "
    "souq".split())


def _unknown_longer(text: str, tokens: list[Token], best: dict[int, tuple[int, str]],
                    gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """(first, last) tokens of a one-word name the gazetteer knows followed by a word it
    does not, no English word, group or people: one longer name it lacks ("crossed the
    Nile to Wau Shilluk" is not Wau, 450 km away; "Kfar Kila"), not the known place."""
    out = []
    n = len(tokens)
    for i, (j, _) in best.items():
        if j != i or i + 1 >= n:
            continue
        nxt = tokens[i + 1]
        if not (nxt.cap and nxt.joined and text[tokens[i].end:nxt.start] == " "
                and len(nxt.text) > 2 and not nxt.text.isupper() and nxt.text.isalpha()
                and (i + 2 >= n or not (tokens[i + 2].joined and (
                    tokens[i + 2].cap or tokens[i + 2].low in _KIND_WORDS)))
                and not (i and tokens[i].joined and tokens[i - 1].cap)
                and nxt.low not in CALENDAR and nxt.low not in _KIND_WORDS
                and not nxt.low.endswith(ADJECTIVE_ENDS) and i + 1 not in best
                and not gazetteer.english(nxt.low)
                and nxt.key not in gazetteer.not_places() and not gazetteer.demonym(nxt.key)):
            continue
        out.append((i, i + 1))
    return out


def _used_otherwise(tokens: list[Token], i: int, j: int, used: set[int]) -> bool:
    """A word of the span names a person or a thing (geo.places.usage); a gazetteer name of
    two capitalised words or more ("Khyber Pakhtunkhwa") is a place all the same."""
    if not used:
        return False
    if i == j:
        return i in used
    caps = [k for k in range(i, j + 1) if tokens[k].cap]
    return len(caps) < 2 and any(k in used for k in caps)


def _named_other(gaz: Gazetteer, key: str) -> bool:
    return key in gaz.not_places() or gaz.demonym(key) is not None


def _drop_people(gaz: Gazetteer, tokens: list[Token], mentions: list[Mention],
                 spans: list[tuple[int, int]], people: dict[str, bool]) -> list[Mention]:
    """'Austin said', 'Abiy declared': a name the text gives a person elsewhere stands for
    that person when used alone, unless a preposition makes it a place ("in Austin").
    A first name goes only where it is no well-known place ("Jordan" stays the country)."""
    out = []
    for m, (i, j) in zip(mentions, spans):
        surname = people.get(m.key)
        if surname is not None and i == j and not m.hint and not (
                i > 0 and tokens[i].joined and tokens[i - 1].low in _LOCATIVE) and (
                surname or not _facts(gaz, m.key, False).well_known):
            continue
        out.append(m)
    return out


_COMPOUND_NEXT = re.compile(r"\s+([a-z]+)")
# "the Iran-Iraq border" names a place; "the U.S.-Israel side deal", "the Russia-Ukraine war"
# use the names as modifiers.
_PLACE_NOUNS = frozenset(
    "border borders frontier road highway railway pipeline corridor bridge crossing line "
    "coast region area".split()
)


def _drop_compounds(text: str, mentions: list[Mention]) -> list[Mention]:
    """Leave out names joined by a hyphen that modify a noun ("U.S.-Israel side deal")."""
    drop: set[int] = set()
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        if text[a.end : b.start] in ("-", "–", "‐"):
            nxt = _COMPOUND_NEXT.match(text, b.end)
            if nxt and nxt.group(1) not in _PLACE_NOUNS:
                drop.update((k, k + 1))
    return [m for k, m in enumerate(mentions) if k not in drop] if drop else mentions
