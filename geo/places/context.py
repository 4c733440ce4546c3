"""Resolver, part 2: what the whole text says about where it is, as seen from each mention.

Countries the text names or implies, neighbours of its main country, places nearby in the
text, regions holding them and distances to them: a score added to the priors of
:mod:`geo.places.priors` for every (mention, candidate) slot.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat

import numpy as np

from geo.places import distance
from geo.places.gazetteer import Gazetteer
from geo.places.priors import _CC, _ID, _IN_A1, _NOT_COUNTRY, _OWN_A1, _X, _Z, _Names

_BLOCK_CELLS = 1 << 20  # (candidate, pick) pairs compared at once: bounds memory on long texts
_SMALL_CELLS = 1 << 14  # up to this many (slot, pick) pairs, all compared in one go
# Weights of the document context (tuned on TR-News and GeoVirus, see bench/geoparse_eval.py).
_W_SHARE, _W_NEIGHBOUR, _W_LOCAL, _W_NEAR, _W_CONTAINS = 1.2, 0.3, 0.6, 0.6, 0.8
# Two names whose candidates lie within a few km of each other (Lindsay and Gainesville,
# Texas): each reading supports the other, whatever the first pass picked.
_W_PAIR, _PAIR_KM, _PAIR_ROWS = 0.4, 30.0, 3000


# Empty context (read-only), until scores() fills it in.
_NO_SLOTS = np.zeros(0, dtype=bool)
_NO_KM = np.zeros(0)
_NO_PICKS = np.zeros(0, dtype=np.intp)
_NO_SLOTS.flags.writeable = _NO_KM.flags.writeable = _NO_PICKS.flags.writeable = False
# ndarray.any and .max, called without their Python-level wrappers (numpy's _methods).
_ANY, _MAX = np.logical_or.reduce, np.maximum.reduce


class _Doc:
    """What the whole text says about where it is, as seen from each mention.

    ``pick`` holds the candidate each mention chose in the previous pass (-1: none) and
    ``own`` the weight that choice gave its country.
    """

    def __init__(
        self, gaz: Gazetteer, names: _Names, countries: dict[str, float],
        pick: Sequence[int], own: Sequence[float], pair_km: _PairKm | None = None,
    ) -> None:
        self.gaz, self.names, self.countries, self.own = gaz, names, countries, own
        weights = sorted(countries.values(), reverse=True)
        self.total = weights[0] if weights else 0.0
        self.runner_up = weights[1] if len(weights) > 1 else 0.0
        top = max(countries, key=countries.__getitem__) if countries else ""
        self.top, self.top_neighbours = top, gaz.neighbours(top) if top else frozenset()
        self.located = [k for k, n in enumerate(pick) if n >= 0]
        self.pick_slot = np.array([names.starts[k] + pick[k] for k in self.located],
                                  dtype=np.intp) if self.located else _NO_PICKS
        # With nothing known about the text yet (no demonym, no place picked other than a
        # country), context adds nothing; a mention with one candidate has nothing to
        # choose between.
        self.known = names.multi and (
            bool(self.total) or bool(self.located)
            and bool(_ANY(names.not_country[self.pick_slot])))
        # Context of each slot (filled by scores, read by why).
        self.share = self.neighbour = self.local = self.contains = _NO_SLOTS
        self.near_km = _NO_KM
        self.near_capital = _NO_SLOTS
        # See pair_km(): the same in both passes, and needed only when the context counts.
        self.pair_km, self.pair_bonus = (pair_km.get() if pair_km is not None and self.known
                                         else (None, None))

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
                    by_id[i] = max(map(self.countries.get, members, repeat(0.0)), default=0.0)
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
        if self.pair_bonus is not None:
            ctx = ctx + self.pair_bonus
        if self.located:
            # Places the other mentions picked: same country nearby in the text, a region
            # holding them, distance to them.
            self.local, self.contains, self.near_km = self._picked_around()
            close = names.not_country & (self.near_km < 3000)
            ctx = (ctx + _W_LOCAL * self.local + _W_CONTAINS * self.contains
                   + close * (_W_NEAR * np.exp(-np.where(close, self.near_km, 0.0) / 250.0)))
        return np.where(names.choice, names.prior + ctx, names.prior)

    def _shares_without_own_vote(self, weight: np.ndarray, wcc: np.ndarray
                                 ) -> tuple[np.ndarray, np.ndarray]:
        """Per slot: the weight of the candidate's country (``wcc``) in the text over the top
        weight, both without the votes of the slot's own name; and whether the text's main
        country keeps a weight without them.

        A name is no evidence for itself: ten mentions of "Georgia" read as the country must
        not make a text about Atlanta and Athens-Clarke County a text about the Caucasus.
        """
        names = self.names
        n_cc = len(weight)
        # Votes summed per (name key, country), in the order of the mentions (np.add.at adds
        # one by one): distinct keys x countries, small even for a 60,000-character piece.
        votes = np.zeros((names.n_keys, n_cc))
        own = self.own
        np.add.at(votes, (names.mention_key[self.located], names.cc[self.pick_slot]),
                  np.array([own[k] for k in self.located], dtype=float))
        w = wcc - votes[names.key, names.cc]
        top = _CC.get(self.top, -1) if self.top else -1
        own_top = votes[names.key, top] if 0 <= top < n_cc else np.zeros(len(w))
        # Without the name's votes the text's top weight falls, to the runner-up at most.
        total = np.where(own_top > 0, np.maximum(self.total - own_top, self.runner_up),
                         self.total)
        if not self.total:
            total[:] = 0.0
        share = np.maximum(w, 0.0) / np.where(total > 0, total, np.inf)
        if not self.top:
            return share, np.zeros(len(w), dtype=bool)
        return share, (self.countries[self.top] - own_top > 1e-9) & (total > 0)

    def _picked_around(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per slot, against the places other mentions picked:

        - local: one within 250 characters, by another name, is in the slot's country;
        - contains: the slot is an admin-1 holding a city, admin-2 or feature one picked;
        - near_km: distance to the nearest one (countries left out; a capital's counted
          four times over, see _counted_km), or inf.

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
        p_cc, p_key = names.cc[at], names.key[at]
        p_xyz, p_id, p_a1 = picks[:, _X:_Z + 1], picks[:, _ID], picks[:, _IN_A1]
        start = names.mention_start[names.k]
        other = p_key != names.key[:, None]
        local = _ANY((np.abs(start[:, None] - start[at]) <= 250) & (names.cc[:, None] == p_cc)
                     & other & (p_cc != _CC.get("", -1)), axis=1)
        if names.has_admin1 and _ANY(p_a1 >= 0):
            own_a1 = names.table[:, _OWN_A1]
            contains = (own_a1 >= 0) & _ANY(other & (own_a1[:, None] == p_a1), axis=1)
        else:
            contains = np.zeros(len(names.table), dtype=bool)
        dot = names.table[:, _X:_Z + 1] @ p_xyz.T
        dot[~(other & names.not_country[at]) | (names.table[:, _ID, None] == p_id)] = -np.inf
        near, self.near_capital = _counted_km(dot, names.capital[at])
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
        mkey = names.mention_key
        other = (mkey[located[j]] != mkey[k]) & (p_cc != _CC.get("", -1))  # no country
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
        p_capital = names.capital[at]
        p_xyz, p_id, p_a1 = picks[:, _X:_Z + 1], picks[:, _ID], picks[:, _IN_A1]
        supports = names.has_admin1 and bool((p_a1 >= 0).any())
        n = len(rows)
        contains = np.zeros(n, dtype=bool)
        best = np.empty(n)  # counted km of the nearest pick (see _counted_km)
        via_capital = np.zeros(n, dtype=bool)
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
            best[lo : lo + step], via_capital[lo : lo + step] = _counted_km(dot, p_capital)
        self.near_capital = via_capital[names.slot_rows()]
        return contains, best

    def why(self, k: int, n: int) -> list[str]:
        """Reasons of the context score of mention k's candidate n (for the winner only)."""
        if not self.known or self.names.sizes[k] < 2 or not len(self.share):
            return []
        names = self.names
        s = names.starts[k] + n
        place = names.places[names.of[k]][n]
        why = []
        share = self.share[s]
        if share and not place.country_code:
            why.append(f"countries of {place.name} in the text")
        elif share:
            why.append(f"text about {place.country_code}")
        elif len(self.neighbour) and self.neighbour[s]:
            why.append(f"neighbour of {self.top}")
        if len(self.local) and self.local[s]:
            why.append("same country as places nearby in the text")
        if len(self.contains) and self.contains[s]:
            why.append("contains other places in the text")
        if self.pair_km is not None and self.pair_km[s] < _PAIR_KM:
            why.append(f"{self.pair_km[s]:.0f} km from a place another name may mean")
        if place.kind != "country" and len(self.near_km) and self.near_km[s] < 250:
            if self.near_capital[s]:
                km = float(self.near_km[s]) / _CAPITAL_KM_FACTOR
                why.append(f"{km:.0f} km from the capital named in the text")
            else:
                why.append(f"{float(self.near_km[s]):.0f} km from another place in the text")
        return why


# A national capital is named for its government as often as for a place ("talks in
# Moscow", "officials in Kabul"): it supports the towns of its own metropolitan area, not
# namesakes a few hundred km away (Rostov Veliky, 194 km from Moscow, against the 36 times
# larger Rostov-on-Don). Its distance counts this many times over.
_CAPITAL_KM_FACTOR = 4.0


def _counted_km(dot: np.ndarray, capital: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row of ``dot`` (dot products of unit vectors, -inf where a pick gives no
    support; one column per pick): the distance to the nearest pick in km, a capital's
    multiplied by _CAPITAL_KM_FACTOR, or inf; and whether that pick is a capital."""
    if not _ANY(capital) or not dot.shape[1]:
        best = _MAX(dot, axis=1) if dot.shape[1] else np.full(len(dot), -np.inf)
        near = distance.km_from_dot(np.maximum(best, -1.0))
        near[best == -np.inf] = np.inf
        return near, np.zeros(len(near), dtype=bool)
    # The nearest capital and the nearest other pick, each by its largest dot product (the
    # distance falls as the dot product grows): two vectors to convert, not the matrix.
    near = []
    for cols, factor in ((~capital, 1.0), (capital, _CAPITAL_KM_FACTOR)):
        best = _MAX(dot[:, cols], axis=1) if _ANY(cols) else np.full(len(dot), -np.inf)
        km = distance.km_from_dot(np.maximum(best, -1.0)) * factor
        km[best == -np.inf] = np.inf
        near.append(km)
    other, capital_km = near
    via_capital = capital_km < other
    return np.where(via_capital, capital_km, other), via_capital


def pair_km(names: _Names) -> np.ndarray | None:
    """Per slot: km to the nearest candidate of another name (countries left out), or None
    when no name has a choice, or the text has too many candidates to compare (long lists)."""
    if not names.multi or len(names.info) < 2:
        return None
    rows, row_key = names.name_rows()
    if len(rows) > _PAIR_ROWS:
        return None
    xyz, ids = rows[:, _X:_Z + 1], rows[:, _ID]
    country = rows[:, _NOT_COUNTRY] == 0
    blocks = []
    step = max(1, _BLOCK_CELLS // len(rows))
    for lo in range(0, len(rows), step):
        hi = lo + step
        dot = xyz[lo:hi] @ xyz.T
        # Not the same name, not one place under two names, not a country (as the other
        # place here, and as the row below).
        dot[(row_key[lo:hi, None] == row_key) | (ids[lo:hi, None] == ids)] = -np.inf
        dot[:, country] = -np.inf
        blocks.append(_MAX(dot, axis=1))
    best = blocks[0] if len(blocks) == 1 else np.concatenate(blocks)
    best[country] = -np.inf
    km = distance.km_from_dot(best)
    km[best == -np.inf] = np.inf
    return km if names.said_once else km[names.slot_rows()]  # (the rows are the slots)


class _PairKm:
    """:func:`pair_km` of a text's names and the score it adds to each slot, worked out on
    first use: both passes share them, and a pass that knows nothing about the text (no
    context to add) needs neither."""

    def __init__(self, names: _Names) -> None:
        self.names = names
        self.done = False
        self.km: np.ndarray | None = None
        self.bonus: np.ndarray | None = None

    def get(self) -> tuple[np.ndarray | None, np.ndarray | None]:
        """(km, bonus) per slot, or (None, None): see :func:`pair_km`."""
        if not self.done:
            self.km, self.done = pair_km(self.names), True
            if self.km is not None:
                self.bonus = _W_PAIR * np.exp(-self.km / _PAIR_KM)
        return self.km, self.bonus
