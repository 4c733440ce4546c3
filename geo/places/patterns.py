"""Resolver, part 3: explicit patterns between neighbouring mentions.

"X, Y" and "X in Y" (X inside Y), "X near Y" and "X, Y and Z" lists couple two mentions; each
link gives a bonus to the candidate pairs that fit it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from geo.models import AREA_KINDS, Mention, Place, Resolution
from geo.places import distance
from geo.places.priors import _X, _Z, _Names

_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
# "X, Y", "X in Y", "X, in Y", "X (Y", and "X, northern Y", "X in southeastern Y": Y holds X.
# ("Nabul and Zahraa, in Aleppo governorate": a comma, then "in")
# ("in central Mali", "in north-central Nigeria", "in the far north of Cameroon")
_PART = rf"(?:(?:far\s+)?{_DIRECTION}ern|(?:{_DIRECTION}-?)?central)"
_CONTAINER_GAP = re.compile(rf"\s*,\s*(?:{_PART}\s+)?|\s*,?\s+(?:in|of)\s+(?:the\s+)?"
                            rf"(?:{_PART}\s+)?|\s+\(\s*", re.IGNORECASE)
_NEAR_GAP = re.compile(
    r"[\s,]*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:near|outside|nearby|"
    rf"{_DIRECTION}(?:ern)?\s+of|"
    r"(?:kilometers|kilometres|km|miles)\s+(?:from|of))\s+(?:the\s+)?",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or)\s+(?:the\s+)?|\s*/\s*")
_W_LISTED = 1.0


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
            fits = [(xk, yk) for yk, y in enumerate(ys)
                    if y.kind in AREA_KINDS and not (country_name and y.kind == "country")
                    for xk, x in enumerate(xs) if _contains(y, x)]
            if fits:  # a link with no bonus changes no score: left out
                bonus = np.zeros((len(xs), len(ys)))
                bonus[tuple(zip(*fits))] = 2.0
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
        x_country = [x.kind == "country" for x in xs]
        y_country = [y.kind == "country" for y in ys]
        if any(x_country) and any(y_country) and len(xs) + len(ys) > 2:
            out.append(_Link(x_i, y_i, "listed with", _W_LISTED * np.outer(
                np.array(x_country, dtype=float), np.array(y_country, dtype=float))))
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
        best_y: dict[int, float] = {}
        for xk, yk, bonus in _gains(link.bonus, scores[names.slot(link.y)]):
            scores[ax + xk] += bonus
            extra.setdefault((link.x, xk), []).append(f"{link.label} {ys[yk].name}")
            best_y[yk] = max(best_y.get(yk, 0.0), bonus)
        for yk, bonus in best_y.items():
            scores[ay + yk] += 0.5 * bonus
    return extra


_PLAIN_CELLS = 32  # up to this many candidate pairs, a link's gains are worked out in Python


def _gains(bonus: np.ndarray, y_scores: np.ndarray) -> list[tuple[int, int, float]]:
    """(candidate of X, its best partner in Y, the bonus they share) where it is over 0.05.

    The best partner has the highest bonus plus score, the first of equals (argmax). A
    small link is worked out on Python floats: the same sums (one IEEE addition each) and
    the same first maximum, without numpy's cost per call.
    """
    if bonus.size <= _PLAIN_CELLS:
        out = []
        y_list = y_scores.tolist()
        for xk, row in enumerate(bonus.tolist()):
            sums = [b + s for b, s in zip(row, y_list)]
            yk = sums.index(max(sums))
            if row[yk] > 0.05:
                out.append((xk, yk, row[yk]))
        return out
    partner = (bonus + y_scores[None, :]).argmax(axis=1)
    gain = bonus[np.arange(len(partner)), partner]
    return [(xk, int(partner[xk]), float(gain[xk]))
            for xk in np.flatnonzero(gain > 0.05).tolist()]


_DISTRICT_WORDS = r"(?:district|neighbou?rhood|quarter|suburb|microdistrict)"
_CITY_OWNER = re.compile(r"(?:the\s+city|the\s+capital|the\s+town)['’]s\s+$", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"['’]s\s+$")
_DISTRICT_AFTER = re.compile(rf"\s+{_DISTRICT_WORDS}\b", re.IGNORECASE)
_DISTRICT_OF = re.compile(rf"\s+{_DISTRICT_WORDS}\s+of\s+(?:the\s+city\s+of\s+)?$", re.IGNORECASE)


# Below this confidence a choice the text's own pattern contradicts is no answer.
_DOUBTFUL = 0.5
_SURE = 0.9
# "X, in Y", "X, in northern Y" and "X in Y province": a containment the text spells out, not
# "from Homs in Lebanon" (where someone is now)
_FIRM_GAP = re.compile(rf"\s*,\s*in\s+(?:the\s+)?(?:{_PART}\s+)?", re.IGNORECASE)


def _unplaced_in(area: Place, p: Place) -> bool:
    """``p`` is in ``area``'s country with no province of its own on record (a curated air
    base): nothing says it is not in ``area``."""
    return area.kind == "admin1" and not p.admin1_code and p.country_code == area.country_code


def firm_containers(text: str, mentions: Sequence[Mention], container: dict[int, int]
                    ) -> frozenset[int]:
    """The mentions of ``container`` whose container the text spells out: after a comma
    ("Nabul and Zahraa, in Aleppo governorate") or named with its kind ("in Idlib province")."""
    out = set()
    for x, y in container.items():
        a, b = mentions[x], mentions[y]
        gap = text[(a.extends or (0, a.end))[1]:b.start]
        if _FIRM_GAP.fullmatch(gap) or (b.hint == "region" and b.extends is not None):
            out.add(x)
    return frozenset(out)
_NEAR_KM = 300.0
_VILLAGE = 20_000


def contradicted(places: Sequence[Place | None], confs: Sequence[float],
                 container: dict[int, int], near: dict[int, int],
                 listed: dict[int, int], firm: frozenset[int] = frozenset()) -> dict[int, str]:
    """Doubtful choices that the text's own patterns rule out, with the reason.

    "fighting near Lere in Mali" with only a Lere in Nigeria to choose, "Starytsia, north-east
    of Kharkiv" with only a Staritsa in Russia's Tver oblast: a town said to be in a country
    or province it is not in, or near a place more than 300 km away, is not the town meant,
    and the resolver abstains. Confident choices stand, and so does a list ("Paris, Germany
    and Italy" names three places, not Paris in Germany), unless the containment is ``firm``
    (see :func:`firm_containers`) and its province or country sure: "Nabul and Zahraa, in
    Aleppo governorate" are no towns in Tunisia, however sure their only namesakes look, and
    nor is a town of the list before it in another country.
    """
    out: dict[int, str] = {}
    for x, y in container.items():
        p, q = places[x], places[y]
        # (a village is doubtful in any case when the text puts it in a country it is not
        # in: "attacked Mansila in northern Burkina Faso" is no hamlet in Argentina)
        doubtful = confs[x] < _DOUBTFUL or (x in firm and confs[y] >= _SURE) or (
            # (the text spells out a province or country of another country, which the
            # resolver holds to: "Nawah district, Ghazni province" is in Afghanistan)
            x in firm and p is not None and q is not None and confs[y] >= _DOUBTFUL
            and p.country_code != q.country_code) or (
            p is not None and q is not None and q.kind == "country" and confs[y] >= _SURE
            and p.population < _VILLAGE)
        # (a district too, where the text spells its province out: "Nawah district, Ghazni
        # province" is no district of Côte d'Ivoire)
        if (p is not None and q is not None and doubtful
                and (not p.is_area or (x in firm and p.kind == "admin2"))
                and q.kind in ("country", "admin1") and (x in firm or y not in listed)
                and not _contains(q, p) and not _unplaced_in(q, p)):
            out[x] = f"not in {q.name}, where the text puts it"
            if x in firm:  # ... nor a town listed before it in another country ("Nabul and
                # Zahraa, in Aleppo governorate"; not Kherson in "Kherson and Victoria, in
                # Donetsk oblast", which may be the list's own place)
                w = x
                while w - 1 in listed and listed[w - 1] == w:
                    w -= 1
                    o = places[w]
                    if o is not None and not o.is_area and o.country_code != q.country_code:
                        out[w] = f"not in {q.name}, where the text puts it"
    for x, y in near.items():
        p, q = places[x], places[y]
        if p is not None and q is not None and confs[x] < _DOUBTFUL and not p.is_area and (
                not q.is_area):  # (an area's point is no measure: "Redding, northern California")
            km = haversine_km(p, q)
            if km > _NEAR_KM:
                out[x] = f"{km:,.0f} km from {q.name}, which the text puts it near"
    return out


# Neighbourhoods named before their names ("after liberating the neighbourhoods of al-Sarai,
# al-Qalaa and al-Nida"; not "district of", which names provinces' districts too), and a
# neighbourhood named as one with no city beside it ("the Qasr Ahmed neighbourhood")
_HOODS_OF = re.compile(r"\b(?:neighbou?rhoods?|quarters?|suburbs?)\s+of\s+(?:the\s+)?$",
                       re.IGNORECASE)
_HOOD_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter)\b", re.IGNORECASE)
# (a town of this size is no neighbourhood's name: "the opposition-held neighbourhoods of
# Aleppo", "a Houston neighbourhood" speak of the city's own)
_HOOD_MAX_POP = 50_000
_HOOD_GUESS = 0.45  # confidence of such a neighbourhood's city (below the maps' 0.5)
_HOOD_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# How far back the city of such a neighbourhood may be named (a paragraph or two).
_CITY_REACH = 1200


def districts_in_cities(text: str, resolved: list[Resolution]) -> list[Resolution]:
    """'the city's Kyivskyi district', "Kharkiv's Kyivskyi district", 'the Kyivskyi district
    of Kharkiv': a district of a named city lies in that city.

    So does a neighbourhood the text names as one with no city beside it ("the
    neighbourhoods of al-Sarai and al-Qalaa", "the Qasr Ahmed neighbourhood"): it lies in the
    last city named before it, within a paragraph or two.

    ``resolved`` holds Resolutions in text order; a district whose chosen place is more than
    25 km from its city (a namesake village elsewhere) takes the city, with the reason saying
    so. Returns the list, changed where needed.
    """
    out = list(resolved)
    hood_list = -1  # the last mention of a list of neighbourhoods ("of A, B and C")
    for k, r in enumerate(out):
        m = r.mention
        city = None
        before = text[max(0, m.start - 24) : m.start]
        if _HOODS_OF.search(before) or (k == hood_list + 1 and k > 0 and _HOOD_LIST.fullmatch(
                text[out[k - 1].mention.end : m.start])):
            hood_list = k
            city = _city_before(out, k)
        elif _HOOD_AFTER.match(text, m.end) and not (
                _CITY_OWNER.search(before) or k > 0 and _POSSESSIVE_GAP.fullmatch(
                    text[out[k - 1].mention.end : m.start]) or k + 1 < len(out)
                and _DISTRICT_OF.fullmatch(text[m.end : out[k + 1].mention.start])):
            city = _city_before(out, k)
        if city is not None and (r.place is None or r.place.kind == "city"
                                 and r.place.population < _HOOD_MAX_POP):
            if r.place is None or haversine_km(r.place, city) > 25:
                # (the city is the last one named, not one named with it: a guess)
                out[k] = Resolution(m, city, round(min(r.confidence or 1.0, _HOOD_GUESS), 3),
                                    f"a neighbourhood of {city.name}, the city named before "
                                    "it", r.candidates)
            continue
        if city is not None or not _DISTRICT_AFTER.match(text, m.end):
            continue
        if _CITY_OWNER.search(before):
            city = _city_before(out, k, reach=None)
        elif k > 0 and _POSSESSIVE_GAP.fullmatch(text[out[k - 1].mention.end : m.start]):
            city = out[k - 1].place
        elif k + 1 < len(out) and _DISTRICT_OF.fullmatch(text[m.end : out[k + 1].mention.start]):
            city = out[k + 1].place
        if city is None or city.kind != "city":
            continue
        if r.place is not None and haversine_km(r.place, city) <= 25:
            continue
        out[k] = Resolution(m, city, round(min(r.confidence or 1.0, 0.8), 3),
                            f"a district of {city.name}", r.candidates)
    return out


def _city_before(out: list[Resolution], k: int, reach: int | None = _CITY_REACH
                 ) -> Place | None:
    """The city named last before mention ``k``, within ``reach`` characters (None: any)."""
    start = out[k].mention.start
    for r in reversed(out[:k]):
        if reach is not None and r.mention.end < start - reach:
            return None
        if r.place is not None and r.place.kind == "city":
            return r.place
    return None
