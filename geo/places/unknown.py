"""Names the gazetteer does not know as written, in words that say they are places.

"fighting in Tarhouna", "refugees reached Laas Caanood", "the Tajoura camp": a capitalised
name right after a place preposition, or before a place noun ("X camp", "X district"), that
no gazetteer name matches exactly is looked up by its transliteration-loose key, then by a
bounded fuzzy match (:mod:`geo.places.variants`). The mention's key is marked so the resolver
takes the candidates from there and ranks them below exact names: ``~`` + loose key for a
spelling variant, ``≈`` + the gazetteer key for a fuzzy match.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING

from geo.models import Mention
from geo.places.gazetteer import Gazetteer
from geo.places.normalize import normalize_name
from geo.places.usage import CALENDAR, GROUND_VERBS, PLACE_WORDS_BEFORE
from geo.places.variants import (
    FUZZY,
    VARIANT,
    fuzzy_keys,
    loose_key,
    transliterated,
    variant_ids,
)
from geo.prefilter import guard

if TYPE_CHECKING:
    from geo.places.mentions import Token

__all__ = ["clear_caches", "unknown_name_mentions"]

_MAX_VARIANTS = 8  # more places share the loose key: too loose to mean anything
# Adjectives of peoples, languages and faiths ("Asian", "Kurdish", "Arabic", "Shiite").
ADJECTIVE_ENDS = ("ian", "ish", "ic", "ite", "ese", "ean", "ist")
"""Endings of words that describe (Syrian, Islamist, Olympic): no place names."""
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:camp|camps|district|village|town|city|region|province|governorate|state|"
    r"county|area|border\s+crossing)\b", re.IGNORECASE)
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:town|village|city|camp|district|region|province|governorate)\s+of\s+$",
    re.IGNORECASE)
# (behind a lookahead of its first characters: most positions fail at once)
_LISTED_AFTER = re.compile(guard(r"(?:,|,?\s+and|,?\s+or)\s+$"))
# A fuzzy match needs stronger words than "to" or "from" (people speak to Reuters).
_STRONG_BEFORE = re.compile(r"\b(?:in|near|into|outside|around|fled|reached|entered)\s+$",
                            re.IGNORECASE)
# What the words before a name may end with when they say a place (a cheap first filter;
# the patterns below decide).
_PLACE_WORD_ENDS = tuple(
    f"{w} " for w in ("in", "near", "into", "outside", "around", "toward", "towards",
                      "reached", "entered", "fled", "captured", "seized", "shelled", "struck",
                      "attacked", "from", "of", "and", " or", ",", "fled to", "returned to",
                      "relocated to", "displaced to", "evacuated to", "deployed to",
                      "headed to"))
_PARTICLES = frozenset("al el ad ar as an at az ash ed es ez et".split())
# The last word (or the comma) that _STRONG_BEFORE, _PLACE_NOUN_BEFORE, _LISTED_AFTER and
# PLACE_WORDS_BEFORE need before a name, each followed by white space only ("into" ends in
# "to"). A name after anything else skips the four searches: none of them can match.
_LAST_BEFORE = (",", "and", "or", "of", "from", "to", "in", "near", "outside", "around",
                "toward", "towards", "fled", "reached", "entered", *sorted(GROUND_VERBS))


_CAP = attrgetter("cap")


def unknown_name_mentions(text: str, tokens: Sequence[Token], mentions: Sequence[Mention],
                          gaz: Gazetteer, skip: set[int] | frozenset[int] = frozenset()
                          ) -> list[Mention]:
    """Mentions of names known only by another spelling, where the text says a place.

    Parameters
    ----------
    text : the article text.
    tokens : its tokens (``geo.places.mentions.tokenize``).
    mentions : the mentions found by exact names (their words are skipped).
    gaz : the gazetteer.
    skip : positions of tokens known to name something else (people, weapons).

    Returns
    -------
    New mentions, in text order; their keys start with ``VARIANT`` or ``FUZZY``
    (:mod:`geo.places.variants`).
    """
    taken = [(m.start, (m.extends or (0, m.end))[1]) for m in mentions]
    out: list[Mention] = []
    n = len(tokens)
    spans = sorted(taken)
    starts, ends = [a for a, _ in spans], [b for _, b in spans]
    # Only capitalised words after place words, before a place noun or opening a longer name
    # can be one. The cheap tests of the word itself come first (an acronym, a later word of
    # a capitalised run, a date ...), then those of the words around, then the two calls (a
    # word inside a name found already, a demonym): few words are left for them. The
    # patterns below decide. (Every word end tested holds a space last: the character before
    # the name first.)
    wanted = [k for k, t in compress(enumerate(tokens), map(_CAP, tokens)) if not (
        t.text.isupper() or (k > 0 and t.joined and tokens[k - 1].cap) or k in skip
        or t.low in CALENDAR or t.low == "the" or t.low.endswith(ADJECTIVE_ENDS)) and (
        (k + 1 < n and tokens[k + 1].joined)
        or t.start and text[t.start - 1] == " "
        and text[max(0, t.start - 12) : t.start].lower().endswith(_PLACE_WORD_ENDS)
        or _PLACE_NOUN_AFTER.match(text, t.end))
        and not (_inside(starts, ends, t.start) or gaz.demonym(t.key))]
    done, last_end = -1, -1  # last token and end of a mention found here
    for k in wanted:
        if k <= done:
            continue
        tok = tokens[k]
        j = k
        while (j + 1 < n and j - k < 2 and tokens[j + 1].joined
               and (tokens[j + 1].cap or tokens[j + 1].low in _PARTICLES)):
            j += 1
        while j > k and not tokens[j].cap:
            j -= 1
        start, end = tok.start, tokens[j].end
        if text.startswith(("'s", "’s"), end):  # "Kotzer's practice", "Wendy's"
            continue
        if (j == k and gaz.english(tok.low)) or _overlaps(starts, start, end):
            continue  # an English word alone, or a name found already inside
        before = text[max(0, start - 24) : start]
        if _may_say_place(before):
            strong = bool(_STRONG_BEFORE.search(text, max(0, start - 12), start)
                          or _PLACE_NOUN_AFTER.match(text, end)
                          or _PLACE_NOUN_BEFORE.search(before))
            # "fled Tajoura and Tarhouna": a name listed right after a place is one too.
            listed = bool(_LISTED_AFTER.search(before)) and (
                not text[_end_before(starts, ends, start, last_end) : start].strip(" ,andor"))
            place_words = strong or listed or bool(
                PLACE_WORDS_BEFORE.search(text, max(0, start - 20), start))
        else:  # most names: only a place noun after them can say a place
            strong, listed = bool(_PLACE_NOUN_AFTER.match(text, end)), False
            place_words = strong
        if place_words:
            mention = _lookup(gaz, text[start:end], start, end, fuzzy=strong or listed)
            if mention is not None:
                out.append(mention)
                done, last_end = j, end
    return out


def _may_say_place(before: str) -> bool:
    """Whether the words before a name (its 24 characters before) may end in a place word
    (_LAST_BEFORE) and white space, as the patterns of the words before need. A false answer
    is sure; a true one leaves the patterns to decide. (They ignore case, and under
    IGNORECASE "ı", "İ", "ſ" and the Kelvin sign match ASCII letters: a tail with other than
    ASCII is left to them.)"""
    last = before.rstrip()  # str.isspace is what \s matches
    if len(last) == len(before):
        return False
    tail = last[-12:]
    return not tail.isascii() or tail.lower().endswith(_LAST_BEFORE)


def _end_before(starts: list[int], ends: list[int], at: int, last_end: int) -> int:
    """End of the last mention (given, or found here: ``last_end``) before offset ``at``."""
    i = bisect_right(starts, at) - 1
    return max(ends[i] if i >= 0 and ends[i] <= at else -1, last_end if last_end <= at else -1)


def _overlaps(starts: list[int], start: int, end: int) -> bool:
    """A given mention starts inside [start, end) (one holding ``start`` is ruled out before)."""
    i = bisect_right(starts, start)
    return i < len(starts) and starts[i] < end


def _inside(starts: list[int], ends: list[int], at: int) -> bool:
    """Whether offset ``at`` falls inside one of the (sorted, disjoint) mentions."""
    i = bisect_right(starts, at) - 1
    return i >= 0 and at < ends[i]


def _lookup(gaz: Gazetteer, surface: str, start: int, end: int, fuzzy: bool
            ) -> Mention | None:
    key = _marked_key(gaz, normalize_name(surface), fuzzy)
    return None if key is None else Mention(surface, start, end, key, abbreviation=False)


@lru_cache(maxsize=16384)
def _marked_key(gaz: Gazetteer, key: str, fuzzy: bool) -> str | None:
    """The mention key (``VARIANT`` or ``FUZZY`` + key) of a name the gazetteer does not
    know as written, or None. It depends on the name alone: names recur from one article
    to the next, and the fuzzy match is the dearest step of mention finding."""
    if len(key) < 5 or key in gaz.not_places() or (gaz.known([key])[0] and gaz.candidates(key)):
        return None  # known as written: the mention finder had its reasons to skip it
    db = gaz._db()  # noqa: SLF001 (same package: the variants table lives in its file)
    ids = variant_ids(db, key)
    if 0 < len(ids) <= _MAX_VARIANTS and len(loose_key(key)) >= 5:
        return VARIANT + loose_key(key)
    for hit, _ in fuzzy_keys(db, key, limit=3) if fuzzy else ():
        # Spelling drifts in transliterated names (Africa, Asia, Cyrillic Europe): "Reuters"
        # is no misspelt "Retiers" in France.
        if any(transliterated(gaz.continent(p.country_code), p.country_code)
               for p, _ in gaz.candidates(hit)):
            return FUZZY + hit
    return None


def clear_caches() -> None:
    """Forget the answers per name worked out so far (for cold-start measurements)."""
    _marked_key.cache_clear()
