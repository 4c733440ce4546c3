"""Round three of the events stage's fast paths: each gives the answers of the form it replaces.

Each plain form is the code as written before; the fast one must agree with it on a table of
cases and on random text built from the words that matter.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events import triggers, unlisted
from geo.prefilter import Anchored, after_non_word, last_words, leftmost

_ALTERNATIVES = [r"ab", r"a", r"b\w*", r"(?<=a)b+", r"\bc[ab]*", r"[ab]c|ca", r"a(?=b)"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ALTERNATIVES), min_size=1, max_size=4),
       st.text(alphabet="abc -", max_size=20))
def test_leftmost_gives_the_alternations_matches(alternatives: list[str], text: str) -> None:
    whole = re.compile("|".join(f"(?P<g{k}>{a})" for k, a in enumerate(alternatives)))
    parts = [re.compile(f"(?P<g{k}>{a})") for k, a in enumerate(alternatives)]
    assert [(m.span(), m.lastgroup) for m in leftmost(parts, text)] == [
        (m.span(), m.lastgroup) for m in whole.finditer(text)]


def test_leftmost_of_nothing_finds_nothing() -> None:
    assert list(leftmost([], "abc")) == []


# A name of at most three runs, a word perhaps, then the word it needs: 4 runs before "camp".
_NAMED = re.compile(r"(?<![\w-])[A-Z][\w-]*(?:[ -][A-Z][\w-]*){0,2}\s+(?:and\s+)?camp\b")
_CAMP_WORDS = ["Abu", "Shouk", "Zam-Zam", "al-Fashir", "camp", "camps", "xcamp", "Camp",
               "and", "the", "-", ",", "\n", "  "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CAMP_WORDS), max_size=14), st.sampled_from([" ", "", "\t"]))
def test_anchored_gives_the_patterns_matches(words: list[str], sep: str) -> None:
    text = sep.join(words)
    fast = Anchored(_NAMED, re.compile("camp"), 4)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in _NAMED.finditer(text)]
    for pos in range(len(text) + 1):
        found, plain = fast.search(text, pos), _NAMED.search(text, pos)
        assert (found and found.span()) == (plain and plain.span())


_WORK_WORDS = ["Calueque", "Kakhovka", "dam", "damage", "Dam", "bridge", "Bridge", "border",
               "crossing", "airstrip", "airfield", "Abu", "al-Qa'im", "the", "and", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORK_WORDS), max_size=12), st.sampled_from([" ", "  ", ""]))
def test_unlisted_works_match_their_pattern(words: list[str], sep: str) -> None:
    # the named works in lower case as first written: one pattern searched at every capital
    plain = re.compile(rf"\b(?P<f>{unlisted._NAME})\s+(?:dam|bridge|airfield|airstrip|"
                       r"border\s+crossing)\b")
    text = sep.join(words)
    works = unlisted._UNLISTED_BRANCHES[-1][1]
    assert [m.span() for m in works.finditer(text)] == [m.span() for m in plain.finditer(text)]


_HINT_WORDS = ["killed", "Killed", "dead", "deaths", "wounded", "injuries", "casualties",
               "missile", "Rockets", "drone", "mortars", "shells", "slain", "the", "x", "kil"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HINT_WORDS), max_size=8), st.sampled_from([" ", ""]))
def test_weak_hints_as_substrings_match_their_pattern(words: list[str], sep: str) -> None:
    # the pattern of the hints as it was: a trie of them, searched
    plain = re.compile("|".join(map(re.escape, triggers._WEAK_HINTS)))
    low = triggers.lower(sep.join(words))
    assert any(h in low for h in triggers._WEAK_HINTS) is (plain.search(low) is not None)


@pytest.mark.parametrize("text, kept", [
    ("Kyiv International Airport", 1),
    ("the town of Kuriga", 2),  # (a name before its kind, "Kuriga town", is tried too)
    ("Abu Shouk camp, the city of Goma and the Dam", 3),
    ("Fighting reached Kuriga.", 0),
])
def test_unlisted_kinds_searched(text: str, kept: int) -> None:
    assert sum(bool(test(text)) for test, _ in unlisted._UNLISTED_BRANCHES) == kept


def _plain_triggers(fragments: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """A trigger pattern as first written: ``\\b`` in front, searched with finditer."""
    body = "|".join(f"(?P<{kind}>{'|'.join(sorted(parts, key=len, reverse=True))})"
                    for kind, parts in fragments.items())
    return re.compile(rf"\b(?:{body})\b")


_PLAIN_TRIGGERS = _plain_triggers(triggers.lex.TRIGGERS)
_SCAN_WORDS = ["strikes", "general", "strike", "on", "hunger", "legal", "battle", "border",
               "crossed", "fled", "shelled", "air", "strikes,", "x", "_", "é", "2", "-", "'",
               "took", "control", "of", "the", "town", "fell", "to", "killed", "met", "with"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_WORDS), max_size=12),
       st.sampled_from([" ", "", "-", "\n", ". "]))
def test_trigger_scan_finds_what_the_word_boundary_pattern_finds(words: list[str],
                                                                 sep: str) -> None:
    low = triggers.lower(sep.join(words))
    assert [((a, b), kind) for kind, a, b in triggers._scan(triggers.TRIGGER_PATTERN, low)] == [
        (m.span(), m.lastgroup) for m in _PLAIN_TRIGGERS.finditer(low)]
    assert triggers.any_trigger(low) is (_PLAIN_TRIGGERS.search(low) is not None)


def test_no_lookbehind_of_the_lexicon_opens_with_white_space() -> None:
    # what lets _scan put a space in front of the text for its start
    for lexicon in (triggers.lex.TRIGGERS, triggers.lex.WEAK_TRIGGERS):
        for parts in lexicon.values():
            for fragment in parts:
                for behind in re.findall(r"\(\?<[!=](.)", fragment):
                    assert behind.isalnum(), fragment


_TEXT_WORDS = ["Killed", "KILLED", "dead", "Σ", "İ", "\u212aill", "ſhelled", "drones", "x.",
               "Wounded.", "\n", "mort", "ar", "the", "strikes", "İkill", "ΣΑΣ", "sla", "in"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_WORDS), max_size=14), st.sampled_from([" ", ". ", ""]))
def test_weak_possible_when_a_sentence_holds_a_weak_start(words: list[str], sep: str) -> None:
    from geo.events.sentences import split_sentences

    text = sep.join(words)
    some = any(any(h in triggers.lower(text[a:b]) for h in triggers._WEAK_HINTS)
               for a, b in split_sentences(text))
    assert triggers.weak_possible(text) or not some  # False only where no sentence has one


_AID_WORDS = ["$", "US$", "USD", "€", "£", "5", "12.5", "٣", "million", "billion", "dollars",
              "euros", "in", "humanitarian", "aid", "refugees", " ", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_AID_WORDS), max_size=10), st.sampled_from([" ", ""]))
def test_about_aid_matches_the_funding_search(words: list[str], sep: str) -> None:
    from geo.events import deliveries

    sentence = sep.join(words)
    assert deliveries.about_aid(sentence) is (
        deliveries._FUNDING.search(sentence) is not None)


def test_folds_to_ascii_lists_every_character_matching_an_ascii_letter_under_ignorecase() -> None:
    from geo import prefilter

    letter = re.compile("(?i)[a-z]")
    found = {chr(c) for c in range(128, 0x110000) if letter.fullmatch(chr(c))}
    assert found == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert all(prefilter._FOLDS_TO_ASCII.fullmatch(c) for c in found)


_TOLL_WORDS = ["at least", "11", "two", "civilians", "were", "killed", "KILLED", "deaths",
               "fatalities", "death toll", "rose to", "left", "Leaving", "dead", "died", "slain",
               "lost their lives", "ſlain", "\u212aILLED", "dİed", "ıeft", "“", "people", ",",
               "killing", "five", "Σ"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TOLL_WORDS), max_size=10))
def test_fatality_patterns_skipped_only_where_they_cannot_match(words: list[str]) -> None:
    from geo.events import attributes

    sentence = " ".join(words)
    low = sentence.lower()
    plain = attributes.folds_plainly(sentence, low)
    for pattern, needs in attributes._FATALITY:
        if pattern.search(sentence):
            assert attributes._may_hold(low, needs, plain), (pattern.pattern, sentence)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["have", "HAS", "haſ", "hAve", "been", "killed", "so far",
                                 "since", "the", "war", "began", "died", "İ", ",", "Σ", "to date",
                                 "ha", "s", "ve"]), max_size=10), st.sampled_from([" ", ""]))
def test_is_tally_matches_the_two_searches(words: list[str], sep: str) -> None:
    from geo.events import tallies

    sentence = sep.join(words)
    assert tallies.is_tally(sentence) is (
        (tallies._PERFECT_TOLL.search(sentence) is not None
         and tallies._CUMULATIVE.search(sentence) is not None)
        or tallies._WAR_TOLL.search(sentence) is not None)


_PASSIVE_WORDS = ["was", "Were", "been", "being", "be", "got", "quickly", "newly", "came",
                  "under", "heavy", "artillery", "fire", "comes", "well-being", "re-was", "x",
                  "", "  ", "\n", "\u2003", ",", "ſly", "the", "main", "target", "targets",
                  "scene", "of", "an", "repeated", "became", "massive", "a"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PASSIVE_WORDS), max_size=10), st.sampled_from([" ", "", "  "]),
       st.integers(0, 30), st.integers(0, 80))
def test_passive_matches_the_search_of_the_whole_window(words: list[str], sep: str,
                                                        window: int, end: int) -> None:
    from geo.events import extract

    sentence = sep.join(words) + " attacked"
    end = min(end, len(sentence))
    window = min(window, end)
    whole = extract._PASSIVE.search(sentence, window, end)
    assert extract._passive(sentence, window, end) == (whole.start() if whole else None)


_DEFINITE_WORDS = ["the", "The", "was", "is", "an", "a", "largest", "land", "battle", "Houthis'",
                   "Sudan’s", "x-the", "of", "in", "  ", "\n", "siege", "these", "Red", "Sea"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DEFINITE_WORDS), max_size=12), st.sampled_from([" ", ""]))
def test_definite_searched_from_the_last_words_as_from_the_start(words: list[str],
                                                                 sep: str) -> None:
    from geo.events import repeats

    quote = sep.join(words) + " attacks"
    at = len(quote) - len("attacks")
    assert (repeats._DEFINITE_BEFORE.search(quote, last_words(quote, 0, at, 6), at) is None) is (
        repeats._DEFINITE_BEFORE.search(quote, 0, at) is None)


_ADJUNCT_WORDS = ["during", "After", "in", "the", "run-up", "to", "Hamas'", "Israel’s", "prior",
                  "ahead", "of", "this", "big", "new", "x", "  ", ",", "denied", "rejected",
                  "reports", "that", "Dismissed", "claims", "ſ", "but", "its", "forces"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ADJUNCT_WORDS), max_size=14), st.sampled_from([" ", ""]),
       st.integers(0, 40))
def test_adjunct_and_denial_searches_match_the_whole_window(words: list[str], sep: str,
                                                           clause: int) -> None:
    from geo.events import clauses

    sentence = sep.join(words) + " attacks"
    end = len(sentence) - len("attacks")
    clause = min(clause, end)
    fast = clauses._TIME_ADJUNCT.search(sentence, last_words(sentence, clause, end, 8), end)
    plain = clauses._TIME_ADJUNCT.search(sentence, clause, end)
    assert (fast and fast.span()) == (plain and plain.span())
    from geo.events import modality

    assert modality._denial(sentence, clause, end) is (
        modality._DENIAL.search(sentence, clause, end) is not None)


_DATE_WORDS = ["On", "Monday", "since", "3", "May", "2024", "the", "5th", "day", "before",
               "yesterday", "12th", "March", "2024-01-05", "last", "week", "two", "days", "ago",
               "mid-June", "Sept.", "\u0663", "\u212a", "\u017fince", "\u0130n", "x", "_", "é"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=10),
       st.sampled_from([" ", "", "-", "(", "\n", ", "]))
def test_date_matches_are_the_word_boundary_patterns(words: list[str], sep: str) -> None:
    from geo.events import dates

    text = sep.join(words)
    plain = re.compile(r"\b" + dates._DATE_BODY)
    assert [((a, b), m.groupdict()) for m, a, b in after_non_word(dates._DATE_RE, text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)]


_STORY_WORDS = ["then", "Then", "THEN", "since", "Since", "ſince", "by", "hours", "later",
                "that", "day", "for", "several", "months", "years", "repeatedly", "in", "the",
                "past", "weeks", "of", "after", "days", "x", "2014", "İ", "thE\u0130n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_STORY_WORDS), max_size=10), st.sampled_from([" ", ""]))
def test_continues_and_background_hold_as_their_searches(words: list[str], sep: str) -> None:
    from geo.events import carry

    sentence = sep.join(words)
    for pattern, needs in ((carry._CONTINUES, carry._CONTINUES_WORDS),
                           (carry._BACKGROUND, carry._BACKGROUND_WORDS)):
        assert carry._holds(pattern, needs, sentence) is (pattern.search(sentence) is not None)
