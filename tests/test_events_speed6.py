"""Round six of the events stage's fast paths: each gives the answers of the form it replaces.

The fast form must agree with the plain one (the code as written before) on random text built
from the words that matter.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events import dates, unlisted
from geo.prefilter import Anchored, after_non_word, lookahead, word_start


def _flat(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words before a cue as they were written: one alternative per word."""
    return re.compile(word_start(sorted(words, key=len, reverse=True)) + r"\Z")


_MOVED, _FOUGHT = _flat(unlisted._MOVED_WORDS), _flat(unlisted._FOUGHT_WORDS)
_PIECES = sorted({p for w in (*unlisted._MOVED_WORDS, *unlisted._FOUGHT_WORDS)
                  for p in w.split()} | {"x", "un", "Troops", "-", "The", "BATTLE", "on", "by"})


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=6), st.sampled_from([" ", "", "-"]),
       st.integers(0, 45))
def test_words_before_a_cue_match_as_one_alternative_each(words: list[str], sep: str,
                                                          back: int) -> None:
    text = sep.join(words)
    for fast, plain in ((unlisted._MOVED_BEFORE, _MOVED), (unlisted._FOUGHT_BEFORE, _FOUGHT)):
        for end in range(len(text) + 1):
            a, b = (p.search(text, max(0, end - back), end) for p in (fast, plain))
            assert (a and a.span()) == (b and b.span())


def test_every_word_before_a_cue_matches() -> None:
    for words, fast in ((unlisted._MOVED_WORDS, unlisted._MOVED_BEFORE),
                        (unlisted._FOUGHT_WORDS, unlisted._FOUGHT_BEFORE)):
        for w in words:
            text = "They " + w
            assert fast.search(text, max(0, len(text) - 40)).group() == w


_UNGUARDED = "(?:" + dates._PREFIX + r"\s*)?" + dates._DATE_FORMS  # (as it was written)
_DATES = re.compile(r"\W" + (lookahead(_UNGUARDED, 3) or "") + _UNGUARDED)
_DATE_WORDS = ["in", "on", "In", "since", "early", "late", "mid-", "the", "next", "day", "May",
               "may", "5", "12th", "2023", "1999,", "to", "-", "March", "Monday", "night", "ago",
               "three", "days", "later", "same", "evening", "of", "last", "week", "2024-05-20",
               "yesterday", "x.", "\n", "ſince", "İn"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=14), st.sampled_from([" ", ", ", "  "]))
def test_dates_found_where_their_forms_may_start(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert [(a, b, m.groupdict()) for m, a, b in after_non_word(dates._DATE_RE, text)] == [
        (a, b, m.groupdict()) for m, a, b in after_non_word(_DATES, text)]


_PLACE_WORDS = ["Abu", "Shouk", "camp", "refugee", "the", "town", "of", "Kuriga", "Tungan",
                "Kara", "village", "a", "A", "Kyiv", "International", "Airport", "al-Anad", "Air",
                "Base", "Calueque", "dam", "Iron", "and", "Steel", "Works", "neighbourhood",
                "district", ",", "-", "\n", "Éire", "1st"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_WORDS), max_size=14), st.sampled_from([" ", "  ", ""]))
def test_anchored_kinds_tried_where_a_match_may_start(words: list[str], sep: str) -> None:
    # (each tried only where the first characters of its pattern stand)
    text = sep.join(words)
    for _, fast in unlisted._UNLISTED_BRANCHES:
        if isinstance(fast, Anchored):
            assert fast.firsts is not None
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in fast.pattern.finditer(text)]
