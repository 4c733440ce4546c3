"""Round six of the events stage's fast paths: each gives the answers of the form it replaces.

The fast form must agree with the plain one (the code as written before) on random text built
from the words that matter.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events import unlisted
from geo.prefilter import word_start


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
