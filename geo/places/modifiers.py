"""Countries a text is about from the words that modify names: demonyms ("Syrian") and
names used as modifiers ("U.S.-backed", "Iranian-backed"). The resolver reads them as document
context; they are never place mentions themselves."""

from __future__ import annotations

import math
from itertools import compress, count
from operator import attrgetter

from geo.places.gazetteer import Gazetteer
from geo.places.mentions import _HYPHENS, _MODIFIER_TAIL, tokenize

__all__ = ["modifier_countries"]

_CAP = attrgetter("cap")


def modifier_countries(text: str, gazetteer: Gazetteer) -> dict[str, float]:
    """Countries a text is about from demonyms and modifiers ("Syrian", "U.S.-backed").

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
    return {cc: 1.0 + math.log(n) for cc, n in counts.items()}
