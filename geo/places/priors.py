"""Resolver, part 1: the candidates of each name and their context-free priors.

A name is a (key, hint) pair. Its candidates and priors (population, kind, name quality, hint)
are worked out once per process (:func:`_name`) and laid out flat per text (:class:`_Names`),
for :mod:`geo.places.context` to add document context and :mod:`geo.places.patterns` explicit
patterns.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

import numpy as np

from geo.models import AREA_KINDS, WATER_CODES, Mention, MentionHint, Place
from geo.places import distance
from geo.places.gazetteer import ABBREV, ALIAS, CURATED, PRIMARY, USER, Gazetteer
from geo.places.normalize import normalize_name
from geo.places.variants import FUZZY, VARIANT, loose_key, variant_ids

_KIND_PRIOR = {"country": 1.3, "region": 0.8, "feature": 0.4, "admin1": 0.3, "city": 0.2,
               "admin2": -0.3}
_HINT_KINDS = {"region": ("admin1", "admin2", "region"), "city": ("city",),
               "feature": ("feature",), "country": ("country",)}
_MAX_CANDIDATES = 25
_COUNTRY_NAMESAKE = 0.5
_ALIAS_NAMESAKE = 1.0
_USER_PLACE = 1.5
_WATER_NAME = 1.0


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
    why: tuple[str, ...]
    """What the prior saw in each candidate (see :meth:`reason`)."""
    table: np.ndarray
    """One row per candidate: prior, country number (see _CC), not a country (1, or 0.5 for
    a national capital: see context._counted_km), unit vector
    (x, y, z; see distance.unit_vectors), place id, number of the admin-1 it is (admin-1
    rows with a code of their own, else -1), number of the admin-1 it supports (cities,
    admin-2 and features, else -1), 1 for a place with member countries (see
    Gazetteer.region_countries), else 0."""
    has_admin1: bool
    """Some candidate is an admin-1 with a code of its own."""
    has_members: bool
    """Some candidate is made of countries (a continent, "Middle East", "Red Sea")."""

    def reason(self, n: int) -> str:
        """Start of candidate n's reason: kind, population and what the prior saw (written
        for the winners only: most candidates lose)."""
        p, why = self.places[n], self.why[n]
        head = f"{p.kind}, pop {p.population:,}"
        return f"{head}; {why}" if why else head


@lru_cache(maxsize=65536)
def _name(gaz: Gazetteer, key: str, hint: MentionHint | None, abbreviation: bool) -> _Name:
    """Candidates and priors of a name, worked out once per process."""
    cands = _candidates(gaz, key, hint, abbreviation)
    prior, why = _priors(hint, cands)
    places = tuple(p for p, _ in cands)
    # The rows of the table (see _Name.table) one after the other, built in one pass: a name
    # has few candidates, and per-column lists and numpy calls cost more than the rows
    # themselves. Longitude and latitude hold the x and y columns until the unit vectors
    # are worked out from them below.
    flat: list[float | int | bool] = []
    has_admin1 = has_members = False
    for p, score in zip(places, prior):
        kind, cc = p.kind, p.country_code
        # Admin-1 rows with a code of their own (pop 0 marks codes several rows share), and
        # the places that count as inside one (a city picked in it supports the region).
        own_a1 = kind == "admin1" and p.population != 0
        in_a1 = kind in _SUPPORTS_A1
        a1 = _number(_A1, (cc, p.admin1_code)) if own_a1 or in_a1 else -1
        members = not cc and bool(gaz.region_countries(p.id))
        has_admin1 |= own_a1
        has_members |= members
        # 1: a place, 0.5: a national capital (its distance to other places counts
        # less: see context._counted_km), 0: a country
        not_country = 0.0 if kind == "country" else 0.5 if p.feature_code == "PPLC" else 1.0
        flat += (score, _number(_CC, cc), not_country, p.lon, p.lat, 0.0, p.id,
                 a1 if own_a1 else -1, a1 if in_a1 else -1, members)
    table = np.fromiter(flat, dtype=float, count=len(flat)).reshape(-1, 10)
    table[:, _X:_Z + 1] = distance.unit_vectors(table[:, _X], table[:, _Y])
    table.flags.writeable = False
    return _Name(places, tuple(why), table, has_admin1, has_members)


@lru_cache(maxsize=65536)
def _has_abbreviations(gaz: Gazetteer, key: str) -> bool:
    """Some place has the key as an abbreviation ("Calif."); worked out once per process."""
    return any(flags == ABBREV for _, flags in gaz.candidates(key))


def clear_caches() -> None:
    """Forget the names worked out so far (for cold-start measurements)."""
    _name.cache_clear()
    _has_abbreviations.cache_clear()


class _Names:
    """The distinct names of a text, with their candidates and priors, laid out flat.

    A name is a (key, hint) pair: "Hama" and "Hama province" are two names, ten mentions of
    "Syria" are one. Scores live in one flat array with a slot per (mention, candidate), so
    a pass scores the whole text with a few array operations; what depends on the name
    alone is worked out on :meth:`name_rows` and copied to the slots.
    """

    def __init__(self, gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
        self.mentions = mentions
        index: dict[tuple[str, str | None, bool], int] = {}
        key_no: dict[str, int] = {}
        self.of: list[int] = []  # name of each mention
        self.info: list[_Name] = []
        self.keys: list[str] = []
        of_key: list[int] = []  # number of each mention's key
        for m in mentions:
            # "Kabul." ends a sentence like "Calif." ends an abbreviation: the flag only
            # makes a name of its own where the key has abbreviations to let in.
            abbreviation = m.abbreviation and _has_abbreviations(gaz, m.key)
            name = (m.key, m.hint, abbreviation)
            u = index.get(name)
            if u is None:
                u = index[name] = len(self.info)
                self.info.append(_name(gaz, *name))
                self.keys.append(m.key)
            self.of.append(u)
            of_key.append(key_no.setdefault(m.key, len(key_no)))
        self.places = [info.places for info in self.info]
        self.said_once = len(self.info) == len(mentions)  # no name said twice
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
        self.capital = self.table[:, _NOT_COUNTRY] == 0.5  # national capitals
        self.mention_key = np.array(of_key, dtype=np.intp)
        self.n_keys = len(key_no)
        self.key = self.mention_key.repeat(self.lens)
        self.mention_start = np.array([m.start for m in mentions], dtype=np.intp)
        self._name_key = [key_no[key] for key in self.keys]
        # For choosing: the mentions with a candidate, where their slots start, slot numbers.
        self.found = [k for k, size in enumerate(self.sizes) if size]
        if len(self.found) == len(mentions):  # every mention found: the same numbers, no gather
            self.found_at, self.found_lens = self.offsets[:-1], self.lens
            self.found_sizes = self.sizes
        else:
            self.found_at, self.found_lens = self.offsets[self.found], self.lens[self.found]
            self.found_sizes = [self.sizes[k] for k in self.found]
        self.slot_no = np.arange(len(self.table))
        self.multi = len(self.table) > len(self.found)  # some mention has a choice
        self.choice = self.lens[self.k] > 1  # slots of mentions with a choice
        self.has_admin1 = any(info.has_admin1 for info in self.info)
        self.has_members = any(info.has_members for info in self.info)
        if self.has_members:
            self.member_slots = np.flatnonzero(self.table[:, _MEMBERS]).tolist()
        self._name_rows: tuple[np.ndarray, np.ndarray] | None = None
        self._slot_rows: np.ndarray | None = None

    def slot(self, k: int) -> slice:
        return slice(self.starts[k], self.starts[k] + self.sizes[k])

    def name_rows(self) -> tuple[np.ndarray, np.ndarray]:
        """The names' tables, each name once (a long text names "Syria" a hundred times),
        and the key number of each row (worked out once per text: both passes read them)."""
        if self._name_rows is None and self.said_once:
            # Every name said once: the names' tables are the slots' (same order and keys).
            self._name_rows = (self.table, self.key)
        elif self._name_rows is None:
            sizes = [len(p) for p in self.places]
            self._name_rows = (np.concatenate([info.table for info in self.info]),
                               np.array(self._name_key, dtype=np.intp).repeat(sizes))
        return self._name_rows

    def slot_rows(self) -> np.ndarray:
        """The row of each slot in :meth:`name_rows` (worked out once per text)."""
        if self._slot_rows is None and self.said_once:
            self._slot_rows = self.slot_no
        elif self._slot_rows is None:
            first = np.array(list(accumulate([len(p) for p in self.places], initial=0))[:-1],
                             dtype=np.intp)
            self._slot_rows = (first[np.array(self.of, dtype=np.intp)]
                               - self.offsets[:-1]).repeat(self.lens) + self.slot_no
        return self._slot_rows


def name_candidates(
    gaz: Gazetteer, key: str, abbreviation: bool
) -> tuple[tuple[Place, int], ...]:
    """The places a name may stand for: abbreviations ("ARE", "Col") only when written as one."""
    cands = gaz.candidates(key)
    if abbreviation or not any(flags == ABBREV for _, flags in cands):
        return cands
    return tuple(c for c in cands if c[1] != ABBREV)


def _candidates(
    gaz: Gazetteer, key: str, hint: MentionHint | None, abbreviation: bool
) -> list[tuple[Place, int]]:
    demonym = gaz.demonym(key)
    country = gaz.country(demonym) if demonym else None
    if demonym is None and key in _REGION_ADJECTIVES:
        # "European", "West African" given as a mention: the region, as "Russian" is Russia.
        return [(p, f) for p, f in gaz.candidates(_REGION_ADJECTIVES[key])
                if p.kind == "region" and not p.country_code]
    # A demonym given as a mention ("Russian" in a gold span) stands for its country, never
    # for a town that happens to share the word (Canadian, Texas).
    if key[:1] in (VARIANT, FUZZY):
        return _unknown_candidates(gaz, key)
    # "the Somali Region of Ethiopia": a kind word makes it the region of that name.
    own = name_candidates(gaz, key, abbreviation)
    if hint and any(p.kind in _HINT_KINDS[hint] for p, _ in own):
        country = None
    cands = [(country, PRIMARY)] if country else list(own)
    if not cands and len(key) >= 5:
        # A name given as a mention (a user's or a gold span) that no exact key matches:
        # its spellings' places, ranked as variants.
        cands = _unknown_candidates(gaz, VARIANT + loose_key(key))[:_MAX_CANDIDATES]
    if hint == "region" and not any(p.kind in AREA_KINDS for p, _ in cands):
        cands += _regions_named_after(gaz, key, cands)
    tail = _KIND_TAIL.search(key) if hint is None and not country else None
    if tail and cands:
        # "the Central Region of Ghana": the whole name is one country's alias ("Central
        # Region", Uganda); the regions called "Central" in other countries stay candidates
        # for the words around to choose between.
        have = {p.country_code for p, _ in cands}
        cands += [(p, flags) for p, flags in name_candidates(gaz, key[: tail.start()], False)
                  if p.kind in ("admin1", "admin2", "region") and p.country_code not in have]
    if len(cands) > _MAX_CANDIDATES:
        cands.sort(key=lambda c: (c[1] & CURATED, c[0].kind == "country", c[0].population),
                   reverse=True)
        cands = cands[:_MAX_CANDIDATES]
    return cands


# Adjectives of the regions above countries (the extractor never offers them; a user's or a
# gold span may).
_REGION_ADJECTIVES = {normalize_name(adjective): normalize_name(region) for adjective, region in {
    "african": "africa", "asian": "asia", "european": "europe", "north american": "north america",
    "south american": "south america", "latin american": "latin america",
    "middle eastern": "middle east", "southeast asian": "southeast asia",
    "south east asian": "southeast asia", "east african": "east africa",
    "west african": "west africa", "central american": "central america",
    "caribbean": "caribbean", "scandinavian": "scandinavia", "balkan": "balkans",
    "oceanian": "oceania", "antarctic": "antarctica",
}.items()}
_KIND_TAIL = re.compile(r" (?:region|province|governorate|state|district|oblast)$")
_SPELLING = 0  # provenance flags of a candidate found by another spelling
_SPELLING_PENALTY = 0.6


def _unknown_candidates(gaz: Gazetteer, key: str) -> list[tuple[Place, int]]:
    """Candidates of a name known by another spelling (geo.places.unknown)."""
    if key[0] == VARIANT:
        ids = variant_ids(gaz._db(), key[1:], loose=True)  # noqa: SLF001 (same package)
        places = [gaz.place(i) for i in ids]
        return [(p, _SPELLING) for p in places if p is not None]
    return [(p, _SPELLING) for p, _ in gaz.candidates(key[1:])]


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
    # The main name of a big place: a small town known by it only as an alternate name
    # (Cabool, Missouri, once spelled "Kabul") is a poor second.
    main_big = max((p.population for p, flags in cands if flags & (PRIMARY | CURATED)),
                   default=0)
    hint_kinds = _HINT_KINDS[hint] if hint else ()
    scores, whys = [], []
    for p, flags in cands:
        kind, population = p.kind, p.population
        # Countries, and places above countries (continents, oceans, seas, "Middle East"),
        # count as big as they are when the gazetteer has no population for them.
        big = kind == "country" or not p.country_code
        pop = 1e8 if big and population == 0 else population
        s = min(math.log10(pop + 1) / 7.0, 1.2) + _KIND_PRIOR.get(kind, 0.0)
        why = ""
        if p.feature_code == "PPLC":
            s += 0.4
        if flags & USER:
            # A place the user added is the one they mean by its name, unless the words
            # around say otherwise (their "Mbera" camp, not the town of Mbera 13 km away).
            s += _USER_PLACE
        if flags & CURATED:
            s += 0.4
        elif flags & PRIMARY:
            s += 0.2
        elif flags & ABBREV:
            s -= 0.3
        if hint:
            if kind in hint_kinds:
                s += 1.5
                why = f"named as a {hint}"
            else:
                s -= 0.8
        elif kind == "admin1" and (
                cities.get((p.country_code, p.admin1_code), 0) >= 0.05 * population > 0):
            s -= 1.0  # "in Hama" is the city unless the text says "Hama province"
        if country_name and kind == "city":
            s -= _COUNTRY_NAMESAKE
        elif (flags == ALIAS and kind == "city" and main_big >= 1_000_000
              and population < 0.01 * main_big):
            s -= _ALIAS_NAMESAKE
        if flags == _SPELLING:
            s -= _SPELLING_PENALTY
            why = "; ".join(filter(None, (why, "another spelling of its name")))
        if hint is None and p.feature_code in WATER_CODES:
            # "ships in the Red Sea": the sea; its namesake state needs "Red Sea state".
            s += _WATER_NAME
            why = "; ".join(filter(None, (why, "a sea's name")))
        scores.append(s)
        whys.append(why)
    return scores, whys
