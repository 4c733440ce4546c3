"""Facts about a name key that hold whatever the text around it, kept for the whole process.

A news stream names the same places, people and capitalised words article after article:
whether a key names a place is the same answer in every text. The mention finder asks one
table per gazetteer for a whole text's keys at once (``map(dict.get, keys)`` runs in C) and
works out only the keys it has not met before, with the name bitmap read from Python (a
numpy call costs more than the few keys a text adds) and SQLite for the keys the bitmap lets
through. The table is emptied once it holds :data:`MAX_ENTRIES` keys, so memory stays flat
on a long stream of texts.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence

from geo.places.gazetteer import Gazetteer, key_slot

__all__ = ["MAX_ENTRIES", "clear_caches", "place_keys", "place_test"]

MAX_ENTRIES = 200_000
"""Keys the table holds before it is emptied."""


class _Table:
    """The answers for one gazetteer, and its name bitmap as a memoryview (Python ints)."""

    __slots__ = ("places", "bits")

    def __init__(self, gaz: Gazetteer) -> None:
        self.places: dict[str, bool] = {}
        self.bits = memoryview(gaz._bits)  # noqa: SLF001 (same package; read-only use)


# A gazetteer (re)loaded with another user layer is another object, with a table of its own.
_tables: weakref.WeakKeyDictionary[Gazetteer, _Table] = weakref.WeakKeyDictionary()


def _table(gaz: Gazetteer) -> _Table:
    table = _tables.get(gaz)
    if table is None:
        table = _tables[gaz] = _Table(gaz)
    elif len(table.places) >= MAX_ENTRIES:
        table.places.clear()
    return table


def place_keys(gaz: Gazetteer, keys: Sequence[str]) -> list[bool]:
    """Whether each key is a gazetteer name with at least one place.

    Parameters
    ----------
    gaz : the gazetteer.
    keys : normalised name keys (``normalize_name``), repeats allowed.

    Returns
    -------
    One bool per key: ``gaz.known([key])[0] and bool(gaz.candidates(key))``.
    """
    table = _table(gaz)
    known = table.places
    found = list(map(known.get, keys))
    if None in found:  # keys not met before (a few per text)
        bits = table.bits
        new: dict[str, bool] = {}
        for key, hit in zip(keys, found):
            if hit is None and key not in new:
                slot = key_slot(key)  # Gazetteer.known of one key
                new[key] = bool(bits[slot >> 3] >> (slot & 7) & 1) and bool(gaz.candidates(key))
        known.update(new)
        found = [new[k] if hit is None else hit for k, hit in zip(keys, found)]
    return found


def place_test(gaz: Gazetteer) -> Callable[[str], bool]:
    """A function telling whether one key is a gazetteer name with at least one place (as
    :func:`place_keys`), for the many single questions of one text."""
    known = _table(gaz).places

    def is_place(key: str) -> bool:
        hit = known.get(key)
        return hit if hit is not None else place_keys(gaz, [key])[0]

    return is_place


def clear_caches() -> None:
    """Forget every answer (for cold-start measurements)."""
    _tables.clear()
