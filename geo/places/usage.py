"""Names of places used for something else: people, weapons, organisations, directions.

"Lloyd J. Austin III", "President Deby", "Vladimir Putin" and, later in the same text,
"Austin said" name people; "an Iskander missile" a weapon; "the International Organization
for Migration (IOM)" an organisation; "the Casa Veche Bed and Breakfast" a business;
"Northern Command" and "Western media" use directions as adjectives. The mention finder
asks :func:`not_places` which of its candidate spans are such uses and leaves them out.

Every rule reads the words around a name, never the name itself: the same town names stay
places where the text uses them as places ("fighting in Austin", "the Iskander district").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import compress, count
from operator import attrgetter
from typing import TYPE_CHECKING

from geo.places.normalize import normalize_name
from geo.prefilter import trie

if TYPE_CHECKING:
    from geo.places.mentions import Token

__all__ = ["CALENDAR", "PLACE_WORDS_BEFORE", "TITLES", "NameUses", "name_uses"]

# Titles and ranks written before a person's name (lowercase, without the full stop).
TITLES = frozenset(
    "president presidents vice prime minister ministers secretary secretaries ambassador "
    "administrator envoy chancellor premier governor mayor senator sen rep representative "
    "congressman congresswoman general gen lieutenant lt colonel col major maj sergeant sgt "
    "captain capt corporal cpl admiral adm commander cmdr brigadier brig marshal "
    "mr mrs ms dr prof professor judge justice king queen emir crown pope cardinal "
    "bishop archbishop imam rabbi chairman chairwoman spokesman spokeswoman spokesperson "
    "commissioner director chief deputy gov pres rev sir dame lord lady ayatollah mullah "
    "warlord".split()
)
_SUFFIXES = frozenset("jr sr ii iii iv".split())
# Particles inside Arabic, Dutch, French ... personal names: "Abdel Fattah al-Sisi".
_PARTICLES = frozenset("al el bin ibn bint van von de da di du der le la".split())
_NAME_PARTICLES = frozenset("al el bin ibn bint".split())
# Weapons and vehicles named after places: "an Iskander missile", "Tomahawk missiles".
_WEAPONS = frozenset(
    "missile missiles rocket rockets drone drones tank tanks launcher launchers howitzer "
    "howitzers jet jets fighter fighters bomber bombers helicopter helicopters warship "
    "warships frigate frigates destroyer submarine submarines vessel-class system systems "
    "munition munitions rifle rifles interceptor interceptors cruiser corvette".split()
)
# What a weapon name may be followed by and still be a place ("a Kharkiv missile strike").
_EVENT_NOUNS = frozenset("strike strikes attack attacks barrage barrages".split())
# Nouns that end a business or organisation name after a place name.
_ORG_NOUNS = frozenset(
    "bed hotel hotels restaurant cafe company corporation corp group bank university college "
    "school hospital clinic airlines airways club stadium foundation institute inc ltd llc "
    "brigade brigades battalion regiment media".split()
)
# Directions as adjectives ("Northern Command", "Western media", "Central Command").
_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest northeastern northwestern southeastern southwestern upper lower "
    "middle".split()
)
# Words that say what kind of place a name is ("Kharkiv Oblast"): never a surname.
_KIND_WORDS = frozenset(
    "province provinces governorate governorates oblast oblasts region regions state states "
    "district districts county counties prefecture department municipality territory canton "
    "raion rayon wilaya wilayah wilayat krai kray okrug muhafazah nahiya nahiyah qada kaza "
    "city town village camp crossing strip valley river island islands mountains".split()
)
CALENDAR = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december mon tue tues wed thu thurs fri sat sun "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# Verbs whose object is ground ("captured Chernobyl", "shelled Marinka"): the mention finder
# reads a name after them as after "in", and they make an unknown name a place.
GROUND_VERBS = frozenset(
    "captured recaptured seized retook overran shelled besieged encircled liberated entered "
    "reached bombed stormed struck attacked".split()
)
# Words before a name that make it a place ("troops entered Laas Caanood", "withdrew from
# X"), read by the people rules here and by geo.places.unknown. Each list is a trie-shaped
# regex (geo.prefilter.trie): the search tries every position of the words before a name,
# and a trie rejects a position at its first letter instead of trying each word in turn.
PLACE_WORDS_BEFORE = re.compile(
    r"\b(?:" + trie(["in", "near", "into", "outside", "around", "toward", "towards", "fled",
                     *GROUND_VERBS])
    + "|" + trie("withdrew withdrawn retreated fled returned expelled evacuated driven "
                 "displaced ousted".split()) + r"\s+from"
    + "|" + trie("fled returned relocated displaced evacuated deployed headed".split())
    + r"\s+to)\s+$", re.IGNORECASE)
_LOCATIVE = frozenset(
    "in at near from to into across outside around toward towards via through over "
    "inside within".split()
)


class NameUses:
    """Token positions a text uses for something other than a place."""

    __slots__ = ("tokens", "people_keys", "before_org")

    def __init__(self) -> None:
        self.tokens: set[int] = set()
        """Tokens inside people's names and other non-place names."""
        self.before_org: set[int] = set()
        """Tokens followed by a business or organisation noun ("Casa Veche Bed and
        Breakfast"): a name ending there is the business's unless it is a well-known place."""
        self.people_keys: dict[str, bool] = {}
        """Keys of names the text uses for people: True for a surname (every bare use of
        it is the person), False for a first name (only where it is no well-known place)."""


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def _runs(text: str, tokens: Sequence[Token]) -> list[list[int]]:
    """Runs of capitalised words that can make one proper name, with inner particles.

    Words are joined by a space or hyphen; an initial or a short title may end in a full
    stop ("Lloyd J. Austin", "Maj. Gen. Bradford Gering").
    """
    runs: list[list[int]] = []
    cur: list[int] = []  # the run so far; its last word is the token before this one
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if cur:
            # Only a capital or a particle can go on a run (tested first: most words are
            # neither, and the gap need not be read then).
            if tok.cap or tok.low in _PARTICLES:
                prev = tokens[k - 1]
                gap = text[prev.end : tok.start]
                joined = gap in (" ", "-", "‐", "–") or (
                    gap == ". " and (len(prev.text) == 1 or prev.low in TITLES))
                if joined and (tok.cap or (k + 1 < n and tokens[k + 1].cap
                                           and _gap(text, tok, tokens[k + 1]) in (" ", "-"))):
                    cur.append(k)
                    continue
            if len(cur) > 1:
                runs.append(cur)
            cur = []
        if tok.cap:
            cur = [k]
    if len(cur) > 1:
        runs.append(cur)
    return runs


def name_uses(
    text: str,
    tokens: Sequence[Token],
    is_place: Callable[[str], bool],
    english: Callable[[str], bool],
    named_other: Callable[[str], bool] = lambda key: False,
) -> NameUses:
    """Find the words of ``text`` that name people (and other non-places), not places.

    Parameters
    ----------
    text : the article text.
    tokens : its tokens (``geo.places.mentions.tokenize``).
    is_place : whether a name key has gazetteer candidates.
    english : whether a lowercase word is a common English word.
    named_other : whether a name key is known as something else (an organisation such as
        "Hamas", a demonym): such a word is no first name.

    Returns
    -------
    NameUses with the token positions inside people's names and the keys used for people.
    """
    uses = NameUses()

    def plain(k: int) -> bool:
        """A capitalised word that is neither a place nor an English word: a name."""
        tok = tokens[k]
        return (tok.cap and not is_place(tok.key) and not english(tok.low)
                and tok.low not in TITLES and tok.low not in _KIND_WORDS
                and tok.low not in CALENDAR and not tok.text.isupper()
                and not named_other(tok.key))

    for run in _runs(text, tokens):
        words = [k for k in run if tokens[k].cap]
        if not any(is_place(tokens[k].key) for k in words):
            continue  # no word of it could be taken for a place: nothing to decide
        name: list[int] = []
        titles = [x for x, k in enumerate(words) if tokens[k].low in TITLES]
        if titles and titles[-1] + 1 < len(words):
            name = words[titles[-1] + 1:]  # "Ambassador Linda Thomas-Greenfield"
        for x, k in enumerate(words[:-1]):
            if len(tokens[k].text) == 1 and text.startswith(".", tokens[k].end):
                first = max(x - 1, 0)  # "Lloyd J. Austin": first name, initial, surname
                name = name or words[first:]
                break
        last = tokens[words[-1]]
        if not name and last.low in _SUFFIXES and len(words) > 2:
            name = words[:-1]  # "Martin Luther King Jr"
        if not name:
            name, strong = _first_and_surname(text, tokens, run, words, plain, is_place, english)
        else:
            strong = True
        if not name:
            continue
        if tokens[name[-1]].low in _SUFFIXES:
            name = name[:-1]
        if not name:
            continue
        uses.tokens.update(name)
        # The surname stands for the person wherever the text uses it alone ("Austin
        # said"); a first name only where it names no well-known place.
        for k in name[:-1]:
            uses.people_keys.setdefault(tokens[k].key, False)
        surname = tokens[name[-1]].key
        if strong:
            uses.people_keys[surname] = True
        else:  # only a guess that it is a person: "Steele" stays the place if well known
            uses.people_keys.setdefault(surname, False)
    _other_uses(text, tokens, uses, is_place)
    return uses


def _first_and_surname(text, tokens, run, words, plain, is_place, english
                       ) -> tuple[list[int], bool]:
    """'Vladimir Putin', 'Abiy Ahmed', 'Ken Steele', 'Abdel Fattah al-Sisi': a place name
    beside a capitalised word that is no place, no English word and no organisation, outside
    a place phrase ("in Bradford Gering" would still be read as a place). Returns the name's
    words and whether the evidence is strong (the surname is no place)."""
    start = run[0]
    if start > 0 and tokens[start - 1].low in _LOCATIVE and tokens[start].joined:
        return [], False
    if _after_place_words(text, tokens[start].start):
        return [], False  # "troops entered Laas Caanood": a place of two names
    for x, k in enumerate(words[:-1]):
        first = tokens[k]
        if not (english(first.low) or first.low in TITLES):
            if words[x + 1] != k + 1:
                break
            if (plain(words[x + 1]) and is_place(first.key)
                    and all(plain(w) for w in words[x + 2:])):
                return words[x:], True  # a place name as a first name, then a surname
            if plain(k) and is_place(tokens[k + 1].key) and len(words) == x + 2:
                return words[x:], False  # a first name, then a place name as a surname
            break  # only English words ("As", "Then") or titles may come before it
    particles = [k for k in run if tokens[k].low in _NAME_PARTICLES]
    if particles and all(plain(k) for k in words if k < particles[0]) and words[0] < particles[0]:
        return words, True  # given names, al-, a family name
    return [], False


_CAP, _START = attrgetter("cap"), attrgetter("start")


def _other_uses(text: str, tokens: Sequence[Token], uses: NameUses, is_place) -> None:
    """Weapons, businesses, organisations with their acronym, directions as adjectives."""
    n = len(tokens)
    ships = _vessel_ends(text)
    # Only capitalised words can be any of these: the others are skipped in C.
    for k, tok in compress(enumerate(tokens), map(_CAP, tokens)):
        if _WEAPON_STARTS.match(text, tok.end) and _WEAPON_AFTER.match(text, tok.end):
            uses.tokens.add(k)  # "an Iskander missile" (not "a Kharkiv missile strike")
        elif tok.text in _SHIP_PREFIXES and k + 1 < n and tokens[k + 1].cap:
            uses.tokens.add(k)  # "the USS Carney", "HMS Diamond"
        elif tok.start in ships and _VESSEL_BEFORE.search(text, max(0, tok.start - 18),
                                                          tok.start):
            # "the tanker Marlin Luanda", "the cargo ship Galaxy Leader": a ship's name
            uses.tokens.add(k)
            while k + 1 < n and tokens[k + 1].cap and tokens[k + 1].joined:
                k += 1
                uses.tokens.add(k)
        elif k + 1 < n and tokens[k + 1].cap and tokens[k + 1].low in _ORG_NOUNS and (
                text[tok.end : tokens[k + 1].start] == " "):
            uses.before_org.add(k)  # "Casa Veche Bed and Breakfast"
        if tok.low in _DIRECTIONS or tok.low in ("centre", "center"):
            nxt = _NEXT_WORDS.match(text, tok.end)
            word = nxt.group(1).lower() if nxt else ""
            nt = tokens[k + 1] if k + 1 < n else None
            if nt is not None and nxt and (
                    nt.cap and nt.joined and nt.low in _ORG_WORDS or word in _DIRECTION_NOUNS):
                uses.tokens.add(k)  # "Northern Command", "Western media"
            elif word not in _KIND_WORDS and not (nt is not None and nt.cap and nt.joined):
                uses.tokens.add(k)  # a direction alone ("the North", "Central") is no
                # place; "the Central Region", "South Kivu" are
    _acronyms(text, tokens, uses, is_place)


# The next word after a name, with the space before it.
_NEXT_WORDS = re.compile(r"[ \t]+([A-Za-z-]+)")
_SHIP_PREFIXES = frozenset("USS USNS HMS HMCS HMAS INS ARA RFA MV MT".split())
# A ship's kind right before its name (lower case, so a place after "in" is not taken).
_VESSEL_NAMES = ("tanker", "vessel", "ship", "freighter", "carrier", "trawler", "yacht",
                 "ferry", "tugboat", "dhow")
_VESSELS = "(?:" + "|".join(_VESSEL_NAMES) + ")"
_VESSEL_WORDS = re.compile(_VESSELS + r"\s+")
_VESSEL_BEFORE = re.compile(r"\b" + _VESSELS + r"\s+$")
_SPACES = re.compile(r"\s+")


def _vessel_ends(text: str) -> frozenset[int]:
    """Where a ship's kind and the white space after it end in ``text``: the only places a
    ship's name (a word, which starts with no white space) can start; _VESSEL_BEFORE decides.

    The ends of the matches of ``_VESSEL_WORDS.finditer(text)``, found with str.find: a
    regex scan tries every position of the text, and many texts hold a kind only inside
    other words ("leadership", "relationship"), which str.find skips in C. Each kind is
    looked for on its own: no kind ends another ("ship" ends none of the others), so no
    match of one can hide a match of another.
    """
    ends = []
    for kind in _VESSEL_NAMES:
        at = text.find(kind)
        while at >= 0:
            end = at + len(kind)
            space = _SPACES.match(text, end)  # \s+ as in _VESSEL_WORDS
            if space is not None:
                ends.append(space.end())
            at = text.find(kind, end)
    return frozenset(ends)


# The last word of every match of PLACE_WORDS_BEFORE (white space after it; "into" ends in
# "to"), for a quick test before the search.
_PLACE_WORD_LAST = ("in", "near", "outside", "around", "toward", "towards", "fled", "from",
                    "to", *sorted(GROUND_VERBS))


def _after_place_words(text: str, start: int) -> bool:
    """PLACE_WORDS_BEFORE in the 12 characters before ``start``. Most names follow no place
    word: a test of the last word comes first, and only where it may be one (or is written
    outside ASCII: IGNORECASE matches "ſ" and the Kelvin sign as "s" and "k") does the
    search decide."""
    before = text[max(0, start - 12) : start]
    last = before.rstrip()  # str.isspace is what \s matches
    if len(last) == len(before) or last.isascii() and not last.lower().endswith(
            _PLACE_WORD_LAST):
        return False
    return PLACE_WORDS_BEFORE.search(text, max(0, start - 12), start) is not None
# Nouns after a direction that make it an adjective, not a region's name.
_ORG_WORDS = frozenset("command front army forces fleet media".split())
_DIRECTION_NOUNS = frozenset(
    "media governments government countries nations officials leaders allies press "
    "diplomats powers sources intelligence analysts observers commentators".split()
)
# Cheap first test before _WEAPON_AFTER: a space and a weapon word (a trie-shaped regex
# matches as str.startswith with every word would, in a fraction of the time).
_WEAPON_STARTS = re.compile(" " + trie(_WEAPONS))
_WEAPON_AFTER = re.compile(
    r" (?:" + "|".join(sorted(_WEAPONS)) + r")\b(?! (?:" + "|".join(sorted(_EVENT_NOUNS))
    + r")\b)")


def _acronyms(text: str, tokens: Sequence[Token], uses: NameUses, is_place) -> None:
    """'International Organization for Migration (IOM)': the acronym of a name spelled out
    just before it is that name, not a place called IOM."""
    if "(" not in text:
        return
    # Only a word right after "(" can be one: those are picked out in C.
    after_bracket = set()
    at = text.find("(")
    while at >= 0:
        after_bracket.add(at + 1)
        at = text.find("(", at + 1)
    for k in compress(count(), map(after_bracket.__contains__, map(_START, tokens))):
        tok = tokens[k]
        if not (tok.text.isupper() and len(tok.text) >= 2 and k > 0
                and text[tok.start - 1 : tok.start] == "(" and text.startswith(")", tok.end)):
            continue
        letters = tok.text.replace(".", "")
        caps: list[int] = []  # the capitalised words before it, as many as letters
        j = k - 1
        while j >= 0 and len(caps) < len(letters):
            t = tokens[j]
            if t.cap:
                caps.append(j)
            elif t.low not in ("of", "for", "and", "the", "de", "du", "des", "la", "le", "pour"):
                break
            j -= 1
        spelled = "".join(tokens[c].text[0] for c in reversed(caps))
        if len(letters) >= 2 and spelled == letters:
            long_name = normalize_name(text[tokens[caps[-1]].start : tokens[caps[0]].end])
            if not is_place(long_name):  # "Democratic Republic of the Congo (DRC)" stays
                uses.tokens.add(k)
