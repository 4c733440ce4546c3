"""Countries a text is about from the words that modify names: demonyms ("Syrian") and
names used as modifiers ("U.S.-backed", "Iranian-backed"). The resolver reads them as document
context; they are never place mentions themselves."""

from __future__ import annotations

import math

from geo.places.gazetteer import Gazetteer
from geo.places.mentions import _HYPHENS, _MODIFIER_TAIL, tokenize

__all__ = ["modifier_countries"]


def modifier_countries(text: str, gazetteer: Gazetteer) -> dict[str, float]:
    """Countries a text is about from demonyms and modifiers ("Syrian", "U.S.-backed").

    Returns a weight per ISO code (number of such words, damped).
    """
    counts: dict[str, int] = {}
    tokens = tokenize(text)
    demonym = gazetteer.demonym
    firsts = gazetteer.demonym_first_words()
    last = len(tokens) - 1
    for k, tok in enumerate(tokens):
        if not tok.cap:
            continue
        key = tok.key
        cc = demonym(key)
        if cc is None and text[tok.end : tok.end + 1] in _HYPHENS and _MODIFIER_TAIL.match(
                text, tok.end):
            cands = [p for p, _ in gazetteer.candidates(key) if p.kind == "country"]
            cc = cands[0].country_code if cands else None
        if cc is None and k < last and key in firsts:
            nxt = tokens[k + 1]
            if nxt.cap and nxt.start == tok.end + 1:  # "South Sudanese", "North Korean"
                cc = demonym(f"{key} {nxt.key}")
        if cc:
            counts[cc] = counts.get(cc, 0) + 1
    return {cc: 1.0 + math.log(n) for cc, n in counts.items()}
