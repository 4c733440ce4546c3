"""The world gazetteer: a prebuilt SQLite index opened lazily, read-only.

The bundled one by default, or one built by ``geo gazetteer build`` (``GEO_GAZETTEER``), with
the user's own places (``geo gazetteer add``, :mod:`geo.places.userlayer`) consulted too.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import threading
import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from geo.errors import GazetteerError
from geo.models import Place
from geo.places.normalize import normalize_name
from geo.places.paths import (
    default_data_dir,
    gazetteer_file,
    gazetteer_path,
    user_places_path,
)

__all__ = [
    "AREAS_SQL",
    "BITS",
    "Gazetteer",
    "default_data_dir",
    "key_slot",
    "load",
    "normalize_name",
]

# Flags stored with each (name, place) pair by geo.places.build (USER: the user layer).
PRIMARY, ALIAS, CURATED, ABBREV, USER = 1, 2, 4, 8, 16
# Ids of the user layer's rows are at or below this (curated rows are small negatives).
USER_ID_BASE = -1_000_000_000
# Key look-ups (one indexed query each, ~3 us) of the words and english tables before they
# are read whole (~5 and ~10 ms): an article of the corpus asks for 30 (at most 160), a
# corpus for many more.
LOOKUPS_BEFORE_LOAD = 300


def place_source(place: Place) -> str:
    """Where a place row comes from: 'user' layer, 'curated' overlay or 'geonames'."""
    return "user" if place.id <= USER_ID_BASE else "curated" if place.id < 0 else "geonames"

# The places the first-level divisions and capitals are looked up among (Gazetteer.admin1_of,
# Gazetteer.capital), in the order that decides between rows sharing a code: worked out when
# the gazetteer is built (table areas, geo.places.build) and read back in that order.
AREAS_SQL = ("SELECT cc, admin1_code, id, kind FROM places WHERE kind = 'admin1' "
             "OR fcode = 'PPLC' ORDER BY population, id")

_PLACE_SQL = (
    "SELECT id, name, kind, lon, lat, cc, admin1, admin1_code, population, fcode, geonameid "
    "FROM places"
)


# The prefilter in front of SQLite: one bit per CRC-32 slot of every name key (2 MiB; about
# one n-gram in twenty that is no name still reaches SQLite, and its empty answer is cached).
BITS = 24


def key_slot(key: str) -> int:
    """Bit index of a normalised name in the prefilter."""
    return zlib.crc32(key.encode("utf-8")) & ((1 << BITS) - 1)


def _row_to_place(row: tuple) -> Place:
    # The columns of _PLACE_SQL are Place's fields in order: passed by position, which
    # costs a third less than by keyword (the resolver reads thousands of rows per second).
    return Place(*row[:11])


class Gazetteer:
    """Read-only access to the place index; safe to share between threads.

    Parameters
    ----------
    path : folder holding ``gazetteer.sqlite`` and ``name_bits.npy``, or a ``.sqlite`` file
        (one made by ``geo gazetteer build`` holds its name bitmap in it).
    user : the user layer (``geo gazetteer add``) to consult after this index, if any.
    """

    def __init__(self, path: Path, user: Path | None = None) -> None:
        path = Path(path)
        folder = path.is_dir()
        db_path = gazetteer_file(path)
        bits_path = (path if folder else path.parent) / "name_bits.npy"
        if not db_path.is_file():
            raise GazetteerError(
                f"gazetteer not found: expected {db_path}; rebuild it with "
                "'python scripts/build_gazetteer.py', or give a file made by 'geo gazetteer build'"
            )
        self.path = path
        self.user = Path(user) if user is not None else None
        self._db_path = db_path
        # continents.csv and region_countries.csv: in the data folder; for a single file,
        # beside it, else the bundled ones (a built file holds the bundled places).
        aux = path if folder else path.parent
        if not folder and not (aux / "continents.csv").is_file():
            aux = default_data_dir()
        self._aux = aux
        self._local = threading.local()
        self._bits = self._load_bits(bits_path, embedded=not folder)
        self._cands: dict[str, tuple[tuple[Place, int], ...]] = {}
        self._best: dict[str, float] = {}
        self._places: dict[int, Place] = {}
        try:
            meta = dict(self._db().execute("SELECT k, v FROM meta").fetchall())
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot read gazetteer {db_path}: {exc}") from None
        self.max_tokens = min(int(meta.get("max_tokens", 8)), 8)
        sql = ("SELECT p.id, p.name, p.kind, p.lon, p.lat, p.cc, p.admin1, p.admin1_code, "
               "p.population, p.fcode, p.geonameid, n.flags "
               "FROM {s}names n JOIN {s}places p ON p.id = n.id WHERE n.key = ?")
        self._cand_sql = sql.format(s="")
        if self.user is not None:
            self._cand_sql += " UNION ALL " + sql.format(s="u.")
            db = self._db()
            try:
                user_meta = dict(db.execute("SELECT k, v FROM u.meta").fetchall())
                user_keys = [k for (k,) in db.execute("SELECT DISTINCT key FROM u.names")]
            except sqlite3.Error as exc:
                raise GazetteerError(f"cannot read user layer {self.user}: {exc}; move it "
                                     "away or set GEO_USER_PLACES to another file") from None
            self.max_tokens = min(max(self.max_tokens, int(user_meta.get("max_tokens", 1))), 8)
            self._bits = self._bits.copy()  # let the user's names through the prefilter
            for key in user_keys:
                slot = key_slot(key)
                self._bits[slot >> 3] |= np.uint8(1 << (slot & 7))
        self._countries: dict[str, tuple[int, frozenset[str]]] | None = None
        # words and english: read by key until LOOKUPS_BEFORE_LOAD look-ups, then whole
        self._lookups = 0
        self._words: dict[str, tuple[float, bool]] | None = None
        self._admin1: dict[tuple[str, str], int] | None = None
        self._capitals: dict[str, int] | None = None
        self._demonyms: dict[str, str] | None = None
        self._demonym_firsts: frozenset[str] | None = None
        self._not_places: frozenset[str] | None = None
        self._english: frozenset[str] | None = None
        self._continents: dict[str, str] | None = None
        self._region_countries: dict[int, frozenset[str]] | None = None

    def _load_bits(self, bits_path: Path, embedded: bool) -> np.ndarray:
        if embedded:
            try:
                row = self._db().execute("SELECT bits FROM name_bits").fetchone()
            except sqlite3.OperationalError as exc:
                if "no such table" not in str(exc):
                    raise GazetteerError(f"cannot read gazetteer {self._db_path}: {exc}") \
                        from None
                row = None  # no bitmap inside: the bundled layout, name_bits.npy beside it
            except sqlite3.Error as exc:
                raise GazetteerError(f"cannot read gazetteer {self._db_path}: {exc}") from None
            if row is not None:
                return np.frombuffer(row[0], dtype=np.uint8)
        if not bits_path.is_file():
            raise GazetteerError(f"gazetteer name bitmap not found: expected {bits_path}")
        return np.load(bits_path)

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            try:
                db = sqlite3.connect(f"file:{_uri(self._db_path)}?mode=ro&immutable=1", uri=True)
            except sqlite3.Error as exc:
                raise GazetteerError(f"cannot open gazetteer {self._db_path}: {exc}") from exc
            # (no memory map: a cold look-up costs a third less through one, but the mapped
            # pages count in each process's resident memory, +35 MiB per process in
            # bench/batch_bench.py for no gain seen in its throughput)
            if self.user is not None:
                try:
                    db.execute("ATTACH DATABASE ? AS u", (f"file:{_uri(self.user)}?mode=ro",))
                except sqlite3.Error as exc:
                    raise GazetteerError(f"cannot read user layer {self.user}: {exc}; move it "
                                         "away or set GEO_USER_PLACES to another file") from None
            self._local.db = db
        return db

    def __getstate__(self) -> dict:
        # Workers (dask, multiprocessing) reopen the files instead of pickling the index.
        return {"path": self.path, "user": self.user}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"], state.get("user"))  # type: ignore[misc]

    # --- lookups ---------------------------------------------------------------------------
    def known(self, keys: list[str]) -> np.ndarray:
        """Boolean mask: which normalised keys may be gazetteer names (no false negatives)."""
        if not keys:
            return np.zeros(0, dtype=bool)
        h = np.fromiter(map(zlib.crc32, map(str.encode, keys)), dtype=np.uint32,
                        count=len(keys)) & np.uint32((1 << BITS) - 1)  # key_slot, in C
        return (self._bits[h >> 3] >> (h & 7).astype(np.uint8)) & 1 == 1

    def candidates(self, key: str) -> tuple[tuple[Place, int], ...]:
        """Every place with this normalised name, with the name's provenance flags."""
        hit = self._cands.get(key)
        if hit is not None:
            return hit
        args = (key,) if self.user is None else (key, key)
        rows = self._db().execute(self._cand_sql, args).fetchall()
        places = self._places
        found = []
        for row in rows:
            # A place met under another name already is the same row: no second object.
            place = places.get(row[0])
            if place is None:
                place = places[row[0]] = _row_to_place(row)
            found.append((place, row[11]))
        out = tuple(found)
        if len(self._cands) > 200_000:
            self._cands.clear()
            self._best.clear()
        self._cands[key] = out
        return out

    def best_known(self, key: str) -> float:
        """Population of the best-known place with this name (countries and curated rows
        count as 1e9: everyone knows them)."""
        hit = self._best.get(key)
        if hit is None:
            hit = max((1e9 if p.kind == "country" or flags & CURATED else p.population
                       for p, flags in self.candidates(key)), default=0)
            self._best[key] = hit
        return hit

    def clear_caches(self) -> None:
        """Forget the answers cached so far (for cold-start measurements)."""
        self._cands.clear()
        self._best.clear()
        self._places.clear()

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Places called ``name`` (any spelling the normalisation folds together)."""
        return tuple(p for p, _ in self.candidates(normalize_name(name)))

    def _cache_place(self, place: Place) -> Place:
        self._places[place.id] = place
        return place

    def place(self, place_id: int) -> Place | None:
        """The row with this id (GeoNames id, a negative curated id, or a user layer id)."""
        hit = self._places.get(place_id)
        if hit is None:
            if place_id <= USER_ID_BASE and self.user is None:
                return None
            sql = _PLACE_SQL.replace("places", "u.places") if place_id <= USER_ID_BASE \
                else _PLACE_SQL
            row = self._db().execute(sql + " WHERE id = ?", (place_id,)).fetchone()
            hit = self._cache_place(_row_to_place(row)) if row else None
        return hit

    def _country_table(self) -> dict[str, tuple[int, frozenset[str]]]:
        if self._countries is None:
            rows = self._db().execute("SELECT cc, id, neighbours FROM countries").fetchall()
            self._countries = {
                cc: (gid, frozenset(filter(None, nb.split(",")))) for cc, gid, nb in rows
            }
        return self._countries

    def country(self, cc: str) -> Place | None:
        """The country with ISO 3166-1 alpha-2 code ``cc``."""
        entry = self._country_table().get(cc)
        return self.place(entry[0]) if entry else None

    def neighbours(self, cc: str) -> frozenset[str]:
        """ISO codes of the countries bordering ``cc``."""
        entry = self._country_table().get(cc)
        return entry[1] if entry else frozenset()

    def admin1_of(self, place: Place) -> Place | None:
        """The first-level division a place lies in."""
        if self._admin1 is None:
            self._scan_areas()
        pid = self._admin1.get((place.country_code, place.admin1_code))  # type: ignore[union-attr]
        return self.place(pid) if pid is not None else None

    def capital(self, cc: str) -> Place | None:
        """The capital of the country with ISO code ``cc`` (GeoNames' PPLC; the most populous
        where several rows are so coded, as the 21 Washingtons of the United States)."""
        if self._capitals is None:
            self._scan_areas()
        pid = self._capitals.get(cc)  # type: ignore[union-attr]
        return self.place(pid) if pid is not None else None

    def _scan_areas(self) -> None:
        # Both lookups, the first-level divisions and the capitals, from the rows that
        # geo.places.build stores in table areas (4,300 rows); an older file has no such
        # table, and its places are scanned whole (no index on kind or feature code: about
        # 0.15 s, a third of a billion instructions, in the first text that asks).
        db = self._db()
        try:
            rows = db.execute("SELECT cc, admin1_code, id, kind FROM areas ORDER BY rowid"
                              ).fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" not in str(exc):
                raise GazetteerError(f"cannot read gazetteer {self._db_path}: {exc}") from None
            rows = db.execute(AREAS_SQL).fetchall()
        # (in id order, as a plain scan gives them: of two rows with one code, the later wins)
        self._admin1 = {(cc, code): pid for cc, code, pid, kind in sorted(
            (r for r in rows if r[3] == "admin1"), key=lambda r: r[2])}
        # the last row of a country, its largest, wins
        self._capitals = {cc: pid for cc, _, pid, kind in rows if kind != "admin1"}

    def word(self, key: str) -> tuple[float, bool]:
        """(Zipf frequency in English, is an ordinary lowercase word) for a name key."""
        if self._words is None:
            if self._lookups < LOOKUPS_BEFORE_LOAD:
                row = self._row("SELECT zipf, lowercase FROM words WHERE key = ?", key)
                return (row[0], bool(row[1])) if row is not None else (0.0, False)
            rows = self._db().execute("SELECT key, zipf, lowercase FROM words").fetchall()
            self._words = {k: (z, bool(lc)) for k, z, lc in rows}
        return self._words.get(key, (0.0, False))

    def demonym(self, key: str) -> str | None:
        """ISO code of the country a demonym names ("syrian" -> "SY"), or None."""
        demonyms = self._demonyms
        return (demonyms if demonyms is not None else self.demonyms()).get(key)

    def demonyms(self) -> dict[str, str]:
        """Every demonym key with the ISO code of its country (read-only)."""
        if self._demonyms is None:
            self._demonyms = dict(self._db().execute("SELECT key, cc FROM demonyms").fetchall())
        return self._demonyms

    def demonym_first_words(self) -> frozenset[str]:
        """First words of the demonyms of more than one word ("south" of "south sudanese")."""
        if self._demonym_firsts is None:
            self._demonym_firsts = frozenset(k.split()[0] for k in self.demonyms() if " " in k)
        return self._demonym_firsts

    def not_place(self, key: str) -> bool:
        """True for names of organisations and people that GeoNames lists as place aliases."""
        return key in self.not_places()

    def not_places(self) -> frozenset[str]:
        """Keys of names of organisations and people that GeoNames lists as place aliases."""
        if self._not_places is None:
            self._not_places = frozenset(
                k for (k,) in self._db().execute("SELECT key FROM not_places")
            )
        return self._not_places

    def english(self, word: str) -> bool:
        """True when ``word`` (lowercase) is one of the 30,000 commonest English words."""
        if self._english is None:
            if self._lookups < LOOKUPS_BEFORE_LOAD:
                return self._row("SELECT 1 FROM english WHERE word = ?", word) is not None
            self._english = frozenset(w for (w,) in self._db().execute("SELECT word FROM english"))
        return word in self._english

    def _row(self, sql: str, key: str) -> tuple | None:
        """The row ``sql`` selects by the primary key ``key``, or None. A key that cannot
        be encoded (a lone surrogate) is in no table, whose keys are all UTF-8."""
        self._lookups += 1
        try:
            return self._db().execute(sql, (key,)).fetchone()
        except UnicodeEncodeError:
            return None

    def continent(self, cc: str) -> str:
        """GeoNames continent code (AF, AS, EU, NA, OC, SA, AN) of a country, or ''."""
        if self._continents is None:
            self._continents = {}
            try:
                with open(self._aux / "continents.csv", encoding="utf-8", newline="") as fh:
                    self._continents = {r["cc"]: r["continent"] for r in csv.DictReader(fh)}
            except (OSError, KeyError, csv.Error):
                pass  # an older data folder: regions then draw no support from countries
        return self._continents.get(cc, "")

    def region_countries(self, place_id: int) -> frozenset[str]:
        """ISO codes of the countries that make up or border a region or water with no
        country of its own ("Middle East", "Red Sea", "Africa"), or an empty set."""
        if self._region_countries is None:
            self.continent("")
            by_continent: dict[str, set[str]] = {}
            for cc, code in (self._continents or {}).items():
                by_continent.setdefault(code, set()).add(cc)
            table: dict[int, frozenset[str]] = {}
            try:
                with open(self._aux / "region_countries.csv", encoding="utf-8",
                          newline="") as fh:
                    for r in csv.DictReader(line for line in fh if not line.startswith("#")):
                        ccs = set(r["countries"].split())
                        for code in r["continents"].split():
                            ccs |= by_continent.get(code, set())
                        table[int(r["id"])] = frozenset(ccs)
            except (OSError, KeyError, ValueError, csv.Error):
                table = {}  # an older data folder: as above
            self._region_countries = table
        return self._region_countries.get(place_id, frozenset())

    def stats(self) -> dict[str, int]:
        """Row counts per place kind."""
        return dict(self._db().execute("SELECT kind, count(*) FROM places GROUP BY kind"))


def _uri(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(Path(path).resolve()))


_lock = threading.Lock()


@lru_cache(maxsize=4)
def _load_cached(path: str, user: str | None, _version: tuple[int, int]) -> Gazetteer:
    return Gazetteer(Path(path), Path(user) if user else None)


def load(
    path: str | os.PathLike[str] | None = None, *, user: str | os.PathLike[str] | None = None
) -> Gazetteer:
    """Open the gazetteer, with the user layer if there is one (cached per path and layer
    version; opening costs a few milliseconds).

    Parameters
    ----------
    path : a gazetteer folder or ``.sqlite`` file; default ``$GEO_GAZETTEER``, else the
        bundled data (:func:`geo.places.paths.gazetteer_path`).
    user : the user layer file, consulted when it exists; default
        :func:`geo.places.paths.user_places_path` (``$GEO_USER_PLACES``, ``$GEO_HOME``).
    """
    if path is None and user is None:
        target, layer_path = _default_paths(*(os.environ.get(k) for k in _PATH_VARS))
    else:
        target = str(Path(path)) if path is not None else str(gazetteer_path())
        layer_path = str(Path(user)) if user is not None else str(user_places_path())
    try:
        st = os.stat(layer_path)
        layer, version = layer_path, (st.st_mtime_ns, st.st_size)
    except OSError:
        layer, version = None, (0, 0)
    with _lock:
        return _load_cached(target, layer, version)


# The environment variables the default gazetteer and user layer are read from
# (geo.places.paths); the paths are derived once per set of their values, not per article.
_PATH_VARS = ("GEO_GAZETTEER", "GEO_DATA_DIR", "GEO_USER_PLACES", "GEO_HOME", "XDG_DATA_HOME",
              "HOME")


@lru_cache(maxsize=8)
def _default_paths(*_env: str | None) -> tuple[str, str]:
    return str(gazetteer_path()), str(user_places_path())
