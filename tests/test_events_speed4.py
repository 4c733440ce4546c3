"""Round four of the events stage's fast paths: each gives the answers of the form it replaces.

Each plain form is the code as written before; the fast one must agree with it on random text
built from the words that matter.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events import triggers
from geo.events.sentences import split_sentences

_TEXT_WORDS = ["Killed", "KILLED", "dead", "Σ", "İ", "\u212aill", "ſhelled", "drones", "x.",
               "Wounded.", "\n", "mort", "ar", "the", "strikes", "İkill", "ΣΑΣ", "sla", "in",
               "kil", "l", "Rock", "ets", "took", "They", "fighters", "attacked"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_WORDS), max_size=16), st.sampled_from([" ", ". ", ""]))
def test_hint_between_is_a_hint_in_the_sentence(words: list[str], sep: str) -> None:
    text = sep.join(words)
    hints = triggers.weak_hints(text)
    for a, b in [*split_sentences(text), (0, len(text))]:
        low = triggers.lower(text[a:b])
        assert triggers.hint_between(hints, a, b) == any(h in low for h in triggers._WEAK_HINTS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_WORDS), max_size=16), st.sampled_from([" ", ". "]))
def test_triggers_the_same_with_the_sentences_own_hints(words: list[str], sep: str) -> None:
    text = sep.join(words)
    hints = triggers.weak_hints(text)
    previous = ""
    for a, b in split_sentences(text):
        sentence = text[a:b]
        plain = triggers.find_triggers(sentence, [], True, previous)
        fast = triggers.find_triggers(sentence, [], triggers.hint_between(hints, a, b), previous)
        assert [(t.kind, t.start, t.end, t.weak) for t in fast] == [
            (t.kind, t.start, t.end, t.weak) for t in plain]
        previous = sentence
