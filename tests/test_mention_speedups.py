"""The shortcuts of mention finding give the answers of the forms they replace."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.places.normalize import _DOUBLED, single_letters
from geo.places.unknown import (
    _LISTED_AFTER,
    _PLACE_NOUN_BEFORE,
    _STRONG_BEFORE,
    _may_say_place,
)
from geo.places.usage import (
    _VESSEL_BEFORE,
    _VESSEL_WORDS,
    PLACE_WORDS_BEFORE,
    _after_place_words,
    _vessel_ends,
)

# Words before a name: the place words of the four patterns in several cases, words that end
# like them, and the letters IGNORECASE folds onto ASCII ones.
_BEFORE_WORDS = [
    "in", "IN", "Into", "near", "toward", "towards", "Towards", "fled", "from", "to", "of", "Of",
    "withdrew", "returned", "struck", "STRUCK", "captured", "town", "and", "or", "Or", ",",
    "Berlin", "ſtruck", "İn", "ın", "ınto", "\u212aarkiv", "attac\u212aed", "within", "bin",
    "Tarhouna", "town of", "City OF", "withdrew from", "fled to", "fled  to", "and Tajoura,", "é",
    "outside", "Around", "reached", "entered", "seized", "recaptured", " ", "  ", "\n", "\t", "-",
    "\u2003", "\x1c",
]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_WORDS), max_size=6), st.sampled_from(_BEFORE_WORDS),
       st.sampled_from([" ", "", "\n", "  "]), st.sampled_from([" ", "", "-", "\n "]))
def test_words_before_shortcut_skips_only_what_no_pattern_matches(
        words: list[str], last: str, sep: str, gap: str) -> None:
    text = sep.join([*words, last]) + gap + "Name"
    start = len(text) - 4
    before = text[max(0, start - 24) : start]
    if not _may_say_place(before):
        assert not _STRONG_BEFORE.search(text, max(0, start - 12), start)
        assert not _PLACE_NOUN_BEFORE.search(before)
        assert not _LISTED_AFTER.search(before)
        assert not PLACE_WORDS_BEFORE.search(text, max(0, start - 20), start)


@pytest.mark.parametrize("before", [
    "fighting in ", "the town of ", "Tajoura, ", "Tajoura and ", "Tajoura or ", "withdrew from ",
    "fled to ", "troops entered ", "shelled\n", "moved towards  ", "İn ", "ſhelled ",
])
def test_words_before_shortcut_keeps_the_place_words(before: str) -> None:
    assert _may_say_place(before)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aabzZ-1 éß", max_size=12))
def test_single_letters_is_the_template_substitution(text: str) -> None:
    assert single_letters(text) == _DOUBLED.sub(r"\1", text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_WORDS), max_size=6), st.sampled_from(_BEFORE_WORDS),
       st.sampled_from([" ", "", "\n", "  "]), st.sampled_from([" ", "", "-", "\n "]))
def test_place_words_test_is_the_search(words: list[str], last: str, sep: str,
                                        gap: str) -> None:
    text = sep.join([*words, last]) + gap + "Name"
    start = len(text) - 4
    assert _after_place_words(text, start) == bool(
        PLACE_WORDS_BEFORE.search(text, max(0, start - 12), start))


_SHIP_WORDS = ["tanker", "ship", "Ship", "warship", "relationship", "shipping", "carrier",
               "ferry", "ferrying", "the", "cargo", "dhow", "vessel-class", "yachts", "tug"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SHIP_WORDS), st.sampled_from(
    [" ", "  ", "\n", "-", "", ", "])), max_size=8))
def test_vessel_ends_hold_every_name_after_a_ship(words) -> None:
    text = "".join(w + gap for w, gap in words) + "Marlin Luanda"
    ends = _vessel_ends(text)
    assert ends == frozenset(m.end() for m in _VESSEL_WORDS.finditer(text))
    for start in range(len(text)):  # where a name (a word: no white space first) starts
        if not text[start].isspace() and _VESSEL_BEFORE.search(text, max(0, start - 18), start):
            assert start in ends
