"""Choose a place for each mention: priors, document context and explicit patterns."""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Sequence
from typing import Literal

import numpy as np

from geo.errors import UnresolvedPlaceError
from geo.gazetteer import ABBREV, CURATED, PRIMARY, Gazetteer
from geo.mentions import modifier_countries
from geo.models import Mention, Place, Resolution

__all__ = ["OnUnresolved", "haversine_km", "resolve"]

OnUnresolved = Literal["ignore", "warn", "raise"]

_AREA = ("country", "admin1", "admin2", "region")
_KIND_PRIOR = {"country": 1.3, "region": 0.5, "feature": 0.4, "admin1": 0.3, "city": 0.2,
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
_MAX_CANDIDATES = 60


def haversine_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places in kilometres."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a.lon, a.lat, b.lon, b.lat))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        (lon2 - lon1) / 2
    ) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _contains(area: Place, p: Place) -> bool:
    if area.id == p.id or area.kind not in _AREA:
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
    """What the whole text says about where it is."""

    def __init__(
        self, gaz: Gazetteer, countries: dict[str, float], picks: list[Place | None],
        mentions: Sequence[Mention] = (),
    ) -> None:
        total = max(countries.values(), default=0.0)
        self.share = {cc: w / total for cc, w in countries.items()} if total else {}
        top = max(self.share, key=self.share.__getitem__) if self.share else ""
        self.top, self.top_neighbours = top, gaz.neighbours(top) if top else frozenset()
        self.local: list[set[str]] = []
        located = [(m.start, j, p.country_code) for j, (m, p) in
                   enumerate(zip(mentions, picks)) if p is not None]
        for k, m in enumerate(mentions):
            self.local.append({
                cc for start, j, cc in located if j != k and abs(start - m.start) < 250
            })
        unique = {p.id: p for p in picks if p is not None and p.kind != "country"}
        self.pick_ids = np.array(list(unique), dtype=np.int64)
        self.pick_lon = np.radians([p.lon for p in unique.values()])
        self.pick_lat = np.radians([p.lat for p in unique.values()])

    def nearest_km(self, places: Sequence[Place]) -> np.ndarray:
        """Distance from each place to the nearest other place picked in the text."""
        if not len(self.pick_ids):
            return np.full(len(places), np.inf)
        lon = np.radians([p.lon for p in places])[:, None]
        lat = np.radians([p.lat for p in places])[:, None]
        h = np.sin((self.pick_lat - lat) / 2) ** 2 + np.cos(lat) * np.cos(self.pick_lat) * (
            np.sin((self.pick_lon - lon) / 2) ** 2
        )
        d = 12742.0 * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
        d[np.array([p.id for p in places])[:, None] == self.pick_ids[None, :]] = np.inf
        return d.min(axis=1)


def _context(doc: _Doc, place: Place, k: int, dist: float) -> tuple[float, str]:
    score, why = 0.0, []
    share = doc.share.get(place.country_code, 0.0)
    if share:
        score += 1.2 * share
        why.append(f"text about {place.country_code}")
    elif place.country_code in doc.top_neighbours:
        score += 0.3
        why.append(f"neighbour of {doc.top}")
    if doc.local and place.country_code in doc.local[k]:
        score += 0.6
        why.append("same country as places nearby in the text")
    if place.kind != "country" and dist < 3000:
        score += 0.6 * math.exp(-dist / 250.0)
        if dist < 250:
            why.append(f"{dist:.0f} km from another place in the text")
    return score, "; ".join(why)


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


def _score_all(
    gaz: Gazetteer, text: str, mentions: Sequence[Mention], doc: _Doc | None,
    container: dict[int, int], near: dict[int, int], cand_lists: list[list[tuple[Place, int]]],
) -> list[list[tuple[float, Place, str]]]:
    scored: list[list[tuple[float, Place, str]]] = []
    for k, (m, cands) in enumerate(zip(mentions, cand_lists)):
        cities = {(p.country_code, p.admin1_code) for p, _ in cands if p.kind == "city"}
        row = []
        with_context = doc is not None and len(cands) > 1
        dists = doc.nearest_km([p for p, _ in cands]) if with_context else ()
        for n, (p, flags) in enumerate(cands):
            s, why = _prior(p, flags, m, (p.country_code, p.admin1_code) in cities)
            reasons = [why] if why else []
            if with_context:
                c, cwhy = _context(doc, p, k, float(dists[n]))
                s += c
                if cwhy:
                    reasons.append(cwhy)
            row.append((s, p, "; ".join(reasons)))
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
            best_y = {}
            for xk, (xs_s, xp, _) in enumerate(xs):
                bonus, yk = max(((bonus_fn(xp, yp), yk) for yk, (_, yp, _) in enumerate(ys)),
                                key=lambda t: (t[0] + ys[t[1]][0]))
                if bonus > 0.05:
                    s, p, why = xs[xk]
                    y_name = ys[yk][1].name
                    xs[xk] = (s + bonus, p, "; ".join(filter(None, [why, f"{label} {y_name}"])))
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
    min_confidence: float = 0.15,
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
    for m in mentions:
        demonym = gazetteer.demonym(m.key)
        country = gazetteer.country(demonym) if demonym else None
        # A demonym given as a mention ("Russian" in a gold span) stands for its country,
        # never for a town that happens to share the word (Canadian, Texas).
        cands = [(country, PRIMARY)] if country else list(gazetteer.candidates(m.key))
        if len(cands) > _MAX_CANDIDATES:
            cands.sort(key=lambda c: (c[1] & CURATED, c[0].kind == "country", c[0].population),
                       reverse=True)
            cands = cands[:_MAX_CANDIDATES]
        cand_lists.append(cands)
    container, near = _patterns(text, mentions)

    countries = dict(modifier_countries(text, gazetteer)) if text else {}
    for k in range(2):
        doc = _Doc(gazetteer, dict(countries), []) if k == 0 else doc2
        scored = _score_all(gazetteer, text, mentions, doc, container, near, cand_lists)
        picks: list[Place | None] = []
        confs: list[float] = []
        for row in scored:
            if not row:
                picks.append(None)
                confs.append(0.0)
                continue
            top = max(s for s, _, _ in row)
            z = sum(math.exp((s - top) / 0.5) for s, _, _ in row)
            best = max(row, key=lambda t: t[0])
            picks.append(best[1])
            confs.append(1.0 / z)
        ctx = dict(countries)
        for p, c in zip(picks, confs):
            if p is not None and c > 0.3:
                ctx[p.country_code] = ctx.get(p.country_code, 0.0) + c * (
                    1.0 if p.kind == "country" else 0.6
                )
        doc2 = _Doc(
            gazetteer, ctx, [p if c > 0.4 else None for p, c in zip(picks, confs)], mentions
        )

    out = []
    for m, row, conf, n in zip(mentions, scored, confs, map(len, cand_lists)):
        if not row:
            out.append(_unresolved(m, "no gazetteer entry", n, on_unresolved))
            continue
        s, place, why = max(row, key=lambda t: t[0])
        if conf < min_confidence and not place.population >= 100_000:
            out.append(_unresolved(m, f"too ambiguous ({n} candidates)", n, on_unresolved))
            continue
        reason = "; ".join(filter(None, [f"{place.kind}, pop {place.population:,}", why]))
        if n > 1:
            reason += f"; best of {n}"
        out.append(Resolution(m, place, round(min(1.0, conf), 3), reason, n))
    return out


def _unresolved(m: Mention, reason: str, n: int, policy: OnUnresolved) -> Resolution:
    if policy == "raise":
        raise UnresolvedPlaceError(f"cannot resolve {m.text!r} at {m.start}: {reason}")
    if policy == "warn":
        warnings.warn(f"cannot resolve {m.text!r} at {m.start}: {reason}", stacklevel=3)
    return Resolution(m, None, 0.0, reason, n)
