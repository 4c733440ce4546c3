"""Spelling variants of place names: transliteration-aware keys and a bounded fuzzy match.

News spells the same Arabic, Somali, Amharic or Pashto name several ways: French "ou" for
"u" (Tajoura, Tarhouna), Somali "c" for the ayn and doubled vowels (Laas Caanood for Las
Anod), a final "e" (Ed Damazine for Ad-Damazin), e/i and o/u (Kassala/Kasala, Hodeidah/
Hudaydah), the article written or not, words run together or apart. :func:`loose_key` folds
all of these into one key. The gazetteer build stores the loose key of every name
(:func:`add_variant_table`); the mention finder looks a capitalised name it does not know up
by its loose key when the words around it say it is a place ("in X", "X camp", "the town of
X"), and, failing that, by a fuzzy match (:func:`fuzzy_keys`, rapidfuzz) among names that
share its first letters. Either way the resolver ranks the candidates below exact names and
says so in the reason.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from functools import lru_cache

from geo.places.normalize import single_letters

__all__ = ["FUZZY", "FUZZY_MIN", "VARIANT", "add_user_variant_table", "add_variant_table",
           "clear_caches", "fuzzy_keys", "loose_key", "variant_ids"]

_SUBS = (
    ("ou", "u"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"),
    ("sh", "s"), ("ch", "s"), ("ck", "k"), ("q", "k"), ("x", "h"), ("j", "y"), ("w", "u"),
    ("z", "s"), ("c", "k"),
)
_VOWELS = str.maketrans({"e": "i", "o": "u", "y": "i"})
# Somali writes the ayn as "c" before a vowel ("Caanood", "Ceerigaabo"): it goes, as the
# apostrophe of "Sana'a" does.
_AYN = re.compile(r"(?:^|(?<=[aeiou ]))c(?=[aeiou])")
_FINAL_E = re.compile(r"(?<=[^aeiou])e\b")
FUZZY_MIN = 92.0
"""Least rapidfuzz ratio (0-100) for a fuzzy match of a loose key."""


@lru_cache(maxsize=65536)
def loose_key(key: str) -> str:
    """Fold a normalised name key (``geo.places.normalize.normalize_name``) to its loose key.

    >>> loose_key("tajoura") == loose_key("tajura")
    True
    >>> loose_key("las canod") == loose_key("las anod")
    True
    >>> loose_key("al damazine") == loose_key("al damazin")
    True
    """
    words = [w for w in key.split() if w != "al"] or key.split()
    s = _FINAL_E.sub("", _AYN.sub("", " ".join(words)))
    for a, b in _SUBS:
        s = s.replace(a, b)
    s = s.translate(_VOWELS).replace(" ", "")
    return single_letters(s)


def _hash(loose: str) -> int:
    return zlib.crc32(loose.encode()) & 0x7FFFFFFF


# Countries whose names reach English through transliteration: Africa and Asia (by GeoNames
# continent), and Europe's Cyrillic-, Greek- and Albanian-script countries.
TRANSLITERATED_CONTINENTS = frozenset({"AF", "AS"})
TRANSLITERATED_COUNTRIES = frozenset("RU UA BY MD GE AM AZ RS BA MK BG GR AL XK ME".split())


def transliterated(continent: str, cc: str) -> bool:
    """Whether names of this country reach English through transliteration."""
    return continent in TRANSLITERATED_CONTINENTS or cc in TRANSLITERATED_COUNTRIES


def add_user_variant_table(db: sqlite3.Connection) -> int:
    """(Re)build a user layer's ``variants`` table: every name of four letters or more,
    whatever its country (the user added the place to have it found). Returns the rows."""
    db.execute("DROP TABLE IF EXISTS variants")
    db.execute("CREATE TABLE variants (h INTEGER NOT NULL, id INTEGER NOT NULL, "
               "PRIMARY KEY (h, id)) WITHOUT ROWID")
    db.executemany("INSERT OR IGNORE INTO variants VALUES (?, ?)", [
        (_hash(loose_key(k)), i) for k, i in db.execute("SELECT key, id FROM names").fetchall()
        if len(k) >= 4])
    return db.execute("SELECT count(*) FROM variants").fetchone()[0]


def add_variant_table(db: sqlite3.Connection, continents: dict[str, str]) -> int:
    """(Re)build the ``variants`` table: (31-bit hash of the loose key, place id) for every
    name of four letters or more of a place in a country whose names are transliterated
    (``continents``: ISO code -> GeoNames continent). Returns the number of rows.

    Only the hash is stored (the table stays a few MB); a chance collision of two loose keys
    (about 1 in 3,000 lookups) can only add a candidate, which the resolver ranks as a
    variant below exact names."""
    db.execute("DROP TABLE IF EXISTS variants")
    db.execute("CREATE TABLE variants (h INTEGER NOT NULL, id INTEGER NOT NULL, "
               "PRIMARY KEY (h, id)) WITHOUT ROWID")
    wanted = {cc for cc, c in continents.items() if c in TRANSLITERATED_CONTINENTS}
    wanted |= TRANSLITERATED_COUNTRIES
    # Streamed in batches (a full GeoNames dump has millions of names): memory stays flat.
    reader = db.execute("SELECT n.key, n.id, p.cc FROM names n JOIN places p ON p.id = n.id")
    writer = db.cursor()
    while batch := reader.fetchmany(100_000):
        writer.executemany("INSERT OR IGNORE INTO variants VALUES (?, ?)", [
            (_hash(loose_key(k)), i) for k, i, cc in batch if len(k) >= 4 and cc in wanted])
    db.commit()
    return db.execute("SELECT count(*) FROM variants").fetchone()[0]


VARIANT = "~"
"""Marks a mention key that is a loose key (a name known by another spelling)."""
FUZZY = "≈"
"""Marks a mention key that is the gazetteer key a fuzzy match found."""


def variant_ids(db: sqlite3.Connection, key: str, loose: bool = False) -> list[int]:
    """Ids of the places with a name whose loose key is that of ``key`` (or is ``key``,
    with ``loose``); none when the gazetteer has no ``variants`` table. The mention finder
    and the resolver ask about the same name: the answer is cached."""
    loose_form = key if loose else loose_key(key)
    if len(loose_form) < 4:
        return []
    return list(_ids_of(db, loose_form))


@lru_cache(maxsize=16384)
def _ids_of(db: sqlite3.Connection, loose: str) -> tuple[int, ...]:
    h = _hash(loose)
    try:
        rows = db.execute("SELECT id FROM variants WHERE h = ?", (h,)).fetchall()
    except sqlite3.OperationalError:  # a gazetteer built before variants existed
        rows = []
    if _user_variants(db):  # the user layer's, when one is attached
        rows += db.execute("SELECT id FROM u.variants WHERE h = ?", (h,)).fetchall()
    return tuple(i for (i,) in rows)


@lru_cache(maxsize=8)
def _user_variants(db: sqlite3.Connection) -> bool:
    try:
        return bool(db.execute("SELECT 1 FROM u.sqlite_master WHERE name = 'variants'")
                    .fetchone())
    except sqlite3.OperationalError:  # no user layer attached
        return False


@lru_cache(maxsize=4096)
def _near_keys(db: sqlite3.Connection, prefix: str, lo: int, hi: int) -> tuple[str, ...]:
    return tuple(k for (k,) in db.execute(
        "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? AND length(key) BETWEEN ? "
        "AND ?", (prefix, prefix + "\uffff", lo, hi)))


@lru_cache(maxsize=64)
def _reachable_lengths(n: int) -> tuple[int, int]:
    """Least and greatest length, within two of ``n``, of a key that can reach
    :data:`FUZZY_MIN` against a key of ``n`` characters. The ratio is 100 * (1 - d / (n + m))
    for a distance d of at least |n - m|: a short key reaches it only at its own length or
    one more ("tajura" and "tajoura"), the others are left out before rapidfuzz, and before
    Python reads them."""
    fits = [m for m in range(n - 2, n + 3)
            if 100 * (n + m - abs(n - m)) >= FUZZY_MIN * (n + m)]
    return fits[0], fits[-1]


def fuzzy_keys(db: sqlite3.Connection, key: str, limit: int = 3) -> list[tuple[str, float]]:
    """Name keys close to ``key`` (rapidfuzz ratio >= :data:`FUZZY_MIN`) among the names
    that share its first three letters and about its length. Spellings the loose key folds
    together are :func:`variant_ids`' business; this catches the rest ("Kampungu")."""
    from rapidfuzz import fuzz, process  # noqa: PLC0415 (only for unknown names)

    if len(key) < 5:
        return []
    near = _near_keys(db, key[:3], *_reachable_lengths(len(key)))
    if not near:
        return []
    hits = process.extract(key, near, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN, limit=limit)
    return [(near[i], score) for _, score, i in hits]


def clear_caches() -> None:
    """Forget the lookups cached so far (for cold-start measurements)."""
    _ids_of.cache_clear()
    _near_keys.cache_clear()
    loose_key.cache_clear()
    _user_variants.cache_clear()
