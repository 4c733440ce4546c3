"""Choose a place for each mention: priors, document context and explicit patterns."""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Sequence
from typing import Literal

import numpy as np

from geo import distance
from geo.errors import UnresolvedPlaceError
from geo.gazetteer import ABBREV, CURATED, PRIMARY, Gazetteer
from geo.mentions import modifier_countries
from geo.models import AREA_KINDS, Mention, Place, Resolution
from geo.normalize import normalize_name

__all__ = ["OnUnresolved", "haversine_km", "resolve"]

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
# (score, place, reasons): reasons are strings or ("near", km), formatted for the winner only.
_Scored = tuple[float, Place, tuple]
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


def _prior(place: Place, flags: int, mention: Mention, same_name_city: bool) -> tuple[float, str]:
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
    if mention.hint:
        if place.kind in _HINT_KINDS[mention.hint]:
            score += 1.5
            why.append(f"named as a {mention.hint}")
        else:
            score -= 0.8
    elif place.kind == "admin1" and same_name_city:
        score -= 1.0  # "in Hama" is the city unless the text says "Hama province"
    return score, "; ".join(why)


class _Doc:
    """What the whole text says about where it is, as seen from each mention."""

    def __init__(
        self, gaz: Gazetteer, countries: dict[str, float], picks: list[Place | None],
        mentions: Sequence[Mention] = (), own: Sequence[float] = (),
    ) -> None:
        self.countries = countries
        self.total = max(countries.values(), default=0.0)
        top = max(countries, key=countries.__getitem__) if countries else ""
        self.top, self.top_neighbours = top, gaz.neighbours(top) if top else frozenset()
        self.picks, self.mentions, self.own = picks, mentions, own
        # Countries picked within 250 characters of each mention (mentions are in text
        # order; a sliding window keeps this linear in long texts).
        self.local: list[set[str]] = []
        located = [(m.start, j, p.country_code) for j, (m, p) in
                   enumerate(zip(mentions, picks)) if p is not None]
        lo = 0
        for k, m in enumerate(mentions):
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

    def share(self, cc: str, k: int) -> float:
        """Weight of country ``cc`` in the text, leaving out mention k's own vote."""
        if not self.total:
            return 0.0
        p = self.picks[k] if k < len(self.picks) else None
        own_cc = p.country_code if p is not None else None
        w = self.countries.get(cc, 0.0) - (self.own[k] if cc == own_cc else 0.0)
        total = self.total
        if own_cc is not None and self.countries.get(own_cc, 0.0) >= total:
            total = max(
                (v - (self.own[k] if c == own_cc else 0.0) for c, v in self.countries.items()),
                default=0.0,
            )
        return max(w, 0.0) / total if total > 0 else 0.0

    def nearest_km(self, rows: Sequence[Sequence[Place]], keys: Sequence[str]) -> list[np.ndarray]:
        """For each row of candidates: distance to the nearest place other mentions picked.

        One distance matrix for the whole text; a mention gets no support from picks that
        only its own name made.
        """
        flat = [p for row in rows for p in row]
        if not flat or not len(self.pick_ids):
            return [np.full(len(row), np.inf) for row in rows]
        d = distance.km_matrix(np.array([p.lon for p in flat]), np.array([p.lat for p in flat]),
                               self.pick_lon, self.pick_lat)
        d[np.array([p.id for p in flat])[:, None] == self.pick_ids[None, :]] = np.inf
        out, at = [], 0
        for row, key in zip(rows, keys):
            block = d[at : at + len(row)]
            at += len(row)
            own = np.array([ks == {key} for ks in self.pick_keys])
            if own.any():
                block = block[:, ~own]
            out.append(block.min(axis=1) if block.shape[1] else np.full(len(row), np.inf))
        return out


def _country_context(doc: _Doc, cc: str, k: int) -> tuple[float, tuple[str, ...]]:
    """What the text says for any place of country ``cc`` seen from mention k."""
    score, why = 0.0, []
    share = doc.share(cc, k)
    if share:
        score += _W_SHARE * share
        why.append(f"text about {cc}")
    elif cc in doc.top_neighbours and doc.share(doc.top, k) > 0:
        score += _W_NEIGHBOUR
        why.append(f"neighbour of {doc.top}")
    if doc.local and cc in doc.local[k]:
        score += _W_LOCAL
        why.append("same country as places nearby in the text")
    return score, tuple(why)


def _context(
    doc: _Doc, place: Place, k: int, dist: float, by_country: dict[str, tuple[float, tuple]]
) -> tuple[float, tuple[str, ...]]:
    """Context score of one candidate; the reasons are formatted only for the winner."""
    cc = place.country_code
    if cc not in by_country:
        by_country[cc] = _country_context(doc, cc, k)
    score, why = by_country[cc]
    if place.kind == "admin1":
        support = doc.admin1_support.get((cc, place.admin1_code))
        # Only where the admin-1 code is its own (pop 0 marks codes several rows share).
        if support and place.population and support - {doc.mentions[k].key}:
            score += _W_CONTAINS
            why = (*why, "contains other places in the text")
    if place.kind != "country" and dist < 3000:
        score += _W_NEAR * math.exp(-dist / 250.0)
        if dist < 250:
            why = (*why, ("near", dist))
    return score, why


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


def _priors(
    mentions: Sequence[Mention], cand_lists: list[list[tuple[Place, int]]]
) -> list[list[_Scored]]:
    """Context-free score of every candidate (population, kind, name quality, hint)."""
    out = []
    seen: dict[tuple[str, str | None], list[_Scored]] = {}  # a name repeated in the text
    for m, cands in zip(mentions, cand_lists):
        if (m.key, m.hint) in seen:
            out.append(seen[(m.key, m.hint)])
            continue
        # A same-name city inside an admin-1 that holds a real share of its people: "in Hama"
        # is the city, not the governorate (but "Minnesota" is not the village of Minneota).
        cities: dict[tuple[str, str], int] = {}
        for p, _ in cands:
            if p.kind == "city":
                where = (p.country_code, p.admin1_code)
                cities[where] = max(cities.get(where, 0), p.population)
        row = []
        for p, flags in cands:
            pop = cities.get((p.country_code, p.admin1_code), 0)
            same_city = p.kind == "admin1" and pop >= 0.05 * p.population > 0
            s, why = _prior(p, flags, m, same_city)
            row.append((s, p, (why,) if why else ()))
        out.append(row)
        seen[(m.key, m.hint)] = row
    return out


def _score_all(
    mentions: Sequence[Mention], doc: _Doc, container: dict[int, int], near: dict[int, int],
    priors: list[list[_Scored]],
) -> list[list[_Scored]]:
    # With nothing known about the text yet (no demonym, no pick), context adds nothing.
    known = doc.total or len(doc.pick_ids)
    multi = [k for k, row in enumerate(priors) if len(row) > 1] if known else []
    dists = dict(zip(multi, doc.nearest_km(
        [[p for _, p, _ in priors[k]] for k in multi], [mentions[k].key for k in multi]
    )))
    scored: list[list[_Scored]] = []
    for k, prior_row in enumerate(priors):
        if k not in dists:
            scored.append(list(prior_row))  # nothing to choose between
            continue
        row = []
        by_country: dict[str, tuple[float, tuple]] = {}
        for n, (s, p, why) in enumerate(prior_row):
            c, cwhy = _context(doc, p, k, float(dists[k][n]), by_country)
            row.append((s + c, p, (*why, *cwhy)))
        scored.append(row)
    # Explicit patterns couple two mentions: pick the best-scoring compatible pair.
    for rel, bonus_fn, label in (
        (container, lambda x, y: 2.0 if _contains(y, x) else 0.0, "inside"),
        (near, lambda x, y: 1.5 * math.exp(-haversine_km(x, y) / 100.0), "near"),
    ):
        for x_i, y_i in rel.items():
            xs, ys = scored[x_i], scored[y_i]
            if not xs or not ys:
                continue
            best_y: dict[int, float] = {}
            for xk, (_, xp, _) in enumerate(xs):
                bonus, yk = max(((bonus_fn(xp, yp), yk) for yk, (_, yp, _) in enumerate(ys)),
                                key=lambda t: (t[0] + ys[t[1]][0]))
                if bonus > 0.05:
                    s, p, why = xs[xk]
                    y_name = ys[yk][1].name
                    xs[xk] = (s + bonus, p, (*why, f"{label} {y_name}"))
                    best_y[yk] = max(best_y.get(yk, 0.0), bonus)
            for yk, bonus in best_y.items():
                s, p, why = ys[yk]
                ys[yk] = (s + 0.5 * bonus, p, why)
    return scored


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
    cand_lists = []
    by_name: dict[tuple[str, str | None], list[tuple[Place, int]]] = {}
    for m in mentions:
        if (m.key, m.hint) in by_name:
            cand_lists.append(by_name[(m.key, m.hint)])
            continue
        demonym = gazetteer.demonym(m.key)
        country = gazetteer.country(demonym) if demonym else None
        # A demonym given as a mention ("Russian" in a gold span) stands for its country,
        # never for a town that happens to share the word (Canadian, Texas).
        cands = [(country, PRIMARY)] if country else list(gazetteer.candidates(m.key))
        if m.hint == "region" and not any(p.kind in AREA_KINDS for p, _ in cands):
            cands += _regions_named_after(gazetteer, m.key, cands)
        if len(cands) > _MAX_CANDIDATES:
            cands.sort(key=lambda c: (c[1] & CURATED, c[0].kind == "country", c[0].population),
                       reverse=True)
            cands = cands[:_MAX_CANDIDATES]
        cand_lists.append(cands)
        by_name[(m.key, m.hint)] = cands
    container, near = _patterns(text, mentions)
    priors = _priors(mentions, cand_lists)

    # Pass 1 knows only the countries the text implies (demonyms, "U.S.-backed"); pass 2
    # adds the places pass 1 chose: countries named, nearby towns, containing regions.
    countries = dict(modifier_countries(text, gazetteer)) if text else {}
    n_m = len(mentions)
    doc = _Doc(gazetteer, countries, [None] * n_m, mentions, [0.0] * n_m)
    scored, picks, confs = _choose(_score_all(mentions, doc, container, near, priors))
    ctx = dict(countries)
    own = []
    for p, c in zip(picks, confs):
        w = c * (1.0 if p is not None and p.kind == "country" else 0.6) if c > 0.3 else 0.0
        if p is not None and w:
            ctx[p.country_code] = ctx.get(p.country_code, 0.0) + w
        own.append(w if p is not None else 0.0)
    doc = _Doc(gazetteer, ctx, [p if c > 0.25 else None for p, c in zip(picks, confs)],
               mentions, own)
    scored, picks, confs = _choose(_score_all(mentions, doc, container, near, priors))

    out = []
    for m, row, conf, n in zip(mentions, scored, confs, map(len, cand_lists)):
        if not row:
            out.append(_unresolved(m, "no gazetteer entry", n, on_unresolved))
            continue
        s, place, why = max(row, key=lambda t: t[0])
        if conf < min_confidence and not place.population >= 100_000:
            out.append(_unresolved(m, f"too ambiguous ({n} candidates)", n, on_unresolved))
            continue
        reason = "; ".join([f"{place.kind}, pop {place.population:,}", *map(_reason, why)])
        if n > 1:
            reason += f"; best of {n}"
        out.append(Resolution(m, place, round(min(1.0, conf), 3), reason, n))
    return out


def _reason(part: str | tuple) -> str:
    return part if isinstance(part, str) else f"{part[1]:.0f} km from another place in the text"


def _choose(
    scored: list[list[_Scored]],
) -> tuple[list[list[_Scored]], list[Place | None], list[float]]:
    """Best place of each row and its confidence (softmax share of the scores)."""
    picks: list[Place | None] = []
    confs: list[float] = []
    for row in scored:
        if len(row) < 2:
            picks.append(row[0][1] if row else None)
            confs.append(1.0 if row else 0.0)
            continue
        best = max(row, key=lambda t: t[0])
        z = sum(math.exp((s - best[0]) / 0.5) for s, _, _ in row)
        picks.append(best[1])
        confs.append(1.0 / z)
    return scored, picks, confs


def _unresolved(m: Mention, reason: str, n: int, policy: OnUnresolved) -> Resolution:
    if policy == "raise":
        raise UnresolvedPlaceError(f"cannot resolve {m.text!r} at {m.start}: {reason}")
    if policy == "warn":
        warnings.warn(f"cannot resolve {m.text!r} at {m.start}: {reason}", stacklevel=3)
    return Resolution(m, None, 0.0, reason, n)
