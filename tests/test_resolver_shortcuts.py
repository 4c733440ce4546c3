"""Round 3 of the resolver's shortcuts: each gives what the plain form it replaces gives.

The plain forms are written out here as they stood before (3f9c18a), and compared with the
shortcuts on tables of texts and on generated input.
"""

from __future__ import annotations

import importlib
import math
import re
from itertools import accumulate

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.places.gazetteer import load
from geo.places.mentions import _HYPHENS, _MODIFIER_TAIL, tokenize
from geo.places.modifiers import GROUP_COUNTRIES, modifier_countries

resolve_mod = importlib.import_module("geo.places.resolve")

TEXTS = [
    "Militias crossed from Iraq into Syria near Abu Kamal, then moved on Deir ez-Zor.",
    "Paris, Texas, and Athens, Georgia, both flooded; Paris police closed roads.",
    "Russian strikes hit Kharkiv and Odesa; Ukrainian officials in Kyiv said.",
    "Hama and Hama province; Idlib and Hama provinces; the city of Hama.",
    "Most fled to Tawila, 60 km west of El Fasher, in North Darfur, Sudan.",
    "U.S.-backed and Iranian-backed militias; Turkish-held towns; Syria-based groups.",
    "South Sudanese and North Korean envoys met Sudanese, South African and Saudi-led teams.",
    "The Iran-allied Houthis and the UAE-funded forces; Russia–brokered talks; Kenya‐based NGO.",
    "Syrian Syrian SYRIAN syrian Syrian-backed South\nSudanese South  Sudanese South",
    "Pakistani troops and Afghan Taliban clashed; the Pakistan-based group and Indian-made "
    "drones; a Sri Lankan and a Sri-Lankan-backed crew; New Zealander, Costa Rican.",
    "",
]


def _plain_modifier_countries(text: str, gazetteer) -> dict[str, float]:
    """modifier_countries as first written: every token looked at in turn."""
    counts: dict[str, int] = {}
    tokens = tokenize(text)
    firsts = gazetteer.demonym_first_words()
    last = len(tokens) - 1
    for k, tok in enumerate(tokens):
        if not tok.cap:
            continue
        key = tok.key
        cc = gazetteer.demonym(key)
        if cc is None and text[tok.end : tok.end + 1] in _HYPHENS and _MODIFIER_TAIL.match(
                text, tok.end):
            cands = [p for p, _ in gazetteer.candidates(key) if p.kind == "country"]
            cc = cands[0].country_code if cands else None
        if cc is None and k < last and key in firsts:
            nxt = tokens[k + 1]
            if nxt.cap and nxt.start == tok.end + 1:
                cc = gazetteer.demonym(f"{key} {nxt.key}")
        if cc:
            counts[cc] = counts.get(cc, 0) + 1
    # ... then the armed groups' names, each searched for on its own, in text order
    groups = sorted((m.start(), name) for name in GROUP_COUNTRIES
                    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text))
    for _, name in groups:
        cc = GROUP_COUNTRIES[name]
        counts[cc] = counts.get(cc, 0) + 1
    return {cc: 1.0 + math.log(n) for cc, n in counts.items()}


@pytest.mark.parametrize("text", TEXTS)
def test_modifier_countries_is_the_token_by_token_form(text: str) -> None:
    gaz = load()
    got = modifier_countries(text, gaz)
    want = _plain_modifier_countries(text, gaz)
    assert list(got.items()) == list(want.items())  # same weights, in the same order


_WORDS = ["Syrian", "South", "Sudanese", "North", "Korean", "Iran", "U.S.", "Turkish", "Kenya",
          "backed", "led", "held", "based", "the", "militia", "Saudi", "African", "Iraqi",
          "Hamas", "al", "Shabaab", "Boko", "Haram", "Houthi", "Houthis"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(
    [" ", "  ", "-", "‐", "–", "\n", ", ", "'s "])), max_size=25))
def test_modifier_countries_is_the_token_by_token_form_on_word_salad(words) -> None:
    gaz = load()
    text = "".join(w + gap for w, gap in words)
    assert list(modifier_countries(text, gaz).items()) == list(
        _plain_modifier_countries(text, gaz).items())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["kyiv", "oblast", "region", "state", "krai", "hama", " ",
                                 "\n", "\t", "provinces", "x"]), max_size=6))
def test_region_words_found_only_in_keys_with_their_ends(parts: list[str]) -> None:
    key = "".join(parts)
    if resolve_mod._REGION_WORDS.search(key):
        assert key.endswith(resolve_mod._REGION_ENDS)


def _plain_choose(names, scores):
    """resolve._choose as first written: results stored mention by mention."""
    n_m = len(names.mentions)
    best, confs = [-1] * n_m, [0.0] * n_m
    if not names.found:
        return best, confs
    starts = names.offsets[names.found]
    top = np.maximum.reduceat(scores, starts).repeat(names.lens[names.found])
    z = np.add.reduceat(np.exp((scores - top) / 0.5), starts)
    first = np.minimum.reduceat(np.where(scores == top, names.slot_no, len(scores)), starts)
    for k, i, zk in zip(names.found, (first - starts).tolist(), z.tolist()):
        best[k] = i
        confs[k] = 1.0 / zk if names.sizes[k] > 1 else 1.0
    return best, confs


def _plain_name_rows(names):
    """_Names.name_rows and slot_rows as first written (each name's table concatenated)."""
    sizes = [len(p) for p in names.places]
    rows = np.concatenate([info.table for info in names.info])
    row_key = np.array(names._name_key, dtype=np.intp).repeat(sizes)
    first = np.array(list(accumulate(sizes, initial=0))[:-1], dtype=np.intp)
    slot_rows = (first[np.array(names.of, dtype=np.intp)]
                 - names.offsets[:-1]).repeat(names.lens) + names.slot_no
    return rows, row_key, slot_rows


def _plain_pair_km(names):
    """context.pair_km as first written (a full array filled block by block)."""
    from geo.places import distance
    from geo.places.priors import _ID, _NOT_COUNTRY, _X, _Z

    if not names.multi or len(names.info) < 2:
        return None
    rows, row_key, slot_rows = _plain_name_rows(names)
    xyz, ids = rows[:, _X:_Z + 1], rows[:, _ID]
    country = rows[:, _NOT_COUNTRY] == 0
    best = np.full(len(rows), -np.inf)
    dot = xyz @ xyz.T
    dot[(row_key[:, None] == row_key) | (ids[:, None] == ids)] = -np.inf
    dot[:, country] = -np.inf
    best[:] = dot.max(axis=1)
    best[country] = -np.inf
    km = distance.km_from_dot(best)
    km[best == -np.inf] = np.inf
    return km[slot_rows]


def _plain_inside_bonus(names, x_i, y_i):
    """The bonus of an 'X, Y' link as first written (kept even when no pair fits)."""
    from geo.models import AREA_KINDS
    from geo.places.patterns import _contains

    xs, ys = names.places[names.of[x_i]], names.places[names.of[y_i]]
    country_name = any(x.kind == "country" for x in xs)
    bonus = np.zeros((len(xs), len(ys)))
    for yk, y in enumerate(ys):
        if y.kind in AREA_KINDS and not (country_name and y.kind == "country"):
            for xk, x in enumerate(xs):
                if _contains(y, x):
                    bonus[xk, yk] = 2.0
    return bonus


CHECKED = TEXTS + [
    "Georgia, Georgia and Georgia: Atlanta and Athens-Clarke County, Georgia, voted.",
    "Syrian and Iraqi forces met in Syria; Damascus, Aleppo, Homs and Baghdad, Iraq.",
    "Floods in Springfield and Salem closed schools; Springfield's mayor spoke.",
    "Clashes in Africa and the Middle East; Chad, Niger and Nigeria; Kabul, Afghanistan.",
    "Calif. and Kabul. Then Paris, France, and Paris, Texas; Lindsay and Gainesville.",
]


@pytest.mark.parametrize("text", CHECKED)
def test_resolver_shortcuts_give_the_plain_numbers(text: str, monkeypatch) -> None:
    context = importlib.import_module("geo.places.context")
    patterns = importlib.import_module("geo.places.patterns")
    from geo.places.mentions import extract_mentions

    gaz = load()
    seen = {"choose": 0, "pairs": 0, "links": 0}
    choose, pair_km, links = resolve_mod._choose, context.pair_km, patterns._links

    def checked_choose(names, scores):
        got = choose(names, scores)
        assert got == _plain_choose(names, scores)
        rows, row_key, slot_rows = _plain_name_rows(names) if names.info else (None,) * 3
        if names.info:
            assert np.array_equal(names.name_rows()[0], rows)
            assert np.array_equal(names.name_rows()[1], row_key)
            assert np.array_equal(names.slot_rows(), slot_rows)
        seen["choose"] += 1
        return got

    def checked_pair_km(names):
        got, want = pair_km(names), _plain_pair_km(names)
        assert (got is None) == (want is None)
        assert got is None or np.array_equal(got, want)
        seen["pairs"] += 1
        return got

    def checked_links(names, container, near, listed):
        got = links(names, container, near, listed)
        inside = {(link.x, link.y): link.bonus for link in got if link.label == "inside"}
        for x_i, y_i in container.items():
            if names.places[names.of[x_i]] and names.places[names.of[y_i]]:
                want = _plain_inside_bonus(names, x_i, y_i)
                if (x_i, y_i) in inside:
                    assert np.array_equal(inside[x_i, y_i], want)
                else:  # left out: no pair fits, no score would change
                    assert not want.any()
        seen["links"] += 1
        return got

    monkeypatch.setattr(resolve_mod, "_choose", checked_choose)
    monkeypatch.setattr(context, "pair_km", checked_pair_km)
    monkeypatch.setattr(resolve_mod, "_links", checked_links)
    resolve_mod.resolve(extract_mentions(text, gaz), gaz, text=text)
    if text:
        assert seen["choose"] == 2 and seen["links"] == 1


def test_has_abbreviations_is_the_candidates_test() -> None:
    from geo.places import priors
    from geo.places.gazetteer import ABBREV

    gaz = load()
    for key in ["calif", "col", "are", "kabul", "paris", "no such place", "mass", "ga"]:
        assert priors._has_abbreviations(gaz, key) == any(
            flags == ABBREV for _, flags in gaz.candidates(key))


def test_shortcuts_with_a_mention_no_place_fits(monkeypatch) -> None:
    # Gold spans may name no place: the slots are then gathered, as before.
    from geo.models import Mention

    text = "From Xyzzyvale Qorth to Aleppo and Homs, Syria, then Springfield."
    mentions = []
    for word in ["Xyzzyvale Qorth", "Aleppo", "Homs", "Syria", "Springfield"]:
        at = text.index(word)
        mentions.append(Mention(word, at, at + len(word), word.lower()))
    gaz = load()
    choose = resolve_mod._choose
    calls = []

    def checked(names, scores):
        assert len(names.found) < len(names.mentions)
        got = choose(names, scores)
        assert got == _plain_choose(names, scores)
        calls.append(got)
        return got

    monkeypatch.setattr(resolve_mod, "_choose", checked)
    out = resolve_mod.resolve(mentions, gaz, text=text)
    assert len(calls) == 2 and out[0].place is None and out[1].place is not None


def _numpy_gains(bonus: np.ndarray, y_scores: np.ndarray) -> list[tuple[int, int, float]]:
    """A link's gains as first written (argmax over bonus plus score, for every link)."""
    partner = (bonus + y_scores[None, :]).argmax(axis=1)
    gain = bonus[np.arange(len(partner)), partner]
    return [(xk, int(partner[xk]), float(gain[xk]))
            for xk in np.flatnonzero(gain > 0.05).tolist()]


_SCORE = st.sampled_from([0.0, -0.0, 0.05, 0.3, 1.2, 1.5, 2.0, -0.8]) | st.floats(-3, 5)


@settings(max_examples=500, deadline=None)
@given(st.integers(1, 9), st.integers(1, 9), st.data())
def test_small_link_gains_are_numpys(nx: int, ny: int, data) -> None:
    patterns = importlib.import_module("geo.places.patterns")
    bonus = np.array(data.draw(st.lists(_SCORE, min_size=nx * ny, max_size=nx * ny)),
                     dtype=float).reshape(nx, ny)
    y_scores = np.array(data.draw(st.lists(_SCORE, min_size=ny, max_size=ny)), dtype=float)
    assert patterns._gains(bonus, y_scores) == _numpy_gains(bonus, y_scores)
