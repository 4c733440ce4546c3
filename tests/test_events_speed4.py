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


_NAME_WORDS = ["town", "village", "of", "Kuriga", "Abu", "Shouk", "area", "neighbourhood",
               "roof", "Of", "x-town", "the", "city", ",", "camp", "Air", "Base", "Port", "al-"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NAME_WORDS), max_size=14), st.sampled_from([" ", "  ", "\n"]))
def test_names_after_nouns_of_as_the_plain_search_finds_them(words: list[str], sep: str
                                                              ) -> None:
    import re

    from geo.events import unlisted
    from geo.prefilter import word_start

    text = sep.join(words)
    test, fast = unlisted._UNLISTED_BRANCHES[0]
    plain = re.compile(word_start(
        ["town", "village", "city", "camp", "district", "neighbou?rhood", "settlement",
         "locality", "commune", "municipality", "area"]) + rf"\s+of\s+(?P<a>{unlisted._NAME})")
    assert [m.span("a") for m in fast.finditer(text)] == [
        m.span("a") for m in plain.finditer(text)]
    assert bool(unlisted._FACILITY_TEST.search(text)) == any(
        w in text for w in unlisted._FACILITY_WORDS)


_PREP_WORDS = ["in", "In", "north", "of", "the", "Libyan", "capital", ",", "city", "Israel's",
               "near", "to", "outskirts", "and", "east", "Kherson", "into", "IN", "from", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PREP_WORDS), max_size=12))
def test_prep_before_as_without_its_lookahead(words: list[str]) -> None:
    import re

    from geo.events import slots

    text = " ".join(words) + " "
    plain = re.compile(slots._PREP_BEFORE.pattern.replace(slots._PREP_AHEAD, "", 1))
    for pos in range(len(text) + 1):
        fast, slow = slots._PREP_BEFORE.search(text, pos), plain.search(text, pos)
        assert (fast and (fast.span(), fast.group("prep"))) == (
            slow and (slow.span(), slow.group("prep")))
