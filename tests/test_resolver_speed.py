"""The resolver's shortcuts give the numbers of the plain forms they replace.

Each shortcut (plain Python on the few values of one text, work skipped when it cannot
change a choice) is checked here against the numpy form it stands for.
"""

from __future__ import annotations

import importlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

resolve_mod = importlib.import_module("geo.places.resolve")

_KM = st.floats(0.0, 20_100.0, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(st.lists(_KM, min_size=1, max_size=40))
def test_median_is_numpys(values: list[float]) -> None:
    assert resolve_mod._median(values) == float(np.median(np.array(values)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(-180, 180), st.floats(-90, 90)), max_size=30))
def test_unit_vectors_are_the_stacked_formula(points: list[tuple[float, float]]) -> None:
    # Written column by column into one array: the same numbers as the stacked expression.
    from geo.places import distance

    lon = np.array([p[0] for p in points], dtype=float)
    lat = np.array([p[1] for p in points], dtype=float)
    p, lam = np.radians(lat), np.radians(lon)
    stacked = np.stack((np.cos(p) * np.cos(lam), np.cos(p) * np.sin(lam), np.sin(p)), axis=1)
    got = distance.unit_vectors(lon, lat)
    assert got.shape == (len(points), 3) and got.flags.c_contiguous
    assert np.array_equal(got, stacked)


def _column_table(gaz, places, prior) -> np.ndarray:
    """A name's table as first written: one column at a time (see priors._Name.table)."""
    from geo.places import distance, priors

    table = np.empty((len(places), 10))
    table[:, priors._PRIOR] = prior
    table[:, priors._CC_NO] = [priors._number(priors._CC, p.country_code) for p in places]
    table[:, priors._NOT_COUNTRY] = [0.0 if p.kind == "country" else 0.5
                                     if p.feature_code == "PPLC" else 1.0 for p in places]
    table[:, priors._X:priors._Z + 1] = distance.unit_vectors(
        np.array([p.lon for p in places], dtype=float),
        np.array([p.lat for p in places], dtype=float))
    table[:, priors._ID] = [p.id for p in places]
    table[:, priors._OWN_A1] = [
        priors._number(priors._A1, (p.country_code, p.admin1_code))
        if p.kind == "admin1" and p.population else -1 for p in places]
    table[:, priors._IN_A1] = [
        priors._number(priors._A1, (p.country_code, p.admin1_code))
        if p.kind in priors._SUPPORTS_A1 else -1 for p in places]
    table[:, priors._MEMBERS] = [not p.country_code and bool(gaz.region_countries(p.id))
                                 for p in places]
    return table


@pytest.mark.parametrize("key, hint", [
    ("paris", None), ("georgia", None), ("hama", "region"), ("hama", None),
    ("middle east", None), ("red sea", None), ("kabul", None), ("springfield", None),
    ("kharkiv", "region"), ("no such place here", None),
])
def test_name_table_built_by_rows_is_the_column_table(key: str, hint: str | None) -> None:
    from geo.places import priors
    from geo.places.gazetteer import load

    gaz = load()
    name = priors._name.__wrapped__(gaz, key, hint, False)
    prior, why = priors._priors(hint, priors._candidates(gaz, key, hint, False))
    assert np.array_equal(name.table, _column_table(gaz, name.places, prior))
    # Reasons are written on demand: the same text as written for every candidate at once.
    assert [name.reason(n) for n in range(len(name.places))] == [
        "; ".join(filter(None, (f"{p.kind}, pop {p.population:,}", w)))
        for p, w in zip(name.places, why)]
    assert name.has_admin1 == bool((name.table[:, priors._OWN_A1] >= 0).any())
    assert name.has_members == bool(name.table[:, priors._MEMBERS].any())
    assert not name.table.flags.writeable


TEXTS = [
    "Militias crossed from Iraq into Syria near Abu Kamal, then moved on Deir ez-Zor.",
    "Paris, Texas, and Athens, Georgia, both flooded; Paris police closed roads.",
    "Floods in Springfield and Salem closed schools; Springfield's mayor spoke.",
    "Russian strikes hit Kharkiv and Odesa; Ukrainian officials in Kyiv said.",
    "Hama and Hama province; Idlib and Hama provinces; the city of Hama.",
    "Most fled to Tawila, 60 km west of El Fasher, in North Darfur, Sudan.",
]


def _answers(text: str) -> list[tuple]:
    from geo.places.gazetteer import load
    from geo.places.mentions import extract_mentions

    gaz = load()
    return [(r.mention.start, r.place.id if r.place else None, r.confidence, r.reason)
            for r in resolve_mod.resolve(extract_mentions(text, gaz), gaz, text=text)]


@pytest.mark.parametrize("text", TEXTS)
def test_pair_distances_worked_out_late_give_the_eager_answers(text: str, monkeypatch) -> None:
    # The pair distances are worked out only when a pass adds context: working them out for
    # every text, as before, changes no answer.
    context = importlib.import_module("geo.places.context")
    lazy = _answers(text)
    calls = []

    class Eager(context._PairKm):
        def __init__(self, names) -> None:
            super().__init__(names)
            calls.append(self.get())

    monkeypatch.setattr(resolve_mod, "_PairKm", Eager)
    assert _answers(text) == lazy
    assert len(calls) == 1


def _votes_by_sorted_codes(doc, weight: np.ndarray, wcc: np.ndarray):
    """The own-vote shares as first written: codes sorted by np.unique, found by searchsorted."""
    context = importlib.import_module("geo.places.context")
    names, n_cc = doc.names, len(weight)
    own = np.asarray(doc.own, dtype=float)[doc.located]
    codes = names.mention_key[doc.located] * n_cc + names.cc[doc.pick_slot]
    uniq, inv = np.unique(codes, return_inverse=True)
    sums = np.bincount(inv, weights=own, minlength=len(uniq))

    def votes(code: np.ndarray) -> np.ndarray:
        at = np.minimum(np.searchsorted(uniq, code), len(uniq) - 1)
        return np.where(uniq[at] == code, sums[at], 0.0)

    w = wcc - votes(names.key * n_cc + names.cc)
    top = context._CC.get(doc.top, -1) if doc.top else -1
    own_top = votes(names.key * n_cc + top) if top >= 0 else np.zeros(len(w))
    total = np.where(own_top > 0, np.maximum(doc.total - own_top, doc.runner_up), doc.total)
    if not doc.total:
        total[:] = 0.0
    share = np.maximum(w, 0.0) / np.where(total > 0, total, np.inf)
    if not doc.top:
        return share, np.zeros(len(w), dtype=bool)
    return share, (doc.countries[doc.top] - own_top > 1e-9) & (total > 0)


@pytest.mark.parametrize("text", [t for t in TEXTS if "Springfield" not in t] + [
    "Georgia, Georgia and Georgia: Atlanta and Athens-Clarke County, Georgia, voted.",
    "Syrian and Iraqi forces met in Syria; Damascus, Aleppo, Homs and Baghdad, Iraq.",
])
def test_vote_table_gives_the_shares_of_sorted_codes(text: str, monkeypatch) -> None:
    context = importlib.import_module("geo.places.context")
    plain = context._Doc._shares_without_own_vote
    seen = []

    def checked(doc, weight, wcc):
        got = plain(doc, weight, wcc)
        want = _votes_by_sorted_codes(doc, weight, wcc)
        assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
        seen.append(len(doc.located))
        return got

    monkeypatch.setattr(context._Doc, "_shares_without_own_vote", checked)
    _answers(text)
    assert seen  # the second pass had picks to leave out


@pytest.mark.parametrize("key", ["paris", "georgia", "kabul", "springfield", "aleppo", "halab"])
def test_candidate_rows_by_position_are_the_keyword_places(key: str) -> None:
    # Gazetteer rows become Places by position (the columns are Place's fields in order),
    # and a place met under an earlier key is that key's object: the same row either way.
    import dataclasses

    from geo.models import Place
    from geo.places import gazetteer as gaz_mod

    gaz = gaz_mod.Gazetteer(gaz_mod.gazetteer_path())
    cursor = gaz._db().execute(gaz._cand_sql, (key,))
    rows = cursor.fetchall()
    columns = [d[0] for d in cursor.description][:11]
    renamed = {"cc": "country_code", "fcode": "feature_code"}
    assert [renamed.get(c, c) for c in columns] == [f.name for f in dataclasses.fields(Place)]
    gaz.candidates("aleppo")  # some places cached under another key first
    got = gaz.candidates(key)
    assert [flags for _, flags in got] == [row[11] for row in rows]
    for (place, _), row in zip(got, rows):
        assert place == Place(
            id=row[0], name=row[1], kind=row[2], lon=row[3], lat=row[4], country_code=row[5],
            admin1=row[6], admin1_code=row[7], population=row[8], feature_code=row[9],
            geonameid=row[10])
        assert gaz.place(place.id) == place


def _old_prior(place, flags, hint, same_name_city):
    """priors._prior as it was before it moved inside priors._priors' loop."""
    import math

    from geo.places import priors
    from geo.places.gazetteer import ABBREV, CURATED, PRIMARY, USER

    big = place.kind == "country" or not place.country_code
    pop = 1e8 if big and place.population == 0 else place.population
    score = min(math.log10(pop + 1) / 7.0, 1.2) + priors._KIND_PRIOR.get(place.kind, 0.0)
    why = []
    if place.feature_code == "PPLC":
        score += 0.4
    if flags & USER:
        score += priors._USER_PLACE
    if flags & CURATED:
        score += 0.4
    elif flags & PRIMARY:
        score += 0.2
    elif flags & ABBREV:
        score -= 0.3
    if hint:
        if place.kind in priors._HINT_KINDS[hint]:
            score += 1.5
            why.append(f"named as a {hint}")
        else:
            score -= 0.8
    elif place.kind == "admin1" and same_name_city:
        score -= 1.0
    return score, "; ".join(why)


@pytest.mark.parametrize("hint", [None, "region", "city", "feature", "country"])
@pytest.mark.parametrize("key", ["hama", "georgia", "kabul", "red sea", "springfield",
                                 "kharkiv", "paris", "washington", "idlib", "jordan"])
def test_priors_are_the_per_candidate_prior(key: str, hint: str | None) -> None:
    from geo.places import priors
    from geo.places.gazetteer import load

    gaz = load()
    cands = priors._candidates(gaz, key, hint, False)
    cities: dict[tuple[str, str], int] = {}
    for p, _ in cands:
        if p.kind == "city":
            cities[p.country_code, p.admin1_code] = max(
                cities.get((p.country_code, p.admin1_code), 0), p.population)
    country_name = hint is None and any(p.kind == "country" and flags & priors.PRIMARY
                                        for p, flags in cands)
    main_big = max((p.population for p, flags in cands
                    if flags & (priors.PRIMARY | priors.CURATED)), default=0)
    old_scores, old_whys = [], []
    for p, flags in cands:  # the loop of _priors as it was, around _old_prior
        pop = cities.get((p.country_code, p.admin1_code), 0)
        s, why = _old_prior(p, flags, hint, p.kind == "admin1" and pop >= 0.05 * p.population > 0)
        if country_name and p.kind == "city":
            s -= priors._COUNTRY_NAMESAKE
        elif (flags == priors.ALIAS and p.kind == "city" and main_big >= 1_000_000
              and p.population < 0.01 * main_big):
            s -= priors._ALIAS_NAMESAKE
        if flags == priors._SPELLING:
            s -= priors._SPELLING_PENALTY
            why = "; ".join(filter(None, (why, "another spelling of its name")))
        if hint is None and p.feature_code in priors.WATER_CODES:
            s += priors._WATER_NAME
            why = "; ".join(filter(None, (why, "a sea's name")))
        old_scores.append(s)
        old_whys.append(why)
    assert priors._priors(hint, cands) == (old_scores, old_whys)
