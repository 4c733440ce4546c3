"""Round five of the events stage's fast paths: each gives the answers of the form it replaces.

The fast form must agree with the plain one (the code as written before) on random text built
from the words that matter, and on the development articles.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events import triggers
from geo.events.extract import extract_events
from geo.events.sentences import split_sentences

_TEXT_WORDS = ["Killed", "dead", "İ", "\u212aill", "ſhelled", "drones", "x.", "Wounded.", "\n",
               "the", "strikes", "in", "took", "They", "fighters", "attacked", "fell", "taking",
               "fall", "of", "Aleppo", "Kharkiv", "was", "captured", "by", "rebels", "fled",
               "to", "met", "talks", "said", "on", "Monday", "shells", "company"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_WORDS), max_size=18), st.sampled_from([" ", ". "]),
       st.booleans())
def test_no_trigger_where_none_may_be(words: list[str], sep: str, weak: bool) -> None:
    text = sep.join(words)
    previous = "Taliban fighters entered Kandahar."
    for a, b in split_sentences(text):
        sentence = text[a:b]
        if not triggers.may_hold_trigger(sentence, weak):
            # whatever the names skipped and the sentence before
            names = [(m.start(), m.end()) for m in triggers.WORD.finditer(sentence)]
            for skip in ([], names[:1], names):
                for before in ("", previous):
                    assert triggers.find_triggers(sentence, skip, weak, before) == []


_DEV = Path("/work/shared/events-dev/articles")


@pytest.mark.skipif(not _DEV.is_dir(), reason="no development articles here")
def test_texts_without_triggers_give_no_events_at_once() -> None:
    # the texts the fast path answers at once, which the plain path also finds nothing in
    texts = [p.read_text() for p in sorted(_DEV.glob("*.txt"))]
    texts += ["Shares rose in London on Monday. The company said profits fell."[:31],
              "The weather was mild. Officials met in Geneva."]
    pub = dt.date(2024, 5, 20)
    for text in texts:
        sentences = split_sentences(text)
        hints = triggers.weak_hints(text)
        if not any(triggers.may_hold_trigger(text[a:b], triggers.hint_between(hints, a, b))
                   for a, b in sentences):
            assert extract_events(text, [], published=pub) == []
            assert all(triggers.find_triggers(text[a:b], [], True, "") == []
                       for a, b in sentences)


def test_lazy_patterns_answer_as_compiled_ones() -> None:
    import importlib
    import pkgutil
    import re

    import geo.events
    from geo.lazy_regex import LazyPattern, lazy

    found = 0
    for info in pkgutil.walk_packages(geo.events.__path__, "geo.events."):
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, LazyPattern):
                found += 1
                plain = re.compile(value.pattern, value.flags)
                assert value.compiled().pattern == plain.pattern
                assert value.compiled().flags == plain.flags
    assert found > 100
    fresh = lazy(r"(?P<w>k\w+)", re.I)
    assert "_compiled" not in vars(fresh)  # not compiled until used
    text = "They KILLED two; kids killed none"
    assert [m.span() for m in fresh.finditer(text)] == [(5, 11), (17, 21), (22, 28)]
    assert fresh.search(text, 6).group("w") == "kids" and fresh.groupindex == {"w": 1}
    assert fresh.sub("x", text) == re.sub(r"k\w+", "x", text, flags=re.I)


_STORY = ("Gunmen attacked Kwanar Dutse on Monday, killing 12 people.\n\nThe next day, troops "
          "deployed to the area. In March 2023, residents had fled. Officials said nothing "
          "more. The town of Kuriga was calm on Friday.")


@pytest.mark.parametrize("flagged", ["drop", "flag"])
def test_sentences_searched_only_between_the_first_and_last_that_may_hold_a_trigger(
        flagged: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import geo
    from geo.events import extract

    gaz = geo.load()
    texts = [_STORY, "Officials met. " + _STORY + " Prices rose in 2022. Calm returned."]
    if _DEV.is_dir():
        texts += [p.read_text() for p in sorted(_DEV.glob("*.txt"))[:40]]
    pub = dt.date(2024, 5, 20)

    def events(text: str) -> list:
        res = geo.find_places(text, gazetteer=gaz, include_unresolved=True)
        return extract_events(text, res, published=pub, gazetteer=gaz, on_uncertain=flagged)

    fast = [events(t) for t in texts]
    # the plain form: every sentence searched, to the last
    monkeypatch.setattr(extract, "_trigger_span", lambda text, sentences, hints: (
        0, len(sentences) - 1))
    assert [events(t) for t in texts] == fast


_NAME_WORDS = ["attacked", "raided", "stormed", "hit", "white", "struck", "took", "taken",
               "retook", "captured", "recaptured", "seized", "control", "of", "gained", "full",
               "Kuriga", "Gao", "and", "Abu", "Shouk", ",", "on", "the", "town", "brainstormed",
               "overran", "Tuesday", "in", "occupied", "preoccupied", "liberated", "Taking",
               "near", "nearly", "around", "outskirts", "north", "northeast", "east", "least",
               "west", "base", "based", "post", "checkpoint", "at", "positions", "El-Fasher"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NAME_WORDS), max_size=20), st.sampled_from([" ", "  ", "\n"]),
       st.integers(0, 30))
def test_spotted_patterns_match_as_searched(words: list[str], sep: str, pos: int) -> None:
    from geo.events import unlisted
    from geo.prefilter import Spotted

    text = sep.join(words)
    spotted_kinds = [p for _, p in unlisted._UNLISTED_BRANCHES if isinstance(p, Spotted)]
    assert len(spotted_kinds) == 2
    for spotted in (unlisted._TAKEN, unlisted._STRUCK, *spotted_kinds):
        plain = spotted.pattern
        assert [m.span() for m in spotted.finditer(text)] == [
            m.span() for m in plain.finditer(text)]
        fast, slow = spotted.search(text, pos), plain.search(text, pos)
        assert (fast and fast.span()) == (slow and slow.span())


def test_spotted_needs_literal_starts() -> None:
    import re

    from geo.prefilter import Spotted

    for pattern in (r"\w+ed", r"(?i:raid)ed", r"\d+ killed"):
        with pytest.raises(ValueError):
            Spotted(re.compile(pattern))
    assert Spotted(re.compile(r"hit\s+[A-Z]|hits")).stems == ("hit",)
