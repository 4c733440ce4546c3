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
