"""Where displaced people come from, when the text says it with an adjective only.

"Malian refugees crossed into Mauritania", "Sudanese refugees arrived in eastern Chad":
the demonym of the people on the move names the country they left. A displacement with no
origin in its sentence takes that country, flagged "origin_from_demonym" so nobody reads it
as a place the text named.
"""

from __future__ import annotations

import dataclasses

from geo.lazy_regex import lazy
from geo.models import Event, Mention, Resolution
from geo.places.gazetteer import Gazetteer
from geo.places.normalize import normalize_name

__all__ = ["REASON", "origins_from_demonyms"]

REASON = "origin from the demonym"
# "Malian refugees", "South Sudanese asylum seekers", "Rohingya families" (one or two
# capitalised words right before the people who move).
_PEOPLE = lazy(
    r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:refugees|asylum[- ]seekers|civilians|families|"
    r"nationals|migrants|returnees|evacuees|citizens|villagers|women\s+and\s+children)\b")
_CONFIDENCE = 0.7
# A place left, told without a name: "fled the camp", "left the town" (not "fled their
# homes", which are in the people's country, nor "the town of X", which names it)
_LEFT_SITE = lazy(r"\b(?:fled|left|abandoned|escaped)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?"
                  r"(?:camps?|towns?|city|villages?|settlements?)\b(?!\s+of\s+[A-Z])")


def origins_from_demonyms(events: list[Event], gazetteer: Gazetteer) -> list[Event]:
    """Give displacements without an origin the country of their people's demonym.

    Parameters
    ----------
    events : events of one article (quotes and offsets into its text).
    gazetteer : answers demonyms ("malian" -> ML) and countries.

    Returns
    -------
    The events, with an origin added (flag "origin_from_demonym") where the quote names the
    displaced by a demonym of a country other than where they went.
    """
    out = []
    for e in events:
        if e.kind == "displacement" and e.origin is None:
            e = _with_origin(e, gazetteer)
        out.append(e)
    return out


def _with_origin(e: Event, gaz: Gazetteer) -> Event:
    if _LEFT_SITE.search(e.quote):
        return e  # "Palestinian refugees fled the camp": where they left is said, unnamed
    there = e.site
    here = there.place.country_code if there is not None and there.place is not None else None
    for m in _PEOPLE.finditer(e.quote):
        key = normalize_name(m.group(1))
        cc = gaz.demonym(key)
        country = gaz.country(cc) if cc else None
        if country is None or cc == here:
            continue
        start = e.quote_start + m.start(1)
        mention = Mention(m.group(1), start, start + len(m.group(1)), key, abbreviation=False)
        origin = Resolution(mention, country, _CONFIDENCE, f"{REASON} {m.group(1)!r}")
        return dataclasses.replace(e, origin=origin,
                                   flags=(*e.flags, "origin_from_demonym"))
    return e
