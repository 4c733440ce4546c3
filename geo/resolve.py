"""Choose a place for each mention: priors, document context and explicit patterns."""

from __future__ import annotations

import math
import re
import threading
import warnings
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal, NamedTuple

import numpy as np

from geo import distance
from geo.errors import UnresolvedPlaceError
from geo.gazetteer import ABBREV, CURATED, PRIMARY, Gazetteer
from geo.mentions import modifier_countries
from geo.models import AREA_KINDS, Mention, MentionHint, Place, Resolution
from geo.normalize import normalize_name

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
_MAX_CANDIDATES = 25
# Weights of the document context (tuned on TR-News and GeoVirus, see bench/geoparse_eval.py).
_W_SHARE, _W_NEIGHBOUR, _W_LOCAL, _W_NEAR, _W_CONTAINS = 1.2, 0.3, 0.6, 0.6, 0.8


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
    pop = 1e8 if place.kind == "country" and place.population == 0 else place.population
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


def _patterns(text: str, mentions: Sequence[Mention]) -> tuple[dict[int, int], dict[int, int]]:
    """Index pairs: container[X] = Y for "X, Y" / "X in Y"; near[X] = Y for "X near Y"."""
    container: dict[int, int] = {}
    near: dict[int, int] = {}
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        gap = text[(a.extends or (0, a.end))[1] : b.start] if text else ""
        if len(gap) > 40:
            continue
        if _CONTAINER_GAP.fullmatch(gap):
            container[k] = k + 1
        elif _NEAR_GAP.fullmatch(gap):
            near[k] = k + 1
    return container, near


# Country codes numbered in order of first sight, for the whole process: per-name arrays
# cached below hold these numbers, so the table only grows. Readers size their arrays by
# len(_CC) once and skip numbers given after that (another thread's new countries).
_CC: dict[str, int] = {}
_CC_LOCK = threading.Lock()


def _cc_number(cc: str) -> int:
    number = _CC.get(cc)
    if number is None:
        with _CC_LOCK:
            number = _CC.setdefault(cc, len(_CC))
    return number


class _Name(NamedTuple):
    """What the gazetteer says about one name (a key and its hint) before any context.

    Shared by every text that uses the name: read-only.
    """

    places: tuple[Place, ...]
    prior: np.ndarray
    prior_why: tuple[str, ...]
    cc: np.ndarray  # country number of each candidate (see _CC)
    not_country: np.ndarray
    xyz: np.ndarray  # unit vectors (see distance.unit_vectors)
    admin1: tuple[tuple[int, tuple[str, str]], ...]  # admin-1 candidates with their own code


@lru_cache(maxsize=65536)
def _name(gaz: Gazetteer, key: str, hint: MentionHint | None) -> _Name:
    """Candidates and priors of a name, worked out once per process."""
    cands = _candidates(gaz, key, hint)
    prior, why = _priors(hint, cands)
    places = tuple(p for p, _ in cands)
    # Admin-1 candidates with a code of their own (pop 0 marks codes several rows share).
    admin1 = tuple((n, (p.country_code, p.admin1_code)) for n, p in enumerate(places)
                   if p.kind == "admin1" and p.population)
    return _Name(
        places, np.array(prior, dtype=float), tuple(why),
        np.array([_cc_number(p.country_code) for p in places], dtype=np.intp),
        np.array([p.kind != "country" for p in places], dtype=bool),
        distance.unit_vectors(np.array([p.lon for p in places], dtype=float),
                              np.array([p.lat for p in places], dtype=float)),
        admin1,
    )


def clear_caches() -> None:
    """Forget the names worked out so far (for cold-start measurements)."""
    _name.cache_clear()


class _Names:
    """The distinct names of a text, with their candidates and priors, laid out flat.

    A name is a (key, hint) pair: "Hama" and "Hama province" are two names, ten mentions of
    "Syria" are one. Scores live in one flat array with a slot per (mention, candidate), so
    a pass scores the whole text with a few array operations.
    """

    def __init__(self, gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
        self.mentions = mentions
        index: dict[tuple[str, str | None], int] = {}
        self.of: list[int] = []  # name of each mention
        self.info: list[_Name] = []
        for m in mentions:
            u = index.get((m.key, m.hint))
            if u is None:
                u = index[(m.key, m.hint)] = len(self.info)
                self.info.append(_name(gaz, m.key, m.hint))
            self.of.append(u)
        self.keys = [key for key, _ in index]
        self.places = [info.places for info in self.info]
        self.sizes = [len(self.places[u]) for u in self.of]
        self.lens = np.array(self.sizes, dtype=np.intp)
        self.offsets = np.zeros(len(mentions) + 1, dtype=np.intp)
        np.cumsum(self.lens, out=self.offsets[1:])
        self.starts = self.offsets[:-1].tolist()
        rows = [self.info[u] for u in self.of]
        if rows:
            self.prior = np.concatenate([r.prior for r in rows])
            self.cc = np.concatenate([r.cc for r in rows])
            self.not_country = np.concatenate([r.not_country for r in rows])
        else:
            self.prior, self.cc = np.zeros(0), np.zeros(0, dtype=np.intp)
            self.not_country = np.zeros(0, dtype=bool)
        self.k = np.repeat(np.arange(len(mentions)), self.lens)

    def slot(self, k: int) -> slice:
        return slice(self.starts[k], self.starts[k] + self.sizes[k])


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
    scores, whys = [], []
    for p, flags in cands:
        pop = cities.get((p.country_code, p.admin1_code), 0)
        same_city = p.kind == "admin1" and pop >= 0.05 * p.population > 0
        s, why = _prior(p, flags, hint, same_city)
        scores.append(s)
        whys.append(why)
    return scores, whys


class _Doc:
    """What the whole text says about where it is, as seen from each mention."""

    def __init__(
        self, gaz: Gazetteer, names: _Names, countries: dict[str, float],
        picks: Sequence[Place | None], own: Sequence[float],
    ) -> None:
        mentions = names.mentions
        self.names, self.countries, self.picks, self.own = names, countries, picks, own
        weights = sorted(countries.values(), reverse=True)
        self.total = weights[0] if weights else 0.0
        self.runner_up = weights[1] if len(weights) > 1 else 0.0
        top = max(countries, key=countries.__getitem__) if countries else ""
        self.top, self.top_neighbours = top, gaz.neighbours(top) if top else frozenset()
        # Countries picked within 250 characters of each mention (mentions are in text
        # order; a sliding window keeps this linear in long texts).
        located = [(m.start, j, p.country_code) for j, (m, p) in
                   enumerate(zip(mentions, picks)) if p is not None]
        self.local: list[set[str]] = [set()] * len(mentions) if not located else []
        lo = 0
        for k, m in enumerate(mentions if located else ()):
            while lo < len(located) and located[lo][0] < m.start - 250:
                lo += 1
            near: set[str] = set()
            for start, j, cc in located[lo:]:
                if start > m.start + 250:
                    break
                if j != k:
                    near.add(cc)
            self.local.append(near)
        # Each picked place with the names that picked it: a mention gets no support from
        # its own pick ("Mosul" must not pull its admin-2 namesake toward the city).
        keys: dict[int, set[str]] = {}
        unique: dict[int, Place] = {}
        for m, p in zip(mentions, picks):
            if p is not None and p.kind != "country":
                unique[p.id] = p
                keys.setdefault(p.id, set()).add(m.key)
        self.pick_keys = [keys[i] for i in unique]
        self.pick_ids = np.array(list(unique), dtype=np.int64)
        self.pick_lon = np.array([p.lon for p in unique.values()], dtype=float)
        self.pick_lat = np.array([p.lat for p in unique.values()], dtype=float)
        self.admin1_support: dict[tuple[str, str], set[str]] = {}
        for p, ks in zip(unique.values(), self.pick_keys):
            if p.kind in ("city", "admin2", "feature"):
                self.admin1_support.setdefault((p.country_code, p.admin1_code), set()).update(ks)
        # With nothing known about the text yet (no demonym, no pick), context adds nothing;
        # a mention with one candidate has nothing to choose between.
        known = bool(self.total or len(self.pick_ids))
        self.scored = (names.lens > 1) & known
        scored = np.flatnonzero(self.scored).tolist()
        self.dist = self._nearest_km(sorted({names.of[k] for k in scored}))

    def share(self, cc: str, k: int) -> float:
        """Weight of country ``cc`` in the text, leaving out mention k's own vote."""
        if not self.total:
            return 0.0
        own_cc, total = self._own(k)
        w = self.countries.get(cc, 0.0) - (self.own[k] if cc == own_cc else 0.0)
        return max(w, 0.0) / total if total > 0 else 0.0

    def _own(self, k: int) -> tuple[str | None, float]:
        """Country of mention k's own pick, and the text's top weight without its vote."""
        p = self.picks[k]
        own_cc = p.country_code if p is not None else None
        total = self.total
        if own_cc is not None and self.countries.get(own_cc, 0.0) >= total:
            total = max(total - self.own[k], self.runner_up)
        return own_cc, total

    def _nearest_km(self, rows: list[int]) -> dict[int, np.ndarray]:
        """For each name: distance from its candidates to the nearest place other mentions
        picked. One distance matrix for the whole text; a name gets no support from picks
        that only it made."""
        names = self.names
        if not rows or not len(self.pick_ids):
            return {u: np.full(len(names.places[u]), np.inf) for u in rows}
        d = distance.km_between(np.concatenate([names.info[u].xyz for u in rows]),
                                distance.unit_vectors(self.pick_lon, self.pick_lat))
        ids = np.array([p.id for u in rows for p in names.places[u]], dtype=np.int64)
        d[ids[:, None] == self.pick_ids[None, :]] = np.inf
        out, at = {}, 0
        for u in rows:
            n = len(names.places[u])
            block = d[at : at + n]
            at += n
            own = [ks == {names.keys[u]} for ks in self.pick_keys]
            if any(own):
                block = block[:, ~np.array(own)]
            out[u] = block.min(axis=1) if block.shape[1] else np.full(n, np.inf)
        return out

    def scores(self) -> np.ndarray:
        """Prior plus context of every (mention, candidate) slot."""
        names = self.names
        if not self.scored.any():
            return names.prior.copy()
        n_m = len(names.mentions)
        n_cc = len(_CC)
        kk, cc = names.k, names.cc
        # Country context: the text's weight for the candidate's country without this
        # mention's own vote (share), or else a neighbour of the text's main country.
        weight = np.zeros(n_cc)
        for c, w in self.countries.items():
            if _CC.get(c, n_cc) < n_cc:
                weight[_CC[c]] = w
        own = np.asarray(self.own, dtype=float)
        own_cc = np.array([_CC.get(p.country_code, -1) if p is not None else -1
                           for p in self.picks], dtype=np.intp)
        total = np.full(n_m, self.total)
        votes = own_cc >= 0
        top_own = votes & (weight[own_cc] >= self.total)  # the mention's vote made the top
        total[top_own] = np.maximum(self.total - own[top_own], self.runner_up)
        if not self.total:
            total[:] = 0.0
        w = weight[cc] - np.where(cc == own_cc[kk], own[kk], 0.0)
        tot = total[kk]
        share = np.where(tot > 0, np.maximum(w, 0.0) / np.where(tot > 0, tot, 1.0), 0.0)
        if self.top:
            top = _CC.get(self.top, -1)
            top_w = self.countries[self.top] - np.where(votes & (own_cc == top), own, 0.0)
            top_share = (top_w > 0) & (total > 0)
            neighbour = np.zeros(n_cc, dtype=bool)
            for c in self.top_neighbours:
                if _CC.get(c, n_cc) < n_cc:
                    neighbour[_CC[c]] = True
            ctx = _W_SHARE * share + np.where(
                (share == 0) & neighbour[cc] & top_share[kk], _W_NEIGHBOUR, 0.0)
        else:
            ctx = _W_SHARE * share
        if not len(self.pick_ids) and not any(self.local):
            # Nothing picked yet (the first pass): the country shares are all there is.
            return np.where(self.scored[kk], names.prior + ctx, names.prior)
        local = np.zeros((n_m, n_cc), dtype=bool)
        for k, near in enumerate(self.local):
            for c in near:
                local[k, _CC[c]] = True  # a picked place's country: numbered already
        ctx = ctx + np.where(local[kk, cc], _W_LOCAL, 0.0)
        # Per name: an admin-1 holding places other names picked, and nearness to them.
        contains = np.zeros_like(ctx)
        near_km = np.full_like(ctx, np.inf)
        for k in np.flatnonzero(self.scored).tolist():
            u, at = names.of[k], names.starts[k]
            for n, where in names.info[u].admin1:
                if self.admin1_support.get(where, set()) - {names.keys[u]}:
                    contains[at + n] = _W_CONTAINS
            near_km[at : at + names.sizes[k]] = self.dist[u]
        ctx = ctx + contains
        close = names.not_country & (near_km < 3000)
        ctx = ctx + np.where(close, _W_NEAR * np.exp(-np.where(close, near_km, 0.0) / 250.0), 0.0)
        return np.where(self.scored[kk], names.prior + ctx, names.prior)

    def why(self, k: int, n: int) -> list[str]:
        """Reasons of the context score of mention k's candidate n (for the winner only)."""
        if not self.scored[k]:
            return []
        names = self.names
        u = names.of[k]
        place = names.places[u][n]
        cc = place.country_code
        why = []
        if self.share(cc, k):
            why.append(f"text about {cc}")
        elif cc in self.top_neighbours and self.share(self.top, k) > 0:
            why.append(f"neighbour of {self.top}")
        if cc in self.local[k]:
            why.append("same country as places nearby in the text")
        if any(m == n and self.admin1_support.get(where, set()) - {names.keys[u]}
               for m, where in names.info[u].admin1):
            why.append("contains other places in the text")
        dist = float(self.dist[u][n])
        if place.kind != "country" and dist < 250:
            why.append(f"{dist:.0f} km from another place in the text")
        return why


class _Link(NamedTuple):
    """Two mentions an explicit pattern couples, with the bonus of every candidate pair."""

    x: int
    y: int
    label: str  # "inside" ("X, Y", "X in Y") or "near" ("X near Y")
    bonus: np.ndarray  # (candidates of x) x (candidates of y)


def _links(names: _Names, container: dict[int, int], near: dict[int, int]) -> list[_Link]:
    out = []
    for x_i, y_i in container.items():
        xs, ys = names.places[names.of[x_i]], names.places[names.of[y_i]]
        if xs and ys:
            bonus = np.zeros((len(xs), len(ys)))
            for yk, y in enumerate(ys):
                if y.kind in AREA_KINDS:
                    for xk, x in enumerate(xs):
                        if _contains(y, x):
                            bonus[xk, yk] = 2.0
            out.append(_Link(x_i, y_i, "inside", bonus))
    for x_i, y_i in near.items():
        xs, ys = names.info[names.of[x_i]], names.info[names.of[y_i]]
        if xs.places and ys.places:
            km = distance.km_between(xs.xyz, ys.xyz)
            out.append(_Link(x_i, y_i, "near", 1.5 * np.exp(-km / 100.0)))
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
    rows = np.flatnonzero(names.lens > 0)
    if not len(rows):
        return best, confs
    starts = names.offsets[rows]
    top = np.repeat(np.maximum.reduceat(scores, starts), names.lens[rows])
    z = np.add.reduceat(np.exp((scores - top) / 0.5), starts)
    slots = np.arange(len(scores))
    first = np.minimum.reduceat(np.where(scores == top, slots, len(scores)), starts)
    for k, i, zk in zip(rows.tolist(), (first - starts).tolist(), z.tolist()):
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
    mentions : from :func:`geo.mentions.extract_mentions` (or gold spans).
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
    names = _Names(gazetteer, mentions)
    links = _links(names, *_patterns(text, mentions))

    def picked(best: list[int]) -> list[Place | None]:
        return [names.places[u][n] if n >= 0 else None for u, n in zip(names.of, best)]

    # Pass 1 knows only the countries the text implies (demonyms, "U.S.-backed"); pass 2
    # adds the places pass 1 chose: countries named, nearby towns, containing regions.
    countries = dict(modifier_countries(text, gazetteer)) if text else {}
    n_m = len(mentions)
    doc = _Doc(gazetteer, names, countries, [None] * n_m, [0.0] * n_m)
    scores = doc.scores()
    _apply_links(names, scores, links)
    best, confs = _choose(names, scores)
    ctx = dict(countries)
    own = []
    for p, c in zip(picked(best), confs):
        w = c * (1.0 if p is not None and p.kind == "country" else 0.6) if c > 0.3 else 0.0
        if p is not None and w:
            ctx[p.country_code] = ctx.get(p.country_code, 0.0) + w
        own.append(w if p is not None else 0.0)
    doc = _Doc(gazetteer, names, ctx,
               [p if c > 0.25 else None for p, c in zip(picked(best), confs)], own)
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
        why = [names.info[u].prior_why[n]] if names.info[u].prior_why[n] else []
        parts = [f"{place.kind}, pop {place.population:,}", *why, *doc.why(k, n),
                 *extra.get((k, n), ())]
        reason = "; ".join(parts)
        if count > 1:
            reason += f"; best of {count}"
        out.append(Resolution(m, place, round(min(1.0, conf), 3), reason, count))
    return out


def _unresolved(m: Mention, reason: str, n: int, policy: OnUnresolved) -> Resolution:
    if policy == "raise":
        raise UnresolvedPlaceError(f"cannot resolve {m.text!r} at {m.start}: {reason}")
    if policy == "warn":
        warnings.warn(f"cannot resolve {m.text!r} at {m.start}: {reason}", stacklevel=3)
    return Resolution(m, None, 0.0, reason, n)
