"""The per-process table of which keys name a place (geo.places.wordfacts)."""

from __future__ import annotations

import pytest

from geo.places import load, wordfacts
from geo.places.mentions import extract_mentions

KEYS = ["syria", "paris", "he", "the", "kabul", "al raqa", "zzqx", "new york", "united states",
        "lloyd austin", "x", "", "syria", "white house"]


def _plain(gaz, key: str) -> bool:
    return bool(gaz.known([key])[0]) and bool(gaz.candidates(key))


@pytest.mark.parametrize("first", [True, False])
def test_place_keys_is_bitmap_and_candidates(first: bool) -> None:
    gaz = load()
    if first:
        wordfacts.clear_caches()  # every key new: the bitmap path
    assert wordfacts.place_keys(gaz, KEYS) == [_plain(gaz, k) for k in KEYS]
    is_place = wordfacts.place_test(gaz)
    assert [is_place(k) for k in KEYS] == [_plain(gaz, k) for k in KEYS]


def test_table_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    gaz = load()
    wordfacts.clear_caches()
    monkeypatch.setattr(wordfacts, "MAX_ENTRIES", 5)
    for n in range(40):
        keys = [f"name{n}x{k}" for k in range(3)] + ["syria"]
        assert wordfacts.place_keys(gaz, keys) == [_plain(gaz, k) for k in keys]
        assert len(wordfacts._table(gaz).places) <= 5 + len(keys)  # emptied when full
    wordfacts.clear_caches()


def test_mentions_same_cold_and_warm() -> None:
    gaz = load()
    text = ("Fighting in Kabul and Kandahar; Lloyd Austin said the U.S.-backed forces left "
            "Raqqa. New York, Paris and the White House reacted.")
    wordfacts.clear_caches()
    cold = extract_mentions(text, gaz)
    assert extract_mentions(text + " ", gaz) == cold
