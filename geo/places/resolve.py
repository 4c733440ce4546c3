"""Choose a place for each mention: priors, document context and explicit patterns."""

from __future__ import annotations

import math
import re
import threading
import warnings
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Literal, NamedTuple

import numpy as np

from geo.errors import UnresolvedPlaceError
from geo.models import AREA_KINDS, Mention, MentionHint, Place, Resolution
from geo.places import distance
from geo.places.gazetteer import ABBREV, CURATED, PRIMARY, Gazetteer
from geo.places.mentions import modifier_countries
from geo.places.normalize import normalize_name

__all__ = ["OnUnresolved", "clear_caches", "haversine_km", "resolve"]

OnUnresolved = Literal["ignore", "warn", "raise"]

_KIND_PRIOR = {"country": 1.3, "region": 0.8, "feature": 0.4, "admin1": 0.3, "city": 0.2,
               "admin2": -0.3}
_HINT_KINDS = {"region": ("admin1", "admin2", "region"), "city": ("city",),
               "feature": ("feature",), "country": ("country",)}
_CONTAINER_GAP = re.compile(r"\s*,\s*|\s+in\s+(?:the\s+)?|\s+\(\s*")
_NEAR_GAP = re.compile(
    r"[\s,]*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:near|outside|nearby|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?(?:\s+of)?|"
    r"(?:kilometers|kilometres|km|miles)\s+(?:from|of))\s+(?:the\s+)?",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or)\s+(?:the\s+)?|\s*/\s*")
_MAX_CANDIDATES = 25
_BLOCK_CELLS = 1 << 20  # (candidate, pick) pairs compared at once: bounds memory on long texts
_SMALL_CELLS = 1 << 14  # up to this many (slot, pick) pairs, all compared in one go
# Weights of the document context (tuned on TR-News and GeoVirus, see bench/geoparse_eval.py).
_W_SHARE, _W_NEIGHBOUR, _W_LOCAL, _W_NEAR, _W_CONTAINS = 1.2, 0.3, 0.6, 0.6, 0.8
_COUNTRY_NAMESAKE, _W_LISTED = 0.5, 1.0


def haversine_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places in kilometres."""
    return distance.km(a.lon, a.lat, b.lon, b.lat)


def _contains(area: Place, p: Place) -> bool:
    if area.id == p.id or area.kind not in AREA_KINDS:
        return False
    if area.kind == "country":
        return p.country_code == area.country_code
    if area.kind == "admin1":
        return p.country_code == area.country_code and p.admin1_code == area.admin1_code
    return p.country_code == area.country_code and haversine_km(area, p) < 150


def _prior(
    place: Place, flags: int, hint: MentionHint | None, same_name_city: bool
) -> tuple[float, str]:
    # Countries, and places above countries (continents, oceans, seas, "Middle East"),
    # count as big as they are when the gazetteer has no population for them.
    big = place.kind == "country" or not place.country_code
    pop = 1e8 if big and place.population == 0 else place.population
    score = min(math.log10(pop + 1) / 7.0, 1.2) + _KIND_PRIOR.get(place.kind, 0.0)
    why = []
    if place.feature_code == "PPLC":
        score += 0.4
    if flags & CURATED:
        score += 0.4
    elif flags & PRIMARY:
        score += 0.2
    elif flags & ABBREV:
        score -= 0.3
    if hint:
        if place.kind in _HINT_KINDS[hint]:
            score += 1.5
            why.append(f"named as a {hint}")
        else:
            score -= 0.8
    elif place.kind == "admin1" and same_name_city:
        score -= 1.0  # "in Hama" is the city unless the text says "Hama province"
    return score, "; ".join(why)


def _regions_named_after(
    gaz: Gazetteer, key: str, cands: list[tuple[Place, int]]
) -> list[tuple[Place, int]]:
    """'Kursk region', 'Kharkiv oblast': the admin-1 named after a city of that name."""
    out = []
    for p, flags in cands:
        region = gaz.admin1_of(p) if p.kind == "city" else None
        if region is not None and normalize_name(region.name)[:4] == key[:4]:
            out.append((region, flags))
    return out


def _patterns(text: str, mentions: Sequence[Mention]
              ) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
    """Index pairs: container[X] = Y for "X, Y" / "X in Y"; near[X] = Y for "X near Y";
    listed[X] = Y for "X, Y" / "X and Y" / "X or Y"."""
    container: dict[int, int] = {}
    near: dict[int, int] = {}
    listed: dict[int, int] = {}
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        gap = text[(a.extends or (0, a.end))[1] : b.start] if text else ""
        if len(gap) > 40:
            continue
        if _CONTAINER_GAP.fullmatch(gap):
            container[k] = k + 1
        elif _NEAR_GAP.fullmatch(gap):
            near[k] = k + 1
        if _LIST_GAP.fullmatch(gap):
            listed[k] = k + 1
    return container, near, listed


# Country codes, and admin-1 divisions as (country code, admin-1 code), numbered in order of
# first sight for the whole process: per-name arrays cached below hold these numbers, so the
# tables only grow. Readers size arrays by len(_CC) once and skip numbers given after that
# (another thread's new countries); admin-1 numbers are only compared, never sized.
_CC: dict[str, int] = {}
_A1: dict[tuple[str, str], int] = {}
_NUMBER_LOCK = threading.Lock()


def _number(table: dict, key: str | tuple[str, str]) -> int:
    number = table.get(key)
    if number is None:
        with _NUMBER_LOCK:
            number = table.setdefault(key, len(table))
    return number


# Columns of a name's table: one row per candidate.
_PRIOR, _CC_NO, _NOT_COUNTRY, _X, _Y, _Z, _ID, _OWN_A1, _IN_A1, _MEMBERS = range(10)
_SUPPORTS_A1 = ("city", "admin2", "feature")  # kinds that make their admin-1 "contain" them


class _Name(NamedTuple):
    """What the gazetteer says about one name (a key and its hint) before any context.

    Shared by every text that uses the name: read-only.
    """

    places: tuple[Place, ...]
    reason: tuple[str, ...]
    """Start of each candidate's reason: kind, population and what the prior saw."""
    table: np.ndarray
    """One row per candidate: prior, country number (see _CC), not a country, unit vector
    (x, y, z; see distance.unit_vectors), place id, number of the admin-1 it is (admin-1
    rows with a code of their own, else -1), number of the admin-1 it supports (cities,
    admin-2 and features, else -1), 1 for a place with member countries (see
    Gazetteer.region_countries), else 0."""
    has_admin1: bool
    """Some candidate is an admin-1 with a code of its own."""
    has_members: bool
    """Some candidate is made of countries (a continent, "Middle East", "Red Sea")."""


@lru_cache(maxsize=65536)
def _name(gaz: Gazetteer, key: str, hint: MentionHint | None) -> _Name:
    """Candidates and priors of a name, worked out once per process."""
    cands = _candidates(gaz, key, hint)
    prior, why = _priors(hint, cands)
    places = tuple(p for p, _ in cands)
    table = np.empty((len(places), 10))
    table[:, _PRIOR] = prior
    table[:, _CC_NO] = [_number(_CC, p.country_code) for p in places]
    table[:, _NOT_COUNTRY] = [p.kind != "country" for p in places]
    table[:, _X:_Z + 1] = distance.unit_vectors(
        np.array([p.lon for p in places], dtype=float),
        np.array([p.lat for p in places], dtype=float))
    table[:, _ID] = [p.id for p in places]
    # Admin-1 rows with a code of their own (pop 0 marks codes several rows share), and the
    # places that count as inside one (a city picked in it supports the region).
    table[:, _OWN_A1] = [
        _number(_A1, (p.country_code, p.admin1_code)) if p.kind == "admin1" and p.population
        else -1 for p in places]
    table[:, _IN_A1] = [
        _number(_A1, (p.country_code, p.admin1_code)) if p.kind in _SUPPORTS_A1 else -1
        for p in places]
    table[:, _MEMBERS] = [not p.country_code and bool(gaz.region_countries(p.id))
                          for p in places]
    table.flags.writeable = False
    reason = tuple("; ".join(filter(None, (f"{p.kind}, pop {p.population:,}", w)))
                   for p, w in zip(places, why))
    return _Name(places, reason, table, bool((table[:, _OWN_A1] >= 0).any()),
                 bool(table[:, _MEMBERS].any()))


def clear_caches() -> None:
    """Forget the names worked out so far (for cold-start measurements)."""
    _name.cache_clear()


class _Names:
    """The distinct names of a text, with their candidates and priors, laid out flat.

    A name is a (key, hint) pair: "Hama" and "Hama province" are two names, ten mentions of
    "Syria" are one. Scores live in one flat array with a slot per (mention, candidate), so
    a pass scores the whole text with a few array operations; what depends on the name
    alone is worked out on :meth:`name_rows` and copied to the slots.
    """

    def __init__(self, gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
        self.mentions = mentions
        index: dict[tuple[str, str | None], int] = {}
        key_no: dict[str, int] = {}
        self.of: list[int] = []  # name of each mention
        self.info: list[_Name] = []
        self.keys: list[str] = []
        of_key: list[int] = []  # number of each mention's key
        for m in mentions:
            u = index.get((m.key, m.hint))
            if u is None:
                u = index[(m.key, m.hint)] = len(self.info)
                self.info.append(_name(gaz, m.key, m.hint))
                self.keys.append(m.key)
            self.of.append(u)
            of_key.append(key_no.setdefault(m.key, len(key_no)))
        self.places = [info.places for info in self.info]
        rows = [self.info[u].table for u in self.of]
        self.sizes = [len(r) for r in rows]
        offsets = list(accumulate(self.sizes, initial=0))
        self.starts = offsets[:-1]
        self.offsets = np.array(offsets, dtype=np.intp)
        self.lens = np.array(self.sizes, dtype=np.intp)
        self.k = np.arange(len(mentions)).repeat(self.lens)
        # One row per slot: the name tables of the mentions, one after the other.
        self.table = np.concatenate(rows) if rows else np.zeros((0, 10))
        self.prior = self.table[:, _PRIOR]
        self.cc = self.table[:, _CC_NO].astype(np.intp)
        self.not_country = self.table[:, _NOT_COUNTRY] > 0
        self.key = np.array(of_key, dtype=np.intp).repeat(self.lens)
        self.mention_start = np.array([m.start for m in mentions], dtype=np.intp)
        self._name_key = [key_no[key] for key in self.keys]
        # For choosing: the mentions with a candidate, where their slots start, slot numbers.
        self.found = [k for k, size in enumerate(self.sizes) if size]
        self.found_at = self.offsets[self.found]
        self.found_lens = self.lens[self.found]
        self.slot_no = np.arange(len(self.table))
        self.multi = len(self.table) > len(self.found)  # some mention has a choice
        self.has_admin1 = any(info.has_admin1 for info in self.info)
        self.has_members = any(info.has_members for info in self.info)
        if self.has_members:
            self.member_slots = np.flatnonzero(self.table[:, _MEMBERS]).tolist()

    def slot(self, k: int) -> slice:
        return slice(self.starts[k], self.starts[k] + self.sizes[k])

    def name_rows(self) -> tuple[np.ndarray, np.ndarray]:
        """The names' tables, each name once (a long text names "Syria" a hundred times),
        and the key number of each row."""
        sizes = [len(p) for p in self.places]
        return (np.concatenate([info.table for info in self.info]),
                np.array(self._name_key, dtype=np.intp).repeat(sizes))

    def slot_rows(self) -> np.ndarray:
        """The row of each slot in :meth:`name_rows`."""
        first = np.array(list(accumulate([len(p) for p in self.places], initial=0))[:-1],
                         dtype=np.intp)
        return (first[np.array(self.of, dtype=np.intp)] - self.offsets[:-1]).repeat(
            self.lens) + self.slot_no


def _candidates(gaz: Gazetteer, key: str, hint: MentionHint | None) -> list[tuple[Place, int]]:
    demonym = gaz.demonym(key)
    country = gaz.country(demonym) if demonym else None
    # A demonym given as a mention ("Russian" in a gold span) stands for its country, never
    # for a town that happens to share the word (Canadian, Texas).
    cands = [(country, PRIMARY)] if country else list(gaz.candidates(key))
    if hint == "region" and not any(p.kind in AREA_KINDS for p, _ in cands):
        cands += _regions_named_after(gaz, key, cands)
    if len(cands) > _MAX_CANDIDATES:
        cands.sort(key=lambda c: (c[1] & CURATED, c[0].kind == "country", c[0].population),
                   reverse=True)
        cands = cands[:_MAX_CANDIDATES]
    return cands


def _priors(hint: MentionHint | None, cands: list[tuple[Place, int]]
            ) -> tuple[list[float], list[str]]:
    """Context-free score of every candidate of a name (population, kind, name quality, hint)."""
    # A same-name city inside an admin-1 that holds a real share of its people: "in Hama" is
    # the city, not the governorate (but "Minnesota" is not the village of Minneota).
    cities: dict[tuple[str, str], int] = {}
    for p, _ in cands:
        if p.kind == "city":
            where = (p.country_code, p.admin1_code)
            cities[where] = max(cities.get(where, 0), p.population)
    # A country's own name: a town that shares it ("China" in Japan) is a poor second.
    country_name = hint is None and any(p.kind == "country" and flags & PRIMARY
                                        for p, flags in cands)
    scores, whys = [], []
    for p, flags in cands:
        pop = cities.get((p.country_code, p.admin1_code), 0)
        same_city = p.kind == "admin1" and pop >= 0.05 * p.population > 0
        s, why = _prior(p, flags, hint, same_city)
        if country_name and p.kind == "city":
            s -= _COUNTRY_NAMESAKE
        scores.append(s)
        whys.append(why)
    return scores, whys


class _Doc:
    """What the whole text says about where it is, as seen from each mention.

    ``pick`` holds the candidate each mention chose in the previous pass (-1: none) and
    ``own`` the weight that choice gave its country.
    """

    def __init__(
        self, gaz: Gazetteer, names: _Names, countries: dict[str, float],
        pick: Sequence[int], own: Sequence[float],
    ) -> None:
        self.gaz, self.names, self.countries, self.own = gaz, names, countries, own
        weights = sorted(countries.values(), reverse=True)
        self.total = weights[0] if weights else 0.0
        self.runner_up = weights[1] if len(weights) > 1 else 0.0
        top = max(countries, key=countries.__getitem__) if countries else ""
        self.top, self.top_neighbours = top, gaz.neighbours(top) if top else frozenset()
        self.located = [k for k, n in enumerate(pick) if n >= 0]
        self.pick_slot = np.array([names.starts[k] + pick[k] for k in self.located],
                                  dtype=np.intp)
        # With nothing known about the text yet (no demonym, no place picked other than a
        # country), context adds nothing; a mention with one candidate has nothing to
        # choose between.
        self.known = names.multi and (
            bool(self.total) or bool(names.not_country[self.pick_slot].any()))
        self.scored = (names.lens > 1) & self.known
        # Context of each slot (filled by scores, read by why).
        self.share = self.neighbour = self.local = self.contains = np.zeros(0, dtype=bool)
        self.near_km = np.zeros(0)

    def scores(self) -> np.ndarray:
        """Prior plus context of every (mention, candidate) slot."""
        names = self.names
        if not self.known:
            return names.prior.copy()
        n_cc = len(_CC)
        cc = names.cc
        # Country context: the text's weight for the candidate's country without this
        # mention's own vote (share), or else a neighbour of the text's main country.
        weight = np.zeros(n_cc)
        for c, w in self.countries.items():
            if _CC.get(c, n_cc) < n_cc:
                weight[_CC[c]] = w
        wcc = weight[cc]
        if names.has_members:
            # A region with no country of its own ("Middle East", "Africa", "Red Sea")
            # weighs as much as the heaviest of its countries in the text.
            by_id: dict[float, float] = {}
            for s in names.member_slots:
                i = float(names.table[s, _ID])
                if i not in by_id:
                    members = self.gaz.region_countries(int(i))
                    by_id[i] = max((self.countries.get(c, 0.0) for c in members), default=0.0)
                wcc[s] = by_id[i]
        top_share: np.ndarray | bool
        if self.located:
            share, top_share = self._shares_without_own_vote(weight, wcc)
        else:  # nothing picked yet: no mention has a vote of its own to leave out
            share = wcc / self.total if self.total else np.zeros(len(cc))
            top_share = self.total > 0
        self.share = share
        if self.top:
            neighbour = np.zeros(n_cc, dtype=bool)
            for c in self.top_neighbours:
                if _CC.get(c, n_cc) < n_cc:
                    neighbour[_CC[c]] = True
            self.neighbour = (share == 0) & neighbour[cc] & top_share
            ctx = _W_SHARE * share + _W_NEIGHBOUR * self.neighbour
        else:
            ctx = _W_SHARE * share
        scored = self.scored[names.k]
        if self.located:
            # Places the other mentions picked: same country nearby in the text, a region
            # holding them, distance to them.
            self.local, self.contains, self.near_km = self._picked_around()
            close = names.not_country & (self.near_km < 3000)
            ctx = (ctx + _W_LOCAL * self.local + _W_CONTAINS * self.contains
                   + close * (_W_NEAR * np.exp(-np.where(close, self.near_km, 0.0) / 250.0)))
        return np.where(scored, names.prior + ctx, names.prior)

    def _shares_without_own_vote(self, weight: np.ndarray, wcc: np.ndarray
                                 ) -> tuple[np.ndarray, np.ndarray]:
        """Per slot: the weight of the candidate's country (``wcc``) in the text over the top
        weight, both without the mention's own vote; and whether the text's main country
        keeps a weight without it."""
        names = self.names
        kk, cc = names.k, names.cc
        n_m = len(names.mentions)
        own = np.array(self.own, dtype=float)
        own_cc = np.full(n_m, -1, dtype=np.intp)
        own_cc[self.located] = cc[self.pick_slot]
        total = np.full(n_m, self.total)
        votes = own_cc >= 0
        top_own = votes & (weight[own_cc] >= self.total)  # the mention's vote made the top
        total[top_own] = np.maximum(self.total - own[top_own], self.runner_up)
        if not self.total:
            total[:] = 0.0
        w = wcc - (cc == own_cc[kk]) * own[kk]
        tot = total[kk]
        share = np.maximum(w, 0.0) / np.where(tot > 0, tot, np.inf)
        if not self.top:
            return share, np.zeros(len(cc), dtype=bool)
        top = _CC.get(self.top, -1)
        top_w = self.countries[self.top] - (votes & (own_cc == top)) * own
        return share, ((top_w > 0) & (total > 0))[kk]

    def _picked_around(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per slot, against the places other mentions picked:

        - local: one within 250 characters is in the slot's country;
        - contains: the slot is an admin-1 holding a city, admin-2 or feature one picked;
        - near_km: distance to the nearest one (countries left out), or inf.

        A slot gets no support from a place only its own name picked ("Mosul" must not
        pull its admin-2 namesake toward the city), nor from itself. Time and memory stay
        linear in long texts: "local" looks at each mention's window of picks, and the
        rest is worked out once per name and distinct pick, in bounded blocks.
        """
        names = self.names
        if len(names.table) * len(self.pick_slot) <= _SMALL_CELLS:
            return self._around_each_slot()
        contains, near = self._near_and_contains()
        row = names.slot_rows()
        return self._local(), contains[row], near[row]

    def _around_each_slot(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`_picked_around` for a text of usual size: every slot against every pick
        at once, which takes fewer array operations than going through names and windows."""
        names = self.names
        at = self.pick_slot
        picks = names.table[at]
        p_cc, p_key, p_k = names.cc[at], names.key[at], names.k[at]
        p_xyz, p_id, p_a1 = picks[:, _X:_Z + 1], picks[:, _ID], picks[:, _IN_A1]
        start = names.mention_start[names.k]
        other = p_key != names.key[:, None]
        local = ((np.abs(start[:, None] - start[at]) <= 250) & (names.cc[:, None] == p_cc)
                 & (names.k[:, None] != p_k) & (p_cc != _CC.get("", -1))).any(axis=1)
        if names.has_admin1 and (p_a1 >= 0).any():
            own_a1 = names.table[:, _OWN_A1]
            contains = (own_a1 >= 0) & (other & (own_a1[:, None] == p_a1)).any(axis=1)
        else:
            contains = np.zeros(len(names.table), dtype=bool)
        dot = names.table[:, _X:_Z + 1] @ p_xyz.T
        dot[~(other & names.not_country[at]) | (names.table[:, _ID, None] == p_id)] = -np.inf
        best = dot.max(axis=1)
        near = distance.km_from_dot(best)
        near[best == -np.inf] = np.inf
        return local, contains, near

    def _local(self) -> np.ndarray:
        names = self.names
        n_m = len(names.mentions)
        located = np.asarray(self.located, dtype=np.intp)
        at = names.mention_start[located]
        order = np.argsort(at, kind="stable")
        at = at[order]
        lo = np.searchsorted(at, names.mention_start - 250, "left")
        counts = np.searchsorted(at, names.mention_start + 250, "right") - lo
        k = np.arange(n_m).repeat(counts)
        j = order[np.arange(len(k)) - (np.cumsum(counts) - counts - lo).repeat(counts)]
        p_cc = names.cc[self.pick_slot[j]]
        other = (located[j] != k) & (p_cc != _CC.get("", -1))  # a place with no country
        local = np.zeros((n_m, len(_CC)), dtype=bool)
        local[k[other], p_cc[other]] = True
        return local[names.k, names.cc]

    def _near_and_contains(self) -> tuple[np.ndarray, np.ndarray]:
        """Per name row (each name's candidates once): contains and distance (see above)."""
        names = self.names
        rows, row_key = names.name_rows()
        # Each place picked once per name key that picked it.
        distinct: dict[tuple[float, int], int] = {}
        for s, i, key in zip(self.pick_slot.tolist(), names.table[self.pick_slot, _ID].tolist(),
                             names.key[self.pick_slot].tolist()):
            distinct.setdefault((i, key), s)
        at = np.array(list(distinct.values()), dtype=np.intp)
        picks, p_key, p_place = names.table[at], names.key[at], names.not_country[at]
        p_xyz, p_id, p_a1 = picks[:, _X:_Z + 1], picks[:, _ID], picks[:, _IN_A1]
        supports = names.has_admin1 and bool((p_a1 >= 0).any())
        n = len(rows)
        contains = np.zeros(n, dtype=bool)
        best = np.empty(n)
        step = max(1, _BLOCK_CELLS // len(at))
        for lo in range(0, n, step):
            block = rows[lo : lo + step]
            other = p_key != row_key[lo : lo + step, None]
            if supports:
                own_a1 = block[:, _OWN_A1]
                contains[lo : lo + step] = (own_a1 >= 0) & (
                    other & (own_a1[:, None] == p_a1)).any(axis=1)
            # The nearest pick has the largest dot product of unit vectors.
            dot = block[:, _X:_Z + 1] @ p_xyz.T
            dot[~(other & p_place) | (block[:, _ID, None] == p_id)] = -np.inf
            best[lo : lo + step] = dot.max(axis=1)
        near = distance.km_from_dot(best)
        near[best == -np.inf] = np.inf
        return contains, near

    def why(self, k: int, n: int) -> list[str]:
        """Reasons of the context score of mention k's candidate n (for the winner only)."""
        if not self.scored[k] or not len(self.share):
            return []
        names = self.names
        s = names.starts[k] + n
        place = names.places[names.of[k]][n]
        why = []
        if self.share[s] and not place.country_code:
            why.append(f"countries of {place.name} in the text")
        elif self.share[s]:
            why.append(f"text about {place.country_code}")
        elif len(self.neighbour) and self.neighbour[s]:
            why.append(f"neighbour of {self.top}")
        if len(self.local) and self.local[s]:
            why.append("same country as places nearby in the text")
        if len(self.contains) and self.contains[s]:
            why.append("contains other places in the text")
        dist = float(self.near_km[s]) if len(self.near_km) else math.inf
        if place.kind != "country" and dist < 250:
            why.append(f"{dist:.0f} km from another place in the text")
        return why


class _Link(NamedTuple):
    """Two mentions an explicit pattern couples, with the bonus of every candidate pair."""

    x: int
    y: int
    label: str  # "inside" ("X, Y", "X in Y") or "near" ("X near Y")
    bonus: np.ndarray  # (candidates of x) x (candidates of y)


def _links(names: _Names, container: dict[int, int], near: dict[int, int],
           listed: dict[int, int]) -> list[_Link]:
    out = []
    for x_i, y_i in container.items():
        xs, ys = names.places[names.of[x_i]], names.places[names.of[y_i]]
        if xs and ys:
            # "China, Japan and Korea" lists countries: a name that is a country is not
            # placed inside another country ("Mexico, Missouri" is still a town in a state).
            country_name = any(x.kind == "country" for x in xs)
            bonus = np.zeros((len(xs), len(ys)))
            for yk, y in enumerate(ys):
                if y.kind in AREA_KINDS and not (country_name and y.kind == "country"):
                    for xk, x in enumerate(xs):
                        if _contains(y, x):
                            bonus[xk, yk] = 2.0
            out.append(_Link(x_i, y_i, "inside", bonus))
    for x_i, y_i in near.items():
        x_name, y_name = names.info[names.of[x_i]], names.info[names.of[y_i]]
        if x_name.places and y_name.places:
            km = distance.km_between(x_name.table[:, _X:_Z + 1], y_name.table[:, _X:_Z + 1])
            out.append(_Link(x_i, y_i, "near", 1.5 * np.exp(-km / 100.0)))
    for x_i, y_i in listed.items():
        # "Chad, Niger and Nigeria": a name listed with a country is a country too (Niger,
        # not Nigeria's Niger state).
        xs, ys = names.places[names.of[x_i]], names.places[names.of[y_i]]
        x_country = np.array([x.kind == "country" for x in xs], dtype=float)
        y_country = np.array([y.kind == "country" for y in ys], dtype=float)
        if x_country.any() and y_country.any() and len(xs) + len(ys) > 2:
            out.append(_Link(x_i, y_i, "listed with", _W_LISTED * np.outer(x_country, y_country)))
    return out


def _apply_links(names: _Names, scores: np.ndarray, links: list[_Link]
                 ) -> dict[tuple[int, int], list[str]]:
    """Each candidate of X gains the bonus of its best-scoring partner in Y (and that
    partner half of it). Updates ``scores`` in place; returns the reasons added per
    (mention, candidate)."""
    extra: dict[tuple[int, int], list[str]] = {}
    for link in links:
        ax, ay = names.starts[link.x], names.starts[link.y]
        ys = names.places[names.of[link.y]]
        partner = (link.bonus + scores[names.slot(link.y)][None, :]).argmax(axis=1)
        gain = link.bonus[np.arange(len(partner)), partner]
        best_y: dict[int, float] = {}
        for xk in np.flatnonzero(gain > 0.05).tolist():
            yk, bonus = int(partner[xk]), float(gain[xk])
            scores[ax + xk] += bonus
            extra.setdefault((link.x, xk), []).append(f"{link.label} {ys[yk].name}")
            best_y[yk] = max(best_y.get(yk, 0.0), bonus)
        for yk, bonus in best_y.items():
            scores[ay + yk] += 0.5 * bonus
    return extra


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
    for k, i, zk in zip(names.found, (first - starts).tolist(), z.tolist()):
        best[k] = i
        confs[k] = 1.0 / zk if names.sizes[k] > 1 else 1.0
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
    links = _links(names, *_patterns(text, mentions))

    def picked(best: list[int]) -> list[Place | None]:
        return [names.places[u][n] if n >= 0 else None for u, n in zip(names.of, best)]

    # Pass 1 knows only the countries the text implies (demonyms, "U.S.-backed"); pass 2
    # adds the places pass 1 chose: countries named, nearby towns, containing regions.
    countries = dict(modifier_countries(text, gazetteer)) if text else {}
    n_m = len(mentions)
    doc = _Doc(gazetteer, names, countries, [-1] * n_m, [0.0] * n_m)
    scores = doc.scores()
    _apply_links(names, scores, links)
    best, confs = _choose(names, scores)
    ctx = dict(countries)
    own = []
    for p, c in zip(picked(best), confs):
        if p is None or not p.country_code or c <= 0.3:  # no vote for "no country"
            own.append(0.0)
            continue
        w = c * (1.0 if p.kind == "country" else 0.6)
        ctx[p.country_code] = ctx.get(p.country_code, 0.0) + w
        own.append(w)
    doc = _Doc(gazetteer, names, ctx, [n if c > 0.25 else -1 for n, c in zip(best, confs)],
               own)
    scores = doc.scores()
    extra = _apply_links(names, scores, links)
    best, confs = _choose(names, scores)

    out = []
    for k, (m, n, conf) in enumerate(zip(mentions, best, confs)):
        u = names.of[k]
        count = len(names.places[u])
        if n < 0:
            out.append(_unresolved(m, "no gazetteer entry", count, on_unresolved))
            continue
        place = names.places[u][n]
        if conf < min_confidence and not place.population >= 100_000:
            out.append(_unresolved(m, f"too ambiguous ({count} candidates)", count,
                                   on_unresolved))
            continue
        reason = "; ".join((names.info[u].reason[n], *doc.why(k, n), *extra.get((k, n), ())))
        if count > 1:
            reason += f"; best of {count}"
        out.append(Resolution(m, place, round(min(1.0, conf), 3), reason, count))
    if order is not None:
        out = [r for _, r in sorted(zip(order, out), key=lambda pair: pair[0])]
    return out


def _unresolved(m: Mention, reason: str, n: int, policy: OnUnresolved) -> Resolution:
    if policy == "raise":
        raise UnresolvedPlaceError(f"cannot resolve {m.text!r} at {m.start}: {reason}")
    if policy == "warn":
        warnings.warn(f"cannot resolve {m.text!r} at {m.start}: {reason}", stacklevel=3)
    return Resolution(m, None, 0.0, reason, n)
