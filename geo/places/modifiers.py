"""Countries a text is about from the words that modify names: demonyms ("Syrian") and
names used as modifiers ("U.S.-backed", "Iranian-backed"). The resolver reads them as document
context; they are never place mentions themselves."""

from __future__ import annotations

import math
from itertools import compress, count
from operator import itemgetter

from geo.places.gazetteer import Gazetteer
from geo.places.mentions import _MODIFIER_TAIL, tokenize

__all__ = ["modifier_countries"]

_KEY, _END, _CAP = itemgetter(4), itemgetter(2), itemgetter(3)  # fields of mentions.Token


def modifier_countries(text: str, gazetteer: Gazetteer) -> dict[str, float]:
    """Countries a text is about from demonyms and modifiers ("Syrian", "U.S.-backed").

    Returns a weight per ISO code (number of such words, damped).
    """
    counts: dict[str, int] = {}
    tokens = tokenize(text)
    demonyms = gazetteer.demonyms()
    firsts = gazetteer.demonym_first_words()
    # Only three kinds of capitalised word can name a country here: a demonym, the first
    # word of a two-word one, and a name before "-backed" (where _MODIFIER_TAIL matches:
    # its matches never overlap, so finditer finds every place it matches). Those tokens
    # are found by C-level set and map calls; every other token gave no country.
    caps = set(compress(map(_KEY, tokens), map(_CAP, tokens)))
    wanted = (demonyms.keys() & caps) | (firsts & caps)
    at = compress(count(), map(wanted.__contains__, map(_KEY, tokens)))
    tails = {m.start() for m in _MODIFIER_TAIL.finditer(text)}
    if tails:
        at = sorted({*at, *compress(count(), map(tails.__contains__, map(_END, tokens)))})
    last = len(tokens) - 1
    for k in at:
        tok = tokens[k]
        if not tok.cap:
            continue
        key = tok.key
        cc = demonyms.get(key)
        if cc is None and tok.end in tails:
            cands = [p for p, _ in gazetteer.candidates(key) if p.kind == "country"]
            cc = cands[0].country_code if cands else None
        if cc is None and k < last and key in firsts:
            nxt = tokens[k + 1]
            if nxt.cap and nxt.start == tok.end + 1:  # "South Sudanese", "North Korean"
                cc = demonyms.get(f"{key} {nxt.key}")
        if cc:
            counts[cc] = counts.get(cc, 0) + 1
    return {cc: 1.0 + math.log(n) for cc, n in counts.items()}
