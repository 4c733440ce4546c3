"""Place names a text shortens: "North and South Kivu", "the Strip" for the Gaza Strip.

English drops the shared part of coordinated names ("North and South Kivu provinces",
"Upper and Lower Egypt") and names a place again by its last word once the full name has
been given ("the Gaza Strip ... the southern part of the Strip", "the Golan Heights ... the
Heights"). The mention finder adds these shortened mentions with the full name's key.
"""

from __future__ import annotations

import re

from geo.models import Mention
from geo.places.gazetteer import Gazetteer
from geo.places.normalize import normalize_name

__all__ = ["shortened_mentions", "spread_plural_hints"]

_LIST_GAP = re.compile(r"\A(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+|\s*/\s*)\Z")
_DIRECTION_WORDS = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater "
    "Inner Outer".split())
_DIRECTION = "(?:" + "|".join(sorted(_DIRECTION_WORDS, key=len, reverse=True)) + ")"
# "North and South Kivu": the first direction word borrows the name after the second.
_COORDINATED = re.compile(rf"\b({_DIRECTION})(?:,\s+{_DIRECTION})*\s+(?:and|or|&)\s+{_DIRECTION}"
                          r"\s+([A-Z][\w'’-]+)")
# Last words that can stand for the whole name after "the".
_TAILS = frozenset("Strip Heights Bank Valley Peninsula Corridor Delta Islands Plateau".split())
_THE_TAIL = re.compile(r"\bthe\s+(" + "|".join(sorted(_TAILS)) + r")\b")


def _coordinated_directions(text: str) -> bool:
    """Some " and " / " or " stands between two direction words (a quick test)."""
    for joiner in (" and ", " or ", " & "):
        at = text.find(joiner)
        while at >= 0:
            word = text[max(0, at - 9) : at].rsplit(None, 1)[-1:] or [""]
            if word[0].rstrip(",") in _DIRECTION_WORDS:
                return True
            at = text.find(joiner, at + 1)
    return False


def shortened_mentions(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Mentions of names the text shortens, not overlapping ``mentions``.

    Parameters
    ----------
    text : the article text.
    mentions : the mentions found so far, in text order; a direction word found alone
        where it shortens a coordinated name ("North" in "North and South Kivu") is
        removed from it.
    gaz : the gazetteer.

    Returns
    -------
    The new mentions (possibly empty); the caller merges them in text order.
    """
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    if _coordinated_directions(text):
        for m in _COORDINATED.finditer(text):
            key = normalize_name(f"{m.group(1)} {m.group(2)}")
            a, b = m.start(1), m.end(1)
            if gaz.known([key])[0] and gaz.candidates(key):
                # The direction word alone may have matched a region called "North".
                mentions[:] = [x for x in mentions if (x.start, x.end) != (a, b)]
                taken = [(x.start, x.end) for x in mentions]
                if free(a, b):
                    out.append(Mention(m.group(1), a, b, key, abbreviation=False))
    # Full names ending in a tail word, in text order: "the Strip" is the last one named.
    full = [(m.start, m.key, m.text.rsplit(None, 1)[-1]) for m in mentions
            if " " in m.text.strip() and m.text.rsplit(None, 1)[-1] in _TAILS]
    if full:
        for m in _THE_TAIL.finditer(text):
            earlier = [key for start, key, tail in full if tail == m.group(1) and start < m.start()]
            if earlier and free(m.start(1), m.end(1)):
                out.append(Mention(m.group(1), m.start(1), m.end(1), earlier[-1],
                                   abbreviation=False))
    return out


def spread_plural_hints(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Idlib and Hama provinces', 'Mykolaiv, Kherson, Odesa and Zaporizhzhia oblasts': the
    plural kind word names every place of the list."""
    out = list(mentions)
    spread = False  # the hint of out[k] came from a plural further on
    for k in range(len(out) - 1, 0, -1):
        cur, prev = out[k], out[k - 1]
        if cur.hint and prev.hint is None and _LIST_GAP.match(text[prev.end : cur.start]):
            ext = text[cur.end : (cur.extends or (0, cur.end))[1]].strip().lower()
            if spread or ext.endswith("s") or cur.hint == "region" and ext in ("provinces",
                                                                               "states"):
                out[k - 1] = Mention(prev.text, prev.start, prev.end, prev.key, cur.hint,
                                     abbreviation=prev.abbreviation)
                spread = True
                continue
        spread = False
    return out
