"""Countries a text is about from the words that modify names: demonyms ("Syrian") and
names used as modifiers ("U.S.-backed", "Iranian-backed"). The resolver reads them as document
context; they are never place mentions themselves."""

from __future__ import annotations

import math
import re
from itertools import compress, count
from operator import attrgetter

from geo.places.gazetteer import Gazetteer
from geo.places.mentions import _HYPHENS, _MODIFIER_TAIL, tokenize
from geo.prefilter import trie

__all__ = ["GROUP_COUNTRIES", "modifier_countries"]

GROUP_COUNTRIES: dict[str, str] = {
    # Armed groups and forces of one country, named as they are in the news: like a demonym,
    # each says which country a text is about ("Hamas fighters clashed with troops in Gaza":
    # the Gaza Strip, not Mozambique's Gaza province). Groups active across borders (Islamic
    # State, al-Qaeda, Wagner) are left out: they say nothing about one country.
    "Hamas": "PS", "IDF": "IL", "Hezbollah": "LB", "Houthi": "YE", "Houthis": "YE",
    "Ansar Allah": "YE", "al-Shabaab": "SO", "Al-Shabaab": "SO", "Shabaab": "SO",
    "Taliban": "AF", "Boko Haram": "NG", "ISWAP": "NG", "M23": "CD", "CODECO": "CD",
    "Rapid Support Forces": "SD", "TPLF": "ET", "Hayat Tahrir al-Sham": "SY", "YPG": "SY",
    "Peshmerga": "IQ", "JNIM": "ML", "Tatmadaw": "MM", "Arakan Army": "MM", "FARC": "CO",
    "ELN": "CO", "Seleka": "CF", "anti-Balaka": "CF", "SPLA": "SS", "Polisario": "EH",
    "LNA": "LY",
    # (not names that also stand for a place or something else: Fano, Azov, "RSF" for
    # Reporters Without Borders, "SDF" for Japan's Self-Defense Forces)
}
# (a trie, its first letters found by the regex engine's own scan; the word boundary before
# is checked after a match)
_GROUP = re.compile(trie(GROUP_COUNTRIES) + r"(?![\w-])")
_WORD_BEFORE = re.compile(r"[\w-]")

_CAP = attrgetter("cap")


def modifier_countries(text: str, gazetteer: Gazetteer) -> dict[str, float]:
    """Countries a text is about from demonyms and modifiers ("Syrian", "U.S.-backed"), and
    from the names of armed groups of one country (:data:`GROUP_COUNTRIES`: "Hamas").

    Returns a weight per ISO code (number of such words, damped).
    """
    counts: dict[str, int] = {}
    tokens = tokenize(text)
    demonym = gazetteer.demonyms().get
    firsts = gazetteer.demonym_first_words()
    last = len(tokens) - 1
    for k in compress(count(), map(_CAP, tokens)):  # the capitalised tokens, found in C
        tok = tokens[k]
        key = tok.key
        cc = demonym(key)
        if cc is None:
            end = tok.end
            if text[end : end + 1] in _HYPHENS and _MODIFIER_TAIL.match(text, end):
                cands = [p for p, _ in gazetteer.candidates(key) if p.kind == "country"]
                cc = cands[0].country_code if cands else None
            if cc is None and key in firsts and k < last:
                nxt = tokens[k + 1]
                if nxt.cap and nxt.start == end + 1:  # "South Sudanese", "North Korean"
                    cc = demonym(f"{key} {nxt.key}")
        if cc:
            counts[cc] = counts.get(cc, 0) + 1
    for m in _GROUP.finditer(text):
        if m.start() and _WORD_BEFORE.match(text, m.start() - 1):
            continue  # (not inside a longer word or a compound: "xM23", "anti-Taliban")
        cc = GROUP_COUNTRIES[m.group()]
        counts[cc] = counts.get(cc, 0) + 1
    return {cc: 1.0 + math.log(n) for cc, n in counts.items()}
