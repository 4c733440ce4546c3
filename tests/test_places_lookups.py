"""Look-ups of names the process has not met: the same answers by a shorter road."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz, process

from geo.places import load
from geo.places.variants import FUZZY_MIN, _near_keys, _reachable_lengths, fuzzy_keys


@pytest.mark.parametrize("n", range(5, 40))
def test_reachable_lengths_are_those_rapidfuzz_can_pass(n: int) -> None:
    # The best a key of m characters can do against one of n is a distance of |n - m|.
    lo, hi = _reachable_lengths(n)
    for m in range(n - 2, n + 3):
        best = fuzz.ratio("a" * n, "a" * min(n, m) + "b" * max(0, m - n))
        assert (best >= FUZZY_MIN) == (lo <= m <= hi), (n, m, best)


def _plain_fuzzy_keys(db, key: str, limit: int = 3) -> list[tuple[str, float]]:
    """fuzzy_keys as first written: every name within two characters of the length."""
    near = _near_keys(db, key[:3], len(key) - 2, len(key) + 2)
    hits = process.extract(key, near, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN, limit=limit)
    return [(near[i], score) for _, score, i in hits]


@pytest.mark.parametrize("key", ["kampungu", "tarhuna", "tajoura", "kasala", "mogadisho",
                                 "ad damazine", "zaporizhzhya", "khan yunus", "alepo",
                                 "severodonetsk", "krmatorsk", "bakhmutt", "al fashir"])
def test_fuzzy_keys_as_over_the_whole_window(key: str) -> None:
    db = load()._db()
    assert fuzzy_keys(db, key) == _plain_fuzzy_keys(db, key)
    assert fuzzy_keys(db, key, limit=20) == _plain_fuzzy_keys(db, key, limit=20)



class _WithoutAreas:
    """A connection to a file as older builds wrote it: no table areas."""

    def __init__(self, db) -> None:
        self.db = db

    def execute(self, sql, *args):
        if "FROM areas" in sql:
            import sqlite3

            raise sqlite3.OperationalError("no such table: areas")
        return self.db.execute(sql, *args)


@pytest.mark.parametrize("stored", [True, False])
def test_admin1_and_capitals_from_the_stored_table_match_a_scan_of_the_places(stored):
    """The bundled file stores the admin-1 rows and capitals (table areas, written by
    geo.places.build); a file without that table scans its places: the same answers."""
    from geo.places.gazetteer import AREAS_SQL, Gazetteer, default_data_dir

    gaz = Gazetteer(default_data_dir())
    db = gaz._db()
    assert db.execute("SELECT cc, admin1_code, id, kind FROM areas ORDER BY rowid"
                      ).fetchall() == db.execute(AREAS_SQL).fetchall()
    if not stored:
        gaz._local.db = _WithoutAreas(db)
    aleppo, = [p for p in gaz.lookup("Aleppo") if p.kind == "city"]
    region = gaz.admin1_of(aleppo)
    assert (region.kind, region.country_code, region.admin1_code) == (
        "admin1", "SY", aleppo.admin1_code)
    assert gaz.capital("SY").name == "Damascus" and gaz.capital("US").name == "Washington"
