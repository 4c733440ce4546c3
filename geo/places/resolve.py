"""Choose a place for each mention: priors, document context and explicit patterns.

The scores come from :mod:`geo.places.priors` (what the gazetteer says about each name),
:mod:`geo.places.context` (what the rest of the text says) and :mod:`geo.places.patterns`
("X, Y", "X near Y", lists); this module runs the two passes and picks the winners.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from typing import Literal

import numpy as np

from geo.errors import UnresolvedPlaceError
from geo.models import Mention, Place, Resolution
from geo.places import distance
from geo.places.context import _Doc, _PairKm
from geo.places.gazetteer import Gazetteer
from geo.places.modifiers import modifier_countries
from geo.places.normalize import normalize_name
from geo.places.patterns import (
    _DOUBTFUL,
    _apply_links,
    _links,
    _patterns,
    contradicted,
    districts_in_cities,
    firm_containers,
    haversine_km,
)
from geo.places.priors import _Names, clear_caches
from geo.places.variants import FUZZY, VARIANT

__all__ = ["OnUnresolved", "clear_caches", "haversine_km", "resolve"]

OnUnresolved = Literal["ignore", "warn", "raise"]


_AREA_WORDS = ("oblast", "province", "governorate", "region", "state", "district", "county",
               "prefecture", "department", "raion", "krai")
_REGION_WORDS = re.compile(rf"\s+(?:{'|'.join(_AREA_WORDS)})$")
# What a key _REGION_WORDS finds in ends with ($ also matches before a last newline): a
# key ending otherwise is not searched.
_REGION_ENDS = tuple(end for word in _AREA_WORDS for end in (word, word + "\n"))


# A country named as the owner of officials, forces or buildings ("the US consulate", "a US
# State Department spokesperson", "Iraq's foreign ministry") in a story placed elsewhere says
# who takes part, not where the story is: a weaker vote for the text's country, and no
# support for the names around it ("an Israeli air strike near Damascus" in a report on
# Erbil that quotes "the US State Department" is not Damascus, Maryland). See _parties.
_PARTY_VOTE, _ELSEWHERE, _SURE = 0.35, 1.0, 0.5
_PARTY_AFTER = re.compile(
    r"(?:['’]s\s+(?:[a-z]+\s+){0,2}|\s+(?:[A-Z][a-z]+\s+)?)(?:consulates?|embassy|embassies|"
    r"officials?|forces|troops|soldiers|military|army|navy|air\s+force|marines|government|"
    r"administration|ministry|ministries|minister|president|envoy|diplomats?|ambassador|"
    r"spokes(?:man|woman|person)|sanctions|aid|intelligence|drones?|jets|warships?|"
    r"facilities|citizens|nationals|defen[cs]e|foreign|secretary|department|State\s+Department|"
    r"Treasury|Congress|Senate|Central\s+Command|Pentagon|special\s+forces|"
    r"security\s+forces|authorities|leaders?|delegation|negotiators?|counterparts?)\b")


def _parties(text: str, mentions: Sequence[Mention], places: list[Place | None],
             confs: list[float], countries: dict[str, float]) -> list[bool]:
    """Per mention: a country named only as a party ("US officials", "Iraq's foreign
    ministry") in a text whose places are in another country (see :data:`_PARTY_VOTE`).

    A party is the story's place unless the text is plainly elsewhere: another country must
    weigh at least :data:`_ELSEWHERE` by demonyms and the places picked so far, and no place
    picked with confidence (:data:`_SURE`) may lie in the party's own country ("UK officials
    visited Boston" keeps
    Boston, Lincolnshire; "an Israeli strike near Damascus" in a report on Erbil quoting "the
    US State Department" and "no Americans were hurt" is Syria's capital).
    """
    party = [bool(text) and p is not None and p.kind == "country"
             and _PARTY_AFTER.match(text, m.end) is not None for m, p in zip(mentions, places)]
    if not any(party):
        return party
    named: dict[str, float] = {}  # the places named, party mentions aside
    sure: set[str] = set()  # ... and the countries of those picked with confidence
    for p, c, as_party in zip(places, confs, party):
        if p is not None and p.country_code and c > 0.3 and not as_party:
            named[p.country_code] = named.get(p.country_code, 0.0) + c * (
                1.0 if p.kind == "country" else 0.6)
            if c > _SURE:
                sure.add(p.country_code)
    # (demonyms place the story elsewhere, but do not place it in the party's country:
    # "no Americans were hurt" names a party too; nor does a name the first pass gave the
    # party's country without confidence, such as the "Damascus" in question)
    weight = {cc: named.get(cc, 0.0) + countries.get(cc, 0.0) for cc in {*named, *countries}}
    return [as_party and p.country_code not in sure and any(
        w >= _ELSEWHERE for cc, w in weight.items() if cc != p.country_code)
        for p, as_party in zip(places, party)]


def _named_areas(names: _Names, mentions: Sequence[Mention]) -> np.ndarray | None:
    """Score changes for a bare name the text also gives as a region ("Kyiv Oblast" ... "Kyiv",
    "Hama province" ... "Hama"): the writer tells the two apart, so the bare name is the town;
    and so it is where the text gives it as a town ("Kidal, a northern town" ... "Kidal").

    Returns an array to add to the scores (admin1/admin2 candidates of such names lowered),
    or None when the text names no region or town that way.
    """
    regions = {_REGION_WORDS.sub("", m.key) for m in mentions if m.hint == "region" or (
        m.key.endswith(_REGION_ENDS) and _REGION_WORDS.search(m.key))}
    regions.update(m.key for m in mentions if m.hint == "city")
    if not regions:
        return None
    delta = np.zeros(int(names.found_at[-1] + names.found_lens[-1]) if names.found else 0)
    for idx, k in enumerate(names.found):
        m = mentions[k]
        if m.hint is not None or m.key not in regions:
            continue
        places = names.places[names.of[k]]
        if not any(p.kind == "city" for p in places):
            continue
        start = int(names.found_at[idx])
        for n, p in enumerate(places):
            if p.kind in ("admin1", "admin2"):
                delta[start + n] -= 2.0
    return delta


def _one_sense(names: _Names, scores: np.ndarray) -> np.ndarray:
    """Every mention of a name gets the mean of its mentions' scores: one text means one
    place by one name ("Kabul" early in a report about flights to the United States is the
    Kabul that "Kabul, Afghanistan" names later). Names differing in hint ("Hama" and "Hama
    province") stay apart."""
    if names.said_once:
        return scores
    rows = names.slot_rows()
    total = np.bincount(rows, weights=scores)
    count = np.bincount(rows)
    return (total / np.maximum(count, 1))[rows]


def _choose(names: _Names, scores: np.ndarray) -> tuple[list[int], list[float]]:
    """Best candidate of each mention (-1: none) and its confidence (softmax share)."""
    n_m = len(names.mentions)
    best, confs = [-1] * n_m, [0.0] * n_m
    if not names.found:
        return best, confs
    starts = names.found_at
    top = np.maximum.reduceat(scores, starts).repeat(names.found_lens)
    z = np.add.reduceat(np.exp((scores - top) / 0.5), starts)
    first = np.minimum.reduceat(np.where(scores == top, names.slot_no, len(scores)), starts)
    picks = (first - starts).tolist()
    shares = [1.0 / zk if size > 1 else 1.0
              for zk, size in zip(z.tolist(), names.found_sizes)]
    if len(picks) == n_m:  # every mention found: the lists as they are
        return picks, shares
    for k, i, c in zip(names.found, picks, shares):
        best[k], confs[k] = i, c
    return best, confs


def resolve(
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    *,
    text: str = "",
    on_unresolved: OnUnresolved = "ignore",
    min_confidence: float = 0.05,
) -> list[Resolution]:
    """Choose a place for every mention, or abstain.

    Parameters
    ----------
    mentions : from :func:`geo.places.mentions.extract_mentions` (or gold spans).
    gazetteer : the place index.
    text : the text the offsets index into; it supplies document context (countries named
        or implied by demonyms, "X, Y" and "X near Y" patterns).
    on_unresolved : what to do with a mention no place fits: "ignore" returns a Resolution
        whose ``place`` is None, "warn" also warns, "raise" raises UnresolvedPlaceError.
    min_confidence : below it the resolver abstains rather than guess.
    """
    if on_unresolved not in ("ignore", "warn", "raise"):
        raise ValueError(
            f"'on_unresolved' should be one of 'ignore', 'warn' or 'raise', got {on_unresolved!r}"
        )
    # Context is read in text order ("X, Y" pairs, mentions nearby): work on the mentions
    # sorted by offset and answer in the order given.
    order = None
    if any(b.start < a.start for a, b in zip(mentions, mentions[1:])):
        order = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, mentions[i].end))
        mentions = [mentions[i] for i in order]
    names = _Names(gazetteer, mentions)
    found = _patterns(text, mentions)
    links = _links(names, *found)

    def picked(best: list[int]) -> list[Place | None]:
        return [names.places[u][n] if n >= 0 else None for u, n in zip(names.of, best)]

    # Pass 1 knows only the countries the text implies (demonyms, "U.S.-backed"); pass 2
    # adds the places pass 1 chose: countries named, nearby towns, containing regions.
    countries = dict(modifier_countries(text, gazetteer)) if text else {}
    n_m = len(mentions)
    pairs = _PairKm(names)  # worked out only when a pass needs it
    doc = _Doc(gazetteer, names, countries, [-1] * n_m, [0.0] * n_m, pairs)
    areas = _named_areas(names, mentions)
    scores = doc.scores()
    _apply_links(names, scores, links)
    if areas is not None:
        scores += areas
    best, confs = _choose(names, _one_sense(names, scores))
    ctx = dict(countries)
    own = []
    party = _parties(text, mentions, picked(best), confs, countries)
    for cc in {p.country_code for p, as_party in zip(picked(best), party) if as_party}:
        if cc in ctx:  # its demonyms name the party too: "no Americans were hurt"
            ctx[cc] *= _PARTY_VOTE
    for p, c, as_party in zip(picked(best), confs, party):
        if p is None or not p.country_code or c <= 0.3:  # no vote for "no country"
            own.append(0.0)
            continue
        w = c * (_PARTY_VOTE if as_party else 1.0 if p.kind == "country" else 0.6)
        ctx[p.country_code] = ctx.get(p.country_code, 0.0) + w
        own.append(w)
    doc = _Doc(gazetteer, names, ctx, [n if c > 0.25 and not as_party else -1
                                       for n, c, as_party in zip(best, confs, party)],
               own, pairs)
    scores = doc.scores()
    extra = _apply_links(names, scores, links)
    if areas is not None:
        scores += areas
    best, confs = _choose(names, _one_sense(names, scores))

    far = _far_namesakes(gazetteer, mentions, picked(best), confs, countries, text)
    wrong = contradicted(picked(best), [  # (with the cap of a name known by another spelling)
        min(c, _SPELLING_CAP[m.key[0]]) if m.key[:1] in _SPELLING_CAP else c
        for m, c in zip(mentions, confs)], *found,
        firm=firm_containers(text, mentions, found[0]) if found[0] else frozenset())
    if wrong:  # one sense per text: "the Battle of Konna ... the town of Konna in central
        # Mali" rules out the Kona of Ivory Coast for both (doubtful choices only)
        ruled = {(mentions[k].key, best[k]): why for k, why in wrong.items()}
        for k, m in enumerate(mentions):
            why = ruled.get((m.key, best[k]))
            if why is not None and k not in wrong and confs[k] < _DOUBTFUL:
                wrong[k] = why
    out = []
    for k, (m, n, conf) in enumerate(zip(mentions, best, confs)):
        u = names.of[k]
        count = len(names.places[u])
        if n < 0:
            out.append(_unresolved(m, "no gazetteer entry", count, on_unresolved))
            continue
        place = names.places[u][n]
        if k in far:
            district = m.hint == "region" and place.kind == "city"
            out.append(_unresolved(m, f"only a {'' if district else 'small '}namesake "
                                   f"({place.name}, {place.country_code}) far from the story"
                                   + (" for a district" if district else ""), count,
                                   on_unresolved))
            continue
        if k in wrong:
            out.append(_unresolved(m, f"{place.name} ({place.country_code}) is "
                                   f"{wrong[k]}", count, on_unresolved))
            continue
        if conf < min_confidence and not place.population >= 100_000:
            out.append(_unresolved(m, f"too ambiguous ({count} candidates)", count,
                                   on_unresolved))
            continue
        if m.key[:1] in _SPELLING_CAP:  # known by another spelling: never a sure answer
            conf = min(conf, _SPELLING_CAP[m.key[0]])
        reason = "; ".join((names.info[u].reason(n), *doc.why(k, n), *extra.get((k, n), ())))
        if count > 1:
            reason += f"; best of {count}"
        out.append(Resolution(m, place, round(min(1.0, conf), 3), reason, count))
    if text:
        out = districts_in_cities(text, out)
    if order is not None:
        out = [r for _, r in sorted(zip(order, out), key=lambda pair: pair[0])]
    return out


_SMALL = 50_000
_ALIAS_SMALL = 200_000  # a town known by the name only as an alternate name
_FAR_KM = 1000.0
# A name found only by another spelling, in a country the text never names nor borders, is
# a namesake from much nearer ("Mugunga" by Goma is not Mogonga, Kenya, 600 km away).
_SPELLING_FAR_KM = 300.0


# A name that only ever qualifies armed men ("Fano fighters", "Fano militias") is a group's
# name before it is a town's.
_ARMED_AFTER = re.compile(r"\s+(?:fighters|militias?|militiamen|forces|rebels|militants|"
                          r"gunmen|insurgents)\b")


def _far_namesakes(gaz: Gazetteer, mentions: Sequence[Mention], places: list[Place | None],
                   confs: list[float], countries: dict[str, float], text: str = "") -> set[int]:
    """Mentions whose only fit is a small town (or a town known by the name only as an
    alternate name) in a country the story never comes near.

    "Most fled to Tawila, 60 km west of El Fasher" in a Sudan report: the gazetteer knows
    only a Tawila in Yemen. A town under 50,000 people, in a country that no other name of
    the text (nor a demonym) places the story in, more than 1,000 km from the other places
    the text names (by the median), is a namesake, not the place meant: the resolver
    abstains. (A neighbouring country backs nothing: "Pale" in a Myanmar story is not Palle,
    Goa; a town across the border near the story stays, by its distance.) So is a town
    under 200,000 whose name the text only puts before armed men ("Fano fighters" in a
    report on Amhara is the militia, not Fano, Italy). So is a city of any size for a name the
    text gives as a district or another area ("in Madina district" of a Mogadishu story is
    not Medina, Saudi Arabia).
    """
    groups: dict[str, bool] = {}

    def only_armed(key: str) -> bool:
        if key not in groups:
            groups[key] = bool(text) and all(
                _ARMED_AFTER.match(text, m.end) is not None for m in mentions if m.key == key)
        return groups[key]

    def namesake(m: Mention, p: Place | None) -> bool:
        # A small town, or a bigger one known by this name only as an alternate name
        # ("Baga" for Bargarh, India, in a report on Borno State).
        # A name found only by another spelling is no stronger evidence than an alternate
        # name, whatever the size of the town ("Kuriga" for Khouribga, Morocco, in a
        # report on Nigeria).
        # ... and a city of any size for a name the text gives as a district ("in Madina
        # district" of a Mogadishu story is not Medina, Saudi Arabia)
        return p is not None and p.kind in ("city", "admin2") and (
            p.population < _SMALL or m.key[:1] in _SPELLING_CAP
            or (m.hint == "region" and p.kind == "city")
            or p.population < _ALIAS_SMALL and (normalize_name(p.name) != m.key
                                                or only_armed(m.key)))

    suspects = [k for k, (m, p) in enumerate(zip(mentions, places)) if namesake(m, p)]
    if not suspects:
        return set()
    support: dict[str, dict[str, float]] = {}  # country -> key -> weight
    for m, p, c in zip(mentions, places, confs):
        if p is not None and p.country_code and c > 0.3:
            w = c * (1.0 if p.kind == "country" else 0.6)
            by_key = support.setdefault(p.country_code, {})
            by_key[m.key] = by_key.get(m.key, 0.0) + w
    total = sum(countries.values()) + sum(sum(v.values()) for v in support.values())
    # (by_cc below: the support of each country, all keys together)
    if total < 1.0:
        return set()
    by_cc = {cc: sum(v.values()) for cc, v in support.items()}
    out: set[int] = set()
    far: set[int] = set()  # place ids found far already
    located: tuple[np.ndarray, np.ndarray] | None = None
    backed: dict[tuple[str, str], bool] = {}  # (country, key): other names support it
    for k in suspects:
        m, p = mentions[k], places[k]
        if total - by_cc.get(p.country_code, 0.0) < 1.0:
            continue
        pair = (p.country_code, m.key)
        if pair not in backed:  # the same sum for every mention of the name
            cc = p.country_code
            backed[pair] = (by_cc.get(cc, 0.0) - support.get(cc, {}).get(m.key, 0.0)
                            + countries.get(cc, 0.0)) > 1e-9
        if backed[pair]:
            continue
        if p.id in far:
            out.add(k)
            continue
        if located is None:
            located = _located(places)
        xyz, ids = located
        km = distance.km_between(distance.unit_vectors(np.array([p.lon]), np.array([p.lat])),
                                 xyz[ids != p.id])[0]
        limit = _SPELLING_FAR_KM if m.key[:1] in _SPELLING_CAP else _FAR_KM
        if len(km) and _median(km.tolist()) > limit:
            out.add(k)
            far.add(p.id)
    return out


def _median(values: list[float]) -> float:
    """Median of a non-empty list, as numpy.median computes it (the mean of the two middle
    values of an even count), without numpy's overhead on the short lists here."""
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


_SAMPLE = 256  # other places the median distance is taken over (evenly spaced in the text)


def _located(places: list[Place | None]) -> tuple[np.ndarray, np.ndarray]:
    """Unit vectors and ids of the distinct located places (countries aside), at most
    _SAMPLE of them."""
    seen: dict[int, Place] = {}
    for q in places:
        if q is not None and q.kind != "country" and q.country_code:
            seen.setdefault(q.id, q)
    qs = list(seen.values())
    if len(qs) > _SAMPLE:
        qs = qs[:: len(qs) // _SAMPLE + 1]
    xyz = distance.unit_vectors(np.array([q.lon for q in qs], dtype=float),
                                np.array([q.lat for q in qs], dtype=float))
    return xyz.reshape(-1, 3), np.array([q.id for q in qs], dtype=np.int64)


# Most confidence a name found by another spelling can have: a loose-key variant stays a
# likely answer, a fuzzy match a guess (below LOW_CONFIDENCE).
_SPELLING_CAP = {VARIANT: 0.6, FUZZY: 0.2}


def _unresolved(m: Mention, reason: str, n: int, policy: OnUnresolved) -> Resolution:
    if policy == "raise":
        raise UnresolvedPlaceError(f"cannot resolve {m.text!r} at {m.start}: {reason}")
    if policy == "warn":
        warnings.warn(f"cannot resolve {m.text!r} at {m.start}: {reason}", stacklevel=3)
    return Resolution(m, None, 0.0, reason, n)
