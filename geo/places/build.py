"""Writing a gazetteer: the parts shared by the bundled build (scripts/build_gazetteer.py) and
``geo gazetteer build`` (:mod:`geo.places.geonames`).

Both hand their places and (key, place, flags) name rows to a :class:`GazetteerWriter`, which
indexes names without the Arabic article, merges the flags of repeated names, adds the word
tables, writes the name bitmap and moves the result into place only when everything worked.
"""

from __future__ import annotations

import json
import math
import sqlite3
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np

from geo.errors import GeoError
from geo.places.gazetteer import ABBREV, ALIAS, AREAS_SQL, BITS, CURATED, PRIMARY, USER
from geo.places.normalize import normalize_name

__all__ = [
    "ABBREV", "ALIAS", "ARABIC_COUNTRIES", "COLUMNS", "CURATED", "LICENCES", "PRIMARY", "USER",
    "GazetteerWriter", "add_area_table", "english_words", "name_bits", "number_in",
    "usable_alias",
]

# News drops the Arabic article ("Qamishli" for Al Qamishli): in these countries a name is
# also indexed without it.
ARABIC_COUNTRIES = frozenset(
    "SY IQ LB JO PS EG LY TN DZ MA SA YE OM AE QA KW BH SD MR".split()
)
COLUMNS = ("id", "name", "kind", "lon", "lat", "cc", "admin1_code", "admin1", "population",
           "fcode", "geonameid")
# What every gazetteer made here contains, whatever else was added.
LICENCES = (
    "GeoNames (geonames.org), CC BY 4.0: places, names, countries, admin codes",
    "Country State City database, ODbL 1.0: points of countries and admin-1 regions",
    "wordfreq data, CC BY-SA 4.0: which names are also English words",
    "airportsdata (data from mwgg/Airports), MIT: airports and air bases",
    "geo team overlay (curated.csv, demonyms.csv, not_places.csv): public domain",
)
WORDS_FILE = Path("/usr/share/dict/american-english")  # Debian wamerican (SCOWL)

SCHEMA = """
    PRAGMA page_size = 4096;
    CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
        lon REAL NOT NULL, lat REAL NOT NULL, cc TEXT NOT NULL, admin1_code TEXT NOT NULL,
        admin1 TEXT NOT NULL, population INTEGER NOT NULL, fcode TEXT NOT NULL,
        geonameid INTEGER);
    CREATE TABLE names (key TEXT NOT NULL, id INTEGER NOT NULL, flags INTEGER NOT NULL,
        PRIMARY KEY (key, id)) WITHOUT ROWID;
    CREATE TABLE countries (cc TEXT PRIMARY KEY, id INTEGER NOT NULL,
        neighbours TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE words (key TEXT PRIMARY KEY, zipf REAL NOT NULL,
        lowercase INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE demonyms (key TEXT PRIMARY KEY, cc TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE not_places (key TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE TABLE english (word TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE names_raw (key TEXT NOT NULL, id INTEGER NOT NULL, flags INTEGER NOT NULL);
"""
# Bit-or of the flags of repeated (key, id) rows, in plain SQL (flags are bits 1..16).
_OR_FLAGS = " | ".join(f"max(flags & {b})" for b in (1, 2, 4, 8, 16))


def usable_alias(alias: str) -> bool:
    """Keep aliases an English text could contain; drop airport codes and other scripts."""
    if len(alias) < 2 or len(alias) > 60:
        return False
    if alias.isupper() and len(alias) <= 4 and "." not in alias:
        return False  # IATA/ICAO codes such as "DAM", "ALP"
    key = normalize_name(alias)
    if not key or not any(c.isalpha() for c in key):
        return False
    # Non-Latin scripts normalise to nothing; transliterations with digits are rare noise.
    latin = sum(ch.isascii() for ch in alias if ch.isalpha())
    letters = sum(ch.isalpha() for ch in alias)
    return letters > 0 and latin / letters > 0.6


def english_words(
    present: Callable[[set[str]], set[str]] | None = None,
) -> dict[str, tuple[float, int]] | None:
    """Name keys that are English words: key -> (Zipf frequency, is a lowercase word), for
    every word of wordfreq's top 100,000 and Debian's word list with Zipf >= 3; None when
    wordfreq is not installed (``pip install wordfreq``).

    ``present`` (which of these keys are names) limits the work to names; the
    :class:`GazetteerWriter` passes one when ``words`` is this function.
    """
    try:
        from wordfreq import top_n_list, zipf_frequency
    except ImportError:
        return None
    try:
        with open(WORDS_FILE, encoding="utf-8") as fh:
            dict_words = [w.strip() for w in fh if w.strip()]
    except OSError:
        dict_words = []
    lower_words = {w for w in dict_words if w[:1].islower()}
    words: dict[str, tuple[float, int]] = {}
    # Keyed by the normalised form, so that a text word whose key collides with a name
    # ("Letter" -> "leter") is still seen as a word.
    keyed = {word: normalize_name(word) for word in {*dict_words, *top_n_list("en", 100_000)}}
    names = present(set(keyed.values())) if present is not None else None
    for word, key in keyed.items():
        if names is not None and key not in names:
            continue
        z = zipf_frequency(word, "en")
        if z >= 3.0:
            old = words.get(key, (0.0, 0))
            words[key] = (max(old[0], z), old[1] | int(word.lower() in lower_words))
    return words


def common_english(lower_words: set[str]) -> list[str]:
    """The commonest 30,000 English words that are ordinary lowercase words."""
    from wordfreq import top_n_list

    return sorted(w for w in top_n_list("en", 30_000) if w in lower_words and w.isalpha())


def name_bits(keys: Iterable[str]) -> np.ndarray:
    """The prefilter bitmap: one bit per CRC-32 slot (``BITS`` bits) of every name key."""
    bits = np.zeros(1 << (BITS - 3), dtype=np.uint8)
    mask = (1 << BITS) - 1
    batch: list[int] = []

    def flush() -> None:
        h = np.array(batch, dtype=np.uint32)
        np.bitwise_or.at(bits, h >> 3, (1 << (h & 7)).astype(np.uint8))
        batch.clear()

    for key in keys:
        batch.append(zlib.crc32(key.encode("utf-8")) & mask)
        if len(batch) >= 1 << 16:
            flush()
    if batch:
        flush()
    return bits


class GazetteerWriter:
    """Write one gazetteer file: places, names, word tables, meta and the name bitmap.

    Parameters
    ----------
    path : the (temporary) SQLite file to create.

    Use :meth:`places` and :meth:`names` in any order, then :meth:`finish`.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if self.path.exists():
            self.path.unlink()
        self.db = sqlite3.connect(self.path)
        self.variants = 0
        """Rows of the spelling-variant table written by :meth:`finish`."""
        self.db.executescript(SCHEMA)

    def places(self, rows: Iterable[tuple | dict[str, Any]]) -> None:
        """Add place rows, as tuples in ``COLUMNS`` order or dicts with those keys."""
        self.db.executemany(
            f"INSERT INTO places VALUES ({','.join('?' * len(COLUMNS))})",
            (tuple(r[c] for c in COLUMNS) if isinstance(r, dict) else r for r in rows),
        )

    def names(self, rows: Iterable[tuple[str, int, int]]) -> None:
        """Add (normalised key, place id, flags) rows; repeats merge their flags."""
        self.db.executemany("INSERT INTO names_raw VALUES (?,?,?)", rows)

    def check_points(self) -> None:
        """Every place has a finite point on the globe."""
        for row in self.db.execute("SELECT id, name, lon, lat FROM places"):
            if not (math.isfinite(row[2]) and math.isfinite(row[3])
                    and -180 <= row[2] <= 180 and -90 <= row[3] <= 90):
                raise GeoError(f"bad point for place {row[0]} {row[1]!r}: {row[2]}, {row[3]}")

    def finish(
        self,
        *,
        words: dict[str, tuple[float, int]] | Iterable[tuple[str, float, int]]
        | Callable[[Callable[[set[str]], set[str]]], dict[str, tuple[float, int]] | None],
        demonyms: Iterable[tuple[str, str]],
        not_places: Iterable[str],
        english: Iterable[str],
        countries: Iterable[tuple[str, int, str]],
        meta: dict[str, str] | None = None,
        bits_file: Path | None = None,
        continents: dict[str, str] | None = None,
    ) -> dict[str, str]:
        """Index the names, add the tables, VACUUM and close; write the bitmap to
        ``bits_file`` (a temporary .npy path), or into the file's ``name_bits`` table when
        None; with ``continents`` (ISO code -> GeoNames continent), the spelling-variant
        table (:func:`geo.places.variants.add_variant_table`). Returns the meta table."""
        db = self.db
        arabic = ",".join(f"'{cc}'" for cc in sorted(ARABIC_COUNTRIES))
        db.execute(
            "INSERT INTO names_raw SELECT substr(n.key, 4), n.id, ? FROM names_raw n "
            f"JOIN places p ON p.id = n.id WHERE p.cc IN ({arabic}) "
            "AND substr(n.key, 1, 3) = 'al ' AND length(n.key) >= 7", (ALIAS,))
        db.execute(
            f"INSERT INTO names SELECT key, id, {_OR_FLAGS} FROM names_raw "
            "WHERE key != '' AND id IN (SELECT id FROM places) GROUP BY key, id ORDER BY key, id")
        db.execute("DROP TABLE names_raw")
        if callable(words):
            words = words(self._present) or {}
        db.execute("CREATE TABLE words_all (key TEXT PRIMARY KEY, zipf REAL, lc INTEGER)")
        db.executemany("INSERT OR REPLACE INTO words_all VALUES (?,?,?)",
                       ((k, z, lc) for k, (z, lc) in words.items())
                       if isinstance(words, dict) else words)
        db.execute("INSERT INTO words SELECT w.key, w.zipf, w.lc FROM words_all w "
                   "WHERE EXISTS (SELECT 1 FROM names n WHERE n.key = w.key) ORDER BY w.key")
        db.execute("DROP TABLE words_all")
        db.executemany("INSERT OR REPLACE INTO demonyms VALUES (?,?)", sorted(demonyms))
        db.executemany("INSERT OR IGNORE INTO not_places VALUES (?)",
                       sorted((k,) for k in not_places if k))
        db.executemany("INSERT OR IGNORE INTO english VALUES (?)", ((w,) for w in english))
        db.executemany("INSERT INTO countries VALUES (?,?,?)", sorted(countries))
        add_area_table(db)
        counts = dict(db.execute("SELECT kind, count(*) FROM places GROUP BY kind").fetchall())
        n_places = db.execute("SELECT count(*) FROM places").fetchone()[0]
        n_names = db.execute("SELECT count(*) FROM names").fetchone()[0]
        longest = db.execute("SELECT key FROM names ORDER BY length(key) - "
                             "length(replace(key, ' ', '')) DESC LIMIT 1").fetchone()
        out = {
            "places": str(n_places), "names": str(n_names), "counts": json.dumps(counts),
            "max_tokens": str(len(longest[0].split()) if longest else 1),
            **(meta or {}),
        }
        db.executemany("INSERT INTO meta VALUES (?,?)", sorted(out.items()))
        bits = name_bits(k for (k,) in db.execute("SELECT DISTINCT key FROM names"))
        if bits_file is None:
            db.execute("CREATE TABLE name_bits (bits BLOB NOT NULL)")
            db.execute("INSERT INTO name_bits VALUES (?)", (bits.tobytes(),))
        db.commit()
        if continents is not None:
            from geo.places.variants import add_variant_table

            self.variants = add_variant_table(db, continents)
        db.execute("VACUUM")
        db.close()
        if bits_file is not None:
            with open(bits_file, "wb") as fh:
                np.save(fh, bits)
        return out

    def _present(self, keys: set[str]) -> set[str]:
        """Which of these keys are names (after the names are indexed)."""
        self.db.execute("CREATE TEMP TABLE probe (key TEXT PRIMARY KEY) WITHOUT ROWID")
        self.db.executemany("INSERT INTO probe VALUES (?)", ((k,) for k in keys))
        found = {k for (k,) in self.db.execute(
            "SELECT key FROM probe WHERE EXISTS (SELECT 1 FROM names n WHERE n.key = probe.key)")}
        self.db.execute("DROP TABLE probe")
        return found

    def close(self) -> None:
        """Close without finishing (after an error)."""
        self.db.close()


def add_area_table(db: sqlite3.Connection) -> int:
    """Fill table ``areas`` with the admin-1 rows and capitals, in the order the lookups
    read them (``gazetteer.AREAS_SQL``): a few thousand rows, which spare every process a
    scan of the whole places table on its first lookup. Returns the number of rows."""
    db.execute("CREATE TABLE IF NOT EXISTS areas (cc TEXT NOT NULL, admin1_code TEXT NOT NULL, "
               "id INTEGER NOT NULL, kind TEXT NOT NULL)")
    db.execute("DELETE FROM areas")
    db.execute(f"INSERT INTO areas {AREAS_SQL}")
    return db.execute("SELECT count(*) FROM areas").fetchone()[0]


def number_in(text: str, lo: float, hi: float) -> float | None:
    """``text`` as a finite number within [lo, hi], else None (a GeoNames or user CSV cell)."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and lo <= value <= hi else None
